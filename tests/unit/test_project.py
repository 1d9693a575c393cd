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
    "Bound",
    "Commitment",
    "DateSpan",
    "Dividend",
    "Finding",
    "FindingKind",
    "FundSource",
    "FundSourceKind",
    "FundingShare",
    "MechanismTask",
    "Money",
    "PartialDate",
    "Programme",
    "Project",
    "ProjectStatus",
    "Provenance",
    "Quantity",
    "Region",
    "Scheme",
    "Section",
    "__version__",
    "build",
    "from_json",
    "fund_plan",
    "parse_plan",
    "portfolio",
    "read_plan",
    "reconcile",
    "rmb_upper",
    "to_json",
]

#: The names the root listed before 0.2 that now live in a submodule only: they keep working.
KEPT = {
    "aidmodel.errors": [
        "AmountError",
        "InvalidTypeError",
        "InvalidValueError",
        "MissingDependencyError",
        "NumeralError",
        "SerializationError",
        "SourceError",
    ],
    "aidmodel.model": ["EventKind", "Ledger", "LedgerEvent"],
    "aidmodel.numerals": ["parse_chinese_number", "parse_rmb_upper", "to_chinese"],
    "aidmodel.quantity": ["parse_quantity"],
    "aidmodel.aggregate": [
        "CommitmentTotal",
        "Group",
        "PortfolioRow",
        "SectionTotal",
        "commitment_totals",
        "totals_by_deadline",
        "totals_by_location",
        "totals_by_section",
        "totals_by_source",
        "totals_by_status",
        "totals_by_unit",
        "totals_by_year",
    ],
    "aidmodel.commitments": [
        "CommitmentSpan",
        "extract_commitments",
        "find_commitments",
        "parse_commitment",
    ],
    "aidmodel.formatting": ["format_commitment", "format_date", "format_money", "format_quantity"],
    "aidmodel.frames": ["to_arrow", "to_pandas", "to_polars"],
    "aidmodel.fundplan": ["FundPlan", "PlanColumn", "PlanRow", "PlanRowKind"],
    "aidmodel.importers": [
        "ImportResult",
        "ImportWarning",
        "MoneyMention",
        "WarningCode",
        "parse_ledger",
        "read_ledger",
    ],
    "aidmodel.progress": [
        "MonthProgress",
        "Progress",
        "ProgressGroup",
        "ProjectProgress",
        "ProjectState",
        "format_rate",
        "progress",
        "progress_table",
    ],
    "aidmodel.serialize": ["from_dict", "json_schema", "make_converter", "to_dict"],
    "aidmodel.tracking": ["Evaluation", "Overdue", "Verdict", "due_by", "evaluate", "overdue"],
    "aidmodel.units": ["UNITS", "Dimension", "Unit", "unit_info", "units_agree"],
}


def test_public_names_are_pinned() -> None:
    assert aidmodel.__all__ == PUBLIC
    # The order is ruff's (RUF022: constants, classes, then functions), checked by ruff.
    for name in PUBLIC:
        assert getattr(aidmodel, name) is not None


@pytest.mark.parametrize("module_name", sorted(KEPT))
def test_the_old_root_names_keep_working_from_their_new_home(module_name: str) -> None:
    import importlib

    module = importlib.import_module(module_name)
    for name in KEPT[module_name]:
        assert name in module.__all__, f"{module_name}.{name} is not public"
        assert getattr(aidmodel, name) is getattr(module, name)


def test_the_kept_names_are_the_old_root_less_the_new_root() -> None:
    kept = {name: module for module, names in KEPT.items() for name in names}
    assert kept == aidmodel._KEPT  # type: ignore[attr-defined]
    assert len(PUBLIC) - 1 + len(kept) == 101  # the 101 names of the old __all__ (and build)


def test_submodule_public_names_are_documented() -> None:
    import importlib

    # aidmodel.progress and aidmodel.reconcile are functions; their modules by import.
    names = [*sorted(KEPT), "aidmodel.money", "aidmodel.plot", "aidmodel.reconcile"]
    names += [
        "aidmodel.messages",
        "aidmodel.samples",
        "aidmodel.importers.files",
        "aidmodel.lenient",
    ]
    for module in map(importlib.import_module, names):
        for name in module.__all__:
            obj = getattr(module, name)
            if not callable(obj):  # data: documented by its #: comment, in docs/api.md
                continue
            assert obj.__doc__, f"{module.__name__}.{name} has no docstring"
            if not isinstance(obj, dict):
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
    ci_script = ROOT / ".ci" / "run"
    if not ci_script.exists():
        pytest.skip("not a checkout: an sdist ships no .ci/run")
    ci = ci_script.read_text(encoding="utf-8")
    assert tests in ci.splitlines(), "the CI script must run the README's test command verbatim"


def test_version_is_the_changelogs_newest_release() -> None:
    """``aidmodel.__version__`` (what the build reads) names CHANGELOG.md's newest release, and
    PyPI accepts it: a public PEP 440 version, no local ``+…`` part."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d[^\]]*)\] - \d{4}-\d{2}-\d{2}$", changelog, flags=re.MULTILINE)
    assert releases, "CHANGELOG.md names no release (## [X.Y.Z] - YYYY-MM-DD)"
    assert aidmodel.__version__ == releases[0]
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", aidmodel.__version__)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'path = "src/aidmodel/__init__.py"' in pyproject


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


def test_build_a_plan_example_golden(
    request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/guide.md's app prints its findings, totals, table, round trips and the edit."""
    pytest.importorskip("pandas")
    runpy.run_path(str(ROOT / "examples" / "build_a_plan.py"), run_name="__main__")
    out = capsys.readouterr().out
    path = ROOT / "tests" / "golden" / "examples" / "build_a_plan.txt"
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8"), f"{path.name} differs (--update-golden)"


def test_build_a_plan_example_runs_without_pandas(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas raises ImportError
    runpy.run_path(str(ROOT / "examples" / "build_a_plan.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "no data frame: to_pandas: pandas is not installed" in out
    assert out.endswith("built from plain data equal: True\n")


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


@pytest.mark.parametrize(
    ("script", "needs", "shows"),
    [
        ("bench_model.py", ("msgspec", "pydantic", "orjson"), ("msgspec",)),
        ("ab_model.py", ("msgspec",), ("200 projects, 1 rounds", "load: base ", "this/base ")),
        ("ab_import.py", (), ("base: best ", "this: best ", "median of medians")),
        ("bench_startup.py", (), ("| python -c pass |", "| import aidmodel |", "--help")),
        ("bench_reconcile.py", ("polars",), ("plain-dict loop",)),
        ("bench_progress.py", ("polars",), ("plain-dict loop", "aidmodel progress")),
        (
            "bench_import.py",
            (),
            ("parse_plan on 20 projects:", "plans/second", "µs/KB at 100 KB", "separators"),
        ),
        (
            "bench_gazetteer.py",
            (),
            ("find_divisions(stems=False):", " bytes, ", "matches, best of"),
        ),
    ],
)
def test_model_benchmarks_smoke(
    script: str, needs: tuple[str, ...], shows: tuple[str, ...]
) -> None:
    for module in needs:
        pytest.importorskip(module, reason="the bench extra is not installed")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--quick"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert all(text in result.stdout for text in shows), result.stdout


def test_synthetic_programme_is_consistent() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from synthetic import make_programme

    programme = make_programme(50)
    assert len(programme.projects) == 50
    assert aidmodel.reconcile(programme) == ()
    assert aidmodel.from_json(aidmodel.to_json(programme), aidmodel.Programme) == programme
