"""The base of the enums whose members carry a Chinese label (private).

Every enumeration of the library (:class:`~aidmodel.Scheme`, :class:`~aidmodel.Bound`,
:class:`~aidmodel.tracking.Verdict` ...) has stable lowercase English values, the wire
form, and a Chinese term, the data documents write. An enum declares its terms with
:func:`labelled`, one keyword per member (the first spelling is the label, any more are
synonyms :meth:`LabelledEnum.from_label` accepts too), and inherits ``label`` and
``from_label`` from :class:`LabelledEnum`:

>>> @labelled(MET="完成", NOT_MET=("未完成", "没有完成"))
... class Outcome(LabelledEnum):
...     MET = "met"
...     NOT_MET = "not_met"
>>> Outcome.NOT_MET.label, Outcome.from_label("没有完成")
('未完成', <Outcome.NOT_MET: 'not_met'>)
>>> Outcome.from_label("完")
Traceback (most recent call last):
...
aidmodel.errors.InvalidValueError: Outcome.from_label: unknown label; expected one of 完成, 未完成, got '完'
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import ClassVar, TypeVar

from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, InvalidValueError

__all__ = ["LabelledEnum", "labelled"]

_E = TypeVar("_E", bound="LabelledEnum")


class LabelledEnum(enum.Enum):
    """An enum whose members carry a Chinese label (the term documents use)."""

    # By member name: the label first, then the synonyms. Set by labelled().
    __spellings__: ClassVar[Mapping[str, tuple[str, ...]]] = MappingProxyType({})

    @property
    def label(self) -> str:
        """The Chinese term of this member."""
        return type(self).__spellings__[self.name][0]

    @classmethod
    def _missing_(cls, value: object) -> LabelledEnum | None:
        """No member has this value: an error that lists the values (and, for a Chinese
        label given as a value, the member it names), still a ValueError as enum's own.

        >>> from aidmodel import ProjectStatus
        >>> ProjectStatus("续建")
        Traceback (most recent call last):
        ...
        aidmodel.errors.InvalidValueError: ProjectStatus(value): unknown value; expected one of 'new', 'continued' ('续建' is the label of 'continued': ProjectStatus.from_label('续建')), got '续建'
        """
        values = ", ".join(repr(member.value) for member in cls)
        named = next(
            (
                m
                for m in cls
                if isinstance(value, str) and value.strip() in cls.__spellings__[m.name]
            ),
            None,
        )
        where = f"{cls.__name__}(value)"
        raise InvalidValueError(
            where,
            N_("unknown value"),
            expected=N_("one of %(values)s (%(label)r is the label of %(value)r: %(code)s)")
            if named is not None
            else N_("one of %(values)s"),
            got=value,
            params={
                "values": values,
                "label": value,
                "value": None if named is None else named.value,
                "code": f"{cls.__name__}.from_label({value!r})",
            },
        )

    @classmethod
    def from_label(cls: type[_E], label: str) -> _E:
        """The member whose Chinese label (or a known synonym) is ``label``.

        Surrounding blanks are ignored.

        Raises:
            InvalidTypeError: ``label`` is not a string.
            InvalidValueError: No member has that label; the message lists the labels.
        """
        if not isinstance(label, str):
            where = f"{cls.__name__}.from_label"
            raise InvalidTypeError(where, N_("not text"), expected=N_("a str"), got=label)
        key = label.strip()
        for member in cls:
            if key in cls.__spellings__[member.name]:
                return member
        choices = ", ".join(member.label for member in cls)
        where = f"{cls.__name__}.from_label"
        raise InvalidValueError(
            where,
            N_("unknown label"),
            expected=N_("one of %(choices)s"),
            got=label,
            params={"choices": choices},
        )


def labelled(**spellings: str | tuple[str, ...]) -> Callable[[type[_E]], type[_E]]:
    """A class decorator giving each member of a :class:`LabelledEnum` its Chinese terms.

    One keyword per member name: its label, or a tuple of the label and its synonyms.
    A member without a label, or a keyword naming no member, is an error at import.
    """

    def decorate(cls: type[_E]) -> type[_E]:
        names = [member.name for member in cls]
        if sorted(names) != sorted(spellings):
            msg = f"{cls.__name__}: labels for {sorted(spellings)}, members {sorted(names)}"
            raise TypeError(msg)
        table = {
            name: (words,) if isinstance(words, str) else words for name, words in spellings.items()
        }
        cls.__spellings__ = MappingProxyType(table)
        return cls

    return decorate
