"""Calendar arithmetic on ISO partial dates ("1990", "1990-05", "1990-05-14"), shared by stages.

Relative date expressions found by the mentions stage are resolved here against the publication
date (called by the resolve stage only).
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from .model import DateRef, Precision, Relative


def parse_partial(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else None
        d = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return None
    return y, m, d


def precision_of(value: str | None) -> Precision:
    p = parse_partial(value)
    if p is None:
        return Precision.UNKNOWN
    return Precision.DAY if p[2] else Precision.MONTH if p[1] else Precision.YEAR


def fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


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


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + k
    return total // 12, total % 12 + 1


def resolve_relative(ref: DateRef, published: str | None) -> tuple[str, str | None, Precision] | None:
    """Resolve ``ref.relative`` against an ISO partial publication date. Returns (start, end,
    precision) or None when the anchor is too coarse for the expression."""
    rel: Relative | None = ref.relative
    anchor = parse_partial(published)
    if rel is None or anchor is None:
        return None
    y, m, d = anchor
    unit = rel.unit
    if unit == "year":
        return fmt(y + rel.offset), None, Precision.YEAR
    if unit == "decade":
        start = (y // 10 + rel.offset) * 10
        return fmt(start), fmt(start + 9), Precision.DECADE
    if unit in ("month", "named_month", "season") and m is None and unit != "named_month":
        return None
    if unit == "month":
        yy, mm = _add_months(y, m or 1, rel.offset)
        return fmt(yy, mm), None, Precision.MONTH
    if unit == "named_month" and rel.month:
        day = getattr(rel, "day", None)
        day_end = getattr(rel, "day_end", None)
        if rel.offset == 0:
            # a month without a year: the occurrence nearest to the publication date
            pm = m or 6
            candidates = [(abs((yy * 12 + rel.month) - (y * 12 + pm)), yy) for yy in (y - 1, y, y + 1)]
            yy = min(candidates)[1]
        elif rel.offset > 0:
            yy = y if (m is not None and rel.month > m) else y + 1
            yy += rel.offset - 1
        else:
            yy = y if (m is not None and rel.month < m) else y - 1
            yy += rel.offset + 1
        if day:
            last = _cal.monthrange(yy, rel.month)[1]
            start = fmt(yy, rel.month, min(day, last))
            end = fmt(yy, rel.month, min(day_end, last)) if day_end else None
            return start, end, Precision.DAY
        return fmt(yy, rel.month), None, Precision.MONTH
    if d is None:
        if unit in ("day", "weekday", "week") and m is not None:
            return fmt(y, m), None, Precision.MONTH
        return None
    base = date(y, m or 1, d)
    if unit == "day":
        if rel.span_days:
            end = base + timedelta(days=rel.span_days)
            return base.isoformat(), end.isoformat(), Precision.DAY
        return (base + timedelta(days=rel.offset)).isoformat(), None, Precision.DAY
    if unit == "week":
        start = base + timedelta(weeks=rel.offset) - timedelta(days=base.weekday())
        return start.isoformat(), (start + timedelta(days=6)).isoformat(), Precision.DAY
    if unit == "weekday" and rel.weekday is not None:
        delta = rel.weekday - base.weekday()
        if rel.offset < 0:
            delta = delta - 7 if delta >= 0 else delta
        elif rel.offset > 0:
            delta = delta + 7 if delta <= 0 else delta
        elif delta > 0:
            # "on Wednesday" in a past-tense report usually means this week's, not next week's
            delta -= 7 if delta > 3 else 0
        return (base + timedelta(days=delta)).isoformat(), None, Precision.DAY
    return None
