"""Tables whose columns are aligned by spaces (PDF text): rewritten with tabs, line by line.

PDF extraction gives a table as lines of cells separated by runs of spaces, each cell under
its header label. This stage finds such a table by its 序号 header, puts each cell of a row
under the header label nearest to it (by display width: a Chinese character is two columns),
and writes the row again with tabs, so the table reader reads it as any tab-separated table.
A line that continues a cell (a wrapped name: ``     目``) is joined to that cell of the row
above and left blank; the header written again after a page break becomes a blank line.
Line numbers stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel.importers._lines import Line, split_lines
from aidmodel.importers._sections import page_chrome
from aidmodel.importers._tables import join_cell
from aidmodel.importers.lexicon.columns import (
    AFTER_CHANGE,
    COLUMN_ROLES,
    MONEY_ROLES,
    RECEIVER_COLUMN,
)

__all__ = ["space_tables"]

_CELL: Final = re.compile(r"\S+(?: \S+)*")  # cells: words with single spaces inside
_LABEL: Final = re.compile(r"\S+")  # header labels hold no space
_SENTENCE: Final = re.compile(r"[。，；：,;:]")  # a paragraph, not the rest of a cell
# A heading after the table (三、有关要求, （一）…): no rest of a cell.
_NUMBERED: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])"
)
# 续表, 续上表: the line over a table's header again after a page break.
_CONTINUED: Final = frozenset({"续表", "续上表", "(续表)", "（续表）", "续"})
# A place's name opening a row of a table keyed by place (清涧县  启东市  928.5).
_PLACE_CELL: Final = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:县|区|市|旗|团)(?=[ \u3000])")
_ROW_START: Final = re.compile(
    r"^(?:\d{1,4}|合\s*计|小\s*计|总\s*计|[一二三四五六七八九十]{1,3}(?:、|\s))"
)


def _width(text: str) -> int:
    """Display columns: Chinese characters and the punctuation set with them (“” are of
    ambiguous width, full in Chinese text) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def _spans(raw: str, pattern: re.Pattern[str]) -> list[tuple[float, str]]:
    """The cells of a line with the display column of their centres."""
    return [
        ((_width(raw[: m.start()]) + _width(raw[: m.end()])) / 2, m.group())
        for m in pattern.finditer(raw)
    ]


def _split_figures(raw: str, header: Sequence[tuple[float, str]]) -> list[tuple[float, str]]:
    """The cells of a row, a cell cut again before a figure that PDF text set one space
    after the words of the column before it (购置设备25台（套） 180 under 建设内容 | 合计):
    where the figure stands nearer another header label than the words before it."""

    def column(centre: float) -> int:
        return min(range(len(header)), key=lambda i: abs(header[i][0] - centre))

    cells: list[tuple[float, str]] = []
    for cell in _CELL.finditer(raw):
        words = [
            (word.start(), word.end(), word.group())
            for word in _LABEL.finditer(raw, cell.start(), cell.end())
        ]
        start = 0
        for k in range(1, len(words) + 1):
            if k < len(words):
                previous, current = words[k - 1], words[k]
                if not (
                    _FIGURE.fullmatch(current[2])
                    and column(_centre(raw, current[0], current[1]))
                    != column(_centre(raw, previous[0], previous[1]))
                ):
                    continue
            first, last = words[start][0], words[k - 1][1]
            cells.append((_centre(raw, first, last), raw[first:last]))
            start = k
    return cells


def _start(label: tuple[float, str]) -> float:
    """Where a header label starts, by display width, from its centre."""
    centre, text = label
    return centre - _width(text) / 2


def _lead(raw: str) -> int:
    """The display width of a line's indent."""
    return _width(raw[: len(raw) - len(raw.lstrip())])


def _centre(raw: str, start: int, end: int) -> float:
    return (_width(raw[:start]) + _width(raw[:end])) / 2


_MONTH: Final = re.compile(r"(?:19|20)\d{2}[./-]\d{1,2}")  # 2025.10, the end of a period
_FIGURE: Final = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


#: The first characters of a header's first label (序号, 县区, 受援县, 帮扶县, 对口县, 乡镇, 市县).
_HEADER_FIRST: Final = frozenset("序县区受帮对乡市")


