"""parse_plan: a plan's text in, programmes and warnings out (private; see the package)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

import attrs

from aidmodel.errors import AidModelError, InvalidTypeError, InvalidValueError
from aidmodel.importers._attach import Reader, RowItem, TableSection
from aidmodel.importers._bulletin import read_bulletin
from aidmodel.importers._context import Context
from aidmodel.importers._header import Header, read_header
from aidmodel.importers._lines import Line, Mention, is_chrome, mentions, split_lines
from aidmodel.importers._projects import (
    SourceRef,
    Span,
    item_units,
    read_commitments,
    read_project,
    read_task,
    split_enumerated,
)
from aidmodel.importers._result import ImportResult, MoneyMention, WarningCode
from aidmodel.importers._sections import Node, is_tail, outline, read_heading, reading_lines
from aidmodel.importers._tables import (
    Table,
    find_tables,
    read_table,
    row_figures,
    squeeze,
    to_decimal,
)
from aidmodel.importers._totals import Category, Totals, find_totals_line, read_totals
from aidmodel.model import (
    Commitment,
    FundSource,
    MechanismTask,
    PartialDate,
    Programme,
    Project,
    Scheme,
    Section,
)
from aidmodel.money import Money
from aidmodel.numerals import parse_rmb_upper

__all__ = ["parse_plan"]

# Headings of duties without money: 健全帮扶机制, 工作保障, 保障措施 (but not 民生保障).
_MECHANISM: Final = re.compile(
    "机制|保障措施|工作保障|组织保障|要素保障|措施|组织领导|工作要求|纪律|监督|考核"
)
_FUNDS_BEFORE: Final = re.compile(r"(?:投入|投资|资金|安排|资助)[^,，;；。]{0,6}$")
_INVESTMENT_BEFORE: Final = re.compile(r"总投资[^,，;；。]{0,4}$")
_FUNDS_HEADING: Final = re.compile("资金|投资|经费")
_OWN_COUNT: Final = re.compile(r"(?:安排|实施|共)项目\s*(\d+)\s*个|^\(\s*(?:项目\s*)?(\d+)\s*个")


@attrs.define
class _SectionPlan:
    """A section before it is built: its node, id, path and what it holds."""

    node: Node
    id: str
    path: str
    mechanism: bool
    subsections: list[_SectionPlan] = attrs.field(factory=list)
    projects: int = 0
    category: Category | None = None


@attrs.define
class _Builder:
    """Reads the outline of a prose plan into sections, projects and tasks."""

    context: Context
    totals: Totals | None
    sources: list[SourceRef]
    projects: list[Project] = attrs.field(factory=list)
    mechanisms: list[MechanismTask] = attrs.field(factory=list)
    notes: list[tuple[int, str]] = attrs.field(factory=list)
    sections: list[_SectionPlan] = attrs.field(factory=list)
    #: Whether the plan's projects are in a table: prose items are then tasks, or
    #: sections the rows fill when they carry money.
    tables: bool = False
    #: Whether a table of the plan gives projects an amount apart from their 总投资 (aid
    #: beside 自筹): a section's 总投资X is then its declared total investment.
    investment_apart: bool = False
    funded: list[_SectionPlan] = attrs.field(factory=list)

    def note(self, lines: Sequence[Line]) -> None:
        self.notes.extend((line.number, line.text) for line in lines if not line.blank)

    def read(self, root: Node) -> None:
        self.note(root.body)
        totals_line = self.totals.line if self.totals is not None else None
        tops: list[Node] = []
        for child in root.children:
            if child.children and any(line.number == totals_line for line in child.body):
                # 二、工作任务 holding the totals paragraph stands for the programme itself.
                self.note([child.heading.line] if child.heading else [])
                self.note(child.body)
                tops.extend(child.children)
            else:
                tops.append(child)
        for node in tops:
            heading = node.heading
            assert heading is not None  # children of the root all have headings
            if heading.level == 2 and not node.children and not self.tables:
                self.item(node, None, mechanism=False)
            elif node.children or heading.level > 0 or _MECHANISM.search(heading.title):
                path = f"programmes[0].sections[{len(self.sections)}]"
                plan = self.section(node, str(len(self.sections) + 1), path, mechanism=False)
                self.sections.append(plan)
            else:
                self.note(node.lines())

    def section(self, node: Node, section_id: str, path: str, *, mechanism: bool) -> _SectionPlan:
        heading = node.heading
        assert heading is not None
        plan = _SectionPlan(
            node,
            section_id,
            path,
            mechanism or bool(_MECHANISM.search(heading.title)) or _duties(node),
        )
        if not node.children:
            if self.tables and not plan.mechanism:
                if _carries_funds(node):
                    self.funded.append(plan)
                    return plan
                plan.mechanism = True
            if plan.mechanism:
                before = len(self.mechanisms)
                self.enumerated(node, plan)
                if self.tables and len(self.mechanisms) == before:
                    # A paragraph of duties without 一是/二是 is one task.
                    self.task(
                        None,
                        heading.title,
                        Span(heading.line, 0, len(heading.line.text)),
                        heading.rest,
                        node.body,
                        plan.id,
                    )
            return plan
        nested = any(child.children for child in node.children)
        for child in node.children:
            child_heading = child.heading
            assert child_heading is not None
            if (
                child.children
                or (nested and child_heading.level < 2)
                or (
                    self.tables
                    and not plan.mechanism
                    and (child_heading.level < 2 or _carries_funds(child))
                )
            ):
                number = len(plan.subsections)
                sub = self.section(
                    child,
                    f"{section_id}.{number + 1}",
                    f"{path}.subsections[{number}]",
                    mechanism=plan.mechanism,
                )
                plan.subsections.append(sub)
            else:
                if not plan.mechanism and not self.tables:
                    plan.projects += 1
                self.item(child, plan.id, mechanism=plan.mechanism or self.tables)
        return plan

    def enumerated(self, node: Node, plan: _SectionPlan) -> None:
        """Tasks written 一是…二是… in a section's paragraph."""
        heading = node.heading
        assert heading is not None
        spans = [(heading.line, heading.rest)] + [(line, 0) for line in node.body]
        found = False
        for line, start in spans:
            for number, title, span in split_enumerated(line, start):
                self.task(number, title, span, span.start, [], plan.id)
                found = True
        paragraphs = [line for line in node.body if not line.blank]
        if not found and paragraphs and not heading.has_text:
            # 四、工作要求 over one paragraph of duties: the paragraph is the section's task.
            first = paragraphs[0]
            head = Span(first, 0, len(first.text))
            self.task(None, heading.title, head, 0, paragraphs[1:], plan.id)

    def task(
        self,
        number: str | None,
        title: str,
        head: Span,
        rest: int,
        body: Sequence[Line],
        section: str | None,
    ) -> None:
        index = len(self.mechanisms)
        try:
            task = read_task(
                self.context, number, title, head, rest, body, index=index, section=section
            )
        except AidModelError as error:
            self.context.forget(f"programmes[0].mechanisms[{index}]")
            self.context.warn(head.line.number, WarningCode.UNREADABLE, f"task {title!r}: {error}")
            return
        self.mechanisms.append(task)

    def item(self, node: Node, section: str | None, *, mechanism: bool) -> None:
        heading = node.heading
        assert heading is not None
        if mechanism:
            head = Span(heading.line, 0, len(heading.line.text))
            self.task(heading.number, heading.title, head, heading.rest, node.lines()[1:], section)
            return
        index = len(self.projects)
        try:
            project = read_project(
                self.context,
                heading,
                node.lines()[1:],
                index=index,
                section=section,
                sources=self.sources,
            )
        except AidModelError as error:
            self.context.forget(f"programmes[0].projects[{index}]")
            self.context.warn(
                heading.line.number, WarningCode.UNREADABLE, f"project {heading.title!r}: {error}"
            )
            return
        self.projects.append(project)

    def targets(self) -> list[Commitment]:
        """Targets written in the paragraph of a section that a table's rows fill and that
        declares its own count (（一）保障和改善民生。安排项目3个，投资4480万元。…受益群众2.6万人
        以上): the targets of a group of rows, no one project's, kept as the programme's."""
        found: list[Commitment] = []
        for plan in self.funded:
            heading = plan.node.heading
            assert heading is not None
            spans = [Span(heading.line, heading.rest, len(heading.line.text))] + [
                Span(line, 0, len(line.text)) for line in plan.node.body if not line.blank
            ]
            if _own_figures(spans)[1] is not None:
                found += read_commitments(self.context, spans, "programmes[0]", first=len(found))
        return found

    # -- sections, once every project is placed ------------------------------------------------

    def assign_categories(self) -> None:
        if self.totals is None or not self.totals.categories:
            return
        # A category may be declared for a section that holds its projects through
        # subsections (（一）产业协作 over 1.产业园区共建 over （1）…项目).
        holding = [p for top in self.sections for p in _walk(top) if _holds(p)]
        categories = list(self.totals.categories)
        # Pairing by place needs one level of sections, as many as the categories.
        by_depth: dict[int, list[_SectionPlan]] = {}
        for plan in holding:
            by_depth.setdefault(plan.id.count("."), []).append(plan)
        same = [plans for _, plans in sorted(by_depth.items()) if len(plans) == len(categories)]
        in_order = same[0] if same else [p for p in holding if p.projects]
        # Pair each category with the section sharing the longest run of characters with
        # it, best pairs first: 劳务协作 goes to 劳务协作, not to 产业协作 (协作 alone is no match).
        pairs = sorted(
            (
                (-_affinity(category.name, _title(plan)), c, h)
                for c, category in enumerate(categories)
                for h, plan in enumerate(holding)
            ),
            key=lambda pair: pair[0],
        )
        taken_categories: set[int] = set()
        taken_sections: set[int] = set()
        for score, c, h in pairs:
            if score == 0 or c in taken_categories or h in taken_sections:
                continue
            holding[h].category = categories[c]
            taken_categories.add(c)
            taken_sections.add(h)
        if len(categories) == len(in_order):
            # As many categories as sections: those sharing no word pair in order, with a warning.
            rest = [
                h for h in range(len(holding)) if h not in taken_sections and holding[h] in in_order
            ]
            for c, category in enumerate(categories):
                if c not in taken_categories and rest:
                    plan = holding[rest.pop(0)]
                    plan.category = category
                    taken_categories.add(c)
                    self.context.warn(
                        self.totals.line,
                        WarningCode.INFERRED,
                        f"the category {category.name!r} shares no word with a section; it is "
                        f"paired with {_title(plan)!r} by its place in the list",
                    )
        for c, category in enumerate(categories):
            if c in taken_categories:
                continue
            amount = f"，{category.mention.text}" if category.mention else ""
            self.context.warn(
                self.totals.line,
                WarningCode.CATEGORY_UNMATCHED,
                f"the category {category.name!r} ({category.count}个{amount}) matches no section",
                names=(category.mention,) if category.mention else (),
            )

    def build(self, plan: _SectionPlan) -> Section:
        node = plan.node
        heading = node.heading
        assert heading is not None
        count = amount = None
        category = plan.category
        if category is not None:
            count = category.count
            if category.mention is not None and category.mention.amount is not None:
                amount = category.mention.amount
                self.context.use(category.mention, f"{plan.path}.declared_amount")
        own_lines = [Span(heading.line, heading.rest, len(heading.line.text))] + [
            Span(line, 0, len(line.text)) for line in node.body
        ]
        own_amount, own_count = _own_figures(own_lines)
        if self.tables and plan in self.funded:
            # Only money written for a group of rows (投资568.71万元…5个项目) is the section's;
            # amounts for one project go to its row, several groups to none.
            groups = [(m, c) for m, c in _funds_mentions(node) if c is not None]
            if len(groups) == 1:
                own_amount, own_count = groups[0]
            elif groups or own_count is None:
                own_amount, own_count = None, None
        if plan.mechanism and own_amount is not None and own_amount.amount is not None:
            # 三、工作机制 … 三是每年安排工作经费8000元: money of a duty, not of projects.
            self.context.warn(
                own_amount.line,
                WarningCode.AMOUNT_NOT_USED,
                f"{own_amount.text!r} is money of a task of section {heading.title!r}, "
                "not an amount declared for projects; it is not in the programme",
                names=(own_amount,),
            )
            own_amount = None
        investment = None
        if (
            own_amount is not None
            and own_amount.amount is not None
            and self.investment_apart
            and any(
                span.line.number == own_amount.line
                and _INVESTMENT_BEFORE.search(span.line.norm[: own_amount.start])
                for span in own_lines
            )
        ):
            investment = own_amount.amount
            self.context.use(own_amount, f"{plan.path}.declared_total_investment")
            own_amount = None
        if own_amount is not None and own_amount.amount is not None:
            if amount is None:
                amount = own_amount.amount
                self.context.use(own_amount, f"{plan.path}.declared_amount")
            elif own_amount.amount == amount:
                self.context.use(own_amount, f"{plan.path}.declared_amount")
            else:
                declared = category.mention if category is not None else None
                theirs = declared.text if declared is not None else f"{amount.to_wan():f}万元"
                self.context.warn(
                    own_amount.line,
                    WarningCode.CONFLICTING_FIGURE,
                    f"section {heading.title!r} declares {own_amount.text!r}, "
                    f"the totals paragraph {theirs!r}; the totals paragraph is kept",
                    names=(own_amount,),
                )
        if own_count is not None:
            if count is None:
                count = own_count
            elif own_count != count:
                self.context.warn(
                    heading.line.number,
                    WarningCode.CONFLICTING_FIGURE,
                    f"section {heading.title!r} declares {own_count} projects, "
                    f"the totals paragraph {count}; the totals paragraph is kept",
                )
        if heading.has_text:
            text: str | None = heading.line.text
        else:
            text = "".join(line.text for line in node.body if not line.blank) or None
        return Section(
            id=plan.id,
            number=heading.number,
            title=heading.title,
            declared_count=count,
            declared_amount=amount,
            declared_total_investment=investment,
            text=text,
            subsections=[self.build(sub) for sub in plan.subsections],
            provenance=self.context.at(heading.line.number, node.last_line()),
        )


