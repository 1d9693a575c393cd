"""The roles of a table's columns by the words of their headers (序号, 项目名称, 资金规模（万元）…).

Each role is a pattern over a header's words, most specific first: the first that matches
names the column. Money roles hold figures of the plan (a project's amount, its total
investment, its shares by source); the others hold words, dates or figures of execution
(已拨付, 完成率) that are no money of the plan.

>>> next(role for role, pattern in COLUMN_ROLES if pattern.search("原计划资金"))
'before'
>>> next(role for role, pattern in COLUMN_ROLES if pattern.search("援疆资金（万元）"))
'aid'
>>> sorted(SOURCE_ROLES)
['aid', 'earlier', 'enterprise', 'self', 'year_aid']
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["COLUMN_ROLES", "MONEY_ROLES", "SOURCE_ROLES"]

#: Column roles by header words, most specific first.
COLUMN_ROLES: Final = (
    ("number", re.compile("^序号|^编号")),
    # 资金来源 | 金额 with a row per source of a project (学校本级 | 120, then 校友捐赠 | 60):
    # the words of the source, no money.
    ("source", re.compile("^(?:资金来源|资金渠道|资金性质|来源渠道)$")),
    # An adjustment's table (调整后清单): the amount before it and the change are no money of
    # the adjusted plan; the 调整后 column is the project's amount.
    # (第一次调整后 | 本次调整后: the plan after the adjustment before this one.)
    (
        "before",
        re.compile("^原|调整前|年初计划|年初安排|^(?:第[一二三四五]次|上次|前次|首次)调整后"),
    ),
    ("change", re.compile("^调增|^调减|^增减|调整金额|调整情况|调整额")),
    ("category", re.compile("类别|类型")),
    (
        "total_investment",
        re.compile(
            r"总投资|投资总额|总规模|投资规模|项目投资|计划投资|估算投资|投资估算|概算|^投资(?:额|金额)?(?:[(（]|$)"
        ),
    ),
    # 一季度 | 二季度 …, 1月 | 2月 of a 用款计划: when the money is drawn, no money of its own.
    ("schedule", re.compile(r"^(?:第?[一二三四1-4]\s*季度|[上下]半年|\d{1,2}\s*月份?)$")),
    (
        "sum",
        re.compile(
            "^合计$|小计$|资金规模|资金合计|金额|调整后|^(?:下达|分配)资金|用款计划|全年计划"
        ),
    ),
    ("start", re.compile("开工")),
    ("deadline", re.compile("完成时|验收|竣工|完工")),
    ("span", re.compile("期限|周期|起止|年限|工期")),
    # (重点任务, 任务名称: a work-point sheet whose rows with money are its projects)
    ("name", re.compile("项目名称|^名称|^项目$|^(?:重点|帮扶|工作)?任务(?:名称)?$")),
    (
        "location",
        re.compile("地点|建设地|实施地|项目地|地址|实施范围|^(?:所在)?乡镇(?:[(（]街道[)）])?$"),
    ),
    ("content", re.compile("内容|规模|规划|建设任务")),
    ("benefits", re.compile("效益|绩效|目标|受益")),
    ("lead_units", re.compile("牵头单位|牵头部门")),
    ("owner", re.compile("业主")),
    ("units", re.compile("责任单位|实施单位|责任部门|主管部门|实施主体|责任主体|单位")),
    ("status", re.compile("性质|新建或续建|新建/续建")),
    ("remarks", re.compile("备注|原因|理由")),  # (调整原因: why a row changed)
    # What a progress table reports of execution: not money of the plan (已拨付资金 is no aid).
    (
        "paid",
        re.compile(
            "已拨付|拨付资金|已拨|已支出|支出资金|已使用|使用资金|到位资金|完成投资|实际拨付|实际支出"
        ),
    ),
    ("rate", re.compile("率$|率[(（]|比例")),
    # 结余资金 beside 已拨付 in a report: what is left of the plan's money, no money of the plan
    # (上年结余资金, the money of the year before, is a source).
    ("balance", re.compile("^(?:结余|剩余|节余|余额)")),
    ("progress", re.compile("进展|进度|完成情况")),
    # 以前年度已安排援疆资金: money of the years before, part of a 续建 project's investment,
    # not of this year's plan.
    ("earlier", re.compile("以前年度|以往年度|往年|历年|上年度?已|前期已|累计已")),
    ("year_aid", re.compile(r"(?:19|20)\d{2}\s*年.*(?:资金|援助|帮扶)")),
    ("self", re.compile("自筹|配套|地方|县级|本级|整合|群众|其他|其它")),
    ("enterprise", re.compile("企业|社会")),
    ("aid", re.compile("资金|帮扶|援助|协作|投入|补助")),
)
MONEY_ROLES: Final = frozenset(
    {"total_investment", "sum", "year_aid", "earlier", "self", "enterprise", "aid"}
)
SOURCE_ROLES: Final = frozenset({"year_aid", "earlier", "self", "enterprise", "aid"})

# The columns of a table that hands money down to places (县（区）| 结对区 | 项目个数 | 下达资金):
# the place that receives it, the place paired with it that gives it, the count of projects.
RECEIVER_COLUMN: Final = re.compile(
    r"^(?:县|县区|县市区|市县|县市|区县|受援县|受援地区?|帮扶县|对口县|乡镇|乡镇街道)"
    r"(?:[(（][区市县、]+[)）])?(?:别|名称)?$"
)
GIVER_COLUMN: Final = re.compile(r"结对|帮扶方|援助方|支援方|协作方")
COUNT_COLUMN: Final = re.compile(r"项目个数|项目数|个数")

# The cell that marks the two rows of a project in a 调整前后对照表 (调整情况 | 调整前 on one row,
# 调整后 on the next): the adjusted plan is the second row.
BEFORE_CHANGE: Final = frozenset({"调整前", "原计划", "原安排", "变更前", "调整前计划"})
AFTER_CHANGE: Final = frozenset({"调整后", "现计划", "调整后安排", "变更后", "调整后计划"})
