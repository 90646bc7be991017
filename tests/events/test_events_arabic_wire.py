"""Arabic wire-style rules through the whole pipeline: marked names, passives, relative clauses."""

from __future__ import annotations

from bilateral.context import Context


def _pipeline_events(ctx: Context, body: str, published: str = "2021-03-11"):  # type: ignore[no-untyped-def]
    from bilateral.ingest import make_article
    from bilateral.pipeline import Pipeline

    return Pipeline(ctx).run(make_article(body, "t", lang="ar", published=published)).events


def _triples(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(str(e.type), e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events}


def test_arabic_wire_amman_with_shadda_is_jordan_and_bare_oman_stays_oman(ctx: Context) -> None:
    amman = _pipeline_events(ctx, "ووصل وزير الخارجية الكويتي إلى عمّان أمس في زيارة رسمية.")
    assert ("CONSULT", "KWT", "JOR") in _triples(amman)
    oman = _pipeline_events(ctx, "ووصل وزير الخارجية الكويتي إلى عُمان أمس في زيارة رسمية.")
    assert ("CONSULT", "KWT", "OMN") in _triples(oman)
    assert ("CONSULT", "KWT", "JOR") not in _triples(oman)


def test_arabic_wire_a_verb_takes_no_preposition_or_article_clitic(ctx: Context) -> None:
    # وبحث = و + بحث "and discussed", never و + ب + حث "urge"
    discussed = _pipeline_events(ctx, "وبحث وزير الخارجية المصري مع نظيره الأردني أمس ملف المياه.")
    assert {t for t, _, _ in _triples(discussed)} == {"CONSULT"}
    # والبحث العلمي is "scientific research", not a meeting
    signed = _pipeline_events(ctx, "ووقعت مصر والأردن أمس اتفاقية للتعاون في مجالات الطاقة والبحث العلمي.")
    assert {t for t, _, _ in _triples(signed)} == {"SUPPORT"}


def test_arabic_wire_agentless_passive_signing_is_the_pairs_signing(ctx: Context) -> None:
    body = ("وبحث وزير الخارجية المصري مع نظيره الأردني أمس ملفات الطاقة، قبل أن تُوقَّع 5 اتفاقيات للتعاون.")
    signed = [e for e in _pipeline_events(ctx, body) if str(e.type) == "SUPPORT"]
    assert [(e.mode, {e.source.country, e.target.country}) for e in signed] == [("sign", {"EGY", "JOR"})]
    # the same bare form meaning "expects" is no signing
    expects = _pipeline_events(ctx, "وتوقع وزير الخارجية المصري أن تتحسن العلاقات مع الأردن خلال العام المقبل.")
    assert not [e for e in expects if str(e.type) == "SUPPORT"]


def test_arabic_wire_joint_committee_session_and_trade_exchanges(ctx: Context) -> None:
    body = ("وعقدت الدورة العاشرة للجنة العليا المشتركة بين مصر والأردن في القاهرة في أيار/مايو 2019. "
            "وبلغت قيمة المبادلات التجارية بين مصر والأردن نحو 800 مليون دولار في عام 2018.")
    got = {(str(e.type), e.mode, e.date.start) for e in _pipeline_events(ctx, body, "2020-01-10")}
    assert ("CONSULT", "meet", "2019-05") in got
    assert ("COOPERATE", "trade", "2018") in got


def test_arabic_wire_release_noun_and_chadian_capital(ctx: Context) -> None:
    body = "وجاء ذلك بعد إفراج طهران عن ثلاثة بحارة فرنسيين أمس."
    released = [e for e in _pipeline_events(ctx, body) if str(e.type) == "RETREAT"]
    assert [(e.mode, e.source.country, e.target.country) for e in released] == [("release", "IRN", "FRA")]
    visit = _pipeline_events(ctx, "وزار وزير الخارجية السوداني انجامينا أمس.")
    assert ("CONSULT", "SDN", "TCD") in _triples(visit)


def test_arabic_wire_a_single_unnamed_source_makes_a_report(ctx: Context) -> None:
    body = "وقال مصدر دبلوماسي إن الجيش التركي قصف أمس مواقع داخل الأراضي السورية."
    events = [e for e in _pipeline_events(ctx, body) if str(e.type) == "ASSAULT"]
    assert events and all(str(e.status) == "reported" for e in events)


def test_arabic_wire_undated_visit_noun_in_the_sentence_of_the_dated_arrival_is_one_visit(ctx: Context) -> None:
    body = "في أول زيارة له إلى الكويت منذ سنوات، وصل الرئيس المصري إلى الكويت مساء أمس، وكان في استقباله الأمير."
    visits = [e for e in _pipeline_events(ctx, body) if str(e.type) == "CONSULT"]
    assert [(e.source.country, e.target.country, e.date.start) for e in visits] == [("EGY", "KWT", "2021-03-10")]


def test_arabic_wire_a_trip_inside_the_host_country_the_next_day_is_the_same_visit(ctx: Context) -> None:
    body = ("ووصل الرئيس الإيراني إلى بغداد أمس في زيارة رسمية. "
            "ومن المقرر أن يتوجه الرئيس الإيراني اليوم إلى أربيل.")
    visits = [e for e in _pipeline_events(ctx, body) if str(e.type) == "CONSULT"]
    assert [(e.source.country, e.target.country, e.date.start) for e in visits] == [("IRN", "IRQ", "2021-03-10")]
    # a visit months later is another trip
    later = body.replace("اليوم", "في أيار/مايو المقبل")
    visits = [e for e in _pipeline_events(ctx, later) if str(e.type) == "CONSULT"]
    assert len(visits) == 2


def test_arabic_wire_summoning_the_other_states_charge_is_a_protest_recalling_ones_own_is_a_sanction(ctx: Context) -> None:
    summon = _pipeline_events(ctx, "واستدعت الخارجية الأردنية أمس القائم بالأعمال الإسرائيلي احتجاجا على القصف.")
    assert {(str(e.type), e.mode) for e in summon if {e.source.country, e.target.country} == {"JOR", "ISR"}} \
        == {("ACCUSE", "disapprove")}
    recall = _pipeline_events(ctx, "واستدعت الأردن أمس سفيرها لدى إسرائيل للتشاور.")
    assert ("SANCTION", "withdraw") in {(str(e.type), e.mode) for e in recall}


def test_arabic_wire_agentless_passive_reopening_and_hopes_of_observers(ctx: Context) -> None:
    body = "وأُعيد أمس فتح المعبر الحدودي بين مصر والسودان أمام حركة المسافرين."
    reopened = [e for e in _pipeline_events(ctx, body) if str(e.type) == "RETREAT"]
    assert [(e.mode, e.date.start) for e in reopened] == [("ease", "2021-03-10")]
    hope = "وتأمل الأوساط التجارية في السودان أن تعيد مصر فتح المعبر الحدودي أمام الشاحنات."
    assert not _pipeline_events(ctx, hope)


def test_arabic_wire_a_date_in_the_setting_phrase_dates_the_act(ctx: Context) -> None:
    body = ("اتفقت مصر وتركيا على استئناف العلاقات الدبلوماسية، وذلك في ختام اجتماع عقده وفدا البلدين "
            "أمس الأربعاء في جنيف.")
    agree = [e for e in _pipeline_events(ctx, body, "2021-03-11") if str(e.type) == "AGREE"]
    assert [e.date.start for e in agree] == ["2021-03-10"]


def test_arabic_wire_a_participle_after_a_comma_is_a_further_act_of_the_main_subject(ctx: Context) -> None:
    cut = _pipeline_events(ctx, "وكانت الكويت قد قطعت علاقاتها مع العراق في آب/أغسطس 1990، متهمة إياه بالعدوان.")
    assert {(str(e.type), e.source.country, e.target.country) for e in cut} >= {("SANCTION", "KWT", "IRQ"),
                                                                                 ("ACCUSE", "KWT", "IRQ")}
    body = ("دان مجلس جامعة الدول العربية أمس التدخل التركي في ليبيا. "
            "وأكد المجلس في قراره دعمه الكامل لوحدة الأراضي الليبية، مطالبا أنقرة بسحب قواتها.")
    asks = [e for e in _pipeline_events(ctx, body) if str(e.type) == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in asks] == [("ARL", "TUR")]


def test_arabic_wire_a_nisba_is_not_a_verb_with_clitics(ctx: Context) -> None:
    # سوداني is not سـ + دان ("will condemn") + ي
    body = "ردت الحكومة التشادية أمس على تصريحات لمسؤول عسكري سوداني بطرد أربعة دبلوماسيين."
    assert not [e for e in _pipeline_events(ctx, body) if str(e.type) == "ACCUSE"]


def test_arabic_wire_reinforcements_and_allocated_funds(ctx: Context) -> None:
    moved = _pipeline_events(ctx, "ودفع الجيش الإثيوبي أمس بتعزيزات عسكرية إلى الحدود مع السودان.")
    assert ("MOBILIZE", "ETH", "SDN") in _triples(moved)
    paid = _pipeline_events(ctx, "ودفعت مصر أمس 3 ملايين دولار رسوما للسودان.")
    assert not [e for e in paid if str(e.type) == "MOBILIZE"]
    aid = _pipeline_events(ctx, "وأعلنت اليابان أمس تخصيص 5 ملايين دولار لدعم اللاجئين في الأردن.")
    assert ("AID", "JPN", "JOR") in _triples(aid)


def test_arabic_wire_a_state_after_a_joined_request_verb_is_the_one_asked(ctx: Context) -> None:
    body = "وأعربت وزارة الخارجية القطرية أمس عن أسفها للهجوم، ودعت طهران إلى ضبط النفس."
    asks = [e for e in _pipeline_events(ctx, body) if str(e.type) == "REQUEST"]
    assert [(e.source.country, e.target.country) for e in asks] == [("QAT", "IRN")]


def test_arabic_wire_the_since_date_of_a_first_visit_is_not_its_date(ctx: Context) -> None:
    body = "وكان الرئيس التونسي قد زار الجزائر في آذار/مارس الماضي، في أول زيارة لرئيس تونسي إلى الجزائر منذ عام 2012."
    visits = [e for e in _pipeline_events(ctx, body, "2021-05-04") if str(e.type) == "CONSULT"]
    assert [(e.source.country, e.target.country, e.date.start) for e in visits] == [("TUN", "DZA", "2021-03")]


def test_arabic_wire_the_invitation_a_visit_answers_is_no_request(ctx: Context) -> None:
    body = "وبدأ الرئيس التونسي أمس زيارة رسمية إلى الجزائر، بدعوة من الرئيس الجزائري."
    assert {str(e.type) for e in _pipeline_events(ctx, body)} == {"CONSULT"}
    # an invitation of its own is no event either (CODING_GUIDE, "Invitations"), nor a visit made
    asked = _pipeline_events(ctx, "ووجه الرئيس الجزائري أمس دعوة إلى الرئيس التونسي لزيارة الجزائر.")
    assert not asked


def test_arabic_wire_undated_signed_agreements_are_no_signing(ctx: Context) -> None:
    body = ("وأجرى وزير الخارجية المصري مساء أمس اتصالا هاتفيا بنظيره السوداني، أكد خلاله التزام القاهرة "
            "بالاتفاقيات الموقعة بين البلدين.")
    assert not [e for e in _pipeline_events(ctx, body) if str(e.type) == "SUPPORT"]
    dated = "ودعا الوزير إلى تفعيل الاتفاقية الموقعة بين مصر والسودان في عام 1959."
    signed = [e for e in _pipeline_events(ctx, dated) if str(e.type) == "SUPPORT"]
    assert [(e.mode, e.date.start) for e in signed] == [("sign", "1959")]


def test_arabic_wire_efforts_towards_a_release_are_no_release(ctx: Context) -> None:
    body = "وبحث وزير الخارجية القطري مع نظيره الإيراني أمس جهود الإفراج عن محتجزين أجانب."
    assert not [e for e in _pipeline_events(ctx, body) if str(e.type) == "RETREAT"]
    done = "وأفرجت إيران أمس عن ثلاثة محتجزين فرنسيين."
    assert [e for e in _pipeline_events(ctx, done) if str(e.type) == "RETREAT"]
