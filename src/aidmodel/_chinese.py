"""The grammar of Chinese numerals and written amounts (private).

Character tables (digits in every spelling, units, signs, currency words) and the
parsers that read a number or an amount of yuan out of text, returning a
:class:`~decimal.Decimal`: the shared building blocks of :mod:`aidmodel.numerals`,
:meth:`Money.parse <aidmodel.Money.parse>`, :mod:`aidmodel.quantity` and the text
readers. It imports only :mod:`aidmodel.errors` and :mod:`aidmodel._exact`, so the
layers go one way: ``_exact`` ← ``_chinese`` ← ``money`` ← ``numerals``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, DecimalException
from typing import Final

from aidmodel._exact import CENT, CTX, LIMIT
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, NumeralError

__all__ = [
    "DIGIT",
    "FULL_WIDTH",
    "LOWER_DIGITS",
    "MAX_DIGITS",
    "TABLES",
    "UPPER_DIGITS",
    "digit_groups",
    "integer_text",
    "parse_money_text",
    "parse_number",
    "parse_rmb",
    "spell",
    "strip_text",
]

# -- character tables ------------------------------------------------------------------------

# Full-width digits and punctuation mapped one to one, so positions stay valid.
_WIDTH: Final = str.maketrans(
    "".join(chr(0xFF10 + i) for i in range(10)) + "\uff0e\uff0c\uff0d\uff0b",
    "0123456789.,-+",
)
# Full-width ASCII (U+FF01 to U+FF5E) to ASCII and the ideographic space to a space, one for
# one: the normal form that text readers (commitments, importers) match their patterns on.
FULL_WIDTH: Final = str.maketrans(
    {**{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}, "\u3000": " "}
)
LOWER_DIGITS: Final = "零一二三四五六七八九"
UPPER_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
# Every spelling of a digit that parsing accepts, traditional forms included.
DIGIT: Final[dict[str, int]] = {
    **{c: i for i, c in enumerate(LOWER_DIGITS)},
    **{c: i for i, c in enumerate(UPPER_DIGITS)},
    "\u3007": 0,
    "两": 2,
    "兩": 2,
    "貳": 2,
    "參": 3,
    "陸": 6,
}
_UPPER_ONLY: Final = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟貳參陸")
# Uppercase digits as vouchers may write them, traditional forms included.
_UPPER_ACCEPTED: Final = frozenset(UPPER_DIGITS + "貳參陸")
# Lowercase character -> the uppercase one a voucher requires.
_UPPER_OF: Final[dict[str, str]] = {
    **{c: UPPER_DIGITS[i] for c, i in DIGIT.items() if c not in UPPER_DIGITS},
    "\u3007": "零",
    "十": "拾",
    "百": "佰",
    "千": "仟",
}
_SMALL: Final[dict[str, int]] = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3}
_BIG: Final[dict[str, int]] = {"万": 4, "萬": 4, "亿": 8, "億": 8}
_SIGN: Final = frozenset("负負-\u2212")  # and the minus sign U+2212
_POINT: Final = frozenset("点點")
_ARABIC: Final = frozenset("0123456789.,")
_ARABIC_RE: Final = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_YUAN: Final = frozenset("元圆圓")
_WHOLE: Final = frozenset("整正")
MAX_DIGITS: Final = 20  # numbers below 10^20, 一万亿亿

_POW10: Final[tuple[int, ...]] = tuple(int("1" + "0" * k) for k in range(21))


def _scale(value: Decimal | int, magnitude: int) -> Decimal | int:
    """value * 10**magnitude, exact whatever the thread's decimal context."""
    if isinstance(value, int):
        return value * _POW10[magnitude]
    result: Decimal = value.scaleb(magnitude, CTX)
    return result


def _plus(a: Decimal | int, b: Decimal | int) -> Decimal | int:
    """a + b, exact whatever the thread's decimal context."""
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    result: Decimal = CTX.add(a, b)
    return result


# -- spelling (what the messages quote) -------------------------------------------------


def _group_table(digits: str, units: str) -> dict[str, tuple[str, bool, bool]]:
    """Map every digit string of length 1-4 to (text, starts with 0, ends with 0)."""
    table: dict[str, tuple[str, bool, bool]] = {}
    for length in range(1, 5):
        for value in range(10**length):
            key = str(value).zfill(length)
            out: list[str] = []
            gap = False
            for pos, char in enumerate(key):
                digit = ord(char) - 48
                place = length - 1 - pos
                if digit == 0:
                    gap = bool(out)
                    continue
                if gap:
                    out.append(digits[0])
                    gap = False
                out.append(digits[digit])
                if place:
                    out.append(units[place])
            table[key] = ("".join(out), key[0] == "0", key[-1] == "0")
    return table


