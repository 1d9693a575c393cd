"""Projects (帮扶项目) and mechanism tasks (工作机制): what a plan funds and what it asks."""

from __future__ import annotations

import attrs

from aidmodel._validators import (
    non_blank,
    non_negative_money,
    optional_instance,
    optional_non_blank,
    text_items,
    texts,
    tuple_of,
)
from aidmodel.model._codes import ProjectStatus
from aidmodel.model._commitment import Commitment, to_commitments
from aidmodel.model._common import Provenance
from aidmodel.model._dates import DateSpan, PartialDate
from aidmodel.model._funding import Dividend, FundingShare, to_shares
from aidmodel.money import Money

__all__ = ["MechanismTask", "Project"]


@attrs.frozen(kw_only=True)
class Project:
    """One aid project listed in a plan (帮扶项目), kept as the document writes it.

    Attributes:
        number: The item number as printed (序号): ``"10."`` may occur twice
            (seed 001 prints it twice) and is kept so; ``None`` if unnumbered.
        name: Project name (项目名称).
        section: The :attr:`Section.id` of the section it is listed under, or ``None``.
        category: The category column of a table (类别), or ``None``.
        amount: This plan's money for the project (拟投入资金, 规划投资, 投资,
            资助, the 合计 of a table row), or ``None`` when the plan gives none.
        total_investment: Total investment (总投资) where the document gives it,
            which may exceed the aid (seed 003: 总投资 7000 against 2020 aid 500).
        funding: The split of the money by source, year or unit (资金构成), as
            written; shares from sources with ``in_total`` add up to ``amount`` in a
            consistent document, and all shares stay within ``total_investment``.
        locations: Where it is carried out (实施地点, 项目地点, 建设地).
        units: Responsible units (责任单位), recipient side, in document order.
        lead_units: Leading units (牵头单位) beside the responsible ones (seed 003: the
            donor's offices lead, the county's 责任单位 carry out), in order. The importer
            reads a 牵头单位 written with no 责任单位 beside it as the responsible unit.
        owner: The owner unit (业主单位), or ``None``.
        liaisons: Liaison persons (挂联责任人), in document order.
        start: Start (开工时间), or ``None``.
        deadline: Completion deadline (完成时限, 完成时间, 验收时间), or ``None``.
        span: Construction period (建设期限) such as 2018-2019, or ``None``.
        completed: When it was reported done (实际完成时间), or ``None`` while it is
            not; :func:`~aidmodel.tracking.overdue` reads it. Plans leave it out; progress
            reports fill it.
        status: New (新建) or continued (续建), or ``None``.
        content: Content and scale (建设内容, 项目内容及规划), or ``None``.
        benefits: Expected benefits (扶贫效益), or ``None``.
        assets_to: Villages the resulting assets are vested in (确权至), in order.
        dividend: Guaranteed dividend (保底分红), or ``None``.
        operator: Who operates the assets (运营主体): 国有企业, or ``None``.
        remarks: Remarks (备注), or ``None``.
        commitments: Quantified targets of the project (目标任务).
        text: The project's paragraph as written, or ``None``.
        provenance: Where the document lists it.

    >>> p = Project(number="3.", name="宜坪乡枇杷分选包装初加工建设项目", amount=Money.from_wan(100))
    >>> p.amount
    Money(yuan=Decimal('1000000.00'))
    >>> attrs.evolve(p, name=" ")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: Project.name (项目名称): blank text; expected a non-empty string, got ' '
    """

    number: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "序号"}
    )
    name: str = attrs.field(validator=non_blank, metadata={"zh": "项目名称"})
    section: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "所属部分"}
    )
    category: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "类别"}
    )
    amount: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "拟投入资金"}
    )
    total_investment: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "总投资"}
    )
    funding: tuple[FundingShare, ...] = attrs.field(
        default=(),
        converter=to_shares,
        validator=tuple_of(FundingShare),
        metadata={"zh": "资金构成"},
    )
    locations: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "实施地点"}
    )
    units: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "责任单位"}
    )
    lead_units: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "牵头单位"}
    )
    owner: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "业主单位"}
    )
    liaisons: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "挂联责任人"}
    )
    start: PartialDate | None = attrs.field(
        default=None, validator=optional_instance(PartialDate), metadata={"zh": "开工时间"}
    )
    deadline: PartialDate | None = attrs.field(
        default=None, validator=optional_instance(PartialDate), metadata={"zh": "完成时限"}
    )
    span: DateSpan | None = attrs.field(
        default=None, validator=optional_instance(DateSpan), metadata={"zh": "建设期限"}
    )
    completed: PartialDate | None = attrs.field(
        default=None, validator=optional_instance(PartialDate), metadata={"zh": "实际完成时间"}
    )
    status: ProjectStatus | None = attrs.field(
        default=None, validator=optional_instance(ProjectStatus), metadata={"zh": "建设性质"}
    )
    content: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "建设内容"}
    )
    benefits: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "扶贫效益"}
    )
    assets_to: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "确权至"}
    )
    dividend: Dividend | None = attrs.field(
        default=None, validator=optional_instance(Dividend), metadata={"zh": "保底分红"}
    )
    operator: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "运营主体"}
    )
    remarks: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "备注"}
    )
    commitments: tuple[Commitment, ...] = attrs.field(
        default=(),
        converter=to_commitments,
        validator=tuple_of(Commitment),
        metadata={"zh": "目标任务"},
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "原文"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )


@attrs.frozen(kw_only=True)
class MechanismTask:
    """A duty without money (工作机制, 保障措施): 互访会商, 全域结对, 加强组织领导.

    Attributes:
        number: The item number as printed (序号), or ``None``.
        title: The task's heading (标题): 促进互访会商.
        section: The :attr:`Section.id` it is listed under, or ``None``.
        text: The task as written (内容), or ``None``.
        units: Responsible units (责任单位), in document order.
        lead_units: Leading units (牵头单位), in document order.
        deadline: Completion deadline (完成时限), or ``None``.
        completed: When it was reported done (实际完成时间), or ``None`` while it is not;
            :func:`~aidmodel.tracking.overdue` reads it.
        commitments: Quantified targets (每半年至少1次).
        provenance: Where the document writes it.

    >>> MechanismTask(number="1.", title="促进互访会商", deadline=PartialDate(2025, 10)).deadline.last_day()
    datetime.date(2025, 10, 31)
    """

    number: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "序号"}
    )
    title: str = attrs.field(validator=non_blank, metadata={"zh": "标题"})
    section: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "所属部分"}
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "内容"}
    )
    units: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "责任单位"}
    )
    lead_units: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "牵头单位"}
    )
    deadline: PartialDate | None = attrs.field(
        default=None, validator=optional_instance(PartialDate), metadata={"zh": "完成时限"}
    )
    completed: PartialDate | None = attrs.field(
        default=None, validator=optional_instance(PartialDate), metadata={"zh": "实际完成时间"}
    )
    commitments: tuple[Commitment, ...] = attrs.field(
        default=(),
        converter=to_commitments,
        validator=tuple_of(Commitment),
        metadata={"zh": "目标任务"},
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )
