"""The hooks of aidmodel's own classes, generated from their fields (private).

For each model class, :func:`structure_hooks` and :func:`unstructure_hooks` write
straight-line functions from what attrs' public API says of the class
(:func:`attrs.fields`: name, default, validator, converter; the type hints) and
from the hooks the converter holds for the leaf types (str, Money, dates,
enums ...). Nothing is known by name: a field added to a class is read and
written by the same code as every other field, and a leaf type without a
converter hook is an error when the hooks are made.

A structure function builds an instance as the class's ``__init__`` would:
every field set (defaults for the absent ones, the field's converter applied),
then every field's validator called in field order, then
``__attrs_post_init__``. Two things are skipped because they cannot fail: the
validator of a field left at its default, when the validator accepts that
default without looking at the instance (tried once, when the hooks are made),
and the converter of a default (applied once then). The instance is made as an
instance of a subclass that adds nothing but plain assignment (:func:`_builder`),
gets its fields stored in its slots, and is then made an instance of the class
itself, before any validator or ``__attrs_post_init__`` sees it; so the class must
be slotted with exactly its fields as slots (a class that is not is left to cattrs
alone).

A structure hook tries its straight-line function first; on anything else (a
wrong type, an unknown key, a validator or post-init check that fails) it hands
the data to the strict function that :func:`cattrs.gen.make_dict_structure_fn`
makes for the class, which either builds the same instance or reports every
problem with its path. The straight-line function is a faster way to the same
result, never a second opinion: the property tests feed both generated and
broken documents to both.
"""

from __future__ import annotations

import enum
import functools
import types
from collections.abc import Callable
from typing import Any, Final, TypeGuard, Union, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn

from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError

__all__ = [
    "Built",
    "is_model_class",
    "object_lists",
    "straight_functions",
    "structure_hooks",
    "unstructure_hooks",
]

#: The model's leaf classes that are attrs classes too, but have a scalar wire form.
_LEAVES: Final = ("Money", "PartialDate", "DateSpan")
_ABSENT: Final = object()


class _Refused(Exception):  # noqa: N818 - not an error: "leave it to the strict function"
    """The straight-line function does not take this input."""


class Built:
    """Objects built from the items of a list of a document, put in the list's place in the
    data a consuming group's root function reads (see :func:`straight_functions`): it takes
    them as they are. Each is to be built by that group's function of its class."""

    __slots__ = ("items",)

    def __init__(self, items: tuple[Any, ...]) -> None:
        self.items = items


class _Probe:
    """An instance that refuses to be looked at: a validator that reads another field of
    its instance fails on it, so it is never skipped."""

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        raise AttributeError(name)


def is_model_class(tp: Any) -> TypeGuard[type]:
    """Whether ``tp`` is an attrs class of aidmodel written as a JSON object."""
    return (
        isinstance(tp, type)
        and attrs.has(tp)
        and tp.__module__.startswith("aidmodel.")
        and tp.__name__ not in _LEAVES
    )


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The evaluated annotations of a class (its module writes them as strings)."""
    return get_type_hints(cls)


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0], True
        msg = f"no wire format for the union {tp!r}"
        raise TypeError(msg)
    return tp, False


def _item_type(tp: Any) -> Any | None:
    args = get_args(tp)
    if get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


@functools.cache
def object_lists(cls: type) -> tuple[tuple[str, type], ...]:
    """The fields of model class ``cls`` that hold a tuple of model objects, by name, each
    with the class of its items (cached).

    >>> from aidmodel import Programme
    >>> [name for name, _ in object_lists(Programme)]
    ['fund_sources', 'sections', 'projects', 'mechanisms', 'commitments', 'achievements']
    """
    hints = _hints(cls)
    found = []
    for field in attrs.fields(cls):
        item = _item_type(_strip_optional(hints[field.name])[0])
        if item is not None and is_model_class(item):
            found.append((field.name, item))
    return tuple(found)


def _reachable(root: type) -> list[type]:
    """The model classes of ``root``'s fields, recursively, ``root`` first."""
    found = [root]
    for cls in found:
        hints = _hints(cls)
        for field in attrs.fields(cls):
            tp, _ = _strip_optional(hints[field.name])
            for candidate in (tp, _item_type(tp)):
                if is_model_class(candidate) and candidate not in found:
                    found.append(candidate)
    return found


