"""Tracking commitments against results (考核): met, not met, or cannot tell.

The assessment at year end asks one question of each commitment: was it met?
:func:`evaluate` answers it from a reported :class:`~aidmodel.Achievement`,
:func:`due_by` says how much a periodic duty (每半年至少1次, 100人次/年) owes by a
date, and :func:`overdue` lists what is past its deadline. All are pure: the
date is always an argument, never the clock.

How a target is read (the figure *T*, the true result *x*):

=============================  ==================  ==================================
Target as written              Bound               Met when
=============================  ==================  ==================================
40名以上, 不少于5次, 至少1次     ``AT_LEAST``        x ≥ T (the figure itself counts)
超过100人                       ``MORE_THAN``       x > T (the figure itself does not)
培训农村劳动力200人             ``EXACT``           x ≥ T (a plan's figure is a floor)
2—3个                           ``RANGE``           x ≥ low (reaching the range)
约2000㎡                        ``ABOUT``           x ≥ T (read as a floor, said in the reason)
不超过10人, 100万元以内          ``AT_MOST``         x ≤ T
不足10人                        ``LESS_THAN``       x < T
=============================  ==================  ==================================

How a reported result is read (what it says of the true result x):

- 79名: x = 79.
- 1400余个: x > 1400, and nothing about how far above.
- 2000头以上: x ≥ 2000.
- 近40名: x ≤ 40, close to it. Documents use 近 loosely, so 近40名 against
  40名以上 cannot tell.
- 约170万元: x ≈ 1700000, too loose to prove any bound: cannot tell.
- 不足10人, 10人以内: x < 10, x ≤ 10.
- 2—3个: 2 ≤ x ≤ 3.

The verdict is MET when every x the result allows meets the target, NOT_MET
when none does, and CANNOT_TELL otherwise, or when the units differ (名 and
人次 are not compared; see :func:`aidmodel.units.units_agree`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final, Literal

import attrs
from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule

from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._validators import checked, non_blank, optional_non_blank
from aidmodel._wording import N_
from aidmodel._written import written
from aidmodel.errors import InvalidTypeError, InvalidValueError
from aidmodel.model import Achievement, Commitment, PartialDate, Programme
from aidmodel.quantity import Bound, Quantity
from aidmodel.units import units_agree

__all__ = [
    "Evaluation",
    "Overdue",
    "Verdict",
    "due_by",
    "evaluate",
    "overdue",
]


@labelled(MET="完成", NOT_MET="未完成", CANNOT_TELL="无法判断")
class Verdict(LabelledEnum):
    """Whether a commitment was met (考核结果).

    >>> Verdict.CANNOT_TELL.value, Verdict.CANNOT_TELL.label
    ('cannot_tell', '无法判断')
    """

    MET = "met"
    NOT_MET = "not_met"
    CANNOT_TELL = "cannot_tell"


@attrs.frozen(kw_only=True)
class Evaluation:
    """The verdict on one commitment given one reported result (考核结果).

    Attributes:
        commitment: The :class:`~aidmodel.Commitment` evaluated.
        achievement: The :class:`~aidmodel.Achievement` it was evaluated against.
        verdict: MET, NOT_MET or CANNOT_TELL (:class:`Verdict`).
        reason: Why, in plain English words, for a log (its wording may change).
        why: Why, as a stable word: ``"units_differ"``, ``"periods_differ"``,
            ``"approximate"`` (a result with 约 proves no bound), ``"meets"``,
            ``"falls_short"`` or ``"between"`` (the result allows both); ``None``
            for an evaluation built by hand. :func:`aidmodel.messages.format_evaluation`
            tells it in a reader's language.

    >>> from aidmodel import Achievement
    >>> from aidmodel.commitments import parse_commitment
    >>> from aidmodel.quantity import parse_quantity
    >>> target = parse_commitment("转移就业40名以上")
    >>> e = evaluate(target, Achievement(metric="转移就业", actual=parse_quantity("52名")))
    >>> e.verdict, e.why, e.met
    (<Verdict.MET: 'met'>, 'meets', True)

    .. versionchanged:: 0.2.0 ``why``.
    """

    commitment: Commitment = attrs.field(validator=attrs.validators.instance_of(Commitment))
    achievement: Achievement = attrs.field(validator=attrs.validators.instance_of(Achievement))
    verdict: Verdict = attrs.field(validator=attrs.validators.instance_of(Verdict))
    reason: str = attrs.field(validator=non_blank)
    why: str | None = attrs.field(default=None, validator=optional_non_blank)

    @property
    def met(self) -> bool:
        """True only for a MET verdict."""
        return self.verdict is Verdict.MET


# An interval of what a figure allows: (low, low_open, high, high_open); None is unbounded.
_Interval = tuple[Decimal | None, bool, Decimal | None, bool]


def _allowed(q: Quantity) -> _Interval | None:
    """What a reported figure says of the true one; None when it proves nothing."""
    v = q.value
    bound = q.bound
    if bound is Bound.EXACT:
        return (v, False, v, False)
    if bound is Bound.AT_LEAST:
        return (v, False, None, False)
    if bound is Bound.MORE_THAN:
        return (v, True, None, False)
    if bound is Bound.NEARLY:
        return (None, False, v, False)
    if bound is Bound.AT_MOST:
        return (None, False, v, False)
    if bound is Bound.LESS_THAN:
        return (None, False, v, True)
    if bound is Bound.RANGE:
        return (v, False, q.high, False)
    return None  # ABOUT


def evaluate(commitment: Commitment, achievement: Achievement) -> Evaluation:
    """Was the commitment met by what was reported (考核)? MET, NOT_MET or CANNOT_TELL.

    The metric is not compared: pairing a commitment with the result that
    reports on it is the caller's decision. See the module documentation for
    how each bound is read.

    Raises:
        InvalidTypeError: when the arguments are not a Commitment and an Achievement.

    >>> from aidmodel import Achievement
    >>> from aidmodel.commitments import parse_commitment
    >>> from aidmodel.quantity import parse_quantity
    >>> target = parse_commitment("转移就业40名以上")
    >>> evaluate(target, Achievement(metric="转移就业", actual=parse_quantity("52名"))).verdict
    <Verdict.MET: 'met'>
    >>> e = evaluate(target, Achievement(metric="转移就业", actual=parse_quantity("近40名")))
    >>> e.verdict.value, e.reason
    ('cannot_tell', '近40名 allows a result below and a result at or above the target 40名以上')
    >>> evaluate(target, Achievement(metric="转移就业", actual=parse_quantity("40人次"))).reason
    'units differ: the target counts 名, the result 人次'
    """
    checked(commitment, Commitment, "evaluate", "an aidmodel.Commitment")
    checked(achievement, Achievement, "evaluate", "an aidmodel.Achievement", noun="an Achievement")
    target, actual = commitment.target, achievement.actual

    def verdict(v: Verdict, reason: str, why: str) -> Evaluation:
        return Evaluation(
            commitment=commitment, achievement=achievement, verdict=v, reason=reason, why=why
        )

    if not units_agree(target.unit, actual.unit):
        return verdict(
            Verdict.CANNOT_TELL,
            f"units differ: the target counts {target.unit or 'no unit'}, "
            f"the result {actual.unit or 'no unit'}",
            "units_differ",
        )
    if target.per is not None and actual.per is not None and target.per != actual.per:
        return verdict(
            Verdict.CANNOT_TELL,
            f"periods differ: the target is per {target.per}, the result per {actual.per}",
            "periods_differ",
        )
    allowed = _allowed(actual)
    shown_target, shown_actual = written(target), written(actual)
    if allowed is None:
        return verdict(
            Verdict.CANNOT_TELL,
            f"{shown_actual} is approximate (约) and proves no bound against {shown_target}",
            "approximate",
        )
    low, low_open, high, high_open = allowed
    floor = target.bound not in (Bound.AT_MOST, Bound.LESS_THAN)
    t = target.value
    strict = target.bound is Bound.MORE_THAN or target.bound is Bound.LESS_THAN
    if floor:
        # Every allowed x meets x >= t (or x > t); none does.
        all_meet = low is not None and (low > t or (low == t and (not strict or low_open)))
        none_meet = high is not None and (high < t or (high == t and (strict or high_open)))
    else:
        all_meet = high is not None and (high < t or (high == t and (not strict or high_open)))
        none_meet = low is not None and (low > t or (low == t and (strict or low_open)))
    hedge = " (约 read as a floor)" if target.bound is Bound.ABOUT else ""
    if all_meet:
        return verdict(
            Verdict.MET, f"{shown_actual} meets the target {shown_target}{hedge}", "meets"
        )
    if none_meet:
        return verdict(
            Verdict.NOT_MET,
            f"{shown_actual} falls short of the target {shown_target}{hedge}",
            "falls_short",
        )
    side = "below" if floor else "above"
    other = "at or above" if floor else "at or below"
    return verdict(
        Verdict.CANNOT_TELL,
        f"{shown_actual} allows a result {side} and a result {other} the target {shown_target}",
        "between",
    )


# -- periodic duties --------------------------------------------------------------------------

_Frequency = Literal[0, 1, 2, 3, 4, 5, 6]  # dateutil's YEARLY ... SECONDLY
_STEPS: Final[dict[str, tuple[_Frequency, int, relativedelta]]] = {
    "年": (YEARLY, 1, relativedelta(years=1)),
    "半年": (MONTHLY, 6, relativedelta(months=6)),
    "季度": (MONTHLY, 3, relativedelta(months=3)),
    "季": (MONTHLY, 3, relativedelta(months=3)),
    "月": (MONTHLY, 1, relativedelta(months=1)),
    "周": (WEEKLY, 1, relativedelta(weeks=1)),
}


def _day(value: object, name: str) -> dt.date:
    if isinstance(value, PartialDate):
        return value.first_day() if name == "start" else value.last_day()
    where = f"due_by({name}=...)"
    if isinstance(value, dt.datetime):
        raise InvalidTypeError(
            where, N_("a datetime"), expected=N_("a date or PartialDate"), got=value
        )
    if isinstance(value, dt.date):
        return value
    raise InvalidTypeError(where, N_("not a date"), expected=N_("a date or PartialDate"), got=value)


def due_by(commitment: Commitment, *, start: dt.date | PartialDate, as_of: dt.date) -> Quantity:
    """What a periodic commitment owes by a date (应完成量): whole periods ended times the target.

    The period is the commitment's (每半年 → 半年, 每年/年内/100人次/年 → 年; also
    季度, 月, 周). Periods run from ``start`` (a month-precision start counts
    from its first day); only periods that have ended by ``as_of`` are owed.
    The result keeps the target's unit and bound and has no period.

    Raises:
        InvalidValueError: for a commitment without a period, or one this
            function cannot step (a span of years such as 2018-2020年).
        InvalidTypeError: for dates of the wrong type.

    >>> from aidmodel import PartialDate
    >>> from aidmodel.commitments import parse_commitment
    >>> duty = parse_commitment("专题研究结对帮扶工作每半年至少1次")
    >>> due = due_by(duty, start=PartialDate(2025, 1), as_of=dt.date(2025, 12, 31))
    >>> due.value, due.unit, due.bound.value
    (Decimal('2'), '次', 'at_least')
    >>> due_by(parse_commitment("不低于100人次/年"), start=PartialDate(2025, 1), as_of=dt.date(2025, 6, 30)).value
    Decimal('0')
    """
    checked(commitment, Commitment, "due_by", "an aidmodel.Commitment")
    period = commitment.target.per or commitment.period
    first, last = _day(start, "start"), _day(as_of, "as_of")
    if period is None or period not in _STEPS:
        raise InvalidValueError(
            "due_by",
            N_("not a periodic commitment")
            if period is None
            else N_("a period that cannot be stepped"),
            expected=N_("a period of 年, 半年, 季度, 月 or 周 (每半年至少1次, 100人次/年)"),
            got=commitment.text or period,
        )
    freq, interval, step = _STEPS[period]
    ended = 0
    if first <= last:
        for begin in rrule(freq, interval=interval, dtstart=first, until=last):
            if begin.date() + step - relativedelta(days=1) <= last:
                ended += 1
    target = commitment.target
    high = None if target.high is None else target.high * ended
    return Quantity(value=target.value * ended, unit=target.unit, bound=target.bound, high=high)


# -- deadlines --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Overdue:
    """A project or task past its deadline without a completion record (逾期).

    Attributes:
        where: Its path in the programme: ``projects[3]`` or ``mechanisms[0]``.
        number: The item number as printed (序号), or ``None``.
        name: The project's name or the task's title.
        deadline: The deadline as written (完成时限).
        days: Whole days since the deadline's last day.

    >>> import datetime
    >>> from aidmodel import samples
    >>> late = overdue(samples.load("shizhong-ebian-2025"), as_of=datetime.date(2026, 6, 1))[0]
    >>> late.where, late.name, late.deadline.isoformat(), late.days
    ('projects[0]', '五渡镇新茶村产业提升项目', '2025-11', 183)
    """

    where: str = attrs.field(validator=non_blank)
    number: str | None = attrs.field()
    name: str = attrs.field(validator=non_blank)
    deadline: PartialDate = attrs.field(validator=attrs.validators.instance_of(PartialDate))
    days: int = attrs.field(validator=attrs.validators.instance_of(int))


def overdue(programme: Programme, *, as_of: dt.date) -> tuple[Overdue, ...]:
    """Projects and tasks whose deadline has passed without a completion record (逾期).

    A deadline passes after its last day: 2025年11月 is overdue from
    1 December 2025. A project without a deadline but with a construction
    period (建设期限) is due at the period's end. Anything with
    :attr:`~aidmodel.Project.completed` set is done, whenever it was.

    Raises:
        InvalidTypeError: when ``programme`` is not a Programme or ``as_of`` not a date.

    >>> from aidmodel import samples
    >>> plan = samples.load("shizhong-ebian-2025")
    >>> late = overdue(plan, as_of=dt.date(2025, 12, 1))
    >>> [(o.where, o.number, str(o.deadline), o.days) for o in late][:2]
    [('projects[0]', '1.', '2025-11', 1), ('projects[1]', '2.', '2025-11', 1)]
    >>> len(overdue(plan, as_of=dt.date(2025, 6, 30)))
    0
    """
    checked(programme, Programme, "overdue", "an aidmodel.Programme")
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise InvalidTypeError(
            "overdue(as_of=...)", N_("not a date"), expected=N_("a date"), got=as_of
        )
    items: list[tuple[str, str | None, str, PartialDate | None, PartialDate | None]] = [
        (
            f"projects[{i}]",
            p.number,
            p.name,
            p.deadline or (p.span.end if p.span else None),
            p.completed,
        )
        for i, p in enumerate(programme.projects)
    ]
    items += [
        (f"mechanisms[{i}]", t.number, t.title, t.deadline, t.completed)
        for i, t in enumerate(programme.mechanisms)
    ]
    # Deadlines repeat (a plan's projects share a few months): each last day is found once.
    ends: dict[tuple[int, int | None, int | None], dt.date] = {}
    found = []
    for where, number, name, deadline, completed in items:
        if deadline is None or completed is not None:
            continue
        key = (deadline.year, deadline.month, deadline.day)  # hashed in C, unlike the class
        end = ends.get(key)
        if end is None:
            end = ends[key] = deadline.last_day()
        if end < as_of:
            found.append(
                Overdue(
                    where=where,
                    number=number,
                    name=name,
                    deadline=deadline,
                    days=(as_of - end).days,
                )
            )
    return tuple(found)
