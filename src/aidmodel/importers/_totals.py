"""The totals paragraph (资金安排): declared total, 大写, fund sources and categories (private).

Plans declare their money in one paragraph, in many wordings::

    2025年，市中区计划投入帮扶资金750万元，上年结余16万，共计资金766万元（大写：柒佰陆拾陆万元整）。
    实施结对帮扶项目16个，其中：产业合作项目3个，计划投资378万元；劳务协作项目1个，…

    2025年规划东西部协作资金3952.310194万元（其中2025年规划资金3900万元，往年结余资金
    52.310194万元），实施6类11个项目，其中：产业集群打造项目2个，规划资金1650万元；…

The declared total is the amount after 共计/合计/总计, else the first amount; the
other amounts before the first category are fund sources; each category is a
count (…项目3个, …类3个) with the amount that follows it in its clause.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel._rates import RATE_VERBS
from aidmodel.importers._header import region_units
from aidmodel.importers._lines import COUNT, Line, Mention, count_value, mentions
from aidmodel.importers.lexicon._gazetteer import province_pair
from aidmodel.importers.lexicon._gazetteer import spellings as place_spellings
from aidmodel.importers.lexicon.funds import FUND_KIND_WORDS, RAISED_WORDS, REST_WORDS
from aidmodel.model import FundSourceKind
from aidmodel.money import Money

__all__ = [
    "PAST_WORDS",
    "PER_UNIT_BEFORE",
    "TRADE",
    "Category",
    "Share",
    "Source",
    "Totals",
    "before_year",
    "declares_money",
    "find_totals_line",
    "past",
    "read_shares",
    "read_totals",
    "source_kind",
]


@attrs.frozen(kw_only=True)
class Source:
    """A fund source written in the totals paragraph."""

    label: str
    kind: FundSourceKind
    year: int | None
    provider: str | None
    mention: Mention


@attrs.frozen(kw_only=True)
class Category:
    """A category of the totals paragraph: 产业合作项目3个，计划投资378万元."""

    name: str
    count: int
    mention: Mention | None


@attrs.frozen(kw_only=True)
class Totals:
    """What the totals paragraph declares."""

    line: int
    total: Mention | None = None
    upper: str | None = None
    project_count: int | None = None
    sources: tuple[Source, ...] = ()
    categories: tuple[Category, ...] = ()
    #: The total as the one fund its words name (安排…东西部协作财政援助资金2480万元), when
    #: no source is written beside it: a source where a table draws its aid column on it.
    fund: Source | None = None
    #: The total is the aid written inside the plan's 总投资 (总投资1.385亿元，其中援疆资金
    #: 1.236亿元，县级配套资金1490万元): 自筹 and 配套 written beside it are outside it.
    aid_only: bool = False
    #: Where the total is such aid, the sources written beside it in its sentence (县级配套资金
    #: 1490万元, 县级整合资金1100万元): money outside the total.
    beside: tuple[Source, ...] = ()


#: A clause that ends a sentence's split of its money (；).
_AFTER_CLAUSE: Final = re.compile("[；;]")
_FUNDS_WORD: Final = re.compile("资金|投资|投入|帮扶|援助|预算|经费")
#: Words of a sentence about past years or done work (2021年以来, 累计, 已完成).
PAST_WORDS: Final = re.compile("以来|累计|去年|上一年度|上年度(?!结余|结转|剩余)|已完成|完成投资")
# Money already paid or spent (累计拨付项目资金2706.11万元, 已支出): a result, no fund source.
_EXECUTED: Final = re.compile("累计|已拨付|已支出|已到位|已使用|使用率|完成投资")
_UPPER: Final = re.compile(r"[(（]\s*大写\s*[:：]?\s*(?P<upper>[^)）]+?)\s*[)）]")
# …总资金仍为2200万元, 资金总额调整为…: the total after an adjustment, too.
_SUM_WORD: Final = re.compile(
    r"(?:共计|合计|总计|总额|总资金|资金总额|资金总量)(?:资金|投入)?"
    r"(?:仍为|仍然为|调整为|变更为|增至|减至|为)?\s*$"
)
# A clause that gathers the amounts before it: …，全年统筹安排东西部协作资金4560万元.
# (统筹使用上年结余资金40万元 alone names a source.)
_SUM_LEAD: Final = re.compile(r"^(?:(?:全年|年度|今年)\s*统筹|共|总共|一共|合计|总计)")
# A count of projects (项目16个, 6类11个项目, 项目七个); 七个方面, 12个乡镇, 300户 count other
# things (乡村 is not 乡: 3个乡村振兴项目 counts projects).
_COUNT: Final = re.compile(
    rf"(?<!第)(?:(?P<kinds>{COUNT})\s*类\s*)?(?P<count>{COUNT})\s*个"
    r"(?!方面|领域|环节|重点|行业|部门|单位|批次|村|社区|乡(?!村)|镇|街道|县|区|市|省|户|人)"
    r"(?P<after>项目)?"
)
_PROGRESS_COUNT: Final = re.compile("已|开工|完工|竣工|完成|验收|在建")
_OVERALL: Final = re.compile(
    r"^(?:在[\u4e00-\u9fff]{1,12}?[县区市旗州])?"
    r"(?:(?:全|我|本)[县区市旗州]\s*(?:\d{4}\s*年度?)?\s*"
    r"(?:[\u4e00-\u9fff]{0,4}(?:东西部|山海|对口|结对|定点)?协作)?(?=[^\d]*$))?"
    r"(?:本次|此次|本批|今年)?(?:计划|共|重点|全年|拟)?(?:实施|安排|建设|支持|扶持|共|入库|申报|储备|谋划)?"
)
# What may stand between 实施 and 项目N个 in the plan's own count: 实施结对帮扶项目16个, but
# not a category, 实施产业协作项目2个.
_SCHEME_WORDS: Final = re.compile(
    r"(?:各类|重点|东西部|省内|结对|对口|定点|扶贫|协作|帮扶|支援|援建|援藏|援疆|援青|资金"
    r"|南北挂钩|山海|挂钩|合作)*(?:项目)?"
)
_DELIMITERS: Final = "，,；;：:。、（）()"
# The verb before a fund's name: 投入…, 统筹使用上年结余资金 (the label is 上年结余资金).
_VERBS: Final = re.compile(
    r"^(?:计划投入|拟投入|计划安排|拟安排|拟申请|投入|安排|下达|引导|争取|带动|统筹(?:使用|安排)?|整合|使用|动用)"
)
_YEAR_FIRST: Final = re.compile(r"\d{4}\s*年度?")
_OUR_COUNTY: Final = re.compile(r"^我(?:县|区|市|旗|镇|乡|州)")
_PURPOSE: Final = re.compile("总投资|其中")
_INVESTMENT_CLAUSE: Final = re.compile("带动|撬动|拉动|吸引")
# 购买合阳县农产品300万元, 帮助销售…1200万元: trade the plan aims at, no money of a fund.
TRADE: Final = re.compile("购买|采购|销售|帮销|代销|营业额|交易额|产值|增收")
_INVESTMENT_WORD: Final = re.compile(r"总投资$")
# The fund of the plan by the words of its scheme: 援藏资金, 东西部协作资金, 对口支援资金.
# (其中援藏资金6080万元: the scheme's fund itself, no one provider's share of it.)
_AID_FUND: Final = re.compile(
    r"^(?:其中)?\s*[:：]?\s*(?:拟?(?:申请|安排|使用|争取))?"
    r"(?:[\u4e00-\u9fff]{1,10}?(?:省|市|区|县|旗)(?:省级|市级|区级|县级)?"
    r"|[\u4e00-\u9fff]{2})?"  # (北京援疆资金: a province by its short name)
    r"(?:援[藏疆青]|东西部协作|[\u4e00-\u9fff]{2}协作|对口支援|帮扶)资金$"
)
# 调减和取消项目腾出的360万元: money of a change, no source of the plan.
_CHANGE_WORDS: Final = re.compile("调减|调增|取消|腾出|调出|调入")
# A fund named by its words (东西部协作财政援助资金, 对口支援资金), not a bare 共计/投入.
_NAMED_FUND: Final = re.compile(r"(?:资金|经费)$")


def source_kind(label: str) -> FundSourceKind:
    """The kind of a fund source from the words that name it (上年结余资金 → carry-over).

    >>> source_kind("往年结余资金").value, source_kind("2025年规划资金").value
    ('carry_over', 'current')
    """
    for word, kind in FUND_KIND_WORDS:
        if word in label:
            return kind
    return FundSourceKind.CURRENT


# An amount that is a target, not money of the plan: 不低于1.2亿元, 1.5亿元以上.
TARGET_BEFORE: Final = re.compile(r"(?:不少于|不低于|不超过|超过|达到|突破|力争)\s*$")
# An amount paid per unit (每人一次性补助800元, 每亩补助300元, 每人每月3000元, 每吸纳1人2000元):
# a standard.
PER_UNIT_BEFORE: Final = re.compile(
    rf"每\s*(?:{RATE_VERBS}\s*(?:\d+|[一两])?\s*)?"
    r"(?:人|户|名|亩|头|座|个|只|吨|村|栋|间|平方米|公里|月|年)[^,，;；。]{0,8}$"
)
TARGET_AFTER: Final = re.compile(r"\s*(?:以上|左右)")


#: How far back the words right before an amount are looked for (不低于, 每人…): they are a
#: few characters long, so each amount costs the same, however long its line.
LOOK_BACK: Final = 64


def written_before(pattern: re.Pattern[str], norm: str, end: int) -> bool:
    """Whether the words right before ``end`` match ``pattern`` (anchored with ``$``)."""
    return pattern.search(norm, max(0, end - LOOK_BACK), end) is not None


@functools.lru_cache(maxsize=256)
def _sentence_marks(norm: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where a line's sentences end (。；) and where its words of past years stand, found
    once per line. A sentence that opens with a year earlier than another sentence of the
    line opens with (2024年，两地共实施…投入资金3260万元。2025年，力争…) is of a past year: its
    year counts as such a word."""
    ends = [index for index, char in enumerate(norm) if char in "。;"]
    words = [found.span() for found in PAST_WORDS.finditer(norm)]
    opened = [
        (int(found.group(1)), found.span())
        for start in [0, *(end + 1 for end in ends)]
        if (found := _OPENING_YEAR.match(norm, start)) is not None
    ]
    if len(opened) >= 2:
        latest = max(year for year, _ in opened)
        words = sorted(words + [span for year, span in opened if year < latest])
    return ends, words


