"""'The two neighbours' with no pair named close by is the article's main pair, when one of them was just
named (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline

_STORY = ("Vietnam and Cambodia reopened two border crossings on Monday after a year of closure.\n"
          "Vietnam had closed the crossings in a row over fishing rights, and Cambodia recalled its ambassador "
          "from Hanoi in protest.\n"
          "Cambodia's prime minister welcomed the step, Vietnamese media said.\n"
          "Thailand praised the move.\n"
          "China sent an envoy to Phnom Penh on Tuesday.\n")


def _trade(ctx: Context, last: str) -> set[frozenset[str | None]]:
    a = Pipeline(ctx).run(Article("t", "t", _STORY + last, "en", "2022-05-11"))
    return {frozenset((e.source.country if e.source else None, e.target.country if e.target else None))
            for e in a.events if e.mode == "trade"}


def test_resolve_group_main_pair_when_one_member_was_just_named(ctx: Context) -> None:
    got = _trade(ctx, "Cambodia also eased visa rules. Trade between the two neighbours was worth $9 billion in 2021.")
    assert got == {frozenset(("VNM", "KHM"))}, got


def test_resolve_group_pair_named_in_the_sentence_before_wins(ctx: Context) -> None:
    got = _trade(ctx, "Laos and Cambodia opened a bridge. Trade between the two neighbours was worth $2 billion in 2021.")
    assert got == {frozenset(("LAO", "KHM"))}, got
