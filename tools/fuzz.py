# ruff: noqa: RUF001 - look-alike digits and dashes are what a fuzzer feeds a parser
"""Fuzz aidmodel's public parsers and its wire format; report what breaks and what is slow.

Each *target* is one public entry point fed mutated inputs (plain random mutation of
realistic seeds, no coverage guidance, no dependency beyond aidmodel itself):

================  ========================================================================
target            inputs
================  ========================================================================
number            ``parse_chinese_number``: numerals from the fixtures, mutated
rmb_upper         ``parse_rmb_upper``: 大写 amounts, mutated
money             ``Money.parse``: amounts with units as plans write them, mutated
money_yuan        ``Money.from_yuan`` and ``Money.from_wan`` on decimal strings, mutated
quantity          ``parse_quantity``: figures with units and bounds, mutated
commitment        ``parse_commitment``, ``extract_commitments`` and ``find_commitments``
date              ``PartialDate.fromisoformat`` and ``DateSpan.fromisoformat``
plan              ``parse_plan`` on the seed and fixture plans, mutated line by line
file              ``decode_text`` on those plans' bytes in many encodings, mutated, and
                  ``read_plan`` on some of them written to a file (odd names included)
wire_json         ``from_json`` on mutated wire documents (samples and imported plans),
                  read with orjson and again with the standard library: both must agree,
                  and what is read must write and read back to the same object
wire_dict         ``from_dict`` on mutated documents (structure: wrong types, huge
                  numbers, deep nesting, unknown and missing keys) for every model class
================  ========================================================================

A failure is any exception that is not an :class:`aidmodel.AidModelError`, an input
slower than ``--timeout`` seconds, or (wire targets) a disagreement of the two JSON
readers or a broken round trip. Every failure is counted; each distinct one (target,
exception type and where it was raised) is saved as a reproducer,
``<out>/<target>-<type>-<hash>.json``, holding the input's ``repr`` and the traceback
(``--keep N`` saves N inputs of each, ``--keep 0`` every one); ``--replay FILE`` runs one
again.

Usage::

    python tools/fuzz.py --minutes 10                  # every target, time shared evenly
    python tools/fuzz.py --minutes 2 --target money    # one target (repeat --target)
    python tools/fuzz.py --inputs 100000 --target number
    python tools/fuzz.py --scaling                     # time against input size, 1 KB-1 MB
    python tools/fuzz.py --replay fuzz-failures/money-ValueError-0123abcd.json

The report gives, per target, the inputs tried, the failures by exception type and the
slowest input (with its time). ``--scaling`` times each parser on inputs of 1 KB to 1 MB
(the realistic input repeated, and adversarial forms) and gives the exponent of the
growth (1.0 is linear). Exit status 1 when anything failed.

Results of the run for issue 13 are in docs/fuzzing.md.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import hashlib
import json
import math
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aidmodel
from aidmodel import (
    AidModelError,
    DateSpan,
    Money,
    PartialDate,
    Programme,
    extract_commitments,
    find_commitments,
    from_dict,
    from_json,
    parse_chinese_number,
    parse_commitment,
    parse_plan,
    parse_quantity,
    parse_rmb_upper,
    read_plan,
    serialize,
    to_dict,
    to_json,
)
from aidmodel.importers import decode_text
from aidmodel.serialize import _read, _slices

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# -- seeds --------------------------------------------------------------------------------


def plan_texts() -> list[str]:
    """The seed and fixture plans, as text."""
    folders = ("seeds", "plans", "genre", "import")
    return [
        path.read_text(encoding="utf-8")
        for folder in folders
        for path in sorted((FIXTURES / folder).glob("*.txt"))
    ]


_NUMERAL = re.compile(
    r"[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億点负0-9.]{2,}"
)
_UPPER = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正人民币]{3,}")
_AMOUNT = re.compile(r"[约近超过逾￥¥-]?[0-9０-９.,，]+(?:万元|亿元|元|万)")
_QUANTITY = re.compile(
    r"[约近不低于超过以上下至每]*[0-9.]+[—\-~～至到]?[0-9.]*[个名人次万元亩吨平方米立方米%％户家座条所期]+(?:以上|以下|左右)?"
)
_TARGET_LINE = re.compile(r"[^。；\n]{0,60}[0-9]+[^。；\n]{0,30}")


def _found(pattern: re.Pattern[str], texts: list[str], limit: int = 3000) -> list[str]:
    found = sorted({m.group() for text in texts for m in pattern.finditer(text)})
    return found[:limit]


@dataclass
class Seeds:
    plans: list[str]
    numbers: list[str]
    uppers: list[str]
    amounts: list[str]
    decimals: list[str]
    quantities: list[str]
    clauses: list[str]
    dates: list[str]
    wire: list[dict[str, Any]]

    @classmethod
    def build(cls) -> Seeds:
        plans = plan_texts()
        numbers = [
            *_found(_NUMERAL, plans),
            *[
                "三千五",
                "三千五万",
                "一万二",
                "1万2",
                "二〇二五",
                "十",
                "十一",
                "一百零五",
                "负五",
                "两千",
                "3.5万",
                "1,234",
                "零点五",
            ],
        ]
        uppers = [
            *_found(_UPPER, plans),
            *[
                "柒佰陆拾陆万元整",
                "壹佰贰拾叁元肆角伍分",
                "叁拾元零壹角",
                "负壹元",
                "壹亿元整",
                "零元整",
            ],
        ]
        amounts = [
            *_found(_AMOUNT, plans),
            *[
                "766万元",
                "¥5.00",
                "-¥5.00",
                "3952.310194万元",
                "人民币柒佰陆拾陆万元整",
                "1.5亿元",
                "200元",
            ],
        ]
        decimals = [
            "0",
            "1",
            "-1",
            "0.01",
            "123.45",
            "3952.310194",
            "1e3",
            "1E-2",
            "00.10",
            "١٢",
            "7660000.00",
        ]
        quantities = [
            *_found(_QUANTITY, plans),
            *[
                "40名以上",
                "约2—3个",
                "1500人次",
                "不低于100人次/年",
                "3.5亩",
                "每半年至少1次",
                "2至3个以上",
            ],
        ]
        clauses = [
            *[m.group() for text in plans for m in _TARGET_LINE.finditer(text)][:4000],
            "转移就业40名以上",
            "建设冷库约500—600立方米",
            "带动就业2至3个以上",
        ]
        dates = ["2025", "2025-11", "2025-02-09", "2018/2019", "2024-02-29", "1900", "2200-12-31"]
        return cls(
            plans, numbers, uppers, amounts, decimals, quantities, clauses, dates, wire_seeds(plans)
        )


def wire_seeds(plans: list[str]) -> list[dict[str, Any]]:
    """Wire documents: the bundled samples and the programmes imported from the plans."""
    from aidmodel import samples

    documents = [to_dict(samples.load(name)) for name in samples.names()]
    for text in plans[:12]:
        documents.extend(to_dict(p) for p in parse_plan(text).programmes)
    # Small ones too (a few items of each list): a mutation then matters more, and costs less.
    small = [
        {k: v[:2] if isinstance(v, list) else v for k, v in document.items()}
        for document in documents
    ]
    return documents + small * 3


# -- mutation ----------------------------------------------------------------------------

#: Characters that mean something to some parser, and characters that should not.
ALPHABET = (
    "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億"
    "元角分整正圆块毛点負负约近超过逾以上下不低高于至到～~-−－—–‐+.．,，。、；;：:（）()【】《》"
    "“”\"'%％‰㎡亩名个人次户年月日每其中含合计共第项序号\t\n\r 　¥￥$aZeE"
)
ODD = [
    "\x00",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\u200b",
    "\u0301",
    "١٢٣",
    "①②",
    "Ⅳ",
    "\U0001f600",
    "\x1b",
    "\u2028",
    "\\",
    "\\u003a",
    "𠀀",
]


def mutate_text(rng: random.Random, text: str, pool: list[str], *, rounds: int = 4) -> str:
    """``text`` with a few random edits: inserts, deletions, repeats, splices, width swaps."""
    for _ in range(rng.randint(1, rounds)):
        n = len(text)
        op = rng.randrange(11)
        i = rng.randint(0, n)
        j = rng.randint(i, min(n, i + rng.choice((1, 2, 4, 16, 64))))
        if op == 0:
            text = text[:i] + rng.choice(ALPHABET) + text[i:]
        elif op == 1:
            text = text[:i] + rng.choice(ODD) + text[i:]
        elif op == 2:
            text = text[:i] + text[j:]
        elif op == 3 and n:
            text = text[:i] + rng.choice(ALPHABET) + text[i + 1 :]
        elif op == 4:
            text = text[:i] + text[i:j] * rng.choice((2, 3, 10, 100)) + text[j:]
        elif op == 5:
            other = rng.choice(pool)
            k = rng.randint(0, len(other))
            text = text[:i] + other[k : k + rng.randint(1, 40)] + text[j:]
        elif op == 6:
            text = text[: rng.randint(0, n)]
        elif op == 7:
            text = text.translate(rng.choice((_TO_FULL, _TO_HALF)))
        elif op == 8:
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        elif op == 9:
            text = text + rng.choice(pool)
        else:
            text = text[:i] + " " * rng.randint(1, 3) + text[i:]
    return text


_TO_FULL = str.maketrans("0123456789.,:;()%-", "０１２３４５６７８９．，：；（）％－")
_TO_HALF = str.maketrans("０１２３４５６７８９．，：；（）％－", "0123456789.,:;()%-")


def mutate_plan(rng: random.Random, text: str, pool: list[str]) -> str:
    """A plan with lines deleted, repeated, moved or edited, as damaged extractions give."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 8)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        op = rng.randrange(6)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            lines[i] = mutate_text(rng, lines[i], pool)
        elif op == 3:
            lines.insert(rng.randrange(len(lines) + 1), lines.pop(i))
        elif op == 4:
            other = rng.choice(pool).split("\n")
            lines.insert(i, rng.choice(other))
        else:
            lines[i] = lines[i] * rng.choice((2, 5, 20))
    return "\n".join(lines)


