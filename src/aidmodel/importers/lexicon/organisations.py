"""The endings of an organisation's name that can give aid (定点帮扶 of central units,
companies and universities): 中国东方航空集团有限公司, 中国科学院, 某某大学.

>>> "有限公司" in ORGANISATION_ENDINGS, ORGANISATION_ENDINGS.index("有限公司") < ORGANISATION_ENDINGS.index("公司")
(True, True)
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CENTRAL_BUREAU",
    "COMMITTEE_DEPARTMENTS",
    "ISSUER_ENDINGS",
    "OFFICE_ENDINGS",
    "ORGANISATION_ENDINGS",
    "ORGANISATION_LEADS",
]

#: Longest first within a family, so that an alternation takes the whole ending.
ORGANISATION_ENDINGS: Final = (
    "有限责任公司",
    "有限公司",
    "集团",
    "公司",
    "银行",
    "大学",
    "科学院",
    "研究院",
    "学院",
    "委员会",
    "总局",
    "部",
    "署",
    "协会",
    "基金会",
)

#: A central administration named as a whole (国家林业和草原局, 国家乡村振兴局), which gives
#: 定点帮扶 to a county; a county's 局 is no such giver (a regular-expression pattern).
CENTRAL_BUREAU: Final = r"国家[\u4e00-\u9fff]{2,12}局"

#: Words a sentence puts before an organisation's name, no part of it (为用好中国铁建股份有限公司
#: 定点帮扶资源, 依托X大学): a name found after them starts after them.
ORGANISATION_LEADS: Final = (
    "为了",
    "为",
    "用好",
    "依托",
    "充分利用",
    "利用",
    "发挥",
    "根据",
    "按照",
    "依据",
    "由",
    "在",
    "经",
    "感谢",
    "争取",
)

#: The endings of an issuing office's name (发文机关: 峨边彝族自治县人民政府办公室, 县乡村振兴局),
#: longest first within a family.
ISSUER_ENDINGS: Final = (
    "人民政府办公室",
    "人民政府办公厅",
    "人民政府",
    "办公室",
    "办公厅",
    "委员会",
    "领导小组",
    "指挥部",
    "工作组",
    # 迎泽区驻石楼县帮扶工作队: the donor's team in the county, a joint issuer of its reports.
    "工作队",
    "政府",
    "局",
    # A central unit, company or university that issues its own 定点帮扶 plan.
    "大学",
    "学院",
    "有限公司",
    "集团",
)

#: The endings of an office that carries out projects (实施单位: 县农业农村局, 景信乡人民政府,
#: 中共某县委组织部), longest first within a family.
OFFICE_ENDINGS: Final = (
    "委员会",
    "人民政府",
    "政府",
    "办公室",
    "办事处",
    "局",
    "中心",
    "公司",
    "委",
    "部",
    "站",
    "所",
    "院",
    "队",
)

#: The departments of a party committee (组织部, 宣传部, 办公室): no office of their own, the
#: rest of one when a cell wraps after the committee (中共乃东区委 / 组织部).
COMMITTEE_DEPARTMENTS: Final = (
    "组织部",
    "宣传部",
    "统战部",
    "政法委",
    "社会工作部",
    "网信办",
    "编办",
    "办公室",
)
