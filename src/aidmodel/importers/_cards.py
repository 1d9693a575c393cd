"""Tables written as cards (卡片): each row a block of ``label：value`` lines, rewritten with tabs.

A web page read on a phone, or a table copied out of one, writes each row of a table as a
block of its own, one cell a line under its header label, the blocks apart::

    序号：1
    项目名称：花马池镇滩羊养殖园区提升项目
    资金规模（万元）：380
    实施单位：花马池镇人民政府

This stage finds two such blocks or more in a row, each opening with its number (序号：1)
and naming its project (项目名称), and writes them as one tab-separated table: the labels in
the order they first appear make the header, each block a row on the line of its number.
The header takes the blank line above the first block (or that block's first line, its row
then taking the next). A line of a block without a label continues the cell above it. The
other lines of the blocks become blank. A cell keeps the line it was written on: the row
is a line read as one (:attr:`~aidmodel.importers._lines.Line.breaks`), so every amount in
it is accounted for on its own line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel.importers._lines import Line, normalise
from aidmodel.importers.lexicon.fields import is_label

__all__ = ["card_tables", "grid_fields"]

# 序号：1, 项目名称：X, 资金规模（万元）：380 — a label of a few words, a colon, its value.
_CELL: Final = re.compile(
    r"^(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff()（）/、]{0,15}?)\s*[:：]\s*(?P<value>.*)$"
)
_NUMBER_LABEL: Final = re.compile("^(?:序号|编号)$")
_BLANKS: Final = re.compile(r"\s+")
_NAME_LABEL: Final = re.compile("^(?:项目名称|名称)$")
_BLANK: Final = ""


@attrs.frozen
class _Card:
    lines: tuple[Line, ...]
    cells: tuple[tuple[str, str, int], ...]  # label, value, line number


def _card(block: Sequence[Line]) -> _Card | None:
    """A block read as a card, or ``None`` when it is not one (its first line is no
    number, it names no project, or a line before its first label has no label)."""
    cells: list[list[object]] = []
    for line in block:
        found = _CELL.match(line.text)
        if found is not None:
            label = re.sub(r"\s+", "", found.group("label"))
            cells.append([label, found.group("value").strip(), line.number])
        elif cells:
            cells[-1][1] = f"{cells[-1][1]}{line.text}"  # a wrapped value
        else:
            return None
    if len(cells) < 3 or not _NUMBER_LABEL.match(normalise(str(cells[0][0]))):
        return None
    if not re.fullmatch(r"\d{1,4}", normalise(str(cells[0][1]))):
        return None
    if not any(_NAME_LABEL.match(str(label)) for label, _, _ in cells):
        return None
    labels = [str(label) for label, _, _ in cells]
    if len(set(labels)) != len(labels):
        return None
    return _Card(tuple(block), tuple((str(a), str(b), int(str(c))) for a, b, c in cells))


def _opens_card(line: Line) -> bool:
    found = _CELL.match(line.text)
    return (
        found is not None and _NUMBER_LABEL.match(_BLANKS.sub("", found.group("label"))) is not None
    )


def _blocks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The runs of non-blank lines, each cut again before every line that opens a card
    (序号：2 right under the last line of card 1), as (first index, end index)."""
    runs = []
    index = 0
    while index < len(lines):
        if lines[index].blank:
            index += 1
            continue
        start = index
        index += 1
        while index < len(lines) and not lines[index].blank and not _opens_card(lines[index]):
            index += 1
        runs.append((start, index))
    return runs


def _row(number: int, cells: Sequence[tuple[str, int]]) -> Line:
    """A row of cells, each from its own source line, read as one line from ``number``."""
    text = ""
    breaks: list[tuple[int, int]] = []
    last = number
    for index, (value, at) in enumerate(cells):
        if index:
            text += "\t"
        if at > last and value:
            breaks.append((len(text), at))
            last = at
        text += value
    return Line(number, text, text, normalise(text), tuple(breaks))