def _slotted(cls: type) -> bool:
    """Whether the instance's state is exactly its fields, each in a slot of the class."""
    names = {field.name for field in attrs.fields(cls)}
    slots = {
        slot
        for klass in cls.__mro__
        for slot in klass.__dict__.get("__slots__", ())
        if slot != "__weakref__"
    }
    return slots == names and all(
        isinstance(cls.__dict__.get(name), types.MemberDescriptorType) for name in names
    )


@functools.cache
def _builder(cls: type) -> type:
    """A subclass of ``cls`` whose instances take their fields by plain assignment, for the
    straight-line functions: built, an instance is made an instance of ``cls`` itself.

    The subclass adds no slot (``__slots__ = ()``), so it lays its instances out as ``cls``
    does, and Python lets an instance's ``__class__`` be set from one to the other. Its
    ``__setattr__`` and ``__delattr__`` are ``object``'s (the two share one slot of the
    type, which is then Python's generic one): an assignment stores straight into the slot,
    where a frozen class's refuses it. A store takes a few nanoseconds; a call of a slot's
    ``__set__``, the other way past a frozen class's own, about fifty. No instance of it
    leaves the reading code; the class itself is listed by ``cls.__subclasses__()``.
    """
    return type(
        f"_Building{cls.__name__}",
        (cls,),
        {
            "__slots__": (),
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,
            "__module__": __name__,
        },
    )


def _passes(check: Callable[..., Any], *args: Any) -> bool:
    try:
        check(*args)
    except Exception:
        return False
    return True


class _Writer:
    """The source of a group of functions, and the values it names.

    The values are globals of the module the group is compiled in: a global is read as
    fast as a local, where a keyword default is copied into every call's frame (a function
    of a hundred of them takes a microsecond to call).
    """

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.names: dict[tuple[str, int], str] = {}

    def bind(self, prefix: str, value: Any) -> str:
        """A global name for ``value`` in the functions being written."""
        key = self.names.get((prefix, id(value)))
        if key is None:
            key = (
                f"_{prefix}" if f"_{prefix}" not in self.values else f"_{prefix}_{len(self.values)}"
            )
            self.values[key] = value
            self.names[prefix, id(value)] = key
        return key

    def header(self, name: str, arguments: str) -> str:
        return f"def {name}({arguments}):"

    def compile(self, sources: list[str], filename: str) -> dict[str, Any]:
        namespace = dict(self.values)
        exec(compile("\n\n".join(sources), filename, "exec"), namespace)
        return namespace


# -- structure -------------------------------------------------------------------------------


