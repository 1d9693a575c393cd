"""Finding the items of an array in JSON text, to parse the array a slice at a time (private).

:func:`aidmodel.from_json` reads the big arrays of a big document (a programme's
projects) a slice of items at a time: a slice is parsed and its objects are built
before the next slice is parsed. So the parsed data of the whole document, which
takes about twice the memory of the objects built from it, is never held at once,
and each slice's data is read while it is still in the processor's cache.

Everything here works on the text's UTF-8 bytes at C speed (a pattern's search,
``count``, ``translate``) and decides nothing about what the text means. A cut is a guess,
and the parser checks it: a slice that starts where an item starts is parsed as
a list of items only when it ends where an item ends, so a slice that parses is
a run of whole items. One that does not parse is cut again by counting brackets;
where that fails too, the caller reads the whole text, which reports what is
wrong.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from aidmodel.serialize._read import MAX_DEPTH, shape_of

__all__ = ["SLICE", "next_cut", "read_array", "read_arrays"]

#: The length of text a slice is cut at (characters or bytes): a slice ends at the first
#: end of an item from there on. Around a hundred projects; measured best from 50 to 200.
SLICE: Final = 64 * 1024

_WS: Final = rb"[ \t\n\r]*"
#: How many keys found in strings :func:`read_arrays` looks past before it leaves the text
#: to the whole reading.
_IN_STRINGS: Final = 20
#: The end of an object followed by the comma or bracket after it (group 1).
_CUT: Final = re.compile(rb"\}" + _WS + rb"([,\]])")
#: Nothing but whitespace before a closing bracket: an empty array.
_EMPTY: Final = re.compile(_WS + rb"\]")
#: An object's beginning and its first key (group 1; one without a backslash).
_FIRST_KEY: Final = re.compile(_WS + rb"\{" + _WS + rb'"([^"\\]*)"')


def _open_at(prefix: bytes, open_before: bytes = b"") -> bytes | None:
    """The brackets still open at the end of ``prefix``, JSON text cut outside any string,
    objects written as arrays (``b"["``: inside the root, an object where a key is), where
    ``open_before`` were open at its start; with a quote where the cut is inside a string
    after all. None if more than MAX_DEPTH levels."""
    shape = open_before + shape_of(prefix).translate(None, b":").replace(b'""', b"")
    for _ in range(MAX_DEPTH + 1):
        inner = shape.replace(b"[]", b"")
        if len(inner) == len(shape):
            return shape
        shape = inner
    return None


def read_arrays(
    text: bytes, readers: Mapping[str, Callable[[bytes], list[Any]]]
) -> tuple[bytes, dict[str, list[Any]]] | None:
    """The arrays of objects of the root object of JSON ``text`` whose keys ``readers``
    name, each read a slice at a time by its reader (:func:`read_array`): ``text`` with the
    items of each array taken out (``[]`` left), and what each reader made of its array's
    items. None where a slice does not parse or a reader refuses one, or where a key is
    found twice.

    The keys are looked for in the order of the text, and what an array holds is not looked
    into: a key of the same name in its items costs nothing.

    >>> import json
    >>> text = b'{"a": {"items": [1]}, "items": [{"b": 2}, {"b": 3}], "c": 4}'
    >>> read_arrays(text, {"items": lambda part: [item["b"] for item in json.loads(part)]})
    (b'{"a": {"items": [1]}, "items": [], "c": 4}', {'items': [2, 3]})
    >>> read_arrays(b'{"x\\\\"items": [1]}', {"items": json.loads})  # a key 'x"items'
    (b'{"x\\\\"items": [1]}', {})
    """
    keys = "|".join(re.escape(key) for key in readers).encode()
    pattern = re.compile(b'"(' + keys + b')"' + _WS + b":" + _WS + rb"\[")
    pieces: list[bytes] = []
    lists: dict[str, list[Any]] = {}
    opened = b""
    looked = 0  # the text up to here is outside any string, with ``opened`` open
    kept = 0  # the text up to here is in ``pieces``
    in_strings = 0  # keys found in strings (in a key such as 'x"items')
    found = pattern.search(text)
    while found is not None:
        # The quote begins a key where the text before it is outside any string (a string
        # left open shows as a quote in what is open: then the text looked at stays as it
        # was, up to where it was outside any string).
        start = found.start()
        here = _open_at(text[looked:start], opened)
        if here is None:
            return None
        if b'"' not in here:
            looked, opened = start, here
        else:
            in_strings += 1
            if in_strings > _IN_STRINGS:  # each looks at the text from ``looked`` again
                return None
        if here != b"[":
            found = pattern.search(text, found.end())
            continue
        key = found.group(1).decode()
        done = None if key in lists else read_array(text, found.end(), readers[key])
        if done is None:
            return None
        lists[key], close = done
        pieces.append(text[kept : found.end()])
        kept = looked = close  # back in the root object, after the array's last item
        opened = b"[["
        found = pattern.search(text, close)
    pieces.append(text[kept:])
    return b"".join(pieces), lists


def _count(text: bytes, start: int, end: int) -> int:
    """How many more brackets open than close in ``text[start:end]`` (strings not told)."""
    return (
        text.count(b"{", start, end)
        + text.count(b"[", start, end)
        - text.count(b"}", start, end)
        - text.count(b"]", start, end)
    )


@functools.lru_cache(maxsize=64)
def _item_start(key: bytes) -> re.Pattern[bytes]:
    """The end of an object, a comma and an object whose first key is ``key``."""
    return re.compile(rb"\}" + _WS + b"(,)" + _WS + rb"\{" + _WS + b'"' + re.escape(key) + b'"')


def next_cut(text: bytes, start: int, target: int, *, walk: bool) -> tuple[int, bool] | None:
    """Where a slice of the items of an array of objects that starts at ``start`` (where an
    item starts) ends: the index of the comma or of the ``]`` after the first item that
    ends at ``target`` or after, and whether it is the ``]``; the parser checks the guess.
    None where none is found.

    Two ways to guess. At first the items of an array are taken to begin with the same
    key, and the objects nested in them with others: the first object after ``target`` that
    begins with the key the item at ``start`` begins with is taken to be an item (one
    search, up to :data:`SLICE` after ``target``; never the array's end). With ``walk``,
    the brackets are counted from ``start``, as if no string held one, and each end of an
    object looked at: the array's end is taken before ``target`` too.

    >>> text = b'[{"a": [{"b": 1}, {"a": 2}]}, {"a": 3}, {"a": 4}]'
    >>> next_cut(text, 1, 1, walk=False), next_cut(text, 1, 1, walk=True)
    ((16, False), (28, False))
    >>> next_cut(text, 30, 100, walk=False), next_cut(text, 30, 100, walk=True)
    (None, (48, True))
    """
    if not walk:
        first = _FIRST_KEY.match(text, start)
        if first is None:
            return None
        # Looked for up to a slice's length on: an array that ends before has no more items.
        found = _item_start(first.group(1)).search(text, target, target + SLICE)
        return None if found is None else (found.start(1), False)
    depth = 0
    counted = start
    found = _CUT.search(text, start)
    while found is not None:
        end = found.start() + 1
        depth += _count(text, counted, end)
        counted = end
        if depth < 0:
            return None
        at = found.start(1)
        last = text[at] == ord("]")
        if depth == 0 and (last or end >= target):
            return at, last
        found = _CUT.search(text, end)
    return None


def read_array(
    text: bytes, begin: int, read: Callable[[bytes], list[Any]]
) -> tuple[list[Any], int] | None:
    """What ``read`` makes of each slice of the items of the array of objects whose items
    begin at ``begin`` in ``text``, joined, and the index of the array's ``]``; None where
    the slices do not parse or ``read`` refuses one.

    ``read`` is given each slice as the text of an array (``[`` + items + ``]``) and raises
    where it does not parse. A slice is cut where an item seems to end at :data:`SLICE`
    from its start or after (:func:`next_cut`); where that slice does not parse (an object
    in an item begins with the same key as the item, or the array has ended), the
    brackets are counted.

    >>> import json
    >>> text = b'{"items": [{"a": 1}, {"a": 2}], "n": 2}'
    >>> read_array(text, 11, lambda part: [item["a"] for item in json.loads(part)])
    ([1, 2], 29)
    """
    empty = _EMPTY.match(text, begin)
    if empty is not None:
        return [], empty.end() - 1
    items: list[Any] = []
    start = begin
    while True:
        got: list[Any] | None = None
        tried = None
        for walk in (False, True):
            cut = next_cut(text, start, start + SLICE, walk=walk)
            if cut is None or cut == tried:
                continue
            tried = cut
            end, last = cut
            try:
                got = read(b"[" + text[start:end] + b"]")
            except Exception:  # a wrong cut or a refused item: the next way
                continue
            break
        if got is None:
            return None
        items.extend(got)
        if last:
            return items, end
        start = end + 1