def _duties(node: Node) -> bool:
    """Whether a section lists duties, not projects: numbered items, and no amount written
    anywhere in it (三、交流合作 with （一）干部人才交流 …, （二）劳务协作 …)."""
    items = [child for child in node.children if not child.children]
    if not items or len(items) < len(node.children):
        return False
    return not any(mentions(line) for line in node.lines())


def _carries_funds(node: Node) -> bool:
    """Whether a prose item writes money for projects (投资568.71万元), not a target."""
    heading = node.heading
    assert heading is not None
    spans = [Span(heading.line, heading.rest, len(heading.line.text))] + [
        Span(line, 0, len(line.text)) for line in node.body
    ]
    return _own_figures(spans)[0] is not None


def _holds(plan: _SectionPlan) -> bool:
    """Whether a section holds projects, itself or through its subsections."""
    return plan.projects > 0 or any(_holds(sub) for sub in plan.subsections)


def _walk(plan: _SectionPlan) -> list[_SectionPlan]:
    found = [plan]
    for sub in plan.subsections:
        found.extend(_walk(sub))
    return found


def _title(plan: _SectionPlan) -> str:
    return plan.node.heading.title if plan.node.heading else ""


_GENERIC: Final = re.compile("协作|帮扶|项目|建设|发展|工作|支援|合作|类")