# 2024年，… opening a sentence.
_OPENING_YEAR: Final = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*[,，]")


def past(line: Line, mention: Mention | int) -> bool:
    """Whether an amount (or the text at an index) is of past years (2021年以来…累计投入…
    1.86亿元): a word of past years stands before it in its sentence."""
    at = mention if isinstance(mention, int) else mention.start
    ends, words = _sentence_marks(line.norm)
    before = bisect.bisect_left(ends, at)
    start = ends[before - 1] + 1 if before else 0
    first = bisect.bisect_left(words, (start, -1))
    return first < len(words) and words[first][1] <= at


def spent(line: Line, mention: Mention) -> bool:
    """Whether an amount is money of the text, not a target (力争销售农特产品1.2亿元以上)."""
    return not (
        written_before(TARGET_BEFORE, line.norm, mention.start)
        or TARGET_AFTER.match(line.norm, mention.end)
    )


# 2024年安排援藏资金1.02亿元 opening a sentence: the year it is of.
# 2024年安排…, and after a short lead of its own (会议认为，2024年两地…).
_SENTENCE_YEAR: Final = re.compile(
    # (一、2024年江夏区投入…: the number of the part the sentence opens is none of it.)
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)\s*)?"
    r"(?:[\u4e00-\u9fff]{2,6}[,，]\s*)?((?:19|20)\d{2})\s*年(?!\d|度?[以来])"
)


