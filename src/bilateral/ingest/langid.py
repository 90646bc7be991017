"""Language identification: Arabic-script share first (cheap, exact for ar), then langid.py."""

from __future__ import annotations

import functools


def arabic_ratio(text: str, sample: int = 4000) -> float:
    letters = arabic = 0
    for ch in text[:sample]:
        if ch.isalpha():
            letters += 1
            if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
                arabic += 1
    return arabic / letters if letters else 0.0


@functools.lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text has no letters to judge by."""
    if not any(ch.isalpha() for ch in text[:4000]):
        return None
    if arabic_ratio(text) >= 0.5:
        return "ar"
    lang, _prob = _identifier().classify(text[:4000])
    return str(lang)
