"""Stage 4: event candidates from trigger lexicons, with roles, status, dates and quantities.

For every trigger (lang/<code>/triggers.yaml) in a sentence:
- roles: the actor mentions of its clause, read by the trigger's frame and the language's word
  order (lang/<code>/roles.yaml) -- see :mod:`bilateral.events.roles`;
- dates: each date mention belongs to the nearest trigger before it (or the first after it when
  none precedes, or when a conjunction separates it from the earlier trigger); a trigger without a
  date of its own takes the date of the trigger it is coordinated with, or of the event it refers
  back to ("during this visit"), or an offset from the previous event ("four years later") -- see
  :mod:`bilateral.events.dates`;
- a trigger listing several dates (plural "4 visits in 2004, 2006 and 2008", trade figures per
  year) yields one candidate per date, quantities paired in order;
- a definite re-mention with no date ("the visit") of an event already coded is not a new event;
- status from cues (lang/<code>/status.yaml) -- see :mod:`bilateral.events.status`.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import replace
from itertools import pairwise

from ..context import Context
from ..folding import fold_phrase
from ..matcher import Match
from ..model import (
    ActorKind,
    ActorRef,
    Candidate,
    EventType,
    Mention,
    MentionKind,
    Mentions,
    Precision,
    Span,
    Status,
    Text,
)
from .dates import (
    attach,
    date_list,
    first_since,
    hard_boundary,
    inherit_date,
    last_of,
    narrative_years,
    past_explicit,
    said_date,
    shortly_after,
    since_dates,
    visit_named_by_place,
    years_later,
)
from .document import Doc, Placed
from .lexicon import Lexicon, TriggerForm, lexicon
from .roles import (
    assign_roles,
    boundary_cues,
    clause_bounds,
    coordinated,
    has_destination,
    hosted_crowd,
    located,
    marked,
    relative_end,
)
from .status import (
    announced,
    comment_start,
    document_says,
    find_status,
    in_trailing_condition,
    is_stance,
    purpose_content,
    state_of_affairs,
    tells_no_act,
    trade_target,
)
from .trigger import RULE, Draft, Trigger, is_purpose, participle_clause, proclitics, reduced_relative

__all__ = ["extract_candidates"]

# acts about a future act: the date in their content belongs to that act
_FORWARD = frozenset({EventType.AGREE, EventType.REQUEST, EventType.THREATEN})
# acts made by saying them: told in the future after a verb of announcing, they are made by the announcement
_SPOKEN = frozenset({EventType.AGREE, EventType.THREATEN})
# acts aimed at a place: with no state named as their target, the state of the place is
_AT_A_PLACE = frozenset({EventType.ASSAULT, EventType.AID})


def extract_candidates(text: Text, mentions: Mentions, ctx: Context) -> list[Candidate]:
    lang = text.article.lang or "en"
    if lang not in ctx.langs:
        return []
    lex = lexicon(ctx, lang)
    doc = Doc.build(text, mentions)
    doc.actors = _officers(doc, _anaphora(doc, lex))
    doc.dates = narrative_years(doc, lex)
    triggers = _find_triggers(doc, lex)
    by_sentence: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_sentence.setdefault(t.sentence, []).append(t)

    drafts: list[Draft] = []
    headline = _headline(text)
    for s in sorted(by_sentence):
        if s in headline:
            continue  # a headline repeats the body, without its dates
        lo, hi = doc.sentence_tokens[s]
        told = by_sentence[s]
        opinion = doc.cues(lex.opinion, lo, hi)
        if opinion:
            # "analysts said the visit was a message to ...": analysis, not an action (CODING_GUIDE) -- but in "signed
            # the deal on Monday, a move analysts say ..." the act before the comment is the writer's report
            cut = comment_start(doc, lex, lo, opinion[0][0])
            if cut is None:
                continue
            told = [t for t in told if t.last < cut]
        content: list[Trigger] = []
        # "a diplomat who asked not to be named", "dismissed reports that ...": words that tell no act of their own
        told = [t for t in told if not tells_no_act(doc, lex, t.first, t.last, t.form.entry.type == EventType.REJECT)]
        sent_triggers = _main_triggers(doc, lex, told, content)
        # a date inside the content of an act about a future act ("agreed to hold talks early next year")
        # dates the content, which is not coded, not the agreement
        # so does a relative clause on an act's object with an earlier year of its own ("suspended the
        # agreement that it signed with Qatar in 2014"): that signing is an event of its own
        ahead = [c for c in content if _forward(sent_triggers, c) or _dated_relative(doc, lex, c)]
        attach(doc, lex, s, sorted(sent_triggers + ahead, key=lambda t: t.first), content)
        _date_the_governor(sent_triggers, ahead, text.article.published)
        _content_sums(sent_triggers, ahead, text.article.published)
        n0 = len(drafts)
        for i, trig in enumerate(sent_triggers):
            drafts.extend(_drafts_for(doc, lex, trig, sent_triggers[:i], drafts, sent_triggers[i + 1:]))
        _accepted_invitations(doc, lex, drafts, n0, content)
        for c in ahead:
            if past_explicit(c, text.article.published):
                # "agreed to revive a pact signed in 2001": the content names an earlier event of its own
                drafts.extend(_drafts_for(doc, lex, c, [], drafts))
    return [_candidate(d) for d in drafts]


def _date_the_governor(kept: list[Trigger], ahead: list[Trigger], published: str | None) -> None:
    """"Niger demanded the withdrawal of French troops in August 2023": an earlier date told after a noun
    content of a request dates the request (the act asked for is no past event of its own) when the request has
    no date; a participle with its own date ("a pact signed in 2001"), a date told before the noun ("the 2001
    pact") and a content with sums ("raise trade to ..., after it reached $6bn in 2023") keep theirs."""
    for c in ahead:
        before = [t for t in kept if t.first < c.first]
        if c.form.pos != "noun" or c.form.entry.independent or c.quantities or not before \
                or before[-1].form.entry.type != EventType.REQUEST or before[-1].dates \
                or not past_explicit(c, published) or any(d.first < c.first for d in c.dates):
            continue
        before[-1].dates.extend(c.dates)
        c.dates.clear()


def _content_sums(kept: list[Trigger], ahead: list[Trigger], published: str | None) -> None:
    """"تعهدا برفع حجم التبادل التجاري إلى 15 مليار دولار", "agreed to raise trade to 60 billion dollars": the sum
    of a content that is not coded (the trade aimed at) is the target of the agreement, which carries it. A
    content with an earlier date of its own is coded apart and keeps its sums."""
    for c in ahead:
        before = [t for t in kept if t.first < c.first]
        if c.quantities and before and not before[-1].quantities and not past_explicit(c, published):
            before[-1].quantities.extend(c.quantities)
            c.quantities.clear()


def _accepted_invitations(doc: Doc, lex: Lexicon, drafts: list[Draft], n0: int, content: list[Trigger]) -> None:
    """"X invited Y to visit China next year, and Y accepted", "accepted an invitation from X to visit Moscow",
    "لبى الدعوة": an invitation accepted is the planned visit of the invitee (CODING_GUIDE), neither a request
    nor an agreement. The acceptance (an AGREE of the sentence, drafts[n0:]) becomes that visit, with the date
    of the visit named in the invitation; the invitation's request is dropped. The visit named in an invitation
    ("دعاه لزيارة موسكو") is its content, not a visit of its own."""
    if not lex.acceptance or not lex.invitations:
        return
    own = drafts[n0:]
    invitations = [r for r in own if r.type == EventType.REQUEST
                   and _word_of(doc, lex, r.trigger.first, lex.invitations | lex.inviting)]
    accepted = [a for a in own if a.type == EventType.AGREE and _word_or_stem_of(doc, lex, a.trigger.first, lex.acceptance)
                and (any(r.trigger.first < a.trigger.first for r in invitations)
                     or any(_word_of(doc, lex, k, lex.invitations) for k in _unnamed_after(doc, a.trigger.last, 3)))]
    if not invitations and not accepted:
        return
    start = min(d.trigger.first for d in invitations + accepted)
    # the visit the invitation names: a content trigger, or (Arabic "لزيارة") a visit noun drafted apart
    named = [d for d in own if d.type == EventType.CONSULT and d.mode == "visit" and d.trigger.form.pos == "noun"
             and d.trigger.first > start and proclitics(lex, d.trigger.match.prefix)[-1:] in lex.purpose_clitics]
    visit = next((c for c in content if c.first > start and c.form.entry.type == EventType.CONSULT), None)
    dates = tuple(p.mention for p in visit.dates) if visit is not None and visit.dates \
        else (named[0].dates if named else ())
    for d in named:
        drafts.remove(d)
    for a in accepted:
        invitation = next((r for r in reversed(invitations) if r.trigger.first < a.trigger.first), None)
        target = invitation.source if invitation is not None else a.target
        source = a.source if invitation is None or _countries(a.source) != _countries(invitation.source) \
            else invitation.target
        status = Status.PLANNED if a.status == Status.OCCURRED else a.status
        drafts[drafts.index(a)] = replace(a, type=EventType.CONSULT, mode="visit", source=source, target=target,
                                          dates=dates[:1] or a.dates, status=status,
                                          rule=a.rule + ":accepted-invitation")
        if invitation is not None and invitation in drafts:
            drafts.remove(invitation)


def _unnamed_after(doc: Doc, last: int, n: int) -> list[int]:
    """The tokens after ``last`` up to its ``n``-th word that is no name or date: a subject after the verb is one word
    however long its title ("قبل ولي العهد السعودي دعوة لزيارة إندونيسيا")."""
    out: list[int] = []
    k, free = last + 1, 0
    while k < len(doc.tokens) and free < n:
        out.append(k)
        free += not doc.in_name_or_time(k, places=False)
        k += 1
    return out


def _repeated_dates(doc: Doc, lex: Lexicon, dates: list[Placed]) -> bool:
    """"met on June 6, again on June 22 and a third time on June 30", "والتقيا مجددا في 12 مارس": dates joined by
    words of repetition (roles.yaml ``repetition_words``), each the date of one more act of the verb."""
    if not lex.repetition or len(dates) < 2:
        return False
    for a, b in itertools.pairwise(dates):
        if b.first - a.last - 1 > 8:
            return False
        cues = doc.cues(lex.repetition, a.last + 1, b.first)
        if not cues or any(b2 >= b.first for _a2, b2, _p in cues):
            return False
    return True


def _non_state_guest(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Is the one received a leader of a movement, an opposition figure or a rebel (roles.yaml
    ``non_state_guests``): the words right after the host verb or noun and its host, before any other actor?"""
    if not lex.non_state_guests:
        return False
    _lo, hi = doc.sentence_tokens[trig.sentence]
    seen = 0
    for k in range(trig.last + 1, min(hi, trig.last + 10)):
        if doc.in_mention(k) or doc.tokens[k].text in lex.determiners:
            if seen and any(p.first == k for p in doc.actors):
                return False  # "received the Sudanese minister": a state's official after the first words
            continue
        if _word_of(doc, lex, k, lex.non_state_guests):
            if not _word_of(doc, lex, k, lex.guest_heads):
                return True  # "يستقبل الاتحاد لاجئا سوريا": refugees, rebels, opposition figures
            # "زعيم دولة الإمارات", "leader of Egypt": a state named right after is whose leader he is
            nxt = k + 1 if k + 1 < hi and doc.tokens[k + 1].text not in lex.agent_preps else k + 2
            return not any(p.first == nxt and getattr(p.mention.value, "kind", None) in _STATE_KINDS
                           for p in doc.actors)
        seen += 1
        if seen > 3:
            return False
    return False


def _stateless_object(doc: Doc, lex: Lexicon, trig: Trigger, hi: int) -> int | None:
    """The start (a character offset) of the verb's object when its head is a party of no state (roles.yaml
    ``stateless_objects``: "armed groups", "rebels", "المعارضة"; ``stateless_phrases``: "the international
    community"), within a few words after the verb or its first
    object ("sent weapons to armed groups") and before any state other than a nationality of that head ("the Syrian
    opposition", "المعارضة السورية"); None otherwise."""
    if (not lex.stateless_objects and lex.stateless_phrases is None) \
            or (trig.form.pos != "verb" and trig.form.entry.frame != "directed"):
        return None
    start = None
    for k in range(trig.last + 1, min(hi, trig.last + 6)):
        if doc.in_mention(k):
            if not any(p.first <= k <= p.last and getattr(p.mention.value, "kind", None) == ActorKind.DEMONYM
                       for p in doc.actors):
                return None  # "supported Egypt's opposition"? a state first: its own act
            start = start if start is not None else k
            continue
        if _word_of(doc, lex, k, lex.stateless_objects) \
                or (lex.stateless_phrases is not None and doc.cues(lex.stateless_phrases, k, k + 1)):
            k0 = start if start is not None else k
            return doc.tokens[k0].start
        start = None
    return None


def _word_of(doc: Doc, lex: Lexicon, k: int, words: frozenset[str]) -> bool:
    """Is token ``k``, or its stem past proclitics, one of ``words``?"""
    return any(f in words for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))


def _word_or_stem_of(doc: Doc, lex: Lexicon, k: int, words: frozenset[str]) -> bool:
    """Is token ``k`` one of ``words`` past its proclitics and a pronoun suffix ("وقبلها": accepted it)?"""
    return any(stem in words for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)
               for stem, _s in lex.clitics.suffix_forms(f))


# ---------------------------------------------------------------------------------------- triggers

def _headline(text: Text) -> frozenset[int]:
    """Indices of the headline's sentences: a first line without end punctuation, on a line of its own
    (split into several sentences by the ".." of Arabic headlines: "تقارير عن محادثات سرية.. والرياض تنفي")."""
    if not text.sentences:
        return frozenset()
    first = text.sentences[0]
    body = text.article.text
    line_end = body.find("\n", first.start)
    if line_end == -1 or body[first.start:line_end].rstrip()[-1:] in ".!":
        return frozenset()  # (a headline may ask: "فهل تملأ موسكو الفراغ؟")
    return frozenset(i for i, s in enumerate(text.sentences) if s.start < line_end)


def _find_triggers(doc: Doc, lex: Lexicon) -> list[Trigger]:
    out: list[Trigger] = []
    matches = _with_shorter_forms(doc, lex, lex.triggers.find(doc.text.folded, tokens=doc.tokens))
    # words of a fixed phrase that only looks like a trigger ("مؤتمر صحفي", a press conference)
    blocked: set[int] = set()
    if lex.not_trigger_phrases and lex.not_trigger_phrases.size:
        for a, b, _p in doc.cues(lex.not_trigger_phrases, 0, len(doc.tokens)):
            blocked.update(range(a, b + 1))
    # at one position, entries that need a cue word are more specific: try them first; a form that is
    # both verb and noun ("visit") is the noun after a determiner ("the first visit"), else the verb
    def _pos_rank(m: Match[TriggerForm]) -> int:
        k = doc.token_at(m.start)
        prev = doc.tokens[k - 1].text if k > 0 else ""
        want = "noun" if prev in lex.determiners else "verb"
        return 0 if m.payload.pos == want else 1

    # among entries that need a cue, the one whose cue stands nearest ("إنهاء المقاطعة ... لمجلس التعاون":
    # ending a boycott, not revoking cooperation)
    # (at equal distance the longer cue is the more specific reading: "cancelled Ghana's yen loan debt" is
    # relief of a debt, not a cancelled loan)
    distance: dict[int, int | None] = {}
    cue_words: dict[int, int] = {}
    for m in matches:
        e = m.payload.entry
        if e.requires:
            first, last = doc.token_at(m.start), doc.token_at(m.end - 1)
            distance[id(m)], cue_words[id(m)] = _cue_hit(doc, first, last, e.requires, e.window, lex)
    matches.sort(key=lambda m: (m.start, -(m.end - m.start), 0 if m.payload.entry.requires else 1,
                                distance.get(id(m)) if distance.get(id(m)) is not None else 99,
                                -cue_words.get(id(m), 0), _pos_rank(m)))
    taken: set[int] = set()
    for m in matches:
        first = doc.token_at(m.start)
        last = doc.token_at(m.end - 1)
        if first in taken or first in blocked or (first == last and doc.tokens[first].text in lex.not_triggers) \
                or _compound_not_trigger(doc, lex, first):
            continue
        entry = m.payload.entry
        if m.payload.pos == "verb" and (_opens_sentence_as_noun(doc, lex, first) or _modifier_or_noun(doc, lex, first)
                                        or (first == last and _after_nationality(doc, lex, first))
                                        or _noun_clitic(lex, m) or (m.prefix and _in_actor(doc, first))):
            # "سوداني" in "مسؤول سوداني" is a nisba, not سـ + دان + ي; "فيصل" in a name is not ف + يصل
            continue
        if entry.requires and distance.get(id(m)) is None:
            continue
        if entry.unless and _cue_search(doc, first, last, entry.unless, entry.unless_window, lex,
                                        after_only=entry.unless_after, before_only=entry.unless_before) is not None:
            continue  # "التزمت مصر الصمت": a fixed phrase of another sense (kept silent), no commitment
        if entry.unless_preceded and (not entry.unless_preceded_next or (
                last + 1 < len(doc.tokens) and doc.tokens[last + 1].text in entry.unless_preceded_next)) \
                and _cue_search(doc, first, last, entry.unless_preceded, entry.unless_preceded_window, lex,
                                before_only=True) is not None:
            continue  # "the talks, hosted by Oman": a participle framing a meeting told before, no visit
        if m.payload.pos == "verb" and first >= 2 and doc.tokens[first - 1].text in lex.anaphoric \
                and doc.tokens[first - 2].text in lex.reported_openers:
            continue  # "معتبرا أن ذلك يهدد حرية الملاحة": "that" (a situation) is the subject, not a state
        if m.payload.pos == "verb" and entry.complement and _asyndetic_relative(doc, lex, m, first):
            continue  # "ردا على تصريحات وصفتها بالعدائية": a clause describing the noun before it
        if (entry.type in _CONDITIONAL_ACTS or (entry.type, entry.mode) in _CONDITIONAL_MODES) \
                and _in_condition(doc, lex, first):
            continue  # "if Colombo asked for it", "إذا التزمت موسكو": the condition of another act
        if m.payload.pos == "verb" and _civilian_subject(doc, lex, first, entry.type != EventType.PROTEST):
            continue  # "Polish farmers have blocked the border": private people act, not a state
        if m.payload.pos == "verb" and entry.type == EventType.CONSULT and entry.mode == "visit" \
                and _troop_subject(doc, lex, first, last):
            continue  # "Russian military instructors arrived in the country": a deployment, no visit
        if entry.actor_after and not _actor_follows(doc, lex, last) \
                and any(f in entry.actor_after for f, _ in lex.clitics.prefix_forms(doc.text.folded[m.start:m.end])):
            continue  # "what Cairo called a provocation": naming, not a phone call
        if entry.needs_destination:
            lo, hi = clause_bounds(doc, lex, first, last)
            if not has_destination(doc, lex, last, lo, hi):
                continue
        if entry.no_event:
            cue = _cue_search(doc, first, last, entry.requires, entry.window, lex, after_only=True)
            if cue is None:
                continue  # the cue stands before the form ("during the visit, X invited ..."): read it otherwise
            taken.update(range(first, cue[1] + cue[2]))  # the form, its object and its content: no event
            continue
        taken.add(first)
        out.append(Trigger(m, first, last, doc.sentence_of_token[first], doc.text.original(m.start, m.end)))
    out.sort(key=lambda t: t.first)
    return _cue_names_another_act(doc, lex, _prefer_cued(doc, lex, out))


def _with_shorter_forms(doc: Doc, lex: Lexicon, matches: list[Match[TriggerForm]]) -> list[Match[TriggerForm]]:
    """The leftmost-longest matches and, at each of their starts, the shorter forms of entries of another type
    ("arrived" of a trip under "arrived in" of a delivery), of another mode (the tour "جولة" under "جولة ثانية" of
    a round of talks) or of another part of speech (the noun "meeting" under the verb "meeting with", which is no
    verb after "the first"); a shorter form of the same type, mode and part of speech is a vaguer reading of the
    same act ("halt" of a suspension under "halt to"). These come after the
    longer ones at the start (the sort of ``_find_triggers``) and are taken only where every longer one fails its
    requirements (a cue, a destination, an actor after it, its part of speech): the longer phrase is the more
    specific reading, not a reason to lose the word's other readings."""
    ends: dict[int, int] = {}
    readings: dict[int, set[tuple[EventType, str | None, str]]] = {}
    for m in matches:
        ends[m.start] = max(ends.get(m.start, 0), m.end)
        readings.setdefault(m.start, set()).add((m.payload.entry.type, m.payload.entry.mode, m.payload.pos))
    extra: list[Match[TriggerForm]] = []
    for start in ends:
        for m in lex.triggers.find_at(doc.tokens, doc.token_at(start)):
            if m.end < ends[start] \
                    and (m.payload.entry.type, m.payload.entry.mode, m.payload.pos) not in readings[start]:
                extra.append(m)
    return matches + extra


def _prefer_cued(doc: Doc, lex: Lexicon, out: list[Trigger]) -> list[Trigger]:
    """A phrase without a cue ("launched air strikes") gives way to a shorter entry inside it whose cue
    is present ("air strikes ... in support of" = military aid): the cue makes that reading specific. A phrase
    that takes a content ("asked to buy") keeps its reading: the words inside it are that content."""
    result: list[Trigger] = []
    for t in out:
        if t.form.entry.requires or t.last == t.first or t.form.entry.complement:
            result.append(t)
            continue
        inner = [m for m in lex.triggers.find(doc.text.folded, doc.tokens[t.first].end, doc.tokens[t.last].end,
                                              overlapping=True)
                 if m.payload.entry.requires and m.payload.entry.type != t.form.entry.type]
        cued = [m for m in inner if _cue_distance(doc, doc.token_at(m.start), doc.token_at(m.end - 1),
                                                  m.payload.entry.requires, m.payload.entry.window, lex) is not None]
        if cued:
            m = max(cued, key=lambda x: x.end - x.start)
            first, last = doc.token_at(m.start), doc.token_at(m.end - 1)
            result.append(Trigger(m, first, last, doc.sentence_of_token[first], doc.text.original(m.start, m.end)))
        else:
            result.append(t)
    return result


def _addressed(doc: Doc, lex: Lexicon, m: Mention) -> bool:
    """Does a word of ``addressee_after`` (إلى، على، a ب proclitic) follow actor mention ``m``?"""
    placed = next((p for p in doc.actors if p.mention is m), None)
    if placed is None or placed.last + 1 >= len(doc.tokens) or not lex.addressee_after:
        return False
    nxt = doc.tokens[placed.last + 1].text
    return nxt in lex.addressee_after or any(c in lex.addressee_after for _f, c in lex.clitics.prefix_forms(nxt) if c)


def _asyndetic_relative(doc: Doc, lex: Lexicon, m: Match[TriggerForm], first: int) -> bool:
    """"تصريحات وصفتها بالعدائية" (statements it described as hostile): where the subject follows the verb, a
    verb with an object pronoun and no proclitic right after an indefinite common noun is a relative clause
    on that noun (Arabic needs no relative pronoun after an indefinite noun), not a main clause."""
    if not lex.subject_after_verb or not m.suffix or m.prefix or first == 0 \
            or doc.sentence_of_token[first - 1] != doc.sentence_of_token[first] or doc.in_mention(first - 1):
        return False
    prev = doc.tokens[first - 1]
    if doc.text.folded[prev.end:doc.tokens[first].start].strip() or prev.text in lex.preverbal \
            or prev.text.startswith(lex.definite_articles) or prev.text in lex.conjunctions:
        return False
    return not lex.triggers.find_at(doc.tokens, first - 1)


def _in_actor(doc: Doc, k: int) -> bool:
    """Is token ``k`` part of an actor mention (a name, title or nisba)?"""
    return any(p.first <= k <= p.last for p in doc.actors)


def _noun_clitic(lex: Lexicon, m: Match[TriggerForm]) -> bool:
    """Does a proclitic that only goes on nouns (ب, ك, the article) stand before the word, after any
    conjunction? ("وبحث" is one verb, not و + ب + حث; in "وألغت" the alef belongs to the verb.)"""
    rest = m.prefix[1:] if m.prefix[:1] in lex.conjunctions else m.prefix
    return not m.phrase.startswith(rest) and any(rest.startswith(c) for c in lex.noun_only_clitics)


def _compound_not_trigger(doc: Doc, lex: Lexicon, first: int) -> bool:
    """A trigger word that only modifies the next noun ("export agency", "tour operators"), or that a
    modifier before it turns into another thing ("a news conference")."""
    word = doc.tokens[first].text
    for parts in lex.compound_not_triggers.get(word, ()):
        k = parts.index(word)  # where the trigger word stands in the phrase
        lo = first - k
        if lo >= 0 and [t.text for t in doc.tokens[lo:lo + len(parts)]] == list(parts):
            return True
    return False


def _opens_sentence_as_noun(doc: Doc, lex: Lexicon, first: int) -> bool:
    """In a subject-first language a sentence does not open with a finite verb: "Tour operators said",
    "Visits by ..." are nouns (a past form or participle may open it: "Visiting Cairo, ...")."""
    if lex.subject_after_verb or first != doc.sentence_tokens[doc.sentence_of_token[first]][0]:
        return False
    word = doc.tokens[first].text
    return not (word in lex.past_forms or word.endswith(lex.past_suffixes)
                or any(word.endswith(x) for x in lex.participle_suffixes))


def _modifier_or_noun(doc: Doc, lex: Lexicon, first: int) -> bool:
    """A verb form after an article, a preposition or a number is a noun or an adjective ("safe for returns",
    "29 alleged smugglers"), not a finite verb; a gerund may follow a preposition ("for lifting")."""
    if first == 0 or first == doc.sentence_tokens[doc.sentence_of_token[first]][0]:
        return False
    word = doc.tokens[first].text
    lo = doc.sentence_tokens[doc.sentence_of_token[first]][0]
    if any(word.endswith(x) for x in lex.participle_suffixes):
        # a gerund after an article, a possessive or an ordinal is the noun ("the first meeting with", "its
        # meeting with", "Egypt's meeting with"), after a preposition the verb ("for lifting")
        prev = doc.tokens[first - 1].text
        return prev in lex.determiners or bool(lex.possessive_suffixes and prev.endswith(lex.possessive_suffixes))
    k = _before_modifiers(doc, first, lo)
    prev = doc.tokens[k].text
    if k < first - 1:
        # only a determiner or a possessor: after a preposition the words may be the verb's subject
        # ("hundreds of Chinese engineers worked")
        if (lex.possessive_suffixes and prev.endswith(lex.possessive_suffixes)) or prev in lex.determiners:
            return True
        prev = doc.tokens[first - 1].text
    if lex.possessive_suffixes and prev.endswith(lex.possessive_suffixes):
        return True  # "Mali's imports", "the country's exports": a noun after a possessive
    # "29 alleged smugglers", "a list of 13 demands": a count (not a date, "on 12 June demands", nor the
    # number of a model name, "the Su-24 downed")
    return prev in lex.noun_before or (prev.isdigit() and not any(d.first <= first - 1 <= d.last for d in doc.dates)
                                       and doc.text.folded[doc.tokens[first - 1].start - 1:doc.tokens[first - 1].start] != "-")


def _after_nationality(doc: Doc, lex: Lexicon, first: int) -> bool:
    """A one-word verb form right after a nationality adjective is a noun ("American sanctions", "Chinese
    exports"); a plural people noun may be a subject ("Russians attacked")."""
    if lex.subject_after_verb or first == 0 or doc.tokens[first - 1].text.endswith("s"):
        return False
    return any(p.last == first - 1 and getattr(p.mention.value, "kind", None) == ActorKind.DEMONYM for p in doc.actors)


def _new_subject_clause(doc: Doc, lex: Lexicon, start: int, first: int, noun: bool = False) -> bool:
    """Does a conjunction followed by an actor and only auxiliaries open the clause of the verb at ``first``?
    After a comma ("..., and Russia responded by expelling ...") the actor opens a clause of its own
    whatever words stand before the verb; for a noun trigger, its governing verb may stand between too
    ("and the two governments traded accusations"); a comma alone does when the actor is the verb's subject
    right before it ("Germany expelled four diplomats, Canada expelled four")."""
    for p in doc.actors:
        if not start < p.first < first:
            continue
        if "," in doc.text.folded[doc.tokens[p.first - 1].end:doc.tokens[p.first].start] \
                and all(doc.tokens[k].text in lex.preverbal for k in range(p.last + 1, first)):
            return True
        before = doc.tokens[p.first - 1]
        comma = p.first >= 2 and "," in doc.text.folded[doc.tokens[p.first - 2].end:before.start]
        if before.text in lex.conjunctions:
            rest = [doc.tokens[k].text for k in range(p.last + 1, first)
                    if doc.tokens[k].text not in lex.preverbal and not (noun and doc.tokens[k].text in lex.determiners)]
            if comma or not rest or (noun and len(rest) == 1 and not doc.in_mention(first - 1)):
                return True
        elif comma and lex.subject_after_verb and _conjoined_word(doc, lex, p.first - 1) \
                and not doc.in_mention(p.first - 1):
            return True  # "...، وردت روسيا بطرد ...": a verb joined after a comma, then its own subject
        elif not lex.subject_after_verb and "," in doc.text.folded[before.end:doc.tokens[p.first].start] \
                and all(doc.tokens[k].text in lex.preverbal for k in range(p.last + 1, first)):
            return True  # "X expelled four diplomats, Canada expelled four": a subject after a comma
    return False


def _conjoined_word(doc: Doc, lex: Lexicon, k: int) -> bool:
    """A word opening with a conjunction clitic ("وردت"); a verb conjunction ("فردت") only before a known verb
    form, never on a name ("فرنسا")."""
    word = doc.tokens[k].text
    if word[:1] in lex.conjunctions and len(word) > 2:
        return True
    if word[:1] not in lex.verb_conjunctions or len(word) <= 3:
        return False
    stem = word[1:]
    return stem in lex.light_verbs or stem in lex.control_verbs or stem in lex.receive_verbs \
        or any(m is not None and any(a == k for a, _b, _c in doc.cues(m, k, k + 1))
               for m in (lex.reply_verbs, lex.visit_start_verbs, lex.visit_end_verbs))


_CONDITIONAL_ACTS = frozenset({EventType.AGREE, EventType.REQUEST})
# a ratification named as the condition of another act ("patrols could begin if parliament ratifies the treaty",
# "سيبدأ الصرف في حال صادق البرلمان على الاتفاقية"): the condition, no act of its own
_CONDITIONAL_MODES = frozenset({(EventType.SUPPORT, "ratify")})
_CONDITION_SUBJECT = 4  # words between "if" / "إذا" and the act it makes a condition ("if the Somali government asks")


def _in_condition(doc: Doc, lex: Lexicon, first: int) -> bool:
    """Does a condition open a few words before the trigger, in the same clause ("would send more police if Honiara
    asked for them", "إذا التزمت موسكو بالمساهمة")? An agreement or request told as the
    condition of another act is no act of its own (status.yaml hypothetical.condition_openers)."""
    if lex.condition_openers is None:
        return False
    lo = doc.sentence_tokens[doc.sentence_of_token[first]][0]
    start = doc.tokens[first].start
    return any(b < first and not any(ch in doc.text.folded[doc.tokens[b].end:start] for ch in ",;:،؛")
               for _a, b, _ in doc.cues(lex.condition_openers, max(lo, first - _CONDITION_SUBJECT - 1), first))


def _civilian_subject(doc: Doc, lex: Lexicon, first: int, people: bool = True) -> bool:
    """Is the word right before the verb (past auxiliaries) a noun of private people (actors.yaml
    ``civilian_heads``: "farmers have blocked")? With ``people``, a state's people named by their nationality
    ("Venezuelans backed") are private people too (a protest by them is their state's, CODING_GUIDE)."""
    lo, hi = doc.sentence_tokens[doc.sentence_of_token[first]]
    if lex.subject_after_verb and first + 1 < hi and not doc.in_mention(first + 1) \
            and doc.tokens[first + 1].text in lex.civilian_heads:
        return True  # "وانتقدت منظمات حقوقية المذكرة": the subject follows the verb
    k = first - 1
    while k > lo and doc.tokens[k].text in lex.preverbal:
        k -= 1
    if k >= lo and doc.tokens[k].text in lex.civilian_heads:
        return True
    if people and _people_of_state(doc, lex, k, lo):
        return True
    # "newspapers in Algeria criticised", "commentators in Beijing": the head before the place named after it
    # -- one phrase only: "According to traders in Dubai, India has suspended ..." names its source before a comma
    j = k
    while j > lo and doc.in_mention(j) and "," not in doc.text.folded[doc.tokens[j - 1].end:doc.tokens[j].start]:
        j -= 1
    return lo < j < k and doc.tokens[j].text in lex.location_preps and doc.tokens[j - 1].text in lex.civilian_heads


def _people_of_state(doc: Doc, lex: Lexicon, k: int, lo: int) -> bool:
    """"Venezuelans backed the annexation", "Egyptians protested": a plural nationality noun standing alone as the
    subject (no determiner before it, no noun after it) names a state's people, not the state (subject-first
    languages; "the Americans sent troops" keeps its article and stays the state's)."""
    if lex.subject_after_verb or k < lo:
        return False
    word = doc.tokens[k].text
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if not any(p.first == p.last == k and getattr(p.mention.value, "kind", None) == ActorKind.DEMONYM
               for p in doc.actors):
        return False
    return k == lo or doc.tokens[k - 1].text not in lex.determiners


def _troop_subject(doc: Doc, lex: Lexicon, first: int, last: int) -> bool:
    """Is the subject of a verb of travel a noun of troops, craft or consignments (roles.yaml ``troop_heads``):
    the word before the verb past auxiliaries and nationalities ("Chinese transport planes landed", "العسكريين
    الإيرانيين وصلوا"), or, where the subject follows the verb, the word after it ("وصلت دفعة من الجنود")?"""
    if not lex.troop_heads:
        return False
    lo, hi = doc.sentence_tokens[doc.sentence_of_token[first]]

    def troop(k: int) -> bool:
        return any(f in lex.troop_heads for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))

    k = first - 1
    while k > lo and (doc.tokens[k].text in lex.preverbal or doc.in_mention(k)):
        k -= 1
    if k >= lo and not doc.in_mention(k) and troop(k):
        return True
    k = last + 1
    if lex.subject_after_verb:
        return k < hi and not doc.in_mention(k) and troop(k)
    # "Canberra flew in police and soldiers", "flew troops to Honiara": troops as the object of the verb of travel
    # (within a short noun phrase, before any preposition) are sent there, no one visits
    for j in range(k, min(hi, k + 4)):
        if doc.in_mention(j) or doc.tokens[j].text in lex.target_preps or doc.tokens[j].text in lex.location_preps:
            return False
        if troop(j):
            return True
    return False


