"""Properties of progress (aidmodel.progress) and of the ledger's wire format."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from aidmodel import (
    EventKind,
    Ledger,
    Programme,
    from_dict,
    from_json,
    json_schema,
    progress,
    to_dict,
    to_json,
)

from strategies import consistent_ledgers_of, ledgers_of, small_programmes

LEDGER_SCHEMA = jsonschema.Draft202012Validator(json_schema(Ledger))
DATES = st.dates(min_value=dt.date(2023, 12, 1), max_value=dt.date(2027, 1, 31))


@st.composite
def plans_and_ledgers(draw: st.DrawFn, *, consistent: bool) -> tuple[Programme, Ledger]:
    programme = draw(small_programmes())
    make = consistent_ledgers_of if consistent else ledgers_of
    return programme, draw(make(programme))


@settings(max_examples=40)
@given(plans_and_ledgers(consistent=False))
def test_ledger_round_trips_through_json_and_matches_the_schema(
    case: tuple[Programme, Ledger],
) -> None:
    _, ledger = case
    text = to_json(ledger)
    assert from_json(text, Ledger) == ledger
    assert from_dict(to_dict(ledger), Ledger) == ledger
    LEDGER_SCHEMA.validate(json.loads(text))


@settings(max_examples=60)
@given(plans_and_ledgers(consistent=True), DATES)
def test_rates_stay_within_zero_and_one_when_nothing_is_inconsistent(
    case: tuple[Programme, Ledger], as_of: dt.date
) -> None:
    programme, ledger = case
    report = progress(programme, ledger, as_of=as_of)
    assert report.findings == ()
    groups = [report.total, *report.by_section, *report.by_source, *report.by_location]
    rates = [g.release_rate for g in groups] + [g.spend_rate for g in groups]
    rates += [g.start_rate for g in groups] + [g.completion_rate for g in groups]
    rates += [p.release_rate for p in report.projects] + [p.spend_rate for p in report.projects]
    for rate in rates:
        assert rate is None or Decimal(0) <= rate <= Decimal(1)


def _last_day(ledger: Ledger) -> dt.date:
    return max((e.date.last_day() for e in ledger.events), default=dt.date(2025, 1, 1))


@settings(max_examples=50)
@given(plans_and_ledgers(consistent=False))
def test_progress_as_of_the_last_event_is_the_sum_of_the_ledger(
    case: tuple[Programme, Ledger],
) -> None:
    programme, ledger = case
    report = progress(programme, ledger, as_of=_last_day(ledger))
    assert report.events == len(ledger.events)
    for kind, attribute in ((EventKind.RELEASED, "released"), (EventKind.SPENT, "spent")):
        amounts = [e.amount.yuan for e in ledger.events if e.kind is kind and e.amount]
        assert getattr(report.total, attribute).yuan == sum(amounts, Decimal(0))
        for row in report.projects:
            mine = [
                e.amount.yuan
                for e in ledger.events
                if e.kind is kind and e.project == row.index and e.amount
            ]
            assert getattr(row, attribute).yuan == sum(mine, Decimal(0))
    if report.by_month:
        last = report.by_month[-1]
        assert last.released_to_date == report.total.released
        assert last.spent_to_date == report.total.spent
        assert last.planned == report.total.planned
    # Every roll-up partitions the projects: its groups add up to the total.
    for groups in (report.by_source, report.by_location):
        assert sum(g.projects for g in groups) == report.total.projects
        assert sum((g.spent for g in groups), report.total.spent * 0) == report.total.spent


@settings(max_examples=40)
@given(plans_and_ledgers(consistent=False), DATES)
def test_events_after_the_date_change_nothing(
    case: tuple[Programme, Ledger], as_of: dt.date
) -> None:
    programme, ledger = case
    kept = Ledger(events=[e for e in ledger.events if e.date.last_day() <= as_of])
    assert progress(programme, ledger, as_of=as_of) == progress(programme, kept, as_of=as_of)
