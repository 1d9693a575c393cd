"""The wire format knows every field of the model (issue 16).

The hooks of aidmodel's classes are generated from their fields
(aidmodel/serialize/_generate.py), so a field added to a class is read and
written like the others. What a field change must still touch is pinned here:
tests/golden/wire/fields.txt lists every class a Programme or a Ledger document
holds and each field with its type and default. A change fails this test until the
golden file is rewritten (``pytest --update-golden``), which is the moment to
document the field in docs/wire-format.md and to decide whether readers of the
current ``format_version`` can read documents that hold it.
"""

from __future__ import annotations

import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest

from aidmodel import Ledger, Programme, from_dict, make_converter, to_dict
from aidmodel.serialize import _generate, json_schema
from aidmodel.serialize._generate import straight_functions, structure_hooks

GOLDEN = Path(__file__).parents[1] / "golden" / "wire" / "fields.txt"
ROOTS = (Programme, Ledger)
#: Each class of a document and the document's root class.
ROOT_OF: dict[type, type] = {}
for _root in ROOTS:
    for _cls in _generate._reachable(_root):
        ROOT_OF.setdefault(_cls, _root)
CLASSES = list(ROOT_OF)


def _type_name(tp: Any) -> str:
    """``tuple[Project, ...]``: class names without the modules they are in."""
    text = tp.__name__ if isinstance(tp, type) else str(tp)
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", text)


def fields_text() -> str:
    lines = []
    for cls in CLASSES:
        hints = typing.get_type_hints(cls)
        lines.append(f"{cls.__name__}")
        for field in attrs.fields(cls):
            default = "required" if field.default is attrs.NOTHING else f"= {field.default!r}"
            lines.append(f"  {field.name}: {_type_name(hints[field.name])} {default}")
    return "\n".join(lines) + "\n"


def test_the_fields_of_the_wire_format_are_pinned(request: pytest.FixtureRequest) -> None:
    text = fields_text()
    if request.config.getoption("--update-golden"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), (
        "a field of the model changed: document it in docs/wire-format.md, decide on"
        " FORMAT_VERSION, then rewrite tests/golden/wire/fields.txt (pytest --update-golden)"
    )


def test_the_documented_classes_are_the_classes_of_the_schema() -> None:
    documented = {
        line for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line[:1] != " "
    }
    assert documented == {cls.__name__ for cls in CLASSES}
    assert documented <= {name for root in ROOTS for name in json_schema(root)["$defs"]}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
def test_every_class_has_a_straight_line_reader(cls: type) -> None:
    # None is left to cattrs alone: a field the generator cannot build fails here.
    assert cls in straight_functions(make_converter(), ROOT_OF[cls])


def test_a_field_of_a_type_without_a_hook_is_an_error_when_the_hooks_are_made() -> None:
    @attrs.frozen(kw_only=True)
    class Odd:
        name: str
        when: complex = 0j

    Odd.__module__ = "aidmodel.model._odd"  # as if it were one of the model's classes
    with pytest.raises(cattrs.errors.StructureHandlerNotFoundError, match="complex"):
        structure_hooks(make_converter(), Odd)


def test_a_field_added_to_a_class_is_read_and_written() -> None:
    # A class of the model's kind made here: the generator knows nothing of it by name.
    @attrs.frozen(kw_only=True)
    class Extra:
        name: str = attrs.field()
        size: int | None = attrs.field(default=None)
        tags: tuple[str, ...] = attrs.field(default=(), converter=tuple)

        def __attrs_post_init__(self) -> None:
            if self.size == 13:
                raise ValueError(self.size)

    Extra.__module__ = "aidmodel.model._extra"
    converter = make_converter()
    straight = straight_functions(converter, Extra)[Extra]
    value = straight({"name": "a", "size": 3, "tags": ["x"]})
    assert value == Extra(name="a", size=3, tags=("x",))
    assert converter.unstructure(value) == {"name": "a", "size": 3, "tags": ["x"]}
    for refused in ({"name": "a", "size": 13}, {"name": "a", "size": "3"}, {"name": "a", "x": 1}):
        with pytest.raises(Exception):  # noqa: B017, PT011 - any refusal: the strict path decides
            straight(refused)


def test_the_samples_read_back_through_the_generated_hooks() -> None:
    from aidmodel import samples

    for name in samples.names():
        programme = samples.load(name)
        assert from_dict(to_dict(programme), Programme) == programme


def test_a_declared_instance_check_is_left_out_only_where_the_code_builds_that_class() -> None:
    # instance() and tuple_of() declare their class; the reader leaves their call out where
    # it builds that class, and checks the class of what a converter hook returns.
    from aidmodel import PartialDate, Project

    converter = make_converter()
    converter.register_structure_hook(PartialDate, lambda value, _: f"date {value}")
    straight = straight_functions(converter, Project)[Project]
    with pytest.raises(Exception):  # noqa: B017, PT011 - a refusal: the strict path decides
        straight({"name": "a", "deadline": "2025-11"})
    with pytest.raises(cattrs.errors.ClassValidationError) as caught:
        converter.structure({"name": "a", "deadline": "2025-11"}, Project)
    assert "a str is not a PartialDate" in repr(caught.value.exceptions)
    assert straight({"name": "a"}) == Project(name="a")


def test_a_converter_that_replaces_a_tuple_of_built_items_is_left_to_the_strict_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aidmodel._validators import tuple_of

    @attrs.frozen(kw_only=True)
    class Item:
        name: str

    def names(value: tuple[Item, ...]) -> tuple[Item, ...]:
        return tuple(item.name for item in value)  # type: ignore[misc]  # no longer Items

    @attrs.frozen(kw_only=True)
    class Box:
        items: tuple[Item, ...] = attrs.field(default=(), converter=names, validator=tuple_of(Item))

    module = types.ModuleType("aidmodel.model._box")  # where the type hints are looked up
    module.Item = Item  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    Item.__module__ = Box.__module__ = module.__name__
    converter = make_converter()
    straight = straight_functions(converter, Box)[Box]
    data = {"items": [{"name": "a"}, {"name": "b"}]}
    with pytest.raises(Exception):  # noqa: B017, PT011 - a refusal: the strict path decides
        straight(data)
    with pytest.raises(cattrs.errors.ClassValidationError) as caught:
        converter.structure(data, Box)
    assert "a str is not an Item" in repr(caught.value.exceptions)
    assert straight({}) == Box()


@pytest.mark.parametrize(
    ("expression", "not_none"),
    [
        ("v is None or (type(v) is int and 1 <= v)", "type(v) is int and 1 <= v"),
        ("v is None or (a(v)) and (b(v))", "v is None or (a(v)) and (b(v))"),
        ("v is None or (a(v)", "v is None or (a(v)"),
        ("type(v) is str", "type(v) is str"),
    ],
)
def test_an_optional_check_read_where_the_value_is_not_none(expression: str, not_none: str) -> None:
    from aidmodel.serialize._generate import _when_not_none

    assert _when_not_none(expression) == not_none
