from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from batch_corpus import read_rows

from bilateral.batch import SCHEMAS, TABLES, BatchSpec, plan_shards, process_shard
from bilateral.batch.partition import worker_pipeline

AGREED_COLUMNS = {
    "articles": ["id", "doc", "lang", "published", "url", "title", "source", "text", "pipeline"],
    "events": ["id", "article", "doc", "pipeline", "json", "type", "source_country", "target_country",
               "date_start", "status"],
    "mentions": ["article", "kind", "start", "end", "sentence", "text", "rule", "value_json"],
    "failures": ["source", "code", "message"],
}


def test_partition_writes_the_agreed_columns_for_every_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shard = plan_shards([corpus], 1000)[0]
    result = process_shard(shard, out, BatchSpec().pipeline())
    for table in TABLES:
        f = out / table / f"{shard.id}.parquet"
        assert pq.read_schema(f).names == AGREED_COLUMNS[table] == SCHEMAS[table].names
    assert not list(out.rglob("*.tmp"))
    assert (out / "_done" / f"{shard.id}.json").exists()
    assert result.articles == len(read_rows(out, "articles")) > 0
    assert result.failures == len(read_rows(out, "failures")) > 0
    for row in read_rows(out, "events"):
        event = json.loads(row["json"])
        assert event["id"] == row["id"] and event["doc"] == row["doc"] and event["type"] == row["type"]


def test_partition_turns_bad_documents_into_failure_rows(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "good", "text": "Egypt and Jordan signed a trade agreement on 3 May 2021.",
                    "published": "2021-05-04"}),
        '{"id": "cut", "text": "no end',
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "nodate", "text": "Jordan thanked Egypt.", "published": "last week"}),
        json.dumps({"id": "fr", "text": "Le Maroc remercie la France.", "lang": "fr"}),
        json.dumps({"text": "وقعت مصر والأردن اتفاقية تجارية في 3 مايو 2021.", "published": "2021-05-04"}),
    ]
    f.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "out"
    result = process_shard(plan_shards([f], 10)[0], out, BatchSpec().pipeline())
    assert (result.articles, result.failures) == (2, 4)
    failures = {r["source"]: r["code"] for r in read_rows(out, "failures")}
    assert failures == {f"{f}:2": "E107", f"{f}:3": "E105", f"{f}:4": "E110", f"{f}:5": "E109"}
    articles = {r["doc"]: r for r in read_rows(out, "articles")}
    assert set(articles) == {"good", "mixed-6"}  # a document without id is named like `extract` names it
    assert articles["mixed-6"]["lang"] == "ar" and articles["good"]["source"] == f"{f}:1"


def test_partition_builds_one_pipeline_per_worker_process() -> None:
    spec = BatchSpec()
    assert worker_pipeline(spec) is worker_pipeline(BatchSpec())
