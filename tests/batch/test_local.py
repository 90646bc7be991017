"""The local runner gives exactly what plain ``extract`` gives, and resumes after interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from batch_corpus import extract_snapshot, read_rows, snapshot, write_corpus

from bilateral.batch import run_batch


def test_local_gives_the_same_records_as_extract(corpus: Path, tmp_path: Path) -> None:
    expected = extract_snapshot(corpus)
    assert len(expected["articles"]) == 4 + 60 - 6 and len(expected["failures"]) == 6
    assert len(expected["events"]) > 20 and len(expected["mentions"]) > 100  # the comparison is not vacuous
    one = run_batch([corpus], tmp_path / "one", workers=1, shard_size=1000)
    pool = run_batch([corpus], tmp_path / "pool", workers=2, shard_size=7)
    assert pool.shards == 10 and one.shards == 1
    assert snapshot(tmp_path / "one") == expected
    assert snapshot(tmp_path / "pool") == expected
    assert pool.events == len(expected["events"]) and pool.failures == 6


def test_local_rerun_skips_finished_shards_and_redoes_unfinished(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([corpus], out, workers=1, shard_size=10)
    reference = snapshot(out)
    again = run_batch([corpus], out, workers=1, shard_size=10)
    assert again.skipped == again.shards == first.shards == 7
    assert again.articles == first.articles and again.failures == first.failures
    # an interrupted shard: no done marker and a half-written temporary file
    victim = sorted((out / "_done").glob("*.json"))[2]
    victim.unlink()
    (out / "events" / f".{victim.stem}.parquet.tmp").write_bytes(b"half written")
    third = run_batch([corpus], out, workers=1, shard_size=10)
    assert third.skipped == 6 and [r.shard for r in third.results if not r.skipped] == [victim.stem]
    assert snapshot(out) == reference
    assert not list(out.rglob("*.tmp"))


def test_local_redoes_shards_of_another_pipeline_version(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([corpus], out, workers=1, shard_size=30)
    marker = sorted((out / "_done").glob("*.json"))[0]
    data = json.loads(marker.read_text("utf-8"))
    marker.write_text(json.dumps({**data, "pipeline": "older"}), "utf-8")
    rerun = run_batch([corpus], out, workers=1, shard_size=30)
    assert rerun.skipped == rerun.shards - 1
    forced = run_batch([corpus], out, workers=1, shard_size=30, force=True)
    assert forced.skipped == 0


def test_local_resumes_after_the_process_is_killed(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in" / "big.jsonl", 3000, bad_every=50)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "bilateral.cli.main", "batch", "run", str(corpus), str(out),
           "--shard-size", "100", "--workers", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not list((out / "_done").glob("*.json")):
            time.sleep(0.02)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    finished_before = len(list((out / "_done").glob("*.json")))
    assert finished_before >= 1
    resumed = run_batch([corpus], out, workers=2, shard_size=100)
    assert resumed.skipped == finished_before
    assert resumed.shards == 31
    run_batch([corpus], tmp_path / "clean", workers=1, shard_size=100)
    assert snapshot(out) == snapshot(tmp_path / "clean")
    assert len(read_rows(out, "articles")) == 4 + 3000 - 60


def test_local_reads_parquet_documents_like_jsonl(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    jsonl = write_corpus(tmp_path / "docs.jsonl", 40, bad_every=0)
    records = [json.loads(line) for line in jsonl.read_text("utf-8").splitlines()]
    table = pa.Table.from_pylist([{k: r.get(k) for k in ("id", "text", "lang", "published")} for r in records])
    pq.write_table(table, tmp_path / "docs.parquet", row_group_size=16)
    from_jsonl = run_batch([jsonl], tmp_path / "a", workers=1, shard_size=10)
    from_parquet = run_batch([tmp_path / "docs.parquet"], tmp_path / "b", workers=2, shard_size=10)
    assert from_parquet.shards == 5 and from_parquet.articles == from_jsonl.articles == 44
    a, b = snapshot(tmp_path / "a"), snapshot(tmp_path / "b")
    assert a["events"] == b["events"] and a["articles"] == b["articles"] and a["mentions"] == b["mentions"]
