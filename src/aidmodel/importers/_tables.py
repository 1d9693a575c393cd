"""Attachment tables (附件 项目计划表) as text extraction gives them (private).

Two layouts are read:

* flattened, one cell per line: every cell starts with a tab, rows are separated by
  blank lines, and a cell wrapped onto a second line continues without a tab
  (seed 003, fixture c);
* tab-separated: one row a line, a header of one or two lines whose merged cells
  ("项目资金安排 (万元)" over 合计 / 财政帮扶资金 / 自筹资金) give their words to the
  columns below them, rows broken over two lines, rows that lost a cell (seed 004,
  fixture d).

Columns are recognised by the words of their header (序号, 项目名称, 建设地点, 总投资,
合计, 财政帮扶资金, 自筹资金, 2020年援助资金, 完成时间, 责任单位, 备注 ...) and their
unit (万元 in the header or the merged header above it), never by their position.
Rows are sorted into the 合计 row (合计, 总计), 小计 rows, category rows
(一、产业发展, (一) 安全饮水, a 类别 heading alone in its row) and item rows.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Final

import attrs

from aidmodel.errors import AidModelError
from aidmodel.importers._lines import Line, normalise
from aidmodel.importers._sections import read_heading
from aidmodel.importers.lexicon.columns import (
    AFTER_CHANGE,
    BEFORE_CHANGE,
    MONEY_ROLES,
    RECEIVER_COLUMN,
    SOURCE_ROLES,
)
from aidmodel.importers.lexicon.columns import COLUMN_ROLES as _ROLES
from aidmodel.importers.lexicon.fields import DESCRIPTION_LABELS
from aidmodel.importers.lexicon.organisations import COMMITTEE_DEPARTMENTS, OFFICE_ENDINGS
from aidmodel.money import Money

__all__ = [
    "Cell",
    "Column",
    "Figures",
    "Row",
    "Table",
    "cell_money",
    "find_tables",
    "is_office",
    "read_table",
    "row_figures",
    "to_decimal",
]

_SPACES: Final = re.compile(r"[\s\u3000]+")
_NUMBER: Final = re.compile(r"^\d+(?:\.\d+)?$")
# (¥4,200,000.00: a spreadsheet's currency format, the sign before the figure.)
_FIGURE_CELL: Final = re.compile(
    r"^(?:[¥￥]\s*)?(?P<figure>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:[(（].*[)）])?$"
)
_COUNT_CELL: Final = re.compile(r"^(?P<count>\d+)\s*个(?:项目)?$")
# 合计（12个）: the count written in the 合计 cell itself.
# 合计（12个）, 小计（4个）, 产业发展类小计（4个）: a total row's count in its bracket.
_COUNT_IN_TOTAL: Final = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,15}?小计|合计|总计)[(（](?P<count>\d+)个(?:项目)?[)）]$"
)
# 合计, 合计（12个）, 合计（大写：贰仟玖佰陆拾万元整）: the total row, its count or its 大写 beside.
_TOTAL: Final = re.compile(
    r"^(?:合计|总计|共计|总合计)"
    r"(?:[(（](?:\d+个(?:项目)?|(?:金额)?大写[:：]?(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+)[)）])?$"
)
_SUBTOTAL: Final = re.compile(r"^小计(?:[(（]\d+个(?:项目)?[)）])?$")
# The 序号 of a category row, in words where the items' are digits: 一, 二、, （三）.
_CATEGORY_NUMBER: Final = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.]?|[(（][一二三四五六七八九十]{1,3}[)）]"
)
# 骡坪镇小计: the 小计 of a group named in the cell (the group's column holds the name).
_GROUP_SUBTOTAL: Final = re.compile(
    r"^(?P<group>[\u4e00-\u9fff]{2,15}?)小计(?:[(（]\d+个(?:项目)?[)）])?$"
)
_YEAR: Final = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年")
_TITLE: Final = re.compile(r"(?:计划表|需求表|明细表|安排表|一览表|汇总表|项目表|清单)\s*$")


def squeeze(text: str) -> str:
    """A cell's words without the layout spaces of PDF text (财政帮 扶资金 → 财政帮扶资金)."""
    return _SPACES.sub("", text)


