"""The ledger of a plan's execution (项目执行台账): dated events per project."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import attrs

from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._validators import (
    field_label,
    instance,
    items,
    keeps,
    non_negative_money,
    optional_instance,
    optional_non_blank,
    text_items,
    texts,
    tuple_of,
    whole_number,
)
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, InvalidValueError
from aidmodel.model._common import Provenance
from aidmodel.model._dates import PartialDate
from aidmodel.money import Money

__all__ = ["EventKind", "Ledger", "LedgerEvent"]


@labelled(
    RELEASED="拨付",
    SPENT="支出",
    STARTED="开工",
    COMPLETED="完工",
    ACCEPTED="验收",
    HANDED_OVER="资产移交",
    ADJUSTED="调整",
)
class EventKind(LabelledEnum):
    """What a ledger event records (事项): money released or spent, a project's milestones.

    >>> EventKind.RELEASED.value, EventKind.RELEASED.label
    ('released', '拨付')
    >>> [kind.label for kind in EventKind]
    ['拨付', '支出', '开工', '完工', '验收', '资产移交', '调整']

    .. versionadded:: 0.2.0
    """

    #: Money released to the implementing unit (资金拨付); ``amount`` is the sum released.
    RELEASED = "released"
    #: Money spent (资金支出); ``amount`` is the sum spent.
    SPENT = "spent"
    #: Construction or work started (开工).
    STARTED = "started"
    #: Completed (完工).
    COMPLETED = "completed"
    #: Accepted on inspection (验收).
    ACCEPTED = "accepted"
    #: The assets handed over (资产移交), to ``recipient`` where the record says.
    HANDED_OVER = "handed_over"
    #: The planned amount changed (调整) from ``previous`` to ``amount``, by ``document``.
    ADJUSTED = "adjusted"


#: The kinds whose event carries an amount (and only those do).
_WITH_AMOUNT: Final = frozenset({EventKind.RELEASED, EventKind.SPENT, EventKind.ADJUSTED})


def _event_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, PartialDate):
        raise InvalidTypeError(
            field_label(instance, attribute),
            N_("a %(type)s is not a PartialDate"),
            expected=N_("a PartialDate (PartialDate(2025, 9, 30))"),
            got=value,
            params={"type": type(value).__name__},
        )
    if value.month is None:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("a year alone"),
            expected=N_("a day or a month (PartialDate(2025, 9) or PartialDate(2025, 9, 30))"),
            got=value,
        )


_project_index = whole_number(N_("project index"))


@attrs.frozen(kw_only=True)
class LedgerEvent:
    """One dated event of a project's execution (台账记录): 拨付, 支出, 开工, 完工, 验收 ...

    Attributes:
        project: The project, by its index in :attr:`Programme.projects
            <aidmodel.Programme.projects>` (the ``projects[3]`` of findings): item
            numbers repeat in real plans, names are long, the index is the id.
        kind: What happened (:class:`EventKind`).
        date: When (日期): a day, or a month where that is all the record says
            (:class:`~aidmodel.PartialDate`); a year alone is refused.
        amount: The money released or spent, or the new planned amount of an
            adjustment (金额); required for those kinds, refused for the others.
        previous: The planned amount an adjustment replaces (调整前金额), or ``None``.
            Only an adjustment has one.
        recipient: To whom the assets were handed over (移交对象), or ``None``. Only a
            hand-over has one.
        document: The document or voucher it was recorded from (文号, 凭证号), or ``None``.
        note: A note (备注), or ``None``.
        provenance: Where the ledger writes it (a file and line).

    >>> from aidmodel import Money, PartialDate
    >>> e = LedgerEvent(project=0, kind=EventKind.RELEASED, date=PartialDate(2025, 6, 30),
    ...                 amount=Money.from_wan(30), document="峨财农〔2025〕12号")
    >>> e.amount.to_wan(), e.kind.label
    (Decimal('30'), '拨付')
    >>> LedgerEvent(project=0, kind=EventKind.SPENT, date=PartialDate(2025, 7))
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: LedgerEvent.amount (金额): no amount for a 支出 event; expected the amount spent, got None
    >>> LedgerEvent(project=0, kind=EventKind.STARTED, date=PartialDate(2025))
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: LedgerEvent.date (日期): a year alone; expected a day or a month (PartialDate(2025, 9) or PartialDate(2025, 9, 30)), got PartialDate(year=2025, month=None, day=None)

    .. versionadded:: 0.2.0
    """

    project: int = attrs.field(validator=_project_index, metadata={"zh": "项目序位"})
    kind: EventKind = attrs.field(validator=instance(EventKind), metadata={"zh": "事项"})
    date: PartialDate = attrs.field(validator=_event_date, metadata={"zh": "日期"})
    amount: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "金额"}
    )
    previous: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "调整前金额"}
    )
    recipient: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "移交对象"}
    )
    document: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "文号或凭证"}
    )
    note: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "备注"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )

    def __attrs_post_init__(self) -> None:
        kind = self.kind
        if kind in _WITH_AMOUNT and self.amount is None:
            what = {
                EventKind.RELEASED: N_("the amount released"),
                EventKind.SPENT: N_("the amount spent"),
                EventKind.ADJUSTED: N_("the planned amount after the adjustment"),
            }[kind]
            raise InvalidValueError(
                "LedgerEvent.amount (金额)",
                N_("no amount for a %(label)s event"),
                expected=what,
                got=None,
                params={"label": kind.label},
            )
        # A field only some kinds carry: (field, its label, the kinds, what they are).
        only = (
            (
                "amount",
                "LedgerEvent.amount (金额)",
                _WITH_AMOUNT,
                "拨付, 支出 and 调整 carry an amount",
            ),
            ("previous", "LedgerEvent.previous (调整前金额)", {EventKind.ADJUSTED}, "调整 has one"),
            (
                "recipient",
                "LedgerEvent.recipient (移交对象)",
                {EventKind.HANDED_OVER},
                "资产移交 has one",
            ),
        )
        for name, where, kinds, which in only:
            value = getattr(self, name)
            if value is not None and kind not in kinds:
                noun = name if name != "previous" else "previous amount"
                raise InvalidValueError(
                    where,
                    N_("an %(noun)s on a %(label)s event")
                    if noun[0] in "aeiou"
                    else N_("a %(noun)s on a %(label)s event"),
                    expected=N_("None (only %(which)s)"),
                    got=value,
                    params={
                        "noun": noun,
                        "label": kind.label,
                        "which": which,
                    },
                )


def _events(value: Iterable[LedgerEvent]) -> tuple[LedgerEvent, ...]:
    """Converter of a field of ledger events: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, _events)


