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


def check(got: list[Coded], expected: str, symmetric: set[tuple[str, str | None]]) -> None:
    """Assert one probe's expectation against its events: "NO EVENT" (none at all), "NO EGY" (no event names that
    state), "NOT TYPE [MODE]"
    (no event of that type, and mode when given), or "TYPE MODE SOURCE TARGET [STATUS]" ("-" for no mode; source
    "-" for any pair; either order for the (type, mode) pairs in ``symmetric``)."""
    if expected == "NO EVENT":
        assert got == [], got
        return
    if expected.startswith("NO "):
        code = expected.split()[1]
        assert not [e for e in got if code in e[2:4]], got
        return
    if expected.startswith("NOT "):
        banned = [None if x == "-" else x for x in expected.split()[1:]]  # a type, and a mode when given
        assert not [e for e in got if e[0] == banned[0] and (len(banned) == 1 or e[1] == banned[1])], got
        return
    etype, raw_mode, source, target, *status = expected.split()
    mode = None if raw_mode == "-" else raw_mode
    pairs = {(source, target), (target, source)} if (etype, mode) in symmetric else {(source, target)}
    assert any(t == etype and m == mode and ((s, g) in pairs or source == "-") and (not status or st == status[0])
               for t, m, s, g, st in got), got