def _affinity(name: str, title: str) -> int:
    """How well a category name and a heading agree: the length of the longest run of
    characters they share (产业合作 in 深化产业合作: 4), 0 when that run is only a generic
    word (协作, 帮扶) or shorter than two characters."""
    best = ""
    for i in range(len(name)):
        for j in range(len(name), i + max(len(best), 1), -1):
            if name[i:j] in title:
                best = name[i:j]
                break
    if len(best) < 2 or not _GENERIC.sub("", best):
        return 0
    return len(best)


def _own_figures(spans: Sequence[Span]) -> tuple[Mention | None, int | None]:
    """A section's own amount (投入资金22万元) and count (安排项目4个), from its paragraph."""
    amount = None
    count = None
    for span in spans:
        if amount is None:
            for mention in mentions(span.line):
                if span.start <= mention.start < span.end and _FUNDS_BEFORE.search(
                    span.line.norm[span.start : mention.start]
                ):
                    amount = mention
                    break
        if count is None:
            found = _OWN_COUNT.search(span.line.norm[span.start : span.end])
            if found:
                count = int(found.group(1) or found.group(2))
    return amount, count


def _sources(context: Context, totals: Totals | None) -> tuple[list[FundSource], list[SourceRef]]:
    sources: list[FundSource] = []
    refs: list[SourceRef] = []
    if totals is None:
        return sources, refs
    for source in totals.sources:
        if source.mention.amount is None:
            continue
        key = source.kind.value
        suffix = 2
        while any(ref.key == key for ref in refs):
            key = f"{source.kind.value}_{suffix}"
            suffix += 1
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
            )
        )
        refs.append(SourceRef(key, source.kind))
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
            f"the uppercase total {totals.upper!r} cannot be read as an amount",
        )
        return
    if said != totals.total.amount:
        context.warn(
            totals.line,
            WarningCode.UPPERCASE_MISMATCH,
            f"the uppercase total {totals.upper!r} says {said.to_wan():f}万元, "
            f"the figure {totals.total.text!r}",
        )


