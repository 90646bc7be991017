"""Further acts of a type and pair the article already has, told in ways other than a plain main verb: a verb
joined to the one before past an adverb of time ("and later expelled"), the earlier act named in a relative
clause with a year of its own ("the agreement that it signed in 2014")."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _of(ctx: Context, body: str, lang: str, etype: str, published: str = "2024-05-20") -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, published))
    return [e for e in a.events if str(e.type) == etype]


def _pair(e: Event) -> tuple[str | None, str | None]:
    return (e.source.country if e.source else None, e.target.country if e.target else None)


def test_multi_a_verb_joined_past_an_adverb_of_time_is_one_more_act(ctx: Context) -> None:
    cases = [
        ("Envoys\nPARIS - France recalled its ambassador from Algeria on Tuesday and later expelled twelve "
         "Algerian diplomats.\n", "en", ("FRA", "DZA")),
        ("Envoys\nPARIS - France recalled its ambassador from Algeria on Tuesday and has since expelled twelve "
         "Algerian diplomats.\n", "en", ("FRA", "DZA")),
        ("Trade\nTOKYO - Japan imposed export curbs on South Korea in July and subsequently removed Seoul from "
         "its white list.\n", "en", ("JPN", "KOR")),
        ("سفراء\nباريس - استدعت فرنسا سفيرها لدى الجزائر يوم الثلاثاء، ولاحقا طردت اثني عشر دبلوماسيا جزائريا.\n",
         "ar", ("FRA", "DZA")),
        ("سفراء\nباريس - استدعت فرنسا سفيرها لدى الجزائر يوم الثلاثاء، وفي وقت لاحق طردت اثني عشر دبلوماسيا "
         "جزائريا.\n", "ar", ("FRA", "DZA")),
        ("سفراء\nباريس - استدعت فرنسا سفيرها لدى الجزائر يوم الثلاثاء، وبعد ذلك طردت اثني عشر دبلوماسيا "
         "جزائريا.\n", "ar", ("FRA", "DZA")),
    ]
    for body, lang, pair in cases:
        got = _of(ctx, body, lang, "SANCTION")
        assert len(got) == 2, body
        assert all(_pair(e) == pair for e in got), body


def test_multi_two_verbs_of_one_act_without_an_adverb_stay_one(ctx: Context) -> None:
    body = "Embargo\nHAVANA - Washington imposed sanctions on Cuba in 2004 and banned all imports from the island.\n"
    assert len(_of(ctx, body, "en", "SANCTION")) == 1


def test_multi_a_relative_clause_with_an_earlier_year_tells_the_earlier_act(ctx: Context) -> None:
    cases = [
        ("Pact\nANKARA - Turkey suspended on Wednesday the defence agreement that it signed with Qatar in 2014.\n",
         "en", "SANCTION", "SUPPORT", "2014"),
        ("Embargo\nHAVANA - The United States eased on Monday the embargo that it imposed on Cuba in 1962.\n",
         "en", "RETREAT", "SANCTION", "1962"),
        ("Water\nNEW DELHI - India suspended the Indus Waters Treaty, which it signed with Pakistan in 1960.\n",
         "en", "SANCTION", "SUPPORT", "1960"),
        ("اتفاقية\nأنقرة - علقت تركيا الأربعاء اتفاقية الدفاع التي وقعتها مع قطر عام 2014.\n",
         "ar", "SANCTION", "SUPPORT", "2014"),
        ("معاهدة\nنيودلهي - علقت الهند معاهدة مياه نهر السند التي وقعتها مع باكستان عام 1960.\n",
         "ar", "SANCTION", "SUPPORT", "1960"),
    ]
    for body, lang, now_type, then_type, then_year in cases:
        assert any((e.date.start or "")[:4] == "2024" for e in _of(ctx, body, lang, now_type)), body
        earlier = _of(ctx, body, lang, then_type)
        assert [(e.date.start or "")[:4] for e in earlier] == [then_year], body


def test_multi_a_relative_clause_without_a_date_of_its_own_is_no_event(ctx: Context) -> None:
    for body in ("Pact\nANKARA - Turkey suspended on Wednesday the defence agreement that it signed with Qatar.\n",
                 "Pact\nANKARA - Turkey suspended on Wednesday the defence agreement that it signed with Qatar, "
                 "officials said in 2014.\n"):
        assert _of(ctx, body, "en", "SUPPORT") == [], body
        assert len(_of(ctx, body, "en", "SANCTION")) == 1, body


def test_multi_a_further_round_of_talks_with_its_own_date_is_one_more_meeting(ctx: Context) -> None:
    for body in ("Talks\nANKARA - The foreign ministers of Ethiopia and Somalia held a first round of talks in "
                 "Ankara on July 1, followed by a second round on August 12.\n",
                 "Talks\nDOHA - Negotiators from Sudan and Chad met in Doha on March 3 and held a third session on "
                 "April 9.\n"):
        got = _of(ctx, body, "en", "CONSULT", "2024-09-05")
        assert len(got) == 2, body
        assert len({e.date.start for e in got}) == 2, body


def test_multi_a_list_item_verb_with_each_of_names_its_own_subject(ctx: Context) -> None:
    body = ("سفراء\nبوغوتا - 31 أكتوبر/تشرين الأول 2023: لاباز تقطع علاقاتها مع تل أبيب، وفي اليوم ذاته تستدعي كل "
            "من تشيلي وكولومبيا سفيريهما لدى إسرائيل للتشاور.\n")
    got = {_pair(e) for e in _of(ctx, body, "ar", "SANCTION", "2024-05-03")}
    assert {("CHL", "ISR"), ("COL", "ISR")} <= got
    assert not any(p[0] == "BOL" and p[1] in ("CHL", "COL") for p in got)


def test_multi_each_sum_of_a_further_gift_takes_its_own_date(ctx: Context) -> None:
    cases = [
        ("Loans\nNAIROBI - China lent Kenya $500 million in 2019 and a further $300 million in 2021.\n", "en",
         ["2019", "2021"]),
        ("Aid\nTUNIS - Italy granted Tunisia 50 million euros in 2020 and another 40 million euros in 2022.\n", "en",
         ["2020", "2022"]),
        ("ودائع\nإسلام آباد - أودعت السعودية مليار دولار لدى البنك المركزي الباكستاني في أكتوبر 2018، ومليارا آخر في "
         "ديسمبر 2018.\n", "ar", ["2018-10", "2018-12"]),
    ]
    for body, lang, want in cases:
        got = sorted((e.date.start or "")[:len(want[0])] for e in _of(ctx, body, lang, "AID"))
        assert got == want, body


def test_multi_the_object_of_a_purpose_verb_is_no_act_of_its_own(ctx: Context) -> None:
    for body in ("Border\nNEW DELHI - Indian and Chinese corps commanders met on June 6, again on June 22 and a third "
                 "time on June 30 to hammer out a disengagement plan.\n",
                 "Border\nNEW DELHI - Indian and Chinese generals met on June 30 to work out a troop withdrawal.\n"):
        assert _of(ctx, body, "en", "RETREAT", "2020-07-07") == [], body
        assert "2020-06-30" in {e.date.start for e in _of(ctx, body, "en", "CONSULT", "2020-07-07")}, body
