"""Attachment tables into projects and sections (private).

A table's item rows become :class:`~aidmodel.Project` objects, its category rows
sections with the figures of their 小计 row, its 合计 row the figures of the table's
section. A project's ``amount`` is the table's aid column: the 合计 of its money
group, else the aid of the plan's year, else its one aid column, else its 总投资;
the other money columns are its funding shares.

Rows that lost a cell are read with their own sums and then the table's 合计 row:
of the ways to put the figures under the money columns, the one whose column sums
equal the 合计 is taken, with a ``cell_lost`` warning; where none or several fit, the
row keeps its cells as written in ``remarks`` and is warned about.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

import attrs

from aidmodel.errors import AidModelError
from aidmodel.importers._context import Context
from aidmodel.importers._lines import (
    Line,
    Mention,
    date_parts,
    mentions,
    normalise,
    period_dates,
)
from aidmodel.importers._projects import SourceRef, Span, fresh_key, read_commitments, split_units
from aidmodel.importers._result import WarningCode
from aidmodel.importers._sections import read_heading
from aidmodel.importers._tables import (
    Cell,
    Column,
    Figures,
    Row,
    Table,
    cell_money,
    row_figures,
    squeeze,
    to_decimal,
)
from aidmodel.importers.lexicon.columns import MONEY_ROLES, SOURCE_ROLES
from aidmodel.importers.lexicon.funds import COLUMN_KINDS
from aidmodel.messages import N_
from aidmodel.model import (
    Commitment,
    DateSpan,
    FundingShare,
    FundSource,
    FundSourceKind,
    PartialDate,
    Project,
    ProjectStatus,
    Section,
)
from aidmodel.money import Money

__all__ = ["Reader", "RowItem", "TableSection", "amount_column"]

#: The short name of a source column in the key of a table's own source (a1-fiscal).
_SHORT: Final = {"aid": "fiscal", "self": "self", "enterprise": "enterprise"}
_UNIT_PART: Final = re.compile(r"(?P<unit>[^、,，;；()（）\d]+?)\s*(?P<figure>\d+(?:\.\d+)?)\s*万")
_SPLIT_CELL: Final = re.compile(r"^\s*(?P<figure>\d+(?:\.\d+)?)\s*[(（](?P<inner>.*)[)）]\s*$")
_STATUS: Final = {"新建": ProjectStatus.NEW, "续建": ProjectStatus.CONTINUED}


@attrs.define
class TableSection:
    """A section of a table: the table itself, or a category row with its 小计."""

    number: str | None
    title: str
    level: int
    first: int
    last: int
    count: int | None = None
    figures: dict[int, Cell] = attrs.field(factory=dict)
    subtotal: bool = False
    children: list[TableSection] = attrs.field(factory=list)
    items: list[int] = attrs.field(factory=list)
    id: str = ""
    #: The amount its heading writes in a bracket (一、产业发展项目（4个，640万元）).
    mention: Mention | None = None


@attrs.define
class RowItem:
    """An item row and what is known of its money."""

    row: Row
    figures: Figures
    section: TableSection
    category: str | None


def _cancelled(
    row: Row, figures: Figures, name: int | None = None, before: int | None = None
) -> bool:
    """Whether a row says it is cancelled (取消, 已取消; or its name under 调整后 is a dash,
    —; or it had money before the change, in the column ``before``) and leaves no money to
    it (0, 0.00, or a dash where its money after the change stands)."""
    dashed = name is not None and _PLACEHOLDER.fullmatch(squeeze(row.cell(name))) is not None
    had = before is not None and (to_decimal(row.cell(before)) or 0) > 0
    if (
        not dashed
        and not had
        and not any(_CANCELLED.search(squeeze(cell.text)) for cell in row.cells)
    ):
        return False
    if not dashed and any(_PLACEHOLDER.fullmatch(squeeze(cell.text)) for cell in row.cells):
        return True  # 200 | — | … | 取消: its money after the change is a dash
    values = [to_decimal(cell.text) for cell in figures.cells.values()]
    if not values and not dashed:
        # 180 | 取消 | 取消: the word stands where its money after the change would.
        return True
    return bool(values) and all(value is not None and value <= 0 for value in values[-1:])


_CANCELLED: Final = re.compile("^(?:已|予以)?取消(?:实施)?$|已取消|取消实施|[,，;；]取消$")
# A cell that holds no name: —, －, /, 无.
_PLACEHOLDER: Final = re.compile("[\u2014\u2013\uff0d/-]{1,2}|无")
# The end of a project's name (…项目, …工程); a duty's words end otherwise (…驻点帮扶).
_PROJECT_NAME_END: Final = re.compile(r"(?:项目|工程)(?:[(（][^()（）]*[)）])?$")
# A row that lost a cell, read one way: (the cell is lost after its figures, one reading only).
_LOST_CELL: Final = {
    (True, True): N_(
        "row %(row)r (%(name)s) lost a cell after its figures: its figures %(figures)s are "
        "read as %(columns)s, the only reading in which the row adds up"
    ),
    (False, True): N_(
        "row %(row)r (%(name)s) lost a cell among them: its figures %(figures)s are read as "
        "%(columns)s, the only reading in which the row adds up"
    ),
    (True, False): N_(
        "row %(row)r (%(name)s) lost a cell after its figures: its figures %(figures)s are "
        "read as %(columns)s, of %(count)s readings in which the row adds up, the one whose "
        "column sums equal the 合计 row"
    ),
    (False, False): N_(
        "row %(row)r (%(name)s) lost a cell among them: its figures %(figures)s are read as "
        "%(columns)s, of %(count)s readings in which the row adds up, the one whose column "
        "sums equal the 合计 row"
    ),
}


@attrs.define
class Reader:
    """Reads the tables of one plan into projects and sections."""

    context: Context
    lines: Sequence[Line]
    year: int | None
    refs: list[SourceRef]
    fund_sources: list[FundSource]
    source_totals: Money | None
    items: list[tuple[Table, RowItem]] = attrs.field(factory=list)
    created: set[str] = attrs.field(factory=set)
    tables: list[tuple[Table, TableSection]] = attrs.field(factory=list)
    #: The rows of a table of changes read from another table of the adjusted plan, as
    #: written, by line: notes of the programme.
    changes: list[tuple[int, str]] = attrs.field(factory=list)

    # -- structure -------------------------------------------------------------------------

    def add(self, table: Table) -> None:
        number = table.number
        title = table.title or f"lines {table.start}-{table.end}"
        for row in table.rows:
            for cell, column in zip(row.cells, table.columns, strict=False):
                if (
                    column.role in MONEY_ROLES
                    and to_decimal(cell.text) is not None
                    and cell_money(cell, column) is None
                ):
                    self.context.warn(
                        cell.first,
                        WarningCode.UNREADABLE,
                        N_(
                            "the cell '%(cell)s' under %(column)r cannot be an amount in %(unit)s (finer than a fen, or too large)"
                        ),
                        params={
                            "cell": cell.text,
                            "column": column.label,
                            "unit": column.unit or "万元",
                        },
                    )
        if table.money() and not table.unit_stated:
            self.context.warn(
                table.start,
                WarningCode.INFERRED,
                N_(
                    "the table %(title)r does not say whether its money is in 万元 or 元; "
                    "its figures are read as 万元, as plans write them"
                ),
                params={"title": title},
            )
        root = TableSection(number, title, -1, table.title_start, table.end)
        stack: list[TableSection] = [root]
        category_column = table.role("category") or _group_column(table)
        # A 类别 column without category rows, a 小计 row closing each run of a category: each
        # run is a section of the table, the 小计 its figures.
        # A 类别 written only on the first row of its group (a merged cell, empty below) is
        # the category of the rows below it too, and the groups are sections of the table.
        written_on = _merged(table, category_column)
        runs = (
            category_column is not None
            and not any(row.kind == "category" for row in table.rows)
            and (
                any(row.kind == "subtotal" for row in table.rows)
                or bool(written_on)
                # 产业发展 | 1 | … / 民生改善 | 1 | …: a 序号 that starts again with each
                # category numbers the category's own rows.
                or _restarts(table, category_column)
            )
        )
        for row in table.rows:
            if row.kind == "empty":
                continue
            if runs and row.kind == "item" and category_column is not None:
                written = written_on.get(id(row), row.cell(category_column.index))
                current = stack[-1]
                if squeeze(written) and (
                    current is root
                    or current.subtotal
                    or squeeze(current.title) != squeeze(written)
                ):
                    del stack[1:]
                    section = TableSection(None, written, 0, row.first, row.last)
                    root.children.append(section)
                    stack.append(section)
            if row.kind == "category":
                heading = read_heading(
                    Line(row.first, row.heading, row.heading, _norm(row.heading))
                )
                if heading is not None:
                    level, number_text, title_text = heading.level, heading.number, heading.title
                else:
                    level, number_text, title_text = 0, None, row.heading
                while len(stack) > 1 and stack[-1].level >= level:
                    stack.pop()
                section = TableSection(number_text, title_text, level, row.first, row.last)
                figures = row_figures(row, table)
                if figures.cells:
                    # 一  产业发展类  2050: the category row declares its figures.
                    section.subtotal = True
                    section.count = figures.count
                    section.figures = figures.cells
                else:
                    self._bracketed(table, row, section)
                stack[-1].children.append(section)
                stack.append(section)
                continue
            if row.kind in ("total", "subtotal"):
                figures = row_figures(row, table)
                if row.kind == "total":
                    target = root
                else:
                    target = next((s for s in reversed(stack[1:]) if not s.subtotal), stack[-1])
                target.subtotal = True
                target.count = figures.count
                target.figures = figures.cells
                target.last = max(target.last, row.last)
                if figures.realigned:
                    self.context.warn(
                        row.first,
                        WarningCode.CELL_LOST,
                        N_(
                            "the %(row)s row of %(table)r writes its figures %(figures)s one "
                            "cell away from their columns; they are read in the order of the "
                            "money columns (%(columns)s)"
                        ),
                        params={
                            "row": squeeze(row.cell(0)) or "小计",
                            "table": target.title,
                            "figures": " / ".join(c.text for c in figures.cells.values()),
                            "columns": " / ".join(_label(table, i) for i in figures.cells),
                        },
                    )
                continue
            category = None
            if category_column is not None:
                category = written_on.get(id(row), row.cell(category_column.index)) or None
            figures = row_figures(row, table)
            named, before = table.role("name"), table.role("before")
            if _cancelled(
                row,
                figures,
                named.index if named is not None else None,
                before.index if before is not None else None,
            ):
                # 9  南阳镇村组道路硬化项目  420  0  -420  取消: not in the adjusted plan.
                self.context.warn(
                    row.first,
                    WarningCode.ROW_NOT_PLACED,
                    N_(
                        "the row %(row)r (%(cells)s) is cancelled (取消) with nothing left to it; "
                        "it is no project of the plan"
                    ),
                    params={
                        "row": row.cell(0),
                        "cells": " / ".join(c.text for c in row.cells if c.text),
                    },
                )
                continue
            item = RowItem(row, figures, stack[-1], category)
            for section in stack:
                section.last = max(section.last, row.last)
            self.items.append((table, item))
        self.tables.append((table, root))

    # -- lost cells ------------------------------------------------------------------------

    def resolve(self) -> None:
        self._drop_changes()
        for table, root in self.tables:
            rows = [item for t, item in self.items if t is table]
            lost = [item for item in rows if item.figures.lost]
            if not lost:
                continue
            merged = [_merge(item.figures.readings, table) for item in lost]
            fixed = {i: Decimal(0) for i in (c.index for c in table.money())}
            for item in rows:
                if not item.figures.lost:
                    for index, cell in item.figures.cells.items():
                        value = to_decimal(cell.text)
                        if value is not None:
                            fixed[index] += value
            wanted = {i: to_decimal(c.text) for i, c in root.figures.items()}
            choices: list[list[int]] = [[] for _ in lost]
            if wanted and all(merged) and _product_size(merged) <= 4096:
                for combo in itertools.product(*[range(len(m)) for m in merged]):
                    sums = dict(fixed)
                    for item_readings, pick in zip(merged, combo, strict=True):
                        for index, cell in item_readings[pick].items():
                            value = to_decimal(cell.text)
                            if value is not None:
                                sums[index] = sums.get(index, Decimal(0)) + value
                    if all(v is None or sums.get(i) == v for i, v in wanted.items()):
                        for k, pick in enumerate(combo):
                            if pick not in choices[k]:
                                choices[k].append(pick)
            for k, item in enumerate(lost):
                written = " / ".join(c.text or "(empty)" for c in item.row.cells)
                name = _name_of(item, table)
                if len(merged[k]) == 1 or len(choices[k]) == 1:
                    pick = 0 if len(merged[k]) == 1 else choices[k][0]
                    reading = merged[k][pick]
                    item.figures = Figures(
                        reading, item.figures.count, lost=True, in_place=item.figures.in_place
                    )
                    self.context.warn(
                        item.row.first,
                        WarningCode.CELL_LOST,
                        _LOST_CELL[item.figures.positional, len(merged[k]) == 1],
                        params={
                            "row": item.row.cell(0),
                            "name": name,
                            "figures": " / ".join(c.text for c in reading.values()),
                            "columns": " / ".join(_label(table, i) for i in reading),
                            "count": len(merged[k]),
                        },
                    )
                else:
                    item.figures = Figures({}, item.figures.count, lost=True)
                    self.context.warn(
                        item.row.first,
                        WarningCode.CELL_LOST,
                        N_(
                            "row %(row)r (%(name)s) lost a cell and which column each figure "
                            "belongs to cannot be decided; its cells are kept as written: "
                            "%(written)s"
                        ),
                        params={"row": item.row.cell(0), "name": name, "written": written},
                    )

    def _bracketed(self, table: Table, row: Row, section: TableSection) -> None:
        """A category row alone in its line that writes its count and money in a bracket
        after its title (一、产业发展项目（4个，640万元）): the section's figures."""
        found = _BRACKET_FIGURES.search(_norm(row.heading))
        amount_col = self.amount_col(table)
        if found is None or amount_col is None:
            return
        if found.group("count"):
            section.count = int(found.group("count"))
        line = self.lines[row.first - 1]
        written = [m for m in mentions(line) if m.amount is not None]
        if len(written) != 1 or written[0].amount is None:
            return
        money = written[0].amount
        value = money.to_wan() if amount_col.unit == "万元" else money.yuan
        section.figures = {amount_col.index: Cell(f"{value:f}", row.first, row.last)}
        section.subtotal = True
        section.mention = written[0]

    def _drop_changes(self) -> None:
        """A table of changes (原计划 | 调整后 | 增减) beside a table of the whole adjusted plan
        that lists each changed project again: the changes are no projects of their own."""
        whole = [t for t, _ in self.tables if t.role("before") is None]
        for table, _ in list(self.tables):
            if table.role("before") is None:
                continue
            names = {_norm(_name_of(item, table)) for t, item in self.items if t is table}
            plan = next(
                (
                    other
                    for other in whole
                    if names
                    and names
                    <= {_norm(_name_of(item, other)) for t, item in self.items if t is other}
                ),
                None,
            )
            if plan is None:
                continue
            title = table.title or f"lines {table.start}-{table.end}"
            self.changes += [
                (
                    item.row.first,
                    f"{title}: " + " / ".join(c.text for c in item.row.cells if c.text),
                )
                for t, item in self.items
                if t is table
            ]
            self.items = [(t, item) for t, item in self.items if t is not table]
            self.tables = [(t, root) for t, root in self.tables if t is not table]
            self.context.warn(
                table.start,
                WarningCode.TABLE_NOT_READ,
                N_(
                    "the table on lines %(first)s-%(last)s (%(title)s) lists the changes; each "
                    "changed project is read from the adjusted plan's table on lines "
                    "%(plan_first)s-%(plan_last)s"
                ),
                params={
                    "first": table.start,
                    "last": table.end,
                    "title": table.title or "?",
                    "plan_first": plan.start,
                    "plan_last": plan.end,
                },
            )

    # -- building ----------------------------------------------------------------------------

    def duty(self, table: Table, item: RowItem) -> bool:
        """Whether a row is a duty, not a project: a dash where its money stands (—) and a
        name that is no project's (选派研究生支教团成员10名…, in a sheet of 重点任务)."""
        column = self.amount_col(table)
        named = table.role("name")
        if column is None or named is None:
            return False
        name = squeeze(item.row.cell(named.index))
        return (
            _PLACEHOLDER.fullmatch(squeeze(item.row.cell(column.index))) is not None
            and _PROJECT_NAME_END.search(name) is None
        )

    def amount_col(self, table: Table) -> Column | None:
        """The column that is a project's amount: :func:`amount_column`, except that where it
        would be the 总投资 of a table with an aid column besides 自筹/企业, the aid column whose
        合计 equals the money the text declares (对口支援资金2650万元) is."""
        column = amount_column(table, self.year)
        if column is None or column.role != "total_investment" or self.source_totals is None:
            return column
        root = next((r for t, r in self.tables if t is table), None)
        if root is None:
            return column
        aid = [
            c
            for c in table.money()
            if c.role == "aid" and self.column_total(table, root, c) == self.source_totals
        ]
        return aid[0] if len(aid) == 1 else column

    def _beside(self, table: Table, root: TableSection, amount: Column, column: Column) -> bool:
        """Whether a 自筹 or 企业 column stands beside a project's amount, outside it: the
        amount's 合计 is that of the other source columns without it (项目总投资 | 对口协作资金
        小计 = 市级 + 区级 | 地方配套及自筹)."""
        if column.role not in ("self", "enterprise") or amount.role == "total_investment":
            return False
        whole = self.column_total(table, root, amount)
        others = [
            self.column_total(table, root, c)
            for c in table.money()
            if c.role in SOURCE_ROLES and c is not amount and c is not column
        ]
        if whole is None or not others or any(total is None for total in others):
            return False
        return sum((t for t in others if t is not None), Money.from_yuan(0)) == whole

    def column_total(self, table: Table, root: TableSection, column: Column) -> Money | None:
        """A money column's 合计, or the sum of its rows where the table writes no 合计."""
        if root.figures:
            return cell_money(root.figures.get(column.index), column)
        total = Money.from_yuan(0)
        for owner, item in self.items:
            if owner is not table:
                continue
            money = cell_money(item.figures.cells.get(column.index), column)
            if money is None:
                return None
            total += money
        return total

    def sources_of(self, table: Table) -> dict[int, str | None]:
        """The fund source key of each source column of a table (new sources added)."""
        keys: dict[int, str | None] = {}
        root = next(r for t, r in self.tables if t is table)
        declared = [ref for ref in self.refs if ref.in_total and ref.key not in self.created]
        amount_col = self.amount_col(table)
        source_columns = [
            c for c in table.money() if c.role in SOURCE_ROLES and c is not amount_col
        ]
        for column in table.money():
            if (
                column is amount_col
                and column.role == "aid"
                and len(declared) == 1
                and self.column_total(table, root, column) == self.source_totals
            ):
                # The aid column whose 合计 is the one fund the text declares draws on it.
                keys[column.index] = declared[0].key
                continue
            if (column.role not in SOURCE_ROLES or column is amount_col) and (
                column.role != "year_aid"
                or (self.refs and self.column_total(table, root, column) == self.source_totals)
            ):
                # (The year's aid whose 合计 is the money the text declares is the amount
                # drawn on the declared sources, no source of its own.)
                continue
            kind = COLUMN_KINDS.get(column.role or "", FundSourceKind.FISCAL_AID)
            total = cell_money(root.figures.get(column.index), column)
            # A source column whose 合计 is the amount of one fund the text declares, and of
            # no other, draws on that fund (衔接资金 480万元 in the text, 4,800,000.00 under
            # the table's 衔接资金): the columns are the declared sources, not new ones.
            amounts = {f.key: f.amount for f in self.fund_sources}
            equal = [
                ref
                for ref in declared
                if total is not None
                and amounts.get(ref.key) == total
                and ref.key not in keys.values()
                # (其他资金 or 自筹 is no aid fund the text declares, whatever its 合计.)
                and (column.role != "self" or ref.kind is kind)
                and column.role != "earlier"  # (the years before draw on no fund of this year)
            ]
            if len(equal) == 1 and sum(a == total for a in amounts.values()) == 1:
                keys[column.index] = equal[0].key
                continue
            # 结对区区级帮扶资金 over a table whose text declares 上城区区级帮扶资金: the declared
            # source whose name ends as the column's does (区级帮扶资金), where one does.
            labels = {f.key: f.label or "" for f in self.fund_sources}
            ending = [
                ref
                for ref in declared
                if ref.key not in keys.values()
                and column.role != "earlier"
                and _shared_ending(squeeze(column.label), squeeze(labels.get(ref.key, ""))) >= 5
            ]
            if len(ending) == 1:
                keys[column.index] = ending[0].key
                continue
            # 其中：江苏省财政援助资金 | 结对县（市）帮扶资金 beside two declared sources, the first
            # column named as the first source: the last column left is the source left.
            left = [ref for ref in declared if ref.key not in keys.values()]
            if (
                len(left) == 1
                and len(source_columns) == len(declared) >= 2
                and column is source_columns[-1]
                and column.role == "aid"
            ):
                keys[column.index] = left[0].key
                continue
            # 县级配套 | 群众（企业）自筹 beside the aid, whose 合计 are the 县级配套资金380万元 and
            # 群众和企业自筹资金180万元 the text names outside the plan's money: those sources.
            outside = [
                ref
                for ref in self.refs
                if not ref.in_total
                and ref.key not in self.created
                and ref.key not in keys.values()
                and total is not None
                and amounts.get(ref.key) == total
            ]
            if column.role in ("self", "enterprise") and len(outside) == 1:
                keys[column.index] = outside[0].key
                continue
            same = [ref for ref in self.refs if ref.kind is kind and ref.key not in self.created]
            if (
                column.role == "aid"
                and self.refs
                and total is not None
                and (total == self.source_totals)
            ):
                keys[column.index] = same[0].key if len(same) == 1 and len(self.refs) == 1 else None
                continue
            if len(same) == 1 and column.role != "year_aid":
                keys[column.index] = same[0].key
                continue
            key = str(column.year) if column.role == "year_aid" and column.year else kind.value
            scope = root.id or None
            if scope is not None:
                # A table with a section of its own (附件1) has its own sources: their
                # 合计 is the table's, so they are scoped to it and named after it (a1-self).
                number = re.fullmatch(r"attachment-(\d+)", scope)
                key = f"{'a' + number.group(1) if number else scope}-{_SHORT.get(column.role or '', key)}"
            key = fresh_key(key, (ref.key for ref in self.refs))
            in_total = (
                (column.year is None or self.year is None or column.year == self.year)
                and column.role != "earlier"  # (the money of the years before)
                and (
                    # 自筹 beside an aid amount is not part of the money the plan declares, nor
                    # beside the 小计 of the aid's columns that leaves it out.
                    amount_col is None
                    or (
                        amount_col.role != "aid"
                        # (配套 beside the year's aid: no more part of the plan's money)
                        and not (
                            amount_col.role == "year_aid" and column.role in ("self", "enterprise")
                        )
                        and not self._beside(table, root, amount_col, column)
                    )
                )
            )
            self.refs.append(SourceRef(key, kind, in_total))
            self.created.add(key)
            self.fund_sources.append(
                FundSource(
                    key=key,
                    kind=kind,
                    label=column.label,
                    year=column.year,
                    amount=total,
                    in_total=in_total,
                    section=scope,
                    provenance=self.context.at(column.line),
                )
            )
            keys[column.index] = key
        return keys

    def _progress_figures(self, table: Table, row: Row, path: str) -> list[Commitment]:
        """The figures a row's 实施进度 cell writes (已完工，新建小米加工生产线1条): what the
        project does, which a report's reader keeps as what was done."""
        column = table.role("progress")
        span = self._cell_span(row.at(column.index) if column is not None else None)
        return read_commitments(self.context, [span], path) if span is not None else []

    def _cell_span(self, cell: Cell | None) -> Span | None:
        """Where a cell written on one line stands in that line, or ``None``."""
        if cell is None or not cell.text or cell.last != cell.first:
            return None
        if not 0 < cell.first <= len(self.lines):
            return None
        line = self.lines[cell.first - 1]
        at = line.text.find(cell.text)
        return Span(line, at, at + len(cell.text)) if at >= 0 else None

    def _money_sentence(self, cell: Cell | None, path: str) -> tuple[Money, Money | None] | None:
        """The amount and total investment a money cell writes as words (粤黔协作资金280万元,
        or 总投资480万元，其中粤黔协作资金360万元、企业自筹120万元), or ``None``."""
        span = self._cell_span(cell)
        if span is None:
            return None
        line, at = span.line, span.start
        found = [m for m in mentions(line) if at <= m.start < span.end and m.amount is not None]
        if not found:
            return None
        investment = None
        if _INVESTMENT_OPENS.match(line.norm, at) and len(found) >= 2:
            investment, found = found[0], found[1:]
        aid = next((m for m in found if _AID_BEFORE.search(line.norm, at, m.start)), found[0])
        if len(found) > 1 and not _AID_BEFORE.search(line.norm, at, aid.start):
            return None  # (several sums, none named aid: which is the project's is not said)
        assert aid.amount is not None
        self.context.use(aid, f"{path}.amount")
        if investment is not None:
            self.context.use(investment, f"{path}.total_investment")
        return aid.amount, investment.amount if investment is not None else None

    def named_sources(self, labels: Sequence[str]) -> list[str | None]:
        """The key of the declared fund source each label names (学校本级 of 学校本级投入,
        校友及社会捐赠 of 校友及社会捐赠资金, or the whole label within it), where every label
        names exactly one, each another; else ``None`` for all."""
        keys = self._one_each(labels, either_way=True)
        return list(keys) if keys is not None else [None] * len(labels)

    def drawn_on(self, parts: Sequence[FundingShare]) -> list[str]:
        """The keys of the declared fund sources a cell's parts name, one each (学校直接投入 of
        2025年学校直接投入帮扶资金); ``[]`` unless every part names exactly one, each another."""
        keys = self._one_each([part.unit for part in parts], either_way=False)
        return keys if keys is not None and len(keys) >= 2 else []

    def _one_each(self, labels: Sequence[str | None], *, either_way: bool) -> list[str] | None:
        """The keys of the declared sources (in the total) whose labels hold each of
        ``labels`` (or, ``either_way``, are held in it), one each, each another; ``None``
        where a label names none, several or one named already."""
        keys: list[str] = []
        for label in labels:
            named = [
                f.key
                for f in self.fund_sources
                if f.in_total
                and label
                and (label in (f.label or "") or (either_way and (f.label or "-") in label))
            ]
            if len(named) != 1 or named[0] in keys:
                return None
            keys.append(named[0])
        return keys

    def project(
        self,
        table: Table,
        item: RowItem,
        index: int,
        section: str | None,
        keys: dict[int, str | None],
    ) -> Project | None:
        row = item.row
        path = f"programmes[0].projects[{index}]"

        def text(role: str) -> str | None:
            column = table.role(role)
            if column is None:
                return None
            return cell_text(column)

        def cell_text(column: Column) -> str | None:
            if item.figures.positional:
                return row.cell(column.index) or None
            written = row.cell(_shifted(table, row, column))
            if not item.figures.cells and to_decimal(written) is not None:
                return None  # an undecided row: a figure is no 责任单位 or 备注
            return written or None

        name = text("name") or text("content")
        if name is None:
            self.context.warn(
                row.first,
                WarningCode.UNREADABLE,
                N_("the row on line %(line)s has no name"),
                params={"line": row.first},
            )
            return None
        amount_col = self.amount_col(table)
        amount = None
        total_investment = None
        funding: list[FundingShare] = []
        for column_index, cell in sorted(item.figures.cells.items()):
            column = table.columns[column_index]
            money = cell_money(cell, column)
            if money is None:
                continue
            if amount_col is not None and column.index == amount_col.index:
                amount = money
            if column.role == "total_investment":
                total_investment = money
                continue
            if column.role == "sum":
                continue
            if column is amount_col and column.role != "year_aid" and column.index not in keys:
                parts = self.parts(cell, f"{path}.funding[{len(funding)}]")
                drawn = self.drawn_on(parts)
                if drawn:
                    # 160（学校直接投入60万、引进帮扶100万）: the parts name the declared fund
                    # sources (学校直接投入帮扶资金, 引进帮扶资金): the project's shares of them.
                    funding.extend(
                        FundingShare(amount=part.amount, source=key, text=part.text)
                        for part, key in zip(parts, drawn, strict=True)
                    )
                elif parts:
                    funding.append(FundingShare(amount=money, parts=parts, text=cell.text))
                continue
            if column is amount_col and column.index not in keys:
                continue  # the year's aid drawn on the declared sources: the amount, no share
            if column.index in keys or column.role in SOURCE_ROLES:
                share_path = f"{path}.funding[{len(funding)}]"
                parts = self.parts(cell, share_path)
                funding.append(
                    FundingShare(
                        amount=money,
                        source=keys.get(column.index),
                        year=column.year,
                        parts=parts,
                        text=cell.text if parts else None,
                    )
                )
        if amount is None and amount_col is not None:
            sentence = self._money_sentence(row.at(amount_col.index), path)
            if sentence is not None:
                # 总投资480万元，其中粤黔协作资金360万元、企业自筹120万元 in the money column:
                # a sentence of the project's money, read as the text would be.
                amount, total_investment = sentence[0], sentence[1] or total_investment
        if (
            amount is None
            and amount_col is None
            and funding
            and all(table.columns[i].role == "aid" for i in item.figures.cells)
        ):
            # 帮扶资金 over 集团本级 | 长江电力, no 合计 column: the project's money is what
            # its aid columns give, added.
            amount = Money.from_yuan(sum((share.amount.yuan for share in funding), Decimal(0)))
        source = table.role("source")
        if source is not None and amount_col is not None and amount is not None and not funding:
            # 1 | 乌骨鸡项目 | 学校本级 | 120 / | | 校友及社会捐赠 | 60: a row per source of the
            # project; its amount is theirs added, each the share of the source it names.
            written = [(row, amount)] + [
                (r, cell_money(r.at(amount_col.index), amount_col)) for r in row.shares
            ]
            if all(money is not None for _, money in written):
                shares = [(squeeze(r.cell(source.index)), money) for r, money in written]
                named = self.named_sources([label for label, _ in shares])
                funding = [
                    FundingShare(amount=money, source=key, text=label)
                    for (label, money), key in zip(shares, named, strict=True)
                    if money is not None
                ]
                amount = Money.from_yuan(sum((s.amount.yuan for s in funding), Decimal(0)))
        remarks: str | None
        if item.figures.lost and not item.figures.cells:
            remarks = " / ".join(c.text for c in row.cells)
        else:
            remarks = text("remarks")
        status = None
        written_status = text("status") or (remarks if remarks in _STATUS else None)
        if written_status is not None:
            status = _STATUS.get(squeeze(written_status))
        start = self.date(text("start"), row.first)
        deadline = self.date(text("deadline"), row.first)
        span = None
        span_text = text("span")
        if span_text:
            # 2025.4-2025.10, 2025年4月—10月, 2026年3-10月.
            dates = period_dates(_norm(span_text))
            # The months, where written, start and end it; the years alone make the span.
            if dates is not None and "月" in dates[0] and dates[1] != dates[0] and start is None:
                start = self.date(dates[0], row.first)
            if dates is not None and "月" in dates[1] and deadline is None:
                deadline = self.date(dates[1], row.first)
            years = re.findall(r"(?:19|20)\d{2}", span_text)
            try:
                if len(years) >= 2:
                    span = DateSpan(PartialDate(int(years[0])), PartialDate(int(years[-1])))
                elif len(years) == 1:
                    span = DateSpan(PartialDate(int(years[0])), PartialDate(int(years[0])))
            except AidModelError as error:
                self.context.warn(
                    row.first,
                    WarningCode.UNREADABLE,
                    N_("建设期限 %(span)r: %(error)s"),
                    params={"span": span_text, "error": str(error)},
                )
        location = text("location")
        # 前方责任单位 and 后方责任单位: every column of units, in order.
        written_units = [
            unit for c in table.columns if c.role == "units" and (unit := cell_text(c))
        ]
        units = "、".join(written_units) or None
        lead = text("lead_units")
        owner = text("owner")
        for cell in row.cells:
            for mention in self.cell_mentions(cell):
                found = next(
                    ((i, s) for i, s in enumerate(funding) if s.amount == mention.amount),
                    None,
                )
                if found is not None:
                    self.context.use(mention, f"{path}.funding[{found[0]}].amount")
                elif amount is not None and mention.amount == amount:
                    self.context.use(mention, f"{path}.amount")
        try:
            return Project(
                number=text("number"),
                name=name,
                section=section,
                category=item.category,
                amount=amount,
                total_investment=total_investment,
                funding=funding,
                locations=[location] if location else [],
                units=split_units(units) if units else ([owner] if owner else []),
                lead_units=split_units(lead) if lead else [],
                owner=owner,
                start=start,
                deadline=deadline,
                span=span,
                status=status,
                content=(text("content") if text("name") else None)
                or "\n".join(d.text for d in row.details)
                or None,
                benefits=text("benefits"),
                remarks=remarks,
                commitments=self._progress_figures(table, row, path),
                text="\n".join(c.text for c in row.cells)
                if table.layout == "flattened"
                else "\n".join(
                    ["\t".join(c.text for c in row.cells), *(d.text for d in row.details)]
                ),
                provenance=self.context.at(row.first, row.last),
            )
        except AidModelError as error:
            self.context.forget(path)
            self.context.warn(
                row.first,
                WarningCode.UNREADABLE,
                N_("the row %(name)r: %(error)s"),
                params={"name": name, "error": str(error)},
            )
            return None

    def amount_of(self, table: Table, item: RowItem) -> Money | None:
        """A row's amount (its cell in the amount column)."""
        column = self.amount_col(table)
        if column is None:
            return None
        return cell_money(item.figures.cells.get(column.index), column)

    def parts(self, cell: Cell, path: str) -> list[FundingShare]:
        split = _SPLIT_CELL.match(_norm(cell.text))
        if split is None:
            return []
        found: list[FundingShare] = []
        for mention in self.cell_mentions(cell):
            line = self.lines[mention.line - 1]
            before = line.norm[: mention.start]
            unit = re.split(r"[、,，;；(（]", before)[-1].strip()
            if mention.amount is None or not unit:
                continue
            self.context.use(mention, f"{path}.parts[{len(found)}].amount")
            found.append(
                FundingShare(
                    amount=mention.amount,
                    unit=unit,
                    text=line.text[mention.start - len(unit) : mention.end],
                )
            )
        return found

    def cell_mentions(self, cell: Cell) -> list[Mention]:
        """The amounts written inside a cell, as mentions of their lines."""
        found = []
        for number in range(cell.first, cell.last + 1):
            line = self.lines[number - 1]
            where = line.text.find(cell.text) if cell.first == cell.last else -1
            for mention in mentions(line):
                if mention.text not in cell.text:
                    continue
                if where >= 0 and not where <= mention.start < where + len(cell.text):
                    continue
                found.append(mention)
        return found

    def date(self, text: str | None, line: int) -> PartialDate | None:
        if not text:
            return None
        parts = date_parts(_norm(squeeze(text)))
        if parts is None:
            year = re.fullmatch(r"((?:19|20)\d{2})", squeeze(text))
            parts = (int(year.group(1)), None, None) if year else None
        if parts is None:
            self.context.warn(
                line, WarningCode.UNREADABLE, N_("%(text)r is not a date"), params={"text": text}
            )
            return None
        try:
            return PartialDate(*parts)
        except AidModelError as error:
            self.context.warn(
                line,
                WarningCode.UNREADABLE,
                N_("%(text)r is not a date: %(error)s"),
                params={"text": text, "error": str(error)},
            )
            return None

    def section(
        self, table: Table, section: TableSection, keys: dict[int, str | None], *, top: bool
    ) -> Section:
        amount_col = self.amount_col(table)
        amount = investment = None
        funding = []
        for index, cell in sorted(section.figures.items()):
            column = table.columns[index]
            money = cell_money(cell, column)
            if money is None:
                continue
            if amount_col is not None and index == amount_col.index:
                amount = money
            if column.role == "total_investment":
                investment = money
            elif column is amount_col and column.role != "year_aid" and index not in keys:
                continue
            elif column.role != "sum" and (index in keys or column.role in SOURCE_ROLES):
                funding.append(FundingShare(amount=money, source=keys.get(index), year=column.year))
        if section.mention is not None:
            path = f"programmes[0].section({section.id!r}).declared_amount"
            self.context.use(section.mention, path)
        return Section(
            id=section.id,
            number=section.number,
            title=section.title,
            declared_count=section.count,
            declared_amount=amount,
            declared_total_investment=investment,
            declared_funding=funding,
            subsections=[self.section(table, s, keys, top=False) for s in section.children],
            provenance=self.context.at(section.first, section.last),
        )


