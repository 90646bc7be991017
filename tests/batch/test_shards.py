from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bilateral.batch.shards import Shard, expand_inputs, plan_shards, read_shard
from bilateral.errors import NoArticles, NotFound


def _jsonl(path: Path, n: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": f"text {i}"}) + "\n" for i in range(1, n + 1)), "utf-8")
    return path


def test_shards_cover_every_jsonl_line_once(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "a.jsonl", 23)
    shards = plan_shards([f], shard_size=5)
    assert [(s.start, s.stop) for s in shards] == [(0, 5), (5, 10), (10, 15), (15, 20), (20, 23)]
    docs = [d for s in shards for d in read_shard(s)]
    assert [d.row for d in docs] == list(range(1, 24))
    assert [d.record["id"] for d in docs if d.record] == [f"d{i}" for i in range(1, 24)]
    assert docs[6].where == f"{f}:7"


def test_shards_ids_are_deterministic_and_depend_on_range(tmp_path: Path) -> None:
    f = _jsonl(tmp_path / "a.jsonl", 10)
    first, again = plan_shards([f], 4), plan_shards([f], 4)
    assert [s.id for s in first] == [s.id for s in again]
    assert len({s.id for s in first}) == len(first)
    assert {s.id for s in plan_shards([f], 3)}.isdisjoint({s.id for s in first})
    assert Shard.from_dict(first[1].to_dict()) == first[1]


def test_shards_read_bad_lines_as_documents_with_errors(tmp_path: Path) -> None:
    f = tmp_path / "b.jsonl"
    f.write_bytes(b'{"id": "ok", "text": "fine"}\n{"id": broken\n\n[1, 2]\n\xff\xfe{}\n')
    docs = list(read_shard(plan_shards([f], 100)[0]))
    assert [(d.row, d.error is None) for d in docs] == [(1, True), (2, False), (4, False), (5, False)]
    assert "malformed JSON" in (docs[1].error or "")
    assert "JSON object" in (docs[2].error or "")
    assert "UTF-8" in (docs[3].error or "")


def test_shards_parquet_row_ranges_cross_row_groups(tmp_path: Path) -> None:
    f = tmp_path / "c.parquet"
    table = pa.table({"id": [f"p{i}" for i in range(1, 31)], "text": [f"t{i}" for i in range(1, 31)],
                      "published": ["2020-01-01"] * 30})
    pq.write_table(table, f, row_group_size=7)
    shards = plan_shards([f], shard_size=5)
    assert len(shards) == 6
    docs = [d for s in shards for d in read_shard(s, chunk_rows=3)]
    assert [d.record["id"] for d in docs if d.record] == [f"p{i}" for i in range(1, 31)]
    assert [d.row for d in docs] == list(range(1, 31))


def test_shards_expand_folder_glob_and_errors(tmp_path: Path) -> None:
    _jsonl(tmp_path / "in" / "x.jsonl", 2)
    _jsonl(tmp_path / "in" / "sub" / "y.ndjson", 2)
    (tmp_path / "in" / "notes.txt").write_text("ignored", "utf-8")
    assert [p.name for p in expand_inputs([tmp_path / "in"])] == ["y.ndjson", "x.jsonl"]
    assert [p.name for p in expand_inputs([str(tmp_path / "in" / "*.jsonl")])] == ["x.jsonl"]
    with pytest.raises(NotFound) as missing:
        expand_inputs([tmp_path / "nope.jsonl"])
    assert missing.value.code == "E101" and "nope.jsonl" in str(missing.value)
    with pytest.raises(NotFound):
        expand_inputs([str(tmp_path / "*.parquet")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(NoArticles):
        expand_inputs([tmp_path / "empty"])
