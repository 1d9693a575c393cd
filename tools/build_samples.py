"""Write the bundled sample JSON from the hand-made builders in tools/samples/.

Run from the project root: python tools/build_samples.py
Writes src/aidmodel/samples/data/<name>.json and examples/samples/<name>.json, and the
fictional ledgers of tools/samples/ledger_*.py to src/aidmodel/samples/data/ledgers/<name>.json.
tests/unit/test_samples.py fails when the bundled files differ from what this writes.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from aidmodel import Ledger, Programme, to_json  # noqa: E402

BUILDERS = (
    "samples.seed_000",
    "samples.seed_001",
    "samples.seed_002",
    "samples.seed_003",
    "samples.seed_004",
)


def build_all() -> dict[str, Programme]:
    """Every sample by name, from every builder module present."""
    programmes: dict[str, Programme] = {}
    for module_name in BUILDERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        for name, programme in module.build().items():
            if name in programmes:
                raise SystemExit(f"sample name {name!r} built twice")
            programmes[name] = programme
    return programmes


LEDGER_BUILDERS = ("samples.ledger_000",)


def build_ledgers() -> dict[str, Ledger]:
    """Every fictional sample ledger by the name of its programme's sample."""
    ledgers: dict[str, Ledger] = {}
    for module_name in LEDGER_BUILDERS:
        ledgers.update(importlib.import_module(module_name).build())
    return ledgers


def render(document: Programme | Ledger) -> str:
    return to_json(document, indent=2) + "\n"


def main() -> int:
    for name, programme in sorted(build_all().items()):
        text = render(programme)
        for folder in (
            ROOT / "src" / "aidmodel" / "samples" / "data",
            ROOT / "examples" / "samples",
        ):
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}.json").write_text(text, encoding="utf-8")
        print(f"wrote {name}.json")
    for name, ledger in sorted(build_ledgers().items()):
        folder = ROOT / "src" / "aidmodel" / "samples" / "data" / "ledgers"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.json").write_text(render(ledger), encoding="utf-8")
        print(f"wrote ledgers/{name}.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
