"""Dates of events, x6: two years joined by "and"/"و" with no "between"/"from" are two years (one event each), a
range only after between/from; a date in a relative clause that only performs an event noun ("the visit that X
paid ... in January 2020", "الزيارة التي قام بها ... في يناير 2020") is the noun's own; an ambiguous Arabic weekday
after منذ/حتى is a weekday. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.date.start, e.date.end) for e in pipeline_events(ctx, body, lang, published)
                  if str(e.type) == etype)


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "The Tunisian president visited Egypt in 1974 and 1986."),
    ("en", "Egypt's president made state visits to Tunisia in 1974 and 1986."),
    ("en", "The 1974 and 1986 visits by the Tunisian president to Egypt were recalled."),
    ("ar", "وزار الرئيس التونسي مصر في 1974 و1986."),
    ("ar", "وزار الرئيس التونسي مصر عامي 1974 و1986."),
], ids=["en-visited-in", "en-noun-in", "en-before-noun", "ar-fi", "ar-aamay"])
def test_dates_two_years_joined_by_and_are_two(ctx: Context, lang: str, body: str) -> None:
    assert _dates(ctx, body, lang, "2024-03-10", "CONSULT") == [("1974", None), ("1986", None)]


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Tunisian presidents visited Egypt between 1974 and 1986."),
    ("en", "Tunisian presidents visited Egypt from 1974 to 1986."),
    ("ar", "وزار رؤساء تونسيون مصر بين عامي 1974 و1986."),
    ("ar", "وزار رؤساء تونسيون مصر في الفترة من 1974 إلى 1986."),
], ids=["en-between", "en-from-to", "ar-bayna", "ar-min-ila"])
def test_dates_year_range_only_after_between_or_from(ctx: Context, lang: str, body: str) -> None:
    assert _dates(ctx, body, lang, "2024-03-10", "CONSULT") == [("1974", "1986")]


def test_dates_during_two_consecutive_years_is_a_span(ctx: Context) -> None:
    assert _dates(ctx, "Egypt sent aid to Sudan during 2021 and 2022.", "en", "2024-03-10", "AID") \
        == [("2021", "2022")]


@pytest.mark.parametrize("body", [
    "وبحث الرئيسان العلاقات بعد الزيارة التي قام بها الرئيس التركي إلى الجزائر في يناير 2020.",
    "وبحث الرئيسان العلاقات بعد الزيارة التي أجراها الرئيس التركي إلى الجزائر في يناير 2020.",
    "وناقش الرئيسان التعاون عقب الزيارة التي قام بها رئيس الوزراء التركي إلى الجزائر في يناير 2020.",
], ids=["qama-biha", "ajraha", "uqba"])
def test_dates_relative_clause_performing_the_noun_dates_it(ctx: Context, body: str) -> None:
    visits = [e for e in pipeline_events(ctx, body, "ar", "2024-03-10") if e.mode == "visit"]
    assert [e.date.start for e in visits] == ["2020-01"]


def test_dates_relative_clause_performing_the_noun_en(ctx: Context) -> None:
    body = "Talks followed the visit that Turkish President Erdogan paid to Algeria in January 2020."
    visits = [e for e in pipeline_events(ctx, body, "en", "2024-03-10") if e.mode == "visit"]
    assert [e.date.start for e in visits] == ["2020-01"]


@pytest.mark.parametrize(("body", "day"), [
    ("وشنت إسرائيل غارات على لبنان منذ الاثنين.", "2024-03-11"),
    ("وقصفت إسرائيل جنوب لبنان ومنذ الأحد.", "2024-03-10"),
    ("وقصفت إسرائيل لبنان حتى الأحد.", "2024-03-10"),
], ids=["mundhu-ithnayn", "wa-mundhu-ahad", "hatta-ahad"])
def test_dates_ambiguous_weekday_after_since_until(ctx: Context, body: str, day: str) -> None:
    assert [s for s, _e in _dates(ctx, body, "ar", "2024-03-14", "ASSAULT")] == [day]


def test_dates_bare_ambiguous_weekday_stays_undated(ctx: Context) -> None:
    # "الاثنين" alone is "the two": no weekday
    body = "واتفق الاثنان على ذلك، وقصفت إسرائيل لبنان وأكد الاثنين ذلك."
    assert all(s == "2024-03-14" for s, _e in _dates(ctx, body, "ar", "2024-03-14", "ASSAULT"))


@pytest.mark.parametrize(("lang", "body"), [
    ("en", "Russia backs Syria's position, Lavrov said on Monday."),
    ("en", "Russia supports Syria's position, the Russian foreign minister told reporters on Monday."),
    ("en", "Lavrov said on Monday that Russia backs Syria's position."),
    ("ar", "روسيا تدعم موقف سوريا، قال وزير الخارجية الروسي يوم الاثنين."),
], ids=["en-said-after", "en-told-after", "en-said-that", "ar-qala-after"])
def test_dates_weekday_said_with_past_saying_verb_is_gone_by(ctx: Context, lang: str, body: str) -> None:
    # published on a Thursday: the Monday of the saying is the one before, and the stance is no plan
    events = [e for e in pipeline_events(ctx, body, lang, "2024-03-14") if str(e.type) == "SUPPORT"]
    assert [(e.date.start, str(e.status)) for e in events] == [("2024-03-11", "occurred")]


def test_dates_weekday_of_an_act_to_come_after_saying_stays_ahead(ctx: Context) -> None:
    body = "Lavrov said Russian President Putin will visit Syria on Monday."
    assert [s for s, _e in _dates(ctx, body, "en", "2024-03-14", "CONSULT")] == ["2024-03-18"]


@pytest.mark.parametrize("body", [
    "Seoul cut ties with Pyongyang in March 2016. Days later China tightened its border controls, and Xi Jinping "
    "paid a visit to Seoul on 3 May 2020.",
    "Seoul cut ties with Pyongyang in March 2016. Within days China tightened its border controls, and Xi Jinping "
    "visited Seoul on 3 May 2020.",
], ids=["days-later", "within-days"])
def test_dates_later_clause_keeps_its_own_date_after_sentence_offset(ctx: Context, body: str) -> None:
    visits = [e for e in pipeline_events(ctx, body, "en", "2024-10-14") if e.mode == "visit"]
    assert [e.date.start for e in visits] == ["2020-05-03"]


@pytest.mark.parametrize("body", [
    "Erdogan flew to Cairo in February 2024 for talks with Sisi. Weeks later Sisi paid a return visit to Ankara "
    "in April.",
    "Erdogan flew to Cairo in February 2024 for talks with Sisi. Then Sisi paid a return visit to Ankara in April.",
], ids=["weeks-later", "then"])
def test_dates_month_stepping_forward_keeps_the_story_year(ctx: Context, body: str) -> None:
    # published in May 2026: April just before publication, but the story told goes on in 2024
    visits = [e for e in pipeline_events(ctx, body, "en", "2026-05-20") if str(e.source.country) == "EGY"
              and e.mode == "visit"]
    assert [e.date.start for e in visits] == ["2024-04"]


def test_dates_month_just_before_publication_after_old_background(ctx: Context) -> None:
    # the background is two sentences back and many months before: the news returns to the present
    body = ("Egypt and Turkey cut ties in November 2013. Relations stayed frozen for years. Trade fell sharply. "
            "Sisi visited Ankara in April.")
    visits = [e for e in pipeline_events(ctx, body, "en", "2026-05-20") if e.mode == "visit"]
    assert [e.date.start for e in visits] == ["2026-04"]


@pytest.mark.parametrize(("lang", "body", "want"), [
    ("en", "The Arab League suspended Libya in October 2014. Cairo had recalled its ambassador from Tripoli earlier "
           "that year, and closed its embassy there in 2015.", "2014"),
    ("en", "The Arab League suspended Libya in October 2014. Cairo had expelled the Libyan ambassador later that "
           "month, and closed its embassy there in 2015.", "2014-10"),
    ("ar", "علقت الجامعة العربية عضوية ليبيا في أكتوبر 2014. وكانت مصر قد استدعت سفيرها من طرابلس في العام نفسه، "
           "وأغلقت سفارتها هناك في 2015.", "2014"),
], ids=["en-earlier-that-year", "en-later-that-month", "ar-same-year"])
def test_dates_time_counted_from_story_beats_next_clause_date(ctx: Context, lang: str, body: str, want: str) -> None:
    acts = [e for e in pipeline_events(ctx, body, lang, "2024-03-10")
            if str(e.type) == "SANCTION" and str(e.source.country) == "EGY" and e.mode in ("withdraw", "expel")]
    assert [e.date.start for e in acts] == [want]


@pytest.mark.parametrize("body", [
    "Egypt sent a protest note to Israel but got no reply until Wednesday morning.",
    "Egypt protested to Israel over the raid, but had received no answer until Wednesday.",
], ids=["no-reply", "no-answer"])
def test_dates_deadline_of_a_negated_reply_dates_no_act(ctx: Context, body: str) -> None:
    assert [s for s, _e in _dates(ctx, body, "en", "2024-03-14", "ACCUSE")] == ["2024-03-14"]


def test_dates_until_lifting_the_negated_act_dates_it(ctx: Context) -> None:
    body = "Egypt did not sign the peace treaty with Israel until 1979."
    assert [s for s, _e in _dates(ctx, body, "en", "2024-03-14", "SUPPORT")] == ["1979"]


@pytest.mark.parametrize(("lang", "body", "etype", "day"), [
    ("en", "Egypt deployed troops to the border on Monday, but Cairo called the reports unfounded.", "MOBILIZE",
     "2024-03-04"),
    ("en", "Turkish jets reportedly struck Kurdish positions in Iraq on Monday, according to local sources.",
     "ASSAULT", "2024-03-04"),
    ("ar", "وأفادت مصادر محلية بأن طائرات تركية قصفت مواقع كردية في العراق يوم الاثنين.", "ASSAULT", "2024-03-04"),
    ("ar", "ونشرت مصر قوات على الحدود يوم الاثنين، لكن القاهرة نفت التقارير.", "MOBILIZE", "2024-03-04"),
    # a past form of a condition is no past act: the Monday ahead
    ("en", "If Iran attacked Israel on Monday, Washington would respond.", "ASSAULT", "2024-03-11"),
], ids=["en-negated", "en-reported", "ar-reported", "ar-negated", "en-hypothetical"])
def test_dates_weekday_of_a_past_verb_is_past_whatever_its_status(ctx: Context, lang: str, body: str, etype: str,
                                                                   day: str) -> None:
    """A bare weekday said with a past verb is the one gone by, also when the act is denied or only reported
    (published on a Sunday: "Monday" is the 4th, not the 11th)."""
    assert _dates(ctx, body, lang, "2024-03-10", etype) == [(day, None)]
