"""Offsets of date and quantity mentions point at their words in the original text."""

from __future__ import annotations

import itertools

import pytest

from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.mentions.quantities import find_quantities
from bilateral.model import Article
from bilateral.normalize import prepare

ARTICLES = [
    ("ar", "وَصَلَ وزيرُ الخارجية إلى القاهرة أمسِ الثلاثاء في زيارة تستغرق يومين.\n"
           "وقال إن التبادل التجاري بلغ نحو ٣٫٥ مليار دولار عام ٢٠١٣، بزيادة ١٢ في المئة.\n"
           "- في 11 - 12 آذار (مارس) العام 2007 عقدت قمة، ثم في الخمسينات والستينات من القرن الماضي.\n"
           "وسيلتقي الجانبان مطلع يناير المقبل لتوقيع اتفاق لبناء 4 مفاعلات بقدرة 1200 ميغاواط."),
    ("ar", "أعلنت الوزارة اليوم الأربعاء أنها ستمنح قرضاً بقيمة بليوني دولار خلال أيام،\n"
           "بعد اتفاق وُقع في 15 رمضان 1445 هـ، ومدّ خط أنابيب لـ70 كم و3.7 ألف طن."),
    ("en", "The minister arrived in Cairo yesterday. Trade reached about $3.5bn in 2013, up 12 percent.\n"
           "Relations go back to 26 August 1943 and to the 1950s. The two sides will meet next January\n"
           "to sign a deal for 4 reactors of 1,200 MW, worth 300 million Egyptian pounds."),
]


@pytest.mark.parametrize(("lang", "body"), ARTICLES)
def test_dates_offsets_match_original_text(ctx: Context, lang: str, body: str) -> None:
    text = prepare(Article("t", "t", body, lang, "2014-02-12"))
    dates = find_dates(text, ctx)
    quantities = find_quantities(text, ctx, dates)
    assert len(dates) >= 3 and len(quantities) >= 3
    for m in [*dates, *quantities]:
        assert body[m.span.start:m.span.end] == m.text
        assert m.text == m.text.strip() and m.text
        sent = text.sentences[m.sentence]
        assert sent.start <= m.span.start and m.span.end <= sent.end, m.text
    for q in quantities:
        assert not any(q.span.overlaps(d.span) for d in dates)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(dates))


def test_dates_offsets_keep_harakat_and_tatweel(ctx: Context) -> None:
    body = "سيزور الوفد القاهرة غداً، والتقى الوزير أمسِ في 15 رمضان 1445 هـ."
    got = [m.text for m in find_dates(prepare(Article("t", "t", body, "ar", None)), ctx)]
    assert got == ["غداً", "أمسِ", "15 رمضان 1445 هـ"]
