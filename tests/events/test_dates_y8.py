"""Dates of events, y8: a date said of the figures or report that tell an act already dated is the report's day,
not a second period of the act ("trade rose ... in 2024, figures released on Wednesday showed", "بحسب بيانات
نشرها ... أمس"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return sorted(e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype)


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "Trade between Kenya and China rose to about $4.9 billion in 2024, figures released by the statistics "
     "bureau on Wednesday showed.", "2024"),
    ("en", "Trade between Kenya and China rose to about $4.9 billion in 2024, according to data published on "
     "Wednesday.", "2024"),
    ("en", "Exports from Egypt to Turkey rose by 12 percent in 2023, figures issued by the central bank on Monday "
     "showed.", "2023"),
    ("en", "Trade between Kenya and China rose to about $4.9 billion in 2024, figures showed on Wednesday.", "2024"),
    ("en", "Trade between Ghana and India rose to $3 billion in 2023, figures released by the Ghana National Office of "
     "Statistics on Tuesday showed.", "2023"),
    ("ar", "بلغ حجم التبادل التجاري بين مصر وتركيا 8 مليارات دولار في عام 2023، بحسب بيانات نشرها البنك المركزي "
     "أمس الأربعاء.", "2023"),
    ("ar", "بلغ حجم التبادل التجاري بين مصر وتركيا 8 مليارات دولار في عام 2023، وفق البيانات الصادرة يوم الأحد.",
     "2023"),
], ids=["en-figures-released", "en-according-to-data", "en-figures-issued", "en-figures-showed", "en-long-agency",
        "ar-bi-hasab-bayanat", "ar-al-bayanat-al-sadira"])
def test_dates_report_day_is_not_the_acts(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2025-02-20", "COOPERATE") == [expected]


def test_dates_report_day_after_a_loan_dated_by_month(ctx: Context) -> None:
    body = "China lent Kenya $2 billion in March, data released on Tuesday showed."
    assert _dates(ctx, body, "en", "2025-02-20", "AID") == ["2024-03"]


@pytest.mark.parametrize(("lang", "body"), [
    ("ar", "وأكد الرئيس المصري دعم بلاده للصومال، معلنا أن القاهرة سترسل قوات إلى مقديشو في يناير المقبل."),
    ("ar", "وأكد وزير الخارجية التركي دعم بلاده للعراق، مشيرا إلى أن أنقرة ستقدم مساعدات لبغداد الشهر المقبل."),
    ("ar", "وجددت السعودية دعمها لليمن، مضيفة أن الرياض ستقدم مساعدات لصنعاء الأسبوع المقبل."),
    ("ar", "وأعلن الرئيس الجزائري دعم بلاده لتونس، مؤكدا أن الجزائر ستفتح الحدود أمام التونسيين في مارس المقبل."),
    ("en", "Egypt's president voiced support for Somalia, announcing that Cairo would send troops to Mogadishu in "
     "January."),
    ("en", "The Turkish minister expressed support for Iraq, adding that Ankara would send aid to Baghdad next month."),
], ids=["ar-mulinan-anna", "ar-mushiran-ila-anna", "ar-mudifatan-anna", "ar-muakkidan-anna", "en-announcing-that",
        "en-adding-that"])
def test_dates_main_verb_keeps_its_day_before_a_participle_of_saying(ctx: Context, lang: str, body: str) -> None:
    events = [e for e in pipeline_events(ctx, body, lang, "2024-08-20") if str(e.type) == "SUPPORT"]
    assert [(e.date.start, str(e.status)) for e in events] == [("2024-08-20", "occurred")]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("ar", "- 1 يوليو 2024: وزيرا خارجية مصر والسودان يعقدان في القاهرة جولة أولى من المحادثات، أعقبتها جولة ثانية في "
     "12 أغسطس.", "2024-08-12"),
    ("ar", "- 20 ديسمبر 2023: وزيرا خارجية مصر والسودان يعقدان في القاهرة جولة أولى من المحادثات، أعقبتها جولة ثانية "
     "في 15 يناير.", "2024-01-15"),
    ("en", "- July 1, 2024: The foreign ministers of Egypt and Sudan hold a first round of talks in Cairo, followed by "
     "a second round on August 12.", "2024-08-12"),
    ("en", "- December 20, 2023: The foreign ministers of Egypt and Sudan hold talks in Cairo, followed by a second "
     "round on January 15.", "2024-01-15"),
], ids=["ar-same-year", "ar-into-next-year", "en-same-year", "en-into-next-year"])
def test_dates_day_inside_a_timeline_item_takes_the_items_year(ctx: Context, lang: str, body: str,
                                                                expected: str) -> None:
    events = [e for e in pipeline_events(ctx, body, lang, "2025-02-20") if str(e.type) == "CONSULT"]
    assert expected in [e.date.start for e in events]
    assert all(e.date.start < "2025" and str(e.status) == "occurred" for e in events)


@pytest.mark.parametrize("body", [
    "وكان قصر الإليزيه قد أعلن أمس أن ماكرون سيبدأ الجمعة جولة خليجية يستهلها بالإمارات، على أن يزور الدوحة في اليوم "
    "ذاته، ثم يتوجه السبت إلى جدة حيث يلتقي ولي العهد السعودي.",
    "وأعلنت الرئاسة التركية أن أردوغان سيزور قطر الخميس ويلتقي أميرها في اليوم نفسه، ثم يتوجه السبت إلى الكويت حيث "
    "يلتقي أمير الكويت.",
], ids=["ar-fi-al-yawm-dhatihi", "ar-fi-al-yawm-nafsihi"])
def test_dates_a_day_said_after_same_day_is_the_one_the_itinerary_goes_on_from(ctx: Context, body: str) -> None:
    meets = [e for e in pipeline_events(ctx, body, "ar", "2021-11-30")
             if str(e.type) == "CONSULT" and e.mode == "meet" and e.target and e.target.country in ("SAU", "KWT")]
    assert [(e.date.start, str(e.status)) for e in meets] == [("2021-12-04", "planned")]


@pytest.mark.parametrize(("body", "etype", "expected"), [
    ("وكانت إيران قد سلمت فنزويلا ناقلة نفط في مايو 2022. وقبل ذلك بعامين، أرسلت إيران ناقلات وقود إلى فنزويلا.",
     "COOPERATE", "2020"),
    ("وكانت إيران قد سلمت فنزويلا ناقلة نفط في مايو 2022. وقبلها بثلاثة أعوام، أرسلت إيران ناقلات وقود إلى فنزويلا.",
     "COOPERATE", "2019"),
    ("وكانت إيران قد سلمت فنزويلا ناقلة نفط في مايو 2022. وقبل ذلك بعام، أرسلت إيران ناقلات وقود إلى فنزويلا.",
     "COOPERATE", "2021"),
    ("وزار الرئيس الإيراني كاراكاس في يونيو 2022. وقبل ذلك بسنتين، أرسلت طهران شحنات بنزين إلى فنزويلا.",
     "AID", "2020"),
    ("وكانت إيران قد سلمت فنزويلا ناقلة نفط في مايو 2022. وقبلها بشهرين، أرسلت إيران ناقلات وقود إلى فنزويلا.",
     "COOPERATE", "2022-03"),
], ids=["qabla-dhalika-biamayn", "qablaha-bithalathat-awam", "qabla-dhalika-biam", "bisanatayn", "qablaha-bishahrayn"])
def test_dates_years_before_the_event_told_before(ctx: Context, body: str, etype: str, expected: str) -> None:
    assert expected in _dates(ctx, body, "ar", "2023-06-10", etype)
