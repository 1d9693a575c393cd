"""The words that name a kind of pairing (帮扶类型) and the provinces on each side of it.

A plan says which scheme it belongs to in its title or body: 东西部协作, 省内结对帮扶,
对口支援, 援疆, or the two provinces' short names of an east-west pairing (粤黔协作: 广东
helps 贵州). Each word maps to a :class:`~aidmodel.Scheme`, most specific first, so that the
first word found in a text names its scheme (省内对口帮扶 before 对口帮扶).

>>> dict(SCHEME_WORDS)["援疆"].value, dict(SCHEME_WORDS)["闽宁协作"].value
('counterpart', 'east_west')
>>> [word for word, _ in SCHEME_WORDS].index("省内对口帮扶") < [word for word, _ in SCHEME_WORDS].index("对口帮扶")
True
"""

from __future__ import annotations

from typing import Final

from aidmodel.model import Scheme

__all__ = [
    "AID_TO_PROVINCE",
    "COUNTERPART_PROVINCES",
    "EAST_WEST_PAIRS",
    "GENERIC_SCHEME_WORDS",
    "GIVING_PROVINCES",
    "SCHEME_WORDS",
]

#: The east and west provinces of 东西部协作 by their short names, east first (苏陕: 江苏 helps
#: 陕西), the pairings of 2016-2020 and of 2021 on.
EAST_WEST_PAIRS: Final = (
    "京蒙",
    "京冀",
    "津甘",
    "津冀",
    "沪滇",
    "苏陕",
    "苏青",
    "浙川",
    "浙黔",
    "闽宁",
    "鲁渝",
    "鲁甘",
    "粤桂",
    "粤黔",
)

#: The kind of pairing by the words that name it, most specific first.
SCHEME_WORDS: Final = (
    ("省内对口帮扶", Scheme.IN_PROVINCE_PAIRING),
    ("省内结对帮扶", Scheme.IN_PROVINCE_PAIRING),
    ("省内结对", Scheme.IN_PROVINCE_PAIRING),
    ("省内对口", Scheme.IN_PROVINCE_PAIRING),
    # 山东省内协作, 省内协作资金: the pairing inside one province by its plain name.
    ("省内协作", Scheme.IN_PROVINCE_PAIRING),
    ("省内帮扶", Scheme.IN_PROVINCE_PAIRING),
    ("结对帮扶", Scheme.IN_PROVINCE_PAIRING),
    # 浙江省内: the coastal districts and the mountain counties (山海协作).
    ("山海协作", Scheme.IN_PROVINCE_PAIRING),
    # 江苏省内: 苏南 districts paired with 苏北 counties (南北结对帮扶合作, 南北挂钩合作).
    ("南北结对帮扶合作", Scheme.IN_PROVINCE_PAIRING),
    ("南北结对帮扶", Scheme.IN_PROVINCE_PAIRING),
    ("南北挂钩合作", Scheme.IN_PROVINCE_PAIRING),
    ("南北结对", Scheme.IN_PROVINCE_PAIRING),
    ("东西部扶贫协作", Scheme.EAST_WEST),
    ("东西部劳务协作", Scheme.EAST_WEST),
    ("东西部消费协作", Scheme.EAST_WEST),
    ("东西部协作", Scheme.EAST_WEST),
    ("东西协作", Scheme.EAST_WEST),
    # The pairings of 东西部协作 by the two provinces' short names: 苏陕协作 (江苏—陕西) …
    *((f"{pair}协作", Scheme.EAST_WEST) for pair in EAST_WEST_PAIRS),
    ("对口支援", Scheme.COUNTERPART),
    ("对口援助", Scheme.COUNTERPART),
    # 南水北调 对口协作: Beijing and Tianjin with the counties of the water's source.
    ("对口协作", Scheme.COUNTERPART),
    ("对口帮扶", Scheme.COUNTERPART),
    ("援疆", Scheme.COUNTERPART),
    ("援藏", Scheme.COUNTERPART),
    ("援青", Scheme.COUNTERPART),
    ("定点帮扶", Scheme.DESIGNATED),
)

#: Words that pair two places in any scheme (东莞市结对帮扶彝良县…东西部协作…): a scheme's
#: own name written beside them says which scheme it is.
GENERIC_SCHEME_WORDS: Final = frozenset({"结对帮扶", "对口帮扶"})

#: Provinces whose aid from other provinces is 对口支援 (援疆, 援藏), by GB/T 2260 code.
COUNTERPART_PROVINCES: Final = frozenset({"540000", "650000"})

#: Provinces that give in east-west cooperation and counterpart assistance (东部), by code.
GIVING_PROVINCES: Final = frozenset(
    {"110000", "120000", "310000", "320000", "330000", "350000", "370000", "440000"}
)

#: The province a word of counterpart aid names as the one that receives (援疆: 新疆), by
#: code: a place of any other province in such a plan's title gives (2025年盘锦市援疆项目).
AID_TO_PROVINCE: Final = {"援疆": "650000", "援藏": "540000", "援青": "630000"}
