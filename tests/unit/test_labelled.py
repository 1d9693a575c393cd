"""One base for the enums with Chinese labels (aidmodel._labelled)."""

from __future__ import annotations

import enum
import importlib
import pkgutil

import pytest

import aidmodel
from aidmodel._labelled import LabelledEnum, labelled
from aidmodel.errors import InvalidTypeError, InvalidValueError


def _library_enums() -> list[type[enum.Enum]]:
    found: dict[str, type[enum.Enum]] = {}
    for info in pkgutil.walk_packages(aidmodel.__path__, "aidmodel."):
        if info.name in {"aidmodel.plot", "aidmodel.frames"}:  # optional dependencies
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, enum.Enum)
                and value.__module__.startswith("aidmodel.")
                and value is not LabelledEnum
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


ENUMS = _library_enums()


def test_the_enums_are_found() -> None:
    names = {cls.__name__ for cls in ENUMS}
    assert {"Bound", "Dimension", "Verdict", "PlanRowKind", "WarningCode", "Scheme"} <= names


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_every_enum_with_labels_derives_from_the_base(cls: type[enum.Enum]) -> None:
    if cls.__name__ == "FindingKind":  # its values are English words, no Chinese term
        pytest.skip("no labels")
    assert issubclass(cls, LabelledEnum)
    for member in cls:
        assert isinstance(member.value, str)
        assert member.value == member.value.lower()
        if member.label:  # Bound.EXACT is written without a marker
            assert cls.from_label(member.label) is member
            assert cls.from_label(f" {member.label} ") is member
    labels = [member.label for member in cls]
    assert len(set(labels)) == len(labels), "two members share a label"


@pytest.mark.parametrize(
    ("cls", "label", "name"),
    [
        ("Scheme", "东西协作", "EAST_WEST"),
        ("FundSourceKind", "结余资金", "CARRY_OVER"),
        ("Verdict", "无法判断", "CANNOT_TELL"),
        ("PlanRowKind", "小计", "SUBTOTAL"),
        ("Bound", "以上", "AT_LEAST"),
        ("Dimension", "人次", "PERSON_TIMES"),
        ("WarningCode", "大写不符", "UPPERCASE_MISMATCH"),
    ],
)
def test_labels_and_synonyms(cls: str, label: str, name: str) -> None:
    (enum_class,) = (c for c in ENUMS if c.__name__ == cls)
    assert issubclass(enum_class, LabelledEnum)
    assert enum_class.from_label(label) is enum_class[name]


def test_an_unknown_label_lists_the_labels() -> None:
    from aidmodel.tracking import Verdict

    with pytest.raises(
        InvalidValueError,
        match=r"^Verdict\.from_label: unknown label; expected one of 完成, 未完成, 无法判断, got '达标'$",
    ):
        Verdict.from_label("达标")


def test_a_label_that_is_not_text() -> None:
    from aidmodel.tracking import Verdict

    with pytest.raises(
        InvalidTypeError, match=r"^Verdict\.from_label: not text; expected a str, got 1$"
    ):
        Verdict.from_label(1)  # type: ignore[arg-type]


def test_a_member_without_a_label_fails_at_definition() -> None:
    with pytest.raises(TypeError, match="labels for"):

        @labelled(A="甲")
        class Two(LabelledEnum):
            A = "a"
            B = "b"
