"""Several sums of aid in one sentence are several aid events, each with its own figure."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _aid(ctx: Context, body: str, lang: str) -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, "2021-05-04"))
    return [e for e in a.events if str(e.type) == "AID"]


def test_events_relative_clause_verb_takes_its_nouns_figure_and_kind(ctx: Context) -> None:
    body = ("اتفاقيات\nعمان - وقعت السعودية والأردن أمس عشر اتفاقيات للتعاون.\n"
            "ومن بين الاتفاقيات قرض بقيمة 500 مليون دولار يقدمه الصندوق السعودي للتنمية إلى الحكومة الأردنية، "
            "وقرض آخر بقيمة 200 مليون دولار للبنك المركزي الأردني.\n")
    got = _aid(ctx, body, "ar")
    assert sorted(q.value for e in got for q in e.quantities) == [200e6, 500e6]
    assert all(e.mode == "loan" for e in got)


def test_events_a_loan_and_a_grant_with_their_own_sums_are_two_aid_events(ctx: Context) -> None:
    en = "Aid\nCAIRO, May 4 - Kuwait gave Egypt a $100 million loan and a $50 million grant on Monday.\n"
    ar = "مساعدات\nالقاهرة - قدمت الكويت لمصر أمس قرضا بقيمة 100 مليون دولار ومنحة بقيمة 50 مليون دولار.\n"
    for body, lang in ((en, "en"), (ar, "ar")):
        got = _aid(ctx, body, lang)
        assert sorted(q.value for e in got for q in e.quantities) == [50e6, 100e6], lang
        assert {frozenset((e.source.country if e.source else None, e.target.country if e.target else None))
                for e in got} == {frozenset(("KWT", "EGY"))}, lang


def _of(ctx: Context, body: str, etype: str) -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, "en", "2021-05-04"))
    return [e for e in a.events if str(e.type) == etype]


def test_events_a_pledge_of_one_sum_and_a_further_sum_is_two_pledges(ctx: Context) -> None:
    body = ("Pledges\nBRUSSELS, May 4 - The European Union pledged on Monday to give Jordan 1 billion euros for "
            "refugees and a further 500 million euros for roads.\n")
    got = _of(ctx, body, "AGREE")
    assert sorted(q.value for e in got for q in e.quantities) == [500e6, 1e9]
    assert len(got) == 2


def test_events_a_package_including_a_part_stays_one_gift(ctx: Context) -> None:
    body = ("Aid\nBRUSSELS, May 4 - The European Union announced on Monday a package of 1 billion euros for "
            "Jordan, including 500 million euros for roads.\n")
    assert len(_of(ctx, body, "AID")) == 1


def test_events_a_sum_then_a_joined_act_with_its_own_sum_are_two_aids(ctx: Context) -> None:
    body = ("Aid\nAMMAN, May 4 - In 2018 Kuwait lent Jordan 500 million dollars and extended an oil credit worth "
            "200 million dollars a year.\n")
    got = _aid(ctx, body, "en")
    assert sorted(tuple(q.value for q in e.quantities) for e in got) == [(200e6,), (500e6,)]


def test_events_a_sum_inside_the_first_is_one_aid(ctx: Context) -> None:
    body = ("Aid\nAMMAN, May 4 - In 2018 Kuwait lent Jordan 500 million dollars, including 200 million dollars "
            "for schools and roads.\n")
    assert len(_aid(ctx, body, "en")) == 1
