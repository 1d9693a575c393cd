"""The notice header and the title (private): 文号, 发文机关, 日期, 标题, 帮扶方, 受援方, 帮扶类型.

A plan usually comes inside a covering notice (通知) of the issuing office::

    峨边府办函〔2025〕1号                              ← document number (文号)
    峨边彝族自治县人民政府办公室
    关于印发《…2025年项目实施方案》的通知              ← the title in 《》
    …
                       峨边彝族自治县人民政府办公室   ← issuer (发文机关)
                               2025年2月9日          ← issue date (印发日期)
     乐山市市中区结对帮扶                             ← the title again, broken
    峨边彝族自治县2025年项目实施方案                  ←   over two lines

A plan without the notice (a 工作要点) names its issuer and date in the 印发 line
at its foot: ``宜昌市夷陵区人民政府办公室　　2023年2月20日印发``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from aidmodel.importers._lines import FULL_DATE, Line, date_parts, is_chrome
from aidmodel.importers.lexicon._gazetteer import (
    Division,
    DivisionLevel,
    find_divisions,
    lookup,
    parents,
    province_of,
    province_pair,
    province_short_names,
    spellings,
)
from aidmodel.importers.lexicon.genres import REPORT_GENRES, TITLE_GENRES
from aidmodel.importers.lexicon.organisations import (
    CENTRAL_BUREAU,
    ISSUER_ENDINGS,
    ORGANISATION_ENDINGS,
    ORGANISATION_LEADS,
)
from aidmodel.importers.lexicon.schemes import (
    AID_TO_PROVINCE,
    COUNTERPART_PROVINCES,
    EAST_WEST_PAIRS,
    GENERIC_SCHEME_WORDS,
    GIVING_PROVINCES,
    SCHEME_WORDS,
)
from aidmodel.model import Region, Scheme

__all__ = ["FULL_PROVINCE", "Header", "is_issuer", "read_header", "region_units"]

# A title may end in a qualifier in brackets: …项目资金安排明细表（调整后）, …计划（修订稿）.
_GENRE_END: Final = re.compile(f"(?:{'|'.join(TITLE_GENRES)})(?:[（(][^（）()]{{1,8}}[）)])?$")
# Each genre ending a title, perhaps with a bracket after it, in the order of TITLE_GENRES.
_GENRES_AT_END: Final = tuple((g, re.compile(f"{g}(?:[（(].*)?$")) for g in TITLE_GENRES)
# 关于调整2024年…项目计划的通知 (…的批复, …的函): a notice that adjusts a plan, and the plan's name.
_ADJUSTED: Final = re.compile(
    r"关于调整(?P<plan>\S{4,60}?(?:计划|方案|安排|清单|项目资金|资金|项目))的(?:通知|批复|函)$"
    # 正宁县2025年东西部协作项目调整公示: the same, published as a notice of its changes.
    r"|^(?P<changed>\S{4,60}?(?:计划|方案|项目))调整(?:的|情况)?(?:公示|公告|通知)$"
    # 关于2025年郫都区对口帮扶项目第二次调整的通知: the adjustment named after the plan.
    r"|关于(?P<later>\S{4,60}?(?:计划|方案|项目|资金))(?:第[一二三四五六七八九十\d]次)?"
    r"(?:调整|变更)的(?:通知|批复|函)$"
)
# 关于下达…项目计划的通知, 关于印发…实施方案的通知: a notice that hands a plan down.
_HANDS_DOWN_PLAN: Final = re.compile(
    r"关于(?:下达|印发|分配)\S{4,60}?(?:计划|方案|要点|清单)的通知$"
)
# 现将《丰都县2025年鲁渝协作资金项目计划》下达给你们 (or 《…计划》已经…研究同意，现下达给
# 你们): the plan it hands down, by name.
_HANDED_PLAN: Final = re.compile(
    r"现将《([^《》]{4,60}(?:计划|方案|要点|清单))》"
    r"|《([^《》]{4,60}(?:计划|方案|要点|清单))》[^《》。]{0,60}(?:现|特)?(?:下达|印发|分配)给"
    # 现将2025年裕华区结对帮扶阜平县项目计划下达给你们: the same without the book marks, where
    # the name holds both parties (a place helping a place). (…对口帮扶我县…计划: 我县 is no
    # name; the sentence describes the plan, the notice's title names it.)
    r"|现将([^《》，。、,]{0,20}[县区市旗](?:结对帮扶|对口帮扶|对口支援|帮扶|援助)(?![我本])"
    r"[\u4e00-\u9fff]{1,12}?[县区市旗][^《》，。、,]{0,30}(?:计划|方案|要点|清单))(?:下达|印发|分配)给"
)
_PLAN_GENRE: Final = re.compile(r"(?:实施方案|工作方案|项目计划|工作要点|资金计划|项目清单)$")
# 关于下达…的通知: the words of a notice before what it is about name no place.
_ABOUT: Final = re.compile(r"^关于(?:印发|下达|分配|拨付|调整|公布|公示|做好|开展|实施|申报)?")
# 附件2, 附件：: the label above an attachment's title, not a part of it.
# The period a report covers, written after the year: 前三季度, 上半年, 1—9月, 一季度.
_PERIOD: Final = re.compile(
    r"(?:前[一二三]季度|第?[一二三四]季度|[上下]半年|全年|"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:[-\u2014\u2013~至到])\s*"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?)?"
)
_ATTACHMENT_LABEL: Final = re.compile(
    r"^附\s*件\s*[0-9\uff10-\uff19一二三四五六七八九十]*\s*[:：]?$"
)
_SENTENCE: Final = re.compile(r"[,，。;；:：!?\uff01\uff1f]")
_DOCUMENT_NUMBER: Final = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[\uff3b(【]\s*\d{4}\s*[〕\]\uff3d)】]\s*\d{1,4}\s*号"
)
_ISSUER_ENDING: Final = "|".join(ISSUER_ENDINGS)
# An issuing office's name: 峨边彝族自治县人民政府办公室, 宁德市援疆前方指挥部.
_ISSUER_NAME: Final = rf"[\u4e00-\u9fff()·]{{2,40}}?(?:{_ISSUER_ENDING})"
_ORG: Final = re.compile(rf"^{_ISSUER_NAME}$")
# 泸溪县乡村振兴局关于…: the office that writes, before the 关于 of its title.
_ISSUER_ABOUT: Final = re.compile(rf"^(?P<org>{_ISSUER_NAME})关于")
_DATE_LINE: Final = re.compile(rf"^{FULL_DATE}\s*(?:印发)?$")
# A line of the same date under each of two signatures: 2024年3月20日　　2024年3月20日.
_DATES_LINE: Final = re.compile(rf"^({FULL_DATE})(?:\s+{FULL_DATE})?\s*(?:印发)?$")
_BRACKETED: Final = re.compile(r"\(\s*(.+?)\s*\)")
_FOOT: Final = re.compile(rf"^(?P<org>[\u4e00-\u9fff()·]{{2,40}}?)\s+(?P<date>{FULL_DATE})\s*印发$")
_NOTICE: Final = re.compile(r"^(?P<org>.*?)关于\s*印\s*发\s*(?P<title>.+?)的通知$")
# A notice that is the plan itself (关于下达2024年…帮扶项目资金的通知): no 方案 title follows.
# Its issuers may open it on the same line: 海东市财政局 海东市农业农村局关于下达…的通知.
# (县协作办, 县政府办: an office by its short name opens a notice's title too.)
_OWN_NOTICE: Final = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,30}}?(?:{_ISSUER_ENDING}|中心|办)[、\s]*){{0,3}}"
    r"关于(?:(?:提前|预先|追加|补充|切块)?(?:下达|分配|拨付|安排|印发|调整|调减|调增|变更|公布|发布)"
    r".{4,60}的通知"
    r"|.{4,60}(?:第[一二三四五六七八九十\d]次)?(?:调整|变更)的(?:通知|批复)"
    # 关于2025年X区对口帮扶Y县项目资金安排的通知: what is arranged, after what it is of.
    r"|.{4,60}(?:资金安排|项目安排|资金计划|项目计划|资金分配)的通知"
    r"|.{4,60}(?:推进|进展|完成|实施|工作)情况的(?:报告|通报)"
    # 关于2025年…工作总结及2026年工作打算的报告: a report of the year and the next one's plan.
    r"|.{4,60}(?:工作总结|工作打算)的(?:报告|通报)"
    r"|.{4,60}(?:计划|方案|清单|项目)的批复)$"
)
# Words between a donor and its verb: 邗江区共安排…, 市北区再追加….
_ADVERB: Final = re.compile(r"(?:共|已|再|又|累计|计划|拟|将|另|还)$")
# 全县, 我区: the issuer's own county (of that kind).
_OUR_WORDS: Final = re.compile(r"(?:全|我|本)(县|区|市|旗)")
# 根据宁波市鄞州区与我县…, 鄞州区安排我县…: the text says 我县 for the issuer's own county.
_OURS: Final = re.compile(r"(?:与|安排|帮扶|支援|援助|结对)我(?P<kind>县|区|市|旗)")
_BOOK: Final = re.compile(r"《(?P<title>[^《》]+)》")
_PUBLISHED_BY: Final = re.compile(
    r"(?:来源|信息来源|发布机构|发布单位)\s*:\s*(?P<org>[\u4e00-\u9fff]{2,40})"
)
_PUBLISHED_ON: Final = re.compile(
    r"(?:发布时间|发布日期|发文日期|成文日期)\s*:\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})"
)
_FILLED_BY: Final = re.compile(
    r"(?:填报|编制|报送)单位\s*:\s*(?P<org>[\u4e00-\u9fff]{2,40}?)\s*(?:\(\s*(?:盖章|公章)\s*\))?(?=\s|$)"
)
_FILLED_ON: Final = re.compile(rf"(?:填报|编制|报送)(?:日期|时间)\s*:\s*(?P<date>{FULL_DATE})")
_YEAR: Final = re.compile(r"(\d{4})\s*年度?")
# A year or a span of years in a title (2025年, 2018—2020年, 2021至2025年度).
_YEARS: Final = re.compile(
    r"(?:\d{4}\s*(?:[\u2014\u2013\uff0d~\uff5e-]{1,2}|至|到)\s*)?\d{4}\s*年度?"
)
_SPACE: Final = re.compile(r"\s+")

# 滨江区·建始县, 乙区—甲县, 乙区-甲县: a dot or a dash between two names joins donor and recipient.
_JOIN: Final = (
    r"·|(?<=[\u4e00-\u9fff])[\u2014\u2013\uff0d-]{1,2}(?=[\u4e00-\u9fff])"
    r"|(?<=[市区县旗州])与(?=[\u4e00-\u9fff]{1,12}?[市区县旗州](?:\d|[\u4e00-\u9fff]))"  # 丹阳市与灌南县
)
_CONNECTOR: Final = re.compile(
    "|".join(word for word, _ in SCHEME_WORDS) + f"|扶贫协作|助推|助力|帮扶|支援|援助|{_JOIN}"
)
_UNIT: Final = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|省|市|州|盟|区|县|旗"
    r"|街道|镇|乡|苏木)(?!级)"  # (市级, 县级: a level, as in 追加市级帮扶资金, no place)
)
# The units of the Xinjiang Production and Construction Corps (兵团), which counterpart aid
# pairs like counties: the corps, its divisions (第五师) and their regiments (九十一团, 一牧场).
_CORPS: Final = re.compile(
    r"新疆生产建设兵团|第[一二三四五六七八九十]{1,3}师"
    r"|(?<=师)[一二三四五六七八九十百〇零]{1,5}(?:团|牧场|农场)"
)
# Words that end like a township (镇, 乡) but name none: 乡镇, 城镇, 特色小镇 ...
_NOT_TOWNSHIP: Final = re.compile(
    r"^(?:.*[乡城村集小古名重]镇|城乡|.*[城下]乡"
    # 三峡库区, 革命老区, 牧区, 景区: areas named like districts that are no division.
    r"|.*(?:库|老|牧|景|社|片|辖|灾)区)$"
)
_PROVINCES: Final = "|".join(province_short_names())
# A character of a unit's name: never 与 or 及, which join two parties (甲市乙区与丙州丁县).
_NAME_CHAR: Final = r"[\u4e00-\u4e0d\u4e0f-\u53c9\u53cb-\u9fff]"
# Words no place's name holds: 安排我地区, 下达给你县.
_NOT_A_PLACE: Final = re.compile("我|你|等|内地|安排|下达|帮扶|对口|协作|资金|给予|结对")
#: A province by its full name at the start of a text: 四川省, 广西壮族自治区, 重庆市.
FULL_PROVINCE: Final = re.compile(
    rf"^(?:{_PROVINCES})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)"
)
_FULL_REGION: Final = re.compile(
    FULL_PROVINCE.pattern[1:]
    + rf"(?:{_NAME_CHAR}{{1,8}}?(?:市|自治州|州|地区|盟))?{_NAME_CHAR}{{1,8}}?(?:新区|自治县|区|县|市|旗)"
    r"(?!级)"  # (山东省聊城市追加市级帮扶资金: 市级 is a level, no place)
)


@attrs.frozen(kw_only=True)
class Header:
    """What the notice and the title say, and which lines they took."""

    title: str | None = None
    title_lines: tuple[int, ...] = ()
    genre: str | None = None
    year: int | None = None
    scheme: Scheme | None = None
    donor: Region | None = None
    donor_line: int | None = None
    recipient: Region | None = None
    #: A title naming several recipients (帮扶松潘县、黑水县): all of them, in title order.
    recipients: tuple[Region, ...] = ()
    #: For an adjustment notice (关于调整X的通知): X, the name of the plan it adjusts.
    plan_title: str | None = None
    document_number: str | None = None
    issuer: str | None = None
    issue_date: tuple[int, int | None, int | None] | None = None
    date_line: int | None = None
    used: frozenset[int] = frozenset()
    body_start: int = 1


def is_issuer(text: str) -> bool:
    """Whether a text is an issuing office's name (发文机关: …人民政府办公室, …局).

    >>> is_issuer("峨边彝族自治县人民政府办公室"), is_issuer("峨边彝族自治县")
    (True, False)
    """
    return _ORG.match(text) is not None


def region_units(text: str) -> list[str]:
    """The administrative units a place name is made of, from its start (省, 市, 区, 县 ...).

    Townships count too (镇, 乡, 街道, 苏木), but not the words that only end like one
    (乡镇, 城镇, 城乡) nor the 乡 of 乡村.

    >>> region_units("浙江省绍兴市柯桥区"), region_units("峨边彝族自治县项目")
    (['浙江省', '绍兴市', '柯桥区'], ['峨边彝族自治县'])
    >>> region_units("浙江省湖州市吴兴区"), region_units("甘孜州石渠县")
    (['浙江省', '湖州市', '吴兴区'], ['甘孜州', '石渠县'])
    >>> region_units("北京市通州区"), region_units("福建省福州市鼓楼区")
    (['北京市', '通州区'], ['福建省', '福州市', '鼓楼区'])
    >>> region_units("廉江市石角镇"), region_units("北滘镇"), region_units("某县乡镇")
    (['廉江市', '石角镇'], ['北滘镇'], ['某县'])
    >>> region_units("西乡县农业农村局"), region_units("安乡县")
    (['西乡县'], ['安乡县'])
    >>> region_units("三峡库区"), region_units("宜昌市夷陵区")
    ([], ['宜昌市', '夷陵区'])
    >>> region_units("新疆生产建设兵团第五师九十一团"), region_units("第十四师一牧场")
    (['新疆生产建设兵团', '第五师', '九十一团'], ['第十四师', '一牧场'])
    """
    return list(_region_units(text))


@functools.lru_cache(maxsize=4096)  # (a text names its places again and again)
def _region_units(text: str) -> tuple[str, ...]:
    units = []
    position = 0
    while position < len(text):
        corps = _CORPS.match(text, position)
        if corps is not None:
            # 新疆生产建设兵团第五师九十一团: the corps, a division (师) and a regiment (团).
            units.append(corps.group())
            position = corps.end()
            continue
        known = _known_division(text, position)
        if known:
            # 西乡县, 安乡县: a county whose name holds 乡 is one unit, not 西乡 (a township).
            units.append(known)
            position += len(known)
            continue
        match = _UNIT.match(text, position)
        if match is None:
            break
        end = match.end()
        if text.endswith("州", 0, end) and (
            text.startswith("市", end)
            or (text.startswith("区", end) and not text.startswith(("区域", "区县"), end))
        ):
            end += 1  # 湖州市, 杭州市, 通州区, 鄞州区: the city's or district's name ends in 州
        if _NOT_TOWNSHIP.match(text[position:end]) or (
            text.endswith("乡", 0, end) and text.startswith("村", end)
        ):
            break  # 乡镇, 城镇; 实施乡村振兴 is no 乡
        units.append(text[position:end])
        position = end
    return tuple(units)


def _known_division(text: str, position: int) -> str:
    """The longest official name of a division (GB/T 2260) that starts at ``position`` and
    whose first unit-like ending the pattern would cut short (西乡县, not 西乡), or ""."""
    cut = _UNIT.match(text, position)
    if cut is None:
        return ""
    for end in range(min(len(text), position + 12), cut.end(), -1):
        name = text[position:end]
        if any(d.name == name for d in lookup(name)):
            return name
    return ""


def _official(region: Region, lines: Sequence[Line]) -> Region:
    """A region named by a short form (双江自治县) under the official name of its division
    (双江拉祜族佤族布朗族傣族自治县) where the text writes that name too; else as it is."""
    found = [d for d in lookup(region.name) if d.name != region.name]
    if len(found) != 1 or region.full_name is not None:
        return region
    official = found[0].name
    if any(official in line.norm for line in lines):
        return Region(name=official)
    return region


def _without_joiner(units: list[str]) -> list[str]:
    """Units without a leading 与/和/及 (沭阳县与吴江区: 吴江区, not 与吴江区)."""
    return [unit[1:] if unit[:1] in "与和及" and len(unit) > 2 else unit for unit in units]


def _short_name(text: str) -> list[str]:
    """A place a title writes by its short name (常熟·思南: 常熟市, 思南县), as the one
    division of the gazetteer it can be, at the start of ``text``; [] when it is none or
    several (a stem never stands for two divisions here)."""
    for found in find_divisions(text, stems=True):
        rest = text[found.end :]
        if (
            found.start == 0
            and len(found.divisions) == 1
            and (
                not rest
                or _CONNECTOR.match(rest)
                or _YEARS.match(rest)
                or _GENRE_END.fullmatch(rest)
                or rest.startswith("项目")
            )
        ):
            # 常熟·思南东西部协作…: a name where the title's parts meet, not a word (合作).
            return [found.divisions[0].name]
        break
    return []


def nested(units: Sequence[str]) -> bool:
    """Whether the units of a place name are each inside the one before (甘孜州, 石渠县), as
    far as the gazetteer knows them; a unit it does not know (a township, a 新区) is taken
    as written.

    >>> nested(["甘孜州", "石渠县"]), nested(["和田县", "北京市"]), nested(["廉江市", "石角镇"])
    (True, False, True)
    """
    for outer, inner in itertools.pairwise(units):
        outers = {d.code for d in lookup(outer)}
        inners = lookup(inner)
        if outers and inners and not any(outers & {p.code for p in parents(d)} for d in inners):
            return False
    return True


def _region(units: Sequence[str]) -> Region | None:
    if not units:
        return None
    full = "".join(units)
    return Region(name=units[-1], full_name=full if len(units) > 1 else None)


def _without_spaces(text: str) -> str:
    return _SPACE.sub("", text)


def _wrapped_titles(lines: Sequence[Line]) -> list[Line]:
    """The lines of a header, each short line that does not end a title joined with the short
    line after it, as a title a Word document centres on two lines is written (…关于分配下达
    2025年第二批 / 津甘东西部协作财政援助资金的通知): both the line alone and the pair."""
    found: list[Line] = []
    for index, line in enumerate(lines):
        found.append(line)
        after = lines[index + 1] if index + 1 < len(lines) else None
        if after is None or line.blank or after.blank:
            continue
        first, second = _without_spaces(line.norm), _without_spaces(after.norm)
        if (
            len(first) > 40
            or len(second) > 40
            or _SENTENCE.search(first + second)
            or first.endswith(("通知", "报告", "方案", "计划"))
            or "关于" not in first
        ):
            continue
        text = line.text + after.text
        found.append(
            Line(line.number, text, text, line.norm + after.norm, ((len(line.text), after.number),))
        )
    return found


# The number of a part (二、, （一）, 3.): a title is never numbered.
_NUMBERED_PART: Final = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])"
)


def _find_title(lines: Sequence[Line], stop: int) -> tuple[str, tuple[int, ...]] | None:
    """The title block: a short line ending in a genre word, with up to two lines before it."""
    for index, line in enumerate(lines[:stop]):
        text = _without_spaces(line.norm)
        if (
            not text
            or len(text) > 60
            or _SENTENCE.search(text)
            or text.endswith("通知")
            or _OWN_NOTICE.match(text)  # (关于…情况的报告: read as the notice it is)
            or _NUMBERED_PART.match(text)  # (二、项目安排: a part's heading, no title)
            or not _GENRE_END.search(text)
            # 会　议　纪　要 standing alone: a masthead, no title (工作要点 under the line of
            # a title it ends is the title's end).
            or (
                _GENRE_END.fullmatch(text) is not None
                and (
                    index == 0
                    or lines[index - 1].blank
                    or _ORG.match(_without_spaces(lines[index - 1].norm)) is not None
                )
            )
            or is_chrome(line)
        ):
            continue
        block = [line]
        for previous in reversed(lines[max(index - 2, 0) : index]):
            ptext = _without_spaces(previous.norm)
            if (
                not ptext
                or len(ptext) > 40
                or _SENTENCE.search(ptext)
                or _DATE_LINE.match(ptext)
                or _ORG.match(ptext)
                or _DOCUMENT_NUMBER.search(ptext)
                or is_chrome(previous)
                or _ATTACHMENT_LABEL.match(ptext)
                or ptext.endswith(("通知", "文件"))
                or _GENRE_END.fullmatch(ptext) is not None  # (会议纪要: the masthead)
            ):
                break
            block.insert(0, previous)
        title = "".join(_without_spaces(b.text) for b in block)
        return title, tuple(b.number for b in block)
    return None


def _scheme(
    title: str | None,
    lines: Sequence[Line],
    donor: Region | None = None,
    recipient: Region | None = None,
) -> Scheme | None:
    found = _written_scheme(title, lines)
    if (
        found is Scheme.IN_PROVINCE_PAIRING
        and not any("省内" in line.norm for line in lines)
        and donor is not None
        and recipient is not None
    ):
        donor_province, recipient_province = _province(donor), _province(recipient)
        if donor_province and recipient_province and donor_province != recipient_province:
            # 结对帮扶 across a provincial border is no pairing within a province: the
            # recipient's province says which scheme sends aid there.
            return (
                Scheme.COUNTERPART
                if recipient_province in COUNTERPART_PROVINCES
                else Scheme.EAST_WEST
            )
    if found is Scheme.COUNTERPART and donor is not None and recipient is not None:
        donor_province, recipient_province = _province(donor), _province(recipient)
        if (
            donor_province is not None
            and donor_province == recipient_province
            and donor_province not in _MUNICIPALITIES
            and not any(w in line.norm for line in lines for w in ("援藏", "援疆", "援青"))
        ):
            # 成都市郫都区对口帮扶凉山彝族自治州冕宁县: 对口帮扶 within one province is its
            # pairing (省内对口帮扶); a municipality's 区县对口帮扶 (渝中区→忠县) stays counterpart.
            return Scheme.IN_PROVINCE_PAIRING
    return found


# 北京, 天津, 上海, 重庆: a municipality's districts help its counties as counterparts.
_MUNICIPALITIES: Final = frozenset({"110000", "120000", "310000", "500000"})


def _province(region: Region) -> str | None:
    """The code of the one province a region's names can be in, or ``None``."""
    for name in (region.full_name, region.name):
        if not name:
            continue
        provinces = {province_of(d).code for d in lookup(name)}
        if len(provinces) == 1:
            return provinces.pop()
    return None


