"""Data frame exports: one row per project, typed columns, money exact to the fen."""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any

import pytest

from aidmodel import InvalidTypeError, Money, Programme, samples, totals_by_source
from aidmodel.errors import MissingDependencyError
from aidmodel.frames import COLUMNS, to_arrow, to_pandas, to_polars

ALL = [samples.load(name) for name in samples.names()]


def _planned(programmes: list[Programme]) -> Decimal:
    """The projects' money as aggregate sums it: every project once, by source or unsplit."""
    total = Money.from_yuan(0)
    for programme in programmes:
        for project in programme.projects:
            if project.amount is not None:
                total += project.amount
    return total.yuan


def _column_sum(values: list[Any]) -> Decimal:
    return sum((v for v in values if v is not None), Decimal(0))


def test_pandas_rows_types_and_exact_sums() -> None:
    pytest.importorskip("pandas")
    frame = to_pandas(ALL)
    assert len(frame) == sum(len(p.projects) for p in ALL)
    assert list(frame.columns)[: len(COLUMNS)] == [name for name, _ in COLUMNS]
    assert str(frame["year"].dtype) == "int64"
    for name, kind in COLUMNS:
        if kind != "int":
            assert frame[name].dtype == object, name
    amounts = list(frame["amount"])
    assert all(v is None or type(v) is Decimal for v in amounts)
    assert all(v is None or v.as_tuple().exponent == -2 for v in amounts)
    assert _column_sum(amounts) == _planned(ALL)
    row = frame[frame["name"] == "峨边九年一贯制学校建设项目（“山海情”柯峨教育协作帮扶建设项目）"]
    assert row["source:carry_over"].item() == Decimal("523101.94")
    assert row["source:current"].item() == Decimal("9100000.00")
    assert row["status"].item() == "continued"
    assert row["units"].item() == "县住建局、县教育局"


def test_pandas_matches_aggregate_per_source() -> None:
    pytest.importorskip("pandas")
    programme = samples.load("liangjiang-pengshui-2020")
    frame = to_pandas(programme)
    for group in totals_by_source(programme):
        assert group.key is not None
        assert _column_sum(list(frame[f"source:{group.key}"])) == group.amount.yuan
    # Sources with a year also give a column per year.
    assert _column_sum(list(frame["year:2019"])) == Decimal("23640400.00")
    assert frame["deadline"].tolist()[0] == "2020"


def test_polars_types_and_exact_sums() -> None:
    polars = pytest.importorskip("polars")
    frame = to_polars(ALL)
    assert frame.height == sum(len(p.projects) for p in ALL)
    assert frame.schema["amount"] == polars.Decimal(22, 2)
    assert frame.schema["year"] == polars.Int64
    assert frame.schema["name"] == polars.String
    assert frame["amount"].sum() == _planned(ALL)
    assert frame["amount"].null_count() == sum(
        1 for p in ALL for project in p.projects if project.amount is None
    )
    span = frame.filter(polars.col("name") == "马铃薯基地建设及销售项目")["span"].item()
    assert span == "2018/2019"


def test_arrow_types_and_exact_sums() -> None:
    pyarrow = pytest.importorskip("pyarrow")
    table = to_arrow(ALL)
    assert table.num_rows == sum(len(p.projects) for p in ALL)
    assert table.schema.field("amount").type == pyarrow.decimal128(22, 2)
    assert table.schema.field("year").type == pyarrow.int64()
    values = table.column("amount").to_pylist()
    assert _column_sum(values) == _planned(ALL)
    assert table.column("deadline").to_pylist()[:1] == ["2018-10"]  # ISO, as precise as written
    keqiao = to_arrow(samples.load("keqiao-ebian-2025"))
    assert _column_sum(keqiao.column("source:carry_over").to_pylist()) == Decimal("523101.94")


def test_largest_money_fits_the_decimal_columns() -> None:
    from aidmodel import Project, Region, Scheme

    largest = Money.from_yuan("99999999999999999999.99")
    programme = Programme(
        title="t",
        scheme=Scheme.OTHER,
        donor=Region(name="甲"),
        recipient=Region(name="乙"),
        year=2020,
        projects=[Project(name="大", amount=largest)],
    )
    if _has("polars"):
        assert to_polars(programme)["amount"].item() == largest.yuan
    if _has("pyarrow"):
        assert to_arrow(programme).column("amount").to_pylist() == [largest.yuan]
    if _has("pandas"):
        assert to_pandas(programme)["amount"].item() == largest.yuan


def _has(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


@pytest.mark.parametrize(
    ("function", "module", "extra"),
    [
        (to_pandas, "pandas", "pandas"),
        (to_polars, "polars", "polars"),
        (to_arrow, "pyarrow", "arrow"),
    ],
)
def test_missing_library_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, function: Any, module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingDependencyError, match=rf"pip install 'aidmodel\[{extra}\]'"):
        function(ALL[0])


@pytest.mark.parametrize("function", [to_pandas, to_polars, to_arrow])
def test_refuses_what_is_not_a_programme(function: Any) -> None:
    with pytest.raises(InvalidTypeError, match="a str is not a Programme"):
        function("plan")
    with pytest.raises(InvalidTypeError, match=r"item 2: an int is not a Programme"):
        function([ALL[0], 3])


def test_an_empty_list_gives_the_fixed_columns() -> None:
    polars = pytest.importorskip("polars")
    frame = to_polars([])
    assert frame.columns == [name for name, _ in COLUMNS]
    assert frame.height == 0
    assert frame.schema["amount"] == polars.Decimal(22, 2)


def test_missing_dependency_error_pickles_and_is_an_import_error() -> None:
    import pickle

    from aidmodel import AidModelError

    err = MissingDependencyError("to_polars", "polars", "polars")
    again = pickle.loads(pickle.dumps(err))
    assert (
        str(again)
        == str(err)
        == (
            "to_polars: polars is not installed; expected pip install 'aidmodel[polars]', got 'polars'"
        )
    )
    assert (again.module, again.extra, again.name) == ("polars", "polars", "polars")
    assert isinstance(again, ImportError)
    assert isinstance(again, AidModelError)
