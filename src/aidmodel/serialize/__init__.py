"""Serialization: the wire format that downstream applications read and write.

The wire contract (format versions 1 and 2), made by :func:`make_converter`:

- Money is a JSON string of yuan with at most two decimals (``"7660000.00"``);
  other Decimals are plain decimal strings (``"34.5"``, ``"0.03"``). Never numbers:
  a JSON number goes through a binary float in most readers.
- Dates are ISO 8601 with the document's precision (``"2025"``, ``"2025-11"``,
  ``"2025-02-09"``); spans are intervals (``"2018/2019"``).
- Enums are their English values (``"east_west"``); tuples are arrays.
- Field names are the attribute names, unchanged. Fields equal to their default
  (``None``, empty tuples, ``true`` for :attr:`FundSource.in_total` and
  :attr:`Programme.lists_all_projects`) are left out.
- A Programme document starts with its ``"format_version"``: ``1`` when it gives the
  programme's title, scheme, donor, recipient and year, as every document of 0.1 did; ``2``
  when it leaves one of them out (the plan does not say: an allocation notice names no
  donor, a page of a plan has no title), or when it lists only some of its projects (``"lists_all_projects": false``,
  a field new in version 2). Each document is written in the lowest version that holds
  it, so readers of version 1 keep reading what they could; both are read.
- A Ledger document (:class:`~aidmodel.model.Ledger`) starts with its ``"format_version"``,
  ``1``, the only version so far.
- Input is strict: unknown keys, missing fields, a number where a string
  belongs (or the reverse), ``1.9`` for an int, ``null`` for a string — every
  one is refused. All problems of a document are reported at once in one
  :class:`~aidmodel.errors.SerializationError`, one ``"<problem> @ $.path"`` line each.
- What two readers could read differently is refused too, alike whichever JSON
  parser is installed: repeated keys, nesting deeper than 100 levels, a byte order
  mark, UTF-16 and UTF-32, ``NaN`` and numbers beyond a double, counts above
  2^53 - 1, lone surrogates (docs/wire-format.md, "Limits").

>>> from aidmodel import Money, Project
>>> from aidmodel.serialize import to_dict, from_dict
>>> data = to_dict(Project(number="3.", name="宜坪乡枇杷分选包装初加工建设项目", amount=Money.from_wan(100)))
>>> data
{'number': '3.', 'name': '宜坪乡枇杷分选包装初加工建设项目', 'amount': '1000000.00'}
>>> from_dict(data, Project).amount.to_wan()
Decimal('100')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import gc
import json
import typing
from collections.abc import Callable
from typing import Any, Final, TypeVar

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    StructureHandlerNotFoundError,
)

from aidmodel._validators import find_surrogate
from aidmodel._wording import N_
from aidmodel.errors import AidModelError, InvalidTypeError, Problem, SerializationError
from aidmodel.model import Ledger, Programme
from aidmodel.serialize._generate import (
    Built,
    is_model_class,
    object_lists,
    straight_functions,
    unstructure_hooks,
)
from aidmodel.serialize._hooks import describe, register_hooks, wire_error
from aidmodel.serialize._read import json_text, parse_json, parse_json_keys, too_deep_problem
from aidmodel.serialize._schema import json_schema
from aidmodel.serialize._slices import SLICE, read_arrays

__all__ = [
    "FORMAT_VERSION",
    "from_dict",
    "from_json",
    "json_schema",
    "make_converter",
    "to_dict",
    "to_json",
    "to_json_bytes",
]

#: The newest version of the wire format. A Programme document is written as version 1 when
#: its scheme, donor, recipient and year are all given, as 2 when one is left out.
FORMAT_VERSION: Final = 2
#: The version of the Ledger document.
_LEDGER_VERSION: Final = 1
#: What version 2 added: these fields of a Programme may be left out,
_OPTIONAL_SINCE_2: Final = ("title", "scheme", "donor", "recipient", "year")
#: and these fields are new (written only when they differ from their default).
_NEW_IN_2: Final = ("lists_all_projects", "co_issuers")

T = TypeVar("T")


def make_converter() -> cattrs.Converter:
    """A fresh cattrs converter that implements the wire contract of this module.

    Use it to embed aidmodel classes in your own attrs classes; :func:`to_dict`
    and :func:`from_dict` use a private one. Its hooks for aidmodel's classes are
    generated from their fields the first time a class is read or written.

    >>> from aidmodel import PartialDate
    >>> converter = make_converter()
    >>> converter.unstructure(PartialDate(2025, 11))
    '2025-11'
    >>> converter.structure("2025-11", PartialDate)
    PartialDate(year=2025, month=11, day=None)
    """
    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    register_hooks(converter)
    return converter


_CONVERTER: Final = make_converter()


def to_dict(obj: Any) -> Any:
    """The wire form of a model object (or Money, a date ...) as plain Python data.

    The cyclic garbage collector is paused while the data is built (see :func:`from_json`).

    >>> from aidmodel import Money
    >>> to_dict(Money.from_wan("3952.310194"))
    '39523101.94'
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        data = _CONVERTER.unstructure(obj)
    except RecursionError:
        problem = Problem.of(
            N_("nested too deeply to write"),
            expected=N_("data nested as the wire format reads it"),
        )
        raise SerializationError(type(obj).__name__, [problem]) from None
    finally:
        if paused:
            gc.enable()
    if isinstance(obj, Programme):
        return {"format_version": _version(data), **data}
    if isinstance(obj, Ledger):
        return {"format_version": _LEDGER_VERSION, **data}
    return data