class _Structure:
    """Writes the straight-line structure function of each class of a group."""

    def __init__(
        self,
        converter: cattrs.Converter,
        classes: list[type],
        *,
        consume: type | None = None,
        utf8: bool = False,
    ) -> None:
        self.converter = converter
        self.classes = classes
        self.out = _Writer()
        self.fast = {cls: f"f_{cls.__name__}_{index}" for index, cls in enumerate(classes)}
        self.consume = consume
        self.consuming = False
        #: The argument each function of a consuming group takes and passes on besides its
        #: data: ``n``, a list whose first item counts the keys of the objects read.
        self.extra = "" if consume is None else ", n"
        #: The attributes of a validator that declare what it accepts: of any value, or of
        #: the values of text a strict UTF-8 reader read (no lone surrogate) where declared.
        self.declared = ("_utf8", "") if utf8 else ("",)

    def leaf(self, tp: Any) -> Callable[[Any, Any], Any]:
        hook: Callable[[Any, Any], Any] = self.converter.get_structure_hook(tp)
        return hook

    def convert(
        self,
        tp: Any,
        lines: list[str],
        indent: str,
        each: str | None = None,
        *,
        typed: bool = False,
    ) -> None:
        """Code that turns ``v`` (not None) into a value of ``tp``, or raises; ``each``, an
        expression of ``e`` each item of a tuple of scalars must make true besides; with
        ``typed``, a scalar's type is left to a check that follows."""
        from aidmodel.serialize._hooks import INLINE_STRUCTURE, STRICT_SCALARS

        item = _item_type(tp)
        out = self.out
        if item is not None and item in self.fast and self.consuming:
            # Objects the caller built from the items, by this group's function of their
            # class, are taken as they are (no parser makes a Built).
            lines.append(f"{indent}if {out.bind('type', type)}(v) is {out.bind('Built', Built)}:")
            lines.append(f"{indent}    v = v.items")
            lines.append(f"{indent}else:")
            lines.append(
                f"{indent}    if {out.bind('type', type)}(v) is not {out.bind('list', list)}:"
            )
            lines.append(f"{indent}        raise {out.bind('Refused', _Refused)}")
            # Each item's data is let go once its object is built: the root's lists hold
            # the document, and the objects take the place of its data in memory.
            lines.append(f"{indent}    v.reverse()")
            lines.append(f"{indent}    w = []")
            lines.append(f"{indent}    while v:")
            lines.append(f"{indent}        w.append({self.fast[item]}(v.pop(){self.extra}))")
            lines.append(f"{indent}    v = {out.bind('tuple', tuple)}(w)")
            return
        if item is not None:
            lines.append(f"{indent}if {out.bind('type', type)}(v) is not {out.bind('list', list)}:")
            lines.append(f"{indent}    raise {out.bind('Refused', _Refused)}")
            if item in self.fast:
                call = f"{self.fast[item]}(e{self.extra})"
            elif STRICT_SCALARS.get(item) is self.leaf(item):
                lines.append(f"{indent}for e in v:")
                if each and each.startswith(f"type(e) is {item.__name__} and "):
                    lines.append(f"{indent}    if not ({each}):")  # its type checked first
                else:
                    extra = f" or not ({each})" if each else ""
                    lines.append(
                        f"{indent}    if {out.bind('type', type)}(e) is not"
                        f" {out.bind(item.__name__, item)}{extra}:"
                    )
                lines.append(f"{indent}        raise {out.bind('Refused', _Refused)}")
                lines.append(f"{indent}v = {out.bind('tuple', tuple)}(v)")
                return
            else:
                call = f"{out.bind('hook', self.leaf(item))}(e, {out.bind('T', item)})"
            lines.append(f"{indent}v = {out.bind('tuple', tuple)}([{call} for e in v])")
        elif tp in self.fast:
            lines.append(f"{indent}v = {self.fast[tp]}(v{self.extra})")
        elif STRICT_SCALARS.get(tp) is self.leaf(tp):
            # The wire type is the Python type: no conversion, only the check (if no other).
            if typed:
                return
            lines.append(
                f"{indent}if {out.bind('type', type)}(v) is not {out.bind(tp.__name__, tp)}:"
            )
            lines.append(f"{indent}    raise {out.bind('Refused', _Refused)}")
        else:
            call = f"v = {out.bind('hook', self.leaf(tp))}(v, {out.bind('T', tp)})"
            inline = INLINE_STRUCTURE.get(self.leaf(tp))
            if inline is not None:  # the hook's usual case written out, the call for the rest
                condition, value = inline(out.bind)
                lines.append(f"{indent}if {condition}: v = {value}")
                lines.append(f"{indent}else: {call}")
            else:
                lines.append(f"{indent}{call}")

    def function(self, cls: type) -> str:
        out = self.out
        self.consuming = cls is self.consume
        hints = _hints(cls)
        fields = attrs.fields(cls)
        keys = out.bind("keys", frozenset(field.name for field in fields))
        body = [
            f"    if {out.bind('type', type)}(d) is not {out.bind('dict', dict)}"
            f" or not {keys}.issuperset(d):",
            f"        raise {out.bind('Refused', _Refused)}",
            f"    o = {out.bind('new', object.__new__)}({out.bind('builder', _builder(cls))})",
        ]
        if self.extra:
            body.append(f"    n[0] += {out.bind('len', len)}(d)")
        checks: list[str] = []
        refused = out.bind("Refused", _Refused)
        for field in fields:
            tp, optional = _strip_optional(hints[field.name])
            name = field.name
            present: list[str] = []
            converter = field.converter
            validator = field.validator
            keeps = getattr(converter, "keeps", None)
            # A tuple of scalars whose items the validator declares what it accepts of: the
            # loop that checks their type checks that too, when the converter keeps it.
            each = self.accepts(self.declaration(validator, "accepts_items"), "e")
            if each is None or _item_type(tp) is None or optional or keeps is not tuple:
                each = None
            built = self.built(tp, validator)
            if converter is not None and built not in (None, "items"):
                built = None  # what a converter returns is not what was built
            default = field.default
            if default is not attrs.NOTHING and converter is not None:
                default = converter(default)
            # The validator: what it declares it accepts is checked on the value where it is
            # read (any refusal goes to the strict function, which calls the validator
            # itself); else it is called once the field is set.
            accepted: str | None = None  # checked on the value read
            if validator is not None:
                call = (
                    f"{out.bind('validator', validator)}(o, {out.bind('field', field)}, o.{name})"
                )
                declared = self.accepts(self.declaration(validator, "accepts"), "v")
                if each is not None:
                    pass  # checked item by item where the items were read
                elif default is attrs.NOTHING:
                    if built is None or optional:
                        if declared is not None:
                            accepted = declared
                        else:
                            checks.append(f"    {call}")
                elif not _passes(validator, _Probe(), field, default):
                    checks.append(f"    {call}")
                elif built is not None and (not optional or default is None):
                    pass  # the default passes, and any other value is what the validator asks
                elif declared is not None:
                    accepted = declared
                else:
                    checks.append(f"    if o.{name} is not {self.constant(default)}:")
                    checks.append(f"        {call}")
            # Left out or null, the value is None, the default: one look-up, no branch; the
            # rest is read where the value is not None.
            not_none = default is None and optional and converter is None
            if not_none and accepted is not None:
                accepted = _when_not_none(accepted)
            # The code read lets None pass, unless it runs only where the value is not None.
            guarded = optional and not not_none
            # A scalar's type is checked by the expression accepted, when it starts with it.
            typed = (
                not guarded
                and accepted is not None
                and accepted.startswith(f"type(v) is {getattr(tp, '__name__', '')} and ")
            )
            if guarded:
                present.append("        if v is not None:")
                self.convert(tp, present, "            ")
            else:
                self.convert(tp, present, "        ", each, typed=typed)
            if converter is not None:
                if built == "items":  # the converter must keep the tuple of items built
                    present.append("        t = v")
                if isinstance(keeps, type):  # called only on what it does not keep
                    present.append(
                        f"        if {out.bind('type', type)}(v) is not {out.bind('keeps', keeps)}:"
                        f" v = {out.bind('converter', converter)}(v)"
                    )
                else:
                    present.append(f"        v = {out.bind('converter', converter)}(v)")
                if built == "items":
                    present.append(f"        if v is not t: raise {out.bind('Refused', _Refused)}")
            elif built == "leaf":  # a hook returns its class: checked where it is cheap
                inner = "            " if guarded else "        "  # (None is the default's)
                present.append(
                    f"{inner}if {out.bind('type', type)}(v) is not {out.bind(tp.__name__, tp)}:"
                )
                present.append(f"{inner}    raise {out.bind('Refused', _Refused)}")
            check: str | None = None
            if accepted is not None:
                if default is attrs.NOTHING:
                    present.append(f"        if not ({accepted}): raise {refused}")
                else:
                    check = f"        if not ({accepted}): raise {refused}"
            if default is attrs.NOTHING:
                body.append(f"    v = d[{name!r}]")  # a KeyError: the strict function names it
                body.extend(line[4:] for line in present)
            elif not_none:
                body.append(f"    v = d.get({name!r})")
                body.append("    if v is not None:")
                body.extend(present)
                if check is not None:
                    body.append(check)
                elif body[-1] == "    if v is not None:":
                    body.pop()
            else:
                absent = out.bind("absent", _ABSENT)
                body.append(f"    v = d.get({name!r}, {absent})")
                body.append(f"    if v is not {absent}:")
                body.extend(present)
                if check is not None:
                    body.append(check)
                body.append("    else:")
                body.append(f"        v = {self.constant(default)}")
            body.append(f"    o.{name} = v")
        body.append(f"    o.__class__ = {out.bind('cls', cls)}")
        body.extend(checks)
        if hasattr(cls, "__attrs_post_init__"):
            body.append("    o.__attrs_post_init__()")
        body.append("    return o")
        return "\n".join([out.header(self.fast[cls], f"d{self.extra}"), *body])

    def declaration(self, validator: Any, name: str) -> Any:
        """What ``validator`` declares as ``name`` (``accepts`` or ``accepts_items``), in
        its form for text a strict UTF-8 reader read where this group reads such text."""
        for suffix in self.declared:
            found = getattr(validator, name + suffix, None)
            if found is not None:
                return found
        return None

    def accepts(self, declared: Any, value: str) -> str | None:
        """The expression a validator declares it accepts (:func:`aidmodel._validators.accepts`)
        written of ``value``, its names bound; None if it declares none."""
        if not isinstance(declared, tuple):
            return None
        template, names = declared
        return str(template).format(
            v=value, **{key: self.out.bind(key, item) for key, item in names.items()}
        )

    def built(self, tp: Any, validator: Any) -> str | None:
        """Whether the code written for a value of ``tp`` (not None) builds what
        ``validator`` asks for and all it asks for, as it declares (see
        :func:`aidmodel._validators.instance`): ``"object"`` (a model object, built by
        its function here), ``"items"`` (a tuple of them), ``"leaf"`` (a value of a
        converter hook, whose class the code is to check), else ``None``.
        """
        item = _item_type(tp)
        if item is not None:
            items_of = getattr(validator, "items_of", None)
            if isinstance(items_of, type) and item in self.fast and issubclass(item, items_of):
                return "items"
            return None
        instance_of = getattr(validator, "instance_of", None)
        if not isinstance(instance_of, type) or not isinstance(tp, type):
            return None
        if not issubclass(tp, instance_of):
            return None
        return "object" if tp in self.fast else "leaf"

    def constant(self, value: Any) -> str:
        if value is None or value is True or value is False:
            return repr(value)
        return self.out.bind("default", value)