def _written_scheme(title: str | None, lines: Sequence[Line]) -> Scheme | None:
    if title:
        written = [(word, scheme) for word, scheme in SCHEME_WORDS if word in title]
        own = [pair for pair in written if pair[0] not in GENERIC_SCHEME_WORDS]
        if not own and written:
            # 天心区对口帮扶古丈县工作要点 / …关于省内对口帮扶工作的决策部署: the body's word
            # that specifies the title's (省内对口帮扶 for 对口帮扶) says which it is.
            generic = {word for word, _ in written}
            for line in lines:
                for word, scheme in SCHEME_WORDS:
                    if (
                        word not in generic
                        and any(g in word for g in generic)
                        and word in line.norm
                    ):
                        return scheme
        if own or written:
            return (own or written)[0][1]
    # Every scheme word of the text counts once (结对帮扶 in 省内结对帮扶 is not counted
    # again): a passing 结对帮扶 in the preamble does not outweigh 东西部协作 or 苏陕协作.
    counts: dict[Scheme, int] = {}
    for line in lines:
        norm = line.norm
        for word, scheme in sorted(SCHEME_WORDS, key=lambda pair: -len(pair[0])):
            if word in norm:
                counts[scheme] = counts.get(scheme, 0) + norm.count(word)
                norm = norm.replace(word, "\0")
    if not counts:
        return None
    return max(counts, key=lambda s: counts[s])


