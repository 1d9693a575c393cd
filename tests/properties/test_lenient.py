"""Properties of aidmodel.build: it reads the wire form (given unit="元") back to the object,
and what formatting writes back to the value."""

from __future__ import annotations

from hypothesis import given, settings

from aidmodel import DateSpan, Money, PartialDate, Programme, Quantity, build, to_dict

from strategies import date_spans, money, partial_dates, programmes, quantities


# Whole programmes are large: fewer examples keep the suite fast on two cores.
@settings(max_examples=60)
@given(programmes())
def test_the_wire_form_builds_back(programme: Programme) -> None:
    assert build(to_dict(programme), Programme, unit="元") == programme


@given(money)
def test_money_written_with_its_unit_builds_back(amount: Money) -> None:
    assert build(f"{amount.to_wan()}万元", Money) == amount
    assert build(str(amount.yuan), Money, unit="元") == amount
    assert build(amount.to_wan(), Money, unit="万元") == amount


@given(partial_dates())
def test_dates_build_back_from_iso_and_chinese(date: PartialDate) -> None:
    assert build(date.isoformat(), PartialDate) == date
    chinese = f"{date.year}年" + (
        ""
        if date.month is None
        else f"{date.month}月" + ("" if date.day is None else f"{date.day}日")
    )
    assert build(chinese, PartialDate) == date


@given(date_spans())
def test_spans_build_back(span: DateSpan) -> None:
    assert build(span.isoformat(), DateSpan) == span
    assert build(f"{span.start.isoformat()}至{span.end.isoformat()}", DateSpan) == span


@given(quantities())
def test_quantities_build_back_from_their_wire_form(quantity: Quantity) -> None:
    assert build(to_dict(quantity), Quantity) == quantity
