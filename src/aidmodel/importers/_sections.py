"""The outline of a plan's body (private): numbered headings in every style, as a tree.

Plans number their parts 第一部分 (above the rest), 一、 （一） （1） 1. 1、 第一，, full- or half-width, and mix the styles:
seed 000 numbers its categories （1） （二） … （6）. The level of a heading is its
style, not its glyphs: （一） and （1） are one level (1), below 一、 (0) and above
1. (2). Every other line belongs to the innermost heading above it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from aidmodel.importers._lines import Line, close_spacing, count_value, is_chrome, join_lines
from aidmodel.importers.lexicon.characters import NUMERAL_DIGITS, NUMERAL_UNITS
from aidmodel.importers.lexicon.fields import FIELD_LABELS, is_label

__all__ = [
    "BULLETS",
    "Heading",
    "Node",
    "forget_layout",
    "is_tail",
    "outline",
    "read_heading",
    "reading_lines",
]

_HEADINGS: Final = (
    # 第一部分 总体要求, 第二章: parts above 一、, whose numbering restarts under each.
    (
        -1,
        re.compile(
            r"^(?P<number>第[一二三四五六七八九十]{1,3}\s*(?:部分|章|篇))(?![\u4e00-\u9fff]{0,2}[的中])\s*"
        ),
    ),
    (0, re.compile(r"^(?P<number>[一二三四五六七八九十]{1,3}\s*[、.])\s*")),
    # 第一条 结对关系: the articles of a plan written as rules.
    (0, re.compile(r"^(?P<number>第[一二三四五六七八九十]{1,3}条)\s*")),
    (1, re.compile(r"^(?P<number>\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\))\s*")),
    (1, re.compile(r"^(?P<number>第[一二三四五六七八九十]{1,3}\s*[,、])\s*")),
    # 【产业发展】5个项目，960万元 over （1）…（5）: a category named in lenticular brackets,
    # with no number of its own.
    (1, re.compile(r"^(?P<number>)(?=【[^【】]{2,20}】\s*\d+\s*个)")),
    # A. 产业帮扶（4个项目，1000万元） / A1 X项目。…: parts lettered, items coded after them.
    (1, re.compile(r"^(?P<number>[A-H]\s*[.、])\s*(?=[\u4e00-\u9fff])")),
    (2, re.compile(r"^(?P<number>\d{1,4}\s*[.、])(?![\d.])\s*")),
    # 1.1 X项目：… under 1.产业发展类: items numbered within their part (not 1.5万元).
    (
        3,
        re.compile(
            r"^(?P<number>\d{1,2}\.\d{1,2})(?![\d.])\s*(?![万亿元个%年月日人户亩])(?=[\u4e00-\u9fff])"
        ),
    ),
    # 01|X项目 (a full-width bar is read as |): a phone article numbers its items so.
    (2, re.compile(r"^(?P<number>\d{1,3})\s*[|]\s*(?=[\u4e00-\u9fff])")),
    (2, re.compile(r"^(?P<number>[A-H]\d{1,2})\s+(?=\S)")),
    # 1）古城镇肉牛养殖园区扩建项目，…: items numbered with a closing bracket alone.
    (2, re.compile(r"^(?P<number>\d{1,3}\s*\))\s*")),
    # 项目一 / 项目名称：…: items numbered in words on a line of their own, or before their
    # title after a space (项目一　裕民县牧民定居点供暖改造项目。…).
    # (项目1：X项目；总投资…: the same in digits.)
    (
        2,
        re.compile(
            r"^(?P<number>项目(?:[一二三四五六七八九十]{1,3}|\d{1,3}))(?:\s*(?=$|[:：])|\s+(?=\S))"
        ),
    ),
    # 第一项　且末红枣精深加工产业园提升项目。…: items counted in words, set off by a space
    # or a mark (第一项工作是… runs on in a sentence: no item).
    (
        2,
        re.compile(
            r"^(?P<number>第[一二三四五六七八九十]{1,3}项)(?:\s+|\s*[:：、.]\s*)(?=[\u4e00-\u9fff])"
        ),
    ),
    # ①达塘村香柚基地滴灌设施项目。安排资金68,000元…: items numbered with circled digits.
    (2, re.compile(r"^(?P<number>[\u2460-\u2473])\s*")),
    # ⑴万州区柑橘产业提质增效项目：…: items numbered with parenthesized digits.
    (2, re.compile(r"^(?P<number>[\u2474-\u2487])\s*")),
    # ——湟源陈醋产业园扩能提升项目：安排资金400万元…, ●X项目: items set off by a dash or
    # a bullet, with no number (BULLETS).
    (
        2,
        re.compile(
            r"^(?P<number>(?:\u2014\u2014|\uff0d\uff0d|[\u25cf\u25c6\u25a0\u25b2\u2605\u2022]))\s*(?=\S)"
        ),
    ),
)
# ▍, ▌, ■ before a heading of a phone article: a mark, no number.
_DECORATION: Final = re.compile(r"[\u2580-\u259f]\s*")
_DECORATED: Final = tuple(
    (level, re.compile(r"^\s*" + pattern.pattern.removeprefix("^"))) for level, pattern in _HEADINGS
)
#: The characters a heading of :data:`_HEADINGS` can open with (besides digits).
_HEADING_FIRST: Final = frozenset(
    "一二三四五六七八九十第(（ABCDEFGH项【\u2014\uff0d\u25cf\u25c6\u25a0\u25b2\u2605\u2022"
    + "".join(chr(c) for c in range(0x2460, 0x2488))
)
#: The marks that set off an item without numbering it (——, ●, ◆ …): its number is none.
BULLETS: Final = frozenset(
    {"\u2014\u2014", "\uff0d\uff0d", "\u25cf", "\u25c6", "\u25a0", "\u25b2", "\u2605", "\u2022"}
)
_TAIL: Final = re.compile(r"^(?:-\s*)?(?:附\s*件|抄送|抄\s*报)")


@attrs.frozen
class Heading:
    """A numbered line: its level, number and title as printed (编号, 标题).

    ``rest`` is where the text after the title starts in ``line.text`` (after its 。).
    """

    line: Line
    level: int
    number: str
    title: str
    rest: int

    @property
    def has_text(self) -> bool:
        """Whether the line says more than its number and title."""
        return bool(self.line.text[self.rest :].strip())


def forget_layout() -> None:
    """Empty the memory of :func:`read_heading` and of line widths (kept within one text)."""
    read_heading.cache_clear()
    _width.cache_clear()


@functools.lru_cache(maxsize=4096)  # asked of one line by several stages
def read_heading(line: Line) -> Heading | None:
    """The heading a line starts with, or ``None`` for a plain line.

    >>> from aidmodel.importers._lines import split_lines
    >>> h = read_heading(split_lines("（1） 深化产业合作。以产业兴旺为着力点")[0])
    >>> h.level, h.number, h.title, h.has_text
    (1, '（1）', '深化产业合作', True)
    """
    norm = line.norm
    marked = _DECORATION.match(norm)
    if marked is not None:
        # ▍二、项目计划: a phone article's mark before a heading is none of it.
        norm = " " * marked.end() + norm[marked.end() :]
    opening = norm[marked.end() if marked else 0 : (marked.end() if marked else 0) + 1]
    if opening not in _HEADING_FIRST and not opening.isdigit():
        return None  # (a plain line, most lines: no pattern of _HEADINGS can match it)
    for level, pattern in _DECORATED if marked else _HEADINGS:
        match = pattern.match(norm)
        if match is None:
            continue
        start = match.end()
        label = _LABEL_START.match(line.norm[start:])
        word = "" if label is None else label.group().rstrip(":：").replace(" ", "")
        if is_label(word) and FIELD_LABELS.get(word) != "name":
            # （1）建设内容：…；（2）实施地点：…: numbered fields of an item, no heading
            # (（1）项目名称：… is an item, named by its field).
            return None
        stop = _title_end(line.norm, start)
        end = len(line.norm) if stop < 0 else stop
        title = line.text[start:end].strip().lstrip(":：").strip()
        rest = len(line.text) if stop < 0 else stop + 1
        first = _AMOUNT_FIRST.match(line.norm, start)
        if first is not None:
            # 1）安排200万元，用于X项目：建设…: the money first, the project it is for after it.
            title, rest = line.text[first.start("name") : first.end("name")].strip(), start
        marked = _MARKED_TITLE.match(line.text, start)
        priced = _AMOUNT_MARKED.match(line.norm, start)
        dashed = _DASHED_PRICE.match(line.norm, start)
        if dashed is not None:
            # （1）X项目——320万元（县农业农村局）: the name, a dash, its money.
            title, rest = dashed.group("name").strip(), dashed.start("amount")
        elif priced is not None:
            # 1.【400万元】X项目：在…新建…: the money in the brackets, the name after them.
            title, rest = priced.group("name").strip(), priced.start("amount")
        elif marked is not None:
            # 1.【X项目】在西湖区购置标准厂房…: the name in its brackets, the rest after them.
            title, rest = marked.group("title").strip(), marked.end()
        figures = _FIGURES_AFTER.search(title)
        if figures is not None and figures.start() > 0:
            # 产业发展类（2个，资金500万元）: the figures are the section's, not its title.
            rest = line.text.index(figures.group(), start)
            title = title[: figures.start()].rstrip()
        counted = _COUNT_AFTER.search(title)
        if counted is not None and counted.start() >= 2 and level <= 1:
            # （一）产业发展类项目4个，安排资金1460万元: the count and money are the part's.
            rest = (
                line.text.index(counted.group(), start) + counted.start("count") - counted.start()
            )
            title = title[: counted.start()].rstrip()
        labelled = _FIELD_AFTER.search(title)
        if labelled is not None and labelled.start() >= 2 and is_label(labelled.group("label")):
            # 1.X项目（实施单位：县农业农村局）。…: the field in brackets is the item's.
            rest = line.text.index(labelled.group(), start)
            title = title[: labelled.start()].rstrip()
        amount = _AMOUNT_AFTER.search(title)
        if amount is not None and amount.start() >= 2 and (stop < 0 or line.norm[stop] in "。;"):
            # 1.西江镇茶旅融合示范基地建设项目260万元。: the amount after the name is its money.
            rest = line.text.index(amount.group(), start) + amount.start("amount") - amount.start()
            title = title[: amount.start()].rstrip()
        named = _NAME_FIELD.match(title)
        if named is not None and named.end() < len(title):
            # （1）项目名称：X: the item is named by its field; its title is the name.
            title = title[named.end() :].strip()
        number = line.text[match.start("number") : match.end("number")].strip()
        if not title and number.startswith("项目"):
            title = number  # 项目一: the item's name is its 项目名称 field
        if not title:
            return None
        return Heading(line, level, number, title, rest)
    return None


# An item that writes its money before the project it is for: 安排200万元，用于X项目：….
_AMOUNT_FIRST: Final = re.compile(
    r"\s*(?:安排|投入|下达|补助)(?:资金)?\s*\d+(?:\.\d+)?\s*(?:万元|元|亿元)\s*,\s*用于"
    r"(?P<name>[^:;,。]{2,60}?(?:项目|工程))\s*(?=[:(]|$)"
)
# The item's money in lenticular brackets before its name: 【400万元】X项目：….
_AMOUNT_MARKED: Final = re.compile(
    r"\s*[【〖\[]\s*(?P<amount>\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元))\s*[】〗\]]"
    r"\s*(?P<name>[^:;,。]{2,60}?)\s*(?=:|$)"
)
# （1）X项目——320万元（县农业农村局）: a name, a double dash and its money (a single dash
# joins two places in a name: 东阳—营山劳务协作项目).
_DASHED_PRICE: Final = re.compile(
    r"\s*(?P<name>[^:;,。]{2,60}?)\s*(?:——|－－|--)\s*"
    r"(?P<amount>\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元))"
)
# A title set in lenticular brackets at the start of an item: 【X项目】, 〖X项目〗.
_MARKED_TITLE: Final = re.compile(r"\s*[【〖\[](?P<title>[^【】〖〗\[\]]{2,60})[】〗\]]\s*[:：]?")
# A bracket closing a title that holds its figures: （2个，资金500万元）, (3个项目),
# （项目三个，资金一千六百五十万元）.
_FIGURES_AFTER: Final = re.compile(
    r"[(（][^()（）]*(?:\d[^()（）]*(?:个|万元|亿元|元)"
    r"|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]*[个元])"
    r"[^()（）]*[)）]$"
)


# A count closing a part's title: 产业发展类项目4个, 乡村建设类5个项目.
_COUNT_AFTER: Final = re.compile(r"(?<=类)(?:项目)?\s*(?P<count>\d+\s*个(?:项目)?)$")
# A field in brackets closing a heading's title: （实施单位：县农业农村局）.
_FIELD_AFTER: Final = re.compile(r"[(（]\s*(?P<label>[\u4e00-\u9fff]{2,8})\s*[:：][^()（）]*[)）]$")
# An amount closing a heading's title, with a bracket of words after it:
# 西江镇茶旅融合示范基地建设项目260万元, 西江镇人民政府420万元（由西江镇人民政府组织实施）.
_AMOUNT_AFTER: Final = re.compile(
    r"(?<=[\u4e00-\u9fff”)）])\s*(?P<amount>\d+(?:\.\d+)?\s*(?:万元|亿元|元))"
    r"\s*(?:[(（][^()（）\d]*[)）])?$"
)


def _title_end(norm: str, start: int) -> int:
    """Where a heading's title ends: at its 。 or ；, at a bracket of money after a project's
    name (1.X项目（安排资金380万元）…), or at a ， or ： outside brackets when figures follow
    in the sentence (3、色须镇村道硬化项目：硬化村道6.5公里，项目资金…), not when words do
    (参与移风易俗，改变彝区陋习补助项目); -1 at none."""
    depth = 0
    for index in range(start, len(norm)):
        char = norm[index]
        if (
            char == "("
            and depth == 0
            and index - start >= 4
            and norm[index - 2 : index] in ("项目", "工程")
        ):
            close = norm.find(")", index)
            if close > 0 and _AMOUNT.search(norm, index, close):
                # 1.X项目（安排资金380万元，已拨付380万元），由…实施，已完工。: the bracket
                # after the project's name holds its figures; the title ends before it.
                return index
        if (
            depth == 0
            and index - start >= 4
            and norm[index - 2 : index] in ("项目", "工程")
            # 1. X项目  计划600万元  拨付420万元  在建: figures set off by spaces after the name;
            # （1）X项目——新建…。（资金420万元，…）: a dash after the name opens its content.
            and ((char == " " and _AMOUNT.search(norm, index)) or norm.startswith("——", index))
        ):
            return index
        if char in "(《“[":
            depth += 1
        elif char in ")》”]":
            depth = max(depth - 1, 0)
        elif char in "。;":
            return index
        elif (
            char in ",:"
            and depth == 0
            and index - start >= 2
            # (7,600,000元: a thousands separator inside a figure ends nothing)
            and not (norm[index - 1 : index].isdigit() and norm[index + 1 : index + 2].isdigit())
        ):
            sentence = norm.find("。", index)
            if _DIGIT.search(norm, index, len(norm) if sentence < 0 else sentence):
                return index
    return -1


_DIGIT: Final = re.compile(r"\d")
# An amount of money: 380万元, 1.18亿元, 2,676.5万元, 伍佰万元.
_AMOUNT: Final = re.compile(
    rf"\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)|[{NUMERAL_DIGITS}十拾][{NUMERAL_DIGITS}{NUMERAL_UNITS}]*元"
)


@attrs.define
class Node:
    """A heading with the lines and headings under it (the root has no heading)."""

    heading: Heading | None
    body: list[Line] = attrs.field(factory=list)
    children: list[Node] = attrs.field(factory=list)

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, in text order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def lines(self) -> list[Line]:
        """Every line of this node and below it, in text order."""
        found = [self.heading.line] if self.heading else []
        found.extend(self.body)
        for child in self.children:
            found.extend(child.lines())
        return sorted(found, key=lambda line: line.number)

    def last_line(self) -> int:
        """The number of the last non-blank line of this node and below it."""
        numbers = [line.last for line in self.lines() if not line.blank]
        return max(numbers) if numbers else 1


def outline(lines: Sequence[Line]) -> Node:
    """The tree of headings over some lines; plain lines go to the innermost heading."""
    root = Node(None)
    stack: list[tuple[int, Node]] = [(-2, root)]
    written = [line for line in lines if not line.blank]
    after = {a.number: b for a, b in itertools.pairwise(written)}
    found = [
        (line, read_heading(line) or _enumerated_item(line, after.get(line.number)))
        for line in lines
    ]
    found = _cards(found)
    swapped = _swapped_levels([heading for _, heading in found if heading is not None])
    for line, heading in found:
        above = stack[-1][1]
        if (
            heading is None
            and above.heading is not None
            and (
                (
                    above.heading.level <= 1
                    and not above.children
                    and not any(not b.blank for b in above.body)
                )
                # 甲项目。… / 乙项目。…: items written without numbers, one a line, go on.
                or (above.heading.level == 2 and above.heading.number == "")
            )
        ):
            heading = _unnumbered_item(line) or _verb_item(line)
        if heading is None:
            if _TOTAL_LINE.match(line.norm):
                # 合计：项目9个，帮扶资金1280万元 after a list: the whole list's, no item's.
                root.body.append(line)
                continue
            if _SUBTOTAL_LINE.match(line.norm):
                # 产业发展类项目小计：4个，援青资金1040万元。 after the part's last item: the
                # part's own line, not its last item's.
                part = next((n for level, n in reversed(stack) if level <= 1), root)
                part.body.append(line)
                continue
            stack[-1][1].body.append(line)
            continue
        if line.number in swapped:
            heading = attrs.evolve(heading, level=swapped[line.number])
            level = heading.level
        else:
            level = _nested_level(heading, stack)
        if level != heading.level:
            heading = attrs.evolve(heading, level=level)
        while stack[-1][0] >= heading.level:
            stack.pop()
        node = Node(heading)
        stack[-1][1].children.append(node)
        stack.append((heading.level, node))
    return root


# A part's 小计 written as a line of prose: 产业发展类项目小计：4个，援青资金1040万元。
_SUBTOTAL_LINE: Final = re.compile(r"^\s*[\u4e00-\u9fff]{0,20}小计\s*[:：]")
# A list's 合计 written as a line of prose after its last item: 合计：项目9个，…1280万元.
_TOTAL_LINE: Final = re.compile(r"^\s*(?:合\s*计|总\s*计)\s*[:：]")
# 项目名称：X at the start of a line: the first field of a project written as a card.
_CARD_NAME: Final = re.compile(r"^\s*项目名称\s*:")


def _cards(found: list[tuple[Line, Heading | None]]) -> list[tuple[Line, Heading | None]]:
    """Projects written as cards without numbers under a part (（一）产业发展类项目（5个） /
    项目名称：X / 建设地点：… / 补助资金：… / blank / 项目名称：Y …): where parts (or the text
    before any heading) hold two or more lines that open with 项目名称：, each opens an item
    of its own, a heading of the items' level whose title is the label (the name its field).

    >>> from aidmodel.importers._lines import split_lines
    >>> lines = split_lines("（一）产业类\\n项目名称：甲项目\\n补助资金：10万元\\n项目名称：乙项目\\n补助资金：5万元")
    >>> [(h.level, h.title) if h else None for _, h in _cards([(x, read_heading(x)) for x in lines])]
    [(1, '产业类'), (2, '项目名称'), None, (2, '项目名称'), None]
    """
    groups: dict[int, list[int]] = {}
    owner = -1
    for index, (line, heading) in enumerate(found):
        if heading is not None:
            # （1）X项目 / 项目名称：X项目: an item's card under its own heading, no card alone.
            own = heading.level <= 1 and not re.search(r"(?<!类)(?:项目|工程)$", heading.title)
            owner = index if own else -2
        elif owner != -2 and _CARD_NAME.match(line.norm):
            groups.setdefault(owner, []).append(index)
    result = list(found)
    if sum(len(indexes) for indexes in groups.values()) < 2:
        return result
    for indexes in groups.values():
        for index in indexes:
            line = found[index][0]
            start = line.norm.index("项目名称")
            result[index] = (line, Heading(line, 2, "", "项目名称", start))
    return result


# The numerals of a heading's number (and its spaces), and one numeral of it.
_NUMERALS: Final = re.compile(r"[一二三四五六七八九十\d\s]+")
_NUMERAL: Final = re.compile(r"[一二三四五六七八九十]{1,3}|\d{1,4}")


def _style(heading: Heading) -> tuple[int, str]:
    """A heading's numbering style: its level and its number without the numeral
    (（一） and （1） are one style, as their level says; 1. and 1、 are two)."""
    return heading.level, _NUMERALS.sub("", heading.line.norm[: len(heading.number)])


def _value(heading: Heading) -> int | None:
    numeral = _NUMERAL.search(heading.line.norm[: len(heading.number)])
    return None if numeral is None else count_value(numeral.group())


def _swapped_levels(headings: Sequence[Heading]) -> dict[int, int]:
    """Levels of headings whose styles are written the other way round, by line number.

    The usual order is 一、 over （一） over 1.; some plans write a deeper style above a
    shallower one (1.产业发展 / （一）…项目 / （二）… / 2.乡村建设 / （一）…). Where, between
    two headings of a shallower style than both, the first heading is of the deeper style
    B, B numbers on (1, 2, 3) and either the other style A starts again at 一 below two B
    headings or more and nowhere else, or A numbers on through them and each B heading is
    followed right away by an A heading (1.产业振兴（4个项目） / （一）… / 2.乡村建设 / （五）…),
    B is the outer level there and A the inner one."""
    # Each heading's style and value, and the style of the heading after it, found once.
    style = {h.line.number: _style(h) for h in headings}
    value = {h.line.number: _value(h) for h in headings}
    style_after = {a.line.number: style[b.line.number] for a, b in itertools.pairwise(headings)}
    swapped: dict[int, int] = {}
    styles = {style[h.line.number] for h in headings if h.level >= 0}
    for outer_style in styles:
        for inner_style in styles:
            if not outer_style[0] < inner_style[0]:
                continue
            # outer_style: the shallower by default (A); inner_style: the deeper (B).
            top = min(outer_style[0], inner_style[0])
            segment: list[tuple[int, tuple[int, str], int | None]] = []
            for heading in [*headings, None]:
                if heading is None or heading.level < top:
                    swapped.update(_swap_segment(segment, outer_style, inner_style, style_after))
                    segment = []
                elif (written := style[heading.line.number]) in (outer_style, inner_style):
                    segment.append((heading.line.number, written, value[heading.line.number]))
    return swapped


def _swap_segment(
    segment: Sequence[tuple[int, tuple[int, str], int | None]],
    shallow: tuple[int, str],
    deep: tuple[int, str],
    style_after: dict[int, tuple[int, str]],
) -> dict[int, int]:
    """The levels of one segment's headings (line, style, value) swapped, or ``{}``."""
    if not segment or segment[0][1] != deep:
        return {}
    deep_values = [v for _, s, v in segment if s == deep]
    if deep_values != list(range(1, len(deep_values) + 1)):
        return {}
    swap = {line: shallow[0] if s == deep else deep[0] for line, s, _ in segment}
    shallow_values = [v for _, s, v in segment if s == shallow]
    if (
        len(deep_values) >= 2
        and shallow_values == list(range(1, len(shallow_values) + 1))
        and all(style_after.get(line) == shallow for line, s, _ in segment if s == deep)
    ):
        return swap  # categories over items numbered on through them
    restarts = 0
    for (_, before, _), (_, written, number) in itertools.pairwise(segment):
        if written == shallow and number == 1:
            if before != deep:
                return {}
            restarts += 1
    if restarts < 2:
        # One restart may be a new list (（二）…7、8、 / 一、要求…): not evidence enough.
        return {}
    return swap


