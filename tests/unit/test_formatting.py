"""Locale display of money, figures, targets and dates: tables per locale, exactness, errors."""

from __future__ import annotations

import datetime
import decimal
import re
from decimal import Decimal

import pytest
from babel import Locale

from aidmodel import (
    AidModelError,
    Commitment,
    DateSpan,
    InvalidTypeError,
    InvalidValueError,
    Money,
    PartialDate,
    Quantity,
    parse_quantity,
    samples,
)
from aidmodel.aggregate import _commitments
from aidmodel.formatting import (
    ENGLISH_UNITS,
    format_commitment,
    format_date,
    format_money,
    format_quantity,
)

TOTAL = Money.from_wan("3952.310194")

# -- money ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "locale", "expected"),
    [
        ("wan", "zh_CN", "3,952.310194万元"),
        ("wan", "zh_Hant_TW", "3,952.310194萬元"),
        ("wan", "zh_Hant", "3,952.310194萬元"),
        ("wan", "zh-TW", "3,952.310194萬元"),
        ("wan", "en", "3,952.310194 × 10,000 yuan"),
        ("yuan", "zh_CN", "¥39,523,101.94"),
        ("yuan", "zh_Hant_TW", "CN¥39,523,101.94"),
        ("yuan", "en", "CN¥39,523,101.94"),
        ("yuan", "fr", "39\u202f523\u202f101,94\xa0CNY"),
        ("yi", "zh_CN", "0.3952310194亿元"),
        ("yi", "zh_Hant_TW", "0.3952310194億元"),
        ("yi", "en", "0.3952310194 × 100 million yuan"),
        ("compact", "zh_CN", "¥3952.31万"),
        ("compact", "zh_Hant_TW", "CN¥3952.31萬"),
        ("compact", "en", "CN¥39.52M"),
        ("auto", "zh_CN", "3,952.310194万元"),
        ("auto", "en", "CN¥39,523,101.94"),
    ],
)
def test_money_table(unit: str, locale: str, expected: str) -> None:
    assert format_money(TOTAL, locale=locale, unit=unit) == expected  # type: ignore[arg-type]


def test_money_defaults_to_zh_cn_wan_without_trailing_zeros() -> None:
    assert format_money(Money.from_wan(766)) == "766万元"
    assert format_money(Money.from_wan(766), unit="yuan") == "¥7,660,000.00"
    assert format_money(Money.from_wan("0.01")) == "0.01万元"
    assert format_money(Money.from_yuan("0.01")) == "0.000001万元"


def test_money_keeps_every_digit_where_babel_would_round() -> None:
    from babel.numbers import format_decimal

    assert format_decimal(Decimal("3952.310194"), locale="zh_CN") == "3,952.31"
    assert format_money(TOTAL) == "3,952.310194万元"
    huge = Money.from_yuan("99999999999999999999.99")
    assert format_money(huge, unit="yuan") == "¥99,999,999,999,999,999,999.99"
    assert format_money(huge) == "9,999,999,999,999,999.999999万元"


def test_money_ignores_the_callers_decimal_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 6
        ctx.traps[decimal.Inexact] = True
        assert format_money(TOTAL) == "3,952.310194万元"
        assert format_money(TOTAL, rounding=2) == "3,952.31万元"


@pytest.mark.parametrize(
    ("money", "unit", "rounding", "expected"),
    [
        (TOTAL, "wan", 2, "3,952.31万元"),
        (TOTAL, "wan", 0, "3,952万元"),
        (Money.from_wan("0.005"), "wan", 2, "0.01万元"),  # half up (四舍五入)
        (Money.from_wan("0.015"), "wan", 2, "0.02万元"),
        (Money.from_wan("0.025"), "wan", 2, "0.03万元"),
        (Money.from_wan(766), "wan", 2, "766.00万元"),
        (TOTAL, "yuan", 0, "¥39,523,102"),
        (TOTAL, "yuan", 1, "¥39,523,101.9"),
        (TOTAL, "yuan", 4, "¥39,523,101.9400"),
        (TOTAL, "yi", 2, "0.40亿元"),
        (TOTAL, "compact", 0, "¥3952万"),
    ],
)
def test_money_rounds_only_when_asked(
    money: Money, unit: str, rounding: int, expected: str
) -> None:
    assert format_money(money, unit=unit, rounding=rounding) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("money", "expected"),
    [
        (Money.from_yi("1.68"), "1.68亿元"),
        (Money.from_yi(50), "50亿元"),
        (Money.from_wan(39242), "39,242万元"),  # 3.9242亿: more than two decimals in 亿
        (Money.from_wan(1), "1万元"),
        (Money.from_yuan("9999.99"), "¥9,999.99"),
        (Money.from_yuan(0), "¥0.00"),
        (-Money.from_wan(766), "-766万元"),
    ],
)
def test_money_auto_unit(money: Money, expected: str) -> None:
    assert format_money(money, unit="auto") == expected


