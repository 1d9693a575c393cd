"""Print pip constraints pinning each runtime dependency of pyproject.toml to its floor.

CI's lowest job installs with them (``pip install -c constraints.txt -e '.[test]'``), so the
floors that pyproject.toml declares are the versions that job proves::

    python tools/lowest_constraints.py > constraints.txt

A dependency without a ``>=`` floor is an error: its lowest version would be a guess.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    sys.exit("tools/lowest_constraints.py needs Python 3.11 or newer (tomllib)")

ROOT = Path(__file__).resolve().parents[1]
_FLOOR = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)\s*>=\s*([0-9][^,;\s]*)\s*$")


def constraints(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """``name==floor`` for each of ``[project] dependencies``, in their order."""
    with pyproject.open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    pins = []
    for requirement in dependencies:
        match = _FLOOR.match(requirement)
        if match is None:
            raise SystemExit(f"{pyproject}: {requirement!r} has no single '>=' floor to pin")
        pins.append(f"{match[1]}=={match[2]}")
    return pins


if __name__ == "__main__":
    sys.stdout.write("".join(f"{pin}\n" for pin in constraints()))
