"""Display (显示) of money, figures, targets and dates for a locale, through Babel.

Every function takes the locale as the keyword ``locale`` (default ``"zh_CN"``;
``"zh_Hant_TW"``, ``"zh-TW"``, ``"en"``, ``"en_GB"`` or a :class:`babel.Locale`
are as good) and never reads it from the environment. Nothing is rounded
unless the caller asks: Babel rounds a number to three decimals by default
(3952.310194 would show as 3,952.31), aidmodel shows every digit it has.

Outputs per locale (the first column is the locale):

>>> from aidmodel import Money, PartialDate
>>> from aidmodel.quantity import parse_quantity
>>> for locale in ("zh_CN", "zh_Hant_TW", "en", "en_GB"):
...     print(locale, format_money(Money.from_wan("3952.310194"), locale=locale), "|",
...           format_money(Money.from_wan(766), locale=locale, unit="yuan"), "|",
...           format_quantity(parse_quantity("1400余个"), locale=locale), "|",
...           format_date(PartialDate(2025, 11, 30), locale=locale))
zh_CN 3,952.310194万元 | ¥7,660,000.00 | 1400余个 | 2025年11月30日
zh_Hant_TW 3,952.310194萬元 | CN¥7,660,000.00 | 1400餘個 | 2025年11月30日
en 3,952.310194 × 10,000 yuan | CN¥7,660,000.00 | more than 1,400 | Nov 30, 2025
en_GB 3,952.310194 × 10,000 yuan | CN¥7,660,000.00 | more than 1,400 | 30 Nov 2025

Chinese (simplified and traditional) and English have words for figures and
units; other languages format money in yuan (``unit="yuan"`` or
``"compact"``) and dates, and refuse the rest with
:class:`~aidmodel.errors.InvalidValueError`.

.. versionadded:: 0.1.0
"""  # noqa: RUF002 - English output has the en dash and the multiplication sign

from __future__ import annotations

import datetime as dt
import decimal
import re
import types
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, Literal

from babel import Locale
from babel import numbers as babel_numbers

from aidmodel._display import CHINESE_DASH, CONTEXT, STYLES, date_text, decimal_text
from aidmodel._locales import parse_locale as _locale
from aidmodel._validators import checked
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, InvalidValueError
from aidmodel.model import Commitment, DateSpan, PartialDate
from aidmodel.money import Money
from aidmodel.numerals import rmb_upper
from aidmodel.quantity import Bound, Quantity
from aidmodel.units import UNITS

__all__ = [
    "ENGLISH_UNITS",
    "format_commitment",
    "format_date",
    "format_money",
    "format_quantity",
    "format_upper",
]

#: English words for the units plans count in, (singular, plural), those of
#: :data:`aidmodel.units.UNITS` and 年 (year, a duration parse_quantity reads in
#: 3年 but never a target's unit); an empty word means the figure stands alone
#: (1400余个 is "more than 1,400"). Units not listed are kept as written.
ENGLISH_UNITS: Final[Mapping[str, tuple[str, str]]] = types.MappingProxyType(
    {symbol: (unit.en, unit.en_plural) for symbol, unit in UNITS.items()}
    | {"年": ("year", "years")}
)

# Periods of a rate, in English: 100人次/年 is "100 person-times a year".
_ENGLISH_PERIODS: Final = {
    "年": "a year",
    "半年": "every six months",
    "季度": "a quarter",
    "季": "a quarter",
    "学期": "a term",
    "月": "a month",
    "周": "a week",
    "天": "a day",
    "日": "a day",
}
# Periods that make a commitment a rate (每年至少1次); others (2018年, 3年) are a time frame.
_RATE_PERIODS: Final = frozenset(_ENGLISH_PERIODS)
_ENGLISH_BOUNDS: Final = {
    Bound.EXACT: "",
    Bound.AT_LEAST: "at least ",
    Bound.MORE_THAN: "more than ",
    Bound.ABOUT: "about ",
    Bound.NEARLY: "nearly ",
    Bound.AT_MOST: "at most ",
    Bound.LESS_THAN: "less than ",
}
# The bound of a rate is written before the figure: 每半年至少1次.
_CHINESE_RATE_BOUNDS: Final = {
    Bound.EXACT: "",
    Bound.AT_LEAST: "至少",
    Bound.MORE_THAN: "超过",
    Bound.ABOUT: "约",
    Bound.NEARLY: "近",
    Bound.AT_MOST: "最多",
    Bound.LESS_THAN: "不足",
}
# Simplified characters of the markers and common units, and their traditional forms.
_TRADITIONAL: Final = str.maketrans("余约万亿内过个场户对项条亩", "餘約萬億內過個場戶對項條畝")
# The uppercase digits and units (大写) that traditional characters write otherwise.
_TRADITIONAL_UPPER: Final = str.maketrans("贰叁陆万亿", "貳參陸萬億")
_ENGLISH_DASH: Final = "\u2013"  # en dash

