"""Rules of the importer that round 40 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_an_attachment_of_field_cards_is_the_plans_items() -> None:
    # 附件 / （1）项目名称：X / — 1 — / 建设内容：… / 资金规模：200万元 / 实施单位：…
    result = parse_plan(
        _text(
            "甲县农业农村局关于下达2027年东西部协作资金项目计划的通知",
            "各镇人民政府：",
            "　　一、2027年全县东西部协作资金共计300万元，共安排项目2个。",
            "　　附件：甲县2027年东西部协作资金项目计划",
            "　　　　　　　　甲县农业农村局",
            "　　　　　　　　2027年3月2日",
            "附件",
            "甲县2027年东西部协作资金项目计划",
            "（1）项目名称：丙镇茶园项目",
            "　　　　　　　　— 1 —",
            "建设内容：新建茶园500亩。",
            "资金规模：200万元",
            "实施单位：丙镇人民政府",
            "完成时限：2027年第三季度",
            "（2）项目名称：丁乡冷库项目",
            "建设内容：新建冷库1座。",
            "资金规模：100万元",
            "实施单位：丁乡人民政府",
            "完成时限：2027年11月30日前",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount, str(p.deadline)) for p in programme.projects] == [
        ("丙镇茶园项目", Money.from_wan(200), "2027-09"),
        ("丁乡冷库项目", Money.from_wan(100), "2027-11-30"),
    ]
    assert reconcile(programme) == ()


def test_a_planned_completion_label_ends_the_unit_before_it() -> None:
    # 实施单位：A局。计划竣工时间：2027年9月。: 计划 is the label's, no unit.
    result = parse_plan(
        _text(
            "甲县2027年乙市援藏项目计划",
            "　　2027年乙市安排甲县援藏资金100万元，实施项目1个。",
            "　　1.【丙镇暖棚项目】建设内容：新建暖棚6栋。安排援藏资金100万元。实施单位：甲县农业农村局。"
            "计划竣工时间：2027年9月。",
        )
    )
    (project,) = result.programmes[0].projects
    assert project.units == ("甲县农业农村局",)
    assert str(project.deadline) == "2027-09"


def test_items_opened_by_their_verb_under_a_heading_are_projects() -> None:
    # 一、聚焦产业（安排资金300万元） / 实施X项目，…，安排帮扶资金200万元，由A牵头，年内完成。
    result = parse_plan(
        _text(
            "甲区2027年对口帮扶乙市工作要点",
            "　　全年安排对口帮扶资金300万元，重点支持2个项目。",
            "一、聚焦产业提质增效（安排资金300万元）",
            "　　实施丙镇茶叶加工厂项目，新建生产线1条，安排帮扶资金200万元，由丙镇人民政府牵头，年内完成。",
            "　　实施丁乡冷链物流项目，新建冷库1座，安排帮扶资金100万元，由丁乡人民政府牵头，上半年完成。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("丙镇茶叶加工厂项目", Money.from_wan(200)),
        ("丁乡冷链物流项目", Money.from_wan(100)),
    ]
    assert reconcile(programme) == ()
