"""resolve_relative: relative date references against the publication date."""

from __future__ import annotations

import pytest

from bilateral.calendar import hijri_to_gregorian, parse_published, resolve_relative
from bilateral.model import DateRef, Precision, Relative


def rel(precision: Precision, **kw: object) -> DateRef:
    return DateRef(None, None, precision, relative=Relative(**kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(("ref", "published", "expected"), [
    (rel(Precision.MONTH, unit="named_month", offset=1, month=1), "2016-12", ("2017-01", "2017-01", Precision.MONTH)),
    (rel(Precision.MONTH, unit="named_month", offset=1, month=1), "2017-01-05",
     ("2018-01", "2018-01", Precision.MONTH)),
    (rel(Precision.DAY, unit="weekday", offset=0, weekday=2), "2014-02-12",
     ("2014-02-12", "2014-02-12", Precision.DAY)),
    (rel(Precision.DAY, unit="weekday", offset=-1, weekday=2), "2014-02-12",
     ("2014-02-05", "2014-02-05", Precision.DAY)),
    (rel(Precision.DAY, unit="weekday", offset=1, weekday=4), "2014-02-12",
     ("2014-02-14", "2014-02-14", Precision.DAY)),
    (rel(Precision.MONTH, unit="named_month", offset=-1, month=11), "2014-02-12",
     ("2013-11", "2013-11", Precision.MONTH)),
    (rel(Precision.DAY, unit="named_month", offset=0, month=12, day=19, day_end=20), "2014-01-03",
     ("2013-12-19", "2013-12-20", Precision.DAY)),
    (rel(Precision.DAY, unit="named_month", offset=0, month=2, day=13), "2014-02-12",
     ("2014-02-13", "2014-02-13", Precision.DAY)),
    (rel(Precision.DAY, unit="day", offset=-1), "2014-03-01", ("2014-02-28", "2014-02-28", Precision.DAY)),
    (rel(Precision.DAY, unit="day", offset=1, span_days=7), "2014-02-12", ("2014-02-13", "2014-02-19", Precision.DAY)),
    (rel(Precision.DAY, unit="week", offset=-1), "2014-02-12", ("2014-02-03", "2014-02-09", Precision.DAY)),
    (rel(Precision.MONTH, unit="month", offset=1), "2014-12-31", ("2015-01", "2015-01", Precision.MONTH)),
    (rel(Precision.YEAR, unit="year", offset=-1), "2014", ("2013", "2013", Precision.YEAR)),
])
def test_calendar_resolve_relative(ref: DateRef, published: str, expected: tuple[str, str, Precision]) -> None:
    assert resolve_relative(ref, published) == expected


def test_calendar_resolve_direction_and_limits() -> None:
    nov14 = rel(Precision.DAY, unit="named_month", offset=0, month=11, day=14)
    assert resolve_relative(nov14, "2014-02-12") == ("2013-11-14", "2013-11-14", Precision.DAY)
    assert resolve_relative(nov14, "2014-02-12", direction=1) == ("2014-11-14", "2014-11-14", Precision.DAY)
    yesterday = rel(Precision.DAY, unit="day", offset=-1)
    assert resolve_relative(yesterday, "2014-02") is None  # too coarse for a day
    assert resolve_relative(yesterday, None) is None
    absolute = DateRef("1943-08-26", "1943-08-26", Precision.DAY)
    assert resolve_relative(absolute, None) == ("1943-08-26", "1943-08-26", Precision.DAY)


def test_calendar_parse_and_hijri() -> None:
    assert parse_published("2014-02-12T10:00:00Z") == (2014, 2, 12)
    assert parse_published("2014-13") is None
    first_last = hijri_to_gregorian(1445, 9)
    assert first_last is not None
    assert first_last[0].isoformat() == "2024-03-11"
    assert hijri_to_gregorian(900, 1, 1) is None  # outside the Umm al-Qura table
