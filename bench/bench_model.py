"""Benchmark the model's wire format against msgspec, pydantic v2 and plain dicts + orjson.

One synthetic programme (bench/synthetic.py) of 10,000 and 100,000 projects is
dumped to JSON and loaded back with full validation by each library, in the
same run, garbage collector on (what an application sees):

- aidmodel: ``to_json(programme)`` and ``from_json(text, Programme)``; built
  from plain data with ``from_dict``.
- msgspec: ``msgspec.Struct`` classes of the same shape (amounts as Decimal,
  enums as enums), ``msgspec.json.encode`` / ``decode(type=...)``.
- pydantic: ``BaseModel`` classes of the same shape, ``model_dump_json`` /
  ``model_validate_json``.
- dict+orjson: plain dicts, ``orjson.dumps`` / ``orjson.loads`` — no
  validation at all, the floor.

Run from the project root after ``pip install -e .[bench]``::

    python bench/bench_model.py            # 10k and 100k projects, best of 3
    python bench/bench_model.py --quick    # 1,000 projects, one run (smoke test)

Figures are microseconds per project (best of the runs) and the peak memory of
one load and what its result keeps (tracemalloc, in a separate pass so it does not
slow the timing).
"""

from __future__ import annotations

import argparse
import enum
import gc
import sys
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import best, make_programme

import aidmodel
from aidmodel import Programme, from_dict, from_json, to_dict, to_json

try:
    import msgspec
    import orjson
    import pydantic
except ImportError as exc:  # pragma: no cover - the bench extra is missing
    print(f"bench_model needs the bench extra ({exc.name} is missing): pip install -e .[bench]")
    raise SystemExit(2) from None


class Status(enum.Enum):
    NEW = "new"
    CONTINUED = "continued"


