"""The prose outline of a plan read into sections, projects and tasks (private)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel.errors import AidModelError
from aidmodel.importers._context import Context
from aidmodel.importers._lines import COUNT, Line, Mention, count_value, mentions, normalise
from aidmodel.importers._projects import (
    SourceRef,
    Span,
    clause_end,
    commitments_in,
    prose_units,
    read_commitments,
    read_project,
    read_task,
    split_enumerated,
    written_deadline,
)
from aidmodel.importers._result import WarningCode
from aidmodel.importers._sections import Heading, Node, read_heading
from aidmodel.importers._tables import is_office
from aidmodel.importers._totals import (
    PER_UNIT_BEFORE,
    TARGET_AFTER,
    TARGET_BEFORE,
    TRADE,
    Category,
    Totals,
    before_year,
    past,
    spent,
    written_before,
)
from aidmodel.importers.lexicon.parts import DUTY_HEADINGS, GOAL_HEADINGS, RESULT_HEADINGS
from aidmodel.messages import N_
from aidmodel.model import (
    Commitment,
    MechanismTask,
    PartialDate,
    Project,
    Section,
)
from aidmodel.quantity import Bound

__all__ = [
    "FUNDS_BEFORE",
    "Builder",
    "SectionPlan",
    "affinity",
    "clause_name",
    "clause_projects",
    "funded",
    "funds_mentions",
    "plan_title",
]

# Words that aim at a figure: 达到1.5亿元 is a target, not the plan's own money.
_AIMING: Final = re.compile("(?<!下)达到|力争|突破|争取")  # (下达到各乡镇: no aim)
# A share of the money the plan declares (民生领域资金占比不低于80%): a rule, no target.
_SHARE: Final = re.compile("占比|比例|比重")
# 由郎德镇人民政府组织实施, 由县教育局负责实施: a part's implementing unit.
_PART_UNIT: Final = re.compile(r"由(?P<unit>[^，。；,;()（）]{2,24}?)(?:组织|负责|牵头)?实施")
# The parts of an adjustment notice that tell its changes: 调增项目, 调减项目, 取消项目, 新增项目.
# 沙州镇农村供水保障提升项目：因…，调增…: the project a line of changes names.
_CHANGED_NAME: Final = re.compile(
    r"^\s*(?:\d+[.、])?\s*(?P<name>[^,，;；。:：]{2,40}?(?:项目|工程))\s*[:：]"
)


def _project_name(title: str | None) -> str | None:
    """The project a change names (（五）新增X项目 → X项目), or ``None`` for a heading that
    names none (一、调减项目资金（2个）)."""
    if title is None:
        return None
    title = re.sub(r"[(（][^)）]*[)）]$", "", title).strip()
    title = re.sub(r"^(?:新增|取消|调增|调减|变更)", "", title)
    return title if _PROJECT_TITLE.search(title) and len(title) > 4 else None


# 新增X项目, 调增X项目: the word of a change before the name of the project it changes.
_ADDED: Final = re.compile("(?:新增|调增|调减|变更)(?=.{4})")
# The words of a change of a project's money, in its text (资金由200万元调整为260万元, 调增60万元).
_CHANGE_TEXT: Final = re.compile("调增|调减|调整为|调出|取消")
_CHANGE: Final = re.compile(
    "调增|调减|取消|新增|调整项目|调出|调入|调整(?:内容|事项|明细|情况)|变更内容"
)
FUNDS_BEFORE: Final = re.compile(
    r"(?:投入|投资|资金|安排|资助|下达|拨付|分配)[^,，;；。]{0,6}$|(?:项目|工程)\s*\(\s*$"
    r"|^\s*计划\s*$"
)
_INVESTMENT_BEFORE: Final = re.compile(r"总投资[^,，;；。]{0,4}$")
# An item that cannot be built (Builder.unreadable), by what it is.
_UNREADABLE_ITEM: Final = {
    "project": N_("project %(name)r: %(error)s"),
    "task": N_("task %(name)r: %(error)s"),
}
_OWN_COUNT: Final = re.compile(
    rf"(?:安排|实施|共)[\u4e00-\u9fff]{{0,6}}?项目\s*({COUNT})\s*个|^\s*\(?\s*(?:项目\s*)?({COUNT})\s*个"
)


@attrs.define
class SectionPlan:
    """A section before it is built: its node, id, path and what it holds."""

    node: Node
    id: str
    path: str
    mechanism: bool
    subsections: list[SectionPlan] = attrs.field(factory=list)
    projects: int = 0
    category: Category | None = None
    #: For a run-in heading whose clauses are its projects (（一）推进产业协作。…一是投入资金
    #: 680万元，实施X项目；二是…), where its own words end on its line: money after that is
    #: the clauses'.
    own_end: int | None = None


@attrs.define
class Builder:
    """Reads the outline of a prose plan into sections, projects and tasks."""

    context: Context
    totals: Totals | None
    sources: list[SourceRef]
    projects: list[Project] = attrs.field(factory=list)
    mechanisms: list[MechanismTask] = attrs.field(factory=list)
    notes: list[tuple[int, str]] = attrs.field(factory=list)
    sections: list[SectionPlan] = attrs.field(factory=list)
    #: Whether the plan's projects are in a table: prose items are then tasks, or
    #: sections the rows fill when they carry money.
    tables: bool = False
    #: Whether the text is an adjustment notice (关于调整…的通知): its parts that tell the
    #: changes (一、调增项目, 三、取消项目) are no parts of the adjusted programme.
    adjustment: bool = False
    #: Whether a table of the plan gives projects an amount apart from their 总投资 (aid
    #: beside 自筹): a section's 总投资X is then its declared total investment.
    investment_apart: bool = False
    funded: list[SectionPlan] = attrs.field(factory=list)
    #: Parts beside the totals paragraph that hold only targets (（二）年度目标): the programme's.
    goals: list[Node] = attrs.field(factory=list)
    #: The plan's year: figures of a sentence about an earlier year are none of a part's.
    year: int | None = None
    #: Targets written in the changes of an adjustment notice, by the project they name.
    changed: list[tuple[str | None, Commitment]] = attrs.field(factory=list)
    #: Deadlines written in the changes of an adjustment notice, by the project they name.
    changed_deadlines: list[tuple[str, PartialDate]] = attrs.field(factory=list)
    #: Lines of the plan's own text kept as notes (the paragraphs before its first part, a
    #: part with neither money nor items): the targets they set are the programme's.
    loose: list[Line] = attrs.field(factory=list)

    def note(self, lines: Sequence[Line], *, loose: bool = False) -> None:
        self.notes.extend((line.number, line.text) for line in lines if not line.blank)
        if loose:
            self.loose.extend(line for line in lines if not line.blank)

    def read(self, root: Node) -> None:
        self.note(root.body, loose=True)
        totals_line = self.totals.line if self.totals is not None else None
        tops: list[Node] = []
        for child in root.children:
            holder = next(
                (
                    leaf
                    for leaf in child.children
                    if not leaf.children
                    and any(line.number == totals_line for line in leaf.lines())
                    # （五）X项目。安排资金150万元… / 调整后，…资金总额1480万元: an item with
                    # money of its own, the closing totals paragraph read into it, is no holder.
                    and (
                        leaf.heading is None
                        or leaf.heading.line.number == totals_line
                        or not mentions(leaf.heading.line)
                    )
                ),
                None,
            )
            if child.children and any(line.number == totals_line for line in child.body):
                # 二、工作任务 holding the totals paragraph stands for the programme itself.
                self.note([child.heading.line] if child.heading else [])
                self.note(child.body, loose=True)
                tops.extend(child.children)
            elif holder is not None:
                # 一、总体要求 / （一）资金规模。…共计4650万元 / （二）年度目标。…: the part that
                # holds the totals paragraph is the programme's; its other parts stand alone.
                self.note([child.heading.line] if child.heading else [])
                self.note(child.body)
                self.note(holder.lines())
                for leaf in child.children:
                    if leaf is holder:
                        continue
                    if leaf.children or holds_money(leaf):
                        tops.append(leaf)
                    else:
                        # （二）年度目标。力争…以上: the programme's targets, no part of its own.
                        self.note(leaf.lines())
                        self.goals.append(leaf)
            else:
                tops.append(child)
        for node in tops:
            heading = node.heading
            assert heading is not None  # children of the root all have headings
            if (
                self.adjustment
                and (
                    _CHANGE.search(heading.title)
                    # （三）X项目。…资金由200万元调整为260万元，调增60万元: the change of a project
                    # the notice's table lists as adjusted.
                    or (
                        self.tables and not node.children and _CHANGE_TEXT.search(heading.line.norm)
                    )
                )
                and not self.changed_item(node)
            ):
                self.change(node)
                continue
            if GOAL_HEADINGS.search(heading.title) and not holds_money(node, skip=totals_line):
                # 一、总体目标。…力争…以上, 二、主要目标 / 1.新增就业岗位1500个以上 …: the
                # programme's targets, no part of its own (beside the totals paragraph, which
                # may stand in it).
                self.note(node.lines())
                self.goals.append(node)
                continue
            if RESULT_HEADINGS.search(heading.title):
                funded = [
                    child
                    for child in node.children
                    if not self.tables
                    and any(
                        not leaf.children and leaf.heading is not None and carries_funds(leaf)
                        for leaf in child.children
                    )
                ]
                if funded:
                    # 一、2025年工作开展情况 / （一）资金项目实施情况 / 1.X项目 / 帮扶资金360万元，
                    # 已拨付…: the items with money are the year's projects; the other parts
                    # (（二）主要工作成效) are what was achieved.
                    self.note([heading.line, *node.body])
                    for child in node.children:
                        if child in funded:
                            path = f"programmes[0].sections[{len(self.sections)}]"
                            plan = self.section(
                                child, str(len(self.sections) + 1), path, mechanism=False
                            )
                            self.sections.append(plan)
                        else:
                            self.note(child.lines())
                            self.goals.append(child)
                    continue
                # 三、主要成效 / 第一，劳务协作成效明显。…1386人: what was achieved (or what
                # went wrong), no projects; its figures are read as the programme's.
                self.note(node.lines())
                self.goals.append(node)
                continue
            if heading.level == 2 and not node.children and not self.tables:
                self.item(node, None, mechanism=False)
            elif (
                heading.level == 1
                and not node.children
                and not self.tables
                and re.fullmatch(r"[(（]\s*\d{1,3}\s*[)）]", heading.number) is not None
                and _PROJECT_TITLE.search(heading.title) is not None
                and carries_funds(node)
            ):
                # （1）X项目：建设…，安排资金240万元，…: items numbered in digits, of the notice's
                # own list with no part above them; each a project, as 1.X项目 would be.
                self.item(node, None, mechanism=False)
            elif self.changed_item(node):
                # 一、X项目。因…，原安排资金520万元，现安排460万元，调减60万元: an adjustment
                # notice's parts, each the change of one project, which it names.
                self.item(node, None, mechanism=False)
                if self.projects and (added := _ADDED.match(self.projects[-1].name)):
                    # 五、新增X项目: the project is X, the word its change.
                    self.projects[-1] = attrs.evolve(
                        self.projects[-1], name=self.projects[-1].name[added.end() :]
                    )
            elif not node.children and not self.tables and clause_projects(node):
                # 二、深化产业协作 / 一是实施X项目，…安排资金320万元。二是…, or （一）产业类。
                # …：①X项目，…安排资金120万元；②…: a part whose paragraph writes its
                # projects as clauses.
                path = f"programmes[0].sections[{len(self.sections)}]"
                self.sections.append(self.clauses(node, str(len(self.sections) + 1), path))
            elif node.children or heading.level > 0 or DUTY_HEADINGS.search(heading.title):
                path = f"programmes[0].sections[{len(self.sections)}]"
                plan = self.section(node, str(len(self.sections) + 1), path, mechanism=False)
                self.sections.append(plan)
            elif any(split_enumerated(line) for line in node.body):
                # 第三部分 两县共同推进事项 / 一是深化劳务协作…: duties, each with its targets.
                path = f"programmes[0].sections[{len(self.sections)}]"
                plan = self.section(node, str(len(self.sections) + 1), path, mechanism=True)
                self.sections.append(plan)
            else:
                self.note(node.lines(), loose=True)
        self.part_units()

    def part_units(self) -> None:
        """A part's own implementing unit (二、郎德镇人民政府280万元（由郎德镇人民政府组织实施）)
        is the responsible unit of its projects that name none."""
        by_section: dict[str | None, list[int]] = {}
        for index, project in enumerate(self.projects):
            by_section.setdefault(project.section, []).append(index)
        for top in self.sections:
            for plan in walk_plans(top):
                heading = plan.node.heading
                if heading is None:
                    continue
                found = _PART_UNIT.search(heading.line.text, heading.rest)
                if found is None:
                    continue
                unit = found.group("unit").strip()
                for index in by_section.get(plan.id, []):
                    if not self.projects[index].units:
                        self.projects[index] = attrs.evolve(self.projects[index], units=(unit,))

    def changed_item(self, node: Node) -> bool:
        """Whether a part of an adjustment notice is the change of one project it names (一、X
        项目。…原安排资金520万元，现安排460万元; 五、新增Y项目。…安排资金240万元)."""
        heading = node.heading
        return (
            self.adjustment
            and heading is not None
            and heading.level == 0
            and not node.children
            and not self.tables
            and _project_name(heading.title) is not None
            and carries_funds(node)
        )

    def change(self, node: Node) -> None:
        """A part of an adjustment notice that tells the changes (二、调减项目（2个）/ 1.X，资金由
        400万元调减为280万元): kept as written in the notes, its amounts named as the change."""
        lines = node.lines()
        self.note(lines)
        heading = node.heading
        title = heading.title if heading is not None else ""
        for part in node.walk():
            # 增加建设日光温室10栋, 新建沙棘种植基地800亩: what a change builds is a target of
            # the project it names (its heading, or the name before its colon).
            named = part.heading.title if part.heading is not None else None
            for line in [*([part.heading.line] if part.heading else []), *part.body]:
                closing = (
                    self.totals is not None
                    and part.heading is not None
                    and part.heading.line.number < self.totals.line <= line.number
                )
                if closing and self.totals is not None and line.number == self.totals.line:
                    continue  # 调整后，…项目仍为9个，资金总额…: the adjusted plan's totals
                own = _CHANGED_NAME.match(line.norm)
                # 请各单位…确保11月底前…: what follows the totals is the notice's, no change's.
                name = None if closing else _project_name(own.group("name") if own else named)
                span = Span(
                    line,
                    part.heading.rest if part.heading and line is part.heading.line else 0,
                    len(line.text),
                )
                money = [(line.number, m.start, m.end) for m in mentions(line)]
                for commitment in read_commitments(
                    self.context, [span], "programmes[0]", skip=money
                ):
                    self.changed.append((name, commitment))
                deadline = written_deadline(self.context, [span], self.year)
                if name and deadline is not None:
                    # （四）X项目（新增）。…，2025年10月底前完工: the added project's deadline.
                    self.changed_deadlines.append((name, deadline))
        for line in lines:
            for mention in mentions(line):
                if self.context.used(mention):
                    continue
                self.context.warn(
                    line.number,
                    WarningCode.AMOUNT_NOT_USED,
                    N_(
                        "%(amount)r is an amount of the change %(title)r (the amount before or "
                        "the change), kept in the programme's notes; the adjusted programme "
                        "holds the amounts after it"
                    ),
                    names=(mention,),
                    params={"amount": mention.text, "title": title},
                )

    def section(self, node: Node, section_id: str, path: str, *, mechanism: bool) -> SectionPlan:
        heading = node.heading
        assert heading is not None
        plan = SectionPlan(
            node,
            section_id,
            path,
            mechanism or bool(DUTY_HEADINGS.search(heading.title)) or duties(node),
        )
        if not node.children:
            if self.tables and not plan.mechanism:
                if carries_funds(node):
                    self.funded.append(plan)
                    return plan
                plan.mechanism = True
            if (
                not self.tables
                and not plan.mechanism
                and heading.level >= 1
                and not carries_funds(node)
                and any(mentions(line) or commitments_in(line.text) for line in node.lines())
                and not _PROJECT_TITLE.search(heading.title)
            ):
                # （二）深化劳务协作。建立劳务协作工作站2个，…不少于400人。 beside a part of
                # projects: a part of duties, its targets read as a task's.
                self.paragraph_task(node, plan, heading.number or None)
                return plan
            if plan.mechanism:
                before = len(self.mechanisms)
                self.enumerated(node, plan)
                if self.tables and len(self.mechanisms) == before:
                    # A paragraph of duties without 一是/二是 is one task.
                    self.paragraph_task(node, plan, None)
            return plan
        if not self.tables and not plan.mechanism:
            # （一）深化产业协作 / 组织…企业到道孚考察对接3批次以上… / 1.X项目…: the part's own
            # paragraph before its items states its targets.
            self.note([line for line in node.body if read_heading(line) is None], loose=True)
        nested = any(child.children for child in node.children)
        funded_items = (
            sum(1 for child in node.children if not child.children and carries_funds(child)) >= 2
        )
        run_in = (
            not plan.mechanism
            and not self.tables
            and any(clause_projects(child) for child in node.children)
        )
        for child in node.children:
            child_heading = child.heading
            assert child_heading is not None
            if run_in and not child.children:
                number = len(plan.subsections)
                plan.subsections.append(
                    self.clauses(
                        child, f"{section_id}.{number + 1}", f"{path}.subsections[{number}]"
                    )
                )
            elif (
                child.children
                or (nested and child_heading.level < 2)
                or (
                    self.tables
                    and not plan.mechanism
                    and (child_heading.level < 2 or carries_funds(child))
                )
            ):
                number = len(plan.subsections)
                # (三、工作要求 / 附件 / （一）产业帮扶项目（4个） / 1.X项目，单位，220万元: a
                # list of items with money of their own is no list of duties, whatever the
                # part above it; asked only of a part of duties, where it tells.)
                funded_below = plan.mechanism and (
                    sum(
                        1
                        for leaf in child.children
                        if not leaf.children
                        and (
                            carries_funds(leaf)
                            or (
                                leaf.heading is not None
                                and _PROJECT_TITLE.search(leaf.heading.title) is not None
                                and any(mentions(line) for line in leaf.lines())
                            )
                        )
                    )
                    >= 2
                )
                sub = self.section(
                    child,
                    f"{section_id}.{number + 1}",
                    f"{path}.subsections[{number}]",
                    mechanism=plan.mechanism and not funded_below,
                )
                plan.subsections.append(sub)
            else:
                duty = (
                    not plan.mechanism
                    and not self.tables
                    and funded_items
                    and not _PROJECT_TITLE.search(child_heading.title)
                    and not carries_funds(child)
                )
                # 4.深化招商合作。…开展产业链招商活动2次以上 beside items with money of their
                # own: a duty of the part, no project.
                made = self.item(
                    child,
                    plan.id,
                    mechanism=plan.mechanism or self.tables or duty,
                    unit=_unit_heading(heading.title),
                )
                if not plan.mechanism and not self.tables and not duty:
                    plan.projects += max(made, 1)
        return plan

    def paragraph_task(self, node: Node, plan: SectionPlan, number: str | None) -> None:
        """A part's whole paragraph as one task: its heading's line and its body."""
        heading = node.heading
        assert heading is not None
        line = Span(heading.line, 0, len(heading.line.text))
        self.task(number, heading.title, line, heading.rest, node.body, plan.id)

    def clauses(self, node: Node, section_id: str, path: str) -> SectionPlan:
        """A run-in heading whose paragraph writes its projects as clauses: each clause with
        money of its own (一是投入资金450万元，建设Y) is a project, the others are duties; a
        paragraph without 一是/二是 is one clause."""
        heading = node.heading
        assert heading is not None
        plan = SectionPlan(node, section_id, path, mechanism=False, own_end=heading.rest)
        found = [
            (number, title, span)
            for line, start in [(heading.line, heading.rest)] + [(line, 0) for line in node.body]
            for number, title, span in split_enumerated(line, start)
        ]
        listed = bracket_items(heading.line, heading.rest) if not found else []
        if listed:
            self.bracket_list(node, listed, plan)
            return plan
        run = verb_clauses(heading.line, heading.rest) if not found else []
        if len(run) >= 2:
            plan.own_end = run[0].start
            for span in run:
                self.clause(node, None, span, [], plan)
            self.note(node.lines(), loose=True)
            return plan
        if not found:
            whole = Span(heading.line, heading.rest, len(heading.line.text))
            spans = [whole] + [Span(line, 0, len(line.text)) for line in node.body]
            if any(funded(span) for span in spans):
                self.clause(node, None, whole, node.body, plan)
            else:
                head = Span(heading.line, 0, len(heading.line.text))
                self.task(None, heading.title, head, heading.rest, node.body, plan.id)
            return plan
        first = found[0][2]
        if first.line is heading.line:
            plan.own_end = first.start
        else:
            # （一）保障和改善民生（3个，1180万元） / 一是…: the heading's line is its own.
            plan.own_end = len(heading.line.text)
        first_project = len(self.projects)
        for number, title, span in found:
            if funded(span):
                self.clause(node, number, span, [], plan)
            else:
                self.task(number, title, span, span.start, [], plan.id)
        self._shared_deadline(found[-1][2], first_project)
        self.note([line for line in node.body if not split_enumerated(line)])
        return plan

    def bracket_list(
        self, node: Node, listed: Sequence[tuple[int, int, Mention]], plan: SectionPlan
    ) -> None:
        """The projects a part lists by name, each with its money in brackets (…资金620万元：
        X项目（200万元）、Y项目（160万元）和Z项目（150万元）): the part's own words are those
        before the first; a part named by an office (（一）县农业农村局：安排资金760万元，用于
        …) is the unit of its projects. The targets written after the list are the
        programme's (see :meth:`loose_targets`)."""
        heading = node.heading
        assert heading is not None
        line = heading.line
        plan.own_end = listed[0][0]
        unit = heading.title.strip() if is_office(heading.title) else None
        starts = [start for start, _, _ in listed[1:]] + [len(line.text)]
        for (start, end, mention), following in zip(listed, starts, strict=True):
            index = len(self.projects)
            name = line.text[start:end].strip()
            path = f"programmes[0].projects[{index}]"
            # X项目（…）由县农业农村局实施，…；Y项目…: the unit written after its bracket;
            # X项目（320万元，县农业农村局）: the office in the bracket after the money.
            own = prose_units([Span(line, mention.end, following)])
            inside = _OFFICE_IN_BRACKET.match(line.norm, mention.end)
            if not own and inside is not None and is_office(inside.group("unit")):
                own = [inside.group("unit").strip()]
            try:
                project = Project(
                    name=name,
                    section=plan.id,
                    amount=mention.amount,
                    units=tuple(own) if own else (unit,) if unit else (),
                    text=line.text[start : mention.end + 1].strip(),
                    provenance=self.context.at(line.number),
                )
            except AidModelError as error:  # pragma: no cover - a name and an amount fit
                self.unreadable(path, line.number, "project", name, error)
                continue
            self.context.use(mention, f"{path}.amount")
            self.projects.append(project)
            plan.projects += 1
        self.note(node.lines(), loose=True)

    def clause(
        self, node: Node, number: str | None, span: Span, body: Sequence[Line], plan: SectionPlan
    ) -> None:
        """A project written as a clause: named by the object of its 实施/建设."""
        heading = node.heading
        assert heading is not None
        start = span.start + len(number or "")
        name = named_clause(span, start) or clause_name(span, start) or heading.title
        after = span.line.text.find(name, start) + len(name)
        if after >= len(name) and span.line.norm[after:].lstrip().startswith("("):
            # 实施X项目（150万元，其中…）: the bracket after the name is the project's own.
            start = after
        head = attrs.evolve(
            heading, line=span.line, level=heading.level + 1, title=name, rest=start
        )
        index = len(self.projects)
        try:
            project = read_project(
                self.context,
                head,
                body,
                index=index,
                section=plan.id,
                sources=self.sources,
                end=span.end,
                year=self.year,
            )
        except AidModelError as error:
            self.unreadable(
                f"programmes[0].projects[{index}]", span.line.number, "project", name, error
            )
            return
        text = "".join([span.text, *(line.text for line in body if not line.blank)]).strip()
        self.projects.append(attrs.evolve(project, number=number, text=text or None))
        plan.projects += 1

    def _shared_deadline(self, last: Span, first_project: int) -> None:
        """一是X项目，投入480万元…；二是Y项目…。由A局牵头实施，2025年11月底前完工: the
        sentence after the last clause's own says the deadline of all the paragraph's
        projects; those that name none take it."""
        made = self.projects[first_project:]
        stop = last.line.norm.find("。", last.start, last.end)
        if len(made) < 2 or stop < 0 or made[-1].deadline is None:
            return
        tail = Span(last.line, stop + 1, last.end)
        shared = written_deadline(Context(self.context.source), [tail], self.year)
        if shared is None or shared != made[-1].deadline:
            return
        for index in range(first_project, len(self.projects)):
            if self.projects[index].deadline is None:
                self.projects[index] = attrs.evolve(self.projects[index], deadline=shared)

    def enumerated(self, node: Node, plan: SectionPlan) -> None:
        """Tasks written 一是…二是… in a section's paragraph."""
        heading = node.heading
        assert heading is not None
        spans = [(heading.line, heading.rest)] + [(line, 0) for line in node.body]
        found = False
        for line, start in spans:
            for number, title, span in split_enumerated(line, start):
                self.task(number, title, span, span.start, [], plan.id)
                found = True
        paragraphs = [line for line in node.body if not line.blank]
        if not found and paragraphs and not heading.has_text:
            # 四、工作要求 over one paragraph of duties: the paragraph is the section's task.
            first = paragraphs[0]
            head = Span(first, 0, len(first.text))
            self.task(None, heading.title, head, 0, paragraphs[1:], plan.id)

    def task(
        self,
        number: str | None,
        title: str,
        head: Span,
        rest: int,
        body: Sequence[Line],
        section: str | None,
    ) -> None:
        index = len(self.mechanisms)
        try:
            task = read_task(
                self.context, number, title, head, rest, body, index=index, section=section
            )
        except AidModelError as error:
            self.unreadable(
                f"programmes[0].mechanisms[{index}]", head.line.number, "task", title, error
            )
            return
        self.mechanisms.append(task)

    def unreadable(self, path: str, line: int, what: str, name: str, error: AidModelError) -> None:
        """An item that cannot be built: the amounts it used are forgotten (so they are named
        as unused) and the error becomes a warning on its line."""
        self.context.forget(path)
        self.context.warn(
            line,
            WarningCode.UNREADABLE,
            _UNREADABLE_ITEM[what],
            params={"name": name, "error": str(error)},
        )

    def item(
        self, node: Node, section: str | None, *, mechanism: bool, unit: str | None = None
    ) -> int:
        """An item: a task, or one project, or the projects numbered on in its line (1.X项目
        （380万元，…）；2.Y项目（…）；…); how many projects it gave. ``unit`` is the office or
        township the part above it is named by (（一）区农业农村委（项目3个…）), the unit of
        the projects that name none of their own."""
        heading = node.heading
        assert heading is not None
        if mechanism:
            head = Span(heading.line, 0, len(heading.line.text))
            self.task(
                heading.number or None, heading.title, head, heading.rest, node.lines()[1:], section
            )
            return 0
        runs = run_in_items(heading)
        ends = [start for _, start in runs] + [len(heading.line.text)]
        items = [(heading, ends[0], node.lines()[1:] if not runs else [])]
        for (run, _), end in zip(runs, ends[1:], strict=True):
            items.append((run, end, node.lines()[1:] if end == ends[-1] else []))
        made = 0
        for own, end, body in items:
            index = len(self.projects)
            try:
                project = read_project(
                    self.context,
                    own,
                    body,
                    index=index,
                    section=section,
                    sources=self.sources,
                    end=end if runs else None,
                    year=self.year,
                )
            except AidModelError as error:
                self.unreadable(
                    f"programmes[0].projects[{index}]",
                    own.line.number,
                    "project",
                    own.title,
                    error,
                )
                continue
            if unit is not None and not project.units:
                project = attrs.evolve(project, units=(unit,))
            self.projects.append(project)
            made += 1
        return made

    def plan_targets(self, line: Line) -> list[Commitment]:
        """Targets written in the totals paragraph (…共计2400万元，实施协作项目9个。全年帮助
        农村劳动力转移就业1000人以上): the programme's. An exact amount of money or count of
        个 there (帮扶松潘县1500万元, 共安排项目8个, 涉及4个乡镇) is the plan's own scope, a
        declared figure, not a target, unless a word of aiming stands before it (销售农特产品
        达到1.5亿元)."""
        scope = [
            (line.number, item.start, item.end)
            for item in commitments_in(line.text)
            if item.commitment.target.bound is Bound.EXACT
            and item.commitment.target.unit in ("元", "个")
            and not _AIMING.search(item.commitment.text or "")
            # (购买合阳县农产品300万元: trade the plan aims at is a target.)
            and not TRADE.search(item.commitment.text or "")
        ]
        return read_commitments(
            self.context, [Span(line, 0, len(line.text))], "programmes[0]", skip=scope
        )

    def loose_targets(self, first: int = 0) -> list[Commitment]:
        """Targets the plan sets in its loose paragraphs (今年要实现：引进企业2家以上…；资金支出
        进度11月底前达到90%以上): the programme's. Only what aims is a target there: a floor
        (以上, 不低于) or a word of aiming (力争, 达到); an exact or hedged figure (安排我县8个
        项目, 年销售额约400万元), a
        ceiling (单个项目不超过200万元, 最长不超过6个月), a declared share (民生领域资金占比不低于80%), a rate per head (每人每月300元) and the
        figures of past years (2024年…引进企业投资1.35亿元) are not."""
        totals_line = self.totals.line if self.totals is not None else None
        skip: list[tuple[int, int, int]] = []
        spans: list[Span] = []
        for line in self.loose:
            if line.number == totals_line:
                continue  # its targets are read with it
            spans.append(Span(line, 0, len(line.text)))
            for item in commitments_in(line.text):
                target = item.commitment.target
                if (
                    (
                        target.bound is not Bound.AT_LEAST
                        and not _AIMING.search(item.commitment.text or "")
                    )
                    or target.bound is Bound.AT_MOST
                    or _SHARE.search(item.commitment.text or "")
                    or target.per is not None
                    or written_before(PER_UNIT_BEFORE, line.norm, item.start)
                    or past(line, item.start)
                    or before_year(line, item.start, self.year)
                ):
                    skip.append((line.number, item.start, item.end))
        return read_commitments(self.context, spans, "programmes[0]", first=first, skip=skip)

    def targets(self, first: int = 0) -> list[Commitment]:
        """Targets written in the paragraph of a section that a table's rows fill and that
        declares its own count (（一）保障和改善民生。安排项目3个，投资4480万元。…受益群众2.6万人
        以上): the targets of a group of rows, no one project's, kept as the programme's."""
        found: list[Commitment] = []
        totals_line = self.totals.line if self.totals is not None else None
        for node in self.goals:
            heading = node.heading
            assert heading is not None
            spans = [Span(heading.line, heading.rest, len(heading.line.text))] + [
                _after_number(line)
                for line in node.lines()
                if line is not heading.line and not line.blank and line.number != totals_line
            ]  # the totals paragraph's targets are read with it
            found += read_commitments(
                self.context, spans, "programmes[0]", first=first + len(found)
            )
        for plan in self.funded:
            heading = plan.node.heading
            assert heading is not None
            spans = [Span(heading.line, heading.rest, len(heading.line.text))] + [
                Span(line, 0, len(line.text)) for line in plan.node.body if not line.blank
            ]
            if own_figures(spans)[1] is not None:
                found += read_commitments(
                    self.context, spans, "programmes[0]", first=first + len(found)
                )
        return found

    # -- sections, once every project is placed ------------------------------------------------

    def assign_categories(self) -> None:
        if self.totals is None or not self.totals.categories:
            return
        # A category may be declared for a section that holds its projects through
        # subsections (（一）产业协作 over 1.产业园区共建 over （1）…项目).
        holding = [p for top in self.sections for p in walk_plans(top) if holds(p)]
        categories = list(self.totals.categories)
        # Pairing by place needs one level of sections, as many as the categories.
        by_depth: dict[int, list[SectionPlan]] = {}
        for plan in holding:
            by_depth.setdefault(plan.id.count("."), []).append(plan)
        same = [plans for _, plans in sorted(by_depth.items()) if len(plans) == len(categories)]
        in_order = same[0] if same else [p for p in holding if p.projects]
        # Pair each category with the section sharing the longest run of characters with
        # it, best pairs first: 劳务协作 goes to 劳务协作, not to 产业协作 (协作 alone is no match).
        pairs = sorted(
            (
                (-affinity(category.name, plan_title(plan)), c, h)
                for c, category in enumerate(categories)
                for h, plan in enumerate(holding)
            ),
            key=lambda pair: pair[0],
        )
        taken_categories: set[int] = set()
        taken_sections: set[int] = set()
        for score, c, h in pairs:
            if score == 0 or c in taken_categories or h in taken_sections:
                continue
            holding[h].category = categories[c]
            taken_categories.add(c)
            taken_sections.add(h)
        if len(categories) == len(in_order):
            # As many categories as sections: those sharing no word pair in order, with a warning.
            rest = [
                h for h in range(len(holding)) if h not in taken_sections and holding[h] in in_order
            ]
            for c, category in enumerate(categories):
                if c not in taken_categories and rest:
                    plan = holding[rest.pop(0)]
                    plan.category = category
                    taken_categories.add(c)
                    self.context.warn(
                        self.totals.line,
                        WarningCode.INFERRED,
                        N_(
                            "the category %(category)r shares no word with a section; it is "
                            "paired with %(section)r by its place in the list"
                        ),
                        params={"category": category.name, "section": plan_title(plan)},
                    )
        for c, category in enumerate(categories):
            if c in taken_categories:
                continue
            amount = f"，{category.mention.text}" if category.mention else ""
            self.context.warn(
                self.totals.line,
                WarningCode.CATEGORY_UNMATCHED,
                N_("the category %(category)r (%(count)s个%(amount)s) matches no section"),
                names=(category.mention,) if category.mention else (),
                params={"category": category.name, "count": category.count, "amount": amount},
            )

    def build(self, plan: SectionPlan) -> Section:
        node = plan.node
        heading = node.heading
        assert heading is not None
        count = amount = None
        category = plan.category
        if category is not None:
            count = category.count
            if category.mention is not None and category.mention.amount is not None:
                amount = category.mention.amount
                self.context.use(category.mention, f"{plan.path}.declared_amount")
        opens = heading.rest
        if _PLACE_MONEY.match(heading.title) and heading.title in heading.line.text:
            # 一、西充县680万元（…结对帮扶），其中…: the title of a place's part holds its money.
            opens = heading.line.text.index(heading.title)
        own_lines = [Span(heading.line, opens, len(heading.line.text))] + [
            Span(line, 0, len(line.text)) for line in node.body
        ]
        if plan.own_end is not None:
            # Its clauses' money is theirs: only the words before the first are its own.
            own_lines = [Span(heading.line, opens, plan.own_end)]
        own_amount, own_count = own_figures(own_lines, self.year)
        if self.tables and plan in self.funded:
            # Only money written for a group of rows (投资568.71万元…5个项目) is the section's;
            # amounts for one project go to its row, several groups to none.
            groups = [(m, c) for m, c in funds_mentions(node) if c is not None]
            if len(groups) == 1:
                own_amount, own_count = groups[0]
            elif groups or own_count is None:
                own_amount, own_count = None, None
            if not any(p.section == plan.id for p in self.projects):
                # （一）产业发展类项目7个，安排资金2080万元； in a summary of the money whose
                # projects a table lists under categories of its own: no part of them.
                own_amount, own_count = None, None
        if plan.mechanism and own_amount is not None and own_amount.amount is not None:
            # 三、工作机制 … 三是每年安排工作经费8000元: money of a duty, not of projects.
            self.context.warn(
                own_amount.line,
                WarningCode.AMOUNT_NOT_USED,
                N_(
                    "%(amount)r is money of a task of section %(section)r, not an amount "
                    "declared for projects; it is not in the programme"
                ),
                names=(own_amount,),
                params={"amount": own_amount.text, "section": heading.title},
            )
            own_amount = None
        investment = None
        if (
            own_amount is not None
            and own_amount.amount is not None
            and self.investment_apart
            and any(
                span.line.number == own_amount.line
                and _INVESTMENT_BEFORE.search(span.line.norm[: own_amount.start])
                for span in own_lines
            )
        ):
            investment = own_amount.amount
            self.context.use(own_amount, f"{plan.path}.declared_total_investment")
            own_amount = None
        if own_amount is not None and own_amount.amount is not None:
            if amount is None:
                amount = own_amount.amount
                self.context.use(own_amount, f"{plan.path}.declared_amount")
            elif own_amount.amount == amount:
                self.context.use(own_amount, f"{plan.path}.declared_amount")
            else:
                declared = category.mention if category is not None else None
                theirs = declared.text if declared is not None else f"{amount.to_wan():f}万元"
                self.context.warn(
                    own_amount.line,
                    WarningCode.CONFLICTING_FIGURE,
                    N_(
                        "section %(section)r declares %(own)r, the totals paragraph %(theirs)r; "
                        "the totals paragraph is kept"
                    ),
                    names=(own_amount,),
                    params={"section": heading.title, "own": own_amount.text, "theirs": theirs},
                )
        if own_count is not None:
            if count is None:
                count = own_count
            elif own_count != count:
                self.context.warn(
                    heading.line.number,
                    WarningCode.CONFLICTING_FIGURE,
                    N_(
                        "section %(section)r declares %(own)s projects, the totals paragraph "
                        "%(count)s; the totals paragraph is kept"
                    ),
                    params={"section": heading.title, "own": own_count, "count": count},
                )
        if heading.has_text:
            text: str | None = heading.line.text
        else:
            text = "".join(line.text for line in node.body if not line.blank) or None
        return Section(
            id=plan.id,
            number=heading.number or None,  # (【产业发展】: a part with no number)
            title=heading.title,
            declared_count=count,
            declared_amount=amount,
            declared_total_investment=investment,
            text=text,
            subsections=[self.build(sub) for sub in plan.subsections],
            provenance=self.context.at(heading.line.number, node.last_line()),
        )


