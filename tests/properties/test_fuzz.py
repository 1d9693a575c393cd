"""The short, derandomized run of the fuzz harness (tools/fuzz.py runs the long one).

Every public parser, fed damaged input, returns a value or raises an AidModelError,
never anything else; the wire format's two JSON readers (orjson and the standard
library) accept and refuse the same texts and read the same objects; what is read
writes and reads back unchanged.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidmodel import (
    AidModelError,
    DateSpan,
    Money,
    PartialDate,
    Programme,
    SerializationError,
    SourceError,
    extract_commitments,
    find_commitments,
    from_dict,
    from_json,
    parse_chinese_number,
    parse_commitment,
    parse_quantity,
    parse_rmb_upper,
    to_dict,
    to_json,
)
from aidmodel.importers import decode_text
from aidmodel.serialize import _read

from strategies import (
    PARSER_SEEDS,
    mutated_plans,
    mutated_wire_documents,
    mutated_wire_texts,
    parser_junk,
    programmes,
)

PARSERS: list[tuple[str, Callable[[str], Any], str]] = [
    ("parse_chinese_number", parse_chinese_number, "number"),
    ("parse_rmb_upper", parse_rmb_upper, "upper"),
    ("Money.parse", Money.parse, "money"),
    ("Money.from_yuan", Money.from_yuan, "decimal"),
    ("Money.from_wan", Money.from_wan, "decimal"),
    ("parse_quantity", parse_quantity, "quantity"),
    ("parse_commitment", parse_commitment, "commitment"),
    ("extract_commitments", extract_commitments, "commitment"),
    ("find_commitments", find_commitments, "commitment"),
    ("PartialDate.fromisoformat", PartialDate.fromisoformat, "date"),
    ("DateSpan.fromisoformat", DateSpan.fromisoformat, "date"),
]


@pytest.mark.parametrize(
    ("parse", "seeds"),
    [pytest.param(parse, PARSER_SEEDS[seeds], id=name) for name, parse, seeds in PARSERS],
)
@settings(max_examples=80)
@given(data=st.data())
def test_every_parser_returns_or_raises_its_own_error(
    parse: Callable[[str], Any], seeds: list[str], data: st.DataObject
) -> None:
    text = data.draw(parser_junk(seeds))
    with contextlib.suppress(AidModelError):
        parse(text)


@settings(max_examples=60)
@given(mutated_plans(), st.sampled_from(["utf-8", "gb18030", "big5", "utf-16-le", "hz"]), st.data())
def test_decode_text_returns_text_or_raises_a_source_error(
    text: str, encoding: str, data: st.DataObject
) -> None:
    raw = text.encode(encoding, errors="replace")
    cut = data.draw(st.integers(0, len(raw)))
    with contextlib.suppress(SourceError):
        decode_text(raw[:cut] + data.draw(st.binary(max_size=4)) + raw[cut:])


def _read_with(reader: str, text: str | bytes) -> Any:
    saved = _read._orjson
    if reader == "json":
        _read._orjson = None
    try:
        return from_json(text, Programme)
    except SerializationError as err:
        return err
    finally:
        _read._orjson = saved


# Whole programmes are slow to draw: fewer examples keep the suite fast on two cores.
@settings(max_examples=40)
@given(mutated_wire_texts())
def test_both_json_readers_read_a_damaged_document_alike(text: str | bytes) -> None:
    readers = ["json", "orjson"] if _read._orjson is not None else ["json"]
    outcomes = [_read_with(reader, text) for reader in readers]
    assert len({isinstance(o, SerializationError) for o in outcomes}) == 1, outcomes
    if not isinstance(outcomes[0], SerializationError):
        assert all(o == outcomes[0] for o in outcomes)
        assert from_json(to_json(outcomes[0]), Programme) == outcomes[0]


@settings(max_examples=40)
@given(mutated_wire_documents())
def test_from_dict_reads_or_raises_a_serialization_error(data: Any) -> None:
    try:
        programme = from_dict(data, Programme)
    except SerializationError:
        return
    assert from_dict(to_dict(programme), Programme) == programme


@settings(max_examples=20)
@given(programmes(), st.data())
def test_a_repeated_key_anywhere_is_refused_with_its_path(
    programme: Programme, data: st.DataObject
) -> None:
    text = json.dumps(to_dict(programme), ensure_ascii=False)
    keys = [i for i in range(len(text)) if text.startswith('{"', i)]
    at = data.draw(st.sampled_from(keys)) + 1
    key = text[at : text.index('"', at + 1) + 1]
    repeated = text[:at] + f"{key}:null," + text[at:]
    for reader in ["json", "orjson"] if _read._orjson is not None else ["json"]:
        outcome = _read_with(reader, repeated)
        assert isinstance(outcome, SerializationError)
        assert f"repeated key {json.loads(key)!r}" in str(outcome)


@settings(max_examples=15)
@given(programmes())
def test_to_json_writes_utf8_that_both_readers_read_back(programme: Programme) -> None:
    text = to_json(programme)
    text.encode("utf-8")  # strict: no lone surrogate can be in a model
    for reader in ["json", "orjson"] if _read._orjson is not None else ["json"]:
        assert _read_with(reader, text.encode("utf-8")) == programme


def _keys(data: Any) -> int:
    if isinstance(data, dict):
        return len(data) + sum(_keys(value) for value in data.values())
    if isinstance(data, list):
        return sum(_keys(item) for item in data)
    return 0


_SHAPED = st.text(alphabet=st.sampled_from(':[]{}"\\ a项\n'), max_size=8)


@settings(max_examples=60)
@given(
    st.recursive(
        st.none() | _SHAPED,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_SHAPED, inner, max_size=3),
        max_leaves=12,
    ),
    st.booleans(),
)
def test_the_keys_counted_on_the_text_are_the_keys_of_its_data(data: Any, spaced: bool) -> None:
    # from_json compares the keys its objects read with this count to find a repeated key:
    # strings full of colons, brackets, quotes and backslashes must not change it.
    text = json.dumps(data, ensure_ascii=False, indent=1 if spaced else None)
    assert _read._shape(text) == (False, _keys(data))
