"""English grammar read by the events stage: phrases that take a content, ordinals before a noun,
passives, reciprocal groups, document topics. Sentences are written for these tests."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _events(ctx: Context, body: str, published: str = "2022-06-15") -> list[Event]:
    return list(Pipeline(ctx).run(Article("t", "t", body, "en", published)).events)


def _coded(events: list[Event]) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def test_events_grammar_phrase_with_content_keeps_its_reading(ctx: Context) -> None:
    # "asked to buy" is a purchase request; "buy ... systems" inside it is its content, not a purchase
    events = _events(ctx, "Serbian President Aleksandar Vucic asked to buy more Chinese air defence systems on Monday.")
    assert ("REQUEST", "purchase", "SRB", "CHN") in _coded(events)
    assert not [e for e in events if str(e.type) == "COOPERATE"]
    # the purchase itself, told without a request, stays a purchase
    bought = _events(ctx, "Serbia bought Chinese air defence systems in 2022.")
    assert ("COOPERATE", "military") in {(str(e.type), e.mode) for e in bought}


def test_events_grammar_ordinal_before_visit_makes_it_a_noun(ctx: Context) -> None:
    # "her third visit"/"his fifth visit": a re-mention of the visit just told, whose parties carry on
    body = ("Austrian Chancellor Karl Nehammer was received by President Recep Tayyip Erdogan in Ankara on Monday, "
            "his fifth visit to Turkey in two years.\n"
            "Two agreements were signed during the visit, including a 40-million-euro grant for earthquake relief.")
    coded = _coded(_events(ctx, body))
    assert ("CONSULT", "visit", "AUT", "TUR") in coded
    assert ("SUPPORT", "sign", "AUT", "TUR") in coded or ("SUPPORT", "sign", "TUR", "AUT") in coded
    assert ("AID", None, "AUT", "TUR") in coded
