"""Progress of a plan against its ledger: rates, roll-ups, findings, errors (aidmodel.progress)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aidmodel import (
    EventKind,
    FindingKind,
    FundingShare,
    FundSource,
    FundSourceKind,
    InvalidTypeError,
    InvalidValueError,
    Ledger,
    LedgerEvent,
    Money,
    PartialDate,
    Programme,
    Project,
    ProjectState,
    Section,
    SerializationError,
    from_dict,
    from_json,
    progress,
    progress_table,
    samples,
    to_json,
)
from aidmodel.fundplan import to_xlsx

SEPT = dt.date(2025, 9, 30)


def _plan() -> Programme:
    return Programme(
        title="测试计划",
        year=2025,
        fund_sources=[
            FundSource(key="current", kind=FundSourceKind.CURRENT),
            FundSource(key="carry_over", kind=FundSourceKind.CARRY_OVER),
        ],
        sections=[Section(id="1", title="产业", subsections=[Section(id="1.1", title="种植")])],
        projects=[
            Project(
                number="1.",
                name="甲",
                section="1",
                amount=Money.from_wan(100),
                locations=["甲镇"],
                funding=[FundingShare(amount=Money.from_wan(100), source="current")],
                deadline=PartialDate(2025, 8),
            ),
            Project(
                number="2.",
                name="乙",
                section="1.1",
                amount=Money.from_wan(50),
                locations=["甲镇", "乙乡"],
                funding=[
                    FundingShare(amount=Money.from_wan(40), source="current"),
                    FundingShare(amount=Money.from_wan(10), source="carry_over"),
                ],
            ),
            Project(number="3.", name="丙", amount=None, deadline=PartialDate(2025, 6)),
        ],
    )


def _event(project: int, kind: EventKind, date: str, wan: str | None = None) -> LedgerEvent:
    return LedgerEvent(
        project=project,
        kind=kind,
        date=PartialDate.fromisoformat(date),
        amount=None if wan is None else Money.from_wan(wan),
    )


# RELEASED, SPENT, STARTED, COMPLETED, ACCEPTED, HANDED_OVER, ADJUSTED, in the enum's order.
R, S, ST, CO, AC, HO, AD = EventKind


def test_rates_are_exact_and_absent_without_a_denominator() -> None:
    ledger = Ledger(events=[_event(0, R, "2025-03-01", "80"), _event(0, S, "2025-04", "60")])
    report = progress(_plan(), ledger, as_of=SEPT)
    first, second, third = report.projects
    assert (first.release_rate, first.spend_rate) == (Decimal("0.8"), Decimal("0.6"))
    assert (second.release_rate, second.spend_rate) == (Decimal(0), Decimal(0))
    assert (third.planned, third.release_rate, third.spend_rate) == (None, None, None)
    assert report.total.planned == Money.from_wan(150)
    assert report.total.unplanned == 1
    assert report.total.spend_rate == Decimal("0.4")
    assert report.total.start_rate == Decimal(0)
    empty = progress(Programme(title="空"), Ledger(), as_of=SEPT).total
    assert (empty.release_rate, empty.start_rate, empty.completion_rate) == (None, None, None)


@pytest.mark.parametrize(
    ("as_of", "released", "counted"),
    [
        (dt.date(2025, 2, 28), "0", 0),
        (dt.date(2025, 3, 1), "10", 1),  # a day counts on that day
        (dt.date(2025, 3, 30), "10", 1),  # a month alone counts from its last day
        (dt.date(2025, 3, 31), "30", 2),
        (dt.date(2026, 1, 1), "30", 2),
    ],
)
def test_events_after_the_date_are_left_out(as_of: dt.date, released: str, counted: int) -> None:
    ledger = Ledger(events=[_event(0, R, "2025-03-01", "10"), _event(0, R, "2025-03", "20")])
    report = progress(_plan(), ledger, as_of=as_of)
    assert report.total.released == Money.from_wan(released)
    assert report.events == counted


@pytest.mark.parametrize(
    ("events", "kind", "where", "message"),
    [
        (
            [_event(0, R, "2025-03-01", "10"), _event(0, S, "2025-04-01", "12")],
            FindingKind.SPENT_OVER_RELEASED,
            "projects[0] (1.)",
            "spent 12万元, more than the 10万元 released",
        ),
        (
            [_event(1, R, "2025-03-01", "50.5")],
            FindingKind.RELEASED_OVER_PLANNED,
            "projects[1] (2.)",
            "released 50.5万元, more than the 50万元 planned",
        ),
        (
            [_event(1, ST, "2025-05-02"), _event(1, CO, "2025-04")],
            FindingKind.COMPLETED_BEFORE_STARTED,
            "projects[1] (2.)",
            "completed 2025-04, before it started 2025-05-02",
        ),
        (
            [_event(1, ST, "2025-03"), _event(1, CO, "2025-05-02"), _event(1, AC, "2025-05-01")],
            FindingKind.ACCEPTED_BEFORE_COMPLETED,
            "projects[1] (2.)",
            "accepted 2025-05-01, before it was completed 2025-05-02",
        ),
    ],
)
def test_what_does_not_add_up_is_reported(
    events: list[LedgerEvent], kind: FindingKind, where: str, message: str
) -> None:
    # Project 0 and 2 are started, so that their deadlines give no finding.
    ledger = Ledger(events=[*events, _event(0, ST, "2025-02"), _event(2, ST, "2025-02")])
    found = progress(_plan(), ledger, as_of=SEPT).findings
    assert [(f.kind, f.where, f.message) for f in found] == [(kind, where, message)]


def test_dates_of_uncertain_order_are_not_reported() -> None:
    ledger = Ledger(events=[_event(1, ST, "2025-05-20"), _event(1, CO, "2025-05")])
    found = progress(_plan(), ledger, as_of=SEPT).findings
    assert [f.kind for f in found if f.where.startswith("projects[1]")] == []


def test_a_project_never_started_past_its_deadline_is_reported_and_overdue() -> None:
    report = progress(_plan(), Ledger(events=[_event(0, ST, "2025-03")]), as_of=SEPT)
    assert [(f.kind, f.where) for f in report.findings] == [
        (FindingKind.NOT_STARTED_PAST_DEADLINE, "projects[2] (3.)")
    ]
    # Both deadlines have passed without completion: overdue (aidmodel.overdue's records).
    assert [(o.where, o.days) for o in report.overdue] == [("projects[0]", 30), ("projects[2]", 92)]
    assert report.projects[0].overdue is report.overdue[0]
    assert report.total.overdue == 2


def test_completion_in_the_ledger_ends_overdue() -> None:
    ledger = Ledger(events=[_event(0, ST, "2025-03"), _event(0, CO, "2025-09-10")])
    report = progress(_plan(), ledger, as_of=SEPT)
    assert [o.where for o in report.overdue] == ["projects[2]"]
    assert report.projects[0].state is ProjectState.COMPLETED
    before = progress(_plan(), ledger, as_of=dt.date(2025, 9, 5))
    assert [o.where for o in before.overdue] == ["projects[0]", "projects[2]"]


def test_state_is_the_furthest_milestone() -> None:
    events = [_event(0, ST, "2025-03"), _event(0, CO, "2025-06"), _event(0, AC, "2025-07")]
    handed = LedgerEvent(
        project=0, kind=HO, date=PartialDate(2025, 8, 8), recipient="甲村股份经济合作社"
    )
    report = progress(_plan(), Ledger(events=[*events, handed]), as_of=SEPT)
    row = report.projects[0]
    assert row.state is ProjectState.HANDED_OVER
    assert (str(row.started), str(row.completed), str(row.accepted), str(row.handed_over)) == (
        "2025-03",
        "2025-06",
        "2025-07",
        "2025-08-08",
    )
    assert row.handed_to == ("甲村股份经济合作社",)
    assert (report.total.started, report.total.completed, report.total.accepted) == (1, 1, 1)
    assert report.total.completion_rate == Decimal(1) / Decimal(3)
    assert (
        progress(_plan(), Ledger(events=events), as_of=dt.date(2025, 6, 30)).projects[0].state
        is ProjectState.COMPLETED
    )


def test_the_latest_adjustment_is_the_plan() -> None:
    ledger = Ledger(
        events=[
            _event(0, AD, "2025-06-10", "80"),
            _event(0, AD, "2025-05-01", "120"),
            _event(0, R, "2025-06-20", "40"),
        ]
    )
    report = progress(_plan(), ledger, as_of=SEPT)
    assert report.projects[0].planned == Money.from_wan(80)
    assert report.projects[0].release_rate == Decimal("0.5")
    planned = {str(m.month): m.planned.to_wan() for m in report.by_month}
    assert (planned["2025-04"], planned["2025-05"], planned["2025-06"]) == (150, 170, 130)
    may = progress(_plan(), ledger, as_of=dt.date(2025, 5, 31)).projects[0]
    assert may.planned == Money.from_wan(120)


def test_roll_ups_by_section_source_location_and_month() -> None:
    ledger = Ledger(
        events=[
            _event(0, R, "2025-03-01", "60"),
            _event(1, R, "2025-03-15", "20"),
            _event(1, S, "2025-05", "5"),
            _event(2, S, "2025-05-02", "1"),
        ]
    )
    report = progress(_plan(), ledger, as_of=SEPT)
    sections = [(g.key, g.depth, g.projects, g.planned.to_wan()) for g in report.by_section]
    assert sections == [(None, 0, 1, 0), ("1", 0, 2, 150), ("1.1", 1, 1, 50)]
    assert report.by_section[1].release_rate == Decimal("80") / Decimal("150")
    sources = [(g.key, g.projects, g.released.to_wan()) for g in report.by_source]
    assert sources == [(None, 2, 20), ("current", 1, 60)]
    places = [(g.key, g.projects) for g in report.by_location]
    assert places == [(None, 1), ("甲镇", 1), ("甲镇、乙乡", 1)]
    months = [
        (str(m.month), m.released.to_wan(), m.spent.to_wan(), m.released_to_date.to_wan())
        for m in report.by_month
    ]
    assert months[0] == ("2025-01", 0, 0, 0)
    assert months[2] == ("2025-03", 80, 0, 80)
    assert months[4] == ("2025-05", 0, 6, 80)
    assert str(report.by_month[-1].month) == "2025-09"


def test_an_event_for_a_project_the_plan_does_not_have_is_an_error() -> None:
    ledger = Ledger(events=[_event(0, ST, "2025-03"), _event(3, ST, "2025-03")])
    with pytest.raises(
        InvalidValueError,
        match=r"Ledger\.events\[1\]\.project \(项目序位\): no project with this index in the "
        r"programme; expected an index from 0 to 2 of '测试计划', got 3",
    ):
        progress(_plan(), ledger, as_of=SEPT)


def test_the_ledger_of_another_programme_is_an_error() -> None:
    with pytest.raises(InvalidValueError, match="the ledger of another programme"):
        progress(_plan(), Ledger(programme="别的计划"), as_of=SEPT)


@pytest.mark.parametrize(
    ("args", "match"),
    [
        (
            ("plan", Ledger(), SEPT),
            "progress: a str is not a Programme; expected an aidmodel.Programme",
        ),
        ((None, Ledger(), SEPT), "progress: None is not a Programme"),
        (
            (Programme(title="t"), [], SEPT),
            "progress: a list is not a Ledger; expected an aidmodel.Ledger, got \\[\\]",
        ),
        ((Programme(title="t"), Ledger(), "2025-09-30"), r"progress\(as_of=...\): not a date"),
        (
            (Programme(title="t"), Ledger(), dt.datetime(2025, 9, 30)),  # noqa: DTZ001
            r"progress\(as_of=...\): not a date",
        ),
    ],
)
def test_arguments_of_the_wrong_type(args: tuple[object, object, object], match: str) -> None:
    programme, ledger, as_of = args
    with pytest.raises(InvalidTypeError, match=match):
        progress(programme, ledger, as_of=as_of)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"kind": R}, r"LedgerEvent\.amount \(金额\): no amount for a 拨付 event"),
        ({"kind": AD}, r"no amount for a 调整 event; expected the planned amount after"),
        ({"kind": ST, "amount": Money.from_wan(1)}, "an amount on a 开工 event"),
        (
            {"kind": R, "amount": Money.from_wan(1), "previous": Money.from_wan(2)},
            r"LedgerEvent\.previous \(调整前金额\): a previous amount on a 拨付 event",
        ),
        ({"kind": ST, "recipient": "村"}, "a recipient on a 开工 event"),
        ({"kind": R, "amount": Money.from_wan(-1)}, "a negative amount"),
        ({"kind": ST, "date": PartialDate(2025)}, "a year alone"),
        ({"kind": ST, "date": "2025-09"}, "a str is not a PartialDate"),
        ({"kind": ST, "date": dt.date(2025, 9, 1)}, "a date is not a PartialDate"),
        ({"kind": ST, "project": -1}, r"LedgerEvent\.project \(项目序位\): not a project index"),
        ({"kind": ST, "project": True}, "not a project index"),
        ({"kind": "started"}, r"LedgerEvent\.kind \(事项\): a str is not an EventKind"),
    ],
)
def test_an_event_that_cannot_be_represented_is_refused(
    fields: dict[str, object], match: str
) -> None:
    given = {"project": 0, "date": PartialDate(2025, 9), **fields}
    with pytest.raises((InvalidValueError, InvalidTypeError), match=match):
        LedgerEvent(**given)  # type: ignore[arg-type]


def test_the_sample_ledger_is_fictional_and_follows_seed_000() -> None:
    plan, ledger = samples.load("shizhong-ebian-2025"), samples.ledger("shizhong-ebian-2025")
    assert ledger.programme == plan.title
    assert "fictional" in ledger.notes[0]
    assert from_json(to_json(ledger), Ledger) == ledger
    report = progress(plan, ledger, as_of=SEPT)
    assert report.events == 54  # the two events of October are left out
    assert (report.total.released.to_wan(), report.total.spent.to_wan()) == (541, Decimal("435.5"))
    late = progress(plan, ledger, as_of=dt.date(2025, 11, 30))
    assert [f.kind for f in late.findings] == [
        FindingKind.SPENT_OVER_RELEASED,
        FindingKind.NOT_STARTED_PAST_DEADLINE,
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"events": []}, "missing format_version; expected 1 @ $.format_version"),
        ({"format_version": 2}, "unsupported format_version 2; expected 1 @ $.format_version"),
        ({"format_version": True}, "unsupported format_version True; expected 1"),
        ([], "not a JSON object; expected an object with the fields of Ledger, got [] @ $"),
        (
            {"format_version": 1, "events": [{"project": 0, "kind": "spent", "date": "2025"}]},
            "LedgerEvent.date (日期): a year alone; expected a day or a month",
        ),
    ],
)
def test_a_ledger_document_is_read_strictly(data: object, problem: str) -> None:
    with pytest.raises(SerializationError) as caught:
        from_dict(data, Ledger)
    assert problem in str(caught.value)


@pytest.mark.parametrize("sheet", ["", " ", "a" * 32, "进度[9月]", "a/b", 7])
def test_a_sheet_name_excel_refuses_is_an_error(sheet: object) -> None:
    table = progress_table(progress(_plan(), Ledger(), as_of=SEPT))
    with pytest.raises(InvalidValueError, match=r"to_xlsx\(sheet=...\): not a sheet name"):
        to_xlsx(table, sheet=sheet)  # type: ignore[arg-type]


def test_the_progress_table_nests_sections_as_the_fund_plan_does() -> None:
    ledger = Ledger(
        events=[
            _event(0, R, "2025-03-01", "60"),
            _event(1, R, "2025-03-15", "20"),
            _event(1, S, "2025-05", "5"),
            _event(1, ST, "2025-04"),
        ]
    )
    table = progress_table(progress(_plan(), ledger, as_of=SEPT))
    shape = [
        (row.kind.value, row.depth, row.section, table.cell(row, "number"), table.cell(row, "name"))
        for row in table.rows
    ]
    assert shape == [
        ("project", 0, None, "3.", "丙"),
        ("section", 0, "1", None, "产业"),
        ("project", 1, "1", "1.", "甲"),
        ("section", 1, "1.1", None, "种植"),
        ("project", 2, "1.1", "2.", "乙"),
        ("subtotal", 1, "1.1", "小计", "1个"),
        ("subtotal", 0, "1", "小计", "2个"),
    ]
    inner = table.rows[5]
    assert [table.cell(inner, k) for k in ("planned", "released", "release_rate", "state")] == [
        Money.from_wan(50),
        Money.from_wan(20),
        "40.00%",
        "开工1 完工0 验收0",
    ]
    first = table.rows[2]
    assert table.cell(first, "state") == "未开工（逾期）"  # deadline 2025年8月, not started
    assert table.cell(table.total, "name") == "3个"
    assert table.title == "测试计划项目进度表（截至2025年9月30日）"
