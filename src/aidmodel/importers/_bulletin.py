"""Bulletins (简报) (private): a masthead, a date line, and articles that each summarise a pairing.

A bulletin of a 扶贫 office, as a web page gives it::

    脱贫攻坚简报2019年第2期                          ← masthead (刊头): name and 第N期
      • 四川省脱贫攻坚领导小组办公室   2019年1月15日  ← issuer and date
        衢江平武“无问西东”铺就协作“康庄大道”         ← an article's title
        浙江省衢州市衢江区东西部扶贫协作帮扶绵阳市平武县以来,…   ← its lead names the pairing
        一、坚持项目为“先”,…。一是统筹谋划项目。…   ← numbered parts with results
        青白江区“七个精准”助力对口帮扶                ← the next article …

Each article whose title or lead names a donor and a recipient gives one
:class:`~aidmodel.Programme` (文种 简报): its figures are reported results
(:class:`~aidmodel.Achievement`, dated with the bulletin), except projections and
standards (将达, 明确, 每人1000元/月), which are commitments; money a fund or a
budget provides is a :class:`~aidmodel.FundSource`, money given to a batch of
projects a :class:`~aidmodel.Project`. Web pages often hold their text twice:
a repeated run of lines is read once and named in a ``duplicate_text`` warning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel._commitment_scan import CommitmentSpan, scan
from aidmodel.errors import AidModelError
from aidmodel.importers._context import Context
from aidmodel.importers._header import FULL_PROVINCE, is_issuer, region_units
from aidmodel.importers._lines import Line, Mention, date_parts, is_chrome, mentions
from aidmodel.importers._projects import fresh_key, split_enumerated
from aidmodel.importers._result import WarningCode
from aidmodel.importers._sections import read_heading
from aidmodel.importers._totals import source_kind
from aidmodel.importers.lexicon.schemes import SCHEME_WORDS
from aidmodel.messages import N_
from aidmodel.model import (
    Achievement,
    Commitment,
    FundingShare,
    FundSource,
    PartialDate,
    Programme,
    Project,
    Region,
    Scheme,
    Section,
)
from aidmodel.money import Money
from aidmodel.quantity import Quantity
from aidmodel.units import UNITS, Dimension

__all__ = ["is_bulletin", "read_bulletin"]

_BULLET: Final = re.compile(r"^[•·●◆■]\s*")
# 脱贫攻坚简报2019年第2期, 某市对口支援工作简报（第3期）, 东西部协作信息 第12期
_MASTHEAD: Final = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{0,20}?(?:简报|工作信息|信息|工作动态|动态|通讯))\s*"
    r"[(（]?\s*(?:\d{4}\s*年)?\s*(?:第\s*(?:\d+|[一二三四五六七八九十百]+)\s*期)"
    r"\s*(?:[(（]?总第\s*\d+\s*期[)）]?)?[)）]?$"
)
_MASTHEAD_NAMES: Final = ("简报", "信息", "动态", "通讯")
_DATE: Final = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_DATE_LINE: Final = re.compile(rf"^(?:(?P<org>[\u4e00-\u9fff()·]{{2,40}}?)\s*)?(?P<date>{_DATE})$")
_META: Final = re.compile(
    r"^(?:来源|信息来源|发布时间|发布日期|责任编辑|编辑|作者|\d{4}\s*年\s*\d)"
)
_SENTENCE_END: Final = re.compile("[。!?;；:]")
# Words that join the two places of a pairing: 衢江区东西部扶贫协作帮扶平武县, 甲市助力乙县.
_CONNECTOR: Final = re.compile(
    "|".join(word for word, _ in SCHEME_WORDS)
    + "|扶贫协作|协作|帮扶|支援|助力|助推|结对|携手|牵手|对接|与"
)
# Verbs before a recipient written ahead of the scheme: 开展甘孜州九龙县…对口帮扶工作.
_BEFORE_PLACE: Final = re.compile(
    "(?:开展|做好|推进|实施|深化|加强|聚焦|助力|帮扶|支援|对|与|和|同|向|在)"
)
_COUNTY: Final = re.compile("(?:自治县|自治旗|县|旗|市|区)$")
# A figure that is a target, a projection or a standard, not a result (将达12亿, 明确“3年一亿”).
_TARGET_WORDS: Final = re.compile("将|计划|预计|力争|争取|规划|明确|聚焦|拟")
_BOOK: Final = re.compile("《[^《》]*》")
_FUND_VERBS: Final = "安排|落实|下达|拨付|投入|到位|筹集"
_FUND_AFTER: Final = re.compile(
    rf"(?:{_FUND_VERBS})(?P<label>[\u4e00-\u9fff\d]{{0,14}}(?:资金|预算|经费))\s*(?:共|计|共计)?$"
)
_FUND_BEFORE: Final = re.compile(
    r"(?:^|[,，、在从由])(?P<label>[\u4e00-\u9fff\d]{0,14}?(?:资金|预算|经费))中?[,，]?\s*"
    rf"(?:{_FUND_VERBS})$"
)
_SPENT_ON: Final = re.compile(r"[,，]?\s*用于(?:帮助|支持|扶持|资助)?(?P<purpose>[^;；。]+)")
_BATCH: Final = re.compile(
    r"总投资\s*(?P<money>\d+(?:\.\d+)?\s*(?:万元|亿元|万|亿|元))的"
    r"(?:“(?P<quoted>[^”]{1,30})”|(?P<name>[\u4e00-\u9fff]{1,20}?))项目"
    r"(?:(?P<count>\d+)\s*个)?"
)
_SPACE: Final = re.compile(r"\s+")
_YEAR: Final = re.compile(r"(?<![\d\u2014\u2013~\-至到])(\d{4})\s*年(?![\u2014\u2013~\-至到]\s*\d)")
_RANGE_START: Final = re.compile(r"(\d{4})\s*[\u2014\u2013~\-至到]\s*\d{4}\s*年")


def _squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def _unbulleted(line: Line) -> str:
    return _BULLET.sub("", line.norm).strip()


# -- the page: masthead, repeated text ------------------------------------------------------


def _masthead(lines: Sequence[Line]) -> tuple[str, tuple[Line, ...]] | None:
    """The masthead's text and lines: 脱贫攻坚简报2019年第2期, or 某市工作简报 / 第5期 on two lines."""
    filled = [line for line in lines if not line.blank][:15]
    for index, line in enumerate(filled):
        text = _squeeze(_unbulleted(line))
        if _MASTHEAD.match(text):
            return text, (line,)
        if index + 1 < len(filled) and text.endswith(_MASTHEAD_NAMES):
            both = text + _squeeze(_unbulleted(filled[index + 1]))
            if _MASTHEAD.match(both):
                return both, (line, filled[index + 1])
    return None


