"""The hooks of the wire format: exact amounts as strings, dates as ISO 8601, strict scalars."""

from __future__ import annotations

import decimal
import enum
import functools
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, Final, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory

from aidmodel._wording import N_
from aidmodel.errors import AidModelError, InvalidTypeError, InvalidValueError
from aidmodel.model import (
    DateSpan,
    EventKind,
    FundSourceKind,
    PartialDate,
    ProjectStatus,
    Scheme,
)
from aidmodel.money import Money
from aidmodel.quantity import Bound
from aidmodel.serialize._generate import is_model_class, structure_hooks, unstructure_hooks

#: The enums of the wire format. Each gets its hook by class as well as through the factory:
#: cattrs before 26 dispatches enums to its own hook ahead of any predicate factory.
_WIRE_ENUMS: Final = (Bound, EventKind, FundSourceKind, ProjectStatus, Scheme)

__all__ = [
    "DECIMAL_PATTERN",
    "INLINE_STRUCTURE",
    "INLINE_UNSTRUCTURE",
    "MONEY_PATTERN",
    "STRICT_SCALARS",
    "register_hooks",
]

#: Money on the wire: a decimal string of yuan with at most two decimal places, and at
#: most 20 digits before the point (Money is below 10^20 元 in magnitude).
MONEY_PATTERN: Final = r"^-?(0|[1-9][0-9]{0,19})(\.[0-9]{1,2})?$"
#: Decimals on the wire: a plain decimal string, no exponent.
DECIMAL_PATTERN: Final = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"
_MONEY_RE: Final = re.compile(MONEY_PATTERN)
_DECIMAL_RE: Final = re.compile(DECIMAL_PATTERN)
_LONG_MONEY_RE: Final = re.compile(r"^-?[1-9][0-9]{20,}(\.[0-9]{1,2})?$")
_CENT: Final = Decimal("0.01")
_new: Final = object.__new__
#: Sets Money.yuan: the slot's member descriptor (Money is a slotted attrs class).
_set_yuan: Final = Money.__dict__["yuan"].__set__
#: Room for 20 digits and 2 decimals whatever the caller's decimal context says.
_MONEY_CTX: Final = decimal.Context(prec=28, traps=[InvalidOperation])


def _need_str(value: object, what: str, example: str) -> str:
    if type(value) is not str:
        raise InvalidTypeError(
            "wire",
            N_("%(what)s must be a JSON string"),
            expected=N_("a string such as %(example)r"),
            got=value,
            params={"what": what, "example": example},
        )
    return value


def _structure_money(value: object, _: type) -> Money:
    text = value if type(value) is str else _need_str(value, "an amount", "7660000.00")
    if not _MONEY_RE.fullmatch(text):
        if _LONG_MONEY_RE.fullmatch(text):
            raise InvalidValueError(
                "wire",
                N_("too large an amount"),
                expected=N_("less than 10^20 元 in magnitude (at most 20 digits before the point)"),
                got=value,
            )
        raise InvalidValueError(
            "wire",
            N_("not an amount in yuan"),
            expected=N_("a decimal string with at most 2 decimal places"),
            got=value,
        )
    if text[-3:-2] == ".":  # two decimals, as to_json writes them: exact to the fen already
        # The pattern admits at most 20 digits before the point: within Money's range, so
        # the instance gets its amount straight (Money._of would compare it with the limits).
        money = _new(Money)
        _set_yuan(money, Decimal(text))
        return money
    return Money._of(Decimal(text).quantize(_CENT, context=_MONEY_CTX))


def _unstructure_money(value: Money) -> str:
    return str(value.yuan)


def _unstructure_decimal(value: Decimal) -> str:
    # Plain notation: str() would write Decimal("1E+3") as '1E+3', which the pattern refuses.
    return format(value, "f")


def _structure_decimal(value: object, _: type) -> Decimal:
    text = value if type(value) is str else _need_str(value, "a decimal", "40")
    if not _DECIMAL_RE.fullmatch(text):
        raise InvalidValueError(
            "wire",
            N_("not a decimal number"),
            expected=N_("a plain decimal string such as '34.5'"),
            got=value,
        )
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise InvalidValueError(
            "wire", N_("not a decimal number"), expected=N_("a decimal string"), got=value
        ) from None


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise InvalidTypeError("wire", N_("not a string"), expected=N_("a JSON string"), got=value)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise InvalidTypeError(
            "wire", N_("not a whole number"), expected=N_("a JSON integer"), got=value
        )
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise InvalidTypeError("wire", N_("not a boolean"), expected=N_("true or false"), got=value)
    return value


