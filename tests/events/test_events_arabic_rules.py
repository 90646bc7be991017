"""Arabic event rules on hand-made mentions: noun forms, light verbs, content, commentary, re-mentions."""

from __future__ import annotations

from bilateral.context import Context
from bilateral.events import extract_candidates
from bilateral.model import ActorKind, EventType, Relative, Status
from bilateral.resolve import resolve_events

from .helpers import actor, mentions, relative, text_of, year


def _run(ctx: Context, text, ms):  # type: ignore[no-untyped-def]
    return resolve_events(extract_candidates(text, ms, ctx), text, ms, ctx)


def _pairs(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def _title(t, needle: str, country: str, role: str = "foreign_minister"):  # type: ignore[no-untyped-def]
    return actor(t, needle, country, ActorKind.TITLE, role=role)


def test_events_arabic_accusative_noun_after_a_light_verb_takes_the_agent_before_it(ctx: Context) -> None:
    t = text_of("وعقد وزير الخارجية الأردني أمس اجتماعا مع نظيره التونسي في عمان.", "ar", "2021-04-08")
    ms = mentions(_title(t, "وزير الخارجية الأردني", "JOR"), _title(t, "نظيره التونسي", "TUN"),
                  relative(t, "أمس", Relative("day", -1)))
    events = _run(ctx, t, ms)
    assert _pairs(events) == {("CONSULT", "JOR", "TUN")}
    assert events[0].date.start == "2021-04-07"


def test_events_arabic_two_calls_after_a_light_verb_pair_the_caller_with_each_party(ctx: Context) -> None:
    t = text_of("وأجرى الرئيس الفرنسي أمس اتصالين هاتفيين بالرئيس المصري والعاهل الأردني.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس الفرنسي", "FRA", "head_of_state"), _title(t, "الرئيس المصري", "EGY", "head_of_state"),
                  _title(t, "العاهل الأردني", "JOR", "head_of_state"), relative(t, "أمس", Relative("day", -1)))
    pairs = {frozenset((s, g)) for _, s, g in _pairs(_run(ctx, t, ms))}
    assert pairs == {frozenset(("FRA", "EGY")), frozenset(("FRA", "JOR"))}


def test_events_arabic_commentary_sentence_yields_no_event(ctx: Context) -> None:
    t = text_of("ويرى محللون أن زيارة الرئيس التونسي إلى الجزائر ستفتح صفحة جديدة.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس التونسي", "TUN", "head_of_state"), actor(t, "الجزائر", "DZA"))
    assert _run(ctx, t, ms) == []
    # the same visit reported as news is an event
    t = text_of("وقال مسؤولون إن زيارة الرئيس التونسي إلى الجزائر ستبدأ غدا.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس التونسي", "TUN", "head_of_state"), actor(t, "الجزائر", "DZA"))
    assert _pairs(_run(ctx, t, ms)) == {("CONSULT", "TUN", "DZA")}


def test_events_arabic_date_of_the_content_does_not_date_the_agreement(ctx: Context) -> None:
    t = text_of("واتفقت مصر والأردن على عقد اجتماع للجنة المشتركة في العام المقبل.", "ar", "2021-04-08")
    ms = mentions(actor(t, "مصر", "EGY"), actor(t, "والأردن", "JOR"), relative(t, "العام المقبل", Relative("year", 1)))
    events = _run(ctx, t, ms)
    assert [(str(e.type), e.status, e.date.start[:4]) for e in events] == [("AGREE", Status.OCCURRED, "2021")]


def test_events_arabic_action_coordinated_with_agreed_content_is_content(ctx: Context) -> None:
    t = text_of("واتفقت الكويت والعراق على استئناف الرحلات الجوية وإعادة فتح المعابر الحدودية.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الكويت", "KWT"), actor(t, "والعراق", "IRQ"))
    assert [str(e.type) for e in _run(ctx, t, ms)] == ["AGREE"]


