"""Ingest drivers: articles (through the pipeline) or batch output folders (already extracted) into a store.

Idempotent and resumable: an article whose content hash and pipeline version are already stored is
skipped without running the pipeline ("unchanged"); a new pipeline version re-extracts it; a
changed document (same ``doc`` and language, new content) replaces its earlier version. Each
article is written in its own transaction, together with the run counters, so a killed process
leaves a consistent database and the next run continues where it stopped. Failures (with code and
reason) are stored with the run. Clusters of the blocks that changed are recomputed at the end
(and at the start, for blocks left dirty by an interrupted run).
"""

from __future__ import annotations

import json
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..ingest import ARTICLE_SUFFIXES, read_articles
from ..model import Article, Event, Failure
from . import Store
from .clusters import recluster
from .write import ArticleState, bump_run, decide, finish_run, record_failure, start_run, write_article

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    done: int  # articles handled (any outcome)
    total: int | None  # estimated number of articles, if known
    events: int  # events written so far
    failed: int
    elapsed: float  # seconds

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


@dataclass
class IngestSummary:
    run: int
    new: int = 0
    unchanged: int = 0
    reextracted: int = 0
    replaced: int = 0
    failed: int = 0
    events: int = 0
    clusters: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.reextracted + self.replaced

    def line(self) -> str:
        parts = [f"{self.new} new", f"{self.unchanged} unchanged"]
        if self.reextracted:
            parts.append(f"{self.reextracted} re-extracted")
        if self.replaced:
            parts.append(f"{self.replaced} replaced")
        parts.append(f"{self.failed} failed")
        return f"{', '.join(parts)}; {self.events} event(s) written"

    def to_dict(self) -> dict[str, Any]:
        return {"run": self.run, "new": self.new, "unchanged": self.unchanged, "reextracted": self.reextracted,
                "replaced": self.replaced, "failed": self.failed, "events": self.events, "clusters": self.clusters,
                "failures": [f.to_dict() for f in self.failures], "seconds": round(self.seconds, 3)}


ProgressFn = Callable[[Progress], None]


def estimate_articles(paths: Iterable[str | Path]) -> int | None:
    """A cheap count of the documents under ``paths`` (files; lines of JSONL files)."""
    total = 0
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            return None
        files = [path] if path.is_file() else ([f for f in path.rglob("*") if f.is_file() and not any(
            part.startswith(".") for part in f.relative_to(path).parts) and f.suffix.lower() in ARTICLE_SUFFIXES]
            if path.is_dir() else [])
        for f in files:
            if ARTICLE_SUFFIXES.get(f.suffix.lower()) == "jsonl":
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


class _Tracker:
    def __init__(self, summary: IngestSummary, total: int | None, on_progress: ProgressFn | None,
                 every: float) -> None:
        self.summary, self.total, self.on_progress, self.every = summary, total, on_progress, every
        self.t0 = time.monotonic()
        self.last = self.t0

    def tick(self, force: bool = False) -> None:
        if self.on_progress is None:
            return
        t = time.monotonic()
        if force or t - self.last >= self.every:
            self.last = t
            s = self.summary
            self.on_progress(Progress(s.articles + s.failed, self.total, s.events, s.failed, t - self.t0))


def _handle_failure(store: Store, run: int, summary: IngestSummary, failure: Failure,
                    on_failure: Callable[[Failure], None] | None) -> None:
    with store.begin() as conn:
        record_failure(conn, run, failure)
    summary.failed += 1
    summary.failures.append(failure)
    if on_failure:
        on_failure(failure)


