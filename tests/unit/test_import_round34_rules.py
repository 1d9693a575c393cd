"""Rules of the importer that round 34 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_places_handed_money_on_a_line_of_their_own_with_a_bracket_each() -> None:
    # …下达…资金500万元。 / 其中：甲县300万元（丁区结对，含省财政援助资金250万元、丁区帮扶资金
    # 50万元，项目2个），乙县200万元（…）: a programme per place, its pairing, sources, count.
    result = parse_plan(
        _text(
            "丙市财政局关于提前下达2027年东西部协作资金的通知",
            "甲县、乙县财政局：",
            "　　现提前下达你县2027年东西部协作资金500万元。",
            "　　其中：甲县300万元（丁区结对，含省财政援助资金250万元、丁区帮扶资金50万元，项目2个），"
            "乙县200万元（戊区结对，含省财政援助资金180万元、戊区帮扶资金20万元，项目1个）。",
        )
    )
    first, second = result.programmes
    assert [
        (p.recipient.name, p.donor.name, p.declared_total, p.declared_project_count)  # type: ignore[union-attr]
        for p in (first, second)
    ] == [("甲县", "丁区", Money.from_wan(300), 2), ("乙县", "戊区", Money.from_wan(200), 1)]
    assert [(s.label, s.amount) for s in first.fund_sources] == [
        ("省财政援助资金", Money.from_wan(250)),
        ("丁区帮扶资金", Money.from_wan(50)),
    ]


def test_an_attachment_list_of_projects_after_the_work_requirements() -> None:
    # 三、工作要求 (duties) / 附件 / （一）X类项目（2个） / 1.名称，单位，金额: items with money of
    # their own are projects, whatever the part above them; 合计：… is the list's, no item's.
    result = parse_plan(
        _text(
            "乙县对口帮扶甲县2027年工作要点",
            "　　一、总体安排",
            "　　2027年乙县计划安排帮扶资金300万元，实施项目2个。",
            "　　二、工作要求",
            "　　各项目实施单位要在4月底前完成项目开工。",
            "附件",
            "2027年乙县对口帮扶甲县项目清单",
            "（一）产业帮扶项目（2个）",
            "1.甲县茶园提质项目，县农业农村局，200万元",
            "2.丙镇果园项目，丙镇人民政府，100万元",
            "合计：项目2个，帮扶资金300万元",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.units, p.amount) for p in programme.projects] == [
        ("甲县茶园提质项目", ("县农业农村局",), Money.from_wan(200)),
        ("丙镇果园项目", ("丙镇人民政府",), Money.from_wan(100)),
    ]


def test_projects_listed_in_a_part_with_money_and_unit_in_one_bracket() -> None:
    # （一）产业类。安排资金300万元，实施项目2个：X项目（200万元，县农业农村局）、Y项目（…）.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　2027年乙区安排甲县协作资金300万元，实施项目2个。",
            "　　（一）产业类。安排资金300万元，实施项目2个：丙镇茶园项目（200万元，县农业农村局）、"
            "丁镇果园项目（100万元，丁镇人民政府）。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.units) for p in programme.projects] == [
        ("丙镇茶园项目", ("县农业农村局",)),
        ("丁镇果园项目", ("丁镇人民政府",)),
    ]


def test_a_continued_projects_money_is_this_years_not_the_years_before() -> None:
    # （1）X项目（续建）。…项目总投资900万元，2026年已安排援藏资金420万元，2027年安排援藏资金
    # 480万元: the amount is 2027's, the total investment the 总投资, the status 续建.
    result = parse_plan(
        _text(
            "甲县2027年乙市援藏项目实施方案",
            "　　2027年乙市安排甲县援藏资金480万元，实施项目1个。",
            "　　二、项目安排",
            "　　（1）丙镇青稞加工厂提升项目（续建）。新建生产线1条。项目总投资900万元，2026年已安排"
            "援藏资金420万元，2027年安排援藏资金480万元，由丙镇人民政府实施。",
        )
    )
    (programme,) = result.programmes
    (project,) = programme.projects
    assert (project.name, project.amount, project.total_investment, project.status.value) == (  # type: ignore[union-attr]
        "丙镇青稞加工厂提升项目",
        Money.from_wan(480),
        Money.from_wan(900),
        "continued",
    )


def test_a_duty_whose_title_is_a_target() -> None:
    # 四、资金管理 / （二）项目资金支出进度9月底前达到70%以上，11月底前达到95%以上。: both targets.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　2027年乙区安排甲县协作资金100万元，实施项目1个。",
            "　　二、项目安排",
            "　　1.丙镇道路项目，安排资金100万元。",
            "　　三、资金管理",
            "　　（一）协作资金实行专账核算。",
            "　　（二）项目资金支出进度9月底前达到70%以上，11月底前达到95%以上。",
        )
    )
    (programme,) = result.programmes
    texts = [c.text for m in programme.mechanisms for c in m.commitments]
    assert texts == ["项目资金支出进度9月底前达到70%以上", "11月底前达到95%以上"]


def test_a_period_written_right_after_its_label() -> None:
    # …；建设期限2027年4月—2027年11月。 (no 为 or colon): the deadline is the period's end.
    result = parse_plan(
        _text(
            "甲县2027年乙市援疆项目实施方案",
            "　　2027年乙市安排甲县援疆资金100万元，实施项目1个。",
            "　　二、项目安排",
            "　　1．丙镇学校建设项目：援疆资金100万元；新建教学楼6000平方米；建设期限2027年4月—2027年11月。",
        )
    )
    (programme,) = result.programmes
    assert [str(p.deadline) for p in programme.projects] == ["2027-11"]


def test_a_construction_period_written_jian_she_qi() -> None:
    # …由丙镇人民政府实施，建设期2027年4月至2027年10月。: the deadline is the period's end.
    result = parse_plan(
        _text(
            "甲县2027年乙市援疆项目实施方案",
            "　　2027年乙市安排甲县援疆资金100万元，实施项目1个。",
            "　　二、项目安排",
            "　　项目一　丙镇供暖改造项目。改造管网18公里。安排援疆资金100万元，由丙镇人民政府实施，"
            "建设期2027年4月至2027年10月。",
        )
    )
    (programme,) = result.programmes
    assert [str(p.deadline) for p in programme.projects] == ["2027-10"]