def test_money_negative_zero_shows_as_zero() -> None:
    negative_zero = Money.from_yuan("-0.00")
    assert format_money(negative_zero) == "0万元"
    assert format_money(negative_zero, unit="yuan") == "¥0.00"


def test_money_accepts_a_babel_locale() -> None:
    assert format_money(TOTAL, locale=Locale.parse("zh_Hant_TW")) == "3,952.310194萬元"


def test_money_errors() -> None:
    with pytest.raises(
        InvalidValueError, match=r"format_money\(locale=...\): unknown locale; .* got 'xx_YY'"
    ):
        format_money(TOTAL, locale="xx_YY")
    with pytest.raises(InvalidValueError, match=r"unknown locale; .* got ''"):
        format_money(TOTAL, locale="")
    with pytest.raises(
        InvalidTypeError, match=r"format_money\(locale=...\): a int is not a locale"
    ):
        format_money(TOTAL, locale=7)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidTypeError, match=r"format_money: a float is not Money; .* got 3952.31"
    ):
        format_money(3952.31)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="a Decimal is not Money"):
        format_money(Decimal("1"))  # type: ignore[arg-type]
    with pytest.raises(
        InvalidValueError, match=r"format_money\(unit=...\): not a unit; .* got 'jiao'"
    ):
        format_money(TOTAL, unit="jiao")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"not a number of decimals; .* got -1"):
        format_money(TOTAL, rounding=-1)
    with pytest.raises(InvalidTypeError, match=r"a bool is not a number of decimals"):
        format_money(TOTAL, rounding=True)
    with pytest.raises(InvalidTypeError, match=r"a float is not a number of decimals"):
        format_money(TOTAL, rounding=2.0)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidValueError, match=r"no wording for unit='wan' in this language; .* got 'fr'"
    ):
        format_money(TOTAL, locale="fr")
    with pytest.raises(AidModelError):
        format_money(TOTAL, locale="zh_CN\n")


# -- quantities ---------------------------------------------------------------------------

QUANTITIES = [
    # written, zh_CN, en, zh_Hant_TW
    ("40名以上", "40名以上", "at least 40 people", "40名以上"),
    ("1400余个", "1400余个", "more than 1,400", "1400餘個"),
    ("2—3个", "2—3个", "2–3", "2—3個"),
    ("100人次/年", "100人次/年", "100 person-times a year", "100人次/年"),
    ("约2000㎡", "约2000㎡", "about 2,000 m²", "約2000㎡"),
    ("每半年至少1次", "每半年至少1次", "at least 1 time every six months", "每半年至少1次"),
    ("不低于100人次/年", "每年至少100人次", "at least 100 person-times a year", "每年至少100人次"),
    ("每年2次", "2次/年", "2 times a year", "2次/年"),
    ("170余万元", "170余万元", "more than 1,700,000 yuan", "170餘萬元"),
    ("1万余人次", "1万余人次", "more than 10,000 person-times", "1萬餘人次"),
    ("五六十万元", "50—60万元", "500,000–600,000 yuan", "50—60萬元"),
    ("近60亿", "近60亿", "nearly 6,000,000,000", "近60億"),
    ("不足5个", "不足5个", "less than 5", "不足5個"),
    ("5个以内", "5个以内", "at most 5", "5個以內"),
    ("3%", "3%", "3%", "3%"),
    ("10.486公里", "10.486公里", "10.486 km", "10.486公里"),
    ("1个月以上", "1个月以上", "at least 1 month", "1個月以上"),
    ("200户", "200户", "200 households", "200戶"),
    ("9家", "9家", "9 organisations", "9家"),
    ("16期", "16期", "16 sessions", "16期"),
    ("6对", "6对", "6 pairs", "6對"),
    ("25亩", "25亩", "25 mu", "25畝"),
    ("1人", "1人", "1 person", "1人"),
    ("15口", "15口", "15 wells or ponds", "15口"),
    ("3场次以上", "3场次以上", "at least 3 events", "3場次以上"),
    ("20897名", "20897名", "20,897 people", "20897名"),
    ("35万平方米", "35万㎡", "350,000 m²", "35萬㎡"),
    ("2500平方米", "2500㎡", "2,500 m²", "2500㎡"),
]