def before_year(line: Line, mention: Mention | int, year: int | None) -> bool:
    """Whether an amount's sentence (or the sentence at an index) opens with a year before
    the plan's ``year`` (2024年安排援藏资金1.02亿元，实施项目10个 in a plan of 2025): figures of
    a past year."""
    if year is None:
        return False
    at = mention if isinstance(mention, int) else mention.start
    ends, _ = _sentence_marks(line.norm)
    before = bisect.bisect_left(ends, at)
    # The sentence's own year, else that of the sentence before it in the line (2024年…全部
    # 完工；帮助…1.26亿元。: the clause after ； goes on with the year's).
    for sentence in range(before, -1, -1):
        start = ends[sentence - 1] + 1 if sentence else 0
        opened = _SENTENCE_YEAR.match(line.norm, start)
        if opened is not None:
            return int(opened.group(1)) < year
    return False


def find_totals_line(lines: Sequence[Line], year: int | None = None) -> Line | None:
    """The first line that declares money for the plan (not a past figure, 累计/以来 or a
    sentence of a year before the plan's ``year``, nor a line whose amounts are all targets,
    落地投资不低于1.2亿元, or rates per head, 按每人每年3000元给予就业补助)."""
    for line in lines:
        if declares_money(line, year) and _FUNDS_WORD.search(line.norm):
            return line
    return None


def declares_money(line: Line, year: int | None = None) -> bool:
    """Whether a line writes money of the plan: an amount that is not a target, a past
    figure (自2016年以来…累计投入…4.37亿元, a sentence of a year before ``year``) or a rate
    per head (每人1000元)."""
    return any(
        spent(line, m)
        and not past(line, m)
        and not before_year(line, m, year)
        and not written_before(PER_UNIT_BEFORE, line.norm, m.start)
        for m in mentions(line)
    )


# 以外的, 之外: words that set money apart from the plan's (沪滇协作资金以外的240万元).
_APART: Final = re.compile("以外|之外")
# 不纳入本次项目计划, 不列入, 不计入: words after money that leave it out of the plan's.
_LEFT_OUT: Final = re.compile("不纳入|不列入|不计入|不含在|未纳入|未列入")


def _split_of(norm: str, total: Mention, mention: Mention) -> bool:
    """Whether an amount is written in the split of a total right after it (总资金2200万元
    （其中A 1900万元、B 300万元）)."""
    between = norm[total.end : mention.start]
    return mention.start > total.end and "其中" in between and "。" not in between


def _sentence_after(norm: str, start: int) -> str:
    """The rest of the sentence from ``start`` to its 。 or ；(or the end of the line)."""
    ends = [end for end in (norm.find(mark, start) for mark in "。;") if end >= 0]
    return norm[start : min(ends, default=len(norm))]


# 其余720万元由…自筹解决: the rest of an investment, and the words after it that raise it.
_REST: Final = re.compile(REST_WORDS)
_RAISED_AFTER: Final = re.compile(rf"[^,，;；。]*?(?:{RAISED_WORDS})")
# 现将已到位的第一批资金2180万元…下达, 本次下达资金: the money a notice hands down now.
_BATCH: Final = re.compile("本次|本批|此次|现将|第[一二三四五六七八九十]批")
_BATCH_NOW: Final = re.compile("本次|本批|此次|现将")
_BOOK: Final = re.compile(r"《[^《》]*》")
_ALREADY: Final = re.compile(r"^[^,，;；。]*已")
_SPENT_ON: Final = re.compile(r"^用于|(?:项目|工程)$")
_BATCH_ONLY: Final = re.compile(r"第[一二三四五六七八九十]批(?:资金)?")
_BATCH_LABEL: Final = re.compile("第[一二三四五六七八九十]批(?:[\u4e00-\u9fff]{0,10}?)资金")


