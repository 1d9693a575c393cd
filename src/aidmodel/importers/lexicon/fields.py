"""The labels of a project's fields (实施地点：…, 资金规模：…), as plans spell them.

Each label maps to the :class:`~aidmodel.Project` field it fills (the name of the model's
attribute; ``span`` is 建设期限, split into ``start`` and ``deadline``). Amount labels
(资金规模, 拟投入资金) and description labels (建设内容) have tables of their own: what they
label is read by the amount and content readers.

>>> FIELD_LABELS["责任单位"], FIELD_LABELS["建设期限"]
('units', 'span')
>>> is_label("资金规模"), is_label("规模")
(True, False)
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AMOUNT_LABELS",
    "BARE_AMOUNT_LABELS",
    "DESCRIPTION_LABELS",
    "FIELD_LABELS",
    "is_label",
]

#: Field labels by the field they fill.
FIELD_LABELS: Final = {
    "实施地点": "locations",
    "项目地点": "locations",
    "建设地点": "locations",
    "建设地址": "locations",
    "建设地": "locations",
    "项目建设地点": "locations",
    "项目实施地点": "locations",
    "实施地址": "locations",
    "建设位置": "locations",
    "责任单位": "units",
    "项目实施单位": "units",
    "项目责任单位": "units",
    "责任主体": "units",
    "项目主管部门": "units",
    "实施主体": "units",
    "实施单位": "units",
    "责任部门": "units",
    "主管部门": "units",
    "主管单位": "units",
    "建设单位": "units",
    "项目单位": "units",
    "建设期限": "span",
    "实施期限": "span",
    "建设周期": "span",
    "实施周期": "span",
    "起止时间": "span",
    "建设年限": "span",
    "实施年限": "span",
    "建设时间": "span",
    "实施时间": "span",
    # 时间节点：2025年4月底前开工，10月底前完工: when it starts and ends.
    "时间节点": "span",
    "进度安排": "span",
    "建设工期": "span",
    "建设期": "span",
    "实施期": "span",
    "项目工期": "span",
    "计划工期": "span",
    "实施工期": "span",
    "工期": "span",
    "项目名称": "name",
    "牵头单位": "lead_units",
    "业主单位": "owner",
    "项目业主": "owner",
    "项目业主单位": "owner",
    "挂联责任人": "liaisons",
    "挂联领导": "liaisons",
    "完成时限": "deadline",
    "完成时间": "deadline",
    "验收时间": "deadline",
    "计划完成时间": "deadline",
    "计划竣工时间": "deadline",
    "计划完工时间": "deadline",
    "预计完成时间": "deadline",
    "预计竣工时间": "deadline",
    "预计完工时间": "deadline",
    "完工时间": "deadline",
    "竣工时间": "deadline",
    "完成期限": "deadline",
    "项目完成时限": "deadline",
    "开工时间": "start",
    "计划开工时间": "start",
    "开工日期": "start",
    "建设性质": "status",
    "运营主体": "operator",
    "备注": "remarks",
    # What a report says of a project's progress (完成情况：已完工，…): kept as its remarks.
    "完成情况": "remarks",
    "进展情况": "remarks",
    "实施进度": "remarks",
    "建设进度": "remarks",
    "项目进展": "remarks",
    "项目类别": "category",
    "项目类型": "category",
}

#: Labels of a project's money (资金规模：480万元).
AMOUNT_LABELS: Final = (
    "拟投入资金",
    "项目总投资",
    "计划投资",
    "投入资金",
    "安排资金",
    "资金规模",
    "项目资金",
    "建设资金",
    "投资规模",
    "帮扶资金",
    "补助资金",
    "总投资",
    "调整后资金",
    "调整后金额",
    "计划资金",
    "安排金额",
    "援助资金",
    "财政援助资金",
    "对口支援资金",
    "援建资金",
    "援疆资金",
    "援藏资金",
    "援青资金",
    "协作资金",
    "下达资金",
    "申请资金",
    "资金额度",
    "资金总额",
    "投资金额",
    "项目投资",
    "总投资额",
    "项目总投资额",
    "拟安排资金",
    "计划投资额",
    "资金安排",
    "投资安排",
    "资金规模及来源",
    "投资及资金来源",
    "投资规模及来源",
    "资金及来源",
    "投资及来源",
)

#: Labels of what a project builds or does (建设内容：…).
DESCRIPTION_LABELS: Final = (
    "建设内容",
    "建设规模",
    "建设规模及内容",
    "建设内容及规模",
    "建设内容和规模",
    "主要建设内容",
    "实施内容",
    "项目内容",
    "主要内容",
    "绩效目标",
    "联农带农机制",
    "利益联结机制",
    "带农益农机制",
    "联农带农",
    "利益联结",
    "带农益农",
    "预期效益",
    "受益情况",
)

#: Labels of a project's money by one word alone (资金：2,400,000.00元): labels where they stand
#: before a colon, but no words of an amount in a sentence (省级资金100万元).
BARE_AMOUNT_LABELS: Final = ("资金", "金额", "投资")

_ALL: Final = (
    frozenset(FIELD_LABELS)
    | frozenset(AMOUNT_LABELS)
    | frozenset(DESCRIPTION_LABELS)
    | frozenset(BARE_AMOUNT_LABELS)
)


def is_label(word: str) -> bool:
    """Whether a word is a field label of some plan (spaces inside it ignored)."""
    return word.replace(" ", "").replace("\u3000", "") in _ALL
