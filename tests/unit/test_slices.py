"""Reading a big document's arrays a slice at a time: the cuts in the text (each stage
alone), and from_json reading in slices what it reads whole."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidmodel.serialize as serialize
from aidmodel import (
    EventKind,
    Ledger,
    LedgerEvent,
    PartialDate,
    Programme,
    SerializationError,
    from_json,
    samples,
    to_dict,
    to_json,
)
from aidmodel.serialize import _read, _slices
from aidmodel.serialize._slices import next_cut, read_array, read_arrays


@contextlib.contextmanager
def sliced(size: int) -> Iterator[list[Any]]:
    """from_json reading every document in slices cut at ``size``; yields what each call of
    the sliced reading returned (None: it left the document to the whole reading)."""
    saved = _slices.SLICE, serialize._SLICED_FROM, serialize._from_json_sliced
    returned: list[Any] = []

    def spy(*args: Any) -> Any:
        returned.append(saved[2](*args))
        return returned[-1]

    _slices.SLICE, serialize._SLICED_FROM, serialize._from_json_sliced = size, 0, spy
    try:
        yield returned
    finally:
        _slices.SLICE, serialize._SLICED_FROM, serialize._from_json_sliced = saved


def outcome(text: str | bytes, cls: type = Programme) -> Any:
    try:
        return from_json(text, cls)
    except SerializationError as err:
        return f"refused: {err}"


# -- the cuts ------------------------------------------------------------------------------

ITEMS = b'[{"a": [{"b": "}, {"}, {"a": "x"}]}, {"a": 3}, {"c": "[[{"}, {"a": 4}]'
#        items begin at 1, 36, 46 and 60; the commas between them are at 35, 45 and 59.


@pytest.mark.parametrize(
    ("start", "target", "walk", "cut"),
    [
        # The first object after the target that begins with the item's first key: one in
        # the item is taken (the parser refuses that slice); strings are not looked at.
        (1, 1, False, (21, False)),
        (1, 35, False, (59, False)),
        (36, 36, False, (59, False)),
        (46, 46, False, None),  # no other object begins with "c"
        (60, 60, False, None),  # the array's end is never taken this way
        # Counting brackets: the end of an item, but brackets in a string can mislead.
        (1, 1, True, (35, False)),  # the string's "}, {" balances
        (36, 36, True, (45, False)),
        (36, 50, True, None),  # the "[[{" of a string: never back to the array's level
        (60, 60, True, (69, True)),
        (1, 100, True, None),
    ],
)
def test_next_cut(start: int, target: int, walk: bool, cut: tuple[int, bool] | None) -> None:
    assert next_cut(ITEMS, start, target, walk=walk) == cut


def test_the_guess_looks_a_slice_s_length_past_the_target(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not to the end of the text: a small array's guess would read the whole document.
    monkeypatch.setattr(_slices, "SLICE", 25)
    assert next_cut(ITEMS, 1, 1, walk=False) is None  # '}, {"a"' ends 26 past the target
    monkeypatch.setattr(_slices, "SLICE", 26)
    assert next_cut(ITEMS, 1, 1, walk=False) == (21, False)


def test_a_cut_the_parser_refuses_is_cut_again_by_counting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_slices, "SLICE", 20)  # about an item a slice
    text = b'{"items": [{"a": 1, "b": [{"x": 0}, {"a": 2}]}, {"a": 3}]}'
    slices: list[str] = []

    def read(part: bytes) -> list[Any]:
        slices.append(part.decode())
        return list(json.loads(part))

    assert read_array(text, 11, read) == ([{"a": 1, "b": [{"x": 0}, {"a": 2}]}, {"a": 3}], 56)
    # The guess by first key cuts inside the first item, then finds no item; the count
    # finds the first item's end, then the array's.
    assert slices == [
        '[{"a": 1, "b": [{"x": 0}]',
        '[{"a": 1, "b": [{"x": 0}, {"a": 2}]}]',
        '[ {"a": 3}]',
    ]


def test_an_array_that_no_cut_parses_is_left_to_the_whole_reading() -> None:
    # A bracket in a string: the count never finds the end, the guess cuts a string.
    text = b'{"items": [{"a": "]"}, {"a": "{"}], "n": 1}'
    assert read_array(text, 11, json.loads) is None
    assert read_arrays(text, {"items": json.loads}) is None


def test_read_arrays_finds_the_root_s_keys_only() -> None:
    # A key of a nested object, a string, a key ending in "items" (x"items): not the root's.
    text = (
        b'{"x": {"items": [{"a": 1}]}, "s": "\\"items\\": [", "x\\"items": [{"a": 0}],'
        b' "items": [{"a": 2}], "t": []}'
    )
    head, lists = read_arrays(text, {"items": json.loads, "t": json.loads}) or (b"", {})
    assert lists == {"items": [{"a": 2}], "t": []}
    assert json.loads(head) == {**json.loads(text), "items": []}


def test_a_slice_counts_the_array_it_stands_for_against_the_deepest_nesting() -> None:
    # The text of a slice, "[" + items + "]", is the array in the root object: one level more.
    text = "[" * 100 + "]" * 100
    parsed, _ = _read.parse_json_keys(text, "Programme")
    assert json.dumps(parsed, separators=(",", ":")) == text
    with pytest.raises(SerializationError, match="nested too deeply"):
        _read.parse_json_keys(text, "Programme", inside=1)


def test_read_arrays_gives_up_on_a_key_found_twice() -> None:
    text = b'{"items": [{"a": 1}], "items": [{"a": 2}]}'
    assert read_arrays(text, {"items": json.loads}) is None


_CHARS = st.text(alphabet=st.sampled_from('{}[],:"\\ a项\n/'), max_size=6)
_VALUES = st.recursive(
    st.none() | st.integers() | _CHARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_CHARS, inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=150)
@given(
    st.lists(st.dictionaries(st.sampled_from(["a", "b", "项"]), _VALUES, max_size=3), max_size=8),
    st.dictionaries(_CHARS.filter(lambda key: key != "items"), _VALUES, max_size=3),
    st.sampled_from([None, 1, 2]),
    st.integers(1, 200),
    st.booleans(),
)
def test_read_arrays_gives_the_items_and_the_rest_or_nothing(
    items: list[dict[str, Any]],
    rest: dict[str, Any],
    indent: int | None,
    size: int,
    ascii_only: bool,
) -> None:
    # Whatever the strings hold: the slices read are the items, in order, and the head is
    # the document with the array emptied; or the text is left to the whole reading.
    data = {**rest, "items": items}
    text = json.dumps(data, ensure_ascii=ascii_only, indent=indent).encode()
    saved = _slices.SLICE
    _slices.SLICE = size
    try:
        done = read_arrays(text, {"items": json.loads})
    finally:
        _slices.SLICE = saved
    if done is not None:
        head, lists = done
        assert lists == {"items": items}
        assert json.loads(head) == {**rest, "items": []}


# -- from_json in slices -------------------------------------------------------------------


def _big_programme() -> Programme:
    return samples.load("keqiao-ebian-2025")


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("kind", ["str", "bytes"])
def test_from_json_reads_in_slices_what_it_reads_whole(
    reader: str, indent: int | None, kind: str
) -> None:
    programme = _big_programme()
    text: str | bytes = to_json(programme, indent=indent)
    if kind == "bytes":
        text = text.encode()
    for size in (1, 300, 5000):
        with sliced(size) as returned:
            assert from_json(text, Programme) == programme
        assert returned != [None], "read whole, not in slices"


def test_a_ledger_is_read_in_slices(reader: str) -> None:
    programme = _big_programme()
    ledger = Ledger(
        programme=programme.title,
        events=tuple(
            LedgerEvent(
                project=index, kind=EventKind.STARTED, date=PartialDate(2025, index % 12 + 1)
            )
            for index in range(len(programme.projects) * 10)
        ),
    )
    with sliced(100) as returned:
        assert from_json(to_json(ledger), Ledger) == ledger
    assert returned != [None]


def test_a_big_document_is_never_parsed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # A document of many projects: the text parsed is never more than a slice (and the
    # root's other keys), and its objects are built a slice at a time.
    programme = _big_programme()
    many = attrs.evolve(programme, projects=programme.projects * 40)
    text = to_json(many).encode()
    assert len(text) > serialize._SLICED_FROM
    parsed: list[int] = []
    parse = serialize.parse_json_keys

    def spy(data: Any, name: str, **kwargs: Any) -> Any:
        parsed.append(len(data))
        return parse(data, name, **kwargs)

    monkeypatch.setattr(serialize, "parse_json_keys", spy)
    assert from_json(text, Programme) == many
    assert len(parsed) > 10
    assert max(parsed) < 2 * _slices.SLICE


ROOT = '{"format_version":2,"title":"t","sections":[{"id":"1","title":"s"}],"projects":['


@pytest.mark.parametrize(
    "text",
    [
        # A repeated key in an item of a slice, and at the root beside the sliced array.
        ROOT + '{"name":"a"},{"name":"b","name":"c"},{"name":"d"}]}',
        ROOT + '{"name":"a"}],"projects":[{"name":"b"}]}',
        ROOT + '{"name":"a"}],"title":"u"}',
        # Too deep in an item, just: 100 levels is the most (the root and the array are two).
        ROOT + '{"name":"a","locations":' + "[" * 97 + "]" * 97 + "}]}",
        ROOT + '{"name":"a","locations":' + "[" * 98 + "]" * 98 + "}]}",
        # Brackets, braces, quotes and the items' first key in strings.
        ROOT + '{"name":"},{\\"name\\":\\"x\\"}]"},{"name":"[{"},{"name":"b"}]}',
        # Not JSON between two items, in an item, after the array.
        ROOT + '{"name":"a"},,{"name":"b"}]}',
        ROOT + '{"name":"a"},{"name":"b",}]}',
        ROOT + '{"name":"a"},{"name":"b"}],}',
        ROOT + '{"name":"a"},{"name":"b"}]',
        # Refused by the model: in an item, and across items (the programme's checks).
        ROOT + '{"name":"a"},{"name":"b","amount":"1.001"}]}',
        ROOT + '{"name":"a","section":"9"},{"name":"b"}]}',
        ROOT + '{"name":"a"},7,{"name":"b"}]}',
    ],
)
def test_what_is_refused_in_slices_is_refused_with_the_whole_reading_s_message(
    reader: str, text: str
) -> None:
    whole = outcome(text)
    for size in (1, 20, 1000):
        with sliced(size):
            assert outcome(text) == whole
            assert outcome(text.encode()) == whole


@settings(max_examples=40)
@given(st.data())
def test_what_is_read_in_slices_is_what_is_read_whole(data: st.DataObject) -> None:
    # The fuzz corpus's damaged documents: each read or refused alike, by either reader.
    from strategies import mutated_wire_texts

    text = data.draw(mutated_wire_texts())
    size = data.draw(st.integers(1, 400))
    readers = ["json", "orjson"] if _read._orjson is not None else ["json"]
    saved = _read._orjson
    try:
        for name in readers:
            if name == "json":
                _read._orjson = None
            whole = outcome(text)
            with sliced(size):
                assert outcome(text) == whole
            _read._orjson = saved
    finally:
        _read._orjson = saved


def test_a_valid_document_of_the_fuzz_corpus_is_read_in_slices() -> None:
    programme = _big_programme()
    text = json.dumps(to_dict(programme), ensure_ascii=True)
    with sliced(50) as returned:
        assert from_json(text, Programme) == programme
    assert returned[0] is not None


def test_read_arrays_looks_past_a_few_keys_in_strings_only() -> None:
    # Each key found in a string makes the text before it be looked at again.
    few = "".join(f'"x{i}\\"items": [],' for i in range(_slices._IN_STRINGS))
    many = "".join(f'"x{i}\\"items": [],' for i in range(_slices._IN_STRINGS + 1))
    for keys, read in ((few, True), (many, False)):
        text = ("{" + keys + '"items": [{"a": 1}]}').encode()
        assert (read_arrays(text, {"items": json.loads}) is not None) is read


def test_a_big_str_with_a_lone_surrogate_is_refused_as_the_whole_reading_refuses_it(
    reader: str,
) -> None:
    text = to_json(_big_programme()).replace("峨边", "峨\ud800边", 1)
    whole = outcome(text)
    assert whole.startswith("refused: ")
    with sliced(100) as returned:
        assert outcome(text) == whole
    assert returned == [None]
