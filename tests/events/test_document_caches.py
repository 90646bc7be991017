"""The events stage's per-document caches: cue matches per matcher, and the tokens of names and dates."""

from __future__ import annotations

import gc

from bilateral.context import Context
from bilateral.events.document import Doc
from bilateral.ingest import make_article
from bilateral.matcher import Clitics, PhraseMatcher
from bilateral.mentions import find_mentions
from bilateral.normalize import prepare


def _doc(ctx: Context, body: str) -> Doc:
    text = prepare(make_article(body, "x", lang="en", published="2024-03-05"), ctx)
    return Doc.build(text, find_mentions(text, ctx))


def test_cues_of_short_lived_matchers_are_never_confused(ctx: Context) -> None:
    # matchers made and dropped one after another often reuse one address: the cache must still tell them apart
    doc = _doc(ctx, "Egypt and Russia signed a deal in Cairo, then discussed wheat and gas in Moscow.")
    words = ["signed", "deal", "cairo", "wheat", "gas", "moscow", "discussed"]
    for word in words * 3:
        matcher = PhraseMatcher([(word, word)], Clitics())
        found = doc.cues(matcher, 0, len(doc.tokens))
        assert [payload for _, _, payload in found] == [word]
        del matcher, found
        gc.collect()


def test_cues_are_cut_to_the_token_range(ctx: Context) -> None:
    doc = _doc(ctx, "Egypt and Russia signed a deal. Russia signed a second deal.")
    matcher = PhraseMatcher([("signed", "sign")], Clitics())
    everything = doc.cues(matcher, 0, len(doc.tokens))
    assert len(everything) == 2
    second_sentence = doc.sentence_tokens[1]
    assert doc.cues(matcher, *second_sentence) == [everything[1]]
    assert doc.cues(matcher, 5, 5) == []


def test_names_and_dates_follow_replaced_mention_lists(ctx: Context) -> None:
    doc = _doc(ctx, "Egypt and Russia signed a deal on 3 May 2021.")
    egypt = doc.actors[0].first
    assert doc.in_name_or_time(egypt)
    doc.actors = [p for p in doc.actors if p.first != egypt]  # the events stage replaces the lists
    assert not doc.in_name_or_time(egypt)
    doc.actors.append(next(p for p in doc._place(find_mentions(doc.text, ctx).actors) if p.first == egypt))
    assert doc.in_name_or_time(egypt)  # grown in place: the length tells