def _version(data: dict[str, Any]) -> int:
    """The lowest format version that holds a Programme document's data."""
    holds_1 = all(name in data for name in _OPTIONAL_SINCE_2) and not any(
        name in data for name in _NEW_IN_2
    )
    return 1 if holds_1 else 2


def from_dict(data: Any, cls: type[T]) -> T:
    """Build a model object of class ``cls`` from its wire form; strict.

    The cyclic garbage collector is paused while the objects are built (see :func:`from_json`).

    Raises:
        SerializationError: listing every problem with its JSON path.

    >>> from aidmodel import Money, Project
    >>> from_dict({"name": "项目", "amount": 100}, Project)
    Traceback (most recent call last):
    ...
    aidmodel.errors.SerializationError: Project: 1 problem in the data; expected data matching the wire format
      an amount must be a JSON string; expected a string such as '7660000.00', got 100 @ $.amount
    """
    name = getattr(cls, "__name__", str(cls))
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _from_dict(data, cls, name)
    except RecursionError:  # data built in Python: from_json stops at MAX_DEPTH before this
        raise SerializationError(name, [too_deep_problem()]) from None
    finally:
        if paused:
            gc.enable()


def _from_dict(data: Any, cls: type[T], name: str) -> T:
    missing: list[Problem] = []
    if cls is Programme:
        data, missing = _check_version(data)
    elif cls is Ledger:
        data = _check_ledger_version(data)
    try:
        result: T = _CONVERTER.structure(data, cls)
    except (ClassValidationError, IterableValidationError) as exc:
        raise SerializationError(name, [*_problems(exc, "$"), *missing]) from exc
    except AidModelError as exc:  # a scalar at the top level
        raise SerializationError(name, [Problem(describe(exc), "$", exc.got, exc)]) from exc
    except StructureHandlerNotFoundError as exc:
        error = InvalidTypeError(
            "wire",
            N_("no wire format for this class"),
            expected=N_("a class of aidmodel such as Programme, Project or Money"),
            got=cls,
        )
        raise SerializationError(name, [Problem(describe(error), "$", None, error)]) from exc
    except (KeyError, TypeError, ValueError) as exc:  # pragma: no cover - cattrs wraps these above
        raise SerializationError(name, [f"{describe(exc)} @ $"]) from exc
    if missing:
        raise SerializationError(name, missing)
    return result


def _problems(exc: BaseException, path: str) -> list[Problem]:
    """Every problem under a cattrs error, with its path and input: what
    :func:`cattrs.transform_error` finds, kept apart instead of joined into lines."""
    if not isinstance(exc, ClassValidationError | IterableValidationError):
        return [_problem(exc, path)]
    found: list[Problem] = []
    with_notes, without = exc.group_exceptions()
    for inner, note in with_notes:
        where = (
            f"{path}.{note.name}"
            if isinstance(note, AttributeValidationNote)
            else f"{path}[{note.index!r}]"
        )
        found.extend(_problems(inner, where))
    found.extend(_problem(inner, path) for inner in without)
    return found


def _problem(exc: BaseException, path: str) -> Problem:
    """One problem: aidmodel's message and input, or cattrs' for what it raised itself."""
    if isinstance(exc, cattrs.errors.ForbiddenExtraKeysError):
        return Problem(describe(exc), path, sorted(exc.extra_fields), wire_error(exc))
    got = exc.got if isinstance(exc, AidModelError) else None
    return Problem(describe(exc), path, got, wire_error(exc))


