"""Ordinal day words, "N years ago", the current month/year after a month name, day ranges across two
months and English relative units (sentences written for these tests). Each mention is also
resolved against a publication date, as the resolve stage does."""

from __future__ import annotations

import pytest

from bilateral.calendar import resolve_relative
from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.model import Article, DateRef, Precision, Relative
from bilateral.normalize import prepare

PUBLISHED = "2024-06-20"


def found(ctx: Context, s: str, lang: str) -> list[tuple[str, str | None, str | None, str]]:
    """(text, resolved start, resolved end, resolved precision) of every date mention."""
    out = []
    for m in find_dates(prepare(Article("t", "t", s, lang, PUBLISHED)), ctx):
        assert s[m.span.start:m.span.end] == m.text
        r = resolve_relative(m.value, PUBLISHED)
        assert r is not None, m
        out.append((m.text, r[0], r[1], str(r[2])))
    return out


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # ordinal day words
    ("ar", "التقى الوزيران في الخامس من حزيران/يونيو الجاري في عمان.",
     [("الخامس من حزيران/يونيو الجاري", "2024-06-05", "2024-06-05", "day")]),
    ("ar", "وقع البلدان الاتفاقية في الحادي والعشرين من مارس 2019 في الرياض.",
     [("الحادي والعشرين من مارس 2019", "2019-03-21", "2019-03-21", "day")]),
    ("ar", "تبدأ المفاوضات في الأول من يناير المقبل.",
     [("الأول من يناير المقبل", "2025-01-01", "2025-01-01", "day")]),
    ("ar", "أعيد فتح السفارة في الثالث عشر من شباط 2020.",
     [("الثالث عشر من شباط 2020", "2020-02-13", "2020-02-13", "day")]),
    ("ar", "انتهت المهلة في الحادي والثلاثين من ديسمبر 2021.",
     [("الحادي والثلاثين من ديسمبر 2021", "2021-12-31", "2021-12-31", "day")]),
    ("en", "The accord was signed on the fifth of June 2019.",
     [("fifth of June 2019", "2019-06-05", "2019-06-05", "day")]),
    ("en", "Ties were restored on the twenty-first of March 2016.",
     [("twenty-first of March 2016", "2016-03-21", "2016-03-21", "day")]),
    # the current month / a year counted from publication after a month name
    ("ar", "زار الوزير موسكو في حزيران الجاري.", [("حزيران الجاري", "2024-06", "2024-06", "month")]),
    ("ar", "تعقد القمة في يونيو الحالي.", [("يونيو الحالي", "2024-06", "2024-06", "month")]),
    ("ar", "زار الوزير باريس في مارس من العام الماضي.",
     [("مارس من العام الماضي", "2023-03", "2023-03", "month")]),
    ("en", "The minister visited Paris in March last year.", [("March last year", "2023-03", "2023-03", "month")]),
    ("en", "Troops withdrew in June this year.", [("June this year", "2024-06", "2024-06", "month")]),
    # N years / days ago
    ("ar", "وقع البلدان معاهدة صداقة قبل 51 عاما في مثل هذا الشهر.",
     [("قبل 51 عاما في مثل هذا الشهر", "1973-06", "1973-06", "month")]),
    ("ar", "أقام البلدان علاقات دبلوماسية قبل واحد وخمسين عاما.",
     [("قبل واحد وخمسين عاما", "1973", "1973", "year")]),
    ("ar", "انسحبت القوات من المدينة قبل عامين.", [("قبل عامين", "2022", "2022", "year")]),
    ("ar", "وصل الوفد إلى القاهرة قبل ثلاثة أيام.", [("قبل ثلاثة أيام", "2024-06-17", "2024-06-17", "day")]),
    ("ar", "فرضت العقوبات قبل نحو خمسة أشهر.", [("قبل نحو خمسة أشهر", "2024-01", "2024-01", "month")]),
    ("en", "Fifty-one years ago this month, the two countries signed a treaty.",
     [("Fifty-one years ago this month", "1973-06", "1973-06", "month")]),
    ("en", "The two states signed the accord 25 years ago.", [("25 years ago", "1999", "1999", "year")]),
    ("en", "The envoy arrived three days ago.", [("three days ago", "2024-06-17", "2024-06-17", "day")]),
    ("en", "The embassy reopened a year ago.", [("a year ago", "2023", "2023", "year")]),
    # day ranges across two months
    ("ar", "عقدت الجولة الأولى من 30 نيسان إلى 2 أيار 2024 في جنيف.",
     [("من 30 نيسان إلى 2 أيار 2024", "2024-04-30", "2024-05-02", "day")]),
    ("en", "Talks were held from 30 April to 2 May 2024 in Geneva.",
     [("from 30 April to 2 May 2024", "2024-04-30", "2024-05-02", "day")]),
    ("en", "Talks were held from April 30 to May 2, 2024 in Geneva.",
     [("from April 30 to May 2, 2024", "2024-04-30", "2024-05-02", "day")]),
    ("en", "The truce ran from 28 December 2023 to 3 January 2024.",
     [("from 28 December 2023 to 3 January 2024", "2023-12-28", "2024-01-03", "day")]),
    # English relative units and phrases, weekdays
    ("en", "The minister will visit this month; trade fell last month and will grow next year.",
     [("this month", "2024-06", "2024-06", "month"), ("last month", "2024-05", "2024-05", "month"),
      ("next year", "2025", "2025", "year")]),
    ("en", "The summit is expected later this year; ministers met earlier this week.",
     [("later this year", "2024", "2024", "year"), ("earlier this week", "2024-06-17", "2024-06-23", "day")]),
    ("en", "Sanctions may be lifted in the coming months.",
     [("in the coming months", "2024-06-21", "2024-12-17", "day")]),
    ("en", "Iran and Saudi Arabia agreed on Friday to restore relations.",
     [("Friday", "2024-06-21", "2024-06-21", "day")]),
    ("ar", "التقى الوزيران في وقت سابق من هذا الأسبوع.",
     [("في وقت سابق من هذا الأسبوع", "2024-06-17", "2024-06-23", "day")]),
])
def test_dates_ordinals_ago_ranges_resolved(ctx: Context, lang: str, sentence: str,
                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert found(ctx, sentence, lang) == expected


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ar", "تربط البلدين علاقات منذ 72 عاما."),  # a duration, not an event date
    ("ar", "وصل الوفد قبل ثلاثة أيام من القمة."),  # before another event, not before publication
    ("ar", "عقد الاجتماع الأول من نوعه بين الجانبين."),  # "the first of its kind": no month
    ("en", "Relations have lasted for 72 years."),
    ("en", "It was the first of many visits."),
])
def test_dates_ordinals_ago_not_dates(ctx: Context, lang: str, sentence: str) -> None:
    assert find_dates(prepare(Article("t", "t", sentence, lang, PUBLISHED)), ctx) == []


