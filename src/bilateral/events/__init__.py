"""Stage 4: event candidates from trigger lexicons, roles, status and attached dates/quantities."""

from __future__ import annotations

from ..context import Context
from ..model import Candidate, Mentions, Text


def extract_candidates(text: Text, mentions: Mentions, ctx: Context) -> list[Candidate]:
    return []