# （4个，640万元）, (3个项目, 资金560万元): the figures in a category's bracket.
_BRACKET_FIGURES: Final = re.compile(
    r"\(\s*(?:(?P<count>\d{1,4})\s*个(?:项目)?\s*[,;、]\s*)?(?:资金|投资)?\s*[\d.,]+\s*(?:万元|元|亿元)\s*\)"
)


def _group_column(table: Table) -> Column | None:
    """The column in which every 小计 row names its group (乡镇 in 骡坪镇小计), when the
    item rows above each 小计 write that name there: the groups are the table's sections."""
    subtotals = [row for row in table.rows if row.kind == "subtotal"]
    if not subtotals or not all(row.heading for row in subtotals):
        return None
    where = {
        next((i for i, c in enumerate(row.cells) if squeeze(c.text) == row.heading + "小计"), -1)
        for row in subtotals
    }
    if len(where) != 1 or -1 in where:
        return None
    index = where.pop()
    return next((c for c in table.columns if c.index == index), None)


def _merged(table: Table, column: Column | None) -> dict[int, str]:
    """The 类别 of each item row of a table that writes it only on the first row of a group
    (a merged cell): by ``id`` of the row; empty when every item row writes its own."""
    if column is None:
        return {}
    carried = ""
    found: dict[int, str] = {}
    merged = False
    run: list[Row] = []
    for row in [*table.rows, None]:
        if row is None or row.kind != "item":
            # A run whose first row writes no 类别 while a row below does: the merged cells
            # were printed with their words at their middle row (PDF text of a sheet).
            centred = _centred(run, column) if run else None
            if centred is not None:
                merged = True
                found.update(centred)
            run, carried = [], ""
            continue
        run.append(row)
        written = row.cell(column.index)
        if squeeze(written):
            carried = written
        elif carried:
            merged = True
        found[id(row)] = carried
    return found if merged else {}