def _split_after(norm: str, source: Source, sources: Sequence[Source]) -> bool:
    """Whether the sources written in the bracket right after a source add up to it."""
    opened = re.compile(r"\s*\(").match(norm, source.mention.end)
    if opened is None or source.mention.amount is None:
        return False
    close = norm.find(")", opened.end())
    inside = [
        s.mention.amount
        for s in sources
        if opened.end() <= s.mention.start < (close if close >= 0 else len(norm))
        and s.mention.amount is not None
    ]
    return len(inside) >= 2 and sum(inside[1:], inside[0]) == source.mention.amount


def _opened_after(norm: str, start: int, end: int) -> bool:
    """Whether a bracket opened between ``start`` and ``end`` is still open at ``end``."""
    between = norm[start:end]
    return between.count("(") > between.count(")")


def _sentence_before(norm: str, end: int) -> str:
    """The words of the sentence that ends at ``end`` (from its last 。 or ；)."""
    start = max(norm.rfind(c, 0, end) for c in "。;") + 1
    return norm[start:end]


def _clause_before(norm: str, end: int) -> tuple[str, int]:
    """The words of the clause that ends at ``end``, and where they start; a short bracket
    inside a name (结对镇(街道)帮扶资金) is a part of it.

    >>> _clause_before("其中区级资金1500万元、结对镇(街道)帮扶资金180万元", 24)
    ('结对镇(街道)帮扶资金', 13)
    """
    start = end
    while start > 0:
        if norm[start - 1] == ")":
            opened = norm.rfind("(", max(start - 8, 0), start - 1)
            inner = norm[opened + 1 : start - 1] if opened > 0 else ""
            if (
                inner
                and "\u4e00" <= norm[opened - 1] <= "\u9fff"
                and all("\u4e00" <= c <= "\u9fff" for c in inner)
            ):
                start = opened
                continue
        if norm[start - 1] in _DELIMITERS:
            break
        start -= 1
    return norm[start:end].strip(), start


def _overall(name: str) -> bool:
    """Whether the words before a count declare the plan's projects: 实施结对帮扶项目16个,
    产业发展、基础设施、教育医疗三类项目共6个."""
    if _ALL_KINDS.search(name):
        return True
    name = re.sub(r"(?:仍为|调整为|为)$", "", name)  # …项目仍为14个
    # 全年实施鲁渝协作项目13个: a pair word names the scheme, as 东西部 does.
    name = re.sub(
        r"[\u4e00-\u9fff]{2}(?=协作)",
        lambda pair: "东西部" if province_pair(pair.group()) else pair.group(),
        name,
    )
    if _ALL_KINDS.search(name) or name in ("项目", "项目总数", "项目数", "项目数量", "项目总个数"):
        return True  # …，项目13个 (a clause of the projects alone), 项目总数仍为10个
    if len(name) > 2 and name.endswith("项目") and _SCHEME_WORDS.fullmatch(name):
        return True  # 调整后，援疆项目仍为9个: the scheme's projects, all of them
    # 2025年闽宁协作项目12个: the year and the pair word say whose projects, all of them.
    bare = re.sub(r"^\d{4}\s*年度?\s*", "", name)
    if bare != name and province_pair(bare[:2]) is not None:
        bare = bare[2:]
    if bare != name and bare and _SCHEME_WORDS.fullmatch(bare):
        return True
    # 湖南省安排隆子县援藏项目11个: places and the verbs between them, then the scheme's words.
    placed = re.sub(r"^\d{4}\s*年度?", "", name)  # 2025年敖汉旗京蒙协作项目: the year first
    placed = re.sub(
        r"(?<=[区县市旗])[\u2014\u2013\uff0d-]{1,2}", "", placed
    )  # 福山区—鄄城县2025年…: a pair
    # 丹徒—灌云南北挂钩合作项目: a pair of short names before the scheme's words.
    placed = re.sub(
        r"^[\u4e00-\u9fff]{2,3}[\u2014\u2013\uff0d-]{1,2}[\u4e00-\u9fff]{2,3}"
        r"(?=南北|山海|东西部|对口|结对|省内|协作|帮扶|挂钩|合作|援)",
        "",
        placed,
    )
    for unit in region_units(placed):
        placed = placed.replace(unit, "")
    placed = re.sub(r"^\d{4}\s*年度?", "", placed)
    placed = re.sub("统筹|安排|实施|投入|支持|扶持|计划|全年|共|拟", "", placed)
    placed = re.sub(r"^\d{4}\s*年度?", "", placed)  # 拟实施2025年鲁甘…项目: the year after the verb
    if placed[:2] and province_pair(placed[:2]) is not None and _SCHEME_WORDS.fullmatch(placed[2:]):
        placed = placed[2:]  # …武隆区2025年鲁渝东西部协作项目: the pair word before the scheme's
    if placed != name and placed and _SCHEME_WORDS.fullmatch(placed):
        return True
    start = _OVERALL.match(name)
    if start is None or start.end() == 0:
        return False
    return _SCHEME_WORDS.fullmatch(name[start.end() :]) is not None


