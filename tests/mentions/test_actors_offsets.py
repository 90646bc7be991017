"""Offsets into the original text, sorting, sentence numbers, caching and language detection."""

from __future__ import annotations

import itertools
import pickle

import pytest

from bilateral.context import Context
from bilateral.mentions.actors import find_actors, lexicon
from bilateral.model import ActorKind, Article
from bilateral.normalize import prepare

TEXTS = [
    ("ar", "وَصَلَ الرَّئِيسُ الرُّوسِيُّ إلى القاهـــرة. ثم التقى وزيرُ الخارجيةِ المصريُّ بدر عبد العاطي نظيرَه الروسيَّ "
           "في ٢٠٢٤، وأكّد البلدان دعمهما للأمم المتحدة ولجامعة الدول العربية في سوتشي."),
    ("en", "On Monday, Russia\u2019s President Vladimir Putin met\u00a0U.S. officials.\nThe two sides discussed "
           "Syria, NATO and the E.U.; Egypt's foreign minister attended in Sochi."),
]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_actors_offsets_point_at_original_words(ctx: Context, lang: str, text: str) -> None:
    t = prepare(Article("t", "t", text, lang, "2024-01-01"))
    found, places = find_actors(t, ctx)
    assert found and places
    for m in found + places:
        assert text[m.span.start:m.span.end] == m.text
        assert m.text == m.text.strip() and m.text
        assert m.sentence == t.sentence_of(m.span)
    for lst in (found, places):
        assert [m.span.start for m in lst] == sorted(m.span.start for m in lst)
        for a, b in itertools.pairwise(lst):
            assert a.span.end <= b.span.start  # no overlapping mentions


def test_actors_harakat_and_tatweel(ctx: Context) -> None:
    text = TEXTS[0][1]
    found, _ = find_actors(prepare(Article("t", "t", text, "ar", None)), ctx)
    texts = [m.text for m in found]
    assert "الرَّئِيسُ الرُّوسِيُّ" in texts
    assert "القاهـــرة" in texts
    person = next(m for m in found if m.value.kind == ActorKind.PERSON)
    assert person.text == "وزيرُ الخارجيةِ المصريُّ بدر عبد العاطي"
    assert person.value.person == "badr-abdelatty" and person.value.role == "foreign_minister"
    assert [m.sentence for m in found][:2] == [0, 0] and found[-1].sentence == 1


def test_actors_english_typographic_apostrophe(ctx: Context) -> None:
    text = TEXTS[1][1]
    found, _ = find_actors(prepare(Article("t", "t", text, "en", None)), ctx)
    first = found[0]
    assert first.text == "Russia\u2019s President Vladimir Putin"
    assert (first.value.person, first.value.role, first.value.country) == ("vladimir-putin", "head_of_state", "RUS")


def test_actors_language_guessed_when_missing(ctx: Context) -> None:
    found, _ = find_actors(prepare(Article("t", "t", "زار الرئيس المصري موسكو.", None, None)), ctx)
    assert [m.value.country for m in found] == ["EGY", "RUS"]
    found, _ = find_actors(prepare(Article("t", "t", "Egypt and Russia agreed.", None, None)), ctx)
    assert [m.value.country for m in found] == ["EGY", "RUS"]


def test_actors_unsupported_language_gives_nothing(ctx: Context) -> None:
    assert find_actors(prepare(Article("t", "t", "Россия и Египет", "ru", None)), ctx) == ([], [])


def test_actors_lexicon_compiled_once_per_context(ctx: Context) -> None:
    assert lexicon(ctx, "ar") is lexicon(ctx, "ar")
    ctx2 = pickle.loads(pickle.dumps(ctx))  # a batch worker gets its own cache
    assert lexicon(ctx2, "ar") is not lexicon(ctx, "ar")
    assert lexicon(ctx2, "ar").matcher.size == lexicon(ctx, "ar").matcher.size


def test_actors_user_kb_file_adds_a_person(tmp_path) -> None:
    f = tmp_path / "people.yaml"
    f.write_text("people:\n  - {id: salma-fictional, name_en: Salma Fictional, name_ar: سلمى الخيالية,\n"
                 "     country: EGY, offices: [[minister:tourism, 2030-01-01, null]]}\n", "utf-8")
    ctx = Context.load(kb_paths=[f])
    found, _ = find_actors(prepare(Article("t", "t", "قالت سلمى الخيالية إن الموسم ناجح.", "ar", None)), ctx)
    assert [(m.text, m.value.person, m.value.country) for m in found] == [
        ("سلمى الخيالية", "salma-fictional", "EGY")]