def _range(lines: Sequence[Line]) -> tuple[int, int] | None:
    numbers = [line.number for line in lines if not line.blank]
    return (min(numbers), max(numbers)) if numbers else None


def _header_fields(
    context: Context, header: Header, lines: Sequence[Line]
) -> dict[str, object] | None:
    """The required fields of a programme, or ``None`` (with a warning) when some are missing."""
    year = header.year
    if year is None and header.issue_date is not None:
        year = header.issue_date[0]
        context.warn(
            header.date_line,
            WarningCode.INFERRED,
            f"the title {header.title!r} names no year; the year of the issue date, {year}, is used",
        )
    if year is not None and not 1900 <= year <= 2200:
        year = None
    scheme = header.scheme
    if scheme is None:
        scheme = Scheme.OTHER
        context.warn(
            header.title_lines[0] if header.title_lines else None,
            WarningCode.INFERRED,
            "no kind of pairing (东西部协作, 结对帮扶, 对口支援 ...) is named; the scheme is 'other'",
        )
    missing = [
        name
        for name, value in (
            ("title (标题)", header.title),
            ("donor (帮扶方)", header.donor),
            ("recipient (受援方)", header.recipient),
            ("year (年度)", year),
        )
        if value is None
    ]
    if missing:
        span = _range([line for line in lines if not is_chrome(line)])
        where = f"lines {span[0]}-{span[1]}" if span else "the text"
        context.warn(
            None,
            WarningCode.NO_PROGRAMME,
            f"{where} name no {', no '.join(missing)}; no programme is built"
            + (f" (title {header.title!r})" if header.title else ""),
        )
        return None
    issue_date = None
    if header.issue_date is not None:
        try:
            issue_date = PartialDate(*header.issue_date)
        except AidModelError as error:
            context.warn(header.date_line, WarningCode.UNREADABLE, f"the issue date: {error}")
    return {
        "title": header.title,
        "scheme": scheme,
        "donor": header.donor,
        "recipient": header.recipient,
        "year": year,
        "genre": header.genre,
        "document_number": header.document_number,
        "issuer": header.issuer,
        "issue_date": issue_date,
    }