TABLES: dict[str, dict[str, tuple[str, bool, bool]]] = {}


def digit_groups(upper: bool) -> dict[str, tuple[str, bool, bool]]:
    key = "upper" if upper else "lower"
    table = TABLES.get(key)
    if table is None:
        table = TABLES[key] = (
            _group_table(UPPER_DIGITS, " 拾佰仟")
            if upper
            else _group_table(LOWER_DIGITS, " 十百千")
        )
    return table


def integer_text(digits: str, upper: bool, pboc: bool) -> tuple[list[str], bool]:
    """Spell a string of decimal digits (no leading zeros, at most 20).

    Returns the pieces and whether zeros follow the last non-zero digit.
    With ``pboc`` a zero at the end of a group (万位, 亿位) before a non-zero
    digit is written as 零 too.
    """
    table = digit_groups(upper)
    zero_char = "零"
    n = len(digits)
    first = n % 4 or 4
    groups = [digits[:first]]
    groups.extend(digits[i : i + 4] for i in range(first, n, 4))
    count = len(groups)
    out: list[str] = []
    started = False
    zero = False
    previous_nonzero = False
    for k, group in enumerate(groups):
        index = count - 1 - k  # 0: 个, 1: 万, 2: 亿, 3: 万亿, 4: 亿亿
        text, lead_zero, trail_zero = table[group]
        if text:
            if started and (zero or lead_zero):
                out.append(zero_char)
            if not started and not upper and text[0] == "一" and len(group.lstrip("0")) == 2:
                text = text[1:]  # 十五, 十万: no 一 before a leading 十
            out.append(text)
            started = True
            zero = pboc and trail_zero
            if index in (1, 3):
                out.append("万")
            elif index == 4:
                out.append("亿亿")
        elif started:
            zero = True
        if index == 2 and (text or previous_nonzero):
            out.append("亿")
        previous_nonzero = bool(text) and index == 3
    return out, zero


def spell(n: int, *, upper: bool = False) -> str:
    """A whole number from 0 to 10^20 - 1 in Chinese numerals (七百六十六, 柒佰陆拾陆)."""
    if n == 0:
        return UPPER_DIGITS[0] if upper else LOWER_DIGITS[0]
    return "".join(integer_text(str(n), upper, pboc=False)[0])


# -- parsing -----------------------------------------------------------------------------------


def _fail(
    func: str,
    text: str,
    pos: int | None,
    problem: str,
    expected: str | None = None,
    *,
    params: Mapping[str, object] | None = None,
) -> NumeralError:
    return NumeralError(func, text, pos, problem, expected=expected, params=params)