def duties(node: Node) -> bool:
    """Whether a section lists duties, not projects: numbered items, and no money written
    anywhere in it, targets aside (三、交流合作 with （一）干部人才交流 …, （二）劳务协作 …)."""
    items = [child for child in node.children if not child.children]
    if not items or len(items) < len(node.children):
        return False
    return not holds_money(node)


def holds_money(node: Node, skip: int | None = None) -> bool:
    """Whether a part writes money of the plan anywhere in it, not only targets (…1.2亿元以上),
    rates per head (每人每月3000元) or the money of past years (2021年以来累计投入1.86亿元);
    the line ``skip`` (the totals paragraph, read on its own) aside."""
    return any(
        spent(line, mention)
        and not written_before(PER_UNIT_BEFORE, line.norm, mention.start)
        and not past(line, mention)
        for line in node.lines()
        if line.number != skip
        for mention in mentions(line)
    )


def funded(span: Span) -> bool:
    """Whether a clause writes money of its own (投入资金450万元), not a target."""
    norm = span.line.norm
    for mention in mentions(span.line):
        if not span.start <= mention.start < span.end:
            continue
        before = norm[span.start : mention.start]
        if (
            FUNDS_BEFORE.search(before)
            and not TARGET_BEFORE.search(before)
            and not TARGET_AFTER.match(norm, mention.end)
        ):
            return True
    return False


