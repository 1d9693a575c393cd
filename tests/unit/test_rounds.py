"""The blind rounds' documents kept as regression tests (issue 14).

Every document of every round (tests/fixtures/rounds, rounds 1 and 2 in tests/fixtures/genre)
is imported and scored against its answer key with ``tools/score_rounds.py``; the score may
not fall below the one kept in tests/golden/rounds.json: as many keyed fields right, as many
planted findings found, no false finding that was not there, every amount still accounted
for. A change that reads a document better raises the floor with
``python tools/score_rounds.py --golden`` (the diff of the golden file shows what changed).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_rounds", ROOT / "tools" / "score_rounds.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_rounds", module)
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()
GOLDEN: dict[str, dict[str, Any]] = json.loads(SCORER.GOLDEN.read_text(encoding="utf-8"))
DOCUMENTS = {path.stem: path for path in SCORER.documents([])}


def test_every_document_of_every_round_has_a_floor() -> None:
    assert sorted(GOLDEN) == sorted(DOCUMENTS)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_round_document_scores_no_lower_than_its_floor(name: str) -> None:
    score = SCORER.score_document(DOCUMENTS[name])
    floor = GOLDEN[name]
    assert score.error is None
    assert score.fields == floor["fields"], "the key changed: run score_rounds.py --golden"
    assert score.fields_right >= floor["right"], "\n".join(score.misses)
    assert score.planted_found >= floor["planted"]
    new = set(score.false_findings) - set(floor["false"])
    assert not new, f"new false findings: {sorted(new)}"
    assert score.amounts_seen >= floor["amounts"]
