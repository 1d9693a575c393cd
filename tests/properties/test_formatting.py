"""Formatting round-trips: what Chinese display writes, the parsers read back exactly."""

from __future__ import annotations

import decimal

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from aidmodel import Money, Quantity, parse_quantity
from aidmodel.formatting import format_date, format_money, format_quantity

from strategies import (
    money,
    money_displays,
    partial_dates,
    word_locales,
    written_quantities,
)


@given(money)
def test_wan_display_parses_back(amount: Money) -> None:
    assert Money.parse(format_money(amount, locale="zh_CN")) == amount


@given(money)
def test_yi_display_parses_back(amount: Money) -> None:
    assert Money.parse(format_money(amount, locale="zh_CN", unit="yi")) == amount


@given(money)
def test_yuan_display_parses_back(amount: Money) -> None:
    assert Money.parse(format_money(amount, locale="zh_CN", unit="yuan")) == amount
    assert Money.parse(format_money(amount, locale="zh_CN", unit="auto")) == amount


@given(money, money_displays)
def test_every_display_that_does_not_round_parses_back(
    amount: Money, display: tuple[str, str]
) -> None:
    # Issue 13: '-¥5.00' and every other text format_money writes without rounding, in every
    # locale that writes numbers as 1,234.56: negatives, CN¥, ¥CN, a currency after the
    # figure, the English 万 and 亿, marks of writing direction.
    locale, unit = display
    assert Money.parse(format_money(amount, locale=locale, unit=unit)) == amount  # type: ignore[arg-type]


def test_negative_yuan_displays_parse_back() -> None:
    m = Money.from_yuan("-5")
    assert format_money(m, unit="yuan") == "-¥5.00"
    assert Money.parse("-¥5.00") == m
    for locale in ("zh_Hant_TW", "en", "en_150", "ar", "fa", "he", "ja"):
        assert Money.parse(format_money(m, locale=locale, unit="yuan")) == m


@given(money, st.integers(min_value=0, max_value=6))
def test_rounding_is_half_up_in_the_unit(amount: Money, places: int) -> None:
    shown = Money.parse(format_money(amount, locale="zh_CN", rounding=places))
    quantum = decimal.Decimal(1).scaleb(-places)
    expected = amount.to_wan().quantize(quantum, rounding=decimal.ROUND_HALF_UP)
    assert shown == Money.from_wan(expected)
    if places == 6:
        assert shown == amount  # six decimals of 万元 are the fen: nothing to round


@given(written_quantities())
def test_chinese_figures_parse_back(quantity: Quantity) -> None:
    text = format_quantity(quantity, locale="zh_CN")
    assert parse_quantity(text) == attrs.evolve(quantity, text=text)


@settings(max_examples=100)
@given(written_quantities(), word_locales)
def test_every_figure_has_words(quantity: Quantity, locale: str) -> None:
    text = format_quantity(quantity, locale=locale)
    assert text
    assert text == text.strip()


@settings(max_examples=100)
@given(partial_dates(), word_locales)
def test_every_date_formats(date: object, locale: str) -> None:
    text = format_date(date, locale=locale)  # type: ignore[arg-type]
    assert str(date.year) in text  # type: ignore[attr-defined]