# Babel computes with the thread's decimal context; a caller's `prec = 6` must not
# round a figure. Rounding, where asked for, is half up (四舍五入).
_MAX_DECIMALS: Final = 20
_FRACTION: Final = re.compile(r"0\.0+")

_UNITS: Final = ("wan", "yuan", "yi", "auto", "compact")
_WAN: Final = Money.from_yuan(10_000)
_YI: Final = Money.from_yuan(100_000_000)


def _language(locale: Locale, where: str, what: str) -> Literal["zh", "zh_Hant", "en"]:
    """The wording a locale gets: simplified Chinese, traditional Chinese or English."""
    option = f"{where}(locale=...)"
    if locale.language == "zh":
        return "zh_Hant" if locale.script == "Hant" else "zh"
    if locale.language == "en":
        return "en"
    raise InvalidValueError(
        option,
        N_("no wording for %(what)s in this language"),
        expected=N_("a Chinese or English locale"),
        got=str(locale),
        params={"what": what},
    )


def _check_money(value: object, where: str) -> Money:
    return checked(
        value, Money, where, "Money (Money.from_wan('766'), Money.parse('766万元'))", noun="Money"
    )


def _check_rounding(rounding: object, where: str) -> int | None:
    if rounding is None:
        return None
    option = f"{where}(rounding=...)"
    if type(rounding) is not int:
        raise InvalidTypeError(
            option,
            N_("a %(type)s is not a number of decimals"),
            expected=N_("None or an int from 0 to %(most)s"),
            got=rounding,
            params={"type": type(rounding).__name__, "most": _MAX_DECIMALS},
        )
    if not 0 <= rounding <= _MAX_DECIMALS:
        raise InvalidValueError(
            option,
            N_("not a number of decimals"),
            expected=N_("None or an int from 0 to %(most)s"),
            got=rounding,
            params={"most": _MAX_DECIMALS},
        )
    return rounding


