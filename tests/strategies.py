"""Hypothesis strategies: the one home of generated test data."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from aidmodel import Money

#: Integers the numerals must handle: 0 to 10^16 inclusive, biased to zeros inside.
integers_to_1e16 = st.one_of(
    st.integers(min_value=0, max_value=10**16),
    # Numbers made of few non-zero digits exercise the 零 rules.
    st.lists(st.sampled_from("0000000123456789"), min_size=1, max_size=17).map(
        lambda ds: min(int("".join(ds)), 10**16)
    ),
)

#: Whole numbers across the full range the numerals accept (below 10^20 in magnitude).
integers_full_range = st.integers(min_value=-(10**20) + 1, max_value=10**20 - 1)

#: Amounts in fen from 0 to 10^16 yuan, with zero runs inside.
fen_amounts = st.one_of(
    st.integers(min_value=0, max_value=10**18),
    st.lists(st.sampled_from("000000012345678"), min_size=1, max_size=19).map(
        lambda ds: int("".join(ds))
    ),
)

#: Decimal amounts of yuan with exactly two decimal places.
yuan_amounts = fen_amounts.map(lambda fen: Decimal(fen).scaleb(-2))

#: Money, positive and negative.
money = st.builds(Money.from_fen, st.integers(min_value=-(10**21) + 1, max_value=10**21 - 1))

#: Finite decimals with up to 6 fraction digits (the precision of 万元 figures).
decimals_6 = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=6, allow_nan=False
)


# -- the model -------------------------------------------------------------------------------

from aidmodel import (  # noqa: E402
    Achievement,
    Bound,
    Commitment,
    DateSpan,
    Dividend,
    EventKind,
    FundingShare,
    FundSource,
    FundSourceKind,
    Ledger,
    LedgerEvent,
    MechanismTask,
    PartialDate,
    Programme,
    Project,
    ProjectStatus,
    Provenance,
    Quantity,
    Region,
    Scheme,
    Section,
)

#: Short realistic Chinese texts (names, units, places) and a few awkward ones.
CJK_WORDS = [
    "峨边彝族自治县",
    "县林业局",
    "毛坪镇人民政府",
    "吕云峰",
    "五渡镇新茶村",
    "县委组织部",
    "柯桥区",
    "深化产业合作",
    "“四季文旅”消费帮扶项目",
    "（含结余资金52.310194万元）",
    "a\tb",
    '引号"与\\反斜杠',
]
texts = st.one_of(
    st.sampled_from(CJK_WORDS),
    st.text(min_size=1, max_size=12).filter(lambda t: t.strip() != ""),
)
optional_texts = st.none() | texts
non_negative_money = st.builds(Money.from_fen, st.integers(min_value=0, max_value=10**14))
optional_money = st.none() | non_negative_money
years = st.integers(min_value=1900, max_value=2200)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(years)
    month = draw(st.none() | st.integers(min_value=1, max_value=12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(min_value=1, max_value=28))
    return PartialDate(year, month, day)


@st.composite
def date_spans(draw: st.DrawFn) -> DateSpan:
    start = draw(partial_dates())
    end_year = (
        draw(st.integers(min_value=start.year + 1, max_value=2200)) if start.year < 2200 else 2200
    )
    return DateSpan(start, PartialDate(end_year))


exact_decimals = st.decimals(
    min_value=-(10**12), max_value=10**12, allow_nan=False, allow_infinity=False, places=4
)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    bound = draw(st.sampled_from(list(Bound)))
    value = draw(exact_decimals)
    high = draw(exact_decimals.filter(lambda h: h >= value)) if bound is Bound.RANGE else None
    if bound is Bound.RANGE and high is None:
        high = value
    return Quantity(
        value=value,
        high=high,
        bound=bound,
        unit=draw(st.none() | st.sampled_from(["名", "人次", "个", "元", "㎡", "%", "次"])),
        per=draw(st.none() | st.sampled_from(["年", "半年", "月"])),
        text=draw(optional_texts),
    )


provenances = st.builds(
    lambda source, start, extra: Provenance(
        source=source, line_start=start, line_end=None if extra is None else start + extra
    ),
    optional_texts,
    st.integers(min_value=1, max_value=10_000),
    st.none() | st.integers(min_value=0, max_value=100),
)
optional_provenance = st.none() | provenances

commitments = st.recursive(
    st.builds(
        Commitment,
        metric=texts,
        target=quantities(),
        period=optional_texts,
        scope=optional_texts,
        text=optional_texts,
        provenance=optional_provenance,
    ),
    lambda children: st.builds(
        Commitment, metric=texts, target=quantities(), parts=st.lists(children, max_size=2)
    ),
    max_leaves=3,
)

dividends = st.builds(
    Dividend,
    rate=st.none() | st.decimals(min_value=0, max_value=1, places=4),
    amount=optional_money,
    per=optional_texts,
    text=optional_texts,
)


def funding_shares(sources: list[str]) -> st.SearchStrategy[FundingShare]:
    source = st.none() | st.sampled_from(sources) if sources else st.none()
    leaf = st.builds(
        FundingShare,
        amount=non_negative_money,
        source=source,
        year=st.none() | years,
        unit=optional_texts,
        text=optional_texts,
    )
    return st.recursive(
        leaf,
        lambda children: st.builds(
            FundingShare,
            amount=non_negative_money,
            source=source,
            parts=st.lists(children, max_size=3),
        ),
        max_leaves=4,
    )


@st.composite
def programmes(draw: st.DrawFn) -> Programme:
    """A valid Programme: section ids unique, references resolved."""
    section_count = draw(st.integers(min_value=0, max_value=3))
    sections = []
    for index in range(section_count):
        inner = [
            Section(
                id=f"{index}.{k}",
                title=draw(texts),
                declared_count=draw(st.none() | st.integers(0, 50)),
            )
            for k in range(draw(st.integers(min_value=0, max_value=2)))
        ]
        sections.append(
            Section(
                id=str(index),
                number=draw(optional_texts),
                title=draw(texts),
                declared_count=draw(st.none() | st.integers(0, 50)),
                declared_amount=draw(optional_money),
                declared_total_investment=draw(optional_money),
                text=draw(optional_texts),
                subsections=inner,
                provenance=draw(optional_provenance),
            )
        )
    section_ids = [s.id for p in sections for s in p.walk()]
    section_ref = st.none() | st.sampled_from(section_ids) if section_ids else st.none()
    keys = draw(
        st.lists(
            st.sampled_from(["current", "carry_over", "2019", "2020", "fiscal", "self"]),
            unique=True,
            max_size=4,
        )
    )
    fund_sources = [
        FundSource(
            key=key,
            kind=draw(st.sampled_from(list(FundSourceKind))),
            label=draw(optional_texts),
            year=draw(st.none() | years),
            provider=draw(optional_texts),
            amount=draw(optional_money),
            in_total=draw(st.booleans()),
            section=draw(section_ref),
            provenance=draw(optional_provenance),
        )
        for key in keys
    ]
    projects = draw(
        st.lists(
            st.builds(
                Project,
                number=optional_texts,
                name=texts,
                section=section_ref,
                category=optional_texts,
                amount=optional_money,
                total_investment=optional_money,
                funding=st.lists(funding_shares(keys), max_size=3),
                locations=st.lists(texts, max_size=2),
                units=st.lists(texts, max_size=3),
                lead_units=st.lists(texts, max_size=2),
                owner=optional_texts,
                liaisons=st.lists(texts, max_size=3),
                start=st.none() | partial_dates(),
                deadline=st.none() | partial_dates(),
                span=st.none() | date_spans(),
                status=st.none() | st.sampled_from(list(ProjectStatus)),
                content=optional_texts,
                benefits=optional_texts,
                assets_to=st.lists(texts, max_size=3),
                dividend=st.none() | dividends,
                operator=optional_texts,
                remarks=optional_texts,
                commitments=st.lists(commitments, max_size=2),
                text=optional_texts,
                provenance=optional_provenance,
            ),
            max_size=4,
        )
    )
    mechanisms = draw(
        st.lists(
            st.builds(
                MechanismTask,
                number=optional_texts,
                title=texts,
                section=section_ref,
                text=optional_texts,
                units=st.lists(texts, max_size=2),
                lead_units=st.lists(texts, max_size=2),
                deadline=st.none() | partial_dates(),
                commitments=st.lists(commitments, max_size=2),
                provenance=optional_provenance,
            ),
            max_size=2,
        )
    )
    achievements = draw(
        st.lists(
            st.builds(
                Achievement,
                metric=texts,
                actual=quantities(),
                reported=st.none() | partial_dates(),
                scope=optional_texts,
                text=optional_texts,
            ),
            max_size=2,
        )
    )
    return Programme(
        title=draw(texts),
        scheme=draw(st.sampled_from(list(Scheme))),
        donor=Region(
            name=draw(texts),
            full_name=draw(optional_texts),
            code=draw(st.none() | st.from_regex(r"\A[0-9]{6}\Z")),
            province=draw(optional_texts),
        ),
        recipient=Region(name=draw(texts), code=draw(st.none() | st.just("511132"))),
        year=draw(years),
        genre=draw(optional_texts),
        document_number=draw(optional_texts),
        issuer=draw(optional_texts),
        issue_date=draw(st.none() | partial_dates()),
        declared_total=draw(optional_money),
        declared_total_upper=draw(optional_texts),
        declared_project_count=draw(st.none() | st.integers(0, 100)),
        fund_sources=fund_sources,
        sections=sections,
        projects=projects,
        mechanisms=mechanisms,
        commitments=draw(st.lists(commitments, max_size=2)),
        achievements=achievements,
        notes=draw(st.lists(texts, max_size=2)),
        provenance=draw(optional_provenance),
    )


# -- presentation ----------------------------------------------------------------------------

#: Locales that formatting has words for (Chinese both ways, English two ways).
word_locales = st.sampled_from(["zh_CN", "zh_Hant_TW", "zh_Hant", "en", "en_GB"])


def _writes_plain_figures(name: str) -> bool:
    """Whether a locale writes numbers as 1,234.56 or 1234.56 (what Money.parse reads back)."""
    from babel import Locale
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = Locale.parse(name)
    groupings = {
        locale.decimal_formats[None].grouping,
        locale.currency_formats["standard"].grouping,
    }
    return (
        get_decimal_symbol(locale) == "."
        and get_group_symbol(locale) == ","
        and groupings <= {(3, 3), (1000, 1000)}
    )


def _money_displays() -> list[tuple[str, str]]:
    """Every (locale, unit) of format_money whose text Money.parse reads back: the units
    that do not round, in each Babel locale that writes numbers as 1,234.56 (or 1234.56);
    wan and yi only where formatting has words for them (Chinese, English)."""
    from babel import localedata

    pairs = []
    for name in sorted(localedata.locale_identifiers()):
        if not _writes_plain_figures(name):
            continue
        words = name.split("_")[0] in ("zh", "en")
        pairs += [
            (name, unit)
            for unit in ("wan", "yuan", "yi", "auto")
            if words or unit in ("yuan", "auto")
        ]
    return pairs


#: (locale, unit) pairs whose format_money text Money.parse reads back exactly.
money_displays = st.sampled_from(_money_displays())

#: Periods of a rate that Chinese writes with 每 (每半年至少1次) and parse_quantity reads.
rate_periods = st.sampled_from(["年", "半年", "季度", "月", "周", "天"])


@st.composite
def written_quantities(draw: st.DrawFn) -> Quantity:
    """Figures as plans write them: 0 or more, a common unit, any bound, maybe a rate."""
    bound = draw(st.sampled_from(list(Bound)))
    places = draw(st.integers(min_value=0, max_value=3))
    figure = st.one_of(
        st.integers(min_value=0, max_value=10**13).map(Decimal),
        st.decimals(min_value=0, max_value=10**9, places=places, allow_nan=False),
        # Round figures in 万 and 亿 (170余万元, 近60亿).
        st.integers(min_value=1, max_value=9999).map(lambda n: Decimal(n).scaleb(4)),
        st.integers(min_value=1, max_value=999).map(lambda n: Decimal(n).scaleb(8)),
    )
    value = draw(figure)
    high = None
    if bound is Bound.RANGE:
        high = value + draw(figure)
    return Quantity(
        value=value,
        high=high,
        bound=bound,
        unit=draw(
            st.none() | st.sampled_from(["名", "人次", "个", "元", "㎡", "%", "次", "户", "公里"])
        ),
        per=draw(st.none() | rate_periods),
    )


# -- plan texts, mutated -------------------------------------------------------------------

from pathlib import Path  # noqa: E402

_FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: The seed documents and the genre fixtures, as text extraction gives them.
plan_texts = [
    path.read_text(encoding="utf-8")
    for folder in ("seeds", "plans")
    for path in sorted((_FIXTURES / folder).glob("*.txt"))
]
_FULL = "，：；（）．０１２３４５６７８９％　"
_HALF = ",:;().0123456789% "
_TO_HALF = str.maketrans(_FULL, _HALF)
_TO_FULL = str.maketrans(_HALF, _FULL)
_NOISE = st.text(
    alphabet="一二三四五六七八九十（）()、.。,，：:；1２万元亿年月日是项目个类其中含大写壹贰整\t 序号合计",
    max_size=24,
)


@st.composite
def mutated_plans(draw: st.DrawFn) -> str:
    """A seed or fixture plan with lines deleted, duplicated, swapped between full and half
    width, noise inserted and the end cut off, as damaged extractions give them."""
    lines = draw(st.sampled_from(plan_texts)).split("\n")
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        if not lines:
            break
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "width", "noise", "cut_line"]))
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        elif operation == "width":
            table = _TO_HALF if draw(st.booleans()) else _TO_FULL
            lines[index] = lines[index].translate(table)
        elif operation == "noise":
            lines.insert(index, draw(_NOISE))
        else:
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(min_value=0, max_value=len(text)))]
    return text


# Amounts that are not plain figures: hedged (the figure is not exact) and malformed (it is
# no figure); the importer must list each as written.
_WHOLE = st.integers(min_value=1, max_value=99_999).map(str)
_HEDGED = st.one_of(
    _WHOLE.map(lambda n: f"{n}余万元"),
    _WHOLE.map(lambda n: f"{n}万余元"),
    _WHOLE.map(lambda n: f"{n}多万元"),
    st.tuples(_WHOLE, _WHOLE).map(lambda p: f"{p[0]}.{p[1]}亿余元"),
    st.tuples(st.sampled_from(["约", "近", "超过", "大约", "将近", "逾"]), _WHOLE).map(
        lambda p: f"{p[0]}{p[1]}万元"
    ),
)
_MALFORMED = st.one_of(
    st.tuples(_WHOLE, _WHOLE, _WHOLE).map(lambda p: f"{p[0]}.{p[1]}.{p[2]}万元"),
    st.tuples(_WHOLE, st.sampled_from(["1", "12", "1234", "12345"])).map(
        lambda p: f"{p[0]},{p[1]}万元"
    ),
    st.tuples(_WHOLE, _WHOLE).map(lambda p: f"{p[0]},000,{p[1][:2]}.5元"),
)
_LABELS = ("投入资金", "拟投入资金", "带动销售", "累计", "其中")


@st.composite
def plans_with_odd_amounts(draw: st.DrawFn) -> tuple[str, list[tuple[int, str]]]:
    """A mutated plan (:func:`mutated_plans`) with hedged and malformed amounts written at
    the end of some lines, and where each is: (line number, the amount as written)."""
    lines = draw(mutated_plans()).split("\n")
    planted: list[tuple[int, str]] = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        amount = draw(st.one_of(_HEDGED, _MALFORMED))
        if draw(st.booleans()):
            amount = amount.translate(_TO_FULL)
        lines[index] += f"，{draw(st.sampled_from(_LABELS))}{amount}。"
        planted.append((index + 1, amount))
    return "\n".join(lines), planted


# -- junk for every parser and the wire format (the short run of tools/fuzz.py) -------------

from aidmodel import to_dict  # noqa: E402

#: Characters that mean something to some parser, look-alikes, and characters that should not
#: be there at all (NUL, a lone surrogate, a byte order mark, combining marks, other digits).
PARSER_ALPHABET = (
    "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億"
    "元角分整正圆点负约近超过逾以上下不低于至到～~-−－—–‐+.．,，。、；;：:（）()%％㎡亩名个人次年月日每"
    " \t\n\u3000\x00\ud800\ufeff\u200b\u0301١٢①Ⅳ¥￥eE"
)
#: Inputs as plans write them, for each parser.
PARSER_SEEDS = {
    "number": [
        "三千五",
        "一万二",
        "1万2",
        "二〇二五",
        "十一",
        "一百零五",
        "负五",
        "3.5万",
        "1,234",
    ],
    "upper": ["柒佰陆拾陆万元整", "壹佰贰拾叁元肆角伍分", "叁拾元零壹角", "负壹元", "壹亿元整"],
    "money": ["766万元", "¥5.00", "-¥5.00", "3952.310194万元", "人民币柒佰陆拾陆万元整", "1.5亿元"],
    "decimal": ["0", "1", "-1", "0.01", "3952.310194", "1e3", "00.10", "7660000.00"],
    "quantity": ["40名以上", "约2—3个", "1500人次", "不低于100人次/年", "3.5亩", "2至3个以上"],
    "commitment": [
        "转移就业40名以上",
        "建设冷库约500—600立方米",
        "每半年至少1次互访",
        "培训1500人次",
    ],
    "date": ["2025", "2025-11", "2025-02-09", "2018/2019", "2024-02-29"],
}


@st.composite
def parser_junk(draw: st.DrawFn, seeds: list[str]) -> str:
    """A seed cut, repeated, spliced and sprinkled with characters of PARSER_ALPHABET."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(seeds),
                st.text(alphabet=PARSER_ALPHABET, max_size=4),
                st.sampled_from(seeds).flatmap(
                    lambda s: st.integers(0, len(s)).map(lambda i: s[:i] + s[i:] * 3)
                ),
            ),
            min_size=1,
            max_size=4,
        )
    )
    return "".join(pieces)


