"""What a plan's part headings say the part holds (四、保障措施, 三、主要成效, 一、目标任务).

A part of duties holds mechanism tasks, not projects, even when its items are numbered as
projects are; a part of results holds what was done, no project of the plan; a part of
goals holds targets.

>>> bool(DUTY_HEADINGS.search("四、资金管理")), bool(DUTY_HEADINGS.search("民生保障"))
(True, False)
>>> bool(RESULT_HEADINGS.search("三、主要成效")), bool(GOAL_HEADINGS.search("一、目标任务"))
(True, True)
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DUTY_HEADINGS", "GOAL_HEADINGS", "RESULT_HEADINGS"]

#: Headings of duties without money: 健全帮扶机制, 工作保障, 保障措施 (but not 民生保障),
#: 资金管理 and 项目管理 (how the money and the projects are run, not what they buy), 其他事项.
DUTY_HEADINGS: Final = re.compile(
    "机制|保障措施|工作保障|组织保障|要素保障|措施|举措|组织领导|工作要求|纪律|监督|考核"
    "|资金管理|项目管理|资金监管|管理要求|其他事项|有关事项|有关要求"
)
#: A part that tells results or problems (三、主要成效, 四、存在问题): no projects of the plan.
RESULT_HEADINGS: Final = re.compile(
    "成效|成绩|存在问题|困难和问题|主要问题|经验做法|总体进展|进展情况|完成情况|开展情况"
)
#: A part that states the programme's targets: 一、总体目标, 工作目标, 目标任务.
GOAL_HEADINGS: Final = re.compile(
    "目标|下一步|下阶段|打算|工作计划|工作安排|努力方向|总体要求|总体思路"
)
