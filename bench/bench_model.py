"""Benchmark the model's wire format against msgspec, pydantic v2 and plain dicts + orjson.

One synthetic programme (bench/synthetic.py) of 10,000, 100,000 and 300,000
projects is written once as JSON bytes; then each library loads those bytes and
dumps what it loaded, with full validation, garbage collector on:

- aidmodel: ``from_json(raw, Programme)`` and ``to_json(programme)``; the dump to bytes
  too, ``aidmodel.serialize.to_json_bytes`` (what msgspec and orjson return).
- msgspec: ``msgspec.Struct`` classes of the same shape (bench/peers.py: amounts
  as Decimal, enums as enums), ``msgspec.json.decode(type=...)`` / ``encode``.
- pydantic: ``BaseModel`` classes of the same shape, ``model_validate_json`` /
  ``model_dump_json``.
- dict+orjson: plain dicts, ``orjson.loads`` / ``orjson.dumps``: no validation at
  all, the floor.

Each library runs in a child process of its own, which holds nothing but the
JSON bytes when it loads (how an application loads a file) and nothing but the
loaded objects when it dumps. The collector's work grows with what is alive, so
timing one library while another's object graphs are alive would charge it for
them.

Run from the project root after ``pip install -e .[bench]``::

    python bench/bench_model.py                  # 10k, 100k and 300k projects, median of 3
    python bench/bench_model.py --sizes 10000    # one size
    python bench/bench_model.py --quick          # 1,000 projects, one run (smoke test)

Figures are microseconds of CPU time per project (``time.process_time``: the
median of the runs, each after a ``gc.collect()``) with the ratio to msgspec in
the same run. Every call timed runs on one thread, so on an idle machine its CPU
time is its wall time; on a machine shared with other work the wall time also
counts the waits for a core, which vary from run to run (``--wall`` times that
instead). Memory, of the
first load in the fresh child: "kept MB" is what the loaded result holds
(tracemalloc, in a separate load after the timed ones); "peak MB" is how far the
process's resident memory rose above what it held before the load (the high
water mark, ``ru_maxrss``), parser scratch included; "peak/kept" is their ratio.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LIBRARIES = ("aidmodel", "msgspec", "pydantic", "dict+orjson")
#: aidmodel's dump to bytes (what msgspec and orjson return), timed besides ``to_json``.
BYTES = "aidmodel to_json_bytes"


# -- the child: one library, one operation, in a fresh process -------------------------------


def _operations(library: str) -> tuple[Callable[[bytes], Any], Callable[[Any], Any]]:
    """(load, dump) of a library; imports only that library."""
    if library == "aidmodel":
        from aidmodel import Programme, from_json, to_json

        return (lambda raw: from_json(raw, Programme)), to_json
    if library == BYTES:
        from aidmodel import Programme, from_json
        from aidmodel.serialize import to_json_bytes

        return (lambda raw: from_json(raw, Programme)), to_json_bytes
    if library == "msgspec":
        import msgspec

        sys.path.insert(0, str(HERE))
        from peers import MProgramme

        return (lambda raw: msgspec.json.decode(raw, type=MProgramme)), msgspec.json.encode
    if library == "pydantic":
        sys.path.insert(0, str(HERE))
        from peers import PProgramme

        return PProgramme.model_validate_json, lambda obj: obj.model_dump_json(
            exclude_defaults=True
        )
    import orjson

    return orjson.loads, orjson.dumps


def _resident() -> int:
    """The resident memory of this process now, in bytes."""
    with open("/proc/self/statm", encoding="ascii") as file:
        return int(file.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _high_water() -> int:
    """The most resident memory this process has held, in bytes (Linux: ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def child(
    library: str, operation: str, path: str, runs: int, clock: Callable[[], float]
) -> dict[str, Any]:
    """Time ``operation`` of ``library`` on the document at ``path``: µs, memory.

    The first load is the first in the process: its rise of resident memory is the peak.
    """
    load, dump = _operations(library)
    raw = Path(path).read_bytes()
    size = int(Path(path).stem.rsplit("-", 1)[1])
    times: list[float] = []
    found: dict[str, Any] = {"library": library, "operation": operation, "projects": size}
    if operation == "load":
        gc.collect()
        before = _resident()
        for run in range(runs):
            gc.collect()
            start = clock()
            result = load(raw)
            times.append(clock() - start)
            if run == 0:
                found["peak"] = _high_water() - before
            del result
        gc.collect()
        tracemalloc.start()
        result = load(raw)
        found["kept"] = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del result
    else:
        loaded = load(raw)
        del raw
        for _ in range(runs):
            gc.collect()
            start = clock()
            dump(loaded)
            times.append(clock() - start)
    found["us"] = [t * 1e6 / size for t in times]
    return found


# -- the parent: the document, the children, the report -------------------------------------


def measure(
    size: int, runs: int, folder: Path, *, wall: bool
) -> dict[tuple[str, str], dict[str, Any]]:
    """Every library's load and dump of one document of ``size`` projects."""
    sys.path.insert(0, str(HERE))
    from synthetic import make_programme

    from aidmodel import to_json

    path = folder / f"programme-{size}.json"
    path.write_bytes(to_json(make_programme(size)).encode())
    results = {}
    for library in (*LIBRARIES, BYTES):
        for operation in ("dump",) if library == BYTES else ("load", "dump"):
            command = [sys.executable, __file__, "--child", library, operation, str(path)]
            command += [str(runs), "--wall"] if wall else [str(runs)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"{library} {operation} failed:\n{done.stderr}")
            results[library, operation] = json.loads(done.stdout)
    return results


def report(size: int, results: dict[tuple[str, str], dict[str, Any]], *, wall: bool) -> str:
    """A Markdown table of one size, with ratios to msgspec."""
    median = {key: statistics.median(found["us"]) for key, found in results.items()}
    runs = len(results["msgspec", "load"]["us"])
    lines = [
        f"### {size:,} projects (µs of {'wall' if wall else 'CPU'} time per project,"
        f" median of {runs}; ratio to msgspec)",
        "",
        "| library | load from JSON | dump to JSON | kept MB | peak MB | peak/kept |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for library in LIBRARIES:
        load, dump = median[library, "load"], median[library, "dump"]
        kept, peak = results[library, "load"]["kept"], results[library, "load"]["peak"]
        lines.append(
            f"| {library} | {load:.2f} ({load / median['msgspec', 'load']:.1f}×)"
            f" | {dump:.2f} ({dump / median['msgspec', 'dump']:.1f}×)"
            f" | {kept / 2**20:.1f} | {peak / 2**20:.1f} | {peak / kept:.2f} |"
        )
    dump = median[BYTES, "dump"]
    lines.append(f"| {BYTES} | | {dump:.2f} ({dump / median['msgspec', 'dump']:.1f}×) | | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 projects, one run")
    parser.add_argument("--sizes", help="comma-separated project counts (10000,100000,300000)")
    parser.add_argument("--runs", type=int, help="timed runs per library (3)")
    parser.add_argument("--wall", action="store_true", help="time wall clock, not CPU time")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        library, operation, path, runs = args.child
        clock = time.perf_counter if args.wall else time.process_time
        print(json.dumps(child(library, operation, path, int(runs), clock)))
        return 0
    try:
        import msgspec
        import orjson
        import pydantic
    except ImportError as exc:  # pragma: no cover - the bench extra is missing
        print(f"bench_model needs the bench extra ({exc.name} is missing): pip install -e .[bench]")
        return 2
    import aidmodel

    sizes = (1_000,) if args.quick else (10_000, 100_000, 300_000)
    if args.sizes:
        sizes = tuple(int(size) for size in args.sizes.split(","))
    runs = args.runs or (1 if args.quick else 3)
    print(
        f"aidmodel {aidmodel.__version__}, msgspec {msgspec.__version__}, "
        f"pydantic {pydantic.VERSION}, orjson {orjson.__version__}, Python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            print()
            results = measure(size, runs, Path(folder), wall=args.wall)
            print(report(size, results, wall=args.wall), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