def test_events_arabic_verb_coordinated_after_a_condemnation_is_a_new_act(ctx: Context) -> None:
    t = text_of("ودانت ليبيا الغزو وطالبت العراق بالانسحاب من الكويت.", "ar", "1990-08-05")
    ms = mentions(actor(t, "ليبيا", "LBY"), actor(t, "العراق", "IRQ"), actor(t, "الكويت", "KWT"))
    types = {str(e.type) for e in _run(ctx, t, ms)}
    assert types == {"ACCUSE", "REQUEST"}


def test_events_arabic_trigger_naming_a_document_is_no_event(ctx: Context) -> None:
    t = text_of("وصادق البرلمان الأردني أمس على اتفاقية نشر قوات مع البحرين.", "ar", "2021-04-08")
    ms = mentions(actor(t, "البرلمان الأردني", "JOR", ActorKind.ORGANISATION), actor(t, "البحرين", "BHR"),
                  relative(t, "أمس", Relative("day", -1)))
    types = [str(e.type) for e in _run(ctx, t, ms)]
    assert EventType.MOBILIZE.value not in types
    assert types == ["SUPPORT"]


def test_events_arabic_noun_inside_a_refers_back_phrase_is_the_earlier_event(ctx: Context) -> None:
    t = text_of("ووصل الرئيس التونسي إلى الرباط أمس. وصدر في ختام الزيارة بيان مشترك بين البلدين.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس التونسي", "TUN", "head_of_state"), actor(t, "الرباط", "MAR", ActorKind.CAPITAL),
                  relative(t, "أمس", Relative("day", -1)), actor(t, "البلدين", None, ActorKind.GROUP))
    events = _run(ctx, t, ms)
    assert sorted(str(e.type) for e in events) == ["CONSULT", "SUPPORT"]
    assert all(e.date.start == "2021-04-07" for e in events)


def test_events_arabic_press_conference_is_no_summit(ctx: Context) -> None:
    t = text_of("وقال وزير الخارجية الأردني في مؤتمر صحفي مع نظيره التونسي إن العلاقات ممتازة.", "ar", "2021-04-08")
    ms = mentions(_title(t, "وزير الخارجية الأردني", "JOR"), _title(t, "نظيره التونسي", "TUN"))
    assert _run(ctx, t, ms) == []


def test_events_arabic_event_named_after_since_is_a_reference_point(ctx: Context) -> None:
    t = text_of("وهي أول زيارة له إلى اليونان منذ أزمة إسقاط الطائرة التركية.", "ar", "2021-04-08")
    ms = mentions(actor(t, "اليونان", "GRC"), actor(t, "التركية", "TUR", ActorKind.DEMONYM))
    assert EventType.ASSAULT not in {e.type for e in _run(ctx, t, ms)}


def test_events_arabic_relative_clause_with_a_resumptive_pronoun_keeps_its_own_subject(ctx: Context) -> None:
    t = text_of("وجاء ذلك بعد زيارة الوزير الإيطالي عام 2019، التي وقعت خلالها مصر والأردن اتفاقية للغاز.",
                "ar", "2021-04-08")
    ms = mentions(_title(t, "الوزير الإيطالي", "ITA", "minister"), year(t, "عام 2019", "2019"),
                  actor(t, "مصر", "EGY", nth=0), actor(t, "والأردن", "JOR"))
    signs = [e for e in _run(ctx, t, ms) if e.type == EventType.SUPPORT]
    assert {frozenset((e.source.country, e.target.country)) for e in signs} == {frozenset(("EGY", "JOR"))}


def test_events_arabic_opposing_is_a_rejection(ctx: Context) -> None:
    t = text_of("وعارضت الجزائر أمس عودة المغرب إلى المنظمة.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الجزائر", "DZA"), actor(t, "المغرب", "MAR"), relative(t, "أمس", Relative("day", -1)))
    events = _run(ctx, t, ms)
    assert _pairs(events) == {("REJECT", "DZA", "MAR")}
    assert events[0].date.start == "2021-04-07"


