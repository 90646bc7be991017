"""The one partition function every batch engine runs: a shard in, Parquet files out.

:func:`process_shard` reads the documents of one :class:`~bilateral.batch.shards.Shard`, runs the
same :class:`~bilateral.pipeline.Pipeline` as ``bilateral extract``, and writes four Parquet files
(``articles/``, ``events/``, ``mentions/``, ``failures/`` under the output folder, one file per
shard, named by the shard id). Files are written under a temporary name and renamed; a marker in
``_done/`` is written last, so a shard is either finished or redone by the next run.

:func:`run_shard` is the picklable entry point for worker processes: it builds the context once per
process (not per shard or per article) and calls :func:`process_shard`.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..config import load_settings
from ..context import Context
from ..errors import BadRecord, InputError
from ..ingest import article_from_record
from ..model import Analysis, Article, Failure
from ..pipeline import Pipeline
from .shards import Document, Shard, read_shard

log = logging.getLogger(__name__)

TABLES = ("articles", "events", "mentions", "failures")
DONE = "_done"

_S = pa.string()
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([("id", _S), ("doc", _S), ("lang", _S), ("published", _S), ("url", _S),
                           ("title", _S), ("source", _S), ("text", _S), ("pipeline", _S)]),
    "events": pa.schema([("id", _S), ("article", _S), ("doc", _S), ("pipeline", _S), ("json", _S),
                         ("type", _S), ("source_country", _S), ("target_country", _S), ("date_start", _S),
                         ("status", _S)]),
    "mentions": pa.schema([("article", _S), ("kind", _S), ("start", pa.int64()), ("end", pa.int64()),
                           ("sentence", pa.int64()), ("text", _S), ("rule", _S), ("value_json", _S)]),
    "failures": pa.schema([("source", _S), ("code", _S), ("message", _S)]),
}


@dataclass(frozen=True, slots=True)
class BatchSpec:
    """What every worker needs to build its own context: picklable and small."""

    config: str | None = None  # settings file (TOML), as for ``--config``

    def pipeline(self) -> Pipeline:
        return Pipeline(Context.load(load_settings(self.config)))


@dataclass(frozen=True, slots=True)
class ShardResult:
    shard: str
    path: str
    start: int
    stop: int
    pipeline: str
    articles: int = 0
    events: int = 0
    mentions: int = 0
    failures: int = 0
    seconds: float = 0.0
    skipped: bool = False  # finished by an earlier run

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> ShardResult:
        fields = ShardResult.__dataclass_fields__
        kinds = {"shard": str, "path": str, "pipeline": str, "start": int, "stop": int, "articles": int,
                 "events": int, "mentions": int, "failures": int, "seconds": float, "skipped": bool}
        return ShardResult(**{k: kinds[k](d[k]) for k in fields if k in d})


def done_path(output: str | Path, shard: Shard) -> Path:
    return Path(output) / DONE / f"{shard.id}.json"


def finished(output: str | Path, shard: Shard, pipeline: str) -> ShardResult | None:
    """The result of an earlier run of this shard with the same pipeline version, if any."""
    marker = done_path(output, shard)
    try:
        data = json.loads(marker.read_text("utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if data.get("pipeline") != pipeline or not all((Path(output) / t / f"{shard.id}.parquet").exists()
                                                    for t in TABLES):
        return None
    return ShardResult.from_dict({**data, "skipped": True})


def article_from(doc: Document, languages: tuple[str, ...]) -> Article:
    """Validate one input record exactly as ``ingest`` validates a JSONL document."""
    if doc.record is None:
        raise BadRecord(doc.error or "unreadable record", doc.where)
    default = f"{Path(doc.where.rsplit(':', 1)[0]).stem}-{doc.row}"
    return article_from_record(doc.record, doc.where, default, languages)


def analyse(documents: Iterator[Document], pipeline: Pipeline) -> Iterator[Analysis | Failure]:
    """Documents -> analyses or failures; one bad document never stops the rest."""
    languages = tuple(pipeline.ctx.settings.get("ingest", "languages", ["ar", "en"]))
    for doc in documents:
        try:
            article = article_from(doc, languages)
        except InputError as e:
            yield Failure(e.source or doc.where, e.code, e.message)
            continue
        try:
            yield pipeline.run(article)
        except Exception as e:
            log.exception("pipeline failed on %s", doc.where)
            yield Failure(doc.where, "E900", f"internal error while extracting: {type(e).__name__}: {e}")


def rows(result: Analysis | Failure, version: str) -> dict[str, list[dict[str, Any]]]:
    """The Parquet rows of one analysis (or failure), by table."""
    if isinstance(result, Failure):
        return {"failures": [result.to_dict()]}
    a = result.article
    out: dict[str, list[dict[str, Any]]] = {
        "articles": [{"id": a.id, "doc": a.doc, "lang": a.lang, "published": a.published, "url": a.url,
                      "title": a.title, "source": a.source, "text": a.text, "pipeline": version}],
        "events": [],
        "mentions": [],
    }
    for e in result.events:
        out["events"].append({
            "id": e.id, "article": a.id, "doc": e.doc, "pipeline": version,
            "json": json.dumps(e.to_dict(), ensure_ascii=False),
            "type": str(e.type), "source_country": e.source.country if e.source else None,
            "target_country": e.target.country if e.target else None, "date_start": e.date.start,
            "status": str(e.status)})
    for m in result.mentions.all():
        d = m.to_dict()
        out["mentions"].append({"article": a.id, "kind": d["kind"], "start": d["start"], "end": d["end"],
                                "sentence": d["sentence"], "text": d["text"], "rule": d["rule"],
                                "value_json": json.dumps(d["value"], ensure_ascii=False)})
    return out


class _ShardWriter:
    """Four Parquet files written under temporary names, flushed every ``flush_rows`` rows so a
    shard's memory stays bounded however large the shard."""

    def __init__(self, output: Path, shard_id: str, flush_rows: int = 1000) -> None:
        self.final = {t: output / t / f"{shard_id}.parquet" for t in TABLES}
        self.temp = {t: p.with_name(f".{p.name}.tmp") for t, p in self.final.items()}
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.counts = dict.fromkeys(TABLES, 0)
        self.flush_rows = flush_rows
        for p in self.temp.values():
            p.parent.mkdir(parents=True, exist_ok=True)
        self.writers = {t: pq.ParquetWriter(str(self.temp[t]), SCHEMAS[t]) for t in TABLES}

    def add(self, table: str, batch: list[dict[str, Any]]) -> None:
        buf = self.buffers[table]
        buf.extend(batch)
        self.counts[table] += len(batch)
        if len(buf) >= self.flush_rows:
            self._flush(table)

    def _flush(self, table: str) -> None:
        if self.buffers[table]:
            self.writers[table].write_table(pa.Table.from_pylist(self.buffers[table], schema=SCHEMAS[table]))
            self.buffers[table] = []

    def commit(self) -> None:
        for t in TABLES:
            self._flush(t)
            self.writers[t].close()
        for t in TABLES:
            os.replace(self.temp[t], self.final[t])

    def abort(self) -> None:
        for t in TABLES:
            self.writers[t].close()
            self.temp[t].unlink(missing_ok=True)


