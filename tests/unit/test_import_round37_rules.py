"""Rules of the importer that round 37 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_phone_articles_items_numbered_with_a_bar_are_projects() -> None:
    # ▍二、项目计划 / 01｜X项目 / 建设内容：… / 协作资金：…万元 / 实施单位：…
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目计划",
            "▍一、资金规模",
            "　　2027年乙区安排甲县东西部协作资金300万元，计划实施项目2个。",
            "▍二、项目计划",
            "01｜丙镇茶园项目",
            "建设内容：新建茶园500亩",
            "协作资金：200万元",
            "实施单位：丙镇人民政府",
            "",
            "02｜丁乡冷库项目",
            "建设内容：新建冷库1座",
            "协作资金：100万元",
            "实施单位：丁乡人民政府",
        )
    )
    (programme,) = result.programmes
    assert [(p.number, p.name, p.amount) for p in programme.projects] == [
        ("01", "丙镇茶园项目", Money.from_wan(200)),
        ("02", "丁乡冷库项目", Money.from_wan(100)),
    ]
    assert reconcile(programme) == ()


def test_a_part_of_a_projects_money_named_in_a_bracket_leaves_the_rest_unnamed() -> None:
    # 安排资金266万元（含上年结余16万）: 16 from the carry-over, 250 from the plan's other
    # money, which the text does not name; no finding.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目计划",
            "　　2027年甲县东西部协作资金：省财政援助资金200万元，乙区帮扶资金50万元，上年结余16万，共计266万元。",
            "　　1.丙镇牛舍项目：安排资金266万元（含上年结余16万），由丙镇人民政府实施。",
        )
    )
    (programme,) = result.programmes
    (project,) = programme.projects
    assert [share.amount for share in project.funding] == [Money.from_wan(16), Money.from_wan(250)]
    assert project.funding[1].source is None
    assert "funding_vs_amount" not in [f.kind.value for f in reconcile(programme)]


def test_an_approval_of_a_countys_plan_names_the_county_as_the_recipient() -> None:
    # X市农业农村局关于Y县2027年…项目计划的批复: the city approves; Y receives, and the
    # agreement the body cites (A与B签订的…协议) says who gives.
    result = parse_plan(
        _text(
            "吴忠市农业农村局关于同心县2027年闽宁协作项目计划的批复",
            "同心县农业农村局：",
            "　　一、原则同意同心县2027年闽宁协作项目计划。该计划依据福建省厦门市同安区与宁夏回族自治区"
            "吴忠市同心县签订的2027年闽宁协作协议编制。",
            "　　二、2027年同心县闽宁协作资金共计100万元，实施项目1个。",
            "　　1.丙镇茶园项目：安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.recipient is not None
    assert programme.recipient.name == "同心县"
    assert programme.donor is not None
    assert programme.donor.name == "同安区"


def test_the_totals_of_an_adjustment_open_their_own_line() -> None:
    # A change's sentence holds 调整后 too (。调整后，X项目资金由180万元调减为150万元); the
    # adjusted plan's totals are the line opened by 调整后.
    result = parse_plan(
        _text(
            "甲县农业农村局关于调整2027年乙区结对帮扶项目计划的通知",
            "　　《甲县2027年乙区结对帮扶项目实施方案》下达以来，现调整如下。",
            "　　将丙镇项目结余资金30万元调剂用于丁乡项目。调整后，丙镇项目资金由180万元调减为150万元，"
            "丁乡项目资金由120万元调增为150万元。",
            "　　调整后，2027年乙区结对帮扶项目仍为2个，帮扶资金总额300万元不变。",
            "单位：万元",
            "序号\t项目名称\t帮扶资金\t备注",
            "1\t丙镇项目\t150\t调减30万元",
            "2\t丁乡项目\t150\t调增30万元",
            "合计\t\t300\t",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(300)
    assert programme.declared_project_count == 2


def test_a_quarterly_schedule_of_drawing_is_no_source() -> None:
    # 全年用款计划 | 一季度 | 二季度 | 三季度 | 四季度 in 元: the year's money is the project's.
    result = parse_plan(
        _text(
            "甲县2027年援疆资金项目分季度用款计划",
            "　　2027年乙市安排甲县援疆资金300万元，共安排援疆项目2个。",
            "单位：元",
            "序号\t项目名称\t全年用款计划\t一季度\t二季度\t三季度\t四季度",
            "1\t丙镇暖棚项目\t2,000,000.00\t400,000.00\t800,000.00\t600,000.00\t200,000.00",
            "2\t丁乡道路项目\t1,000,000.00\t—\t500,000.00\t500,000.00\t—",
            "合计\t\t3,000,000.00\t400,000.00\t1,300,000.00\t1,100,000.00\t200,000.00",
        )
    )
    (programme,) = result.programmes
    assert [(p.amount, p.funding) for p in programme.projects] == [
        (Money.from_wan(200), ()),
        (Money.from_wan(100), ()),
    ]
    assert reconcile(programme) == ()


def test_an_aid_column_split_by_who_gives_without_a_total_adds_up_to_the_project() -> None:
    # 帮扶资金 over 集团本级 | 子公司, no 合计 column: the project's money is both added.
    result = parse_plan(
        _text(
            "甲县2027年乙集团定点帮扶项目计划",
            "　　2027年乙集团安排甲县定点帮扶资金300万元，实施项目2个。",
            "单位：万元",
            "序号\t项目名称\t帮扶资金\t\t实施单位",
            "\t\t集团本级\t子公司\t",
            "1\t丙镇茶园项目\t150\t50\t丙镇人民政府",
            "2\t丁乡冷库项目\t80\t20\t丁乡人民政府",
        )
    )
    (programme,) = result.programmes
    assert [p.amount for p in programme.projects] == [Money.from_wan(200), Money.from_wan(100)]


def test_a_companys_short_name_is_its_registered_name_where_the_text_writes_it() -> None:
    result = parse_plan(
        _text(
            "甲县2027年中国华能集团定点帮扶项目计划",
            "　　为用好中国华能集团有限公司对甲县的定点帮扶资金，制定本计划。",
            "　　2027年中国华能集团安排甲县定点帮扶资金100万元，实施项目1个。",
            "　　1.丙镇茶园项目，安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "中国华能集团有限公司"


def test_units_marked_lead_or_helping_keep_their_names_and_a_time_in_words_is_a_deadline() -> None:
    # 责任单位：A局（牵头），B局（配合）。时间节点：三季度末前完成。
    result = parse_plan(
        _text(
            "甲县2027年乙区结对帮扶项目实施计划",
            "　　2027年乙区安排甲县结对帮扶资金100万元，实施项目1个。",
            "　　1.丙镇茶园项目。新建茶园500亩。帮扶资金100万元。责任单位：乙区农业农村局（牵头），"
            "甲县林业局（配合）。时间节点：三季度末前完成。",
        )
    )
    (project,) = result.programmes[0].projects
    assert project.units == ("乙区农业农村局", "甲县林业局")
    assert str(project.deadline) == "2027-09"


def test_a_reports_progress_cells_are_what_was_done() -> None:
    # 关于2027年X定点帮扶工作情况的报告, 实施进度 | 已完工，新建生产线1条: an achievement.
    result = parse_plan(
        _text(
            "甲县人民政府关于2027年乙集团定点帮扶工作情况的报告",
            "　　2027年，乙集团投入我县定点帮扶资金300万元，共实施帮扶项目2个。",
            "项目名称\t帮扶资金\t已拨付\t实施进度",
            "丙镇加工厂项目\t200\t200\t已完工，新建加工生产线1条",
            "丁乡大棚项目\t100\t100\t已完工，新建钢架大棚40座",
        )
    )
    (programme,) = result.programmes
    texts = [a.text for a in programme.achievements]
    assert "新建加工生产线1条" in texts
    assert "新建钢架大棚40座" in texts
    assert all(p.commitments == () for p in programme.projects)