#: Characters that end up in JSON text: structure, escapes, digits and text.
_JSON_NOISE = st.sampled_from(
    ['"', ",", ":", "{", "}", "[", "]", "\\", "\\u003a", "\\ud800", "1e400", "NaN", "-", "\ufeff"]
)


@st.composite
def mutated_wire_texts(draw: st.DrawFn) -> str | bytes:
    """JSON text of a valid Programme with a few edits: characters inserted or deleted,
    a key repeated, a value replaced, a byte order mark, another encoding, deep nesting."""
    text = json.dumps(to_dict(draw(programmes())), ensure_ascii=draw(st.booleans()))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        operation = draw(st.sampled_from(["insert", "delete", "repeat", "value", "nest"]))
        if operation == "insert":
            text = text[:at] + draw(_JSON_NOISE) + text[at:]
        elif operation == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        elif operation == "repeat":
            text = text.replace('"title":', '"title":"again","title":', 1)
        elif operation == "value":
            value = draw(
                st.sampled_from(["2025.0", "1" * 30, "18446744073709551616", "null", "[]"])
            )
            text = re.sub(r":(\d+|\"[^\"]*\")", ":" + value, text, count=1)
        else:
            depth = draw(st.sampled_from([99, 100, 101, 1200]))
            text = text[:at] + "[" * depth + "]" * depth + text[at:]
    encoding = draw(st.sampled_from(["str", "utf-8", "utf-8-sig", "utf-16", "utf-32-le"]))
    return text if encoding == "str" else text.encode(encoding, "surrogatepass")