#: Few distinct dates occur in a document, and dates are immutable: each is read once.
_partial_date: Final = functools.lru_cache(maxsize=4096)(PartialDate.fromisoformat)


def _structure_partial_date(value: object, _: type) -> PartialDate:
    return _partial_date(_need_str(value, "a date", "2025-11"))


@functools.lru_cache(maxsize=4096)
def _date_text(year: int, month: int | None, day: int | None) -> str:
    return PartialDate(year, month, day).isoformat()


def _unstructure_partial_date(value: PartialDate) -> str:
    return _date_text(value.year, value.month, value.day)


def _structure_span(value: object, _: type) -> DateSpan:
    return DateSpan.fromisoformat(_need_str(value, "a span", "2018/2019"))


def _enum_structure_factory(cls: type[enum.Enum]) -> Any:
    members = {member.value: member for member in cls}
    choices = ", ".join(repr(v) for v in members)

    def structure(value: object, _: type) -> enum.Enum:
        member = members.get(value) if type(value) is str else None
        if member is None:
            raise InvalidValueError(
                "wire",
                N_("not a %(name)s"),
                expected=N_("one of %(choices)s"),
                got=value,
                params={"name": cls.__name__, "choices": choices},
            )
        return member

    return structure


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_structure_factory(converter: cattrs.Converter) -> Any:
    def factory(tp: Any) -> Any:
        inner = homogenous_tuple_structure_factory(tp, converter)

        def structure(value: object, _: type) -> tuple[Any, ...]:
            # cattrs would take any iterable, and split a string into characters.
            if type(value) is not list:
                raise InvalidTypeError(
                    "wire", N_("not a list"), expected=N_("a JSON array"), got=value
                )
            result: tuple[Any, ...] = inner(value, tp)
            return result

        return structure

    return factory


def _tuple_unstructure_factory(converter: cattrs.Converter) -> Any:
    def factory(tp: Any) -> Any:
        item_type = get_args(tp)[0]
        if item_type is str:
            return list
        handler = converter.get_unstructure_hook(item_type)

        def unstructure(value: tuple[Any, ...]) -> list[Any]:
            return [handler(item) for item in value]

        return unstructure

    return factory


#: The hooks of the types whose wire form is their Python form: the generated code checks
#: the type itself instead of calling the hook (_generate.py looks them up by identity).
STRICT_SCALARS: Final[dict[type, Callable[[object, type], object]]] = {
    str: _structure_str,
    int: _structure_int,
    bool: _structure_bool,
}


def _inline_decimal(value: str, bind: Callable[[str, Any], str]) -> str:
    # str() unless it would write an exponent (Decimal("1E+3")): format(value, "f") then.
    text, fmt = bind("str", str), bind("format", format)
    return f"(t if 'E' not in (t := {text}({value})) else {fmt}({value}, 'f'))"


#: Unstructure hooks the generated code writes out instead of calling: hook -> the code
#: (given the value's expression and a function binding a name), which writes the same.
INLINE_UNSTRUCTURE: Final[dict[Any, Callable[[str, Callable[[str, Any], str]], str]]] = {
    _unstructure_money: lambda value, bind: f"{bind('str', str)}({value}.yuan)",
    _unstructure_decimal: _inline_decimal,
    _unstructure_partial_date: lambda value, bind: (
        f"{bind('date_text', _date_text)}({value}.year, {value}.month, {value}.day)"
    ),
}


def _inline_decimal_structure(bind: Callable[[str, Any], str]) -> tuple[str, str]:
    # A whole number as to_json writes most figures: digits only, no leading zero, which is
    # what DECIMAL_PATTERN admits without a sign or a point (isascii: isdigit admits '²').
    return (
        "type(v) is str and v.isdigit() and v.isascii() and (v[0] != '0' or len(v) == 1)",
        f"{bind('Decimal', Decimal)}(v)",
    )