#: Encodings a plan's bytes may come in; only UTF-8 and GB18030 are read.
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "gb18030",
    "gbk",
    "big5",
    "shift_jis",
    "euc_kr",
    "euc_jp",
    "utf-16",
    "utf-16-le",
    "utf-32",
    "hz",
    "iso2022_jp",
    "cp1252",
)


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(0, 3)):
        n = len(data)
        i = rng.randint(0, n)
        op = rng.randrange(4)
        if op == 0:
            data = data[:i] + bytes([rng.randrange(256)]) + data[i:]
        elif op == 1:
            data = data[:i] + data[i + rng.randint(1, 8) :]
        elif op == 2 and n:
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1 :]
        else:
            data = data[: rng.randint(0, n)]
    return data


def random_value(rng: random.Random, depth: int = 0) -> Any:
    """A JSON-ish value of any type, odd ones favoured."""
    choice = rng.randrange(16)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice((True, False))
    if choice == 2:
        return rng.choice((0, 1, -1, 2**53, 2**53 - 1, 2**63, 2**64, -(2**63) - 1, 10**30))
    if choice == 3:
        return rng.choice((1.5, -0.0, 1e308, 2025.0, float(2**64)))
    if choice == 4:
        return rng.choice(("", " ", "\ud800", "２０２５", "2025-13", "1e3", "1" * 30, "东西部"))
    if choice == 5:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 10)))
    if choice == 6:
        return rng.choice(("7660000.00", "0.01", "-5.00", "1.001", "12", "0", "00", "1.", ".5"))
    if choice == 7:
        return rng.choice(("2025", "2025-11", "2025-02-30", "2018/2019", "2019/2018", "2025-1"))
    if choice == 8:
        return rng.choice(("east_west", "at_least", "new", "current", "EAST_WEST", "range"))
    if choice == 9 and depth < 3:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if choice == 10 and depth < 3:
        keys = ("name", "title", "amount", "value", "unit", "x", "format_version", "line_start")
        return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}
    if choice == 11:
        nested: Any = []
        for _ in range(rng.choice((50, 99, 100, 101, 300, 2000))):
            nested = [nested]
        return nested
    if choice == 12:
        return {"name": "项目"}
    if choice == 13:
        return []
    if choice == 14:
        return {}
    return rng.choice(("项目", "县农业农村局", "万元"))