def format_money(
    money: Money,
    *,
    locale: str | Locale = "zh_CN",
    unit: Literal["wan", "yuan", "yi", "auto", "compact"] = "wan",
    rounding: int | None = None,
) -> str:
    """Show an amount (金额) as plans write it, or in yuan, for a locale.

    Args:
        money: The amount.
        locale: A locale identifier (``"zh_CN"``, ``"zh_Hant_TW"``, ``"en"`` ...).
        unit: ``"wan"`` (万元, the unit of plans; the default), ``"yuan"`` (the
            locale's currency format, two decimals), ``"yi"`` (亿元), ``"auto"``
            (Chinese: 亿元 for whole 百万 amounts from 1亿元 on, 万元 from 1万元 on,
            yuan below; other languages: yuan), or ``"compact"`` (Babel's short
            currency form, ``CN¥39.52M``, which always rounds: to ``rounding``
            decimals, 2 if not given).
        rounding: ``None`` (the default) shows every digit; an int from 0 to 20
            rounds half up (四舍五入) to that many decimals of the unit and shows
            exactly that many.

    Returns:
        The amount with its unit. In 万元 and 亿元 there are no trailing zeros
        (``766万元``, not ``766.00万元``); in yuan always two decimals
        (``¥7,660,000.00``). A negative zero shows as zero. English has no word
        for 万: ``766 × 10,000 yuan``. Without rounding (``rounding=None``, not
        ``"compact"``), :meth:`Money.parse <aidmodel.Money.parse>` reads the text
        back to the same amount in every locale that writes numbers as 1,234.56
        or 1234.56 (``-¥5.00`` included); see there for the forms it reads.

    ==================  ========================  ========================  ==============================
    unit                zh_CN                     zh_Hant_TW                en
    ==================  ========================  ========================  ==============================
    ``"wan"``           3,952.310194万元          3,952.310194萬元          3,952.310194 × 10,000 yuan
    ``"yuan"``          ¥39,523,101.94            CN¥39,523,101.94          CN¥39,523,101.94
    ``"yi"``            0.3952310194亿元          0.3952310194億元          0.3952310194 × 100 million yuan
    ``"compact"``       ¥3952.31万                CN¥3952.31萬              CN¥39.52M
    ==================  ========================  ========================  ==============================

    >>> from aidmodel import Money
    >>> total = Money.from_wan("3952.310194")
    >>> format_money(total), format_money(Money.from_wan(766))
    ('3,952.310194万元', '766万元')
    >>> format_money(total, unit="yuan"), format_money(total, locale="zh_Hant_TW")
    ('¥39,523,101.94', '3,952.310194萬元')
    >>> format_money(total, rounding=2), format_money(Money.from_wan(766), rounding=2)
    ('3,952.31万元', '766.00万元')
    >>> format_money(total, locale="en", unit="compact")
    'CN¥39.52M'
    >>> format_money(Money.from_yi("1.68"), unit="auto"), format_money(Money.from_yuan(2400), unit="auto")
    ('1.68亿元', '¥2,400.00')
    >>> format_money(total, locale="xx_YY")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: format_money(locale=...): unknown locale; expected a locale known to Babel such as 'zh_CN', 'zh_Hant_TW' or 'en', got 'xx_YY'

    .. versionadded:: 0.1.0
    """  # noqa: RUF002 - English output has the en dash and the multiplication sign
    where = "format_money"
    money = _check_money(money, where)
    places = _check_rounding(rounding, where)
    loc = _locale(locale, where)
    if unit not in _UNITS:
        option = f"{where}(unit=...)"
        raise InvalidValueError(
            option,
            N_("not a unit"),
            expected=N_("'wan', 'yuan', 'yi', 'auto' or 'compact'"),
            got=unit,
        )
    if not money:
        money = Money.from_yuan(0)  # -0.00 shows as 0
    if unit == "auto":
        unit = _auto_unit(money, loc)
    if unit == "yuan":
        return _yuan_text(money, loc, places)
    if unit == "compact":
        with decimal.localcontext(CONTEXT):
            return babel_numbers.format_compact_currency(
                money.yuan, "CNY", locale=loc, fraction_digits=2 if places is None else places
            )
    language = _language(loc, where, f"unit={unit!r}")
    number = money.to_wan() if unit == "wan" else money.to_yi()
    if places is None:
        text = decimal_text(number, loc)
    else:
        pattern = "#,##0" + ("." + "0" * places if places else "")
        with decimal.localcontext(CONTEXT):
            text = babel_numbers.format_decimal(number, format=pattern, locale=loc)
    if language == "en":
        times = "\u00d7"  # the multiplication sign
        return (
            f"{text} {times} 10,000 yuan" if unit == "wan" else f"{text} {times} 100 million yuan"
        )
    suffix = "万元" if unit == "wan" else "亿元"
    return text + (suffix.translate(_TRADITIONAL) if language == "zh_Hant" else suffix)


def _auto_unit(money: Money, locale: Locale) -> Literal["wan", "yuan", "yi"]:
    if locale.language != "zh":
        return "yuan"
    size = abs(money)
    if size >= _YI and size.to_yi() == size.to_yi().quantize(Decimal("0.01"), context=CONTEXT):
        return "yi"
    return "wan" if size >= _WAN else "yuan"


def _yuan_text(money: Money, locale: Locale, places: int | None) -> str:
    with decimal.localcontext(CONTEXT):
        if places is None:
            return babel_numbers.format_currency(money.yuan, "CNY", locale=locale)
        standard = locale.currency_formats["standard"].pattern
        pattern = _FRACTION.sub("0" + ("." + "0" * places if places else ""), standard)
        return babel_numbers.format_currency(
            money.yuan, "CNY", format=pattern, locale=locale, currency_digits=False
        )


# -- figures ------------------------------------------------------------------------------------