def _actor_follows(doc: Doc, lex: Lexicon, last: int) -> bool:
    """Does an actor mention start right after token ``last``, past determiners and a count ("called the Emir",
    "freed two Americans")?"""
    k = last + 1
    if k < len(doc.tokens) and doc.tokens[k].text in lex.passive_agent:
        k += 1  # "was received by President Saied": the agent of a passive
    while k < len(doc.tokens) and (doc.tokens[k].text in lex.determiners or doc.tokens[k].text in lex.number_words
                                   or doc.tokens[k].text.isdigit()):
        k += 1
    if k < len(doc.tokens) and any(c in doc.text.folded[doc.tokens[last].end:doc.tokens[k].start] for c in ",.;:"):
        return False  # "has not sent him back. Jordan ...": punctuation ends the verb phrase
    return any(p.first == k for p in doc.actors)


def _cue_distance(doc: Doc, first: int, last: int, cues: frozenset[str], window: int, lex: Lexicon) -> int | None:
    found = _nearest_cue(doc, first, last, cues, window, lex)
    return found[0] if found else None


def _nearest_cue(doc: Doc, first: int, last: int, cues: frozenset[str], window: int,
                 lex: Lexicon) -> tuple[int, int] | None:
    """(token distance, position) of the nearest cue word or phrase within ``window`` tokens of the trigger,
    in its sentence, or None. The cue's first word may carry a proclitic ("وسفيرها").
    Where the subject follows the verb, the names and dates between the verb and a cue after it do not
    count ("وقع خادم الحرمين الشريفين الملك سلمان ... والرئيس الصيني شي جين بينغ في الرياض أمس اتفاقية")."""
    found = _cue_search(doc, first, last, cues, window, lex)
    return (found[0], found[1]) if found else None


def _cue_hit(doc: Doc, first: int, last: int, cues: frozenset[str], window: int,
             lex: Lexicon) -> tuple[int | None, int]:
    """The distance of the nearest cue (as ``_cue_distance``) and the number of words of the longest cue
    found at that distance."""
    found = _cue_search(doc, first, last, cues, window, lex)
    return (found[0], found[2]) if found else (None, 0)


def _cue_search(doc: Doc, first: int, last: int, cues: frozenset[str], window: int,
                lex: Lexicon, after_only: bool = False, before_only: bool = False) -> tuple[int, int, int] | None:
    """(distance, position, words) of the nearest cue; at equal distance the longer cue wins ("cancelled
    Ghana's yen loan debt": debt relief, not a cancelled loan). ``after_only``/``before_only``: cues on that
    side of the form only."""
    lo_s, hi_s = doc.sentence_tokens[doc.sentence_of_token[first]]
    lo = last + 1 if after_only else max(lo_s, first - window)
    hi = first if before_only else min(hi_s, last + window + 1)
    skipped = 0
    if lex.subject_after_verb and not before_only:
        free, hi = 0, last + 1
        while hi < hi_s and free < window:
            if _name_or_time(doc, hi):
                skipped += 1
            else:
                free += 1
            hi += 1
    by_first = _cues_by_first_word(cues)
    words = [doc.tokens[k].text for k in range(lo, hi)]
    nwords = len(words)
    best: tuple[int, int, int] | None = None
    # positions in text order, so that at equal distance and length the earliest cue wins
    for k, w in enumerate(words):
        for f, _ in lex.clitics.prefix_forms(w):
            for rest in by_first.get(f, ()):
                n = len(rest) + 1
                if k + n > nwords or (rest and tuple(words[k + 1:k + n]) != rest):
                    continue
                at = lo + k
                d = first - (at + n - 1) if at < first \
                    else at - last - sum(1 for j in range(last + 1, at) if skipped and _name_or_time(doc, j))
                if best is None or d < best[0] or (d == best[0] and (n > best[2] or (n == best[2] and at < best[1]))):
                    best = (d, at, n)
    return best


@functools.lru_cache(maxsize=65_536)
def _cues_by_first_word(cues: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases by their first word: the words after it, for each cue."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        parts = cue.split()
        out.setdefault(parts[0], []).append(tuple(parts[1:]))
    return {k: tuple(v) for k, v in out.items()}


def _name_or_time(doc: Doc, k: int) -> bool:
    """Is token ``k`` part of an actor, place or date mention (a verb's subject or time, not its object)?"""
    return doc.in_name_or_time(k)


def _cue_names_another_act(doc: Doc, lex: Lexicon, out: list[Trigger]) -> list[Trigger]:
    """"أعربت الوزارة عن أسفها للقرار": a light verb whose cue word opens a longer trigger phrase of another type
    (regret AT a decision is disapproval, not an apology) gives way to that phrase, which names the act; a noun
    of the light verb's own type that is its object is the same act. A verb that takes an act as its content
    keeps its reading ("قطعت واشنطن مساعدات بقيمة ...": the aid is what was cut), and so does a verb whose object
    is a document about another act (``keeps_object_act``: "وقعت مصر صفقة طائرات" is a signing and a purchase)."""
    nouns = [t for t in out if t.form.pos == "noun"] if lex.subject_after_verb else []
    kept: list[Trigger] = []
    for t in out:
        e = t.form.entry
        if t.form.pos == "verb" and e.requires and nouns and not e.complement and not e.keeps_object_act:
            cue = _nearest_cue(doc, t.first, t.last, e.requires, e.window, lex)
            if cue is not None and any(u.first == cue[1] < u.last and u.form.entry.type != e.type for u in nouns):
                continue
        kept.append(t)
    # "وتشن اسرائيل ... غارات جوية": a noun of the same type that is the light verb's object is the same act
    objects = {id(u) for t in kept if t.form.pos == "verb" and t.form.entry.requires
               for cue in [_nearest_cue(doc, t.first, t.last, t.form.entry.requires, t.form.entry.window, lex)]
               if cue is not None and cue[1] > t.last
               for u in nouns if u.first == cue[1] and u.form.entry.type == t.form.entry.type}
    # "lifted its veto on", "تخلى عن مطالبته": a noun inside the cue of a verb that absorbs its object is that object
    objects |= {id(u) for t in kept if t.form.pos == "verb" and t.form.entry.absorbs_object
                for cue in [_nearest_cue(doc, t.first, t.last, t.form.entry.requires, t.form.entry.window, lex)]
                if cue is not None
                for u in out if u.form.pos == "noun" and cue[1] <= u.first <= cue[1] + 2}
    return [t for t in kept if id(t) not in objects]


# ------------------------------------------------------------------------------------- anaphora

def _pair_pronouns(doc: Doc, lex: Lexicon) -> list[Placed]:
    """"Moscow and Seoul did not recognise each other. They established relations ...": a plural pronoun
    opening a clause, after two states joined by a conjunction in its sentence or the one before, is the
    pair (a group reference, resolved like "the two countries")."""
    out: list[Placed] = []
    if not lex.pair_pronouns:
        return out
    folded = doc.text.folded
    states = [p for p in doc.actors if getattr(p.mention.value, "kind", None) in _STATE_KINDS
              and getattr(p.mention.value, "country", None)]
    for k, tok in enumerate(doc.tokens):
        if tok.text not in lex.pair_pronouns:
            continue
        s = doc.sentence_of_token[k]
        lo = doc.sentence_tokens[s][0]
        # ("..., but they have not met", "although they never signed"): a clause boundary opens a clause too
        if not (k == lo or doc.tokens[k - 1].text in lex.conjunctions
                or ";" in folded[doc.tokens[k - 1].end:tok.start]
                or any(b == k - 1 for _a, b, _p in doc.cues(lex.boundaries, k - 1, k))):
            continue
        near = [p for p in states if p.last < k and s - p.mention.sentence <= 1]
        # exactly two, as a subject, not after a preposition ("analysts in Cairo and Khartoum ... They"), nor
        # the end of a longer list ("Yoon, Kishida and Li ... They": the three, told by the sentence before)
        paired = any(a.mention.value.country != b.mention.value.country  # type: ignore[union-attr]
                     and b.first - a.last == 2 and doc.tokens[a.last + 1].text in lex.conjunctions
                     and not marked(doc, lex, a, doc.sentence_tokens[a.mention.sentence][0])
                     and not located(doc, lex, a, doc.sentence_tokens[a.mention.sentence][0])
                     and (a.first == 0 or doc.tokens[a.first - 1].text not in lex.agent_preps)
                     and not any(q.last < a.first and folded[doc.tokens[q.last].end:doc.tokens[a.first].start].strip() == ","
                                 for q in doc.actors)
                     for a, b in pairwise(near))
        if paired:
            span = doc.text.original(tok.start, tok.end)
            out.append(Placed(Mention(MentionKind.ACTOR, span, s, ActorRef(ActorKind.GROUP, None),
                                      f"{RULE}:pair-pronoun", doc.text.article.text[span.start:span.end]), k, k))
    return out


def _object_pronouns(doc: Doc, lex: Lexicon) -> list[Placed]:
    """"Clinton spoke with Prime Minister Sharif and urged him ...": an object pronoun is the last person
    named in its sentence or the two before whose state is not that of the sentence's first actor (the
    subject cannot be its own object)."""
    out: list[Placed] = []
    if not lex.object_pronouns:
        return out
    kinds = (ActorKind.PERSON, ActorKind.TITLE)
    for k, tok in enumerate(doc.tokens):
        if tok.text not in lex.object_pronouns or doc.in_mention(k):
            continue
        s = doc.sentence_of_token[k]
        outside = [p for p in doc.actors if not (doc.dateline is not None and doc.dateline.contains(p.mention.span))]
        first = next((p for p in outside if p.mention.sentence == s and p.last < k), None)
        if first is None:
            continue
        subject = getattr(first.mention.value, "country", None)
        earlier = [p for p in outside if p.last < k and s - p.mention.sentence <= 2
                   and getattr(p.mention.value, "kind", None) in kinds
                   and getattr(p.mention.value, "country", None) not in (None, subject)]
        if earlier:
            m = earlier[-1].mention
            span = doc.text.original(tok.start, tok.end)
            out.append(Placed(Mention(MentionKind.ACTOR, span, s, m.value, f"{RULE}:object-pronoun",
                                      doc.text.article.text[span.start:span.end]), k, k))
    return out


def _anaphora(doc: Doc, lex: Lexicon) -> list[Placed]:
    """The actor mentions plus a personal pronoun that opens a clause ("He will travel", "; he and X
    signed") for the person named shortly before (lang roles.yaml ``anaphora``). Short definite
    references to states and organisations ("the council", "المملكة") are actor mentions already
    (lang anaphors.yaml, mentions stage)."""
    out = _own_country(doc, lex, list(doc.actors)) + _pair_pronouns(doc, lex) + _object_pronouns(doc, lex)
    if not lex.person_pronouns:
        return sorted(out, key=lambda p: (p.first, p.last))
    covered = {k for p in doc.actors for k in range(p.first, p.last + 1)}
    dated = {k for p in doc.dates for k in range(p.first, p.last + 1)}
    folded = doc.text.folded
    kinds = (ActorKind.PERSON, ActorKind.TITLE)
    for k, tok in enumerate(doc.tokens):
        if k in covered or tok.text.removesuffix("'s") not in lex.person_pronouns:
            continue
        s = doc.sentence_of_token[k]
        lo = doc.sentence_tokens[s][0]
        head = k
        while head > lo and head - 1 in dated:
            head -= 1
        if not (head == lo or doc.tokens[head - 1].text in lex.conjunctions
                or ";" in folded[doc.tokens[head - 1].end:doc.tokens[head].start]):
            continue  # only as the subject that opens a clause
        earlier = [p for p in doc.actors if p.last < k and getattr(p.mention.value, "kind", None) in kinds
                   and getattr(p.mention.value, "country", None) and s - p.mention.sentence <= 2
                   and not (doc.dateline is not None and doc.dateline.contains(p.mention.span))]
        if not earlier:
            continue
        m = earlier[-1].mention
        span = doc.text.original(tok.start, tok.end)
        out.append(Placed(Mention(MentionKind.ACTOR, span, s, m.value, f"{RULE}:anaphora",
                                  doc.text.article.text[span.start:span.end]), k, k))
    out.sort(key=lambda p: (p.first, p.last))
    return out


def _officers(doc: Doc, actors: list[Placed]) -> list[Placed]:
    """"الأمين العام للأمم المتحدة أنطونيو غوتيريش", "the Secretary-General of the Arab League": an office
    of no state followed by an organisation (and the holder's name) is one actor, that organisation's
    official -- not the holder's nationality, and the organisation is no second party."""
    out: list[Placed] = []
    i = 0
    while i < len(actors):
        p = actors[i]
        v = p.mention.value
        nxt = actors[i + 1] if i + 1 < len(actors) else None
        if nxt is None or not isinstance(v, ActorRef) or v.kind != ActorKind.TITLE or v.country is not None \
                or getattr(nxt.mention.value, "kind", None) != ActorKind.ORGANISATION or nxt.first - p.last > 1 \
                or nxt.mention.sentence != p.mention.sentence:
            out.append(p)
            i += 1
            continue
        end = nxt
        after = actors[i + 2] if i + 2 < len(actors) else None
        if after is not None and after.first == nxt.last + 1 and getattr(after.mention.value, "kind", None) in \
                (ActorKind.PERSON, ActorKind.TITLE):
            end = after  # the holder's name
        span = Span(p.mention.span.start, end.mention.span.end)
        text = doc.text.article.text[span.start:span.end]
        merged = Mention(MentionKind.ACTOR, span, p.mention.sentence, nxt.mention.value, f"{RULE}:officer", text)
        out.append(Placed(merged, p.first, end.last))
        i = actors.index(end) + 1
    return out


def _own_country(doc: Doc, lex: Lexicon, actors: list[Placed]) -> list[Placed]:
    """"أكد الوزير الجزائري أن بلاده ستزود اسبانيا": "his country" (roles.yaml ``anaphora.own_country``) as the
    subject of a reported clause (after roles.yaml ``reported_clause_openers``) is the state of the person or office named last
    before it, in its sentence or the one before."""
    if not lex.own_country:
        return actors
    covered = {k for p in actors for k in range(p.first, p.last + 1)}
    kinds = (ActorKind.PERSON, ActorKind.TITLE)
    added: list[Placed] = []
    for k, tok in enumerate(doc.tokens):
        if k in covered:
            continue
        clitic = next((c for f, c in lex.clitics.prefix_forms(tok.text) if f in lex.own_country), None)
        if clitic is None or k == 0 or doc.tokens[k - 1].text not in lex.reported_openers:
            continue  # "رفض بلاده" (his country's refusal) is the subject's own act, not a second party
        s = doc.sentence_of_token[k]
        earlier = [p for p in actors if p.last < k and getattr(p.mention.value, "kind", None) in kinds
                   and getattr(p.mention.value, "country", None) and s - p.mention.sentence <= 1
                   and not (doc.dateline is not None and doc.dateline.contains(p.mention.span))]
        if not earlier:
            continue
        country = earlier[-1].mention.value.country  # type: ignore[union-attr]
        span = doc.text.original(tok.start + len(clitic), tok.end)
        ref = ActorRef(ActorKind.COUNTRY, country, via="anaphor")
        added.append(Placed(Mention(MentionKind.ACTOR, span, s, ref, f"{RULE}:own-country",
                                    doc.text.article.text[span.start:span.end]), k, k))
    if not added:
        return actors
    return sorted(actors + added, key=lambda p: (p.first, p.last))


# ------------------------------------------------------------------------------------ candidates

def _drafts_for(doc: Doc, lex: Lexicon, trig: Trigger, earlier_in_sentence: list[Trigger],
                history: list[Draft], later_in_sentence: list[Trigger] | None = None) -> list[Draft]:
    entry = trig.form.entry
    if trig.form.pos == "noun" and trig.first > 0 and doc.tokens[trig.first - 1].text in lex.predicate_markers:
        return []  # "وصف الهجوم بأنه عدوان غاشم": the noun is what an act is called, not an act of its own
    lo, hi = clause_bounds(doc, lex, trig.first, trig.last)
    # a noun's parties stand before the next verb of its clause ("عقدت الجامعة قمة ... دانت فيها الغزو")
    role_hi = min([t.first for t in later_in_sentence or [] if t.form.pos == "verb" and lo <= t.first < hi]
                  + [hi]) if trig.form.pos == "noun" and lex.subject_after_verb else hi
    if entry.object_before_cue and entry.requires:
        # "وصف الكرملين العملية بأنها انتهاك لميثاق الأمم المتحدة": a state after the cue is in its complement
        cue = _nearest_cue(doc, trig.first, trig.last, entry.requires, entry.window, lex)
        if cue is not None and cue[1] > trig.last:
            role_hi = min(role_hi, cue[1])
    if trig.form.pos == "verb":
        # "Canada expelled four, and Ukraine ordered out 13": the subject of a later verb opens its own clause
        # (also in Arabic, in the subject-first style of headlines and timelines: "الولايات المتحدة تعترف
        # بالدولة الجديدة، وصربيا تستدعي سفراءها")
        role_hi = min([_later_subject(doc, lex, t) for t in later_in_sentence or []
                       if t.form.pos == "verb" and trig.last < t.first < hi] + [role_hi])
    if trig.form.pos == "verb" and lex.subject_after_verb and entry.frame == "directed":
        # "التي استهدفت ... بلدة عرمان، ودعت عمّان إلى": a verb joined after a comma opens a clause of its own;
        # the parties after it are its own
        role_hi = min([t.first for t in later_in_sentence or [] if t.form.pos == "verb" and trig.last < t.first < role_hi
                       and _joined_after_comma(doc, lex, t)] + [role_hi])
    source, target = assign_roles(doc, lex, trig.first, trig.last, trig.form.pos, entry.frame, lo, role_hi,
                                  possessed=(bool(trig.match.suffix) and trig.form.pos == "noun")
                                  or _light_verb(doc, lex, trig),
                                  needs_destination=entry.needs_destination, object_genitive=entry.object_genitive,
                                  object_pronoun=bool(trig.match.suffix) and trig.form.pos == "verb",
                                  source_after=entry.source_after or lex.type_source_after.get(entry.type, frozenset()),
                                  between_is_content=entry.type == EventType.SUPPORT and entry.mode is None,
                                  supplies=entry.type == EventType.AID)
    if entry.frame == "host" and _possessed_object(doc, lex, trig):
        return []  # "Morocco received the Algerian envoy's request": a thing received, no guest
    # ("ثم يتوجه السبت إلى جدة": a trip's destination may be a place of a state, no party named)
    trip_place = _location(doc, lex, lo, hi, trig) if entry.frame == "visit" and trig.form.pos == "verb" \
        and not target else None
    source, target = _coordinated_subject(doc, lex, trig, earlier_in_sentence, history, source, target)
    source, target = _elaborating_verb(doc, lex, trig, earlier_in_sentence, history, source, target)
    if not source and trig.form.pos == "verb":
        source, target = _subject_before_relative(doc, lex, trig, lo, target)
    if not source and trig.form.pos == "verb":
        source, target = _relative_subject(doc, lex, trig, lo, target)
    followed = _followed(trig, history) if entry.follows else None
    if entry.follows and (followed is None or not source):
        return []
    if not source and not target:
        # "علقت الجامعة عضوية سورية، ثم فرضت عليها عقوبات": no party named (pronouns only), the parties of
        # the previous event of the sentence continue
        source, target = _continued_parties(lex, trig, earlier_in_sentence, history)
    if trip_place is not None and getattr(trip_place.value, "country", None) and trip_place.sentence == trig.sentence:
        target = []  # "يزور الدوحة، ثم يتوجه السبت إلى جدة": a trip to a place of its own goes on with the traveller only
    source = source or _dropped_subject(lex, trig, earlier_in_sentence, history,
                                        target or ([trip_place] if trip_place is not None else []))
    if not source and entry.frame == "symmetric" and _separate_partners(doc, lex, target):
        return []  # "held separate talks with Yoon and with Kishida": partners of an unnamed actor, not a pair
    if entry.type == EventType.ACCUSE and source and not target:
        target = _object_event_agent(doc, lex, trig, hi, source, history)
    target = _continued_target(doc, lex, trig, lo, hi, followed, earlier_in_sentence, later_in_sentence or [],
                               history, source, target)
    if entry.frame == "symmetric" and _stateless_partner(doc, lex, trig, lo, hi, target):
        return []  # "المذكرة التي وقعتها إثيوبيا مع إقليم أرض الصومال": no second state, no bilateral act
    if source and not target and entry.type in _AT_A_PLACE:
        target = _place_target(doc, lex, trig, lo, hi, source)
    if entry.frame == "symmetric" and entry.type == EventType.CONSULT and source and target:
        named = {m.span for m in (*source, *target)}
        target = target + [m for m in _participants(doc, lex, trig, hi) if m.span not in named]
    # "Japan condemned the launch as a violation of UN resolutions": an act told before, or a complaint answered
    target = _reaction_target(doc, lex, trig, history, source, target)
    stateless = _stateless_object(doc, lex, trig, hi) if source and entry.frame in ("directed", "symmetric") else None
    if stateless is not None:
        # "Iran backs armed groups that attack US forces", "دعمت تركيا المعارضة السورية": the act is done to a party
        # of no state; the states named after it are where it fights or whose it is, not the target
        # ("condemned the Israeli raids and urged the international community to act": nor is a state named before
        # the verb, in the clause before, its object -- unless the actor follows the verb: "Pakistan was accused of
        # harbouring militants by India")
        start = doc.tokens[trig.first].start
        acted_before = any(m.span.start < start for m in source)
        target = [m for m in target if (start <= m.span.start or not acted_before) and m.span.start < stateless]
    if entry.frame == "host" and hosted_crowd(doc, lex, trig.last, hi):
        return []  # "ويستضيف الأردن نحو 1.3 مليون لاجئ سوري": people living there by the thousand, no guest
    if is_stance(doc, lex, trig.first, lo):
        return []  # "Egypt avoids criticising Israel": a policy of not doing, no act (CODING_GUIDE, not events)
    if in_trailing_condition(doc, lex, trig.first, [t.first for t in earlier_in_sentence]):
        return []  # "would send more police if Honiara asked for them": the asking is the condition, no act
    status = find_status(doc, lex, trig.first, trig.last, trig.form.pos, trig.match.prefix, lo, hi,
                         charge=entry.type == EventType.ACCUSE)
    if entry.type in _SPOKEN and status == Status.PLANNED and announced(doc, lex, trig.first):
        # "announced that it will accept the agreement", "said Moscow would respond in kind": the announcement is
        # the promise or the threat (CODING_GUIDE)
        status = Status.OCCURRED
    contexts = _contexts(doc, lex, trig.sentence, entry.context)
    # ("الزيارة التي قام بها السادات إلى القدس": the place of a noun's relative clause is where its act went)
    location = _location(doc, lex, lo, relative_end(doc, lex, trig.first, trig.last, lo, hi)
                         if trig.form.pos == "noun" else hi, trig)

    dates = list(trig.dates)
    if status in (Status.PLANNED, Status.HYPOTHETICAL) and dates and all(said_date(doc, lex, trig, d) for d in dates):
        # "قال أمس إن البلدين سيوقعان خلال الزيارة": the day of the saying, not of the signing to come (nor of an
        # act only possible: "said on Wednesday that Washington could lift its tariffs if ...")
        dates = []
    if trig.form.pos == "noun" and dates:
        # "في أول زيارة لرئيس إيراني منذ عام 2014": the earlier visit's year, not this one's
        stale = first_since(doc, lex, trig, dates)
        dates = [d for d in dates if d not in stale]
    if entry.independent and entry.type == EventType.SUPPORT and trig.form.pos == "noun" and not dates:
        return []  # "التزامها بالاتفاقيات الموقعة بين البلدين": agreements in force, no signing told
    antecedent = _antecedent(trig, earlier_in_sentence, history)
    quantities = list(trig.quantities) or (list(antecedent.quantities) if antecedent else [])
    if entry.mode == "trade" and trig.form.pos == "noun" and trade_target(doc, lex, trig.first, lo) \
            and not past_explicit(trig, doc.text.article.published):
        # "agreed to raise bilateral trade to $15 billion by 2028": a target, not trade (CODING_GUIDE) -- unless the
        # sentence gives the past volume it starts from ("..., after it fell to $24 billion in 2015")
        return []
    if entry.mode == "trade" and not quantities and not dates:
        return []  # "in protest at cheap imports": trade is coded as a volume or a period (CODING_GUIDE)
    refers = _refers_back(doc, lex, trig, lo, hi)
    rule = f"{RULE}:{entry.key}:{trig.form.pos}"
    if stateless is not None and not target:
        rule += ":no-state-target"  # no second state: no bilateral act, none filled in (resolve)
    if (trig.form.pos == "verb" and _is_past(doc, lex, trig)) \
            or (trig.form.pos == "noun" and _past_verb_before(doc, lex, trig, lo)):
        rule += ":past"
    elif trig.form.pos == "noun" and any(t.form.pos == "verb" and _is_past(doc, lex, t)
                                         for t in earlier_in_sentence + (later_in_sentence or [])):
        rule += ":past"  # "met on Friday at the request of X": the noun shares the sentence's tense
    elif participle_clause(doc, lex, trig) and any(t.form.pos == "verb" and _is_past(doc, lex, t)
                                                    for t in earlier_in_sentence):
        rule += ":past"  # "In May, X demanded ..., accusing Y": the participle shares the main verb's tense
    elif trig.form.pos == "noun" and _opening_phrase_before_past(doc, lex, trig):
        rule += ":past"  # "After a phone call with X on Thursday, Trump exempted ...": the main clause's tense
    elif trig.form.pos == "verb" and _is_present(doc, lex, trig):
        rule += ":present"  # "heads to Tehran on Saturday", "ويتوجه ... السبت": the coming Saturday
    if trig.form.pos == "noun" and entry.type == EventType.CONSULT and entry.mode == "meet" \
            and _light_verb(doc, lex, trig):
        rule += ":light"  # "وعقد ... محادثات", "held talks": talks told by a light verb of their own (resolve)

    if ":present" in rule and entry.type == EventType.SUPPORT and entry.mode is None and status == Status.OCCURRED \
            and state_of_affairs(doc, lex, trig.first):
        return []  # "Russia backs Syria in the war": a stance held, no act (CODING_GUIDE, not events)
    if trig.form.pos == "noun" and earlier_in_sentence and purpose_content(doc, lex, trig.first, lo):
        return []  # "are expected to meet to arrange the return of ambassadors": what the meeting is for
    if ":past" not in rule and entry.type != EventType.AID and document_says(doc, lex, trig.first):
        # "وتنص المعاهدة على أن يهب كل طرف لنجدة الآخر إذا تعرض لهجوم": what a document provides for, not an act
        # (a loan or grant it gives is the aid itself, CODING_GUIDE; "under the deal, Iran released ...": an act)
        return []
    if _additive(doc, lex, trig):
        rule += ":also"  # "the two sides also agreed ...": one more act, not a re-mention (resolve)
    elif _successive(doc, lex, trig):
        rule += ":then"  # "listed Syria in 1979, then tightened its sanctions": the next act, not a re-mention

    # "since the establishment of relations", "منذ أزمة إسقاط القاذفة": a reference point, dated elsewhere
    since = any(f in lex.since for k in range(max(lo, trig.first - 2), trig.first)
                for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))
    if trig.form.pos == "noun" and since and not any(d.first - trig.last <= 8 for d in dates if d.first > trig.last):
        return []
    # "عقد اجتماعا ... بحثا خلاله": talks during (or where) the consultation told before are part of it -- unless
    # they name a party it did not have ("قادما من سوريا، حيث التقى الأسد": the meeting was in Syria). Talks told
    # with a verb of their own during a visit ("زار دمشق والتقى خلالها الأسد", "حيث يلتقي السيسي") are coded beside
    # the visit (CODING_GUIDE)
    if entry.type == EventType.CONSULT and _elaborates(doc, lex, trig) and not dates \
            and any(h.type == EventType.CONSULT and trig.sentence - h.trigger.sentence <= 1
                    and _countries(source + target) <= _countries(h.source + h.target) for h in history) \
            and not _talks_during_trip(doc, lex, trig, source, target, history):
        return []
    if entry.elaborative and not dates \
            and any(h.type == entry.type and h.mode == entry.mode and 0 <= trig.sentence - h.trigger.sentence <= 3
                    and _countries(source + target) <= _countries(h.source + h.target) for h in history) \
            and find_status(doc, lex, trig.first, trig.last, trig.form.pos, trig.match.prefix, lo, hi) \
            != Status.NEGATED:
        # "X and Y held talks. The two presidents first spoke one-on-one": the manner of those talks -- not a
        # meeting denied ("... have spoken by phone, but have not met in person": an act of its own, negated)
        return []
    # "في ختام الزيارة", "during the talks": the noun is the event referred back to, already coded -- unless
    # it has a date of its own ("من خلال زيارته لمصر في عام 1996": a new visit)
    if trig.form.pos == "noun" and _inside_refers_back(doc, lex, trig) and not dates \
            and any(h.type == entry.type for h in history):
        return []
    if not dates and visit_named_by_place(doc, lex, trig, history) is not None:
        return []  # "خلال زيارة الرياض", "during the Riyadh visit": the visit to that state told before
    # "وجدد الرئيس خلال استقباله الوفد ...", "during their talks": an undated meeting or visit of its actor ("his",
    # a pronoun suffix) as the setting of another act is the one told before between these states
    if trig.form.pos == "noun" and entry.type == EventType.CONSULT and not dates and _possessed(doc, lex, trig) \
            and _after_setting_marker(doc, lex, trig) \
            and any(h.type == EventType.CONSULT and _countries(source + target) <= _countries(h.source + h.target)
                    for h in history):
        return []
    # "عقب إعلان قطع العلاقات", "after the severing of ties": an undated noun after a setting or cause marker
    # names an act of a type already told -- the same act, as a reference point
    if trig.form.pos == "noun" and not dates and not entry.independent and not entry.told_act \
            and _after_marker_word(doc, lex, trig) \
            and entry.type != EventType.CONSULT and any(h.type == entry.type and h.mode == entry.mode for h in history) \
            and not _new_agent(doc, lex, trig, source, history):
        return []
    # "احتجاجا على القصف", "ردا على الهجوم": an undated definite noun after a cause marker, with no actor of its
    # own right after it, points to an act the reader knows, not a new one between the main clause's parties
    if trig.form.pos == "noun" and not dates and _after_cause_marker(doc, lex, trig) and _definite_noun(doc, lex, trig) \
            and not any(trig.last < q.first <= trig.last + 2 for q in doc.actors):
        return []
    # "exchanged visits", "الزيارات المتبادلة": a generic plural without date or count is no event
    if not dates and trig.form.pos == "noun" and trig.form.plural and not any(_unit(q) == "count" for q in quantities):
        return []
    if trig.form.plural and dates and all(getattr(d.mention.value, "precision", None) == Precision.DECADE for d in dates) \
            and not any(_unit(q) == "count" for q in quantities):
        return []  # "visits and meetings in the seventies and eighties": a pattern, not events
    # a definite re-mention ("the visit", "هذه الزيارة") without a date of its own is the same event
    if not dates and not refers and trig.form.pos == "noun" and _is_anaphoric(doc, lex, trig) \
            and any(h.type == entry.type and (h.mode == entry.mode or entry.mode is None) for h in history) \
            and not _new_agent(doc, lex, trig, source, history) and not _dated_apart(doc, trig, entry.type, history):
        return []

    # "ووقع المذكرة عن الجانب التونسي وزير الخارجية": a verb whose object is the definite document of an act
    # already told, with no date of its own, names who did it, not a new act
    if not dates and trig.form.pos == "verb" and entry.requires and _definite_cue(doc, lex, trig) \
            and any(h.type == entry.type and h.mode == entry.mode for h in history):
        return []
    # "عقب إعلان قطع العلاقات": an undated definite noun after a setting word names an act already told
    if not dates and trig.form.pos == "noun" and lex.subject_after_verb and entry.type != EventType.CONSULT \
            and _after_setting_marker(doc, lex, trig) \
            and _definite_noun(doc, lex, trig) and any(h.type == entry.type and h.mode == entry.mode for h in history):
        return []
    # "عقب زيارة العام 2004", "after the 2004 visit": a dated reference to an event already coded
    if dates and trig.form.pos == "noun" and _after_setting_marker(doc, lex, trig) \
            and not _light_verb(doc, lex, trig) and _recorded(history, entry.type, entry.mode, dates):
        return []

    if not dates and trig.form.pos == "noun" and entry.type == EventType.CONSULT \
            and not years_later(doc, lex, trig, lo, hi, history) \
            and any(t.form.entry.type == entry.type and t.form.entry.mode == entry.mode
                    and _same_countries(h.source, source) for t in earlier_in_sentence
                    for h in history if h.trigger is t):
        return []  # "ويتوجه الرئيس إلى أديس أبابا، في أول زيارة ...": the noun names the same trip
    if trig.form.pos == "noun" and entry.type == EventType.CONSULT and _possessed_trip(doc, lex, trig) \
            and any(t.form.pos == "verb" and t.form.entry.type == entry.type and t.form.entry.mode == entry.mode
                    for t in earlier_in_sentence):
        return []  # "Lula, who stopped in Angola on his November tour": the trip told by the verb
    if entry.type == EventType.CONSULT and entry.frame == "host" and trig.form.pos == "verb" \
            and any(t.form.entry.type == EventType.CONSULT and t.form.entry.mode == entry.mode
                    and t.form.entry.frame != "host" for t in earlier_in_sentence) \
            and trig.last + 1 < len(doc.tokens) and doc.tokens[trig.last + 1].text in lex.passive_agent:
        return []  # "visited Mali on Thursday ... and was received by Goita": the same visit
    if entry.type == EventType.CONSULT and entry.frame == "host" and _non_state_guest(doc, lex, trig):
        return []  # "hosted the Polisario leader", "استقبال تبون زعيما معارضا": no state is received
    inherited: tuple[Mention, ...] = ()
    soon = shortly_after(doc, lex, trig, lo, hi, history)
    if soon is not None:
        dates, inherited = [], (soon,)
        rule += ":shortly-after"
    elif not dates:
        inherited = inherit_date(doc, lex, trig, earlier_in_sentence, history, refers, lo, hi,
                                  later_in_sentence or [], tuple(source) + tuple(target))
        if inherited:
            rule += ":date-inherited"
    etype, mode = (followed.type, followed.mode) if followed is not None \
        else (entry.type, entry.mode or (antecedent.form.entry.mode if antecedent else None))
    if any(t.form.entry.reciprocal and _named_measure(doc, lex, t, [trig]) is trig and any(h.trigger is t for h in history)
           for t in earlier_in_sentence):
        return []  # the act that names a "like measure" told just before: that measure, already drafted
    if entry.reciprocal:
        # "ولم تعلن باريس أي إجراء مماثل": the measure the other party took against this one, in return
        answered = _answered_act(history, source, target)
        if answered is None:
            return []
        etype, mode = answered.type, answered.mode
        named = _named_measure(doc, lex, trig, later_in_sentence or [])
        if named is not None:
            # "لن تتخذ إجراء مماثلا ولن تغلق أجواءها": the measure is the act the joined verb names (one act)
            etype, mode = named.form.entry.type, named.form.entry.mode
        if not target:
            target = list(answered.source)
        rule += ":reciprocal"
    if etype == EventType.CONSULT and status == Status.NEGATED and trig.form.pos == "verb" \
            and doc.cues(lex.planned_before, max(lo, trig.first - lex.negated_window - 1), trig.first):
        # "X will not negotiate with Y", "won't meet": a refusal to meet (CODING_GUIDE: reject ... a meeting)
        etype, mode, status = EventType.REJECT, "meet", Status.OCCURRED
        rule += ":refusal"
    if etype == EventType.THREATEN and status in (Status.PLANNED, Status.HYPOTHETICAL):
        # "would respond if attacked", "will bear all the consequences": the future or the condition is the
        # threat's content; the threat itself is made (CODING_GUIDE, decisions of 2026-12-02)
        status = Status.OCCURRED
        rule += ":threat-made"
    base = Draft(trig, etype, mode, status, tuple(source), tuple(target), (), (),
                  contexts, location, rule, refers)
    if entry.mode == "multilateral" and source and not target \
            and all(getattr(m.value, "kind", None) == ActorKind.ORGANISATION for m in source) \
            and not any(lo <= p.first < role_hi and getattr(p.mention.value, "kind", None) in _STATE_KINDS
                        and not located(doc, lex, p, lo) for p in doc.actors):
        # "عقدت الجامعة قمة طارئة": a meeting of the organisation itself, no other party (but "the Guinean
        # president could attend the AU summit" is a state at the summit)
        return []
    if not source and not target:
        # nothing to code unless the candidate refers back to an event whose actors we know, or goes
        # on from the event of the sentence before ("X held talks with Y. The ministers signed ...")
        # (a group subject alone, "the two sides", is a pair of parties too)
        follows = [h for h in history if h.trigger.sentence == trig.sentence - 1 and h.source
                   and (h.target or any(getattr(m.value, "kind", None) == ActorKind.GROUP for m in h.source))]
        if any(doc.tokens[k].text in lex.quantifiers for k in range(trig.last + 1, min(hi, trig.last + 3))):
            follows = []  # "ولم تعترف أي دولة": the subject is "any state", not the parties told before
        if follows and any(not entry.told_act or getattr(m.value, "kind", None) != ActorKind.GROUP
                           for side in assign_roles(doc, lex, trig.first, trig.last, trig.form.pos, entry.frame,
                                                    *doc.sentence_tokens[trig.sentence]) for m in side):
            # the sentence names its own actors, outside this clause -- for a document issued, not when they are
            # only "the leaders", "the two sides": its issuers, the parties told before ("In a joint statement
            # issued after the talks, the leaders agreed ...")
            follows = []
        if refers and history:
            prev = _referred(history) or last_of(history, EventType.CONSULT) or history[-1]
            base = replace(base, source=prev.source, target=prev.target)
        elif follows:
            prev = next((h for h in reversed(follows) if _two_states(h)), follows[-1])
            base = replace(base, source=prev.source, target=prev.target)
        elif entry.mode != "trade" or not dates:
            return []
        # else: a dated trade figure with no party named ("بلغ التبادل السلعي ... عام 2007"): the trade of the
        # article's main pair (resolve)

    if entry.mode == "trade" and len(dates) >= 2:
        # "reached $15 billion in 2023, the highest since 1971", "منذ عام 1971": a comparison, no period of trade
        stale = since_dates(doc, lex, dates)
        dates = [d for d in dates if d not in stale] or dates
    if len(dates) >= 2 and (trig.form.plural or entry.mode == "trade" or date_list(doc, lex, dates)
                            or _repeated_dates(doc, lex, dates)):
        out = []
        qs = [q for q in quantities if _unit(q) != "count"]
        paired = len(qs) == len(dates)
        for i, d in enumerate(dates):
            q = (qs[i].mention,) if paired else tuple(q.mention for q in quantities if _unit(q) != "count")
            out.append(replace(base, dates=(d.mention,), quantities=q, rule=rule + ":list"))
        return _per_target(trig, out, _subject_meets_each(doc, lex, trig, source, target))
    sums = _coordinated_sums(doc, lex, trig, quantities)
    if len(sums) >= 2:
        # "تعهد بتسريع صرف ثلاثة مليارات ...، وبتقديم ثلاثة مليارات أخرى", "pledged $1 billion in aid and a
        # further $500 million in loans": one pledge or gift per sum
        date_mentions = (min(dates, key=lambda d: abs(d.first - trig.last)).mention,) if dates else inherited
        own = _dates_of_sums(sums, dates)
        return [replace(base, dates=(own[i].mention,) if i in own else date_mentions, quantities=(q.mention,),
                        rule=rule + ":sums") for i, q in enumerate(sums)]
    if dates:
        # the date nearest the trigger, a following one first ("signed ... on Thursday")
        nearest = min(dates, key=lambda d: (d.first - trig.last if d.first > trig.last else 2 * (trig.first - d.last)))
        date_mentions: tuple[Mention, ...] = (nearest.mention,)
    else:
        date_mentions = inherited
    qty = tuple(q.mention for q in quantities)
    if _planned_today(doc, lex, trig, status, date_mentions):
        base = replace(base, status=Status.PLANNED)
    # "وقع البلدان في 1958 اتفاقية ...، ثم اتفاقية ثانية في 1960": a further object with a date of its own is
    # a further act of the same verb
    further = [replace(base, dates=(d.mention,), quantities=(), rule=rule + ":gapped")
               for d in _gapped_objects(doc, lex, trig, date_mentions, later_in_sentence or [])]
    return _per_target(trig, [replace(base, dates=date_mentions, quantities=qty), *further],
                       _subject_meets_each(doc, lex, trig, source, target))


