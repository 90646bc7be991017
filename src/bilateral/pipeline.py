"""The one place that wires the stages together (ARCHITECTURE §1)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from . import registry
from .context import Context
from .events import extract_candidates
from .mentions import find_mentions
from .model import Analysis, Article, Failure
from .normalize import prepare
from .resolve import resolve_events

log = logging.getLogger(__name__)


class Pipeline:
    """``Pipeline(ctx).run(article)`` serves the CLI, the API, the batch engines and the tests."""

    def __init__(self, ctx: Context | None = None) -> None:
        self.ctx = ctx or Context.load()
        self.version = registry.pipeline_version(self.ctx.fingerprint())

    def run(self, article: Article) -> Analysis:
        text = prepare(article, self.ctx)
        mentions = find_mentions(text, self.ctx)
        candidates = extract_candidates(text, mentions, self.ctx)
        events = resolve_events(candidates, text, mentions, self.ctx)
        return Analysis(article, text, mentions, tuple(candidates), tuple(events),
                        {"pipeline": self.version})

    def run_many(self, items: Iterable[Article | Failure]) -> Iterator[Analysis | Failure]:
        """Run over a stream of articles; an unexpected error in one article becomes a Failure."""
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield self.run(item)
            except Exception as e:
                log.exception("pipeline failed on %s", item.source or item.doc)
                yield Failure(item.source or item.doc, "E900", f"internal error while extracting: {type(e).__name__}: {e}")
