"""Progress of a plan (执行进度): what a ledger says happened, as of a date.

A plan is the start of a year's work; every month the county office reports
how it is going: money released to the implementing unit (拨付) and spent
(支出), projects started (开工), completed (完工), accepted (验收) and their
assets handed over (资产移交). :func:`progress` reads a :class:`~aidmodel.model.Ledger`
of those events against its :class:`~aidmodel.Programme` and gives, as of a
date, every project's state and amounts, the roll-ups a progress report prints
(by section, fund source, place and month) with the standard rates, what is
overdue, and what does not add up.

The rates, as progress reports state them (资金使用率74.14%):

===================  =====================  ========================================
Rate                 Attribute              Is
===================  =====================  ========================================
资金拨付率           ``release_rate``       released / planned
资金支出率 (使用率)  ``spend_rate``         spent / planned
开工率               ``start_rate``         projects started / projects
完工率               ``completion_rate``    projects completed / projects
===================  =====================  ========================================

A rate is a :class:`~decimal.Decimal` fraction (74.14% is ``Decimal("0.7414")``),
the exact quotient where it has at most 28 significant digits and the quotient
correctly rounded to 28 digits otherwise (1/3); a rate whose denominator is zero
or unknown is ``None``, never 0. Planned money is the project's
:attr:`~aidmodel.Project.amount`, or the amount of its latest adjustment (调整)
by the date.

>>> import datetime as dt
>>> from aidmodel import samples
>>> report = progress(samples.load("shizhong-ebian-2025"), samples.ledger("shizhong-ebian-2025"),
...                   as_of=dt.date(2025, 9, 30))
>>> report.total.planned.to_wan(), report.total.released.to_wan(), report.total.spent.to_wan()
(Decimal('732'), Decimal('541'), Decimal('435.5'))
>>> f"{report.total.spend_rate:.2%}", report.total.started, report.total.completed
('59.49%', 15, 4)
>>> [(f.kind.value, f.where) for f in report.findings]
[('spent_over_released', 'projects[9] (10.)')]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import calendar
import datetime as dt
import decimal
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import attrs

from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._validators import checked
from aidmodel._wording import N_, UNTITLED
from aidmodel.errors import InvalidTypeError, InvalidValueError
from aidmodel.fundplan import Cell, FundPlan, PlanColumn, PlanRow, PlanRowKind
from aidmodel.model import EventKind, Ledger, PartialDate, Programme, Project, Section
from aidmodel.money import Money
from aidmodel.reconcile import Finding, FindingKind
from aidmodel.tracking import Overdue, overdue

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "MonthProgress",
    "Progress",
    "ProgressGroup",
    "ProjectProgress",
    "ProjectState",
    "format_rate",
    "progress",
    "progress_table",
]

#: Zero yuan, with the two places every Money has.
_ZERO: Final = Decimal("0.00")
#: Sums of amounts exact to the fen: room for a million amounts below 10^20 元, never rounded.
_SUM_CTX: Final = decimal.Context(
    prec=60, rounding=decimal.ROUND_HALF_EVEN, traps=[decimal.Inexact, decimal.InvalidOperation]
)
#: Rates: exact where the quotient has at most 28 digits, else rounded to 28 (1/3).
_RATE_CTX: Final = decimal.Context(prec=28, rounding=decimal.ROUND_HALF_EVEN, traps=[])


@labelled(
    NOT_STARTED=N_("未开工"),
    STARTED=N_("在建"),
    COMPLETED=N_("已完工"),
    ACCEPTED=N_("已验收"),
    HANDED_OVER=N_("已移交"),
)
class ProjectState(LabelledEnum):
    """How far a project has got (进度): the furthest milestone the ledger records.

    >>> ProjectState.ACCEPTED.value, ProjectState.ACCEPTED.label
    ('accepted', '已验收')

    .. versionadded:: 0.2.0
    """

    NOT_STARTED = "not_started"
    STARTED = "started"
    COMPLETED = "completed"
    ACCEPTED = "accepted"
    HANDED_OVER = "handed_over"


@attrs.frozen(kw_only=True)
class ProjectProgress:
    """One project as of the date (项目进度).

    Attributes:
        index: Its index in :attr:`Programme.projects <aidmodel.Programme.projects>`.
        number: Its item number as printed (序号), or ``None``.
        name: Its name (项目名称).
        section: The :attr:`~aidmodel.Section.id` it is listed under, or ``None``.
        state: How far it has got (:class:`ProjectState`).
        planned: Its planned money (计划资金), as adjusted by the date; ``None`` when
            the plan gives none and no adjustment does.
        released: Money released (已拨付), summed over the ledger.
        spent: Money spent (已支出).
        release_rate: ``released / planned`` (资金拨付率), or ``None``.
        spend_rate: ``spent / planned`` (资金支出率), or ``None``.
        started: The first 开工 date, or ``None``.
        completed: The first 完工 date, or the plan's :attr:`~aidmodel.Project.completed`.
        accepted: The first 验收 date, or ``None``.
        handed_over: The first 资产移交 date, or ``None``.
        handed_to: Who the assets went to (移交对象), in ledger order.
        overdue: The :class:`~aidmodel.tracking.Overdue` record when its deadline has passed
            without completion, else ``None``.

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> report = progress(samples.load("shizhong-ebian-2025"),
    ...                   samples.ledger("shizhong-ebian-2025"), as_of=dt.date(2025, 9, 30))
    >>> row = report.projects[0]
    >>> row.name, row.state.label, row.released.to_wan(), row.spend_rate, row.handed_to
    ('五渡镇新茶村产业提升项目', '已移交', Decimal('66'), Decimal('0.8560606060606060606060606061'), ('新茶村股份经济合作联合社',))

    .. versionadded:: 0.2.0
    """

    index: int
    number: str | None
    name: str
    section: str | None
    state: ProjectState
    planned: Money | None
    released: Money
    spent: Money
    release_rate: Decimal | None
    spend_rate: Decimal | None
    started: PartialDate | None
    completed: PartialDate | None
    accepted: PartialDate | None
    handed_over: PartialDate | None
    handed_to: tuple[str, ...]
    overdue: Overdue | None


@attrs.frozen(kw_only=True)
class ProgressGroup:
    """Progress of a group of projects (分组进度): a section, a fund source, a place, or all.

    Attributes:
        key: The group: a section id, a fund source key, a place; ``None`` for the
            projects the plan does not assign (未注明), and for the total.
        number: The section's number as printed (（一）), or ``None``.
        title: The section's heading, or ``None``.
        depth: 0 for a top-level section (and every other group), 1 below it ...
        projects: How many projects (项目数).
        planned: Their planned money (计划资金), those without an amount left out.
        unplanned: How many of them have no planned amount.
        released: Money released (已拨付).
        spent: Money spent (已支出).
        release_rate: ``released / planned`` (资金拨付率), or ``None``; the money of
            projects without a planned amount is left out of it (it has no plan to
            be a share of).
        spend_rate: ``spent / planned`` (资金支出率, 使用率), or ``None``; likewise.
        started: How many have started (开工数).
        completed: How many are completed (完工数).
        accepted: How many are accepted (验收数).
        handed_over: How many have their assets handed over (移交数).
        start_rate: ``started / projects`` (开工率), or ``None``.
        completion_rate: ``completed / projects`` (完工率), or ``None``.
        overdue: How many are overdue (逾期数).

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> report = progress(samples.load("shizhong-ebian-2025"),
    ...                   samples.ledger("shizhong-ebian-2025"), as_of=dt.date(2025, 9, 30))
    >>> first, second = report.by_section[:2]
    >>> first.title, first.projects, first.planned.to_wan(), f"{first.spend_rate:.2%}"
    ('深化产业合作', 3, Decimal('366'), '61.89%')
    >>> second.title, second.unplanned, second.spend_rate  # its one project has no amount
    ('加强劳务协作', 1, None)

    .. versionadded:: 0.2.0
    """

    key: str | None
    number: str | None
    title: str | None
    depth: int
    projects: int
    planned: Money
    unplanned: int
    released: Money
    spent: Money
    release_rate: Decimal | None
    spend_rate: Decimal | None
    started: int
    completed: int
    accepted: int
    handed_over: int
    start_rate: Decimal | None
    completion_rate: Decimal | None
    overdue: int


@attrs.frozen(kw_only=True)
class MonthProgress:
    """One month of a programme's progress (月度进度), for a burn-up chart.

    Attributes:
        month: The month, a :class:`~aidmodel.PartialDate` of a year and a month.
        planned: Planned money at the month's end (or as of the date, in its month).
        released: Released in the month (当月拨付).
        spent: Spent in the month (当月支出).
        released_to_date: Released up to the month's end (累计拨付).
        spent_to_date: Spent up to the month's end (累计支出).
        started: Projects started in the month.
        completed: Projects completed in the month.
        accepted: Projects accepted in the month.

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> report = progress(samples.load("shizhong-ebian-2025"),
    ...                   samples.ledger("shizhong-ebian-2025"), as_of=dt.date(2025, 9, 30))
    >>> [(str(m.month), str(m.spent_to_date.to_wan())) for m in report.by_month[-3:]]
    [('2025-07', '208.5'), ('2025-08', '343.5'), ('2025-09', '435.5')]

    .. versionadded:: 0.2.0
    """

    month: PartialDate
    planned: Money
    released: Money
    spent: Money
    released_to_date: Money
    spent_to_date: Money
    started: int
    completed: int
    accepted: int


@attrs.frozen(kw_only=True)
class Progress:
    """A programme's progress as of a date (项目进度表), from its ledger.

    Attributes:
        programme: The programme's title, or ``None`` when it has none.
        as_of: The date (截至日期): events after it are left out.
        events: How many ledger events are counted (those up to the date).
        projects: Every project, in the programme's order.
        total: All projects (合计).
        by_section: Per section, depth first in document order, nested sections
            rolled up into their parents; projects outside any section first (key
            ``None``). Sections without projects are left out.
        by_source: Per fund source: a project counts under its one source key
            (the :attr:`~aidmodel.FundingShare.source` of all its shares), under
            ``None`` when it has no shares or shares of several sources.
        by_location: Per place receiving the project (实施地点, the recipient
            township or unit): a project of several places counts once, under its
            places joined with 、; ``None`` when the plan names none.
        by_month: Per month from January of the programme's year (or the first
            event's month) to the date's month.
        overdue: Projects past their deadline without completion (逾期),
            :func:`~aidmodel.tracking.overdue` on the plan, less those the ledger completes.
        findings: What does not add up, in project order (:class:`~aidmodel.Finding`).

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> report = progress(samples.load("shizhong-ebian-2025"),
    ...                   samples.ledger("shizhong-ebian-2025"), as_of=dt.date(2025, 9, 30))
    >>> report.events, len(report.projects), report.total.projects, len(report.overdue)
    (54, 16, 16, 0)

    .. versionadded:: 0.2.0
    """

    programme: str | None
    as_of: dt.date
    events: int
    projects: tuple[ProjectProgress, ...]
    total: ProgressGroup
    by_section: tuple[ProgressGroup, ...]
    by_source: tuple[ProgressGroup, ...]
    by_location: tuple[ProgressGroup, ...]
    by_month: tuple[MonthProgress, ...]
    overdue: tuple[Overdue, ...]
    findings: tuple[Finding, ...]


def _rate(part: Decimal, whole: Decimal | None) -> Decimal | None:
    if whole is None or not whole:
        return None
    return _RATE_CTX.divide(part, whole)


def _wan(amount: Decimal) -> str:
    return f"{Money._of(amount).to_wan():f}万元"


def _where(index: int, project: Project) -> str:
    label = f" ({project.number})" if project.number else ""
    return f"projects[{index}]{label}"


def _check_as_of(as_of: object) -> dt.date:
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise InvalidTypeError(
            "progress(as_of=...)", N_("not a date"), expected=N_("a datetime.date"), got=as_of
        )
    return as_of


def _date_key(date: PartialDate) -> int:
    """A date as YYYYMMDD; a month without its day sorts after every day of the month."""
    return date.year * 10000 + (date.month or 12) * 100 + (date.day or 99)


class _Tally:
    """The ledger summed per project: plain lists indexed by project, filled in one pass."""

    def __init__(self, count: int) -> None:
        self.released = [_ZERO] * count
        self.spent = [_ZERO] * count
        self.adjusted: list[tuple[int, Decimal] | None] = [None] * count
        # The first date of each milestone: 开工, 完工, 验收, 资产移交.
        self.first: dict[EventKind, list[PartialDate | None]] = {
            kind: [None] * count
            for kind in (
                EventKind.STARTED,
                EventKind.COMPLETED,
                EventKind.ACCEPTED,
                EventKind.HANDED_OVER,
            )
        }
        self.handed_to: dict[int, list[str]] = defaultdict(list)
        # Money per month, by YYYYMM.
        self.month_released: dict[int, Decimal] = defaultdict(Decimal)
        self.month_spent: dict[int, Decimal] = defaultdict(Decimal)
        self.adjustments: list[tuple[int, int, Decimal]] = []  # (date key, project, amount)
        self.counted = 0
        self.first_month: int | None = None


def _tally(programme: Programme, ledger: Ledger, as_of: dt.date) -> _Tally:
    count = len(programme.projects)
    tally = _Tally(count)
    last = calendar.monthrange(as_of.year, as_of.month)[1]
    # Events of a month without a day count from the month's last day on.
    cutoff = as_of.year * 10000 + as_of.month * 100 + (99 if as_of.day == last else as_of.day)
    released, spent, adjusted = tally.released, tally.spent, tally.adjusted
    month_released, month_spent = tally.month_released, tally.month_spent
    first = tally.first
    kind_released, kind_spent = EventKind.RELEASED, EventKind.SPENT
    kind_adjusted, kind_handed_over = EventKind.ADJUSTED, EventKind.HANDED_OVER
    skipped = 0
    earliest = cutoff + 1  # of the milestones; the money's is found from its months
    events = ledger.events
    for event in events:
        project = event.project
        if project >= count:
            position = next(i for i, e in enumerate(events) if e is event)
            where = f"Ledger.events[{position}].project (项目序位)"
            raise InvalidValueError(
                where,
                N_("no project with this index in the programme"),
                expected=N_("an index from 0 to %(last)s of %(title)r")
                if count
                else N_("no event: %(title)r has no projects"),
                got=project,
                params={"last": count - 1, "title": programme.title},
            )
        date = event.date
        key = date.year * 10000 + (date.month or 12) * 100 + (date.day or 99)
        if key > cutoff:
            skipped += 1
            continue
        kind = event.kind
        if kind is kind_released:
            amount = event.amount.yuan  # type: ignore[union-attr]
            released[project] += amount
            month_released[key // 100] += amount
        elif kind is kind_spent:
            amount = event.amount.yuan  # type: ignore[union-attr]
            spent[project] += amount
            month_spent[key // 100] += amount
        elif kind is kind_adjusted:
            amount = event.amount.yuan  # type: ignore[union-attr]
            known = adjusted[project]
            # The latest adjustment holds; of two on one date, the later in the ledger.
            if known is None or key >= known[0]:
                adjusted[project] = (key, amount)
            tally.adjustments.append((key, project, amount))
        else:
            if key < earliest:
                earliest = key
            dates = first[kind]
            seen = dates[project]
            if seen is None or key < _date_key(seen):
                dates[project] = date
            if kind is kind_handed_over and event.recipient is not None:
                tally.handed_to[project].append(event.recipient)
    tally.counted = len(events) - skipped
    # The first month with an event: of the money, the adjustments and the milestones.
    months = [*month_released, *month_spent, *(key // 100 for key, _, _ in tally.adjustments)]
    if earliest <= cutoff:
        months.append(earliest // 100)
    if months:
        earliest = min(months)
        tally.first_month = earliest // 100 * 12 + earliest % 100 - 1
    return tally


#: The states in order, and how far each has got: started, completed, accepted, handed
#: over (0 or 1 each), by the state's position.
_STATES: Final = (
    ProjectState.NOT_STARTED,
    ProjectState.STARTED,
    ProjectState.COMPLETED,
    ProjectState.ACCEPTED,
    ProjectState.HANDED_OVER,
)
_REACHED: Final = ((0, 0, 0, 0), (1, 0, 0, 0), (1, 1, 0, 0), (1, 1, 1, 0), (1, 1, 1, 1))


class _Columns:
    """The figures of every project as plain lists, indexed by project (a state by its
    position in :data:`_STATES`)."""

    def __init__(
        self,
        planned: list[Decimal | None],
        released: list[Decimal],
        spent: list[Decimal],
        state: list[int],
        late: list[bool],
    ) -> None:
        self.planned = planned
        self.released = released
        self.spent = spent
        self.state = state
        self.late = late


class _Sums:
    """The sums of a group of projects: counts, money, and how far they have got."""

    __slots__ = (
        "accepted",
        "completed",
        "handed",
        "late",
        "planned",
        "planned_count",
        "projects",
        "released",
        "released_of_planned",
        "spent",
        "spent_of_planned",
        "started",
    )

    def __init__(self) -> None:
        self.projects = self.planned_count = self.late = 0
        self.started = self.completed = self.accepted = self.handed = 0
        self.planned = self.released = self.spent = _ZERO
        self.released_of_planned = self.spent_of_planned = _ZERO

    @classmethod
    def of(cls, indices: list[int], columns: _Columns) -> _Sums:
        """The sums of the projects at these indices (the loops run in C: map and sum)."""
        sums = cls()
        planned_at = columns.planned
        with_plan = [i for i in indices if planned_at[i] is not None]
        sums.projects = len(indices)
        sums.planned_count = len(with_plan)
        sums.released = sum(map(columns.released.__getitem__, indices), _ZERO)
        sums.spent = sum(map(columns.spent.__getitem__, indices), _ZERO)
        plans: Iterable[Decimal] = map(planned_at.__getitem__, with_plan)  # type: ignore[arg-type]
        sums.planned = sum(plans, _ZERO)
        sums.released_of_planned = sum(map(columns.released.__getitem__, with_plan), _ZERO)
        sums.spent_of_planned = sum(map(columns.spent.__getitem__, with_plan), _ZERO)
        states = Counter(map(columns.state.__getitem__, indices))
        for state, times in states.items():
            started, completed, accepted, handed = _REACHED[state]
            sums.started += started * times
            sums.completed += completed * times
            sums.accepted += accepted * times
            sums.handed += handed * times
        sums.late = sum(map(columns.late.__getitem__, indices))
        return sums

    def merge(self, other: _Sums) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def group(
        self, key: str | None, *, section: Section | None = None, depth: int = 0
    ) -> ProgressGroup:
        whole = self.planned if self.planned_count else None
        count = Decimal(self.projects)
        return ProgressGroup(
            key=key,
            number=None if section is None else section.number,
            title=None if section is None else section.title,
            depth=depth,
            projects=self.projects,
            planned=Money._of(self.planned),
            unplanned=self.projects - self.planned_count,
            released=Money._of(self.released),
            spent=Money._of(self.spent),
            release_rate=_rate(self.released_of_planned, whole),
            spend_rate=_rate(self.spent_of_planned, whole),
            started=self.started,
            completed=self.completed,
            accepted=self.accepted,
            handed_over=self.handed,
            start_rate=_rate(Decimal(self.started), count),
            completion_rate=_rate(Decimal(self.completed), count),
            overdue=self.late,
        )


def _ordered(sums: dict[str | None, _Sums]) -> tuple[ProgressGroup, ...]:
    """The groups of a roll-up: ``None`` (not assigned) first, then by key."""
    return tuple(
        sums[key].group(key) for key in sorted(sums, key=lambda k: (k is not None, k or ""))
    )


def _rollups(
    programme: Programme, columns: _Columns, members: dict[_Combo, list[int]]
) -> tuple[
    ProgressGroup, list[ProgressGroup], tuple[ProgressGroup, ...], tuple[ProgressGroup, ...]
]:
    """The total, and the groups by section (nested ones rolled up), source and place.

    The projects are summed once per combination of section, source and place (a
    project's source is the one of all its shares, else ``None``), and the roll-ups
    added up from those sums: far fewer than the projects.
    """
    combos = {key: _Sums.of(indices, columns) for key, indices in members.items()}
    total = _Sums()
    axes: tuple[dict[str | None, _Sums], ...] = ({}, {}, {})
    for key, sums in combos.items():
        total.merge(sums)
        for axis, value in zip(axes, key, strict=True):
            found = axis.get(value)
            if found is None:
                found = axis[value] = _Sums()
            found.merge(sums)
    direct = axes[0]
    by_section = [direct[None].group(None)] if None in direct else []

    def visit(section: Section, depth: int) -> None:
        inside = [direct[s.id] for s in section.walk() if s.id in direct]
        if not inside:
            return
        sums = _Sums()
        for part in inside:
            sums.merge(part)
        by_section.append(sums.group(section.id, section=section, depth=depth))
        for sub in section.subsections:
            visit(sub, depth + 1)

    for top in programme.sections:
        visit(top, 0)
    return total.group(None), by_section, _ordered(axes[1]), _ordered(axes[2])


def _months(programme: Programme, tally: _Tally, as_of: dt.date) -> tuple[MonthProgress, ...]:
    end = as_of.year * 12 + as_of.month - 1
    starts = [] if tally.first_month is None else [tally.first_month]
    if programme.year is not None and programme.year * 12 <= end:
        starts.append(programme.year * 12)
    if not starts:
        return ()
    begin = min(starts)
    # Planned money per month: the plan's amounts, then each adjustment from its month on.
    current: list[Decimal | None] = [
        None if p.amount is None else p.amount.yuan for p in programme.projects
    ]
    # Adjustments from their month on; of two in one month, the later date (then the later
    # in the ledger: the sort is stable) holds, as in ProjectProgress.planned.
    per_month_latest: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for key, project, amount in sorted(tally.adjustments, key=lambda a: a[0]):
        per_month_latest[key // 10000 * 12 + key // 100 % 100 - 1][project] = amount
    planned_total = sum((a for a in current if a is not None), _ZERO)
    milestones = {
        kind: Counter(
            date.year * 12 + (date.month or 12) - 1
            for date in tally.first[kind]
            if date is not None
        )
        for kind in (EventKind.STARTED, EventKind.COMPLETED, EventKind.ACCEPTED)
    }
    months = []
    released_to_date = spent_to_date = _ZERO
    for month_index in range(begin, end + 1):
        for project, amount in per_month_latest.get(month_index, {}).items():
            old = current[project]
            planned_total += amount - (old if old is not None else _ZERO)
            current[project] = amount
        yyyymm = month_index // 12 * 100 + month_index % 12 + 1
        released = tally.month_released.get(yyyymm, _ZERO)
        spent = tally.month_spent.get(yyyymm, _ZERO)
        released_to_date += released
        spent_to_date += spent
        months.append(
            MonthProgress(
                month=PartialDate(month_index // 12, month_index % 12 + 1),
                planned=Money._of(planned_total),
                released=Money._of(released),
                spent=Money._of(spent),
                released_to_date=Money._of(released_to_date),
                spent_to_date=Money._of(spent_to_date),
                started=milestones[EventKind.STARTED].get(month_index, 0),
                completed=milestones[EventKind.COMPLETED].get(month_index, 0),
                accepted=milestones[EventKind.ACCEPTED].get(month_index, 0),
            )
        )
    return tuple(months)


def _first_key(date: PartialDate) -> int:
    """The first day a date can mean, as YYYYMMDD (a missing month or day is 00)."""
    return date.year * 10000 + (date.month or 0) * 100 + (date.day or 0)


def _last_key(date: PartialDate) -> int:
    """A key after every day a date can mean and before the next (a missing part is 99)."""
    return date.year * 10000 + (date.month or 99) * 100 + (date.day or 99)


#: Milestones in the wrong order: (kind, the earlier, the later, message), read off a row.
_ORDERS: Final = (
    (
        FindingKind.COMPLETED_BEFORE_STARTED,
        "started",
        "completed",
        "completed {1}, before it started {0}",
    ),
    (
        FindingKind.ACCEPTED_BEFORE_COMPLETED,
        "completed",
        "accepted",
        "accepted {1}, before it was completed {0}",
    ),
)


def _excess(
    kind: FindingKind, where: str, name: str, limit: Money, amount: Money, verb: str
) -> Finding:
    what = "released" if kind is FindingKind.SPENT_OVER_RELEASED else "planned"
    return Finding(
        kind=kind,
        where=where,
        declared=limit,
        computed=amount,
        difference=amount - limit,
        message=f"{verb} {_wan(amount.yuan)}, more than the {_wan(limit.yuan)} {what}",
        details=(("name", name),),
    )


def _findings(
    programme: Programme, rows: Sequence[ProjectProgress], as_of: dt.date
) -> list[Finding]:
    found = []
    projects = programme.projects
    for row in rows:
        released, planned = row.released, row.planned
        findings = []
        if row.spent.yuan > released.yuan:
            findings.append((FindingKind.SPENT_OVER_RELEASED, released, row.spent, "spent"))
        if planned is not None and released.yuan > planned.yuan:
            findings.append((FindingKind.RELEASED_OVER_PLANNED, planned, released, "released"))
        orders = []
        if row.completed is not None:
            for kind, first, then, text in _ORDERS:
                earlier, later = getattr(row, first), getattr(row, then)
                if (
                    earlier is not None
                    and later is not None
                    and _last_key(later) < _first_key(earlier)
                ):
                    orders.append((kind, text.format(earlier, later), earlier, later))
        deadline = None
        if row.state is ProjectState.NOT_STARTED:
            project = projects[row.index]
            deadline = project.deadline or (project.span.end if project.span else None)
            if deadline is not None and deadline.last_day() >= as_of:
                deadline = None
        if not (findings or orders or deadline):
            continue
        where, name = _where(row.index, projects[row.index]), projects[row.index].name
        found += [
            _excess(kind, where, name, limit, amount, verb)
            for kind, limit, amount, verb in findings
        ]
        found += [
            Finding(
                kind=kind,
                where=where,
                message=message,
                details=(("name", name), ("earlier", earlier), ("later", later)),
            )
            for kind, message, earlier, later in orders
        ]
        if deadline is not None:
            found.append(
                Finding(
                    kind=FindingKind.NOT_STARTED_PAST_DEADLINE,
                    where=where,
                    message=f"not started, and its deadline {deadline} has passed",
                    details=(("name", name), ("deadline", deadline)),
                )
            )
    return found


def progress(programme: Programme, ledger: Ledger, *, as_of: dt.date) -> Progress:
    """A programme's progress as of a date (项目进度), from its ledger (台账).

    Events dated after ``as_of`` are left out, so any past month can be
    reproduced; an event dated by its month alone counts from the month's last
    day on (September's events are in as of 30 September, not as of the 15th).
    What does not add up is reported in :attr:`Progress.findings` and never
    refused: spent more than released, released more than planned, completed
    before started, accepted before completed, not started past the deadline
    (dates compared only where the order is certain: 2025年5月 and 2025年5月20日
    are not told apart).

    Raises:
        InvalidValueError: an event for a project the programme does not have
            (its index and the programme's title named), or a ledger of another
            programme (:attr:`Ledger.programme <aidmodel.model.Ledger.programme>`).
        InvalidTypeError: arguments of the wrong type.

    >>> import datetime as dt
    >>> from aidmodel import Money, PartialDate, samples
    >>> from aidmodel.model import EventKind, Ledger, LedgerEvent
    >>> plan = samples.load("shizhong-ebian-2025")
    >>> ledger = Ledger(events=[
    ...     LedgerEvent(project=0, kind=EventKind.RELEASED, date=PartialDate(2025, 5, 6),
    ...                 amount=Money.from_wan(33)),
    ...     LedgerEvent(project=0, kind=EventKind.SPENT, date=PartialDate(2025, 6),
    ...                 amount=Money.from_wan(40))])
    >>> row = progress(plan, ledger, as_of=dt.date(2025, 6, 30)).projects[0]
    >>> row.planned.to_wan(), row.release_rate, row.spend_rate
    (Decimal('66'), Decimal('0.5'), Decimal('0.6060606060606060606060606061'))
    >>> print(progress(plan, ledger, as_of=dt.date(2025, 6, 30)).findings[0].message)
    spent 40万元, more than the 33万元 released
    >>> progress(plan, ledger, as_of=dt.date(2025, 6, 29)).projects[0].spend_rate
    Decimal('0')
    >>> progress(plan, Ledger(events=[LedgerEvent(project=16, kind=EventKind.STARTED,
    ...          date=PartialDate(2025, 5))]), as_of=dt.date(2025, 6, 30))
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: Ledger.events[0].project (项目序位): no project with this index in the programme; expected an index from 0 to 15 of '乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案', got 16
    """
    checked(programme, Programme, "progress", "an aidmodel.Programme")
    checked(ledger, Ledger, "progress", "an aidmodel.Ledger")
    as_of = _check_as_of(as_of)
    if ledger.programme is not None and ledger.programme != programme.title:
        raise InvalidValueError(
            "Ledger.programme (所属计划)",
            N_("the ledger of another programme"),
            expected="%(title)r",  # the title, quoted as the locale quotes text
            got=ledger.programme,
            params={"title": programme.title},
        )
    with decimal.localcontext(_SUM_CTX):
        tally = _tally(programme, ledger, as_of)
        late = {
            o.where: o for o in overdue(programme, as_of=as_of) if o.where.startswith("projects[")
        }
        rows, columns, members = _rows(programme, tally, late)
        total, by_section, by_source, by_location = _rollups(programme, columns, members)
        months = _months(programme, tally, as_of)
    return Progress(
        programme=programme.title,
        as_of=as_of,
        events=tally.counted,
        projects=tuple(rows),
        total=total,
        by_section=tuple(by_section),
        by_source=by_source,
        by_location=by_location,
        by_month=months,
        overdue=tuple(row.overdue for row in rows if row.overdue is not None),
        findings=tuple(_findings(programme, rows, as_of)),
    )


_Combo = tuple[str | None, str | None, str | None]


def _rows(
    programme: Programme, tally: _Tally, late: dict[str, Overdue]
) -> tuple[list[ProjectProgress], _Columns, dict[_Combo, list[int]]]:
    """Every project's progress; the figures as columns; the projects of each combination
    of section, fund source and place (for the roll-ups)."""
    rows = []
    members: dict[_Combo, list[int]] = defaultdict(list)
    planned_column: list[Decimal | None] = []
    state_column: list[int] = []
    late_column: list[bool] = []
    first = tally.first
    started_at, completed_at = first[EventKind.STARTED], first[EventKind.COMPLETED]
    accepted_at, handed_at = first[EventKind.ACCEPTED], first[EventKind.HANDED_OVER]
    late_at = {int(where[len("projects[") : -1]): record for where, record in late.items()}
    handed_to = tally.handed_to
    rate = _RATE_CTX.divide
    wrap = Money._of
    zero = wrap(_ZERO)
    state_of = _STATES
    per_project = zip(
        programme.projects,
        tally.adjusted,
        tally.released,
        tally.spent,
        started_at,
        completed_at,
        accepted_at,
        handed_at,
        strict=True,
    )
    for index, (project, adjusted, released, spent, started, done, accepted, handed) in enumerate(
        per_project
    ):
        if adjusted is not None:
            planned: Decimal | None = adjusted[1]
            planned_money = wrap(adjusted[1])
        else:
            planned_money = project.amount  # Money already: kept, not wrapped again
            planned = None if planned_money is None else planned_money.yuan
        completed = done or project.completed
        reached = (
            4
            if handed is not None
            else 3
            if accepted is not None
            else 2
            if completed is not None
            else 1
            if started is not None
            else 0
        )
        state = state_of[reached]
        record = late_at.get(index) if completed is None else None
        planned_column.append(planned)
        state_column.append(reached)
        late_column.append(record is not None)
        funding = project.funding
        source = funding[0].source if funding else None
        if len(funding) > 1 and any(share.source != source for share in funding):
            source = None
        members[project.section, source, "、".join(project.locations) or None].append(index)
        rows.append(
            ProjectProgress(
                index=index,
                number=project.number,
                name=project.name,
                section=project.section,
                state=state,
                planned=planned_money,
                released=wrap(released) if released else zero,
                spent=wrap(spent) if spent else zero,
                release_rate=rate(released, planned) if planned else None,
                spend_rate=rate(spent, planned) if planned else None,
                started=started,
                completed=completed,
                accepted=accepted,
                handed_over=handed,
                handed_to=tuple(handed_to[index]) if index in handed_to else (),
                overdue=record,
            )
        )
    columns = _Columns(planned_column, tally.released, tally.spent, state_column, late_column)
    return rows, columns, members


# -- the progress table (进度表) ------------------------------------------------------------

# The table's own words: terms of the catalogs (N_), in the script of the table's locale.
_TABLE_COLUMNS: Final = (
    ("number", N_("序号"), False),
    ("name", N_("项目名称"), False),
    ("planned", N_("计划资金"), True),
    ("released", N_("已拨付"), True),
    ("release_rate", N_("拨付率"), False),
    ("spent", N_("已支出"), True),
    ("spend_rate", N_("支出率"), False),
    ("state", N_("进度"), False),
    ("started", N_("开工时间"), False),
    ("completed", N_("完工时间"), False),
)
_TABLE_TITLE: Final = N_("%(programme)s项目进度表（截至%(year)s年%(month)s月%(day)s日）")
_COUNTS: Final = N_("开工%(started)s 完工%(completed)s 验收%(accepted)s")
_OVERDUE_MARK: Final = N_("（逾期）")
_SUBTOTAL: Final = N_("小计")
_TOTAL: Final = N_("合计")
_COUNT: Final = N_("%(count)s个")
_HUNDREDTH: Final = Decimal("0.01")


def format_rate(rate: Decimal | None) -> str | None:
    """A rate as a progress report writes it (74.14%): percent, two places, half up.

    Only the display rounds; ``None`` (no denominator) stays ``None``.

    >>> format_rate(Decimal("0.7413793103448275862068965517")), format_rate(Decimal(1))
    ('74.14%', '100.00%')
    >>> format_rate(None) is None
    True

    .. versionadded:: 0.2.0
    """
    if rate is None:
        return None
    percent = (rate * 100).quantize(_HUNDREDTH, rounding=decimal.ROUND_HALF_UP, context=_RATE_CTX)
    return f"{percent}%"


def _group_cells(
    group: ProgressGroup, label: str, name: str, say: Callable[[str], str]
) -> dict[str, Cell]:
    counts = say(_COUNTS) % {
        "started": group.started,
        "completed": group.completed,
        "accepted": group.accepted,
    }
    return {
        "number": label,
        "name": name,
        "planned": group.planned,
        "released": group.released,
        "release_rate": format_rate(group.release_rate),
        "spent": group.spent,
        "spend_rate": format_rate(group.spend_rate),
        "state": counts,
    }


def progress_table(report: Progress, *, locale: str | Locale = "zh_CN") -> FundPlan:
    """The progress table (项目进度表) of a report, in the fund plan table's layout.

    A row per project under its section's header, a 小计 per section and the
    合计, as :func:`~aidmodel.fund_plan` lays a plan out; the columns are 序号,
    项目名称, 计划资金, 已拨付, 拨付率, 已支出, 支出率, 进度 (the state, or the counts
    started, completed and accepted), 开工时间 and 完工时间. Rates are shown by
    :func:`format_rate`. Write it with :func:`aidmodel.fundplan.to_text`,
    :func:`~aidmodel.fundplan.to_markdown`, :func:`~aidmodel.fundplan.to_csv` or
    :func:`~aidmodel.fundplan.to_xlsx`.

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> from aidmodel.fundplan import to_text
    >>> report = progress(samples.load("shizhong-ebian-2025"),
    ...                   samples.ledger("shizhong-ebian-2025"), as_of=dt.date(2025, 9, 30))
    >>> table = progress_table(report)
    >>> table.title
    '乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案项目进度表（截至2025年9月30日）'
    >>> [table.cell(table.total, key) for key in ("name", "release_rate", "spend_rate")]
    ['16个', '73.91%', '59.49%']

    ``locale`` sets the script of the table's own words (its headings, 小计, 合计, the
    states): ``zh_Hant_TW`` writes them in traditional characters; the programme's and
    projects' names stay as written.

    >>> table = progress_table(report, locale="zh_Hant_TW")
    >>> table.title, table.cell(table.total, "state")
    ('乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案項目進度表（截至2025年9月30日）', '開工15 完工4 驗收1')

    .. versionchanged:: 0.2.0 ``locale``.
    """
    from aidmodel.messages import term

    checked(report, Progress, "progress_table", "an aidmodel.Progress")

    def say(text: str) -> str:
        return term(text, locale=locale)

    columns = [PlanColumn(key=k, title=say(t), money=m) for k, t, m in _TABLE_COLUMNS]
    rows: list[PlanRow] = []
    direct: dict[str | None, list[ProjectProgress]] = defaultdict(list)
    for row in report.projects:
        direct[row.section].append(row)

    def project_row(row: ProjectProgress, depth: int) -> PlanRow:
        values: dict[str, Cell] = {
            "number": row.number,
            "name": row.name,
            "planned": row.planned,
            "released": row.released,
            "release_rate": format_rate(row.release_rate),
            "spent": row.spent,
            "spend_rate": format_rate(row.spend_rate),
            "state": say(row.state.label) + (say(_OVERDUE_MARK) if row.overdue is not None else ""),
            "started": row.started,
            "completed": row.completed,
        }
        cells = tuple(values.get(c.key) for c in columns)
        return PlanRow(
            kind=PlanRowKind.PROJECT,
            cells=cells,
            depth=depth,
            section=row.section,
            project=row.index,
        )

    def close(group: ProgressGroup) -> None:
        values = _group_cells(group, say(_SUBTOTAL), say(_COUNT) % {"count": group.projects}, say)
        rows.append(
            PlanRow(
                kind=PlanRowKind.SUBTOTAL,
                cells=tuple(values.get(c.key) for c in columns),
                depth=group.depth,
                section=group.key,
            )
        )

    rows.extend(project_row(r, 0) for r in direct.get(None, ()))
    # by_section is depth first: a section's 小计 follows its subsections'.
    open_groups: list[ProgressGroup] = []
    for group in report.by_section:
        if group.key is None:
            continue
        while open_groups and open_groups[-1].depth >= group.depth:
            close(open_groups.pop())
        heading = {"number": group.number, "name": group.title}
        rows.append(
            PlanRow(
                kind=PlanRowKind.SECTION,
                cells=tuple(heading.get(c.key) for c in columns),
                depth=group.depth,
                section=group.key,
            )
        )
        rows.extend(project_row(r, group.depth + 1) for r in direct.get(group.key, ()))
        open_groups.append(group)
    while open_groups:
        close(open_groups.pop())
    count = say(_COUNT) % {"count": report.total.projects}
    total = _group_cells(report.total, say(_TOTAL), count, say)
    as_of = report.as_of
    when = {"year": as_of.year, "month": as_of.month, "day": as_of.day}
    return FundPlan(
        title=say(_TABLE_TITLE) % {"programme": report.programme or say(UNTITLED), **when},
        columns=columns,
        rows=rows,
        total=PlanRow(kind=PlanRowKind.TOTAL, cells=tuple(total.get(c.key) for c in columns)),
        amount=report.total.planned,
    )
