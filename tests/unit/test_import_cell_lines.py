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


def test_an_abbreviation_between_a_fund_and_its_amount_keeps_the_fund() -> None:
    """补助资金（以下简称X）480万元: the label stands before the bracketed abbreviation."""
    programme = _one(
        _import(
            "甲县2025年东西部协作项目计划",
            "根据江苏省乙市与甲县协作协议，2025年安排资金150万元，其中：省级财政专项补助资金"
            "（简称专项资金）100万元，东西部协作资金50万元。共安排项目1个，涉及3个乡镇。",
            "一、项目",
            "1.甲项目。投入资金150万元，建设冷库1座。",
        )
    )
    assert [(f.label, str(f.amount.to_wan())) for f in programme.fund_sources] == [
        ("省级财政专项补助资金", "100"),
        ("东西部协作资金", "50"),
    ]
    assert programme.declared_project_count == 1


def test_a_three_line_header_with_named_subtotals_gives_sections_and_sources() -> None:
    """资金（元） over 合计 and 来源, 来源 over 甲资金 / 乙资金; 'X村小计' closes the group X
    of the 所在乡镇 column; a source column whose 合计 is a declared fund draws on it."""
    rows = [
        "序号\t所在乡镇\t项目名称\t资金（元）\t\t\t完成时限",
        "\t\t\t合计\t来源\t\t",
        "\t\t\t\t专项资金\t协作资金\t",
        "1\t东村\t东村冷库项目\t1,000,000.00\t600,000.00\t400,000.00\t2025年9月",
        "\t东村小计\t\t1,000,000.00\t600,000.00\t400,000.00\t",
        "2\t西村\t西村道路项目\t500,000.00\t400,000.00\t100,000.00\t2025年10月",
        "3\t西村\t西村水池项目\t300,000.00\t300,000.00\t\t2025年10月",
        "\t西村小计\t\t800,000.00\t700,000.00\t100,000.00\t",
        "总计\t\t3个\t1,800,000.00\t1,300,000.00\t500,000.00\t",
    ]
    result = _import(
        "甲县2025年东西部协作项目计划",
        "根据江苏省乙市与甲县协作协议，2025年安排资金180万元，其中：专项补助资金"
        "（以下简称专项资金）130万元，东西部协作资金50万元。",
        "附表",
        "甲县2025年项目计划表",
        *rows,
    )
    programme = _one(result)
    sections = {s.title: s for s in programme.walk_sections()}
    assert str(sections["东村"].declared_amount.to_wan()) == "100"
    assert [str(f.amount.to_wan()) for f in sections["西村"].declared_funding] == ["70", "10"]
    assert [(p.name, p.locations) for p in programme.projects] == [
        ("东村冷库项目", ("东村",)),
        ("西村道路项目", ("西村",)),
        ("西村水池项目", ("西村",)),
    ]
    keys = {f.key for f in programme.fund_sources}
    assert {share.source for p in programme.projects for share in p.funding} <= keys
    assert len(programme.fund_sources) == 2
    assert not [w for w in result.warnings if "no name" in w.message]
