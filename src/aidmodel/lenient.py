"""Build the model from plain data: what an app, a form or a spreadsheet has.

:func:`build` is the one way in for data that is not the wire format. It takes dicts
and lists keyed by the field names or by their Chinese terms, and values as plans and
spreadsheets write them, and converts each through the library's own parsers:

- Money: text with a unit, read by :meth:`Money.parse <aidmodel.Money.parse>`:
  ``"250万元"``, ``"1.68亿元"``, ``"¥5,000.00"``, ``"柒佰陆拾陆万元整"``. A bare number
  (``250``, ``"250"``, ``Decimal("250")``) only with ``unit="万元"`` or ``unit="元"``:
  it could be either. Floats never (they are not exact).
- text: a str as is; an int as its digits (``3`` is ``"3"``).
- a list of text: a list, or one str split at 、 ， , ； ; and line breaks.
- a whole number (year, count): an int, or digits with 年, 个 or 项: ``"2025年"``, ``"16个"``.
- a Decimal (a rate): a Decimal, an int, decimal text, or a percentage ``"3%"``.
- yes or no: a bool, ``"是"`` or ``"否"``, ``"true"`` or ``"false"``.
- PartialDate: ``"2025-10"``, ``"2025年10月"``, ``"2025.10"``, ``"2025年"``,
  ``"2025年10月31日"``, a :class:`datetime.date`, a year as an int.
- DateSpan: ``"2018-2019"``, ``"2018年—2019年"``, ``"2025.3至2025.10"``, ``"2018/2019"``.
- an enum (ProjectStatus, Scheme ...): its value (``"continued"``), its name
  (``"CONTINUED"``) or its Chinese label (``"续建"``).
- Region: its name, ``"市中区"``.
- Quantity: text read by :func:`~aidmodel.quantity.parse_quantity`, ``"40名以上"``.
- Commitment: text read by :func:`~aidmodel.commitments.parse_commitment`; for a list of them, one
  text with several (:func:`~aidmodel.commitments.extract_commitments`).
- a class of the model: a dict of its fields, by name or by Chinese term (``"amount"``
  or ``"拟投入资金"``); an object of the class itself.

Full-width digits and signs (U+FF01 to U+FF5E) are read as their ASCII twins.

An optional field takes ``None`` or blank text for "not given"; a list field takes
``None`` for an empty list. Every problem is found before anything is refused, and all
are reported at once in one :class:`~aidmodel.errors.BuildError`, each with its path
(``$.projects[2].amount``) and its input. The objects built are checked by their
constructors as always: what ``build`` returns is what ``Project(...)`` would. Checks
across objects (a project's section exists) are made once every object has been read.

The wire format (:func:`~aidmodel.serialize.from_dict`, :func:`~aidmodel.from_json`) stays strict:
``build`` reads it too (with ``unit="元"``, since it writes yuan without a unit), but
``from_dict`` reads nothing else.

>>> from aidmodel import Project, build
>>> p = build({"name": "茶园", "amount": "250万元", "status": "续建", "deadline": "2025-10",
...            "units": "县农业农村局、县财政局"}, Project)
>>> p.amount.to_wan(), p.status.label, str(p.deadline), p.units
(Decimal('250'), '续建', '2025-10', ('县农业农村局', '县财政局'))
>>> build({"项目名称": "茶园", "拟投入资金": 250}, Project, unit="万元").amount.to_wan()
Decimal('250')

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import functools
import re
import types
import typing
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Literal, TypeVar, Union, cast, get_args, get_origin

import attrs

from aidmodel.commitments import extract_commitments, parse_commitment
from aidmodel.errors import AidModelError, BuildError, InvalidValueError, NumeralError, Problem
from aidmodel.model import Commitment, DateSpan, PartialDate, Region
from aidmodel.money import Money
from aidmodel.quantity import Quantity, parse_quantity

__all__ = ["build"]

T = TypeVar("T")

#: Marks a value that could not be read (its problem is already recorded).
_FAILED: Final = object()

#: Where one str is split into a list of names (责任单位: 县农业农村局、县财政局).
_NAME_SEPARATORS: Final = re.compile(r"[、，,；;\n]+")
_WHOLE: Final = re.compile(r"([0-9]+)\s*(?:年度?|个|项)?")
_YEAR: Final = re.compile(r"([0-9]{4})\s*(?:年度?)?")
_MONTH: Final = re.compile(r"([0-9]{4})\s*(?:年|[-./])\s*([0-9]{1,2})\s*(?:月(?:份|底|末)?)?")
_DAY: Final = re.compile(
    r"([0-9]{4})\s*(?:年|[-./])\s*([0-9]{1,2})\s*(?:月|[-./])\s*([0-9]{1,2})\s*日?"
)
_SPAN_SEPARATORS: Final = re.compile(r"[-~/至到\u2013\u2014\u2015\uff5e]")
#: Full-width forms (U+FF01 to U+FF5E) and the ideographic space, to their ASCII twins.
_HALF_WIDTH: Final = {0x3000: 0x20, **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}}
_TRUE: Final = frozenset({"是", "true", "True", "yes"})
_FALSE: Final = frozenset({"否", "false", "False", "no"})


def build(data: object, cls: type[T], *, unit: Literal["元", "万元"] | None = None) -> T:
    """An object of class ``cls`` from plain data, read leniently (see the module).

    Args:
        data: A dict of the fields of ``cls`` (nested dicts and lists for nested
            objects), or a value for a class written as one (Money, PartialDate ...).
        cls: The class to build: :class:`~aidmodel.Programme`, :class:`~aidmodel.Project`,
            any class of the model, or Money, PartialDate, DateSpan, Quantity.
        unit: What a bare number of money means: ``"万元"`` or ``"元"``; ``None`` (the
            default) refuses bare numbers, which could be either.

    Raises:
        BuildError: listing every problem, each with its path and input.

    >>> from aidmodel import Programme, build
    >>> plan = build({"title": "2025年帮扶计划", "donor": "市中区", "year": "2025年",
    ...               "sections": [{"id": "1", "title": "产业合作"}],
    ...               "projects": [{"name": "茶园", "section": "1", "amount": "80万元"}]},
    ...              Programme)
    >>> plan.donor.name, plan.year, plan.project_total().to_wan()
    ('市中区', 2025, Decimal('80'))
    >>> build({"title": "计划", "year": "明年",
    ...        "projects": [{"name": "茶园", "amount": 80, "status": "在建"}]}, Programme)
    Traceback (most recent call last):
    ...
    aidmodel.errors.BuildError: Programme: 3 problems in the data; expected data aidmodel.build can read
      not a whole number; expected an int or digits such as 2025 or '2025年', got '明年' @ $.year
      a bare number could be 元 or 万元; expected text with its unit such as '80万元', or build(..., unit='万元'), got 80 @ $.projects[0].amount
      not a ProjectStatus; expected one of 'new' (新建), 'continued' (续建), got '在建' @ $.projects[0].status
    """
    if unit not in (None, "元", "万元"):
        problem = Problem("not a unit; expected '元', '万元' or None", "unit", unit)
        raise BuildError("build", [problem])
    reader = _Reader(unit)
    result = reader.read(data, cls, "$")
    if reader.problems:
        raise BuildError(getattr(cls, "__name__", str(cls)), reader.problems)
    return cast("T", result)


class _Reader:
    """Reads one document, collecting its problems."""

    def __init__(self, unit: str | None) -> None:
        self.unit = unit
        self.problems: list[Problem] = []

    def fail(self, path: str, message: str, got: object = _FAILED) -> object:
        """Record a problem ``"<problem>; expected <what>"``, quoting ``got`` (if given) as
        every message of the library does."""
        problem, _, expected = message.partition("; expected ")
        if got is _FAILED:
            error = InvalidValueError("-", problem, expected=expected or None)
            got = None
        else:
            error = InvalidValueError("-", problem, expected=expected or None, got=got)
        self.problems.append(Problem(str(error).removeprefix("-: "), path, got))
        return _FAILED

    def caught(self, path: str, exc: AidModelError) -> object:
        """Record the error a parser or a constructor raised, in its own words."""
        self.problems.append(Problem(str(exc), path, exc.got))
        return _FAILED

    def read(self, value: object, tp: Any, path: str) -> object:
        origin = get_origin(tp)
        if origin in (Union, types.UnionType):
            if value is None or (isinstance(value, str) and not value.strip()):
                return None
            (inner,) = (arg for arg in get_args(tp) if arg is not type(None))
            return self.read(value, inner, path)
        if origin is tuple:
            return self.items(value, get_args(tp)[0], path)
        reader = _SCALARS.get(tp)
        if reader is not None:
            return reader(self, value, path)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.member(value, tp, path)
        if isinstance(tp, type) and attrs.has(tp):
            if isinstance(value, tp):
                return value
            if isinstance(value, str) and tp in _FROM_TEXT:
                return self.parsed(value, _FROM_TEXT[tp], path)
            return self.model(value, tp, path)
        name = getattr(tp, "__name__", str(tp))
        return self.fail(
            path,
            f"no way to build a {name}; expected a class of the model such as Programme or Project",
            value,
        )

    def parsed(self, value: str, parse: Any, path: str) -> object:
        try:
            return parse(value)
        except AidModelError as exc:
            return self.caught(path, exc)

    def items(self, value: object, inner: Any, path: str) -> object:
        if value is None:
            return ()
        if isinstance(value, str) and inner is str:
            return tuple(part.strip() for part in _NAME_SEPARATORS.split(value) if part.strip())
        if isinstance(value, str) and inner is Commitment:
            found = self.parsed(value, extract_commitments, path)
            if found == ():
                return self.fail(
                    path,
                    "no commitment in the text; expected targets such as '转移就业40名以上'",
                    value,
                )
            return found
        if not isinstance(value, list | tuple):
            what = "a list, or text separated by 、" if inner is str else "a list"
            return self.fail(path, f"not a list; expected {what}", value)
        read = [self.read(item, inner, f"{path}[{index}]") for index, item in enumerate(value)]
        return _FAILED if any(item is _FAILED for item in read) else tuple(read)

    def member(self, value: object, cls: type[enum.Enum], path: str) -> object:
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            key = value.strip()
            for member in cls:
                label = getattr(member, "label", None)
                if key in (member.value, member.name) or (label and key == label):
                    return member
            from_label = getattr(cls, "from_label", None)
            if from_label is not None:
                try:
                    return from_label(key)
                except AidModelError:
                    pass
        labels = [getattr(m, "label", "") for m in cls]
        choices = ", ".join(
            f"{m.value!r} ({label})" if label else repr(m.value)
            for m, label in zip(cls, labels, strict=True)
        )
        return self.fail(path, f"not a {cls.__name__}; expected one of {choices}", value)

    def model(self, value: object, cls: type, path: str) -> object:
        if not isinstance(value, Mapping):
            return self.fail(
                path,
                f"not a {cls.__name__}; expected a dict of its fields",
                value,
            )
        names, hints = _fields(cls)
        kwargs: dict[str, object] = {}
        given: set[str] = set()
        failed = False
        for key, item in value.items():
            name = names.get(key.strip()) if isinstance(key, str) else None
            if name is None:
                if key != "format_version" or path != "$":  # a wire document's version
                    failed = True
                    self.fail(path, f"unknown field; expected {_field_hint(cls, key)}", key)
                continue
            if name in given:
                failed = True
                self.fail(
                    f"{path}.{name}", f"{name!r} given twice (as a name and a 中文 term)", key
                )
                continue
            given.add(name)
            read = self.read(item, hints[name], f"{path}.{name}")
            if read is _FAILED:
                failed = True
            else:
                kwargs[name] = read
        for field in attrs.fields(cls):
            if field.name not in given and field.default is attrs.NOTHING and field.init:
                failed = True
                zh = field.metadata.get("zh")
                label = f"{field.name!r}" + (f" ({zh})" if zh else "")
                self.fail(path, f"missing required field {label}")
        if failed:
            self.check_fields(cls, kwargs, path)
            return _FAILED
        try:
            return cls(**kwargs)
        except AidModelError as exc:
            return self.caught(_path_of(exc, cls, path), exc)

    def check_fields(self, cls: type, kwargs: dict[str, object], path: str) -> None:
        """Run the validators of the fields that were read, when the object cannot be made
        for the others' sake: their problems are reported as well."""
        for field in attrs.fields(cls):
            if field.name in kwargs and field.validator is not None:
                try:
                    field.validator(cls, field, kwargs[field.name])
                except AidModelError as exc:
                    self.caught(f"{path}.{field.name}", exc)
                except Exception:  # it needs the whole object; the constructor will check it
                    pass

    def money(self, value: object, path: str) -> object:
        if isinstance(value, Money):
            return value
        if isinstance(value, float):
            return self.fail(
                path,
                "floats are not exact; expected text such as '250万元' or a Decimal",
                value,
            )
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            if self.unit is None:
                example = f"{value}万元" if isinstance(value, int) else "250万元"
                return self.fail(
                    path,
                    f"a bare number could be 元 or 万元; expected text with its unit such as "
                    f"{example!r}, or build(..., unit='万元')",
                    value,
                )
            from_unit = Money.from_wan if self.unit == "万元" else Money.from_yuan
            return self.parsed(cast("Any", value), from_unit, path)
        if not isinstance(value, str):
            return self.fail(path, "not an amount; expected text such as '250万元'", value)
        try:
            return Money.parse(value)
        except NumeralError as exc:
            if self.unit is None or exc.problem != "no unit":
                return self.caught(path, exc)
        return self.parsed(value.strip() + self.unit, Money.parse, path)

    def text(self, value: object, path: str) -> object:
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return self.fail(path, "not text; expected a str", value)

    def whole(self, value: object, path: str) -> object:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and (found := _WHOLE.fullmatch(_normal(value))):
            return int(found.group(1))
        return self.fail(
            path, "not a whole number; expected an int or digits such as 2025 or '2025年'", value
        )

    def yes_no(self, value: object, path: str) -> object:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip() in _TRUE | _FALSE:
            return value.strip() in _TRUE
        return self.fail(path, "not yes or no; expected a bool, '是' or '否'", value)

    def decimal(self, value: object, path: str) -> object:
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            return Decimal(value)
        if isinstance(value, str):
            text = _normal(value)
            percent = text.endswith("%")
            try:
                number = Decimal(text.removesuffix("%").strip()) if text.isascii() else None
            except InvalidOperation:
                number = None
            if number is not None and number.is_finite():
                return number.scaleb(-2) if percent else number
        return self.fail(
            path, "not a decimal number; expected a Decimal or text such as '0.03' or '3%'", value
        )

    def date(self, value: object, path: str) -> object:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            return PartialDate.from_date(value.date())
        if isinstance(value, dt.date):
            return PartialDate.from_date(value)
        if isinstance(value, Mapping):
            return self.model(value, PartialDate, path)
        try:
            found = _date(value)
        except AidModelError as exc:  # month 13: the date's own message
            return self.caught(path, exc)
        if found is None:
            return self.fail(
                path,
                "not a date; expected text such as '2025-10', '2025年10月' or '2025年10月31日'",
                value,
            )
        return found

    def span(self, value: object, path: str) -> object:
        if isinstance(value, DateSpan):
            return value
        if isinstance(value, Mapping):
            return self.model(value, DateSpan, path)
        found: set[DateSpan] = set()
        if isinstance(value, str):
            text = _normal(value)
            for separator in _SPAN_SEPARATORS.finditer(text):
                try:
                    start = _date(text[: separator.start()])
                    end = _date(text[separator.end() :])
                    if start is not None and end is not None:
                        found.add(DateSpan(start, end))
                except AidModelError:
                    continue
        if len(found) == 1:
            return found.pop()
        return self.fail(
            path,
            "not a date span; expected text such as '2018-2019', '2018年—2019年' or '2018/2019'",
            value,
        )