def is_bulletin(lines: Sequence[Line]) -> bool:
    """Whether a text opens with a bulletin's masthead (脱贫攻坚简报2019年第2期)."""
    return _masthead(lines) is not None


@attrs.frozen
class _Repeat:
    """A run of lines that repeats earlier lines one for one."""

    lines: tuple[int, ...]
    first: tuple[int, ...]


def _repeats(lines: Sequence[Line]) -> list[_Repeat]:
    """Runs of lines whose texts all appeared before, in a run of two lines or one long one."""
    seen: dict[str, int] = {}
    runs: list[_Repeat] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        prose = [n for n, _ in run if not is_chrome(lines[n - 1])]
        size = sum(len(lines[n - 1].text) for n in prose)
        if prose and (len(prose) >= 2 or size >= 20):
            runs.append(_Repeat(tuple(n for n, _ in run), tuple(o for _, o in run)))
        run.clear()

    for line in lines:
        if line.blank:
            continue
        key = _squeeze(_unbulleted(line))
        if key in seen:
            if run and seen[key] <= run[-1][1] and not is_chrome(line):
                close()  # the text starts again: a new repeat
            run.append((line.number, seen[key]))
            continue
        if run:
            close()
        seen[key] = line.number
    if run:
        close()
    return runs


# -- the pairing of an article ----------------------------------------------------------------


def _units(text: str) -> list[str]:
    """Region units, with a 州 city kept whole (衢州市衢江区 is 衢州市 + 衢江区, not 衢州 + 市衢江区)."""
    units = region_units(text)
    for i in range(1, len(units)):
        if units[i - 1].endswith("州") and units[i][0] in "省市" and len(units[i]) > 1:
            units[i - 1], units[i] = units[i - 1] + units[i][0], units[i][1:]
    return [unit for unit in units if unit]


