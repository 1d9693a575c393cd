"""Quantified targets (Commitment): 转移就业40名以上, 每半年至少1次."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import attrs

from aidmodel._validators import (
    instance,
    items,
    keeps,
    non_blank,
    optional_instance,
    optional_non_blank,
    tuple_of,
)
from aidmodel.model._common import Provenance
from aidmodel.quantity import Quantity

__all__ = ["Commitment"]


def to_commitments(value: Iterable[Commitment]) -> tuple[Commitment, ...]:
    """Converter of a field of commitments: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, to_commitments)


@attrs.frozen(kw_only=True)
class Commitment:
    """A quantified target a plan commits to (目标任务): 转移就业40名以上.

    Attributes:
        metric: What is counted (指标): 转移就业, 培训, 互访会商.
        target: The figure with its unit and bound (目标值), a :class:`~aidmodel.Quantity`.
        period: The period the target applies to (周期): 年 for 不低于100人次/年 and
            年内, 半年 for 每半年至少1次, or ``None``.
        scope: Who or where it concerns (范围): 峨边彝族自治县农村劳动力, or ``None``.
        parts: Sub-targets written with 其中: “1500人次（其中电商、文旅100人次）”.
        text: The commitment as written (原文).
        provenance: Where the document writes it.

    >>> from aidmodel.quantity import parse_quantity
    >>> c = Commitment(metric="转移就业", target=parse_quantity("40名以上"), text="转移就业40名以上")
    >>> c.target.value, c.target.unit, c.target.bound.value
    (Decimal('40'), '名', 'at_least')
    """

    metric: str = attrs.field(validator=non_blank, metadata={"zh": "指标"})
    target: Quantity = attrs.field(validator=instance(Quantity), metadata={"zh": "目标值"})
    period: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "周期"}
    )
    scope: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "范围"}
    )
    parts: tuple[Commitment, ...] = attrs.field(
        default=(), converter=to_commitments, metadata={"zh": "其中"}
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "原文"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )

    @parts.validator
    def _check_parts(self, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        _COMMITMENT_ITEMS(self, attribute, value)


# The check of Commitment.parts, made once (the class must exist first), not at each instance.
_COMMITMENT_ITEMS: Final = tuple_of(Commitment)