def to_decimal(text: str) -> Decimal | None:
    """The figure a cell holds (``190（县委组织部90万…）`` → 190, ``¥4,200,000.00`` →
    4200000.00), or ``None``."""
    match = _FIGURE_CELL.match(text.strip())
    if match is None:
        return None
    try:
        return Decimal(match.group("figure").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only figures
        return None


@attrs.frozen
class Cell:
    """One cell as written: its text (wrapped parts joined) and its lines."""

    text: str
    first: int
    last: int


@attrs.define
class Row:
    """A row: its cells, its lines and its kind (total, subtotal, category, item)."""

    cells: list[Cell]
    first: int
    last: int
    kind: str = "item"
    heading: str = ""
    #: Lines under the row that describe it in a cell merged across the table
    #: (建设内容：新建冷库5000立方米): its content, no row of their own.
    details: list[Cell] = attrs.field(factory=list)
    #: The rows under it that give more of its money, each from another source (| | 校友捐赠 |
    #: 60 |), where the table writes a row per source of a project.
    shares: list[Row] = attrs.field(factory=list)

    def cell(self, index: int) -> str:
        return self.cells[index].text if 0 <= index < len(self.cells) else ""

    def at(self, index: int) -> Cell | None:
        """The cell of column ``index`` as written, or ``None`` past the row's end."""
        return self.cells[index] if 0 <= index < len(self.cells) else None


@attrs.frozen
class Column:
    """A column: its header as written, the role its words give it, its unit and year."""

    index: int
    label: str
    written: str
    role: str | None
    unit: str | None
    year: int | None
    line: int


@attrs.define
class Table:
    """A table read from its lines: title, columns, rows."""

    start: int
    end: int
    title: str | None
    number: str | None
    title_start: int
    columns: list[Column]
    rows: list[Row]
    layout: str
    #: Whether the table says what unit its money is in (a header （万元）, 单位：万元 above it).
    unit_stated: bool = True

    def role(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    def money(self) -> list[Column]:
        return [c for c in self.columns if c.role in MONEY_ROLES]


def _is_tabbed(line: Line) -> bool:
    if _UNIT_ALONE.fullmatch(line.raw.strip()):
        return False  # \t\t\t单位：元 above a table: its unit, no row of it
    return "\t" in line.raw.strip(" \r\n") or line.raw.lstrip(" ")[:1] == "\t"


_UNIT_ALONE: Final = re.compile(r"(?:金额|资金)?单位\s*[:：]\s*(?:万元|元|亿元)")


def _header_start(line: Line) -> bool:
    """Whether a line opens a table's header: 序号 first, or a place's column first before
    序号 (县别 | 序号 | 项目名称 …, a list of projects by place)."""
    if squeeze(line.norm).startswith("序号"):
        return True
    cells = [squeeze(cell) for cell in line.raw.split("\t")]
    return len(cells) >= 3 and RECEIVER_COLUMN.match(cells[0]) is not None and "序号" in cells


def find_tables(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Line ranges of tables, from their 序号 header (or first tabbed line) to their last row.

    >>> from aidmodel.importers._lines import split_lines
    >>> find_tables(split_lines("甲\\n序号\\t名称\\n1\\t乙\\n附件2\\n序号\\t名称\\n1\\t丙"))
    [(2, 3), (5, 6)]
    """
    tabbed = [line for line in lines if _is_tabbed(line)]
    if len(tabbed) < 2:
        return _cell_line_tables(lines)
    starts = [line.number for line in tabbed if _header_start(line)]
    if not starts or starts[0] > tabbed[0].number:
        first = tabbed[0].number
        for line in lines[max(first - 4, 0) : first - 1]:
            if _header_start(line):
                first = line.number
                break
        starts.insert(0, first)
    ranges = []
    for index, start in enumerate(starts):
        stop = starts[index + 1] if index + 1 < len(starts) else len(lines) + 1
        inside = [line.number for line in tabbed if start <= line.number < stop]
        if inside:
            ranges.append((start, max(inside)))
    return ranges


def _cell_line_tables(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Tables flattened one cell per line with neither a tab nor a blank line to mark
    their cells and rows: a 序号 line alone, the header's other labels one a line below it."""
    ranges: list[tuple[int, int]] = []
    for line in lines:
        if ranges and line.number <= ranges[-1][1]:
            continue
        text = squeeze(line.norm)
        if (text == "序号" or RECEIVER_COLUMN.match(text)) and not _is_tabbed(line):
            found = _cell_rows(lines[line.number - 1 :])
            if found is not None:
                ranges.append((line.number, line.number + found[1] - 1))
    return ranges


# The most lines a row of a one-cell-a-line table may take beyond its width (wrapped cells).
_MOST_WRAPPED: Final = 3


# A category row of a one-cell-a-line table: 一、产业发展类, （二）基础设施类.
_CATEGORY_LINE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))\S{2,20}$"
)


def _cell_rows(body: Sequence[Line]) -> tuple[list[list[Cell]], int] | None:
    """The header and rows of a table written one cell per line, and how many lines it
    takes: rows numbered by their 序号 or keyed by the place each hands money to."""
    if RECEIVER_COLUMN.match(squeeze(body[0].norm)):
        return _place_rows(body)
    return _cell_line_rows(body)


def _place_rows(body: Sequence[Line]) -> tuple[list[list[Cell]], int] | None:
    """The rows of a table written one cell per line that hands money down to places, its
    first label the place's column (县（市） / 结对地区 / 合计 / 江苏省财政援助资金 / …, then
    延长县 / 徐州市泉山区 / 940 / 820 / 120): each row as many lines as the header has labels,
    an empty cell an empty line, the money columns figures; a row that is not is the end.

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "县区\\n结对区\\n下达资金\\n甲县\\n乙区\\n300\\n丙县\\n丁区\\n200\\n合计\\n\\n500\\n一、要求"
    >>> rows, taken = _place_rows(split_lines(text))
    >>> [[c.text for c in row] for row in rows[1:]], taken
    ([['甲县', '乙区', '300'], ['丙县', '丁区', '200'], ['合计', '', '500']], 12)
    """
    labels: list[Cell] = []
    for line in body[:_MOST_LABELS]:
        text = squeeze(line.norm)
        if not text or len(text) > 20 or re.search(r"\d", text):
            break
        labels.append(Cell(line.text, line.number, line.number))
    # The header's labels and the places of the first row look alike: the header is as
    # long as makes the rows below it hold figures under its money labels.
    for width in range(3, len(labels) + 1):
        header = labels[:width]
        columns = [_column(i, c.text, "", c.first) for i, c in enumerate(header)]
        money = [c.index for c in columns if c.role in MONEY_ROLES]
        if not money or 0 in money:
            continue
        rows: list[list[Cell]] = [header]
        position = width
        while position + width <= len(body):
            group = body[position : position + width]
            place = squeeze(group[0].norm)
            figures = [squeeze(group[i].norm) for i in money]
            if (
                not place
                or to_decimal(place) is not None
                or any(f and to_decimal(f) is None for f in figures)
                or not any(figures)
            ):
                break
            rows.append([Cell(line.text, line.number, line.number) for line in group])
            position += width
        if len(rows) >= 3:
            return rows, position
    return None


# The most labels a header written one cell a line is looked for in.
_MOST_LABELS: Final = 12


