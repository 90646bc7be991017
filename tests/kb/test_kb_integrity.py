"""Integrity of the shipped knowledge-base data: schema, intervals, codes, duplicates, clashes."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import re
import subprocess
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
import yaml

from bilateral.errors import DataError
from bilateral.kb import KnowledgeBase, date_range
from bilateral.normalize import fold_phrase

DATA = Path(str(resources.files("bilateral").joinpath("kb", "data")))
ROOT = Path(__file__).resolve().parents[2]

# Offices that legitimately overlap in one country (documented): none at the moment.
ALLOWED_OVERLAPS: set[tuple[str, str, str, str]] = set()
# Forms shared by two codes on purpose: COW codes of continuator states.
SHARED_COW = {365: {"SUN", "RUS"}, 345: {"YUG", "SCG", "SRB"}}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _certain(o) -> tuple[dt.date, dt.date]:
    """The days an office was certainly held (a month-precision start counts from its last day)."""
    a = date_range(o.start)[1] if o.start else dt.date(1, 1, 1)
    b = date_range(o.end)[0] if o.end else dt.date(9999, 12, 31)
    return a, b


def test_kb_has_every_iso_state(kb: KnowledgeBase) -> None:
    states = [c for c in kb.countries.values() if c.kind == "state"]
    assert len(states) >= 193
    for c in kb.countries.values():
        assert re.fullmatch(r"[A-Z][A-Z0-9]{1,8}", c.code), c.code
        assert c.name_en
    for code in ("EGY", "RUS", "USA", "SYR", "PSE", "VAT", "TWN"):
        assert kb.country(code) is not None and kb.country(code).name_ar
    assert kb.country("ESH").kind == "territory"
    assert kb.country("SUN").kind == "historical"
    assert kb.country("UNO").kind == "organisation"


def test_kb_intervals_start_before_end(kb: KnowledgeBase) -> None:
    for c in kb.countries.values():
        if c.start and c.end:
            assert date_range(c.start)[0] <= date_range(c.end)[1], c.code
    for p in kb.people.values():
        for o in p.offices:
            a, b = o.days()
            assert a <= b, (p.id, o)


def test_kb_no_overlapping_holders(kb: KnowledgeBase) -> None:
    by_office = defaultdict(list)
    for p in kb.people.values():
        for o in p.offices:
            by_office[(o.country, o.role)].append((o, p.id))
    problems = []
    single = {k for k, v in kb.roles.items() if v.get("single")}
    assert {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"} <= single
    for (country, role), offices in by_office.items():
        if role.split(":")[0] not in single:
            continue
        offices.sort(key=lambda x: _certain(x[0]))
        for (o1, p1), (o2, p2) in itertools.pairwise(offices):
            _a1, b1 = _certain(o1)
            a2, _b2 = _certain(o2)
            if a2 < b1 and (country, role, p1, p2) not in ALLOWED_OVERLAPS:  # sharing the hand-over day is fine
                problems.append((country, role, p1, o1.start, o1.end, p2, o2.start))
    assert not problems, problems


def test_kb_references_exist(kb: KnowledgeBase) -> None:
    for p in kb.people.values():
        assert p.country in kb.countries, p.id
        for o in p.offices:
            assert o.country in kb.countries
            assert o.role.split(":")[0] in kb.roles, (p.id, o.role)
    for c in kb.countries.values():
        for ref in (c.predecessor, c.successor):
            assert ref is None or ref in kb.countries
    for pl in kb.places:
        assert pl.country is None or pl.country in kb.countries


def test_kb_no_duplicate_keys_within_a_file() -> None:
    files = sorted(DATA.glob("*.yaml")) + sorted((DATA / "people").glob("*.yaml"))
    people_ids: dict[str, str] = {}
    for f in files:
        doc = yaml.safe_load(f.read_text("utf-8")) or {}
        for section, key in (("countries", "code"), ("bodies", "name_en"), ("places", "name_en"), ("roles", "key")):
            keys = [r[key] for r in doc.get(section) or []]
            dupes = {k for k in keys if keys.count(k) > 1}
            assert not dupes, (f.name, section, dupes)
        for r in doc.get("people") or []:
            assert r["id"] not in people_ids, (r["id"], f.name, people_ids.get(r["id"]))
            people_ids[r["id"]] = f.name


def test_kb_cow_codes_unique(kb: KnowledgeBase) -> None:
    seen = defaultdict(set)
    for c in kb.countries.values():
        if c.cow is not None:
            seen[c.cow].add(c.code)
    for cow, codes in seen.items():
        assert len(codes) == 1 or codes <= SHARED_COW.get(cow, set()), (cow, codes)
    assert kb.country("USA").cow == 2 and kb.country("EGY").cow == 651 and kb.country("RUS").cow == 365


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_kb_surface_forms_name_one_country(kb: KnowledgeBase, lang: str) -> None:
    owner: dict[str, set[str]] = defaultdict(set)
    for c in kb.countries.values():
        if c.kind == "territory":
            continue
        for kind in ("name", "abbrev", "capital", "seat", "demonym", "nisba"):
            for f in c.forms_of(lang, kind):
                owner[fold_phrase(f)].add(c.code)
    clashes = {f: codes for f, codes in owner.items() if len(codes) > 1}
    assert not clashes, clashes


def test_kb_historical_states_and_successors(kb: KnowledgeBase) -> None:
    sun = kb.country("SUN")
    assert (sun.start, sun.end, sun.successor) == ("1922-12-30", "1991-12-26", "RUS")
    assert kb.country("RUS").predecessor == "SUN"
    for code in ("YUG", "DDR", "CSK", "YAR", "YMD", "UAR", "SCG"):
        c = kb.country(code)
        assert c.kind == "historical" and c.start and c.end and c.successor, code


def test_kb_organisations_have_arabic_names(kb: KnowledgeBase) -> None:
    for code in ("UNO", "ARL", "EUR", "AFU", "NATO", "GCC", "OPEC", "BRICS", "IAEA", "IMF", "WBK", "OIC", "ASEAN",
                 "SCO", "G20"):
        c = kb.country(code)
        assert c is not None and c.kind == "organisation" and c.name_ar, code
    council = [b for b in kb.bodies if b.name_en == "UN Security Council"]
    assert council and council[0].code == "UNO"


def test_kb_bad_interval_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text("people:\n  - {id: x, name_en: X Y, country: EGY, offices: [[foreign_minister, 2010, 2001]]}\n",
                   "utf-8")
    with pytest.raises(DataError) as e:
        KnowledgeBase.load(extra=[bad])
    assert "mine.yaml" in str(e.value) and "before it starts" in str(e.value)


@pytest.mark.parametrize("content, message", [
    ("people:\n  - {id: x, name_en: X Y, country: ZZZ}\n", "unknown country code 'ZZZ'"),
    ("countries:\n  - {code: EGY, colour: red}\n", "unknown field"),
    ("people:\n  - {id: x, name_en: X Y, country: EGY, offices: [[emperor, 2001, null]]}\n", "unknown role"),
    ("people: [\n", "invalid YAML"),
    ("people:\n  - {id: x, name_en: X, country: EGY, offices: [[foreign_minister, 2001-13, null]]}\n",
     "ISO partial date"),
    ("planets: []\n", "unknown section"),
])
def test_kb_bad_file_clear_error(tmp_path: Path, content: str, message: str) -> None:
    f = tmp_path / "user_kb.yaml"
    f.write_text(content, "utf-8")
    with pytest.raises(DataError) as e:
        KnowledgeBase.load(extra=[f])
    assert message in str(e.value)
    assert "user_kb.yaml" in str(e.value)
    assert e.value.code == "E200"


def test_kb_missing_extra_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not found"):
        KnowledgeBase.load(extra=[tmp_path / "nope.yaml"])


@pytest.mark.skipif(importlib.util.find_spec("babel") is None or importlib.util.find_spec("pycountry") is None
                    or importlib.util.find_spec("world_countries") is None, reason="dev extra not installed")
def test_kb_generated_countries_file_is_current() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "generate_kb.py"), "--check"], capture_output=True)
    assert r.returncode == 0, "countries.yaml is out of date: run scripts/generate_kb.py"
