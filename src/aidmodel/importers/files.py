"""Readers for the files plans come in (文件读取): ``.txt`` and ``.docx`` in, text out.

:func:`read_plan` reads a file by its suffix and gives it to
:func:`~aidmodel.importers.parse_plan`; :func:`read_text` gives the text only,
and :func:`decode_text` decodes the bytes of a text file.

- ``.txt``, ``.text`` and ``.md``: UTF-8 (with or without a byte order mark) or
  GB18030 (the encoding of Chinese Windows, a superset of GBK and GB2312),
  detected by decoding strictly, UTF-8 first; UTF-16 only with its byte order
  mark. Line ends are normalised to ``\\n``. Text that decodes but is not
  Chinese as written (Big5, Shift-JIS, EUC-KR, UTF-32, HZ bytes read as GB18030
  or UTF-8) is refused, naming the encoding the bytes read in.
- ``.docx`` (needs the ``docx`` extra: ``pip install 'aidmodel[docx]'``): the
  paragraphs of the body in document order, each table where it stands, one line
  per table row with the cell texts separated by tabs (the tab form of seed 004:
  a merged cell gives its text once and empty cells for the rest of its span).

PDF is not read: text extraction from PDF gives every character but not the
lines a plan is read by (lines wrapped at the page width, table cells without
their columns); extract the text yourself and check it, then pass the ``.txt``.
Old Word files (``.doc``, ``.wps``) must be saved as ``.docx`` first.

>>> decode_text("一、总体要求\\r\\n".encode("gb18030"))
'一、总体要求\\n'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from aidmodel._optional import require
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, SourceError
from aidmodel.importers import _filetypes
from aidmodel.importers._filetypes import REFUSED
from aidmodel.importers._plan import parse_plan
from aidmodel.importers._result import ImportResult
from aidmodel.importers.lexicon.characters import COMMON_CHARACTERS

__all__ = ["SUFFIXES", "decode_text", "read_plan", "read_text"]

#: The suffixes :func:`read_text` and :func:`read_plan` accept, with the reader used.
SUFFIXES: Final = _filetypes.SUFFIXES

_ACCEPTED: Final = ", ".join(SUFFIXES)
# What REFUSED (the file types that are not read) says, as the messages of the catalogs, so
# that an error of a refused file is told in any locale.
_REFUSED_MESSAGES: Final = (
    N_("PDF is not read"),
    N_("its text extracted into a .txt file"),
    N_("old Word files are not read"),
    N_("the file saved as .docx"),
    N_("WPS files are not read"),
)
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ENCODINGS: Final = ["utf-8", "gb18030"]
_NAMES: Final = {
    "utf-8": "UTF-8",
    "gb18030": "GB18030",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
}
#: CJK letters: Han, kana, Hangul, private use (what mis-decoded bytes give) and U+FFFD.
_LETTER: Final = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\u3130-\u318f"
    "\uac00-\ud7af\ue000-\uf8ff\ufffd]"
)
_COMMON: Final = re.compile(f"[{COMMON_CHARACTERS}]")
#: Text with at least this many CJK letters is judged by the share of common characters.
_MIN_LETTERS: Final = 20
#: Chinese as written: at least 86 % of the CJK letters of every fixture plan are common.
_READS: Final = 0.4
#: Below this share the text is refused even when no other encoding reads better.
_GARBLED: Final = 0.2
#: Encodings a file may be in when its bytes do not read as Chinese, in the order tried,
#: with the name iconv gives each.
_OTHER_ENCODINGS: Final = (
    ("utf-32", "UTF-32"),
    ("utf-32-be", "UTF-32BE"),
    ("utf-16", "UTF-16"),
    ("utf-16-be", "UTF-16BE"),
    ("big5", "BIG5"),
    ("big5hkscs", "BIG5-HKSCS"),
    ("cp950", "CP950"),
    ("shift_jis", "SHIFT_JIS"),
    ("cp932", "CP932"),
    ("euc_jp", "EUC-JP"),
    ("euc_kr", "EUC-KR"),
    ("cp949", "CP949"),
    ("hz", "HZ"),
    ("iso2022_jp", "ISO-2022-JP"),
    ("iso2022_kr", "ISO-2022-KR"),
)
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_OF: Final = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
# Subtrees of a paragraph that are not its text: text boxes, deleted text, field codes.
_SKIP: Final = {f"{_W}{tag}" for tag in ("txbxContent", "del", "instrText", "rPr", "pPr")}
# Elements that wrap paragraphs, rows or cells without being one: content controls.
_WRAPPERS: Final = {f"{_W}{tag}" for tag in ("sdt", "sdtContent", "customXml")}


def _line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, *, source: str | None = None) -> str:
    """The text of a plan's bytes (解码): UTF-8 or GB18030, line ends normalised.

    A UTF-8 byte order mark is dropped; UTF-16 is read when its byte order mark
    says so. Otherwise the bytes are decoded strictly as UTF-8 and, when that
    fails, as GB18030. Bytes that are neither raise an error naming the line,
    the column and the byte offset (from 0) where the decoding that read
    furthest stopped.

    Decoded text that is not Chinese as written raises an error too: at least
    20 CJK characters of which fewer than 40 % are common Chinese characters
    while another encoding (Big5, Shift-JIS, EUC-KR, UTF-16, UTF-32, HZ ...)
    reads better, or fewer than 20 % whatever reads better; or many NUL
    characters (UTF-16 or UTF-32 without a byte order mark). The error names the
    encoding the bytes read in, when one does.
    ``\\r\\n`` and ``\\r`` become ``\\n``; nothing else is changed.

    Args:
        data: The bytes of the file.
        source: The file name for messages, or ``None``.

    Raises:
        SourceError: when the bytes are neither UTF-8 nor GB18030, or their text is not
            Chinese as written.
        InvalidTypeError: when ``data`` is not bytes.

    >>> decode_text(b"\\xef\\xbb\\xbf\\xe5\\xb8\\xae\\xe6\\x89\\xb6\\r\\n")
    '帮扶\\n'
    >>> decode_text("帮扶资金766万元".encode("gb18030"))
    '帮扶资金766万元'
    >>> decode_text(b"\\xb0\\xef\\xb7\\xf6\\n\\xff\\xfe", source="plan.txt")
    Traceback (most recent call last):
    ...
    aidmodel.errors.SourceError: plan.txt, line 2, column 1: bytes neither UTF-8 nor GB18030 at byte offset 5 (GB18030 read furthest); expected text in UTF-8 or GB18030, got b'\\xff'
    >>> title = "峨边彝族自治县人民政府办公室关于印发2025年项目实施方案的通知"
    >>> decode_text(title.encode("big5", errors="replace"), source="plan.txt")
    Traceback (most recent call last):
    ...
    aidmodel.errors.SourceError: plan.txt: the text read as GB18030 is not Chinese as written (0% of its 20 CJK characters are common ones); expected a plan in UTF-8 or GB18030; the bytes read as BIG5: convert the file first, iconv -f BIG5 -t UTF-8, got ...
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidTypeError(
            "decode_text",
            N_("a %(type)s is not bytes"),
            expected=N_("bytes"),
            got=data,
            params={"type": type(data).__name__},
        )
    data = bytes(data)
    start, encodings = 0, _ENCODINGS
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            start, encodings = len(bom), [encoding]
            break
    failures: list[tuple[int, str, UnicodeDecodeError]] = []
    for encoding in encodings:
        try:
            text = _line_ends(data[start:].decode(encoding))
        except UnicodeDecodeError as failure:
            failures.append((start + failure.start, encoding, failure))
        else:
            _check_reads_as_chinese(data, text, encoding, source)
            return text
    offset, encoding, err = max(failures, key=lambda found: found[0])
    before = _line_ends(data[start:offset].decode(encoding, errors="replace"))
    line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
    names = [_NAMES[encoding] for encoding in encodings]  # one (after a BOM) or two
    other = _other_encoding(data)
    if len(names) > 1:
        problem = N_(
            "bytes neither %(first)s nor %(second)s at byte offset %(offset)s"
            " (%(furthest)s read furthest)"
        )
        expected = (
            N_("text in %(first)s or %(second)s")
            if other is None
            else N_(
                "text in %(first)s or %(second)s (the bytes read as %(other)s: convert the file"
                " first, iconv -f %(other)s -t UTF-8)"
            )
        )
    else:
        problem = N_("bytes not %(first)s at byte offset %(offset)s")
        expected = (
            N_("text in %(first)s")
            if other is None
            else N_(
                "text in %(first)s (the bytes read as %(other)s: convert the file first,"
                " iconv -f %(other)s -t UTF-8)"
            )
        )
    raise SourceError(
        source,
        line,
        column,
        problem,
        expected=expected,
        got=data[offset : offset + max(err.end - err.start, 1)],
        params={
            "first": names[0],
            "second": names[-1],
            "offset": offset,
            "furthest": _NAMES[encoding],
            "other": other,
        },
    ) from err


