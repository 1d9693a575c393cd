"""parse_plan: a plan's text in, programmes and warnings out (private; see the package)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel._wording import UNTITLED
from aidmodel.errors import AidModelError, InvalidTypeError, InvalidValueError
from aidmodel.importers._builder import Builder, walk_plans
from aidmodel.importers._bulletin import read_bulletin
from aidmodel.importers._cards import card_tables, grid_fields
from aidmodel.importers._columns import space_tables
from aidmodel.importers._context import Context
from aidmodel.importers._header import Header, read_header, region_units
from aidmodel.importers._lines import (
    COUNT,
    Line,
    Mention,
    count_value,
    forget_mentions,
    is_chrome,
    mentions,
    split_lines,
)
from aidmodel.importers._placement import aid_total, read_tables
from aidmodel.importers._projects import (
    SourceRef,
    Span,
    blanket_deadline,
    forget_commitments,
    fresh_key,
    read_commitments,
)
from aidmodel.importers._reports import as_report
from aidmodel.importers._result import ImportResult, MoneyMention, WarningCode
from aidmodel.importers._sections import (
    forget_layout,
    is_tail,
    outline,
    read_heading,
    reading_lines,
)
from aidmodel.importers._tables import (
    Column,
    Row,
    Table,
    cell_money,
    find_tables,
    read_table,
    squeeze,
    to_decimal,
)
from aidmodel.importers._totals import (
    PAST_WORDS,
    Source,
    Totals,
    declares_money,
    find_totals_line,
    fund_label,
    read_part_share,
    read_shares,
    read_totals,
    source_kind,
)
from aidmodel.importers.lexicon._gazetteer import DivisionLevel, lookup, parents, spellings
from aidmodel.importers.lexicon.columns import COUNT_COLUMN, GIVER_COLUMN, RECEIVER_COLUMN
from aidmodel.importers.lexicon.fields import is_label
from aidmodel.importers.lexicon.funds import COMPLETING_LABELS, OUTSIDE_KINDS
from aidmodel.importers.lexicon.genres import ONLY_CHANGES_LISTED, REPORT_GENRES
from aidmodel.messages import N_
from aidmodel.model import (
    Commitment,
    FundSource,
    FundSourceKind,
    PartialDate,
    Programme,
    Project,
    Region,
    Section,
)
from aidmodel.money import Money
from aidmodel.numerals import parse_rmb_upper
from aidmodel.quantity import Bound

__all__ = ["parse_plan"]

_FUNDS_HEADING: Final = re.compile("资金|投资|经费")
# 二、分县（区）资金和项目, 各县资金安排: a heading over the places' own parts.
_BY_PLACE: Final = re.compile("分县|分区|分市|分乡|各县|各区|分地区")
_YEAR_OPENS: Final = re.compile(r"\s*(?:19|20)\d{2}\s*年")
_ARTICLE: Final = re.compile(r"第[一二三四五六七八九十]{1,3}条")
# A paragraph as a Word text indents it (two full-width spaces), a sentence of its own.
_PARAGRAPH: Final = re.compile(r"^\u3000\u3000[^\s\u3000].{8,}。")


def _sources(context: Context, totals: Totals | None) -> tuple[list[FundSource], list[SourceRef]]:
    sources: list[FundSource] = []
    refs: list[SourceRef] = []
    if totals is None:
        return sources, refs
    apart = {id(source) for source in totals.beside}
    for source in [*totals.sources, *totals.beside]:
        if source.mention.amount is None:
            continue
        key = fresh_key(source.kind.value, (ref.key for ref in refs))
        index = len(sources)
        context.use(source.mention, f"programmes[0].fund_sources[{index}].amount")
        sources.append(
            FundSource(
                key=key,
                kind=source.kind,
                label=source.label,
                year=source.year if source.year is None or 1900 <= source.year <= 2200 else None,
                provider=source.provider,
                amount=source.mention.amount,
                provenance=context.at(totals.line),
                in_total=id(source) not in apart,
            )
        )
        refs.append(SourceRef(key, source.kind, in_total=id(source) not in apart))
    total = totals.total.amount if totals.total is not None else None
    outside = {FundSourceKind.SELF_RAISED, FundSourceKind.ENTERPRISE_OR_SOCIAL}
    inside = [s.amount for s in sources if s.amount is not None and s.kind not in outside]
    if (
        total is not None
        and inside
        and sum(inside[1:], inside[0]) == total
        and len(inside) < len(sources)
    ):
        # 援疆资金63360000元，其中…；项目总投资70200000元，县级配套资金6840000元: the sources
        # that make the total are its; the 配套 beside them is money outside it.
        sources = [attrs.evolve(s, in_total=False) if s.kind in outside else s for s in sources]
        refs = [SourceRef(r.key, r.kind, in_total=False) if r.kind in outside else r for r in refs]
    return sources, refs


def _upper(context: Context, totals: Totals) -> None:
    """Check the 大写 total against the figure."""
    if totals.upper is None or totals.total is None or totals.total.amount is None:
        return
    try:
        said = parse_rmb_upper(totals.upper)
    except AidModelError:
        context.warn(
            totals.line,
            WarningCode.UPPERCASE_MISMATCH,
            N_("the uppercase total %(upper)r cannot be read as an amount"),
            params={"upper": totals.upper},
        )
        return
    if said != totals.total.amount:
        context.warn(
            totals.line,
            WarningCode.UPPERCASE_MISMATCH,
            N_("the uppercase total %(upper)r says %(said)s万元, the figure %(figure)r"),
            params={
                "upper": totals.upper,
                "said": f"{said.to_wan():f}",
                "figure": totals.total.text,
            },
        )


def _range(lines: Sequence[Line]) -> tuple[int, int] | None:
    numbers = [line.number for line in lines if not line.blank]
    return (min(numbers), max(numbers)) if numbers else None


def _header_fields(context: Context, header: Header, lines: Sequence[Line]) -> dict[str, object]:
    """The fields of a programme its header gives; each it leaves unsaid (title, scheme,
    donor, recipient, year) is named in a warning."""
    year = header.year
    if year is None and header.issue_date is not None:
        year = header.issue_date[0]
        context.warn(
            header.date_line,
            WarningCode.INFERRED,
            N_("the title %(title)r names no year; the year of the issue date, %(year)s, is used"),
            params={"title": header.title or "", "year": year},
        )
    if year is not None and not 1900 <= year <= 2200:
        year = None
    span = _range([line for line in lines if not is_chrome(line)])
    missing = [
        message
        for message, value in (
            (
                N_(
                    "lines %(first)s-%(last)s have no title (标题) that can be found; the "
                    "programme leaves it empty"
                ),
                header.title,
            ),
            (
                N_(
                    "lines %(first)s-%(last)s name no kind of pairing (帮扶类型: 东西部协作, "
                    "结对帮扶, 对口支援 ...); the programme %(title)r leaves it empty"
                ),
                header.scheme,
            ),
            (
                N_(
                    "lines %(first)s-%(last)s name no donor (帮扶方); "
                    "the programme %(title)r leaves it empty"
                ),
                header.donor,
            ),
            (
                N_(
                    "lines %(first)s-%(last)s name no recipient (受援方); "
                    "the programme %(title)r leaves it empty"
                ),
                header.recipient,
            ),
            (
                N_(
                    "lines %(first)s-%(last)s name no year (年度); "
                    "the programme %(title)r leaves it empty"
                ),
                year,
            ),
        )
        if value is None
    ]
    first, last = span or (1, 1)  # the title is a line of the text
    for message in missing:
        context.warn(
            None,
            WarningCode.NOT_STATED,
            message,
            params={"first": first, "last": last, "title": header.title or UNTITLED},
        )
    issue_date = None
    if header.issue_date is not None:
        try:
            issue_date = PartialDate(*header.issue_date)
        except AidModelError as error:
            context.warn(
                header.date_line,
                WarningCode.UNREADABLE,
                N_("the issue date: %(error)s"),
                params={"error": str(error)},
            )
    return {
        "title": header.plan_title or header.title,
        "scheme": header.scheme,
        "donor": header.donor,
        "recipient": header.recipient,
        "year": year,
        "genre": header.genre,
        "document_number": header.document_number,
        # 甲局、乙委 (joint issuers, 联合行文): the lead first, the others after it.
        "issuer": header.issuer.split("、")[0] if header.issuer else None,
        "co_issuers": header.issuer.split("、")[1:] if header.issuer else [],
        "issue_date": issue_date,
    }


def _share(
    context: Context,
    header: Header,
    line: Line,
    totals: Totals,
    name: str,
    following: Sequence[Line] = (),
) -> Totals:
    """The totals of one recipient of several: its own amount and count in the totals
    paragraph (帮扶松潘县1500万元，实施项目5个), or in a paragraph of its own right below it
    (其中： / 仁布县安排援藏资金0.56亿元…；), drawn from the fund the document's total names;
    the document's total is no programme's and is named in a warning."""
    names = [r.name for r in header.recipients]
    shares = read_shares(line, names)
    if shares is None and following:
        # Each recipient's paragraph (or part, the others' hidden) below the totals paragraph:
        # this recipient's is enough.
        mine_below = next(
            (s[0] for s in (read_shares(below, [name]) for below in following) if s), None
        )
        if mine_below is None:
            # （一）朝阳县 / 结对地区：…；下达资金：780万元；项目个数：3个: the fields of its part.
            mine_below = next(
                (s for s in (read_part_share(below, name) for below in following) if s), None
            )
        if mine_below is not None:
            shares = [mine_below]
    total = totals.total
    if shares is None:
        context.warn(
            line.number,
            WarningCode.AMOUNT_NOT_USED,
            N_(
                "the totals paragraph gives no amount of its own to each of %(names)s; "
                "no totals are read"
            ),
            params={"names": "、".join(r.name for r in header.recipients)},
            names=tuple(m for m in mentions(line)),
        )
        return Totals(line=line.number)
    (mine,) = [s for s in shares if s.recipient == name]
    if total is not None and all(s.mention != total for s in shares):
        context.warn(
            line.number,
            WarningCode.AMOUNT_NOT_USED,
            N_("%(total)r is the total of %(count)s recipients (%(names)s), not of one programme"),
            params={"total": total.text, "count": len(names), "names": "、".join(names)},
            names=(total,),
        )
    fund = fund_label(line, total) if total is not None else None
    sources: tuple[Source, ...] = mine.sources
    if fund is not None and not sources:
        sources = (attrs.evolve(fund, mention=mine.mention),)
    return Totals(
        line=mine.mention.line,
        total=mine.mention,
        upper=mine.upper,
        project_count=mine.count,
        sources=sources,
    )


def _owned(lines: Sequence[Line], header: Header) -> dict[str, set[int]] | None:
    """The lines of the sections of each recipient of a plan for several: a heading whose
    title names one of them (二、帮扶松潘县项目) and what lies under it, to the next heading of
    its level or higher. ``None`` unless each recipient has a section of its own."""
    names = [r.name for r in header.recipients]
    headings = [
        (line.number, heading)
        for line in lines
        if line.number >= header.body_start and (heading := read_heading(line)) is not None
    ]
    owned: dict[str, set[int]] = {name: set() for name in names}
    taken: set[int] = set()
    for index, (number, heading) in enumerate(headings):
        named = [name for name in names if name in heading.title]
        if len(named) != 1 or number in taken:
            continue
        end = next(
            (n for n, h in headings[index + 1 :] if h.level <= heading.level),
            len(lines) + 1,
        )
        span = set(range(number, end))
        owned[named[0]] |= span
        taken |= span
    if not all(owned.values()):
        return None
    # （三）托克逊县…900万元… / 　　请各区县…: a paragraph after the last part is shared by all
    # where no part before it holds a paragraph of its own below its heading.
    starts = {min(numbers): name for name, numbers in owned.items()}
    last = starts[max(starts)]
    if not any(
        _shared_paragraph(lines[n - 1])
        for name, numbers in owned.items()
        if name != last
        for n in numbers
        if n != min(numbers)
    ):
        after = sorted(n for n in owned[last] if n != min(owned[last]))
        cut = next((n for n in after if _shared_paragraph(lines[n - 1])), None)
        if cut is not None:
            owned[last] = {n for n in owned[last] if n < cut}
    return owned


def _attached_part(line: Line, lines: Sequence[Line]) -> bool:
    """Whether a line opens a part of an attachment (（一）X类项目（4个）) whose first item
    below it is numbered and names its money (1.X项目：…；援青资金320万元)."""
    heading = read_heading(line) if "个" in line.norm else None
    if heading is None or heading.level > 1:
        return False
    following = next((later for later in lines[line.number :] if not later.blank), None)
    if following is None:
        return False
    item = read_heading(following)
    return item is not None and item.level == 2 and bool(mentions(following))


def _attached_card(line: Line, lines: Sequence[Line]) -> bool:
    """Whether a line opens an item of an attachment whose field lines below it name its
    money (（1）项目名称：X / 建设内容：… / 资金规模：260万元)."""
    heading = read_heading(line)
    if heading is None or heading.level < 1:
        return False
    below = [
        later
        for later in lines[line.number : line.number + 8]
        if not later.blank and not is_chrome(later)
    ][:5]
    return any(
        mentions(later) and is_label(re.split(r"[:：]", later.norm, maxsplit=1)[0].strip())
        for later in below
        if re.search(r"[:：]", later.norm)
    )


def _between_tables(line: Line, read: Sequence[Table]) -> bool:
    """Whether a line is a part's heading standing between two tables of the text (（二）乡村
    建设类项目4个，安排资金1160万元 over the table of its projects): the text goes on there."""
    if any(t.title_start <= line.number <= t.end for t in read):
        return False
    heading = read_heading(line)
    return heading is not None and heading.level <= 1


def _shared_paragraph(line: Line) -> bool:
    """Whether a line is an indented paragraph of prose (no field: 结对地区：…)."""
    return bool(_PARAGRAPH.match(line.raw)) and not re.match(
        r"^\s*[^,，。；;:：]{2,8}[:：]", line.norm
    )


def _with_shared_targets(
    context: Context, lines: Sequence[Line], owned: dict[str, set[int]], programme: Programme
) -> Programme:
    """A recipient's programme with the targets of the paragraphs after every part (　　请…
    资金支出进度10月底前达到80%以上。), which are all the recipients', where its own reading
    did not take them."""
    last = max((n for numbers in owned.values() for n in numbers), default=0)
    spans = []
    for line in lines[last:]:
        if is_tail(line):
            break
        if _shared_paragraph(line):
            spans.append(Span(line, 0, len(line.text)))
    known = {c.text for c in programme.commitments}
    found = read_commitments(context, spans, "programmes[0]", first=len(programme.commitments))
    extra = [c for c in found if c.text not in known]
    if not extra:
        return programme
    return attrs.evolve(programme, commitments=[*programme.commitments, *extra])


def _recipient_parts(lines: Sequence[Line], header: Header) -> tuple[Region, ...]:
    """The counties a document gives a part each (一、门源县（4个项目，1320万元） / 二、祁连县…),
    where its title names one place above them (海北州) or none: each is a recipient. Two
    parts or more of the outer level, each headed by a county's name alone. Where the place
    the title names is above none of them (关于下达2025年武汉市对口帮扶资金的通知 over 宣恩县,
    来凤县…: the giver), counties under one division (a prefecture or a province) are the
    recipients all the same."""
    above = [d.code for d in lookup(header.recipient.name)] if header.recipient else []
    found = _county_parts(lines, header, above)
    if not found and above:
        counties = _county_parts(lines, header, [])
        above_each = [
            frozenset(a.code for a in parents(d))
            for region in counties
            for d in lookup(region.name)
            if d.level is DivisionLevel.COUNTY
        ]
        shared = frozenset.intersection(*above_each) if above_each else frozenset()
        found = counties if shared else ()
    return found


# A part's title after its county: its money (960万元) and its bracket (（杭州市上城区结对）).
_MONEY_AT_END: Final = re.compile(r"\s*[\d.,，]+\s*(?:万元|元|亿元)$")
_BRACKET_AT_END: Final = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _county_parts(lines: Sequence[Line], header: Header, above: list[str]) -> tuple[Region, ...]:
    """The counties heading parts of the outer level, under ``above`` where it is given."""
    found: list[Region] = []
    level = None
    for line in lines[header.body_start - 1 :]:
        heading = read_heading(line)
        if heading is None or (level is not None and heading.level > level):
            continue
        # （一）理塘县（杭州市上城区结对）960万元: the county, its bracket and figures aside.
        title = heading.title.strip()
        for _ in range(2):  # 理塘县（…结对）960万元, 麟游县920万元（…结对）: either order
            title = _MONEY_AT_END.sub("", title)
            title = _BRACKET_AT_END.sub("", title)
        counties = [d for d in lookup(title) if d.level is DivisionLevel.COUNTY]
        if len(counties) != 1 or (
            above and not set(above) & {a.code for a in parents(counties[0])}
        ):
            if found and heading.level == level:
                continue  # 四、有关要求: a part shared by all
            if found:
                break
            continue
        level = heading.level
        found.append(Region(name=title))
    return tuple(found) if len(found) >= 2 else ()


def _without_count(section: Section, part: Section) -> Section:
    """``section`` with ``part`` (itself or below it) declaring no count."""
    if section is part:
        return attrs.evolve(section, declared_count=None)
    return attrs.evolve(section, subsections=[_without_count(s, part) for s in section.subsections])


# The columns of a table that hands money down to several places (资金分配表): the place
# that receives, the one paired with it that gives, and its count of projects.


# （杭州市上城区结对）, （上城区帮扶）: the place a recipient's part names as its donor.
_PAIRED_BRACKET: Final = re.compile(
    r"[(（](?P<donor>[\u4e00-\u9fff]{2,16}?(?:区|县|市|旗))"
    r"(?:结对帮扶|结对|帮扶|对口帮扶|对口支援|对口协作|援建|援助)?[)）]"
)


def _paired_in_part(lines: Sequence[Line], owned: set[int]) -> str | None:
    """The donor a recipient's part names in a bracket on its heading line (（一）理塘县
    （上城区结对）), or in a labelled field of its own lines (结对地区：大连市旅顺口区；…), or
    ``None``."""
    if not owned:
        return None
    heading = lines[min(owned) - 1]
    found = _PAIRED_BRACKET.search(heading.norm.replace("(", "（").replace(")", "）"))
    if found is not None and re.search("结对|帮扶|支援|援建|援助|协作", heading.norm):
        return found.group("donor")
    for number in sorted(owned)[:_PART_FIELD_LINES]:
        field = _PAIRED_FIELD.search(lines[number - 1].norm)
        if field is not None and region_units(field.group("donor")):
            return field.group("donor")
    return None


# 结对地区：大连市旅顺口区, 帮扶方：…: the paired place as a field of a recipient's part.
_PAIRED_FIELD: Final = re.compile(
    r"(?:结对|帮扶|援助|支援|协作)(?:地区|区县|县区|县市区|城市|方|单位)\s*:\s*"
    r"(?P<donor>[\u4e00-\u9fff]{2,20}?)(?=[;；,，。\s]|$)"
)
# How many of a part's first lines are looked at for its fields.
_PART_FIELD_LINES: Final = 3


# 分配资金, 合计, 项目个数: rows of a table by place that are no fund of their own.
_NOT_A_FUND_ROW: Final = re.compile("分配资金|下达资金|合计|小计|总计|个数|项目数")


def _column_sources(
    context: Context, tables: Sequence[Table], recipient: Region, total: Money | None
) -> list[FundSource]:
    """The fund sources of a place in a table whose columns are places (its rows the funds,
    其中：X资金), where they add up to the place's total; else ``[]``."""
    if total is None:
        return []
    for table in tables:
        if not _place_columns(table):
            continue
        names = set(spellings(recipient.name))
        column = next((c for c in table.columns if squeeze(c.label) in names), None)
        if column is None:
            continue
        found: list[FundSource] = []
        for row in table.rows:
            label = re.sub(r"^其中\s*[:：]?", "", squeeze(row.cell(0)))
            if not label or "资金" not in label or _NOT_A_FUND_ROW.search(label):
                continue
            amount = _row_amount(context, row, column, recipient.name)
            if amount is None:
                continue
            kind = source_kind(label)
            key = (
                kind.value
                if all(s.key != kind.value for s in found)
                else f"{kind.value}_{len(found) + 1}"
            )
            found.append(
                FundSource(
                    key=key, kind=kind, label=label, amount=amount, provenance=context.at(row.first)
                )
            )
        if (
            found
            and sum((s.amount for s in found if s.amount is not None), Money.from_yuan(0)) == total
        ):
            return found
    return []


