"""Benchmark progress of a plan from its ledger against a plain-dict loop and polars.

The synthetic programme of bench/synthetic.py (100,000 projects by default) gets a
synthetic ledger of ten events a project (1,000,000 events): releases and
spendings by day or by month, milestones, an adjustment for one project in
fifty. Progress as of 30 September 2025 is computed three ways in the same run:

- aidmodel: ``progress(programme, ledger, as_of=...)`` on the model objects
  (per project, by section, fund source, place and month, rates, overdue, findings);
- plain dicts: one loop over event dicts holding Decimal amounts and a date key
  (per project sums, first milestones, the latest adjustment), then the same
  roll-ups and rates by section, source, place and month — the floor for pure Python;
- polars: the same on DataFrames with Decimal(38, 2) amounts (filter, group by
  project, join, group by section, source, place, month), built before timing.

Run from the project root after ``pip install -e .[bench]``::

    python bench/bench_progress.py            # 100,000 projects, 1,000,000 events, 5 runs
    python bench/bench_progress.py --quick    # 2,000 projects, 20,000 events, one run
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_programme, sizes, timed

import aidmodel
from aidmodel import EventKind, Ledger, LedgerEvent, Money, PartialDate, Programme, progress

try:
    import polars as pl
except ImportError:  # pragma: no cover - the bench extra is missing
    print("bench_progress needs the bench extra (polars): pip install -e .[bench]")
    raise SystemExit(2) from None

AS_OF = dt.date(2025, 9, 30)
CUTOFF = 20250999  # 30 September is the month's last day: all of September counts
MILESTONES = ("started", "completed", "accepted", "handed_over")


def make_ledger(programme: Programme, *, seed: int = 0) -> Ledger:
    """Ten events a project: 4 releases, 4 spendings, 2 milestones (or an adjustment)."""
    rng = random.Random(seed)
    events = []
    for index, project in enumerate(programme.projects):
        fen = project.amount.to_fen() if project.amount else 1_000_000
        for step in range(4):
            month = 1 + rng.randrange(12)
            day = None if step % 2 else 1 + rng.randrange(28)
            date = PartialDate(2025, month, day)
            events.append(
                LedgerEvent(
                    project=index,
                    kind=EventKind.RELEASED,
                    date=date,
                    amount=Money.from_fen(fen // 5),
                    document=f"财农〔2025〕{step + 1}号",
                )
            )
            events.append(
                LedgerEvent(
                    project=index,
                    kind=EventKind.SPENT,
                    date=PartialDate(2025, month, None),
                    amount=Money.from_fen(fen // 7),
                )
            )
        start = 1 + rng.randrange(9)
        events.append(
            LedgerEvent(project=index, kind=EventKind.STARTED, date=PartialDate(2025, start))
        )
        if index % 50 == 0:
            events.append(
                LedgerEvent(
                    project=index,
                    kind=EventKind.ADJUSTED,
                    date=PartialDate(2025, 5, 20),
                    amount=Money.from_fen(fen + 100_000),
                )
            )
        else:
            kind = EventKind.COMPLETED if index % 2 else EventKind.ACCEPTED
            events.append(
                LedgerEvent(project=index, kind=kind, date=PartialDate(2025, min(start + 3, 12)))
            )
    return Ledger(events=events)


def plain_events(ledger: Ledger) -> list[dict[str, Any]]:
    """The events as plain dicts: kind as text, a YYYYMMDD key (99 for a month), Decimal yuan."""
    return [
        {
            "project": e.project,
            "kind": e.kind.value,
            "key": e.date.year * 10000 + (e.date.month or 12) * 100 + (e.date.day or 99),
            "amount": e.amount.yuan if e.amount is not None else None,
        }
        for e in ledger.events
    ]


def plain_projects(programme: Programme) -> list[dict[str, Any]]:
    return [
        {
            "section": p.section,
            "source": p.funding[0].source if len({s.source for s in p.funding}) == 1 else None,
            "location": "、".join(p.locations) or None,
            "planned": p.amount.yuan if p.amount else None,
        }
        for p in programme.projects
    ]


def _rate(part: Decimal, whole: Decimal | None) -> Decimal | None:
    return part / whole if whole else None


def dict_loop(events: list[dict[str, Any]], projects: list[dict[str, Any]]) -> dict[str, Any]:
    """Per project sums and milestones, then roll-ups with rates: what one writes by hand."""
    count = len(projects)
    released = [Decimal(0)] * count
    spent = [Decimal(0)] * count
    adjusted: dict[int, tuple[int, Decimal]] = {}
    first: dict[str, dict[int, int]] = {kind: {} for kind in MILESTONES}
    by_month: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for event in events:
        key = event["key"]
        if key > CUTOFF:
            continue
        project, kind = event["project"], event["kind"]
        month = key // 100
        if kind == "released":
            released[project] += event["amount"]
            by_month[month][0] += event["amount"]
        elif kind == "spent":
            spent[project] += event["amount"]
            by_month[month][1] += event["amount"]
        elif kind == "adjusted":
            if project not in adjusted or key >= adjusted[project][0]:
                adjusted[project] = (key, event["amount"])
        else:
            seen = first[kind]
            if project not in seen or key < seen[project]:
                seen[project] = key
    rows = []
    for index, project in enumerate(projects):
        planned = adjusted[index][1] if index in adjusted else project["planned"]
        rows.append(
            {
                "planned": planned,
                "released": released[index],
                "spent": spent[index],
                "release_rate": _rate(released[index], planned),
                "spend_rate": _rate(spent[index], planned),
                "started": index in first["started"],
                "completed": index in first["completed"] or index in first["accepted"],
            }
        )
    rollups = {}
    for field in ("section", "source", "location"):
        groups: dict[Any, list[Any]] = defaultdict(lambda: [Decimal(0)] * 3 + [0, 0, 0])
        for project, row in zip(projects, rows, strict=True):
            group = groups[project[field]]
            group[0] += row["planned"] or 0
            group[1] += row["released"]
            group[2] += row["spent"]
            group[3] += 1
            group[4] += row["started"]
            group[5] += row["completed"]
        rollups[field] = {
            key: (*g, _rate(g[1], g[0]), _rate(g[2], g[0]), _rate(Decimal(g[4]), Decimal(g[3])))
            for key, g in groups.items()
        }
    total_released = sum(released, Decimal(0))
    months = []
    running = [Decimal(0), Decimal(0)]
    for month in sorted(by_month):
        running = [running[0] + by_month[month][0], running[1] + by_month[month][1]]
        months.append((month, *running))
    return {"rows": rows, "rollups": rollups, "months": months, "released": total_released}


def polars_frames(
    events: list[dict[str, Any]], projects: list[dict[str, Any]]
) -> tuple[pl.DataFrame, pl.DataFrame]:
    money = pl.Decimal(38, 2)
    frame = pl.DataFrame(
        {
            "project": [e["project"] for e in events],
            "kind": pl.Series([e["kind"] for e in events], dtype=pl.Categorical),
            "key": [e["key"] for e in events],
            "amount": pl.Series([e["amount"] for e in events], dtype=money),
        }
    )
    plan = pl.DataFrame(
        {
            "project": list(range(len(projects))),
            "section": [p["section"] for p in projects],
            "source": [p["source"] for p in projects],
            "location": [p["location"] for p in projects],
            "planned": pl.Series([p["planned"] for p in projects], dtype=money),
        }
    )
    return frame, plan


def polars_progress(frame: pl.DataFrame, plan: pl.DataFrame) -> dict[str, pl.DataFrame]:
    kind, amount, key = pl.col("kind"), pl.col("amount"), pl.col("key")
    done = frame.filter(key <= CUTOFF)
    per = done.group_by("project").agg(
        released=amount.filter(kind == "released").sum(),
        spent=amount.filter(kind == "spent").sum(),
        adjusted=amount.filter(kind == "adjusted").sort_by(key.filter(kind == "adjusted")).last(),
        started=(kind == "started").any(),
        completed=kind.is_in(["completed", "accepted", "handed_over"]).any(),
    )
    rows = (
        plan.join(per, on="project", how="left")
        .with_columns(planned=pl.coalesce("adjusted", "planned"))
        .with_columns(
            release_rate=pl.col("released") / pl.col("planned"),
            spend_rate=pl.col("spent") / pl.col("planned"),
        )
    )
    out = {"rows": rows}
    for field in ("section", "source", "location"):
        out[field] = (
            rows.group_by(field)
            .agg(
                pl.col("planned").sum(),
                pl.col("released").sum(),
                pl.col("spent").sum(),
                pl.len(),
                pl.col("started").sum(),
                pl.col("completed").sum(),
            )
            .with_columns(
                release_rate=pl.col("released") / pl.col("planned"),
                spend_rate=pl.col("spent") / pl.col("planned"),
            )
        )
    out["months"] = (
        done.filter(kind.is_in(["released", "spent"]))
        .group_by((key // 100).alias("month"), "kind")
        .agg(amount.sum())
        .sort("month")
    )
    return out


def main(argv: list[str] | None = None) -> int:
    size, runs = sizes(__doc__.splitlines()[0], argv)
    programme = make_programme(size)
    ledger = make_ledger(programme)
    events, projects = plain_events(ledger), plain_projects(programme)
    frame, plan = polars_frames(events, projects)
    ours = progress(programme, ledger, as_of=AS_OF)
    theirs = dict_loop(events, projects)
    assert ours.total.released.yuan == theirs["released"]  # the same figures
    assert polars_progress(frame, plan)["rows"]["released"].sum() == theirs["released"]
    timings = {
        "aidmodel progress": timed(lambda: progress(programme, ledger, as_of=AS_OF), runs),
        "plain-dict loop": timed(lambda: dict_loop(events, projects), runs),
        "polars": timed(lambda: polars_progress(frame, plan), runs),
    }
    medians = {name: statistics.median(times) for name, times in timings.items()}
    floor = medians["plain-dict loop"]
    print(
        f"aidmodel {aidmodel.__version__}, polars {pl.__version__}, Python {sys.version.split()[0]}"
    )
    print(
        f"\n### progress as of {AS_OF}: {size:,} projects, {len(ledger.events):,} events"
        f" (median of {runs}; ratio to the plain-dict loop)\n"
    )
    print("| what | median ms | best ms | µs per event | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, times in timings.items():
        median = medians[name]
        print(
            f"| {name} | {median * 1e3:.1f} | {min(times) * 1e3:.1f}"
            f" | {median * 1e6 / len(ledger.events):.2f} | {median / floor:.2f}× |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