def _share(text: str) -> tuple[int, float]:
    """How many CJK letters the text has, and the share of them that are common characters."""
    letters = len(_LETTER.findall(text))
    return letters, len(_COMMON.findall(text)) / letters if letters else 1.0


def _other_encoding(data: bytes) -> str | None:
    """The encoding (iconv's name) in which the bytes read best as Chinese, if one does."""
    best: tuple[float, str] | None = None
    for codec, name in _OTHER_ENCODINGS:
        try:
            text = data.decode(codec)
        except UnicodeError:
            continue
        if "\x00" in text:
            continue
        letters, share = _share(text)
        if letters >= _MIN_LETTERS and share >= 0.6 and (best is None or share > best[0]):
            best = (share, name)
    return None if best is None else best[1]


def _check_reads_as_chinese(data: bytes, text: str, encoding: str, source: str | None) -> None:
    """Refuse decoded text that is not Chinese as written: bytes in another encoding.

    Big5, Shift-JIS and EUC-KR bytes decode as GB18030 to rare characters, kana and
    private-use code points; UTF-16 and UTF-32 without a byte order mark to text full of
    NULs; HZ and ISO-2022 to ASCII with escape sequences. Each is told by the share of
    common Chinese characters among the CJK letters (lexicon.characters), and the error
    names the encoding in which the bytes do read as Chinese, when one does.
    """
    nuls = text.count("\x00")
    letters, share = _share(text)
    many_nuls = nuls >= 16 and nuls * 10 >= len(text)
    garbled = letters >= _MIN_LETTERS and share < _READS
    escaped = letters < _MIN_LETTERS and ("~{" in text or "\x1b" in text)
    if not (many_nuls or garbled or escaped):
        return
    other = _other_encoding(data)
    if other is None and not many_nuls and not (garbled and share < _GARBLED):
        return
    name = _NAMES[encoding]
    if many_nuls:
        problem = N_("%(nuls)s NUL characters in the text read as %(name)s")
    elif garbled:
        problem = N_(
            "the text read as %(name)s is not Chinese as written (%(share)s of its"
            " %(letters)s CJK characters are common ones)"
        )
    else:
        problem = N_("the text read as %(name)s has escape sequences and no Chinese")
    if other is not None:
        expected = N_(
            "a plan in UTF-8 or GB18030; the bytes read as %(other)s: convert the file first,"
            " iconv -f %(other)s -t UTF-8"
        )
    else:
        expected = N_(
            "a plan in UTF-8 or GB18030; convert the file to UTF-8 from the encoding it was"
            " saved in (Big5, Shift-JIS, EUC-KR, UTF-16, UTF-32, HZ ...)"
        )
    raise SourceError(
        source,
        None,
        None,
        problem,
        expected=expected,
        got=text[:40],
        params={
            "nuls": nuls,
            "name": name,
            "share": f"{share:.0%}",
            "letters": letters,
            "other": other,
        },
    )


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return suffix
    if suffix in REFUSED:
        problem, expected = REFUSED[suffix].split("; expected ")
        raise SourceError(str(path), None, None, problem, expected=expected, got=path.name)
    raise SourceError(
        str(path),
        None,
        None,
        N_("unknown file type %(value)r"),
        expected=N_("a file ending in %(suffixes)s"),
        got=path.name,
        params={"value": suffix or "(no suffix)", "suffixes": _ACCEPTED},
    )