def _check_version(data: Any) -> tuple[dict[str, Any], list[Problem]]:
    """The document without its ``format_version``, and the problems of a version 1
    document that leaves out a field only version 2 may leave out."""
    if not isinstance(data, dict):
        error = InvalidTypeError(
            "wire", N_("not a JSON object"), expected=N_("a Programme document"), got=data
        )
        raise SerializationError("Programme", [Problem(describe(error), "$", None, error)])
    version = data.get("format_version")
    if version not in (1, 2) or type(version) is not int:
        problem = Problem.of(
            N_("missing format_version")
            if version is None
            else N_("unsupported format_version %(version)r"),
            "$.format_version",
            expected=N_("1 or 2"),
            params={"version": version},
        )
        raise SerializationError("Programme", [problem])
    missing = [
        Problem.of(
            N_("missing required field %(name)r"),
            f"$.{name}",
            expected=N_("it in a format_version 1 document"),
            params={"name": name},
        )
        for name in _OPTIONAL_SINCE_2
        if version == 1 and name not in data
    ] + [
        Problem.of(
            N_("unknown field %(name)r"),
            f"$.{name}",
            expected=N_("it only in a format_version 2 document"),
            params={"name": name},
        )
        for name in _NEW_IN_2
        if version == 1 and name in data
    ]
    return {key: value for key, value in data.items() if key != "format_version"}, missing


def _check_ledger_version(data: Any) -> Any:
    """A Ledger document without its ``format_version`` (which must be 1)."""
    if not isinstance(data, dict):
        return data  # the converter names what it is instead of an object
    version = data.get("format_version")
    if version != _LEDGER_VERSION or type(version) is not int:
        problem = Problem.of(
            N_("missing format_version")
            if version is None
            else N_("unsupported format_version %(version)r"),
            "$.format_version",
            expected="1",
            params={"version": version},
        )
        raise SerializationError("Ledger", [problem])
    return {key: value for key, value in data.items() if key != "format_version"}


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """The wire form as JSON text (UTF-8 safe: Chinese is written as is).

    Compact by default (no spaces after ``,`` and ``:``); ``indent=2`` gives the
    layout of the bundled samples. With the ``fast`` extra installed
    (``pip install aidmodel[fast]``), orjson writes the text: the same text,
    about twice as fast. To write a file, :func:`to_json_bytes` gives the same text
    encoded, without the round trip through ``str``.

    Raises:
        SerializationError: for plain data that JSON cannot hold (an object of another
            class, a lone surrogate in a string, nesting past Python's recursion limit).

    >>> from aidmodel import PartialDate
    >>> to_json({"deadline": PartialDate(2025, 11), "units": ["县农业农村局"]})
    '{"deadline":"2025-11","units":["县农业农村局"]}'
    """
    written = _orjson_model(obj, indent)
    if written is not None:
        return written.decode()
    return _json_text(obj, indent)


def to_json_bytes(obj: Any, *, indent: int | None = None) -> bytes:
    """The wire form as UTF-8 JSON bytes: ``to_json(obj, indent=indent).encode()``.

    With the ``fast`` extra, orjson writes these bytes and they are returned as they are:
    for a file or a network reply this spares decoding them into ``str`` and encoding them
    again (on a programme, about a fifth of the time of :func:`to_json`).

    Raises:
        SerializationError: as :func:`to_json`.

    >>> from aidmodel import Money
    >>> to_json_bytes({"amount": Money.from_wan(766)})
    b'{"amount":"7660000.00"}'
    >>> to_json_bytes(object())
    Traceback (most recent call last):
    ...
    aidmodel.errors.SerializationError: object: 1 problem in the data; expected data matching the wire format
      cannot be written as JSON (...) @ $
    """
    written = _orjson_model(obj, indent)
    if written is not None:
        return written
    return _json_text(obj, indent).encode()


def _orjson_model(obj: Any, indent: int | None) -> bytes | None:
    """A model object written by orjson and the generated writers, or None where the
    general path writes it (no orjson, another object, another indent, an int orjson
    cannot write)."""
    if _orjson is None or type(obj) not in _shallow() or indent not in (None, 2):
        return None
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _orjson_dumps_model(obj, indent)
    finally:
        if paused:
            gc.enable()


def _json_text(obj: Any, indent: int | None) -> str:
    """The wire form of anything ``to_dict`` takes, as JSON text, checked for surrogates."""
    name = type(obj).__name__
    try:
        text = _dumps(to_dict(obj), indent)
    except (TypeError, ValueError, RecursionError) as exc:
        problem = Problem.of(N_("cannot be written as JSON (%(reason)s)"), params={"reason": exc})
        raise SerializationError(name, [problem]) from None
    if not text.isascii() and (found := find_surrogate(text)) is not None:
        problem = Problem.of(
            N_("a lone surrogate %(text)r in a string"),
            expected=N_("text UTF-8 can encode"),
            params={"text": found.group()},
        )
        raise SerializationError(name, [problem])
    return text


