"""Date mentions: absolute, partial, ranges, decades, Hijri, and relative expressions."""

from __future__ import annotations

from ..context import Context
from ..model import Mention, Text


def find_dates(text: Text, ctx: Context) -> list[Mention]:
    return []