_PROJECT_TITLE: Final = re.compile(r"(?:项目|工程)$")


# …）；2.Y项目（…: the next item of a line that numbers its items on (1.X…；2.Y…；3.Z…).
_NEXT_ITEM: Final = re.compile(r";\s*(?P<number>\d{1,2})[.、](?!\d)")  # on a line's norm


_FIRST_NUMBER: Final = re.compile(r"1[.、]")


def run_in_items(heading: Heading) -> list[tuple[Heading, int]]:
    """The items that follow an item numbered 1. on its own line (1.阿苇滩镇…项目（380万元，
    实施单位：…）；2.红墩镇…项目（360万元，…）；…), each as a heading with where it starts;
    ``[]`` unless they number on from 2 in order."""
    if not _FIRST_NUMBER.fullmatch(normalise(heading.number.strip())):
        return []
    line = heading.line
    found: list[tuple[Heading, int]] = []
    expected = 2
    for match in _NEXT_ITEM.finditer(line.norm, heading.rest):
        if int(match.group("number")) != expected:
            continue
        start = match.start("number")
        part = Line(line.number, line.text[start:], line.text[start:], line.norm[start:])
        own = read_heading(part)
        if own is None:
            return []
        found.append((attrs.evolve(own, line=line, rest=own.rest + start), match.start() + 1))
        expected += 1
    return found


