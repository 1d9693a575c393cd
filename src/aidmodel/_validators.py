"""Validators and converters shared by the frozen classes (private).

They reject only what cannot be represented (wrong type, blank text, a float
for an exact number) and name the field with its Chinese term:
``Quantity.unit (单位): blank text; expected a non-empty string or None, got ' '``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs

from aidmodel._wording import N_, a_type, phrase
from aidmodel.errors import InvalidTypeError, InvalidValueError
from aidmodel.money import Money

__all__ = [
    "MAX_COUNT",
    "accepts",
    "accepts_items",
    "describe",
    "exact_decimal",
    "field_label",
    "items",
    "keeps",
    "non_blank",
    "optional_exact_decimal",
    "optional_non_blank",
    "text_items",
]


#: The largest count or line number a model holds: 2^53 - 1, the largest integer that every
#: JSON reader holds exactly (I-JSON, RFC 7493), so that what the wire format writes every
#: reader reads back unchanged, whatever its language or JSON library.
MAX_COUNT: Final = 2**53 - 1
#: A surrogate code point: half of a UTF-16 pair, which no UTF-8 text can hold alone. Text
#: that str.isprintable() accepts holds none (a surrogate is not printable): the validators
#: search only the rest, about a third of the time of the search on Chinese text.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
#: Search a str for a surrogate code point (the fast paths of the wire format use it too).
find_surrogate: Final = _SURROGATE.search

_F = TypeVar("_F", bound=Callable[..., Any])


def accepts(template: str, *, utf8: str | None = None, **names: object) -> Callable[[_F], _F]:
    """Declare, as the attribute ``accepts`` of a validator, a Python expression that is
    true of a value exactly when the validator lets it pass (whatever the instance): the
    wire format's generated readers write the expression instead of calling the validator,
    and leave a value for which it is false to the strict reader, which calls it.

    ``{v}`` in ``template`` stands for the value, ``{name}`` for each of ``names`` (bound
    in the generated code). The expression must stand alone: it checks the type too.
    ``utf8``, as the attribute ``accepts_utf8``, an expression that does the same of the
    values a strict UTF-8 reader can give, which hold no lone surrogate (orjson's).

    >>> non_blank.accepts[0].format(v="x", surrogate="s")
    'type(x) is str and x.strip() and (x.isascii() or x.isprintable() or s(x) is None)'
    >>> non_blank.accepts_utf8[0].format(v="x", surrogate="s")
    'type(x) is str and x.strip()'
    """

    def declare(validator: _F) -> _F:
        validator.accepts = (template, names)  # type: ignore[attr-defined]
        if utf8 is not None:
            validator.accepts_utf8 = (utf8, names)  # type: ignore[attr-defined]
        return validator

    return declare


def accepts_items(template: str, *, utf8: str | None = None, **names: object) -> Callable[[_F], _F]:
    """As :func:`accepts`, for a validator of a tuple: ``{v}`` stands for each item, and the
    validator lets a tuple pass exactly when the expression is true of each of its items
    (``utf8``: the attribute ``accepts_items_utf8``)."""

    def declare(validator: _F) -> _F:
        validator.accepts_items = (template, names)  # type: ignore[attr-defined]
        if utf8 is not None:
            validator.accepts_items_utf8 = (utf8, names)  # type: ignore[attr-defined]
        return validator

    return declare


def keeps(cls: type, *converters: Callable[..., Any]) -> None:
    """Declare, as the attribute ``keeps`` of each converter, that it returns a value of
    exactly the class ``cls`` unchanged: the generated readers call it only on a value of
    another class. (A call, not a decorator: mypy's attrs plugin reads a converter's type
    only from an undecorated function.)

    >>> items.keeps, int_to_decimal.keeps
    (<class 'tuple'>, <class 'decimal.Decimal'>)
    """
    for converter in converters:
        converter.keeps = cls  # type: ignore[attr-defined]


#: What non_blank lets pass, and optional_non_blank besides None,
_TEXT: Final = "type({v}) is str and {v}.strip() and ({v}.isascii() or {v}.isprintable() or {surrogate}({v}) is None)"
#: and of text with no lone surrogate.
_TEXT_UTF8: Final = "type({v}) is str and {v}.strip()"


def field_label(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Class.field (中文)`` for messages, from the field's ``zh`` metadata."""
    cls = instance if isinstance(instance, type) else type(instance)
    zh = attribute.metadata.get("zh")
    return f"{cls.__name__}.{attribute.name} ({zh})" if zh else f"{cls.__name__}.{attribute.name}"


def describe(value: object) -> str:
    """What a value is, for messages: ``an int``, ``a Project``, ``None``.

    >>> describe(42), describe("x"), describe(None), describe(Money.from_wan(1))
    ('an int', 'a str', 'None', 'a Money')
    """
    if value is None:
        return a_type("None")
    return _article(type(value).__name__)


def _article(name: str) -> str:
    """``an int``, ``a Project``."""
    return a_type(name)


def check_encodable(where: str, value: str) -> None:
    """Refuse text with a lone surrogate (``"\\ud800"``): no UTF-8 file or JSON text can hold it.

    >>> check_encodable("Project.name (项目名称)", "a\\ud800b")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: Project.name (项目名称): a lone surrogate '\\ud800' at character 2; expected text that UTF-8 can encode, got 'a\\ud800b'
    """
    if not value.isascii() and (found := _SURROGATE.search(value)) is not None:
        raise InvalidValueError(
            where,
            N_("a lone surrogate %(text)r at character %(position)s"),
            expected=N_("text that UTF-8 can encode"),
            got=value,
            params={"text": found.group(), "position": found.start() + 1},
        )


@accepts(_TEXT, utf8=_TEXT_UTF8, surrogate=find_surrogate)
def non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a string with something other than white space in it (and no lone surrogate)."""
    if not isinstance(value, str):
        raise _not_text(instance, attribute, value, N_("a non-empty string"))
    if not value.strip():
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("blank text"),
            expected=N_("a non-empty string"),
            got=value,
        )
    if not value.isascii() and not value.isprintable() and _SURROGATE.search(value):
        check_encodable(field_label(instance, attribute), value)  # (the label only to fail)


@accepts(
    f"{{v}} is None or ({_TEXT})",
    utf8=f"{{v}} is None or ({_TEXT_UTF8})",
    surrogate=find_surrogate,
)
def optional_non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Like :func:`non_blank`, but ``None`` (the document does not say) is allowed."""
    if value is None:
        return
    if not isinstance(value, str):
        raise _not_text(instance, attribute, value, N_("a non-empty string or None"))
    if not value.strip():
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("blank text"),
            expected=N_("a non-empty string or None"),
            got=value,
        )
    if not value.isascii() and not value.isprintable() and _SURROGATE.search(value):
        check_encodable(field_label(instance, attribute), value)  # (the label only to fail)


