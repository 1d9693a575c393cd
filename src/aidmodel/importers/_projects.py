"""Project paragraphs and mechanism tasks (private): 帮扶项目, 工作机制, 保障措施.

A project is a numbered paragraph: its name up to the first 。, then its
description, with its fields either on lines of their own or inline::

    1.五渡镇新茶村产业提升项目。拟投入资金66万元，继续参与…
    实施地点：峨边彝族自治县五渡镇
    责任单位：峨边彝族自治县林业局
    完成时限：2025年11月

    1、丹寨硒锌茶产业园提质增效项目。项目总投资1300万元（其中…900万元、…400万元），…。
    实施地点：兴仁镇、龙泉镇；责任单位：县农业农村局；建设性质：新建；完成时限：2024年11月。

A line without a label right after a list field continues it (a second 责任单位
on its own line). Mechanism tasks are read the same way, without money.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final

import attrs

from aidmodel._rates import RATE_VERBS
from aidmodel.commitments import CommitmentSpan, find_commitments
from aidmodel.errors import AidModelError
from aidmodel.importers._context import Context
from aidmodel.importers._header import region_units
from aidmodel.importers._lines import (
    PERIOD_PART,
    Line,
    Mention,
    date_parts,
    mentions,
    normalise,
    period_dates,
    period_month,
)
from aidmodel.importers._result import WarningCode
from aidmodel.importers._sections import BULLETS, Heading
from aidmodel.importers._totals import PER_UNIT_BEFORE, TARGET_AFTER, source_kind
from aidmodel.importers.lexicon.columns import BEFORE_CHANGE
from aidmodel.importers.lexicon.fields import (
    AMOUNT_LABELS,
    BARE_AMOUNT_LABELS,
    FIELD_LABELS,
    is_label,
)
from aidmodel.importers.lexicon.funds import OUTSIDE_KINDS, RAISED_WORDS, REST_WORDS
from aidmodel.messages import N_
from aidmodel.model import (
    Commitment,
    Dividend,
    FundingShare,
    FundSourceKind,
    MechanismTask,
    PartialDate,
    Project,
    ProjectStatus,
)
from aidmodel.money import Money

__all__ = [
    "SourceRef",
    "Span",
    "clause_end",
    "commitments_in",
    "forget_commitments",
    "fresh_key",
    "item_units",
    "prose_units",
    "read_commitments",
    "read_project",
    "read_task",
    "split_enumerated",
]

# Field labels by field (the lexicon), longest spelling first within the alternation.
_FIELDS: Final = FIELD_LABELS
_LIST_FIELDS: Final = frozenset({"locations", "units", "lead_units", "liaisons"})
_LABEL: Final = re.compile(
    "(?P<label>" + "|".join(sorted(_FIELDS, key=len, reverse=True)) + r")\s*:\s*"
)
# The words right before a project's own amount: its amount labels (lexicon.fields), and the
# prose words that write it (拟投入, 投入帮扶资金, 资助).
_AMOUNT_WORDS: Final = re.compile(
    "(?:"
    + "|".join(
        sorted(
            {
                *AMOUNT_LABELS,
                "拟投入",
                "投资估算",
                "估算投资",
                "投入帮扶资金",
                "帮扶资金",
                "援助资金",
            }
            | {"资金", "投资", "资助", "补助", "投入", "安排"},
            key=len,
            reverse=True,
        )
    )
    + r")\s*(?:\(\s*(?:万元|亿元|元)\s*\))?\s*:?\s*约?\s*$"
)
# 总投资, 投资估算 (an estimate of the whole investment): the project's total investment.
_TOTAL_INVESTMENT: Final = re.compile(r"(?:总投资|投资估算|估算投资|概算投资)\s*:?\s*约?\s*$")
_AID_WORDS: Final = re.compile(
    r"(?:补助资金|补助|帮扶资金|援助资金|协作资金|衔接资金|财政资金|申请资金|援[藏疆青]资金|支援资金)"
    r"\s*:?\s*约?\s*$"
)
_SPLIT_OPEN: Final = re.compile(r"\s*\(\s*(?P<how>其中|含)?\s*:?")
_SPLIT_INSIDE: Final = re.compile(r"\s*[,;、]\s*(?P<how>其中|含)\s*:?")
_DIVIDEND: Final = re.compile(r"保底分红")
_RATE: Final = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_ASSETS: Final = re.compile(r"确权(?:至|到|给)")
_COLLECTIVE: Final = re.compile(r"(?<=\w[村区])集体(?:经济组织|经济)?$")
_YEAR_SHARE: Final = re.compile(r"\s*(?:其中)?\s*(\d{4})\s*年度?\s*(?:安排|投入|下达)?\s*")
_OPERATOR: Final = re.compile(r"委托(?P<operator>[^,，。;；]{2,20}?)(?:运营|经营|管理)")
_CONTINUED: Final = re.compile(r"^(?:续建|继续)")
_PROSE_DEADLINE: Final = re.compile(
    r"(?:在|于)?(?P<date>\d{4}\s*年(?:\s*\d{1,2}\s*月)?)\s*(?:底|末)?\s*(?:前|以前)?\s*"
    r"(?:全面|全部)?(?:完成|完工|建成|竣工|投用|投产|交付|实施完毕)"
    # …，完成时限2025年10月: the label run into the sentence, its date after it.
    r"|(?:完成时限|完成时间|完工时间|竣工时间)\s*(?:为|是)?\s*(?P<after>\d{4}\s*年\s*\d{1,2}\s*月)"
)
# 建设期限为2025年4月至2025年10月, 工期：2025年3-9月: a period written in a sentence.
_PROSE_PERIOD: Final = re.compile(
    r"(?:(?:建设|实施|项目|计划)?(?:期限|周期|工期|时间|年限)|(?:建设|实施)期)\s*(?:为|是|:|：)?\s*"
    r"(?P<period>(?:19|20)\d{2}[^,，;；。]{0,24})"
)
# 由县农业农村局负责实施, 由甲镇人民政府牵头组织: the unit responsible, written in a sentence.
_PROSE_UNIT: Final = re.compile(
    r"由(?P<unit>[^，。；,;：:由]{2,40}?)"
    r"(?:(?:负责|牵头|具体)(?:组织)?(?:实施|建设|落实|推进|承担)?"
    r"|组织(?:实施|建设|落实|推进|承担)|实施|承建|建设|承担)"
    # (not the words of an office's name: 县委组织部, 县住房和城乡建设局)
    r"(?![局委厅部处办院所站队中])"
)
# 一是…；二是…, and ①…；②… (circled numbers, which restart in each paragraph).
_ENUMERATOR: Final = re.compile(
    r"(?:^|(?<=[。;；,，:：]))\s*(?P<number>[一二三四五六七八九十]{1,2}是|[\u2460-\u2473])"
)
# …，全部为沪滇协作资金 / 均为援藏资金 right after an amount: all of it is aid.
_WHOLLY: Final = re.compile(
    r"\s*[,，(]?\s*(?:全部|均|全额)(?:为|是|来自|使用|由)?[^,，;；。()]{0,20}?资金"
)
_ALL_FROM: Final = re.compile(r"^\s*全部(?:为|是|来自|使用|由)?(?P<label>[^()（）]+?)\s*$")
_PLACE_END: Final = ("村", "社区", "集体", "组", "镇", "乡", "街道", "居委会", "村委会")


@attrs.frozen
class Span:
    """A piece of a line's text: ``line.text[start:end]``."""

    line: Line
    start: int
    end: int

    @property
    def text(self) -> str:
        """The piece as written."""
        return self.line.text[self.start : self.end]

    @property
    def norm(self) -> str:
        """The piece normalised."""
        return self.line.norm[self.start : self.end]


@attrs.frozen
class SourceRef:
    """A fund source the projects can refer to."""

    key: str
    kind: FundSourceKind
    in_total: bool = True


def fresh_key(base: str, taken: Iterable[str]) -> str:
    """A fund source's key: ``base``, or ``base_2``, ``base_3`` … where it is taken.

    >>> fresh_key("current", ["current", "current_2"])
    'current_3'
    """
    used = set(taken)
    key, suffix = base, 2
    while key in used:
        key, suffix = f"{base}_{suffix}", suffix + 1
    return key


@attrs.define
class _Parts:
    """An item's description and fields, with where each came from."""

    description: list[Span] = attrs.field(factory=list)
    fields: dict[str, list[Span]] = attrs.field(factory=dict)


# The number of the next field, written before its label: ；（4）完成时限, ；④实施地点.
_NEXT_ENUMERATOR: Final = re.compile(r"[;,、]?\s*(?:\(\s*\d{1,2}\s*\)|[\u2460-\u2473])\s*$")


_NEXT_LABEL: Final = re.compile(r"(?:[;；]\s*|\s+)(?P<label>[\u4e00-\u9fff]{2,8})\s*:")


def _label_cuts(line: Line, start: int, end: int) -> list[int]:
    """Where a label of the lexicon written after a ；or a space opens, between ``start`` and
    ``end``: the position of the mark before it."""
    return [
        found.start()
        for found in _NEXT_LABEL.finditer(line.norm, start, end)
        if is_label(found.group("label"))
    ]


def _labelled_pieces(line: Line, start: int, end: int) -> list[Span]:
    """A piece of description cut before each label of the lexicon written after a ；or a
    space (1.X项目　　建设内容：…，配套…1条　　资金：…: the clauses of one label are not run into
    the next one's)."""
    bounds = [start, *(cut + 1 for cut in _label_cuts(line, start, end)), end]
    return [_trimmed(line, a, b) for a, b in itertools.pairwise(bounds) if a < b]


