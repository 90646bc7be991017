"""Lexicon matching at word boundaries with Arabic clitics and pronoun suffixes."""

from __future__ import annotations

from bilateral.matcher import Clitics, MatcherGroup, PhraseMatcher, tokenize
from bilateral.normalize import fold

CLITICS = Clitics.from_data({"prefixes": {"و": "", "ب": "", "ل": "", "لل": "ال", "وال": "ال", "بال": "ال"},
                             "suffixes": ["ه", "ها"]})


def _found(matcher: PhraseMatcher[str], text: str) -> list[tuple[str, str]]:
    folded, _ = fold(text)
    return [(folded[m.start:m.end], m.payload) for m in matcher.find(folded)]


def test_matcher_clitics_restore_the_article() -> None:
    m = PhraseMatcher([("الرئيس", "president"), ("مصر", "EGY")], CLITICS)
    assert _found(m, "قال للرئيس ولمصر") == [("للرييس", "president"), ("ولمصر", "EGY")]


def test_matcher_never_matches_inside_a_word() -> None:
    m = PhraseMatcher([("آب", "august")], CLITICS)
    assert _found(m, "الكتاب والأبواب") == []
    assert _found(m, "في آب 2008") == [("اب", "august")]


def test_matcher_suffixes_with_ta_marbuta() -> None:
    m = PhraseMatcher([("زيارة", "visit")], CLITICS, use_suffixes=True)
    assert [p for _, p in _found(m, "خلال زيارته وبزيارتها")] == ["visit", "visit"]
    plain = PhraseMatcher([("زيارة", "visit")], CLITICS)
    assert _found(plain, "زيارته") == []


def test_matcher_hamza_seat_before_a_suffix_from_clitics_data() -> None:
    hamza = Clitics.from_data({"prefixes": {"و": ""}, "suffixes": ["ه", "ها"], "before_suffix": {"ائ": "اء"}})
    m = PhraseMatcher([("إلغاء", "cancel")], hamza, use_suffixes=True)
    assert [p for _, p in _found(m, "أعلن إلغائها وإلغائه")] == ["cancel", "cancel"]
    # without the data entry the written seat does not match
    assert _found(PhraseMatcher([("إلغاء", "cancel")], CLITICS, use_suffixes=True), "إلغائها") == []


def test_matcher_leftmost_longest_multiword() -> None:
    m = PhraseMatcher([("الاتحاد", "x"), ("الاتحاد السوفيتي", "SUN"), ("الاتحاد الأوروبي", "EUR")], CLITICS)
    assert [p for _, p in _found(m, "والاتحاد السوفيتي والاتحاد الأوروبي والاتحاد")] == ["SUN", "EUR", "x"]


def _tokens_found(matcher: PhraseMatcher[str], text: str) -> list[str]:
    folded, _ = fold(text)
    return [m.payload for m in matcher.find(folded, tokens=tokenize(folded))]


def test_matcher_group_finds_what_each_matcher_finds_alone() -> None:
    text = "وقع الوزيران اتفاقا في القاهرة ثم زار الرئيس موسكو وبحث الاتفاق"
    alone = [PhraseMatcher([("وقع", "sign"), ("زار", "visit")], CLITICS),
             PhraseMatcher([("القاهرة", "EGY"), ("موسكو", "RUS")], CLITICS),
             PhraseMatcher([("الاتفاق", "deal"), ("اتفاقا", "deal")], CLITICS)]
    expected = [_tokens_found(m, text) for m in alone]
    grouped = [PhraseMatcher([("وقع", "sign"), ("زار", "visit")], CLITICS),
               PhraseMatcher([("القاهرة", "EGY"), ("موسكو", "RUS")], CLITICS),
               PhraseMatcher([("الاتفاق", "deal"), ("اتفاقا", "deal")], CLITICS)]
    group = MatcherGroup()
    assert all(group.attach(m) for m in grouped)
    assert [_tokens_found(m, text) for m in grouped] == expected
    assert expected == [["sign", "visit"], ["EGY", "RUS"], ["deal", "deal"]]


def test_matcher_group_attach_is_explicit_and_once() -> None:
    m = PhraseMatcher([("زار", "visit")], CLITICS)
    first, second = MatcherGroup(), MatcherGroup()
    assert first.attach(m) is True
    assert second.attach(m) is False  # a matcher belongs to one group at most
    assert _tokens_found(m, "زار الرئيس موسكو") == ["visit"]


def test_matcher_group_attached_late_still_finds_its_entries() -> None:
    folded, _ = fold("زار الرئيس موسكو")
    tokens = tokenize(folded)
    group = MatcherGroup()
    early = PhraseMatcher([("زار", "visit")], CLITICS)
    group.attach(early)
    assert [m.payload for m in early.find(folded, tokens=tokens)] == ["visit"]
    late = PhraseMatcher([("موسكو", "RUS")], CLITICS)
    group.attach(late)  # the group's look-ups of these tokens were made without it
    assert [m.payload for m in late.find(folded, tokens=tokens)] == ["RUS"]
