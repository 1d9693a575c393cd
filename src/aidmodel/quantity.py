"""Approximate and bounded figures (数量): 40名以上, 170余万元, 近60亿, 2—3个, 100人次/年.

Plans and reports rarely state a bare number: targets are lower bounds
(以上, 不少于), results are hedged (余, 约, 近), and ranges are common
(2—3个, 五六十万元). A :class:`Quantity` keeps the figure, its unit, its
:class:`Bound`, an optional period (``per``) and the text as written.

Meaning of each bound (how :func:`parse_quantity` reads the markers):

=================  ===========================  =====================
Bound              markers                      the true figure x
=================  ===========================  =====================
``EXACT``          (none)                       x = value
``AT_LEAST``       以上, 不少于, 不低于, 至少    x ≥ value
``MORE_THAN``      余, 多, 超过, 逾              x > value
``ABOUT``          约, 左右, 大约               x ≈ value
``NEARLY``         近, 将近, 接近               x < value, close to it
``AT_MOST``        以内, 以下, 不超过, 最多      x ≤ value
``LESS_THAN``      不足, 不到, 低于, 少于        x < value
``RANGE``          2—3, 1~2, 2至3, 五六十        value ≤ x ≤ high
=================  ===========================  =====================

以上, 以下 and 以内 include the figure, as in Chinese statutory usage; 超过 and 余
do not.

A range with a hedge (约2—3个, 2—3个左右) or a floor (2至3个以上, 不少于2—3个) is
read as the range: 约 is caution about both ends, and a range target is met from
its low end on, which is all 以上 adds; the words stay in ``text``. Other bounds
on a range (以内, 近, 不足, 超过 ...) contradict it and are an error. A figure is
never read digit by digit (二〇二五, 一二三): that is how years and codes are
written, not quantities.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

import attrs

from aidmodel._chinese import DIGIT, parse_number, strip_text
from aidmodel._exact import CTX, tidy
from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._validators import (
    exact_decimal,
    instance,
    int_to_decimal,
    optional_exact_decimal,
    optional_int_to_decimal,
    optional_non_blank,
)
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError, NumeralError
from aidmodel.money import Money

__all__ = ["BOUND_PREFIXES", "UNIT_ALIASES", "Bound", "Quantity", "parse_quantity"]


@labelled(
    EXACT="",
    AT_LEAST="以上",
    MORE_THAN="余",
    ABOUT="约",
    NEARLY="近",
    AT_MOST="以内",
    LESS_THAN="不足",
    RANGE="—",
)
class Bound(LabelledEnum):
    """How a written figure bounds the true one (以上, 余, 约, 近, 以内, a range).

    The values are the stable wire form; :attr:`label` is the Chinese marker.

    >>> Bound.AT_LEAST.value, Bound.AT_LEAST.label
    ('at_least', '以上')
    >>> Bound("more_than")
    <Bound.MORE_THAN: 'more_than'>
    """

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    NEARLY = "nearly"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


#: Spellings of one unit, mapped to the canonical one a :class:`Quantity` keeps.
#: Only true equivalences: 名, 人 and 人次 stay different units.
UNIT_ALIASES: Final[dict[str, str]] = {
    "平方米": "㎡",
    "平米": "㎡",
    "m2": "㎡",
    "m²": "㎡",
    "M2": "㎡",
    "千米": "公里",
    "km": "公里",
    "平方": "㎡",
    "圆": "元",
    "\uff05": "%",  # full-width percent sign
}


@attrs.frozen(kw_only=True)
class Quantity:
    """A figure with its unit and bound (数量), as targets and results are written.

    Attributes:
        value: The figure (数值), normalised: 170余万元 has value 1700000; for a
            range, the low end.
        unit: The canonical unit (单位): 名, 人次, 个, 元, ㎡, 公里, % ...; ``None``
            when the text names none (近60亿).
        bound: How the figure bounds the true one (:class:`Bound`).
        high: The high end of a range (上限); ``None`` unless ``bound`` is RANGE.
        per: The period of a rate (周期): 年 in 100人次/年 and 每年2次, 半年 in
            每半年至少1次; ``None`` for a plain figure.
        text: The text as written (原文), or ``None``.

    >>> q = Quantity(value=Decimal(40), unit="名", bound=Bound.AT_LEAST)
    >>> q.value, q.unit, q.bound.label
    (Decimal('40'), '名', '以上')
    >>> Quantity(value=Decimal(3), high=Decimal(2), bound=Bound.RANGE, unit="个")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: Quantity.high (上限): a range that ends below its start; expected high >= value (3), got Decimal('2')
    """

    value: Decimal = attrs.field(
        converter=int_to_decimal, validator=exact_decimal, metadata={"zh": "数值"}
    )
    unit: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "单位"}
    )
    bound: Bound = attrs.field(
        default=Bound.EXACT,
        validator=instance(Bound),
        metadata={"zh": "界限"},
    )
    high: Decimal | None = attrs.field(
        default=None,
        converter=optional_int_to_decimal,
        validator=optional_exact_decimal,
        metadata={"zh": "上限"},
    )
    per: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "周期"}
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "原文"}
    )

    def __attrs_post_init__(self) -> None:
        if self.bound is Bound.RANGE:
            if self.high is None:
                raise InvalidValueError(
                    "Quantity.high (上限)",
                    N_("a range without its high end"),
                    expected=N_("a Decimal"),
                    got=None,
                )
            if self.high < self.value:
                raise InvalidValueError(
                    "Quantity.high (上限)",
                    N_("a range that ends below its start"),
                    expected=N_("high >= value (%(value)s)"),
                    got=self.high,
                    params={"value": self.value},
                )
        elif self.high is not None:
            raise InvalidValueError(
                "Quantity.high (上限)",
                N_("a high end on an %(bound)s figure")
                if self.bound.value[0] in "aeiou"
                else N_("a high end on a %(bound)s figure"),
                expected=N_("None unless bound is RANGE"),
                got=self.high,
                params={"bound": self.bound.value},
            )

    @property
    def low(self) -> Decimal:
        """The low end of a range; the value itself otherwise.

        >>> parse_quantity("2—3个").low, parse_quantity("2—3个").high
        (Decimal('2'), Decimal('3'))
        """
        return self.value

    def to_money(self) -> Money:
        """The figure as :class:`~aidmodel.Money`, for a quantity in 元.

        >>> parse_quantity("170余万元").to_money()
        Money(yuan=Decimal('1700000.00'))
        >>> parse_quantity("40名以上").to_money()
        Traceback (most recent call last):
        ...
        aidmodel.errors.InvalidValueError: Quantity.unit (单位): not an amount of money; expected 元, got '名'
        """
        if self.unit != "元":
            raise InvalidValueError(
                "Quantity.unit (单位)",
                N_("not an amount of money"),
                expected="元",
                got=self.unit,
            )
        return Money.from_yuan(self.value)


#: The words written before a figure that say how it bounds the true value, longest
#: spellings first where one begins another (不少于50个, 超过, 将近, 约); the words written
#: after it (以上, 余, 以内) are part of :func:`parse_quantity`'s grammar.
BOUND_PREFIXES: Final[tuple[tuple[str, Bound], ...]] = (
    ("不少于", Bound.AT_LEAST),
    ("不低于", Bound.AT_LEAST),
    ("至少", Bound.AT_LEAST),
    ("最少", Bound.AT_LEAST),
    ("不超过", Bound.AT_MOST),
    ("不高于", Bound.AT_MOST),
    ("不多于", Bound.AT_MOST),
    ("最多", Bound.AT_MOST),
    ("超过", Bound.MORE_THAN),
    ("多于", Bound.MORE_THAN),
    ("高于", Bound.MORE_THAN),
    ("逾", Bound.MORE_THAN),
    ("将近", Bound.NEARLY),
    ("接近", Bound.NEARLY),
    ("近", Bound.NEARLY),
    ("大约", Bound.ABOUT),
    ("约", Bound.ABOUT),
    ("不足", Bound.LESS_THAN),
    ("不到", Bound.LESS_THAN),
    ("少于", Bound.LESS_THAN),
    ("低于", Bound.LESS_THAN),
)
_SUFFIXES: Final = (
    ("及以上", Bound.AT_LEAST),
    ("以上", Bound.AT_LEAST),
    ("及以下", Bound.AT_MOST),
    ("以下", Bound.AT_MOST),
    ("以内", Bound.AT_MOST),
    ("左右", Bound.ABOUT),
    ("上下", Bound.ABOUT),
)
_SUFFIX_MARKERS: Final = tuple(marker for marker, _ in _SUFFIXES)
_PREFIX_MARKERS: Final = tuple(marker for marker, _ in BOUND_PREFIXES)
# What a unit never holds: a suffix marker (以上), punctuation or a space.
_NOT_IN_UNIT: Final = re.compile(
    "|".join(map(re.escape, _SUFFIX_MARKERS)) + "|[" + re.escape("（）()，；;。、") + r"\s]"
)
_PERIODS: Final = ("半年", "季度", "学期", "年", "季", "月", "周", "天", "日")
# em dash, en dash, hyphen, tilde, full-width tilde, wave dash, 至, 到
_RANGE_SEPARATORS: Final = frozenset("—\u2013-~\uff5e\u301c至到")
_NUMBER_CHARS: Final = frozenset("0123456789.,点十拾百佰千仟万萬亿億") | frozenset(DIGIT)
_MORE: Final = frozenset("余多")
# Units that begin with a numeral character: the figure stops before them.
_NUMERAL_UNITS: Final = ("千米", "千克", "千瓦", "百米")
_BIG_UNITS: Final = {"万": 4, "萬": 4, "亿": 8, "億": 8}
# A figure in ASCII digits, perhaps with a fraction and one 万 or 亿 after it, short enough
# never to be too large (parse_number's limit is 10^20).
_PLAIN_FIGURE: Final = re.compile(r"(?P<digits>[0-9]{1,12}(?:\.[0-9]{1,12})?)(?P<big>[万萬亿億]?)")


def _combine(first: Bound, second: Bound, text: str, position: int) -> Bound:
    if first is Bound.EXACT or first is second:
        return second
    if second is Bound.EXACT:
        return first
    pair = {first, second}
    if Bound.RANGE in pair and pair & {Bound.ABOUT, Bound.AT_LEAST}:
        return Bound.RANGE  # 约2—3个, 2至3个以上: a hedge on a range, read as the range
    if Bound.ABOUT in pair:
        return Bound.ABOUT  # 约170余万元: the hedge wins
    if pair == {Bound.AT_LEAST, Bound.MORE_THAN}:
        return Bound.AT_LEAST
    if pair == {Bound.AT_MOST, Bound.LESS_THAN}:
        return Bound.AT_MOST
    raise NumeralError(
        "parse_quantity",
        text,
        position,
        N_("conflicting bounds %(first)r and %(second)r"),
        expected=N_("one bound"),
        params={"first": first.label or first.value, "second": second.label or second.value},
    )


#: A figure of a quantity is less than 10^this (万亿亿 is 10^20; 万万万… is no figure).
_MAX_MAGNITUDE: Final = 24


def parse_quantity(text: str) -> Quantity:
    """Read a written figure with its unit and bound: 40名以上, 170余万元, 2—3个.

    Understands the markers of :class:`Bound` before or after the figure, 余/多
    before or after 万 (170余万元, 1万余人次), ranges (2—3个, 1~2个, 2至3个,
    5—10万元, 五六十万元), rates (100人次/年, 每年2次, 每半年至少1次), percentages
    (3%), full-width digits and Chinese numerals (not digit by digit: 二〇二五 is a
    year, not a quantity). 约, 左右, 以上 and 不少于 on a range leave the range
    (约2—3个 is 2 to 3). 万 and 亿 scale the figure and are not units: 170余万元
    is 1700000 元. Units are kept as written except for the equivalences in
    :data:`UNIT_ALIASES` (平方米 = ㎡, 千米 = 公里).

    Raises:
        NumeralError: for text that is not one quantity, quoting it; never an error of
            :class:`Quantity` itself.

    >>> q = parse_quantity("170余万元")
    >>> q.value, q.unit, q.bound
    (Decimal('1700000'), '元', <Bound.MORE_THAN: 'more_than'>)
    >>> q = parse_quantity("100人次/年")
    >>> q.value, q.unit, q.per
    (Decimal('100'), '人次', '年')
    >>> q = parse_quantity("五六十万元")
    >>> q.low, q.high, q.bound.value
    (Decimal('500000'), Decimal('600000'), 'range')
    >>> q = parse_quantity("约2—3个")  # a hedge on a range: the range
    >>> q.low, q.high, q.bound.value
    (Decimal('2'), Decimal('3'), 'range')
    >>> parse_quantity("以上")
    Traceback (most recent call last):
    ...
    aidmodel.errors.NumeralError: parse_quantity, character 1: no figure; expected a number such as 40 or 四十, got '以上'

    .. versionchanged:: 0.2.0
       A hedge or floor on a range (约2—3个, 2至3个以上) gives the range; it raised an
       error of ``Quantity.high``. Figures written digit by digit are refused.
    """
    func = "parse_quantity"
    normal, start, end = strip_text(text, func)
    normal = normal.replace("\uff05", "%")
    bound = Bound.EXACT
    per: str | None = None

    # Suffix markers and a trailing period: 以上, /年.
    slash = normal.find("/", start, end)
    if slash >= 0:
        period = normal[slash + 1 : end].strip()
        if not period or any(c in _NUMBER_CHARS for c in period):
            raise NumeralError(
                func,
                text,
                slash,
                N_("no period after '/'"),
                expected=N_("a period such as 年 or 月"),
            )
        per, end = period, slash
    end = _rstrip(normal, start, end)
    if normal.endswith(_SUFFIX_MARKERS, start, end):  # (then find which)
        for marker, marker_bound in _SUFFIXES:
            if normal.endswith(marker, start, end):
                end = _rstrip(normal, start, end - len(marker))
                bound = _combine(bound, marker_bound, text, end)
                break
    # Prefix markers and 每<period>, in any order.
    moved = True
    while moved and start < end:
        moved = False
        while start < end and normal[start].isspace():
            start += 1
        if normal.startswith("每", start):
            for period in _PERIODS:
                if normal.startswith(period, start + 1):
                    if per is not None:
                        raise NumeralError(
                            func, text, start, N_("two periods"), expected=N_("one period")
                        )
                    per, start, moved = period, start + 1 + len(period), True
                    break
            else:
                raise NumeralError(
                    func,
                    text,
                    start,
                    N_("每 without a period"),
                    expected=N_("每年, 每半年, 每月 ..."),
                )
            continue
        if not normal.startswith(_PREFIX_MARKERS, start):
            continue  # (none of the words below opens the rest)
        for marker, marker_bound in BOUND_PREFIXES:
            if normal.startswith(marker, start):
                start += len(marker)
                bound = _combine(bound, marker_bound, text, start - len(marker))
                moved = True
                break

    # The figure: one number or two joined by a range separator.
    i = _figure_end(normal, start, end)
    if i == start:
        raise NumeralError(
            func,
            text,
            start if start < len(text) else None,
            N_("no figure"),
            expected=N_("a number such as 40 or 四十"),
        )
    first, low_scale, i, low_more = _figure(normal, start, i, end, text)
    high: Decimal | None = None
    if isinstance(first, tuple):  # 五六十万: a range written with two adjacent digits
        low, high = first
        bound = _combine(bound, Bound.RANGE, text, start)
    else:
        low = first
    if (
        high is None
        and i < end
        and normal[i] in _RANGE_SEPARATORS
        and i + 1 < end
        and normal[i + 1] in _NUMBER_CHARS
    ):
        j = _figure_end(normal, i + 1, end)
        second, high_scale, i, high_more = _figure(normal, i + 1, j, end, text)
        if isinstance(second, tuple) or low_more or high_more:
            raise NumeralError(
                func,
                text,
                i,
                N_("余 or 多 in a range"),
                expected=N_("a range such as 2—3 or a figure such as 10余"),
            )
        high = second
        if not low_scale and high_scale and low <= high.scaleb(-high_scale, CTX):
            low = low.scaleb(high_scale, CTX)  # 5—10万元: both ends in 万
        bound = _combine(bound, Bound.RANGE, text, start)
    if low_more:
        bound = _combine(bound, Bound.MORE_THAN, text, i)

    unit = normal[i:end].strip() or None
    if unit is not None and unit not in UNIT_ALIASES:
        numeric = not _NUMBER_CHARS.isdisjoint(unit) and not unit.startswith(_NUMERAL_UNITS)
        if numeric or _NOT_IN_UNIT.search(unit) or len(unit) > 6:
            raise NumeralError(
                func,
                text,
                i,
                N_("%(text)r is not a unit"),
                expected=N_("a unit such as 名, 人次, 个, 万元, ㎡"),
                params={"text": text[i:end]},
            )
    if unit is not None:
        unit = UNIT_ALIASES.get(unit, unit)
    if bound is Bound.RANGE and high is not None and high < low:
        raise NumeralError(
            func, text, start, N_("a range that ends below its start"), expected=N_("low—high")
        )
    if low.adjusted() >= _MAX_MAGNITUDE or (high is not None and high.adjusted() >= _MAX_MAGNITUDE):
        # 170余万万万…元: 万 after 万 scales past any figure a plan writes.
        raise NumeralError(
            func,
            text,
            start,
            N_("too large"),
            expected=N_("less than 10^%(power)s in magnitude"),
            params={"power": _MAX_MAGNITUDE},
        )
    try:
        return Quantity(
            value=tidy(low),
            unit=unit,
            bound=bound,
            high=None if high is None else tidy(high),
            per=per,
            text=text.strip(),
        )
    except InvalidValueError as err:  # what the reading above did not foresee, said as such
        raise NumeralError(
            func,
            text,
            None,
            N_("not one quantity: %(where)s: %(problem)s"),
            expected=N_("a figure such as 40名以上, 约2—3个 or 170余万元"),
            params={"where": err.where, "problem": err.problem},
        ) from err


def _rstrip(normal: str, start: int, end: int) -> int:
    """The end index with trailing white space left out."""
    while end > start and normal[end - 1].isspace():
        end -= 1
    return end


def _figure_end(normal: str, start: int, end: int) -> int:
    """Index after the run of number characters from start (千米 is a unit, not 千)."""
    i = start
    while i < end:
        char = normal[i]
        if char.isspace():  # layout spaces of PDF text: 35 万亩
            j = i + 1
            while j < end and normal[j].isspace():
                j += 1
            if j == end or normal[j] not in _NUMBER_CHARS:
                break
            i = j
            continue
        if char not in _NUMBER_CHARS or (i > start and normal.startswith(_NUMERAL_UNITS, i)):
            break
        i += 1
    return i


def _figure(
    normal: str, start: int, stop: int, end: int, text: str
) -> tuple[Decimal | tuple[Decimal, Decimal], int, int, bool]:
    """Parse a number at normal[start:stop] plus a following 余/多 and 万/亿.

    Returns the value (or a (low, high) tuple for 五六十), the power of ten of a
    trailing 万/亿 (0 if none), the index after the figure, and whether 余/多
    followed it.
    """
    more = False
    number_stop = stop
    scale = 0
    # 170余万: the 余 comes between the digits and 万.
    i = stop
    if i < end and normal[i] in _MORE:
        more = True
        i += 1
        while i < end and normal[i] in _BIG_UNITS:
            scale += _BIG_UNITS[normal[i]]
            i += 1
    # A trailing 万/亿 inside the number (10万, 1万余): note its scale for ranges.
    k = number_stop
    trailing = 0
    while k > start and normal[k - 1] in _BIG_UNITS:
        trailing += _BIG_UNITS[normal[k - 1]]
        k -= 1
    if not more and i < end and normal[i] in _MORE:  # 1万余人次
        more = True
        i += 1
    first, second = normal[start], normal[start + 1] if start + 1 < number_stop else ""
    d1, d2 = DIGIT.get(first), DIGIT.get(second)
    third = normal[start + 2] if start + 2 < number_stop else ""
    if d1 and d2 and d2 == d1 + 1 and third not in DIGIT:
        # 五六十万, 三四个: adjacent digits give a range over the rest of the number.
        rest = normal[start + 2 : number_stop]
        low = parse_number(
            first + rest,
            0,
            1 + len(rest),
            "parse_quantity",
            text,
            strict_upper=False,
            digit_by_digit=False,
        )
        high = parse_number(
            second + rest,
            0,
            1 + len(rest),
            "parse_quantity",
            text,
            strict_upper=False,
            digit_by_digit=False,
        )
        pair = (Decimal(low).scaleb(scale, CTX), Decimal(high).scaleb(scale, CTX))
        return pair, trailing + scale, i, more
    plain = _PLAIN_FIGURE.fullmatch(normal, start, number_stop)
    if plain is not None:
        # 2574.7万, 65: digits alone, with one 万 or 亿 perhaps, are the value parse_number
        # would give, read without its whole grammar (the usual figure of a plan).
        big = _BIG_UNITS.get(plain.group("big"), 0)
        return (
            Decimal(plain.group("digits")).scaleb(big + scale, CTX),
            (trailing + scale) if k > start else 0,
            i,
            more,
        )
    number = parse_number(
        normal, start, number_stop, "parse_quantity", text, strict_upper=False, digit_by_digit=False
    )
    return Decimal(number).scaleb(scale, CTX), (trailing + scale) if k > start else 0, i, more