def parse_number(
    text: str,
    start: int,
    end: int,
    func: str,
    original: str,
    strict_upper: bool,
    *,
    digit_by_digit: bool = True,
) -> Decimal | int:
    """Parse text[start:end] as a number in any Chinese or Arabic notation.

    ``original`` is the caller's text (quoted in errors); ``text`` is its
    width-normalised copy, position for position. With ``digit_by_digit`` false
    a number written digit by digit (二〇二五, 一二三) is an error: amounts and
    quantities are never written so, years and codes are.
    """
    if start >= end:
        raise _fail(
            func,
            original,
            start if start < len(original) else None,
            N_("no number"),
            N_("digits or Chinese numerals"),
        )
    negative = False
    if text[start] in _SIGN:
        negative = True
        start += 1
        if start >= end:
            raise _fail(
                func,
                original,
                start - 1,
                N_("a sign without a number"),
                N_("digits after the sign"),
            )
        if text[start] in _SIGN:
            raise _fail(
                func, original, start, N_("a second sign"), N_("one sign before the number")
            )
    # Digit by digit (二〇二五, 一九): only digits, at least two of them.
    if end - start >= 2:
        # (Every character is a digit, or the text is read by units below; the value is
        # built only for a text short enough to be in range: a million 一 is checked in one
        # pass, not multiplied out, which took quadratic time.)
        positional = all(text[i] in DIGIT for i in range(start, end))
        digits_value = 0
        if positional:
            for i in range(start, min(end, start + MAX_DIGITS + 1)):
                digits_value = digits_value * 10 + DIGIT[text[i]]
            if end - start > MAX_DIGITS + 1:
                digits_value = _POW10[MAX_DIGITS]  # too many digits: out of range
        if positional:
            if not digit_by_digit:
                raise _fail(
                    func,
                    original,
                    start + 1,
                    N_("%(original)r written digit by digit, as years and codes are"),
                    N_("units between the digits, as in %(spelled)s")
                    if digits_value < _POW10[MAX_DIGITS]
                    else N_("units between the digits"),
                    params={
                        "original": original[start:end],
                        "spelled": spell(digits_value, upper=_is_upper(text, start, end))
                        if digits_value < _POW10[MAX_DIGITS]
                        else "",
                    },
                )
            if digits_value >= _POW10[MAX_DIGITS]:
                raise _fail(
                    func, original, None, N_("too large"), N_("less than 10^20 in magnitude")
                )
            if strict_upper:
                _check_upper(text, start, end, func, original)
            return -digits_value if negative else digits_value

    groups: list[tuple[Decimal | int, int]] = []  # (value, magnitude of its big unit)
    section: Decimal | int = 0  # value below the current big unit
    pending: Decimal | int | None = None  # a digit or Arabic number waiting for its unit
    pending_simple = False  # pending is one digit right after a unit (一万二, 1万2 = 12000)
    small = 4  # magnitude of the last small unit in this section
    last_unit = 0  # magnitude of the last unit seen
    after_zero = False
    zero_at = -1  # index of the last 零
    seen = False  # a number was written since the last big unit
    i = start
    while i < end:
        char = text[i]
        if char.isspace():  # layout spaces of PDF text: 需资金 450 万元
            i += 1
            continue
        digit = DIGIT.get(char)
        if digit is not None:
            if strict_upper:
                _require_upper(func, original, i, char)
            if digit == 0:
                if pending is not None:
                    raise _fail(
                        func,
                        original,
                        i,
                        N_("%(char)r after a digit"),
                        N_("a unit (十, 百, 千, 万, 亿) before 零"),
                        params={"char": char},
                    )
                after_zero, zero_at = True, i
                i += 1
                continue
            if pending is not None:
                raise _fail(
                    func,
                    original,
                    i,
                    N_("two digits in a row at %(char)r"),
                    N_("a unit between digits (三千五百, not 三五)"),
                    params={"char": char},
                )
            pending, pending_simple, seen = digit, not after_zero, True
            i += 1
            continue
        if char in _ARABIC:
            j = i
            while j < end and text[j] in _ARABIC:
                j += 1
            token = text[i:j]
            if pending is not None or len(token) > 40 or not _ARABIC_RE.fullmatch(token):
                raise _fail(
                    func,
                    original,
                    i,
                    N_("malformed digits %(original)r"),
                    N_("digits such as 3952.310194 or 5,487"),
                    params={"original": original[i:j]},
                )
            if strict_upper:
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(original)r is not an uppercase digit"),
                    "零壹贰叁肆伍陆柒捌玖",
                    params={"original": original[i]},
                )
            token = token.replace(",", "")
            pending = Decimal(token) if "." in token else int(token)
            # One digit after a unit is the abbreviated tail (1万2 = 12000, as 一万二).
            pending_simple, seen = j - i == 1 and not after_zero, True
            i = j
            continue
        if char in _POINT:
            if pending is None:
                pending = 0
            j = i + 1
            fraction = ""
            while j < end and text[j] in DIGIT:
                fraction += str(DIGIT[text[j]])
                j += 1
            if not fraction or not isinstance(pending, int):
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(char)r without digits around it"),
                    N_("digits on both sides, as in 三点五"),
                    params={"char": char},
                )
            if len(fraction) > 40:
                raise _fail(func, original, i, N_("too many decimal places"), N_("at most 40"))
            pending = Decimal(f"{pending}.{fraction}")
            pending_simple, seen = False, True
            i = j
            continue
        magnitude = _SMALL.get(char)
        if magnitude is not None:
            if strict_upper and char not in "拾佰仟":
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(char)r is not an uppercase unit"),
                    _UPPER_OF[char],
                    params={"char": char},
                )
            if magnitude >= small:
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(char)r out of order"),
                    N_("units in falling order (千, 百, 十)"),
                    params={"char": char},
                )
            if pending is None:
                # 十五 and 一百十 leave out the 一 of 一十; 百人, 千余人 that of a leading 一百, 一千.
                if magnitude != 1 and (section or groups or i != start):
                    raise _fail(
                        func,
                        original,
                        i,
                        N_("%(char)r without a digit before it"),
                        N_("a digit, as in 一%(char)s"),
                        params={"char": char},
                    )
                pending = 1
            if type(section) is int and type(pending) is int:
                section += pending * _POW10[magnitude]
            else:
                section = _plus(section, _scale(pending, magnitude))
            pending, small, last_unit, after_zero, seen = None, magnitude, magnitude, False, True
            i += 1
            continue
        magnitude = _BIG.get(char)
        if magnitude is not None:
            if magnitude == 8 and i + 1 < end and _BIG.get(text[i + 1]) == 8:
                magnitude = 16  # 亿亿
            value: Decimal | int = section
            if pending is not None:
                if pending_simple and 0 < last_unit < 4:
                    pending = _scale(pending, last_unit - 1)  # 三千五万 = 3500万, as 三千五 = 3500
                value = (
                    value + pending
                    if type(value) is int and type(pending) is int
                    else _plus(value, pending)
                )
            had = seen
            while groups and groups[-1][1] < magnitude:
                value = _plus(value, groups.pop()[0])
                had = True
            if not had:
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(char)r without a number before it"),
                    N_("a number, as in 一%(char)s"),
                    params={"char": char},
                )
            if groups and groups[-1][1] == magnitude:
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(char)r repeated"),
                    N_("each of 万, 亿 once, in falling order"),
                    params={"char": char},
                )
            groups.append(
                (
                    value * _POW10[magnitude] if type(value) is int else _scale(value, magnitude),
                    magnitude,
                )
            )
            section, pending, small, last_unit, after_zero, seen = (
                0,
                None,
                4,
                magnitude,
                False,
                False,
            )
            i += 2 if magnitude == 16 else 1
            continue
        raise _fail(
            func,
            original,
            i,
            N_("%(original)r is not part of a number"),
            N_("digits, Chinese numerals or units"),
            params={"original": original[i]},
        )
    if pending is not None:
        if pending_simple and last_unit and not after_zero:
            pending = _scale(pending, last_unit - 1)  # 一万二 = 12000, 三千五 = 3500
        section = _plus(section, pending)
    elif after_zero and (section or groups):
        raise _fail(
            func, original, zero_at, N_("零 at the end"), N_("a digit after 零, as in 一千零一")
        )
    total: Decimal | int = section
    for group_value, _ in groups:
        total = _plus(total, group_value)
    if total >= _POW10[MAX_DIGITS]:
        raise _fail(func, original, None, N_("too large"), N_("less than 10^20 in magnitude"))
    return -total if negative else total


