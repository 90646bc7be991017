"""Eighth-round date rules, second pass (branch r8dates2). Sentences written for these tests."""

from __future__ import annotations

from bilateral.context import Context

from .helpers import pipeline_events


def _dates(ctx: Context, body: str, lang: str, published: str, etype: str) -> list[str | None]:
    return [e.date.start if e.date else None for e in pipeline_events(ctx, body, lang, published)
            if str(e.type) == etype]


def test_dates_offset_opening_the_sentence_counts_from_the_event_named(ctx: Context) -> None:
    # "Two days after the signing, ..." opening the sentence: counted from the signing told before
    body = ("Chile and Peru signed a fisheries accord on March 3. Two days after the signing, the Chilean foreign "
            "minister spoke by telephone with his Peruvian counterpart.")
    assert _dates(ctx, body, "en", "2024-03-10", "CONSULT") == ["2024-03-05"]
    body = ("Chile and Peru signed a fisheries accord on March 3. A week after the signing, the Chilean president "
            "visited Lima.")
    assert _dates(ctx, body, "en", "2024-03-20", "CONSULT") == ["2024-03-10"]
    body = ("وقعت تشيلي والبيرو اتفاقية للصيد يوم 3 مارس. وبعد يومين من التوقيع، بحث وزير الخارجية التشيلي مع "
            "نظيره البيروفي في اتصال هاتفي العلاقات الثنائية.")
    assert _dates(ctx, body, "ar", "2024-03-10", "CONSULT") == ["2024-03-05"]


def test_dates_same_day_after_an_opening_offset(ctx: Context) -> None:
    body = ("Chile and Peru signed a fisheries accord on March 3. Two days after the signing, the Chilean foreign "
            "minister spoke by telephone with his Peruvian counterpart. On the same day, the Chilean president "
            "met the Peruvian ambassador.")
    assert _dates(ctx, body, "en", "2024-03-10", "CONSULT") == ["2024-03-05", "2024-03-05"]


def test_dates_opening_offset_naming_nothing_told_keeps_the_publication(ctx: Context) -> None:
    # negative probe: the phrase names no event told before
    body = ("Chile and Peru signed a fisheries accord on March 3. Two days after the election, the Chilean foreign "
            "minister spoke by telephone with his Peruvian counterpart.")
    assert _dates(ctx, body, "en", "2024-03-10", "CONSULT") == ["2024-03-10"]


def test_dates_offset_after_a_long_stretch_of_the_verb_own_words(ctx: Context) -> None:
    # the phrase after the verb's parties and place, more than six tokens on
    body = ("وقعت تشيلي والبيرو اتفاقية للصيد يوم 3 مارس. وبحث وزير الخارجية التشيلي ألبرتو فان كلافيرين مع "
            "نظيره البيروفي خافيير غونزاليس في العاصمة ليما غداة التوقيع سبل تعزيز العلاقات.")
    assert _dates(ctx, body, "ar", "2024-03-10", "CONSULT") == ["2024-03-04"]
    body = ("Chile and Peru signed a fisheries accord on March 3. Chilean Foreign Minister Alberto van Klaveren met "
            "his Peruvian counterpart Javier Gonzalez in Lima on the sidelines of a forum two days after the signing.")
    assert _dates(ctx, body, "en", "2024-03-10", "CONSULT") == ["2024-03-05"]


def test_dates_far_offset_after_another_date_is_not_the_verb_own(ctx: Context) -> None:
    # negative probe: a date between the verb and the far phrase keeps the verb's own date
    body = ("Chile and Peru signed a fisheries accord on March 3. Chilean Foreign Minister Alberto van Klaveren met "
            "his Peruvian counterpart in Lima on March 8 at a forum held two days after the signing.")
    assert _dates(ctx, body, "en", "2024-03-10", "CONSULT") == ["2024-03-08"]


def test_dates_following_month_after_a_shortly_after_cue(ctx: Context) -> None:
    # "the following month" counts from the month the cue dated the act before it, not from the cue read
    # as a date of its own ("within days" from publication)
    body = ("Chile recalled its ambassador to Peru last November. Within days, Peru expelled Chile's ambassador. "
            "The following month, the two foreign ministers met in Quito.")
    assert _dates(ctx, body, "en", "2024-03-20", "CONSULT") == ["2023-12"]
    body = ("استدعت تشيلي سفيرها لدى البيرو في نوفمبر الماضي. وفي غضون أيام طردت البيرو السفير التشيلي. "
            "وفي الشهر التالي التقى وزيرا خارجية البلدين في كيتو.")
    assert _dates(ctx, body, "ar", "2024-03-20", "CONSULT") == ["2023-12"]


def test_dates_following_month_with_no_cue_between(ctx: Context) -> None:
    # negative probe: counted from the date told before, as ever
    body = ("Chile recalled its ambassador to Peru last November. The following month, the two foreign ministers "
            "met in Quito.")
    assert _dates(ctx, body, "en", "2024-03-20", "CONSULT") == ["2023-12"]


def test_dates_act_denied_keeps_its_own_date_not_the_denial_day(ctx: Context) -> None:
    # the day of the denial, before or right after the denial verb, is not the date of the act denied
    body = ("Austria on Tuesday denied a newspaper report that it would block the new EU sanctions package against "
            "Russia at a summit of EU leaders on March 21.")
    assert _dates(ctx, body, "en", "2024-03-12", "REJECT") == ["2024-03-21"]
    body = ("Austria denied on Tuesday a newspaper report that it would block the new EU sanctions package against "
            "Russia at a summit of EU leaders on March 21.")
    assert _dates(ctx, body, "en", "2024-03-12", "REJECT") == ["2024-03-21"]
    body = ("ونفت الحكومة النمساوية يوم الثلاثاء تقريرا صحفيا أفاد بأنها ستعرقل محادثات انضمام أوكرانيا خلال قمة "
            "لقادة الاتحاد الأوروبي في 21 مارس.")
    assert _dates(ctx, body, "ar", "2024-03-12", "REJECT") == ["2024-03-21"]


def test_dates_act_not_denied_keeps_the_day_before_it(ctx: Context) -> None:
    # negative probe: with no denial, the day said before the act is its date
    body = "Austria on Tuesday blocked the new EU sanctions package against Russia at a meeting of EU envoys."
    assert _dates(ctx, body, "en", "2024-03-12", "REJECT") == ["2024-03-12"]


def test_dates_day_number_closing_a_sentence_before_a_time_word(ctx: Context) -> None:
    # "on March 3. Hours after ...": the full stop ends the day; the next sentence's "hours" counts nothing
    body = ("Chile and Peru signed a fisheries accord on March 3. Hours after the signing, the Chilean foreign "
            "minister spoke by telephone with his Peruvian counterpart.")
    assert _dates(ctx, body, "en", "2024-03-10", "SUPPORT") == ["2024-03-03"]
    assert _dates(ctx, body, "en", "2024-03-10", "CONSULT") == ["2024-03-03"]
    # negative probe: a number run into its unit is still no day
    body = "Chile agreed on March 3 billion pesos in aid for Peru."
    assert "2024-03-03" not in _dates(ctx, body, "en", "2024-03-10", "AID")
