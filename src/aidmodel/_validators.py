"""Validators and converters shared by the frozen classes (private).

They reject only what cannot be represented (wrong type, blank text, a float
for an exact number) and name the field with its Chinese term:
``Quantity.unit (单位): blank text; expected a non-empty string or None, got ' '``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from aidmodel.errors import InvalidTypeError, InvalidValueError

__all__ = [
    "exact_decimal",
    "field_label",
    "non_blank",
    "optional_exact_decimal",
    "optional_non_blank",
]


def field_label(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Class.field (中文)`` for messages, from the field's ``zh`` metadata."""
    cls = instance if isinstance(instance, type) else type(instance)
    zh = attribute.metadata.get("zh")
    return f"{cls.__name__}.{attribute.name} ({zh})" if zh else f"{cls.__name__}.{attribute.name}"


def non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a string with something other than white space in it."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(
            field_label(instance, attribute), "blank text", expected="a non-empty string", got=value
        )


def optional_non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Like :func:`non_blank`, but ``None`` (the document does not say) is allowed."""
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InvalidValueError(
            field_label(instance, attribute),
            "blank text",
            expected="a non-empty string or None",
            got=value,
        )


def int_to_decimal(value: Decimal | int) -> Decimal:
    """Converter: an ``int`` becomes a Decimal; anything else is left for the validator."""
    if type(value) is int:
        return Decimal(value)
    return value  # type: ignore[return-value]


def optional_int_to_decimal(value: Decimal | int | None) -> Decimal | None:
    """As :func:`int_to_decimal`, with ``None`` passed through."""
    if type(value) is int:
        return Decimal(value)
    return value  # type: ignore[return-value]


def exact_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a finite Decimal (floats, bools and NaN are refused)."""
    if type(value) is Decimal and value.is_finite():
        return
    if isinstance(value, Decimal):
        raise InvalidValueError(
            field_label(instance, attribute),
            "not a finite number",
            expected="a finite Decimal",
            got=value,
        )
    raise InvalidTypeError(
        field_label(instance, attribute),
        f"a {type(value).__name__} is not an exact number",
        expected="a Decimal or int",
        got=value,
    )


def optional_exact_decimal(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """As :func:`exact_decimal`, with ``None`` (the document does not say) allowed."""
    if value is not None:
        exact_decimal(instance, attribute, value)
