"""The prose importer on figures written in Chinese numerals or 大写 (plan m of the genre
round 2, in other wordings): amounts (投入资金三百万元, 安排资金贰佰万元, 每户八百元), counts
(实施项目两个, （项目两个，资金三百万元）), a notice dated 二〇二四年五月八日, and what only
looks like money (一万人, 数百万元, 城乡二元结构)."""

from __future__ import annotations

import pytest

from aidmodel import Money, PartialDate
from aidmodel.importers import parse_plan
from aidmodel.importers._lines import count_value, date_parts, mentions, split_lines
from import_support import account
from import_support import one as _one
from import_support import parse_lines as _import

PLAN = (
    "乙区·甲县2024年东西部协作项目实施方案",
    "一、资金安排",
    "2024年，乙区安排我县东西部协作资金500万元（大写：伍佰万元整），共实施项目两个。",
    "二、项目安排",
    "（一）文旅协作（项目两个，资金五百万元）",
    "1.甲村民宿改造项目",
    "安排资金贰佰万元，改造民宿十间，每户补助八百元。",
    "2.乙镇游客中心项目",
    "投入三百万元，新建游客中心1座。",
)


def _mentions(text: str) -> list[tuple[str, Money | None]]:
    return [(m.text, m.amount) for m in mentions(split_lines(text)[0])]


def test_amounts_and_counts_in_chinese_numerals_are_read_like_digits() -> None:
    result = _import(*PLAN)
    programme = _one(result)
    assert programme.declared_project_count == 2
    ((section,),) = [s.subsections for s in programme.sections]
    assert (section.title, section.declared_count, section.declared_amount) == (
        "文旅协作",
        2,
        Money.from_wan(500),
    )
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("甲村民宿改造项目", Money.from_wan(200)),
        ("乙镇游客中心项目", Money.from_wan(300)),
    ]
    assert [m.text for m in result.amounts] == [
        "500万元",
        "五百万元",
        "贰佰万元",
        "八百元",
        "三百万元",
    ]
    # each used or named: the subsidy standard 每户补助八百元 is no project's money
    assert account(result) == (4, 1)


def test_a_total_naming_one_fund_is_that_fund() -> None:
    (source,) = _one(_import(*PLAN)).fund_sources
    assert (source.label, source.amount, source.year) == (
        "东西部协作资金",
        Money.from_wan(500),
        2024,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("投入资金六百八十万元，每人五百元", [("六百八十万元", "6800000"), ("五百元", "500")]),
        ("安排资金壹仟零捌拾万元", [("壹仟零捌拾万元", "10800000")]),
        ("争取社会帮扶资金一百万元以上", [("一百万元", "1000000")]),
        ("统一五百元标准", [("五百元", "500")]),
        ("带动一万人增收，养殖三万羽", []),
        ("撬动数百万元、几十万元、上千万元社会资金", []),
        ("破除城乡二元结构，推动一元化管理", []),
        ("共计资金766万元（大写：柒佰陆拾陆万元整）", [("766万元", "7660000")]),
        ("投入50万元（伍拾万元），新建冷库", [("50万元", "500000")]),
    ],
)
def test_what_is_money_in_chinese_numerals(text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(text) == [(t, Money.from_yuan(v)) for t, v in expected]


def test_a_count_of_aspects_is_no_count_of_projects() -> None:
    programme = _one(
        _import(
            "乙区帮扶甲县2024年项目实施方案",
            "全年从五个方面帮扶甲县，帮扶资金100万元。",
            "一、产业协作",
            "1.甲项目。投入资金100万元，建设冷库1座。",
        )
    )
    assert (programme.declared_total, programme.declared_project_count) == (
        Money.from_wan(100),
        None,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("七", 7),
        ("十二", 12),
        ("两", 2),
        # Numerals that are no count: digits one by one (二三个 is two or three, not 23) and
        # a 零 at the end (十零), which parse_chinese_number refuses.
        ("二三", None),
        ("三〇", None),
        ("十零", None),
        ("一百零", None),
    ],
)
def test_count_value(text: str, value: int | None) -> None:
    assert count_value(text) == value


@pytest.mark.parametrize(
    ("count", "declared"), [("十零", None), ("一百零", None), ("二三", None), ("十二", 12)]
)
def test_a_count_that_is_no_number_is_no_count(count: str, declared: int | None) -> None:
    # 十零 raised a NumeralError out of parse_plan once 零 at the end became an error; 二三 was
    # read as 23.
    programme = _one(
        _import(
            "乙区帮扶甲县2024年项目实施方案",
            f"共实施项目{count}个，帮扶资金100万元。",
            "一、产业协作",
            "1.甲项目。投入资金100万元，建设冷库1座。",
        )
    )
    assert programme.declared_project_count == declared


def test_a_share_counted_in_chinese_numerals() -> None:
    # A recipient's count in Chinese numerals raised a builtin ValueError (int("两")).
    result = parse_plan(
        "\n".join(
            [
                "余杭区2024年东西部协作帮扶剑河县和台江县项目计划",
                "一、资金安排",
                "2024年，余杭区安排东西部协作资金900万元，其中：支持剑河县600万元，共两个项目；"
                "支持台江县300万元，共二三个项目。",
                "二、剑河县项目",
                "1.茶园提升项目。投入资金400万元，改造茶园500亩。",
                "2.冷库建设项目。投入资金200万元，新建冷库1座。",
                "三、台江县项目",
                "1.刺绣工坊项目。投入资金300万元，培训绣娘200人。",
            ]
        )
    )
    assert [(p.recipient.name, p.declared_project_count) for p in result.programmes] == [
        ("剑河县", 2),
        ("台江县", None),
    ]


def test_a_notice_dated_in_chinese_numerals() -> None:
    text = "\n".join(
        [
            "甲县人民政府办公室关于印发乙区·甲县2024年东西部协作项目实施方案的通知",
            "各乡镇：现将《乙区·甲县2024年东西部协作项目实施方案》印发给你们。",
            "甲县人民政府办公室",
            "二○二四年十二月三十一日",
            "乙区·甲县2024年东西部协作项目实施方案",
            "2024年安排东西部协作资金100万元，实施项目1个。",
            "一、项目",
            "1.甲项目。投入资金100万元，建设冷库1座。",
        ]
    )
    programme = _one(parse_plan(text))
    assert (programme.issuer, programme.issue_date) == (
        "甲县人民政府办公室",
        PartialDate(2024, 12, 31),
    )
    assert date_parts("于二〇二五年六月底前完成") == (2025, 6, None)
