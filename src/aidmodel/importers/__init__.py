"""Importers (导入): a plan's text in, :class:`~aidmodel.Programme` objects out.

:func:`parse_plan` reads the plain text of a paired-assistance plan as text
extraction gives it (a covering notice, the title, the totals paragraph,
sections numbered in mixed styles, project paragraphs with their fields) and
returns an :class:`ImportResult`: the programmes, the warnings, and every
amount of the text with where it went. Only a non-str input raises; anything
the importer cannot read becomes a warning.

It reads prose plans, their attachment tables (附件), flattened one cell per
line or tab-separated, by their header words, and bulletins (简报): a bulletin
gives one programme per article that names a donor and a recipient, its figures
as achievements, and page text repeated on a web page is read once (a
``duplicate_text`` warning names the lines). A table whose header names no
项目名称 or no money column is named in a ``table_not_read`` warning with its lines.

:func:`read_plan` reads a file (``.txt`` in UTF-8 or GB18030, ``.docx`` with the
``docx`` extra) and parses it; :func:`read_text` and :func:`decode_text` give the
text only (see :mod:`aidmodel.importers.files`). :func:`read_ledger` and
:func:`parse_ledger` read an office's ledger (台账) in CSV or Excel
(see :mod:`aidmodel.importers.ledgers`).

>>> from aidmodel.importers import parse_plan
>>> parse_plan("").programmes
()

.. versionadded:: 0.1.0
"""

from typing import TYPE_CHECKING

from aidmodel.importers._filetypes import SUFFIXES

if TYPE_CHECKING:  # imported on first use (see __getattr__): the importer is slow to load
    from aidmodel.importers._plan import parse_plan
    from aidmodel.importers._result import ImportResult, ImportWarning, MoneyMention, WarningCode
    from aidmodel.importers.files import decode_text, read_plan, read_text
    from aidmodel.importers.ledgers import parse_ledger, read_ledger

__all__ = [
    "SUFFIXES",
    "ImportResult",
    "ImportWarning",
    "MoneyMention",
    "WarningCode",
    "decode_text",
    "parse_ledger",
    "parse_plan",
    "read_ledger",
    "read_plan",
    "read_text",
]

#: The names imported on first use, by module (``aidmodel --help`` needs SUFFIXES only).
_LAZY: dict[str, str] = {
    "parse_plan": "aidmodel.importers._plan",
    **dict.fromkeys(
        ("ImportResult", "ImportWarning", "MoneyMention", "WarningCode"),
        "aidmodel.importers._result",
    ),
    **dict.fromkeys(("decode_text", "read_plan", "read_text"), "aidmodel.importers.files"),
    **dict.fromkeys(("parse_ledger", "read_ledger"), "aidmodel.importers.ledgers"),
}

if not TYPE_CHECKING:  # (hidden from mypy, which would then take any name as an attribute)
    from aidmodel._lazy import lazy_names

    __getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())
