"""Calls that are wrong, each marked with the error code mypy --strict gives it.

Never run (the calls sit in a function no one calls) and left out of the project's mypy
run (pyproject.toml excludes it): tests/typing/test_mypy.py checks that mypy reports each
marked line with its code, and nothing else.

A line marked ``# HOLE: code`` is a wrong call mypy does not catch yet but should (with
that code): the library's annotations are too loose. The test checks that mypy is still
silent on it, so that the day the annotation is fixed the mark must become ``# E:``.
"""

from __future__ import annotations

from decimal import Decimal

from aidmodel import FundingShare, MechanismTask, Money, Programme, Project, Section


def wrong_calls() -> None:
    Programme(title="t", projects=["x"])  # E: list-item
    Programme(title="t", fund_sources=42)  # E: arg-type
    Programme(title="t", projects=Project(name="x"))  # E: arg-type
    Project(name="x", units="县农业农村局")  # E: arg-type
    Project(name="x", section=1)  # E: arg-type
    Project(name="x", amount=766)  # E: arg-type
    Project(name="x", status="续建")  # E: arg-type
    FundingShare(amount=None)  # E: arg-type
    Section(id="1", title="t", subsections=Section(id="2", title="u"))  # E: arg-type
    MechanismTask(title="t", units=("a", 1))  # E: arg-type
    Money.from_wan(1) + 1  # E: operator
    1 + Money.from_wan(1)  # E: operator
    Money.from_wan(1) - Decimal(1)  # E: operator
    _ = Money.from_wan(1) < 1  # E: operator
    _ = Money(0) == 0  # E: comparison-overlap
    Money.from_wan(1.5)  # E: arg-type
    sum([Money.from_wan(1)]).to_wan()  # E: attr-defined
    Money.total([Money.from_wan(1), 16])  # E: list-item
    # Found writing examples/build_a_plan.py (the guide's app): refused at run time with an
    # InvalidTypeError that points to Money.multiply, Money.__mul__ took any object (now an int).
    Money.from_wan(1) * Decimal("1.5")  # E: operator
    Money.from_wan(1) * 1.5  # E: operator
    2.5 * Money.from_wan(1)  # E: operator
