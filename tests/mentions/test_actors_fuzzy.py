"""Bounded fuzzy matching of person names: variants join, different people stay apart."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.mentions.actors import find_actors, fuzzy_person, lexicon
from bilateral.model import Article
from bilateral.normalize import fold_phrase, prepare


def people(ctx: Context, text: str, lang: str) -> list[tuple[str, str | None]]:
    found, _ = find_actors(prepare(Article("t", "t", text, lang, None)), ctx)
    return [(m.text, m.value.person) for m in found]


@pytest.mark.parametrize("lang, name, pid", [
    ("en", "Sergey Lavrof", "sergey-lavrov"),
    ("en", "Dmitri Medvedyev", "dmitry-medvedev"),
    ("ar", "سيرغي لافروفف", "sergey-lavrov"),
    ("ar", "فلاديمير بوتيين", "vladimir-putin"),
])
def test_actors_fuzzy_variant_joins_the_person(ctx: Context, lang: str, name: str, pid: str) -> None:
    assert fuzzy_person(lexicon(ctx, lang), fold_phrase(name)) == pid


@pytest.mark.parametrize("lang, name", [
    ("en", "Sergey Shoygu"),  # Shoigu, not Lavrov: the shared first name must not carry the match
    ("en", "Sergey Lavrenko"),  # a different person with a similar surname
    ("en", "Dmitry Medvedchuk"),
    ("en", "Dmitry Medinsky"),
    ("ar", "سيرغي لافرينكو"),
    ("en", "Li Qian"),  # too short to fuzz (Li Qiang)
])
def test_actors_fuzzy_keeps_different_people_apart(ctx: Context, lang: str, name: str) -> None:
    pid = fuzzy_person(lexicon(ctx, lang), fold_phrase(name))
    assert pid not in {"sergey-lavrov", "dmitry-medvedev", "li-qiang"}
    if name == "Sergey Shoygu":
        assert pid == "sergei-shoigu"


def test_actors_fuzzy_two_similar_people_in_one_text(ctx: Context) -> None:
    found = people(ctx, "Sergei Lavrov and Sergei Shoigu met. Later Sergey Lavrof spoke to Sergei Shoygu.", "en")
    assert found == [("Sergei Lavrov", "sergey-lavrov"), ("Sergei Shoigu", "sergei-shoigu"),
                     ("Sergey Lavrof", "sergey-lavrov"), ("Sergei Shoygu", "sergei-shoigu")]


def test_actors_fuzzy_needs_name_context(ctx: Context) -> None:
    # a lone lower-case word close to a surname is not a person
    assert people(ctx, "the lavrof report", "en") == []
    # in Arabic a misspelt surname alone is not matched; after a title it is
    assert people(ctx, "قال لافروفف", "ar") == []
    found = people(ctx, "قال وزير الخارجية الروسي سيرغي لافروفف", "ar")
    assert found == [("وزير الخارجية الروسي سيرغي لافروفف", "sergey-lavrov")]


def test_actors_fuzzy_settings_bound(ctx: Context) -> None:
    from bilateral.config import load_settings
    strict = Context.load(load_settings(env={"BILATERAL_MENTIONS_FUZZY_MIN_SCORE": "99"}))
    assert fuzzy_person(lexicon(strict, "en"), fold_phrase("Dmitri Medvedyev")) is None
    assert fuzzy_person(lexicon(ctx, "en"), fold_phrase("Dmitri Medvedyev")) == "dmitry-medvedev"


def test_actors_first_name_variant_joins_known_surname(ctx: Context) -> None:
    # "ديمتري مديفيديف" is not listed as one form; the surname variant is, and the first name is Medvedev's
    assert people(ctx, "وقال ديمتري مديفيديف للصحفيين.", "ar") == [("ديمتري مديفيديف", "dmitry-medvedev")]
    # a first name that belongs to somebody else does not join
    assert people(ctx, "وقال جون مديفيديف للصحفيين.", "ar") == [("مديفيديف", "dmitry-medvedev")]