def _cell_line_rows(body: Sequence[Line]) -> tuple[list[list[Cell]], int] | None:
    """The header and rows of a table written one cell per line, each row (empty cells as
    empty lines) as many lines as its header has labels, and how many lines it takes; or
    ``None`` when ``body`` does not start such a table.

    A row starts with its 序号 (1, 2, 3 … in turn) or a 合计/小计 word; a row longer than
    the header has a cell wrapped onto the next line, joined where its first part is
    longest (a wrapped line is as long as its column lets it be) and the row's figures stay
    under the money columns.
    """
    header: list[Cell] = []
    for line in body:
        text = squeeze(line.norm)
        if (
            not text
            or _is_tabbed(line)
            or len(text) > 20
            or to_decimal(text) is not None
            or _TOTAL.match(text)
            or _SUBTOTAL.match(text)
            or _CATEGORY_LINE.match(text)
        ):
            break
        header.append(Cell(line.text, line.number, line.number))
    width = len(header)
    if width < 3:
        return None
    columns = [_column(i, c.text, "", c.first) for i, c in enumerate(header)]
    figures = [c.index for c in columns if c.role in MONEY_ROLES]
    rows: list[list[Cell]] = [header]
    position = width
    expected = 1
    if position + 1 < len(body) and not squeeze(body[position].norm):
        # A blank line below the header and between rows: each row is a group of lines.
        return _separated_rows(body[position:], header, figures)

    def category(index: int) -> bool:
        text = squeeze(body[index].norm) if index < len(body) else ""
        return _CATEGORY_LINE.match(text) is not None

    def starts(index: int) -> bool:
        text = squeeze(body[index].norm) if index < len(body) else ""
        return bool(
            text == str(expected) or _TOTAL.match(text) or _SUBTOTAL.match(text) or category(index)
        )

    while starts(position):
        if category(position):
            # 一、产业发展类 on a line of its own between rows: a category row, one cell.
            line = body[position]
            rows.append(
                [Cell(line.text, line.number, line.number)]
                + [Cell("", line.number, line.number) for _ in range(width - 1)]
            )
            position += 1
            continue
        if squeeze(body[position].norm) == str(expected):
            expected += 1
        ends = [
            end
            for end in range(position + width, position + width + _MOST_WRAPPED + 1)
            if end <= len(body)
        ]
        following = [end for end in ends if starts(end)]
        head = squeeze(body[position].norm)
        if _TOTAL.match(head) or _SUBTOTAL.match(head):
            # 小计 / 1280 / then the next row: a total row written without its empty cells.
            short = [end for end in range(position + 2, position + width) if starts(end)]
            following = short[:1] + following
        if not ends:
            ends = [len(body)]  # the last row's trailing empty cells lost at the end of the text
        cells = None
        for end in following or ends:
            cells = _wrapped(body[position:end], width, figures)
            if cells is not None:
                break
        if cells is None:
            break
        rows.append(cells)
        position = cells[-1].last - body[0].number + 1
    if len(rows) < 2:
        return None
    return rows, position


def _separated_rows(
    body: Sequence[Line], header: list[Cell], figures: Sequence[int]
) -> tuple[list[list[Cell]], int] | None:
    """The rows of a table written one cell per line with a blank line after the header and
    after each row (1 / 魔芋…项目 / 佐龙镇 / 1200000 / … / blank): each group of lines is a row
    that starts with its 序号 (1, 2, 3 … in turn), a 合计/小计 word or a category; a group
    longer than the header has a wrapped cell, one shorter lost its last cells."""
    width = len(header)
    rows = [header]
    expected = 1
    groups: list[list[Line]] = []
    for line in body:
        if squeeze(line.norm):
            if not groups or (groups[-1] and not squeeze(groups[-1][-1].norm)):
                groups.append([])
            groups[-1].append(line)
        elif groups:
            groups[-1].append(line)
    end = body[0].number - 1
    for group in groups:
        written = [line for line in group if squeeze(line.norm)]
        head = squeeze(written[0].norm)
        if len(written) == 1 and _CATEGORY_LINE.match(head):
            line = written[0]
            rows.append(
                [Cell(line.text, line.number, line.number)]
                + [Cell("", line.number, line.number) for _ in range(width - 1)]
            )
        elif head == str(expected) or _TOTAL.match(head) or _SUBTOTAL.match(head):
            if len(written) > width + _MOST_WRAPPED or len(written) < 2:
                break
            cells = _wrapped(written, width, figures)
            if cells is None:
                break
            if head == str(expected):
                expected += 1
            rows.append(cells)
        else:
            break
        end = written[-1].number
    if len(rows) < 2:
        return None
    return rows, end - header[0].first + 1


def _wrapped(segment: Sequence[Line], width: int, figures: Sequence[int]) -> list[Cell] | None:
    """The cells of a row of ``width`` cells written on the lines of ``segment``, or ``None``."""
    cells = [Cell(line.text, line.number, line.number) for line in segment]
    extra = len(cells) - width
    if extra < 0:
        last = cells[-1].last
        cells.extend(Cell("", last, last) for _ in range(-extra))
        extra = 0
    best: tuple[int, list[Cell]] | None = None
    gaps = [i for i in range(1, len(cells) - 1) if cells[i].text and cells[i + 1].text]
    for joins in itertools.combinations(gaps, extra):
        joined: list[Cell] = []
        for index, cell in enumerate(cells):
            if index - 1 in joins:
                before = joined[-1]
                joined[-1] = Cell(before.text + cell.text, before.first, cell.last)
            else:
                joined.append(cell)
        if any(joined[i].text and to_decimal(joined[i].text) is None for i in figures if i < width):
            continue
        score = sum(len(cells[i].text) for i in joins)
        if best is None or score > best[0]:
            best = (score, joined)
    return None if best is None else best[1]


def _title(lines: Sequence[Line], start: int, floor: int) -> tuple[str | None, str | None, int]:
    """The title line above a table (…计划表) and its 附件 number, if written."""
    title = number = None
    first = start
    for line in reversed(lines[floor : start - 1]):
        if line.blank:
            continue
        norm = squeeze(line.norm)
        if title is None and _TITLE.search(norm) and len(norm) <= 60:
            title = line.text
            first = line.number
            continue
        if title is None and ("。" in norm or len(norm) > 60):
            break  # a paragraph above the table (…具体如下表。): the table has no title of its own
        match = re.match(r"^附\s*件\s*(\d*)\s*$", line.norm)
        if match:
            number = line.text
            first = line.number
            break
        if title is not None and not norm.startswith("附件"):
            break
        if norm.startswith("附件"):
            break
    return title, number, first


# -- the two layouts -------------------------------------------------------------------------


def _flattened_groups(lines: Sequence[Line]) -> list[list[Cell]]:
    groups: list[list[Cell]] = []
    current: list[Cell] | None = None
    for line in lines:
        if line.blank and "\t" not in line.raw:
            current = None
            continue
        starts_cell = line.raw.lstrip(" ")[:1] == "\t"
        if current is None:
            current = []
            groups.append(current)
        if starts_cell or not current:
            current.append(Cell(line.text, line.number, line.number))
        else:
            last = current[-1]
            current[-1] = Cell(last.text + line.text, last.first, line.number)
    return groups


