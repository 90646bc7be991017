"""KnowledgeBase queries: holders by date, country codes as of a date, extension, pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bilateral.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _holder(kb: KnowledgeBase, country: str, role: str, date: str | None) -> str | None:
    p = kb.holder(country, role, date)
    return p.id if p else None


@pytest.mark.parametrize("country, role, date, expected", [
    ("RUS", "head_of_state", "2009", "dmitry-medvedev"),
    ("RUS", "head_of_state", "2015", "vladimir-putin"),
    ("RUS", "head_of_state", "2008", "dmitry-medvedev"),  # May-December outweighs January-May
    ("RUS", "head_of_state", "2008-05-06", "vladimir-putin"),
    ("RUS", "head_of_state", "2008-05-07", "dmitry-medvedev"),  # hand-over day: the incoming holder
    ("RUS", "head_of_government", "2010-03", "vladimir-putin"),
    ("RUS", "foreign_minister", "2020-06-01", "sergey-lavrov"),
    ("RUS", "defence_minister", "2016", "sergei-shoigu"),
    ("SUN", "head_of_government", "1964", "nikita-khrushchev"),
    ("RUS", "head_of_government", "1964", "nikita-khrushchev"),  # RUS in 1964 is the Soviet Union
    ("SUN", "party_leader", "1975", "leonid-brezhnev"),
    ("SUN", "foreign_minister", "1972-05", "andrei-gromyko"),
    ("EGY", "head_of_state", "1960", "gamal-abdel-nasser"),
    ("EGY", "head_of_state", "1975-06-01", "anwar-sadat"),
    ("EGY", "head_of_state", "2016", "abdel-fattah-el-sisi"),
    ("EGY", "foreign_minister", "2020-02-10", "sameh-shoukry"),
    ("EGY", "head_of_state", "2013", None),  # Morsi and Mansour each about half of the year
    ("SYR", "head_of_state", "1990", "hafez-al-assad"),
    ("SYR", "head_of_state", "2010", "bashar-al-assad"),
    ("USA", "head_of_state", "1962", "john-f-kennedy"),
    ("USA", "head_of_government", "2010", "barack-obama"),  # presidential: falls back to the president
    ("USA", "foreign_minister", "2014", "john-kerry"),
    ("TUR", "head_of_government", "2020", "recep-tayyip-erdogan"),
    ("TUR", "head_of_government", "2010", "recep-tayyip-erdogan"),
    ("IRN", "head_of_state", "2010", "ali-khamenei"),
    ("GBR", "head_of_government", "2017", "theresa-may"),
    ("CHN", "head_of_state", "2015", "xi-jinping"),
    ("DEU", "head_of_government", "2010", "angela-merkel"),
    ("FRA", "head_of_state", "2019", "emmanuel-macron"),
    ("SAU", "head_of_state", "2010", "abdullah-of-saudi-arabia"),
    ("ISR", "head_of_government", "2012", "benjamin-netanyahu"),
    ("IND", "head_of_government", "2016", "narendra-modi"),
    ("EGY", "head_of_state", None, "abdel-fattah-el-sisi"),
])
def test_kb_holder_as_of_date(kb: KnowledgeBase, country: str, role: str, date: str | None,
                              expected: str | None) -> None:
    assert _holder(kb, country, role, date) == expected


@pytest.mark.parametrize("code, date, expected", [
    ("RUS", "1980", "SUN"), ("RUS", "1991-12-25", "SUN"), ("RUS", "1991-12-26", "RUS"), ("SUN", "1995", "RUS"),
    ("SUN", "1985", "SUN"), ("RUS", None, "RUS"), ("EGY", "1960-05", "EGY"), ("SYR", "1959", "SYR"),
    ("SYR", "1962", "SYR"), ("UAR", "1965", "EGY"), ("YEM", "1980", "YAR"), ("YAR", "1995", "YEM"),
    ("DDR", "1995", "DEU"), ("UKR", "1985", "SUN"), ("CZE", "1980", "CSK"), ("YUG", "2010", "SRB"),
    ("XXX", "2000", "XXX"),
])
def test_kb_country_as_of(kb: KnowledgeBase, code: str, date: str | None, expected: str) -> None:
    assert kb.country_as_of(code, date) == expected


def test_kb_offices_of_a_person_at_a_date(kb: KnowledgeBase) -> None:
    assert [o.role for o in kb.offices_of("vladimir-putin", "2010")] == ["head_of_government"]
    assert [o.role for o in kb.offices_of("dmitry-medvedev", "2010")] == ["head_of_state"]
    assert kb.offices_of("nobody", "2010") == []
    assert len(kb.offices_of("vladimir-putin")) == 4


def test_kb_role_for_title_and_sector(kb: KnowledgeBase) -> None:
    assert kb.role_for("IRN", "president") == "head_of_government"
    assert kb.role_for("EGY", "president") == "head_of_state"
    assert kb.role_for(None, "president") == "head_of_state"
    assert kb.role_for("EGY", "foreign_minister") == "foreign_minister"
    assert kb.sector("head_of_state") == "GOV" and kb.sector("army_chief") == "MIL" and kb.sector("speaker") == "LEG"
    assert kb.sector("minister:oil") == "GOV"


def test_kb_pick_person_by_date(kb: KnowledgeBase) -> None:
    both = "george-h-w-bush|george-w-bush"
    assert kb.pick_person(both, "1991").id == "george-h-w-bush"
    assert kb.pick_person(both, "2003").id == "george-w-bush"
    assert kb.pick_person(both, "1998") is None


def test_kb_user_file_extends_and_changes_fingerprint(kb: KnowledgeBase, tmp_path: Path) -> None:
    f = tmp_path / "extra.yaml"
    f.write_text(
        "countries:\n  - {code: EGY, names_en: [Land of the Nile]}\n"
        "people:\n"
        "  - {id: vladimir-putin, names_en: [V. V. Putin]}\n"
        "  - {id: amina-fictional, name_en: Amina Fictional, name_ar: أمينة الخيالية, country: EGY,\n"
        "     offices: [[minister:tourism, 2031-01-01, null]]}\n", "utf-8")
    kb2 = KnowledgeBase.load(extra=[f])
    assert kb2.fingerprint() != kb.fingerprint()
    assert KnowledgeBase.load().fingerprint() == kb.fingerprint()
    assert "Land of the Nile" in kb2.country("EGY").forms_of("en", "name")
    assert "Egypt" in kb2.country("EGY").forms_of("en", "name")  # extended, not replaced
    assert "V. V. Putin" in kb2.person("vladimir-putin").names_en
    assert len(kb2.person("vladimir-putin").offices) == 4
    assert kb2.holder("EGY", "minister:tourism", "2032").id == "amina-fictional"


def test_kb_pickles_and_loads_fast_enough_to_share(kb: KnowledgeBase) -> None:
    kb2 = pickle.loads(pickle.dumps(kb))
    assert kb2.fingerprint() == kb.fingerprint()
    assert kb2.holder("RUS", "head_of_state", "2009").id == "dmitry-medvedev"
    assert kb2.country("SUN").successor == "RUS"