def _trimmed(line: Line, start: int, end: int) -> Span:
    """The span without the spaces that set it apart from the next label (…1条　　资金：)."""
    while end > start and line.text[end - 1].isspace():
        end -= 1
    return Span(line, start, end)


def _fields_in(span: Span, parts: _Parts) -> str | None:
    """Move the labelled fields of a span into ``parts``; the description before them stays."""
    # (Every label has its colon: a span without one is read without the pattern.)
    has_colon = span.line.norm.find(":", span.start, span.end) >= 0
    matches = list(_LABEL.finditer(span.line.norm, span.start, span.end)) if has_colon else []
    if not matches:
        if span.text.strip():
            parts.description.extend(_labelled_pieces(span.line, span.start, span.end))
        return None
    if span.line.norm[span.start : matches[0].start()].strip(" ,，;；。"):
        parts.description.extend(_labelled_pieces(span.line, span.start, matches[0].start()))
    name = None
    described = False  # whether the span ends with description (…；建设内容：…)
    for index, match in enumerate(matches):
        described = False
        end = matches[index + 1].start() if index + 1 < len(matches) else span.end
        if index + 1 < len(matches):
            # 牵头单位：A、B；彭水自治县责任单位：… — the words after the last ； name
            # whose units the next label lists; they are not part of this value.
            cut = max(span.line.norm.rfind(c, match.end(), end) for c in ";；")
            if cut > match.end() and _is_region(_clean(span.line.text[cut:end])):
                end = cut
        name = _FIELDS[match.group("label")]
        value_end = _value_end(span.line.norm, match.end(), end)
        if value_end < end and span.line.norm[value_end + 1 : end].strip(" ,，;；。"):
            # （实施单位：县农业农村局）。在…新建…，安排资金280万元: after the bracket that
            # closes the field, the sentence goes on as description.
            parts.description.append(Span(span.line, value_end + 1, end))
            described = True
        enumerator = _NEXT_ENUMERATOR.search(span.line.norm, match.end(), value_end)
        if enumerator is not None:
            value_end = enumerator.start()  # …塘头镇人民政府；（4）完成时限: (4) numbers the next
        cuts = _label_cuts(span.line, match.end(), value_end)
        if cuts:
            # 实施地点：涧池镇；调整后资金：2,400,000元: a label the field table does not
            # hold ends the value; what it labels is description (the amount reader's), each
            # label's own (建设内容：…　　资金：…: the clauses of one are not run into the next).
            parts.description.extend(
                _trimmed(span.line, cut + 1, stop)
                for cut, stop in zip(cuts, [*cuts[1:], value_end], strict=True)
            )
            value_end = cuts[0]
            described = True
        if name == "name":
            # 项目名称：X；建设内容：…；补助资金：90万元: the name is one clause, the rest
            # up to the next field is the description.
            clause = clause_end(span.line.norm, match.end(), value_end)
            if span.line.norm[clause:value_end].strip(" ,，;；。"):
                parts.description.append(Span(span.line, clause, value_end))
            value_end = clause
        value = Span(span.line, match.end(), value_end)
        parts.fields.setdefault(name, []).append(value)
    # A line that ends with description (建设地点：乙镇；建设内容：新建…) goes on as description.
    return None if described else name


def clause_end(norm: str, start: int, end: int, stops: str = ";。") -> int:
    """Where the clause from ``start`` ends: at its first stop (；or 。 unless ``stops`` says
    otherwise) outside brackets and quotes, else at ``end``."""
    depth = 0
    for index in range(start, end):
        char = norm[index]
        if char in "([【《“":
            depth += 1
        elif char in ")]】》”":
            depth = max(depth - 1, 0)
        elif char in stops and depth == 0:
            return index
    return end


def _value_end(norm: str, start: int, end: int) -> int:
    """Where a field value ends: at ``end``, or before the first bracket closed in it that it
    did not open, (责任单位：县乡村振兴局) written at the end of a sentence."""
    depth = 0
    for index in range(start, end):
        char = norm[index]
        if char in "([【《":
            depth += 1
        elif char in ")]】》":
            if depth == 0:
                return index
            depth -= 1
    return end


_ANY_LABEL: Final = re.compile(r"^\s*([\u4e00-\u9fff ]{2,12})\s*:")


def _starts_with_label(norm: str) -> bool:
    """Whether a line starts with a label of the lexicon (建设内容：, 帮扶资金：), a field of
    its own and no continuation of the one above."""
    found = _ANY_LABEL.match(norm)
    return found is not None and is_label(found.group(1))


_FIELD_NUMBER: Final = re.compile(
    r"^\s*(?:\(\s*\d{1,2}\s*\)|[\u2460-\u2473])\s*(?P<label>[\u4e00-\u9fff]{2,10})\s*:"
)


def _parts(first: Span | None, body: Sequence[Line]) -> _Parts:
    """The fields of an item: those in ``first`` (the rest of its heading line), then
    one line after another; a short line after a list field (责任单位) continues it."""
    parts = _Parts()
    last = _fields_in(first, parts) if first is not None else None
    for line in body:
        numbered = _FIELD_NUMBER.match(line.norm)
        if numbered is not None and is_label(numbered.group("label")):
            # （5）实施期限：2026年3月—10月: a numbered field line, its number no part of it.
            last = _fields_in(Span(line, numbered.start("label"), len(line.text)), parts)
        elif line.blank:
            last = None
        elif (
            not _LABEL.match(line.norm)
            and not _starts_with_label(line.norm)
            and last in _LIST_FIELDS
            and len(line.text) <= 40
            and "。" not in line.norm
        ):
            parts.fields.setdefault(last, []).append(Span(line, 0, len(line.text)))
        else:
            last = _fields_in(Span(line, 0, len(line.text)), parts)
    return parts


def _clean(text: str) -> str:
    return text.strip(" \t\u3000,，;；。:：、")


def _split(text: str, separators: str = "、,，;；") -> list[str]:
    """Items of a list written with 、 (and ，；), brackets kept whole."""
    items = []
    depth = 0
    current = ""
    for char in text:
        if char in "(（[【《“":
            depth += 1
        elif char in ")）]】》”":
            depth = max(depth - 1, 0)
        if char in separators and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    return [_clean(item) for item in items if _clean(item)]


def _is_region(text: str) -> bool:
    units = region_units(text)
    return bool(units) and "".join(units) == text


def split_units(text: str) -> list[str]:
    """Responsible units (责任单位) from a list, shared nouns kept together.

    ``峨边彝族自治县委、市中区委组织部`` is two 组织部 and stays one unit; a bare place
    before 、 (``市中区、峨边彝族自治县有关职能部门``) and a list after 两地 share the rest.

    >>> split_units("县住建局、县教育局")
    ['县住建局', '县教育局']
    >>> split_units("峨边彝族自治县委、市中区委组织部，市中区结对帮扶峨边工作队")
    ['峨边彝族自治县委、市中区委组织部', '市中区结对帮扶峨边工作队']
    >>> split_units("县委政法委、县委宣传部")
    ['县委政法委', '县委宣传部']
    """
    units: list[str] = []
    for group in _split(text, ",，;；。"):
        if _PROSE_DEADLINE.fullmatch(group.strip().rstrip("。.")) or _WHEN.match(group.strip()):
            continue  # 2025年10月底前完成, 2025年3月开工, run on after the units: no unit
        pieces = _split(group, "、")
        merged: list[str] = []
        index = 0
        while index < len(pieces):
            piece = pieces[index]
            while (
                index + 1 < len(pieces)
                and (
                    _is_region(piece)
                    or (
                        piece.endswith("委")
                        and piece.count("委") == 1  # 县委政法委 is a unit of its own
                        and "委" in pieces[index + 1][:-1]
                    )
                    or "两地" in piece
                )
            ):
                index += 1
                piece = f"{piece}、{pieces[index]}"
            merged.append(piece)
            index += 1
        # 渝水区农业农村局（牵头）, 永新县林业局（配合）: the part each plays is none of its name.
        units.extend(_ROLE_MARK.sub("", unit) for unit in merged)
    return units


# 2025年3月开工, 10月底前完工, 年底前完成, 年内完成, 三季度末完工: a time, no unit.
_WHEN: Final = re.compile(
    r"(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*月|年|年\s*内|"
    + PERIOD_PART
    + r")\s*(?:底|末|中旬|上旬|下旬)?\s*(?:前|以前)?\s*"
    r"(?:开工|完工|完成|建成|竣工|投用|启动)"
)
_ROLE_MARK: Final = re.compile(r"\s*[(（]\s*(?:牵头|配合|协助|主责|责任|参与)(?:单位)?\s*[)）]\s*$")


def _partial_date(context: Context, text: str, line: int, what: str) -> PartialDate | None:
    parts = date_parts(text)
    if parts is None:
        context.warn(
            line,
            WarningCode.UNREADABLE,
            N_("%(what)s %(text)r is not a date"),
            params={"what": what, "text": text},
        )
        return None
    try:
        return PartialDate(*parts)
    except AidModelError as error:
        context.warn(
            line,
            WarningCode.UNREADABLE,
            N_("%(what)s %(text)r is not a date: %(error)s"),
            params={"what": what, "text": text, "error": str(error)},
        )
        return None


def _field_text(spans: Sequence[Span]) -> str | None:
    text = "".join(_clean(span.text) for span in spans)
    return text or None


