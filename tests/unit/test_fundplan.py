"""The fund plan table (项目资金计划表): layout, computed totals, writers, golden files."""

from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from aidmodel import (
    FundingShare,
    InvalidTypeError,
    InvalidValueError,
    Money,
    PartialDate,
    Programme,
    Project,
    Region,
    Scheme,
    Section,
    samples,
    totals_by_section,
)
from aidmodel._display import text_width
from aidmodel.errors import MissingDependencyError
from aidmodel.fundplan import (
    XLSX_NUMBER_FORMAT,
    FundPlan,
    PlanColumn,
    PlanRow,
    PlanRowKind,
    _wrap,
    fund_plan,
    to_csv,
    to_markdown,
    to_text,
    to_xlsx,
)

GOLDEN = Path(__file__).parent.parent / "golden" / "fundplan"
NAMES = samples.names()


def _golden(request: pytest.FixtureRequest, name: str, data: bytes) -> None:
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"no golden file {path.name}: run pytest --update-golden"
    assert data == path.read_bytes(), f"{path.name} differs (pytest --update-golden rewrites it)"


@pytest.mark.parametrize("name", NAMES)
def test_text_golden(request: pytest.FixtureRequest, name: str) -> None:
    _golden(request, f"{name}.txt", to_text(fund_plan(samples.load(name))).encode("utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_markdown_golden(request: pytest.FixtureRequest, name: str) -> None:
    _golden(request, f"{name}.md", to_markdown(fund_plan(samples.load(name))).encode("utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_csv_golden(request: pytest.FixtureRequest, name: str) -> None:
    _golden(request, f"{name}.csv", to_csv(fund_plan(samples.load(name))))


# -- the table model ----------------------------------------------------------------------


def _project_rows(plan: FundPlan) -> list[PlanRow]:
    return [row for row in plan.rows if row.kind is PlanRowKind.PROJECT]


@pytest.mark.parametrize("name", NAMES)
def test_every_project_once_with_its_figures_as_written(name: str) -> None:
    programme = samples.load(name)
    plan = fund_plan(programme)
    rows = _project_rows(plan)
    assert sorted(row.project for row in rows if row.project is not None) == list(
        range(len(programme.projects))
    )
    keys = [c.key for c in plan.columns]
    for row in rows:
        assert row.project is not None
        project = programme.projects[row.project]
        assert plan.cell(row, "name") == project.name
        if "amount" in keys:
            assert plan.cell(row, "amount") == project.amount
        if "total_investment" in keys:
            assert plan.cell(row, "total_investment") == project.total_investment
        if "deadline" in keys:
            assert plan.cell(row, "deadline") == project.deadline
        assert row.section == project.section


@pytest.mark.parametrize("name", NAMES)
def test_subtotals_and_total_are_computed_from_the_projects(name: str) -> None:
    programme = samples.load(name)
    plan = fund_plan(programme)
    aggregate = {t.section: t for t in totals_by_section(programme)}
    money = [c for c in plan.columns if c.money]
    for index, row in enumerate(plan.rows):
        if row.kind is not PlanRowKind.SUBTOTAL:
            continue
        assert row.section is not None
        inside = {s.id for s in programme.section(row.section).walk()}
        below = [r for r in _project_rows(plan) if r.section in inside]
        assert len(below) == aggregate[row.section].projects
        # The header comes before the projects, the sub-total after them.
        header = next(
            i
            for i, r in enumerate(plan.rows)
            if r.kind is PlanRowKind.SECTION and r.section == row.section
        )
        assert header < index
        for column in money:
            values = [plan.cell(r, column.key) for r in below]
            amounts = [v for v in values if isinstance(v, Money)]
            expected = sum(amounts, Money.from_yuan(0)) if amounts else None
            assert plan.cell(row, column.key) == expected, (row.section, column.key)
        if "amount" in [c.key for c in plan.columns] and plan.cell(row, "amount") is not None:
            assert plan.cell(row, "amount") == aggregate[row.section].amount
    planned = [p.amount for p in programme.projects if p.amount is not None]
    assert plan.amount == (sum(planned, Money.from_yuan(0)) if planned else None)
    for column in money:
        values = [plan.cell(r, column.key) for r in _project_rows(plan)]
        amounts = [v for v in values if isinstance(v, Money)]
        assert plan.cell(plan.total, column.key) == (
            sum(amounts, Money.from_yuan(0)) if amounts else None
        )


def test_shizhong_total_is_the_projects_not_the_declared_766() -> None:
    programme = samples.load("shizhong-ebian-2025")
    plan = fund_plan(programme)
    assert programme.declared_total == Money.from_wan(766)
    assert plan.amount == Money.from_wan(744)  # items 4 and 5 have no amount
    assert plan.total_upper == "合计（大写）：柒佰肆拾肆万元整"
    labour = next(r for r in plan.rows if r.kind is PlanRowKind.SUBTOTAL and r.section == "2")
    assert plan.cell(labour, "amount") is None  # no project of it has an amount
    assert plan.cell(labour, "name") == "1个"
    assert plan.cell(plan.total, "number") == "合计"
    assert plan.cell(plan.total, "name") == "16个"


def test_binjiang_attachment_one_shows_the_school_as_written() -> None:
    programme = samples.load("binjiang-jianshi-2018")
    plan = fund_plan(programme, section="attachment-1")
    assert plan.title == "2018 年东西部扶贫协作财政资金援建项目计划表"
    assert [c.key for c in plan.columns] == [
        "number",
        "name",
        "locations",
        "content",
        "start",
        "deadline",
        "total_investment",
        "amount",
        "source:a1-fiscal",
        "source:a1-self",
        "lead_units",
    ]
    school = next(r for r in plan.rows if plan.cell(r, "name") == "长梁镇下坝中心小学综合楼工程")
    assert plan.cell(school, "amount") == Money.from_wan(530)
    assert plan.cell(school, "source:a1-fiscal") == Money.from_wan(150)
    assert plan.cell(school, "source:a1-self") == Money.from_wan(80)
    assert plan.cell(plan.total, "amount") == Money.from_wan(5005)
    assert plan.cell(plan.total, "source:a1-fiscal") == Money.from_wan(2000)
    assert plan.cell(plan.total, "source:a1-self") == Money.from_wan(2705)
    # 2000 + 2705 is not the 5005 of the 合计 column: the table shows both as written.
    # Nested sections roll up: 基础设施 holds 安全饮水 and 村级公路.
    infrastructure = next(
        r for r in plan.rows if r.kind is PlanRowKind.SUBTOTAL and r.section == "attachment-1.2"
    )
    assert plan.cell(infrastructure, "amount") == Money.from_wan(3800)
    assert plan.cell(infrastructure, "name") == "4个"
    depths = {r.section: r.depth for r in plan.rows if r.kind is PlanRowKind.SECTION}
    assert depths == {
        "attachment-1.1": 0,
        "attachment-1.2": 0,
        "attachment-1.2.1": 1,
        "attachment-1.2.2": 1,
        "attachment-1.3": 0,
    }


def test_sources_of_one_name_are_told_apart() -> None:
    plan = fund_plan(samples.load("binjiang-jianshi-2018"))
    titles = {c.key: c.title for c in plan.columns}
    assert titles["source:a1-self"] == "自筹资金（附件 1）"
    assert titles["source:a2-self"] == "自筹资金（附件 2）"
    assert {c.group for c in plan.columns if c.key.startswith("source:")} == {"项目资金安排"}


def test_amount_column_left_out_when_a_source_repeats_it() -> None:
    plan = fund_plan(samples.load("liangjiang-pengshui-2020"))
    keys = [c.key for c in plan.columns]
    assert "amount" not in keys
    assert keys[keys.index("total_investment") + 1 :][:2] == ["source:2019", "source:2020"]
    assert plan.cell(plan.total, "source:2020") == Money.from_wan(5487)
    assert plan.cell(plan.total, "source:2019") == Money.from_wan("2364.04")
    assert plan.amount == Money.from_wan(5487)
    # Asked for, it is there.
    asked = fund_plan(samples.load("liangjiang-pengshui-2020"), columns=["name", "amount"])
    assert [c.title for c in asked.columns] == ["项目名称", "帮扶资金"]
    assert asked.cell(asked.total, "name") == "合计（17个）"


def test_empty_columns_are_left_out_and_section_numbers_join_the_title() -> None:
    plan = fund_plan(samples.load("qujiang-pingwu-2018"))
    assert [c.key for c in plan.columns] == [
        "name",
        "content",
        "start",
        "deadline",
        "total_investment",
    ]
    assert plan.amount is None
    assert plan.total_upper is None
    headers = [plan.cell(r, "name") for r in plan.rows if r.kind is PlanRowKind.SECTION]
    assert headers[:2] == ["一、坚持项目为“先”,统筹设施与产业同步提升", "一是 统筹谋划项目"]


def test_unsectioned_projects_come_first_and_year_columns() -> None:
    programme = Programme(
        title="测试计划表",
        scheme=Scheme.OTHER,
        donor=Region(name="甲"),
        recipient=Region(name="乙"),
        year=2020,
        sections=[Section(id="1", title="产业")],
        projects=[
            Project(name="在部分里", section="1", amount=Money.from_wan(2)),
            Project(
                name="不在部分里",
                amount=Money.from_wan(3),
                funding=[
                    FundingShare(amount=Money.from_wan(1), year=2019),
                    FundingShare(amount=Money.from_wan(2), year=2020),
                ],
            ),
        ],
    )
    plan = fund_plan(programme)
    assert plan.title == "测试计划表"
    assert [plan.cell(r, "name") for r in plan.rows] == [
        "不在部分里",
        "产业",
        "在部分里",
        "小计（1个）",
    ]
    assert [c.key for c in plan.columns] == ["name", "amount", "year:2019", "year:2020"]
    assert [c.title for c in plan.columns][1:] == ["合计", "2019年资金", "2020年资金"]
    assert plan.cell(plan.total, "year:2019") == Money.from_wan(1)
    assert plan.cell(plan.total, "amount") == Money.from_wan(5)


def test_chosen_columns_in_the_order_given() -> None:
    programme = samples.load("keqiao-ebian-2025")
    plan = fund_plan(programme, columns=("amount", "name", "source:carry_over"))
    assert [c.key for c in plan.columns] == ["amount", "name", "source:carry_over"]
    assert plan.cell(plan.total, "source:carry_over") == Money.from_wan("52.310194")
    assert plan.cell(plan.total, "amount") == Money.from_wan("3952.310194")
    plan = fund_plan(programme, columns=["remarks", "name"])  # an empty column when asked for
    assert all(plan.cell(r, "remarks") is None for r in plan.rows if r.kind is PlanRowKind.PROJECT)


def test_fund_plan_errors() -> None:
    programme = samples.load("keqiao-ebian-2025")
    with pytest.raises(
        InvalidValueError, match=r"fund_plan\(columns=...\): no such column; .* got 'budget'"
    ):
        fund_plan(programme, columns=["name", "budget"])
    with pytest.raises(
        InvalidValueError, match="a column asked for twice; expected each once, got 'name'"
    ):
        fund_plan(programme, columns=["name", "name"])
    with pytest.raises(InvalidValueError, match="no columns"):
        fund_plan(programme, columns=[])
    with pytest.raises(InvalidTypeError, match="a str is not a list of column keys"):
        fund_plan(programme, columns="name")
    with pytest.raises(
        InvalidValueError, match=r"fund_plan\(columns=...\): no such column; .* got 3"
    ):
        fund_plan(programme, columns=[3])  # type: ignore[list-item]
    with pytest.raises(
        InvalidValueError, match=r"fund_plan\(section=...\): no section with this id; .* got 'x'"
    ):
        fund_plan(programme, section="x")
    with pytest.raises(
        InvalidTypeError, match=r"fund_plan\(section=...\): a int is not a section id"
    ):
        fund_plan(programme, section=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="fund_plan: a str is not a Programme"):
        fund_plan("plan")  # type: ignore[arg-type]


def test_model_validators() -> None:
    column = PlanColumn(key="name", title="项目名称")
    row = PlanRow(kind=PlanRowKind.TOTAL, cells=("合计",))
    with pytest.raises(
        InvalidTypeError, match=r"PlanRow.cells \(单元格\)\[0\]: a float is not a cell"
    ):
        PlanRow(kind=PlanRowKind.PROJECT, cells=(1.5,))
    for field, bad, noun, expected in (
        ("depth", -1, "depth", "an int of 0 or more, got -1"),
        ("depth", None, "depth", "an int of 0 or more, got None"),
        ("depth", True, "depth", "an int of 0 or more, got True"),
        ("project", -1, "project index", "an int of 0 or more, or None, got -1"),
        ("project", "3", "project index", "an int of 0 or more, or None, got '3'"),
    ):
        with pytest.raises(InvalidValueError) as caught:
            PlanRow(kind=PlanRowKind.PROJECT, cells=(), **{field: bad})
        assert str(caught.value).startswith(f"PlanRow.{field} (")
        assert f": not a {noun}; expected {expected}" in str(caught.value)
    assert PlanRow(kind=PlanRowKind.PROJECT, cells=(), project=None).project is None
    with pytest.raises(
        InvalidValueError, match=r"FundPlan.rows\[0\].cells: not one cell per column"
    ):
        FundPlan(
            title="t",
            columns=[column],
            rows=[PlanRow(kind=PlanRowKind.PROJECT, cells=())],
            total=row,
        )
    with pytest.raises(InvalidValueError, match="a column key used twice"):
        FundPlan(title="t", columns=[column, column], rows=[], total=row)
    with pytest.raises(InvalidValueError, match="no columns"):
        FundPlan(title="t", columns=[], rows=[], total=row)
    plan = FundPlan(title="t", columns=[column], rows=[], total=row)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        plan.title = "u"  # type: ignore[misc]
    assert PlanRow(kind=PlanRowKind.PROJECT, cells=[PartialDate(2025)]).cells == (
        PartialDate(2025),
    )


# -- writers ------------------------------------------------------------------------------


def test_display_width_counts_wide_characters_twice() -> None:
    assert text_width("项目") == 4
    assert text_width("ab") == 2
    assert text_width("（1）") == 5  # full-width brackets, an ASCII digit
    assert text_width("e\u0301") == 1  # a combining accent takes no column
    assert _wrap("后三溪村发展民宿旅游，对现有院落", 8) == [
        "后三溪村",
        "发展民宿",
        "旅游，对",
        "现有院落",
    ]
    # A comma never starts a line: the character before it comes along.
    assert _wrap("新建便民服务中心，建筑面积", 8) == ["新建便民", "服务中", "心，建筑", "面积"]
    assert _wrap("a\nb", 5) == ["a", "b"]
    assert _wrap("", 5) == [""]


@pytest.mark.parametrize("name", NAMES)
def test_text_fits_a_width_and_columns_line_up(name: str) -> None:
    plan = fund_plan(samples.load(name))
    text = to_text(plan, width=120)
    lines = text.splitlines()
    rule = next(line for line in lines if line.startswith("-"))
    assert text.endswith("\n")
    assert all(line == line.rstrip() for line in lines)
    for line in lines[2:]:
        if line != plan.total_upper:
            assert text_width(line) <= max(text_width(rule), 120) or line.startswith(plan.title), (
                line
            )
    # Every column starts where its rule starts.
    starts = [i for i, char in enumerate(rule) if char == "-" and (i == 0 or rule[i - 1] == " ")]
    header = lines[2]
    position = 0
    cells = []
    for char in header:
        cells.append(position)
        position += text_width(char)
    assert cells[0] == starts[0]


def test_text_narrows_text_columns_to_the_width() -> None:
    plan = fund_plan(samples.load("liangjiang-pengshui-2020"))
    wide = to_text(plan)
    narrow = to_text(plan, width=150)
    assert max(text_width(line) for line in wide.splitlines()) > 150
    assert max(text_width(line) for line in narrow.splitlines()[2:]) <= 150
    assert "5,487" in narrow
    assert "合计（大写）：伍仟肆佰捌拾柒万元整" in narrow


def test_text_in_english_formats_numbers_and_dates_for_the_locale() -> None:
    plan = fund_plan(samples.load("binjiang-jianshi-2018"), section="attachment-1")
    text = to_text(plan, locale="en")
    assert "May 2018" in text
    assert "5,005" in text
    assert "项目名称" in text  # headings stay Chinese


def test_markdown_escapes_and_bolds() -> None:
    plan = FundPlan(
        title="a|b",
        columns=[
            PlanColumn(key="name", title="项目名称"),
            PlanColumn(key="amount", title="金额", money=True),
        ],
        rows=[PlanRow(kind=PlanRowKind.PROJECT, cells=("x|y*z\nw", Money.from_wan("0.5")))],
        total=PlanRow(kind=PlanRowKind.TOTAL, cells=("合计（1个）", Money.from_wan("0.5"))),
    )
    assert to_markdown(plan) == (
        "**a\\|b**\n\n| 项目名称 | 金额（万元） |\n| --- | ---: |\n"
        "| x\\|y\\*z<br>w | 0.5 |\n| **合计（1个）** | **0.5** |\n"
    )


def test_csv_has_a_bom_crlf_and_exact_plain_amounts() -> None:
    data = to_csv(fund_plan(samples.load("keqiao-ebian-2025")))
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header = rows[0]
    assert header[header.index("合计（万元）")] == "合计（万元）"
    total = rows[-1]
    assert total[0] == "合计"
    assert total[header.index("合计（万元）")] == "3952.310194"
    assert total[header.index("往年结余资金（万元）")] == "52.310194"
    assert all(len(row) == len(header) for row in rows)


def test_writers_refuse_what_is_not_a_plan() -> None:
    for writer in (to_text, to_markdown, to_csv, to_xlsx):
        with pytest.raises(InvalidTypeError, match="is not a FundPlan"):
            writer(samples.load("keqiao-ebian-2025"))  # type: ignore[arg-type]
    plan = fund_plan(samples.load("keqiao-ebian-2025"))
    with pytest.raises(InvalidValueError, match=r"to_text\(width=...\): not a line width"):
        to_text(plan, width=5)
    with pytest.raises(InvalidValueError, match=r"to_csv\(locale=...\): unknown locale"):
        to_csv(plan, locale="xx")


# -- Excel --------------------------------------------------------------------------------


def test_xlsx_without_openpyxl_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    plan = fund_plan(samples.load("keqiao-ebian-2025"))
    with pytest.raises(MissingDependencyError, match=r"pip install 'aidmodel\[excel\]'") as info:
        to_xlsx(plan)
    assert isinstance(info.value, ImportError)
    assert (info.value.module, info.value.extra) == ("openpyxl", "excel")


@pytest.mark.parametrize("name", NAMES)
def test_xlsx_reads_back_cell_by_cell(name: str) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from aidmodel._locales import parse_locale as _locale
    from aidmodel.fundplan import _cell_text

    plan = fund_plan(samples.load(name))
    data = to_xlsx(plan)
    assert data == to_xlsx(plan)  # the same bytes every time
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    count = len(plan.columns)
    grouped = any(c.group for c in plan.columns)
    first = 4 if grouped else 3
    assert sheet.cell(row=1, column=1).value == plan.title
    merged = {str(r) for r in sheet.merged_cells.ranges}
    last_letter = openpyxl.utils.get_column_letter(count)
    if count > 1:
        assert f"A1:{last_letter}1" in merged
    assert sheet.freeze_panes == f"A{first}"
    for index, column in enumerate(plan.columns, start=1):
        header_row = 3 if grouped and column.group else 2
        assert sheet.cell(row=header_row, column=index).value == column.title + (
            "（万元）" if column.money else ""
        )
        if grouped and not column.group:
            assert (
                f"{openpyxl.utils.get_column_letter(index)}2:{openpyxl.utils.get_column_letter(index)}3"
                in merged
            )
    locale = _locale("zh_CN", "test")
    for offset, row in enumerate([*plan.rows, plan.total]):
        for index, value in enumerate(row.cells, start=1):
            cell = sheet.cell(row=first + offset, column=index)
            if isinstance(value, Money):
                assert Decimal(repr(cell.value)) == value.to_wan(), (offset, index)
                assert cell.number_format == XLSX_NUMBER_FORMAT
            elif value is None:
                assert cell.value is None
            else:
                assert cell.value == _cell_text(value, locale)
            assert cell.font.bold == (row.kind is not PlanRowKind.PROJECT)
    after = first + len(plan.rows) + 1
    if plan.total_upper is None:
        assert sheet.max_row == after - 1
    else:
        assert sheet.max_row == after
        assert sheet.cell(row=after, column=1).value == plan.total_upper


def test_xlsx_groups_the_money_split_under_one_heading() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    plan = fund_plan(samples.load("binjiang-jianshi-2018"), section="attachment-1")
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(plan))).active
    keys = [c.key for c in plan.columns]
    start, end = keys.index("amount") + 1, keys.index("source:a1-self") + 1
    letter = openpyxl.utils.get_column_letter
    assert f"{letter(start)}2:{letter(end)}2" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.cell(row=2, column=start).value == "项目资金安排（万元）"


def test_xlsx_keeps_more_digits_than_excel_as_text() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    huge = Money.from_yuan("1234567890123456.78")
    plan = FundPlan(
        title="t",
        columns=[PlanColumn(key="amount", title="金额", money=True)],
        rows=[PlanRow(kind=PlanRowKind.PROJECT, cells=(huge,))],
        total=PlanRow(kind=PlanRowKind.TOTAL, cells=(huge,)),
    )
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(plan))).active
    assert sheet.cell(row=3, column=1).value == "123456789012.345678"
    assert sheet.max_row == 4  # no uppercase line without an amount
