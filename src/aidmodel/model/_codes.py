"""Enumerations of the model: schemes, fund source kinds, project status.

Values are the stable English wire form; :attr:`label` gives the Chinese term.
"""

from __future__ import annotations

import enum

__all__ = ["FundSourceKind", "ProjectStatus", "Scheme"]


class _Labelled(enum.Enum):
    """An enum whose members carry a Chinese label (the term documents use)."""

    @property
    def label(self) -> str:
        """The Chinese term of this member."""
        return _LABELS[self]

    @classmethod
    def from_label(cls, label: str) -> _Labelled:
        """The member whose Chinese label (or a known synonym) is ``label``.

        >>> Scheme.from_label("东西部扶贫协作")
        <Scheme.EAST_WEST: 'east_west'>
        """
        key = label.strip()
        for member in cls:
            if key == _LABELS[member] or key in _SYNONYMS.get(member, ()):
                return member
        from aidmodel.errors import InvalidValueError

        choices = ", ".join(_LABELS[m] for m in cls)
        where = f"{cls.__name__}.from_label"
        raise InvalidValueError(where, "unknown label", expected=f"one of {choices}", got=label)


class Scheme(_Labelled):
    """The kind of pairing a programme belongs to (帮扶类型).

    >>> Scheme.COUNTERPART.value, Scheme.COUNTERPART.label
    ('counterpart', '对口帮扶')
    """

    EAST_WEST = "east_west"
    IN_PROVINCE_PAIRING = "in_province_pairing"
    COUNTERPART = "counterpart"
    DESIGNATED = "designated"
    OTHER = "other"


class FundSourceKind(_Labelled):
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


class ProjectStatus(_Labelled):
    """Whether a project is new or continues an earlier one (建设性质).

    >>> ProjectStatus.from_label("续建")
    <ProjectStatus.CONTINUED: 'continued'>
    """

    NEW = "new"
    CONTINUED = "continued"


_LABELS: dict[enum.Enum, str] = {
    Scheme.EAST_WEST: "东西部协作",
    Scheme.IN_PROVINCE_PAIRING: "省内结对帮扶",
    Scheme.COUNTERPART: "对口帮扶",
    Scheme.DESIGNATED: "定点帮扶",
    Scheme.OTHER: "其他",
    FundSourceKind.CURRENT: "本年帮扶资金",
    FundSourceKind.CARRY_OVER: "上年结余",
    FundSourceKind.ANNUAL_AID: "年度援助资金",
    FundSourceKind.FISCAL_AID: "财政帮扶资金",
    FundSourceKind.SELF_RAISED: "自筹资金",
    FundSourceKind.ENTERPRISE_OR_SOCIAL: "企业投资或社会帮扶",
    FundSourceKind.SOCIAL: "社会帮扶资金",
    FundSourceKind.OTHER: "其他资金",
    ProjectStatus.NEW: "新建",
    ProjectStatus.CONTINUED: "续建",
}

_SYNONYMS: dict[enum.Enum, tuple[str, ...]] = {
    Scheme.EAST_WEST: ("东西部扶贫协作", "东西协作"),
    Scheme.IN_PROVINCE_PAIRING: ("结对帮扶", "省内对口帮扶"),
    Scheme.COUNTERPART: ("对口支援", "对口帮扶协作"),
    FundSourceKind.CARRY_OVER: ("往年结余", "往年结余资金", "上年结余资金", "结余资金"),
    FundSourceKind.CURRENT: ("帮扶资金", "规划资金"),
    FundSourceKind.FISCAL_AID: ("财政援助资金",),
    FundSourceKind.ENTERPRISE_OR_SOCIAL: ("企业投资", "社会帮扶"),
}
