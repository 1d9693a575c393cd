"""Every constructor error names the class and field (English and 中文) and quotes the value."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest

from aidmodel import (
    Achievement,
    Commitment,
    DateSpan,
    Dividend,
    FundingShare,
    FundSource,
    FundSourceKind,
    Ledger,
    LedgerEvent,
    MechanismTask,
    Money,
    PartialDate,
    Programme,
    Project,
    Provenance,
    Quantity,
    Region,
    Section,
    parse_quantity,
)
from aidmodel.errors import AidModelError, InvalidTypeError
from aidmodel.model import EventKind

# The least each class needs, to vary one field at a time.
MINIMAL: dict[type, dict[str, Any]] = {
    Achievement: {"metric": "提供岗位", "actual": parse_quantity("1400余个")},
    Commitment: {"metric": "培训", "target": parse_quantity("40名以上")},
    DateSpan: {"start": PartialDate(2018), "end": PartialDate(2019)},
    Dividend: {},
    FundingShare: {"amount": Money.from_wan(1)},
    FundSource: {"key": "east-west", "kind": FundSourceKind.FISCAL_AID},
    Ledger: {},
    LedgerEvent: {"project": 0, "kind": EventKind.STARTED, "date": PartialDate(2025, 3)},
    MechanismTask: {"title": "促进互访会商"},
    PartialDate: {"year": 2025},
    Programme: {"title": "2025年东西部协作项目计划"},
    Project: {"name": "宜坪乡枇杷分选包装初加工建设项目"},
    Provenance: {"line_start": 1},
    Quantity: {"value": parse_quantity("40名").value},
    Region: {"name": "市中区"},
    Section: {"id": "1", "title": "产业发展"},
}

#: Values no field of the model takes.
WRONG: tuple[object, ...] = (1j, object())


def _fields() -> list[tuple[type, str]]:
    return [(cls, field.name) for cls in MINIMAL for field in attrs.fields(cls)]


@pytest.mark.parametrize("wrong", WRONG, ids=["complex", "object"])
@pytest.mark.parametrize(("cls", "name"), _fields(), ids=lambda x: getattr(x, "__name__", x))
def test_a_wrong_value_in_any_field_is_named(cls: type, name: str, wrong: object) -> None:
    field = attrs.fields_dict(cls)[name]
    zh = field.metadata["zh"]
    with pytest.raises(AidModelError) as caught:
        cls(**{**MINIMAL[cls], name: wrong})
    message = str(caught.value)
    assert message.startswith(f"{cls.__name__}.{name} ({zh})"), message
    assert repr(wrong)[:20] in message  # (an object's address is quoted as repr writes it)


CASES = [
    (
        lambda: Project(name="x", section=1),
        "Project.section (所属部分): an int is not text; expected a non-empty string or None"
        " (str), got 1",
    ),
    (
        lambda: Project(name="x", units="乙区"),
        "Project.units (责任单位): a str is not a list; expected a list or tuple of strings"
        " (['乙区'] for one), got '乙区'",
    ),
    (
        lambda: Programme(title="t", projects=Project(name="x")),
        "Programme.projects (帮扶项目): a Project is not a list; expected a list or tuple of"
        " Project items, got Project(",
    ),
    (
        lambda: Programme(title="t", fund_sources=42),
        "Programme.fund_sources (资金来源): an int is not a list; expected a list or tuple of"
        " FundSource items, got 42",
    ),
    (
        lambda: Programme(title="t", projects=["x"]),
        "Programme.projects (帮扶项目)[0]: a str is not a Project; expected a Project, got 'x'",
    ),
    (
        lambda: Project(name="x", amount=766),
        "Project.amount (拟投入资金): an int is not Money; expected Money",
    ),
    (
        lambda: Section(id="1", title="t", subsections=Section(id="2", title="u")),
        "Section.subsections (下级部分): a Section is not a list",
    ),
    (
        lambda: FundingShare(amount=Money.from_wan(1), parts=None),
        "FundingShare.parts (构成): None is not a list",
    ),
    (
        lambda: Commitment(metric="m", target=parse_quantity("5场"), parts=5),
        "Commitment.parts (其中): an int",
    ),
    (lambda: Ledger(notes="备注"), "Ledger.notes (备注): a str is not a list"),
    (lambda: Ledger(notes=[3]), "Ledger.notes (备注)[0]: an int is not text"),
    (lambda: MechanismTask(title="t", lead_units=7), "MechanismTask.lead_units (牵头单位): an int"),
    (lambda: Project(name=b"x"), "Project.name (项目名称): a bytes is not text"),
]


@pytest.mark.parametrize(("make", "message"), CASES)
def test_the_mistakes_of_the_issue_are_named(make: Any, message: str) -> None:
    with pytest.raises(InvalidTypeError, match=re.escape(message)):
        make()


def test_any_iterable_but_text_is_a_list() -> None:
    project = Project(name="x", units=(u for u in ["甲", "乙"]), locations=["市中区"])  # type: ignore[arg-type]
    assert project.units == ("甲", "乙")
    assert project.locations == ("市中区",)
    programme = Programme(title="t", projects=iter([project]))
    assert programme.projects == (project,)