@functools.lru_cache(maxsize=2048)
def commitments_in(text: str) -> tuple[CommitmentSpan, ...]:
    """:func:`~aidmodel.find_commitments` of a text, remembered within one import (a line is
    read for its targets by more than one stage; :func:`forget_commitments` empties the
    memory at the start of each import, so no text is read faster the second time)."""
    return tuple(find_commitments(text))


def forget_commitments() -> None:
    """Empty the memory of :func:`commitments_in`."""
    commitments_in.cache_clear()


def read_commitments(
    context: Context,
    spans: Sequence[Span],
    path: str,
    *,
    first: int = 0,
    skip: Sequence[tuple[int, int, int]] = (),
) -> list[Commitment]:
    """The commitments written in some spans, to be put at ``{path}.commitments[first]`` on;
    those overlapping a ``skip`` (line, start, end) are not."""
    return _commitments(context, spans, path, skip, first=first)


def _commitments(
    context: Context,
    spans: Sequence[Span],
    path: str,
    skip: Sequence[tuple[int, int, int]],
    *,
    first: int = 0,
) -> list[Commitment]:
    """The commitments of a description, each with its line; amounts they state are used."""
    found: list[Commitment] = []
    for span in spans:
        try:
            located = commitments_in(span.text)
        except AidModelError:  # pragma: no cover - find_commitments reads any str
            continue
        line_mentions = mentions(span.line)
        for item in located:
            start, end = span.start + item.start, span.start + item.end
            if any(
                line == span.line.number and start < stop and begin < end
                for line, begin, stop in skip
            ):
                continue  # the project's own money and its split, not a target
            where = context.at(span.line.number_at(start), span.line.number_at(end - 1))
            commitment = attrs.evolve(
                item.commitment,
                provenance=where,
                parts=[attrs.evolve(part, provenance=where) for part in item.commitment.parts],
            )
            target = commitment.target
            if target.unit == "元" and _STANDARD.search(commitment.text or ""):
                # 给予每人500元一次性交通补贴: a rate paid per head, not a target of the plan.
                named = tuple(
                    m for m in line_mentions if start <= m.start < end and m.amount is not None
                )
                context.warn(
                    named[0].line if named else span.line.number,
                    WarningCode.AMOUNT_NOT_USED,
                    N_(
                        "%(standard)r is a subsidy standard (补助标准), not a target: "
                        "%(amount)r is not in the programme"
                    )
                    if len(named) == 1
                    else N_(
                        "%(standard)r is a subsidy standard (补助标准), not a target: "
                        "%(amounts)s is not in the programme"
                    )
                    if named
                    else N_(
                        "%(standard)r is a subsidy standard (补助标准), not a target: "
                        "its amount is not in the programme"
                    ),
                    names=named,
                    params={
                        "standard": commitment.text or "",
                        "amount": named[0].text if named else "",
                        "amounts": ", ".join(f"'{m.text}'" for m in named),
                    },
                )
                continue
            if target.unit == "元":
                for mention in line_mentions:
                    if (
                        start <= mention.start < end
                        and mention.amount is not None
                        and mention.amount.yuan in (target.value, target.high)
                    ):
                        context.use(mention, f"{path}.commitments[{first + len(found)}]")
            found.append(commitment)
    return found


# A payment per head (每人500元, 每户2000元) given as a subsidy (给予…补贴, 补助…): a standard.
_STANDARD: Final = re.compile(
    rf"(?=.*每\s*(?:{RATE_VERBS}\s*(?:\d+|[一两])?\s*)?"
    r"(?:人|户|名|亩|头|座|个))(?=.*(?:给予|补贴|补助|奖补|奖励|资助))"
)


def _amount(parts: _Parts) -> tuple[Mention, Span] | None:
    """The project's money: the first amount its description names as funds."""
    for index, span in enumerate(parts.description):
        # 项目资金： / 380万元；… (a PDF line ending with the label): the label before it.
        above = parts.description[index - 1] if index > 0 else None
        carried = above is not None and bool(_AMOUNT_WORDS.search(above.line.norm.rstrip()))
        for mention in mentions(span.line):
            if not span.start <= mention.start < span.end:
                continue
            if carried and not span.line.norm[span.start : mention.start].strip():
                return mention, span
            if (
                index == 0
                and span.start > 0
                and span.line.norm[span.start : mention.start].strip() in ("", "计划")
            ):
                # 1.X项目260万元。: the amount right after the name (or 计划600万元 set off by
                # spaces in a report's line: X项目　计划600万元　拨付420万元).
                return mention, span
            if (
                mention.start - span.start <= _BARE_REACH
                and span.line.norm[span.start : mention.start].strip(" :") in BARE_AMOUNT_LABELS
            ):
                return mention, span  # 金额：1,200,000.00元, a field of its own
            before = span.line.norm[max(span.start, mention.start - 12) : mention.start]
            own_bracket = _OWN_BRACKET.fullmatch(span.line.norm, span.start, mention.start)
            closed = bool(_CLOSE_AFTER.match(span.line.norm, mention.end)) or bool(
                _SPLIT_INSIDE.match(span.line.norm, mention.end)
            )
            if PER_UNIT_BEFORE.search(before):
                continue  # 每人一次性补助800元: a rate per head, not the project's money
            if _BEFORE_CHANGE.search(before):
                continue  # 原安排资金520万元，现安排460万元: the money before a change
            if _AMOUNT_WORDS.search(before):
                if _earlier_money(span.line.norm, span.start, mention.start):
                    # 项目总投资900万元，2024年已安排援藏资金420万元，2025年安排…480万元: the
                    # money of the year before (已安排), no money of this plan's.
                    continue
                return mention, span
            if own_bracket and closed:
                return mention, span
    return None


_CLOSE_AFTER: Final = re.compile(r"\s*\)")
# How far before an amount a bare label (资金：) may start, spaces and its colon included.
_BARE_REACH: Final = 8
# 原安排资金, 调整前: the words of the money a change starts from (lexicon.columns).
_BEFORE_CHANGE: Final = re.compile(
    "(?:" + "|".join(sorted(BEFORE_CHANGE, key=len, reverse=True)) + r")[^,;。]{0,8}$"
)
# 2024年已安排…, 以前年度已安排…, 上年已下达…: a clause of money given before this plan.
_EARLIER_MONEY: Final = re.compile(r"已(?:安排|下达|投入|拨付)|以前年度|往年|上年")


def _earlier_money(norm: str, floor: int, at: int) -> bool:
    """Whether the clause holding the amount at ``at`` (from ``floor`` on) writes money
    given before this plan (2024年已安排援藏资金420万元)."""
    opened = max(norm.rfind(mark, floor, at) for mark in ",，;；。") + 1
    return _EARLIER_MONEY.search(norm, opened, at) is not None


# A title's own bracket holding its amount alone: 1.东兰墨米加工产业园提升项目（450万元）.
_OWN_BRACKET: Final = re.compile(r"\s*\(\s*(?:资金|投资|帮扶资金|安排资金)?\s*:?\s*")


# The fund of a scheme by its name (鲁渝协作资金, 援藏资金, 对口支援资金, 财政援助资金).
_SCHEME_FUND: Final = re.compile(r"(?:协作|援[疆藏青]|对口支援|财政援助)资金\s*$")


def _aid_after(
    parts: _Parts, total: Mention, sources: Sequence[SourceRef] = ()
) -> tuple[Mention, Span] | None:
    """The aid written after a project's 总投资 as a field of its own (项目总投资：150万元；
    补助资金：90万元): the project's money is the aid, the 总投资 its total investment. An
    amount inside the brackets of the 总投资 (其中…) is its split, not the aid."""
    inside: tuple[Mention, Span] | None = None
    for span in parts.description:
        norm = span.line.norm
        # The total's own line (a line read as one holds it when it holds its source line).
        own = span.line.number <= total.line <= span.line.last and any(
            m is total for m in mentions(span.line)
        )
        for mention in mentions(span.line):
            if (
                not span.start <= mention.start < span.end
                or span.line.last < total.line
                or (own and mention.start <= total.start)
            ):
                continue
            before = norm[max(span.start, mention.start - 12) : mention.start]
            if PER_UNIT_BEFORE.search(before):
                continue  # 每人一次性交通补助600元: a rate per head, not the aid
            if _AID_WORDS.search(before) and _earlier_money(norm, span.start, mention.start):
                continue  # 2024年已安排援藏资金420万元: aid given before this plan
            if own:
                between = norm[total.end : mention.start]
                if between.count("(") != between.count(")"):
                    if inside is None and _AID_WORDS.search(before):
                        inside = (mention, span)
                    continue
            if _AID_WORDS.search(before):
                return mention, span
    # 总投资：1200万元（援藏资金900万元，县级配套资金300万元）: with no aid written outside
    # the brackets, the aid in them is the project's money and the bracket its split, where
    # the bracket splits the whole investment and the plan declares no 自筹 or 企业 money of
    # its own (then the investment is the project's money, as its total counts it).
    if inside is None or any(ref.in_total and ref.kind in OUTSIDE_KINDS for ref in sources):
        return None
    norm = inside[1].line.norm
    close = _bracket_end(norm, norm.rfind("(", 0, inside[0].start))
    shares = [m for m in mentions(inside[1].line) if total.end < m.start < close]
    before = norm[max(total.end, inside[0].start - 12) : inside[0].start]
    # 总投资800万元（其中鲁渝协作资金500万元）: the scheme's own fund named alone is the aid.
    return inside if len(shares) >= 2 or _SCHEME_FUND.search(before) else None


_BARE: Final = re.compile(
    r"(?:拟投入资金|规划投资|总投资|计划投资|投入资金|帮扶资金|资金|投资|资助|投入)\s*:?\s*"
    r"(?<![\d.])(?P<figure>\d+(?:\.\d+)?)(?=\s*\()"
)