@functools.cache
def _writers() -> tuple[dict[type, Callable[[Any], Any]], Callable[[Any], Any]]:
    """The shallow writer of each model class, and the one that writes any of them: what
    orjson calls for each object it cannot write itself (made on first use, see
    _generate.py; it raises TypeError for an object of another class)."""
    _, shallow, any_class = unstructure_hooks(_CONVERTER, [Programme, Ledger])
    return shallow, any_class


def _shallow() -> dict[type, Callable[[Any], Any]]:
    """The shallow writer of each model class."""
    return _writers()[0]


def _orjson_default() -> Callable[[Any], Any]:
    """What orjson calls for each object it cannot write itself: a model object's writer."""
    return _writers()[1]


def _orjson_dumps_model(obj: Any, indent: int | None) -> bytes | None:
    """Model objects straight to JSON: orjson calls back for each nested object."""
    data = _shallow()[type(obj)](obj)
    if isinstance(obj, Programme):
        data = {"format_version": _version(data), **data}
    elif isinstance(obj, Ledger):
        data = {"format_version": _LEDGER_VERSION, **data}
    option = 0 if indent is None else _orjson.OPT_INDENT_2
    try:
        return _orjson.dumps(data, default=_orjson_default(), option=option)  # type: ignore[no-any-return]
    except _orjson.JSONEncodeError:  # an int beyond 64 bits: the standard library can
        return None


def _json_dumps(data: Any, indent: int | None) -> str:
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)


def _orjson_dumps(data: Any, indent: int | None) -> str:
    if indent not in (None, 2):
        return _json_dumps(data, indent)
    option = 0 if indent is None else _orjson.OPT_INDENT_2
    try:
        text: str = _orjson.dumps(data, option=option).decode()
    except _orjson.JSONEncodeError:  # an int beyond 64 bits: the standard library can
        return _json_dumps(data, indent)
    return text


_orjson: Any
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the installed extras
    _orjson = None
    _dumps = _json_dumps
else:
    _dumps = _orjson_dumps


def from_json(data: str | bytes, cls: type[T]) -> T:
    """Build a model object from JSON text or bytes; strict, see :func:`from_dict`.

    The cyclic garbage collector is paused while the text is parsed and the objects
    are built, and started again on every way out, unless it was off already
    (:func:`gc.disable`). The objects built form a tree, without cycles, so pausing
    frees nothing later that would have been freed sooner; it spares the collector
    from walking the growing tree again and again (on 100,000 projects, more than
    half the time of a load). The collector's own switch is global: another thread
    that switches it off while a load runs finds it on again when the load ends.

    A big text (from 256 KiB) is not parsed whole: the arrays of objects of its root (a
    programme's projects, a ledger's events) are parsed a slice of about 64 KiB at a time,
    and each slice's objects are built before the next is parsed. The parsed data of a
    whole document takes about twice the memory of the objects built from it; read in
    slices, loading 100,000 projects holds at most 1.1 to 1.4 times what it keeps. A
    smaller text is parsed whole, and its data let go of item by item as the objects are
    built. Either way the same objects are built and the same input refused: a document
    that is refused is read again whole for the report.

    >>> from aidmodel import Money
    >>> from_json('"7660000.00"', Money).to_wan()
    Decimal('766')
    >>> from_json('{"name": ', Money)
    Traceback (most recent call last):
    ...
    aidmodel.errors.SerializationError: Money: 1 problem in the data; expected data matching the wire format
      not valid JSON: ... line 1 column 10 (char 9) @ $
    """
    name = getattr(cls, "__name__", str(cls))
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        if is_model_class(cls):
            sliced = _from_json_sliced(data, cls, name)
            if sliced is not None:
                return sliced
            parsed, keys = parse_json_keys(data, name)
            built = _built(parsed, cls, keys, [0], {})
            if built is not None:
                return built
        # Refused (its data partly used up), or a key repeated: the strict path reads afresh.
        return from_dict(parse_json(data, name), cls)
    finally:
        if paused:
            gc.enable()


