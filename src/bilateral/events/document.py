"""Token-level view of one article for the events stage: tokens, sentences, mentions by token."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ..dateline import dateline_span
from ..matcher import PhraseMatcher, Token, tokenize
from ..model import Mention, Mentions, Span, Text


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention placed on tokens: [first, last] token indices (inclusive)."""

    mention: Mention
    first: int
    last: int


@dataclass
class Doc:
    text: Text
    tokens: list[Token]
    starts: list[int]
    sentence_of_token: list[int]
    sentence_tokens: list[tuple[int, int]]  # per sentence: [first, end) token indices
    actors: list[Placed] = field(default_factory=list)
    dates: list[Placed] = field(default_factory=list)
    quantities: list[Placed] = field(default_factory=list)
    places: list[Placed] = field(default_factory=list)
    # keyed by the matcher itself (held, so never confused with a later object at the same address)
    _cue_cache: dict[PhraseMatcher[Any], tuple[list[tuple[int, int, Any]], list[int]]] = field(default_factory=dict)
    _mention_tokens: set[int] | None = None
    # the mention lists it was built from (held, compared by identity) and their lengths; tokens of names, of places
    _name_time: tuple[tuple[list[Placed], ...], tuple[int, ...], set[int], set[int]] | None = None
    dateline: Span | None = None

    @classmethod
    def build(cls, text: Text, mentions: Mentions) -> Doc:
        tokens = tokenize(text.folded)
        starts = [t.start for t in tokens]
        sent_starts = [text.folded_index(s.start) for s in text.sentences]
        sentence_of_token = [max(bisect.bisect_right(sent_starts, t.start) - 1, 0) for t in tokens]
        sentence_tokens: list[tuple[int, int]] = []
        for i in range(len(text.sentences)):
            lo = bisect.bisect_left(sentence_of_token, i)
            hi = bisect.bisect_right(sentence_of_token, i)
            sentence_tokens.append((lo, hi))
        doc = cls(text, tokens, starts, sentence_of_token, sentence_tokens)
        doc.dateline = dateline_span(text.article.text, text.sentences)
        doc.actors = doc._place(mentions.actors)
        doc.dates = doc._place(mentions.dates)
        doc.quantities = doc._place(mentions.quantities)
        doc.places = doc._place(mentions.places)
        return doc

    def token_at(self, folded_index: int) -> int:
        """Index of the token containing (or first after) a folded offset."""
        i = bisect.bisect_right(self.starts, folded_index) - 1
        if i >= 0 and self.tokens[i].end > folded_index:
            return i
        return i + 1

    def _place(self, mentions: tuple[Mention, ...]) -> list[Placed]:
        out: list[Placed] = []
        for m in mentions:
            fs = self.text.folded_index(m.span.start)
            fe = self.text.folded_index(m.span.end)
            first = self.token_at(fs)
            last = max(first, self.token_at(max(fe - 1, fs)))
            if first >= len(self.tokens):
                continue
            out.append(Placed(m, first, min(last, len(self.tokens) - 1)))
        out.sort(key=lambda p: (p.first, p.last))
        return out

    def cues(self, matcher: PhraseMatcher[Any], start_tok: int, end_tok: int) -> list[tuple[int, int, Any]]:
        """Matches of ``matcher`` whose first token lies in [start_tok, end_tok): the whole document
        is scanned once per matcher."""
        cached = self._cue_cache.get(matcher)
        if cached is None:
            found = [(self.token_at(m.start), self.token_at(m.end - 1), m.payload)
                     for m in matcher.find(self.text.folded, tokens=self.tokens)]
            # the matches come in text order: their first tokens, sorted, find a range by bisection
            cached = (found, [c[0] for c in found])
            self._cue_cache[matcher] = cached
        found, firsts = cached
        if not found:
            return []
        return found[bisect.bisect_left(firsts, start_tok):bisect.bisect_left(firsts, end_tok)] \
            if start_tok < end_tok else []

    def in_mention(self, token: int) -> bool:
        """Is this token part of a date, quantity or actor mention?"""
        if self._mention_tokens is None:
            covered: set[int] = set()
            for group in (self.dates, self.quantities, self.actors, self.places):
                for p in group:
                    covered.update(range(p.first, p.last + 1))
            self._mention_tokens = covered
        return token in self._mention_tokens

    def in_name_or_time(self, token: int, places: bool = True) -> bool:
        """Is this token part of an actor or date mention (or a place, with ``places``): a verb's subject or
        time rather than its object? Cached per state of the mention lists (the events stage replaces them)."""
        lists, sizes = (self.actors, self.dates, self.places), (len(self.actors), len(self.dates), len(self.places))
        built = self._name_time
        if (built is None or built[1] != sizes or built[0][0] is not lists[0] or built[0][1] is not lists[1]
                or built[0][2] is not lists[2]):
            names = {k for group in (self.actors, self.dates) for p in group for k in range(p.first, p.last + 1)}
            where = {k for p in self.places for k in range(p.first, p.last + 1)}
            built = self._name_time = (lists, sizes, names, where)
        return token in built[2] or (places and token in built[3])

    def in_sentence(self, placed: list[Placed], s: int) -> list[Placed]:
        lo, hi = self.sentence_tokens[s]
        return [p for p in placed if lo <= p.first < hi]
