"""Programme's editing and totals helpers: new programmes, references checked."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from aidmodel import (
    FindingKind,
    FundingShare,
    FundSource,
    FundSourceKind,
    InvalidTypeError,
    InvalidValueError,
    MechanismTask,
    Money,
    Programme,
    Project,
    Section,
    reconcile,
    samples,
)
from aidmodel.errors import NotFoundError


def _plan() -> Programme:
    return Programme(
        title="t",
        fund_sources=[
            FundSource(key="aid", kind=FundSourceKind.ANNUAL_AID),
            FundSource(key="own", kind=FundSourceKind.SELF_RAISED, section="2"),
        ],
        sections=[
            Section(id="1", title="产业", subsections=[Section(id="1.1", title="茶园")]),
            Section(id="2", title="劳务"),
            Section(id="3", title="其他"),
        ],
        projects=[
            Project(name="茶园", section="1.1", amount=Money.from_wan(80)),
            Project(name="道路", section="1", amount=Money.from_wan(20)),
            Project(name="培训"),
        ],
        mechanisms=[MechanismTask(title="互访", section="3")],
    )


def test_project_total() -> None:
    assert _plan().project_total() == Money.from_wan(100)
    assert Programme(title="t").project_total() == Money.from_yuan(0)
    for name in samples.names():
        plan = samples.load(name)
        amounts = [p.amount.yuan for p in plan.projects if p.amount is not None]
        assert plan.project_total().yuan == sum(amounts, Decimal(0))


def test_add_replace_remove_a_project() -> None:
    plan = _plan()
    added = plan.add_project(Project(name="桥", section="2", amount=Money.from_wan(5)))
    assert [p.name for p in added.projects] == ["茶园", "道路", "培训", "桥"]
    assert added.project_total() == Money.from_wan(105)
    first = plan.add_project(Project(name="桥"), at=0)
    assert first.projects[0].name == "桥"
    replaced = plan.replace_project("道路", Project(name="道路", amount=Money.from_wan(30)))
    assert replaced.projects[1].amount == Money.from_wan(30)
    assert replaced.projects[1].section is None
    assert plan.replace_project(-1, Project(name="x")).projects[2].name == "x"
    assert [p.name for p in plan.remove_project(1).projects] == ["茶园", "培训"]
    assert [p.name for p in plan.remove_project("培训").projects] == ["茶园", "道路"]
    assert plan.projects[1].name == "道路"  # unchanged: each returns a new programme


def test_an_edit_is_seen_by_reconcile() -> None:
    plan = attrs.evolve(_plan().remove_project("培训"), declared_total=Money.from_wan(100))
    assert FindingKind.PROJECTS_VS_TOTAL not in {f.kind for f in reconcile(plan)}
    edited = plan.replace_project(0, Project(name="茶园", section="1.1", amount=Money.from_wan(90)))
    assert FindingKind.PROJECTS_VS_TOTAL in {f.kind for f in reconcile(edited)}


def test_sections() -> None:
    plan = _plan()
    added = plan.add_section(Section(id="4", title="消费"))
    assert [s.id for s in added.sections] == ["1", "2", "3", "4"]
    nested = plan.add_section(Section(id="1.2", title="道路"), parent="1")
    assert [s.id for s in nested.walk_sections()] == ["1", "1.1", "1.2", "2", "3"]
    deep = nested.add_section(Section(id="1.2.1", title="村道"), parent="1.2")
    assert deep.section("1.2").subsections[0].id == "1.2.1"
    renamed = plan.replace_section("1.1", Section(id="1.1", title="茶叶"))
    assert renamed.section("1.1").title == "茶叶"
    assert renamed.section("1").title == "产业"
    empty = Programme(
        title="t", sections=[Section(id="1", title="a", subsections=[Section(id="1.1", title="b")])]
    )
    assert [s.id for s in empty.remove_section("1.1").walk_sections()] == ["1"]
    assert empty.remove_section("1").sections == ()


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda p: p.add_project(Project(name="x", section="9")),
            InvalidValueError,
            "Programme.projects[3].section (所属部分): no section with this id; "
            "expected one of ['1', '1.1', '2', '3'], got '9'",
        ),
        (
            lambda p: p.add_project(
                Project(name="x", funding=[FundingShare(amount=Money.from_wan(1), source="gift")])
            ),
            InvalidValueError,
            "Programme.projects[3].funding[0].source (资金来源): no fund source with this key; "
            "expected one of ['aid', 'own'], got 'gift'",
        ),
        (
            lambda p: p.remove_project("桥"),
            NotFoundError,
            "Programme.remove_project: no project with this name; "
            "expected a project's name or index, got '桥'",
        ),
        (
            lambda p: p.replace_project(3, Project(name="x")),
            NotFoundError,
            "Programme.replace_project: no project at this index; "
            "expected an index from -3 to 2, got 3",
        ),
        (
            lambda p: p.add_project(Project(name="茶园")).remove_project("茶园"),
            NotFoundError,
            "Programme.remove_project: 2 projects with this name (at [0, 3]); "
            "expected a name used once, or the project's index, got '茶园'",
        ),
        (
            lambda p: Programme(title="t").remove_project(0),
            NotFoundError,
            "Programme.remove_project: no project at this index; expected a project (none yet), got 0",
        ),
        (
            lambda p: p.remove_project(1.0),
            InvalidTypeError,
            "Programme.remove_project: not a project index or name; expected an int or a str, got 1.0",
        ),
        (
            lambda p: p.remove_project(True),
            InvalidTypeError,
            "not a project index or name",
        ),
        (
            lambda p: p.add_section(Section(id="1.1", title="x")),
            InvalidValueError,
            "a section id used twice",
        ),
        (
            lambda p: p.add_section(Section(id="9.1", title="x"), parent="9"),
            NotFoundError,
            "Programme.section: no section with this id; "
            "expected one of ['1', '1.1', '2', '3'], got '9'",
        ),
        (
            lambda p: p.replace_section("1.1", Section(id="1.9", title="x")),
            InvalidValueError,
            "Programme.projects[0].section (所属部分): no section with this id",
        ),
        (
            lambda p: p.remove_section("1"),
            InvalidValueError,
            "Programme.remove_section: the section still holds projects[0] '茶园', "
            "projects[1] '道路'; expected a section nothing is placed in "
            "(move or remove those first), got '1'",
        ),
        (
            lambda p: p.remove_section("2"),
            InvalidValueError,
            "the section still holds fund_sources[1] 'own'",
        ),
        (
            lambda p: p.remove_section("3"),
            InvalidValueError,
            "the section still holds mechanisms[0] '互访'",
        ),
        (lambda p: p.remove_section("9"), NotFoundError, "no section with this id"),
        (lambda p: p.replace_section("9", Section(id="9", title="x")), NotFoundError, "got '9'"),
    ],
)
def test_edits_are_checked(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as caught:
        call(_plan())  # type: ignore[operator]
    assert message in str(caught.value)


def test_lookups_miss_with_a_key_error() -> None:
    plan = _plan()
    with pytest.raises(KeyError) as caught:
        plan.section("9")
    assert isinstance(caught.value, NotFoundError)
    assert isinstance(caught.value, ValueError)  # as before 0.2.0
    assert caught.value.got == "9"
    assert str(caught.value).startswith("Programme.section: no section with this id")
    with pytest.raises(KeyError, match="no fund source with this key"):
        plan.fund_source("gift")
    assert plan.get_section("1.1") == Section(id="1.1", title="茶园")
    assert plan.get_section("9") is None


def test_a_project_found_and_changed_by_its_name() -> None:
    plan = Programme(
        title="t",
        projects=[Project(name="茶园", amount=Money.from_wan(80)), Project(name="道路")],
    )
    assert plan.project("道路") is plan.projects[1]
    changed = plan.update_project("茶园", amount=Money.from_wan(90))
    assert [p.amount for p in changed.projects] == [Money.from_wan(90), None]
    with pytest.raises(NotFoundError):
        plan.project("果园")
    with pytest.raises(KeyError):
        plan.project(5)
    with pytest.raises(InvalidValueError, match="no such field of Project"):
        plan.update_project("茶园", amout=Money.from_wan(1))
