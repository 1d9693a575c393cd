"""Small shared elements: where an element came from, and regions."""

from __future__ import annotations

from typing import Any

import attrs

from aidmodel._validators import (
    MAX_COUNT,
    check_wire_int,
    field_label,
    non_blank,
    optional_non_blank,
)
from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError

__all__ = ["Provenance", "Region"]


def _line(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "line_end":
        return
    if type(value) is not int or value < 1:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("not a line number"),
            expected=N_("an int of 1 or more"),
            got=value,
        )
    if value > MAX_COUNT:  # (the label is made only for the message)
        check_wire_int(field_label(instance, attribute), N_("line number"), value)


@attrs.frozen(kw_only=True)
class Provenance:
    """Where in which source an element was written (出处): a file and a line range.

    Lines count from 1; ``line_end`` is inclusive and ``None`` for a single line.

    Attributes:
        source: The source's name (a file name or URL), or ``None``.
        line_start: The first line (起始行).
        line_end: The last line (结束行), or ``None``.

    >>> Provenance(source="000.txt", line_start=19, line_end=24).lines
    range(19, 25)
    """

    source: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "来源"}
    )
    line_start: int = attrs.field(validator=_line, metadata={"zh": "起始行"})
    line_end: int | None = attrs.field(default=None, validator=_line, metadata={"zh": "结束行"})

    def __attrs_post_init__(self) -> None:
        if self.line_end is not None and self.line_end < self.line_start:
            raise InvalidValueError(
                "Provenance.line_end (结束行)",
                N_("ends before it starts"),
                expected=N_("a line of %(line_start)s or more"),
                got=self.line_end,
                params={"line_start": self.line_start},
            )

    @property
    def lines(self) -> range:
        """The lines as a range."""
        return range(self.line_start, (self.line_end or self.line_start) + 1)


def _division_code(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or len(value) != 6 or not value.isascii() or not value.isdigit():
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("not a division code"),
            expected=N_("six ASCII digits (GB/T 2260) or None"),
            got=value,
        )


@attrs.frozen(kw_only=True)
class Region:
    """A region taking part in a pairing (地区): the donor (帮扶方) or the recipient (受援方).

    Attributes:
        name: The short name documents use (柯桥区, 峨边彝族自治县).
        full_name: The full name with its province and city, when known
            (浙江省绍兴市柯桥区), or ``None``.
        code: The division's six-digit GB/T 2260 code (行政区划代码), ``"330603"``,
            or ``None`` when not known. Only the form is checked, not that the
            division exists.
        province: The province the region is in (所属省份), ``"浙江省"``, or ``None``.

    >>> Region(name="柯桥区", full_name="浙江省绍兴市柯桥区").name
    '柯桥区'
    >>> keqiao = Region(name="柯桥区", code="330603", province="浙江省")
    >>> keqiao.code, keqiao.province
    ('330603', '浙江省')
    >>> Region(name="柯桥区", code="33060")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: Region.code (行政区划代码): not a division code; expected six ASCII digits (GB/T 2260) or None, got '33060'

    .. versionadded:: 0.2.0 ``code`` and ``province``.
    """

    name: str = attrs.field(validator=non_blank, metadata={"zh": "名称"})
    full_name: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "全称"}
    )
    code: str | None = attrs.field(
        default=None, validator=_division_code, metadata={"zh": "行政区划代码"}
    )
    province: str | None = attrs.field(
        default=None, validator=optional_non_blank, metadata={"zh": "所属省份"}
    )