def _tab_rows(lines: Sequence[Line]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for line in lines:
        if line.blank:
            continue
        cells = [
            Cell(part.strip(" \u3000\r"), line.number, line.number) for part in line.raw.split("\t")
        ]
        rows.append(cells)
    return rows


def _unmerged_header(rows: list[list[Cell]]) -> list[list[Cell]]:
    """A header whose merged money cell was copied without the cells it spanned (序号 | … |
    对口协作资金 | 实施单位 / 合计 | 天津市…资金 | 天津经开区…资金, rows of 9 cells under 7
    labels): the second row's labels put under the money label, the first row widened to
    match. Rows as they were for any other table.

    >>> cells = lambda *texts: [Cell(t, 1, 1) for t in texts]
    >>> rows = [cells("序号", "项目名称", "资金", "单位"), cells("合计", "省级资金", "区级资金"),
    ...         cells("1", "甲项目", "30", "20", "10", "县局")]
    >>> [[c.text for c in row] for row in _unmerged_header(rows)[:2]]
    [['序号', '项目名称', '资金', '', '', '单位'], ['', '', '合计', '省级资金', '区级资金', '']]
    """
    if len(rows) < 3:
        return rows
    top, second = rows[0], rows[1]
    width, spread = len(top), len(second)
    words = [squeeze(c.text) for c in second]
    if (
        spread < 2
        or spread >= width
        or not all(words)
        or any(to_decimal(w) is not None for w in words)
        or not all(_column(0, w, "", 0).role in MONEY_ROLES for w in words)
        or max(len(row) for row in rows[2:]) != width + spread - 1
    ):
        return rows
    group = next(
        (i for i, c in enumerate(top) if _column(i, c.text, "", c.first).role in MONEY_ROLES), None
    )
    if group is None:
        return rows
    line = second[0].first
    blank = [Cell("", top[0].first, top[0].first)]
    widened = top[: group + 1] + blank * (spread - 1) + top[group + 1 :]
    under = [Cell("", line, line)] * group + second + [Cell("", line, line)] * (width - group - 1)
    return [widened, under, *rows[2:]]


def _header_labels(rows: list[list[Cell]]) -> tuple[list[tuple[str, str, int]], int]:
    """Column labels from up to three header rows; how many rows the header takes.

    A row below the first belongs to the header when its first cell is empty and it holds
    words but no figures. A merged cell gives its words to the empty cells right of it that
    have words below them (资金规模（元） over 合计 and 资金来源, 资金来源 over 衔接资金 /
    东西部协作资金 / 社会帮扶): a column's label is its lowest words, its group the words
    above them.
    """
    levels = [rows[0]]
    for row in rows[1:3]:
        if (
            squeeze(row[0].text)
            or not any(squeeze(c.text) and to_decimal(c.text) is None for c in row)
            or any(to_decimal(c.text) is not None for c in row if c.text)
            or _lone_category(row, levels[-1])
        ):
            break
        levels.append(row)
    width = max(len(level) for level in levels)

    def own(level: int, index: int) -> str:
        cells = levels[level]
        return cells[index].text if index < len(cells) else ""

    def below(level: int, index: int) -> bool:
        return any(own(deeper, index) for deeper in range(level + 1, len(levels)))

    # carried[level][index]: the words over a column at a level, its own or a merged cell's.
    carried: list[list[str]] = []
    for level in range(len(levels)):
        texts: list[str] = []
        for index in range(width):
            text = own(level, index)
            if not text and index > 0 and texts[index - 1]:
                # A merged cell reaches right while the levels above stay the same cell.
                same_parent = all(
                    not own(upper, index) and carried[upper][index] == carried[upper][index - 1]
                    for upper in range(level)
                )
                if same_parent and (below(level, index) or level == 0):
                    text = texts[index - 1]
            texts.append(text)
        carried.append(texts)
    labels: list[tuple[str, str, int]] = []
    for index in range(width):
        deepest = next((lv for lv in reversed(range(len(levels))) if own(lv, index)), None)
        first = next(
            (levels[lv][index].first for lv in range(len(levels)) if index < len(levels[lv])),
            levels[0][0].first,
        )
        if deepest is None:
            group = next(
                (carried[lv][index] for lv in range(len(levels)) if carried[lv][index]), ""
            )
            labels.append(("", group, first))
            continue
        group = "".join(dict.fromkeys(carried[lv][index] for lv in range(deepest))).strip()
        written = own(deepest, index)
        if group and _BARE_UNIT.fullmatch(squeeze(written)):
            # 资金规模 / （元）: a header cell wrapped before its unit is one label.
            written, group = group + written, ""
        labels.append((written, group, first))
    return labels, len(levels)


_BARE_UNIT: Final = re.compile(r"[(（]\s*(?:万元|元|亿元)\s*[)）]")


def _lone_category(row: list[Cell], above: list[Cell]) -> bool:
    """Whether a row under a header is a category of the rows below (| 产业发展类 | | …), not
    more of the header: its one cell of words stands under a label of its own, not under a
    merged cell, and is no unit."""
    filled = [(i, squeeze(c.text)) for i, c in enumerate(row) if squeeze(c.text)]
    if len(filled) != 1:
        return False
    index, text = filled[0]
    over = squeeze(above[index].text) if index < len(above) else ""
    return bool(over) and _BARE_UNIT.fullmatch(text) is None


def _column(index: int, written: str, group: str, line: int) -> Column:
    label = squeeze(written)
    both = squeeze(group) + label
    role = None
    money_unit = re.search(r"[(（]\s*万?元\s*[)）]", written) is not None
    for name, pattern in _ROLES:
        if name in MONEY_ROLES - {"self", "enterprise"} and not _money_words(both):
            continue
        if money_unit and name not in MONEY_ROLES and name not in _EXECUTED_ROLES:
            continue  # a column headed （万元） holds money, whatever its words: 投资规模（万元）
        if money_unit and name == "paid" and not _DONE.search(label):
            continue  # (拨付资金（元） of an allocation is the money it hands down)
        if pattern.search(label):
            role = name
            break
    if role in (None, "self") and _AID_GROUP.search(squeeze(group)) and label:
        # 帮扶资金 over 集团本级 | 长江电力: the columns under the aid are the aid's sources.
        role = "aid"
    if _BEFORE_GROUP.search(squeeze(group)):
        # 调整前 over 项目名称 | 帮扶资金: the plan before the change, none of the adjusted
        # plan's (the columns under 调整后 are).
        role = "before" if role in MONEY_ROLES else None
    unit = None
    if "万元" in both or "万" in both:
        unit = "万元"
    elif "元" in both:
        unit = "元"
    year_match = _YEAR.search(label)
    year = int(year_match.group("year")) if year_match and role in MONEY_ROLES else None
    label = re.sub(r"[(（]\s*(?:万元|元|年)\s*[)）]", "", label)
    return Column(index, label, written, role, unit, year, line)


# (lexicon.columns: 调整前, 原计划 …, a group's words as well as a column's)
_BEFORE_GROUP: Final = re.compile("|".join(sorted(BEFORE_CHANGE, key=len, reverse=True)))
_AID_GROUP: Final = re.compile(
    r"^(?:帮扶|援助|协作|援建|援藏|援疆|援青|对口支援)资金(?:[(（]万?元[)）])?$"
)
# Roles a column keeps under （万元）: its number, and money of execution (已拨付（万元）,
# 结余资金（万元）), which is no money of the plan.
_EXECUTED_ROLES: Final = frozenset({"number", "paid", "balance"})
_DONE: Final = re.compile("已|累计|实际")


def _money_words(text: str) -> bool:
    return bool(re.search("元|资金|投资|合计|小计|金额|规模|调整后|用款|投入|拨付", text))


def read_table(lines: Sequence[Line], start: int, end: int, floor: int) -> Table:
    """The table on lines ``start``-``end`` (numbered from 1); ``floor`` is where to stop
    looking upwards for its title."""
    body = lines[start - 1 : end]
    by_line = None if _is_tabbed(body[0]) else _cell_rows(body)
    flattened = by_line is None and (
        body[0].raw.lstrip(" ")[:1] == "\t"
        or sum(1 for line in body if line.raw.count("\t") == 1 and line.raw.lstrip(" ")[:1] == "\t")
        > len(body) // 2
    )
    if by_line is not None:
        header_rows, data = by_line[0][:1], by_line[0][1:]
        labels = [(c.text, "", c.first) for c in header_rows[0]]
        layout = "lines"
    elif flattened:
        groups = _flattened_groups(body)
        if (
            groups
            and len(groups[0]) == 1
            and len(groups) > 1
            and not _header_start_cells(groups[0])
        ):
            pass
        header_rows = groups[:1]
        data = groups[1:]
        labels = [(c.text, "", c.first) for c in header_rows[0]] if header_rows else []
        layout = "flattened"
    else:
        rows = _unmerged_header(_tab_rows(body))
        labels, taken = _header_labels(rows) if rows else ([], 0)
        data = rows[taken:]
        layout = "tabbed"
    columns = [_column(i, text, group, line) for i, (text, group, line) in enumerate(labels)]
    stated = _stated_unit(lines, start, floor)
    money = [c for c in columns if c.role in MONEY_ROLES]
    if stated is not None:
        columns = [
            attrs.evolve(c, unit=stated) if c.role in MONEY_ROLES and c.unit is None else c
            for c in columns
        ]
    unit_stated = stated is not None or all(c.unit is not None for c in money)
    table_rows = [Row(cells, cells[0].first, max(c.last for c in cells)) for cells in data if cells]
    if layout == "tabbed":
        table_rows = _before_and_after(_join_broken(table_rows, len(columns)), columns)
        table_rows = _by_source(_described(table_rows), columns)
    columns = _units_in_cells(table_rows, columns)
    unit_stated = unit_stated or all(c.unit is not None for c in columns if c.role in MONEY_ROLES)
    for row in table_rows:
        _classify(row, columns)
    _two_level(table_rows)
    title, number, title_start = _title(lines, start, floor)
    return Table(start, end, title, number, title_start, columns, table_rows, layout, unit_stated)


_UNIT_LINE: Final = re.compile(r"(?:金额|资金)?单位\s*[:：]\s*(?P<unit>万元|元)")


# 380万元 in a cell: a figure with its unit.
_FIGURE_WITH_UNIT: Final = re.compile(r"^(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)$")


def _units_in_cells(rows: Sequence[Row], columns: list[Column]) -> list[Column]:
    """The columns of money that no header or 单位 line gives a unit, where every figure of
    theirs writes its own (380万元 | 60万元 | —): the unit moved to the column, the figures
    left bare, as under a header that says 万元."""
    result = list(columns)
    for column in columns:
        if column.role not in MONEY_ROLES or column.unit is not None:
            continue
        cells = [
            (row, row.cells[column.index])
            for row in rows
            if column.index < len(row.cells) and squeeze(row.cells[column.index].text)
        ]
        found = [_FIGURE_WITH_UNIT.match(squeeze(cell.text)) for _, cell in cells]
        units = {m.group("unit") for m in found if m is not None}
        if len(units) != 1 or any(to_decimal(squeeze(c.text)) is not None for _, c in cells):
            continue
        for (row, cell), match in zip(cells, found, strict=True):
            if match is not None:
                row.cells[column.index] = attrs.evolve(cell, text=match.group("figure"))
        result[column.index] = attrs.evolve(column, unit=units.pop())
    return result


def _stated_unit(lines: Sequence[Line], start: int, floor: int) -> str | None:
    """The unit written above a table: 单位：万元 on its own line or in its title."""
    for line in reversed(lines[floor : start - 1]):
        found = _UNIT_LINE.search(squeeze(line.norm))
        if found:
            return found.group("unit")
        if re.match(r"^附\s*件", line.norm):
            break
    return None


def _header_start_cells(cells: list[Cell]) -> bool:
    return bool(cells) and squeeze(cells[0].text).startswith("序号")


def _starts_row(row: Row) -> bool:
    first = squeeze(row.cell(0))
    return bool(
        _NUMBER.match(first)
        or _TOTAL.match(first)
        or _SUBTOTAL.match(first)
        or (first and read_heading(Line(0, first, first, first)) is not None)
        # 二 | 民生保障（4个） | … | 6000: a category numbered in words, with cells after it.
        or (_CATEGORY_NUMBER.fullmatch(first) is not None and len(row.cells) > 1)
        or (not first and len(row.cells) > 1)
    )


def _join_broken(rows: list[Row], width: int) -> list[Row]:
    """Join a row broken inside a cell with the line that continues it."""
    joined: list[Row] = []
    for row in rows:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and len(previous.cells) < width
            and previous.last == row.first - 1
            and (not _starts_row(row) or _continues_list(previous, row, width))
        ):
            last = previous.cells[-1]
            previous.cells[-1] = Cell(
                join_cell(last.text, row.cells[0].text), last.first, row.first
            )
            previous.cells.extend(row.cells[1:])
            previous.last = row.last
            continue
        joined.append(row)
    return joined


