"""Arabic proclitics in front of a trigger (sentences written for these tests): the definite article "ال"
is no purpose or setting clitic "ل" (only "لل" = li- + al- is), and a relative clause that takes a
noun back as its object ("العدوان الذي شنته ...") dates that noun."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.events.lexicon import Lexicon
from bilateral.events.trigger import proclitics

from .helpers import pipeline_events


def _coded(ctx: Context, body: str, lang: str = "ar") -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source, target, date start) of each event."""
    return [(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None,
             e.date.start) for e in pipeline_events(ctx, body, lang, "2024-03-05")]


@pytest.mark.parametrize(("prefix", "letters"), [
    ("ال", ""), ("وال", "و"), ("بال", "ب"), ("فال", "ف"), ("لل", "ل"), ("ولل", "ول"), ("ل", "ل"), ("وب", "وب"), ("", ""),
])
def test_clitics_article_is_not_a_clitic_letter(ctx: Context, prefix: str, letters: str) -> None:
    from bilateral.events import lexicon
    lex: Lexicon = lexicon(ctx, "ar")
    assert proclitics(lex, prefix) == letters


@pytest.mark.parametrize("body", [
    "وقعت مصر وتونس يوم الاثنين اتفاقية للتعاون الاقتصادي، كما عقد وزيرا الخارجية الاجتماع الأول للجنة المتابعة.",
    "أرسلت قطر مساعدات إلى السودان يوم الأحد، كما عقد وزيرا الخارجية المباحثات الأولى حول الأزمة.",
])
def test_clitics_definite_meeting_after_another_act_is_coded(ctx: Context, body: str) -> None:
    """A definite meeting noun after an earlier trigger of the sentence is its own event, not a purpose."""
    assert any(ty == "CONSULT" for ty, _s, _t, _d in _coded(ctx, body)), _coded(ctx, body)


def test_clitics_definite_closure_after_a_summons_is_coded(ctx: Context) -> None:
    body = "استدعت الكويت السفير العراقي يوم الأحد، كما قررت الحكومة الكويتية الإغلاق الفوري للسفارة العراقية."
    assert any(ty == "SANCTION" for ty, _s, _t, _d in _coded(ctx, body)), _coded(ctx, body)


@pytest.mark.parametrize("body", [
    "زار وزير الخارجية السعودي القاهرة يوم الأحد لبحث التعاون مع مصر.",
    "زار وزير الخارجية السعودي القاهرة يوم الأحد للمشاركة في الاجتماع مع مصر.",
    "استقبل وزير الخارجية المصري نظيره السعودي يوم الاثنين للتشاور حول الأزمة.",
])
def test_clitics_li_and_lil_still_mark_a_purpose(ctx: Context, body: str) -> None:
    """"ل" and "لل" (li- + al-) before a verbal noun after a visit are its purpose: one visit only."""
    coded = _coded(ctx, body)
    assert [ty for ty, _s, _t, _d in coded] == ["CONSULT"], coded


@pytest.mark.parametrize(("body", "date"), [
    ("انتهت الحرب بالاجتياح الذي نفذته إسرائيل على لبنان في يونيو 1982.", "1982-06"),
    ("انتهت الأزمة بالعدوان الذي شنته بريطانيا على مصر في أكتوبر 1956.", "1956-10"),
])
def test_clitics_relative_clause_taking_the_noun_back_dates_it(ctx: Context, body: str, date: str) -> None:
    """"the attack which X launched (شنته: it) on Y in <date>": the relative clause tells the noun's own act."""
    assault = [d for ty, _s, _t, d in _coded(ctx, body) if ty == "ASSAULT"]
    assert assault == [date], _coded(ctx, body)


def test_clitics_relative_clause_without_the_noun_does_not_date_it(ctx: Context) -> None:
    """"الاجتياح الذي قال الجيش إنه ... في 1982": a relative clause that does not take the noun back as its verb's
    object (قال) does not pass its date on."""
    body = "ندد الأردن يوم الخميس بالقصف الذي قال الجيش الإسرائيلي إن طائراته نفذته على غزة، في إشارة إلى عام 2014."
    dates = [d for ty, _s, _t, d in _coded(ctx, body) if ty == "ASSAULT"]
    assert all(d != "2014" for d in dates), _coded(ctx, body)


