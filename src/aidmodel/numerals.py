"""Chinese numerals (中文数字) and uppercase amounts (大写金额); pure, no locale.

Four functions, two inverse pairs:

- :func:`to_chinese` / :func:`parse_chinese_number`: numbers as 七百六十六 or
  柒佰陆拾陆, and back from lowercase, uppercase or mixed text (三千五百万,
  两千万, 一千〇一, 1.5万, 二〇二五).
- :func:`rmb_upper` / :func:`parse_rmb_upper`: amounts as written on vouchers
  and in official plans (柒佰陆拾陆万元整), by the rules of the People's Bank
  of China for filling in vouchers (正确填写票据和结算凭证的基本规定).

Conventions of the output
-------------------------
Lowercase numerals (:func:`to_chinese`): 二 and never 两; 十 at the very start
for 10 to 19 (十五, 十万) and 一十 elsewhere (一百一十); one 零 for a run of zeros
inside a group of four digits or at the start of a group (一千零一,
十万零一十, 一亿零一千二百三十四), none where a group ends in zeros
(十万七千); units 万, 亿, 万亿, then 亿亿 (never 兆).

Uppercase amounts (:func:`rmb_upper`): 壹拾 for 10 to 19; 整 after 元 when there
is no 角 or 分, none after 角 or 分; one 零 for every run of zeros between two
non-zero digits, which includes the PBOC case of a zero 万位 or 元位 followed by a
non-zero digit (壹拾万零柒仟元整, 壹仟陆佰捌拾元零叁角贰分) — the rules allow
that 零 to be omitted, and :func:`parse_rmb_upper` accepts both forms; 元零X分
when 角 is zero; 零元整 for zero.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from aidmodel._chinese import (
    LOWER_DIGITS,
    MAX_DIGITS,
    TABLES,
    UPPER_DIGITS,
    digit_groups,
    integer_text,
    parse_number,
    parse_rmb,
    strip_text,
)
from aidmodel._exact import LIMIT, exact_yuan, tidy
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, InvalidValueError
from aidmodel.money import Money

__all__ = ["parse_chinese_number", "parse_rmb_upper", "rmb_upper", "to_chinese"]

# -- formatting --------------------------------------------------------------------------------


def to_chinese(n: int | Decimal, *, upper: bool = False) -> str:
    """Spell a number in Chinese numerals (中文数字), lowercase or uppercase (大写).

    Integers and decimals (with 点, fraction digits read one by one) below
    10^20 in magnitude; negatives take 负. See the module docstring for the
    conventions (二 not 两, 十 vs 一十, where 零 goes, 万亿 not 兆).

    Args:
        n: An ``int`` or a finite ``Decimal``; floats are refused as inexact.
        upper: Use the uppercase digits of financial writing (壹贰叁, 拾佰仟).

    >>> to_chinese(766)
    '七百六十六'
    >>> to_chinese(766, upper=True)
    '柒佰陆拾陆'
    >>> [to_chinese(x) for x in (15, 110, 1001, 100010, 100001234)]
    ['十五', '一百一十', '一千零一', '十万零一十', '一亿零一千二百三十四']
    >>> to_chinese(10**16), to_chinese(Decimal("-3952.310194"))
    ('一亿亿', '负三千九百五十二点三一零一九四')
    """
    if type(n) is int:
        negative = n < 0
        integer_digits = str(-n if negative else n)
        fraction_digits = ""
    elif isinstance(n, Decimal):
        if not n.is_finite():
            raise InvalidValueError(
                "to_chinese", N_("not a finite number"), expected=N_("a finite Decimal"), got=n
            )
        sign, digit_tuple, exponent = n.as_tuple()
        assert isinstance(exponent, int)
        negative = bool(sign) and bool(n)
        all_digits = "".join(map(str, digit_tuple))
        if exponent >= 0:
            integer_digits, fraction_digits = (all_digits + "0" * exponent).lstrip("0") or "0", ""
        else:
            all_digits = all_digits.rjust(-exponent + 1, "0")
            integer_digits = all_digits[:exponent].lstrip("0") or "0"
            fraction_digits = all_digits[exponent:]
    elif isinstance(n, bool | float | int):
        raise InvalidTypeError(
            "to_chinese",
            N_("a %(type)s is not an exact number"),
            expected=N_("an int or Decimal"),
            got=n,
            params={"type": type(n).__name__},
        )
    else:
        raise InvalidTypeError(
            "to_chinese",
            N_("%(type)s is not a number"),
            expected=N_("an int or Decimal"),
            got=n,
            params={"type": type(n).__name__},
        )
    if len(integer_digits) > MAX_DIGITS:
        raise InvalidValueError(
            "to_chinese", N_("too large"), expected=N_("less than 10^20 in magnitude"), got=n
        )
    digits = UPPER_DIGITS if upper else LOWER_DIGITS
    if integer_digits == "0":
        text = digits[0]
    else:
        text = "".join(integer_text(integer_digits, upper, pboc=False)[0])
    if fraction_digits:
        text += "点" + "".join(digits[ord(c) - 48] for c in fraction_digits)
    return "负" + text if negative else text


def rmb_upper(amount: Money | Decimal | int | str) -> str:
    """Write an amount in uppercase (人民币大写金额) by the PBOC voucher rules.

    Args:
        amount: :class:`~aidmodel.Money`, or an amount in yuan (元) as a
            ``Decimal``, ``int`` or decimal string; at most two decimal places.

    >>> rmb_upper(Money.from_wan(766))
    '柒佰陆拾陆万元整'
    >>> rmb_upper(Decimal("39523101.94"))
    '叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分'
    >>> rmb_upper("1409.02"), rmb_upper(107000), rmb_upper(0)
    ('壹仟肆佰零玖元零贰分', '壹拾万零柒仟元整', '零元整')
    >>> rmb_upper("0.001")
    Traceback (most recent call last):
    ...
    aidmodel.errors.AmountError: rmb_upper: finer than one fen (分); expected at most 2 decimal places, got '0.001'
    """
    kind = type(amount)
    if kind is Money:
        text = str(amount.yuan)  # type: ignore[union-attr]
    elif kind is str and (match := _AMOUNT_RE.fullmatch(amount)):  # type: ignore[arg-type]
        # Fast path for plain decimal strings: no Decimal needed.
        sign, integer_digits, jiao, fen = match.groups()
        return _rmb_text(sign == "-", integer_digits, jiao or "0", fen or "0")
    elif kind is int and -LIMIT < amount < LIMIT:  # type: ignore[operator]
        text = f"{amount}.00"
    else:
        text = str(exact_yuan(amount, "rmb_upper"))
    if text[0] == "-":
        return _rmb_text(True, text[1:-3], text[-2], text[-1])
    return _rmb_text(False, text[:-3], text[-2], text[-1])


_AMOUNT_RE: Final = re.compile(r"(-?)(0|[1-9][0-9]{0,19})(?:\.([0-9])([0-9])?)?")


def _tails() -> dict[str, tuple[str, str, str]]:
    """For each 角分 pair: the text after a non-zero 元 part, the same after a 元
    part ending in zero (元零X角), and the text when the 元 part is zero."""
    tails = {}
    for j, jiao in enumerate(UPPER_DIGITS):
        for f, fen in enumerate(UPPER_DIGITS):
            fen_text = f"{fen}分" if f else ""
            if j:
                plain = f"元{jiao}角{fen_text}"
                tails[f"{j}{f}"] = (plain, f"元零{jiao}角{fen_text}", f"{jiao}角{fen_text}")
            elif f:
                tails[f"{j}{f}"] = (f"元零{fen_text}", f"元零{fen_text}", fen_text)
            else:
                tails[f"{j}{f}"] = ("元整", "元整", "零元整")
    return tails


_TAILS: Final = _tails()


def _rmb_text(negative: bool, integer_digits: str, jiao: str, fen: str) -> str:
    """The uppercase amount from its digits (the integer part has no leading zeros)."""
    plain, after_zero, alone = _TAILS[jiao + fen]
    if integer_digits == "0":
        if jiao == fen == "0":
            return alone  # 零元整, whatever the sign of zero
        result = alone
    else:
        table = TABLES.get("upper") or digit_groups(True)
        n = len(integer_digits)
        if n <= 4:
            text, _, zero = table[integer_digits]
        elif n <= 8:
            high = table[integer_digits[:-4]]
            low_text, low_lead, zero = table[integer_digits[-4:]]
            if low_text:
                text = high[0] + ("万零" if high[2] or low_lead else "万") + low_text
            else:
                text, zero = high[0] + "万", True
        elif n <= 12:
            text, _, zero = table[integer_digits[:-8]]
            text += "亿"
            for group, unit in ((integer_digits[-8:-4], "万"), (integer_digits[-4:], "")):
                group_text, lead, trail = table[group]
                if group_text:
                    text += ("零" if zero or lead else "") + group_text + unit
                    zero = trail
                else:
                    zero = True
        else:
            pieces, zero = integer_text(integer_digits, True, pboc=True)
            text = "".join(pieces)
        result = text + (after_zero if zero else plain)
    return "负" + result if negative else result


def parse_chinese_number(text: str) -> Decimal:
    """Read a number written in Chinese numerals, Arabic digits or a mix of both.

    Lowercase (三千五百万, 两千万, 一千〇一), uppercase (拾陆, 叁仟伍佰万), mixed
    (1.5万, 3952.310194万, 5,487), full-width digits, digit-by-digit years
    (二〇二五) and decimals with 点 (三点一四); one sign (负 or -).

    The colloquial abbreviation counts from the last unit, in either script: one
    digit right after a unit stands for the rest of its group, so 一万二 and 1万2
    are 12000, 三千五 and 3千5 are 3500, and before 万 or 亿 too: 三千五万 is
    35,000,000. After 零 (一万零二, 1万零2) or with more digits (1万25, 1万2000)
    the digits are the figure itself. Amounts and quantities are never read digit
    by digit (:meth:`Money.parse <aidmodel.Money.parse>`,
    :func:`parse_rmb_upper` and :func:`~aidmodel.quantity.parse_quantity` refuse 一二三元);
    this function reads numbers, years and codes among them.

    Returns:
        The exact value as a ``Decimal`` without trailing fractional zeros.

    Raises:
        NumeralError: naming the character position and the offending character.

    >>> parse_chinese_number("三千五百万")
    Decimal('35000000')
    >>> [str(parse_chinese_number(t)) for t in ("两千万", "一千〇一", "拾陆", "1.23456万", "二〇二五")]
    ['20000000', '1001', '16', '12345.6', '2025']
    >>> [str(parse_chinese_number(t)) for t in ("一万二", "1万2", "三千五万", "一万零二", "1万25")]
    ['12000', '12000', '35000000', '10002', '10025']
    >>> parse_chinese_number("一千二三")
    Traceback (most recent call last):
    ...
    aidmodel.errors.NumeralError: parse_chinese_number, character 4: two digits in a row at '三'; expected a unit between digits (三千五百, not 三五), got '一千二三'

    .. versionchanged:: 0.2.0
       三千五万 is 35,000,000 (was 30,050,000) and 1万2 is 12000 like 一万二 (was 10002);
       a second sign (负负五) and a 零 at the end (一千零) are errors.
    """
    normal, start, end = strip_text(text, "parse_chinese_number")
    value = parse_number(normal, start, end, "parse_chinese_number", text, strict_upper=False)
    if type(value) is int:
        return Decimal(value)
    return tidy(value)  # type: ignore[arg-type]


def parse_rmb_upper(text: str) -> Money:
    """Read an amount written in uppercase (大写金额), lowercase or mixed notation.

    Accepts what :func:`rmb_upper` writes and the forms the PBOC rules allow
    besides (with or without the optional 零, 圆 for 元, 正 for 整, 整 after 角),
    lowercase (七百六十六万元整), mixed (1.5万元), a 人民币 or ¥ prefix and one sign
    (负 or -, before or after the prefix). Text in uppercase must be uppercase
    throughout: a 两 or 二 among 壹贰叁 is an error, as it would be on a voucher.
    So are a second sign (负负壹元), a 零 after 元 with no 角 or 分 after it
    (壹拾壹亿元零) and digits written one by one (叁叁元, 一二三元: that is how
    years and codes are written, not amounts).

    >>> parse_rmb_upper("柒佰陆拾陆万元整")
    Money(yuan=Decimal('7660000.00'))
    >>> parse_rmb_upper("玖仟陆佰陆拾伍圆壹角捌分").to_yuan()
    Decimal('9665.18')
    >>> parse_rmb_upper("叁仟伍佰万元整").to_wan()
    Decimal('3500')
    >>> parse_rmb_upper("柒佰两拾万元整")
    Traceback (most recent call last):
    ...
    aidmodel.errors.NumeralError: parse_rmb_upper, character 3: '两' is not an uppercase digit; expected 贰, got '柒佰两拾万元整'
    >>> parse_rmb_upper("叁叁元伍角")
    Traceback (most recent call last):
    ...
    aidmodel.errors.NumeralError: parse_rmb_upper, character 2: '叁叁' written digit by digit, as years and codes are; expected units between the digits, as in 叁拾叁, got '叁叁元伍角'

    .. versionchanged:: 0.2.0
       A second sign, a 零 at the end and digits one by one are errors; they were
       read (--5元 as 5元, 11亿元零 as 11亿元, 叁叁元 as 33元).
    """
    normal, start, end = strip_text(text, "parse_rmb_upper")
    return Money(parse_rmb(text, normal, start, end, "parse_rmb_upper"))
