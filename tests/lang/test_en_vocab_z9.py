"""Probes of English trigger vocabulary and type choice (ninth round, src/bilateral/lang/en/triggers_z9.yaml):
sentences written for these tests, each "TYPE MODE SOURCE TARGET [STATUS] | sentence" ("-" for no mode), "NOT TYPE
[MODE] | sentence" (no event of that type) or "NO CODE | sentence" (no event naming that state).

Constructions: a debt restructured or rescheduled with its amount between the verb and the debt (AID debt-relief);
an agreement or approval "in principle" (AGREE); a state barring its own banks, firms or citizens from dealing with
another (SANCTION); a joint statement published, put out or unveiled (SUPPORT sign); a relationship or partnership
upgraded or elevated (SUPPORT); interests sections or liaison offices opened (SUPPORT); a named dialogue held
(CONSULT meet); a state described as a recipient of aid (no AID); loans already outstanding (no AID); a leader
meeting business people or investors (no CONSULT); a meeting a declaration commits to (no AGREE); an intent to restore
relations announced (AGREE, the restoration done stays RETREAT); an envoy's trip home (no visit); a guest received
in a place by a host (CONSULT visit), not goods received nor a proposal welcomed in principle; forces ordered to act
(no arms order); sanctions a purchase could expose a state to (none imposed); alarm, dismay or outrage at a named act
(ACCUSE disapprove); demands, appeals or requests "from" a state (REQUEST from it); a swap signed (SUPPORT sign);
joint maritime, naval or border patrols (COOPERATE military); reparations paid (AID; promised or demanded: AGREE or
REQUEST only); a state lobbied, pressured or leaned on to act (REQUEST); a loan rolled over or refinanced (AID loan);
a hospital, school or dam financed in another state (AID build);
a signature put, affixed or added to a text in every person and tense (SUPPORT sign); a grant "from" a state, a grant
agreement (AID)."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

SYMMETRIC = {("SUPPORT", "sign"), ("AGREE", None), ("CONSULT", "meet"), ("SUPPORT", None)}

PROBES = {
    "en": """
    AID debt-relief RUS CUB | Russia on Tuesday restructured 2.3 billion dollars of Cuban Soviet-era debt.
    AID debt-relief EGY SDN | Egypt and Sudan signed an agreement rescheduling $500 million of Sudanese debt on Monday.
    AID debt-relief CHN ZMB | China restructured $4 billion worth of Zambian loans on Friday.
    AID debt-relief FRA SEN | France wrote off 300 million euros of Senegalese debt in March.
    NOT AID | Egypt restructured its ministry of foreign affairs last year, and Sudan cut its debt.
    AGREE - TUR UKR | Ankara agreed in principle on Tuesday to supply Kyiv with more drones.
    AGREE - RUS SYR | Assad won Moscow's agreement in principle to the new loan in June.
    AGREE - JPN IND | Japan gave its approval in principle to the rail project with India on Monday.
    SANCTION - USA VEN | In May the U.S. administration barred American banks from buying new Venezuelan bonds.
    SANCTION - GBR MMR | Britain prohibited British companies from investing in Myanmar on Monday.
    SANCTION - JPN PRK | Tokyo forbids Japanese firms from trading with North Korea since Monday.
    NOT SANCTION | Russia barred the opposition leader from running in the election on Monday.
    SUPPORT sign EGY JOR | Egypt and Jordan published a joint declaration on Monday.
    SUPPORT sign IND FRA | India and France put out a joint statement on Thursday.
    SUPPORT sign CHN BRA | China and Brazil unveiled a joint communique after the talks on Friday.
    SUPPORT - VNM USA | Vietnam and the United States upgraded their relationship to a strategic partnership on Sunday.
    SUPPORT - IDN JPN | Indonesia and Japan elevated their partnership on Monday.
    NOT SUPPORT | The minister raised concerns about the partnership with Egypt on Monday.
    SUPPORT - USA CUB | In 1977 Washington and Havana opened interest sections in each other's capitals.
    SUPPORT - KOR PRK | South Korea and North Korea set up liaison offices at the border in 2018.
    NOT SUPPORT | Seoul kept the liaison offices with Pyongyang open on Monday.
    CONSULT meet JPN BGD planned | Japan and Bangladesh will hold the next round of their economic dialogue in Tokyo in October.
    CONSULT meet IND USA | India and the United States held their annual strategic dialogue in Delhi on Monday.
    CONSULT meet AUS CHN planned | Australia and China are to convene their ministerial dialogue in Canberra next month.
    NOT AID | Egypt remains one of the largest recipients of American military aid.
    NOT AID | Jordan is the biggest beneficiary of Japanese development assistance in the region.
    AID - JPN BGD | Japan gave Bangladesh $2 billion in development assistance in 2019.
    NOT AID | Pakistan asked Beijing on Monday to lower the interest rate on its outstanding loans.
    REQUEST assist PAK CHN | Pakistan asked Beijing on Monday to lower the interest rate on its outstanding loans.
    NOT CONSULT meet | The Vietnamese prime minister will fly to Sydney on Friday to meet business leaders.
    NOT CONSULT meet | The Indian premier met investors in Riyadh on Tuesday.
    CONSULT meet IND SAU | The Indian premier met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.
    NOT AGREE | Somalia and Ethiopia on Monday signed a declaration committing to hold technical talks in March.
    AGREE - USA CUB | March 3, 1977 - Washington and Havana announce they will restore relations.
    AGREE - SAU IRN | Riyadh and Tehran announced in Beijing on March 10 that they would restore diplomatic relations.
    AGREE - EGY QAT | Egypt and Qatar declared on Monday that they would resume diplomatic ties.
    NOT RETREAT | Egypt and Qatar declared on Monday that they would resume diplomatic ties.
    RETREAT ease EGY QAT | Egypt and Qatar announced on Monday that they had restored diplomatic ties.
    NOT AGREE | Egypt and Qatar announced on Monday that they had restored diplomatic ties.
    NOT CONSULT visit | Pakistan told Iran's ambassador, who was on a trip home at the time, not to come back.
    CONSULT visit CHN EGY | The Chinese foreign minister was received in Cairo by President Sisi on Sunday.
    CONSULT visit EGY SAU | The Egyptian foreign minister was received at the royal palace by the Saudi king in May.
    NOT CONSULT | Egypt received in aid a loan granted by the IMF in 2020.
    NOT CONSULT | Cairo welcomed in principle the proposal made by France on Monday.
    NOT COOPERATE | March 3, 1975 - The president orders U.S. warships to sail toward Libya.
    NOT COOPERATE | Moscow ordered troops to the Ukrainian border on Monday.
    COOPERATE military IND FRA | India ordered 26 fighter jets from France on Monday.
    NOT SANCTION | The envoy warned that buying Russian jets could expose Turkey to American sanctions.
    NOT SANCTION | Officials said the deal exposes Indian banks to secondary US sanctions.
    ACCUSE disapprove UNO ISR | The UN chief said on Monday he was alarmed by Israel's raid on the camp.
    ACCUSE disapprove DEU RUS | Berlin is deeply troubled by Moscow's decision to close the German consulate.
    ACCUSE disapprove FRA TUR | Paris was appalled by Turkey's shelling of the town on Sunday.
    REQUEST - USA ISR | Israel has so far resisted demands from Washington to halt the offensive.
    REQUEST - EGY ETH | Ethiopia ignored repeated appeals from Cairo to stop filling the dam in July.
    CONSULT phone EGY RUS | Egypt received a phone call from Putin on Monday.
    SUPPORT sign CHN ARG | China and Argentina signed a currency swap on Monday.
    SUPPORT sign DEU EGY | Under a debt swap signed with Germany in November, Egypt will fund solar plants.
    SUPPORT sign JPN IND | Japan and India concluded a $75 billion swap line on Friday.
    COOPERATE military IDN AUS hypothetical | Jakarta said joint maritime patrols with Australia could begin in June.
    COOPERATE military MYS IDN | Malaysia and Indonesia launched coordinated naval patrols in the strait on Monday.
    AID - IRQ KWT | Iraq paid Kuwait the last instalment of war reparations in 2022.
    AID - DEU GRC | Germany transferred 300 million euros in reparations to Greece in 1960.
    NOT AID | Germany agreed on Friday to pay 1.1 billion euros in reparations to Namibia.
    REQUEST - NAM DEU | Namibia demanded on Friday that Germany pay reparations.
    NOT AID | Namibia demanded on Friday that Germany pay reparations.
    REQUEST - EGY ISR | Egypt pressured Israel on Monday to open the crossing.
    REQUEST - USA EGY | Washington leaned on Cairo on Tuesday to accept the ceasefire plan.
    REQUEST - IND USA | New Delhi lobbied Washington in May to lift the restrictions.
    NOT REQUEST | The minister said he had pressured his staff on Monday to finish the report.
    AID loan CHN PAK | China rolled over a $2 billion loan to Pakistan on Monday.
    AID loan SAU EGY | Riyadh refinanced its deposits in Egypt's central bank in March.
    AID build KWT SDN | Kuwait financed a new hospital in Sudan in 2019.
    AID build QAT JOR | Qatar funded two schools in Jordan last year.
    NOT AID | The Qatari foundation funded a study on Jordanian water use last year.
    SUPPORT sign SRB KOS | Serbia's president puts his signature to the deal with Kosovo on Monday.
    SUPPORT sign EGY SDN | Egypt added its signature to the accord with Sudan in March.
    SUPPORT sign TUR SWE | Turkey and Sweden put their signatures on the memorandum in June.
    AID - JPN JOR | Jordan received a grant from Japan on Monday.
    AID - KOR LAO | Laos secured two grants from South Korea in May.
    AID - JPN EGY | Japan and Egypt signed a grant agreement worth $20 million on Monday.
    NOT AID | The ministry decided on Monday to grant visas to Egyptian students.
    """,
}


@pytest.mark.parametrize(("lang", "expect", "text"), probe_lines(PROBES))
def test_en_vocab_z9(pipeline: Pipeline, lang: str, expect: str, text: str) -> None:
    _analysis, events = run(pipeline, lang, text)
    check(events, expect, SYMMETRIC)
