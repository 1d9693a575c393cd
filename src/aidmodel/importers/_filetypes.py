"""File types the importers read, and those they refuse with what to do instead.

Shared by :mod:`aidmodel.importers.files`, which refuses them, and the
``aidmodel`` command, which names the suffixes it reads for any other type
(this module is all it loads of the importers to build its ``--help``).
"""

from __future__ import annotations

from typing import Final

#: The suffixes the importers read, with the reader used (aidmodel.importers.files.SUFFIXES).
SUFFIXES: Final = {".txt": "text", ".text": "text", ".md": "text", ".docx": "docx"}

#: Suffix -> ``"<problem>; expected <what to do instead>"``.
REFUSED: Final = {
    ".pdf": "PDF is not read; expected its text extracted into a .txt file",
    ".doc": "old Word files are not read; expected the file saved as .docx",
    ".wps": "WPS files are not read; expected the file saved as .docx",
}