@pytest.mark.parametrize("body", [
    "استدعت وزارة الخارجية المصرية أمس السفير الإسرائيلي احتجاجا على القصف.",
    "طردت الكويت السفير العراقي يوم الأحد ردا على الهجوم.",
])
def test_clitics_definite_cause_with_no_actor_is_no_new_act(ctx: Context, body: str) -> None:
    """"احتجاجا على القصف": the shelling the protest is about is known to the reader; its parties are not the
    summoning state's."""
    assert not any(ty == "ASSAULT" for ty, _s, _t, _d in _coded(ctx, body)), _coded(ctx, body)


def test_clitics_cause_with_its_own_actor_is_an_act(ctx: Context) -> None:
    body = "استدعت الخارجية القطرية السفير الإيراني احتجاجا على الهجوم الإيراني على ناقلة قطرية يوم السبت."
    assert ("ASSAULT", "IRN", "QAT") in {(ty, s, t) for ty, s, t, _d in _coded(ctx, body)}, _coded(ctx, body)


@pytest.mark.parametrize(("body", "pair"), [
    ("وقال وزير الخارجية القطري إن إيران تتحمل مسؤولية تعثر المحادثات، داعيا طهران إلى العودة إلى طاولة الحوار.",
     ("QAT", "IRN")),
])
def test_clitics_participle_after_a_definite_noun_keeps_the_main_subject(ctx: Context, body: str,
                                                                        pair: tuple[str, str]) -> None:
    """A definite talks noun read as its own event ("المحادثات") does not lend its parties to a circumstantial
    participle after the comma: the participle's subject is the main clause's."""
    got = {(s, t) for ty, s, t, _d in _coded(ctx, body) if ty == "REQUEST"}
    assert pair in got and (pair[1], pair[0]) not in got, got


@pytest.mark.parametrize(("body", "reply"), [
    ("طردت الجزائر السفير المغربي يوم الأحد، فردت الرباط بإغلاق السفارة الجزائرية.", ("SANCTION", "MAR", "DZA")),
    ("استدعت تونس السفير الليبي يوم الأحد، فردت طرابلس باستدعاء السفير التونسي.", ("ACCUSE", "LBY", "TUN")),
])
def test_clitics_fa_before_a_reply_verb_opens_a_clause(ctx: Context, body: str, reply: tuple[str, str, str]) -> None:
    """"فردت الرباط بإغلاق ...": ف + a known verb is "and then replied"; the act after it is the replier's own."""
    assert reply in {(ty, s, t) for ty, s, t, _d in _coded(ctx, body)}, _coded(ctx, body)


@pytest.mark.parametrize(("word", "conjoined"), [
    ("فردت", True), ("وردت", True), ("فقررت", True), ("فرنسا", False), ("فلسطين", False), ("فضلا", False),
])
def test_clitics_fa_is_read_off_known_verbs_only(ctx: Context, word: str, conjoined: bool) -> None:
    from bilateral.events import _conjoined_word, lexicon
    from bilateral.events.document import Doc
    from bilateral.ingest import make_article
    from bilateral.mentions import find_mentions
    from bilateral.normalize import prepare
    text = prepare(make_article(f"قالت الحكومة {word} إنها مستعدة.", "x", lang="ar", published="2024-03-05"), ctx)
    doc = Doc.build(text, find_mentions(text, ctx))
    assert _conjoined_word(doc, lexicon(ctx, "ar"), 2) is conjoined


@pytest.mark.parametrize("body", [
    "نظمت فرنسا والمغرب تدريبين عسكريين مشتركين في فبراير.",
    "نظمت فرنسا والمغرب التدريبين العسكريين المشتركين في فبراير.",
])
def test_clitics_dual_noun_phrase_is_read_as_its_singular(ctx: Context, body: str) -> None:
    """"تدريبين عسكريين مشتركين": the dual of a listed noun phrase, its adjectives agreeing, is a trigger too."""
    assert ("COOPERATE", "FRA", "MAR") in {(ty, s, t) for ty, s, t, _d in _coded(ctx, body)}, _coded(ctx, body)