def _built(
    parsed: Any, cls: type[T], keys: int | None, read: list[int], lists: dict[str, Built]
) -> T | None:
    """``cls`` built from the data from_json parsed by its consuming function (see
    :func:`_consuming`), or None where the function refuses it or is not made, or where
    fewer keys are read than the text writes (``keys``; None: the reading checked for
    repeats itself). ``read`` holds the keys read so far (of the objects built already);
    ``lists`` are the objects of lists already built, each in its list's place (an empty
    list in the data)."""
    # orjson (keys counted) reads strict UTF-8: no string holds a lone surrogate.
    consume = _consuming(cls, utf8=keys is not None)
    document = _document(parsed, cls)
    if consume is None or document is None or any(document.get(key) != [] for key in lists):
        return None
    document.update(lists)
    # The keys read: the objects' (counted as they are built), and format_version.
    read[0] += len(parsed) - len(document)
    try:
        built: T = consume(document, read)
    except Exception:  # refused: the strict function reports it
        return None
    return built if keys is None or read[0] == keys else None


def _consuming(cls: type, *, utf8: bool = False) -> Callable[[Any, list[int]], Any] | None:
    """The straight-line function of a model class (:func:`is_model_class`) that lets go of
    each item of its lists once built (see
    :func:`aidmodel.serialize._generate.straight_functions`): what from_json parsed is its
    own, so the data of 100,000 projects and their objects are not both held. It counts the
    keys it reads into its second argument; with ``utf8``, it reads the data of text a
    strict UTF-8 reader parsed."""
    return _consuming_group(cls, utf8=utf8).get(cls)


def _consuming_group(cls: type, *, utf8: bool) -> dict[type, Callable[[Any, list[int]], Any]]:
    """The functions of :func:`_consuming`'s group: ``cls``'s and those of the classes its
    fields reach (empty where a field's type has no hook: from_dict reports it)."""
    try:
        return _consuming_functions(cls, utf8)
    except Exception:  # a field of a type without a hook
        return {}


@functools.cache
def _consuming_functions(cls: type, utf8: bool) -> dict[type, Callable[[Any, list[int]], Any]]:
    """(made on first use, once per class and reader; a failure is not kept)"""
    return straight_functions(_CONVERTER, cls, consume=True, utf8=utf8)


#: A document at least this long (characters or bytes) has the arrays of objects of its root
#: read a slice at a time (:func:`_from_json_sliced`).
_SLICED_FROM: Final = 4 * SLICE


def _from_json_sliced(data: object, cls: type[T], name: str) -> T | None:
    """``cls`` read from a big JSON text as :func:`from_json` reads it, each array of objects
    of the root object parsed and built a slice at a time (see
    :mod:`aidmodel.serialize._slices`): the parsed data of the whole document, twice the
    size of the objects, is never held at once. None where the text is not big, or where
    anything is not as expected (the text, a slice, an item, the keys counted): then
    from_json reads the whole text, which reports what is wrong."""
    text = json_text(data)
    if isinstance(text, Problem) or len(text) < _SLICED_FROM:
        return None
    if isinstance(text, str):
        # Cut and parsed as UTF-8 bytes: slices of a str cost more to cut, and each would
        # be encoded for its parse. A lone surrogate is left to the whole reading, which
        # refuses it.
        try:
            text = text.encode("utf-8")
        except UnicodeEncodeError:
            return None
    read = [0]  # the keys of the objects built, counted by their functions
    written = 0  # the keys the slices' text writes, where counted (orjson)
    group: dict[type, Callable[[Any, list[int]], Any]] | None = None

    def reader(item: type) -> Callable[[bytes], list[Any]]:
        def read_slice(part: bytes) -> list[Any]:
            nonlocal group, written
            parsed, keys = parse_json_keys(part, name, inside=1)
            if group is None:  # orjson (keys counted) reads strict UTF-8
                group = _consuming_group(cls, utf8=keys is not None)
            if keys is not None:
                written += keys
            function = group[item]
            return [function(each, read) for each in parsed]

        return read_slice

    done = read_arrays(
        text, {key: reader(item) for key, item in object_lists(typing.cast(type, cls))}
    )
    if done is None or not done[1]:
        return None
    head, lists = done
    try:
        parsed, keys = parse_json_keys(head, name)
    except SerializationError:
        return None
    built = {key: Built(tuple(items)) for key, items in lists.items()}
    return _built(parsed, cls, None if keys is None else keys + written, read, built)


def _document(data: Any, cls: type) -> Any:
    """The data of a document for the straight-line function (no ``format_version``), or
    None where from_dict has something to say first."""
    if type(data) is not dict:
        return None
    try:
        if cls is Programme:
            document, missing = _check_version(data)
            return None if missing else document
        if cls is Ledger:
            return _check_ledger_version(data)
    except SerializationError:
        return None
    return data