_GROUP_COUNT: Final = re.compile(r"(\d+)\s*个(?:[^,，;；。]{0,6})?项目")


def _funds_mentions(node: Node) -> list[tuple[Mention, int | None]]:
    """The money a prose item writes for projects, each with the count of its clause."""
    heading = node.heading
    assert heading is not None
    spans = [Span(heading.line, heading.rest, len(heading.line.text))] + [
        Span(line, 0, len(line.text)) for line in node.body
    ]
    found = []
    for span in spans:
        norm = span.line.norm
        for mention in mentions(span.line):
            if not span.start <= mention.start < span.end:
                continue
            if not _FUNDS_BEFORE.search(norm[span.start : mention.start]):
                continue
            stop = min(
                (
                    i
                    for i in (
                        norm.find("；", mention.end),
                        norm.find(";", mention.end),
                        norm.find("。", mention.end),
                    )
                    if i >= 0
                ),
                default=len(norm),
            )
            count = _GROUP_COUNT.search(norm, mention.end, stop)
            found.append((mention, int(count.group(1)) if count else None))
    return found


def _place(
    context: Context, builder: _Builder, reader: Reader, table: Table, items: Sequence[RowItem]
) -> dict[int, tuple[str, str | None]]:
    """Rows of a table without category rows placed in the prose sections that carry money:
    by their 类别 when each category names one section, else by money (rows that sum to an
    item's amount, contiguous and as many as it counts; a row equal to an amount written for
    one project)."""
    funded = builder.funded
    placed: dict[int, tuple[str, str | None]] = {}
    if not funded:
        return placed
    categories = {item.category for item in items}
    if None not in categories:
        match = {}
        for category in categories:
            assert category is not None
            fits = [p for p in funded if _affinity(squeeze(category), _title(p)) > 0]
            if len(fits) == 1:
                match[category] = fits[0]
        if len(match) == len(categories):
            for item in items:
                placed[id(item)] = (match[item.category or ""].id, None)
            return placed
    amounts = [reader.amount_of(table, item) for item in items]
    free = [True] * len(items)
    singles: list[tuple[_SectionPlan, Mention]] = []
    for plan in funded:
        for mention, count in _funds_mentions(plan.node):
            if mention.amount is None:
                continue
            if count is None:
                singles.append((plan, mention))
                continue
            for first in range(len(items) - count + 1):
                run = range(first, first + count)
                values = [amounts[i] for i in run]
                if (
                    all(free[i] for i in run)
                    and sum((v.yuan for v in values if v is not None), Decimal(0))
                    == mention.amount.yuan
                    and None not in values
                ):
                    for i in run:
                        free[i] = False
                        placed[id(items[i])] = (plan.id, None)
                    break
    for plan, mention in singles:
        for i, amount in enumerate(amounts):
            if free[i] and amount == mention.amount:
                free[i] = False
                placed[id(items[i])] = (plan.id, f"{mention.line}:{mention.start}")
                break
    return placed


