"""Examples for aidmodel.Money: construction, parsing, arithmetic, refusals."""

from __future__ import annotations

import decimal
import pickle
from decimal import Decimal

import attrs
import pytest

from aidmodel import AmountError, InvalidTypeError, Money, NumeralError


@pytest.mark.parametrize(
    ("text", "yuan"),
    [
        ("3952.310194万元", "39523101.94"),
        ("766万元", "7660000"),
        ("5,487万元", "54870000"),
        ("1.68亿元", "168000000"),
        ("3.3亿元", "330000000"),
        ("2400元", "2400"),
        ("16万", "160000"),
        ("50亿", "5000000000"),
        ("３９５２．３１０１９４万元", "39523101.94"),
        ("５，４８７万元", "54870000"),
        ("柒佰陆拾陆万元整", "7660000"),
        ("叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分", "39523101.94"),
        ("三千五百万元", "35000000"),
        ("1.5万元", "15000"),
        ("¥39,523,101.94", "39523101.94"),
        ("￥2400", "2400"),
        ("人民币766万元", "7660000"),
        ("RMB 2400元", "2400"),
        (" 766万元 ", "7660000"),
        ("-5万元", "-50000"),
        ("0元", "0"),
        ("568.71万元", "5687100"),
        # 万 and 亿 alone are units, as plans write them (上年结余16万): 766万 is 766万元.
        ("766万", "7660000"),
        # What format_money writes reads back: a sign before or after the currency,
        # CN¥ (zh_Hant, en), the currency after the amount, the English 万 and 亿.
        ("-¥5.00", "-5"),
        ("¥-5.00", "-5"),
        ("-CN¥1,234,567.50", "-1234567.5"),
        ("CN¥\u00a00.01", "0.01"),
        ("-5.00\u00a0CN¥", "-5"),
        ("500万元人民币", "5000000"),
        ("3,952.310194 \u00d7 10,000 yuan", "39523101.94"),
        ("-0.0005 \u00d7 10,000 yuan", "-5"),
        ("0.3952310194 \u00d7 100 million yuan", "39523101.94"),
        ("2400 yuan", "2400"),
    ],
)
def test_parse(text: str, yuan: str) -> None:
    assert Money.parse(text) == Money.from_yuan(yuan)


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        (
            "766",
            NumeralError,
            "Money.parse: no unit; expected an amount with a unit: 元, 万 or 万元, 亿 or 亿元, got '766'",
        ),
        ("0.0000001万元", NumeralError, "finer than one fen (分)"),
        ("0.001元", NumeralError, "finer than one fen (分)"),
        ("", NumeralError, "Money.parse: blank text"),
        ("万元", NumeralError, "'万' without a number before it"),
        ("12 34万元", NumeralError, "malformed digits '34'"),
        # A bare figure could be 元 or 万元: refused, whatever Money("200") does (below).
        ("200", NumeralError, "Money.parse: no unit"),
        # One sign at most.
        ("负负壹元", NumeralError, "Money.parse, character 2: a second sign"),
        ("--5元", NumeralError, "Money.parse, character 2: a second sign"),
        ("-¥-5.00", NumeralError, "Money.parse, character 3: a second sign"),
        ("-", NumeralError, "Money.parse: no number"),
        ("¥", NumeralError, "Money.parse: no number"),
        # Amounts are not written digit by digit, in either case.
        ("叁叁元伍角", NumeralError, "Money.parse, character 2: '叁叁' written digit by digit"),
        ("一二三元", NumeralError, "expected units between the digits, as in 一百二十三"),
        ("一二三万元", NumeralError, "two digits in a row at '二'"),
    ],
)
def test_parse_errors(text: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Money.parse(text)
    assert message in str(info.value)
    assert repr(text) in str(info.value)


def test_constructors_agree() -> None:
    m = Money.from_yuan("39523101.94")
    assert Money.from_wan("3952.310194") == m
    assert Money.from_yi("0.3952310194") == m
    assert Money.from_fen(3952310194) == m
    assert Money(yuan=Decimal("39523101.94")) == m
    assert Money(yuan=Decimal("39523101.940000")) == m
    assert Money.from_yuan(Decimal("3.952310194E+7")) == m
    assert Money.from_yuan(7660000).yuan.as_tuple().exponent == -2


def test_conversions() -> None:
    m = Money.from_wan("3952.310194")
    assert m.to_yuan() == Decimal("39523101.94")
    assert str(m.to_wan()) == "3952.310194"
    assert str(Money.from_wan(766).to_wan()) == "766"
    assert str(Money.from_wan(5487).to_yi()) == "0.5487"
    assert m.to_fen() == 3952310194
    assert str(m) == "39523101.94元"
    assert Money.parse(str(m)) == m


def test_repr_round_trips() -> None:
    m = Money.from_wan("3952.310194")
    assert repr(m) == "Money(yuan=Decimal('39523101.94'))"
    assert eval(repr(m), {"Money": Money, "Decimal": Decimal}) == m


def test_frozen_hashable_and_evolve() -> None:
    m = Money.from_wan(1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.yuan = Decimal(1)  # type: ignore[misc]
    assert {Money.from_yuan("10000"), Money.from_wan(1)} == {m}
    assert attrs.evolve(m, yuan=Decimal("2.50")) == Money.from_yuan("2.5")
    with pytest.raises(AmountError, match=r"Money\.yuan \(金额\): finer than one fen"):
        attrs.evolve(m, yuan=Decimal("2.505"))
    assert pickle.loads(pickle.dumps(m)) == m


def test_arithmetic_is_exact() -> None:
    parts = [Money.from_wan("3900"), Money.from_wan("52.310194")]
    assert sum(parts) == Money.from_wan("3952.310194")
    assert sum(parts, Money.from_yuan(0)) == Money.from_wan("3952.310194")
    assert Money.from_wan(2000) + Money.from_wan(2705) - Money.from_wan(5005) == Money.from_wan(
        -300
    )
    assert -Money.from_wan(1) == Money.from_wan(-1)
    assert abs(Money.from_wan(-1)) == Money.from_wan(1)
    assert +Money.from_wan(1) == Money.from_wan(1)
    assert Money.from_wan(1) * 3 == 3 * Money.from_wan(1) == Money.from_wan(3)
    assert not Money.from_yuan(0)
    assert Money.from_yuan("0.01")


def test_comparisons() -> None:
    small, large = Money.from_wan(750), Money.from_wan(766)
    assert small < large <= large
    assert large > small >= small
    assert sorted([large, small]) == [small, large]
    assert max([small, large]) == large
    assert Money.from_wan(1) != Decimal(10000)
    with pytest.raises(TypeError):
        _ = small < Decimal(1)  # type: ignore[operator]


def test_multiply_needs_explicit_rounding() -> None:
    assert Money.from_wan(1150).multiply(Decimal("0.03"), rounding=None) == Money.from_wan("34.5")
    assert Money.from_wan(500).multiply("0.03", rounding=None) == Money.from_wan(15)
    half = Money.from_yuan("0.05")
    assert half.multiply("0.5", rounding=decimal.ROUND_HALF_UP) == Money.from_yuan("0.03")
    assert half.multiply("0.5", rounding=decimal.ROUND_HALF_EVEN) == Money.from_yuan("0.02")
    assert half.multiply("0.5", rounding=decimal.ROUND_DOWN) == Money.from_yuan("0.02")
    with pytest.raises(AmountError, match=r"finer than one fen .*got Decimal\('0\.025'\)"):
        half.multiply("0.5", rounding=None)
    with pytest.raises(InvalidTypeError, match="unknown rounding mode"):
        half.multiply("0.5", rounding="nearest")
    with pytest.raises(InvalidTypeError, match=r"Money\.multiply: floats are not exact"):
        half.multiply(0.5, rounding=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Money\.multiply\(rate, rounding=\.\.\.\)"):
        _ = half * Decimal("0.5")  # type: ignore[operator]
    with pytest.raises(InvalidTypeError, match="only a whole number multiplies money exactly"):
        _ = half * 0.5  # type: ignore[operator]


@pytest.mark.parametrize(
    ("constructor", "value", "error", "message"),
    [
        (
            Money.from_yuan,
            1.5,
            InvalidTypeError,
            "floats are not exact; expected a decimal string, Decimal or int (pass '1.5' or Decimal('1.5')), got 1.5",
        ),
        (Money.from_wan, 0.1, InvalidTypeError, "pass '0.1'"),
        (Money.from_yuan, True, InvalidTypeError, "a bool is not an amount"),
        (Money.from_yuan, None, InvalidTypeError, "NoneType is not an amount"),
        (
            Money.from_yuan,
            "0.001",
            AmountError,
            "Money.yuan (金额): finer than one fen (分); expected at most 2 decimal places, got '0.001'",
        ),
        (Money.from_wan, "0.0000001", AmountError, "expected at most 6 decimal places in 万元"),
        (Money.from_yi, "0.00000000001", AmountError, "expected at most 10 decimal places in 亿元"),
        (Money.from_yuan, "NaN", AmountError, "not a finite number"),
        (Money.from_yuan, "-Infinity", AmountError, "not a finite number"),
        (Money.from_yuan, Decimal("sNaN"), AmountError, "not a finite number"),
        (
            Money.from_yuan,
            Decimal("1e999999"),
            AmountError,
            "too large; expected less than 10^20 元 in magnitude, got Decimal('1E+999999')",
        ),
        (Money.from_yuan, Decimal("1e-999999"), AmountError, "finer than one fen"),
        (
            Money.from_wan,
            Decimal("1e17"),
            AmountError,
            "expected less than 10^16 万元 in magnitude",
        ),
        # Text is a plain decimal in ASCII digits, as the wire format writes amounts.
        (
            Money.from_yuan,
            "1e3",
            AmountError,
            "Money.yuan (金额): an exponent; expected a plain decimal string ('1000') or"
            " Decimal('1e3'), got '1e3'",
        ),
        (Money.from_yuan, "1e999999", AmountError, "an exponent; expected a plain decimal"),
        (Money.from_wan, "1E-2", AmountError, "an exponent"),
        (
            Money.from_yuan,
            "\u0661\u0662",  # Arabic-Indic digits
            AmountError,
            "Money.yuan (金额): digits other than 0-9; expected a decimal string in ASCII digits",
        ),
        (Money.from_yi, "１２", AmountError, "digits other than 0-9"),
        (Money, "\u0661\u0662", AmountError, "digits other than 0-9"),
        (
            Money.from_yuan,
            "abc",
            AmountError,
            "not a decimal number; expected a decimal string such as '766.00', got 'abc'",
        ),
        (Money.from_yuan, "1_000", AmountError, "not a decimal number"),
        (Money.from_yuan, "", AmountError, "not a decimal number"),
        (Money.from_yuan, "1." + "0" * 150 + "1", AmountError, "finer than one fen"),
    ],
)
def test_refusals(constructor: object, value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        constructor(value)  # type: ignore[operator]
    assert message in str(info.value)


def test_refused_errors_are_builtin_kinds_too() -> None:
    with pytest.raises(TypeError):
        Money.from_yuan(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finer than one fen"):
        Money.from_yuan("0.001")


def test_from_fen_refuses_non_ints() -> None:
    with pytest.raises(InvalidTypeError, match="not a whole number of fen"):
        Money.from_fen(Decimal(1))  # type: ignore[arg-type]


def test_range_limit() -> None:
    top = Money.from_yuan(Decimal("99999999999999999999.99"))
    with pytest.raises(AmountError, match="too large"):
        _ = top + Money.from_yuan("0.01")
    with pytest.raises(AmountError, match="too large"):
        Money(yuan=Decimal("1e20"))


def test_the_constructor_takes_the_yuan_field() -> None:
    # Money("200") is Money(yuan="200"): the field names its unit, as from_yuan does. Text as
    # written goes to Money.parse, which wants the unit, since 200 could be 元 or 万元.
    assert Money("200") == Money(yuan="200") == Money.from_yuan("200")
    with pytest.raises(NumeralError, match="no unit"):
        Money.parse("200")
    assert Money.parse("200元") == Money("200")


def test_issue_13_reproducers() -> None:
    """The one-line reproducers of issue 13 (money), each as it reads now."""
    from aidmodel.formatting import format_money

    assert Money.parse(format_money(Money.from_yuan("-5"), unit="yuan")) == Money.from_yuan(-5)
    with pytest.raises(AmountError, match=r"^Money\.yuan \(金额\): digits other than 0-9"):
        Money.from_yuan("\u0661\u0662")
    with pytest.raises(AmountError, match=r"^Money\.yuan \(金额\): an exponent"):
        Money.from_yuan("1e3")
    assert Money("200") == Money.from_yuan(200)
    with pytest.raises(NumeralError, match=r"^Money\.parse: no unit"):
        Money.parse("200")
    assert Money.parse("766万") == Money.from_wan(766)