def test_events_arabic_reaching_an_agreement_split_by_its_subject_is_an_agreement(ctx: Context) -> None:
    # AGREE as "توصلا إلى اتفاق" and English "reached an agreement" (dev gold mostly codes AGREE)
    t = text_of("وتوصل وزير الخارجية الأمريكي ونظيره الروسي أمس إلى اتفاق بشأن الملف النووي.", "ar", "2021-04-08")
    ms = mentions(_title(t, "وزير الخارجية الأمريكي", "USA"), _title(t, "ونظيره الروسي", "RUS"),
                  relative(t, "أمس", Relative("day", -1)))
    events = _run(ctx, t, ms)
    assert {(str(e.type), frozenset((e.source.country, e.target.country))) for e in events} == \
        {("AGREE", frozenset(("USA", "RUS")))}


def test_events_arabic_handing_over_a_list_of_demands_is_a_request_by_each_sender(ctx: Context) -> None:
    t = text_of("وكانت مصر والسعودية قد سلمت ليبيا أمس قائمة من عشرة مطالب.", "ar", "2021-04-08")
    ms = mentions(actor(t, "مصر", "EGY"), actor(t, "السعودية", "SAU"), actor(t, "ليبيا", "LBY"),
                  relative(t, "أمس", Relative("day", -1)))
    assert _pairs(_run(ctx, t, ms)) == {("REQUEST", "EGY", "LBY"), ("REQUEST", "SAU", "LBY")}


def test_events_arabic_ending_a_boycott_is_an_easing_even_near_another_cue(ctx: Context) -> None:
    t = text_of("وأعلنت مصر أمس في ختام اجتماعات منظمة التعاون الإسلامي إنهاء المقاطعة المفروضة على ليبيا.",
                "ar", "2021-04-08")
    ms = mentions(actor(t, "مصر", "EGY"), relative(t, "أمس", Relative("day", -1)), actor(t, "ليبيا", "LBY"))
    types = {str(e.type) for e in _run(ctx, t, ms)}
    assert "RETREAT" in types and "SANCTION" not in types


def test_events_arabic_cancelling_a_meeting_is_a_rejection_and_depriving_of_aid_a_sanction(ctx: Context) -> None:
    t = text_of("وألغت تونس أمس زيارة وزير الخارجية الإيطالي.", "ar", "2021-04-08")
    ms = mentions(actor(t, "تونس", "TUN"), relative(t, "أمس", Relative("day", -1)),
                  _title(t, "وزير الخارجية الإيطالي", "ITA"))
    assert {str(e.type) for e in _run(ctx, t, ms)} == {"REJECT"}
    t = text_of("وقررت ألمانيا أمس حرمان السودان من مساعدات اقتصادية.", "ar", "2021-04-08")
    ms = mentions(actor(t, "ألمانيا", "DEU"), relative(t, "أمس", Relative("day", -1)), actor(t, "السودان", "SDN"))
    events = _run(ctx, t, ms)
    assert {(str(e.type), frozenset((e.source.country, e.target.country))) for e in events} == \
        {("SANCTION", frozenset(("DEU", "SDN")))}


def test_events_arabic_refusing_to_normalise_relations_is_a_negated_easing(ctx: Context) -> None:
    t = text_of("وأعلنت الكويت أنها لن تطبع علاقاتها مع إسرائيل.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الكويت", "KWT"), actor(t, "إسرائيل", "ISR"))
    assert [(str(e.type), e.status) for e in _run(ctx, t, ms)] == [("RETREAT", Status.NEGATED)]


def test_events_arabic_trigger_after_the_word_opening_a_protest_is_its_content(ctx: Context) -> None:
    t = text_of("واحتجت تونس رسميا لدى الحكومة الجزائرية في آذار/مارس 2012 على شروع الجزائر في بناء سد على النهر.",
                "ar", "2021-04-08")
    ms = mentions(actor(t, "تونس", "TUN"), year(t, "آذار/مارس 2012", "2012-03"), actor(t, "الجزائر", "DZA"))
    assert [str(e.type) for e in _run(ctx, t, ms)] == ["ACCUSE"]


def test_events_arabic_possessive_noun_after_since_takes_the_subject_of_the_clause_before(ctx: Context) -> None:
    t = text_of("وتشتري الأردن الغاز منذ توقيعها اتفاقية مع إسرائيل عام 2016.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الأردن", "JOR"), actor(t, "إسرائيل", "ISR"), year(t, "عام 2016", "2016"))
    signs = [c for c in extract_candidates(t, ms, ctx) if c.type == EventType.SUPPORT]
    assert [([m.value.country for m in c.source], [m.value.country for m in c.target]) for c in signs] == \
        [(["JOR"], ["ISR"])]