def clause_projects(node: Node) -> bool:
    """Whether a run-in heading writes projects as clauses of its paragraph: two clauses or
    more (一是…二是…) each with money of its own, under a heading that names a task
    (推进产业协作), not a project (…项目, whose clauses are its parts)."""
    heading = node.heading
    assert heading is not None
    if node.children:
        return False
    titled = _PROJECT_TITLE.search(heading.title) is not None
    if titled and not any(
        "二是" in line.norm or "②" in line.norm for line in [heading.line, *node.body]
    ):
        return False  # (X项目 with one paragraph: a project, no list of clauses; the usual)
    starts = [(heading.line, heading.rest)] + [(line, 0) for line in node.body]
    found = [
        (number, span)
        for line, start in starts
        for number, _, span in split_enumerated(line, start)
    ]
    if titled:
        # 二、重点项目 / 一是X项目。…安排资金380万元…; 二是Y项目。…: a heading naming the
        # kind, whose clauses each name a project of their own; X项目 / 一是建设厂房，投入
        # 300万元: a project whose clauses are its parts.
        return sum(1 for n, span in found if funded(span) and _names_project(n, span)) >= 2
    if not found and bracket_items(heading.line, heading.rest):
        return True  # …资金620万元：X项目（200万元）、Y项目（160万元）和Z项目（150万元）
    if not found and len(verb_clauses(heading.line, heading.rest)) >= 2:
        return True  # …实施项目5个：实施X项目，安排资金380万元…；实施Y项目，…
    with_money = [(number, span) for number, span in found if funded(span)]
    # Two clauses with money of their own, or one that names its project (二是实施X项目，安排
    # 帮扶资金200万元) beside duties (一是推动干部双向挂职…).
    return len(with_money) >= 2 or any(_names_project(n, span) for n, span in with_money)


