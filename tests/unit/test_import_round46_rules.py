"""Rules of the importer that round 46 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import PartialDate
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


_WIDE = "　　为深入推进对口帮扶工作，巩固拓展脱贫攻坚成果，推动乡村全面振兴，结合本县实际，制"


def test_a_label_cut_in_two_by_the_wrap_is_read_whole() -> None:
    # PDF text: …实施单位：县水务局。完 / 成时限：2027年9月底前。 and …。完成时限： / 2027年8月底前。
    result = parse_plan(
        _text(
            "甲县2027年定点帮扶项目实施方案",
            _WIDE,
            "定本方案。全年投入帮扶资金200万元，实施项目2个，各项目按计划推进并按期完成建",
            "设任务，确保资金安全、项目见效、群众受益，发挥帮扶资金的带动作用和示范效应。",
            "　　1.丙乡农村供水提升项目（帮扶资金120万元）。建设内容：新建水源井2眼，改",
            "造供水管网7公里。实施单位：甲县水务局。完",
            "成时限：2027年9月底前。",
            "　　2.丁镇卫生院设备购置项目（帮扶资金80万元）。建设内容：购置医疗设备15台",
            "（套），改造业务用房300平方米。实施单位：甲县卫生健康局。完成时限：",
            "2027年8月底前。",
        )
    )
    (programme,) = result.programmes
    assert [(p.units, p.deadline) for p in programme.projects] == [
        (("甲县水务局",), PartialDate(2027, 9)),
        (("甲县卫生健康局",), PartialDate(2027, 8)),
    ]


def test_a_reports_count_of_projects_begun_written_count_first() -> None:
    # 截至10月31日，6个项目已全部开工，…: the count is an achievement.
    result = parse_plan(
        _text(
            "甲县乡村振兴局",
            "关于2027年国家统计局定点帮扶工作进展情况的报告",
            "　　2027年国家统计局安排我县定点帮扶资金300万元，共实施项目6个。",
            "　　截至10月31日，6个项目已全部开工；累计拨付帮扶资金240万元，资金拨付率80%。",
        )
    )
    (programme,) = result.programmes
    assert "6个项目已全部开工" in {a.text for a in programme.achievements}


def test_a_giver_written_by_its_provinces_short_name_and_its_own() -> None:
    # 甲县2027年浙江湖州援疆项目计划 / …浙江省湖州市对口支援…: 湖州市 gives (浙江湖州 is no 州).
    result = parse_plan(
        _text(
            "温宿县2027年浙江湖州援疆项目计划",
            "　　为用好浙江省湖州市对口支援温宿县援疆资金，制定本计划。",
            "　　2027年，湖州市安排温宿县援疆资金100万元，实施项目1个。",
            "　　1.丙镇卫生院项目，安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "湖州市"
    assert programme.donor.full_name == "浙江省湖州市"
