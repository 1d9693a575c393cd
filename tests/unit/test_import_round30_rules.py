"""Rules of the importer that round 30 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_unit_line_set_with_tabs_and_categories_with_their_subtotal_in_the_next_cell() -> None:
    # \t\t\t单位：元 over the header (tabbed, no row of the table); 一、X类 | 小计（N个） | … rows.
    result = parse_plan(
        _text(
            "甲县2026年援藏项目资金计划表",
            "\t\t\t单位：元",
            "序号\t项目名称\t援藏资金\t实施单位",
            "\t合计（3个）\t3,000,000.00\t",
            "一、民生类\t小计（2个）\t2,000,000.00\t",
            "1\t乙乡供暖项目\t1,200,000.00\t甲县住建局",
            "2\t丙乡卫生院项目\t800,000.00\t甲县卫健委",
            "二、产业类\t小计（1个）\t1,000,000.00\t",
            "3\t丁镇暖棚项目\t1,000,000.00\t甲县农业农村局",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("乙乡供暖项目", Money.from_yuan("1200000")),
        ("丙乡卫生院项目", Money.from_yuan("800000")),
        ("丁镇暖棚项目", Money.from_yuan("1000000")),
    ]
    parts = {s.title: (s.declared_count, s.declared_amount) for s in programme.walk_sections()}
    assert parts["民生类"] == (2, Money.from_wan(200))
    assert reconcile(programme) == ()


def test_an_allocation_line_per_county_in_yuan_with_thousands_separators() -> None:
    # 1．崇信县3,000,000元（乙市丙区结对），其中…: the separator inside the figure ends no title.
    result = parse_plan(
        _text(
            "平凉市财政局关于下达2026年第一批东西部协作资金的通知",
            "崇信县、灵台县财政局：",
            "　　现下达你们2026年第一批东西部协作资金5,000,000元，用于4个项目。各县分配如下：",
            "　　1．崇信县3,000,000元（乙市丙区结对），其中乙省财政援助资金2,500,000元、丙区帮扶资金500,000元，项目2个。",
            "　　2．灵台县2,000,000元（乙市己区结对），其中乙省财政援助资金1,600,000元、己区帮扶资金400,000元，项目2个。",
        )
    )
    got = [
        (p.recipient.name if p.recipient else None, p.declared_total, p.declared_project_count)
        for p in result.programmes
    ]
    assert got == [
        ("崇信县", Money.from_wan(300), 2),
        ("灵台县", Money.from_wan(200), 2),
    ]


def test_an_adjustment_notice_whose_plan_after_it_is_a_table_alone() -> None:
    # The notice's items tell the changes (原安排…80万元全部收回); its 调整后 sentence gives the
    # adjusted plan's totals; the attachment, the adjusted plan, is a table alone.
    result = parse_plan(
        _text(
            "甲县发展和改革委员会关于调整甲县2026年援疆项目计划的通知",
            "各乡镇：",
            "　　一是取消乙村市场项目，原安排援疆资金80万元全部收回。",
            "　　二是新增丙镇饮水项目，安排援疆资金80万元。",
            "　　调整后，2026年援疆项目仍为2个，援疆资金总额300万元不变。",
            "附件",
            "甲县2026年援疆项目计划（调整后）",
            "序号\t项目名称\t实施单位\t援疆资金（万元）",
            "1\t丁镇暖棚项目\t丁镇人民政府\t220",
            "2\t丙镇饮水项目\t甲县水利局\t80",
            "合计\t\t\t300",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(300)
    assert programme.declared_project_count == 2
    assert reconcile(programme) == ()


def test_items_name_dash_content_and_a_closing_bracket_of_money_unit_and_month() -> None:
    # （1）X项目——新建…。（协作资金200万元，甲县林业局，2026年9月）: the dash ends the name, the
    # closing bracket gives the money, the unit and the deadline.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目实施方案",
            "　　2026年安排东西部协作资金300万元，安排项目2个。",
            "一、项目安排",
            "（1）乙村油茶基地项目——改造油茶林600亩。（协作资金200万元，甲县林业局，2026年9月）",
            "（2）丙镇冷链项目——新建冷库1座。（协作资金100万元，丙镇人民政府，2026年11月）",
        )
    )
    (programme,) = result.programmes
    got = [(p.name, p.amount, p.units, str(p.deadline)) for p in programme.projects]
    assert got == [
        ("乙村油茶基地项目", Money.from_wan(200), ("甲县林业局",), "2026-09"),
        ("丙镇冷链项目", Money.from_wan(100), ("丙镇人民政府",), "2026-11"),
    ]
    assert reconcile(programme) == ()


def test_a_project_to_be_done_by_the_years_end() -> None:
    # …，由县商务局负责，年底前建成。: the deadline is the plan's year's last month.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作工作要点",
            "　　2026年乙区安排协作资金100万元，实施项目1个。",
            "一、项目建设",
            "　　1．甲县电商中心项目（100万元）：建设电商中心1处，由甲县商务局负责，年底前建成。",
        )
    )
    (programme,) = result.programmes
    assert [str(p.deadline) for p in programme.projects] == ["2026-12"]


def test_the_schemes_projects_counted_without_a_year() -> None:
    # 调整后，援藏项目仍为3个: the scheme's projects, all of them, no category.
    result = parse_plan(
        _text(
            "甲县2026年援藏项目计划",
            "　　调整后，援藏项目仍为2个，援藏资金总额300万元不变。",
            "序号\t项目名称\t援藏资金（万元）",
            "1\t乙村暖棚项目\t200",
            "2\t丙乡饮水项目\t100",
        )
    )
    (programme,) = result.programmes
    assert (programme.declared_project_count, programme.declared_total) == (2, Money.from_wan(300))
