"""Compare the wire format's speed of two versions of aidmodel, interleaved in one session.

Each round runs ``bench/bench_model.py``'s child (one library, one operation, a fresh
process holding only the JSON bytes) for the base version, this version and msgspec, one
after the other, so that the load of a shared machine falls alike on all three. The base
is a source tree given by ``--base-src`` (for example ``git archive main src | tar -x -C
/tmp/base``) put first on the child's ``PYTHONPATH``.

Run from the project root after ``pip install -e .[bench]``::

    python bench/ab_model.py --base-src /tmp/base/src                  # 10,000 projects, 5 rounds
    python bench/ab_model.py --base-src /tmp/base/src --size 100000 --rounds 3 --ops load
    python bench/ab_model.py --quick        # 200 projects, one round, load, this version as base

Figures are the median over the rounds of each child's median (3 timed runs) of CPU
microseconds per project, with the ratio to msgspec and base/this version.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERSIONS = ("base", "this", "msgspec")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-src", help="the src folder of the base version")
    parser.add_argument("--quick", action="store_true", help="smoke test (itself as base)")
    parser.add_argument("--size", type=int, default=10_000, help="projects (10000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (5)")
    parser.add_argument("--ops", default="load,dump", help="load,dump")
    args = parser.parse_args(argv)
    if args.quick:
        args.size, args.rounds, args.ops = 200, 1, "load"
        args.base_src = args.base_src or str(HERE.parent / "src")
    if not args.base_src:
        parser.error("--base-src is required (the src folder of the base version)")
    sys.path.insert(0, str(HERE))
    from synthetic import make_programme

    from aidmodel import to_json

    operations = args.ops.split(",")
    found: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"programme-{args.size}.json"
        path.write_bytes(to_json(make_programme(args.size)).encode())
        for _ in range(args.rounds):
            for version in VERSIONS:
                env = dict(os.environ)
                if version == "base":
                    env["PYTHONPATH"] = os.pathsep.join([args.base_src, env.get("PYTHONPATH", "")])
                library = "msgspec" if version == "msgspec" else "aidmodel"
                for operation in operations:
                    command = [sys.executable, str(HERE / "bench_model.py"), "--child"]
                    command += [library, operation, str(path), "3"]
                    done = subprocess.run(
                        command, capture_output=True, text=True, env=env, check=True
                    )
                    times = json.loads(done.stdout)["us"]
                    found.setdefault((version, operation), []).append(statistics.median(times))
    print(f"{args.size:,} projects, {args.rounds} rounds (µs of CPU time per project)")
    for operation in operations:
        median = {version: statistics.median(found[version, operation]) for version in VERSIONS}
        peer = median["msgspec"]
        print(
            f"{operation}: base {median['base']:.2f} ({median['base'] / peer:.2f}×)"
            f"  this {median['this']:.2f} ({median['this'] / peer:.2f}×)  msgspec {peer:.2f}"
            f"  this/base {median['this'] / median['base']:.3f}"
        )
        for version in VERSIONS:
            runs = ", ".join(f"{value:.2f}" for value in found[version, operation])
            print(f"  {version}: {runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