_MONEY_ACTS = frozenset({EventType.AID, EventType.AGREE})


def _gapped_objects(doc: Doc, lex: Lexicon, trig: Trigger, own: tuple[Mention, ...],
                    later: list[Trigger]) -> list[Placed]:
    """The dates of the further objects of a verb told without repeating it ("signed a trade pact in 1990
    and a defence accord in 1995", "وقع ... اتفاقية في 1958، ثم اتفاقية ثانية في 1960"): after a conjunction,
    one of the verb's cue nouns followed closely by a date other than the verb's own. Only for a verb
    dated by its own clause, before any later verb of the sentence."""
    entry = trig.form.entry
    if trig.form.pos != "verb" or not entry.requires or len(own) != 1:
        return []
    own_at = next((d for d in doc.dates if d.mention is own[0]), None)
    first_cue = _nearest_cue(doc, trig.first, trig.last, entry.requires, entry.window, lex)
    if own_at is None or own_at.mention.sentence != trig.sentence or first_cue is None:
        return []
    end = min([t.first for t in later if t.form.pos == "verb" and t.first > trig.last]
              + [doc.sentence_tokens[trig.sentence][1]])
    start = max(own_at.last, first_cue[1]) + 1
    seen = {getattr(own_at.mention.value, "start", None)}
    out: list[Placed] = []
    k = start
    while k < end:
        word = doc.tokens[k].text
        joined = word in lex.conjunctions or word in lex.verb_coordinators
        # a conjunction standing alone ("and a defence accord", "ثم اتفاقية") may be followed by the cue a few
        # words on; one joined to a word ("واتفاقية") joins that word itself: "وبلغت الشراكة ذروتها في
        # الستينيات" is a new clause with a verb of its own, not a further object of the signing
        cue = next((j for j in range(k + 1 if joined else k, min(end, k + 4) if joined else k + 1)
                    if _is_cue_word(lex, doc.tokens[j].text, entry.requires)), None) \
            if joined or word[:1] in lex.conjunctions else None
        if cue is None:
            k += 1
            continue
        date = next((d for d in doc.dates if cue < d.first <= cue + 6 and d.last < end), None)
        value = getattr(date.mention.value, "start", None) if date is not None else None
        if date is not None and value and value not in seen:
            seen.add(value)
            out.append(date)
            k = date.last + 1
        else:
            k = cue + 1
    return out


def _is_cue_word(lex: Lexicon, word: str, cues: frozenset[str]) -> bool:
    """Is ``word`` (or the word less a proclitic) one of ``cues``?"""
    return word in cues or any(f in cues for f, _c in lex.clitics.prefix_forms(word))


def _coordinated_sums(doc: Doc, lex: Lexicon, trig: Trigger, quantities: list[Placed]) -> list[Placed]:
    """The sums of money of an aid or a pledge told one after the other, each after "and" (و): several
    gifts or pledges. A sum without a conjunction before it ("a package of 1 billion, including 500 million
    for ...") is part of the first."""
    if trig.form.entry.type not in _MONEY_ACTS:
        return []
    money = sorted((q for q in quantities if _is_money(_unit(q))), key=lambda q: q.first)
    if len(money) < 2 or money[0].first < trig.first:
        return []
    for prev, q in itertools.pairwise(money):
        # the conjunction stands just before the further sum ("and a further $500 million") or just after the
        # first ("lent $3 billion and extended an oil credit worth $3.2 billion")
        gap = [*range(max(prev.last + 1, q.first - 3), q.first), prev.last + 1]
        if not any(k < q.first and (doc.tokens[k].text in lex.conjunctions
                                    or (doc.tokens[k].text[:1] in lex.conjunctions and lex.subject_after_verb))
                   for k in gap):
            return []
    return money


def _dates_of_sums(sums: list[Placed], dates: list[Placed]) -> dict[int, Placed]:
    """"deposited $1 billion in October and another $1 billion in December": each date goes to the sum nearest
    it; when two sums or more get dates of their own, each such sum is dated by its own (else: none)."""
    own: dict[int, Placed] = {}
    for d in dates:
        i = min(range(len(sums)), key=lambda j: min(abs(d.first - sums[j].last), abs(sums[j].first - d.last)))
        if i not in own or abs(d.first - sums[i].last) < abs(own[i].first - sums[i].last):
            own[i] = d
    values = {getattr(d.mention.value, "start", None) for d in own.values()}
    return own if len(own) >= 2 and len(values) >= 2 else {}


def _is_money(unit: str) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper()  # ISO currency codes


def _antecedent(trig: Trigger, earlier: list[Trigger], history: list[Draft]) -> Trigger | None:
    """"قرض بقيمة مليار دولار يقدمه البنك ...": a verb whose object pronoun takes up a noun of the same kind
    just before it (a relative clause on an indefinite noun) tells that noun's event; the noun, left without
    an event of its own, gives the verb its figures and its kind."""
    if trig.form.pos != "verb" or not trig.match.suffix:
        return None
    for t in reversed(earlier):
        if t.form.pos == "noun" and t.form.entry.type == trig.form.entry.type and t.quantities \
                and 0 < trig.first - t.last <= 8 and not any(h.trigger is t for h in history):
            return t
    return None


def _referred(history: list[Draft]) -> Draft | None:
    """The meeting an undated act refers back to ("signed during the visit"): the last one told with a date
    of its own between two different states (not a re-mention whose parties were misread as one state)."""
    for h in reversed(history):
        if h.type == EventType.CONSULT and h.dates and ":date-inherited" not in h.rule and _two_states(h):
            return h
    return None


def _countries(ms: tuple[Mention, ...] | list[Mention]) -> set[str]:
    return {c for m in ms if isinstance(c := getattr(m.value, "country", None), str)}


def _two_states(d: Draft) -> bool:
    """Does the draft name parties of two different states (not one state read on both sides)?"""
    return len({getattr(m.value, "country", None) for m in d.source + d.target} - {None}) >= 2