def _places(units: list[str]) -> tuple[str, ...]:
    """Places from consecutive units; 和/与/及 before a unit of the previous one's level
    starts another place (简阳市飞龙乡和安乐乡 is 简阳市飞龙乡 and 安乐乡)."""
    places: list[str] = []
    current = ""
    for unit in units:
        if current and unit[0] in "和与及" and len(unit) > 2 and unit[-1] == current[-1]:
            places.append(current)
            current = unit[1:]
        else:
            current += unit
    return (*places, current) if current else tuple(places)


def _clause(text: str) -> str:
    return re.split("[,，。;；:：]", text, maxsplit=1)[0]


def _parties(title: str, lead: str) -> tuple[list[str], list[str]]:
    """Donor and recipient units an article names in its lead or its title."""
    donor: list[str] = []
    recipient: list[str] = []
    for text in (_clause(lead), title):
        match = _CONNECTOR.search(text)
        left = text if match is None else text[: match.start()]
        units = _units(left)
        if not donor and units:
            donor = units
        if match is not None and not recipient:
            right = text[match.end() :]
            while (more := _CONNECTOR.match(right)) is not None:
                right = right[more.end() :]
            found = _units(right)
            if found and _COUNTY.search(found[-1]) and found[-1] != (donor or [""])[-1]:
                recipient = found
    if not recipient:
        # 高质量开展甘孜州九龙县、简阳市…对口帮扶工作: the place before the scheme's name.
        for word, _ in SCHEME_WORDS:
            position = lead.find(word)
            if position < 0:
                continue
            before = re.split("[,，。;；:：]", lead[:position])[-1]
            first = re.split("[、和及]", before)[0]
            verbs = list(_BEFORE_PLACE.finditer(first))
            if verbs:
                first = first[verbs[-1].end() :]
            units = _units(first)
            if units and "".join(units) == first and units[-1] != (donor or [""])[-1]:
                recipient = units
                break
    return donor, recipient


def _scheme(title: str, lead: str) -> Scheme | None:
    """The first scheme named (东西部协作结对帮扶 is 东西部协作), the title before the lead."""
    for text in (title, lead):
        found = [
            (text.find(word), -len(word), scheme) for word, scheme in SCHEME_WORDS if word in text
        ]
        if found:
            return min(found, key=lambda f: (f[0], f[1]))[2]
    return None


def _region(units: Sequence[str], province: str | None) -> tuple[Region, bool]:
    """A region; a name written without its province takes the bulletin's (True when so)."""
    full = "".join(units)
    added = province is not None and FULL_PROVINCE.match(full) is None
    if added:
        full = f"{province}{full}"
    return Region(name=units[-1], full_name=full if full != units[-1] else None), added


def _year(lines: Sequence[Line], issued: int | None) -> int | None:
    """The year the article's figures are of: the year it names most, not later than the issue."""
    counts: Counter[int] = Counter()
    for line in lines:
        ranges = {m.start(1) for m in _RANGE_START.finditer(line.norm)}
        for match in _YEAR.finditer(line.norm):
            year = int(match.group(1))
            if match.start(1) in ranges or not 1990 <= year <= 2100:
                continue
            if issued is None or year <= issued:
                counts[year] += 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


# -- the figures of an article -------------------------------------------------------------


@attrs.define
class _Article:
    """One article being read: its lines and the parts of its programme."""

    index: int
    title: Line
    lead: Line
    body: list[Line]
    reported: PartialDate | None
    sections: list[Section] = attrs.field(factory=list)
    achievements: list[Achievement] = attrs.field(factory=list)
    commitments: list[Commitment] = attrs.field(factory=list)
    projects: list[Project] = attrs.field(factory=list)
    fund_sources: list[FundSource] = attrs.field(factory=list)

    @property
    def path(self) -> str:
        return f"programmes[{self.index}]"

    @property
    def lines(self) -> list[Line]:
        return [self.title, self.lead, *self.body]


