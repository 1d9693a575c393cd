"""Properties of Money: exact arithmetic and lossless conversions."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from aidmodel import Money

from strategies import money


@given(money)
def test_every_unit_round_trips(m: Money) -> None:
    assert Money.from_wan(m.to_wan()) == m
    assert Money.from_yi(m.to_yi()) == m
    assert Money.from_yuan(m.to_yuan()) == m
    assert Money.from_fen(m.to_fen()) == m
    assert Money.parse(str(m)) == m
    assert Money.parse(f"{m.to_wan()}万元") == m
    assert eval(repr(m), {"Money": Money, "Decimal": Decimal}) == m


@given(money, money)
def test_addition_is_exact(a: Money, b: Money) -> None:
    try:
        total = a + b
    except ValueError:
        assert abs(a.yuan + b.yuan) >= Decimal(10) ** 20
        return
    assert total.to_fen() == a.to_fen() + b.to_fen()
    assert total - b == a
    assert sum([a, b]) == total


@given(st.lists(money, max_size=20))
def test_sum_is_order_independent(items: list[Money]) -> None:
    try:
        forward = sum(items, Money.from_fen(0))
        backward = sum(reversed(items), Money.from_fen(0))
    except ValueError:
        return
    assert forward == backward
    assert forward.to_fen() == sum(m.to_fen() for m in items)


@given(money, money)
def test_order_matches_fen(a: Money, b: Money) -> None:
    assert (a < b) == (a.to_fen() < b.to_fen())
    assert (a == b) == (a.to_fen() == b.to_fen())
    assert (hash(a) == hash(b)) or a != b


@given(money)
def test_format_reads_back_and_equality_agrees_with_hash(m: Money) -> None:
    # Every written form of one amount is one Money: equal, and hashed alike.
    same = (Money(m.yuan), Money(f"{m.yuan:f}"), Money.from_fen(m.to_fen()), Money.parse(str(m)))
    assert all(x == m and hash(x) == hash(m) for x in same)
    # A format spec writes the number of yuan; the unit after it reads back.
    assert Money.parse(format(m, ",")) == m
    assert Money.parse(f"{m:.4f}") == m
    assert format(m, "") == str(m)
    # Money is false exactly when zero, and equals no number.
    assert bool(m) is (m != Money.ZERO)
    assert m != m.yuan


@given(st.lists(money, max_size=8))
def test_total_is_the_sum(amounts: list[Money]) -> None:
    try:
        expected = sum(amounts, Money.ZERO)
    except ValueError:  # an intermediate sum out of range
        return
    assert Money.total(amounts) == expected