def _bare_amount(parts: _Parts) -> tuple[Mention, Span] | None:
    """A figure without its unit whose split by unit says 万: 投资190（县委组织部90万、…）."""
    for span in parts.description:
        norm = span.line.norm
        ends: dict[int, int] | None = None
        line_mentions = mentions(span.line)
        starts = [m.start for m in line_mentions]
        for match in _BARE.finditer(norm, span.start, span.end):
            if ends is None:
                ends = _bracket_ends(norm)  # once a line: each search would be quadratic
            close = ends[norm.index("(", match.end())]
            inside = line_mentions[
                bisect.bisect_right(starts, match.end()) : bisect.bisect_left(starts, close)
            ]
            if close < 0 or not inside or not all(m.text.endswith("万") for m in inside):
                continue
            figure = match.group("figure")
            try:
                amount: Money | None = Money.from_wan(figure)
            except AidModelError:
                amount = None
            start = match.start("figure")
            return Mention(span.line.number, start, match.end(), figure, amount), span
    return None


def _bracket_ends(norm: str) -> dict[int, int]:
    """Where the bracket opened at each ( of a text closes (just after its )), or -1: what
    :func:`_bracket_end` gives for each, in one pass."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    for index, char in enumerate(norm):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            ends[opened.pop()] = index + 1
    ends.update((index, -1) for index in opened)
    return ends


def _bracket_end(norm: str, start: int) -> int:
    depth = 0
    for index in range(start, len(norm)):
        if norm[index] == "(":
            depth += 1
        elif norm[index] == ")":
            depth -= 1
            if depth == 0:
                return index + 1
    return -1


def _funding(
    context: Context,
    amount: Mention,
    line: Line,
    sources: Sequence[SourceRef],
    path: str,
    *,
    remainder: bool = True,
) -> tuple[list[FundingShare], int]:
    """The split written right after a project's amount: (其中…900万元、…400万元), (含…52万元),
    or by unit (县委组织部90万、县司法局50万); and where the split ends."""
    norm = line.norm
    opened = _SPLIT_OPEN.match(norm, amount.end)
    loose = False
    if opened is not None:
        paren = norm.index("(", opened.start())
        close = _bracket_end(norm, paren)
    else:
        # …项目（386万元，其中2025年资金200万元，上年结余资金186万元）: the split follows the
        # amount inside the title's own bracket.
        opened = _SPLIT_INSIDE.match(norm, amount.end)
        if opened is None:
            return [], amount.end
        paren = norm.rfind("(", 0, amount.start)
        if paren >= 0 and _OWN_BRACKET.fullmatch(norm, paren, amount.start):
            close = _bracket_end(norm, paren)
        elif paren < 0 or 0 <= _bracket_end(norm, paren) <= amount.start:
            # 补助资金：360万元，其中集美区财政援助资金300万元、县级配套资金40万元。: outside
            # any bracket, the split runs to the end of the sentence.
            close = clause_end(norm, opened.end(), len(norm)) + 1
            paren = amount.end
            loose = True
        else:
            return [], amount.end  # inside a bracket of other words
    if close < 0:
        return [], amount.end
    inside_start, inside_end = opened.end(), close - 1
    pieces = [m for m in mentions(line) if inside_start <= m.start < inside_end]
    if amount.amount is not None and not pieces:
        # (全部为东西部协作资金): the whole amount from one source.
        whole_from = _ALL_FROM.match(norm[inside_start:inside_end])
        kind = source_kind(whole_from.group("label")) if whole_from else None
        keys = [s.key for s in sources if s.kind is kind]
        if len(keys) == 1:
            context.use(amount, f"{path}.funding[0].amount")
            text = line.text[inside_start:inside_end].strip()
            return [FundingShare(amount=amount.amount, source=keys[0], text=text)], close
    if not pieces or amount.amount is None:
        return [], amount.end
    if any(TARGET_AFTER.match(norm, m.end) for m in pieces):
        return [], amount.end  # 160万元（帮助销售农特产品500万元以上）: a target, no split
    labelled = []
    previous = inside_start
    for mention in pieces:
        label = _clean(line.text[previous : mention.start]).removeprefix("其中").removeprefix("含")
        labelled.append((_clean(label), mention))
        previous = mention.end
    # 其中集团公司本部280万元，华能青海发电有限公司60万元: shares by who gives them.
    by_source = any(
        re.search("资金|结余|投资|援助|自筹|帮扶|财政|公司|集团|本部|基金会", label)
        for label, _ in labelled
    )
    whole = line.text[opened.end() : inside_end].strip()
    if loose and not by_source:
        return [], amount.end  # 其中2025年40万元 outside brackets: years are read elsewhere
    if not by_source:
        parts: list[FundingShare] = []
        for label, mention in labelled:
            if mention.amount is None:
                continue
            context.use(mention, f"{path}.funding[0].parts[{len(parts)}].amount")
            parts.append(FundingShare(amount=mention.amount, unit=label or None))
        if not parts:
            return [], amount.end
        context.use(amount, f"{path}.funding[0].amount")
        return [FundingShare(amount=amount.amount, parts=parts, text=whole or None)], close
    shares: list[FundingShare] = []
    named: set[str] = set()
    givers = [s for s in sources if s.in_total and s.kind not in OUTSIDE_KINDS]
    for label, mention in labelled:
        if mention.amount is None:
            continue
        kind = source_kind(label)
        keys = [s.key for s in sources if s.kind is kind]
        key = keys[0] if len(keys) == 1 else None
        if key is not None and len(givers) >= 2 and _WHOLE_AID.fullmatch(label):
            # 浙川协作资金280万元 where the plan's aid is 省财政援助资金 and 区帮扶资金: the
            # aid as a whole, of no one of its sources.
            key = None
        if _REST_WORD.fullmatch(label) and _RAISED.match(norm, mention.end):
            key = None  # 其余100万元由企业自筹解决: money beside the aid, no declared source
        if key is not None:
            named.add(key)
        context.use(mention, f"{path}.funding[{len(shares)}].amount")
        text = line.text[previous_start(line.text, mention.start, paren + 1) : mention.end]
        shares.append(FundingShare(amount=mention.amount, source=key, text=text or None))
    written = sum((s.amount for s in shares), Money.from_yuan(0))
    main = {FundSourceKind.CURRENT, FundSourceKind.FISCAL_AID, FundSourceKind.ANNUAL_AID}
    rest = [s for s in sources if s.in_total and s.kind in main and s.key not in named]
    if remainder and shares and written < amount.amount and len(rest) == 1:
        left = amount.amount - written
        shares.append(FundingShare(amount=left, source=rest[0].key))
        context.warn(
            line.number,
            WarningCode.DERIVED,
            N_(
                "the %(left)s万元 of %(amount)r not in %(whole)r is taken to come from "
                "%(key)r (%(label)s)"
            ),
            params={
                "left": f"{left.to_wan():f}",
                "amount": amount.text,
                "whole": whole,
                "key": rest[0].key,
                "label": rest[0].kind.label,
            },
        )
    elif remainder and shares and written < amount.amount and opened.group("how") == "含":
        # 安排资金266万元（含上年结余16万）: the bracket names a part; the rest comes from the
        # plan's other money, the text does not say which.
        left = amount.amount - written
        shares.append(FundingShare(amount=left))
        context.warn(
            line.number,
            WarningCode.DERIVED,
            N_(
                "the %(left)s万元 of %(amount)r not in %(whole)r is taken to come from the "
                "plan's other sources, which the text does not name"
            ),
            params={"left": f"{left.to_wan():f}", "amount": amount.text, "whole": whole},
        )
    return shares, (pieces[-1].end if loose else close)


# 浙川协作资金, 东西部协作资金, 协作资金: the aid named as a whole, by no giver.
_WHOLE_AID: Final = re.compile(r"(?:其中)?\s*(?:[\u4e00-\u9fff]{2})?(?:东西部)?协作资金")


def _told_in_bracket(line: Line, amount: Mention) -> Span | None:
    """The inside of a bracket right after a project's money that holds no money, only
    words and figures of what it builds (300万元（新建黄酒陈酿库房2000平方米）), or ``None``."""
    norm = line.norm
    opened = _SPLIT_OPEN.match(norm, amount.end)
    if opened is None:
        return None
    paren = norm.index("(", opened.start())
    close = _bracket_end(norm, paren)
    if close < 0 or any(paren < m.start < close for m in mentions(line)):
        return None
    if not re.search(r"\d", norm[paren:close]):
        return None
    return Span(line, paren + 1, close - 1)


# （项目总投资400万元，…）right after a project's aid: the investment it is part of.
_INVESTMENT_OPEN: Final = re.compile(
    r"\s*\(\s*(?:其中)?\s*(?:项目)?(?:计划)?总投资\s*:?\s*(?:为|约)?\s*"
)


def _investment_after(line: Line, amount: Mention) -> tuple[Mention, int] | None:
    """The total investment written in a bracket right after a project's aid, and where
    the bracket ends; ``None`` where no such bracket follows."""
    opened = _INVESTMENT_OPEN.match(line.norm, amount.end)
    if opened is None:
        return None
    found = next((m for m in mentions(line) if m.start == opened.end()), None)
    close = _bracket_end(line.norm, line.norm.index("(", amount.end))
    if found is None or found.amount is None or close < 0:
        return None
    return found, close


# 其余100万元由企业自筹解决: the rest of an investment, raised beside the aid.
_REST_WORD: Final = re.compile(REST_WORDS)
_RAISED: Final = re.compile(rf"[^,，;；。]{{0,12}}?(?:{RAISED_WORDS})")


# 资金构成（万元）：集团公司本部480，子公司80: a project's money by who gives it.
_COMPOSITION: Final = re.compile(
    r"^\s*(?:资金构成|资金组成|资金来源|资金结构)\s*(?:\([^()]*\))?\s*:"
)


def _composition(context: Context, parts: _Parts, path: str) -> list[FundingShare]:
    """The shares of a line that gives a project's money by source (资金构成：A480，B80)."""
    for span in parts.description:
        found = _COMPOSITION.match(span.line.norm, span.start)
        if found is None:
            continue
        pieces = [m for m in mentions(span.line) if found.end() <= m.start < span.end and m.amount]
        shares: list[FundingShare] = []
        previous = found.end()
        for mention in pieces:
            assert mention.amount is not None
            label = _clean(span.line.text[previous : mention.start]).strip(",，、;；")
            context.use(mention, f"{path}.funding[{len(shares)}].amount")
            shares.append(FundingShare(amount=mention.amount, text=f"{label}{mention.text}"))
            previous = mention.end
        if shares:
            return shares
    return []