#: The most merged 类别 cells read as centred in one run (each is a level of recursion).
_MOST_CENTRED: Final = 200


def _centred(rows: Sequence[Row], column: Column) -> dict[int, str] | None:
    """The 类别 of each row of a run whose merged cells show their words at their middle
    row, or ``None``: the groups are found from where each word stands (the middle of its
    group, of an even group the upper of its two middle rows, or else the lower) so that
    they tile the run exactly.

    Rows 1-12 with 产业类 on row 3, 乡村类 on row 7 and 就业类 on row 11 are the groups
    1-5, 6-9 and 10-12: no other tiling puts each word in the upper middle of its group.
    """
    marks = [
        (k, row.cell(column.index)) for k, row in enumerate(rows) if squeeze(row.cell(column.index))
    ]
    if not marks or marks[0][0] == 0 or len(marks) > _MOST_CENTRED:
        return None

    failed: set[tuple[int, int, tuple[int, ...]]] = set()  # (no tiling from here: linear)

    def tile(index: int, start: int, offsets: tuple[int, ...]) -> list[int] | None:
        if (index, start, offsets) in failed:
            return None
        if index == len(marks):
            return [] if start == len(rows) else None
        middle = marks[index][0]
        following = marks[index + 1][0] if index + 1 < len(marks) else len(rows)
        for offset in offsets:
            end = 2 * middle - start + offset
            if middle <= end < following or (index + 1 == len(marks) and end == len(rows) - 1):
                rest = tile(index + 1, end + 1, offsets)
                if rest is not None:
                    return [end, *rest]
        failed.add((index, start, offsets))
        return None

    # (The middle rounded down in every group, else up in every group, else either way.)
    ends = tile(0, 0, (0, 1)) or tile(0, 0, (-1, 0)) or tile(0, 0, (0, 1, -1))
    if ends is None:
        return None
    found: dict[int, str] = {}
    start = 0
    for (_, word), end in zip(marks, ends, strict=True):
        for row in rows[start : end + 1]:
            found[id(row)] = word
        start = end + 1
    return found


