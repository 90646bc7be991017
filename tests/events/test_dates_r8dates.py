"""Eighth-round date rules (branch r8dates). Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return [e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype]


def test_dates_pluperfect_relative_clause_is_not_the_signing(ctx: Context) -> None:
    # a date in a pluperfect relative clause on another noun is that clause's time, not the signing's
    body = "Uzbekistan and Tajikistan signed an agreement on Monday ending a visa regime that Tashkent had imposed in 2000."
    assert _dates(ctx, body, "en", "2018-08-18", "SUPPORT") == ["2018-08-13"]
    body = ("زار الرئيس الأوزبكي دوشنبه في مارس الماضي، ووقع خلالها البلدان اتفاقية تسمح لمواطنيهما بالسفر دون "
            "تأشيرة، منهية نظاما كانت طشقند قد فرضته عام 2000.")
    assert _dates(ctx, body, "ar", "2018-08-18", "SUPPORT") == ["2018-03"]
    body = "ووقعت أوزبكستان وطاجيكستان أمس اتفاقية تنهي النظام الذي كانت طشقند قد فرضته عام 2000."
    assert _dates(ctx, body, "ar", "2018-08-18", "SUPPORT") == ["2018-08-17"]


def test_dates_relative_clause_without_pluperfect_or_on_the_trigger(ctx: Context) -> None:
    # negative probes: a date told before the relative clause stays the event's
    body = "Uzbekistan signed an agreement with Tajikistan in 2000 that had been drafted by experts."
    assert _dates(ctx, body, "en", "2018-08-18", "SUPPORT") == ["2000"]
    body = "وقعت أوزبكستان وطاجيكستان في عام 2000 اتفاقية كانت قد أعدتها لجنة من الخبراء."
    assert _dates(ctx, body, "ar", "2018-08-18", "SUPPORT") == ["2000"]
    body = "وقعت أوزبكستان وطاجيكستان اتفاقية للتعاون في يناير 2000."
    assert _dates(ctx, body, "ar", "2018-08-18", "SUPPORT") == ["2000-01"]


def test_dates_pluperfect_relative_clause_dates_its_own_event(ctx: Context) -> None:
    # the clause's own event takes its date
    body = ("Last week Tunisia sent back 60 million euros that the European Commission had transferred to it "
            "in September as budget support.")
    assert _dates(ctx, body, "en", "2023-10-20", "AID") == ["2023-09"]


def test_dates_first_since_phrase_dates_nothing(ctx: Context) -> None:
    # "the first since the crisis began a decade ago": when the span began, not the call's date
    body = ("تلقى العاهل الأردني أمس الأحد اتصالا هاتفيا من الرئيس السوري، هو الأول بينهما منذ اندلاع الأزمة "
            "قبل عقد، جرى خلاله بحث العلاقات الثنائية.")
    assert "2011" not in [d[:4] for d in _dates(ctx, body, "ar", "2021-09-28", "CONSULT") if d]
    body = ("Jordan's king received a phone call from the Syrian president on Sunday, the first between them since "
            "the war began in 2011, during which they discussed trade.")
    assert "2011" not in [d[:4] for d in _dates(ctx, body, "en", "2021-09-28", "CONSULT") if d]


def test_dates_since_clause_with_an_event_of_its_own(ctx: Context) -> None:
    # negative probe: no "first" -- the since-clause's own event keeps its date
    body = ("Relations have been tense since last summer, when France endorsed Morocco's autonomy plan.")
    assert _dates(ctx, body, "en", "2025-04-16", "SUPPORT") == ["2024"]


def test_dates_same_day_after_an_offset_follows_the_offset(ctx: Context) -> None:
    # "غداة التوقيع" moved the story a day on: "في اليوم ذاته" is that day, not the signing's
    body = ("وكان الرئيس التركي والرئيس الليبي قد وقّعا في إسطنبول في 27 نوفمبر الماضي مذكرة للتعاون الأمني. "
            "وبحث وزير الخارجية المصري مع نظيره اليوناني في اتصال هاتفي غداة التوقيع تداعيات الخطوة. "
            "وفي اليوم ذاته، دانت الخارجية المصرية توقيع المذكرة.")
    assert _dates(ctx, body, "ar", "2019-12-07", "ACCUSE") == ["2019-11-28"]
    # negative probe: with no offset between, "the same day" is the signing's
    body = ("وكان الرئيس التركي والرئيس الليبي قد وقّعا في إسطنبول في 27 نوفمبر الماضي مذكرة للتعاون الأمني. "
            "وفي اليوم ذاته، دانت الخارجية المصرية توقيع المذكرة.")
    assert _dates(ctx, body, "ar", "2019-12-07", "ACCUSE") == ["2019-11-27"]


def test_dates_effective_from_day_yields_to_the_day_the_measure_was_taken(ctx: Context) -> None:
    body = "On June 21, the Russian president signed a decree suspending flights by Russian airlines to Georgia from July 8."
    assert _dates(ctx, body, "en", "2019-08-01", "SANCTION") == ["2019-06-21"]
    body = "علقت روسيا يوم 21 يونيو رحلاتها الجوية إلى جورجيا اعتبارا من 8 يوليو."
    assert _dates(ctx, body, "ar", "2019-08-01", "SANCTION") == ["2019-06-21"]
    # negative probe: alone, the day it takes effect still dates the measure
    body = "Russia suspended flights to Georgia from July 8."
    assert _dates(ctx, body, "en", "2019-08-01", "SANCTION") == ["2019-07-08"]


def test_dates_possible_act_said_on_a_day_is_not_dated_by_the_saying(ctx: Context) -> None:
    # "could lift ... if": a possibility voiced on Wednesday, not an act of Wednesday
    body = "The US commerce secretary said on Wednesday that Washington could lift its tariffs on Mexico if it did more."
    assert _dates(ctx, body, "en", "2025-03-07", "RETREAT") != ["2025-03-05"]
    body = "وقال وزير التجارة الأمريكي يوم الأربعاء إن واشنطن قد ترفع الرسوم الجمركية عن المكسيك إذا بذلت المزيد."
    assert _dates(ctx, body, "ar", "2025-03-07", "RETREAT") != ["2025-03-05"]
    # negative probe: an act reported as done keeps the saying's day
    body = "The US commerce secretary said on Wednesday that Washington lifted its tariffs on Mexico."
    assert _dates(ctx, body, "en", "2025-03-07", "RETREAT") == ["2025-03-05"]


def test_dates_conjunction_before_auxiliary_is_no_relative_clause(ctx: Context) -> None:
    # "في حين كان ...": the auxiliary after a conjunction opens a comparison clause whose years are trade figures
    # of their own (CODING_GUIDE: a trade figure compared with earlier years is an event for each year)
    body = ("وأوضح الوزير أن التبادل التجاري بين مصر والمغرب تجاوز ملياري دولار العام 2021، في حين كان يعادل في "
            "عام 2019 نحو 900 مليون دولار وفي العام 2020 مليار دولار.")
    assert sorted(d or "" for d in _dates(ctx, body, "ar", "2022-03-01", "COOPERATE")) == ["2019", "2020", "2021"]
