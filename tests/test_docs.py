"""The documentation in docs/: it builds cleanly, covers the API and shows real output.

The ``>>>`` examples in docs/*.md run as doctests (``--doctest-glob=*.md``); these
tests cover what doctests cannot.
"""

from __future__ import annotations

import re
import shlex
import warnings
from pathlib import Path

import pytest

import aidmodel
from aidmodel.cli import main

DOCS = Path(__file__).resolve().parent.parent / "docs"
# Modules of the documentation tool chain, as warnings.filterwarnings matches them.
_DOC_TOOLS = r"(sphinx|myst_parser|docutils|alabaster)(\.|$)"


def test_sphinx_build_has_no_warnings(tmp_path: Path) -> None:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    from sphinx.cmd.build import build_main

    args = ["-W", "--keep-going", "-q", "-b", "html", str(DOCS), str(tmp_path / "html")]
    with warnings.catch_warnings():
        # Sphinx and MyST use APIs that Sphinx itself deprecates (in Sphinx 9, napoleon
        # tests the truth of autodoc's options object and MyST reads env.app). The suite
        # turns warnings into errors, so let deprecations raised from within those
        # packages pass; ones caused by docs/conf.py still fail.
        for category in (DeprecationWarning, PendingDeprecationWarning):
            warnings.filterwarnings("ignore", category=category, module=_DOC_TOOLS)
        status = build_main(args)
    assert status == 0, "sphinx-build reported warnings or errors (see the output above)"


def test_api_reference_documents_every_public_name() -> None:
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. auto\w+:: (\S+)", api, flags=re.MULTILINE))
    public = sorted(set(aidmodel.__all__) - {"__version__"})
    missing = [name for name in public if f"aidmodel.{name}" not in documented]
    assert not missing, f"document these as aidmodel.<name> in docs/api.md: {missing}"
    # The old root names that moved: documented in their module, and in the table of moves.
    kept = aidmodel._KEPT  # type: ignore[attr-defined]
    moved = [f"{module}.{name}" for name, module in kept.items()]
    missing = [name for name in moved if name not in documented]
    assert not missing, f"document these under their module in docs/api.md: {missing}"
    table = [name for name in kept if f"`aidmodel.{name}`" not in api]
    assert not table, f"list these in the table of names that moved: {table}"


def _console_sessions(page: Path) -> list[tuple[str, list[str]]]:
    """The ``$ command`` lines of the console blocks of a page, each with its output."""
    sessions: list[tuple[str, list[str]]] = []
    text = page.read_text(encoding="utf-8")
    for block in re.findall(r"^```console\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL):
        for line in block.splitlines():
            if line.startswith("$ "):
                sessions.append((line[2:], []))
            else:
                assert sessions, f"output before any command in {page.name}: {line!r}"
                sessions[-1][1].append(line)
    return sessions


def test_cli_page_shows_real_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps --help to the terminal width
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # the help in English, as the page shows it
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    sessions = _console_sessions(DOCS / "cli.md")
    assert sessions, "no console examples found in docs/cli.md"
    status: int | None = None
    for command, lines in sessions:
        expected = "\n".join(lines) + "\n"
        if command == "echo $?":
            assert expected == f"{status}\n", f"exit status of the previous command: {status}"
            continue
        argv = shlex.split(command)
        assert argv[0] == "aidmodel", f"docs/cli.md runs something other than aidmodel: {command}"
        try:
            status = main(argv[1:])
        except SystemExit as exit_:  # --help and --version
            status = exit_.code if isinstance(exit_.code, int) else 0
        captured = capsys.readouterr()
        actual = captured.out + captured.err
        if argv[1:] == ["demo"]:  # the demo's first line names the installed version
            expected = re.sub(r"^aidmodel \S+:", f"aidmodel {aidmodel.__version__}:", expected)
        if "--help" in argv:  # the layout of argparse help varies between Python versions
            expected, actual = " ".join(expected.split()), " ".join(actual.split())
        assert actual == expected, f"output of `{command}` differs from docs/cli.md"
