"""aidmodel: the typed, exact data model of Chinese paired-assistance aid programmes.

The root holds what every app uses: the model of a plan (:class:`Programme`,
:class:`Section`, :class:`Project`, :class:`FundSource`, :class:`Commitment` ...),
:class:`Money` and :class:`Quantity`, :class:`AidModelError`, and the functions an app
calls on a whole plan: :func:`build` (a plan from plain data), :func:`reconcile`,
:func:`fund_plan`, :func:`portfolio`, :func:`to_json` and :func:`from_json`,
:func:`read_plan` and :func:`parse_plan`, :func:`rmb_upper`. The rest is in the public
submodules, by task: :mod:`aidmodel.errors`,
:mod:`aidmodel.numerals`, :mod:`aidmodel.quantity`, :mod:`aidmodel.commitments`,
:mod:`aidmodel.units`, :mod:`aidmodel.tracking`, :mod:`aidmodel.aggregate`,
:mod:`aidmodel.fundplan`, :mod:`aidmodel.formatting`, :mod:`aidmodel.frames`,
:mod:`aidmodel.progress`, :mod:`aidmodel.serialize`, :mod:`aidmodel.lenient`,
:mod:`aidmodel.importers`, :mod:`aidmodel.messages`, :mod:`aidmodel.samples`. Re-exports only.

>>> import aidmodel
>>> aidmodel.rmb_upper(aidmodel.Money.parse("766万元"))
'柒佰陆拾陆万元整'

The names the root listed before 0.2 that now live in a submodule only
(``aidmodel.totals_by_year``, ``aidmodel.to_pandas`` ...) still work, typed, for code
written against them; they are not in ``__all__`` or ``dir(aidmodel)`` (docs/api.md
lists where each one is).

>>> from aidmodel import totals_by_year
>>> from aidmodel.aggregate import totals_by_year as home
>>> totals_by_year is home, "totals_by_year" in dir(aidmodel)
(True, False)
"""

from typing import TYPE_CHECKING

from aidmodel.errors import AidModelError
from aidmodel.model import (
    Achievement,
    Commitment,
    DateSpan,
    Dividend,
    FundingShare,
    FundSource,
    FundSourceKind,
    MechanismTask,
    PartialDate,
    Programme,
    Project,
    ProjectStatus,
    Provenance,
    Region,
    Scheme,
    Section,
)
from aidmodel.money import Money
from aidmodel.numerals import rmb_upper
from aidmodel.quantity import Bound, Quantity

# Loaded at once: the name is also the submodule's, which Python would set here on its import.
from aidmodel.reconcile import Finding, FindingKind, reconcile

if TYPE_CHECKING:  # imported on first use (see __getattr__), for a fast start
    from aidmodel import samples as samples
    from aidmodel.aggregate import portfolio
    from aidmodel.fundplan import fund_plan
    from aidmodel.importers import parse_plan, read_plan
    from aidmodel.lenient import build
    from aidmodel.serialize import from_json, to_json

    # The old root names kept at the root (not in __all__): "X as X" re-exports them for mypy.
    # isort: off
    from aidmodel.errors import (
        AmountError as AmountError,
        InvalidTypeError as InvalidTypeError,
        InvalidValueError as InvalidValueError,
        MissingDependencyError as MissingDependencyError,
        NumeralError as NumeralError,
        SerializationError as SerializationError,
        SourceError as SourceError,
    )
    from aidmodel.model import EventKind as EventKind, Ledger as Ledger, LedgerEvent as LedgerEvent
    from aidmodel.numerals import (
        parse_chinese_number as parse_chinese_number,
        parse_rmb_upper as parse_rmb_upper,
        to_chinese as to_chinese,
    )
    from aidmodel.quantity import parse_quantity as parse_quantity
    from aidmodel.aggregate import (
        CommitmentTotal as CommitmentTotal,
        Group as Group,
        PortfolioRow as PortfolioRow,
        SectionTotal as SectionTotal,
        commitment_totals as commitment_totals,
        totals_by_deadline as totals_by_deadline,
        totals_by_location as totals_by_location,
        totals_by_section as totals_by_section,
        totals_by_source as totals_by_source,
        totals_by_status as totals_by_status,
        totals_by_unit as totals_by_unit,
        totals_by_year as totals_by_year,
    )
    from aidmodel.commitments import (
        CommitmentSpan as CommitmentSpan,
        extract_commitments as extract_commitments,
        find_commitments as find_commitments,
        parse_commitment as parse_commitment,
    )
    from aidmodel.formatting import (
        format_commitment as format_commitment,
        format_date as format_date,
        format_money as format_money,
        format_quantity as format_quantity,
    )
    from aidmodel.frames import to_arrow as to_arrow, to_pandas as to_pandas, to_polars as to_polars
    from aidmodel.fundplan import (
        FundPlan as FundPlan,
        PlanColumn as PlanColumn,
        PlanRow as PlanRow,
        PlanRowKind as PlanRowKind,
    )
    from aidmodel.importers import (
        ImportResult as ImportResult,
        ImportWarning as ImportWarning,
        MoneyMention as MoneyMention,
        WarningCode as WarningCode,
        parse_ledger as parse_ledger,
        read_ledger as read_ledger,
    )
    from aidmodel.progress import (
        MonthProgress as MonthProgress,
        Progress as Progress,
        ProgressGroup as ProgressGroup,
        ProjectProgress as ProjectProgress,
        ProjectState as ProjectState,
        format_rate as format_rate,
        progress as progress,
        progress_table as progress_table,
    )
    from aidmodel.serialize import (
        from_dict as from_dict,
        json_schema as json_schema,
        make_converter as make_converter,
        to_dict as to_dict,
    )
    from aidmodel.tracking import (
        Evaluation as Evaluation,
        Overdue as Overdue,
        Verdict as Verdict,
        due_by as due_by,
        evaluate as evaluate,
        overdue as overdue,
    )
    from aidmodel.units import (
        UNITS as UNITS,
        Dimension as Dimension,
        Unit as Unit,
        unit_info as unit_info,
        units_agree as units_agree,
    )
    # isort: on

