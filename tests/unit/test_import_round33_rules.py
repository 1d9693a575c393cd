"""Rules of the importer that round 33 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_items_without_numbers_each_a_paragraph_opening_with_its_name() -> None:
    # （一）X类（2个，300万元） / 甲项目。…安排资金200万元，… / 乙项目。…: the numbers Word lost.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目实施方案",
            "　　2026年乙区安排甲县协作资金300万元，实施项目2个。",
            "　　（一）产业类（2个，300万元）",
            "　　丙镇茶园提升项目。提升茶园800亩。安排协作资金200万元，由丙镇人民政府负责实施。",
            "　　丁村冷库建设项目。新建冷库1座。安排协作资金100万元，由甲县商务局负责实施。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount, p.units) for p in programme.projects] == [
        ("丙镇茶园提升项目", Money.from_wan(200), ("丙镇人民政府",)),
        ("丁村冷库建设项目", Money.from_wan(100), ("甲县商务局",)),
    ]
