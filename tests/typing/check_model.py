"""Type-checked (mypy --strict) right uses of the model's constructors and of Money."""

from __future__ import annotations

from decimal import Decimal

from aidmodel import FundingShare, FundSource, FundSourceKind, Money, Programme, Project, Section

share = FundingShare(amount=Money.from_wan(100), source="east-west")
project = Project(
    name="宜坪乡枇杷分选包装初加工建设项目",
    section="1",
    amount=Money.from_wan(100),
    funding=[share],
    units=["县农业农村局"],
    locations=("宜坪乡",),
)
programme = Programme(
    title="2025年东西部协作项目计划",
    fund_sources=(FundSource(key="east-west", kind=FundSourceKind.FISCAL_AID),),
    sections=(s for s in [Section(id="1", title="产业发展")]),
    projects=[project],
    notes=["备注"],
)
amounts = [p.amount for p in programme.projects if p.amount is not None]
total: Money = Money.total(amounts)
summed: Money = sum(amounts, Money.ZERO)
wan: Decimal = (total + summed - Money.ZERO).to_wan()
written: str = f"{total:,}"
is_zero: bool = total == Money.ZERO or not total
larger: bool = total > Money.ZERO