# 建设内容：…, 主要建设内容: …: a labelled description in a cell of its own.
_DESCRIBED: Final = re.compile(
    "^(?:" + "|".join(sorted(DESCRIPTION_LABELS, key=len, reverse=True)) + r")\s*[:：]"
)


def _described(rows: list[Row]) -> list[Row]:
    """Rows whose one cell describes the numbered row above (a table printed with a second
    line per project, merged across: 建设内容：新建冷库5000立方米) made that row's details.

    >>> rows = [Row([Cell("1", 3, 3), Cell("甲项目", 3, 3), Cell("100", 3, 3)], 3, 3),
    ...         Row([Cell("", 4, 4), Cell("建设内容：新建冷库1座", 4, 4)], 4, 4)]
    >>> [(len(r.cells), [d.text for d in r.details]) for r in _described(rows)]
    [(3, ['建设内容：新建冷库1座'])]
    """
    kept: list[Row] = []
    for row in rows:
        filled = [c for c in row.cells if squeeze(c.text)]
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and len(filled) == 1
            and not squeeze(row.cell(0))
            and _DESCRIBED.match(squeeze(filled[0].text))
            and _NUMBER.match(squeeze(previous.cell(0)))
        ):
            previous.details.append(filled[0])
            previous.last = row.last
            continue
        kept.append(row)
    return kept


