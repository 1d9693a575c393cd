"""Aggregation (汇总): totals of planned money every way a county office asks for them.

Pure functions of a :class:`~aidmodel.Programme` (or of several) returning
tuples of frozen records, exact to the fen. A project's money is never divided
by guess: a project written for several units (or places) without a split is
reported under all of them together, as a shared row (``shared=True``).

>>> from aidmodel import samples
>>> [(g.key, str(g.amount.to_wan())) for g in totals_by_source(samples.load("keqiao-ebian-2025"))]
[('current', '910'), ('carry_over', '52.310194'), (None, '2990')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Literal

import attrs

from aidmodel._validators import checked
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError
from aidmodel.model import Commitment, Programme, Project, Section
from aidmodel.money import Money
from aidmodel.quantity import Bound

__all__ = [
    "CommitmentTotal",
    "Group",
    "PortfolioRow",
    "SectionTotal",
    "commitment_totals",
    "portfolio",
    "totals_by_deadline",
    "totals_by_location",
    "totals_by_section",
    "totals_by_source",
    "totals_by_status",
    "totals_by_unit",
    "totals_by_year",
]

_ZERO = Money.from_yuan(0)


@attrs.frozen(kw_only=True)
class Group:
    """Planned money of one group of projects (分组合计).

    Attributes:
        key: The group (a unit, a place, a source key, ``"2025-11"`` ...); ``None``
            for projects the document does not assign (未注明).
        amount: The money of the group (金额).
        projects: How many projects contribute to it (项目数).
        unpriced: How many of them have no amount (未列金额).
        shared: Whether the money is held jointly by ``members`` and not split (共担).
        members: The units or places sharing an undivided project, in order.

    >>> from aidmodel import samples
    >>> group = totals_by_status(samples.load("shizhong-ebian-2025"))[1]
    >>> group.key, group.amount.to_wan(), group.projects, group.unpriced
    ('continued', Decimal('66'), 1, 0)
    """

    key: str | None
    amount: Money
    projects: int
    unpriced: int = 0
    shared: bool = False
    members: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class SectionTotal:
    """A section's money and count, nested sections rolled up (分类合计).

    Attributes:
        section: The :attr:`Section.id`.
        title: Its heading.
        depth: 0 for a top-level section, 1 below it ...
        amount: The projects' money in it and below it.
        projects: How many projects are in it and below it.
        unpriced: How many of them have no amount.
        declared_amount: The amount it declares, or ``None``.
        declared_count: The count it declares, or ``None``.

    >>> from aidmodel import samples
    >>> row = totals_by_section(samples.load("shizhong-ebian-2025"))[0]
    >>> row.section, row.title, row.amount.to_wan(), row.projects
    ('1', '深化产业合作', Decimal('378'), 3)
    """

    section: str
    title: str
    depth: int
    amount: Money
    projects: int
    unpriced: int
    declared_amount: Money | None
    declared_count: int | None


@attrs.frozen(kw_only=True)
class CommitmentTotal:
    """Targets of one metric, summed only where unit, bound and period agree (目标合计).

    Attributes:
        metric: What is counted (转移就业).
        unit: The unit (名); rows with other units are separate rows.
        bound: The bound of the targets summed (以上 stays 以上).
        per: The period (年), or ``None``.
        total: The sum of the targets (the low ends, for ranges).
        high: The sum of the high ends, for ranges; ``None`` otherwise.
        count: How many commitments were summed.

    >>> from aidmodel import samples
    >>> row = commitment_totals(samples.load("shizhong-ebian-2025"))[0]
    >>> row.metric, row.unit, row.total, row.count
    ('建设枇杷自动分选线', '条', Decimal('1'), 1)
    """

    metric: str
    unit: str | None
    bound: Bound
    per: str | None
    total: Decimal
    high: Decimal | None
    count: int


@attrs.frozen(kw_only=True)
class PortfolioRow:
    """The aid of a set of programmes that share a key and a year (汇总).

    Attributes:
        key: The recipient, donor or scheme value; ``None`` for programmes that do not say.
        year: The year, or ``None`` for programmes that do not say.
        amount: The declared totals, or the projects' sum where a programme declares none.
        programmes: How many programmes.
        estimated: How many of them declare no total (their projects were summed).
        titles: The programmes' titles, in the order given (a programme without one gives none).

    >>> from aidmodel import samples
    >>> row = portfolio([samples.load("shizhong-ebian-2025")])[0]
    >>> row.key, row.year, row.amount.to_wan(), row.programmes
    ('峨边彝族自治县', 2025, Decimal('766'), 1)
    """

    key: str | None
    year: int | None
    amount: Money
    programmes: int
    estimated: int
    titles: tuple[str, ...]


class _Groups:
    """Accumulates money, project counts and unpriced counts per (key, members)."""

    def __init__(self) -> None:
        self.money: dict[tuple[str | None, tuple[str, ...]], Money] = {}
        self.counts: dict[tuple[str | None, tuple[str, ...]], tuple[int, int]] = {}

    def add(self, key: str | None, amount: Money | None, members: tuple[str, ...] = ()) -> None:
        slot = (key, members)
        count, unpriced = self.counts.get(slot, (0, 0))
        self.counts[slot] = (count + 1, unpriced + (amount is None))
        self.money[slot] = self.money.get(slot, _ZERO) + (amount or _ZERO)

    def result(self, order: Iterable[str] | None = None) -> tuple[Group, ...]:
        """The groups by key, ``None`` first; or with ``order``, those keys first in
        that order, then the others by key, ``None`` last."""
        groups = [
            Group(
                key=key,
                amount=self.money[(key, members)],
                projects=count,
                unpriced=unpriced,
                shared=len(members) > 1,
                members=members,
            )
            for (key, members), (count, unpriced) in self.counts.items()
        ]
        if order is None:
            return tuple(sorted(groups, key=lambda g: (g.key is not None, g.key or "")))
        rank = {key: index for index, key in enumerate(order)}
        return tuple(
            sorted(
                groups,
                key=lambda g: (g.key is None, rank.get(g.key or "", len(rank)), g.key or ""),
            )
        )


def _by_names(
    programme: Programme,
    names: Callable[[Project], tuple[str, ...]],
    *,
    split_by_unit: bool = False,
) -> tuple[Group, ...]:
    groups = _Groups()
    for project in programme.projects:
        split = []
        if split_by_unit:
            split = [
                (part.unit, part.amount)
                for share in project.funding
                for part in (share.parts or (share,))
                if part.unit is not None
            ]
        amount = project.amount
        for unit, part in split:
            groups.add(unit, part)
        if split:
            # What the split by unit leaves of the project goes by the rule below.
            rest = (amount or _ZERO) - sum((part for _, part in split), _ZERO)
            if rest <= _ZERO:
                continue
            amount = rest
        written = names(project)
        if not written:
            groups.add(None, amount)
        elif len(written) == 1:
            groups.add(written[0], amount)
        else:
            groups.add("、".join(written), amount, written)
    return groups.result()


def _units(project: Project) -> tuple[str, ...]:
    return project.units or project.lead_units


def totals_by_unit(programme: Programme) -> tuple[Group, ...]:
    """Money by responsible unit (责任单位): a split by unit counts per unit, a project
    of several units without a split is one shared row.

    >>> from aidmodel import samples
    >>> rows = totals_by_unit(samples.load("liangjiang-pengshui-2020"))
    >>> [(g.key, str(g.amount.to_wan())) for g in rows if g.key == "县司法局"]
    [('县司法局', '50')]
    """
    checked(programme, Programme, "totals_by_unit(programme=...)", "a Programme")
    return _by_names(programme, _units, split_by_unit=True)


def totals_by_location(programme: Programme) -> tuple[Group, ...]:
    """Money by place (实施地点); a project in several places without a split is shared.

    >>> from aidmodel import samples
    >>> rows = totals_by_location(samples.load("shizhong-ebian-2025"))
    >>> sum(g.projects for g in rows)
    16
    """
    checked(programme, Programme, "totals_by_location(programme=...)", "a Programme")
    return _by_names(programme, lambda project: project.locations)


def totals_by_source(programme: Programme) -> tuple[Group, ...]:
    """Money by fund source key (资金来源), in the order the plan declares its sources
    (:attr:`Programme.fund_sources`); projects not split by source come last, under ``None``.

    Shares of every source count, also those outside the declared total
    (:attr:`FundSource.in_total` false), each under its own key.

    >>> from aidmodel import samples
    >>> [(g.key, str(g.amount.to_wan())) for g in totals_by_source(samples.load("liangjiang-pengshui-2020"))]
    [('2019', '2364.04'), ('2020', '5487')]
    >>> [g.key for g in totals_by_source(samples.load("keqiao-ebian-2025"))]
    ['current', 'carry_over', None]

    .. versionchanged:: 0.2.0 In the plan's order of sources, ``None`` last; was by key.
    """
    checked(programme, Programme, "totals_by_source(programme=...)", "a Programme")
    groups = _Groups()
    for project in programme.projects:
        if not project.funding:
            groups.add(None, project.amount)
        for share in project.funding:
            groups.add(share.source, share.amount)
    return groups.result(source.key for source in programme.fund_sources)


def totals_by_year(programme: Programme) -> tuple[Group, ...]:
    """Money by the year of the money (资金年度): a share's year, else its source's year.

    >>> from aidmodel import samples
    >>> [(g.key, str(g.amount.to_wan())) for g in totals_by_year(samples.load("liangjiang-pengshui-2020"))]
    [('2019', '2364.04'), ('2020', '5487')]
    """
    checked(programme, Programme, "totals_by_year(programme=...)", "a Programme")
    years = {s.key: s.year for s in programme.fund_sources}
    groups = _Groups()
    for project in programme.projects:
        if not project.funding:
            groups.add(None, project.amount)
        for share in project.funding:
            year = share.year if share.year is not None else years.get(share.source or "")
            groups.add(None if year is None else str(year), share.amount)
    return groups.result()


def totals_by_status(programme: Programme) -> tuple[Group, ...]:
    """Money by status (建设性质): ``"new"`` (新建), ``"continued"`` (续建), ``None``.

    >>> from aidmodel import samples
    >>> [(g.key, g.projects) for g in totals_by_status(samples.load("liangjiang-pengshui-2020"))]
    [(None, 2), ('continued', 13), ('new', 2)]
    """
    checked(programme, Programme, "totals_by_status(programme=...)", "a Programme")
    groups = _Groups()
    for project in programme.projects:
        groups.add(None if project.status is None else project.status.value, project.amount)
    return groups.result()


def totals_by_deadline(programme: Programme) -> tuple[Group, ...]:
    """Money by completion month (完成时限): ``"2025-11"``; ``"2025"`` where only the year is given.

    >>> from aidmodel import samples
    >>> [(g.key, g.projects) for g in totals_by_deadline(samples.load("shizhong-ebian-2025"))]
    [('2025-10', 12), ('2025-11', 4)]
    """
    checked(programme, Programme, "totals_by_deadline(programme=...)", "a Programme")
    groups = _Groups()
    for project in programme.projects:
        deadline = project.deadline
        key = None
        if deadline is not None:
            key = (
                f"{deadline.year:04d}"
                if deadline.month is None
                else f"{deadline.year:04d}-{deadline.month:02d}"
            )
        groups.add(key, project.amount)
    return groups.result()


def totals_by_section(programme: Programme) -> tuple[SectionTotal, ...]:
    """Money and counts per section, nested sections rolled up into their parents.

    >>> from aidmodel import samples
    >>> for t in totals_by_section(samples.load("shizhong-ebian-2025"))[:3]:
    ...     print(t.section, t.title, t.amount.to_wan(), t.projects, t.declared_count)
    1 深化产业合作 378 3 3
    2 加强劳务协作 0 1 1
    3 强化人才培育 50 4 3
    """
    checked(programme, Programme, "totals_by_section(programme=...)", "a Programme")
    rows: list[SectionTotal] = []

    def visit(section: Section, depth: int) -> tuple[Money, int, int]:
        own = [p for p in programme.projects if p.section == section.id]
        amount = sum((p.amount for p in own if p.amount is not None), _ZERO)
        count, unpriced = len(own), sum(1 for p in own if p.amount is None)
        index = len(rows)
        rows.append(
            SectionTotal(
                section=section.id,
                title=section.title,
                depth=depth,
                amount=amount,
                projects=count,
                unpriced=unpriced,
                declared_amount=section.declared_amount,
                declared_count=section.declared_count,
            )
        )
        for sub in section.subsections:
            sub_amount, sub_count, sub_unpriced = visit(sub, depth + 1)
            amount, count, unpriced = (
                amount + sub_amount,
                count + sub_count,
                unpriced + sub_unpriced,
            )
        rows[index] = attrs.evolve(rows[index], amount=amount, projects=count, unpriced=unpriced)
        return amount, count, unpriced

    for top in programme.sections:
        visit(top, 0)
    return tuple(rows)


def _commitments(programme: Programme) -> Iterator[Commitment]:
    yield from programme.commitments
    for project in programme.projects:
        yield from project.commitments
    for task in programme.mechanisms:
        yield from task.commitments


def commitment_totals(programme: Programme) -> tuple[CommitmentTotal, ...]:
    """Targets summed by metric, only where unit, bound and period agree.

    转移就业 in 名 and 培训 in 人次 are different rows; so are 以上 and exact targets.

    >>> from aidmodel import samples
    >>> rows = commitment_totals(samples.load("shizhong-ebian-2025"))
    >>> [(r.metric, str(r.total), r.unit, r.bound.label) for r in rows if r.metric == "转移就业"]
    [('转移就业', '40', '名', '以上')]
    """
    checked(programme, Programme, "commitment_totals(programme=...)", "a Programme")
    sums: dict[tuple[str, str | None, Bound, str | None], list[Decimal | int | None]] = {}
    for item in _commitments(programme):
        target = item.target
        key = (item.metric, target.unit, target.bound, item.period or target.per)
        row = sums.setdefault(key, [Decimal(0), None, 0])
        row[0] = Decimal(row[0] or 0) + target.value
        if target.high is not None:
            row[1] = Decimal(row[1] or 0) + target.high
        row[2] = int(row[2] or 0) + 1
    return tuple(
        CommitmentTotal(
            metric=metric,
            unit=unit,
            bound=bound,
            per=per,
            total=Decimal(total or 0),
            high=None if high is None else Decimal(high),
            count=int(count or 0),
        )
        for (metric, unit, bound, per), (total, high, count) in sums.items()
    )


def portfolio(
    programmes: Iterable[Programme], *, by: Literal["recipient", "donor", "scheme"] = "recipient"
) -> tuple[PortfolioRow, ...]:
    """The aid of many programmes keyed by recipient (or donor, or scheme) and year.

    A programme's amount is its declared total, or the sum of its projects when it
    declares none (counted in :attr:`PortfolioRow.estimated`).

    >>> from aidmodel import samples
    >>> plans = [samples.load("shizhong-ebian-2025"), samples.load("keqiao-ebian-2025")]
    >>> row = portfolio(plans)[0]
    >>> row.key, row.year, row.amount.to_wan(), row.programmes
    ('峨边彝族自治县', 2025, Decimal('4718.310194'), 2)
    >>> portfolio(plans, by="county")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: portfolio(by=...): not a key; expected 'recipient', 'donor' or 'scheme', got 'county'
    """
    keys: dict[str, Callable[[Programme], str | None]] = {
        "recipient": lambda p: None if p.recipient is None else p.recipient.name,
        "donor": lambda p: None if p.donor is None else p.donor.name,
        "scheme": lambda p: None if p.scheme is None else p.scheme.value,
    }
    key_of = keys.get(by)
    if key_of is None:
        raise InvalidValueError(
            "portfolio(by=...)",
            N_("not a key"),
            expected=N_("'recipient', 'donor' or 'scheme'"),
            got=by,
        )
    rows: dict[tuple[str | None, int | None], PortfolioRow] = {}
    for programme in programmes:
        key = (key_of(programme), programme.year)
        declared = programme.declared_total
        amount = declared if declared is not None else programme.project_total()
        row = rows.get(key)
        if row is None:
            row = PortfolioRow(
                key=key[0], year=key[1], amount=_ZERO, programmes=0, estimated=0, titles=()
            )
        rows[key] = attrs.evolve(
            row,
            amount=row.amount + amount,
            programmes=row.programmes + 1,
            estimated=row.estimated + (declared is None),
            titles=(*row.titles, *((programme.title,) if programme.title else ())),
        )
    # Rows whose programmes do not say (None) come after the others.
    return tuple(
        sorted(
            rows.values(),
            key=lambda r: (r.key is None, r.key or "", r.year is None, r.year or 0),
        )
    )
