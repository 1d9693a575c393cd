"""Exact decimal arithmetic shared by money and numerals (private).

The building blocks below :class:`~aidmodel.Money` and the numeral parsers: one
:class:`~decimal.Context` that never rounds (``Inexact`` is trapped, so an operation
that would have to round raises), the range of amounts, and the checks that turn a
``str``, ``int`` or ``Decimal`` into yuan exact to the fen. It imports only
:mod:`aidmodel.errors`; :mod:`aidmodel.money`, :mod:`aidmodel.numerals` and
:mod:`aidmodel.quantity` import it.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal, InvalidOperation
from typing import Final

from aidmodel._wording import N_
from aidmodel.errors import AmountError, InvalidTypeError

__all__ = ["CENT", "CTX", "LIMIT", "as_decimal", "exact_yuan", "tidy"]

CENT: Final = Decimal("0.01")
#: Amounts must be smaller than this many yuan in magnitude (10^20, 一万亿亿).
LIMIT: Final = Decimal(10) ** 20
# All arithmetic goes through this context, never the thread's own: a caller's
# `getcontext().prec = 6` must not round money. Inexact is trapped, so any
# operation that would have to round raises instead.
CTX: Final = decimal.Context(
    prec=100,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[InvalidOperation, decimal.Overflow, decimal.DivisionByZero, decimal.Inexact],
)
_PLACES_IN: Final = {0: "元", 4: "万元", 8: "亿元"}
_PLAIN: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_SPECIAL: Final = re.compile(r"[+-]?(?:inf(?:inity)?|s?nan)", re.IGNORECASE)  # refused below
_EXPONENT: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+")


def as_decimal(value: object, where: str) -> Decimal:
    """Turn a str, int or Decimal into a finite Decimal; refuse floats and others."""
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool):
        raise InvalidTypeError(
            where,
            N_("a bool is not an amount"),
            expected=N_("a decimal string, Decimal or int"),
            got=value,
        )
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        # A plain decimal string in ASCII digits, as the wire format writes amounts: Decimal()
        # alone would also take '1_000', '1e3' and digits of other scripts ('١٢').
        text = value.strip()
        if not _PLAIN.fullmatch(text) and not _SPECIAL.fullmatch(text):
            if _EXPONENT.fullmatch(text):
                problem = N_("an exponent")
                plain = Decimal(text)
                expected = (
                    N_("a plain decimal string ('%(plain)s') or Decimal('%(text)s')")
                    if abs(plain.as_tuple().exponent) <= 40  # type: ignore[arg-type]
                    else N_("a plain decimal string such as '1000', or a Decimal")
                )
                params = {"plain": f"{plain:f}", "text": text}
            elif any(char.isdigit() and not char.isascii() for char in text):
                problem = N_("digits other than 0-9")
                expected = N_(
                    "a decimal string in ASCII digits (Money.parse reads text as written)"
                )
                params = {}
            else:
                problem = N_("not a decimal number")
                expected = N_("a decimal string such as '766.00'")
                params = {}
            raise AmountError(where, problem, expected=expected, got=value, params=params)
        number = Decimal(text)
    elif isinstance(value, float):
        raise InvalidTypeError(
            where,
            N_("floats are not exact"),
            expected=N_(
                "a decimal string, Decimal or int (pass '%(value)r' or Decimal('%(value)r'))"
            ),
            got=value,
            params={"value": value},
        )
    else:
        raise InvalidTypeError(
            where,
            N_("%(type)s is not an amount"),
            expected=N_("a decimal string, Decimal or int"),
            got=value,
            params={"type": type(value).__name__},
        )
    if not number.is_finite():
        raise AmountError(
            where, N_("not a finite number"), expected=N_("a finite decimal amount"), got=value
        )
    return number


def exact_yuan(value: object, where: str, shift: int = 0) -> Decimal:
    """Validate and scale an amount into yuan with exactly two decimal places."""
    number = as_decimal(value, where)
    if number and number.adjusted() + shift >= 20:
        raise AmountError(
            where,
            N_("too large"),
            expected=N_("less than 10^%(power)s %(unit)s in magnitude"),
            got=value,
            params={"power": 20 - shift, "unit": _PLACES_IN[shift]},
        )
    try:
        scaled = number.scaleb(shift, CTX) if shift else number
        cents = scaled.quantize(CENT, context=CTX)  # Inexact is trapped: finer than a fen
    except decimal.DecimalException:
        cents = None
    if cents is None:
        raise AmountError(
            where,
            N_("finer than one fen (分)"),
            expected=N_("at most %(places)s decimal places in %(unit)s")
            if shift
            else N_("at most %(places)s decimal places"),
            got=value,
            params={"places": 2 + shift, "unit": _PLACES_IN[shift]},
        )
    return cents


def tidy(number: Decimal) -> Decimal:
    """Drop trailing fractional zeros without going to scientific notation."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1), context=CTX)
    return number.normalize(CTX)
