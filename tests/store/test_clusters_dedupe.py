"""Deduplication across articles and languages, on articles written for these tests."""

from __future__ import annotations

from store_builders import article, event, ingest

from bilateral import query
from bilateral.store import Store
from bilateral.store.clusters import Item, cluster_items, recluster

EN = ("Egyptian President Sisi arrived in Moscow on 10 August 2015 for talks with President Putin. "
      "The two leaders discussed wheat imports.")
AR = ("وصل الرئيس المصري عبد الفتاح السيسي إلى موسكو يوم العاشر من أغسطس 2015 في زيارة رسمية. "
      "وبحث الرئيسان واردات القمح.")
RETRO = ("Five years after his August 2015 visit to Moscow, Sisi spoke of Russia as a partner. "
         "Analysts were not convinced.")
OTHER = ("On 25 August 2015 the Egyptian president made a second, unannounced visit to Moscow. "
         "Few details were released.")


def _four(store: Store) -> dict[str, str]:
    en = article("en-visit", EN, "en", "2015-08-10")
    ar = article("ar-visit", AR, "ar", "2015-08-11")
    retro = article("retro", RETRO, "en", "2020-08-12")
    other = article("other", OTHER, "en", "2015-08-26")
    e1 = event(en, "arrived in Moscow", "CONSULT", "EGY", "RUS", "2015-08-10", trigger="arrived")
    e2 = event(ar, "موسكو", "CONSULT", "RUS", "EGY", "2015-08-10")  # direction flipped by the extractor
    e3 = event(retro, "August 2015 visit", "CONSULT", "EGY", "RUS", "2015-08", "month")
    e4 = event(other, "second, unannounced visit", "CONSULT", "EGY", "RUS", "2015-08-25")
    ingest(store, [(en, [], [e1]), (ar, [], [e2]), (retro, [], [e3]), (other, [], [e4])])
    return {"en": e1.id, "ar": e2.id, "retro": e3.id, "other": e4.id}


def test_clusters_two_languages_and_two_visits(store: Store) -> None:
    ids = _four(store)
    d = query.show(store, ids["en"])
    assert d is not None
    members = {m.event["id"] for m in d.mentions}
    # ar and en reports of the 10 August visit are one event; the 25 August visit is another one;
    # the retrospective "August 2015" mention is ambiguous between them, so it stays alone
    assert members == {ids["en"], ids["ar"]}
    assert d.cluster_info is not None and d.cluster_info["langs"] == ["ar", "en"]
    other = query.show(store, ids["other"])
    assert other is not None and other.cluster != d.cluster
    retro = query.show(store, ids["retro"])
    assert retro is not None and {m.event["id"] for m in retro.mentions} == {ids["retro"]}
    counts = query.count_events(store, query.EventFilter(country="EGY", counterpart="RUS"))
    assert (counts.mentions, counts.events, counts.articles) == (4, 3, 4)


def test_clusters_retrospective_mention_joins_the_only_visit(store: Store) -> None:
    en = article("en-visit", EN, "en", "2015-08-10")
    ar = article("ar-visit", AR, "ar", "2015-08-11")
    retro = article("retro", RETRO, "en", "2020-08-12")
    e1 = event(en, "arrived in Moscow", "CONSULT", "EGY", "RUS", "2015-08-10")
    e2 = event(ar, "موسكو", "CONSULT", "EGY", "RUS", "2015-08-10")
    e3 = event(retro, "August 2015 visit", "CONSULT", "EGY", "RUS", "2015-08", "month")
    # the same retrospective article's publication date (2020) must not matter
    ingest(store, [(en, [], [e1]), (ar, [], [e2]), (retro, [], [e3])])
    d = query.show(store, e3.id)
    assert d is not None and {m.event["id"] for m in d.mentions} == {e1.id, e2.id, e3.id}
    assert d.cluster_info is not None and d.cluster_info["articles"] == 3
    assert d.cluster_info["date"]["start"] == "2015-08-10"
    page = query.events(store, query.EventFilter(unique=True))
    assert len(page.rows) == 1 and page.rows[0].cluster_size == 3
    assert page.counts.events == 1 and page.counts.mentions == 3


def test_clusters_publication_dates_stay_in_their_month(store: Store) -> None:
    en = article("en-visit", EN, "en", "2015-08-10")
    late = article("late", "Sisi visited Moscow, the ministry said. Talks went on.", "en", "2015-09-02")
    e1 = event(en, "arrived in Moscow", "CONSULT", "EGY", "RUS", "2015-08-10")
    e2 = event(late, "visited Moscow", "CONSULT", "EGY", "RUS", "2015-09-02", basis="publication")
    ingest(store, [(en, [], [e1]), (late, [], [e2])])
    assert query.count_events(store).events == 2


def _item(i: str, start: str | None, precision: str = "day", *, mode: str | None = "visit",
          status: str = "occurred", basis: str = "explicit", end: str | None = None) -> Item:
    return Item(i, "CONSULT|EGY|RUS", "CONSULT", "EGY", "RUS", mode, status, start, end or start, precision, basis,
                f"a{i}", "en")


def _groups(items: list[Item]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.members) for c in cluster_items(items)}


def test_clusters_rule_is_conservative() -> None:
    # different days in one month: two events; a month-only mention next to both: alone
    assert _groups([_item("1", "2015-08-10"), _item("2", "2015-08-25"), _item("3", "2015-08", "month")]) == {
        frozenset({"1"}), frozenset({"2"}), frozenset({"3"})}
    # a multi-day range overlapping a day: one event
    assert _groups([_item("1", "2015-08-10", end="2015-08-12"), _item("2", "2015-08-12")]) == {frozenset({"1", "2"})}
    # phone call and visit the same day: two events; negated never merges with occurred
    assert len(_groups([_item("1", "2015-08-10"), _item("2", "2015-08-10", mode="phone")])) == 2
    assert len(_groups([_item("1", "2015-08-10"), _item("2", "2015-08-10", status="negated")])) == 2
    # planned and occurred mentions of the same visit: one event
    assert len(_groups([_item("1", "2015-08-10"), _item("2", "2015-08-10", status="planned")])) == 1
    # unknown / decade dates never merge; year-only merges only with the same year-only
    assert len(_groups([_item("1", None, "unknown"), _item("2", None, "unknown")])) == 2
    assert _groups([_item("1", "2015", "year"), _item("2", "2015", "year"), _item("3", "2015-08-10")]) == {
        frozenset({"1", "2"}), frozenset({"3"})}
    # a missing counterpart: alone
    lone = Item("x", "CONSULT|EGY|", "CONSULT", "EGY", None, "visit", "occurred", "2015-08-10", "2015-08-10",
                "day", "explicit", "ax", "en")
    assert _groups([lone, Item("y", "CONSULT|EGY|", "CONSULT", "EGY", None, "visit", "occurred", "2015-08-10",
                                "2015-08-10", "day", "explicit", "ay", "en")]) == {frozenset({"x"}), frozenset({"y"})}


def test_clusters_are_recomputable(store: Store) -> None:
    ids = _four(store)
    before = {i: query.show(store, i).cluster for i in ids.values()}  # type: ignore[union-attr]
    n = recluster(store, full=True)
    after = {i: query.show(store, i).cluster for i in ids.values()}  # type: ignore[union-attr]
    assert n == 3 and before == after
