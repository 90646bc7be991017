"""Ingest jobs for the web: uploaded files and pasted text go through the same store ingest driver as
``bilateral db ingest`` (pipeline, idempotent writes, failures recorded), in a background thread,
one job at a time, with progress the ingest page polls.

Uploads are written to a private temporary folder (names reduced to safe characters, a
``manifest.json`` carrying the publication date and title the user gave) that is removed afterwards.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..ingest import ARTICLE_SUFFIXES
from ..model import Failure

log = logging.getLogger(__name__)

__all__ = ["IngestJob", "JobRunner", "Upload", "safe_stem"]

_SAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def safe_stem(name: str, fallback: str) -> str:
    """A file stem safe to write into our temp folder: no path parts, no odd characters."""
    stem = Path(name.replace("\\", "/")).name
    stem = Path(stem).stem if Path(stem).suffix.lower() in ARTICLE_SUFFIXES else stem
    stem = _SAFE.sub("-", stem).strip(".-")[:80]
    return stem or fallback


@dataclass(frozen=True)
class Upload:
    """One document to ingest: a file's bytes (``suffix`` from its name) or pasted text (``.txt``)."""

    name: str
    data: bytes
    suffix: str = ".txt"


@dataclass
class IngestJob:
    id: str
    documents: int
    published: str | None
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    total: int | None = None
    events: int = 0
    failed: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] | None = None
    error: str | None = None
    articles: list[str] = field(default_factory=list)  # stems written, for links
    started: float = field(default_factory=time.time)
    finished: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "state": self.state, "documents": self.documents, "published": self.published,
                "done": self.done, "total": self.total, "events": self.events, "failed": self.failed,
                "failures": list(self.failures), "summary": self.summary, "error": self.error,
                "finished": self.state in ("done", "failed")}


IngestFn = Callable[..., Any]  # store.ingest.ingest_paths(store, paths, pipeline, on_progress=, on_failure=, ...)


class JobRunner:
    """Runs ingest jobs one after another in a single worker thread (SQLite has one writer)."""

    def __init__(self, ingest: IngestFn, store: Any, pipeline: Callable[[], Any], keep: int = 50) -> None:
        self._ingest = ingest
        self._store = store
        self._pipeline = pipeline
        self._keep = keep
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bilateral-ingest")
        self._jobs: dict[str, IngestJob] = {}
        self._lock = threading.Lock()

    def get(self, job_id: str) -> IngestJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def submit(self, uploads: list[Upload], *, published: str | None, title: str | None = None,
               lang: str | None = None) -> IngestJob:
        folder = Path(tempfile.mkdtemp(prefix="bilateral-upload-"))
        manifest: dict[str, dict[str, Any]] = {}
        used: set[str] = set()
        for i, up in enumerate(uploads, 1):
            stem = safe_stem(up.name, f"document-{i}")
            while stem in used:
                stem = f"{stem}-{i}"
            used.add(stem)
            (folder / f"{stem}{up.suffix}").write_bytes(up.data)
            meta = {k: v for k, v in (("published", published), ("title", title if len(uploads) == 1 else None),
                                      ("lang", lang)) if v}
            if meta and up.suffix != ".jsonl":
                manifest[stem] = meta
        if manifest:
            (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
        job = IngestJob(uuid.uuid4().hex[:12], len(uploads), published, articles=sorted(used))
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[:-self._keep]:
                del self._jobs[old]
        self._pool.submit(self._run, job, folder)
        return job

    def _run(self, job: IngestJob, folder: Path) -> None:
        job.state = "running"

        def progress(p: Any) -> None:
            job.done, job.total, job.events, job.failed = p.done, p.total, p.events, p.failed

        def failure(f: Failure) -> None:
            source = f.source
            if source.startswith(str(folder)):  # show the user's file name, not our temp path
                source = source[len(str(folder)):].lstrip("/\\")
            job.failures.append({"source": source, "code": f.code, "message": f.message})

        try:
            summary = self._ingest(self._store, [str(folder)], self._pipeline(), on_progress=progress,
                                   on_failure=failure, command="web ingest", progress_every=0.2)
            job.summary = {k: v for k, v in summary.to_dict().items() if k != "failures"}
            job.done = summary.articles + summary.failed
            job.events, job.failed = summary.events, summary.failed
            job.state = "done"
        except Exception as e:  # reported on the job page; the worker thread lives on
            log.exception("ingest job %s failed", job.id)
            job.error = f"{type(e).__name__}: {e}"
            job.state = "failed"
        finally:
            job.finished = time.time()
            shutil.rmtree(folder, ignore_errors=True)

    def wait(self, job_id: str, timeout: float = 60.0) -> IngestJob | None:
        """Block until the job finishes (tests and the ``?wait=1`` API option)."""
        deadline = time.monotonic() + timeout
        job = self.get(job_id)
        while job is not None and job.state in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(0.05)
        return job

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