def _walk(node: Any, limit: int = 40) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every node with its path, breadth first, not below ``limit`` levels."""
    queue: list[tuple[tuple[Any, ...], Any]] = [((), node)]
    while queue:
        path, value = queue.pop()
        yield path, value
        if len(path) >= limit:
            continue
        if isinstance(value, dict):
            queue.extend(((*path, key), item) for key, item in value.items())
        elif isinstance(value, list):
            queue.extend(((*path, index), item) for index, item in enumerate(value))


def _copy(node: Any, depth: int = 0) -> Any:
    if depth > 40:
        return node  # deep nests are shared, not copied: mutations stop above them
    if isinstance(node, dict):
        return {k: _copy(v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v, depth + 1) for v in node]
    return node


def mutate_document(rng: random.Random, document: dict[str, Any]) -> Any:
    """A wire document with some nodes replaced, removed, added or retyped."""
    doc = _copy(document)
    for _ in range(rng.randint(1, 3)):
        nodes = list(_walk(doc))
        path, node = rng.choice(nodes)
        parent: Any = doc
        for key in path[:-1]:
            parent = parent[key]
        op = rng.randrange(6)
        if not path:
            if op == 0:
                return random_value(rng)
            continue
        last = path[-1]
        if op in (0, 1):
            parent[last] = random_value(rng)
        elif op == 2:
            del parent[last]
        elif op == 3 and isinstance(node, dict):
            node[rng.choice(("colour", "name", "amount", "", "title"))] = random_value(rng)
        elif op == 4 and isinstance(node, list):
            node.extend(_copy(node[:2]))
        elif op == 5 and isinstance(node, str):
            parent[last] = mutate_text(rng, node, [node], rounds=2)
    return doc


def _json(value: Any, *, ensure_ascii: bool = False) -> str:
    try:
        return json.dumps(value, ensure_ascii=ensure_ascii)
    except (ValueError, TypeError, RecursionError):  # nested past the encoder's limit
        return "[]"


def mutate_json_text(rng: random.Random, document: Any) -> str | bytes:
    """JSON text of a (mutated) document, edited as text: repeated keys, BOMs, escapes."""
    doc = mutate_document(rng, document) if rng.random() < 0.7 else document
    text = _json(doc, ensure_ascii=rng.random() < 0.2)
    op = rng.randrange(10)
    if op == 0:
        # Repeat a key: the first "key": of the text written twice with another value.
        match = re.search(r'"([a-z_]+)":', text)
        if match:
            at = match.start()
            text = text[:at] + f'"{match.group(1)}":{_json(random_value(rng))},' + text[at:]
    elif op == 1:
        text = mutate_text(rng, text, [text], rounds=2)
    elif op == 2:
        return (
            ("\ufeff" + text).encode("utf-8", "surrogatepass")
            if rng.random() < 0.5
            else "\ufeff" + text
        )
    elif op == 3:
        encoding = rng.choice(("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"))
        return text.encode(encoding, "surrogatepass")
    elif op == 4:
        text = text.replace(":", "\\u003a", 1) if rng.random() < 0.5 else text
        text = re.sub(r'"title":"[^"]*"', '"title":"\\\\ud800"', text, count=1)
    elif op == 5:
        text = text.replace(
            "2025", rng.choice(("1" * 30, "1" * 5000, "1e400", "NaN", "-0", "2025.0")), 1
        )
    elif op == 6:
        depth = rng.choice((99, 100, 101, 254, 255, 1023, 1025, 5000))
        text = '{"format_version":2,"title":"t","sections":' + "[" * depth + "]" * depth + "}"
    return text.encode("utf-8", "surrogatepass") if rng.random() < 0.3 else text


# -- targets -------------------------------------------------------------------------------


class Disagreement(Exception):  # noqa: N818 - a finding, not an error of the tool
    """The two JSON readers, or a round trip, disagree."""


def _wire_json(text: str | bytes) -> None:
    outcomes = []
    for use_orjson in (True, False) if _read._orjson is not None else (False,):
        saved = _read._orjson
        try:
            if not use_orjson:
                _read._orjson = None
            outcomes.append(_outcome(lambda: from_json(text, Programme)))
        finally:
            _read._orjson = saved
    kinds = {type(o).__name__ if isinstance(o, BaseException) else "ok" for o in outcomes}
    for outcome in outcomes:
        if isinstance(outcome, BaseException) and not isinstance(outcome, AidModelError):
            raise outcome
    if len(kinds) > 1:
        msg = f"the readers disagree: orjson {outcomes[0]!r:.200} / json {outcomes[1]!r:.200}"
        raise Disagreement(msg)
    if (
        len(outcomes) == 2
        and not isinstance(outcomes[0], BaseException)
        and outcomes[0] != outcomes[1]
    ):
        msg = "the readers read different objects"
        raise Disagreement(msg)
    sliced = _sliced_outcome(text)
    if type(sliced) is not type(outcomes[0]) or (
        str(sliced) != str(outcomes[0])
        if isinstance(sliced, BaseException)
        else sliced != outcomes[0]
    ):
        msg = f"read in slices: {sliced!r:.200} / whole: {outcomes[0]!r:.200}"
        raise Disagreement(msg)
    if not isinstance(outcomes[0], BaseException):
        programme = outcomes[0]
        written = to_json(programme)
        if from_json(written, Programme) != programme:
            msg = "what was read does not read back the same after to_json"
            raise Disagreement(msg)


def _sliced_outcome(text: str | bytes) -> Any:
    """from_json's outcome with every document read in slices, cut every few characters."""
    saved = _slices.SLICE, serialize._SLICED_FROM
    _slices.SLICE, serialize._SLICED_FROM = 1 + len(text) % 97, 0
    try:
        return _outcome(lambda: from_json(text, Programme))
    finally:
        _slices.SLICE, serialize._SLICED_FROM = saved