def _not_text(
    instance: object, attribute: attrs.Attribute[Any], value: object, expected: str
) -> InvalidTypeError:
    return InvalidTypeError(
        field_label(instance, attribute),
        N_("%(what)s is not text"),
        expected=N_("%(expected)s (str)"),
        got=value,
        params={"what": describe(value), "expected": phrase(expected)},
    )


def int_to_decimal(value: Decimal | int) -> Decimal:
    """Converter: an ``int`` becomes a Decimal; anything else is left for the validator."""
    if type(value) is int:
        return Decimal(value)
    return value  # type: ignore[return-value]


def optional_int_to_decimal(value: Decimal | int | None) -> Decimal | None:
    """As :func:`int_to_decimal`, with ``None`` passed through."""
    if type(value) is int:
        return Decimal(value)
    return value  # type: ignore[return-value]


@accepts("type({v}) is {Decimal} and {v}.is_finite()", Decimal=Decimal)
def exact_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a finite Decimal (floats, bools and NaN are refused)."""
    if type(value) is Decimal and value.is_finite():
        return
    if isinstance(value, Decimal):
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("not a finite number"),
            expected=N_("a finite Decimal"),
            got=value,
        )
    raise InvalidTypeError(
        field_label(instance, attribute),
        N_("a %(type)s is not an exact number"),
        expected=N_("a Decimal or int"),
        got=value,
        params={"type": type(value).__name__},
    )


@accepts("{v} is None or (type({v}) is {Decimal} and {v}.is_finite())", Decimal=Decimal)
def optional_exact_decimal(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """As :func:`exact_decimal`, with ``None`` (the document does not say) allowed."""
    if value is not None:
        exact_decimal(instance, attribute, value)


@accepts("{v} is None or (type({v}) is {Money} and {v}.yuan >= 0)", Money=Money)
def non_negative_money(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require :class:`~aidmodel.Money` that is not negative, or ``None``."""
    if value is None:
        return
    if type(value) is not Money:
        raise InvalidTypeError(
            field_label(instance, attribute),
            N_("%(what)s is not Money"),
            expected=N_("Money (Money.from_wan('766'), Money.parse('766万元')) or None"),
            got=value,
            params={"what": describe(value)},
        )
    if value.yuan < 0:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("a negative amount"),
            expected=N_("an amount of 0 or more"),
            got=value,
        )


