"""The core's imports go one way: _wording <- errors <- _exact <- _chinese <- money <- numerals."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import aidmodel

SRC = Path(aidmodel.__file__).parent

#: Each core module and the aidmodel modules it may import (at any depth of the code).
LAYERS = {
    "_wording": set(),
    "errors": {"_wording"},
    "_exact": {"_wording", "errors"},
    "_chinese": {"_wording", "errors", "_exact"},
    "money": {"_wording", "errors", "_exact", "_chinese"},
    "numerals": {"_wording", "errors", "_exact", "_chinese", "money"},
}


def _imported(module: str) -> set[str]:
    tree = ast.parse((SRC / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("aidmodel."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.split(".")[1]
                for alias in node.names
                if alias.name.startswith("aidmodel.")
            )
    return found


@pytest.mark.parametrize("module", sorted(LAYERS))
def test_core_imports_point_inward(module: str) -> None:
    assert _imported(module) <= LAYERS[module]


def test_no_module_imports_a_private_name_of_money_or_numerals() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in {
                "aidmodel.money",
                "aidmodel.numerals",
            }:
                offenders += [
                    f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")
                ]
    assert offenders == []
