"""Building regular expressions over folded text from language word lists.

The date and quantity finders are one algorithm for every language: their grammars are written
here once, and the words they are filled with come from ``lang/<code>/*.yaml``. Every form is
folded exactly like article text, so lexicon spellings and text compare equal.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from ..context import Context, LangData
from ..errors import DataError
from ..folding import fold_phrase
from ..model import Text

T = TypeVar("T")

# a word character is a letter or a digit; boundaries are written as lookarounds so that they also
# work next to Arabic letters and digits
LEFT = r"(?<![^\W_])"
RIGHT = r"(?![^\W_])"
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def fold_form(form: object) -> str:
    return fold_phrase(str(form))


def key(matched: str) -> str:
    """Lookup key of a matched stretch of folded text (inner whitespace collapsed)."""
    return " ".join(matched.split())


def lookup(tbl: Mapping[str, Any], s: str) -> Any:
    """``tbl[key(s)]``, else the entry left after dropping up to three proclitic letters (و، ب، ل،
    وب ...), else None."""
    k = key(s)
    if k in tbl:
        return tbl[k]
    for j in range(1, min(4, len(k))):
        if k[j:] in tbl:
            return tbl[k[j:]]
    return None


def alternation(forms: Iterable[str], *, bounded: bool = True) -> str:
    """A regex alternation of folded ``forms``, longest first; inner spaces match any whitespace.
    With ``bounded`` a form that starts/ends with a word character gets a word boundary there."""
    parts = []
    for f in sorted({f for f in forms if f}, key=lambda f: (-len(f), f)):
        body = r"\s+".join(re.escape(w) for w in f.split())
        if bounded:
            if re.match(r"[^\W_]", f):
                body = LEFT + body
            if re.search(r"[^\W_]$", f):
                body += RIGHT
        parts.append(body)
    if not parts:
        return r"(?!x)x"  # matches nothing
    return "(?:" + "|".join(parts) + ")"


def clitic_alternation(lang: LangData) -> str:
    """Optional proclitics (و ف ب ل ال ...) from ``clitics.yaml``; empty for languages without."""
    forms = [c for c, _ in lang.clitics.prefixes]
    if not forms:
        return ""
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")?"


def with_clitics(forms: Iterable[str], lang: LangData) -> str:
    """Word forms that may carry a proclitic: ``وآذار``, ``بالعام``; bounded on both sides."""
    inner = alternation(forms, bounded=False)
    return LEFT + clitic_alternation(lang) + inner + RIGHT


def table(data: Mapping[Any, Iterable[object]] | None, where: str, *, invert: bool = True,
          ) -> dict[str, Any]:
    """``{value: [forms]}`` -> ``{folded form: value}``; a form mapping to two values is a
    :class:`DataError` naming the file."""
    out: dict[str, Any] = {}
    for value, forms in (data or {}).items():
        if isinstance(forms, str | int | float):
            forms = [forms]
        for form in forms:
            f = fold_form(form)
            if not f:
                raise DataError(f"empty form for {value!r}", where)
            if f in out and out[f] != value:
                raise DataError(f"form {form!r} maps to both {out[f]!r} and {value!r}", where)
            out[f] = value
    return out


def words_table(data: Mapping[object, T] | None, where: str) -> dict[str, T]:
    """``{form: value}`` -> ``{folded form: value}`` with the same duplicate check."""
    out: dict[str, T] = {}
    for form, value in (data or {}).items():
        f = fold_form(form)
        if not f:
            raise DataError("empty form", where)
        if f in out and out[f] != value:
            raise DataError(f"form {form!r} maps to both {out[f]!r} and {value!r}", where)
        out[f] = value
    return out


def folded_list(data: Iterable[object] | None) -> list[str]:
    return [f for f in (fold_form(x) for x in (data or [])) if f]


def lang_code(text: Text, ctx: Context) -> str:
    """The article's language, or a guess from its script when unknown or not loaded."""
    code = text.article.lang
    if code and code in ctx.langs:
        return code
    guess = "ar" if _ARABIC.search(text.folded[:4000]) else "en"
    if guess in ctx.langs:
        return guess
    return next(iter(ctx.langs))


_TRAILING_MARKS = {"\u0640"} | {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}
_WORD = re.compile(r"[^\W_]+")


def extend_end(original: str, end: int) -> int:
    """Move a span end over tatweel and harakat dropped by folding ("هـ", "غداً")."""
    while end < len(original) and original[end] in _TRAILING_MARKS:
        end += 1
    return end