def _path(path: str | os.PathLike[str], where: str) -> Path:
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(
            where,
            N_("a %(type)s is not a path"),
            expected=N_("a str or Path"),
            got=path,
            params={"type": type(path).__name__},
        )
    name = os.fspath(path)
    if not isinstance(name, str):
        raise InvalidTypeError(
            where,
            N_("a path of %(type)s"),
            expected=N_("a str or Path"),
            got=path,
            params={"type": type(name).__name__},
        )
    if "\x00" in name:
        raise SourceError(
            name.replace("\x00", "\\x00"),
            None,
            None,
            N_("a NUL character in the file name"),
            expected=N_("a path without NUL characters"),
            got=name,
        )
    return Path(name)


def _os_error(path: Path, err: OSError) -> SourceError:
    if isinstance(err, FileNotFoundError):
        return SourceError(
            str(path),
            None,
            None,
            N_("no such file"),
            expected=N_("an existing file"),
            got=str(path),
        )
    reason = err.strerror or type(err).__name__
    return SourceError(
        str(path),
        None,
        None,
        N_("cannot be read (%(reason)s)"),
        expected=N_("a readable file"),
        got=str(path),
        params={"reason": reason},
    )


def _run_text(run: Any) -> Iterator[str]:
    for child in run:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag in _TEXT_OF:
            text = _TEXT_OF[tag]
            yield (child.text or "") if text is None else text
        elif tag == f"{_W}br":
            # A line break is a new line; a page or column break only moves the text.
            if child.get(f"{_W}type") in (None, "textWrapping"):
                yield "\n"
        else:
            yield from _run_text(child)


