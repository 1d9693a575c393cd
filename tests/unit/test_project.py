"""The project itself: public names, README commands, CI script, examples, benchmark."""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import aidmodel

ROOT = Path(__file__).resolve().parents[2]

PUBLIC = [
    "Achievement",
    "AidModelError",
    "AmountError",
    "Bound",
    "Commitment",
    "DateSpan",
    "Dividend",
    "FundSource",
    "FundSourceKind",
    "FundingShare",
    "InvalidTypeError",
    "InvalidValueError",
    "MechanismTask",
    "Money",
    "NumeralError",
    "PartialDate",
    "Programme",
    "Project",
    "ProjectStatus",
    "Provenance",
    "Quantity",
    "Region",
    "Scheme",
    "Section",
    "SerializationError",
    "SourceError",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "parse_chinese_number",
    "parse_quantity",
    "parse_rmb_upper",
    "rmb_upper",
    "to_chinese",
    "to_dict",
    "to_json",
]


def test_public_names_are_pinned() -> None:
    assert aidmodel.__all__ == PUBLIC
    assert sorted(aidmodel.__all__) == aidmodel.__all__
    for name in PUBLIC:
        assert getattr(aidmodel, name) is not None


def test_submodule_public_names_are_documented() -> None:
    from aidmodel import errors, model, money, numerals, quantity, samples, serialize

    for module in (errors, model, money, numerals, quantity, samples, serialize):
        for name in module.__all__:
            obj = getattr(module, name)
            assert obj.__doc__, f"{module.__name__}.{name} has no docstring"
            if callable(obj) and not isinstance(obj, dict):
                assert ">>>" in (obj.__doc__ or ""), f"{module.__name__}.{name} has no example"


def test_py_typed_is_shipped() -> None:
    assert (Path(aidmodel.__file__).parent / "py.typed").is_file()


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)[:2]


def test_readme_opens_with_the_two_commands() -> None:
    main_job, tests = _readme_commands()
    assert main_job.endswith(".venv/bin/aidmodel")
    assert tests.endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines(), "the CI script must run the README's test command verbatim"


def test_changelog_has_unreleased_section() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert "Keep a Changelog" in changelog


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.py")), ids=lambda p: p.name)
def test_examples_run(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(example), run_name="__main__")
    out = capsys.readouterr().out
    assert out
    assert "DIFFERS" not in out


def test_benchmark_smoke() -> None:
    script = ROOT / "bench" / "bench_numerals.py"
    if not script.exists():
        pytest.skip("benchmark not present")
    result = subprocess.run(
        [sys.executable, str(script), "--quick"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "rmb_upper" in result.stdout
