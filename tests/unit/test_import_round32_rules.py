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


def test_the_adjusted_plan_of_a_pair_of_short_names_declares_the_totals() -> None:
    # 调整后，甲乙南北挂钩合作项目仍为2个，资金总额… (two short names joined by a dash before
    # the scheme's words): the adjusted plan's count and total, not a category of it; a
    # source named with a bracket inside (结对镇（街道）帮扶资金) keeps it.
    result = parse_plan(
        _text(
            "甲县发展和改革委员会",
            "关于调整2026年乙丘—甲县南北挂钩合作项目计划的通知",
            "各有关镇人民政府：",
            "　　一、调整事项",
            "　　（一）丙镇项目资金由200万元调减为150万元，调减的50万元调入丁村项目。",
            "　　二、调整后情况",
            "　　调整后，2026年乙丘—甲县南北挂钩合作项目仍为2个，资金总额300万元不变，其中乙丘区财政"
            "帮扶资金250万元、结对镇（街道）帮扶资金50万元。",
            "附件",
            "序号\t项目名称\t资金（万元）\t实施单位",
            "1\t丙镇项目\t150\t丙镇人民政府",
            "2\t丁村项目\t150\t丁村村民委员会",
        )
    )
    (programme,) = result.programmes
    assert (programme.declared_total, programme.declared_project_count) == (
        Money.from_wan(300),
        2,
    )
    assert [s.label for s in programme.fund_sources] == [
        "乙丘区财政帮扶资金",
        "结对镇（街道）帮扶资金",
    ]


def test_tong_chou_an_pai_counts_the_plans_projects() -> None:
    # …，统筹安排项目3个。2025年两地共实施协作项目5个…: the plan's count (统筹安排), not a
    # category; the past year's count is none of it.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目实施方案",
            "　　2026年，乙区帮助我县落实协作资金300万元，统筹安排项目3个。2025年两地共实施"
            "协作项目5个、落实协作资金280万元。",
            "　　1.丙镇项目，安排资金100万元。",
            "　　2.丁镇项目，安排资金100万元。",
            "　　3.戊镇项目，安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_project_count == 3


def test_batches_of_payment_split_the_total_again_and_are_no_sources() -> None:
    # …总计300万元，其中省级资金250万元、区级资金50万元。资金分两批拨付：第一批200万元…，第二批
    # 100万元…: the sources are the first split; the batches are not added to them.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作资金项目计划",
            "　　2026年东西部协作资金总计300万元，其中省级财政援助资金250万元、乙区帮扶资金50万元，"
            "安排项目1个。资金分两批拨付：第一批200万元已到位，第二批100万元待到位后拨付。",
            "　　1.丙镇道路项目，安排资金300万元。",
        )
    )
    (programme,) = result.programmes
    assert [s.label for s in programme.fund_sources] == ["省级财政援助资金", "乙区帮扶资金"]


def test_categories_named_in_lenticular_brackets_hold_the_items_below() -> None:
    # 【产业类】2个项目，300万元 over （1）（2）: a part with no number of its own, its count
    # and money declared after the brackets.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目实施方案",
            "　　2026年乙区安排甲县协作资金400万元，实施项目3个。",
            "　　二、项目安排",
            "　　【产业类】2个项目，300万元",
            "　　（1）丙镇茶园项目：提升茶园800亩，安排资金200万元。",
            "　　（2）丁镇果园项目：提升果园500亩，安排资金100万元。",
            "　　【民生类】1个项目，100万元",
            "　　（3）戊村供水项目：铺设管网5公里，安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    parts = [s for s in programme.walk_sections() if s.title in ("产业类", "民生类")]
    assert [(s.number, s.declared_count, s.declared_amount) for s in parts] == [
        (None, 2, Money.from_wan(300)),
        (None, 1, Money.from_wan(100)),
    ]
    assert [p.section for p in programme.projects] == [parts[0].id, parts[0].id, parts[1].id]