def _shared_ending(left: str, right: str) -> int:
    """How many characters two names end with alike (区级帮扶资金: 6)."""
    count = 0
    while count < min(len(left), len(right)) and left[-1 - count] == right[-1 - count]:
        count += 1
    return count


def _merge(readings: Sequence[dict[int, Cell]], table: Table) -> list[dict[int, Cell]]:
    """Readings that differ only in which total column (总投资 or 合计) holds the one total
    figure are one reading: the figure is the 合计 (the amount), the 总投资 unknown."""
    total = table.role("total_investment")
    summed = table.role("sum")
    merged: list[dict[int, Cell]] = []
    for reading in readings:
        if (
            total is not None
            and summed is not None
            and total.index in reading
            and summed.index not in reading
        ):
            reading = {summed.index if i == total.index else i: c for i, c in reading.items()}
        if reading not in merged:
            merged.append(reading)
    return merged


def _product_size(options: Sequence[Sequence[object]]) -> int:
    size = 1
    for option in options:
        size *= max(len(option), 1)
    return size


def _label(table: Table, index: int) -> str:
    return table.columns[index].label if index < len(table.columns) else f"column {index + 1}"


def _name_of(item: RowItem, table: Table) -> str:
    column = table.role("name")
    return repr(item.row.cell(column.index)) if column is not None else f"line {item.row.first}"


