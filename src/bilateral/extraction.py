"""Run the pipeline over paths and hand events and failures to callbacks (used by ``extract``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .context import Context
from .ingest import read_articles
from .model import Analysis, Event, Failure
from .pipeline import Pipeline


@dataclass
class ExtractionSummary:
    articles: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)


def extract_paths(paths: Iterable[str | Path], ctx: Context, *, on_event: Callable[[Event], None],
                  on_failure: Callable[[Failure], None] | None = None,
                  on_analysis: Callable[[Analysis], None] | None = None) -> ExtractionSummary:
    summary = ExtractionSummary()
    pipeline = Pipeline(ctx)
    items = read_articles(paths, max_bytes=int(ctx.settings.get("ingest", "max_bytes", 5_000_000)),
                          languages=ctx.settings.get("ingest", "languages", ["ar", "en"]))
    for result in pipeline.run_many(items):
        if isinstance(result, Failure):
            summary.failures.append(result)
            if on_failure:
                on_failure(result)
            continue
        summary.articles += 1
        if on_analysis:
            on_analysis(result)
        for event in result.events:
            summary.events += 1
            on_event(event)
    return summary
