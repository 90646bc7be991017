"""Dates taken from the event told before when that event's date has no year of its own ("on June 15 ...
The next day", "يوم 3 أيار الماضي ... في اليوم ذاته") or names its year only relative to publication
("Forty years ago today ... in December of that year"). Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return [e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype]


def test_dates_next_day_after_a_day_without_year(ctx: Context) -> None:
    body = ("Ethiopia and Kenya signed a border agreement on March 3. "
            "The next day Kenya accused Somalia of arming militias.")
    assert _dates(ctx, body, "en", "2021-03-20", "ACCUSE") == ["2021-03-04"]
    # "the same day"
    body = ("Ethiopia and Kenya signed a border agreement on March 3. "
            "The same day Kenya accused Somalia of arming militias.")
    assert _dates(ctx, body, "en", "2021-03-20", "ACCUSE") == ["2021-03-03"]


def test_dates_arabic_same_day_after_a_relative_day(ctx: Context) -> None:
    body = ("وقّعت مصر والسودان اتفاقية للتعاون التجاري يوم 3 أيار الماضي. "
            "كما وقّعت مصر وليبيا، في اليوم ذاته، مذكرة تفاهم للتعاون في مجال الطاقة.")
    assert _dates(ctx, body, "ar", "2021-06-10", "SUPPORT") == ["2021-05-03", "2021-05-03"]
    # without the cue "اليوم" alone is the day of publication
    body = ("وقّعت مصر والسودان اتفاقية للتعاون التجاري يوم 3 أيار الماضي. "
            "ووقّعت مصر وليبيا اليوم مذكرة تفاهم للتعاون في مجال الطاقة.")
    assert _dates(ctx, body, "ar", "2021-06-10", "SUPPORT") == ["2021-05-03", "2021-06-10"]


def test_dates_of_that_year_after_years_ago(ctx: Context) -> None:
    body = ("Forty years ago today, Egypt and Israel signed a peace treaty. "
            "The two countries established diplomatic relations in December of that year.")
    assert [d[:7] for d in _dates(ctx, body, "en", "2019-03-26", "SUPPORT") if d] == ["1979-03", "1979-12"]
    # without "of that year" a December far from the story's year is the one before publication
    body = ("Forty years ago today, Egypt and Israel signed a peace treaty. "
            "The two countries held talks on trade in December.")
    assert [d[:7] for d in _dates(ctx, body, "en", "2019-03-26", "CONSULT") if d] == ["2018-12"]


def test_dates_counted_back_from_a_date_before_n_days_after(ctx: Context) -> None:
    body = ("Pressure on Libya grew on Friday, four days after Egypt and Tunisia recalled their ambassadors "
            "from Tripoli.")
    assert _dates(ctx, body, "en", "2021-09-10", "SANCTION") == ["2021-09-06", "2021-09-06"]
    body = "وتصاعد التوتر يوم الجمعة، بعد أربعة أيام من استدعاء مصر سفيرها لدى ليبيا."
    assert _dates(ctx, body, "ar", "2021-09-10", "SANCTION") == ["2021-09-06"]


def test_dates_arabic_after_n_years_opening_a_sentence(ctx: Context) -> None:
    body = ("وفي مارس 1990 زار الرئيس المصري بغداد. "
            "وبعد ثلاث سنوات، زار الرئيس المصري أنقرة، ووقّع الجانبان خلالها اتفاقية للتعاون الاقتصادي.")
    events = pipeline_events(ctx, body, "ar", "2020-05-01")
    assert sorted((str(e.type), e.date.start) for e in events) \
        == [("CONSULT", "1990-03"), ("CONSULT", "1993"), ("SUPPORT", "1993")]
    # "بعد ثلاث سنوات من القطيعة" counts from the break named after it, not from the visit before
    body = ("وفي مارس 1990 زار الرئيس المصري بغداد. "
            "وبعد ثلاث سنوات من القطيعة، زار الرئيس المصري أنقرة.")
    assert [e.date.start for e in pipeline_events(ctx, body, "ar", "2020-05-01") if e.target.country == "TUR"] \
        != ["1993"]


def test_dates_a_season_relative_to_publication_dates_the_act(ctx: Context) -> None:
    body = "Ties have been tense since last summer, when Rabat recalled its ambassador from Algiers."
    assert _dates(ctx, body, "en", "2025-04-16", "SANCTION") == ["2024"]
    body = "وتوترت العلاقات منذ الصيف الماضي، حين استدعت الرباط سفيرها لدى الجزائر."
    assert _dates(ctx, body, "ar", "2025-10-16", "SANCTION") == ["2025"]


def test_dates_timeline_item_date_reaches_a_later_sentence_of_the_item(ctx: Context) -> None:
    body = ("Key dates:\n\n"
            "* March 3, 1991 - South Sudan holds a referendum. Kenya recalls its ambassador from Khartoum.\n\n"
            "* June 2, 1992 - Kenya and Sudan sign a border agreement.")
    assert _dates(ctx, body, "en", "2020-05-01", "SANCTION") == ["1991-03-03"]
    body = ("أبرز المحطات:\n"
            "- ٣ آذار/مارس ١٩٩١: استفتاء في الإقليم الجنوبي. كينيا تستدعي سفيرها لدى الخرطوم.\n"
            "- ٢ حزيران/يونيو ١٩٩٢: كينيا والسودان يوقعان اتفاقية حدودية.")
    assert _dates(ctx, body, "ar", "2020-05-01", "SANCTION") == ["1991-03-03"]
    # a paragraph opened by a date with no separator is no list item
    body = ("March 3, 1991 was a day of celebration in the south. Kenya recalls its ambassador from Khartoum.")
    assert _dates(ctx, body, "en", "2020-05-01", "SANCTION") != ["1991-03-03"]


def test_dates_under_the_deal_takes_the_date_of_the_signing(ctx: Context) -> None:
    body = ("On 3 March 1975 Iraq and Iran signed a border agreement in Algiers. "
            "Iraqi Vice President Saddam Hussein had arrived in Algeria on 1 March 1975. "
            "Under the agreement, Iran undertook to end its aid to Kurdish rebels in Iraq.")
    assert _dates(ctx, body, "en", "2020-05-01", "AGREE") == ["1975-03-03"]
    body = ("ووقّعت مصر والسودان اتفاقية للتعاون التجاري في 3 مارس 1975. "
            "وكان الرئيس السوداني قد وصل إلى القاهرة في 1 مارس 1975. "
            "وبموجب الاتفاقية، تعهدت مصر بتقديم قرض إلى السودان.")
    assert _dates(ctx, body, "ar", "2020-05-01", "AGREE") + _dates(ctx, body, "ar", "2020-05-01", "AID") \
        == ["1975-03-03"]


def test_dates_first_since_after_the_noun_is_not_the_event_date(ctx: Context) -> None:
    body = ("حل الرئيس الطاجيكي أمس ضيفا على أوزبكستان في زيارة دولة هي الأولى من نوعها منذ عام 2000.")
    assert _dates(ctx, body, "ar", "2018-08-18", "CONSULT") == ["2018-08-17"]
    body = "Kenya's president arrived in Uganda on Monday for a state visit, the first since 2015."
    assert _dates(ctx, body, "en", "2018-08-18", "CONSULT") == ["2018-08-13"]
