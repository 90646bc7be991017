"""Quantities written as hyphenated compound adjectives ("a 50-million-euro grant"), and sums attached to the
aid they measure (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.ingest import make_article
from bilateral.mentions.dates import find_dates
from bilateral.mentions.quantities import find_quantities
from bilateral.model import Article
from bilateral.normalize import prepare
from bilateral.pipeline import Pipeline


def quantities(ctx: Context, s: str, lang: str = "en") -> list[tuple[str, float, str]]:
    text = prepare(Article("t", "t", s, lang, None))
    out = []
    for m in find_quantities(text, ctx, find_dates(text, ctx)):
        assert s[m.span.start:m.span.end] == m.text
        out.append((m.text, m.value.value, m.value.unit))
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Berlin pledged a 50-million-euro grant.", [("50-million-euro", 50e6, "EUR")]),
    ("The bank approved a $3.8-billion loan.", [("$3.8-billion", 3.8e9, "USD")]),
    ("They signed a 2-billion-dollar deal.", [("2-billion-dollar", 2e9, "USD")]),
    ("Tokyo offered a US$1.5-billion package.", [("US$1.5-billion", 1.5e9, "USD")]),
    ("London announced a 1.2-billion-pound fund.", [("1.2-billion-pound", 1.2e9, "GBP")]),
    ("Riyadh deposited a one-billion-dollar sum.", [("one-billion-dollar", 1e9, "USD")]),
    ("Brussels unveiled a €75-million programme.", [("€75-million", 75e6, "EUR")]),
    ("Cairo signed a 25-year lease.", [("25-year", 25, "year")]),
])
def test_quantities_w2_hyphenated_sums(ctx: Context, sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert quantities(ctx, sentence) == expected


@pytest.mark.parametrize("sentence", ["The 1990-1991 war ended.", "The vote was 12-3 in favour.",
                                      "Read pages 10-12 first."])
def test_quantities_w2_hyphens_without_a_unit_are_no_sum(ctx: Context, sentence: str) -> None:
    assert quantities(ctx, sentence) == []


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Germany announced a 50-million-euro grant to Jordan.", 50e6, "EUR"),
    ("The World Bank approved a $3.8-billion loan to Egypt.", 3.8e9, "USD"),
    ("Japan announced 300 million dollars in grants to Egypt.", 300e6, "USD"),
])
def test_quantities_w2_sum_attaches_to_the_aid(ctx: Context, sentence: str, value: float, unit: str) -> None:
    doc = Pipeline(ctx).run(make_article(sentence, "t", lang="en", published="2021-03-03"))
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid, [(e.type, e.source, e.target) for e in doc.events]
    assert any((q.value, q.unit) == (value, unit) for e in aid for q in e.quantities)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("قدمت الصين قرضا بقيمة نصف مليار دولار.", [("نصف مليار دولار", 5e8, "USD")]),
    ("تعهدت ألمانيا بنصف مليون يورو.", [("نصف مليون يورو", 5e5, "EUR")]),
])
def test_quantities_w2_arabic_half_a_scale(ctx: Context, sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert quantities(ctx, sentence, "ar") == expected
