"""Properties of the numerals: every formatter and its parser are inverse."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from aidmodel import Money, parse_chinese_number, parse_rmb_upper, rmb_upper, to_chinese

from strategies import decimals_6, fen_amounts, integers_full_range, integers_to_1e16, yuan_amounts


@given(integers_to_1e16, st.booleans())
@example(0, False)
@example(10**16, False)
@example(100010, False)
@example(10**12 + 10**7, True)
def test_parse_inverts_to_chinese(n: int, upper: bool) -> None:
    assert parse_chinese_number(to_chinese(n, upper=upper)) == n


@given(integers_full_range, st.booleans())
def test_parse_inverts_to_chinese_full_range_and_negatives(n: int, upper: bool) -> None:
    assert parse_chinese_number(to_chinese(n, upper=upper)) == n


@given(decimals_6)
def test_parse_inverts_to_chinese_decimals(d: Decimal) -> None:
    assert parse_chinese_number(to_chinese(d)) == d


@given(integers_to_1e16, st.booleans())
def test_numeral_output_shape(n: int, upper: bool) -> None:
    text = to_chinese(n, upper=upper)
    assert "零零" not in text
    if n:
        assert not text.endswith("零")
        assert not text.startswith("零")
    else:
        assert text == "零"
    assert "两" not in text
    assert "兆" not in text
    if upper:
        assert not set(text) & set("一二三四五六七八九十百千")
    else:
        assert not set(text) & set("壹贰叁肆伍陆柒捌玖拾佰仟")


@given(fen_amounts)
@example(0)
@example(140902)
@example(10700000)
@example(120000000005)
def test_parse_rmb_upper_inverts_rmb_upper(fen: int) -> None:
    amount = Money.from_fen(fen)
    text = rmb_upper(amount)
    assert parse_rmb_upper(text) == amount
    assert Money.parse(text) == amount


@given(fen_amounts)
def test_rmb_upper_shape(fen: int) -> None:
    text = rmb_upper(Money.from_fen(fen))
    assert "零零" not in text
    assert not text.endswith("零")
    assert text.startswith("零") == (fen == 0)
    if fen % 100 == 0:
        assert text.endswith("元整")
    elif fen % 10:
        assert text.endswith("分")
    else:
        assert text.endswith("角")
    assert not set(text) & set("一二三四五六七八九十百千两〇")


@given(yuan_amounts)
def test_rmb_upper_same_for_every_input_type(yuan: Decimal) -> None:
    assert rmb_upper(yuan) == rmb_upper(str(yuan)) == rmb_upper(Money.from_yuan(yuan))


@given(st.integers(min_value=0, max_value=10**19))
def test_rmb_upper_of_whole_yuan_agrees_with_uppercase_numerals(n: int) -> None:
    # Same digits; the voucher form may add a 零 where a group ends in zeros.
    voucher = rmb_upper(n).removesuffix("元整")
    if n == 0:
        assert voucher == "零"
    else:
        assert voucher.replace("零", "") == to_chinese(n, upper=True).replace("零", "")
