"""The importer on a recipient's own plan for a donor's aid, with its projects in an attached
table: a title naming the recipient before the year and the donor after it, prose sections that
declare a count and an amount (安排项目3个，投资4480万元) filled by the rows of their 类别, and a
money column headed only 投资（万元）. Wordings none of the seeds or genre plans uses."""

from __future__ import annotations

import pytest

from aidmodel import Money, Scheme
from import_support import one as _one
from import_support import parse_lines as _import


@pytest.mark.parametrize(
    ("title", "donor", "recipient", "scheme"),
    [
        ("墨脱县2025年广东省对口支援项目计划", "广东省", "墨脱县", Scheme.COUNTERPART),
        ("甲县2024年乙市丙区东西部协作资金项目实施方案", "丙区", "甲县", Scheme.EAST_WEST),
    ],
)
def test_a_title_naming_the_recipient_before_the_year_and_the_donor_after_it(
    title: str, donor: str, recipient: str, scheme: Scheme
) -> None:
    programme = _one(
        _import(title, "安排资金10万元。", "一、产业发展", "1.甲项目。投入资金10万元。")
    )
    assert (programme.donor.name, programme.recipient.name, programme.scheme) == (
        donor,
        recipient,
        scheme,
    )


def test_without_a_scheme_word_after_the_second_place_nothing_is_guessed() -> None:
    result = _import(
        "和田县2023年北京市项目实施方案", "安排资金10万元。", "一、产业发展", "1.甲项目。"
    )
    (programme,) = result.programmes
    assert (programme.donor, programme.recipient, programme.scheme) == (None, None, None)
    assert sum(w.code.value == "not_stated" for w in result.warnings) == 3


def test_yuanjiang_is_a_scheme_word_between_recipient_and_donor() -> None:
    programme = _one(
        _import(
            "和田县2023年北京市援疆项目实施方案", "安排资金10万元。", "一、产业发展", "1.甲项目。"
        )
    )
    assert (programme.donor.name, programme.recipient.name, programme.scheme) == (
        "北京市",
        "和田县",
        Scheme.COUNTERPART,
    )


def test_a_donor_first_title_is_read_as_before() -> None:
    programme = _one(
        _import(
            "乙区2025年结对帮扶甲县项目实施方案",
            "安排资金10万元。",
            "一、产业发展",
            "1.甲项目。投入资金10万元。",
        )
    )
    assert (programme.donor.name, programme.recipient.name) == ("乙区", "甲县")


_PLAN = (
    "墨脱县2025年广东省对口支援项目计划",
    "2025年，墨脱县援藏项目资金共计900万元。共安排项目3个（详见附件）。",
    "一、重点任务",
    "（一）夯实基础设施。安排项目2个，投资700万元。新建村道12公里，惠及群众3000人以上。",
    "（二）促进就业创业。安排项目1个，投资200万元。开展技能培训500人次以上。",
    "二、保障措施",
    "（一）压实责任。每季度召开1次调度会。",
    "",
    "附件",
    "",
    "墨脱县2025年广东省对口支援项目计划表",
    "序号\t类别\t项目名称\t投资（万元）\t实施单位",
    "1\t就业创业\t技能培训项目\t200\t县人社局",
    "2\t基础设施\t背崩乡村道项目\t400\t县交通局",
    "3\t基础设施\t达木乡村道项目\t300\t县交通局",
    "合计\t\t3个\t900\t",
)


def test_prose_sections_declaring_figures_are_filled_by_the_rows_of_their_category() -> None:
    result = _import(*_PLAN)
    programme = _one(result)
    sections = {s.id: s for s in programme.walk_sections()}
    placed = [(p.name, sections[p.section or ""].title, p.amount) for p in programme.projects]
    assert placed == [
        ("技能培训项目", "促进就业创业", Money.from_wan(200)),
        ("背崩乡村道项目", "夯实基础设施", Money.from_wan(400)),
        ("达木乡村道项目", "夯实基础设施", Money.from_wan(300)),
    ]
    figures = {
        s.title: (s.declared_count, s.declared_amount)
        for s in programme.walk_sections()
        if s.declared_count is not None
    }
    assert figures == {
        "夯实基础设施": (2, Money.from_wan(700)),
        "促进就业创业": (1, Money.from_wan(200)),
    }
    # The sections' targets are the programme's (no one row's); the duty stays a task's.
    assert [c.text for c in programme.commitments] == [
        "新建村道12公里",
        "惠及群众3000人以上",
        "开展技能培训500人次以上",
    ]
    assert [c.text for m in programme.mechanisms for c in m.commitments] == ["每季度召开1次调度会"]
    assert all(m.used_as is not None for m in result.amounts)


@pytest.mark.parametrize("header", ["投资（万元）", "投资额(万元)", "投资金额（万元）"])
def test_a_column_headed_only_investment_is_the_projects_money(header: str) -> None:
    lines = list(_PLAN)
    lines[11] = f"序号\t类别\t项目名称\t{header}\t实施单位"
    programme = _one(_import(*lines))
    assert [p.amount for p in programme.projects] == [
        Money.from_wan(200),
        Money.from_wan(400),
        Money.from_wan(300),
    ]