@pytest.mark.parametrize(("written", "zh", "en", "hant"), QUANTITIES)
def test_quantity_table(written: str, zh: str, en: str, hant: str) -> None:
    quantity = parse_quantity(written)
    assert format_quantity(quantity) == zh
    assert format_quantity(quantity, locale="en") == en
    assert format_quantity(quantity, locale="en_GB") == en
    assert format_quantity(quantity, locale="zh_Hant_TW") == hant
    # What Chinese writes reads back as the same figure.
    assert parse_quantity(zh) == Quantity(
        value=quantity.value,
        unit=quantity.unit,
        bound=quantity.bound,
        high=quantity.high,
        per=quantity.per,
        text=zh,
    )


def test_quantity_is_exact_and_unitless_figures_stand_alone() -> None:
    q = Quantity(value=Decimal("0.000001"), unit="万元")
    assert format_quantity(q) == "0.000001万元"
    assert format_quantity(q, locale="en") == "0.000001 万元"
    assert format_quantity(Quantity(value=Decimal("1E+3"))) == "1000"
    assert format_quantity(Quantity(value=Decimal(-5), unit="个")) == "-5个"
    assert format_quantity(Quantity(value=Decimal(2), unit="次", per="旬"), locale="en") == (
        "2 times per 旬"
    )


def test_every_sample_figure_formats_in_both_languages() -> None:
    for name in samples.names():
        programme = samples.load(name)
        figures = [a.actual for a in programme.achievements]
        figures += [c.target for c in _commitments(programme)]
        for figure in figures:
            zh = format_quantity(figure)
            assert format_quantity(figure, locale="en")
            read = parse_quantity(zh)
            assert (read.value, read.high, read.unit, read.bound, read.per) == (
                figure.value,
                figure.high,
                figure.unit,
                figure.bound,
                figure.per,
            ), zh


def test_english_units_table() -> None:
    assert ENGLISH_UNITS["人次"] == ("person-time", "person-times")
    assert ENGLISH_UNITS["个"] == ("", "")
    with pytest.raises(TypeError):
        ENGLISH_UNITS["x"] = ("a", "b")  # type: ignore[index]


def test_quantity_errors() -> None:
    with pytest.raises(InvalidTypeError, match="format_quantity: a str is not a Quantity"):
        format_quantity("40名以上")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="no wording for figures in this language"):
        format_quantity(parse_quantity("40名"), locale="de")
    with pytest.raises(InvalidValueError, match="unknown locale"):
        format_quantity(parse_quantity("40名"), locale="zz")


# -- commitments --------------------------------------------------------------------------