def _store_one(store: Store, run: int, summary: IngestSummary, written: set[str], article: Article,
               pipeline: str, produce: Callable[[], tuple[list[Any], list[Event]]]) -> None:
    """Decide, extract if needed, and write one article in one transaction."""
    with store.connect() as conn:
        decision = decide(conn, article, pipeline, written)
    if decision.state is ArticleState.UNCHANGED:
        summary.unchanged += 1
        with store.begin() as conn:
            bump_run(conn, run, unchanged=1)
        return
    mentions, events = produce()
    with store.begin() as conn:
        decision = decide(conn, article, pipeline, written)  # re-check inside the transaction
        if decision.state is ArticleState.UNCHANGED:
            summary.unchanged += 1
            bump_run(conn, run, unchanged=1)
            return
        n = write_article(conn, store.backend, article, pipeline, mentions, events, run=run, decision=decision)
        key = {ArticleState.NEW: "new", ArticleState.REEXTRACT: "reextracted",
               ArticleState.REPLACE: "replaced"}[decision.state]
        bump_run(conn, run, **{key: 1, "events": n})
    written.add(article.id)
    setattr(summary, key, getattr(summary, key) + 1)
    summary.events += n


@contextmanager
def _ingest_run(store: Store, version: str | None, command: str | None, *, tidy: bool = True) -> Iterator[IngestSummary]:
    """One recorded run: started, then finished as "done" (and clusters recomputed) or, when the body
    raises or is interrupted, as "interrupted". ``tidy`` first reclusters what an interrupted run left."""
    summary = IngestSummary(start_run(store, version, command))
    t0 = time.monotonic()
    if tidy:
        recluster(store)
    status = "interrupted"
    try:
        yield summary
        status = "done"
    finally:
        if status == "done":
            summary.clusters = recluster(store)
        finish_run(store, summary.run, status)
        summary.seconds = time.monotonic() - t0


def ingest_paths(store: Store, paths: Iterable[str | Path], pipeline: Any, *, on_progress: ProgressFn | None = None,
                 on_failure: Callable[[Failure], None] | None = None, command: str | None = None,
                 progress_every: float = 1.0) -> IngestSummary:
    """Run ``pipeline`` (a :class:`bilateral.pipeline.Pipeline`: ``.version``, ``.run(article)``,
    ``.ctx.settings``) over files/folders/JSONL (``-`` = stdin) and store the results. The store
    layer sits below the pipeline, so the caller passes it in.

    A path that is a batch output folder (with ``articles/`` and ``events/``) is loaded as such,
    without running the pipeline."""
    paths = [str(p) for p in paths]
    batch = [p for p in paths if is_batch_output(p)]
    plain = [p for p in paths if p not in batch]
    settings = getattr(getattr(pipeline, "ctx", None), "settings", None)
    max_bytes = int(settings.get("ingest", "max_bytes", 5_000_000)) if settings else 5_000_000
    languages = settings.get("ingest", "languages", ["ar", "en"]) if settings else ["ar", "en"]
    with _ingest_run(store, pipeline.version, command) as summary:
        run = summary.run
        written: set[str] = set()
        tracker = _Tracker(summary, estimate_articles(plain) if plain else None, on_progress, progress_every)
        if plain:
            items = read_articles(plain, max_bytes=max_bytes, languages=languages)
            for item in items:
                if isinstance(item, Failure):
                    _handle_failure(store, run, summary, item, on_failure)
                else:
                    _ingest_article(store, run, summary, written, item, pipeline, on_failure)
                tracker.tick()
        for folder in batch:
            _load_batch(store, run, summary, written, Path(folder), tracker, on_failure)
        tracker.tick(force=True)
    return summary


def _ingest_article(store: Store, run: int, summary: IngestSummary, written: set[str], article: Article,
                    pipeline: Any, on_failure: Callable[[Failure], None] | None) -> None:
    def produce() -> tuple[list[Any], list[Event]]:
        analysis = pipeline.run(article)
        return list(analysis.mentions.all()), list(analysis.events)

    try:
        _store_one(store, run, summary, written, article, pipeline.version, produce)
    except sa.exc.SQLAlchemyError:
        raise
    except Exception as e:  # one broken article must not stop a batch
        log.exception("pipeline failed on %s", article.source or article.doc)
        _handle_failure(store, run, summary, Failure(article.source or article.doc, "E900",
                                                     f"internal error while extracting: {type(e).__name__}: {e}"),
                        on_failure)


