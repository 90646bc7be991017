"""Absolute, partial, range, decade and Hijri date mentions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.model import Article, MentionKind, Precision
from bilateral.normalize import prepare


def dates(ctx: Context, s: str, lang: str) -> list[tuple[str, str | None, str | None, str]]:
    text = prepare(Article("t", "t", s, lang, "2014-02-12"))
    out = []
    for m in find_dates(text, ctx):
        assert m.kind is MentionKind.DATE
        assert s[m.span.start:m.span.end] == m.text
        out.append((m.text, m.value.start, m.value.end, str(m.value.precision)))
    return out


@pytest.mark.parametrize(("sentence", "expected"), [
    ("عقد الاجتماع في ١٢ مايو ٢٠١٥ في موسكو.", [("١٢ مايو ٢٠١٥", "2015-05-12", "2015-05-12", "day")]),
    ("أقيمت العلاقات عام 1943 رسميا.", [("عام 1943", "1943", "1943", "year")]),
    ("تعززت الشراكة في العام 2004 بشكل كبير.", [("العام 2004", "2004", "2004", "year")]),
    ("وفي عام 1991 تغير كل شيء.", [("عام 1991", "1991", "1991", "year")]),
    ("في 26 أغسطس عام 1943 تبادل البلدان السفراء.", [("26 أغسطس عام 1943", "1943-08-26", "1943-08-26", "day")]),
    ("وفي آب عام 2008 اندلعت الحرب.", [("آب عام 2008", "2008-08", "2008-08", "month")]),
    ("وقع الاتفاق في 9 أيلول (سبتمبر) العام 2003 في العاصمة.",
     [("9 أيلول (سبتمبر) العام 2003", "2003-09-09", "2003-09-09", "day")]),
    ("زار الرئيس المدينة في نوفمبر/تشرين الثاني 2013.",
     [("نوفمبر/تشرين الثاني 2013", "2013-11", "2013-11", "month")]),
    ("وصل الوفد في 3 شباط/فبراير 2011.", [("3 شباط/فبراير 2011", "2011-02-03", "2011-02-03", "day")]),
    ("بدأ المشروع في جانفي 2019.", [("جانفي 2019", "2019-01", "2019-01", "month")]),
])
def test_dates_arabic_absolute(ctx: Context, sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(ctx, sentence, "ar") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Relations were established on 26 August 1943.", [("26 August 1943", "1943-08-26", "1943-08-26", "day")]),
    ("Relations were established on August 26, 1943.", [("August 26, 1943", "1943-08-26", "1943-08-26", "day")]),
    ("The talks collapsed in May 1990 in Geneva.", [("May 1990", "1990-05", "1990-05", "month")]),
    ("The embassy opened in 1964 after a long delay.", [("1964", "1964", "1964", "year")]),
    ("The note is dated 2015-02-12.", [("2015-02-12", "2015-02-12", "2015-02-12", "day")]),
    ("The 3rd of March 2012 was chosen.", [("3rd of March 2012", "2012-03-03", "2012-03-03", "day")]),
])
def test_dates_english_absolute(ctx: Context, sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert dates(ctx, sentence, "en") == expected


def test_dates_ranges(ctx: Context) -> None:
    assert dates(ctx, "عقدت القمة يومي 11 - 12 آذار (مارس) العام 2007 في دمشق.", "ar") == [
        ("11 - 12 آذار (مارس) العام 2007", "2007-03-11", "2007-03-12", "day")]
    assert dates(ctx, "The summit ran 19-20 December 2025 in Rome.", "en") == [
        ("19-20 December 2025", "2025-12-19", "2025-12-20", "day")]
    assert dates(ctx, "Trade grew between 2005 and 2008 steadily.", "en") == [
        ("between 2005 and 2008", "2005", "2008", "year")]
    assert dates(ctx, "ارتفعت التجارة بين عامي 2005 و2008 بسرعة.", "ar") == [
        ("بين عامي 2005 و2008", "2005", "2008", "year")]


def test_dates_decades(ctx: Context) -> None:
    got = dates(ctx, "في الخمسينات والستينات من القرن الماضي ساعدت موسكو القاهرة، ثم في السبعينيات تغير الأمر.", "ar")
    assert got == [("الخمسينات", "1950", "1959", "decade"), ("الستينات", "1960", "1969", "decade"),
                   ("السبعينيات", "1970", "1979", "decade")]
    got = dates(ctx, "Ties cooled in the 1990s; in the nineties and in the fifties of the last century.", "en")
    assert [g[1:] for g in got] == [("1990", "1999", "decade")] * 2 + [("1950", "1959", "decade")]


def test_dates_hijri_converted(ctx: Context) -> None:
    text = prepare(Article("t", "t", "اجتمع الوزراء في 15 رمضان 1445 هـ في مكة.", "ar", None))
    [m] = find_dates(text, ctx)
    assert m.text == "15 رمضان 1445 هـ"
    assert (m.value.start, m.value.precision, m.value.calendar) == ("2024-03-25", Precision.DAY, "hijri")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("بلغ الحجم 2.11 بليون دولار و1.5 ألف كيلومتر.", "ar"),
    ("اعتمد الطرفان صيغة 2+2 للحوار.", "ar"),
    ("ارتفعت الصادرات 73 في المئة إلى 459.8 مليون دولار.", "ar"),
    ("أجرى 4 زيارات ونفذ 63 مشروعاً على بعد 180 كم.", "ar"),
    ("بعد 72 عاما من العلاقات.", "ar"),
    ("قال الأب إن ابنه سافر إلى الباب العالي.", "ar"),
    ("Version 1.5 and 2.11 were released; see page 12 and page 1943.", "en"),
    ("Theresa May said she may march.", "en"),
    ("The ship carried in 1500 tonnes of wheat.", "en"),
])
def test_dates_never_quantities_or_words(ctx: Context, sentence: str, lang: str) -> None:
    assert dates(ctx, sentence, lang) == []


def test_dates_absolute_two_consecutive_years_after_during_are_one_span(ctx: Context) -> None:
    assert dates(ctx, "عقد البلدان جولات من المحادثات خلال عامي 2019 و2020 في مسقط.", "ar") == [
        ("عامي 2019 و2020", "2019", "2020", "year")]
    # two years apart, or without a word of duration, stay two points in time
    assert [g[1] for g in dates(ctx, "عقد البلدان جولتين خلال عامي 2015 و2018.", "ar")] == ["2015", "2018"]
    assert [g[1] for g in dates(ctx, "زار الرئيس القاهرة عامي 2015 و2016.", "ar")] == ["2015", "2016"]


def test_dates_absolute_year_opening_a_timeline_line(ctx: Context) -> None:
    body = "Key dates:\n- 1955: Egypt buys arms from Moscow.\n2005 - Putin visits Cairo.\nIn all, 1200 troops left."
    assert [(g[0], g[1]) for g in dates(ctx, body, "en")] == [("1955", "1955"), ("2005", "2005")]
    body = "محطات:\n1972: السادات يطرد الخبراء السوفيت.\n• 2015: توقيع اتفاق المحطة النووية."
    assert [g[1] for g in dates(ctx, body, "ar")] == ["1972", "2015"]
