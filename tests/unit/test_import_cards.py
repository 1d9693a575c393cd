"""Tables written as cards (one ``label：value`` line a cell, one block a row), in wording
none of the round documents uses: the stage alone, then a plan read through it."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan
from aidmodel.importers._cards import card_tables
from aidmodel.importers._lines import split_lines

_CARDS = "\n".join(
    [
        "丁县2025年沪滇协作项目公示",
        "2025年戊区安排丁县沪滇协作资金共计200万元。计划实施项目3个。",
        "项目清单如下：",
        "编号：1",
        "项目名称：甲村咖啡初加工厂项目",
        "实施地点：甲村",
        "投资金额（万元）：90",
        "责任单位：甲镇人民政府",
        "",
        "编号：2",
        "项目名称：乙村道路硬化项目",
        "建设内容：硬化道路3公里，",
        "  配套排水沟3公里",
        "投资金额（万元）：60",
        "责任单位：县交通运输局",
        "完成时间：2025年11月",
        "",
        "编号：3",
        "项目名称：技能培训项目",
        "投资金额（万元）：50",
        "责任单位：县人力资源和社会保障局",
    ]
)


def test_the_cards_become_one_table_with_every_label_as_a_column() -> None:
    lines = card_tables(split_lines(_CARDS))
    header = lines[3]
    assert header.raw.split("\t") == [
        "编号",
        "项目名称",
        "实施地点",
        "投资金额（万元）",
        "责任单位",
        "建设内容",
        "完成时间",
    ]
    # No blank line above the first card: the header takes its first line, its row the next.
    assert lines[4].raw.split("\t")[:2] == ["1", "甲村咖啡初加工厂项目"]
    second = lines[9]
    assert second.raw.split("\t") == [
        "2",
        "乙村道路硬化项目",
        "",
        "60",
        "县交通运输局",
        "硬化道路3公里，配套排水沟3公里",  # the wrapped value joined
        "2025年11月",
    ]
    # Each cell keeps the line it was written on.
    assert second.number_at(second.text.index("60")) == 14
    assert all(line.blank for line in lines[10:16])


def test_a_plan_of_cards_gives_its_projects_and_its_findings() -> None:
    result = parse_plan(_CARDS)
    (programme,) = result.programmes
    got = [(p.number, p.name, p.amount, p.units) for p in programme.projects]
    assert got == [
        ("1", "甲村咖啡初加工厂项目", Money.from_wan(90), ("甲镇人民政府",)),
        ("2", "乙村道路硬化项目", Money.from_wan(60), ("县交通运输局",)),
        ("3", "技能培训项目", Money.from_wan(50), ("县人力资源和社会保障局",)),
    ]
    assert str(programme.projects[1].deadline) == "2025-11"
    assert reconcile(programme) == ()
    two = _CARDS.replace("计划实施项目3个", "计划实施项目4个")
    (programme,) = parse_plan(two).programmes
    assert [f.kind.value for f in reconcile(programme)] == ["project_count"]


def test_blocks_without_a_number_are_no_cards() -> None:
    # Field lines under a numbered heading are a project's fields, not a table row.
    text = "1.甲项目\n项目名称：甲项目\n资金：20万元\n\n2.乙项目\n项目名称：乙项目\n资金：30万元"
    assert card_tables(split_lines(text)) == split_lines(text)
    # One card alone is no table.
    one = "序号：1\n项目名称：甲项目\n资金规模（万元）：20"
    assert card_tables(split_lines(one)) == split_lines(one)
