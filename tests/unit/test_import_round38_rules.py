"""Rules of the importer that round 38 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_items_numbered_within_their_part_are_its_projects() -> None:
    # 1.产业发展类（2个，300万元） / 1.1 X项目：… / 1.2 Y项目：…
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　2027年乙区安排甲县东西部协作资金400万元，共安排项目3个。",
            "　　1.产业发展类（2个，300万元）",
            "　　1.1 丙镇茶园项目：新建茶园500亩。帮扶资金200万元。实施单位：丙镇人民政府。",
            "　　1.2 丁乡冷库项目：新建冷库1座。帮扶资金100万元。实施单位：丁乡人民政府。",
            "　　2.乡村建设类（1个，100万元）",
            "　　2.1 戊村道路项目：硬化道路1.5公里。帮扶资金100万元。实施单位：戊村村委会。",
        )
    )
    (programme,) = result.programmes
    assert [(p.number, p.name) for p in programme.projects] == [
        ("1.1", "丙镇茶园项目"),
        ("1.2", "丁乡冷库项目"),
        ("2.1", "戊村道路项目"),
    ]
    assert reconcile(programme) == ()


def test_a_subtotal_of_the_aid_columns_is_the_projects_amount() -> None:
    # 项目总投资 | 协作资金小计 | 省财政援助资金 | 乙区帮扶资金 | 地方配套及自筹, with empty cells.
    result = parse_plan(
        _text(
            "甲县2027年东西部协作项目资金计划表",
            "说明：2027年乙区帮扶甲县协作资金300万元，其中省财政援助资金250万元、乙区帮扶资金50万元。",
            "金额单位：万元",
            "序号\t项目名称\t资金规模\t\t\t\t\t实施单位",
            "\t\t项目总投资\t协作资金小计\t省财政援助资金\t乙区帮扶资金\t地方配套及自筹\t",
            "合计\t\t360\t300\t250\t50\t60\t",
            "1\t丙镇茶园项目\t260\t200\t200\t\t60\t丙镇人民政府",
            "2\t丁乡冷库项目\t100\t100\t50\t50\t\t丁乡人民政府",
        )
    )
    (programme,) = result.programmes
    assert [(p.amount, p.total_investment) for p in programme.projects] == [
        (Money.from_wan(200), Money.from_wan(260)),
        (Money.from_wan(100), Money.from_wan(100)),
    ]
    assert reconcile(programme) == ()


def test_a_target_in_the_bracket_after_a_projects_money_is_no_split_of_it() -> None:
    # X项目，160万元（帮助销售农特产品500万元以上）: the bracket says what it aims at.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　2027年乙区安排甲县东西部协作资金160万元，共安排项目1个。",
            "　　1.消费帮扶项目，160万元（帮助销售甲县农特产品500万元以上），实施单位：甲县商务局。",
        )
    )
    (programme,) = result.programmes
    assert programme.projects[0].funding == ()
    assert reconcile(programme) == ()


def test_the_places_parts_under_a_heading_of_the_split_give_their_totals() -> None:
    # 二、分县（区）资金和项目 / （一）甲县（X区结对帮扶）：下达资金…，其中…，支持项目N个：
    result = parse_plan(
        _text(
            "十堰市财政局关于下达2027年武汉市对口帮扶资金的通知",
            "竹溪县、竹山县财政局：",
            "　　一、下达资金500万元，共支持项目3个。",
            "　　二、分县（区）资金和项目",
            "　　（一）竹溪县（武汉市江夏区结对帮扶）：下达资金300万元，其中江夏区区级财政帮扶资金250万元、"
            "社会帮扶资金50万元，支持项目2个：",
            "　　1.丙镇茶园项目，200万元，实施单位：丙镇人民政府；",
            "　　2.丁乡冷库项目，100万元，实施单位：丁乡人民政府；",
            "　　（二）竹山县（武汉市东西湖区结对帮扶）：下达资金200万元，其中东西湖区区级财政帮扶资金200万元，"
            "支持项目1个：",
            "　　3.戊村道路项目，200万元，实施单位：戊村村委会；",
        )
    )
    assert [(p.declared_total, p.declared_project_count) for p in result.programmes] == [
        (Money.from_wan(300), 2),
        (Money.from_wan(200), 1),
    ]


def test_what_a_projects_money_builds_in_the_bracket_after_it_is_its_target() -> None:
    # X项目，260万元（新建烘干车间1座），实施单位：…: the bracket's figure is the project's
    # target, whole, not a 2000平方米 cut off from a money figure.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　2027年乙区安排甲县东西部协作资金260万元，共安排项目1个。",
            "　　1.丙镇香菇产业园提升项目，260万元（新建香菇烘干车间1座），实施单位：丙镇人民政府；",
        )
    )
    (project,) = result.programmes[0].projects
    assert [c.text for c in project.commitments] == ["新建香菇烘干车间1座"]
    assert project.funding == ()
