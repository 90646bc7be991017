"""Stage 2: fold the article text for matching, keep an offset map, split sentences."""

from __future__ import annotations

from ..folding import fold, fold_char, fold_phrase
from ..model import Article, Text
from .sentences import split_sentences

__all__ = ["fold", "fold_char", "fold_phrase", "prepare", "split_sentences"]


def prepare(article: Article, ctx: object | None = None) -> Text:
    folded, offsets = fold(article.text)
    return Text(article=article, folded=folded, offsets=offsets, sentences=split_sentences(article.text))