def _additive(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Is the trigger introduced as one more act ("also signed", "has also agreed")?"""
    k = trig.first - 1
    while k >= 0 and k >= trig.first - 3 and doc.tokens[k].text in lex.preverbal \
            and doc.tokens[k].text not in lex.additive:
        k -= 1
    return k >= 0 and doc.tokens[k].text in lex.additive


def _adverbs_before(doc: Doc, lex: Lexicon, first: int, lo: int) -> tuple[int, bool, bool]:
    """The word before the auxiliaries and the adverb of time or sequence (roles.yaml ``joined_adverbs``) that
    stand before token ``first`` ("and has since expelled", "and later expelled", "ولاحقا طردت", "وفي وقت لاحق
    طردت"); whether an adverb was passed; whether the adverb carries a conjunction clitic ("ولاحقا")."""
    k = first - 1
    while k > lo and doc.tokens[k].text in lex.preverbal:
        k -= 1
    cue = next((c for c in doc.cues(lex.joined_adverbs, lo, k + 1) if c[1] == k), None) \
        if lex.joined_adverbs is not None else None
    if cue is None:
        return k, False, False
    head = doc.tokens[cue[0]].text
    clitic = head[:1] in lex.conjunctions and not str(cue[2]).startswith(head[:1])
    k = cue[0] - 1
    while k > lo and doc.tokens[k].text in lex.preverbal:
        k -= 1
    return k, True, clitic


def _joined_past_adverbs(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """A verb joined to the one before past auxiliaries and an adverb of time ("recalled its ambassador and
    later expelled ...", "and has since closed", "and also signed", "ولاحقا طردت"): it shares that verb's
    subject as if "and" stood right before it."""
    lo = doc.sentence_tokens[trig.sentence][0]
    k, adverb, clitic = _adverbs_before(doc, lex, trig.first, lo)
    if k >= trig.first - 1 and not adverb:
        return False
    return clitic or (k >= lo and (doc.tokens[k].text in lex.conjunctions or doc.tokens[k].text in lex.verb_coordinators))


def _successive(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Is the verb told as the next step after another act ("then tightened", "ثم شددت", "before expelling",
    "and later expelled")?"""
    if trig.form.pos != "verb":
        return False
    if _adverbs_before(doc, lex, trig.first, doc.sentence_tokens[trig.sentence][0])[1] \
            and _joined_past_adverbs(doc, lex, trig):
        return True
    k = trig.first - 1
    while k >= 0 and k >= trig.first - 3 and doc.sentence_of_token[k] == trig.sentence:
        if doc.tokens[k].text in lex.verb_coordinators:
            return True
        if doc.tokens[k].text not in lex.preverbal:
            return False
        k -= 1
    return False


def _subject_before_relative(doc: Doc, lex: Lexicon, trig: Trigger, lo: int,
                             target: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"Russia, which denies any involvement, ordered 23 British diplomats to leave": after a relative clause
    closed by a comma, the verb's subject is the actor the relative clause describes."""
    folded = doc.text.folded
    if lo == 0 or doc.tokens[lo].text not in lex.relative_pronouns \
            or "," not in folded[doc.tokens[lo].end:doc.tokens[trig.first].start] \
            or "," not in folded[doc.tokens[lo - 1].end:doc.tokens[lo].start]:
        return [], target
    head = next((p for p in doc.actors if p.last == lo - 1), None)
    if head is None:
        return [], target
    country = getattr(head.mention.value, "country", None)
    return [head.mention], [m for m in target if getattr(m.value, "country", None) != country]


def _dated_apart(doc: Doc, trig: Trigger, etype: EventType, history: list[Draft]) -> bool:
    """Is the sentence of a definite noun dated by an earlier act of its own to a time none of the acts of that
    type told before has ("The deal revives an arrangement struck in 2018, when Riyadh lent ... shortly after
    Khan's first trip to the kingdom" after a trip of last weekend): then the noun is another act, not a
    re-mention. A date counted from publication ("on Tuesday") stands for the publication year."""
    published = (doc.text.article.published or "")[:4]
    own = {s for h in history if h.trigger.sentence == trig.sentence and ":date-inherited" not in h.rule
           for m in h.dates if isinstance(s := getattr(m.value, "start", None), str)}
    told = {s if isinstance(s := getattr(m.value, "start", None), str) else published
            for h in history if h.type == etype and h.trigger.sentence != trig.sentence for m in h.dates} - {""}
    return bool(own) and bool(told) and not any(a[:min(len(a), len(b))] == b[:min(len(a), len(b))]
                                                for a in own for b in told)


def _relative_subject(doc: Doc, lex: Lexicon, trig: Trigger, lo: int,
                      target: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"... بحضور الرئيس السوفيتي نيكولاي بودغورني، الذي وصل إلى أسوان", "Podgorny, who had arrived in Aswan":
    a verb opening a relative clause, with no subject of its own, has the actor the relative pronoun follows --
    for a trip or an act on another party (a two-sided act needs both parties: "the minister who signed the
    final statement" of a summit names one)."""
    if trig.form.entry.frame not in ("visit", "directed") or doc.tokens[lo].text not in lex.relative_pronouns or lo == 0 \
            or not all(doc.tokens[k].text in lex.preverbal for k in range(lo + 1, trig.first)):
        return [], target
    head = next((p for p in doc.actors if p.last == lo - 1), None)
    if head is None or getattr(head.mention.value, "country", None) is None:
        return [], target
    country = getattr(head.mention.value, "country", None)
    return [head.mention], [m for m in target if getattr(m.value, "country", None) != country]


def _possessed_object(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """"received the Algerian envoy's request", "received Sudan's offer": a verb of hosting whose object is the
    possessor of a noun after it (a subject-first language) receives a thing, not a guest."""
    if trig.form.pos != "verb" or lex.subject_after_verb or not lex.possessive_suffixes:
        return False
    k = trig.last + 1
    while k < len(doc.tokens) and doc.tokens[k].text in lex.determiners:
        k += 1
    owner = next((p for p in doc.actors if p.first == k), None)
    if owner is None:
        return False
    # the possessive on the actor or on its noun ("the Algerian envoy's"), then a noun of an act (a request, an offer)
    j = next((j for j in range(owner.last, min(owner.last + 2, len(doc.tokens) - 1))
              if doc.tokens[j].text.endswith(lex.possessive_suffixes)), None)
    return j is not None and not doc.in_mention(j + 1) \
        and any(m.payload.pos == "noun" for m in lex.triggers.find_at(doc.tokens, j + 1))


def _separate_partners(doc: Doc, lex: Lexicon, target: list[Mention]) -> bool:
    """Are two or more partners each introduced by a preposition of its own ("with Yoon and with Kishida",
    "مع يون ومع كيشيدا")? With no subject named they are partners of someone else, not parties to each other."""
    placed = [p for m in target for p in doc.actors if p.mention.span == m.span]
    return len(placed) >= 2 and len({getattr(p.mention.value, "country", None) for p in placed}) >= 2 \
        and all(marked(doc, lex, p, doc.sentence_tokens[p.mention.sentence][0]) for p in placed)


def _followed(trig: Trigger, history: list[Draft]) -> Draft | None:
    """The act that "X followed suit" / "X did the same" repeats: the last one told, in this sentence or
    the two before, with a target."""
    prev = [h for h in history if h.target and 0 <= trig.sentence - h.trigger.sentence <= 2
            and (h.trigger.sentence < trig.sentence or h.trigger.first < trig.first)]
    return prev[-1] if prev else None


def _continued_target(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int, followed: Draft | None,
                      earlier: list[Trigger], later: list[Trigger], history: list[Draft], source: list[Mention],
                      target: list[Mention]) -> list[Mention]:
    """A directed act with no target of its own continues the target of the same kind of act told just before:
    one more state taking the same step against the same party. The target lent is that act's, less the
    states of this act's own actor; only an act done to a party lends it (a signing between two states is
    no act on either of them). Tried in turn:

    - a verb, states acting in turn ("Germany and France expelled four Russian diplomats each, Canada
      expelled four, and Ukraine ordered out 13"; "Saudi Arabia broke off relations with Iran. ... Kuwait
      recalled its ambassador"): the last directed act of the same type with an actor, in this sentence or
      the two before; "X followed suit" repeats the act it follows, whatever its frame. A state named in
      the clause that is only the actor of another act of the type in the sentence (told before, or the
      subject of a later verb of it) is no target of this one;
    - verb first ("استدعت روسيا سفيريها لدى واشنطن ولندن ...، فيما وصف الكرملين العملية بأنها انتهاك"): an act
      by the state that acted earlier in the sentence, whatever the type, is aimed at that act's target;
    - by a state, not a group ("Japan froze its aid to India. Germany suspended talks on assistance."), a
      noun too: the last directed act of the type with a target in this sentence or the two before, unless
      that target is a group or the actor's own state; an attack on, or aid to, a place named in the
      clause (_place_target) goes there first."""
    entry = trig.form.entry
    if not source:
        return target
    own = _countries(source)
    if trig.form.pos == "verb" and (entry.frame == "directed" or followed is not None):
        etype = followed.type if followed is not None else entry.type
        named = _countries(target)
        if target:
            actors = _countries([m for h in history if h.type == etype and h.trigger.sentence == trig.sentence
                                 for m in h.source])
            # the subject of a later verb of the same type ("..., Canada expelled four, and Ukraine ordered out")
            for t in later:
                if t.form.entry.type != etype or t.form.pos != "verb":
                    continue
                actors |= _countries([p.mention for p in doc.actors if trig.last < p.first and p.last < t.first
                                      and all(doc.tokens[k].text in lex.preverbal for k in range(p.last + 1, t.first))
                                      and "," not in doc.text.folded[doc.tokens[p.last].end:doc.tokens[t.first].start]])
        if not target or (named and named <= actors):
            prev = followed or next((h for h in reversed(history) if h.type == etype and h.target and h.source
                                     and h.trigger.form.entry.frame == "directed"
                                     and 0 <= trig.sentence - h.trigger.sentence <= 2), None)
            target = [m for m in prev.target if getattr(m.value, "country", None) not in own] if prev else []
    if target or entry.frame != "directed":
        return target
    if lex.subject_after_verb:
        same = next((h for h in reversed([h for h in history if any(h.trigger is t for t in earlier)])
                     if h.target and own & _countries(h.source)), None)
        if same is not None and (inherited := [m for m in same.target
                                               if getattr(m.value, "country", None) not in own]):
            return inherited
    if any(getattr(m.value, "kind", None) == ActorKind.GROUP for m in source) \
            or (entry.type in _AT_A_PLACE and _place_target(doc, lex, trig, lo, hi, source)):
        return []
    recent = [h for h in history if h.type == entry.type and h.target
              and h.trigger.form.entry.frame == "directed" and 0 <= trig.sentence - h.trigger.sentence <= 2]
    if not recent or own & _countries(recent[-1].target) \
            or any(getattr(m.value, "kind", None) == ActorKind.GROUP for m in recent[-1].target):
        return []
    return list(recent[-1].target)


def _reaction_target(doc: Doc, lex: Lexicon, trig: Trigger, history: list[Draft], source: list[Mention],
                     target: list[Mention]) -> list[Mention]:
    """The target of a condemnation, protest or rejection of an act told before is whoever did that act (never
    the reacting state itself). Tried in turn, the first two over any target found in the clause:

    - "China hit back, rejecting the complaint": a rejection of an accusation or demand made against its
      actor in the two sentences before answers whoever made it;
    - "North Korea launched a rocket. Japan condemned the launch as a violation of UN resolutions": a
      condemnation of a bare definite noun (no agent or target after it) is aimed at the actor of the act
      told in the sentence before, else at the first state named there;
    - "Egypt sent two arms shipments to Mogadishu. Addis Ababa condemned the shipments": with no target
      found otherwise, a reaction by a state (not a group) to a definite thing answers the act told in the
      sentence before, when that act was done to a party (criticising a deal between two parties is
      directed at neither) and all its actors are states other than the reacting one.

    A condemned act named by an event noun ("دان الغزو", "condemned the invasion") is _object_event_agent's."""
    etype = trig.form.entry.type
    if not source:
        return target
    own = _countries(source)
    k = trig.last + 1
    if etype == EventType.REJECT and lex.reply_objects:
        while k < len(doc.tokens) and doc.tokens[k].text in lex.determiners:
            k += 1
        if k < len(doc.tokens) and doc.tokens[k].text in lex.reply_objects:
            for h in reversed(history):
                if trig.sentence - h.trigger.sentence > 2:
                    break
                if h.type in (EventType.ACCUSE, EventType.REQUEST) and h.source and own & _countries(h.target):
                    return list(h.source)
    if etype == EventType.ACCUSE and trig.form.pos == "verb" and lex.object_anaphors \
            and _bare_definite_object(doc, lex, trig):
        told = _object_event_agent(doc, lex, trig, trig.last + 3, source, history, window=10)
        if told:
            # "Mali expelled the ambassador. ... The EU condemned the expulsion": the latest act of that kind
            # told in the article (as a bare definite noun it is the one the article is about), not whatever
            # the sentence before tells
            return told
        s_lo = doc.sentence_tokens[trig.sentence][0]
        lo, _ = clause_bounds(doc, lex, trig.first, trig.last)
        heads = [p for p in doc.actors if s_lo <= p.first < lo and _eligible_head(doc, lex, p, s_lo)]
        if heads and getattr(heads[0].mention.value, "country", None) not in own:
            # "Maduro orders licences in Essequibo; Ali denounces the move": the subject of the clause before,
            # in the same sentence, did the act condemned
            return [heads[0].mention]
        s = trig.sentence - 1
        for h in reversed(history):
            if h.trigger.sentence < s:
                break
            if h.trigger.sentence == s and h.source and not own & _countries(h.source):
                return list(h.source)
        if s >= 0:
            lo = doc.sentence_tokens[s][0]
            for p in doc.actors:
                if p.mention.sentence == s and getattr(p.mention.value, "country", None) not in own | {None} \
                        and not (doc.dateline is not None and doc.dateline.contains(p.mention.span)) \
                        and not marked(doc, lex, p, lo) and not located(doc, lex, p, lo):
                    return [p.mention]
    if target or etype not in _REACTIONS or trig.form.entry.frame != "directed" \
            or any(getattr(m.value, "kind", None) == ActorKind.GROUP for m in source) \
            or not _definite_object(doc, lex, trig):
        return target
    prev = next((h for h in reversed(history) if h.source and h.trigger.sentence == trig.sentence - 1), None)
    if prev is None or prev.trigger.form.entry.frame != "directed":
        return []
    theirs = [m for m in prev.source if getattr(m.value, "kind", None) != ActorKind.GROUP
              and getattr(m.value, "country", None) not in own]
    return theirs if len(theirs) == len(prev.source) else []


def _eligible_head(doc: Doc, lex: Lexicon, p: Placed, lo: int) -> bool:
    """Could the mention be the subject of a clause starting at ``lo`` (a state, no preposition before it)?"""
    return getattr(p.mention.value, "country", None) is not None \
        and not (doc.dateline is not None and doc.dateline.contains(p.mention.span)) \
        and not marked(doc, lex, p, lo) and not located(doc, lex, p, lo)


def _bare_definite_object(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """"condemned the launch": an object anaphor then a noun that names no party ("the attack on Syria",
    "the strikes by Israel" name their own)."""
    k = trig.last + 1
    if k + 1 >= len(doc.tokens) or doc.tokens[k].text not in lex.object_anaphors \
            or doc.in_mention(k + 1) or doc.in_mention(k):
        return False
    nxt = doc.tokens[k + 2].text if k + 2 < len(doc.tokens) else ""
    return not (nxt in lex.agent_preps or nxt in lex.target_preps
                or (k + 2 < len(doc.tokens) and doc.in_mention(k + 2)))


def _before_modifiers(doc: Doc, first: int, lo: int) -> int:
    """The token before the noun at ``first`` past the dates and adjectives of nationality that modify it
    ("his November tour", "the Soviet leader's American tour"), not before ``lo``."""
    k = first - 1
    while k > lo and (any(d.first <= k <= d.last for d in doc.dates)
                      or any(p.first <= k <= p.last and getattr(p.mention.value, "kind", None) == ActorKind.DEMONYM
                             for p in doc.actors)):
        k -= 1
    return k


def _possessed_trip(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Does a possessive determiner ("his", past a date or an adjective of nationality) open the noun?"""
    lo = doc.sentence_tokens[trig.sentence][0]
    k = _before_modifiers(doc, trig.first, lo)
    return k >= lo and doc.tokens[k].text in lex.possessive_determiners


def _possessed(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Does a possessive pronoun go with the noun ("استقباله", "his talks")?"""
    return bool(trig.match.suffix) or _possessed_trip(doc, lex, trig)


def _object_event_agent(doc: Doc, lex: Lexicon, trig: Trigger, hi: int, source: list[Mention],
                        history: list[Draft], window: int = 3) -> list[Mention]:
    """"دان الغزو", "condemned the invasion": with no party in its clause, a condemned act named by an event
    noun is that act as told shortly before; whoever did it is the target (not the condemner itself). Part
    of the rule of _reaction_target, but tried before _continued_target, which may still overrule it (the
    agent is itself an accuser in the sentence), and only when the clause names no target."""
    own = {getattr(m.value, "country", None) for m in source}
    words = [k for k in range(trig.last + 1, min(hi, len(doc.tokens))) if not doc.in_mention(k)][:3]
    for k in words:  # the object, past a subject placed after the verb
        kinds = [frozenset({m.payload.entry.type}) for m in lex.triggers.find_at(doc.tokens, k) if m.payload.pos == "noun"]
        # "condemned the raid" after "police forced their way into the embassy": a noun of force (roles.yaml
        # ``reacted_acts``) names an act of any of its types told before
        acts = next((lex.reacted_acts[f] for f, _c in lex.clitics.prefix_forms(doc.tokens[k].text)
                     if f in lex.reacted_acts), None)
        for types in [*kinds, *([acts] if acts else [])]:
            told = [h for h in history if h.type in types and h.source
                    and 0 <= trig.sentence - h.trigger.sentence <= window
                    and not own & {getattr(x.value, "country", None) for x in h.source}]
            if told:
                return list(told[-1].source)
    return []


def _stateless_partner(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int, target: list[Mention]) -> bool:
    """Is the partner of a two-sided act ("with", "مع") a place no state code stands for (a self-declared
    region), named before any other party?"""
    for p in doc.places:
        if any(m.span.start < p.mention.span.start for m in target):
            continue
        if not (lo <= p.first < hi and 0 < p.first - trig.last <= 6 and getattr(p.mention.value, "country", None) is None):
            continue
        k = p.first - 1
        if k > lo and doc.tokens[k].text in lex.place_nouns:
            k -= 1  # "مع إقليم أرض الصومال"
        if marked(doc, lex, p, lo) or (k >= lo and any(f in lex.target_preps for f, _c in lex.clitics.prefix_forms(
                doc.tokens[k].text))):
            return True
    return False


def _planned_today(doc: Doc, lex: Lexicon, trig: Trigger, status: object, dates: tuple[Mention, ...]) -> bool:
    """"ويتوجه الرئيس اليوم إلى ...": a trip in the present tense dated today is about to happen."""
    if status != Status.OCCURRED or trig.form.pos != "verb" or not dates or not lex.today_words:
        return False
    word = doc.tokens[trig.first].text
    if not {f for f, _ in lex.clitics.prefix_forms(word)} & lex.planned_today_verbs:
        return False
    return fold_phrase(dates[0].text).startswith(lex.today_words)


def _per_target(trig: Trigger, drafts: list[Draft], each: bool = False) -> list[Draft]:
    """"two calls, with A and with B" / "اتصالين هاتفيين بـA وB": a plural trigger with one actor and
    several parties is one bilateral event with each party, not a meeting of all. So are talks or calls of
    one named subject with several others ("X met Y and Z", "التقى X كلا من Y وZ"): the subject's talks with
    each (a meeting of all names them all as its subject, or "between" them)."""
    if not trig.form.plural and not each:
        return drafts
    out = []
    for d in drafts:
        if len(d.source) == 1 and len(d.target) >= 2 and d.source[0] not in d.target:
            out.extend(replace(d, target=(t,)) for t in d.target)
        else:
            out.append(d)
    return out


def _subject_meets_each(doc: Doc, lex: Lexicon, trig: Trigger, source: list[Mention], target: list[Mention]) -> bool:
    """Talks or a call of one named subject with two or more others named after it ("X met Y and Z",
    "التقى X أمس كلا من Y وZ") -- not talks "between" them all, nor a meeting of parties named together
    ("the leaders of X, Y and Z met")."""
    entry = trig.form.entry
    if entry.type != EventType.CONSULT or entry.mode not in ("meet", "phone") or len(source) != 1 \
            or len({getattr(m.value, "country", None) for m in target} - {None}) < 2 \
            or any(m.span.start < source[0].span.end for m in target) \
            or any(m.rule.endswith(":participant") for m in target):
        return False  # "... بمشاركة ولي العهد السعودي": a participant makes it one meeting of all
    first = min(m.span.start for m in target)
    gap = [t.text for t in doc.tokens if source[0].span.end <= t.start and t.end <= first]
    if all(w in lex.conjunctions for w in gap):
        return False  # the parties are one coordinated subject
    return not any(t.text in lex.between for t in doc.tokens
                   if min(trig.span.start, source[0].span.start) <= t.start < first)


def _dropped_subject(lex: Lexicon, trig: Trigger, earlier: list[Trigger], history: list[Draft],
                     target: list[Mention]) -> list[Mention]:
    """A verb with no subject of its own but an object (Arabic drops a pronoun subject: "في إطار جولة
    يتوجه بعدها إلى طهران") has the actor of the previous event of its sentence."""
    if trig.form.pos != "verb" or not target or not earlier or not lex.subject_after_verb:
        return []
    drafted = [h for h in history if h.trigger in earlier and h.source]
    if not drafted:
        return []
    prev = list(drafted[-1].source)
    countries = {getattr(m.value, "country", None) for m in target}
    return [] if any(getattr(m.value, "country", None) in countries for m in prev) else prev


def _joined_after_comma(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    """Does verb ``t`` open a clause joined after a comma ("، ودعت", "، ثم زار")?"""
    if t.first == 0 or "," not in doc.text.folded[doc.tokens[t.first - 1].end:doc.tokens[t.first].start + 1]:
        return False
    return t.match.prefix[:1] in lex.conjunctions or doc.tokens[t.first].text[:1] in lex.conjunctions


def _later_subject(doc: Doc, lex: Lexicon, t: Trigger) -> int:
    """Start of the subject of verb ``t`` when it opens a clause of its own (after a comma or a conjunction,
    only auxiliaries before the verb), else a large number."""
    k = t.first - 1
    while k > 0 and doc.tokens[k].text in lex.preverbal:
        k -= 1
    p = next((a for a in doc.actors if a.last == k), None)
    if p is None or p.first == 0:
        return len(doc.tokens)
    prev = doc.tokens[p.first - 1]
    if prev.text in lex.conjunctions or "," in doc.text.folded[prev.end:doc.tokens[p.first].start]:
        return p.first
    return len(doc.tokens)


def _elaborating_verb(doc: Doc, lex: Lexicon, trig: Trigger, earlier: list[Trigger], history: list[Draft],
                      source: list[Mention], target: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"وصل بوتين إلى القاهرة قادما من أنقرة، حيث التقى أردوغان": a verb right after a word pointing back
    (حيث "where", خلالها "during it") with its subject dropped goes on with the actor of the event before it
    in the sentence; the actor named after the verb is its object."""
    after = trig.last + 1 < len(doc.tokens) and trig.form.entry.mode == "meet" \
        and bool({f for f, _ in lex.clitics.prefix_forms(doc.tokens[trig.last + 1].text)} & lex.elaborates)
    if trig.form.pos != "verb" or not lex.subject_after_verb or not source or trig.first == 0 \
            or not ({f for f, _ in lex.clitics.prefix_forms(doc.tokens[trig.first - 1].text)} & lex.elaborates
                    or after):  # "والتقى خلالها الأسد": a meeting verb with the word after it
        return source, target
    if trig.form.entry.type != EventType.CONSULT:
        # only talks go on with the visitor ("حيث التقى أردوغان"); after "حيث أرسلت موسكو خبراء" the actor named
        # is the verb's own subject, and in "حيث أرسل آلاف الخبراء السوفيت" the giver of the aid
        return source, target
    named = {getattr(m.value, "country", None) for m in source} - {None}
    if len(named) != 1:
        return source, target  # "التي وقعت خلالها مصر والأردن": the parties are named after the verb
    prev = [h for h in history if h.trigger in earlier and h.source]
    if not prev or any(m.span.start < trig.span.start for m in source):
        return source, target
    actor = list(prev[-1].source)
    countries = {getattr(m.value, "country", None) for m in actor} - {None}
    if not countries or countries & named:
        return source, target
    return actor, list(source)


def _definite_object(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Does a definite noun follow the trigger ("condemned the shipments", "ونددت ... بالشحنات")?"""
    k = trig.last + 1
    while k < len(doc.tokens) and doc.in_mention(k) and lex.subject_after_verb:
        k += 1  # "ونددت أديس أبابا بالشحنات": past the subject after the verb
    if k >= len(doc.tokens) or doc.in_mention(k):
        return False
    word = doc.tokens[k].text
    if word in lex.anaphoric:
        return True
    return bool(lex.definite_articles) and any(c.endswith(lex.definite_articles) or f.startswith(lex.definite_articles)
                                               for f, c in lex.clitics.prefix_forms(word))


def _continued_parties(lex: Lexicon, trig: Trigger, earlier: list[Trigger],
                       history: list[Draft]) -> tuple[list[Mention], list[Mention]]:
    if (trig.form.pos != "verb" and not trig.form.entry.independent) or not earlier or not lex.subject_after_verb:
        return [], []
    drafted = [h for h in history if h.trigger in earlier and h.source and h.target]
    return (list(drafted[-1].source), list(drafted[-1].target)) if drafted else ([], [])


_PLACES = (ActorKind.COUNTRY, ActorKind.CAPITAL)
# acts that answer another act: without a party of their own, they are directed at the actor of the act before
_REACTIONS = frozenset({EventType.ACCUSE, EventType.PROTEST, EventType.REJECT})
_STATE_KINDS = (ActorKind.COUNTRY, ActorKind.CAPITAL, ActorKind.DEMONYM, ActorKind.PERSON, ActorKind.TITLE)


def _definite_cue(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Is the trigger's nearest cue word after it definite ("المذكرة", "الاتفاقية")?"""
    e = trig.form.entry
    cue = _nearest_cue(doc, trig.first, trig.last, e.requires, e.window, lex)
    if cue is None or cue[1] <= trig.last or not lex.definite_articles:
        return False
    word = doc.tokens[cue[1]].text
    if word[:1] in lex.conjunctions and word[1:].startswith(lex.definite_articles):
        word = word[1:]
    return word.startswith(lex.definite_articles)


def _participants(doc: Doc, lex: Lexicon, trig: Trigger, hi: int) -> list[Mention]:
    """"التقى ترامب الشرع، بمشاركة ولي العهد السعودي": the actors a participation marker names after the
    trigger, in its clause, take part in the meeting."""
    if lex.participation is None or not lex.participation.size:
        return []
    out: list[Mention] = []
    for _a, b, _p in doc.cues(lex.participation, trig.last + 1, hi):
        nxt = next((p for p in doc.actors if p.first > b), None)
        if nxt is None or nxt.first - b > 2 or nxt.first >= hi or getattr(nxt.mention.value, "country", None) is None:
            continue
        out.extend(replace(p.mention, rule=f"{p.mention.rule}:participant") for p in coordinated(doc, lex, nxt))
    return out


def _place_target(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int, source: list[Mention]) -> list[Mention]:
    """"شنت إسرائيل غارات على غزة", "strikes on the Sinai", "قافلة مساعدات الى غزة": with no state named as its
    target, an attack on, or aid sent to, a place of the knowledge base (after a recipient preposition; for an
    attack also where it happened) is aimed at the state it lies in. The place may stand past a time phrase
    that cut the clause ("منذ السابع من أكتوبر"), up to the first comma."""
    own = {getattr(m.value, "country", None) for m in source}
    end = doc.sentence_tokens[trig.sentence][1]
    folded = doc.text.folded
    end = next((k for k in range(trig.last + 1, end) if "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start]),
               end)
    attack = trig.form.entry.type == EventType.ASSAULT
    for p in doc.places:
        country = getattr(p.mention.value, "country", None)
        if trig.last < p.first < max(hi, end) and country and country not in own \
                and (marked(doc, lex, p, trig.last + 1) or (attack and p.first < hi and located(doc, lex, p, lo))):
            ref = ActorRef(ActorKind.COUNTRY, country, via="place")
            return [Mention(MentionKind.ACTOR, p.mention.span, p.mention.sentence, ref, f"{RULE}:place-target",
                            p.mention.text)]
    return []


def _named_measure(doc: Doc, lex: Lexicon, trig: Trigger, later: list[Trigger]) -> Trigger | None:
    """The verb joined right after a "like measure" that names that measure ("ردت بالمثل وطردت ...", "لن تتخذ
    إجراء مماثلا ولن تغلق ..."): a directed act of the same kind, after a conjunction, a few words on."""
    entry = trig.form.entry
    cue = _nearest_cue(doc, trig.first, trig.last, entry.requires, entry.window, lex)
    end = max(trig.last, cue[1]) if cue else trig.last
    for t in later:
        e = t.form.entry
        if t.form.pos != "verb" or e.reciprocal or e.frame != "directed" or e.type != entry.type \
                or not 0 < t.first - end <= 4:
            continue
        k = t.first - 1
        while k > end and doc.tokens[k].text in lex.preverbal:
            k -= 1
        word = doc.tokens[k].text
        if (k > end and (word in lex.conjunctions or word[:1] in lex.conjunctions)) \
                or t.match.prefix[:1] in lex.conjunctions:
            return t
    return None


def _answered_act(history: list[Draft], source: list[Mention], target: list[Mention]) -> Draft | None:
    """The latest act taken against the source of a reciprocal measure (by its target, when named)."""
    own = {getattr(m.value, "country", None) for m in source} - {None}
    other = {getattr(m.value, "country", None) for m in target} - {None}
    for h in reversed(history):
        acted_on = {getattr(m.value, "country", None) for m in h.target}
        actor = {getattr(m.value, "country", None) for m in h.source}
        if own & acted_on and (not other or other & actor) and not own & actor:
            return h
    return None


def _coordinated_subject(doc: Doc, lex: Lexicon, trig: Trigger, earlier: list[Trigger], history: list[Draft],
                         source: list[Mention], target: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A verb joined to an earlier verb of the sentence ("visited Moscow and signed ...", "زار ... ووقع")
    shares that verb's subject; the words in between are its objects, not its subject."""
    if not earlier or trig.form.pos != "verb":
        return source, target
    prev_tok = doc.tokens[trig.first - 1].text if trig.first > 0 else ""
    joined = prev_tok in lex.conjunctions or prev_tok in lex.verb_coordinators \
        or (trig.match.prefix[:1] in lex.conjunctions and trig.match.prefix != "") \
        or _joined_past_adverbs(doc, lex, trig)
    word = doc.tokens[trig.first].text
    comma = "," in doc.text.folded[doc.tokens[max(trig.first - 1, 0)].start:doc.tokens[trig.first].start + 1]
    # ... or after a subordinator with no subject of its own ("cut ties with Qatar after accusing it of ...")
    participle = (any(word.endswith(x) and len(word) > len(x) + 2 for x in lex.participle_suffixes)
                  or word in lex.participles) and (comma or (prev_tok in lex.fronted_subordinators
                                                             and not lex.subject_after_verb))
    circumstantial = participle
    # "شكوى ...، طالبت فيها المجلس": a verb with a resumptive pronoun tells what the document's author does
    participle = participle or (comma and trig.last + 1 < len(doc.tokens)
                                and doc.tokens[trig.last + 1].text in lex.resumptive)
    if not (joined or participle):
        return source, target
    lo, _hi = clause_bounds(doc, lex, trig.first, trig.last)
    if lo > 0 and earlier[-1].first < lo and "," in doc.text.folded[doc.tokens[lo - 1].end:doc.tokens[lo].start] \
            and any(doc.tokens[lo + 1].start <= m.span.start < doc.tokens[min(lo + 3, trig.first)].start
                    for m in source):
        # "Brazil condemned the raid, while Nicaragua went further and severed ties": the joined verb's own clause,
        # set off by a comma, names its subject right after the word that opens it
        return source, target
    # a participle shares the subject of the main act -- the last verb ("وأكد المجلس دعمه ...، مطالبا"), not a
    # noun nor a past act named on the way ("الموقع في 2015")
    main = ([t for t in earlier if not t.form.entry.independent] if participle and not joined else []) or earlier
    if circumstantial and not joined and lex.subject_after_verb and all(t.form.pos == "noun" and not t.match.suffix
                                                                    for t in main):
        # "وأكد الرئيس أن إثيوبيا تتحمل مسؤولية فشل المفاوضات، مطالبا": with no verb or possessed noun before it,
        # the participle's subject is the main clause's own (found by the roles), not the party of a noun
        return source, target
    ref = next((t for t in reversed(main) if t.form.pos == "verb"), main[-1]) if participle and not joined \
        else main[-1]
    drafted = [h for h in history if h.trigger is ref and h.source]
    if not drafted and joined and lex.subject_after_verb:
        # "أعربت الخارجية السورية عن أسفها للغارات التي استهدفت ...، ودعت عمّان": past a relative verb with
        # no party of its own, the joined verb goes on with the latest act that has one
        drafted = next(([h for h in history if h.trigger is t and h.source] for t in reversed(main)
                        if any(h.trigger is t and h.source for h in history)), [])
    if not drafted:
        return source, target
    prev = drafted[-1]
    # a verb with a subject of its own ("وزار بوتين ...") keeps it; a "subject" standing between the
    # two verbs is the first verb's object ("visited Moscow and signed")
    # (nor is an actor before the first verb, whose subject the first verb already has: "Xi's trip came
    # after Biden visited Hanoi and raised relations with Vietnam")
    own = [m for m in source if not (earlier[-1].span.end <= m.span.start < trig.span.start)
           and not (joined and m.span.start < earlier[-1].span.start and m not in prev.source)]
    if participle and not joined and lex.subject_after_verb:
        # "، متهما السلطات الجزائرية": a participle has no subject of its own; what follows is its object
        objects = [m for m in source + target if m.span.start > trig.span.start and m not in prev.source]
        return list(prev.source), objects or [m for m in target if m not in prev.source] or list(prev.target)
    if participle and not joined and not comma and prev.target and trig.last + 1 < len(doc.tokens) \
            and doc.tokens[trig.last + 1].text in lex.state_pronouns:
        # "cancelled their agreements with Iran after accusing it of supplying missiles to Russia": "it" right after
        # the participle is the main act's target, not a state named in what it is accused of
        return list(prev.source), list(prev.target)
    people = (ActorKind.PERSON, ActorKind.TITLE)
    if own and trig.form.entry.frame == "visit" and all(getattr(m.value, "kind", None) in _PLACES for m in own) \
            and any(getattr(m.value, "kind", None) in people for m in prev.source):
        # "قام مبارك بزيارة لموسكو ثم زار روسيا": a country after a joined visit verb is where he went
        return list(prev.source), [m for m in source + target if m not in prev.source]
    if own and (trig.form.entry.type == EventType.REQUEST
                or (trig.form.entry.type == EventType.ACCUSE and trig.form.entry.mode == "allege")) \
            and all(_addressed(doc, lex, m) for m in own):
        # "أعربت الخارجية السورية عن أسفها ... ودعت عمّان إلى": the state after the joined verb is the one asked
        # (a state inside what is asked, "إلى احترام سيادة الكويت", is not asked); "انتقد الوزير الخطوة، واتهم موسكو
        # باستهداف ...": the one accused of something
        return list(prev.source), own + [m for m in target if m not in own and _addressed(doc, lex, m)
                                         and m.span.start > trig.span.start]
    if own and joined and lex.subject_after_verb and trig.form.entry.type == EventType.CONSULT \
            and trig.form.entry.frame == "symmetric" and all(getattr(m.value, "kind", None) in people for m in own) \
            and not _countries(own) & _countries(prev.source) and _countries(prev.source) \
            and not [m for m in target if m not in own and m not in prev.source]:
        # "وصل الفريق المصري إلى الخرطوم، والتقى رئيس مجلس السيادة": the person after a joined verb of meeting
        # is whom the traveller met (the verb's subject is shared), when no other party is named
        return list(prev.source), own
    if own:
        return source, target
    new_source = list(prev.source)
    new_target = [m for m in target if m not in new_source]
    if not new_target:
        new_target = [m for m in source if m not in new_source] or list(prev.target)
    return new_source, new_target


def _main_triggers(doc: Doc, lex: Lexicon, triggers: list[Trigger],
                   content: list[Trigger] | None = None) -> list[Trigger]:
    """Drop triggers that are the purpose or content of an earlier one (collected in ``content``), or
    the setting of another ("during the summit"), before dates are given out."""
    kept: list[Trigger] = []
    content = [] if content is None else content
    for t in triggers:
        lo, _hi = clause_bounds(doc, lex, t.first, t.last)
        if _is_content(doc, lex, t, kept, lo, content) or _joined_to_content(doc, lex, t, kept, content) \
                or _names_a_document(doc, lex, t) or _describes_an_object(doc, lex, t, kept) \
                or _topic_of_a_document(doc, lex, t, kept, lo):
            content.append(t)
        else:
            kept.append(t)
    if len(kept) > 1:
        kept = [t for t in kept if not _is_setting(doc, lex, t)] or kept
    subjects = [n for n, v in pairwise(kept) if _passive_subject(doc, lex, n, v)]
    content.extend(subjects)
    return [t for t in kept if t not in subjects]


def _passive_subject(doc: Doc, lex: Lexicon, noun: Trigger, verb: Trigger) -> bool:
    """Is the trigger noun the subject of the passive verb right after it, a verb that takes a content
    ("Sanctions on Cuba were lifted": what was lifted, not a new sanction)?"""
    if noun.form.pos != "noun" or not verb.form.entry.complement:
        return False
    lo, _hi = clause_bounds(doc, lex, verb.first, verb.last)
    if noun.first < lo or verb.first - noun.last > 8 or not _passive_predicate(doc, lex, verb, lo):
        return False
    # only the noun's own modifiers stand between ("Sanctions on Cuba were"; not "the summit if he is invited")
    aux = verb.first - 1
    while aux > noun.last and doc.tokens[aux].text not in lex.passive_auxiliaries:
        aux -= 1
    return all(doc.tokens[k].text in lex.target_preps or doc.tokens[k].text in lex.determiners
               or doc.tokens[k].text in lex.preverbal or (doc.in_mention(k) and doc.tokens[k].text not in lex.person_pronouns)
               for k in range(noun.last + 1, aux))


def _after_setting_marker(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    k = t.first - 1
    while k >= 0 and doc.tokens[k].text in lex.determiners:
        k -= 1
    if proclitics(lex, t.match.prefix)[-1:] in lex.preposition_clitics:
        return True
    # "during the summit", "خلال مداولات القمة" (one word may stand between: the summit's deliberations)
    return k >= 0 and any(b >= k - 1 for _a, b, _p in doc.cues(lex.setting, max(0, k - 4), k + 1)
                          if not any(b < q.first <= k for q in doc.actors))


def _after_marker_word(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    """Does a setting or cause marker word ("عقب", "after", "إثر") stand right before the noun, or before
    the one noun governing it ("عقب إعلان قطع العلاقات")?"""
    k = t.first - 1
    while k >= 0 and doc.tokens[k].text in lex.determiners:
        k -= 1
    if k < 0:
        return False
    ends = [b for _a, b, _p in doc.cues(lex.setting, max(0, k - 4), k + 1)]
    if lex.cause_markers is not None:
        ends += [b for _a, b, _p in doc.cues(lex.cause_markers, max(0, k - 4), k + 1)]
    return any(b >= k - 1 and not any(b < q.first <= k for q in doc.actors) for b in ends)


def _after_cause_marker(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    """A cause marker ("احتجاجا على", "ردا على", "in protest at") right before the noun or its determiner."""
    k = t.first - 1
    while k >= 0 and doc.tokens[k].text in lex.determiners:
        k -= 1
    return k >= 0 and lex.cause_markers is not None \
        and any(b == k for _a, b, _p in doc.cues(lex.cause_markers, max(0, k - 4), k + 1))


def _recorded(history: list[Draft], etype: EventType, mode: str | None, dates: list[Placed]) -> bool:
    """Is there an earlier event of this type and mode whose explicit date agrees with these dates
    (at the coarser of the two precisions)?"""
    own = [getattr(d.mention.value, "start", None) for d in dates]
    if not own or not all(isinstance(x, str) for x in own):
        return False
    for h in history:
        if h.type != etype or h.mode != mode:
            continue
        for m in h.dates:
            start = getattr(m.value, "start", None)
            if isinstance(start, str) and any(x[:min(len(x), len(start))] == start[:min(len(x), len(start))]
                                              for x in own if isinstance(x, str)):
                return True
    return False


def _dated_relative(doc: Doc, lex: Lexicon, c: Trigger) -> bool:
    """Is ``c`` the verb of a relative clause (past its subject pronoun or name) followed closely by an
    explicit date of an earlier year ("the defence agreement that it signed with Qatar in 2014", "الاتفاقية
    التي وقعتها أنقرة مع قطر عام 2014")?"""
    published = doc.text.article.published
    if c.form.pos != "verb" or published is None:
        return False
    lo = doc.sentence_tokens[c.sentence][0]
    k = c.first - 1
    while k > lo and c.first - k <= 3 and (doc.tokens[k].text in lex.preverbal or doc.in_mention(k)
                                            or doc.tokens[k].text in lex.state_pronouns
                                            or doc.tokens[k].text in lex.person_pronouns):
        k -= 1
    if k < lo or doc.tokens[k].text not in lex.relative_pronouns:
        return False
    for d in doc.dates:
        start = getattr(d.mention.value, "start", None)
        if d.mention.sentence == c.sentence and 0 < d.first - c.last <= 6 and isinstance(start, str) \
                and start[:4] < published[:4] and not hard_boundary(doc, lex, c.last + 1, d.first) \
                and "," not in doc.text.folded[doc.tokens[c.last].end:doc.tokens[d.first].start]:
            return True
    return False


def _forward(kept: list[Trigger], content: Trigger) -> bool:
    """Is ``content`` the content of an agreement, request or threat (the trigger before it)?"""
    before = [t for t in kept if t.first < content.first]
    return bool(before) and before[-1].form.entry.type in _FORWARD
def _describes_an_object(doc: Doc, lex: Lexicon, t: Trigger, kept: list[Trigger]) -> bool:
    """"رفع الحظر الذي فرضته على ليبيا", "lifted the ban that it imposed": a verb opening a relative
    clause on the object of an earlier trigger recalls how that object came about; it is no new event
    unless it carries its own date."""
    if t.form.pos != "verb" or t.first == 0 or not kept \
            or any(0 < d.first - t.last <= 6 and d.mention.sentence == t.sentence for d in doc.dates):
        return False
    if doc.tokens[t.first - 1].text not in lex.relative_pronouns:
        return False
    prev = kept[-1]
    return 0 < t.first - prev.last <= 4 and not any(prev.last < p.first < t.first for p in doc.actors)


def _joined_to_content(doc: Doc, lex: Lexicon, t: Trigger, kept: list[Trigger], dropped: list[Trigger]) -> bool:
    """A trigger coordinated with the content of an earlier agreement or request is content too ("agreed to
    resume relations and reopen embassies", "اتفقتا على استئناف العلاقات وإعادة فتح السفارات"); after a
    condemnation the content is a thing, and a coordinated verb is a new act ("دانت الغزو وطالبت")."""
    if not dropped or (kept and kept[-1].first > dropped[-1].first):
        return False
    governor = [k for k in kept if k.first < dropped[-1].first]
    if not governor or governor[-1].form.entry.type not in (EventType.AGREE, EventType.REQUEST):
        return False
    prev_tok = doc.tokens[t.first - 1].text if t.first > 0 else ""
    coordinated = prev_tok in lex.conjunctions or t.match.prefix[:1] in lex.conjunctions
    return coordinated and t.first - dropped[-1].last <= 6


def _names_a_document(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    """"اتفاقية نشر قوات" (an agreement on deploying troops): a trigger that is the genitive of a
    document noun names what the document is about, not an event."""
    if not lex.document_nouns or t.first == 0 or t.match.prefix or t.match.suffix:
        return False
    if t.form.entry.type == EventType.AID:
        return False  # "اتفاقية قرض"، "اتفاقية شطب الديون": signing a loan or a write-off is giving it
    prev = doc.tokens[t.first - 1].text
    # only an indefinite noun governs a genitive ("اتفاقية نشر"; "الاتفاقيات قرض" is a list)
    return any(f in lex.document_nouns and not any(c.endswith(a) for a in lex.definite_articles)
               for f, c in lex.clitics.prefix_forms(prev)) and not prev.startswith(lex.definite_articles)


def _topic_of_a_document(doc: Doc, lex: Lexicon, t: Trigger, kept: list[Trigger], lo: int) -> bool:
    """"signed a memorandum on nuclear cooperation", "agreements on a railway and joint patrols": a trigger
    noun in the topic phrase after a document noun names what the document is about, not an event (a loan
    or grant agreement is the aid itself)."""
    if t.form.pos != "noun" or t.form.entry.type == EventType.AID or not lex.topic_markers:
        return False
    taken = {k for x in kept for k in range(x.first, x.last + 1)}
    dated = {d.last for d in doc.dates}
    # a new clause or a setting ("... during Lula's visit to Beijing") ends the topic phrase
    cut = {a for a, _b, _p in boundary_cues(doc, lex, lo, t.first) + doc.cues(lex.setting, lo, t.first)}
    for k in range(t.first - 1, max(lo, t.first - 14) - 1, -1):
        if k in taken or k in dated or k + 1 in cut:
            return False  # another event, a date or a new clause stands between
        if doc.tokens[k].text in lex.topic_markers:
            heads = [j for j in (k - 1, k - 2) if j >= lo and doc.tokens[j].text in lex.topic_documents]
            # "documents, including agreements on ...": a comma may stand before the marker
            return bool(heads) and (heads[0] == k - 1 or "," in doc.text.folded[doc.tokens[k - 1].end:doc.tokens[k].start]
                                     or doc.tokens[k - 1].text in lex.topic_documents)
    return False


def _is_setting(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    entry = t.form.entry
    if t.form.pos != "noun" or entry.type != EventType.CONSULT or entry.mode not in ("meet", "multilateral"):
        return False
    if entry.mode == "meet" and _bare_noun(doc, lex, t) and _after_sequence_marker(doc, lex, t):
        return False  # "signed after talks at the palace", "عقب مباحثات أجراها": talks told for the first time
    return _after_setting_marker(doc, lex, t)  # "بالقمة": at the summit; "during the summit"


def _after_sequence_marker(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    """Does a marker putting the setting before the act ("after", "عقب", "في ختام") stand right before the noun?"""
    if lex.sequence is None or t.first == 0:
        return False
    return any(b == t.first - 1 for _a, b, _p in doc.cues(lex.sequence, max(0, t.first - 4), t.first))


def _bare_noun(doc: Doc, lex: Lexicon, t: Trigger) -> bool:
    """A noun with no determiner, article, possessor or pronoun suffix ("after talks", "عقب مباحثات"): it
    introduces an event rather than pointing back to one told before ("after the talks", "خلال المباحثات")."""
    if t.first == 0 or t.match.suffix or _definite_noun(doc, lex, t) \
            or proclitics(lex, t.match.prefix)[-1:] in lex.preposition_clitics:
        return False
    prev = doc.tokens[t.first - 1].text
    return prev not in lex.determiners and not (lex.possessive_suffixes and prev.endswith(lex.possessive_suffixes))


def _is_content(doc: Doc, lex: Lexicon, trig: Trigger, earlier: list[Trigger], lo: int,
                content: list[Trigger] | None = None) -> bool:
    """Is this trigger the purpose or the content of an earlier trigger of its sentence?
    ("visited Moscow to discuss ...", "زار موسكو لبحث", "agreed to hold talks", "طالب باريس بالاعتراف")
    ``content``: earlier triggers already found to be content; a trigger joined to one of them is too
    ("agreed to restore ties and reopen embassies")."""
    if not earlier:
        return False
    # "and had filed", "and later expelled", "ولاحقا طردت": auxiliaries and adverbs between the conjunction and the verb
    k, _adverb, clitic = _adverbs_before(doc, lex, trig.first, lo)
    prev_tok = doc.tokens[k].text if k >= 0 else ""
    coordinated = prev_tok in lex.conjunctions or trig.match.prefix[:1] in lex.conjunctions or clitic
    # ", and asked ...": a comma before the conjunction joins the verb to the main clause, not to a content
    comma_and = prev_tok in lex.conjunctions and k > lo and trig.form.pos == "verb" \
        and "," in doc.text.folded[doc.tokens[k - 1].end:doc.tokens[k].start]
    if coordinated and not comma_and and proclitics(lex, trig.match.prefix)[1:2] not in lex.preposition_clitics:
        # joined to a content trigger of the same kind (verb and verb, noun and noun) it is content too;
        # a noun object does not pass it on to a verb ("condemned the invasion and demanded ...")
        last = max(earlier + (content or []), key=lambda t: t.first)
        return last in (content or []) and last.first >= lo and last.form.pos == trig.form.pos
    if trig.form.pos == "noun" and trig.form.entry.type == EventType.CONSULT \
            and trig.form.entry.mode in ("phone", "meet", "multilateral", "visit") and _after_setting_marker(doc, lex, trig):
        # "promised X in a phone call to ...", "pressed X during a visit": the occasion, not the content -- nor what a
        # document signed says ("وقعا اتفاقا يقضي بتنسيق ...، وذلك خلال زيارة بدأها أمس ...": the visit it was signed in)
        return False
    # (a loan, grant or write-off the document gives is the aid itself, CODING_GUIDE; a building contract is trade)
    if lex.document_content is not None and lex.document_content.size \
            and (trig.form.entry.type != EventType.AID or trig.form.entry.mode == "build") and any(
            t.form.entry.type == EventType.SUPPORT and t.first >= lo
            and doc.cues(lex.document_content, t.last + 1, trig.first) for t in earlier):
        return True  # "وقعا عقدا تتولى بموجبه شركة روسية انشاء خط", "اتفاقية تنص على ...": what the document says
    if participle_clause(doc, lex, trig) or reduced_relative(doc, trig):
        return False
    if trig.form.pos == "noun" and trig.first > lo and doc.tokens[trig.first - 1].text in lex.outcome_markers \
            and any(t.first >= lo and t.form.entry.type == EventType.CONSULT for t in earlier):
        return True  # "انتهت الجولة الأخيرة من المفاوضات دون التوصل إلى اتفاق": the outcome the talks lacked
    if trig.form.pos == "noun" and trig.form.entry.type != EventType.CONSULT and _definite_noun(doc, lex, trig) \
            and any(t.form.pos == "verb" and t.form.entry.type == EventType.CONSULT
                                       and t.form.entry.mode == "meet" and lo <= t.first and 0 < trig.first - t.last <= 6
                                       and not hard_boundary(doc, lex, t.last + 1, trig.first)
                                       and not any(doc.tokens[k].text in lex.topic_stops
                                                   for k in range(t.last + 1, trig.first)) for t in earlier):
        return True  # "وبحث الجانبان سبل إيصال المساعدات": the definite act a verb of talks names is its topic
    if trig.form.pos == "verb" and trig.last + 1 < len(doc.tokens) and doc.tokens[trig.last + 1].text in lex.resumptive:
        return False  # "شكوى ... طالبت فيها المجلس": a relative clause telling what the document itself does
    if trig.form.entry.independent:
        return False  # "تفعيل الاتفاقية الموقعة في 2001": a past signing with its own date
    if is_purpose(doc, lex, trig, lo):
        if _parallel_infinitive(doc, lex, trig, earlier, content or [], lo):
            return False  # "decided to recall its ambassador and to expel theirs": a second act decided
        # "voted to readmit": the infinitive completes a verb of decision, not the earlier trigger
        start = max(t.last for t in earlier) + 1
        return not any(doc.tokens[j].text in lex.decision_verbs for j in range(max(start, lo), trig.first))
    if trig.form.pos == "verb" and _additive(doc, lex, trig):
        return False  # "طالبت ... بسحب قواتها، كما طالبتها بالإفراج عن ...", "and also pledged": one more act
    # content of an agreement, request, rejection, threat or accusation in the same clause, or a few words
    # after the word opening that content ("احتجت ... على شروع أديس أبابا في بناء السد")
    passive = _passive_predicate(doc, lex, trig, lo)
    for t in earlier:
        if not t.form.entry.complement or t.first < lo:
            continue
        if passive and t.form.pos == "noun":
            continue  # "sanctions on Cuba were lifted": the noun is the subject of the verb, not its governor
        if lex.cause_markers is not None and doc.cues(lex.cause_markers, t.last + 1, trig.first):
            continue  # "cut ties after protesters stormed the embassy": the cause is an event of its own
        if _new_subject_clause(doc, lex, t.last + 1, trig.first, trig.form.pos == "noun"):
            continue  # "X will lift its ban ... and Y will remove restrictions": a clause with its own subject
        if _closes_relative(doc, lex, t, trig):
            continue  # "Kenya, which has long criticised Somalia, expelled ...": the main verb resumes
        if trig.form.pos == "noun" and _ordered_apart(doc, lex, t, trig):
            continue  # "expels the ambassador and orders the closure of two consulates": a second act ordered
        if _gap(doc, lex, t.last, trig.first) <= 10:
            return True
        if lex.content_openers is not None and any(trig.first - a <= 6 for a, _b, _p in
                                                   doc.cues(lex.content_openers, t.last + 1, trig.first)):
            return True
    return False


def _ordered_apart(doc: Doc, lex: Lexicon, t: Trigger, trig: Trigger) -> bool:
    """Is the noun ``trig`` the object of a verb of ordering or announcing (roles.yaml ``ordering_verbs``) joined to
    ``t`` by a conjunction, a few words before the noun ("expels the ambassador and orders the closure of two
    consulates", "تطرد السفير، وتأمر بإغلاق قنصليتين")? Then it is an act of its own, not the content of ``t``."""
    if not lex.ordering_verbs:
        return False
    for k in range(max(t.last + 1, trig.first - 4), trig.first):
        word = doc.tokens[k].text
        joined = (k > t.last + 1 and doc.tokens[k - 1].text in lex.conjunctions) or word[:1] in lex.conjunctions
        if joined and (word in lex.ordering_verbs or _word_of(doc, lex, k, lex.ordering_verbs)):
            return True
    return False


def _closes_relative(doc: Doc, lex: Lexicon, t: Trigger, trig: Trigger) -> bool:
    """Is ``t`` inside a relative clause set off by commas that closes before ``trig`` ("X, which has long
    criticised Y, expelled ..."): a relative pronoun after a comma shortly before ``t``, a comma after it?"""
    if trig.form.pos != "verb" or not lex.relative_pronouns:
        return False
    folded = doc.text.folded
    opener = next((k for k in range(t.first - 1, max(0, t.first - 5) - 1, -1)
                   if doc.tokens[k].text in lex.relative_pronouns
                   and "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start] if k > 0), None)
    return opener is not None and "," in folded[doc.tokens[t.last].end:doc.tokens[trig.first].start]


def _parallel_infinitive(doc: Doc, lex: Lexicon, trig: Trigger, earlier: list[Trigger], content: list[Trigger],
                         lo: int) -> bool:
    """"decided to recall its ambassador and to expel the other's": an infinitive whose purpose marker follows
    a conjunction is joined to the infinitive trigger told last before it; when that one is a main act (not the
    content of another), so is this one."""
    marker = next((a for a, b, _p in doc.cues(lex.purpose, max(lo, trig.first - 3), trig.first)
                   if b == trig.first - 1), None)
    if marker is None or marker <= lo or doc.tokens[marker - 1].text not in lex.conjunctions:
        return False
    last = max(earlier + content, key=lambda t: t.first)
    return last in earlier and last.form.pos == trig.form.pos and is_purpose(doc, lex, last, lo)


def _gap(doc: Doc, lex: Lexicon, a: int, b: int) -> int:
    """Tokens from ``a`` to ``b``; where the subject follows the verb, the names and dates right after the
    verb (its subject and time) do not count ("ووصف نائب رئيس الوزراء العراقي طارق عزيز صباح اليوم الهجوم
    بأنه عدوان")."""
    if not lex.subject_after_verb:
        return b - a
    k = a + 1
    while k < b and _name_or_time(doc, k):
        k += 1
    return b - k + 1


def _passive_predicate(doc: Doc, lex: Lexicon, trig: Trigger, lo: int) -> bool:
    """Is the verb a passive predicate ("were lifted", "have been eased"): an auxiliary of the passive
    right before it (past adverbs and auxiliaries)?"""
    if trig.form.pos != "verb" or not lex.passive_auxiliaries:
        return False
    k = trig.first - 1
    while k > lo and doc.tokens[k].text in lex.preverbal:
        k -= 1
    return k >= lo and doc.tokens[k].text in lex.passive_auxiliaries


def _light_verb(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """"قام X بزيارة القاهرة": a verbal noun after bi- completes a light verb whose subject came
    before; the noun's genitive is then its object (the place visited), not its agent."""
    if trig.form.pos != "noun":
        return trig.form.pos == "verb" and _after_control_verb(doc, lex, trig)
    # "بزيارة"; not "بالزيارة" (ب + article)
    if trig.match.prefix[-1:] in lex.light_verb_clitics or _after_control_verb(doc, lex, trig):
        return True
    # "أجرى بوتين اتصالين هاتفيين ب...", "عقد الوزير اجتماعا مع ...": a light verb before the noun
    lo, _hi = clause_bounds(doc, lex, trig.first, trig.last)
    k, free = trig.first - 1, 0
    while k >= lo and free < 8:
        if any(f in lex.light_verbs for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
            return True
        if free == 0 and any(f in lex.control_verbs for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
            return True  # "قررت الإدارة الأمريكية أمس حرمان مصر من ...": the noun right after a verb of deciding
        if not (lex.subject_after_verb and _name_or_time(doc, k)):
            free += 1  # the subject and dates between the light verb and its noun do not count (VSO)
        k -= 1
    # "وجدد وزيرا الخارجية ...، خلال لقائهما ...، مطالبة إثيوبيا بـ": further back, when the noun is the first
    # event word after the light verb (its object)
    for k in range(trig.first - 6, lo - 1, -1):
        if any(f in lex.light_verbs for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
            # (a meeting named as the setting, "خلال لقائهما", does not count)
            return not any(lex.triggers.find_at(doc.tokens, j) and not any(
                b == j - 1 for _a, b, _p in doc.cues(lex.setting, max(0, j - 3), j)) for j in range(k + 1, trig.first))
    return False


def _after_control_verb(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """"قرر مجلس الوزراء المغربي يوم الاثنين طرد السفير الإيراني": a trigger (a verbal noun, or a form read as a
    verb) right after a verb of deciding, past only its subject (a name, its head noun) and dates (verb-first), is
    that verb's object: its agent is the verb's subject, before it, and the state after it is acted upon."""
    if not lex.subject_after_verb or not lex.control_verbs:
        return False
    lo, _hi = clause_bounds(doc, lex, trig.first, trig.last)
    named, free = False, 0  # the subject's head noun ("الحكومة", "مجلس الوزراء") is no name
    for k in range(trig.first - 1, max(lo, trig.first - 10) - 1, -1):
        if any(f in lex.control_verbs for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
            return named
        if _name_or_time(doc, k):
            named = named or any(p.first <= k <= p.last for p in doc.actors)
        elif free >= 2 or lex.triggers.find_at(doc.tokens, k):
            return False
        else:
            free += 1
    return False


def _past_verb_before(doc: Doc, lex: Lexicon, trig: Trigger, lo: int) -> bool:
    """"imposed new sanctions on ...": a noun trigger governed by a past verb a few words before it. In a
    verb-first language the light verb opens the clause, its subject between ("وأجرى ولي العهد مساء الخميس
    اتصالا"): a perfect light verb anywhere before the noun in its clause, or a perfect verb of sequence or being
    ("وسبق ذلك اتصال هاتفي", "وكانت آخر زيارة")."""
    if lex.subject_after_verb:
        return any(f in lex.past_light_verbs or f in lex.past_frame_verbs for k in range(lo, trig.first)
                   for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))
    for k in range(trig.first - 1, max(lo, trig.first - 4) - 1, -1):
        word = doc.tokens[k].text
        if doc.in_mention(k):
            continue
        if word in lex.past_forms or word.endswith(lex.past_suffixes):
            return True
    return False


def _opening_phrase_before_past(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Is the trigger in a phrase opening its sentence up to a comma, with no verb of its own, the main clause after
    it told in the past ("After a phone call with Sheinbaum on Thursday, Trump exempted ...")? Its noun shares that
    tense (a weekday in it is gone by). Only the few words after the comma are read: the subject and its verb."""
    s_lo, s_hi = doc.sentence_tokens[trig.sentence]
    if lex.subject_after_verb:
        return False
    folded = doc.text.folded
    comma = next((k for k in range(s_lo, s_hi - 1)
                  if "," in folded[doc.tokens[k].end:doc.tokens[k + 1].start]), None)
    if comma is None or comma < trig.last:
        return False

    def past(k: int) -> bool:
        word = doc.tokens[k].text
        return not doc.in_mention(k) and (word in lex.past_forms or word.endswith(lex.past_suffixes))
    return not any(past(k) for k in range(s_lo, comma + 1)) and any(past(k) for k in range(comma + 1, min(s_hi, comma + 7)))


def _is_present(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    if trig.form.present:
        return True
    word = doc.tokens[trig.first].text
    return bool(lex.present_suffixes) and word.endswith(lex.present_suffixes) \
        and not word.endswith(lex.present_not_suffixes) and word not in lex.past_forms


def _is_past(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    if trig.form.past:
        return True
    word = doc.tokens[trig.first].text
    if word in lex.past_forms or any(word.endswith(x) for x in lex.past_suffixes):
        return True
    # "By Monday, Chinese troops had begun moving back": the pluperfect auxiliary a word or two before
    s_lo = doc.sentence_tokens[trig.sentence][0]
    return any(doc.tokens[k].text in lex.past_auxiliaries for k in range(max(s_lo, trig.first - 3), trig.first))


def _unit(p: Placed) -> str:
    return getattr(p.mention.value, "unit", "")


def _refers_back(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int) -> bool:
    folded = doc.text.folded
    start = doc.tokens[max(lo, trig.first - 6)].start
    end = doc.tokens[min(hi, trig.last + 8) - 1].end if hi > 0 else len(folded)
    return bool(lex.refers_back.find(folded, start, end))


def _new_agent(doc: Doc, lex: Lexicon, trig: Trigger, source: list[Mention], history: list[Draft]) -> bool:
    """"at the request of Egypt and Sudan": a definite noun whose agent (after "of"/"by") names a state
    that no earlier event of its type had is a new event, not a re-mention."""
    k = trig.last + 1
    if k >= len(doc.tokens) or doc.tokens[k].text not in lex.agent_preps:
        return False
    agents = {getattr(m.value, "country", None) for m in source} - {None}
    seen = {getattr(m.value, "country", None) for h in history if h.type == trig.form.entry.type
            for m in (*h.source, *h.target)}
    return bool(agents - seen)
def _same_countries(a: tuple[Mention, ...] | list[Mention], b: tuple[Mention, ...] | list[Mention]) -> bool:
    """Do two actor lists name the same countries (or does one of them name none)?"""
    ca = {getattr(m.value, "country", None) for m in a} - {None}
    cb = {getattr(m.value, "country", None) for m in b} - {None}
    return not ca or not cb or ca == cb


def _talks_during_trip(doc: Doc, lex: Lexicon, trig: Trigger, source: list[Mention], target: list[Mention],
                      history: list[Draft]) -> bool:
    """"زار دمشق والتقى خلالها الرئيس الأسد", "يزور القاهرة، حيث يلتقي السيسي", "أجرى خلالها محادثات مع": a meeting
    verb (or a light verb's noun) whose two states are named, pointing back to the visit told just before in the
    sentence -- talks during the trip, told as an act of their own (CODING_GUIDE), not the trip's content
    ("بحثا خلاله" after a meeting is that meeting)."""
    if trig.form.entry.mode != "meet" or len(_countries(source + target)) < 2 \
            or not (trig.form.pos == "verb" or _light_verb(doc, lex, trig)):
        return False
    before = [h for h in history if h.type == EventType.CONSULT and h.trigger.sentence == trig.sentence
              and h.trigger.first < trig.first]
    return bool(before) and before[-1].mode == "visit"


def _elaborates(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """Is the trigger next to a word pointing back to an earlier event ("خلالها" during it, "حيث" where)?"""
    near = [trig.first - 1, trig.last + 1]
    return any(0 <= k < len(doc.tokens) and {f for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)} & lex.elaborates
               for k in near)


def _inside_refers_back(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    lo = max(0, trig.first - 7)  # "on the last day of the visit"
    return any(a <= trig.first and b >= trig.last for a, b, _p in doc.cues(lex.refers_back, lo, trig.first + 1))


def _is_anaphoric(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    lo, _ = doc.sentence_tokens[trig.sentence]
    k = trig.first - 1
    while k > lo and (doc.tokens[k].text in lex.determiners or doc.tokens[k].text in lex.first_words) \
            and doc.tokens[k].text not in lex.anaphoric:
        k -= 1  # "his second trip", "the planned visit", "هذا أول لقاء"
    if k >= lo and {f for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)} & lex.anaphoric:
        return True  # "this meeting", "وهذه الزيارة", "وهذا أول لقاء ..."
    if k >= lo and lex.possessive_suffixes and doc.tokens[k].text.endswith(lex.possessive_suffixes):
        return True  # "Xi's state visit": a possessor makes the noun definite
    tok = doc.tokens[trig.first].text
    # Arabic definite article on the noun itself (written into the form, or read as a clitic: "وال"),
    # as the clause subject
    article = (trig.match.prefix == "" and tok.startswith(lex.definite_articles)) \
        or trig.match.prefix.endswith(lex.definite_articles)
    if bool(lex.definite_articles) and article and trig.form.pos == "noun" \
            and trig.form.entry.type == EventType.CONSULT and not _light_verb(doc, lex, trig):
        # "كما توّج الجانبان الزيارة ببيان مشترك": "the visit", "the talks", wherever they stand (not a verbal
        # noun of another act: "كما جرى التوقيع على اتفاقية" tells one more signing)
        return True
    definite = article or _definite_construct(doc, lex, trig)
    return bool(lex.definite_articles) and definite and trig.first <= lo + 1


def _definite_noun(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """A noun trigger with the article, written or as a clitic, or in a definite construct."""
    tok = doc.tokens[trig.first].text
    return (trig.match.prefix == "" and tok.startswith(lex.definite_articles)) \
        or proclitics(lex, trig.match.prefix) != trig.match.prefix or _definite_construct(doc, lex, trig)


def _definite_construct(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """"توقيع الاتفاق" (the signing of the agreement), "زيارة بوتين" (Putin's visit): a bare verbal noun whose
    genitive, right after it, is definite (a word with the article, or a person's name) is itself definite
    (the construct state)."""
    k = trig.last + 1
    if not lex.definite_articles or trig.form.pos != "noun" or trig.match.prefix or trig.match.suffix \
            or k >= len(doc.tokens) or doc.sentence_of_token[k] != trig.sentence:
        return False
    if doc.tokens[trig.last].text.startswith(lex.definite_articles):
        return trig.last > trig.first  # "قطع العلاقات": the phrase holds its own definite genitive
    if doc.tokens[k].text.startswith(lex.definite_articles):
        return True
    return any(p.first == k and getattr(p.mention.value, "kind", None) == ActorKind.PERSON for p in doc.actors)


def _contexts(doc: Doc, lex: Lexicon, s: int, base: tuple[str, ...]) -> tuple[str, ...]:
    lo, hi = doc.sentence_tokens[s]
    if hi <= lo:
        return base
    start, end = doc.tokens[lo].start, doc.tokens[hi - 1].end
    found = list(base)
    for m in lex.contexts.find(doc.text.folded, start, end):
        if m.payload not in found:
            found.append(m.payload)
    return tuple(found)


def _location(doc: Doc, lex: Lexicon, lo: int, hi: int, trig: Trigger) -> Mention | None:
    for p in doc.places:
        if lo <= p.first < hi:
            return p.mention
    for p in doc.actors:
        if lo <= p.first < hi and getattr(p.mention.value, "kind", None) == ActorKind.CAPITAL:
            prev = doc.tokens[p.first - 1].text if p.first > 0 else ""
            tok = doc.tokens[p.first].text
            if prev in lex.location_preps or any(tok.startswith(x) and len(x) == 1 for x in lex.location_preps):
                return p.mention
    return None


def _candidate(d: Draft) -> Candidate:
    t = d.trigger
    return Candidate(type=d.type, mode=d.mode, status=d.status,  # type: ignore[arg-type]
                     trigger=t.span, sentence=t.sentence, source=d.source, target=d.target, dates=d.dates,
                     quantities=d.quantities, rule=d.rule, context=d.context, location=d.location,
                     refers_back=d.refers_back, frame=t.form.entry.frame)