def _province_and_place(text: str) -> tuple[str, str] | None:
    """The place a text opens with by its province's short name and its own, before the
    scheme's words (江苏泰州援疆…: 泰州市), and how it is written; or ``None``."""
    placed = re.match(
        f"(?P<province>{_PROVINCES})(?P<place>[\u4e00-\u9fff]{{2,4}}?)(?=援|对口|协作)", text
    )
    if placed is None:
        return None
    provinces = {d.code for d in lookup(placed.group("province")) if d.parent is None}
    places = [
        d
        for d in lookup(placed.group("place"))
        if d.parent is not None and province_of(d).code in provinces
    ]
    return (places[0].name, placed.group()) if len(places) == 1 else None


def _recipient_first(title: str) -> tuple[list[str], list[str]] | None:
    """Donor and recipient of a title that names the recipient before the year and the donor
    after it, right before the scheme word: 江孜县2024年上海市对口支援项目实施方案 (the
    recipient's plan for the donor's aid), 甲县2025年乙市丙区东西部协作资金项目计划."""
    year = _YEARS.search(title)
    if year is None:
        return None
    before, after = title[: year.start()], title[year.end() :]
    # 关于昂仁县2025年前三季度济宁市援藏项目进展情况的报告: neither 关于 nor the period of a
    # report is a part of a place's name.
    before = _ABOUT.sub("", before)
    period = _PERIOD.match(after)
    after = after[period.end() :] if period is not None else after
    pair = re.fullmatch(r"(?P<giver>.+?[市区县旗州])与(?P<taker>.+?[市区县旗州])", before)
    if pair is not None:
        # 丹阳市与灌南县2025年南北挂钩合作项目计划: the pair before the year, the giver first.
        giver, taker = region_units(pair.group("giver")), region_units(pair.group("taker"))
        if "".join(giver) == pair.group("giver") and "".join(taker) == pair.group("taker"):
            return giver, taker
    recipient = region_units(before)
    donor = region_units(after)
    written_as = None
    short = _province_and_place(after)
    if short is not None:
        # 特克斯县2025年江苏泰州援疆项目计划: a place by its short name after its province's
        # (江苏泰州 is no 州 of its own).
        donor, written_as = [short[0]], short[1]
    if not donor:
        # 环江…县2025年中国科学院定点帮扶…: an organisation gives (定点帮扶).
        organisation = _ORGANISATION.match(after)
        if organisation is not None:
            donor = [organisation.group("org")]
    if not donor:
        # 比如县2025年浙江援藏项目…: a province by its name alone gives.
        province = re.match(f"(?:{_PROVINCES})(?=援|对口|协作)", after)
        provinces = [d for d in lookup(province.group()) if d.parent is None] if province else []
        if province is not None and len(provinces) == 1:
            donor = [provinces[0].name]
            written_as = province.group()
    if not donor and re.match(r"[\u4e00-\u9fff]{2}(?:对口|协作)", after):
        # 栾川县2025年京豫对口协作项目…: the pair of short names, the giver first.
        short_pair = province_pair(after[:2])
        if short_pair is not None:
            donor = [short_pair[0].name]
            written_as = after[:2]
    if not recipient or "".join(recipient) != before or not donor:
        return None
    written = written_as or "".join(donor)
    connector = _CONNECTOR.match(after, len(written))
    if (
        connector is None
        or re.fullmatch(_JOIN, connector.group()) is not None
        or _CONNECTOR.search(written) is not None
    ):
        return None
    return donor, recipient


