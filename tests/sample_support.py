"""Helpers for the sample tests: seed texts, the figures written in them, the money in a model."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import attrs

from aidmodel import Money

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"

#: A figure written with a money unit: 766万元, 16万, 1.68亿元, 2400元, 450 万元 (PDF spaces).
#: 万 followed by another measure word (35 万亩, 40 万吨) is not money.
FIGURE = re.compile(
    r"(?<![0-9.])([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万元|万(?![亩吨平方米人个户名次台头])|亿元|亿|元)"
)


def seed_text(seed: str) -> str:
    """The text of seed ``"000"`` .. ``"004"`` (tests/fixtures/seeds)."""
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_file(seed: str) -> str:
    """The file name of a seed, for Provenance.source."""
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    return path.name


def figures(text: str) -> list[tuple[str, Money]]:
    """Every money figure written in ``text`` with its value (万 and 亿 scale the number)."""
    found = []
    for match in FIGURE.finditer(text):
        number, unit = match.group(1).replace(",", ""), match.group(2)
        value = Decimal(number)
        if unit.startswith("万"):
            money = Money.from_wan(value)
        elif unit.startswith("亿"):
            money = Money.from_yi(value)
        else:
            money = Money.from_yuan(value)
        found.append((match.group(0), money))
    return found


def walk(obj: object) -> Iterator[object]:
    """Every value inside a model object, depth first (attrs classes, tuples, lists)."""
    yield obj
    if isinstance(obj, Money):
        return
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            yield from walk(getattr(obj, field.name))
    elif isinstance(obj, tuple | list):
        for item in obj:
            yield from walk(item)


def money_values(obj: object) -> set[Money]:
    """Every Money in a model object, and every quantity in 元 as Money."""
    from aidmodel import Quantity

    values: set[Money] = set()
    for value in walk(obj):
        if isinstance(value, Money):
            values.add(value)
        elif isinstance(value, Quantity) and value.unit == "元":
            values.add(Money.from_yuan(value.value))
            if value.high is not None:
                values.add(Money.from_yuan(value.high))
    return values
