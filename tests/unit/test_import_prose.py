"""The prose importer on wordings none of the seeds uses: titles joined by a dash,
categories declared after 实施, categories in another order than the sections, and
fields written in brackets at the end of a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from aidmodel import FindingKind, Money, reconcile
from aidmodel.importers import parse_plan
from import_support import one as _one
from import_support import parse_lines as _import

PLANS = Path(__file__).resolve().parent.parent / "fixtures" / "plans"


@pytest.mark.parametrize("join", ["—", "——", "-", "－", "·"])
def test_a_title_joining_donor_and_recipient_with_a_dash_or_dot(join: str) -> None:
    programme = _one(
        _import(
            f"乙区{join}甲县2025年东西部协作项目实施方案",
            "2025年安排东西部协作资金10万元。",
            "一、产业协作",
            "1.甲项目。投入资金10万元。",
        )
    )
    assert (programme.donor.name, programme.recipient.name, programme.year) == (
        "乙区",
        "甲县",
        2025,
    )


def test_a_year_span_in_the_title_is_not_a_join() -> None:
    programme = _one(
        _import(
            "2018—2020年乙区助推甲县东西部协作实施方案",
            "安排帮扶资金10万元。",
            "一、产业协作",
            "1.甲项目。投入资金10万元。",
        )
    )
    assert (programme.donor.name, programme.recipient.name) == ("乙区", "甲县")


@pytest.mark.parametrize(
    ("totals", "overall", "categories"),
    [
        ("安排资金30万元，实施产业协作项目2个、劳务协作项目1个。", None, [2, 1]),
        (
            "安排资金30万元，实施东西部协作项目3个，其中产业协作项目2个、劳务协作项目1个。",
            3,
            [2, 1],
        ),
        ("安排资金30万元，实施项目3个，其中：劳务协作项目1个，产业协作项目2个。", 3, [2, 1]),
        ("安排资金30万元，共实施结对帮扶项目3个。", 3, [None, None]),
    ],
)
def test_the_plans_own_count_and_its_categories(
    totals: str, overall: int | None, categories: list[int | None]
) -> None:
    programme = _one(
        _import(
            "甲县2025年东西部协作项目实施方案",
            "依托浙江省乙市丙区优势，制定本方案。",
            totals,
            "一、产业协作",
            "1.甲项目。投入资金10万元。",
            "2.乙项目。投入资金10万元。",
            "二、劳务协作",
            "1.丙项目。投入资金10万元。",
        )
    )
    assert programme.declared_project_count == overall
    assert [s.declared_count for s in programme.sections] == categories
    assert not [f for f in reconcile(programme) if f.kind is FindingKind.SECTION_COUNT]


def test_a_category_pairs_with_the_section_of_its_name_not_one_sharing_only_a_generic_word() -> (
    None
):
    result = _import(
        "甲县2025年东西部协作项目实施方案",
        "依托浙江省乙市丙区优势，制定本方案。",
        "安排资金30万元，其中：劳务协作项目1个，计划投资10万元；消费协作项目2个，计划投资20万元。",
        "一、产业协作",
        "1.甲项目。投入资金20万元。",
        "二、劳务协作",
        "1.丙项目。投入资金10万元。",
        "三、人才交流",
        "1.丁项目。投入资金10万元。",
    )
    programme = _one(result)
    sections = {s.title: (s.declared_count, s.declared_amount) for s in programme.sections}
    assert sections["劳务协作"][0] == 1
    amount = sections["劳务协作"][1]
    assert amount is not None
    assert amount.to_wan() == 10
    # 消费协作 shares only 协作 with 产业协作: it matches no section, and says so.
    assert sections["产业协作"] == (None, None)
    (warning,) = [w for w in result.warnings if w.code.value == "category_unmatched"]
    assert warning.line == 3
    assert "'消费协作'" in warning.message
    assert "20万元" in warning.message


def test_as_many_categories_as_sections_pair_in_order_with_a_warning_when_no_name_agrees() -> None:
    result = _import(
        "甲县2025年东西部协作项目实施方案",
        "依托浙江省乙市丙区优势，制定本方案。",
        "安排资金30万元，其中：劳务协作项目1个，计划投资10万元；民生项目1个，计划投资20万元。",
        "一、劳务协作",
        "1.丙项目。投入资金10万元。",
        "二、社会事业",
        "1.甲项目。投入资金20万元。",
    )
    programme = _one(result)
    assert [s.declared_count for s in programme.sections] == [1, 1]
    assert [s.declared_amount.to_wan() for s in programme.sections if s.declared_amount] == [10, 20]
    (warning,) = [w for w in result.warnings if w.code.value == "inferred"]
    assert warning.line == 3
    assert "'民生'" in warning.message
    assert "'社会事业'" in warning.message


def test_units_written_in_brackets_at_the_end_of_a_sentence() -> None:
    programme = _one(
        _import(
            "乙区—甲县2025年东西部协作项目实施方案",
            "安排资金10万元。",
            "一、产业协作",
            "1.甲项目。投入资金10万元，建设冷库500立方米。（责任单位：县商务局、县农业农村局）",
            "二、保障措施",
            "（一）加强组织领导。两地主要负责同志每半年至少会商1次。（责任单位：县乡村振兴局）",
        )
    )
    (project,) = programme.projects
    assert project.units == ("县商务局", "县农业农村局")
    (task,) = programme.mechanisms
    assert task.units == ("县乡村振兴局",)
    assert task.text == "（一）加强组织领导。两地主要负责同志每半年至少会商1次。"
    assert [c.text for c in task.commitments] == ["两地主要负责同志每半年至少会商1次"]


def test_a_plan_in_another_county_style_imports_whole() -> None:
    """plan_e (锦江区 → 石渠县 2024, written for this test): section figures in brackets after
    the heading, 三类项目共6个, titles running into their content, fields inline, a section
    of duties without money and a paragraph of 工作要求."""
    text = (PLANS / "plan_e_jinjiang_shiqu.txt").read_text(encoding="utf-8")
    result = parse_plan(text, source="plan_e.txt")
    programme = _one(result)
    assert (programme.donor.full_name, programme.recipient.full_name) == (
        "成都市锦江区",
        "甘孜州石渠县",
    )
    assert (programme.year, programme.scheme.value) == (
        2024,
        "in_province_pairing",
    )  # the body: 省内对口帮扶
    assert programme.declared_total == Money.from_wan("1235.5")
    assert programme.declared_project_count == 6
    assert [(s.kind.value, s.amount) for s in programme.fund_sources] == [
        ("fiscal_aid", Money.from_wan(1200)),
        ("carry_over", Money.from_wan("35.5")),
    ]
    (projects_section, exchange, requirements) = programme.sections
    assert [
        (s.title, s.declared_count, s.declared_amount) for s in projects_section.subsections
    ] == [
        ("产业发展类", 2, Money.from_wan(500)),
        ("基础设施类", 2, Money.from_wan("535.5")),
        ("教育医疗类", 2, Money.from_wan(200)),
    ]
    rows = [
        (
            p.number,
            p.name,
            p.amount,
            p.units or p.lead_units,
            str(p.deadline) if p.deadline else None,
        )
        for p in programme.projects
    ]
    assert rows == [
        (
            "1、",
            "石渠县牦牛乳制品加工厂提升项目",
            Money.from_wan(300),
            ("县农牧农村和科技局",),
            "2024-10",
        ),
        ("2、", "藏区特色农产品展销中心", Money.from_wan(200), ("县商务局",), "2024-12"),
        ("3、", "色须镇村道硬化项目", Money.from_wan("335.5"), ("色须镇人民政府",), "2024-11"),
        ("4、", "洛须镇人饮安全巩固提升工程", Money.from_wan(200), ("县水利局",), "2024-09"),
        ("5、", "石渠县中学“锦江班”办学补助", Money.from_wan(100), ("县教育局",), None),
        ("6、", "县人民医院远程诊疗系统建设", Money.from_wan(100), ("县卫生健康局",), "2024-08"),
    ]
    assert [(f.source, f.amount) for f in programme.projects[1].funding] == [
        ("fiscal_aid", Money.from_wan("164.5")),
        ("carry_over", Money.from_wan("35.5")),
    ]
    assert [(t.section, t.title) for t in programme.mechanisms] == [
        (exchange.id, "干部人才交流"),
        (exchange.id, "劳务协作"),
        (requirements.id, "工作要求"),
    ]
    assert [c.text for t in programme.mechanisms for c in t.commitments] == [
        "锦江区选派10名以上干部人才到石渠县挂职",
        "石渠县选派20名干部到锦江区跟岗学习",
        "帮助石渠县农村劳动力转移就业100人以上",
        "开展职业技能培训不少于2期",
        "每季度报送一次项目进展情况",
    ]
    assert reconcile(programme) == ()
    assert [m for m in result.amounts if m.used_as is None] == []
    assert result.warnings == ()


def test_a_column_headed_in_wan_yuan_is_money_whatever_its_words() -> None:
    """投资规模（万元） is the total investment, not the 建设规模 of a content column."""
    result = _import(
        "黄岩区—剑河县2023年东西部协作资金项目计划",
        "2023年安排东西部协作财政援助资金850万元，实施项目3个。",
        "附件：项目计划表",
        "序号\t项目名称\t实施地点\t建设内容\t投资规模（万元）\t财政援助资金（万元）\t责任单位\t完成时间",
        "1\t剑河县稻鱼综合种养基地\t革东镇\t建设稻鱼基地500亩\t400\t400\t县农业农村局\t2023年10月",
        "2\t南哨镇食用菌大棚\t南哨镇\t新建大棚30个\t350\t300\t县农业农村局\t2023年11月",
        "3\t劳务协作就业补助\t全县\t补助转移就业500人以上\t150\t150\t县人社局\t2023年12月",
        "合计\t\t\t\t900\t850\t\t",
    )
    programme = _one(result)
    assert [
        (p.name, p.total_investment, p.amount, p.locations, p.units, str(p.deadline))
        for p in programme.projects
    ] == [
        (
            "剑河县稻鱼综合种养基地",
            Money.from_wan(400),
            Money.from_wan(400),
            ("革东镇",),
            ("县农业农村局",),
            "2023-10",
        ),
        (
            "南哨镇食用菌大棚",
            Money.from_wan(350),
            Money.from_wan(300),
            ("南哨镇",),
            ("县农业农村局",),
            "2023-11",
        ),
        (
            "劳务协作就业补助",
            Money.from_wan(150),
            Money.from_wan(150),
            ("全县",),
            ("县人社局",),
            "2023-12",
        ),
    ]
    (table,) = programme.sections
    assert (table.declared_amount, table.declared_total_investment) == (
        Money.from_wan(850),
        Money.from_wan(900),
    )
    assert programme.declared_total == Money.from_wan(850)
    assert reconcile(programme) == ()
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("donor", "name"),
    [
        ("浙江省湖州市吴兴区", "吴兴区"),
        ("广东省广州市天河区", "天河区"),
        ("江苏省苏州市", "苏州市"),
    ],
)
def test_a_donor_city_whose_name_ends_in_zhou(donor: str, name: str) -> None:
    programme = _one(
        _import(
            "剑河县2023年东西部协作项目实施方案",
            f"依托{donor}优势，制定本方案。",
            "安排资金10万元。",
            "一、产业协作",
            "1.甲项目。投入资金10万元。",
        )
    )
    assert (programme.donor.name, programme.donor.full_name) == (name, donor)


_SHORT_ROW = (
    "黄岩区—剑河县2023年东西部协作资金项目计划",
    "2023年安排东西部协作财政援助资金850万元，实施项目3个。",
    "附件：项目计划表",
    "序号\t项目名称\t实施地点\t投资规模（万元）\t财政援助资金（万元）\t责任单位",
    "1\t稻鱼综合种养基地\t革东镇\t450\t400\t县农业农村局",
    "2\t食用菌大棚\t南哨镇\t350\t300",
    "3\t劳务协作就业补助\t全县\t150\t150\t县人社局",
)


def test_a_row_that_lost_its_last_cell_keeps_its_figures_in_place_when_the_total_row_agrees() -> (
    None
):
    result = _import(*_SHORT_ROW, "合计\t\t\t950\t850\t")
    programme = _one(result)
    project = programme.projects[1]
    assert (project.total_investment, project.amount, project.units) == (
        Money.from_wan(350),
        Money.from_wan(300),
        (),
    )
    (warning,) = result.warnings
    assert (warning.line, warning.code.value) == (6, "cell_lost")
    assert "lost a cell after its figures" in warning.message
    assert "350 / 300 are read as 投资规模 / 财政援助资金" in warning.message
    assert reconcile(programme) == ()


def test_a_row_that_lost_a_cell_with_no_total_row_to_decide_keeps_its_cells_as_written() -> None:
    result = _import(*_SHORT_ROW)
    project = _one(result).projects[1]
    assert (project.amount, project.total_investment, project.units) == (None, None, ())
    assert project.remarks == "2 / 食用菌大棚 / 南哨镇 / 350 / 300"
    (warning,) = result.warnings
    assert (warning.line, warning.code.value) == (6, "cell_lost")
    assert "cannot be decided" in warning.message


def test_projects_numbered_in_a_list_restarting_below_each_item_heading() -> None:
    """一、/（一）/1./（1）: （1） restarts below each 1. heading and is a level deeper, the
    categories of the totals paragraph belong to the （一） headings that hold the projects
    through their 1. subsections, and fields one per line in another wording are read."""
    result = _import(
        "甲县2024年东西部协作项目实施方案",
        "依托浙江省乙市丙区优势，制定本方案。",
        "2024年项目资金总规模520万元，其中丙区财政援助资金420万元、县级配套资金100万元，"
        "共实施项目4个。其中：产业协作项目3个，资金500万元；社会事业项目1个，资金20万元。",
        "一、项目安排",
        "（一）产业协作",
        "1.园区共建",
        "（1）茶叶加工厂建设项目",
        "资金规模：300万元（其中：东西部协作资金240万元，县级配套60万元）",
        "实施主体：县工业和信息化局",
        "建设期限：2024年3月—2024年11月",
        "（2）冷库建设项目",
        "资金规模：80万元（全部为东西部协作资金）",
        "实施单位：县商务局",
        "实施期限：2024年9月",
        "2.特色种植",
        "（1）蓝莓基地项目",
        "项目资金：120万元（其中：东西部协作资金80万元，县级配套40万元）",
        "（二）社会事业",
        "1.教育帮扶",
        "（1）中学办学提升项目",
        "资金规模：20万元（全部为东西部协作资金）",
    )
    programme = _one(result)
    (top,) = [s for s in programme.sections if s.title == "项目安排"]
    industry, social = top.subsections
    assert (industry.title, industry.declared_count, industry.declared_amount) == (
        "产业协作",
        3,
        Money.from_wan(500),
    )
    assert [s.title for s in industry.subsections] == ["园区共建", "特色种植"]
    assert (social.declared_count, social.declared_amount) == (1, Money.from_wan(20))
    tea, cold, berry, school = programme.projects
    assert [p.number for p in programme.projects] == ["（1）", "（2）", "（1）", "（1）"]
    assert (tea.amount, tea.units, str(tea.start), str(tea.deadline)) == (
        Money.from_wan(300),
        ("县工业和信息化局",),
        "2024-03",
        "2024-11",
    )
    assert [(f.source, f.amount) for f in tea.funding] == [
        ("fiscal_aid", Money.from_wan(240)),
        ("self_raised", Money.from_wan(60)),
    ]
    assert [(f.source, f.amount) for f in cold.funding] == [("fiscal_aid", Money.from_wan(80))]
    assert (cold.units, cold.start, str(cold.deadline)) == (("县商务局",), None, "2024-09")
    assert berry.amount == Money.from_wan(120)
    assert [(f.source, f.amount) for f in school.funding] == [("fiscal_aid", Money.from_wan(20))]
    # The numbers restart in each section: none is printed twice where it counts.
    assert reconcile(programme) == ()
    assert result.warnings == ()


def test_a_number_printed_twice_counts_in_its_part_where_numbers_run_on() -> None:
    lines = (
        "甲县2024年东西部协作项目实施方案",
        "依托浙江省乙市丙区优势，制定本方案。",
        "安排资金40万元。",
        "一、项目安排",
        "（一）产业协作",
        "1.甲项目。投入资金10万元。",
        "2.乙项目。投入资金10万元。",
        "（二）社会事业",
        "{n}.丙项目。投入资金10万元。",
        "4.丁项目。投入资金10万元。",
    )
    running_on = _one(_import(*(line.format(n=2) for line in lines)))
    assert [f.message for f in reconcile(running_on)] == [
        "item number '2.' is printed 2 times in section '1'"
    ]
    restarting = _one(_import(*(line.format(n=1).replace("4.", "2.") for line in lines)))
    assert reconcile(restarting) == ()


_UNIT_TABLE = (
    "余杭区—松潘县2022年东西部协作项目计划",
    "2022年安排东西部协作资金600万元，实施项目2个。",
    "附件",
    "2022年东西部协作项目计划表",
    "单位：万元",
    "序号\t项目名称\t建设地点\t建设内容\t资金来源\t\t实施单位\t完成时限",
    "\t\t\t\t东西部协作资金\t县级整合资金\t\t",
    "1\t川主寺镇民宿提升项目\t川主寺镇\t改造民宿20户\t400\t100\t县文旅局\t2022年10月",
    "2\t黄龙乡道路硬化项目\t黄龙乡\t硬化道路3公里\t200\t50\t县交通局\t2022年11月",
    "合计\t\t\t\t600\t150\t\t",
)


def test_a_table_whose_unit_is_written_above_it_with_the_aid_beside_local_money() -> None:
    result = _import(*_UNIT_TABLE)
    programme = _one(result)
    assert [
        (p.name, p.amount, [(f.source, f.amount) for f in p.funding]) for p in programme.projects
    ] == [
        ("川主寺镇民宿提升项目", Money.from_wan(400), [("1-self", Money.from_wan(100))]),
        ("黄龙乡道路硬化项目", Money.from_wan(200), [("1-self", Money.from_wan(50))]),
    ]
    (local,) = programme.fund_sources
    assert (local.label, local.kind.value, local.in_total) == ("县级整合资金", "self_raised", False)
    assert reconcile(programme) == ()
    assert result.warnings == ()


def test_a_table_in_yuan_and_a_table_that_states_no_unit() -> None:
    in_yuan = _one(_import(*(line.replace("单位：万元", "单位：元") for line in _UNIT_TABLE)))
    assert in_yuan.projects[0].amount == Money.from_yuan(400)
    no_unit = _import(*(line for line in _UNIT_TABLE if line != "单位：万元"))
    assert _one(no_unit).projects[0].amount == Money.from_wan(400)
    (warning,) = no_unit.warnings
    assert (warning.line, warning.code.value) == (5, "inferred")
    assert "does not say whether its money is in 万元 or 元" in warning.message


def test_a_table_cell_finer_than_a_fen_is_named_not_rounded() -> None:
    result = _import(
        "乙区—甲县2022年东西部协作项目计划",
        "安排资金600万元。",
        "附件：项目计划表",
        "序号\t项目名称\t资金（万元）",
        "1\t甲项目\t400.1234567",
        "2\t乙项目\t200",
    )
    assert [p.amount for p in _one(result).projects] == [None, Money.from_wan(200)]
    (warning,) = result.warnings
    assert (warning.line, warning.code.value) == (5, "unreadable")
    assert "'400.1234567' under '资金' cannot be an amount in 万元" in warning.message