# 望丰乡银球茶标准化茶园提升项目200万元。…: an item without a number, named and priced.
_UNNUMBERED_ITEM: Final = re.compile(
    r"^(?P<title>[^,，;；:：。()（）\d]{2,40}?(?:项目|工程))\s*(?=\d+(?:\.\d+)?\s*(?:万元|亿元|元))"
    # 甲村茶园提升项目。提升茶园1200亩。安排资金200万元，…: the name as a sentence of its own,
    # the money later in the line.
    r"|^(?![一二三四五六七八九十]{1,2}是|实施|建设)"
    r"(?P<named>[^,，;；:：。()（）\d]{2,40}?(?:项目|工程))\s*[。.](?=.*?\d(?:\.\d+)?\s*(?:万元|亿元|元))"
)


_NAME_FIELD: Final = re.compile(r"(?:项目名称|名称)\s*[:：]\s*")
# 实施X项目，新建…，安排帮扶资金260万元，由…牵头: an item opened by its verb, no number.
_VERB_ITEM: Final = re.compile(
    r"^\s*(?:实施|建设|开展)(?P<title>[^,，;；:：。()（）]{2,40}?(?:项目|工程))\s*[,，](?=.*?\d\s*(?:万元|亿元|元))"
)


def _verb_item(line: Line) -> Heading | None:
    """An item written as a sentence opened by its verb, without a number, its money later in
    it (实施甲村茶园项目，新建…，安排帮扶资金260万元…): a heading of the items' level.

    >>> from aidmodel.importers._lines import split_lines
    >>> h = _verb_item(split_lines("　　实施甲村茶园项目，新建茶园500亩，安排帮扶资金260万元。")[0])
    >>> h.level, h.number, h.title
    (2, '', '甲村茶园项目')
    """
    found = _VERB_ITEM.match(line.norm)
    if found is None:
        return None
    return Heading(line, 2, "", found.group("title").strip(), found.end())


