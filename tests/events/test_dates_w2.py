"""Dates of the second dates round: timeline items without a year, the date an agreement takes effect,
"the next month" of a story told before. Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dated(ctx: Context, body: str, lang: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(str(e.type), e.date.start, str(e.status)) for e in pipeline_events(ctx, body, lang, published)]


def test_dates_a_timeline_item_takes_the_year_of_the_timeline_and_the_past(ctx: Context) -> None:
    # published in December: "17 January" is not the January ahead but the timeline's
    bodies = {"en": ("Timeline of the dispute between Kenya and Somalia:\n\n"
                     "- January 2, 2024: Kenya recalled its ambassador from Mogadishu.\n"
                     "- March 3: Somalia expels the Kenyan ambassador.\n"),
              "ar": ("أبرز محطات الأزمة بين كينيا والصومال:\n\n- 2 يناير 2024: كينيا تستدعي سفيرها من مقديشو.\n\n"
                     "- 3 مارس: الصومال يطرد السفير الكيني.\n")}
    for lang, body in bodies.items():
        assert sorted(_dated(ctx, body, lang, "2024-12-12")) \
            == [("SANCTION", "2024-01-02", "occurred"), ("SANCTION", "2024-03-03", "occurred")], lang
    # a year heading on its own line
    body = "محطات الأزمة:\n\n2023\n\n17 يناير: كينيا تستدعي سفيرها من مقديشو.\n\n3 مارس: الصومال يطرد السفير الكيني.\n"
    assert sorted(d for _t, d, _s in _dated(ctx, body, "ar", "2024-12-12")) == ["2023-01-17", "2023-03-03"]
    # no year told at all: the past
    body = "Key dates:\n\n- January 17: Kenya recalls its ambassador from Mogadishu.\n"
    assert _dated(ctx, body, "en", "2024-12-12") == [("SANCTION", "2024-01-17", "occurred")]
    # a day said in running text (no item) keeps its reading
    body = "Kenya will recall its ambassador from Mogadishu on January 17."
    assert _dated(ctx, body, "en", "2024-12-12") == [("SANCTION", "2025-01-17", "planned")]


def test_dates_the_day_an_agreement_takes_effect_is_not_the_signing(ctx: Context) -> None:
    cases = [("en", "Kenya and Somalia signed an agreement that will take effect next year."),
             ("en", "Kenya and Somalia signed a trade deal, which comes into force in January."),
             ("en", "Kenya and Somalia agreed on a ceasefire that takes effect on Friday."),
             ("ar", "ووقعت كينيا والصومال اتفاقا يدخل حيز التنفيذ العام المقبل."),
             ("ar", "وأبرمت كينيا والصومال اتفاقا تجاريا يسري مفعوله مطلع العام المقبل.")]
    for lang, body in cases:
        assert [(d, s) for _t, d, s in _dated(ctx, body, lang, "2024-05-10")] == [("2024-05-10", "occurred")], body
    # the signing's own day stays
    body = "Kenya and Somalia signed an agreement on Tuesday that will take effect next year."
    assert [d for _t, d, _s in _dated(ctx, body, "en", "2024-05-10")] == ["2024-05-07"]
    # a measure that takes effect is dated by it
    body = "Kenya's tariffs on Somali goods took effect on Tuesday."
    assert [d for _t, d, _s in _dated(ctx, body, "en", "2024-05-10")] == ["2024-05-07"]


def test_dates_the_next_month_counts_from_the_event_told_before(ctx: Context) -> None:
    first = {"en": "Kenya recalled its ambassador from Mogadishu in March 2022. ",
             "ar": "واستدعت كينيا سفيرها من مقديشو في مارس 2022. "}
    cases = [("en", "Somalia expelled the Kenyan ambassador the next month.", "2022-04"),
             ("en", "The following month, Somalia expelled the Kenyan ambassador.", "2022-04"),
             ("en", "The next year, Somalia expelled the Kenyan ambassador.", "2023"),
             ("ar", "وطردت الصومال السفير الكيني في الشهر الذي تلاه.", "2022-04"),
             ("ar", "وفي الشهر الذي تلاه طردت الصومال السفير الكيني.", "2022-04"),
             ("ar", "وطردت الصومال السفير الكيني في العام التالي.", "2023")]
    for lang, told, when in cases:
        events = pipeline_events(ctx, first[lang] + told, lang, "2024-11-20")
        assert [(e.date.start, str(e.status)) for e in events if e.source and e.source.country == "SOM"] \
            == [(when, "occurred")], told
    # "next month" without the article counts from publication
    assert _dated(ctx, "Kenya will expel the Somali ambassador next month.", "en", "2024-11-20") \
        == [("SANCTION", "2024-12", "planned")]


def test_dates_a_weekday_said_after_a_past_verb_is_gone_by(ctx: Context) -> None:
    # published on a Monday: Thursday is the one before, also for a noun trigger in the sentence
    for body in ("The crisis had begun on Thursday, when Quito declared the Mexican ambassador persona non grata.",
                 "The row had erupted on Thursday with the expulsion of the Mexican ambassador by Ecuador.",
                 "Tensions escalated on Thursday with the expulsion of the Mexican ambassador by Ecuador."):
        assert _dated(ctx, body, "en", "2024-04-08") == [("SANCTION", "2024-04-04", "occurred")], body
    # what is to come keeps the coming day
    events = pipeline_events(ctx, "Putin is expected in Ankara on Thursday for talks with Erdogan.", "en", "2024-04-08")
    assert {(e.date.start, str(e.status)) for e in events} == {("2024-04-11", "planned")}


def test_dates_a_visit_that_ended_on_a_day_began_the_days_before(ctx: Context) -> None:
    cases = [("en", "Putin returned from a two-day visit to China that ended on Tuesday.", "2024-04-01"),
             ("en", "Putin is back from a three-day visit to China which concluded on Sunday.", "2024-04-05"),
             ("ar", "وعاد بوتين من زيارة إلى الصين استمرت يومين وانتهت يوم الثلاثاء.", "2024-04-01"),
             ("ar", "وعاد بوتين من زيارة إلى الصين استمرت ثلاثة أيام اختتمها يوم الأحد.", "2024-04-05")]
    for lang, body, first in cases:
        events = pipeline_events(ctx, body, lang, "2024-04-08")
        assert events and {e.date.start for e in events if str(e.type) == "CONSULT"} == {first}, body
    # a visit that began on a day starts that day
    body = "Putin is in China on a two-day visit that began on Sunday."
    assert {e.date.start for e in pipeline_events(ctx, body, "en", "2024-04-08")} == {"2024-04-07"}


def test_dates_a_year_before_the_noun_dates_that_noun(ctx: Context) -> None:
    for body, year in (("Kenya's 2019 visit to Somalia was the first by a Kenyan leader.", "2019"),
                       ("The 2017 state visit of Kenya's president to Somalia ended the row.", "2017"),
                       ("The sanctions date back to Iraq's 1990 invasion of Kuwait.", "1990")):
        assert {e.date.start for e in pipeline_events(ctx, body, "en", "2024-04-08")} == {year}, body
    # nor does it date the act told before the noun
    body = "Mexico condemned Ecuador's 2024 raid on its embassy."
    assert [(str(e.type), e.date.start) for e in pipeline_events(ctx, body, "en", "2024-04-08")] \
        == [("ACCUSE", "2024-04-08")]


def test_dates_a_trade_figure_is_not_split_on_a_since_date(ctx: Context) -> None:
    cases = [("en", "Trade between Egypt and China reached $15 billion in 2023, the highest level since 1971."),
             ("ar", "وبلغ حجم التبادل التجاري بين مصر والصين 15 مليار دولار في عام 2023، وهو أعلى مستوى منذ عام 1971.")]
    for lang, body in cases:
        assert [e.date.start for e in pipeline_events(ctx, body, lang, "2024-04-08")] == ["2023"], body
    # two figures for two periods stay two
    body = "Trade between Egypt and China rose to $15 billion in 2023 from $10 billion in 2020."
    assert sorted(e.date.start for e in pipeline_events(ctx, body, "en", "2024-04-08")) == ["2020", "2023"]


def test_dates_days_before_an_event_told_earlier_count_from_its_day(ctx: Context) -> None:
    # the exercise began yesterday (Wednesday): the arrival two days before it, the meeting joined to the arrival
    body = ("وبدأ أمس الأربعاء في الخرطوم تدريب عسكري مشترك بين مصر والسودان. "
            "وكان رئيس الأركان المصري قد وصل إلى الخرطوم قبل يومين من انطلاق التدريب، والتقى رئيس مجلس السيادة السوداني.")
    events = pipeline_events(ctx, body, "ar", "2021-05-27")
    assert sorted((e.mode, e.date.start, str(e.status)) for e in events if str(e.type) == "CONSULT") \
        == [("meet", "2021-05-24", "occurred"), ("visit", "2021-05-24", "occurred")]


def test_dates_an_act_voiced_in_the_statement_explaining_it_takes_its_day(ctx: Context) -> None:
    for body, day in (("غير أن أديس أبابا رفضت مطالب مصر، إذ أكد المتحدث باسم الخارجية في مؤتمر صحفي أمس أن الملء سيتم.",
                       "2021-05-26"),
                      ("ورفضت إثيوبيا المطالب المصرية، إذ قال وزير خارجيتها يوم الاثنين إن بلاده لن تتراجع.", "2021-05-24")):
        assert [(str(e.type), e.date.start) for e in pipeline_events(ctx, body, "ar", "2021-05-27")] \
            == [("REJECT", day)], body


def test_dates_the_act_named_after_the_decision_came_counts_from_that_decision(ctx: Context) -> None:
    told = {"en": "Kenya expelled the Somali ambassador on Monday evening. ",
            "ar": "وطردت كينيا مساء الاثنين السفير الصومالي. "}
    cases = [("en", "The move came hours after Somalia recalled its envoy from Nairobi.", "2025-04-07"),
             ("en", "The decision came two days after Somalia recalled its envoy from Nairobi.", "2025-04-05"),
             ("ar", "وجاء القرار بعد ساعات من استدعاء الصومال سفيره لدى نيروبي للتشاور.", "2025-04-07"),
             ("ar", "وجاءت هذه الخطوة بعد يومين من استدعاء الصومال سفيره لدى نيروبي.", "2025-04-05")]
    for lang, body, day in cases:
        events = pipeline_events(ctx, told[lang] + body, lang, "2025-04-08")
        assert [e.date.start for e in events if e.source and e.source.country == "SOM"] == [day], body


def test_dates_an_act_at_the_occasion_told_before_takes_its_day(ctx: Context) -> None:
    cases = [("en", "Kenya's president attended Monday's ceremony in Mogadishu. "
                    "At the ceremony, the two countries signed a security pact."),
             ("en", "Ethiopian officials attended a ceremony on Monday in Nairobi. "
                    "During the ceremony, Kenya and Somalia signed a trade agreement."),
             ("ar", "وأقيم يوم الاثنين حفل في نيروبي حضره وزراء أفارقة. وعلى هامش الحفل وقعت كينيا والصومال اتفاقية تجارية.")]
    for lang, body in cases:
        assert [e.date.start for e in pipeline_events(ctx, body, lang, "2024-04-11")] == ["2024-04-08"], body
    # no occasion named: the day of publication, as before
    body = "Ethiopian officials attended a ceremony on Monday in Nairobi. Kenya and Somalia signed a trade agreement."
    assert [e.date.start for e in pipeline_events(ctx, body, "en", "2024-04-11")] == ["2024-04-11"]
    # an act to come, announced at the occasion, does not take its day
    body = ("Ethiopian officials attended a ceremony on Monday in Nairobi. "
            "Speaking at the ceremony, Kenya's president said he would visit Somalia soon.")
    assert all(e.date.start != "2024-04-08" for e in pipeline_events(ctx, body, "en", "2024-04-11"))


def test_dates_a_story_told_forward_passes_into_the_next_year(ctx: Context) -> None:
    # June then November 2022 told, then "in March" with nothing earlier about it: March 2023
    bodies = {"en": ("Kenya recalled its ambassador from Mogadishu in June 2022. "
                     "Kenya's foreign minister flew to Mogadishu that November. "
                     "Somalia's president travelled to Nairobi in March for talks with Ruto."),
              "ar": ("واستدعت كينيا سفيرها من مقديشو في يونيو 2022. "
                     "وتوجه وزير الخارجية الكيني إلى مقديشو في نوفمبر من العام نفسه. "
                     "وزار الرئيس الصومالي نيروبي في مارس لإجراء محادثات مع روتو.")}
    for lang, body in bodies.items():
        events = pipeline_events(ctx, body, lang, "2025-06-10")
        assert sorted(e.date.start for e in events if str(e.type) == "CONSULT" and e.source.country == "SOM") \
            == ["2023-03"], lang
    # told as earlier (pluperfect, "earlier"): the same year
    for told in ("Somalia's president had travelled to Nairobi in March for talks with Ruto.",
                 "Earlier, in March, Somalia's president travelled to Nairobi for talks with Ruto."):
        body = "Kenya recalled its ambassador in June 2022. Its foreign minister flew to Mogadishu that November. " + told
        events = pipeline_events(ctx, body, "en", "2025-06-10")
        assert [e.date.start for e in events if e.source and e.source.country == "SOM"] == ["2022-03"], told
    # one month told (no story going forward): the same year
    body = "Kenya recalled its ambassador in November 2022. Somalia's president travelled to Nairobi in March for talks."
    events = pipeline_events(ctx, body, "en", "2025-06-10")
    assert [e.date.start for e in events if e.source and e.source.country == "SOM"] == ["2022-03"]
