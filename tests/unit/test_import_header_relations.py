"""The importer finds a donor the title does not name (issue 14, kind 1): in the body, by how it
relates to the recipient, or only in an east-west pair word; and titles of fund tables and
adjustment notices. Wordings of these tests are variants, not copies of the blind round's."""

from __future__ import annotations

import pytest

from aidmodel import Scheme
from import_support import one as _one
from import_support import parse_lines as _import

_BODY = ("一、项目安排", "1.甲茶园提升项目。投入资金10万元。")


@pytest.mark.parametrize(
    ("sentence", "donor"),
    [
        ("2025年，宁波市北仑区安排我县协作资金10万元。", "宁波市北仑区"),
        ("今年北仑区援助我县资金10万元。", "北仑区"),
        ("根据北仑区、甲县2025年东西部协作联席会议精神，安排资金10万元。", "北仑区"),
        ("在宁波市北仑区的大力支持下，安排资金10万元。", "宁波市北仑区"),
        ("北仑区对口帮扶甲县资金10万元。", "北仑区"),
    ],
)
def test_a_donor_written_only_in_the_body(sentence: str, donor: str) -> None:
    programme = _one(_import("甲县2025年东西部协作项目实施方案", sentence, *_BODY))
    assert (programme.donor.full_name or programme.donor.name) == donor
    assert programme.recipient.name == "甲县"


@pytest.mark.parametrize(
    ("title", "province"),
    [
        ("甲县2025年粤黔东西部协作项目实施方案", "广东省"),
        ("甲县2024年沪滇协作项目计划", "上海市"),
        ("甲县2025年鲁渝协作资金项目实施方案", "山东省"),
    ],
)
def test_a_donor_named_only_by_its_pair_word_is_the_east_province(
    title: str, province: str
) -> None:
    programme = _one(_import(title, "安排资金10万元。", *_BODY))
    assert programme.donor.name == province
    assert programme.scheme is Scheme.EAST_WEST


def test_a_region_in_the_body_outranks_the_pair_word() -> None:
    programme = _one(
        _import("甲县2025年闽宁协作项目实施方案", "福州市连江县安排我县资金10万元。", *_BODY)
    )
    assert (programme.donor.full_name or programme.donor.name) == "福州市连江县"


@pytest.mark.parametrize(
    "title",
    [
        "2025年乙区对口帮扶甲县项目资金计划表",
        "乙区对口帮扶甲县2025年项目资金安排明细表（调整后）",
        "2025年乙区对口帮扶甲县项目计划表",
    ],
)
def test_a_fund_table_title_below_its_attachment_label(title: str) -> None:
    programme = _one(_import("附件2", "", f"    {title}", "安排资金10万元。", *_BODY))
    assert programme.title == title
    assert (programme.donor.name, programme.recipient.name) == ("乙区", "甲县")


# -- items written as sentences (kinds the blind round showed; variant wordings) -------------


@pytest.mark.parametrize(
    ("sentence", "units", "deadline"),
    [
        ("投入资金10万元，由县商务局负责实施，2025年9月底前完工。", ("县商务局",), "2025-09"),
        ("投入资金10万元，由乙镇人民政府牵头组织实施，2025年建成投用。", ("乙镇人民政府",), "2025"),
        ("投入资金10万元，由县水务局具体实施，于2025年11月竣工。", ("县水务局",), "2025-11"),
    ],
)
def test_units_and_deadline_written_in_the_items_sentence(
    sentence: str, units: tuple[str, ...], deadline: str
) -> None:
    programme = _one(
        _import("乙区—甲县2025年东西部协作项目实施方案", "一、项目安排", f"1.甲项目。{sentence}")
    )
    (project,) = programme.projects
    assert project.units == units
    assert project.deadline is not None
    assert project.deadline.isoformat() == deadline


