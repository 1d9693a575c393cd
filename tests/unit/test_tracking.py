"""Tracking: evaluate targets against results, periodic duties, overdue deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from aidmodel import (
    Achievement,
    InvalidTypeError,
    InvalidValueError,
    PartialDate,
    Verdict,
    due_by,
    evaluate,
    overdue,
    parse_commitment,
    parse_quantity,
    samples,
    unit_info,
    units_agree,
)

MET, NOT_MET, UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.CANNOT_TELL

# target phrase, reported figure, verdict
TABLE = [
    ("转移就业40名以上", "40名", MET),  # 以上 includes the figure
    ("转移就业40名以上", "39名", NOT_MET),
    ("转移就业40名以上", "52人", MET),  # 名 ≡ 人
    ("转移就业40名以上", "近40名", UNKNOWN),  # the example
    ("转移就业40名以上", "近30名", NOT_MET),
    ("转移就业40名以上", "40余名", MET),
    ("转移就业40名以上", "30余名", UNKNOWN),
    ("转移就业40名以上", "约45名", UNKNOWN),
    ("转移就业40名以上", "40人次", UNKNOWN),  # 名 and 人次 differ
    ("转移就业40名以上", "40—50名", MET),
    ("转移就业40名以上", "30—50名", UNKNOWN),
    ("转移就业40名以上", "不足40名", NOT_MET),
    ("转移就业40名以上", "40名以内", UNKNOWN),
    ("转移就业40名以上", "39名以内", NOT_MET),
    ("超过100人", "100人", NOT_MET),  # 超过 excludes the figure
    ("超过100人", "101人", MET),
    ("超过100人", "100余人", MET),
    ("超过100人", "100人以上", UNKNOWN),
    ("开展学术讲座累计不少于5次", "5次", MET),
    ("培训农村劳动力200人", "200人", MET),  # an exact target is a floor
    ("培训农村劳动力200人", "199人", NOT_MET),
    ("积极推荐2—3个优质项目", "2个", MET),
    ("积极推荐2—3个优质项目", "1个", NOT_MET),
    ("建设中心约2000㎡", "2100平方米", MET),  # 约 as a floor, ㎡ = 平方米
    ("不超过10人", "10人", MET),
    ("不超过10人", "11人", NOT_MET),
    ("不超过10人", "10余人", NOT_MET),
    ("不超过10人", "近10人", MET),
    ("不足10人", "10人", NOT_MET),
    ("不足10人", "9人", MET),
    ("提供岗位1500个以上", "1400余个", UNKNOWN),
    ("举办劳务招聘会5场以上", "5场", MET),
    ("不低于100人次/年", "120人次/年", MET),
    ("不低于100人次/年", "120人次/月", UNKNOWN),  # periods differ
]


@pytest.mark.parametrize(("target", "actual", "verdict"), TABLE)
def test_evaluate(target: str, actual: str, verdict: Verdict) -> None:
    commitment = parse_commitment(target)
    result = evaluate(commitment, Achievement(metric="m", actual=parse_quantity(actual)))
    assert result.verdict is verdict, result.reason
    assert result.met is (verdict is MET)
    assert result.reason.strip()
    assert result.commitment is commitment


def test_reasons_say_why_in_plain_words() -> None:
    target = parse_commitment("转移就业40名以上")
    short = evaluate(target, Achievement(metric="转移就业", actual=parse_quantity("39名")))
    assert short.reason == "39名 falls short of the target 40名以上"
    loose = evaluate(target, Achievement(metric="转移就业", actual=parse_quantity("约45名")))
    assert "approximate" in loose.reason


def test_seed_002_achievements_against_targets() -> None:
    """衢江 held 5 job fairs and offered 1400余 posts (seed 002)."""
    plan = samples.load("qujiang-pingwu-2018")
    reported = {a.metric: a for a in plan.achievements}
    fairs = evaluate(parse_commitment("举办劳务招聘会5场以上"), reported["举办劳务招聘会"])
    posts = evaluate(parse_commitment("提供工作岗位1400个以上"), reported["提供工作岗位"])
    pairs = evaluate(parse_commitment("医院结对30对以上"), reported["医院结对"])
    assert (fairs.verdict, posts.verdict, pairs.verdict) == (MET, MET, NOT_MET)


@pytest.mark.parametrize("bad", [None, "转移就业40名以上", 40])
def test_evaluate_refuses_what_is_not_a_commitment(bad: object) -> None:
    achievement = Achievement(metric="m", actual=parse_quantity("1个"))
    with pytest.raises(InvalidTypeError, match="not a Commitment"):
        evaluate(bad, achievement)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="not an Achievement"):
        evaluate(parse_commitment("1个"), bad)  # type: ignore[arg-type]


# -- periodic duties ---------------------------------------------------------------------------

HALF_YEARLY = parse_commitment("专题研究结对帮扶工作每半年至少1次")


@pytest.mark.parametrize(
    ("phrase", "start", "as_of", "owed"),
    [
        ("专题研究结对帮扶工作每半年至少1次", PartialDate(2025, 1), dt.date(2025, 12, 31), 2),
        ("专题研究结对帮扶工作每半年至少1次", PartialDate(2025, 1), dt.date(2025, 12, 30), 1),
        ("专题研究结对帮扶工作每半年至少1次", PartialDate(2025, 1), dt.date(2025, 6, 30), 1),
        ("专题研究结对帮扶工作每半年至少1次", PartialDate(2025, 1), dt.date(2025, 6, 29), 0),
        ("专题研究结对帮扶工作每半年至少1次", dt.date(2025, 3, 15), dt.date(2026, 3, 14), 2),
        ("不低于100人次/年", PartialDate(2025, 1), dt.date(2025, 12, 31), 100),
        ("不低于100人次/年", PartialDate(2025, 1), dt.date(2027, 6, 1), 200),
        ("每年开展2次以上劳务协作交流活动", PartialDate(2018), dt.date(2020, 12, 31), 6),
        ("年内至少召开1次座谈会", PartialDate(2025), dt.date(2025, 12, 31), 1),
        ("每月走访1次", PartialDate(2025, 1), dt.date(2025, 3, 31), 3),
        ("每季度调度1次", PartialDate(2025, 1), dt.date(2025, 12, 31), 4),
        ("专题研究结对帮扶工作每半年至少1次", PartialDate(2026, 1), dt.date(2025, 12, 31), 0),
    ],
)
def test_due_by(phrase: str, start: PartialDate | dt.date, as_of: dt.date, owed: int) -> None:
    commitment = parse_commitment(phrase)
    due = due_by(commitment, start=start, as_of=as_of)
    assert due.value == Decimal(owed)
    assert (due.unit, due.bound, due.per) == (
        commitment.target.unit,
        commitment.target.bound,
        None,
    )


def test_due_by_refuses_what_is_not_periodic() -> None:
    with pytest.raises(InvalidValueError, match="not a periodic commitment"):
        due_by(
            parse_commitment("转移就业40名以上"), start=PartialDate(2025), as_of=dt.date(2025, 1, 1)
        )
    span = parse_commitment("2018-2020年配套产业园将完成35万平方米的标准厂房建设")
    assert span.period == "2018-2020年"
    with pytest.raises(InvalidValueError, match="cannot be stepped"):
        due_by(span, start=PartialDate(2018), as_of=dt.date(2020, 12, 31))
    with pytest.raises(InvalidTypeError, match="not a date"):
        due_by(HALF_YEARLY, start="2025-01", as_of=dt.date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="a datetime"):
        due_by(HALF_YEARLY, start=PartialDate(2025), as_of=dt.datetime(2025, 1, 1))  # noqa: DTZ001


# -- deadlines ---------------------------------------------------------------------------------


def test_overdue_lists_what_passed_its_month_deadline() -> None:
    plan = samples.load("shizhong-ebian-2025")
    with_deadline = [p for p in plan.projects if p.deadline is not None]
    assert with_deadline
    assert overdue(plan, as_of=dt.date(2025, 11, 30)) == tuple(
        o for o in overdue(plan, as_of=dt.date(2025, 11, 30)) if o.deadline.month != 11
    )
    late = overdue(plan, as_of=dt.date(2026, 1, 1))
    expected = len(with_deadline) + sum(1 for m in plan.mechanisms if m.deadline is not None)
    assert len(late) == expected
    first = late[0]
    assert first.days == (dt.date(2026, 1, 1) - first.deadline.last_day()).days
    assert first.where.startswith("projects[")


def test_a_completion_record_takes_a_project_off_the_list() -> None:
    plan = samples.load("shizhong-ebian-2025")
    late = overdue(plan, as_of=dt.date(2026, 1, 1))
    index = int(late[0].where.removeprefix("projects[").rstrip("]"))
    projects = list(plan.projects)
    projects[index] = attrs.evolve(projects[index], completed=PartialDate(2025, 10))
    done = attrs.evolve(plan, projects=projects)
    assert [o.where for o in overdue(done, as_of=dt.date(2026, 1, 1))] == [
        o.where for o in late[1:]
    ]


def test_a_construction_period_is_due_at_its_end() -> None:
    plan = samples.load("binjiang-jianshi-2018")
    spans = [p for p in plan.projects if p.deadline is None and p.span is not None]
    assert spans
    late = overdue(plan, as_of=dt.date(2030, 1, 1))
    names = {o.name for o in late}
    assert {p.name for p in spans} <= names


def test_overdue_needs_a_programme_and_a_date() -> None:
    plan = samples.load("shizhong-ebian-2025")
    with pytest.raises(InvalidTypeError, match="not a Programme"):
        overdue("plan", as_of=dt.date(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="not a date"):
        overdue(plan, as_of="2025-12-01")  # type: ignore[arg-type]


def test_a_programme_without_deadlines_has_nothing_overdue() -> None:
    plan = samples.load("qingbaijiang-jiulong-2018")
    assert all(p.deadline is None and p.span is None for p in plan.projects)
    assert overdue(plan, as_of=dt.date(2030, 1, 1)) == ()


# -- units -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("名", "人", True),
        ("名", "人次", False),
        ("平方米", "㎡", True),
        ("平米", "平方米", True),
        ("千米", "公里", True),
        ("亩", "㎡", False),
        ("场", "场次", False),
        ("次", "批次", False),
        ("元", "元", True),
        (None, "个", False),
    ],
)
def test_units_agree_only_where_stated(a: str | None, b: str | None, agree: bool) -> None:
    assert units_agree(a, b) is agree
    assert units_agree(b, a) is agree


def test_unit_info_errors_quote_the_unit() -> None:
    with pytest.raises(InvalidValueError, match="got '斤'"):
        unit_info("斤")
    with pytest.raises(InvalidTypeError, match="is not text"):
        unit_info(None)  # type: ignore[arg-type]
