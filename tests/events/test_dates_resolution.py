"""Dates of events: narrative years, offsets, spans of visits (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return [e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype]


def test_dates_bare_month_just_before_publication_is_the_recent_one(ctx: Context) -> None:
    body = ("Kenya closed its border with Somalia in March 2011 and expelled Somali diplomats in May 2011. "
            "The two countries restored ties in August.")
    assert [d[:7] for d in _dates(ctx, body, "en", "2022-09-20", "RETREAT") if d] == ["2022-08"]
    # far from publication the month stays in the year of the story
    assert [d[:7] for d in _dates(ctx, body, "en", "2022-03-20", "RETREAT") if d] == ["2011-08"]


def test_dates_anniversary_story_keeps_its_year(ctx: Context) -> None:
    body = ("On 2 August 1990 Iraqi troops invaded Kuwait. "
            "On 6 August the Security Council imposed sanctions on Iraq.")
    assert _dates(ctx, body, "en", "2020-08-10", "SANCTION") == ["1990-08-06"]


def test_dates_within_hours_of_a_day_without_year(ctx: Context) -> None:
    body = ("The accord was signed by Greece and North Macedonia in June 2018 and ratified in January 2019. "
            "When the new Macedonian government took office on June 23, Athens lodged a formal protest "
            "with Skopje within hours.")
    assert _dates(ctx, body, "en", "2024-06-26", "ACCUSE") == ["2024-06-23"]


def _spans(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e.date.start, e.date.end) for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype]


def test_dates_concluded_visit_of_n_days_began_n_minus_one_days_before(ctx: Context) -> None:
    body = "Kenyan President William Ruto wrapped up a three-day state visit to Uganda on Wednesday."
    assert _spans(ctx, body, "en", "2023-12-14", "CONSULT") == [("2023-12-11", "2023-12-13")]
    body = "اختتم الرئيس المصري اليوم الخميس زيارة إلى السودان استمرت ثلاثة أيام."
    assert _spans(ctx, body, "ar", "2023-12-14", "CONSULT") == [("2023-12-12", "2023-12-14")]
    # without a length the day said stays the visit's date
    body = "Kenyan President William Ruto wrapped up a state visit to Uganda on Wednesday."
    assert _spans(ctx, body, "en", "2023-12-14", "CONSULT") == [("2023-12-13", None)]


def test_dates_begun_visit_of_n_days_and_acts_during_it(ctx: Context) -> None:
    body = ("بدأ الرئيس المصري أمس الأربعاء زيارة إلى السودان تستغرق يومين. "
            "والتقى الرئيس المصري رئيس مجلس السيادة السوداني.")
    events = pipeline_events(ctx, body, "ar", "2023-12-14")
    assert [(e.date.start, e.date.end) for e in events if e.mode == "visit"] == [("2023-12-13", "2023-12-14")]
    # a meeting during the visit takes its first day, not its span
    assert [(e.date.start, e.date.end) for e in events if e.mode == "meet"] == [("2023-12-13", None)]


def test_dates_end_of_the_visit_is_its_last_day(ctx: Context) -> None:
    body = ("Kenyan President William Ruto began a three-day state visit to Uganda on Monday. "
            "At the end of the visit Kenya and Uganda signed a trade agreement.")
    assert _dates(ctx, body, "en", "2023-12-11", "SUPPORT") == ["2023-12-13"]
    body = ("بدأ الرئيس المصري أمس الأربعاء زيارة إلى السودان تستغرق يومين. "
            "ووقعت مصر والسودان اتفاقية تجارية في ختام الزيارة.")
    assert _dates(ctx, body, "ar", "2023-12-14", "SUPPORT") == ["2023-12-14"]


def test_dates_relative_clause_begins_the_visit(ctx: Context) -> None:
    body = "وتأتي المباحثات في إطار زيارة وزير الخارجية المصري إلى السودان، التي بدأت أمس الثلاثاء."
    assert _dates(ctx, body, "ar", "2024-09-18", "CONSULT")[:1] == ["2024-09-17"]


def test_dates_offset_after_the_subjects_event(ctx: Context) -> None:
    body = ("Chinese President Xi Jinping visited Vietnam on Tuesday. "
            "Xi's trip came three months after US President Joe Biden visited Hanoi.")
    got = {(e.source.country if e.source else None, (e.date.start or "")[:7])
           for e in pipeline_events(ctx, body, "en", "2023-12-13") if str(e.type) == "CONSULT"}
    assert ("USA", "2023-09") in got and ("CHN", "2023-12") in got
    body = ("بدأ سلطان عمان أمس الأحد زيارة رسمية إلى إيران. "
            "وتأتي الزيارة بعد يومين من إفراج إيران عن دبلوماسي بلجيكي، مقابل إطلاق بلجيكا سراح دبلوماسي إيراني.")
    assert _dates(ctx, body, "ar", "2023-05-29", "RETREAT")[:1] == ["2023-05-26"]


def test_dates_also_after_the_verb_takes_the_date_of_the_act_before(ctx: Context) -> None:
    body = ("وقعت مصر والسودان أمس الأربعاء اتفاقية للتعاون الاقتصادي. "
            "واتفق البلدان في 10 كانون الأول/ديسمبر على إنشاء صندوق استثمار مشترك. "
            "وتعهدت مصر كذلك بتقديم مساعدات إلى السودان.")
    agree = [e for e in pipeline_events(ctx, body, "ar", "2023-12-14") if str(e.type) == "AGREE"]
    assert len(agree) == 2 and {e.date.start for e in agree} == {"2023-12-10"}


def test_dates_a_noun_after_the_day_after_is_no_date_holder(ctx: Context) -> None:
    body = ("دان مجلس الجامعة العربية أمس الأربعاء مذكرة التفاهم التي وقعتها إثيوبيا. "
            "وجاءت القمة بطلب من الصومال، التي استدعت سفيرها لدى إثيوبيا للتشاور في الخامس من كانون الثاني/يناير، "
            "غداة توقيع الاتفاق.")
    recall = [e for e in pipeline_events(ctx, body, "ar", "2024-01-18") if str(e.type) == "SANCTION"]
    assert [e.date.start for e in recall] == ["2024-01-05"]


def test_dates_a_later_coordinated_clause_keeps_its_date(ctx: Context) -> None:
    body = "وفي 17 كانون الثاني/يناير 1991 بدأت الولايات المتحدة بغارات جوية على العراق، وانتهت الحرب في 26 شباط/فبراير."
    assert _dates(ctx, body, "ar", "2020-08-02", "ASSAULT") == ["1991-01-17"]


def test_dates_during_the_visit_is_the_visit_of_the_same_parties(ctx: Context) -> None:
    body = ("Russian President Dmitry Medvedev held talks with Egyptian President Hosni Mubarak in Cairo on Tuesday. "
            "Medvedev left Cairo today for Nigeria, the second stop of an African tour. "
            "Russian officials denied that Moscow had offered to sell Egypt new air defence systems during the visit.")
    assert _dates(ctx, body, "en", "2009-06-24", "AGREE") == ["2009-06-23"]


def test_dates_the_object_of_a_ban_does_not_take_its_date(ctx: Context) -> None:
    body = "Beijing banned all seafood imports from Japan in August last year."
    assert [(d or "")[:7] for d in _dates(ctx, body, "en", "2024-05-28", "SANCTION")] == ["2023-08"]


def test_dates_a_reply_follows_the_act_told_before(ctx: Context) -> None:
    body = ("أعلن المجلس العسكري في مالي مساء الخميس إنهاء اتفاق السلام. "
            "وفي كانون الأول/ديسمبر الماضي استدعت الخارجية المالية السفير الجزائري للاحتجاج. "
            "وردّت الجزائر باستدعاء سفير مالي لديها.")
    # summoning another state's envoy is a protest (ACCUSE/disapprove, CODING_GUIDE)
    got = [(e.date.start or "")[:7] for e in pipeline_events(ctx, body, "ar", "2024-01-26") if e.mode == "disapprove"]
    assert len(got) == 2 and set(got) == {"2023-12"}  # the summons and the counter-summons


def test_dates_n_days_later_counts_from_the_date_before(ctx: Context) -> None:
    body = ("Egypt recalled its ambassador from Ethiopia on 3 May 2021. "
            "Two days later Sudan expelled the Ethiopian ambassador.")
    assert _dates(ctx, body, "en", "2021-06-01", "SANCTION") == ["2021-05-03", "2021-05-05"]
    body = ("استدعت مصر سفيرها لدى إثيوبيا في 3 أيار/مايو 2021. "
            "وبعد ذلك بثلاثة أيام طرد السودان السفير الإثيوبي.")
    assert _dates(ctx, body, "ar", "2021-06-01", "SANCTION") == ["2021-05-03", "2021-05-06"]


def test_dates_timeline_items_are_dated_by_their_year(ctx: Context) -> None:
    body = ("Key dates in relations between Egypt and Russia:\n"
            "- 1955: Egypt buys arms from the Soviet Union.\n"
            "- 2015: Russia and Egypt sign a deal to build a nuclear plant.\n")
    assert _dates(ctx, body, "en", "2024-03-12", "SUPPORT") == ["2015"]


def test_dates_the_month_after_the_storys_month_goes_on_with_the_story(ctx: Context) -> None:
    body = ("Protests against the Libyan government erupted in January 2011. "
            "In February the Arab League suspended Libya.")
    assert [(d or "")[:7] for d in _dates(ctx, body, "en", "2024-03-05", "SANCTION")] == ["2011-02"]


def test_dates_the_following_year_counts_from_the_date_before(ctx: Context) -> None:
    body = ("Egypt and the Soviet Union signed a treaty of friendship in May 1971. "
            "The following year Egypt expelled the Soviet military advisers.")
    assert _dates(ctx, body, "en", "2024-03-05", "SANCTION") == ["1972"]
    body = ("وقعت مصر والاتحاد السوفيتي معاهدة صداقة في أيار/مايو 1971. "
            "وفي العام التالي طردت مصر الخبراء العسكريين السوفيت.")
    assert _dates(ctx, body, "ar", "2024-03-05", "SANCTION") == ["1972"]


def test_dates_the_previous_year_counts_from_the_story_not_from_publication(ctx: Context) -> None:
    body = ("Egypt and the Soviet Union signed a treaty of friendship in May 1971. "
            "The previous year Egypt expelled British military advisers.")
    assert _dates(ctx, body, "en", "2024-03-05", "SANCTION") == ["1970"]
    body = ("وقعت مصر والاتحاد السوفيتي معاهدة صداقة في أيار/مايو 1971. "
            "وفي العام السابق طردت مصر الخبراء العسكريين البريطانيين.")
    assert _dates(ctx, body, "ar", "2024-03-05", "SANCTION") == ["1970"]
    # "last year" still counts from publication
    assert _dates(ctx, "Egypt expelled British military advisers last year.", "en", "2024-03-05", "SANCTION") == ["2023"]


def test_dates_a_past_relative_date_after_a_noun_content_dates_the_pledge(ctx: Context) -> None:
    """What is pledged or requested lies ahead of the pledge: "yesterday" after it dates the pledge; a
    future date after an infinitive content still dates only the content."""
    assert _dates(ctx, "Japan pledged aid to Jordan yesterday.", "en", "2023-05-10", "AGREE") == ["2023-05-09"]
    assert _dates(ctx, "Egypt agreed to hold talks with Sudan next month.", "en", "2023-05-10", "AGREE") \
        == ["2023-05-10"]


def test_dates_arabic_perfect_verb_sends_a_bare_weekday_to_the_past(ctx: Context) -> None:
    # published on a Monday: Thursday is 4 days back and 3 days ahead; the perfect verb decides
    for body in ("وزار ولي العهد السعودي قطر مساء الخميس.",
                 "واستضافت قطر ولي العهد السعودي الخميس.",
                 "وأجرى ولي العهد السعودي مساء الخميس اتصالا هاتفيا بأمير قطر."):
        events = [e for e in pipeline_events(ctx, body, "ar", "2024-05-20") if str(e.type) == "CONSULT"]
        assert [(e.date.start, str(e.status)) for e in events] == [("2024-05-16", "occurred")], body
    # the imperfect (with or without the future clitic) still looks ahead
    for body in ("وسيزور ولي العهد السعودي قطر الخميس.", "وتستضيف قطر ولي العهد السعودي الخميس."):
        assert _dates(ctx, body, "ar", "2024-05-20", "CONSULT") == ["2024-05-23"], body


def test_lexicon_perfect_forms_follow_the_paradigm() -> None:
    from bilateral.events.lexicon import perfect_forms
    from bilateral.folding import fold_phrase

    paradigm = {"imperfect": "ي", "persons": ["ت", "ن"], "future": ["س"],
                "participle_prefix": "م", "participle_suffix": "ا"}
    verbs = ["زار", "زارت", "يزور", "تزور", "سيزور", "توجه", "يتوجه", "متوجها", "نفى", "ينفي", "أجرى محادثات"]
    got = perfect_forms(verbs, paradigm)
    assert got == {fold_phrase(v) for v in ("زار", "زارت", "توجه", "نفى", "أجرى محادثات")}
    assert perfect_forms(verbs, None) == frozenset()
    from bilateral.events.lexicon import verb_tenses

    # the imperfect without a future clitic: سيزور is told by its clitic, متوجها is a participle
    assert verb_tenses(verbs, paradigm)[1] == {fold_phrase(v) for v in ("يزور", "تزور", "يتوجه", "ينفي")}


def test_dates_a_season_dates_the_event_to_its_year(ctx: Context) -> None:
    for body, lang in (("In the summer of 1972, Egypt expelled thousands of Soviet military advisers.", "en"),
                       ("In autumn 1972 Egypt expelled the Soviet military advisers.", "en"),
                       ("وفي صيف 1972 طردت مصر الخبراء العسكريين السوفييت.", "ar")):
        events = [e for e in pipeline_events(ctx, body, lang, "2024-05-20") if str(e.type) == "SANCTION"]
        # the year, and the state of that year: the Soviet Union, not Russia
        assert [(e.date.start, e.target.country if e.target else None) for e in events] == [("1972", "SUN")], body
