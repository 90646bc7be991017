"""Probes of English trigger vocabulary and type choice (seventh round): sentences written for these tests, several
per construction, each "TYPE MODE SOURCE TARGET [STATUS] | sentence" (mode "-" for none; symmetric types in either
order) that must give that event (with that status when given), or "NOT TYPE [MODE] | sentence" that must give no
event of that type (and mode).

Constructions: opening or inaugurating an embassy, consulate or representative office is SUPPORT (a mission kept
open is not); one state's exercises near another's border are MOBILIZE troops, joint exercises stay COOPERATE
military; free or donated goods shipped are AID humanitarian, not trade; a relief operation is AID humanitarian;
forces cut back or pulled back near a border are RETREAT withdraw; figures or statements released are no RETREAT
release; a state evacuating its own diplomats gives no AID."""

from __future__ import annotations

import pytest

from bilateral.pipeline import Pipeline

from .probes import probe_lines, run

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
    """,
}


@pytest.mark.parametrize(("lang", "expected", "text"), probe_lines(PROBES))
def test_x7_en_vocab_probe(pipeline: Pipeline, lang: str, expected: str, text: str) -> None:
    _analysis, got = run(pipeline, lang, text)
    if expected.startswith("NOT "):
        banned = [None if x == "-" else x for x in expected.split()[1:]]  # a type, and a mode when given
        assert not [e for e in got if e[0] == banned[0] and (len(banned) == 1 or e[1] == banned[1])], got
        return
    etype, raw_mode, source, target, *status = expected.split()
    mode = None if raw_mode == "-" else raw_mode
    pairs = {(source, target), (target, source)} if (etype, mode) in SYMMETRIC else {(source, target)}
    assert any(t == etype and m == mode and (s, g) in pairs and (not status or st == status[0])
               for t, m, s, g, st in got), got