def test_an_amount_in_the_brackets_of_a_title_is_the_items() -> None:
    programme = _one(
        _import(
            "乙区—甲县2025年东西部协作项目实施方案",
            "一、项目安排",
            "（一）产业合作（2个，70万元）",
            "1.甲茶园提升项目（40万元）",
            "建设内容：提升茶园100亩。",
            "2.乙冷库项目（资金30万元）",
        )
    )
    assert [p.amount.to_wan() if p.amount else None for p in programme.projects] == [40, 30]
    (section,) = programme.sections[0].subsections
    assert (section.declared_count, section.declared_amount) == (
        2,
        programme.projects[0].amount + programme.projects[1].amount,
    )


def test_a_section_whose_only_amount_is_a_target_holds_duties() -> None:
    programme = _one(
        _import(
            "乙区—甲县2025年东西部协作项目实施方案",
            "一、项目安排",
            "1.甲项目。投入资金10万元。",
            "二、共同推进事项",
            "（一）消费协作。力争全年帮助销售农特产品1.2亿元以上。",
            "（二）人才交流。选派干部挂职10人以上。",
        )
    )
    assert [p.name for p in programme.projects] == ["甲项目"]
    assert [m.title for m in programme.mechanisms] == ["消费协作", "人才交流"]


# -- PDF pages and 一是 items with fields (issue 14, kind 3) ----------------------------------


def test_items_numbered_yishi_with_field_lines_across_a_page_break() -> None:
    title = "甲县2025年沪滇东西部协作项目实施方案"
    programme = _one(
        _import(
            title,
            "2025年，乙区安排我县资金90万元，实施项目2个。",
            "一、项目安排",
            "（一）产业协作类(2个,90万元)",
            "一是茶叶提质.",
            "项目名称:甲县茶园提质项目",
            "资金规模:50万元",
            "实施单位:县农业农村局",
            "- 3 -",
            title,
            "二是冷链仓储.",
            "项目名称:甲县冷链仓储项目",
            "资金",
            "- 4 -",
            title,
            "规模:40万元",
            "实施单位:县商务局",
        )
    )
    assert [
        (p.number, p.name, p.amount.to_wan() if p.amount else None, p.units)
        for p in programme.projects
    ] == [
        ("一是", "甲县茶园提质项目", 50, ("县农业农村局",)),
        ("二是", "甲县冷链仓储项目", 40, ("县商务局",)),
    ]


def test_the_amount_the_others_add_up_to_is_the_total() -> None:
    programme = _one(
        _import(
            "乙区—甲县2025年东西部协作项目实施方案",
            "2025年，乙区安排我县财政援助资金80万元，加上2024年结余资金20万元，全年统筹使用资金100万元。",
            *_BODY,
        )
    )
    assert programme.declared_total is not None
    assert programme.declared_total.to_wan() == 100
    assert sorted(s.amount.to_wan() for s in programme.fund_sources if s.amount) == [20, 80]


def test_a_central_unit_is_the_donor_of_its_designated_aid() -> None:
    programme = _one(
        _import(
            "甲县2025年中央定点帮扶项目实施计划",
            "中国某某集团有限公司（以下简称某某集团）定点帮扶甲县多年。",
            "2025年某某集团计划向我县投入帮扶资金90万元。",
            "三、帮扶项目",
            "项目一",
            "项 目 名 称：茶园提升项目",
            "实 施 地 点：乙镇、丙村",
            "建 设 内 容：提升茶园300亩",
            "帮 扶 资 金：50万元",
            "项目二",
            "项目名称：冷库建设项目",
            "帮扶资金：40万元",
        )
    )
    assert programme.donor is not None
    assert programme.donor.name == "中国某某集团有限公司"
    assert programme.scheme is Scheme.DESIGNATED
    assert [
        (p.number, p.name, p.amount.to_wan() if p.amount else None) for p in programme.projects
    ] == [
        ("项目一", "茶园提升项目", 50),
        ("项目二", "冷库建设项目", 40),
    ]
    assert programme.projects[0].locations == ("乙镇", "丙村")


def test_a_short_name_of_a_county_is_its_official_name_where_the_text_writes_it() -> None:
    programme = _one(
        _import(
            "双江自治县2025年东西部协作项目实施计划",
            "为支持双江拉祜族佤族布朗族傣族自治县发展，乙区安排我县资金10万元。",
            *_BODY,
        )
    )
    assert programme.recipient is not None
    assert programme.recipient.name == "双江拉祜族佤族布朗族傣族自治县"