def _place_columns(table: Table) -> list[str]:
    """The columns of a table headed by a county or prefecture's name (项目 | 合计 | 阿勒泰市 |
    布尔津县 …), where two or more are; else ``[]``."""
    places = [
        label
        for column in table.columns
        if (label := squeeze(column.label))
        and any(d.level in (DivisionLevel.COUNTY, DivisionLevel.PREFECTURE) for d in lookup(label))
    ]
    return places if len(places) >= 2 else []


def _read_tables(lines: Sequence[Line]) -> list[Table]:
    """Every table of the text, read once (each title looked for above it, down to the end
    of the table before)."""
    found: list[Table] = []
    floor = 0
    for start, end in find_tables(lines):
        table = read_table(lines, start, end, floor)
        previous = found[-1] if found else None
        if (
            previous is not None
            and [c.label for c in table.columns] == [c.label for c in previous.columns]
            and all(line.blank or is_chrome(line) for line in lines[previous.end : table.start - 1])
        ):
            # The header written again after a page break (第 1 页，共 3 页): the same table
            # goes on, its rows in the unit its first page states (单位：元).
            found[-1] = attrs.evolve(previous, rows=previous.rows + table.rows, end=table.end)
            floor = end
            continue
        found.append(table)
        floor = end
    return found


def _allocation_table(
    context: Context, lines: Sequence[Line], header: Header, tables: Sequence[Table]
) -> tuple[Programme, ...]:
    """The programmes of a notice that hands money down to several places in a table with
    no project names (县（区）| 结对区（县、市）| 项目个数 | 下达资金): one per row, the place
    the recipient, the paired place its donor where the table names one, the money its
    total and the count its project count. ``()`` for any other document."""
    fields = _header_fields(Context(context.source), header, lines) if header.title else None
    if fields is None:
        return ()
    for table in tables:
        start, end = table.start, table.end
        labels = [squeeze(c.label) for c in table.columns]
        receiver = next((i for i, t in enumerate(labels) if RECEIVER_COLUMN.match(t)), None)
        money = table.money()
        summed = table.role("sum")
        giver = next((i for i, t in enumerate(labels) if GIVER_COLUMN.search(t)), None)
        named = table.role("name")
        if receiver is None and named is not None and giver is not None and summed is not None:
            # 一 | 花垣县 | 长沙市开福区 | 5 | 1360 / 1 | 双龙镇…项目 | | | 300: the places are rows
            # of the name column with the paired place beside them, their projects below.
            receiver = named.index
        elif receiver is None or named is not None or not money:
            # 下达资金 alone, or sources (广东省财政援助资金 | 结对区区级帮扶资金) and their 合计.
            continue
        if len(money) > 1 and summed is None:
            continue
        counted = next((i for i, t in enumerate(labels) if COUNT_COLUMN.search(t)), None)
        column = summed if summed is not None else money[0]
        shares = [c for c in money if c is not column]
        if named is not None:
            # 下达资金 | 其中：市级统筹 | 区级帮扶: the columns of figures after the sum, no
            # words of money in their labels, are its shares.
            shares += [
                c
                for c in table.columns
                if c.role is None and c.index > column.index and c.index != counted
            ]
        # The requirements after the table (确保…开工率达到90%以上) are the notice's too.
        prose = [
            Span(line, 0, len(line.text))
            for line in (*lines[header.body_start - 1 : start - 1], *lines[end:])
            if not line.blank and not is_chrome(line) and line.number not in header.used
        ]
        programmes: list[Programme] = []
        # (第一批2.15亿元已于1月下达: a batch handed down before, no target.)
        targets = [
            c
            for c in read_commitments(context, prose, "programmes[0]")
            if not re.search("已于|已经|已下达|已拨付", c.text or "")
            # （一）台江县1400万元（…）: money handed down to a place is no target either.
            and not (c.target.unit == "元" and c.target.bound is Bound.EXACT)
        ]
        for row in table.rows:
            place = squeeze(row.cell(receiver))
            if row.kind != "item" or not place:
                continue
            if named is not None and (
                not place.endswith(_PLACE_END) or not squeeze(row.cell(giver or 0))
            ):
                continue  # a project of the place above, no place
            total = _row_amount(context, row, column, place)
            if total is None:
                continue
            count = to_decimal(row.cell(counted)) if counted is not None else None
            donor = squeeze(row.cell(giver)) if giver is not None else ""
            sources: list[FundSource] = []
            for share in shares:
                amount = _row_amount(context, row, share, place)
                if amount is None:
                    continue
                kind = source_kind(share.label)
                key = kind.value if all(s.key != kind.value for s in sources) else share.label
                sources.append(
                    FundSource(
                        key=key,
                        kind=kind,
                        label=share.label,
                        amount=amount,
                        provenance=context.at(row.first),
                    )
                )
            own = {
                **fields,
                "recipient": Region(name=place),
                "donor": Region(name=donor) if donor else fields["donor"],
            }
            try:
                programme = Programme(
                    **own,  # type: ignore[arg-type]
                    declared_total=total,
                    declared_project_count=int(count) if count is not None else None,
                    fund_sources=sources,
                    # 确保10月底前资金支出进度达到90%以上: the notice's targets are each place's.
                    commitments=targets,
                    notes=[line.text for line in lines[row.first - 1 : row.last] if line.text],
                    provenance=context.at(row.first, row.last),
                )
            except AidModelError as error:  # a row the model refuses is named, not built
                context.warn(
                    row.first,
                    WarningCode.UNREADABLE,
                    N_("row %(place)r: %(error)s"),
                    params={"place": place, "error": str(error)},
                )
                continue
            programmes.append(programme)
        if len(programmes) >= 2:
            context.warn(
                start,
                WarningCode.INFERRED,
                N_(
                    "the table on lines %(first)s-%(last)s hands money down to %(count)s "
                    "places (%(names)s); one programme is read for each, its total and count "
                    "from its row"
                ),
                params={
                    "first": start,
                    "last": end,
                    "count": len(programmes),
                    "names": "、".join(p.recipient.name for p in programmes if p.recipient),
                },
            )
            return _with_listed_projects(context, lines, header, tables, programmes)
    return ()


