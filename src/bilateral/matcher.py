"""Lexicon phrase matching over folded text, at word boundaries, with clitics.

One algorithm for every language; what varies (clitic prefixes and pronoun suffixes) is data from
``lang/<code>/clitics.yaml``. A phrase is a sequence of folded tokens; only the first token may
carry a prefix clitic (و ف ب ل ك ال ...), only the last a pronoun suffix (when enabled). Matching is
leftmost-longest and never crosses a token boundary, so ``اب`` (folded آب) cannot match inside
another word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter
from typing import Any, Generic, TypeVar

from .folding import fold_phrase

T = TypeVar("T")

TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=262_144)
def _prefix_forms(prefixes: tuple[tuple[str, str], ...], min_stem: int, token: str) -> tuple[tuple[str, str], ...]:
    out = [(token, "")]
    seen = {token}
    for clitic, restore in prefixes:
        if token.startswith(clitic) and len(token) - len(clitic) >= min_stem:
            form = restore + token[len(clitic):]
            if form not in seen:
                seen.add(form)
                out.append((form, clitic))
            if restore:
                continue
            inner = token[len(clitic):]
            for clitic2, restore2 in prefixes:
                if inner.startswith(clitic2) and len(inner) - len(clitic2) >= min_stem:
                    form2 = restore2 + inner[len(clitic2):]
                    if form2 not in seen:
                        seen.add(form2)
                        out.append((form2, clitic + clitic2))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # folded index, start of the whole token (clitic included)
    end: int  # folded index, end of the whole last token (suffix included)
    payload: T
    phrase: str  # the folded lexicon phrase that matched
    prefix: str = ""  # clitic stripped from the first token
    suffix: str = ""  # pronoun suffix stripped from the last token


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(folded) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(folded, start, end)]


@dataclass(frozen=True, slots=True)
class Clitics:
    """prefixes: clitic -> what it restores (``لل`` -> ``ال``: li + al); suffixes: pronoun endings."""

    prefixes: tuple[tuple[str, str], ...] = ()
    suffixes: tuple[str, ...] = ()
    min_stem: int = 2
    # a stem ending written differently before a suffix -> its form without one (إلغائها: ئ -> ء)
    before_suffix: tuple[tuple[str, str], ...] = ()
    # prefix_forms per token (the shared lru cache hashes the whole prefix table on every call)
    _prefix_cache: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, init=False, compare=False,
                                                                  hash=False, repr=False)

    @staticmethod
    def from_data(data: dict[str, object] | None) -> Clitics:
        if not data:
            return Clitics()
        raw = data.get("prefixes") or {}
        pairs: list[tuple[str, str]] = []
        if isinstance(raw, dict):
            pairs = [(fold_phrase(str(k)), fold_phrase(str(v or ""))) for k, v in raw.items()]
        elif isinstance(raw, list):
            pairs = [(fold_phrase(str(k)), "") for k in raw]
        sufs = tuple(fold_phrase(str(s)) for s in (data.get("suffixes") or []))  # type: ignore[union-attr]
        pairs.sort(key=lambda p: -len(p[0]))
        alt = data.get("before_suffix") or {}
        before = tuple((fold_phrase(str(k)), fold_phrase(str(v))) for k, v in alt.items()) if isinstance(alt, dict) else ()
        return Clitics(tuple(pairs), tuple(sorted(sufs, key=len, reverse=True)), int(data.get("min_stem", 2)),  # type: ignore[call-overload]
                       before)

    def prefix_forms(self, token: str) -> tuple[tuple[str, str], ...]:
        """(form, clitic) pairs: the token itself, then with one or two stacked clitics removed
        (و + ب + ... as in وبزيارته); a clitic may restore letters (لل -> ال). Cached per token."""
        cached = self._prefix_cache.get(token)
        if cached is None:
            cached = _prefix_forms(self.prefixes, self.min_stem, token)
            if len(self._prefix_cache) < 262_144:
                self._prefix_cache[token] = cached
        return cached

    def suffix_forms(self, token: str) -> Iterator[tuple[str, str]]:
        yield token, ""
        for s in self.suffixes:
            if token.endswith(s) and len(token) - len(s) >= self.min_stem:
                stem = token[: -len(s)]
                yield stem, s
                if stem.endswith("\u062a"):  # ta marbuta written as ta before a suffix
                    yield stem[:-1] + "\u0647", s
                for written, base in self.before_suffix:
                    if stem.endswith(written):
                        yield stem[: -len(written)] + base, s


class PhraseMatcher(Generic[T]):
    """Find lexicon phrases in folded text. Several payloads may share a phrase."""

    def __init__(self, entries: Iterable[tuple[str, T]], clitics: Clitics | None = None,
                 use_suffixes: bool = False) -> None:
        self.clitics = clitics or Clitics()
        self.use_suffixes = use_suffixes
        self._index: dict[str, list[tuple[tuple[str, ...], T, str]]] = {}
        self._forms: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {}
        self.size = 0
        self._group: MatcherGroup | None = None
        self._slot = -1
        for phrase, payload in entries:
            folded = fold_phrase(phrase)
            toks = tuple(t.text for t in tokenize(folded))
            if not toks:
                continue
            self._index.setdefault(toks[0], []).append((toks, payload, " ".join(toks)))
            self.size += 1
        for lst in self._index.values():
            lst.sort(key=lambda e: -len(e[0]))
        # entries of a first word grouped by their second word (None: one-word entries), so that a
        # first word shared by hundreds of phrases ("شن هجوما", "شن غارات" ...) is cheap to try
        self._by_second: dict[str, dict[str | None, list[tuple[tuple[str, ...], T, str]]]] = {}
        for key, lst in self._index.items():
            groups: dict[str | None, list[tuple[tuple[str, ...], T, str]]] = {}
            for e in lst:
                groups.setdefault(e[0][1] if len(e[0]) > 1 else None, []).append(e)
            self._by_second[key] = groups

    def _token_matches(self, want: str, token: str, last: bool) -> str | None:
        if want == token:
            return ""
        if last and self.use_suffixes:
            for form, suf in self.clitics.suffix_forms(token):
                if form == want:
                    return suf
        return None

    def _keys(self, token: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """(form, clitic, index keys to try) for a token; cached, since tokens repeat a lot."""
        cached = self._forms.get(token)
        if cached is not None:
            return cached
        out = []
        for form, clitic in self.clitics.prefix_forms(token):
            keys = [form] if form in self._index else []
            if self.use_suffixes:
                for stem, _suf in self.clitics.suffix_forms(form):
                    if stem != form and stem in self._index:
                        keys.append(stem)
            if keys:
                out.append((form, clitic, tuple(keys)))
        result = tuple(out)
        if len(self._forms) < 200_000:
            self._forms[token] = result
        return result

    def find_at(self, tokens: Sequence[Token], i: int) -> list[Match[T]]:
        """All entries matching at token ``i`` (longest first)."""
        keyed = self._keys(tokens[i].text)
        if not keyed:
            return []
        return self._find_at(tokens, i, keyed)

    def _find_at(self, tokens: Sequence[Token], i: int,
                 keyed: tuple[tuple[str, str, tuple[str, ...]], ...]) -> list[Match[T]]:
        out: list[Match[T]] = []
        seen: set[int] = set()
        ntokens = len(tokens)
        nxt = tokens[i + 1].text if i + 1 < ntokens else None
        seconds: list[str | None] = [None]
        if nxt is not None:
            seconds.append(nxt)
            if self.use_suffixes:  # a two-word phrase's last word may carry a pronoun suffix
                seconds.extend(stem for stem, suf in self.clitics.suffix_forms(nxt) if suf)
            seconds = list(dict.fromkeys(seconds))
        by_second = self._by_second
        for form, clitic, keys in keyed:
            for key in keys:
                groups = by_second[key]
                lists = [lst for lst in map(groups.get, seconds) if lst]
                if not lists:
                    continue
                if len(lists) == 1:
                    candidates = lists[0]  # one group: already longest first
                else:
                    candidates = [e for lst in lists for e in lst]
                    candidates.sort(key=_minus_len_of_tokens)
                for toks, payload, phrase in candidates:
                    n = len(toks)
                    if n == 1 and id(payload) in seen:
                        continue
                    if i + n > ntokens:
                        continue
                    suffix = ""
                    ok = True
                    for k in range(n):
                        tok = form if k == 0 else tokens[i + k].text
                        s = self._token_matches(toks[k], tok, last=(k == n - 1))
                        if s is None:
                            ok = False
                            break
                        if k == n - 1:
                            suffix = s
                    if ok:
                        seen.add(id(payload))
                        out.append(Match(tokens[i].start, tokens[i + n - 1].end, payload, phrase, clitic, suffix))
        if len(out) > 1:
            out.sort(key=_minus_width)
        return out

    def find(self, folded: str, start: int = 0, end: int | None = None, *,
             overlapping: bool = False, tokens: Sequence[Token] | None = None) -> list[Match[T]]:
        """Leftmost-longest matches (or all matches with ``overlapping=True``)."""
        toks = tokens if tokens is not None else tokenize(folded, start, end)
        n = len(toks)
        if not n:
            return []
        if tokens is not None and self._group is not None:
            # the group has looked up every token of this list once for all its matchers
            starts: Iterable[int] = self._group.positions(tokens, self._slot)
        else:
            # the lexicon keys of every token at once (cached per token text); most tokens have none
            texts = list(map(_TEXT, toks))
            keyed = list(map(self._forms.get, texts))
            if None in keyed:
                j = 0
                while True:
                    try:
                        j = keyed.index(None, j)
                    except ValueError:
                        break
                    keyed[j] = self._keys(texts[j])
                    j += 1
            starts = compress(range(n), keyed)
        out: list[Match[T]] = []
        skip_to = 0
        for i in starts:
            if i < skip_to:
                continue
            found = self._find_at(toks, i, self._keys(toks[i].text))
            if not found:
                continue
            if overlapping:
                out.extend(found)
                continue
            best = found[0]
            seen_payloads: set[int] = set()
            for m in found:
                if m.end == best.end and id(m.payload) not in seen_payloads:
                    seen_payloads.add(id(m.payload))
                    out.append(m)
            skip_to = i + 1
            while skip_to < n and toks[skip_to].start < best.end:
                skip_to += 1
        return out


_TEXT = attrgetter("text")
_NO_POSITIONS: list[int] = []


class MatcherGroup:
    """Matchers that run over the same token lists (the lexicons of one language). One look-up per token
    tells which of them have an entry starting there (cached per token text), instead of one look-up per
    token and matcher; ``find`` then tries only those tokens. The positions of the last token list are kept
    (held, so compared by identity)."""

    def __init__(self) -> None:
        self._matchers: list[PhraseMatcher[object]] = []
        self._index: dict[str, tuple[int, ...]] = {}
        self._last: tuple[Sequence[Token], dict[int, list[int]]] | None = None

    def attach(self, matcher: PhraseMatcher[Any]) -> bool:
        """Make ``matcher`` ask this group where its entries may start (its ``find`` then tries only those
        tokens). A matcher belongs to one group at most: False if it already had one."""
        if matcher._group is not None:
            return False
        if self._index:
            self._index.clear()  # cached look-ups do not know the new matcher
            self._last = None
        matcher._group = self
        matcher._slot = len(self._matchers)
        self._matchers.append(matcher)
        return True

    def positions(self, tokens: Sequence[Token], slot: int) -> list[int]:
        """Indices of the tokens of ``tokens`` where the matcher in ``slot`` has some entry to try."""
        last = self._last
        if last is None or last[0] is not tokens:
            hits: dict[int, list[int]] = {}
            index = self._index
            for p, text in enumerate(map(_TEXT, tokens)):
                slots = index.get(text)
                if slots is None:
                    slots = tuple(i for i, m in enumerate(self._matchers) if m._keys(text))
                    if len(index) < 200_000:
                        index[text] = slots
                for i in slots:
                    at = hits.get(i)
                    if at is None:
                        hits[i] = [p]
                    else:
                        at.append(p)
            last = (tokens, hits)
            self._last = last
        return last[1].get(slot, _NO_POSITIONS)


def _minus_len_of_tokens(e: tuple[tuple[str, ...], object, str]) -> int:
    return -len(e[0])


def _minus_width(m: Match[T]) -> int:
    return -(m.end - m.start)
