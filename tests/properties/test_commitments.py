"""Properties of reading commitments and evaluating them."""

from __future__ import annotations

import contextlib
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from aidmodel import (
    Achievement,
    AidModelError,
    Bound,
    Quantity,
    Verdict,
    evaluate,
    extract_commitments,
    find_commitments,
    parse_commitment,
)

METRICS = st.sampled_from(
    ["转移就业", "组织培训", "举办招聘会", "建设基地", "结对帮扶村", "培育特色专科"]
)
UNITS = st.sampled_from(
    ["名", "人次", "场", "次", "个", "户", "家", "期", "对", "㎡", "公里", "亩"]
)
SUFFIXES = st.sampled_from([("", Bound.EXACT), ("以上", Bound.AT_LEAST), ("以内", Bound.AT_MOST)])
PREFIXES = st.sampled_from(
    [("", Bound.EXACT), ("不少于", Bound.AT_LEAST), ("超过", Bound.MORE_THAN), ("约", Bound.ABOUT)]
)
FIGURES = st.integers(min_value=1, max_value=10**7)


@st.composite
def phrases(draw: st.DrawFn) -> tuple[str, str, int, str, Bound]:
    metric, value, unit = draw(METRICS), draw(FIGURES), draw(UNITS)
    if draw(st.booleans()):
        marker, bound = draw(SUFFIXES)
        return f"{metric}{value}{unit}{marker}", metric, value, unit, bound
    marker, bound = draw(PREFIXES)
    return f"{metric}{marker}{value}{unit}", metric, value, unit, bound


@given(phrases())
def test_parse_commitment_reads_back_what_was_written(
    phrase: tuple[str, str, int, str, Bound],
) -> None:
    text, metric, value, unit, bound = phrase
    c = parse_commitment(text)
    assert (c.metric, c.target.value, c.target.unit, c.target.bound) == (
        metric,
        Decimal(value),
        unit,
        bound,
    )
    assert c.text == text


@given(st.lists(phrases(), min_size=1, max_size=6), st.sampled_from(["；", "，", "。", "\n", ";"]))
def test_extract_finds_each_phrase_of_a_paragraph_in_order(
    items: list[tuple[str, str, int, str, Bound]], separator: str
) -> None:
    text = separator.join(item[0] for item in items) + "。"
    found = find_commitments(text)
    assert [(s.commitment.metric, s.commitment.target.value) for s in found] == [
        (metric, Decimal(value)) for _, metric, value, _, _ in items
    ]
    assert [text[s.start : s.end] for s in found] == [item[0] for item in items]


TEXT = st.text(
    st.sampled_from(
        list(
            "0123456789１２一二两十百千万亿余多约近以上下内不少于至少每年半月人次名个场㎡平方米元%/"
        )
        + list("（）()其中、，,；。\n\t —~-培训转移就业对进行开展到为提供第“”\u3000")
    ),
    max_size=60,
)


@given(TEXT)
def test_extract_never_raises_and_spans_are_exact(text: str) -> None:
    for span in find_commitments(text):
        assert text[span.start : span.end] == span.commitment.text
        assert span.commitment.metric.strip()
    assert extract_commitments(text) == tuple(s.commitment for s in find_commitments(text))
    with contextlib.suppress(AidModelError):
        parse_commitment(text)


@given(FIGURES, FIGURES, st.sampled_from([Bound.AT_LEAST, Bound.MORE_THAN, Bound.EXACT]))
def test_an_exact_result_is_judged_by_plain_comparison(
    target: int, actual: int, bound: Bound
) -> None:
    commitment = parse_commitment(f"转移就业{target}名{'以上' if bound is Bound.AT_LEAST else ''}")
    if bound is Bound.MORE_THAN:
        commitment = parse_commitment(f"转移就业超过{target}名")
    result = evaluate(
        commitment, Achievement(metric="转移就业", actual=Quantity(value=actual, unit="名"))
    )
    met = actual > target if bound is Bound.MORE_THAN else actual >= target
    assert result.verdict is (Verdict.MET if met else Verdict.NOT_MET)