def previous_start(text: str, position: int, floor: int) -> int:
    """Where the clause holding ``position`` starts (after 、，；。 or ``floor``)."""
    start = position
    while start > floor and text[start - 1] not in "、,，;；(（。":
        start -= 1
    return start


def _dividend(context: Context, parts: _Parts, path: str) -> Dividend | None:
    for span in parts.description:
        norm = span.line.norm
        found = _DIVIDEND.search(norm, span.start, span.end)
        if found is None:
            continue
        start = previous_start(norm, found.start(), span.start)
        end = found.end()
        while end < span.end and norm[end] not in ",，;；。":
            end += 1
        clause = norm[start:end]
        every = clause.find("每")
        text_start = start + every if every >= 0 else start
        rate = None
        rate_match = _RATE.search(clause)
        if rate_match:
            rate = Decimal(rate_match.group(1)) / 100
            if not 0 <= rate <= 1:
                context.warn(
                    span.line.number,
                    WarningCode.UNREADABLE,
                    N_("%(rate)r is not a rate"),
                    params={"rate": rate_match.group()},
                )
                rate = None
        amount = next((m for m in mentions(span.line) if found.end() <= m.start < end), None)
        if amount is None:
            # 保底分红按不低于投资额的5%计算，每年分红不低于1.5万元: the amount follows.
            stop = norm.find("。", end, span.end)
            stop = span.end if stop < 0 else stop
            for mention in mentions(span.line):
                if not end <= mention.start < stop:
                    continue
                before = norm[previous_start(norm, mention.start, end) : mention.start]
                if re.search("分红|收益", before):
                    amount = mention
                    end = mention.end
                    clause = norm[start:end]
                break
        per = None
        period = re.search(r"每(年|季度|半年|月)", clause)
        if period:
            per = period.group(1)
        if amount is not None and amount.amount is not None:
            context.use(amount, f"{path}.dividend.amount")
        return Dividend(
            rate=rate,
            amount=amount.amount if amount is not None else None,
            per=per,
            text=span.line.text[text_start:end].strip() or None,
        )
    return None


def _assets(parts: _Parts) -> list[str]:
    for span in parts.description:
        found = _ASSETS.search(span.line.norm, span.start, span.end)
        if found is None:
            continue
        stop = span.line.norm.find("。", found.end(), span.end)
        text = span.line.text[found.end() : span.end if stop < 0 else stop]
        villages = []
        for item in _split(text, "、,，"):
            village = _COLLECTIVE.sub("", item)  # 禾寮村集体 is 禾寮村's collective
            if not village.endswith(_PLACE_END):
                break
            villages.append(village)
        return villages
    return []


def _liaisons(spans: Sequence[Span]) -> list[str]:
    """The people of a 挂联责任人 field; a place written before them (北滘镇 陈志强；石角镇
    黄海燕) says which side they are on and is not one of them."""
    items = [x for span in spans for x in _split(span.text, "、,，;；: ：")]
    return [x for x in items if not _is_region(x)]


def _year_shares(
    context: Context, amount: Mention, span: Span, path: str
) -> tuple[list[FundingShare], int]:
    """A project's money split by year after its amount, in the same sentence: 投入帮扶资金
    50万元，分两年实施，2024年30万元、2025年20万元 (two years or more); and where it ends."""
    norm = span.line.norm
    stop = norm.find("。", amount.end, span.end)
    stop = span.end if stop < 0 else stop
    shares: list[tuple[int, Mention, int]] = []
    for mention in mentions(span.line):
        if not amount.end <= mention.start < stop or mention.amount is None:
            continue
        clause = previous_start(norm, mention.start, amount.end)
        written = _YEAR_SHARE.fullmatch(norm, clause, mention.start)
        if written is None:
            if shares:
                break  # the run of years is over
            continue
        shares.append((int(written.group(1)), mention, clause))
    if len(shares) < 2 or len({year for year, _, _ in shares}) < len(shares):
        return [], amount.end
    found = []
    for index, (year, mention, clause) in enumerate(shares):
        assert mention.amount is not None
        context.use(mention, f"{path}.funding[{index}].amount")
        text = span.line.text[clause : mention.end].strip()
        found.append(FundingShare(amount=mention.amount, year=year, text=text or None))
    return found, shares[-1][1].end


def _operator(parts: _Parts) -> str | None:
    for span in parts.description:
        found = _OPERATOR.search(span.line.text, span.start, span.end)
        if found:
            return found.group("operator")
    return None


# 1、红寺堡镇420万元，用于…项目: money handed to a place or a unit, for the project it names.
_ALLOTTED: Final = re.compile(
    r"^[\u4e00-\u9fff（）()]{1,30}?(?:镇|乡|街道|县|区|市|旗|村|局|委|办|中心|政府|学校|医院)"
    r"\s*(?=\d[\d.,]*\s*[万亿]?元$)"
)
_USED_FOR: Final = re.compile(r"用于(?P<name>[^，。；,;（）()]{2,60}?(?:项目|工程))")


def _allotted(heading: Heading) -> tuple[Mention, Span] | None:
    """The amount a heading hands to a place (红寺堡镇420万元), as the item's money."""
    if _ALLOTTED.match(heading.title) is None:
        return None
    start = heading.line.text.index(heading.title)
    for mention in mentions(heading.line):
        if start <= mention.start < start + len(heading.title):
            return mention, Span(heading.line, start, start + len(heading.title))
    return None


# A title's closing bracket of money: X项目（投资320万，其中…）, X项目（帮扶资金200万元）.
_TITLE_MONEY: Final = re.compile(
    r"[（(]\s*(?:项目)?(?:总投资|投资|安排资金|帮扶资金|资金)\s*[:：]?\s*\d[^（）()]{0,60}[）)]$"
)


def _used_for(heading: Heading, first: Span) -> str | None:
    """The project an allotment is for (…420万元，用于红寺堡镇酿酒葡萄基地…项目，…)."""
    if _ALLOTTED.match(heading.title) is None:
        return None
    found = _USED_FOR.search(first.line.text, first.start, first.end)
    return found.group("name") if found else None