def _by_source(rows: list[Row], columns: Sequence[Column]) -> list[Row]:
    """Rows that give more money of the numbered row above from another source (序号 and
    项目名称 empty, a 资金来源 and a figure written) made that row's shares."""
    roles = {c.role: c.index for c in columns}
    source = roles.get("source")
    if source is None:
        return rows
    blank = [roles[r] for r in ("number", "name") if r in roles]
    kept: list[Row] = []
    for row in rows:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and _NUMBER.match(squeeze(previous.cell(0)))
            and squeeze(row.cell(source))
            and all(not squeeze(row.cell(i)) for i in blank)
            and any(to_decimal(c.text) is not None for c in row.cells)
        ):
            previous.shares.append(row)
            previous.last = row.last
            continue
        kept.append(row)
    return kept


def _before_and_after(rows: list[Row], columns: Sequence[Column]) -> list[Row]:
    """The two rows of a project in a 调整前后对照表 made one: a row marked 调整前 in some cell
    and the next marked 调整后 in the same cell, with no 序号 of its own, are one project as
    adjusted. The second row's cells are the adjusted plan's; its name cell is the rest of a
    name the narrow column wrapped (同兴镇肉牛标准化养殖小 / 区项目) when it opens no name of
    its own, and a cell left empty there keeps the first row's text.

    >>> rows = [
    ...     Row([Cell(t, 1, 1) for t in ("1", "茶园提升", "调整前", "300")], 1, 1),
    ...     Row([Cell(t, 2, 2) for t in ("", "项目", "调整后", "250")], 2, 2),
    ... ]
    >>> columns = [_column(i, label, "", 0) for i, label in enumerate(("序号", "项目名称", "调整情况", "资金"))]
    >>> [(c.text, c.first) for c in _before_and_after(rows, columns)[0].cells]
    [('1', 1), ('茶园提升项目', 1), ('调整后', 2), ('250', 2)]
    """
    name = next((c.index for c in columns if c.role == "name"), None)
    merged: list[Row] = []
    for row in rows:
        previous = merged[-1] if merged else None
        marked = next(
            (i for i, c in enumerate(row.cells) if i and squeeze(c.text) in AFTER_CHANGE), None
        )
        if (
            previous is None
            or marked is None
            or squeeze(row.cell(0))
            or squeeze(previous.cell(marked)) not in BEFORE_CHANGE
        ):
            merged.append(row)
            continue
        cells = list(row.cells)
        cells += previous.cells[len(cells) :]
        for index, cell in enumerate(cells):
            above = previous.at(index)
            if above is None:
                continue
            if index == 0 or not squeeze(cell.text):
                cells[index] = above
            elif index == name and not _NAME_END.search(squeeze(above.text)):
                cells[index] = Cell(above.text + cell.text, above.first, cell.last)
        merged[-1] = Row(cells, previous.first, row.last)
    return merged


# A name that is whole: it ends as names of projects end.
_NAME_END: Final = re.compile(r"(?:项目|工程|基地|中心|[园站场厂馆])$")


# An office's name, whole: 县农业农村局, 景信乡人民政府, 县委组织部.
_OFFICE_NAME: Final = re.compile(rf"^[\u4e00-\u9fff]{{2,24}}(?:{'|'.join(OFFICE_ENDINGS)})$")


def is_office(text: str) -> bool:
    """Whether a text is the whole name of an office (县农业农村局, 景信乡人民政府).

    >>> is_office("墨竹工卡县农业农村局"), is_office("推动产业帮扶")
    (True, False)
    """
    return _OFFICE_NAME.match(squeeze(text)) is not None


