"""Plumbing shared by the probe suites of trigger vocabulary (tests/lang/test_*probe*.py, test_triggers_*.py):
each suite writes its probes as "EXPECTATION | sentence" lines per language and keeps its own small language
of expectations; reading the lines and running one sentence are the same everywhere."""

from __future__ import annotations

from bilateral.ingest import make_article
from bilateral.model import Analysis
from bilateral.pipeline import Pipeline

Coded = tuple[str, str | None, str | None, str | None, str]


def probe_lines(probes: dict[str, str]) -> list[tuple[str, str, str]]:
    """(language, expectation, sentence) for every "EXPECTATION | sentence" line of ``probes``."""
    return [(lang, *(x.strip() for x in line.split("|", 1))) for lang, lines in probes.items()
            for line in lines.strip().splitlines()]


def run(pipeline: Pipeline, lang: str, text: str, published: str = "2020-06-15") -> tuple[Analysis, list[Coded]]:
    """The analysis of one sentence and its events as (type, mode, source, target, status)."""
    analysis = pipeline.run(make_article(text, "t", lang=lang, published=published))
    return analysis, [(str(e.type), e.mode, e.source.country if e.source else None,
                       e.target.country if e.target else None, str(e.status)) for e in analysis.events]
