"""Dates of events, x7: a month without a year named from the story told just before, not from publication
("that November" after "in 2013"; "the following January" after February 1960 is January 1961; "في يناير من العام
التالي"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return sorted(e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Relations soured after the coup in 2013. Cairo expelled the Turkish ambassador that November."),
    ("en", "Relations soured after the coup in 2013. That November, Egypt expelled the Turkish ambassador."),
    ("en", "Relations soured in 2013. Egypt expelled the Turkish envoy that same November."),
    ("en", "Relations soured in 2013. Egypt expelled the Turkish envoy in November of that year."),
    ("ar", "وتدهورت العلاقات بعد الانقلاب عام 2013. وطردت القاهرة السفير التركي في نوفمبر من ذلك العام."),
], ids=["en-that-month", "en-that-month-fronted", "en-that-same", "en-of-that-year", "ar-min-dhalika-al-am"])
def test_dates_month_in_the_story_year(ctx: Context, lang: str, body: str) -> None:
    assert _dates(ctx, body, lang, "2024-08-30", "SANCTION") == ["2013-11"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "Mikoyan visited Havana in February 1960. Washington cut ties with Cuba the following January.", "1961-01"),
    ("en", "Mikoyan visited Havana in May 1960. The following March, Washington cut ties with Cuba.", "1961-03"),
    ("en", "Mikoyan visited Havana in February 1960. Washington cut ties with Cuba the following June.", "1960-06"),
    ("en", "Mikoyan visited Havana in May 1960. Washington cut ties with Cuba the next January.", "1961-01"),
    ("en", "Mikoyan visited Havana in May 1960. Washington severed relations with Cuba in June of the following year.",
     "1961-06"),
    ("ar", "وزار ميكويان هافانا في فبراير 1960. وقطعت واشنطن علاقاتها مع كوبا في يناير التالي.", "1961-01"),
    ("ar", "وزار ميكويان هافانا في فبراير 1960. وقطعت واشنطن علاقاتها مع كوبا في يونيو من العام التالي.", "1961-06"),
    ("ar", "وزار ميكويان هافانا في مايو 1960. وقطعت واشنطن علاقاتها مع كوبا في يناير من العام الذي تلاه.", "1961-01"),
], ids=["en-following-jan", "en-following-march-fronted", "en-following-later-month", "en-the-next",
        "en-of-the-following-year", "ar-al-tali", "ar-min-al-am-al-tali", "ar-alladhi-talahu"])
def test_dates_following_month_counts_from_the_story(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2014-07-12", "SANCTION") == [expected]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    # the complementizer "that" before a month said with its preposition names no story month
    ("en", "Ties soured in 2013. Egypt said on Monday that in November it would expel the Turkish envoy.", "2024-11"),
    # a month named relative to publication is not counted from the story
    ("en", "Ties soured in 2013. Egypt will expel the Turkish envoy next November.", "2024-11"),
], ids=["en-complementizer-that", "en-next-month-from-publication"])
def test_dates_month_from_publication_stays(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2024-08-30", "SANCTION") == [expected]


@pytest.mark.parametrize(("lang", "body", "etype"), [
    ("en", "Niger expelled the French ambassador in August 2023. France pulled out its last troops in December. "
     "The African Union suspended Niger the same month the ambassador was expelled.", "SANCTION"),
    ("en", "Niger expelled the French ambassador in August 2023. France pulled out its last troops in December. "
     "The African Union suspended Niger in the same month the envoy was expelled.", "SANCTION"),
    ("ar", "وطردت النيجر السفير الفرنسي في أغسطس 2023. وسحبت فرنسا آخر جنودها في ديسمبر. "
     "وعلق الاتحاد الأفريقي عضوية النيجر في الشهر نفسه الذي طردت فيه السفير.", "SANCTION"),
], ids=["en-same-month-clause", "en-in-the-same-month-clause", "ar-fi-al-shahr-nafsih-alladhi"])
def test_dates_same_month_as_the_act_its_clause_names(ctx: Context, lang: str, body: str, etype: str) -> None:
    # the month of the act the clause after the cue names again, not of the last date told (December)
    assert sorted(set(_dates(ctx, body, lang, "2024-04-22", etype))) == ["2023-08"]


def test_dates_same_month_followed_by_a_comma_is_the_last_month_told(ctx: Context) -> None:
    # the appositive after the comma names an earlier visit: it is no clause of the cue
    body = ("Egypt's foreign minister visited Damascus in January 2023. The earthquake struck Syria in February. "
            "Saudi relief planes landed in Aleppo that month, the first since the minister visited Damascus.")
    assert _dates(ctx, body, "en", "2023-03-24", "AID") == ["2023-02"]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "In August 2023, Niger ordered the French ambassador to leave and demanded the departure of French troops; "
     "the last soldiers flew out in December."),
    ("en", "Niger demanded the departure of French troops in August 2023; the last soldiers flew out in December."),
    ("ar", "وفي أغسطس 2023 طالب المجلس العسكري في النيجر فرنسا بسحب قواتها؛ وغادر آخر الجنود في ديسمبر."),
], ids=["en-fronted-date", "en-date-after-verb", "ar-semicolon"])
def test_dates_semicolon_closes_the_clause(ctx: Context, lang: str, body: str) -> None:
    assert _dates(ctx, body, lang, "2024-04-22", "REQUEST") == ["2023-08"]


@pytest.mark.parametrize("body", [
    "تلقى رئيس الوزراء العراقي الأحد اتصالا هاتفيا من الرئيس الفرنسي.",
    "وأجرى الرئيس المصري الأحد اتصالا هاتفيا مع نظيره الفرنسي.",
    "وبحث وزير الخارجية المصري الأحد في اتصال هاتفي مع نظيره الفرنسي العلاقات الثنائية.",
], ids=["talaqqa", "ajra", "bahatha"])
def test_dates_arabic_sunday_alone_is_a_weekday(ctx: Context, body: str) -> None:
    assert _dates(ctx, body, "ar", "2024-01-30", "CONSULT") == ["2024-01-28"]


def test_dates_arabic_eleven_is_no_sunday(ctx: Context) -> None:
    body = "وقدمت السعودية لمصر مساعدات بقيمة مليار دولار خلال الأشهر الأحد عشر الماضية."
    assert "2024-01-28" not in _dates(ctx, body, "ar", "2024-01-30", "AID")


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("ar", "وقعت مصر وتركيا اتفاقية في الخامس من رمضان 1445 هـ.", "2024-03-15"),
    ("ar", "وقعت مصر وتركيا اتفاقية في الخامس من شهر رمضان 1445 هـ.", "2024-03-15"),
    ("ar", "وقعت مصر وتركيا اتفاقية في العاشر من رمضان 1445 هـ.", "2024-03-20"),
    ("en", "Egypt and Turkey signed an agreement on the fifth of Ramadan 1445.", "2024-03-15"),
], ids=["ar-ordinal", "ar-ordinal-shahr", "ar-tenth", "en-the-fifth-of"])
def test_dates_hijri_day_said_by_its_ordinal(ctx: Context, lang: str, body: str, expected: str) -> None:
    assert _dates(ctx, body, lang, "2024-03-25", "SUPPORT") == [expected]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Tunisia and the European Union signed a memorandum of understanding on 16 July. Brussels pledged under "
     "the memorandum to provide 105 million euros to fight irregular migration."),
    ("ar", "ووقعت تونس والاتحاد الأوروبي في 16 يوليو الماضي مذكرة تفاهم. وتعهدت بروكسل بموجب المذكرة بتقديم "
     "105 ملايين يورو لتونس."),
    ("ar", "ووقعت تونس والاتحاد الأوروبي في 16 يوليو الماضي مذكرة تفاهم. وتعهد الاتحاد الأوروبي بموجب الاتفاق "
     "بتقديم 105 ملايين يورو لتونس."),
    ("ar", "ووقعت تونس والاتحاد الأوروبي في 16 يوليو الماضي مذكرة تفاهم. والتزمت بروكسل بموجبها بتقديم "
     "105 ملايين يورو لتونس."),
], ids=["en-under-the-memorandum", "ar-bimujib-al-mudhakkira", "ar-bimujib-al-ittifaq", "ar-bimujibiha"])
def test_dates_act_under_the_agreement_named_after_its_verb(ctx: Context, lang: str, body: str) -> None:
    # the pledge made under the memorandum signed before takes the signing's day, not publication's
    assert _dates(ctx, body, lang, "2023-10-20", "AGREE") == ["2023-07-16"]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("ar", "ويصل الرئيس المصري مساء الغد إلى باريس في زيارة رسمية.", "2024-02-01"),
    ("ar", "ويصل الرئيس المصري صباح غد إلى باريس في زيارة رسمية.", "2024-02-01"),
    ("ar", "ويصل الرئيس المصري هذا المساء إلى باريس في زيارة رسمية.", "2024-01-31"),
    ("ar", "وصل الرئيس المصري الليلة الماضية إلى باريس في زيارة رسمية.", "2024-01-30"),
    ("en", "Egypt's president arrived in Paris last night on an official visit.", "2024-01-30"),
    ("en", "Egypt's president will arrive in Paris this afternoon.", "2024-01-31"),
    ("en", "Egypt's foreign minister is expected in Ankara this evening.", "2024-01-31"),
], ids=["ar-masa-al-ghad", "ar-sabah-ghad", "ar-hadha-al-masa", "ar-al-layla-al-madiya", "en-last-night",
        "en-this-afternoon", "en-this-evening"])
def test_dates_time_of_day_is_relative_not_publication(ctx: Context, lang: str, body: str, expected: str) -> None:
    events = [e for e in pipeline_events(ctx, body, lang, "2024-01-31") if str(e.type) == "CONSULT"]
    assert [(e.date.start, str(e.date.basis)) for e in events] == [(expected, "relative")]


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("ar", "محطات:\n14 فبراير 2024: أردوغان في القاهرة في أول زيارة له منذ 2012، ويوقع مع السيسي إعلانا مشتركا.",
     "2024-02-14"),
    ("ar", "وفي 14 فبراير 2024 قام أردوغان بأول زيارة إلى القاهرة منذ 2012، ووقع مع السيسي إعلانا مشتركا.",
     "2024-02-14"),
    ("en", "On 14 February 2024 Erdogan paid his first visit to Cairo since 2012, and signed a joint declaration "
     "with Sisi.", "2024-02-14"),
    ("en", "In February 2024, in his first visit to Egypt since 2012, Erdogan signed a joint declaration with Sisi.",
     "2024-02"),
], ids=["ar-timeline-item", "ar-qama-bi-awwal-ziyara", "en-paid-his-first-visit", "en-in-his-first-visit"])
def test_dates_first_since_year_dates_nothing_told_with_the_visit(ctx: Context, lang: str, body: str,
                                                                  expected: str) -> None:
    # the year after "first visit since" is the earlier visit's: neither the visit nor the signing told with it
    assert _dates(ctx, body, lang, "2024-09-04", "CONSULT") == [expected]
    assert _dates(ctx, body, lang, "2024-09-04", "SUPPORT") == [expected]


def test_dates_first_since_alone_dates_the_earlier_visit_told_after_it(ctx: Context) -> None:
    body = "وتعد هذه أول زيارة للرئيس التركي إلى مصر منذ مايو 2012، حين زارها والتقى الرئيس المصري."
    assert "2012-05" in _dates(ctx, body, "ar", "2024-09-04", "CONSULT")


@pytest.mark.parametrize(("lang", "body", "expected"), [
    ("en", "South Korea will lend Tanzania up to $2.5 billion over five years under a framework arrangement signed "
     "on Saturday.", "2024-06-01"),
    ("en", "Japan will provide Kenya with a grant of 1.8 billion yen under an agreement signed in Nairobi on Monday.",
     "2024-05-27"),
    ("en", "South Korea lent Tanzania $2.5 billion under a loan agreement signed in December.", "2023-12"),
    ("ar", "وقدمت السعودية لمصر قرضا بقيمة مليار دولار بموجب اتفاقية موقعة في ديسمبر الماضي.", "2023-12"),
], ids=["en-will-lend-under-signed-saturday", "en-grant-under-signed-monday", "en-lent-under-signed-december",
        "ar-bimujib-ittifaqiya-muwaqqa"])
def test_dates_aid_under_an_agreement_signed_takes_the_signing_date(ctx: Context, lang: str, body: str,
                                                                    expected: str) -> None:
    assert _dates(ctx, body, lang, "2024-06-02", "AID") == [expected]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Mali demanded the withdrawal of French troops in February 2022."),
    ("en", "Mali called for the pullout of French forces in February 2022."),
    ("en", "Bamako asked for the departure of French soldiers in February 2022."),
    ("ar", "وطالبت مالي بسحب القوات الفرنسية في فبراير 2022."),
], ids=["en-demanded-withdrawal", "en-called-for-pullout", "en-asked-for-departure", "ar-talabat-bi-sahb"])
def test_date_after_the_content_of_a_request_dates_the_request(ctx: Context, lang: str, body: str) -> None:
    # the withdrawal asked for is no past event of its own; the date told after it is the demand's
    events = pipeline_events(ctx, body, lang, "2023-06-10")
    assert [(str(e.type), e.date.start) for e in events] == [("REQUEST", "2022-02")]


def test_a_signing_with_its_own_date_inside_a_request_stays_an_event(ctx: Context) -> None:
    body = "Cairo urged Addis Ababa to respect the accord signed in 2015."
    assert "2015" in _dates(ctx, body, "en", "2023-06-10", "SUPPORT")
