"""The generated hooks of the wire format agree with cattrs' own strict functions.

The straight-line structure functions (aidmodel/serialize/_generate.py) may refuse
a document and leave it to the strict function, but they must never accept what
the strict function refuses, nor read or write anything differently.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidmodel import Money, Programme, make_converter, to_dict, to_json
from aidmodel.errors import AidModelError
from aidmodel.serialize import _json_dumps
from aidmodel.serialize._generate import straight_functions
from aidmodel.serialize._hooks import register_hooks

from strategies import programmes

# The converter without the generated hooks: cattrs' own generated code.
STRICT = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
register_hooks(STRICT, generated=False)
CONVERTER = make_converter()
STRAIGHT = straight_functions(CONVERTER, Programme)


def strict_structure(data: Any, cls: type) -> Any:
    return STRICT.structure(data, cls)


def strict_unstructure(obj: Any) -> Any:
    return STRICT.unstructure(obj)


@settings(max_examples=30)
@given(programmes())
def test_generated_unstructure_writes_what_cattrs_writes(programme: Programme) -> None:
    fast = CONVERTER.unstructure(programme)
    assert fast == strict_unstructure(programme)
    # ... in the order of the fields of each class, whatever cattrs does.
    assert list(fast) == [key for key in (f.name for f in Programme.__attrs_attrs__) if key in fast]


@settings(max_examples=30)
@given(programmes())
def test_straight_structure_reads_what_the_strict_function_reads(programme: Programme) -> None:
    data = CONVERTER.unstructure(programme)
    assert STRAIGHT[Programme](data) == strict_structure(data, Programme) == programme


JUNK = st.sampled_from(
    [
        None,
        "",
        " ",
        "abc",
        0,
        -1,
        1.5,
        True,
        [],
        {},
        ["x"],
        [" "],
        [{}],
        "-1.00",
        "1.001",
        "1e3",
        "２０２５",
        "2025-13",
        "2018/2017",
        "nan",
        {"x": 1},
        10**30,
    ]
)


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_paths(value, (*path, index)))
    return found


def _mutate(data: Any, path: tuple[Any, ...], action: str, junk: Any) -> Any:
    if not path:
        return junk
    head, rest = path[0], path[1:]
    copy: Any = dict(data) if isinstance(data, dict) else list(data)
    if rest:
        copy[head] = _mutate(data[head], rest, action, junk)
    elif action == "drop" and isinstance(copy, dict):
        del copy[head]
    elif action == "add" and isinstance(copy, dict):
        copy["unknown_key"] = junk
    else:
        copy[head] = junk
    return copy


@settings(max_examples=80)
@given(
    programmes(),
    st.data(),
    st.sampled_from(["replace", "drop", "add"]),
    JUNK,
)
def test_straight_structure_never_accepts_what_the_strict_function_refuses(
    programme: Programme, data: st.DataObject, action: str, junk: Any
) -> None:
    document = to_dict(programme)
    del document["format_version"]
    path = data.draw(st.sampled_from(_paths(document)))
    broken = _mutate(document, path, action, junk)
    try:
        fast = STRAIGHT[Programme](broken)
    except Exception:
        return  # left to the strict function: always allowed
    assert strict_structure(broken, Programme) == fast


@settings(max_examples=20)
@given(programmes())
def test_orjson_writes_the_same_text_as_the_standard_library(programme: Programme) -> None:
    orjson = pytest.importorskip("orjson")
    data = to_dict(programme)
    assert orjson.dumps(data).decode() == _json_dumps(data, None)
    assert orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() == _json_dumps(data, 2)
    assert json.loads(_json_dumps(data, 2)) == data
    # to_json hands model objects to orjson one at a time (shallow writers): same text.
    assert to_json(programme) == _json_dumps(data, None)
    assert to_json(programme, indent=2) == _json_dumps(data, 2)
    assert to_json(programme.projects) == _json_dumps(to_dict(programme.projects), None)


@settings(max_examples=300)
@given(st.text(st.characters(exclude_categories=()), max_size=40))
def test_the_validators_printable_shortcut_never_hides_a_surrogate(text: str) -> None:
    # _validators searches for a lone surrogate only in text that is not printable ASCII.
    from aidmodel._validators import find_surrogate

    if text.isascii() or text.isprintable():
        assert find_surrogate(text) is None


def _declared() -> list[tuple[str, Any, Any]]:
    """(label, validator or converter, field) of each field of the model classes whose
    validator declares what it accepts or whose converter declares what it keeps."""
    from aidmodel.model import Ledger
    from aidmodel.serialize._generate import _reachable

    found = []
    for root in (Programme, Ledger):
        for cls in _reachable(root):
            for field in attrs.fields(cls):
                label = f"{cls.__name__}.{field.name}"
                found.extend(
                    (label, check, field)
                    for check in (field.validator, field.converter)
                    if any(hasattr(check, name) for name in ("accepts", "accepts_items", "keeps"))
                )
    return found


DECLARED = _declared()
VALUES = st.one_of(
    JUNK,
    st.text(st.characters(exclude_categories=()), max_size=6),
    st.sampled_from(["县农业农村局", "\u3000", "a\nb", "项目\ud800", "\udfff", " x "]),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.sampled_from([1899, 1900, 2200, 2201, 2**53 - 1, 2**53]),
    st.decimals(allow_nan=True, allow_infinity=True, places=None),
    st.builds(Money.from_fen, st.integers(min_value=-(10**6), max_value=10**6)),
    st.builds(Decimal, st.sampled_from(["1", "0.03", "-1", "1E+3"])),
)


def _surrogate_in(value: Any) -> bool:
    return isinstance(value, str) and any("\ud800" <= char <= "\udfff" for char in value)


def test_the_text_validators_declare_their_form_for_utf8_text() -> None:
    from aidmodel import _validators

    assert _validators.non_blank.accepts_utf8[0] == "type({v}) is str and {v}.strip()"
    assert hasattr(_validators.optional_non_blank, "accepts_utf8")
    assert hasattr(_validators.texts, "accepts_items_utf8")


def _compiled(template: str, names: dict[str, Any]) -> Any:
    source = template.format(v="v", **{key: key for key in names})
    return eval(f"lambda v: {source}", dict(names))


def _passes(check: Any, value: Any, field: Any) -> bool:
    try:
        check(object(), field, value)
    except AidModelError:
        return False
    return True


def test_the_model_declares_what_its_validators_accept_and_converters_keep() -> None:
    declared = {check.__name__ for _, check, _ in DECLARED}
    assert {
        "non_blank",
        "optional_non_blank",
        "texts",
        "money_amount",
        "to_shares",
        "text_items",
    } <= declared


@settings(max_examples=300)
@given(st.sampled_from(DECLARED), VALUES, st.lists(VALUES, max_size=3))
def test_a_declared_expression_accepts_exactly_what_its_validator_lets_pass(
    declared: tuple[str, Any, Any], value: Any, many: list[Any]
) -> None:
    label, check, field = declared
    items = tuple(many)
    # The forms for text a strict UTF-8 reader read (``_utf8``) hold on values without a lone
    # surrogate (orjson gives no other); the others on any value.
    for suffix in ("", "_utf8"):
        utf8 = suffix == "_utf8"
        if hasattr(check, "accepts" + suffix) and not (utf8 and _surrogate_in(value)):
            expression = _compiled(*getattr(check, "accepts" + suffix))
            assert bool(expression(value)) == _passes(check, value, field), (label, value)
        if hasattr(check, "accepts_items" + suffix) and not (
            utf8 and any(_surrogate_in(item) for item in items)
        ):
            expression = _compiled(*getattr(check, "accepts_items" + suffix))
            assert all(expression(item) for item in items) == _passes(check, items, field), label
    if hasattr(check, "keeps"):
        kept = value if type(value) is check.keeps else tuple(many)
        if type(kept) is check.keeps:
            assert check(kept) is kept, label


@settings(max_examples=300)
@given(
    st.one_of(
        st.from_regex(r"-?[0-9]{1,4}(\.[0-9]{0,3})?", fullmatch=True),
        st.text(st.sampled_from("0123456789-.²٣ \n"), max_size=8),
        st.integers(min_value=0).map(str),
        VALUES,
    )
)
def test_an_inlined_structure_hook_makes_what_the_hook_makes(value: Any) -> None:
    from aidmodel.serialize._hooks import INLINE_STRUCTURE

    assert INLINE_STRUCTURE
    for hook, inline in INLINE_STRUCTURE.items():
        names: dict[str, Any] = {}

        def bind(prefix: str, item: Any, names: dict[str, Any] = names) -> str:
            names[f"_{prefix}"] = item
            return f"_{prefix}"

        condition, made = inline(bind)
        if eval(condition, names, {"v": value}):
            result = eval(made, names, {"v": value})
            assert type(result) is type(hook(value, None)), value
            assert result == hook(value, None), value