def test_events_arabic_verb_without_a_subject_continues_the_actor_of_the_sentence(ctx: Context) -> None:
    t = text_of("ووصل الرئيس الكوري إلى الرياض أمس في إطار جولة يتوجه بعدها إلى الدوحة.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس الكوري", "KOR", "head_of_state"), actor(t, "الرياض", "SAU", ActorKind.CAPITAL),
                  relative(t, "أمس", Relative("day", -1)), actor(t, "الدوحة", "QAT", ActorKind.CAPITAL))
    trips = [c for c in extract_candidates(t, ms, ctx) if t.article.text[c.trigger.start:c.trigger.end] == "يتوجه"]
    assert [([m.value.country for m in c.source], [m.value.country for m in c.target]) for c in trips] == \
        [(["KOR"], ["QAT"])]


def test_events_arabic_joint_statement_noun_is_a_signing_by_all_its_issuers(ctx: Context) -> None:
    t = text_of("وأعلنت مصر والأردن والعراق أمس في بيان ثلاثي مشترك في عمان إطلاق مشروع للربط الكهربائي.",
                "ar", "2021-04-08")
    ms = mentions(actor(t, "مصر", "EGY"), actor(t, "الأردن", "JOR"), actor(t, "العراق", "IRQ"),
                  relative(t, "أمس", Relative("day", -1)), actor(t, "عمان", "JOR", ActorKind.CAPITAL))
    signs = [e for e in _run(ctx, t, ms) if e.type == EventType.SUPPORT]
    assert {frozenset((e.source.country, e.target.country)) for e in signs} == \
        {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ")), frozenset(("JOR", "IRQ"))}


def test_events_arabic_cause_after_a_sanction_is_an_event_of_its_own(ctx: Context) -> None:
    t = text_of("وقطعت البحرين علاقاتها مع إيران في 2016 إثر اقتحام محتجين سفارتها.", "ar", "2021-04-08")
    ms = mentions(actor(t, "البحرين", "BHR"), actor(t, "إيران", "IRN"), year(t, "2016", "2016"))
    cands = extract_candidates(t, ms, ctx)
    assert {c.type for c in cands} == {EventType.SANCTION, EventType.PROTEST}


def test_events_arabic_asking_foreign_experts_to_leave_is_an_expulsion(ctx: Context) -> None:
    t = text_of("وأعلن الرئيس الغاني في 1966 الاستغناء عن الخبراء الصينيين وطلب مغادرتهم البلاد.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس الغاني", "GHA", "head_of_state"), year(t, "1966", "1966"),
                  actor(t, "الصينيين", "CHN", ActorKind.DEMONYM))
    events = _run(ctx, t, ms)
    assert [(str(e.type), e.mode) for e in events] == [("SANCTION", "expel")]


def test_events_arabic_same_day_takes_the_date_of_the_event_before(ctx: Context) -> None:
    t = text_of("واجتاحت القوات الليبية الحدود في 3 أيار 1977. وأصدرت الجامعة العربية في اليوم نفسه بيانا دانت فيه الهجوم.",
                "ar", "2020-01-01")
    ms = mentions(actor(t, "الليبية", "LBY", ActorKind.DEMONYM), year(t, "3 أيار 1977", "1977-05-03"),
                  actor(t, "الجامعة العربية", "ARL", ActorKind.ORGANISATION))
    accuse = [e for e in _run(ctx, t, ms) if e.type == EventType.ACCUSE]
    assert [e.date.start for e in accuse] == ["1977-05-03"]