@attrs.frozen(kw_only=True)
class Ledger:
    """The ledger of a programme's execution (项目执行台账), as a county office keeps it.

    Events are kept in the order given and as written: what does not add up
    (spent more than released, completed before started) is reported by
    :func:`~aidmodel.progress.progress`, never refused here. An event for a project the
    programme does not have is refused when the ledger is read against it.

    Attributes:
        programme: The title of the programme it follows (所属计划), or ``None``.
            When given, :func:`~aidmodel.progress.progress` refuses a programme of another title.
        events: The events (台账记录), in the order the ledger lists them.
        notes: Anything else worth keeping (备注): a fictional example says so here.
        provenance: Where the ledger is.

    >>> from aidmodel import Money, PartialDate
    >>> ledger = Ledger(events=[
    ...     LedgerEvent(project=0, kind=EventKind.STARTED, date=PartialDate(2025, 4)),
    ...     LedgerEvent(project=0, kind=EventKind.RELEASED, date=PartialDate(2025, 4, 15),
    ...                 amount=Money.from_wan(20))])
    >>> len(ledger.events), ledger.events[1].amount.to_wan()
    (2, Decimal('20'))

    .. versionadded:: 0.2.0
    """

    programme: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "所属计划"}
    )
    events: tuple[LedgerEvent, ...] = attrs.field(
        default=(), converter=_events, validator=tuple_of(LedgerEvent), metadata={"zh": "台账记录"}
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "备注"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )
