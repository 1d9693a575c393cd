"""Units of counted targets and results (单位): 名, 人次, 场, 个, ㎡, 公里, 亩, 元, %.

Every unit a plan counts in has a :class:`Unit` record saying what it measures
(its :class:`Dimension`) and how to say it in English. Two units are
*compared* only when they are the same unit or a stated equivalence joins
them; nothing else is guessed:

- 平方米 = 平米 = ㎡: spellings of one unit; :func:`~aidmodel.quantity.parse_quantity`
  keeps ㎡ (see :data:`aidmodel.quantity.UNIT_ALIASES`).
- 千米 = 公里: spellings of one unit; kept as 公里.
- 名 ≡ 人: both count persons (转移就业40名 and 培训200人).

名 and 人次 are different (40名 are forty people; 40人次 may be four people
trained ten times each), and so are 场 and 场次, 次 and 批次, 亩 and ㎡ (a
mu is 2000/3 m², not a spelling of it).

>>> unit_info("人次").dimension
<Dimension.PERSON_TIMES: 'person_times'>
>>> units_agree("名", "人"), units_agree("名", "人次"), units_agree("平方米", "㎡")
(True, False, True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from aidmodel._chinese import require_text
from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._validators import non_blank
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError
from aidmodel.quantity import UNIT_ALIASES

__all__ = ["UNITS", "Dimension", "Unit", "unit_info", "units_agree"]


@labelled(
    PEOPLE="人数",
    PERSON_TIMES="人次",
    EVENTS="次数",
    ITEMS="个数",
    AREA="面积",
    LENGTH="长度",
    VOLUME="体积",
    MASS="重量",
    DURATION="时长",
    MONEY="金额",
    RATIO="比例",
)
class Dimension(LabelledEnum):
    """What a unit measures (量纲): people, person-times, events, items, area ...

    >>> Dimension.PEOPLE.value, Dimension.PEOPLE.label
    ('people', '人数')
    """

    PEOPLE = "people"
    PERSON_TIMES = "person_times"
    EVENTS = "events"
    ITEMS = "items"
    AREA = "area"
    LENGTH = "length"
    VOLUME = "volume"
    MASS = "mass"
    DURATION = "duration"
    MONEY = "money"
    RATIO = "ratio"


@attrs.frozen
class Unit:
    """A unit a plan counts in (单位), with what it measures and its English words.

    Attributes:
        symbol: The canonical spelling (符号): 名, 人次, ㎡.
        dimension: What it measures (量纲), a :class:`Dimension`.
        en: The English noun for one (英文), or ``""`` for a bare count (个).
        en_plural: The English noun for several, or ``""``.

    >>> unit_info("户")
    Unit(symbol='户', dimension=<Dimension.ITEMS: 'items'>, en='household', en_plural='households')
    """

    symbol: str = attrs.field(validator=non_blank)
    dimension: Dimension = attrs.field(validator=attrs.validators.instance_of(Dimension))
    en: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    en_plural: str = attrs.field(default="", validator=attrs.validators.instance_of(str))


def _units(*rows: tuple[str, Dimension, str, str]) -> Mapping[str, Unit]:
    return MappingProxyType({s: Unit(s, d, en, plural) for s, d, en, plural in rows})


_D = Dimension
#: Every unit aidmodel reads after a figure when it looks for commitments, by
#: canonical symbol (aliases such as 平方米 are in :data:`aidmodel.quantity.UNIT_ALIASES`).
UNITS: Final[Mapping[str, Unit]] = _units(
    ("人次", _D.PERSON_TIMES, "person-time", "person-times"),
    ("户次", _D.PERSON_TIMES, "household visit", "household visits"),
    ("名", _D.PEOPLE, "person", "people"),
    ("人", _D.PEOPLE, "person", "people"),
    ("场次", _D.EVENTS, "event", "events"),
    ("批次", _D.EVENTS, "batch", "batches"),
    ("台次", _D.EVENTS, "operation", "operations"),
    ("车次", _D.EVENTS, "trip", "trips"),
    ("场", _D.EVENTS, "event", "events"),
    ("次", _D.EVENTS, "time", "times"),
    ("期", _D.EVENTS, "session", "sessions"),
    ("批", _D.EVENTS, "batch", "batches"),
    ("轮", _D.EVENTS, "round", "rounds"),
    ("个", _D.ITEMS, "", ""),
    ("项", _D.ITEMS, "item", "items"),
    ("户", _D.ITEMS, "household", "households"),
    ("家", _D.ITEMS, "organisation", "organisations"),
    ("对", _D.ITEMS, "pair", "pairs"),
    ("条", _D.ITEMS, "line", "lines"),
    ("所", _D.ITEMS, "institution", "institutions"),
    ("座", _D.ITEMS, "building", "buildings"),
    ("栋", _D.ITEMS, "building", "buildings"),
    ("间", _D.ITEMS, "room", "rooms"),
    ("处", _D.ITEMS, "site", "sites"),
    ("套", _D.ITEMS, "set", "sets"),
    ("台", _D.ITEMS, "machine", "machines"),
    ("辆", _D.ITEMS, "vehicle", "vehicles"),
    ("口", _D.ITEMS, "well or pond", "wells or ponds"),
    ("眼", _D.ITEMS, "well", "wells"),
    ("盏", _D.ITEMS, "lamp", "lamps"),
    ("根", _D.ITEMS, "pole", "poles"),
    ("孔", _D.ITEMS, "culvert or well", "culverts or wells"),
    ("段", _D.ITEMS, "section", "sections"),
    ("头", _D.ITEMS, "head of livestock", "head of livestock"),
    ("只", _D.ITEMS, "animal", "animals"),
    ("株", _D.ITEMS, "plant", "plants"),
    ("棵", _D.ITEMS, "tree", "trees"),
    ("件", _D.ITEMS, "piece", "pieces"),
    ("份", _D.ITEMS, "copy", "copies"),
    ("册", _D.ITEMS, "volume", "volumes"),
    ("本", _D.ITEMS, "book", "books"),
    ("篇", _D.ITEMS, "article", "articles"),
    ("张", _D.ITEMS, "sheet", "sheets"),
    ("门", _D.ITEMS, "course", "courses"),
    ("种", _D.ITEMS, "kind", "kinds"),
    ("类", _D.ITEMS, "category", "categories"),
    ("例", _D.ITEMS, "case", "cases"),
    ("班", _D.ITEMS, "class", "classes"),
    ("支", _D.ITEMS, "team", "teams"),
    ("队", _D.ITEMS, "team", "teams"),
    ("箱", _D.ITEMS, "box", "boxes"),
    ("㎡", _D.AREA, "m²", "m²"),
    ("平方公里", _D.AREA, "km²", "km²"),
    ("亩", _D.AREA, "mu", "mu"),
    ("公顷", _D.AREA, "hectare", "hectares"),
    ("公里", _D.LENGTH, "km", "km"),
    ("米", _D.LENGTH, "m", "m"),
    ("立方米", _D.VOLUME, "m³", "m³"),
    ("吨", _D.MASS, "tonne", "tonnes"),
    ("公斤", _D.MASS, "kg", "kg"),
    ("千克", _D.MASS, "kg", "kg"),
    ("个月", _D.DURATION, "month", "months"),
    ("天", _D.DURATION, "day", "days"),
    ("小时", _D.DURATION, "hour", "hours"),
    ("课时", _D.DURATION, "class hour", "class hours"),
    ("学时", _D.DURATION, "class hour", "class hours"),
    ("元", _D.MONEY, "yuan", "yuan"),
    ("%", _D.RATIO, "%", "%"),
)

# Units that count the same thing although spelled differently (stated, not guessed).
_SAME: Final = {"人": "名"}


def unit_info(symbol: str) -> Unit:
    """The :class:`Unit` record of a unit, by symbol or alias (平方米 gives ㎡).

    Raises:
        InvalidValueError: for a unit aidmodel does not know, quoting it.

    >>> unit_info("平方米").symbol
    '㎡'
    >>> unit_info("千米").en
    'km'
    >>> unit_info("斤")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: unit_info: not a known unit; expected a unit such as 名, 人次, 个, ㎡, 元 (see aidmodel.units.UNITS), got '斤'
    """
    symbol = require_text(symbol, "unit_info")
    unit = UNITS.get(UNIT_ALIASES.get(symbol, symbol))
    if unit is None:
        raise InvalidValueError(
            "unit_info",
            N_("not a known unit"),
            expected=N_("a unit such as 名, 人次, 个, ㎡, 元 (see aidmodel.units.UNITS)"),
            got=symbol,
        )
    return unit


def units_agree(first: str | None, second: str | None) -> bool:
    """Whether figures in these two units can be compared or added (never raises).

    True for the same unit, its aliases (平方米 and ㎡) and the stated
    equivalence 名 ≡ 人; false otherwise, and false when either is ``None``
    unless both are (two bare figures agree).

    >>> units_agree("公里", "千米"), units_agree("名", "人次"), units_agree("场", "场次")
    (True, False, False)
    >>> units_agree(None, None), units_agree(None, "个")
    (True, False)
    """
    if first is None or second is None:
        return first is second
    a = UNIT_ALIASES.get(first, first)
    b = UNIT_ALIASES.get(second, second)
    return _SAME.get(a, a) == _SAME.get(b, b)
