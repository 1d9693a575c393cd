"""The scanner of commitments in text (private): :mod:`aidmodel.commitments` and the
importer's bulletin reader share it.

:mod:`aidmodel.commitments` documents how a commitment is read; :func:`scan` does the
reading and :class:`CommitmentSpan` (public as ``aidmodel.commitments.CommitmentSpan``)
is what it finds.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from aidmodel._chinese import FULL_WIDTH, require_text
from aidmodel._rates import RATE_VERBS
from aidmodel.errors import AidModelError
from aidmodel.model import Commitment
from aidmodel.quantity import BOUND_PREFIXES, UNIT_ALIASES, Bound, Quantity, parse_quantity
from aidmodel.units import UNITS

__all__ = ["CommitmentSpan", "scan"]


@attrs.frozen
class CommitmentSpan:
    """A commitment found in a text, with where it is (位置).

    ``text[start:end] == commitment.text`` for the text it was found in.

    Attributes:
        commitment: The :class:`~aidmodel.Commitment`.
        start: Index of its first character (0-based).
        end: Index after its last character.

    >>> from aidmodel.commitments import find_commitments
    >>> text = "转移就业40名以上；开展送岗下乡2场以上。"
    >>> [(s.start, s.end, text[s.start : s.end]) for s in find_commitments(text)]
    [(0, 9, '转移就业40名以上'), (10, 20, '开展送岗下乡2场以上')]
    """

    commitment: Commitment = attrs.field(validator=attrs.validators.instance_of(Commitment))
    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    end: int = attrs.field(validator=attrs.validators.instance_of(int))


# -- the pattern of a figure ---------------------------------------------------------------

_CN_DIGITS: Final = "零〇一二两三四五六七八九十"
_CN_ANY: Final = _CN_DIGITS + "百千万亿萬億"
_PERIOD_WORDS: Final = "半年|季度|学期|年|季|月|周|天|日"
_UNIT_SPELLINGS: Final = sorted({*UNITS, *UNIT_ALIASES}, key=lambda u: (-len(u), u))
_FIGURE: Final = (
    rf"(?:(?<![\d.,第])\d+(?:,\d{{3}})*(?:\.\d+)?|(?<![{_CN_ANY}第])[{_CN_ANY}]*[{_CN_DIGITS}][{_CN_ANY}]*)"
    r"(?:\s*[余多])?(?:\s*[万亿萬億]+)?[余多]?"
)
_PREFIX_WORDS: Final = "|".join(sorted((m for m, _ in BOUND_PREFIXES), key=len, reverse=True))
# The characters a quantity opens with: 每, the first of a bound word, a digit. The pattern
# below looks for one first, so that at any other position it fails at once instead of
# trying each of its words.
_OPENS: Final = "".join(sorted({"每", *(marker[0] for marker, _ in BOUND_PREFIXES), *_CN_ANY}))
_QUANTITY: Final = re.compile(
    # (Each optional word takes its own spaces: two optional runs of spaces in a row made a
    # run of spaces cost the cube of its length.)
    rf"(?=[\d{re.escape(_OPENS)}])"
    rf"(?:(?P<every>每(?:{_PERIOD_WORDS}))\s*)?(?:(?P<bound>{_PREFIX_WORDS})\s*)?"
    rf"(?P<figure>{_FIGURE}(?:\s*[\u2014\u2013\-~\u301c至到]\s*{_FIGURE})?)\s*"
    rf"(?P<unit>{'|'.join(re.escape(u) for u in _UNIT_SPELLINGS)})?"
    r"(?P<parts>\((?:其中|含)[^()]*\))?"
    r"\s*(?P<suffix>及以上|以上|及以下|以下|以内|左右|上下)?"
    rf"(?P<per>\s*/\s*(?:{_PERIOD_WORDS}))?"
)
_SCALED: Final = re.compile("[万亿萬億]")

# -- the words around it -------------------------------------------------------------------

_SENTENCE_END: Final = frozenset("。\uff01!\uff1f?\n\t")  # a tab ends a table cell
_CLAUSE_END: Final = frozenset("；;，,：:")
# The characters that end or open something in a text (_clauses reads only these).
_CLAUSE_MARKS: Final = re.compile(
    "[" + re.escape("".join(sorted({*_SENTENCE_END, *_CLAUSE_END, *"(（[【)）]】"}))) + "]"
)
# Item numbers before a clause: (一) 【1】 一、 一是 1. 1、 第一, ① (used with .match at a position).
_NUMBERING: Final = re.compile(
    r"\s*(?:[(\[【][一二三四五六七八九十\d]+[)\]】]|[一二三四五六七八九十]+[、是]|\d+[.、](?!\d)"
    r"|第[一二三四五六七八九十\d]+[,、，]?|[\u2460-\u2473])\s*"
)
# The plan's own structure, not a target: 产业协作项目4个, 实施6类11个项目, 产业发展类（2个 (an exact count),
# 调增项目（1个）, 项目仍为9个, and a count in brackets with no words before it (（2个） after a heading).
_STRUCTURE: Final = re.compile(r"(?:项目|类)\s*(?:仍为|仍|为|共计|共|合计)?\s*[(（]?$|^\s*[(（]$")
# Brackets left empty in a metric when its figure is taken out (新建服务站（3个）), or holding
# only another unit of it (购置设备22台（套）).
_EMPTY_BRACKETS: Final = re.compile(r"[(（]\s*[\u4e00-\u9fff]?\s*[)）]")
_PERIOD_PHRASE: Final = re.compile(
    r"每(?P<every>半年|季度|学期|年|季|月|周)"
    r"|(?P<year>年内|全年|年度内|当年|一年(?!以))"
    r"|(?P<years>\d{4}\s*(?:[\u2014\u2013\-~至到]\s*\d{4}\s*)?年(?:度)?(?![\d内以]))"
    r"|(?P<count>(?:\d+|[一二三四五六七八九十两]+)年)$"
)
#: How far before a figure its clause is searched for period words (每年, 2025年).
_PERIOD_REACH: Final = 200
_LOOSE_BOUND: Final = re.compile("不少于|不低于|至少|最少|不超过|不多于|最多")
_LEADING: Final = (
    "积极",
    "力争",
    "努力",
    "争取",
    "确保",
    "全力",
    "计划",
    "预计",
    "需要",
    "同时",
    "另外",
    "此外",
    "以及",
    "并且",
    "其中",
    "累计",
    "开展",
    "帮助",
)
_TRAILING: Final = (
    "累计",
    "共计",
    "合计",
    "总计",
    "将达到",
    "将达",
    "达到",
    "分别为",
    "分别",
    "共有",
    "总数",
    "共",
    "达",
    "为",
)
_PUNCT: Final = " \t\u3000、，,；;：:。“”\"'\u2018\u2019《》…⋯"
_SCOPE_PATTERNS: Final = (
    re.compile(r"^对(?P<scope>.+?)(?:进行|开展|实施|组织|给予)(?P<metric>.+)$"),
    re.compile(r"^(?:到|在|赴)(?P<scope>.+?)(?:开展|举办|进行|组织)(?P<metric>.+)$"),
    re.compile(r"^为(?P<scope>.+?)(?P<metric>(?:提供|开展|培训|培养).+)$"),
    # 培训农村劳动力, 转移就业农村劳动力: a verb and the people it concerns.
    re.compile(
        r"^(?P<metric>(?:就业技能|技能|就业)?培训|培养|转移就业|转移|就业|安置|吸纳|带动|扶持|帮扶|资助|慰问)"
        r"(?P<scope>.*(?:劳动力|群众|人员|人口|贫困户|农户|干部|人才|学生|教师|医生|医务人员|儿童|残疾人|职工|骨干|家庭))$"
    ),
)
# Clauses that name an amount as the plan's own money (拟投入资金100万元).
_FUNDING: Final = re.compile(
    "(?:金|投资|投入|资助|补助|补贴资金|预算|援助|经费|捐赠|捐款|总额|造价|安排|"
    "拨付|下达|到位|筹措|整合|结余|费用|共计|合计|小计|总计|大写|其中)$"
)


# A place or an office and nothing else before an amount: an allotment (乐都区819万元).
_PLACE_ENDINGS: Final = (
    "省",
    "市",
    "州",
    "盟",
    "地区",
    "区",
    "县",
    "旗",
    "镇",
    "乡",
    "街道",
    "村",
    "社区",
    "局",
    "委",
    "办",
    "中心",
)


_ALLOCATED_TO: Final = re.compile("(?:[\u4e00-\u9fff]{1,12}?(?:" + "|".join(_PLACE_ENDINGS) + "))+")
_SHORT_NAMES: Final = 24


def _allocated_to(text: str) -> bool:
    """Whether a text is places or offices and nothing else (乐都区, 海东市平安区): a run of
    names of 1 to 12 Chinese characters, each closed by an ending of :data:`_PLACE_ENDINGS`.
    Read once from left to right (a regular expression of the same repeated names
    backtracked exponentially on 舟曲县东舟曲县东…).

    >>> _allocated_to("海东市平安区"), _allocated_to("全年销售农产品"), _allocated_to("舟曲县东" * 30)
    (True, False, False)
    """
    if not text or any(not "\u4e00" <= char <= "\u9fff" for char in text):
        return False
    if len(text) <= _SHORT_NAMES:
        # A short text (the usual case) is matched by a pattern, in C: its backtracking is
        # bounded by the length.
        return _ALLOCATED_TO.fullmatch(text) is not None
    reachable = [False] * (len(text) + 1)
    reachable[0] = True
    for start in range(len(text)):
        if not reachable[start]:
            continue
        for end in range(start + 1, min(start + 13, len(text)) + 1):
            for ending in _PLACE_ENDINGS:
                stop = end + len(ending)
                if stop <= len(text) and text.startswith(ending, end):
                    reachable[stop] = True
    return reachable[len(text)]


# ... unless the clause is about money the plan is to attract (引进投资1亿元, 争取社会帮扶资金500万元).
_ATTRACTED: Final = re.compile(
    "(?:引进|招引|完成|带动|撬动|吸引|落地|实现|争取|筹集|募集|引导|动员)[^，]*(?:投资|资金|捐款|款物)$"
    # 实际到位投资1.5亿元以上, (实际)到位资金8000万元以上: investment of enterprises the plan
    # attracts (a pairing's target); 累计到位资金, 已到位资金 are money already in.
    "|到位投资$|(?<!累计)(?<!已)到位资金$"
)


@attrs.frozen
class _Figure:
    """One figure in a clause, before the words around it are assigned."""

    match: re.Match[str]
    quantity: Quantity
    parts: tuple[Commitment, ...]


def _clauses(normal: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a text.

    Sentences end at 。, ! and ? (either width), line ends and tabs (table cells); inside a sentence, clauses end at
    ；，： outside brackets (（其中电商、文旅100人次，…） stays whole).
    """
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for mark in _CLAUSE_MARKS.finditer(normal):  # (the characters below, not each character)
        i = mark.start()
        char = normal[i]
        if char in _SENTENCE_END:
            depth = 0
        elif char in "(（[【":
            depth += 1
            continue
        elif char in ")）]】":
            depth = max(depth - 1, 0)
            continue
        elif depth or char not in _CLAUSE_END:
            continue
        elif char == "," and 0 < i < len(normal) - 1 and normal[i - 1 : i + 2 : 2].isdigit():
            continue  # 1,000 is a figure, not a clause end
        spans.append((start, i))
        start = i + 1
    spans.append((start, len(normal)))
    return [(a, b) for a, b in spans if normal[a:b].strip()]