def test_dates_ago_keeps_relative_unit(ctx: Context) -> None:
    [m] = find_dates(prepare(Article("t", "t", "وصل الوفد قبل ثلاثة أيام.", "ar", PUBLISHED)), ctx)
    assert m.value.relative == Relative("day", -3)
    [m] = find_dates(prepare(Article("t", "t", "Fifty-one years ago this month, ties began.", "en", None)), ctx)
    assert (m.value.relative, m.value.precision) == (Relative("year", -51), Precision.MONTH)


def test_calendar_year_unit_with_month() -> None:
    june = DateRef(None, None, Precision.MONTH, relative=Relative("year", 0, month=6))
    assert resolve_relative(june, "2024-11-02") == ("2024-06", "2024-06", Precision.MONTH)
    day = DateRef(None, None, Precision.DAY, relative=Relative("year", -1, month=2, day=29))
    assert resolve_relative(day, "2024-03-01") is None  # 29 February 2023 does not exist
    plain = DateRef(None, None, Precision.YEAR, relative=Relative("year", -3))
    assert resolve_relative(plain, "2024-03-01") == ("2021", "2021", Precision.YEAR)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # multiples of years: decades, half a century
    ("en", "Two decades ago the two neighbours signed a border pact.", [("Two decades ago", "2004", "2004", "year")]),
    ("en", "Half a century ago today, the first ambassador arrived.",
     [("Half a century ago today", "1974-06-20", "1974-06-20", "day")]),
    ("ar", "وقبل ثلاثة عقود وقع البلدان معاهدة صداقة.", [("قبل ثلاثة عقود", "1994", "1994", "year")]),
    ("ar", "في مثل هذا اليوم قبل نصف قرن وصل أول سفير إلى العاصمة.",
     [("في مثل هذا اليوم قبل نصف قرن", "1974-06-20", "1974-06-20", "day")]),
    # "on this day in 1990": the publication's day and month, in that year
    ("en", "On this day in 1967, the two countries broke off relations.",
     [("On this day in 1967", "1967-06-20", "1967-06-20", "day")]),
    ("ar", "في مثل هذا اليوم من عام 1967 قطع البلدان العلاقات.",
     [("في مثل هذا اليوم من عام 1967", "1967-06-20", "1967-06-20", "day")]),
])
def test_dates_year_multiples_and_this_day_in_a_year(ctx: Context, lang: str, sentence: str,
                                                     expected: list[tuple[str, str, str, str]]) -> None:
    assert found(ctx, sentence, lang) == expected
