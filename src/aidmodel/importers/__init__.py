"""Importers (导入): a plan's text in, :class:`~aidmodel.Programme` objects out.

:func:`parse_plan` reads the plain text of a paired-assistance plan as text
extraction gives it (a covering notice, the title, the totals paragraph,
sections numbered in mixed styles, project paragraphs with their fields) and
returns an :class:`ImportResult`: the programmes, the warnings, and every
amount of the text with where it went. Only a non-str input raises; anything
the importer cannot read becomes a warning.

This first version reads prose plans and bulletins (简报): a bulletin gives one
programme per article that names a donor and a recipient, its figures as
achievements, and page text repeated on a web page is read once (a
``duplicate_text`` warning names the lines). Attachment tables are named in a
``table_not_read`` warning with their lines.

>>> from aidmodel.importers import parse_plan
>>> parse_plan("").programmes
()

.. versionadded:: 0.1.0
"""

from aidmodel.importers._plan import parse_plan
from aidmodel.importers._result import ImportResult, ImportWarning, MoneyMention, WarningCode

__all__ = ["ImportResult", "ImportWarning", "MoneyMention", "WarningCode", "parse_plan"]
