"""Article rendering: escaped text, nested highlights that survive overlaps, direction from letters."""

from __future__ import annotations

import re
from html import unescape

from bilateral.web.render import Highlight, article_html, text_direction


def _text(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", markup))


def test_render_article_escapes_text_and_keeps_every_character() -> None:
    text = 'A <script>alert("x")</script> & B.\nسطر ثان'
    html = str(article_html(text, [Highlight(0, 1, "evidence")]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert _text(html) == text.replace("\n", "")
    assert html.count('<p dir="auto">') == 2


def test_render_article_overlapping_highlights_nest_properly() -> None:
    text = "Egypt and Russia signed a deal."
    hl = [Highlight(0, 24, "evidence"), Highlight(17, 23, "trigger"), Highlight(10, 20, "mention", "actor")]
    html = str(article_html(text, hl))
    # well nested: every opened tag is closed before its parent closes
    stack: list[str] = []
    for closing, name in re.findall(r"<(/?)(mark|strong)\b", html):
        if closing:
            assert stack and stack.pop() == name
        else:
            stack.append(name)
    assert stack == []
    assert html.count('id="evidence"') == 1  # the anchor only on the first piece
    marked = "".join(re.findall(r'<strong class="trigger"[^>]*>(.*?)</strong>', html))
    assert marked == "signed"


def test_render_article_ignores_spans_outside_the_text() -> None:
    html = str(article_html("short", [Highlight(3, 99, "evidence"), Highlight(-1, 2, "mention")]))
    assert "<mark" not in html and _text(html) == "short"


def test_render_text_direction_counts_strong_letters() -> None:
    assert text_direction("وصل الوزير إلى موسكو لإجراء محادثات مع Rosatom") == "rtl"
    assert text_direction("The minister met نظيره in Moscow") == "ltr"
    assert text_direction("2015 - 2016") == "ltr"
    assert text_direction(None) == "ltr"
