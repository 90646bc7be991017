"""Roles read from word order: agents before a verbal noun in Arabic, recipients of a double object in
English (sentences written for these tests)."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import coded, pipeline_events


def _pairs(ctx: Context, body: str, lang: str, etype: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t, _ in coded(pipeline_events(ctx, body, lang, "2023-05-10")) if ty == etype}


def test_roles_arabic_capital_before_verbal_noun_is_its_agent(ctx: Context) -> None:
    # "the announcement of Riyadh and Damascus [of] their agreement": both capitals are the agents of the noun
    # after them, even with a third state named in the sentence before and "the two countries" after
    body = ("وقالت الكويت إنها تتابع التطورات. "
            "وسبق ذلك إعلان الرياض ودمشق اتفاقهما على فتح السفارات بين البلدين.")
    got = _pairs(ctx, body, "ar", "AGREE")
    assert {frozenset(p) for p in got} == {frozenset(("SAU", "SYR"))}, got


def test_roles_english_capital_before_noun_still_names_a_place(ctx: Context) -> None:
    # the English reading is unchanged: "the Moscow talks" are talks held in Moscow
    got = _pairs(ctx, "Egypt and India held the Moscow talks on Monday.", "en", "CONSULT")
    assert not any("RUS" in p for p in got), got


def test_roles_double_object_recipient_is_the_target(ctx: Context) -> None:
    body = "On Monday Norway handed Kenya a list of 12 demands on the election."
    got = _pairs(ctx, body, "en", "REQUEST")
    assert ("NOR", "KEN") in got, got
    assert ("KEN", "NOR") not in got, got


def test_roles_double_object_needs_an_agent_before_the_verb(ctx: Context) -> None:
    # a state after a preposition is no first object: "sent to Kenya a list" keeps the usual reading
    body = "Norway on Monday sent to Kenya a list of 12 demands on the election."
    got = _pairs(ctx, body, "en", "REQUEST")
    assert ("NOR", "KEN") in got, got


def test_roles_state_pronoun_is_the_subject_of_its_sentence(ctx: Context) -> None:
    body = ("Brazil answered by dropping Argentina from its list of preferred suppliers, and on Friday it "
            "filed a complaint against Argentina at the World Trade Organization.")
    got = _pairs(ctx, body, "en", "ACCUSE")
    assert ("BRA", "ARG") in got, got
    assert not any(s == "ARG" for s, _ in got), got


def test_roles_state_pronoun_opening_a_sentence_is_the_subject_before(ctx: Context) -> None:
    body = "Brazil was angry at Argentina's tariffs. It filed a complaint against Argentina on Friday."
    got = _pairs(ctx, body, "en", "ACCUSE")
    assert ("BRA", "ARG") in got, got


def test_roles_condemned_move_of_the_clause_before_in_the_same_sentence(ctx: Context) -> None:
    body = ("- 1 May 2021: Chile urges Argentina to reopen the Cristo Redentor pass.\n"
            "- 4 May 2021: Bolivia closes the border crossing at Desaguadero; Peru condemns the move as illegal.")
    got = _pairs(ctx, body, "en", "ACCUSE")
    assert ("PER", "BOL") in got, got


def test_roles_capital_naming_a_document_is_no_party(ctx: Context) -> None:
    body = "On Monday Kenya pledged to implement the Nairobi accord with Somalia and the Lusaka protocol."
    got = _pairs(ctx, body, "en", "AGREE")
    assert got and not any("ZMB" in p for p in got), got


def test_roles_capital_with_possessive_before_a_document_is_a_party(ctx: Context) -> None:
    body = "Kenya rejected Lusaka's protocol on Monday."
    got = _pairs(ctx, body, "en", "REJECT")
    assert ("KEN", "ZMB") in got, got


def test_roles_arabic_host_verb_with_object_pronoun_takes_no_guest_after_it(ctx: Context) -> None:
    # "where the Kenyan president received him in Nairobi, weeks before Somalia's elections": the guest is
    # "him" (Museveni, named before), not Somalia
    body = ("وزار الرئيس الأوغندي يويري موسيفيني كينيا في مارس 2021، حيث استقبله الرئيس الكيني في نيروبي، "
            "قبل أسابيع قليلة من انتخابات الصومال.")
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert not any("SOM" in p for p in got), got
    assert ("UGA", "KEN") in got, got



def test_roles_facilitator_frames_the_talks(ctx: Context) -> None:
    got = _pairs(ctx, "Ethiopia held talks on Monday, facilitated by Kenya, with Eritrea.", "en", "CONSULT")
    assert {frozenset(p) for p in got} == {frozenset(("ETH", "ERI"))}, got


def test_roles_arabic_double_object_recipient_is_the_target(ctx: Context) -> None:
    # "China granted, under the deal, Sudan a loan of 50 million dollars": the state right before the
    # indefinite noun is the verb's first object
    body = "وفي مارس 2015 منحت الصين بموجب الاتفاق السودان قرضا بقيمة 50 مليون دولار."
    got = _pairs(ctx, body, "ar", "AID")
    assert ("CHN", "SDN") in got, got
    assert ("SDN", "CHN") not in got, got


def test_roles_arabic_light_verb_noun_keeps_its_agent(ctx: Context) -> None:
    body = "وفي مارس 2015 عاد التعاون بين بكين والخرطوم، حيث قام الرئيس السوداني بزيارة للصين."
    got = _pairs(ctx, body, "ar", "CONSULT")
    assert ("SDN", "CHN") in got, got


def test_roles_state_after_preposition_is_no_member_of_the_next_subject(ctx: Context) -> None:
    body = ("Peru accused Bolivia on Monday of siding with Chile, and Lima also closed its border with Bolivia.")
    got = _pairs(ctx, body, "en", "SANCTION")
    assert ("PER", "BOL") in got, got
    assert not any(s == "CHL" for s, _ in got), got


def test_roles_arabic_both_of_list_keeps_its_members(ctx: Context) -> None:
    # "كلا من X وY" (both X and Y): the preposition opens the list; both are subjects (a speaker makes the present
    # stance an expression of support, not a state of affairs: test_status_x5)
    body = "وقال البيان إنه بينما تساند كلا من السعودية وقطر الحكومة اليمنية."
    got = _pairs(ctx, body, "ar", "SUPPORT")
    assert {s for s, _ in got} >= {"SAU", "QAT"}, got


def test_roles_arabic_condemned_thing_targets_the_agent_of_its_relative_clause(ctx: Context) -> None:
    # "Egypt's minister condemned, in a statement yesterday, the deal that Ethiopia concluded with a company"
    body = ("زار الرئيس السوداني القاهرة أمس والتقى الرئيس المصري، وبحث الرئيسان العلاقات بين السودان ومصر.\n"
            "ودان وزير الخارجية المصري، في بيان أصدره أمس، الاتفاقية التي أبرمتها إثيوبيا مع شركة أجنبية.")
    got = _pairs(ctx, body, "ar", "ACCUSE")
    assert ("EGY", "ETH") in got, got
    assert ("EGY", "SDN") not in got, got


def test_roles_state_in_the_outbreak_phrase_is_no_party(ctx: Context) -> None:
    body = ("وكانت الأردن قد وقعت معاهدة سلام مع إسرائيل عام 1994.\n"
            "وفي نوفمبر 2000 سحبت الأردن سفيرها مع اندلاع الانتفاضة الفلسطينية الثانية.")
    got = _pairs(ctx, body, "ar", "SANCTION")
    assert got and not any("PSE" in p for p in got), got


def test_roles_english_state_in_the_outbreak_phrase_is_no_party(ctx: Context) -> None:
    body = ("Jordan signed a peace treaty with Israel in 1994. In November 2000 Jordan recalled its ambassador "
            "amid the outbreak of the Palestinian uprising.")
    got = _pairs(ctx, body, "en", "SANCTION")
    assert got and not any("PSE" in p for p in got), got


def test_roles_party_after_against_beats_a_modifier_of_the_noun(ctx: Context) -> None:
    got = _pairs(ctx, "Australia launched a World Trade Organization case against China on Monday.", "en", "ACCUSE")
    assert ("AUS", "CHN") in got, got
    assert not any("WTO" in p for p in got), got


def test_roles_arabic_idh_opens_a_new_clause(ctx: Context) -> None:
    # "relations between the two countries soured, as Turkey withdrew its staff from Damascus": "between the two
    # countries" belongs to the clause before إذ
    body = ("وقعت تركيا وسوريا اتفاقا تجاريا عام 2004.\n"
            "وبعد سنوات ساءت العلاقات بين البلدين، إذ سحبت تركيا طاقمها الدبلوماسي من دمشق في آذار/مارس 2012.")
    got = {(e.source.text, e.target.country) for e in pipeline_events(ctx, body, "ar", "2022-12-15")
           if str(e.type) == "SANCTION" and e.source is not None and e.target is not None}
    assert got == {("تركيا", "SYR")}, got


def test_roles_arabic_joined_accuse_verb_takes_the_accused_as_object(ctx: Context) -> None:
    # "the French minister criticised the Malian step and accused Bamako of targeting ...": Bamako is accused
    body = ("وقال مسؤولون في داكار إن الوضع هادئ.\n"
            "وانتقد وزير الخارجية الفرنسي اليوم الخطوة المالية، واتهم باماكو باستهداف المدنيين.")
    got = _pairs(ctx, body, "ar", "ACCUSE")
    assert got and all(s == "FRA" for s, _ in got), got


def test_roles_recipient_before_with_is_the_target(ctx: Context) -> None:
    # "provided Kenya with ... aid": the state between the verb and "with" receives what follows
    body = "In 1990, Norway provided Kenya with humanitarian aid worth 300 million dollars."
    got = _pairs(ctx, body, "en", "AID")
    assert ("NOR", "KEN") in got, got
    assert ("KEN", "NOR") not in got, got