@attrs.define
class _Depth:
    """How deep in brackets opened after ``start`` a text is, read forward once (asking
    for each figure afresh from ``start`` would be quadratic in a long paragraph)."""

    normal: str
    position: int
    depth: int = 0

    def at(self, position: int) -> int:
        """The depth at ``position``, which is not before the last position asked."""
        for char in self.normal[self.position : position]:
            if char in "(（[【":
                self.depth += 1
            elif char in ")）]】":
                self.depth = max(self.depth - 1, 0)
        self.position = max(self.position, position)
        return self.depth


def _target(original: str, match: re.Match[str]) -> Quantity | None:
    """The Quantity of a figure match, or None when the figure is not a target."""
    unit = match.group("unit")
    figure = match.group("figure")
    if unit is None and not _SCALED.search(figure):
        return None  # a year, an item number: no unit and no 万/亿
    after = match.end("unit") if unit else match.end("figure")
    following = original[after : after + 1]
    if unit and following in ("性", "化"):
        return None  # 一次性, 一体化
    if unit and figure == "一" and following == "一":
        return None  # 一户一策, 一对一
    if unit == "个" and following in ("不", "也", "都"):
        return None  # 四个不摘, 一个也不能少: slogans, not targets
    if (
        match.start() > 0
        and original[match.start() - 1] == "“"
        and "”" in original[after : after + 3]
    ):
        return None  # “四个好”: a slogan in quotes
    if unit == "期" and original.startswith(("投产", "工程", "项目", "建设"), after):
        return None  # 一期投产: a phase, not a count
    if figure == "一" and original[match.start() - 1 : match.start()] in ("上", "下"):
        return None  # 上一篇, 下一个: "the previous", "the next"
    start, end = match.start(), match.end()
    if match.group("parts"):
        text = original[start : match.start("parts")] + original[match.end("parts") : end]
    else:
        text = original[start:end]
    try:
        return parse_quantity(text)
    except AidModelError:  # not a figure after all: the clause's other figures still count
        return None


