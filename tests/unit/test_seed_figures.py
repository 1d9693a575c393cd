"""Every money figure, uppercase amount and bounded figure of the five seed documents.

The seeds are five Chinese aid plans and reports (对口帮扶 / 东西部协作):

- 000: 乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案
- 001: 峨边彝族自治县2025年东西部协作项目实施方案
- 002: 脱贫攻坚简报2019年第2期 (衢江—平武, 青白江—九龙; the page text is duplicated)
- 003: 2020年两江新区助推彭水自治县打赢脱贫攻坚战工作方案 (with its project table)
- 004: 2018年滨江区·建始县东西部扶贫协作工作要点 (with attachments 1 and 2)

Every expected value below was computed by hand from the document, never by the
library. The tables are checked against the documents themselves: a regular
expression finds every figure with 万元/万/亿元/亿/元 in each seed and every
match must be in a table, so a figure cannot be silently missed.

Whitespace: seed 004 was extracted from a PDF and has typesetting spaces around
Arabic numbers (需资金 450 万元, 约 1000 人, 35 万亩). The tables keep the text
exactly as written; the main tests remove all whitespace before parsing
(:func:`compact`), because those spaces are layout, not part of the figure.
:func:`test_money_as_written_with_spaces` and
:func:`test_quantity_as_written_with_spaces` then parse the spaced text as
written, to pin down what the library does with it.

The seeds are read from ``tests/fixtures/seeds`` (copies of ``../shared/seeds``).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from pathlib import Path

import pytest

from aidmodel import (
    AidModelError,
    Bound,
    Money,
    parse_chinese_number,
    parse_quantity,
    parse_rmb_upper,
    rmb_upper,
    to_chinese,
)

SEED_IDS = ("000", "001", "002", "003", "004")
SEEDS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"

EXACT = Bound.EXACT
AT_LEAST = Bound.AT_LEAST
MORE_THAN = Bound.MORE_THAN
ABOUT = Bound.ABOUT
NEARLY = Bound.NEARLY
RANGE = Bound.RANGE


# -- helpers -------------------------------------------------------------------------------------


def compact(text: str) -> str:
    """The text without any whitespace: the PDF spaces of seed 004 are layout, not figure."""
    return "".join(text.split())


@functools.cache
def seed_text(seed: str) -> str:
    """The full text of one seed document."""
    paths = sorted(SEEDS_DIR.glob(f"{seed}_*.txt"))
    assert len(paths) == 1, f"expected one file {seed}_*.txt in {SEEDS_DIR}, found {paths}"
    return paths[0].read_text(encoding="utf-8")


# Readable ASCII test ids: pytest escapes non-ASCII ids into \uXXXX, so the
# Chinese of a figure is spelt in pinyin (longest token first).
_PINYIN = {
    "不少于": "bushaoyu",
    "不低于": "budiyu",
    "及以上": "jiyishang",
    "平方米": "pingfangmi",
    "以上": "yishang",
    "至少": "zhishao",
    "万元": "wanyuan",
    "亿元": "yiyuan",
    "人次": "renci",
    "场次": "changci",
    "台次": "taici",
    "个月": "geyue",
    "公里": "gongli",
    "千米": "qianmi",
    "厘米": "limi",
    "平方": "pingfang",
    "半年": "bannian",
    "万": "wan",
    "亿": "yi",
    "元": "yuan",
    "余": "yu",
    "约": "yue",
    "近": "jin",
    "每": "mei",
    "名": "ming",
    "人": "ren",
    "场": "chang",
    "次": "ci",
    "个": "ge",
    "户": "hu",
    "项": "xiang",
    "亩": "mu",
    "头": "tou",
    "吨": "dun",
    "米": "mi",
    "年": "nian",
    "月": "yue",
    "台": "tai",
    "家": "jia",
    "口": "kou",
    "层": "ceng",
    "条": "tiao",
    "方": "fang",
    "级": "ji",
    "座": "zuo",
    "栋": "dong",
    "一": "yi",
    "㎡": "m2",
    "—": "-",
    "~": "~",
    "%": "pct",
}


def ascii_id(*parts: str) -> str:
    """'000', '约170余万元' -> '000-yue-170-yu-wanyuan'."""
    pieces: list[str] = []
    for part in parts:
        i, run = 0, ""
        while i < len(part):
            for token, word in _PINYIN.items():
                if part.startswith(token, i):
                    if word.isalpha():
                        pieces.extend([run, word] if run else [word])
                        run = ""
                    else:
                        run += word
                    i += len(token)
                    break
            else:
                char = part[i]
                if char.isspace():
                    if run:
                        pieces.append(run)
                    run = ""
                else:
                    run += char if char.isascii() else f"U{ord(char):04X}"
                i += 1
        if run:
            pieces.append(run)
    return "-".join(p for p in pieces if p)


# -- part 1: every money figure in the seeds -----------------------------------------------------

# (seed, text as written, yuan computed by hand)
MONEY: list[tuple[str, str, str]] = [
    # 000 市中区—峨边 2025
    ("000", "750万元", "7500000.00"),
    ("000", "16万", "160000.00"),
    ("000", "766万元", "7660000.00"),
    ("000", "378万元", "3780000.00"),
    ("000", "22万元", "220000.00"),
    ("000", "50万元", "500000.00"),
    ("000", "18万元", "180000.00"),
    ("000", "220万元", "2200000.00"),
    ("000", "78万元", "780000.00"),
    ("000", "66万元", "660000.00"),
    ("000", "212万元", "2120000.00"),
    ("000", "100万元", "1000000.00"),
    ("000", "10万元", "100000.00"),
    ("000", "20万元", "200000.00"),
    ("000", "15万元", "150000.00"),
    ("000", "3万元", "30000.00"),
    ("000", "40万元", "400000.00"),
    ("000", "58万元", "580000.00"),
    # 001 峨边东西部协作 2025
    ("001", "3952.310194万元", "39523101.94"),
    ("001", "3900万元", "39000000.00"),
    ("001", "52.310194万元", "523101.94"),
    ("001", "1650万元", "16500000.00"),
    ("001", "300万元", "3000000.00"),
    ("001", "290万元", "2900000.00"),
    ("001", "200万元", "2000000.00"),
    ("001", "1212.310194万元", "12123101.94"),
    ("001", "1150万元", "11500000.00"),
    ("001", "34.5万元", "345000.00"),
    ("001", "500万元", "5000000.00"),
    ("001", "15万元", "150000.00"),
    ("001", "150万元", "1500000.00"),
    ("001", "140万元", "1400000.00"),
    ("001", "50万元", "500000.00"),
    ("001", "962.310194万元", "9623101.94"),
    # 002 简报 2019 第2期 (exact amounts; hedged ones are in QUANTITIES)
    ("002", "50亿", "5000000000.00"),
    ("002", "12亿", "1200000000.00"),
    ("002", "3600万元", "36000000.00"),
    ("002", "3.3亿元", "330000000.00"),
    ("002", "3500元", "3500.00"),
    ("002", "1000元", "1000.00"),
    ("002", "1500元", "1500.00"),
    ("002", "534万元", "5340000.00"),
    ("002", "1250万元", "12500000.00"),
    ("002", "1050万元", "10500000.00"),
    ("002", "200万元", "2000000.00"),
    ("002", "2000万元", "20000000.00"),
    ("002", "2400元", "2400.00"),
    ("002", "5000元", "5000.00"),
    # 003 两江新区—彭水 2020 (text, and 万 inside the table cells 190（县委组织部90万、…）)
    ("003", "5487万元", "54870000.00"),
    ("003", "568.71万元", "5687100.00"),
    ("003", "1689.98万元", "16899800.00"),
    ("003", "500万元", "5000000.00"),
    ("003", "1383.48万元", "13834800.00"),
    ("003", "924.83万元", "9248300.00"),
    ("003", "20万元", "200000.00"),
    ("003", "400万元", "4000000.00"),
    ("003", "90万", "900000.00"),
    ("003", "50万", "500000.00"),
    ("003", "80万", "800000.00"),
    ("003", "60万", "600000.00"),
    ("003", "100万", "1000000.00"),
    ("003", "106万", "1060000.00"),
    ("003", "150万", "1500000.00"),
    # 004 滨江—建始 2018 (PDF text: spaces around the numbers, see compact())
    ("004", "150万元", "1500000.00"),
    ("004", "450 万元", "4500000.00"),
    ("004", "425 万元", "4250000.00"),
    ("004", "230 万元", "2300000.00"),
    ("004", "1105 万元", "11050000.00"),
    ("004", "650 万元", "6500000.00"),
    ("004", "374 万元", "3740000.00"),
    ("004", "433 万元", "4330000.00"),
    ("004", "1457 万元", "14570000.00"),
    ("004", "750 万元", "7500000.00"),
    ("004", "2000 万元", "20000000.00"),
]

# Matches of MONEY_RE that are not amounts of money: 万 scales a count or an area.
# Each maps to the quantities (in QUANTITIES) that contain it.
NOT_MONEY: dict[tuple[str, str], tuple[str, ...]] = {
    ("002", "1万"): ("1万余人次",),
    ("004", "35 万"): ("35 万亩", "35 万平方米"),
    ("004", "40 万"): ("40 万吨",),
    ("004", "1 万"): ("1 万亩",),
    ("004", "10 万"): ("10 万平方米",),
    ("004", "14 万"): ("14 万平方米",),
    ("004", "11 万"): ("11 万平方米",),
}

# A figure in Arabic digits with 万元/万/亿元/亿/元, with its hedge (近, 约, 余), a
# range (1—2亿) and a period (/月) when written, and PDF spaces (450 万元).
MONEY_RE = re.compile(
    r"(?<![0-9０-９.,])"
    r"(?:[近约][^\S\n]*)?"
    r"[0-9０-９][0-9０-９.,]*"
    r"(?:[—~～][0-9０-９][0-9０-９.,]*)?"
    r"[^\S\n]*余?(?:万元|万|亿元|亿|元)(?:余元)?(?:/[年月])?"
)
# An amount in Chinese numerals, lowercase or uppercase.
CHINESE_MONEY = {"002": {"一亿"}}  # 3年一亿, see test_three_years_one_yi_is_money
CHINESE_MONEY_RE = re.compile(r"[一二三四五六七八九十百千两〇零]+(?:万元|万|亿元|亿|元)")
UPPER_MONEY_RE = re.compile(
    r"[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[元圆][零壹贰叁肆伍陆柒捌玖角分整正]*"
)


def _money_params() -> list[object]:
    return [pytest.param(seed, text, yuan, id=ascii_id(seed, text)) for seed, text, yuan in MONEY]


@pytest.mark.parametrize(("seed", "text", "yuan"), _money_params())
def test_money_parse(seed: str, text: str, yuan: str) -> None:
    money = Money.parse(compact(text))
    assert money.yuan == Decimal(yuan)
    assert str(money.yuan) == yuan  # exactly two decimal places
    assert parse_rmb_upper(rmb_upper(money)) == money
    assert Money.from_wan(money.to_wan()) == money
    assert Money.from_yuan(yuan) == money


@pytest.mark.parametrize(
    ("seed", "text", "yuan"),
    [
        pytest.param(seed, text, yuan, id=ascii_id(seed, text))
        for seed, text, yuan in MONEY
        if compact(text) != text
    ],
)
def test_money_as_written_with_spaces(seed: str, text: str, yuan: str) -> None:
    assert Money.parse(text).yuan == Decimal(yuan)


@pytest.mark.parametrize("seed", SEED_IDS)
def test_every_money_figure_of_the_seed_is_in_a_table(seed: str) -> None:
    text = seed_text(seed)
    money = {t for s, t, _ in MONEY if s == seed}
    quantities = {row[1] for row in QUANTITIES if row[0] == seed}
    not_money = {t for s, t in NOT_MONEY if s == seed}
    found = {m.group() for m in MONEY_RE.finditer(text)}
    missing = found - money - quantities - not_money
    assert not missing, f"figures of seed {seed} in no table: {sorted(missing)}"
    # And the other way round: no row for a figure the seed does not have.
    for figure in money | not_money:
        assert figure in text, f"{figure!r} is not in seed {seed}"
    for (s, _), containing in NOT_MONEY.items():
        if s == seed:
            assert set(containing) <= quantities


@pytest.mark.parametrize("seed", SEED_IDS)
def test_amounts_in_chinese_numerals_are_known(seed: str) -> None:
    text = seed_text(seed)
    lower = {m.group() for m in CHINESE_MONEY_RE.finditer(text)}
    upper = {m.group() for m in UPPER_MONEY_RE.finditer(text)}
    assert lower == CHINESE_MONEY.get(seed, set())
    assert upper == {t for s, _, t in UPPER_IN_SEEDS if s == seed}


# -- part 2: table cells in 万元 and the sums the documents declare -------------------------------

# Distinct cells of the tables (万元, no unit written), with the yuan computed by hand.
CELLS: dict[str, dict[str, str]] = {
    "003": {
        "333.15": "3331500.00",
        "150": "1500000.00",
        "183.15": "1831500.00",
        "338.31": "3383100.00",
        "278": "2780000.00",
        "60.31": "603100.00",
        "236": "2360000.00",
        "184.5": "1845000.00",
        "51.5": "515000.00",
        "163.75": "1637500.00",
        "80": "800000.00",
        "83.75": "837500.00",
        "361.54": "3615400.00",
        "171.54": "1715400.00",
        "190": "1900000.00",
        "7000": "70000000.00",
        "500": "5000000.00",
        "1500": "15000000.00",
        "1689.98": "16899800.00",
        "439.32": "4393200.00",
        "200": "2000000.00",
        "511.2": "5112000.00",
        "300": "3000000.00",
        "146": "1460000.00",
        "46": "460000.00",
        "1322": "13220000.00",
        "837.48": "8374800.00",
        "578.72": "5787200.00",
        "356": "3560000.00",
        "280": "2800000.00",
        "170": "1700000.00",
        "1200": "12000000.00",
        "168.83": "1688300.00",
        "230": "2300000.00",
        "400": "4000000.00",
        "20": "200000.00",
        "5487": "54870000.00",
    },
    "004": {
        # attachment 1
        "5005": "50050000.00",
        "2000": "20000000.00",
        "2705": "27050000.00",
        "675": "6750000.00",
        "400": "4000000.00",
        "275": "2750000.00",
        "200": "2000000.00",
        "50": "500000.00",
        "150": "1500000.00",
        "175": "1750000.00",
        "25": "250000.00",
        "300": "3000000.00",
        "100": "1000000.00",
        "3800": "38000000.00",
        "1450": "14500000.00",
        "2350": "23500000.00",
        "250": "2500000.00",
        "3500": "35000000.00",
        "1400": "14000000.00",
        "2100": "21000000.00",
        "1600": "16000000.00",
        "700": "7000000.00",
        "900": "9000000.00",
        "500": "5000000.00",
        "1100": "11000000.00",
        "530": "5300000.00",
        "80": "800000.00",
        # attachment 2
        "39242": "392420000.00",
        "31292": "312920000.00",
        "7950": "79500000.00",
        "3000": "30000000.00",
        "1000": "10000000.00",
        "1105": "11050000.00",
        "0": "0.00",
        "1457": "14570000.00",
        "750": "7500000.00",
        "600": "6000000.00",
        "10000": "100000000.00",
        "8000": "80000000.00",
        "6400": "64000000.00",
        "5000": "50000000.00",
        "5300": "53000000.00",
        "4200": "42000000.00",
        "630": "6300000.00",
        "330": "3300000.00",
        "20": "200000.00",
    },
}


def wan(cell: str) -> Money:
    return Money.from_wan(cell)


def total(cells: list[str]) -> Money:
    return sum((wan(c) for c in cells), Money.from_yuan(0))


@pytest.mark.parametrize(
    ("cell", "yuan"),
    [
        pytest.param(cell, yuan, id=f"{seed}-{cell}")
        for seed, cells in CELLS.items()
        for cell, yuan in cells.items()
    ],
)
def test_table_cell_in_wan(cell: str, yuan: str) -> None:
    money = Money.from_wan(cell)
    assert money.yuan == Decimal(yuan)
    assert str(money.yuan) == yuan
    assert money.to_wan() == Decimal(cell)
    assert parse_rmb_upper(rmb_upper(money)) == money


# Seed 003, 2020年两江新区助推彭水自治县脱贫攻坚项目计划表:
# 序号 -> (总投资, 2019年援助资金, 2020年援助资金), 万元; None for an empty cell.
PLAN_003: dict[int, tuple[str, str | None, str]] = {
    1: ("333.15", "150", "183.15"),
    2: ("338.31", "278", "60.31"),
    3: ("236", "184.5", "51.5"),
    4: ("163.75", "80", "83.75"),
    5: ("361.54", "171.54", "190"),
    6: ("7000", None, "500"),
    7: ("7000", "1500", "1689.98"),
    8: ("439.32", None, "200"),
    9: ("511.2", None, "300"),
    10: ("146", None, "46"),
    11: ("1322", None, "837.48"),
    12: ("578.72", None, "356"),
    13: ("280", None, "170"),
    14: ("1200", None, "168.83"),
    15: ("230", None, "230"),
    16: ("400", None, "400"),
    17: ("20", None, "20"),
}
PLAN_003_TOTAL = "5487"  # 合计, in the 2020 column
# Rows whose 总投资 is exactly the aid of 2019 and 2020; the others are co-funded.
PLAN_003_FULLY_AIDED = {1, 2, 3, 4, 5, 15, 16, 17}
# 2020 cells split by unit in the cell itself: 190（县委组织部90万、县司法局50万、县卫生健康委50万）
PLAN_003_SPLITS: dict[int, tuple[str, ...]] = {
    5: ("90万", "50万", "50万"),
    8: ("80万", "60万", "60万"),
    12: ("100万", "106万", "150万"),
}


def test_seed_003_total_is_the_sum_of_the_2020_column() -> None:
    column = [aid_2020 for _, _, aid_2020 in PLAN_003.values()]
    assert total(column) == wan(PLAN_003_TOTAL)
    assert total(column).yuan == Decimal("54870000.00")
    assert total(column) == Money.parse("5487万元")


@pytest.mark.parametrize("row", sorted(PLAN_003), ids=lambda r: f"row{r}")
def test_seed_003_row_aid_within_total_investment(row: int) -> None:
    investment, aid_2019, aid_2020 = PLAN_003[row]
    aid = total([aid_2020] if aid_2019 is None else [aid_2019, aid_2020])
    if row in PLAN_003_FULLY_AIDED:
        assert aid == wan(investment)
    else:
        assert aid < wan(investment)


@pytest.mark.parametrize("row", sorted(PLAN_003_SPLITS), ids=lambda r: f"row{r}")
def test_seed_003_cell_splits_by_department(row: int) -> None:
    parts = [Money.parse(p) for p in PLAN_003_SPLITS[row]]
    assert sum(parts, Money.from_yuan(0)) == wan(PLAN_003[row][2])


# The amounts of the text of seed 003, as sums over the 2020 column of the table.
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("568.71万元", (1, 2, 3, 4, 5), id="continued-2019-projects"),
        pytest.param("1689.98万元", (7,), id="lianjiang-school"),
        pytest.param("500万元", (6,), id="cdc"),
        pytest.param("1383.48万元", (8, 9, 10, 11), id="sanyi"),
        pytest.param("924.83万元", (12, 13, 14, 15), id="daya"),
        pytest.param("400万元", (16,), id="student-aid"),
        pytest.param("20万元", (17,), id="e-commerce"),
        pytest.param("5487万元", tuple(PLAN_003), id="all"),
    ],
)
def test_seed_003_text_amounts_match_the_table(text: str, rows: tuple[int, ...]) -> None:
    assert Money.parse(text) == total([PLAN_003[r][2] for r in rows])


# Seed 004, attachment 1 (财政资金援建项目计划表): 序号 -> (项目总投资, 合计, 财政帮扶资金, 自筹资金).
PLAN_004_1: dict[int, tuple[str, str, str, str]] = {
    1: ("200", "200", "50", "150"),
    2: ("175", "175", "150", "25"),
    3: ("300", "300", "200", "100"),
    4: ("300", "300", "50", "250"),
    5: ("300", "300", "200", "100"),
    6: ("1600", "1600", "700", "900"),
    7: ("1600", "1600", "500", "1100"),
    8: ("530", "530", "150", "80"),  # 150 + 80 = 230, not 530: 300 unaccounted for
}
PLAN_004_1_TOTAL = ("5005", "5005", "2000", "2705")
# 小计 rows: (rows, declared subtotal); 社会事业 has an empty 小计.
PLAN_004_1_SUBTOTALS: dict[str, tuple[tuple[int, ...], tuple[str, str, str, str]]] = {
    "industry": ((1, 2, 3), ("675", "675", "400", "275")),
    "water": ((4,), ("300", "300", "50", "250")),
    "roads": ((5, 6, 7), ("3500", "3500", "1400", "2100")),
    "infrastructure": ((4, 5, 6, 7), ("3800", "3800", "1450", "2350")),
}


def _column(rows: tuple[int, ...] | list[int], index: int) -> Money:
    return total([PLAN_004_1[r][index] for r in rows])


@pytest.mark.parametrize(
    ("row", "gap"),
    [pytest.param(r, "300" if r == 8 else "0", id=f"row{r}") for r in sorted(PLAN_004_1)],
)
def test_seed_004_att1_row_funding_split(row: int, gap: str) -> None:
    investment, allocated, fiscal, own = PLAN_004_1[row]
    assert wan(investment) == wan(allocated)
    # Row 8 (长梁镇下坝中心小学) declares 530 but funds only 150 + 80.
    assert wan(allocated) - (wan(fiscal) + wan(own)) == wan(gap)


@pytest.mark.parametrize("section", sorted(PLAN_004_1_SUBTOTALS))
def test_seed_004_att1_subtotals(section: str) -> None:
    rows, declared = PLAN_004_1_SUBTOTALS[section]
    for index, cell in enumerate(declared):
        assert _column(rows, index) == wan(cell)


def test_seed_004_att1_columns_add_up_but_the_total_does_not_split() -> None:
    everything = sorted(PLAN_004_1)
    for index, cell in enumerate(PLAN_004_1_TOTAL):
        assert _column(everything, index) == wan(cell)  # each column sums to its 合计
    # ... but 合计 5005 = 财政 2000 + 自筹 2705 is false: 2000 + 2705 = 4705.
    investment, _, fiscal, own = PLAN_004_1_TOTAL
    assert wan(fiscal) + wan(own) != wan(investment)
    assert wan(fiscal) + wan(own) == Money.from_wan(4705)
    assert wan(investment) - (wan(fiscal) + wan(own)) == Money.parse("300万元")
    assert (wan(investment) - (wan(fiscal) + wan(own))).yuan == Decimal("3000000.00")


# Seed 004, attachment 2 (招商项目需求表): 序号 -> (项目总投资, 合计, 企业投资或社会帮扶, 自筹资金).
# Rows 1, 2, 4 and 5 (and 合计) hold only three numbers; read as (总投资, 企业, 自筹)
# with 合计 empty, all three declared totals hold (see the test of the other reading).
PLAN_004_2: dict[int, tuple[str, str | None, str, str]] = {
    1: ("500", None, "200", "300"),
    2: ("3000", None, "2000", "1000"),
    4: ("1105", None, "1105", "0"),
    5: ("1457", None, "1457", "0"),
    6: ("750", "750", "750", "0"),
    7: ("2000", "2000", "2000", "0"),
    8: ("3000", "3000", "3000", "0"),
    9: ("2000", "2000", "1000", "1000"),
    13: ("1000", "1000", "600", "400"),
    15: ("10000", "10000", "8000", "2000"),
    16: ("6400", "6400", "5000", "1400"),
    17: ("5300", "5300", "4200", "1100"),
    18: ("2000", "2000", "1600", "400"),
    19: ("100", "100", "80", "20"),
    20: ("630", "630", "300", "330"),
}
PLAN_004_2_TOTAL = ("39242", "31292", "7950")


@pytest.mark.parametrize("row", sorted(PLAN_004_2), ids=lambda r: f"row{r}")
def test_seed_004_att2_row_split(row: int) -> None:
    investment, allocated, enterprise, own = PLAN_004_2[row]
    assert wan(enterprise) + wan(own) == wan(investment)
    if allocated is not None:
        assert wan(allocated) == wan(investment)


def test_seed_004_att2_totals() -> None:
    rows = PLAN_004_2.values()
    declared_investment, declared_enterprise, declared_own = PLAN_004_2_TOTAL
    assert total([r[0] for r in rows]) == wan(declared_investment)
    assert total([r[2] for r in rows]) == wan(declared_enterprise)
    assert total([r[3] for r in rows]) == wan(declared_own)
    assert wan(declared_enterprise) + wan(declared_own) == wan(declared_investment)


def test_seed_004_att2_other_reading_of_short_rows_breaks_the_total() -> None:
    # Reading rows 1, 2, 4, 5 as (总投资, 合计, 企业) instead gives 27830, not 31292.
    short = {1: "300", 2: "1000", 4: "0", 5: "0"}
    enterprise = [short.get(r, cells[2]) for r, cells in PLAN_004_2.items()]
    assert total(enterprise) == Money.from_wan(27830)
    assert total(enterprise) != wan(PLAN_004_2_TOTAL[1])


def test_table_cells_are_all_checked() -> None:
    used_003 = {c for cells in PLAN_003.values() for c in cells if c is not None}
    used_003.add(PLAN_003_TOTAL)
    used_004 = {c for cells in PLAN_004_1.values() for c in cells}
    used_004 |= set(PLAN_004_1_TOTAL)
    used_004 |= {c for _, cells in PLAN_004_1_SUBTOTALS.values() for c in cells}
    used_004 |= {c for cells in PLAN_004_2.values() for c in cells if c is not None}
    used_004 |= set(PLAN_004_2_TOTAL)
    assert used_003 == set(CELLS["003"])
    assert used_004 == set(CELLS["004"])


# Sums declared in the text: (seed, total as written, parts as written).
DECLARED_SUMS: list[object] = [
    pytest.param("000", "766万元", ("750万元", "16万"), id="000-plan-plus-carryover"),
    pytest.param(
        "000",
        "766万元",
        ("378万元", "22万元", "50万元", "18万元", "220万元", "78万元"),
        id="000-six-categories",
    ),
    pytest.param("000", "378万元", ("66万元", "212万元", "100万元"), id="000-industry"),
    pytest.param("000", "50万元", ("10万元", "20万元", "20万元"), id="000-talent"),
    pytest.param("000", "18万元", ("15万元", "3万元"), id="000-area-tasks"),
    pytest.param("000", "220万元", ("40万元", "100万元", "40万元", "40万元"), id="000-livelihood"),
    pytest.param("000", "78万元", ("20万元", "58万元"), id="000-infrastructure"),
    pytest.param(
        "001", "3952.310194万元", ("3900万元", "52.310194万元"), id="001-plan-plus-carryover"
    ),
    pytest.param(
        "001",
        "3952.310194万元",
        ("1650万元", "300万元", "290万元", "200万元", "300万元", "1212.310194万元"),
        id="001-six-categories",
    ),
    pytest.param("001", "1650万元", ("1150万元", "500万元"), id="001-clusters"),
    pytest.param("001", "290万元", ("150万元", "140万元"), id="001-labour"),
    pytest.param(
        "001",
        "1212.310194万元",
        ("50万元", "50万元", "150万元", "962.310194万元"),
        id="001-livelihood",
    ),
    pytest.param("002", "1250万元", ("1050万元", "200万元"), id="002-qingbaijiang-budget"),
    pytest.param(
        "003",
        "5487万元",
        ("568.71万元", "1689.98万元", "500万元", "1383.48万元", "924.83万元", "20万元", "400万元"),
        id="003-seven-items",
    ),
    pytest.param("004", "1105 万元", ("450 万元", "425 万元", "230 万元"), id="004-att2-row4"),
    pytest.param("004", "1457 万元", ("650 万元", "374 万元", "433 万元"), id="004-att2-row5"),
]


@pytest.mark.parametrize(("seed", "declared", "parts"), DECLARED_SUMS)
def test_declared_sums(seed: str, declared: str, parts: tuple[str, ...]) -> None:
    amounts = [Money.parse(compact(p)) for p in parts]
    assert sum(amounts, Money.from_yuan(0)) == Money.parse(compact(declared))
    money = {t for s, t, _ in MONEY if s == seed}
    assert {declared, *parts} <= money


@pytest.mark.parametrize(
    ("investment", "dividend"),
    [
        pytest.param("1150万元", "34.5万元", id="001-bamboo-park"),
        pytest.param("500万元", "15万元", id="001-hq-park"),
    ],
)
def test_seed_001_guaranteed_dividend_is_3_percent(investment: str, dividend: str) -> None:
    rate = parse_quantity("3%").value.scaleb(-2)  # 按照投资3%保底分红
    assert rate == Decimal("0.03")
    assert Money.parse(investment).multiply(rate, rounding=None) == Money.parse(dividend)


def test_seed_004_building_areas_add_up() -> None:
    # 35 万平方米的标准厂房, 其中 2018 年 10 万平方米、2019 年 14 万平方米、2020 年 11 万平方米
    parts = [
        parse_quantity(compact(t)).value for t in ("10 万平方米", "14 万平方米", "11 万平方米")
    ]
    assert sum(parts) == parse_quantity(compact("35 万平方米")).value == Decimal(350000)


# -- part 3: uppercase amounts (大写) -------------------------------------------------------------

# The uppercase strings written in the seeds: (seed, amount it states, text as written).
UPPER_IN_SEEDS = [("000", "766万元", "柒佰陆拾陆万元整")]

# Totals and subtotals of the seeds, with the uppercase written by hand (PBOC rules:
# 壹拾 for 10–19, 整 after 元 without 角/分, one 零 for a run of zeros).
UPPER: list[tuple[str, str, str]] = [
    ("000", "766万元", "柒佰陆拾陆万元整"),
    ("000", "750万元", "柒佰伍拾万元整"),
    ("000", "16万", "壹拾陆万元整"),
    ("001", "3952.310194万元", "叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分"),
    ("001", "3900万元", "叁仟玖佰万元整"),
    ("001", "52.310194万元", "伍拾贰万叁仟壹佰零壹元玖角肆分"),
    ("001", "1212.310194万元", "壹仟贰佰壹拾贰万叁仟壹佰零壹元玖角肆分"),
    ("001", "962.310194万元", "玖佰陆拾贰万叁仟壹佰零壹元玖角肆分"),
    ("001", "34.5万元", "叁拾肆万伍仟元整"),
    ("002", "3600万元", "叁仟陆佰万元整"),
    ("002", "3.3亿元", "叁亿叁仟万元整"),
    ("002", "1250万元", "壹仟贰佰伍拾万元整"),
    ("002", "1050万元", "壹仟零伍拾万元整"),
    ("002", "534万元", "伍佰叁拾肆万元整"),
    ("002", "2400元", "贰仟肆佰元整"),
    ("003", "5487万元", "伍仟肆佰捌拾柒万元整"),
    ("003", "568.71万元", "伍佰陆拾捌万柒仟壹佰元整"),
    ("003", "1689.98万元", "壹仟陆佰捌拾玖万玖仟捌佰元整"),
    ("003", "1383.48万元", "壹仟叁佰捌拾叁万肆仟捌佰元整"),
    ("003", "924.83万元", "玖佰贰拾肆万捌仟叁佰元整"),
    ("004", "1105 万元", "壹仟壹佰零伍万元整"),
    ("004", "1457 万元", "壹仟肆佰伍拾柒万元整"),
]
# Table totals in 万元 (no unit in the cell).
UPPER_CELLS: list[tuple[str, str, str]] = [
    ("003", "60.31", "陆拾万零叁仟壹佰元整"),
    ("003", "183.15", "壹佰捌拾叁万壹仟伍佰元整"),
    ("003", "171.54", "壹佰柒拾壹万伍仟肆佰元整"),
    ("003", "837.48", "捌佰叁拾柒万肆仟捌佰元整"),
    ("003", "168.83", "壹佰陆拾捌万捌仟叁佰元整"),
    ("004", "5005", "伍仟零伍万元整"),
    ("004", "2000", "贰仟万元整"),
    ("004", "2705", "贰仟柒佰零伍万元整"),
    ("004", "39242", "叁亿玖仟贰佰肆拾贰万元整"),
    ("004", "31292", "叁亿壹仟贰佰玖拾贰万元整"),
    ("004", "7950", "柒仟玖佰伍拾万元整"),
    ("004", "10000", "壹亿元整"),
]


def test_document_uppercase_string() -> None:
    text = seed_text("000")
    match = re.search(r"共计资金766万元（大写：([^）]+)）", text)
    assert match is not None
    written = match.group(1)
    assert written == "柒佰陆拾陆万元整"
    assert parse_rmb_upper(written) == Money.from_wan(766)
    assert parse_rmb_upper(written) == Money.parse("750万元") + Money.parse("16万")
    assert Money.parse(written) == Money.parse("766万元")
    assert rmb_upper(Money.from_wan(766)) == written


@pytest.mark.parametrize(
    ("amount", "upper"),
    [pytest.param(a, u, id=ascii_id(s, a)) for s, a, u in UPPER]
    + [pytest.param(f"{c}万元", u, id=ascii_id(s, "cell", c)) for s, c, u in UPPER_CELLS],
)
def test_rmb_upper_of_seed_totals(amount: str, upper: str) -> None:
    money = Money.parse(compact(amount))
    assert rmb_upper(money) == upper
    assert parse_rmb_upper(upper) == money
    assert Money.parse(upper) == money


def test_uppercase_optional_zero_is_accepted() -> None:
    # PBOC: a zero 万位 before a non-zero 仟位 may be written 零 or left out.
    assert parse_rmb_upper("陆拾万叁仟壹佰元整") == Money.from_wan("60.31")
    assert parse_rmb_upper("陆拾万零叁仟壹佰元整") == Money.from_wan("60.31")


# -- part 4: bounded figures (quantities) --------------------------------------------------------

# (seed, text as written, value, high, unit, bound, per); values normalised (万 applied).
QUANTITIES: list[tuple[str, str, str, str | None, str | None, Bound, str | None]] = [
    # 000
    ("000", "16个", "16", None, "个", EXACT, None),
    ("000", "1条", "1", None, "条", EXACT, None),
    ("000", "40名以上", "40", None, "名", AT_LEAST, None),
    ("000", "50名以上", "50", None, "名", AT_LEAST, None),
    ("000", "2场以上", "2", None, "场", AT_LEAST, None),
    ("000", "20人次以上", "20", None, "人次", AT_LEAST, None),
    ("000", "50人次以上", "50", None, "人次", AT_LEAST, None),
    ("000", "3个", "3", None, "个", EXACT, None),
    ("000", "20公里", "20", None, "公里", EXACT, None),
    ("000", "至少1次", "1", None, "次", AT_LEAST, None),
    ("000", "每半年至少1次", "1", None, "次", AT_LEAST, "半年"),
    ("000", "不低于100人次/年", "100", None, "人次", AT_LEAST, "年"),
    # 001
    ("001", "11个", "11", None, "个", EXACT, None),
    ("001", "15000㎡以上", "15000", None, "㎡", AT_LEAST, None),
    ("001", "3%", "3", None, "%", EXACT, None),
    ("001", "约2000㎡", "2000", None, "㎡", ABOUT, None),
    ("001", "3场", "3", None, "场", EXACT, None),
    ("001", "200人", "200", None, "人", EXACT, None),
    ("001", "5个", "5", None, "个", EXACT, None),
    ("001", "1000人以上", "1000", None, "人", AT_LEAST, None),
    ("001", "100人以上", "100", None, "人", AT_LEAST, None),
    ("001", "3场次以上", "3", None, "场次", AT_LEAST, None),
    # 1500人次（其中电商、文旅100人次）以上: see RECONSTRUCTED for the 以上.
    ("001", "1500人次", "1500", None, "人次", EXACT, None),
    ("001", "100人次", "100", None, "人次", EXACT, None),
    ("001", "4人次以上", "4", None, "人次", AT_LEAST, None),
    ("001", "200户", "200", None, "户", EXACT, None),
    ("001", "10余名", "10", None, "名", MORE_THAN, None),
    ("001", "1个", "1", None, "个", EXACT, None),
    # 002
    ("002", "近60亿", "6000000000", None, None, NEARLY, None),
    ("002", "50亿", "5000000000", None, None, EXACT, None),
    ("002", "12亿", "1200000000", None, None, EXACT, None),
    ("002", "1—2亿", "100000000", "200000000", None, RANGE, None),
    ("002", "41名", "41", None, "名", EXACT, None),
    ("002", "10次", "10", None, "次", EXACT, None),
    ("002", "130余次", "130", None, "次", MORE_THAN, None),
    ("002", "1万余人次", "10000", None, "人次", MORE_THAN, None),
    ("002", "60余次", "60", None, "次", MORE_THAN, None),
    ("002", "8台次", "8", None, "台次", EXACT, None),
    ("002", "24家", "24", None, "家", EXACT, None),
    ("002", "1400余个", "1400", None, "个", MORE_THAN, None),
    ("002", "3500元以上", "3500", None, "元", AT_LEAST, None),
    ("002", "120余名", "120", None, "名", MORE_THAN, None),
    ("002", "1860名", "1860", None, "名", EXACT, None),
    ("002", "一年以上", "1", None, "年", AT_LEAST, None),
    ("002", "3个月及以上", "3", None, "个月", AT_LEAST, None),
    ("002", "6个月及以上", "6", None, "个月", AT_LEAST, None),
    ("002", "1000元/月", "1000", None, "元", EXACT, "月"),
    ("002", "1500元/年", "1500", None, "元", EXACT, "年"),
    ("002", "133人次", "133", None, "人次", EXACT, None),
    ("002", "10.486公里", "10.486", None, "公里", EXACT, None),
    ("002", "2.945公里", "2.945", None, "公里", EXACT, None),
    ("002", "15口", "15", None, "口", EXACT, None),
    ("002", "1.635千米", "1.635", None, "公里", EXACT, None),
    ("002", "5.821千米", "5.821", None, "公里", EXACT, None),
    ("002", "25亩", "25", None, "亩", EXACT, None),
    ("002", "3500平方米", "3500", None, "㎡", EXACT, None),
    ("002", "600余亩", "600", None, "亩", MORE_THAN, None),
    ("002", "100余亩", "100", None, "亩", MORE_THAN, None),
    ("002", "2000头以上", "2000", None, "头", AT_LEAST, None),
    ("002", "1000余亩", "1000", None, "亩", MORE_THAN, None),
    ("002", "400余亩", "400", None, "亩", MORE_THAN, None),
    ("002", "200余亩", "200", None, "亩", MORE_THAN, None),
    ("002", "50亩", "50", None, "亩", EXACT, None),
    ("002", "1000亩", "1000", None, "亩", EXACT, None),
    ("002", "1800亩", "1800", None, "亩", EXACT, None),
    ("002", "330亩", "330", None, "亩", EXACT, None),
    ("002", "40吨", "40", None, "吨", EXACT, None),
    ("002", "10余人次", "10", None, "人次", MORE_THAN, None),
    ("002", "700余人次", "700", None, "人次", MORE_THAN, None),
    ("002", "60余人", "60", None, "人", MORE_THAN, None),
    ("002", "300余人次", "300", None, "人次", MORE_THAN, None),
    ("002", "148人次", "148", None, "人次", EXACT, None),
    ("002", "92人次", "92", None, "人次", EXACT, None),
    ("002", "6场次", "6", None, "场次", EXACT, None),
    ("002", "200人", "200", None, "人", EXACT, None),
    # 约170余万元: both hedges; the library documents that 约 wins (ABOUT).
    ("002", "约170余万元", "1700000", None, "元", ABOUT, None),
    ("002", "170余万元", "1700000", None, "元", MORE_THAN, None),
    ("002", "21万余元", "210000", None, "元", MORE_THAN, None),
    # 003
    ("003", "50人以上", "50", None, "人", AT_LEAST, None),
    ("003", "2—3个", "2", "3", "个", RANGE, None),
    ("003", "至少1次", "1", None, "次", AT_LEAST, None),
    ("003", "300人次以上", "300", None, "人次", AT_LEAST, None),
    ("003", "1场以上", "1", None, "场", AT_LEAST, None),
    ("003", "5名以上", "5", None, "名", AT_LEAST, None),
    ("003", "3名", "3", None, "名", EXACT, None),
    ("003", "1~2个", "1", "2", "个", RANGE, None),
    ("003", "至少1项", "1", None, "项", AT_LEAST, None),
    ("003", "不少于5次", "5", None, "次", AT_LEAST, None),
    ("003", "不少于20次", "20", None, "次", AT_LEAST, None),
    ("003", "500名", "500", None, "名", EXACT, None),
    ("003", "8个", "8", None, "个", EXACT, None),
    ("003", "不少于2次", "2", None, "次", AT_LEAST, None),
    ("003", "不少于3项", "3", None, "项", AT_LEAST, None),
    ("003", "4.5公里", "4.5", None, "公里", EXACT, None),
    ("003", "5公里", "5", None, "公里", EXACT, None),
    ("003", "7公里", "7", None, "公里", EXACT, None),
    ("003", "10000平方米", "10000", None, "㎡", EXACT, None),
    ("003", "6000㎡", "6000", None, "㎡", EXACT, None),
    ("003", "约13200平方米", "13200", None, "㎡", ABOUT, None),
    ("003", "约15525平方米", "15525", None, "㎡", ABOUT, None),
    ("003", "1438.08m2", "1438.08", None, "㎡", EXACT, None),
    ("003", "1586.25m2", "1586.25", None, "㎡", EXACT, None),
    ("003", "4层", "4", None, "层", EXACT, None),
    ("003", "443.72m2", "443.72", None, "㎡", EXACT, None),
    ("003", "956.61m2", "956.61", None, "㎡", EXACT, None),
    ("003", "12个", "12", None, "个", EXACT, None),
    ("003", "2685.52平方米", "2685.52", None, "㎡", EXACT, None),
    ("003", "895.78平方米", "895.78", None, "㎡", EXACT, None),
    ("003", "约6500平方米", "6500", None, "㎡", ABOUT, None),
    # 004 (PDF spaces: parsed after compact(); as written in the *_with_spaces test)
    ("004", "19个", "19", None, "个", EXACT, None),
    ("004", "20897名", "20897", None, "名", EXACT, None),
    ("004", "2次", "2", None, "次", EXACT, None),
    ("004", "1000人次以上", "1000", None, "人次", AT_LEAST, None),
    ("004", "3 名", "3", None, "名", EXACT, None),
    ("004", "10 名", "10", None, "名", EXACT, None),
    ("004", "2 名", "2", None, "名", EXACT, None),
    ("004", "50 人", "50", None, "人", EXACT, None),
    ("004", "1 个月以上", "1", None, "个月", AT_LEAST, None),
    ("004", "2次以上", "2", None, "次", AT_LEAST, None),
    ("004", "10 户", "10", None, "户", EXACT, None),
    ("004", "80 户", "80", None, "户", EXACT, None),
    ("004", "不少于 50 个", "50", None, "个", AT_LEAST, None),
    ("004", "4 个", "4", None, "个", EXACT, None),
    ("004", "200方", "200", None, "方", EXACT, None),
    ("004", "20500米", "20500", None, "米", EXACT, None),
    ("004", "1068人", "1068", None, "人", EXACT, None),
    ("004", "175户", "175", None, "户", EXACT, None),
    ("004", "4公里", "4", None, "公里", EXACT, None),
    ("004", "4.5米", "4.5", None, "米", EXACT, None),
    ("004", "3.5米", "3.5", None, "米", EXACT, None),
    ("004", "18厘米", "18", None, "厘米", EXACT, None),
    ("004", "16公里", "16", None, "公里", EXACT, None),
    ("004", "9.73公里", "9.73", None, "公里", EXACT, None),
    ("004", "2234.69平方米", "2234.69", None, "㎡", EXACT, None),
    ("004", "35 万亩", "350000", None, "亩", EXACT, None),
    ("004", "40 万吨", "400000", None, "吨", EXACT, None),
    ("004", "1 万亩", "10000", None, "亩", EXACT, None),
    ("004", "5000 吨", "5000", None, "吨", EXACT, None),
    ("004", "约 1000 人", "1000", None, "人", ABOUT, None),
    ("004", "约 500 人", "500", None, "人", ABOUT, None),
    ("004", "约 400 人", "400", None, "人", ABOUT, None),
    ("004", "45 亩", "45", None, "亩", EXACT, None),
    ("004", "2500 平方", "2500", None, "㎡", EXACT, None),
    ("004", "1400 平方米", "1400", None, "㎡", EXACT, None),
    ("004", "2200 平方", "2200", None, "㎡", EXACT, None),
    ("004", "2550 平方米", "2550", None, "㎡", EXACT, None),
    ("004", "3800 名", "3800", None, "名", EXACT, None),
    ("004", "40%", "40", None, "%", EXACT, None),
    ("004", "1500 台", "1500", None, "台", EXACT, None),
    ("004", "约 750 万元", "7500000", None, "元", ABOUT, None),
    ("004", "35 万平方米", "350000", None, "㎡", EXACT, None),
    ("004", "10 万平方米", "100000", None, "㎡", EXACT, None),
    ("004", "14 万平方米", "140000", None, "㎡", EXACT, None),
    ("004", "11 万平方米", "110000", None, "㎡", EXACT, None),
    ("004", "25000 平方米", "25000", None, "㎡", EXACT, None),
    ("004", "10000 座", "10000", None, "座", EXACT, None),
    ("004", "16042 平方米", "16042", None, "㎡", EXACT, None),
    ("004", "3000 座", "3000", None, "座", EXACT, None),
    ("004", "1200 平方米", "1200", None, "㎡", EXACT, None),
]

# Figures whose marker is separated from the number in the text: (seed, text as
# written, the figure with its marker brought together, value, unit, bound, per).
RECONSTRUCTED: list[tuple[str, str, str, str, str, Bound, str | None]] = [
    (
        "001",
        "1500人次（其中电商、文旅100人次）以上",
        "1500人次以上",
        "1500",
        "人次",
        AT_LEAST,
        None,
    ),
    ("003", "每年开展走访交流活动不少于2次", "每年不少于2次", "2", "次", AT_LEAST, "年"),
    ("004", "一年开展2次", "每年2次", "2", "次", EXACT, "年"),
    ("004", "每年双方开展2次以上", "每年2次以上", "2", "次", AT_LEAST, "年"),
    ("004", "至少安排1次", "至少1次", "1", "次", AT_LEAST, None),
    ("004", "约有 40%", "约40%", "40", "%", ABOUT, None),
]


def _quantity_params(with_spaces_only: bool) -> list[object]:
    params = []
    for seed, text, value, high, unit, bound, per in QUANTITIES:
        spaced = compact(text) != text
        if with_spaces_only and not spaced:
            continue
        params.append(pytest.param(text, value, high, unit, bound, per, id=ascii_id(seed, text)))
    return params


def _check_quantity(
    text: str, value: str, high: str | None, unit: str | None, bound: Bound, per: str | None
) -> None:
    quantity = parse_quantity(text)
    assert (quantity.value, quantity.high, quantity.unit, quantity.bound, quantity.per) == (
        Decimal(value),
        None if high is None else Decimal(high),
        unit,
        bound,
        per,
    )
    assert str(quantity.value) == value  # normalised: no exponent, no trailing zeros
    if unit == "元":
        assert quantity.to_money() == Money.from_yuan(value)


@pytest.mark.parametrize(
    ("text", "value", "high", "unit", "bound", "per"), _quantity_params(with_spaces_only=False)
)
def test_quantity(
    text: str, value: str, high: str | None, unit: str | None, bound: Bound, per: str | None
) -> None:
    _check_quantity(compact(text), value, high, unit, bound, per)


@pytest.mark.parametrize(
    ("text", "value", "high", "unit", "bound", "per"), _quantity_params(with_spaces_only=True)
)
def test_quantity_as_written_with_spaces(
    text: str, value: str, high: str | None, unit: str | None, bound: Bound, per: str | None
) -> None:
    _check_quantity(text, value, high, unit, bound, per)


@pytest.mark.parametrize(
    ("seed", "written", "text", "value", "unit", "bound", "per"),
    [pytest.param(*row, id=ascii_id(row[0], row[2])) for row in RECONSTRUCTED],
)
def test_quantity_with_marker_brought_together(
    seed: str, written: str, text: str, value: str, unit: str, bound: Bound, per: str | None
) -> None:
    assert written in seed_text(seed)
    _check_quantity(text, value, None, unit, bound, per)


@pytest.mark.parametrize("seed", SEED_IDS)
def test_quantities_are_in_the_seed(seed: str) -> None:
    text = seed_text(seed)
    missing = [row[1] for row in QUANTITIES if row[0] == seed and row[1] not in text]
    assert not missing


def test_quantity_errors_derive_from_the_base_class() -> None:
    with pytest.raises(AidModelError):
        parse_quantity("以上")
    with pytest.raises(AidModelError):
        Money.parse("近60亿")  # a hedged figure is not an amount: use parse_quantity


# -- part 5: Chinese numerals --------------------------------------------------------------------

# (seed, context as written, numeral, value, test id)
CHINESE_NUMERALS: list[tuple[str, str, str, str, str]] = [
    ("002", "3年一亿", "一亿", "100000000", "one-yi-in-3-years"),
    ("002", "青白江区“七个精准”", "七", "7", "seven-precisions"),
    ("002", "一是工作目标精准", "一", "1", "ordinal-1"),
    ("002", "二是预算资金精准", "二", "2", "ordinal-2"),
    ("002", "三是基础项目精准", "三", "3", "ordinal-3"),
    ("002", "四是产业定位精准", "四", "4", "ordinal-4"),
    ("002", "五是科技支撑精准", "五", "5", "ordinal-5"),
    ("002", "六是组织领导精准", "六", "6", "ordinal-6"),
    ("002", "七是社会参与精准", "七", "7", "ordinal-7"),
    ("002", "第四批、第五批", "四", "4", "fourth-batch"),
    ("002", "实施三年巩固提升行动", "三", "3", "three-years"),
    ("003", "全年重点从七个方面帮扶", "七", "7", "seven-aspects"),
    ("003", "四个不摘", "四", "4", "four-nots"),
    ("000", "九年一贯制学校", "九", "9", "nine-year-school"),
    ("000", "2025年", "2025", "2025", "year-2025"),
    ("002", "2018年", "2018", "2018", "year-2018"),
    ("003", "2020年", "2020", "2020", "year-2020"),
]


@pytest.mark.parametrize(
    ("seed", "context", "numeral", "value"),
    [pytest.param(*row[:4], id=f"{row[0]}-{row[4]}") for row in CHINESE_NUMERALS],
)
def test_chinese_numeral(seed: str, context: str, numeral: str, value: str) -> None:
    assert numeral in context
    assert parse_chinese_number(numeral) == Decimal(value)
    assert parse_chinese_number(to_chinese(int(value))) == Decimal(value)
    if not numeral.isascii():
        assert to_chinese(int(value)) == numeral


@pytest.mark.parametrize("seed", sorted({row[0] for row in CHINESE_NUMERALS}))
def test_chinese_numeral_contexts_are_in_the_seed(seed: str) -> None:
    text = seed_text(seed)
    assert [row[1] for row in CHINESE_NUMERALS if row[0] == seed and row[1] not in text] == []


def test_three_years_one_yi_is_money() -> None:
    # 明确“3年一亿”的协作帮扶规模: 一亿 is 100 000 000 元 over three years.
    assert Money.parse("一亿") == Money.from_yi(1)
    assert Money.parse("一亿").yuan == Decimal("100000000.00")
    assert rmb_upper(Money.parse("一亿")) == "壹亿元整"
