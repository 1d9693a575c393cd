"""The peers of ``bench_model.py``: msgspec and pydantic classes of the wire format's shape.

Imported only by the child process that times that library, so that each library is timed
in a process holding nothing of the others.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import msgspec
import pydantic


class Status(enum.Enum):
    NEW = "new"
    CONTINUED = "continued"


class Bound(enum.Enum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    NEARLY = "nearly"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


# -- msgspec: the same shape ---------------------------------------------------------------


class MQuantity(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    value: Decimal
    unit: str
    bound: Bound = Bound.EXACT
    high: Decimal | None = None
    per: str | None = None
    text: str | None = None


class MCommitment(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    metric: str
    target: MQuantity
    text: str | None = None


class MShare(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    amount: Decimal
    source: str | None = None


class MProject(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: str
    number: str | None = None
    section: str | None = None
    category: str | None = None
    amount: Decimal | None = None
    funding: list[MShare] = []
    locations: list[str] = []
    units: list[str] = []
    deadline: str | None = None
    status: Status | None = None
    content: str | None = None
    commitments: list[MCommitment] = []


class MRegion(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    name: str
    full_name: str | None = None


class MSource(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    key: str
    kind: str
    amount: Decimal | None = None


class MSection(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    title: str
    number: str | None = None


class MProgramme(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    format_version: int
    title: str
    scheme: str
    donor: MRegion
    recipient: MRegion
    year: int
    document_number: str | None = None
    declared_total: Decimal | None = None
    declared_project_count: int | None = None
    fund_sources: list[MSource] = []
    sections: list[MSection] = []
    projects: list[MProject] = []


# -- pydantic: the same shape --------------------------------------------------------------

_STRICT = pydantic.ConfigDict(extra="forbid", frozen=True)


class PQuantity(pydantic.BaseModel):
    model_config = _STRICT
    value: Decimal
    unit: str
    bound: Bound = Bound.EXACT
    high: Decimal | None = None
    per: str | None = None
    text: str | None = None


class PCommitment(pydantic.BaseModel):
    model_config = _STRICT
    metric: str
    target: PQuantity
    text: str | None = None


class PShare(pydantic.BaseModel):
    model_config = _STRICT
    amount: Decimal
    source: str | None = None


class PProject(pydantic.BaseModel):
    model_config = _STRICT
    number: str | None = None
    name: str
    section: str | None = None
    category: str | None = None
    amount: Decimal | None = None
    funding: tuple[PShare, ...] = ()
    locations: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    deadline: str | None = None
    status: Status | None = None
    content: str | None = None
    commitments: tuple[PCommitment, ...] = ()


class PRegion(pydantic.BaseModel):
    model_config = _STRICT
    name: str
    full_name: str | None = None


class PSource(pydantic.BaseModel):
    model_config = _STRICT
    key: str
    kind: str
    amount: Decimal | None = None


class PSection(pydantic.BaseModel):
    model_config = _STRICT
    id: str
    number: str | None = None
    title: str


class PProgramme(pydantic.BaseModel):
    model_config = _STRICT
    format_version: int
    title: str
    scheme: str
    donor: PRegion
    recipient: PRegion
    year: int
    document_number: str | None = None
    declared_total: Decimal | None = None
    declared_project_count: int | None = None
    fund_sources: tuple[PSource, ...] = ()
    sections: tuple[PSection, ...] = ()
    projects: tuple[PProject, ...] = ()
