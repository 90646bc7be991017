"""Probes of the English vocabulary of the eighth round (branch r8en): sentences written for these tests, each "TYPE
MODE SOURCE TARGET [STATUS] | sentence" (mode "-" for none), "NO EVENT | sentence" or "NOT TYPE [MODE] | sentence"
(see probes.py).

Constructions: countermeasures announced, to be announced or unveiled against another state ("would announce its
own countermeasures", "unveiled countermeasures against Washington") are THREATEN that occurred (CODING_GUIDE seventh
round: announced countermeasures are THREATEN, dated when said); a named measure to be announced ("will announce
retaliatory tariffs") stays the planned SANCTION, and results announced are no event. The Arabic probes pin the
same reading of the Arabic wording (ستعلن عن إجراءات مضادة). The bare present of "initial" with a determined
document after it ("Serbia and Kosovo initial the agreement", timelines and headlines) is SUPPORT sign, as
"initialled" (CODING_GUIDE fourth round); the adjective ("the initial agreement") is no signing; Arabic: وقّع بالأحرف
الأولى. Opposing another state's attempts, moves or interference ("opposed any attempt to ...", "firmly opposes
any interference") is ACCUSE disapprove; opposing a proposal or resolution stays REJECT (the Arabic تعارض أي تدخل still
gives REJECT: left to an Arabic branch)."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

PROBES = {
    "en": """
    THREATEN - MEX USA occurred | Mexico would announce its own countermeasures against the United States, the president said.
    THREATEN - CAN USA occurred | Canada will announce counter-measures against Washington on Friday, Ottawa said.
    THREATEN - CHN USA occurred | On Tuesday China unveiled countermeasures against the United States.
    NOT SANCTION | On Tuesday China unveiled countermeasures against the United States.
    NOT THREATEN | Mexico will announce retaliatory tariffs on US goods on Sunday.
    NO EVENT | Canada will announce the results of its trade review on Sunday.
    NO EVENT | The minister announced a new budget on Tuesday.
    SUPPORT sign SRB KOS | May 3, 2021 - Serbia and Kosovo initial the agreement on energy in Brussels.
    SUPPORT sign EGY SDN | The foreign ministers of Egypt and Sudan initial a draft treaty on the border on Monday.
    SUPPORT sign EGY SDN planned | Egypt and Sudan are expected to initial the treaty in Cairo next month.
    NOT SUPPORT | The initial agreement between Serbia and Kosovo collapsed last year.
    NOT SUPPORT | Egypt and Sudan reached an initial understanding on Monday.
    ACCUSE disapprove CHN PHL | China said on Wednesday it opposed any attempt to internationalise its row with the Philippines.
    NOT REJECT | China said on Wednesday it opposed any attempt to internationalise its row with the Philippines.
    ACCUSE disapprove CHN JPN | Beijing said on Tuesday that it firmly opposes any Japanese interference in its internal affairs.
    REJECT - RUS USA | Russia opposed the resolution drafted by the United States on Tuesday.
    NOT ACCUSE | Russia opposed the resolution drafted by the United States on Tuesday.
    """,
    "ar": """
    THREATEN - CHN USA | قالت الصين يوم الثلاثاء إنها ستتخذ إجراءات مضادة ضد الولايات المتحدة.
    NO EVENT | أعلنت الحكومة يوم الثلاثاء عن ميزانية جديدة.
    SUPPORT sign EGY SDN | وقعت مصر والسودان بالأحرف الأولى يوم الاثنين على مسودة اتفاقية الحدود.
    """,
}


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_vocab_probe_r8en(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expect, set())