_APPROVED_PLAN: Final = re.compile(r"关于(?P<plan>[^关]{6,60}?(?:计划|方案|清单))的批复$")
# 浙江省援川工作队道孚工作组: a donor's team in the county it works in (道孚, short).
_TEAM_IN: Final = re.compile(
    r"(?:工作队|指挥部|驻)(?P<place>[\u4e00-\u9fff]{2,6}?)(?:工作组|工作队|小组|分队|分指挥部)"
)


def _team_place(title: str) -> list[str]:
    """The county a donor's team named in a title works in (浙江省援川工作队道孚工作组 → 道孚县),
    or ``[]``."""
    team = _TEAM_IN.search(title)
    if team is None:
        return []
    place = team.group("place")
    counties = [
        d for name in (place, place + "县") for d in lookup(name) if d.level is DivisionLevel.COUNTY
    ]
    return [counties[0].name] if len({d.code for d in counties}) == 1 else []


# 洛阳市发展和改革委员会关于下达…: an office, 关于 and the verb that hands money down.
_ISSUER_HANDS_DOWN: Final = re.compile(rf"^(?:{_ISSUER_NAME})?\s*关于\s*(?:下达|分配|拨付)")


def _parties(title: str) -> tuple[list[str], list[str]]:
    """Donor and recipient units written in a title (帮扶方, 受援方)."""
    approved = _APPROVED_PLAN.search(title)
    if approved is not None:
        # 银川市农业农村局关于贺兰县2025年闽宁协作项目计划的批复: the office above approves;
        # the plan it names says who gives and who receives.
        inner = _parties(approved.group("plan"))
        if inner[1]:
            return inner
    lead = _ISSUER_HANDS_DOWN.match(title)
    if lead is not None and (handed := _recipient_first(title[lead.end() :])) is not None:
        # 洛阳市发展和改革委员会关于下达栾川县2025年京豫对口协作项目资金计划的通知: the county
        # the money is handed down to receives; the office that hands it down is neither.
        return handed
    team = _team_place(title)
    if team:
        # 浙江省援川工作队道孚工作组2025年工作要点: the team's county receives; the text says
        # who gives (榕城区驻贵定县工作组: the place before 驻 sends the team).
        sent = re.match(r"^(?P<giver>[\u4e00-\u9fff]{2,12}?)驻", title)
        giver = region_units(sent.group("giver")) if sent is not None else []
        return giver if "".join(giver) == (sent.group("giver") if sent else "") else [], team
    found = _recipient_first(title)
    if found is not None:
        return found
    core = _YEARS.sub("", title)
    core = _GENRE_END.sub("", core)
    issuer: list[str] = []
    prefix = _ISSUER_ABOUT.match(core)
    if prefix is not None and _CONNECTOR.search(core, prefix.end()) is not None:
        # 泸溪县乡村振兴局关于望城区对口帮扶工作总结…的报告: the office that writes opens the
        # title; its county receives when the rest names only the giver, or no place.
        issuer = region_units(prefix.group("org"))
        core = core[prefix.end("org") :]
    core = _ABOUT.sub("", core)
    # 关于2025年上半年X定点帮扶工作进展情况的报告: the period of a report is no name's part.
    if (period := _PERIOD.match(core)) is not None:
        core = core[period.end() :]
    match = _CONNECTOR.search(core)
    if match is None:
        units = region_units(core)
        # 和田县北京市项目: two places side by side with no word between them are no one
        # place (甘孜州石渠县 is): which gives and which receives is not said.
        return [], units if nested(units) else []
    left, right = core[: match.start()], core[match.end() :]
    joined = re.fullmatch(_JOIN, match.group()) is not None
    right = _CONNECTOR.sub("", right, count=1) if joined else right
    left_units = _without_joiner(region_units(left)) or _short_name(left)
    place_left = bool(left_units)
    if not left_units and (organisation := re.fullmatch(_ORGANISATION_NAME, left.strip())):
        # 中国宝武钢铁集团有限公司2025年定点帮扶宁洱…县项目计划: an organisation gives.
        left_units = [organisation.group("org")]
    if not left_units and re.fullmatch(CENTRAL_BUREAU, left.strip()):
        left_units = [left.strip()]  # 国家林业和草原局2025年定点帮扶龙胜…县工作计划
    if (
        not left_units
        and match.group() == "定点帮扶"
        and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", left.strip())
        and not region_units(left.strip())
    ):
        # 中国中车定点帮扶镇赉县…: a body's short name before 定点帮扶 gives (no place does;
        # the text may write its registered name).
        left_units = [left.strip()]
    lead = _CONNECTOR.match(right)
    if lead is not None and not joined:
        # 东西部协作帮扶商南县: the scheme word, then the verb before the recipient.
        right = right[lead.end() :]
    right_units = region_units(right) or _short_name(right)
    for index in range(1, len(right_units)):
        unit, previous = right_units[index], right_units[index - 1]
        if (unit[0] in "和及与" and unit[-1] == previous[-1] and previous[-1] in "县旗") or (
            previous[-1] in "县旗" and unit[-1] in "县旗"
        ):
            # 剑河县和台江县, 沅陵县麻阳苗族自治县: two recipients of one kind, not 和台江县
            # inside 剑河县 (no county holds a county).
            right_units = right_units[:index]
            break
    if joined:
        # 滨江区·建始县东西部扶贫协作: donor·recipient, then the scheme.
        return left_units, right_units
    if not right_units:
        if issuer and (not left_units or issuer[-1] != left_units[-1]):
            return left_units, issuer  # (the office's county, written before 关于)
        if left_units and not place_left:
            # 关于2025年国家税务总局定点帮扶工作进展情况的报告: an organisation, no place,
            # gives; the county that receives is the one that writes (the body says it).
            return left_units, []
        # 峨边彝族自治县2025年东西部协作项目实施方案: the recipient's own plan.
        return [], left_units
    return left_units, right_units


