"""The JSON Schema (2020-12) of the wire format, derived from the model classes."""

from __future__ import annotations

import enum
import functools
import types
import typing
from decimal import Decimal
from typing import Any, Final, Union, get_args, get_origin

import attrs

from aidmodel._validators import MAX_COUNT
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError
from aidmodel.model import DateSpan, Ledger, PartialDate, Programme
from aidmodel.money import Money

__all__ = ["json_schema"]

_DATE: Final = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_SPAN: Final = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


def json_schema(cls: type = Programme) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a document in the wire format, or of one class.

    Every model class is a definition under ``$defs``. The root is a Programme
    with its ``format_version``, or with ``cls=Ledger`` a :class:`~aidmodel.model.Ledger`
    document with its own (1). Any other class of the wire format (:class:`~aidmodel.Project`,
    :class:`~aidmodel.FundSource`, ...) gives the schema of that object alone, what
    :func:`~aidmodel.serialize.to_dict` writes for it and :func:`~aidmodel.serialize.from_dict` reads.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["Money"]["type"], sorted(schema["$defs"])[:3]
    ('string', ['Achievement', 'Bound', 'Commitment'])
    >>> from aidmodel import Project
    >>> from aidmodel.model import Ledger
    >>> ledger = json_schema(Ledger)
    >>> ledger["title"], ledger["$defs"]["EventKind"]["enum"][:2]
    ('aidmodel Ledger document, format version 1', ['released', 'spent'])
    >>> project = json_schema(Project)
    >>> project["title"], project["required"], project["properties"]["amount"]["anyOf"][0]
    ('aidmodel Project', ['name'], {'$ref': '#/$defs/Money'})
    >>> json_schema(dict)
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: json_schema: no wire format for this class; expected a class of the model such as Programme, Ledger or Project, got <class 'dict'>

    .. versionchanged:: 0.2.0 ``cls``: the schema of a Ledger document, or of any class
       of the wire format.
    """
    from aidmodel.serialize._hooks import DECIMAL_PATTERN, MONEY_PATTERN

    if cls is not Programme and cls is not Ledger and cls not in _wire_classes():
        raise InvalidValueError(
            "json_schema",
            N_("no wire format for this class"),
            expected=N_("a class of the model such as Programme, Ledger or Project"),
            got=cls,
        )
    defs: dict[str, Any] = {
        "Money": {
            "type": "string",
            "pattern": MONEY_PATTERN,
            "description": "yuan, at most 2 decimals",
        },
        "Decimal": {"type": "string", "pattern": DECIMAL_PATTERN},
        "PartialDate": {
            "type": "string",
            "pattern": _DATE,
            "description": "ISO 8601, reduced precision",
        },
        "DateSpan": {"type": "string", "pattern": _SPAN, "description": "ISO 8601 interval"},
    }
    if cls in _NAMED:  # written as a string
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": f"aidmodel {cls.__name__}",
            **defs[_NAMED[cls]],
        }
    _define(cls, defs)
    if cls is not Programme and cls is not Ledger:
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://aidmodel.invalid/schema/{cls.__name__.lower()}",
            "title": f"aidmodel {cls.__name__}",
            **defs[cls.__name__],
            "$defs": dict(sorted(defs.items())),
        }
    if cls is Ledger:
        for name in ("Decimal", "DateSpan"):
            del defs[name]
        ledger = dict(defs["Ledger"])
        ledger["properties"] = {"format_version": {"const": 1}, **ledger["properties"]}
        ledger["required"] = ["format_version", *ledger["required"]]
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://aidmodel.invalid/schema/ledger/1",
            "title": "aidmodel Ledger document, format version 1",
            **ledger,
            "$defs": dict(sorted(defs.items())),
        }
    root = dict(defs["Programme"])
    root["properties"] = {"format_version": {"enum": [1, 2]}, **root["properties"]}
    root["required"] = ["format_version", *root["required"]]
    # Version 1 documents give the four fields that version 2 may leave out, and none of the
    # fields new in version 2.
    root["if"] = {"properties": {"format_version": {"const": 1}}}
    root["then"] = {
        "required": ["scheme", "donor", "recipient", "year"],
        "not": {"anyOf": [{"required": [field]} for field in ("lists_all_projects", "co_issuers")]},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://aidmodel.invalid/schema/programme/2",
        "title": "aidmodel Programme document, format versions 1 and 2",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


@functools.cache
def _wire_classes() -> frozenset[type]:
    """The attrs classes a Programme or a Ledger document holds, themselves included."""
    found: set[type] = set()

    def visit(tp: Any) -> None:
        for arg in get_args(tp):
            visit(arg)
        if isinstance(tp, type) and attrs.has(tp) and tp not in found:
            found.add(tp)
            for hint in typing.get_type_hints(tp).values():
                visit(hint)

    visit(Programme)
    visit(Ledger)
    return frozenset(found)


_SCALARS: Final[dict[Any, dict[str, Any]]] = {
    str: {"type": "string"},
    # Every integer of the model is at most 2^53 - 1, which every JSON reader holds exactly.
    int: {"type": "integer", "maximum": MAX_COUNT},
    bool: {"type": "boolean"},
}
_NAMED: Final = {
    Money: "Money",
    Decimal: "Decimal",
    PartialDate: "PartialDate",
    DateSpan: "DateSpan",
}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    if tp in _NAMED:
        return _ref(_NAMED[tp])
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        inner = (
            _schema_of(options[0], defs)
            if len(options) == 1
            else {"anyOf": [_schema_of(a, defs) for a in options]}
        )
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(get_args(tp)[0], defs)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {"enum": [m.value for m in tp]}
        return _ref(tp.__name__)
    if isinstance(tp, type) and attrs.has(tp):
        _define(tp, defs)
        return _ref(tp.__name__)
    message = f"no JSON Schema for {tp!r}"
    raise TypeError(message)  # pragma: no cover - a model change must add it


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder: recursive classes refer to themselves
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _schema_of(hints[field.name], defs)
        zh = field.metadata.get("zh")
        if zh:
            schema = (
                {**schema, "description": zh}
                if "$ref" not in schema
                else {"allOf": [schema], "description": zh}
            )
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
