"""Idempotent, resumable ingest through the real pipeline and through extracted records."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from store_builders import article, event, ingest

from bilateral import query
from bilateral.context import Context
from bilateral.pipeline import Pipeline
from bilateral.store import Store
from bilateral.store.ingest import ingest_paths
from bilateral.store.migrations import LATEST, MIGRATIONS
from bilateral.store.schema import schema_migrations

ARTICLES = {
    "en/visit.txt": "Egyptian Foreign Minister Sameh Shoukry arrived in Moscow on 12 May 2016 for talks with "
                    "Sergei Lavrov. The two ministers discussed flights between the two countries.\n",
    "ar/visit.txt": "وصل وزير الخارجية المصري سامح شكري إلى موسكو يوم 12 مايو 2016 لإجراء محادثات مع نظيره "
                    "الروسي. وبحث الوزيران استئناف الرحلات الجوية.\n",
    "en/phone.txt": "On 3 June 2016 the Egyptian president received a phone call from the Russian president.\n",
}


def _corpus(root: Path) -> Path:
    for name, text in ARTICLES.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, "utf-8")
    (root / "en" / "broken.txt").write_bytes(b"\x00\x01binary")
    return root


def test_store_migrations_are_recorded(store: Store) -> None:
    with store.connect() as conn:
        rows = conn.execute(sa.select(schema_migrations.c.version, schema_migrations.c.name)).all()
    assert [r[0] for r in rows] == [m[0] for m in MIGRATIONS]
    assert store.schema_version() == LATEST


def test_store_ingest_pipeline_is_idempotent(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    pipeline = Pipeline(Context.load())
    first = ingest_paths(store, [corpus], pipeline)
    assert (first.new, first.unchanged, first.failed) == (3, 0, 1)
    assert first.failures[0].code == "E104"
    before = query.stats(store)
    again = ingest_paths(store, [corpus], pipeline)
    assert (again.new, again.unchanged, again.reextracted, again.events) == (0, 3, 0, 0)
    after = query.stats(store)
    assert (after.articles, after.mentions, after.events) == (before.articles, before.mentions, before.events)
    # failures are stored with their reasons, per run
    fails = query.failures(store)
    assert [(f.code, Path(f.source).name) for f in fails] == [("E104", "broken.txt")]
    assert fails[0].run == again.run


def test_store_changed_article_and_new_pipeline_reextract_only_that_article(store: Store, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    pipeline = Pipeline(Context.load())
    ingest_paths(store, [corpus], pipeline)
    ids = {a.doc: a.id for a in (query.article(store, d) for d in ("visit", "phone")) if a}
    (corpus / "en" / "phone.txt").write_text("On 4 June 2016 the Egyptian president called the Russian president.\n")
    s = ingest_paths(store, [corpus], pipeline)
    assert (s.new, s.replaced, s.unchanged) == (0, 1, 2)
    assert query.stats(store).articles == 3
    new_phone = query.article(store, "phone")
    assert new_phone is not None and new_phone.id != ids["phone"] and "4 June" in new_phone.text

    class NewVersion:
        def __init__(self) -> None:
            self.inner, self.version, self.ctx = pipeline, "another-version", pipeline.ctx

        def run(self, a):  # type: ignore[no-untyped-def]
            return self.inner.run(a)

    s = ingest_paths(store, [corpus], NewVersion())
    assert (s.new, s.reextracted, s.unchanged) == (0, 3, 0)
    s = ingest_paths(store, [corpus], NewVersion())
    assert (s.new, s.reextracted, s.unchanged) == (0, 0, 3)


def test_store_records_are_idempotent_and_replace_events(store: Store) -> None:
    a = article("d1", "Egypt and Russia signed a deal in Cairo on 1 March 2015. Nothing else.", "en", "2015-03-02")
    e = event(a, "signed a deal", "AGREE", "EGY", "RUS", "2015-03-01", mode="sign", trigger="signed")
    s = ingest(store, [(a, [], [e])])
    assert (s.new, s.events) == (1, 1)
    s = ingest(store, [(a, [], [e])])
    assert (s.new, s.unchanged, s.events) == (0, 1, 0)
    # new pipeline version: the article is extracted again and its old events go
    e2 = event(a, "signed a deal", "COOPERATE", "EGY", "RUS", "2015-03-01", mode="trade")
    s = ingest(store, [(a, [], [e2])], pipeline="p2")
    assert (s.reextracted, s.events) == (1, 1)
    rows = query.events(store).rows
    assert [r.event["type"] for r in rows] == ["COOPERATE"]
    assert query.count_events(store).events == 1
