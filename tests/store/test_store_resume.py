"""A killed ingest (SIGKILL, mid-run) leaves a consistent database, and the next run completes it
to exactly what an uninterrupted ingest gives."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CITIES = [("Cairo", "القاهرة"), ("Moscow", "موسكو"), ("Amman", "عمان"), ("Rabat", "الرباط")]


def _corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            en, ar = CITIES[i % len(CITIES)]
            day = i % 28 + 1
            if i % 2:
                text = f"The foreign minister arrived in {en} on {day} March 2016 for talks number {i}."
                lang = "en"
            else:
                text = f"وصل وزير الخارجية إلى {ar} يوم {day} مارس 2016 لإجراء المحادثات رقم {i}."
                lang = "ar"
            fh.write(json.dumps({"id": f"doc{i}", "text": text, "lang": lang, "published": "2016-03-28"},
                                ensure_ascii=False) + "\n")
    return path


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "bilateral.cli.main", "ingest", str(corpus), "--db", str(db), "--quiet"]


def _snapshot(db: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], list[tuple[str, ...]]]:
    con = sqlite3.connect(db)
    try:
        arts = con.execute("SELECT id, doc, pipeline, n_events FROM articles ORDER BY id").fetchall()
        evs = con.execute("SELECT id, article, json FROM events ORDER BY id").fetchall()
        cl = con.execute("SELECT event, cluster FROM event_clusters ORDER BY event").fetchall()
        ments = con.execute("SELECT count(*) FROM mentions").fetchall()
        fts = con.execute("SELECT count(*) FROM article_fts").fetchone()[0]
        assert fts == len(arts)
    finally:
        con.close()
    return arts, evs + ments, cl


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=30)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_store_killed_ingest_resumes_to_the_same_database(tmp_path: Path) -> None:
    n = 300
    corpus = _corpus(tmp_path / "docs.jsonl", n)
    full, killed = tmp_path / "full.db", tmp_path / "killed.db"
    subprocess.run(_ingest_cmd(corpus, full), check=True, capture_output=True, timeout=600)

    proc = subprocess.Popen(_ingest_cmd(corpus, killed), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while _count(killed) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    done = _count(killed)
    assert 0 < done < n
    # consistent after the kill: every stored article has its search row, events belong to stored articles
    con = sqlite3.connect(killed)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM events WHERE article NOT IN (SELECT id FROM articles)").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM article_fts").fetchone()[0] == done
    assert con.execute("SELECT status FROM runs").fetchone()[0] == "running"  # never finished
    con.close()

    out = subprocess.run(_ingest_cmd(corpus, killed), check=True, capture_output=True, text=True, timeout=600)
    assert f"{n - done} new, {done} unchanged" in out.stdout
    assert _snapshot(killed) == _snapshot(full)
    again = subprocess.run(_ingest_cmd(corpus, killed), check=True, capture_output=True, text=True, timeout=600)
    assert f"0 new, {n} unchanged" in again.stdout