def _received_by(place: Region, title: str, body: Sequence[Line]) -> Division | None:
    """The county that receives when a title's one place is the giver, or ``None``.

    A place of an eastern province (威海市文登区) in the title of an east-west or
    counterpart plan gives: the pair word (鲁渝) or the scheme says so. The one that
    receives is the county of a western province the body names most often (巫溪县)."""
    scheme = _written_scheme(title, ())
    if scheme not in (Scheme.EAST_WEST, Scheme.COUNTERPART):
        return None
    province = _province(place)
    # 2025年盘锦市援疆项目实施计划: 援疆 names the receiving province, any other gives.
    receiving = {code for word, code in AID_TO_PROVINCE.items() if word in title}
    if province is None or (
        province not in GIVING_PROVINCES
        and not (scheme is Scheme.COUNTERPART and receiving and province not in receiving)
    ):
        return None
    counts: dict[str, int] = {}
    found: dict[str, Division] = {}
    for line in body:
        for match in find_divisions(line.norm):
            counties = [d for d in match.divisions if d.level is DivisionLevel.COUNTY]
            if len(counties) != 1:
                continue
            (county,) = counties
            county_province = _province(Region(name=county.name))
            if county_province in (None, province, *GIVING_PROVINCES) or (
                receiving and county_province not in receiving
            ):
                continue  # a county of a giving province receives no east-west aid
            counts[county.code] = counts.get(county.code, 0) + 1
            found.setdefault(county.code, county)
    if not counts:
        return None
    return found[max(counts, key=lambda code: counts[code])]


def _further(title: str, written: str) -> list[Region]:
    """The recipients a title names after its first one: 帮扶松潘县、黑水县项目 → 黑水县."""
    found: list[Region] = []
    position = title.find(written)
    if position < 0 or not written:
        return found
    position += len(written)
    while position < len(title):
        # 、黑水县 / 和台江县 / 麻阳苗族自治县 right after 沅陵县 (two counties written on).
        gap = 1 if title[position] in "、和及" else 0
        units = region_units(title[position + gap :])
        if not gap and (not units or units[-1][-1] not in "县旗" or len(units) > 1):
            break
        region = _region(units)
        if region is None:
            break
        found.append(region)
        position += gap + len("".join(units))
    return found


# 《南京市雨花台区·大通…》, 《湖州市南浔区 广元市旺苍县…协议》: two parties in a cited title.
_BOOK_PAIR: Final = re.compile(rf"《([\u4e00-\u9fff]+)(?:{_JOIN}|\s+)([^》]*)》")


def _body_donor(lines: Sequence[Line], recipient: Region) -> tuple[list[str], int] | None:
    """The donor named in the text: 《南京市雨花台区·大通…》 or a full place name (浙江省绍兴市柯桥区)."""
    for line in lines:
        if "《" not in line.norm:
            continue  # (no cited title)
        for match in _BOOK_PAIR.finditer(line.norm):
            right = match.group(2)
            if recipient.name in right or (
                recipient.full_name is not None and recipient.full_name in right
            ):
                units = region_units(match.group(1))
                if units:
                    return units, line.number
    # (屏边县 is 屏边苗族自治县: the recipient's other names are no donor.)
    names = [recipient.name, *(d.name for d in lookup(recipient.name))]
    for line in lines:
        for match in _FULL_REGION.finditer(line.norm):
            # (吉林省安排我地区 is a province and a sentence, no place's full name.)
            if not any(n in match.group() for n in names) and not _NOT_A_PLACE.search(
                match.group()
            ):
                units = region_units(match.group())
                if units:
                    return units, line.number
    return None


# Words after a donor that relate it to the recipient: 长乐区安排我县…, 吴兴区援助我县,
# 在湖州市吴兴区的大力支持下.
_GIVES: Final = r"(?:安排|援助|帮扶|支援|对口帮扶|对口支援|结对帮扶|下达|拨付|投入)"
# A donor's own money: 集美区财政援助资金, 北仑区帮扶资金 (县级/镇级… are the recipient's).
_OWN_AID: Final = re.compile(r"(?:财政)?(?:援助|帮扶|援建)资金")
_SUPPORT: Final = re.compile(
    r"在(?P<place>[\u4e00-\u9fff]{2,16}?)的(?:大力|倾情|鼎力)?(?:支持|帮扶|帮助|援助)下"
)


def _is_recipient_side(units: Sequence[str]) -> bool:
    """Whether a place is a level of the recipient's own government (县级, 乡镇, 村级)."""
    return all(re.fullmatch(r"[县乡镇村区市州]级?|乡镇|本[县区市旗]", unit) for unit in units)


def _relation_donor(lines: Sequence[Line], recipient: Region) -> tuple[list[str], int] | None:
    """The donor the body relates to the recipient: ``福州市长乐区安排我县…``,
    ``长乐区、泾源县2025年闽宁协作第一次联席会议``, ``在湖州市吴兴区的大力支持下``,
    ``江都区安排西乡县…``. The recipient is named, or called 我县 (我区, 我旗)."""
    names = [recipient.name, *([recipient.full_name] if recipient.full_name else [])]
    names += [d.name for d in lookup(recipient.name)]
    target = "|".join(re.escape(n) for n in names)
    # (对口支援西藏自治区山南市措美县: the recipient after its province and prefecture.)
    above = r"(?:[\u4e00-\u9fff]{2,10}?(?:省|自治区|市|自治州|州|地区|盟)){0,2}"
    gives = re.compile(
        rf"{_GIVES}(?:我(?:[县区市旗州盟]|地区)|{above}(?:{target}))|追加(?:帮扶|协作|援助)?资金"
    )
    joint = re.compile(
        rf"[、和与]{above}(?:{target})(?=[\u4e00-\u9fff\d]{{0,30}}?(?:联席会议|协作|结对))"
    )
    for line in lines:
        norm = line.norm
        for pattern in (gives, joint):
            for match in pattern.finditer(norm):
                end = match.start()
                adverb = _ADVERB.search(norm, 0, end)
                units = _place_before(norm, end) or (
                    _place_before(norm, adverb.start()) if adverb is not None else []
                )
                if (
                    units
                    and recipient.name not in "".join(units)
                    and not _NOT_A_PLACE.search("".join(units))
                ):
                    return units, line.number
        for match in _OWN_AID.finditer(norm):
            # 其中集美区财政援助资金1150万元: the place whose aid the money is gives (not
            # 结对区帮扶资金, the money of the paired district the text does not name).
            units = _place_before(norm, match.start())
            if (
                units
                and recipient.name not in "".join(units)
                and not _is_recipient_side(units)
                and not _NOT_A_PLACE.search("".join(units))
            ):
                return units, line.number
        for match in _SUPPORT.finditer(norm):
            units = region_units(match.group("place"))
            if units and "".join(units) == match.group("place"):
                return units, line.number
        for match in _ORGANISATION_GIVES.finditer(norm):
            # 中国东方航空集团有限公司（以下简称东航集团）定点帮扶双江…: a central unit's aid;
            # 中国铁建股份有限公司计划投入岚皋县…资金, 用好X公司定点帮扶资源 (its own aid).
            rest = norm[match.end() :]
            clause = max(norm.rfind(mark, 0, match.start()) for mark in ",，;；。") + 1
            if match.group("org").startswith(_PART_OF) or norm[clause:].startswith(_PART_OF):
                # 其中集团公司本部帮扶资金1800万元、X有限公司帮扶资金…: parts of the giver's money
                continue
            # (…定点帮扶云南省红河哈尼族彝族自治州屏边苗族自治县: the recipient after its
            # province and prefecture.)
            if re.match(rf"(?:我[县区市旗州]|[\u4e00-\u9fff]{{0,16}}?(?:{target}))", rest) or (
                match.group("verb").endswith("帮扶") and _AID_OBJECT.match(rest)
            ):
                return [_ORGANISATION_LEAD.sub("", match.group("org"))], line.number
    return None


