"""Rules of the importer that round 36 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, Scheme, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_quarter_or_half_year_deadline_ends_in_its_last_month() -> None:
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目计划",
            "　　2027年乙区安排甲县东西部协作资金300万元，实施项目3个。",
            "单位：万元",
            "序号\t项目名称\t帮扶资金\t实施单位\t完成时间",
            "1\t丙镇茶园项目\t100\t丙镇人民政府\t2027年第二季度",
            "2\t丁乡冷库项目\t100\t丁乡人民政府\t2027年四季度",
            "3\t戊村道路项目\t100\t戊村村委会\t2027年上半年",
            "合计\t\t300\t\t",
        )
    )
    (programme,) = result.programmes
    assert [str(p.deadline) for p in programme.projects] == ["2027-06", "2027-12", "2027-06"]


def test_a_number_that_starts_again_with_each_category_of_a_column_is_no_repeat() -> None:
    # 类别 | 序号 | 项目名称 with 序号 1, 2 under 产业 and 1, 2 under 民生: each category's rows
    # are a section of the table, no number is repeated.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目计划",
            "　　2027年乙区安排甲县东西部协作资金400万元，实施项目4个。",
            "单位：万元",
            "类别\t序号\t项目名称\t帮扶资金\t实施单位",
            "产业\t1\t丙镇茶园项目\t100\t丙镇人民政府",
            "产业\t2\t丁乡冷库项目\t100\t丁乡人民政府",
            "民生\t1\t戊村道路项目\t100\t戊村村委会",
            "民生\t2\t己村供水项目\t100\t己村村委会",
            "合计\t\t4个\t400\t",
        )
    )
    (programme,) = result.programmes
    assert [s.title for s in programme.walk_sections()][-2:] == ["产业", "民生"]
    assert reconcile(programme) == ()


def test_money_left_and_paid_in_a_report_are_no_money_of_the_plan() -> None:
    # 计划投资（万元）| 已拨付（万元）| 结余资金（万元）: the plan's money is the first.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作工作总结",
            "　　2027年乙区安排甲县东西部协作资金300万元，实施项目2个。",
            "序号\t项目名称\t计划投资（万元）\t已拨付（万元）\t结余资金（万元）",
            "1\t丙镇茶园项目\t200\t190\t10",
            "2\t丁乡冷库项目\t100\t100\t0",
            "合计\t\t300\t290\t10",
        )
    )
    (programme,) = result.programmes
    assert [p.amount for p in programme.projects] == [Money.from_wan(200), Money.from_wan(100)]
    assert reconcile(programme) == ()


def test_money_handed_down_in_yuan_is_the_allocations_amount() -> None:
    # 拨付资金（元） of an allocation notice is the money it hands down, not money paid out.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目计划",
            "　　2027年乙区安排甲县东西部协作资金3,000,000.00元，实施项目2个。",
            "序号\t项目名称\t拨付资金（元）\t实施单位",
            "1\t丙镇茶园项目\t2,000,000.00\t丙镇人民政府",
            "2\t丁乡冷库项目\t1,000,000.00\t丁乡人民政府",
            "合计\t\t3,000,000.00\t",
        )
    )
    (programme,) = result.programmes
    assert [p.amount for p in programme.projects] == [Money.from_wan(200), Money.from_wan(100)]


def test_a_second_adjustment_named_after_its_plan_is_read_as_the_adjusted_plan() -> None:
    # 关于…项目第二次调整的通知, 第一次调整后 | 本次调整后: the plan after this adjustment.
    result = parse_plan(
        _text(
            "甲县对口帮扶工作领导小组办公室",
            "关于2027年乙区对口帮扶项目第二次调整的通知",
            "各成员单位：",
            "　　《甲县2027年乙区对口帮扶项目实施方案》经第一次调整后，共安排项目2个、帮扶资金300万元。"
            "现作第二次调整。",
            "　　一、丙镇茶园项目帮扶资金由200万元调减为180万元；新增丁乡冷库项目，安排帮扶资金20万元。",
            "　　二、本次调出资金20万元，全部用于新增项目。调整后，项目共3个，帮扶资金300万元不变。",
            "附件",
            "单位：万元",
            "序号\t项目名称\t第一次调整后\t本次调整后\t增减",
            "1\t丙镇茶园项目\t200\t180\t-20",
            "2\t戊村道路项目\t100\t100\t0",
            "3\t丁乡冷库项目\t—\t20\t+20",
            "合计\t\t300\t300\t0",
        )
    )
    (programme,) = result.programmes
    assert programme.title == "甲县2027年乙区对口帮扶项目实施方案"
    assert programme.declared_total == Money.from_wan(300)
    assert programme.declared_project_count == 3
    assert [p.amount for p in programme.projects] == [
        Money.from_wan(180),
        Money.from_wan(100),
        Money.from_wan(20),
    ]


def test_counterpart_help_within_one_province_is_its_pairing() -> None:
    # 对口帮扶 from a city's district to a county of the same province (not a municipality).
    within = parse_plan(
        _text(
            "荣县2027年自流井区对口帮扶项目实施方案",
            "　　2027年自贡市自流井区对口帮扶自贡市荣县资金100万元，实施项目1个。",
            "　　1.丙镇茶园项目，安排资金100万元。",
        )
    )
    municipal = parse_plan(
        _text(
            "城口县2027年江北区对口帮扶项目实施方案",
            "　　2027年重庆市江北区对口帮扶重庆市城口县资金100万元，实施项目1个。",
            "　　1.丙镇茶园项目，安排资金100万元。",
        )
    )
    assert within.programmes[0].scheme is Scheme.IN_PROVINCE_PAIRING
    assert municipal.programmes[0].scheme is Scheme.COUNTERPART


def test_a_projects_own_grid_under_its_name_gives_its_fields() -> None:
    # 1．X项目 / 建设地点 | 丙镇 | 建设性质 | 新建 / 总投资（万元）| 150 | 援助资金（万元）| 120 …
    result = parse_plan(
        _text(
            "甲县2027年乙市援藏项目计划",
            "　　2027年乙市安排甲县援藏资金220万元，实施项目2个。",
            "　　1．丙镇暖棚项目",
            "建设地点\t丙镇\t建设性质\t新建",
            "总投资（万元）\t150\t援藏资金（万元）\t120",
            "实施单位\t丙镇人民政府\t建设期限\t2027年4月—2027年9月",
            "　　2．丁乡道路项目",
            "建设地点\t丁乡\t建设性质\t续建",
            "总投资（万元）\t100\t援藏资金（万元）\t100",
            "实施单位\t丁乡人民政府\t建设期限\t2027年5月—2027年10月",
        )
    )
    (programme,) = result.programmes
    assert [
        (p.name, p.amount, p.total_investment, p.units, str(p.deadline)) for p in programme.projects
    ] == [
        ("丙镇暖棚项目", Money.from_wan(120), Money.from_wan(150), ("丙镇人民政府",), "2027-09"),
        ("丁乡道路项目", Money.from_wan(100), Money.from_wan(100), ("丁乡人民政府",), "2027-10"),
    ]
    assert reconcile(programme) == ()


def test_a_money_cell_written_as_words_gives_the_aid_and_the_investment() -> None:
    # 资金规模及来源 | 总投资150万元，其中东西部协作资金120万元、村集体自筹30万元
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目计划",
            "　　2027年乙区安排甲县东西部协作资金200万元，实施项目2个。",
            "序号\t项目名称\t资金规模及来源\t实施单位",
            "1\t丙镇茶园项目\t总投资150万元，其中东西部协作资金120万元、村集体自筹30万元\t丙镇人民政府",
            "2\t丁乡冷库项目\t东西部协作资金80万元\t丁乡人民政府",
        )
    )
    (programme,) = result.programmes
    assert [(p.amount, p.total_investment) for p in programme.projects] == [
        (Money.from_wan(120), Money.from_wan(150)),
        (Money.from_wan(80), None),
    ]


def test_a_donors_team_in_a_county_writes_its_work_points() -> None:
    # X省援Y工作队Z工作组2027年工作要点: Z receives, the text says who gives; items whose
    # money is a bracket ending the name (投资150万，其中…), in 万 without 元; deadlines in
    # words (三季度末, 上半年, 年底前); the part's own targets before its items.
    result = parse_plan(
        _text(
            "浙江省援川工作队石渠工作组2027年工作要点",
            "　　一、总体目标",
            "　　2027年，仙居县安排石渠县东西部协作资金250万元，实施项目2个。",
            "　　二、重点任务",
            "　　（一）深化产业协作",
            "　　组织仙居县企业到石渠考察对接4批次以上，新增到位投资3000万元以上。",
            "　　1.石渠县牦牛肉加工项目（投资150万，其中浙江省财政援助资金120万、仙居县帮扶资金30万）："
            "新建加工车间1座。责任单位：石渠县农牧农村局；完成时间：三季度末。",
            "　　2.洛须镇温室大棚项目（投资100万）：新建大棚20栋。责任单位：洛须镇人民政府；"
            "完成时间：上半年。",
        )
    )
    (programme,) = result.programmes
    assert programme.recipient is not None
    assert programme.recipient.name == "石渠县"
    assert programme.donor is not None
    assert programme.donor.name == "仙居县"
    assert [(p.name, p.amount, str(p.deadline)) for p in programme.projects] == [
        ("石渠县牦牛肉加工项目", Money.from_wan(150), "2027-09"),
        ("洛须镇温室大棚项目", Money.from_wan(100), "2027-06"),
    ]
    assert [c.text for c in programme.commitments] == [
        "组织仙居县企业到石渠考察对接4批次以上",
        "新增到位投资3000万元以上",
    ]
    assert programme.sections[0].subsections[0].declared_amount is None


def test_money_written_as_a_voucher_is_the_figure_in_the_bracket() -> None:
    # （一）甲县：人民币伍佰万元整（5,000,000.00元），其中…: each place's own money.
    result = parse_plan(
        _text(
            "黔西南州财政局关于拨付2027年东西部协作资金的通知",
            "贞丰县、望谟县财政局：",
            "　　现将2027年东西部协作资金人民币捌佰万元整（8,000,000.00元）拨付给你们，具体如下：",
            "　　（一）贞丰县：人民币伍佰万元整（5,000,000.00元），其中省财政帮扶资金4,000,000.00元、"
            "四会市帮扶资金1,000,000.00元，项目2个。",
            "　　（二）望谟县：人民币叁佰万元整（3,000,000.00元），其中省财政帮扶资金2,500,000.00元、"
            "高要区帮扶资金500,000.00元，项目1个。",
        )
    )
    assert [(p.declared_total, p.declared_project_count) for p in result.programmes] == [
        (Money.from_wan(500), 2),
        (Money.from_wan(300), 1),
    ]