# 三类项目共, 6类项目合计: the count after it is the plan's, over all its kinds.
_ALL_KINDS: Final = re.compile(
    r"(?:\d+|[一二两三四五六七八九十]{1,2})\s*(?:类|大类|个方面|个领域)\s*(?:共计?|合计|总计)?"
    r"\s*(?:安排|实施|谋划|建设)?\s*(?:项目)?\s*(?:共计?|合计|总计)?$|(?:共计?|合计|总计)$"
)


# …资金（第一批）2150万元: the batch in brackets, the label before it too.
_ABBREVIATION: Final = re.compile(
    r"[(（]\s*(?:(?:以下)?简称[^()（）]{1,20}|第[一二三四五六七八九十\d]{1,3}批次?)[)）]\s*$"
)


def _source(line: Line, mention: Mention) -> Source | None:
    """The fund source an amount of the totals paragraph is, from the words of its clause."""
    norm = line.norm
    # 补助资金（以下简称衔接资金）480万元: the label stands before its abbreviation.
    aside = _ABBREVIATION.search(norm, 0, mention.start)
    end = aside.start() if aside is not None else mention.start
    words, _ = _clause_before(norm, end)
    words = words.removeprefix("其中").removeprefix("现将").strip()
    if (
        not words
        or _PURPOSE.search(words)
        or _EXECUTED.search(words)
        or TRADE.search(words)
        # (…，用于X项目280万元、Y项目220万元: what the money is spent on, no source)
        or _SPENT_ON.search(words)
    ):
        return None
    provider = None
    verb = None
    units = region_units(words)
    year_first = None
    for count in range(len(units), -1, -1):
        # 天津市河西区安排舟曲县…, 鄞州区2024年安排我县…, 2026年安排东西部协作资金: the provider is
        # the places before the verb, the year before it the source's, not its name.
        before = "".join(units[:count])
        year_first = _YEAR_FIRST.match(words, len(before))
        after = year_first.end() if year_first else len(before)
        verb = _VERBS.match(words[after:])
        if verb is not None:
            provider = before or None
            words = words[after + verb.end() :]
            break
    written_year = year_first.group() if verb and year_first else ""
    ours = _OUR_COUNTY.match(words) if verb else None
    if ours is not None:
        words = words[ours.end() :]  # 安排我县…资金: 我县 is the recipient
    recipient = "".join(region_units(words)) if verb else ""
    if len(recipient) >= 3 and len(recipient) < len(words):
        # 安排舟曲县东西部协作资金: the place after the verb is the recipient, not the fund's name.
        words = words[len(recipient) :]
    if not words:
        return None
    kind = source_kind(words)
    year_match = re.search(r"(\d{4})\s*年", words) or re.search(r"(\d{4})", written_year)
    year = int(year_match.group(1)) if year_match else None
    if year is None and kind is not FundSourceKind.CARRY_OVER:
        opening = re.match(r"^(\d{4})\s*年\s*[,，]", norm)
        year = int(opening.group(1)) if opening else None
    label_end = end
    while label_end > 0 and norm[label_end - 1] == " ":
        label_end -= 1
    label = line.text[label_end - len(words) : label_end].strip()
    return Source(label=label or words, kind=kind, year=year, provider=provider, mention=mention)


# 产业发展类项目资金, 基础设施类资金: the money of a category of projects, not a fund.
_CATEGORY_MONEY: Final = re.compile(r"类(?:项目)?(?:资金|投入)?$")
# …1310万元，占53.32% / 占总资金的60%: the share of the plan an amount makes.
_SHARE_AFTER: Final = re.compile(
    r"\s*[,，]?\s*占(?:比|比例)?(?:总额|总资金|资金总额|全部资金)?的?\s*[\d.]+\s*%"
)


