"""Arabic trigger families completed by inflection and synonyms (lang/ar/triggers_families.yaml).
Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _coded(ctx: Context, body: str) -> set[tuple[str, str | None, str | None, str | None]]:
    events = pipeline_events(ctx, body, "ar", "2022-06-15")
    return {(str(e.type), e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def _pairs(ctx: Context, body: str, etype: str) -> set[frozenset[str | None]]:
    return {frozenset({s, t}) for ty, _m, s, t in _coded(ctx, body) if ty == etype}


def test_events_arabic_families_call_without_phone_adjective_is_a_call(ctx: Context) -> None:
    for body in ("وتلقى الرئيس المصري مكالمة من نظيره الفرنسي تناولت الأوضاع في المنطقة.",
                 "وأجرى ولي العهد السعودي مكالمة مرئية مع الرئيس الصيني أمس."):
        coded = _coded(ctx, body)
        assert any(ty == "CONSULT" and mode == "phone" for ty, mode, _s, _t in coded), body


def test_events_arabic_families_debt_relief_in_indefinite_construct_has_the_debtor_as_target(ctx: Context) -> None:
    coded = _coded(ctx, "وأعلنت الكويت إسقاط ديون العراق المتراكمة منذ عقود.")
    assert ("AID", "debt-relief", "KWT", "IRQ") in coded


def test_events_arabic_families_expressed_concern_at_an_act_is_disapproval(ctx: Context) -> None:
    assert frozenset({"EGY", "ISR"}) in _pairs(
        ctx, "وأعربت وزارة الخارجية المصرية عن قلقها البالغ إزاء التصعيد الإسرائيلي في الضفة الغربية.", "ACCUSE")
    assert frozenset({"JOR", "ISR"}) in _pairs(ctx, "وأعرب الأردن عن بالغ قلقه من الإجراءات الإسرائيلية.", "ACCUSE")
    # relief is no concern, and a worry that reigns in capitals is no act of a state
    assert not _pairs(ctx, "وعبر الرئيس التونسي عن ارتياحه لمستوى العلاقات مع الجزائر.", "ACCUSE")
    assert not _pairs(ctx, "ويرى محللون أن القلق يسود العلاقات بين مصر وإثيوبيا.", "ACCUSE")


def test_events_arabic_families_boycotting_goods_is_a_sanction_but_a_decisive_refusal_is_not(ctx: Context) -> None:
    assert ("SANCTION", "discontinue", "SAU", "TUR") in _coded(ctx, "وقاطعت السعودية البضائع التركية بشكل غير رسمي.")
    assert not _pairs(ctx, "وأعلنت مصر رفضها القاطع للمقترح الإثيوبي.", "SANCTION")


def test_events_arabic_families_ajlat_evacuates_people_but_postpones_meetings(ctx: Context) -> None:
    assert ("AID", "evacuation", "IND", "SDN") in _coded(ctx, "وأجلت الهند رعاياها من السودان على متن سفن حربية.")
    postponed = _coded(ctx, "وأجلت تونس الاجتماع مع الوفد الليبي إلى الأسبوع المقبل.")
    assert not [c for c in postponed if c[0] == "AID"]


def test_events_arabic_families_arms_supplier_named_by_its_role_is_military_cooperation(ctx: Context) -> None:
    assert frozenset({"RUS", "DZA"}) in _pairs(ctx, "وأصبحت روسيا أكبر مورد للأسلحة إلى الجزائر.", "COOPERATE")


def test_events_arabic_families_verbal_attack_on_a_policy_is_criticism_not_an_assault(ctx: Context) -> None:
    verbal = _coded(ctx, "وهاجم الرئيس التركي السياسات الأمريكية في سوريا خلال كلمة أمام البرلمان.")
    assert ("ACCUSE", "disapprove", "TUR", "USA") in verbal
    assert not [c for c in verbal if c[0] == "ASSAULT"]
    light = _coded(ctx, "وشن الرئيس التركي هجوما حادا على الحكومة اليونانية.")
    assert ("ACCUSE", "disapprove", "TUR", "GRC") in light
    # an attack on positions stays an assault
    assert frozenset({"ISR", "SYR"}) in _pairs(ctx, "وهاجمت الطائرات الإسرائيلية مواقع في سوريا.", "ASSAULT")


def test_events_arabic_families_support_of_his_country_and_solidarity_are_support(ctx: Context) -> None:
    assert ("SUPPORT", None, "EGY", "SDN") in _coded(ctx, "وشدد الرئيس المصري على دعم بلاده الكامل للسودان.")
    assert ("SUPPORT", None, "ARL", "SDN") in _coded(ctx, "وأعلنت الجامعة العربية تضامنها مع السودان.")
    # tightening sanctions keeps its own reading
    assert ("SANCTION", None, "USA", "IRN") in _coded(ctx, "وشددت الولايات المتحدة العقوبات على إيران.")


def test_events_arabic_families_a_season_before_a_year_dates_the_event_to_that_year(ctx: Context) -> None:
    for body, year in (("وزار الرئيس المصري موسكو في صيف 2019 والتقى نظيره الروسي.", "2019"),
                       ("وزار الرئيس المصري موسكو في خريف 2017.", "2017")):
        visits = [e for e in pipeline_events(ctx, body, "ar", "2022-06-15") if e.mode == "visit"]
        assert visits and visits[0].date is not None and visits[0].date.start == year, body


def test_events_arabic_families_of_that_year_takes_the_year_told_before(ctx: Context) -> None:
    body = ("وكان الرئيس المصري قد زار موسكو في عام 1958. "
            "وفي 27 ديسمبر من ذلك العام، وقعت مصر والاتحاد السوفيتي اتفاقية للتعاون الاقتصادي.")
    signed = [e for e in pipeline_events(ctx, body, "ar", "2023-07-19") if str(e.type) == "SUPPORT"]
    assert signed and signed[0].date is not None and signed[0].date.start == "1958-12-27"


def test_events_arabic_families_qad_before_a_past_tafaala_verb_is_has_not_may(ctx: Context) -> None:
    received = pipeline_events(ctx, "وقد تلقى الرئيس المصري اتصالا هاتفيا من نظيره الروسي.", "ar", "2022-06-15")
    assert [str(e.status) for e in received if e.mode == "phone"] == ["occurred"]
    # قد before an imperfect stays "may"
    may = pipeline_events(ctx, "وقد تفرض الولايات المتحدة عقوبات جديدة على إيران.", "ar", "2022-06-15")
    assert [str(e.status) for e in may if str(e.type) == "SANCTION"] == ["hypothetical"]


def test_events_arabic_families_set_threats_in_the_negative_are_threats(ctx: Context) -> None:
    for body in ("وقالت إثيوبيا إنها لن تقف مكتوفة الأيدي أمام التحركات المصرية.",
                 "وأكدت الجزائر أن الهجوم المغربي لن يمر دون عقاب."):
        threats = [e for e in pipeline_events(ctx, body, "ar", "2022-06-15") if str(e.type) == "THREATEN"]
        assert threats and str(threats[0].status) == "occurred", body


def test_events_arabic_families_water_cannon_at_a_foreign_boat_is_force(ctx: Context) -> None:
    coded = _coded(ctx, "وأطلقت سفينة تابعة لخفر السواحل الصيني مدافع المياه على قارب صيد فيتنامي.")
    assert ("ASSAULT", "crowd-control", "CHN", "VNM") in coded
    # firing a missile is not crowd control
    missile = _coded(ctx, "وأطلقت كوريا الشمالية صاروخا باتجاه بحر اليابان.")
    assert not [c for c in missile if c[1] == "crowd-control"]


def test_events_arabic_families_reconsidering_a_visit_is_a_possible_rejection(ctx: Context) -> None:
    events = pipeline_events(ctx, "وقالت هانوي إنها قد تعيد النظر في زيارة وزير الدفاع الصيني المرتقبة إلى هانوي.",
                             "ar", "2022-06-15")
    rejects = [e for e in events if str(e.type) == "REJECT"]
    assert rejects and rejects[0].mode == "meet" and str(rejects[0].status) == "hypothetical"


def test_events_arabic_families_set_out_for_a_capital_is_a_visit(ctx: Context) -> None:
    coded = _coded(ctx, "وكان الرئيس السوداني قد شد الرحال إلى بكين للقاء نظيره الصيني.")
    assert ("CONSULT", "visit", "SDN", "CHN") in coded


def test_events_arabic_families_solidarity_of_a_capital_with_a_state_is_support(ctx: Context) -> None:
    assert frozenset({"PHL", "VNM"}) in _pairs(ctx, "وأعربت وزارة الخارجية الفلبينية عن تضامن مانيلا مع فيتنام.",
                                               "SUPPORT")


def test_events_arabic_families_regret_at_deteriorating_relations_is_no_apology(ctx: Context) -> None:
    body = "وأعرب الأمين العام لجامعة الدول العربية عن أسفه لتدهور العلاقات بين الجزائر والمغرب."
    assert not [c for c in _coded(ctx, body) if c[0] in ("CONCEDE", "ACCUSE")]
    # regret at another state's decision stays a reproach
    assert frozenset({"TUR", "GRC"}) in _pairs(ctx, "وأعربت تركيا عن أسفها للقرار اليوناني.", "ACCUSE")


def test_events_arabic_families_following_suit_in_verb_subject_order_repeats_the_act(ctx: Context) -> None:
    coded = _coded(ctx, "وطردت ليتوانيا السفير الروسي. وحذت لاتفيا حذوها بعد يومين.")
    assert ("SANCTION", "expel", "LVA", "RUS") in coded
    same = _coded(ctx, "وعلقت السعودية رحلاتها إلى لبنان، وفعلت الإمارات الشيء نفسه.")
    assert ("SANCTION", "discontinue", "ARE", "LBN") in same


def test_events_arabic_families_pouring_investment_is_economic_cooperation_planned_with_the_future(ctx: Context) -> None:
    events = pipeline_events(ctx, "وقال الرئيس الجزائري إن الشركات الصينية ستضخ استثمارات بقيمة 36 مليار دولار في "
                             "الاقتصاد الجزائري.", "ar", "2022-06-15")
    coop = [e for e in events if str(e.type) == "COOPERATE"]
    assert coop and coop[0].mode == "economic" and str(coop[0].status) == "planned"


def test_events_arabic_families_the_sources_taken_up_again_still_report(ctx: Context) -> None:
    body = ("كشفت مصادر مطلعة أن وزيري خارجية مصر وتركيا التقيا سرا في جنيف. "
            "وأضافت المصادر أن الجانبين اتفقا على عقد اجتماع جديد في القاهرة.")
    agreed = [e for e in pipeline_events(ctx, body, "ar", "2022-06-15") if str(e.type) == "AGREE"]
    assert agreed and str(agreed[0].status) == "reported"


def test_events_arabic_families_these_leaks_looking_back_do_not_make_a_past_act_reported(ctx: Context) -> None:
    body = "وتأتي هذه التسريبات بعد سنوات من القطيعة، إذ أغلقت تركيا سفارتها في دمشق في آذار/مارس 2012."
    closed = [e for e in pipeline_events(ctx, body, "ar", "2022-06-15") if str(e.type) == "SANCTION"]
    assert closed and str(closed[0].status) == "occurred"
    leaked = pipeline_events(ctx, "وبحسب التسريبات، أغلقت تركيا سفارتها في دمشق.", "ar", "2022-06-15")
    assert [str(e.status) for e in leaked if str(e.type) == "SANCTION"] == ["reported"]


def test_events_arabic_families_calling_participle_after_a_main_act_is_a_request_of_its_subject(ctx: Context) -> None:
    coded = _coded(ctx, "وانتقدت مصر إسرائيل، داعية إياها إلى وقف التصعيد في الضفة الغربية.")
    assert ("REQUEST", None, "EGY", "ISR") in coded
    # a preacher (الداعية) is no request
    assert not [c for c in _coded(ctx, "والتقى الرئيس المصري الداعية الإسلامي في القاهرة.") if c[0] == "REQUEST"]


def test_events_arabic_families_bare_concern_without_its_object_is_no_reproach(ctx: Context) -> None:
    coded = _coded(ctx, "وأعرب الأمين العام لجامعة الدول العربية عن قلقه، داعيا الجزائر إلى ضبط النفس.")
    assert not [c for c in coded if c[0] == "ACCUSE"]


def test_events_arabic_families_landing_plane_and_guest_idiom_are_visits(ctx: Context) -> None:
    assert ("CONSULT", "visit", "IRN", "SYR") in _coded(ctx, "وحطت طائرة الرئيس الإيراني في مطار دمشق ظهر اليوم.")
    assert ("CONSULT", "visit", "DZA", "ITA") in _coded(ctx, "وحل الرئيس الجزائري ضيفا على روما في زيارة رسمية.")
    # dissolving parliament (حل) is no visit
    assert not [c for c in _coded(ctx, "وقرر الرئيس التونسي حل البرلمان المصري.") if c[1] == "visit"]


def test_events_arabic_families_a_handshake_between_leaders_is_a_meeting(ctx: Context) -> None:
    assert frozenset({"TUR", "EGY"}) in _pairs(ctx, "وصافح الرئيس التركي نظيره المصري على هامش كأس العالم.",
                                               "CONSULT")


def test_events_arabic_families_rescue_teams_and_field_hospitals_are_humanitarian_aid(ctx: Context) -> None:
    assert ("AID", "humanitarian", "EGY", "TUR") in _coded(ctx, "وأرسلت مصر فرق إنقاذ إلى تركيا بعد الزلزال المدمر.")
    assert ("AID", "humanitarian", "ARE", "SDN") in _coded(ctx, "وأقامت الإمارات مستشفى ميدانيا في السودان.")


def test_events_arabic_families_deferring_debt_repayment_is_debt_relief(ctx: Context) -> None:
    assert ("AID", "debt-relief", "KWT", "IRQ") in _coded(ctx, "ووافقت الكويت على تأجيل سداد ديون العراق لمدة عامين.")


def test_events_arabic_families_ending_ones_military_operation_abroad_is_a_withdrawal(ctx: Context) -> None:
    assert ("RETREAT", "withdraw", "FRA", "MLI") in _coded(ctx, "وأنهت فرنسا عمليتها العسكرية في مالي.")
    # ending a visit is no withdrawal
    ended = _coded(ctx, "وأنهى الرئيس الفرنسي زيارته إلى الجزائر.")
    assert not [c for c in ended if c[0] == "RETREAT"]


def test_events_arabic_families_an_exchange_of_fire_is_an_assault_but_exchanged_accords_a_signing(ctx: Context) -> None:
    assert frozenset({"IND", "PAK"}) in _pairs(
        ctx, "وتبادلت القوات الهندية والباكستانية إطلاق النار على الحدود.", "ASSAULT")
    accords = _coded(ctx, "وتبادلت مصر والسعودية 14 اتفاقية للتعاون.")
    assert not [c for c in accords if c[0] == "ASSAULT"]


def test_events_arabic_families_a_state_named_again_by_its_region_is_that_state(ctx: Context) -> None:
    body = "ووصل الرئيس الصيني إلى نيروبي. ووقع البلد الأفريقي مع الصين اتفاقيات لتطوير الموانئ."
    assert frozenset({"KEN", "CHN"}) in _pairs(ctx, body, "SUPPORT")
    europe = "وزار الرئيس المصري باريس. وأشاد البلد الأوروبي بدور مصر في المنطقة."
    assert ("SUPPORT", None, "FRA", "EGY") in _coded(ctx, europe)


def test_events_arabic_families_attending_a_summit_held_abroad_is_a_visit_to_the_host(ctx: Context) -> None:
    assert ("CONSULT", "visit", "EGY", "DZA") in _coded(
        ctx, "وشارك الرئيس المصري في القمة العربية التي عقدت في الجزائر.")
    # taking part in an exercise is no visit
    assert not [c for c in _coded(ctx, "وشاركت مصر في تدريبات النجم الساطع مع الولايات المتحدة.") if c[1] == "visit"]


def _status_of(ctx: Context, body: str, etype: str) -> list[str]:
    return [str(e.status) for e in pipeline_events(ctx, body, "ar", "2022-06-15") if str(e.type) == etype]


def test_events_arabic_families_seeking_an_act_or_inviting_to_it_plans_it(ctx: Context) -> None:
    assert _status_of(ctx, "وتسعى مصر إلى توقيع اتفاقية للتجارة الحرة مع روسيا.", "SUPPORT") == ["planned"]
    # an invitation is no visit until accepted (CODING_GUIDE: "an invitation accepted is the planned visit")
    invited = pipeline_events(ctx, "ووجه الرئيس الروسي دعوة لنظيره المصري لزيارة موسكو.", "ar", "2022-06-15")
    assert [str(e.status) for e in invited if e.mode == "visit"] == []
    accepted = pipeline_events(ctx, "ووجه الرئيس الروسي دعوة لنظيره المصري لزيارة موسكو، ولبى الرئيس المصري الدعوة.",
                               "ar", "2022-06-15")
    assert [str(e.status) for e in accepted if e.mode == "visit"] == ["planned"]
    assert _status_of(ctx, "وأكد أن الرئيس الصيني يزور السعودية قريبا.", "CONSULT") == ["planned"]


def test_events_arabic_families_a_plan_does_not_reach_a_that_clause_with_its_own_subject(ctx: Context) -> None:
    body = "وقالت الحكومة المصرية، التي تسعى إلى جذب الاستثمارات، إنها وقعت اتفاقية مع الصين أمس."
    assert _status_of(ctx, body, "SUPPORT") == ["occurred"]
    assert _status_of(ctx, "ومن المقرر أن يزور الرئيس الفرنسي الجزائر الشهر المقبل.", "CONSULT") == ["planned"]


def test_events_arabic_families_raising_tariffs_is_a_sanction_and_lifting_them_an_easing(ctx: Context) -> None:
    raised = _coded(ctx, "ورفعت الولايات المتحدة الرسوم الجمركية على الصلب الصيني إلى 25 في المئة.")
    assert ("SANCTION", None, "USA", "CHN") in raised
    lifted = _coded(ctx, "وقررت واشنطن رفع الرسوم الجمركية المفروضة على الصلب الكندي.")
    assert ("RETREAT", "ease", "USA", "CAN") in lifted and not [c for c in lifted if c[0] == "SANCTION"]


def test_events_arabic_families_halting_trade_exchange_is_a_sanction(ctx: Context) -> None:
    assert ("SANCTION", "discontinue", "TUR", "ISR") in _coded(ctx, "وأوقفت تركيا التبادل التجاري مع إسرائيل.")


def test_events_arabic_families_a_protest_letter_is_disapproval_a_plain_letter_is_not(ctx: Context) -> None:
    assert frozenset({"IRN", "GBR"}) in _pairs(ctx, "ووجهت إيران رسالة احتجاج شديدة اللهجة إلى بريطانيا.", "ACCUSE")
    assert not _coded(ctx, "وبعث الرئيس المصري برسالة إلى نظيره الروسي.")


def test_events_arabic_families_relief_planes_and_ships_are_humanitarian_aid(ctx: Context) -> None:
    assert ("AID", "humanitarian", "SAU", "SYR") in _coded(
        ctx, "ووصلت إلى مطار حلب في سوريا طائرات إغاثة سعودية محملة بالأغذية والخيام.")


def test_events_arabic_families_lowering_tariffs_is_an_easing_but_lowering_representation_a_sanction(
        ctx: Context) -> None:
    assert ("RETREAT", "ease", "MEX", "BRA") in _coded(
        ctx, "وخفضت المكسيك رسومها الجمركية على اللحوم البرازيلية.")
    assert ("SANCTION", "withdraw", "KWT", "LBN") in _coded(ctx, "وخفضت الكويت تمثيلها الدبلوماسي في بيروت.")


def test_events_arabic_families_banning_another_states_apps_is_a_sanction(ctx: Context) -> None:
    assert ("SANCTION", "discontinue", "IND", "CHN") in _coded(ctx, "وحظرت الهند التطبيقات الصينية.")


def test_events_arabic_families_the_year_and_month_before_last(ctx: Context) -> None:
    for body, start in (("وزار الرئيس المصري موسكو العام قبل الماضي.", "2020"),
                        ("وزار الرئيس المصري موسكو الشهر قبل الماضي.", "2022-04")):
        visits = [e for e in pipeline_events(ctx, body, "ar", "2022-06-15") if e.mode == "visit"]
        assert visits and visits[0].date is not None and visits[0].date.start == start, body


def test_events_arabic_families_investing_a_sum_and_laying_a_pipeline_are_cooperation(ctx: Context) -> None:
    assert ("COOPERATE", "economic", "ARE", "EGY") in _coded(
        ctx, "واستثمرت الإمارات 35 مليار دولار في مشروع سياحي في مصر.")
    assert frozenset({"RUS", "CHN"}) in _pairs(ctx, "ومدت روسيا أنبوب غاز إلى الصين.", "COOPERATE")
    # investing in one's own projects names no other state
    assert not _pairs(ctx, "وقال الوزير إن الحكومة ستستثمر في التعليم.", "COOPERATE")


def test_events_arabic_families_opening_a_shipping_line_between_two_states_is_transport_cooperation(
        ctx: Context) -> None:
    assert ("COOPERATE", "transport", "EGY", "SAU") in _coded(
        ctx, "ودشنت مصر والسعودية خطا ملاحيا جديدا بين البلدين.")


def test_events_arabic_families_commending_a_role_is_support_but_noting_is_not(ctx: Context) -> None:
    assert ("SUPPORT", None, "DZA", "QAT") in _coded(ctx, "ونوه الرئيس الجزائري بالدور القطري في المنطقة.")
    assert ("SUPPORT", None, "USA", "EGY") in _coded(ctx, "وامتدح وزير الخارجية الأمريكي جهود مصر في الوساطة.")
    assert not _coded(ctx, "ونوه التقرير إلى تراجع الصادرات الروسية.")


def test_events_arabic_families_raising_the_alert_on_a_border_is_a_force_posture_not_an_easing(ctx: Context) -> None:
    coded = _coded(ctx, "ورفعت إسرائيل حالة التأهب على الحدود مع لبنان.")
    assert ("MOBILIZE", "troops", "ISR", "LBN") in coded and not [c for c in coded if c[0] == "RETREAT"]
    assert ("RETREAT", "ease", "EGY", "QAT") in _coded(ctx, "ورفعت مصر العقوبات عن الشركات القطرية.")


def test_events_arabic_families_targeted_killing_sinking_and_weapons_tests(ctx: Context) -> None:
    assert ("ASSAULT", "targeted", "ISR", "IRN") in _coded(
        ctx, "واغتالت إسرائيل قياديا في الحرس الثوري الإيراني في دمشق.")
    assert frozenset({"UKR", "RUS"}) in _pairs(ctx, "وأغرقت البحرية الأوكرانية سفينة روسية.", "ASSAULT")
    assert ("MOBILIZE", "weapons", "PRK", "JPN") in _coded(ctx, "وأجرت كوريا الشمالية تجربة صاروخية قرب اليابان.")
    # a comment on political killing is no attack
    assert not _coded(ctx, "وأكد الاتحاد الأوروبي أن الاغتيال السياسي مرفوض.")


def test_events_arabic_families_a_demand_to_withdraw_troops_is_a_request_not_an_expulsion(ctx: Context) -> None:
    coded = _coded(ctx, "وطالبت روسيا الولايات المتحدة بسحب قواتها من سوريا.")
    assert ("REQUEST", None, "RUS", "USA") in coded
    assert not [c for c in coded if c[0] in ("RETREAT", "SANCTION")]
    # asking another state to withdraw its ambassador stays an expulsion
    assert ("SANCTION", "expel", "DZA", "FRA") in _coded(ctx, "وطالبت الجزائر فرنسا بسحب سفيرها.")


def test_events_arabic_families_insisting_on_or_stressing_the_need_for_an_act_demands_it(ctx: Context) -> None:
    need = _coded(ctx, "وشددت مصر على ضرورة انسحاب القوات الأجنبية من ليبيا.")
    assert ("REQUEST", "change", "EGY", "LBY") in need and not [c for c in need if c[0] == "RETREAT"]
    insist = _coded(ctx, "وأصرت إيران على رفع العقوبات الأمريكية قبل العودة إلى الاتفاق.")
    assert not [c for c in insist if c[0] == "RETREAT"]
    # the need to strengthen cooperation is a willingness to cooperate
    assert ("AGREE", None, "EGY", "JOR") in _coded(ctx, "وأكد الرئيسان ضرورة تعزيز التعاون بين مصر والأردن.")


def test_events_arabic_families_a_cancelled_official_visit_is_a_rejection_not_a_visit(ctx: Context) -> None:
    coded = _coded(ctx, "وألغى الرئيس الفرنسي زيارة رسمية إلى الجزائر.")
    assert ("REJECT", "meet", "FRA", "DZA") in coded and not [c for c in coded if c[1] == "visit"]
    assert ("CONSULT", "visit", "CHN", "SAU") in _coded(ctx, "وبدأ الرئيس الصيني زيارة دولة إلى السعودية.")