def _shifted(table: Table, row: Row, column: Column) -> int:
    """Where a column's cell is in a row that lost a cell: columns after the money keep
    their place from the right."""
    money = [c.index for c in table.money()]
    if money and column.index > money[-1]:
        return column.index - (len(table.columns) - len(row.cells))
    return column.index


def _restarts(table: Table, category: Column | None) -> bool:
    """Whether a table's 序号 starts again at 1 wherever its category column changes, and
    only there (two categories at least)."""
    number = table.role("number")
    if category is None or number is None:
        return False
    items = [row for row in table.rows if row.kind == "item"]
    changes = 0
    previous: str | None = None
    for row in items:
        written = squeeze(row.cell(category.index))
        first = squeeze(row.cell(number.index)) in ("1", "1.", "1、")
        if previous is not None and written and written != previous:
            if not first:
                return False
            changes += 1
        elif previous is not None and first:
            return False
        previous = written or previous
    return changes >= 1


# A money cell that opens with the investment (总投资480万元，其中…).
_INVESTMENT_OPENS: Final = re.compile(r"\s*(?:项目)?(?:总投资|投资总额)")
# The aid's name right before its amount (粤黔协作资金, 帮扶资金, 援藏资金).
_AID_BEFORE: Final = re.compile(r"(?:协作|帮扶|援助|援藏|援疆|援青|支援|援建)资金\s*$")


def amount_column(table: Table, year: int | None) -> Column | None:
    """The column that is a project's amount (see the module docstring)."""
    summed = table.role("sum")
    if summed is not None:
        return summed
    years = [c for c in table.columns if c.role == "year_aid"]
    if years:
        return next((c for c in years if c.year == year), years[-1])
    aid = [c for c in table.money() if c.role == "aid"]
    sources = [c for c in table.money() if c.role in SOURCE_ROLES]
    total = table.role("total_investment")
    if total is not None and len(aid) == 1 and all(c.role in ("aid", "self") for c in sources):
        # 总投资 | 援疆资金 | 地方配套: the aid is the project's amount, the 配套 beside it.
        return aid[0]
    if total is not None and len(sources) >= 2:
        return total
    if len(aid) == 1:
        return aid[0]
    return total


def _norm(text: str) -> str:
    return normalise(text)