def _unnumbered_item(line: Line) -> Heading | None:
    """The one item of a part written without a number, on the first line under its
    heading (三、望丰乡人民政府200万元 / 望丰乡银球茶标准化茶园提升项目200万元。…): a heading of
    the items' level with no number.

    >>> from aidmodel.importers._lines import split_lines
    >>> h = _unnumbered_item(split_lines("甲村茶园提升项目200万元。提升茶园1200亩。")[0])
    >>> h.level, h.number, h.title, h.line.text[h.rest :]
    (2, '', '甲村茶园提升项目', '200万元。提升茶园1200亩。')
    """
    found = _UNNUMBERED_ITEM.match(line.norm)
    if found is None:
        return None
    if found.group("named") is not None:
        return Heading(line, 2, "", found.group("named").strip(), found.end())
    return Heading(line, 2, "", found.group("title").strip(), found.end())


# 一是稳岗就业. on a line of its own: an item's title when labelled fields follow it.
_ENUMERATED_TITLE: Final = re.compile(
    r"^\s*(?P<number>[一二三四五六七八九十]{1,2}是)\s*(?P<title>[^,，;；:：。.]{2,30}?)\s*[.。]?\s*$"
)


def _enumerated_item(line: Line, following: Line | None) -> Heading | None:
    """An item numbered 一是/二是 on a line of its own, followed by its fields
    (项目名称：…): a heading of the items' level, like 1.

    >>> from aidmodel.importers._lines import split_lines
    >>> first, second = split_lines("二是技能培训.\\n项目名称:定向培训项目")
    >>> h = _enumerated_item(first, second)
    >>> h.level, h.number, h.title
    (2, '二是', '技能培训')
    >>> _enumerated_item(first, split_lines("开展培训600人次。")[0]) is None
    True
    """
    found = _ENUMERATED_TITLE.match(line.norm)
    if found is None or following is None or _LABEL_START.match(following.text) is None:
        return None
    return Heading(line, 2, found.group("number"), found.group("title"), len(line.text))