def _paragraph(element: Any) -> str:
    return "".join(_run_text(element))


def _cell(element: Any) -> str:
    """A cell's paragraphs (and nested tables), joined by spaces: no tab or newline."""
    lines = (" ".join(line.split("\t")).strip() for line in _blocks(element))
    return " ".join(line for line in lines if line)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """The children with this tag, looking through content controls (w:sdt) around them."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _grid(element: Any, name: str) -> int:
    found = element.find(f"{_W}{name}")
    if found is None:
        return 0
    try:
        return max(int(found.get(f"{_W}val", "0")), 0)
    except ValueError:
        return 0


def _row(row: Any) -> str:
    """One table row as tab-separated cells, spans and vertical merges as empty cells."""
    properties = row.find(f"{_W}trPr")
    cells: list[str] = [""] * (_grid(properties, "gridBefore") if properties is not None else 0)
    for cell in _children(row, f"{_W}tc"):
        cell_properties = cell.find(f"{_W}tcPr")
        span = 1
        merged = False
        if cell_properties is not None:
            span = max(_grid(cell_properties, "gridSpan"), 1)
            vmerge = cell_properties.find(f"{_W}vMerge")
            merged = vmerge is not None and vmerge.get(f"{_W}val") != "restart"
        cells.append("" if merged else _cell(cell))
        cells.extend([""] * (span - 1))
    if properties is not None:
        cells.extend([""] * _grid(properties, "gridAfter"))
    return "\t".join(cells)


def _blocks(parent: Any) -> Iterator[str]:
    for child in parent:
        if child.tag == f"{_W}p":
            yield from _paragraph(child).split("\n")
        elif child.tag == f"{_W}tbl":
            yield from (_row(row) for row in _children(child, f"{_W}tr"))
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _docx_text(path: Path) -> str:
    docx = require("docx", "docx", "read_text")
    try:
        document = docx.Document(str(path))
    except OSError as err:
        raise _os_error(path, err) from err
    except Exception as err:  # python-docx raises its own and zipfile's errors
        raise SourceError(
            str(path),
            None,
            None,
            N_("not a Word document (%(type)s: %(err)s)"),
            expected=N_("a .docx file (Office Open XML)"),
            got=path.name,
            params={"type": type(err).__name__, "err": err},
        ) from err
    return "\n".join(_blocks(document.element.body))


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a plan's file (读取文本), as :func:`~aidmodel.importers.parse_plan` reads it.

    ``.txt``, ``.text`` and ``.md`` are decoded by :func:`decode_text`; ``.docx``
    gives its paragraphs and table rows in document order (table cells separated
    by tabs). Suffixes are matched without regard to case.

    Raises:
        SourceError: when the file is missing or unreadable, its type is not one of
            :data:`SUFFIXES`, its bytes are neither UTF-8 nor GB18030, or a
            ``.docx`` is not a Word document.
        MissingDependencyError: when a ``.docx`` is read without python-docx
            (``pip install 'aidmodel[docx]'``).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "plan.txt").write_bytes("（一）产业协作\\r\\n".encode("gb18030"))
    >>> read_text(folder / "plan.txt")
    '（一）产业协作\\n'
    >>> read_text(folder / "plan.pdf")
    Traceback (most recent call last):
    ...
    aidmodel.errors.SourceError: .../plan.pdf: PDF is not read; expected its text extracted into a .txt file, got 'plan.pdf'
    """
    file = _path(path, "read_text")
    if _suffix(file) == ".docx":
        if not file.is_file():
            raise _os_error(file, FileNotFoundError(str(file)))
        return _docx_text(file)
    try:
        data = file.read_bytes()
    except OSError as err:
        raise _os_error(file, err) from err
    except ValueError as err:  # pragma: no cover - _path refuses what open() cannot take
        raise SourceError(
            str(file),
            None,
            None,
            N_("cannot be read (%(err)s)"),
            expected=N_("a readable file"),
            got=str(file),
            params={"err": err},
        ) from err
    return decode_text(data, source=str(file))