def _figures(original: str, normal: str, start: int, end: int) -> list[_Figure]:
    figures = []
    position = start
    depth = _Depth(normal, start)
    while position < end:
        match = _QUANTITY.search(normal, position, end)
        if match is None:
            break
        if not match.group("figure").strip() or match.end() == match.start():
            position = match.start() + 1
            continue
        quantity = _target(original, match)
        if quantity is not None and quantity.unit is None and depth.at(match.start()) > 0:
            quantity = None  # 190（县委组织部90万、…）: a split of funds, not a target
        if quantity is None:
            position = match.start("figure") + 1
            continue
        figures.append(_Figure(match, quantity, ()))
        position = match.end()
    return figures


def _clean(text: str, unit: str | None, *, leading: bool, trailing: bool) -> str:
    """Words around a figure without numbering, fillers and punctuation."""
    text = text.strip(_PUNCT).strip()
    # 培训人次不低于100人次: a two-character unit repeated before the figure.
    trailing_words = (*_TRAILING, *((unit,) if unit and len(unit) > 1 else ()))
    changed = True
    while changed and text:
        changed = False
        if leading:
            numbered = _NUMBERING.match(text)
            if numbered and numbered.end() < len(text):
                text, changed = text[numbered.end() :].strip(_PUNCT), True
            # (Each word is tried in turn only where one opens the text: otherwise none can.)
            if text.startswith(_LEADING):
                for word in _LEADING:
                    if text.startswith(word) and len(text) > len(word):
                        text, changed = text[len(word) :].strip(_PUNCT), True
            if text.startswith("的"):
                text, changed = text[1:].strip(_PUNCT), True
        if trailing:
            if text.endswith(trailing_words):
                for word in trailing_words:
                    if text.endswith(word) and len(text) > len(word):
                        text, changed = text[: -len(word)].strip(_PUNCT), True
            if text.endswith("的"):
                text, changed = text[:-1].strip(_PUNCT), True
    return text