#: The release (PEP 440), the one source of the package's version: the build reads it from here
#: and tests/unit/test_project.py checks it against CHANGELOG.md's newest release.
__version__ = "0.1.0"

__all__ = [
    "Achievement",
    "AidModelError",
    "Bound",
    "Commitment",
    "DateSpan",
    "Dividend",
    "Finding",
    "FindingKind",
    "FundSource",
    "FundSourceKind",
    "FundingShare",
    "MechanismTask",
    "Money",
    "PartialDate",
    "Programme",
    "Project",
    "ProjectStatus",
    "Provenance",
    "Quantity",
    "Region",
    "Scheme",
    "Section",
    "__version__",
    "build",
    "from_json",
    "fund_plan",
    "parse_plan",
    "portfolio",
    "read_plan",
    "reconcile",
    "rmb_upper",
    "to_json",
]

#: The names of the root imported on first use, by module: the importers, the writers and
#: babel's formatting are not loaded by ``import aidmodel`` (bench/bench_startup.py).
_LAZY: dict[str, str] = {
    "samples": "aidmodel.samples",
    "portfolio": "aidmodel.aggregate",
    "fund_plan": "aidmodel.fundplan",
    **dict.fromkeys(("parse_plan", "read_plan"), "aidmodel.importers"),
    "build": "aidmodel.lenient",
    **dict.fromkeys(("from_json", "to_json"), "aidmodel.serialize"),
}

#: The names the root listed before 0.2 that moved to a submodule, by module: still resolved (on first use),
#: not listed by ``dir()``. docs/api.md has the table of them.
_KEPT: dict[str, str] = {
    **dict.fromkeys(
        (
            "AmountError",
            "InvalidTypeError",
            "InvalidValueError",
            "MissingDependencyError",
            "NumeralError",
            "SerializationError",
            "SourceError",
        ),
        "aidmodel.errors",
    ),
    **dict.fromkeys(("EventKind", "Ledger", "LedgerEvent"), "aidmodel.model"),
    **dict.fromkeys(("parse_chinese_number", "parse_rmb_upper", "to_chinese"), "aidmodel.numerals"),
    "parse_quantity": "aidmodel.quantity",
    **dict.fromkeys(
        (
            "CommitmentTotal",
            "Group",
            "PortfolioRow",
            "SectionTotal",
            "commitment_totals",
            "totals_by_deadline",
            "totals_by_location",
            "totals_by_section",
            "totals_by_source",
            "totals_by_status",
            "totals_by_unit",
            "totals_by_year",
        ),
        "aidmodel.aggregate",
    ),
    **dict.fromkeys(
        (
            "CommitmentSpan",
            "extract_commitments",
            "find_commitments",
            "parse_commitment",
        ),
        "aidmodel.commitments",
    ),
    **dict.fromkeys(
        (
            "format_commitment",
            "format_date",
            "format_money",
            "format_quantity",
        ),
        "aidmodel.formatting",
    ),
    **dict.fromkeys(("to_arrow", "to_pandas", "to_polars"), "aidmodel.frames"),
    **dict.fromkeys(("FundPlan", "PlanColumn", "PlanRow", "PlanRowKind"), "aidmodel.fundplan"),
    **dict.fromkeys(
        (
            "ImportResult",
            "ImportWarning",
            "MoneyMention",
            "WarningCode",
            "parse_ledger",
            "read_ledger",
        ),
        "aidmodel.importers",
    ),
    **dict.fromkeys(
        (
            "MonthProgress",
            "Progress",
            "ProgressGroup",
            "ProjectProgress",
            "ProjectState",
            "format_rate",
            "progress",
            "progress_table",
        ),
        "aidmodel.progress",
    ),
    **dict.fromkeys(
        (
            "from_dict",
            "json_schema",
            "make_converter",
            "to_dict",
        ),
        "aidmodel.serialize",
    ),
    **dict.fromkeys(
        (
            "Evaluation",
            "Overdue",
            "Verdict",
            "due_by",
            "evaluate",
            "overdue",
        ),
        "aidmodel.tracking",
    ),
    **dict.fromkeys(("UNITS", "Dimension", "Unit", "unit_info", "units_agree"), "aidmodel.units"),
}


if not TYPE_CHECKING:  # (hidden from mypy, which would then take any name as an attribute)
    from aidmodel import _lazy

    __getattr__, __dir__ = _lazy.lazy_names(__name__, _LAZY, globals(), unlisted=_KEPT)
    # aidmodel.progress is the function, also after ``import aidmodel.progress``.
    _lazy.keep_functions(__name__, ("progress",))
    del TYPE_CHECKING