def read_totals(line: Line, *, batch: bool = False, year: int | None = None) -> Totals:
    """Read a totals paragraph. For a notice that hands down money (``batch``: 关于下达…资金
    的通知), the amount it hands down now (现将…第一批资金2180万元…下达, 本次下达) is its
    total and its one fund; the year's plan written beside it is not."""
    norm = line.norm
    # 实际到位投资8000万元以上, 不低于1.2亿元: targets beside the plan's money are no source.
    found = [
        m
        for m in mentions(line)
        if spent(line, m) and not past(line, m) and not before_year(line, m, year)
    ]
    upper = None
    upper_match = _UPPER.search(line.text)
    if upper_match:
        upper = upper_match.group("upper").strip()
    # Counts: the first one saying 实施…项目16个 or 6类11个项目 is the plan's; the others are categories.
    project_count = None
    counts: list[tuple[re.Match[str], str]] = []
    for match in _COUNT.finditer(norm):
        if count_value(match.group("count")) is None:
            continue  # 二三个: two or three, no count
        name, _ = _clause_before(norm, match.start())
        name = name.removeprefix("其中").strip()
        if _PROGRESS_COUNT.search(name):
            continue  # 12个项目已全部开工，已完工5个: a count of progress, no category
        if PAST_WORDS.search(_sentence_before(norm, match.start())) or before_year(
            line, match.start(), year
        ):
            continue  # 自2016年以来…实施援藏项目126个, 2024年，…实施项目8个: of past years
        if (
            match.group("kinds")
            or match.group("after")
            or (project_count is None and not counts and _overall(name))
        ):
            if project_count is None and not counts:
                project_count = count_value(match.group("count"))
            continue
        counts.append((match, name))
    first_category = counts[0][0].start() if counts else len(norm)
    head = [m for m in found if m.start < first_category]
    tail = [m for m in found if m.start >= first_category]

    total = None
    for index, mention in enumerate(head):
        words, _ = _clause_before(norm, mention.start)
        if _SUM_WORD.search(words) or (index > 0 and _SUM_LEAD.match(words)):
            total = mention
            break
    aid_only = False
    if total is None and head and _INVESTMENT_WORD.search(_clause_before(norm, head[0].start)[0]):
        # 总投资7290万元，其中援藏资金6080万元（…），县级配套资金1160万元: the investment
        # holds the plan's aid, which is its total.
        total = next(
            (
                m
                for m in head[1:]
                if _AID_FUND.search(_clause_before(norm, m.start)[0])
                and "。" not in norm[head[0].end : m.start]
            ),
            None,
        )
        aid_only = total is not None

    if batch and (total is None or not _BATCH_NOW.search(_sentence_before(norm, total.start))):
        # 现将第二批…资金1480万元…下达 over 2025年…安排…4360万元，第一批2880万元已于4月下达
        # (and a cited 《关于拨付2025年第二批…的函》): the batch handed down now.
        now = next(
            (m for m in head if _BATCH_NOW.search(_sentence_before(norm, m.start))), None
        ) or next(
            (
                m
                for m in head
                if _BATCH.search(_BOOK.sub("", _sentence_before(norm, m.start)))
                and not _ALREADY.search(norm, m.end, m.end + 12)
            ),
            None,
        )
        if now is not None:
            # 本次拨付…资金1260万元，其中A资金1100万元、B资金160万元: the batch's own split.
            stop = norm.find("。", now.end)
            parts = [m for m in head if now.end <= m.start < (stop if stop >= 0 else len(norm))]
            split = [source for m in parts if (source := _source(line, m)) is not None]
            if (
                split
                and len(split) == len(parts)
                and "其中" in norm[now.end : parts[0].start]
                and now.amount is not None
                and sum((p.amount for p in parts if p.amount), Money.from_yuan(0)) == now.amount
            ):
                return Totals(
                    line=line.number,
                    total=now,
                    upper=upper,
                    project_count=project_count,
                    sources=tuple(split),
                )
            named = _source(line, now)
            label = _BATCH_LABEL.search(_sentence_before(norm, now.start))
            fund = named
            if label is not None:
                fund = Source(
                    label=label.group(),
                    kind=source_kind(label.group()),
                    year=named.year if named is not None else None,
                    provider=named.provider if named is not None else None,
                    mention=now,
                )
            return Totals(
                line=line.number,
                total=now,
                upper=upper,
                project_count=project_count,
                sources=(fund,) if fund is not None else (),
            )
    if total is None and len(head) >= 3:
        # 财政援助资金3500万元，加上结余资金120万元，全年统筹使用…资金3620万元: the amount that
        # the others add up to is the total, wherever it stands.
        amounts = [m.amount for m in head]
        if all(a is not None for a in amounts):
            total = next(
                (
                    m
                    for m in head
                    if m.amount is not None
                    and m.amount.yuan * 2 == sum(a.yuan for a in amounts if a is not None)
                    and not _INVESTMENT_CLAUSE.search(_clause_before(norm, m.start)[0])
                    # (项目总投资340万元 = aid 300 + 自筹 40 is the investment, not the plan's)
                    and not _INVESTMENT_WORD.search(_clause_before(norm, m.start)[0])
                ),
                None,
            )
    if total is None and head:
        # 带动项目总投资4640万元: the investment the aid draws in is no total of the plan.
        total = next(
            (m for m in head if not _INVESTMENT_CLAUSE.search(_clause_before(norm, m.start)[0])),
            head[0],
        )

    # 带动项目总投资4640万元，其中…自筹资金3040万元: the investment and its parts are no
    # sources of the plan's money.
    investment = [m for m in head if _INVESTMENT_CLAUSE.search(_clause_before(norm, m.start)[0])]
    drawn_in = {
        id(m)
        for first in investment
        for m in head
        if m.start >= first.start and "。" not in norm[first.start : m.start]
    }
    if total is not None and not aid_only:
        # 安排…资金2916万元，其中…。项目总投资3440万元，其中协作资金2916万元、县级配套资金304万元:
        # the investment of a later sentence, and the plan's money said again in it, are no
        # sources (the 配套 beside it is money outside the total, as anywhere).
        for first in head:
            if (
                first.start > total.end
                and "。" in norm[total.end : first.start]
                and _INVESTMENT_WORD.search(_clause_before(norm, first.start)[0])
            ):
                drawn_in.add(id(first))
                drawn_in |= {
                    id(m)
                    for m in head
                    if m.start > first.start
                    and "。" not in norm[first.start : m.start]
                    and m.amount is not None
                    and m.amount == total.amount
                }
    sources = [
        source
        for mention in head
        if mention is not total
        and id(mention) not in drawn_in
        and (
            not _CHANGE_WORDS.search(_sentence_before(norm, mention.start))
            # (…调出资金240万元…，总资金仍为2200万元（其中…1900万元、…）: the total's split)
            or (total is not None and _split_of(norm, total, mention))
        )
        and (source := _source(line, mention)) is not None
    ]
    # 产业发展类项目资金1310万元，占53.32%: a category's share of the plan, no source of it.
    sources = [
        source
        for source in sources
        if not _CATEGORY_MONEY.search(source.label)
        and not _SHARE_AFTER.match(norm, source.mention.end)
    ]
    # 资金分两批拨付：第一批1560万元…，第二批820万元…: the total split again by when it is
    # paid, after its sources; the batches are no sources of their own.
    if any(not _BATCH_ONLY.fullmatch(source.label) for source in sources):
        sources = [source for source in sources if not _BATCH_ONLY.fullmatch(source.label)]
    # 东西部协作资金3860万元（其中浙江省…3500万元、嵊州市…360万元）: the sources in the bracket
    # right after a source split it; it is not one more source beside them.
    sources = [source for source in sources if not _split_after(norm, source, sources)]
    # 沪滇协作资金以外的240万元由项目实施单位自筹: money beside the plan's, outside its total.
    beside: list[Source] = [source for source in sources if _APART.search(source.label)]
    # 另动员社会力量捐赠帮扶资金150万元，…不纳入本次审定的项目计划: money the text sets apart.
    beside += [
        source
        for source in sources
        if source not in beside and _LEFT_OUT.search(_sentence_after(norm, source.mention.end))
    ]
    # 项目总投资4600万元，其余720万元由县级财政配套和项目单位自筹解决: the rest of the
    # investment, raised beside the plan's money.
    beside += [
        attrs.evolve(source, label="自筹资金", kind=FundSourceKind.SELF_RAISED)
        for source in sources
        if _REST.fullmatch(source.label) and _RAISED_AFTER.match(norm, source.mention.end)
    ]
    sources = [
        source
        for source in sources
        if source not in beside
        and not (_REST.fullmatch(source.label) and _RAISED_AFTER.match(norm, source.mention.end))
    ]
    if aid_only and total is not None:
        # 项目总投资9660万元，其中湖北省援藏资金8560万元，县级整合资金1100万元: what stands beside
        # the aid in its sentence is outside it; a later sentence (援疆资金中，…) splits it.
        beside += [
            source
            for source in sources
            if "。" not in norm[min(total.start, source.mention.start) : source.mention.start]
            # (援藏资金6080万元（省级5200万元、市级880万元）: the bracket after it splits it.)
            and not _opened_after(norm, total.end, source.mention.start)
        ]
        sources = [source for source in sources if source not in beside]
    if total is not None and total.amount is not None and not aid_only:
        # 援疆资金1.3286亿元，其中…1.1亿元、…2386万元，安排项目10个；县级配套资金2370万元: a
        # 配套 in a clause after the split of the aid is money beside it, unless the total
        # is the sum of all.
        inside = [s for s in sources if s.kind is not FundSourceKind.SELF_RAISED]
        raised = [
            s
            for s in sources
            if s.kind is FundSourceKind.SELF_RAISED
            and inside
            and _AFTER_CLAUSE.search(norm, max(i.mention.end for i in inside), s.mention.start)
            and all(i.mention.start < s.mention.start for i in inside)
        ]
        every = [s.mention.amount for s in sources if s.mention.amount is not None]
        if raised and sum(every, Money.ZERO) != total.amount:
            beside += raised
            sources = [source for source in sources if source not in raised]
    fund = None
    if not sources and total is not None:
        # 安排舟曲县东西部协作财政援助资金2480万元: the total names one fund.
        named = _source(line, total)
        if named is not None and _NAMED_FUND.search(named.label):
            fund = named

    categories = []
    for index, (match, name) in enumerate(counts):
        stop = counts[index + 1][0].start() if index + 1 < len(counts) else len(norm)
        clause_end = min(
            (p for p in (norm.find(c, match.end(), stop) for c in "；;。") if p >= 0), default=stop
        )
        amount = next((m for m in tail if match.end() <= m.start < clause_end), None)
        clean = re.sub(r"(?:项目|类)$", "", name).strip()
        count = count_value(match.group("count"))
        assert count is not None  # the counts above are those with a value
        categories.append(Category(name=clean or name, count=count, mention=amount))
    return Totals(
        line=line.number,
        total=total,
        upper=upper,
        project_count=project_count,
        sources=tuple(sources),
        categories=tuple(categories),
        fund=fund,
        aid_only=aid_only,
        beside=tuple(beside),
    )


