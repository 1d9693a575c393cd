"""The file readers: .txt in UTF-8, UTF-8 with BOM and GB18030; .docx built from seed text.

The .docx fixtures are written here with python-docx from the seeds' text (one
paragraph per line, each run of tab-separated lines as one real Word table), so
reading them back must give the text parse_plan reads, line for line.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from aidmodel.errors import AidModelError, InvalidTypeError, MissingDependencyError, SourceError
from aidmodel.importers import SUFFIXES, decode_text, parse_plan, read_plan, read_text
from sample_support import seed_text

SEEDS = ("000", "001", "002", "003", "004")
PLANS = Path(__file__).resolve().parent.parent / "fixtures" / "plans"


def _docx() -> Any:
    return pytest.importorskip("docx", reason="python-docx (the docx extra) is not installed")


# -- text files --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("encoding", "line_end"),
    [
        ("utf-8", "\n"),
        ("utf-8-sig", "\r\n"),
        ("gb18030", "\r\n"),
        ("gb18030", "\r"),
        ("utf-16", "\n"),
    ],
)
def test_a_seed_in_any_encoding_reads_as_in_utf8(
    tmp_path: Path, seed: str, encoding: str, line_end: str
) -> None:
    text = seed_text(seed)
    file = tmp_path / "plan.txt"
    file.write_bytes(text.replace("\n", line_end).encode(encoding))
    assert read_text(file) == text
    assert read_plan(file) == parse_plan(text, source="plan.txt")


@pytest.mark.parametrize("suffix", [".txt", ".TXT", ".text", ".md"])
def test_text_suffixes(tmp_path: Path, suffix: str) -> None:
    file = tmp_path / f"方案{suffix}"
    file.write_bytes("甲县\r\n".encode("gb18030"))
    assert read_text(str(file)) == "甲县\n"


def test_gb18030_text_is_not_taken_for_utf8() -> None:
    text = seed_text("000")
    data = text.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_text(data) == text


@pytest.mark.parametrize(
    ("data", "where", "offset", "got"),
    [
        # UTF-8 reads up to 乙 written in GB18030, further than GB18030 reads.
        ("甲\n".encode() + "乙".encode("gb18030") + b"\xff", "line 2, column 1", 4, "b'\\xd2'"),
        ("帮扶\r\n资金".encode("gb18030") + b"\x80", "line 2, column 3", 10, "b'\\x80'"),
        # A tie: both stop at 0xff; UTF-8, tried first, is named.
        (b"ok\r\r" + "资金".encode() + b"\xff", "line 3, column 3", 10, "b'\\xff'"),
    ],
)
def test_bad_bytes_name_line_column_and_offset(
    data: bytes, where: str, offset: int, got: str
) -> None:
    with pytest.raises(SourceError) as caught:
        decode_text(data, source="plan.txt")
    message = str(caught.value)
    assert message.startswith(f"plan.txt, {where}: bytes neither UTF-8 nor GB18030 at byte ")
    assert f"at byte offset {offset} " in message
    assert message.endswith(f"expected text in UTF-8 or GB18030, got {got}")
    assert isinstance(caught.value, ValueError)


def test_bad_bytes_after_a_bom_are_named_in_that_encoding(tmp_path: Path) -> None:
    file = tmp_path / "plan.txt"
    file.write_bytes(codecs.BOM_UTF8 + "甲县".encode() + b"\xff")
    with pytest.raises(
        SourceError, match=r"plan\.txt, line 1, column 3: bytes not UTF-8 at byte offset 9;"
    ):
        read_text(file)
    file.write_bytes(codecs.BOM_UTF16_LE + "甲\n县".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(SourceError, match=r"line 2, column 2: bytes not UTF-16 at byte offset 8;"):
        read_text(file)


# GB18030 encodes every code point but the surrogates; \r is normalised away.
_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"))


#: What decode_text says of text that decodes but is not Chinese as written.
NOT_CHINESE = r"NUL characters in the text|is not Chinese as written|has escape sequences"


@given(_TEXT)
def test_utf8_text_reads_back_equal(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # a leading U+FEFF is a byte order mark
    try:
        decoded: str | None = decode_text(text.encode("utf-8"))
    except SourceError as err:  # random CJK letters are not Chinese as written
        decoded, problem = None, str(err)
    if decoded is None:
        assert re.search(NOT_CHINESE, problem)
        return
    assert decoded == text
    assert decode_text(codecs.BOM_UTF8 + text.encode("utf-8")) == text


@given(_TEXT)
def test_gb18030_text_reads_back_equal(text: str) -> None:
    data = text.encode("gb18030")
    try:
        as_utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        as_utf8 = None
    # Bytes that are valid UTF-8 too are read as UTF-8 (ASCII is the same in both).
    assume(as_utf8 is None or as_utf8 == text)
    assume(not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    try:
        decoded: str | None = decode_text(data)
    except SourceError as err:
        decoded, problem = None, str(err)
    if decoded is None:
        assert re.search(NOT_CHINESE, problem)
        return
    assert decoded == text


@given(st.binary(max_size=64))
def test_any_bytes_decode_or_raise_a_source_error(data: bytes) -> None:
    try:
        text = decode_text(data)
    except SourceError as err:
        error: SourceError | None = err
    else:
        error = None
        assert "\r" not in text
    assert error is None or (error.line, error.column) >= (1, 1)


def test_unknown_missing_and_wrong_inputs(tmp_path: Path) -> None:
    for name, message in [
        ("plan.pdf", "PDF is not read; expected its text extracted into a .txt file"),
        ("plan.doc", "old Word files are not read; expected the file saved as .docx"),
        ("plan.wps", "WPS files are not read; expected the file saved as .docx"),
        (
            "plan.json",
            "unknown file type '.json'; expected a file ending in " + ", ".join(SUFFIXES),
        ),
        ("plan", "unknown file type '(no suffix)'"),
    ]:
        with pytest.raises(SourceError, match=re.escape(f"{name}: {message}")):
            read_plan(tmp_path / name)
    for name in ("missing.txt", "missing.docx"):
        with pytest.raises(SourceError, match=f"{name}: no such file; expected an existing file"):
            read_plan(tmp_path / name)
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(SourceError, match="cannot be read"):
        read_text(tmp_path / "folder.txt")
    with pytest.raises(InvalidTypeError, match="read_plan: a bytes is not a path"):
        read_plan(b"plan.txt")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="decode_text: a str is not bytes"):
        decode_text("甲县")  # type: ignore[arg-type]


def test_a_nul_in_the_file_name_is_a_source_error() -> None:
    with pytest.raises(
        SourceError, match=r"a NUL character in the file name; .* got 'a\\x00b\.txt'"
    ):
        read_plan("a\x00b.txt")
    with pytest.raises(SourceError, match="a NUL character in the file name"):
        read_text(Path("a\x00b.docx"))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("encoding", "problem", "named"),
    [
        ("big5", "the text read as GB18030 is not Chinese as written", "BIG5"),
        ("shift_jis", "the text read as GB18030 is not Chinese as written", "SHIFT_JIS"),
        ("euc_kr", "the text read as GB18030 is not Chinese as written", "EUC-KR"),
        ("utf-32", "NUL characters in the text read as UTF-16", "UTF-32"),
        ("utf-32-le", "bytes neither UTF-8 nor GB18030", "UTF-32"),
        ("utf-32-be", "bytes neither UTF-8 nor GB18030", "UTF-32BE"),
        ("utf-16-le", "bytes neither UTF-8 nor GB18030", "UTF-16"),
        ("utf-16-be", "bytes neither UTF-8 nor GB18030", "UTF-16BE"),
        ("hz", "the text read as UTF-8 has escape sequences and no Chinese", "HZ"),
        ("iso2022_jp", "has escape sequences and no Chinese", "ISO-2022-JP"),
    ],
)
def test_a_plan_in_another_encoding_is_refused_naming_it(
    tmp_path: Path, seed: str, encoding: str, problem: str, named: str
) -> None:
    # What such a file holds: the plan's characters the encoding has, '?' for the others.
    file = tmp_path / "plan.txt"
    file.write_bytes(seed_text(seed).encode(encoding, errors="replace"))
    with pytest.raises(SourceError, match=f"{re.escape(problem)}.*the bytes read as {named}[:)]"):
        read_plan(file)


def test_text_with_few_chinese_characters_is_not_judged() -> None:
    assert decode_text("Plan 2025: 项目 A, B\n".encode()) == "Plan 2025: 项目 A, B\n"
    assert decode_text(b"a\x00b") == "a\x00b"  # a stray NUL is kept; UTF-16 gives many


def test_unreadable_text_with_no_better_encoding_says_what_to_try() -> None:
    rare = "".join(chr(0x4E00 + 37 * i) for i in range(60))  # characters spread over the block
    with pytest.raises(
        SourceError,
        match=r"12% of its 60 CJK characters are common ones\); .*convert the file to UTF-8 from",
    ):
        decode_text(rare.encode("utf-8"))


def test_source_names_the_provenance(tmp_path: Path) -> None:
    file = tmp_path / "plan.txt"
    file.write_text(seed_text("000"), encoding="utf-8")
    (programme,) = read_plan(file, source="https://example.org/plan").programmes
    assert programme.provenance is not None
    assert programme.provenance.source == "https://example.org/plan"
    (programme,) = read_plan(file).programmes
    assert programme.provenance is not None
    assert programme.provenance.source == "plan.txt"


# -- Word files ----------------------------------------------------------------------------


def _write_docx(text: str, path: Path) -> str:
    """A .docx of the text: a paragraph per line, each run of tab lines one table.

    Returns the text the file should read back as: table rows padded with empty
    cells to the table's width, as a Word table has them.
    """
    docx = _docx()
    document = docx.Document()
    lines = text.split("\n")
    expected: list[str] = []
    index = 0
    while index < len(lines):
        if "\t" not in lines[index]:
            document.add_paragraph(lines[index])
            expected.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and "\t" in lines[end]:
            end += 1
        rows = [line.split("\t") for line in lines[index:end]]
        width = max(len(row) for row in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, cells, strict=False):
                cell.text = value
            expected.append("\t".join(cells + [""] * (width - len(cells))))
        index = end
    document.save(str(path))
    return "\n".join(expected)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_seed_as_docx_imports_as_its_text(tmp_path: Path, seed: str) -> None:
    file = tmp_path / "plan.docx"
    expected = _write_docx(seed_text(seed), file)
    assert read_text(file) == expected
    assert read_plan(file) == parse_plan(expected, source="plan.docx")


def test_prose_seeds_as_docx_import_exactly_as_the_txt(tmp_path: Path) -> None:
    for seed in ("000", "001"):
        text = seed_text(seed)
        file = tmp_path / f"{seed}.docx"
        assert _write_docx(text, file) == text  # no tab line: nothing padded
        result = read_plan(file, source="seed.txt")
        assert result == parse_plan(text, source="seed.txt")
        assert len(result.programmes) == 1


def test_seed_004_attachment_table_reads_back_in_its_tab_form(tmp_path: Path) -> None:
    """The tab rows of attachment 2 in one real table, merged cells as Word merges them."""
    docx = _docx()
    text = seed_text("004")
    rows = [line for line in text.split("\n") if line.count("\t") == 9]
    first = next(i for i, row in enumerate(rows) if row.startswith("序号"))
    table_rows = [row.split("\t") for row in rows[first:]]
    document = docx.Document()
    document.add_paragraph("附件 2")
    table = document.add_table(rows=len(table_rows), cols=10)
    for row, cells in zip(table.rows, table_rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=False):
            cell.text = value
    # The header: 项目资金安排 spans three columns; 序号 .. 项目总投资 span two rows.
    header, sub, total = table.rows[0], table.rows[1], table.rows[2]
    header.cells[6].merge(header.cells[8])
    for column in range(6):
        header.cells[column].merge(sub.cells[column])
    total.cells[0].merge(total.cells[5])
    document.add_paragraph("建始县人民政府办公室")
    file = tmp_path / "附件2.docx"
    document.save(str(file))
    lines = read_text(file).split("\n")
    assert lines[0] == "附件 2"
    assert lines[-1] == "建始县人民政府办公室"
    assert lines[1:-1] == ["\t".join(cells) for cells in table_rows]
    assert lines[2] == "\t\t\t\t\t\t合计\t企业投资或社会帮扶\t自筹资金\t"
    assert lines[3] == "合 计\t\t\t\t\t\t39242\t31292\t7950\t"


def test_docx_paragraph_breaks_cells_and_content_controls(tmp_path: Path) -> None:
    docx = _docx()
    document = docx.Document()
    document.add_paragraph("一、总体要求")
    paragraph = document.add_paragraph("第一行")
    paragraph.add_run().add_break()  # a line break inside a paragraph is a new line
    paragraph.add_run("第二行")
    paragraph.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)  # a page break is not
    paragraph.add_run("续")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "县委组织部\n县交通局"  # two paragraphs in one cell
    table.cell(0, 1).add_paragraph("\t制表")
    table.cell(1, 2).add_table(rows=1, cols=2).cell(0, 1).text = "嵌套"
    document.add_paragraph("完")
    body = document.element.body
    # Wrap the last paragraph in a content control (w:sdt), as form templates do.
    last = body[-2]
    sdt = docx.oxml.parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:sdtContent/></w:sdt>"
    )
    last.addprevious(sdt)
    sdt[0].append(last)
    file = tmp_path / "plan.docx"
    document.save(str(file))
    assert (
        read_text(file)
        == "一、总体要求\n第一行\n第二行续\n县委组织部 县交通局\t制表\t\n\t\t嵌套\n完"
    )


def test_a_broken_docx_is_a_source_error(tmp_path: Path) -> None:
    _docx()
    file = tmp_path / "plan.docx"
    file.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SourceError, match=r"plan\.docx: not a Word document \(") as caught:
        read_plan(file)
    assert isinstance(caught.value, AidModelError)


def test_docx_without_python_docx_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    file = tmp_path / "plan.docx"
    file.write_bytes(b"")
    with pytest.raises(MissingDependencyError, match=r"pip install 'aidmodel\[docx\]'"):
        read_plan(file)


# -- the import benchmark ------------------------------------------------------------------

BENCH = Path(__file__).resolve().parent.parent.parent / "bench"


def test_synthetic_plan_imports_fully() -> None:
    import sys

    sys.path.insert(0, str(BENCH))
    from synthetic_plan import make_plan_text

    text = make_plan_text(20)
    assert text == make_plan_text(20)  # deterministic
    result = parse_plan(text)
    (programme,) = result.programmes
    assert len(programme.projects) == 20
    assert programme.declared_project_count == 20
    assert all(mention.used_as for mention in result.amounts)
    assert result.warnings == ()
