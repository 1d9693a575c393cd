"""aidmodel: the typed, exact data model of Chinese paired-assistance aid programmes.

Money in yuan exact to the fen, Chinese numerals and uppercase amounts (大写),
bounded figures such as 40名以上, and the model of a plan (Programme, Project,
FundSource, Section, Commitment, MechanismTask). Re-exports only; see the modules.

>>> import aidmodel
>>> aidmodel.rmb_upper(aidmodel.Money.parse("766万元"))
'柒佰陆拾陆万元整'
"""

from typing import TYPE_CHECKING

from aidmodel.errors import (
    AidModelError,
    AmountError,
    InvalidTypeError,
    InvalidValueError,
    MissingDependencyError,
    NumeralError,
    SerializationError,
    SourceError,
)
from aidmodel.model import (
    Achievement,
    Commitment,
    DateSpan,
    Dividend,
    EventKind,
    FundingShare,
    FundSource,
    FundSourceKind,
    Ledger,
    LedgerEvent,
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
from aidmodel.numerals import parse_chinese_number, parse_rmb_upper, rmb_upper, to_chinese
from aidmodel.quantity import Bound, Quantity, parse_quantity

# Loaded at once: the name is also the submodule's, which Python would set here on its import.
from aidmodel.reconcile import Finding, FindingKind, reconcile

if TYPE_CHECKING:  # imported on first use (see __getattr__), for a fast start
    from aidmodel import samples as samples
    from aidmodel.aggregate import (
        CommitmentTotal,
        Group,
        PortfolioRow,
        SectionTotal,
        commitment_totals,
        portfolio,
        totals_by_deadline,
        totals_by_location,
        totals_by_section,
        totals_by_source,
        totals_by_status,
        totals_by_unit,
        totals_by_year,
    )
    from aidmodel.commitments import (
        CommitmentSpan,
        extract_commitments,
        find_commitments,
        parse_commitment,
    )
    from aidmodel.errors import BuildError, NotFoundError, Problem
    from aidmodel.formatting import format_commitment, format_date, format_money, format_quantity
    from aidmodel.frames import to_arrow, to_pandas, to_polars
    from aidmodel.fundplan import FundPlan, PlanColumn, PlanRow, PlanRowKind, fund_plan
    from aidmodel.importers import (
        ImportResult,
        ImportWarning,
        MoneyMention,
        WarningCode,
        parse_ledger,
        parse_plan,
        read_ledger,
        read_plan,
    )
    from aidmodel.lenient import build
    from aidmodel.progress import (
        MonthProgress,
        Progress,
        ProgressGroup,
        ProjectProgress,
        ProjectState,
        format_rate,
        progress,
        progress_table,
    )
    from aidmodel.serialize import (
        from_dict,
        from_json,
        json_schema,
        make_converter,
        to_dict,
        to_json,
    )
    from aidmodel.tracking import Evaluation, Overdue, Verdict, due_by, evaluate, overdue
    from aidmodel.units import UNITS, Dimension, Unit, unit_info, units_agree

#: The release (PEP 440), the one source of the package's version: the build reads it from here
#: and tests/unit/test_project.py checks it against CHANGELOG.md's newest release.
__version__ = "0.1.0"

__all__ = [
    "UNITS",
    "Achievement",
    "AidModelError",
    "AmountError",
    "Bound",
    "BuildError",
    "Commitment",
    "CommitmentSpan",
    "CommitmentTotal",
    "DateSpan",
    "Dimension",
    "Dividend",
    "Evaluation",
    "EventKind",
    "Finding",
    "FindingKind",
    "FundPlan",
    "FundSource",
    "FundSourceKind",
    "FundingShare",
    "Group",
    "ImportResult",
    "ImportWarning",
    "InvalidTypeError",
    "InvalidValueError",
    "Ledger",
    "LedgerEvent",
    "MechanismTask",
    "MissingDependencyError",
    "Money",
    "MoneyMention",
    "MonthProgress",
    "NotFoundError",
    "NumeralError",
    "Overdue",
    "PartialDate",
    "PlanColumn",
    "PlanRow",
    "PlanRowKind",
    "PortfolioRow",
    "Problem",
    "Programme",
    "Progress",
    "ProgressGroup",
    "Project",
    "ProjectProgress",
    "ProjectState",
    "ProjectStatus",
    "Provenance",
    "Quantity",
    "Region",
    "Scheme",
    "Section",
    "SectionTotal",
    "SerializationError",
    "SourceError",
    "Unit",
    "Verdict",
    "WarningCode",
    "__version__",
    "build",
    "commitment_totals",
    "due_by",
    "evaluate",
    "extract_commitments",
    "find_commitments",
    "format_commitment",
    "format_date",
    "format_money",
    "format_quantity",
    "format_rate",
    "from_dict",
    "from_json",
    "fund_plan",
    "json_schema",
    "make_converter",
    "overdue",
    "parse_chinese_number",
    "parse_commitment",
    "parse_ledger",
    "parse_plan",
    "parse_quantity",
    "parse_rmb_upper",
    "portfolio",
    "progress",
    "progress_table",
    "read_ledger",
    "read_plan",
    "reconcile",
    "rmb_upper",
    "to_arrow",
    "to_chinese",
    "to_dict",
    "to_json",
    "to_pandas",
    "to_polars",
    "totals_by_deadline",
    "totals_by_location",
    "totals_by_section",
    "totals_by_source",
    "totals_by_status",
    "totals_by_unit",
    "totals_by_year",
    "unit_info",
    "units_agree",
]

#: The names imported on first use, by module: the importers, the writers and babel's
#: formatting are not loaded by ``import aidmodel`` (bench/bench_startup.py).
_LAZY: dict[str, str] = {
    "samples": "aidmodel.samples",
    **dict.fromkeys(
        (
            "CommitmentTotal",
            "Group",
            "PortfolioRow",
            "SectionTotal",
            "commitment_totals",
            "portfolio",
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
        ("CommitmentSpan", "extract_commitments", "find_commitments", "parse_commitment"),
        "aidmodel.commitments",
    ),
    **dict.fromkeys(
        ("format_commitment", "format_date", "format_money", "format_quantity"),
        "aidmodel.formatting",
    ),
    **dict.fromkeys(("BuildError", "NotFoundError", "Problem"), "aidmodel.errors"),
    **dict.fromkeys(("build",), "aidmodel.lenient"),
    **dict.fromkeys(("to_arrow", "to_pandas", "to_polars"), "aidmodel.frames"),
    **dict.fromkeys(
        ("FundPlan", "PlanColumn", "PlanRow", "PlanRowKind", "fund_plan"), "aidmodel.fundplan"
    ),
    **dict.fromkeys(
        (
            "ImportResult",
            "ImportWarning",
            "MoneyMention",
            "WarningCode",
            "parse_ledger",
            "parse_plan",
            "read_ledger",
            "read_plan",
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
        ("from_dict", "from_json", "json_schema", "make_converter", "to_dict", "to_json"),
        "aidmodel.serialize",
    ),
    **dict.fromkeys(
        ("Evaluation", "Overdue", "Verdict", "due_by", "evaluate", "overdue"), "aidmodel.tracking"
    ),
    **dict.fromkeys(("UNITS", "Dimension", "Unit", "unit_info", "units_agree"), "aidmodel.units"),
}


if not TYPE_CHECKING:  # (hidden from mypy, which would then take any name as an attribute)
    from aidmodel._lazy import keep_functions, lazy_names

    __getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())
    # aidmodel.progress is the function, also after ``import aidmodel.progress``.
    keep_functions(__name__, ("progress",))
