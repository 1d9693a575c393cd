"""Rules of the importer that round 42 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_plan_made_public_on_a_portal_is_named_by_its_title() -> None:
    # 甲县2027年乙集团定点帮扶资金项目计划公开: 公开 ends a plan's title as 公示 does.
    result = parse_plan(
        _text(
            "甲县2027年中国电信定点帮扶资金项目计划公开",
            "发布时间：2027-05-09 10:26　　来源：甲县农牧局",
            "　　一、2027年中国电信计划投入帮扶资金100万元，共实施项目1个。",
            "　　1.丙镇茶园项目，安排帮扶资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.title == "甲县2027年中国电信定点帮扶资金项目计划公开"
    assert programme.declared_total == Money.from_wan(100)


def test_a_notices_own_list_of_bracket_numbered_items_are_projects() -> None:
    # …现下达…资金300万元…具体如下： / （1）X项目：…，安排资金200万元… / （2）…
    result = parse_plan(
        _text(
            "甲县财政局关于下达2027年苏陕协作资金项目计划的通知",
            "　　现下达2027年苏陕协作资金300万元，用于实施项目2个。具体如下：",
            "　　（1）丙镇种薯基地项目：建设种薯基地600亩，安排资金200万元，由丙镇人民政府负责实施。",
            "　　（2）丁乡羊舍项目：新建羊舍2400平方米，安排资金100万元，由丁乡人民政府负责实施。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("丙镇种薯基地项目", Money.from_wan(200)),
        ("丁乡羊舍项目", Money.from_wan(100)),
    ]
    assert reconcile(programme) == ()


def test_the_countys_linking_funds_in_an_investments_split_are_beside_the_aid() -> None:
    # 总投资180万元，其中X帮扶资金150万元、县级统筹衔接资金30万元: 衔接资金 is the county's.
    result = parse_plan(
        _text(
            "甲县2027年乙集团定点帮扶项目计划",
            "　　2027年我县争取乙集团有限公司帮扶资金150万元，支持1个项目。",
            "　　1.丙镇油茶项目。总投资180万元，其中乙集团帮扶资金150万元、县级统筹衔接资金30万元。",
        )
    )
    (programme,) = result.programmes
    assert reconcile(programme) == ()
