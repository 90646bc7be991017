"""News datelines ("CAIRO, May 5 (Agency) - ", "القاهرة - "): where and when a dispatch was filed.

Mentions inside a dateline are not actors or event dates; stages use this to skip them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .calendar import parse_published, valid_day
from .model import DateRef, Mention, Span

# an upper-case (Latin) or Arabic place name of a few words, optional ", date", optional "(agency)",
# then a dash separator
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'/ -]{1,40}|[\u0600-\u06ff][\u0600-\u06ff\u064b-\u0652 /]{1,30}?)"
    r"(?:,[^\n\-\u2013\u2014]{1,30})?\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]\s")


def dateline_span(text: str, sentences: tuple[Span, ...], first: int = 3) -> Span | None:
    """The dateline at the start of one of the first sentences, or None."""
    for s in sentences[:first]:
        m = _DATELINE.match(text, s.start, s.end)
        if m:
            return Span(s.start, m.end())
    return None


def dispatch_day(published: str | None, dateline: Span | None, dates: Sequence[Mention]) -> str | None:
    """The publication date made exact by the dateline ("TUNIS, April 18 (Agency) -") when it lacks the day:
    relative dates ("yesterday", "on Tuesday") are counted from the day the dispatch was filed. A dateline
    day that contradicts the publication's month or year is ignored; a full publication date is kept."""
    pub = parse_published(published)
    if dateline is None or (pub is not None and pub[2] is not None):
        return published
    for m in dates:
        ref = m.value
        if not dateline.contains(m.span) or not isinstance(ref, DateRef):
            continue
        if ref.start and len(ref.start) >= 10:
            day = ref.start[:10]
        elif ref.relative is not None and ref.relative.unit == "named_month" and ref.relative.month \
                and ref.relative.day and pub is not None \
                and valid_day(pub[0], ref.relative.month, ref.relative.day):
            day = f"{pub[0]:04d}-{ref.relative.month:02d}-{ref.relative.day:02d}"
        else:
            continue
        if pub is None or (day[:4] == f"{pub[0]:04d}" and (pub[1] is None or int(day[5:7]) == pub[1])):
            return day
    return published