def read_project(
    context: Context,
    heading: Heading,
    body: Sequence[Line],
    *,
    index: int,
    section: str | None,
    sources: Sequence[SourceRef],
    end: int | None = None,
    year: int | None = None,
) -> Project:
    """A project from its numbered paragraph and the lines below it; ``end`` ends its text
    on the heading's line where the line goes on with the next project (一是…；二是…);
    ``year``, the plan's, dates a deadline written with its month alone."""
    path = f"programmes[0].projects[{index}]"
    first = Span(heading.line, heading.rest, len(heading.line.text) if end is None else end)
    if _FIELDS.get(heading.title) == "name":
        # 1、项目名称：X；建设内容：…: the heading is the label, the name its field.
        first = Span(heading.line, heading.line.text.index(heading.title), first.end)
    if heading.title.endswith((":", "\uff1a")) and len(heading.title) > 1:
        # 8. X项目： / (its text on the lines below): the colon ends the line, not the name.
        heading = attrs.evolve(heading, title=heading.title[:-1].rstrip())
    bracket = _TITLE_MONEY.search(heading.title)
    at = heading.line.text.find(heading.title)
    if bracket is not None and bracket.start() >= 2 and at >= 0:
        # 1.X项目（投资320万，其中…资金280万、…40万）：新建…: the bracket ending the title is
        # the project's money, read with its text; the name is before it.
        heading = attrs.evolve(heading, title=heading.title[: bracket.start()].strip())
        first = Span(heading.line, at + bracket.start(), first.end)
    parts = _parts(first if first.start < first.end else None, body)
    fields = parts.fields
    amount_money: Money | None = None
    funding: list[FundingShare] = []
    skip: list[tuple[int, int, int]] = []
    content_spans = list(parts.description)
    bracketed: list[Span] = []
    found = _amount(parts) or _bare_amount(parts) or _allotted(heading) or _listed_amount(parts)
    total_investment: Money | None = None
    if found is not None:
        mention, span = found
        before = span.line.norm[max(span.start, mention.start - 12) : mention.start]
        if not before.strip() and span in parts.description[1:]:
            # 1.X项目。总投资 / 1800万元，其中…: the label ends the line above (PDF wrap).
            above = parts.description[parts.description.index(span) - 1]
            before = above.line.norm[max(above.start, above.end - 12) : above.end]
        aid = _aid_after(parts, mention, sources) if _TOTAL_INVESTMENT.search(before) else None
        investment: tuple[Mention, Span] | None = None
        if (
            aid is None
            and _TOTAL_INVESTMENT.search(before)
            and _WHOLLY.match(span.line.norm, mention.end)
        ):
            # 项目总投资220万元，全部为沪滇协作资金: the investment is all aid, both at once.
            total_investment = mention.amount
        if aid is not None:
            total_investment = mention.amount
            context.use(mention, f"{path}.total_investment")
            clause_start = previous_start(span.line.norm, mention.start, span.start)
            skip.append((span.line.number, clause_start, mention.end))
            investment = (mention, span)
            mention, span = aid
        amount_money = mention.amount
        if mention.amount is None:
            context.warn(
                mention.line,
                WarningCode.UNREADABLE,
                N_("'%(text)s' is not an amount"),
                names=(mention,),
                params={"text": mention.text},
            )
        else:
            context.use(mention, f"{path}.amount")
        invested = _investment_after(span.line, mention) if total_investment is None else None
        if invested is not None:
            # 补助资金：320万元（项目总投资400万元，其余80万元由经营主体自筹）: the bracket
            # gives the investment the aid is part of, no split of the aid.
            investment_mention, split_end = invested
            total_investment = investment_mention.amount
            context.use(investment_mention, f"{path}.total_investment")
            funding = []
        else:
            funding, split_end = _funding(context, mention, span.line, sources, path)
        if not funding and investment is not None and investment[1].line is span.line:
            # 总投资2500万元，其中浙江援藏资金1800万元、企业自筹资金700万元: the split of the
            # investment is the project's funding, the aid one of its shares.
            shares, split_end = _funding(
                context, investment[0], span.line, sources, path, remainder=False
            )
            if len(shares) >= 2 and any(share.amount == mention.amount for share in shares):
                funding = shares  # the aid alone (其中…协作资金500万元) is no split
            else:
                split_end = mention.end
        if not funding:
            funding, split_end = _year_shares(context, mention, span, path)
        if not funding:
            funding = _composition(context, parts, path)
        clause_start = previous_start(span.line.norm, mention.start, span.start)
        skip.append((span.line.number, clause_start, split_end))
        if not funding and (told := _told_in_bracket(span.line, mention)) is not None:
            # X项目，300万元（新建黄酒陈酿库房2000平方米）: what the money builds, in the
            # bracket after it; its targets are read from the bracket alone.
            skip.append((span.line.number, told.start - 1, told.end + 1))
            bracketed.append(told)
        if (
            content_spans
            and span is content_spans[0]
            and not span.line.norm[span.start : clause_start].strip()
        ):
            rest = split_end
            while rest < span.end and span.line.norm[rest] in " ,，;；。":
                rest += 1
            content_spans[0] = Span(span.line, rest, span.end)
    content = "".join(s.text for s in content_spans).strip() or None
    status = None
    if "status" in fields:
        label = _field_text(fields["status"])
        if label:
            try:
                found_status = ProjectStatus.from_label(label)
            except AidModelError:
                found_status = None
            if isinstance(found_status, ProjectStatus):
                status = found_status
            else:
                context.warn(
                    fields["status"][0].line.number,
                    WarningCode.UNREADABLE,
                    N_("建设性质 %(label)r is neither 新建 nor 续建"),
                    params={"label": label},
                )
    elif content and _CONTINUED.match(content):
        status = ProjectStatus.CONTINUED
    deadline = _deadline(context, parts, year)
    start = _field_date(context, fields, "start", "开工时间")
    if "span" in fields:
        # 建设期限：2024年3月—2024年11月: the first date is the start, the last the deadline.
        written = _field_text(fields["span"]) or ""
        line_number = fields["span"][0].line.number
        dates = period_dates(written)
        if dates is not None and start is None and dates[0] != dates[1]:
            start = _partial_date(context, dates[0], line_number, "建设期限")
        if dates is not None and deadline is None:
            deadline = _partial_date(context, dates[1], line_number, "建设期限")
        within = _in_year(written, year) if dates is None else None
        if within is not None and deadline is None:
            # 时间节点：三季度末前完成: a time of the plan's year.
            deadline = within
        elif dates is None and within is None:
            context.warn(
                line_number,
                WarningCode.UNREADABLE,
                N_("建设期限 %(written)r has no date"),
                params={"written": written},
            )
    closing = _closing_bracket(parts.description)
    if deadline is None and closing is not None and closing.group("date"):
        # …。（浙川协作资金420万元，合江县农业农村局，2025年10月）: the date in the bracket.
        deadline = _partial_date(
            context, closing.group("date"), parts.description[-1].line.number, "完成时限"
        )
    if deadline is None:
        # …由区农业农村委负责，10月底前完工: the month of the plan's year.
        own_text = "".join([first.text, *(line.text for line in body if not line.blank)])
        deadline = month_deadline(own_text, year)
    lines = [heading.line, *(line for line in body if not line.blank)]
    text_lines = [heading.line.text] + [
        s.text for s in parts.description if s.line is not heading.line
    ]
    units = [x for s in fields.get("units", []) for x in split_units(s.text)]
    if not units and "lead_units" not in fields:
        # (由项目业主负责管护): a label named as the one who acts is no unit.
        units = [u for u in prose_units(parts.description) if not is_label(u)]
    if not units and "lead_units" not in fields:
        units = _trailing_unit(parts.description)
    if (
        not units
        and "lead_units" not in fields
        and closing is not None
        and _OFFICE.match(closing.group("unit"))
    ):
        units = split_units(closing.group("unit"))
    used_for = _used_for(heading, first)
    name = _field_text(fields.get("name", [])) or used_for or heading.title
    if used_for is not None and not units and "lead_units" not in fields:
        # 1、红寺堡镇420万元，用于X项目: the township or office the money is handed to
        # carries the project out.
        allotted = _ALLOTTED.match(heading.title)
        if allotted is not None:
            units = [allotted.group().strip()]
    locations = [x for s in fields.get("locations", []) for x in _split(s.text, "、,，;；")]
    coded = _CODE_AFTER_NAME.search(name)
    if coded is not None and coded.start() >= 2:
        # X项目（项目编码：CM2025001）: the project's code in brackets, no part of its name.
        name = name[: coded.start()]
    tagged = _STATUS_AFTER_NAME.search(name)
    if tagged is not None and tagged.start() >= 2:
        # 桑日镇青稞加工厂提升项目（续建）: the status in brackets after the name.
        name = name[: tagged.start()]
        if status is None and "续建" in tagged.group():
            status = ProjectStatus.CONTINUED
        elif status is None and "新建" in tagged.group():
            status = ProjectStatus.NEW
    placed = _PLACE_AFTER_NAME.search(name)
    office = _OFFICE_AFTER_NAME.search(name)
    if placed is not None and placed.start() >= 2:
        # 元阳梯田红米精深加工厂提升改造项目（南沙镇）: the place in brackets after the name.
        name = name[: placed.start()]
        locations = locations or _split(placed.group("place"), "、,，")
    elif office is not None and office.start() >= 2 and _OFFICE.match(office.group("unit")):
        # 唐崖镇白茶标准化茶园提升项目（唐崖镇人民政府）: the unit in brackets after the name.
        name = name[: office.start()]
        units = units or split_units(office.group("unit"))
    owner = _field_text(fields.get("owner", []))
    if not units and "lead_units" not in fields and owner is not None:
        units = [owner]  # 项目业主：县农业农村局 and no 责任单位: the owner answers for it
    lead_units = [x for s in fields.get("lead_units", []) for x in split_units(s.text)]
    if "units" not in fields and lead_units:
        # 牵头单位：宣汉县农业农村局 and no 责任单位 beside it: the one unit a project names
        # answers for it (with a 责任单位 beside it, it leads from the giver's side).
        units, lead_units = lead_units, []
    return Project(
        number=heading.number if heading.number and heading.number not in BULLETS else None,
        name=name,
        section=section,
        amount=amount_money,
        total_investment=total_investment,
        funding=funding,
        locations=locations,
        units=units,
        lead_units=lead_units,
        owner=owner,
        liaisons=_liaisons(fields.get("liaisons", [])),
        start=start,
        deadline=deadline,
        status=status,
        content=content,
        assets_to=_assets(parts),
        dividend=_dividend(context, parts, path),
        operator=_clean(_field_text(fields.get("operator", [])) or "") or _operator(parts),
        remarks=_field_text(fields.get("remarks", [])),
        category=_field_text(fields.get("category", [])),
        commitments=[
            *(own_targets := _commitments(context, parts.description, path, skip)),
            *_commitments(context, bracketed, path, (), first=len(own_targets)),
        ],
        text="".join(text_lines).strip() or None,
        provenance=context.at(heading.line.number, max(line.last for line in lines)),
    )


def read_task(
    context: Context,
    number: str | None,
    title: str,
    head: Span,
    rest: int,
    body: Sequence[Line],
    *,
    index: int,
    section: str | None,
) -> MechanismTask:
    """A mechanism task (工作机制, 保障措施): its text ``head``, read from ``rest`` on, and the
    field lines below it."""
    path = f"programmes[0].mechanisms[{index}]"
    parts = _parts(Span(head.line, rest, head.end) if rest < head.end else None, body)
    fields = parts.fields
    deadline = _deadline(context, parts)
    numbers = [head.line.number, head.line.last, *(line.last for line in body if not line.blank)]
    extra = "".join(s.text for s in parts.description if s.line is not head.line)
    first = head.text
    label = _LABEL.search(head.line.norm, rest, head.end)
    if label is not None:
        first = head.line.text[head.start : label.start()]
    return MechanismTask(
        number=number,
        title=title,
        section=section,
        text=_clean_end(first + extra) or None,
        units=[x for s in fields.get("units", []) for x in split_units(s.text)],
        lead_units=[x for s in fields.get("lead_units", []) for x in split_units(s.text)],
        deadline=deadline,
        commitments=_commitments(
            context, [*_titled_target(head, title, rest), *parts.description], path, ()
        ),
        provenance=context.at(min(numbers), max(numbers)),
    )


