"""The importer on plans whose donor is named only as 甲与乙 in the body, and on tables
flattened one cell per line with neither a tab nor a blank line between cells and rows
(rows found by their 序号 and the header's width), with a 类别 written only on the first
row of its group (a merged cell)."""

from __future__ import annotations

import pytest

from aidmodel.importers import parse_plan
from import_support import one as _one
from import_support import parse_lines as _import


@pytest.mark.parametrize(
    ("sentence", "donor", "full"),
    [
        ("根据浙江省宁波市北仑区与四川省凉山州喜德县结对协议，", "北仑区", "浙江省宁波市北仑区"),
        ("按照江苏省苏州市及贵州省铜仁市甲县的协作安排，", "苏州市", "江苏省苏州市"),
    ],
)
def test_a_body_naming_donor_and_recipient_joined_by_yu_gives_the_first_as_donor(
    sentence: str, donor: str, full: str
) -> None:
    recipient = "喜德县" if "喜德县" in sentence else "甲县"
    programme = _one(
        _import(
            f"{recipient}2024年东西部协作项目计划",
            f"{sentence}2024年安排资金10万元，实施项目1个。",
            "一、项目",
            "1.甲项目。投入资金10万元，建设冷库1座。",
        )
    )
    assert (programme.donor.name, programme.donor.full_name) == (donor, full)
    assert programme.recipient.name == recipient


def _cells(*rows: tuple[str, ...]) -> list[str]:
    return [cell for row in rows for cell in row]


_HEADER = ("序号", "类型", "项目名称", "实施地点", "帮扶资金", "责任单位", "备注")


def _plan(*rows: tuple[str, ...]) -> str:
    return "\n".join(
        [
            "乙县2025年东西部协作资金项目计划",
            "根据江苏省甲市甲区与乙县协作安排，2025年安排帮扶资金60万元，实施项目3个，"
            "其中产业类项目2个、就业类项目1个。",
            "附件",
            "乙县2025年东西部协作资金项目计划表",
            "单位：万元",
            *_cells(_HEADER, *rows),
        ]
    )


def test_a_table_one_cell_per_line_without_tabs_is_read_by_its_numbers_and_width() -> None:
    text = _plan(
        ("总计", "", "3个", "", "60", "", ""),
        ("1", "产业类", "甲村茶厂项目", "甲镇", "30", "县农业农村局", "续建"),
        ("2", "", "乙村冷库", "项目", "乙镇", "20", "乙镇人民政府", "新建"),
        ("3", "就业类", "务工补贴", "全县", "10", "县人社局", ""),
    )
    programme = _one(parse_plan(text))
    got = [
        (p.number, p.name, p.amount.to_wan(), p.category, p.locations, p.units, p.status)
        for p in programme.projects
    ]
    assert [(n, name, str(a), c, loc) for n, name, a, c, loc, _, _ in got] == [
        ("1", "甲村茶厂项目", "30", "产业类", ("甲镇",)),
        ("2", "乙村冷库项目", "20", "产业类", ("乙镇",)),
        ("3", "务工补贴", "10", "就业类", ("全县",)),
    ]
    assert [None if s is None else s.value for *_, s in got] == ["continued", "new", None]
    sections = [(s.title, s.declared_count) for s in programme.walk_sections()]
    assert ("产业类", 2) in sections
    assert ("就业类", 1) in sections


def test_a_category_written_on_every_row_makes_no_merged_groups() -> None:
    """Only a 类别 left empty below its first row is carried down; rows that write their own
    category keep it (and a row with none stays without one)."""
    text = _plan(
        ("1", "产业类", "甲村茶厂项目", "甲镇", "30", "县农业农村局", ""),
        ("2", "产业类", "乙村冷库项目", "乙镇", "20", "乙镇人民政府", ""),
        ("3", "就业类", "务工补贴", "全县", "10", "县人社局", ""),
    )
    programme = _one(parse_plan(text))
    assert [p.category for p in programme.projects] == ["产业类", "产业类", "就业类"]
