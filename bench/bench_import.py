"""Benchmark the importer: parse_plan on a 20-project plan and on the seeds, against
the cost of getting the text out of the file in the first place.

- parse_plan on the synthetic 20-project prose plan of bench/synthetic_plan.py
  (issue 14 asks for 10 ms at most), best of N;
- parse_plan over the five seeds and the four genre fixtures, each repeated 1,000
  times (in turn), as plans per second, and each document's best time;
- the peer, in the same run: reading the same 20-project plan from a .txt
  (aidmodel.importers.read_text: decoding) and from a .docx (python-docx opening
  the file, and read_text walking its body), so import time can be set against
  extraction time. PDF is not read by aidmodel, so it has no row.

- linearity: parse_plan on the 20-project plan of tests/fixtures/genre
  (plan_q_yinzhou_jingning), then on synthetic plans of 10 KB, 100 KB and 1 MB
  (bench/synthetic_plan.py with more and more projects) and on adversarial text of
  the same sizes (a run of thousands separators 1,000,000…,00.5元, a long digit run,
  万元万元…, deep bracket nesting and (含 runs inside a project paragraph, a 1 MB
  single line, a run of Chinese numerals before 元), as µs per KB: a linear importer
  gives about the same figure at every size.

Run from the project root after ``pip install -e .[docx]``::

    python bench/bench_import.py            # best of 30, each document 1,000 times
    python bench/bench_import.py --quick    # best of 3, each document 5 times (smoke test)
    python bench/bench_import.py --pdf      # also: the documents as PDF, text extracted back

``--pdf`` needs reportlab, pdfminer.six and pypdf (``pip install reportlab
pdfminer.six pypdf``; no extra installs them): each document is written as a PDF
with reportlab's built-in STSong-Light font (lines wrapped at the page width, tabs
as spaces), its text extracted by each library, and compared with the source:
the characters equal after removing whitespace (in per cent of the source), and
whether parse_plan finds the same programmes (provenance aside) in the extracted
text as in the source. This is the measurement behind leaving PDF out.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import best
from synthetic_plan import make_plan_text

import aidmodel
from aidmodel.importers import parse_plan, read_text

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "plans").glob("*.txt")
)


def write_docx(text: str, path: Path) -> bool:
    """The plan as a .docx (a paragraph per line); False without python-docx."""
    try:
        import docx
    except ImportError:
        return False
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(str(path))
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="few runs: a smoke test")
    parser.add_argument("--pdf", action="store_true", help="also measure PDF text extraction")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 30
    repeats = 5 if args.quick else 1000

    text = make_plan_text(20)
    result = parse_plan(text)
    (programme,) = result.programmes
    assert len(programme.projects) == 20, "the synthetic plan must import fully"
    assert all(m.used_as for m in result.amounts), "every amount of it must be used"

    print(f"aidmodel {aidmodel.__version__}, Python {sys.version.split()[0]}, best of {runs}")
    print()
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        txt = Path(folder) / "plan.txt"
        txt.write_text(text, encoding="utf-8")
        rows.append(("parse_plan, 20-project plan", best(lambda: parse_plan(text), runs)))
        rows.append(("read_text .txt (decode only)", best(lambda: read_text(txt), runs)))
        docx_file = Path(folder) / "plan.docx"
        if write_docx(text, docx_file):
            import docx

            rows.append(
                ("python-docx Document() only", best(lambda: docx.Document(str(docx_file)), runs))
            )
            rows.append(("read_text .docx (open + walk)", best(lambda: read_text(docx_file), runs)))
        else:
            print("python-docx is not installed: no .docx rows (pip install -e .[docx])")
    import_ms = rows[0][1] * 1000
    print(
        f"| {'20-project plan (' + str(len(text.splitlines())) + ' lines)':<34} | ms | x import |"
    )
    print(f"|{'-' * 36}|---:|---:|")
    for name, seconds in rows:
        ms = seconds * 1000
        print(f"| {name:<34} | {ms:.2f} | {ms / import_ms:.2f} |")
    verdict = "under" if import_ms <= 10 else "OVER"
    print(f"\nparse_plan on 20 projects: {import_ms:.2f} ms ({verdict} the 10 ms of issue 14)")

    texts = [(path.name, path.read_text(encoding="utf-8")) for path in DOCUMENTS]
    print("\n| document | lines | programmes | best ms |\n|---|---:|---:|---:|")
    for name, body in texts:
        found = len(parse_plan(body).programmes)
        ms = best(lambda body=body: parse_plan(body), runs) * 1000
        print(f"| {name[:28]} | {len(body.splitlines())} | {found} | {ms:.2f} |")
    total_parses = repeats * len(texts)
    order = list(islice(cycle(body for _, body in texts), total_parses))
    start = time.perf_counter()
    for body in order:
        parse_plan(body)
    elapsed = time.perf_counter() - start
    print(
        f"\n{total_parses} parses ({len(texts)} documents x {repeats}, in turn): {elapsed:.2f} s, "
        f"{total_parses / elapsed:.0f} plans/second ({elapsed / total_parses * 1000:.2f} ms each)"
    )
    linearity(runs=1 if args.quick else 3, quick=args.quick)
    if args.pdf:
        pdf_check(texts)
    return 0


# -- linearity: µs per KB at 10 KB, 100 KB and 1 MB -----------------------------------------

KB = 1024
PLAN_HEAD = (
    "甲县2025年东西部协作项目实施方案\n"
    "依托浙江省乙市丙区优势，制定本方案。\n"
    "2025年安排东西部协作资金100万元，实施项目1个。\n"
    "（一）产业协作\n"
    "1.茶叶加工项目。投入资金100万元，新建生产线1条。\n"
    "责任单位：县农业农村局\n"
)


def _repeat(piece: str, size: int) -> str:
    """``piece`` repeated to about ``size`` bytes of UTF-8."""
    return piece * max(1, size // len(piece.encode("utf-8")))


def synthetic_plan(size: int) -> str:
    """A plan of bench/synthetic_plan.py with as many projects as make it ``size`` bytes."""
    projects = max(1, size // len(make_plan_text(20).encode("utf-8")) * 20)
    return make_plan_text(projects)


#: Adversarial text by name: each a function of the size in bytes.
ADVERSARIAL = {
    "separators 1,000,…,00.5元": lambda n: "1" + ",000" * (n // 4) + ",00.5元",
    "digit run 999…万元": lambda n: "9" * n + "万元",
    "万元万元…": lambda n: _repeat("万元", n),
    "spaces 1␣␣…1␣␣…": lambda n: _repeat("1" + " " * 50, n),
    "一一…元 (Chinese numerals)": lambda n: _repeat("一", n) + "元",
    "bracket nesting in a project": lambda n: (
        PLAN_HEAD + "2.某项目。投资190" + "(" * (n // 6) + "县委组织部90万、" + ")" * (n // 6)
    ),
    "投资190(县委组织部90万、… in a project": lambda n: (
        PLAN_HEAD + "2.某项目。" + _repeat("投资190(县委组织部90万、", n)
    ),
    # The recipient's name again and again in one long run of words: its full name is looked
    # for before each, within reach.
    "甲县 in one long run of words": lambda n: (
        PLAN_HEAD + "2.某项目。" + _repeat("依托乙市丙区帮扶甲县", n)
    ),
    "投入资金100万元（含… in a project": lambda n: (
        PLAN_HEAD + "2.某项目。" + _repeat("投入资金100万元（含", n)
    ),
    "one line of clauses 投入资金100万元，…": lambda n: (
        PLAN_HEAD + "2.某项目。" + _repeat("投入资金100万元，带动增收。", n)
    ),
    "labels with their unit 帮扶资金（万元）：1；…": lambda n: (
        PLAN_HEAD + "2.某项目。" + _repeat("帮扶资金（万元）：1；", n)
    ),
    "rates per head 每人补助1元，… in a goals part": lambda n: (
        PLAN_HEAD + "二、工作目标\n" + _repeat("每人补助1元，", n)
    ),
    "past figures 累计投入1万元，… in a goals part": lambda n: (
        PLAN_HEAD + "二、工作目标\n" + _repeat("累计投入1万元，", n)
    ),
    # Rows short of cells under 16 money columns: each row's figures could stand in
    # thousands of places (the fuzz run's slowest input, 0.4 s for 16 KB before a bound).
    "rows of 4 figures under 16 money columns": lambda n: (
        "序号\t项目名称\t"
        + "\t".join(f"资金{k}" for k in range(16))
        + "\n"
        + _repeat("1\t甲项目\t10\t20\t30\t60\n", n)
    ),
}


def _per_kb(text: str, runs: int) -> tuple[float, float]:
    """The size in KB and the best µs per KB of parse_plan on ``text``."""
    size = len(text.encode("utf-8")) / KB
    return size, best(lambda: parse_plan(text), runs) * 1e6 / size


def linearity(*, runs: int, quick: bool) -> None:
    """parse_plan per plan on the fixtures, then µs/KB at growing sizes."""
    sizes = (10 * KB, 100 * KB) if quick else (10 * KB, 100 * KB, 1000 * KB)
    plan_q = ROOT / "tests" / "fixtures" / "genre" / "plan_q_yinzhou_jingning.txt"
    seeds = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
    print(f"\n| plan | KB | projects | ms per plan (best of {runs * 10}) |\n|---|---:|---:|---:|")
    for path in [*seeds, plan_q]:
        body = path.read_text(encoding="utf-8")
        projects = sum(len(p.projects) for p in parse_plan(body).programmes)
        ms = best(lambda body=body: parse_plan(body), runs * 10) * 1000
        kb = len(body.encode("utf-8")) / KB
        print(f"| {path.name[:32]} | {kb:.1f} | {projects} | {ms:.2f} |")
    header = " | ".join(f"µs/KB at {size // KB} KB" for size in sizes)
    print(f"\n| text (best of {runs}) | {header} |\n|---|{'---:|' * len(sizes)}")
    cases = {"synthetic plan (repeated projects)": synthetic_plan, **ADVERSARIAL}
    for name, make in cases.items():
        cells = []
        for size in sizes:
            _, per_kb = _per_kb(make(size), runs)
            cells.append(f"{per_kb:,.0f}")
        print(f"| {name} | {' | '.join(cells)} |")
    print("\nA linear importer gives about the same µs/KB at every size of one row.")


def _write_pdf(text: str, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font, size, margin = "STSong-Light", 10.5, 60
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    page = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - margin
    page.setFont(font, size)
    for line in text.replace("\t", "    ").splitlines():
        pieces, current = [], ""
        for char in line:  # wrap at the page width, as a word processor does
            if pdfmetrics.stringWidth(current + char, font, size) > width - 2 * margin:
                pieces.append(current)
                current = char
            else:
                current += char
        for piece in [*pieces, current]:
            if y < margin:
                page.showPage()
                page.setFont(font, size)
                y = height - margin
            page.drawString(margin, y, piece)
            y -= size * 1.6
    page.save()


def _same_programmes(a: str, b: str) -> bool:
    def shape(body: str) -> list[object]:
        def bare(value: object) -> object:
            if isinstance(value, dict):
                return {k: bare(v) for k, v in value.items() if k != "provenance"}
            if isinstance(value, list):
                return [bare(v) for v in value]
            return value

        return [bare(aidmodel.to_dict(p)) for p in parse_plan(body).programmes]

    return shape(a) == shape(b)


def pdf_check(texts: list[tuple[str, str]]) -> None:
    import difflib
    import re

    try:
        import pypdf
        from pdfminer.high_level import extract_text
    except ImportError as err:
        print(f"\n--pdf needs reportlab, pdfminer.six and pypdf: {err}")
        return
    extractors = {
        "pdfminer.six": extract_text,
        "pypdf": lambda p: "\n".join(page.extract_text() for page in pypdf.PdfReader(p).pages),
    }
    print("\n| document | extractor | characters equal | same programmes | ms |")
    print("|---|---|---:|---|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for name, body in texts:
            path = Path(folder) / f"{name}.pdf"
            _write_pdf(body, path)
            source = re.sub(r"\s+", "", body)
            for extractor, extract in extractors.items():
                start = time.perf_counter()
                got = extract(str(path))
                ms = (time.perf_counter() - start) * 1000
                matcher = difflib.SequenceMatcher(None, source, re.sub(r"\s+", "", got), False)
                equal = sum(block.size for block in matcher.get_matching_blocks())
                same = "yes" if _same_programmes(body, got) else "no"
                print(
                    f"| {name[:28]} | {extractor} | {100 * equal / len(source):.2f}% | {same} | {ms:.0f} |"
                )


if __name__ == "__main__":
    raise SystemExit(main())
