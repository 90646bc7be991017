"""The database commands, called in-process through the real CLI entry point."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from bilateral.cli.main import main
from bilateral.model import Actor, Basis, DateValue, Event, EventType, Evidence, Precision, Status, content_hash

DOCS = [
    {"id": "en-a", "lang": "en", "published": "2016-05-13",
     "text": "Egypt's foreign minister arrived in Moscow on 12 May 2016. He met his Russian counterpart."},
    {"id": "ar-a", "lang": "ar", "published": "2016-05-13",
     "text": "وصل وزير الخارجية المصري إلى موسكو يوم 12 مايو 2016. والتقى نظيره الروسي."},
    {"id": "bad", "lang": "fr", "text": "Le ministre est arrivé à Moscou."},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in DOCS) + "\n", "utf-8")
    return p


def test_db_ingest_is_idempotent_and_reports(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "x.db"
    assert main(["ingest", str(corpus), "--db", str(db), "--progress"]) == 1  # one failure
    out = capsys.readouterr()
    assert "2 new, 0 unchanged, 1 failed" in out.out
    assert "ingested 3/3 articles" in out.err and "[E109]" in out.err
    monkeypatch.setenv("BILATERAL_DB", str(db))  # the environment variable names the same database
    assert main(["ingest", str(corpus), "--quiet"]) == 1
    assert "0 new, 2 unchanged, 1 failed" in capsys.readouterr().out
    assert main(["failures", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["code"], r["source"].endswith("docs.jsonl:3")) for r in rows] == [("E109", True)]
    assert main(["stats"]) == 0
    assert "articles: 2 (ar 1, en 1)" in capsys.readouterr().out
    assert main(["search", "وزير الخارجيه", "--format", "jsonl"]) == 0
    assert [json.loads(x)["doc"] for x in capsys.readouterr().out.splitlines()] == ["ar-a"]
    assert main(["search", '" OR 1=1 --', "--format", "table"]) == 0
    capsys.readouterr()


def _event(doc: str, article: str, lang: str, text: str, type_: str, date: str) -> Event:
    return Event(content_hash(doc, type_), doc, lang, EventType(type_), "visit", ("diplomatic",),
                 Actor("EGY", None, "Egypt", None, "GOV"), Actor("RUS", None, "Russia", None, "GOV"),
                 DateValue(date, date, Precision.DAY, Basis.EXPLICIT, date), None, Status.OCCURRED, (),
                 Evidence(doc, 0, len(text), text), 1.0, 1, "042", None, ("test.v1",), None, article)


@pytest.fixture
def batch_output(tmp_path: Path) -> Path:
    """A folder as the batch runner writes it: articles/, events/, mentions/, failures/ Parquet."""
    root = tmp_path / "out"
    for sub in ("articles", "events", "mentions", "failures"):
        (root / sub).mkdir(parents=True)
    arts, evs = [], []
    for i, (lang, text) in enumerate([("en", "=Egypt and Russia met in Cairo on 2 May 2016."),
                                      ("ar", "التقى وزيرا خارجية مصر وروسيا في القاهرة يوم 2 مايو 2016.")]):
        aid = content_hash(text, lang, "2016-05-03")
        arts.append({"id": aid, "doc": f"d{i}", "lang": lang, "published": "2016-05-03", "url": None, "title": None,
                     "source": "feed", "text": text, "pipeline": "pv1"})
        e = _event(f"d{i}", aid, lang, text, "CONSULT", "2016-05-02")
        evs.append({"id": e.id, "article": aid, "doc": e.doc, "pipeline": "pv1", "json": json.dumps(e.to_dict())})
    pq.write_table(pa.Table.from_pylist(arts), root / "articles" / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist(evs), root / "events" / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist([{"article": arts[0]["id"], "kind": "actor", "start": 1, "end": 6,
                                          "sentence": 0, "text": "Egypt", "rule": "r", "value_json": "{}"}]),
                   root / "mentions" / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist([{"source": "feed:9", "code": "E107", "message": "malformed JSON"}]),
                   root / "failures" / "part-0.parquet")
    return root


def test_db_batch_folder_queries_and_exports(batch_output: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "b.db")
    assert main(["ingest", str(batch_output), "--db", db]) == 1
    assert "2 new, 0 unchanged, 1 failed; 2 event(s) written" in capsys.readouterr().out
    assert main(["ingest", str(batch_output), "--db", db]) == 1
    assert "0 new, 2 unchanged" in capsys.readouterr().out

    assert main(["events", "--db", db, "--country", "EGY", "--counterpart", "RUS", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2 and len({r["cluster"] for r in rows}) == 1  # ar + en: one event
    assert main(["events", "--db", db, "--unique"]) == 0
    captured = capsys.readouterr()
    assert "1 event(s), 2 mention(s) in 2 article(s)" in captured.err

    assert main(["show", rows[0]["id"], "--db", db]) == 0
    shown = capsys.readouterr().out
    assert "2 mention(s) in 2 article(s), languages ar, en" in shown and "{Egypt}" in shown

    assert main(["timeline", "EGY", "RUS", "--db", db, "--by", "month", "--since", "2016-04", "--format",
                 "csv"]) == 0
    tl = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    assert [(r["period"], r["events"], r["mentions"]) for r in tl] == [("2016-04", "0", "0"), ("2016-05", "1", "2")]

    assert main(["actors", "--db", db, "--format", "jsonl"]) == 0
    actors = {json.loads(x)["country"]: json.loads(x) for x in capsys.readouterr().out.splitlines()}
    assert actors["EGY"]["events"] == 1 and actors["EGY"]["mentions"] == 2

    out_csv = tmp_path / "e.csv"
    assert main(["export", "--db", db, "--lang", "en", "--as", "csv", "--out", str(out_csv)]) == 0
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(table) == 1 and table[0]["evidence_text"].startswith("'=Egypt")

    for fmt in ("jsonl", "plover", "gdelt"):
        out = tmp_path / f"e.{fmt}"
        assert main(["export", "--db", db, "--as", fmt, "--out", str(out)]) == 0
        assert len(out.read_text("utf-8-sig").splitlines()) == (3 if fmt == "gdelt" else 2)
    jsonl = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert {e["id"] for e in jsonl} == {r["id"] for r in rows} and "cluster" not in jsonl[0]

    pq_out = tmp_path / "e.parquet"
    assert main(["events", "--db", db, "--format", "parquet", "--out", str(pq_out)]) == 0
    assert pq.read_table(pq_out).num_rows == 2
    capsys.readouterr()
    assert main(["events", "--db", db, "--since", "last year"]) == 2
    assert "since must be an ISO date" in capsys.readouterr().err