_ARABIC_PAREN: Final = re.compile(r"^\(\s*(\d{1,2})\s*\)$")
_DEEPEST: Final = 3


def _paren_number(heading: Heading) -> int | None:
    found = _ARABIC_PAREN.match(heading.line.norm[: len(heading.number)].replace(" ", ""))
    return int(found.group(1)) if found else None


def _leads_to_items(body: Sequence[Line]) -> bool:
    """Whether a heading's body so far is empty, or a sentence that ends in a colon, leading
    to the list below it (支持…安排帮扶资金470万元，实施项目4个：)."""
    written = [line for line in body if not line.blank]
    return not written or written[-1].norm.rstrip().endswith(":")


def _nested_level(heading: Heading, stack: Sequence[tuple[int, Node]]) -> int:
    """The level of a heading in its place: （1） is the level of （一） (seed 000 numbers its
    categories （1） （二） … （6）), unless it restarts a list below a 1. item
    (（一）产业协作 / 1.产业园区共建 / （1）…项目), where it is one level deeper."""
    number = _paren_number(heading)
    if number is None or heading.level != 1:
        return heading.level
    deeper = [node for level, node in stack if level == _DEEPEST]
    if deeper and deeper[-1].heading is not None:
        last = _paren_number(deeper[-1].heading)
        if last is not None and number == last + 1:
            return _DEEPEST  # （2） after （1） below the same 1. item
    above = stack[-1][1]
    if (
        stack[-1][0] == 1
        and above.heading is not None
        # (（一）产业类, or 【产业发展】5个项目 with no number of its own)
        and (_CHINESE_PAREN.match(above.heading.number) or above.heading.number == "")
        and not above.children
        and _leads_to_items(above.body)
    ):
        # （一）产业发展项目（4个） / （1）…项目 … （二）就业帮扶项目 / （5）…: items numbered
        # on through their categories, right below a category heading, are its items (after
        # the category's own sentence that leads to them, …实施项目4个：, where it has one).
        return _DEEPEST
    siblings = 0
    for level, node in reversed(stack):
        if level < 1:
            siblings = sum(
                1 for child in node.children if child.heading and child.heading.level == 1
            )
            break
    if number == siblings + 1:
        return 1  # continues （一）（二）…: a sibling
    if number == 1 and stack[-1][0] == 2:
        return _DEEPEST  # a new list inside a 1. item
    if stack[-1][0] == 2 and number == _last_paren_before(stack) + 1:
        # 1.特色产业发展 / （1）（2）（3） / 2.乡村旅游 / （4）…: items numbered on through the
        # 1. 2. items that group them are those items' items.
        return _DEEPEST
    return 1


