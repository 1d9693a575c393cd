"""The gazetteer of administrative divisions (行政区划): GB/T 2260 codes, names, parents.

Provinces (省级), prefecture-level divisions (地级: cities, 州, 盟, 地区) and
county-level divisions (县级: districts, counties, county-level cities, 旗) with
their parents, read once from ``divisions.tsv`` and ``provinces.tsv`` beside this
module (see :mod:`aidmodel.importers.lexicon`). Every function is pure: the tables
are loaded on first use and never change.

>>> ebian = division("511132")
>>> ebian.name, ebian.level.value, [p.name for p in parents(ebian)]
('峨边彝族自治县', 'county', ['乐山市', '四川省'])
>>> [d.code for d in lookup("峨边")]
['511132']
>>> [(m.text, m.start, m.end) for m in find_divisions("乐山市市中区结对帮扶峨边彝族自治县")]
[('乐山市', 0, 3), ('市中区', 3, 6), ('峨边彝族自治县', 10, 17)]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

import attrs

from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError

__all__ = [
    "Division",
    "DivisionLevel",
    "Match",
    "division",
    "find_divisions",
    "lookup",
    "parents",
    "province_of",
    "province_pair",
    "spellings",
]

_CODE = re.compile(r"[0-9]{6}")
#: Endings of the spellings that :func:`find_divisions` looks for without ``stems``.
_SUFFIXES = ("县", "区", "市", "旗", "州", "盟")


@labelled(PROVINCE="省级", PREFECTURE="地级", COUNTY="县级")
class DivisionLevel(LabelledEnum):
    """The level of an administrative division (行政区划级别).

    >>> DivisionLevel.COUNTY.label
    '县级'
    """

    PROVINCE = "province"
    """省级: province, autonomous region, municipality, special administrative region."""
    PREFECTURE = "prefecture"
    """地级: prefecture-level city, autonomous prefecture (州), league (盟), 地区."""
    COUNTY = "county"
    """县级: district, county, county-level city, banner (旗), 特区, 林区."""


@attrs.frozen(kw_only=True)
class Division:
    """An administrative division (行政区划) with its GB/T 2260 code.

    Attributes:
        code: The six-digit code (行政区划代码), ``"511132"``.
        name: The official name (名称), ``"峨边彝族自治县"``.
        level: Province, prefecture or county (级别).
        parent: The code of the division above (上级代码), ``None`` for a province.

    >>> division("330603")
    Division(code='330603', name='柯桥区', level=<DivisionLevel.COUNTY: 'county'>, parent='330600')
    """

    code: str = attrs.field(metadata={"zh": "行政区划代码"})
    name: str = attrs.field(metadata={"zh": "名称"})
    level: DivisionLevel = attrs.field(metadata={"zh": "级别"})
    parent: str | None = attrs.field(default=None, metadata={"zh": "上级代码"})


@attrs.frozen(kw_only=True)
class Match:
    """A division name found in a text (地名), with every division it may name.

    Attributes:
        text: The spelling as written (``"峨边县"``, ``"市中区"``).
        start: Index of its first character (0-based).
        end: Index after its last character: ``source[start:end] == text``.
        divisions: The divisions of that spelling, by code; more than one when
            the name is shared and the text does not tell them apart.

    >>> (m,) = find_divisions("峨边县")
    >>> m.text, m.start, m.end, [d.name for d in m.divisions]
    ('峨边县', 0, 3, ['峨边彝族自治县'])
    """

    text: str
    start: int
    end: int
    divisions: tuple[Division, ...]


@attrs.frozen
class _Tables:
    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]
    by_abbreviation: dict[str, Division]
    scan: _Scanner
    scan_stems: _Scanner


def _rows(name: str) -> Iterable[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    next(lines)  # the column names
    return (line.split("\t") for line in lines)


#: A trie of spellings: one dict per node, keyed by the next character; ``""`` marks an end.
_Trie = dict[str, "_Trie"]


@attrs.frozen
class _Scanner:
    """Longest spelling at each position: a trie walked from the positions that can start one.

    A regex finds the next character that starts some spelling (one character class,
    scanned in C), the trie is walked from there while the characters follow a path,
    and the scan resumes after the longest spelling found. A regex alternation of all
    the spellings is ten times slower: the engine tries the branches one by one.
    """

    trie: _Trie
    starts: re.Pattern[str]

    @classmethod
    def of(cls, words: Iterable[str]) -> _Scanner:
        trie: _Trie = {}
        for word in words:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}
        first = "".join(sorted(re.escape(c) for c in trie))
        return cls(trie, re.compile(f"[{first}]"))

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        search, size, position = self.starts.search, len(text), 0
        while (hit := search(text, position)) is not None:
            start = position = hit.start()
            node, end = self.trie, 0
            while position < size and (child := node.get(text[position])) is not None:
                node, position = child, position + 1
                if "" in node:
                    end = position
            if end:
                yield start, end
                position = end
            else:
                position = start + 1


@functools.cache
def _tables() -> _Tables:
    by_code: dict[str, Division] = {}
    names: dict[str, list[str]] = {}
    scan: set[str] = set()
    stems: set[str] = set()
    for code, name, level, parent, aliases in _rows("divisions.tsv"):
        by_code[code] = Division(
            code=code, name=name, level=DivisionLevel(level), parent=parent or None
        )
        names.setdefault(name, []).append(code)
        scan.add(name)
        for alias in aliases.split():
            names.setdefault(alias, []).append(code)
            (scan if alias.endswith(_SUFFIXES) else stems).add(alias)
    by_abbreviation: dict[str, Division] = {}
    for code, _name, short, abbreviations in _rows("provinces.tsv"):
        names.setdefault(short, []).append(code)
        scan.add(short)
        for abbreviation in abbreviations.split():
            by_abbreviation[abbreviation] = by_code[code]
    by_name = {name: tuple(by_code[c] for c in sorted(set(codes))) for name, codes in names.items()}
    return _Tables(
        by_code=by_code,
        by_name=by_name,
        by_abbreviation=by_abbreviation,
        scan=_Scanner.of(scan),
        scan_stems=_Scanner.of(scan | stems),
    )


@functools.cache
def province_short_names() -> tuple[str, ...]:
    """The short names of the mainland's 31 provinces (省级行政区简称: 北京, 内蒙古 ...).

    >>> len(province_short_names()), province_short_names()[:3]
    (31, ('北京', '天津', '河北'))
    """
    # 台湾, 香港, 澳门 (codes from 710000) give or receive no paired assistance.
    return tuple(short for code, _name, short, _abbr in _rows("provinces.tsv") if code < "710000")


def division(code: str) -> Division:
    """The division of a six-digit GB/T 2260 code (行政区划代码).

    Raises:
        InvalidValueError: The code is not one of the gazetteer's.

    >>> division("513300").name
    '甘孜藏族自治州'
    >>> division("500105")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: division, code (行政区划代码): no such division; expected a six-digit GB/T 2260 code of the gazetteer, got '500105'
    """
    found = _tables().by_code.get(code) if isinstance(code, str) else None
    if found is None:
        where = "division, code (行政区划代码)"
        raise InvalidValueError(
            where,
            N_("no such division")
            if isinstance(code, str) and _CODE.fullmatch(code)
            else N_("no code"),
            expected=N_("a six-digit GB/T 2260 code of the gazetteer"),
            got=code,
        )
    return found


def lookup(name: str) -> tuple[Division, ...]:
    """The divisions a name may mean (地名), by code; ``()`` for none.

    ``name`` is matched exactly: a division's own name (白云区), its name without
    the suffix (长顺县 → 长顺), for an autonomous division the stem with 县/州/旗 or
    自治县 (峨边县, 甘孜州, 彭水自治县), a province's short name (广东). Names are
    not unique: every division of that name comes back.

    >>> [(d.code, d.name) for d in lookup("甘孜州")]
    [('513300', '甘孜藏族自治州')]
    >>> [division(d.parent).name for d in lookup("市中区") if d.parent]
    ['济南市', '枣庄市', '内江市', '乐山市']
    >>> lookup("雄安新区")
    ()
    """
    return _tables().by_name.get(name, ()) if isinstance(name, str) else ()


def parents(place: Division) -> tuple[Division, ...]:
    """The divisions above one, nearest first, up to its province (上级行政区).

    >>> [d.name for d in parents(division("150928"))]
    ['乌兰察布市', '内蒙古自治区']
    >>> parents(division("440000"))
    ()
    """
    found: list[Division] = []
    code = place.parent
    while code is not None:
        above = division(code)
        found.append(above)
        code = above.parent
    return tuple(found)


def province_of(place: Division) -> Division:
    """The province a division is in (所属省份); a province is its own.

    >>> province_of(division("330603")).name
    '浙江省'
    >>> province_of(division("500157")).name
    '重庆市'
    """
    above = parents(place)
    return above[-1] if above else place


def province_pair(word: str) -> tuple[Division, Division] | None:
    """The two provinces of a pair word of two abbreviations (简称), donor first.

    East-west cooperation (东西部协作) is named by the two provinces' abbreviations:
    粤黔 (广东→贵州), 闽宁 (福建→宁夏), 沪滇 (上海→云南), 苏陕 (江苏→陕西), 浙川
    (浙江→四川), 津甘 (天津→甘肃), 京蒙 (北京→内蒙古), 鲁渝 (山东→重庆), 粤桂
    (广东→广西). ``None`` when ``word`` is not two abbreviations.

    >>> [p.name for p in province_pair("粤黔")]
    ['广东省', '贵州省']
    >>> [p.code for p in province_pair("京蒙")]
    ['110000', '150000']
    >>> province_pair("协作") is None
    True
    """
    if not isinstance(word, str) or len(word) != 2:
        return None
    table = _tables().by_abbreviation
    donor, recipient = table.get(word[0]), table.get(word[1])
    if donor is None or recipient is None or donor == recipient:
        return None
    return donor, recipient


def spellings(name: str) -> tuple[str, ...]:
    """A place's name and the official name of the one division it means, as a text may
    write either (沧源县 or 沧源佤族自治县); the name alone where it means none or several.

    >>> spellings("沧源县"), spellings("沧源佤族自治县")
    (('沧源县', '沧源佤族自治县'), ('沧源佤族自治县',))
    """
    divisions = lookup(name)
    if len(divisions) != 1:
        return (name,)
    return tuple(dict.fromkeys([name, divisions[0].name]))


def find_divisions(text: str, *, stems: bool = False) -> tuple[Match, ...]:
    """Every division name in a text, left to right, with its span (地名识别).

    At each position the longest name wins (峨边彝族自治县, not a shorter name
    inside it), and the scan goes on after it, in one linear pass. It finds the
    official names, province short names (广东) and the spellings of autonomous
    divisions with their suffix (峨边县, 甘孜州); with ``stems=True`` also names
    without a suffix (长顺, 柯桥), which are common words more often than the
    official names are. A shared name written right after a division above it
    keeps only the divisions under that one (乐山市市中区 → 511102).

    >>> [(m.text, [d.code for d in m.divisions]) for m in find_divisions("乐山市市中区")]
    [('乐山市', ['511100']), ('市中区', ['511102'])]
    >>> [m.text for m in find_divisions("柯桥区与长顺合作")]
    ['柯桥区']
    >>> [(m.text, m.divisions[0].code) for m in find_divisions("柯桥区与长顺合作", stems=True)]
    [('柯桥区', '330603'), ('长顺', '522729'), ('合作', '623001')]

    (合作 is also 合作市 of 甘肃: hence ``stems=False`` by default.)
    """
    if not isinstance(text, str):
        return ()
    tables = _tables()
    scanner = tables.scan_stems if stems else tables.scan
    found: list[Match] = []
    for start, end in scanner.spans(text):
        spelling = text[start:end]
        candidates = tables.by_name[spelling]
        if len(candidates) > 1 and found and found[-1].end == start:
            above = set(found[-1].divisions)
            narrowed = tuple(d for d in candidates if above.intersection(parents(d)))
            candidates = narrowed or candidates
        found.append(Match(text=spelling, start=start, end=end, divisions=candidates))
    return tuple(found)
