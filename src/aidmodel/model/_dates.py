"""Dates with the precision the document gives: a year, a month, a day, or a span."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Final

import attrs

from aidmodel._validators import field_label, instance, year
from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, InvalidValueError

__all__ = ["DateSpan", "PartialDate"]

#: ASCII digits only: ISO 8601 (and the wire format) has no full-width or other digits.
_ISO: Final = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _month(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if type(value) is not int or not 1 <= value <= 12:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("not a month"),
            expected=N_("an int from 1 to 12"),
            got=value,
        )


def _day(instance: PartialDate, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if instance.month is None:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("a day without a month"),
            expected=N_("a month as well"),
            got=value,
        )
    last = calendar.monthrange(instance.year, instance.month)[1]
    if type(value) is not int or not 1 <= value <= last:
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("not a day of %(year)s-%(month)s"),
            expected=N_("an int from 1 to %(last)s"),
            got=value,
            params={"year": instance.year, "month": format(instance.month, "02d"), "last": last},
        )


#: Days of each month of a common year; February of a leap year has 29.
_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """The days of a month (calendar.monthrange computes the weekday as well: slower)."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _DAYS[month - 1]


def _none_first(value: int | None) -> int:
    return 0 if value is None else value


@attrs.frozen(order=True)
class PartialDate:
    """A date as precise as the document gives it (日期): 2025, 2025年11月, 2025年2月9日.

    On the wire it is ISO 8601 with reduced precision: ``"2025"``, ``"2025-11"``,
    ``"2025-02-09"``. Ordering is by year, then month, then day; a missing month or day sorts first.

    Attributes:
        year: The year (年).
        month: The month (月), 1 to 12, or ``None`` for a whole year.
        day: The day (日), or ``None`` for a whole month.

    >>> deadline = PartialDate(2025, 11)
    >>> deadline.isoformat(), deadline.last_day()
    ('2025-11', datetime.date(2025, 11, 30))
    >>> PartialDate.fromisoformat("2025-02-09").first_day()
    datetime.date(2025, 2, 9)
    >>> PartialDate(2025, 13)
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: PartialDate.month (月): not a month; expected an int from 1 to 12, got 13
    """

    year: int = attrs.field(validator=year, metadata={"zh": "年"})
    month: int | None = attrs.field(
        default=None, validator=_month, order=_none_first, metadata={"zh": "月"}
    )
    day: int | None = attrs.field(
        default=None, validator=_day, order=_none_first, metadata={"zh": "日"}
    )

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        >>> PartialDate.fromisoformat("2025-11")
        PartialDate(year=2025, month=11, day=None)
        """
        match = _ISO.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidValueError(
                "PartialDate.fromisoformat",
                N_("not an ISO 8601 date"),
                expected=N_("YYYY, YYYY-MM or YYYY-MM-DD"),
                got=text,
            )
        year, month, day = match.groups()
        return cls(
            int(year), None if month is None else int(month), None if day is None else int(day)
        )

    @classmethod
    def from_date(cls, date: dt.date) -> PartialDate:
        """The full-precision PartialDate of a :class:`datetime.date`.

        >>> PartialDate.from_date(dt.date(2025, 2, 25)).isoformat()
        '2025-02-25'
        """
        return cls(date.year, date.month, date.day)

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``.

        >>> PartialDate(2025, 11).precision
        'month'
        """
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def isoformat(self) -> str:
        """ISO 8601 with the precision of the document.

        >>> PartialDate(2018).isoformat()
        '2018'
        """
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> dt.date:
        """The first day this date can mean.

        >>> PartialDate(2018).first_day()
        datetime.date(2018, 1, 1)
        """
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day this date can mean (a deadline of 2025年11月 runs to 30 November).

        >>> PartialDate(2024, 2).last_day(), PartialDate(2018).last_day()
        (datetime.date(2024, 2, 29), datetime.date(2018, 12, 31))
        """
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        if self.month is None:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month, _month_days(self.year, self.month))

    def __str__(self) -> str:
        return self.isoformat()


def _span_end(
    instance: DateSpan, attribute: attrs.Attribute[PartialDate], value: PartialDate
) -> None:
    if not isinstance(value, PartialDate):
        raise InvalidTypeError(
            field_label(instance, attribute),
            N_("not a PartialDate"),
            expected=N_("a PartialDate"),
            got=value,
        )
    if value.last_day() < instance.start.first_day():
        raise InvalidValueError(
            field_label(instance, attribute),
            N_("a span that ends before it starts"),
            expected=N_("an end not before %(start)s"),
            got=value,
            params={"start": instance.start},
        )


@attrs.frozen
class DateSpan:
    """A span of time (期限) such as the 建设期限 2018-2019 of seed 004's table.

    On the wire: ``"2018/2019"`` (ISO 8601 interval, reduced precision).

    >>> span = DateSpan(PartialDate(2018), PartialDate(2020))
    >>> span.isoformat(), span.last_day()
    ('2018/2020', datetime.date(2020, 12, 31))
    """

    start: PartialDate = attrs.field(validator=instance(PartialDate), metadata={"zh": "起"})
    end: PartialDate = attrs.field(validator=_span_end, metadata={"zh": "止"})

    @classmethod
    def fromisoformat(cls, text: str) -> DateSpan:
        """Read ``start/end`` with reduced-precision ISO dates.

        >>> DateSpan.fromisoformat("2018/2019").end
        PartialDate(year=2019, month=None, day=None)
        """
        if not isinstance(text, str) or text.count("/") != 1:
            raise InvalidValueError(
                "DateSpan.fromisoformat",
                N_("not an ISO 8601 interval"),
                expected=N_("START/END such as 2018/2019"),
                got=text,
            )
        start, end = text.split("/")
        return cls(PartialDate.fromisoformat(start), PartialDate.fromisoformat(end))

    def isoformat(self) -> str:
        """``start/end`` in ISO 8601."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def first_day(self) -> dt.date:
        """The first day of the span."""
        return self.start.first_day()

    def last_day(self) -> dt.date:
        """The last day of the span."""
        return self.end.last_day()

    def __str__(self) -> str:
        return self.isoformat()
