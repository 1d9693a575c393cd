"""Type-checked (mypy --strict) uses of the public API; run by CI, not by pytest."""

from __future__ import annotations

import decimal
from decimal import Decimal

import aidmodel
from aidmodel import Bound, Money, Quantity


def totals(parts: list[Money]) -> Money:
    return sum(parts, Money.from_yuan(0))


amount: Money = Money.parse("766万元")
wan: Decimal = amount.to_wan()
fen: int = amount.to_fen()
upper: str = aidmodel.rmb_upper(amount)
back: Money = aidmodel.parse_rmb_upper(upper)
number: Decimal = aidmodel.parse_chinese_number("三千五百万")
text: str = aidmodel.to_chinese(766, upper=True)
q: Quantity = aidmodel.parse_quantity("40名以上")
bound: Bound = q.bound
value: Decimal = q.value
high: Decimal | None = q.high
dividend: Money = Money.from_wan(1150).multiply(Decimal("0.03"), rounding=decimal.ROUND_HALF_UP)
total: Money = totals([amount, back])
is_more: bool = total > amount
