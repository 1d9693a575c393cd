"""The error tree and how messages read."""

from __future__ import annotations

import pickle

import pytest

from aidmodel import (
    AidModelError,
    AmountError,
    InvalidTypeError,
    InvalidValueError,
    NumeralError,
    SerializationError,
    SourceError,
    parse_rmb_upper,
    rmb_upper,
    samples,
)
from aidmodel.errors import BuildError, NotFoundError, Problem


def test_tree() -> None:
    assert issubclass(InvalidValueError, AidModelError)
    assert issubclass(InvalidValueError, ValueError)
    assert issubclass(InvalidTypeError, AidModelError)
    assert issubclass(InvalidTypeError, TypeError)
    for cls in (AmountError, NumeralError, SourceError, SerializationError):
        assert issubclass(cls, InvalidValueError)


def test_message_format_and_attributes() -> None:
    err = InvalidValueError(
        "Project.name (项目名称)", "blank text", expected="a non-empty string", got=" "
    )
    assert str(err) == "Project.name (项目名称): blank text; expected a non-empty string, got ' '"
    assert (err.where, err.problem, err.expected, err.got) == (
        "Project.name (项目名称)",
        "blank text",
        "a non-empty string",
        " ",
    )
    assert str(AidModelError("here", "broken")) == "here: broken"
    assert str(AidModelError("here", "broken", got=None)) == "here: broken; got None"


def test_numeral_error_positions() -> None:
    with pytest.raises(NumeralError) as info:
        parse_rmb_upper("柒佰两拾万元整")
    err = info.value
    assert (
        str(err)
        == "parse_rmb_upper, character 3: '两' is not an uppercase digit; expected 贰, got '柒佰两拾万元整'"
    )
    assert err.position == 2
    assert err.text[err.position] == "两"


def test_source_error() -> None:
    err = SourceError("plan.txt", 19, 7, "amount without a unit", expected="万元", got="66")
    assert str(err) == "plan.txt, line 19, column 7: amount without a unit; expected 万元, got '66'"
    assert (err.source, err.line, err.column) == ("plan.txt", 19, 7)
    assert str(SourceError(None, None, None, "empty")) == "source: empty"


def test_serialization_error_lists_problems() -> None:
    err = SerializationError("Programme", ["a @ $.x", "b @ $.y[0]"])
    assert err.problems == ("a @ $.x", "b @ $.y[0]")  # the lines, as before 0.2.0
    assert [(p.message, p.path, p.input) for p in err.problems] == [
        ("a", "$.x", None),
        ("b", "$.y[0]", None),
    ]
    assert str(err).splitlines() == [
        "Programme: 2 problems in the data; expected data matching the wire format",
        "  a @ $.x",
        "  b @ $.y[0]",
    ]


@pytest.mark.parametrize(
    "err",
    [
        InvalidValueError("w", "p", expected="e", got="g"),
        AmountError("w", "p", got=1),
        InvalidTypeError("w", "p"),
        NumeralError("f", "柒佰两拾", 2, "bad", expected="贰"),
        SourceError("s", 1, 2, "p"),
        SerializationError("Programme", ["x @ $.a"]),
        SerializationError("Programme", [Problem("x", "$.a", [1, "甲"])]),
        BuildError("Project", [Problem("x", "$.a", 1)]),
        NotFoundError("Programme.section", "no section", got="9"),
    ],
)
def test_errors_pickle(err: AidModelError) -> None:
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is type(err)
    assert str(copy) == str(err)
    assert copy.__dict__ == err.__dict__


def test_a_problem_is_its_line_with_its_parts() -> None:
    problem = Problem("not a string; expected a JSON string, got 1", "$.projects[0].name", 1)
    assert problem == "not a string; expected a JSON string, got 1 @ $.projects[0].name"
    assert isinstance(problem, str)
    assert (problem.message, problem.path, problem.input) == (
        "not a string; expected a JSON string, got 1",
        "$.projects[0].name",
        1,
    )
    assert pickle.loads(pickle.dumps(problem)).input == 1
    with pytest.raises(AttributeError, match="immutable"):
        problem.path = "$"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del problem.input
    assert Problem.from_line("a @ b @ $.x").message == "a @ b"  # the path is after the last @
    assert Problem.from_line("no path").path == "$"
    assert Problem.from_line(problem) is problem
    assert "input=1" in repr(problem)


def test_not_found_is_a_key_error_with_a_readable_message() -> None:
    err = NotFoundError(
        "Programme.section", "no section with this id", expected="one of []", got="9"
    )
    assert isinstance(err, KeyError)
    assert isinstance(err, InvalidValueError)
    assert str(err) == "Programme.section: no section with this id; expected one of [], got '9'"


def test_a_wrongly_passed_object_is_quoted_short_but_kept_whole() -> None:
    programme = samples.load("shizhong-ebian-2025")
    with pytest.raises(InvalidTypeError) as caught:
        rmb_upper(programme)  # type: ignore[arg-type]
    message = str(caught.value)
    assert len(repr(programme)) > 5000
    assert len(message) < 400
    assert message.endswith(f"… (a Programme whose repr has {len(repr(programme))} characters)")
    assert caught.value.got is programme


def test_text_is_always_quoted_whole() -> None:
    text = "柒" * 500
    error = AidModelError("where", "problem", got=text)
    assert str(error).endswith(repr(text))
