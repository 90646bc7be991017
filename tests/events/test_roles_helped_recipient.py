"""The state right after a word of helping is the one helped, the recipient (sentences written for these
tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10")) if ty == "AID"}


def test_roles_helped_recipient_arabic_verbal_noun_after_help(ctx: Context) -> None:
    # "Tokyo sent thousands of Indian experts to help Kenya build the dam": Japan helps Kenya; the experts'
    # nationality is neither the helper's target nor Kenya's
    body = "وأرسلت طوكيو الآلاف من الخبراء الهنود لمساعدة كينيا على بناء السد."
    got = _pairs(ctx, body, "ar")
    assert ("JPN", "KEN") in got, got
    assert not any("IND" in p for p in got), got


def test_roles_helped_recipient_english(ctx: Context) -> None:
    got = _pairs(ctx, "Japan sent engineers to help Kenya build the port.", "en")
    assert ("JPN", "KEN") in got, got
    assert ("KEN", "JPN") not in got, got