def _names_project(number: str, span: Span) -> bool:
    """Whether a clause (after its 一是) names a project of its own (实施X项目, X项目：…)."""
    start = span.start + len(number)
    name = clause_name(span, start) or named_clause(span, start)
    return name is not None and _PROJECT_TITLE.search(name) is not None


_CLAUSE_VERB: Final = re.compile(r"实施|建设")

# X项目（200万元）: a project named in a list with its money alone in the bracket after it.
# X项目（420万元）, and in a report X项目（安排资金300万元，已拨付300万元）: its money first
# in the bracket, what was done with it after.
_BRACKETED_PROJECT: Final = re.compile(
    r"(?:项目|工程)\s*[(（]\s*(?:(?:计划|安排|下达|帮扶|投入)(?:资金)?\s*:?\s*)?[0-9.]+\s*(?:万元|元|亿元)"
    r"\s*(?:[,，;；][^()（）]{0,40})?[)）]"
)
# What stands between the items of such a list, or before its first: 、, 和, 用于 …
_LIST_START: Final = re.compile(r"^(?:和|及|与|以及|用于|包括|分别为|分别是|即|实施|建设|安排)+")


# 实施X项目, 建设Y工程 opening a clause of a part's paragraph.
_VERB_CLAUSE: Final = re.compile(r"(?:实施|建设|新建|支持|开展)[^,，;；。:：]{2,40}?(?:项目|工程)")