class Bound(enum.Enum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    NEARLY = "nearly"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


# -- msgspec: the same shape ---------------------------------------------------------------


class MQuantity(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    value: Decimal
    unit: str
    bound: Bound = Bound.EXACT
    high: Decimal | None = None
    per: str | None = None
    text: str | None = None


class MCommitment(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    metric: str
    target: MQuantity
    text: str | None = None


class MShare(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    amount: Decimal
    source: str | None = None


class MProject(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: str
    number: str | None = None
    section: str | None = None
    category: str | None = None
    amount: Decimal | None = None
    funding: list[MShare] = []
    locations: list[str] = []
    units: list[str] = []
    deadline: str | None = None
    status: Status | None = None
    content: str | None = None
    commitments: list[MCommitment] = []


class MRegion(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: str
    full_name: str | None = None


class MSource(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    key: str
    kind: str
    amount: Decimal | None = None


class MSection(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    title: str
    number: str | None = None


class MProgramme(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    format_version: int
    title: str
    scheme: str
    donor: MRegion
    recipient: MRegion
    year: int
    document_number: str | None = None
    declared_total: Decimal | None = None
    declared_project_count: int | None = None
    fund_sources: list[MSource] = []
    sections: list[MSection] = []
    projects: list[MProject] = []


# -- pydantic: the same shape --------------------------------------------------------------

_STRICT = pydantic.ConfigDict(extra="forbid", frozen=True)


class PQuantity(pydantic.BaseModel):
    model_config = _STRICT
    value: Decimal
    unit: str
    bound: Bound = Bound.EXACT
    high: Decimal | None = None
    per: str | None = None
    text: str | None = None


class PCommitment(pydantic.BaseModel):
    model_config = _STRICT
    metric: str
    target: PQuantity
    text: str | None = None


class PShare(pydantic.BaseModel):
    model_config = _STRICT
    amount: Decimal
    source: str | None = None


class PProject(pydantic.BaseModel):
    model_config = _STRICT
    number: str | None = None
    name: str
    section: str | None = None
    category: str | None = None
    amount: Decimal | None = None
    funding: tuple[PShare, ...] = ()
    locations: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    deadline: str | None = None
    status: Status | None = None
    content: str | None = None
    commitments: tuple[PCommitment, ...] = ()


class PRegion(pydantic.BaseModel):
    model_config = _STRICT
    name: str
    full_name: str | None = None


class PSource(pydantic.BaseModel):
    model_config = _STRICT
    key: str
    kind: str
    amount: Decimal | None = None


class PSection(pydantic.BaseModel):
    model_config = _STRICT
    id: str
    number: str | None = None
    title: str


class PProgramme(pydantic.BaseModel):
    model_config = _STRICT
    format_version: int
    title: str
    scheme: str
    donor: PRegion
    recipient: PRegion
    year: int
    document_number: str | None = None
    declared_total: Decimal | None = None
    declared_project_count: int | None = None
    fund_sources: tuple[PSource, ...] = ()
    sections: tuple[PSection, ...] = ()
    projects: tuple[PProject, ...] = ()


# -- the run -------------------------------------------------------------------------------


def memory(func: Callable[[], object]) -> tuple[int, int]:
    """The memory the result of ``func`` keeps, and the peak traced while it runs.

    The peak of every JSON load includes the parser's scratch space (orjson's is
    about 17 times the text), so the kept size is the one to compare between models.
    """
    gc.collect()
    tracemalloc.start()
    result = func()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return kept, peak


Row = tuple[str, float, float, float, tuple[int, int]]


def measure(size: int, runs: int) -> list[Row]:
    """Per library: build from plain data, dump, load (µs per project), load memory (bytes)."""
    programme = make_programme(size)
    plain = to_dict(programme)
    text = to_json(programme)
    raw = text.encode()
    m_obj = msgspec.json.decode(raw, type=MProgramme)
    p_obj = PProgramme.model_validate_json(raw)
    # Every library must read back what it wrote, and the same data.
    assert from_json(text, Programme) == programme
    assert msgspec.json.decode(msgspec.json.encode(m_obj), type=MProgramme) == m_obj
    assert PProgramme.model_validate_json(p_obj.model_dump_json(exclude_defaults=True)) == p_obj
    assert len(m_obj.projects) == len(p_obj.projects) == size

    cases: dict[str, tuple[Callable[[], object], Callable[[], object], Callable[[], object]]] = {
        "aidmodel": (
            lambda: from_dict(plain, Programme),
            lambda: to_json(programme),
            lambda: from_json(raw, Programme),
        ),
        "msgspec": (
            lambda: msgspec.convert(plain, MProgramme),
            lambda: msgspec.json.encode(m_obj),
            lambda: msgspec.json.decode(raw, type=MProgramme),
        ),
        "pydantic": (
            lambda: PProgramme.model_validate(plain),
            lambda: p_obj.model_dump_json(exclude_defaults=True),
            lambda: PProgramme.model_validate_json(raw),
        ),
        "dict+orjson": (
            lambda: dict(plain),
            lambda: orjson.dumps(plain),
            lambda: orjson.loads(raw),
        ),
    }
    rows = []
    for name, (build, dump, load) in cases.items():
        per = 1e6 / size
        rows.append(
            (
                name,
                best(build, runs) * per,
                best(dump, runs) * per,
                best(load, runs) * per,
                memory(load),
            )
        )
    return rows


def report(size: int, rows: list[Row]) -> str:
    """A Markdown table of one size, with ratios to msgspec."""
    base = {name: (b, d, lo) for name, b, d, lo, _ in rows}["msgspec"]
    lines = [
        f"### {size:,} projects (µs per project, best run; ratio to msgspec)",
        "",
        "| library | build from dicts | dump to JSON | load from JSON | kept MB | load peak MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, build, dump, load, (kept, peak) in rows:
        lines.append(
            f"| {name} | {build:.2f} ({build / base[0]:.1f}×) | {dump:.2f} ({dump / base[1]:.1f}×)"
            f" | {load:.2f} ({load / base[2]:.1f}×) | {kept / 2**20:.1f} | {peak / 2**20:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 projects, one run")
    args = parser.parse_args(argv)
    sizes, runs = ((1_000,), 1) if args.quick else ((10_000, 100_000), 3)
    versions = (
        f"aidmodel {aidmodel.__version__}, msgspec {msgspec.__version__}, "
        f"pydantic {pydantic.VERSION}, orjson {orjson.__version__}, Python {sys.version.split()[0]}"
    )
    print(versions)
    for size in sizes:
        print()
        print(report(size, measure(size, runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
