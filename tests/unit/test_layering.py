"""No module imports another module's private names: what is shared is a named module."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import aidmodel

SRC = Path(aidmodel.__file__).parent

#: Private names taken from another module. Nothing may be added here: share a building
#: block through a named internal module (aidmodel._display, aidmodel._commitment_scan,
#: aidmodel._labelled, aidmodel._exact ...) instead.
KNOWN: set[tuple[str, str, str]] = set()


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


def test_the_scanner_finds_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The check reads what it should: a module importing a private name is found.
    package = tmp_path / "aidmodel"
    package.mkdir()
    (package / "a.py").write_text("_SHARED = 1\n", encoding="utf-8")
    (package / "b.py").write_text("from aidmodel.a import _SHARED\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SRC", package)
    assert _private_imports() == {("aidmodel.b", "aidmodel.a", "_SHARED")}
