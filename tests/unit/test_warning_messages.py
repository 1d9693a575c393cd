"""The importer's warnings in the reader's language: every call site writes a message of the
catalogs, every message of every WarningCode is told in every locale, and none falls back to
English."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from aidmodel import ImportWarning, WarningCode, parse_plan
from aidmodel import importers as aidimporters
from aidmodel.messages import LOCALES, format_warning

IMPORTERS = Path(aidimporters.__file__).parent
FIXTURES = Path(__file__).parent.parent / "fixtures"
GOLDEN = Path(__file__).parent.parent / "golden" / "messages" / "warnings.txt"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]")


def _warn_calls() -> Iterator[tuple[str, ast.Call, ast.Module, list[ast.AST]]]:
    """Every ``….warn(...)`` of the importer, with its module and the functions around it."""
    for path in sorted(IMPORTERS.rglob("*.py")):
        module = ast.parse(path.read_text(encoding="utf-8"))

        def visit(node: ast.AST, scopes: list[ast.AST]) -> Iterator[tuple[ast.Call, list[ast.AST]]]:
            if isinstance(node, ast.FunctionDef):
                scopes = [*scopes, node]
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "warn"
            ):
                yield node, scopes
            for child in ast.iter_child_nodes(node):
                yield from visit(child, scopes)

        for call, scopes in visit(module, []):
            yield f"{path.name}:{call.lineno}", call, module, scopes


def _marked(node: ast.AST) -> list[str]:
    """The messages marked ``N_("...")`` inside a node."""
    return [
        n.args[0].value
        for n in ast.walk(node)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Name)
        and n.func.id == "N_"
        and isinstance(n.args[0], ast.Constant)
        and isinstance(n.args[0].value, str)
    ]


def _binds(target: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(target))


def _assigned(name: str, nodes: list[ast.AST]) -> list[ast.AST]:
    """What a name is given in some code: assignments, ``for`` loops and comprehensions."""
    found: list[ast.AST] = []
    for n in (n for node in nodes for n in ast.walk(node)):
        assigns = isinstance(n, ast.Assign) and any(_binds(t, name) for t in n.targets)
        if assigns or (isinstance(n, ast.AnnAssign) and _binds(n.target, name) and n.value):
            found.append(n.value)
        elif isinstance(n, ast.For | ast.comprehension) and _binds(n.target, name):
            found.append(n.iter)
    return found


def _resolved(node: ast.AST, module: ast.Module, scopes: list[ast.AST]) -> list[ast.AST]:
    """A node, and what the names it reads are given: in its function, else a constant of
    its module; followed through the names those read in turn."""
    nodes, todo, seen = [node], [node], set()
    while todo:
        for name in {n.id for n in ast.walk(todo.pop()) if isinstance(n, ast.Name)} - seen:
            seen.add(name)
            # A local of its function, else a constant of the module (not another's local).
            values = _assigned(name, scopes[-1:]) or [
                value
                for stmt in module.body
                if isinstance(stmt, ast.Assign | ast.AnnAssign)
                for value in _assigned(name, [stmt])
            ]
            nodes += values
            todo += values
    return nodes


def _codes(nodes: list[ast.AST]) -> set[str]:
    return {
        n.attr
        for node in nodes
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute)
        and isinstance(n.value, ast.Name)
        and n.value.id == "WarningCode"
    }


def _catalogued() -> dict[str, list[str]]:
    """Each WarningCode's messages, as the importer's call sites write them."""
    by_code: dict[str, list[str]] = {code.name: [] for code in WarningCode}
    for where, call, module, scopes in _warn_calls():
        code, message = call.args[1], call.args[2]
        templates = list(
            dict.fromkeys(m for n in _resolved(message, module, scopes) for m in _marked(n))
        )
        codes = _codes(_resolved(code, module, scopes))
        assert templates, f"{where}: the warning is no message of the catalogs"
        assert codes, f"{where}: no WarningCode found"
        for name in codes:
            by_code[name] += [t for t in templates if t not in by_code[name]]
    return by_code


CATALOGUED = _catalogued()


def test_every_call_site_writes_a_message_of_the_catalogs() -> None:
    plain = [where for where, call, _, _ in _warn_calls() if "params" not in _keywords(call)]
    assert not plain, f"warnings written as plain English (no params=): {plain}"


def _keywords(call: ast.Call) -> set[str | None]:
    return {keyword.arg for keyword in call.keywords}


def test_every_warning_code_has_messages() -> None:
    assert [code for code, templates in CATALOGUED.items() if not templates] == []


def _sample(template: str) -> dict[str, str]:
    """Each placeholder filled with its own name, so the golden file shows the sentence."""
    return {name: f"〈{name}〉" for name in PLACEHOLDER.findall(template)}


def _told(code: str, template: str, locale: str) -> str:
    params = _sample(template)
    warning = ImportWarning(
        code=WarningCode[code],
        message=template % params,
        template=template,
        params=tuple(params.items()),
    )
    return format_warning(warning, locale=locale)


def test_every_warning_in_every_locale_matches_golden(request: pytest.FixtureRequest) -> None:
    lines = []
    for code, templates in sorted(CATALOGUED.items()):
        for template in sorted(templates):
            lines.append(f"[{WarningCode[code].value}] {template}")
            lines += [f"  {locale}: {_told(code, template, locale)}" for locale in LOCALES]
    text = "\n".join(lines) + "\n"
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


CASES = [(code, template) for code, templates in CATALOGUED.items() for template in templates]


@pytest.mark.parametrize("locale", ["zh_CN", "zh_Hant_TW"])
def test_no_warning_falls_back_to_english(locale: str) -> None:
    for code, template in CASES:
        told = _told(code, template, locale)
        assert told != _told(code, template, "en"), (locale, template)
        # Only the document's own words (here the placeholders' names) are left in Latin
        # letters, and the document's text is quoted as the locale quotes it.
        frame = re.sub(r"〈\w+〉", "", told)
        assert not re.search(r"[A-Za-z]{3,}", frame), (locale, told)
        assert "'" not in frame, (locale, told)
        assert "%(" not in told
    if locale == "zh_Hant_TW":
        assert not any("“" in _told(c, t, locale) for c, t in CASES)


def test_the_english_warning_is_the_message_the_importer_writes() -> None:
    for code, template in CASES:
        params = _sample(template)
        assert _told(code, template, "en") == template % params


def _fixture_warnings() -> list[tuple[str, ImportWarning]]:
    """The warnings of the fixtures: every text but the rounds', and every fifth of those (the
    whole of them takes seconds; the call sites are all checked above)."""
    paths = sorted(FIXTURES.rglob("*.txt"))
    rounds = [p for p in paths if "rounds" in p.parts]
    found = []
    for path in [p for p in paths if p not in rounds] + rounds[::5]:
        result = parse_plan(path.read_text(encoding="utf-8"), source=path.name)
        found += [(path.name, warning) for warning in result.warnings]
    return found


def test_every_warning_of_the_fixtures_is_told_in_every_locale() -> None:
    warnings = _fixture_warnings()
    assert len(warnings) > 100
    assert len({warning.code for _, warning in warnings}) >= 8
    for name, warning in warnings:
        assert warning.template is not None, (name, str(warning))
        assert format_warning(warning, locale="en") == warning.message
        for locale in ("zh_CN", "zh_Hant_TW"):
            told = format_warning(warning, locale=locale)
            assert told != warning.message, (name, locale, told)
            values = sorted((str(v) for _, v in warning.params), key=len, reverse=True)
            frame = told
            for value in values:
                frame = frame.replace(value, "")
            assert not re.search(r"[A-Za-z]{3,}", frame), (name, locale, told)