def test_events_arabic_state_inside_a_prepositional_complement_is_not_the_subject(ctx: Context) -> None:
    t = text_of("ووصل الرئيس اللبناني إلى الرياض أمس وأعرب عن دعمه لموقف القاهرة من الأزمة.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس اللبناني", "LBN", "head_of_state"), actor(t, "الرياض", "SAU", ActorKind.CAPITAL),
                  relative(t, "أمس", Relative("day", -1)), actor(t, "القاهرة", "EGY", ActorKind.CAPITAL))
    support = [c for c in extract_candidates(t, ms, ctx) if c.type == EventType.SUPPORT]
    assert [([m.value.country for m in c.source], [m.value.country for m in c.target]) for c in support] == \
        [(["LBN"], ["EGY"])]


def test_events_arabic_operation_in_support_of_an_army_is_military_aid(ctx: Context) -> None:
    t = text_of("وبدأت القوات الجوية الفرنسية أمس عملية في مالي دعما للجيش المالي.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الفرنسية", "FRA", ActorKind.DEMONYM), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "مالي", "MLI", nth=0), actor(t, "المالي", "MLI", ActorKind.DEMONYM))
    events = _run(ctx, t, ms)
    assert [(str(e.type), e.mode, frozenset((e.source.country, e.target.country))) for e in events] == \
        [("AID", "military", frozenset(("FRA", "MLI")))]


def test_events_arabic_meeting_told_with_its_own_verb_during_a_visit_is_a_second_consultation(ctx: Context) -> None:
    # CODING_GUIDE (decided 2026-12-02): talks told with a verb of their own in the visit's sentence are coded too
    t = text_of("وزار الرئيس الكيني أديس أبابا أمس والتقى خلالها رئيس الوزراء الإثيوبي.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس الكيني", "KEN", "head_of_state"), actor(t, "أديس أبابا", "ETH", ActorKind.CAPITAL),
                  relative(t, "أمس", Relative("day", -1)), _title(t, "رئيس الوزراء الإثيوبي", "ETH", "head_of_government"))
    assert [(str(c.type), c.mode) for c in extract_candidates(t, ms, ctx)] == [("CONSULT", "visit"), ("CONSULT", "meet")]


def test_events_arabic_pronoun_on_a_verb_is_its_object_not_its_owner(ctx: Context) -> None:
    t = text_of("وتستورد الجزائر الغاز عبر اتفاق وقعته مصر والأردن عام 2003.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الجزائر", "DZA"), actor(t, "مصر", "EGY"), actor(t, "الأردن", "JOR"),
                  year(t, "عام 2003", "2003"))
    signs = [c for c in extract_candidates(t, ms, ctx) if c.type == EventType.SUPPORT]
    assert [[m.value.country for m in (*c.source, *c.target)] for c in signs] == [["EGY", "JOR"]]


def test_events_arabic_date_after_a_relative_clause_between_commas_belongs_to_the_main_clause(ctx: Context) -> None:
    t = text_of("وكانت موريتانيا قد انسحبت من منظمة التعاون، التي تأسست قبلها، في آذار/مارس 1989.", "ar", "2021-04-08")
    ms = mentions(actor(t, "موريتانيا", "MRT"), actor(t, "منظمة التعاون", "OIC", ActorKind.ORGANISATION),
                  year(t, "آذار/مارس 1989", "1989-03"))
    events = _run(ctx, t, ms)
    assert [(str(e.type), e.mode, e.date.start) for e in events] == [("SANCTION", "withdraw", "1989-03")]


def test_events_arabic_in_protest_at_names_the_motive_not_a_new_condemnation(ctx: Context) -> None:
    t = text_of("واستدعت الكويت سفيرها لدى العراق أمس احتجاجا على اعتقال مواطنين كويتيين.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الكويت", "KWT"), actor(t, "العراق", "IRQ"), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "كويتيين", "KWT", ActorKind.DEMONYM))
    types = {c.type for c in extract_candidates(t, ms, ctx)}
    assert EventType.ACCUSE not in types
    assert {EventType.SANCTION, EventType.COERCE} <= types


def test_events_arabic_body_of_a_meeting_setting_is_no_party_and_the_target_may_follow_in_a_relative(
        ctx: Context) -> None:
    t = text_of("وأعلنت تونس أمس، في ختام اجتماعات الاتحاد الأفريقي في أديس أبابا، رفع الحظر الذي فرضته على ليبيا.",
                "ar", "2021-04-08")
    ms = mentions(actor(t, "تونس", "TUN"), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "الاتحاد الأفريقي", "AFU", ActorKind.ORGANISATION),
                  actor(t, "أديس أبابا", "ETH", ActorKind.CAPITAL), actor(t, "ليبيا", "LBY"))
    assert _pairs(_run(ctx, t, ms)) == {("RETREAT", "TUN", "LBY")}