def process_shard(shard: Shard, output: str | Path, pipeline: Pipeline) -> ShardResult:
    """Run ``pipeline`` over one shard and write its Parquet files and done marker."""
    began = time.perf_counter()
    out = Path(output)
    writer = _ShardWriter(out, shard.id)
    try:
        try:
            for result in analyse(read_shard(shard), pipeline):
                for table, batch in rows(result, pipeline.version).items():
                    writer.add(table, batch)
        except OSError as e:  # the file vanished or became unreadable since planning
            writer.add("failures", [Failure(shard.path, "E101", f"cannot read: {e.strerror or e}").to_dict()])
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    result = ShardResult(shard.id, shard.path, shard.start, shard.stop, pipeline.version,
                         articles=writer.counts["articles"], events=writer.counts["events"],
                         mentions=writer.counts["mentions"], failures=writer.counts["failures"],
                         seconds=round(time.perf_counter() - began, 4))
    marker = done_path(out, shard)
    marker.parent.mkdir(parents=True, exist_ok=True)
    temp = marker.with_name(f".{marker.name}.tmp")
    temp.write_text(json.dumps({**result.to_dict(), "shard_spec": shard.to_dict()}, ensure_ascii=False), "utf-8")
    os.replace(temp, marker)
    return result


# one pipeline per worker process, keyed by the spec it was built from
_PIPELINES: dict[BatchSpec, Pipeline] = {}


def worker_pipeline(spec: BatchSpec) -> Pipeline:
    """The pipeline of this process for ``spec``, built on first use."""
    if spec not in _PIPELINES:
        _PIPELINES[spec] = spec.pipeline()
    return _PIPELINES[spec]


def run_shard(shard: Shard, spec: BatchSpec, output: str) -> ShardResult:
    """Picklable partition function for process pools: context built once per process."""
    return process_shard(shard, output, worker_pipeline(spec))