def _last_paren_before(stack: Sequence[tuple[int, Node]]) -> int:
    """The number of the last （N） heading written before the open item, in the items before
    it under the same parent, else in the parts before its parent; 0 where none is."""
    for depth in range(len(stack) - 1, 0, -1):
        node, parent = stack[depth][1], stack[depth - 1][1]
        before = parent.children[: parent.children.index(node)] if node in parent.children else []
        for sibling in reversed(before):
            for inner in reversed(list(sibling.walk())):
                if inner.heading is not None and (found := _paren_number(inner.heading)):
                    return found
    return 0


_CHINESE_PAREN: Final = re.compile(r"^[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]$")


def is_tail(line: Line) -> bool:
    """Whether a line starts the tail of a plan: 附件, 抄送."""
    return bool(_TAIL.match(line.norm))


# -- lines as read: page numbers out, hard-wrapped sentences joined ------------------------

_SENTENCE_END: Final = "。;!?:"
_INDENT: Final = " \t\u3000\u00a0"
# A label opening a line (实施地点：, 责 任 单 位：) starts a field, not a continuation.
_LABEL_START: Final = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]*){2,8}[:：]")


@functools.lru_cache(maxsize=4096)  # a line's width is asked for more than once
@functools.lru_cache(maxsize=4096)
def _width(text: str) -> int:
    """The printed width of a text: a wide (CJK, full-width) character counts two (kept for
    the lines of the text being read, which are measured more than once)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# A line that opens with a label of a few words and its colon: a field line.
_FIELD_LINE: Final = re.compile(r"^[^,。;:]{2,12}:")


def reading_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines of a body as they are read: page numbers and other chrome out, and each
    sentence that PDF extraction hard-wrapped joined into one :class:`Line` (its source
    lines kept in ``breaks``), across a page break too.

    A line continues on the next one when it is as wide as the text's wrap width (the
    widest lines, when at least three reach it), does not end a sentence (。；：), and
    the next line is neither indented, a heading, a label (实施地点：), a table row nor blank; between
    them there may be blank lines only around chrome (— 2 —, 第 3 页). Text with one
    paragraph per line (Word, web pages) has no wrap width and is left as it is.

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "\u3000\u3000甲" + "乙" * 30 + "，带\\n\\n- 4 -\\n\\n动就业50人。\\n\u3000\u3000丙" + "丁" * 31
    >>> text += "。\\n\u3000\u3000戊" + "己" * 31 + "。\\n（二）劳务协作"
    >>> [(line.number, line.last, line.text[-8:]) for line in reading_lines(split_lines(text))]
    [(1, 5, '带动就业50人。'), (6, 6, '丁丁丁丁丁丁丁。'), (7, 7, '己己己己己己己。'), (8, 8, '（二）劳务协作')]
    """
    chrome = page_chrome(lines)
    kept = [line for line in lines if line.number not in chrome]
    widths = [_width(line.raw.rstrip()) for line in kept if not line.blank]
    wrap = max(widths, default=0) * 4 // 5
    if sum(1 for w in widths if w >= wrap) < 3:
        # A few long lines of another kind (an attachment written one paragraph a line) may
        # hide the wrap width: the lines cut mid-sentence say it.
        cut = [
            _width(line.raw.rstrip())
            for line in kept
            if not line.blank
            and line.norm[-1:] not in _SENTENCE_END
            and "\t" not in line.raw
            and not _FIELD_LINE.match(line.norm)  # field lines: 资金构成（万元）：…
            and read_heading(line) is None
        ]
        wrap = _wrap_width(cut) * 4 // 5
    result: list[Line] = []
    group: list[Line] = []
    index = 0
    while index < len(kept):
        line = kept[index]
        index += 1
        group.append(line)
        following = index
        while following < len(kept) and kept[following].blank:
            following += 1
        gap = range(line.number + 1, kept[following].number if following < len(kept) else 0)
        if (
            not line.blank
            and following < len(kept)
            and any(n in chrome for n in gap)
            and _split_label(line, kept[following])
        ):
            index = following  # 资金规 / — 2 — / 模：260万元: one label, cut by the page break
            continue
        if line.blank or (not wrap and line.norm.rstrip()[-1:] != "、"):
            result.append(_read_as_one(group))
            group = []
            continue
        if (
            following < len(kept)
            and _continues(line, kept[following], wrap)
            and (following == index or any(n in chrome for n in gap))
        ):
            index = following
            continue
        result.append(_read_as_one(group))
        group = []
    return result