def _read_tables(
    context: Context,
    lines: Sequence[Line],
    read: Sequence[Table],
    builder: _Builder,
    fund_sources: list[FundSource],
    fields: dict[str, object] | None,
) -> list[Section]:
    year = fields.get("year") if fields else None
    known = [s.amount for s in fund_sources if s.amount is not None]
    total = sum(known[1:], known[0]) if known else None
    reader = Reader(
        context,
        lines,
        year if isinstance(year, int) else None,
        builder.sources,
        fund_sources,
        total,
    )
    for table in read:
        reader.add(table)
    reader.resolve()
    placement: dict[int, tuple[str, str | None]] = {}
    for table, root in reader.tables:
        items = [item for t, item in reader.items if t is table]
        if not root.children:
            placement.update(_place(context, builder, reader, table, items))
    sections: list[Section] = []
    roots: list[tuple[Table, TableSection]] = []
    number = len(builder.sections)
    for table, root in reader.tables:
        items = [item for t, item in reader.items if t is table]
        unplaced = [item for item in items if id(item) not in placement]
        if not root.children and not unplaced:
            continue
        number += 1
        # 附件1 is section "attachment-1": an attachment is not part of the text's outline.
        attachment = re.fullmatch(r"附件\s*(\d+)", squeeze(root.number or ""))
        _ids(root, f"attachment-{attachment.group(1)}" if attachment else str(number))
        roots.append((table, root))
        if len(unplaced) < len(items):
            for item in unplaced:
                context.warn(
                    item.row.first,
                    WarningCode.ROW_NOT_PLACED,
                    f"the row {item.row.cell(0)!r} on line {item.row.first} belongs to no item "
                    f"of the text; it is put in the section of its table {root.title!r}",
                )
    keys = {id(table): reader.sources_of(table) for table, _ in reader.tables}
    builder.investment_apart = any(
        (column := reader.amount_col(table)) is not None
        and column.role != "total_investment"
        and table.role("total_investment") is not None
        for table, _ in reader.tables
    )
    mentions_by_key = {
        f"{m.line}:{m.start}": m for line in [*lines, *context.joined] for m in mentions(line)
    }
    # A row placed in a prose item takes the item's 责任单位/牵头单位 where its own cells
    # name none: the item says who carries out the projects it lists.
    units_of = {plan.id: _units(plan.node) for plan in builder.funded}
    for table, item in reader.items:
        where = placement.get(id(item))
        section_id = where[0] if where else item.section.id
        index = len(builder.projects)
        project = reader.project(table, item, index, section_id, keys[id(table)])
        if project is None:
            continue
        if where is not None and where[0] in units_of:
            units, lead = units_of[where[0]]
            project = attrs.evolve(
                project,
                units=project.units or units,
                lead_units=project.lead_units or lead,
            )
        if where and where[1] is not None:
            context.use(mentions_by_key.get(where[1]), f"programmes[0].projects[{index}].amount")
        builder.projects.append(project)
    categories = list(builder.totals.categories) if builder.totals else []
    for table, root in roots:
        section = reader.section(table, root, keys[id(table)], top=True)
        sections.append(_with_categories(context, section, categories, builder))
    return sections


