"""Sentence (and list-item) segmentation on the original text.

News text mixes full stops, Arabic question marks, newlines, bullet items (``- ``, ``•``, ``*``)
and factbox lists run together in one paragraph (``... . - In 2005 ...``). Decimal numbers
(2.11), initials (U.S.) and common abbreviations do not end a sentence.
"""

from __future__ import annotations

import re

from ..model import Span

_ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "prof", "sen",
           "rep", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
           "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.k",
           "u.n", "e.g", "i.e", "approx", "est"}

# candidate boundaries: end punctuation followed by space, newlines, bullets introduced by ": -"
_BOUNDARY = re.compile(
    r"(?P<end>[.!?\u061f\u06d4]+[\"'\u201d\u00bb)\]]*)(?=\s)"  # . ! ? ؟ (maybe closing quote)
    r"|(?P<nl>\n+)"
    r"|(?P<colon>:)(?=\s*[-\u2022*]\s)"  # "heading: - item"
)
_BULLET = re.compile(r"[ \t]*(?:[-\u2013\u2022*\u25cf\u25aa]|\d+[.)])[ \t]+")


def _is_abbreviation(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word in _ABBREV:
        return True
    # single capital initial ("J. Smith") but not a sentence-final word
    return len(word) == 1 and text[j].isupper()


def split_sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group("end") is not None:
            dot = m.start()
            if text[dot] == "." and m.group("end") == "." and _is_abbreviation(text, dot):
                continue
            end = m.end()
        elif m.group("colon") is not None:
            end = m.end()
        else:
            end = m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    # strip whitespace and a leading bullet marker
    while start < end and text[start].isspace():
        start += 1
    b = _BULLET.match(text, start, end)
    if b and b.end() < end:
        start = b.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