def test_events_arabic_summit_held_by_one_organisation_is_no_consultation(ctx: Context) -> None:
    t = text_of("وعقدت منظمة التعاون الإسلامي قمة طارئة في جدة أمس دانت فيها الهجوم على الصومال.", "ar", "2021-04-08")
    ms = mentions(actor(t, "منظمة التعاون الإسلامي", "OIC", ActorKind.ORGANISATION),
                  actor(t, "جدة", "SAU", ActorKind.CAPITAL), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "الصومال", "SOM"))
    cands = extract_candidates(t, ms, ctx)
    assert EventType.CONSULT not in {c.type for c in cands}
    assert EventType.ACCUSE in {c.type for c in cands}


def test_events_arabic_verb_with_only_pronoun_parties_continues_the_parties_of_the_sentence(ctx: Context) -> None:
    t = text_of("وكان الاتحاد الأفريقي قد علق عضوية مالي في آب/أغسطس 2020، ثم فرض عليها عقوبات اقتصادية.",
                "ar", "2021-04-08")
    ms = mentions(actor(t, "الاتحاد الأفريقي", "AFU", ActorKind.ORGANISATION), actor(t, "مالي", "MLI"),
                  year(t, "آب/أغسطس 2020", "2020-08"))
    cands = [c for c in extract_candidates(t, ms, ctx) if c.type == EventType.SANCTION]
    assert [([m.value.country for m in c.source], [m.value.country for m in c.target]) for c in cands] == \
        [(["AFU"], ["MLI"]), (["AFU"], ["MLI"])]


def test_events_arabic_their_agreement_to_resume_is_an_agreement_with_its_content(ctx: Context) -> None:
    t = text_of("وأعلنت تونس والمغرب أمس اتفاقهما على استئناف الرحلات الجوية بين البلدين.", "ar", "2021-04-08")
    ms = mentions(actor(t, "تونس", "TUN"), actor(t, "المغرب", "MAR"), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "البلدين", None, ActorKind.GROUP))
    assert [str(e.type) for e in _run(ctx, t, ms)] == ["AGREE"]


def test_events_arabic_signed_participle_with_its_own_date_is_a_past_signing_inside_an_agreement(ctx: Context) -> None:
    t = text_of("واتفقت الكويت والعراق أمس على تفعيل الاتفاقية الموقعة بينهما في 5 آذار/مارس 2009.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الكويت", "KWT"), actor(t, "والعراق", "IRQ"), relative(t, "أمس", Relative("day", -1)),
                  year(t, "5 آذار/مارس 2009", "2009-03-05"))
    got = sorted((str(e.type), e.date.start) for e in _run(ctx, t, ms))
    assert got == [("AGREE", "2021-04-07"), ("SUPPORT", "2009-03-05")]


def test_events_arabic_trip_in_the_present_tense_dated_today_is_planned_and_named_once(ctx: Context) -> None:
    t = text_of("ويتوجه الرئيس الغاني اليوم إلى أبوجا، في أول زيارة لرئيس غاني إلى نيجيريا منذ عشر سنوات.",
                "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس الغاني", "GHA", "head_of_state"), relative(t, "اليوم", Relative("day", 0)),
                  actor(t, "أبوجا", "NGA", ActorKind.CAPITAL), _title(t, "رئيس غاني", "GHA", "head_of_state"),
                  actor(t, "نيجيريا", "NGA"))
    assert [(str(c.type), c.status) for c in extract_candidates(t, ms, ctx)] == [("CONSULT", Status.PLANNED)]
    # the same verb with yesterday's date has happened
    t = text_of("وتوجه الرئيس الغاني أمس إلى أبوجا.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس الغاني", "GHA", "head_of_state"), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "أبوجا", "NGA", ActorKind.CAPITAL))
    assert [c.status for c in extract_candidates(t, ms, ctx)] == [Status.OCCURRED]


