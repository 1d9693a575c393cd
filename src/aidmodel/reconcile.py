"""Reconciliation (核对): every place a plan's own figures disagree, located and explained.

:func:`reconcile` compares what a document declares with what its own lists
add up to and returns :class:`Finding` records, in document order. It never
changes the programme, and it reports only what it can decide: a section whose
projects lack amounts is compared only where the known amounts already exceed
the declared one, and a programme without declared figures gives no findings.

>>> from aidmodel import samples
>>> for finding in reconcile(samples.load("keqiao-ebian-2025")):
...     print(finding.kind.value, "|", finding.message)
repeated_number | item number '10.' is printed 2 times in section '6'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Final

import attrs

from aidmodel._validators import checked
from aidmodel.errors import AidModelError
from aidmodel.model import FundSourceKind, PartialDate, Programme, Project, Section
from aidmodel.money import Money
from aidmodel.numerals import parse_chinese_number, parse_rmb_upper

__all__ = ["Detail", "Finding", "FindingKind", "reconcile"]

#: A value a finding's message names beside its figures (:attr:`Finding.details`).
Detail = str | int | Decimal | Money | PartialDate

_ZERO = Money.from_yuan(0)


def _pairs(details: Iterable[tuple[str, Detail]]) -> tuple[tuple[str, Detail], ...]:
    return tuple(details)


_COMPLETING = frozenset(
    {FundSourceKind.SELF_RAISED, FundSourceKind.ENTERPRISE_OR_SOCIAL, FundSourceKind.SOCIAL}
)


class FindingKind(enum.Enum):
    """What disagrees (差异类型). Values are stable English words (the wire format).

    >>> FindingKind.PROJECTS_VS_TOTAL.value
    'projects_vs_total'
    """

    #: The fund sources do not add up to the declared total (资金来源合计与总额不符).
    SOURCES_VS_TOTAL = "sources_vs_total"
    #: The projects do not add up to the declared total (项目合计与总额不符).
    PROJECTS_VS_TOTAL = "projects_vs_total"
    #: The declared number of projects differs from the list (项目个数不符).
    PROJECT_COUNT = "project_count"
    #: The sections' declared counts do not add up to the projects listed (分类个数合计不符).
    SECTION_COUNTS_VS_TOTAL = "section_counts_vs_total"
    #: A section lists another number of projects than it declares (分类个数不符).
    SECTION_COUNT = "section_count"
    #: A section's projects do not add up to its declared amount or 小计 (分类金额不符).
    SECTION_AMOUNT = "section_amount"
    #: A section's projects' 总投资 do not add up to its declared 总投资.
    SECTION_TOTAL_INVESTMENT = "section_total_investment"
    #: A section's declared split by source does not add up to its declared amount (合计拆分不符).
    SECTION_SPLIT = "section_split"
    #: A section's projects' shares of one source differ from its declared sub-total of it.
    SECTION_SOURCE = "section_source"
    #: A fund source's amount differs from the projects' shares of it (来源金额不符); told
    #: only where every project's shares name their sources.
    SOURCE_VS_SHARES = "source_vs_shares"
    #: A project's funding split does not add up to its amount (资金构成不符).
    FUNDING_VS_AMOUNT = "funding_vs_amount"
    #: A share's parts (by unit) do not add up to the share (构成明细不符).
    PARTS_VS_SHARE = "parts_vs_share"
    #: A project's aid, or its split, exceeds its total investment (超过总投资).
    EXCEEDS_TOTAL_INVESTMENT = "exceeds_total_investment"
    #: A project's aid and its money from outside the declared total (自筹, 企业投资) do not
    #: make up its total investment (总投资构成不符).
    FUNDING_VS_INVESTMENT = "funding_vs_investment"
    #: An item number is printed more than once in one part (序号重复).
    REPEATED_NUMBER = "repeated_number"
    #: A guaranteed dividend differs from its rate times the investment (分红不符).
    DIVIDEND = "dividend"
    #: The uppercase total does not say the declared total (大写与小写不符).
    UPPERCASE_VS_TOTAL = "uppercase_vs_total"
    #: A project's ledger spends more than it releases (支出超过拨付); told by
    #: :func:`~aidmodel.progress.progress`, as are the kinds below.
    SPENT_OVER_RELEASED = "spent_over_released"
    #: A project's ledger releases more than its planned amount (拨付超过计划).
    RELEASED_OVER_PLANNED = "released_over_planned"
    #: A project is completed before it is started (完工早于开工).
    COMPLETED_BEFORE_STARTED = "completed_before_started"
    #: A project is accepted before it is completed (验收早于完工).
    ACCEPTED_BEFORE_COMPLETED = "accepted_before_completed"
    #: A project is not started and its deadline has passed (逾期未开工).
    NOT_STARTED_PAST_DEADLINE = "not_started_past_deadline"


@attrs.frozen(kw_only=True)
class Finding:
    """One inconsistency of a document (差异), as a county official would want it told.

    Attributes:
        kind: What disagrees (:class:`FindingKind`).
        where: A path into the programme: ``"programme"``, ``"section 'attachment-1'"``,
            ``"projects[10] (10.)"`` (index in :attr:`Programme.projects`, then the number as printed).
        declared: What the document declares (Money or a count), or ``None``.
        computed: What its own parts add up to, or ``None``.
        difference: ``computed - declared`` where both are figures, or ``None``.
        message: The finding in plain English words, for a log (its wording may change).
        details: What else the message names, as ``(name, value)`` pairs: the section's
            ``section_number`` and ``section_title``, a project's ``name``, a fund
            source's ``source``, the ``upper`` total as written, a repeated ``number``,
            a dividend's ``rate`` and ``base``, dates ``earlier``, ``later``, ``deadline``.
            :func:`aidmodel.messages.format_finding` tells the finding in a reader's
            language from these and the figures.

    >>> from aidmodel import samples
    >>> finding = reconcile(samples.load("binjiang-jianshi-2018"))[0]
    >>> finding.kind, finding.where, finding.difference
    (<FindingKind.SECTION_SPLIT: 'section_split'>, "section 'attachment-1'", Money(yuan=Decimal('-3000000.00')))

    .. versionchanged:: 0.2.0 ``details``.
    """

    kind: FindingKind
    where: str
    declared: Money | int | None = None
    computed: Money | int | None = None
    difference: Money | int | None = None
    message: str
    details: tuple[tuple[str, Detail], ...] = attrs.field(default=(), converter=_pairs)


def _finding(
    kind: FindingKind,
    where: str,
    declared: Money | int | None,
    computed: Money | int | None,
    message: str,
    **details: Detail,
) -> Finding:
    difference: Money | int | None = None
    both_money = isinstance(declared, Money) and isinstance(computed, Money)
    both_counts = isinstance(declared, int) and isinstance(computed, int)
    if both_money or both_counts:
        difference = computed - declared  # type: ignore[operator]
    return Finding(
        kind=kind,
        where=where,
        declared=declared,
        computed=computed,
        difference=difference,
        message=message,
        details=tuple(details.items()),
    )


def _wan(amount: Money) -> str:
    return f"{amount.to_wan():f}万元"


def _total(amounts: Iterable[Money]) -> Money:
    # Sum the Decimals and wrap once: exact, and much cheaper than Money + Money.
    return Money.from_yuan(sum((m.yuan for m in amounts), Decimal(0)))


def _section_details(section: Section) -> dict[str, Detail]:
    """How a message names a section: its number as printed and its title."""
    found: dict[str, Detail] = {"section_title": section.title}
    if section.number is not None:
        found["section_number"] = section.number
    return found


def _project_where(index: int, project: Project) -> str:
    """``projects[7] (8)``: the index in Programme.projects, then the number as printed."""
    label = f" ({project.number})" if project.number else ""
    return f"projects[{index}]{label}"


class _Index:
    """What every check needs, computed once: projects per section, roots, in-total sources."""

    def __init__(self, programme: Programme) -> None:
        direct: dict[str | None, list[Project]] = defaultdict(list)
        for project in programme.projects:
            direct[project.section].append(project)
        self.direct = direct
        self.roots = {s.id: top.id for top in programme.sections for s in top.walk()}
        self.in_total = {s.key for s in programme.fund_sources if s.in_total}
        self.labels = {s.key: s.label or s.kind.label for s in programme.fund_sources}
        # Money that completes a project's investment beside the aid: 自筹, 企业投资或社会帮扶.
        # (Aid of the years before the plan, written without a year (以前年度已安排援疆资金),
        # completes a 续建 project's investment too; a year's own aid column does not.)
        self.completing = {
            s.key
            for s in programme.fund_sources
            if not s.in_total
            and (s.kind in _COMPLETING or (s.kind is FundSourceKind.ANNUAL_AID and s.year is None))
        }
        self._inside: dict[str, list[Project]] = {}
        self.declared_total = programme.declared_total
        self.project_count = len(programme.projects)

    def short(self, projects: Iterable[Project], source: str) -> Decimal:
        """What the projects that take a share of ``source`` miss of their amounts in their
        shares (a project of 240万元 split 200 + 30): a source's column short by that much
        is the same error, told once, at the project, as funding_vs_amount."""
        missing = Decimal(0)
        for project in projects:
            if project.amount is None or not any(s.source == source for s in project.funding):
                continue
            shares = [
                s.amount.yuan
                for s in project.funding
                if s.source is None or s.source in self.in_total
            ]
            if shares:
                missing += project.amount.yuan - sum(shares, Decimal(0))
        return missing

    def inside(self, section: Section) -> list[Project]:
        """The projects of a section and of all below it, in document order."""
        found = self._inside.get(section.id)
        if found is None:
            if section.subsections:
                ids = {s.id for s in section.walk()}
                found = [p for ps in (self.direct.get(i, []) for i in ids) for p in ps]
            else:
                found = self.direct.get(section.id, [])
            self._inside[section.id] = found
        return found


def reconcile(programme: Programme) -> tuple[Finding, ...]:
    """Every inconsistency between a programme's declared figures and its own parts.

    Checks, in this order: the uppercase total; fund sources and projects against
    the declared total; the declared project count; per section (nested, a 小计 or
    合计 included) its count, amount, 总投资, declared split and per-source
    sub-totals; per fund source the projects' shares of it; per project its split
    against its amount, parts against shares, aid against 总投资, the dividend
    against rate times investment; repeated item numbers within one part. A programme
    that lists only some of its projects (``lists_all_projects=False``: a notice of its
    changes) adds up no total, count or source of the whole plan over them. One wrong
    figure is told once: a source's column short by exactly what its projects' splits miss
    of their amounts is the projects' funding_vs_amount, not a finding of its own; the
    sections' counts against the list are section_count findings where every project stands
    in a counted section.

    >>> from aidmodel import samples
    >>> [f.kind.value for f in reconcile(samples.load("shizhong-ebian-2025"))]
    ['section_count']
    >>> print(reconcile(samples.load("binjiang-jianshi-2018"))[0].message)
    section 'attachment-1' declares 5005万元 split as 4705万元 by source
    """
    checked(programme, Programme, "reconcile(programme=...)", "a Programme")
    return tuple(_checks(programme))


def _checks(programme: Programme) -> Iterator[Finding]:
    index = _Index(programme)
    yield from _check_uppercase(programme)
    yield from _check_totals(programme, index)
    yield from _check_counts(programme, index)
    for section in programme.walk_sections():
        yield from _once(list(_check_section(section, index)))
    yield from _check_sources(programme, index)
    for position, project in enumerate(programme.projects):
        yield from _check_project(position, project, index)
    yield from _check_numbers(programme, index)


def _once(findings: list[Finding]) -> list[Finding]:
    """A section's findings with each disagreement told once: where its projects miss its
    declared amount by some figure, a split by source or a source's share off by the same
    figure (a 小计 row wrong in its 合计 and in one source column) is that one error."""
    amounts = {f.difference for f in findings if f.kind is FindingKind.SECTION_AMOUNT}
    return [
        f
        for f in findings
        if f.kind not in (FindingKind.SECTION_SPLIT, FindingKind.SECTION_SOURCE)
        or f.difference is None
        or f.difference not in amounts
    ]


def _check_uppercase(programme: Programme) -> Iterator[Finding]:
    upper, total = programme.declared_total_upper, programme.declared_total
    if upper is None or total is None:
        return
    try:
        said = parse_rmb_upper(upper)
    except AidModelError:
        yield _finding(
            FindingKind.UPPERCASE_VS_TOTAL,
            "programme",
            total,
            None,
            f"the uppercase total {upper!r} cannot be read as an amount",
            upper=upper,
        )
        return
    if said != total:
        yield _finding(
            FindingKind.UPPERCASE_VS_TOTAL,
            "programme",
            total,
            said,
            f"the uppercase total {upper!r} says {_wan(said)}, the figure {_wan(total)}",
            upper=upper,
        )


def _programme_sources(programme: Programme) -> list[Money] | None:
    amounts = []
    for source in programme.fund_sources:
        if source.in_total and source.section is None:
            if source.amount is None:
                return None
            amounts.append(source.amount)
    return amounts or None


def _section_projects(programme: Programme, section: Section) -> list[Project]:
    ids = {s.id for s in section.walk()}
    return [p for p in programme.projects if p.section in ids]


def _planned(index: _Index, projects: list[Project], sections: Iterable[Section]) -> Money | None:
    """The sum of the projects' amounts, a section's declared amount standing in for
    projects without one; ``None`` when that cannot be decided."""
    if all(p.amount is not None for p in projects):
        return _total(p.amount for p in projects if p.amount is not None)
    total = _ZERO
    for section in sections:
        inside = index.inside(section)
        if not inside:
            continue
        if all(p.amount is not None for p in inside):
            total += _total(p.amount for p in inside if p.amount is not None)
        elif section.declared_amount is not None:
            total += section.declared_amount
        elif section.subsections:
            sub = _planned(index, inside, section.subsections)
            if sub is None:
                return None
            total += sub
        else:
            return None
    placed = {s.id for top in sections for s in top.walk()}
    loose = [p for p in projects if p.section not in placed]
    if any(p.amount is None for p in loose):
        return None
    return total + _total(p.amount for p in loose if p.amount is not None)


def _check_totals(programme: Programme, index: _Index) -> Iterator[Finding]:
    total = programme.declared_total
    if total is None:
        return
    sources = _programme_sources(programme)
    if sources is not None and _total(sources) != total:
        computed = _total(sources)
        yield _finding(
            FindingKind.SOURCES_VS_TOTAL,
            "programme",
            total,
            computed,
            f"the fund sources add up to {_wan(computed)}, the declared total is {_wan(total)}",
        )
    if programme.projects and programme.lists_all_projects:
        planned = _planned(index, list(programme.projects), programme.sections)
        if planned is not None and planned != total:
            yield _finding(
                FindingKind.PROJECTS_VS_TOTAL,
                "programme",
                total,
                planned,
                f"the projects add up to {_wan(planned)}, the declared total is {_wan(total)}",
            )


def _check_counts(programme: Programme, index: _Index) -> Iterator[Finding]:
    if not programme.lists_all_projects:
        return  # a notice of its changes lists some projects: none of its counts to add up
    listed = len(programme.projects)
    declared = programme.declared_project_count
    # A document that lists no project (a notice of its changes only) has none to count,
    # as its total has none to add up.
    if declared is not None and listed and declared != listed:
        yield _finding(
            FindingKind.PROJECT_COUNT,
            "programme",
            declared,
            listed,
            f"the plan declares {declared} projects and lists {listed}",
        )
    counted = [s for s in programme.sections if s.declared_count is not None]
    counts = [s.declared_count for s in counted if s.declared_count is not None]
    with_projects = [s for s in programme.sections if index.inside(s)]
    if counts and all(s.declared_count is not None for s in with_projects):
        added = sum(counts)
        # Told once: where every project stands in a counted section, the sections' sum is
        # short or over by what their own counts are (each a section_count finding).
        outside = listed - sum(len(index.inside(s)) for s in counted)
        if added != listed and outside:
            yield _finding(
                FindingKind.SECTION_COUNTS_VS_TOTAL,
                "programme",
                added,
                listed,
                f"the sections declare {added} projects in all, the plan lists {listed}",
            )


def _shares_by_source(projects: Iterable[Project]) -> dict[str, Money]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for project in projects:
        for share in project.funding:
            if share.source is not None:
                totals[share.source] += share.amount.yuan
    return {key: Money.from_yuan(value) for key, value in totals.items()}


def _check_section(section: Section, index: _Index) -> Iterator[Finding]:
    where = f"section {section.id!r}"
    projects = index.inside(section)
    if section.declared_count is not None and section.declared_count != len(projects):
        yield _finding(
            FindingKind.SECTION_COUNT,
            where,
            section.declared_count,
            len(projects),
            f"section {section.id!r} ({section.title}) declares {section.declared_count} "
            f"projects and lists {len(projects)}",
            **_section_details(section),
        )
    declared = section.declared_amount
    if declared is not None and projects:
        known = _total(p.amount for p in projects if p.amount is not None)
        complete = all(p.amount is not None for p in projects)
        # A part holding every project and declaring the programme's own total (a table's 合计
        # row that repeats it) disagrees as the programme does: told once, as projects_vs_total.
        whole = len(projects) == index.project_count and declared == index.declared_total
        if not whole and ((complete and known != declared) or (not complete and known > declared)):
            yield _finding(
                FindingKind.SECTION_AMOUNT,
                where,
                declared,
                known,
                f"the projects of section {section.id!r} ({section.title}) add up to "
                f"{_wan(known)}{'' if complete else ' or more'}, it declares {_wan(declared)}",
                **_section_details(section),
                **({} if complete else {"at_least": "yes"}),
            )
    investment = section.declared_total_investment
    if investment is not None and projects and all(p.total_investment for p in projects):
        known = _total(p.total_investment for p in projects if p.total_investment is not None)
        if known != investment:
            yield _finding(
                FindingKind.SECTION_TOTAL_INVESTMENT,
                where,
                investment,
                known,
                f"the total investment of section {section.id!r} adds up to {_wan(known)}, "
                f"it declares {_wan(investment)}",
                **_section_details(section),
            )
    in_total = [
        share
        for share in section.declared_funding
        if share.source is None or share.source in index.in_total
    ]
    if declared is not None and in_total:
        # 自筹 beside the aid (a source outside the total) is no part of the declared amount.
        split = _total(share.amount for share in in_total)
        if split != declared:
            yield _finding(
                FindingKind.SECTION_SPLIT,
                where,
                declared,
                split,
                f"section {section.id!r} declares {_wan(declared)} split as {_wan(split)} by source",
                **_section_details(section),
            )
    if section.declared_funding and projects and all(p.funding for p in projects if p.amount):
        shares = _shares_by_source(projects)
        for share in section.declared_funding:
            if share.source is None:
                continue
            known = shares.get(share.source, _ZERO)
            missing = share.amount.yuan - known.yuan
            if missing and missing != index.short(projects, share.source):
                yield _finding(
                    FindingKind.SECTION_SOURCE,
                    where,
                    share.amount,
                    known,
                    f"the projects of section {section.id!r} take {_wan(known)} from "
                    f"{share.source!r}, the section declares {_wan(share.amount)}",
                    **_section_details(section),
                    source=index.labels.get(share.source, share.source),
                )


def _check_sources(programme: Programme, index: _Index) -> Iterator[Finding]:
    shares: dict[str | None, dict[str, Money]] = {}
    for source in programme.fund_sources:
        if source.amount is None:
            continue
        if source.section is None:
            if not programme.lists_all_projects:
                continue  # a source of the whole plan, of which only some projects are listed
            projects = list(programme.projects)
        else:
            projects = index.inside(programme.section(source.section))
        priced = [p for p in projects if p.amount is not None]
        if not priced or not all(p.funding for p in priced):
            continue  # the plan does not split every project: cannot tell
        if any(share.source is None for p in priced for share in p.funding) or any(
            not any(share.source in index.in_total for share in p.funding) for p in priced
        ):
            # A share that names no source could be this one's; a project whose shares are
            # all from outside the total (its 自筹 beside the aid) does not say whose its
            # aid is: cannot tell.
            continue
        if source.section not in shares:
            shares[source.section] = _shares_by_source(priced)
        known = shares[source.section].get(source.key, _ZERO)
        missing = source.amount.yuan - known.yuan
        if missing and missing != index.short(priced, source.key):
            yield _finding(
                FindingKind.SOURCE_VS_SHARES,
                f"fund source {source.key!r}",
                source.amount,
                known,
                f"the projects take {_wan(known)} from {source.label or source.key}, "
                f"which declares {_wan(source.amount)}",
                source=source.label or source.kind.label,
            )


def _check_project(position: int, project: Project, index: _Index) -> Iterator[Finding]:
    if not project.funding and project.total_investment is None and project.dividend is None:
        return  # nothing to check: the common case, kept cheap
    where = _project_where(position, project)
    name = project.name
    in_total = index.in_total
    amount = project.amount
    if amount is not None and project.funding:
        # Decimal sums first (exact: every amount is whole fen); Money only for a finding.
        known = Decimal(0)
        counted = False
        for share in project.funding:
            if share.source is None or share.source in in_total:
                known += share.amount.yuan
                counted = True
        if counted and known != amount.yuan:
            split = Money.from_yuan(known)
            yield _finding(
                FindingKind.FUNDING_VS_AMOUNT,
                where,
                amount,
                split,
                f"{name}: the sources add up to {_wan(split)}, the project has {_wan(amount)}",
                name=name,
            )
    for share in project.funding:
        if share.parts:
            parts = _total(p.amount for p in share.parts)
            if parts != share.amount:
                yield _finding(
                    FindingKind.PARTS_VS_SHARE,
                    where,
                    share.amount,
                    parts,
                    f"{name}: the parts of a share of {_wan(share.amount)} add up to {_wan(parts)}",
                    name=name,
                )
    investment = project.total_investment
    if investment is not None:
        # (The shares drawn on sources outside the plan's total, 自筹 or 配套, are no aid: they
        # complete the investment, checked below.)
        inside = _total(s.amount for s in project.funding if s.source not in index.completing)
        aid = max(project.amount or _ZERO, inside)
        if aid > investment:
            yield _finding(
                FindingKind.EXCEEDS_TOTAL_INVESTMENT,
                where,
                investment,
                aid,
                f"{name}: {_wan(aid)} of aid exceeds the total investment of {_wan(investment)}",
                name=name,
            )
        outside = [s.amount for s in project.funding if s.source in index.completing]
        if amount is not None and outside and aid <= investment:
            # 总投资 500 = 财政 300 + 自筹 150? Only where the plan lists 自筹 or 企业 money, or
            # the aid of the years before, outside its total (a year's own aid column, 2019年
            # 援助资金, does not complete an investment).
            made_up = amount + _total(outside)
            if made_up != investment:
                yield _finding(
                    FindingKind.FUNDING_VS_INVESTMENT,
                    where,
                    investment,
                    made_up,
                    f"{name}: the aid of {_wan(amount)} and {_wan(_total(outside))} from other "
                    f"sources make {_wan(made_up)}, the total investment is {_wan(investment)}",
                    name=name,
                    aid=amount,
                    other=_total(outside),
                )
    dividend = project.dividend
    if dividend is not None and dividend.rate is not None and dividend.amount is not None:
        bases = [m for m in (project.amount, project.total_investment) if m is not None]
        expected = [base.multiply(dividend.rate, rounding="ROUND_HALF_UP") for base in bases]
        if bases and dividend.amount not in expected:
            yield _finding(
                FindingKind.DIVIDEND,
                where,
                dividend.amount,
                expected[0],
                f"{name}: {dividend.rate * 100:f}% of {_wan(bases[0])} is {_wan(expected[0])}, "
                f"the plan promises {_wan(dividend.amount)}",
                name=name,
                rate=dividend.rate,
                base=bases[0],
            )


def _number_value(number: str) -> int | None:
    """The value of a printed item number: 10. → 10, （1） → 1, ③ → 3, （一） → 1, 第三条 → 3;
    None for other styles."""
    circled = number.strip()
    if len(circled) == 1 and "\u2460" <= circled <= "\u2473":
        return ord(circled) - 0x2460 + 1
    digits = "".join(ch for ch in number if ch.isdigit())
    if digits and digits.isascii():
        return int(digits)
    words = "".join(ch for ch in number if ch not in _NUMBER_MARKS)
    if words and all(ch in _NUMERAL_WORDS for ch in words):
        try:
            return int(parse_chinese_number(words))
        except AidModelError:
            return None
    return None


# What stands around an item's number (（一）, 二、, 第三条) and the numerals inside it (一是,
# the clauses of one paragraph, is no number: they start again in each).
_NUMBER_MARKS: Final = frozenset(" \u3000()（）、.\uff0e。第条项")
_NUMERAL_WORDS: Final = frozenset("〇零一二三四五六七八九十百")


def _check_numbers(programme: Programme, index: _Index) -> Iterator[Finding]:
    # Item numbers run on across the sections of one part (1.-16. under （1）…（6）), or
    # start again at 1 in each section (（1）（2） under each 1.): a number printed twice
    # counts within the part where they run on, within its own section where they restart.
    roots = index.roots
    restarts: dict[str | None, bool] = {}
    first: dict[str | None, str] = {}
    for project in programme.projects:
        if project.number is None or project.section in first:
            continue
        first[project.section] = project.number
        root = roots.get(project.section) if project.section else None
        # 一是/二是 count the clauses of one paragraph: they start again in each section.
        starts_at_one = _number_value(project.number) == 1 or project.number.endswith("是")
        restarts[root] = restarts.get(root, True) and starts_at_one
    # Numbers that run on from one top part to the next (1.-9. under （一）, 10.-12. under
    # （二） when each is a part of its own) count across the programme.
    tops: dict[str | None, int | None] = {}
    for project in programme.projects:
        root = roots.get(project.section) if project.section else None
        if project.number is not None and root not in tops:
            tops[root] = _number_value(project.number)
    across = len(tops) > 1 and any(value not in (None, 1) for value in list(tops.values())[1:])
    groups: dict[tuple[str | None, str], list[str | None]] = {}
    for p in programme.projects:
        if p.number is None:
            continue
        root = roots.get(p.section) if p.section else None
        own = p.section if restarts.get(root) else root
        groups.setdefault((None if across else own, p.number), []).append(own)
    for (_, number), places in groups.items():
        times = len(places)
        if times > 1:
            where = places[0] if len(set(places)) == 1 else None
            part = f"section {where!r}" if where is not None else "the programme"
            section = {} if where is None else _section_details(programme.section(where))
            yield _finding(
                FindingKind.REPEATED_NUMBER,
                part,
                None,
                times,
                f"item number {number!r} is printed {times} times in {part}",
                **section,
                number=number,
            )
