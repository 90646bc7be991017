"""How many events an article yields (CODING_GUIDE): when two tellings of one type and pair are one act and
when they are two. Paragraphs written for these tests, in both languages."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.model import Article, Event
from bilateral.pipeline import Pipeline


def _of(ctx: Context, body: str, lang: str, etype: str, published: str = "2024-03-14") -> list[Event]:
    a = Pipeline(ctx).run(Article("t", "t", body, lang, published))
    return [e for e in a.events if str(e.type) == etype]


def _modes(ctx: Context, body: str, lang: str, etype: str = "CONSULT") -> list[tuple[str | None, str, str]]:
    return sorted((e.mode, e.source.country if e.source else "", e.target.country if e.target else "")
                  for e in _of(ctx, body, lang, etype))


# talks told with a verb of their own during a visit are a second consultation, however the visit is told
# (a verb, a verbal noun, "during which", "حيث", "خلالها"); talks named as the trip's purpose are not

TALKS_DURING_TRIP = [
    ("en", "Visit\nNAIROBI, March 14 - During his visit to Nairobi on Tuesday, the Ugandan foreign minister met "
           "President William Ruto.\n"),
    ("en", "Visit\nNAIROBI, March 14 - The Ugandan foreign minister, on a two-day visit to Kenya that ended on "
           "Wednesday, held talks with President William Ruto.\n"),
    ("en", "Visit\nNAIROBI, March 14 - The move followed a visit to Nairobi by the Ugandan foreign minister last "
           "week, during which he met President William Ruto.\n"),
    ("ar", "زيارة\nنيروبي - زار وزير الخارجية الأوغندي نيروبي يوم الثلاثاء، والتقى خلالها الرئيس الكيني وليام "
           "روتو.\n"),
    ("ar", "زيارة\nنيروبي - قام وزير الخارجية الأوغندي يوم الثلاثاء بزيارة إلى كينيا التقى خلالها الرئيس "
           "الكيني وليام روتو.\n"),
    ("ar", "زيارة\nنيروبي - من المقرر أن يزور وزير الخارجية الأوغندي نيروبي الأحد المقبل، حيث يلتقي الرئيس "
           "الكيني وليام روتو.\n"),
    ("ar", "زيارة\nنيروبي - أنهى وزير الخارجية الأوغندي أمس زيارة إلى كينيا استغرقت يومين، أجرى خلالها "
           "محادثات مع الرئيس الكيني وليام روتو.\n"),
]


@pytest.mark.parametrize(("lang", "body"), TALKS_DURING_TRIP)
def test_talks_with_a_verb_of_their_own_during_a_visit_are_a_second_consultation(ctx: Context, lang: str,
                                                                                  body: str) -> None:
    assert _modes(ctx, body, lang) == [("meet", "UGA", "KEN"), ("visit", "UGA", "KEN")]


TALKS_AS_PURPOSE = [
    ("en", "Visit\nNAIROBI, March 14 - The Ugandan foreign minister flew to Nairobi on Tuesday for talks with "
           "President William Ruto.\n"),
    ("ar", "زيارة\nنيروبي - وصل وزير الخارجية الأوغندي إلى نيروبي يوم الثلاثاء لإجراء محادثات مع الرئيس "
           "الكيني وليام روتو.\n"),
]


@pytest.mark.parametrize(("lang", "body"), TALKS_AS_PURPOSE)
def test_talks_named_as_the_trips_purpose_stay_part_of_the_visit(ctx: Context, lang: str, body: str) -> None:
    assert _modes(ctx, body, lang) == [("visit", "UGA", "KEN")]


def test_a_meeting_told_during_a_meeting_stays_that_meeting(ctx: Context) -> None:
    # "بحثا خلاله": what the two discussed during the meeting told before is that meeting
    body = ("لقاء\nنيويورك - عقد وزير الخارجية الكيني أمس اجتماعا مع نظيره الأوغندي في نيويورك، بحثا "
            "خلاله التعاون بين البلدين.\n")
    assert [m for m, _s, _t in _modes(ctx, body, "ar")] == ["meet"]


def test_a_meeting_with_no_state_partner_during_a_visit_is_not_coded(ctx: Context) -> None:
    # a cleric or a party leader is no state: the visit alone
    body = ("زيارة\nبغداد - يزور الرئيس الإيراني اليوم مدينة النجف، حيث يلتقي المرجع الديني علي السيستاني.\n")
    assert [m for m, _s, _t in _modes(ctx, body, "ar")] == ["visit"]


# a second verb of one type that the writer introduces as one more act ("also", "كما") is a second act;
# one verb with two objects stays one act (the guide leaves bare coordination open)

ONE_MORE_ACT = [
    ("en", "AGREE", "Deal\nNAIROBI, March 14 - Kenya and Uganda agreed on Wednesday to demarcate their border and "
                    "also pledged to double bilateral trade.\n"),
    ("en", "SUPPORT", "Deal\nNAIROBI, March 14 - Kenya and Uganda signed a transport agreement on Wednesday and also "
                      "signed a memorandum on energy.\n"),
    ("ar", "SUPPORT", "اتفاق\nنيروبي - وقعت كينيا وأوغندا أمس اتفاقية للنقل، كما وقع البلدان مذكرة تفاهم في مجال "
                      "الطاقة.\n"),
    ("ar", "AGREE", "اتفاق\nنيروبي - التقى وزيرا خارجية كينيا وأوغندا أمس في نيروبي، واتفقا على استئناف الرحلات "
                    "الجوية بين البلدين، كما تعهدا بإعادة فتح المعابر الحدودية.\n"),
]


@pytest.mark.parametrize(("lang", "etype", "body"), ONE_MORE_ACT)
def test_a_verb_introduced_as_one_more_act_is_a_second_event(ctx: Context, lang: str, etype: str, body: str) -> None:
    assert len(_of(ctx, body, lang, etype)) == 2


ONE_VERB_TWO_OBJECTS = [
    ("en", "Deal\nNAIROBI, March 14 - Kenya and Uganda signed a transport agreement and a memorandum on energy on "
           "Wednesday.\n"),
    ("ar", "اتفاق\nنيروبي - وقعت كينيا وأوغندا أمس اتفاقية للنقل ومذكرة تفاهم في مجال الطاقة.\n"),
]


@pytest.mark.parametrize(("lang", "body"), ONE_VERB_TWO_OBJECTS)
def test_one_signing_verb_with_two_documents_stays_one_signing(ctx: Context, lang: str, body: str) -> None:
    assert len(_of(ctx, body, lang, "SUPPORT")) == 1


def test_a_further_stop_of_a_visit_introduced_with_also_is_the_same_visit(ctx: Context) -> None:
    body = ("زيارة\nأبوظبي - أجرى الرئيس الكيني أمس مباحثات مع رئيس دولة الإمارات في أبوظبي، كما زار المسجد "
            "الكبير في المدينة.\n")
    assert [m for m, _s, _t in _modes(ctx, body, "ar")].count("visit") <= 1


# a re-mention of the act just told ("the visit", "this meeting", "هذا أول لقاء", "الزيارة" as an object), with no
# date of its own, is the same act -- a lead re-told in the body stays one

RE_MENTIONS = [
    ("en", "Visit\nNAIROBI, March 14 - Ugandan President Yoweri Museveni arrived in Nairobi on Wednesday for a state "
           "visit to Kenya. The two sides wrapped up the visit with a joint statement.\n"),
    ("en", "Talks\nNAIROBI, March 14 - Ugandan President Yoweri Museveni met Kenyan President William Ruto in Nairobi "
           "on Wednesday. This meeting was the first between the two leaders in two years.\n"),
    ("ar", "زيارة\nنيروبي - وصل الرئيس الأوغندي أمس إلى نيروبي في زيارة رسمية لكينيا. واختتم الجانبان الزيارة "
           "ببيان مشترك.\n"),
    ("ar", "لقاء\nنيروبي - التقى الرئيس الأوغندي أمس في نيروبي الرئيس الكيني وليام روتو. وهذا أول لقاء يجمع "
           "رئيسي البلدين منذ عامين.\n"),
]


@pytest.mark.parametrize(("lang", "body"), RE_MENTIONS)
def test_a_re_mention_of_the_act_just_told_is_the_same_act(ctx: Context, lang: str, body: str) -> None:
    assert len(_of(ctx, body, lang, "CONSULT")) == 1


def test_a_summit_referred_back_to_as_an_object_is_not_a_new_summit(ctx: Context) -> None:
    body = ("قمة\nنيروبي - عقدت كينيا وأوغندا وتنزانيا أمس قمة ثلاثية في نيروبي. ووصف وزير الخارجية الكيني "
            "القمة بأنها ناجحة.\n")
    assert len([e for e in _of(ctx, body, "ar", "CONSULT") if e.mode == "multilateral"]) == 3  # one per pair


def test_one_more_signing_told_by_a_definite_verbal_noun_is_a_second_signing(ctx: Context) -> None:
    # the re-mention rule is for trips, talks and summits: "التوقيع" after "كما جرى" is one more signing
    body = ("اتفاق\nنيروبي - وقعت كينيا وأوغندا أمس اتفاقية للنقل البري. كما جرى التوقيع على مذكرة تفاهم في مجال "
            "الطاقة.\n")
    assert len(_of(ctx, body, "ar", "SUPPORT")) == 2


# talks held with a light verb beside the trip's own verb ("arrived ... and held talks") are a second consultation;
# talks that tell the visit, named only as a noun ("held talks in Nairobi ..., on a visit"), are not

LIGHT_VERB_TALKS_BESIDE_A_TRIP = [
    ("ar", "زيارة\nنيروبي - وصل الرئيس الأوغندي أمس إلى نيروبي، وعقد في اليوم نفسه محادثات مع الرئيس الكيني وليام "
           "روتو.\n"),
    ("ar", "زيارة\nنيروبي - 13 مارس: موسيفيني يصل إلى نيروبي ويجري محادثات مع الرئيس وليام روتو.\n"),
    ("en", "Visit\nNAIROBI, March 14 - Ugandan President Yoweri Museveni arrived in Nairobi on Wednesday and held "
           "talks with President William Ruto.\n"),
]


@pytest.mark.parametrize(("lang", "body"), LIGHT_VERB_TALKS_BESIDE_A_TRIP)
def test_talks_with_a_light_verb_beside_the_trips_verb_are_a_second_consultation(ctx: Context, lang: str,
                                                                                 body: str) -> None:
    assert _modes(ctx, body, lang) == [("meet", "UGA", "KEN"), ("visit", "UGA", "KEN")]


def test_talks_that_tell_a_visit_named_only_by_a_noun_stay_one_consultation(ctx: Context) -> None:
    body = ("زيارة\nنيروبي - أجرى رئيس الوزراء الأوغندي أمس مباحثات في نيروبي مع الرئيس الكيني، في زيارة تأتي بعد "
            "أشهر من التوتر.\n")
    assert len(_of(ctx, body, "ar", "CONSULT")) == 1


# the same visitor at the same host on the day of a visit just told -- received at the airport, at a further stop --
# is that trip told again, not a second visit

SAME_TRIP_TOLD_AGAIN = [
    ("ar", "زيارة\nنيروبي - بدأ الرئيس الأوغندي أمس زيارة دولة إلى كينيا تستمر يومين. واستقبله الرئيس الكيني "
           "وليام روتو في المطار.\n"),
    ("en", "Visit\nNAIROBI, March 14 - Ugandan President Yoweri Museveni began a two-day state visit to Kenya on "
           "Wednesday. He was received at the airport by President William Ruto.\n"),
    ("ar", "زيارة\nنيروبي - بدأ الرئيس الأوغندي أمس زيارة دولة إلى كينيا تستمر يومين. وأجرى الرئيس الأوغندي "
           "مباحثات مع الرئيس الكيني، كما زار الرئيس الأوغندي ميناء مومباسا الكيني.\n"),
    ("en", "Visit\nNAIROBI, March 14 - Ugandan President Yoweri Museveni began a two-day state visit to Kenya on "
           "Wednesday. Museveni also visited the port of Mombasa.\n"),
]


@pytest.mark.parametrize(("lang", "body"), SAME_TRIP_TOLD_AGAIN)
def test_the_same_trip_told_again_on_its_day_is_one_visit(ctx: Context, lang: str, body: str) -> None:
    assert [m for m, _s, _t in _modes(ctx, body, lang)].count("visit") == 1


def test_a_return_visit_on_another_date_is_a_second_visit(ctx: Context) -> None:
    for lang, body in (
            ("en", "Visits\nNAIROBI, March 14 - Ugandan President Yoweri Museveni visited Nairobi in May 2022. Kenyan "
                   "President William Ruto returned the visit in Kampala in January 2023.\n"),
            ("ar", "زيارات\nنيروبي - زار الرئيس الأوغندي نيروبي في أيار/مايو 2022. وزار الرئيس الكيني كمبالا في "
                   "كانون الثاني/يناير 2023.\n")):
        assert _modes(ctx, body, lang) == [("visit", "KEN", "UGA"), ("visit", "UGA", "KEN")], lang