def _commitment(metric: str, target: str, **fields: object) -> Commitment:
    return Commitment(metric=metric, target=parse_quantity(target), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("commitment", "zh", "en"),
    [
        (
            _commitment("转移就业", "40名以上"),
            "转移就业40名以上",
            "at least 40 people: 转移就业",
        ),
        (
            _commitment("专题研究结对帮扶工作", "至少1次", period="半年"),
            "专题研究结对帮扶工作每半年至少1次",
            "at least 1 time every six months: 专题研究结对帮扶工作",
        ),
        (
            _commitment("专题研究结对帮扶工作", "每半年至少1次", period="半年"),
            "专题研究结对帮扶工作每半年至少1次",
            "at least 1 time every six months: 专题研究结对帮扶工作",
        ),
        (
            _commitment("培训", "100人次/年", period="年"),
            "培训100人次/年",
            "100 person-times a year: 培训",
        ),
        (
            _commitment("集中营销", "2次", period="年"),
            "集中营销每年2次",
            "2 times a year: 集中营销",
        ),
        (
            _commitment("贫困村出列", "19个", period="2018年"),
            "贫困村出列19个（2018年）",
            "19: 贫困村出列 (2018年)",
        ),
        (
            _commitment(
                "标准厂房建设",
                "35万平方米",
                period="2018-2020年",
                parts=[
                    _commitment("标准厂房建设", "10万平方米"),
                    _commitment("标准厂房建设", "14万平方米"),
                ],
            ),
            "标准厂房建设35万㎡（2018-2020年）（其中10万㎡、14万㎡）",
            "350,000 m²: 标准厂房建设 (2018-2020年) (of which 100,000 m²; 140,000 m²)",
        ),
        (
            _commitment(
                "干部人才培训",
                "1500人次以上",
                parts=[_commitment("电商、文旅", "100人次")],
            ),
            "干部人才培训1500人次以上（其中电商、文旅100人次）",
            "at least 1,500 person-times: 干部人才培训 (of which 100 person-times: 电商、文旅)",
        ),
    ],
)
def test_commitment_table(commitment: Commitment, zh: str, en: str) -> None:
    assert format_commitment(commitment) == zh
    assert format_commitment(commitment, locale="en") == en


def test_commitment_in_traditional_chinese_keeps_the_metric_as_written() -> None:
    c = _commitment("开展“四季文旅”活动", "3场次以上")
    assert format_commitment(c, locale="zh_Hant_TW") == "开展“四季文旅”活动3場次以上"


def test_every_sample_commitment_formats() -> None:
    for name in samples.names():
        for commitment in _commitments(samples.load(name)):
            zh = format_commitment(commitment)
            assert zh.startswith(commitment.metric)
            assert commitment.metric in format_commitment(commitment, locale="en")


def test_commitment_errors() -> None:
    with pytest.raises(InvalidTypeError, match="format_commitment: a Quantity is not a Commitment"):
        format_commitment(parse_quantity("40名"))  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="no wording for targets in this language"):
        format_commitment(_commitment("转移就业", "40名"), locale="ja")


# -- dates --------------------------------------------------------------------------------

SPAN = DateSpan(PartialDate(2018), PartialDate(2019))


@pytest.mark.parametrize(
    ("date", "locale", "style", "expected"),
    [
        (PartialDate(2025, 11), "zh_CN", "medium", "2025年11月"),
        (PartialDate(2025), "zh_CN", "medium", "2025年"),
        (PartialDate(2025), "zh_CN", "short", "2025年"),
        (PartialDate(2025, 11), "zh_CN", "short", "2025/11"),
        (PartialDate(2025, 11, 30), "zh_CN", "short", "2025/11/30"),
        (PartialDate(2025, 3, 9), "zh_Hant_HK", "short", "2025/3/9"),
        (DateSpan(PartialDate(2025, 3), PartialDate(2025, 11)), "zh_CN", "short", "2025/3—2025/11"),
        (PartialDate(2025, 11, 30), "zh_CN", "medium", "2025年11月30日"),
        (PartialDate(2025, 11, 30), "zh_CN", "long", "2025年11月30日"),
        (PartialDate(2025, 11), "zh_Hant_TW", "medium", "2025年11月"),
        (PartialDate(2025, 11, 30), "zh_Hant_TW", "medium", "2025年11月30日"),
        (datetime.date(2025, 2, 9), "zh_CN", "medium", "2025年2月9日"),
        (datetime.datetime(2025, 2, 9, 23, 59), "zh_CN", "medium", "2025年2月9日"),  # noqa: DTZ001
        (SPAN, "zh_CN", "medium", "2018—2019年"),
        (SPAN, "zh_Hant_TW", "medium", "2018—2019年"),
        (SPAN, "zh_CN", "short", "2018—2019年"),
        (DateSpan(PartialDate(2018), PartialDate(2018)), "zh_CN", "medium", "2018年"),
        (
            DateSpan(PartialDate(2025, 3), PartialDate(2025, 11)),
            "zh_CN",
            "medium",
            "2025年3月至11月",
        ),
        (
            DateSpan(PartialDate(2025, 3), PartialDate(2025, 11)),
            "zh_Hant_TW",
            "long",
            "2025年3月至11月",
        ),
        (
            DateSpan(PartialDate(2024, 10), PartialDate(2025, 6)),
            "zh_CN",
            "medium",
            "2024年10月至2025年6月",
        ),
        (
            DateSpan(PartialDate(2025, 3, 1), PartialDate(2025, 3, 9)),
            "zh_CN",
            "medium",
            "2025年3月1日至9日",
        ),
        (
            DateSpan(PartialDate(2025, 3, 1), PartialDate(2025, 4, 9)),
            "zh_CN",
            "medium",
            "2025年3月1日至4月9日",
        ),
        (
            DateSpan(PartialDate(2025, 3, 1), PartialDate(2026, 3, 1)),
            "zh_CN",
            "medium",
            "2025年3月1日至2026年3月1日",
        ),
        (DateSpan(PartialDate(2018), PartialDate(2019, 6)), "zh_CN", "medium", "2018年—2019年6月"),
    ],
)
def test_chinese_date_table(date: object, locale: str, style: str, expected: str) -> None:
    """Chinese dates and spans are aidmodel's own: exact, whatever CLDR release Babel has."""
    assert format_date(date, locale=locale, style=style) == expected  # type: ignore[arg-type]


