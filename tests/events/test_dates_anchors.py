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


def test_dates_hijri_date_of_the_dateline_dates_no_event(ctx: Context) -> None:
    body = ("عمّان - الثلاثاء 28 رجب 1446هـ - استقبل العاهل الأردني أمس الاثنين الرئيس المصري في قصر الحسينية.")
    assert _dates(ctx, body, "ar", "2025-01-28", "CONSULT") == ["2025-01-27"]
    # a Hijri date later in the body dates its event
    body = ("عمّان - استقبل العاهل الأردني الرئيس المصري أمس. "
            "وكان الرئيس المصري قد زار الأردن في 28 رجب 1440هـ للمرة الأولى.")
    assert _dates(ctx, body, "ar", "2025-01-28", "CONSULT") == ["2025-01-27", "2019-04-04"]


def test_dates_at_the_time_takes_the_date_of_the_event_told_before(ctx: Context) -> None:
    body = ("Ties have been tense since March 2019, when Paris endorsed Morocco's plan for Western Sahara. "
            "Algeria recalled its ambassador from Paris in protest at the time.")
    assert _dates(ctx, body, "en", "2025-04-16", "SANCTION") == ["2019-03"]
    body = ("وأعلنت الجزائر في أغسطس 2021 قطع علاقاتها الدبلوماسية مع المغرب. "
            "أما الرباط فقد أعربت في حينه عن أسفها للقرار، ورفضت مبررات الجزائر.")
    assert _dates(ctx, body, "ar", "2024-08-24", "REJECT") == ["2021-08"]


def test_dates_anniversary_dates_the_act_commemorated(ctx: Context) -> None:
    body = "تحل اليوم الذكرى الثالثة لإعلان الجزائر قطع علاقاتها الدبلوماسية مع المغرب."
    assert _dates(ctx, body, "ar", "2024-08-24", "SANCTION") == ["2021-08-24"]
    # an explicit date of the act wins over the count
    body = ("وتتزامن الأزمة مع الذكرى الخامسة والعشرين لتوقيع معاهدة السلام بين مصر وإسرائيل "
            "في 26 آذار/مارس 1979.")
    assert _dates(ctx, body, "ar", "2004-10-31", "SUPPORT") == ["1979-03-26"]
    # the anniversary does not date an act told before it
    body = "The Egyptian president visited Beijing on Monday, on the 60th anniversary of diplomatic relations."
    assert _dates(ctx, body, "en", "2016-01-21", "CONSULT") == ["2016-01-18"]


def test_dates_arabic_after_about_a_month_counts_from_the_event_before(ctx: Context) -> None:
    body = ("وأعلنت الجزائر في 24 أغسطس 2021 قطع علاقاتها الدبلوماسية مع المغرب. "
            "وبعد نحو شهر، أغلقت الجزائر مجالها الجوي أمام الطائرات المغربية. "
            "أما الرباط فقد أعربت في حينه عن أسفها للقرار، ورفضت مبررات الجزائر.")
    events = pipeline_events(ctx, body, "ar", "2024-08-24")
    assert [e.date.start for e in events if str(e.type) == "SANCTION"] == ["2021-08-24", "2021-09"]
    # "at the time" goes back to the date told, not to the one counted from it
    assert [e.date.start for e in events if str(e.type) == "REJECT"] == ["2021-08-24"]
    # "بعد شهر من" counts from the event named after it, not from the one before
    body = ("وأعلنت الجزائر في 24 أغسطس 2021 قطع علاقاتها الدبلوماسية مع المغرب. "
            "وبعد شهر من القطيعة، أغلقت الجزائر مجالها الجوي أمام الطائرات المغربية.")
    assert "2021-09" not in [e.date.start for e in pipeline_events(ctx, body, "ar", "2024-08-24")]


def test_dates_n_days_after_a_dated_event_counts_from_its_date(ctx: Context) -> None:
    body = "Morocco recalled its ambassador from Algiers two days after Wednesday's shooting in Marrakesh."
    assert _dates(ctx, body, "en", "1994-08-29", "SANCTION") == ["1994-08-26"]
    body = "واستدعى المغرب سفيره لدى الجزائر بعد يومين من هجوم الأربعاء في مراكش."
    assert _dates(ctx, body, "ar", "1994-08-29", "SANCTION") == ["1994-08-26"]
    # with "before" the count goes back
    body = "Morocco recalled its ambassador from Algiers two days before Wednesday's summit in Rabat."
    assert _dates(ctx, body, "en", "1994-08-29", "SANCTION") == ["1994-08-22"]


def test_dates_then_after_an_event_of_a_past_year_is_that_year(ctx: Context) -> None:
    body = ("Relations improved in October 1998, when the Korean president visited Tokyo. "
            "Seoul then lifted its sanctions on Japan.")
    assert _dates(ctx, body, "en", "2025-06-22", "RETREAT") == ["1998"]
    body = ("وفي أكتوبر 1998 زار الرئيس الكوري طوكيو. "
            "ثم رفعت سيول العقوبات عن اليابان.")
    assert _dates(ctx, body, "ar", "2025-06-22", "RETREAT") == ["1998"]
    # after an event of the publication year the news peg decides, not the sequence
    body = ("The Korean president visited Tokyo on Monday. Seoul then lifted its sanctions on Japan.")
    assert _dates(ctx, body, "en", "2025-06-22", "RETREAT") == ["2025-06-16"]


def test_dates_that_month_and_that_year_follow_the_event_told_before(ctx: Context) -> None:
    body = ("Saudi Arabia and Syria restored diplomatic relations in May 2023. "
            "Saudi Arabia sent humanitarian aid to Syria later that month.")
    assert _dates(ctx, body, "en", "2025-01-10", "AID") == ["2023-05"]
    body = ("Saudi Arabia reopened its embassy in Damascus in December 2012. "
            "Riyadh had recalled its ambassador from Damascus earlier that year.")
    assert _dates(ctx, body, "en", "2025-01-10", "SANCTION") == ["2012"]


def test_dates_of_that_year_after_a_day_keeps_the_day(ctx: Context) -> None:
    body = ("وزار الرئيس المصري موسكو في مارس 1958. "
            "وفي 27 ديسمبر من ذلك العام، وقّع البلدان في موسكو اتفاقا منح الاتحاد السوفيتي بموجبه مصر قرضا "
            "قيمته 400 مليون روبل.")
    assert _dates(ctx, body, "ar", "2020-01-09", "AID") == ["1958-12-27"]