def _check_upper(text: str, start: int, end: int, func: str, original: str) -> None:
    for i in range(start, end):
        char = text[i]
        if char in _UPPER_OF or char in "0123456789":
            raise _fail(
                func,
                original,
                i,
                N_("%(original)r is not an uppercase digit"),
                _UPPER_OF.get(char, "零壹贰叁肆伍陆柒捌玖"),
                params={"original": original[i]},
            )


def _require_upper(func: str, original: str, i: int, char: str) -> None:
    """Fail unless ``char`` (at ``i``) is a digit written in uppercase (大写: 壹, 贰 …)."""
    if char not in _UPPER_ACCEPTED:
        raise _fail(
            func,
            original,
            i,
            N_("%(char)r is not an uppercase digit"),
            _UPPER_OF.get(char),
            params={"char": char},
        )


def require_text(value: object, func: str) -> str:
    """The value itself when it is a ``str``; otherwise an InvalidTypeError naming ``func``.

    >>> require_text(5, "f")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidTypeError: f: int is not text; expected a str, got 5
    """
    if not isinstance(value, str):
        raise InvalidTypeError(
            func,
            N_("%(type)s is not text"),
            expected=N_("a str"),
            got=value,
            params={"type": type(value).__name__},
        )
    return value


def strip_text(text: object, func: str) -> tuple[str, int, int]:
    """Check the type, normalise width and return (text, start, end) without blanks."""
    text = require_text(text, func)
    normal = text.translate(_WIDTH)
    start, end = 0, len(normal)
    while start < end and normal[start].isspace():
        start += 1
    while end > start and normal[end - 1].isspace():
        end -= 1
    if start == end:
        raise _fail(func, text, None, N_("blank text"), N_("a number"))
    return normal, start, end


