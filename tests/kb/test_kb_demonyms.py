"""Nationality adjectives in the knowledge base: every state has them unless a decision in states.yaml
leaves them out, and no generated form (nisba inflections, the article) names two states."""

from __future__ import annotations

from collections import defaultdict

import pytest

from bilateral.context import Context
from bilateral.folding import fold_phrase
from bilateral.mentions.actors import build_lexicon

# states left without a form on purpose (see the comments in kb/data/states.yaml)
NO_DEMONYM_EN = {"CAF", "FSM", "COG", "DMA", "VCT", "VAT"}  # regional words, given to another state, or the name
NO_NISBA_AR = {"MLI", "COM", "TLS", "COG", "DMA", "CAF", "FSM", "SSD", "ZAF", "GNB", "VCT",  # common words/shared
               "ATG", "CPV", "GRD", "KIR", "KNA", "LCA", "LIE", "LSO", "MCO", "MHL", "NRU", "PLW", "PNG",
               "SLB", "SMR", "STP", "SWZ", "SYC", "TON", "TUV", "VUT", "WSM"}  # no settled Arabic nisba


def test_kb_demonyms_every_state_has_them(ctx: Context) -> None:
    states = [c for c in ctx.kb.countries.values() if c.kind == "state"]
    assert len(states) > 190
    no_en = {c.code for c in states if not c.forms_of("en", "demonym")}
    no_ar = {c.code for c in states if not (c.forms_of("ar", "nisba") or c.forms_of("ar", "demonym"))}
    assert no_en <= NO_DEMONYM_EN, sorted(no_en - NO_DEMONYM_EN)
    assert no_ar <= NO_NISBA_AR, sorted(no_ar - NO_NISBA_AR)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_kb_demonyms_generated_forms_name_one_state(ctx: Context, lang: str) -> None:
    """The lexicon's demonym forms (with every nisba ending and the article) belong to one country each and
    are no name, capital or demonym of another country."""
    lex = build_lexicon(ctx.kb, ctx.lang(lang))
    owners: dict[str, set[str]] = defaultdict(set)
    demonyms: set[str] = set()
    for entries in lex.matcher._index.values():
        for _toks, entry, phrase in entries:
            if entry.type in ("country", "capital", "demonym") and entry.country:
                kind = ctx.kb.country(entry.country).kind
                if kind != "territory":
                    owners[phrase].add(entry.country)
                if entry.type == "demonym":
                    demonyms.add(phrase)
    clashes = {f: codes for f, codes in owners.items() if f in demonyms and len(codes) > 1}
    assert not clashes, clashes


def test_kb_demonyms_not_forms_kept_apart(ctx: Context) -> None:
    """not_forms of a nisba keep the stem (its other inflections are generated) and are listed as "not"."""
    bfa = ctx.kb.country("BFA")
    assert fold_phrase("بوركيني") in {fold_phrase(f) for f in bfa.forms_of("ar", "nisba")}
    assert "البوركيني" in bfa.forms_of("ar", "not")
    # a not_form of a name is still removed from the names (the Maldives' capital مالي is Mali's name)
    assert "مالي" not in ctx.kb.country("MDV").forms_of("ar", "capital")

