"""Shared helper of the actor-mention tests."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.mentions.actors import find_actors
from bilateral.model import Article, Mention
from bilateral.normalize import prepare


def actors(ctx: Context, text: str, lang: str, published: str = "2021-03-01") -> list[Mention]:
    """Actor mentions of one text; each mention's text is the slice of the original it points at."""
    found, _ = find_actors(prepare(Article("t", "t", text, lang, published)), ctx)
    for m in found:
        assert text[m.span.start:m.span.end] == m.text
    return found