_ORGANISATION_NAME: Final = (
    r"(?P<org>[\u4e00-\u9fff]{2,30}?(?:" + "|".join(ORGANISATION_ENDINGS) + "))"
)
# An organisation at the start of a title's rest, before its scheme word.
_ORGANISATION: Final = re.compile(_ORGANISATION_NAME + "(?=定点帮扶|对口帮扶|结对帮扶|对口支援)")
# A donor that is an organisation (定点帮扶 of central units, companies, universities).
_ORGANISATION_GIVES: Final = re.compile(
    _ORGANISATION_NAME
    + r"(?:\([^()]{0,20}\))?\s*(?:计划|拟|将|共|继续|持续)?(?P<verb>定点帮扶|对口帮扶|结对帮扶|帮扶|援助"
    r"|安排|投入|捐赠|捐助|支持)"
)
_ORGANISATION_LEAD: Final = re.compile(
    "^(?:" + "|".join(sorted(ORGANISATION_LEADS, key=len, reverse=True)) + ")+"
)
# Words that open a part of a sum (其中X帮扶资金…): what follows is no giver of its own.
_PART_OF: Final = ("其中", "含", "包括")
# What a donor's 定点帮扶 is of: its funds, resources, projects (X公司定点帮扶资金).
_AID_OBJECT: Final = re.compile(r"(?:资金|资源|项目|工作)")


def _pair_donor(lines: Sequence[Line]) -> tuple[list[str], int] | None:
    """The donor province of an east-west pair word (粤黔协作: 广东省), where the text names no
    donor region: the first of the two short names is the east's."""
    for line in lines:
        for pair in EAST_WEST_PAIRS:
            provinces = province_pair(pair) if pair in line.norm else None
            if provinces is not None:
                return [provinces[0].name], line.number
    return None


def _paired_in_book(
    lines: Sequence[Line], issuer: str | None
) -> tuple[tuple[list[str], int], list[str]] | None:
    """Donor and recipient of a pairing named in a document's title in the body
    (《湖州市南浔区 广元市旺苍县2025年东西部协作协议》, 《甲区·乙县…》): the first place gives,
    the second receives; the issuer's own county, where it has one, must be the second."""
    own = region_units(issuer.split("、")[0]) if issuer else []
    for line in lines:
        for match in _BOOK_PAIR.finditer(line.norm):
            first, second = region_units(match.group(1)), region_units(match.group(2))
            if not first or not second or "".join(first) != match.group(1):
                continue
            if own and own[-1] != second[-1]:
                continue
            return (first, line.number), second
    return None


def _our_county(
    lines: Sequence[Line], issuer: str | None
) -> tuple[tuple[list[str], int], Region] | None:
    """Donor and recipient of a notice the recipient issued, which calls itself 我县:
    ``根据宁波市鄞州区与我县山海协作…`` with the issuer 景宁畲族自治县财政局 gives the donor
    宁波市鄞州区 and the recipient 景宁畲族自治县 (the place that leads the issuer's name, of
    the kind 我县 says)."""
    if not issuer:
        return None
    own = region_units(issuer.split("、")[0])
    for line in lines:
        for match in _OURS.finditer(line.norm):
            if not own or not own[-1].endswith(match.group("kind")):
                return None
            donor = _place_before(line.norm, match.start())
            if donor and own[-1] not in "".join(donor):
                return (donor, line.number), _region(own[-1:]) or Region(name=own[-1])
    return None


def _place_before(norm: str, end: int) -> list[str]:
    """The place name written right before ``end``, without the words that lead it
    (根据宁波市鄞州区 → 宁波市, 鄞州区)."""
    run = end
    while run > 0 and "\u4e00" <= norm[run - 1] <= "\u9fff":
        run -= 1
    for offset in [*range(run + 1, end), run]:
        if offset != run and not _LEAD.search(norm, run, offset):
            continue
        units = region_units(norm[offset:end])
        if (
            units
            and "".join(units) == norm[offset:end]
            and (len(units[0]) <= 4 or _PROVINCE_START.match(units[0]))
        ):
            return units
    return []


_PROVINCE_START: Final = re.compile(f"^(?:{_PROVINCES})")
# Words that stand before a place name inside a run of characters: 深化佛山市顺德区…,
# 与廉江市石角镇, 组织北滘镇企业.
_LEAD: Final = re.compile(
    r"(?:深化|加强|推进|推动|支持|依托|组织|落实|促进|助力|帮助|配合|联合|携手|协助|对接|"
    r"根据|按照|围绕|聚焦|安排|由|与|和|同|及|在|对|向|为|将|把|经|从|到|至|其中|年度?)$"
)


# How far before a place's name the words of its full name are looked for (新疆维吾尔自治区克孜勒苏
# 柯尔克孜自治州 is 19 characters, and a word that leads it a few more): the search stays linear
# in a line of thousands of characters.
_PREFIX_REACH: Final = 32


def _full_name(region: Region, lines: Sequence[Line], *, other: str | None = None) -> Region:
    """A region with its full name where the text writes one (成都市武侯区 for 武侯区).

    The words before the name must be whole units that start with a province
    (浙江省绍兴市 in 依托浙江省绍兴市柯桥区), stand at the start of a run of
    Chinese characters (成都市 in 成都市武侯区人民政府办公室) or follow a word that
    leads a place (佛山市顺德区 in 深化佛山市顺德区北滘镇). They never hold the
    ``other`` party's name (北滘镇与廉江市 is no prefix of 石角镇) nor start a unit
    with 与 or 及.
    """
    best = ""
    written = region.name
    names = spellings(region.name)  # (the same for every line: looked up once)
    for line, spelling in ((line, s) for line in lines for s in names):
        # 沧源县 written 临沧市沧源佤族自治县: the full name may be of its official spelling.
        norm = line.norm
        start = norm.find(spelling)
        if spelling != region.name and start >= 0 and len(spelling) > len(written):
            written = spelling
        while start > 0:
            # The words before the name within reach (no full name's prefix is longer), and
            # where the run of Chinese characters holding them starts, if within reach too.
            floor = max(0, start - _PREFIX_REACH)
            run = start
            while run > floor and "\u4e00" <= norm[run - 1] <= "\u9fff":
                run -= 1
            run_start = run if run == 0 or not "\u4e00" <= norm[run - 1] <= "\u9fff" else -1
            for offset in range(run, start):
                prefix = norm[offset:start]
                province = _PROVINCE_START.match(prefix) is not None
                if not province and offset != run_start and not _LEAD.search(norm, run, offset):
                    continue
                units = region_units(prefix)
                if units and _joined(units[0]):
                    continue  # 安排和海口市美兰区, 2025年海口市…: 和, 年 are no part of it
                if (
                    units
                    and "".join(units) == prefix
                    and not (other and other in prefix)
                    and not any(unit.startswith(("与", "及")) for unit in units)
                    # (按照镇江市: the word that leads a place is no part of it.)
                    and not prefix.startswith(ORGANISATION_LEADS)
                    # (a long first unit only where it is a division: 湘西土家族苗族自治州)
                    and (province or len(units[0]) <= 4 or bool(lookup(units[0])))
                    and all(len(unit) <= 6 or bool(lookup(unit)) for unit in units[1:])
                    and len(prefix) + len(spelling) > len(best)
                ):
                    best = prefix + spelling
                    break
            start = norm.find(spelling, start + 1)
    if region.full_name is not None:
        # 云南省屏边县 in the title, 云南省红河哈尼族彝族自治州屏边苗族自治县 in the body: the
        # longer form of the same place, within the same province, is its full name.
        head = region_units(region.full_name)[:1]
        if len(best) > len(region.full_name) and head and best.startswith(head[0]):
            return Region(name=region.name, full_name=best)
        return region
    if not best:
        if written != region.name:
            return Region(name=region.name, full_name=written)
        return region
    return Region(name=region.name, full_name=best)


def _company_name(donor: Region, lines: Sequence[Line]) -> Region:
    """A company's registered name where the text writes it and the donor is its short name
    (中国三峡集团 of 中国长江三峡集团有限公司, 国家能源集团 of 国家能源投资集团有限责任公司, 中储粮集团
    of 中国储备粮管理集团有限公司, 华电 of 中国华电集团有限公司: the short name's characters, in
    order, within it)."""
    short = donor.name
    if len(short) < 2 or short.endswith(("公司", "委员会", "办公室")):
        return donor
    # (中国 before the short name's first character: 华电 of 中国华电集团有限公司.)
    pattern = re.compile(
        "(?:中国)?"
        + re.escape(short[:1])
        + r"[\u4e00-\u9fff]{1,24}?(?:有限责任公司|股份有限公司|有限公司)"
    )
    found: list[str] = []
    for line in lines:
        for match in pattern.finditer(line.norm):
            name = match.group()
            rest = iter(name)
            if all(char in rest for char in short) and name not in found:
                found.append(name)
    return Region(name=found[0]) if len(found) == 1 else donor


