"""Office ledgers (台账) as counties keep them, in CSV or Excel, read into a :class:`~aidmodel.model.Ledger`.

A county office keeps the execution of a plan in a spreadsheet: a title line
or two, then a header of Chinese column names, then one row per record. Each
row names its project (项目名称, or 序号 / 项目编号), its date (日期) and what
happened: money released (拨付金额), money spent (支出金额), a milestone
(进度: 开工, 完工, 验收, 资产移交), a planned amount changed (调整后金额, with
调整前金额), the assets' recipient (移交对象), the voucher or document (凭证号,
文号) and a note (备注). One row may give several events: a release and a
spending on one date, with the project's start.

Amounts are in 元 or 万元 as the header says (拨付金额（万元）), or as a line
above it says (单位：万元); a money column of unknown unit is an error unless
``unit=`` names it. Rows are matched to the programme's projects by name
(spaces ignored), else by number (``1``, ``1.``, ``（1）`` alike); a row that
matches none is named with its line, all of them in one error. Rows of
合计, 小计 and 总计, and empty rows, are skipped.

>>> import datetime as dt
>>> from aidmodel import Programme, Project, Money
>>> from aidmodel.progress import progress
>>> plan = Programme(title="计划", projects=[
...     Project(number="1.", name="五渡镇新茶村产业提升项目", amount=Money.from_wan(66))])
>>> rows = [["单位：万元"],
...         ["序号", "项目名称", "日期", "拨付金额", "支出金额", "进度", "凭证号"],
...         ["1", "五渡镇新茶村产业提升项目", "2025年4月10日", "33", "", "开工", "峨财农〔2025〕8号"],
...         ["1", "五渡镇新茶村 产业提升项目", "2025-05", "", "20", "", "凭证2025-05-031"]]
>>> ledger = parse_ledger(rows, plan, source="台账.xlsx")
>>> [(e.kind.label, str(e.date), e.amount and str(e.amount.to_wan())) for e in ledger.events]
[('拨付', '2025-04-10', '33'), ('开工', '2025-04-10', None), ('支出', '2025-05', '20')]
>>> ledger.events[2].provenance
Provenance(source='台账.xlsx', line_start=4, line_end=None)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal

from aidmodel._optional import require
from aidmodel._validators import checked
from aidmodel._wording import N_, phrase, phrases
from aidmodel.errors import AidModelError, SourceError
from aidmodel.importers.files import decode_text
from aidmodel.model import EventKind, Ledger, LedgerEvent, PartialDate, Programme, Provenance
from aidmodel.money import Money

__all__ = ["parse_ledger", "read_ledger"]

#: The header words of each column, as offices write them (the first that matches wins).
_COLUMNS: Final = {
    "name": ("项目名称", "项目", "名称"),
    "number": ("序号", "项目编号", "编号"),
    "date": ("日期", "时间", "发生日期", "记录日期", "拨付日期", "支出日期"),
    "released": ("拨付金额", "拨付资金", "本次拨付", "拨付"),
    "spent": ("支出金额", "支出资金", "实际支出", "使用金额", "报账金额", "本次支出", "支出"),
    "adjusted": ("调整后金额", "调整后", "调整金额"),
    "previous": ("调整前金额", "调整前"),
    "milestone": ("进度", "项目进度", "进展", "进展情况", "事项", "状态"),
    "recipient": ("移交对象", "接收单位", "移交单位"),
    "document": ("凭证号", "凭证", "文号", "依据", "文件"),
    "note": ("备注", "说明"),
}
_MONEY: Final = ("released", "spent", "adjusted", "previous")
#: What a 进度 cell says, as a milestone event.
_MILESTONES: Final = {
    EventKind.STARTED: ("开工", "已开工", "在建", "动工", "已动工"),
    EventKind.COMPLETED: ("完工", "已完工", "竣工", "已竣工", "建成", "已建成"),
    EventKind.ACCEPTED: ("验收", "已验收", "通过验收", "完成验收"),
    EventKind.HANDED_OVER: ("移交", "资产移交", "已移交", "完成移交"),
}
_NO_MILESTONE: Final = frozenset({"", "-", "—", "/", "未开工", "无"})
_TOTAL_ROWS: Final = frozenset({"合计", "小计", "总计", "共计"})
_UNIT_IN_HEADER: Final = re.compile(r"[（(]?\s*(万元|元)\s*[)）]?\s*$")
_UNIT_LINE: Final = re.compile(r"单位\s*[:：]\s*(万元|元)")
_DATE: Final = re.compile(
    r"\s*([0-9]{4})\s*(?:[-/.年]\s*([0-9]{1,2})\s*(?:[-/.月]\s*([0-9]{1,2})\s*日?|月)?)\s*"
)
_NUMBER_MARKS: Final = re.compile("[\\s.、\uff0e()（）]")
_SPACES: Final = re.compile(r"\s+")
_PLAIN: Final = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")

Unit = Literal["元", "万元"]


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _column_of(title: str) -> str | None:
    bare = _UNIT_IN_HEADER.sub("", _SPACES.sub("", title))
    for key, words in _COLUMNS.items():
        if bare in words:
            return key
    return None


class _Sheet:
    """The header of a ledger: which column is which, and the unit of each money column."""

    def __init__(
        self, rows: Sequence[Sequence[object]], source: str | None, unit: Unit | None
    ) -> None:
        self.source = source
        sheet_unit: str | None = unit
        for index, row in enumerate(rows):
            texts = [_text(cell) for cell in row]
            columns = {_column_of(t): i for i, t in reversed(list(enumerate(texts))) if t}
            columns.pop(None, None)
            if ("name" in columns or "number" in columns) and "date" in columns:
                self.header = index
                self.columns: dict[str, int] = {k: v for k, v in columns.items() if k}
                break
            found = _UNIT_LINE.search("".join(texts))
            if found and unit is None:
                sheet_unit = found.group(1)
        else:
            raise SourceError(
                source,
                None,
                None,
                N_("no header row"),
                expected=N_("a row of column names with 项目名称 (or 序号) and 日期"),
                got=[_text(c) for c in rows[0]] if rows else [],
            )
        self.units: dict[str, Decimal] = {}
        header = [_text(cell) for cell in rows[self.header]]
        for key in _MONEY:
            if key not in self.columns:
                continue
            title = header[self.columns[key]]
            match = _UNIT_IN_HEADER.search(_SPACES.sub("", title))
            said = match.group(1) if match else sheet_unit
            if said is None:
                raise SourceError(
                    source,
                    self.header + 1,
                    self.columns[key] + 1,
                    N_("an amount column without its unit"),
                    expected=N_(
                        "元 or 万元 in the header (拨付金额（万元）), a line 单位：万元 above it, or unit='万元'"
                    ),
                    got=title,
                )
            self.units[key] = Decimal(10000) if said == "万元" else Decimal(1)

    def cell(self, row: Sequence[object], key: str) -> object:
        index = self.columns.get(key)
        return row[index] if index is not None and index < len(row) else None

    def error(
        self,
        line: int,
        key: str,
        problem: str,
        expected: str,
        got: object,
        params: Mapping[str, object] | None = None,
    ) -> SourceError:
        return SourceError(
            self.source,
            line,
            self.columns[key] + 1,
            problem,
            expected=expected,
            got=got,
            params=params,
        )


def _number_key(text: str) -> str:
    return _NUMBER_MARKS.sub("", text)


class _Projects:
    """The programme's projects by name (spaces ignored) and by number (marks ignored)."""

    def __init__(self, programme: Programme) -> None:
        self.by_name: dict[str, list[int]] = {}
        self.by_number: dict[str, list[int]] = {}
        for index, project in enumerate(programme.projects):
            self.by_name.setdefault(_SPACES.sub("", project.name), []).append(index)
            if project.number:
                self.by_number.setdefault(_number_key(project.number), []).append(index)

    def find(self, name: str, number: str) -> int | str:
        """The project's index, or why there is none (a note for the error, a phrase)."""
        named = self.by_name.get(_SPACES.sub("", name), []) if name else []
        numbered = self.by_number.get(_number_key(number), []) if number else []
        if len(named) == 1:
            return named[0]
        if named:  # one name twice in the plan: its number tells them apart
            both = [i for i in named if i in numbered]
            if len(both) == 1:
                return both[0]
            return phrase(N_("%(count)s projects of this name; give its number"), count=len(named))
        if len(numbered) == 1:
            return numbered[0]
        if numbered:
            return phrase(
                N_("%(count)s projects of this number; give its name"), count=len(numbered)
            )
        return phrase(N_("no such project"))


