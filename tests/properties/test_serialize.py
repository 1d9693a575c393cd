"""Properties of the wire format: every model object survives a round trip, and the
JSON Schema accepts everything to_json writes."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import given, settings

from aidmodel import (
    Commitment,
    Money,
    PartialDate,
    Programme,
    Quantity,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)

from strategies import commitments, money, partial_dates, programmes, quantities

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


# Whole programmes are large: fewer examples keep the suite fast on two cores.
@settings(max_examples=60)
@given(programmes())
def test_programme_round_trips_through_json(programme: Programme) -> None:
    text = to_json(programme)
    assert from_json(text, Programme) == programme
    assert from_json(text.encode("utf-8"), Programme) == programme
    assert from_dict(to_dict(programme), Programme) == programme


@settings(max_examples=30)
@given(programmes())
def test_schema_accepts_what_to_json_writes(programme: Programme) -> None:
    VALIDATOR.validate(json.loads(to_json(programme)))


@given(commitments)
def test_commitment_round_trips(commitment: Commitment) -> None:
    assert from_json(to_json(commitment), Commitment) == commitment


@given(quantities())
def test_quantity_round_trips(quantity: Quantity) -> None:
    assert from_dict(to_dict(quantity), Quantity) == quantity


@given(money)
def test_money_round_trips(amount: Money) -> None:
    assert from_json(to_json(amount), Money) == amount


@given(partial_dates())
def test_partial_date_round_trips(date: PartialDate) -> None:
    assert from_dict(to_dict(date), PartialDate) == date
    assert PartialDate.fromisoformat(date.isoformat()) == date
    assert date.first_day() <= date.last_day()