def _outcome(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except Exception as exc:
        return exc


_CLASSES = [
    getattr(aidmodel, name)
    for name in (
        "Programme",
        "Project",
        "Section",
        "Commitment",
        "Quantity",
        "Money",
        "PartialDate",
        "DateSpan",
        "FundSource",
        "FundingShare",
        "Region",
        "Provenance",
        "Achievement",
        "MechanismTask",
        "Dividend",
    )
]


def _wire_dict(data: Any) -> None:
    cls, document = data
    result = from_dict(document, cls)
    if from_dict(to_dict(result), cls) != result:
        msg = "what was read does not read back the same after to_dict"
        raise Disagreement(msg)


def _read_file(data: tuple[str, bytes]) -> None:
    name, content = data
    decode_text(content)
    if name:
        folder = Path(tempfile.gettempdir()) / "aidmodel-fuzz"
        folder.mkdir(exist_ok=True)
        safe = name.replace("\x00", "").replace("/", "_") or "x.txt"
        path = folder / safe
        with contextlib.suppress(OSError, ValueError):
            path.write_bytes(content)
        try:
            read_plan(folder / name if "\x00" in name else path)
        finally:
            with contextlib.suppress(OSError, ValueError):
                path.unlink()


@dataclass
class Target:
    name: str
    call: Callable[[Any], Any]
    generate: Callable[[random.Random], Any]
    #: Inputs for --scaling: size in bytes -> input.
    grow: list[Callable[[int], Any]] = field(default_factory=list)


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // max(1, len(unit.encode("utf-8"))))


def targets(seeds: Seeds) -> dict[str, Target]:
    def text_target(
        name: str, call: Callable[[str], Any], pool: list[str], grow: list[str]
    ) -> Target:
        return Target(
            name,
            call,
            lambda rng: mutate_text(rng, rng.choice(pool), pool),
            [lambda size, unit=unit: _repeat(unit, size) for unit in grow],
        )

    def commitments(text: str) -> None:
        extract_commitments(text)
        find_commitments(text)
        with contextlib.suppress(AidModelError):
            parse_commitment(text)

    def money_yuan(text: str) -> None:
        with contextlib.suppress(AidModelError):
            Money.from_yuan(text)
        Money.from_wan(text)

    def dates(text: str) -> None:
        with contextlib.suppress(AidModelError):
            PartialDate.fromisoformat(text)
        DateSpan.fromisoformat(text)

    def file_input(rng: random.Random) -> tuple[str, bytes]:
        text = seeds.plans[rng.randrange(len(seeds.plans))]
        if rng.random() < 0.5:
            text = text[: rng.randint(0, len(text))]
        encoding = rng.choice(ENCODINGS)
        data = mutate_bytes(rng, text.encode(encoding, errors="replace"))
        name = ""
        if rng.random() < 0.02:
            name = rng.choice(
                ("plan.txt", "a\x00b.txt", "计划.TXT", "x.md", "y.docx", "z.pdf", ".txt")
            )
        return name, data

    plan_pool = seeds.plans
    wire = seeds.wire
    found = [
        text_target(
            "number", parse_chinese_number, seeds.numbers, ["一", "一万", "1", "十二", "零"]
        ),
        text_target("rmb_upper", parse_rmb_upper, seeds.uppers, ["壹", "壹万", "零", "壹佰贰拾"]),
        text_target("money", Money.parse, seeds.amounts, ["1", "一万", "壹", "万", "-"]),
        text_target("money_yuan", money_yuan, seeds.decimals, ["1", "0", "9."]),
        text_target("quantity", parse_quantity, seeds.quantities, ["1", "约", "2—3", "以上"]),
        text_target(
            "commitment",
            commitments,
            seeds.clauses,
            ["转移就业40名以上；", "1", "带动就业2至3个以上，", "约"],
        ),
        text_target("date", dates, seeds.dates, ["2", "2025-", "/"]),
        Target(
            "plan",
            parse_plan,
            lambda rng: mutate_plan(rng, rng.choice(plan_pool), plan_pool),
            [
                lambda size: _repeat(plan_pool[0] + "\n", size),
                lambda size: _repeat("1.茶叶加工项目。投入资金100万元，新建生产线1条。\n", size),
                lambda size: _repeat("（一）产业协作\n", size),
                lambda size: _repeat("投资190(县委组织部90万、", size),
                lambda size: _repeat("一", size),
            ],
        ),
        Target(
            "file",
            _read_file,
            file_input,
            [lambda size: ("", _repeat(plan_pool[0], size).encode("gb18030"))],
        ),
        Target(
            "wire_json",
            _wire_json,
            lambda rng: mutate_json_text(rng, rng.choice(wire)),
            [lambda size: _programme_json(size)],
        ),
        Target(
            "wire_dict",
            _wire_dict,
            lambda rng: _dict_input(rng, wire),
            [lambda size: (Programme, json.loads(_programme_json(size)))],
        ),
    ]
    return {t.name: t for t in found}


def _dict_input(rng: random.Random, wire: list[dict[str, Any]]) -> tuple[type, Any]:
    if rng.random() < 0.5:
        return Programme, mutate_document(rng, rng.choice(wire))
    cls = rng.choice(_CLASSES)
    # A node of the same class from a document, mutated; or any value.
    nodes = [node for _, node in _walk(rng.choice(wire)) if node]
    if not nodes:
        return cls, None
    wrapped = mutate_document(rng, {"x": rng.choice(nodes)})
    return cls, wrapped.get("x") if isinstance(wrapped, dict) else wrapped


def _programme_json(size: int) -> str:
    from aidmodel import samples

    base = to_dict(samples.load("keqiao-ebian-2025"))
    projects = base.get("projects", [])
    one = len(json.dumps(projects[0], ensure_ascii=False).encode()) if projects else 100
    base["projects"] = [projects[i % len(projects)] for i in range(max(1, size // one))]
    base.pop("declared_project_count", None)
    return json.dumps(base, ensure_ascii=False)


# -- running -------------------------------------------------------------------------------


class Timeout(Exception):  # noqa: N818 - a finding, not an error of the tool
    """An input took longer than --timeout seconds."""


def _alarm(signum: int, frame: Any) -> None:
    raise Timeout


@dataclass
class Report:
    tried: int = 0
    seconds: float = 0.0
    failures: Counter[str] = field(default_factory=Counter)
    saved: list[str] = field(default_factory=list)
    slowest: tuple[float, Any] = (0.0, None)
    signatures: Counter[str] = field(default_factory=Counter)


def _signature(exc: BaseException) -> str:
    """The exception's type and the innermost line of aidmodel it passed (for a timeout,
    where the time ran out), so that one defect is saved once."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{os.sep}aidmodel{os.sep}" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(exc).__name__}@{where}"


def _save(out: Path, target: str, value: Any, exc: BaseException) -> str:
    out.mkdir(parents=True, exist_ok=True)
    text = _repr(value)
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    path = out / f"{target}-{type(exc).__name__}-{digest}.json"
    record = {
        "target": target,
        "input": text,
        "exception": f"{type(exc).__name__}: {str(exc)[:2000]}",
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-6000:],
    }
    path.write_text(json.dumps(record, ensure_ascii=True, indent=1), encoding="utf-8")
    return str(path)


def _repr(value: Any) -> str:
    if isinstance(value, tuple) and value and isinstance(value[0], type):
        return f"({value[0].__name__}, {_repr(value[1])})"
    try:
        return repr(value)
    except (RecursionError, ValueError):
        return "<unprintable>"


def run_target(
    target: Target,
    seconds: float,
    limit: int,
    rng: random.Random,
    out: Path,
    timeout: float,
    keep: int = 1,
) -> Report:
    report = Report()
    start = time.perf_counter()
    deadline = start + seconds
    use_alarm = hasattr(signal, "setitimer")
    if use_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    while report.tried < limit and time.perf_counter() < deadline:
        try:
            value = target.generate(rng)
        except Exception:  # the tool's own generator: count it, do not stop
            report.failures["(generator)"] += 1
            continue
        began = time.perf_counter()
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            target.call(value)
        except AidModelError:
            pass
        except Exception as exc:  # a finding: anything else (RecursionError included)
            signature = _signature(exc)
            report.failures[type(exc).__name__] += 1
            if keep == 0 or report.signatures[signature] < keep:
                report.saved.append(_save(out, target.name, value, exc))
            report.signatures[signature] += 1
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.perf_counter() - began
        if took > report.slowest[0]:
            report.slowest = (took, value)
        report.tried += 1
    report.seconds = time.perf_counter() - start
    return report


def _short(value: Any, width: int = 90) -> str:
    text = _repr(value)
    return text if len(text) <= width else f"{text[:width]}… ({len(text)} chars)"


def fuzz(args: argparse.Namespace) -> int:
    seeds = Seeds.build()
    table = targets(seeds)
    names = args.target or list(table)
    unknown = [n for n in names if n not in table]
    if unknown:
        print(f"unknown target {unknown}; expected some of {', '.join(table)}", file=sys.stderr)
        return 2
    out = Path(args.out)
    share = args.minutes * 60 / len(names) if args.minutes else math.inf
    limit = args.inputs or (10**12 if args.minutes else 10_000)
    print(
        f"aidmodel {aidmodel.__version__}, orjson {'on' if _read._orjson else 'off'}, seed {args.seed}"
    )
    print(f"{'target':<11} {'inputs':>9} {'per s':>8}  failures by type; slowest input")
    total, failed = 0, 0
    summary = {}
    for index, name in enumerate(names):
        rng = random.Random(f"{args.seed}-{name}")
        report = run_target(table[name], share, limit, rng, out, args.timeout, args.keep)
        total += report.tried
        failed += sum(report.failures.values())
        rate = report.tried / report.seconds if report.seconds else 0
        kinds = ", ".join(f"{k} {v}" for k, v in report.failures.most_common()) or "0"
        took, slow = report.slowest
        print(
            f"{name:<11} {report.tried:>9,} {rate:>8,.0f}  {kinds}; {took * 1000:.1f} ms: {_short(slow)}"
        )
        for path in report.saved:
            print(f"{'':<11} saved {path}")
        summary[name] = {
            "inputs": report.tried,
            "seconds": round(report.seconds, 1),
            "failures": dict(report.failures),
            "slowest_ms": round(took * 1000, 2),
            "slowest_input": _short(slow, 300),
            "saved": report.saved,
        }
        sys.stdout.flush()
        del index
    print(f"total {total:,} inputs, {failed:,} failures; reproducers under {out}/")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, ensure_ascii=False, indent=1), "utf-8")
    return 1 if failed else 0


# -- scaling -------------------------------------------------------------------------------

SIZES = (1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000)


def scaling(args: argparse.Namespace) -> int:
    seeds = Seeds.build()
    table = targets(seeds)
    names = args.target or list(table)
    sizes = [s for s in SIZES if s <= args.max_size]
    print("seconds per call (the slowest of the growing inputs), and the exponent of growth")
    print(f"{'target':<11} " + " ".join(f"{s // 1000:>7} KB" for s in sizes) + "   exponent")
    worst = 0.0
    summary = {}
    for name in names:
        target = table[name]
        times: list[float] = []
        for size in sizes:
            slowest = 0.0
            for grow in target.grow:
                value = grow(size)
                took = _time(target.call, value, budget=args.budget)
                slowest = max(slowest, took)
            times.append(slowest)
            if slowest > args.budget:
                break
        exponent = _exponent(sizes[: len(times)], times)
        worst = max(worst, exponent)
        cells = " ".join(f"{t:>10.4f}" for t in times) + " " * 11 * (len(sizes) - len(times))
        print(f"{name:<11} {cells}   {exponent:.2f}")
        summary[name] = {"sizes": sizes[: len(times)], "seconds": times, "exponent": exponent}
        sys.stdout.flush()
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1), "utf-8")
    return 0 if worst < 1.3 else 1


def _time(call: Callable[[Any], Any], value: Any, *, budget: float) -> float:
    best = math.inf
    for _ in range(3):
        began = time.perf_counter()
        with contextlib.suppress(Exception):
            call(value)
        took = time.perf_counter() - began
        best = min(best, took)
        if took > budget / 3:
            break
    return best


def _exponent(sizes: list[int], times: list[float]) -> float:
    """The slope of log(time) against log(size) over the sizes of 16 KB and more
    (below, fixed costs dominate)."""
    points = [
        (math.log(s), math.log(max(t, 1e-7)))
        for s, t in zip(sizes, times, strict=True)
        if s >= 16_000
    ]
    if len(points) < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    num = sum((x - mean_x) * (y - mean_y) for x, y in points)
    den = sum((x - mean_x) ** 2 for x, _ in points)
    return num / den if den else 0.0


# -- replay --------------------------------------------------------------------------------


def replay(path: str, timeout: float) -> int:
    record = json.loads(Path(path).read_text(encoding="utf-8"))
    table = targets(Seeds.build())
    target = table[record["target"]]
    text = record["input"]
    if target.name == "wire_dict":
        cls_name, _, rest = text[1:-1].partition(", ")
        value: Any = (getattr(aidmodel, cls_name), ast.literal_eval(rest))
    else:
        value = ast.literal_eval(text)
    print(f"{target.name}: {_short(value)}")
    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        target.call(value)
    except Timeout:
        print(f"not fixed: still slower than {timeout} s")
        return 1
    except AidModelError as exc:
        print(f"fixed: raises {type(exc).__name__}: {str(exc)[:300]}")
        return 0
    except Exception:
        traceback.print_exc()
        return 1
    print("fixed: no exception")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=0, help="total time, shared by targets")
    parser.add_argument("--inputs", type=int, default=0, help="at most this many per target")
    parser.add_argument("--target", action="append", help="a target (repeat); all by default")
    parser.add_argument("--seed", default="13", help="random seed (a run is reproducible)")
    parser.add_argument("--out", default="fuzz-failures", help="folder for reproducers")
    parser.add_argument(
        "--keep", type=int, default=1, help="reproducers saved per distinct failure (0: all)"
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a hang")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument("--scaling", action="store_true", help="time against input size")
    parser.add_argument("--max-size", type=int, default=1_000_000, help="largest --scaling input")
    parser.add_argument("--budget", type=float, default=60.0, help="--scaling: stop growing past")
    parser.add_argument("--replay", help="run one saved reproducer again")
    args = parser.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.replay:
        return replay(args.replay, args.timeout)
    if args.scaling:
        return scaling(args)
    return fuzz(args)


if __name__ == "__main__":
    raise SystemExit(main())
