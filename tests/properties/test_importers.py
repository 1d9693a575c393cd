"""Properties of the plain-text importer: damaged text degrades into warnings, never errors."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aidmodel import Money
from aidmodel.importers import ImportResult, parse_plan

from strategies import mutated_plans


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


@given(st.text(max_size=400))
def test_any_text_imports_without_raising(text: str) -> None:
    assert isinstance(parse_plan(text), ImportResult)