@accepts("type({v}) is {Money} and {v}.yuan >= 0", Money=Money)
def money_amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require :class:`~aidmodel.Money` that is not negative (``None`` refused): the checks
    of ``[instance(Money), non_negative_money]`` in that order, in one call."""
    if type(value) is Money and value.yuan >= 0:
        return
    _MONEY_INSTANCE(instance, attribute, value)
    non_negative_money(instance, attribute, value)


def whole_number(noun: str, *, optional: bool = False) -> Any:
    """A validator requiring an int from 0 to :data:`MAX_COUNT` (``bool`` refused), or
    ``None`` if ``optional``.

    The message says ``not a <noun>``: ``not a count``, ``not a depth``.
    """
    expected = N_("an int of 0 or more, or None") if optional else N_("an int of 0 or more")

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if type(value) is not int or value < 0:
            raise InvalidValueError(
                field_label(instance, attribute),
                N_("not a %(noun)s"),
                expected=expected,
                got=value,
                params={"noun": phrase(noun)},
            )
        if value > MAX_COUNT:  # (the label is made only for the message)
            check_wire_int(field_label(instance, attribute), noun, value)

    within = f"type({{v}}) is int and 0 <= {{v}} <= {MAX_COUNT}"
    return accepts(f"{{v}} is None or ({within})" if optional else within)(check)


def check_wire_int(where: str, noun: str, value: int) -> None:
    """Refuse an int above :data:`MAX_COUNT`, which not every JSON reader holds exactly.

    >>> check_wire_int("Programme.declared_project_count (项目个数)", "count", 2**64)
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: Programme.declared_project_count (项目个数): too large a count; expected at most 9007199254740991 (2^53 - 1, the largest integer every JSON reader holds exactly), got 18446744073709551616
    """
    if value > MAX_COUNT:
        raise InvalidValueError(
            where,
            N_("too large a %(noun)s"),
            expected=N_(
                "at most %(most)s (2^53 - 1, the largest integer every JSON reader holds exactly)"
            ),
            got=value,
            params={"noun": phrase(noun), "most": MAX_COUNT},
        )


#: A declared count (项目个数): a whole number of 0 or more, or ``None``.
optional_count = whole_number(N_("count"), optional=True)


def instance(cls: type, *, optional: bool = False) -> Any:
    """A validator requiring an instance of ``cls`` (or ``None`` if ``optional``).

    It says what it checks, and that it checks nothing more, as its attribute
    ``instance_of`` (``cls``): the wire format's generated readers leave the call out
    where the code they wrote builds exactly that class.
    """
    article = _article(cls.__name__)
    expected = N_("%(article)s or None") if optional else article

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls) and not (optional and value is None):
            raise InvalidTypeError(
                field_label(instance, attribute),
                N_("%(what)s is not %(article)s"),
                expected=expected,
                got=value,
                params={"what": describe(value), "article": article},
            )

    check.instance_of = cls  # type: ignore[attr-defined]
    return check


def optional_instance(cls: type) -> Any:
    """A validator requiring an instance of ``cls`` or ``None``."""
    return instance(cls, optional=True)


_MONEY_INSTANCE: Final = instance(Money)


@accepts("type({v}) is int and 1900 <= {v} <= 2200")
def year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a year from 1900 to 2200 as an int."""
    if type(value) is not int:
        raise InvalidTypeError(
            field_label(instance, attribute),
            N_("not a whole year"),
            expected=N_("an int"),
            got=value,
        )
    if not 1900 <= value <= 2200:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("year out of range"),
            expected=N_("1900 to 2200"),
            got=value,
        )


@accepts("{v} is None or (type({v}) is int and 1900 <= {v} <= 2200)")
def optional_year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """As :func:`year`, with ``None`` (the document does not say) allowed."""
    if value is not None:
        year(instance, attribute, value)