def _period(clause_before: str) -> tuple[str | None, str]:
    """The period a clause gives (每年 → 年) and the clause without the period words."""
    period: str | None = None
    if "年" not in clause_before and "每" not in clause_before:
        return period, clause_before  # every period phrase has 年 or 每
    for found in _PERIOD_PHRASE.finditer(clause_before):
        if found.group("every"):
            period = found.group("every")
        elif found.group("year"):
            period = "年"
        elif found.group("years"):
            period = re.sub(r"\s+", "", found.group("years"))
        else:
            period = found.group("count")
    return period, _PERIOD_PHRASE.sub("", clause_before)


def _scope(metric: str) -> tuple[str, str | None]:
    for pattern in _SCOPE_PATTERNS:
        found = pattern.match(metric)
        if found and found.group("metric").strip(_PUNCT):
            return found.group("metric").strip(_PUNCT), found.group("scope").strip(_PUNCT)
    return metric, None


def _parts(original: str, normal: str, match: re.Match[str], metric: str) -> tuple[Commitment, ...]:
    """The 其中 sub-targets written in brackets right after a figure."""
    if not match.group("parts"):
        return ()
    start, end = match.start("parts") + 1, match.end("parts") - 1
    start += 2 if normal.startswith("其中", start) else 1
    parts = []
    previous = start
    for figure in _figures(original, normal, start, end):
        words = _clean(
            original[previous : figure.match.start()],
            figure.quantity.unit,
            leading=True,
            trailing=True,
        )
        parts.append(
            Commitment(
                metric=metric,
                target=figure.quantity,
                scope=words or None,
                text=original[match.start("parts") + 1 : end].strip() or None,
            )
        )
        previous = figure.match.end()
    return tuple(parts)


