"""Server-rendered SVG charts: no JavaScript library, nothing fetched from the internet.

The dyad timeline is a diverging stacked bar chart: cooperation (quad classes 1 and 2) above the
axis, conflict (3 and 4) below, one column per period (zero-filled), a dot per period for the
balance (cooperation minus conflict). Every bar segment is a link (``href(period, key)``) so a
click lists exactly the events it counts. All text is escaped here; the result is safe markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["QUAD_SERIES", "TYPE_SERIES", "Series", "period_key", "period_range", "timeline_svg"]


@dataclass(frozen=True, slots=True)
class Series:
    """One stacked component: ``key`` as counted (quad "1".."4" or a type), ``sign`` +1 draws it
    above the axis (cooperation), -1 below (conflict)."""

    key: str
    label: str
    color: str
    sign: int


QUAD_SERIES: tuple[Series, ...] = (
    Series("1", "verbal cooperation", "#7fbf7b", 1),
    Series("2", "material cooperation", "#1b7837", 1),
    Series("3", "verbal conflict", "#f4a582", -1),
    Series("4", "material conflict", "#b2182b", -1),
)

# PLOVER types with the quad class they fall in (PLOVER manual summary table; SANCTION as 4,
# following the SANCTION section of the manual, as the events stage does)
_TYPE_QUAD = (
    ("AGREE", 1, "#a6dba0"), ("CONSULT", 1, "#7fbf7b"), ("SUPPORT", 1, "#5aae61"), ("CONCEDE", 1, "#c2e699"),
    ("COOPERATE", 2, "#1b7837"), ("AID", 2, "#00441b"), ("RETREAT", 2, "#41ab5d"),
    ("REQUEST", 3, "#fddbc7"), ("ACCUSE", 3, "#f4a582"), ("REJECT", 3, "#d6604d"), ("THREATEN", 3, "#e08214"),
    ("PROTEST", 4, "#fdb863"), ("SANCTION", 4, "#b2182b"), ("MOBILIZE", 4, "#8c510a"), ("COERCE", 4, "#762a83"),
    ("ASSAULT", 4, "#67001f"),
)
TYPE_SERIES: tuple[Series, ...] = tuple(Series(t, t.lower(), c, 1 if q <= 2 else -1) for t, q, c in _TYPE_QUAD)

_UNITS = ("year", "quarter", "month", "day")


def period_key(date: str | None, unit: str) -> str | None:
    """The period an ISO partial date falls in ("2015-02-12", "month" -> "2015-02"); None when the
    date is not precise enough for the unit."""
    if not date:
        return None
    parts = date.split("-")
    if unit == "year":
        return parts[0]
    if unit == "quarter":
        return f"{parts[0]}-Q{(int(parts[1]) - 1) // 3 + 1}" if len(parts) >= 2 else None
    if unit == "month":
        return f"{parts[0]}-{parts[1]}" if len(parts) >= 2 else None
    if unit == "day":
        return date[:10] if len(parts) >= 3 else None
    raise ValueError(f"unknown period unit {unit!r} (use one of {', '.join(_UNITS)})")


def period_range(first: str, last: str, unit: str, *, limit: int = 5000) -> list[str]:
    """Every period from ``first`` to ``last`` inclusive (keys as made by :func:`period_key`), so a
    chart shows empty periods as zero instead of closing the gap."""
    if unit not in _UNITS:
        raise ValueError(f"unknown period unit {unit!r} (use one of {', '.join(_UNITS)})")
    if first > last:
        first, last = last, first
    out: list[str] = []
    if unit == "year":
        out = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    elif unit in ("quarter", "month"):
        step = 3 if unit == "quarter" else 1

        def index(key: str) -> int:
            y, rest = key.split("-")
            m = (int(rest[1:]) - 1) * 3 + 1 if rest.startswith("Q") else int(rest)
            return int(y) * 12 + m - 1

        i, end = index(first), index(last)
        while i <= end:
            y, m = divmod(i, 12)
            out.append(f"{y:04d}-Q{m // 3 + 1}" if unit == "quarter" else f"{y:04d}-{m + 1:02d}")
            i += step
    else:
        d, end_d = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        while d <= end_d:
            out.append(d.isoformat())
            d += dt.timedelta(days=1)
    if len(out) > limit:
        raise ValueError(f"{len(out)} {unit} periods between {first} and {last}: too many, use a coarser period")
    return out


def _nice_max(v: int) -> int:
    if v <= 5:
        return max(v, 1)
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if v <= step * 5:
            return -(-v // step) * step
    return v


def timeline_svg(periods: Sequence[str], counts: Mapping[tuple[str, str], int], series: Sequence[Series], *,
                 href: Callable[[str, str | None], str] | None = None, selected: str | None = None,
                 title: str = "", unit_label: str = "events", legend: bool = True, width: int = 880,
                 height: int = 300) -> Markup:
    """Render a zero-filled diverging stacked bar chart as inline SVG.

    ``counts[(period, key)]`` is the count of ``key`` (a Series key) in ``period``. ``href(period,
    key)`` gives the link of a segment (key None: the whole column). ``selected`` marks a period.
    """
    left, right, top, bottom = 44, 12, 24, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    up = {p: sum(counts.get((p, s.key), 0) for s in series if s.sign > 0) for p in periods}
    down = {p: sum(counts.get((p, s.key), 0) for s in series if s.sign < 0) for p in periods}
    scale_max = _nice_max(max([*up.values(), *down.values(), 1]))
    has_down = any(s.sign < 0 for s in series)
    half = plot_h / 2 if has_down else plot_h
    axis_y = top + half
    unit = half / scale_max
    n = max(len(periods), 1)
    col = plot_w / n
    bar = max(min(col * 0.78, 48.0), 1.0)
    e = escape
    parts: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMidYMid meet" aria-label="{e(title or "timeline")}">',
        f"<title>{e(title or 'timeline')}</title>",
    ]
    # grid lines and axis labels
    for frac in (1.0, 0.5):
        v = round(scale_max * frac)
        for sign in ((1, -1) if has_down else (1,)):
            y = axis_y - sign * v * unit
            parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
            parts.append(f'<text class="tick" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">'
                         f'{"−" if sign < 0 else ""}{v}</text>')
    label_every = max(1, -(-n * 64 // plot_w)) if periods else 1
    for i, p in enumerate(periods):
        x = left + i * col + (col - bar) / 2
        total = up[p] + down[p]
        if p == selected:
            parts.append(f'<rect class="selected" x="{left + i * col:.1f}" y="{top}" width="{col:.1f}" '
                         f'height="{plot_h}"/>')
        # an invisible full-height link per column, so empty and thin periods stay clickable
        col_href = href(p, None) if href else None
        hit = (f'<rect class="hit" x="{left + i * col:.1f}" y="{top}" width="{col:.1f}" height="{plot_h}">'
               f"<title>{e(p)}: {total} {e(unit_label)}</title></rect>")
        parts.append(f'<a href="{e(col_href)}" class="col" data-period="{e(p)}">{hit}</a>' if col_href else hit)
        y_up, y_down = axis_y, axis_y
        for s in series:
            c = counts.get((p, s.key), 0)
            if not c:
                continue
            h = c * unit
            if s.sign > 0:
                y_up -= h
                y = y_up
            else:
                y = y_down
                y_down += h
            rect = (f'<rect class="seg" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                    f'fill="{e(s.color)}"><title>{e(p)} · {e(s.label)}: {c} {e(unit_label)}</title></rect>')
            if href:
                rect = (f'<a href="{e(href(p, s.key))}" class="bar" data-period="{e(p)}" data-key="{e(s.key)}" '
                        f'data-count="{c}">{rect}</a>')
            parts.append(rect)
        if i % label_every == 0:
            lx = left + i * col + col / 2
            parts.append(f'<text class="period" x="{lx:.1f}" y="{height - bottom + 16}" '
                         f'text-anchor="middle">{e(p)}</text>')
    # balance (cooperation minus conflict) as dots joined by a line
    if has_down and periods:
        pts = [(left + i * col + col / 2, axis_y - (up[p] - down[p]) * unit) for i, p in enumerate(periods)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        parts.append(f'<polyline class="balance" points="{path}"/>')
        for (x, y), p in zip(pts, periods, strict=True):
            parts.append(f'<circle class="balance" cx="{x:.1f}" cy="{y:.1f}" r="3">'
                         f"<title>{e(p)} balance: {up[p] - down[p]:+d}</title></circle>")
    parts.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{axis_y:.1f}" y2="{axis_y:.1f}"/>')
    # legend (for many series the page draws it in HTML instead)
    lx = left
    ly = height - 10
    for s in series if legend else ():
        parts.append(f'<rect x="{lx}" y="{ly - 9}" width="10" height="10" fill="{e(s.color)}"/>'
                     f'<text class="legend" x="{lx + 14}" y="{ly}">{e(s.label)}</text>')
        lx += 22 + 7 * len(s.label)
    if has_down and legend:
        parts.append(f'<circle class="balance" cx="{lx + 5}" cy="{ly - 4}" r="3"/>'
                     f'<text class="legend" x="{lx + 14}" y="{ly}">balance (cooperation − conflict)</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
