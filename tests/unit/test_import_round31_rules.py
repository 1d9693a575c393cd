"""Rules of the importer that round 31 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_notice_that_publishes_the_plan_is_the_plan() -> None:
    # 关于公布…项目计划的通知 (公布, 发布 as 下达 and 印发 are): the notice is the plan.
    result = parse_plan(
        _text(
            "甲县农业农村局",
            "关于公布乙集团2026年定点帮扶甲县项目计划的通知",
            "各乡镇：",
            "　　2026年乙集团投入帮扶资金300万元，实施项目2个。现将项目计划公布如下：",
            "　　1、丙镇蔬菜大棚项目，投入帮扶资金200万元，由丙镇人民政府实施。",
            "　　2、丁村道路项目，投入帮扶资金100万元，由甲县交通运输局实施。",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(300)
    assert [p.amount for p in programme.projects] == [Money.from_wan(200), Money.from_wan(100)]


def test_a_report_of_the_year_and_the_next_years_plan_is_read() -> None:
    # 关于2026年…工作总结及2027年工作打算的报告: a report, read as the year's programme.
    result = parse_plan(
        _text(
            "甲县乡村振兴局",
            "关于2026年乙区对口帮扶工作总结及2027年工作打算的报告",
            "乙区对口帮扶工作领导小组办公室：",
            "　　2026年乙区安排甲县对口帮扶资金500万元，实施项目3个，已全部开工。",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(500)


def test_an_allocation_whose_title_names_the_giver_and_whose_table_groups_rows_by_county() -> None:
    # The title names the city that gives (关于下达…平凉…资金): the numbered lines give each
    # county its money; the table's rows sit under 崇信县（2个） and 灵台县（1个）.
    result = parse_plan(
        _text(
            "庆阳市财政局关于下达2026年平凉市对口帮扶资金的通知",
            "崇信县、灵台县财政局：",
            "　　现下达2026年对口帮扶资金500万元，项目3个。具体如下：",
            "　　1.崇信县300万元（甲区对口帮扶），项目2个；",
            "　　2.灵台县200万元（乙区对口帮扶），项目1个。",
            "附件：项目表（单位：万元）",
            "序号\t项目名称\t资金\t实施单位",
            "崇信县（2个）\t\t300\t",
            "1\t丙镇果园项目\t180\t崇信县农业农村局",
            "2\t丁村道路项目\t120\t崇信县交通运输局",
            "灵台县（1个）\t\t200\t",
            "1\t戊乡水厂项目\t200\t灵台县水务局",
            "合计\t\t500\t",
        )
    )
    got = [
        (p.recipient.name if p.recipient else None, p.declared_total, [x.name for x in p.projects])
        for p in result.programmes
    ]
    assert got == [
        ("崇信县", Money.from_wan(300), ["丙镇果园项目", "丁村道路项目"]),
        ("灵台县", Money.from_wan(200), ["戊乡水厂项目"]),
    ]


def test_a_heading_naming_the_kind_lists_its_projects_as_yi_shi_clauses() -> None:
    # 二、年度建设项目 / 一是X项目。…投入…万元… on a line each: each clause names a project of
    # its own, so the heading (which ends in 项目) is a kind, not one project.
    result = parse_plan(
        _text(
            "甲县2026年乙区对口帮扶项目实施方案",
            "　　一、资金安排",
            "　　2026年乙区安排甲县帮扶资金300万元，实施项目2个。",
            "　　二、年度建设项目",
            "　　一是丙镇茶叶加工厂项目。购置生产线1条，投入资金180万元，由丙镇人民政府实施。",
            "　　二是丁村供水管网项目。铺设管道6公里，投入资金120万元，由甲县水利局实施。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("丙镇茶叶加工厂项目", Money.from_wan(180)),
        ("丁村供水管网项目", Money.from_wan(120)),
    ]
    assert [p.units for p in programme.projects] == [("丙镇人民政府",), ("甲县水利局",)]


def test_page_numbers_between_middle_dots_are_not_text() -> None:
    # ·1· above the title (a PDF's page number) is not part of the title that follows it.
    result = parse_plan(
        _text(
            "·1·",
            "甲县2026年乙区对口帮扶项目实施方案",
            "　　2026年乙区安排甲县帮扶资金100万元，实施项目1个。",
            "　　1.丙镇道路项目，投入资金100万元。",
            "·2·",
        )
    )
    (programme,) = result.programmes
    assert programme.title == "甲县2026年乙区对口帮扶项目实施方案"


def test_the_office_before_about_is_of_the_county_that_receives() -> None:
    # 甲县农业农村局关于2026年乙区对口帮扶…的报告: the title names the giver after 关于; the
    # county of the office that writes it receives (its long name from the body).
    result = parse_plan(
        _text(
            "甲县农业农村局关于2026年乙区对口帮扶项目实施情况的报告",
            "丙市乙区对口帮扶工作领导小组办公室：",
            "　　2026年丙市乙区安排丁自治州甲县对口帮扶资金300万元，实施项目2个，已全部开工。",
        )
    )
    (programme,) = result.programmes
    assert (programme.donor.name, programme.recipient.name) == ("乙区", "甲县")  # type: ignore[union-attr]


def test_one_deadline_for_all_projects_written_once() -> None:
    # 上述项目须于…月底前全部完工 after the list: the deadline of each project naming none of
    # its own; a project with its own keeps it.
    result = parse_plan(
        _text(
            "甲县2026年乙区对口帮扶项目实施方案",
            "　　2026年乙区安排甲县帮扶资金300万元，实施项目2个。",
            "　　1.丙镇茶园项目，投入资金200万元，由丙镇人民政府实施。",
            "　　2.丁村道路项目，投入资金100万元，由甲县交通运输局实施，2026年8月底前完工。",
            "　　上述项目须于2026年10月底前全部完工。",
        )
    )
    (programme,) = result.programmes
    assert [str(p.deadline) for p in programme.projects] == ["2026-10", "2026-08"]


def test_a_deadline_written_in_a_change_is_the_added_projects() -> None:
    # （二）X项目（新增）。…，2026年9月底前完工 in a notice's changes; the table of the adjusted
    # plan below has no deadline column.
    result = parse_plan(
        _text(
            "甲县乡村振兴局关于调整2026年乙区对口帮扶项目计划的通知",
            "各乡镇：",
            "　　现将调整事项通知如下：",
            "　　（一）丙镇茶园项目。原安排帮扶资金300万元，现调整为200万元。",
            "　　（二）丁村冷库项目（新增）。安排帮扶资金100万元，由丁村实施，2026年9月底前完工。",
            "　　调整后，帮扶资金总额仍为300万元，项目2个。",
            "附件：调整后项目计划表（单位：万元）",
            "序号\t项目名称\t帮扶资金\t实施单位",
            "1\t丙镇茶园项目\t200\t丙镇人民政府",
            "2\t丁村冷库项目\t100\t丁村村民委员会",
            "合计\t\t300\t",
        )
    )
    (programme,) = result.programmes
    assert [str(p.deadline) for p in programme.projects] == ["None", "2026-09"]


def test_a_leading_unit_alone_answers_for_the_project() -> None:
    # 牵头单位：… and no 责任单位: the project's responsible unit; with a 责任单位 beside it, the
    # 牵头单位 leads.
    result = parse_plan(
        _text(
            "甲县2026年乙区东西部协作项目实施方案",
            "　　2026年乙区安排甲县协作资金300万元，实施项目2个。",
            "一、项目安排",
            "　　（1）丙村茶厂项目。新建车间800平方米，安排资金200万元。牵头单位：甲县农业农村局；"
            "完成时限：2026年10月底前。",
            "　　（2）丁村冷库项目。新建冷库1座，安排资金100万元。牵头单位：乙区商务局；"
            "责任单位：丁镇人民政府。",
        )
    )
    (programme,) = result.programmes
    assert [(p.units, p.lead_units) for p in programme.projects] == [
        (("甲县农业农村局",), ()),
        (("丁镇人民政府",), ("乙区商务局",)),
    ]


def test_joint_issuers_above_a_notice_open_its_title() -> None:
    # 甲县财政局　甲县农业农村局 / 关于下达…的通知: the title as a 公文 writes it (发文机关 +
    # 事由 + 文种), the joint issuers as printed.
    result = parse_plan(
        _text(
            "甲县财政局　甲县农业农村局",
            "关于下达2026年乙区对口帮扶资金的通知",
            "各乡镇：",
            "　　现下达2026年乙区对口帮扶资金100万元，实施项目1个：丙镇道路项目100万元。",
        )
    )
    titles = {programme.title for programme in result.programmes}
    assert titles == {"甲县财政局　甲县农业农村局关于下达2026年乙区对口帮扶资金的通知"}


def test_a_level_word_after_a_place_is_no_place() -> None:
    # 丁省戊市追加市级帮扶资金: 市级 is the level of the money, no city 追加市.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目计划",
            "　　因项目变化，加之山东省聊城市追加市级帮扶资金100万元，调整如下：",
            "　　2026年协作资金300万元，实施项目1个：丙镇道路项目300万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "聊城市"


def test_a_company_issuing_its_own_plan_of_designated_aid_gives() -> None:
    # 中国丙丁汽车集团有限公司 issues 中国丙汽2026年定点帮扶乙县工作计划 (the title writes it
    # short, with no ending of an organisation).
    result = parse_plan(
        _text(
            "中国丙丁汽车集团有限公司",
            "中国丙汽2026年定点帮扶乙县工作计划",
            "　　2026年集团投入帮扶资金300万元，其中集团公司本部帮扶资金200万元、所属企业帮扶资金"
            "100万元，实施项目1个：戊镇道路项目300万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "中国丙丁汽车集团有限公司"


def test_zhu_li_between_two_places_says_who_gives() -> None:
    # 甲区助力乙县…方案: 助力 (helps) relates the giver to the county it helps.
    result = parse_plan(
        _text(
            "甲市丙区助力乙县2026年劳务协作工作方案",
            "　　2026年丙区安排乙县劳务协作资金100万元，实施项目1个：丁镇就业车间项目100万元。",
        )
    )
    (programme,) = result.programmes
    assert (programme.donor.name, programme.recipient.name) == ("丙区", "乙县")  # type: ignore[union-attr]