# 将…3960万元分配给清水县、秦安县、甘谷县，其中：清水县1380万元、项目4个，秦安县…: a notice
# that hands money down to places in one sentence.
_ALLOTS: Final = re.compile(r"(?:分配|下达|安排|切块)(?:给|到|至)?[^。]*?其中\s*:?")
# A sentence that hands money down (…下达…资金2360万元): the places may follow on a line of
# their own that opens with 其中.
_HANDS_DOWN_WORD: Final = re.compile(r"(?:分配|下达|拨付|切块)[^。]*?\d[\d.]*\s*(?:万元|亿元|元)")
_OWN_SPLIT: Final = re.compile(r"\s*其中\s*:?")
# The bracket right after a place's money, and what it says of the place.
_PLACE_BRACKET: Final = re.compile(r"\s*\((?P<inside>[^()]{2,120})\)")
_PAIRED_IN: Final = re.compile(
    r"(?:^|[,，;；])\s*(?P<place>[\u4e00-\u9fff]{1,12}?[市区县旗])\s*(?:结对|对口)(?!资金)"
)
_COUNT_IN: Final = re.compile(r"项目\s*(\d+)\s*个")
# What may follow a place's amount in it: 、项目4个, ，实施项目4个, (4个项目).
_PLACE_COUNT: Final = re.compile(
    r"\s*[、,，(]?\s*(?:(?:安排|实施)?项目\s*(\d+)\s*个|(\d+)\s*个项目)\)?"
)
# 上述资金均为天津市财政援助资金: the one fund the places' money is drawn on.
_ALL_FROM: Final = re.compile(
    r"(?:上述|以上|本批|该批|此次)资金(?:均为|全部为|均系|均是|为)(?P<label>[\u4e00-\u9fff]{2,24}?资金)"
)
_PLACE_END: Final = ("县", "区", "市", "旗", "团")


