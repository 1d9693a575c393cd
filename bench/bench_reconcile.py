"""Benchmark reconciliation and aggregation against a plain-dict loop and polars.

The synthetic programme of bench/synthetic.py (100,000 projects by default) is
checked three ways in the same run:

- aidmodel: ``reconcile(programme)`` (every check), and ``totals_by_section``,
  ``totals_by_source``, ``totals_by_unit`` on the model;
- plain dicts: the same group-by written as one loop over project dicts holding
  Decimal amounts (section sums and counts, funding split vs amount, repeated
  numbers, total vs declared) — the floor for pure Python;
- polars: the same group-by on a DataFrame with Decimal(38, 2) columns
  (built before timing, as the model is).

Run from the project root after ``pip install -e .[bench]``::

    python bench/bench_reconcile.py            # 100,000 projects, best of 5
    python bench/bench_reconcile.py --quick    # 2,000 projects, one run (smoke test)
"""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import best, make_programme, sizes

import aidmodel
from aidmodel import reconcile, totals_by_section, totals_by_source, totals_by_unit

try:
    import polars as pl
except ImportError:  # pragma: no cover - the bench extra is missing
    print("bench_reconcile needs the bench extra (polars): pip install -e .[bench]")
    raise SystemExit(2) from None


def plain_rows(programme: aidmodel.Programme) -> list[dict[str, Any]]:
    """The projects as plain dicts with Decimal amounts in yuan."""
    return [
        {
            "number": p.number,
            "section": p.section,
            "amount": p.amount.yuan if p.amount else None,
            "funding": [(s.source, s.amount.yuan) for s in p.funding],
            "units": p.units,
        }
        for p in programme.projects
    ]


def dict_loop(rows: list[dict[str, Any]], declared: Decimal) -> list[tuple[str, object]]:
    """Section sums and counts, split vs amount, repeated numbers, total vs declared."""
    sums: dict[str, Decimal] = {}
    counts: Counter[str] = Counter()
    by_source: dict[str, Decimal] = {}
    numbers: Counter[tuple[str, str]] = Counter()
    found: list[tuple[str, object]] = []
    total = Decimal(0)
    for row in rows:
        amount = row["amount"]
        section = row["section"]
        counts[section] += 1
        numbers[(section, row["number"])] += 1
        if amount is not None:
            sums[section] = sums.get(section, Decimal(0)) + amount
            total += amount
            split = Decimal(0)
            for source, share in row["funding"]:
                split += share
                by_source[source] = by_source.get(source, Decimal(0)) + share
            if row["funding"] and split != amount:
                found.append(("funding", row["number"]))
    found.extend(("repeated", key) for key, times in numbers.items() if times > 1)
    if total != declared:
        found.append(("total", total))
    return found


def polars_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    money = pl.Decimal(38, 2)
    return pl.DataFrame(
        {
            "number": [r["number"] for r in rows],
            "section": [r["section"] for r in rows],
            "amount": pl.Series([r["amount"] for r in rows], dtype=money),
            "split": pl.Series([sum(s for _, s in r["funding"]) for r in rows], dtype=money),
            "has_split": [bool(r["funding"]) for r in rows],
        }
    )


def polars_checks(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, object]:
    sections = frame.group_by("section").agg(pl.col("amount").sum(), pl.len())
    bad_split = frame.filter(pl.col("has_split") & (pl.col("split") != pl.col("amount")))
    repeated = frame.group_by("section", "number").len().filter(pl.col("len") > 1)
    return sections, bad_split, repeated, frame["amount"].sum()


def main(argv: list[str] | None = None) -> int:
    size, runs = sizes(__doc__.splitlines()[0], argv)
    programme = make_programme(size)
    rows = plain_rows(programme)
    frame = polars_frame(rows)
    declared = programme.declared_total.yuan if programme.declared_total else Decimal(0)
    assert reconcile(programme) == ()  # the synthetic programme is consistent
    assert dict_loop(rows, declared) == []
    timings = {
        "aidmodel reconcile": best(lambda: reconcile(programme), runs),
        "aidmodel totals_by_section": best(lambda: totals_by_section(programme), runs),
        "aidmodel totals_by_source": best(lambda: totals_by_source(programme), runs),
        "aidmodel totals_by_unit": best(lambda: totals_by_unit(programme), runs),
        "plain-dict loop": best(lambda: dict_loop(rows, declared), runs),
        "polars": best(lambda: polars_checks(frame), runs),
    }
    floor = timings["plain-dict loop"]
    print(
        f"aidmodel {aidmodel.__version__}, polars {pl.__version__}, Python {sys.version.split()[0]}"
    )
    print(f"\n### {size:,} projects (best of {runs}; ratio to the plain-dict loop)\n")
    print("| what | ms | µs per project | ratio |")
    print("|---|---:|---:|---:|")
    for name, seconds in timings.items():
        print(
            f"| {name} | {seconds * 1e3:.1f} | {seconds * 1e6 / size:.2f} | {seconds / floor:.2f}× |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
