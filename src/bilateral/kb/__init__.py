"""The knowledge base: countries, organisations, capitals, demonyms, places and people with offices.

Data lives in ``kb/data`` (YAML, reviewable) and is loaded by :meth:`KnowledgeBase.load`; users
extend it with their own files or folders (``extra``), merged in order over the packaged data:
records are keyed (``countries`` and ``bodies`` by ``code``/``name_en``, ``people`` by ``id``,
``places`` by ``name_en``); a later scalar replaces an earlier one, a later list extends it.
See ``kb/data/README.md`` for the schema.

Dates are ISO partial dates (``1990``, ``1990-05``, ``1990-05-14``). An office interval includes
both ends; the successor may start on the day the predecessor left (hand-over day), which is not
an overlap. ``end: null`` means still in office (as of the data's review date).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError

log = logging.getLogger(__name__)

__all__ = ["Body", "Country", "KnowledgeBase", "Office", "Person", "Place", "date_range"]

KINDS = ("state", "territory", "historical", "organisation")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX = _dt.date(9999, 12, 31)


# ---------------------------------------------------------------------------------------- dates
def date_range(value: str | None, where: str = "") -> tuple[_dt.date, _dt.date]:
    """First and last day covered by an ISO partial date (``None`` = open: the whole time line)."""
    if value is None:
        return _dt.date(1, 1, 1), _MAX
    s = str(value).strip()
    try:
        parts = [int(p) for p in s.split("-")]
        if len(parts) == 1:
            return _dt.date(parts[0], 1, 1), _dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            y, m = parts
            nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
            return _dt.date(y, m, 1), nxt - _dt.timedelta(days=1)
        if len(parts) == 3:
            d = _dt.date(*parts)
            return d, d
    except ValueError:
        pass
    raise DataError(f"not an ISO partial date: {value!r}", where or None)


def _check_interval(start: str | None, end: str | None, where: str) -> None:
    a = date_range(start, where)[0] if start else None
    b = date_range(end, where)[1] if end else None
    if a and b and b < a:
        raise DataError(f"interval ends ({end}) before it starts ({start})", where)


def _iso(value: Any) -> str | None:
    """YAML turns 2004-03-09 into a date object; keep everything as ISO strings."""
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


# -------------------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class Office:
    country: str
    role: str  # key from roles.yaml: head_of_state, foreign_minister, minister:oil, ...
    start: str | None  # ISO partial date; None = unknown
    end: str | None  # None = in office
    title_en: str | None = None
    title_ar: str | None = None
    note: str | None = None

    def days(self) -> tuple[_dt.date, _dt.date]:
        lo = date_range(self.start)[0] if self.start else _dt.date(1, 1, 1)
        hi = date_range(self.end)[1] if self.end else _MAX
        return lo, hi


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name_en: str
    name_ar: str | None
    country: str
    offices: tuple[Office, ...]
    names_en: tuple[str, ...] = ()  # variants, transliterations, short forms
    names_ar: tuple[str, ...] = ()
    born: str | None = None
    short: bool = True  # False: do not derive a short form from the last word (Chinese names: Xi Jinping)
    source: str = ""

    def names(self, lang: str) -> tuple[str, ...]:
        main = self.name_en if lang == "en" else self.name_ar
        rest = self.names_en if lang == "en" else self.names_ar
        return tuple(dict.fromkeys(([main] if main else []) + list(rest)))


@dataclass(frozen=True, slots=True)
class Country:
    """A state, territory, historical state or organisation (all share the ``country`` code space)."""

    code: str
    kind: str
    name_en: str
    name_ar: str | None
    iso2: str | None = None
    cow: int | None = None
    start: str | None = None
    end: str | None = None
    predecessor: str | None = None
    successor: str | None = None  # the continuator state after ``end``
    official_en: str | None = None
    official_ar: str | None = None
    capital_en: str | None = None
    capital_ar: str | None = None
    presidential: bool | str = False  # head_of_government falls back to head_of_state (True, or from an ISO date)
    roles: tuple[tuple[str, str], ...] = ()  # title role -> office role, e.g. (president, head_of_government)
    periods: tuple[tuple[str, str | None, str | None], ...] = ()  # (code, start, end): part of a union
    # surface forms by language and type: name, abbrev, capital, seat, demonym, nisba; "not": the not_forms
    forms: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    source: str = ""

    def forms_of(self, lang: str, kind: str) -> tuple[str, ...]:
        return _forms_of(self.forms, lang, kind)


def _forms_of(forms: tuple[tuple[str, str, tuple[str, ...]], ...], lang: str, kind: str) -> tuple[str, ...]:
    for lg, k, values in forms:
        if lg == lang and k == kind:
            return values
    return ()


@dataclass(frozen=True, slots=True)
class Body:
    """A named body inside a country or organisation (UN Security Council -> code UNO)."""

    name_en: str
    name_ar: str | None
    code: str
    sector: str | None
    forms: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    source: str = ""

    def forms_of(self, lang: str, kind: str) -> tuple[str, ...]:
        return _forms_of(self.forms, lang, kind)


@dataclass(frozen=True, slots=True)
class Place:
    """A city, site or region that is not a capital: a location, not an actor."""

    name_en: str
    name_ar: str | None
    country: str | None
    kind: str = "city"
    names_en: tuple[str, ...] = ()
    names_ar: tuple[str, ...] = ()
    source: str = ""

    def names(self, lang: str) -> tuple[str, ...]:
        main = self.name_en if lang == "en" else self.name_ar
        rest = self.names_en if lang == "en" else self.names_ar
        return tuple(dict.fromkeys(([main] if main else []) + list(rest)))


# --------------------------------------------------------------------------------------- loading
_FORM_KEYS = {  # yaml key -> (lang, form kind)
    "name_en": ("en", "name"), "name_ar": ("ar", "name"),
    "official_en": ("en", "name"), "official_ar": ("ar", "name"),
    "names_en": ("en", "name"), "names_ar": ("ar", "name"),
    "abbrev_en": ("en", "abbrev"), "abbrev_ar": ("ar", "abbrev"),
    "capital_en": ("en", "capital"), "capital_ar": ("ar", "capital"),
    "capitals_en": ("en", "capital"), "capitals_ar": ("ar", "capital"),
    "seats_en": ("en", "seat"), "seats_ar": ("ar", "seat"),
    "demonyms_en": ("en", "demonym"), "demonyms_ar": ("ar", "demonym"),
    "nisba_ar": ("ar", "nisba"),
}
_COUNTRY_KEYS = set(_FORM_KEYS) | {"code", "kind", "iso2", "cow", "start", "end", "predecessor", "successor",
                                   "presidential", "roles", "periods", "note", "not_forms_en", "not_forms_ar"}
_BODY_KEYS = {"name_en", "name_ar", "code", "sector", "names_en", "names_ar", "abbrev_en", "abbrev_ar", "note"}
_PERSON_KEYS = {"id", "name_en", "name_ar", "country", "names_en", "names_ar", "offices", "born", "note", "short"}
_PLACE_KEYS = {"name_en", "name_ar", "country", "kind", "names_en", "names_ar", "note"}
_SECTIONS = {"countries": ("code", _COUNTRY_KEYS), "bodies": ("name_en", _BODY_KEYS),
             "people": ("id", _PERSON_KEYS), "places": ("name_en", _PLACE_KEYS), "roles": ("key", None)}


def _merge_record(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = {**out[k], **v}
        else:
            out[k] = v
    return out


def _data_files(extra: Iterable[Path | str]) -> Iterator[tuple[str, str]]:
    """(where, text) of every packaged data file in a stable order, then the user's files."""
    root = resources.files("bilateral").joinpath("kb", "data")
    order = ["roles.yaml", "countries.yaml", "states.yaml", "capitals_ar.yaml", "historical.yaml", "organisations.yaml",
             "places.yaml"]
    for name in order:
        entry = root.joinpath(name)
        if entry.is_file():
            yield f"kb/data/{name}", entry.read_text("utf-8")
    people = root.joinpath("people")
    if people.is_dir():
        for entry in sorted(people.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".yaml"):
                yield f"kb/data/people/{entry.name}", entry.read_text("utf-8")
    for p in extra:
        path = Path(p)
        if path.is_dir():
            files = sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml"))
        elif path.is_file():
            files = [path]
        else:
            raise DataError("knowledge-base file not found", str(path))
        for f in files:
            yield str(f), f.read_text("utf-8")


