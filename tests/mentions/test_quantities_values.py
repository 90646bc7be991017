"""Quantity mentions normalized to value + unit (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.mentions.quantities import find_quantities
from bilateral.model import Article, MentionKind
from bilateral.normalize import prepare


def quantities(ctx: Context, s: str, lang: str) -> list[tuple[str, float, str, bool]]:
    text = prepare(Article("t", "t", s, lang, None))
    out = []
    for m in find_quantities(text, ctx, find_dates(text, ctx)):
        assert m.kind is MentionKind.QUANTITY
        assert s[m.span.start:m.span.end] == m.text
        out.append((m.text, m.value.value, m.value.unit, m.value.approx))
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    ("بلغت القيمة 2.11 بليون دولار.", [("2.11 بليون دولار", 2.11e9, "USD", False)]),
    ("يمتد الخط 1.5 ألف كيلومتر.", [("1.5 ألف كيلومتر", 1500, "km", False)]),
    ("بلغ الحجم بليوني دولار.", [("بليوني دولار", 2e9, "USD", False)]),
    ("بلغ الحجم بليون دولار.", [("بليون دولار", 1e9, "USD", False)]),
    ("ارتفعت بنسبة 73 في المئة.", [("73 في المئة", 73, "percent", False)]),
    ("وصلت إلى 459.8 مليون دولار.", [("459.8 مليون دولار", 459.8e6, "USD", False)]),
    ("امتد الطريق لـ70 كم.", [("70 كم", 70, "km", False)]),
    ("وبلغ العدد 12 ألفا و3.7 ألف.", [("12 ألفا", 12000, "count", False), ("3.7 ألف", 3700, "count", False)]),
    ("أجرى 4 زيارات.", [("4 زيارات", 4, "count", False)]),
    ("تبني مصر 4 مفاعلات بقدرة ١٢٠٠ ميغاواط.", [("4 مفاعلات", 4, "count", False),
                                              ("١٢٠٠ ميغاواط", 1200, "MW", False)]),
    ("صدرت ١٬٢٠٠ طن و٢٫٥ مليون برميل.", [("١٬٢٠٠ طن", 1200, "t", False), ("٢٫٥ مليون برميل", 2.5e6, "barrel", False)]),
    ("دفعت نحو 3 مليارات يورو و300 مليون جنيه مصري.", [("نحو 3 مليارات يورو", 3e9, "EUR", True),
                                                     ("300 مليون جنيه مصري", 3e8, "EGP", False)]),
    ("ارتفعت 20 بالمئة و5.5 في المائة و15%.", [("20 بالمئة", 20, "percent", False),
                                            ("5.5 في المائة", 5.5, "percent", False), ("15%", 15, "percent", False)]),
    ("شارك حوالي ثلاثة آلاف جندي.", [("حوالي ثلاثة آلاف جندي", 3000, "count", True)]),
    ("بلغت 5 ملايين روبل.", [("5 ملايين روبل", 5e6, "RUB", False)]),
])
def test_quantities_arabic(ctx: Context, sentence: str, expected: list[tuple[str, float, str, bool]]) -> None:
    got = quantities(ctx, sentence, "ar")
    assert [(t, u, a) for t, _, u, a in got] == [(t, u, a) for t, _, u, a in expected]
    assert [v for _, v, _, _ in got] == pytest.approx([v for _, v, _, _ in expected])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Trade reached $1.2bn last year.", [("$1.2bn", 1.2e9, "USD", False)]),
    ("It costs about 3 billion dollars.", [("about 3 billion dollars", 3e9, "USD", True)]),
    ("Egypt paid 300 million Egyptian pounds.", [("300 million Egyptian pounds", 3e8, "EGP", False)]),
    ("A loan of EUR 2.5 million and €4m.", [("EUR 2.5 million", 2.5e6, "EUR", False), ("€4m", 4e6, "EUR", False)]),
    ("Exports rose 7.5 percent to 1,200 tonnes.", [("7.5 percent", 7.5, "percent", False),
                                                  ("1,200 tonnes", 1200, "t", False)]),
    ("A 2,500 km pipeline and 4 MW.", [("2,500 km", 2500, "km", False), ("4 MW", 4, "MW", False)]),
    ("They built nearly 40 reactors.", [("nearly 40 reactors", 40, "count", True)]),
    ("Prices rose 3.5 per cent.", [("3.5 per cent", 3.5, "percent", False)]),
    ("Sales of 1.200,5 barrels.", [("1.200,5 barrels", 1200.5, "barrel", False)]),
])
def test_quantities_english(ctx: Context, sentence: str, expected: list[tuple[str, float, str, bool]]) -> None:
    got = quantities(ctx, sentence, "en")
    assert [(t, u, a) for t, _, u, a in got] == [(t, u, a) for t, _, u, a in expected]
    assert [v for _, v, _, _ in got] == pytest.approx([v for _, v, _, _ in expected])


def test_quantities_bare_numbers_are_not_quantities(ctx: Context) -> None:
    assert quantities(ctx, "The 2+2 format met; see page 12, versions 1.5 and 2.11.", "en") == []
    assert quantities(ctx, "اجتمعت صيغة 2+2 وانظر الصفحة 12 والإصدار 2.11.", "ar") == []


def test_quantities_never_overlap_dates(ctx: Context) -> None:
    got = quantities(ctx, "في عام 2015 وقع البلدان اتفاقا بقيمة 5 مليارات دولار في 3 مارس.", "ar")
    assert got == [("5 مليارات دولار", 5e9, "USD", False)]


def test_quantities_durations(ctx: Context) -> None:
    assert quantities(ctx, "بعد 72 عاما من العلاقات.", "ar") == [("72 عاما", 72, "year", False)]
