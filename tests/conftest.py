"""Shared test configuration: hypothesis profiles "dev" (default) and "ci", and the
fixture ``reader`` (each JSON parser the wire format reads with)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from aidmodel.serialize import _read

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


READERS = [
    "json",
    pytest.param(
        "orjson", marks=pytest.mark.skipif(_read._orjson is None, reason="orjson is not installed")
    ),
]


@pytest.fixture(params=READERS)
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test once with each JSON parser (the standard library's forced by a switch)."""
    if request.param == "json":
        monkeypatch.setattr(_read, "_orjson", None)
    return str(request.param)