def _tuple(v: Any, where: str, key: str) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise DataError(f"{key} must be a string or a list of strings", where)
    return tuple(v)


def _forms(rec: dict[str, Any], where: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    acc: dict[tuple[str, str], list[str]] = {}
    for key, (lang, kind) in _FORM_KEYS.items():
        for v in _tuple(rec.get(key), where, key):
            lst = acc.setdefault((lang, kind), [])
            if v not in lst:
                lst.append(v)
    for lang in ("en", "ar"):  # forms curated as wrong for matching (e.g. Amman/Oman clash)
        bads = _tuple(rec.get(f"not_forms_{lang}"), where, f"not_forms_{lang}")
        for bad in bads:
            for (lg, k), lst in acc.items():
                if lg == lang and k != "nisba" and bad in lst:
                    lst.remove(bad)
        # kept as kind "not": the lexicon drops them from the forms it generates, so a nisba stem stays for
        # its other inflections (بوركيني is the swimsuit, بوركينية still Burkinabe)
        if bads:
            acc[(lang, "not")] = list(bads)
    return tuple((lg, k, tuple(v)) for (lg, k), v in acc.items() if v)


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Read-only, picklable knowledge base. Build with :meth:`load`; never mutated afterwards."""

    countries: dict[str, Country] = field(default_factory=dict)
    bodies: tuple[Body, ...] = ()
    people: dict[str, Person] = field(default_factory=dict)
    places: tuple[Place, ...] = ()
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)  # role key -> {sector, title_en, ...}
    _fingerprint: str = ""
    _by_office: dict[tuple[str, str], tuple[tuple[Office, str], ...]] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------------------- loading
    @classmethod
    def load(cls, extra: Iterable[Path | str] = ()) -> KnowledgeBase:
        sections: dict[str, dict[str, dict[str, Any]]] = {s: {} for s in _SECTIONS}
        where_of: dict[tuple[str, str], str] = {}
        h = hashlib.sha256()
        for where, text in _data_files(extra):
            h.update(where.encode())
            h.update(text.encode())
            try:
                doc = yaml.load(text, Loader=_Loader)
            except yaml.YAMLError as e:
                raise DataError(f"invalid YAML: {e}", where) from e
            if doc is None:
                continue
            if not isinstance(doc, dict):
                raise DataError("top level must be a mapping of sections", where)
            for section, records in doc.items():
                if section not in _SECTIONS:
                    raise DataError(f"unknown section {section!r} (expected {sorted(_SECTIONS)})", where)
                key, allowed = _SECTIONS[section]
                if not isinstance(records, list):
                    raise DataError(f"section {section!r} must be a list", where)
                for i, rec in enumerate(records):
                    rw = f"{where}: {section}[{i}]"
                    if not isinstance(rec, dict) or not rec.get(key):
                        raise DataError(f"record needs a {key!r}", rw)
                    if allowed is not None:
                        unknown = set(rec) - allowed
                        if unknown:
                            raise DataError(f"unknown field(s) {sorted(unknown)}", rw)
                    k = str(rec[key])
                    cur = sections[section].get(k)
                    sections[section][k] = _merge_record(cur, rec) if cur else dict(rec)
                    where_of.setdefault((section, k), rw)
        kb = cls._build(sections, where_of, h.hexdigest()[:12])
        log.debug("knowledge base: %d countries, %d people", len(kb.countries), len(kb.people))
        return kb

    @classmethod
    def _build(cls, sec: dict[str, dict[str, dict[str, Any]]], where_of: dict[tuple[str, str], str],
               fp: str) -> KnowledgeBase:
        roles = {k: dict(v) for k, v in sec["roles"].items()}
        countries: dict[str, Country] = {}
        for code, r in sec["countries"].items():
            w = where_of[("countries", code)]
            kind = r.get("kind", "state")
            if kind not in KINDS:
                raise DataError(f"kind must be one of {KINDS}, not {kind!r}", w)
            if not r.get("name_en"):
                raise DataError("country needs name_en", w)
            start, end = _iso(r.get("start")), _iso(r.get("end"))
            _check_interval(start, end, w)
            periods = []
            for p in r.get("periods") or []:
                periods.append((str(p["code"]), _iso(p.get("start")), _iso(p.get("end"))))
            role_map = r.get("roles") or {}
            if not isinstance(role_map, dict):
                raise DataError("roles must map a title role to an office role", w)
            cow = r.get("cow")
            countries[code] = Country(
                code=code, kind=kind, name_en=r["name_en"], name_ar=r.get("name_ar"), iso2=r.get("iso2"),
                cow=int(cow) if cow is not None else None, start=start, end=end,
                predecessor=r.get("predecessor"), successor=r.get("successor"),
                official_en=r.get("official_en"), official_ar=r.get("official_ar"),
                capital_en=r.get("capital_en"), capital_ar=r.get("capital_ar"),
                presidential=_iso(r["presidential"]) if not isinstance(r.get("presidential", False), bool)
                else bool(r.get("presidential")), roles=tuple(sorted(role_map.items())),
                periods=tuple(periods), forms=_forms(r, w), source=w)
        bodies = []
        for name, r in sec["bodies"].items():
            w = where_of[("bodies", name)]
            bodies.append(Body(name_en=name, name_ar=r.get("name_ar"), code=str(r.get("code") or ""),
                               sector=r.get("sector"), forms=_forms(r, w), source=w))
        people: dict[str, Person] = {}
        for pid, r in sec["people"].items():
            w = where_of[("people", pid)]
            country = r.get("country")
            if not r.get("name_en") or not country:
                raise DataError("person needs name_en and country", w)
            offices = []
            for j, o in enumerate(r.get("offices") or []):
                ow = f"{w}.offices[{j}]"
                if isinstance(o, list):  # compact form: [role, start, end] or [role, start, end, country]
                    if not 2 <= len(o) <= 4:
                        raise DataError("an office list is [role, start, end, country?]", ow)
                    o = {"role": o[0], "start": o[1], "end": o[2] if len(o) > 2 else None,
                         "country": o[3] if len(o) > 3 else None}
                if not isinstance(o, dict) or not o.get("role"):
                    raise DataError("office needs a role", ow)
                start, end = _iso(o.get("start")), _iso(o.get("end"))
                _check_interval(start, end, ow)
                offices.append(Office(country=str(o.get("country") or country), role=str(o["role"]), start=start,
                                      end=end, title_en=o.get("title_en"), title_ar=o.get("title_ar"),
                                      note=o.get("note")))
            people[pid] = Person(id=pid, name_en=r["name_en"], name_ar=r.get("name_ar"), country=country,
                                 offices=tuple(offices), names_en=_tuple(r.get("names_en"), w, "names_en"),
                                 names_ar=_tuple(r.get("names_ar"), w, "names_ar"), born=_iso(r.get("born")),
                                 short=bool(r.get("short", True)), source=w)
        places = []
        for name, r in sec["places"].items():
            w = where_of[("places", name)]
            places.append(Place(name_en=name, name_ar=r.get("name_ar"), country=r.get("country"),
                                kind=r.get("kind", "city"), names_en=_tuple(r.get("names_en"), w, "names_en"),
                                names_ar=_tuple(r.get("names_ar"), w, "names_ar"), source=w))
        by_office: dict[tuple[str, str], list[tuple[Office, str]]] = {}
        for p in people.values():
            for o in p.offices:
                by_office.setdefault((o.country, o.role), []).append((o, p.id))
        idx = {k: tuple(sorted(v, key=lambda x: x[0].days()[0])) for k, v in by_office.items()}
        kb = cls(countries=countries, bodies=tuple(bodies), people=people, places=tuple(places), roles=roles,
                 _fingerprint=fp, _by_office=idx)
        kb._check_references()
        return kb

    def _check_references(self) -> None:
        for c in self.countries.values():
            for ref in (c.predecessor, c.successor, *(p[0] for p in c.periods)):
                if ref and ref not in self.countries:
                    raise DataError(f"unknown country code {ref!r}", c.source)
        for b in self.bodies:
            if b.code not in self.countries:
                raise DataError(f"unknown country code {b.code!r}", b.source)
        for p in self.people.values():
            if p.country not in self.countries:
                raise DataError(f"unknown country code {p.country!r}", p.source)
            for o in p.offices:
                if o.country not in self.countries:
                    raise DataError(f"unknown country code {o.country!r}", p.source)
                base = o.role.split(":", 1)[0]
                if self.roles and base not in self.roles:
                    raise DataError(f"unknown role {o.role!r} (see kb/data/roles.yaml)", p.source)
        for pl in self.places:
            if pl.country and pl.country not in self.countries:
                raise DataError(f"unknown country code {pl.country!r}", pl.source)

    # ------------------------------------------------------------------------------ queries
    def fingerprint(self) -> str:
        """Hash of every data file loaded (packaged and extra)."""
        return self._fingerprint

    def country(self, code: str | None) -> Country | None:
        return self.countries.get(code) if code else None

    def person(self, pid: str | None) -> Person | None:
        return self.people.get(pid) if pid else None

    def sector(self, role: str | None) -> str | None:
        """PLOVER sector of an office role (``minister:oil`` -> the sector of ``minister``)."""
        if not role:
            return None
        info = self.roles.get(role) or self.roles.get(role.split(":", 1)[0]) or {}
        return info.get("sector")

    def role_for(self, country: str | None, title_role: str) -> str:
        """The office a title denotes in a country ("president" is head_of_government in Iran)."""
        c = self.country(country)
        if c:
            for k, v in c.roles:
                if k == title_role:
                    return v
        default = (self.roles.get(title_role) or {}).get("means")
        return str(default) if default else title_role

    def country_as_of(self, code: str, date: str | None) -> str:
        """The code to use for ``code`` at ``date``: RUS before 1991-12-26 -> SUN, SUN after -> RUS,
        a state's ``periods`` map it to a union code (none shipped: Egypt stays EGY in
        1958-61, as in COW). Unknown codes and ``date=None`` pass through."""
        if date is None:
            return code
        lo, hi = date_range(date)
        seen = set()
        while code not in seen:
            seen.add(code)
            c = self.countries.get(code)
            if c is None:
                return code
            moved = False
            for pcode, ps, pe in c.periods:
                a = date_range(ps)[0] if ps else _dt.date(1, 1, 1)
                b = date_range(pe)[1] if pe else _MAX
                if a <= lo and hi <= b:
                    code, moved = pcode, True
                    break
            if moved:
                continue
            if c.end and c.successor and lo >= date_range(c.end)[0]:  # the hand-over day belongs to the successor
                code = c.successor
                continue
            if c.start and c.predecessor and hi < date_range(c.start)[0]:
                code = c.predecessor
                continue
            return code
        return code

    def offices_of(self, pid: str, date: str | None = None) -> list[Office]:
        """Offices a person held at ``date`` (all offices when ``date`` is None)."""
        p = self.people.get(pid)
        if p is None:
            return []
        if date is None:
            return list(p.offices)
        lo, hi = date_range(date)
        return [o for o in p.offices if o.days()[0] <= hi and lo <= o.days()[1]]

    def pick_person(self, ids: str | Iterable[str], date: str | None, role: str | None = None) -> Person | None:
        """Choose among people an ambiguous name fits (``"george-h-w-bush|george-w-bush"``): the only
        one holding any office (or ``role``) at ``date``; None if none or several do."""
        pids = ids.split("|") if isinstance(ids, str) else list(ids)
        found = []
        for pid in pids:
            offices = self.offices_of(pid, date) if date else [o for o in self.offices_of(pid) if o.end is None]
            if any(role is None or o.role == role for o in offices):
                found.append(pid)
        return self.people[found[0]] if len(found) == 1 and found[0] in self.people else None

    def holders(self, country: str, role: str, date: str | None) -> list[tuple[Person, int]]:
        """Everyone who held the office during ``date``, with the number of days of overlap."""
        code = self.country_as_of(country, date)
        lo, hi = date_range(date) if date else (_dt.date.today(), _dt.date.today())
        out: list[tuple[Person, int]] = []
        offices = self._by_office.get((code, role)) or self._by_office.get((country, role), ())
        for o, pid in offices:
            a, b = o.days()
            if date is None and o.end is not None:
                continue
            ov = (min(b, hi) - max(a, lo)).days + 1
            if ov > 0:
                out.append((self.people[pid], ov))
        return out

    def holder(self, country: str, role: str, date: str | None) -> Person | None:
        """Who held ``role`` in ``country`` at an ISO partial ``date`` (None = now).

        The country code is first mapped with :meth:`country_as_of` (RUS in 1964 -> SUN); when the
        mapped code has no holders of the role the given code is used (EGY in 1960: UAR, then EGY).
        For a day: the holder that day; on a hand-over day (one leaves, one starts) the incoming one.
        For a month/year: the holder whose term covers the largest part of the period, if it covers
        at least half of it and 1.5 times as many days as the runner-up; else None (ambiguous).
        ``head_of_government`` of a country marked ``presidential`` falls back to ``head_of_state``.
        """
        hs = self.holders(country, role, date)
        if not hs and role == "head_of_government":
            c = self.country(self.country_as_of(country, date))
            if c and c.presidential and (c.presidential is True or date is None
                                         or date_range(date)[0] >= date_range(str(c.presidential))[0]):
                hs = self.holders(country, "head_of_state", date)
        if not hs:
            return None
        if date is None:
            return hs[-1][0]
        lo, hi = date_range(date)
        period = (hi - lo).days + 1
        if period == 1:
            return hs[-1][0]  # sorted by start: the incoming holder on a hand-over day
        ranked = sorted(hs, key=lambda x: -x[1])
        best, ov = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if ov * 2 >= period and ov >= 1.5 * second:
            return best
        return None
