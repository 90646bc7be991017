"""Datelines: the day a dispatch was filed anchors its relative dates (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.dateline import dispatch_day
from bilateral.model import DateRef, Mention, MentionKind, Precision, Span

from .events.helpers import pipeline_events


def test_dateline_day_anchors_relative_dates_when_publication_has_no_day(ctx: Context) -> None:
    body = "TUNIS, April 18 (Agency) - Tunisia recalled its ambassador to Libya on Tuesday.\n"
    got = [e.date.start for e in pipeline_events(ctx, body, "en", "2024-04") if str(e.type) == "SANCTION"]
    assert got == ["2024-04-16"]  # 18 April 2024 was a Thursday
    # a full publication date is the anchor, whatever the dateline says
    got = [e.date.start for e in pipeline_events(ctx, body, "en", "2024-04-20") if str(e.type) == "SANCTION"]
    assert got == ["2024-04-16"]


def test_dateline_day_that_contradicts_the_publication_is_ignored() -> None:
    span = Span(0, 30)
    day = Mention(MentionKind.DATE, Span(7, 15), 0, DateRef("2024-05-18", None, Precision.DAY), "test", "May 18")
    assert dispatch_day("2024-04", span, [day]) == "2024-04"
    assert dispatch_day("2024-05", span, [day]) == "2024-05-18"
    assert dispatch_day("2024-05", None, [day]) == "2024-05"
