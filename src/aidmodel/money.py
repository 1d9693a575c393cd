"""Exact money (金额) in Chinese yuan, held to the fen (分).

Plans write money in 万元 with up to six decimals (3952.310194万元 is
39,523,101.94 元); aidmodel keeps it as a :class:`~decimal.Decimal` number of
yuan with exactly two decimal places. Floats are refused, a value finer than a
fen is an error, and nothing is ever rounded unless the caller asks for it.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, ClassVar, Final, Literal

import attrs

from aidmodel._chinese import parse_money_text
from aidmodel._exact import CENT, CTX, LIMIT, as_decimal, exact_yuan, tidy
from aidmodel._wording import N_
from aidmodel.errors import AmountError, InvalidTypeError, InvalidValueError

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["Money"]

_LOW: Final = -LIMIT
_ROUNDING_CTX: Final = decimal.Context(prec=100, traps=[InvalidOperation, decimal.Overflow])
_ROUNDINGS: Final = frozenset(
    {
        decimal.ROUND_CEILING,
        decimal.ROUND_DOWN,
        decimal.ROUND_FLOOR,
        decimal.ROUND_HALF_DOWN,
        decimal.ROUND_HALF_EVEN,
        decimal.ROUND_HALF_UP,
        decimal.ROUND_UP,
        decimal.ROUND_05UP,
    }
)


# A format spec Money takes: Decimal's, without the locale ("n"), the exponent and percent
# types, "z" (Python 3.11) and "_" (which Decimal does not take): [[fill]align][sign][0][width][grouping][.precision][f|F].
_SPEC: Final = re.compile(
    r"(?P<head>(?:.?[<>=^])?[-+ ]?0?[0-9]*,?)(?:\.(?P<precision>[0-9]+))?(?P<kind>[fF]?)",
    re.DOTALL,
)


def _yuan_field(value: Decimal | int | str) -> Decimal:
    if type(value) is Decimal and value.is_finite():
        # Fast path for already valid amounts (deserialization, arithmetic).
        try:
            cents = value.quantize(CENT, context=CTX)
        except decimal.DecimalException:
            cents = None
        if cents is not None and -LIMIT < cents < LIMIT:
            return cents
    return exact_yuan(value, "Money.yuan (金额)")


@attrs.frozen(order=True)
class Money:
    """An exact amount of money (金额) in yuan (元), to the fen (分).

    Construct it from yuan, 万元 or 亿元, or parse it from text as plans write it.
    It is frozen and hashable; ``+``, ``-``, :meth:`total` and comparisons are exact.
    Money adds, subtracts and compares with Money only (mypy says so too: ``Money + 1`` is
    a type error): a bare number has no unit.

    **Equality and truth** follow :class:`datetime.timedelta`, another quantity with a
    unit: Money equals only Money (``Money(0) == 0`` is ``False``, and ``mypy --strict``
    flags the comparison), its hash agrees with that equality (``Money("1")`` and
    ``Money("1.00")`` are equal and hash alike), and it is false when zero
    (``bool(Money(0))`` is ``False``, as ``bool(timedelta(0))`` is). Compare with
    :attr:`ZERO` to test for zero by equality.

    **Formatting**: ``str()`` and ``format(m, "")`` write the amount in yuan with its
    unit (``1234.50元``); a format spec formats the number of yuan as
    :class:`~decimal.Decimal` does, with types ``f`` or ``F`` (or none) and the unit
    after it: ``format(m, ",")`` is ``1,234.50元``, ``f"{m:>12,}"`` aligns the number. A
    precision that would drop a non-zero fen is an error, never a silent rounding; for
    display in a locale, in 万元 or rounded, use
    :func:`~aidmodel.formatting.format_money`.

    ``Money(x)`` is ``Money(yuan=x)``: the field names its unit, so ``Money("200")``
    is 200 元, as ``Money.from_yuan("200")`` is. It takes what :meth:`from_yuan`
    takes (a ``Decimal``, an ``int`` or a plain decimal string). Text as documents
    write it goes to :meth:`parse`, which wants the unit written: a bare ``200``
    there could be 元 or 万元.

    Attributes:
        yuan: The amount in yuan, a :class:`~decimal.Decimal` with two decimal places.

    >>> Money.from_wan("3952.310194")
    Money(yuan=Decimal('39523101.94'))
    >>> Money.parse("750万元") + Money.parse("16万")
    Money(yuan=Decimal('7660000.00'))
    >>> Money.total([Money.from_wan(750), Money.from_wan(16)]).to_wan()
    Decimal('766')
    >>> format(Money.from_wan("123.45"), ","), Money(0) == 0, bool(Money(0)), Money.ZERO == Money(0)
    ('1,234,500.00元', False, False, True)
    >>> Money("200") == Money.from_yuan("200") == Money.parse("200元")
    True
    >>> Money.from_wan(1.5)
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidTypeError: Money.from_wan: floats are not exact; expected a decimal string, Decimal or int (pass '1.5' or Decimal('1.5')), got 1.5

    .. versionadded:: 0.1.0
    """

    yuan: Decimal = attrs.field(converter=_yuan_field, metadata={"zh": "金额"})

    #: Zero yuan (零元), the start of a sum that mypy types as Money,
    #: ``sum(amounts, Money.ZERO)``; :meth:`total` is the same in one call.
    ZERO: ClassVar[Money]

    # -- constructors -------------------------------------------------------------------------

    @classmethod
    def _of(cls, cents: Decimal) -> Self:
        """Wrap a Decimal already known to be exact to the fen and within range."""
        if not _LOW < cents < LIMIT:
            raise AmountError(
                "Money", N_("too large"), expected=N_("less than 10^20 元 in magnitude"), got=cents
            )
        money = object.__new__(cls)
        object.__setattr__(money, "yuan", cents)
        return money

    @classmethod
    def from_yuan(cls, amount: Decimal | int | str) -> Self:
        """Money from an amount in yuan (元).

        Args:
            amount: A ``Decimal``, an ``int`` or a plain decimal string in ASCII digits
                ('39523101.94', '-5', ' 2400 '), as the wire format writes amounts. A
                string with an exponent ('1e3') or with digits of other forms
                (full-width, Arabic-Indic) is refused: pass a ``Decimal``, or
                read text as written with :meth:`parse`. :meth:`from_wan` and
                :meth:`from_yi` take the same.

        >>> Money.from_yuan("2400")
        Money(yuan=Decimal('2400.00'))
        >>> Money.from_yuan("39523101.94")
        Money(yuan=Decimal('39523101.94'))
        >>> Money.from_yuan("1e3")
        Traceback (most recent call last):
        ...
        aidmodel.errors.AmountError: Money.yuan (金额): an exponent; expected a plain decimal string ('1000') or Decimal('1e3'), got '1e3'

        .. versionchanged:: 0.2.0
           Strings with an exponent or non-ASCII digits are refused; ``Decimal()``
           read them.
        """
        return cls._of(exact_yuan(amount, "Money.yuan (金额)"))

    @classmethod
    def from_wan(cls, amount: Decimal | int | str) -> Self:
        """Money from an amount in 万元 (ten thousand yuan), as plans write it.

        >>> Money.from_wan("3952.310194")
        Money(yuan=Decimal('39523101.94'))
        >>> Money.from_wan(766).to_yuan()
        Decimal('7660000.00')
        """
        return cls._of(exact_yuan(amount, "Money.from_wan", 4))

    @classmethod
    def from_yi(cls, amount: Decimal | int | str) -> Self:
        """Money from an amount in 亿元 (a hundred million yuan).

        >>> Money.from_yi("1.68")
        Money(yuan=Decimal('168000000.00'))
        """
        return cls._of(exact_yuan(amount, "Money.from_yi", 8))

    @classmethod
    def from_fen(cls, fen: int) -> Self:
        """Money from a whole number of fen (分).

        >>> Money.from_fen(3952310194)
        Money(yuan=Decimal('39523101.94'))
        """
        if isinstance(fen, bool) or not isinstance(fen, int):
            raise InvalidTypeError(
                "Money.from_fen", N_("not a whole number of fen"), expected=N_("an int"), got=fen
            )
        return cls._of(Decimal(fen).scaleb(-2, CTX))

    @classmethod
    def parse(cls, text: str) -> Self:
        """Parse a written amount: ``766万元``, ``5,487万元``, ``1.68亿元``, ``柒佰陆拾陆万元整``.

        Understood: Arabic digits (half- or full-width, with thousands separators),
        Chinese numerals (lowercase, uppercase, or mixed with digits: ``1.5万元``;
        never digit by digit: ``一二三元`` is an error), one sign (``-``, ``负``), a
        currency before or after the amount (``¥``, ``￥``, ``CN¥``, ``人民币``,
        ``RMB``, ``CNY``: ``-¥5.00``, ``¥-5.00``, ``500万元人民币``) and the unit:
        元 or 圆, 万元 or 万 alone, 亿元 or 亿 alone (plans write 上年结余16万 for
        16万元). Amounts with 角 and 分 go through :func:`~aidmodel.numerals.parse_rmb_upper`.
        A bare number is refused, since it could be 元 or 万元: say
        :meth:`from_yuan` or :meth:`from_wan` instead; after a currency it is 元.

        What :func:`~aidmodel.formatting.format_money` writes reads back to the
        same amount, with units ``"wan"``, ``"yuan"``, ``"yi"`` and ``"auto"``,
        ``rounding=None``, in every locale that writes numbers as 1,234.56 or
        1234.56 (Chinese and English ones among them: ``766 × 10,000 yuan`` too).
        Rounded displays (``rounding=``, ``"compact"``) are not the amount, and
        locales that write 1.234,56 or 1 234,56 (de, fr, en_DE), group digits
        otherwise (de_CH, en_IN) or use other digits are not read.

        >>> Money.parse("3952.310194万元")
        Money(yuan=Decimal('39523101.94'))
        >>> Money.parse("5,487万元").to_wan()
        Decimal('5487')
        >>> Money.parse("柒佰陆拾陆万元整").to_wan()
        Decimal('766')
        >>> Money.parse("766万"), Money.parse("-¥5.00")
        (Money(yuan=Decimal('7660000.00')), Money(yuan=Decimal('-5.00')))
        >>> Money.parse("766")
        Traceback (most recent call last):
        ...
        aidmodel.errors.NumeralError: Money.parse: no unit; expected an amount with a unit: 元, 万 or 万元, 亿 or 亿元, got '766'

        .. versionchanged:: 0.2.0
           Reads what ``format_money`` writes (negative yuan, ``CN¥``, a currency
           after the amount, English); refuses digits one by one and a second sign.
        """  # noqa: RUF002 - English output has the multiplication sign
        return cls._of(parse_money_text(text, "Money.parse"))

    @classmethod
    def total(cls, amounts: Iterable[Money]) -> Money:
        """The exact sum of amounts (合计), :attr:`ZERO` for none; typed ``Money`` where
        ``sum(amounts)`` is ``Money | Literal[0]`` to mypy.

        >>> Money.total([Money.from_wan(750), Money.from_wan(16)])
        Money(yuan=Decimal('7660000.00'))
        >>> Money.total([])
        Money(yuan=Decimal('0.00'))
        >>> Money.total([Money.from_wan(750), 16])
        Traceback (most recent call last):
        ...
        aidmodel.errors.InvalidTypeError: Money.total, item 2: an int is not Money; expected Money (Money.from_wan(16), Money.parse('16万元')), got 16

        .. versionadded:: 0.3.0
        """
        yuan = Decimal(0)
        for index, amount in enumerate(amounts):
            kind: type = type(amount)
            if kind is not Money:
                name = kind.__name__
                where = f"Money.total, item {index + 1}"
                raise InvalidTypeError(
                    where,
                    N_("%(article)s %(type)s is not Money"),
                    expected=N_(
                        "Money (Money.from_wan(%(amount)r), Money.parse('%(written)s万元'))"
                    )
                    if kind is int
                    else N_("Money"),
                    got=amount,
                    params={
                        "article": "an" if name[0].lower() in "aeiou" else "a",
                        "type": name,
                        "amount": amount,
                        "written": str(amount),
                    },
                )
            yuan = CTX.add(yuan, amount.yuan)
        return Money._of(yuan.quantize(CENT, context=CTX))

    # -- conversions --------------------------------------------------------------------------

    def to_yuan(self) -> Decimal:
        """The amount in yuan, with two decimal places.

        >>> Money.from_wan("0.5").to_yuan()
        Decimal('5000.00')
        """
        return self.yuan

    def to_wan(self) -> Decimal:
        """The amount in 万元, exact, without trailing zeros.

        >>> Money.from_yuan("39523101.94").to_wan()
        Decimal('3952.310194')
        >>> Money.from_yuan(7660000).to_wan()
        Decimal('766')
        """
        return tidy(self.yuan.scaleb(-4, CTX))

    def to_yi(self) -> Decimal:
        """The amount in 亿元, exact, without trailing zeros.

        >>> Money.from_wan(5487).to_yi()
        Decimal('0.5487')
        """
        return tidy(self.yuan.scaleb(-8, CTX))

    def to_fen(self) -> int:
        """The amount as a whole number of fen (分).

        >>> Money.from_wan("3952.310194").to_fen()
        3952310194
        """
        return int(self.yuan.scaleb(2, CTX))

    def __str__(self) -> str:
        """The amount in yuan with its unit, parseable by :meth:`parse`.

        >>> str(Money.from_wan("3952.310194"))
        '39523101.94元'
        """
        return f"{self.yuan}元"

    def __format__(self, spec: str) -> str:
        """The amount formatted by a Decimal format spec, then 元 (see the class docstring).

        >>> amount = Money.from_yuan("1234567.5")
        >>> f"{amount:,}", f"{amount:>15,}", f"{amount:,.3f}", f"{amount}"
        ('1,234,567.50元', '   1,234,567.50元', '1,234,567.500元', '1234567.50元')
        >>> f"{amount:.0f}"
        Traceback (most recent call last):
        ...
        aidmodel.errors.AmountError: format(Money, '.0f'): it would round the amount; expected a precision of at least 1 for this amount, or format_money(..., rounding=0), got Money(yuan=Decimal('1234567.50'))
        """
        if not spec:
            return str(self)
        where = f"format(Money, {spec!r})"
        match = _SPEC.fullmatch(spec)
        if match is None:
            raise InvalidValueError(
                where,
                N_("not a format spec for an amount"),
                expected=N_("a Decimal format spec of type f or none, such as ',' or '>12,.2f'"),
                got=spec,
            )
        precision = match["precision"]
        if precision is not None:
            places = int(precision)
            fen = abs(self.to_fen()) % 100
            needed = 0 if not fen else 1 if fen % 10 == 0 else 2
            if places < needed:
                raise AmountError(
                    where,
                    N_("it would round the amount"),
                    expected=N_(
                        "a precision of at least %(needed)s for this amount, or format_money(..., rounding=%(places)s)"
                    ),
                    got=self,
                    params={"needed": needed, "places": places},
                )
            spec = f"{match['head']}.{places}{match['kind'] or 'f'}"
        try:
            return f"{format(self.yuan, spec)}元"
        except ValueError:  # what the pattern lets through and Decimal refuses ('0<,')
            raise InvalidValueError(
                where,
                N_("not a format spec for an amount"),
                expected=N_("a Decimal format spec of type f or none, such as ',' or '>12,.2f'"),
                got=spec,
            ) from None

    def __bool__(self) -> bool:
        """False for zero, as for :class:`datetime.timedelta` (see the class docstring)."""
        return bool(self.yuan)

    # -- arithmetic ---------------------------------------------------------------------------

    def __add__(self, other: Money) -> Money:
        if type(other) is Money:
            return Money._of(CTX.add(self.yuan, other.yuan))
        return NotImplemented

    def __radd__(self, other: Literal[0]) -> Money:
        # sum() without a start begins with the int 0 (typed Money | Literal[0]: see total()).
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if type(other) is Money:
            return Money._of(CTX.subtract(self.yuan, other.yuan))
        return NotImplemented

    def __neg__(self) -> Money:
        return Money._of(CTX.minus(self.yuan))

    def __pos__(self) -> Money:
        return self

    def __abs__(self) -> Money:
        return Money._of(CTX.abs(self.yuan))

    def __mul__(self, factor: int) -> Money:
        if isinstance(factor, int) and not isinstance(factor, bool):
            if abs(factor) >= LIMIT:
                raise AmountError(
                    "Money * int",
                    N_("too large"),
                    expected=N_("less than 10^20 元 in magnitude"),
                    got=factor,
                )
            return Money._of(CTX.multiply(self.yuan, factor))
        raise InvalidTypeError(
            "Money * factor",
            N_("only a whole number multiplies money exactly"),
            expected=N_("an int, or Money.multiply(rate, rounding=...) for a decimal rate"),
            got=factor,
        )

    __rmul__ = __mul__

    def multiply(self, rate: Decimal | int | str, *, rounding: str | None) -> Money:
        """Multiply by a rate (such as a dividend rate of 3%), rounding only as asked.

        Args:
            rate: The factor, a Decimal, int or decimal string (never a float).
            rounding: A :mod:`decimal` rounding mode (``decimal.ROUND_HALF_UP`` ...)
                used to bring the product to the fen, or ``None`` to require an
                exact product and raise :class:`~aidmodel.errors.AmountError` otherwise.

        >>> import decimal
        >>> Money.from_wan(1150).multiply(Decimal("0.03"), rounding=None).to_wan()
        Decimal('34.5')
        >>> Money.from_yuan("0.05").multiply("0.5", rounding=decimal.ROUND_HALF_UP)
        Money(yuan=Decimal('0.03'))
        >>> Money.from_yuan("0.05").multiply("0.5", rounding=None)
        Traceback (most recent call last):
        ...
        aidmodel.errors.AmountError: Money.multiply: finer than one fen (分); expected at most 2 decimal places, got Decimal('0.025')
        """
        factor = as_decimal(rate, "Money.multiply")
        product = CTX.multiply(self.yuan, factor)
        if rounding is None:
            return Money._of(exact_yuan(product, "Money.multiply"))
        if rounding not in _ROUNDINGS:
            raise InvalidTypeError(
                "Money.multiply",
                N_("unknown rounding mode"),
                expected=N_("a decimal.ROUND_* constant or None"),
                got=rounding,
            )
        rounded = product.quantize(CENT, rounding=rounding, context=_ROUNDING_CTX)
        return Money._of(exact_yuan(rounded, "Money.multiply"))


Money.ZERO = Money._of(Decimal("0.00"))
