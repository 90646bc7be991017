"""An act with no party of its own ("were signed during the visit") takes the parties of the meeting told
before with a date of its own between two states -- not of a re-mention whose parties were misread."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article
from bilateral.pipeline import Pipeline

_BODY = ("Visit\nROME, April 18 - Spanish Prime Minister Pedro Sanchez was received by Italian Prime Minister "
         "Giorgia Meloni in Rome on Wednesday, his second visit to Italy this year.\n"
         "Two agreements were signed during the visit, including a budget support grant for schools.\n")


def test_events_agentless_signing_takes_the_parties_of_the_dated_visit(ctx: Context) -> None:
    a = Pipeline(ctx).run(Article("t", "t", _BODY, "en", "2024-04-18"))
    for etype in ("SUPPORT", "AID"):
        got = [e for e in a.events if str(e.type) == etype]
        assert got, etype
        assert all({e.source.country if e.source else None, e.target.country if e.target else None}
                   == {"ESP", "ITA"} for e in got), etype
