"""Actor and place mentions (countries, capitals, demonyms, organisations, people, titles)."""

from __future__ import annotations

from ..context import Context
from ..model import Mention, Text


def find_actors(text: Text, ctx: Context) -> tuple[list[Mention], list[Mention]]:
    """Return (actor mentions, place mentions), sorted by start offset."""
    return [], []
