"""The words that name a kind of fund source (资金来源): 上年结余, 社会帮扶, 自筹, 财政援助 ...

A fund's label says its kind: the first word of :data:`FUND_KIND_WORDS` found in it decides
(企业投资或社会帮扶 is enterprise-or-social before 社会帮扶 alone is social). A label with
none of them is this year's aid (:attr:`~aidmodel.FundSourceKind.CURRENT`).

>>> next(kind for word, kind in FUND_KIND_WORDS if word in "上年结余资金").value
'carry_over'
>>> COMPLETING_LABELS[FundSourceKind.SELF_RAISED]
'自筹资金'
"""

from __future__ import annotations

from typing import Final

from aidmodel.model import FundSourceKind

__all__ = [
    "COLUMN_KINDS",
    "COMPLETING_LABELS",
    "FUND_KIND_WORDS",
    "OUTSIDE_KINDS",
    "RAISED_WORDS",
    "REST_WORDS",
]

#: The kind of a fund by the words of its label, most specific first.
FUND_KIND_WORDS: Final = (
    ("结余", FundSourceKind.CARRY_OVER),
    ("企业", FundSourceKind.ENTERPRISE_OR_SOCIAL),
    ("社会", FundSourceKind.SOCIAL),
    ("自筹", FundSourceKind.SELF_RAISED),
    ("配套", FundSourceKind.SELF_RAISED),
    # 整合涉农资金: the county's own money pooled for the project, beside the aid (as 配套).
    ("整合", FundSourceKind.SELF_RAISED),
    # 县级统筹衔接资金: the county's own 衔接 money for the project, beside the aid.
    ("衔接资金", FundSourceKind.SELF_RAISED),
    ("财政", FundSourceKind.FISCAL_AID),
    ("预算", FundSourceKind.FISCAL_AID),
    ("协作资金", FundSourceKind.FISCAL_AID),
    ("援助资金", FundSourceKind.ANNUAL_AID),
)

#: The kind of a table's source column by its role (see :mod:`.columns`); any other money
#: column of a source is fiscal aid.
COLUMN_KINDS: Final = {
    "self": FundSourceKind.SELF_RAISED,
    "enterprise": FundSourceKind.ENTERPRISE_OR_SOCIAL,
    "year_aid": FundSourceKind.ANNUAL_AID,
    "earlier": FundSourceKind.ANNUAL_AID,
}

#: The kinds of money that complete a project's investment beside the aid (自筹, 配套,
#: 企业投资, 社会帮扶): drawn on sources outside the plan's total where the plan's own
#: sources make that total.
OUTSIDE_KINDS: Final = frozenset(
    {FundSourceKind.SELF_RAISED, FundSourceKind.ENTERPRISE_OR_SOCIAL, FundSourceKind.SOCIAL}
)

#: The label of a fund source the importer adds for money outside the plan's total that
#: the plan does not declare (a project's 自筹 beside its aid).
COMPLETING_LABELS: Final = {
    FundSourceKind.SELF_RAISED: "自筹资金",
    FundSourceKind.ENTERPRISE_OR_SOCIAL: "企业投资或社会帮扶资金",
    FundSourceKind.SOCIAL: "社会帮扶资金",
}

#: The rest of an investment beside the aid (其余720万元由…自筹解决), and the words that say
#: it is raised by the county or the operator (regular-expression alternations).
REST_WORDS: Final = "其余|剩余|余下|不足部分|差额部分|差额|缺口"
RAISED_WORDS: Final = "自筹|配套"
