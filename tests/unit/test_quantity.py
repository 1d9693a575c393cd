"""Examples and tables for aidmodel.quantity: parse_quantity, Quantity, Bound."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from aidmodel import (
    Bound,
    InvalidTypeError,
    InvalidValueError,
    Money,
    NumeralError,
    Quantity,
    parse_quantity,
)
from aidmodel.quantity import UNIT_ALIASES

B = Bound

TABLE = [
    # text, value, high, unit, bound, per
    ("40名以上", "40", None, "名", B.AT_LEAST, None),
    ("50人次以上", "50", None, "人次", B.AT_LEAST, None),
    ("1500人次", "1500", None, "人次", B.EXACT, None),
    ("200人", "200", None, "人", B.EXACT, None),
    ("不少于5次", "5", None, "次", B.AT_LEAST, None),
    ("不低于100人次/年", "100", None, "人次", B.AT_LEAST, "年"),
    ("至少1次", "1", None, "次", B.AT_LEAST, None),
    ("每半年至少1次", "1", None, "次", B.AT_LEAST, "半年"),
    ("每年2次", "2", None, "次", B.EXACT, "年"),
    ("100人次/年", "100", None, "人次", B.EXACT, "年"),
    ("1000元/月", "1000", None, "元", B.EXACT, "月"),
    ("170余万元", "1700000", None, "元", B.MORE_THAN, None),
    ("约170余万元", "1700000", None, "元", B.ABOUT, None),
    ("21万余元", "210000", None, "元", B.MORE_THAN, None),
    ("1万余人次", "10000", None, "人次", B.MORE_THAN, None),
    ("1400余个", "1400", None, "个", B.MORE_THAN, None),
    ("10余名", "10", None, "名", B.MORE_THAN, None),
    ("100多人", "100", None, "人", B.MORE_THAN, None),
    ("超过50人", "50", None, "人", B.MORE_THAN, None),
    ("近60亿", "6000000000", None, None, B.NEARLY, None),
    ("将近40名", "40", None, "名", B.NEARLY, None),
    ("约2000㎡", "2000", None, "㎡", B.ABOUT, None),
    ("2000㎡左右", "2000", None, "㎡", B.ABOUT, None),
    ("20人以内", "20", None, "人", B.AT_MOST, None),
    ("不超过3项", "3", None, "项", B.AT_MOST, None),
    ("不足10人", "10", None, "人", B.LESS_THAN, None),
    ("3%", "3", None, "%", B.EXACT, None),
    ("３％", "3", None, "%", B.EXACT, None),
    ("2—3个", "2", "3", "个", B.RANGE, None),
    ("1~2个", "1", "2", "个", B.RANGE, None),
    ("1～2个", "1", "2", "个", B.RANGE, None),
    ("2至3个", "2", "3", "个", B.RANGE, None),
    ("2-3个", "2", "3", "个", B.RANGE, None),
    ("5—10万元", "50000", "100000", "元", B.RANGE, None),
    ("1—2亿", "100000000", "200000000", None, B.RANGE, None),
    ("五六十万元", "500000", "600000", "元", B.RANGE, None),
    ("三四个", "3", "4", "个", B.RANGE, None),
    ("15000㎡以上", "15000", None, "㎡", B.AT_LEAST, None),
    ("3500平方米", "3500", None, "㎡", B.EXACT, None),
    ("10.486公里", "10.486", None, "公里", B.EXACT, None),
    ("1.635千米", "1.635", None, "公里", B.EXACT, None),
    ("四十名", "40", None, "名", B.EXACT, None),
    ("逾百人", "100", None, "人", B.MORE_THAN, None),
    ("千余人", "1000", None, "人", B.MORE_THAN, None),
    ("2018", "2018", None, None, B.EXACT, None),
    ("3952.310194万元", "39523101.94", None, "元", B.EXACT, None),
    ("35 万亩", "350000", None, "亩", B.EXACT, None),
    ("约 1000 人", "1000", None, "人", B.ABOUT, None),
    ("1438.08m2", "1438.08", None, "㎡", B.EXACT, None),
    ("2500 平方", "2500", None, "㎡", B.EXACT, None),
    ("2018—2020年", "2018", "2020", "年", B.RANGE, None),
    # 约, 左右 (a hedge) and 以上, 不少于 (a floor) on a range: the range (2—3个以上 is met from
    # 2 on, as every range is); the words stay in the text.
    ("约2—3个", "2", "3", "个", B.RANGE, None),
    ("大约五六十人", "50", "60", "人", B.RANGE, None),
    ("2—3个左右", "2", "3", "个", B.RANGE, None),
    ("2至3个以上", "2", "3", "个", B.RANGE, None),
    ("不少于2—3个", "2", "3", "个", B.RANGE, None),
    ("约500—600立方米", "500", "600", "立方米", B.RANGE, None),
    # One digit after a unit abbreviates the rest of its group, in either script.
    ("1万2人", "12000", None, "人", B.EXACT, None),
    ("一万二人", "12000", None, "人", B.EXACT, None),
    ("三千五万元", "35000000", None, "元", B.EXACT, None),
]


@pytest.mark.parametrize(
    ("text", "value", "high", "unit", "bound", "per"), TABLE, ids=[r[0] for r in TABLE]
)
def test_parse_quantity(
    text: str, value: str, high: str | None, unit: str | None, bound: Bound, per: str | None
) -> None:
    q = parse_quantity(text)
    assert q.value == Decimal(value)
    assert q.high == (None if high is None else Decimal(high))
    assert q.unit == unit
    assert q.bound is bound
    assert q.per == per
    assert q.text == text
    assert q.low == q.value


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("以上", "no figure"),
        ("名", "no figure"),
        ("约以上40名", "no figure"),
        ("40名以上以下", "'名以上' is not a unit"),
        ("至少40名以下", "conflicting bounds"),
        ("3—2个", "a range that ends below its start"),
        ("2—3余个", "余 or 多 in a range"),
        ("100人次/", "no period after '/'"),
        ("100人次/3", "no period after '/'"),
        ("每人2次", "每 without a period"),
        ("每年每月2次", "two periods"),
        ("40名（其中10名）", "is not a unit"),
        ("3年一亿", "'年一亿' is not a unit"),
        ("一对一", "'对一' is not a unit"),
        # Bounds a range cannot carry: the true figure would be below, above or near it.
        ("2—3个以内", "conflicting bounds '以内' and '—'"),
        ("近2—3个", "conflicting bounds '近' and '—'"),
        ("超过2—3个", "conflicting bounds"),
        # A quantity is not written digit by digit: 二〇二五 is a year, 一二三 no figure.
        ("二〇二五年", "'二〇二五' written digit by digit"),
        ("一二三个", "'一二三' written digit by digit"),  # not the range 一二 of 三 (13—23)
        ("二〇二五元", "written digit by digit"),
    ],
)
def test_parse_quantity_errors(text: str, problem: str) -> None:
    with pytest.raises(NumeralError) as info:
        parse_quantity(text)
    assert problem in str(info.value)
    assert repr(text) in str(info.value)


def test_a_quantity_the_model_refuses_is_a_numeral_error_of_parse_quantity(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Whatever the reading did not foresee, the model's refusal never escapes as such: the
    # error names parse_quantity and quotes the input.
    def refuse(**fields: object) -> Quantity:
        raise InvalidValueError("Quantity.high (上限)", "refused", expected="x", got=fields["high"])

    monkeypatch.setattr("aidmodel.quantity.Quantity", refuse)
    with pytest.raises(
        NumeralError,
        match=r"^parse_quantity: not one quantity: Quantity\.high \(上限\): refused; expected a figure"
        r" such as 40名以上, 约2—3个 or 170余万元, got '约2—3个'$",
    ) as info:
        parse_quantity("约2—3个")
    assert isinstance(info.value.__cause__, InvalidValueError)


def test_quantity_validation() -> None:
    q = Quantity(value=40, unit="名", bound=Bound.AT_LEAST)
    assert q.value == Decimal(40)
    with pytest.raises(
        InvalidTypeError, match=r"Quantity\.value \(数值\): a float is not an exact number"
    ):
        Quantity(value=40.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"Quantity\.value \(数值\): not a finite number"):
        Quantity(value=Decimal("NaN"))
    with pytest.raises(InvalidValueError, match=r"Quantity\.unit \(单位\): blank text"):
        Quantity(value=1, unit=" ")
    with pytest.raises(InvalidValueError, match="a range without its high end"):
        Quantity(value=1, bound=Bound.RANGE)
    with pytest.raises(InvalidValueError, match="a high end on an at_least figure"):
        Quantity(value=1, high=2, bound=Bound.AT_LEAST)
    with pytest.raises(InvalidValueError, match="a range that ends below its start"):
        attrs.evolve(parse_quantity("2—3个"), high=Decimal(1))


def test_quantity_is_frozen_and_hashable() -> None:
    q = parse_quantity("40名以上")
    assert q == parse_quantity("40名以上")
    assert hash(q) == hash(parse_quantity("40名以上"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.value = Decimal(1)  # type: ignore[misc]


def test_to_money() -> None:
    assert parse_quantity("21万余元").to_money() == Money.from_wan(21)
    with pytest.raises(InvalidValueError, match="not an amount of money"):
        parse_quantity("近60亿").to_money()


def test_bound_labels_and_values_are_stable() -> None:
    assert {b.value for b in Bound} == {
        "exact",
        "at_least",
        "more_than",
        "about",
        "nearly",
        "at_most",
        "less_than",
        "range",
    }
    assert Bound.AT_LEAST.label == "以上"
    assert Bound.MORE_THAN.label == "余"
    assert Bound.EXACT.label == ""


def test_unit_aliases_are_equivalences_only() -> None:
    assert UNIT_ALIASES["平方米"] == "㎡"
    assert UNIT_ALIASES["千米"] == "公里"
    for different in ("名", "人", "人次"):
        assert different not in UNIT_ALIASES


def test_a_figure_scaled_past_any_plans_is_too_large() -> None:
    with pytest.raises(NumeralError, match="too large"):
        parse_quantity("170余" + "万" * 30 + "元")
