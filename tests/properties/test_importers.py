"""Properties of the plain-text importer: damaged text degrades into warnings, never errors."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from aidmodel import Money
from aidmodel.importers import ImportResult, parse_plan

from strategies import mutated_plans, plans_with_odd_amounts


@given(mutated_plans())
def test_mutated_plans_import_without_raising(text: str) -> None:
    result = parse_plan(text, source="mutated.txt")
    assert isinstance(result, ImportResult)
    lines = text.split("\n")
    for mention in result.amounts:
        assert mention.text in lines[mention.line - 1]
        if mention.used_as is None:
            assert any(
                w.line == mention.line and mention.text in w.message for w in result.warnings
            )
        else:
            assert mention.amount is None or isinstance(mention.amount, Money)
    for programme in result.programmes:
        assert programme.provenance is not None
        assert programme.provenance.source == "mutated.txt"
        for project in programme.projects:
            assert project.provenance is not None
            assert project.provenance.line_start <= len(lines)


@given(plans_with_odd_amounts())
def test_hedged_and_malformed_amounts_are_never_lost(
    case: tuple[str, list[tuple[int, str]]],
) -> None:
    # 170余万元, 约300万元, 1.5.5万元, 12,34万元 written into a damaged plan: each is listed as
    # written (never a part of it), and used or named in a warning.
    text, planted = case
    result = parse_plan(text, source="mutated.txt")
    listed = Counter((m.line, m.text) for m in result.amounts)
    for where in planted:
        assert listed[where] >= Counter(planted)[where], (where, sorted(listed))
    for mention in result.amounts:
        if mention.used_as is None:
            assert any(
                w.line == mention.line and mention.text in w.message for w in result.warnings
            ), mention


@given(st.text(max_size=400))
def test_any_text_imports_without_raising(text: str) -> None:
    assert isinstance(parse_plan(text), ImportResult)
