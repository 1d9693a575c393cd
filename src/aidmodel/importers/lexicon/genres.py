"""The genre words that end a document's title (文种: 实施方案, 资金计划表, 进展情况 ...).

A title names what the document is by its last words; :data:`TITLE_GENRES` lists them
longest and most specific first, so the first that ends a title names its genre.
:data:`REPORT_GENRES` are the words of a report on a year's work, whose figures are
achievements, not targets.

>>> next(g for g in TITLE_GENRES if "峨边彝族自治县2025年项目资金计划表".endswith(g))
'项目资金计划表'
>>> "工作总结" in REPORT_GENRES
True
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ONLY_CHANGES_LISTED", "REPORT_GENRES", "TITLE_GENRES"]

#: Title endings of a report on a year's work.
REPORT_GENRES: Final = frozenset(
    {
        "工作进展情况",
        "进展情况",
        "推进情况",
        "完成情况",
        "工作总结",
        "情况报告",
        "工作汇报",
        # …项目实施进展情况的通报: a notice of how the work goes, a report too.
        "情况的通报",
        "情况通报",
        "情况的报告",
        # 关于2025年X集团定点帮扶工作情况的报告 (read without its 的报告): how the year went.
        "工作情况",
        "实施情况",
        "开展情况",
        # An announcement of the acceptance of a year's projects (竣工验收结果公告).
        "验收结果公告",
        "验收结果公示",
        "验收情况公告",
        "验收情况公示",
        "验收公告",
    }
)

#: Title endings, most specific first.
TITLE_GENRES: Final = (
    "项目资金计划表",
    "资金计划表",
    "项目计划表",
    "资金安排明细表",
    "资金安排表",
    "明细表",
    "计划表",
    "安排表",
    "一览表",
    *sorted(REPORT_GENRES, key=len, reverse=True),
    "实施方案",
    "工作方案",
    "工作要点",
    "实施计划",
    "工作计划",
    # …工作总结和2027年工作打算: next year's plan after a report of the year.
    "工作打算",
    "工作思路",
    "行动方案",
    "方案",
    "要点",
    "计划",
    # 罗城…县2025年粤桂东西部协作项目安排: a plan named by what it arranges.
    "项目安排",
    "资金安排",
    "项目清单",
    # A public notice of the plan's projects (项目计划公示, 项目公告).
    "计划公示",
    "项目公示",
    # …资金项目计划公开 on a county's portal: the plan made public.
    "计划公开",
    "项目公开",
    "公示",
    "公告",
    # The minutes of a joint meeting that agrees the year's projects (联席会议纪要), and the
    # agreement the two sides sign (框架协议, 合作协议).
    "联席会议纪要",
    "会议纪要",
    "纪要",
    "框架协议",
    "合作协议",
    "协议",
)

#: What an adjustment notice says when its table lists only the projects it changes
#: (注：本表仅列调整项目，其余10个项目…不变; 表中只列出本次变更的项目): the adjusted plan
#: has more projects than it lists.
ONLY_CHANGES_LISTED: Final = re.compile(
    r"(?:仅|只)(?:列|包含|含|填报|反映)出?(?:了)?(?:本次|此次)?(?:调整|变更|调增|调减|涉及)"
)
