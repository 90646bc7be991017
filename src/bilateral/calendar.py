"""Calendar arithmetic on ISO partial dates ("1990", "1990-05", "1990-05-14"), shared by the
mentions stage (Hijri conversion), resolve (relative dates) and evaluation (agreement at a precision).

Pure functions, no language knowledge. :func:`resolve_relative` is what the resolve stage calls to
turn a relative :class:`~bilateral.model.DateRef` into ISO partial dates against the article's
publication date.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

from .model import DateRef, Precision, Relative

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO partial date: ``1990``, ``1990-05``, ``1990-05-14``."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day`` exists in ``month`` (any leap year when ``year`` is unknown)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= _cal.monthrange(year if year is not None else 2000, month)[1]


def parse_published(published: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO partial date (a time part is ignored), or None."""
    if not published:
        return None
    m = _ISO.match(published)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if mo is not None and d is not None and not valid_day(y, mo, d):
        return None
    return y, mo, d


def hijri_to_gregorian(year: int, month: int, day: int | None = None) -> tuple[dt.date, dt.date] | None:
    """Gregorian first and last day of a Hijri day, month (``day`` None) or year (``month`` 0).

    Umm al-Qura calendar (``hijridate``, valid 1343-1500 AH); None outside that range."""
    from hijridate import Hijri  # imported lazily: nothing happens at import time

    try:
        if month == 0:
            first = Hijri(year, 1, 1)
            last = Hijri(year, 12, 1)
            end = last.to_gregorian() + dt.timedelta(days=last.month_length() - 1)
            return first.to_gregorian(), end
        if day is None:
            h = Hijri(year, month, 1)
            start = h.to_gregorian()
            return start, start + dt.timedelta(days=h.month_length() - 1)
        g = Hijri(year, month, day).to_gregorian()
        return g, g
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri(year: int, month: int, day: int) -> tuple[int, int] | None:
    """(Hijri year, Hijri month) of a Gregorian day (Umm al-Qura, via ``hijridate``); None outside its range."""
    from hijridate import Gregorian  # imported lazily: nothing happens at import time

    try:
        h = Gregorian(year, month, day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _named_month_year(rel: Relative, y: int, mo: int | None, d: int | None, direction: int) -> int:
    """The year of a named month (and day) relative to the anchor (y, mo, d)."""
    if mo is None:
        return y + (rel.offset if rel.offset else 0)
    target_month = rel.month or 1
    anchor = (mo, d or 15)
    if rel.offset < 0:  # "November last": the latest occurrence strictly before the anchor month
        return y if target_month < mo else y - 1
    if rel.offset > 0:  # "next January": the first occurrence strictly after the anchor month
        return y if target_month > mo else y + 1
    # offset 0: the occurrence nearest to the anchor, or the one the tense implies
    day = rel.day or 15
    # the anchor's own month is this year's whatever the tense: "signed a pact in March" (published March 10) is not
    # last year's March
    own_month = rel.day is None and target_month == mo
    best: tuple[int, int] | None = None
    for cand in (y - 1, y, y + 1):
        diff = (cand * 12 + target_month) * 31 + day - ((y * 12 + anchor[0]) * 31 + anchor[1])
        if own_month and cand == y:
            return y
        if direction < 0 and diff > 0:
            continue
        if direction > 0 and diff < 0:
            continue
        key = abs(diff)
        if best is None or key < best[0]:
            best = (key, cand)
    return best[1] if best else y


def resolve_relative(ref: DateRef, published: str | None, *, direction: int = 0,
                     ) -> tuple[str, str, Precision] | None:
    """Resolve a date mention against the publication date (ISO partial, e.g. ``2014-02-12``).

    Returns ``(start, end, precision)`` as ISO partial dates, or None when it cannot be resolved
    (no publication date, or one too coarse for the expression: "yesterday" needs a day).
    Absolute references are returned unchanged. ``direction`` is what the tense implies for an
    ambiguous expression ("Wednesday", "14 November" without a year): -1 past, +1 future,
    0 nearest to the publication date. Parts ("early next year") do not narrow the range; the
    ``part`` stays on the :class:`Relative`. A ``year`` unit with a ``month`` (and ``day``) is that
    month of the year counted from publication ("June this year"); without one, the reference's
    precision ``month``/``day`` keeps the publication month/day ("51 years ago this month").
    """
    rel = ref.relative
    if rel is None:
        if ref.start is None:
            return None
        return ref.start, ref.end or ref.start, ref.precision
    anchor = parse_published(published)
    if anchor is None:
        return None
    y, mo, d = anchor
    unit = rel.unit

    if unit == "year":
        yy = y + rel.offset
        if rel.month:  # "حزيران الجاري", "March last year": a named month of that year
            if rel.day is not None:
                day_end = rel.day_end or rel.day
                if not (valid_day(yy, rel.month, rel.day) and valid_day(yy, rel.month, day_end)):
                    return None
                return iso(yy, rel.month, rel.day), iso(yy, rel.month, day_end), Precision.DAY
            return iso(yy, rel.month), iso(yy, rel.month), Precision.MONTH
        if ref.precision == Precision.MONTH and mo is not None:  # "51 years ago this month"
            return iso(yy, mo), iso(yy, mo), Precision.MONTH
        if ref.precision == Precision.DAY and mo is not None and d is not None and valid_day(yy, mo, d):
            return iso(yy, mo, d), iso(yy, mo, d), Precision.DAY  # "on this day 51 years ago"
        return iso(yy), iso(yy), Precision.YEAR
    if unit == "hijri_month" and rel.month and mo is not None:
        # "جمادى الآخرة الماضي": the Hijri month's latest occurrence before the publication's Hijri month
        # ("المقبل": the first one after it; "الجاري": the current Hijri year's)
        today_h = gregorian_to_hijri(y, mo, d or 15)
        if today_h is None:
            return None
        hy, hm = today_h
        if rel.offset < 0:
            hy = hy if rel.month < hm else hy - 1
        elif rel.offset > 0:
            hy = hy if rel.month > hm else hy + 1
        conv = hijri_to_gregorian(hy, rel.month, rel.day)
        if conv is None:
            return None
        first, last = conv
        if rel.day is not None:
            return first.isoformat(), last.isoformat(), Precision.DAY
        return first.isoformat()[:7], last.isoformat()[:7], Precision.MONTH
    if unit == "season" and rel.month:
        # a season ending in month ``rel.month`` (winter ends in February): "last summer" is the latest one
        # over before the anchor month, "next spring" the first one begun after it, "this winter" the one
        # under way or still to come (a December's winter ends the next year); the year, at year precision
        now = y * 12 + (mo or 6)
        if rel.offset < 0:
            yy = y if y * 12 + rel.month < now else y - 1
        elif rel.offset > 0:
            yy = y if y * 12 + rel.month - 2 > now else y + 1
        else:
            yy = y + 1 if (y + 1) * 12 + rel.month - 2 <= now else y
        return iso(yy), iso(yy), Precision.YEAR
    if unit == "decade":
        start = (y // 10 + rel.offset) * 10
        return iso(start), iso(start + 9), Precision.DECADE
    if unit == "named_month":
        year = _named_month_year(rel, y, mo, d, direction)
        month = rel.month or 1
        if rel.day is not None:
            day_end = rel.day_end or rel.day
            if not (valid_day(year, month, rel.day) and valid_day(year, month, day_end)):
                return None
            return iso(year, month, rel.day), iso(year, month, day_end), Precision.DAY
        return iso(year, month), iso(year, month), Precision.MONTH
    if mo is None:
        return None
    if unit == "month":
        yy, mm = _add_months(y, mo, rel.offset)
        if rel.day is not None:  # "في 12 الجاري", "في 23 و24 من الشهر الماضي"
            day_end = rel.day_end or rel.day
            if not (valid_day(yy, mm, rel.day) and valid_day(yy, mm, day_end)):
                return None
            return iso(yy, mm, rel.day), iso(yy, mm, day_end), Precision.DAY
        return iso(yy, mm), iso(yy, mm), Precision.MONTH
    if d is None:
        return None
    today = dt.date(y, mo, d)
    if unit == "day":
        start = today + dt.timedelta(days=rel.offset)
        end = start + dt.timedelta(days=max((rel.span_days or 1) - 1, 0))
        return start.isoformat(), end.isoformat(), Precision.DAY
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=rel.offset)
        if rel.weekday is not None:  # "on Monday last week"
            day = monday + dt.timedelta(days=rel.weekday)
            return day.isoformat(), day.isoformat(), Precision.DAY
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), Precision.DAY
    if unit == "weekday" and rel.weekday is not None:
        diff = rel.weekday - today.weekday()  # in -6..6
        if rel.offset < 0 or (rel.offset == 0 and direction < 0):
            back = (today.weekday() - rel.weekday) % 7
            if rel.offset < 0 and back == 0:
                back = 7
            day = today - dt.timedelta(days=back)
        elif rel.offset > 0 or direction > 0:
            ahead = diff % 7
            if rel.offset > 0 and ahead == 0:
                ahead = 7
            day = today + dt.timedelta(days=ahead)
        else:  # nearest occurrence; a tie (3 days either way) goes to the past
            back = (today.weekday() - rel.weekday) % 7
            ahead = diff % 7
            day = today - dt.timedelta(days=back) if back <= ahead else today + dt.timedelta(days=ahead)
        return day.isoformat(), day.isoformat(), Precision.DAY
    return None


def precision_of(value: str | None) -> Precision:
    """Precision of an ISO partial date ("2015" year, "2015-02" month, "2015-02-12" day)."""
    p = parse_published(value)
    if p is None:
        return Precision.UNKNOWN
    return Precision.DAY if p[2] else Precision.MONTH if p[1] else Precision.YEAR


def compare_partial(a: str, b: str) -> int:
    """Compare at the coarser of the two precisions: -1, 0 (same period at that precision), 1."""
    n = min(len(a), len(b))
    x, y = a[:n], b[:n]
    return (x > y) - (x < y)


def agrees(predicted: str | None, gold: str | None, precision: str) -> bool:
    """Does ``predicted`` agree with ``gold`` at the gold's precision? (decades: same decade)"""
    if not predicted or not gold:
        return False
    if precision == "decade":
        return predicted[:3] == gold[:3]
    n = {"year": 4, "month": 7, "day": 10}.get(precision, len(gold))
    return len(predicted) >= min(n, len(gold)) and predicted[:n] == gold[:n]
