"""A wrong argument to a public function gets an AidModelError that names the function (the
mistakes an app makes that mypy reports but Python would not catch before an AttributeError)."""

from __future__ import annotations

import pytest

from aidmodel import AidModelError, ProjectStatus, Scheme, aggregate, reconcile, samples
from aidmodel.errors import InvalidTypeError, InvalidValueError

_TAKING_A_PROGRAMME = [
    reconcile,
    aggregate.totals_by_unit,
    aggregate.totals_by_location,
    aggregate.totals_by_source,
    aggregate.totals_by_year,
    aggregate.totals_by_status,
    aggregate.totals_by_deadline,
    aggregate.totals_by_section,
    aggregate.commitment_totals,
]


@pytest.mark.parametrize("function", _TAKING_A_PROGRAMME, ids=lambda f: f.__name__)
def test_a_list_of_programmes_where_one_is_wanted_is_named(function: object) -> None:
    plan = samples.load("shizhong-ebian-2025")
    with pytest.raises(InvalidTypeError) as info:
        function([plan])  # type: ignore[operator]
    assert str(info.value).startswith(f"{function.__name__}(programme=...): a list is not a")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("enum", "label", "value"),
    [(Scheme, "省内结对帮扶", "in_province_pairing"), (ProjectStatus, "续建", "continued")],
)
def test_a_label_given_as_an_enums_value_says_which_member_it_names(
    enum: type[Scheme] | type[ProjectStatus], label: str, value: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        enum(label)
    assert isinstance(info.value, ValueError)  # (as enum's own error is)
    assert isinstance(info.value, AidModelError)
    assert f"{label!r} is the label of {value!r}" in str(info.value)
    assert enum.from_label(label).value == value
