"""Benchmark start-up: ``import aidmodel`` and ``aidmodel --help`` against ``python -c pass``.

Each command runs in a fresh interpreter, the three interleaved, after one
untimed round that writes the ``.pyc`` files; the figure is the median wall
time of the runs, in milliseconds, and "above pass" subtracts the median of
``python -c pass`` taken in the same run (the interpreter's own start).

Run from the project root::

    python bench/bench_startup.py             # 30 rounds
    python bench/bench_startup.py --quick     # 3 rounds (smoke test)
    python bench/bench_startup.py --top 15    # also the 15 slowest imports (-X importtime)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

#: The console script ``aidmodel`` as pip writes it: import main from aidmodel.cli and call it.
_CLI = "import sys; from aidmodel.cli import main; sys.argv[0] = 'aidmodel'; sys.exit(main())"

COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "import aidmodel": ["-c", "import aidmodel"],
    "aidmodel --help": ["-c", _CLI, "--help"],
    "aidmodel upper 766万元": ["-c", _CLI, "upper", "766万元"],
}


def _run(arguments: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *arguments],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    return time.perf_counter() - start


def measure(rounds: int) -> dict[str, list[float]]:
    """Wall times in seconds of each command, ``rounds`` times, interleaved."""
    # Writes the .pyc files, also where the environment says not to (PYTHONDONTWRITEBYTECODE,
    # set in some containers): else every timed run would compile the sources again.
    writing = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for arguments in COMMANDS.values():
        _run(arguments, writing)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(rounds):
        for name, arguments in COMMANDS.items():
            times[name].append(_run(arguments))
    return times


def slowest_imports(count: int) -> list[tuple[int, str]]:
    """The ``count`` imports of ``import aidmodel`` with the most cumulative time (µs)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import aidmodel"],
        check=True,
        capture_output=True,
        text=True,
    )
    found = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            found.append((int(parts[1]), parts[2].rstrip()))
    return sorted(found, reverse=True)[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--top", type=int, default=0, help="list the N slowest imports")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else args.rounds
    print(f"Python {sys.version.split()[0]}, {Path(sys.executable)}; median of {rounds} runs")
    times = measure(rounds)
    base = statistics.median(times["python -c pass"])
    print()
    print("| command | ms | above pass |")
    print("|---|---:|---:|")
    for name, found in times.items():
        median = statistics.median(found)
        print(f"| {name} | {median * 1e3:.1f} | {(median - base) * 1e3:.1f} |")
    if args.top:
        print()
        print("| cumulative ms | module |")
        print("|---:|---|")
        for micros, module in slowest_imports(args.top):
            print(f"| {micros / 1e3:.1f} | {module.strip()} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
