"""Projects as data frames (数据表): pandas, polars and Apache Arrow, money exact.

One row per project of one programme or of several, with flat typed columns
(:data:`COLUMNS`), then one column per fund source (``source:<key>``) and per
year of the money (``year:<year>``) that the projects split their money by.
Money is in yuan and stays exact: :class:`~decimal.Decimal` objects in pandas
(``object`` dtype), ``Decimal(22, 2)`` in polars and ``decimal128(22, 2)`` in
Arrow: 22 digits hold every amount :class:`~aidmodel.Money` can represent (less
than 10^20 yuan, to the fen). Nothing is converted to a float.

Each library is an optional extra: ``pip install 'aidmodel[pandas]'``,
``'aidmodel[polars]'`` or ``'aidmodel[arrow]'``; without it the function raises
:class:`~aidmodel.errors.MissingDependencyError` naming the extra.

>>> from aidmodel import samples
>>> frame = to_polars(samples.load("keqiao-ebian-2025"))
>>> frame.shape, str(frame["amount"].dtype)
((11, 24), 'Decimal(precision=22, scale=2)')
>>> frame["amount"].sum()
Decimal('39523101.94')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final

from aidmodel._optional import require
from aidmodel._validators import checked
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError
from aidmodel.model import Programme, Project

__all__ = ["COLUMNS", "to_arrow", "to_pandas", "to_polars"]

#: Precision and scale of the decimal columns: 20 digits of yuan and 2 of fen.
_PRECISION: Final = 22
_SCALE: Final = 2

#: The fixed columns in order, each with its kind, ``"text"`` (a string or
#: ``None``), ``"int"`` (the programme's year, never ``None``) or ``"money"``
#: (yuan, a Decimal with two places, or ``None``). Dates are ISO 8601 text as
#: precise as the document (``2025-11``; a span ``2018/2019``); several
#: locations or units are joined with ``、``; ``status`` and ``scheme`` are the
#: enum values (``continued``, ``east_west``).
COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("programme", "text"),
    ("year", "int"),
    ("scheme", "text"),
    ("donor", "text"),
    ("recipient", "text"),
    ("section", "text"),
    ("section_title", "text"),
    ("number", "text"),
    ("name", "text"),
    ("category", "text"),
    ("amount", "money"),
    ("total_investment", "money"),
    ("locations", "text"),
    ("units", "text"),
    ("lead_units", "text"),
    ("owner", "text"),
    ("status", "text"),
    ("start", "text"),
    ("deadline", "text"),
    ("span", "text"),
    ("remarks", "text"),
)


def _programmes(value: object, where: str) -> tuple[Programme, ...]:
    if isinstance(value, Programme):
        return (value,)
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):
        items = tuple(value)
        for index, item in enumerate(items):
            checked(item, Programme, f"{where}, item {index + 1}", "Programme objects")
        return items
    raise InvalidTypeError(
        where,
        N_("a %(type)s is not a Programme"),
        expected=N_("a Programme or an iterable of them"),
        got=value,
        params={"type": type(value).__name__},
    )


def _joined(values: tuple[str, ...]) -> str | None:
    return "、".join(values) if values else None


def _split(programme: Programme, project: Project) -> dict[str, Decimal]:
    """The project's money by source and by year, exact; shares of one key added up."""
    years = {source.key: source.year for source in programme.fund_sources}
    split: dict[str, Decimal] = {}
    for share in project.funding:
        keys = []
        if share.source is not None:
            keys.append(f"source:{share.source}")
        year = share.year if share.year is not None else years.get(share.source or "")
        if year is not None:
            keys.append(f"year:{year}")
        for key in keys:
            split[key] = split.get(key, Decimal(0)) + share.amount.yuan
    return split