def _normal(text: str) -> str:
    """Full-width digits and signs made ASCII (U+FF10 is 0), outer space removed.

    Only the full-width forms: other digits (①, Arabic-Indic) stay what they are, unread.
    """
    return text.translate(_HALF_WIDTH).strip()


def _date(value: object) -> PartialDate | None:
    """The date a value writes, or None when it writes none (an AidModelError when it
    writes an impossible one, month 13)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return PartialDate(value)
    if not isinstance(value, str):
        return None
    text = _normal(value)
    if found := _YEAR.fullmatch(text):
        return PartialDate(int(found.group(1)))
    if found := _MONTH.fullmatch(text):
        return PartialDate(int(found.group(1)), int(found.group(2)))
    if found := _DAY.fullmatch(text):
        return PartialDate(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    return None


def _field_hint(cls: type, key: object) -> str:
    """What a dict for ``cls`` may hold instead of ``key``, with the nearest name."""
    names = _fields(cls)[0]
    near = difflib.get_close_matches(key, names, n=1) if isinstance(key, str) else []
    if not near:
        return f"a field of {cls.__name__}"
    name = names[near[0]]  # a field's name, whether the key looked like it or its term
    zh = attrs.fields_dict(cls)[name].metadata.get("zh")
    return f"a field of {cls.__name__} (did you mean {name!r}{f' ({zh})' if zh else ''}?)"


def _path_of(exc: AidModelError, cls: type, path: str) -> str:
    """The path of a constructor's error: ``Project.name (项目名称)`` is ``<path>.name``,
    ``Programme.projects[1].section`` is ``<path>.projects[1].section``."""
    found = re.match(rf"{cls.__name__}\.([A-Za-z_]\w*(?:\[\d+\](?:\.[A-Za-z_]\w*)?)*)", exc.where)
    return f"{path}.{found.group(1)}" if found else path


@functools.cache
def _fields(cls: type) -> tuple[dict[str, str], dict[str, Any]]:
    """The names a dict may use for each field of ``cls`` (its name, and its Chinese term
    where no other field of the class has it), and the fields' types."""
    fields = [field for field in attrs.fields(cls) if field.init]
    names = {field.name: field.name for field in fields}
    terms: dict[str, list[str]] = {}
    for field in fields:
        zh = field.metadata.get("zh")
        if zh:
            terms.setdefault(zh, []).append(field.name)
    names.update({zh: found[0] for zh, found in terms.items() if len(found) == 1})
    return names, typing.get_type_hints(cls)


_SCALARS: Final[dict[Any, Any]] = {
    Money: _Reader.money,
    str: _Reader.text,
    int: _Reader.whole,
    bool: _Reader.yes_no,
    Decimal: _Reader.decimal,
    PartialDate: _Reader.date,
    DateSpan: _Reader.span,
}
_FROM_TEXT: Final[dict[Any, Any]] = {
    Quantity: parse_quantity,
    Commitment: parse_commitment,
    Region: lambda name: Region(name=name),
}