def join_cell(above: str, below: str) -> str:
    """The text of a cell written over two lines: joined as it was cut (县人力资源和社会保障 /
    局), or with 、 where each line is an office of its own (县农业农村局 / 景信乡人民政府: two
    units in one cell, one a line).

    >>> join_cell("县人力资源和社会保障", "局"), join_cell("县农业农村局", "景信乡人民政府")
    ('县人力资源和社会保障局', '县农业农村局、景信乡人民政府')
    >>> join_cell("中共甲县县委", "宣传部")
    '中共甲县县委宣传部'
    """
    if (
        _OFFICE_NAME.match(squeeze(above))
        and _OFFICE_NAME.match(squeeze(below))
        # 中共乃东区委 / 组织部: a committee's department goes on with the committee.
        and not (squeeze(above).endswith("委") and squeeze(below) in COMMITTEE_DEPARTMENTS)
    ):
        return f"{above}、{below}"
    return above + below


def _continues_list(previous: Row, row: Row, width: int) -> bool:
    """Whether a line that opens with a number goes on with a cell of the row above: a cell
    of several paragraphs (1.新建车间1200平方米； / 2.购置分选线1条 | 4,200,000.00 | …) where
    the row above stops short, the two fit the header's width, the number has words after it
    (a row's 序号 stands alone in its cell) and follows the last number of the cell above."""
    opened = re.match(r"^(\d{1,2})[.、]\S", normalise(squeeze(row.cell(0))))
    if opened is None or len(previous.cells) + len(row.cells) - 1 > width:
        return False
    # …and the cell above is that list: its last item is numbered one less (1.… ； / 2.…).
    items = re.findall(r"(?:^|[;。\s])(\d{1,2})[.、]", normalise(previous.cells[-1].text))
    return bool(items) and int(items[-1]) + 1 == int(opened.group(1))


def _two_level(rows: Sequence[Row]) -> None:
    """Rows numbered on two levels (1 产业发展类（5个） … 1700 / 1.1 …项目 / 1.2 …): a row
    numbered N whose next numbered row is N.1 is the category of the rows below it."""
    numbered = [
        (row, squeeze(row.cells[0].text)) for row in rows if row.kind == "item" and row.cells
    ]
    for (row, number), (_, following) in itertools.pairwise(numbered):
        if number.isdigit() and following == f"{number}.1":
            words = [c.text for c in row.cells[1:] if c.text and to_decimal(c.text) is None]
            if words:
                row.kind = "category"
                row.heading = f"{number}.{words[0]}"


def _classify(row: Row, columns: Sequence[Column]) -> None:
    texts = [squeeze(c.text) for c in row.cells]
    filled = [t for t in texts if t]
    if not filled:
        row.kind = "empty"
        return
    words = [t for t in filled if to_decimal(t) is None and not _COUNT_CELL.match(t)]
    if any(_TOTAL.match(t) for t in words[:1]):
        row.kind = "total"
    elif any(_SUBTOTAL.match(t) for t in words[:1]):
        row.kind = "subtotal"
    elif words[:1] and (group := _GROUP_SUBTOTAL.match(words[0])) is not None:
        row.kind = "subtotal"
        row.heading = group.group("group")
    elif len(filled) == 1 and to_decimal(filled[0]) is None:
        row.kind = "category"
        row.heading = next(c.text for c in row.cells if c.text)
    elif len(words) == 1 and _CATEGORY_LINE.match(texts[0]) and words[0] == texts[0]:
        # 一、产业合作类  …  2900  830  2070: a category in the first cell, with its figures.
        row.kind = "category"
        row.heading = texts[0]
    elif (
        len(words) == 2
        and _CATEGORY_LINE.match(texts[0])
        and words[0] == texts[0]
        and _SUBTOTAL.match(words[1])
    ):
        # 一、民生保障类 | 小计（3个） | … | 13,600,000.00: a category with its 小计.
        row.kind = "category"
        row.heading = texts[0]
    elif len(words) == 2 and _CATEGORY_NUMBER.fullmatch(texts[0]):
        # 一  产业发展类  …  2050: a category numbered in words, with its figures.
        row.kind = "category"
        number = texts[0] if texts[0][-1] in "、.)）" else texts[0] + "、"
        row.heading = number + words[1]
    else:
        row.kind = "item"


# -- the figures of a row --------------------------------------------------------------------


@attrs.frozen
class Figures:
    """The money of a row by column index, with how it was read."""

    cells: dict[int, Cell]
    count: int | None
    realigned: bool = False
    lost: bool = False
    readings: tuple[dict[int, Cell], ...] = ()
    #: For a short row whose figures can stand where they are written (the lost cell after
    #: them): that reading; the cells after the money then keep their place from the left.
    in_place: dict[int, Cell] | None = None

    @property
    def positional(self) -> bool:
        """Whether the row's other cells are read where they stand."""
        return not self.lost or (bool(self.cells) and self.cells == self.in_place)


def _figure_cells(row: Row) -> list[tuple[int, Cell]]:
    return [(i, c) for i, c in enumerate(row.cells) if to_decimal(c.text) is not None]


def cell_money(cell: Cell | None, column: Column) -> Money | None:
    """The money a cell of a money column holds, in the column's unit (元, else 万元), or
    ``None`` for no figure or one that cannot be represented (finer than a fen)."""
    if cell is None:
        return None
    value = to_decimal(cell.text)
    if value is None:
        return None
    try:
        return Money.from_yuan(value) if column.unit == "元" else Money.from_wan(value)
    except AidModelError:
        return None