def _inline_money_structure(bind: Callable[[str, Any], str]) -> tuple[str, str]:
    # An amount as to_json writes it: digits, a point and two digits, no sign and no leading
    # zero, at most 20 digits before the point (the part of MONEY_PATTERN the hook takes
    # straight, without the pattern; strip takes out only ASCII digits).
    condition = (
        "type(v) is str and 3 < len(v) < 24 and v[-3:-2] == '.'"
        " and v.strip('0123456789') == '.' and (v[0] != '0' or len(v) == 4)"
    )
    money = f"{bind('set_yuan', _set_yuan)}(m := {bind('new', _new)}({bind('Money', Money)}), "
    return condition, f"({money}{bind('Decimal', Decimal)}(v)), m)[1]"


#: Structure hooks the generated code writes out for their usual input: hook -> the code
#: (given a function binding a name) of a condition on ``v`` and the value it makes of it,
#: which the hook would make; where the condition fails, the code calls the hook.
INLINE_STRUCTURE: Final[dict[Any, Callable[[Callable[[str, Any], str]], tuple[str, str]]]] = {
    _structure_decimal: _inline_decimal_structure,
    _structure_money: _inline_money_structure,
}


def _is_object_class(tp: Any) -> bool:
    """An attrs class written as a JSON object: aidmodel's (Money and dates are scalars), or
    one of an application's own embedding them (see make_converter)."""
    return isinstance(tp, type) and attrs.has(tp) and tp not in (Money, PartialDate, DateSpan)


def _object_structure_factory(converter: cattrs.Converter, *, generated: bool) -> Any:
    made: dict[type, Any] = {}

    def factory(cls: type) -> Any:
        if cls not in made:
            made.update(structure_hooks(converter, cls, generated=generated))
        return made[cls]

    return factory


def _object_unstructure_factory(converter: cattrs.Converter) -> Any:
    made: dict[type, Any] = {}

    def factory(cls: type) -> Any:
        if cls not in made:
            made.update(unstructure_hooks(converter, [cls])[0])
        return made[cls]

    return factory


def register_hooks(converter: cattrs.Converter, *, generated: bool = True) -> None:
    """Install the wire-format hooks on a converter (see :func:`~aidmodel.serialize.make_converter`).

    Without ``generated`` (tests), aidmodel's classes are read by cattrs' strict
    functions alone and written by cattrs' own functions.
    """
    converter.register_structure_hook_factory(
        _is_object_class, _object_structure_factory(converter, generated=generated)
    )
    if generated:
        converter.register_unstructure_hook_factory(
            is_model_class, _object_unstructure_factory(converter)
        )
    converter.register_unstructure_hook(Money, _unstructure_money)
    converter.register_structure_hook(Money, _structure_money)
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(PartialDate, _unstructure_partial_date)
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_unstructure_hook(DateSpan, DateSpan.isoformat)
    converter.register_structure_hook(DateSpan, _structure_span)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda e: e.value
    )
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_structure_factory
    )
    for cls in _WIRE_ENUMS:
        converter.register_structure_hook(cls, _enum_structure_factory(cls))
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, _tuple_structure_factory(converter)
    )
    converter.register_unstructure_hook_factory(
        _is_homogeneous_tuple, _tuple_unstructure_factory(converter)
    )


def wire_error(exc: BaseException) -> AidModelError | None:
    """The error a problem tells, as one of aidmodel's (to be told in any locale): the error
    itself, or what cattrs' missing field and unknown keys are; ``None`` for another of
    cattrs' messages."""
    if isinstance(exc, AidModelError):
        return exc
    if isinstance(exc, cattrs.errors.ForbiddenExtraKeysError):
        return InvalidValueError(
            "wire",
            N_("unknown keys %(keys)s"),
            expected=N_("only the fields of the class"),
            params={"keys": sorted(exc.extra_fields)},
        )
    if isinstance(exc, KeyError):
        if exc.args:
            return InvalidValueError(
                "wire", N_("missing required field %(name)r"), params={"name": exc.args[0]}
            )
        return InvalidValueError("wire", N_("missing required field"))
    return None


def describe(exc: BaseException, type_: type | None = None) -> str:
    """One problem in words, keeping aidmodel's own messages."""
    if isinstance(exc, AidModelError):
        # The message quotes the input safely (a value nested too deeply to show is named).
        return str(exc).removeprefix("wire: ")
    if isinstance(exc, cattrs.errors.ForbiddenExtraKeysError):
        return f"unknown keys {sorted(exc.extra_fields)}; expected only the fields of the class"
    if isinstance(exc, KeyError):
        return f"missing required field {exc.args[0]!r}" if exc.args else "missing required field"
    return cattrs.v.format_exception(exc, type_)