class PrefixTrimmer:
    """Drops a conjunction or preposition glued to the first word of a mention (``وفي`` ->
    ``في``): when the first token is not itself a lexicon word but a clitic + a lexicon word, the
    part of the clitic listed in ``strip`` is cut off."""

    def __init__(self, vocab: Iterable[str], lang: LangData, strip: Iterable[str]) -> None:
        self.vocab = set(vocab)
        self.clitics = [c for c, _ in lang.clitics.prefixes]
        self.strip = sorted(set(strip), key=len, reverse=True)

    def trim(self, folded: str, start: int, end: int) -> int:
        if not self.strip:
            return start
        m = _WORD.match(folded, start, end)
        if not m:
            return start
        tok = m.group()
        if tok in self.vocab:
            return start
        for c in self.clitics:
            rest = tok[len(c):]
            if tok.startswith(c) and (rest in self.vocab or rest[:1].isdigit()):
                for s in self.strip:
                    if c.startswith(s):
                        return start + len(s)
                return start
        if tok[:1] in self.strip and tok[1:2].isdigit():  # "و3.7"
            return start + 1
        return start


def windows(trigger: re.Pattern[str], folded: str, before: int = 80, after: int = 80) -> list[tuple[int, int]]:
    """Merged text windows around the hits of a cheap ``trigger`` regex. Running a full grammar
    regex only inside them is several times faster than over the whole text, because most of a
    text holds no date or number at all."""
    out: list[tuple[int, int]] = []
    n = len(folded)
    for m in trigger.finditer(folded):
        e = m.end()
        if e < n and folded[e].isalnum() and folded[e - 1].isalpha():
            continue  # inside a word ("اب" in "كتابة"): triggers are unbounded for speed
        a, b = max(0, m.start() - before), min(n, m.end() + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# where a match may begin: a run of letters, a run of digits (also glued to a clitic: "و30") or a
# single symbol ("(", "$", "-")
_TOKEN_START = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def scan(rx: re.Pattern[str], trigger: re.Pattern[str] | None, folded: str,
         before: int = 80, after: int = 80) -> list[re.Match[str]]:
    """``rx.finditer`` over the windows of ``trigger`` (the whole text when None)."""
    if trigger is None:
        return list(rx.finditer(folded))
    out: list[re.Match[str]] = []
    for a, b in windows(trigger, folded, before, after):  # windows are disjoint: no duplicates
        out.extend(rx.finditer(folded, a, b))
    return out


def scan_tokens(rx: re.Pattern[str], trigger: re.Pattern[str] | None, folded: str,
                before: int = 80, after: int = 80) -> list[re.Match[str]]:
    """Like :func:`scan` for grammars whose matches begin where a token begins (see
    :class:`TokenScanner`)."""
    return TokenScanner(folded).scan(rx, trigger, before, after)


class TokenScanner:
    """Runs grammars over one text, trying each regex only at token starts inside the windows of
    its trigger (leftmost first, no overlaps) instead of at every character: several times faster
    than ``finditer`` for grammars with long optional prefixes. Token starts and the windows of
    each trigger are computed once per text and shared by the rules."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._starts: list[int] | None = None
        self._windows: dict[tuple[re.Pattern[str], int, int], list[tuple[int, int]]] = {}

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [m.start() for m in _TOKEN_START.finditer(self.folded)]
        return self._starts

    def windows(self, trigger: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
        k = (trigger, before, after)
        w = self._windows.get(k)
        if w is None:
            w = self._windows[k] = windows(trigger, self.folded, before, after)
        return w

    def scan(self, rx: re.Pattern[str], trigger: re.Pattern[str] | None,
             before: int = 80, after: int = 80) -> list[re.Match[str]]:
        folded = self.folded
        if trigger is None:
            return list(rx.finditer(folded))
        wins = self.windows(trigger, before, after)
        if not wins:
            return []
        starts = self.starts
        out: list[re.Match[str]] = []
        match = rx.match
        lo = 0
        for a, b in wins:
            lo = bisect.bisect_left(starts, a, lo)
            hi = bisect.bisect_left(starts, b, lo)
            last = a
            for i in range(lo, hi):
                p = starts[i]
                if p < last:
                    continue
                m = match(folded, p, b)
                if m is not None and m.end() > p:
                    out.append(m)
                    last = m.end()
            lo = hi
        return out


class SpanSet:
    """Non-overlapping [start, end) intervals with O(log n) overlap checks."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            self.starts.append(a)
            self.ends.append(b)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # intervals starting before ``end``
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class SentenceIndex:
    """``Text.sentence_of`` with the sentence starts computed once per text."""

    def __init__(self, text: Text) -> None:
        self.starts = [s.start for s in text.sentences]

    def of(self, start: int) -> int:
        return max(bisect.bisect_right(self.starts, start) - 1, 0)
