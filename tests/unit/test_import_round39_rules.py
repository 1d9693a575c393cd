"""Rules of the importer that round 39 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_past_years_figures_under_a_numbered_part_are_no_totals() -> None:
    # 一、2026年X区投入Y县帮扶资金900万元，实施项目6个 / 二、会议确定，2027年…1000万元: the
    # part's number opens the sentence of the year before.
    result = parse_plan(
        _text(
            "甲区—乙县2027年对口帮扶工作联席会议纪要",
            "　　一、2026年甲区投入乙县帮扶资金900万元，实施项目6个，全部完工。",
            "　　二、会议确定，2027年甲区安排对口帮扶资金400万元，在乙县实施帮扶项目3个。具体如下：",
            "　　1.产业发展项目2个，300万元：",
            "　　（1）丙镇茶园项目（200万元，乙县农业农村局）",
            "　　（2）丁乡冷库项目（100万元，丁乡人民政府）",
            "　　2.乡村建设项目1个，100万元：",
            "　　（3）戊村道路项目（100万元，乙县交通运输局）",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(400)
    assert programme.declared_project_count == 3
    assert [p.units for p in programme.projects] == [
        ("乙县农业农村局",),
        ("丁乡人民政府",),
        ("乙县交通运输局",),
    ]
    assert reconcile(programme) == ()


def test_when_a_project_starts_and_ends_is_no_unit() -> None:
    # 实施单位：A局，2027年3月开工，10月底前完工。
    result = parse_plan(
        _text(
            "甲县2027年乙省援疆项目计划",
            "　　2027年乙省安排甲县援疆资金100万元，实施项目1个。",
            "　　1.丙镇设施农业项目。安排援疆资金100万元。实施单位：甲县农业农村局，2027年3月开工，"
            "10月底前完工。",
        )
    )
    (project,) = result.programmes[0].projects
    assert project.units == ("甲县农业农村局",)
