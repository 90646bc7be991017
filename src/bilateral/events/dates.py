"""Dates of event candidates: which date mention belongs to which trigger, and where a trigger without
a date of its own takes one from (the story's year, the same day, the event referred back to, an
offset from the previous event or from the event named before "N units after", the end of a visit,
the act a reply answers, the list item, the news peg). The days of a visit come from its length and
its first or last day. Language words are data (lang/<code>/roles.yaml, dates.yaml)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from ..calendar import parse_published, resolve_relative, valid_day
from ..matcher import PhraseMatcher
from ..model import ActorKind, DateRef, EventType, Mention, MentionKind, Precision, Relative, Status
from .document import Doc, Placed
from .lexicon import Lexicon
from .roles import boundary_cues
from .trigger import RULE, Draft, Trigger, is_purpose, participle_clause, reduced_relative

_LIST_MARKERS = ("-", "*", "•", "–", "—", "·")
_ITEM_SEPARATORS = ("-", "–", "—", ":")  # after the date opening a timeline item
_COUNTED = (":shortly-after", ":units-later", ":years-later", ":months-before", ":offset")  # dates counted from another
_ANNIVERSARY_REACH = 6  # tokens from an anniversary to the act it commemorates ("الذكرى الستين لإقامة العلاقات")
_DASH_AFTER = re.compile(r"[^\S\n]*\S{0,3}\.?[^\S\n]*[-\u2013\u2014]\s")
_VISIT_SPAN = ":visit-span"  # rule suffix of the days of a visit from its length
_BEFORE_NOUN = ":year-before-noun"  # rule suffix of a year modifying the noun after it ("the 2005 agreement")
_SAID = ":said-past"  # rule suffix of a relative date said right after a past verb of saying ("Lavrov said on Monday")
_SAID_REACH = 7  # tokens from a past verb of saying to the date said with it (its subject may stand between)
_STORY_STEP = 3  # months a story told in an earlier year may step forward in the next sentence (_story_goes_on)
_BEGUN = ":begun"  # rule suffix of a date said of the start of an event in progress ("which began yesterday")
_REPORT_REACH = 10  # tokens from the report's words to its own date ("figures released by the bureau on Wednesday")
_UNTIL_REACH = 12  # tokens back from "until <date>" to a negation it lifts ("did not sign the treaty ... until 1994")


def _soft_boundary(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """A conjunction between tokens, or a conjunction clitic on a word that opens a clause ("وفي")."""
    for k in range(lo, hi):
        tok = doc.tokens[k].text
        if tok in lex.conjunctions or (tok[:1] in lex.conjunctions and tok[1:] in lex.soft_after):
            return True
    return False


def noun_dated(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """Is the date, with its year, said right after a noun that takes its own date ("على حدود عام 1967", "the
    borders of 1967", "حرب أكتوبر 1973")? Such a date dates no act told around it."""
    ref = p.mention.value
    if not lex.dated_nouns or not isinstance(ref, DateRef) or ref.relative is not None or not ref.start:
        return False
    s_lo = doc.sentence_tokens[doc.sentence_of_token[p.first]][0]
    k = p.first - 1
    if k > s_lo and doc.tokens[k].text in lex.genitive_dates:
        k -= 1  # "the borders of 1967"
    return k >= s_lo and any(f in lex.dated_nouns for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))


def said_date(doc: Doc, lex: Lexicon, trig: Trigger, p: Placed) -> bool:
    """Is the date said between a verb of saying and its complementizer, the act told after the complementizer
    ("وقال الوزير في مؤتمر صحفي أمس الجمعة إن البلدين سيوقعان ...", "told reporters on Friday that the two will
    sign ...")? It is the day of the saying."""
    if lex.saying_verbs is None or p.last >= trig.first:
        return False
    s_lo = doc.sentence_tokens[trig.sentence][0]
    if not any(doc.tokens[k].text in lex.saying_complementizers for k in range(p.last + 1, trig.first)):
        return False
    return bool(doc.cues(lex.saying_verbs, max(s_lo, p.first - 12), p.first))


def _said_in_past(doc: Doc, lex: Lexicon, p: Placed, chosen: Trigger) -> bool:
    """Is a relative date of the day ("on Monday", "يوم الاثنين") said right after a past verb of saying, with no
    clause boundary between ("Russia backs Syria's position, Lavrov said on Monday", "وقال لافروف يوم الاثنين إن
    ...")? It is the day of the saying, gone by, whatever the tense of the act told."""
    ref = p.mention.value
    if lex.past_saying_verbs is None or not isinstance(ref, DateRef) or ref.relative is None \
            or not _of_a_day(ref.relative):
        return False
    s_lo = doc.sentence_tokens[doc.sentence_of_token[p.first]][0]
    lo = max(s_lo, p.first - _SAID_REACH, chosen.last + 1 if chosen.last < p.first else s_lo)
    return any(not hard_boundary(doc, lex, b, p.first)
               and not any(doc.tokens[k].text in lex.saying_complementizers for k in range(b, p.first))
               for _a, b, _c in doc.cues(lex.past_saying_verbs, lo, p.first))


def _negation_lifted_by(doc: Doc, lex: Lexicon, p: Placed, triggers: list[Trigger]) -> bool:
    """"did not sign the treaty until 1994": a date after "until" that lifts a negation before it dates the act
    negated -- an act told between the negation and the date ("sent a note but got no reply until Wednesday":
    the reply's deadline, no date of the note)."""
    lo = doc.sentence_tokens[doc.sentence_of_token[p.first]][0]
    return any(any(b <= t.first < p.first for t in triggers)
               for _a, b, _c in doc.cues(lex.negated, max(lo, p.first - _UNTIL_REACH), p.first - 1))


def attach(doc: Doc, lex: Lexicon, s: int, triggers: list[Trigger], contents: list[Trigger]) -> None:
    """Give each date and quantity mention of sentence ``s`` to one trigger. A date right after the
    content of an agreement or request ("agreed to revive a pact signed in 2001", "وفق اتفاقية
    الجزائر لعام 1975") or a deadline of it ("pledged ... by the end of 2018") dates that content,
    not the agreeing: it is given to no trigger."""
    for kind in ("dates", "quantities"):
        for p in doc.in_sentence(getattr(doc, kind), s):
            if kind == "dates" and (is_dateline(doc, p) or noun_dated(doc, lex, p)):
                continue
            if kind == "dates" and _dates_content(doc, lex, p, triggers, contents):
                continue
            if kind == "dates" and _span_end_before(doc, lex, p) and not _negation_lifted_by(doc, lex, p, triggers):
                continue  # "to be spent until 2027", "gave them until midnight on Saturday": an end, no act's date
            if kind == "dates" and p.mention.rule.endswith(_BEFORE_NOUN):
                # "Iraq's 1990 invasion of Kuwait", "the 2005 agreement": the noun right after it, if a trigger
                named = [t for t in triggers if p.last < t.first <= p.last + 2]
                if named:
                    named[0].dates.append(p)
                continue
            if kind == "dates" and _in_force_date(doc, lex, p, triggers):
                continue  # "signed an agreement that will take effect next year": not the date of the signing
            if kind == "dates":
                p = _counted_from_date(doc, lex, p)  # "announced two days after Wednesday's shooting"
            if kind == "dates" and _anniversary(p):
                # "the 60th anniversary of the establishment of relations": the date of the act commemorated,
                # right after it -- not of an act told around ("the visit coincides with the anniversary")
                named = [t for t in triggers if p.last < t.first <= p.last + _ANNIVERSARY_REACH]
                if named:
                    named[0].dates.append(p)
                continue
            before = [t for t in triggers if t.last < p.first]
            after = [t for t in triggers if t.first > p.last]
            inside = [t for t in triggers if t.first <= p.first <= t.last]
            if kind == "dates" and offset_follows(doc, lex, p, doc.sentence_tokens[s][1]):
                after = []  # "on Thursday, three days after Riyadh severed ties": the severing is counted back
            verb = [c for c in contents if c.form.pos == "verb" and c.last < p.first
                    and (not before or c.first > before[-1].last)]
            if kind == "dates" and verb and after and after[0].form.pos == "noun" and after[0].first - p.last <= 4 \
                    and not (lex.cause_markers is not None and doc.cues(lex.cause_markers, p.last + 1, after[0].first)):
                # "prepares to host, on 19 December, a ministerial meeting": the date of the hosted event
                getattr(after[0], kind).append(p)
                continue
            mains = [t for t in before if t not in contents]
            if kind == "dates" and not inside and mains and _in_setting_of(doc, lex, mains[-1], p):
                mains[-1].dates.append(p)  # "دان المجلس، في ختام اجتماع عقده أمس، ...": the act's date
                continue
            if inside:
                chosen = inside[0]
            elif not before:
                if not after:
                    continue
                chosen = after[0]
            else:
                prev = before[-1]
                if kind == "dates" and prev in contents and prev.form.pos == "noun" and mains \
                        and (_past_relative(p) or _weekday_of_past(mains[-1], p)):
                    prev = mains[-1]  # "pledged aid to Jordan yesterday": what is pledged lies ahead; the pledge is dated
                chosen = prev
                # a boundary word right before a date is its preposition ("bought ... since 2015"), also
                # across a time of day ("struck before dawn on Monday")
                j = p.first - 1
                while kind == "dates" and j > prev.last and doc.tokens[j].text in lex.times_of_day:
                    j -= 1
                intro = kind == "dates" and any(b == j for _a, b, _c in doc.cues(lex.boundaries, j, j + 1))
                if kind == "dates" and _relative_span_verb(doc, lex, prev, p):
                    # "زيارة ... إلى القاهرة، التي بدأت أمس": the visit's own date, after its relative clause -- the
                    # start of an event in progress, which dates nothing told around it
                    m = p.mention
                    p = Placed(Mention(m.kind, m.span, m.sentence, m.value, f"{m.rule}{_BEGUN}", m.text), p.first, p.last)
                elif kind == "dates" and _timed_before_coordination(doc, lex, prev.last + 1, p.first):
                    continue  # "had recalled its ambassador earlier that year, and shut its embassy in 2012"
                elif kind == "dates" and _performed_in_relative(doc, lex, prev, p):
                    pass  # "الزيارة التي قام بها أردوغان إلى الجزائر في يناير 2020": the noun's own date
                elif kind == "dates" and _voiced_by(doc, lex, prev, p):
                    # "رفضت أديس أبابا هذه المطالب، إذ أكد المتحدث ... في مؤتمر صحفي أمس": the act voiced in the
                    # statement that explains it takes the statement's day, as does the clause's own event
                    if prev.form.pos == "verb" and not prev.dates:
                        prev.dates.append(p)
                    if after and not hard_boundary(doc, lex, p.last + 1, after[0].first):
                        chosen = after[0]
                    else:
                        continue
                elif kind == "dates" and _own_relative_clause(doc, lex, prev, p):
                    pass  # "العدوان الذي شنته بريطانيا على مصر في أكتوبر 1956": the noun's own date
                elif kind == "dates" and _earlier_relative_clause(doc, lex, prev, p):
                    # "ending a visa regime that Tashkent had imposed in 2000": that clause's own time, dating
                    # only an event told in it ("euros that the Commission had transferred in September as aid")
                    if after and not hard_boundary(doc, lex, p.last + 1, after[0].first):
                        chosen = after[0]
                    else:
                        continue
                elif kind == "dates" and said_in_participle(doc, lex, prev.last + 1, p.first):
                    # "أكد دعم بلاده للصومال، معلنا أن القاهرة سترسل قوات في يناير": the time of the content said
                    if after and not hard_boundary(doc, lex, p.last + 1, after[0].first):
                        chosen = after[0]
                    else:
                        continue
                elif hard_boundary(doc, lex, prev.last + 1, j if intro else p.first):
                    # the date stands in a later clause: it belongs to that clause's event, if any
                    if after and not hard_boundary(doc, lex, p.last + 1, after[0].first):
                        chosen = after[0]
                    elif not (prev.form.plural or prev.form.entry.mode == "trade"):
                        continue  # "ثم بعد فترة ... في السبعينيات": a clause with no event of its own
                elif kind == "dates" and not after and any(d.last < prev.first for d in prev.dates) \
                        and _comma_and(doc, lex, prev.last + 1, p.first):
                    # "وفي 17 يناير 1991 بدأ التحالف ... بغارات على العراق، وانتهت الحرب ... في 26 فبراير": dated
                    # before it, the trigger takes no date from a later coordinated clause
                    continue
                elif after and _soft_boundary(doc, lex, prev.last + 1, p.first + 1) \
                        and after[0].first - p.last <= (10 if _soft_boundary(doc, lex, p.first - 1, p.first + 1) else 6):
                    chosen = after[0]  # "..., وفي نوفمبر من نفس العام قام رئيس الوزراء ... بزيارة": the later clause
            if kind == "dates" and _since_phrase_date(doc, lex, chosen, p):
                continue  # "a call ..., the first since the crisis began a decade ago, during which ...": the start
            if kind == "dates" and _report_date(doc, lex, chosen, p):
                continue  # "rose in 2024, figures released on Wednesday showed": the figures' day
            if kind == "dates" and chosen.form.entry.complement and p.first > chosen.last \
                    and lex.content_openers is not None and not _weekday_of_past(chosen, p) \
                    and (any(not any(chosen.last < c.first < a for c in contents)
                             for a, _b, _x in doc.cues(lex.content_openers, chosen.last + 1, p.first))
                         or _opens_content(doc, lex, chosen, p)):
                # "agreed to hold a meeting next year": the date of the content, not of the agreeing (but in
                # "pledged aid to Jordan yesterday" the "to" follows the content noun: a preposition)
                continue
            if kind == "dates" and chosen.last < p.first:
                p = _counted_across(doc, lex, p, chosen, triggers)
            if kind == "dates" and _said_in_past(doc, lex, p, chosen):
                if _planned_before_saying(doc, lex, chosen, p):
                    continue  # "will sign a treaty in Jakarta, his office said on Friday": the saying's day
                m = p.mention
                p = Placed(Mention(m.kind, m.span, m.sentence, m.value, f"{m.rule}{_SAID}", m.text), p.first, p.last)
            getattr(chosen, kind).append(p)
    for t in triggers:
        if len(t.dates) >= 2 and lex.effective_from is not None:
            # "signed on June 21 a decree suspending flights from July 8": the measure is dated when it was taken
            # or announced, not by the day it takes effect (CODING_GUIDE, Dates)
            taken = [p for p in t.dates if not _effective_from(doc, lex, p)]
            if taken and len(taken) < len(t.dates):
                t.dates[:] = taken
        if len(t.dates) >= 2 and any(p.first > t.last for p in t.dates):
            # "Hungary on Tuesday denied a report that it would block the package at a summit on Feb. 1": the date
            # before the denial is the day it was denied; the act denied keeps its own date, said after it
            # (or after it: "ونفت المجر يوم الثلاثاء تقريرا أفاد بأنها ستعرقل ...")
            s_lo = doc.sentence_tokens[t.sentence][0]
            told = [p for p in t.dates if p.first > t.last
                    or not doc.cues(lex.negated_sentence, max(s_lo, p.first - _SAID_REACH), t.first)]
            if told and len(told) < len(t.dates):
                t.dates[:] = told
        if any(_anniversary(p) for p in t.dates) and any(getattr(p.mention.value, "start", None) for p in t.dates):
            # "الذكرى الخامسة والعشرين لتوقيع معاهدة السلام ... في 26 تشرين الأول/أكتوبر 1994": the date said wins
            t.dates[:] = [p for p in t.dates if not _anniversary(p)]
        if t.dates:
            t.dates[:] = [_visit_span(doc, lex, t, p) for p in t.dates]