def scan(text: object, func: str, *, funding: bool) -> list[CommitmentSpan]:
    """Every commitment of ``text`` with its span; ``func`` names the caller in errors.

    With ``funding``, figures that only qualify who benefits (稳定就业3个月以上的脱贫劳动力)
    are left out, as :func:`aidmodel.commitments.find_commitments` does; without it every
    target figure is kept, as :func:`aidmodel.commitments.parse_commitment` and the bulletin
    reader need.

    >>> [span.commitment.metric for span in scan("转移就业40名以上", "f", funding=True)]
    ['转移就业']
    """
    text = require_text(text, func)
    normal = text.translate(FULL_WIDTH)
    found: list[CommitmentSpan] = []
    for clause_start, clause_end in _clauses(normal):
        figures = _figures(text, normal, clause_start, clause_end)
        if funding:
            figures = [f for f in figures if not _condition(normal, f, clause_end)]
        # 按每吸纳1人2000元…, 每带动1户: the unit a rate is paid for, no target.
        figures = [
            f
            for f in figures
            if not _RATE_BASIS.search(normal, max(0, f.match.start() - 8), f.match.start())
        ]
        # Split the words between figures: before the last 、 they close the previous
        # figure's clause; otherwise they open the next one's unless that had no words.
        bounds = [clause_start] * len(figures)
        ends = [clause_end] * len(figures)
        if figures:  # a figure that ends its phrase ends at a 、 too: 改造管网20公里、增设设备
            last = figures[-1].match.end()
            if normal.startswith("、", last):
                ends[-1] = last
        for k in range(1, len(figures)):
            left, right = figures[k - 1].match.end(), figures[k].match.start()
            between = normal[left:right]
            cut = between.rfind("、")
            if cut >= 0:
                ends[k - 1], bounds[k] = left + cut, left + cut + 1
            elif not _clean(
                normal[bounds[k - 1] : figures[k - 1].match.start()],
                None,
                leading=True,
                trailing=True,
            ):
                ends[k - 1] = bounds[k] = right
            else:
                ends[k - 1] = bounds[k] = left
        rate_scope: str | None = None
        rate_start: int | None = None
        for k, figure in enumerate(figures):
            match, target = figure.match, figure.quantity
            before = text[bounds[k] : match.start()]
            after = text[match.end() : ends[k]]
            # The period words of the clause before the figure, within _PERIOD_REACH
            # characters (a clause of thousands of figures would be read quadratically).
            reach = max(clause_start, match.start() - _PERIOD_REACH)
            period, _ = _period(text[reach : match.start()])
            _, before = _period(before)
            loose = (
                max(_LOOSE_BOUND.finditer(before), key=lambda m: m.start())
                if _LOOSE_BOUND.search(before)
                else None
            )
            if loose is not None:
                before = before[: loose.start()] + before[loose.end() :]
                if target.bound is Bound.EXACT:
                    target = attrs.evolve(target, bound=_bound(loose.group()))
            pre = _clean(before, target.unit, leading=True, trailing=True)
            post = _clean(after, None, leading=True, trailing=False)
            if target.unit == "%" and k + 1 < len(figures) and figures[k + 1].quantity.unit != "%":
                # 按照投资3%保底分红34.5万元: the rate qualifies the next figure.
                rate_scope = (pre + text[match.start() : match.end()]).strip(_PUNCT)
                rate_start = bounds[k]
                continue
            money = target.unit in ("元", None)
            if money and target.bound is Bound.EXACT and _allocated_to(pre):
                # 其中：乐都区819万元、平安区612万元: money allotted to a place, no target.
                rate_scope = rate_start = None
                continue
            if not pre and text.startswith("目", match.end()) and target.unit in ("项", None):
                # 1项目实施地点：…: an item number before 项目, no figure of a target.
                rate_scope = rate_start = None
                continue
            if (
                funding
                and money
                and (not pre or _FUNDING.search(pre))
                and not _ATTRACTED.search(_clean(before, None, leading=False, trailing=True))
            ):
                rate_scope = rate_start = None
                continue
            if (
                funding
                and target.bound is Bound.EXACT
                and (
                    target.unit == "类"
                    or (
                        target.unit in ("个", "项")
                        # (调增项目（1个）: the bracket closed after the count is no word)
                        and _STRUCTURE.search(pre + re.sub(r"^\s*[)）]", "", post))
                    )
                )
            ):
                rate_scope = rate_start = None
                continue
            metric, scope = _scope(_clean(pre + post, None, leading=True, trailing=False))
            metric = _EMPTY_BRACKETS.sub("", metric)  # 新建服务站（3个）: the metric is 新建服务站
            if rate_scope is not None:
                scope = rate_scope if scope is None else f"{rate_scope}，{scope}"
            words = metric.removeprefix("其中")
            if not metric and found and found[-1].end == match.start():
                # 覆盖脱贫户300户1000人: one metric, two figures
                metric = found[-1].commitment.metric
            if not metric:
                known = UNITS.get(target.unit or "")
                metric = known.dimension.label if known else target.unit or "数额"
            span_start = rate_start if rate_start is not None else bounds[k]
            span_start = _skip(text, span_start, match.start())
            span_end = _rskip(text, match.end(), ends[k]) if post else match.end()
            try:
                commitment = Commitment(
                    metric=metric,
                    target=target,
                    period=target.per or period,
                    scope=scope or None,
                    parts=_parts(text, normal, match, metric),
                    text=text[span_start:span_end],
                )
            except AidModelError:  # one figure the model cannot hold costs only itself
                rate_scope = rate_start = None
                continue
            previous = found[-1] if found else None
            if (
                previous is not None
                and normal.startswith("其中", _skip(normal, clause_start, match.start()))
                and previous.end < clause_start
                and not normal[previous.end : clause_start].strip("，,；; ")
                and previous.commitment.target.unit == target.unit
            ):
                # 转移就业1000人以上，其中到江苏省就业不少于150人: a part of the previous target.
                part = attrs.evolve(
                    commitment, metric=previous.commitment.metric, scope=words or scope or None
                )
                parts = (*previous.commitment.parts, part)
                found[-1] = attrs.evolve(
                    previous, commitment=attrs.evolve(previous.commitment, parts=parts)
                )
            else:
                found.append(CommitmentSpan(commitment, span_start, span_end))
            rate_scope = rate_start = None
    return found


