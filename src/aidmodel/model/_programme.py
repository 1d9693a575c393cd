"""The programme (帮扶计划) and its sections (部分), the root of the model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from aidmodel._validators import (
    instance,
    items,
    keeps,
    non_blank,
    non_negative_money,
    optional_count,
    optional_instance,
    optional_non_blank,
    optional_year,
    text_items,
    texts,
    tuple_of,
)
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, InvalidValueError, NotFoundError
from aidmodel.model._codes import Scheme
from aidmodel.model._commitment import Commitment, to_commitments
from aidmodel.model._common import Provenance, Region
from aidmodel.model._dates import PartialDate
from aidmodel.model._funding import FundingShare, FundSource, to_shares
from aidmodel.model._project import MechanismTask, Project
from aidmodel.money import Money
from aidmodel.quantity import Quantity

__all__ = ["Achievement", "Programme", "Section"]


def _sections(value: Iterable[Section]) -> tuple[Section, ...]:
    """Converter of a field of sections: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, _sections)


def _fund_sources(value: Iterable[FundSource]) -> tuple[FundSource, ...]:
    """Converter of a field of fund sources: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, _fund_sources)


def _projects(value: Iterable[Project]) -> tuple[Project, ...]:
    """Converter of a field of projects: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, _projects)


def _mechanisms(value: Iterable[MechanismTask]) -> tuple[MechanismTask, ...]:
    """Converter of a field of mechanism tasks: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, _mechanisms)


def _achievements(value: Iterable[Achievement]) -> tuple[Achievement, ...]:
    """Converter of a field of achievements: any iterable of them (see :func:`items`)."""
    return items(value)  # type: ignore[no-any-return]


keeps(tuple, _achievements)


@attrs.frozen(kw_only=True)
class Section:
    """A part of a plan as written (部分, 类别): （一）深化产业合作, 一、产业发展 → (一) 安全饮水.

    Sections nest; a table's 小计 rows become the declared figures of the section
    they close, its 合计 row those of the section of the whole table.

    Attributes:
        id: An identifier unique within the programme, used by
            :attr:`Project.section` (``"2.1"``, ``"attachment-1"``).
        number: The number as printed (编号): ``"（一）"``, ``"（1）"``, ``"一、"``, or ``None``.
        title: The heading (标题): 深化产业合作.
        declared_count: The number of projects the document declares for it
            (产业合作项目3个), or ``None``.
        declared_amount: The amount declared for it (计划投资378万元, the 小计 of
            the aid column), or ``None``.
        declared_total_investment: A declared 总投资 sub-total, or ``None``.
        declared_funding: Declared sub-totals per fund source (the 小计 of the
            财政帮扶资金 and 自筹资金 columns), as :class:`FundingShare` by source.
        text: The section's introductory paragraph, or ``None``.
        subsections: Nested sections, in document order.
        provenance: Where the document writes it.

    >>> s = Section(id="1", number="（1）", title="深化产业合作", declared_count=3,
    ...             declared_amount=Money.from_wan(378))
    >>> s.declared_amount.to_wan()
    Decimal('378')
    """

    id: str = attrs.field(validator=non_blank, metadata={"zh": "标识"})
    number: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "编号"}
    )
    title: str = attrs.field(validator=non_blank, metadata={"zh": "标题"})
    declared_count: int | None = attrs.field(
        default=None, validator=optional_count, metadata={"zh": "项目个数"}
    )
    declared_amount: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "计划投资"}
    )
    declared_total_investment: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "总投资"}
    )
    declared_funding: tuple[FundingShare, ...] = attrs.field(
        default=(),
        converter=to_shares,
        validator=tuple_of(FundingShare),
        metadata={"zh": "资金构成"},
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "内容"}
    )
    subsections: tuple[Section, ...] = attrs.field(
        default=(), converter=_sections, metadata={"zh": "下级部分"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )

    @subsections.validator
    def _check_subsections(
        self, attribute: attrs.Attribute[Any], value: tuple[object, ...]
    ) -> None:
        _SECTION_ITEMS(self, attribute, value)

    def walk(self) -> Iterator[Section]:
        """This section and all below it, depth first, in document order.

        >>> inner = Section(id="2.1", title="安全饮水")
        >>> [s.id for s in Section(id="2", title="基础设施", subsections=[inner]).walk()]
        ['2', '2.1']
        """
        yield self
        for sub in self.subsections:
            yield from sub.walk()


# The check of Section.subsections, made once (the class must exist first), not at each instance.
_SECTION_ITEMS: Final = tuple_of(Section)


@attrs.frozen(kw_only=True)
class Achievement:
    """A reported result (工作成效) such as 提供1400余个岗位, with its own bound.

    Attributes:
        metric: What was counted (指标): 提供岗位, 互访.
        actual: The reported figure (实际值), a :class:`~aidmodel.Quantity`
            (1400余个 is more than 1400).
        reported: When it was reported (报告日期), or ``None``.
        scope: Who or where it concerns (范围), or ``None``.
        text: As written (原文), or ``None``.
        provenance: Where the document writes it.

    >>> from aidmodel.quantity import parse_quantity
    >>> Achievement(metric="提供岗位", actual=parse_quantity("1400余个")).actual.bound.value
    'more_than'
    """

    metric: str = attrs.field(validator=non_blank, metadata={"zh": "指标"})
    actual: Quantity = attrs.field(validator=instance(Quantity), metadata={"zh": "实际值"})
    reported: PartialDate | None = attrs.field(
        default=None, validator=optional_instance(PartialDate), metadata={"zh": "报告日期"}
    )
    scope: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "范围"}
    )
    text: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "原文"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )


def _unknown_source(
    shares: tuple[FundingShare, ...], source_keys: set[str]
) -> tuple[int, FundingShare] | None:
    """The first share from a fund source not in ``source_keys``, with its index."""
    for index, share in enumerate(shares):
        if share.source is not None and share.source not in source_keys:
            return index, share
    return None


def _unknown_source_error(
    where: str, found: tuple[int, FundingShare], source_keys: set[str]
) -> InvalidValueError:
    index, share = found
    return InvalidValueError(
        f"{where}[{index}].source (资金来源)",
        N_("no fund source with this key"),
        expected=N_("one of %(values)s"),
        got=share.source,
        params={"values": sorted(source_keys)},
    )


@attrs.frozen(kw_only=True)
class Programme:
    """A paired-assistance plan for one year (帮扶实施方案, 工作要点), or its summary.

    Everything is kept as the document writes it; what does not add up is
    reported by :func:`aidmodel.reconcile`, never corrected here. What cannot be
    represented is refused: two sections or fund sources with one id, a project
    in a section that does not exist, a share from an unknown fund source.

    Attributes:
        title: The plan's title (标题), or ``None``: a text whose title cannot be found
            (a page of a plan, a table cut from its document) still gives its programme.
        scheme: The kind of pairing (帮扶类型), a :class:`Scheme`; ``None`` when the
            document does not say (as for every field with ``None``).
        donor: The region giving aid (帮扶方), or ``None``: an allocation notice or a
            county's own fund table may not name it.
        recipient: The region receiving it (受援方), or ``None``.
        year: The plan's year (年度), or ``None``.
        genre: The kind of document (文种): 实施方案, 工作要点, 工作方案, 简报; or ``None``.
        document_number: The document number (文号): 峨边府办函〔2025〕1号, or ``None``.
        issuer: Who issued it (发文机关), or ``None``; of a joint document (联合行文), the
            lead issuer, the one written first.
        co_issuers: The other issuers of a joint document (联合发文机关), in the order
            written: 县财政局　县发展和改革委员会 gives ``issuer`` 县财政局 and ``co_issuers``
            (县发展和改革委员会,).
        issue_date: When (印发日期), or ``None``.
        declared_total: The declared total (资金总额): 766万元, or ``None``.
        declared_total_upper: The total in uppercase as written (大写): 柒佰陆拾陆万元整, or ``None``.
        declared_project_count: The declared number of projects (项目个数), or ``None``.
        fund_sources: Where the money comes from (资金来源).
        sections: The plan's parts (部分), nested.
        projects: Its projects (帮扶项目), in document order.
        lists_all_projects: Whether ``projects`` are all the programme's projects (列出全部项目);
            ``False`` for a notice that lists only the projects it changes (本表仅列调整项目,
            其余10个项目不变): :func:`aidmodel.reconcile` then adds up no total or count over
            them.
        mechanisms: Its duties without money (工作机制, 保障措施).
        commitments: Targets of the whole programme (总体目标), not of one project.
        achievements: Reported results (工作成效), for summaries and reports.
        notes: Anything else worth keeping, as written (备注).
        provenance: Where the document is.

    >>> p = Programme(title="乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案",
    ...               scheme=Scheme.IN_PROVINCE_PAIRING, donor=Region(name="市中区"),
    ...               recipient=Region(name="峨边彝族自治县"), year=2025,
    ...               declared_total=Money.from_wan(766))
    >>> p.declared_total.to_wan(), p.scheme.label
    (Decimal('766'), '省内结对帮扶')
    """

    title: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "标题"}
    )
    scheme: Scheme | None = attrs.field(
        default=None, validator=optional_instance(Scheme), metadata={"zh": "帮扶类型"}
    )
    donor: Region | None = attrs.field(
        default=None, validator=optional_instance(Region), metadata={"zh": "帮扶方"}
    )
    recipient: Region | None = attrs.field(
        default=None, validator=optional_instance(Region), metadata={"zh": "受援方"}
    )
    year: int | None = attrs.field(default=None, validator=optional_year, metadata={"zh": "年度"})
    genre: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "文种"}
    )
    document_number: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "文号"}
    )
    issuer: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "发文机关"}
    )
    co_issuers: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "联合发文机关"}
    )
    issue_date: PartialDate | None = attrs.field(
        default=None, validator=optional_instance(PartialDate), metadata={"zh": "印发日期"}
    )
    declared_total: Money | None = attrs.field(
        default=None, validator=non_negative_money, metadata={"zh": "资金总额"}
    )
    declared_total_upper: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "大写"}
    )
    declared_project_count: int | None = attrs.field(
        default=None, validator=optional_count, metadata={"zh": "项目个数"}
    )
    fund_sources: tuple[FundSource, ...] = attrs.field(
        default=(),
        converter=_fund_sources,
        validator=tuple_of(FundSource),
        metadata={"zh": "资金来源"},
    )
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=_sections, validator=tuple_of(Section), metadata={"zh": "部分"}
    )
    projects: tuple[Project, ...] = attrs.field(
        default=(), converter=_projects, validator=tuple_of(Project), metadata={"zh": "帮扶项目"}
    )
    lists_all_projects: bool = attrs.field(
        default=True, validator=instance(bool), metadata={"zh": "列出全部项目"}
    )
    mechanisms: tuple[MechanismTask, ...] = attrs.field(
        default=(),
        converter=_mechanisms,
        validator=tuple_of(MechanismTask),
        metadata={"zh": "工作机制"},
    )
    commitments: tuple[Commitment, ...] = attrs.field(
        default=(),
        converter=to_commitments,
        validator=tuple_of(Commitment),
        metadata={"zh": "总体目标"},
    )
    achievements: tuple[Achievement, ...] = attrs.field(
        default=(),
        converter=_achievements,
        validator=tuple_of(Achievement),
        metadata={"zh": "工作成效"},
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=text_items, validator=texts, metadata={"zh": "备注"}
    )
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional_instance(Provenance), metadata={"zh": "出处"}
    )

    def __attrs_post_init__(self) -> None:
        section_ids: set[str] = set()
        for index, section in enumerate(self.walk_sections()):
            if section.id in section_ids:
                where = f"Programme.sections (部分), section {index + 1}"
                raise InvalidValueError(
                    where,
                    N_("a section id used twice"),
                    expected=N_("ids unique within the programme"),
                    got=section.id,
                )
            section_ids.add(section.id)
        source_keys: set[str] = set()
        for index, source in enumerate(self.fund_sources):
            if source.key in source_keys:
                where = f"Programme.fund_sources[{index}].key (标识)"
                raise InvalidValueError(
                    where,
                    N_("a fund source key used twice"),
                    expected=N_("keys unique within the programme"),
                    got=source.key,
                )
            if source.section is not None and source.section not in section_ids:
                where = f"Programme.fund_sources[{index}].section (所属部分)"
                raise InvalidValueError(
                    where,
                    N_("no section with this id"),
                    expected=N_("one of %(values)s"),
                    got=source.section,
                    params={"values": sorted(section_ids)},
                )
            source_keys.add(source.key)
        # Each check first asks of all items at once (set comprehensions), and walks them one
        # by one, for the first item that fails and its path, only when that finds one.
        used = {item.section for item in self.projects}
        used.update(item.section for item in self.mechanisms)
        used.discard(None)
        if not used <= section_ids:
            self._check_sections(section_ids)
        sources = {share.source for project in self.projects for share in project.funding}
        sources.update(
            part.source
            for project in self.projects
            for share in project.funding
            if share.parts
            for part in share.parts
        )
        sources.discard(None)
        if not sources <= source_keys:
            self._check_sources(source_keys)
        for section in self.walk_sections():
            if found := _unknown_source(section.declared_funding, source_keys):
                where = f"Section {section.id!r}.declared_funding"
                raise _unknown_source_error(where, found, source_keys)

    def _check_sections(self, section_ids: set[str]) -> None:
        """Raise for the first project or mechanism in a section that is not there."""
        placed: tuple[tuple[str, tuple[Project | MechanismTask, ...]], ...] = (
            ("projects", self.projects),
            ("mechanisms", self.mechanisms),
        )
        for kind, listed in placed:
            for index, item in enumerate(listed):
                section_id = item.section
                if section_id is not None and section_id not in section_ids:
                    where = f"Programme.{kind}[{index}].section (所属部分)"
                    raise InvalidValueError(
                        where,
                        N_("no section with this id"),
                        expected=N_("one of %(values)s"),
                        got=section_id,
                        params={"values": sorted(section_ids)},
                    )

    def _check_sources(self, source_keys: set[str]) -> None:
        """Raise for the first funding share of a project from a fund source not there."""
        for index, project in enumerate(self.projects):
            if found := _unknown_source(project.funding, source_keys):
                where = f"Programme.projects[{index}].funding"
                raise _unknown_source_error(where, found, source_keys)
            for share_index, share in enumerate(project.funding):
                if share.parts and (found := _unknown_source(share.parts, source_keys)):
                    where = f"Programme.projects[{index}].funding[{share_index}].parts"
                    raise _unknown_source_error(where, found, source_keys)

    def walk_sections(self) -> Iterator[Section]:
        """Every section, nested ones included, depth first in document order.

        >>> p = Programme(title="t", scheme=Scheme.OTHER, donor=Region(name="甲"),
        ...               recipient=Region(name="乙"), year=2020,
        ...               sections=[Section(id="1", title="基础设施",
        ...                                 subsections=[Section(id="1.1", title="安全饮水")])])
        >>> [s.id for s in p.walk_sections()]
        ['1', '1.1']
        """
        for section in self.sections:
            yield from section.walk()

    def section(self, section_id: str) -> Section:
        """The section with this id, nested ones included.

        Raises:
            NotFoundError: when no section has this id; a :class:`KeyError` (and a
                :class:`ValueError`, as before 0.2.0). :meth:`get_section` returns
                ``None`` instead.

        >>> Programme(title="t", sections=[Section(id="1", title="产业合作")]).section("9")
        Traceback (most recent call last):
        ...
        aidmodel.errors.NotFoundError: Programme.section: no section with this id; expected one of ['1'], got '9'

        .. versionchanged:: 0.2.0 Raises :class:`~aidmodel.errors.NotFoundError`, a KeyError.
        """
        found = self.get_section(section_id)
        if found is None:
            ids = [s.id for s in self.walk_sections()]
            raise NotFoundError(
                "Programme.section",
                N_("no section with this id"),
                expected=N_("one of %(ids)s"),
                got=section_id,
                params={"ids": ids},
            )
        return found

    def get_section(self, section_id: str) -> Section | None:
        """The section with this id, nested ones included, or ``None``.

        >>> p = Programme(title="t", sections=[Section(id="1", title="产业合作")])
        >>> p.get_section("1").title, p.get_section("9")
        ('产业合作', None)

        .. versionadded:: 0.2.0
        """
        for section in self.walk_sections():
            if section.id == section_id:
                return section
        return None

    def fund_source(self, key: str) -> FundSource:
        """The fund source with this key.

        Raises:
            NotFoundError: when no fund source has this key (a :class:`KeyError`).

        >>> from aidmodel import FundSourceKind
        >>> p = Programme(title="t", scheme=Scheme.OTHER, donor=Region(name="甲"), recipient=Region(name="乙"),
        ...               year=2020, fund_sources=[FundSource(key="2020", kind=FundSourceKind.ANNUAL_AID)])
        >>> p.fund_source("2020").kind.label
        '年度援助资金'
        """
        for source in self.fund_sources:
            if source.key == key:
                return source
        keys = [s.key for s in self.fund_sources]
        raise NotFoundError(
            "Programme.fund_source",
            N_("no fund source with this key"),
            expected=N_("one of %(keys)s"),
            got=key,
            params={"keys": keys},
        )

    # -- totals and editing: each returns a new programme, checked as the constructor checks --

    def project_total(self) -> Money:
        """The sum of the projects' amounts (项目资金合计); projects without one add nothing.

        This is what the plan lists, not what it declares (:attr:`declared_total`):
        :func:`aidmodel.reconcile` compares the two.

        >>> p = Programme(title="t", projects=[Project(name="甲", amount=Money.from_wan(100)),
        ...                                    Project(name="乙", amount=Money.from_wan("50.5")),
        ...                                    Project(name="丙")])
        >>> p.project_total().to_wan()
        Decimal('150.5')

        .. versionadded:: 0.2.0
        """
        return Money.total(p.amount for p in self.projects if p.amount is not None)

    def _project_index(self, which: int | str, where: str) -> int:
        """The index of a project given by index (negative from the end) or by exact name."""
        count = len(self.projects)
        if isinstance(which, int) and not isinstance(which, bool):
            if -count <= which < count:
                return which % count
            raise NotFoundError(
                where,
                N_("no project at this index"),
                expected=N_("an index from %(low)s to %(high)s")
                if count
                else N_("a project (none yet)"),
                got=which,
                params={"low": -count, "high": count - 1},
            )
        if not isinstance(which, str):
            raise InvalidTypeError(
                where, N_("not a project index or name"), expected=N_("an int or a str"), got=which
            )
        found = [i for i, project in enumerate(self.projects) if project.name == which]
        if len(found) == 1:
            return found[0]
        if found:
            raise NotFoundError(
                where,
                N_("%(count)s projects with this name (at %(found)s)"),
                expected=N_("a name used once, or the project's index"),
                got=which,
                params={"count": len(found), "found": found},
            )
        raise NotFoundError(
            where,
            N_("no project with this name"),
            expected=N_("a project's name or index"),
            got=which,
        )

    def project(self, which: int | str) -> Project:
        """The project at index ``which`` (negative from the end) or named ``which``.

        Raises:
            NotFoundError: when no project has this index or name, or several have the name
                (a :class:`KeyError` too, as a lookup miss is).

        >>> p = Programme(title="t", projects=[Project(name="茶园", amount=Money.from_wan(80))])
        >>> p.project("茶园").amount.to_wan(), p.project(-1).name
        (Decimal('80'), '茶园')
        >>> p.project("果园")
        Traceback (most recent call last):
        ...
        aidmodel.errors.NotFoundError: Programme.project: no project with this name; expected a project's name or index, got '果园'

        .. versionadded:: 0.2.0
        """
        return self.projects[self._project_index(which, "Programme.project")]

    def update_project(self, which: int | str, **changes: Any) -> Programme:
        """A copy with the project at index ``which`` (or named ``which``) changed as
        :func:`attrs.evolve` changes it: ``plan.update_project("茶园", amount=...)``.

        Raises:
            NotFoundError: when no project has this index or name, or several have the name.
            AidModelError: naming the field when a change is not a value it can hold.

        >>> p = Programme(title="t", projects=[Project(name="茶园", amount=Money.from_wan(80))])
        >>> p.update_project("茶园", amount=Money.from_wan(90)).project_total().to_wan()
        Decimal('90')
        >>> p.update_project(0, amount=90)
        Traceback (most recent call last):
        ...
        aidmodel.errors.InvalidTypeError: Project.amount (拟投入资金): an int is not Money; expected Money (Money.from_wan('766'), Money.parse('766万元')) or None, got 90

        .. versionadded:: 0.2.0
        """
        index = self._project_index(which, "Programme.update_project")
        fields = [field.name for field in attrs.fields(Project)]
        unknown = sorted(name for name in changes if name not in fields)
        if unknown:
            raise InvalidValueError(
                "Programme.update_project",
                N_("no such field of Project"),
                expected=N_("fields of Project (%(values)s)"),
                got=unknown,
                params={"values": ", ".join(fields)},
            )
        return self.replace_project(index, attrs.evolve(self.projects[index], **changes))

    def add_project(self, project: Project, *, at: int | None = None) -> Programme:
        """A copy with ``project`` added at the end, or before index ``at`` (as
        :meth:`list.insert` places it).

        Its section and its funding's sources must be in the programme.

        Raises:
            InvalidValueError: naming ``Programme.projects[i].section`` (or ``.funding``)
                when the project refers to a section or fund source not there.

        >>> p = Programme(title="t", sections=[Section(id="1", title="产业合作")])
        >>> p = p.add_project(Project(name="茶园", section="1", amount=Money.from_wan(80)))
        >>> [x.name for x in p.add_project(Project(name="道路"), at=0).projects]
        ['道路', '茶园']
        >>> p.add_project(Project(name="桥", section="9"))
        Traceback (most recent call last):
        ...
        aidmodel.errors.InvalidValueError: Programme.projects[1].section (所属部分): no section with this id; expected one of ['1'], got '9'

        .. versionadded:: 0.2.0
        """
        projects = list(self.projects)
        projects.insert(len(projects) if at is None else at, project)
        return attrs.evolve(self, projects=projects)

    def replace_project(self, which: int | str, project: Project) -> Programme:
        """A copy with the project at index ``which`` (or named ``which``) replaced.

        Raises:
            NotFoundError: when no project has this index or name, or several have the name.

        >>> p = Programme(title="t", projects=[Project(name="茶园", amount=Money.from_wan(80))])
        >>> p.replace_project("茶园", Project(name="茶园", amount=Money.from_wan(90))).project_total().to_wan()
        Decimal('90')

        .. versionadded:: 0.2.0
        """
        index = self._project_index(which, "Programme.replace_project")
        projects = list(self.projects)
        projects[index] = project
        return attrs.evolve(self, projects=projects)

    def remove_project(self, which: int | str) -> Programme:
        """A copy without the project at index ``which`` (or named ``which``).

        >>> p = Programme(title="t", projects=[Project(name="茶园"), Project(name="道路")])
        >>> [x.name for x in p.remove_project(0).projects]
        ['道路']
        >>> p.remove_project("桥")
        Traceback (most recent call last):
        ...
        aidmodel.errors.NotFoundError: Programme.remove_project: no project with this name; expected a project's name or index, got '桥'

        .. versionadded:: 0.2.0
        """
        index = self._project_index(which, "Programme.remove_project")
        return attrs.evolve(self, projects=self.projects[:index] + self.projects[index + 1 :])

    def add_section(self, section: Section, *, parent: str | None = None) -> Programme:
        """A copy with ``section`` added after the top-level sections, or after the
        subsections of the section with id ``parent``.

        Raises:
            NotFoundError: when no section has the id ``parent``.
            InvalidValueError: when the new section (or one inside it) repeats an id.

        >>> p = Programme(title="t").add_section(Section(id="1", title="产业合作"))
        >>> p = p.add_section(Section(id="1.1", title="茶园"), parent="1")
        >>> [s.id for s in p.walk_sections()]
        ['1', '1.1']

        .. versionadded:: 0.2.0
        """
        if parent is None:
            return attrs.evolve(self, sections=(*self.sections, section))
        above = self.section(parent)
        return self.replace_section(
            parent, attrs.evolve(above, subsections=(*above.subsections, section))
        )

    def replace_section(self, section_id: str, section: Section) -> Programme:
        """A copy with the section of this id (at any depth) replaced by ``section``.

        If the new section has another id, or leaves out subsections, what referred to
        the old ids (projects, mechanisms, fund sources) must refer elsewhere first.

        >>> p = Programme(title="t", sections=[Section(id="1", title="产业合作")])
        >>> p.replace_section("1", Section(id="1", title="产业发展")).section("1").title
        '产业发展'

        .. versionadded:: 0.2.0
        """
        self.section(section_id)  # NotFoundError naming the ids there are

        def swap(sections: tuple[Section, ...]) -> tuple[Section, ...]:
            return tuple(
                section
                if old.id == section_id
                else attrs.evolve(old, subsections=swap(old.subsections))
                if old.subsections
                else old
                for old in sections
            )

        return attrs.evolve(self, sections=swap(self.sections))

    def remove_section(self, section_id: str) -> Programme:
        """A copy without the section of this id and the sections inside it.

        Refused while a project, mechanism or fund source is placed in one of them:
        move or remove those first (nothing is dropped silently).

        Raises:
            NotFoundError: when no section has this id.
            InvalidValueError: naming what is still placed in the section.

        >>> p = Programme(title="t", sections=[Section(id="1", title="产业合作"),
        ...                                   Section(id="2", title="劳务协作")],
        ...               projects=[Project(name="茶园", section="1")])
        >>> [s.id for s in p.remove_section("2").sections]
        ['1']
        >>> p.remove_section("1")
        Traceback (most recent call last):
        ...
        aidmodel.errors.InvalidValueError: Programme.remove_section: the section still holds projects[0] '茶园'; expected a section nothing is placed in (move or remove those first), got '1'

        .. versionadded:: 0.2.0
        """
        ids = {s.id for s in self.section(section_id).walk()}
        held = [
            f"projects[{i}] {p.name!r}" for i, p in enumerate(self.projects) if p.section in ids
        ]
        held += [
            f"mechanisms[{i}] {m.title!r}"
            for i, m in enumerate(self.mechanisms)
            if m.section in ids
        ]
        held += [
            f"fund_sources[{index}] {source.key!r}"
            for index, source in enumerate(self.fund_sources)
            if source.section in ids
        ]
        if held:
            raise InvalidValueError(
                "Programme.remove_section",
                N_("the section still holds %(values)s"),
                expected=N_("a section nothing is placed in (move or remove those first)"),
                got=section_id,
                params={"values": ", ".join(held)},
            )

        def drop(sections: tuple[Section, ...]) -> tuple[Section, ...]:
            return tuple(
                attrs.evolve(s, subsections=drop(s.subsections)) if s.subsections else s
                for s in sections
                if s.id != section_id
            )

        return attrs.evolve(self, sections=drop(self.sections))