def _when_not_none(expression: str) -> str:
    """``expression`` of ``v`` where ``v`` is known not to be None: ``X`` of ``v is None or
    (X)``, the way :func:`aidmodel._validators.accepts` declares an optional value's check."""
    head = "v is None or ("
    if not (expression.startswith(head) and expression.endswith(")")):
        return expression
    inner = expression[len(head) : -1]
    depth = 0
    for char in inner:
        depth += (char == "(") - (char == ")")
        if depth < 0:  # the parenthesis after "or" closes before the end
            return expression
    return inner if depth == 0 else expression


def _supported(cls: type) -> bool:
    """Whether the straight-line function can build ``cls`` as its ``__init__`` would."""
    return (
        _slotted(cls)
        and not hasattr(cls, "__attrs_pre_init__")
        and all(
            field.init
            and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            and not isinstance(field.converter, attrs.Converter)
            for field in attrs.fields(cls)
        )
    )


def straight_functions(
    converter: cattrs.Converter, root: type, *, consume: bool = False, utf8: bool = False
) -> dict[type, Callable[..., Any]]:
    """The straight-line structure function of ``root`` and of every model class its fields
    reach, where the class allows one (:func:`_supported`); each raises on what it refuses.

    With ``consume``, the function of ``root`` empties the lists of model objects of the data
    it is given, each item's data let go once its object is built (the data is of no use
    after, also when the function refuses it), or takes the objects a :class:`Built` in a
    list's place holds; and each function takes a second argument,
    a list whose first item it adds the number of keys of each object it reads to (the
    objects of its fields included). :func:`aidmodel.from_json` compares that count with the
    keys the text writes: a key written twice is one key read.

    With ``utf8``, the functions read data a strict UTF-8 reader parsed (orjson), whose
    strings hold no lone surrogate: they check what the validators declare of such values
    (``accepts_utf8``), which spares a scan of each string.

    Raises:
        cattrs.errors.StructureHandlerNotFoundError: a field of a type the converter has no
            hook for.
        TypeError: a field of a union other than ``X | None``.
    """
    fast = [cls for cls in _reachable(root) if _supported(cls)]
    writer = _Structure(converter, fast, consume=root if consume else None, utf8=utf8)
    namespace = writer.out.compile(
        [writer.function(cls) for cls in fast], "<aidmodel structure hooks>"
    )
    return {cls: namespace[name] for cls, name in writer.fast.items()}


