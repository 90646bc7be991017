"""Stage 1: read articles from files, folders, JSONL documents and standard input.

``read_articles`` yields :class:`Article` records and :class:`Failure` records in input order; a
bad input never stops the rest. Folders are read recursively; a ``manifest.json`` in a folder maps
file stems to metadata (``published``, ``lang``, ``url``, ``title``, ``source``).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import (
    BadRecord,
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    ManifestError,
    NoArticles,
    NotFound,
    TooLarge,
    UnsupportedLanguage,
)
from ..model import Article, Failure, content_hash
from .dates import parse_published
from .html import extract_html
from .langid import detect_language

__all__ = [
    "ARTICLE_SUFFIXES",
    "detect_language",
    "extract_html",
    "make_article",
    "parse_published",
    "read_articles",
]

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
                    ".ndjson": "jsonl"}
_META_KEYS = {"published", "lang", "url", "title", "source"}


def make_article(text: str, doc: str, *, lang: str | None = None, published: object = None,
                 url: str | None = None, title: str | None = None, source: str | None = None,
                 languages: Iterable[str] = ("ar", "en")) -> Article:
    """Build an Article, validating text, date and language. Raises InputError subclasses."""
    where = source or doc
    if not text or not text.strip():
        raise EmptyInput("no text", where)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pub = parse_published(published, where)
    detected = lang.lower().split("-")[0] if lang else detect_language(text)
    supported = set(languages)
    if detected not in supported:
        raise UnsupportedLanguage(
            f"language {detected or 'unknown'!r} is not supported yet (supported: {', '.join(sorted(supported))}); skipped",
            where)
    return Article(id=content_hash(text, detected, pub), doc=doc, text=text, lang=detected, published=pub,
                   url=url, title=title, source=source)


def article_from_record(rec: object, where: str, default_doc: str, languages: Iterable[str]) -> Article:
    """One JSON document (``id``, ``text``, optional ``published``, ``lang``, ``url``, ``title``,
    ``source``) as an Article; raises InputError naming ``where`` (file:line). Shared by the JSONL
    reader and the batch engines, so both accept and reject exactly the same records."""
    if not isinstance(rec, dict):
        raise BadRecord("a document must be a JSON object", where)
    text = rec.get("text")
    if not isinstance(text, str):
        raise BadRecord("missing 'text' (a string)", where)
    ident = rec.get("id")
    doc = str(ident) if ident not in (None, "") else default_doc
    meta = {k: rec.get(k) for k in _META_KEYS if rec.get(k) is not None}
    return make_article(text, doc, lang=meta.get("lang"), published=meta.get("published"), url=meta.get("url"),
                        title=meta.get("title"), source=meta.get("source") or where, languages=languages)


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise EmptyInput("file is empty", where)
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary file (contains NUL bytes), not an article", where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EncodingError(f"not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r}); "
                            "re-save the file as UTF-8", where) from e
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise BinaryInput("binary content (control characters), not an article", where)
    return text


class _Reader:
    def __init__(self, max_bytes: int, languages: Iterable[str]) -> None:
        self.max_bytes = max_bytes
        self.languages = tuple(languages)

    def _article(self, text: str, doc: str, meta: dict[str, Any], source: str) -> Article:
        return make_article(text, doc, lang=meta.get("lang"), published=meta.get("published"),
                            url=meta.get("url"), title=meta.get("title"), source=meta.get("source") or source,
                            languages=self.languages)

    def _read_bytes(self, path: Path) -> bytes:
        size = path.stat().st_size
        if size > self.max_bytes:
            raise TooLarge(f"file is {size:,} bytes, over the limit of {self.max_bytes:,} "
                           "(set [ingest] max_bytes or BILATERAL_INGEST_MAX_BYTES)", str(path))
        return path.read_bytes()

    def file(self, path: Path, meta: dict[str, Any] | None = None) -> Iterator[Article | Failure]:
        kind = ARTICLE_SUFFIXES.get(path.suffix.lower(), "text")
        if kind == "jsonl":
            yield from self.jsonl_file(path)
            return
        try:
            data = self._read_bytes(path)
            text = _decode(data, str(path))
            meta = dict(meta or {})
            if kind == "html":
                doc = extract_html(text)
                text = doc.text
                for key, value in (("title", doc.title), ("url", doc.url), ("lang", doc.lang)):
                    meta.setdefault(key, value)
                if doc.published and "published" not in meta:
                    meta["published"] = doc.published
                if not text.strip():
                    raise EmptyInput("no article text found in the HTML", str(path))
            yield self._article(text, path.stem, meta, str(path))
        except InputError as e:
            yield Failure(e.source or str(path), e.code, e.message)
        except OSError as e:
            yield Failure(str(path), "E101", f"cannot read: {e.strerror or e}")

    def jsonl_file(self, path: Path) -> Iterator[Article | Failure]:
        """Stream a JSONL file line by line (any size); the size limit applies to each document."""
        try:
            handle = path.open("rb")
        except OSError as e:
            yield Failure(str(path), "E101", f"cannot read: {e.strerror or e}")
            return
        with handle:
            head = handle.read(8192)
            if not head.strip():
                yield Failure(str(path), EmptyInput.code, "file is empty")
                return
            if b"\x00" in head:
                yield Failure(str(path), BinaryInput.code, "binary file (contains NUL bytes), not JSON Lines")
                return
            handle.seek(0)

            def lines() -> Iterator[str | Failure]:
                for n, raw in enumerate(handle, 1):
                    if len(raw) > self.max_bytes:
                        yield Failure(f"{path}:{n}", TooLarge.code,
                                      f"document is {len(raw):,} bytes, over the limit of {self.max_bytes:,}")
                        continue
                    try:
                        yield raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")
                    except UnicodeDecodeError as e:
                        yield Failure(f"{path}:{n}", EncodingError.code, f"not valid UTF-8 (byte {e.start})")

            yield from self.jsonl(lines(), str(path))

    def jsonl(self, lines: Iterable[str | Failure], where: str) -> Iterator[Article | Failure]:
        for n, line in enumerate(lines, 1):
            if isinstance(line, Failure):
                yield line
                continue
            if not line.strip():
                continue
            loc = f"{where}:{n}"
            try:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise BadRecord(f"malformed JSON ({e.msg} at column {e.colno})", loc) from e
                yield article_from_record(rec, loc, f"{Path(where).stem}-{n}", self.languages)
            except InputError as e:
                yield Failure(e.source or loc, e.code, e.message)

    def folder(self, root: Path) -> Iterator[Article | Failure]:
        found = False
        for directory, manifest, files in self._walk(root):
            if isinstance(manifest, Failure):
                yield manifest
                manifest = {}
            stems = {f.stem for f in files}
            for stem in sorted(set(manifest) - stems):
                yield Failure(str(directory / "manifest.json"), ManifestError.code,
                              f"manifest names {stem!r}, but there is no such article file in {directory}")
            for f in files:
                found = True
                yield from self.file(f, manifest.get(f.stem))
        if not found:
            yield Failure(str(root), NoArticles.code,
                          f"no article files ({', '.join(sorted(ARTICLE_SUFFIXES))}) in this folder")

    def _walk(self, root: Path) -> Iterator[tuple[Path, dict[str, Any] | Failure, list[Path]]]:
        dirs = [root]
        while dirs:
            d = dirs.pop(0)
            try:
                entries = sorted(d.iterdir())
            except OSError as e:
                log.warning("cannot list %s: %s", d, e)
                continue
            files = [p for p in entries if p.is_file() and not p.name.startswith(".")
                     and p.suffix.lower() in ARTICLE_SUFFIXES]
            dirs.extend(p for p in entries if p.is_dir() and not p.name.startswith("."))
            yield d, _manifest(d / "manifest.json"), files


def _manifest(path: Path) -> dict[str, Any] | Failure:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return Failure(str(path), ManifestError.code, f"manifest is not valid JSON: {e}")
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return Failure(str(path), ManifestError.code, 'manifest must map file stems to objects: {"stem": {"published": ...}}')
    return data


def read_articles(sources: Iterable[str | Path], *, max_bytes: int = 5_000_000,
                  languages: Iterable[str] = ("ar", "en"), stdin: IO[str] | None = None) -> Iterator[Article | Failure]:
    """Yield an Article or a Failure for every document in ``sources`` ("-" is standard input)."""
    reader = _Reader(max_bytes, languages)
    for src in sources:
        if str(src) == "-":
            stream = stdin if stdin is not None else sys.stdin
            data = stream.read()
            if data.lstrip().startswith("{"):
                yield from reader.jsonl(data.splitlines(), "<stdin>")
            else:
                try:
                    yield reader._article(data, "stdin", {}, "<stdin>")
                except InputError as e:
                    yield Failure(e.source or "<stdin>", e.code, e.message)
            continue
        path = Path(src)
        if not path.exists():
            yield Failure(str(path), NotFound.code, "no such file or folder")
        elif path.is_dir():
            yield from reader.folder(path)
        else:
            meta = _manifest(path.parent / "manifest.json")
            yield from reader.file(path, meta.get(path.stem) if isinstance(meta, dict) else None)
