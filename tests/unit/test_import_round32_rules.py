"""Rules of the importer that round 32 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, PartialDate
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_items_counted_in_words_are_projects() -> None:
    # 第一项　X项目。…: items numbered 第N项 and set off by a space.
    result = parse_plan(
        _text(
            "甲县2026年乙市援疆项目计划",
            "　　2026年安排援疆资金300万元，实施援疆项目2个。",
            "　　（一）产业类项目（2个，援疆资金300万元）",
            "　　第一项　丙镇红枣加工项目。安排援疆资金200万元。建设单位：丙镇人民政府。建设周期：2026年全年。",
            "　　第二项　丁乡温室项目。安排援疆资金100万元。建设单位：丁乡人民政府。",
        )
    )
    (programme,) = result.programmes
    assert [(p.number, p.name, p.amount) for p in programme.projects] == [
        ("第一项", "丙镇红枣加工项目", Money.from_wan(200)),
        ("第二项", "丁乡温室项目", Money.from_wan(100)),
    ]
    # 建设周期：2026年全年: the year through its last month.
    assert programme.projects[0].deadline == PartialDate(2026, 12)


def test_a_list_with_dot_leaders_and_the_unit_in_brackets() -> None:
    # 1．X项目（U）…………260万元, as a table of contents is set; 合计……300万元 is no target.
    result = parse_plan(
        _text(
            "甲县2026年乙区对口帮扶项目清单",
            "　　2026年乙区安排甲县对口帮扶资金300万元，实施项目2个。",
            "一、产业项目（2个）",
            "1．丙镇茶园提升项目（丙镇人民政府）…………………………200万元",
            "2．丁村冷库项目（甲县商务局）……………………………………100万元",
            "合计…………………………………………………………………………300万元",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount, p.units, p.commitments) for p in programme.projects] == [
        ("丙镇茶园提升项目", Money.from_wan(200), ("丙镇人民政府",), ()),
        ("丁村冷库项目", Money.from_wan(100), ("甲县商务局",), ()),
    ]
