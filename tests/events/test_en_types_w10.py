"""English probes of the tenth round's widened families (src/bilateral/lang/en/triggers_w10.yaml): sentences written
for these tests, each "TYPE MODE SOURCE TARGET [STATUS]" (mode "-" for none), "NOT TYPE [MODE]" or "NO CODE" line as
in tests/lang/probes.py#check, or "NO EVENT" for none at all.

Constructions: a request for loans, credit or aid told by its noun is REQUEST assist, and turning it down is REJECT
assist beside it; stripping another state's diplomats of immunity or accreditation is SANCTION expel (CODING_GUIDE
fifth round); pulling or withdrawing one's own diplomats or officials out of a state, names between the verb and its
object, is SANCTION withdraw; dismissing or calling accusations baseless, groundless or unfounded is REJECT, not
ACCUSE (CODING_GUIDE fifth round). A warning against told with a date or a second addressee before "against" is
THREATEN (not the act warned against); receiving or hosting "the visiting" guest is a visit. Air-defence systems or
instructors sent, and arms donated or given, are AID military (CODING_GUIDE); arms sent with no gift told, and an
arms sale approved, are COOPERATE military. Asking a state for a loan or about its terms is REQUEST assist."""

from __future__ import annotations

import pytest

from bilateral.context import Context
from bilateral.pipeline import Pipeline

from ..lang.probes import check, probe_lines, run

PROBES = {
    "en": """
    REJECT assist CHN VEN | Beijing has turned down repeated Venezuelan requests for new loans, bankers said on Monday.
    REQUEST assist VEN CHN | Beijing has turned down repeated Venezuelan requests for new loans, bankers said on Monday.
    REJECT assist DEU POL | Germany on Tuesday rejected Poland's request for military aid.
    REQUEST assist POL DEU | Germany on Tuesday rejected Poland's request for military aid.
    REJECT assist JPN LKA | Japan rebuffed Sri Lanka's appeals for financial aid last week.
    NOT REJECT assist | Germany on Tuesday rejected Poland's request for a meeting.
    SANCTION expel IND CAN | In October New Delhi stripped 41 Canadian diplomats of their immunity.
    SANCTION expel RUS GBR | Moscow on Friday revoked the diplomatic immunity of two British attaches.
    SANCTION expel MLI FRA | Mali withdrew the accreditation of three French diplomats on Sunday.
    NOT SANCTION expel | The Italian parliament on Friday stripped the senator of his immunity from prosecution.
    SANCTION withdraw IND CAN | India said on Monday it was pulling its high commissioner and other officials out of Canada.
    SANCTION withdraw IND CAN | India said on Monday it was pulling Verma and other officials out of Canada.
    SANCTION withdraw NLD RUS | The Netherlands withdrew its diplomats from Russia on Thursday.
    NOT SANCTION withdraw | Iran withdrew its negotiators from the talks with Britain on Thursday.
    REJECT - IRN AZE | Iran rejected Azerbaijan's charges as baseless on Monday.
    REJECT - IRN AZE | Iran's foreign ministry on Monday dismissed the Azerbaijani accusations as unfounded.
    REJECT - CHN JPN | China on Monday called Japan's claims groundless.
    NOT ACCUSE | China on Monday called Japan's claims groundless.
    ACCUSE disapprove IRN AZE | Iran on Monday called Azerbaijan's move illegal.
    NOT REJECT | Egypt denied on Monday that it had sent troops to Libya and called the Turkish reports baseless.
    MOBILIZE troops EGY LBY negated | Egypt denied on Monday that it had sent troops to Libya and called the reports baseless.
    THREATEN - IRN ISR | Iran warned Israel on Monday against any attack.
    NOT ASSAULT | Iran warned Israel on Monday against any attack.
    THREATEN - RUS FIN | Russia cautioned Finland against joining NATO.
    THREATEN - CHN JPN | China on Tuesday warned Washington and Tokyo against meddling in its affairs.
    NO EVENT | The IMF warned on Monday against new tariffs.
    CONSULT visit SAU EGY | Egypt's president received the visiting Saudi foreign minister in Cairo on Monday.
    CONSULT visit FRA CHN | Xi hosted the visiting French president in Beijing on Monday.
    NO EVENT | Egypt received a visiting delegation of investors on Monday.
    AID military DEU UKR | Germany sent two Patriot air defence systems to Ukraine on Monday.
    AID military RUS MLI | Moscow dispatched military instructors to Mali on Wednesday.
    AID military JPN PHL | Japan donated 20 drones to the Philippines on Monday.
    COOPERATE military SRB UKR | Serbia sent ammunition to Ukraine last year.
    NOT AID | Serbia sent ammunition to Ukraine last year.
    NO EVENT | Iran sent weapons to Houthi rebels in Yemen last year.
    COOPERATE military USA TWN | Washington approved a $2 billion arms sale to Taiwan on Monday.
    THREATEN - USA CHN | Washington warned Beijing against arms sales to Russia.
    NOT COOPERATE | Washington warned Beijing against arms sales to Russia.
    REQUEST assist PAK CHN | Pakistan asked China for an extra $2 billion loan on Monday.
    REQUEST assist EGY CHN | Egypt's finance minister asked Beijing on Monday to lower the interest rate on its loans.
    REQUEST assist KEN CHN | Kenya urged China to restructure its loans on Monday.
    REQUEST - EGY ETH | Egypt asked Ethiopia to halt the filling of the dam.
    NOT REQUEST assist | Egypt asked Ethiopia to halt the filling of the dam.
    """,
}


@pytest.fixture(scope="module")
def pipeline(ctx: Context) -> Pipeline:
    return Pipeline(ctx)


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_en_types_w10(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    _analysis, events = run(pipeline, lang, text)
    if expect == "NO EVENT":
        assert events == [], events
        return
    check(events, expect, set())