# 每吸纳, 每带动 right before a figure: the figure counts what a rate is paid per.
_RATE_BASIS: Final = re.compile(rf"每\s*{RATE_VERBS}\s*$")


def _condition(normal: str, figure: _Figure, end: int) -> bool:
    """Whether a figure says who qualifies, not a target: a bounded figure qualifying people
    or bodies with 的 (稳定就业3个月以上的脱贫劳动力, 用餐人数达到50人以上的事业单位), not
    an undertaking (开展1个月以上的技术援助 stays a target)."""
    match = figure.match
    if not (match.group("suffix") or match.group("bound")):
        return False
    return _QUALIFIED.match(normal, match.end(), end) is not None


# 的 and the people or bodies a condition qualifies, within a few words.
_QUALIFIED: Final = re.compile(
    r"\s*的[^，,；;。]{0,12}?(?:劳动力|人口|人员|群众|农户|脱贫户|贫困户|家庭|学生|儿童|"
    r"老人|职工|企业|单位|合作社|经营主体)"
)


def _bound(word: str) -> Bound:
    for marker, bound in BOUND_PREFIXES:
        if marker == word:
            return bound
    return Bound.AT_LEAST  # pragma: no cover - _LOOSE_BOUND words are all prefixes


def _skip(text: str, start: int, stop: int) -> int:
    """The first index from start that is not punctuation, numbering or blank."""
    while start < stop and text[start] in _PUNCT:
        start += 1
    numbered = _NUMBERING.match(text, start, stop)
    if numbered and numbered.end() < stop:
        start = numbered.end()
    return start


def _rskip(text: str, stop: int, end: int) -> int:
    while end > stop and text[end - 1] in _PUNCT:
        end -= 1
    return end
