"""Type-checked (mypy --strict) uses of the presentation API; run by CI, not by pytest."""

from __future__ import annotations

from typing import Any

from aidmodel import Money, PartialDate, parse_quantity, samples
from aidmodel.errors import MissingDependencyError
from aidmodel.formatting import format_date, format_money, format_quantity
from aidmodel.frames import to_polars
from aidmodel.fundplan import FundPlan, PlanRow, PlanRowKind, fund_plan, to_csv, to_text, to_xlsx

wan: str = format_money(Money.from_wan(766), locale="zh_Hant_TW", unit="wan", rounding=None)
rounded: str = format_money(Money.from_wan(766), unit="yuan", rounding=2)
figure: str = format_quantity(parse_quantity("40名以上"), locale="en")
month: str = format_date(PartialDate(2025, 11), locale="en", style="long")

plan: FundPlan = fund_plan(samples.load("shizhong-ebian-2025"), columns=["name", "amount"])
rows: tuple[PlanRow, ...] = plan.rows
is_total: bool = plan.total.kind is PlanRowKind.TOTAL
text: str = to_text(plan, locale="zh_CN", width=100)
data: bytes = to_csv(plan)
try:
    workbook: bytes = to_xlsx(plan)
except MissingDependencyError as err:
    extra: str = err.extra
frame: Any = to_polars([samples.load("keqiao-ebian-2025")])
