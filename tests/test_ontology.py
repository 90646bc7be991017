"""The PLOVER data file: exact types, the manual's inconsistencies as we resolved them."""

from __future__ import annotations

import pytest

from bilateral.model import EventType, Status
from bilateral.ontology import Ontology


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def test_ontology_has_exactly_the_16_types(onto: Ontology) -> None:
    assert set(onto.types) == {t.value for t in EventType}


def test_ontology_sanction_is_material_conflict_as_its_section_says(onto: Ontology) -> None:
    assert onto.coding(EventType.SANCTION, None).quad == 4


def test_ontology_accuse_base_score_sign_typo_is_corrected(onto: Ontology) -> None:
    assert onto.coding(EventType.ACCUSE, None).intensity < 0
    assert onto.coding(EventType.ACCUSE, "disapprove").intensity == -2


def test_ontology_quads_follow_the_manual_summary(onto: Ontology) -> None:
    quads = {t: onto.coding(t, None).quad for t in EventType}
    assert {t for t, q in quads.items() if q == 1} == {EventType.AGREE, EventType.CONSULT, EventType.SUPPORT,
                                                       EventType.CONCEDE}
    assert {t for t, q in quads.items() if q == 2} == {EventType.COOPERATE, EventType.AID, EventType.RETREAT}


def test_ontology_mode_scores_and_cameo_codes(onto: Ontology) -> None:
    assert onto.coding(EventType.CONSULT, "visit").intensity == 4
    assert onto.coding(EventType.CONSULT, "visit").cameo == "042"
    assert onto.coding(EventType.CONSULT, "meet").intensity == 2.5  # finer mode: the type's score
    assert onto.coding(EventType.SUPPORT, "sign").cameo == "057"


def test_ontology_every_mode_has_a_cameo_code_and_scores_in_range(onto: Ontology) -> None:
    for t in EventType:
        for mode in onto.modes(t) | {None}:
            c = onto.coding(t, mode)
            assert -10 <= c.intensity <= 10
            assert c.cameo.isdigit() and 3 <= len(c.cameo) <= 4
            assert c.quad in (1, 2, 3, 4)


def test_ontology_strict_view_codes_future_cooperation_as_agree(onto: Ontology) -> None:
    assert onto.strict_type(EventType.CONSULT, Status.PLANNED) == EventType.AGREE
    assert onto.strict_type(EventType.CONSULT, Status.OCCURRED) == EventType.CONSULT
    assert onto.strict_type(EventType.SANCTION, Status.PLANNED) == EventType.SANCTION


def test_ontology_contexts_are_the_37_plover_contexts(onto: Ontology) -> None:
    assert len(onto.contexts) == 37 and "diplomatic" in onto.contexts