def _wrap_width(widths: Sequence[int]) -> int:
    """The width PDF extraction wrapped a text at, from the widths of lines cut mid-sentence:
    the widest that four lines or more reach within two columns (a line cut before a
    half-width character is a column short), of 40 columns at least; 0 when none is.

    >>> _wrap_width([56, 56, 55, 54, 20, 300]), _wrap_width([40, 40, 12, 300])
    (56, 0)
    """
    ascending = sorted(widths)
    for index in range(len(ascending) - 1, -1, -1):
        width = ascending[index]
        near = bisect.bisect_left(ascending, width - 2)
        if width >= 40 and index - near + 1 >= 4:
            return width
    return 0


def page_chrome(lines: Sequence[Line]) -> set[int]:
    """The numbers of the lines that are page furniture: chrome (— 2 —, 第 3 页, 当前位置…) and
    running headers, a line written again beside a page number (the plan's title above each
    page of a PDF).

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "甲县2025年项目实施方案\\n一、项目\\n1.甲项目\\n- 1 -\\n甲县2025年项目实施方案\\n2.乙项目"
    >>> sorted(page_chrome(split_lines(text)))
    [4, 5]
    """
    flagged = [line for line in lines if is_chrome(line)]
    chrome = {line.number for line in flagged}
    pages = {line.number for line in flagged if not line.blank}
    texts: dict[str, list[int]] = {}
    for line in lines:
        if not line.blank and line.number not in chrome and len(line.norm) <= 60:
            texts.setdefault(line.norm.strip(), []).append(line.number)
    written = [line for line in lines if not line.blank]
    for index, line in enumerate(written):
        if len(texts.get(line.norm.strip(), ())) < 2 or read_heading(line) is not None:
            continue
        neighbours = written[max(index - 1, 0) : index] + written[index + 1 : index + 2]
        if any(n.number in pages for n in neighbours):
            chrome.add(line.number)
    return chrome