@attrs.frozen(kw_only=True)
class Share:
    """One recipient's part of a plan for several: 帮扶松潘县1500万元，实施项目5个."""

    recipient: str
    mention: Mention
    count: int | None
    #: The sources its amount is split into, written in brackets after it.
    sources: tuple[Source, ...] = ()
    #: Its amount in 大写, written in brackets after it.
    upper: str | None = None


_SHARE_UPPER: Final = re.compile(r"\s*\(\s*大写\s*[:：]?\s*(?P<upper>[^()]{2,30}?)\s*\)")


def read_shares(line: Line, names: Sequence[str]) -> list[Share] | None:
    """Each recipient's amount (and count) in a totals paragraph, from the clause that names
    it (up to its ；or 。); ``None`` unless every recipient has one of its own."""
    norm = line.norm
    found = [m for m in mentions(line) if m.amount is not None]
    shares: list[Share] = []
    # 沧源县 written 沧源佤族自治县 in the paragraph: a recipient by any of its names.
    spellings = {name: place_spellings(name) for name in names}

    def find(name: str, start: int) -> int:
        places = [p for spelling in spellings[name] if (p := norm.find(spelling, start)) >= 0]
        return min(places, default=-1)

    for name in names:
        share = None
        start = find(name, 0)
        while start >= 0 and share is None:
            ends = [p for p in (norm.find(c, start) for c in ";。") if p >= 0]
            # 门源县1320万元、祁连县1080万元: a clause ends where another recipient is named.
            ends += [p for n in names if n != name and (p := find(n, start + len(name))) >= 0]
            end = min(ends, default=len(norm))
            inside = [m for m in found if start < m.start < end]
            others = [n for n in names if n != name and find(n, start + len(name)) in range(end)]
            parts: list[Mention] = []
            upper = None
            if inside and (written := _SHARE_UPPER.match(norm, inside[0].end)) is not None:
                # 仁布县安排援藏资金0.56亿元（大写：伍仟陆佰万元整）: its own 大写.
                upper = line.text[written.start("upper") : written.end("upper")].strip()
            if len(inside) > 1 and norm[inside[0].end : inside[0].end + 1] == "(":
                # 化德县3100万元（北京市…2800万元、丰台区…300万元）: its amount and its sources.
                close = norm.find(")", inside[0].end)
                parts = [m for m in inside[1:] if close < 0 or m.start < close]
                if len(parts) == len(inside) - 1:
                    inside = inside[:1]
            if len(inside) > 1 and "其中" in norm[inside[0].end : inside[1].start]:
                # …0.56亿元，实施项目7个，其中省级援藏资金5000万元、…600万元: its sources.
                parts = inside[1:]
                inside = inside[:1]
            if len(inside) == 1 and not others:
                count = _COUNT.search(norm, inside[0].end, end)
                share = Share(
                    recipient=name,
                    mention=inside[0],
                    count=count_value(count.group("count")) if count else None,
                    sources=tuple(
                        source for m in parts if (source := _source(line, m)) is not None
                    ),
                    upper=upper,
                )
            start = find(name, start + 1)
        if share is None:
            return None
        shares.append(share)
    if len({s.mention for s in shares}) < len(shares):
        return None
    if (
        len(shares) > 1
        and shares[-1].count is not None
        and all(s.count is None for s in shares[:-1])
    ):
        # …、吉木乃县1050万元，共支持项目18个: a count after the last share alone is all of theirs.
        shares[-1] = attrs.evolve(shares[-1], count=None)
    return shares


