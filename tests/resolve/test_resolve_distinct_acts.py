"""Several acts of one type and pair in one article: which are kept apart, which are one event told twice."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _events(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, published))
    return [e for e in a.events if str(e.type) == etype]


def _pairs(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return sorted((e.source.country if e.source else None, e.target.country if e.target else None) for e in events)


def test_resolve_each_side_acting_with_its_own_verb_is_two_acts(ctx: Context) -> None:
    body = ("Trade row eases\nKAMPALA, March 3 - Uganda will lift its ban on Rwandan cement and Rwanda will remove "
            "restrictions on Ugandan sugar, the two trade ministers said on Tuesday.\n")
    got = _events(ctx, body, "en", "2021-03-03", "RETREAT")
    assert _pairs(got) == [("RWA", "UGA"), ("UGA", "RWA")]


def test_resolve_one_mutual_act_stays_one_event(ctx: Context) -> None:
    body = "Border reopens\nKIGALI, March 3 - Uganda and Rwanda reopened their border on Tuesday after two years.\n"
    assert len(_events(ctx, body, "en", "2021-03-03", "RETREAT")) == 1


def test_resolve_relations_and_recognition_are_two_acts(ctx: Context) -> None:
    en = "Ties\nCAIRO, May 5 - Egypt recognised Ghana and established diplomatic relations with it in March 1957.\n"
    ar = ("علاقات\nالقاهرة - أقامت مصر وغانا العلاقات الدبلوماسية في آذار/مارس 1957، "
          "واعترفت مصر بغانا في الشهر نفسه.\n")
    for body, lang in ((en, "en"), (ar, "ar")):
        got = _events(ctx, body, lang, "2021-05-05", "SUPPORT")
        assert sorted(str(e.mode) for e in got) == ["recognize", "relations"], lang


def test_resolve_experts_sent_to_build_are_one_act(ctx: Context) -> None:
    body = ("سد\nالقاهرة - أرسل الاتحاد السوفيتي خلال الستينيات آلاف المهندسين إلى مصر للمشاركة في بناء "
            "السد العالي.\n")
    got = _events(ctx, body, "ar", "2021-05-05", "AID")
    assert [str(e.mode) for e in got] == ["experts"]


def test_resolve_also_in_a_later_sentence_is_one_more_act(ctx: Context) -> None:
    body = ("Ties\nMANILA, Jan 5 - Malaysia and Indonesia agreed on Monday to open two new border crossings, "
            "officials said.\n"
            "4 January 2021: Malaysia and Indonesia agree to open two border crossings.\n"
            "4 January 2021: The two leaders also agree to set up a joint fisheries commission.\n")
    got = _events(ctx, body, "en", "2021-01-05", "AGREE")
    # the timeline line restating the lead is the same agreement; the one told with "also" is another
    assert len(got) == 2
    assert any(":also" in r for e in got for r in e.rules)


def test_resolve_summit_of_three_and_a_visit_of_the_same_day_are_two_events(ctx: Context) -> None:
    body = ("Three-way summit in Nairobi\nNAIROBI, March 3 - The presidents of Kenya, Uganda and Rwanda held a "
            "three-way summit in Nairobi on Tuesday.\nUgandan President Yoweri Museveni arrived in Nairobi on "
            "Tuesday morning and was welcomed by Kenyan President Uhuru Kenyatta.\n")
    got = [e for e in _events(ctx, body, "en", "2021-03-03", "CONSULT")
           if {e.source and e.source.country, e.target and e.target.country} == {"UGA", "KEN"}]
    assert sorted(str(e.mode) for e in got) == ["multilateral", "visit"]


def test_resolve_talks_the_day_after_arrival_are_talks_of_the_visit(ctx: Context) -> None:
    ar = ("زيارة\nالقاهرة - وصل رئيس الوزراء التونسي إلى القاهرة مساء الأحد في زيارة رسمية.\n"
          "واستقبل الرئيس المصري الضيف صباح الاثنين، وبحث معه سبل تعزيز التعاون التجاري.\n")
    en = ("Visit\nCAIRO, March 5 - Tunisian Prime Minister Ahmed Hachani arrived in Cairo on Sunday evening for an "
          "official visit.\nEgyptian President Abdel Fattah al-Sisi received him on Monday morning and held talks "
          "with him on trade.\n")
    for body, lang in ((ar, "ar"), (en, "en")):
        got = _events(ctx, body, lang, "2024-03-05", "CONSULT")
        # one visit (begun on Sunday), and the talks of Monday
        assert sorted((str(e.mode), e.date.start) for e in got) == [("meet", "2024-03-04"), ("visit", "2024-03-03")], lang


def test_resolve_retaliation_after_a_comma_is_a_second_act(ctx: Context) -> None:
    en = ("Row\nLONDON, May 4 - Britain expelled two Russian diplomats on Monday, and Russia responded by "
          "expelling two British diplomats.\n")
    ar = "أزمة\nلندن - طردت بريطانيا أمس دبلوماسيين روسيين، وردت روسيا بطرد دبلوماسيين بريطانيين.\n"
    for body, lang in ((en, "en"), (ar, "ar")):
        got = _events(ctx, body, lang, "2021-05-05", "SANCTION")
        assert _pairs(got) == [("GBR", "RUS"), ("RUS", "GBR")], lang


def test_resolve_a_visit_told_from_the_hosts_side_stays_one_visit(ctx: Context) -> None:
    body = ("زيارة\nأسمرة - وصل الرئيس المصري إلى أسمرة صباح الخميس في أول زيارة له إلى إريتريا، "
            "وكان في استقباله الرئيس الإريتري.\n")
    got = _events(ctx, body, "ar", "2024-10-11", "CONSULT")
    assert len(got) == 1


def test_resolve_talks_told_with_a_restated_arrival_go_with_the_visit(ctx: Context) -> None:
    body = ("Visit\nDAKAR, April 19 - Mauritanian President Mohamed Ould Ghazouani arrived in Dakar on Thursday for a "
            "two-day visit.\nTimeline:\n18 April 2024: Ghazouani arrives in Dakar and holds talks with Senegalese "
            "President Bassirou Diomaye Faye.\n")
    got = _events(ctx, body, "en", "2024-04-19", "CONSULT")
    # the timeline line restates the lead's visit (one trip); the talks told with a verb of their own beside
    # the arrival are coded too (CODING_GUIDE, decided 2026-12-02)
    assert sorted((str(e.mode), e.date.start) for e in got) == [("meet", "2024-04-18"), ("visit", "2024-04-18")]


def test_resolve_two_kinds_of_sanction_in_one_sentence_are_two_acts(ctx: Context) -> None:
    """Expelling diplomats and closing a consulate are two sanctions (SANCTION modes expel/discontinue)."""
    body = "Russia expelled 60 American diplomats and closed the US consulate in St Petersburg on Thursday."
    got = _events(ctx, body, "en", "2018-03-29", "SANCTION")
    assert sorted(e.mode or "" for e in got) == ["discontinue", "expel"]