def _scaled(quantity: Quantity) -> tuple[Decimal, Decimal | None, str]:
    """The figure in 亿 or 万 when that makes whole numbers (170余万元), and the scale word."""
    if quantity.unit == "%":
        return quantity.value, quantity.high, ""
    ends = [quantity.value] + ([] if quantity.high is None else [quantity.high])
    for power, word in ((8, "亿"), (4, "万")):
        if quantity.value >= 10**power and all(
            end.scaleb(-power, CONTEXT) == end.scaleb(-power, CONTEXT).to_integral_value()
            for end in ends
        ):
            low = quantity.value.scaleb(-power, CONTEXT)
            high = None if quantity.high is None else quantity.high.scaleb(-power, CONTEXT)
            return low, high, word
    return quantity.value, quantity.high, ""


def _chinese_quantity(quantity: Quantity, locale: Locale, per: str | None) -> str:
    value, high, scale = _scaled(quantity)
    figure = decimal_text(value, locale, group=False)
    if high is not None:
        figure += CHINESE_DASH + decimal_text(high, locale, group=False)
    unit = quantity.unit or ""
    bound = quantity.bound
    if per is not None:
        if bound is Bound.EXACT and per == quantity.per:
            return f"{figure}{scale}{unit}/{per}"  # 100人次/年, as written
        marker = "" if bound is Bound.RANGE else _CHINESE_RATE_BOUNDS[bound]
        return f"每{per}{marker}{figure}{scale}{unit}"  # 每半年至少1次
    if bound is Bound.AT_LEAST:
        return f"{figure}{scale}{unit}以上"
    if bound is Bound.MORE_THAN:
        if scale and value < 10:
            return f"{figure}{scale}余{unit}"  # 1万余人次
        return f"{figure}余{scale}{unit}"  # 1400余个, 170余万元
    if bound is Bound.AT_MOST:
        return f"{figure}{scale}{unit}以内"
    if bound in (Bound.ABOUT, Bound.NEARLY, Bound.LESS_THAN):
        return f"{bound.label}{figure}{scale}{unit}"
    return f"{figure}{scale}{unit}"


def _english_quantity(quantity: Quantity, locale: Locale, per: str | None) -> str:
    figure = decimal_text(quantity.value, locale)
    if quantity.high is not None:
        figure += _ENGLISH_DASH + decimal_text(quantity.high, locale)
    unit = quantity.unit
    if unit is None:
        words = figure
    else:
        singular, plural = ENGLISH_UNITS.get(unit, (unit, unit))
        word = singular if quantity.high is None and quantity.value == 1 else plural
        if not word:
            words = figure
        elif word == "%":
            words = figure + word
        else:
            words = f"{figure} {word}"
    text = _ENGLISH_BOUNDS.get(quantity.bound, "") + words
    if per is not None:
        text += " " + _ENGLISH_PERIODS.get(per, f"per {per}")
    return text


def _check_quantity(value: object, where: str) -> Quantity:
    return checked(value, Quantity, where, "a Quantity (parse_quantity('40名以上'))")


def format_quantity(quantity: Quantity, *, locale: str | Locale = "zh_CN") -> str:
    """Show a figure with its unit and bound (数量) in words of the locale.

    The text is made from the fields, not copied from :attr:`~aidmodel.Quantity.text`,
    and the figures are exact: nothing is rounded. Chinese writes figures
    without separators, in 万 or 亿 when that gives whole numbers (170余万元),
    a range with the dash “—” of GB/T 15834, and a bounded rate with 每
    (每半年至少1次); what it writes reads back with :func:`~aidmodel.quantity.parse_quantity`.
    Traditional Chinese writes the markers and common units in traditional
    characters (1400餘個). English uses the words of :data:`ENGLISH_UNITS` and
    keeps other units as written.

    ===================  ==================  ================================
    figure               zh_CN               en
    ===================  ==================  ================================
    40名以上             40名以上            at least 40 people
    1400余个             1400余个            more than 1,400
    2—3个                2—3个               2–3
    100人次/年           100人次/年          100 person-times a year
    约2000㎡             约2000㎡            about 2,000 m²
    每半年至少1次        每半年至少1次       at least 1 time every six months
    170余万元            170余万元           more than 1,700,000 yuan
    ===================  ==================  ================================

    >>> from aidmodel.quantity import parse_quantity
    >>> for text in ("40名以上", "1400余个", "2—3个", "100人次/年", "约2000㎡", "每半年至少1次"):
    ...     q = parse_quantity(text)
    ...     print(format_quantity(q), "|", format_quantity(q, locale="en"))
    40名以上 | at least 40 people
    1400余个 | more than 1,400
    2—3个 | 2–3
    100人次/年 | 100 person-times a year
    约2000㎡ | about 2,000 m²
    每半年至少1次 | at least 1 time every six months
    >>> format_quantity(parse_quantity("170余万元"), locale="zh_Hant_TW")
    '170餘萬元'
    >>> format_quantity(parse_quantity("40名以上"), locale="fr")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: format_quantity(locale=...): no wording for figures in this language; expected a Chinese or English locale, got 'fr'

    .. versionadded:: 0.1.0
    """  # noqa: RUF002 - English output has the en dash and the multiplication sign
    where = "format_quantity"
    quantity = _check_quantity(quantity, where)
    loc = _locale(locale, where)
    return _quantity_text(quantity, loc, _language(loc, where, "figures"), quantity.per)