def _quoted(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("“") > before.count("”")


def _sentence_before(text: str, position: int) -> str:
    start = max(text.rfind(c, 0, position) for c in "。!?;")
    return text[start + 1 : position]


def _money_of(line: Line, span: CommitmentSpan) -> Mention | None:
    """The amount mention written inside a figure's span, if any."""
    for mention in mentions(line):
        if span.start <= mention.start < span.end:
            return mention
    return None


def _figures(context: Context, article: _Article, line: Line) -> None:
    """Achievements, commitments, fund sources and batches of projects of one paragraph."""
    try:
        spans = scan(line.text, "read_bulletin", funding=False)
    except AidModelError as error:  # pragma: no cover - the text is a str
        context.warn(
            line.number,
            WarningCode.UNREADABLE,
            N_("figures: %(error)s"),
            params={"error": str(error)},
        )
        return
    previous: int | None = None  # the end of the figure before, and whether it was a target
    projected = False
    for span in spans:
        commitment = span.commitment
        target = commitment.target
        known = UNITS.get(target.unit or "")
        if known is not None and known.dimension is Dimension.DURATION:
            continue  # 3个月及以上: a condition, not a result
        scaled = target.text is not None and re.search("[万亿萬億]", target.text) is not None
        at = line.text.find(target.text or "", span.start, span.end) if target.text else -1
        if not scaled and (
            _quoted(line.text, at if at >= 0 else span.end - 1)
            or not re.search(r"\d", target.text or "")
        ):
            # “就业一人、脱贫一户”, 三条主线: a slogan or a figure of speech; results are in digits.
            continue
        if target.unit is None and scaled:
            target = attrs.evolve(target, unit="元")  # 年产值12亿: an amount of yuan
        commitment = attrs.evolve(
            commitment,
            target=target,
            metric=commitment.metric.strip("()（）、,， ") or commitment.metric,
            provenance=context.at(line.number),
        )
        mention = _money_of(line, span)
        sentence = _sentence_before(line.norm, span.end)
        clause = _BOOK.sub("", re.split("[,，]", sentence)[-1])
        same = previous is not None and "。" not in line.norm[previous : span.start]
        if (
            _TARGET_WORDS.search(clause)
            or (target.unit == "元" and target.per is not None)
            or (same and projected)
        ):
            # 将达12亿, 明确“3年一亿”, 每人1000元/月: a projection, a target or a standard
            path = f"{article.path}.commitments[{len(article.commitments)}]"
            article.commitments.append(commitment)
            context.use(mention, path)
            previous, projected = span.end, True
            continue
        previous, projected = span.end, False
        _fund(context, article, line, span, mention)
        _batch(context, article, line, span, target, mention)
        path = f"{article.path}.achievements[{len(article.achievements)}].actual"
        article.achievements.append(
            Achievement(
                metric=commitment.metric,
                actual=target,
                reported=article.reported,
                scope=commitment.scope,
                text=commitment.text,
                provenance=context.at(line.number),
            )
        )
        context.use(mention, path)
        for part in commitment.parts:
            # 项目20个,其中…类项目10个: each part is a result of its own, within the whole.
            article.achievements.append(
                Achievement(
                    metric=part.scope or part.metric,
                    actual=part.target,
                    reported=article.reported,
                    scope=commitment.metric,
                    text=part.text,
                    provenance=context.at(line.number),
                )
            )


def _fund_label(sentence: str) -> str | None:
    """The fund an amount is drawn from: 落实社会帮扶资金|534万元, 2018年区级财政预算中,安排|1250万元."""
    after = _FUND_AFTER.search(sentence)
    if after is not None:
        return after.group("label")
    before = _FUND_BEFORE.search(sentence)
    return None if before is None else re.sub("^[在从由]", "", before.group("label"))


def _fund(
    context: Context, article: _Article, line: Line, span: CommitmentSpan, mention: Mention | None
) -> None:
    """Money a fund or a budget provides (落实社会帮扶资金534万元, 预算中，安排1250万元)."""
    if mention is None or mention.amount is None or span.commitment.target.bound.value != "exact":
        return
    sentence = _sentence_before(line.norm, mention.start)
    label = _fund_label(sentence)
    if label is None:
        # 安排1050万元,用于…: a share of the budget named before, given to a project.
        spent = _SPENT_ON.match(line.norm, mention.end)
        budget = next((s for s in reversed(article.fund_sources) if s.amount is not None), None)
        if spent is None or budget is None or "安排" not in sentence[-4:]:
            return
        purpose = line.text[spent.start("purpose") : spent.end("purpose")]
        places = region_units(purpose)
        name = purpose[len("".join(places)) :].strip().removeprefix("的").strip() or purpose
        index = len(article.projects)
        path = f"{article.path}.projects[{index}]"
        context.use(mention, f"{path}.amount")
        article.projects.append(
            Project(
                name=name,
                amount=mention.amount,
                funding=(FundingShare(amount=mention.amount, source=budget.key, year=budget.year),),
                locations=_places(places),
                text=line.text[max(line.text.rfind("安排", 0, mention.start), 0) : mention.end]
                + line.text[mention.end : spent.end("purpose")],
                provenance=context.at(line.number),
            )
        )
        return
    # 2018年区级财政预算, or 2021年安排…资金: the year in the label or before it in the sentence.
    years = re.findall(r"(\d{4})\s*年", label) or re.findall(r"(\d{4})\s*年", sentence)
    year = int(years[-1]) if years and 1990 <= int(years[-1]) <= 2100 else None
    kind = source_kind(label)
    key = fresh_key(kind.value, (s.key for s in article.fund_sources))
    index = len(article.fund_sources)
    context.use(mention, f"{article.path}.fund_sources[{index}].amount")
    article.fund_sources.append(
        FundSource(
            key=key,
            kind=kind,
            label=label,
            year=year,
            amount=mention.amount,
            provenance=context.at(line.number),
        )
    )


def _batch(
    context: Context,
    article: _Article,
    line: Line,
    span: CommitmentSpan,
    target: Quantity,
    mention: Mention | None,
) -> None:
    """A batch of projects written with its total investment (总投资3600万元的扶贫协作项目20个)."""
    start = max(line.norm.rfind("总投资", 0, span.end), 0)
    found = _BATCH.match(line.norm, start)
    if found is None or not span.start <= found.start("money") < span.end:
        return
    if target.unit != "元":
        return
    try:
        amount = Money.from_yuan(target.value)
    except AidModelError:
        return
    name = found.group("quoted") or (found.group("name") or "") + "项目"
    if any(p.text is not None and found.group() in p.text for p in article.projects):
        return
    index = len(article.projects)
    if mention is not None:
        context.use(mention, f"{article.path}.projects[{index}].total_investment")
    stop = line.text.find("。", found.end())
    article.projects.append(
        Project(
            name=name,
            total_investment=amount,
            text=line.text[found.start() : len(line.text) if stop < 0 else stop + 1],
            provenance=context.at(line.number),
        )
    )


def _sections(context: Context, article: _Article) -> None:
    """Numbered parts (一、 with 一是… inside, or paragraphs opening with 一是) as sections."""
    for line in article.body:
        heading = read_heading(line)
        if heading is not None:
            subs = [
                Section(
                    id=f"{len(article.sections) + 1}.{i}",
                    number=number,
                    title=title,
                    provenance=context.at(line.number),
                )
                for i, (number, title, _) in enumerate(split_enumerated(line, heading.rest), 1)
            ]
            article.sections.append(
                Section(
                    id=str(len(article.sections) + 1),
                    number=heading.number,
                    title=heading.title,
                    subsections=subs,
                    provenance=context.at(line.number),
                )
            )
            continue
        items = split_enumerated(line)
        if items and items[0][2].start == 0:
            number = items[0][0]
            stop = line.text.find("。")
            title = line.text[len(number) : len(line.text) if stop < 0 else stop].strip()
            article.sections.append(
                Section(
                    id=str(len(article.sections) + 1),
                    number=number,
                    title=title or items[0][1],
                    provenance=context.at(line.number),
                )
            )


# -- the bulletin ----------------------------------------------------------------------------


def _is_title(line: Line, following: Line | None) -> bool:
    text = _squeeze(line.norm)
    return (
        following is not None
        and 4 <= len(text) <= 40
        and not _SENTENCE_END.search(text)
        and not text.endswith((",", "，"))
        and read_heading(line) is None
        and not split_enumerated(line)
        and len(following.text) > 2 * len(line.text)
    )


def read_bulletin(context: Context, lines: Sequence[Line]) -> tuple[Programme, ...] | None:
    """The programmes of a bulletin, one per article naming a pairing; ``None`` for other text."""
    found = _masthead(lines)
    if found is None:
        return None
    name, masthead_lines = found
    masthead = masthead_lines[-1]
    repeats = _repeats(lines)
    repeated = {n for r in repeats for n in r.lines}
    for repeat in repeats:
        context.warn(
            repeat.lines[0],
            WarningCode.DUPLICATE_TEXT,
            N_("lines %(first)s-%(last)s repeat lines %(from)s-%(to)s; they are read once"),
            params={
                "first": repeat.lines[0],
                "last": repeat.lines[-1],
                "from": min(repeat.first),
                "to": max(repeat.first),
            },
        )
    page = [line for line in lines if line.number not in repeated and not line.blank]

    issuer: str | None = None
    issued: tuple[int, int | None, int | None] | None = None
    used = {line.number for line in masthead_lines}
    for line in page:
        if line.number <= masthead.number:
            continue
        match = _DATE_LINE.match(_unbulleted(line))
        if match is not None:
            org = _squeeze(match.group("org") or "")
            issuer = org if org and is_issuer(org) else None
            issued = date_parts(match.group("date"))
            used.add(line.number)
            break
    reported = None
    if issued is not None:
        try:
            reported = PartialDate(*issued)
        except AidModelError:
            context.warn(
                max(used),
                WarningCode.UNREADABLE,
                N_("the date of the bulletin %(issued)s"),
                params={"issued": repr(issued)},
            )
    prose = [line for line in page if not is_chrome(line) and line.number not in used]
    prose = [line for line in prose if line.number > masthead.number]
    starts = [
        i
        for i, line in enumerate(prose)
        if _is_title(line, prose[i + 1] if i + 1 < len(prose) else None)
    ]
    # Of two title-like lines in a row, the second is the title (the first a stray line).
    starts = [i for i in starts if i + 1 not in starts]
    province = None
    if issuer is not None:
        prefix = FULL_PROVINCE.match(issuer)
        province = prefix.group() if prefix else None
    notes = [
        _BULLET.sub("", line.text).strip()
        for line in page
        if line.number not in used
        and is_chrome(line)
        and _META.match(_unbulleted(line))
        and not _MASTHEAD.match(_squeeze(_unbulleted(line)))
    ]
    if repeats:
        notes.extend(
            f"The page text is repeated (lines {r.lines[0]}-{r.lines[-1]} repeat lines "
            f"{min(r.first)}-{max(r.first)}); read once, provenance points at the first occurrence."
            for r in repeats
        )
    if not starts:
        span = [line.number for line in prose]
        if span:
            context.warn(
                span[0],
                WarningCode.TEXT_NOT_READ,
                N_(
                    "lines %(first)s-%(last)s are a bulletin (%(name)s) without articles it can read"
                ),
                params={"first": span[0], "last": span[-1], "name": name},
            )
        return ()
    programmes: list[Programme] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(prose)
        title, lead, *body = prose[start:end]
        article = _Article(len(programmes), title, lead, body, reported)
        try:
            programme = _article(context, article, name, issuer, issued, province, notes)
        except AidModelError as error:  # a part that cannot be represented (a blank name)
            context.forget(article.path)
            context.warn(
                title.number,
                WarningCode.NO_PROGRAMME,
                N_("the article %(title)r cannot be read: %(error)s"),
                params={"title": _squeeze(title.text), "error": str(error)},
            )
            continue
        if programme is not None:
            programmes.append(programme)
    _copy_uses(context, lines, repeats)
    return tuple(programmes)


def _article(
    context: Context,
    article: _Article,
    name: str,
    issuer: str | None,
    issued: tuple[int, int | None, int | None] | None,
    province: str | None,
    notes: Sequence[str],
) -> Programme | None:
    title = _squeeze(article.title.text)
    where: dict[str, str | int] = {
        "title": title,
        "first": article.title.number,
        "last": article.lines[-1].number,
    }
    donor_units, recipient_units = _parties(_squeeze(article.title.norm), article.lead.norm)
    own = region_units(_squeeze(name))
    if (
        donor_units
        and not recipient_units
        and own
        and own[-1][-1] in "县区市旗"
        and re.search(f"我{own[-1][-1]}", article.lead.norm)
    ):
        # 云和县山海协作工作简报 / …来我县考察对接: the county of the bulletin is the one the
        # article calls 我县.
        recipient_units = own
        context.warn(
            article.title.number,
            WarningCode.INFERRED,
            N_(
                "the article %(title)r calls the recipient 我%(unit)s; the bulletin's own "
                "%(own)s is taken"
            ),
            params={"title": title, "unit": own[-1][-1], "own": "".join(own)},
        )
    if not donor_units or not recipient_units:
        context.warn(
            article.title.number,
            WarningCode.NO_PROGRAMME,
            N_(
                "the article %(title)r (lines %(first)s-%(last)s) names no donor; "
                "it gives no programme"
            )
            if not donor_units
            else N_(
                "the article %(title)r (lines %(first)s-%(last)s) names no recipient; "
                "it gives no programme"
            ),
            params=where,
        )
        return None
    year = _year(article.lines, issued[0] if issued else None)
    if year is None:
        if issued is None:
            context.warn(
                article.title.number,
                WarningCode.NO_PROGRAMME,
                N_(
                    "the article %(title)r (lines %(first)s-%(last)s) names no year and "
                    "the bulletin no date"
                ),
                params=where,
            )
            return None
        year = issued[0]
        context.warn(
            article.title.number,
            WarningCode.INFERRED,
            N_("the article %(title)r names no year; the bulletin's year %(year)s is taken"),
            params={"title": title, "year": year},
        )
    donor, donor_added = _region(donor_units, province)
    recipient, recipient_added = _region(recipient_units, province)
    scheme = _scheme(title, article.lead.norm)
    if scheme is None:
        context.warn(
            article.title.number,
            WarningCode.NO_PROGRAMME,
            N_(
                "the article %(title)r (lines %(first)s-%(last)s) names no kind of pairing "
                "(对口帮扶, 东西部协作 ...)"
            ),
            params=where,
        )
        return None
    if donor_added or recipient_added:
        same = donor_added and recipient_added
        if same and scheme is Scheme.COUNTERPART:
            scheme = Scheme.IN_PROVINCE_PAIRING
        context.warn(
            article.title.number,
            WarningCode.INFERRED,
            N_(
                "%(units)s are written without a province; the issuer's %(province)s is taken, "
                "so the pairing is 省内对口帮扶"
            )
            if scheme is Scheme.IN_PROVINCE_PAIRING
            else N_("%(units)s are written without a province; the issuer's %(province)s is taken"),
            params={
                "units": f"{''.join(donor_units) if donor_added else ''}"
                f"{'、' if same else ''}{''.join(recipient_units) if recipient_added else ''}",
                "province": str(province),
            },
        )
    _sections(context, article)
    for line in article.lines[1:]:
        try:
            _figures(context, article, line)
        except AidModelError as error:
            context.warn(
                line.number,
                WarningCode.UNREADABLE,
                N_("the figures of the line: %(error)s"),
                params={"error": str(error)},
            )
    try:
        return Programme(
            title=f"{name}：{title}",
            scheme=scheme,
            donor=donor,
            recipient=recipient,
            year=year,
            genre="简报",
            issuer=issuer,
            issue_date=article.reported,
            fund_sources=article.fund_sources,
            sections=article.sections,
            projects=article.projects,
            commitments=article.commitments,
            achievements=article.achievements,
            notes=tuple(notes),
            provenance=context.at(article.title.number, article.lines[-1].number),
        )
    except AidModelError as error:
        context.forget(article.path)
        context.warn(
            article.title.number,
            WarningCode.NO_PROGRAMME,
            N_("the article %(title)r (lines %(first)s-%(last)s) cannot be built: %(error)s"),
            params={**where, "error": str(error)},
        )
        return None


def _copy_uses(context: Context, lines: Sequence[Line], repeats: Sequence[_Repeat]) -> None:
    """Amounts of repeated lines go where their first occurrence went."""
    for repeat in repeats:
        for number, first in zip(repeat.lines, repeat.first, strict=True):
            theirs = mentions(lines[first - 1])
            for mine, original in zip(mentions(lines[number - 1]), theirs, strict=False):
                path = context.uses.get((original.line, original.start))
                if path is not None and mine.text == original.text:
                    context.use(mine, path)