def structure_hooks(
    converter: cattrs.Converter, root: type, *, generated: bool = True
) -> dict[type, Callable[[Any, Any], Any]]:
    """The structure hook of ``root`` and of every model class its fields reach.

    A class of an application's own (an attrs class embedding aidmodel's) gets the
    strict function alone, and so does every class without ``generated``.

    Raises:
        cattrs.errors.StructureHandlerNotFoundError: see :func:`straight_functions`.
    """
    if not is_model_class(root) or not generated:
        return {root: _hook(converter, root, None)}
    straight = straight_functions(converter, root)
    return {cls: _hook(converter, cls, straight.get(cls)) for cls in _reachable(root)}


def _hook(
    converter: cattrs.Converter, cls: type, straight: Callable[[Any], Any] | None
) -> Callable[[Any, Any], Any]:
    """The straight-line function, and the strict one when it refuses."""
    strict: list[Callable[[Any, Any], Any]] = []

    def report(value: object) -> Any:
        # cattrs would call .keys() on whatever it is given ("unknown error").
        if type(value) is not dict:
            raise InvalidTypeError(
                "wire",
                N_("not a JSON object"),
                expected=N_("an object with the fields of %(name)s"),
                got=value,
                params={"name": cls.__name__},
            )
        if not strict:
            strict.append(make_dict_structure_fn(cls, converter))
        return strict[0](value, cls)

    if straight is None:
        return lambda value, _: report(value)

    def structure(value: object, _: Any = None) -> Any:
        try:
            return straight(value)
        except Exception:  # a refusal: the strict function decides and explains
            pass
        return report(value)

    return structure


