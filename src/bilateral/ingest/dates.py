"""Publication dates: ISO partial dates ("2015", "2015-02", "2015-02-12"), timestamps truncated."""

from __future__ import annotations

import re
from datetime import date

from ..errors import BadDate

_PARTIAL = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][0-9:.+\-Z]*)?\s*$")


def parse_published(value: object, source: str) -> str | None:
    """Normalize a publication date to an ISO partial date; raise BadDate naming ``source``."""
    if value is None or value == "":
        return None
    m = _PARTIAL.match(str(value))
    if not m:
        raise BadDate(f"publication date {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", source)
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            return date(int(y), int(mo), int(d)).isoformat()
        if mo:
            date(int(y), int(mo), 1)
            return f"{y}-{int(mo):02d}"
    except ValueError as e:
        raise BadDate(f"publication date {value!r} is not a real date ({e})", source) from e
    return y
