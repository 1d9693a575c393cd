"""Check the totals paragraph of a plan: parse its amounts exactly, add them up,
and compare the uppercase total (大写) with the one the document prints.

Run: python examples/money_and_numerals.py
"""

from __future__ import annotations

from aidmodel import Money, rmb_upper
from aidmodel.numerals import parse_rmb_upper
from aidmodel.quantity import parse_quantity

# Seed 000: 2025年，市中区计划投入帮扶资金750万元，上年结余16万，
# 共计资金766万元（大写：柒佰陆拾陆万元整）。
this_year = Money.parse("750万元")
carry_over = Money.parse("16万")
declared_total = Money.parse("766万元")
declared_upper = "柒佰陆拾陆万元整"

computed = this_year + carry_over
print(f"750万元 + 16万 = {computed.to_wan()}万元 ({computed.yuan:,} 元)")
print(
    f"declared total {declared_total.to_wan()}万元:",
    "agrees" if computed == declared_total else "DIFFERS",
)
print(
    f"大写 {rmb_upper(computed)}:",
    "agrees" if parse_rmb_upper(declared_upper) == computed else "DIFFERS",
)

# Seed 001 declares its total to six decimals of 万元, which is exactly to the fen.
total = Money.parse("3952.310194万元")
print(f"3952.310194万元 = {total.yuan:,} 元 = {rmb_upper(total)}")

# A dividend of 3% of 1150万元, without any rounding: 34.5万元 as the plan says.
dividend = Money.from_wan(1150).multiply("0.03", rounding=None)
print(f"3% of 1150万元 = {dividend.to_wan()}万元")

# Targets are bounded figures.
target = parse_quantity("40名以上")
print(f"target: {target.value} {target.unit}, bound {target.bound.value}")
