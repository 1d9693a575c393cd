"""A chart of a plan's progress (进度图), with matplotlib (the ``plot`` extra).

:func:`progress_chart` draws a :class:`~aidmodel.progress.Progress` as people would rather
look at it than read it: on the left a burn-up by month of the money planned
(计划), released (累计拨付) and spent (累计支出); on the right the 支出率 (and
拨付率) of each section. It returns the bytes of a PNG or SVG file;
:func:`write_chart` writes one by its suffix.

Chinese labels need a font with Chinese characters. :func:`find_cjk_font` looks
for one among the fonts matplotlib knows (Noto Sans CJK, Source Han Sans,
WenQuanYi, SimHei, Microsoft YaHei, PingFang ...; any other that has the
characters), then in the ``mplfonts`` package from PyPI if it is installed
(``pip install mplfonts``). Without one the chart says so in a note and uses
English labels, rather than drawing empty boxes.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import importlib.util
import io
import os
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal

from aidmodel._optional import require
from aidmodel._validators import checked
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError, SourceError
from aidmodel.progress import Progress

__all__ = ["find_cjk_font", "progress_chart", "write_chart"]

#: Families with Chinese characters, most wanted first (matched by name, then checked).
_CJK_FAMILIES: Final = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "SimHei",
    "Heiti SC",
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "AR PL UKai CN",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)
#: The characters a font must have to be used: a sample of the chart's own words.
_PROBE: Final = "进度拨付支出率计划累计万元"
#: The font files of the mplfonts package (PyPI), in the order tried.
_MPLFONTS: Final = ("NotoSansCJKsc-Regular.otf", "SourceHanSansSC-Regular.otf", "SimHei.ttf")

_WORDS: Final = {
    "zh": {
        "title": "{title}\n截至{year}年{month}月{day}日",
        "burn": "资金进度（万元）",
        "planned": "计划资金",
        "released": "累计拨付",
        "spent": "累计支出",
        "rates": "各部分支出率",
        "spend_rate": "支出率",
        "release_rate": "拨付率",
        "month": "{month}月",
        "no_section": "未分部分",
    },
    "en": {
        "title": "Progress as of {iso}",
        "burn": "Money (10,000 yuan)",
        "planned": "planned",
        "released": "released to date",
        "spent": "spent to date",
        "rates": "Spending rate by section",
        "spend_rate": "spent",
        "release_rate": "released",
        "month": "{year}-{month:02d}",
        "no_section": "no section",
    },
}
_NOTE: Final = (
    "No font with Chinese characters was found: labels are in English."
    " Install one (pip install mplfonts) for Chinese labels."
)


def _covers(path: str, text: str) -> bool:
    """Whether the font file has a glyph for every character of the text."""
    ft2font = require("matplotlib.ft2font", "plot", "find_cjk_font")
    try:
        font = ft2font.FT2Font(path)
    except (OSError, RuntimeError, ValueError):
        return False
    return all(font.get_char_index(ord(char)) for char in text)


def find_cjk_font() -> Path | None:
    """A font file with Chinese characters: one matplotlib knows, else mplfonts', else ``None``.

    Fonts of known families with Chinese characters come first (Noto Sans CJK SC,
    Source Han Sans, WenQuanYi, Microsoft YaHei, PingFang, SimHei ...), then any other
    font matplotlib knows that has the characters of the chart's words, then
    the fonts of the ``mplfonts`` package when it is installed (it is not
    imported: its files are read).

    Raises:
        MissingDependencyError: matplotlib is not installed (``pip install 'aidmodel[plot]'``).

    >>> found = find_cjk_font()
    >>> found is None or found.is_file()
    True
    """
    font_manager = require("matplotlib.font_manager", "plot", "find_cjk_font")
    fonts = sorted(font_manager.fontManager.ttflist, key=lambda f: (f.name, f.fname))
    ranked = sorted(
        (f for f in fonts if f.name in _CJK_FAMILIES), key=lambda f: _CJK_FAMILIES.index(f.name)
    )
    # Last Resort (matplotlib ships it) has a glyph for every character: a box saying which.
    others = [f for f in fonts if f.name not in _CJK_FAMILIES and "Last Resort" not in f.name]
    for entry in [*ranked, *others]:
        if _covers(entry.fname, _PROBE):
            return Path(entry.fname)
    spec = importlib.util.find_spec("mplfonts")
    if spec is not None and spec.origin is not None:
        folder = Path(spec.origin).parent / "fonts"
        for name in _MPLFONTS:
            if (folder / name).is_file() and _covers(str(folder / name), _PROBE):
                return folder / name
    return None


def _wan(amount: Any) -> float:
    # Drawing only: matplotlib plots floats. The figures themselves stay exact Decimals.
    return float(amount.to_wan())


def _percent(rate: Decimal | None) -> float:
    return 0.0 if rate is None else float(rate * 100)


def progress_chart(
    report: Progress,
    *,
    image: Literal["png", "svg"] = "png",
    locale: str = "zh_CN",
    font: str | os.PathLike[str] | None = None,
    dpi: int = 120,
) -> bytes:
    """The chart of a report (进度图): a burn-up by month and the 支出率 of each section.

    Labels are Chinese for a Chinese ``locale`` when a font with Chinese
    characters is at hand (``font``, a font file, else :func:`find_cjk_font`);
    otherwise they are English, and a Chinese locale without a font gets a note
    on the chart saying why. Section bars are named by their headings in Chinese
    and by their ids in English. The bytes of the same report, options and fonts
    are the same on every run (no date is written into the file).

    Raises:
        MissingDependencyError: matplotlib is not installed (``pip install 'aidmodel[plot]'``).
        InvalidValueError: an ``image`` other than ``"png"`` or ``"svg"``.
        SourceError: a ``font`` file that cannot be read as a font.

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> from aidmodel.progress import progress
    >>> report = progress(samples.load("shizhong-ebian-2025"),
    ...                   samples.ledger("shizhong-ebian-2025"), as_of=dt.date(2025, 9, 30))
    >>> progress_chart(report, image="svg", locale="en")[:5]
    b'<?xml'
    """
    where = "progress_chart"
    checked(report, Progress, where, "an aidmodel.Progress")
    if image not in ("png", "svg"):
        option = f"{where}(image=...)"
        raise InvalidValueError(
            option, N_("not an image format"), expected=N_("'png' or 'svg'"), got=image
        )
    matplotlib = require("matplotlib", "plot", where)
    figure_module = require("matplotlib.figure", "plot", where)
    font_manager = require("matplotlib.font_manager", "plot", where)
    chinese = str(locale).lower().startswith("zh")
    path = None
    if chinese:
        if font is not None:
            path = Path(font)
            if not path.is_file() or not _covers(str(path), _PROBE):
                raise SourceError(
                    path.name,
                    None,
                    None,
                    N_("not a font with Chinese characters"),
                    expected=N_("a .ttf or .otf font file that has %(characters)s"),
                    got=str(font),
                    params={"characters": _PROBE},
                )
        else:
            path = find_cjk_font()
    words = _WORDS["zh" if path is not None else "en"]
    rc: dict[str, Any] = {"svg.hashsalt": "aidmodel", "font.family": ["DejaVu Sans"]}
    if path is not None:
        font_manager.fontManager.addfont(str(path))
        name = font_manager.FontProperties(fname=str(path)).get_name()
        rc["font.family"] = [name, "DejaVu Sans"]
    with matplotlib.rc_context(rc):
        figure = figure_module.Figure(figsize=(12, 5.5), dpi=dpi, layout="constrained")
        _draw(figure, report, words, chinese=path is not None)
        if chinese and path is None:
            # A figure-level x label: the constrained layout keeps room for it below the
            # tick labels (a plain figure.text would be drawn over them).
            figure.supxlabel(_NOTE, fontsize=8, color="#a33")
        buffer = io.BytesIO()
        metadata = {"Date": None} if image == "svg" else {"Software": None}
        figure.savefig(buffer, format=image, metadata=metadata)
    return buffer.getvalue()


def _draw(figure: Any, report: Progress, words: dict[str, str], *, chinese: bool) -> None:
    burn, rates = figure.subplots(1, 2, width_ratios=(3, 2))
    as_of = report.as_of
    title = words["title"].format(
        title=report.programme or "",
        year=as_of.year,
        month=as_of.month,
        day=as_of.day,
        iso=as_of.isoformat(),
    )
    figure.suptitle(title, fontsize=12)
    months = report.by_month
    labels = [words["month"].format(year=m.month.year, month=m.month.month) for m in months]
    x = list(range(len(months)))
    burn.plot(
        x, [_wan(m.planned) for m in months], color="#888", linestyle="--", label=words["planned"]
    )
    burn.plot(
        x,
        [_wan(m.released_to_date) for m in months],
        color="#2b6cb0",
        marker="o",
        label=words["released"],
    )
    burn.plot(
        x,
        [_wan(m.spent_to_date) for m in months],
        color="#c05621",
        marker="s",
        label=words["spent"],
    )
    burn.fill_between(x, [_wan(m.spent_to_date) for m in months], color="#c05621", alpha=0.12)
    burn.set_xticks(x, labels, rotation=45 if len(x) > 8 else 0, fontsize=8)
    burn.set_title(words["burn"], fontsize=10)
    burn.set_ylim(bottom=0)
    burn.grid(axis="y", alpha=0.3)
    burn.legend(loc="upper left", fontsize=8)
    sections = [g for g in report.by_section if g.depth == 0]
    names = [
        (g.title or words["no_section"]) if chinese else (g.key or words["no_section"])
        for g in sections
    ]
    y = list(range(len(sections)))
    rates.barh(
        [v + 0.2 for v in y],
        [_percent(g.release_rate) for g in sections],
        height=0.4,
        color="#90cdf4",
        label=words["release_rate"],
    )
    rates.barh(
        [v - 0.2 for v in y],
        [_percent(g.spend_rate) for g in sections],
        height=0.4,
        color="#c05621",
        label=words["spend_rate"],
    )
    for v, group in zip(y, sections, strict=True):
        if group.spend_rate is not None:
            rates.text(
                _percent(group.spend_rate) + 1,
                v - 0.2,
                f"{_percent(group.spend_rate):.1f}%",
                va="center",
                fontsize=7,
            )
    rates.set_yticks(y, names, fontsize=8)
    rates.invert_yaxis()
    rates.set_xlim(0, 116)  # room for a label of 100.0%
    rates.set_xlabel("%", fontsize=8)
    rates.set_title(words["rates"], fontsize=10)
    rates.grid(axis="x", alpha=0.3)
    rates.legend(loc="lower right", fontsize=8)


def write_chart(
    report: Progress,
    path: str | os.PathLike[str],
    *,
    locale: str = "zh_CN",
    font: str | os.PathLike[str] | None = None,
) -> None:
    """Write the chart of a report to a ``.png`` or ``.svg`` file (:func:`progress_chart`).

    Raises:
        SourceError: a path that ends in neither ``.png`` nor ``.svg``, or cannot be written.
        MissingDependencyError: matplotlib is not installed.

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> from aidmodel.progress import progress
    >>> report = progress(samples.load("shizhong-ebian-2025"),
    ...                   samples.ledger("shizhong-ebian-2025"), as_of=dt.date(2025, 9, 30))
    >>> write_chart(report, "chart.pdf")
    Traceback (most recent call last):
    ...
    aidmodel.errors.SourceError: chart.pdf: not a chart file type; expected a path ending in .png or .svg, got 'chart.pdf'
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise SourceError(
            file.name,
            None,
            None,
            N_("not a chart file type"),
            expected=N_("a path ending in .png or .svg"),
            got=str(path),
        )
    if not file.parent.is_dir():
        raise SourceError(
            file.name,
            None,
            None,
            N_("cannot be written (no such folder)"),
            expected=N_("a writable path"),
            got=str(path),
        )
    image: Literal["png", "svg"] = "png" if suffix == ".png" else "svg"
    data = progress_chart(report, image=image, locale=locale, font=font)
    try:
        file.write_bytes(data)
    except OSError as err:
        raise SourceError(
            file.name,
            None,
            None,
            N_("cannot be written (%(strerror)s)"),
            expected=N_("a writable path"),
            got=str(path),
            params={"strerror": err.strerror},
        ) from None