def _date(sheet: _Sheet, row: Sequence[object], line: int) -> PartialDate:
    cell = sheet.cell(row, "date")
    if isinstance(cell, dt.datetime):
        cell = cell.date()
    if isinstance(cell, dt.date):
        return PartialDate.from_date(cell)
    text = _text(cell)
    match = _DATE.fullmatch(text)
    if match is not None:
        year, month, day = (None if g is None else int(g) for g in match.groups())
        try:
            return PartialDate(year, month, day)  # type: ignore[arg-type]
        except AidModelError as err:
            expected = err.expected_template or N_("a date")
            raise sheet.error(
                line, "date", err.problem_template, expected, text, dict(err.params)
            ) from None
    raise sheet.error(
        line,
        "date",
        N_("not a date of a day or a month"),
        expected=N_("2025-09-30, 2025/9/30, 2025年9月30日, 2025-09 or 2025年9月"),
        got=cell,
    )


def _amount(sheet: _Sheet, row: Sequence[object], key: str, line: int) -> Money | None:
    """The amount of a money cell in the column's unit; ``None`` for an empty cell.

    A number is read as written (a float by its shortest repr, as the sheet shows
    it); text may give its own unit (33万元), else it is a plain decimal.
    """
    cell = sheet.cell(row, key)
    if isinstance(cell, bool):
        raise sheet.error(line, key, N_("not an amount"), expected=N_("a number"), got=cell)
    text = repr(cell) if isinstance(cell, float) else _text(cell)
    text = text.replace(",", "").replace("，", "")
    if text in ("", "-", "—", "/"):
        return None
    try:
        if _PLAIN.fullmatch(text):
            return Money.from_yuan(Decimal(text) * sheet.units[key])
        return Money.parse(text)
    except AidModelError as err:
        unit = "万元" if sheet.units[key] == 10000 else "元"
        expected = err.expected_template or N_("a number of %(unit)s")
        params = {"unit": unit, **dict(err.params)}
        raise sheet.error(line, key, err.problem_template, expected, cell, params) from None