def _allocation_sentence(
    context: Context, lines: Sequence[Line], header: Header, tables: Sequence[Table]
) -> tuple[Programme, ...]:
    """The programmes of a notice that hands money down to several places in one sentence
    (将2025年第一批…资金3960万元分配给清水县、秦安县、甘谷县，其中：清水县1380万元、项目4个，
    秦安县1460万元、项目4个…): one per place, its amount the total and its count the project
    count; the donor of each is the paired place a table of its projects names (结对区), the
    projects those of its rows. ``()`` for any other document."""
    fields = _header_fields(Context(context.source), header, lines) if header.title else None
    if fields is None:
        return ()
    first_table = min((t.title_start for t in tables), default=len(lines) + 1)
    body = [
        line
        for line in lines[header.body_start - 1 : first_table - 1]
        if not line.blank and not is_chrome(line) and line.number not in header.used
    ]
    for number, line in enumerate(body):
        opened = _ALLOTS.search(line.norm)
        if opened is None and number and _HANDS_DOWN_WORD.search(body[number - 1].norm):
            # …下达…资金2360万元。 / 其中：灵台县860万元（荣成市结对，…），…: the places on a
            # line of their own after the sentence that hands the money down.
            opened = _OWN_SPLIT.match(line.norm)
        if opened is None:
            continue
        places: list[tuple[str, Mention, int | None]] = []
        # What a place's bracket says: its pairing (荣成市结对) and sources (…资金740万元).
        paired: dict[str, str] = {}
        split: dict[str, list[tuple[str, Mention]]] = {}
        previous = opened.end()
        for mention in mentions(line):
            if mention.start < previous or mention.amount is None:
                continue
            words = line.norm[previous : mention.start]
            words = re.split(r"[,，;；:：、]", words)[-1].strip()
            units = region_units(words)
            if not units or "".join(units) != words or not words.endswith(_PLACE_END):
                break
            counted = _PLACE_COUNT.match(line.norm, mention.end)
            count = None
            previous = mention.end
            if counted is not None:
                count = int(counted.group(1) or counted.group(2))
                previous = counted.end()
            bracket = _PLACE_BRACKET.match(line.norm, previous)
            if bracket is not None:
                # 灵台县860万元（荣成市结对，含山东省财政援助资金740万元、荣成市帮扶资金120万元，
                # 项目4个）: the bracket after a place's money is the place's own.
                inside = bracket.group("inside")
                if (giver := _PAIRED_IN.search(inside)) is not None:
                    paired[words] = giver.group("place")
                if count is None and (own := _COUNT_IN.search(inside)) is not None:
                    count = int(own.group(1))
                split[words] = [
                    (label, m)
                    for m in mentions(line)
                    if bracket.start() < m.start < bracket.end()
                    and (label := _label_before(line.norm, bracket.start() + 1, m.start))
                ]
                previous = bracket.end()
            places.append((words, mention, count))
        if len(places) < 2:
            continue
        names = [place for place, _, _ in places]
        givers = _givers(tables, names)
        drawn = next((m for m in (_ALL_FROM.search(b.norm) for b in body) if m), None)
        prose = [Span(b, 0, len(b.text)) for b in body if b is not line]
        targets = [
            c
            for c in read_commitments(context, prose, "programmes[0]")
            if c.target.bound is not Bound.EXACT and c.target.bound is not Bound.AT_MOST
        ]
        programmes: list[Programme] = []
        for index, (place, mention, count) in enumerate(places):
            path = f"programmes[{index}]"
            donor = givers.get(place) or paired.get(place)
            sources: list[FundSource] = []
            for label, share in split.get(place, []):
                kind = source_kind(label)
                sources.append(
                    FundSource(
                        key=fresh_key(kind.value, [s.key for s in sources]),
                        kind=kind,
                        label=label,
                        amount=share.amount,
                        provenance=context.at(line.number),
                    )
                )
                context.use(share, f"{path}.fund_sources[{len(sources) - 1}].amount")
            if drawn is not None and not sources:
                label = drawn.group("label")
                sources = [
                    FundSource(
                        key=source_kind(label).value,
                        kind=source_kind(label),
                        label=label,
                        amount=mention.amount,
                        provenance=context.at(line.number),
                    )
                ]
            try:
                programme = Programme(
                    **{  # type: ignore[arg-type]
                        **fields,
                        "recipient": Region(name=place),
                        "donor": Region(name=donor) if donor else fields["donor"],
                    },
                    declared_total=mention.amount,
                    declared_project_count=count,
                    fund_sources=sources,
                    commitments=targets,
                    provenance=context.at(line.number),
                )
            except AidModelError as error:  # pragma: no cover - a place and an amount fit
                context.warn(
                    line.number,
                    WarningCode.UNREADABLE,
                    N_("%(place)r: %(error)s"),
                    params={"place": place, "error": str(error)},
                )
                continue
            context.use(mention, f"{path}.declared_total")
            programmes.append(programme)
        context.warn(
            line.number,
            WarningCode.INFERRED,
            N_(
                "line %(line)s hands money down to %(count)s places (%(names)s); one programme "
                "is read for each, its total and count from the sentence"
            ),
            params={"line": line.number, "count": len(programmes), "names": "、".join(names)},
        )
        return _with_listed_projects(context, lines, header, tables, programmes)
    return ()


def _label_before(norm: str, start: int, end: int) -> str:
    """The name of the money written right before ``end`` inside a bracket opened at
    ``start`` (含山东省财政援助资金740万元 → 山东省财政援助资金), or ``""`` where the words are
    no fund's name."""
    words = re.split(r"[,，;；:：、]", norm[start:end])[-1].strip()
    words = re.sub(r"^(?:含|其中|包括)", "", words)
    return words if words.endswith("资金") and len(words) >= 4 else ""


def _givers(tables: Sequence[Table], places: Sequence[str]) -> dict[str, str]:
    """The paired place (结对区) a table of projects by place names for each place."""
    found: dict[str, str] = {}
    for table, rows in _tables_by_place(tables, places):
        labels = [squeeze(c.label) for c in table.columns]
        giver = next((i for i, t in enumerate(labels) if GIVER_COLUMN.search(t)), None)
        if giver is None:
            continue
        for place, own in rows.items():
            named = [squeeze(row.cell(giver)) for row in own if squeeze(row.cell(giver))]
            if place not in found and len(set(named)) == 1:
                found[place] = named[0]
    return found


_SUM_CELL: Final = re.compile(r"^(?:小计|合计|总计)(?:[(（]?\d+个(?:项目)?[)）]?)?$")


def _row_amount(context: Context, row: Row, column: Column, place: str) -> Money | None:
    """The money of a place's row under a column, or ``None`` for none; a figure finer than a
    fen (2460.123456) is named in a warning, never rounded."""
    amount = cell_money(row.at(column.index), column)
    if amount is None and to_decimal(row.cell(column.index)) is not None:
        context.warn(
            row.first,
            WarningCode.UNREADABLE,
            N_(
                "row %(place)r: %(cell)r under %(column)r is not an amount in %(unit)s (finer than a fen)"
            ),
            params={
                "place": place,
                "cell": row.cell(column.index),
                "column": column.label,
                "unit": column.unit or "万元",
            },
        )
    return amount


def _place_rows(table: Table, places: Sequence[str]) -> dict[str, list[Row]] | None:
    """The rows of a table of projects by the place each is for: its 县 column (卓尼县 |
    洮砚文化产业园提升项目 | …), else the place a category or 小计 row above it names
    (卓尼县小计（6个）); ``None`` when the table names none of the places."""
    labels = [squeeze(c.label) for c in table.columns]
    receiver = next((i for i, t in enumerate(labels) if RECEIVER_COLUMN.match(t)), None)
    found: dict[str, list[Row]] = {place: [] for place in places}
    current: str | None = None
    name_column = table.role("name")
    for row in table.rows:
        own = squeeze(row.cell(receiver)) if receiver is not None else ""
        cells = [squeeze(row.cell(0))]
        if name_column is not None:
            cells.append(squeeze(row.cell(name_column.index)))
        named_place = next(
            (
                bare
                for cell in cells
                if (bare := re.sub(r"[(（]\d+个(?:项目)?[)）]$", "", cell)) in found
            ),
            "",
        )
        named_project = (
            squeeze(row.cell(name_column.index)) if name_column is not None else ""
        ) not in ("", named_place)
        if named_place in found and not (own == named_place and named_project):
            # 一 | 花垣县 | 长沙市开福区 | 5 | 1360, 宣恩县（3个） | | 526.5: the place of the rows
            # below, no project (甘洛县 | 1 | X项目 | … in a 县别 column: the place's first).
            current = named_place
            continue
        if any(_SUM_CELL.match(squeeze(cell.text)) for cell in row.cells):
            # 理塘县 | 上城区 | 小计 | 4个 | 960: the place's subtotal, no project.
            current = own if own in found else current
            continue
        if row.kind != "item":
            written = own or squeeze(" ".join(c.text for c in row.cells))
            named = [place for place in places if place in written]
            current = named[0] if len(named) == 1 else current
            continue
        # 理塘县 | 上城区 | 小计 … / (empty) | | 1 | X项目: a merged 县 cell is written once.
        place = own or current
        if own in found:
            current = own
        if place in found:
            found[place].append(row)
    return found if any(found.values()) else None


def _tables_by_place(
    tables: Sequence[Table], places: Sequence[str]
) -> list[tuple[Table, dict[str, list[Row]]]]:
    """The tables of projects (a name and a money column) that say whose each row is, with
    their rows by place (:func:`_place_rows`)."""
    return [
        (table, rows)
        for table in tables
        if table.role("name") is not None
        and table.money()
        and (rows := _place_rows(table, places)) is not None
    ]


def _drawn_on_row_sources(project: Project, sources: Sequence[FundSource]) -> Project:
    """A project whose shares name their money (江苏省财政援助资金260万元、启东市帮扶资金40万元)
    with each share drawn on the place's source of that name, or else of that kind where the
    place has one source of it (启东市帮扶资金 on 结对县（市）帮扶资金 of the allocation table)."""
    if not sources or all(share.source is not None for share in project.funding):
        return project
    shares = []
    for share in project.funding:
        label = re.sub(r"\s*[\d.,]+\s*(?:万元|亿元|元)\s*$", "", share.text or "")
        if share.source is not None or not label:
            shares.append(share)
            continue
        named = [s for s in sources if s.label == label]
        kind = source_kind(label)
        of_kind = [s for s in sources if s.kind is kind]
        found = named or (of_kind if len(of_kind) == 1 else [])
        shares.append(attrs.evolve(share, source=found[0].key) if found else share)
    return attrs.evolve(project, funding=shares)


