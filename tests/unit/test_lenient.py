"""aidmodel.build: plain data read leniently, every problem reported with its path."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from aidmodel import (
    Commitment,
    DateSpan,
    Dividend,
    FundSourceKind,
    Ledger,
    MechanismTask,
    Money,
    PartialDate,
    Programme,
    Project,
    ProjectStatus,
    Quantity,
    Region,
    Scheme,
    SerializationError,
    build,
    from_dict,
    samples,
    to_dict,
)
from aidmodel.errors import BuildError, Problem


def _project(**fields: object) -> Project:
    return build({"name": "茶园", **fields}, Project)


def _problems(data: object, cls: type, **options: Any) -> list[tuple[str, str]]:
    """Each problem of ``build(data, cls)`` as (path, message)."""
    with pytest.raises(BuildError) as caught:
        build(data, cls, **options)
    return [(p.path, p.message) for p in caught.value.problems]


# -- values read through the library's parsers ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "yuan"),
    [
        ("250万元", "2500000.00"),
        ("250万", "2500000.00"),
        ("1.68亿元", "168000000.00"),
        ("¥5,000.00", "5000.00"),
        ("柒佰陆拾陆万元整", "7660000.00"),
        ("３５万元", "350000.00"),  # full-width digits
        (Money.from_wan(3), "30000.00"),
        (Decimal("3.5"), None),  # bare number: refused without unit=
    ],
)
def test_money_is_read_with_its_unit(written: object, yuan: str | None) -> None:
    if yuan is None:
        assert _problems({"name": "x", "amount": written}, Project)[0][0] == "$.amount"
    else:
        assert _project(amount=written).amount == Money.from_yuan(yuan)


@pytest.mark.parametrize(
    ("written", "unit", "wan"),
    [
        (250, "万元", "250"),
        ("250", "万元", "250"),
        (Decimal("0.5"), "万元", "0.5"),
        (2500, "元", "0.25"),
        ("2,500", "元", "0.25"),
        ("3万元", "元", "3"),  # a written unit wins
    ],
)
def test_bare_numbers_take_the_unit_given(written: object, unit: Any, wan: str) -> None:
    project = build({"name": "x", "amount": written}, Project, unit=unit)
    assert project.amount is not None
    assert project.amount.to_wan() == Decimal(wan)


@pytest.mark.parametrize(
    ("written", "fragment"),
    [
        (250, "a bare number could be 元 or 万元; expected text with its unit such as '250万元'"),
        ("250", "Money.parse: no unit"),
        (2.5, "floats are not exact"),
        ("1.234元", "finer than one fen"),
        ("两百万块", "'两百万块'"),
        (True, "not an amount"),
    ],
)
def test_money_problems_quote_the_input(written: object, fragment: str) -> None:
    [(path, message)] = _problems({"name": "x", "amount": written}, Project)
    assert path == "$.amount"
    assert fragment in message
    assert repr(written) in message


def test_a_float_is_refused_even_with_a_unit() -> None:
    [(_, message)] = _problems({"name": "x", "amount": 2.5}, Project, unit="万元")
    assert "floats are not exact" in message


def test_the_unit_option_is_checked() -> None:
    with pytest.raises(BuildError, match="not a unit"):
        build({"name": "x"}, Project, unit="千元")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("2025-10", PartialDate(2025, 10)),
        ("2025年10月", PartialDate(2025, 10)),
        ("2025年10月底", PartialDate(2025, 10)),
        ("2025.10", PartialDate(2025, 10)),
        ("2025/10", PartialDate(2025, 10)),
        ("2025年", PartialDate(2025)),
        ("2025", PartialDate(2025)),
        (2025, PartialDate(2025)),
        ("2025年10月31日", PartialDate(2025, 10, 31)),
        ("2025-02-09", PartialDate(2025, 2, 9)),
        ("２０２５年１月", PartialDate(2025, 1)),
        (dt.date(2025, 2, 25), PartialDate(2025, 2, 25)),
        (dt.datetime(2025, 2, 25, 9, 30), PartialDate(2025, 2, 25)),  # noqa: DTZ001
        ({"year": 2025, "month": 3}, PartialDate(2025, 3)),
        ("", None),
        (None, None),
    ],
)
def test_dates(written: object, date: PartialDate | None) -> None:
    assert _project(deadline=written).deadline == date


@pytest.mark.parametrize(
    ("written", "fragment"),
    [
        ("明年", "not a date; expected text such as '2025-10'"),
        ("2025年13月", "PartialDate.month (月): not a month"),
        ("2025年2月30日", "PartialDate.day"),
        ("10月", "not a date"),
        (2.5, "not a date"),
    ],
)
def test_date_problems(written: object, fragment: str) -> None:
    [(path, message)] = _problems({"name": "x", "deadline": written}, Project)
    assert path == "$.deadline"
    assert fragment in message


@pytest.mark.parametrize(
    ("written", "span"),
    [
        ("2018-2019", ("2018", "2019")),
        ("2018年—2019年", ("2018", "2019")),
        ("2018/2019", ("2018", "2019")),
        ("2025.3至2025.10", ("2025-03", "2025-10")),
        ("2025-03-2025-10", ("2025-03", "2025-10")),
        ("2025年3月～2026年1月", ("2025-03", "2026-01")),
        ({"start": "2018", "end": "2019"}, ("2018", "2019")),
    ],
)
def test_spans(written: object, span: tuple[str, str]) -> None:
    expected = DateSpan(PartialDate.fromisoformat(span[0]), PartialDate.fromisoformat(span[1]))
    assert _project(span=written).span == expected


@pytest.mark.parametrize("written", ["2018", "2019-2018", "2018-2019-2020", "二〇一八至二〇一九"])
def test_span_problems(written: str) -> None:
    [(path, message)] = _problems({"name": "x", "span": written}, Project)
    assert path == "$.span"
    assert repr(written) in message


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("续建", ProjectStatus.CONTINUED),
        ("新建", ProjectStatus.NEW),
        ("continued", ProjectStatus.CONTINUED),
        ("CONTINUED", ProjectStatus.CONTINUED),
        (" 续建 ", ProjectStatus.CONTINUED),
        (ProjectStatus.NEW, ProjectStatus.NEW),
    ],
)
def test_enums_by_value_name_or_label(written: object, status: ProjectStatus) -> None:
    assert _project(status=written).status is status


def test_enum_problem_lists_values_and_labels() -> None:
    [(path, message)] = _problems({"name": "x", "status": "在建"}, Project)
    assert path == "$.status"
    assert message == (
        "not a ProjectStatus; expected one of 'new' (新建), 'continued' (续建), got '在建'"
    )


def test_scheme_by_synonym() -> None:
    plan = build({"title": "t", "scheme": "东西部扶贫协作"}, Programme)
    assert plan.scheme is Scheme.EAST_WEST


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("县农业农村局、县财政局", ("县农业农村局", "县财政局")),
        ("县农业农村局，县财政局；乡政府", ("县农业农村局", "县财政局", "乡政府")),
        ("县农业农村局", ("县农业农村局",)),
        (["甲", "乙"], ("甲", "乙")),
        (("甲",), ("甲",)),
        (None, ()),
        ("", ()),
    ],
)
def test_lists_of_names(written: object, units: tuple[str, ...]) -> None:
    assert _project(units=written).units == units


def test_other_values() -> None:
    project = _project(
        number=3,
        dividend={"rate": "3%", "amount": "34.5万元", "per": "年"},
        commitments="转移就业40名以上，培训100人次",
    )
    assert project.number == "3"
    assert project.dividend == Dividend(
        rate=Decimal("0.03"), amount=Money.from_wan("34.5"), per="年"
    )
    assert [c.metric for c in project.commitments] == ["转移就业", "培训"]
    task = build({"title": "互访", "commitments": ["每半年至少1次"]}, MechanismTask)
    assert task.commitments[0].target.per == "半年"
    assert build("40名以上", Quantity).value == Decimal(40)
    assert build("转移就业40名以上", Commitment).target.unit == "名"
    assert (
        build({"title": "t", "year": "2025年", "declared_project_count": "16个"}, Programme).year
        == 2025
    )


def test_chinese_field_names() -> None:
    project = build(
        {"项目名称": "茶园", "拟投入资金": "80万元", "建设性质": "新建", "完成时限": "2025年11月"},
        Project,
    )
    assert project == Project(
        name="茶园",
        amount=Money.from_wan(80),
        status=ProjectStatus.NEW,
        deadline=PartialDate(2025, 11),
    )


def test_objects_pass_through() -> None:
    region = Region(name="市中区")
    plan = build({"title": "t", "donor": region, "recipient": "峨边彝族自治县"}, Programme)
    assert plan.donor is region
    assert plan.recipient == Region(name="峨边彝族自治县")


# -- every problem at once, each with its path -------------------------------------------------


def test_every_problem_is_reported_with_its_path() -> None:
    data = {
        "title": "计划",
        "year": "明年",
        "donor": " ",
        "recipient": {"name": " "},
        "fund_sources": [{"key": "a", "kind": "年度援助资金"}, {"kind": "nothing"}],
        "projects": [
            {"name": " ", "amount": "1.234元", "completion": "2025-10"},
            {"name": "道路", "units": ["甲", 3.5], "status": "在建"},
        ],
    }
    assert _problems(data, Programme) == [
        (
            "$.year",
            "not a whole number; expected an int or digits such as 2025 or '2025年', got '明年'",
        ),
        (
            "$.recipient.name",
            "Region.name (名称): blank text; expected a non-empty string, got ' '",
        ),
        (
            "$.fund_sources[1].kind",
            "not a FundSourceKind; expected one of " + _kinds() + ", got 'nothing'",
        ),
        ("$.fund_sources[1]", "missing required field 'key' (标识)"),
        (
            "$.projects[0].amount",
            "Money.parse: finer than one fen (分); expected at most 2 decimal places of 元 "
            "(6 of 万元), got '1.234元'",
        ),
        (
            "$.projects[0]",
            "unknown field; expected a field of Project (did you mean 'completed' (实际完成时间)?), got 'completion'",
        ),
        (
            "$.projects[0].name",
            "Project.name (项目名称): blank text; expected a non-empty string, got ' '",
        ),
        ("$.projects[1].units[1]", "not text; expected a str, got 3.5"),
        (
            "$.projects[1].status",
            "not a ProjectStatus; expected one of 'new' (新建), 'continued' (续建), got '在建'",
        ),
    ]


def _kinds() -> str:
    return ", ".join(f"{k.value!r} ({k.label})" for k in FundSourceKind)


def test_the_error_reads_as_one_message_and_keeps_the_inputs() -> None:
    with pytest.raises(BuildError) as caught:
        build({"title": "t", "projects": [{"name": "x", "amount": 80}]}, Programme)
    err = caught.value
    assert isinstance(err, SerializationError)
    assert isinstance(err, ValueError)
    assert str(err) == (
        "Programme: 1 problem in the data; expected data aidmodel.build can read\n"
        "  a bare number could be 元 or 万元; expected text with its unit such as '80万元', "
        "or build(..., unit='万元'), got 80 @ $.projects[0].amount"
    )
    [problem] = err.problems
    assert isinstance(problem, Problem)
    assert problem.input == 80


def test_references_are_checked_by_the_constructor() -> None:
    data = {
        "title": "t",
        "sections": [{"id": "1", "title": "产业"}],
        "projects": [{"name": "x", "section": "1"}, {"name": "y", "section": "9"}],
    }
    assert _problems(data, Programme) == [
        (
            "$.projects[1].section",
            "Programme.projects[1].section (所属部分): no section with this id; "
            "expected one of ['1'], got '9'",
        )
    ]


@pytest.mark.parametrize(
    ("data", "path", "fragment"),
    [
        (None, "$", "not a Project; expected a dict of its fields, got None"),
        ("茶园", "$", "not a Project"),
        ({}, "$", "missing required field 'name' (项目名称)"),
        ({"name": "x", "units": {"a": 1}}, "$.units", "not a list"),
        ({"name": "x", "funding": "190万元"}, "$.funding", "not a list"),
        ({"name": "x", "funding": [3]}, "$.funding[0]", "not a FundingShare"),
        ({"name": "x", "commitments": "加强组织领导"}, "$.commitments", "no commitment"),
        ({"name": "x", "项目名称": "y"}, "$.name", "given twice"),
        ({"name": "x", 3: "y"}, "$", "unknown field"),
        ({"name": "x", "项目名": "y"}, "$", "did you mean 'name' (项目名称)?"),
        ({"name": "x", "dividend": {"rate": "三成"}}, "$.dividend.rate", "not a decimal number"),
        ({"name": "x", "dividend": {"rate": "300%"}}, "$.dividend.rate", "not a rate"),
        (
            {"name": "x", "provenance": {"line_start": "第一行"}},
            "$.provenance.line_start",
            "not a whole",
        ),
    ],
)
def test_problem_table(data: object, path: str, fragment: str) -> None:
    problems = _problems(data, Project)
    assert any(p == path and fragment in m for p, m in problems), problems


def test_yes_no() -> None:
    assert build({"title": "t", "lists_all_projects": "否"}, Programme).lists_all_projects is False
    assert build({"title": "t", "lists_all_projects": True}, Programme).lists_all_projects is True
    [(path, _)] = _problems({"title": "t", "lists_all_projects": 1}, Programme)
    assert path == "$.lists_all_projects"


def test_a_class_without_a_way_in() -> None:
    [(path, message)] = _problems({}, dict)
    assert (path, message) == (
        "$",
        "no way to build a dict; expected a class of the model such as Programme or Project, got {}",
    )


# -- the wire format is read too, with unit="元"; from_dict stays strict -----------------------


@pytest.mark.parametrize("name", samples.names())
def test_the_samples_wire_form_builds_back(name: str) -> None:
    programme = samples.load(name)
    assert build(to_dict(programme), Programme, unit="元") == programme


def test_a_ledger_builds_back() -> None:
    ledger = samples.ledger("shizhong-ebian-2025")
    assert build(to_dict(ledger), Ledger, unit="元") == ledger


def test_from_dict_stays_strict() -> None:
    with pytest.raises(SerializationError) as caught:
        from_dict({"format_version": 2, "title": "t", "declared_total": "766万元"}, Programme)
    assert not isinstance(caught.value, BuildError)
    assert build({"title": "t", "declared_total": "766万元"}, Programme).declared_total == (
        Money.from_wan(766)
    )
