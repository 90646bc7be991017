"""Character folding with an offset map back to the original text.

Folding makes surface variants compare equal: Unicode NFKC, lower case, Arabic alef/hamza forms,
alef maqsura -> ya, ta marbuta -> ha, waw/ya hamza carriers, harakat and tatweel removed,
Arabic-Indic and Persian digits -> ASCII, typographic quotes/dashes -> ASCII. Every output character
remembers the index of the original character it came from.
"""

from __future__ import annotations

import unicodedata

_ARABIC_MAP = {
    "\u0622": "\u0627",  # آ -> ا
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u064a",  # ئ -> ي
    "\u06cc": "\u064a",  # Persian ye -> ي
    "\u06a9": "\u0643",  # keheh -> ك
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u060c": ",",  # Arabic comma
    "\u061b": ";",  # Arabic semicolon
    "\u061f": "?",  # Arabic question mark
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ", "\u200f": "", "\u200e": "",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
}
# Arabic-Indic and extended (Persian) digits
for _i in range(10):
    _ARABIC_MAP[chr(0x0660 + _i)] = str(_i)
    _ARABIC_MAP[chr(0x06F0 + _i)] = str(_i)

_DROP = {"\u0640"} | {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0654", "\u0655"}


def fold_char(ch: str) -> str:
    """Fold one character; may return "" (dropped) or several characters (NFKC expansions)."""
    if ch in _DROP:
        return ""
    mapped = _ARABIC_MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isascii():
        return ch.lower()
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in _DROP:
            continue
        out.append(_ARABIC_MAP.get(c, c.lower()))
    return "".join(out)


class _FoldTable(dict[int, str]):
    """``fold_char`` of every character met so far, by code point (a ``str.translate`` table)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        f = fold_char(ch)
        if len(f) != 1:
            _UNEVEN.add(ch)  # before the entry: whoever sees the entry sees this too
        self[code] = f
        return f


_TABLE = _FoldTable()
_UNEVEN: set[str] = set()  # characters that fold to no character or to several


def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Return the folded text and, for each folded char, the original index (plus a final
    entry equal to ``len(text)``)."""
    folded = text.translate(_TABLE)
    if _UNEVEN.isdisjoint(text):  # one folded character per character: the offsets are the identity
        return folded, tuple(range(len(text) + 1))
    offsets: list[int] = []
    table = _TABLE
    for i, ch in enumerate(text):
        n = len(table[ord(ch)])
        if n == 1:
            offsets.append(i)
        elif n:
            offsets.extend([i] * n)
    offsets.append(len(text))
    return folded, tuple(offsets)


def fold_phrase(text: str) -> str:
    """Fold a lexicon entry or a user query the same way as article text (no offsets)."""
    return " ".join(fold(text)[0].split())