def _titled_target(head: Span, title: str, rest: int) -> list[Span]:
    """The task's title as a span to read targets in, where it writes one (（二）项目资金支出
    进度9月底前达到70%以上，11月底前…: the title is the first target), else nothing."""
    at = head.line.text.find(title, head.start, rest)
    if at < 0 or not any(c.isdigit() for c in title):
        return []
    whole = not head.line.text[rest:].strip("。；; \u3000")
    if not whole and not _TARGET_WORD.search(title):
        # (（三）选派1名干部到X县挂任副县长、2名干部担任驻村第一书记。: a task written as one
        # sentence, its title, states its targets without a word of aiming.)
        return []
    return [Span(head.line, at, at + len(title))]


# Words of a target in a task's title: 达到70%以上, 不低于85%, 1次以上.
_TARGET_WORD: Final = re.compile(r"以上|不低于|不少于|达到|力争|确保")


def item_units(first: Span | None, body: Sequence[Line]) -> tuple[list[str], list[str]]:
    """The 责任单位 and 牵头单位 labelled in a prose item (its heading's rest, its lines)."""
    fields = _parts(first, body).fields
    return (
        [x for s in fields.get("units", []) for x in split_units(s.text)],
        [x for s in fields.get("lead_units", []) for x in split_units(s.text)],
    )


def _field_date(
    context: Context, fields: dict[str, list[Span]], name: str, what: str
) -> PartialDate | None:
    """The date of a labelled field (完成时限：2025年10月), ``None`` when there is no such field."""
    if name not in fields:
        return None
    return _partial_date(
        context, _field_text(fields[name]) or "", fields[name][0].line.number, what
    )


def _deadline(context: Context, parts: _Parts, year: int | None = None) -> PartialDate | None:
    """An item's deadline: its 完成时限 field, else one written in a sentence."""
    if "deadline" in parts.fields:
        written = _field_text(parts.fields["deadline"]) or ""
        # 完成时间：三季度末 / 上半年 / 年底前 / 10月底前: a part of the plan's year.
        within = _in_year(written, year) if date_parts(written) is None else None
        if within is not None:
            return within
        return _field_date(context, parts.fields, "deadline", "完成时限")
    # 实施主体：县交通运输局；2025年9月底前完成。: a sentence run on after a field's value.
    after_fields = [span for name in ("units", "content") for span in parts.fields.get(name, [])]
    return _prose_deadline(context, [*parts.description, *after_fields])


# 三季度末, 第四季度, 上半年, 年底前, 年内, 10月底前: a time of the plan's year, no year written.
_YEAR_PART: Final = re.compile(
    rf"\s*(?:年\s*(?:底|末|内)|当年|本年度?内?|{PERIOD_PART}"
    r"|(?P<month>\d{1,2})\s*月\s*(?:底|末|中旬|上旬|下旬)?)\s*(?:前|以前|内)?\s*"
    r"(?:全面|全部)?(?:完成|完工|建成|竣工|投用)?\s*[。.]?\s*$"
)


def _in_year(text: str, year: int | None) -> PartialDate | None:
    """The month of the plan's ``year`` a deadline written without its year names, or ``None``.

    >>> _in_year("三季度末", 2025), _in_year("上半年", 2025), _in_year("年底前", 2025)
    (PartialDate(year=2025, month=9, day=None), PartialDate(year=2025, month=6, day=None), PartialDate(year=2025, month=12, day=None))
    """
    found = _YEAR_PART.match(normalise(text))
    if year is None or found is None:
        return None
    month = int(found.group("month")) if found.group("month") else period_month(found)
    return PartialDate(year, month) if 1 <= month <= 12 else None


# 10月底前完工, 9月底前完成, 年底前完成: a deadline written with its month alone (the plan's
# year), or with the year's end.
_MONTH_DEADLINE: Final = re.compile(
    r"(?:(?:(?<![\d年.\-/])(?P<month>\d{1,2})\s*月\s*(?:底|末|中旬|上旬|下旬)?|(?<![\d.])年\s*(?:底|末))"
    r"\s*(?:前|以前)"
    # 年内完成, 三季度末完工, 上半年完成: a part of the plan's year, 前 or not.
    rf"|(?<![\d\u4e00-\u9fff])年\s*内|(?<![\d年])(?:{PERIOD_PART})\s*(?:前|以前)?)\s*"
    r"(?:全面|全部)?(?:完成|完工|建成|竣工|投用|投产|交付|实施完毕)(?:建设|任务)?(?=[,;。.]|$)"
)


def month_deadline(text: str, year: int | None) -> PartialDate | None:
    """A deadline a project's text writes with its month alone (由X负责，10月底前完工), in the
    plan's ``year``; ``None`` where it writes none, or several, or no year is known.

    >>> month_deadline("由县农业农村局负责，10月底前完工", 2025)
    PartialDate(year=2025, month=10, day=None)
    >>> month_deadline("2026年10月底前完工", 2025) is None
    True
    >>> month_deadline("4月底前完成招标，10月底前完工", 2025)
    PartialDate(year=2025, month=10, day=None)
    >>> month_deadline("由县商务局负责，年底前完成", 2025)
    PartialDate(year=2025, month=12, day=None)
    >>> month_deadline("由县电力公司负责，三季度末完工", 2025), month_deadline("，年内完成", 2025)
    (PartialDate(year=2025, month=9, day=None), PartialDate(year=2025, month=12, day=None))
    """
    found = list(_MONTH_DEADLINE.finditer(normalise(text)))
    if year is None or len(found) != 1:
        return None
    # 年底前完成, 年内完成: the plan's year's end, its last month; 三季度末完工: the quarter's.
    month = int(found[0].group("month")) if found[0].group("month") else period_month(found[0])
    return PartialDate(year, month) if 1 <= month <= 12 else None


# 以上项目均须于2025年11月底前完工, 11月底前全部项目完工, 年底前项目全部完工: one deadline for
# every project of the plan, written once outside them (not 完工项目达到8个, a count).
_BLANKET_DEADLINE: Final = re.compile(
    r"(?:(?P<lead1>以上|上述|全部|所有|各|调整后|两县|各县)(?:的)?项目[^,;。]{0,6}?)?"
    r"(?:(?P<year>\d{4})\s*年\s*)?(?:(?P<month>\d{1,2})\s*月\s*(?:底|末)?|年\s*(?:底|末))"
    r"\s*(?:前|以前)\s*(?:(?:全部|所有)项目(?:均|全部|全面)?|项目(?:均|全部|全面)|全部|全面|均)"
    r"\s*(?:完工|竣工|建成)(?:验收)?(?![项率])"
    r"|(?P<lead>以上|上述|全部|所有)项目(?:均|全部)?(?:须|要|应|需|必须)?(?:于|在)?\s*"
    r"(?:(?P<year2>\d{4})\s*年\s*)?(?P<month2>\d{1,2})\s*月\s*(?:底|末)?\s*(?:前|以前)\s*"
    r"(?:全部|全面)?(?:完工|竣工|建成)(?![项率])"
)


def blanket_deadline(
    texts: Sequence[str], year: int | None, *, inside: Sequence[str] = ()
) -> PartialDate | None:
    """The one deadline a plan sets for all its projects in a sentence outside them
    (以上项目均须于2025年11月底前完工; 11月底前全部完工 in the plan's ``year``), or ``None``
    where it sets none, or two that differ. In the texts of projects (``inside``: the last
    project's paragraph may run on into it) only a sentence that opens with 以上项目 or
    上述项目 speaks of them all.

    >>> blanket_deadline(["确保9月底前资金支出进度达到75%以上、11月底前全部项目完工。"], 2025)
    PartialDate(year=2025, month=11, day=None)
    >>> blanket_deadline(["以上项目均须于2026年10月底前完工。"], 2025)
    PartialDate(year=2026, month=10, day=None)
    >>> blanket_deadline(["确保11月底前完工项目达到8个以上。"], 2025) is None
    True
    """
    found: set[tuple[int, int]] = set()
    for text, all_forms in [*((text, True) for text in texts), *((t, False) for t in inside)]:
        if "前" not in text or not ("完工" in text or "竣工" in text or "建成" in text):
            continue  # (most texts: no deadline of completion in them)
        for match in _BLANKET_DEADLINE.finditer(normalise(text)):
            if not all_forms and {match.group("lead"), match.group("lead1")}.isdisjoint(
                {"以上", "上述"}
            ):
                continue
            written = match.group("year") or match.group("year2")
            month = match.group("month") or match.group("month2") or "12"
            which = int(written) if written else year
            if which is None or not 1 <= int(month) <= 12:
                continue
            found.add((which, int(month)))
    if len(found) != 1:
        return None
    ((which, month),) = found
    return PartialDate(which, month)


def written_deadline(
    context: Context, spans: Sequence[Span], year: int | None
) -> PartialDate | None:
    """The deadline a passage writes in a sentence (2025年10月底前完工, or 10月底前完工 in
    the plan's ``year``), or ``None``: what a change of an adjustment notice sets for the
    project it adds (（四）X项目（新增）。安排…，由…实施，2025年10月底前完工)."""
    return _prose_deadline(context, spans) or month_deadline(
        "".join(span.text for span in spans), year
    )


