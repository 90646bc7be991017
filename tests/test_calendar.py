"""Date arithmetic shared by resolve and evaluation."""

from __future__ import annotations

from bilateral.calendar import agrees, compare_partial, precision_of, resolve_relative
from bilateral.model import DateRef, Precision, Relative


def _rel(**kw: object) -> DateRef:
    return DateRef(None, None, Precision.MONTH, Relative(**kw))  # type: ignore[arg-type]


def test_calendar_next_named_month_from_a_month_precision_publication() -> None:
    assert resolve_relative(_rel(unit="named_month", offset=1, month=1), "2016-12") == ("2017-01", "2017-01", Precision.MONTH)


def test_calendar_last_named_month_crosses_the_year() -> None:
    assert resolve_relative(_rel(unit="named_month", offset=-1, month=11), "2014-02-12")[0] == "2013-11"  # type: ignore[index]


def test_calendar_weekday_of_the_publication_day() -> None:
    # 2014-02-12 was a Wednesday (weekday 2)
    assert resolve_relative(_rel(unit="weekday", weekday=2), "2014-02-12")[0] == "2014-02-12"  # type: ignore[index]


def test_calendar_today_needs_a_day_precision_anchor() -> None:
    assert resolve_relative(_rel(unit="day", offset=0), "2025-12-19")[0] == "2025-12-19"  # type: ignore[index]
    assert resolve_relative(_rel(unit="year", offset=-1), "2015") == ("2014", "2014", Precision.YEAR)


def test_calendar_agreement_at_gold_precision() -> None:
    assert agrees("2005-04-27", "2005-04", "month")
    assert not agrees("2005", "2005-04", "month")
    assert agrees("1957", "1950", "decade") and not agrees("1961", "1950", "decade")
    assert compare_partial("2017-01", "2016-12") == 1 and compare_partial("2016", "2016-12") == 0
    assert precision_of("2015-02") == Precision.MONTH


def test_calendar_day_of_a_relative_month() -> None:
    assert resolve_relative(_rel(unit="month", offset=-1, day=10), "2024-03-12")[:2] == (  # type: ignore[index]
        "2024-02-10", "2024-02-10")
    assert resolve_relative(_rel(unit="month", offset=0, day=31), "2024-02-12") is None  # no 31 February


def test_calendar_weekday_of_a_relative_week() -> None:
    # 2024-03-14 was a Thursday: Monday last week is 4 March ("last Monday" would be 11 March)
    assert resolve_relative(_rel(unit="week", offset=-1, weekday=0), "2024-03-14")[0] == "2024-03-04"  # type: ignore[index]
    assert resolve_relative(_rel(unit="week", offset=1, weekday=4), "2024-03-14")[0] == "2024-03-22"  # type: ignore[index]


def test_calendar_season_relative_to_publication() -> None:
    def year(offset: int, last_month: int, published: str) -> str | None:
        out = resolve_relative(DateRef(None, None, Precision.YEAR, Relative("season", offset, month=last_month)),
                               published)
        assert out is None or out[2] == Precision.YEAR
        return out[0] if out else None

    assert year(-1, 8, "2025-04-16") == "2024"  # last summer, said in spring
    assert year(-1, 8, "2025-08-20") == "2024"  # last summer, said while summer is still on
    assert year(-1, 8, "2025-10-02") == "2025"  # last summer, said in autumn
    assert year(1, 5, "2025-04-16") == "2026"  # next spring, said in spring
    assert year(1, 5, "2025-11-16") == "2026"
    assert year(0, 2, "2025-12-10") == "2026"  # this winter, said in December, ends in 2026
    assert year(0, 2, "2025-01-10") == "2025"


def test_calendar_hijri_month_relative_to_publication() -> None:
    def resolve(offset: int, month: int, day: int | None, published: str) -> tuple[str, str, Precision] | None:
        prec = Precision.DAY if day else Precision.MONTH
        rel = Relative("hijri_month", offset, month=month, day=day)
        return resolve_relative(DateRef(None, None, prec, rel, "hijri"), published)

    # published in Rajab 1446 (28 January 2025): last Jumada II is 1446's, last Shawwal 1445's
    assert resolve(-1, 6, None, "2025-01-28") == ("2024-12", "2024-12", Precision.MONTH)
    assert resolve(-1, 10, None, "2025-01-28") == ("2024-04", "2024-05", Precision.MONTH)
    assert resolve(1, 9, 1, "2025-01-28") == ("2025-03-01", "2025-03-01", Precision.DAY)
    assert resolve(-1, 6, 1, "2025") is None  # no month to place it
