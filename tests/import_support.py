"""What the importer tests share: the field-by-field difference of an imported programme
from its hand-made sample, and the account of every amount of a text."""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

import attrs
import pytest

from aidmodel import (
    Achievement,
    Commitment,
    Money,
    PartialDate,
    Programme,
    Provenance,
    Quantity,
)
from aidmodel.importers import ImportResult, parse_plan

__all__ = [
    "account",
    "as_money",
    "aspect_cases",
    "diff",
    "figure",
    "kind",
    "matches",
    "one",
    "parse_lines",
    "resolve",
    "show",
]

LEAVES = (Money, Quantity, PartialDate, Provenance)


def figure(a: Achievement | Commitment) -> tuple[object, ...]:
    q = a.actual if isinstance(a, Achievement) else a.target
    line = a.provenance.line_start if a.provenance else None
    return (q.value, q.unit, q.bound, q.high, line)


def show(value: object) -> str:
    if isinstance(value, Money):
        return f"{value.to_wan():f}万元"
    if isinstance(value, Quantity):
        return f"{value.text!r} ({value.value}{value.unit or ''}, {value.bound.value})"
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, Provenance):
        return f"lines {value.line_start}-{value.line_end or value.line_start}"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if attrs.has(type(value)):
        return f"a {type(value).__name__}"
    return repr(value)


def diff(a: object, b: object, path: str) -> Iterator[tuple[str, str, str]]:
    """(path, sample, imported) for every field that differs; commitments aligned by text,
    achievements by figure and line."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        if any(isinstance(x, Achievement) for x in (*a, *b)):
            keys_a = [figure(x) for x in a]
            keys_b = [figure(x) for x in b]
            matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == "equal":
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                        yield from diff(a[i], b[j], f"{path}[{i}]")
                    continue
                for i in range(i1, i2):
                    yield f"{path}[{i}]", show(a[i].actual), "(none)"
                for j in range(j1, j2):
                    yield f"{path}[+{j}]", "(none)", show(b[j].actual)
            return
        if any(isinstance(x, Commitment) for x in (*a, *b)):
            by_text = {c.text: c for c in b}
            seen = {c.text for c in a}
            for c in a:
                where = f"{path}[{c.text!r}]"
                if c.text in by_text:
                    yield from diff(c, by_text[c.text], where)
                else:
                    yield where, show(c.target), "(none)"
            for c in b:
                if c.text not in seen:
                    yield f"{path}[{c.text!r}]", "(none)", show(c.target)
            return
        for index in range(max(len(a), len(b))):
            where = f"{path}[{index}]"
            if index >= len(a):
                yield where, "(none)", show(b[index])
            elif index >= len(b):
                yield where, show(a[index]), "(none)"
            else:
                yield from diff(a[index], b[index], where)
        return
    if attrs.has(type(a)) and type(a) is type(b) and not isinstance(a, LEAVES):
        for field in attrs.fields(type(a)):
            where = f"{path}.{field.name}" if path else field.name
            yield from diff(getattr(a, field.name), getattr(b, field.name), where)
        return
    if a != b:
        yield path, show(a), show(b)


def kind(path: str) -> str:
    return re.sub(r"\[(?:\+?\d+|'[^']*')\]", "[*]", path)


def matches(kind: str, pattern: str) -> bool:
    """``[*]`` stands for any index, a lone ``*`` for anything."""
    regex = re.escape(pattern).replace(r"\[\*\]", "\0").replace(r"\*", ".*")
    return re.fullmatch(regex.replace("\0", r"\[\*\]"), kind) is not None


def resolve(result: ImportResult, path: str) -> object:
    value: object = result
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", path):
        value = getattr(value, name)
        if index:
            assert isinstance(value, tuple)
            value = value[int(index)]
    return value


def as_money(value: object) -> set[Money]:
    if isinstance(value, Money):
        return {value}
    if isinstance(value, Commitment):
        value = value.target
    if isinstance(value, Quantity) and value.unit == "元":
        return {Money.from_yuan(v) for v in (value.value, value.high) if v is not None}
    return set()


def account(result: ImportResult) -> tuple[int, int]:
    """Check every amount (used where its path says, or named in a warning) and count them."""
    used = named = 0
    for mention in result.amounts:
        if mention.used_as is not None:
            assert mention.amount in as_money(resolve(result, mention.used_as)), mention
            used += 1
        else:
            assert any(
                w.line == mention.line and mention.text in w.message for w in result.warnings
            ), mention
            named += 1
    return used, named


def parse_lines(*lines: str) -> ImportResult:
    """Import a plan written line by line in a test."""
    return parse_plan("\n".join(lines), source="t.txt")


def one(result: ImportResult) -> Programme:
    """The one programme of an import (the warnings shown when there is not exactly one)."""
    assert len(result.programmes) == 1, result.warnings
    return result.programmes[0]


def aspect_cases(
    plans: Sequence[str],
    aspects: Collection[str],
    only: Mapping[str, Collection[str]],
    xfail: Mapping[tuple[str, str], str],
) -> list[Any]:
    """The (plan, aspect) cases of a genre-plan test, strictly xfailed where ``xfail`` says
    what the importer gets wrong: a fix makes its case fail until its entry is removed."""
    cases = []
    for plan in plans:
        for aspect in aspects:
            if aspect in only and plan not in only[aspect]:
                continue
            reason = xfail.get((plan, aspect))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(plan, aspect, marks=marks, id=f"{plan[:6]}-{aspect}"))
    return cases