def _with_listed_projects(
    context: Context,
    lines: Sequence[Line],
    header: Header,
    tables: Sequence[Table],
    programmes: list[Programme],
) -> tuple[Programme, ...]:
    """The programmes of an allocation table, each with its projects where another table of
    the notice lists them by place (附件2 项目明细表: 县 | 项目名称 | 资金 …): the rows of each
    place read as a plan of their own, their projects and the sections holding them kept."""
    places = [p.recipient.name for p in programmes if p.recipient is not None]
    listed = _tables_by_place(tables, places)
    # Or a part of the text a place: 一、美姑县（宁波市海曙区结对，4个项目，9,200,000元） / 1.X项目…
    parts = None
    if not listed:
        with_places = attrs.evolve(header, recipients=tuple(Region(name=place) for place in places))
        parts = _owned(lines, with_places)
        if parts is None:
            return tuple(programmes)
    table_lines = {n for table, _ in listed for n in range(table.title_start, table.end + 1)}
    if parts is not None:
        table_lines = {n for numbers in parts.values() for n in numbers}
    result: list[Programme] = []
    for index, programme in enumerate(programmes):
        place = programme.recipient.name if programme.recipient else ""
        own = Context(context.source)
        shown = parts[place] if parts is not None else table_lines
        read = _read(
            own,
            lines,
            attrs.evolve(header, recipient=programme.recipient),
            hidden=frozenset(line.number for line in lines if line.number not in shown),
            tables_read=[attrs.evolve(table, rows=rows[place]) for table, rows in listed],
        )
        if read is None or not read.projects:
            result.append(programme)
            continue
        held = {p.section for p in read.projects}
        sections = [s for s in read.sections if any(x.id in held for x in s.walk())]
        projects = [_drawn_on_row_sources(p, programme.fund_sources) for p in read.projects]
        try:
            programme = attrs.evolve(programme, projects=projects, sections=sections)
        except AidModelError as error:  # pragma: no cover - the parts were built to fit
            context.warn(
                None,
                WarningCode.UNREADABLE,
                N_("the projects of %(place)r: %(error)s"),
                params={"place": place, "error": str(error)},
            )
            result.append(programme)
            continue
        prefix = f"programmes[{index}]"
        for key, path in own.uses.items():
            if path.startswith(("programmes[0].projects", "programmes[0].sections")):
                context.uses[key] = prefix + path.removeprefix("programmes[0]")
        known = {(w.line, w.code, w.message) for w in context.warnings}
        for warning in own.warnings:
            in_table = warning.line is not None and warning.line in table_lines
            if in_table and (warning.line, warning.code, warning.message) not in known:
                context.warnings.append(warning)
        result.append(programme)
    return tuple(result)


def _read_all(context: Context, lines: Sequence[Line]) -> tuple[Programme, ...]:
    """The programmes of a plan: one, or one per recipient where the title names several
    and each has its own sections and share of the total (嘉善县…帮扶松潘县、黑水县…)."""
    header = read_header(lines)
    tables = _read_tables(lines)
    allotted = _allocation_table(context, lines, header, tables)
    if allotted:
        return allotted
    if not header.recipients:
        parts = _recipient_parts(lines, header)
        if parts:
            header = attrs.evolve(header, recipients=parts, recipient=parts[0])
        else:
            # (A plan for several recipients its title names shares its total out in a
            # sentence too: that is read with their parts, below.)
            allotted = _allocation_sentence(context, lines, header, tables)
            if allotted:
                return allotted
    owned = _owned(lines, header) if header.recipients else None
    by_place: list[tuple[Table, dict[str, list[Row]]]] = []
    if len(header.recipients) >= 2:
        # 静安区…帮扶沧源县、耿马县项目计划 with one table whose 受援县 column says whose each
        # project is: each recipient's programme takes its rows and its share of the totals.
        names = [r.name for r in header.recipients]
        by_place = [
            (table, rows)
            for table, rows in _tables_by_place(tables, names)
            if all(rows[name] for name in names)
        ]
        if by_place and owned is None:
            owned = {name: set[int]() for name in names}
    if owned is None:
        if header.recipients:
            context.warn(
                header.title_lines[0] if header.title_lines else None,
                WarningCode.INFERRED,
                N_(
                    "the title names %(count)s recipients (%(names)s) but the text gives them "
                    "no sections of their own; one programme is read for %(first)s"
                ),
                params={
                    "count": len(header.recipients),
                    "names": "、".join(r.name for r in header.recipients),
                    "first": header.recipients[0].name,
                },
            )
        programme = _read(context, lines, header, tables_read=tables)
        return () if programme is None else (programme,)
    programmes: list[Programme] = []
    seen = {(w.line, w.code, w.message) for w in context.warnings}
    for recipient in header.recipients:
        own = Context(context.source)
        hidden = (
            frozenset(
                n for name, numbers in owned.items() if name != recipient.name for n in numbers
            )
            - owned[recipient.name]
        )
        programme = _read(
            own,
            lines,
            attrs.evolve(header, recipient=recipient),
            hidden=hidden,
            share=recipient.name,
            tables_read=[attrs.evolve(t, rows=rows[recipient.name]) for t, rows in by_place]
            if by_place
            # （一）朝阳县 / …table… / （二）喀左县 / …table…: each part's tables are its own.
            else [t for t in tables if not hidden.intersection(range(t.start, t.end + 1))],
        )
        if programme is None:
            continue
        by_column = _column_sources(own, tables, recipient, programme.declared_total)
        if by_column and not any(share.source for p in programme.projects for share in p.funding):
            # 项目 | 合计 | 阿勒泰市 | … / 其中：吉林省省级援疆资金 | 4600 | 1400 | …: the sources of
            # each place in its column.
            programme = attrs.evolve(programme, fund_sources=by_column)
        paired = _paired_in_part(lines, owned.get(recipient.name, set()))
        if paired is not None:
            # （一）理塘县（杭州市上城区结对）960万元: each county's own donor.
            programme = attrs.evolve(programme, donor=Region(name=paired))
        programme = _with_shared_targets(own, lines, owned, programme)
        own_part = [s for s in programme.walk_sections() if s.title == recipient.name]
        if len(own_part) == 1 and programme.declared_project_count in (
            None,
            own_part[0].declared_count,
        ):
            # 一、门源县（4个项目，1320万元）: the count of the recipient's own part is its
            # count, said once.
            (part,) = own_part
            programme = attrs.evolve(
                programme,
                declared_project_count=part.declared_count,
                sections=[_without_count(s, part) for s in programme.sections],
            )
        prefix = f"programmes[{len(programmes)}]"
        for key, path in own.uses.items():
            context.uses.setdefault(key, prefix + path.removeprefix("programmes[0]"))
        context.named |= own.named
        known = {line.number for line in context.joined}
        context.joined.extend(line for line in own.joined if line.number not in known)
        for warning in own.warnings:
            if (warning.line, warning.code, warning.message) not in seen:
                seen.add((warning.line, warning.code, warning.message))
                context.warnings.append(warning)
        programmes.append(programme)
    return tuple(programmes)