# 下达资金：780万元, 分配资金：725.5万元: a part's own amount as a labelled field.
_PART_AMOUNT: Final = re.compile(r"(?:下达|分配|安排|帮扶|协作)资金\s*(?:\(\s*万元\s*\))?\s*:\s*$")
# 项目个数：3个, 项目数：3个.
_PART_COUNT: Final = re.compile(r"项目(?:个数|数)\s*:\s*(?P<count>\d+)\s*个?")


def read_part_share(line: Line, name: str) -> Share | None:
    """One recipient's amount and count written as labelled fields in its own part of a
    text for several (（一）朝阳县 / 结对地区：…；下达资金：780万元；项目个数：3个。), or
    ``None`` where the line holds no such field.

    >>> from aidmodel.importers._lines import split_lines
    >>> share = read_part_share(split_lines("结对地区：乙区；下达资金：780万元；项目个数：3个。")[0], "甲县")
    >>> share.mention.text, share.count
    ('780万元', 3)
    """
    found = [
        m
        for m in mentions(line)
        if m.amount is not None and _PART_AMOUNT.search(line.norm, 0, m.start)
    ]
    if len(found) != 1:
        return None
    count = _PART_COUNT.search(line.norm)
    return Share(
        recipient=name,
        mention=found[0],
        count=int(count.group("count")) if count else None,
    )


def fund_label(line: Line, total: Mention) -> Source | None:
    """The fund a total names (安排东西部协作财政援助资金2600万元), as a source."""
    return _source(line, total)