def _split_label(line: Line, after: Line) -> bool:
    """Whether a page break cut a label in two: 资金规 / 模：260万元."""
    return _label_across(line.text.strip(), after)


def _cut_label(line: Line, after: Line) -> bool:
    """Whether a line ends with the first characters of a label whose rest opens the next
    line (…实施单位：泰来县水务局。完 / 成时限：2025年9月底前。)."""
    norm = line.norm.rstrip()
    return _label_across(norm[max(norm.rfind(mark) for mark in "。;,:、") + 1 :], after)


def _label_across(head: str, after: Line) -> bool:
    """Whether ``head`` (at most 6 characters) and the words that open the next line up to
    their colon are one label, and those words alone none."""
    rest = after.text.lstrip()
    colon = re.search("[:：]", rest)
    return (
        0 < len(head) <= 6
        and colon is not None
        and is_label(head + rest[: colon.start()])
        and not is_label(rest[: colon.start()])
    )


def _read_as_one(group: list[Line]) -> Line:
    """The lines of a group as one line; a single line as it is unless a label in it is
    spaced out letter by letter."""
    if len(group) == 1 and close_spacing(group[0].text) == group[0].text:
        return group[0]  # (what join_lines would give has the same text: not made)
    return join_lines(group)


def _open_bracket(norm: str) -> bool:
    """Whether a line leaves a bracket open (…共计1260万元（大写：): its sentence goes on."""
    return norm.count("(") > norm.count(")")


