"""The fund plan table (项目资金计划表) of a programme, and writers for it.

:func:`fund_plan` lays a :class:`~aidmodel.Programme`'s projects out as plans
print them: a row per project under section headers, a sub-total (小计) closing
each section that holds projects, a total (合计) and the total in uppercase
(合计（大写）). The result is an immutable :class:`FundPlan`; pure writers turn
it into text for a terminal (:func:`to_text`), Markdown (:func:`to_markdown`),
CSV for Excel (:func:`to_csv`) and an Excel workbook (:func:`to_xlsx`, with the
``excel`` extra).

Cells show what the document says for each project. Sub-totals and totals are
computed from the projects, exact to the fen; where they differ from what the
document declares is for :func:`~aidmodel.reconcile` to report, not for the
table to hide or fix.

>>> from aidmodel import samples
>>> plan = fund_plan(samples.load("shizhong-ebian-2025"))
>>> [column.title for column in plan.columns]
['序号', '项目名称', '项目地点', '建设内容', '完成时间', '帮扶资金', '责任单位']
>>> plan.total_upper  # the projects' own amounts; the plan declares 766万元
'合计（大写）：柒佰肆拾肆万元整'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, Final, TypeAlias

import attrs
from babel import Locale

from aidmodel._display import char_width, date_text, decimal_text, text_width
from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._locales import parse_locale as _locale
from aidmodel._optional import require
from aidmodel._validators import (
    checked,
    field_label,
    instance,
    non_blank,
    optional_instance,
    optional_non_blank,
    to_tuple,
    tuple_of,
    whole_number,
)
from aidmodel._wording import N_, UNTITLED
from aidmodel.aggregate import totals_by_section
from aidmodel.errors import InvalidTypeError, InvalidValueError
from aidmodel.model import DateSpan, PartialDate, Programme, Project, Section
from aidmodel.money import Money

__all__ = [
    "XLSX_NUMBER_FORMAT",
    "FundPlan",
    "PlanColumn",
    "PlanRow",
    "PlanRowKind",
    "fund_plan",
    "to_csv",
    "to_markdown",
    "to_text",
    "to_xlsx",
]

#: What a cell holds: text, money (shown in 万元), a date or span, or nothing.
Cell: TypeAlias = "str | Money | PartialDate | DateSpan | None"

_CELL_TYPES: Final = (str, Money, PartialDate, DateSpan)
_ZERO: Final = Money.from_yuan(0)
_GROUP: Final = N_("项目资金安排")
_JOIN: Final = "、"
_WAN: Final = N_("（万元）")


@labelled(SECTION="部分", PROJECT="项目", SUBTOTAL="小计", TOTAL="合计")
class PlanRowKind(LabelledEnum):
    """What a row of a fund plan is (行类型).

    >>> PlanRowKind.SUBTOTAL.value, PlanRowKind.SUBTOTAL.label
    ('subtotal', '小计')

    .. versionadded:: 0.1.0
    """

    SECTION = "section"
    PROJECT = "project"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@attrs.frozen(kw_only=True)
class PlanColumn:
    """A column of a fund plan (列).

    Attributes:
        key: The stable name of the column: ``"number"``, ``"category"``,
            ``"name"``, ``"locations"``, ``"content"``, ``"start"``,
            ``"deadline"``, ``"span"``, ``"total_investment"``, ``"amount"``,
            ``"source:<key>"`` (a :class:`~aidmodel.FundSource` key),
            ``"year:<year>"`` (shares by year without a source), ``"units"``,
            ``"lead_units"``, ``"remarks"``.
        title: The heading (表头): 序号, 项目名称, 财政帮扶资金 ...
        money: Whether the cells are :class:`~aidmodel.Money`, shown in 万元.
        group: A heading over several adjacent columns (项目资金安排), or ``None``.

    >>> PlanColumn(key="amount", title="帮扶资金", money=True).money
    True

    .. versionadded:: 0.1.0
    """

    key: str = attrs.field(validator=non_blank, metadata={"zh": "标识"})
    title: str = attrs.field(validator=non_blank, metadata={"zh": "表头"})
    money: bool = attrs.field(default=False, validator=instance(bool), metadata={"zh": "金额列"})
    group: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "表头分组"}
    )


def _cells(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    for index, cell in enumerate(value):
        if cell is not None and not isinstance(cell, _CELL_TYPES):
            place = f"{field_label(instance, attribute)}[{index}]"
            raise InvalidTypeError(
                place,
                N_("a %(type)s is not a cell"),
                expected=N_("str, Money, PartialDate, DateSpan or None"),
                got=cell,
                params={"type": type(cell).__name__},
            )


_depth = whole_number(N_("depth"))
_index = whole_number(N_("project index"), optional=True)


@attrs.frozen(kw_only=True)
class PlanRow:
    """A row of a fund plan (行): a section header, a project, a 小计 or the 合计.

    Attributes:
        kind: What the row is (:class:`PlanRowKind`).
        cells: One cell per column of the plan, in column order.
        depth: How deeply the row is nested: 0 for a top-level section, its
            header and its 小计; 1 for its projects and subsections ...
        section: The :attr:`~aidmodel.Section.id` of the section a header or
            小计 row belongs to, or that a project is listed under; ``None`` otherwise.
        project: For a project row, the index of the project in
            :attr:`Programme.projects <aidmodel.Programme.projects>`; ``None`` otherwise.

    >>> from aidmodel import Money
    >>> PlanRow(kind=PlanRowKind.TOTAL, cells=("合计", Money.from_wan(766))).cells[1].to_wan()
    Decimal('766')

    .. versionadded:: 0.1.0
    """

    kind: PlanRowKind = attrs.field(validator=instance(PlanRowKind), metadata={"zh": "行类型"})
    cells: tuple[Cell, ...] = attrs.field(
        converter=to_tuple, validator=_cells, metadata={"zh": "单元格"}
    )
    depth: int = attrs.field(default=0, validator=_depth, metadata={"zh": "层级"})
    section: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "所属部分"}
    )
    project: int | None = attrs.field(default=None, validator=_index, metadata={"zh": "项目序位"})


@attrs.frozen(kw_only=True)
class FundPlan:
    """A programme's fund plan table (项目资金计划表), ready for the writers.

    Attributes:
        title: The table's title (标题).
        columns: The columns (列), in order.
        rows: Section headers, projects and 小计 rows, in document order.
        total: The 合计 row, computed from all projects of the table.
        amount: The aid of all projects of the table (their
            :attr:`~aidmodel.Project.amount` added up), or ``None`` when none has one.
        total_upper: ``合计（大写）：`` and :attr:`amount` in uppercase
            (:func:`~aidmodel.rmb_upper`), or ``None`` without an amount.

    >>> from aidmodel import samples
    >>> plan = fund_plan(samples.load("shizhong-ebian-2025"))
    >>> plan.cell(plan.total, "amount").to_wan()
    Decimal('744')

    .. versionadded:: 0.1.0
    """

    title: str = attrs.field(validator=non_blank, metadata={"zh": "标题"})
    columns: tuple[PlanColumn, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(PlanColumn), metadata={"zh": "列"}
    )
    rows: tuple[PlanRow, ...] = attrs.field(
        converter=to_tuple, validator=tuple_of(PlanRow), metadata={"zh": "行"}
    )
    total: PlanRow = attrs.field(validator=instance(PlanRow), metadata={"zh": "合计"})
    amount: Money | None = attrs.field(
        default=None, validator=optional_instance(Money), metadata={"zh": "帮扶资金合计"}
    )
    total_upper: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "合计（大写）"}
    )

    def __attrs_post_init__(self) -> None:
        if not self.columns:
            raise InvalidValueError(
                "FundPlan.columns (列)",
                N_("no columns"),
                expected=N_("at least one column"),
                got=(),
            )
        keys = [column.key for column in self.columns]
        for key in keys:
            if keys.count(key) > 1:
                raise InvalidValueError(
                    "FundPlan.columns (列)",
                    N_("a column key used twice"),
                    expected=N_("keys unique within the plan"),
                    got=key,
                )
        for index, row in enumerate((*self.rows, self.total)):
            if len(row.cells) != len(self.columns):
                where = (
                    "FundPlan.total (合计)"
                    if index == len(self.rows)
                    else f"FundPlan.rows[{index}]"
                )
                place = f"{where}.cells"
                raise InvalidValueError(
                    place,
                    N_("not one cell per column"),
                    expected=N_("%(count)s cells"),
                    got=len(row.cells),
                    params={"count": len(self.columns)},
                )

    def cell(self, row: PlanRow, key: str) -> Cell:
        """The cell of ``row`` in the column with this key.

        >>> from aidmodel import samples
        >>> plan = fund_plan(samples.load("shizhong-ebian-2025"))
        >>> plan.cell(plan.rows[1], "name")
        '五渡镇新茶村产业提升项目'
        >>> plan.cell(plan.rows[1], "budget")
        Traceback (most recent call last):
        ...
        aidmodel.errors.InvalidValueError: FundPlan.cell: no column with this key; expected one of ['number', 'name', 'locations', 'content', 'deadline', 'amount', 'units'], got 'budget'
        """
        for index, column in enumerate(self.columns):
            if column.key == key:
                return row.cells[index]
        raise InvalidValueError(
            "FundPlan.cell",
            N_("no column with this key"),
            expected=N_("one of %(value)s"),
            got=key,
            params={"value": [c.key for c in self.columns]},
        )


# -- building the table ---------------------------------------------------------------------


def _shares(project: Project, *, source: str | None, year: int | None) -> Money | None:
    amounts = [
        share.amount
        for share in project.funding
        if share.source == source and (source is not None or share.year == year)
    ]
    return sum(amounts, _ZERO) if amounts else None


def _text_cell(values: Sequence[str]) -> str | None:
    return _JOIN.join(values) if values else None


def _project_cell(programme: Programme, project: Project, key: str) -> Cell:
    simple: dict[str, Cell] = {
        "number": project.number,
        "category": project.category,
        "name": project.name,
        "locations": _text_cell(project.locations),
        "content": project.content,
        "start": project.start,
        "deadline": project.deadline,
        "span": project.span,
        "total_investment": project.total_investment,
        "amount": project.amount,
        "units": _text_cell(project.units),
        "lead_units": _text_cell(project.lead_units),
        "remarks": project.remarks,
    }
    if key in simple:
        return simple[key]
    kind, _, name = key.partition(":")
    if kind == "source":
        return _shares(project, source=name, year=None)
    return _shares(project, source=None, year=int(name))


# The table's own words: terms of the catalogs (N_), written in the script of the table's
# locale (aidmodel.messages.term); a fund source's label is the document's and stays.
_TEXT_COLUMNS: Final = (
    ("number", N_("序号")),
    ("category", N_("类别")),
    ("name", N_("项目名称")),
    ("locations", N_("项目地点")),
    ("content", N_("建设内容")),
    ("start", N_("开工时间")),
    ("deadline", N_("完成时间")),
    ("span", N_("建设期限")),
)
_TAIL_COLUMNS: Final = (
    ("units", N_("责任单位")),
    ("lead_units", N_("牵头单位")),
    ("remarks", N_("备注")),
)
_TOTAL_INVESTMENT: Final = N_("总投资")
_AID: Final = N_("帮扶资金")
_YEAR: Final = N_("%(year)s年资金")
_SUBTOTAL: Final = N_("小计")
_TOTAL: Final = N_("合计")
_COUNT: Final = N_("%(count)s个")
_LABEL_COUNT: Final = N_("%(label)s（%(count)s个）")
_TITLE: Final = N_("%(title)s项目资金计划表")
_TOTAL_UPPER: Final = N_("合计（大写）：%(upper)s")


def _catalogue(programme: Programme, say: Callable[[str], str]) -> list[PlanColumn]:
    """Every column a plan of this programme can have, in table order."""
    columns = [PlanColumn(key=key, title=say(title)) for key, title in _TEXT_COLUMNS]
    columns.append(PlanColumn(key="total_investment", title=say(_TOTAL_INVESTMENT), money=True))
    columns.append(PlanColumn(key="amount", title=say(_AID), money=True))
    for source in programme.fund_sources:
        title = source.label or say(source.kind.label)
        columns.append(PlanColumn(key=f"source:{source.key}", title=title, money=True))
    years = sorted(
        {
            share.year
            for project in programme.projects
            for share in project.funding
            if share.source is None and share.year is not None
        }
    )
    columns.extend(
        PlanColumn(key=f"year:{year}", title=say(_YEAR) % {"year": year}, money=True)
        for year in years
    )
    columns.extend(PlanColumn(key=key, title=say(title)) for key, title in _TAIL_COLUMNS)
    return columns


def _choose(
    programme: Programme, scope: Sequence[Project], catalogue: list[PlanColumn]
) -> list[PlanColumn]:
    """The columns with something in them, without an amount column that repeats a source."""
    cells = {c.key: [_project_cell(programme, p, c.key) for p in scope] for c in catalogue}
    chosen = [c for c in catalogue if c.key == "name" or any(v is not None for v in cells[c.key])]
    split = [c for c in chosen if c.key.startswith(("source:", "year:"))]
    if any(cells[c.key] == cells["amount"] for c in split):
        chosen = [c for c in chosen if c.key != "amount"]
    return chosen


def _selected(columns: object, catalogue: list[PlanColumn]) -> list[PlanColumn]:
    where = "fund_plan(columns=...)"
    if isinstance(columns, str) or not isinstance(columns, Iterable):
        raise InvalidTypeError(
            where,
            N_("a %(type)s is not a list of column keys"),
            expected=N_("a list of column keys such as ['number', 'name', 'amount']"),
            got=columns,
            params={"type": type(columns).__name__},
        )
    by_key = {column.key: column for column in catalogue}
    keys = list(columns)
    if not keys:
        raise InvalidValueError(
            where, N_("no columns"), expected=N_("at least one column key"), got=keys
        )
    chosen = []
    for key in keys:
        if not isinstance(key, str) or key not in by_key:
            raise InvalidValueError(
                where,
                N_("no such column"),
                expected=N_("one of %(values)s"),
                got=key,
                params={"values": list(by_key)},
            )
        if keys.count(key) > 1:
            raise InvalidValueError(
                where, N_("a column asked for twice"), expected=N_("each once"), got=key
            )
        chosen.append(by_key[key])
    return chosen


def _titled(
    columns: list[PlanColumn], programme: Programme, say: Callable[[str], str]
) -> list[PlanColumn]:
    """Group the money split under 项目资金安排 and tell apart sources of one name."""
    split = any(c.key.startswith(("source:", "year:")) for c in columns)
    titles = [c.title for c in columns]
    result = []
    for column in columns:
        if column.key == "amount" and split:
            column = attrs.evolve(column, title=say(_TOTAL), group=say(_GROUP))
        elif column.key.startswith(("source:", "year:")):
            title = column.title
            if titles.count(title) > 1 and column.key.startswith("source:"):
                source = programme.fund_source(column.key.partition(":")[2])
                where = source.key
                if source.section is not None:
                    section = programme.section(source.section)
                    where = section.number or section.title
                title = f"{title}（{where.strip()}）"
            column = attrs.evolve(column, title=title, group=say(_GROUP))
        result.append(column)
    return result


def _sum(values: Iterable[Cell]) -> Money | None:
    amounts = [v for v in values if isinstance(v, Money)]
    return sum(amounts, _ZERO) if amounts else None


def _label_cells(
    columns: Sequence[PlanColumn],
    label: str,
    count: int,
    sums: dict[str, Money | None],
    say: Callable[[str], str],
) -> tuple[Cell, ...]:
    keys = [c.key for c in columns]
    text = (
        {"number": say(label), "name": say(_COUNT) % {"count": count}}
        if "number" in keys
        else {"name": say(_LABEL_COUNT) % {"label": say(label), "count": count}}
    )
    return tuple(sums.get(c.key) if c.money else text.get(c.key) for c in columns)


def fund_plan(
    programme: Programme,
    *,
    columns: Iterable[str] | None = None,
    section: str | None = None,
    locale: str | Locale = "zh_CN",
) -> FundPlan:
    """The fund plan table (项目资金计划表) of a programme, or of one of its sections.

    Columns are those plans use, in this order, each left out when it is
    empty for every project of the table: 序号, 类别, 项目名称, 项目地点,
    建设内容, 开工时间, 完成时间, 建设期限, 总投资, the aid (帮扶资金), one
    column per fund source (or per year, for shares by year without a source)
    where projects split their money, 责任单位, 牵头单位, 备注. With a split the
    aid column is titled 合计 and grouped with the split under 项目资金安排; it
    is left out when a fund source column repeats it in every row (seed 003's
    2020 aid). Sources of one name are told apart by their section (自筹资金（附件 1）).

    Sections holding projects get a header row and a 小计 row after their
    projects and subsections; nested sections roll up. 小计 and 合计 are
    computed (:func:`~aidmodel.aggregate.totals_by_section` for the aid); a money cell of
    a 小计 is empty when no project below it has a figure in that column.
    Projects outside any section come first.

    Args:
        programme: The programme.
        columns: Column keys (see :attr:`PlanColumn.key`) to show instead of the
            automatic choice, in the order given.
        section: The :attr:`~aidmodel.Section.id` of one table of the
            programme (seed 004's ``"attachment-1"``): only its projects, and
            its title as the table's.
        locale: The script of the table's own words (its headings, 小计, 合计, 个):
            ``zh_Hant_TW`` writes them in traditional characters
            (:func:`~aidmodel.messages.term`); the document's names stay as written.

    >>> from aidmodel import samples
    >>> plan = fund_plan(samples.load("binjiang-jianshi-2018"), section="attachment-1")
    >>> plan.title
    '2018 年东西部扶贫协作财政资金援建项目计划表'
    >>> [(c.title, c.group) for c in plan.columns if c.money]
    [('总投资', None), ('合计', '项目资金安排'), ('财政帮扶资金', '项目资金安排'), ('自筹资金', '项目资金安排')]
    >>> for row in plan.rows[:2] + (plan.total,):
    ...     print(row.kind.label, plan.cell(row, "name"), plan.cell(row, "amount"))
    部分 产业发展 None
    项目 后三溪村发展民宿旅 游业 2000000.00元
    合计 8个 50050000.00元
    >>> fund_plan(samples.load("binjiang-jianshi-2018"), columns=["name", "budget"])
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: fund_plan(columns=...): no such column; expected one of [...], got 'budget'

    >>> plan = fund_plan(samples.load("keqiao-ebian-2025"), locale="zh_Hant_TW")
    >>> plan.title, [c.title for c in plan.columns][:4], plan.total_upper
    ('峨边彝族自治县2025年东西部协作项目实施方案項目資金計劃表', ['序號', '項目名稱', '項目地點', '建設內容'], '合計（大寫）：參仟玖佰伍拾貳萬參仟壹佰零壹元玖角肆分')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``locale``.
    """
    from aidmodel.formatting import format_upper
    from aidmodel.messages import term

    checked(programme, Programme, "fund_plan", "a Programme")

    def say(text: str) -> str:
        return term(text, locale=locale)

    root: Section | None = None
    if section is not None:
        if not isinstance(section, str):
            raise InvalidTypeError(
                "fund_plan(section=...)",
                N_("a %(type)s is not a section id"),
                expected=N_("a section id such as 'attachment-1'"),
                got=section,
                params={"type": type(section).__name__},
            )
        try:
            root = programme.section(section)
        except InvalidValueError as exc:
            raise InvalidValueError(
                "fund_plan(section=...)",
                exc.problem_template,
                expected=exc.expected_template,
                got=section,
                params=dict(exc.params),
            ) from None
    ids = None if root is None else {s.id for s in root.walk()}
    indexed = [
        (index, project)
        for index, project in enumerate(programme.projects)
        if ids is None or project.section in ids
    ]
    scope = [project for _, project in indexed]
    catalogue = _catalogue(programme, say)
    chosen = (
        _choose(programme, scope, catalogue) if columns is None else _selected(columns, catalogue)
    )
    chosen = _titled(chosen, programme, say)
    money_keys = [c.key for c in chosen if c.money]
    keys = [c.key for c in chosen]

    def project_row(index: int, project: Project, depth: int) -> PlanRow:
        cells = tuple(_project_cell(programme, project, c.key) for c in chosen)
        return PlanRow(
            kind=PlanRowKind.PROJECT,
            cells=cells,
            depth=depth,
            section=project.section,
            project=index,
        )

    sections = {t.section: t for t in totals_by_section(programme)}
    rows: list[PlanRow] = []

    def visit(node: Section, depth: int) -> None:
        inside = {s.id for s in node.walk()}
        below = [(i, p) for i, p in indexed if p.section in inside]
        if not below:
            return
        heading = {"number": node.number, "name": node.title}
        if "number" not in keys and node.number is not None:
            number = node.number.strip()
            # 一、产业发展, （1）产业发展; but 一是 统筹谋划项目, 附件 1 计划表.
            space = " " if number[-1].isalnum() else ""
            heading["name"] = number + space + node.title
        rows.append(
            PlanRow(
                kind=PlanRowKind.SECTION,
                cells=tuple(heading.get(c.key) for c in chosen),
                depth=depth,
                section=node.id,
            )
        )
        rows.extend(project_row(i, p, depth + 1) for i, p in below if p.section == node.id)
        for sub in node.subsections:
            visit(sub, depth + 1)
        projects = [p for _, p in below]
        sums = {key: _sum(_project_cell(programme, p, key) for p in projects) for key in money_keys}
        total = sections[node.id]
        if "amount" in sums:
            sums["amount"] = total.amount if total.projects > total.unpriced else None
        rows.append(
            PlanRow(
                kind=PlanRowKind.SUBTOTAL,
                cells=_label_cells(chosen, _SUBTOTAL, total.projects, sums, say),
                depth=depth,
                section=node.id,
            )
        )

    if root is None:
        rows.extend(project_row(i, p, 0) for i, p in indexed if p.section is None)
        for top in programme.sections:
            visit(top, 0)
    else:
        rows.extend(project_row(i, p, 0) for i, p in indexed if p.section == root.id)
        for sub in root.subsections:
            visit(sub, 0)
    amount = _sum(p.amount for p in scope)
    sums = {key: _sum(_project_cell(programme, p, key) for p in scope) for key in money_keys}
    title = root.title if root is not None else _plan_title(programme.title or say(UNTITLED), say)
    return FundPlan(
        title=title,
        columns=chosen,
        rows=rows,
        total=PlanRow(
            kind=PlanRowKind.TOTAL, cells=_label_cells(chosen, _TOTAL, len(scope), sums, say)
        ),
        amount=amount,
        total_upper=None
        if amount is None
        else say(_TOTAL_UPPER) % {"upper": format_upper(amount, locale=locale)},
    )


def _plan_title(title: str, say: Callable[[str], str]) -> str:
    if title.endswith(("计划表", "需求表")):
        return title
    return say(_TITLE) % {"title": title}


# -- writers --------------------------------------------------------------------------------


def _check_plan(plan: object, where: str) -> FundPlan:
    return checked(plan, FundPlan, where, "a FundPlan (fund_plan(programme))")


def _header(column: PlanColumn, wan: str) -> str:
    return column.title + (wan if column.money else "")


def _wan(locale: str | Locale) -> str:
    """（万元）, the unit under a money column's title, in the script of the locale."""
    from aidmodel.messages import term

    return term(_WAN, locale=locale)


def _wan_plain(money: Money) -> str:
    return format(money.to_wan(), "f")


def _cell_text(cell: Cell, locale: Locale) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return decimal_text(cell.to_wan(), locale)
    if isinstance(cell, PartialDate | DateSpan):
        return date_text(cell, locale)
    return cell


def _table(plan: FundPlan) -> list[PlanRow]:
    return [*plan.rows, plan.total]


#: Punctuation that does not begin a line (避头点): it takes the last character along.
_NO_START: Final = frozenset("，。、；：\uff1f\uff01）》」』】〕”\u2019,.;:?!)]}%·…—")


def _wrap(text: str, width: int) -> list[str]:
    """Break text into lines of at most ``width`` columns (a wider character gets a line).

    Chinese text breaks between any two characters, but a comma or closing
    bracket never begins a line: the character before it moves down with it.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line, used = "", 0
        for char in paragraph:
            if char in "\t\r\f\v":
                char = " "
            size = char_width(char)
            if used + size > width and line:
                carry = ""
                if char in _NO_START and len(line) > 1 and line[-1] not in _NO_START:
                    line, carry = line[:-1], line[-1]
                lines.append(line.rstrip())
                line, used = carry, text_width(carry)
                if char == " " and not carry:
                    continue
            line += char
            used += size
        lines.append(line.rstrip())
    return lines


def _pad(text: str, width: int, *, right: bool) -> str:
    gap = " " * max(width - text_width(text), 0)
    return gap + text if right else text + gap


#: The widest a text column gets in :func:`to_text` before its cells wrap.
_CAPS: Final = {
    "number": 10,
    "category": 8,
    "name": 24,
    "locations": 14,
    "content": 30,
    "units": 16,
    "lead_units": 12,
    "remarks": 10,
}
_MIN_WIDTH: Final = 4
_GAP: Final = "  "


def to_text(plan: FundPlan, *, locale: str | Locale = "zh_CN", width: int | None = None) -> str:
    """The plan as aligned text for a terminal, amounts in 万元, every digit shown.

    Columns are two spaces apart and aligned by display width: wide and
    full-width characters (East Asian width W and F, so every Chinese
    character) take two columns. Long text wraps within its column (项目名称
    at 24 columns, 建设内容 at 30 ...); with ``width`` the text columns narrow
    further, widest first, until the lines fit, as far as they can. Amounts are
    right-aligned with the locale's separators; dates follow the locale
    (:func:`~aidmodel.formatting.format_date`); headings stay in Chinese. Lines end
    without trailing spaces, and the text with a newline.

    >>> from aidmodel import samples
    >>> plan = fund_plan(samples.load("shizhong-ebian-2025"), columns=["number", "name", "amount"])
    >>> print(to_text(plan), end="")
    乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案项目资金计划表
    <BLANKLINE>
    序号    项目名称                  帮扶资金
                                      （万元）
    ------  ------------------------  --------
    （1）   深化产业合作
    1.      五渡镇新茶村产业提升项目        66
    2.      平等乡林业林竹生产服务道       212
            路建设项目
    ...
    16.     农村危房改造                    58
    小计    2个                             78
    ------  ------------------------  --------
    合计    16个                           744
    合计（大写）：柒佰肆拾肆万元整

    .. versionadded:: 0.1.0
    """
    where = "to_text"
    plan = _check_plan(plan, where)
    loc = _locale(locale, where)
    if width is not None and (type(width) is not int or width < 20):
        option = f"{where}(width=...)"
        raise InvalidValueError(
            option,
            N_("not a line width"),
            expected=N_("None or an int of 20 or more"),
            got=width,
        )
    columns = plan.columns
    body = [[_cell_text(cell, loc) for cell in row.cells] for row in _table(plan)]
    wan = _wan(loc)
    headers = [[c.title, wan] if c.money else [c.title] for c in columns]
    wrapping = [not c.money and c.key not in ("start", "deadline", "span") for c in columns]
    widths = []
    for index, column in enumerate(columns):
        longest = max(
            (text_width(line) for row in body for line in row[index].splitlines()), default=0
        )
        head = max(text_width(line) for line in headers[index])
        if wrapping[index]:
            longest = min(longest, _CAPS.get(column.key, 20))
        widths.append(max(longest, head if not wrapping[index] else min(head, 8), 1))
    if width is not None:
        while sum(widths) + len(_GAP) * (len(widths) - 1) > width:
            candidates = [i for i, w in enumerate(widths) if wrapping[i] and w > _MIN_WIDTH]
            if not candidates:
                break
            widest = max(candidates, key=lambda i: (widths[i], -i))
            widths[widest] -= 1

    def render(cells: list[list[str]], kinds: list[bool]) -> list[str]:
        wrapped = [
            [line for text in cell for line in _wrap(text, widths[i])] or [""]
            for i, cell in enumerate(cells)
        ]
        height = max(len(lines) for lines in wrapped)
        out = []
        for n in range(height):
            parts = [
                _pad(lines[n] if n < len(lines) else "", widths[i], right=kinds[i])
                for i, lines in enumerate(wrapped)
            ]
            out.append(_GAP.join(parts).rstrip())
        return out

    right = [c.money for c in columns]
    rule = _GAP.join("-" * w for w in widths)
    lines = [plan.title, ""]
    lines += render(headers, [False] * len(columns))
    lines.append(rule)
    for row in body[:-1]:
        lines += render([[text] for text in row], right)
    lines.append(rule)
    lines += render([[text] for text in body[-1]], right)
    if plan.total_upper is not None:
        lines.append(plan.total_upper)
    return "\n".join(lines) + "\n"


def _markdown_escape(text: str) -> str:
    for char in "\\|*_`":
        text = text.replace(char, "\\" + char)
    return text.replace("\r\n", "<br>").replace("\n", "<br>")


def to_markdown(plan: FundPlan, *, locale: str | Locale = "zh_CN") -> str:
    """The plan as a Markdown table (GitHub and MyST pipe tables), amounts in 万元.

    The title comes first in bold, then the table: money right-aligned, section
    headers, 小计 and 合计 in bold, ``|`` and Markdown's marks escaped, line
    breaks as ``<br>``; then the total in uppercase.

    >>> from aidmodel import samples
    >>> plan = fund_plan(samples.load("shizhong-ebian-2025"), columns=["number", "name", "amount"])
    >>> print(to_markdown(plan))
    **乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案项目资金计划表**
    <BLANKLINE>
    | 序号 | 项目名称 | 帮扶资金（万元） |
    | --- | --- | ---: |
    | **（1）** | **深化产业合作** |  |
    | 1. | 五渡镇新茶村产业提升项目 | 66 |
    ...
    | **合计** | **16个** | **744** |
    <BLANKLINE>
    合计（大写）：柒佰肆拾肆万元整
    <BLANKLINE>

    .. versionadded:: 0.1.0
    """
    where = "to_markdown"
    plan = _check_plan(plan, where)
    loc = _locale(locale, where)
    lines = [f"**{_markdown_escape(plan.title)}**", ""]
    wan = _wan(loc)
    lines.append("| " + " | ".join(_markdown_escape(_header(c, wan)) for c in plan.columns) + " |")
    lines.append("| " + " | ".join("---:" if c.money else "---" for c in plan.columns) + " |")
    for row in _table(plan):
        texts = [_markdown_escape(_cell_text(cell, loc)) for cell in row.cells]
        if row.kind is not PlanRowKind.PROJECT:
            texts = [f"**{text}**" if text else text for text in texts]
        lines.append("| " + " | ".join(texts) + " |")
    if plan.total_upper is not None:
        lines += ["", plan.total_upper]
    return "\n".join(lines) + "\n"


def to_csv(plan: FundPlan, *, locale: str | Locale = "zh_CN") -> bytes:
    """The plan's grid as CSV for Excel: UTF-8 bytes with a byte order mark.

    Excel takes a CSV file without a byte order mark for the local code page
    (GBK on Chinese Windows) and garbles UTF-8; with the mark (the bytes EF BB
    BF first) it reads UTF-8. So the result is ``bytes``, to be written as is
    (``Path("plan.csv").write_bytes(to_csv(plan))``); decode it with
    ``"utf-8-sig"``. Lines end with CRLF (RFC 4180). One header row (money
    columns say （万元）), then every row of the table including section
    headers, 小计 and 合计; no title and no uppercase line. Amounts are plain
    exact numbers in 万元 without separators (``3952.310194``), dates follow the
    locale.

    >>> from aidmodel import samples
    >>> plan = fund_plan(samples.load("keqiao-ebian-2025"), columns=["number", "name", "amount"])
    >>> data = to_csv(plan)
    >>> data[:3]
    b'\\xef\\xbb\\xbf'
    >>> print(data.decode("utf-8-sig").replace("\\r\\n", "\\n"))
    序号,项目名称,帮扶资金（万元）
    （1）,产业集群打造,
    1.,毛坪林竹产业加工园区建设项目,1150
    ...
    合计,11个,3952.310194
    <BLANKLINE>

    .. versionadded:: 0.1.0
    """
    where = "to_csv"
    plan = _check_plan(plan, where)
    loc = _locale(locale, where)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_header(c, _wan(loc)) for c in plan.columns])
    for row in _table(plan):
        writer.writerow(
            [
                _wan_plain(cell) if isinstance(cell, Money) else _cell_text(cell, loc)
                for cell in row.cells
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


#: The number format of money cells in :func:`to_xlsx`: 万元 with 2 to 6 decimals.
XLSX_NUMBER_FORMAT: Final = "#,##0.00####"
# The longest sheet name Excel takes.
_SHEET_CHARS: Final = 31
# Excel holds numbers as doubles: 15 significant digits survive a round trip.
_EXCEL_DIGITS: Final = 15
# Fixed document times, so that the bytes depend on the plan only.
_XLSX_TIME: Final = dt.datetime(2000, 1, 1)  # noqa: DTZ001 - Excel's core properties are naive UTC
_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)


def _excel_number(money: Money) -> Decimal | str:
    wan = money.to_wan()
    return wan if len(wan.as_tuple().digits) <= _EXCEL_DIGITS else _wan_plain(money)


def to_xlsx(
    plan: FundPlan, *, locale: str | Locale = "zh_CN", sheet: str = "项目资金计划表"
) -> bytes:
    """The plan as an Excel workbook (.xlsx), through openpyxl (the ``excel`` extra).

    One sheet: the title in a merged row, the header (two rows with the
    项目资金安排 group merged over its columns, other headings merged down),
    frozen below the header; then the rows, section headers, 小计 and 合计 in
    bold, and the total in uppercase in a merged row. Money cells are numbers
    in 万元 with the number format :data:`XLSX_NUMBER_FORMAT`, so Excel shows
    766.00 and 3,952.310194 and can add them up. Excel keeps 15 significant
    digits; an amount with more (beyond 十亿万元) is written as text so that no
    digit is lost. Dates are text, as precise as the document (2025年11月).
    The bytes depend on the plan only: the document's times are fixed. ``sheet``
    names the sheet (Excel allows 31 characters, none of ``[]:*?/\\``).

    Raises:
        MissingDependencyError: openpyxl is not installed
            (``pip install 'aidmodel[excel]'``).
        InvalidValueError: a sheet name Excel refuses.

    >>> from aidmodel import samples
    >>> data = to_xlsx(fund_plan(samples.load("shizhong-ebian-2025")))
    >>> data[:2]
    b'PK'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``sheet``.
    """
    where = "to_xlsx"
    plan = _check_plan(plan, where)
    if (
        not isinstance(sheet, str)
        or not sheet.strip()
        or len(sheet) > _SHEET_CHARS
        or any(c in sheet for c in "[]:*?/\\")
    ):
        option = f"{where}(sheet=...)"
        raise InvalidValueError(
            option,
            N_("not a sheet name"),
            expected=N_("1 to %(most)s characters, none of []:*?/\\"),
            got=sheet,
            params={"most": _SHEET_CHARS},
        )
    loc = _locale(locale, where)
    wan = _wan(loc)
    require("openpyxl", "excel", where)
    styles = require("openpyxl.styles", "excel", where)
    excel = require("openpyxl.writer.excel", "excel", where)
    utils = require("openpyxl.utils", "excel", where)
    workbook = require("openpyxl", "excel", where).Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    columns = plan.columns
    count = len(columns)
    bold = styles.Font(bold=True)
    centred = styles.Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrapped = styles.Alignment(vertical="top", wrap_text=True)

    worksheet.cell(row=1, column=1, value=plan.title).font = styles.Font(bold=True, size=14)
    worksheet.cell(row=1, column=1).alignment = centred
    if count > 1:
        worksheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=count)
    grouped = any(c.group for c in columns)
    header_rows = 2 if grouped else 1
    for index, column in enumerate(columns, start=1):
        if grouped and column.group:
            worksheet.cell(row=3, column=index, value=_header(column, wan))
        else:
            worksheet.cell(row=2, column=index, value=_header(column, wan))
            if grouped:
                worksheet.merge_cells(start_row=2, start_column=index, end_row=3, end_column=index)
    if grouped:
        index = 0
        while index < count:
            group = columns[index].group
            end = index
            while end + 1 < count and group and columns[end + 1].group == group:
                end += 1
            if group:
                worksheet.cell(row=2, column=index + 1, value=f"{group}{wan}")
                if end > index:
                    worksheet.merge_cells(
                        start_row=2, start_column=index + 1, end_row=2, end_column=end + 1
                    )
            index = end + 1
    for row in range(2, 2 + header_rows):
        for index in range(1, count + 1):
            cell = worksheet.cell(row=row, column=index)
            cell.font = bold
            cell.alignment = centred
    first = 2 + header_rows
    for offset, plan_row in enumerate(_table(plan)):
        for index, (column, value) in enumerate(zip(columns, plan_row.cells, strict=True), start=1):
            cell = worksheet.cell(row=first + offset, column=index)
            if isinstance(value, Money):
                cell.value = _excel_number(value)
                cell.number_format = XLSX_NUMBER_FORMAT
            elif value is not None:
                cell.value = _cell_text(value, loc)
                cell.alignment = (
                    wrapped if column.key in _CAPS else styles.Alignment(vertical="top")
                )
            if plan_row.kind is not PlanRowKind.PROJECT:
                cell.font = bold
    last = first + len(plan.rows)
    if plan.total_upper is not None:
        worksheet.cell(row=last + 1, column=1, value=plan.total_upper).font = bold
        if count > 1:
            worksheet.merge_cells(
                start_row=last + 1, start_column=1, end_row=last + 1, end_column=count
            )
    worksheet.freeze_panes = worksheet.cell(row=first, column=1)
    for index, column in enumerate(columns, start=1):
        texts = [_header(column, wan)] + [_cell_text(r.cells[index - 1], loc) for r in _table(plan)]
        widest = max(text_width(text) for text in texts)
        cap = _CAPS.get(column.key, 16) + 4
        letter = utils.get_column_letter(index)
        worksheet.column_dimensions[letter].width = min(max(widest, 6), cap) + 2

    workbook.properties.creator = "aidmodel"
    workbook.properties.created = _XLSX_TIME
    workbook.properties.modified = _XLSX_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        excel.ExcelWriter(workbook, archive).write_data()
    # Zip entries carry the time they were written: give them a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
