"""Shared test configuration: hypothesis profiles "dev" (default) and "ci"."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile(
    "ci",
    max_examples=400,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_addoption(parser: object) -> None:
    """--update-golden rewrites the golden files under tests/golden instead of comparing."""
    parser.addoption(  # type: ignore[attr-defined]
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden files under tests/golden",
    )
