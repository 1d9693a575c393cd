"""Compare parse_plan's speed of two versions of aidmodel, interleaved in one session.

Each round times ``parse_plan`` on the 20-project plan of ``bench/synthetic_plan.py`` (best
of 40, the garbage collector on, after 5 warm-up parses) in a fresh process for the base
version and for this one, alternating which goes first, so that the load of a shared machine
falls alike on both. The base is a source tree given by ``--base-src`` (for example ``git
worktree add /tmp/base main``, then ``--base-src /tmp/base/src``).

Run from the project root after ``pip install -e .``::

    python bench/ab_import.py --base-src /tmp/base/src            # 8 rounds
    python bench/ab_import.py --base-src /tmp/base/src --rounds 3
    python bench/ab_import.py --quick       # one round, this version as base (smoke test)

Figures: the best of all rounds and the median of the rounds' medians, in ms per plan.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"

CHILD = r"""
import statistics, sys, time
sys.path.insert(0, sys.argv[2])
from synthetic_plan import make_plan_text
import aidmodel
from aidmodel.importers import parse_plan
assert aidmodel.__file__.startswith(sys.argv[1]), aidmodel.__file__
text = make_plan_text(20)
for _ in range(5):
    parse_plan(text)
times = []
for _ in range(40):
    start = time.perf_counter()
    parse_plan(text)
    times.append(time.perf_counter() - start)
print(min(times) * 1000, statistics.median(times) * 1000)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-src", help="the src folder of the base version")
    parser.add_argument("--rounds", type=int, default=8, help="rounds (8)")
    parser.add_argument("--quick", action="store_true", help="smoke test (itself as base)")
    args = parser.parse_args(argv)
    if args.quick:
        args.rounds = 1
        args.base_src = args.base_src or str(SRC)
    if not args.base_src:
        parser.error("--base-src is required (the src folder of the base version)")
    sources = {"base": str(Path(args.base_src).resolve()), "this": str(SRC)}
    found: dict[str, list[tuple[float, float]]] = {name: [] for name in sources}
    for index in range(args.rounds):
        order = list(sources) if index % 2 == 0 else list(sources)[::-1]
        for name in order:
            env = dict(os.environ, PYTHONPATH=sources[name])
            command = [sys.executable, "-c", CHILD, sources[name], str(HERE)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            best, median = map(float, done.stdout.split())
            found[name].append((best, median))
    for name, runs in found.items():
        best = min(b for b, _ in runs)
        median = statistics.median(m for _, m in runs)
        print(f"{name}: best {best:.2f} ms, median of medians {median:.2f} ms ({sources[name]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
