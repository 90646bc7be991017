"""Dates carried to the sentences after a dated one: a cause told in a background clause of the lead ("summoned
the envoy on Tuesday, after a ship fired on a boat on Monday") is not the news of the day the next sentences
go on with; "later that year" / "في العام نفسه" after a year said with no event of its own. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return [e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype]


@pytest.mark.parametrize(("lang", "body", "etype"), [
    ("en", "Vietnam summoned the Chinese ambassador on Tuesday, after a Chinese coast guard ship fired water cannon "
           "at a Vietnamese fishing boat on Monday. Hanoi demanded that Beijing compensate the fishermen.", "REQUEST"),
    ("ar", "استدعت فيتنام اليوم الثلاثاء السفير الصيني، بعد أن أطلقت سفينة صينية مدافع المياه على قارب صيد فيتنامي "
           "أمس الاثنين. وطالبت هانوي بكين بتعويض الصيادين.", "REQUEST"),
    ("ar", "استدعت فيتنام اليوم الثلاثاء السفير الصيني، إثر إطلاق سفينة صينية مدافع المياه على قارب صيد فيتنامي "
           "أمس الاثنين. ورفضت الصين الاتهامات الفيتنامية.", "REJECT"),
    ("ar", "استدعت فيتنام اليوم الثلاثاء السفير الصيني، بعدما أطلقت سفينة صينية مدافع المياه على قارب صيد فيتنامي "
           "أمس الاثنين. وطالبت هانوي الصين بفتح تحقيق.", "REQUEST"),
], ids=["en-after", "ar-baad-an", "ar-ithr", "ar-badama"])
def test_dates_background_cause_of_the_lead_is_not_carried(ctx: Context, lang: str, body: str, etype: str) -> None:
    assert _dates(ctx, body, lang, "2026-04-14", etype) == ["2026-04-14"]
    # the cause keeps its own day
    assert _dates(ctx, body, lang, "2026-04-14", "ASSAULT") == ["2026-04-13"]


def test_dates_background_after_a_planned_act_is_carried(ctx: Context) -> None:
    # the lead's act is still to come: a past act told after does not take its day
    body = ("Mexico will announce retaliatory tariffs on US goods on Sunday, after Washington's duties on Mexican "
            "steel took effect on Tuesday. The White House accused Mexico of shielding cartels.")
    assert _dates(ctx, body, "en", "2025-03-05", "ACCUSE") != ["2025-03-09"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Relations between Morocco and Iran soured in March 2019. Later that year, Morocco expelled the "
           "Iranian ambassador."),
    ("ar", "شهدت العلاقات بين المغرب وإيران توترا في مارس 2019. وفي العام نفسه طرد المغرب السفير الإيراني."),
    ("ar", "تدهورت العلاقات بين المغرب وإيران في عام 2019. وفي ذلك العام أيضا طرد المغرب السفير الإيراني."),
], ids=["en-later-that-year", "ar-same-year", "ar-that-year"])
def test_dates_same_year_after_a_year_said_without_event(ctx: Context, lang: str, body: str) -> None:
    assert _dates(ctx, body, lang, "2025-06-12", "SANCTION") == ["2019"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "Saudi Arabia severed ties with Qatar in June 2017. In the first days of the crisis, Iran sent food aid "
           "to Qatar.", "2017-06"),
    ("en", "Saudi Arabia severed ties with Qatar in June 2017. Turkey, which sent food aid to Qatar in the first "
           "weeks of the crisis, became its closest ally.", "2017-06"),
    ("ar", "قطعت السعودية علاقاتها مع قطر في يونيو 2017. وفي الأيام الأولى للأزمة أرسلت إيران مساعدات غذائية إلى قطر.",
     "2017-06"),
    ("ar", "قطعت السعودية علاقاتها مع قطر في يونيو 2017. وخلال الأسابيع الأولى من الأزمة قدمت إيران مساعدات غذائية "
           "لقطر.", "2017-06"),
    # a date said right after the cue is the act's own
    ("en", "Saudi Arabia severed ties with Qatar in June 2017. In the first days of July 2017, Iran sent food aid "
           "to Qatar.", "2017-07"),
    ("ar", "قطعت السعودية علاقاتها مع قطر في يونيو 2017. وفي الأيام الأولى من يوليو 2017 أرسلت إيران مساعدات غذائية "
           "إلى قطر.", "2017-07"),
], ids=["en-first-days", "en-first-weeks", "ar-first-days", "ar-first-weeks", "en-own-date", "ar-own-date"])
def test_dates_first_days_of_the_crisis_told_before(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert set(_dates(ctx, body, lang, "2025-06-12", "AID")) == {expected}


@pytest.mark.parametrize("body", [
    "زار وزير الخارجية السوري موسكو في 31 يوليو الماضي. وسبق ذلك اتصال هاتفي أجراه الرئيس الروسي بنظيره السوري "
    "في 12 فبراير.",
    "وجاء ذلك بعد اتصال هاتفي بين الرئيس الروسي ونظيره السوري في 12 فبراير/شباط.",
    "وكانت آخر زيارة للرئيس الروسي إلى دمشق في 12 فبراير.",
    "وكان الرئيس الروسي قد أجرى اتصالا هاتفيا بنظيره السوري في 12 فبراير/شباط.",
], ids=["sabaqa", "jaa-baada", "kanat-akhir", "kana-qad"])
def test_dates_arabic_noun_in_a_past_frame_takes_the_day_gone_by(ctx: Context, body: str) -> None:
    # published in September: the nearest 12 February is the next one, but the clause tells the past
    assert "2025-02-12" in _dates(ctx, body, "ar", "2025-09-20", "CONSULT")
    assert "2026-02-12" not in _dates(ctx, body, "ar", "2025-09-20", "CONSULT")


def test_dates_arabic_present_visit_on_a_day_without_year_is_to_come(ctx: Context) -> None:
    assert _dates(ctx, "يزور الرئيس الروسي دمشق في 12 فبراير.", "ar", "2025-09-20", "CONSULT") == ["2026-02-12"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("ar", "3 ديسمبر/كانون الأول 2010: البرازيل تعترف بدولة فلسطين على حدود عام 1967، وبعد ثلاثة أيام تعلن الأرجنتين "
           "اعترافها بالدولة الفلسطينية.", "2010-12-06"),
    ("ar", "اعترفت البرازيل في 3 ديسمبر 2010 بدولة فلسطين على حدود عام 1967. واعترفت الأرجنتين بالدولة الفلسطينية "
           "في اليوم ذاته.", "2010-12-03"),
    ("en", "On 3 December 2010, Brazil recognised a Palestinian state within the borders of 1967, and three days "
           "later Argentina recognised the Palestinian state.", "2010-12-06"),
], ids=["ar-timeline-days-later", "ar-same-day", "en-days-later"])
def test_dates_the_year_of_the_borders_dates_no_act(ctx: Context, lang: str, body: str, expected: str) -> None:
    dates = _dates(ctx, body, lang, "2025-06-12", "SUPPORT")
    assert expected in dates
    assert "1967" not in dates


@pytest.mark.parametrize(("lang", "body"), [
    ("ar", "من المقرر أن يصل الرئيس البرازيلي إلى الرياض يوم الثلاثاء المقبل. وقال وزير الخارجية البرازيلي، في مؤتمر "
           "صحفي أمس الجمعة، إن البلدين سيوقعان خلال زيارة الرياض مذكرات تفاهم."),
    ("ar", "من المقرر أن يصل الرئيس البرازيلي إلى الرياض يوم الثلاثاء المقبل. وأعلن وزير الخارجية البرازيلي الجمعة "
           "أن البلدين سيوقعان خلال الزيارة اتفاقية للتعاون."),
    ("en", "The Brazilian president is due to arrive in Riyadh on Tuesday. Foreign Minister Mauro Vieira told a news "
           "conference on Friday that the two countries will sign agreements during the visit."),
    ("en", "The Brazilian president is due to arrive in Riyadh on Tuesday. Foreign Minister Mauro Vieira said on "
           "Friday that Brazil and Saudi Arabia would sign agreements during the visit."),
], ids=["ar-qala-inna", "ar-alana-anna", "en-told-that", "en-said-that"])
def test_dates_day_of_saying_is_not_the_day_of_a_planned_act(ctx: Context, lang: str, body: str) -> None:
    # the signing to come takes the visit's day (CODING_GUIDE, fifth round), not the Friday of the saying
    assert _dates(ctx, body, lang, "2023-11-25", "SUPPORT") == ["2023-11-28"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Peru's foreign ministry said on Thursday that Boric was expected in Lima in the first half of 2024."),
    ("en", "Boric will visit Lima in the second half of 2024."),
    ("ar", "يزور الرئيس التشيلي ليما في النصف الأول من 2024."),
    ("ar", "قالت الخارجية البيروفية الخميس إن الرئيس التشيلي سيزور ليما في النصف الأول من العام المقبل."),
], ids=["en-first-half-said", "en-second-half", "ar-first-half", "ar-first-half-next-year"])
def test_dates_half_of_a_year(ctx: Context, lang: str, body: str) -> None:
    assert _dates(ctx, body, lang, "2023-12-29", "CONSULT") == ["2024"]


def test_dates_agreed_to_hold_dates_the_content_not_the_agreeing(ctx: Context) -> None:
    body = "Kenya and Tanzania agreed to hold the next session of their committee in the first quarter of 2024."
    assert _dates(ctx, body, "en", "2023-11-10", "AGREE") == ["2023-11-10"]
    body = "Kenya and Tanzania agreed to hold the next session of their committee in Arusha in March 2024."
    assert _dates(ctx, body, "en", "2023-11-10", "AGREE") == ["2023-11-10"]
    # a noun phrase after "to": the date is the agreeing's
    body = "Kenya and Tanzania agreed to the Kenyan proposal on Tuesday."
    assert _dates(ctx, body, "en", "2023-11-10", "AGREE") == ["2023-11-07"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "On Saturday Azerbaijan scrapped a scheduled trip by Russia's deputy prime minister. The same day, "
           "Azerbaijan demanded that Russia punish those responsible.", "2025-06-28"),
    ("en", "On Saturday Azerbaijan cancelled a planned visit by Russia's deputy prime minister. The next day, "
           "Azerbaijan demanded that Russia punish those responsible.", "2025-06-29"),
    ("ar", "ألغت أذربيجان يوم السبت زيارة مقررة لنائب رئيس الوزراء الروسي. وفي اليوم ذاته طالبت أذربيجان روسيا "
           "بمعاقبة المسؤولين.", "2025-06-28"),
], ids=["en-same-day", "en-next-day", "ar-same-day"])
def test_dates_same_day_as_the_act_the_day_was_said_with(ctx: Context, lang: str, body: str, expected: str) -> None:
    # the cancelled trip was to come, but Saturday is the day of the cancelling, gone by
    assert _dates(ctx, body, lang, "2025-07-01", "REQUEST") == [expected]


@pytest.mark.parametrize(("lang", "body", "etype"), [
    ("en", "On October 8, 1998, the leaders of South Korea and Japan issued a joint declaration on a new partnership. "
           "In it Japan expressed a heartfelt apology to South Korea for its colonial rule.", "CONCEDE"),
    ("en", "On October 8, 1998, Japan and South Korea signed an economic agreement. Under it Japan extended a loan of "
           "3 billion dollars to South Korea.", "AID"),
    ("ar", "وفي 8 أكتوبر 1998 أصدر زعيما كوريا الجنوبية واليابان إعلانا مشتركا للشراكة. وفيه قدمت اليابان اعتذارا "
           "لكوريا الجنوبية عن حقبة الاستعمار.", "CONCEDE"),
    ("ar", "وفي 8 أكتوبر 1998 وقعت اليابان وكوريا الجنوبية اتفاقية اقتصادية. وبموجبها قدمت اليابان قرضا لكوريا "
           "الجنوبية بقيمة 3 مليارات دولار.", "AID"),
], ids=["en-in-it", "en-under-it", "ar-fihi", "ar-bimujibiha"])
def test_dates_pronoun_for_the_document_told_before(ctx: Context, lang: str, body: str, etype: str) -> None:
    assert _dates(ctx, body, lang, "2025-06-22", etype) == ["1998-10-08"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "Egypt and Iraq restored ties in 1984. Later that decade, Mubarak visited Baghdad several times.", "1980"),
    ("ar", "أعادت مصر والعراق العلاقات عام 1984. وفي أواخر ذلك العقد زار مبارك بغداد مرات عدة.", "1980"),
    ("en", "Egypt and Iraq restored ties in 1984. A year later, Mubarak visited Baghdad.", "1985"),
    ("ar", "أعادت مصر والعراق العلاقات عام 1984. وبعد عام زار مبارك بغداد.", "1985"),
    ("ar", "أعادت مصر والعراق العلاقات عام 1984. وبعد عام واحد زار مبارك بغداد.", "1985"),
    # a year named after "بعد عام" is the date said, not a count
    ("ar", "أعادت مصر والعراق العلاقات عام 1984. وزار مبارك بغداد بعد عام 1990.", "1990"),
], ids=["en-later-that-decade", "ar-that-decade", "en-a-year-later", "ar-baada-am", "ar-baada-am-wahid",
        "ar-baada-am-1990"])
def test_dates_decade_and_a_year_counted_from_the_story(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2025-06-12", "CONSULT") == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("أعلنت الجزائر مساء الاثنين غلق مجالها الجوي أمام الطائرات المالية. وجاء القرار بعد ساعات من استدعاء الجزائر "
     "سفيرها لدى مالي.", "2025-04-07"),
    ("أعلنت الجزائر مساء الاثنين غلق مجالها الجوي أمام الطائرات المالية. وجاء القرار بعد يومين من استدعاء الجزائر "
     "سفيرها لدى مالي.", "2025-04-05"),
], ids=["hours-after", "two-days-after"])
def test_dates_decision_counted_from_the_day_told_before(ctx: Context, body: str, expected: str) -> None:
    # the decision has no event of its own: its day, said in the sentence before, is the anchor
    assert _dates(ctx, body, "ar", "2025-04-08", "SANCTION") == [expected]
