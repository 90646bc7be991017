"""HTML rendering: the Jinja2 environment (autoescaping always on) and article text with
highlighted spans. Article text never reaches a page unescaped; the only ``Markup`` we build is
made from escaped pieces here and in ``charts``.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

__all__ = ["Highlight", "article_html", "environment", "static_dir", "templates_dir", "text_direction"]


def templates_dir() -> Path:
    return Path(str(resources.files("bilateral.web").joinpath("templates")))


def static_dir() -> Path:
    return Path(str(resources.files("bilateral.web").joinpath("static")))


def text_direction(text: str | None) -> str:
    """``rtl`` when right-to-left letters (Arabic, Hebrew, ...) outnumber left-to-right ones, else
    ``ltr``; decided from the characters' Unicode bidi class, not from a list of languages."""
    if not text:
        return "ltr"
    rtl = ltr = 0
    for ch in text[:4000]:
        b = unicodedata.bidirectional(ch)
        if b in ("R", "AL"):
            rtl += 1
        elif b == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the original text to mark. ``kind``: ``evidence``, ``trigger`` or ``mention``."""

    start: int
    end: int
    kind: str
    title: str | None = None


_ORDER = {"evidence": 0, "mention": 1, "trigger": 2}


def _open(h: Highlight, first: bool) -> str:
    title = f' title="{escape(h.title)}"' if h.title else ""
    if h.kind == "evidence":
        anchor = ' id="evidence"' if first else ""
        return f'<mark class="evidence"{anchor}{title}>'
    if h.kind == "trigger":
        return f'<strong class="trigger"{title}>'
    return f'<mark class="mention"{title}>'


def _close(h: Highlight) -> str:
    return "</strong>" if h.kind == "trigger" else "</mark>"


def article_html(text: str, highlights: Iterable[Highlight] = ()) -> Markup:
    """The article as paragraphs (one per line, ``dir="auto"`` so each takes the direction of its
    own first strong letter), with highlights wrapped in ``<mark>``/``<strong>``. Overlapping
    highlights are split at each other's edges, so the markup always nests."""
    marks = sorted((h for h in highlights if 0 <= h.start < h.end <= len(text)),
                   key=lambda h: (_ORDER.get(h.kind, 9), h.start))
    cuts = {0, len(text)}
    for h in marks:
        cuts.update((h.start, h.end))
    pos = 0
    for line in text.split("\n"):
        cuts.update((pos, pos + len(line)))
        pos += len(line) + 1
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    seen: set[int] = set()
    out: list[str] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        if line.strip():
            pieces: list[str] = []
            for a, b in itertools.pairwise(bounds):
                if a < line_start or b > line_end or a >= b:
                    continue
                active = [h for h in marks if h.start <= a and b <= h.end]
                chunk = str(escape(text[a:b]))
                opened = "".join(_open(h, id(h) not in seen) for h in active)
                for h in active:
                    seen.add(id(h))
                closed = "".join(_close(h) for h in reversed(active))
                pieces.append(opened + chunk + closed)
            out.append(f'<p dir="auto">{"".join(pieces)}</p>')
        line_start = line_end + 1
    return Markup("".join(out))


def _query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from ``params`` with ``changes`` applied (None removes a key)."""
    from urllib.parse import urlencode

    merged = {**params, **changes}
    pairs: list[tuple[str, str]] = []
    for k, v in merged.items():
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, list | tuple):
            pairs.extend((k, str(x)) for x in v)
        else:
            pairs.append((k, str(v)))
    return "?" + urlencode(pairs) if pairs else ""


def environment(extra_globals: dict[str, Any] | None = None) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates_dir())), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["dir"] = text_direction
    env.globals["query"] = _query
    if extra_globals:
        env.globals.update(extra_globals)
    return env


def actor_label(actor: dict[str, Any] | None, countries: dict[str, str] | None = None) -> str:
    """"EGY" or "EGY · Sameh Shoukry" for an actor dict of the event contract."""
    if not actor:
        return "—"
    country = actor.get("country") or "?"
    name = actor.get("name")
    return f"{country} · {name}" if name else country


def first(values: Sequence[Any], default: Any = None) -> Any:
    return values[0] if values else default
