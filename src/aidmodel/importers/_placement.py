"""Attachment tables placed into the prose of a plan: rows into the items they belong to (private)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

import attrs

from aidmodel.importers._attach import Reader, RowItem, TableSection
from aidmodel.importers._builder import (
    Builder,
    SectionPlan,
    affinity,
    funds_mentions,
    plan_title,
    walk_plans,
)
from aidmodel.importers._context import Context
from aidmodel.importers._lines import Line, Mention, mentions
from aidmodel.importers._projects import (
    Span,
    item_units,
)
from aidmodel.importers._result import WarningCode
from aidmodel.importers._sections import Node
from aidmodel.importers._tables import (
    Table,
    cell_money,
    row_figures,
    squeeze,
)
from aidmodel.importers._totals import Category
from aidmodel.messages import N_
from aidmodel.model import (
    FundSource,
    MechanismTask,
    Section,
)
from aidmodel.money import Money

__all__ = ["aid_total", "read_tables", "with_categories"]


def place_rows(
    context: Context, builder: Builder, reader: Reader, table: Table, items: Sequence[RowItem]
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
            fits = [p for p in funded if affinity(squeeze(category), plan_title(p)) > 0]
            if len(fits) == 1:
                match[category] = fits[0]
        if len(match) == len(categories):
            for item in items:
                placed[id(item)] = (match[item.category or ""].id, None)
            return placed
    amounts = [reader.amount_of(table, item) for item in items]
    free = [True] * len(items)
    singles: list[tuple[SectionPlan, Mention]] = []
    for plan in funded:
        for mention, count in funds_mentions(plan.node):
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


def read_tables(
    context: Context,
    lines: Sequence[Line],
    read: Sequence[Table],
    builder: Builder,
    fund_sources: list[FundSource],
    fields: dict[str, object] | None,
) -> list[Section]:
    year = fields.get("year") if fields else None
    known = [s.amount for s in fund_sources if s.amount is not None and s.in_total]
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
    builder.notes.extend(reader.changes)
    placement: dict[int, tuple[str, str | None]] = {}
    above = _parts_above(builder, [table for table, _ in reader.tables])
    for table, root in reader.tables:
        items = [item for t, item in reader.items if t is table]
        if not root.children:
            owner = above.get(id(table))
            placed = (
                {id(item): (owner.id, None) for item in items}
                if owner is not None
                else place_rows(context, builder, reader, table, items)
            )
            if 0 < len(placed) < len(items) and _adds_up(reader, table, root, items):
                # A table whose rows add up to its 合计 and of which only some rows fit items
                # of the text (a change of 实施单位 named in a notice's prose): the table stays
                # whole in its own section.
                placed = {}
            placement.update(placed)
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
        number_sections(root, f"attachment-{attachment.group(1)}" if attachment else str(number))
        roots.append((table, root))
        if len(unplaced) < len(items):
            for item in unplaced:
                context.warn(
                    item.row.first,
                    WarningCode.ROW_NOT_PLACED,
                    N_(
                        "the row %(row)r on line %(line)s belongs to no item of the text; "
                        "it is put in the section of its table %(table)r"
                    ),
                    params={"row": item.row.cell(0), "line": item.row.first, "table": root.title},
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
    units_of = {plan.id: prose_units(plan.node) for plan in builder.funded}
    for table, item in reader.items:
        where = placement.get(id(item))
        section_id = where[0] if where else item.section.id
        index = len(builder.projects)
        project = reader.project(table, item, index, section_id, keys[id(table)])
        if project is None:
            continue
        if reader.duty(table, item):
            # 3 | 选派研究生支教团成员10名… | — | 共青团…委员会 | 2025年9月: a duty of the sheet.
            builder.mechanisms.append(
                MechanismTask(
                    number=project.number,
                    title=project.name,
                    section=project.section,
                    units=project.units,
                    lead_units=project.lead_units,
                    deadline=project.deadline,
                    provenance=project.provenance,
                )
            )
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
        path = f"programmes[0].sections[{len(builder.sections) + len(sections)}]"
        sections.append(with_categories(context, section, categories, builder, path))
    return sections


def _parts_above(builder: Builder, tables: Sequence[Table]) -> dict[int, SectionPlan]:
    """The part of the text each table stands under where every table has a part of its own
    that carries money (（一）产业发展类项目4个，安排资金1460万元 / its table / （二）… / its
    table): the rows of each are that part's projects. ``{}`` for any other text."""
    plans = [
        plan
        for top in builder.sections
        for plan in walk_plans(top)
        if plan.node.heading is not None
    ]
    found: dict[int, SectionPlan] = {}
    for table in tables:
        before = [
            p
            for p in plans
            if p.node.heading is not None and p.node.heading.line.number < table.start
        ]
        if not before:
            return {}
        nearest = max(before, key=lambda p: p.node.heading.line.number if p.node.heading else 0)
        if nearest not in builder.funded or nearest in found.values():
            return {}
        found[id(table)] = nearest
    return found if len(found) >= 2 else {}


def _adds_up(reader: Reader, table: Table, root: TableSection, items: Sequence[RowItem]) -> bool:
    """Whether a table's rows add up to the 合计 it writes for its amount column."""
    column = reader.amount_col(table)
    if column is None or not root.figures:
        return False
    total = cell_money(root.figures.get(column.index), column)
    found = Money.from_yuan(0)
    for item in items:
        money = cell_money(item.figures.cells.get(column.index), column)
        if money is not None:
            found += money
    return total is not None and found == total


def aid_total(table: Table) -> Money | None:
    """The 合计 of a table's one aid column written beside its 总投资 and 自筹 columns."""
    aid = [c for c in table.money() if c.role == "aid"]
    if len(aid) != 1 or table.role("total_investment") is None or table.role("self") is None:
        return None
    column = aid[0]
    totals = [row for row in table.rows if row.kind == "total"]
    # Without a 合计 row, the aid column's rows add up to its total.
    rows = totals[:1] or [row for row in table.rows if row.kind == "item"]
    found = Money.from_yuan(0)
    for row in rows:
        money = cell_money(row_figures(row, table).cells.get(column.index), column)
        if money is None:
            return None
        found += money
    return found if rows else None


def prose_units(node: Node) -> tuple[list[str], list[str]]:
    heading = node.heading
    assert heading is not None
    first = Span(heading.line, heading.rest, len(heading.line.text))
    return item_units(first if heading.rest < len(heading.line.text) else None, node.body)


def number_sections(section: TableSection, prefix: str) -> None:
    section.id = prefix
    for index, child in enumerate(section.children, start=1):
        number_sections(child, f"{prefix}.{index}")


def with_categories(
    context: Context,
    section: Section,
    categories: list[Category],
    builder: Builder,
    path: str = "programmes[0].sections[0]",
) -> Section:
    """A table's category sections take the counts the totals paragraph declares for them,
    and the amounts (产业发展类项目5个1260万元) where the table gives them none."""
    count, amount = section.declared_count, section.declared_amount
    if count is None and section.subsections == ():
        match = next((c for c in categories if affinity(c.name, section.title) > 0), None)
        if match is not None:
            count = match.count
            categories.remove(match)
            if amount is None and match.mention is not None and match.mention.amount is not None:
                amount = match.mention.amount
                context.use(match.mention, f"{path}.declared_amount")
    return attrs.evolve(
        section,
        declared_count=count,
        declared_amount=amount,
        subsections=[
            with_categories(context, s, categories, builder, f"{path}.subsections[{k}]")
            for k, s in enumerate(section.subsections)
        ],
    )
