"""Quantity mentions: numbers, scales, currencies, percentages and units."""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..model import Mention, Text


def find_quantities(text: Text, ctx: Context, dates: Sequence[Mention] = ()) -> list[Mention]:
    """Quantities outside the spans of ``dates`` (a year is never a quantity)."""
    return []
