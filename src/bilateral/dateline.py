"""News datelines ("CAIRO, May 5 (Agency) - ", "القاهرة - "): where and when a dispatch was filed.

Mentions inside a dateline are not actors or event dates; stages use this to skip them.
"""

from __future__ import annotations

import re

from .model import Span

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