def row_figures(row: Row, table: Table) -> Figures:
    """The money cells of a row by column; rows whose figures do not sit under money
    columns are re-aligned (小计 rows with an extra cell) or read as having lost a cell."""
    money = [c.index for c in table.money()]
    count = None
    for cell in row.cells:
        found = _COUNT_CELL.match(squeeze(cell.text)) or _COUNT_IN_TOTAL.match(squeeze(cell.text))
        if found:
            count = int(found.group("count"))
    if not money:
        return Figures({}, count)
    width = len(table.columns)
    if row.kind in ("total", "subtotal"):
        figures = _figure_cells(row)
        if all(i in money for i, _ in figures):
            return Figures(dict(figures), count)
        if len(figures) <= len(money):
            return Figures({money[k]: c for k, (_, c) in enumerate(figures)}, count, realigned=True)
        return Figures({i: c for i, c in figures if i in money}, count)
    region_end = money[-1] + 1
    tail = width - region_end
    cells = list(row.cells)
    if len(cells) < width and all(
        table.columns[i].role == "remarks" for i in range(len(cells), width)
    ):
        # | 3 | …项目 | 450 | 450 | 0 | |: only the empty 备注 at the end is not written.
        last = cells[-1].last if cells else row.last
        cells += [Cell("", last, last) for _ in range(width - len(cells))]
    if len(cells) < width:
        # A lost cell: inside the money (the cells after it keep their place from the right),
        # or after it (a trailing empty cell dropped, the figures in place).
        region = cells[money[0] : len(cells) - tail if tail else len(cells)]
        held = [c for c in region if to_decimal(c.text) is not None]
        readings = _readings(held, table)
        in_place = _in_place(cells, money, table)
        if in_place is not None and in_place not in readings:
            readings = (*readings, in_place)
        return Figures({}, count, lost=True, readings=readings, in_place=in_place)
    positional = {
        i: cells[i] for i in money if i < len(cells) and to_decimal(cells[i].text) is not None
    }
    region = [cells[i] for i in money if i < len(cells)]
    trailing_empty = bool(region) and not region[-1].text and any(c.text for c in region)
    # Words in the cells after the money (责任单位, 时间) hold the row in place when its
    # shares add up to its 合计 where they stand (180 = 180 + an empty 上年结余): the empty
    # share is an empty cell, not a lost one (seed 004's 1105 | 1105 | 0 | empty does not
    # add up: it lost a cell).
    held_after = any(
        c.text and to_decimal(c.text) is None for c in cells[region_end:]
    ) and _sums_exactly(positional, table)
    if (
        trailing_empty
        and not held_after
        and not _closed(positional, table)
        and not _adds_up(positional, table)
    ):
        held = [c for c in region if to_decimal(c.text) is not None]
        return Figures({}, count, lost=True, readings=_readings(held, table))
    return Figures(positional, count)


def _in_place(cells: Sequence[Cell], money: Sequence[int], table: Table) -> dict[int, Cell] | None:
    """The reading of a short row with its figures where they stand, when every money
    column has a figure or nothing there and the row adds up; else ``None``."""
    if money[-1] >= len(cells):
        return None
    if any(cells[i].text and to_decimal(cells[i].text) is None for i in money):
        return None
    reading = {i: cells[i] for i in money if to_decimal(cells[i].text) is not None}
    return reading if reading and _consistent(reading, table) else None


def _value(cell: Cell | None) -> Decimal | None:
    return None if cell is None else to_decimal(cell.text)


def _consistent(reading: dict[int, Cell], table: Table) -> bool:
    """Whether a row read this way adds up as far as its cells say."""
    total = table.role("total_investment")
    summed = table.role("sum")
    sources = [c for c in table.money() if c.role in SOURCE_ROLES]
    values = {i: _value(c) for i, c in reading.items()}
    present = [values[c.index] for c in sources if values.get(c.index) is not None]
    share_sum = sum((v for v in present if v is not None), Decimal(0))
    if summed is not None and values.get(summed.index) is not None:
        top = values[summed.index]
        assert top is not None
        if len(present) == len(sources) and share_sum != top:
            return False
        if share_sum > top:
            return False
        if total is not None and values.get(total.index) is not None:
            low = values[total.index]
            assert low is not None
            if low < top:
                return False
    elif total is not None and values.get(total.index) is not None:
        top = values[total.index]
        assert top is not None
        if share_sum > top:
            return False
    return True


def _adds_up(reading: dict[int, Cell], table: Table) -> bool:
    """Whether a row's 合计 is the sum of the shares it writes (an empty share is none)."""
    summed = table.role("sum")
    top = _value(reading.get(summed.index)) if summed is not None else None
    shares = [_value(reading.get(c.index)) for c in table.money() if c.role in SOURCE_ROLES]
    present = [v for v in shares if v is not None]
    return top is not None and len(present) >= 2 and sum(present, Decimal(0)) == top


def _sums_exactly(reading: dict[int, Cell], table: Table) -> bool:
    """Whether the shares a row writes add up to its 合计 exactly (180 = 180 + nothing)."""
    summed = table.role("sum")
    top = _value(reading.get(summed.index)) if summed is not None else None
    shares = [_value(reading.get(c.index)) for c in table.money() if c.role in SOURCE_ROLES]
    present = [v for v in shares if v is not None]
    return (
        top is not None
        and bool(present)
        and sum(present, Decimal(0)) == top
        and _consistent(reading, table)
    )


def _closed(reading: dict[int, Cell], table: Table) -> bool:
    """Whether a row read this way states its total as the sum of all its sources."""
    sources = [c for c in table.money() if c.role in SOURCE_ROLES]
    values = [_value(reading.get(c.index)) for c in sources]
    if not sources or any(v is None for v in values):
        return False
    share_sum = sum((v for v in values if v is not None), Decimal(0))
    tops = [
        _value(reading.get(c.index))
        for c in (table.role("sum"), table.role("total_investment"))
        if c is not None and reading.get(c.index) is not None
    ]
    return bool(tops) and tops[0] == share_sum and _consistent(reading, table)


#: How many ways to place a row's figures under the money columns are tried at most.
_MOST_READINGS: Final = 256


def _readings(figures: list[Cell], table: Table) -> tuple[dict[int, Cell], ...]:
    """Every order-keeping way to put the figures under the money columns that adds up;
    the readings in which the row's total is the sum of all its sources, if any."""
    money = [c.index for c in table.money()]
    found: list[dict[int, Cell]] = []
    if math.comb(len(money), len(figures)) > _MOST_READINGS:
        # A header written again on one line gives dozens of money columns: the ways to
        # place a row's figures would be millions. None is tried; the row stays undecided.
        return ()
    for chosen in itertools.combinations(money, len(figures)):
        reading = dict(zip(chosen, figures, strict=True))
        if _consistent(reading, table):
            found.append(reading)
    closed = [r for r in found if _closed(r, table)]
    return tuple(closed or found)