def _is_province(region: Region) -> bool:
    """Whether a region is a province (黑龙江省, 广东省) by its name."""
    return any(d.level is DivisionLevel.PROVINCE for d in lookup(region.name))


def _in_province(place: Region, province: Region) -> bool:
    """Whether a place lies in a province, by the gazetteer (大庆市 in 黑龙江省)."""
    codes = {d.code for d in lookup(province.name) if d.level is DivisionLevel.PROVINCE}
    return any(province_of(d).code in codes for d in lookup(place.name.split("省")[-1]))


def _joined(unit: str) -> bool:
    """Whether a unit is a known division with a character of the words before it (和海口市,
    与洛阳市, 2025年海口市), not a division of its own (和田地区, 和平区).

    >>> _joined("和海口市"), _joined("年海口市"), _joined("和田地区"), _joined("和平区")
    (True, True, False, False)
    """
    return not lookup(unit) and any(d.name == unit[1:] for d in lookup(unit[1:]))


def _joint(norm: str) -> str | None:
    """Issuers written side by side on one line (联合发文), joined with 、:
    ``中共西吉县委办公室　西吉县人民政府办公室`` → ``中共西吉县委办公室、西吉县人民政府办公室``;
    ``None`` when the line names one issuer (spaces inside one name are PDF layout).

    >>> _joint("中共西吉县委办公室　西吉县人民政府办公室")
    '中共西吉县委办公室、西吉县人民政府办公室'
    >>> _joint("峨边彝族自治县 人民政府办公室") is None
    True
    """
    pieces = _SPACE.split(norm.strip())
    if len(pieces) < 2 or not all(_ORG.fullmatch(piece) for piece in pieces):
        return None
    return "、".join(pieces)


def _signature(lines: Sequence[Line]) -> tuple[str, int, int] | None:
    """An issuer line followed (blank lines apart) by a date line: 峨边…办公室 / 2025年2月9日.

    Joint issuers written side by side on the line (甲镇人民政府　　乙镇人民政府) or stacked
    one a line above it are joined with 、.
    """
    for index, line in enumerate(lines):
        org = _without_spaces(line.norm)
        if not _ORG.match(org):
            continue
        org = _joint(line.norm) or org
        for following in lines[index + 1 : index + 4]:
            if following.blank:
                continue
            if _DATE_LINE.match(following.norm):
                # 杭州市余杭区发展和改革局 / 开化县发展和改革局 / 2025年4月15日: issuers
                # stacked one a line above the date sign together.
                above: list[str] = []
                for previous in reversed(lines[max(index - 3, 0) : index]):
                    name = _without_spaces(previous.norm)
                    if previous.blank or not _ORG.fullmatch(name):
                        break
                    above.insert(0, name)
                return "、".join([*above, org]), line.number, following.number
            break
    return None


