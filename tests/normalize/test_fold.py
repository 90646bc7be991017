"""Folding keeps an exact map back to the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import Article
from bilateral.normalize import fold, fold_phrase, prepare, split_sentences


def test_fold_arabic_variants_compare_equal() -> None:
    assert fold_phrase("أُسامة") == fold_phrase("اسامه")
    assert fold_phrase("مستشفى") == fold_phrase("مستشفي")
    assert fold_phrase("٢٠١٥") == "2015"
    assert fold_phrase("اتفاقيـــة") == fold_phrase("اتفاقية")
    assert fold_phrase("Egypt’s") == "egypt's"


def test_fold_offsets_map_every_char_back() -> None:
    text = "وقَّعَ الرئيسُ ١٢ اتفاقيةً في آب"
    folded, offsets = fold(text)
    assert len(offsets) == len(folded) + 1
    for i, ch in enumerate(folded):
        assert fold_phrase(text[offsets[i]]) in (ch, "") or ch.isdigit()


@given(st.text(alphabet=st.sampled_from(list("abc أإآىةـَُِّ٠١٢.,\n")), max_size=60))
def test_fold_offsets_are_monotonic_for_any_text(s: str) -> None:
    _folded, offsets = fold(s)
    assert list(offsets) == sorted(offsets)
    assert offsets[-1] == len(s)


def test_fold_sentences_keep_decimals_and_split_bullets() -> None:
    text = "Debt reached 2.11 billion dollars. - In 2005 the leaders met.\n- In 2006 they signed a deal."
    spans = split_sentences(text)
    parts = [text[s.start:s.end] for s in spans]
    assert parts == ["Debt reached 2.11 billion dollars.", "In 2005 the leaders met.", "In 2006 they signed a deal."]


def test_fold_sentences_do_not_break_at_initials() -> None:
    text = "The U.S. envoy met Mr. Smith in Cairo. Talks went on."
    assert len(split_sentences(text)) == 2


def test_fold_text_original_span_roundtrip() -> None:
    art = Article("i", "d", "قالَ الوزيرُ إنَّ الزيارةَ ناجحة.", "ar", None)
    t = prepare(art)
    i = t.folded.index("الزياره")
    span = t.original(i, i + len("الزياره"))
    assert art.text[span.start:span.end] == "الزيارة"  # the trailing fatha folds away and is not included