def _aid_total(table: Table) -> Money | None:
    """The 合计 of a table's one aid column written beside its 总投资 and 自筹 columns."""
    aid = [c for c in table.money() if c.role == "aid"]
    if len(aid) != 1 or table.role("total_investment") is None or table.role("self") is None:
        return None
    column = aid[0]
    for row in table.rows:
        if row.kind != "total":
            continue
        cell = row_figures(row, table).cells.get(column.index)
        value = None if cell is None else to_decimal(cell.text)
        if value is None:
            return None
        try:
            return Money.from_yuan(value) if column.unit == "元" else Money.from_wan(value)
        except AidModelError:
            return None
    return None


def _units(node: Node) -> tuple[list[str], list[str]]:
    heading = node.heading
    assert heading is not None
    first = Span(heading.line, heading.rest, len(heading.line.text))
    return item_units(first if heading.rest < len(heading.line.text) else None, node.body)


def _ids(section: TableSection, prefix: str) -> None:
    section.id = prefix
    for index, child in enumerate(section.children, start=1):
        _ids(child, f"{prefix}.{index}")


def _with_categories(
    context: Context, section: Section, categories: list[Category], builder: _Builder
) -> Section:
    """A table's category sections take the counts the totals paragraph declares for them."""
    count = section.declared_count
    if count is None and section.subsections == ():
        match = next((c for c in categories if _affinity(c.name, section.title) > 0), None)
        if match is not None:
            count = match.count
            categories.remove(match)
    return attrs.evolve(
        section,
        declared_count=count,
        subsections=[
            _with_categories(context, s, categories, builder) for s in section.subsections
        ],
    )