def verb_clauses(line: Line, start: int) -> list[Span]:
    """The clauses of a line from ``start`` that each name a project by its verb and give it
    money of its own, separated by ；(…实施项目5个：实施X项目，安排资金380万元，…；实施Y项目，
    安排资金300万元，…); none where any piece after the first opening one is not such a
    clause.

    >>> from aidmodel.importers._lines import split_lines
    >>> (line,) = split_lines("（一）产业。实施项目2个：实施甲村茶园项目，安排资金300万元；实施乙镇道路项目，安排资金200万元。")
    >>> [s.text for s in verb_clauses(line, 0)]
    ['实施甲村茶园项目，安排资金300万元；', '实施乙镇道路项目，安排资金200万元。']
    """
    norm = line.norm
    # The list opens after the last colon before the first clause ends (…实施项目5个：实施X…).
    first_end = norm.find(";", start)
    colon = norm.rfind(":", start, first_end if first_end >= 0 else len(norm))
    begin = colon + 1 if colon >= 0 else start
    pieces: list[Span] = []
    position = begin
    while position < len(norm):
        end = norm.find(";", position)
        end = len(norm) if end < 0 else end + 1
        pieces.append(Span(line, position, end))
        position = end
    spans = [piece for piece in pieces if piece.text.strip()]
    if len(spans) < 2:
        return []
    clauses = []
    for span in spans:
        text_start = span.start + len(span.text) - len(span.text.lstrip())
        if _VERB_CLAUSE.match(norm, text_start) is None or not funded(span):
            return []
        clauses.append(Span(line, text_start, span.end))
    return clauses