def test_the_paired_districts_money_names_no_donor() -> None:
    # 结对区帮扶资金: the money of a district the text does not name; the pair word (京蒙)
    # still says who gives.
    programme = _one(
        _import(
            "甲旗2026年京蒙协作项目实施方案",
            "　　2026年，我旗共安排京蒙协作资金500万元，其中京蒙协作财政援助资金400万元、"
            "结对区帮扶资金100万元，实施项目1个。",
            "　　1.甲旗牧场项目。京蒙协作资金：500万元。",
        )
    )
    assert programme.donor is not None
    assert programme.donor.name == "北京市"


def test_a_university_issues_its_own_designated_assistance_plan() -> None:
    programme = _one(
        _import(
            "甲省农业大学关于印发《2026年定点帮扶乙县工作计划》的通知",
            "各学院：",
            "　　现将《2026年定点帮扶乙县工作计划》印发给你们。",
            "",
            "　　　　　　　　　　　甲省农业大学",
            "　　　　　　　　　　　2026年3月5日",
            "",
            "甲省农业大学2026年定点帮扶乙县工作计划",
            "　　2026年学校投入帮扶资金100万元，实施项目1个。",
            "　　1.乙县茶园项目。帮扶资金100万元。",
        )
    )
    assert programme.issuer == "甲省农业大学"
    assert programme.issue_date is not None
    assert programme.issue_date.isoformat() == "2026-03-05"


def test_an_area_named_like_a_district_is_no_recipient() -> None:
    # 对口支援三峡库区 and 革命老区 name areas, not divisions: the county issuing the notice,
    # which the body calls 我县, receives.
    programme = _one(
        _import(
            "甲县人民政府办公室关于下达2026年对口支援",
            "革命老区项目计划的通知",
            "　　一、2026年，乙省丙市对口支援我县资金500万元，共实施项目1个。",
            "二、项目安排",
            "1.丁村茶园提升项目。投入资金500万元。",
        )
    )
    assert programme.recipient is not None
    assert programme.recipient.name == "甲县"
    assert programme.donor is not None
    assert programme.donor.name == "丙市"


@pytest.mark.parametrize(
    ("title", "scheme"),
    [
        ("甲县2026年省内协作资金使用计划", Scheme.IN_PROVINCE_PAIRING),
        ("甲县2026年省内帮扶项目计划", Scheme.IN_PROVINCE_PAIRING),
        ("甲县2026年苏陕协作项目计划", Scheme.EAST_WEST),
        ("甲县2026年援藏项目计划", Scheme.COUNTERPART),
    ],
)
def test_the_scheme_is_the_word_the_title_uses(title: str, scheme: Scheme) -> None:
    programme = _one(_import(title, "乙区安排我县资金10万元。", *_BODY))
    assert programme.scheme is scheme


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年海口市美兰区安排我县资金10万元。",
        "根据工作安排和海口市美兰区与我县签订的协议，安排资金10万元。",
    ],
)
def test_a_full_name_takes_no_character_of_the_words_before_it(sentence: str) -> None:
    programme = _one(_import("甲县2026年美兰区结对帮扶项目计划", sentence, *_BODY))
    assert programme.donor is not None
    assert programme.donor.full_name == "海口市美兰区"


def test_the_city_of_the_titles_province_that_the_body_says_gives() -> None:
    # The title names the province (黑龙江援藏); the body names its city that gives.
    programme = _one(
        _import(
            "谢通门县2026年黑龙江援藏项目实施方案",
            "　　2026年，大庆市安排我县援藏资金10万元。",
            *_BODY,
        )
    )
    assert programme.donor is not None
    assert programme.donor.name == "大庆市"


def test_a_central_administration_gives_its_designated_assistance() -> None:
    programme = _one(
        _import(
            "关于印发《国家统计局2026年定点帮扶甲县工作计划》的通知",
            "一、项目安排",
            "1.甲村茶园提升项目。投入资金10万元。",
        )
    )
    assert programme.donor is not None
    assert programme.donor.name == "国家统计局"
    assert programme.scheme is Scheme.DESIGNATED
