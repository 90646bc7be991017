"""Pairs of parties: who is whose counterpart (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.pipeline import Pipeline


def _pairs(ctx: Context, body: str) -> set[tuple[str, str, str | None]]:
    events = Pipeline(ctx).run(make_article(body, "t", lang="en", published="2021-05-04")).events
    return {(str(e.type), e.source.country or "", e.target.country if e.target else None) for e in events}


def test_resolve_pairs_two_states_acting_together_are_not_each_others_target(ctx: Context) -> None:
    body = ("Sudan and Chad traded accusations in April after shelling near their border. Sudan recalled its "
            "ambassador from Chad. Britain and France suspended arms sales to the region on Monday.")
    pairs = _pairs(ctx, body)
    assert ("SANCTION", "GBR", "FRA") not in pairs and ("SANCTION", "FRA", "GBR") not in pairs
    # the article's own two states resuming flights are each other's counterparts
    assert ("RETREAT", "QAT", "BHR") in _pairs(ctx, "Qatar and Bahrain resumed flights on Monday.")


def test_resolve_pairs_a_dated_trade_figure_with_no_party_is_the_main_pairs_trade(ctx: Context) -> None:
    body = ("Chile and Peru signed a fisheries accord in 2004. Trade reached 2 billion dollars in 2007, "
            "against 1.5 billion dollars in 2006.")
    trade = {(e.date.start, frozenset((e.source.country, e.target.country if e.target else None)))
             for e in Pipeline(ctx).run(make_article(body, "t", lang="en", published="2010-01-01")).events
             if e.mode == "trade"}
    assert trade == {("2007", frozenset({"CHL", "PER"})), ("2006", frozenset({"CHL", "PER"}))}