#: Values that break wire documents: wrong types, huge and float numbers, odd strings.
WIRE_JUNK = st.one_of(
    st.sampled_from(
        [None, True, 0, -1, 2**53, 2**64, 10**30, 1.5, float(2**64), "", " ", "\ud800", "２０２５"]
    ),
    st.sampled_from(["7660000.00", "1.001", "1" * 27, "2025-13", "2019/2018", "east-west", "x"]),
    st.lists(st.just("项目"), max_size=2),
    st.dictionaries(
        st.sampled_from(["name", "title", "amount", "colour"]), st.just("x"), max_size=2
    ),
)


def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_nodes(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_nodes(value, (*path, index)))
    return found


@st.composite
def mutated_wire_documents(draw: st.DrawFn) -> Any:
    """The wire dict of a valid Programme with one to three nodes replaced or removed."""
    data = to_dict(draw(programmes()))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_nodes(data)))
        if not path:
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            parent[path[-1]] = draw(WIRE_JUNK)
        elif isinstance(parent, dict):
            del parent[path[-1]]
    return data


# -- ledgers (aidmodel.progress) ---------------------------------------------------------------

ledger_months = st.builds(
    PartialDate, st.integers(min_value=2024, max_value=2026), st.integers(min_value=1, max_value=12)
)