def _is_header(line: Line) -> bool:
    # 序号 …, or 县区 … (a table of the places money is handed down to, keyed by its place)
    if "\t" in line.raw or line.norm[:1] not in _HEADER_FIRST:
        return False
    first = line.norm.split(maxsplit=1)[0]
    if not (line.norm.startswith("序号") or RECEIVER_COLUMN.match(first)):
        return False
    return len(_LABEL.findall(line.raw)) >= 4 and re.search(r"[ \u3000]{2,}", line.raw) is not None


def space_tables(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The lines with every space-aligned table written with tabs.

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "序号 项目名称          金额      单位\\n1    甲茶园项目      120.00    县农业局\\n     二期"
    >>> [line.raw for line in space_tables(split_lines(text))]
    ['序号\\t项目名称\\t金额\\t单位', '1\\t甲茶园项目二期\\t120.00\\t县农业局', '']
    """
    result = _unpiped_rows(lines)
    furniture = page_chrome(result)  # page numbers and running headers inside a table
    index = 0
    while index < len(result):
        line = result[index]
        index += 1
        if not _is_header(line):
            continue
        header = _spans(line.raw, _LABEL)
        by_place = RECEIVER_COLUMN.match(header[0][1]) is not None if header else False
        below = _sub_header(result, index, line)
        # The header's lines as written, to know them again after a page break.
        again = [re.sub(r"\s+", "", line.norm)]
        if below is not None:
            again += [re.sub(r"\s+", "", result[index + k].norm) for k in range(below[3])]
            # 资金来源 over 财政资金 / 区级资金: the labels below take the group's place, the
            # group's words above the first of them (the table reader joins the two rows).
            header, top, bottom, taken = below
            result[index - 1] = _with_tabs(line, top)
            result[index] = _with_tabs(result[index], bottom)
            if taken == 2:
                result[index + 1] = attrs.evolve(result[index + 1], raw="", text="", norm="")
            index += taken
        else:
            labels = [text for _, text in header]
            head = _header_head(result, index - 2, header)
            if head is not None:
                # 项目 / 个数, 下达 / 资金: the first words of labels on the line above them
                # (其中： over the shares of a sum is no part of a label).
                labels = [
                    ("" if word.rstrip("：:") == "其中" else word) + label
                    for word, label in zip(head, labels, strict=True)
                ]
                result[index - 2] = attrs.evolve(result[index - 2], raw="", text="", norm="")
            tail = _header_tail(result, index, header)
            if tail is not None:
                # 援藏资金 / （万元）: the rest of labels on the next line, joined to them.
                again.append(re.sub(r"\s+", "", result[index].norm))
                labels = [label + tail[k] for k, label in enumerate(labels)]
                result[index] = attrs.evolve(result[index], raw="", text="", norm="")
                index += 1
            result[index - 1 - (tail is not None)] = _with_tabs(line, labels)
        previous: tuple[int, list[str]] | None = None
        # Each row as printed and its cells as placed (to place the rest of a wrapped cell).
        written_as: dict[int, tuple[str, list[str]]] = {}
        # Lines that go on with a cell, kept until it is known whose they are: the row above's
        # (a cell wrapped below its row), or the row after them (a row printed centred in its
        # height: the first lines of its tall cells over its one-line cells, the rest below).
        pending: list[tuple[int, list[str]]] = []
        centred: tuple[int, list[str]] | None = None  # the row after them
        anchor: tuple[int, list[str]] | None = None  # the row before them
        # Where the second column starts: a line indented to it or further goes on with a
        # cell of the row above (a paragraph after the table starts before it).
        inner = _start(header[1]) if len(header) > 1 else 10**6
        while index < len(result):
            row = result[index]
            if row.blank or row.number in furniture:
                if not row.blank:
                    result[index] = attrs.evolve(row, raw="", text="", norm="")  # page furniture
                index += 1
                continue
            squeezed = re.sub(r"\s+", "", row.norm)
            if squeezed in _CONTINUED:
                result[index] = attrs.evolve(row, raw="", text="", norm="")  # 续表 after a break
                index += 1
                continue
            if squeezed == again[0]:
                # The header again after a page break, with the lines of its grouped labels.
                taken = 1
                while taken < len(again) and index + taken < len(result):
                    if re.sub(r"\s+", "", result[index + taken].norm) != again[taken]:
                        break
                    taken += 1
                for k in range(taken):
                    result[index + k] = attrs.evolve(result[index + k], raw="", text="", norm="")
                index += taken
                continue
            cells = _spans(row.raw, _CELL)
            # An indented 合计 row is a row; a figure indented past the first column opens
            # the rest of a cell (800人次 under 建设内容), no row.
            starts = (
                (
                    _ROW_START.match(row.norm) is not None
                    and not (row.norm[:1].isdigit() and _lead(row.raw) >= inner)
                )
                or any(text in AFTER_CHANGE for _, text in cells)  # 调整后 under 调整前: a row
                # 县区 | … over 清涧县 | 启东市 | 928.5: a row of each place money goes to.
                or (by_place and _PLACE_CELL.match(row.norm) is not None)
            )
            continuation = (
                row.raw[:1] in " \u3000"
                and not starts
                and (
                    (
                        len(cells) <= 2
                        and all(
                            len(text) <= 16
                            and not _SENTENCE.search(text)
                            and not _NUMBERED.match(text)
                            for _, text in cells
                        )
                    )
                    # 楼建设项目 / 方米，配套建设室外附属工程 / 2025.11: the rest of a row's name,
                    # content and period, cut by the same wrap (no figure of money among them);
                    # a sentence alone is one when it stands under a column past the first.
                    or (
                        previous is not None
                        and (2 <= len(cells) <= 4 or (len(cells) == 1 and _lead(row.raw) >= inner))
                        and all(len(text) <= 24 and not _NUMBERED.match(text) for _, text in cells)
                        and not any(
                            _FIGURE.fullmatch(text) and not _MONTH.fullmatch(text)
                            for _, text in cells
                        )
                    )
                )
            )
            if "\t" in row.raw or not (starts or continuation):
                break
            if _NUMBERED.match(row.norm) and len(cells) < 2:
                following = next((x for x in result[index + 1 :] if not x.blank), None)
                if following is None or not re.match(r"\d{1,4}[ \u3000]", following.norm):
                    break  # 四、保障措施 after the table: a heading, no row
                # 一、产业发展项目（4个，640万元） over rows 1, 2 …: a category row of the table.
                if pending:
                    _settle(result, pending, anchor, centred, None)
                result[index] = _with_tabs(row, [row.text.strip()])
                previous, pending, centred = None, [], None
                index += 1
                continue
            split = _split_figures(row.raw, header)
            if len(split) == len(header) and not continuation:
                # A cell for every label: each in its place, whatever the widths (“” and
                # other characters of ambiguous width shift the columns of some rows).
                placed = [text for _, text in split]
            else:
                placed = [""] * len(header)
                for centre, text in split:
                    column = min(range(len(header)), key=lambda i: abs(header[i][0] - centre))
                    placed[column] = f"{placed[column]} {text}".strip()
                if continuation and previous is not None and previous[0] in written_as:
                    # The rest of a wrapped cell starts where the cell starts in the row
                    # above (会保障局 under 汉滨区人力资源和社), wherever the header's labels are.
                    placed = _under_cells(row.raw, written_as[previous[0]], placed)
            if continuation:
                if centred is not None:
                    opened, previous = _settle(result, pending, anchor, centred, placed)
                    pending, centred = [], None
                    if opened:
                        # …中心建设项目 below 1 | 咀头镇 | 360: the rest of the centred row's cells.
                        previous = _join_rows(result, previous, [(index, placed)])
                    else:
                        anchor, pending = previous, [(index, placed)]
                else:
                    anchor = anchor if pending else previous
                    pending.append((index, placed))
            else:
                if centred is not None:
                    # A row after the row after the lines: they were the rest of the one above.
                    _settle(result, pending, anchor, centred, None)
                    pending, centred = [], None
                result[index] = _with_tabs(row, placed)
                written_as[index] = (row.raw, placed)
                if pending:
                    centred = (index, placed)
                previous = (index, placed)
            index += 1
        if pending:
            _settle(result, pending, anchor, centred, None)
    return tuple(_single_spaced(result))


def _under_cells(raw: str, above: tuple[str, list[str]], placed: list[str]) -> list[str]:
    """The cells of a line that goes on with the row above, each fragment in the column of
    the cell of that row that starts where the fragment starts (±2 display columns); the
    others as the header's labels placed them."""
    above_raw, above_cells = above
    starts: list[tuple[int, int]] = []  # (display start, column) of the row above's cells
    used: set[int] = set()
    for start, _, text in _starts(above_raw, _CELL):
        column = next(
            (k for k, cell in enumerate(above_cells) if k not in used and cell.startswith(text)),
            None,
        )
        if column is not None:
            used.add(column)
            starts.append((start, column))
    fragments = _starts(raw, _CELL)
    moved = [""] * len(placed)
    for start, _, text in fragments:
        near = [column for at, column in starts if abs(at - start) <= 2]
        if not near:
            return placed
        moved[near[0]] = f"{moved[near[0]]} {text}".strip()
    return moved


def _join_rows(
    result: list[Line], row: tuple[int, list[str]], lines: Sequence[tuple[int, list[str]]]
) -> tuple[int, list[str]]:
    """The lines joined to the row's cells, below them, each line left blank."""
    at, cells = row
    for index, placed in lines:
        cells = [join_cell(a, b) for a, b in zip(cells, placed, strict=True)]
        result[index] = attrs.evolve(result[index], raw="", text="", norm="")
    result[at] = _with_tabs(result[at], cells)
    return at, cells


def _settle(
    result: list[Line],
    pending: list[tuple[int, list[str]]],
    above: tuple[int, list[str]] | None,
    centred: tuple[int, list[str]] | None,
    below: list[str] | None,
) -> tuple[bool, tuple[int, list[str]]]:
    """Join the pending lines to the row they belong to; whether they opened the row after
    them, and the last row.

    They open the cells of the row after them (``centred``) when that row is empty in every
    column they write in and the line below it (``below``) goes on in one of those columns:
    a row printed centred in its height. Else they are the rest of the row ``above`` (or,
    with none, rows of their own)."""
    columns = {k for _, placed in pending for k, text in enumerate(placed) if text}
    if (
        centred is not None
        and below is not None
        and all(not centred[1][k] for k in columns)
        and any(below[k] for k in columns)
    ):
        at, cells = centred
        opened = [""] * len(cells)
        for _, placed in pending:
            opened = [join_cell(a, b) for a, b in zip(opened, placed, strict=True)]
        for index, _ in pending:
            result[index] = attrs.evolve(result[index], raw="", text="", norm="")
        cells = [a + b if a and not b else b for a, b in zip(opened, cells, strict=True)]
        result[at] = _with_tabs(result[at], cells)
        return True, (at, cells)
    if above is None:
        for index, placed in pending:
            result[index] = _with_tabs(result[index], placed)
        last = pending[-1]
    else:
        last = _join_rows(result, above, pending)
    return False, centred if centred is not None else last


def _role(label: str) -> str | None:
    return next((role for role, pattern in COLUMN_ROLES if pattern.search(label)), None)


def _single_spaced(lines: list[Line]) -> list[Line]:
    """Tables copied out of a web page with one space between cells (序号 项目类别 项目名称 …
    / 1 产业发展类 X项目 …): a header of five labels or more, each a column's words, over
    rows of as many words, or one fewer where the row leaves its category cell empty (a
    merged cell of the page written once, on its group's first row); a 合计 row's figures go
    to the money columns. Written with tabs; the first row that fits none of these ends it."""
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        labels = line.norm.split(" ")
        if (
            "\t" in line.raw
            or not line.norm.startswith("序号")
            or len(labels) < 5
            or not all(label and _role(label) for label in labels[1:])
        ):
            continue
        roles = [_role(label) for label in labels]
        category = roles.index("category") if "category" in roles else None
        money = [i for i, role in enumerate(roles) if role in MONEY_ROLES]
        lines[index - 1] = _with_tabs(line, line.text.split(" "))
        while index < len(lines):
            row = lines[index]
            words = row.text.split(" ")
            if row.blank or "\t" in row.raw:
                break
            if len(words) == len(labels) and words[0].isdigit():
                cells = words
            elif len(words) == len(labels) - 1 and words[0].isdigit() and category is not None:
                cells = [*words[:category], "", *words[category:]]
            elif (
                _ROW_START.match(row.norm)
                and not words[0].isdigit()
                and money
                and all(_FIGURE.fullmatch(word) for word in words[1:])
                and 0 < len(words) - 1 <= len(money)
            ):
                cells = [words[0]] + [""] * (len(labels) - 1)
                for column, figure in zip(money[-(len(words) - 1) :], words[1:], strict=True):
                    cells[column] = figure
            else:
                break
            lines[index] = _with_tabs(row, cells)
            index += 1
    return lines


def _starts(raw: str, pattern: re.Pattern[str]) -> list[tuple[int, float, str]]:
    """The cells of a line with the display column where each starts and its centre."""
    return [
        (
            _width(raw[: m.start()]),
            (_width(raw[: m.start()]) + _width(raw[: m.end()])) / 2,
            m.group(),
        )
        for m in pattern.finditer(raw)
    ]


def _sub_header(
    lines: Sequence[Line], index: int, header_line: Line
) -> tuple[list[tuple[float, str]], list[str], list[str], int] | None:
    """The labels of a second header line under grouped labels (资金来源 over 财政资金,
    区级资金; 分配资金 over 合计), as the columns (centre, label) they make with the first
    line's labels, the two header rows to write and how many lines below the first they
    take: a third line whose words each continue a label of the second (天津市市级财政 /
    援助资金) is joined to it. ``None`` when the next line is no such line."""
    below = _label_line(lines, index)
    if below is None:
        return None
    found = _starts(below.raw, _LABEL)
    texts = [text for _, _, text in found]
    labels = _starts(header_line.raw, _LABEL)
    if len(found) < 2:
        return None
    taken = 1
    third = _label_line(lines, index + 1)
    if third is not None:
        more = _starts(third.raw, _LABEL)
        owners = [
            next((k for k, (sub, _, _) in enumerate(found) if abs(sub - start) <= 2), None)
            for start, _, _ in more
        ]
        if more and all(owner is not None for owner in owners):
            for owner, (_, _, text) in zip(owners, more, strict=True):
                assert owner is not None
                texts[owner] += text
            taken = 2
    subs = [(start, centre, texts[k]) for k, (start, centre, _) in enumerate(found)]
    columns: list[tuple[float, str]] = []
    top: list[str] = []
    bottom: list[str] = []

    # A label below belongs to the label above whose span holds its start, or, where it
    # starts a little before that span (合计 under a group centred over three columns), to
    # the label above whose centre is nearest its own.
    def owning(sub_start: float, sub_centre: float) -> int:
        spans = [
            k
            for k, (start, _, _) in enumerate(labels)
            if start - 2 <= sub_start < (labels[k + 1][0] if k + 1 < len(labels) else 10**6)
        ]
        nearest = min(range(len(labels)), key=lambda k: abs(labels[k][1] - sub_centre))
        if spans and nearest != spans[0] and labels[nearest][0] - sub_start <= 4:
            return nearest
        return spans[0] if spans else nearest

    held_by = [owning(s, c) for s, c, _ in subs]
    for number, (_, centre, text) in enumerate(labels):
        inside = [(c, t) for (s, c, t), k in zip(subs, held_by, strict=True) if k == number]
        if inside:
            for k, (sub_centre, sub_text) in enumerate(inside):
                columns.append((sub_centre, sub_text))
                top.append(text if k == 0 else "")
                bottom.append(sub_text)
        else:
            columns.append((centre, text))
            top.append(text)
            bottom.append("")
    placed = sum(1 for t in bottom if t)
    if placed != len(subs):
        return None  # a label below no group: not a second header line
    return columns, top, bottom, taken


def _header_tail(
    lines: Sequence[Line], index: int, header: Sequence[tuple[float, str]]
) -> list[str] | None:
    """The rest of the header's labels written on the next line (援藏资金 over （万元）, 建设
    over 年限), by label, or ``None`` when the next line is no such line: indented short words
    without figures, each under a label of its own."""
    below = _label_line(lines, index)
    if below is None or _ROW_START.match(below.norm):
        return None
    rest = [""] * len(header)
    for centre, text in _spans(below.raw, _LABEL):
        column = min(range(len(header)), key=lambda i: abs(header[i][0] - centre))
        if len(text) > 8 or rest[column] or abs(header[column][0] - centre) > 8:
            return None
        rest[column] = text
    return rest


def _header_head(
    lines: Sequence[Line], index: int, header: Sequence[tuple[float, str]]
) -> list[str] | None:
    """The first words of the header's labels written on the line above it (项目 over 个数,
    下达 over 资金), by label, or ``None`` when that line is no such line (a title, a unit)."""
    if index < 0 or _UNIT_WORDS.search(lines[index].norm):
        return None
    return _header_tail(lines, index, header)


_UNIT_WORDS: Final = re.compile("单位|万元|元|表$")


def _label_line(lines: Sequence[Line], index: int) -> Line | None:
    """The line at ``index`` when it is indented words without figures (a header's next
    line), else ``None``."""
    if index >= len(lines):
        return None
    line = lines[index]
    if line.blank or line.raw[:1] not in " \u3000" or re.search(r"\d", line.norm):
        return None
    return line


# | 序号 | 项目名称 | 资金（元） |: a table as a web page's text or Markdown writes it.
_PIPED: Final = re.compile(r"^\s*\|(?:[^|]*\|){2,}\s*$")
_RULE_ROW: Final = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$")


# A table drawn with box-drawing characters (a Word table copied as text): its verticals
# (U+2502, U+2503, U+2551) are pipes, and its border lines (U+2500-U+257F alone, corners or
# crossings among them) are rules.
_BOX_VERTICALS: Final = str.maketrans("\u2502\u2503\u2551", "|||")
_BOX_CHAR: Final = re.compile("[\u2500-\u257f]")
_BOX_BORDER: Final = re.compile(r"^[\u2500-\u257f\s]*[\u2500-\u257f][\u2500-\u257f\s]*$")


def _unboxed(line: Line) -> Line:
    """A line of a box-drawn table written with pipes, its border lines left blank.

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "\\u250c\\u2500\\u252c\\u2500\\u2510\\n\\u2502甲\\u2502120\\u2502"
    >>> [_unboxed(line).raw for line in split_lines(text)]
    ['', '|甲|120|']
    """
    raw = line.raw
    if _BOX_CHAR.search(raw) is None:
        return line
    if _BOX_BORDER.match(raw):
        if not raw.strip(" \u3000\u2500\u2501\u2550"):
            return line  # a rule across the page (above 抄送), no table's
        return attrs.evolve(line, raw="", text="", norm="")
    (written,) = split_lines(raw.translate(_BOX_VERTICALS))
    return attrs.evolve(written, number=line.number)


def _unpiped(line: Line) -> Line:
    """A row written between pipes, with tabs instead (its rule row ``|---|`` left blank)."""
    if not _PIPED.match(line.raw):
        return line
    if _RULE_ROW.match(line.raw):
        return attrs.evolve(line, raw="", text="", norm="")
    return _with_tabs(line, [cell.strip() for cell in line.raw.strip().strip("|").split("|")])


def _unpiped_rows(lines: Sequence[Line]) -> list[Line]:
    """The lines with every row written between pipes written with tabs, and a line of a
    bordered table that goes on with the cells of the row above (|    |    |基地项目 | … |:
    its first cell empty and no figure alone in a cell) joined to it, cell by cell, and left
    blank. A header's unit on its second line (|  |援藏资金|  / |  |（万元）|) joins the same way.

    >>> from aidmodel.importers._lines import split_lines
    >>> text = "|序号|项目名称  |金额|\\n|    |          |（万元）|\\n|1   |甲镇茶园提|120 |\\n|    |升项目    |    |"
    >>> [line.raw for line in _unpiped_rows(split_lines(text))]
    ['序号\\t项目名称\\t金额（万元）', '', '1\\t甲镇茶园提升项目\\t120', '']
    """
    result: list[Line] = []
    above: tuple[int, list[str]] | None = None
    for line in map(_unboxed, lines):
        if not _PIPED.match(line.raw) or _RULE_ROW.match(line.raw):
            result.append(_unpiped(line))
            above = None if not result[-1].blank else above
            continue
        cells = [cell.strip() for cell in line.raw.strip().strip("|").split("|")]
        if (
            above is not None
            and not cells[0]
            and len(cells) == len(above[1])
            and any(cells)
            and not any(_FIGURE.fullmatch(cell) for cell in cells)
        ):
            result.append(line)
            above = _join_rows(result, above, [(len(result) - 1, cells)])
            continue
        result.append(_with_tabs(line, cells))
        above = (len(result) - 1, cells)
    return result


def _with_tabs(line: Line, cells: list[str]) -> Line:
    """The line written again with its cells between tabs (stripped as every line is)."""
    (written,) = split_lines("\t".join(cells))
    return attrs.evolve(written, number=line.number)
