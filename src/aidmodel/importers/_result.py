"""What an import gives back: programmes, warnings and the account of every amount (private)."""

from __future__ import annotations

from typing import Any

import attrs

from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._validators import (
    instance,
    non_blank,
    optional_instance,
    optional_non_blank,
    to_tuple,
    tuple_of,
)
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError
from aidmodel.model import Programme
from aidmodel.money import Money

__all__ = ["ImportResult", "ImportWarning", "MoneyMention", "WarningCode"]


def _optional_line(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "line" and isinstance(instance, ImportWarning):
        return
    if type(value) is not int or value < 1:
        where = f"{type(instance).__name__}.{attribute.name}"
        raise InvalidValueError(
            where,
            N_("not a line number"),
            expected=N_("an int of 1 or more, or None"),
            got=value,
        )


@labelled(
    TABLE_NOT_READ="附表未读",
    TEXT_NOT_READ="文字未读",
    AMOUNT_NOT_USED="金额未用",
    UPPERCASE_MISMATCH="大写不符",
    UNREADABLE="无法读取",
    CATEGORY_UNMATCHED="类别不符",
    CONFLICTING_FIGURE="数字冲突",
    DERIVED="推算",
    INFERRED="推断",
    CELL_LOST="单元格缺失",
    ROW_NOT_PLACED="行未归位",
    DUPLICATE_TEXT="文字重复",
    NOT_STATED="未载明",
    NO_PROGRAMME="无计划",
)
class WarningCode(LabelledEnum):
    """What an import warning is about (导入提示). Values are stable English words.

    >>> WarningCode.TABLE_NOT_READ.value, WarningCode.TABLE_NOT_READ.label
    ('table_not_read', '附表未读')

    .. versionchanged:: 0.2.0 ``label``, the Chinese term.
    """

    #: An attachment table (附件) was found and not read; the lines are named.
    TABLE_NOT_READ = "table_not_read"
    #: Text that holds no plan the importer reads (a 简报, or prose beside a table).
    TEXT_NOT_READ = "text_not_read"
    #: An amount written in the text is nowhere in the programme.
    AMOUNT_NOT_USED = "amount_not_used"
    #: The uppercase total (大写) says another amount than the figure, or cannot be read.
    UPPERCASE_MISMATCH = "uppercase_mismatch"
    #: A figure, date or rate that cannot be represented (month 13, finer than a fen).
    UNREADABLE = "unreadable"
    #: A category of the totals paragraph that matches no section.
    CATEGORY_UNMATCHED = "category_unmatched"
    #: Two figures for one field (a section's own amount against the totals paragraph).
    CONFLICTING_FIGURE = "conflicting_figure"
    #: A figure the importer computed instead of reading it (the rest of a 含 split).
    DERIVED = "derived"
    #: A field taken from elsewhere than its usual place (the year from the issue date).
    INFERRED = "inferred"
    #: A table row that lost a cell (or a 小计 row written one cell away); says how its
    #: figures were read, or that they could not be placed.
    CELL_LOST = "cell_lost"
    #: A table row that belongs to no section of the narrative, or a table header
    #: whose columns cannot be recognised.
    ROW_NOT_PLACED = "row_not_placed"
    #: A run of lines that repeats earlier lines (a web page holding its text twice); read once.
    DUPLICATE_TEXT = "duplicate_text"
    #: A field of a programme that the text does not state (the donor of a county's fund
    #: table, the year of an undated notice): left empty, never guessed.
    NOT_STATED = "not_stated"
    #: No programme could be built; the text has no title, or neither projects nor a total.
    NO_PROGRAMME = "no_programme"


@attrs.frozen(kw_only=True)
class ImportWarning:
    """Something the importer could not read, or read in a way worth saying (导入提示).

    Attributes:
        line: The line (from 1) it concerns, or ``None`` for the whole text.
        code: What it is about (:class:`WarningCode`).
        message: The warning in plain English words, quoting the text.
        template: The message of the catalogs it was written from (``%(name)s``
            placeholders), or ``None`` for a warning not yet in them.
        params: The values of the template's placeholders, as ``(name, value)`` pairs:
            what the text writes, and figures. :func:`aidmodel.messages.format_warning`
            tells the warning in a reader's language from these.

    >>> w = ImportWarning(line=19, code=WarningCode.AMOUNT_NOT_USED, message="'16万' is not used")
    >>> str(w)
    "line 19: amount_not_used: '16万' is not used"
    """

    line: int | None = attrs.field(default=None, validator=_optional_line)
    code: WarningCode = attrs.field(validator=instance(WarningCode))
    message: str = attrs.field(validator=non_blank)
    template: str | None = attrs.field(default=None, validator=optional_non_blank)
    params: tuple[tuple[str, str | int], ...] = attrs.field(default=(), converter=to_tuple)

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.code.value}: {self.message}"


@attrs.frozen(kw_only=True)
class MoneyMention:
    """An amount written in the text (金额), and where the import put it.

    Attributes:
        line: The line it is written on (from 1).
        text: The amount as written: ``766万元``, ``１２万元``, ``16万``.
        amount: Its value, or ``None`` when it cannot be represented.
        used_as: Where it is in :attr:`ImportResult.programmes`, as a path such as
            ``"programmes[0].projects[3].amount"``; ``None`` when it is not used, and
            then a warning names it.

    >>> MoneyMention(line=19, text="766万元", amount=Money.from_wan(766),
    ...              used_as="programmes[0].declared_total").used_as
    'programmes[0].declared_total'
    """

    line: int = attrs.field(validator=_optional_line)
    text: str = attrs.field(validator=non_blank)
    amount: Money | None = attrs.field(default=None, validator=optional_instance(Money))
    used_as: str | None = attrs.field(default=None, validator=optional_non_blank)


@attrs.frozen(kw_only=True)
class ImportResult:
    """The programmes read from a plan's text, with what could not be read (导入结果).

    Attributes:
        programmes: The programmes found, in text order (a plan gives one; text
            that names no donor, recipient, year and title gives none).
        warnings: What could not be read, or was read with a caveat, in line order.
        amounts: Every amount written in the text, each with where it went; an
            amount that went nowhere has a warning too.

    >>> r = ImportResult()
    >>> r.programmes, r.warnings, r.amounts
    ((), (), ())
    """

    programmes: tuple[Programme, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Programme)
    )
    warnings: tuple[ImportWarning, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ImportWarning)
    )
    amounts: tuple[MoneyMention, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(MoneyMention)
    )