# …（320万元，县农业农村局）: after an item's money in its bracket, the office that carries it out.
_OFFICE_IN_BRACKET: Final = re.compile(r"\s*[,，]\s*(?P<unit>[^,，;；()]{3,30})\s*\)")


def bracket_items(line: Line, start: int) -> list[tuple[int, int, Mention]]:
    """The projects a line lists from ``start`` by name with their money in brackets (用于X项目
    （420万元）、Y项目（340万元）): each name's start and end and its amount; none where fewer
    than that are written or an amount cannot be read.

    >>> from aidmodel.importers._lines import split_lines
    >>> (line,) = split_lines("（一）县农业农村局：安排资金760万元，用于甲村茶园项目（420万元）和乙镇道路工程（340万元）。")
    >>> [(line.text[a:b], m.text) for a, b, m in bracket_items(line, 0)]
    [('甲村茶园项目', '420万元'), ('乙镇道路工程', '340万元')]

    After 用于, the money may follow each name without a bracket (two items at least):

    >>> (line,) = split_lines("一、甲县500万元，用于甲村茶园项目300万元、乙镇道路项目200万元，共2个项目。")
    >>> [(line.text[a:b], m.text) for a, b, m in bracket_items(line, 0)]
    [('甲村茶园项目', '300万元'), ('乙镇道路项目', '200万元')]
    """
    found: list[tuple[int, int, Mention]] = []
    amounts = {m.start: m for m in mentions(line)}
    previous = start
    spent = _SPENT_ON.search(line.norm, start)
    if spent is not None and not _BRACKETED_PROJECT.search(line.norm, start):
        # 用于X项目280万元、Y项目220万元、Z项目180万元，共3个项目: the same list without
        # brackets, after 用于 only (其中产业项目300万元 is a part of the money, no project).
        bare = list(_BARE_PROJECT.finditer(line.norm, spent.end()))
        listed = _bare_items(line.norm, spent.end(), bare, amounts)
        return listed if len(listed) >= 2 else []
    for match in _BRACKETED_PROJECT.finditer(line.norm, start):
        figure = re.search(r"[0-9]", line.norm[match.start() : match.end()])
        assert figure is not None
        mention = amounts.get(match.start() + figure.start())
        if mention is None or mention.amount is None:
            return []
        words_end = match.start() + match.group().index("目" if "目" in match.group() else "程") + 1
        cut = max(
            (line.norm.rfind(mark, previous, words_end) for mark in "，,；;：:、。"), default=-1
        )
        name_start = max(previous, cut + 1)
        lead = _LIST_START.match(line.norm[name_start:words_end])
        if lead is not None:
            name_start += lead.end()
        if words_end - name_start < 4:
            return []
        found.append((name_start, words_end, mention))
        previous = match.end()
    return found


_SPENT_ON: Final = re.compile("用于")
# A project's name and its money after 用于, no bracket: X项目280万元、.
_BARE_PROJECT: Final = re.compile(
    r"(?:项目|工程)\s*(?P<money>[0-9.]+\s*(?:万元|元|亿元))(?=\s*(?:[、，,;；。]|和|及|$))"
)


def _bare_items(
    norm: str, start: int, bare: Sequence[re.Match[str]], amounts: dict[int, Mention]
) -> list[tuple[int, int, Mention]]:
    """The items of a bare list after 用于, each right after the one before (、, 和, 及)."""
    found: list[tuple[int, int, Mention]] = []
    previous = start
    for match in bare:
        mention = amounts.get(match.start("money"))
        if mention is None or mention.amount is None:
            return []
        gap = norm[previous : match.start()]
        lead = re.match(r"^(?:[、,，]|和|及|以及)?", gap)
        name_start = previous + (lead.end() if lead else 0)
        words_end = match.start("money")
        name = norm[name_start:words_end].strip()
        if len(name) < 4 or re.search(r"[，,；;：:。()（）]", name):
            return found if len(found) >= 2 else []
        found.append((name_start, words_end, mention))
        previous = match.end()
    return found


# A bracket after a project's name that opens with its money: X项目（150万元，其中…）.
_MONEY_BRACKET: Final = re.compile(r"\(\s*(?:项目)?(?:资金|投资|总投资)?\s*$")