def test_clitics_dual_of_a_short_stem_is_not_a_name(ctx: Context) -> None:
    """"الغزواني" (a name) is no dual of "غزو" (invasion) with a pronoun suffix."""
    body = "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني نظيره السنغالي في نواكشوط يوم الاثنين."
    assert not any(ty == "ASSAULT" for ty, _s, _t, _d in _coded(ctx, body)), _coded(ctx, body)


@pytest.mark.parametrize(("phrase", "duals"), [
    ("اتفاقيه", ["اتفاقيتين", "اتفاقيتان"]),
    ("تدريب عسكري مشترك", ["تدريبين عسكريين مشتركين", "تدريبان عسكريان مشتركان"]),
    ("الاتفاقيه", ["الاتفاقيتين", "الاتفاقيتان"]),
    ("الغزو", []),        # a short stem: "الغزوان" is part of a name
    ("عسكري", []),        # "عسكريين" is the plural of soldiers
    ("تدريبا", []),       # an accusative form
    ("مناورات", []),      # a plural
    ("يشن", []),          # a verb form listed among nouns
])
def test_clitics_dual_forms(phrase: str, duals: list[str]) -> None:
    from bilateral.events.lexicon import dual_forms
    endings = {"ه": ["تين", "تان"], "": ["ين", "ان"]}
    assert dual_forms(phrase, endings, ("ال",)) == duals


@pytest.mark.parametrize("body", [
    "استقبل وزير الخارجية السعودي أمس في الرياض وفدا من الحكومة السودانية. "
    "وبحث الجانبان خلال اللقاء سبل إيصال المساعدات الإنسانية إلى السودان.",
    "استقبل وزير الخارجية الأردني نظيره العراقي في عمان يوم الأحد. وناقش الوزيران خلال اللقاء المساعدات الإنسانية إلى غزة.",
])
def test_clitics_definite_topic_of_talks_is_no_act(ctx: Context, body: str) -> None:
    """"وبحث الجانبان سبل إيصال المساعدات": the definite act a verb of talks names a few words on is its topic."""
    assert not any(ty == "AID" for ty, _s, _t, _d in _coded(ctx, body)), _coded(ctx, body)


def test_clitics_act_in_a_later_clause_after_talks_is_coded(ctx: Context) -> None:
    body = ("استقبل وزير الخارجية الأردني نظيره العراقي في عمان يوم الأحد. وبحث الجانبان الوضع في المنطقة، "
            "وأعلن الأردن تقديم مساعدات إنسانية إلى العراق.")
    assert ("AID", "JOR", "IRQ") in {(ty, s, t) for ty, s, t, _d in _coded(ctx, body)}, _coded(ctx, body)


@pytest.mark.parametrize("body", [
    "زار رئيس الوزراء الهندي طوكيو في مارس 2016 التقى خلالها بنظيره الياباني وتم التوقيع على اتفاقية للتعاون النووي.",
    "وصل الرئيس الكيني إلى بكين أمس والتقى الرئيس الصيني وجرى التوقيع على اتفاقية لإنشاء خط سكة حديد.",
])
def test_clitics_signing_in_a_clause_of_its_own_after_talks_is_coded(ctx: Context, body: str) -> None:
    """"التقى ... وتم التوقيع على اتفاقية": a clause opened by its own verb tells an act, not the talks' topic."""
    assert any(ty == "SUPPORT" for ty, _s, _t, _d in _coded(ctx, body)), _coded(ctx, body)


@pytest.mark.parametrize("body", [
    "وانتهت أمس الجولة الثالثة من المحادثات بين السودان وجنوب السودان دون التوصل إلى اتفاق.",
    "واختتمت أمس الجولة الأخيرة من المفاوضات بين المغرب والجزائر بدون التوصل إلى اتفاق.",
])
def test_clitics_talks_ending_without_agreement_keep_the_talks(ctx: Context, body: str) -> None:
    """"دون التوصل إلى اتفاق" after talks is the outcome they lacked: the talks are coded, no agreement."""
    coded = _coded(ctx, body)
    assert any(ty == "CONSULT" for ty, _s, _t, _d in coded) and not any(ty == "AGREE" for ty, _s, _t, _d in coded), coded
