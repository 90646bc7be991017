"""Actor and place mentions: countries, capitals, demonyms, organisations, people, titles.

One algorithm for every language; the words are data: names from the knowledge base (``kb/data``)
and titles, portfolios, counterpart and group words from ``lang/<code>/actors.yaml``. Matching runs
over the folded text with the language's clitics (``وموسكو``, ``بالقاهرة``, ``للرئيس``, ``لمصر``).

Conventions of the :class:`~bilateral.model.ActorRef` values produced (rule ``mentions.actors.v1:<sub>``):

- COUNTRY ``country`` = code; ORGANISATION ``country`` = organisation code (UNO, ARL, EUR ...) or the
  state a body/ministry belongs to, ``name`` = canonical English name of the body, ``sector`` if known.
- CAPITAL: a capital or seat of government used as metonym (Cairo, the Kremlin) -> ``country``.
  Capitals are actors only (not repeated as places); the events stage may use them as locations.
- DEMONYM: a bare adjective/nisba (Russian, الروسية) -> ``country``.
- PERSON: ``name`` = canonical English name (KB) or the words as written for unknown people;
  ``person`` = KB id, or ``id1|id2`` (``via="ambiguous"``) when a short name fits several people
  (``KnowledgeBase.pick_person`` chooses by date); ``role``/``sector`` when a title stands next to it;
  ``country`` from the title's country or the KB.
- TITLE: an office without a name ("the Russian president") -> ``country`` + ``role`` (office key;
  "president" already mapped with ``KnowledgeBase.role_for``). Holders are NOT looked up here.
- COUNTERPART: "his Russian counterpart" -> ``country`` (may be None), ``role`` None.
- GROUP: "the two countries" -> ``country`` None.
Places (cities, sites, seas; not capitals) are returned as PlaceRef mentions in the second list.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz, process

from ..context import Context, LangData
from ..folding import fold_phrase
from ..kb import KnowledgeBase
from ..matcher import Match, PhraseMatcher, Token, tokenize
from ..model import ActorKind, ActorRef, Mention, MentionKind, PlaceRef, Span, Text
from ..registry import name as component_name

log = logging.getLogger(__name__)

# entry types
COUNTRY, CAPITAL, DEMONYM, ORG, MINISTRY, PERSON, TITLE, COUNTERPART, GROUP, PLACE, ANAPHOR = (
    "country", "capital", "demonym", "org", "ministry", "person", "title", "counterpart", "group", "place",
    "anaphor")
_PRIORITY = {PERSON: 0, ORG: 1, MINISTRY: 2, COUNTRY: 3, CAPITAL: 4, DEMONYM: 5, TITLE: 6, COUNTERPART: 7,
             GROUP: 8, PLACE: 9, ANAPHOR: 10}
_RAW_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z]")
_COMPOUND = frozenset({"\u0639\u0628\u062f", "\u0627\u0628\u0648", "\u0628\u0646"})  # عبد ابو بن
_MINISTRY_NAMES = {"foreign": "Ministry of Foreign Affairs", "defence": "Ministry of Defence",
                  "security_council": "Security Council"}
_FUZZY_MARGIN = 5  # the best person must beat any other person by this many points
_APPOSITION = re.compile(r"\s*[,\u060c]\s*(?:the\s+)?$", re.IGNORECASE)
_MAX_NAME_COMBINATIONS = 64  # first names x surname variants generated per person


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    type: str
    country: str | None = None
    name: str | None = None
    person: str | None = None
    role: str | None = None
    sector: str | None = None
    via: str = "name"
    case: tuple[str, ...] = ()  # per token: "" | "C" (capitalised) | "U" (all capitals); cased scripts only
    possessive: bool = False
    plural: bool = False
    needs_country: bool = False
    chain: bool = False
    min_name_words: int = 1  # an unknown name after this title needs at least this many words
    honorific: bool = False  # only an office with a country; before a bare name a courtesy title
    codes: tuple[str, ...] = ()  # ANAPHOR: the actors it may refer back to (lang/<code>/anaphors.yaml)
    listed: bool = False  # ANAPHOR: among candidates in the window, the first in ``codes`` wins (not the nearest)


@dataclass(frozen=True, slots=True)
class _Item:
    ti: int  # first token index
    tj: int  # token index after the last token
    start: int  # folded char offset (clitic excluded)
    end: int
    entry: Entry


@dataclass
class Lexicon:
    """Everything compiled for one language (built once per Context)."""

    lang: str
    matcher: PhraseMatcher[Entry]
    names: dict[str, Entry]  # folded person form -> entry (includes short forms kept out of the matcher)
    first_names: dict[str, set[str]]  # folded first token -> person ids
    fuzzy_choices: dict[int, tuple[list[str], list[str]]]  # token count -> (forms, person ids)
    given: frozenset[str]
    stop: frozenset[str]
    particles: frozenset[str]
    continues: frozenset[str]
    chain_through: frozenset[str]
    honorifics: frozenset[str]
    cased: bool
    modifier_before: bool
    modifier_after: bool
    links: tuple[tuple[str, ...], ...]
    link_clitics: frozenset[str]  # ar "وزير الري بجنوب السودان": a clitic joining a title to its state
    link_not_after: frozenset[str]  # verbs whose object takes that clitic ("اتصل وزير الخارجية بمصر")
    restore: dict[str, str]
    max_name: int
    min_score: float
    min_length: int
    person_forms: dict[str, set[str]] = field(default_factory=dict)  # pid -> folded first tokens
    event_words: frozenset[str] = frozenset()  # folded one-word verbs/nouns of triggers.yaml: never a name
    guarded: frozenset[str] = frozenset()  # place/capital names that are also common words
    guard_context: frozenset[str] = frozenset()  # words before a guarded name that make it a place
    guard_reject_after: frozenset[str] = frozenset()  # words after it that make it a common word (مسقط رأس)
    place_words: frozenset[str] = frozenset()  # one-word country/capital names (folded)
    suffixes: tuple[str, ...] = ()  # pronoun suffixes (clitics.yaml), longest first
    not_short: frozenset[str] = frozenset()  # one-word names that are common words (فريد): never a clitic + a short name
    anaphor_window: int = 4  # sentences an anaphor ("the League", "المملكة") looks back for its antecedent
    owners: frozenset[str] = frozenset()  # "its" before an office of no state: the state named just before
    seat_preps: frozenset[str] = frozenset()  # "المجلس العسكري الحاكم في مالي": a body "in" a state is that state's
    # a bare office title ("the Emir", "الأمير") -> the states it names when the last state named before is one
    bare_offices: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)  # -> (codes, blockers)
    definite: str = ""  # the definite article (ال): a definite word right after an anaphor is its adjective
    place_heads: frozenset[str] = frozenset()  # nouns a person's name after which is a place name (مطار هواري بومدين)
    surname_titles: frozenset[str] = frozenset()  # titles that are also surnames: not after a given name (سلطان المرشد)
    headed: frozenset[str] = frozenset()  # nouns after which a headed nisba (الاقتراح الأوروبي -> EUR) is an actor
    institution_heads: frozenset[str] = frozenset()  # nouns a nisba after which names a school (الجامعة الأمريكية)
    name_heads: frozenset[str] = frozenset()  # feminine nouns a masculine nisba after which is a name (شركة السويدي)
    name_tails: frozenset[str] = frozenset()  # words of a firm a definite nisba before which is a name (السويدي إليكتريك)
    marked: dict[str, tuple[tuple[str, Entry], ...]] = field(default_factory=dict)  # folded -> (marked form, entry)
    # folded bare form -> (state it names by default, state it names in an article about the other, kind)
    readings: dict[str, tuple[str, str, str]] = field(default_factory=dict)


# ------------------------------------------------------------------------------------ building
def _case_of(raw: str) -> tuple[str, ...]:
    out = []
    for t in _RAW_TOKEN.findall(raw):
        if (len(t) >= 2 and t.isupper()) or (len(t) == 1 and t.isupper()):
            out.append("U" if len(t) >= 2 else "C")
        elif t[:1].isupper():
            out.append("C")
        else:
            out.append("")
    return tuple(out)


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]


def _lang_of(text: Text) -> str:
    if text.article.lang:
        return text.article.lang
    sample = text.article.text[:2000]
    return "ar" if len(_ARABIC.findall(sample)) > len(_LATIN.findall(sample)) else "en"


def build_lexicon(kb: KnowledgeBase, lang: LangData, settings: Any = None) -> Lexicon:
    """Compile the actor lexicon of one language from the KB and ``lang/<code>/actors.yaml``."""
    code = lang.code
    data: dict[str, Any] = lang.get("actors") or {}
    cased = bool(data.get("cased", False))
    entries: list[tuple[str, Entry]] = []
    poss = _as_list(data.get("possessive"))
    definite = str(data.get("definite") or "")

    def add(form: str, e: Entry, possessive_ok: bool = False) -> None:
        form = form.strip()
        if not form:
            return
        case = _case_of(form) if cased else ()
        entries.append((form, Entry(**{**_fields(e), "case": case})))
        if possessive_ok:
            for p in poss:
                entries.append((form + p, Entry(**{**_fields(e), "case": case, "possessive": True})))

    indefinite_not = {fold_phrase(x) for x in _as_list(data.get("nisba_indefinite_not"))}
    accusatives: list[tuple[str, str]] = []  # (form, code): indefinite nisba forms, added after every name
    for c in kb.countries.values():
        is_org = c.kind == "organisation"
        etype = ORG if is_org else COUNTRY
        for f in c.forms_of(code, "name"):
            add(f, Entry(etype, c.code, name=c.name_en if is_org else None, via="name"), True)
        for f in c.forms_of(code, "abbrev"):
            add(f, Entry(etype, c.code, name=c.name_en if is_org else None, via="abbrev"), True)
        if c.kind in ("state", "historical", "organisation"):
            for f in c.forms_of(code, "capital"):
                add(f, Entry(CAPITAL, c.code, via="capital"), True)
            for f in c.forms_of(code, "seat"):
                add(f, Entry(CAPITAL, c.code, via="seat"), True)
        # generated forms (the definite article, the nisba endings) listed in not_forms_<lang> are left out:
        # "البوركيني" is the swimsuit, "البوركينية" Burkinabe
        blocked = {fold_phrase(x) for x in c.forms_of(code, "not")}
        generated: list[str] = []
        for f in c.forms_of(code, "demonym"):
            generated.append(f)
            if definite:
                generated.append(" ".join(definite + t for t in f.split()))
        for stem in c.forms_of(code, "nisba"):
            for ending in _as_list(data.get("nisba_endings")) or [""]:
                toks = [t + ending for t in stem.split()]
                generated.append(" ".join(toks))
                if definite:
                    generated.append(" ".join(definite + t for t in toks))
        for f in generated:
            if fold_phrase(f) not in blocked:
                add(f, Entry(DEMONYM, c.code, via="demonym"))
        # indefinite-only endings (the accusative روسيا/يابانيا of "رجل أعمال يابانيا"): never with the
        # article; a form that is a name or capital of any country, or listed as a common word, is left out
        for stem in c.forms_of(code, "nisba"):
            for ending in _as_list(data.get("nisba_indefinite_endings")) if " " not in stem.strip() else []:
                f = stem.strip() + ending
                folded = fold_phrase(f)
                if folded not in blocked and folded not in indefinite_not:
                    accusatives.append((f, c.code))
    taken = {fold_phrase(f) for f, e in entries if e.type in (COUNTRY, CAPITAL, ORG)}
    acc_owners: dict[str, set[str]] = {}
    for f, cc in accusatives:
        acc_owners.setdefault(fold_phrase(f), set()).add(cc)
    for f, cc in accusatives:
        folded = fold_phrase(f)
        if folded not in taken and len(acc_owners[folded]) == 1:
            add(f, Entry(DEMONYM, cc, via="demonym"))
    # nisbas of an organisation (أوروبي -> EUR): an actor only right after one of the nouns of ``heads``
    headed = data.get("headed_nisba") or {}
    for hcode, stems in (headed.get("codes") or {}).items():
        for stem in _as_list(stems):
            for ending in _as_list(data.get("nisba_endings")) + _as_list(data.get("nisba_indefinite_endings")):
                add(stem + ending, Entry(DEMONYM, str(hcode), via="headed"))
    for b in kb.bodies:
        for f in b.forms_of(code, "name") + b.forms_of(code, "abbrev"):
            add(f, Entry(ORG, b.code, name=b.name_en, sector=b.sector, via="body"), True)
    for pl in kb.places:
        for f in pl.names(code):
            add(f, Entry(PLACE, pl.country, name=pl.name_en, via="place"), True)

    # titles, ministers, ministries, counterparts, groups
    for t in data.get("titles") or []:
        role = str(t["role"])
        for f in _as_list(t.get("forms")):
            add(f, Entry(TITLE, t.get("country"), role=role, sector=kb.sector(role), via="title",
                         plural=bool(t.get("plural")), needs_country=bool(t.get("needs_country")),
                         chain=bool(t.get("chain")), min_name_words=int(t.get("min_name_words", 1)),
                         honorific=bool(t.get("honorific"))))
    proles = data.get("portfolio_roles") or {}
    for p in data.get("portfolios") or []:
        key = str(p["key"])
        role = str(proles.get(key) or f"minister:{key}")
        mname = _MINISTRY_NAMES.get(key, f"Ministry of {key.replace('_', ' ').title()}")
        for f in _as_list(p.get("forms")):
            for tpl in _as_list(data.get("minister_templates")):
                add(tpl.format(p=f), Entry(TITLE, role=role, sector=kb.sector(role), via="title"))
            for tpl in _as_list(data.get("ministry_templates")):
                add(tpl.format(p=f), Entry(MINISTRY, name=mname, sector="MIL" if key == "defence" else "GOV",
                                           via="ministry"))
    for m in data.get("ministries_need_country") or []:
        key = str(m["key"])
        for f in _as_list(m.get("forms")):
            add(f, Entry(MINISTRY, name=_MINISTRY_NAMES.get(key, f"Ministry of {key.replace('_', ' ').title()}"),
                         sector="MIL" if key == "defence" else "GOV", via="ministry", needs_country=True))
    # a state's fund, central bank or lender named by its kind ("its Export-Import Bank", "China's central
    # bank"): the state of the possessive or owner determiner before it (CODING_GUIDE: it acts for its state)
    for b in data.get("state_bodies") or []:
        for f in _as_list(b.get("forms")):
            add(f, Entry(MINISTRY, name=str(b["name"]), sector="GOV", via="ministry"))
    for f in _as_list(data.get("counterparts")):
        add(f, Entry(COUNTERPART, via="counterpart"))
    for f in _as_list(data.get("groups")):
        add(f, Entry(GROUP, via="group"))
    for f in _as_list(data.get("party_groups")):
        add(f, Entry(GROUP, via="sides"))  # "the two sides": a pair that may include an organisation
    anaphors: dict[str, Any] = lang.get("anaphors") or {}
    for a in anaphors.get("anaphors") or []:
        for f in _as_list(a.get("forms")):
            add(f, Entry(ANAPHOR, via="anaphor", codes=tuple(_as_list(a.get("codes"))),
                         listed=a.get("prefer") == "listed"))
    # numbered groups ("الدول الأربع", "the four countries"): role "group:N" (N states named before)
    numbers = data.get("group_numbers") or {}
    for tpl in _as_list(data.get("group_templates")):
        for n, words in numbers.items():
            for w in _as_list(words):
                add(tpl.format(n=w), Entry(GROUP, role=f"group:{int(n)}", via="group"))
    for tpl in _as_list(data.get("plural_minister_templates")):
        for p in data.get("portfolios") or []:
            key = str(p["key"])
            role = str(proles.get(key) or f"minister:{key}")
            for f in _as_list(p.get("forms")):
                add(tpl.format(p=f), Entry(TITLE, role=role, sector=kb.sector(role), via="title", plural=True))

    # people: full names, variants and short forms; a form shared by several people is ambiguous
    not_short = {fold_phrase(x) for x in _as_list(data.get("not_short_names"))}
    by_form: dict[str, dict[str, str]] = {}  # folded -> {pid: raw form}
    first_names: dict[str, set[str]] = {}
    person_forms: dict[str, set[str]] = {}
    for p in kb.people.values():
        forms = list(p.names(code))
        if not forms:
            continue
        main = forms[0]
        words = main.split()
        if len(words) > 1 and p.short:
            last = words[-1]
            if len(words) > 2 and fold_phrase(words[-2]) == "\u0627\u0628\u0648":  # ابو
                last = f"{words[-2]} {words[-1]}"  # "صوفي أبو طالب" is "أبو طالب", never the verb "طالب"
            if len(words) > 2 and fold_phrase(words[-2]) == "\u0639\u0628\u062f":  # عبد
                # "عادل عبد المهدي": the surname "عبد المهدي" is also a given name, and "المهدي" another
                # family's name: no short form
                last = ""
            if last:
                forms.append(last)
            if "-" in last and code == "en":
                forms.append(last.split("-", 1)[1])
        # every known first name with every known surname variant (ديمتري + مديفيديف/مدفيدف ...)
        multi = [f.split() for f in forms if len(f.split()) > 1]
        firsts = list(dict.fromkeys(w[0] for w in multi))
        lasts = list(dict.fromkeys([w[-1] for w in multi] + [f for f in forms if len(f.split()) == 1]))
        if len(firsts) * len(lasts) <= _MAX_NAME_COMBINATIONS:
            forms.extend(f"{a} {b}" for a in firsts for b in lasts if a != b)
        for f in forms:
            folded = fold_phrase(f)
            if not folded:
                continue
            by_form.setdefault(folded, {}).setdefault(p.id, f)
            toks = folded.split()
            if len(toks) > 1:
                first_names.setdefault(toks[0], set()).add(p.id)
                person_forms.setdefault(p.id, set()).add(toks[0])
    # a one-word name that is also another actor word (المصري: Taher al-Masri or "the Egyptian") is
    # never a person on its own
    other_words = {fold_phrase(f) for f, e in entries if e.type != PERSON}
    names: dict[str, Entry] = {}
    fuzzy_acc: dict[int, tuple[list[str], list[str]]] = {}
    for folded, pids in by_form.items():
        raw = next(iter(pids.values()))
        case = _case_of(raw) if cased else ()
        if len(pids) == 1:
            pid = next(iter(pids))
            p = kb.people[pid]
            e = Entry(PERSON, p.country, name=p.name_en, person=pid, via="name", case=case)
            forms_, ids_ = fuzzy_acc.setdefault(len(folded.split()), ([], []))
            forms_.append(folded)
            ids_.append(pid)
        else:
            countries = {kb.people[x].country for x in pids}
            e = Entry(PERSON, countries.pop() if len(countries) == 1 else None, person="|".join(sorted(pids)),
                      via="ambiguous", case=case)
        names[folded] = e
        if len(folded.split()) == 1 and (folded in not_short or folded in other_words):
            continue  # common word: only after a title or in a full name
        entries.append((raw, e))
        for suffix in poss:
            entries.append((raw + suffix, Entry(**{**_fields(e), "possessive": True})))

    stop = frozenset(fold_phrase(x) for x in _as_list(data.get("name_stop")))
    listed = {fold_phrase(x) for x in _as_list(data.get("given_names"))}
    # first words of KB names start unknown names too, unless short or a stop word ("في" of في بي سينغ)
    given = (listed | {f for f in first_names if len(f) >= 3} | set()) - stop - other_words
    links = tuple(tuple(fold_phrase(x).split()) for x in _as_list(data.get("title_country_links")))
    link_clitics = frozenset(fold_phrase(x) for x in _as_list(data.get("title_country_clitics")))
    link_not_after = frozenset(fold_phrase(x) for x in _as_list(data.get("title_clitic_not_after")))
    event_words = frozenset(_event_words(lang) - given - set(names)) if not cased else frozenset()
    prefixes = lang.clitics.prefixes
    return Lexicon(
        lang=code, matcher=PhraseMatcher(entries, lang.clitics), names=names, first_names=first_names,
        fuzzy_choices=fuzzy_acc, given=frozenset(given), not_short=frozenset(not_short),
        stop=stop,
        particles=frozenset(fold_phrase(x) for x in _as_list(data.get("name_particles"))),
        continues=frozenset(fold_phrase(x) for x in _as_list(data.get("name_continues_after"))),
        chain_through=frozenset(fold_phrase(x) for x in _as_list(data.get("chain_through"))),
        honorifics=frozenset(fold_phrase(x) for x in _as_list(data.get("honorifics"))),
        cased=cased, modifier_before=bool(data.get("modifier_before")), modifier_after=bool(data.get("modifier_after")),
        links=links, link_clitics=link_clitics, link_not_after=link_not_after,
        restore=dict(prefixes), max_name=int(data.get("name_max_tokens", 4)),
        min_score=float(settings.get("mentions", "fuzzy_min_score", 88) if settings else 88),
        min_length=int(settings.get("mentions", "fuzzy_min_length", 5) if settings else 5),
        person_forms=person_forms, event_words=event_words,
        suffixes=tuple(sorted((fold_phrase(x) for x in lang.clitics.suffixes), key=len, reverse=True)),
        anaphor_window=int(anaphors.get("window", 4)),
        owners=frozenset(fold_phrase(x) for x in _as_list(anaphors.get("owner_determiners"))),
        seat_preps=frozenset(fold_phrase(x) for x in _as_list(anaphors.get("seat_prepositions"))),
        bare_offices={fold_phrase(f): (frozenset(_as_list(r.get("codes"))), frozenset(_as_list(r.get("blockers"))))
                      for r in anaphors.get("bare_offices") or [] for f in _as_list(r.get("forms"))},
        guarded=frozenset(fold_phrase(x) for x in _as_list(data.get("guarded_names"))),
        guard_context=frozenset(fold_phrase(x) for x in _as_list(data.get("guard_context"))),
        guard_reject_after=frozenset(fold_phrase(x) for x in _as_list(data.get("guard_reject_after"))),
        place_words=frozenset(f for f, e in ((fold_phrase(raw), e) for raw, e in entries)
                              if e.type in (COUNTRY, CAPITAL) and " " not in f and not e.possessive),
        definite=fold_phrase(definite) if definite else "",
        place_heads=frozenset(fold_phrase(x) for x in _as_list(data.get("place_heads"))),
        institution_heads=frozenset(fold_phrase(x) for x in _as_list(data.get("institution_heads"))),
        name_heads=frozenset(fold_phrase(x) for x in _as_list(data.get("name_heads"))),
        name_tails=frozenset(fold_phrase(x) for x in _as_list(data.get("name_tails"))),
        headed=frozenset(fold_phrase(x) for x in _as_list((data.get("headed_nisba") or {}).get("heads"))),
        surname_titles=frozenset(fold_phrase(x) for x in _as_list(data.get("surname_titles"))),
        marked=_marked_forms(data),
        readings={fold_phrase(_bare_marks(str(r["form"]))): (str(r["default"]), str(r["code"]), str(r.get("kind", "capital")))
                  for r in data.get("document_readings") or []})


_SHADDA = "\u0651"


def _bare_marks(raw: str) -> str:
    """``raw`` without its combining marks except the shadda (عَمّانُ -> عمّان)."""
    return "".join(ch for ch in raw if ch == _SHADDA or unicodedata.category(ch) != "Mn")


def _marked_forms(data: dict[str, Any]) -> dict[str, tuple[tuple[str, Entry], ...]]:
    """``marked`` of actors.yaml: names told apart from another only by a shadda that folding drops
    (عمّان Amman vs عمان Oman); they win when the raw text carries the mark."""
    out: dict[str, list[tuple[str, Entry]]] = {}
    types = {"capital": CAPITAL, "country": COUNTRY, "place": PLACE}
    for rec in data.get("marked") or []:
        form = _bare_marks(str(rec["form"]))
        e = Entry(types[str(rec.get("kind", "capital"))], rec.get("code"), via=str(rec.get("kind", "capital")))
        out.setdefault(fold_phrase(form), []).append((form, e))
    return {k: tuple(v) for k, v in out.items()}


def _event_words(lang: LangData) -> set[str]:
    """One-word verb and noun forms of the language's event lexicon (``triggers.yaml``), folded:
    a word like زيارة/بحث after an unknown name ends the name (read as data; the events package is
    not imported)."""
    out: set[str] = set()
    for t in lang.trigger_entries():
        if not isinstance(t, dict):
            continue
        for key in ("verbs", "nouns", "plural"):
            for f in _as_list(t.get(key)):
                folded = fold_phrase(f)
                if folded and " " not in folded:
                    out.add(folded)
    return out


def _fields(e: Entry) -> dict[str, Any]:
    return {k: getattr(e, k) for k in Entry.__slots__}


# ------------------------------------------------------------------------------------- fuzzy
def fuzzy_person(lex: Lexicon, folded_name: str) -> str | None:
    """A KB person id for a misspelt name, or None. Bounded so that two people never merge: the
    name must be long enough, score at least ``fuzzy_min_score`` on the whole name AND on its last
    token, have the same number of tokens, and beat every other person by a margin."""
    toks = folded_name.split()
    if len(folded_name.replace(" ", "")) < lex.min_length or not toks:
        return None
    choices = lex.fuzzy_choices.get(len(toks))
    if not choices:
        return None
    forms, ids = choices
    best: dict[str, float] = {}
    for _form, score, idx in process.extract(folded_name, forms, scorer=fuzz.ratio, score_cutoff=lex.min_score - 10,
                                             limit=20):
        cand = forms[idx].split()
        # the surname must match on its own too (shared first names never carry a match), compared
        # without a shared article (العمر/العظم are عمر/عظم); it may score up to 10 points lower when it
        # is long and every other token is identical (Sergey Lavrof)
        a, b = toks[-1], cand[-1]
        if a[:2] == b[:2] == "\u0627\u0644":
            a, b = a[2:], b[2:]
        need = lex.min_score - 10 if cand[:-1] == toks[:-1] and len(toks) > 1 and min(len(a), len(b)) >= 6 \
            else lex.min_score
        if len(a) < 3 or fuzz.ratio(a, b) < need:
            continue
        # short words carry too little evidence: they must be exact (Li Qian is not Li Qiang)
        if any(a != b and min(len(a), len(b)) < lex.min_length for a, b in zip(toks, cand, strict=True)):
            continue
        pid = ids[idx]
        best[pid] = max(best.get(pid, 0.0), score)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    pid, score = ranked[0]
    if score < lex.min_score:
        return None
    if len(ranked) > 1 and ranked[1][1] >= score - _FUZZY_MARGIN:
        return None
    return pid


# ---------------------------------------------------------------------------------- matching
class _Finder:
    def __init__(self, text: Text, ctx: Context, lex: Lexicon) -> None:
        self.text = text
        self.kb = ctx.kb
        self.lex = lex
        self.folded = text.folded
        self.tokens: list[Token] = tokenize(text.folded)
        self.tok_at = {t.start: i for i, t in enumerate(self.tokens)}
        self.items: list[_Item] = []
        self.taken: set[int] = set()  # token indexes inside an item
        self.rule = component_name("mentions.actors")
        self._article_clitics = tuple(c for c, r in lex.restore.items() if r)
        self._sent_starts = [sp.start for sp in text.sentences]  # Text.sentence_of, without rebuilding per call

    # -- raw matches ------------------------------------------------------------------------
    def match(self) -> None:
        """Leftmost-longest matches that satisfy the case constraints (a rejected long match
        leaves room for a shorter valid one)."""
        by_start: dict[int, list[Match[Entry]]] = {}
        for m in self.lex.matcher.find(self.folded, tokens=self.tokens, overlapping=True):
            if self.lex.cased and m.payload.case and not self._case_ok(m):
                continue
            by_start.setdefault(m.start, []).append(m)
        pos = -1
        for s in sorted(by_start):
            if s < pos:
                continue
            ms = [m for m in by_start[s] if self._context_ok(m) and not self._clitic_on_a_word(m)
                  and not self._name_goes_on(m, by_start)]
            if not ms:
                continue
            longest = max(m.end for m in ms)
            best = min((m for m in ms if m.end == longest),
                       key=lambda m: (len(m.prefix), _PRIORITY[m.payload.type], m.payload.possessive))
            ti = self.tok_at[best.start]
            tj = self._token_end(ti, best.end)
            end = best.end
            if best.phrase.endswith(".") is False and best.payload.via == "abbrev" and self.folded[end:end + 1] == "." \
                    and self.folded[best.start:end].count(".") >= 1:
                end += 1  # "U.S." keeps its final dot
            self.items.append(_Item(ti, tj, best.start + self._strip(best.prefix), end,
                                    self._marked(best.start, end, best.phrase) or best.payload))
            self.taken.update(range(ti, tj))
            pos = best.end

    def _name_goes_on(self, m: Match[Entry], by_start: dict[int, list[Match[Entry]]]) -> bool:
        """ar: a full name of two words or more followed at once by an unknown nisba surname
        ("محمد يونس المنفي") is a longer name of another man, not the KB person."""
        if self.lex.lang != "ar" or m.payload.type != PERSON or " " not in m.phrase:
            return False
        ti = self.tok_at.get(m.start)
        if ti is None:
            return False
        tj = self._token_end(ti, m.end)
        # a known nisba (الليبي, a match of its own) is the man's nationality
        return self._unknown_nisba(tj) and self.tokens[tj].start not in by_start

    def _token_end(self, ti: int, end: int) -> int:
        """The index after the last token, from token ti, that starts before folded offset ``end``."""
        tj = ti
        while tj < len(self.tokens) and self.tokens[tj].start < end:
            tj += 1
        return tj

    def _unknown_nisba(self, tj: int) -> bool:
        """Token tj follows the previous one at once and looks like a nisba surname (المنفي)."""
        if tj >= len(self.tokens) or not self.token_gap_ok(tj):
            return False
        nxt = self.tokens[tj].text
        if not (nxt.startswith("\u0627\u0644") and nxt.endswith("\u064a") and len(nxt) >= 5):
            return False
        return not (nxt in self.lex.stop or nxt in self.lex.particles or nxt in self.lex.event_words)

    def _clitic_on_a_word(self, m: Match[Entry]) -> bool:
        """"فريد" is the name Farid, not ف + "ريد" (John Reid): a one-word person name read off a proclitic
        when the whole word is itself a given name or a common word."""
        if m.payload.type != PERSON or not m.prefix or " " in m.phrase:
            return False
        word = self.folded[m.start:m.end]
        return word in self.lex.given or word in self.lex.not_short

    def _marked(self, fs: int, fe: int, phrase: str) -> Entry | None:
        """The entry of a marked form (عمّان) when the raw word carries its shadda."""
        forms = self.lex.marked.get(phrase)
        if not forms:
            return None
        span = self.text.original(fs, fe)
        raw = self.text.article.text
        end = span.end
        while end < len(raw) and unicodedata.category(raw[end]) == "Mn":
            end += 1
        word = _bare_marks(raw[span.start:end])
        return next((e for form, e in forms if word.endswith(form)), None)

    def _context_ok(self, m: Match[Entry]) -> bool:
        """A guarded name (مسقط "drop", الرباط "bond") is a place only after a preposition (a proclitic
        one too: بالرباط), a word of ``guard_context`` (إلى, زار, العاصمة ...), an event verb, a
        feminine past verb (أعلنت الرباط), or right after another country/capital word."""
        lex = self.lex
        if m.payload.type == PERSON and m.prefix and " " not in m.phrase:
            # "محمد فريد" is one unknown man, not محمد + ف + ريد (Reid): after a given name the word belongs to
            # that name, and its first letter is no clitic
            ti = self.tok_at.get(m.start, 0)
            if ti > 0 and self.token_gap_ok(ti) and self.tokens[ti - 1].text in lex.given:
                return False
        if m.payload.type == TITLE and m.phrase in lex.surname_titles:
            # "سلطان المرشد" is a man's name: a title that is also a surname is no title after a given name
            ti = self.tok_at.get(m.start, 0)
            return not (ti > 0 and self.token_gap_ok(ti) and self.tokens[ti - 1].text in lex.given)
        if not lex.guarded or m.payload.type not in (CAPITAL, COUNTRY, PLACE):
            return True
        if m.phrase not in lex.guarded:
            return True
        ti = self.tok_at.get(m.start, 0)
        nxt = self.tokens[ti + 1].text if ti + 1 < len(self.tokens) and self.token_gap_ok(ti + 1) else ""
        if nxt in lex.guard_reject_after:
            return False
        if (m.prefix.endswith("\u0627\u0644") or m.prefix.endswith("\u0644\u0644")) \
                and not m.phrase.startswith("\u0627\u0644") and "\u0627\u0644" + m.phrase not in lex.guarded:
            return False  # "الوضع المالي" "the financial": a name that never takes the article (مالي, unlike الرباط)
        if m.prefix.lstrip("\u0648\u0641") not in ("", "\u0627\u0644"):  # ب ل ك (with or without ال)
            return True
        if nxt[:1] == "\u0648" and nxt[1:] in lex.place_words:
            return True  # مسقط والرياض: coordinated with another capital
        if ti == 0 or not self.token_gap_ok(ti):
            return False
        prev = self.tokens[ti - 1].text
        bare = {prev} | {prev[len(c):] for c in lex.restore if prev.startswith(c) and len(prev) - len(c) >= 2}
        if bare & lex.guard_context or self._event_word(prev):
            return True
        if any(len(w) >= 4 and w.endswith("\u062a") and not w.startswith("\u0627\u0644") for w in bare):
            return True  # أعلنت/أعادت الرباط: a city is a feminine subject
        last = self.items[-1] if self.items else None
        return bool(last and last.tj == ti and last.entry.type in (COUNTRY, CAPITAL, DEMONYM))

    def _strip(self, prefix: str) -> int:
        if not prefix:
            return 0
        restore = self.lex.restore.get(prefix, "")
        if not restore and prefix.endswith("\u0627\u0644"):  # a bare article stays part of the word
            return len(prefix) - 2
        # a clitic that restores letters shares its tail with them (لل = ل + ال with the alef elided,
        # بال = ب + ال): only the part before the shared tail is the preposition
        shared = 0
        while shared < min(len(prefix), len(restore)) and prefix[-1 - shared] == restore[-1 - shared]:
            shared += 1
        return len(prefix) - shared

    def _case_ok(self, m: Match[Entry]) -> bool:
        span = self.text.original(m.start, m.end)
        raw = _RAW_TOKEN.findall(self.text.article.text[span.start:span.end])
        want = m.payload.case
        if len(raw) != len(want):
            return True
        for tok, c in zip(raw, want, strict=True):
            core = re.split(r"['\u2019]", tok)[0]  # "UN's", "EU's": the case of the name, not of the possessive
            if (c == "U" and not core.isupper()) or (c == "C" and not core[:1].isupper()):
                return False
        return True

    # -- helpers -----------------------------------------------------------------------------
    def adjacent(self, a: int, b: int) -> bool:
        """No characters but spaces between folded offsets a (end) and b (start)."""
        return a <= b and not self.folded[a:b].strip()

    def raw_token(self, i: int) -> str:
        t = self.tokens[i]
        span = self.text.original(t.start, t.end)
        return self.text.article.text[span.start:span.end]

    def token_gap_ok(self, i: int) -> bool:
        """Token i follows token i-1 with only spaces (or a hyphen) between them."""
        a, b = self.tokens[i - 1].end, self.tokens[i].start
        return not self.folded[a:b].strip() or self.folded[a:b].strip() == "-"

    def name_at(self, i: int, limit: int, after_honorific: bool = False) -> int:
        """End token index of an unknown person name starting at token i (i if none)."""
        lex = self.lex
        if i >= len(self.tokens) or i in self.taken:
            return i
        j = i
        if lex.cased:
            words = 0  # particles (al, de, von ...) do not count towards name_max_tokens
            while j < len(self.tokens) and words < lex.max_name and j not in self.taken:
                if j > i and not self.token_gap_ok(j):
                    break
                raw = self.raw_token(j)
                tok = self.tokens[j].text
                if tok in lex.stop or raw in lex.stop:
                    break
                if raw[:1].isupper():
                    j += 1
                    words += 1
                elif tok in lex.particles and j > i and j + 1 < len(self.tokens):
                    j += 1
                else:
                    break
            while j > i and self.tokens[j - 1].text in lex.particles:
                j -= 1
            return j
        # Arabic: a given name (عبد/أبو/بن take the next word too), then up to max_name words; a word
        # with the article (الزيات) ends the name; after two words an imperfect verb (يبحث) ends it.
        first = self.tokens[i].text
        if first not in lex.given and not (after_honorific and first not in lex.stop and not first[:1].isdigit()
                                           and not self._event_word(first)):
            return i  # a name starts with a given name, or with any word after الشيخ/الدكتور
        j = i + 1
        if first in _COMPOUND and j < len(self.tokens) and j not in self.taken and self.token_gap_ok(j):
            j += 1
        while j < len(self.tokens) and j - i < lex.max_name and j not in self.taken and self.token_gap_ok(j):
            tok = self.tokens[j].text
            if tok in lex.stop or tok[:1].isdigit() or tok.startswith(self._article_clitics):
                break  # بالنتائج, للتعاون: a preposition with the article never continues a name
            if self._event_word(tok):
                break  # بزيارة, يبحث: a verbal noun or verb of the event lexicon is no name
            if j - i >= 2 and tok[:1] in ("\u064a", "\u062a") and tok not in lex.given:
                break
            if tok in _COMPOUND and j + 1 < len(self.tokens) and (j + 1) not in self.taken and self.token_gap_ok(j + 1):
                j += 2  # عبد الكريم inside a name
                continue
            j += 1
            if tok.startswith("\u0627\u0644") and tok not in lex.continues:
                break
        return j

    def _event_word(self, tok: str) -> bool:
        """The folded token, less a proclitic and/or a pronoun suffix (بزيارة, وبحث, ومباحثاته), is
        an event verb/noun of triggers.yaml or a name stop word."""
        lex = self.lex
        if not lex.event_words or tok in lex.given:
            return False
        words = lex.event_words | lex.stop
        stems = {tok} | {r + tok[len(c):] for c, r in lex.restore.items()
                         if tok.startswith(c) and len(tok) - len(c) >= 3}
        for st in list(stems):
            for suf in lex.suffixes:
                if st.endswith(suf) and len(st) - len(suf) >= 3:
                    stems.add(st[:-len(suf)])
                    if st[-len(suf) - 1] == "\u062a":
                        stems.add(st[:-len(suf) - 1] + "\u0647")  # زيارته -> زيارة (folded ة = ه)
        return bool(stems & words)

    def fold_of(self, i: int, j: int) -> str:
        return " ".join(t.text for t in self.tokens[i:j])

    # -- composition ---------------------------------------------------------------------------
    def compose(self) -> tuple[list[Mention], list[Mention]]:
        items = self.items
        actors: list[Mention] = []
        places: list[Mention] = []
        used = [False] * len(items)
        pending_role: tuple[int, str, str | None] | None = None  # (sentence, role, sector) of a plural title
        anaphors: list[_Item] = []
        k = 0
        while k < len(items):
            if used[k]:
                k += 1
                continue
            it = items[k]
            e = it.entry
            nxt = items[k + 1] if k + 1 < len(items) else None
            if e.type == ANAPHOR:
                used[k] = True
                anaphors.append(it)
            elif e.type == PLACE:
                used[k] = True
                places.append(self._mention(it.start, self._end(it), PlaceRef(e.name or "", e.country), "place",
                                            MentionKind.PLACE))
            elif e.type in (TITLE, COUNTERPART, MINISTRY):
                pending_role = self._title(k, None, used, actors) or pending_role
            elif (self.lex.modifier_before and (e.type in (DEMONYM, COUNTRY, CAPITAL) or (e.type == ORG and not e.possessive))
                  and nxt is not None
                  and nxt.entry.type in (TITLE, COUNTERPART, MINISTRY) and self.adjacent(it.end, nxt.start)
                  and not used[k + 1]):
                pending_role = self._title(k + 1, k, used, actors) or pending_role
            elif (e.type == DEMONYM and pending_role is not None and nxt is not None and nxt.entry.type == PERSON
                  and self.adjacent(it.end, nxt.start)
                  and pending_role[0] == self._sentence(it.start)):
                used[k] = used[k + 1] = True
                role = self.kb.role_for(e.country, pending_role[1])
                pe = nxt.entry
                ref = ActorRef(ActorKind.PERSON, e.country, pe.name, pe.person, role, self.kb.sector(role),
                               "title+name")
                actors.append(self._mention(it.start, nxt.end, ref, "plural-title"))
            elif e.type == PERSON:
                used[k] = True
                actors.append(self._person(it))
                if (e.possessive and nxt is not None and not used[k + 1] and self.adjacent(it.end, nxt.start)
                        and nxt.entry.type in (TITLE, COUNTERPART)):
                    # Putin's envoy: the office belongs to the possessor's state
                    pending_role = self._title(k + 1, None, used, actors, owner=actors[-1].value.country) \
                        or pending_role
            else:
                used[k] = True
                actors.append(self._simple(it))
            k += 1
        actors.extend(self._fuzzy_unmatched())
        actors.extend(self._surnames_after_full_names(actors))
        actors.sort(key=lambda m: (m.span.start, m.span.end))
        actors = self._appositions(actors)
        actors = self._surnames_told(actors)
        if self.lex.readings:
            actors = self._document_readings(actors)
        if anaphors:
            actors = self._resolve_anaphors(anaphors, actors)
        if self.lex.owners:
            actors = self._owned_offices(actors)
        if self.lex.bare_offices:
            actors = self._bare_offices(actors)
        if self.lex.place_heads:
            actors = [m for m in actors if not self._names_a_place(m)]
        if self.lex.institution_heads or self.lex.name_heads or self.lex.name_tails:
            actors = [m for m in actors if not self._names_an_institution(m)]
        actors = [m for m in actors if not isinstance(m.value, ActorRef) or m.value.via != "headed" or self._headed(m)]
        places.sort(key=lambda m: (m.span.start, m.span.end))
        return actors, places

    def _surnames_told(self, actors: list[Mention]) -> list[Mention]:
        """"محمد شياع السوداني ... دعا السوداني أنقرة": a nationality word that is the surname of a person
        named earlier in the article by their full name is that person (not "the Sudanese")."""
        if not self.lex.definite:
            return actors  # the adjective test below reads the article of the language
        out: list[Mention] = []
        people: dict[str, Mention] = {}
        for m in actors:
            v = m.value
            if isinstance(v, ActorRef) and v.kind == ActorKind.PERSON and v.person and " " in m.text.strip():
                people[fold_phrase(m.text.split()[-1])] = m
                out.append(m)
                continue
            before = self.text.article.text[:m.span.start].split()
            adjective = bool(before) and fold_phrase(before[-1]).startswith(self.lex.definite)
            if isinstance(v, ActorRef) and v.kind == ActorKind.DEMONYM and " " not in m.text.strip() and not adjective:
                # (not after a definite noun: "الجيش السوداني" is the Sudanese army)
                word = fold_phrase(m.text.strip())
                told = people.get(word) or next((p for w, p in people.items() if word.endswith(w) and len(w) >= 4
                                                 and word[: len(word) - len(w)] in ("\u0648", "\u0641")), None)
                if told is not None:
                    out.append(replace(m, value=told.value, rule=f"{self.rule}:surname"))
                    continue
            out.append(m)
        return out

    def _names_a_place(self, m: Mention) -> bool:
        """"مسجد الشيخ زايد", "مطار هواري بومدين": a person's name right after a place noun names the place."""
        if not isinstance(m.value, ActorRef) or m.value.kind != ActorKind.PERSON:
            return False
        fs = self.text.folded_index(m.span.start)
        i = self.tok_at.get(fs)
        if i is None or i == 0:
            return False
        return any(f in self.lex.place_heads for f, _ in self._clitic_forms(self.tokens[i - 1].text))

    def _headed(self, m: Mention) -> bool:
        """"الاقتراح الأوروبي", "عرضا أوروبيا": an organisation's nisba right after a noun of ``headed_nisba``."""
        i = self.tok_at.get(self.text.folded_index(m.span.start))
        if i is None or i == 0 or not self.token_gap_ok(i):
            return False
        return any(f in self.lex.headed for f, _ in self._clitic_forms(self.tokens[i - 1].text))

    def _names_an_institution(self, m: Mention) -> bool:
        """"الجامعة الأمريكية في بيروت", "المدرسة الفرنسية": a nationality adjective right after a school noun
        names the school, not the state."""
        if not isinstance(m.value, ActorRef) or m.value.kind != ActorKind.DEMONYM:
            return False
        pos = self.text.folded_index(m.span.start)
        i = self.tok_at.get(pos)
        j = i if i is not None else next((k for k, t in enumerate(self.tokens) if t.start <= pos < t.end), None)
        if j is not None and self._before_a_firm_word(j):  # a proclitic (والسويدي) starts the token, not the name
            return True
        if i is None or i == 0 or not self.token_gap_ok(i):
            return False
        forms = {f for f, _ in self._clitic_forms(self.tokens[i - 1].text)}
        if forms & self.lex.name_heads and self.lex.definite:
            # "شركة السويدي إليكتريك": a definite masculine nisba cannot qualify an indefinite feminine noun; it is
            # the genitive of a name (a family's, a firm's), not a nationality ("شركة سويدية" would be one)
            word = self.tokens[i].text
            return word.startswith(self.lex.definite) and word.endswith("ي")
        return any(f in self.lex.institution_heads for f in forms)

    def _before_a_firm_word(self, i: int) -> bool:
        """"والسويدي إليكتريك", "العربي جروب": a definite masculine nisba right before a word of ``name_tails``
        (a transliterated word of a firm's name) is the first word of that name, not a nationality (an adjective
        of a nationality follows its noun and agrees with it: "شركة كهرباء سويدية")."""
        if not (self.lex.name_tails and self.lex.definite) or i + 1 >= len(self.tokens) or not self.token_gap_ok(i + 1):
            return False
        if not any(f in self.lex.name_tails for f, _ in self._clitic_forms(self.tokens[i + 1].text)):
            return False
        return any(f.startswith(self.lex.definite) and f.endswith("ي") for f, _ in self._clitic_forms(self.tokens[i].text))

    def _clitic_forms(self, token: str) -> list[tuple[str, str]]:
        """(form, clitic) for a token and the token without each proclitic (لل restores ال)."""
        return [(token, "")] + [(r + token[len(c):], c) for c, r in self.lex.restore.items()
                                if c and token.startswith(c) and len(token) - len(c) >= 2]

    def _appositions(self, actors: list[Mention]) -> list[Mention]:
        """Putin, the Russian president / بوتين، الرئيس الروسي: a person and a title separated by a
        comma share the country (the one that has it gives it to the other)."""
        raw = self.text.article.text
        out = list(actors)
        for x in range(len(out) - 1):
            a, b = out[x], out[x + 1]
            va, vb = a.value, b.value
            if not (isinstance(va, ActorRef) and isinstance(vb, ActorRef)):
                continue
            kinds = {va.kind, vb.kind}
            if kinds != {ActorKind.PERSON, ActorKind.TITLE} or not _APPOSITION.match(raw[a.span.end:b.span.start]):
                continue
            if va.country is None and vb.country is not None:
                out[x] = replace(a, value=replace(va, country=vb.country))
            elif vb.country is None and va.country is not None:
                role = self.kb.role_for(va.country, vb.role) if vb.kind == ActorKind.TITLE and vb.role else vb.role
                out[x + 1] = replace(b, value=replace(vb, country=va.country, role=role))
        return out

    def _document_readings(self, actors: list[Mention]) -> list[Mention]:
        """Bare "عمان" is Oman, but Amman in an article that names Jordan and no other sign of Oman
        (``document_readings`` of actors.yaml): the article decides between two states written alike."""
        out = list(actors)
        by_form: dict[str, list[int]] = {}
        for x, m in enumerate(actors):
            fs, fe = self.text.folded_index(m.span.start), self.text.folded_index(m.span.end)
            form = self.folded[fs:fe]
            if form in self.lex.readings and isinstance(m.value, ActorRef) \
                    and m.value.country == self.lex.readings[form][0] and m.value.via != "capital":
                by_form.setdefault(form, []).append(x)
        for form, xs in by_form.items():
            default, other, kind = self.lex.readings[form]
            rest = [m for x, m in enumerate(actors) if x not in xs and isinstance(m.value, ActorRef)]
            if not any(m.value.country == other for m in rest) or any(m.value.country == default for m in rest):
                continue
            ak = ActorKind.CAPITAL if kind == "capital" else ActorKind.COUNTRY
            for x in xs:
                out[x] = replace(actors[x], value=ActorRef(ak, other, None, None, None, None, kind))
        return out

    def _resolve_anaphors(self, anaphors: list[_Item], actors: list[Mention]) -> list[Mention]:
        """"the League" / "المملكة": the nearest earlier actor (at most ``anaphor_window`` sentences
        back) whose code the anaphor allows; without one the words are not an actor."""
        out = list(actors)
        for it in anaphors:
            if self.lex.definite and it.tj < len(self.tokens) and self.tokens[it.tj].text.startswith(self.lex.definite) \
                    and it.tj not in self.taken:
                continue  # "المجلس العسكري": a noun with its own adjective is no short reference
            start = self.text.original(it.start, it.end).start
            # "his country" looks back to the sentence before at most
            lo = self._sentence(it.start) - (1 if "person" in it.entry.codes else self.lex.anaphor_window)
            found = [m for m in reversed(out) if m.span.end <= start and m.sentence >= lo
                     and self._antecedent_ok(m, it.entry.codes)]
            seat = self._seat(it, out) if "*" in it.entry.codes else None
            if seat is not None:
                found = [seat]  # "المجلس العسكري الحاكم في مالي": the state it sits in, not the one named before
            if it.entry.listed and found:
                # "المملكة" after "السعودية والإمارات والبحرين": the likelier kingdom, not the last named
                rank = {c: i for i, c in enumerate(it.entry.codes)}
                found.sort(key=lambda m: rank.get(getattr(m.value, "country", None) or "", len(rank)))
            antecedent = found[0] if found else None
            if antecedent is None or not isinstance(antecedent.value, ActorRef):
                continue
            v = antecedent.value
            if v.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION):
                ref = replace(v, via="anaphor")
            else:  # "King Salman ... the kingdom": the state, not the person
                c = self.kb.country(v.country)
                kind = ActorKind.ORGANISATION if getattr(c, "kind", "") == "organisation" else ActorKind.COUNTRY
                ref = ActorRef(kind, v.country, via="anaphor")
            out.append(self._mention(it.start, self._end(it), ref, ANAPHOR))
            out.sort(key=lambda m: (m.span.start, m.span.end))
        return out

    def _seat(self, it: _Item, actors: list[Mention]) -> Mention | None:
        """The state named right after an anaphor and a seat preposition ("الحاكم في مالي"), if any."""
        if it.tj + 1 >= len(self.tokens) or self.tokens[it.tj].text not in self.lex.seat_preps:
            return None
        nxt = self.tokens[it.tj + 1]
        at = self.text.original(nxt.start, nxt.end).start
        return next((m for m in actors if m.span.start == at and isinstance(m.value, ActorRef)
                     and m.value.kind in (ActorKind.COUNTRY, ActorKind.CAPITAL) and m.value.country), None)

    def _owned_offices(self, actors: list[Mention]) -> list[Mention]:
        """"North Korea has reacted bitterly. In September its Foreign Ministry denounced ...": an office or
        ministry of no state after an owner determiner (anaphors.yaml ``owner_determiners``) belongs to the
        state named last before it, as a country or capital, in its sentence or the one before."""
        raw = self.text.article.text
        out = list(actors)
        for x, m in enumerate(actors):
            v = m.value
            if not isinstance(v, ActorRef) or v.country is not None \
                    or v.kind not in (ActorKind.TITLE, ActorKind.ORGANISATION) or v.via not in ("title", "ministry"):
                continue
            words = raw[max(0, m.span.start - 40):m.span.start].split()
            if not words or fold_phrase(words[-1]) not in self.lex.owners:
                continue
            states = [a for a in actors[:x] if isinstance(a.value, ActorRef) and a.value.country
                      and a.value.kind in (ActorKind.COUNTRY, ActorKind.CAPITAL) and m.sentence - a.sentence <= 1
                      and getattr(self.kb.country(a.value.country), "kind", "state") != "organisation"]
            if not states:
                continue
            # in its own sentence, the state named last before it; opening a sentence with none before it, the
            # previous sentence's first state, its subject ("China, Sri Lanka's big lender, ... Its Export-Import
            # Bank": China's)
            own = [a for a in states if a.sentence == m.sentence]
            country = (own[-1] if own else states[0]).value.country  # type: ignore[union-attr]
            role = self.kb.role_for(country, v.role) if v.kind == ActorKind.TITLE and v.role else v.role
            out[x] = replace(m, value=replace(v, country=country, role=role), rule=f"{self.rule}:owner")
        return out

    def _bare_offices(self, actors: list[Mention]) -> list[Mention]:
        """"The Emir of Qatar met Biden ... The Emir said": an office of no state named by a bare title
        (anaphors.yaml ``bare_offices``) is the office of the nearest state before it (within the anaphor
        window) among the states it allows and its blockers; a blocker nearer leaves it without one (after
        Saudi Arabia "الأمير" is a prince)."""
        out = list(actors)
        for x, m in enumerate(actors):
            v = m.value
            if not isinstance(v, ActorRef) or v.kind != ActorKind.TITLE or v.country is not None:
                continue
            codes, blockers = self.lex.bare_offices.get(fold_phrase(m.text), (frozenset(), frozenset()))
            if not codes:
                continue
            states = [a for a in actors[:x] if isinstance(a.value, ActorRef) and a.value.country in codes | blockers
                      and m.sentence - a.sentence <= self.lex.anaphor_window]
            if not states or states[-1].value.country not in codes:  # type: ignore[union-attr]
                continue
            country = states[-1].value.country  # type: ignore[union-attr]
            role = self.kb.role_for(country, v.role) if v.role else v.role
            out[x] = replace(m, value=replace(v, country=country, role=role), rule=f"{self.rule}:bare-office")
        return out

    def _antecedent_ok(self, m: Mention, codes: tuple[str, ...]) -> bool:
        v = m.value
        if not isinstance(v, ActorRef) or v.country is None:
            return False
        if "person" in codes:
            # "وزير الطاقة الجزائري ... أن بلاده", "the minister said his country": the state of the person
            return v.kind in (ActorKind.PERSON, ActorKind.TITLE)
        if v.country in codes:
            return True
        # "*": any state named as such ("the junta" after "Niger" or "Niamey")
        c = self.kb.country(v.country)
        return "*" in codes and v.kind in (ActorKind.COUNTRY, ActorKind.CAPITAL) and c is not None \
            and getattr(c, "kind", "") != "organisation"

    def _end(self, it: _Item) -> int:
        if it.entry.possessive:
            raw = self.folded[it.start:it.end]
            for p in ("'s", "'"):
                if raw.endswith(p):
                    return it.end - len(p)
        return it.end

    def _simple(self, it: _Item) -> Mention:
        e = it.entry
        kind = {COUNTRY: ActorKind.COUNTRY, CAPITAL: ActorKind.CAPITAL, DEMONYM: ActorKind.DEMONYM,
                ORG: ActorKind.ORGANISATION, GROUP: ActorKind.GROUP}[e.type]
        ref = ActorRef(kind, e.country, e.name, None, e.role if e.type == GROUP else None, e.sector, e.via)
        return self._mention(it.start, self._end(it), ref, e.type)

    def _person(self, it: _Item) -> Mention:
        """A named person alone; a misspelt first name just before a known surname joins the span."""
        e = it.entry
        start = it.start
        person, country, via = e.person, e.country, e.via
        i = it.ti
        if i > 0 and (i - 1) not in self.taken and self.token_gap_ok(i):
            prev = self.tokens[i - 1].text
            ids = (person or "").split("|")
            hits = [pid for pid in ids if any(fuzz.ratio(prev, f) >= self.lex.min_score
                                              for f in self.lex.person_forms.get(pid, ()))]
            if hits and (not self.lex.cased or self.raw_token(i - 1)[:1].isupper()):
                start = self.tokens[i - 1].start
                if len(hits) == 1 and len(ids) > 1:
                    person, via = hits[0], "name"
                    country = self.kb.people[person].country
        name = self.kb.people[person].name_en if person and "|" not in person else e.name
        ref = ActorRef(ActorKind.PERSON, country, name, person, None, None, via)
        return self._mention(start, self._end(it), ref, "person")

    def _title(self, k: int, mod: int | None, used: list[bool], actors: list[Mention],
               owner: str | None = None) -> tuple[int, str, str | None] | None:
        items = self.items
        t = items[k]
        e = t.entry
        used[k] = True
        start = items[mod].start if mod is not None else t.start
        country = items[mod].entry.country if mod is not None else e.country
        if mod is not None:
            used[mod] = True
        end, last_tok = t.end, t.tj
        j = k + 1
        # country after the title: ar "الرئيس الروسي", "وزير خارجية مصر"; en "President of Russia"
        if country is None and j < len(items) and not used[j]:
            nj = items[j]
            link_ok = self.lex.modifier_after and self.adjacent(t.end, nj.start)
            if not link_ok and self.lex.links:
                between = tuple(x.text for x in self.tokens[t.tj:nj.ti])
                link_ok = between in self.lex.links and all(self.token_gap_ok(x) for x in range(t.tj, nj.ti + 1))
            if not link_ok and self.lex.link_clitics and e.type != MINISTRY and nj.entry.type == COUNTRY \
                    and self.folded[t.end:nj.start].strip() in self.lex.link_clitics \
                    and self.folded[t.end:t.end + 1] == " " \
                    and not (t.ti > 0 and any(f in self.lex.link_not_after
                                              for f, _ in self._clitic_forms(self.tokens[t.ti - 1].text))):
                # "وزير الموارد المائية بجنوب السودان": the state after a clitic preposition is whose office it is
                # (not after a verb whose object takes that preposition: "اتصل وزير الخارجية بمصر")
                link_ok = True
            if link_ok and nj.entry.type == GROUP and e.type != MINISTRY:
                # وزراء خارجية الدول الأربع / the foreign ministers of the four countries: the group itself
                used[j] = True
                ref = ActorRef(ActorKind.GROUP, None, None, None, nj.entry.role, e.sector, "title+group")
                actors.append(self._mention(start, nj.end, ref, "group"))
                return None
            if link_ok and nj.entry.type in (DEMONYM, COUNTRY, ORG, CAPITAL) and not nj.entry.possessive:
                country = nj.entry.country
                used[j] = True
                end, last_tok = nj.end, nj.tj
                j += 1
            elif (link_ok and e.type != MINISTRY and nj.entry.type == MINISTRY and j + 1 < len(items)
                  and self.adjacent(nj.end, items[j + 1].start)
                  and items[j + 1].entry.type in (DEMONYM, COUNTRY) and self.lex.modifier_after):
                # المتحدث باسم الخارجية الروسية: the spokesperson of the Russian foreign ministry
                country = items[j + 1].entry.country
                used[j] = used[j + 1] = True
                end, last_tok = items[j + 1].end, items[j + 1].tj
                j += 2
        if country is None and owner is not None:
            country = owner
        if e.type == MINISTRY:
            if e.needs_country and country is None:
                return None
            ref = ActorRef(ActorKind.ORGANISATION, country, e.name, None, None, e.sector, "ministry")
            actors.append(self._mention(start, end, ref, "ministry"))
            return None
        # courtesy words before the name: الشيخ, Dr, or a courtesy title item (الأمير after ولي العهد);
        # they join the span only when a name follows
        title_end, title_tok, title_j = end, last_tok, j
        honorific = False
        while last_tok < len(self.tokens) and (self._gap_ok_at(last_tok) or (honorific and self._dot_gap(last_tok))):
            if self.tokens[last_tok].text in self.lex.honorifics and last_tok not in self.taken:
                end = self.tokens[last_tok].end
                last_tok += 1
                honorific = True
            elif (j < len(items) and not used[j] and items[j].ti == last_tok and items[j].entry.honorific
                  and items[j].entry.type == TITLE):
                end, last_tok = items[j].end, items[j].tj
                j += 1
                honorific = True
            else:
                break
        role = self.kb.role_for(country, e.role) if e.role else None
        sector = self.kb.sector(role)
        # a person named right after: a KB person item, or an unknown name
        pe: Entry | None = None
        name_text: str | None = None
        name_end = end
        if j < len(items) and not used[j] and items[j].entry.type == PERSON and self.adjacent(end, items[j].start) \
                and items[j].ti == last_tok:
            pe = items[j].entry
            if (not self.lex.cased and country is None and not honorific and not e.honorific and pe.person
                    and "|" not in pe.person and not self.tokens[t.tj - 1].text.startswith("\u0627\u0644")):
                # مبعوث بوتين (idafa: a title without the article before a name) is Putin's envoy: the
                # office takes the possessor's state; the person stays a mention of its own
                owner_c = pe.country
                role = self.kb.role_for(owner_c, e.role) if e.role else None
                ref = ActorRef(ActorKind.TITLE, owner_c, None, None, role, self.kb.sector(role), "title+owner")
                actors.append(self._mention(start, end, ref, "title"))
                return None
            used[j] = True
            name_end = items[j].end
        else:
            gap_ok = self._gap_ok_at(last_tok) or (honorific and self._dot_gap(last_tok))
            nend = self.name_at(last_tok, -1, after_honorific=honorific) if gap_ok else last_tok
            if nend == last_tok and e.chain and not self.lex.cased:
                nstart, nend = self._chain_name(last_tok)
                if nend > nstart:
                    last_tok = nstart
            if nend > last_tok:
                folded_name = self.fold_of(last_tok, nend)
                pe = self.lex.names.get(folded_name)
            if nend > last_tok and pe is None and nend - last_tok < e.min_name_words:
                nend = last_tok  # "General Assembly" is not General Mr Assembly
            if nend > last_tok:
                if pe is None:
                    pid = fuzzy_person(self.lex, folded_name)
                    if pid:
                        p = self.kb.people[pid]
                        pe = Entry(PERSON, p.country, name=p.name_en, person=pid, via="fuzzy")
                name_end = self.tokens[nend - 1].end
                if pe is None:
                    span = self.text.original(self.tokens[last_tok].start, name_end)
                    name_text = self.text.article.text[span.start:span.end]
                self.taken.update(range(last_tok, nend))
        if pe is None and name_text is None and honorific:  # no name after the courtesy words
            end, last_tok, name_end = title_end, title_tok, title_end
            j = title_j
        for x in range(k + 1, len(items)):  # actor words inside a chain (سفير مصر لدى الأردن ...) are consumed
            if items[x].start >= name_end:
                break
            used[x] = True
        if (pe is not None or name_text is not None) and e.honorific and country is None:
            role = sector = None  # الأمير فيصل: a prince, not a head of state
        if pe is not None or name_text is not None:
            if pe is not None:
                name = pe.name
                if pe.person and "|" in pe.person:
                    name = None
                pcountry = country or pe.country
                via = "title+" + (pe.via if pe.via in ("fuzzy", "ambiguous") else "name")
                ref = ActorRef(ActorKind.PERSON, pcountry, name, pe.person, role, sector, via)
            else:
                ref = ActorRef(ActorKind.PERSON, country, name_text, None, role, sector, "title+unknown")
            actors.append(self._mention(start, name_end, ref, "title-person"))
            return self._pending(e, role, start)
        if e.type == COUNTERPART:
            ref = ActorRef(ActorKind.COUNTERPART, country, None, None, None, None, "counterpart")
            actors.append(self._mention(start, end, ref, "counterpart"))
            return None
        if e.needs_country and country is None:
            return None
        if country is None and e.role == "head":
            return None  # a bare "رئيس"/"director" (head of ...) without a name says nothing
        if e.plural and country is None:
            # الرئيسان / the two presidents / وزراء الخارجية: the parties named in the article
            ref = ActorRef(ActorKind.GROUP, None, None, None, None, sector, "plural-title")
            actors.append(self._mention(start, end, ref, "group"))
            return self._pending(e, role, start)
        ref = ActorRef(ActorKind.TITLE, country, None, None, role, sector, "title")
        actors.append(self._mention(start, end, ref, "title"))
        return self._pending(e, role, start)

    def _pending(self, e: Entry, role: str | None, start: int) -> tuple[int, str, str | None] | None:
        if not e.plural or not e.role:
            return None
        return (self._sentence(start), e.role, self.kb.sector(role))

    def _sentence(self, folded_start: int) -> int:
        o = self.text.offsets[folded_start]
        return max(bisect.bisect_right(self._sent_starts, o) - 1, 0)

    def _dot_gap(self, i: int) -> bool:
        """Token i follows an abbreviated courtesy word: "Dr. Hani"."""
        return 0 < i < len(self.tokens) and self.folded[self.tokens[i - 1].end:self.tokens[i].start].strip() == "."

    def _gap_ok_at(self, i: int) -> bool:
        return 0 < i < len(self.tokens) and self.token_gap_ok(i)

    def _chain_name(self, i: int) -> tuple[int, int]:
        """After a chain title (رئيس/سفير ...), skip the body's name to a given name; (start, end)."""
        j = i
        while j < len(self.tokens) and j - i < 8 and self.token_gap_ok(j):
            tok = self.tokens[j].text
            if tok in self.lex.stop and tok not in self.lex.chain_through:
                break
            if tok in self.lex.given and j > i:
                end = self.name_at(j, -1)
                if end > j + 1:  # given name plus at least one more name token
                    return j, end
            j += 1
        return i, i

    def _surnames_after_full_names(self, actors: list[Mention]) -> list[Mention]:
        """"Fidel Castro ... Washington had recognised Castro's government": a surname the KB does not take
        alone (shared by several people) is the person the article named before by full name -- unless it
        named two people with that surname, or the word follows another capitalised name word. Only in a
        language that writes names with capitals (an Arabic surname may be a common word: علي)."""
        told: dict[str, set[str]] = {}
        if not self.lex.cased:
            return []
        first_end: dict[str, int] = {}
        for m in actors:
            v = m.value
            if not isinstance(v, ActorRef) or v.kind != ActorKind.PERSON or not v.person or "|" in v.person:
                continue
            words = fold_phrase(m.text).split()
            if len(words) < 2:
                continue
            surname = words[-1].removesuffix("'s").removesuffix("'")
            told.setdefault(surname, set()).add(v.person)
            first_end[surname] = min(first_end.get(surname, m.span.end), m.span.end)
        out: list[Mention] = []
        if not told:
            return out
        for i, tok in enumerate(self.tokens):
            if i in self.taken:
                continue
            word = tok.text.removesuffix("'s").removesuffix("'")
            pids = told.get(word)
            if not pids or len(pids) != 1 or self.text.original(tok.start, tok.end).start < first_end[word]:
                continue
            if not self.raw_token(i)[:1].isupper():
                continue
            if i > 0 and self.token_gap_ok(i) and self.raw_token(i - 1)[:1].isupper() and not self._sentence_start(i - 1) \
                    and self.tokens[i - 1].text.rstrip(".") not in self.lex.honorifics \
                    and not any(isinstance(a.value, ActorRef) and a.value.kind == ActorKind.TITLE
                                and a.span.end <= self.text.original(tok.start, tok.end).start
                                and a.span.end >= self.text.original(self.tokens[i - 1].start, self.tokens[i - 1].end).end
                                for a in actors):
                continue  # "Raul Castro", "Xiomara Castro": another name ("President Castro", "Mr Castro" are his)
            pid = next(iter(pids))
            p = self.kb.people[pid]
            end = tok.end - (len(tok.text) - len(word))
            ref = ActorRef(ActorKind.PERSON, p.country, p.name_en, pid, None, None, "surname")
            out.append(self._mention(tok.start, end, ref, "surname"))
            self.taken.add(i)
        return out

    def _sentence_start(self, i: int) -> bool:
        return i == 0 or self._sentence(self.tokens[i].start) != self._sentence(self.tokens[i - 1].start)

    def _fuzzy_unmatched(self) -> list[Mention]:
        """Multi-token names outside any match, spelt differently from the KB (bounded fuzzy)."""
        out: list[Mention] = []
        lex = self.lex
        toks = self.tokens
        i = 0
        while i < len(toks) - 1:
            if i in self.taken or (i + 1) in self.taken or not self.token_gap_ok(i + 1):
                i += 1
                continue
            if lex.cased:
                if not (self.raw_token(i)[:1].isupper() and self.raw_token(i + 1)[:1].isupper()):
                    i += 1
                    continue
            elif toks[i].text not in lex.given:
                i += 1
                continue
            pid = fuzzy_person(lex, self.fold_of(i, i + 2))
            if pid and not lex.cased and (i + 2) not in self.taken and self._unknown_nisba(i + 2):
                pid = None  # "محمد يونس المنفي": a longer name of another man
            if pid:
                p = self.kb.people[pid]
                ref = ActorRef(ActorKind.PERSON, p.country, p.name_en, pid, None, None, "fuzzy")
                out.append(self._mention(toks[i].start, toks[i + 1].end, ref, "fuzzy"))
                self.taken.update((i, i + 1))
                i += 2
                continue
            i += 1
        return out

    def _mention(self, fs: int, fe: int, value: Any, sub: str, kind: MentionKind = MentionKind.ACTOR) -> Mention:
        span: Span = self.text.original(fs, fe)
        raw = self.text.article.text
        end = span.end
        while end < len(raw) and (raw[end] == "\u0640" or unicodedata.category(raw[end]) == "Mn"):
            end += 1  # trailing harakat/shadda/tatweel were dropped by folding but belong to the word
        if end != span.end:
            span = Span(span.start, end)
        sentence = max(bisect.bisect_right(self._sent_starts, span.start) - 1, 0)
        return Mention(kind=kind, span=span, sentence=sentence, value=value,
                       rule=f"{self.rule}:{sub}", text=self.text.article.text[span.start:span.end])


def lexicon(ctx: Context, lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` for this context (built once, then cached)."""
    return ctx.cached(f"mentions.actors.lexicon:{lang}",
                      lambda: build_lexicon(ctx.kb, ctx.lang(lang), ctx.settings))


def find_actors(text: Text, ctx: Context) -> tuple[list[Mention], list[Mention]]:
    """Return (actor mentions, place mentions), sorted by start offset."""
    code = _lang_of(text)
    if code not in ctx.langs:
        return [], []
    f = _Finder(text, ctx, lexicon(ctx, code))
    f.match()
    return f.compose()


__all__: Iterable[str] = ["Lexicon", "build_lexicon", "find_actors", "fuzzy_person", "lexicon"]
