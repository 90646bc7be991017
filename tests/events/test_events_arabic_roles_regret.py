"""Arabic: regret read from its object, causes, officers of organisations, condemned acts told before
(sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _coded(ctx: Context, body: str, published: str = "2022-05-12") -> set[tuple[str, str | None, str | None]]:
    return {(str(e.type), e.source.country, e.target.country if e.target else None)
            for e in pipeline_events(ctx, body, "ar", published)}


def test_events_regret_at_another_states_strikes_is_disapproval(ctx: Context) -> None:
    got = _coded(ctx, 'وأعربت وزارة الخارجية العراقية أمس عن "أسفها الشديد" للغارات التركية على شمال البلاد.')
    assert ("ACCUSE", "IRQ", "TUR") in got
    assert not {t for t, _s, _t in got} & {"CONCEDE"}


def test_events_regret_with_no_act_named_is_a_concession(ctx: Context) -> None:
    got = _coded(ctx, "وأعرب الرئيس الفرنسي أمس عن أسفه لتونس عن فترة الاستعمار.")
    assert ("CONCEDE", "FRA", "TUN") in got
    assert not {t for t, _s, _t in got} & {"ACCUSE"}


def test_events_unfortunately_is_no_regret(ctx: Context) -> None:
    got = _coded(ctx, "وقال وزير الخارجية الأردني أمس إن بلاده للأسف لم تتلق ردا من سوريا.")
    assert not {t for t, _s, _t in got} & {"CONCEDE", "ACCUSE"}


def test_events_a_noun_takes_a_between_pair_after_it_not_before(ctx: Context) -> None:
    got = _coded(ctx, "وظلت ملفات عالقة بين البلدين، أبرزها احتجاز خفر السواحل الإيراني صيادين كويتيين.")
    assert ("COERCE", "IRN", "KWT") in got


def test_events_the_secretary_general_of_an_organisation_speaks_for_it(ctx: Context) -> None:
    body = "ووقعت مصر والسودان أمس اتفاقا لتقاسم مياه النيل.\nورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق."
    got = _coded(ctx, body)
    assert ("SUPPORT", "UNO", None) in got
    assert not any(s == "PRT" or t == "PRT" for _x, s, t in got)


def test_events_a_condemned_act_named_by_its_noun_is_the_act_told_before(ctx: Context) -> None:
    body = ("واجتاحت القوات الإثيوبية أمس مناطق حدودية في الصومال.\n"
            "ودان وزير الخارجية المصري الاجتياح في بيان مساء أمس.")
    got = _coded(ctx, body)
    assert ("ACCUSE", "EGY", "ETH") in got
    # the condemner is never its own target
    body = ("وقصفت القوات المصرية أمس مواقع في ليبيا.\n"
            "ودانت الحكومة المصرية القصف الذي طال المدنيين.")
    assert not any(t == "ACCUSE" and s == tg for t, s, tg in _coded(ctx, body))


def test_events_an_undated_act_after_a_setting_marker_of_a_type_told_is_a_reference_point(ctx: Context) -> None:
    body = ("وكانت الجزائر قد قطعت علاقاتها الدبلوماسية مع المغرب في آب/أغسطس الماضي.\n"
            "ودعت السعودية البلدين عقب إعلان قطع العلاقات إلى ضبط النفس.")
    got = pipeline_events(ctx, body, "ar", "2021-09-23")
    assert len([e for e in got if str(e.type) == "SANCTION"]) == 1
    assert {("REQUEST", "SAU", "DZA"), ("REQUEST", "SAU", "MAR")} <= _coded(ctx, body, "2021-09-23")


def test_events_the_author_of_a_statement_is_no_party(ctx: Context) -> None:
    body = ("وقطعت الجزائر علاقاتها مع المغرب أمس.\n"
            "ودعت جامعة الدول العربية، في بيان لأمينها العام أحمد أبو الغيط، البلدين إلى الحوار.")
    got = _coded(ctx, body, "2021-09-23")
    assert {("REQUEST", "ARL", "DZA"), ("REQUEST", "ARL", "MAR")} <= got


def test_events_a_relative_clause_after_another_acts_object_has_its_own_subject(ctx: Context) -> None:
    got = _coded(ctx, "ودانت الجامعة العربية أمس مذكرة التفاهم التي وقعتها إثيوبيا مع كينيا.")
    assert any(t == "SUPPORT" and {s, tg} == {"ETH", "KEN"} for t, s, tg in got)
    assert not any(t == "SUPPORT" and "ARL" in (s, tg) for t, s, tg in got)


def test_events_launching_strikes_with_the_subject_between_verb_and_noun(ctx: Context) -> None:
    got = _coded(ctx, "شنت الولايات المتحدة وبريطانيا مساء أمس موجة من الضربات الجوية على مواقع في سوريا.")
    assert {("ASSAULT", "USA", "SYR"), ("ASSAULT", "GBR", "SYR")} <= got
    # "شن" with no attack noun near it is no attack
    got = _coded(ctx, "وشنت وسائل الإعلام المصرية أمس حملة على السياسة التركية.")
    assert not {t for t, _s, _t in got} & {"ASSAULT"}


def test_events_an_attack_on_a_place_is_an_attack_on_its_state(ctx: Context) -> None:
    body = ("واستدعى الأردن أمس سفيره لدى إسرائيل احتجاجا على الحرب.\n"
            "وتشن إسرائيل منذ السابع من أكتوبر الماضي غارات جوية على غزة أسفرت عن مقتل 8500 فلسطيني.")
    got = _coded(ctx, body, "2023-11-02")
    assert ("ASSAULT", "ISR", "PSE") in got
    assert ("ASSAULT", "ISR", "JOR") not in got  # not the article's other party
    # the people counted after a number are not the attacker
    assert not any(t == "ASSAULT" and s == "PSE" for t, s, _t in got)


def test_events_talks_between_two_long_titles_hosted_by_a_third_state(ctx: Context) -> None:
    body = "واستضافت الدوحة أمس محادثات استمرت يومين بين مستشار الأمن القومي العراقي قاسم الأعرجي ووزير الداخلية التركي."
    got = _coded(ctx, body)
    assert any(t == "CONSULT" and {s, tg} == {"IRQ", "TUR"} for t, s, tg in got)
    assert not any("QAT" in (s, tg) for _t, s, tg in got)  # the host is no party


def test_events_a_state_before_a_comma_is_not_the_subject_of_the_next_joined_verb(ctx: Context) -> None:
    got = _coded(ctx, "ودان مجلس التعاون الخليجي أمس القرار الإيراني، ودعا طهران إلى احترام سيادة الإمارات.")
    assert ("REQUEST", "GCC", "IRN") in got
    assert not any(t == "REQUEST" and s == "IRN" for t, s, _tg in got)


def test_events_an_act_with_a_self_declared_region_is_no_bilateral_act(ctx: Context) -> None:
    got = _coded(ctx, 'ودانت مصر أمس المذكرة التي وقعتها إثيوبيا مع إقليم "أرض الصومال"، مؤكدة دعمها لوحدة الصومال.')
    assert not any(t == "SUPPORT" and "ETH" in (s, tg) for t, s, tg in got)


def test_events_an_aggression_on_sovereignty_names_an_act_and_is_no_attack(ctx: Context) -> None:
    got = _coded(ctx, "واعتبرت الخارجية السودانية أمس القرار الإثيوبي اعتداء على سيادة السودان.")
    assert not {t for t, _s, _tg in got} & {"ASSAULT"}


def test_events_hosting_with_ihtadana_renewing_an_agreement_and_turning_to_the_council(ctx: Context) -> None:
    got = _coded(ctx, "ومن المقرر أن تحتضن القاهرة الشهر المقبل اجتماعات اللجنة المشتركة مع وفد سوداني رفيع.")
    assert any(t == "CONSULT" and {s, tg} == {"EGY", "SDN"} for t, s, tg in got)
    got = _coded(ctx, "ووقع البلدان أمس في نواكشوط على تجديد اتفاق الصيد بين موريتانيا والسنغال.")
    assert any(t == "SUPPORT" and {s, tg} == {"MRT", "SEN"} for t, s, tg in got)
    got = _coded(ctx, "وقد تلجأ قطر إلى مجلس الأمن الدولي إذا لم ترفع الحصار.")
    assert ("REQUEST", "QAT", "UNO") in got
    # renewing a commitment is no signing
    got = _coded(ctx, "وجدد وزير الخارجية المصري أمس التزام بلاده بالاتفاق مع السودان.")
    assert not {t for t, _s, _tg in got} & {"SUPPORT"}


def test_events_any_state_as_subject_does_not_go_on_with_the_parties_told_before(ctx: Context) -> None:
    body = "ووقعت قطر وأفغانستان أمس اتفاقا للتعاون الصحي.\nولم تعترف أي دولة حتى الآن رسميا بحكومة الحركة."
    events = pipeline_events(ctx, body, "ar", "2024-02-07")
    assert [e.mode for e in events if str(e.type) == "SUPPORT"] == ["sign"]  # no recognition by Qatar


def test_events_a_warning_with_a_consequence_after_a_long_subject_is_a_threat(ctx: Context) -> None:
    body = "وحذر رئيس الوزراء الإثيوبي آبي أحمد أمس من أن بلاده ستدافع عن حدودها في وجه التحركات الإريترية."
    assert any(t == "THREATEN" and s == "ETH" for t, s, _tg in _coded(ctx, body))
    # a warning with no consequence is no threat
    body = "وحذر وزير الخارجية المصري أمس من أن الأزمة في السودان تهدد استقرار المنطقة."
    assert not any(t == "THREATEN" and s == "EGY" for t, s, _tg in _coded(ctx, body))


def test_events_a_noun_after_described_as_is_no_act_of_its_own(ctx: Context) -> None:
    got = _coded(ctx, "ووصف وزير الخارجية الإيراني أمس التصريحات الأمريكية بأنها عدوان سافر على بلاده.")
    assert not {t for t, _s, _tg in got} & {"ASSAULT"}
