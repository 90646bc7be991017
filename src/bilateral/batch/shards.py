"""Deterministic shards of the input: which documents a batch worker reads.

A shard is a file plus a range of rows (JSONL lines or Parquet rows). Shards are planned on the
driver by streaming through the input once (JSONL: line boundaries; Parquet: footer metadata), so
planning never holds documents in memory. The shard id is a content hash of the file, its size and
the row range: re-running the same input gives the same shards, which is what makes a run
resumable.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import NoArticles, NotFound
from ..model import content_hash

#: file suffixes a batch reads, and the reader for each
BATCH_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
#: metadata a document may carry besides ``id`` and ``text`` (the same keys as ``ingest``)
META_KEYS = ("published", "lang", "url", "title", "source")


@dataclass(frozen=True, slots=True)
class Shard:
    """Rows ``[start, stop)`` (0-based) of one input file.

    ``path`` is the path as the user named it (it appears in failure rows and article sources);
    ``location`` is the absolute path workers open. For JSONL, ``offset``/``length`` are the byte
    range of the rows, so a worker seeks straight to them.
    """

    path: str
    location: str
    kind: str  # "jsonl" | "parquet"
    size: int  # file size in bytes when planned
    start: int
    stop: int
    offset: int = 0
    length: int = 0

    @property
    def id(self) -> str:
        return content_hash(self.location, self.size, self.kind, self.start, self.stop)

    @property
    def rows(self) -> int:
        return self.stop - self.start

    def describe(self) -> str:
        return f"{self.path} rows {self.start + 1}-{self.stop}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Shard:
        return Shard(**{k: (str(d[k]) if k in ("path", "location", "kind") else int(d[k]))
                        for k in Shard.__dataclass_fields__})


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named by ``inputs``: files, folders (searched recursively) or glob patterns."""
    found: list[Path] = []
    for raw in inputs:
        text = str(raw)
        path = Path(text)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in BATCH_SUFFIXES
                           and not any(part.startswith((".", "_")) for part in p.relative_to(path).parts))
            if not files:
                raise NoArticles(f"no JSONL or Parquet files ({', '.join(sorted(BATCH_SUFFIXES))}) in this folder; "
                                 "use `bilateral extract` for text and HTML files", text)
            found.extend(files)
        elif path.is_file():
            found.append(path)
        elif glob.has_magic(text):
            files = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not files:
                raise NotFound("the pattern matches no file", text)
            found.extend(files)
        else:
            raise NotFound("no such file or folder", text)
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def plan_shards(inputs: Iterable[str | Path], shard_size: int = 2000) -> list[Shard]:
    """Split the input files into shards of at most ``shard_size`` rows, in input order."""
    if shard_size < 1:
        raise ValueError("shard_size must be >= 1")
    shards: list[Shard] = []
    for path in expand_inputs(inputs):
        kind = BATCH_SUFFIXES.get(path.suffix.lower(), "jsonl")
        if kind == "parquet":
            shards.extend(_parquet_shards(path, shard_size))
        else:
            shards.extend(_jsonl_shards(path, shard_size))
    return shards


def _jsonl_shards(path: Path, shard_size: int) -> Iterator[Shard]:
    location = str(path.resolve())
    size = path.stat().st_size
    start = offset = position = line = 0
    with open(path, "rb") as f:
        for raw in f:
            line += 1
            position += len(raw)
            if line - start == shard_size:
                yield Shard(str(path), location, "jsonl", size, start, line, offset, position - offset)
                start, offset = line, position
    if line > start:
        yield Shard(str(path), location, "jsonl", size, start, line, offset, position - offset)


def _parquet_shards(path: Path, shard_size: int) -> Iterator[Shard]:
    import pyarrow.parquet as pq

    location = str(path.resolve())
    size = path.stat().st_size
    rows = pq.ParquetFile(location).metadata.num_rows
    for start in range(0, rows, shard_size):
        yield Shard(str(path), location, "parquet", size, start, min(start + shard_size, rows))


@dataclass(frozen=True, slots=True)
class Document:
    """One input row: where it is (``file:line``), its 1-based row number, and the record or
    the reason it could not be read as a JSON object."""

    where: str
    row: int
    record: dict[str, Any] | None
    error: str | None = None


def read_shard(shard: Shard, chunk_rows: int = 512) -> Iterator[Document]:
    """Stream the documents of a shard (never the whole file)."""
    if shard.kind == "parquet":
        yield from _read_parquet(shard, chunk_rows)
    else:
        yield from _read_jsonl(shard)


def _read_jsonl(shard: Shard) -> Iterator[Document]:
    with open(shard.location, "rb") as f:
        f.seek(shard.offset)
        remaining = shard.length
        for n in range(shard.start + 1, shard.stop + 1):
            if remaining <= 0:
                break
            raw = f.readline(remaining)
            remaining -= len(raw)
            where = f"{shard.path}:{n}"
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                yield Document(where, n, None, f"not valid UTF-8 (byte {e.start}); re-save the file as UTF-8")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                yield Document(where, n, None, f"malformed JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(record, dict):
                yield Document(where, n, None, "a document must be a JSON object")
                continue
            yield Document(where, n, record)


def _read_parquet(shard: Shard, chunk_rows: int) -> Iterator[Document]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(shard.location)
    columns = [c for c in ("id", "text", *META_KEYS) if c in pf.schema_arrow.names]
    meta = pf.metadata
    first = 0  # index of the first row of the current row group
    for group in range(meta.num_row_groups):
        count = meta.row_group(group).num_rows
        lo, hi = max(shard.start, first), min(shard.stop, first + count)
        if lo < hi:
            index = first
            for batch in pf.iter_batches(batch_size=chunk_rows, row_groups=[group], columns=columns):
                n = batch.num_rows
                a, b = max(lo - index, 0), min(hi - index, n)
                if a < b:
                    for i, record in enumerate(batch.slice(a, b - a).to_pylist()):
                        row = index + a + i + 1
                        yield Document(f"{shard.path}:{row}", row, record)
                index += n
                if index >= hi:
                    break
        first += count
        if first >= shard.stop:
            break

