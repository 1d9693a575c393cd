"""Lines of a plan's text, normalised for matching, with their numbers kept (private).

Text extracted from Word, PDF or a web page mixes full-width and half-width
forms (１２万元, （一）, ：). Each :class:`Line` keeps the text as written and a
normalised copy of the same length, so a match in the copy is a slice of the
original: what a warning quotes is what the document says.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel._chinese import FULL_WIDTH, parse_number
from aidmodel.errors import AidModelError
from aidmodel.importers.lexicon.characters import NUMERAL_DIGITS, NUMERAL_UNITS
from aidmodel.money import Money
from aidmodel.numerals import parse_chinese_number

__all__ = [
    "COUNT",
    "FULL_DATE",
    "PERIOD_PART",
    "SAME_YEAR_END",
    "Line",
    "Mention",
    "close_spacing",
    "count_value",
    "forget_mentions",
    "is_chrome",
    "join_lines",
    "mentions",
    "period_dates",
    "period_month",
    "split_lines",
]

_STRIP: Final = " \t\r\n\u3000\u00a0\ufeff\u200b"


@attrs.frozen(cache_hash=True)  # a line is a key of the per-import memories: hashed once
class Line:
    """One line of the source (行): its number from 1, the text as written and normalised.

    ``text`` is the line without surrounding white space; ``norm`` has the same
    length, with full-width digits, letters and punctuation made half-width.
    ``raw`` is the line as it was, tabs and indentation included.

    A line as read may join several lines of the source (a sentence that PDF
    extraction hard-wrapped, see :func:`join_lines`): ``number`` is then its first
    line and ``breaks`` says where in ``text`` each following line starts, as
    ``(index, number)`` pairs.
    """

    number: int
    raw: str
    text: str
    norm: str
    breaks: tuple[tuple[int, int], ...] = ()

    @property
    def blank(self) -> bool:
        """Whether the line holds nothing but white space."""
        return not self.text

    @property
    def last(self) -> int:
        """The number of the last line of the source this line holds."""
        return self.breaks[-1][1] if self.breaks else self.number

    def number_at(self, index: int) -> int:
        """The number of the source line that holds ``text[index]``.

        >>> line = join_lines(split_lines("其中北京市财政援\\n助资金2800万元"))
        >>> line.text, line.number_at(0), line.number_at(8), line.last
        ('其中北京市财政援助资金2800万元', 1, 2, 2)
        """
        number = self.number
        for start, following in self.breaks:
            if start > index:
                break
            number = following
        return number


def normalise(text: str) -> str:
    """Half-width forms of a text, one character for one (１２万元 → 12万元); dot leaders
    before a figure (X项目……260万元, 合计……1620万元, as a table of contents sets them) read
    as a colon, padded with spaces to the same length.

    >>> normalise("合计……………１６２０万元")
    '合计:    1620万元'
    """
    text = text.translate(FULL_WIDTH)
    if "…" in text or "⋯" in text or "..." in text or "···" in text:
        text = _LEADERS.sub(lambda m: ":" + " " * (len(m.group()) - 1), text)
    return text


# Dot leaders between words and the figure after them (……, ⋯⋯, ......, ·····).
_LEADERS: Final = re.compile(r"(?<=\S)\s*(?:[…⋯]{2,}|\.{3,}|·{3,})\s*(?=\d)")


def split_lines(text: str) -> tuple[Line, ...]:
    """The lines of a text, numbered from 1 as an editor numbers them.

    Only line feeds (with an optional carriage return before them) and lone carriage
    returns end a line; the other characters :meth:`str.splitlines` breaks at (form
    feeds, U+2028) stay inside their line, so numbers match the file.
    """
    parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(parts) > 1 and not parts[-1]:
        parts.pop()  # the line feed that ends the last line starts no line of its own
    lines = []
    for number, raw in enumerate(parts, start=1):
        stripped = raw.strip(_STRIP)
        lines.append(Line(number, raw, stripped, normalise(stripped)))
    return tuple(lines)


# Letter-spaced labels of PDF text (实 施 地 点：): single characters spaced out before a colon.
_SPACED_LABEL: Final = re.compile(
    r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff][ \u3000]+){1,7}[\u4e00-\u9fff](?=[ \u3000]*[:：])"
)


def close_spacing(text: str) -> str:
    """A text with its labels spaced out letter by letter (实 施 地 点：) closed up, as
    :func:`join_lines` reads each of its lines."""
    return _SPACED_LABEL.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group()), text)


def join_lines(lines: Sequence[Line]) -> Line:
    """One line as read from lines of the source that belong together (a sentence
    hard-wrapped by PDF extraction), each line's place kept in ``breaks``; labels
    spaced out letter by letter (实 施 地 点：) are closed up (实施地点：).

    >>> line = join_lines(split_lines("　　拟投入资金 980 万元，带动\\n养殖户150户增收。"))
    >>> line.text, line.number, line.last, line.number_at(line.text.index("养"))
    ('拟投入资金 980 万元，带动养殖户150户增收。', 1, 2, 2)
    >>> join_lines(split_lines("　　实 施 地 点：全旗")).text
    '实施地点：全旗'
    """
    text = ""
    breaks = []
    for index, line in enumerate(lines):
        piece = close_spacing(line.text)
        if index:
            if (
                text[-1:].isascii()
                and text[-1:].isalnum()
                and piece[:1].isascii()
                and piece[:1].isalnum()
            ):
                text += " "  # words of Latin text wrapped at a space
            breaks.append((len(text), line.number))
        text += piece
    first = lines[0]
    indent = first.raw[: len(first.raw) - len(first.raw.lstrip(_STRIP))]
    return Line(first.number, indent + text, text, normalise(text), tuple(breaks))


# -- web-page chrome -----------------------------------------------------------------------

_CHROME: Final = re.compile(
    r"^(?:当前位置|您的位置|首页\s*>|发布时间|发布日期|浏览次数|访问次数|来源\s*:|信息来源|"
    r"【\s*字体|【\s*打印|【\s*关闭|【\s*收藏|打印本页|关闭窗口|上一篇|下一篇|主办单位|承办单位|"
    r"技术支持|运行维护单位|网站标识码|扫一扫|责任编辑|分享到|信息公开选项|•|·\s*$|"
    r"(?:微信|微博|客户端|头条号|手机版.*|电脑版|Baidu|map|返回顶部)$)",
)
_RULE: Final = re.compile(r"^[\u2500-\u257f\u2014\u2015\-=_—─━*·\s]{3,}$")
# Page numbers of a printed document: — 2 —, - 3 -, ·3·, 第 3 页, 第3页 共12页, 3/12 (a figure
# alone is no page number: a table flattened one cell per line has such lines).
_DASHES: Final = "\\-\u2010-\u2015\u2212~"
_PAGE: Final = re.compile(
    rf"^(?:[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}]+"
    r"|[·・•∙]\s*\d{1,4}\s*[·・•∙]"
    r"|(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|(?P<page>\d{1,4})\s*/\s*(?P<pages>\d{1,4})"
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)  # asked of each line by several stages
def is_chrome(line: Line) -> bool:
    """Whether a line is web-page chrome or a ruled separator (导航, 打印本页, ────).

    >>> is_chrome(split_lines("当前位置：首页 > 政务公开")[0])
    True
    >>> is_chrome(split_lines("（一）产业协作")[0])
    False
    >>> [is_chrome(line) for line in split_lines("— 2 —\\n- 3 -\\n·4·\\n第 3 页\\n3/12\\n12/3\\n3")]
    [True, True, True, True, True, False, False]
    """
    if not line.text:
        return False
    if _CHROME.match(line.norm) or _RULE.match(line.norm):
        return True
    page = _PAGE.match(line.norm)
    if page is None:
        return False
    if page.group("page") is not None:
        return 0 < int(page.group("page")) <= int(page.group("pages"))
    return True


# -- money written in the text -------------------------------------------------------------


@attrs.frozen
class Mention:
    """An amount written in a line (金额): 766万元, １２万元, 16万 before a delimiter.

    ``start`` and ``end`` index ``line.text`` around the figure and its unit, where the
    reading anchors (the words before ``start`` say what the amount is). ``text`` is
    the amount as written, a hedge before the figure included (约300万元, 超过1000万元);
    ``hedge`` is that hedge, or the 余/多 inside the amount (170余万元, 21万余元), or ""
    for an exact figure. ``amount`` is the figure's value (170余万元: 170万), or ``None``
    when the figure cannot be represented (finer than a fen, out of range) or is
    malformed (1.5.5万元, 12,34万元: listed whole, never a part of it).
    """

    line: int
    start: int
    end: int
    text: str
    amount: Money | None
    hedge: str = ""


# A figure is a run of digits, points and commas (found whole, so that finding it is
# linear and a malformed figure is never read in part); it is money when a unit follows.
# A bare 万 or 亿 is money only where a delimiter follows (上年结余16万，县司法局50万、);
# 1.2万人 and 20万羽 are counts. Spaces may stand inside (需资金 450 万元), a tab may not:
# it ends a table cell. 余 or 多 may stand before 万/亿 or after them (170余万元, 21万余元);
# 3多元 is no money (多元化).
_FIGURE_RUN: Final = re.compile(r"[\d.,]+")
_UNIT: Final = re.compile(
    r"[ \u3000]*(?:(?P<more>[余多])[ \u3000]*)?"
    r"(?P<unit>万元|亿元|元|[万亿](?P<more_after>[余多])元"
    r"|[万亿](?=[ \u3000]*(?:[、,;。)）\]】]|$)))"
)
# Hedges written before a figure (约300万元, 近500万元, 超过1000万元), longest first, and the
# characters that make them part of another word (节约, 最近, 附近; 不超过 is a bound).
_HEDGES_BEFORE: Final = (
    ("大约", ""),
    ("将近", ""),
    ("接近", ""),
    ("超过", "不"),
    ("约", "节签合预履制特契违守公条"),
    ("近", "最附临靠邻亲贴就"),
    ("逾", ""),
)


def _well_formed(figure: str) -> bool:
    """Whether a run of digits, points and commas is a figure: 1234, 1,234.5 (a comma
    before each group of exactly three digits, one point with digits after it)."""
    whole, point, fraction = figure.partition(".")
    if point and not (fraction.isdigit() and fraction.isascii()):
        return False
    head, *groups = whole.split(",")
    return (
        head.isdigit()
        and head.isascii()
        and all(len(group) == 3 and group.isdigit() and group.isascii() for group in groups)
    )


def _hedge_before(norm: str, start: int) -> tuple[int, str]:
    """Where a hedge written before ``norm[start]`` begins (spaces between allowed), and the
    hedge; ``(start, "")`` when there is none."""
    index = start
    while index > 0 and start - index < 4 and norm[index - 1] == " ":
        index -= 1
    for word, not_after in _HEDGES_BEFORE:
        begin = index - len(word)
        if norm.startswith(word, begin) and begin >= 0:
            if begin and norm[begin - 1] in not_after:
                return start, ""
            return begin, word
    return start, ""


def _money_in(figure: str, unit: str) -> Money | None:
    """A figure's value in its unit (万/万元, 亿/亿元, else 元), or ``None`` when it cannot
    be represented (finer than a fen)."""
    try:
        if unit.startswith("万"):
            return Money.from_wan(figure)
        if unit.startswith("亿"):
            return Money.from_yi(figure)
        return Money.from_yuan(figure)
    except AidModelError:
        return None


# An item's number opening a line (8., 12、): no figure of money before the 元 of a name.
_ITEM_NUMBER: Final = re.compile(r"\s*\d{1,3}\s*[.、]")


def _digit_mentions(line: Line) -> list[Mention]:
    norm = line.norm
    found = []
    for run in _FIGURE_RUN.finditer(norm):
        start, end = run.span()
        while start < end and norm[start] == ",":  # a comma before a figure: punctuation
            start += 1
        if start == end:
            continue
        unit = _UNIT.match(norm, end)  # (most runs have no unit: asked before the digits)
        if unit is None or not any(char.isdigit() for char in norm[start:end]):
            continue
        if _ITEM_NUMBER.fullmatch(norm, 0, end) and unit.group("unit") == "元":
            continue  # 8.元山镇白芨…项目: an item's number, then a place whose name opens with 元
        more = unit.group("more") or unit.group("more_after") or ""
        if unit.group("more") == "多" and unit.group("unit") == "元":
            continue
        figure = norm[start:end]
        amount: Money | None = None
        if _well_formed(figure):
            amount = _money_in(figure.replace(",", ""), unit.group("unit"))
        written, hedge = _hedge_before(norm, start)
        found.append(
            Mention(
                line.number_at(written),
                start,
                unit.end(),
                line.text[written : unit.end()],
                amount,
                hedge or more,
            )
        )
    return found


# An amount in Chinese numerals (投入资金六百八十万元, 安排资金伍佰万元, 每人五百元) is money
# only with its 元: 一万人, 三万羽 are counts. It starts with a digit (or 十: 十万元); 数百万元,
# 几十万元, 上千万元 are no figure. The 元 of 二元结构, 一元化 is no money.
_MONEY_ZH: Final = re.compile(
    rf"(?<![{NUMERAL_DIGITS}{NUMERAL_UNITS}第几数])(?P<figure>[{NUMERAL_DIGITS}十拾][{NUMERAL_DIGITS}{NUMERAL_UNITS}]*)"
    r"(?P<unit>[元圆圓])(?!化|结构|论|素|宵|旦)"
)
# The longest amount in Chinese numerals read (玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖 has 27
# characters; 零 may stand between the groups).
_LONGEST_ZH: Final = 32
# The 大写 of a figure written beside it (2850万元（大写：贰仟捌佰伍拾万元整）) says the same
# amount again: it is the figure's, not another amount of the text.
_SPELLED_OUT: Final = re.compile(
    r"(?:大写|\d\s*(?:万元|亿元|元|万|亿)\s*[(（])\s*[:：]?\s*(?:人民币)?\s*$"
)


def _chinese_mentions(line: Line) -> list[tuple[int, int, Money | None]]:
    found: list[tuple[int, int, Money | None]] = []
    if "元" not in line.norm and "圆" not in line.norm and "圓" not in line.norm:
        return found  # (each amount in numerals has its 元)
    for match in _MONEY_ZH.finditer(line.norm):
        if _SPELLED_OUT.search(line.norm, max(match.start() - 12, 0), match.start()):
            continue
        figure = match.group("figure")
        # 统一五百元: the 一 of a word before the figure. A figure is tried only where a
        # numeral amount can start, its last _LONGEST_ZH characters: a longer run of
        # numerals (一一一…元) is no amount, and trying each start of it would be quadratic.
        for skip in range(max(len(figure) - _LONGEST_ZH, 0), len(figure)):
            if skip and figure[skip] not in NUMERAL_DIGITS:
                continue
            if len(figure) - skip > 2 and all(char in NUMERAL_DIGITS for char in figure[skip:]):
                # 一二三元: digits one by one, as a year or a code is written, are no amount;
                # listed whole, never read in part (三元). Two digits may be a word's 一 and
                # a figure (统一二元).
                found.append((match.start() + skip, match.end(), None))
                break
            try:
                value = parse_number(
                    figure,
                    skip,
                    len(figure),
                    "mentions",
                    figure,
                    strict_upper=False,
                    digit_by_digit=False,
                )
                amount = Money.from_yuan(value)
            except AidModelError:
                continue
            found.append((match.start() + skip, match.end(), amount))
            break
    return found


def mentions(line: Line) -> tuple[Mention, ...]:
    """Every amount written in a line (see :func:`_mentions`); remembered per line, since the
    importer asks for the amounts of one line many times (:func:`forget_mentions` empties
    the memory at the start of each import, so no text is read faster the second time)."""
    return _mentions(line)


def forget_mentions() -> None:
    """Empty the memory of :func:`mentions` and :func:`is_chrome`."""
    _mentions.cache_clear()
    is_chrome.cache_clear()


@functools.lru_cache(maxsize=4096)
def _mentions(line: Line) -> tuple[Mention, ...]:
    """Every amount written in a line, with digits or in Chinese numerals, in order.

    An amount in Chinese numerals needs its 元 (六百八十万元, 伍佰万元); the 大写 of a figure
    written beside it (（大写：柒佰陆拾陆万元整）) is that figure's, no amount of its own.

    >>> [(m.text, m.amount.to_wan()) for m in mentions(split_lines("计划投入750万元，上年结余16万，惠及1.2万人")[0])]
    [('750万元', Decimal('750')), ('16万', Decimal('16'))]
    >>> line = split_lines("投入资金六百八十万元（大写：陆佰捌拾万元整），每人五百元，带动三万人")[0]
    >>> [(m.text, m.amount.to_wan()) for m in mentions(line)]
    [('六百八十万元', Decimal('680')), ('五百元', Decimal('0.05'))]

    Written the other way round, as a voucher writes it, the figure is the amount:

    >>> [m.text for m in mentions(split_lines("拨付人民币玖佰万元整（9,000,000.00元）")[0])]
    ['9,000,000.00元']
    """
    found = [
        Mention(line.number_at(start), start, end, line.text[start:end], amount)
        for start, end, amount in _chinese_mentions(line)
    ]
    digits = _digit_mentions(line)
    if found and digits:
        # 人民币玖佰万元整（9,000,000.00元）: the 大写 written first, its figure in the bracket
        # after it; the figure is the amount, the 大写 no amount of its own.
        found = [m for m in found if not _spelt_before(line.norm, m, digits)]
    found += digits
    found += _labelled_mentions(line, found)
    return tuple(sorted(found, key=lambda m: m.start))


def _spelt_before(norm: str, spelt: Mention, digits: Sequence[Mention]) -> bool:
    """Whether an amount in Chinese numerals is the 大写 of the figure in the bracket right
    after it (玖佰万元整（9,000,000.00元）)."""
    opened = _BRACKET_AFTER.match(norm, spelt.end)
    if opened is None:
        return False
    return any(m.start == opened.end() and m.amount == spelt.amount for m in digits)


_BRACKET_AFTER: Final = re.compile(r"\s*整?\s*[(（]\s*(?:人民币|小写\s*[:：]?)?\s*")
# 帮扶资金（万元）：560, 资金构成（万元）：集团公司本部480，子公司80: figures whose unit is in
# the label before them.
_UNIT_LABEL: Final = re.compile(r"[\u4e00-\u9fff]{2,10}\s*\(\s*(?P<unit>万元|亿元|元)\s*\)\s*:\s*")
_LABELLED_FIGURE: Final = re.compile(
    r"(?<![\d.,])\d(?:[\d,]*\d)?(?:\.\d+)?(?![\d.])(?!,\d)(?!\s*[%年月日个])"
)


def _labelled_mentions(line: Line, found: Sequence[Mention]) -> list[Mention]:
    """Amounts written as bare figures after a label that carries their unit
    (帮扶资金（万元）：560): each figure of the label's value, to the end of its sentence.

    >>> [(m.text, m.amount.to_wan()) for m in mentions(split_lines("帮扶资金（万元）：560")[0])]
    [('560', Decimal('560'))]
    >>> line = split_lines("资金构成（万元）：本部480，子公司80；实施单位：县农业农村局")[0]
    >>> [m.text for m in mentions(line)]
    ['480', '80']
    """
    norm = line.norm
    labelled: list[Mention] = []
    if "(" not in norm:
        return labelled  # every label with its unit has its bracket
    taken = [(m.start, m.end) for m in found]
    labels = list(_UNIT_LABEL.finditer(norm))
    # The next 。 and ；at or after each label, each looked for once: linear in the line.
    following = dict.fromkeys("。;", -1)
    for index, label in enumerate(labels):
        for char, at in following.items():
            if at != len(norm) and at < label.end():
                found_at = norm.find(char, label.end())
                following[char] = len(norm) if found_at < 0 else found_at
        stop = min(following.values())
        end_here = min(stop, labels[index + 1].start()) if index + 1 < len(labels) else stop
        for figure in _LABELLED_FIGURE.finditer(norm, label.end(), end_here):
            start, end = figure.span()
            if any(a < end and start < b for a, b in taken):
                continue
            amount = _money_in(figure.group().replace(",", ""), label.group("unit"))
            labelled.append(
                Mention(line.number_at(start), start, end, line.text[start:end], amount)
            )
    return labelled


#: 2025年4月至10月, 2025年3月—11月, 2026年3-10月, 2025.4-10月: a span whose end names only
#: its month.
SAME_YEAR_END: Final = re.compile(
    r"\d{4}\s*[年./]\s*\d{1,2}\s*月?[^\d年]{0,3}?(?:至|到|—|\u2013|-|~|－)\s*"
    r"(?P<month>\d{1,2})\s*月(?!\d)"
)
# A year and perhaps its month: 2025年, 2025年4月, 2025.04, 2025/4, 2025-10.
_PERIOD_DATE: Final = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?!\d)"
    r"\s*(?:年(?:\s*(?P<month>\d{1,2})(?!\d)\s*月?)?|[./-]\s*(?P<dotted>\d{1,2})(?!\d))?"
)


def period_dates(text: str) -> tuple[str, str] | None:
    """The first and last date of a period (建设期限, 实施期限, 起止时间) as ``年``/``月`` texts,
    the end completed with its year where the text gives only its month; ``None`` when the
    text has no year.

    >>> period_dates("2024年3月—2025年11月")
    ('2024年3月', '2025年11月')
    >>> period_dates("2026年3-10月"), period_dates("2025年4月至10月底")
    (('2026年3月', '2026年10月'), ('2025年4月', '2025年10月'))
    >>> period_dates("2025年4月底前开工，10月底前完工")
    ('2025年4月', '2025年10月')
    >>> period_dates("2025.04-2025.11"), period_dates("2025-2026"), period_dates("当年")
    (('2025年4月', '2025年11月'), ('2025年', '2026年'), None)
    >>> period_dates("2025年全年")
    ('2025年1月', '2025年12月')
    """
    text = text.translate(FULL_WIDTH)
    dates = []
    for found in _PERIOD_DATE.finditer(text):
        month = found.group("month") or found.group("dotted")
        dates.append(
            f"{found.group('year')}年{int(month)}月" if month else f"{found.group('year')}年"
        )
    if not dates:
        return None
    same_year = SAME_YEAR_END.search(text)
    if len(dates) == 1 and _WHOLE_YEAR.search(text) is not None:
        # 2025年全年: the year from its first month to its last.
        dates = [f"{dates[0][:4]}年1月", f"{dates[0][:4]}年12月"]
    elif len(dates) == 1 and same_year is not None:
        dates.append(f"{dates[0][:4]}年{int(same_year.group('month'))}月")
    elif len(dates) == 1 and (ended := _ENDS_IN.search(text)) is not None:
        # 2025年4月底前开工，10月底前完工: the end is the month written before 完工.
        dates.append(f"{dates[0][:4]}年{int(ended.group('month'))}月")
    return dates[0], dates[-1]


_WHOLE_YEAR: Final = re.compile(r"\d{4}\s*年度?\s*全年")
# 10月底前完工 after a span's first date: the month it ends, in the first date's year.
_ENDS_IN: Final = re.compile(
    r"(?<![\d年./-])(?P<month>\d{1,2})\s*月\s*(?:底|末|中旬|上旬|下旬)?\s*(?:前|以前)?\s*"
    r"(?:全面|全部)?(?:完工|完成|竣工|建成|投用)"
)


#: A count written with digits or in Chinese numerals (7个, 七个, 十二个).
COUNT: Final = r"(?:\d+|[一二两三四五六七八九十][零〇一二两三四五六七八九十百]*)"


def count_value(text: str) -> int | None:
    """The value of a count matched by :data:`COUNT`: ``count_value("十二") == 12``; ``None``
    for numerals that are no count: digits one by one (二三个 is two or three, not 23), a
    零 at the end (十零).

    >>> count_value("12"), count_value("十二"), count_value("两"), count_value("二三"), count_value("十零")
    (12, 12, 2, None, None)
    """
    if text.isdigit():
        return int(text)
    try:
        value = parse_number(
            text, 0, len(text), "count_value", text, strict_upper=False, digit_by_digit=False
        )
    except AidModelError:
        return None
    return int(value)


_DATE: Final = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?)?")
# A month or day written with dots, dashes or slashes, as table cells write it: 2025.03,
# 2025-10-31, 2025/9 (a year of 19xx or 20xx and a month 1-12, nothing more of a number).
_DATE_NUMERIC: Final = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*[./\-]\s*(0?[1-9]|1[0-2])"
    r"(?:\s*[./\-]\s*(0?[1-9]|[12]\d|3[01]))?(?!\d)(?!\.\d)"
)
# A date in Chinese numerals, as a notice is dated: 二〇二三年三月十五日 (U+25CB ○ often
# stands for U+3007, the numeral zero).
_ZH_YEAR: Final = "[\u3007\u25cb零一二三四五六七八九]{4}"
_ZH_DAY: Final = "[一二三四五六七八九十]{1,3}"
_DATE_ZH: Final = re.compile(
    rf"({_ZH_YEAR})\s*年\s*(?:({_ZH_DAY})\s*月\s*(?:({_ZH_DAY})\s*[日号])?)?"
)
#: A full date, in digits or in Chinese numerals (2023年3月15日, 二〇二三年三月十五日).
FULL_DATE: Final = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|{_ZH_YEAR}\s*年\s*{_ZH_DAY}\s*月\s*{_ZH_DAY}\s*日)"
)


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    return (
        int(text) if text.isdigit() else int(parse_chinese_number(text.replace("\u25cb", "\u3007")))
    )


def date_parts(text: str) -> tuple[int, int | None, int | None] | None:
    """Year, month and day of the first date written in a (normalised) text, in digits or in
    Chinese numerals, or ``None``.

    >>> date_parts("完成时限：2025年11月"), date_parts("2025年2月9日"), date_parts("年底")
    ((2025, 11, None), (2025, 2, 9), None)
    >>> date_parts("二〇二四年十二月三十一日"), date_parts("二○二五年六月")
    ((2024, 12, 31), (2025, 6, None))
    >>> date_parts("2025.03"), date_parts("2025-10-31"), date_parts("2025/9"), date_parts("2025.13")
    ((2025, 3, None), (2025, 10, 31), (2025, 9, None), None)

    A quarter or a half of a year ends in its last month:

    >>> date_parts("2025年第三季度"), date_parts("2025年上半年"), date_parts("2025年底前")
    ((2025, 9, None), (2025, 6, None), (2025, 12, None))
    """
    found = [
        m
        for m in (_DATE.search(text), _DATE_ZH.search(text), _DATE_NUMERIC.search(text))
        if m is not None
    ]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    try:
        year, month, day = (_number(part) for part in match.groups())
    except AidModelError:  # 十十月: no number
        return None
    assert year is not None
    if month is None and (period := _PERIOD_END.match(text, match.end())) is not None:
        # 2025年第三季度, 2025年上半年, 2025年底: the period's last month.
        month = period_month(period)
    return year, month, day


#: A part of a year that a deadline names by its end: 第三季度, 三季度末, 上半年, 年底.
#: A quarter or a half of a year, as a deadline names it (第三季度, 三季度末, 上半年): a
#: regular-expression alternation whose groups ``quarter`` and ``half`` :func:`period_month` reads.
PERIOD_PART: Final = r"第?(?P<quarter>[一二三四1-4])\s*季度(?:末)?|(?P<half>[上下])半年"
_PERIOD_END: Final = re.compile(rf"\s*(?:{PERIOD_PART}|(?P<end>底|末))")
_QUARTERS: Final = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


def period_month(period: re.Match[str]) -> int:
    """The last month of a part of a year a match names by its groups ``quarter`` (第三季度 → 9)
    and ``half`` (上半年 → 6); any other part (年底) ends in December."""
    if period.group("quarter"):
        return _QUARTERS[period.group("quarter")]
    if period.group("half"):
        return 6 if period.group("half") == "上" else 12
    return 12