def _quantity_text(quantity: Quantity, locale: Locale, language: str, per: str | None) -> str:
    if language == "en":
        return _english_quantity(quantity, locale, per)
    text = _chinese_quantity(quantity, locale, per)
    return text.translate(_TRADITIONAL) if language == "zh_Hant" else text


def format_commitment(commitment: Commitment, *, locale: str | Locale = "zh_CN") -> str:
    """Show a target (目标任务) in natural words: 转移就业40名以上.

    Chinese writes the metric and then the target; a period that is a rate
    (年, 半年, 月 ...) makes the target a rate (每半年至少1次), any other period
    (2018年, 3年) follows in brackets, and parts follow as （其中…）, each
    without its metric when that repeats the whole's. English writes the target
    first and keeps the metric in Chinese, since aidmodel has no translation of
    it: ``at least 40 people: 转移就业``. The scope (:attr:`~aidmodel.Commitment.scope`)
    is not shown.

    >>> from aidmodel import Commitment
    >>> from aidmodel.quantity import parse_quantity
    >>> c = Commitment(metric="转移就业", target=parse_quantity("40名以上"))
    >>> format_commitment(c), format_commitment(c, locale="en")
    ('转移就业40名以上', 'at least 40 people: 转移就业')
    >>> c = Commitment(metric="专题研究结对帮扶工作", target=parse_quantity("至少1次"), period="半年")
    >>> format_commitment(c), format_commitment(c, locale="en")
    ('专题研究结对帮扶工作每半年至少1次', 'at least 1 time every six months: 专题研究结对帮扶工作')
    >>> c = Commitment(metric="干部人才培训", target=parse_quantity("1500人次以上"),
    ...                parts=[Commitment(metric="电商、文旅", target=parse_quantity("100人次"))])
    >>> format_commitment(c)
    '干部人才培训1500人次以上（其中电商、文旅100人次）'
    >>> format_commitment(c, locale="en")
    'at least 1,500 person-times: 干部人才培训 (of which 100 person-times: 电商、文旅)'

    .. versionadded:: 0.1.0
    """
    where = "format_commitment"
    checked(commitment, Commitment, where, "a Commitment")
    loc = _locale(locale, where)
    return _commitment_text(commitment, loc, _language(loc, where, "targets"), None)


def _commitment_text(
    commitment: Commitment, locale: Locale, language: str, parent: str | None
) -> str:
    period = commitment.period
    per = commitment.target.per
    frame = None
    if per is None and period in _RATE_PERIODS:
        per = period
    elif period is not None and period != per:
        frame = period
    target = _quantity_text(commitment.target, locale, language, per)
    metric = "" if commitment.metric == parent else commitment.metric
    parts = [_commitment_text(p, locale, language, commitment.metric) for p in commitment.parts]
    if language == "en":
        text = f"{target}: {metric}" if metric else target
        if frame is not None:
            text += f" ({frame})"
        if parts:
            text += " (of which " + "; ".join(parts) + ")"
        return text
    text = metric + target
    if frame is not None:
        text += f"（{frame}）"
    if parts:
        text += "（其中" + "、".join(parts) + "）"
    return text


# -- dates ------------------------------------------------------------------------------------


