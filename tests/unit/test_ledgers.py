"""Office ledgers in CSV and Excel read into a Ledger (aidmodel.importers.ledgers)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from aidmodel import (
    EventKind,
    InvalidTypeError,
    Money,
    Programme,
    Project,
    SourceError,
    parse_ledger,
    read_ledger,
)

PLAN = Programme(
    title="测试计划",
    projects=[
        Project(number="1.", name="五渡镇新茶村产业提升项目", amount=Money.from_wan(66)),
        Project(number="2.", name="农村危房改造", amount=Money.from_wan(58)),
        Project(number="（3）", name="农村危房改造", amount=Money.from_wan(10)),
    ],
)
HEADER = [
    "序号",
    "项目名称",
    "日期",
    "拨付金额（万元）",
    "支出金额（万元）",
    "进度",
    "凭证号",
    "备注",
]


def _summary(ledger_events: object) -> list[tuple[int, str, str, str | None]]:
    return [
        (e.project, e.kind.value, str(e.date), None if e.amount is None else str(e.amount.to_wan()))
        for e in ledger_events  # type: ignore[attr-defined]
    ]


def test_a_row_gives_each_event_it_records() -> None:
    rows = [
        ["峨边县2025年结对帮扶项目执行台账"],
        HEADER,
        ["1", "五渡镇新茶村产业提升项目", "2025-04-10", "33", "", "开工", "峨财农〔2025〕8号", ""],
        ["", "五渡镇新茶村产业提升项目", "2025/5/6", "", "20.5", "", "凭证031", "首笔"],
        ["2", "农村危房改造", "2025年6月", "58", "0", "已开工", "", ""],
        ["3", "农村危房改造", "2025.7", "", "", "已完工", "", ""],
        ["", "合计", "", "91", "20.5", "", "", ""],
        ["", "", "", "", "", "", "", ""],
    ]
    ledger = parse_ledger(rows, PLAN, source="台账.csv")
    assert ledger.programme == "测试计划"
    assert _summary(ledger.events) == [
        (0, "released", "2025-04-10", "33"),
        (0, "started", "2025-04-10", None),
        (0, "spent", "2025-05-06", "20.5"),
        (1, "released", "2025-06", "58"),
        (1, "started", "2025-06", None),
        (2, "completed", "2025-07", None),
    ]
    assert ledger.events[0].document == "峨财农〔2025〕8号"
    assert ledger.events[2].note == "首笔"
    assert [e.provenance.line_start for e in ledger.events if e.provenance] == [3, 3, 4, 5, 5, 6]


@pytest.mark.parametrize(
    ("header", "unit", "line", "yuan"),
    [
        ("拨付金额（万元）", None, None, "330000.00"),
        ("拨付金额(元)", None, None, "33.00"),
        ("拨付金额 元", None, None, "33.00"),
        ("拨付金额", None, "单位：万元", "330000.00"),
        ("拨付金额", "元", None, "33.00"),
        ("拨付金额（元）", "万元", None, "33.00"),  # the header says it
    ],
)
def test_amounts_are_in_the_unit_the_header_says(
    header: str, unit: str | None, line: str | None, yuan: str
) -> None:
    rows = [
        [line] if line else ["台账"],
        ["项目名称", "日期", header],
        ["农村危房改造", "2025-06", "33"],
    ]
    plan = Programme(title="t", projects=[Project(name="农村危房改造")])
    ledger = parse_ledger(rows, plan, unit=unit)  # type: ignore[arg-type]
    assert ledger.events[0].amount == Money.from_yuan(yuan)


def test_a_money_column_of_unknown_unit_is_an_error() -> None:
    rows = [["项目名称", "日期", "支出金额"], ["农村危房改造", "2025-06", "33"]]
    with pytest.raises(
        SourceError,
        match=r"a\.csv, line 1, column 3: an amount column without its unit; expected 元 or 万元",
    ):
        parse_ledger(rows, PLAN, source="a.csv")


def test_unmatched_rows_are_named_with_their_lines() -> None:
    rows = [
        HEADER,
        ["1", "五渡镇新茶村产业提升项目", "2025-04", "1", "", "", "", ""],
        ["9", "不存在的项目", "2025-04", "1", "", "", "", ""],
        ["", "农村危房改造", "2025-04", "1", "", "", "", ""],  # two projects of this name
    ]
    with pytest.raises(SourceError, match=r"line 3: 2 rows name no project") as caught:
        parse_ledger(rows, PLAN)
    assert caught.value.line == 3
    assert (
        "line 3 '不存在的项目' (no such project), "
        "line 4 '农村危房改造' (2 projects of this name; give its number)"
    ) in str(caught.value)


def test_projects_are_matched_by_name_or_number() -> None:
    rows = [
        ["序号", "项目名称", "日期", "支出金额（元）"],
        ["（3）", "农村危房改造", "2025-04", "1"],  # the name twice in the plan: its number
        ["2", "", "2025-04", "2"],  # the number alone
        ["1", "新茶村项目", "2025-04", "3"],  # a name the plan does not have, a number it does
        ["", "五渡镇新茶村 产业提升项目", "2025-04", "4"],  # spaces are not compared
    ]
    assert [e.project for e in parse_ledger(rows, PLAN).events] == [2, 1, 0, 0]


def test_adjustments_and_hand_overs() -> None:
    rows = [
        [
            "项目名称",
            "日期",
            "调整前金额（万元）",
            "调整后金额（万元）",
            "进度",
            "移交对象",
            "文号",
        ],
        ["五渡镇新茶村产业提升项目", "2025-05-15", "66", "60", "", "", "峨边府办函〔2025〕45号"],
        [
            "五渡镇新茶村产业提升项目",
            "2025-09-20",
            "",
            "",
            "资产移交",
            "新茶村股份经济合作联合社",
            "",
        ],
    ]
    adjusted, handed = parse_ledger(rows, PLAN).events
    assert (adjusted.kind, adjusted.previous, adjusted.amount) == (
        EventKind.ADJUSTED,
        Money.from_wan(66),
        Money.from_wan(60),
    )
    assert adjusted.document == "峨边府办函〔2025〕45号"
    assert (handed.kind, handed.recipient) == (EventKind.HANDED_OVER, "新茶村股份经济合作联合社")


@pytest.mark.parametrize(
    ("cells", "match"),
    [
        (["2025-13-01", "1", ""], r"line 2, column 2: not a month; expected an int from 1 to 12"),
        (["九月", "1", ""], r"line 2, column 2: not a date of a day or a month; .* got '九月'"),
        (["", "1", ""], r"line 2, column 2: not a date"),
        (["2025", "1", ""], r"line 2, column 2: not a date of a day or a month"),
        (["2025-09", "abc", ""], r"line 2, column 3: .*got 'abc'"),
        (["2025-09", "-5", ""], r"line 2, column 3: a negative amount"),
        (["2025-09", "0.0000001", ""], r"line 2, column 3: finer than one fen"),
        (["2025-09", "", "76.9%"], r"line 2, column 4: not a milestone; expected 开工, 完工"),
    ],
)
def test_a_bad_cell_is_named_by_line_and_column(cells: list[str], match: str) -> None:
    rows = [["项目名称", "日期", "拨付金额（万元）", "进度"], ["农村危房改造", *cells]]
    plan = Programme(title="t", projects=[Project(name="农村危房改造")])
    with pytest.raises(SourceError, match=match):
        parse_ledger(rows, plan)


def test_no_header_and_a_wrong_programme_are_errors() -> None:
    with pytest.raises(SourceError, match="no header row; expected a row of column names"):
        parse_ledger([["项目", "金额"], ["x", "1"]], PLAN)
    with pytest.raises(SourceError, match="no header row"):
        parse_ledger([], PLAN)
    with pytest.raises(InvalidTypeError, match="parse_ledger: a str is not a Programme"):
        parse_ledger([HEADER], "测试计划")  # type: ignore[arg-type]


def test_read_a_csv_file_in_utf8_with_bom_gb18030_or_tabs(tmp_path: Path) -> None:
    lines = [
        "项目名称,日期,拨付金额（万元）",
        "农村危房改造,2025-06-16,58",
        "农村危房改造,2025-07,1.5",
    ]
    text = "\r\n".join(lines) + "\r\n"
    plan = Programme(title="t", projects=[Project(name="农村危房改造")])
    for name, data in (
        ("bom.csv", ("\ufeff" + text).encode("utf-8")),
        ("gbk.csv", text.encode("gb18030")),
        ("tabs.csv", text.replace(",", "\t").encode("utf-8")),
    ):
        (tmp_path / name).write_bytes(data)
        ledger = read_ledger(tmp_path / name, plan)
        assert [str(e.amount.to_wan()) for e in ledger.events if e.amount] == ["58", "1.5"]
        assert ledger.events[0].provenance is not None
        assert ledger.events[0].provenance.source == name


def test_read_an_excel_workbook_with_numbers_and_dates(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2025年项目执行台账"])
    sheet.append(["单位：万元"])
    sheet.append(["项目名称", "日期", "拨付金额", "支出金额", "进度"])
    sheet.append(["农村危房改造", dt.datetime(2025, 6, 16), 58, 12.3, "开工"])  # noqa: DTZ001
    sheet.append(["农村危房改造", "2025年8月", None, 0.1, None])
    path = tmp_path / "台账.xlsx"
    workbook.save(path)
    plan = Programme(title="t", projects=[Project(name="农村危房改造")])
    events = read_ledger(path, plan).events
    assert _summary(events) == [
        (0, "released", "2025-06-16", "58"),
        (0, "spent", "2025-06-16", "12.3"),
        (0, "started", "2025-06-16", None),
        (0, "spent", "2025-08", "0.1"),
    ]
    assert events[3].amount is not None
    assert events[3].amount.yuan == Decimal("1000.00")
    assert events[0].provenance is not None
    assert (events[0].provenance.source, events[0].provenance.line_start) == ("台账.xlsx", 4)


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"plan\.txt: unknown file type '\.txt'"):
        read_ledger(tmp_path / "plan.txt", PLAN)
    with pytest.raises(SourceError, match=r"gone\.xlsx: no such file"):
        read_ledger(tmp_path / "gone.xlsx", PLAN)
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(SourceError, match=r"bad\.xlsx: not an Excel workbook"):
        read_ledger(tmp_path / "bad.xlsx", PLAN)
    (tmp_path / "bad.csv").write_bytes(b"\xff\xfe\xfa\x00\x81")
    with pytest.raises(SourceError, match=r"bad\.csv"):
        read_ledger(tmp_path / "bad.csv", PLAN)