def _table(programmes: tuple[Programme, ...]) -> tuple[list[tuple[str, str]], dict[str, list[Any]]]:
    """The columns (name, kind) and their values, one per project."""
    rows: list[tuple[dict[str, Any], dict[str, Decimal]]] = []
    extra: list[str] = []
    for programme in programmes:
        titles = {s.id: s.title for s in programme.walk_sections()}
        for project in programme.projects:
            span = project.span
            row: dict[str, Any] = {
                "programme": programme.title,
                "year": programme.year,
                "scheme": None if programme.scheme is None else programme.scheme.value,
                "donor": None if programme.donor is None else programme.donor.name,
                "recipient": None if programme.recipient is None else programme.recipient.name,
                "section": project.section,
                "section_title": None if project.section is None else titles[project.section],
                "number": project.number,
                "name": project.name,
                "category": project.category,
                "amount": None if project.amount is None else project.amount.yuan,
                "total_investment": (
                    None if project.total_investment is None else project.total_investment.yuan
                ),
                "locations": _joined(project.locations),
                "units": _joined(project.units),
                "lead_units": _joined(project.lead_units),
                "owner": project.owner,
                "status": None if project.status is None else project.status.value,
                "start": None if project.start is None else project.start.isoformat(),
                "deadline": None if project.deadline is None else project.deadline.isoformat(),
                "span": None if span is None else span.isoformat(),
                "remarks": project.remarks,
            }
            split = _split(programme, project)
            extra.extend(key for key in split if key not in extra)
            rows.append((row, split))
    sources = [key for key in extra if key.startswith("source:")]
    years = sorted(key for key in extra if key.startswith("year:"))
    columns = [*COLUMNS, *((key, "money") for key in [*sources, *years])]
    values: dict[str, list[Any]] = {name: [] for name, _ in columns}
    for row, split in rows:
        for name, _ in COLUMNS:
            values[name].append(row[name])
        for key in [*sources, *years]:
            values[key].append(split.get(key))
    return columns, values


def to_pandas(programmes: Programme | Iterable[Programme]) -> Any:
    """The projects as a :class:`pandas.DataFrame` (the ``pandas`` extra).

    Money columns have ``object`` dtype and hold :class:`~decimal.Decimal`
    yuan (or ``None``), so sums are exact; text columns are ``object`` with
    ``None`` where the document says nothing; ``year`` is ``int64``.

    >>> from aidmodel import samples
    >>> frame = to_pandas([samples.load(name) for name in samples.names()])
    >>> len(frame), frame["amount"].dtype
    (76, dtype('O'))
    >>> sum(v for v in frame["amount"] if v is not None)
    Decimal('556803101.94')
    >>> frame.loc[frame["name"] == "农村危房改造", ["deadline", "amount"]].values.tolist()
    [['2025-10', Decimal('580000.00')]]

    .. versionadded:: 0.1.0
    """
    where = "to_pandas"
    items = _programmes(programmes, where)
    pandas = require("pandas", "pandas", where)
    columns, values = _table(items)
    return pandas.DataFrame(
        {
            name: pandas.Series(values[name], dtype="int64" if kind == "int" else object)
            for name, kind in columns
        }
    )


def to_polars(programmes: Programme | Iterable[Programme]) -> Any:
    """The projects as a :class:`polars.DataFrame` (the ``polars`` extra).

    Money columns are ``Decimal(22, 2)``, text columns ``String``, ``year``
    ``Int64``; missing values are null.

    >>> from aidmodel import samples
    >>> frame = to_polars(samples.load("liangjiang-pengshui-2020"))
    >>> frame.select("source:2019", "year:2019").sum().row(0)
    (Decimal('23640400.00'), Decimal('23640400.00'))

    .. versionadded:: 0.1.0
    """
    where = "to_polars"
    items = _programmes(programmes, where)
    polars = require("polars", "polars", where)
    columns, values = _table(items)
    kinds = {
        "text": polars.String,
        "int": polars.Int64,
        "money": polars.Decimal(_PRECISION, _SCALE),
    }
    return polars.DataFrame(
        [polars.Series(name, values[name], dtype=kinds[kind]) for name, kind in columns]
    )


def to_arrow(programmes: Programme | Iterable[Programme]) -> Any:
    """The projects as a :class:`pyarrow.Table` (the ``arrow`` extra).

    Money columns are ``decimal128(22, 2)``, text columns ``string``, ``year``
    ``int64``; missing values are null.

    >>> from aidmodel import samples
    >>> table = to_arrow(samples.load("shizhong-ebian-2025"))
    >>> table.schema.field("amount").type
    Decimal128Type(decimal128(22, 2))
    >>> table.num_rows, table.column("name")[0].as_py()
    (16, '五渡镇新茶村产业提升项目')

    .. versionadded:: 0.1.0
    """
    where = "to_arrow"
    items = _programmes(programmes, where)
    arrow = require("pyarrow", "arrow", where)
    columns, values = _table(items)
    kinds = {
        "text": arrow.string(),
        "int": arrow.int64(),
        "money": arrow.decimal128(_PRECISION, _SCALE),
    }
    return arrow.table(
        {name: arrow.array(values[name], type=kinds[kind]) for name, kind in columns}
    )