# -- unstructure -----------------------------------------------------------------------------


class _Unstructure:
    """Writes the unstructure functions of each class of a group.

    ``u_<class>`` gives the wire dict of an instance, nested objects included;
    ``w_<class>`` (shallow) the same dict with its tuples left as they are, for orjson,
    which writes those itself and calls back for each model object in them (a nested
    object of a field of its own is written by its ``u_`` function: a call, not a callback).
    """

    def __init__(self, converter: cattrs.Converter, classes: list[type]) -> None:
        self.converter = converter
        self.classes = classes
        self.out = _Writer()

    def name(self, cls: type, prefix: str) -> str:
        return f"{prefix}_{cls.__name__}_{self.classes.index(cls)}"

    def write(self, tp: Any, value: str, *, shallow: bool) -> str:
        from aidmodel.serialize._hooks import INLINE_UNSTRUCTURE

        item = _item_type(tp)
        out = self.out
        if tp in (str, int, bool):
            return value
        if shallow and item is not None:
            return value  # orjson writes tuples itself and calls back for their model objects
        if item in (str, int, bool):
            return f"{out.bind('list', list)}({value})"
        if item is not None and item in self.classes:
            return f"[{self.name(item, 'u')}(e) for e in {value}]"
        if item is not None:
            each = out.bind("hook", self.converter.get_unstructure_hook(item))
            return f"[{each}(e) for e in {value}]"
        if tp in self.classes:
            return f"{self.name(tp, 'u')}({value})"
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            # ._value_ is what .value reads (orjson would read .value, a Python property).
            return f"{value}._value_"
        hook = self.converter.get_unstructure_hook(tp)
        inline = INLINE_UNSTRUCTURE.get(hook)
        if inline is not None:  # the same hook written out in the code: no call
            return inline(value, out.bind)
        return f"{out.bind('hook', hook)}({value})"

    def function(self, cls: type, *, shallow: bool) -> str:
        hints = _hints(cls)
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
            elif isinstance(default, enum.Enum):  # one instance per member: identity is equality
                body.append(f"    if v is not {self.out.bind('default', default)}: {out}")
            elif default == ():
                body.append(f"    if v: {out}")
            else:
                body.append(f"    if v != {self.out.bind('default', default)}: {out}")
        body.append("    return d")
        return "\n".join([self.out.header(self.name(cls, "w" if shallow else "u"), "o"), *body])