def named_clause(span: Span, start: int) -> str | None:
    """A clause that opens with its project's name (①X项目，改造车间…，安排资金360万元), or
    ``None`` (一是实施X项目 opens with its verb: see :func:`clause_name`)."""
    norm = span.line.norm
    # (一是X项目：在…新建…: the name before the colon of its description.)
    end = clause_end(norm, start, span.end, ",，;；。:")
    name = span.line.text[start:end].strip()
    if _PROJECT_TITLE.search(name) and not _CLAUSE_VERB.match(name) and len(name) > 2:
        return name
    return None


def clause_name(span: Span, start: int | None = None) -> str | None:
    """The object of a clause's 实施/建设 (实施X项目，… → X项目), up to the clause's next
    comma outside quotes and brackets, or a bracket that opens with its money (实施X项目
    （150万元）→ X项目); ``None`` when no part of the clause starts so. The verb may open
    the clause at ``start`` (after its 一是)."""
    norm = span.line.norm
    first = span.start if start is None else start
    for match in _CLAUSE_VERB.finditer(norm, span.start, span.end):
        lead = norm[first : match.start()]
        if lead.strip() and norm[match.start() - 1] not in ",，;；。":
            continue
        end = clause_end(norm, match.end(), span.end, ",，;；。")
        opens = [
            found.start()
            for mention in mentions(span.line)
            if match.end() < mention.start < end
            and (found := _MONEY_BRACKET.search(norm, match.end(), mention.start)) is not None
        ]
        if opens:
            end = min(opens)
        name = span.line.text[match.end() : end].strip()
        if name:
            return name
    return None


def carries_funds(node: Node) -> bool:
    """Whether a prose item writes money for projects (投资568.71万元), not a target."""
    heading = node.heading
    assert heading is not None
    spans = [Span(heading.line, heading.rest, len(heading.line.text))] + [
        Span(line, 0, len(line.text)) for line in node.body
    ]
    return own_figures(spans)[0] is not None


def holds(plan: SectionPlan) -> bool:
    """Whether a section holds projects, itself or through its subsections."""
    return plan.projects > 0 or any(holds(sub) for sub in plan.subsections)


def walk_plans(plan: SectionPlan) -> list[SectionPlan]:
    found = [plan]
    for sub in plan.subsections:
        found.extend(walk_plans(sub))
    return found


def plan_title(plan: SectionPlan) -> str:
    return plan.node.heading.title if plan.node.heading else ""


_GENERIC: Final = re.compile("协作|帮扶|项目|建设|发展|工作|支援|合作|类")


def affinity(name: str, title: str) -> int:
    """How well a category name and a heading agree: the length of the longest run of
    characters they share (产业合作 in 深化产业合作: 4), 0 when that run is only a generic
    word (协作, 帮扶) or shorter than two characters."""
    best = ""
    for i in range(len(name)):
        for j in range(len(name), i + max(len(best), 1), -1):
            if name[i:j] in title:
                best = name[i:j]
                break
    if len(best) < 2 or not _GENERIC.sub("", best):
        return 0
    return len(best)


# The figures in brackets after a heading's title, up to its amount: （3个，1050万元）, （1050万元）
# (from the bracket, or from inside it where the title's span ends at it).
_PLACE_OPEN: Final = re.compile(r"\s*[\u4e00-\u9fff]{1,10}[县区市旗]\s*")
_PLACE_MONEY: Final = re.compile(
    r"[\u4e00-\u9fff]{1,10}[县区市旗]\s*[0-9][0-9.]*\s*(?:万元|亿元|元)"
)
_FIGURES_OPEN: Final = re.compile(
    r"\s*\(?\s*(?:[^()]{0,12}个\s*(?:项目)?\s*[,;、]\s*)?(?:资金|投资)?\s*"
)


def _after_number(line: Line) -> Span:
    """A line as a span, without the number of its heading if it is one (第一，…)."""
    heading = read_heading(line)
    start = (
        0 if heading is None else len(line.text) - len(line.text[len(heading.number) :].lstrip())
    )
    return Span(line, start, len(line.text))


def own_figures(
    spans: Sequence[Span], year: int | None = None
) -> tuple[Mention | None, int | None]:
    """A section's own amount (投入资金22万元) and count (安排项目4个), from its paragraph;
    not those of a sentence about a year before the plan's ``year`` (（三）上年情况。2024年，
    …安排…6500万元，实施项目14个)."""
    amount = None
    count = None
    for index, span in enumerate(spans):
        if amount is None:
            for mention in mentions(span.line):
                if not span.start <= mention.start < span.end or before_year(
                    span.line, mention, year
                ):
                    continue
                if TARGET_AFTER.match(span.line.norm, mention.end):
                    continue  # (新增到位投资2000万元以上: a target, no money of the part)
                # The words right before the amount (a few: each amount costs the same however
                # long its line), and for the first span, all of them where they are few (32 at most).
                window = span.line.norm[max(span.start, mention.start - 32) : mention.start]
                whole = mention.start - span.start <= 32
                if (
                    FUNDS_BEFORE.search(window)
                    or (index == 0 and whole and _FIGURES_OPEN.fullmatch(window) is not None)
                    or (index == 0 and whole and not window.strip())
                    # 一、西充县680万元（…结对帮扶），其中…: a place's part opens with its money.
                    or (index == 0 and whole and _PLACE_OPEN.fullmatch(window) is not None)
                ):
                    amount = mention
                    break
        if count is None:
            text = span.line.norm[span.start : span.end]
            found = _OWN_COUNT.search(text) if "个" in text else None  # (a count has its 个)
            if found and not before_year(span.line, span.start + found.start(), year):
                count = count_value(found.group(1) or found.group(2))
    return amount, count


_GROUP_COUNT: Final = re.compile(rf"(?<!第)({COUNT})\s*个(?:[^,，;；。]{{0,6}})?项目")


def funds_mentions(node: Node) -> list[tuple[Mention, int | None]]:
    """The money a prose item writes for projects, each with the count of its clause."""
    heading = node.heading
    assert heading is not None
    spans = [Span(heading.line, heading.rest, len(heading.line.text))] + [
        Span(line, 0, len(line.text)) for line in node.body
    ]
    found = []
    for span in spans:
        norm = span.line.norm
        for mention in mentions(span.line):
            if not span.start <= mention.start < span.end:
                continue
            if not FUNDS_BEFORE.search(norm[span.start : mention.start]):
                continue
            stop = min(
                (
                    i
                    for i in (
                        norm.find("；", mention.end),
                        norm.find(";", mention.end),
                        norm.find("。", mention.end),
                    )
                    if i >= 0
                ),
                default=len(norm),
            )
            count = _GROUP_COUNT.search(norm, mention.end, stop)
            found.append((mention, count_value(count.group(1)) if count else None))
    return found


# A township named alone: 长岭镇, 巴彦查干苏木, 城关街道 (not 城乡, 乡镇, 集镇).
_TOWNSHIP: Final = re.compile(
    r"^[\u4e00-\u9fff]{1,6}(?<![城乡集])(?:镇|乡|街道|苏木)(?:人民政府)?$"
)


def _unit_heading(title: str) -> str | None:
    """The title of a part when it names an office or a township (its projects' unit)."""
    title = title.strip()
    return title if is_office(title) or _TOWNSHIP.match(title) else None