def tuple_of(cls: type) -> Any:
    """A validator requiring a tuple whose items are all instances of ``cls``.

    It says so as its attribute ``items_of`` (``cls``), as :func:`instance` does. What the
    field's converter (:func:`items`) could not make a tuple of is named here, with the field.
    """
    noun = _article(cls.__name__)

    def check(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        if type(value) is not tuple:
            raise _not_items(
                instance, attribute, value, phrase(N_("%(name)s items"), name=cls.__name__)
            )
        for index, item in enumerate(value):
            if not isinstance(item, cls):
                where = f"{field_label(instance, attribute)}[{index}]"
                raise InvalidTypeError(
                    where,
                    N_("%(what)s is not %(noun)s"),
                    expected=noun,
                    got=item,
                    params={"what": describe(item), "noun": noun},
                )

    check.items_of = cls  # type: ignore[attr-defined]
    return check


def _not_items(
    instance: object, attribute: attrs.Attribute[Any], value: object, what: str
) -> InvalidTypeError:
    """The error of a collection field given one item, a number or None instead of a list."""
    return InvalidTypeError(
        field_label(instance, attribute),
        N_("%(what)s is not a list"),
        expected=N_("a list or tuple of %(items)s (%(one)s for one)")
        if isinstance(value, str)
        else N_("a list or tuple of %(items)s"),
        got=value,
        params={"what": describe(value), "items": what, "one": f"[{value!r}]"},
    )


@accepts_items(_TEXT, utf8=_TEXT_UTF8, surrogate=find_surrogate)
def texts(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    """Require a tuple of non-blank strings (with no lone surrogate)."""
    if type(value) is not tuple:
        raise _not_items(instance, attribute, value, phrase(N_("strings")))
    for index, item in enumerate(value):
        if (
            isinstance(item, str)
            and item.strip()
            and (item.isascii() or item.isprintable() or _SURROGATE.search(item) is None)
        ):
            continue  # (the usual case: no label built)
        where = f"{field_label(instance, attribute)}[{index}]"
        if not isinstance(item, str):
            raise InvalidTypeError(
                where,
                N_("%(what)s is not text"),
                expected=N_("a non-empty string"),
                got=item,
                params={"what": describe(item)},
            )
        if not item.strip():
            raise InvalidValueError(
                where,
                N_("blank text"),
                expected=N_("a non-empty string"),
                got=item,
            )
        check_encodable(where, item)


def to_tuple(value: Any) -> tuple[Any, ...]:
    """Converter: any iterable becomes a tuple; a lone string is refused, not split."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes):
        raise InvalidTypeError(
            "tuple field",
            N_("a string is not a sequence of items"),
            expected=N_("a list or tuple"),
            got=value,
        )
    return tuple(value)


def items(value: Any) -> Any:
    """The core of the converters of collection fields: a tuple as it is, any other
    iterable but text as the tuple of its items, and anything else (a lone string, a
    number, one object, ``None``) unchanged, for the field's validator to refuse with
    the field's name (:func:`tuple_of`, :func:`texts`); a converter knows no field.

    >>> items(["a", "b"]), items("ab"), items(42)
    (('a', 'b'), 'ab', 42)
    """
    if type(value) is tuple or isinstance(value, str | bytes):
        return value
    try:
        iterator = iter(value)
    except TypeError:
        return value
    return tuple(iterator)


def text_items(value: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Converter of a field of texts (``units``, ``locations``, ``notes``): a list or tuple of
    str, typed so that mypy refuses a lone str (``units="县农业农村局"``), which a str's own
    iteration would split into characters; at run time :func:`texts` refuses it."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, items, text_items)
keeps(Decimal, int_to_decimal, optional_int_to_decimal)


_T = TypeVar("_T")


def checked(
    value: object, cls: type[_T], where: str, expected: str, *, noun: str | None = None
) -> _T:
    """The value itself when it is a ``cls``; otherwise an InvalidTypeError naming both.

    >>> checked(3, int, "f(n=...)", "an int")
    3
    >>> checked("3", int, "f(n=...)", "an int such as 3", noun="an int")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidTypeError: f(n=...): a str is not an int; expected an int such as 3, got '3'
    """
    if not isinstance(value, cls):
        raise InvalidTypeError(
            where,
            N_("%(what)s is not %(noun)s"),
            expected=expected,
            got=value,
            params={"what": describe(value), "noun": noun or _article(cls.__name__)},
        )
    return value