def _by_count(classes: list[type]) -> list[type]:
    """``classes`` with the items of tuple fields first (the objects orjson calls back for),
    those nested deeper in tuples before the others: in a document there are more of them
    (a programme's commitments outnumber its projects)."""
    depth: dict[type, int] = {}

    def walk(cls: type, level: int, seen: tuple[type, ...]) -> None:
        hints = _hints(cls)
        for field in attrs.fields(cls):
            tp, _ = _strip_optional(hints[field.name])
            item = _item_type(tp)
            if item in classes and item not in seen:
                depth[item] = max(depth.get(item, 0), level + 1)
                walk(item, level + 1, (*seen, item))
            elif tp in classes and tp not in seen:
                walk(tp, level, (*seen, tp))

    for cls in classes:
        walk(cls, 0, (cls,))
    return sorted(classes, key=lambda cls: -depth.get(cls, 0))


def unstructure_hooks(
    converter: cattrs.Converter, roots: list[type]
) -> tuple[
    dict[type, Callable[[Any], Any]], dict[type, Callable[[Any], Any]], Callable[[Any], Any]
]:
    """The unstructure function of every model class reachable from ``roots``, its shallow
    form (see :class:`_Unstructure`), and one function that writes an object of any of
    those classes in its shallow form (what orjson calls back for each model object: one
    call, where a look-up of the writer and a call of it were two).

    The leaves are written by the converter's hooks for their types.
    """
    classes: list[type] = []
    for root in roots:
        classes.extend(cls for cls in _reachable(root) if cls not in classes)
    writer = _Unstructure(converter, classes)
    sources = [
        writer.function(cls, shallow=shallow) for cls in classes for shallow in (False, True)
    ]
    # The shallow writers' bodies again, one branch a class, the most numerous first.
    lines = [writer.out.header("w_any", "o"), "    t = type(o)"]
    for index, cls in enumerate(_by_count(classes)):
        body = writer.function(cls, shallow=True).split("\n")[1:]
        lines.append(f"    {'if' if index == 0 else 'elif'} t is {writer.out.bind('cls', cls)}:")
        lines.extend(f"    {line}" for line in body)
    lines.append(f"    raise {writer.out.bind('TypeError', TypeError)}(t.__name__)")
    sources.append("\n".join(lines))
    namespace = writer.out.compile(sources, "<aidmodel unstructure hooks>")
    deep = {cls: namespace[writer.name(cls, "u")] for cls in classes}
    shallow = {cls: namespace[writer.name(cls, "w")] for cls in classes}
    return deep, shallow, namespace["w_any"]
