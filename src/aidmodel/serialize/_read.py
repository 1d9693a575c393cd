"""Reading JSON text the same way whichever JSON parser is installed (private).

:func:`aidmodel.from_json` reads with orjson when the ``fast`` extra is
installed and with the standard library's :mod:`json` otherwise. Left alone
the two disagree at the edges; :func:`parse_json` makes them agree:

- **Encoding.** The wire format is UTF-8 without a byte order mark (RFC 8259).
  A byte order mark, UTF-16 and UTF-32 are refused before either parser sees
  the text (the standard library would decode UTF-16 and UTF-32 bytes; orjson
  refuses them).
- **Repeated keys** (``{"title": "A", "title": "B"}``) are refused with the
  path of each. Both parsers keep the last value. The standard library shows
  every object's pairs to a hook; orjson cannot, so its result is checked
  by counting: the keys the text writes (its colons outside strings, counted
  in the pass that measures the depth) against the keys of the data, fewer
  of which is a repeat. :func:`parse_json` counts the keys of the data;
  :func:`parse_json_keys` leaves that to a caller that counts the keys it
  reads (``from_json``'s generated readers do). On a repeat the text is read
  again by the standard library, which names every repeated key.
- **Depth.** Arrays and objects nested deeper than :data:`MAX_DEPTH` levels are
  refused (orjson stops at 1024 levels, the standard library at Python's
  recursion limit; neither is a contract). The depth is measured on the text
  at C speed, before it is parsed: the strings are taken out and innermost
  ``[]``/``{}`` pairs removed, one level a pass.
- **Numbers.** ``NaN``, ``Infinity`` and numbers beyond a double's range are
  refused; an integer outside 64 bits is read as a float (what orjson does),
  so that the strict integer hook refuses it with the same message on both
  paths. Integers of more than 4300 digits no longer raise a builtin
  ``ValueError``.

The measured cost is in ``docs/wire-format.md``.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from typing import Any, Final

from aidmodel._wording import N_, phrase
from aidmodel.errors import Problem, SerializationError

__all__ = ["MAX_DEPTH", "json_text", "parse_json", "parse_json_keys", "shape_of"]

#: The deepest nesting of arrays and objects a document may have. A Programme
#: document of real plans is nested 6 to 20 levels deep.
MAX_DEPTH: Final = 100

_orjson: Any
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the installed extras
    _orjson = None

#: Bytes that begin text in an encoding other than UTF-8, longest first.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "UTF-32 (little-endian, with a byte order mark)"),
    (codecs.BOM_UTF32_BE, "UTF-32 (big-endian, with a byte order mark)"),
    (codecs.BOM_UTF8, "UTF-8 with a byte order mark"),
    (codecs.BOM_UTF16_LE, "UTF-16 (little-endian, with a byte order mark)"),
    (codecs.BOM_UTF16_BE, "UTF-16 (big-endian, with a byte order mark)"),
)
#: Everything but the characters that shape a JSON text, for bytes.translate.
_NOT_SHAPE: Final = bytes(i for i in range(256) if i not in b'"[]{}:')
#: Objects nest like arrays: in valid JSON each bracket closes its own kind.
_AS_ARRAYS: Final = bytes.maketrans(b"{}", b"[]")
_STRING: Final = re.compile(rb'"[^"]*"')
#: The integers orjson reads as integers; it reads any other as a float.
_INT_LOW: Final = -(2**63)
_INT_HIGH: Final = 2**64


class _RefusedNumberError(ValueError):
    """A number or constant the standard library would read and orjson refuses."""


def json_text(data: object) -> str | bytes | Problem:
    """The text to parse, or the problem with ``data`` as JSON text (a Problem is a str too)."""
    if isinstance(data, memoryview | bytearray):
        data = bytes(data)
    if isinstance(data, str):
        if data.startswith("\ufeff"):
            return Problem.of(
                N_("starts with a byte order mark (U+FEFF)"),
                expected=N_("JSON text without one"),
            )
        return data
    if not isinstance(data, bytes):
        return Problem.of(
            N_("not JSON text: expected str or bytes, got %(type)s"),
            params={"type": type(data).__name__},
        )
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Problem.of(
                N_("encoded in %(name)s"),
                expected=N_("UTF-8 JSON text without a byte order mark"),
                params={"name": name},
            )
    head = data[:4]
    # A JSON text starts with an ASCII character: NUL bytes around it mean UTF-16 or UTF-32.
    encoding: str | None = None
    if len(head) == 4 and head[:3] == b"\0\0\0":
        encoding = "UTF-32 (big-endian)"
    elif len(head) == 4 and head[1:] == b"\0\0\0":
        encoding = "UTF-32 (little-endian)"
    elif len(head) >= 2 and head[0] == 0:
        encoding = "UTF-16 (big-endian)"
    elif len(head) >= 2 and head[1] == 0:
        encoding = "UTF-16 (little-endian)"
    if encoding is not None:
        return Problem.of(
            N_("encoded in %(name)s"),
            expected=N_("UTF-8 JSON text"),
            params={"name": encoding},
        )
    return data


def _parse_int(text: str) -> int | float:
    if len(text) < 19:
        return int(text)
    if len(text) <= 21:
        value = int(text)
        if _INT_LOW <= value < _INT_HIGH:
            return value
    return _parse_float(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        msg = f"number is infinity when parsed as double: {text[:40]!r}"
        raise _RefusedNumberError(msg)
    return value


def _parse_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number"
    raise _RefusedNumberError(msg)


def _stdlib_parse(text: str | bytes) -> tuple[Any, dict[int, list[str]]]:
    """The standard library's reading, with each object that repeats a key (by id)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")  # strictly: json.loads would let surrogates pass
    repeats: dict[int, list[str]] = {}

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) != len(items):
            seen: set[str] = set()
            repeated = repeats.setdefault(id(obj), [])
            for key, _ in items:
                if key in seen:
                    repeated.append(key)
                seen.add(key)
        return obj

    parsed = json.loads(
        text,
        object_pairs_hook=pairs,
        parse_int=_parse_int,
        parse_float=_parse_float,
        parse_constant=_parse_constant,
    )
    return parsed, repeats


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{key!r}]"


