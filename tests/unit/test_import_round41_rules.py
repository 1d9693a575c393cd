"""Rules of the importer that round 41 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_notice_named_after_what_it_arranges_is_the_plan() -> None:
    # 关于2027年X区对口帮扶Y县 / 项目资金安排的通知 (its title over two lines).
    result = parse_plan(
        _text(
            "甲区对口帮扶乙县工作队",
            "关于2027年湘潭市雨湖区对口帮扶邵阳市绥宁县",
            "项目资金安排的通知",
            "绥宁县乡村振兴局：",
            "　　一、2027年安排帮扶资金100万元，共安排项目1个。",
            "　　二、项目安排",
            "　　（1）丙镇茶园项目：安排100万元，由丙镇人民政府负责实施。",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_total == Money.from_wan(100)
    assert programme.recipient is not None
    assert programme.recipient.name == "绥宁县"


def test_the_aid_named_as_a_whole_in_an_investments_split_is_of_no_one_source() -> None:
    # 项目总投资420万元，其中浙川协作资金280万元、整合涉农资金140万元, where the plan's aid is
    # 省财政援助资金 and 区帮扶资金: no source is said to give the 280; 整合 is the county's own.
    result = parse_plan(
        _text(
            "甲市2027年浙川东西部协作项目实施方案",
            "　　2027年乙区投入甲市浙川东西部协作财政援助资金280万元，其中浙江省财政援助资金200万元，"
            "乙区帮扶资金80万元。共实施项目1个。",
            "　　1.丙镇茶叶加工厂项目。项目总投资420万元，其中浙川协作资金280万元、整合涉农资金140万元。"
            "业主单位：丙镇人民政府。",
        )
    )
    (programme,) = result.programmes
    (project,) = programme.projects
    assert project.amount == Money.from_wan(280)
    assert project.funding[0].source is None
    assert reconcile(programme) == ()


def test_a_team_stationed_in_a_county_reports_on_what_its_district_gave() -> None:
    # X区驻Y县工作组2027年东西部协作工作总结, 计划投入 | 实际拨付 | 完成情况.
    result = parse_plan(
        _text(
            "白云区驻惠水县工作组2027年东西部协作工作总结",
            "　　全年落实东西部协作资金300万元，实施项目2个。",
            "项目名称\t实施单位\t计划投入\t实际拨付\t完成情况",
            "丙镇茶园项目\t丙镇人民政府\t200\t190\t已完工",
            "丁乡冷库项目\t丁乡人民政府\t100\t100\t已完工",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "白云区"
    assert programme.recipient is not None
    assert programme.recipient.name == "惠水县"
    assert [p.amount for p in programme.projects] == [Money.from_wan(200), Money.from_wan(100)]
