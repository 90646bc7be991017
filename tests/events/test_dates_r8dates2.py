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