def _read(context: Context, lines: Sequence[Line]) -> Programme | None:
    header = read_header(lines)
    fields = _header_fields(context, header, lines)
    tables = find_tables(lines)
    read: list[Table] = []
    floor = 0
    for start, end in tables:
        table = read_table(lines, start, end, floor)
        floor = end
        if table.role("name") is None or not table.money():
            context.warn(
                start,
                WarningCode.TABLE_NOT_READ,
                f"the table on lines {start}-{end} ({lines[start - 1].text[:20]!r} ...) is not "
                "read: its header names no 项目名称 or no money column",
            )
            continue
        read.append(table)
    if fields is None:
        if header.title is None and any("简报" in line.norm for line in lines[:20]):
            span = _range([line for line in lines if not is_chrome(line)])
            if span is not None:
                context.warn(
                    span[0],
                    WarningCode.TEXT_NOT_READ,
                    f"lines {span[0]}-{span[1]} are a bulletin (简报); its summaries are not read",
                )
        return None
    table_start = min(
        (t.title_start for t in read), default=min((a for a, _ in tables), default=len(lines) + 1)
    )
    body: list[Line] = []
    tail: list[Line] = []
    for line in lines:
        if line.number < header.body_start or line.number in header.used:
            continue
        if is_chrome(line):
            if not tail and line.number < table_start:
                body.append(line)  # a page number: reading_lines drops it, a cut sentence goes on
            continue
        if tail or is_tail(line) or line.number >= table_start:
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
        if heading is not None and heading.level == 2:
            break
        if heading is None or (heading.has_text and _FUNDS_HEADING.search(heading.title)):
            # 一、资金规模。2023年，…安排…资金2480万元: the heading's sentence is the totals'.
            candidates.append(line)
    totals_line = find_totals_line(candidates)
    totals = read_totals(totals_line) if totals_line is not None else None
    if (
        totals is not None
        and totals.fund is not None
        and any(_aid_total(table) == totals.fund.mention.amount for table in read)
    ):
        # A table splits the money into aid and 自筹, and the aid's 合计 is the total: the
        # total is the fund the aid is drawn from (东西部协作财政援助资金).
        totals = attrs.evolve(totals, sources=(totals.fund,))
    fund_sources, refs = _sources(context, totals)
    builder = _Builder(context, totals, refs, tables=bool(read))
    builder.read(outline(body))
    if read:
        table_sections = _read_tables(context, lines, read, builder, fund_sources, fields)
    else:
        builder.assign_categories()
        table_sections = []
    builder.note(tail)
    sections = [builder.build(plan) for plan in builder.sections] + table_sections
    extra: dict[str, object] = {}
    if totals is not None:
        _upper(context, totals)
        if totals.total is not None and totals.total.amount is not None:
            extra["declared_total"] = totals.total.amount
            context.use(totals.total, "programmes[0].declared_total")
        extra["declared_total_upper"] = totals.upper
        extra["declared_project_count"] = totals.project_count
    try:
        return Programme(
            **fields,  # type: ignore[arg-type]
            **extra,  # type: ignore[arg-type]
            fund_sources=fund_sources,
            sections=sections,
            projects=builder.projects,
            mechanisms=builder.mechanisms,
            commitments=builder.targets(),
            notes=[text for _, text in sorted(builder.notes)],
            provenance=context.at(
                1, max((line.number for line in lines if not line.blank), default=1)
            ),
        )
    except AidModelError as error:  # pragma: no cover - the parts are built to fit
        context.warn(None, WarningCode.NO_PROGRAMME, f"the programme cannot be built: {error}")
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
    [('100万元', 'programmes[0].declared_total'), ('100万元', 'programmes[0].projects[0].amount')]
    >>> parse_plan(None)
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidTypeError: parse_plan: a NoneType is not text; expected a str, got None
    """
    if not isinstance(text, str):
        raise InvalidTypeError(
            "parse_plan", f"a {type(text).__name__} is not text", expected="a str", got=text
        )
    if source is not None and not isinstance(source, str):
        raise InvalidTypeError(
            "parse_plan(source=...)",
            f"a {type(source).__name__} is not text",
            expected="a str or None",
            got=source,
        )
    if source is not None and not source.strip():
        raise InvalidValueError(
            "parse_plan(source=...)", "blank text", expected="a file name, URL or None", got=source
        )
    lines = split_lines(text)
    context = Context(source)
    programmes = read_bulletin(context, lines)
    if programmes is None:
        programme = _read(context, lines)
        programmes = () if programme is None else (programme,)
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
                if mention.amount is None:
                    message = f"'{mention.text}' cannot be represented as an amount"
                    code = WarningCode.UNREADABLE
                else:
                    message = f"'{mention.text}' is not in the programme"
                    code = WarningCode.AMOUNT_NOT_USED
                context.warn(mention.line, code, message)
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