def test_events_arabic_months_before_the_previous_event_and_a_title_with_its_name_as_one_party(ctx: Context) -> None:
    t = text_of("ووقعت مصر والسودان اتفاقية للمياه في 8 تشرين الثاني/نوفمبر 1959. وكان الرئيس المصري جمال عبد الناصر "
                "والرئيس السوداني إبراهيم عبود قد وقعا قبل ذلك بشهرين بروتوكولا في الخرطوم.", "ar", "2021-04-08")
    ms = mentions(actor(t, "مصر", "EGY"), actor(t, "والسودان", "SDN"), year(t, "8 تشرين الثاني/نوفمبر 1959", "1959-11-08"),
                  _title(t, "الرئيس المصري", "EGY", "head_of_state"),
                  actor(t, "جمال عبد الناصر", "EGY", ActorKind.PERSON),
                  _title(t, "الرئيس السوداني", "SDN", "head_of_state"),
                  actor(t, "إبراهيم عبود", "SDN", ActorKind.PERSON), actor(t, "الخرطوم", "SDN", ActorKind.CAPITAL))
    signs = [e for e in _run(ctx, t, ms) if e.type == EventType.SUPPORT]
    assert sorted((frozenset((e.source.country, e.target.country)), e.date.start) for e in signs) == \
        sorted([(frozenset(("EGY", "SDN")), "1959-11-08"), (frozenset(("EGY", "SDN")), "1959-09")])


def test_events_arabic_meeting_partner_named_in_a_setting_stays_a_party(ctx: Context) -> None:
    t = text_of("ووقع وزير الخارجية المصري خلال اجتماعه مع نظيره الأردني في عمان أمس اتفاقية للتعاون.", "ar", "2021-04-08")
    ms = mentions(_title(t, "وزير الخارجية المصري", "EGY"), _title(t, "نظيره الأردني", "JOR"),
                  actor(t, "عمان", "JOR", ActorKind.CAPITAL), relative(t, "أمس", Relative("day", -1)))
    signs = [c for c in extract_candidates(t, ms, ctx) if c.type == EventType.SUPPORT]
    assert [([m.value.country for m in c.source], [m.value.country for m in c.target]) for c in signs] == \
        [(["EGY"], ["JOR"])]


def test_events_arabic_results_of_the_talks_refer_back_to_talks_already_told(ctx: Context) -> None:
    t = text_of("والتقى الرئيس التونسي أمس نظيره الجزائري. وأطلع الرئيس الجزائري لاحقا العاهل المغربي على نتائج المحادثات.",
                "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس التونسي", "TUN", "head_of_state"), _title(t, "نظيره الجزائري", "DZA", "head_of_state"),
                  relative(t, "أمس", Relative("day", -1)), _title(t, "الرئيس الجزائري", "DZA", "head_of_state"),
                  _title(t, "العاهل المغربي", "MAR", "head_of_state"))
    assert [(str(c.type), [m.value.country for m in c.source]) for c in extract_candidates(t, ms, ctx)] == \
        [("CONSULT", ["TUN"])]


def test_events_arabic_sanctions_imposed_with_the_imposer_and_date_before_them(ctx: Context) -> None:
    t = text_of("ثم فرضت كندا في السادس من آذار/مارس 2018 عقوبات اقتصادية على فنزويلا.", "ar", "2021-04-08")
    ms = mentions(actor(t, "كندا", "CAN"), year(t, "السادس من آذار/مارس 2018", "2018-03-06"), actor(t, "فنزويلا", "VEN"))
    events = _run(ctx, t, ms)
    assert [(str(e.type), e.source.country, e.target.country, e.date.start) for e in events] == \
        [("SANCTION", "CAN", "VEN", "2018-03-06")]


