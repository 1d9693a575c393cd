"""The prose importer on a pairing of townships (驻镇帮镇扶村, 镇 with 镇): township units in
titles and place names, joint issuers signing side by side, and money written in a section of
duties. Wordings vary from tests/fixtures/genre/plan_k_beijiao_shijiao.txt on purpose."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidmodel import Money, Project, reconcile
from aidmodel.importers import ImportResult, WarningCode
from aidmodel.importers._header import region_units
from import_support import one as _one
from import_support import parse_lines as _import


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("廉江市石角镇", ["廉江市", "石角镇"]),
        ("容桂街道", ["容桂街道"]),
        ("罗定市泗纶镇", ["罗定市", "泗纶镇"]),
        ("阿巴嘎旗别力古台镇", ["阿巴嘎旗", "别力古台镇"]),
        ("某县白石乡项目", ["某县", "白石乡"]),
        ("某县乡镇", ["某县"]),
        ("某县城镇老旧小区", ["某县"]),
        ("城乡融合", []),
        ("某区结合实施乡村振兴", ["某区"]),
    ],
)
def test_townships_are_region_units_and_words_ending_like_one_are_not(
    text: str, units: list[str]
) -> None:
    assert region_units(text) == units


@pytest.mark.parametrize(
    ("title", "body", "donor", "recipient"),
    [
        (
            "容桂街道结对帮扶泗纶镇2025年帮扶工作方案",
            "为推动佛山市顺德区容桂街道与罗定市泗纶镇结对帮扶，制定本方案。",
            ("容桂街道", "佛山市顺德区容桂街道"),
            ("泗纶镇", "罗定市泗纶镇"),
        ),
        (
            "小榄镇帮扶钱排镇2024年项目实施方案",
            "依托中山市小榄镇产业优势，支持信宜市钱排镇发展。",
            ("小榄镇", "中山市小榄镇"),
            ("钱排镇", "信宜市钱排镇"),
        ),
    ],
)
def test_a_township_pairs_with_a_township_and_full_names_follow_a_leading_verb(
    title: str, body: str, donor: tuple[str, str], recipient: tuple[str, str]
) -> None:
    programme = _one(_import(title, body, "一、帮扶项目", "（1）甲项目。投入资金10万元。"))
    assert (programme.donor.name, programme.donor.full_name) == donor
    assert (programme.recipient.name, programme.recipient.full_name) == recipient


def test_a_full_name_never_takes_in_the_other_party() -> None:
    programme = _one(
        _import(
            "甲镇结对帮扶乙镇2024年帮扶项目实施方案",
            "深化丙市甲镇与丁市乙镇结对帮扶。",
            "一、帮扶项目",
            "（1）甲项目。投入资金10万元。",
        )
    )
    assert programme.recipient.full_name == "丁市乙镇"


@pytest.mark.parametrize("gap", ["　", "　　　　", "  "])
def test_joint_issuers_side_by_side_on_the_signature_line_are_told_apart(gap: str) -> None:
    programme = _one(
        _import(
            "甲区结对帮扶乙县2024年帮扶项目实施方案",
            "一、帮扶项目",
            "（1）甲项目。投入资金10万元。",
            f"甲区人民政府办公室{gap}乙县人民政府办公室",
            "2024年3月1日",
        )
    )
    assert (programme.issuer, programme.co_issuers) == (
        "甲区人民政府办公室",
        ("乙县人民政府办公室",),
    )


def test_money_of_a_duty_is_not_declared_for_the_section_and_is_named() -> None:
    result = _import(
        "甲区结对帮扶乙县2024年帮扶项目实施方案",
        "2024年，甲区安排帮扶资金10万元。",
        "一、帮扶项目",
        "（1）甲项目。投入资金10万元。",
        "二、保障措施",
        "一是每季度召开1次调度会；二是甲区每年安排工作经费5000元，用于干部交流。",
    )
    programme = _one(result)
    duties = programme.sections[1]
    assert (duties.title, duties.declared_amount) == ("保障措施", None)
    (mention,) = [m for m in result.amounts if m.text == "5000元"]
    assert mention.used_as is None
    assert any(
        w.code is WarningCode.AMOUNT_NOT_USED and w.line == 6 and "5000元" in w.message
        for w in result.warnings
    )
    assert programme.projects[0].amount == Money.from_wan(10)


def _project(*lines: str) -> tuple[ImportResult, Project]:
    result = _import(
        "容桂街道结对帮扶泗纶镇2025年帮扶项目实施方案",
        "2025年，容桂街道安排帮扶资金60万元。",
        "一、帮扶项目",
        *lines,
    )
    return result, _one(result).projects[0]


def test_liaisons_written_per_side_are_the_people_only() -> None:
    _, project = _project(
        "（1）甲项目。投入资金60万元。",
        "挂联责任人：容桂街道 张三、李四；泗纶镇：王五",
    )
    assert project.liaisons == ("张三", "李四", "王五")


def test_a_project_split_by_year_after_its_amount_is_its_funding_by_year() -> None:
    result, project = _project(
        "（1）甲项目。投入资金60万元，2025年度安排40万元、2026年度安排20万元，建设冷库1座。"
    )
    assert [(s.amount, s.year, s.text) for s in project.funding] == [
        (Money.from_wan(40), 2025, "2025年度安排40万元"),
        (Money.from_wan(20), 2026, "2026年度安排20万元"),
    ]
    assert [m.used_as for m in result.amounts if m.line == 4] == [
        "programmes[0].projects[0].amount",
        "programmes[0].projects[0].funding[0].amount",
        "programmes[0].projects[0].funding[1].amount",
    ]


def test_one_year_alone_is_no_split_and_its_amount_is_named() -> None:
    result, project = _project("（1）甲项目。投入资金60万元，其中2025年40万元。")
    assert project.funding == ()
    assert any(w.line == 4 and "40万元" in w.message for w in result.warnings)


@pytest.mark.parametrize(
    ("promise", "amount", "findings"),
    [
        ("每年收益不低于3万元", Money.from_wan(3), []),
        ("每年分红2.5万元", Money.from_wan("2.5"), ["dividend"]),
    ],
)
def test_a_dividend_amount_in_the_clause_after_its_rate_is_the_dividends(
    promise: str, amount: Money, findings: list[str]
) -> None:
    result, project = _project(
        f"（1）甲项目。投入资金60万元，委托某公司运营，保底分红按投资额的5%计算，{promise}。"
    )
    assert project.dividend is not None
    assert (project.dividend.rate, project.dividend.amount, project.dividend.per) == (
        Decimal("0.05"),
        amount,
        "年",
    )
    assert [f.kind.value for f in reconcile(_one(result))] == findings


def test_assets_vested_in_a_village_collective_name_the_village() -> None:
    _, project = _project("（1）甲项目。投入资金60万元，资产确权至甲村集体、乙社区集体经济组织。")
    assert project.assets_to == ("甲村", "乙社区")
    _, project = _project("（1）甲项目。投入资金60万元，资产确权至村集体。")
    assert project.assets_to == ("村集体",)