@st.composite
def ledger_dates(draw: st.DrawFn) -> PartialDate:
    """A day, or a month alone, as ledgers date their events."""
    month = draw(ledger_months)
    day = draw(st.none() | st.integers(min_value=1, max_value=28))
    return month if day is None else PartialDate(month.year, month.month, day)


def ledger_events(projects: int) -> st.SearchStrategy[LedgerEvent]:
    """Any event of one of ``projects`` projects, consistent or not."""

    @st.composite
    def event(draw: st.DrawFn) -> LedgerEvent:
        kind = draw(st.sampled_from(list(EventKind)))
        with_amount = kind in (EventKind.RELEASED, EventKind.SPENT, EventKind.ADJUSTED)
        return LedgerEvent(
            project=draw(st.integers(min_value=0, max_value=projects - 1)),
            kind=kind,
            date=draw(ledger_dates()),
            amount=draw(non_negative_money) if with_amount else None,
            previous=draw(optional_money) if kind is EventKind.ADJUSTED else None,
            recipient=draw(optional_texts) if kind is EventKind.HANDED_OVER else None,
            document=draw(optional_texts),
            note=draw(optional_texts),
            provenance=draw(optional_provenance),
        )

    return event()


@st.composite
def small_programmes(draw: st.DrawFn) -> Programme:
    """A programme of 1 to 8 projects, some in a nested section, some without an amount."""
    count = draw(st.integers(min_value=1, max_value=8))
    sections = [Section(id="1", title="产业发展", subsections=[Section(id="1.1", title="种植")])]
    projects = [
        Project(
            number=f"{index + 1}.",
            name=f"项目{index + 1}",
            section=draw(st.sampled_from([None, "1", "1.1"])),
            amount=draw(optional_money),
            locations=draw(st.lists(st.sampled_from(["甲镇", "乙乡", "丙村"]), max_size=2)),
        )
        for index in range(count)
    ]
    return Programme(title="测试计划", year=2025, sections=sections, projects=projects)


