"""The query layer (bilateral.query) on SQLite and PostgreSQL: filters, timeline, actors, show, search."""

from __future__ import annotations

import pytest
from store_builders import article, event, ingest

from bilateral import query
from bilateral.errors import QueryError
from bilateral.model import Mention, MentionKind, Span
from bilateral.model import PlaceRef as _P
from bilateral.store import Store

AR1 = "وَصَلَ وزيرُ الخارجيةِ المصريُّ إلى القاهرة. ثم التقى نظيره الروسي في موسكو يوم 5 مارس 2015."
EN1 = "Russia accused Egypt of delaying the wheat deal on 9 July 2017. Cairo rejected the claim."
EN2 = "Jordan and Egypt agreed on a gas pipeline on 2 February 2017. The =SUM(A1) deal is big."


def _load(store: Store) -> dict[str, str]:
    a1 = article("ar1", AR1, "ar", "2015-03-06")
    e1 = article("en1", EN1, "en", "2017-07-10")
    e2 = article("en2", EN2, "en", "2017-02-03")
    ev1 = event(a1, "التقى", "CONSULT", "EGY", "RUS", "2015-03-05", trigger="التقى", src_name="Sameh Shoukry",
                role="foreign_minister")
    ev2 = event(e1, "accused", "ACCUSE", "RUS", "EGY", "2017-07-09", mode="allege", quad=3, intensity=-3.5,
                trigger="accused")
    ev3 = event(e1, "rejected", "REJECT", "EGY", "RUS", "2017-07", "month", mode=None, quad=3, intensity=-2.0)
    ev4 = event(e2, "agreed", "AGREE", "JOR", "EGY", "2017-02-02", mode=None, quad=1, intensity=4.0)
    place = Mention(MentionKind.PLACE, Span(AR1.index("موسكو"), AR1.index("موسكو") + 5), 1, _P("Moscow", "RUS"),
                    "test.v1", "موسكو")
    ingest(store, [(a1, [place], [ev1]), (e1, [], [ev2, ev3]), (e2, [], [ev4])])
    return {"ar": ev1.id, "accuse": ev2.id, "reject": ev3.id, "agree": ev4.id}


def test_query_filters(store: Store) -> None:
    ids = _load(store)
    def got(**kw: object) -> set[str]:
        return {r.id for r in query.events(store, query.EventFilter.from_params(kw)).rows}
    assert got(country="egy", counterpart="RUS") == {ids["ar"], ids["accuse"], ids["reject"]}
    assert got(country="JOR") == {ids["agree"]}
    assert got(counterpart="JOR") == {ids["agree"]}
    assert got(type="accuse,reject") == {ids["accuse"], ids["reject"]}
    assert got(mode="visit") == {ids["ar"]}
    assert got(lang="ar") == {ids["ar"]}
    assert got(since="2017-07") == {ids["accuse"], ids["reject"]}
    assert got(since="2017", until="2017-02") == {ids["agree"]}
    assert got(until="2015") == {ids["ar"]}
    assert got(text="نظيرة الروسى") == {ids["ar"]}  # folded: ة/ه, ى/ي, the article ال
    assert got(text="wheat DEAL") == {ids["accuse"]}
    assert got(text="100%_") == set()  # LIKE wildcards are literal
    assert got(status="occurred", type="AGREE") == {ids["agree"]}
    page = query.events(store, query.EventFilter(limit=2, order="-date"))
    assert [r.id for r in page.rows] == [ids["accuse"], ids["reject"]] and page.counts.mentions == 4
    with pytest.raises(QueryError):
        query.EventFilter(country="Egypt; DROP TABLE events").validated()
    with pytest.raises(QueryError):
        query.EventFilter(type=("VISIT",)).validated()
    with pytest.raises(QueryError):
        query.EventFilter(since="March 2015").validated()


def test_query_timeline_zero_fills(store: Store) -> None:
    _load(store)
    tl = query.timeline(store, "EGY", "RUS")
    assert [p.period for p in tl.periods] == ["2015", "2016", "2017"]
    p15, p16, p17 = tl.periods
    assert (p15.events, p15.by_type, p15.by_quad[1], p15.balance) == (1, {"CONSULT": 1}, 1, 1.0)
    assert (p16.events, p16.mentions, p16.intensity, p16.balance) == (0, 0, None, None)
    assert (p17.events, p17.by_quad[3], p17.balance, p17.intensity) == (2, 2, -1.0, -2.75)
    months = query.timeline(store, "EGY", "RUS", by="month", flt=query.EventFilter(since="2017-05", until="2017-08"))
    assert [(p.period, p.events) for p in months.periods] == [("2017-05", 0), ("2017-06", 0), ("2017-07", 2),
                                                               ("2017-08", 0)]
    assert query.timeline(store, "EGY").periods[-1].events == 3  # with everyone


def test_query_actors(store: Store) -> None:
    _load(store)
    rows = {(r.country, r.name): r for r in query.actors(store)}
    egy = rows[("EGY", None)]
    assert (egy.events, egy.as_source, egy.as_target, egy.first, egy.last) == (4, 2, 2, "2015-03-05", "2017-07-09")
    person = rows[("EGY", "Sameh Shoukry")]
    assert person.roles == ("foreign_minister",) and person.events == 1
    assert [r.name for r in query.actors(store, kind="people")] == ["Sameh Shoukry"]


def test_query_show_highlights(store: Store) -> None:
    ids = _load(store)
    d = query.show(store, ids["ar"])
    assert d is not None and len(d.mentions) == 1
    m = d.mentions[0]
    kinds = {h.kind: h.text for h in m.highlights}
    assert kinds == {"trigger": "التقى", "place": "موسكو"}
    assert "".join(t for t, _ in m.segments()) == m.sentence
    assert query.show(store, "no-such-event") is None


@pytest.mark.parametrize("hostile", ['"', "-", "NOT", "'", "OR AND NEAR(", "*", "'; DROP TABLE articles; --",
                                     "مصر\" OR \"", "%", "_", "\\", "^", "()", "a", ""])
def test_query_search_is_safe(store: Store, hostile: str) -> None:
    _load(store)
    page = query.search(store, hostile)
    assert page.total >= 0
    assert query.stats(store).articles == 3


def test_query_search_arabic_folding(store: Store) -> None:
    _load(store)
    # no harakat in the query, ta marbuta/ha, alef forms, and the article/clitics: all find ar1
    for q in ["الخارجية", "الخارجيه", "خارجية", "والقاهرة", "للقاهرة", "القاهره", "المصري", "وزير"]:
        page = query.search(store, q)
        assert [h.doc for h in page.hits] == ["ar1"], q
    hit = query.search(store, "wheat deal").hits[0]
    assert hit.doc == "en1" and [hit.snippet[s:e] for s, e in hit.highlights] == ["wheat", "deal"]
    assert query.search(store, "wheat cairo").total == 1
    assert query.search(store, "wheat Jordan").total == 0
    assert {h.doc for h in query.search(store, "deal").hits} == {"en1", "en2"}
    assert query.search(store, "deal", lang="ar").total == 0
