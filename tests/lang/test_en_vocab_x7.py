"""Probes of English trigger vocabulary and type choice (seventh round): sentences written for these tests, several
per construction, each "TYPE MODE SOURCE TARGET [STATUS] | sentence" (mode "-" for none; symmetric types in either
order) that must give that event (with that status when given), or "NOT TYPE [MODE] | sentence" that must give no
event of that type (and mode).

Constructions: opening or inaugurating an embassy, consulate or representative office is SUPPORT (a mission kept
open is not); one state's exercises near another's border are MOBILIZE troops, joint exercises stay COOPERATE
military; free or donated goods shipped are AID humanitarian, not trade; a relief operation is AID humanitarian;
forces cut back or pulled back near a border are RETREAT withdraw; figures or statements released are no RETREAT
release; a state evacuating its own diplomats gives no AID; goods sold at nominal prices are AID humanitarian; goods
supplied or financed on deferred payment are AID loan (the oil no COOPERATE energy besides); military instructors,
advisers or trainers sent or arriving are AID military (not MOBILIZE, not COOPERATE); a treaty abrogated, repudiated,
renounced, quit or walked away from, or notice given of its end, is SANCTION discontinue; pleading, begging or
beseeching is REQUEST; combat readiness or a state of readiness is no AGREE; goods shipped "as aid" are AID; a state
or government credit ("a $100 million credit") is AID loan; military or civil equipment gifted or handed over is AID
(military for arms, boats and aircraft; suspects handed over are not); a naval task force, flotilla or carrier sent
or sailing is MOBILIZE troops; an arms purchase concluded or signed is SUPPORT sign and COOPERATE military (arms
sales condemned are not); an accord penned or co-signed is signed; an instrument of ratification deposited is
SUPPORT ratify; the last soldiers flying out, a departure of troops, a base handed over or vacated are RETREAT
withdraw; troops described as stationed somewhere are no MOBILIZE (a state stationing troops is)."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import check, probe_lines, run

SYMMETRIC = {("CONSULT", "meet"), ("AGREE", None), ("SUPPORT", "sign"), ("COOPERATE", "military")}

PROBES = {
    "en": """
    SUPPORT - EGY PRT | Egypt opened an embassy in Lisbon on Sunday.
    SUPPORT - CUB KOR | Cuba inaugurated its embassy in Seoul last week.
    SUPPORT - TWN LTU | Taiwan opened a representative office in Vilnius in November.
    SUPPORT - ISR BHR | The opening of Israel's embassy in Manama took place on Monday.
    SUPPORT - IND ARM | India opens a consulate in Yerevan on Friday.
    NOT SUPPORT | Kenya has kept its embassy in Moscow open.
    NOT SUPPORT | The Greek embassy in Tripoli remained open on Monday.
    MOBILIZE troops TUR SYR | Last month, Turkish forces held large drills near the Syrian border.
    MOBILIZE troops RUS UKR | Russian troops staged military exercises along the Ukrainian border on Friday.
    MOBILIZE troops IRN AZE | Iran is conducting war games close to the Azerbaijani border.
    NOT COOPERATE | Iran launched naval drills near the border with Azerbaijan on Monday.
    COOPERATE military CHN RUS | China and Russia staged joint exercises near the Japanese border.
    NOT MOBILIZE | China and Russia staged joint exercises near the Japanese border.
    AID humanitarian RUS MLI | Russia shipped 30,000 tonnes of free grain to Mali in March.
    NOT COOPERATE | Russia shipped 30,000 tonnes of free grain to Mali in March.
    AID humanitarian UKR SOM | Ukraine sent free wheat to Somalia last year.
    AID humanitarian JPN LKA | Japan donated 5,000 tonnes of rice to Sri Lanka on Monday.
    AID humanitarian CHN LBN | China supplied free fuel to Lebanon on Sunday.
    AID humanitarian EGY SDN | Egypt gave Sudan 40 ambulances as a gift on Monday.
    MOBILIZE troops IRN AZE | Iranian war games close to the border alarmed Baku on Monday.
    AID humanitarian TUR SOM | Turkish agencies launched a relief operation in Somalia in August.
    AID humanitarian QAT AFG | Qatar began an aid airlift to Afghanistan on Monday.
    RETREAT withdraw SRB KOS | Serbia ordered the army to cut its presence near the Kosovo boundary by half on Sunday.
    RETREAT withdraw IND CHN | India pulled back its troops from the border with China on Monday.
    RETREAT withdraw ETH ERI | Ethiopia has reduced its military presence along the Eritrean border.
    NOT RETREAT | Trade between Chile and Peru rose, figures released by the national statistics office on Monday showed.
    NOT RETREAT | Egypt released figures on its trade with Sudan on Monday.
    NOT AID | Algeria evacuated its diplomats from Niamey on Tuesday.
    NOT AID | Sweden evacuated its embassy staff from Khartoum on Sunday.
    AID humanitarian VNM CUB | In the early 1990s Vietnam shipped rice to Cuba at nominal prices.
    NOT COOPERATE | In the early 1990s Vietnam shipped rice to Cuba at nominal prices.
    NOT COOPERATE | Saudi Arabia will finance up to $1.2 billion a year of Pakistan's oil imports on deferred payment.
    AID loan SAU PAK | Saudi Arabia supplied Pakistan with oil on deferred payment in 2019.
    AID loan KWT JOR | Kuwait sold fuel to Jordan on deferred payment last year.
    AID military TUR LBY | Turkey deployed military advisers to Libya on Monday.
    NOT MOBILIZE | Turkey deployed military advisers to Libya on Monday.
    AID military RUS CAF | Russia sent military instructors to the Central African Republic in 2018.
    AID military RUS BFA | Russian military instructors arrived in Burkina Faso on Monday.
    NOT COOPERATE | Russian military instructors arrived in Burkina Faso on Monday.
    AID military GBR UKR | Britain dispatched a training team to Ukraine last month.
    SANCTION discontinue EGY GBR | Egypt abrogated the 1936 treaty with Britain in October 1951.
    SANCTION discontinue RUS NOR | Russia gave notice of its withdrawal from the treaty with Norway on Monday.
    SANCTION discontinue USA IRN | The United States walked away from the nuclear deal with Iran in 2018.
    SANCTION discontinue MLI FRA | Mali repudiated its defence agreements with France on Monday.
    SANCTION discontinue IRN IRQ | Iran renounced the 1975 Algiers accord with Iraq in 1980.
    SANCTION discontinue NER FRA | Niger quit the defence pact with France on Monday.
    SANCTION discontinue ITA CHN | The abrogation of Italy's agreement with China was announced on Monday.
    NOT SANCTION | Russia quit the talks with Ukraine on Monday.
    NOT ACCUSE | Iran renounced the 1975 Algiers accord with Iraq in 1980.
    REQUEST - EGY ETH | Egypt pleaded with Ethiopia on Monday to halt the filling.
    REQUEST - EGY ETH | Egypt begged Ethiopia to halt the filling.
    REQUEST - LBN SYR | Lebanon beseeched Syria to take back the refugees.
    NOT AGREE | Vucic puts the army on its highest level of combat readiness after clashes with Kosovo.
    NOT AGREE | Iran placed its forces in a state of readiness along the Iraqi border on Monday.
    AID humanitarian RUS BFA | Russia shipped 25,000 tonnes of wheat to Burkina Faso as aid in January.
    NOT COOPERATE | Russia shipped 25,000 tonnes of wheat to Burkina Faso as aid in January.
    AID loan RUS IDN | Russia extended a $1 billion state credit to Indonesia for arms purchases on Monday.
    AID loan SUN CUB | In 1960 Mikoyan signed an agreement to buy Cuban sugar, together with a $100 million credit.
    AID loan CHN ZMB | China granted Zambia a government credit of $500 million on Monday.
    NOT AID | Egypt repaid a state loan to Russia on Monday.
    AID - CHN ZMB | China handed over 50 ambulances to Zambia on Monday.
    AID military IND MDV | India gifted two helicopters to the Maldives in 2013.
    AID military USA PHL | The US handed over six patrol boats to the Philippines on Monday.
    NOT AID | Egypt handed over two suspects to Ethiopia on Monday.
    MOBILIZE troops USA PRK | The United States sent an aircraft carrier to the waters off North Korea on Monday.
    MOBILIZE troops GBR ARG | Britain dispatched a naval task force to Argentina's coast on Monday.
    MOBILIZE troops RUS SYR | A Russian naval flotilla set sail for Syria on Monday.
    SUPPORT sign EGY CZE | In 1993 Egypt concluded a landmark arms purchase from the Czech Republic.
    COOPERATE military EGY CZE | In 1993 Egypt concluded a landmark arms purchase from the Czech Republic.
    SUPPORT sign IND ISR | India signed an arms purchase with Israel on Monday.
    SUPPORT sign EGY GRC | Egypt and Greece penned a maritime accord in August.
    SUPPORT sign JPN PHL | Japan and the Philippines co-signed a defence pact on Monday.
    SUPPORT ratify EGY GRC | Egypt deposited its instrument of ratification of the treaty with Greece on Monday.
    NOT COOPERATE | China condemned US arms sales to Taiwan on Monday.
    RETREAT withdraw FRA NER | The last French soldiers flew out of Niger in December.
    RETREAT withdraw FRA NER | French troops completed their departure from Niger in December.
    RETREAT withdraw FRA MLI | The French army handed over its last base in Mali in August.
    RETREAT withdraw USA AFG | American forces vacated their last military base in Afghanistan in July.
    RETREAT withdraw RUS CUB | Russia withdrew the last troops of the brigade stationed in Cuba in June 1993.
    NOT MOBILIZE | Russia withdrew the last troops of the brigade stationed in Cuba in June 1993.
    NOT MOBILIZE | Turkey ratified a pact with Qatar that allows Turkish troops to be stationed at a base there.
    MOBILIZE troops RUS BLR | Russia stationed troops in Belarus on Monday.
    NOT RETREAT | The departure of the Chinese foreign minister from Cairo was delayed on Monday.
    """,
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_x7_en_vocab_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    check(run(pipeline, lang, text)[1], expected, SYMMETRIC)
