"""Rules of the importer that round 29 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_the_investment_of_a_later_sentence_and_its_parts_are_no_sources() -> None:
    # 安排…资金300万元，其中…。项目总投资420万元，其中协作资金300万元、县级配套资金120万元:
    # the second sentence splits the investment, not the plan's money.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目实施方案",
            "　　2026年我县安排东西部协作资金300万元，其中乙省财政援助资金250万元、丙市帮扶资金50万元，"
            "实施项目1个。项目总投资420万元，其中东西部协作资金300万元、县级配套资金120万元。",
            "一、项目安排",
            "1.丁镇冷库项目。安排协作资金300万元。",
        )
    )
    (programme,) = result.programmes
    assert [(s.label, s.amount) for s in programme.fund_sources if s.in_total] == [
        ("乙省财政援助资金", Money.from_wan(250)),
        ("丙市帮扶资金", Money.from_wan(50)),
    ]
    # The 配套 beside the aid in the investment is money outside the plan's total.
    assert [s.amount for s in programme.fund_sources if not s.in_total] == [Money.from_wan(120)]
    assert reconcile(programme) == ()


def test_a_notice_whose_plan_is_a_table_alone_gives_the_totals_in_its_paragraph() -> None:
    # 关于印发…计划的通知: the notice's paragraph declares the money, its split and the count;
    # the attachment is the plan's table and nothing else.
    result = parse_plan(
        _text(
            "甲县财政局",
            "关于印发甲县2026年乙市援疆资金项目计划的通知",
            "各乡镇：",
            "　　2026年乙市援疆资金共300万元，其中乙省援疆资金200万元、乙市市级援疆资金100万元，安排项目2个。",
            "　　附件：甲县2026年乙市援疆资金项目计划",
            "甲县财政局",
            "2026年3月1日",
            "附件",
            "甲县2026年乙市援疆资金项目计划",
            "单位：元",
            "序号\t项目名称\t实施单位\t援疆资金",
            "1\t丙镇大棚项目\t丙镇人民政府\t2000000",
            "2\t丁村道路项目\t甲县交通运输局\t1200000",
            "合计\t\t\t3200000",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(300)
    assert programme.declared_project_count == 2
    assert sorted(s.amount for s in programme.fund_sources if s.amount) == [
        Money.from_wan(100),
        Money.from_wan(200),
    ]
    assert [f.kind.value for f in reconcile(programme)] == ["projects_vs_total"]


def test_the_last_source_column_is_the_last_declared_source() -> None:
    # 其中：乙省财政援助资金 | 结对县（市、区）帮扶资金 beside the declared 乙省财政援助资金 and
    # 丙区帮扶资金 (no ending in common long enough to tell, no 合计 to match):
    # the second column draws on the second source.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目计划",
            "　　2026年安排资金300万元，其中乙省财政援助资金240万元、丙区帮扶资金60万元，项目2个。",
            "单位：万元",
            "序号\t项目名称\t下达资金\t其中：乙省财政援助资金\t结对县（市、区）帮扶资金",
            "1\t丁村茶园项目\t200\t200\t0",
            "2\t戊镇培训项目\t100\t40\t60",
        )
    )
    (programme,) = result.programmes
    keys = {s.label: s.key for s in programme.fund_sources}
    second = programme.projects[1]
    assert [(f.source, f.amount) for f in second.funding] == [
        (keys["乙省财政援助资金"], Money.from_wan(40)),
        (keys["丙区帮扶资金"], Money.from_wan(60)),
    ]
    assert reconcile(programme) == ()


def test_category_rows_under_a_one_row_header_and_a_plan_handed_down_by_its_name() -> None:
    # | 产业类 | | … under the header is a category, not the header's second row; the notice hands
    # down the plan by its name without book marks (现将…项目计划下达给你们).
    result = parse_plan(
        _text(
            "甲县发展和改革局",
            "关于下达2026年乙区结对帮扶甲县项目计划的通知",
            "各乡镇：",
            "　　现将2026年乙区结对帮扶甲县项目计划下达给你们。2026年乙区安排结对帮扶资金300万元，实施项目2个。",
            "附件",
            "序号\t项目名称\t建设地点\t帮扶资金（万元）\t责任单位",
            "\t产业类\t\t\t",
            "1\t丙镇蘑菇大棚项目\t丙镇\t200\t丙镇人民政府",
            "\t产业类小计\t\t200\t",
            "\t民生类\t\t\t",
            "2\t丁村饮水项目\t丁村\t100\t甲县水务局",
            "\t民生类小计\t\t100\t",
            "\t总计\t\t300\t",
        )
    )
    (programme,) = result.programmes
    assert programme.title == "2026年乙区结对帮扶甲县项目计划"
    assert programme.donor is not None
    assert programme.donor.name == "乙区"
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("丙镇蘑菇大棚项目", Money.from_wan(200)),
        ("丁村饮水项目", Money.from_wan(100)),
    ]
    assert reconcile(programme) == ()