_ENDS_WITH_LABEL: Final = re.compile(r"[;；,，。]\s*[\u4e00-\u9fff]{2,8}\s*:$")


# A line that stops inside a clause: after a comma, a 、 or a word that leads on (其中, 及, 和).
_MID_CLAUSE: Final = re.compile(
    r"(?:[,、]|其中|以及|及|和|与|用于|安排|[\u4e00-\u9fff]\d{4}年)\s*$"
)


def _continues(line: Line, after: Line, wrap: int) -> bool:
    """Whether a line's sentence goes on in the line after it."""
    return (
        # (…哈巴河县1250万元、 / 吉木乃县1050万元: a list cut after its 、 goes on, however short
        # the line.)
        (
            (wrap > 0 and _width(line.raw.rstrip()) >= wrap)
            or line.norm.rstrip()[-1:] == "、"
            # …其中北京援疆资金 / 1.18亿元（大写：…）: an amount opens no paragraph of its own.
            or (wrap > 0 and _AMOUNT.match(after.norm) is not None)
            # …对口支援资金2126.5万元，其中 / 天津市…: half-width figures make a full line
            # narrower; one that stops mid-clause, near the width, goes on all the same.
            or (
                wrap > 0
                and _width(line.raw.rstrip()) * 10 >= wrap * 7
                and (
                    _MID_CLAUSE.search(line.norm) is not None
                    # …，项目业主： / 康马县卫生健康委员会，…: a label waiting for its value.
                    or (line.norm[-1:] == ":" and _ENDS_WITH_LABEL.search(line.norm) is not None)
                )
            )
            # …水务局。完 / 成时限：…: a label cut in two by the wrap.
            or (wrap > 0 and _cut_label(line, after))
        )
        and (
            line.norm[-1:] not in _SENTENCE_END
            or _open_bracket(line.norm)
            # 项目资金： / 380万元；…: a field's label at the end, its value on the next line.
            or (line.norm[-1:] == ":" and _ENDS_WITH_LABEL.search(line.norm) is not None)
        )
        and "\t" not in line.raw + after.raw  # a table row is not a sentence
        and after.raw[:1] not in _INDENT
        and (not _LABEL_START.match(after.text) or _cut_label(line, after))
        and read_heading(after) is None
        and not is_tail(after)
    )
