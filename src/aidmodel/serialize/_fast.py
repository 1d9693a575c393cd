"""Generated fast paths of the wire format for aidmodel's own classes (private).

The converter of :mod:`aidmodel.serialize` is the contract: strict, and it
reports every problem with its JSON path. It is also slow, because it calls a
hook per value and attrs calls a validator per field. This module compiles,
for each model class, one straight-line function that reads or writes the
canonical wire form of the class:

- **unstructure** writes the fields in declaration order and leaves defaults
  out, exactly as the converter does (a test checks the two agree);
- **structure** accepts only the happy path: a dict with known keys, strings
  where strings belong, amounts matching the pattern, lists of the right
  items. It checks what the field validators check (inline for the shared
  validators of :mod:`aidmodel._validators`, by calling any other validator),
  builds the instance without a second round of validation, and runs
  ``__attrs_post_init__``. On *anything* else it gives up with :class:`Bail`,
  and :func:`aidmodel.from_dict` runs the strict converter, which either
  succeeds the same way or reports every problem.

A fast path may therefore bail too often (slower, never wrong), but must never
succeed where the converter fails: the property tests feed both broken and
valid documents to both paths.
"""

from __future__ import annotations

import enum
import functools
import re
import types
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeGuard, Union, get_args, get_origin, get_type_hints

import attrs

from aidmodel import _validators as v
from aidmodel.model import DateSpan, PartialDate
from aidmodel.money import Money
from aidmodel.serialize._hooks import DECIMAL_PATTERN, MONEY_PATTERN

__all__ = ["Bail", "compile_paths"]


class Bail(Exception):  # noqa: N818 - not an error: "leave the fast path"
    """The fast path does not handle this input; use the strict converter."""


_CENT = Decimal("0.01")
#: Validators whose check is implied by how the fast path builds the value.
_IMPLIED = (
    "instance.<locals>.check",
    "tuple_of.<locals>.check",
    # The item checks of the recursive fields: the fast path builds every item.
    "FundingShare._check_parts",
    "Commitment._check_parts",
    "Section._check_subsections",
)
_SCALARS = (str, int, bool)
_ABSENT = object()


def _is_model(tp: Any) -> TypeGuard[type]:
    return (
        isinstance(tp, type)
        and attrs.has(tp)
        and tp.__module__.startswith("aidmodel.")
        and tp not in (Money, PartialDate, DateSpan)
    )


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0], True
        msg = f"unsupported union {tp!r}"
        raise TypeError(msg)
    return tp, False


def _item_type(tp: Any) -> Any | None:
    args = get_args(tp)
    if get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _validators_of(field: attrs.Attribute[Any]) -> list[Any]:
    validator = field.validator
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)  # attrs' and_() of a list
    return list(inner) if inner is not None else [validator]


def _is_implied(validator: Any) -> bool:
    qualname = getattr(validator, "__qualname__", "")
    return qualname in _IMPLIED or type(validator).__name__ == "_InstanceOfValidator"


