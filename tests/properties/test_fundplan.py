"""Fund plan invariants on generated programmes: totals computed, every writer works."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from aidmodel import Money, Programme
from aidmodel.fundplan import PlanRowKind, fund_plan, to_csv, to_markdown, to_text

from strategies import programmes


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(programmes())
def test_plan_of_any_programme(programme: Programme) -> None:
    plan = fund_plan(programme)
    projects = [r for r in plan.rows if r.kind is PlanRowKind.PROJECT]
    assert sorted(r.project for r in projects if r.project is not None) == list(
        range(len(programme.projects))
    )
    amounts = [p.amount for p in programme.projects if p.amount is not None]
    assert plan.amount == (sum(amounts, Money.from_yuan(0)) if amounts else None)
    text = to_text(plan, width=80)
    assert text.endswith("\n")
    assert to_markdown(plan).count("\n") >= len(plan.rows) + 3
    assert to_csv(plan).startswith(b"\xef\xbb\xbf")
