"""Benchmark the gazetteer: find_divisions on 1 MB of plan text.

The text is the plan fixtures under tests/fixtures, repeated and cut at 1,000,000 bytes
of UTF-8 (about 390,000 characters). Prints the best of N runs with and without stems,
and the one-off cost of loading the tables. Run from the project root::

    python bench/bench_gazetteer.py            # best of 5
    python bench/bench_gazetteer.py --quick    # best of 1 (smoke test)
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from aidmodel.importers.lexicon._gazetteer import _tables, find_divisions

SIZE = 1_000_000


def corpus(size: int = SIZE) -> str:
    """The fixture texts repeated to ``size`` bytes of UTF-8."""
    root = Path(__file__).resolve().parents[1] / "tests/fixtures"
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt")))
    repeated = text * (size // len(text.encode()) + 1)
    return repeated.encode()[:size].decode(errors="ignore")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run each")
    runs = 1 if parser.parse_args().quick else 5
    start = time.perf_counter()
    _tables()
    print(f"load tables: {time.perf_counter() - start:.3f} s")
    text = corpus()
    for stems in (False, True):
        best, found = float("inf"), ()
        for _ in range(runs):
            start = time.perf_counter()
            found = find_divisions(text, stems=stems)
            best = min(best, time.perf_counter() - start)
        print(
            f"find_divisions(stems={stems}): {len(text.encode()):,} bytes, "
            f"{len(text):,} characters, {len(found):,} matches, best of {runs}: {best:.3f} s"
        )


if __name__ == "__main__":
    main()