def _effective_from(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """Is the date said right after "from", "as of", "اعتبارا من" (the day a measure takes effect)?"""
    s_lo = doc.sentence_tokens[p.mention.sentence][0]
    return lex.effective_from is not None and any(
        b == p.first - 1 for _a, b, _c in doc.cues(lex.effective_from, max(s_lo, p.first - 4), p.first))


def _span_end_before(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """Does a word ending a span stand right before the date, across a time of day ("until 2027", "gave them
    until midnight on Saturday", "في موعد أقصاه الخميس"), or "until" after a deadline granted ("أمهلتهم حتى منتصف
    ليل السبت")? The date is a deadline or an end, not the day of an act."""
    s_lo = doc.sentence_tokens[doc.sentence_of_token[p.first]][0]
    j = p.first - 1
    while j > s_lo and p.first - j <= 3 and doc.tokens[j].text in lex.times_of_day:
        j -= 1
    if j < s_lo:
        return False
    forms = {f for f, _ in lex.clitics.prefix_forms(doc.tokens[j].text)}
    return bool(forms & lex.span_end) or (bool(forms & lex.deadline_until) and any(
        f in lex.deadline_words for k in range(max(s_lo, j - 3), j) for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)))


def _planned_before_saying(doc: Doc, lex: Lexicon, trig: Trigger, p: Placed) -> bool:
    """Is the act told before the saying a plan ("are scheduled to sign a treaty, his office said on Friday",
    "ومن المقرر أن يوقع البلدان اتفاقية، كما قال المتحدث أمس")? The day said is the saying's, not the act's:
    a past act ("signed a treaty, his office said on Friday") keeps it."""
    if trig.form.past or trig.last >= p.first:
        return False
    s_lo = doc.sentence_tokens[trig.sentence][0]
    return bool(doc.cues(lex.planned_before, max(s_lo, trig.first - 4), trig.first + 1))


def _opens_content(doc: Doc, lex: Lexicon, trig: Trigger, p: Placed) -> bool:
    """Does the trigger end with the word opening its content ("agreed to", "pledging to") and a verb phrase
    follow, not a noun phrase ("agreed to the plan on Monday"), with the date after it ("agreed to hold the next
    session in the first quarter of 2024")?"""
    k = trig.last + 1
    return doc.tokens[trig.last].text in lex.closing_openers and k < p.first \
        and doc.tokens[k].text not in lex.determiners and not doc.in_mention(k)


def _voiced_by(doc: Doc, lex: Lexicon, prev: Trigger, p: Placed) -> bool:
    """Is the date said in a clause of saying that explains the act before it ("..., إذ أكد المتحدث ... أمس
    أن ...")? The explanation (marker and verb) opens the first clause boundary after the trigger."""
    if lex.explanations is None or p.first - prev.last > 20:
        return False
    cues = boundary_cues(doc, lex, prev.last + 1, p.first)
    return len(cues) == 1 and any(a == cues[0][0] for a, _b, _c in doc.cues(lex.explanations, cues[0][0], cues[0][0] + 1))


def _in_force_date(doc: Doc, lex: Lexicon, p: Placed, triggers: list[Trigger]) -> bool:
    """Is the date the one an agreement takes effect or expires on ("signed a deal that will take effect
    next year", "اتفاق يدخل حيز التنفيذ مطلع العام المقبل")? A marker ending at most four words before
    it, with no trigger in between, after the signing or the agreeing it qualifies -- the day a measure
    takes effect is its own date ("duties took effect on Tuesday"), as is that of relations established
    "when the treaty took effect"."""
    if lex.in_force is None:
        return False
    lo = max(doc.sentence_tokens[p.mention.sentence][0], p.first - 8)
    for a, b, _x in doc.cues(lex.in_force, lo, p.first):
        before = [t for t in triggers if t.last < a]
        if p.first - b <= 5 and not doc.in_mention(a) and before \
                and (before[-1].form.entry.mode == "sign" or before[-1].form.entry.type == EventType.AGREE) \
                and not any(a <= t.last and t.first < p.first for t in triggers):
            return True
    return False


def _counted_from_date(doc: Doc, lex: Lexicon, p: Placed) -> Placed:
    """"Rabat's decision, announced two days after Wednesday's shooting", "بعد يومين من هجوم الأربعاء": a date
    right after "N units after/before" (at most one word between) is the anchor of the count -- the act is
    dated that many units from it."""
    s_lo = doc.sentence_tokens[doc.sentence_of_token[p.first]][0]
    lo = max(s_lo, p.first - 8)
    if p.first - lo < 2:
        return p
    start = doc.tokens[lo].start
    clause = doc.text.folded[start:doc.tokens[p.first].start]
    for sign, patterns in ((1, lex.offset_after), (-1, lex.offset_before)):
        for pattern in patterns:
            for m in pattern.finditer(clause):
                if len(clause[m.end():].split()) > 1:
                    continue
                name, _, count = lex.offset_units.get(m.group("u") or "", "").partition(":")
                word = m.groupdict().get("n")
                n = (int(word) if word.isdigit() else lex.number_words.get(word)) if word else int(count or 1)
                ref = p.mention.value
                resolved = resolve_relative(ref, doc.text.article.published, direction=-1) \
                    if isinstance(ref, DateRef) else None
                if n is None or resolved is None:
                    return p
                when, precision = resolved[0], resolved[2]
                if name in ("day", "week") and precision == Precision.DAY:
                    day = dt.date.fromisoformat(when[:10]) + sign * dt.timedelta(days=n * (7 if name == "week" else 1))
                    value = DateRef(day.isoformat(), None, Precision.DAY)
                elif name == "month" and precision in (Precision.DAY, Precision.MONTH):
                    months = int(when[:4]) * 12 + int(when[5:7]) - 1 + sign * n
                    value = DateRef(f"{months // 12:04d}-{months % 12 + 1:02d}", None, Precision.MONTH)
                elif name == "year" and precision != Precision.DECADE:
                    value = DateRef(f"{int(when[:4]) + sign * n:04d}", None, Precision.YEAR)
                else:
                    return p
                mt = p.mention
                return Placed(Mention(mt.kind, mt.span, mt.sentence, value, f"{mt.rule}:counted", mt.text),
                              p.first, p.last)
    return p


def _counted_across(doc: Doc, lex: Lexicon, p: Placed, chosen: Trigger, triggers: list[Trigger]) -> Placed:
    """"استدعت سفيرها بعد ثلاثة أيام من طرد الخرطوم دبلوماسيين مصريين يوم 10 أيار": a date given to the act
    told before "N units after/before" an event that is no trigger of its own, said with that date -- the
    act lies that many units from it."""
    if p.mention.rule.endswith(":counted") or not isinstance(p.mention.value, DateRef) \
            or p.first - chosen.last < 3 or p.first - chosen.last > 16:
        return p
    start = doc.tokens[chosen.last + 1].start
    clause = doc.text.folded[start:doc.tokens[p.first].start]
    for sign, patterns in ((1, lex.offset_after), (-1, lex.offset_before)):
        for pattern in patterns:
            m = pattern.search(clause)
            if m is None:
                continue
            b = doc.token_at(start + m.end() - 1)
            if any(b < t.first < p.first for t in triggers) or p.first - b > 8:
                return p
            name, _, count = lex.offset_units.get(m.group("u") or "", "").partition(":")
            word = m.groupdict().get("n")
            n = (int(word) if word.isdigit() else lex.number_words.get(word)) if word else int(count or 1)
            value = _shifted(p.mention.value, doc.text.article.published, -1, name, sign * n) \
                if n is not None and name in ("day", "week", "month", "year") else None
            if value is None:
                return p
            mt = p.mention
            return Placed(Mention(mt.kind, mt.span, mt.sentence, value, f"{mt.rule}:counted", mt.text), p.first, p.last)
    return p


def _anniversary(p: Placed) -> bool:
    return p.mention.rule.endswith(":anniversary")


def _comma_and(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """A comma followed by a conjunction (or a word with a conjunction clitic) in tokens [lo, hi)."""
    folded = doc.text.folded
    for k in range(max(lo, 1), hi):
        tok = doc.tokens[k].text
        if (tok in lex.conjunctions or tok[:1] in lex.conjunctions) \
                and "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start].replace("،", ","):
            return True
    return False


def _relative_span_verb(doc: Doc, lex: Lexicon, noun: Trigger, p: Placed) -> bool:
    """"a visit to Cairo, which began yesterday", "زيارة ... التي بدأت أمس": a relative clause whose verb
    begins or ends the event named by the noun, with the date right after that verb."""
    if noun.form.pos != "noun" or p.first - noun.last > 14:
        return False
    for k in range(noun.last + 1, p.first - 1):
        if doc.tokens[k].text in lex.relative_pronouns:
            return p.first - k <= 4 and any(
                m is not None and any(a == k + 1 for a, _b, _c in doc.cues(m, k + 1, k + 2))
                for m in (lex.visit_start_verbs, lex.visit_end_verbs))
    return False


def _own_relative_clause(doc: Doc, lex: Lexicon, noun: Trigger, p: Placed) -> bool:
    """"العدوان الثلاثي الذي شنته بريطانيا ... في أكتوبر 1956", "الاجتماع الذي عقداه أمس": a relative clause
    right after the noun whose verb takes the noun back as an object pronoun tells the noun's own act, so a
    date in it, with no further clause boundary, dates the noun."""
    if noun.form.pos != "noun" or not lex.clitics.suffixes:
        return False
    for k in range(noun.last + 1, min(noun.last + 3, p.first - 1)):
        if doc.tokens[k].text in lex.relative_pronouns:
            verb = doc.tokens[k + 1].text
            return any(verb.endswith(x) and len(verb) >= len(x) + 2 for x in lex.clitics.suffixes) \
                and not hard_boundary(doc, lex, k + 1, p.first)
    return False


_DEFINITE = re.compile(r"^(?:[وفبكل]?ال|لل)")


def _earlier_relative_clause(doc: Doc, lex: Lexicon, prev: Trigger, p: Placed) -> bool:
    """"signed an agreement ending a visa regime that Tashkent had imposed in 2000", "منهية نظاما كانت طشقند قد
    فرضته عام 2000": a pluperfect relative clause on a noun that is not the trigger (a relative pronoun, or in
    Arabic an auxiliary right after an indefinite noun) tells an earlier act of its own -- its date is not the
    trigger's."""
    if p.first - prev.last > 30:
        return False
    auxiliaries = lex.past_auxiliaries | lex.clause_openers
    for k in range(prev.last + 3, p.first):
        tok = doc.tokens[k].text
        if tok not in auxiliaries or doc.in_mention(k):
            continue  # a bare auxiliary: "وكانت" (with its conjunction) opens a coordinated clause instead
        marked = any(doc.tokens[j].text in lex.relative_pronouns for j in range(max(prev.last + 3, k - 4), k))
        if not marked and tok in lex.clause_openers:
            before = doc.tokens[k - 1].text
            # Arabic leaves the relative pronoun out only after an indefinite noun ("نظاما كانت ...")
            marked = doc.sentence_of_token[k - 1] == p.mention.sentence and before not in lex.conjunctions \
                and not _DEFINITE.match(before) and not doc.in_mention(k - 1) \
                and "," not in doc.text.folded[doc.tokens[k - 1].end:doc.tokens[k].start] \
                and not hard_boundary(doc, lex, max(k - 2, 0), k)  # "في حين كان ...": a conjunction, no noun
        if marked and not hard_boundary(doc, lex, k, p.first):
            return True
    return False


def _since_phrase_date(doc: Doc, lex: Lexicon, chosen: Trigger, p: Placed) -> bool:
    """"هو الأول بينهما منذ اندلاع الأزمة قبل عقد، جرى خلاله ...", "the first since the war began a decade ago": a
    date closing a since-phrase after "first" is when the span began -- not the date of the event told before it
    nor of one told after it."""
    if not (lex.since and lex.first_words):
        return False
    s_lo = doc.sentence_tokens[p.mention.sentence][0]
    for k in range(p.first - 1, max(s_lo, p.first - 7) - 1, -1):
        if chosen.first <= k <= chosen.last:
            return False
        if any(f in lex.since for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
            lo = chosen.last + 1 if chosen.last < k else s_lo
            return not hard_boundary(doc, lex, k + 1, p.first) and any(
                f in lex.first_words for j in range(max(lo, k - 6), k) for f, _ in lex.clitics.prefix_forms(doc.tokens[j].text))
    return False


def _timed_before_coordination(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """Is a time counted from the story ("earlier that year", "later that month", "في العام نفسه") said in tokens
    [lo, hi), before a comma and a conjunction that open the next clause? The act before it is dated by it, not
    by a date of that next clause ("had recalled its ambassador earlier that year, and shut its embassy in 2012")."""
    for m in (lex.same_year, lex.same_month):
        if m is None:
            continue
        if any(_comma_and(doc, lex, b, hi) for _a, b, _c in doc.cues(m, lo, hi)):
            return True
    return False


def _performed_in_relative(doc: Doc, lex: Lexicon, noun: Trigger, p: Placed) -> bool:
    """"the visit that Erdogan paid to Algeria in January 2020", "الزيارة التي قام بها أردوغان إلى الجزائر في
    يناير 2020": a relative clause right after an event noun whose verb only performs it (no event of its own)
    -- a date in it is the noun's own."""
    k = noun.last + 1
    if noun.form.pos != "noun" or not lex.performing_verbs or p.first - noun.last > 14 or k + 1 >= p.first \
            or doc.tokens[k].text not in lex.relative_pronouns:
        return False
    return any(f in lex.performing_verbs for f, _ in lex.clitics.prefix_forms(doc.tokens[k + 1].text))


def _visit_length(doc: Doc, lex: Lexicon, t: Trigger) -> int | None:
    """The number of days of a visit said around its noun ("a two-day visit", "زيارة ... استمرت يومين")."""
    s_lo, s_hi = doc.sentence_tokens[t.sentence]
    lo, hi = max(s_lo, t.first - 3), min(s_hi, t.last + 9)
    if hi <= lo:
        return None
    clause = doc.text.folded[doc.tokens[lo].start:doc.tokens[hi - 1].end]
    for pattern in lex.visit_length:
        m = pattern.search(clause)
        if m:
            word = m.group(1).split()[0]
            return int(word) if word.isdigit() else lex.number_words.get(word)
    return None


def _day_of(ref: object, published: str | None, direction: int) -> dt.date | None:
    """The day a day-precision date mention names (a relative one resolved against publication)."""
    if not isinstance(ref, DateRef) or ref.precision != Precision.DAY:
        return None
    resolved = resolve_relative(ref, published, direction=direction)
    if resolved is None or resolved[2] != Precision.DAY:
        return None
    return dt.date.fromisoformat(resolved[0][:10])


def _visit_span(doc: Doc, lex: Lexicon, t: Trigger, p: Placed) -> Placed:
    """"wrapped up a two-day visit on Wednesday" (Tuesday to Wednesday), "بدأ أمس الأحد زيارة تستغرق
    يومين" (Sunday to Monday): the days of a visit from its length and its first or last day."""
    if t.form.entry.type != EventType.CONSULT or t.form.entry.mode != "visit":
        return p
    s_lo = doc.sentence_tokens[t.sentence][0]
    lo = max(s_lo, t.first - 10)
    ends = [b for _a, b, _c in doc.cues(lex.visit_end_verbs, lo, t.first)] if lex.visit_end_verbs else []
    starts = [b for _a, b, _c in doc.cues(lex.visit_start_verbs, lo, t.first)] if lex.visit_start_verbs else []
    cue = max(ends + starts, default=None)
    if cue is None and p.first > t.last and p.first - t.last <= 14:
        # "a two-day visit to China that ended on Tuesday", "زيارة ... استمرت يومين وانتهت يوم الثلاثاء": the
        # verb after the noun, the date right after it
        for m, into in ((lex.visit_end_verbs, ends), (lex.visit_start_verbs, starts)):
            if m is not None:
                into.extend(b for _a, b, _c in doc.cues(m, t.last + 1, p.first) if p.first - b <= 3)
        cue = max(ends + starts, default=None)
        if cue is None:
            return p
    elif cue is None or hard_boundary(doc, lex, cue + 1, t.first):
        return p
    n = _visit_length(doc, lex, t)
    ending = cue in ends
    day = _day_of(p.mention.value, doc.text.article.published, -1 if ending else 0)
    if n is None or n < 2 or n > 31 or day is None:
        return p
    first, last = (day - dt.timedelta(days=n - 1), day) if ending else (day, day + dt.timedelta(days=n - 1))
    m = p.mention
    relative = m.value.relative if isinstance(m.value, DateRef) else None  # still a date of the day's news
    value = DateRef(first.isoformat(), last.isoformat(), Precision.DAY, relative)
    return Placed(Mention(m.kind, m.span, m.sentence, value, f"{m.rule}{_VISIT_SPAN}", m.text), p.first, p.last)


def _in_setting_of(doc: Doc, lex: Lexicon, trig: Trigger, p: Placed) -> bool:
    """Does date ``p`` stand in a setting phrase after ``trig`` ("اتفقتا ... في ختام اجتماع عقده الوفدان
    أمس"), a few words after its marker?"""
    if lex.setting_dates is None or not lex.setting_dates.size:
        return False
    return any(p.first - b <= 8 for _a, b, _c in doc.cues(lex.setting_dates, trig.last + 1, p.first))


def _report_date(doc: Doc, lex: Lexicon, trig: Trigger, p: Placed) -> bool:
    """Is the date, after an act already dated, said of the figures or report that tell it ("trade rose to $4.9
    billion in 2024, figures released on Wednesday showed", "بلغ التبادل ... عام 2024، بحسب بيانات نشرت أمس")? It
    is the day the figures came out, not a second period of the act."""
    if lex.report_dates is None or not lex.report_dates.size or not trig.dates or p.first <= trig.last:
        return False
    return any(p.first - b <= _REPORT_REACH for _a, b, _c in doc.cues(lex.report_dates, trig.last + 1, p.first))


def said_in_participle(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """Is a participle of saying and its complementizer, set off by a comma, between tokens ("أكد دعم بلاده للصومال،
    معلنا أن القاهرة سترسل قوات ...", "مشيرا إلى أن", "voiced support, announcing that Cairo would ...")? What
    follows it is the content said, with a time of its own: it dates nothing before it."""
    folded = doc.text.folded
    for k in range(max(lo, 1), hi):
        word = doc.tokens[k].text
        if "," not in folded[doc.tokens[k - 1].end:doc.tokens[k].start] and "،" not in \
                folded[doc.tokens[k - 1].end:doc.tokens[k].start]:
            continue
        if not (word in lex.participles or any(word.endswith(x) and len(word) > len(x) + 2
                                               for x in lex.participle_suffixes)):
            continue
        if any(doc.tokens[j].text in lex.saying_complementizers for j in range(k + 1, min(hi, k + 4))):
            return True
    return False


def _dates_content(doc: Doc, lex: Lexicon, p: Placed, triggers: list[Trigger], contents: list[Trigger]) -> bool:
    before = [t for t in triggers if t.last < p.first]
    if not before or not before[-1].form.entry.complement:
        return False
    main = before[-1]
    # the object of a measure ("banned seafood imports from Japan in August") is no act of its own time
    own = [c for c in contents if main.last < c.last < p.first] \
        if main.form.entry.type not in (EventType.SANCTION, EventType.RETREAT) else []
    if main.form.entry.type in (EventType.ACCUSE, EventType.REJECT) and _of_a_day(getattr(p.mention.value, "relative", None)):
        own = []  # "lashed out at the expulsion order on Monday evening": a reaction told by its day
    if own and p.first - own[-1].last <= 3 and not hard_boundary(doc, lex, own[-1].last + 1, p.first) \
            and not is_purpose(doc, lex, own[-1]) \
            and not (own[-1].form.pos == "noun" and (_past_relative(p) or _weekday_of_past(main, p))):
        own[-1].dates.append(p)
        return True
    # a deadline marker right before the date ("by the end of 2018", "بحلول نهاية 2018"; the marker
    # may overlap the date's own words)
    k0 = max(main.last + 1, p.first - 4)
    if any(b >= p.first - 1 for _a, b, _x in doc.cues(lex.deadline, k0, p.first)):
        return True
    # "وفق اتفاقية الجزائر لعام 1975": the date of a noun that is no trigger
    tok = doc.tokens[p.first]
    clitic = doc.text.folded[tok.start:doc.text.folded_index(p.mention.span.start)]
    genitive = clitic in lex.genitive_dates or (p.first > main.last + 1 and doc.tokens[p.first - 1].text in lex.genitive_dates)
    noun = p.first - (1 if clitic else 2)
    if noun >= 0 and doc.tokens[noun].text in lex.time_nouns:
        return False  # "recalled its ambassador in the summer of 2019": the act's time
    return genitive and noun > main.last and not any(t.first <= noun <= t.last for t in triggers + contents)


def _weekday_of_past(main: Trigger, p: Placed) -> bool:
    """"تعهدت روسيا بسحب قواتها من الحدود يوم الاثنين", "وافقت تركيا على دعم سوريا يوم الأربعاء": a bare weekday
    (no "next", "last") closing the clause of a perfect verb of agreeing dates the agreeing, the day of the news --
    not what is agreed, which a plain weekday does not date ahead of a past verb."""
    rel = getattr(p.mention.value, "relative", None)
    return main.form.pos == "verb" and main.form.past and rel is not None and rel.unit == "weekday" \
        and not rel.offset


def _past_relative(p: Placed) -> bool:
    """"pledged aid to Jordan yesterday": a date counted back from the publication ("yesterday", "last
    week") after a noun content dates the pledge -- what is pledged or requested lies ahead of it."""
    rel = getattr(p.mention.value, "relative", None)
    return rel is not None and rel.unit in ("day", "week", "month", "year") and rel.offset < 0


def past_explicit(t: Trigger, published: str | None) -> bool:
    """Does the trigger carry an explicit date (with a year) earlier than the publication year?"""
    starts = [getattr(d.mention.value, "start", None) for d in t.dates]
    return bool(starts) and all(isinstance(x, str) and published is not None and x[:4] < published[:4] for x in starts)


def is_dateline(doc: Doc, p: Placed) -> bool:
    """"CAIRO, May 5 (Agency) - ...", "كوالالمبور - الثلاثاء 28 رجب 1446هـ - ...": the date of the dispatch,
    not of an event (also when it stands between the place's dash and a second one)."""
    if doc.dateline is None:
        return False
    if doc.dateline.contains(p.mention.span):
        return True
    body = doc.text.article.text
    span = p.mention.span
    head = body[doc.dateline.end:span.start]
    # at most a weekday before the date, at most a calendar mark ("هـ", "AD") between it and the dash
    return len(head) <= 12 and "\n" not in head and len(head.split()) <= 1 \
        and _DASH_AFTER.match(body, span.end) is not None


def narrative_years(doc: Doc, lex: Lexicon) -> list[Placed]:
    """A day or month without a year ("in November", "في نوفمبر من نفس العام") in a story told about
    an earlier time takes the year of the story, not the year of publication: the year of the last
    explicit date before it when that year is two or more years before publication, or always when
    "of the same year" follows."""
    pub = doc.text.article.published
    pub_year = int(pub[:4]) if pub else None
    out: list[Placed] = []
    last_year: int | None = None
    last_month: int | None = None
    last_sentence: int | None = None
    last_day: str | None = None
    last_day_at = -1  # the last token of the mention that said last_day
    said_year: int | None = None
    said_sentence = -1
    item_year: int | None = None  # the year of the last timeline item or year heading
    item_sentence = -1  # the sentence opened by the last dated timeline item, and its month
    item_month: int | None = None
    story_year: int | None = None  # the year and month of the last month placed in the story
    story_month: int | None = None
    forward = False  # has the story gone forward from one month to a later one of the same year?
    for p in doc.dates:
        ref = p.mention.value
        item = _opens_item(doc, p)
        if isinstance(ref, DateRef) and ref.start and ref.precision in (Precision.MONTH, Precision.DAY):
            forward = story_year == int(ref.start[:4]) and story_month is not None and int(ref.start[5:7]) > story_month
            story_year, story_month = int(ref.start[:4]), int(ref.start[5:7])
        elif isinstance(ref, DateRef) and ref.start:
            story_year, story_month, forward = None, None, False
        if isinstance(ref, DateRef) and ref.start:
            if item and ref.precision != Precision.DECADE:
                item_year = int(ref.start[:4])
                item_sentence = p.mention.sentence
                item_month = int(ref.start[5:7]) if ref.precision in (Precision.MONTH, Precision.DAY) else None
            # a story told by dated steps (month or day); a bare year in passing does not set it
            if ref.precision in (Precision.MONTH, Precision.DAY):
                last_year = int(ref.start[:4])
                last_month = int(ref.start[5:7])
                last_sentence = p.mention.sentence
            if ref.precision != Precision.DECADE:
                said_year = int(ref.start[:4])  # any year said, for "of the same year"
                said_sentence = p.mention.sentence
            last_day = ref.start if ref.precision == Precision.DAY else None
            last_day_at = p.last
            out.append(p)
            continue
        rel = ref.relative if isinstance(ref, DateRef) else None
        if rel is not None and rel.unit == "weekday" and not rel.offset and isinstance(ref, DateRef) \
                and not is_dateline(doc, p) and _told_in_past(doc, lex, p):
            # "The crisis had begun on Thursday, when ...": the day of a past verb is the one gone by, whatever
            # the tense of the event words around it
            resolved = resolve_relative(ref, pub, direction=-1)
            if resolved is not None and resolved[2] == Precision.DAY:
                m = p.mention
                last_day = resolved[0][:10]
                last_day_at = p.last
                out.append(Placed(Mention(m.kind, m.span, m.sentence, DateRef(last_day, None, Precision.DAY, rel),
                                          f"{m.rule}:told-past", m.text), p.first, p.last))
                continue
        if rel is not None and rel.unit == "day" and rel.offset == 0 and last_day is not None:
            # "في اليوم نفسه", "the next day": the day of the event told before, not of publication
            shift = _same_or_next_day(doc, lex, p.first - 3, p.last + 3)
            if shift is not None and _day_moved(doc, lex, last_day_at, p.first - 3):
                # "في 27 نوفمبر ... اتصال هاتفي غداة التوقيع. وفي اليوم ذاته ...": the day has moved on from the
                # date said by an offset with no date word; the event told before gives the day (inherit_date)
                continue
            if shift is not None:
                day = (dt.date.fromisoformat(last_day) + dt.timedelta(days=shift)).isoformat()
                m = p.mention
                out.append(Placed(Mention(m.kind, m.span, m.sentence, DateRef(day, None, Precision.DAY),
                                          f"{m.rule}:narrative-day", m.text), p.first, p.last))
                continue
        if rel is not None and not is_dateline(doc, p):
            # "يوم 22 نيسان الماضي ... في اليوم ذاته": a day told relative to publication dates "the same day" too
            said_day = _relative_day(doc, lex, p)
            if said_day is not None:
                last_day, last_day_at = said_day, p.last
            told = _told_month(doc, p)
            if told is not None:
                # "last April", "March last year": the story has come back to a month counted from publication
                last_year, last_month, last_sentence = told[0], told[1], p.mention.sentence
            if rel.unit == "year" and rel.offset:
                # "Sixty years ago today ... in December of that year", "العام الماضي ... في ديسمبر من العام نفسه"
                said_year = (pub_year + rel.offset) if pub_year is not None else said_year
                said_sentence = p.mention.sentence
        same_year = bool(doc.cues(lex.same_year, p.last + 1, min(len(doc.tokens), p.last + 5)))
        year = said_year if same_year and said_year is not None else last_year
        story = _story_month_year(doc, lex, p, said_year, said_sentence, story_year, story_month)
        if story is not None and rel is not None and rel.month:
            # "that November" after "in 2013", "the following January" after February 1960, "في يناير من العام
            # التالي": the month counts from the story, not from publication
            forward = story_year == story and story_month is not None and rel.month > story_month
            story_year, story_month = story, rel.month
            out.append(_in_year(p, rel, story, "narrative-year-story"))
            continue
        if item and rel is not None and rel.unit == "named_month" and rel.offset == 0 and rel.month:
            # "- 17 January: ...", "3 مارس: ...": a timeline item takes the year of the timeline (its year
            # heading or the last year told), else the past: a timeline tells what happened
            told_year = item_year if item_year is not None else said_year
            if told_year is not None and (pub_year is None or told_year <= pub_year):
                year, same_year = told_year, True
            else:
                past = resolve_relative(ref, pub, direction=-1) if isinstance(ref, DateRef) else None
                year, same_year = (int(past[0][:4]), True) if past is not None else (year, same_year)
        elif not item and p.mention.sentence == item_sentence and item_year is not None and rel is not None \
                and rel.unit == "named_month" and rel.offset == 0 and rel.month:
            # "- 1 July 2024: a first round of talks, followed by a second round on 12 August": a day inside a
            # timeline item goes on from the item's date (into the next year when its month comes earlier)
            year = item_year + (1 if item_month is not None and rel.month < item_month else 0)
            same_year = True
        if rel is None or rel.unit != "named_month" or rel.offset != 0 or not rel.month or year is None:
            out.append(p)
            continue
        recent = last_sentence is not None and p.mention.sentence - last_sentence <= 3
        s_lo = doc.sentence_tokens[p.mention.sentence][0]
        # "could attend the summit on 19 May", "will visit in June": a sentence about what is to come
        ahead = any(not doc.in_mention(a) for a, _b, _c in doc.cues(lex.planned_before, s_lo, p.first)) \
            or _possible(doc, lex, s_lo, p.first)
        if not same_year and (pub_year is None or pub_year - year < 2 or not recent or ahead
                              or (_just_before(pub, rel, last_month, p.mention.sentence - (last_sentence or 0) <= 1)
                                  and not _story_goes_on(doc, lex, rel, last_month, p, last_sentence))):
            out.append(p)
            continue
        if forward and not same_year and story_month is not None and rel.month < story_month and story_year == year \
                and pub_year is not None and year < pub_year and not _told_earlier(doc, lex, p):
            # "flew to Tehran in June 2023, and Raisi travelled to Riyadh that November ... Araghchi was received
            # in Riyadh in October": a story told forward through the year has passed into the next one
            year += 1
        if not same_year and last_month is not None and year == last_year and rel.month < last_month \
                and (rel.month - last_month) % 12 <= 1 and not _told_earlier(doc, lex, p):
            year += 1  # "signed a pact in December 2020. In January, Cairo protested": the story passes the year's end
        day = getattr(rel, "day", None)
        day_end = getattr(rel, "day_end", None)
        forward = story_year == year and story_month is not None and rel.month > story_month
        story_year, story_month = year, rel.month
        start = f"{year:04d}-{rel.month:02d}" + (f"-{day:02d}" if day else "")
        end = f"{year:04d}-{rel.month:02d}-{day_end:02d}" if day and day_end else None
        value = DateRef(start, end, Precision.DAY if day else Precision.MONTH)
        m = p.mention
        out.append(Placed(Mention(m.kind, m.span, m.sentence, value, f"{m.rule}:narrative-year", m.text),
                          p.first, p.last))
    return out


def _story_month_year(doc: Doc, lex: Lexicon, p: Placed, said_year: int | None, said_sentence: int,
                      story_year: int | None, story_month: int | None) -> int | None:
    """The year of a month without a year named from the story told just before ("Cairo expelled the
    ambassador that November" after "in 2013"; "the following January" after February 1960 is January 1961;
    "في يناير من العام التالي"), or None when no cue of ``lex.story_months`` names it so."""
    ref = p.mention.value
    rel = ref.relative if isinstance(ref, DateRef) else None
    if lex.story_months is None or rel is None or rel.unit != "named_month" or not rel.month \
            or rel.offset not in (0, 1) or said_year is None or not 0 <= p.mention.sentence - said_sentence <= 3:
        return None
    s_lo, s_hi = doc.sentence_tokens[p.mention.sentence]
    for a, b, payload in doc.cues(lex.story_months, max(s_lo, p.first - 3), min(s_hi, p.last + 2)):
        side, _, kind = payload.partition(":")
        if side == "before":
            # "that November", "the following March" (the cue may open the mention: "following march"); not
            # the complementizer of "said that in November"
            starts = doc.tokens[p.first].text
            if not ((b == p.first - 1 and starts not in lex.location_preps and starts not in lex.times_of_day)
                    or a < p.first <= b < p.last):
                continue
        elif a != p.last + 1:
            continue
        if rel.offset and kind != "next":
            continue  # "that next January": the modifier counts from publication
        if kind == "same":
            return said_year
        if kind == "year":
            return said_year + 1
        told_month = story_month if story_year == said_year else None
        return said_year + (1 if told_month is None or rel.month <= told_month else 0)
    return None


def _in_year(p: Placed, rel: Relative, year: int, name: str) -> Placed:
    """The month (and day) of ``rel`` in ``year``, as a date mention in place of ``p``."""
    day = getattr(rel, "day", None)
    day_end = getattr(rel, "day_end", None)
    start = f"{year:04d}-{rel.month:02d}" + (f"-{day:02d}" if day else "")
    end = f"{year:04d}-{rel.month:02d}-{day_end:02d}" if day and day_end else None
    m = p.mention
    return Placed(Mention(m.kind, m.span, m.sentence, DateRef(start, end, Precision.DAY if day else Precision.MONTH),
                          f"{m.rule}:{name}", m.text), p.first, p.last)


def _day_moved(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """Is an offset with no date word of its own ("غداة التوقيع", "two days after the signing") said in tokens
    (lo, hi)?"""
    if hi <= lo + 1:
        return False
    clause = doc.text.folded[doc.tokens[lo + 1].start:doc.tokens[hi - 1].end]
    return any(pattern.search(clause) for pattern in (*lex.offset_after, *lex.offset_before))


def _told_earlier(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """Is the sentence of a date told as earlier than the story's time (a pluperfect "had", "وكان ... قد",
    "earlier", "قبل ذلك")?"""
    lo = doc.sentence_tokens[p.mention.sentence][0]
    hi = doc.sentence_tokens[p.mention.sentence][1]
    words = {f for k in range(lo, hi) for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)}
    return bool(words & (lex.past_auxiliaries | lex.earlier_words))


def _told_in_past(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """Is a day said right after a past verb ("erupted on Thursday", "had begun on Thursday"), not one of
    saying, with nothing to come told before it in its sentence ("is expected on Thursday")? Only where the past is marked by
    a word form (not the Arabic pattern)."""
    if not (lex.past_forms or lex.past_suffixes):
        return False
    s_lo = doc.sentence_tokens[p.mention.sentence][0]
    k = p.first - 1
    while k > s_lo and doc.tokens[k].text in lex.times_of_day:
        k -= 1  # "on", "the"
    if k < s_lo or doc.in_mention(k):
        return False
    word = doc.tokens[k].text
    if lex.speech_verbs is not None and doc.cues(lex.speech_verbs, k, k + 1):
        return False  # "said on Thursday that Boric was expected in Lima": the saying, dated as before
    if not (word in lex.past_forms or word.endswith(lex.past_suffixes)
            or (k > s_lo and doc.tokens[k - 1].text in lex.past_auxiliaries)):
        return False
    return not any(not doc.in_mention(a) for a, _b, _c in doc.cues(lex.planned_before, s_lo, p.first)) \
        and not _possible(doc, lex, s_lo, p.first)


def _opens_item(doc: Doc, p: Placed) -> bool:
    """Does the date open a line of a timeline or factbox ("- 17 January: ...", "3 مارس - ...") or stand
    alone on its line as the timeline's year heading ("2024")?"""
    if is_dateline(doc, p):
        return False
    body = doc.text.article.text
    span = p.mention.span
    line_start = body.rfind("\n", 0, span.start) + 1
    if body[line_start:span.start].strip() not in ("", *_LIST_MARKERS):
        return False
    line_end = body.find("\n", span.end)
    rest = body[span.end:line_end if line_end >= 0 else len(body)].strip()
    return rest[:1] in _ITEM_SEPARATORS or (rest == "" and getattr(p.mention.value, "precision", None) == Precision.YEAR)


def _possible(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """A cue of possibility in tokens [lo, hi) ("could", "قد" + imperfect) -- not "قد" + a past verb ("has"),
    nor the pluperfect after a past auxiliary ("وكان الوزيران قد التقيا")."""
    s_lo = doc.sentence_tokens[doc.sentence_of_token[lo]][0] if lo < len(doc.tokens) else lo
    for a, b, cue in doc.cues(lex.hypothetical, lo, hi):
        if doc.in_mention(a):
            continue
        pattern = lex.hypothetical_next.get(cue)
        if pattern is not None:
            nxt = doc.tokens[b + 1].text if b + 1 < len(doc.tokens) else ""
            if not pattern.search(nxt) or any(f in lex.clause_openers for k in range(max(s_lo, a - 12), a)
                                              for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
                continue
        return True
    return False


def _told_month(doc: Doc, p: Placed) -> tuple[int, int] | None:
    """The year and month of a month named relative to publication ("last April", "March last year",
    "نيسان الماضي"), not of the month said without a year ("in April")."""
    ref = p.mention.value
    rel = ref.relative if isinstance(ref, DateRef) else None
    if rel is None or not rel.month or (rel.unit == "named_month" and not rel.offset) \
            or rel.unit not in ("named_month", "year"):
        return None
    resolved = resolve_relative(ref, doc.text.article.published)
    if resolved is None or resolved[2] not in (Precision.MONTH, Precision.DAY):
        return None
    return int(resolved[0][:4]), int(resolved[0][5:7])


def _relative_day(doc: Doc, lex: Lexicon, p: Placed) -> str | None:
    """The one day a relative date mention names ("June 15", "on Tuesday", "22 نيسان الماضي"), resolved
    against publication -- ahead of it in a sentence about what is to come, else the nearest such day."""
    ref = p.mention.value
    if not isinstance(ref, DateRef) or ref.relative is None or ref.relative.span_days:
        return None
    s_lo = doc.sentence_tokens[p.mention.sentence][0]
    ahead = any(not doc.in_mention(a) for a, _b, _c in doc.cues(lex.planned_before, s_lo, p.first))
    resolved = resolve_relative(ref, doc.text.article.published, direction=1 if ahead else 0)
    if resolved is None or resolved[2] != Precision.DAY or resolved[1] != resolved[0]:
        return None
    return resolved[0][:10]


def _story_goes_on(doc: Doc, lex: Lexicon, rel: Relative, story_month: int | None, p: Placed,
                   last_sentence: int | None) -> bool:
    """Is a month without a year told as a step forward of a few months from the month told in the same or the
    sentence before, with a word of sequence before it ("flew to Tokyo in March 2023 ... Days later Japan
    scrapped the curbs, and Kishida paid a return visit to Seoul in May")? The story goes on in its year, even
    to the month just before publication."""
    if story_month is None or last_sentence is None or p.mention.sentence - last_sentence > 1 \
            or rel.month is None or not 0 < rel.month - story_month <= _STORY_STEP:
        return False
    s_lo = doc.sentence_tokens[p.mention.sentence][0]
    return any(m is not None and bool(doc.cues(m, s_lo, p.first)) for m in (lex.shortly_after, lex.sequence_adverbs))


def _just_before(published: str | None, rel: Relative, story_month: int | None, next_told: bool = True) -> bool:
    """Is a month (or day) without a year the one just before publication ("restored ties in August"
    in a September story, "sworn in on June 23" three days before publication)? News returns to the
    present with it, whatever year the background told before -- unless the story is an anniversary
    piece, told around the same time of year as its dates."""
    pub = parse_published(published)
    if pub is None or pub[1] is None or rel.month is None:
        return False
    y, mo, d = pub
    if story_month is not None and min((story_month - mo) % 12, (mo - story_month) % 12) <= 1:
        return False  # an anniversary piece: "on 2 August 1990 ... on 6 August ..." published in August
    if story_month is not None and (rel.month - story_month) % 12 <= 1 and next_told:
        # the story goes on: "in January 2011 ... In February, the League suspended ..." -- told in the same or
        # the next sentence (``next_told``); after a sentence between, the month just before publication is
        # the present's ("signed in December 2020 ... Washington is watching. The US had warned Khartoum in
        # January")
        return False
    back = (mo - rel.month) % 12
    if rel.day is None or d is None:
        return back <= 1
    year = y - (1 if (rel.month, rel.day) > (mo, d) else 0)
    if not valid_day(year, rel.month, rel.day):
        return False
    day = dt.date(year, rel.month, rel.day)
    return 0 <= (dt.date(y, mo, d) - day).days <= 31


def _same_or_next_day(doc: Doc, lex: Lexicon, lo: int, hi: int) -> int | None:
    """0 for "the same day", 1 for "the next day" and -1 for "the day before" written in tokens [lo, hi),
    else None."""
    lo, hi = max(lo, 0), min(hi, len(doc.tokens))
    if doc.cues(lex.same_day, lo, hi):
        return 0
    if doc.cues(lex.next_day, lo, hi):
        return 1
    if lex.previous_day is not None and doc.cues(lex.previous_day, lo, hi):
        return -1
    return None


def hard_boundary(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """A clause boundary in [lo, hi), except a relative clause set off by commas on both sides ("انسحبت من
    المنظمة، التي سبقت الاتحاد، في 1984": the date after it belongs to the main clause)."""
    if hi <= lo:
        return False
    folded = doc.text.folded
    if any(c in folded[doc.tokens[k - 1].end:doc.tokens[k].start] for k in range(max(lo, 1), hi) for c in ";؛"):
        return True  # "ordered the ambassador out and demanded ...; the last soldiers flew out in December"
    for a, _b, _p in boundary_cues(doc, lex, lo, hi):
        if doc.tokens[a].text in lex.relative_pronouns and a > 0 \
                and "," in folded[doc.tokens[a - 1].end:doc.tokens[a].start] \
                and "," in folded[doc.tokens[a].end:doc.tokens[hi - 1].start]:
            continue
        return True
    return False


def date_list(doc: Doc, lex: Lexicon, dates: list[Placed]) -> bool:
    """Several dates joined as a list (2004، 2006 و2008 / 2004, 2006 and 2008)."""
    if len(dates) < 2:
        return False
    folded = doc.text.folded
    for a, b in itertools.pairwise(dates):
        gap = b.first - a.last - 1
        if gap > 3:
            return False
        # a list needs a separator: "2004، 2006 و2008" -- "أمس الأربعاء" is one date said twice
        between = folded[doc.tokens[a.last].end:doc.tokens[b.first].start]
        words = [doc.tokens[k].text for k in range(a.last + 1, b.first)]
        first_b = doc.tokens[b.first].text
        if not ("," in between or any(w in lex.conjunctions for w in words) or first_b[:1] in lex.conjunctions):
            return False
    return True


def inherit_date(doc: Doc, lex: Lexicon, trig: Trigger, earlier: list[Trigger], history: list[Draft],
                 refers: bool, lo: int, hi: int, later: list[Trigger],
                 parties: Sequence[Mention] = ()) -> tuple[Mention, ...]:
    """The date of a trigger with none of its own (``parties``: its actors). An act inside a visit told with
    its span of days ("began a two-day visit on Sunday ... met the emir") takes the visit's first day, not
    its span."""
    out = tuple(_first_day(m) for m in _inherit(doc, lex, trig, earlier, history, refers, lo, hi, later, parties))
    return (_closed_span(doc, lex, trig, out[0]), *out[1:]) if out else out


def _closed_span(doc: Doc, lex: Lexicon, trig: Trigger, m: Mention) -> Mention:
    """"The announcement came at the end of five days of talks", "وجاء الإعلان في ختام مباحثات ... على مدى خمسة
    أيام": talks closed by the event told before, on its day -- their days run back from it."""
    if trig.form.entry.type != EventType.CONSULT or lex.closing_of is None \
            or not doc.cues(lex.closing_of, max(doc.sentence_tokens[trig.sentence][0], trig.first - 8), trig.first):
        return m
    n = _visit_length(doc, lex, trig)
    day = _day_of(m.value, doc.text.article.published, -1)
    if n is None or n < 2 or n > 31 or day is None:
        return m
    first = day - dt.timedelta(days=n - 1)
    return Mention(m.kind, m.span, m.sentence, DateRef(first.isoformat(), day.isoformat(), Precision.DAY),
                   f"{m.rule}:closed-span", m.text)


def _first_day(m: Mention) -> Mention:
    ref = m.value
    if not m.rule.endswith(_VISIT_SPAN) or not isinstance(ref, DateRef) or ref.start is None:
        return m
    return Mention(m.kind, m.span, m.sentence, DateRef(ref.start, None, ref.precision, ref.relative), m.rule, m.text)


def _inherit(doc: Doc, lex: Lexicon, trig: Trigger, earlier: list[Trigger], history: list[Draft],
             refers: bool, lo: int, hi: int, later: list[Trigger], parties: Sequence[Mention]) -> tuple[Mention, ...]:
    month = _same_month(doc, lex, trig, lo, hi, history) or _same_year(doc, lex, trig, lo, hi, history) \
        or _same_decade(doc, lex, trig, lo, hi)
    if month is not None:
        return (month,)
    end = _end_of_event(doc, lex, trig, lo, hi, history)
    if end is not None:
        return (end,)
    counted = years_later(doc, lex, trig, lo, hi, history)
    if counted is not None:
        return (counted,)  # "وبعد ست سنوات ... ووقّع الجانبان خلالها": the years counted beat the visit referred to
    for t in (*earlier, *later):
        visit = visit_named_by_place(doc, lex, t, history) if lo <= t.first < hi else None
        if visit is not None:
            return visit.dates  # "سيوقعان خلال زيارة الرياض مذكرات": the visit told before to that state
    if refers or _clause_or_opening_cues(doc, lex.refers_back, trig, lo, lo, 1):
        # (or opening the sentence before the clause: "After the meeting, Jordan and France signed ...")
        prev = _talks_of(history, parties, doc, lex, trig)
        if prev is not None:
            return prev.dates
    shifted = _day_of_previous(doc, lex, trig, lo, hi, history) or _offset_from(doc, lex, trig, earlier, history) \
        or _offset_to_later(doc, lex, trig, hi, history)
    if shifted is not None:
        return (shifted,)  # "four years later": an offset beats the date of the previous clause
    if participle_clause(doc, lex, trig):
        # "met on Monday for their first summit since 2019, pledging ...": the main verb's date
        # (nor a past act named on the way: "إنهاء الاتفاق الموقع عام 2015، متهما ...")
        earlier = [t for t in earlier if t.form.pos == "verb"] \
            or [t for t in earlier if not t.form.entry.independent] or earlier
    for t in reversed(earlier):
        # "14 فبراير 2024: ... في أول زيارة له منذ 2012، ويوقع مع السيسي ...": beside the visit's own date, the
        # earlier visit's year dates nothing told with it (alone, it is the date of the clause that tells that
        # earlier visit: "أول زيارة منذ مايو 2009، حين زارها ...")
        own = ([d for d in t.dates if d not in first_since(doc, lex, t, t.dates)] if t.form.pos == "noun" else []) \
            or t.dates
        if own:
            return (own[-1].mention,)
        drafted = [h for h in history if h.trigger is t and h.dates]
        if drafted:
            return drafted[-1].dates
    # "signed, during his visit to Cairo in September 2004, a protocol": the clause's dated event
    for t in later:
        if t.first >= hi:
            break
        if t.dates and trig.form.entry.type == EventType.AID and reduced_relative(doc, t) \
                and t.form.entry.type == EventType.SUPPORT and lex.under_markers \
                and any(doc.tokens[k].text in lex.under_markers for k in range(trig.last + 1, t.first)):
            # "will lend Tanzania $2.5 billion under a framework arrangement signed on Saturday": the aid is the
            # arrangement's, dated by its signing (a past participle: a weekday gone by)
            m = t.dates[0].mention
            ref = m.value
            done = resolve_relative(ref, doc.text.article.published, direction=-1) \
                if isinstance(ref, DateRef) and ref.start is None else None
            if done is not None:
                m = Mention(m.kind, m.span, m.sentence, DateRef(done[0], None, done[2]), f"{m.rule}:under", m.text)
            return (m,)
        if t.dates and not reduced_relative(doc, t) and not t.form.entry.independent \
                and not t.dates[0].mention.rule.endswith(_BEGUN) \
                and not said_in_participle(doc, lex, trig.last + 1, t.first) \
                and not any(doc.tokens[k].text in lex.relative_pronouns for k in range(trig.last + 1, t.first)):
            # "a pact signed in 2001", "a commission that last met in 2016" date only the pact, the commission
            return (t.dates[0].mention,)
    occasion = _occasion_told_before(doc, lex, trig, lo)
    if occasion is not None:
        return (occasion,)  # "Monday's ceremony ... At the ceremony, the two signed ...": the occasion's day
    then = _at_the_time(doc, lex, trig, lo, hi, history) or _next_in_sequence(doc, lex, trig, lo, history)
    if then:
        return then  # told after the events of its own sentence: "a trip both sides hailed at the time"
    if doc.cues(lex.refers_back, trig.last + 1, hi):
        # "had offered to sell Egypt new air defence systems during the visit": further on in the clause
        prev = _talks_of(history, parties, doc, lex, trig)
        if prev is not None:
            return prev.dates
    return _also(doc, lex, trig, history) or _reply_date(doc, lex, trig, history) \
        or _retort_date(doc, lex, trig, history) \
        or _list_item_date(doc, trig, history) or _about_the_event_before(doc, lex, trig, history) \
        or _news_peg(doc, lex, trig, history) or _between_the_parties(doc, lex, trig, history, parties)


def _occasion(doc: Doc, lex: Lexicon, k: int) -> str | None:
    """The occasion noun token ``k`` is ("ceremony", "الحفل", "وخلال الحفل" -> "حفل"), without its article."""
    for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text):
        if f in lex.occasion_nouns:
            bare = next((f[len(a):] for a in lex.definite_articles if f.startswith(a) and f[len(a):] in lex.occasion_nouns), f)
            return bare
    return None


def _occasion_told_before(doc: Doc, lex: Lexicon, trig: Trigger, lo: int) -> Mention | None:
    """"Kenya's president attended Monday's ceremony. At the ceremony, the two countries signed a pact", "وحضر
    ... حفل الاثنين. وخلال الحفل، وقع البلدان ...": an act told at an occasion named with a preposition before
    it takes the day said with that occasion in the three sentences before -- not an act to come in its clause
    (from token ``lo``)."""
    if not lex.occasion_nouns:
        return None
    s_lo = doc.sentence_tokens[trig.sentence][0]
    noun = None
    for k in range(s_lo, trig.first):
        name = _occasion(doc, lex, k)
        marked = any(f in lex.occasion_markers for j in range(max(s_lo, k - 2), k + 1)
                     for f, _ in lex.clitics.prefix_forms(doc.tokens[j].text))
        if name is not None and marked:
            noun = name
    near = max(lo, trig.first - 3)  # the modal of the act ("he would meet")
    if noun is None or any(not doc.in_mention(a) for a, _b, _c in doc.cues(lex.planned_before, near, trig.first + 1)) \
            or _possible(doc, lex, near, trig.first + 1):
        return None  # "Speaking at the ceremony, Petro said he would meet Maduro soon": not the occasion's day
    for p in reversed(doc.dates):
        s = p.mention.sentence
        if s >= trig.sentence or trig.sentence - s > 3 or is_dateline(doc, p) \
                or getattr(p.mention.value, "precision", None) != Precision.DAY:
            continue
        lo, hi = doc.sentence_tokens[s]
        near = range(max(lo, p.first - 3), min(hi, p.last + 4))
        if any(_occasion(doc, lex, k) == noun for k in near):
            return p.mention
    return None


def _at_the_time(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int, history: list[Draft]) -> tuple[Mention, ...]:
    """"Algeria withdrew its ambassador in protest at the time", "أما الرباط فقد أعربت في حينه عن أسفها": the
    date of the latest event told in an earlier sentence with a date of its own -- not one counted from another
    ("وبعد نحو شهر، أغلقت ...": "at the time" points back to the time the story is told from)."""
    if lex.at_the_time is None or not doc.cues(lex.at_the_time, lo, hi):
        return ()
    told = [h for h in history if h.dates and h.trigger.sentence < trig.sentence]
    own = [h for h in told if not any(m.rule.endswith(_COUNTED) for m in h.dates)]
    return (own or told or [None])[-1].dates if told else ()


def _next_in_sequence(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, history: list[Draft]) -> tuple[Mention, ...]:
    """"The relationship took a leap in October 1998 ... Seoul then began lifting its ban": an undated act told
    in sequence after an event of an earlier year than publication lies in that event's year (it may fall some
    months later: the year, not the month or day)."""
    cues = doc.cues(lex.sequence_adverbs, lo, trig.first) if lex.sequence_adverbs is not None else []
    if not cues:
        return ()
    told = [h for h in history if h.dates and h.trigger.sentence < trig.sentence]
    own = [h for h in told if not any(m.rule.endswith(_COUNTED) for m in h.dates)]
    if not own:
        return ()
    m = own[-1].dates[0]
    ref = m.value
    pub = doc.text.article.published
    if not isinstance(ref, DateRef) or not ref.start or ref.precision == Precision.DECADE \
            or pub is None or ref.start[:4] >= pub[:4]:
        return ()
    a, b, _c = cues[0]
    return (_cue_date(doc, trig, a, b, DateRef(ref.start[:4], None, Precision.YEAR), "in-sequence"),)


def _end_of_event(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int, history: list[Draft]) -> Mention | None:
    """"at the end of the visit", "في ختام الزيارة": the last day of the latest visit (or talks) told
    with its span of days."""
    if lex.end_of_event is None or not lex.end_of_event.size:
        return None
    cues = doc.cues(lex.end_of_event, max(lo, trig.first - 12), min(hi, trig.last + 8))
    if not cues:
        return None
    for h in reversed(history):
        ref = h.dates[0].value if h.type == EventType.CONSULT and h.dates else None
        if isinstance(ref, DateRef) and ref.start and ref.end and ref.end != ref.start \
                and ref.precision == Precision.DAY:
            a, b, _c = cues[0]
            return _cue_date(doc, trig, a, b, DateRef(ref.end[:10], None, Precision.DAY), "end-of-event")
    return None


def _offset_from(doc: Doc, lex: Lexicon, trig: Trigger, earlier: list[Trigger],
                 history: list[Draft]) -> Mention | None:
    """"Xi's trip came three months after Biden visited Hanoi", "وتأتي الزيارة بعد يومين من إفراج طهران
    عن ...": an event in the complement of "N units after" lies N units before the event named before
    the phrase (after it with "before")."""
    k0 = max(doc.sentence_tokens[trig.sentence][0], trig.first - 20)  # "after" opens a clause of its own
    if trig.first <= k0:
        return None
    start = doc.tokens[k0].start
    clause = doc.text.folded[start:doc.tokens[trig.first].start]
    found: tuple[int, re.Match[str]] | None = None
    for sign, patterns in ((-1, lex.offset_after), (1, lex.offset_before)):
        for pattern in patterns:
            for m in pattern.finditer(clause):
                if found is None or m.start() > found[1].start():
                    found = (sign, m)
    if found is None:
        return None
    sign, m = found
    a = doc.token_at(start + m.start())
    b = doc.token_at(start + m.end() - 1)
    if trig.first - b > 16 or hard_boundary(doc, lex, b + 1, trig.first) or any(a <= t.first <= b for t in earlier):
        return None
    if any(t.last < a for t in earlier) and _comma_and(doc, lex, b + 1, trig.first + 1):
        return None  # "وصل ... قبل يومين من انطلاق التدريب، والتقى ...": joined to the verb before the phrase
    unit = lex.offset_units.get(m.group("u") or "", "")
    name, _, count = unit.partition(":")
    word = m.groupdict().get("n")
    n = (int(word) if word.isdigit() else lex.number_words.get(word)) if word else int(count or 1)
    if any(b < t.first for t in earlier):
        return None  # "... after Biden visited Hanoi and raised relations": dated with the verb it is joined to
    anchors = [t for t in earlier if t.last < a]
    if n is None or name not in ("day", "week", "month", "year"):
        return None
    if not anchors:
        # "kept up the pressure on Thursday, three days after Riyadh severed ties": counted from the date
        # said right before the phrase
        told = _date_before_offset(doc, a)
        ref = told.mention.value if told is not None else None
        direction = -1
        s_lo = doc.sentence_tokens[trig.sentence][0]
        if ref is None and lex.act_back is not None and doc.cues(lex.act_back, s_lo, a):
            # "وجاء القرار بعد ساعات من استدعاء ...", "The move came hours after ...": the act just told
            told_before = next((h for h in reversed(history) if h.trigger.sentence < trig.sentence and h.dates
                                and ":offset" not in h.dates[0].rule), None)
            if told_before is not None and trig.sentence - told_before.trigger.sentence <= 2:
                ref = told_before.dates[0].value
                direction = 1 if told_before.status == Status.PLANNED else -1
            else:
                # "أعلنت الجزائر مساء الاثنين غلق مجالها الجوي. وجاء القرار بعد ساعات من استدعاء ...": the decision
                # is told with its day in the sentence before, though no event of its own carries it
                said = [p for p in doc.dates if p.mention.sentence == trig.sentence - 1 and not is_dateline(doc, p)
                        and isinstance(p.mention.value, DateRef) and p.mention.value.precision == Precision.DAY]
                if said:
                    ref = said[-1].mention.value
        if ref is None:
            # "Two days after the signing, the minister spoke ...", "وبعد يومين من التوقيع، بحث ...": the event
            # the phrase names, told before with its date, opening the sentence before the verb
            named = _told_before(doc, lex, b + 1, min(trig.first, b + 5), trig, history)
            if named is not None:
                ref = named.dates[0].value
                direction = 1 if named.status == Status.PLANNED else -1
                sign = -sign  # counted from the event named, not towards it
    else:
        anchor = anchors[-1]
        if any(h.trigger is anchor and not h.dates for h in history):
            return None  # the event named before has no date of its own to count from
        own = [h for h in history if h.trigger is anchor and h.dates]
        same = [h for h in history if h.type == anchor.form.entry.type and h.dates and h.trigger.first < a]
        kind = [h for h in same if h.mode == anchor.form.entry.mode]
        chosen = (own or kind or same or [None])[-1]
        if chosen is None:
            return None
        ref = chosen.dates[0].value
        direction = 1 if chosen.status == Status.PLANNED else -1
    if not isinstance(ref, DateRef):
        return None
    return _offset_mention(doc, trig, start + m.start(), start + m.end(), ref, direction, name, sign * n)


def _offset_mention(doc: Doc, trig: Trigger, a: int, b: int, ref: DateRef, direction: int, name: str,
                    n: int) -> Mention | None:
    """The date mention of folded characters [a, b) that counts ``n`` units from ``ref`` (None when the
    count cannot be resolved)."""
    value = _shifted(ref, doc.text.article.published, direction, name, n)
    if value is None:
        return None
    span = doc.text.original(a, b)
    return Mention(MentionKind.DATE, span, trig.sentence, value, f"{RULE}:offset",
                   doc.text.article.text[span.start:span.end])


def _shifted(ref: DateRef, published: str | None, direction: int, name: str, n: int) -> DateRef | None:
    """The date ``n`` units (day, week, month, year) from ``ref`` (resolved against publication), at the
    precision the unit allows."""
    resolved = resolve_relative(ref, published, direction=direction)
    if resolved is None:
        return None
    when, precision = resolved[0], resolved[2]
    if name in ("day", "week"):
        if precision != Precision.DAY:
            return None
        day = dt.date.fromisoformat(when[:10]) + dt.timedelta(days=n * (7 if name == "week" else 1))
        return DateRef(day.isoformat(), None, Precision.DAY)
    if name == "month":
        if precision not in (Precision.DAY, Precision.MONTH):
            return None
        months = int(when[:4]) * 12 + int(when[5:7]) - 1 + n
        return DateRef(f"{months // 12:04d}-{months % 12 + 1:02d}", None, Precision.MONTH)
    if precision == Precision.DECADE:
        return None
    return DateRef(f"{int(when[:4]) + n:04d}", None, Precision.YEAR)


def _offset_to_later(doc: Doc, lex: Lexicon, trig: Trigger, hi: int, history: list[Draft] | None = None) -> Mention | None:
    """"recalled its ambassador two days before the summit on May 12", "استدعت سفيرها قبل يومين من القمة التي
    عقدت في 12 أيار": an act followed by "N units before/after" an event said with its date lies that far
    from that date."""
    k = trig.last + 1
    s_hi = doc.sentence_tokens[trig.sentence][1]
    if k >= min(hi + 1, s_hi):
        return None
    start = doc.tokens[k].start
    clause = doc.text.folded[start:doc.tokens[min(s_hi, k + 20) - 1].end]
    found: tuple[int, re.Match[str]] | None = None
    for sign, patterns in ((1, lex.offset_after), (-1, lex.offset_before)):
        for pattern in patterns:
            m = pattern.search(clause)
            if m is not None and (found is None or m.start() < found[1].start()):
                found = (sign, m)
    if found is None:
        return None
    sign, m = found
    a, b = doc.token_at(start + m.start()), doc.token_at(start + m.end() - 1)
    if a - trig.last > 16 or hard_boundary(doc, lex, k, a):
        return None
    if a - trig.last > 6 and (any(f.entry.type != trig.form.entry.type for _a, _b, f in doc.cues(lex.triggers, k, a))
                              or any(k <= p.first < a for p in doc.dates)):
        # "وبحث الوزير ... مع نظيره ... في اتصال هاتفي غداة التوقيع": a long stretch of the verb's own parties,
        # place and manner; another kind of act or a date between hands the phrase to that
        return None
    if trig.form.entry.type in (EventType.AGREE, EventType.REQUEST, EventType.THREATEN):
        return None  # "agreed to hold talks two days before the summit": the date of the content
    told = next((p for p in doc.dates if b < p.first <= b + 8 and p.last < s_hi and not is_dateline(doc, p)), None)
    # the event may be told with its date in a relative clause ("القمة التي عقدت في 12 أيار", "the summit that ...")
    ref: object = None
    direction = -1
    if told is not None and isinstance(told.mention.value, DateRef) \
            and not any(doc.tokens[c].text not in lex.relative_pronouns
                        for c, _d, _p in boundary_cues(doc, lex, b + 1, told.first)):
        ref = told.mention.value
    elif told is None and history is not None:
        # "وصل إلى الخرطوم قبل يومين من انطلاق التدريب": an event named right after the phrase and told before
        # with its date (the exercise that began yesterday)
        named = _told_before(doc, lex, b + 1, min(s_hi, b + 4), trig, history)
        if named is not None:
            ref = named.dates[0].value
            direction = 1 if named.status == Status.PLANNED else -1
    if not isinstance(ref, DateRef):
        return None
    name, _, count = lex.offset_units.get(m.group("u") or "", "").partition(":")
    word = m.groupdict().get("n")
    n = (int(word) if word.isdigit() else lex.number_words.get(word)) if word else int(count or 1)
    if n is None or name not in ("day", "week", "month", "year"):
        return None
    return _offset_mention(doc, trig, start + m.start(), start + m.end(), ref, direction, name, sign * n)


def _told_before(doc: Doc, lex: Lexicon, lo: int, hi: int, trig: Trigger, history: list[Draft]) -> Draft | None:
    """The event of an earlier sentence, with a date of its own, that a word in tokens [lo, hi) names again:
    the head word of its trigger ("تدريب عسكري مشترك ... انطلاق التدريب") or a trigger of its type and mode --
    not of the trigger's own kind ("two days before another visit")."""
    def forms(k: int) -> set[str]:
        return {f for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)}

    words = set().union(*(forms(k) for k in range(lo, hi) if not doc.in_mention(k))) if hi > lo else set()
    kinds = {(f.entry.type, f.entry.mode) for _a, _b, f in doc.cues(lex.triggers, lo, hi)}
    own = (trig.form.entry.type, trig.form.entry.mode)
    for h in reversed(history):
        if h.trigger.sentence >= trig.sentence or not h.dates or not isinstance(h.dates[0].value, DateRef) \
                or ":offset" in h.dates[0].rule or (h.type, h.mode) == own:
            continue
        if (h.type, h.mode) in kinds or any(len(w) > 2 for w in forms(h.trigger.first) & words):
            return h
    return None


def _date_before_offset(doc: Doc, a: int) -> Placed | None:
    """The date mention ending right before token ``a`` (the start of an "N days after" phrase), at most a
    comma or one word between them, in the same sentence and not the dateline's."""
    for p in doc.dates:
        if a - 2 <= p.last < a and doc.sentence_of_token[p.last] == doc.sentence_of_token[a] \
                and not is_dateline(doc, p):
            return p
    return None


def offset_follows(doc: Doc, lex: Lexicon, p: Placed, hi: int) -> bool:
    """Does an "N days after"/"N days before" phrase start right after date ``p`` (at most a comma or one
    word between, before token ``hi``)? The date anchors the offset: it dates what the phrase's clause
    counts from, not the event told inside it."""
    if p.last + 1 >= hi:
        return False
    start = doc.tokens[p.last + 1].start
    clause = doc.text.folded[start:doc.tokens[min(hi, p.last + 8) - 1].end]
    for pattern in (*lex.offset_after, *lex.offset_before):
        m = pattern.search(clause)
        if m is not None and doc.token_at(start + m.start()) <= p.last + 2:
            return True
    return False


def _reply_date(doc: Doc, lex: Lexicon, trig: Trigger, history: list[Draft]) -> tuple[Mention, ...]:
    """"China rejected the complaint": a rejection of an accusation or demand told just before (in the two
    sentences before) answers it -- that act's date."""
    if trig.form.entry.type != EventType.REJECT or not lex.reply_objects:
        return ()
    k = trig.last + 1
    while k < len(doc.tokens) and doc.tokens[k].text in lex.determiners:
        k += 1
    if k >= len(doc.tokens) or doc.tokens[k].text not in lex.reply_objects:
        return ()
    for h in reversed(history):
        if trig.sentence - h.trigger.sentence > 2:
            break
        if h.type in (EventType.ACCUSE, EventType.REQUEST) and h.dates:
            return h.dates
    return ()


def _retort_date(doc: Doc, lex: Lexicon, trig: Trigger, history: list[Draft]) -> tuple[Mention, ...]:
    """"وردّت الجزائر باستدعاء سفير مالي", "Algeria retaliated by expelling ...": a reply to the act told just
    before (in the sentence before) follows it at once -- that act's date."""
    if lex.reply_verbs is None or not lex.reply_verbs.size:
        return ()
    s_lo = doc.sentence_tokens[trig.sentence][0]
    if trig.form.pos != "noun" or not doc.cues(lex.reply_verbs, max(s_lo, trig.first - 5), trig.first):
        return ()  # a reply by an act ("ردّت ... باستدعاء"), not by words told later
    for h in reversed(history):
        if h.trigger.sentence == trig.sentence:
            continue
        if trig.sentence - h.trigger.sentence > 1:
            break
        if h.dates:
            return h.dates
    return ()


def _also(doc: Doc, lex: Lexicon, trig: Trigger, history: list[Draft]) -> tuple[Mention, ...]:
    """"The two sides also agreed ...": one more act of the same kind as one reported before, on the
    same occasion -- that act's date."""
    s_hi = doc.sentence_tokens[trig.sentence][1]
    before = trig.first > 0 and doc.tokens[trig.first - 1].text in lex.additive
    # "وتعهدت الإمارات كذلك ...", "Japan pledged also ...": the adverb after the verb (and its subject)
    after = any(doc.tokens[k].text in lex.additive_after for k in range(trig.last + 1, min(s_hi, trig.last + 5)))
    if not (before or after):
        return ()
    for h in reversed(history):
        if h.type == trig.form.entry.type and h.dates:
            return h.dates
    return ()


def _list_item_date(doc: Doc, trig: Trigger, history: list[Draft]) -> tuple[Mention, ...]:
    """In a factbox or timeline ("- 19 November 2015: ... . Russia extends a loan."), an undated event
    takes the date of its list item: the date of an earlier event on the same line, when the line opens
    with a list marker or with that date."""
    body = doc.text.article.text
    pos = doc.text.sentences[trig.sentence].start
    line_start = body.rfind("\n", 0, pos) + 1
    head = body[line_start:pos].lstrip()
    for h in reversed(history):
        if not h.dates or doc.text.sentences[h.trigger.sentence].start < line_start:
            continue
        d = h.dates[0]
        opens_with_date = body[line_start:d.span.start].strip() in ("", *_LIST_MARKERS)
        if head[:1] in _LIST_MARKERS or opens_with_date:
            return h.dates
        break
    # "* May 24, 1993 - Eritrea declares independence. Addis Ababa recognises the new state.": the item's
    # date, said before a dash or colon at the head of the line, though no event of the line carries it
    for p in doc.dates:
        if not line_start <= p.mention.span.start < pos or is_dateline(doc, p):
            continue
        lead = body[line_start:p.mention.span.start].strip()
        rest = body[p.mention.span.end:p.mention.span.end + 3].lstrip()
        if lead in ("", *_LIST_MARKERS) and rest[:1] in _ITEM_SEPARATORS:
            return (p.mention,)
        break
    return ()


def _about_the_event_before(doc: Doc, lex: Lexicon, trig: Trigger, history: list[Draft]) -> tuple[Mention, ...]:
    """"The agreement brought Egypt hundreds of tanks": a sentence opened by a definite noun naming an
    event continues the dated event of the sentence before -- or, when the noun names a kind of act ("Under
    the deal, Moscow undertook ..." after a visit told in between), the latest act of that kind of the three
    sentences before."""
    s_lo, s_hi = doc.sentence_tokens[trig.sentence]
    if lex.event_anaphors is None:
        return ()
    # "وتعهدت بروكسل بموجب المذكرة بتقديم ...", "Brussels pledged under the memorandum to ...": the noun may also
    # follow the verb closely (its subject between) -- but not name the trigger's own act ("أصدر البلدان بيانا
    # مشتركا أكدا فيه": the statement issued)
    cues = doc.cues(lex.event_anaphors, s_lo, min(trig.first, s_lo + 3)) \
        or [c for c in doc.cues(lex.event_anaphors, trig.last + 1, min(s_hi, trig.last + 7))
            if c[2] != trig.form.entry.type and not hard_boundary(doc, lex, trig.last + 1, c[0] + 1)]
    if not cues:
        return ()
    kind = cues[0][2]
    for h in reversed(history):
        if trig.sentence - h.trigger.sentence > 3:
            break
        if h.type == kind and h.dates and h.trigger.sentence < trig.sentence:
            return h.dates
    for h in reversed(history):
        if trig.sentence - h.trigger.sentence > 1:
            break
        if h.dates and h.trigger.sentence < trig.sentence:
            return h.dates
    return ()


def _news_peg(doc: Doc, lex: Lexicon, trig: Trigger, history: list[Draft]) -> tuple[Mention, ...]:
    """In a report of the day, an undated event told right after a dated one ("on Friday ... The
    statement was signed by ...") happened on that day: the last day-level relative date of the two
    sentences before -- not that of a cause told after its sentence's own dated act ("summoned the envoy on
    Tuesday, after a ship fired on a boat on Monday. Hanoi demanded ...": Tuesday)."""
    for h in reversed(history):
        if trig.sentence - h.trigger.sentence > 2:
            break
        if _background(doc, lex, h, history):
            continue
        for m in h.dates:
            ref = m.value
            if isinstance(ref, DateRef) and ref.relative is not None and _of_a_day(ref.relative) \
                    and not m.rule.endswith(_BEGUN):
                return (m,)
    return ()


def _background(doc: Doc, lex: Lexicon, h: Draft, history: list[Draft]) -> bool:
    """Is the drafted event told in a clause of cause or background ("after", "بعد أن", "إثر") after an act of
    its sentence done on a date of its own ("استدعت فيتنام اليوم الثلاثاء السفير، بعد أن أطلقت سفينة ... أمس
    الاثنين")? Not after an act to come ("will announce tariffs on Sunday, after US duties took effect")."""
    if lex.background_markers is None:
        return False
    s_lo = doc.sentence_tokens[h.trigger.sentence][0]
    for a, _b, _c in doc.cues(lex.background_markers, s_lo, h.trigger.first):
        if any(o.trigger.sentence == h.trigger.sentence and o.trigger.last < a and o.dates
               and ":date-inherited" not in o.rule and o.status != Status.PLANNED for o in history):
            return True
    return False


def _between_the_parties(doc: Doc, lex: Lexicon, trig: Trigger, history: list[Draft],
                         parties: Sequence[Mention]) -> tuple[Mention, ...]:
    """"Assad flew to Moscow on Tuesday for talks with Putin. ... Putin told Assad that Moscow was ready to
    contribute to a settlement": an undated act between the two parties of the talks or visit told in the
    sentences just before (its day) took place at them; so did one of "the two sides" (the pair of those talks)."""
    own = _countries(parties)
    # "the two sides", "الطرفان", "الجانبان": the pair of the talks told just before, whichever states they are
    sides = bool(parties) and all(getattr(m.value, "via", None) == "sides" for m in parties)
    s_lo = doc.sentence_tokens[trig.sentence][0]
    words = [doc.tokens[k].text for k in range(s_lo, trig.last + 1) if not doc.in_mention(k)]
    if (len(own) < 2 and not sides) \
            or not (trig.form.past or any(w in lex.past_forms or w.endswith(lex.past_suffixes) for w in words)):
        return ()  # an act told in the past ("Putin told Assad that ..."), not a state ("ولا تزال صربيا ترفض")
    for h in reversed(history):
        if trig.sentence - h.trigger.sentence > 4:
            break
        if h.type != EventType.CONSULT or not h.dates or h.trigger.sentence >= trig.sentence:
            continue
        ref = h.dates[0].value
        told = _countries(h.source + h.target)
        if (own <= told if len(own) >= 2 else len(told) >= 2) and isinstance(ref, DateRef) \
                and ref.precision == Precision.DAY:
            return h.dates
        break
    return ()


def _of_a_day(rel: Relative | None) -> bool:
    """A relative date naming one day ("yesterday", "on Tuesday", "on Monday last week")."""
    return rel is not None and not rel.span_days \
        and (rel.unit in ("day", "weekday") or (rel.unit == "week" and rel.weekday is not None))


def _same_month(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int, history: list[Draft]) -> Mention | None:
    """"في وقت لاحق من الشهر نفسه" (later the same month): the month of the previous dated event."""
    if lex.same_month is None or not history:
        return None
    cues = doc.cues(lex.same_month, lo, hi)
    if not cues:
        return None
    a, b, _p = cues[0]
    named = _named_after_cue(doc, lex, trig, b, history)
    if named is not None and named[1] in (Precision.MONTH, Precision.DAY):
        # "suspended Niger the same month the ambassador was ordered out": the month of the act the cue names
        return _cue_date(doc, trig, a, b, DateRef(named[0][:7], None, Precision.MONTH), "same-month")
    month: tuple[int, str] | None = None  # (where it is said, the month)
    for h in reversed(history):
        ref = h.dates[0].value if h.dates else None
        if isinstance(ref, DateRef) and ref.start and ref.precision in (Precision.MONTH, Precision.DAY):
            month = (h.dates[0].span.start, ref.start[:7])
            break
    # "The first signs of a thaw came in February. Saudi planes landed in Aleppo that month": a month said
    # after the last dated event, though no event of its own carries it (a month without a year is the one
    # gone by: the story tells what happened then)
    for p in reversed(doc.dates):
        if p.last >= a or is_dateline(doc, p) or (month is not None and p.mention.span.start <= month[0]):
            continue
        ref = p.mention.value
        resolved = resolve_relative(ref, doc.text.article.published, direction=-1) \
            if isinstance(ref, DateRef) and ref.precision != Precision.DECADE else None
        if resolved is not None and resolved[2] in (Precision.MONTH, Precision.DAY) and resolved[0][:7] == resolved[1][:7]:
            month = (p.mention.span.start, resolved[0][:7])
            break
    if month is None:
        return None
    return _cue_date(doc, trig, a, b, DateRef(month[1], None, Precision.MONTH), "same-month")


def _named_after_cue(doc: Doc, lex: Lexicon, trig: Trigger, b: int,
                     history: list[Draft]) -> tuple[str, Precision] | None:
    """The date (start, precision) of the earlier event a clause right after a cue ending at token ``b`` names
    again ("the same month the ambassador was ordered out", "في الشهر نفسه الذي شهد طرد السفير"), when the cue
    stands after the trigger."""
    s_hi = doc.sentence_tokens[trig.sentence][1]
    if b < trig.last or b + 1 >= s_hi or doc.text.folded[doc.tokens[b].end:doc.tokens[b + 1].start].strip():
        return None  # "landed in Aleppo that month, the first Saudi aircraft to ...": no clause of the cue
    named = _told_before(doc, lex, b + 1, min(s_hi, b + 7), trig, history)
    ref = named.dates[0].value if named is not None else None
    if not isinstance(ref, DateRef) or named is None:
        return None
    resolved = resolve_relative(ref, doc.text.article.published,
                                direction=1 if named.status == Status.PLANNED else -1)
    return (resolved[0], resolved[2]) if resolved is not None else None


def _same_year(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int, history: list[Draft]) -> Mention | None:
    """"Riyadh had recalled its ambassador earlier that year", "في العام نفسه" with no month: the year of the
    latest event told before with a date of its own."""
    # "في 27 ديسمبر من ذلك العام": the cue qualifies the month said before it (narrative_years), no act of its own
    cues = [c for c in doc.cues(lex.same_year, lo, hi)
            if not any(c[0] - 3 <= p.last < c[0] for p in doc.in_sentence(doc.dates, trig.sentence))]
    if not cues:
        return None
    a, b, _p = cues[0]
    named = _named_after_cue(doc, lex, trig, b, history)
    if named is not None and named[1] != Precision.DECADE:
        # "closed its embassy the same year the two countries broke off relations": the year of the act named
        return _cue_date(doc, trig, a, b, DateRef(named[0][:4], None, Precision.YEAR), "same-year")
    own = [h for h in history if h.dates and not any(m.rule.endswith(_COUNTED) for m in h.dates)]
    year: tuple[int, str] | None = None  # (where it is said, the year)
    for h in reversed(own or history):
        ref = h.dates[0].value if h.dates else None
        if isinstance(ref, DateRef) and ref.start and ref.precision != Precision.DECADE:
            year = (h.dates[0].span.start, ref.start[:4])
            break
    # "Relations soured in March 2019. Later that year, Rabat expelled the ambassador": a year said after the
    # last dated event, though no event of its own carries it (in an earlier sentence: not the cue's own month)
    for p in reversed(doc.dates):
        ref = p.mention.value
        if p.mention.sentence >= trig.sentence or is_dateline(doc, p) \
                or (year is not None and p.mention.span.start <= year[0]):
            continue
        if isinstance(ref, DateRef) and ref.start and ref.relative is None and ref.precision != Precision.DECADE:
            year = (p.mention.span.start, ref.start[:4])
            break
    if year is None:
        return None
    return _cue_date(doc, trig, a, b, DateRef(year[1], None, Precision.YEAR), "same-year")


def _cue_date(doc: Doc, trig: Trigger, a: int, b: int, ref: DateRef, name: str) -> Mention:
    """The date a cue of tokens [a, b] gives the trigger's sentence ("that year", "days later", ...)."""
    span = doc.text.original(doc.tokens[a].start, doc.tokens[b].end)
    return Mention(MentionKind.DATE, span, trig.sentence, ref, f"{RULE}:{name}",
                   doc.text.article.text[span.start:span.end])


def _clause_or_opening_cues(doc: Doc, matcher: PhraseMatcher[str] | None, trig: Trigger, lo: int, hi: int,
                            reach: int) -> list[tuple[int, int, str]]:
    """Cues of ``matcher`` in the clause [lo, hi), else those opening the sentence (starting within ``reach``
    tokens of its first) before the clause ("Later that decade, ...", "In the days after the clash, ..."); none
    when the language lists no such cues."""
    if matcher is None:
        return []
    s_lo = doc.sentence_tokens[trig.sentence][0]
    return doc.cues(matcher, lo, hi) or [c for c in doc.cues(matcher, s_lo, lo) if c[0] <= s_lo + reach]


def _same_decade(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int) -> Mention | None:
    """"Egypt and Iraq restored ties in 1984. Later that decade, Mubarak visited Baghdad", "وفي أواخر ذلك العقد":
    the decade of the latest year said before the cue (not the dateline's)."""
    cues = _clause_or_opening_cues(doc, lex.same_decade, trig, lo, hi, 3)
    if not cues:
        return None
    a, b, _p = cues[0]
    for p in reversed(doc.dates):
        ref = p.mention.value
        if p.last >= a or is_dateline(doc, p) or not isinstance(ref, DateRef) or not ref.start \
                or ref.relative is not None:
            continue
        decade = int(ref.start[:4]) // 10 * 10
        return _cue_date(doc, trig, a, b, DateRef(f"{decade:04d}", f"{decade + 9:04d}", Precision.DECADE), "same-decade")
    return None


def years_later(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int,
                 history: list[Draft]) -> Mention | None:
    """"four years later" / "بعدها بأربع سنوات" / "قبل ذلك بعامين" / "قبل ذلك بثلاثة أشهر": an offset from the
    previous dated event."""
    if not (lex.years_later or lex.years_before or lex.months_before) or not history:
        return None
    start = doc.tokens[lo].start
    end = doc.tokens[hi - 1].end
    clause = doc.text.folded[start:end]
    for pattern, sign in itertools.chain(((x, 1) for x in lex.years_later), ((x, -1) for x in lex.years_before)):
        m = pattern.search(clause)
        if not m:
            continue
        word = m.group(1)
        n = int(word) if word.isdigit() else lex.number_words.get(word)
        if n is None:
            continue
        n *= sign
        span = doc.text.original(start + m.start(), start + m.end())
        for h in reversed(history):
            if h.dates and h.dates[0].span == span:
                return h.dates[0]  # an event told before in the same clause, already counted from its anchor
            ref = h.dates[0].value if h.dates else None
            if isinstance(ref, DateRef) and ref.start and ref.precision != Precision.DECADE:
                year = int(ref.start[:4]) + n
                return Mention(MentionKind.DATE, span, trig.sentence,
                               DateRef(str(year), None, Precision.YEAR), f"{RULE}:years-later",
                               doc.text.article.text[span.start:span.end])
        return None
    for pattern in lex.months_before:
        # "قبل ذلك بثلاثة أشهر": that many months before the previous event dated to the month or day
        m = pattern.search(clause)
        word = m.group(1) if m else ""
        n = int(word) if word.isdigit() else lex.number_words.get(word)
        if m is None or n is None:
            continue
        for h in reversed(history):
            ref = h.dates[0].value if h.dates else None
            if isinstance(ref, DateRef) and ref.start and ref.precision in (Precision.MONTH, Precision.DAY):
                months = int(ref.start[:4]) * 12 + int(ref.start[5:7]) - 1 - n
                span = doc.text.original(start + m.start(), start + m.end())
                return Mention(MentionKind.DATE, span, trig.sentence,
                               DateRef(f"{months // 12:04d}-{months % 12 + 1:02d}", None, Precision.MONTH),
                               f"{RULE}:months-before", doc.text.article.text[span.start:span.end])
        return None
    return None


def _day_of_previous(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int,
                     history: list[Draft]) -> Mention | None:
    """"the same day" / "the next day" with no date word (in the trigger's sentence): the day of the
    previous day-dated event."""
    s_lo, s_hi = doc.sentence_tokens[trig.sentence]
    shift = _same_or_next_day(doc, lex, s_lo, s_hi)
    if shift is None:
        return None
    said = [b for m in (lex.same_day, lex.next_day, lex.previous_day) if m is not None
            for _a, b, _c in doc.cues(m, s_lo, s_hi)]
    if said and any(p.mention.sentence == trig.sentence and max(said) < p.first < trig.first for p in doc.dates):
        # "يزور الدوحة في اليوم ذاته، ثم يتوجه السبت إلى جدة حيث يلتقي ...": a day said after the cue, before the
        # trigger, is the one it goes on from
        return None
    anchor: tuple[int, str] | None = None  # (where the day is said, the day)
    # the act a day was said with: "On Saturday it scrapped a scheduled trip": the trip to come takes the day,
    # but the day is that of the scrapping, gone by
    said_with = {(m.span.start, m.span.end): h for h in history if ":date-inherited" not in h.rule for m in h.dates}
    for h in reversed(history):
        if h.trigger.sentence == trig.sentence and h.dates and h.dates[0].rule.endswith(":same-day"):
            return h.dates[0]  # "the next day X struck Y, targeting ...": one day for the acts of the sentence
        ref = h.dates[0].value if h.dates else None
        if not isinstance(ref, DateRef) or ref.precision != Precision.DAY:
            continue
        told = said_with.get((h.dates[0].span.start, h.dates[0].span.end), h)
        # "on the night of June 15 ... The next day": a day without its year is resolved as the event was told
        direction = 1 if told.status == Status.PLANNED else -1 if ":past" in told.rule else 0
        resolved = resolve_relative(ref, doc.text.article.published, direction=direction)
        if resolved is not None and resolved[2] == Precision.DAY:
            anchor = (h.dates[0].span.start, resolved[0][:10])
            break
    # "X embraced the emir at AlUla on Tuesday. The evening before, Riyadh reopened its airspace": a day said
    # in an earlier sentence after the last dated event, though no event of its own carries it
    for p in reversed(doc.dates):
        if p.mention.sentence >= trig.sentence or is_dateline(doc, p) \
                or (anchor is not None and p.mention.span.start <= anchor[0]):
            continue
        resolved = resolve_relative(p.mention.value, doc.text.article.published) \
            if isinstance(p.mention.value, DateRef) else None
        if resolved is not None and resolved[2] == Precision.DAY and resolved[0] == resolved[1]:
            anchor = (p.mention.span.start, resolved[0][:10])
        break
    if anchor is None:
        return None
    day = (dt.date.fromisoformat(anchor[1]) + dt.timedelta(days=shift)).isoformat()
    span = trig.span
    return Mention(MentionKind.DATE, span, trig.sentence, DateRef(day, None, Precision.DAY),
                   f"{RULE}:same-day", doc.text.article.text[span.start:span.end])


def shortly_after(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int,
                  history: Sequence[Draft] = ()) -> Mention | None:
    """"Within days Moscow imposed sanctions": in a clause told in the past, shortly after the last
    explicit date before it -- that date's month; of the dates of that sentence, the last that dates an event told
    ("dates back to September 2023, when Trudeau told parliament ... linking agents to the killing ... that June.
    Days later, India suspended visas": September's accusation, not the June killing told inside it)."""
    words = [doc.tokens[k].text for k in range(lo, hi) if not doc.in_mention(k)]
    told_past = trig.form.past or any(w in lex.past_forms or w.endswith(lex.past_suffixes) for w in words)
    counted = _units_later(doc, lex, trig, lo, hi, history) if not trig.dates or told_past else None
    if counted is not None and all(counted.span.start <= p.mention.span.start and p.mention.span.end <= counted.span.end
                                   for p in trig.dates):
        # "expelled the envoy the next month": the phrase read as a date ("next month") counts from the story
        return counted
    # "In the days after the clash, India rushed troops": the cue opening the sentence, before the clause
    cues = _clause_or_opening_cues(doc, lex.shortly_after, trig, lo, hi, 1)
    if not cues:
        return None
    a, b, scale = cues[0]
    if any(p.first > b for p in trig.dates):
        # "Days later Japan lifted the curbs, and Kishida visited Seoul in May", "Weeks later he paid a return
        # visit in April": the act's own date said after the cue
        return None
    if not told_past or doc.cues(lex.planned_before, lo, trig.first) or _possible(doc, lex, lo, trig.first):
        return None
    if any(b < p.first <= b + 3 for p in doc.dates):
        return None  # "in the first days of July 2017", "في الأيام الأولى من يونيو": the date said, not a count
    for p in _event_dates_first(doc, history, [p for p in doc.dates if p.last < a]):
        ref = p.mention.value
        if p.last >= a or not isinstance(ref, DateRef) or is_dateline(doc, p):
            continue
        if ref.start and ref.precision in (Precision.DAY, Precision.MONTH):
            return _cue_date(doc, trig, a, b, DateRef(ref.start[:7], None, Precision.MONTH), "shortly-after")
        if ref.relative is not None and not ref.relative.span_days:
            if scale == "hours":
                return p.mention  # "on Friday ... hours later", "sworn in on June 23 ... within hours": that day
            # "fought on June 15. In the days that followed ...": the month of that day, gone by
            resolved = resolve_relative(ref, doc.text.article.published, direction=-1)
            if resolved is None or resolved[2] not in (Precision.DAY, Precision.MONTH):
                return None
            return _cue_date(doc, trig, a, b, DateRef(resolved[0][:7], None, Precision.MONTH), "shortly-after")
    return None


def _event_dates_first(doc: Doc, history: Sequence[Draft], before: list[Placed]) -> list[Placed]:
    """The dates ``before`` from the last back, the latest sentence's dates of events told put first: a date said
    inside the clause of an act dates something else (the killing the accusation is about)."""
    out = list(reversed(before))
    told = [p for p in before if not is_dateline(doc, p)]
    if not told or not history:
        return out
    s = told[-1].mention.sentence
    spans = {(m.span.start, m.span.end) for h in history if h.trigger.sentence == s and ":date-inherited" not in h.rule
             for m in h.dates}
    own = [p for p in reversed(told) if p.mention.sentence == s and (p.mention.span.start, p.mention.span.end) in spans]
    return own[:1] + [p for p in out if p not in own[:1]]


def _units_later(doc: Doc, lex: Lexicon, trig: Trigger, lo: int, hi: int,
                 history: Sequence[Draft] = ()) -> Mention | None:
    """"Two days later Sudan expelled ...", "وبعد ذلك بثلاثة أيام", "a week earlier", "the following year": that
    many days, weeks, months or years from the last date told before (a relative one resolved against
    publication)."""
    if not (lex.later_offsets or lex.earlier_offsets) or hi <= lo:
        return None
    s_lo, s_hi = doc.sentence_tokens[trig.sentence]
    start = doc.tokens[s_lo].start
    clause = doc.text.folded[start:doc.tokens[s_hi - 1].end]
    for sign, patterns in ((1, lex.later_offsets), (-1, lex.earlier_offsets)):
        for pattern in patterns:
            m = pattern.search(clause)
            at = doc.token_at(start + m.start()) if m is not None else -1
            # the phrase opens in the clause (it may run past its end: "في الشهر الذي تلاه") or the sentence
            # ("وفي الشهر الذي تلاه طردت ...", "The next year, Somalia expelled ...")
            if m is None or not (lo <= at < hi or at <= s_lo + 1 < trig.first):
                continue
            name, _, count = lex.offset_units.get(m.group("u") or "", "").partition(":")
            word = m.groupdict().get("n")
            n = (int(word) if word.isdigit() else lex.number_words.get(word)) if word else int(count or 1)
            a = doc.token_at(start + m.start())
            anchor = next(iter(_event_dates_first(doc, history, [p for p in doc.dates if p.last < a
                                                                   and not is_dateline(doc, p)
                                                                   and not noun_dated(doc, lex, p)])), None)
            if n is None or anchor is None or name not in ("day", "week", "month", "year"):
                return None
            value0 = anchor.mention.value
            cued = next((h.dates[0].value for h in reversed(history) if h.dates and h.dates[0].rule.endswith(
                "shortly-after") and h.dates[0].span.start <= anchor.mention.span.start < h.dates[0].span.end), None)
            if cued is not None:
                # "last November ... Within days, Peru expelled ... The following month": the month the cue
                # dated the act to, not the cue read as a date of its own (days from publication)
                value0 = cued
            resolved = resolve_relative(value0, doc.text.article.published, direction=-1) \
                if isinstance(value0, DateRef) else None
            if resolved is None:
                return None
            when, precision = resolved[0], resolved[2]
            if name == "month" and precision in (Precision.DAY, Precision.MONTH):
                months = int(when[:4]) * 12 + int(when[5:7]) - 1 + sign * n
                value = DateRef(f"{months // 12:04d}-{months % 12 + 1:02d}", None, Precision.MONTH)
            elif name == "year" and precision != Precision.DECADE:
                value = DateRef(f"{int(when[:4]) + sign * n:04d}", None, Precision.YEAR)
            elif name in ("day", "week") and precision == Precision.DAY:
                day = dt.date.fromisoformat(when[:10]) + sign * dt.timedelta(days=n * (7 if name == "week" else 1))
                value = DateRef(day.isoformat(), None, Precision.DAY)
            else:
                return None
            span = doc.text.original(start + m.start(), start + m.end())
            return Mention(MentionKind.DATE, span, trig.sentence, value, f"{RULE}:units-later",
                           doc.text.article.text[span.start:span.end])
    return None


def since_dates(doc: Doc, lex: Lexicon, dates: list[Placed]) -> list[Placed]:
    """The dates of ``dates`` said after "since" ("the highest level since 1971", "أعلى مستوى منذ عام 1971")."""
    return [d for d in dates if any(f in lex.since for k in range(max(0, d.first - 2), d.first)
                                    for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))]


def first_since(doc: Doc, lex: Lexicon, trig: Trigger, dates: list[Placed]) -> list[Placed]:
    """"the first visit ... since 2014", "في زيارة دولة هي الأولى من نوعها منذ عام 2000": with "first" right
    before the noun or between the noun and the date, a date after "since" is the earlier event's, not this
    one's -- the dates of ``dates`` that are such since-dates."""
    def first(k: int) -> bool:
        return any(f in lex.first_words for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))

    def since(d: Placed) -> bool:
        return any(f in lex.since for k in range(max(0, d.first - 2), d.first)
                   for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))

    if not lex.first_words:
        return []
    # "first" right before the noun or in the trigger itself ("his first visit" as one trigger)
    before = any(first(k) for k in range(max(0, trig.first - 2), trig.last + 1))
    return [d for d in dates if since(d) and (before or (d.first > trig.last and d.first - trig.last <= 10
                                                         and any(first(k) for k in range(trig.last + 1, d.first))))]


def _countries(ms: Sequence[Mention]) -> set[str]:
    return {c for m in ms if isinstance(c := getattr(m.value, "country", None), str)}


def _talks_of(history: list[Draft], parties: Sequence[Mention], doc: Doc | None = None, lex: Lexicon | None = None,
              trig: Trigger | None = None) -> Draft | None:
    """"Moscow had offered to sell Egypt arms during the visit": the latest visit or talks, unless it brings in
    a state foreign to the act's parties (the next stop of a tour told since): then the latest of the same two.
    An earlier trip told in an earlier sentence beside the story's own ("his second visit, after his first in
    October 2002. After the talks, the two signed ...") is not the one referred back to: the latest told in the
    story's days is (the talks, when the words name talks)."""
    own = _countries(parties)
    last = last_of(history, EventType.CONSULT)
    published = doc.text.article.published if doc is not None else None
    if last is not None and trig is not None and last.trigger.sentence < trig.sentence \
            and _earlier_year(last, published):
        current = [h for h in history if h.type == EventType.CONSULT and h.dates and not _earlier_year(h, published)
                   and _countries(h.source + h.target) >= _countries(last.source + last.target)]
        talks = [h for h in current if h.mode == "meet"] if _names_talks(doc, lex, trig) else []
        last = (talks or current or [last])[-1]
    if last is None or len(own) < 2 or _countries(last.source + last.target) <= own:
        return last
    for h in reversed(history):
        if h.type == EventType.CONSULT and h.dates and own <= _countries(h.source + h.target):
            return h
    return last


def visit_named_by_place(doc: Doc, lex: Lexicon, t: Trigger, history: Sequence[Draft]) -> Draft | None:
    """"خلال زيارة الرياض", "أثناء زيارته إلى القاهرة", "during the Riyadh visit", "during his visit to Cairo": an
    undated visit noun after a setting marker, named by its destination, is the latest visit told before to that
    destination's state -- not a new visit, nor another stop of a tour."""
    e = t.form.entry
    if t.form.pos != "noun" or e.type != EventType.CONSULT or e.mode != "visit" or t.dates:
        return None
    s_lo, s_hi = doc.sentence_tokens[t.sentence]
    if not any(b >= t.first - 2 for _a, b, _p in doc.cues(lex.setting, max(s_lo, t.first - 5), t.first)):
        return None
    # the destination right after the noun ("زيارة الرياض"), past a preposition ("زيارته إلى مصر", "visit to
    # Cairo"), or right before it ("the Riyadh visit"); a state or capital, not the visitor ("زيارة لوزير مصري")
    named = [q for q in (*doc.actors, *doc.places)
             if (q.first == t.last + 1 or (q.first == t.last + 2 and doc.tokens[t.last + 1].text in lex.target_preps)
                 or q.last == t.first - 1) and s_lo <= q.first < s_hi
             and getattr(q.mention.value, "kind", None) in (ActorKind.COUNTRY, ActorKind.CAPITAL)]
    states = {c for q in named if isinstance(c := getattr(q.mention.value, "country", None), str)}
    if len(states) != 1:
        return None
    return next((h for h in reversed(history) if h.type == EventType.CONSULT and h.mode == "visit" and h.dates
                 and h.trigger is not t and states <= _countries(h.target)), None)


def _names_talks(doc: Doc | None, lex: Lexicon | None, trig: Trigger) -> bool:
    """Do the words pointing back in the trigger's sentence name talks ("after the talks", "وخلال المحادثات"), not a
    visit?"""
    if doc is None or lex is None or not lex.talks_words:
        return False
    lo, hi = doc.sentence_tokens[trig.sentence]
    return any(set(phrase.split()) & lex.talks_words
               for _a, _b, phrase in doc.cues(lex.refers_back, lo, min(hi, trig.last + 8)))


def _earlier_year(h: Draft, published: str | None) -> bool:
    """Is the event dated, by a date said with a year, in a year before publication?"""
    ref = h.dates[0].value if h.dates else None
    return published is not None and isinstance(ref, DateRef) and ref.relative is None and bool(ref.start) \
        and ref.start[:4] < published[:4]


def last_of(history: list[Draft], etype: EventType) -> Draft | None:
    for h in reversed(history):
        if h.type == etype and h.dates:
            return h
    return None