def _repeat_problems(parsed: Any, repeats: dict[int, list[str]]) -> list[Problem]:
    """One problem per repeated key, with its path (the depth was checked before)."""
    problems: list[Problem] = []
    stack: list[tuple[Any, str]] = [(parsed, "$")]
    while stack:
        value, path = stack.pop()
        if type(value) is dict:
            for key in dict.fromkeys(repeats.get(id(value), ())):
                problems.append(
                    Problem.of(
                        N_("repeated key %(key)r"),
                        _key_path(path, key),
                        expected=N_(
                            "each key once in an object (readers disagree on which value counts)"
                        ),
                        params={"key": key},
                    )
                )
            stack.extend((item, _key_path(path, key)) for key, item in reversed(value.items()))
        elif type(value) is list:
            stack.extend((item, f"{path}[{i}]") for i, item in reversed(list(enumerate(value))))
    return problems


def _keys_of(data: Any) -> int:
    """The number of keys of the objects in parsed data (each dict's, at every depth)."""
    count = 0
    stack = [data]
    while stack:
        value = stack.pop()
        if type(value) is dict:
            count += len(value)
            stack.extend(value.values())
        elif type(value) is list:
            stack.extend(value)
    return count


def shape_of(data: bytes) -> bytes:
    """What shapes JSON text ``data`` (cut outside any string): its colons and brackets,
    objects written as arrays, in order, with the strings taken out. An empty string may
    be left as ``""``; a string the cut leaves open, as a quote.

    At C speed: escaped backslashes and quotes go, then everything but quotes, colons and
    brackets. Where every string is left as ``""`` (the quotes pair off side by side) that
    is all; else what is left of the strings goes (two quotes side by side are an empty
    string or two strings with nothing between them that counts: either way they can go).

    >>> shape_of(b'{"a": ["]", 1], "b": {"c": 2}}')  # a string holds "]": strings go
    b'[:[]:[:]]'
    >>> shape_of(b'{"a": [1, 2], "b": {"c": 3}}')
    b'["":[]"":["":]]'
    """
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    shape = data.translate(_AS_ARRAYS, _NOT_SHAPE)
    if shape.count(b'""') * 2 != shape.count(b'"'):  # a string holds a colon or a bracket
        shape = _STRING.sub(b"", shape.replace(b'""', b""))
    return shape