# ------------------------------------------------------------------------------------ batch output

def is_batch_output(path: str | Path) -> bool:
    """A folder written by the batch runner: it has ``articles/`` and ``events/`` subfolders."""
    p = Path(path)
    return p.is_dir() and (p / "articles").is_dir() and (p / "events").is_dir()


def _read_parquet_rows(folder: Path) -> Iterator[dict[str, Any]]:
    if not folder.is_dir():
        return
    try:
        import pyarrow.parquet as pq
    except ModuleNotFoundError as e:  # pragma: no cover - depends on the install
        from ..errors import StoreError
        raise StoreError("reading batch output needs pyarrow: pip install 'bilateral[parquet]'", str(folder)) from e
    for f in sorted(folder.glob("*.parquet")):
        yield from pq.read_table(f).to_pylist()


def _load_batch(store: Store, run: int, summary: IngestSummary, written: set[str], folder: Path,
                tracker: _Tracker, on_failure: Callable[[Failure], None] | None) -> None:
    events_by: dict[str, list[Event]] = defaultdict(list)
    for r in _read_parquet_rows(folder / "events"):
        try:
            events_by[r["article"]].append(Event.from_dict(json.loads(r["json"])))
        except (KeyError, ValueError, TypeError) as e:
            _handle_failure(store, run, summary, Failure(f"{folder / 'events'}:{r.get('id')}", "E107",
                                                         f"unreadable event record: {e}"), on_failure)
    mentions_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _read_parquet_rows(folder / "mentions"):
        mentions_by[r["article"]].append(r)
    for r in _read_parquet_rows(folder / "failures"):
        _handle_failure(store, run, summary, Failure(str(r.get("source")), str(r.get("code")),
                                                     str(r.get("message"))), on_failure)
    rows = list(_read_parquet_rows(folder / "articles"))
    tracker.total = (tracker.total or 0) + len(rows)
    for r in rows:
        article = Article(id=r["id"], doc=r["doc"], text=r["text"], lang=r.get("lang"), published=r.get("published"),
                          url=r.get("url"), title=r.get("title"), source=r.get("source"))
        aid = r["id"]
        pipeline = r.get("pipeline") or "batch"

        def produce(aid: str = aid) -> tuple[list[Any], list[Event]]:
            ms = sorted(mentions_by.get(aid, []), key=lambda m: (m["start"], m["end"]))
            return ms, events_by.get(aid, [])

        _store_one(store, run, summary, written, article, pipeline, produce)
        tracker.tick()


def ingest_batch_output(store: Store, folder: str | Path, *, on_progress: ProgressFn | None = None,
                        on_failure: Callable[[Failure], None] | None = None,
                        command: str | None = None) -> IngestSummary:
    """Load a batch output folder (Parquet) without re-running the pipeline."""
    with _ingest_run(store, None, command, tidy=False) as summary:
        tracker = _Tracker(summary, None, on_progress, 1.0)
        _load_batch(store, summary.run, summary, set(), Path(folder), tracker, on_failure)
        tracker.tick(force=True)
    return summary


def ingest_extracted(store: Store, records: Iterable[tuple[Article, Iterable[Any], Iterable[Event]]], pipeline: str, *,
                     on_progress: ProgressFn | None = None, command: str | None = None,
                     progress_every: float = 1.0) -> IngestSummary:
    """Store already extracted records: (article, mentions, events) triples made by ``pipeline``
    (a version string). Same idempotence, transactions and clustering as :func:`ingest_paths`."""
    with _ingest_run(store, pipeline, command) as summary:
        tracker = _Tracker(summary, None, on_progress, progress_every)
        written: set[str] = set()
        for article, mentions, events in records:
            ms, es = list(mentions), list(events)
            _store_one(store, summary.run, summary, written, article, pipeline, lambda ms=ms, es=es: (ms, es))
            tracker.tick()
        tracker.tick(force=True)
    return summary