def _prose_deadline(context: Context, description: Sequence[Span]) -> PartialDate | None:
    """A deadline written in a sentence: 2024年11月底前完成, 于2025年完成, or the end of a
    period (建设期限为2025年4月至2025年10月)."""
    for span in description:
        prose = _PROSE_DEADLINE.search(span.norm)
        if prose:
            date = prose.group("date") or prose.group("after")
            return _partial_date(context, date, span.line.number, "完成时限")
    for span in description:
        end = _period_end(span.norm)
        if end is not None:
            return _partial_date(context, end, span.line.number, "建设期限")
    for span, following in itertools.pairwise(description):
        # 建设期限： / 2025年4月—2025年11月。: the label ends a line a PDF wrapped.
        if _PERIOD_LABEL_END.search(span.norm):
            end = _period_end(span.norm.rstrip() + following.norm.lstrip())
            if end is not None:
                return _partial_date(context, end, following.line.number, "建设期限")
    return None


def _period_end(norm: str) -> str | None:
    """The last month of a period a sentence writes (建设期限为2025年4月至2025年10月 →
    2025年10月), or ``None`` where it writes none to the month."""
    period = _PROSE_PERIOD.search(norm)
    dates = period_dates(period.group("period")) if period else None
    return dates[1] if dates is not None and "月" in dates[1] else None


# 建设期限： at the end of a line, its period on the next.
_PERIOD_LABEL_END: Final = re.compile(r"(?:期限|周期|工期|年限|建设期)\s*(?:为|是|:|：)?\s*$")


# A place in brackets closing a project's name: （南沙镇）, （新街镇箐口村、大鱼塘村）, （全县）.
_PLACE_AFTER_NAME: Final = re.compile(
    r"(?<=[项目程])[(（](?P<place>(?:[\u4e00-\u9fff]{1,12}?(?:镇|乡|村|街道|社区|县|区|市|州|旗)"
    r"[、,，]?)+|全县|全区|全市|全旗)[)）]$"
)
# A code in brackets closing a project's name: （项目编码：CM2025001）, （编号：3）.
_CODE_AFTER_NAME: Final = re.compile(
    r"(?<=[项目程])[(（]\s*(?:项目)?(?:编码|编号|代码)\s*[:：]?[^()（）]{1,24}[)）]$"
)
# A status in brackets closing a project's name: （续建）, （新建）.
_STATUS_AFTER_NAME: Final = re.compile(r"(?<=[项目程])[(（]\s*(?:续建|新建|新增)\s*[)）]$")
# An office in brackets closing a project's name: （唐崖镇人民政府）, （咸丰县商务局）.
_OFFICE_AFTER_NAME: Final = re.compile(r"(?<=[项目程])[(（](?P<unit>[^()（）]{3,30})[)）]$")
# A clause that is an office and nothing else: 县农业农村局, 沙拉托乡人民政府, 县委组织部.
_OFFICE: Final = re.compile(
    r"^[\u4e00-\u9fff]{1,24}(?:局|委员会|委|办公室|办|人民政府|政府|中心|部|站|所|院|学校|公司|工作队|街道办事处)$"
)


_CLAUSE_OPEN: Final = re.compile("[,，;；]")
_CLAUSE_CLOSE: Final = re.compile("[,，;；。.]")


def _listed_amount(parts: _Parts) -> tuple[Mention, Span] | None:
    """The money of an item written as a list of short clauses, the money one of its own
    (1.X项目，县农业农村局，220万元): a figure with nothing but its unit in its clause."""
    if not parts.description:
        return None
    span = parts.description[0]
    norm = span.line.norm
    # Where the clauses open and close, found once (not searched again for each figure).
    opens = [m.start() for m in _CLAUSE_OPEN.finditer(norm, span.start, span.end)]
    closes = [m.start() for m in _CLAUSE_CLOSE.finditer(norm, span.start, span.end)]
    for mention in mentions(span.line):
        if not span.start <= mention.start < span.end or mention.amount is None:
            continue
        before = bisect.bisect_left(opens, mention.start)
        opened = opens[before - 1] if before else -1
        after = bisect.bisect_left(closes, mention.end)
        closed = closes[after] if after < len(closes) else span.end
        if (
            opened >= span.start
            and not norm[opened + 1 : mention.start].strip()
            and not norm[mention.end : closed].strip()
        ):
            return mention, span
    return None


def _trailing_unit(description: Sequence[Span]) -> list[str]:
    """The unit of an item written as its sentence's last clause, with no label
    (1、X项目（南沙镇）：改造车间1200平方米，资金420万元，县农业农村局。)."""
    if not description:
        return []
    span = description[0]
    text = span.line.norm[span.start : span.end].rstrip("。.;； ")
    bracketed = _UNIT_AFTER_MONEY.search(text)
    if bracketed is not None and _OFFICE.match(bracketed.group("unit")):
        # X项目——320万元（营山县农业农村局）: the office in a bracket after the money.
        return split_units(bracketed.group("unit"))
    clauses = [c.strip() for c in re.split(r"[,，;；]", text)]
    last = clauses[-1]
    # …，箕山镇人民政府（新增）: a remark in brackets after the unit is none of its name.
    last = re.sub(r"\s*\([^()]{1,6}\)$", "", last)
    if last != text.strip() and _OFFICE.match(last):
        return [last]
    if len(clauses) >= 2 and _MONEY_ONLY.fullmatch(last):
        # 1.X项目，县农业农村局，220万元: the office the clause before the money.
        before = clauses[-2]
        return [before] if _OFFICE.match(before) else []
    return []


# A clause of nothing but an amount: 220万元.
_MONEY_ONLY: Final = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)")


# …320万元（营山县农业农村局）: an office in the bracket that ends an item, after its money.
_UNIT_AFTER_MONEY: Final = re.compile(r"(?:万元|亿元|元)\s*\((?P<unit>[^()]{2,40})\)$")


# （浙川协作资金420万元，合江县农业农村局，2025年10月）: a bracket closing an item with its
# money, its unit and its month.
_CLOSING_FIELDS: Final = re.compile(
    # (…（180万元，英山县农业农村局）: the heading's title may end where its bracket opens.)
    r"(?:\(|^)\s*[^()]{0,16}?\d[\d,.]*\s*(?:万元|元|亿元)\s*[,，;；]\s*(?P<unit>[^()，,;；]{2,40})"
    r"(?:\s*[,，;；]\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月)(?:底|底前|前)?)?\s*\)\s*[。.;；]?\s*$"
)


def _closing_bracket(description: Sequence[Span]) -> re.Match[str] | None:
    """The bracket that closes an item with its money, unit and month, if any."""
    if not description:
        return None
    span = description[-1]
    text = span.line.norm[span.start : span.end]
    return _CLOSING_FIELDS.search(text) if ")" in text else None  # (no bracket, none closes)


def prose_units(description: Sequence[Span]) -> list[str]:
    """The units of an item with no 责任单位 field, written in a sentence: 由县商务局负责实施,
    实施单位为维新镇人民政府."""
    for span in description:
        found = _PROSE_UNIT.search(span.norm) or _UNIT_IS.search(span.norm)
        if found:
            return split_units(found.group("unit"))
        for run_in in _UNIT_RUN_IN.finditer(span.norm):
            # …，实施单位紫阳县茶业发展中心，…: the label run into the sentence, an office after it.
            if _OFFICE.match(run_in.group("unit").strip()):
                return split_units(run_in.group("unit"))
    return []


# 实施单位紫阳县茶业发展中心: a unit's label with the office right after it.
_UNIT_RUN_IN: Final = re.compile(
    r"(?:实施单位|责任单位|实施主体|承担单位)(?P<unit>[^，。；,;：:为是要应须]{2,40})"
)
# 实施单位为维新镇人民政府, 责任单位是县商务局, 实施单位仍为…: a unit's label and 为 in a
# sentence.
_UNIT_IS: Final = re.compile(
    r"(?:实施单位|责任单位|实施主体|责任主体|承担单位)\s*(?:仍|均|仍然)?(?:为|是)\s*"
    r"(?P<unit>[^，。；,;：:]{2,40})"
)


def _clean_end(text: str) -> str:
    """Text without trailing blanks, the ；of an enumeration (…调度会；) and the bracket that
    opened a field written at the end (…会商1次。（责任单位：…）)."""
    return text.strip().rstrip(";；,，(（").strip()


def split_enumerated(line: Line, start: int = 0) -> list[tuple[str, str, Span]]:
    """Tasks enumerated inside a paragraph: 一是…；二是…；三是… (number, title, span).

    >>> from aidmodel.importers._lines import split_lines
    >>> line = split_lines("一是健全调度机制，每半年召开1次调度会；二是深化结对。")[0]
    >>> [(n, t, s.text) for n, t, s in split_enumerated(line)]
    [('一是', '健全调度机制', '一是健全调度机制，每半年召开1次调度会；'), ('二是', '深化结对', '二是深化结对。')]
    """
    found = list(_ENUMERATOR.finditer(line.norm, start))
    tasks = []
    for index, match in enumerate(found):
        end = found[index + 1].start("number") if index + 1 < len(found) else len(line.text)
        begin = match.start("number")
        body = line.norm[match.end("number") : end]
        stop = min((p for p in (body.find(c) for c in ",，;；。") if p >= 0), default=len(body))
        title = line.text[match.end("number") : match.end("number") + stop].strip()
        if title:
            tasks.append((match.group("number"), title, Span(line, begin, end)))
    return tasks