@st.composite
def ledgers_of(draw: st.DrawFn, programme: Programme) -> Ledger:
    """Any ledger of the programme's projects, consistent or not."""
    events = draw(st.lists(ledger_events(len(programme.projects)), max_size=30))
    return Ledger(
        programme=draw(st.none() | st.just(programme.title)),
        events=events,
        notes=draw(st.lists(texts, max_size=2)),
        provenance=draw(optional_provenance),
    )


@st.composite
def consistent_ledgers_of(draw: st.DrawFn, programme: Programme) -> Ledger:
    """A ledger with nothing a progress report finds wrong at any date: each spending follows a
    release at least as large, releases stay within the plan, milestones come in order."""
    events = []
    for index, project in enumerate(programme.projects):
        left = None if project.amount is None else project.amount.to_fen()
        for _ in range(draw(st.integers(min_value=0, max_value=3))):
            if left == 0:
                break
            fen = draw(st.integers(min_value=0, max_value=10**9 if left is None else left))
            if left is not None:
                left -= fen
            released = draw(ledger_dates())
            events.append(
                LedgerEvent(
                    project=index,
                    kind=EventKind.RELEASED,
                    date=released,
                    amount=Money.from_fen(fen),
                )
            )
            # Spent in the month after the release: never before it, whatever the precision.
            month = released.year * 12 + (released.month or 1)  # the next month, 0-based
            events.append(
                LedgerEvent(
                    project=index,
                    kind=EventKind.SPENT,
                    date=PartialDate(month // 12, month % 12 + 1),
                    amount=Money.from_fen(draw(st.integers(min_value=0, max_value=fen))),
                )
            )
        milestones = draw(st.integers(min_value=0, max_value=4))
        start = draw(ledger_months)
        kinds = [EventKind.STARTED, EventKind.COMPLETED, EventKind.ACCEPTED, EventKind.HANDED_OVER]
        for step, kind in enumerate(kinds[:milestones]):
            month = start.year * 12 + start.month - 1 + step
            events.append(
                LedgerEvent(project=index, kind=kind, date=PartialDate(month // 12, month % 12 + 1))
            )
    return Ledger(events=draw(st.permutations(events)) if events else [])