def card_tables(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The lines with every run of two cards or more written as a tab-separated table.

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "附表\\n\\n序号：1\\n项目名称：甲项目\\n金额（万元）：120\\n\\n序号：2\\n项目名称：乙项目\\n金额（万元）：80"
    >>> [line.raw for line in card_tables(split_lines(text))]
    ['附表', '序号\\t项目名称\\t金额（万元）', '1\\t甲项目\\t120', '', '', '', '2\\t乙项目\\t80', '', '']
    """
    result = list(lines)
    runs = _blocks(result)
    cards = [(start, end, _card(result[start:end])) for start, end in runs]
    index = 0
    while index < len(cards):
        group = []
        while index < len(cards) and cards[index][2] is not None:
            group.append(cards[index])
            index += 1
        if len(group) < 2:
            index += 1
            continue
        labels: list[str] = []
        for _, _, card in group:
            assert card is not None
            labels += [label for label, _, _ in card.cells if label not in labels]
        first_start = group[0][0]
        header_at = first_start - 1
        for position, (start, end, card) in enumerate(group):
            assert card is not None
            values = {label: (value, at) for label, value, at in card.cells}
            row_at = start
            if position == 0 and (header_at < 0 or not result[header_at].blank):
                header_at, row_at = start, start + 1  # no blank line above: the first line
            for spent in range(start, end):
                result[spent] = attrs.evolve(
                    result[spent], raw=_BLANK, text=_BLANK, norm=_BLANK, breaks=()
                )
            number = result[row_at].number
            result[row_at] = _row(number, [values.get(label, ("", number)) for label in labels])
        header_number = result[header_at].number
        header = "\t".join(labels)
        result[header_at] = Line(header_number, header, header, normalise(header))
    return tuple(result)


# A money label's unit (总投资（万元）): the figures it labels are in it.
_LABEL_UNIT: Final = re.compile(r"[(（]\s*(?P<unit>万元|元|亿元)\s*[)）]$")
_FIGURE: Final = re.compile(r"^[0-9][0-9,]*(?:\.[0-9]+)?$")


def _grid_cells(line: Line) -> list[tuple[str, str]] | None:
    """The label-value pairs of a line written as a grid of a project's own (建设地点 | 安绕镇 |
    建设性质 | 新建), or ``None``: every other cell a label (its unit, where it has one, cut
    off and put after its figure), one of them a field label of the lexicon at least, no value
    a label."""
    if "\t" not in line.raw:
        return None
    cells = [cell.strip() for cell in line.text.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    if not cells or len(cells) % 2 or len(cells) > 8:
        return None
    pairs: list[tuple[str, str]] = []
    known = False
    for label, value in zip(cells[0::2], cells[1::2], strict=True):
        unit = _LABEL_UNIT.search(label)
        bare = label[: unit.start()].strip() if unit else label
        if not _CELL.match(f"{bare}：") or is_label(value) or _FIGURE.match(bare):
            return None
        known = known or is_label(bare)
        if unit is not None and _FIGURE.match(value):
            value += unit.group("unit")
        pairs.append((bare, value))
    return pairs if known else None


def grid_fields(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The lines with each run of two grid lines or more (a project's own small table of
    label | value cells, as a Word plan writes a project under its numbered name) written as
    field lines, ``label：value`` joined by ；.

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "1.甲项目\\n建设地点\\t安绕镇\\t建设性质\\t新建\\n总投资（万元）\\t420\\t援藏资金（万元）\\t360"
    >>> [line.text for line in grid_fields(split_lines(text))]
    ['1.甲项目', '建设地点：安绕镇；建设性质：新建', '总投资：420万元；援藏资金：360万元']
    """
    result = list(lines)
    found = [_grid_cells(line) for line in result]
    index = 0
    while index < len(result):
        end = index
        while end < len(result) and found[end] is not None:
            end += 1
        if end - index >= 2:
            for at in range(index, end):
                pairs = found[at]
                assert pairs is not None
                text = "；".join(f"{label}：{value}" for label, value in pairs)
                result[at] = Line(result[at].number, text, text, normalise(text))
        index = max(end, index + 1)
    return tuple(result)
