"""Enumerations of the model: schemes, fund source kinds, project status.

Values are the stable English wire form; :attr:`label` gives the Chinese term.
"""

from __future__ import annotations

from aidmodel._labelled import LabelledEnum, labelled
from aidmodel._wording import N_

__all__ = ["FundSourceKind", "ProjectStatus", "Scheme"]


# A label (the first spelling) is a term of the catalogs (N_), written in the script of a
# report's locale (aidmodel.messages.term); the other spellings are what documents write too.
@labelled(
    EAST_WEST=(N_("东西部协作"), "东西部扶贫协作", "东西协作"),
    IN_PROVINCE_PAIRING=(N_("省内结对帮扶"), "结对帮扶", "省内对口帮扶"),
    COUNTERPART=(N_("对口帮扶"), "对口支援", "对口帮扶协作"),
    DESIGNATED=N_("定点帮扶"),
    OTHER=N_("其他"),
)
class Scheme(LabelledEnum):
    """The kind of pairing a programme belongs to (帮扶类型).

    >>> Scheme.COUNTERPART.value, Scheme.COUNTERPART.label
    ('counterpart', '对口帮扶')
    """

    EAST_WEST = "east_west"
    IN_PROVINCE_PAIRING = "in_province_pairing"
    COUNTERPART = "counterpart"
    DESIGNATED = "designated"
    OTHER = "other"


@labelled(
    CURRENT=(N_("本年帮扶资金"), "帮扶资金", "规划资金"),
    CARRY_OVER=(N_("上年结余"), "往年结余", "往年结余资金", "上年结余资金", "结余资金"),
    ANNUAL_AID=N_("年度援助资金"),
    FISCAL_AID=(N_("财政帮扶资金"), "财政援助资金"),
    SELF_RAISED=N_("自筹资金"),
    ENTERPRISE_OR_SOCIAL=(N_("企业投资或社会帮扶"), "企业投资", "社会帮扶"),
    SOCIAL=N_("社会帮扶资金"),
    OTHER=N_("其他资金"),
)
class FundSourceKind(LabelledEnum):
    """What a fund source is (资金来源): this year's aid, carry-over, self-raised ...

    >>> FundSourceKind.CARRY_OVER.label
    '上年结余'
    """

    CURRENT = "current"
    CARRY_OVER = "carry_over"
    ANNUAL_AID = "annual_aid"
    FISCAL_AID = "fiscal_aid"
    SELF_RAISED = "self_raised"
    ENTERPRISE_OR_SOCIAL = "enterprise_or_social"
    SOCIAL = "social"
    OTHER = "other"


@labelled(NEW="新建", CONTINUED="续建")
class ProjectStatus(LabelledEnum):
    """Whether a project is new or continues an earlier one (建设性质).

    >>> ProjectStatus.from_label("续建")
    <ProjectStatus.CONTINUED: 'continued'>
    """

    NEW = "new"
    CONTINUED = "continued"