def format_date(
    date: PartialDate | DateSpan | dt.date,
    *,
    locale: str | Locale = "zh_CN",
    style: Literal["short", "medium", "long"] = "medium",
) -> str:
    """Show a date as precise as the document gives it (日期), or a span (期限).

    Chinese is aidmodel's own (any ``zh`` locale): a year, a month or a day read
    2025年, 2025年11月, 2025年11月30日 in the ``medium`` and ``long`` styles
    (2025年, 2025/11, 2025/11/30 in ``short``), and a span is written as Chinese plans write it: years joined by the dash “—” of
    GB/T 15834 with one 年 (2018—2019年); months or days joined by 至, the end
    leaving out what it shares with the start (2025年3月至11月, 2025年3月1日至9日);
    ends of different precision joined by the dash (2018年—2019年6月). These
    forms do not depend on Babel's CLDR data. Every other language is CLDR's, through
    Babel's skeletons (``y``, ``yMMM``, ``yMMMd``; ``short`` uses ``yM`` and
    ``yMd``, ``long`` ``yMMMM`` and the locale's long date format) and its
    interval formats: their spacing and dashes follow the CLDR release Babel
    ships (docs/presentation.md says which output is whose).

    ===============================  ==============  ===============  ============
    date                             zh_CN           en               en_GB
    ===============================  ==============  ===============  ============
    PartialDate(2025)                2025年          2025             2025
    PartialDate(2025, 11)            2025年11月      Nov 2025         Nov 2025
    PartialDate(2025, 11, 30)        2025年11月30日  Nov 30, 2025     30 Nov 2025
    DateSpan(2018, 2019)             2018—2019年     2018 – 2019      2018 – 2019
    ===============================  ==============  ===============  ============

    >>> from aidmodel import DateSpan, PartialDate
    >>> format_date(PartialDate(2025, 11)), format_date(PartialDate(2025, 11), locale="en")
    ('2025年11月', 'Nov 2025')
    >>> format_date(PartialDate(2025, 11), locale="en", style="long")
    'November 2025'
    >>> format_date(PartialDate(2025)), format_date(PartialDate(2025, 11, 30), locale="en_GB")
    ('2025年', '30 Nov 2025')
    >>> format_date(DateSpan(PartialDate(2018), PartialDate(2019)))
    '2018—2019年'
    >>> format_date(DateSpan(PartialDate(2025, 3), PartialDate(2025, 11)))
    '2025年3月至11月'
    >>> format_date(DateSpan(PartialDate(2024, 10), PartialDate(2025, 6)), locale="zh_Hant_TW")
    '2024年10月至2025年6月'
    >>> import datetime
    >>> format_date(datetime.date(2025, 2, 9), style="short")
    '2025/2/9'

    .. versionadded:: 0.1.0
    """  # noqa: RUF002 - English output has the en dash
    where = "format_date"
    if style not in STYLES:
        option = f"{where}(style=...)"
        raise InvalidValueError(
            option, N_("not a style"), expected=N_("'short', 'medium' or 'long'"), got=style
        )
    loc = _locale(locale, where)
    if isinstance(date, dt.date):
        date = PartialDate(date.year, date.month, date.day)
    if not isinstance(date, PartialDate | DateSpan):
        raise InvalidTypeError(
            where,
            N_("a %(type)s is not a date"),
            expected=N_("a PartialDate, DateSpan or datetime.date"),
            got=date,
            params={"type": type(date).__name__},
        )
    return date_text(date, loc, style)


def format_upper(amount: Money, *, locale: str | Locale = "zh_CN") -> str:
    """An amount in uppercase (大写) as a locale writes it: :func:`~aidmodel.rmb_upper`, in
    traditional characters for a traditional Chinese locale (貳參陸萬億); English and
    simplified Chinese write the simplified form, as plans print it.

    Raises:
        InvalidTypeError: when ``amount`` is not Money, or ``locale`` not a locale.
        InvalidValueError: for a locale that is neither Chinese nor English.

    >>> amount = Money.from_wan("3952.310194")
    >>> format_upper(amount)
    '叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分'
    >>> format_upper(amount, locale="zh_Hant_TW")
    '參仟玖佰伍拾貳萬參仟壹佰零壹元玖角肆分'

    .. versionadded:: 0.2.0
    """
    where = "format_upper"
    amount = _check_money(amount, where)
    language = _language(_locale(locale, where), where, "uppercase amounts")
    text = rmb_upper(amount)
    return text.translate(_TRADITIONAL_UPPER) if language == "zh_Hant" else text