def _is_upper(text: str, start: int, end: int) -> bool:
    return any(text[i] in _UPPER_ONLY for i in range(start, end))


# Currency words before or after an amount (人民币766万元, ¥2400, CN¥5.00, 500万元人民币), and
# those Babel writes in some locales (¥CN in Persian; 元 before the figure in Japanese).
_CURRENCY: Final = ("人民币", "CN¥", "¥CN", "¥", "￥", "RMB", "CNY")
_CURRENCY_BEFORE: Final = (*_CURRENCY, "元")
# Those that parse_rmb_upper reads before an amount.
_RMB_PREFIXES: Final = ("人民币", "¥", "￥")


# Marks of writing direction that Babel writes around amounts in Arabic and Hebrew locales.
_BIDI: Final = frozenset("\u200e\u200f\u061c")


def _skip_blanks(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in _BIDI):
        start += 1
    return start


def _lead(
    normal: str, start: int, end: int, func: str, original: str, prefixes: tuple[str, ...]
) -> tuple[bool, int, bool]:
    """The sign and the currency word before an amount, in either order, each at most
    once (-¥5.00, ¥-5.00, 负人民币伍元): whether it is negative, where the number starts,
    and whether a currency was named. A second sign is an error (--5元, 负负壹元)."""
    negative = currency = False
    while start < end:
        if not negative and normal[start] in _SIGN:
            negative = True
            start = _skip_blanks(normal, start + 1, end)
            continue
        if not currency:
            prefix = next((p for p in prefixes if normal.startswith(p, start)), None)
            if prefix is not None:
                currency = True
                start = _skip_blanks(normal, start + len(prefix), end)
                continue
        break
    if negative and start < end and normal[start] in _SIGN:
        raise _fail(func, original, start, N_("a second sign"), N_("one sign before the amount"))
    return negative, start, currency


def parse_rmb(
    original: str,
    normal: str,
    start: int,
    end: int,
    func: str,
    *,
    negative: bool | None = None,
) -> Decimal:
    """Parse an amount with 元/角/分 structure into yuan (two decimal places).

    ``negative`` says the caller has read the sign and currency already; ``None``
    reads them here.
    """
    strict = _is_upper(normal, start, end)
    if negative is None:
        negative, start, _ = _lead(normal, start, end, func, original, _RMB_PREFIXES)
    if end > start and normal[end - 1] in _WHOLE:
        end -= 1
    yuan_at = -1
    for i in range(start, end):
        if normal[i] in _YUAN:
            yuan_at = i
            break
    if yuan_at < 0:
        if not any(normal[i] in "角分" for i in range(start, end)):
            raise _fail(
                func,
                original,
                None,
                N_("no unit"),
                N_("an amount with 元, such as 柒佰陆拾陆万元整"),
            )
        yuan: Decimal | int = 0
        rest = start
    else:
        if yuan_at == start:
            raise _fail(
                func,
                original,
                yuan_at,
                N_("%(original)r without a number before it"),
                N_("a number of 元, such as 柒佰陆拾陆万元"),
                params={"original": original[yuan_at]},
            )
        yuan = parse_number(normal, start, yuan_at, func, original, strict, digit_by_digit=False)
        rest = yuan_at + 1
    fraction = 0
    seen_jiao = seen_fen = False
    i = rest
    while i < end:
        char = normal[i]
        digit = DIGIT.get(char)
        if digit is None:
            if char in _WHOLE:
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(char)r before the end"),
                    N_("整 only at the end"),
                    params={"char": char},
                )
            raise _fail(
                func,
                original,
                i,
                N_("%(original)r where a digit of 角 or 分 belongs"),
                N_("a digit followed by 角 or 分"),
                params={"original": original[i]},
            )
        if strict:
            _require_upper(func, original, i, char)
        if digit == 0 and (i + 1 >= end or normal[i + 1] not in "角分"):
            if i + 1 >= end or DIGIT.get(normal[i + 1], 0) == 0:
                raise _fail(
                    func,
                    original,
                    i,
                    N_("%(char)r without a digit of 角 or 分 after it"),
                    N_("元零伍角 or 元零贰分, or nothing after 元"),
                    params={"char": char},
                )
            i += 1  # 元零伍角, 元零贰分
            continue
        unit = normal[i + 1] if i + 1 < end else ""
        if unit == "角" and not seen_jiao and not seen_fen:
            fraction += digit * 10
            seen_jiao = True
        elif unit == "分" and not seen_fen:
            fraction += digit
            seen_fen = True
        else:
            raise _fail(
                func,
                original,
                i + 1 if unit else i,
                N_("expected 角 or 分 after the digit")
                if not unit
                else N_("%(unit)r out of place"),
                N_("角 then 分, each once"),
                params={"unit": unit},
            )
        i += 2
    if yuan_at < 0 and not (seen_jiao or seen_fen):
        raise _fail(
            func, original, None, N_("no unit"), N_("an amount with 元, such as 柒佰陆拾陆万元整")
        )
    if fraction and isinstance(yuan, Decimal) and yuan != yuan.to_integral_value():
        raise _fail(
            func,
            original,
            yuan_at,
            N_("decimal 元 followed by 角 or 分"),
            N_("either 3.5元 or 叁元伍角"),
        )
    total = _plus(yuan, Decimal(fraction).scaleb(-2, CTX)) if fraction else yuan
    cents = _cents(total, func, original)
    return -cents if negative else cents


