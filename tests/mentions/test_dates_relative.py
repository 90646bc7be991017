"""Relative date mentions keep what they say; resolution happens later (resolve_relative)."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.mentions.dates import find_dates
from bilateral.model import Article, Precision, Relative
from bilateral.normalize import prepare


def one(ctx: Context, s: str, lang: str) -> tuple[str, Relative | None, Precision]:
    ms = find_dates(prepare(Article("t", "t", s, lang, None)), ctx)
    assert len(ms) == 1, [m.text for m in ms]
    assert ms[0].value.start is None
    return ms[0].text, ms[0].value.relative, ms[0].value.precision


@pytest.mark.parametrize(("sentence", "text", "rel", "precision"), [
    ("التقى الوزيران اليوم في القاهرة.", "اليوم", Relative("day", 0), Precision.DAY),
    ("التقى الوزيران أمس في القاهرة.", "أمس", Relative("day", -1), Precision.DAY),
    ("يلتقي الوزيران غداً في القاهرة.", "غداً", Relative("day", 1), Precision.DAY),
    ("قال الوزير اليوم الأربعاء إن المحادثات مثمرة.", "اليوم الأربعاء", Relative("weekday", 0, weekday=2),
     Precision.DAY),
    ("وصل الوفد الأربعاء الماضي.", "الأربعاء الماضي", Relative("weekday", -1, weekday=2), Precision.DAY),
    ("عقدت جولة محادثات الأسبوع الماضي.", "الأسبوع الماضي", Relative("week", -1), Precision.DAY),
    ("تعقد جولة محادثات الأسبوع المقبل.", "الأسبوع المقبل", Relative("week", 1), Precision.DAY),
    ("زار الوزير موسكو الشهر الماضي.", "الشهر الماضي", Relative("month", -1), Precision.MONTH),
    ("يزور الوزير موسكو الشهر المقبل.", "الشهر المقبل", Relative("month", 1), Precision.MONTH),
    ("تراجعت التجارة العام الماضي.", "العام الماضي", Relative("year", -1), Precision.YEAR),
    ("تنمو التجارة العام المقبل.", "العام المقبل", Relative("year", 1), Precision.YEAR),
    ("تعقد القمة مطلع يناير المقبل.", "مطلع يناير المقبل", Relative("named_month", 1, month=1, part="early"),
     Precision.MONTH),
    ("وقعت الاتفاقية في نوفمبر الماضي.", "نوفمبر الماضي", Relative("named_month", -1, month=11), Precision.MONTH),
    ("وقعت الاتفاقية في نوفمبر/تشرين الثاني الماضي.", "نوفمبر/تشرين الثاني الماضي",
     Relative("named_month", -1, month=11), Precision.MONTH),
    ("سيصل الوفد خلال أيام.", "خلال أيام", Relative("day", 1, span_days=7), Precision.DAY),
    ("تعقد القمة خلال شهر يناير المقبل.", "شهر يناير المقبل", Relative("named_month", 1, month=1), Precision.MONTH),
    ("وصل الوفد في 13 فبراير/شباط لإجراء محادثات.", "13 فبراير/شباط", Relative("named_month", 0, month=2, day=13),
     Precision.DAY),
    ("وصل الوفد في 14 نوفمبر.", "14 نوفمبر", Relative("named_month", 0, month=11, day=14), Precision.DAY),
    ("عقدت القمة في 23-24 آيار.", "23-24 آيار", Relative("named_month", 0, month=5, day=23, day_end=24),
     Precision.DAY),
])
def test_dates_arabic_relative(ctx: Context, sentence: str, text: str, rel: Relative, precision: Precision) -> None:
    assert one(ctx, sentence, "ar") == (text, rel, precision)


@pytest.mark.parametrize(("sentence", "text", "rel", "precision"), [
    ("The ministers met today.", "today", Relative("day", 0), Precision.DAY),
    ("The ministers met yesterday.", "yesterday", Relative("day", -1), Precision.DAY),
    ("The ministers met on Wednesday.", "Wednesday", Relative("weekday", 0, weekday=2), Precision.DAY),
    ("Talks were held last week.", "last week", Relative("week", -1), Precision.DAY),
    ("Talks will be held next month.", "next month", Relative("month", 1), Precision.MONTH),
    ("Talks will be held next January.", "next January", Relative("named_month", 1, month=1), Precision.MONTH),
    ("Talks will be held early next year.", "early next year", Relative("year", 1, part="early"), Precision.YEAR),
    ("Talks will be held later this month.", "later this month", Relative("month", 0, part="late"),
     Precision.MONTH),
    ("Talks will be held in the coming days.", "in the coming days", Relative("day", 1, span_days=7),
     Precision.DAY),
    ("The summit ran from 19 to 20 December.", "19 to 20 December",
     Relative("named_month", 0, month=12, day=19, day_end=20), Precision.DAY),
    ("It was signed in November last.", "November last", Relative("named_month", -1, month=11), Precision.MONTH),
])
def test_dates_english_relative(ctx: Context, sentence: str, text: str, rel: Relative, precision: Precision) -> None:
    assert one(ctx, sentence, "en") == (text, rel, precision)


def test_dates_not_relative_phrases(ctx: Context) -> None:
    assert find_dates(prepare(Article("t", "t", "احتفلت البلاد باليوم الوطني.", "ar", None)), ctx) == []


def test_dates_this_day_of_an_earlier_year_is_the_publication_day_in_that_year(ctx: Context) -> None:
    t = prepare(Article("t", "t", "في مثل هذا اليوم من عام 1973 عبرت القوات القناة.", "ar", "2023-10-06"))
    ms = find_dates(t, ctx)
    assert [(m.value.start, m.value.precision) for m in ms] == [("1973-10-06", Precision.DAY)]
    # a year alone stays a year
    t = prepare(Article("t", "t", "عبرت القوات القناة عام 1973.", "ar", "2023-10-06"))
    assert [(m.value.start, m.value.precision) for m in find_dates(t, ctx)] == [("1973", Precision.YEAR)]


@pytest.mark.parametrize(("sentence", "text", "rel"), [
    ("التقى الوزيران في 12 الجاري في القاهرة.", "12 الجاري", Relative("month", 0, day=12)),
    ("وقع البلدان في العاشر من الشهر الماضي اتفاقا.", "العاشر من الشهر الماضي", Relative("month", -1, day=10)),
    ("تعقد القمة يوم 3 من الشهر المقبل.", "يوم 3 من الشهر المقبل", Relative("month", 1, day=3)),
    ("عقدت القمة في 23 و24 من الشهر الجاري.", "23 و24 من الشهر الجاري", Relative("month", 0, day=23, day_end=24)),
    ("والتقى الوزيران ليل الأحد في الرياض.", "ليل الأحد", Relative("weekday", 0, weekday=6)),
])
def test_dates_relative_day_of_a_relative_month(ctx: Context, sentence: str, text: str, rel: Relative) -> None:
    assert one(ctx, sentence, "ar") == (text, rel, Precision.DAY)


def test_dates_relative_feminine_modifier_after_a_number_is_no_day(ctx: Context) -> None:
    ms = find_dates(prepare(Article("t", "t", "تضاعفت التجارة خلال السنوات الـ20 الماضية.", "ar", None)), ctx)
    assert not any(getattr(m.value.relative, "day", None) for m in ms)


def test_dates_relative_weekday_of_a_relative_week(ctx: Context) -> None:
    assert one(ctx, "The ministers met on Monday last week in Cairo.", "en") == (
        "Monday last week", Relative("week", -1, weekday=0), Precision.DAY)
    assert one(ctx, "زار الرئيس القاهرة يوم الاثنين من الأسبوع الماضي.", "ar") == (
        "يوم الاثنين من الأسبوع الماضي", Relative("week", -1, weekday=0), Precision.DAY)


@pytest.mark.parametrize(("sentence", "text", "rel"), [
    ("Ties have been tense since last summer.", "last summer", Relative("season", -1, month=8)),
    ("The two leaders will meet next spring.", "next spring", Relative("season", 1, month=5)),
    ("وتوترت العلاقات منذ الصيف الماضي.", "الصيف الماضي", Relative("season", -1, month=8)),
    ("ويلتقي الزعيمان هذا الشتاء.", "هذا الشتاء", Relative("season", 0, month=2)),
])
def test_dates_season_named_relative_to_publication(ctx: Context, sentence: str, text: str, rel: Relative) -> None:
    assert one(ctx, sentence, "ar" if not sentence.isascii() else "en") == (text, rel, Precision.YEAR)


def test_dates_season_needs_a_modifier(ctx: Context) -> None:
    ms = find_dates(prepare(Article("t", "t", "The fall of the regime surprised its neighbours.", "en", None)), ctx)
    assert ms == []


@pytest.mark.parametrize(("sentence", "text", "years", "precision"), [
    ("Officials marked the 60th anniversary of diplomatic relations.", "60th anniversary", 60, Precision.YEAR),
    ("Officials marked the twenty-fifth anniversary of the treaty.", "twenty-fifth anniversary", 25, Precision.YEAR),
    ("تحل اليوم الذكرى الثالثة لقطع العلاقات.", "الذكرى الثالثة", 3, Precision.DAY),
    ("احتفل البلدان بالذكرى الخامسة والعشرين لإقامة العلاقات.", "بالذكرى الخامسة والعشرين", 25, Precision.YEAR),
])
def test_dates_anniversary_counts_years_back(ctx: Context, sentence: str, text: str, years: int,
                                             precision: Precision) -> None:
    lang = "en" if sentence.isascii() else "ar"
    ms = [m for m in find_dates(prepare(Article("t", "t", sentence, lang, None)), ctx) if m.rule.endswith("anniversary")]
    assert [(m.text, m.value.relative, m.value.precision) for m in ms] == [(text, Relative("year", -years), precision)]


def test_dates_anniversary_needs_an_ordinal_and_its_object(ctx: Context) -> None:
    for sentence, lang in (("The anniversary of the treaty passed quietly.", "en"),
                           ("Officials marked the 60th anniversary on Monday.", "en"),
                           ("مرت الذكرى دون احتفال.", "ar")):
        ms = find_dates(prepare(Article("t", "t", sentence, lang, None)), ctx)
        assert not any(m.rule.endswith("anniversary") for m in ms), sentence


def test_dates_hijri_month_with_a_modifier_and_no_year(ctx: Context) -> None:
    assert one(ctx, "زار الرئيس جاكرتا في جمادى الآخرة الماضي.", "ar") \
        == ("جمادى الآخرة الماضي", Relative("hijri_month", -1, month=6), Precision.MONTH)
    assert one(ctx, "وصل الوفد في 12 رمضان المقبل.", "ar") \
        == ("12 رمضان المقبل", Relative("hijri_month", 1, month=9, day=12), Precision.DAY)


def test_dates_month_day_then_a_year_counted_from_publication(ctx: Context) -> None:
    assert one(ctx, "The text was initialled on August 8 last year.", "en") \
        == ("August 8 last year", Relative("year", -1, month=8, day=8), Precision.DAY)


def test_dates_weeks_ago_count_days_back(ctx: Context) -> None:
    assert one(ctx, "The intelligence chiefs met two weeks ago in Dhaka.", "en") \
        == ("two weeks ago", Relative("day", -14), Precision.DAY)
    assert one(ctx, "وعقد الطرفان قبل أسبوعين لقاء في دكا.", "ar") \
        == ("قبل أسبوعين", Relative("day", -14), Precision.DAY)
