"""The amounts of a line as the importer finds them: hedged figures (170余万元, 约300万元),
malformed figures (1.5.5万元, 12,34万元) and adversarial text, each listed as written."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidmodel import Money
from aidmodel.importers import ImportResult, WarningCode, parse_plan
from aidmodel.importers._lines import mentions, split_lines
from import_support import account

HEAD = (
    "甲县2025年东西部协作项目实施方案\n"
    "依托浙江省乙市丙区优势，制定本方案。\n"
    "2025年安排东西部协作资金100万元，实施项目1个。\n"
    "（一）产业协作\n"
    "1.茶叶加工项目。投入资金100万元，新建生产线1条。\n"
    "责任单位：县农业农村局\n"
)


def _found(text: str) -> list[tuple[str, Decimal | None, str]]:
    (line,) = split_lines(text)
    return [
        (m.text, None if m.amount is None else m.amount.to_wan(), m.hedge) for m in mentions(line)
    ]


def _with(sentence: str) -> ImportResult:
    return parse_plan(HEAD + sentence, source="t.txt")


@pytest.mark.parametrize(
    ("text", "written", "wan", "hedge"),
    [
        ("累计投入170余万元。", "170余万元", Decimal(170), "余"),
        ("累计投入1.2亿余元。", "1.2亿余元", Decimal(12000), "余"),
        ("累计投入21万余元。", "21万余元", Decimal(21), "余"),
        ("累计投入10多万元。", "10多万元", Decimal(10), "多"),
        ("累计投入约300万元。", "约300万元", Decimal(300), "约"),
        ("累计投入约 750 万元。", "约 750 万元", Decimal(750), "约"),
        ("累计投入近500万元。", "近500万元", Decimal(500), "近"),
        ("累计投入超过1000万元。", "超过1000万元", Decimal(1000), "超过"),
        ("累计投入170余万，", "170余万", Decimal(170), "余"),
    ],
)
def test_hedged_amounts_are_found_as_written(
    text: str, written: str, wan: Decimal, hedge: str
) -> None:
    assert _found(text) == [(written, wan, hedge)]


@pytest.mark.parametrize(
    "text",
    ["不超过1000万元", "最近100万元", "节约300万元", "推动产业3多元化发展", "1000万元"],
)
def test_words_that_are_no_hedge(text: str) -> None:
    assert all(hedge == "" for _, _, hedge in _found(text))


def test_a_hedged_amount_keeps_its_figure_span() -> None:
    # The reading anchors on the figure: 超过 before it still marks a target.
    (line,) = split_lines("带动销售超过3000万元。")
    (mention,) = mentions(line)
    assert line.text[mention.start : mention.end] == "3000万元"
    assert mention.text == "超过3000万元"


@pytest.mark.parametrize(
    "sentence",
    ["2.累计带动销售170余万元。", "2.累计带动销售1.2亿余元。", "2.累计带动销售近500万元。"],
)
def test_unused_hedged_amounts_are_listed_and_named(sentence: str) -> None:
    result = _with(sentence)
    (mention,) = [m for m in result.amounts if m.line == 7]
    assert mention.text in sentence
    assert mention.amount is not None
    account(result)


def test_a_hedged_amount_left_unused_is_warned_as_not_exact() -> None:
    result = _with("全年累计带动销售170余万元。")
    (mention,) = [m for m in result.amounts if m.line == 7]
    assert mention.text == "170余万元"
    assert mention.amount == Money.from_wan(170)
    if mention.used_as is None:
        (warning,) = [w for w in result.warnings if w.line == 7]
        assert warning.code is WarningCode.AMOUNT_NOT_USED
        assert "'170余万元'" in warning.message
        assert "余" in warning.message


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("投入资金1.5.5万元。", "1.5.5万元"),
        ("拟投入资金12,34万元。", "12,34万元"),
        ("拟投入资金12，34万元。", "12，34万元"),
        ("拟投入资金1,2345万元。", "1,2345万元"),
        ("拟投入资金1,000,00.5元。", "1,000,00.5元"),
        ("拟投入资金.5万元。", ".5万元"),
    ],
)
def test_malformed_amounts_are_found_whole(text: str, written: str) -> None:
    assert _found(text) == [(written, None, "")]


@pytest.mark.parametrize(
    ("text", "written", "wan"),
    [
        ("拟投入资金12,340万元。", "12,340万元", Decimal(12340)),
        ("拟投入资金1,234,567.5元。", "1,234,567.5元", Decimal("123.45675")),
        ("资金,100万元", "100万元", Decimal(100)),
        ("共3项，100万元", "100万元", Decimal(100)),
        ("计划于2025.12.31前投入100万元", "100万元", Decimal(100)),
    ],
)
def test_well_formed_neighbours_of_malformed_ones(text: str, written: str, wan: Decimal) -> None:
    assert _found(text) == [(written, wan, "")]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("2.某某项目。投入资金1.5.5万元。", "1.5.5万元"),
        ("2.某某项目。拟投入资金12,34万元。", "12,34万元"),
    ],
)
def test_malformed_amounts_are_listed_and_warned(sentence: str, written: str) -> None:
    result = _with(sentence)
    (mention,) = [m for m in result.amounts if m.line == 7]
    assert (mention.text, mention.amount, mention.used_as) == (written, None, None)
    assert any(w.line == 7 and written in w.message for w in result.warnings)
    account(result)


# Adversarial text: what a linear reading must still read right (no timing here; the
# figures are in bench/bench_import.py).


def test_a_long_separator_run_is_one_malformed_amount() -> None:
    text = "1" + ",000" * 4000 + ",00.5元"
    assert _found(text) == [(text, None, "")]


def test_a_long_separator_run_that_is_well_formed_is_read() -> None:
    text = "1" + ",000" * 300 + "元"
    ((written, _, hedge),) = _found(text)
    assert (written, hedge) == (text, "")


def test_a_long_digit_run_is_one_amount() -> None:
    ((written, _, _),) = _found("9" * 5000 + "万元")
    assert written == "9" * 5000 + "万元"


def test_a_run_of_units_has_no_amount() -> None:
    assert _found("万元" * 5000) == []


def test_spaces_before_a_unit_and_after_a_figure() -> None:
    assert _found("1" + " " * 3000 + "万元") == [("1" + " " * 3000 + "万元", Decimal(1), "")]
    assert _found(("1" + " " * 50) * 200) == []


def test_a_long_run_of_chinese_numerals_is_read_at_its_end() -> None:
    # 统一五百元: the figure is found after words of numerals; a long run is tried only
    # where a numeral amount can start (its last characters).
    assert _found("一" * 3000 + "五百元") == [("五百元", Decimal("0.05"), "")]
    assert _found("统一五百元") == [("五百元", Decimal("0.05"), "")]
    # 一一一元 would read digit by digit, as a year or a code does (二〇二五): no amount, listed
    # whole as far as a numeral amount could start, never read in part.
    assert _found("一" * 3000 + "元") == [("一" * 32 + "元", None, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("投入一二三元", [("一二三元", None, "")]),  # was 123元
        ("拨付二〇二五元", [("二〇二五元", None, "")]),
        ("统一二元", [("二元", Decimal("0.0002"), "")]),  # the 一 of 统一, then a figure
        ("投入三千五万元", [("三千五万元", Decimal("3500"), "")]),  # was 3005万元
    ],
)
def test_chinese_amounts_are_never_read_digit_by_digit(
    text: str, expected: list[tuple[str, Decimal | None, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "norm",
    ["投资190(县委组织部90万、(县司法局50万))", ")(()(", "((" * 50 + "))" * 20, "(a)(b(c)d)e)"],
)
def test_bracket_ends_in_one_pass_agree_with_each_search(norm: str) -> None:
    from aidmodel.importers._projects import _bracket_end, _bracket_ends

    ends = _bracket_ends(norm)
    assert {i: _bracket_end(norm, i) for i, c in enumerate(norm) if c == "("} == ends


def test_a_project_with_many_splits_by_unit_keeps_its_bare_amount() -> None:
    result = _with("2.某项目。投资190（县委组织部90万、县司法局100万）。" + "投资5(甲10万、" * 2000)
    project = result.programmes[0].projects[1]
    assert project.amount == Money.from_wan(190)
    assert [m.text for m in result.amounts if m.line == 7][:2] == ["90万", "100万"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # An item's number before a place whose name opens with 元: no money.
        ("8.元山镇白芨种植项目，安排资金220万元", [("220万元", Decimal(220), "")]),
        ("12、元坝镇雪梨项目", []),
        # A figure with a dot before 元 elsewhere is still named (a malformed amount).
        ("每人补助8.元", [("8.元", None, "")]),
    ],
)
def test_an_items_number_before_a_place_named_with_yuan(
    text: str, found: list[tuple[str, Decimal | None, str]]
) -> None:
    assert _found(text) == found
