"""Errors in the reader's language: every raise site writes its problem and what it expected
as messages of the catalogs, every such message is told in every locale, and an error (and
an import warning quoting one) is told from its structure, English as ``str(err)`` is."""

from __future__ import annotations

import ast
import pickle
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import aidmodel
from aidmodel import AidModelError, ImportWarning, Programme, Project, WarningCode, samples
from aidmodel.errors import InvalidValueError, MissingDependencyError, Problem
from aidmodel.messages import LOCALES, catalog, format_error, format_problem, format_warning
from aidmodel.messages import _error_line as error_line
from message_support import has_english

SRC = Path(aidmodel.__file__).parent
GOLDEN = Path(__file__).parent.parent / "golden" / "messages" / "errors.txt"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]")

# Where the problem and what was expected are among the arguments of a constructor.
_POSITION = {
    "AidModelError": 1,
    "InvalidValueError": 1,
    "InvalidTypeError": 1,
    "AmountError": 1,
    "NotFoundError": 1,
    "NumeralError": 3,
    "SourceError": 3,
    "_fail": 3,  # _chinese.py: (func, text, pos, problem, expected)
    "of": 0,  # Problem.of(problem, path, expected=...)
}
# Every module's raise sites are checked (the importer's rules too).
_NOT_CHECKED: tuple[str, ...] = ()


def _sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        if not name.startswith(_NOT_CHECKED):
            yield name, ast.parse(path.read_text(encoding="utf-8"))


def _callee(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "of":
        return "of" if isinstance(func.value, ast.Name) and func.value.id == "Problem" else None
    return None


def _messages_of(call: ast.Call) -> list[ast.expr]:
    """The problem and expected arguments of a constructor call (each branch of an ``if``)."""
    name = _callee(call)
    index = _POSITION[name]  # type: ignore[index]
    found = [call.args[index]] if len(call.args) > index else []
    found += [k.value for k in call.keywords if k.arg in ("problem", "expected")]
    if name == "_fail" and len(call.args) > 4:
        found.append(call.args[4])
    branches: list[ast.expr] = []
    while found:
        node = found.pop()
        if isinstance(node, ast.IfExp):
            found += [node.body, node.orelse]
        else:
            branches.append(node)
    return branches


def _calls() -> Iterator[tuple[str, ast.Call]]:
    for name, module in _sources():
        for node in ast.walk(module):
            if isinstance(node, ast.Call) and _callee(node) in _POSITION:
                yield f"{name}:{node.lineno}", node


def _marked(node: ast.expr) -> str | None:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and isinstance(node.args[0], ast.Constant)
    ):
        return str(node.args[0].value)
    return None


def test_every_raise_site_writes_messages_of_the_catalogs() -> None:
    plain = []
    for where, call in _calls():
        for node in _messages_of(call):
            if isinstance(node, ast.JoinedStr):
                plain.append(f"{where}: an f-string")
            # Only a text without English words may stay unmarked: 元, 1, %(title)r.
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.search(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", node.value))
            ):
                plain.append(f"{where}: {node.value!r}")
    assert not plain, f"mark these N_(...) with %(name)s params: {plain}"


def _error_messages() -> list[str]:
    found = {m for _, call in _calls() for node in _messages_of(call) if (m := _marked(node))}
    return sorted(found)


MESSAGES = _error_messages()


def test_the_raise_sites_have_messages() -> None:
    assert len(MESSAGES) > 300


def _sample(message: str) -> dict[str, object]:
    return {name: f"〈{name}〉" for name in PLACEHOLDER.findall(message)}


@pytest.mark.parametrize("locale", ["zh_CN", "zh_Hant_TW"])
def test_every_error_message_is_told_in_every_locale(locale: str) -> None:
    texts = catalog(locale)
    for message in MESSAGES:
        told = texts.gettext(message)
        assert told != message, (locale, message)  # a missing translation is no fall back
        params = _sample(message)
        error = InvalidValueError("f", message, expected=message, params=params)
        line = format_error(error, locale=locale)
        frame = re.sub(r"〈\w+〉", "", line)
        assert not has_english(frame), (locale, line)
        assert "%(" not in line
        if locale == "zh_Hant_TW":
            assert "“" not in frame, line


# Errors of every kind the command line and the importer's warnings show, raised by the
# library itself.
def _raises(call: Callable[[], object]) -> AidModelError:
    with pytest.raises(AidModelError) as info:
        call()
    return info.value