# CLDR decides the separator of an interval (en dash, with or without thin spaces): accepted.
_DASH = "\\s*[\u2013\u2014~-]\\s*"


@pytest.mark.parametrize(
    ("date", "locale", "style", "pattern"),
    [
        (PartialDate(2025, 11), "en", "medium", "Nov 2025"),
        (PartialDate(2025, 11), "en", "long", "November 2025"),
        (PartialDate(2025), "en", "medium", "2025"),
        (PartialDate(2025, 11, 30), "en", "medium", "Nov 30, 2025"),
        (PartialDate(2025, 11, 30), "en_GB", "medium", "30 Nov 2025"),
        (PartialDate(2025, 11, 30), "en_GB", "long", "30 November 2025"),
        (PartialDate(2025, 11, 30), "en", "long", "November 30, 2025"),
        (SPAN, "en_GB", "medium", f"2018{_DASH}2019"),
        (SPAN, "en", "medium", f"2018{_DASH}2019"),
        (
            DateSpan(PartialDate(2018), PartialDate(2019, 6)),
            "en_GB",
            "medium",
            f"2018{_DASH}Jun 2019",
        ),
        (PartialDate(2025, 11), "fr", "medium", "nov\\. 2025"),
    ],
)
def test_cldr_date_table(date: object, locale: str, style: str, pattern: str) -> None:
    """Other languages are CLDR's: the parts are checked, not its spacing or dashes."""
    assert re.fullmatch(pattern, format_date(date, locale=locale, style=style))  # type: ignore[arg-type]


def test_date_errors() -> None:
    with pytest.raises(
        InvalidTypeError, match=r"format_date: a str is not a date; .* got '2025-11'"
    ):
        format_date("2025-11")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"format_date\(style=...\): not a style"):
        format_date(PartialDate(2025), style="full")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="unknown locale"):
        format_date(PartialDate(2025), locale="xx")


# -- the module ---------------------------------------------------------------------------


def test_public_functions_have_examples_and_a_version_tag() -> None:
    from aidmodel import formatting, frames, fundplan

    for module in (formatting, fundplan, frames):
        for name in module.__all__:
            obj = getattr(module, name)
            if callable(obj):  # functions and classes; constants are documented by comments
                assert ">>>" in (obj.__doc__ or ""), f"{module.__name__}.{name} has no example"
        assert "versionadded:: 0.1.0" in (module.__doc__ or "")
    for function in (format_money, format_quantity, format_commitment, format_date):
        assert "versionadded:: 0.1.0" in (function.__doc__ or "")
