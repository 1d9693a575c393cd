"""Money's conventions: format specs, equality and truth, its zero and its total."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest

from aidmodel import Money
from aidmodel.errors import AmountError, InvalidTypeError, InvalidValueError

AMOUNT = Money.from_yuan("1234567.5")


@pytest.mark.parametrize(
    ("spec", "written"),
    [
        ("", "1234567.50元"),
        (",", "1,234,567.50元"),
        (">15,", "   1,234,567.50元"),
        ("*<14", "1234567.50****元"),
        ("+,", "+1,234,567.50元"),
        (",.2f", "1,234,567.50元"),
        (".1f", "1234567.5元"),
        (",.4F", "1,234,567.5000元"),
        ("015,", "0,001,234,567.50元"),
    ],
)
def test_format_specs(spec: str, written: str) -> None:
    assert format(AMOUNT, spec) == written


@pytest.mark.parametrize(
    ("spec", "error", "message"),
    [
        (
            ".0f",
            AmountError,
            "format(Money, '.0f'): it would round the amount; expected a precision of at least 1",
        ),
        (".1f", None, ""),
        ("e", InvalidValueError, "format(Money, 'e'): not a format spec for an amount"),
        ("%", InvalidValueError, "format(Money, '%'): not a format spec"),
        ("n", InvalidValueError, "format(Money, 'n'): not a format spec"),
        ("_", InvalidValueError, "format(Money, '_'): not a format spec"),
        ("x<<", InvalidValueError, "format(Money, 'x<<'): not a format spec"),
    ],
)
def test_format_refuses_rounding_and_other_types(
    spec: str, error: type[Exception] | None, message: str
) -> None:
    if error is None:
        format(AMOUNT, spec)
        return
    with pytest.raises(error, match=re.escape(message)):
        format(AMOUNT, spec)


def test_rounding_refused_only_where_a_fen_would_go() -> None:
    assert format(Money.from_wan(766), ",.0f") == "7,660,000元"
    with pytest.raises(AmountError, match="a precision of at least 2"):
        format(Money.from_yuan("0.05"), ".1f")


def test_equality_and_truth_follow_timedelta() -> None:
    # Money equals only Money, as a timedelta equals only a timedelta; both are false at zero.
    assert (Money(0) == 0) is (timedelta(0) == 0) is False
    assert bool(Money(0)) is bool(timedelta(0)) is False
    assert Money(0) == Money.ZERO == Money("0.00") == -Money.ZERO
    assert len({Money("1"), Money("1.00"), Money.from_fen(100)}) == 1
    assert Money("1") != Decimal("1")


def test_total_and_zero() -> None:
    assert Money.total([]) is not None
    assert Money.total([]) == Money.ZERO
    assert Money.total(iter([Money.from_wan(750), Money.from_wan(16)])) == Money.from_wan(766)
    assert sum([Money.from_wan(1)], Money.ZERO) == Money.from_wan(1)
    with pytest.raises(
        InvalidTypeError, match=re.escape("Money.total, item 2: an int is not Money")
    ):
        Money.total([Money.from_wan(750), 16])  # type: ignore[list-item]
    with pytest.raises(
        InvalidTypeError, match=re.escape("Money.total, item 1: a Decimal is not Money")
    ):
        Money.total([Decimal(1)])  # type: ignore[list-item]


def test_arithmetic_with_a_number_is_refused() -> None:
    with pytest.raises(TypeError):
        Money(1) + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        1 + Money(1)  # type: ignore[operator]
    assert 0 + Money(1) == Money(1)  # what sum() does first