def _examples(tmp_path: Path) -> list[tuple[str, AidModelError]]:
    from aidmodel import Money, PartialDate, parse_chinese_number, parse_quantity, parse_rmb_upper
    from aidmodel.importers import decode_text, parse_ledger, read_plan
    from aidmodel.serialize import from_dict, from_json

    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF")
    shizhong = samples.load("shizhong-ebian-2025")
    ledger_rows = [["项目名称", "日期", "拨付金额（万元）"], ["不存在", "2025-06", "1"]]
    return [
        ("money, finer than a fen", _raises(lambda: Money.from_yuan("0.001"))),
        ("money, a float", _raises(lambda: Money.from_wan(1.5))),
        ("money, not an amount", _raises(lambda: Money.parse("abc"))),
        ("uppercase amount", _raises(lambda: parse_rmb_upper("柒佰两拾万元整"))),
        ("numeral", _raises(lambda: parse_chinese_number("一千二三"))),
        ("quantity", _raises(lambda: parse_quantity("以上"))),
        ("date, month 13", _raises(lambda: PartialDate(2025, 13))),
        ("date, 30 February", _raises(lambda: PartialDate(2025, 2, 30))),
        ("model, blank name", _raises(lambda: Project(name=" "))),
        ("wire, not JSON", _raises(lambda: from_json(b"bad", Programme))),
        ("wire, cut short", _raises(lambda: from_json(b'{"a": ', Programme))),
        (
            "wire, problems",
            _raises(lambda: from_json(b'{"format_version": 2, "title": 1, "x": 2}', Programme)),
        ),
        ("wire, no version", _raises(lambda: from_dict({"title": "x"}, Programme))),
        ("wire, repeated key", _raises(lambda: from_json(b'{"name": "a", "name": "b"}', Project))),
        ("text, not UTF-8", _raises(lambda: decode_text(b"\x80abc", source="plan.txt"))),
        ("file, refused", _raises(lambda: read_plan(pdf))),
        ("file, missing", _raises(lambda: read_plan(tmp_path / "missing.txt"))),
        ("ledger, no project", _raises(lambda: parse_ledger(ledger_rows, shizhong))),
        ("sample, unknown", _raises(lambda: samples.load("nowhere"))),
        (
            "locale, no messages",
            _raises(lambda: format_error(InvalidValueError("w", "p"), locale="fr")),
        ),
        ("extra, missing", MissingDependencyError("to_xlsx", "openpyxl", "excel")),
    ]


def test_errors_of_every_kind_in_every_locale_match_golden(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    lines = []
    for name, error in _examples(tmp_path):
        lines.append(f"[{name}] {type(error).__name__}")
        for locale in LOCALES:
            told = format_error(error, locale=locale).replace(str(tmp_path), "TMP")
            lines += [f"  {locale}: {line}" for line in told.splitlines()]
    text = "\n".join(lines) + "\n"
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_english_is_the_error_s_own_message(tmp_path: Path) -> None:
    texts = catalog("en")
    for name, error in _examples(tmp_path):
        assert format_error(error, locale="en") == str(error), name
        # The structure the error keeps tells the same sentence: its templates, values,
        # where and input are all the message has.
        told = error_line(error, "en", texts, where=True)
        assert told == str(error).splitlines()[0], name
        for problem in getattr(error, "problems", ()):
            assert format_problem(problem, locale="en") == problem
            assert problem.error is not None, (name, problem)


def test_no_error_falls_back_to_english(tmp_path: Path) -> None:
    for name, error in _examples(tmp_path):
        for locale in ("zh_CN", "zh_Hant_TW"):
            told = format_error(error, locale=locale)
            assert told != str(error)
            # What stays Latin: where (a field, function, path or file), the input as
            # written, code; nothing of the sentence.
            frame = told.replace(str(tmp_path), "")
            for value in (error.where, repr(error.got), str(error.got)):
                frame = frame.replace(value, "")
            assert not has_english(frame), (name, locale, told)


def test_an_error_keeps_its_message_its_structure_and_pickles() -> None:
    error = _raises(lambda: samples.load("nowhere"))
    text = str(error)
    assert type(text) is not str  # a str that keeps (a copy of) the error
    assert text.error.problem_template == "no sample of this name"  # type: ignore[attr-defined]
    assert text.error.__traceback__ is None  # type: ignore[attr-defined]
    copy = pickle.loads(pickle.dumps(text))
    assert copy == text
    assert format_error(copy.error) == format_error(error)
    problem = pickle.loads(pickle.dumps(Problem.of("missing format_version", expected="1 or 2")))
    assert format_problem(problem) == "缺少format_version；应为1或2（位于$）"


def test_a_warning_tells_the_error_it_quotes_in_its_locale() -> None:
    from aidmodel import PartialDate

    error = _raises(lambda: PartialDate(2025, 13))
    warning = ImportWarning(
        line=3,
        code=WarningCode.UNREADABLE,
        message=f"the issue date: {error}",
        template="the issue date: %(error)s",
        params=(("error", str(error)),),
    )
    assert format_warning(warning, locale="en") == warning.message
    assert format_warning(warning) == (
        "印发日期无法识别：PartialDate.month (月)：不是月份；应为1到12之间的整数，实际为13"
    )
    assert format_warning(warning, locale="zh_Hant_TW").startswith("印發日期無法識別：")
    assert pickle.loads(pickle.dumps(warning)) == warning


def test_a_type_error_names_the_class_alone_in_chinese() -> None:
    error = _raises(lambda: Project(name=3))  # type: ignore[arg-type]
    assert str(error).startswith("Project.name (项目名称): an int is not text")
    assert format_error(error).startswith("Project.name (项目名称)：int 不是文本；应为非空字符串")