def read_header(lines: Sequence[Line]) -> Header:
    """The header fields of a plan, and the lines they take."""
    used: set[int] = set()
    first_heading = next(
        (
            i
            for i, line in enumerate(lines)
            if re.match(r"^[一二三四五六七八九十]+\s*[、.]", line.norm)
        ),
        len(lines),
    )
    found = _find_title(lines, first_heading)
    wrapped = _wrapped_titles(lines[:first_heading])
    if found is not None and re.search(r"(?:表|清单)(?:[（(][^（）()]{1,8}[）)])?$", found[0]):
        # 关于下达2025年第二批苏陕协作资金的通知 … 附件 / …项目明细表: the notice's own title
        # above comes first; the table's is its attachment's.
        notices = [
            line
            for line in wrapped
            if line.last < found[1][0] and _OWN_NOTICE.match(_without_spaces(line.norm))
        ]
        if notices:
            found = None
    title: str | None = None
    title_lines: tuple[int, ...] = ()
    notice_title: tuple[str, int] | None = None
    notice_org: str | None = None
    for line in wrapped:
        notice = _NOTICE.match(_without_spaces(line.norm))
        if notice:
            used.update(range(line.number, line.last + 1))
            book = _BOOK.search(notice.group("title"))
            notice_title = (book.group("title") if book else notice.group("title"), line.number)
            notice_org = notice.group("org") or None
            break
    if found is not None:
        title, title_lines = found
        used.update(title_lines)
    elif notice_title is not None:
        title, title_lines = notice_title[0], (notice_title[1],)
    else:
        own = next(
            (line for line in wrapped if _OWN_NOTICE.match(_without_spaces(line.norm))),
            None,
        )
        if own is not None:
            title, title_lines = _without_spaces(own.norm), tuple(range(own.number, own.last + 1))
            used.update(title_lines)
            written = [line for line in lines[: own.number - 1] if not line.blank]
            above = written[-1] if written else None
            stacked = len(written) > 1 and _ORG.match(_without_spaces(written[-2].norm))
            several = above is not None and len(above.text.split()) > 1  # 甲局　乙办公室
            if (
                above is not None
                and (
                    _ORG.match(_without_spaces(above.norm))
                    or (several and all(_ORG.match(org) for org in above.norm.split()))
                )
                and not stacked
                and title.startswith("关于")
            ):
                # 宕昌县…领导小组办公室 / 关于调整…的通知: the issuer opens the title; joint
                # issuers (甲局　乙办公室) open it as they are written, set apart.
                title = (above.text.strip() if several else _without_spaces(above.norm)) + title
                title_lines = (above.number, own.number)
                used.add(above.number)
            if title.endswith("的批复"):
                # …人民政府关于2026年粤桂协作项目计划的批复 / 附件 / 富川…项目计划表: the
                # reply approves the plan its attachment writes out; the plan's title is the
                # attachment's (the reply's text stays the body).
                after = [line for line in lines if line.number > own.last]
                attached = _find_title(after, len(after))
                if attached is not None and re.search(r"表$", attached[0]):
                    title = attached[0]
                    used.update(attached[1])
    body_start = (max(title_lines) + 1) if title_lines else 1
    header_lines = [line for line in lines if line.number < body_start]

    document_number = None
    for line in [*header_lines, *lines[body_start - 1 : first_heading]]:
        plain = line.text.replace(" ", "")
        match = _DOCUMENT_NUMBER.search(plain)
        if match and (line.number < body_start or match.group() == plain):
            # Below the title only a line of its own: a number in a sentence cites another.
            document_number = match.group()
            used.add(line.number)
            break

    issuer: str | None = None
    issue_date: tuple[int, int | None, int | None] | None = None
    date_line: int | None = None
    signature = _signature(header_lines) or _signature(lines)
    if signature is not None:
        issuer, org_line, date_line = signature
        issue_date = date_parts(lines[date_line - 1].norm)
        used.update((org_line, date_line))
    for line in reversed(lines):
        foot = _FOOT.match(line.norm)
        if foot:
            used.add(line.number)
            if issuer is None:
                issuer = _without_spaces(foot.group("org"))
            if issue_date is None:
                issue_date = date_parts(foot.group("date"))
                date_line = line.number
            break
    if issuer is None and notice_org and _ORG.match(notice_org):
        issuer = notice_org
    if issuer is None:
        # 西乡县农业农村局 / 西 乡 县 财 政 局 above the title: the issuers' masthead.
        masthead = [
            _without_spaces(line.norm)
            for line in header_lines
            if _ORG.match(_without_spaces(line.norm))
        ]
        if masthead:
            issuer = "、".join(dict.fromkeys(masthead))
    for line in lines:
        # A fund table's own lines: 填报单位：城口县农业农村委员会（盖章）, 填报日期：2025年2月20日.
        filled = _FILLED_BY.search(line.norm)
        if filled is not None and issuer is None:
            issuer = _without_spaces(filled.group("org"))
            used.add(line.number)
        dated = _FILLED_ON.search(line.norm)
        if dated is not None and issue_date is None:
            issue_date = date_parts(dated.group("date"))
            date_line = line.number
    if issuer is None and title_lines:
        # 崧厦街道—新昌乡…工作计划 / （绍兴市上虞区崧厦街道办事处　常山县新昌乡人民政府）: the
        # issuers in brackets under the title.
        below = next((line for line in lines[max(title_lines) :] if not line.blank), None)
        inner = _BRACKETED.fullmatch(below.norm.strip()) if below is not None else None
        if below is not None and inner is not None:
            org = _joint(inner.group(1)) or (
                _without_spaces(inner.group(1))
                if _ORG.match(_without_spaces(inner.group(1)))
                else None
            )
            if org is not None:
                issuer = org
                used.add(below.number)
    if issue_date is None:
        # The date the plan ends with (2024年3月20日, once under each signature).
        for line in reversed(lines):
            if line.blank:
                continue
            dated = _DATES_LINE.match(line.norm.strip())
            if dated is not None:
                issue_date = date_parts(dated.group(1))
                date_line = line.number
                used.add(line.number)
            break
    for line in lines[:first_heading]:
        # A web page's own lines (发布时间：2024-10-12 09:31　来源：旬阳市农业农村局): the
        # publisher and the day, where the document gives none of its own.
        source = _PUBLISHED_BY.search(line.norm)
        if issuer is None and source is not None and _ORG.match(source.group("org")):
            issuer = source.group("org")
        published = _PUBLISHED_ON.search(line.norm)
        if issue_date is None and published is not None:
            issue_date = (
                int(published.group(1)),
                int(published.group(2)),
                int(published.group(3)),
            )
            date_line = line.number
    for line in header_lines:
        if line.norm.endswith(("：", ":")) or "印发" in line.norm or "公开发布" in line.norm:
            used.add(line.number)

    year = None
    genre = None
    plan_title = None
    donor_units: list[str] = []
    recipient_units: list[str] = []
    if title:
        year_match = _YEAR.search(title)
        if year_match:
            year = int(year_match.group(1))
        # …项目推进情况的报告: the genre is what the report is of.
        named = re.sub("的(?:报告|通报)$", "", title)
        genre = next((g for g, at_end in _GENRES_AT_END if at_end.search(named)), None)
        reported = next(
            (
                g
                for g in sorted(REPORT_GENRES, key=len, reverse=True)
                if f"{g}及" in named or f"{g}和" in named or f"{g}暨" in named
            ),
            None,
        )
        if reported is not None:
            # …2025年…工作总结及2026年工作计划: a report of the year, and next year's plan.
            genre = reported
        adjusted = _ADJUSTED.search(title)
        if adjusted is not None:
            # 关于调整2024年天津市对口支援丁青县项目计划的通知: the plan adjusted is the
            # programme, and its name says who gives and who receives.
            plan_title = (
                adjusted.group("plan") or adjusted.group("changed") or adjusted.group("later")
            )
            cited = re.compile(rf"《([^《》]{{0,20}}{re.escape(plan_title)})》")
            # 《四子王旗2024年京蒙协作项目计划》（四政办发〔2024〕17号）印发以来: its full name;
            # or the one plan the notice cites of its year (关于调整X旗2025年…资金的通知 /
            # 《A区—X旗2025年…实施方案》印发以来).
            year_written = _YEAR.search(plan_title)
            books = [
                book.group(1)
                for line in lines
                for book in _BOOK.finditer(line.text)
                if _PLAN_GENRE.search(book.group(1))
                and (year_written is None or year_written.group(1) in book.group(1))
            ]
            plan_title = next(
                (book.group(1) for line in lines if (book := cited.search(line.text))),
                books[0] if len(set(books)) == 1 else plan_title,
            )
        elif _HANDS_DOWN_PLAN.search(title):
            # 关于下达2025年鲁渝协作资金项目计划的通知 / 现将《丰都县2025年鲁渝协作资金项目计划》
            # 下达给你们: the plan handed down is the programme, by its own name.
            plan_title = next(
                (
                    book.group(1) or book.group(2) or book.group(3)
                    for line in lines[body_start - 1 : body_start + 8]
                    if (book := _HANDED_PLAN.search(line.text)) is not None
                ),
                None,
            )
        donor_units, recipient_units = _parties(plan_title or title)
    recipient = _region(recipient_units)
    donor = _region(donor_units)
    if donor is None and recipient is not None and title:
        receiver = _received_by(recipient, title, lines[body_start - 1 :])
        if receiver is not None:
            # 威海市文登区2025年鲁渝东西部协作工作要点: the title's one place gives.
            donor, donor_units = recipient, recipient_units
            recipient_units = [receiver.name]
            recipient = Region(name=receiver.name)
    recipients: list[Region] = []
    if title and recipient is not None:
        recipients = [recipient, *_further(title, "".join(recipient_units))]
    donor_line = title_lines[0] if donor is not None and title_lines else None
    if donor is None and recipient is None:
        ours = _our_county(lines[body_start - 1 :], issuer)
        if ours is not None:
            (donor_units, donor_line), recipient = ours
            donor = _region(donor_units)
    if donor is None and recipient is None:
        paired = _paired_in_book(lines[body_start - 1 :], issuer)
        if paired is not None:
            (donor_units, donor_line), recipient_units = paired
            donor, recipient = _region(donor_units), _region(recipient_units)
    if recipient is None and issuer:
        own_place = region_units(issuer.split("、")[0])
        if (
            own_place
            and own_place[-1][-1] in "县区市旗"
            and (
                any(
                    found.group(1) == own_place[-1][-1]
                    for line in lines
                    for found in _OUR_WORDS.finditer(line.norm)
                )
                # 枣庄市安排万州区鲁渝协作资金: the body gives to the issuer's own county.
                or any(
                    re.search(_GIVES + re.escape(own_place[-1]), line.norm)
                    for line in lines[body_start - 1 :]
                )
            )
        ):
            # 宕昌县…办公室 issues a notice about 全县…项目 (我县): its own county receives.
            recipient = _region(own_place)
    if donor is None and recipient is not None:
        body = _body_donor(lines[body_start - 1 :], recipient) or _relation_donor(
            lines[body_start - 1 :], recipient
        )
        if body is None:
            body = _relation_donor(lines[: body_start - 1], recipient) or _pair_donor(lines)
        if body is not None:
            donor, donor_line = _region(body[0]), body[1]
    if (
        donor is None
        and recipient is not None
        and title
        and "定点帮扶" in title
        and issuer
        and re.fullmatch(_ORGANISATION_NAME, issuer)
        and recipient.name not in issuer
    ):
        # 中国第一汽车集团有限公司 issues 中国一汽2025年定点帮扶和龙市工作计划: the company
        # that issues its own plan of 定点帮扶 gives (the title writes it short).
        donor, donor_line = Region(name=issuer), title_lines[0] if title_lines else None
    if donor is not None and recipient is not None and _is_province(donor):
        # 谢通门县2025年黑龙江援藏项目… / 大庆市安排我县援藏资金…: the province of the title is
        # the donor's; the body names the city of it that gives.
        within = _relation_donor(lines[body_start - 1 :], recipient)
        place = _region(within[0]) if within is not None else None
        if place is not None and place.name != donor.name and _in_province(place, donor):
            donor, donor_line = place, within[1] if within is not None else donor_line
    if donor is not None and recipient is not None and title and issuer and "、" not in issuer:
        # (Joint issuers, both sides' offices, say nothing of the direction.)
        issuing = region_units(issuer)
        side_by_side = any(f"{donor.name}{word}{recipient.name}" in title for word in "与和")
        if side_by_side and issuing and issuing[-1] == donor.name:
            # 沭阳县与吴江区…结对帮扶合作, issued by 沭阳县…: A与B says no direction; the
            # issuer's own county is the one that receives.
            donor, recipient = recipient, donor
    if recipient is not None and _OUR_WORDS.fullmatch(recipient.name):
        # (…帮扶我县…: 我县 is the issuer's own county, or no name at all.)
        ours_of = region_units(issuer.split("、")[0]) if issuer else []
        recipient = _region(ours_of[-1:]) if ours_of and ours_of[-1][-1] in "县区市旗" else None
    if donor is not None and not lookup(donor.name):
        donor = _company_name(donor, lines)
    if donor is not None:
        donor = _full_name(
            _official(donor, lines), lines, other=recipient.name if recipient else None
        )
    if recipient is not None:
        recipient = _full_name(
            _official(recipient, lines), lines, other=donor.name if donor else None
        )
    if len(recipients) > 1:
        recipients = [_full_name(r, lines, other=donor.name if donor else None) for r in recipients]
        recipient = recipients[0]
    return Header(
        recipients=tuple(recipients) if len(recipients) > 1 else (),
        title=title,
        plan_title=plan_title,
        title_lines=title_lines,
        genre=genre,
        year=year,
        scheme=_scheme(title, lines, donor, recipient),
        donor=donor,
        donor_line=donor_line,
        recipient=recipient,
        document_number=document_number,
        issuer=issuer,
        issue_date=issue_date,
        date_line=date_line,
        used=frozenset(used),
        body_start=body_start,
    )
