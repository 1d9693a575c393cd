"""Junk input: every parser sees blanks, None, look-alikes and mixed scripts, and only
ever raises aidmodel errors (never KeyError, IndexError or decimal.InvalidOperation)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from aidmodel import (
    AidModelError,
    Commitment,
    Money,
    Programme,
    Project,
    build,
    extract_commitments,
    parse_chinese_number,
    parse_commitment,
    parse_quantity,
    parse_rmb_upper,
    rmb_upper,
    to_chinese,
)
from aidmodel.importers import parse_plan

JUNK: list[object] = [
    "",
    " ",
    "\t\n",
    "\u3000",  # ideographic space
    None,
    0.5,
    b"766",
    ["766万元"],
    "万元",
    "元",
    "整",
    "亿亿亿",
    "点",
    "..",
    "1..5万元",
    "1,2,3万元",
    ",766万元",
    "766,万元",
    "—",
    "2—",
    "—3个",
    "2——3个",
    "2－3个",  # full-width hyphen-minus
    "2‐3个",  # hyphen
    "2‑3个",  # non-breaking hyphen
    "２－３个",
    "壹佰两拾元",
    "一百贰拾元",
    "柒佰陆拾陆万元整整",
    "元元",
    "角",
    "分分",
    "零零零",
    "〇〇万",
    "一〇万",
    "两两",
    "负",
    "负负五",
    "--5",
    "5-",
    "1e999999",
    "1E5万元",
    "NaN",
    "Infinity",
    "七百六十六万元整 and more",
    "seven hundred",
    "٣٤",  # Arabic-Indic digits
    "۳۴万元",
    "𝟕𝟔𝟔万元",  # mathematical digits
    "Ⅻ",
    "①②",
    "9" * 400,
    "一" * 400,
    "十" * 50,
    "万" * 50,
    "1" + "0" * 5000 + "元",
    "0." + "0" * 5000 + "1万元",
    "（一）",
    "１２３４５６７８９０１２３４５６７８９０１２３元",
    "壹拾壹拾元",
    "壹佰仟元",
    "伍角伍分伍厘",
    "/年",
    "每年",
    "40名以上/",
    "以上40名",
]

PARSERS: dict[str, Callable[[object], object]] = {
    "Money.parse": Money.parse,  # type: ignore[dict-item]
    "Money.from_yuan": Money.from_yuan,  # type: ignore[dict-item]
    "Money.from_wan": Money.from_wan,  # type: ignore[dict-item]
    "parse_chinese_number": parse_chinese_number,  # type: ignore[dict-item]
    "parse_rmb_upper": parse_rmb_upper,  # type: ignore[dict-item]
    "parse_quantity": parse_quantity,  # type: ignore[dict-item]
    "parse_commitment": parse_commitment,  # type: ignore[dict-item]
    "extract_commitments": extract_commitments,  # type: ignore[dict-item]
    "rmb_upper": rmb_upper,  # type: ignore[dict-item]
    "to_chinese": to_chinese,  # type: ignore[dict-item]
    "parse_plan": parse_plan,  # type: ignore[dict-item]
    "build(Project.amount)": lambda junk: build({"name": "x", "amount": junk}, Project),
    "build(Project.deadline)": lambda junk: build({"name": "x", "deadline": junk}, Project),
    "build(Project.span)": lambda junk: build({"name": "x", "span": junk}, Project),
    "build(Project.units)": lambda junk: build({"name": "x", "units": junk}, Project),
    "build(Programme.year)": lambda junk: build({"title": "t", "year": junk}, Programme),
    "build(Commitment)": lambda junk: build(junk, Commitment),
}


@pytest.mark.parametrize("name", sorted(PARSERS))
@pytest.mark.parametrize("junk", JUNK, ids=[repr(j)[:30] for j in JUNK])
def test_junk_only_raises_aidmodel_errors(name: str, junk: object) -> None:
    try:
        PARSERS[name](junk)
    except AidModelError as err:
        message = str(err)
        assert message.strip()
        if isinstance(junk, str) and len(junk) < 100:
            assert repr(junk) in message, message
    # Returning a value is fine for inputs that happen to be valid (e.g. "1E5万元").


@pytest.mark.parametrize(
    "text",
    ["壹佰两拾元", "一百贰拾元", "两两", "壹拾壹拾元", "万元", "", " ", "2——3个", "〇〇万"],
)
def test_junk_is_refused_where_it_must_be(text: str) -> None:
    with pytest.raises(AidModelError):
        parse_rmb_upper(text)