def _milestone(sheet: _Sheet, row: Sequence[object], line: int) -> EventKind | None:
    text = _SPACES.sub("", _text(sheet.cell(row, "milestone")))
    if text in _NO_MILESTONE:
        return None
    for kind, words in _MILESTONES.items():
        if text in words:
            return kind
    raise sheet.error(
        line,
        "milestone",
        N_("not a milestone"),
        expected=N_("开工, 完工, 验收 or 资产移交 (已开工, 已完工, 已验收, 已移交), or nothing"),
        got=text,
    )


def _events(sheet: _Sheet, row: Sequence[object], line: int, project: int) -> list[LedgerEvent]:
    date = _date(sheet, row, line)
    texts = {key: _text(sheet.cell(row, key)) or None for key in ("recipient", "document", "note")}
    provenance = Provenance(source=sheet.source, line_start=line)
    common: dict[str, Any] = {
        "project": project,
        "date": date,
        "document": texts["document"],
        "note": texts["note"],
        "provenance": provenance,
    }
    events = []
    for key, kind in (("released", EventKind.RELEASED), ("spent", EventKind.SPENT)):
        amount = _amount(sheet, row, key, line) if key in sheet.columns else None
        if amount is not None and amount.yuan:
            events.append(_event(sheet, line, key, kind=kind, amount=amount, **common))
    if "adjusted" in sheet.columns:
        adjusted = _amount(sheet, row, "adjusted", line)
        previous = _amount(sheet, row, "previous", line) if "previous" in sheet.columns else None
        if adjusted is not None:
            events.append(
                _event(
                    sheet,
                    line,
                    "adjusted",
                    kind=EventKind.ADJUSTED,
                    amount=adjusted,
                    previous=previous,
                    **common,
                )
            )
    milestone = _milestone(sheet, row, line) if "milestone" in sheet.columns else None
    if milestone is not None:
        recipient = texts["recipient"] if milestone is EventKind.HANDED_OVER else None
        events.append(
            _event(sheet, line, "milestone", kind=milestone, recipient=recipient, **common)
        )
    return events


def _event(sheet: _Sheet, line: int, key: str, **fields: Any) -> LedgerEvent:
    try:
        return LedgerEvent(**fields)
    except AidModelError as err:
        raise sheet.error(
            line, key, err.problem_template, err.expected_template or "", err.got, dict(err.params)
        ) from None


