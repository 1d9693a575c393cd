"""File types the importers refuse, each with what to do instead.

Shared by :mod:`aidmodel.importers.files`, which refuses them, and the
``aidmodel`` command, which names the suffixes it reads for any other type.
"""

from __future__ import annotations

from typing import Final

#: Suffix -> ``"<problem>; expected <what to do instead>"``.
REFUSED: Final = {
    ".pdf": "PDF is not read; expected its text extracted into a .txt file",
    ".doc": "old Word files are not read; expected the file saved as .docx",
    ".wps": "WPS files are not read; expected the file saved as .docx",
}
