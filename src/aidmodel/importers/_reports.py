"""Progress reports (工作进展情况, 工作总结): their figures are results, not targets.

A plan's 转移就业1200人以上 is a commitment; a report's 帮助农村劳动力转移就业1126人 is what was
done. The plan reader reads both texts the same way; for a report this stage moves every
commitment it found into :attr:`~aidmodel.Programme.achievements`, except those under a
heading that looks ahead (五、下半年工作打算, 下一步工作, 工作计划), which stay targets. The
paths of the amounts they use move with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel.commitments import find_commitments
from aidmodel.importers._context import Context
from aidmodel.importers._lines import Line, mentions
from aidmodel.importers._sections import read_heading
from aidmodel.model import Achievement, Commitment, PartialDate, Programme
from aidmodel.quantity import Bound, Quantity

__all__ = ["as_report"]

# Money already released or spent: 已拨付, 累计拨付资金, 已支出, 到位资金, 完成投资.
_DONE: Final = re.compile(
    "已拨付|累计拨付|拨付资金|已支出|累计支出|已使用|已到位|到位资金|完成投资|已兑付|已发放"
)
# What a project has got to: 开工, 完工, 竣工, 验收 …
_STAGE: Final = "(?:开工|完工|竣工|验收|建成|启动)"
# A count of projects done: 已开工11个, 已完工6个, 已竣工验收3个, (已开工7个，)其中完工3个.
_PROGRESS_COUNT: Final = re.compile(
    rf"(?:已|其中)(?:全部)?{_STAGE}[^\d,，;；。]{{0,6}}?(?P<count>\d+)\s*个"
)
# The same with its count first: 9个项目已全部开工, 12个项目均已完工.
_COUNT_FIRST_AFTER: Final = rf"\s*个(?:项目)?(?:已|均已)(?:全部)?{_STAGE}"
_COUNT_FIRST: Final = re.compile(rf"(?<![\d.])(?P<count>\d+){_COUNT_FIRST_AFTER}")
# A rate or count of what was done: 拨付率97.19%, 完工率90.91%, 已完工6个, 9个项目已全部开工.
_DONE_FIGURE: Final = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:拨付|支出|完工|开工|到位|使用|竣工|验收)率\s*\d|"
    + _PROGRESS_COUNT.pattern
    + rf"|(?<![\d.])\d+{_COUNT_FIRST_AFTER}"
)
# The period a report tells of, opening a paragraph: 上半年，/ 截至6月底，/ 1-6月，/ 今年以来，.
_SO_FAR: Final = re.compile(
    r"^\s*(?:\d{4}\s*年\s*)?(?:上半年|前[一二三]季度|第?[一二三四]季度|"
    r"1\s*[-\u2014\u2013~至]\s*\d{1,2}\s*月(?:份)?|(?:今年|年初|\d{4}\s*年)以来|目前|"
    r"截[至止][^,，。]{1,16})\s*[,，]"
)
# A heading over what is still to do: its figures stay targets.
_AHEAD: Final = re.compile("下一步|下半年|下阶段|明年|工作打算|工作计划|工作安排|工作思路|努力方向")


def as_report(
    context: Context, programme: Programme, path: str, lines: Sequence[Line] = ()
) -> Programme:
    """The programme of a report: its commitments outside the sections that look ahead become
    achievements, reported at the report's issue date (or ``None``), and so does money written
    as done (已拨付540万元, 累计拨付资金3126.5万元, 已支出2870万元) that nothing else holds.

    ``path`` is the programme's path in the result (``programmes[0]``); the amounts its moved
    commitments use are moved to the achievements' paths.
    """
    ahead = {
        n
        for section in programme.walk_sections()
        if _AHEAD.search(section.title) and section.provenance is not None
        for n in range(
            section.provenance.line_start,
            (section.provenance.line_end or section.provenance.line_start) + 1,
        )
    } | _ahead_lines(lines)
    achievements = list(programme.achievements)
    moves: dict[str, str] = {}

    def sort(container: str, commitments: tuple[Commitment, ...]) -> list[Commitment]:
        kept: list[Commitment] = []
        for index, commitment in enumerate(commitments):
            old = f"{container}.commitments[{index}]"
            line = commitment.provenance.line_start if commitment.provenance else None
            if line is None or line in ahead:
                moves[old] = f"{container}.commitments[{len(kept)}]"
                kept.append(commitment)
                continue
            moves[old] = f"{path}.achievements[{len(achievements)}]"
            achievements.append(_achievement(commitment, programme.issue_date))
            for number, part in enumerate(commitment.parts):
                moves[f"{old}.parts[{number}]"] = f"{path}.achievements[{len(achievements)}]"
                achievements.append(_achievement(part, programme.issue_date))
        return kept

    commitments = sort(path, programme.commitments)
    projects = [
        attrs.evolve(p, commitments=sort(f"{path}.projects[{i}]", p.commitments))
        for i, p in enumerate(programme.projects)
    ]
    mechanisms = [
        attrs.evolve(m, commitments=sort(f"{path}.mechanisms[{i}]", m.commitments))
        for i, m in enumerate(programme.mechanisms)
    ]
    for key, used in list(context.uses.items()):
        context.uses[key] = _moved(used, moves)
    for line in lines:
        if line.number in ahead:
            continue
        for mention in mentions(line):
            if context.used(mention) or mention.amount is None:
                continue
            clause_start = max(line.norm.rfind(c, 0, mention.start) for c in ",;。，；") + 1
            words = line.text[clause_start : mention.start].strip()
            if not _DONE.search(words):
                continue
            context.use(mention, f"{path}.achievements[{len(achievements)}]")
            achievements.append(
                Achievement(
                    metric=words,
                    actual=Quantity(value=mention.amount.yuan, unit="元", text=mention.text),
                    reported=programme.issue_date,
                    text=line.text[clause_start : mention.end].strip(),
                    provenance=context.at(line.number),
                )
            )
    # 截至9月30日，已开工11个，…已完工6个: counts of progress, which a plan's totals paragraph
    # would read as its own scope (an exact count of 个), are what was done.
    # …拨付率97.19%；已完工项目10个，完工率90.91%: rates and counts of what was done, in a
    # paragraph no part reads for targets (the part holding the totals paragraph).
    held = {(a.provenance.line_start if a.provenance else None, a.text) for a in achievements}
    for line in lines:
        if line.number in ahead or not _DONE_FIGURE.search(line.norm):
            continue
        for found in find_commitments(line.text):
            commitment = found.commitment
            at = line.number_at(found.start)
            text = commitment.text or ""
            if (at, text) in held or not _DONE_FIGURE.match(text):
                continue
            held.add((at, text))
            achievements.append(
                _achievement(
                    attrs.evolve(commitment, provenance=context.at(at)), programme.issue_date
                )
            )
        counts = [*_PROGRESS_COUNT.finditer(line.norm), *_COUNT_FIRST.finditer(line.norm)]
        for count in counts:
            at = line.number_at(count.start())
            text = line.text[count.start() : count.end()]
            if any(line_at == at and text in (written or "") for line_at, written in held):
                continue  # (4个项目已开工3个, read already)
            held.add((at, text))
            achievements.append(
                Achievement(
                    metric=re.sub(r"\d+\s*个$|^\d+\s*个", "", text),
                    actual=Quantity(
                        value=int(count.group("count")), unit="个", text=count.group("count") + "个"
                    ),
                    reported=programme.issue_date,
                    text=text,
                    provenance=context.at(at),
                )
            )
    # 上半年，X帮助销售…农产品860万元，开展…12场次；培训…420人次: a paragraph opened by the
    # period reported on tells what was done in it (its exact figures; 以上 is a target's).
    for line in lines:
        if line.number in ahead or "\t" in line.raw or not _SO_FAR.match(line.norm):
            continue
        for found in find_commitments(line.text):
            commitment = found.commitment
            at = line.number_at(found.start)
            text = commitment.text or ""
            inside = [m for m in mentions(line) if found.start <= m.start < found.end]
            if (
                commitment.target.bound is not Bound.EXACT
                or any(context.used(m) for m in inside)
                or any(a == at and (text in (w or "") or (w or "") in text) for a, w in held)
            ):
                continue
            held.add((at, text))
            for mention in inside:
                context.use(mention, f"{path}.achievements[{len(achievements)}].actual")
            achievements.append(
                _achievement(
                    attrs.evolve(commitment, provenance=context.at(at)), programme.issue_date
                )
            )
    return attrs.evolve(
        programme,
        commitments=commitments,
        projects=projects,
        mechanisms=mechanisms,
        achievements=achievements,
    )


def _ahead_lines(lines: Sequence[Line]) -> set[int]:
    """The lines under a heading that looks ahead (二、下一步打算), to the next heading of its
    level or above, whether or not that part became a section."""
    found: set[int] = set()
    level: int | None = None
    for line in lines:
        heading = read_heading(line)
        if heading is not None and (level is None or heading.level <= level):
            level = heading.level if _AHEAD.search(heading.title) else None
        if level is not None:
            found.update(range(line.number, line.last + 1))
    return found


def _achievement(commitment: Commitment, reported: PartialDate | None) -> Achievement:
    return Achievement(
        metric=commitment.metric,
        actual=commitment.target,
        reported=reported,
        scope=commitment.scope,
        text=commitment.text,
        provenance=commitment.provenance,
    )


_COMMITMENT_PATH: Final = re.compile(r"^.*?\.commitments\[\d+\](?:\.parts\[\d+\])?")


def _moved(used: str, moves: dict[str, str]) -> str:
    """A use's path after the move (``.target`` of a commitment is ``.actual`` of an
    achievement)."""
    found = _COMMITMENT_PATH.match(used)
    if found is None or found.group() not in moves:
        return used
    new = moves[found.group()]
    rest = used[found.end() :]
    if "achievements[" in new:
        rest = rest.replace(".target", ".actual", 1)
    return new + rest