def _shape(text: str | bytes, limit: int = MAX_DEPTH) -> tuple[bool, int]:
    """Whether valid JSON ``text`` nests arrays and objects deeper than ``limit``, and the
    number of keys it writes (its colons outside strings).

    All at C speed, in bytes: on its shape (:func:`shape_of`) the colons are the keys';
    then each pass takes out the innermost ``[]`` pairs (the ones side by side in the text
    as it stands), one level of depth.
    """
    shape = shape_of(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    keys = shape.count(b":")
    shape = shape.translate(None, b'":')
    if len(shape) <= limit:
        return False, keys  # too few brackets to nest that deep
    for _ in range(limit):
        inner = shape.replace(b"[]", b"")
        if not inner:
            return False, keys
        if len(inner) == len(shape):  # no pair side by side: not JSON, which the parser says
            return False, keys
        shape = inner
    return True, keys


def too_deep_problem() -> Problem:
    """The problem of a document nested deeper than :data:`MAX_DEPTH`."""
    return Problem.of(
        N_("nested too deeply"),
        expected=N_("at most %(depth)s levels of arrays and objects"),
        params={"depth": MAX_DEPTH},
    )


# What the JSON parsers say is wrong, as the messages of the catalogs (orjson's, then the
# standard library's); another reason is quoted as the parser gives it.
_REASONS: Final = frozenset(
    (
        N_("unexpected character, expected a JSON value"),
        N_("unexpected end of data"),
        N_("unexpected character, expected ':' after key"),
        N_("unexpected character, expected ',' or ']'"),
        N_("unexpected character, expected ',' or '}'"),
        N_("unexpected character, expected a string key"),
        N_("trailing comma is not allowed"),
        N_("unexpected content after document"),
        N_("Input is a zero-length, empty document"),
        N_("invalid escaped sequence in string"),
        N_("Expecting value"),
        N_("Expecting ':' delimiter"),
        N_("Expecting ',' delimiter"),
        N_("Expecting property name enclosed in double quotes"),
        N_("Unterminated string starting at"),
        N_("Extra data"),
        N_("Invalid \\escape"),
        N_("Invalid control character at"),
    )
)


def invalid_json(exc: BaseException) -> Problem:
    """The problem of text the parser refused: where, and why in its words."""
    if isinstance(exc, json.JSONDecodeError):
        reason = phrase(exc.msg) if exc.msg in _REASONS else exc.msg
        return Problem.of(
            N_("not valid JSON: %(reason)s: line %(line)s column %(column)s (char %(char)s)"),
            params={"reason": reason, "line": exc.lineno, "column": exc.colno, "char": exc.pos},
        )
    return Problem.of(N_("not valid JSON: %(reason)s"), params={"reason": exc})


def parse_json(data: object, name: str, *, use_orjson: bool | None = None) -> Any:
    """The data of JSON text, read alike by orjson and the standard library.

    Args:
        data: JSON text (str, bytes, bytearray or memoryview).
        name: The class being read, for messages.
        use_orjson: Force a parser (tests); by default orjson when installed.

    Raises:
        SerializationError: with one ``"... @ $..."`` line per problem.
    """
    text, parsed, keys = _parse(data, name, use_orjson)
    if keys is not None and _keys_of(parsed) != keys:  # orjson kept one value of a repeat
        checked, repeats = _stdlib_parse(text)
        if repeats:
            raise SerializationError(name, _repeat_problems(checked, repeats))
    return parsed


def parse_json_keys(data: object, name: str, *, inside: int = 0) -> tuple[Any, int | None]:
    """The data of JSON text as :func:`parse_json` reads it, and the number of keys the text
    writes (counting each time a key is repeated) when the repeats are left to the caller to
    find: orjson keeps the last value of a repeated key, so data with fewer keys than the
    text has lost one. None when the reading has checked for repeats itself (the standard
    library's). A caller that does not count the keys it reads calls :func:`parse_json`.

    ``inside`` is the number of arrays and objects the text's value sits inside of in its
    document (the text of a slice of an array of the root object, ``[`` + items + ``]``,
    stands for that array: 1): they count against :data:`MAX_DEPTH`.

    Raises:
        SerializationError: as :func:`parse_json`, but for repeated keys orjson read.
    """
    return _parse(data, name, None, inside)[1:]


def _parse(
    data: object, name: str, use_orjson: bool | None, inside: int = 0
) -> tuple[str | bytes, Any, int | None]:
    """The text, its data and the number of its keys (None: its repeats were checked)."""
    text = json_text(data)
    if isinstance(text, Problem):
        raise SerializationError(name, [text])
    fast = (_orjson is not None) if use_orjson is None else use_orjson
    repeats: dict[int, list[str]] = {}
    # Measured before the parse, so that its scratch is let go of before the data is built
    # (a sixth of the text's size), and told after it: the parser's own errors come first.
    deep, keys = _shape(text, MAX_DEPTH - inside)
    try:
        if fast:
            parsed = _orjson.loads(text)
        else:
            parsed, repeats = _stdlib_parse(text)
    except RecursionError:
        raise SerializationError(name, [too_deep_problem()]) from None
    except _RefusedNumberError as exc:
        raise SerializationError(name, [invalid_json(exc)]) from exc
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError of either parser
        if fast and "depth limit" in str(exc):
            raise SerializationError(name, [too_deep_problem()]) from exc
        raise SerializationError(name, [invalid_json(exc)]) from exc
    if deep:
        raise SerializationError(name, [too_deep_problem()])
    if repeats:
        raise SerializationError(name, _repeat_problems(parsed, repeats))
    return text, parsed, keys if fast else None
