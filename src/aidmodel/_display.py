"""Text of decimals and dates, and the width of text on a terminal (private).

The building blocks :mod:`aidmodel.formatting` (which checks what users pass), the
fund plan writers (:mod:`aidmodel.fundplan`) and the ``aidmodel report`` command share:
they take checked values and a parsed :class:`babel.Locale`, and never raise.

>>> from babel import Locale
>>> from decimal import Decimal
>>> from aidmodel.model import DateSpan, PartialDate
>>> decimal_text(Decimal("12345.6700"), Locale.parse("zh_CN"))
'12,345.67'
>>> date_text(DateSpan(PartialDate(2025, 3), PartialDate(2025, 11)), Locale.parse("zh_CN"))
'2025年3月至11月'
>>> text_width("宜坪乡 A1")
9
"""

from __future__ import annotations

import decimal
import unicodedata
from decimal import Decimal
from typing import Final

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from aidmodel.model import DateSpan, PartialDate

__all__ = [
    "CHINESE_DASH",
    "CONTEXT",
    "STYLES",
    "char_width",
    "date_text",
    "decimal_text",
    "text_width",
]

#: The dash between the ends of a range (GB/T 15834-2011: 一字线).
CHINESE_DASH: Final = "—"
#: Decimal arithmetic for display: wide enough for any amount, never trapping.
CONTEXT: Final = decimal.Context(prec=100, rounding=decimal.ROUND_HALF_UP, traps=[])

#: The date styles: Babel's skeletons of a month and of a day in each.
STYLES: Final = {
    "short": ("yM", "yMd"),
    "medium": ("yMMM", "yMMMd"),
    "long": ("yMMMM", "yMMMMd"),
}


def _skeleton(date: PartialDate, style: str) -> str:
    if date.month is None:
        return "y"
    month, day = STYLES[style]
    return month if date.day is None else day


def date_text(date: PartialDate | DateSpan, locale: Locale, style: str = "medium") -> str:
    """:func:`aidmodel.formatting.format_date` for a checked date and a parsed locale."""
    if isinstance(date, DateSpan):
        return _span_text(date, locale, style)
    if locale.language == "zh":
        if style == "short" and date.month is not None:
            return "/".join(str(n) for n in (date.year, date.month, date.day) if n is not None)
        return _chinese_date(date)
    if style == "long" and date.day is not None:
        # Babel has no yMMMMd skeleton for most locales; the long date format is that.
        return babel_dates.format_date(date.first_day(), "long", locale=locale)
    return babel_dates.format_skeleton(_skeleton(date, style), date.first_day(), locale=locale)


def _chinese_date(date: PartialDate, *, after: PartialDate | None = None) -> str:
    """2025年3月9日; after ``after``, without the year (and month) it shares with it."""
    text = ""
    if after is None or after.year != date.year or date.month is None:
        text = f"{date.year}年"
    if date.month is not None:
        if after is None or text or after.month != date.month or date.day is None:
            text += f"{date.month}月"
        if date.day is not None:
            text += f"{date.day}日"
    return text


def _span_text(span: DateSpan, locale: Locale, style: str) -> str:
    start, end = span.start, span.end
    if locale.language == "zh":
        if start == end:
            return date_text(start, locale, style)
        if start.month is None and end.month is None:
            return f"{start.year}{CHINESE_DASH}{end.year}年"
        if start.precision != end.precision or style == "short":
            return date_text(start, locale, style) + CHINESE_DASH + date_text(end, locale, style)
        return _chinese_date(start) + "至" + _chinese_date(end, after=start)
    if start.precision == end.precision:
        return babel_dates.format_interval(
            start.first_day(), end.first_day(), _skeleton(start, style), locale=locale
        )
    first = babel_dates.format_skeleton(_skeleton(start, style), start.first_day(), locale=locale)
    last = babel_dates.format_skeleton(_skeleton(end, style), end.first_day(), locale=locale)
    fallback = locale.interval_formats.get(None) or "{0} \u2013 {1}"
    return str(fallback).replace("{0}", first).replace("{1}", last)


def decimal_text(number: Decimal, locale: Locale, *, group: bool = True) -> str:
    """Every digit of ``number`` with the locale's separators (no rounding, no trailing zeros)."""
    with decimal.localcontext(CONTEXT):
        return babel_numbers.format_decimal(
            number, locale=locale, decimal_quantization=False, group_separator=group
        )


def char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    """Columns a terminal gives the text: 2 for wide (W) and full-width (F) characters."""
    return sum(char_width(char) for char in text)
