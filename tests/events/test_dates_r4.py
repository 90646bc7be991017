"""Dates of a story told about an earlier time: which year a day or month said without one belongs to
when the story comes back towards publication ("last April"), and what an Arabic pluperfect ("وكان ... قد")
says about time. Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return [e.date.start for e in pipeline_events(ctx, body, lang, published) if str(e.type) == etype]


_BACKGROUND_EN = "Ghana recalled its ambassador from Lagos in June 2023 over a trade dispute. "
_BACKGROUND_AR = "وكانت غانا قد استدعت سفيرها لدى نيجيريا في حزيران/يونيو 2023 إثر خلاف تجاري. "


def test_dates_a_month_after_one_counted_from_publication_is_of_that_year(ctx: Context) -> None:
    # the story came back to "last April" (2025): "March 20" after it is not of the background's 2023
    for told in ("last April", "April last year"):
        body = (_BACKGROUND_EN + f"Relations worsened {told}, when Nigeria expelled five Ghanaian diplomats. "
                "Two weeks earlier, on March 20, the foreign ministers had met in Accra.")
        assert _dates(ctx, body, "en", "2026-01-15", "CONSULT") == ["2025-03-20"], told
    body = (_BACKGROUND_AR + "وتدهورت العلاقات في نيسان/أبريل الماضي عندما طردت نيجيريا خمسة دبلوماسيين غانيين. "
            "وكان وزيرا الخارجية قد التقيا في أكرا يوم 20 مارس.")
    assert _dates(ctx, body, "ar", "2026-01-15", "CONSULT") == ["2025-03-20"]
    # with no month counted from publication in between, the background's year holds
    body = _BACKGROUND_EN + "The foreign ministers of Ghana and Nigeria had met in Accra on March 20."
    assert _dates(ctx, body, "en", "2026-01-15", "CONSULT") == ["2023-03-20"]


def test_dates_arabic_pluperfect_is_not_a_possibility(ctx: Context) -> None:
    # "وكان ... قد التقيا" is the pluperfect: the story's year, as without it
    for clause in ("وكان وزيرا الخارجية قد التقيا في أكرا يوم 20 مارس.", "والتقى وزيرا الخارجية في أكرا يوم 20 مارس."):
        assert _dates(ctx, _BACKGROUND_AR + clause, "ar", "2026-01-15", "CONSULT") == ["2023-03-20"], clause
    # "قد" + imperfect is "may": a day still to come
    body = _BACKGROUND_AR + "وقد يلتقي وزيرا الخارجية في أكرا يوم 20 مارس."
    assert _dates(ctx, body, "ar", "2026-01-15", "CONSULT") == ["2026-03-20"]


def test_dates_an_inherited_date_resolves_as_the_clause_that_says_it(ctx: Context) -> None:
    # "In January" is said by a past verb: the January gone by, also for the act it prompted (a participle)
    body = "In January Chile criticised Peru's handling of protests, prompting Peru to recall its ambassador from Santiago."
    events = pipeline_events(ctx, body, "en", "2023-12-29")
    assert sorted((str(e.type), e.date.start, str(e.status)) for e in events) \
        == [("ACCUSE", "2023-01", "occurred"), ("SANCTION", "2023-01", "occurred")]
    # a present-tense act told under the talks held "on Thursday" takes that Thursday, not the next one
    bodies = {"en": "Kenyan President William Ruto held talks with Chinese President Xi Jinping on Thursday. "
                    "Under one of the documents, China extends a loan of 1 billion dollars to Kenya.",
              "ar": "وأجرى الرئيس الكيني وليام روتو يوم الخميس مباحثات مع الرئيس الصيني شي جين بينغ. "
                    "وبموجب إحدى الوثائق، تقدم الصين قرضا بقيمة مليار دولار لكينيا."}
    for lang, body in bodies.items():
        assert set(_dates(ctx, body, lang, "2025-04-26", "AID")) == {"2025-04-24"}, lang


_SIGNED = {"en": "Saudi Arabia and Qatar signed a reconciliation declaration at AlUla on Tuesday. ",
           "ar": "ووقعت السعودية وقطر إعلان المصالحة في العلا يوم الثلاثاء. "}


def test_dates_the_day_before_and_the_next_morning_count_from_the_event_told(ctx: Context) -> None:
    cases = [("en", "The evening before, Riyadh reopened its airspace to Qatar.", "2021-01-04"),
             ("en", "A day earlier Riyadh had reopened its border with Qatar.", "2021-01-04"),
             ("en", "The next morning Egypt resumed flights to Doha.", "2021-01-06"),
             ("en", "The following evening Egypt reopened its airspace to Qatar.", "2021-01-06"),
             ("ar", "وفي اليوم السابق، أعادت الرياض فتح أجوائها أمام قطر.", "2021-01-04"),
             ("ar", "وكانت الرياض قد أعادت فتح حدودها مع قطر قبل ذلك بيوم.", "2021-01-04"),
             ("ar", "واستأنفت مصر رحلاتها الجوية إلى الدوحة صباح اليوم التالي.", "2021-01-06"),
             ("ar", "وفي مساء اليوم التالي أعادت مصر فتح أجوائها أمام قطر.", "2021-01-06")]
    for lang, told, day in cases:
        assert _dates(ctx, _SIGNED[lang] + told, lang, "2021-01-07", "RETREAT") == [day], told
    # no cue: the day of the act told before (the news peg)
    assert _dates(ctx, _SIGNED["en"] + "Egypt resumed flights to Doha.", "en", "2021-01-07", "RETREAT") == ["2021-01-05"]


def test_dates_the_next_day_is_counted_once_for_the_acts_of_its_sentence(ctx: Context) -> None:
    # both acts of "the next day" sentence fall on that day, not the second one day after the first
    body = ("أغارت طائرات تشادية مساء الاثنين على مواقع سودانية قرب الحدود. "
            "وردت القوات السودانية في صباح اليوم التالي بغارات على مواقع تشادية، وقصفت المدفعية التشادية مدينة الجنينة.")
    dates = _dates(ctx, body, "ar", "2023-03-15", "ASSAULT")
    assert "2023-03-14" in dates and "2023-03-15" not in dates, dates


def test_dates_that_month_is_the_month_said_last_even_without_an_event(ctx: Context) -> None:
    # "that month" / "في الشهر نفسه" points at the month said just before (the earthquake's February), not at
    # the last dated event (2011)
    recalled = {"en": "Saudi Arabia recalled its ambassador from Damascus in November 2011. ",
                "ar": "وكانت السعودية قد سحبت سفيرها من دمشق في تشرين الثاني/نوفمبر 2011. "}
    cases = [("en", "The first signs of a thaw came after the earthquake in February. "
                    "Saudi relief planes carrying food landed in Aleppo that month."),
             ("en", "An earthquake devastated northern Syria in February. Later that month Saudi Arabia sent aid to Syria."),
             ("ar", "وبدأت بوادر الانفراج بعد الزلزال الذي ضرب شمال سوريا في شباط/فبراير. "
                    "وهبطت طائرات إغاثة سعودية في حلب في الشهر نفسه."),
             ("ar", "وضرب زلزال مدمر شمال سوريا في شباط/فبراير. وفي وقت لاحق من الشهر نفسه أرسلت السعودية مساعدات إلى سوريا.")]
    for lang, told in cases:
        assert _dates(ctx, recalled[lang] + told, lang, "2023-03-24", "AID") == ["2023-02"], told
    # "early that month" after "in September" told of a reaction (the month said last), in a December story
    body = ("Moscow and Seoul established diplomatic relations on Sept. 30. The decision angered Pyongyang in September. "
            "Mr. Shevardnadze had flown to Pyongyang early that month.")
    assert _dates(ctx, body, "en", "1990-12-14", "CONSULT") == ["1990-09"]


def test_dates_days_or_weeks_after_the_date_told_before_are_its_month(ctx: Context) -> None:
    fought = {"en": "Indian and Chinese soldiers fought in the Galwan Valley on June 15. ",
              "ar": "اشتبك جنود هنود وصينيون في وادي غالوان يوم 15 حزيران/يونيو. "}
    cases = [("en", "In the days that followed, India rushed additional troops to Ladakh."),
             ("en", "Within two weeks India had deployed additional troops to Ladakh."),
             ("en", "In the days after the clash, India rushed additional troops to Ladakh."),
             ("ar", "وفي الأيام التالية، أرسلت الهند تعزيزات عسكرية إلى الحدود مع الصين."),
             ("ar", "وفي غضون أيام أرسلت الهند تعزيزات عسكرية إلى الحدود مع الصين.")]
    for lang, told in cases:
        assert _dates(ctx, fought[lang] + told, lang, "2020-07-10", "MOBILIZE") == ["2020-06"], told
    # weeks after a month told with its year, in a retrospective: that month, not publication
    severed = {"en": "Saudi Arabia, the UAE, Bahrain and Egypt severed ties with Qatar in June 2017. "
                     "Within three weeks the four states had handed Doha a list of 13 demands.",
               "ar": "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر في حزيران/يونيو 2017. "
                     "وفي غضون أسابيع قدمت الدول الأربع إلى الدوحة قائمة مطالب من 13 بندا."}
    for lang, body in severed.items():
        assert set(_dates(ctx, body, lang, "2021-01-07", "REQUEST")) == {"2017-06"}, lang
    # "hours later" keeps the day
    body = "India and China held border talks on Friday. Hours later China accused India of provoking the clash."
    assert _dates(ctx, body, "en", "2020-07-10", "ACCUSE") == ["2020-07-10"]


def test_dates_the_day_before_counts_from_a_day_said_without_an_event(ctx: Context) -> None:
    # the lead's "on Tuesday" dates no coded act (an embrace), yet "the evening before" counts from it
    cases = [("en", "Crown Prince Mohammed bin Salman embraced the emir of Qatar on the tarmac at AlUla on Tuesday. "
                    "The evening before, Riyadh reopened its airspace and land border to Qatar.", "2021-01-04"),
             ("ar", "عانق ولي العهد السعودي أمير قطر لدى وصوله إلى العلا يوم الثلاثاء. "
                    "وفي مساء اليوم السابق، أعادت الرياض فتح أجوائها وحدودها البرية أمام قطر.", "2021-01-04"),
             ("ar", "عانق ولي العهد السعودي أمير قطر لدى وصوله إلى العلا يوم الثلاثاء. "
                    "وفي اليوم التالي أعادت مصر فتح أجوائها أمام قطر.", "2021-01-06")]
    for lang, body, day in cases:
        assert _dates(ctx, body, lang, "2021-01-07", "RETREAT") == [day], body


def test_dates_a_pluperfect_tells_a_weekday_gone_by(ctx: Context) -> None:
    # "had begun moving back": the Monday before publication (a Friday), not the next one -- and so occurred
    for body in ("India and China agreed on Sunday to pull back their troops. "
                 "By Monday, Chinese troops had begun moving back from the clash site.",
                 "By Monday, China had begun withdrawing troops from the Galwan Valley."):
        events = [e for e in pipeline_events(ctx, body, "en", "2020-07-10") if str(e.type) == "RETREAT"]
        assert [(e.date.start, str(e.status)) for e in events] == [("2020-07-06", "occurred")], body
    # the future keeps the coming Monday
    body = "China will begin withdrawing troops from the Galwan Valley on Monday."
    assert _dates(ctx, body, "en", "2020-07-10", "RETREAT") == ["2020-07-13"]


def test_dates_a_reaction_told_by_its_day_keeps_that_day(ctx: Context) -> None:
    # the day after the object of a condemnation or rejection dates the reaction, not the act reacted to
    cases = [("Algeria expelled twelve French embassy staff on Saturday. "
              "Foreign Minister Jean-Noel Barrot lashed out at the expulsion order on Monday evening.", "ACCUSE", "2025-04-14"),
             ("Algeria expelled twelve French embassy staff last week. France condemned the expulsions on Tuesday.",
              "ACCUSE", "2025-04-15"),
             ("Algeria expelled twelve French embassy staff last week. France rejected the demands on Tuesday.",
              "REJECT", "2025-04-15")]
    for body, etype, day in cases:
        assert _dates(ctx, body, "en", "2025-04-16", etype) == [day], body
    body = ("وطردت الجزائر اثني عشر موظفا في السفارة الفرنسية يوم السبت. "
            "وندد وزير الخارجية الفرنسي بقرار الطرد مساء الاثنين.")
    assert _dates(ctx, body, "ar", "2025-04-16", "ACCUSE") == ["2025-04-14"]


def test_dates_talks_closed_by_the_event_told_before_run_back_from_its_day(ctx: Context) -> None:
    # "at the end of five days of talks", "في ختام مباحثات ... على مدى خمسة أيام": Monday to Friday
    cases = [("en", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations. The announcement came at "
                    "the end of five days of talks in Beijing between Saudi and Iranian security officials.", "2023-03-06"),
             ("ar", "اتفقت السعودية وإيران أمس الجمعة على استئناف العلاقات الدبلوماسية. وجاء الإعلان في ختام مباحثات "
                    "استضافتها بكين على مدى خمسة أيام بين مسؤولين سعوديين وإيرانيين.", "2023-03-06"),
             ("ar", "اتفقت السعودية وإيران أمس الجمعة على استئناف العلاقات الدبلوماسية. وجاء الاتفاق في ختام مفاوضات "
                    "استمرت أربعة أيام بين الوفدين السعودي والإيراني في بكين.", "2023-03-07")]
    for lang, body, first in cases:
        talks = [e for e in pipeline_events(ctx, body, lang, "2023-03-11") if str(e.type) == "CONSULT"]
        assert [(e.date.start, e.date.end) for e in talks] == [(first, "2023-03-10")], body


def test_dates_an_act_n_units_before_or_after_an_event_said_with_its_date(ctx: Context) -> None:
    cases = [("en", "Egypt recalled its ambassador from Khartoum two days before the summit on May 12.", "SANCTION",
              "2024-05-10"),
             ("en", "Egypt sent aid to Sudan a week after the talks in Cairo on May 2.", "AID", "2024-05-09"),
             ("ar", "استدعت مصر سفيرها لدى السودان قبل يومين من القمة التي عقدت في 12 أيار/مايو.", "SANCTION",
              "2024-05-10"),
             # the event counted from is no event of its own: the date is the anchor all the same
             ("ar", "استدعت مصر سفيرها لدى السودان بعد ثلاثة أيام من طرد الخرطوم دبلوماسيين مصريين يوم 10 أيار/مايو.",
              "SANCTION", "2024-05-13")]
    for lang, body, etype, day in cases:
        assert _dates(ctx, body, lang, "2024-05-20", etype) == [day], body
    # what is agreed is dated by the count, not the agreeing
    for lang, body in (("en", "Egypt and Sudan agreed to hold talks two days before the summit on June 12."),
                       ("ar", "واتفقت مصر والسودان على عقد محادثات قبل يومين من القمة المقررة في 12 حزيران/يونيو.")):
        assert _dates(ctx, body, lang, "2024-05-20", "AGREE") == ["2024-05-20"], body


def test_dates_a_season_of_a_year_after_the_act_dates_it(ctx: Context) -> None:
    # "in the summer of 2019" after the verb: the act's year ("of" is not the genitive of a noun's own date)
    for season in ("summer", "winter", "autumn"):
        body = f"Egypt recalled its ambassador from Khartoum in the {season} of 2019."
        assert _dates(ctx, body, "en", "2024-05-20", "SANCTION") == ["2019"], season
    assert _dates(ctx, "استدعت مصر سفيرها لدى السودان في صيف 2019.", "ar", "2024-05-20", "SANCTION") == ["2019"]
    # a noun's own date after "of" stays the noun's: "the treaty of 1975" does not date the rejection
    body = "Iraq rejected the treaty of 1975 on Tuesday."
    assert _dates(ctx, body, "en", "2024-05-22", "REJECT") == ["2024-05-21"]


def test_dates_the_day_after_and_the_eve_of_an_event_named_after_them(ctx: Context) -> None:
    # "غداة توقيع ...", "the eve of talks": one day from the date of the act told before the phrase
    body = ("استدعت الصومال سفيرها لدى إثيوبيا يوم الثلاثاء 2 كانون الثاني/يناير، "
            "غداة توقيع أديس أبابا مذكرة تفاهم مع أرض الصومال.")
    assert _dates(ctx, body, "ar", "2024-01-05", "SUPPORT") == ["2024-01-01"]
    body = "وجاءت زيارة الوزير المصري إلى الخرطوم يوم الخميس عشية القمة الأفريقية."
    assert _dates(ctx, body, "ar", "2024-01-05", "CONSULT") == ["2024-01-04", "2024-01-05"]
    body = "Egypt's foreign minister visited Khartoum on Thursday, on the eve of talks between Sudan and Ethiopia."
    assert _dates(ctx, body, "en", "2024-01-05", "CONSULT") == ["2024-01-04", "2024-01-05"]


def test_dates_an_act_between_the_parties_of_the_talks_told_before_is_at_the_talks(ctx: Context) -> None:
    visit = {"en": "Syrian President Bashar al-Assad flew to Moscow on Tuesday for talks with Russian President "
                   "Vladimir Putin. The trip was announced only after his return. Russia began air strikes in Syria "
                   "on 30 September. ",
             "ar": "توجه الرئيس السوري بشار الأسد إلى موسكو يوم الثلاثاء لإجراء محادثات مع الرئيس الروسي فلاديمير بوتين. "
                   "ولم يعلن عن الرحلة إلا بعد عودته. وكانت روسيا قد بدأت غاراتها الجوية في سوريا في 30 أيلول/سبتمبر. "}
    cases = [("en", "Putin told Assad that Moscow was ready to contribute to a political settlement.", "2015-10-20"),
             ("ar", "وتعهد بوتين للأسد بدعم التسوية السياسية في سوريا.", "2015-10-20"),
             # told in the present: a standing position, the day of the news
             ("ar", "وتتعهد روسيا بدعم التسوية السياسية في سوريا.", "2015-10-21")]
    for lang, told, day in cases:
        assert _dates(ctx, visit[lang] + told, lang, "2015-10-21", "AGREE") == [day], told
