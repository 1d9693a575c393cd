"""``import aidmodel`` and ``aidmodel --help`` load only what they need (issue 16).

The time is measured by bench/bench_startup.py, not here; these tests pin what
is loaded, and that the names imported on first use are the names exported.
"""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import aidmodel
import aidmodel.importers

#: Modules that a one-shot start must not load.
HEAVY = ("aidmodel.importers._plan", "aidmodel.formatting", "babel", "cattrs", "importlib.metadata")


def _loaded_by(code: str, language: str = "C.UTF-8") -> set[str]:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env={**environ, "LANG": language},
    )
    return set(done.stdout.split())


@pytest.mark.parametrize(
    "code",
    [
        "import aidmodel",
        "import contextlib, io\nfrom aidmodel.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])",
    ],
    ids=["import", "help"],
)
def test_a_start_does_not_load_the_importer_babel_or_cattrs(code: str) -> None:
    loaded = _loaded_by(code)
    assert "aidmodel" in loaded
    assert not loaded & set(HEAVY)


def test_a_chinese_help_reads_its_catalog_and_nothing_heavier() -> None:
    code = (
        "import contextlib, io\nfrom aidmodel.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])"
    )
    loaded = _loaded_by(code, "zh_CN.UTF-8")
    assert "babel.support" in loaded  # the catalog, read only for a Chinese help
    assert not loaded & {"aidmodel.importers._plan", "aidmodel.formatting", "cattrs"}


def _deferred(module: object) -> set[str]:
    """The names a package's ``if TYPE_CHECKING:`` block imports."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    names = set()
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for item in node.body:
                if isinstance(item, ast.ImportFrom):
                    names.update(alias.asname or alias.name for alias in item.names)
    return names


@pytest.mark.parametrize("package", [aidmodel, aidmodel.importers], ids=lambda m: m.__name__)
def test_the_names_loaded_on_first_use_are_exported_and_typed(package: object) -> None:
    lazy = package._LAZY  # type: ignore[attr-defined]
    kept = getattr(package, "_KEPT", {})  # the old root names that moved to a submodule
    assert set(lazy) | set(kept) == _deferred(package)
    exported = set(package.__all__)  # type: ignore[attr-defined]
    assert set(lazy) - {"samples"} <= exported
    assert not set(kept) & exported
    for name in {**kept, **lazy}:
        value = getattr(package, name)
        module = importlib.import_module({**kept, **lazy}[name])
        assert value is (module if name == "samples" else getattr(module, name))


def test_no_name_loaded_on_first_use_is_also_a_submodule_unless_kept() -> None:
    # Importing aidmodel.x sets aidmodel.x to the module: a function of that name would be
    # lost, unless the package keeps it (aidmodel._lazy.keep_functions).
    submodules = {info.name for info in pkgutil.iter_modules(aidmodel.__path__)}
    kept = {"progress"}
    deferred = {*aidmodel._LAZY, *aidmodel._KEPT} - {"samples"}  # type: ignore[attr-defined]
    assert deferred & submodules == kept
    assert callable(aidmodel.reconcile)


@pytest.mark.parametrize(
    "code",
    [
        "import aidmodel.progress",
        "import aidmodel.plot",
        "from aidmodel.progress import progress_table",
        "import aidmodel; aidmodel.progress",
        "import aidmodel; aidmodel.Progress; import aidmodel.progress",
    ],
)
def test_a_function_named_like_its_submodule_stays_the_function(code: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"{code}\nimport aidmodel, sys\nfrom aidmodel import progress\n"
            "print(progress is sys.modules['aidmodel.progress'].progress,"
            " aidmodel.progress is progress)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "True"]


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'prase_plan'"):
        aidmodel.prase_plan  # type: ignore[attr-defined]  # noqa: B018
    assert "parse_plan" in dir(aidmodel)


def test_the_old_root_names_resolve_but_are_not_listed() -> None:
    from aidmodel import to_chinese, totals_by_year  # kept for code written before 0.2
    from aidmodel.aggregate import totals_by_year as in_aggregate
    from aidmodel.numerals import to_chinese as in_numerals

    assert totals_by_year is in_aggregate
    assert to_chinese is in_numerals
    listed = dir(aidmodel)
    assert "totals_by_year" not in listed
    assert "to_chinese" not in listed
    assert not set(aidmodel._KEPT) & set(listed)  # type: ignore[attr-defined]
