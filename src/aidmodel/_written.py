"""A quantity as a message quotes it back (private): shared by tracking and messages.

>>> from aidmodel.quantity import parse_quantity
>>> written(parse_quantity("40名以上"))
'40名以上'
>>> from decimal import Decimal
>>> from aidmodel.quantity import Bound, Quantity
>>> written(Quantity(value=Decimal("52"), unit="名", bound=Bound.EXACT))
'52名'
"""

from __future__ import annotations

from aidmodel.quantity import Bound, Quantity

__all__ = ["written"]


def written(quantity: Quantity) -> str:
    """The quantity as its document writes it, or, built by hand, its marker, figure and unit."""
    if quantity.text:
        return quantity.text
    marker = quantity.bound.label if quantity.bound is not Bound.RANGE else ""
    return f"{marker}{quantity.value}{quantity.unit or ''}"
