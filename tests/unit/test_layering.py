"""No module imports another module's private names: what is shared is a named module."""

from __future__ import annotations

import ast
from pathlib import Path

import aidmodel

SRC = Path(aidmodel.__file__).parent

#: Private names still taken from another module, each with who removes it. Nothing may be
#: added here: share a building block through a named internal module (aidmodel._display,
#: aidmodel._commitment_scan, aidmodel._labelled ...) instead.
KNOWN = {
    # The Decimal and numeral building blocks of money.py and numerals.py (issue 15, part a).
    ("aidmodel._commitment_scan", "aidmodel.numerals", "_FULL_WIDTH"),
    ("aidmodel.importers._lines", "aidmodel.numerals", "_FULL_WIDTH"),
    ("aidmodel.importers._lines", "aidmodel.numerals", "_parse_number"),
    ("aidmodel.money", "aidmodel.numerals", "_parse_money_text"),
    ("aidmodel.numerals", "aidmodel.money", "_CTX"),
    ("aidmodel.numerals", "aidmodel.money", "_exact_yuan"),
    ("aidmodel.numerals", "aidmodel.money", "_tidy"),
    ("aidmodel.quantity", "aidmodel.money", "_CTX"),
    ("aidmodel.quantity", "aidmodel.money", "_tidy"),
    ("aidmodel.quantity", "aidmodel.numerals", "_DIGIT"),
    ("aidmodel.quantity", "aidmodel.numerals", "_parse_number"),
    ("aidmodel.quantity", "aidmodel.numerals", "_strip"),
    # The projects' total, public with the editing helpers (issue 15, part c).
    ("aidmodel._report", "aidmodel.aggregate", "_planned"),
}


def _private_imports() -> set[tuple[str, str, str]]:
    found = set()
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        package = ".".join(parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = node.module or ""
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                source = f"{base}.{source}" if source else base
            if not source.startswith("aidmodel"):
                continue
            for alias in node.names:
                name = alias.name
                submodule = f"{source}.{name}"
                if name.startswith("_") and not name.startswith("__"):
                    if (SRC.parent / Path(*submodule.split("."))).with_suffix(".py").exists():
                        continue  # a private module: a named internal module, shared on purpose
                    found.add((module, source, name))
    return found


def test_no_new_import_of_a_private_name() -> None:
    new = _private_imports() - KNOWN
    assert not new, f"share these through a named internal module: {sorted(new)}"


def test_the_scanner_finds_them() -> None:
    # The check reads what it should: the known ones that remain are found.
    assert _private_imports() & KNOWN