def test_events_arabic_later_the_same_month_takes_the_month_of_the_event_before(ctx: Context) -> None:
    t = text_of("وكان الاتحاد الأوروبي قد جمد المساعدات لمالي في 3 آب/أغسطس 2020، ثم فرض عليها عقوبات في وقت لاحق "
                "من الشهر نفسه.", "ar", "2021-04-08")
    ms = mentions(actor(t, "الاتحاد الأوروبي", "EUR", ActorKind.ORGANISATION), actor(t, "لمالي", "MLI"),
                  year(t, "3 آب/أغسطس 2020", "2020-08-03"))
    dates = sorted((e.date.start, str(e.date.precision)) for e in _run(ctx, t, ms) if e.type == EventType.SANCTION)
    assert dates == [("2020-08", "month"), ("2020-08-03", "day")]


def test_events_arabic_list_item_after_a_colon_puts_the_subject_first(ctx: Context) -> None:
    t = text_of("- 3 أيار/مايو 2019: زورق إيراني من طراز سريع يحتجز ناقلة بريطانية قرب المضيق.", "ar", "2021-04-08")
    ms = mentions(year(t, "3 أيار/مايو 2019", "2019-05-03"), actor(t, "إيراني", "IRN", ActorKind.DEMONYM),
                  actor(t, "بريطانية", "GBR", ActorKind.DEMONYM))
    cands = [c for c in extract_candidates(t, ms, ctx) if c.type == EventType.COERCE]
    assert [([m.value.country for m in c.source], [m.value.country for m in c.target]) for c in cands] == \
        [(["IRN"], ["GBR"])]


def test_events_arabic_only_an_indefinite_document_noun_governs_the_trigger_after_it(ctx: Context) -> None:
    t = text_of("ووقع البلدان أمس عدة اتفاقيات، ومن بين الاتفاقيات قرض بقيمة مليار دولار تقدمه الصين لمصر.",
                "ar", "2021-04-08")
    ms = mentions(actor(t, "البلدان", None, ActorKind.GROUP), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "الصين", "CHN"), actor(t, "لمصر", "EGY"))
    assert EventType.AID in {c.type for c in extract_candidates(t, ms, ctx)}


def test_events_arabic_regret_at_a_decision_is_disapproval_and_a_denial_stops_at_a_contrast(ctx: Context) -> None:
    t = text_of("وأعربت وزارة الخارجية التونسية أمس عن أسفها للقرار الإيطالي.", "ar", "2021-04-08")
    ms = mentions(actor(t, "وزارة الخارجية التونسية", "TUN", ActorKind.ORGANISATION),
                  relative(t, "أمس", Relative("day", -1)), actor(t, "الإيطالي", "ITA", ActorKind.DEMONYM))
    assert [str(c.type) for c in extract_candidates(t, ms, ctx)] == ["ACCUSE"]
    t = text_of("ونفى الرئيس الإيطالي أمس أن يكون قد قدم اعتذارا لليبيا، لكنه أقر بأن ليبيا عانت من الاستعمار.",
                "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس الإيطالي", "ITA", "head_of_state"), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "لليبيا", "LBY"), actor(t, "ليبيا", "LBY", nth=1))
    got = sorted((str(c.type), str(c.status)) for c in extract_candidates(t, ms, ctx))
    assert got == [("CONCEDE", "negated"), ("CONCEDE", "occurred")]


def test_events_arabic_source_asking_not_to_be_named_is_no_request(ctx: Context) -> None:
    t = text_of("وقال مسؤول أردني طلب عدم ذكر اسمه إن الوفد سيصل إلى بغداد غدا.", "ar", "2021-04-08")
    ms = mentions(actor(t, "مسؤول أردني", "JOR", ActorKind.TITLE, role="official"), actor(t, "بغداد", "IRQ", ActorKind.CAPITAL))
    assert EventType.REQUEST not in {c.type for c in extract_candidates(t, ms, ctx)}


def test_events_arabic_support_phrase_split_by_its_subject(ctx: Context) -> None:
    t = text_of("وأعرب الرئيس البرازيلي أمس عن دعمه لتشيلي في نزاعها.", "ar", "2021-04-08")
    ms = mentions(_title(t, "الرئيس البرازيلي", "BRA", "head_of_state"), relative(t, "أمس", Relative("day", -1)),
                  actor(t, "تشيلي", "CHL"))
    assert _pairs(_run(ctx, t, ms)) == {("SUPPORT", "BRA", "CHL")}
