"""Arabic rules added after reading blind dev articles 43-56: verb-subject-object order with long subjects,
light verbs, clitics inside names, construct-state re-mentions, "his country", offices of organisations,
parentheticals and reported clauses. Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _events(ctx: Context, body: str, published: str = "2022-06-15"):  # type: ignore[no-untyped-def]
    return pipeline_events(ctx, body, "ar", published)


def _triples(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def _pairs_of(events, etype: str) -> set[frozenset[str | None]]:  # type: ignore[no-untyped-def]
    return {frozenset({e.source.country if e.source else None, e.target.country if e.target else None})
            for e in events if str(e.type) == etype}


def test_events_arabic_blind6_long_subject_between_verb_and_document_still_signs(ctx: Context) -> None:
    body = ("وقع نائب رئيس الوزراء وزير الخارجية المصري سامح شكري ونائب رئيس الوزراء وزير الخارجية الأردني "
            "أيمن الصفدي في العاصمة الأردنية عمان صباح أمس الثلاثاء اتفاقية للتعاون في مجال الطاقة.")
    assert frozenset({"EGY", "JOR"}) in _pairs_of(_events(ctx, body), "SUPPORT")


def test_events_arabic_blind6_a_verb_looking_word_inside_a_name_is_no_verb(ctx: Context) -> None:
    # فيصل is not ف + يصل ("then arrives")
    body = "وأجرى وزير الخارجية السعودي الأمير فيصل بن فرحان أمس اتصالا هاتفيا بنظيره المصري."
    events = _events(ctx, body)
    assert not [e for e in events if e.mode == "visit"]
    assert frozenset({"SAU", "EGY"}) in _pairs_of(events, "CONSULT")


def test_events_arabic_blind6_regret_at_a_decision_after_a_long_subject_is_no_apology(ctx: Context) -> None:
    for body in ("وأعربت وزارة الخارجية التركية مساء أمس الثلاثاء عن أسفها للقرار اليوناني.",
                 "وأعربت تركيا عن أسفها للقرار اليوناني."):
        types = {t for t, _, _ in _triples(_events(ctx, body))}
        assert "ACCUSE" in types
        assert "CONCEDE" not in types


def test_events_arabic_blind6_construct_noun_with_definite_genitive_re_mentions(ctx: Context) -> None:
    body = ("ووقعت مصر والسودان أمس الأحد اتفاقية للربط الكهربائي. "
            "ويأتي توقيع الاتفاقية في إطار زيارة يقوم بها رئيس الوزراء السوداني إلى القاهرة.")
    signed = [e for e in _events(ctx, body) if str(e.type) == "SUPPORT"]
    assert len(signed) == 1


def test_events_arabic_blind6_his_country_after_that_is_the_speakers_state(ctx: Context) -> None:
    body = "وأكد وزير الطاقة العراقي أن بلاده ستزود الأردن بالغاز اعتبارا من الشهر المقبل."
    assert ("COOPERATE", "IRQ", "JOR") in _triples(_events(ctx, body))
    # "his country's refusal" is the subject's own act: no second party
    refusal = _events(ctx, "وجدد الرئيس اللبناني رفض بلاده توطين اللاجئين السوريين.")
    assert not [e for e in refusal if e.source and e.target and e.source.country == e.target.country]


def test_events_arabic_blind6_office_of_an_organisation_is_the_organisation(ctx: Context) -> None:
    body = "ودعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط أمس ليبيا الى وقف التصعيد."
    triples = _triples(_events(ctx, body))
    assert ("REQUEST", "ARL", "LBY") in triples
    assert not [t for t in triples if t[1] == "EGY"]


def test_events_arabic_blind6_launching_strikes_with_the_subject_between(ctx: Context) -> None:
    body = "وشنت الولايات المتحدة وبريطانيا فجر اليوم الأربعاء سلسلة من الضربات الجوية على مواقع عسكرية في اليمن."
    assaults = [e for e in _events(ctx, body) if str(e.type) == "ASSAULT"]
    assert {(e.source.country, e.target.country) for e in assaults if e.source and e.target} \
        == {("USA", "YEM"), ("GBR", "YEM")}
    assert len(assaults) == 2  # the strikes are the verb's object, not a second attack


def test_events_arabic_blind6_warning_of_the_use_of_force_is_a_threat(ctx: Context) -> None:
    body = "وحذر الرئيس التركي أمس من أن أنقرة قد تلجأ إلى استخدام القوة العسكرية ضد اليونان."
    assert ("THREATEN", "TUR", "GRC") in _triples(_events(ctx, body))


def test_events_arabic_blind6_definite_joint_exercise_and_exchanged_agreements(ctx: Context) -> None:
    exercise = _events(ctx, "وانطلق أمس التدريب العسكري المشترك بين الجيشين المصري والسعودي في تبوك.")
    assert frozenset({"EGY", "SAU"}) in _pairs_of(exercise, "COOPERATE")
    exchange = _events(ctx, "وشهد الرئيس المصري ونظيره الكيني أمس تبادل 12 اتفاقية ومذكرة تفاهم بين البلدين.")
    assert frozenset({"EGY", "KEN"}) in _pairs_of(exchange, "SUPPORT")


def test_events_arabic_blind6_describing_in_condemning_words_is_disapproval(ctx: Context) -> None:
    body = "ووصفت وزارة الخارجية الروسية أمس العقوبات الأمريكية الجديدة بأنها غير شرعية."
    assert ("ACCUSE", "RUS", "USA") in _triples(_events(ctx, body))
    # "statements it described as hostile": a clause on the statements, no act of its own
    motive = _events(ctx, "وطردت تشاد أمس السفير الكاميروني ردا على تصريحات وصفتها بالعدائية.")
    assert "ACCUSE" not in {t for t, _, _ in _triples(motive)}


def test_events_arabic_blind6_renewing_a_demand_gives_the_demander(ctx: Context) -> None:
    body = "وجدد وزير الخارجية المصري، خلال لقاء صحفي في القاهرة الأسبوع الماضي، مطالبة إثيوبيا بوقف ملء السد."
    triples = _triples(_events(ctx, body))
    assert ("REQUEST", "EGY", "ETH") in triples
    assert ("REQUEST", "ETH", "EGY") not in triples


def test_events_arabic_blind6_relative_clause_subject_after_a_preposition(ctx: Context) -> None:
    body = "وعقد الرئيس الفرنسي أمس محادثات مع الرئيس المصري عبد الفتاح السيسي، الذي وصل إلى باريس مساء الأحد."
    assert ("CONSULT", "EGY", "FRA") in _triples(_events(ctx, body))


def test_events_arabic_blind6_the_speaker_is_not_the_target_of_a_reported_clause(ctx: Context) -> None:
    body = "وأكد وزير الدفاع الأمريكي الأسبوع الماضي أن روسيا نشرت نحو 5000 جندي قرب الحدود الأوكرانية."
    triples = _triples(_events(ctx, body))
    assert not [t for t in triples if t[0] == "MOBILIZE" and t[2] == "USA"]
    # "that" (a situation) threatening something is no threat by a state
    body2 = "وقال وزير الخارجية الأمريكي إن إيران نشرت صواريخ في الجزر، معتبرا أن ذلك يهدد الملاحة."
    assert "THREATEN" not in {t for t, _, _ in _triples(_events(ctx, body2))}


def test_events_arabic_blind6_blacklisting_and_tightening_own_sanctions(ctx: Context) -> None:
    body = "وكانت الولايات المتحدة قد أدرجت كوبا على قائمة الدول الراعية للإرهاب عام 1982."
    got = {(str(e.type), e.source.country, e.target.country, e.date.start) for e in _events(ctx, body)
           if e.source and e.target}
    assert ("SANCTION", "USA", "CUB", "1982") in got
    tightened = _events(ctx, "وشددت كندا أمس عقوباتها على فنزويلا.")
    assert ("SANCTION", "CAN", "VEN") in _triples(tightened)


def test_events_arabic_blind6_a_later_act_of_the_same_state_keeps_its_target(ctx: Context) -> None:
    body = ("واستدعت فرنسا أمس سفيرها لدى أستراليا للتشاور، فيما وصفت الخارجية الفرنسية القرار بأنه "
            "غير مقبول.")
    assert ("ACCUSE", "FRA", "AUS") in _triples(_events(ctx, body))


def test_events_arabic_blind6_signatories_of_a_document_already_signed_are_no_new_signing(ctx: Context) -> None:
    body = ("ووقعت تونس والجزائر أمس الاثنين اتفاقية للتعاون الحدودي. "
            "ووقع الاتفاقية عن الجانب التونسي وزير الخارجية وعن الجانب الجزائري وزير الداخلية.")
    assert len([e for e in _events(ctx, body) if str(e.type) == "SUPPORT"]) == 1


def test_events_arabic_blind6_a_phrase_between_commas_after_the_verb_is_no_party(ctx: Context) -> None:
    body = ("ودعت الأمم المتحدة، في بيان لأمينها العام أنطونيو غوتيريش أمس، السودان الى وقف إطلاق النار.")
    triples = _triples(_events(ctx, body))
    assert ("REQUEST", "UNO", "SDN") in triples
    assert not [t for t in triples if t[0] == "REQUEST" and t[2] == "PRT"]


def test_events_arabic_blind6_a_definite_act_after_a_setting_word_is_a_re_mention(ctx: Context) -> None:
    body = ("وكانت الجزائر قد قطعت علاقاتها مع المغرب في أغسطس 2021. "
            "ودعت السعودية عقب إعلان قطع العلاقات البلدين الى الحوار.")
    cuts = [e for e in _events(ctx, body, "2021-09-20") if str(e.type) == "SANCTION"]
    assert len(cuts) == 1


def test_events_arabic_blind6_a_verbal_noun_after_comes_re_mentions_the_act(ctx: Context) -> None:
    body = ("وطردت النيجر أمس السفير الفرنسي. "
            "ويأتي طرد السفير بعد أسابيع من تصريحات للرئيس الفرنسي.")
    expelled = [e for e in _events(ctx, body) if str(e.type) == "SANCTION"]
    assert len(expelled) == 1


def test_events_arabic_blind6_a_like_measure_takes_the_type_of_the_act_it_answers(ctx: Context) -> None:
    body = ("وطردت النيجر أمس السفير الفرنسي. "
            "ولم تعلن فرنسا حتى مساء أمس أي إجراء مماثل بحق السفير النيجري.")
    got = {(str(e.type), e.source.country, str(e.status)) for e in _events(ctx, body) if e.source}
    assert ("SANCTION", "FRA", "negated") in got
    # with no act to answer, the words name no event
    alone = _events(ctx, "ولم تعلن فرنسا أي إجراء مماثل.")
    assert not [e for e in alone if str(e.type) == "SANCTION"]


def test_events_arabic_blind6_the_framework_of_an_act_is_no_party(ctx: Context) -> None:
    body = "وطلبت باكستان الشهر الماضي في إطار برنامج صندوق النقد الدولي من السعودية تمديد أجل الوديعة."
    triples = _triples(_events(ctx, body))
    assert ("REQUEST", "PAK", "SAU") in triples
    assert not [t for t in triples if "IMF" in t]


def test_events_arabic_blind6_planned_cue_reaches_past_the_subject(ctx: Context) -> None:
    body = "ومن المقرر أن يعقد وزير الخارجية المصري سامح شكري ونظيره الأردني لقاء في عمان لبحث ملف المياه."
    meets = [e for e in _events(ctx, body) if str(e.type) == "CONSULT"]
    assert meets and all(str(e.status) == "planned" for e in meets)


def test_events_arabic_blind6_a_participant_joins_the_meeting_a_witness_does_not(ctx: Context) -> None:
    body = "والتقى الرئيس الفرنسي أمس الرئيس اللبناني في باريس، بمشاركة ولي العهد السعودي."
    assert frozenset({"LBN", "SAU"}) in _pairs_of(_events(ctx, body), "CONSULT")
    witnessed = "والتقى الرئيس الفرنسي أمس الرئيس اللبناني في باريس، بحضور ولي العهد السعودي."
    assert not [p for p in _pairs_of(_events(ctx, witnessed), "CONSULT") if "SAU" in p]


def test_events_arabic_blind6_pluperfect_qad_is_no_conditional(ctx: Context) -> None:
    body = "وكان العاهل المغربي قد تلقى مساء الاثنين اتصالا هاتفيا من الرئيس الفرنسي."
    calls = [e for e in _events(ctx, body) if e.mode == "phone"]
    assert calls and all(str(e.status) == "occurred" for e in calls)
    maybe = [e for e in _events(ctx, "وقد يتلقى العاهل المغربي اتصالا هاتفيا من الرئيس الفرنسي.") if e.mode == "phone"]
    assert maybe and all(str(e.status) == "hypothetical" for e in maybe)


def test_events_arabic_blind6_the_object_of_a_future_verb_is_planned(ctx: Context) -> None:
    body = "وأعلنت الكويت أمس أنها ستمدد قرضا مستحقا على مصر بقيمة مليار دولار."
    loans = [e for e in _events(ctx, body) if str(e.type) == "AID"]
    assert loans and all(str(e.status) == "planned" for e in loans)


def test_events_arabic_blind6_seeking_to_buy_arms_reported_by_a_paper_quoting_unnamed_officials(ctx: Context) -> None:
    body = ("ونقلت صحيفة محلية عن مسؤولين لم تسمهم أن الجزائر تسعى إلى شراء مقاتلات روسية بقيمة ملياري دولار.")
    got = {(str(e.type), e.mode, e.source.country, str(e.status)) for e in _events(ctx, body) if e.source}
    assert ("REQUEST", "purchase", "DZA", "reported") in got
    assert "COOPERATE" not in {t for t, _, _, _ in got}


def test_events_arabic_blind6_condemning_participle_after_a_comma_with_two_nisbas(ctx: Context) -> None:
    body = ("ورفضت طهران أمس المطالب، إذ قال المتحدث باسم الخارجية الإيرانية إن التجربة ستتم في موعدها، "
            "منتقدا المناورات الأمريكية الإسرائيلية.")
    accused = {(e.source.country, e.target.country, str(e.status)) for e in _events(ctx, body)
               if str(e.type) == "ACCUSE" and e.source and e.target}
    assert {("IRN", "USA", "occurred"), ("IRN", "ISR", "occurred")} <= accused


def test_events_arabic_blind6_what_a_signed_document_says_is_its_content(ctx: Context) -> None:
    body = ("ووقعت الجزائر وتونس أمس عقدا تتولى بموجبه شركة جزائرية انشاء طريق سريع بين البلدين. "
            "كما وقع البلدان اتفاقية دفاع مشترك تنص على اعتبار أي هجوم على أحدهما هجوما على الآخر.")
    types = [str(e.type) for e in _events(ctx, body)]
    assert "SUPPORT" in types
    assert "AID" not in types and "ASSAULT" not in types
    # a loan the agreement gives is the aid itself
    loan = _events(ctx, "ووقع البلدان أمس اتفاقية حصلت مصر بموجبها على قرض سعودي قيمته مليار دولار.")
    assert "AID" in {str(e.type) for e in loan}


def test_events_arabic_blind6_private_groups_after_the_verb_are_no_state(ctx: Context) -> None:
    body = "وانتقدت منظمات حقوقية أمس الاتفاق بين إيطاليا وليبيا."
    assert "ACCUSE" not in {t for t, _, _ in _triples(_events(ctx, body))}
    state = _events(ctx, "وانتقدت فرنسا أمس الاتفاق بين إيطاليا وليبيا.")
    assert "ACCUSE" in {t for t, _, _ in _triples(state)}


def test_events_arabic_blind6_regret_at_a_position_is_disapproval(ctx: Context) -> None:
    body = "وأعربت النرويج أمس عن أسفها لموقف الحكومة السودانية."
    types = {t for t, _, _ in _triples(_events(ctx, body))}
    assert "ACCUSE" in types and "CONCEDE" not in types


def test_events_arabic_blind6_strikes_on_and_aid_to_a_region_aim_at_its_state(ctx: Context) -> None:
    body = ("وتشن اسرائيل منذ أسابيع غارات جوية مكثفة على غزة. "
            "ومن المقرر أن ترسل مصر قافلة مساعدات طبية الى غزة الأسبوع المقبل.")
    triples = _triples(_events(ctx, body))
    assert ("ASSAULT", "ISR", "PSE") in triples
    assert ("AID", "EGY", "PSE") in triples


def test_events_arabic_blind6_the_return_of_both_ambassadors_tied_to_a_condition(ctx: Context) -> None:
    body = "وأكد الوزير البحريني أن عودة السفيرين مرتبطة بوقف التدخل الإيراني."
    returns = [e for e in _events(ctx, body) if str(e.type) == "RETREAT"]
    assert returns and all(str(e.status) == "hypothetical" for e in returns)
