"""How trigger words are matched (round w2-lexicon): cues written with a hyphen, a signing verb beside the
act its document is about, inflections and light verbs. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.events.lexicon import cue_words, lexicon
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _events(ctx: Context, body: str, lang: str = "en", published: str = "2024-05-06") -> list[Event]:
    return list(Pipeline(ctx).run(Article("t", "t", body, lang, published)).events)


def _coded(events: list[Event]) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def _types(events: list[Event]) -> set[tuple[str, str | None]]:
    return {(str(e.type), e.mode) for e in events}


# ------------------------------------------------------------------------------- hyphenated cues

def test_lexicon_w2_cue_words_split_like_the_text() -> None:
    assert cue_words("cross-border operation") == "cross border operation"
    assert cue_words("F-16") == "f 16"
    assert cue_words("  search-and-rescue ") == "search and rescue"


def test_lexicon_w2_requires_are_stored_as_token_sequences(ctx: Context) -> None:
    # no cue of any entry keeps a hyphen: the text's tokens never do
    for lang in ("en", "ar"):
        for matches in lexicon(ctx, lang).triggers._index.values():
            for _toks, form, _phrase in matches:
                assert not any("-" in cue for cue in form.entry.requires), form.entry.key


@pytest.mark.parametrize("body", [
    "Turkey launched a cross-border operation against Syria on Monday.",
    "Turkish troops began a cross-border operation into Iraq on Sunday.",
])
def test_lexicon_w2_hyphenated_cue_is_found(ctx: Context, body: str) -> None:
    assert "ASSAULT" in {t for t, _ in _types(_events(ctx, body))}


def test_lexicon_w2_hyphenated_model_name_is_a_cue(ctx: Context) -> None:
    # "F-16" is a cue of the arms contract: two tokens in the text
    events = _events(ctx, "Egypt signed a contract to buy F-16 jets from the United States on Monday.")
    assert ("COOPERATE", "military") in _types(events)


# ------------------------------------------------------- a signing beside the act its document is about

@pytest.mark.parametrize("body", [
    "وقعت مصر صفقة طائرات مع فرنسا يوم الاثنين.",
    "وقعت مصر وروسيا صفقة أسلحة يوم الاثنين.",
    "وقّعت الجزائر مع روسيا عقدا لشراء مقاتلات سوخوي يوم الاثنين.",
    "أبرمت مصر صفقة مقاتلات رافال مع فرنسا يوم الاثنين.",
    "ووقعت قطر مع فرنسا أمس عقودا لتوريد طائرات رافال.",
])
def test_lexicon_w2_arabic_arms_contract_is_signing_and_purchase(ctx: Context, body: str) -> None:
    types = _types(_events(ctx, body, "ar"))
    assert ("SUPPORT", "sign") in types
    assert ("COOPERATE", "military") in types


def test_lexicon_w2_arabic_contract_without_arms_is_only_signing(ctx: Context) -> None:
    types = _types(_events(ctx, "وقعت مصر مع الصين عقدا لشراء القمح يوم الاثنين.", "ar"))
    assert ("SUPPORT", "sign") in types
    assert ("COOPERATE", "military") not in types


def test_lexicon_w2_light_verb_still_gives_way_to_the_act_it_names(ctx: Context) -> None:
    # regret AT a decision is disapproval: the light verb is not kept beside it
    types = _types(_events(ctx, "أعربت مصر عن أسفها لقرار إثيوبيا يوم الاثنين.", "ar"))
    assert ("ACCUSE", "disapprove") in types
    assert {t for t, _ in types} == {"ACCUSE"}


# ------------------------------------------------------------------- irregular participles (English)

def test_lexicon_w2_with_participles_adds_the_participle_forms() -> None:
    from bilateral.events.lexicon import with_participles
    parts = {"withdrew": ("withdrawn", False), "gave": ("given", True), "did": ("done", True)}
    out = with_participles(["withdrew", "withdrew from", "gave", "gave a loan", "did not accept"], parts)
    assert "withdrawn" in out and "withdrawn from" in out and "given a loan" in out
    assert "given" not in out  # the preposition ("given the tensions")
    assert "done not accept" not in out


@pytest.mark.parametrize("body, coded", [
    ("Russia has withdrawn its troops from Georgia.", ("RETREAT", "withdraw", "RUS", "GEO")),
    ("Russian troops had withdrawn from Georgia by March.", ("RETREAT", "withdraw", "RUS", "GEO")),
    ("Egypt had broken off relations with Qatar in 2017.", ("SANCTION", "withdraw", "EGY", "QAT")),
    ("Japan has given a loan of 100 million dollars to Kenya.", ("AID", "loan", "JPN", "KEN")),
])
def test_lexicon_w2_perfect_with_irregular_participle(ctx: Context, body: str, coded: tuple[str, ...]) -> None:
    assert coded in _coded(_events(ctx, body))


def test_lexicon_w2_bare_given_is_no_aid(ctx: Context) -> None:
    # "given" alone is no form of "gave" (aid-cov, cued by "humanitarian"): the meeting only
    events = _events(ctx, "Given the humanitarian situation in Sudan, Egypt and Sudan met in Cairo on Monday.")
    assert "AID" not in {t for t, _ in _types(events)}


# --------------------------------------------------------------- light verbs with talks (English)

@pytest.mark.parametrize("body", [
    "Egyptian President Sisi arrived in Khartoum on Monday and held two and a half hours of talks with Burhan.",
    "Egyptian President Sisi visited Khartoum on Monday and conducted talks with Burhan.",
    "Egyptian President Sisi arrived in Ankara on Tuesday for a two-day visit, and held lengthy talks with Erdogan.",
])
def test_lexicon_w2_talks_with_a_light_verb_beside_the_visit(ctx: Context, body: str) -> None:
    types = _types(_events(ctx, body))
    assert ("CONSULT", "visit") in types and ("CONSULT", "meet") in types


def test_lexicon_w2_talks_as_the_trips_purpose_stay_the_visit(ctx: Context) -> None:
    types = _types(_events(ctx, "Egyptian President Sisi flew to Khartoum on Monday for talks with Burhan."))
    assert types == {("CONSULT", "visit")}


# ------------------------------------------------ a longer form that fails hides no shorter reading

_DELIVERY = """
triggers:
  - key: tanker-arrived-test
    type: COOPERATE
    mode: energy
    frame: directed
    context: [economic]
    verbs: [arrived in, arrives in]
    requires: [tanker, tankers, cargo]
    window: 6