def read_plan(path: str | os.PathLike[str], *, source: str | None = None) -> ImportResult:
    """Read a plan's file into programmes (读取方案): :func:`read_text`, then ``parse_plan``.

    Args:
        path: A ``.txt``, ``.text``, ``.md`` or ``.docx`` file.
        source: The name the provenance gives; the file name by default.

    Raises:
        SourceError, MissingDependencyError: as :func:`read_text`. What the text
            holds never raises: it gives warnings.

    >>> import tempfile, pathlib
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "甲县方案.txt"
    >>> _ = file.write_bytes(
    ...     "甲县2025年东西部协作项目实施方案\\r\\n"
    ...     "依托浙江省乙市丙区优势，制定本方案。\\r\\n"
    ...     "2025年安排东西部协作资金100万元，实施项目1个。\\r\\n"
    ...     "（一）产业协作\\r\\n"
    ...     "1.茶叶加工项目。投入资金100万元，新建生产线1条。\\r\\n".encode("gb18030"))
    >>> result = read_plan(file)
    >>> [(p.title, p.projects[0].name) for p in result.programmes]
    [('甲县2025年东西部协作项目实施方案', '茶叶加工项目')]
    >>> result.programmes[0].provenance.source
    '甲县方案.txt'

    """
    file = _path(path, "read_plan")
    return parse_plan(read_text(file), source=file.name if source is None else source)
