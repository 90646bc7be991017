"""Pairs of parties: the event type is found, the pair must be the right one (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _coded(ctx: Context, body: str, lang: str = "en", published: str = "2024-03-14") \
        -> set[tuple[str, str | None, str | None, str]]:
    return coded(pipeline_events(ctx, body, lang, published))


def test_events_pairs_same_step_by_another_state_keeps_the_target(ctx: Context) -> None:
    body = ("Brazil recalled its ambassador from Caracas on Monday. Chile recalled its ambassador on Tuesday.")
    got = _coded(ctx, body)
    assert ("SANCTION", "CHL", "VEN", "occurred") in got, got
    assert not any(s == "CHL" and t is None for _, s, t, _ in got), got


def test_events_pairs_same_step_needs_a_recent_act_of_that_type(ctx: Context) -> None:
    body = ("Brazil's president visited Caracas on Monday. The two leaders praised the new rail line. "
            "Chile recalled its ambassador on Tuesday.")
    got = _coded(ctx, body)
    assert not any(t == "SANCTION" and s == "CHL" and tgt == "VEN" for t, s, tgt, _ in got), got


def test_events_pairs_apposition_possessor_is_no_party(ctx: Context) -> None:
    got = _coded(ctx, "Norway, Kenya's largest donor, said on Monday it was freezing new aid to Kenya.")
    assert ("SANCTION", "NOR", "KEN", "occurred") in got, got
    assert not any(s == "KEN" and t == "NOR" for _, s, t, _ in got), got


def test_events_pairs_condemning_the_act_told_before_targets_its_actor(ctx: Context) -> None:
    body = "فرضت الولايات المتحدة عقوبات جديدة على إيران يوم الاثنين. ونددت موسكو بالعقوبات."
    got = _coded(ctx, body, "ar")
    assert ("ACCUSE", "RUS", "USA", "occurred") in got, got


def test_events_pairs_condemning_a_mutual_deal_has_no_target(ctx: Context) -> None:
    body = "وقعت تركيا وليبيا اتفاقا بحريا في نوفمبر الماضي. ونددت القاهرة بالاتفاق."
    got = _coded(ctx, body, "ar")
    assert not any(t == "ACCUSE" and tgt in ("TUR", "LBY") for t, s, tgt, _ in got), got


def test_events_pairs_islamic_republic_is_the_state_named_before(ctx: Context) -> None:
    body = "Iran's navy held drills on Monday. Bahrain broke off relations with the Islamic Republic on Tuesday."
    got = _coded(ctx, body)
    assert ("SANCTION", "BHR", "IRN", "occurred") in got, got


def test_events_pairs_place_left_on_a_tour_is_not_the_traveller(ctx: Context) -> None:
    body = ("Japan's prime minister left Hanoi on Monday for Manila, the second stop of an Asian tour that will "
            "also take him to Jakarta.")
    got = _coded(ctx, body)
    assert not any(s == "VNM" for _, s, _, _ in got), got
    assert any(t == "CONSULT" and s == "JPN" and tgt == "IDN" for t, s, tgt, _ in got), got


def test_events_pairs_visit_noun_hosted_where_the_talks_were_held(ctx: Context) -> None:
    body = "أجرى وزير الخارجية الهندي أمس محادثات في القاهرة مع نظيره المصري، في زيارة تأتي بعد أشهر من التوتر في ليبيا."
    got = _coded(ctx, body, "ar")
    assert ("CONSULT", "IND", "EGY", "occurred") in got, got
    assert not any(tgt == "LBY" for _, _, tgt, _ in got), got


def test_events_pairs_states_before_a_group_subject_are_its_members(ctx: Context) -> None:
    body = ("Ethiopia hosted talks on the drought in April. "
            "In May Kenya sent troops to its border with Somalia to stop smugglers, and the two governments traded "
            "accusations over the refugee camps.")
    got = _coded(ctx, body)
    accusations = {(s, t) for typ, s, t, _ in got if typ == "ACCUSE"}
    assert accusations and all({s, t} == {"KEN", "SOM"} for s, t in accusations), got


def test_events_pairs_region_named_after_a_country_word_is_no_actor(ctx: Context) -> None:
    from bilateral.ingest import make_article
    from bilateral.pipeline import Pipeline
    for body, lang in (("Chile's president met Latin American leaders in Lima on Monday.", "en"),
                       ("التقى وزير الخارجية المصري وزراء من أمريكا اللاتينية في القاهرة.", "ar")):
        analysis = Pipeline(ctx).run(make_article(body, "t", lang=lang, published="2024-03-14"))
        assert "USA" not in {getattr(m.value, "country", None) for m in analysis.mentions.actors}, body


def test_events_pairs_numbered_group_is_the_list_of_that_many_states(ctx: Context) -> None:
    body = ("وسلمت الأرجنتين والبرازيل وتشيلي وبيرو بوليفيا أمس قائمة مطالب بينها خفض العلاقات مع فنزويلا. "
            "وكانت الدول الأربع قد قطعت علاقاتها الدبلوماسية مع بوليفيا في مايو الماضي.")
    got = _coded(ctx, body, "ar")
    cut = {s for typ, s, t, _ in got if typ == "SANCTION" and t == "BOL"}
    assert cut == {"ARG", "BRA", "CHL", "PER"}, got


def test_events_pairs_two_sides_may_include_an_organisation(ctx: Context) -> None:
    body = ("وقع الاتحاد الأوروبي والمغرب أمس اتفاقا للصيد قرب السواحل الإسبانية. "
            "وتعهد الجانبان أيضا بتعزيز التعاون في مكافحة الهجرة غير النظامية.")
    got = _coded(ctx, body, "ar")
    pledges = {frozenset((s, t)) for typ, s, t, _ in got if typ == "AGREE"}
    assert pledges == {frozenset(("EUR", "MAR"))}, got


def test_events_pairs_name_after_a_given_name_is_no_clitic_and_surname(ctx: Context) -> None:
    from bilateral.ingest import make_article
    from bilateral.pipeline import Pipeline
    body = "ووصل رئيس الأركان المصري الفريق محمد فريد إلى الخرطوم أمس، والتقى نظيره السوداني."
    analysis = Pipeline(ctx).run(make_article(body, "t", lang="ar", published="2024-03-14"))
    assert "GBR" not in {getattr(m.value, "country", None) for m in analysis.mentions.actors}
    assert ("CONSULT", "EGY", "SDN", "occurred") in coded(analysis.events), coded(analysis.events)


def test_events_pairs_verb_inside_a_name_is_no_trigger(ctx: Context) -> None:
    body = ("وكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد زار بغداد في مارس الماضي، "
            "في أول زيارة لمسؤول سعودي رفيع منذ سنوات.")
    got = _coded(ctx, body, "ar")
    assert ("CONSULT", "SAU", "IRQ", "occurred") in got, got
    assert not any(s == "IRQ" for _, s, _, _ in got), got


def test_events_pairs_comma_before_a_joined_verb_closes_the_noun_clause(ctx: Context) -> None:
    body = "ودان مجلس الأمن الدولي، في بيان أمس، القصف الإريتري، ودعا أسمرة إلى احترام سيادة جيبوتي."
    got = _coded(ctx, body, "ar")
    requests = {(s, t) for typ, s, t, _ in got if typ == "REQUEST"}
    assert requests == {("UNO", "ERI")}, got


def test_events_pairs_surname_nisba_after_the_full_name_is_the_person(ctx: Context) -> None:
    body = ("استقبل رئيس الوزراء العراقي محمد شياع السوداني أمس وزير الخارجية التركي في بغداد. "
            "ودعا السوداني أنقرة إلى زيادة الإطلاقات المائية، فيما التقى الوفد السوداني وزير الخارجية التركي.")
    got = _coded(ctx, body, "ar")
    assert ("REQUEST", "IRQ", "TUR", "occurred") in got, got
    assert not any(typ == "REQUEST" and s == "SDN" for typ, s, _, _ in got), got
    from bilateral.ingest import make_article
    from bilateral.pipeline import Pipeline
    analysis = Pipeline(ctx).run(make_article(body, "t", lang="ar", published="2024-03-14"))
    assert any(m.text == "السوداني" and getattr(m.value, "country", None) == "SDN" for m in analysis.mentions.actors)


def test_events_pairs_gapped_clauses_keep_the_object_of_the_first(ctx: Context) -> None:
    body = ("On Monday Spain, Italy and Greece each expelled two Iranian diplomats, Portugal expelled one, "
            "and Malta ordered out three.")
    got = _coded(ctx, body, published="2024-03-14")
    expelled = {(s, t) for typ, s, t, _ in got if typ == "SANCTION"}
    assert expelled == {("ESP", "IRN"), ("ITA", "IRN"), ("GRC", "IRN"), ("PRT", "IRN"), ("MLT", "IRN")}, got


def test_events_pairs_his_country_is_the_state_of_the_person_named(ctx: Context) -> None:
    body = "وأكد وزير النفط الكويتي أن بلاده ستزود الأردن بالنفط اعتبارا من الشهر المقبل، في إشارة إلى العراق."
    got = _coded(ctx, body, "ar")
    assert any(s == "KWT" and t == "JOR" for _, s, t, _ in got), got
    got = _coded(ctx, "Kenya's foreign minister said on Monday that his country would recall its ambassador to Uganda.")
    assert any(typ == "SANCTION" and s == "KEN" and t == "UGA" for typ, s, t, _ in got), got


def test_events_pairs_target_is_another_state_than_the_actor(ctx: Context) -> None:
    body = "وجدد الرئيس قيس سعيد خلال استقباله الوفد الإيطالي رفض بلاده توطين المهاجرين."
    got = _coded(ctx, body, "ar", published="2023-07-17")
    assert any(typ == "REJECT" and {s, t} == {"TUN", "ITA"} for typ, s, t, _ in got), got


def test_events_pairs_libyan_and_sudanese_leaders_are_their_states(ctx: Context) -> None:
    got = _coded(ctx, "وخلال المحادثات، أبدى القذافي تأييده لموقف روما من الهجرة.", "ar", published="2009-06-11")
    assert any(typ == "SUPPORT" and s == "LBY" and t == "ITA" for typ, s, t, _ in got), got
    got = _coded(ctx, "Omar al-Bashir met Abdel Fattah el-Sisi in Cairo on Monday.", published="2018-03-19")
    assert any(typ == "CONSULT" and {s, t} == {"SDN", "EGY"} for typ, s, t, _ in got), got


def test_events_pairs_abd_surname_gives_no_short_form(ctx: Context) -> None:
    from bilateral.ingest import make_article
    from bilateral.pipeline import Pipeline
    body = "وقال الصادق المهدي إن عبد المهدي لم يتصل به."
    analysis = Pipeline(ctx).run(make_article(body, "t", lang="ar", published="1988-03-19"))
    countries = [getattr(m.value, "country", None) for m in analysis.mentions.actors]
    assert "IRQ" not in countries, countries


def test_events_pairs_renewing_a_call_is_making_it(ctx: Context) -> None:
    body = ("وجدد وزيرا الخارجية الأردني أيمن الصفدي والمصري سامح شكري، خلال لقائهما في القاهرة أمس، "
            "مطالبة إسرائيل بوقف الاستيطان.")
    got = _coded(ctx, body, "ar", published="2021-05-19")
    requests = {(s, t) for typ, s, t, _ in got if typ == "REQUEST"}
    assert requests == {("JOR", "ISR"), ("EGY", "ISR")}, got


def test_events_pairs_fronted_subordinate_clause_is_not_the_main_clause(ctx: Context) -> None:
    got = _coded(ctx, "Although Brazil trades with China, Argentina signed a defence pact with India on Monday.")
    assert got == {("SUPPORT", "ARG", "IND", "occurred")}, got
    got = _coded(ctx, "While Egypt buys wheat from Russia, Kenya condemned Moscow on Monday.")
    assert got == {("ACCUSE", "KEN", "RUS", "occurred")}, got


def test_events_pairs_participle_shares_the_main_clause_subject(ctx: Context) -> None:
    body = ("Australia opened an International Court of Justice case against Japan on Monday, accusing Tokyo "
            "of breaking the whaling moratorium.")
    got = _coded(ctx, body)
    assert any(typ == "ACCUSE" and s == "AUS" and t == "JPN" for typ, s, t, _ in got), got
    assert not any(s == "ICJ" for _, s, _, _ in got), got


def test_events_pairs_boundary_word_before_a_date_is_a_time_phrase(ctx: Context) -> None:
    body = "وتشن روسيا منذ 24 فبراير 2022 غارات جوية مكثفة على كييف، أسفرت عن مقتل مئات الأوكرانيين."
    got = _coded(ctx, body, "ar", published="2023-03-14")
    assert got == {("ASSAULT", "RUS", "UKR", "occurred")}, got


def test_events_pairs_traveller_of_a_relative_clause_is_its_antecedent(ctx: Context) -> None:
    body = "Modi, who also stopped in Kenya and Tanzania on his July tour, plans to return to Africa next year."
    got = _coded(ctx, body, published="2016-09-14")
    visits = {(s, t) for typ, s, t, _ in got if typ == "CONSULT"}
    assert visits == {("IND", "KEN"), ("IND", "TZA")}, got