class _Compiler:
    """Writes the source of both functions of every model class reachable from a root.

    Every constant a function uses is bound as a keyword-only default, so the
    generated code reads locals, not globals; slots are set through their
    member descriptors.
    """

    def __init__(self, unstructure_hooks: Callable[[Any], Callable[[Any], Any]]) -> None:
        self.globals: dict[str, Any] = {"Bail": Bail}
        self.locals: dict[str, None] = {}
        self.hook_of = unstructure_hooks
        self.classes: list[type] = []
        self.bind("type", type)
        self.bind("list", list)
        self.bind("tuple", tuple)
        self.bind("str", str)
        self.bind("int", int)
        self.bind("bool", bool)
        self.bind("Dec", Decimal)
        self.bind("format", format)
        self.bind("CENT", _CENT)
        self.bind("Money", Money)
        self.bind("set_yuan", _setter(Money, "yuan"))
        self.bind("surrogate", v.find_surrogate)
        self.bind("money_match", re.compile(MONEY_PATTERN).fullmatch)
        self.bind("decimal_match", re.compile(DECIMAL_PATTERN).fullmatch)
        # Few distinct dates occur in a document: parse each once (they are immutable).
        self.bind("pd_iso", functools.lru_cache(maxsize=4096)(PartialDate.fromisoformat))
        self.bind("span_iso", functools.lru_cache(maxsize=1024)(DateSpan.fromisoformat))
        self.bind("E", _ABSENT)
        self.bind("pd_text", functools.lru_cache(maxsize=4096)(_partial_date_text))
        self.bind("new", object.__new__)
        self.locals = {}

    def add(self, cls: type) -> None:
        if cls in self.classes:
            return
        self.classes.append(cls)
        hints = get_type_hints(cls)
        for field in attrs.fields(cls):
            tp, _ = _strip_optional(hints[field.name])
            item = _item_type(tp)
            for candidate in (tp, item):
                if _is_model(candidate):
                    self.add(candidate)

    def name(self, cls: type) -> str:
        return f"{cls.__name__}_{self.classes.index(cls)}"

    def bind(self, prefix: str, value: Any) -> str:
        """A local name for ``value`` in the function being written."""
        for key, known in self.globals.items():
            if known is value and key.startswith(f"_{prefix}"):
                self.locals[key] = None
                return key
        key = f"_{prefix}" if f"_{prefix}" not in self.globals else f"_{prefix}_{len(self.globals)}"
        self.globals[key] = value
        self.locals[key] = None
        return key

    def header(self, name: str, argument: str) -> str:
        names = "".join(f", {key}={key}" for key in self.locals)
        self.locals = {}
        return f"def {name}({argument}, *{names}):" if names else f"def {name}({argument}):"

    # -- structure -----------------------------------------------------------------------

    def convert(self, tp: Any, lines: list[str], indent: str) -> None:
        """Code that checks ``v`` (neither absent nor None) against ``tp`` and converts it."""
        item = _item_type(tp)
        if tp is str or tp is int or tp is bool:
            lines.append(f"{indent}if _type(v) is not _{tp.__name__}: raise Bail")
            self.use("_type", f"_{tp.__name__}")
        elif tp is Money:
            # The pattern allows at most 20 integer digits: below Money.LIMIT (10^20 元).
            lines.append(f"{indent}if _type(v) is not _str or _money_match(v) is None: raise Bail")
            lines.append(f"{indent}m = _new(_Money)")
            lines.append(f"{indent}_set_yuan(m, _Dec(v).quantize(_CENT))")
            lines.append(f"{indent}v = m")
            self.use(
                "_money_match", "_new", "_Money", "_set_yuan", "_Dec", "_CENT", "_type", "_str"
            )
        elif tp is Decimal:
            lines.append(
                f"{indent}if _type(v) is not _str or _decimal_match(v) is None: raise Bail"
            )
            lines.append(f"{indent}v = _Dec(v)")
            self.use("_decimal_match", "_Dec", "_type", "_str")
        elif tp is PartialDate:
            lines.append(f"{indent}if _type(v) is not _str: raise Bail")
            lines.append(f"{indent}v = _pd_iso(v)")
            self.use("_pd_iso", "_type", "_str")
        elif tp is DateSpan:
            lines.append(f"{indent}if _type(v) is not _str: raise Bail")
            lines.append(f"{indent}v = _span_iso(v)")
            self.use("_span_iso", "_type", "_str")
        elif isinstance(tp, type) and issubclass(tp, enum.Enum):
            members = self.bind("members", {m.value: m for m in tp})
            lines.append(f"{indent}v = {members}.get(v) if _type(v) is _str else None")
            lines.append(f"{indent}if v is None: raise Bail")
            self.use("_type", "_str")
        elif item is str:
            lines.append(f"{indent}if _type(v) is not _list: raise Bail")
            lines.append(f"{indent}for s in v:")
            lines.append(f"{indent}    if _type(s) is not _str or not s.strip(): raise Bail")
            lines.append(f"{indent}    if not s.isascii() and _surrogate(s): raise Bail")
            lines.append(f"{indent}v = _tuple(v)")
            self.use("_type", "_list", "_str", "_tuple", "_surrogate")
        elif item is not None and _is_model(item):
            lines.append(f"{indent}if _type(v) is not _list: raise Bail")
            lines.append(f"{indent}v = _tuple([s_{self.name(item)}(e) for e in v])")
            self.use("_type", "_list", "_tuple")
        elif _is_model(tp):
            lines.append(f"{indent}v = s_{self.name(tp)}(v)")
        else:
            msg = f"no fast path for {tp!r}"
            raise TypeError(msg)

    def use(self, *names: str) -> None:
        for key in names:
            self.locals[key] = None

    def checks(self, field: attrs.Attribute[Any], late: list[str]) -> list[str]:
        """Inline checks of ``v`` for the field's validators; others are called at the end."""
        found = []
        for validator in _validators_of(field):
            if _is_implied(validator) or validator in (
                v.exact_decimal,
                v.optional_exact_decimal,
                v.texts,
            ):
                continue  # the conversion checked it
            if validator in (v.non_blank, v.optional_non_blank):
                found.append("not v.strip()")
                found.append(f"not v.isascii() and {self.bind('surrogate', v.find_surrogate)}(v)")
            elif validator in (v.year, v.optional_year):
                found.append("not 1900 <= v <= 2200")
            elif validator is v.optional_count:
                found.append(f"not 0 <= v <= {v.MAX_COUNT}")
            elif validator is v.non_negative_money:
                found.append("v.yuan < 0")
            else:
                func = self.bind("validator", validator)
                attribute = self.bind("attribute", field)
                late.append(f"    {func}(o, {attribute}, o.{field.name})")
        return found

    def structure_source(self, cls: type) -> str:
        hints = get_type_hints(cls)
        fields = attrs.fields(cls)
        keys = self.bind("keys", frozenset(f.name for f in fields))
        self.use("_type", "_new")
        body = [
            f"    if _type(d) is not dict or not {keys}.issuperset(d): raise Bail",
            f"    o = _new({self.bind('cls', cls)})",
        ]
        late: list[str] = []
        for field in fields:
            tp, optional = _strip_optional(hints[field.name])
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                msg = f"no fast path for the factory default of {cls.__name__}.{field.name}"
                raise TypeError(msg)
            checks = self.checks(field, late)
            inner: list[str] = []
            self.convert(tp, inner, "        ")
            inner.extend(f"        if {check}: raise Bail" for check in checks)
            if default is None and optional:
                body.append(f"    v = d.get({field.name!r})")
                body.append("    if v is not None:")
                body.extend(inner)
            elif default is attrs.NOTHING:
                # A required field: absent or null fails the type check below.
                body.append(f"    v = d.get({field.name!r})")
                body.extend(line[4:] for line in inner)
            else:
                body.append(f"    v = d.get({field.name!r}, _E)")
                body.append("    if v is _E:")
                body.append(f"        v = {self.bind('default', default)}")
                body.append("    else:")
                if optional:
                    body.append("        if v is not None:")
                    body.extend("    " + line for line in inner)
                else:
                    body.extend(inner)
                self.use("_E")
            if field.converter is not None and field.converter not in (
                v.to_tuple,
                v.int_to_decimal,
                v.optional_int_to_decimal,
            ):
                body.append(f"    v = {self.bind('converter', field.converter)}(v)")
            body.append(f"    {self.bind('set', _setter(cls, field.name))}(o, v)")
        body.extend(late)
        if hasattr(cls, "__attrs_post_init__"):
            body.append("    o.__attrs_post_init__()")
        body.append("    return o")
        return "\n".join([self.header(f"s_{self.name(cls)}", "d"), *body])

    # -- unstructure ---------------------------------------------------------------------

    def write(self, tp: Any, value: str, *, shallow: bool = False) -> str:
        item = _item_type(tp)
        if tp in _SCALARS:
            return value
        if shallow and (item is not None or _is_model(tp)):
            return value  # orjson writes tuples itself and calls back for model objects
        if item is str:
            self.use("_list")
            return f"_list({value})"
        if item is not None and _is_model(item):
            return f"[u_{self.name(item)}(e) for e in {value}]"
        if _is_model(tp):
            return f"u_{self.name(tp)}({value})"
        # The leaf hooks of _hooks.py, inlined (a test checks both paths write the same).
        if tp is Money:
            self.use("_str")
            return f"_str({value}.yuan)"
        if tp is Decimal:
            # str() unless it would write an exponent (Decimal("1E+3")): plain notation.
            self.use("_format", "_str")
            return f"(t if 'E' not in (t := _str({value})) else _format({value}, 'f'))"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return value if shallow else f"{value}._value_"  # .value is a slow descriptor
        if tp is PartialDate:
            self.use("_pd_text")
            return f"_pd_text({value}.year, {value}.month, {value}.day)"
        hook = self.bind("hook", self.hook_of(tp))
        return f"{hook}({value})"

    def unstructure_source(self, cls: type, *, shallow: bool = False) -> str:
        """``u_<class>``: the wire dict of an instance; ``w_<class>`` if ``shallow``:
        the same dict with model objects, tuples and enums left for orjson."""
        hints = get_type_hints(cls)
        body = ["    d = {}"]
        for field in attrs.fields(cls):
            tp, _ = _strip_optional(hints[field.name])
            body.append(f"    v = o.{field.name}")
            out = f"d[{field.name!r}] = {self.write(tp, 'v', shallow=shallow)}"
            default = field.default
            if default is attrs.NOTHING:
                body.append(f"    {out}")
            elif default is None or default is True or default is False:
                body.append(f"    if v is not {default}: {out}")
            elif default == ():
                body.append(f"    if v: {out}")
            else:
                body.append(f"    if v != {self.bind('default', default)}: {out}")
        body.append("    return d")
        prefix = "w" if shallow else "u"
        return "\n".join([self.header(f"{prefix}_{self.name(cls)}", "o"), *body])

    def compile(self) -> tuple[dict[type, Any], dict[type, Any], dict[type, Any]]:
        parts = []
        for cls in self.classes:
            parts.append(self.structure_source(cls))
            parts.append(self.unstructure_source(cls))
            parts.append(self.unstructure_source(cls, shallow=True))
        source = "\n\n".join(parts)
        namespace = self.globals
        exec(compile(source, "<aidmodel wire fast paths>", "exec"), namespace)
        structure = {cls: namespace[f"s_{self.name(cls)}"] for cls in self.classes}
        unstructure = {cls: namespace[f"u_{self.name(cls)}"] for cls in self.classes}
        shallow = {cls: namespace[f"w_{self.name(cls)}"] for cls in self.classes}
        return structure, unstructure, shallow


def _partial_date_text(year: int, month: int | None, day: int | None) -> str:
    """What PartialDate.isoformat writes (a test checks the two agree)."""
    return PartialDate(year, month, day).isoformat()


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The fastest way to set a slot of a frozen instance: its member descriptor."""
    descriptor = cls.__dict__.get(name)
    if isinstance(descriptor, types.MemberDescriptorType):
        return descriptor.__set__
    return lambda obj, value: object.__setattr__(obj, name, value)  # pragma: no cover


def compile_paths(
    roots: list[type], unstructure_hook: Callable[[Any], Callable[[Any], Any]]
) -> tuple[dict[type, Any], dict[type, Any], dict[type, Any]]:
    """The structure, unstructure and shallow functions of every model class reachable from ``roots``.

    A shallow function returns the wire dict of one object with nested model
    objects, tuples and enums left as they are: orjson writes those itself and
    calls back (``default=``) for each nested object, so no dict of the whole
    tree is ever built.

    ``unstructure_hook`` gives the converter's hook for a leaf type (Money,
    Decimal, dates, enums), so both paths write leaves the same way.
    """
    compiler = _Compiler(unstructure_hook)
    for root in roots:
        compiler.add(root)
    return compiler.compile()
