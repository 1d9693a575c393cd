"""Rules of the importer that round 43 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, PartialDate, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_table_under_a_paragraph_is_no_title_of_the_plan_above_it() -> None:
    # 附件 / X计划 / 一、资金安排 / 2027年…资金1.5亿元，其中… / 二、项目安排 / …如下表。 / table:
    # the plan's title is no caption of the table, and its paragraphs are read.
    result = parse_plan(
        _text(
            "附件",
            "",
            "甲区对口支援乙县2027年援疆项目计划",
            "",
            "　　一、资金安排",
            "　　2027年甲区对口支援乙县援疆资金1.2亿元，其中省援疆资金1亿元、甲区区级援疆资金2000万元；安排项目2个。",
            "　　二、项目安排",
            "　　项目分为民生和产业两类，具体如下表。",
            "单位：万元",
            "序号\t项目名称\t援疆资金\t实施单位",
            "1\t乙县医院设备购置项目\t7000\t乙县卫生健康委员会",
            "2\t乙县产业园厂房项目\t5000\t乙县工业和信息化局",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(12000)
    assert programme.declared_project_count == 2
    assert sorted(s.amount for s in programme.fund_sources) == [
        Money.from_wan(2000),
        Money.from_wan(10000),
    ]
    assert reconcile(programme) == ()


def test_a_pdf_line_cut_after_its_split_word_goes_on_below() -> None:
    # A wrapped PDF paragraph whose line is narrower for its half-width figures, cut after 其中:
    # the sources on the next lines are the total's split.
    wide = "　　为落实乙市对口支援工作部署，用好乙市对口支援资金，推动甲县乡村振兴，结合"
    result = parse_plan(
        _text(
            "甲县2027年乙市对口支援项目实施方案",
            wide,
            "我县实际，制定本方案。围绕产业、就业、教育、医疗等领域安排项目，",
            "加快项目建设进度，确保资金安全高效使用，发挥援建项目的示范带动作用。",
            "　　一、资金规模",
            "　　2027年乙市安排我县对口支援资金1510.5万元，其中",
            "乙市财政援青资金1400万元、乙市社会帮扶资金100万元、",
            "2026年度结余资金10.5万元，共实施项目1个。",
            "　　二、项目安排",
            "　　1.丙镇牦牛养殖项目。新建暖棚10座，安排资金1510.5万元。",
        )
    )
    (programme,) = result.programmes
    assert sorted(s.amount for s in programme.fund_sources) == [
        Money.from_yuan("105000"),
        Money.from_wan(100),
        Money.from_wan(1400),
    ]
    assert reconcile(programme) == ()


def test_an_organisations_report_names_it_the_giver_after_the_period() -> None:
    # 关于2027年前三季度X定点帮扶工作进展情况的报告, written by the county's office: X gives.
    result = parse_plan(
        _text(
            "甲县乡村振兴局",
            "关于2027年前三季度国家统计局定点帮扶工作进展情况的报告",
            "国家统计局定点帮扶工作领导小组办公室：",
            "　　2027年国家统计局安排我县定点帮扶资金300万元，共实施项目1个。",
            "　　1.丙镇蔬菜大棚项目。安排资金300万元，已拨付200万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "国家统计局"
    assert programme.recipient is not None
    assert programme.recipient.name == "甲县"


def test_deadlines_within_the_plans_year_written_without_it() -> None:
    # 完成时限：年内 / …，年内完成。 / …，三季度末完工。: the plan's year, its last month or the
    # quarter's; 年内完成 after a unit is no unit.
    result = parse_plan(
        _text(
            "甲县2027年粤桂协作项目计划",
            "　　2027年安排粤桂协作资金300万元，实施项目3个。",
            "　　1.丙镇水厂项目：新建水厂1座；安排资金100万元；责任单位：县水利局；完成时限：年内。",
            "　　2.丁乡电网项目：改造台区4个，安排资金100万元，责任单位为县供电公司，三季度末完工。",
            "　　3.戊镇培训项目。培训300人次，安排资金100万元，实施单位：县人社局，年内完成。",
        )
    )
    (programme,) = result.programmes
    assert [(p.deadline, p.units) for p in programme.projects] == [
        (PartialDate(2027, 12), ("县水利局",)),
        (PartialDate(2027, 9), ("县供电公司",)),
        (PartialDate(2027, 12), ("县人社局",)),
    ]


def test_a_reports_paragraph_of_the_period_tells_what_was_done() -> None:
    # 前三季度，…帮助销售…农产品600万元，开展…8场次；培训…210人次: achievements, and the money
    # is used by them; 其中完工2个 after 已开工5个 is one too.
    result = parse_plan(
        _text(
            "甲县农业农村局",
            "关于2027年前三季度国家统计局定点帮扶工作进展情况的报告",
            "　　2027年国家统计局安排我县定点帮扶资金300万元，共实施项目5个。截至9月30日，已开工项目5个，其中完工2个。",
            "　　一、其他帮扶工作",
            "　　前三季度，国家统计局帮助销售甲县农产品600万元，开展消费帮扶直播8场次；培训乡村医生210人次。",
            "　　二、下一步工作",
            "　　全年帮助销售甲县农产品1000万元以上。",
        )
    )
    (programme,) = result.programmes
    done = {a.text for a in programme.achievements}
    assert {
        "国家统计局帮助销售甲县农产品600万元",
        "开展消费帮扶直播8场次",
        "培训乡村医生210人次",
        "其中完工2个",
    } <= done
    assert [c.text for c in programme.commitments] == ["全年帮助销售甲县农产品1000万元以上"]
    assert not [w for w in result.warnings if "600万元" in w.message]


def test_a_count_in_brackets_after_a_heading_is_no_target() -> None:
    # 一、调减项目（2个）/ 新建村级服务站（3个）: a count of items, and a target whose metric has no
    # empty brackets.
    from aidmodel import extract_commitments

    assert extract_commitments("调增项目（1个）") == ()
    assert extract_commitments("（2个）") == ()
    (built,) = extract_commitments("新建村级服务站（3个）")
    assert built.metric == "新建村级服务站"


def test_an_added_project_before_the_adjusted_totals_keeps_its_targets() -> None:
    # 四、新增项目（1个）/ （五）X项目。安排资金150万元，改造车间1000平方米… / 调整后，…资金总额…:
    # the closing paragraph read into the last item does not make it the totals' holder.
    result = parse_plan(
        _text(
            "甲县农业农村局关于调整2027年闽宁协作项目的通知",
            "　　现对部分项目调整如下：",
            "　　一、调减项目（1个）",
            "　　（一）丙镇温室项目。资金由200万元调减为150万元，调减50万元。",
            "　　二、新增项目（1个）",
            "　　（二）丁镇帮扶车间项目。安排闽宁协作资金50万元，改造帮扶车间800平方米，吸纳就业20人以上。",
            "　　调整后，2027年闽宁协作项目仍为2个，资金总额200万元不变。",
            "",
            "附件",
            "甲县2027年闽宁协作项目调整后计划表",
            "单位：万元",
            "序号\t项目名称\t闽宁协作资金",
            "1\t丙镇温室项目\t150",
            "2\t丁镇帮扶车间项目\t50",
            "合计\t\t200",
        )
    )
    (programme,) = result.programmes
    added = next(p for p in programme.projects if p.name == "丁镇帮扶车间项目")
    assert [c.text for c in added.commitments] == ["改造帮扶车间800平方米", "吸纳就业20人以上"]
    assert programme.commitments == ()
