"""The read-only Context every stage receives: settings, language data and the knowledge base.

Built once (per process or per batch worker) with :func:`Context.load`; nothing is read at import
time. Stages keep compiled lexicons in :meth:`Context.cached` so they are built once per context.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .config import Settings, load_settings
from .errors import DataError
from .kb import KnowledgeBase
from .matcher import Clitics
from .ontology import Ontology

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class LangData:
    """The YAML files of ``lang/<code>/`` by file stem (``dates``, ``numbers``, ``triggers`` ...)."""

    code: str
    files: Mapping[str, Any]
    clitics: Clitics

    def get(self, name: str, default: Any = None) -> Any:
        return self.files.get(name, default)

    def trigger_entries(self) -> list[Any]:
        """The entries of ``triggers.yaml`` followed by those of any ``triggers_<part>.yaml`` (a lexicon
        may be split by theme; keys stay unique across the parts)."""
        out: list[Any] = []
        for stem in sorted(self.files, key=lambda n: (n != "triggers", n)):
            if stem == "triggers" or stem.startswith("triggers_"):
                out.extend((self.files.get(stem) or {}).get("triggers") or [])
        return out


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x faster


def load_yaml(path: Path | Any, where: str) -> Any:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_Loader)
    except yaml.YAMLError as e:
        raise DataError(f"invalid YAML: {e}", where) from e


def load_lang(code: str, extra_dirs: Iterable[Path] = ()) -> LangData:
    root = resources.files("bilateral").joinpath("lang", code)
    files: dict[str, Any] = {}
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".yaml"):
            files[entry.name[:-5]] = load_yaml(entry, f"lang/{code}/{entry.name}")
    for d in extra_dirs:
        for p in sorted(Path(d).glob("*.yaml")):
            files[p.stem] = _merge(files.get(p.stem), load_yaml(p, str(p)))
    return LangData(code, files, Clitics.from_data(files.get("clitics")))


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base.get(k), v)
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra if extra is not None else base


@dataclass(frozen=True)
class Context:
    settings: Settings
    langs: Mapping[str, LangData]
    kb: KnowledgeBase
    ontology: Ontology
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    @classmethod
    def load(cls, settings: Settings | None = None, *, kb_paths: Iterable[Path] = (),
             lang_dirs: Mapping[str, Iterable[Path]] | None = None) -> Context:
        settings = settings or load_settings()
        codes = settings.get("ingest", "languages", ["ar", "en"])
        langs = {c: load_lang(c, (lang_dirs or {}).get(c, ())) for c in codes}
        kb = KnowledgeBase.load(extra=kb_paths)
        return cls(settings, langs, kb, Ontology.load())

    def lang(self, code: str) -> LangData:
        try:
            return self.langs[code]
        except KeyError as e:
            raise DataError(f"no language data for {code!r}", f"lang/{code}") from e

    def cached(self, key: str, factory: Callable[[], T]) -> T:
        """Build once per context (thread-safe); for compiled lexicons and matchers."""
        if key in self._cache:
            return self._cache[key]  # type: ignore[no-any-return]
        with self._lock:
            if key not in self._cache:
                self._cache[key] = factory()
            return self._cache[key]  # type: ignore[no-any-return]

    def fingerprint(self) -> str:
        """Hash of the language and KB data in use: a change re-extracts stored articles."""
        h = hashlib.sha256()
        for code in sorted(self.langs):
            h.update(repr(sorted((k, repr(v)) for k, v in self.langs[code].files.items())).encode())
        h.update(self.kb.fingerprint().encode())
        return h.hexdigest()[:12]

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings, "langs": self.langs, "kb": self.kb, "ontology": self.ontology}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            object.__setattr__(self, k, v)
        object.__setattr__(self, "_cache", {})
        object.__setattr__(self, "_lock", threading.Lock())