"""


@pytest.fixture(scope="module")
def delivery_ctx(tmp_path_factory: pytest.TempPathFactory) -> Context:
    d = tmp_path_factory.mktemp("lang_en")
    (d / "triggers_probe_test.yaml").write_text(_DELIVERY, "utf-8")
    return Context.load(lang_dirs={"en": [d]})


def test_lexicon_w2_failed_longer_form_leaves_the_shorter_reading(delivery_ctx: Context) -> None:
    # "arrived in" of a delivery needs a tanker: without one, "arrived" is the trip (travel, needs a destination)
    coded = _coded(_events(delivery_ctx, "Turkish President Erdogan arrived in Baghdad on Monday."))
    assert ("CONSULT", "visit", "TUR", "IRQ") in coded
    assert "COOPERATE" not in {c[0] for c in coded}


def test_lexicon_w2_longer_form_with_its_cue_wins(delivery_ctx: Context) -> None:
    # with its cue the longer phrase is the reading, and the shorter one of its start is not added beside it
    body = "An Iranian oil tanker arrived in Syria on Monday, the Syrian oil ministry said."
    types = {c[0] for c in _coded(_events(delivery_ctx, body))}
    assert "COOPERATE" in types and "CONSULT" not in types


# -------------------------------------------------------------- part of speech of a verb form (English)

def _rules(events: list[Event]) -> str:
    return " ".join(r for e in events for r in e.rules)


@pytest.mark.parametrize("body", [
    "The Egyptian foreign minister said the first meeting with his Sudanese counterpart would be held next week.",
    "Egypt said its meeting with Sudan's foreign minister would be held in Cairo next week.",
    "Egypt said a meeting with the Sudanese foreign minister would be held in Cairo next week.",
])
def test_lexicon_w2_gerund_after_a_determiner_is_the_noun(ctx: Context, body: str) -> None:
    events = _events(ctx, body)
    assert ("CONSULT", "meet") in _types(events)
    assert "meet:noun" in _rules(events) and "meet:verb" not in _rules(events)


def test_lexicon_w2_gerund_after_a_verb_stays_the_verb(ctx: Context) -> None:
    events = _events(ctx, "Egyptian President Sisi spent Monday meeting with Burhan in Khartoum.")
    assert "meet:verb" in _rules(events)


@pytest.mark.parametrize("body", [
    "Several grants from Japan funded schools in Jordan last year.",
    "Many grants from Japan went to schools in Jordan last year.",
])
def test_lexicon_w2_verb_form_after_a_quantity_word_is_a_noun(ctx: Context, body: str) -> None:
    # "grants" after "several"/"many" is the plural noun, not "Japan grants Jordan" with Jordan as the giver
    assert not [e for e in _events(ctx, body) if e.source and e.source.country == "JOR"]


# ------------------------------------------------------------- Arabic persons generated from listed pairs

def test_lexicon_w2_with_inflections_fills_the_persons() -> None:
    from bilateral.events.lexicon import with_inflections
    rules = {"perfect_feminine": "ت", "perfect_added": ["تا", "وا"], "imperfect_masculine": "ي",
             "imperfect_feminine": "ت", "imperfect_added": ["ان", "ون"]}
    out = with_inflections(["استنكر", "استنكرت", "يستضيف", "تستضيف", "رد"], rules, {"ردوا"})
    assert {"استنكرتا", "استنكروا", "يستضيفان", "تستضيفان", "يستضيفون"} <= set(out)
    assert "استنكرا" not in out  # the masculine dual is left out (ردا على, نقلا عن)
    assert "ردوا" not in out  # no feminine listed beside رد: nothing generated (and a listed form is never added)


@pytest.mark.parametrize("body, coded", [
    ("استقبلوا الرئيس المصري في الرياض يوم الاثنين.", ("CONSULT", "visit", "SAU", "EGY")),
    ("ويستقبلون الرئيس المصري في الرياض غدا.", ("CONSULT", "visit", "SAU", "EGY")),
])
def test_lexicon_w2_arabic_plural_persons_are_matched(ctx: Context, body: str, coded: tuple[str, ...]) -> None:
    assert coded in _coded(_events(ctx, body, "ar"))


def test_lexicon_w2_arabic_feminine_dual_is_a_condemnation(ctx: Context) -> None:
    body = "واستنكرتا الهجوم الإسرائيلي على سوريا يوم الاثنين، بحسب بيان مشترك للإمارات والبحرين."
    assert ("ACCUSE", "disapprove") in _types(_events(ctx, body, "ar"))


def test_lexicon_w2_arabic_generated_dual_imperfect_is_present(ctx: Context) -> None:
    # تستضيفان beside a generated يستضيفان is the imperfect: a plan, dated next month
    events = _events(ctx, "قالت مصر والأردن إنهما تستضيفان الرئيس السوري الشهر المقبل.", "ar")
    assert events and all(str(e.status) == "planned" for e in events)
    assert any("host:verb:present" in " ".join(e.rules) for e in events)
