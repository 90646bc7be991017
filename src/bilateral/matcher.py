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
from dataclasses import dataclass
from typing import Generic, TypeVar

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
        return _prefix_forms(self.prefixes, self.min_stem, token)

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
        out: list[Match[T]] = []
        seen: set[int] = set()
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else None
        seconds: list[str | None] = [None]
        if nxt is not None:
            seconds.append(nxt)
            if self.use_suffixes:  # a two-word phrase's last word may carry a pronoun suffix
                seconds.extend(stem for stem, suf in self.clitics.suffix_forms(nxt) if suf)
        for form, clitic, keys in keyed:
            for key in keys:
                groups = self._by_second[key]
                candidates = [e for sec in dict.fromkeys(seconds) for e in groups.get(sec, ())]
                candidates.sort(key=lambda e: -len(e[0]))
                for toks, payload, phrase in candidates:
                    if id(payload) in seen and len(toks) == 1:
                        continue
                    n = len(toks)
                    if i + n > len(tokens):
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
        out.sort(key=lambda m: -(m.end - m.start))
        return out

    def find(self, folded: str, start: int = 0, end: int | None = None, *,
             overlapping: bool = False, tokens: Sequence[Token] | None = None) -> list[Match[T]]:
        """Leftmost-longest matches (or all matches with ``overlapping=True``)."""
        toks = tokens if tokens is not None else tokenize(folded, start, end)
        out: list[Match[T]] = []
        forms = self._forms
        i = 0
        n = len(toks)
        while i < n:
            keyed = forms.get(toks[i].text)
            if keyed is None:
                keyed = self._keys(toks[i].text)
            if not keyed:  # the usual case: nothing of the lexicon starts here
                i += 1
                continue
            found = self.find_at(toks, i)
            if not found:
                i += 1
                continue
            if overlapping:
                out.extend(found)
                i += 1
                continue
            best = found[0]
            seen_payloads: set[int] = set()
            for m in found:
                if m.end == best.end and id(m.payload) not in seen_payloads:
                    seen_payloads.add(id(m.payload))
                    out.append(m)
            while i < len(toks) and toks[i].start < best.end:
                i += 1
        return out
