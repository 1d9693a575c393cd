"""Examples and tables for aidmodel.numerals: to_chinese, rmb_upper and their inverses."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidmodel import (
    AidModelError,
    InvalidTypeError,
    InvalidValueError,
    Money,
    NumeralError,
    parse_chinese_number,
    parse_rmb_upper,
    rmb_upper,
    to_chinese,
)

LOWER = [
    (0, "零"),
    (7, "七"),
    (10, "十"),
    (15, "十五"),
    (20, "二十"),
    (22, "二十二"),
    (100, "一百"),
    (110, "一百一十"),
    (115, "一百一十五"),
    (766, "七百六十六"),
    (1001, "一千零一"),
    (1010, "一千零一十"),
    (1100, "一千一百"),
    (2000, "二千"),
    (10000, "一万"),
    (10001, "一万零一"),
    (10010, "一万零一十"),
    (10100, "一万零一百"),
    (11000, "一万一千"),
    (100000, "十万"),
    (100010, "十万零一十"),
    (107000, "十万七千"),
    (150000, "十五万"),
    (1000000, "一百万"),
    (7660000, "七百六十六万"),
    (35000000, "三千五百万"),
    (100000000, "一亿"),
    (100001234, "一亿零一千二百三十四"),
    (100010000, "一亿零一万"),
    (110000000, "一亿一千万"),
    (101000000, "一亿零一百万"),
    (1000000000, "十亿"),
    (1200000000, "十二亿"),
    (10**12, "一万亿"),
    (10**12 + 10**7, "一万亿零一千万"),
    (1234500000000, "一万二千三百四十五亿"),
    (10**13, "十万亿"),
    (10**16, "一亿亿"),
    (10**16 + 1, "一亿亿零一"),
    (-5, "负五"),
    (-100010, "负十万零一十"),
]

UPPER = [
    (0, "零"),
    (10, "壹拾"),
    (15, "壹拾伍"),
    (766, "柒佰陆拾陆"),
    (1001, "壹仟零壹"),
    (100010, "壹拾万零壹拾"),
    (3952, "叁仟玖佰伍拾贰"),
]

# Uppercase amounts by the PBOC voucher rules (正确填写票据和结算凭证的基本规定).
PBOC = [
    ("0", "零元整"),
    ("0.05", "伍分"),
    ("0.50", "伍角"),
    ("0.56", "伍角陆分"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("30.10", "叁拾元零壹角"),
    ("100", "壹佰元整"),
    ("105", "壹佰零伍元整"),
    ("1409.02", "壹仟肆佰零玖元零贰分"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("2400", "贰仟肆佰元整"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("107000.53", "壹拾万零柒仟元零伍角叁分"),
    ("107000", "壹拾万零柒仟元整"),
    ("325000", "叁拾贰万伍仟元整"),
    ("1000000", "壹佰万元整"),
    ("7660000", "柒佰陆拾陆万元整"),
    ("35000000", "叁仟伍佰万元整"),
    ("39523101.94", "叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分"),
    ("50050000", "伍仟零伍万元整"),
    ("54870000", "伍仟肆佰捌拾柒万元整"),
    ("100001234", "壹亿零壹仟贰佰叁拾肆元整"),
    ("392420000", "叁亿玖仟贰佰肆拾贰万元整"),
    ("1200000000.05", "壹拾贰亿元零伍分"),
    ("1000000000000", "壹万亿元整"),
    ("-5", "负伍元整"),
    ("-0.05", "负伍分"),
]


@pytest.mark.parametrize(("number", "text"), LOWER, ids=[t for _, t in LOWER])
def test_to_chinese_lowercase(number: int, text: str) -> None:
    assert to_chinese(number) == text
    assert parse_chinese_number(text) == number


@pytest.mark.parametrize(("number", "text"), UPPER, ids=[t for _, t in UPPER])
def test_to_chinese_uppercase(number: int, text: str) -> None:
    assert to_chinese(number, upper=True) == text
    assert parse_chinese_number(text) == number


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (Decimal("3.14"), "三点一四"),
        (Decimal("0.5"), "零点五"),
        (Decimal("3952.310194"), "三千九百五十二点三一零一九四"),
        (Decimal("-0.05"), "负零点零五"),
        (Decimal("1.10"), "一点一零"),
        (Decimal("1E+3"), "一千"),
        (Decimal("-0"), "零"),
    ],
)
def test_to_chinese_decimals(number: Decimal, text: str) -> None:
    assert to_chinese(number) == text
    assert parse_chinese_number(text) == number


@pytest.mark.parametrize(("yuan", "text"), PBOC, ids=[t for _, t in PBOC])
def test_rmb_upper_pboc_rules(yuan: str, text: str) -> None:
    amount = Money.from_yuan(yuan)
    assert rmb_upper(amount) == text
    assert rmb_upper(Decimal(yuan)) == text
    assert rmb_upper(yuan) == text
    assert parse_rmb_upper(text) == amount


@pytest.mark.parametrize("zero", ["-0", "-0.00", "-0.0", Decimal("-0"), Decimal("-0.00"), 0])
def test_rmb_upper_negative_zero_is_zero(zero: str | Decimal | int) -> None:
    assert rmb_upper(zero) == "零元整"
    assert rmb_upper(Money.from_yuan(zero)) == "零元整"


def test_rmb_upper_int_and_large() -> None:
    assert rmb_upper(7660000) == "柒佰陆拾陆万元整"
    assert rmb_upper(10**20 - 1).startswith("玖仟玖佰玖拾玖亿亿")
    with pytest.raises(InvalidValueError, match="too large"):
        rmb_upper(10**20)


@pytest.mark.parametrize(
    ("text", "yuan"),
    [
        # The optional 零 of the PBOC rules may be left out.
        ("壹拾万柒仟元整", "107000"),
        ("壹仟陆佰捌拾元叁角贰分", "1680.32"),
        ("壹拾万零柒仟元零伍角叁分", "107000.53"),
        # 圆 for 元, 正 for 整, 整 after 角, a 人民币 prefix, spaces around.
        ("玖仟陆佰陆拾伍圆壹角捌分", "9665.18"),
        ("叁仟伍佰万元正", "35000000"),
        ("壹元伍角整", "1.50"),
        ("人民币柒佰陆拾陆万元整", "7660000"),
        ("  柒佰陆拾陆万元整\n", "7660000"),
        ("零元伍角", "0.50"),
        ("拾元整", "10"),
        # Lowercase and mixed notation.
        ("七百六十六万元整", "7660000"),
        ("两千万元", "20000000"),
        ("1.5万元", "15000"),
        ("三元五角", "3.50"),
        # Traditional characters.
        ("柒佰陸拾陸萬圓整", "7660000"),
    ],
)
def test_parse_rmb_upper_accepts(text: str, yuan: str) -> None:
    assert parse_rmb_upper(text) == Money.from_yuan(yuan)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三千五百万", "35000000"),
        ("两千万", "20000000"),
        ("一千〇一", "1001"),
        ("一千零一", "1001"),
        ("拾陆", "16"),
        ("壹拾陆", "16"),
        ("十六", "16"),
        ("1.5万", "15000"),
        ("1.23456万", "12345.6"),
        ("3952.310194万", "39523101.94"),
        ("5,487万", "54870000"),
        ("1.68亿", "168000000"),
        ("二〇二五", "2025"),
        ("二零二五", "2025"),
        ("一九", "19"),
        ("五零", "50"),
        ("一万二", "12000"),
        ("三千五", "3500"),
        ("一百一", "110"),
        ("一万零二", "10002"),
        ("十万零一十", "100010"),
        ("一百十", "110"),
        ("百", "100"),
        ("千万", "10000000"),
        ("三点五万", "35000"),
        ("负三", "-3"),
        ("-1.5万", "-15000"),
        ("１２３", "123"),
        ("１．５万", "15000"),
        ("20万", "200000"),
        ("1万2千", "12000"),
        # An abbreviated tail (三千五 = 3500) scales within its group, before 万/亿 too.
        ("三千五万", "35000000"),
        ("三千五亿", "350000000000"),
        ("一百五万", "1500000"),
        ("十五万", "150000"),
        ("三千零五万", "30050000"),  # after 零 a digit is a digit: no tail
        ("一亿二万", "100020000"),  # 二 before 万 follows 亿, not a small unit
        # One reading for both scripts: one digit right after a unit is an abbreviated tail.
        ("1万2", "12000"),
        ("3千5", "3500"),
        ("3千5万", "35000000"),
        ("1亿2", "120000000"),
        ("1万零2", "10002"),
        ("1万25", "10025"),  # more than one digit is the figure itself
        ("1万2000", "12000"),
        ("一万亿", "1000000000000"),
        ("一亿亿", "10000000000000000"),
        ("萬", None),
    ],
)
def test_parse_chinese_number(text: str, value: str | None) -> None:
    if value is None:
        with pytest.raises(NumeralError):
            parse_chinese_number(text)
    else:
        result = parse_chinese_number(text)
        assert result == Decimal(value)
        assert str(result) == value  # no trailing zeros, no exponent


@pytest.mark.parametrize(
    ("text", "position", "problem"),
    [
        ("柒佰两拾万元整", 2, "'两' is not an uppercase digit; expected 贰"),
        ("柒佰陆十万元整", 3, "'十' is not an uppercase unit; expected 拾"),
        ("壹〇万元整", 1, "'〇' is not an uppercase digit; expected 零"),
        ("柒佰陆拾陆万元整伍", 7, "'整' before the end; expected 整 only at the end"),
        ("柒佰陆拾陆万元伍", 7, "expected 角 or 分 after the digit"),
        ("柒佰陆拾陆万元x", 7, "'x' where a digit of 角 or 分 belongs"),
        ("伍角伍角", 3, "'角' out of place"),
        ("元整", 0, "'元' without a number before it"),
        ("伍分伍角", 3, "'角' out of place"),
        # A doubled sign is an error, not a positive amount.
        ("--5元", 1, "a second sign; expected one sign before the amount"),
        ("负负壹元", 1, "a second sign"),
        ("负-壹元", 1, "a second sign"),
        ("¥-负5元", 2, "a second sign"),
        # A 零 after 元 needs a digit of 角 or 分 after it.
        ("11亿元零", 4, "'零' without a digit of 角 or 分 after it"),
        ("壹佰元零整", 3, "'零' without a digit of 角 or 分 after it"),
        ("壹佰元零零伍分", 3, "'零' without a digit of 角 or 分 after it"),
        ("壹仟零元整", 2, "零 at the end; expected a digit after 零"),
        # Amounts are not written digit by digit (that is how years and codes are written).
        (
            "叁叁元伍角",
            1,
            "'叁叁' written digit by digit, as years and codes are; expected"
            " units between the digits, as in 叁拾叁",
        ),
        ("一二三元", 1, "'一二三' written digit by digit"),
        ("二〇二五元整", 1, "expected units between the digits, as in 二千零二十五"),
    ],
)
def test_parse_rmb_upper_errors(text: str, position: int, problem: str) -> None:
    with pytest.raises(NumeralError) as info:
        parse_rmb_upper(text)
    assert info.value.position == position
    assert info.value.text == text
    assert problem in str(info.value)
    assert f"character {position + 1}" in str(info.value)


@pytest.mark.parametrize(
    ("text", "position", "problem"),
    [
        ("一千二三", 3, "two digits in a row at '三'"),
        ("三百千", 2, "'千' out of order"),
        ("一千百", 2, "'百' without a digit before it"),
        ("一亿二亿", 3, "'亿' repeated"),
        ("万", 0, "'万' without a number before it"),
        ("三x", 1, "'x' is not part of a number"),
        ("1,23万", 0, "malformed digits '1,23'"),
        ("五零万", 1, "'零' after a digit"),
        ("点", 0, "'点' without digits around it"),
        ("负负五", 1, "a second sign; expected one sign before the number"),
        ("-负5", 1, "a second sign"),
        ("一千零", 2, "零 at the end; expected a digit after 零, as in 一千零一"),
        ("一万零", 2, "零 at the end"),
    ],
)
def test_parse_chinese_number_errors(text: str, position: int, problem: str) -> None:
    with pytest.raises(NumeralError) as info:
        parse_chinese_number(text)
    assert info.value.position == position
    assert problem in str(info.value)


def test_parse_chinese_number_too_large() -> None:
    with pytest.raises(NumeralError, match="too large"):
        parse_chinese_number("一万亿亿")
    with pytest.raises(NumeralError, match="too large"):
        parse_chinese_number("1" + "0" * 20)
    with pytest.raises(NumeralError, match="too large"):
        parse_chinese_number("一" * 400)


def test_parse_rmb_upper_rejects_plain_numbers_and_sub_fen() -> None:
    with pytest.raises(NumeralError, match="no unit"):
        parse_rmb_upper("柒佰陆拾陆")
    with pytest.raises(NumeralError, match="finer than one fen"):
        parse_rmb_upper("0.001元")
    with pytest.raises(NumeralError, match="decimal 元 followed by 角 or 分"):
        parse_rmb_upper("3.5元五角")


@pytest.mark.parametrize(
    "bad", [1.5, True, None, "766", [766], Decimal("NaN"), Decimal("Infinity")]
)
def test_to_chinese_refuses_inexact_or_non_numbers(bad: object) -> None:
    with pytest.raises(AidModelError) as info:
        to_chinese(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError | ValueError)
    assert repr(bad) in str(info.value)


def test_to_chinese_refuses_float_with_type_error() -> None:
    with pytest.raises(InvalidTypeError, match="float is not an exact number"):
        to_chinese(1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="too large"):
        to_chinese(10**20)


def test_results_do_not_depend_on_the_thread_decimal_context() -> None:
    import decimal

    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.traps[decimal.Inexact] = True
        assert parse_chinese_number("3952.310194万") == Decimal("39523101.94")
        assert Money.parse("3952.310194万元").yuan == Decimal("39523101.94")
        assert rmb_upper("39523101.94") == "叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分"
        total = Money.from_wan("3900") + Money.from_wan("52.310194")
    assert total == Money.from_yuan("39523101.94")


@pytest.mark.parametrize(
    ("text", "yuan"),
    [
        ("负壹元", "-1"),
        ("-5元", "-5"),
        ("人民币负伍元", "-5"),
        ("负人民币伍元", "-5"),
        ("¥-5元", "-5"),
        ("壹元零伍分", "1.05"),
        ("壹仟陆佰捌拾元零叁角贰分", "1680.32"),
    ],
)
def test_parse_rmb_upper_reads_one_sign_before_or_after_the_currency(text: str, yuan: str) -> None:
    assert parse_rmb_upper(text) == Money.from_yuan(yuan)


def test_digit_by_digit_stays_right_for_years_and_codes() -> None:
    # parse_chinese_number reads numbers, years and codes among them; amounts refuse it.
    assert parse_chinese_number("二〇二五") == Decimal(2025)
    assert parse_chinese_number("叁叁") == Decimal(33)
    with pytest.raises(NumeralError, match="'叁叁' written digit by digit"):
        Money.parse("叁叁元伍角")
    with pytest.raises(NumeralError, match=r"Money.parse, character 2: '一二三' written digit"):
        Money.parse("一二三元")
    with pytest.raises(NumeralError, match="written digit by digit"):
        Money.parse("二〇二五元")


def test_issue_13_reproducers() -> None:
    """The one-line reproducers of issue 13 (numerals and money), each as it reads now."""
    assert parse_chinese_number("三千五万") == Decimal(35_000_000)
    assert parse_chinese_number("1万2") == parse_chinese_number("一万二") == Decimal(12000)
    with pytest.raises(NumeralError, match=r"^Money\.parse, character 2: '叁叁' written digit"):
        Money.parse("叁叁元伍角")
    with pytest.raises(NumeralError, match=r"^Money\.parse, character 2: '一二三' written digit"):
        Money.parse("一二三元")
    with pytest.raises(NumeralError, match=r"^parse_rmb_upper, character 2: a second sign"):
        parse_rmb_upper("--5元")
    with pytest.raises(NumeralError, match=r"^Money\.parse, character 2: a second sign"):
        Money.parse("负负壹元")
    with pytest.raises(
        NumeralError, match=r"^parse_rmb_upper, character 5: '零' without a digit of 角 or 分"
    ):
        parse_rmb_upper("11亿元零")


def test_a_long_run_of_digits_written_digit_by_digit_is_too_large() -> None:
    # The fuzz run's reproducer: 一 × n was multiplied out digit by digit before the range was
    # checked (quadratic in n); the range is known from the count of digits.
    with pytest.raises(NumeralError, match="too large"):
        parse_chinese_number("一" * 200_000)
    assert parse_chinese_number("二〇二五") == 2025
