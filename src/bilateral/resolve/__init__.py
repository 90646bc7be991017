"""Stage 5: fix candidates in time and turn them into events.

- dates: explicit dates as found; relative ones resolved against the publication date (basis
  ``relative``); none -> the publication date (basis ``publication``);
- actors as of the event date (``resolve.actors``); "the two countries" -> the article's main dyad;
  a missing counterpart of a dyad member -> the other member of the dyad (rule ``+dyad``);
- status: an event dated after the publication date is ``planned``;
- one event per pair of parties (several parties share a ``group`` id);
- evidence = the sentence; intensity, quad class and CAMEO code from the ontology;
- duplicates inside one article (the same type, pair and date) are merged, keeping the more
  specific mode.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from .. import registry
from ..calendar import compare_partial, precision_of, resolve_relative
from ..context import Context
from ..dateline import dateline_span, dispatch_day
from ..matcher import PhraseMatcher
from ..model import (
    Actor,
    ActorKind,
    ActorRef,
    Basis,
    Candidate,
    DateRef,
    DateValue,
    Event,
    EventType,
    Evidence,
    Location,
    Mention,
    Mentions,
    PlaceRef,
    Precision,
    Quantity,
    QuantityRef,
    Span,
    Status,
    Text,
    content_hash,
)
from .actors import coordinated_run, country_as_of, focus_pair, group_size, local_group, resolve_actor

__all__ = ["resolve_events"]

RULE = registry.name("resolve")
_SYMMETRIC_FRAMES = {"symmetric", "passive"}
# types whose modes name different acts (signing, relations, recognition; a loan, experts, building)
_DISTINCT_MODES = {EventType.SUPPORT, EventType.AID, EventType.SANCTION}
# ... except where one names the work of the other: experts sent to build a dam
_ONE_ACT = {frozenset(("experts", "build"))}
# a call and a trip are never one consultation told twice
_CALL_AND_TRIP = {"phone", "visit"}
# a trip and talks, each told by a verb of its own, are two consultations
_TRIP_AND_TALKS = {"visit", "meet"}
# verbal and material conflict needs another state as its object: a state's own security operation ("the army
# shelled rebel-held towns"), a condemnation of a terrorist attack or an inanimate threat ("rising prices threaten
# stability") names none
_NEEDS_TARGET = {EventType.ACCUSE, EventType.THREATEN, EventType.ASSAULT, EventType.COERCE, EventType.PROTEST}
# verbal acts that go one way (an accusation, a threat, a demand, a refusal): told each way in sentences of their
# own, they are two acts; talks, agreements and signings are shared by both parties. (SANCTION would belong here
# too -- "France expelled twelve Algerian officials ... On Monday, Algiers gave twelve French employees 48 hours to
# leave" -- but waits for the date of "had called its ambassador home", read as the day before, to be fixed)
_ONE_WAY = {EventType.ACCUSE, EventType.THREATEN, EventType.REQUEST, EventType.REJECT, EventType.PROTEST,
            EventType.COERCE}
# trigger entries of a joint statement issued (lang/<code>/triggers.yaml): a document apart from those signed
_STATEMENTS = {"joint-statement", "joint-statement-issued-z9count"}
_MODE_RANK = {"visit": 3, "multilateral": 2, "phone": 2, "sign": 2, "meet": 1}


def resolve_events(candidates: Sequence[Candidate], text: Text, mentions: Mentions, ctx: Context) -> list[Event]:
    article = text.article
    dateline = dateline_span(article.text, text.sentences)
    focus = focus_pair(mentions.actors, dateline)
    events: list[Event] = []
    published = dispatch_day(article.published, dateline, mentions.dates)  # "TUNIS, April 18 (Agency) -"
    receptions: set[str] = set()
    said = _told_directions(candidates)
    by_candidate: list[list[Event]] = []
    for c in candidates:
        date = _date(c, published, said)
        told = _events(c, text, ctx, date, focus, mentions.actors, dateline)
        if c.frame == "host":
            receptions.update(e.id for e in told)
        by_candidate.append(told)
    framing = _hosts_of_talks(candidates, by_candidate, mentions.actors, article.text)
    events = [e for k, told in enumerate(by_candidate) if k not in framing for e in told]
    events = _protest_reasons(events, text, ctx)
    return _merge_duplicates(_receptions_as_talks(events, receptions, ctx))


def _protest_cues(ctx: Context, lang: str) -> PhraseMatcher[str] | None:
    """The language's "in protest at" phrases (lang/<code>/roles.yaml ``protest_reasons``, payload ``protest``)
    and its other markers of a clause of cause ("after", "إثر": ``background_markers``, payload ``cause``)."""
    def build() -> PhraseMatcher[str] | None:
        roles = ctx.lang(lang).get("roles") or {}
        protests = [str(w) for w in roles.get("protest_reasons") or ()]
        causes = [str(w) for w in roles.get("background_markers") or () if str(w) not in protests]
        return PhraseMatcher([(w, "protest") for w in protests] + [(w, "cause") for w in causes],
                             ctx.lang(lang).clitics) if protests else None
    return ctx.cached(f"{RULE}:protest:{lang}", build)


def _protest_reasons(events: list[Event], text: Text, ctx: Context) -> list[Event]:
    """"Algiers recalled its ambassador in protest at Paris's decision", "قطعت الرباط علاقاتها مع الجزائر احتجاجا على
    اعترافها ...": a sanction or a refusal told with its reason is also an ACCUSE (disapprove) of the same parties, on
    the same day and with the same status (CODING_GUIDE, eighth round). The reason goes with the nearest act told
    before it in its sentence (or the first after it, when the sentence opens with it); a sanction denied or only
    supposed protests at nothing. Not when a clause of cause comes between ("cut ties after protesters stormed its
    embassy in protest at an execution": the protesters' reason), nor when the article already has that party's
    ACCUSE of the other on that day (the statement that gave the reason)."""
    lang = text.article.lang or ""
    cues = _protest_cues(ctx, lang) if lang in ctx.langs else None
    if cues is None:
        return events
    # (trigger, event) of each act that can carry a reason, by sentence
    acts: dict[tuple[int, int], list[tuple[Span, Event]]] = {}
    for e in events:
        if e.type in (EventType.SANCTION, EventType.REJECT) and e.trigger is not None and e.source is not None \
                and e.target is not None and e.status not in (Status.NEGATED, Status.HYPOTHETICAL):
            acts.setdefault((e.evidence.start, e.evidence.end), []).append((e.trigger, e))
    if not acts:
        return events
    out = list(events)
    coding = ctx.ontology.coding(EventType.ACCUSE, "disapprove")
    accused = {(e.source.country if e.source else None, e.target.country if e.target else None, e.date.start)
               for e in events if e.type == EventType.ACCUSE}
    done: set[tuple[int, str | None, str | None]] = set()
    for (lo, hi), here in sorted(acts.items()):
        found = cues.find(text.folded, text.folded_index(lo), text.folded_index(hi))
        causes = [text.original(m.start, m.end) for m in found if m.payload == "cause"]
        for m in found:
            if m.payload != "protest":
                continue
            cue = text.original(m.start, m.end)
            before = [(t, e) for t, e in here if t.end <= cue.start
                      and not any(t.end <= c.start and c.end <= cue.start for c in causes)]
            after = [(t, e) for t, e in here if t.start >= cue.end]
            if before:
                nearest = max(t.start for t, _ in before)
            elif after and not _words_between(text, lo, cue.start):
                nearest = min(t.start for t, _ in after)
            else:
                continue
            for t, e in before or after:
                if t.start != nearest:
                    continue
                src, tgt = e.source.country if e.source else None, e.target.country if e.target else None
                if (cue.start, src, tgt) in done or (src, tgt, e.date.start) in accused:
                    continue
                done.add((cue.start, src, tgt))
                eid = content_hash(e.doc, e.evidence.start, e.evidence.end, str(EventType.ACCUSE), src, tgt,
                                   cue.start, e.date.start)
                out.append(replace(e, id=eid, type=EventType.ACCUSE, mode="disapprove", quantities=(),
                                   intensity=coding.intensity, quad=coding.quad, cameo=coding.cameo,
                                   rules=(*e.rules, f"{RULE}:protest-reason"), trigger=cue))
    return out


def _words_between(text: Text, start: int, end: int) -> bool:
    """Are there words (not only a headline mark, a dash or spaces) in the original text between two offsets?"""
    return any(ch.isalnum() for ch in text.article.text[start:end])


def _hosts_of_talks(candidates: Sequence[Candidate], told: Sequence[Sequence[Event]], actors: Sequence[Mention],
                    body: str) -> set[int]:
    """Host candidates whose host only frames talks told beside them ("Qatar hosted talks between Egypt and
    Sudan", "five rounds of talks hosted by Baghdad", "استضافت الدوحة محادثات بين ..."): the host is no party
    (CODING_GUIDE: mediators and hosts), the talks are the event. A host that takes part in the talks ("Cairo
    hosted talks between Egypt's minister and his Russian counterpart") or that receives guests named between
    the hosting and the talks ("Egypt hosted the leaders of Sudan and Chad for talks") is kept."""
    out: set[int] = set()
    for k, h in enumerate(candidates):
        if h.frame != "host" or not told[k]:
            continue
        host = _host_of(h, actors, body)
        if host is None:
            continue
        guests = {m.value.country for m in h.source if isinstance(m.value, ActorRef)}
        for j, t in enumerate(candidates):
            if j == k or t.frame == "host" or t.type != EventType.CONSULT or t.sentence != h.sentence \
                    or not told[j]:
                continue
            parties = {a.country for e in told[j] for a in (e.source, e.target) if a is not None}
            if host in parties or len(parties) < 2:
                continue
            lo, hi = sorted((h.trigger.start, t.trigger.start))
            if any(isinstance(m.value, ActorRef) and m.value.country in guests and lo <= m.span.start < hi
                   for m in actors if m.sentence == h.sentence):
                continue  # "Egypt hosted the leaders of Sudan and Chad for talks": the guests visit
            out.add(k)
            break
    return out


def _host_of(h: Candidate, actors: Sequence[Mention], body: str) -> str | None:
    """The state named right before or after a hosting word, at most one word apart ("Qatar hosted",
    "hosted by Baghdad", "استضافت الدوحة"), if none of its guests."""
    own = {id(m) for m in h.source}
    for m in actors:
        if m.sentence != h.sentence or id(m) in own or not isinstance(m.value, ActorRef) or not m.value.country \
                or m.value.kind in (ActorKind.GROUP, ActorKind.DEMONYM):
            continue
        gap = body[m.span.end:h.trigger.start] if m.span.end <= h.trigger.start else body[h.trigger.end:m.span.start]
        if len(gap.split()) <= 1 and not any(ch in gap for ch in ",.;:"):
            return m.value.country
    return None


_SAID = ":said-past"  # a relative date said with a past verb of saying (events/dates.py _said_in_past)


def _direction(c: Candidate, ref: DateRef) -> int:
    """What the tense implies for an ambiguous date ("Wednesday", "14 November"): -1 past, +1 future."""
    if c.status == Status.PLANNED:
        return 1
    if ":past" in c.rule and c.status != Status.HYPOTHETICAL:
        # a past verb is past however its act stands: "deployed troops on Monday, but Cairo called the reports
        # unfounded" (negated), "reportedly shelled the town on Monday" (reported); not "if Iran attacked on
        # Monday", a past form of a condition
        return -1
    if c.status != Status.OCCURRED:
        return 0
    # the present tense with a bare weekday reports what is about to happen ("heads to Tehran on Saturday");
    # with a day and month it is as often a timeline's historical present ("24 April: X closes its airspace")
    weekday = ref.relative is not None and ref.relative.unit == "weekday"
    return 1 if ":present" in c.rule and weekday else 0


def _told_directions(candidates: Sequence[Candidate]) -> dict[tuple[int, int], int]:
    """What the tense of the clause a date is said in implies for it (-1 past, +1 future), by the date's span:
    an event that takes the date from another ("In January he criticised Lima, prompting Peru to recall its
    envoy") resolves it as that clause does, not by its own verb form."""
    out: dict[tuple[int, int], int] = {}
    for c in candidates:
        if ":date-inherited" in c.rule:
            continue
        for m in c.dates:
            if isinstance(m.value, DateRef) and m.value.relative is not None:
                out.setdefault((m.span.start, m.span.end), -1 if m.rule.endswith(_SAID) else _direction(c, m.value))
    return out


def _date(c: Candidate, published: str | None, told: dict[tuple[int, int], int] | None = None) -> DateValue:
    for m in c.dates:
        ref = m.value
        if not isinstance(ref, DateRef):
            continue
        if ref.start:
            basis = Basis.INFERRED if ("years-later" in m.rule or "narrative-year" in m.rule) else Basis.EXPLICIT
            return DateValue(ref.start, ref.end if ref.end != ref.start else None, ref.precision, basis, m.text)
        direction = -1 if m.rule.endswith(_SAID) else _direction(c, ref)  # "X, Lavrov said on Monday": gone by
        if ":date-inherited" in c.rule and c.status != Status.PLANNED and told \
                and (m.span.start, m.span.end) in told:
            direction = told[(m.span.start, m.span.end)]
        resolved = resolve_relative(ref, published, direction=direction)
        if resolved is not None:
            start, end, precision = resolved
            return DateValue(start, end if end != start else None, precision, Basis.RELATIVE, m.text)
    if published:
        return DateValue(published, None, precision_of(published), Basis.PUBLICATION, None)
    return DateValue(None, None, Precision.UNKNOWN, Basis.PUBLICATION, None)


def _status(c: Candidate, date: DateValue, published: str | None) -> Status:
    if c.status == Status.OCCURRED and published and date.start and date.basis != Basis.PUBLICATION \
            and compare_partial(date.start, published) > 0:
        return Status.PLANNED
    return c.status


def _side(ms: Sequence[Mention], ctx: Context, date: str | None, focus: tuple[str, ...],
          actors: Sequence[Mention], dateline: Span | None, other: Sequence[Mention] = (),
          text: Text | None = None) -> list[Actor]:
    """Actors of one side; a group reference takes the states named before it, less the other side's."""
    out: list[Actor] = []
    body = text.article.text if text is not None else ""
    conjunctions = _conjunctions(ctx, text.article.lang if text is not None else None)
    exclude = {m.value.country for m in other if isinstance(m.value, ActorRef) and m.value.kind != ActorKind.GROUP}
    for m in ms:
        v = m.value
        if isinstance(v, ActorRef) and v.kind == ActorKind.GROUP:
            n = group_size(v)
            if v.via == "plural-title" and n == 2 and len(focus) == 2:
                # "the two presidents": the article's two main parties
                out.extend(Actor(country_as_of(ctx, code, date), None, m.text, None, None) for code in focus)
                continue
            # "the two countries" are states: organisations and their officials do not count ("the two sides"
            # may be an organisation and a state)
            sides = v.via == "sides"
            # (a name inside the other side's mention is not a state of its own: "الأمين العام لجامعة الدول العربية
            # أحمد أبو الغيط" is the League's officer, whatever his nationality)
            pool = [a for a in actors if isinstance(a.value, ActorRef) and a.value.country not in exclude
                    and (sides or _is_state(ctx, a.value.country))
                    and not any(o.span.contains(a.span) for o in other)]
            # the states named before the reference, nearest sentences first; then the main dyad
            states = tuple(code for code in focus if sides or _is_state(ctx, code))
            recent = local_group(pool, m.sentence, 10, dateline, before=m.span.start, span=3) or \
                tuple(dict.fromkeys(a.value.country for a in pool if isinstance(a.value, ActorRef)
                                    and m.sentence - 3 <= a.sentence <= m.sentence and a.span.start < m.span.start))
            own_ms = [a for a in pool if isinstance(a.value, ActorRef) and a.sentence == m.sentence
                      and a.span.start < m.span.start and not (dateline is not None and dateline.contains(a.span))]
            own = tuple(dict.fromkeys(a.value.country for a in own_ms if isinstance(a.value, ActorRef)))
            # two states joined as one subject ("استضاف العراق وعمان محادثات بين البلدين") are not the pair
            # (or "Brazil and Colombia condemned the raid, and Washington called on the two governments")
            gap = body[own_ms[0].span.end:own_ms[1].span.start].split() if len(own_ms) == 2 else []
            joined = len(own_ms) == 2 and (own_ms[1].span.start - own_ms[0].span.end <= 3
                                           or (len(gap) == 1 and gap[0].lower() in conjunctions))
            listed = coordinated_run(pool, body, conjunctions, m.sentence, n, m.span.start) if n > 2 else ()
            if listed:
                named: tuple[str, ...] = listed  # "السعودية والإمارات والبحرين ومصر ... الدول الأربع"
            elif n == 2 and len(own) == 2 and not joined:
                named = own  # "أرسلت مصر ... إلى مقديشو ... وقعه البلدان": the two of its own sentence
            elif n == 2 and len(states) == 2 and set(states) <= set(recent):
                named = states  # the article's main pair, when both were just named
            else:
                named = local_group(pool, m.sentence, n, dateline, before=m.span.start, span=1)
                if not named and n == 2 and len(states) == 2 and set(states) & set(recent):
                    # "Seoul also put its WTO case on hold. Trade between the two neighbours ...": with no pair
                    # named close by, the article's main pair, when one of them was just named
                    named = states
                named = named or local_group(pool, m.sentence, n, dateline, before=m.span.start, span=3)
            for code in named or (states if n == 2 and len(states) == 2 else ()):
                out.append(Actor(country_as_of(ctx, code, date), None, m.text, None, None))
            continue
        out.append(resolve_actor(m, ctx, date))
    return out


def _conjunctions(ctx: Context, lang: str | None) -> frozenset[str]:
    """The language's conjunction words (lang/<code>/roles.yaml), which join the states of a list."""
    if not lang or lang not in ctx.langs:
        return frozenset()
    roles = ctx.lang(lang).get("roles") or {}
    return frozenset(str(w) for w in roles.get("conjunctions") or ())


def _is_state(ctx: Context, code: str | None) -> bool:
    country = ctx.kb.country(code) if code else None
    return country is None or getattr(country, "kind", "state") != "organisation"


def _pairs(c: Candidate, sources: list[Actor], targets: list[Actor],
           focus_now: tuple[str, ...] = ()) -> list[tuple[Actor | None, Actor | None]]:
    """``focus_now``: the article's main pair as of the event date (SUN, not RUS, in 1970)."""
    def distinct(actors: list[Actor]) -> list[Actor]:
        seen: dict[str | None, Actor] = {}
        for a in actors:
            seen.setdefault(a.country, a)
        return list(seen.values())

    sources, targets = distinct(sources), distinct(targets)
    # "the two governments traded accusations": a group reference as the only actor acts within itself
    # (a pair: "the four states cut ties" has its target elsewhere)
    reference = bool(c.source) and not c.target and len(sources) == 2 and all(
        isinstance(m.value, ActorRef) and m.value.kind == ActorKind.GROUP and group_size(m.value) == 2
        for m in c.source)
    mutual = c.frame != "directed" or reference \
        or (len(sources) == 2 and {a.country for a in sources} == set(focus_now))
    if len(sources) >= 2 and not targets and mutual:
        # "Egypt and Russia met"; "Qatar and the UAE resumed ties" in an article about the two of them: each
        # other's parties. Others acting together ("Washington and London withdrew their offer", "X, Y and Z
        # ended their boycott") have their target elsewhere
        sources, targets = sources[:1], sources[1:]
    if c.frame in _SYMMETRIC_FRAMES or c.mode == "multilateral":
        parties = distinct(sources + targets)
        pairs: list[tuple[Actor | None, Actor | None]] = list(itertools.combinations(parties, 2))
    else:
        pairs = [(s, t) for s in sources for t in targets]
    if not pairs and sources:
        pairs = [(sources[0], None)]
    if not pairs and targets:
        pairs = [(None, targets[0])]
    return [(a, b) for a, b in pairs if a is None or b is None or a.country != b.country]


def _fill_from_dyad(pair: tuple[Actor | None, Actor | None], ctx: Context, date: str | None,
                    focus: tuple[str, ...], c_type: EventType | None = None,
                    same_side: frozenset[str | None] = frozenset(),
                    verb: bool = False) -> tuple[Actor | None, Actor | None, bool]:
    """A pair with one side missing takes the other member of the article's main dyad."""
    a, b = pair
    if (a is not None and b is not None) or len(focus) < 2:
        return a, b, False
    codes = [country_as_of(ctx, f, date) for f in focus]
    known = a if a is not None else b
    if known is None or known.country not in codes:
        return a, b, False
    if c_type == EventType.CONSULT and not _is_state(ctx, known.country) and verb:
        return a, b, False  # "the council met": an organisation's own session, not talks with the other party
    other = Actor(codes[1 - codes.index(known.country)], None, "", None, None)
    if other.country in same_side:
        return a, b, False  # "Saudi Arabia and Bahrain ended ...": not each other's counterpart
    return (a, other, True) if a is not None else (other, b, True)


def _sentence_counterpart(c: Candidate, actors: Sequence[Mention], ctx: Context, date: str | None,
                          side: frozenset[str | None], dateline: Span | None) -> Actor | None:
    """The one state other than ``side`` that the candidate's sentence names (a dateline's place does not
    count; organisations are no counterpart here); None when there are none or several."""
    others: list[str] = []
    for a in actors:
        v = a.value
        if a.sentence != c.sentence or not isinstance(v, ActorRef) or v.kind == ActorKind.GROUP or not v.country:
            continue
        if dateline is not None and dateline.contains(a.span):
            continue
        code = country_as_of(ctx, v.country, date)
        if code in side or v.country in side or not _is_state(ctx, code):
            continue
        if code not in others:
            others.append(code)
    if len(others) != 1:
        return None
    return Actor(others[0], None, "", None, None)


def _events(c: Candidate, text: Text, ctx: Context, date: DateValue, focus: tuple[str, ...],
            actors: Sequence[Mention], dateline: Span | None) -> list[Event]:
    article = text.article
    if c.frame == "host" and c.mode == "visit" and c.source and c.source == c.target:
        # "جولات من الحوار بين البلدين استضافتها بغداد", "talks between the two sides hosted by Oman": the pair
        # met on a third party's ground; the host is no party and no one visits the other (CODING_GUIDE)
        c = replace(c, mode="meet", frame="symmetric")
    sources = _side(c.source, ctx, date.start, focus, actors, dateline, c.target, text)
    targets = _side(c.target, ctx, date.start, focus, actors, dateline, c.source, text)
    filled_pair = False
    if not c.source and not c.target and c.mode == "trade" and len(focus) == 2:
        # a trade figure with no party named: the article's main pair
        sources = [Actor(country_as_of(ctx, focus[0], date.start), None, "", None, None)]
        targets = [Actor(country_as_of(ctx, focus[1], date.start), None, "", None, None)]
        filled_pair = True
    pairs = _pairs(c, sources, targets, tuple(country_as_of(ctx, f, date.start) for f in focus))
    if not pairs:
        return []
    status = _status(c, date, article.published)
    sentence = text.sentences[c.sentence] if c.sentence < len(text.sentences) else c.trigger
    evidence = Evidence(article.doc, sentence.start, sentence.end, article.text[sentence.start:sentence.end])
    coding = ctx.ontology.coding(c.type, c.mode if ctx.ontology.is_mode(c.type, c.mode) else None)
    quantities = tuple(Quantity(q.value.value, q.value.unit, q.text) for q in c.quantities
                       if isinstance(q.value, QuantityRef))
    location = _location(c.location, ctx, date.start)
    parties = {a.country for p in pairs for a in p if a is not None and a.country}
    group = content_hash(article.doc, c.trigger.start, c.type, length=12) if len(parties) > 2 else None
    out: list[Event] = []
    if ":no-state-target" in c.rule:
        return []  # "Iran backs armed groups that attack US forces": done to a party of no state (events)
    for pair in pairs:
        side = frozenset(x.country for x in (sources if pair[0] is not None else targets))
        if c.type == EventType.CONSULT and c.mode == "visit" and location is not None and pair[1] is None \
                and pair[0] is not None and location.country != pair[0].country:
            # "الزيارة التي قام بها السادات إلى القدس": a trip to a place of no state names no visited state; "ثم
            # توجه إلى جدة": one to a place of a state visits that state -- the article's other main party is
            # neither (the place is the visited state below)
            src, tgt, filled = pair[0], pair[1], False
        else:
            src, tgt, filled = _fill_from_dyad(pair, ctx, date.start, focus, c.type, side, ":verb" in c.rule)
        known = src if src is not None else tgt
        if (src is None) != (tgt is None) and not filled and known is not None and _is_state(ctx, known.country) \
                and c.type != EventType.CONSULT:
            # a party outside the main pair ("Beijing has not announced any new loan since Khan's visit to
            # China", "Kim Il Sung declined to receive him" after Shevardnadze's trip): the one other state of
            # its sentence. Talks need their own second party (a visitor's stop is no counterpart)
            other = _sentence_counterpart(c, actors, ctx, date.start, side, dateline)
            if other is not None:
                src, tgt, filled = (src, other, True) if src is not None else (other, tgt, True)
        if src is None or src.country is None:
            continue
        if tgt is None and c.type == EventType.CONSULT and c.mode == "visit" and location is not None \
                and location.country and location.country != src.country:
            tgt = Actor(location.country, None, location.name, None, None)  # "travelled to Karachi": Pakistan
        if tgt is None and c.type == EventType.CONSULT:
            continue  # "the council met": a consultation needs two parties
        if tgt is None and c.type == EventType.COOPERATE and c.mode == "trade":
            continue  # "Egypt's exports are worth $40 billion a year": trade is between two states (CODING_GUIDE)
        if tgt is None and c.type in _NEEDS_TARGET:
            continue
        rules = (c.rule, RULE + (":+dyad" if filled or filled_pair else ""))
        eid = content_hash(article.doc, evidence.start, evidence.end, str(c.type), src.country,
                           tgt.country if tgt else None, c.trigger.start, date.start)
        out.append(Event(id=eid, doc=article.doc, lang=article.lang or "", type=c.type, mode=c.mode,
                         context=c.context, source=src, target=tgt, date=date, location=location, status=status,
                         quantities=quantities, evidence=evidence, intensity=coding.intensity, quad=coding.quad,
                         cameo=coding.cameo, group=group, rules=rules, trigger=c.trigger, article=article.id))
    return out


def _location(m: Mention | None, ctx: Context, date: str | None) -> Location | None:
    if m is None:
        return None
    v = m.value
    if isinstance(v, PlaceRef):
        return Location(v.name, country_as_of(ctx, v.country, date))
    if isinstance(v, ActorRef):
        return Location(v.name or m.text, country_as_of(ctx, v.country, date))
    return None


def _merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per (type, unordered pair, date, status) inside an article; the more specific mode wins.
    Kept apart, as further actions rather than re-mentions (``_distinct``): an event of another sentence
    whose date was only inherited, or introduced as one more act ("also"); the two sides of an exchange
    told with verbs of their own ("A will lift its ban and B will remove its restrictions"); a meeting of
    three or more parties and a bilateral event told in another sentence."""
    events = _drop_continued_visits(events)
    kept: dict[tuple[object, ...], list[int]] = {}
    out: list[Event] = []
    told: list[list[Event]] = []  # every telling merged into each kept event
    for e in events:
        pair = frozenset(a.country for a in (e.source, e.target) if a is not None)
        key = (e.type, pair, e.date.start, e.date.end, e.status)
        # an event is the same as a kept one when it is the same as any telling of it ("X arrives and holds
        # talks" in a timeline: the talks go with the arrival, itself a re-mention of the lead's visit)
        # -- but a noun merged into a trip ("flew to Dalian for the forum's summer meeting") does not take in talks
        # told with a verb of their own in that sentence ("... and sat down there with Premier Li")
        same = next((i for i in kept.get(key, []) if not all(_distinct(t, e) for t in told[i]
                                                             if t is out[i] or not _noun_beside_verb(t, e))), None)
        if same is not None:
            old = out[same]
            if e.quantities and not old.quantities:
                # "قدمت الكويت لمصر قرضا بقيمة ... ومنحة بقيمة ...": the giving verb without a sum is told again
                # by the noun that carries one; that noun is the event, and a further sum is a further act
                out[same], told[same] = e, [e]
                continue
            told[same].append(e)
            rank, old_rank = _MODE_RANK.get(e.mode or "", 0), _MODE_RANK.get(old.mode or "", 0)
            if rank > old_rank or (rank == old_rank and old.evidence.start == e.evidence.start
                                   and _inherited(old) and not _inherited(e)):
                out[same] = e  # the more specific mode; among equals, the reading with a date of its own
            continue
        kept.setdefault(key, []).append(len(out))
        out.append(e)
        told.append([e])
    return _merge_re_mentions(out)


def _noun_beside_verb(t: Event, e: Event) -> bool:
    """Is ``t`` an act named by a noun in the sentence where ``e`` is told by a verb?"""
    return _verb(e) and not _verb(t) and t.evidence.start == e.evidence.start


def _inherited(e: Event) -> bool:
    return any("date-inherited" in r for r in e.rules)


def _distinct(old: Event, e: Event) -> bool:
    """Is ``e`` another action than ``old`` (same type, pair, date and status)?"""
    if _marked(e, "then") and old.trigger is not None and e.trigger is not None \
            and old.trigger.start != e.trigger.start:
        return True  # "listed Syria in 1979, then tightened its sanctions": the next step, told as such
    if old.evidence.start != e.evidence.start:
        # another sentence: a re-mention repeats the event with its date ("14 December: X and Y agree ..."
        # in a timeline after the lead); a further action takes the date of the event before it, or one
        # counted from it ("Paris answered in kind two days later"), or says it is one more ("The two
        # presidents also agreed ...": the language's ``additive`` words)
        if _inherited(e) or _marked(e, "also") or _marked(e, "shortly-after"):
            return True
        if old.type == EventType.CONSULT and {old.mode, e.mode} == _TRIP_AND_TALKS \
                and _verb(old if old.mode == "meet" else e) and not _marked(old if old.mode == "meet" else e, "light"):
            # "Chinh flew home on Wednesday ... Before leaving, he called on the Speaker": talks told in a
            # sentence of their own by a verb of their own during a visit are coded beside it (CODING_GUIDE)
            return True
        if old.type in _ONE_WAY and _verb(old) and _verb(e) and _reversed(old, e) \
                and not (_filled(old) and _filled(e)):
            # "Honduras accused its neighbour of aggression ... In a speech, El Salvador's president accused
            # Honduras of expelling farmers": each side acting on the other in a sentence of its own is two acts
            return True
        # a summit of three or more and a bilateral visit or talks of the same day; not a tour told by its stops
        # ("ماكرون سيبدأ جولة خليجية تقوده إلى الإمارات وقطر" after "زيارة ماكرون لأبوظبي"), one visit to each host
        return (old.group is None) != (e.group is None) and not (old.mode == e.mode == "visit")
    if old.trigger is None or e.trigger is None:
        return False
    if old.trigger.start == e.trigger.start:
        return _sums(old) and _sums(e)  # one pledge per sum ("pledged $1 billion ... and a further $500 million")
    if _marked(e, "also") and _verb(e) and old.type != EventType.CONSULT:
        # "اتفقا على ترسيم الحدود، كما تعهدا برفع التبادل", "agreed to ... and also pledged to ...": a verb of its own
        # that the writer introduces as one more act (not a trip: "كما زار المسجد الكبير" is a stop of the same visit)
        return True
    if not _same_kind(old, e):
        return True  # "visited Lima, following a telephone call between the presidents": a trip and a call
    talks, trip = (old, e) if old.mode == "meet" else (e, old)
    if old.type == EventType.CONSULT and {old.mode, e.mode} == _TRIP_AND_TALKS \
            and (_verb(talks) or (_marked(talks, "light") and _verb(trip))):
        # "arrived in Cairo on Sunday and held talks with Sisi", "وصل ... والتقى", "during his visit to Cairo he
        # met Sisi", "خلال زيارته ... التقى": talks told with a verb of their own beside the trip are coded too,
        # however the trip is told (CODING_GUIDE); "flew to Cairo for talks" stays one trip. Talks held with a
        # light verb beside the trip's own verb ("وصل ... وعقد في اليوم نفسه محادثات", "يصل ... ويجري محادثات")
        # are too; "أجرى مباحثات في الرباط ... في زيارة" tells the visit by its talks
        return True
    if old.type == EventType.CONSULT and {old.mode, e.mode} == _TRIP_AND_TALKS and _marked(talks, "light") \
            and talks.trigger.start > trip.trigger.start:
        # "حط في موسكو ... في أول زيارة ...، وعقد مباحثات مع نظيره", "during his visit he held talks with": talks held
        # by a light verb after the trip is told are one more act; before it ("أجرى مباحثات في الرباط في زيارة")
        # they tell the visit
        return True
    if old.type == EventType.SUPPORT and old.mode == e.mode == "sign" and _verb(old) and _verb(e) \
            and (_trigger_key(old) in _STATEMENTS) != (_trigger_key(e) in _STATEMENTS):
        # "signed five memoranda and issued a joint statement", "وقعا اتفاقيات وأصدرا بيانا مشتركا": a statement
        # issued and documents signed, each told by a verb of its own, are two signings (one verb with two
        # objects stays one, and so do two entries matching one signing)
        return True
    if old.type in _DISTINCT_MODES and old.mode and e.mode and old.mode != e.mode \
            and frozenset((old.mode, e.mode)) not in _ONE_ACT:
        # "established relations ... was the first to recognise", "will build the plant ... through a loan":
        # two kinds of support or aid told with words of their own are two acts
        return True
    if old.type == EventType.SUPPORT and (old.mode is None) != (e.mode is None):
        # "توّج الجانبان الزيارة ببيان مشترك ...، في حين أعلنت بكين دعمها لمسعى الجزائر": backing a position is
        # another act than a signing, relations or recognition told beside it
        return True
    if old.type == EventType.AID and _money(old) and _money(e) and _money(old).isdisjoint(_money(e)):
        return True  # "a $100 million loan and a $50 million grant": each sum its own aid
    # each side acts with words of its own ("Kenya will lift its ban on Tanzanian flour and Tanzania will
    # remove restrictions on Kenyan dairy", "طردت بريطانيا دبلوماسيين روسيين، وردت روسيا بطرد ..."): two acts,
    # one each way -- not one act whose two parties were read both ways, nor a visit told from the host's side
    return old.type != EventType.CONSULT and (_verb(old) or _verb(e)) and old.mode == e.mode \
        and old.source is not None and old.target is not None \
        and e.source is not None and e.target is not None \
        and (old.source.country, old.target.country) == (e.target.country, e.source.country) \
        and {old.source.text, old.target.text} != {e.source.text, e.target.text}


def _trigger_key(e: Event) -> str:
    """The trigger entry that told the event ("events.triggers.v1:joint-statement:verb:past" -> "joint-statement")."""
    parts = e.rules[0].split(":") if e.rules else []
    return parts[1] if len(parts) > 1 else ""


def _filled(e: Event) -> bool:
    """Was a party of the event supplied by the article's main pair (rule ``+dyad``), not named with it?"""
    return any(r.endswith(":+dyad") for r in e.rules)


def _reversed(old: Event, e: Event) -> bool:
    """Does ``e`` go the other way between the same two parties as ``old``?"""
    return old.source is not None and old.target is not None and e.source is not None and e.target is not None \
        and (old.source.country, old.target.country) == (e.target.country, e.source.country)


def _sums(e: Event) -> bool:
    return _marked(e, "sums")


def _marked(e: Event, tag: str) -> bool:
    """Does one of the event's rules carry ``tag`` as a part of its name ("events...:verb:also")?"""
    return any(r.endswith(f":{tag}") or f":{tag}:" in r for r in e.rules)


def _money(e: Event) -> set[str]:
    """The sums of money the event carries (units are ISO currency codes)."""
    return {q.text for q in e.quantities if len(q.unit) == 3 and q.unit.isalpha() and q.unit.isupper()}


def _verb(e: Event) -> bool:
    return any(":verb" in r for r in e.rules)


def _receptions_as_talks(events: list[Event], receptions: set[str], ctx: Context) -> list[Event]:
    """"Ruto flew into Beijing on Tuesday ... On Wednesday Ruto was received by Premier Li Qiang": the host
    receiving the visitor in a sentence of its own, a day or two into the visit, is a meeting during it
    (CODING_GUIDE: talks told in their own sentence during a visit), not a new visit nor a trip going on."""
    out = list(events)
    for i, e in enumerate(events):
        if e.id not in receptions or e.mode != "visit" or e.group or not e.source or not e.target:
            continue
        if any(o.type == e.type and o.mode == "visit" and not o.group and o.source and o.target
               and o.evidence.start != e.evidence.start
               and (o.source.country, o.target.country) == (e.source.country, e.target.country)
               and _days_after(o.date.start, e.date.start) in (1, 2) for o in events[:i]):
            coding = ctx.ontology.coding(e.type, "meet" if ctx.ontology.is_mode(e.type, "meet") else None)
            out[i] = replace(e, mode="meet", intensity=coding.intensity, quad=coding.quad, cameo=coding.cameo)
    return out


def _drop_continued_visits(events: list[Event]) -> list[Event]:
    """Drop a visit of the same visitor to the same host starting one or two days after another, dated
    only relatively ("ويتوجه اليوم إلى أربيل" during a visit to Iraq begun yesterday: the trip goes on), or in a
    later sentence on the day of the other by a date taken from it (the host's reception, a further stop).
    Done before duplicates are merged, so that talks told with the continued visit remain talks."""
    drop: set[int] = set()
    for i, e in enumerate(events):
        if e.mode != "visit" or not e.source or not e.target:
            continue
        for j in range(i):
            o = events[j]
            if j in drop or o.type != e.type or o.mode != "visit" or not o.source or not o.target:
                continue
            if (e.source.country, e.target.country) != (o.source.country, o.target.country):
                continue
            if e.group or o.group:
                # a stop of a tour ("a regional tour that takes him to Egypt, Jordan and Iraq") is the visit to that
                # host told before, when dated by it in a later sentence; other readings need two bilateral trips
                if _inherited(e) and not _marked(e, "shortly-after") and o.evidence.start < e.evidence.start \
                        and o.date.start == e.date.start:
                    drop.add(i)
                    break
                continue
            if e.date.basis != Basis.EXPLICIT and _days_after(o.date.start, e.date.start) in (1, 2):
                drop.add(i)
                break
            if o.date.basis != Basis.EXPLICIT and _days_after(e.date.start, o.date.start) in (1, 2):
                # "flew home on Wednesday at the end of a three-day visit ... He landed in Seoul on Monday": the
                # trip told first by its last day is the visit told later by its first day (dated to the arrival)
                drop.add(j)
            if _inherited(e) and not _marked(e, "shortly-after") and o.evidence.start < e.evidence.start \
                    and o.date.start == e.date.start:
                # "بدأ هولاند أمس زيارة دولة إلى الجزائر. واستقبله بوتفليقة في المطار", "... كما زار المسجد الكبير":
                # the same visitor at the same host, dated by the visit told before, is that trip told again
                drop.add(i)
                break
    return [e for k, e in enumerate(events) if k not in drop]


def _merge_re_mentions(events: list[Event]) -> list[Event]:
    """Drop an event dated only by the publication date when its sentence holds a dated event of the
    same type, pair and kind ("في أول زيارة له ... حطت طائرته أمس ... وكان في استقباله": one visit)."""
    def pair(e: Event) -> frozenset[str | None]:
        return frozenset(a.country for a in (e.source, e.target) if a is not None)

    drop: set[int] = set()
    for i, e in enumerate(events):
        for j, o in enumerate(events):
            if i == j or j in drop or e.type != o.type or pair(e) != pair(o) or e.group or o.group:
                continue
            if e.date.basis == Basis.PUBLICATION and o.date.basis != Basis.PUBLICATION \
                    and e.evidence.start == o.evidence.start and _same_kind(e, o):
                drop.add(i)
                break
    return [e for k, e in enumerate(events) if k not in drop]


def _same_kind(a: Event, b: Event) -> bool:
    """Can two events of one type be one act told twice? Not a call and a trip ("had visited Algiers ...,
    following a telephone call on March 31"); talks may be held by phone ("بحث ... في اتصال هاتفي")."""
    return a.type != EventType.CONSULT or {a.mode, b.mode} != _CALL_AND_TRIP


def _days_after(a: str | None, b: str | None) -> int | None:
    """Days from day-precision date ``a`` to ``b`` (None unless both are full days)."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return None
    from datetime import date as _d

    try:
        return (_d.fromisoformat(b) - _d.fromisoformat(a)).days
    except ValueError:
        return None
