"""Money in a plan: where it comes from (FundSource), how a project's money is split
(FundingShare), and guaranteed dividends (Dividend)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final

import attrs

from aidmodel._validators import (
    field_label,
    instance,
    items,
    keeps,
    money_amount,
    non_blank,
    non_negative_money,
    optional_exact_decimal,
    optional_instance,
    optional_int_to_decimal,
    optional_non_blank,
    optional_year,
    tuple_of,
)
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError
from aidmodel.model._codes import FundSourceKind
from aidmodel.model._common import Provenance
from aidmodel.money import Money

__all__ = ["Dividend", "FundSource", "FundingShare"]


@attrs.frozen(kw_only=True)
class FundSource:
    """One source of a plan's money (资金来源): this year's aid, carry-over, self-raised ...

    Attributes:
        key: The identifier projects use to refer to this source (``"2020"``,
            ``"carry_over"``, ``"fiscal"``); unique within a programme.
        kind: What the source is (:class:`FundSourceKind`).
        label: The name the document gives it (上年结余, 2019年援助资金), or ``None``.
        year: The year of the money (资金年度), or ``None``.
        provider: Who provides it (出资方), or ``None``.
        amount: The declared amount (金额), or ``None`` when the document gives none.
        in_total: Whether this source is part of the programme's declared total.
            Seed 003's 2019年援助资金 column is earlier aid shown for reference:
            ``in_total=False``.
        section: The :attr:`Section.id` this source belongs to when it is declared
            for one table only (seed 004's two attachments), or ``None``.
        provenance: Where the document declares it.

    >>> FundSource(key="carry_over", kind=FundSourceKind.CARRY_OVER, label="上年结余",
    ...            amount=Money.from_wan(16)).amount.to_wan()
    Decimal('16')
    """

    key: str = attrs.field(validator=non_blank, metadata={"zh": "标识"})
    kind: FundSourceKind = attrs.field(validator=instance(FundSourceKind), metadata={"zh": "类型"})
    label: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "名称"}
    )
    year: int | None = attrs.field(
        default=None, validator=optional_year, metadata={"zh": "资金年度"}
    )
    provider: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "出资方"}
    )
    amount: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "金额"}
    )
    in_total: bool = attrs.field(
        default=True, validator=instance(bool), metadata={"zh": "计入总额"}
    )
    section: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "所属部分"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )


def to_shares(value: Iterable[FundingShare]) -> tuple[FundingShare, ...]:
    """Converter of a field of funding shares: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, to_shares)


@attrs.frozen(kw_only=True)
class FundingShare:
    """A part of a project's money (资金构成), by fund source, year or unit.

    A share may itself be split into ``parts``: seed 003 writes the 2020 aid of
    a project as “190（县委组织部90万、县司法局50万、县卫生健康委50万）”, one
    share of 190万元 with three parts by unit. Shares are kept as written:
    parts that do not add up are reported by reconciliation, not corrected.

    Attributes:
        amount: The amount of the share (金额).
        source: The :attr:`FundSource.key` the money comes from, or ``None``.
        year: The year of the money, or ``None``.
        unit: The unit (单位) that provides or manages this share, or ``None``.
        parts: A further split of this share, in document order.
        text: The share as written, or ``None``.

    >>> share = FundingShare(amount=Money.from_wan(190), source="2020", parts=[
    ...     FundingShare(amount=Money.from_wan(90), unit="县委组织部"),
    ...     FundingShare(amount=Money.from_wan(50), unit="县司法局"),
    ...     FundingShare(amount=Money.from_wan(50), unit="县卫生健康委")])
    >>> sum(p.amount for p in share.parts) == share.amount
    True
    """

    amount: Money = attrs.field(validator=money_amount, metadata={"zh": "金额"})
    source: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "资金来源"}
    )
    year: int | None = attrs.field(default=None, validator=optional_year, metadata={"zh": "年度"})
    unit: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "单位"}
    )
    parts: tuple[FundingShare, ...] = attrs.field(
        default=(), converter=to_shares, metadata={"zh": "构成"}
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "原文"}
    )

    @parts.validator
    def _check_parts(self, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        _SHARE_ITEMS(self, attribute, value)


# The check of FundingShare.parts, made once (the class must exist first), not at each instance.
_SHARE_ITEMS: Final = tuple_of(FundingShare)


def _rate(instance: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    optional_exact_decimal(instance, attribute, value)
    if value is not None and not 0 <= value <= 1:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("not a rate"),
            expected=N_("a Decimal from 0 to 1 (%(percent)s is 0.03)"),
            got=value,
            params={"percent": "3%"},
        )


@attrs.frozen(kw_only=True)
class Dividend:
    """A guaranteed dividend (保底分红) the operator of an asset pays to villages.

    Attributes:
        rate: The rate as a fraction (3% is ``Decimal("0.03")``), or ``None``.
        amount: The amount per period (34.5万元), or ``None``.
        per: The period (年 for 每年), or ``None``.
        text: As written: 每年按照投资3%保底分红34.5万元.

    >>> d = Dividend(rate=Decimal("0.03"), amount=Money.from_wan("34.5"), per="年")
    >>> Money.from_wan(1150).multiply(d.rate, rounding=None) == d.amount
    True
    """

    rate: Decimal | None = attrs.field(
        default=None,
        converter=optional_int_to_decimal,
        validator=_rate,
        metadata={"zh": "分红比例"},
    )
    amount: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "分红金额"}
    )
    per: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "周期"}
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "原文"}
    )