def _read(
    context: Context,
    lines: Sequence[Line],
    header: Header | None = None,
    *,
    hidden: frozenset[int] = frozenset(),
    share: str | None = None,
    tables_read: Sequence[Table] | None = None,
) -> Programme | None:
    """One programme from the text; for one recipient of several (``share``, its name), the
    lines of the other recipients' sections ``hidden`` and the recipient's share of the
    totals paragraph as its totals. ``found``: the text's tables, where already read."""
    header = header or read_header(lines)
    # What the header leaves unsaid is told once the programme is built (and not about a text
    # that gives none).
    unsaid = Context(context.source)
    fields = _header_fields(unsaid, header, lines)
    if tables_read is None:
        tables_read = _read_tables(lines)
    tables = [(table.start, table.end) for table in tables_read]
    read: list[Table] = []
    source_tables: list[Table] = []
    for table in tables_read:
        start, end = table.start, table.end
        if table.role("name") is None and table.role("source") is not None and table.money():
            # 表一 资金来源表: 序号 | 资金来源 | 金额 — the plan's sources, one a row.
            source_tables.append(table)
            continue
        if table.role("name") is None or not table.money():
            context.warn(
                start,
                WarningCode.TABLE_NOT_READ,
                N_(
                    "the table on lines %(first)s-%(last)s (%(head)r ...) is not read: "
                    "its header names no 项目名称 or no money column"
                ),
                params={"first": start, "last": end, "head": lines[start - 1].text[:20]},
            )
            continue
        places = _place_columns(table)
        if places:
            # 项目 | 合计 | 阿勒泰市 | 布尔津县 …: money by place, one place a column; no projects.
            context.warn(
                start,
                WarningCode.TABLE_NOT_READ,
                N_(
                    "the table on lines %(first)s-%(last)s gives money by place, one place a "
                    "column (%(places)s); it lists no projects and is not read"
                ),
                params={"first": start, "last": end, "places": "、".join(places)},
            )
            continue
        read.append(table)
    if header.title is None and any("简报" in line.norm for line in lines[:20]):
        span = _range([line for line in lines if not is_chrome(line)])
        if span is not None:
            context.warn(
                span[0],
                WarningCode.TEXT_NOT_READ,
                N_("lines %(first)s-%(last)s are a bulletin (简报); its summaries are not read"),
                params={"first": span[0], "last": span[1]},
            )
        return None
    # A table not read (its header names no project) is skipped where it stands: the text
    # after it goes on (类别 | 项目个数 | 分配资金 above the parts that list the projects).
    unread = [(a, b) for a, b in tables if not any(t.start <= a <= t.end for t in read)]
    table_start = min((t.title_start for t in read), default=len(lines) + 1)
    if read and unread:
        table_start = min(table_start, min(a for a, _ in unread))
    body: list[Line] = []
    tail: list[Line] = []
    tailed = False
    attached: bool | None = None  # whether the tail opened with an 附件 label
    last_end = max((t.end for t in read), default=len(lines) + 1)
    resumed = False  # the text goes on after a table standing inside it (四、绩效目标 below it)
    for line in lines:
        if line.number < header.body_start or line.number in header.used or line.number in hidden:
            continue
        if not read and any(a <= line.number <= b for a, b in unread):
            continue
        if is_chrome(line):
            if not tail and line.number < table_start:
                body.append(line)  # a page number: reading_lines drops it, a cut sentence goes on
            continue
        if is_tail(line):
            tailed = True
            attached = _ATTACHMENT.match(line.norm) is not None and attached is not False
            if not attached:
                attached = False  # 抄送…: the tail stays the tail
        looked_for = (not resumed and not tailed and line.number > last_end) or (
            tailed and attached and "个" in line.norm
        )
        heading = read_heading(line) if looked_for and line.norm[:1] in _PART_NUMBERS else None
        opens_part = heading is not None and heading.level == 0
        if not resumed and not tailed and line.number > last_end and opens_part:
            resumed = True
        if (
            not resumed
            and not tailed
            and line.number > last_end
            and _PARAGRAPH.match(line.raw)
            and not _NOTE.match(line.norm)
        ):
            # 　　请收到资金后及时拨付…。: a paragraph of the text goes on after its last table.
            resumed = True
        if tailed and attached and opens_part and "个" in line.norm and mentions(line):
            # 附件2 / …项目明细 / 一、阿勒泰市（5个项目，1600万元）: an attachment written in
            # parts with their figures is read as parts of the plan.
            tailed, resumed = False, True
        elif tailed and attached and _attached_card(line, lines):
            # 附件 / （1）项目名称：X / 建设内容：… / 资金规模：260万元 / …: an attachment of
            # items written as field lines is read as the plan's items.
            tailed, resumed = False, True
        elif tailed and attached and _attached_part(line, lines):
            # 附件 / （一）产业发展类项目（4个） / 1.X项目：…；援青资金320万元；…: an attachment in
            # parts whose items carry their money is read as parts of the plan too.
            tailed, resumed = False, True
        between = (
            not tailed
            and not resumed
            and line.number < last_end
            and len(read) > 1
            and _between_tables(line, read)
        )
        if (tailed or (line.number >= table_start and not resumed)) and not between:
            if not any(t.title_start <= line.number <= t.end for t in read) and not any(
                a <= line.number <= b for a, b in tables
            ):
                tail.append(line)
            continue
        body.append(line)
    body = reading_lines(body)
    context.joined.extend(line for line in body if line is not lines[line.number - 1])
    candidates = []
    for line in body:
        heading = read_heading(line)
        if heading is not None and heading.level == 2 and declares_money(line):
            # The first item with money: the totals paragraph stands before it (an item of
            # tasks that names a subsidy per head, 每人1000元, holds no money of the plan).
            break
        if heading is None or (
            heading.has_text
            and (
                _FUNDS_HEADING.search(heading.title)
                or _ARTICLE.match(heading.number)
                or (heading.level == 0 and _YEAR_OPENS.match(line.norm, heading.rest))
                # 一、2025年，乙区安排我县…资金2680万元: the year opens the part's sentence.
                or (heading.level == 0 and _YEAR_OPENS.match(heading.title))
            )
        ):
            # 一、资金规模。2023年，…安排…资金2480万元: the heading's sentence is the totals';
            # an article (第二条 2024年，…投入资金650万元) is a paragraph, and so is a part whose
            # first sentence is followed by the year's (一、同意你局上报的…计划。2026年…安排…).
            candidates.append(line)
    adjustment = bool(header.title and _ADJUSTMENT.search(header.title))
    if adjustment:
        # 调整后，…项目共12个，资金总额3530万元: an adjustment's totals are those after it,
        # wherever they stand; the first paragraph's are the plan's before it.
        after = [line for line in body if "调整后" in line.norm and mentions(line)]
        # 调整后，全县…项目共12个，资金规模…3080万元 opening its paragraph before a change's
        # 原计划…380万元，调整后安排300万元 inside an item.
        # (…全部用于第三项和第四项。调整后，…项目共11个: a sentence opened by it, too.)
        after.sort(
            key=lambda line: (
                0
                if re.match(r"\s*调整后\s*[,，]", line.norm)
                else 1
                if re.search(r"[。；;]\s*调整后\s*[,，]", line.norm)
                else 2
            )
        )
        candidates = after + [line for line in candidates if line not in after]
    year = fields.get("year") if fields else None
    plan_year = year if isinstance(year, int) else None
    totals_line = find_totals_line(candidates, plan_year)
    if totals_line is None and read and not any(mentions(line) for line in body):
        # A fund table standing alone whose note says what the plan is (注：1.2025年…安排…
        # 协作资金35,200,000.00元，其中…，共安排项目14个): the note is its totals paragraph.
        notes = [line for line in tail if _NOTE.match(line.norm)]
        totals_line = find_totals_line(notes, plan_year)
    if totals_line is None and read and header.body_start > 1:
        # 关于印发…计划的通知 / 2025年…资金共3276.4万元，其中… / 附件 / the plan, a table alone:
        # the notice's paragraph gives the totals the table's plan does not.
        notice = [
            line
            for line in lines[: header.body_start - 1]
            if not line.blank and line.number not in header.used and not is_chrome(line)
        ]
        if adjustment:
            # 调整后，…项目仍为9个，援疆资金总额3000万元不变: the adjusted plan's totals first.
            notice.sort(key=lambda line: "调整后" not in line.norm)
        totals_line = find_totals_line(notice, plan_year)
    if adjustment and totals_line is not None and (after_at := totals_line.norm.find("调整后")) > 0:
        # 本次调整共涉及项目7个，其中调增2个…。调整后，全县…项目12个，资金3300万元: the
        # figures before 调整后 count the changes, not the adjusted plan.
        totals_line = attrs.evolve(
            totals_line,
            text=" " * after_at + totals_line.text[after_at:],
            norm=" " * after_at + totals_line.norm[after_at:],
        )
    if adjustment and totals_line is not None and _CHANGED_FROM.search(totals_line.norm):
        # 资金由3200万元增加至3400万元，项目由12个调整为13个: the figures after the change
        # are the adjusted plan's; those before it are the change's.
        text, norm = totals_line.text, totals_line.norm
        for found in _CHANGED_FROM.finditer(totals_line.norm):
            blank = " " * (found.end() - found.start())
            text = text[: found.start()] + blank + text[found.end() :]
            norm = norm[: found.start()] + blank + norm[found.end() :]
        totals_line = attrs.evolve(totals_line, text=text, norm=norm)
    batch = bool(header.title and _HANDS_DOWN.search(header.title))
    totals = (
        read_totals(totals_line, batch=batch, year=plan_year) if totals_line is not None else None
    )
    if totals is not None and totals_line is not None and totals.project_count is None:
        # …拟实施2025年鲁甘东西部协作项目9个。 / 一、资金规模：…1840万元…: the count in the
        # paragraph before the totals paragraph, which has none of its own.
        for line in reversed([c for c in candidates if c.number < totals_line.number]):
            if mentions(line):
                break
            count = read_totals(line, year=plan_year).project_count
            if count is not None:
                totals = attrs.evolve(totals, project_count=count)
                break
    if share is not None and totals_line is not None and totals is not None:
        below = []
        names = [r.name for r in header.recipients]
        # (A part's own lines after a table of the part before it are no body: read here.)
        for line in lines[totals_line.number :]:
            if line.number in hidden or line.number in header.used or line.blank:
                continue
            heading = read_heading(line)
            if heading is not None and _BY_PLACE.search(heading.title):
                continue  # (二、分县（区）资金和项目: the parts of the places follow)
            if heading is not None and not any(n in heading.title for n in names):
                break  # (（一）理塘县（…结对）960万元，其中…: a recipient's part goes on)
            below.append(line)
        totals = _share(context, header, totals_line, totals, share, below)
    if (
        totals is not None
        and totals.fund is not None
        and (not read or any(aid_total(table) == totals.fund.mention.amount for table in read))
    ):
        # The total names one fund (安排我县…帮扶资金2850万元) and no table splits the money
        # otherwise, or a table splits it into aid and 自筹 and the aid's 合计 is the total:
        # the total is the fund the aid is drawn from (东西部协作财政援助资金).
        totals = attrs.evolve(totals, sources=(totals.fund,))
    fund_sources, refs = _sources(context, totals)
    if not fund_sources:
        for table in source_tables:
            _listed_sources(context, table, fund_sources, refs)
    builder = Builder(
        context, totals, refs, tables=bool(read), adjustment=adjustment, year=plan_year
    )
    targets = builder.plan_targets(totals_line) if totals_line is not None else []
    builder.read(outline(body))
    if read:
        table_sections = read_tables(context, lines, read, builder, fund_sources, fields)
    else:
        builder.assign_categories()
        table_sections = []
    builder.note(tail)
    targets += _changed_targets(builder)
    _completing_sources(context, builder, fund_sources)
    sections = [builder.build(plan) for plan in builder.sections] + table_sections
    # In text order: a part written after a table standing inside the text (四、保障措施) comes
    # after the table's sections.
    sections.sort(key=lambda s: s.provenance.line_start if s.provenance is not None else 0)
    extra: dict[str, object] = {}
    if totals is not None:
        _upper(context, totals)
        if totals.total is not None and totals.total.amount is not None:
            extra["declared_total"] = totals.total.amount
            context.use(totals.total, "programmes[0].declared_total")
        extra["declared_total_upper"] = totals.upper
        extra["declared_project_count"] = totals.project_count
    if len(table_sections) == 1 and not builder.sections:
        # A fund table standing alone (附件2 …项目资金计划表): its 合计 row is the total the
        # document declares (where no note said it), and a 注 line may count its projects
        # (本表共列项目16个).
        (table_section,) = table_sections
        if extra.get("declared_total") is None and table_section.declared_amount is not None:
            extra["declared_total"] = table_section.declared_amount
            _noted_total(context, tail, table_section.declared_amount, fund_sources, extra)
        if extra.get("declared_project_count") is None and table_section.declared_count:
            # 合计 | 12个: the count of the 合计 row is the document's, said once.
            extra["declared_project_count"] = table_section.declared_count
            sections[sections.index(table_section)] = attrs.evolve(
                table_section, declared_count=None
            )
        if extra.get("declared_project_count") is None:
            extra["declared_project_count"] = _noted_count(tail)
    if extra.get("declared_total_upper") is None and extra.get("declared_total") is not None:
        # 合计金额（大写）：人民币叁仟捌佰伍拾陆万伍仟元整 on a line of its own below a table, or
        # in the table's 合计 row: 合计（大写：贰仟玖佰陆拾万元整） | 29,600,000.00.
        total_rows = [
            line
            for table in read
            for line in lines[table.start - 1 : table.end]
            if _TOTAL_UPPER.search(line.norm)
        ]
        for line in [*tail, *total_rows]:
            written = _UPPER_LINE.match(line.norm) or _TOTAL_UPPER.search(line.norm)
            if written is None:
                continue
            extra["declared_total_upper"] = line.text[written.start("upper") : written.end("upper")]
            for mention in mentions(line):
                context.use(mention, "programmes[0].declared_total_upper")
            break
    if extra.get("declared_project_count") is None and share is None:
        # (A count for several recipients, 两县共实施项目15个, is none of one recipient's.)
        extra["declared_project_count"] = _prose_count(body, builder, lines)
    commitments = targets + builder.targets(first=len(targets))
    commitments += builder.loose_targets(first=len(commitments))
    counted = extra.get("declared_project_count")
    held = {project.section for project in builder.projects}
    for index, section in enumerate(sections):
        if (
            counted is not None
            and section.declared_count == counted
            and not any(part.id in held for part in section.walk())
        ):
            # 三、资金安排。共安排项目14个。其中：（一）… / the table lists them: the plan's own
            # count, said in a part that holds none of its projects.
            sections[index] = attrs.evolve(section, declared_count=None)
    described = _described_apart(context, lines, builder)
    listed = len(builder.projects)
    if (
        adjustment
        and listed
        and (
            (isinstance(counted, int) and listed < counted)
            or any(ONLY_CHANGES_LISTED.search(line.norm) for line in lines)
        )
    ):
        # 注：本表仅列调整项目，其余10个项目…不变 / 调整后项目15个 over a table of 5: a notice
        # of its changes lists some projects of the adjusted plan, not all of them.
        extra["lists_all_projects"] = False
        context.warn(
            None,
            WarningCode.INFERRED,
            N_(
                "the notice lists %(listed)s projects, the ones it changes, of the adjusted "
                "plan: lists_all_projects is false, and no total or count of the whole plan "
                "is added up over them"
            )
            if counted is None
            else N_(
                "the notice lists %(listed)s projects, the ones it changes, of the adjusted "
                "plan's %(counted)s: lists_all_projects is false, and no total or count of "
                "the whole plan is added up over them"
            ),
            params={"listed": listed}
            if counted is None
            else {"listed": listed, "counted": str(counted)},
        )
    deadline = blanket_deadline(
        [text for _, text in builder.notes],
        fields.get("year"),  # type: ignore[arg-type]
        inside=[project.text for project in builder.projects if project.text],
    )
    if deadline is not None:
        # 以上项目均须于2025年11月底前完工: the deadline of each project that names none.
        builder.projects = [
            project if project.deadline is not None else attrs.evolve(project, deadline=deadline)
            for project in builder.projects
        ]
    try:
        programme = Programme(
            **fields,  # type: ignore[arg-type]
            **extra,  # type: ignore[arg-type]
            fund_sources=fund_sources,
            sections=sections,
            projects=builder.projects,
            mechanisms=builder.mechanisms,
            commitments=commitments,
            notes=[text for number, text in sorted(builder.notes) if number not in described],
            provenance=context.at(
                1, max((line.number for line in lines if not line.blank), default=1)
            ),
        )
    except AidModelError as error:  # pragma: no cover - the parts are built to fit
        context.warn(
            None,
            WarningCode.NO_PROGRAMME,
            N_("the programme cannot be built: %(error)s"),
            params={"error": str(error)},
        )
        return None
    if programme.title is None and not programme.projects and programme.declared_total is None:
        # No title, and neither projects nor a total: no plan of the genre.
        span = _range([line for line in lines if not is_chrome(line)])
        context.warn(
            None,
            WarningCode.NO_PROGRAMME,
            N_(
                "lines %(first)s-%(last)s have no title (标题), no projects and no total; "
                "no programme is built"
            ),
            params={"first": span[0] if span else 1, "last": span[1] if span else 1},
        )
        return None
    context.warnings.extend(unsaid.warnings)
    if header.genre in REPORT_GENRES:
        programme = as_report(context, programme, "programmes[0]", body)
    return programme


