"""mypy --strict rejects the wrong calls of wrong_calls.py, each with its code, and accepts
the right ones of the check_*.py modules and of the examples (examples/*.py: the apps the
guides build, docs/guide.md's among them)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy", reason="mypy (the lint extra) checks the types")

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
_ERROR = re.compile(
    r"(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*?)  \[(?P<code>[a-z-]+)\]$"
)


def _marked(mark: str = "# E: ") -> dict[int, str]:
    lines = (HERE / "wrong_calls.py").read_text(encoding="utf-8").splitlines()
    return {
        number: line.split(mark)[1].strip()
        for number, line in enumerate(lines, start=1)
        if mark in line
    }


def test_mypy_rejects_each_wrong_call_and_accepts_the_right_ones() -> None:
    examples = sorted((ROOT / "examples").glob("*.py"))
    assert ROOT / "examples" / "build_a_plan.py" in examples
    checked = [HERE / "wrong_calls.py", *sorted(HERE.glob("check_*.py")), *examples]
    # In a process of its own: mypy's main raises the recursion limit and tunes the collector,
    # which would change what other tests see.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--show-error-codes",
            "--no-error-summary",
            "--no-pretty",
            *map(str, checked),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    out, err = result.stdout, result.stderr
    assert not err, err
    found: dict[int, str] = {}
    others: list[str] = []
    for line in out.splitlines():
        match = _ERROR.match(line)
        if match and Path(match["path"]).name == "wrong_calls.py":
            found.setdefault(int(match["line"]), match["code"])
        elif line.strip() and "note:" not in line:
            others.append(line)
    assert others == []  # the right calls type-check, and no wrong call fails otherwise
    # The holes: wrong calls mypy should reject but does not yet (see wrong_calls.py).
    holes = _marked("# HOLE: ")
    caught = sorted(set(holes) & set(found))
    assert not caught, f"mypy now rejects the wrong calls on lines {caught}: mark them # E:"
    assert found == _marked()
