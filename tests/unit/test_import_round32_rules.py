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


def test_a_space_aligned_table_keyed_by_place_and_parts_of_each_place() -> None:
    # 县区 | 结对区 | 下达资金 | sources | 项目个数 set with spaces, no 序号; the attachment's
    # parts 一、甲县（结对地区：…） list each place's projects with their shares, each drawn on
    # the place's source of that name or kind.
    result = parse_plan(
        _text(
            "丙市财政局关于下达2026年第二批东西部协作资金的通知",
            "甲县、乙县财政局：",
            "    现将2026年第二批东西部协作资金下达给你们（单位：万元）：",
            "县区    结对区      下达资金  省财政援助资金  结对区帮扶资金  项目个数",
            "甲县    丁区        300       250             50              2",
            "乙县    戊区        200       180             20              1",
            "合计                500       430             70              3",
            "    附件：项目清单",
            "附件",
            "一、甲县（结对地区：丁区）",
            "（1）甲县茶园项目：200万元（省财政援助资金170万元、丁区帮扶资金30万元），实施单位：甲县农业农村局。",
            "（2）甲县道路项目：100万元（省财政援助资金80万元、丁区帮扶资金20万元），实施单位：甲县交通运输局。",
            "二、乙县（结对地区：戊区）",
            "（1）乙县冷库项目：200万元（省财政援助资金180万元、戊区帮扶资金20万元），实施单位：乙县商务局。",
        )
    )
    first, second = result.programmes
    assert [(p.recipient.name, p.donor.name, p.declared_total) for p in (first, second)] == [  # type: ignore[union-attr]
        ("甲县", "丁区", Money.from_wan(300)),
        ("乙县", "戊区", Money.from_wan(200)),
    ]
    assert [p.name for p in first.projects] == ["甲县茶园项目", "甲县道路项目"]
    keys = [s.key for s in first.fund_sources]
    assert [[share.source for share in p.funding] for p in first.projects] == [keys, keys]
