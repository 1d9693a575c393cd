"""The progress chart (aidmodel.plot): Chinese labels with a CJK font, English without one.

matplotlib warns for every glyph a font lacks, and the suite turns warnings into errors:
a chart that drew a Chinese character without a font for it fails here. The CJK font is
made in the test (fontTools, which matplotlib installs): a box for each character the
chart writes, so that CI, which has no CJK font, draws the Chinese labels too.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

pytest.importorskip("matplotlib", reason="the plot extra is not installed")

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from aidmodel import MissingDependencyError, Progress, progress, samples
from aidmodel.cli import main
from aidmodel.errors import InvalidValueError, SourceError
from aidmodel.plot import _PROBE, _WORDS, find_cjk_font, progress_chart, write_chart

NAME = "shizhong-ebian-2025"


@pytest.fixture(scope="module")
def report() -> Progress:
    return progress(samples.load(NAME), samples.ledger(NAME), as_of=dt.date(2025, 9, 30))


def _boxes_font(path: Path, text: str) -> Path:
    """A TrueType font with a box glyph for each non-ASCII character of the text."""
    chars = sorted({c for c in text if ord(c) > 127})
    names = [".notdef", *(f"uni{ord(c):04X}" for c in chars)]
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 800))
    pen.lineTo((900, 800))
    pen.lineTo((900, 0))
    pen.closePath()
    box = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in chars})
    builder.setupGlyf(dict.fromkeys(names, box))
    builder.setupHorizontalMetrics(dict.fromkeys(names, (1000, 100)))
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": f"aidmodel test {path.stem}", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


@pytest.fixture(scope="module")
def boxes(tmp_path_factory: pytest.TempPathFactory, report: Progress) -> Path:
    words = "".join(_WORDS["zh"].values())
    sections = "".join(g.title or "" for g in report.by_section)
    text = report.programme + words + sections + "年月日截至0123456789"
    return _boxes_font(tmp_path_factory.mktemp("font") / "boxes.ttf", text)


def test_chinese_labels_with_a_cjk_font(report: Progress, boxes: Path) -> None:
    chinese = progress_chart(report, image="svg", font=boxes)
    assert chinese.startswith(b"<?xml")
    # The same report, options and font give the same bytes.
    assert progress_chart(report, image="svg", font=boxes) == chinese
    png = progress_chart(report, font=boxes, dpi=40)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_without_a_cjk_font_the_chart_says_so_in_english(
    report: Progress, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("aidmodel.plot.find_cjk_font", lambda: None)
    noted = progress_chart(report, image="svg")  # no Chinese drawn: no missing-glyph warning
    plain = progress_chart(report, image="svg", locale="en")
    assert noted != plain  # the note
    assert len(noted) > len(plain)
    # A font only of the section headings' characters lacks those of the labels: warned.
    partial = _boxes_font(tmp_path / "partial.ttf", _PROBE + report.programme)
    with pytest.raises(UserWarning, match="missing from font"):
        progress_chart(report, image="svg", font=partial)


def test_find_cjk_font_gives_a_font_with_chinese_or_none() -> None:
    found = find_cjk_font()
    assert found is None or found.is_file()
    assert found is None or "Last Resort" not in found.name


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (
            lambda r, _: progress_chart(r, image="pdf"),  # type: ignore[arg-type]
            InvalidValueError,
            r"progress_chart\(image=...\): not an image format; expected 'png' or 'svg'",
        ),
        (
            lambda r, tmp: progress_chart(r, font=tmp / "none.ttf"),
            SourceError,
            r"none\.ttf: not a font with Chinese characters",
        ),
        (
            lambda r, tmp: write_chart(r, tmp / "chart.jpg"),
            SourceError,
            r"chart\.jpg: not a chart file type; expected a path ending in \.png or \.svg",
        ),
        (
            lambda r, tmp: write_chart(r, tmp / "missing" / "chart.svg", locale="en"),
            SourceError,
            r"chart\.svg: cannot be written",
        ),
        (
            lambda _, __: progress_chart("report"),  # type: ignore[arg-type]
            TypeError,
            r"progress_chart: a str is not a Progress",
        ),
    ],
)
def test_bad_arguments(
    report: Progress, tmp_path: Path, call: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        call(report, tmp_path)  # type: ignore[operator]


def test_without_matplotlib_the_extra_is_named(
    report: Progress, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'aidmodel\[plot\]'"):
        progress_chart(report)


def test_cli_writes_the_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = tmp_path / "进度.svg"
    argv = ["progress", "--sample", NAME, "--as-of", "2025-09-30", "--locale", "en"]
    assert main([*argv, "--chart", str(chart)]) == 0
    assert chart.read_bytes().startswith(b"<?xml")
    assert "release rate 73.91%" in capsys.readouterr().out