# Unit suffixes of a written amount, and how many characters the number parser drops.
_MONEY_UNITS: Final = (("元", 1), ("圆", 1), ("圓", 1), ("万", 0), ("萬", 0), ("亿", 0), ("億", 0))
_UNIT_EXPECTED: Final = N_("an amount with a unit: 元, 万 or 万元, 亿 or 亿元")
# The English units format_money writes (766 \u00d7 10,000 yuan), with their powers of ten.
_ENGLISH_SCALES: Final = (("10,000", 4), ("100 million", 8))


def _rskip_blanks(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _BIDI):
        end -= 1
    return end


def parse_money_text(text: str, func: str) -> Decimal:
    """Parse a written amount into yuan; the engine of :meth:`Money.parse`."""
    normal, start, end = strip_text(text, func)
    start, end = _skip_blanks(normal, start, end), _rskip_blanks(normal, start, end)
    negative, start, currency = _lead(normal, start, end, func, text, _CURRENCY_BEFORE)
    if not currency:  # 500万元人民币, 5.00 CN¥: the currency after the amount
        suffix = next((c for c in _CURRENCY if normal.endswith(c, start, end)), None)
        if suffix is not None:
            currency = True
            end = _rskip_blanks(normal, start, end - len(suffix))
    if start >= end:
        raise _fail(
            func, text, None, N_("no number"), N_("digits or Chinese numerals before the unit")
        )
    if _is_upper(normal, start, end) or any(normal[i] in "角分整正" for i in range(start, end)):
        return parse_rmb(text, normal, start, end, func, negative=negative)
    number_end = end
    scale = 0
    for unit, drop in _MONEY_UNITS:
        if normal.endswith(unit, start, end):
            number_end = end - drop
            break
    else:
        if normal.endswith("yuan", start, end):  # what format_money writes in English
            number_end = _rskip_blanks(normal, start, end - 4)
            for words, power in _ENGLISH_SCALES:
                if normal.endswith(words, start, number_end):
                    times = _rskip_blanks(normal, start, number_end - len(words))
                    if normal.endswith("\u00d7", start, times):
                        number_end, scale = _rskip_blanks(normal, start, times - 1), power
                    break
        elif not currency:  # ¥2400 names its unit; a bare 2400 does not
            raise _fail(func, text, None, N_("no unit"), _UNIT_EXPECTED)
    value = parse_number(
        normal, start, number_end, func, text, strict_upper=False, digit_by_digit=False
    )
    if scale:
        value = _scale(value, scale)
    cents = _cents(value, func, text)
    return -cents if negative else cents


def _cents(value: Decimal | int, func: str, text: str) -> Decimal:
    """Bring a parsed number of yuan to two decimal places, or say why it cannot be."""
    if not -LIMIT < value < LIMIT:
        raise _fail(func, text, None, N_("too large"), N_("less than 10^20 元 in magnitude"))
    try:
        return Decimal(value).quantize(CENT, context=CTX)  # Inexact is trapped
    except DecimalException:
        raise _fail(
            func,
            text,
            None,
            N_("finer than one fen (分)"),
            N_("at most 2 decimal places of 元 (6 of 万元)"),
        ) from None