# 一、 二、…: the numbers of a plan's parts (its outer headings).
_PART_NUMBERS: Final = "一二三四五六七八九十"
# 合计金额（大写）：人民币…元整: a table's total in words on a line of its own.
_TOTAL_UPPER: Final = re.compile(
    r"合\s*计\s*\(\s*(?:金额)?大写\s*:?\s*(?:人民币)?"
    r"(?P<upper>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+)\s*\)"
)
_UPPER_LINE: Final = re.compile(
    r"^\s*(?:合\s*计)?(?:金额|资金)?\s*\(?\s*大写\s*\)?\s*:\s*(?:人民币)?\s*"
    r"(?P<upper>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+)\s*$"
)
# 附件2, 附件：: an attachment's label.
_ATTACHMENT: Final = re.compile(r"^\s*附\s*件")
# 注：…, 说明：…, 备注：…: a note below a table.
_NOTE: Final = re.compile(r"^\s*(?:注|说明|备注)\s*[:：]?")
# 关于下达2025年第一批闽宁协作资金的通知: a notice that hands money down.
_HANDS_DOWN: Final = re.compile("关于(?:下达|分配|拨付|安排)")
# 关于调整2025年…项目的通知, …项目调整方案: a notice of changes to a plan.
_ADJUSTMENT: Final = re.compile("调整|调增|调减|变更")
# 由3200万元增加至, 由12个调整为: the figure before a change, up to the words of the change.
_CHANGED_FROM: Final = re.compile(
    r"由[^,，;；。由]{1,20}?(?:增加|减少|调增|调减|调整|变更|提高|降低|压减|追加)?(?:至|为|到)"
)
# 本表共列项目16个, 共计项目16个, 共16个项目: the count a table's notes give.
_NOTED_COUNT: Final = re.compile(r"共(?:列|计|安排)?\s*(?:项目\s*(\d+)\s*个|(\d+)\s*个项目)")
# 年初计划项目17个，调整后实施项目16个: after an adjustment, the count after it.
_ADJUSTED_COUNT: Final = re.compile(r"调整后(?:共|实施|安排)*\s*项目\s*(\d+)\s*个")


# 1.X项目：新建日光温室40座，铺设灌溉管网6公里。: a project's content on a line of its own,
# apart from the table that lists the project (附件2 项目建设内容).
_DESCRIBED_APART: Final = re.compile(
    r"^\s*\d{1,3}\s*[.、]\s*(?P<name>[^:;,。]{2,60}?(?:项目|工程))\s*:\s*(?P<content>\S.*)$"
)


def _described_apart(context: Context, lines: Sequence[Line], builder: Builder) -> set[int]:
    """Give each project without a content the one a line of its own writes for it by its
    name (附件2: 1.X项目：新建…；…), with the targets in it; the lines so read."""
    by_name = {
        squeeze(project.name): index
        for index, project in enumerate(builder.projects)
        if project.content is None
    }
    read: set[int] = set()
    for line in lines:
        found = _DESCRIBED_APART.match(line.norm)
        if found is None:
            continue
        index = by_name.pop(squeeze(found.group("name")), None)
        if index is None:
            continue
        project = builder.projects[index]
        if project.provenance is not None and project.provenance.line_start == line.number:
            continue  # the project's own line
        span = Span(line, found.start("content"), len(line.text))
        path = f"programmes[0].projects[{index}]"
        targets = read_commitments(context, [span], path, first=len(project.commitments))
        builder.projects[index] = attrs.evolve(
            project,
            content=line.text[found.start("content") :].strip(),
            commitments=[*project.commitments, *targets],
        )
        read.add(line.number)
    return read


def _listed_sources(
    context: Context, table: Table, fund_sources: list[FundSource], refs: list[SourceRef]
) -> None:
    """The fund sources of a table of them (序号 | 资金来源 | 金额), one a row, added."""
    source = table.role("source")
    if source is None:
        return
    money = table.money()[0]
    for row in table.rows:
        label = squeeze(row.cell(source.index))
        amount = cell_money(row.at(money.index), money)
        if row.kind != "item" or not label or amount is None:
            continue
        kind = source_kind(label)
        key = fresh_key(kind.value, (ref.key for ref in refs))
        fund_sources.append(
            FundSource(
                key=key, kind=kind, label=label, amount=amount, provenance=context.at(row.first)
            )
        )
        refs.append(SourceRef(key, kind, in_total=True))


def _changed_targets(builder: Builder) -> list[Commitment]:
    """The targets an adjustment notice writes in its changes (调增…，增加建设日光温室10栋), each
    given to the project it names where the programme lists it; the others, the programme's.
    A deadline written in a change is the named project's where it has none of its own."""
    kept: list[Commitment] = []
    names = {re.sub(r"\s+", "", p.name): index for index, p in enumerate(builder.projects)}
    for name, commitment in builder.changed:
        index = names.get(re.sub(r"\s+", "", name)) if name else None
        if index is None:
            kept.append(commitment)
            continue
        project = builder.projects[index]
        builder.projects[index] = attrs.evolve(
            project, commitments=[*project.commitments, commitment]
        )
    for name, deadline in builder.changed_deadlines:
        index = names.get(re.sub(r"\s+", "", name))
        if index is not None and builder.projects[index].deadline is None:
            builder.projects[index] = attrs.evolve(builder.projects[index], deadline=deadline)
    return kept


