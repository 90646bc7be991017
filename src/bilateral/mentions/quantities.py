"""Quantity mentions: numbers, scales, currencies, percentages, units, durations and counts.

One grammar for every language; the words come from ``lang/<code>/numbers.yaml`` (number words,
scales, dual scales, approximation words, what counts as a counted noun) and
``lang/<code>/units.yaml`` (currencies, percent, units, durations). A quantity is::

    [approx] [currency-before] (digits [scale] | number-word [scale] | dual-scale | scale-alone)
    [currency-after | percent | unit | duration | counted noun]

and is kept only when it says what it counts: a currency, percent, unit, duration, a counted noun
("4 زيارات" -> 4 count) or a scale ("3.7 ألف" -> 3700 count). A bare number ("2.11", a page
number, "2+2") is not a quantity. Values are normalized: "2.11 بليون دولار" -> 2.11e9 USD.
Quantities never overlap date mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..context import Context, LangData
from ..errors import DataError
from ..model import Mention, MentionKind, QuantityRef, Span, Text
from .numbers import NUMBER, parse_number
from .patterns import (
    PrefixTrimmer,
    SentenceIndex,
    SpanSet,
    alternation,
    extend_end,
    folded_list,
    key,
    lang_code,
    lookup,
    scan_tokens,
    words_table,
)

RULE = "mentions.quantities.v1"


class QuantityGrammar:
    """The compiled quantity grammar of one language (built once per Context)."""

    def __init__(self, lang: LangData) -> None:
        numbers = lang.get("numbers") or {}
        units = lang.get("units") or {}
        wn = f"lang/{lang.code}/numbers.yaml"
        wu = f"lang/{lang.code}/units.yaml"
        self.words = {k: float(v) for k, v in words_table(numbers.get("words"), wn).items()}
        self.scales = {k: float(v) for k, v in words_table(numbers.get("scales"), wn).items()}
        self.duals = {k: float(v) for k, v in words_table(numbers.get("duals"), wn).items()}
        self.cscales = {k: float(v) for k, v in words_table(numbers.get("currency_scales"), wn).items()}
        self.alone: dict[str, float] = {}
        for form in folded_list(numbers.get("alone")):
            last = form.split()[-1]
            if last not in self.scales:
                raise DataError(f"'alone' form {form!r} does not end with a scale", wn)
            self.alone[form] = self.scales[last]
        self.stop = set(folded_list(numbers.get("count_stopwords")))
        # surface form -> (kind, unit code); one form maps to one unit (checked)
        self.after: dict[str, tuple[str, str]] = {}
        self.before: dict[str, str] = {}

        def add(form: str, kind: str, code: str) -> None:
            if form in self.after and self.after[form] != (kind, code):
                raise DataError(f"form {form!r} maps to both {self.after[form][1]} and {code}", wu)
            self.after[form] = (kind, code)

        for code, spec in (units.get("currencies") or {}).items():
            for f in folded_list((spec or {}).get("after")):
                add(f, "currency", str(code))
            for f in folded_list((spec or {}).get("before")):
                if f in self.before and self.before[f] != code:
                    raise DataError(f"form {f!r} maps to both {self.before[f]} and {code}", wu)
                self.before[f] = str(code)
        for f in folded_list(units.get("percent")):
            add(f, "percent", "percent")
        for code, forms in (units.get("units") or {}).items():
            for f in folded_list(forms):
                add(f, "unit", str(code))
        for code, forms in (units.get("durations") or {}).items():
            for f in folded_list(forms):
                add(f, "duration", str(code))

        vocab: set[str] = set()
        for tbl in (self.words, self.scales, self.duals, self.alone, self.after, self.before):
            for f in tbl:
                vocab.update(f.split())
        approx = folded_list(numbers.get("approx"))
        vocab.update(w for f in approx for w in f.split())
        clit = _clitics(lang)

        def W(forms: Sequence[str]) -> str:
            return r"(?<![^\W_])" + clit + alternation(forms, bounded=False) + r"(?![^\W_])"

        A = alternation

        def G(forms: Any) -> str:  # glued or spaced after a number: "1.2bn", "180كم", "15%"
            return alternation(list(forms), bounded=False) + r"(?![^\W_])"

        H = "-?"  # a hyphenated compound adjective: "a 50-million-euro grant", "$3.8-billion", "a 10-year deal"
        count_noun = str(numbers.get("count_noun") or r"[^\W\d_]{3,}")
        try:
            re.compile(count_noun)
        except re.error as e:
            raise DataError(f"bad count_noun pattern: {e}", wn) from e
        self.rx = re.compile(
            rf"(?:(?P<approx>{W(approx)})\s+)?"
            rf"(?:(?P<cur1>{A(list(self.before))})\s*)?"
            r"(?:"
            rf"(?P<num>{NUMBER})(?:{H}\s*(?P<scale>{G(self.scales)})|{H}\s*(?P<cscale>{G(self.cscales)}))?"
            rf"|(?P<wnum>{W(list(self.words))})(?:(?:\s+|-)(?P<wscale>{A(list(self.scales))}))?"
            rf"|(?P<dual>{W(list(self.duals))})"
            rf"|(?P<alone>{W(list(self.alone))})"
            r")"
            rf"(?:{H}\s*(?P<unit>{G(self.after)})"
            rf"|\s+(?P<noun>(?<![^\W_]){count_noun}(?![^\W_])))?"
        )
        self.trigger = re.compile(r"\d|" + alternation([*self.words, *self.duals, *self.alone], bounded=False))
        self.trimmer = PrefixTrimmer(vocab, lang, ["و", "ف", "ب", "ل", "ك"] if clit else [])

    def _scale(self, s: str | None, tbl: dict[str, float]) -> float | None:
        if not s:
            return None
        k = key(s)
        return tbl.get(k)

    def _strip(self, tbl: dict[str, Any], s: str) -> Any:
        return lookup(tbl, s)

    def parse(self, m: re.Match[str]) -> tuple[QuantityRef, str] | None:
        """The normalized value and its kind (currency, percent, unit, duration, count)."""
        g = m.groupdict()
        unit: str | None = None
        kind = ""
        if g["cur1"]:
            unit, kind = self.before.get(key(g["cur1"])), "currency"
        if g["unit"]:
            k2, code = self.after[key(g["unit"])]
            if unit is not None and k2 != "currency":
                return None  # "$5 percent"
            if unit is None:
                unit, kind = code, k2
        has_scale = False
        if g["num"]:
            value = parse_number(g["num"])
            sc = self._scale(g["scale"], self.scales)
            if sc is not None:
                value *= sc
                has_scale = True
            elif g["cscale"]:
                if kind != "currency":
                    return None  # "5m" without a currency is metres, or nothing we know
                value *= self.cscales[key(g["cscale"])]
                has_scale = True
        elif g["wnum"]:
            value = self._strip(self.words, g["wnum"])
            sc = self._scale(g["wscale"], self.scales)
            if sc is not None:
                value *= sc
                has_scale = True
        elif g["dual"]:
            value = self._strip(self.duals, g["dual"])
            has_scale = True
        else:
            value = self._strip(self.alone, g["alone"])
            if unit is None:
                return None  # "مليون" alone is a word, "مليون دولار" a quantity
        if value is None:
            return None
        if unit is None:
            noun = g["noun"]
            counted = bool(noun) and key(noun) not in self.stop and not (g["wnum"] and noun in self.words)
            if counted or (has_scale and not g["wnum"]):
                unit, kind = "count", "count"
            else:
                return None
        return QuantityRef(value=value, unit=unit, approx=bool(g["approx"])), kind

    def span_end(self, m: re.Match[str], ref: QuantityRef) -> int:
        if m.group("noun") and ref.unit == "count":
            return m.end("noun")
        for g in ("unit", "scale", "cscale", "wscale", "num", "wnum", "dual", "alone"):
            if m.group(g):
                return m.end(g)
        return m.end()


def _clitics(lang: LangData) -> str:
    forms = [c for c, _ in lang.clitics.prefixes]
    if not forms:
        return ""
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")?"


def _grammar(ctx: Context, code: str) -> QuantityGrammar:
    return ctx.cached(f"{RULE}:grammar:{code}", lambda: QuantityGrammar(ctx.lang(code)))


def find_quantities(text: Text, ctx: Context, dates: Sequence[Mention] = ()) -> list[Mention]:
    """Quantities outside the spans of ``dates`` (a year is never a quantity)."""
    grammar = _grammar(ctx, lang_code(text, ctx))
    folded = text.folded
    original = text.article.text
    date_spans = SpanSet((d.span.start, d.span.end) for d in dates)
    out: list[Mention] = []
    sentences = SentenceIndex(text)
    for m in scan_tokens(grammar.rx, grammar.trigger, folded, 30, 50):
        parsed = grammar.parse(m)
        if parsed is None:
            continue
        ref, kind = parsed
        start = m.start()
        if not m.group("approx"):
            start = m.start("cur1") if m.group("cur1") else m.start()
        start = grammar.trimmer.trim(folded, start, m.end())
        end = grammar.span_end(m, ref)
        span = text.original(start, end)
        span = Span(span.start, extend_end(original, span.end))
        if date_spans.overlaps(span.start, span.end):
            continue
        out.append(Mention(kind=MentionKind.QUANTITY, span=span, sentence=sentences.of(span.start), value=ref,
                           rule=f"{RULE}:{_subrule(kind)}", text=original[span.start:span.end]))
    return out


def _subrule(kind: str) -> str:
    return {"currency": "money", "unit": "measure"}.get(kind, kind)

