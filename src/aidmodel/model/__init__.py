"""The typed, immutable model of a paired-assistance plan.

:class:`Programme` is the root: its :class:`FundSource` list, nested
:class:`Section` list, :class:`Project` list (each with :class:`FundingShare`,
:class:`Dividend` and :class:`Commitment` items), :class:`MechanismTask` list and
:class:`Achievement` list. A :class:`Ledger` of :class:`LedgerEvent` items
records the plan's execution. Dates are :class:`PartialDate` (as precise as the
document) or :class:`DateSpan`; every element may carry a :class:`Provenance`.

.. versionadded:: 0.1.0
"""

from aidmodel.model._codes import FundSourceKind, ProjectStatus, Scheme
from aidmodel.model._commitment import Commitment
from aidmodel.model._common import Provenance, Region
from aidmodel.model._dates import DateSpan, PartialDate
from aidmodel.model._funding import Dividend, FundingShare, FundSource
from aidmodel.model._ledger import EventKind, Ledger, LedgerEvent
from aidmodel.model._programme import Achievement, Programme, Section
from aidmodel.model._project import MechanismTask, Project

__all__ = [
    "Achievement",
    "Commitment",
    "DateSpan",
    "Dividend",
    "EventKind",
    "FundSource",
    "FundSourceKind",
    "FundingShare",
    "Ledger",
    "LedgerEvent",
    "MechanismTask",
    "PartialDate",
    "Programme",
    "Project",
    "ProjectStatus",
    "Provenance",
    "Region",
    "Scheme",
    "Section",
]