def parse_ledger(
    rows: Iterable[Sequence[object]],
    programme: Programme,
    *,
    source: str | None = None,
    unit: Unit | None = None,
) -> Ledger:
    """A ledger from a sheet's rows of cells (台账), its projects matched to the programme's.

    Cells are text, numbers (``int``, ``Decimal``, or the ``float`` Excel holds,
    read by its shortest repr) or dates. Lines count from 1, the first row's
    being line 1; each event's provenance names its line. See the module
    documentation for the columns.

    Raises:
        SourceError: no header row; a money column of unknown unit; a cell that is
            not a date, an amount (finer than a fen included) or a milestone, named
            by line and column; rows that match no project of the programme, all
            named with their lines in one error.
        InvalidTypeError: when ``programme`` is not a Programme.

    >>> from aidmodel import Programme, Project
    >>> plan = Programme(title="计划", projects=[Project(number="1.", name="甲项目")])
    >>> parse_ledger([["项目名称", "日期", "拨付金额（元）"], ["甲项目", "2025-06-30", "1500"],
    ...               ["乙项目", "2025-07-01", "20"], ["合计", "", "1520"], ["丙项目", "2025-07", "1"]],
    ...              plan, source="ledger.csv")
    Traceback (most recent call last):
    ...
    aidmodel.errors.SourceError: ledger.csv, line 3: 2 rows name no project of the programme: line 3 '乙项目' (no such project), line 5 '丙项目' (no such project); expected a project name or number of '计划', got ['乙项目', '丙项目']
    >>> parse_ledger([["项目名称", "日期", "拨付金额（万元）"], ["甲项目", "2025-06", "12.3456789"]], plan)
    Traceback (most recent call last):
    ...
    aidmodel.errors.SourceError: line 2, column 3: finer than one fen (分); expected at most 2 decimal places, got '12.3456789'
    """
    checked(programme, Programme, "parse_ledger", "the aidmodel.Programme the ledger follows")
    table = [list(row) for row in rows]
    sheet = _Sheet(table, source, unit)
    projects = _Projects(programme)
    events: list[LedgerEvent] = []
    unmatched: list[tuple[int, str, str]] = []
    for offset, row in enumerate(table[sheet.header + 1 :]):
        line = sheet.header + offset + 2
        name = _text(sheet.cell(row, "name"))
        number = _text(sheet.cell(row, "number"))
        if not any(_text(cell) for cell in row) or _SPACES.sub("", name) in _TOTAL_ROWS:
            continue
        if number in _TOTAL_ROWS:
            continue
        project = projects.find(name, number)
        if isinstance(project, str):
            unmatched.append((line, name or number, project))
            continue
        events.extend(_events(sheet, row, line, project))
    if unmatched:
        named = phrases(
            phrase(N_("line %(line)s %(text)r (%(why)s)"), line=line, text=text, why=why)
            for line, text, why in unmatched
        )
        count = len(unmatched)
        raise SourceError(
            source,
            unmatched[0][0],
            None,
            N_("%(count)s rows name no project of the programme: %(named)s")
            if count > 1
            else N_("%(count)s row names no project of the programme: %(named)s"),
            expected=N_("a project name or number of %(title)r"),
            got=[text for _, text, _ in unmatched],
            params={"count": count, "named": named, "title": programme.title},
        )
    return Ledger(programme=programme.title, events=events)


def _csv_rows(data: bytes, source: str) -> list[list[object]]:
    """The rows of a CSV file; tab-separated when its first line has more tabs than commas."""
    text = decode_text(data, source=source)
    first = text.split("\n", 1)[0]
    dialect = csv.excel_tab if first.count("\t") > first.count(",") else csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_rows(path: Path, source: str) -> list[list[object]]:
    openpyxl = require("openpyxl", "excel", "read_ledger")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises zip, XML and its own errors alike
        raise SourceError(
            source,
            None,
            None,
            N_("not an Excel workbook (%(err)s)"),
            expected=N_("an .xlsx file"),
            got=source,
            params={"err": err},
        ) from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_ledger(
    path: str | os.PathLike[str], programme: Programme, *, unit: Unit | None = None
) -> Ledger:
    """Read an office's ledger file: ``.csv`` (UTF-8 or GB18030, comma or tab) or ``.xlsx``.

    The first sheet of a workbook is read, through openpyxl (the ``excel`` extra);
    see :func:`parse_ledger` for the rows. Provenance names the file.

    Raises:
        SourceError: a file that cannot be read or of another type, and what
            :func:`parse_ledger` raises.
        MissingDependencyError: an ``.xlsx`` file without openpyxl installed.

    >>> from aidmodel import Programme, Project
    >>> read_ledger("nowhere.csv", Programme(title="计划"))
    Traceback (most recent call last):
    ...
    aidmodel.errors.SourceError: nowhere.csv: no such file; expected a ledger file (.csv or .xlsx), got 'nowhere.csv'
    """
    file = Path(path)
    source = file.name
    suffix = file.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise SourceError(
            source,
            None,
            None,
            N_("unknown file type %(value)r"),
            expected=N_("a ledger in .csv or .xlsx"),
            got=source,
            params={"value": suffix or "(no suffix)"},
        )
    if not file.is_file():
        raise SourceError(
            source,
            None,
            None,
            N_("no such file"),
            expected=N_("a ledger file (.csv or .xlsx)"),
            got=str(path),
        )
    if suffix == ".xlsx":
        rows: list[list[object]] = _xlsx_rows(file, source)
    else:
        try:
            data = file.read_bytes()
        except OSError as err:
            raise SourceError(
                source,
                None,
                None,
                N_("cannot be read (%(strerror)s)"),
                expected=N_("a readable file"),
                got=str(path),
                params={"strerror": err.strerror},
            ) from None
        rows = _csv_rows(data, source)
    return parse_ledger(rows, programme, source=source, unit=unit)