def _completing_sources(context: Context, builder: Builder, fund_sources: list[FundSource]) -> None:
    """Shares of a project's 总投资 written beside its aid (其中…援藏资金1800万元、企业自筹资金
    700万元) from money the plan does not declare: drawn on a source of that kind outside
    the plan's total (自筹资金), added once, so that reconcile weighs aid and 自筹 against the
    total investment and not against the aid."""
    keys: dict[FundSourceKind, str] = {}
    for index, project in enumerate(builder.projects):
        if project.total_investment is None or not project.funding:
            continue
        shares = list(project.funding)
        changed = False
        aid = next((s for s in shares if s.amount == project.amount), None)
        for number, share in enumerate(shares):
            kind = source_kind(share.text or "")
            if share.source is not None or share is aid:
                continue
            if kind not in OUTSIDE_KINDS:
                kind = FundSourceKind.SELF_RAISED  # 整合衔接资金, 县级财政配套: the county's own
            if kind not in keys:
                key = f"outside-{kind.value}"
                keys[kind] = key
                fund_sources.append(
                    FundSource(
                        key=key,
                        kind=kind,
                        label=COMPLETING_LABELS[kind],
                        in_total=False,
                        provenance=project.provenance,
                    )
                )
                context.warn(
                    project.provenance.line_start if project.provenance else None,
                    WarningCode.DERIVED,
                    N_(
                        "%(share)r is money beside the aid that the plan does not declare; "
                        "it is drawn on a fund source %(key)r (%(label)s) outside the plan's total"
                    ),
                    params={
                        "share": share.text or "",
                        "key": key,
                        "label": COMPLETING_LABELS[kind],
                    },
                )
            shares[number] = attrs.evolve(share, source=keys[kind])
            changed = True
        if changed:
            builder.projects[index] = attrs.evolve(project, funding=shares)


def _noted_total(
    context: Context,
    notes: Sequence[Line],
    total: Money,
    sources: Sequence[FundSource],
    extra: dict[str, object],
) -> None:
    """A note below a fund table standing alone that writes its total again (注：…资金规模合计
    3560万元（大写：叁仟陆佰伍拾万元整），其中…3260万元、…300万元): its 大写 is the document's
    uppercase total, checked against the figure, and its amounts are the total and the
    sources the table's 合计 row gives."""
    for line in notes:
        if not mentions(line):
            continue
        totals = read_totals(line)
        if totals.total is None or totals.total.amount != total:
            continue
        context.use(totals.total, "programmes[0].declared_total")
        if totals.upper is not None:
            extra["declared_total_upper"] = totals.upper
            _upper(context, totals)
        for mention in mentions(line):
            for index, source in enumerate(sources):
                if mention is not totals.total and mention.amount == source.amount:
                    context.use(mention, f"programmes[0].fund_sources[{index}].amount")
                    break
        return


# 共安排项目11个, 共实施协作项目9个, 共谋划实施16个项目, 计划实施项目12个: the plan's count
# said in a paragraph (or a run-in heading: 二、项目安排。计划实施项目12个，其中…).
_COUNT_LEAD: Final = (
    # (安排项目11个 opening its paragraph: the plan's too.)
    r"(?:(?<!公)共计?|计划|拟|全年|年度|今年|本年度?|^\s*(?=安排|实施))"
    "(?:安排|实施|计划|谋划|确定|遴选|申报|下达)*"
)
_PROSE_COUNT: Final = re.compile(
    rf"{_COUNT_LEAD}\s*[\u4e00-\u9fff]{{0,6}}?项目\s*(?P<a>{COUNT})\s*个"
    rf"|{_COUNT_LEAD}\s*(?P<b>{COUNT})\s*个[\u4e00-\u9fff]{{0,6}}?项目"
)


def _prose_count(body: Sequence[Line], builder: Builder, lines: Sequence[Line]) -> int | None:
    """The project count of a plan whose totals paragraph gives none, said once in a paragraph
    of its own above every part that holds projects and every project (二、项目安排 按照…的原则，
    共安排项目11个。其中…): ``None`` when no paragraph says one or two say different ones."""
    holding = [top for top in builder.sections if any(p.projects for p in walk_plans(top))]
    # (二、使用计划 / 安排项目11个，…具体如下： / （1）…: the one part that holds every project
    # may say the plan's count below its heading.)
    alone = holding[0] if len(holding) == 1 else None
    first = min(
        [
            *(
                plan.node.heading.line.number
                for top in builder.sections
                for plan in walk_plans(top)
                if plan.projects and plan.node.heading is not None and plan is not alone
            ),
            *(p.provenance.line_start for p in builder.projects if p.provenance is not None),
        ],
        default=max((line.number for line in lines), default=0) + 1,
    )
    found = set()
    for line in body:
        if line.number >= first or line.blank:
            continue
        for match in _PROSE_COUNT.finditer(line.norm):
            sentence = line.norm[line.norm.rfind("。", 0, match.start()) + 1 : match.end()]
            if PAST_WORDS.search(sentence):
                continue
            count = count_value(match.group("a") or match.group("b"))
            if count is not None:
                found.add(count)
    return found.pop() if len(found) == 1 else None


def _noted_count(lines: Sequence[Line]) -> int | None:
    """The project count written in a table's notes (注：…本表共列项目16个; 调整后实施项目16个
    after an adjustment), or ``None``."""
    for pattern in (_ADJUSTED_COUNT, _NOTED_COUNT):
        for line in lines:
            found = pattern.search(line.norm)
            if found:
                return int(next(g for g in found.groups() if g))
    return None


def parse_plan(text: str, *, source: str | None = None) -> ImportResult:
    """Read a plan's text (实施方案, 工作要点) into a :class:`~aidmodel.Programme`.

    The text is what extraction from a Word, PDF or web page gives: a covering
    notice, the title, a totals paragraph, numbered sections and project
    paragraphs in any numbering style, web-page chrome around them. Every element
    of the programme has a :class:`~aidmodel.Provenance` with ``source`` and its
    lines. Nothing is dropped silently: what is not read is named in
    :attr:`ImportResult.warnings`, and every amount written in the text is in
    :attr:`ImportResult.amounts` with where it went.

    Args:
        text: The plan's text.
        source: The name of the source (a file name or URL) for provenance, or ``None``.

    Raises:
        InvalidTypeError: when ``text`` or ``source`` is not a str. Nothing else is
            raised: text that cannot be read gives warnings.
        InvalidValueError: when ``source`` is blank.

    >>> result = parse_plan(
    ...     "甲县2025年东西部协作项目实施方案\\n"
    ...     "依托浙江省乙市丙区优势，制定本方案。\\n"
    ...     "2025年安排东西部协作资金100万元，实施项目1个。\\n"
    ...     "（一）产业协作\\n"
    ...     "1.茶叶加工项目。投入资金100万元，新建生产线1条。\\n"
    ...     "责任单位：县农业农村局\\n"
    ...     "完成时限：2025年10月", source="plan.txt")
    >>> (programme,) = result.programmes
    >>> programme.donor.name, programme.recipient.name, programme.scheme.value
    ('丙区', '甲县', 'east_west')
    >>> project = programme.projects[0]
    >>> project.name, project.amount.to_wan(), project.units, str(project.deadline)
    ('茶叶加工项目', Decimal('100'), ('县农业农村局',), '2025-10')
    >>> project.provenance
    Provenance(source='plan.txt', line_start=5, line_end=7)
    >>> [(m.text, m.used_as) for m in result.amounts]
    [('100万元', 'programmes[0].fund_sources[0].amount'), ('100万元', 'programmes[0].projects[0].amount')]
    >>> parse_plan(None)
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidTypeError: parse_plan: a NoneType is not text; expected a str, got None
    """
    if not isinstance(text, str):
        raise InvalidTypeError(
            "parse_plan",
            N_("a %(type)s is not text"),
            expected=N_("a str"),
            got=text,
            params={"type": type(text).__name__},
        )
    if source is not None and not isinstance(source, str):
        raise InvalidTypeError(
            "parse_plan(source=...)",
            N_("a %(type)s is not text"),
            expected=N_("a str or None"),
            got=source,
            params={"type": type(source).__name__},
        )
    if source is not None and not source.strip():
        raise InvalidValueError(
            "parse_plan(source=...)",
            N_("blank text"),
            expected=N_("a file name, URL or None"),
            got=source,
        )
    forget_mentions()
    forget_commitments()
    forget_layout()  # headings and widths are remembered within one text, not across texts
    lines = card_tables(space_tables(grid_fields(split_lines(text))))
    context = Context(source)
    programmes = read_bulletin(context, lines)
    if programmes is None:
        programmes = _read_all(context, lines)
    if not programmes:
        context.uses.clear()
    amounts = []
    # Lines read as one (a hard-wrapped sentence) are accounted for as they were read.
    joined = {line.number: line for line in context.joined}
    covered = {n for line in context.joined for n in range(line.number + 1, line.last + 1)}
    for line in lines:
        if line.number in covered:
            continue
        for mention in mentions(joined.get(line.number, line)):
            key = (mention.line, mention.start)
            path = context.uses.get(key)
            if path is None and key not in context.named:
                params: dict[str, str | int] = {"text": mention.text}
                if mention.amount is None:
                    message = N_("'%(text)s' cannot be represented as an amount")
                    code = WarningCode.UNREADABLE
                elif mention.hedge:
                    message = N_(
                        "'%(text)s' is not in the programme "
                        "(a hedged figure, %(hedge)s: not an exact amount)"
                    )
                    params["hedge"] = mention.hedge
                    code = WarningCode.AMOUNT_NOT_USED
                else:
                    message = N_("'%(text)s' is not in the programme")
                    code = WarningCode.AMOUNT_NOT_USED
                context.warn(mention.line, code, message, params=params)
            amounts.append(
                MoneyMention(
                    line=mention.line, text=mention.text, amount=mention.amount, used_as=path
                )
            )
    warnings = sorted(context.warnings, key=lambda w: -1 if w.line is None else w.line)
    return ImportResult(
        programmes=programmes,
        warnings=warnings,
        amounts=amounts,
    )
