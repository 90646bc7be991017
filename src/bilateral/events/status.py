"""Event status from cues around the trigger (lang/<code>/status.yaml).

Priority: negated > hypothetical > reported > planned > occurred. Resolve later turns an
"occurred" event dated after the publication date into "planned".
"""

from __future__ import annotations

from ..matcher import PhraseMatcher
from ..model import Status
from .document import Doc
from .lexicon import Lexicon


def _cues(doc: Doc, matcher: PhraseMatcher[str], start_tok: int, end_tok: int) -> list[tuple[int, int, str]]:
    """Cue matches in a token range, except cue words that are part of a mention (the month in
    "In May 1971" is not the modal "may")."""
    if end_tok <= start_tok:
        return []
    return [c for c in doc.cues(matcher, start_tok, end_tok) if not doc.in_mention(c[0])]


def _back(doc: Doc, lex: Lexicon, first: int, n: int) -> int:
    """The token ``n`` words before ``first``; where the subject follows the verb, names and dates (the subject
    of a light verb, "من المقرر أن يعقد وزيرا خارجية البلدين لقاء") do not count."""
    return _unnamed_back(doc, first, n) if lex.subject_after_verb else first - n


def _unnamed_back(doc: Doc, first: int, n: int) -> int:
    """The token ``n`` words before ``first``, names and dates not counted: the subject between a verb of saying and
    its modal is one word however long its title and name ("said Uzbek President Shavkat Mirziyoyev would join")."""
    k, free = first, 0
    while k > 0 and free < n:
        k -= 1
        if not doc.in_name_or_time(k, places=False):
            free += 1
    return k


def _future_verb_before(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """Does a verb with a future clitic (سـ + imperfect: "ستمدد", "وسيقدم") stand in [lo, hi)? Not a noun whose first
    letter reads as the clitic ("بعد ساعات من استدعاء", "سنوات": lang status.yaml planned.noun_endings)."""
    if not lex.imperfect_prefixes:
        return False
    return any(c in lex.future_clitics and f.startswith(lex.imperfect_prefixes) and len(f) >= 3
               and not (lex.noun_endings and f.endswith(lex.noun_endings))
               for k in range(lo, hi) if not doc.in_mention(k)
               for f, c in lex.clitics.prefix_forms(doc.tokens[k].text))


def find_status(doc: Doc, lex: Lexicon, first: int, last: int, pos: str, prefix: str, lo: int, hi: int,
                charge: bool = False) -> Status:
    """``charge``: the act is an accusation, which a denial told after it ("accused Algeria of ..., which Algiers
    denied", "وهو ما نفته الجزائر") answers: the denial is of the act charged, not of the charge."""
    status = _find_status(doc, lex, first, last, pos, prefix, lo, hi, charge)
    if status == Status.PLANNED and pos == "noun" and any(
            _modal_elsewhere(doc, lex, b, first, last, hi)
            for _a, b, _ in _cues(doc, lex.hypothetical, max(lo, first - lex.hypothetical_window), first)):
        return status  # "may reconsider the planned visit if ...": the condition is on the reconsidering
    if status == Status.PLANNED and lex.conditions_after is not None:
        # "Canberra will send engineers ... if the parliament ratifies": a plan made conditional is hypothetical
        s_hi = doc.sentence_tokens[doc.sentence_of_token[first]][1]
        if _cues(doc, lex.conditions_after, last + 1, min(s_hi, last + 1 + _CONDITION_REACH)):
            return Status.HYPOTHETICAL
    if status == Status.PLANNED and _fronted_condition(doc, lex, first):
        return Status.HYPOTHETICAL
    return status


def _fronted_condition(doc: Doc, lex: Lexicon, first: int) -> bool:
    """"If Iran attacks Israel, Washington will impose sanctions", "في حال هاجمت إيران إسرائيل، ستفرض ...": a condition
    opening the sentence (or a clause after "that", "إنه": lang status.yaml hypothetical.fronted_after), closed by a
    comma before the act -- the plan of the main clause waits on it; so does an act named in the condition itself
    ("Should talks fail, ...", "In case of an invasion, ...": no plan of its own)."""
    if lex.conditions_before is None:
        return False
    s_lo = doc.sentence_tokens[doc.sentence_of_token[first]][0]
    for a, b, _ in _cues(doc, lex.conditions_before, s_lo, first):
        opened = a == s_lo or any(f in lex.fronted_after for f, _ in lex.clitics.prefix_forms(doc.tokens[a - 1].text))
        if opened and b < first:
            return True
    return False


def tells_no_act(doc: Doc, lex: Lexicon, first: int, last: int, rejects: bool) -> bool:
    """A trigger word that tells no act: a word of an unnamed source's attribution ("a diplomat who asked not to be
    named", "مصدر طلب عدم الكشف عن هويته"), of a reporter's question or the writer's look back ("Asked about the
    reports, ...", "ردا على سؤال", "تكفي العودة إلى"; lang status.yaml no_act), or a verb of rejecting (``rejects``)
    whose object is a report ("dismissed reports that it had sold ...": the denial of that act, which is then coded
    negated -- docs/CODING_GUIDE.md)."""
    s_lo, s_hi = doc.sentence_tokens[doc.sentence_of_token[first]]
    for matcher, start in ((lex.attribution, s_lo), (lex.no_act, s_lo), (lex.no_act_opening, None)):
        if matcher is not None and any(a <= first <= b and (start is not None or a <= s_lo + _OPENING)
                                       for a, b, _ in doc.cues(matcher, s_lo, first + 1)):
            return True
    return rejects and lex.denial_objects is not None \
        and bool(doc.cues(lex.denial_objects, last + 1, min(s_hi, last + 4)))


def state_of_affairs(doc: Doc, lex: Lexicon, first: int) -> bool:
    """"Russia backs Syria in the war", "تساند روسيا سوريا": a stance verb (lang status.yaml state_of_affairs) in the
    present, in a sentence with no date and no word of saying, tells a state of affairs, no act
    (docs/CODING_GUIDE.md, "Not events"); "Lavrov said Russia backs Syria" is an expression of support."""
    if lex.state_verbs is None or not any(a == first for a, _b, _ in doc.cues(lex.state_verbs, first, first + 1)):
        return False
    s_lo, s_hi = doc.sentence_tokens[doc.sentence_of_token[first]]
    if any(s_lo <= d.first < s_hi for d in doc.dates):
        return False
    return not (lex.state_speech is not None and doc.cues(lex.state_speech, s_lo, s_hi))


_SPEECH_SUBJECT = 4  # words (names and dates not counted) between a verb of saying and the modal of its clause
_CONDITION_REACH = 15  # tokens after the act where a condition on it may open
_PLAN_WORD_REACH = 6  # words after a noun where its own plan word stands ("زيارة وزير الدفاع الصيني المرتقبة")
_THROUGH_REACH = 3  # further words back to a plan about an act's results ("hold a press conference on")
_EXCEPTION_REACH = 12  # tokens after a negated act where "until ..." / "إلا في ..." may lift the negation
_EXCEPTION_SUBJECT = 4  # words between "until" / "إلا بعد" and the act it names ("until Syria withdraws")
_ANY_REACH = 8  # words between a negation and a noun whose object "any" qualifies ("did not see the signing of any")
_STANDING_REACH = 3  # words between a standing role and its noun ("largest recipients of Japanese development assistance")
_DENIAL_SUBJECT = 4  # words between a denial verb and the report it takes up ("ونفت الخارجية المصرية ذلك")
_OPENING = 2  # words before a phrase that still opens its sentence ("But asked about ...", "ولفهم ذلك، بالعودة إلى")


def is_stance(doc: Doc, lex: Lexicon, first: int, lo: int) -> bool:
    """"Egypt avoids criticising Israel", "تحرص مصر على عدم تأييد ...": a policy of not doing tells no act
    (lang status.yaml stance), unlike a specific act that did not happen (negated)."""
    if lex.stance is not None and _cues(doc, lex.stance, max(lo, _back(doc, lex, first, lex.stance_window)), first):
        return True
    if lex.stance_standing is not None and any(b >= first - _STANDING_REACH for _a, b, _ in _cues(
            doc, lex.stance_standing, max(lo, first - _STANDING_REACH - 4), first)):
        return True  # "one of the largest recipients of Japanese aid", "أكبر مانح للمساعدات": a standing role
    if lex.stance_still is not None and any(
            _cues(doc, lex.negated, b + 1, first)
            or (lex.stance_still_then is not None and _cues(doc, lex.stance_still_then, b + 1, first + 1))
            for _a, b, _ in _cues(doc, lex.stance_still, max(lo, _back(doc, lex, first, lex.stance_window + 2)), first)):
        return True  # "لا تزال صربيا ترفض الاعتراف بكوسوفو": a refusal going on, a state of affairs
    if lex.stance_keen is None:
        return False
    return any(_cues(doc, lex.negated, b + 1, first)
               for _a, b, _ in _cues(doc, lex.stance_keen, max(lo, _back(doc, lex, first, lex.stance_window + 2)),
                                     first))


def _lifted(doc: Doc, lex: Lexicon, neg: int, last: int) -> Status | None:
    """"relations were not restored until 1988", "ولم تستأنف العلاقات إلا في مايو 1988": an exception after a
    negated act lifts the negation -- a past act then occurred; a present or future one waits on the
    exception ("will not sign until ...", "لن تعود إلا إذا ..."): hypothetical. None: no exception."""
    if lex.negated_until is None:
        return None
    s_lo, s_hi = doc.sentence_tokens[doc.sentence_of_token[last]]
    still = {a for a, _b, _ in _cues(doc, lex.negated_until_not, s_lo, s_hi)} if lex.negated_until_not else set()
    after = [a for a, _b, _ in _cues(doc, lex.negated_until, last + 1, min(s_hi, last + 1 + _EXCEPTION_REACH))]
    past = lex.negated_past is not None and bool(_cues(doc, lex.negated_past, max(0, neg - 2), neg + 1))
    # "Until this autumn Moscow and Seoul did not even recognise each other": fronted, after a past negation only
    before = [a for a, _b, _ in _cues(doc, lex.negated_until_before, s_lo, neg)] \
        if lex.negated_until_before is not None and past else []
    if not [a for a in after + before if a not in still]:
        return None
    return Status.OCCURRED if past else Status.HYPOTHETICAL


def _in_exception(doc: Doc, lex: Lexicon, first: int, lo: int) -> Status | None:
    """"لن يتم أي تطبيع إلا بعد انسحاب القوات", "will not normalise ties until Syria withdraws": the act named in the
    exception of a negated act is its condition -- hypothetical; after a past negation ("relations were not
    restored until after the troops withdrew") it occurred. None: the act is not in such an exception."""
    if lex.negated_until is None:
        return None
    for a, _b, _ in _cues(doc, lex.negated_until, max(lo, first - _EXCEPTION_SUBJECT), first):
        negs = _cues(doc, lex.negated, max(lo, a - _EXCEPTION_REACH), a)
        if negs:
            n = negs[-1][0]
            past = lex.negated_past is not None and _cues(doc, lex.negated_past, max(0, n - 2), n + 1)
            return Status.OCCURRED if past else Status.HYPOTHETICAL
    return None


def _question(doc: Doc, lex: Lexicon, first: int) -> bool:
    """"Will Moscow fill the void?", "فهل تملأ موسكو الفراغ؟": a question reports no act."""
    if not lex.question_marks:
        return False
    sent = doc.text.sentences[doc.sentence_of_token[first]]
    return doc.text.article.text[sent.start:sent.end].rstrip().endswith(lex.question_marks)


def _polarity(doc: Doc, lex: Lexicon, k: int) -> bool:
    return any(f in lex.polarity_determiners for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))


def _find_status(doc: Doc, lex: Lexicon, first: int, last: int, pos: str, prefix: str, lo: int, hi: int,
                 charge: bool = False) -> Status:
    s_lo, s_hi = doc.sentence_tokens[doc.sentence_of_token[first]]
    if lex.subject_after_verb and pos == "verb" and first > lo \
            and "," in doc.text.folded[doc.tokens[first - 1].end:doc.tokens[first].start]:
        lo = first  # "أكد أن الملء سيتم في موعده، منتقدا المناورات": cues before the comma are another clause's
    exception = _in_exception(doc, lex, first, lo)
    if exception is not None:
        return exception
    # a noun stands after its governing verb and a determiner ("did not attend the summit"): two words more
    window = lex.negated_window + (2 if pos == "noun" else 0)
    not_cues = _cues(doc, lex.not_cues, max(lo, first - window - 2), min(hi, last + 2))
    # (where the subject follows the verb, names do not count: "امتنعت الهند عن إدانة")
    for a, _b, _ in _cues(doc, lex.negated, max(lo, _back(doc, lex, first, window)), first):
        if lex.negated_not_across is not None and _cues(doc, lex.negated_not_across, a + 1, first):
            continue  # "did not confirm the date of the next round": the date is negated, not the round
        if not any(na <= a <= nb for na, nb, _ in not_cues):
            return _lifted(doc, lex, a, last) or Status.NEGATED
    # "has no plans to extend a loan": a negated intention anywhere before the act in its clause
    if lex.negated_clause is not None and _cues(doc, lex.negated_clause, lo, first):
        return Status.NEGATED
    # "ولم يسجل منذ القطيعة أي لقاء", "did not record any meeting": a noun under "any" after a negation
    # (a noun, or a verb form read as one: "any meeting with")
    det = next((k for k in range(first - 1, max(lo, first - 3) - 1, -1) if _polarity(doc, lex, k)), None)
    if det is not None and _cues(doc, lex.negated, max(s_lo, det - 8), det):
        return Status.NEGATED
    # "لم تشهد العلاقات ... توقيع أي اتفاقيات", "has seen no signing of any deal": "any" on the noun's object, a
    # negation before the noun in its clause (names not counted where the subject follows the verb)
    if pos == "noun" and any(_polarity(doc, lex, k) for k in range(last + 1, min(hi, last + 3))) \
            and any(not any(na <= a <= nb for na, nb, _ in not_cues)
                    for a, _b, _ in _cues(doc, lex.negated, max(lo, _back(doc, lex, first, _ANY_REACH)), first)):
        return Status.NEGATED
    # a denial does not reach past a contrast ("نفى أن يكون قد اعتذر، لكنه أقر بأن ...")
    contrast = [b for _a, b, _ in _cues(doc, lex.contrast, s_lo, first)] if lex.contrast is not None else []
    # (not a denial inside a report left open: "neither confirmed nor denied reports of a meeting")
    open_cues = _cues(doc, lex.not_cues, s_lo, first)
    if any(not _in_closed_relative(doc, lex, s_lo, a, b, first) and not any(na <= a <= nb for na, nb, _ in open_cues)
           for a, b, _ in _cues(doc, lex.negated_sentence, max([s_lo, *(b + 1 for b in contrast)]), first)):
        return Status.NEGATED
    # "X deployed troops, reports said, but Cairo called the reports 'unfounded'": a denial after the act
    # (an accusation stands: the denial after it is the accused's answer)
    if not charge and lex.negated_after is not None and _cues(doc, lex.negated_after, last + 1, s_hi):
        return Status.NEGATED
    if _question(doc, lex, first):
        return Status.HYPOTHETICAL
    told_future = False
    for a, b, cue in _cues(doc, lex.hypothetical, max(lo, first - lex.hypothetical_window), first):
        pattern = lex.hypothetical_next.get(cue)
        if pattern is not None:
            nxt = doc.tokens[b + 1].text if b + 1 < len(doc.tokens) else ""
            if not pattern.search(nxt):
                continue
            if any(f in lex.clause_openers for k in range(max(s_lo, a - 12), a)
                   for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
                continue  # "وكان الملك قد تلقى": past auxiliary + قد is the pluperfect, not "may"
        if pos == "noun" and _modal_elsewhere(doc, lex, b, first, last, hi):
            told_future = True  # the possible act is done during (or to) this one: this one lies ahead
            continue
        if cue in lex.speech_modals and lex.speech_verbs is not None \
                and (_cues(doc, lex.speech_verbs, max(s_lo, _unnamed_back(doc, a, _SPEECH_SUBJECT)), a)
                     or _speech_that(doc, lex, s_lo, a)
                     or _reported_before(doc, lex, s_lo, a)) \
                and not (lex.conditions_after is not None and _cues(doc, lex.conditions_after, last + 1, s_hi)):
            told_future = True  # "said he would meet X soon": the future of reported speech, a plan
            continue
        return Status.HYPOTHETICAL
    # "a joint exercise with X could take place": a possible event named by its noun
    if pos == "noun" and lex.hypothetical_after_noun is not None \
            and _cues(doc, lex.hypothetical_after_noun, last + 1, min(hi, last + 8)):
        return Status.HYPOTHETICAL
    # a count may open the attribution ("two diplomats told Reuters"): only names and dates block a cue here
    if _report_cues(doc, lex, s_lo, s_hi, last) \
            and not (pos == "noun" and lex.reported_not_across is not None
                     and _cues(doc, lex.reported_not_across, max(lo, first - 2), first)):
        # (not the public occasion of a leaked act: "sources said the UAE will sign the deal during Macron's visit")
        if not charge and _denied_next(doc, lex, first):
            return Status.NEGATED  # "Media reports said X had sent troops. Cairo denied the reports."
        return Status.REPORTED
    if told_future:
        return Status.PLANNED
    if pos == "verb" and prefix and prefix in lex.future_clitics:
        return Status.PLANNED
    if pos == "noun" and _future_verb_before(doc, lex, max(lo, first - 3), first):
        return Status.PLANNED  # "أنها ستمدد قرضين": the object of a verb in the future
    # "is expected to hold a press conference on the results of his talks": the plan reaches the act whose
    # results are its object (lang status.yaml planned.through)
    anchor = first
    if pos == "noun" and lex.planned_through is not None:
        anchor = min([a for a, b, _ in _cues(doc, lex.planned_through, max(lo, first - 4), first) if b >= first - 3]
                     + [first])
    reach = lex.planned_window + (_THROUGH_REACH if anchor < first else 0)  # (the planned act's own object first)
    for _a, b, _ in _cues(doc, lex.planned_before, max(lo, _unnamed_back(doc, anchor, reach)), first):
        # "will never forget that Britain expelled ...": the future belongs to the main clause, not to the
        # act told in its complement (lang status.yaml planned.not_across)
        if lex.planned_not_across is None or not _cues(doc, lex.planned_not_across, b + 1, first):
            return Status.PLANNED
    if pos == "verb" and any(a == first and b >= last for a, b, _ in _cues(doc, lex.planned_before, first, last + 1)):
        return Status.PLANNED  # the trigger is the announcement itself ("is expected in Washington")
    # ("the visit scheduled for May", "talks will be held"; but "pledged that it will": the verb's content is ahead)
    if not (pos == "verb" and _past_verb(doc, lex, first, prefix)) \
            and _cues(doc, lex.planned_after, last + 1, min(hi, last + 4)) \
            and not (lex.planned_after_not is not None and _cues(doc, lex.planned_after_not, last + 1, min(hi, last + 4))):
        return Status.PLANNED  # (but "the results of the talks will be announced": the announcing is ahead)
    # "postponed the visit hours before its scheduled time": the act was still ahead when it was called off
    if pos == "noun" and lex.planned_after_clause is not None \
            and _cues(doc, lex.planned_after_clause, last + 1, min(s_hi, last + 1 + _EXCEPTION_REACH)):
        return Status.PLANNED
    return Status.OCCURRED


def _past_verb(doc: Doc, lex: Lexicon, first: int, prefix: str) -> bool:
    """A verb trigger in the past ("pledged", "announced"), by its English -ed ending (Arabic verbs, whose
    subject follows, are read by their forms in events/__init__)."""
    return not lex.subject_after_verb and not prefix and doc.tokens[first].text.endswith("ed")


def document_says(doc: Doc, lex: Lexicon, first: int) -> bool:
    """"The treaty provides for each party to come to the other's aid if attacked", "وتنص المعاهدة على أن ...": a
    document's content opened earlier in the sentence (lang status.yaml document_content)."""
    if lex.document_says is None:
        return False
    s_lo = doc.sentence_tokens[doc.sentence_of_token[first]][0]
    return bool(_cues(doc, lex.document_says, s_lo, first))


def purpose_content(doc: Doc, lex: Lexicon, first: int, lo: int) -> bool:
    """"are expected to meet to arrange the return of ambassadors", "لترتيب عودة السفراء": a noun right after a verb
    of purpose names what the act is for, not an act of its own (lang status.yaml purpose_content)."""
    if lex.purpose_of is None:
        return False
    k = first - 1 if first > 0 and doc.tokens[first - 1].text in lex.determiners else first  # "to arrange the return"
    return any(b == k - 1 for _a, b, _ in _cues(doc, lex.purpose_of, max(lo, k - 5), k))


def announced(doc: Doc, lex: Lexicon, first: int) -> bool:
    """"Ethiopia announced that it will accept the Algiers agreement": a verb of announcing or pledging before the
    act in its sentence (lang status.yaml planned.announcement)."""
    if lex.announcement is None:
        return False
    s_lo = doc.sentence_tokens[doc.sentence_of_token[first]][0]
    return bool(_cues(doc, lex.announcement, s_lo, first))


def _modal_elsewhere(doc: Doc, lex: Lexicon, cue_end: int, first: int, last: int, hi: int) -> bool:
    """"A contract could be signed during a visit by Vucic in May", "قد تعيد النظر في زيارة وزير الدفاع المرتقبة":
    the modal is about another act -- one done during the event named by the noun (a setting word between), or
    one done to an event that is itself announced (a plan word right after the noun). The noun's event is then
    planned: the possible act lies ahead, and so does what it is done during or to."""
    if lex.hypothetical_not_across is not None and _cues(doc, lex.hypothetical_not_across, cue_end + 1, first):
        return True
    return bool(_cues(doc, lex.planned_after, last + 1, min(hi, last + _PLAN_WORD_REACH)))


def _denied_next(doc: Doc, lex: Lexicon, first: int) -> bool:
    """Does the sentence right after the act's deny the report of it ("... according to local media. Cairo denied the
    reports.", "ونفت القاهرة هذه التقارير"; lang status.yaml negated.sentence_next)?"""
    if lex.negated_next is None:
        return False
    k = doc.sentence_of_token[first] + 1
    if k >= len(doc.sentence_tokens):
        return False
    n_lo, n_hi = doc.sentence_tokens[k]
    if _cues(doc, lex.negated_next, n_lo, n_hi):
        return True
    # the subject between the denial and the report taken up ("ونفت دمشق ذلك")
    return lex.negated_next_objects is not None and any(
        _cues(doc, lex.negated_next_objects, b + 1, min(n_hi, b + 1 + _DENIAL_SUBJECT))
        for _a, b, _ in _cues(doc, lex.negated_sentence, n_lo, n_hi))


def _reported_before(doc: Doc, lex: Lexicon, s_lo: int, modal: int) -> bool:
    """"Rumours that Erdogan would visit Damascus": the future of a rumour or a leak, reported (not a hypothesis)."""
    return _report_cues(doc, lex, s_lo, modal)


def _report_cues(doc: Doc, lex: Lexicon, lo: int, hi: int, last: int | None = None) -> bool:
    """Does a cue of an unconfirmed report stand in [lo, hi) -- not a name or date, and not the words of an outlet of
    the state named as the source ("Iranian state media reported", "بحسب وسائل الإعلام الرسمية": lang status.yaml
    reported.official), which is no unnamed source (docs/CODING_GUIDE.md: a plan announced officially is planned)?
    With the act's ``last`` token: not a cue that opens a clause begun after the act ("returned from Doha, where,
    according to two officials, Qatar offered ...": the report is of what was done there)."""
    official = [(a, b) for a, b, _ in doc.cues(lex.reported_official, lo, hi)] if lex.reported_official else []
    cues = [a for a, b, _ in doc.cues(lex.reported, lo, hi)
            if not doc.in_name_or_time(a) and not any(oa <= b and a <= ob for oa, ob in official)]
    cut = _later_clause(doc, lex, last, cues) if last is not None else None
    return any(cut is None or a < cut for a in cues)


_CLAUSE_CUE = 2  # words between the opener of a clause and the attribution that opens it ("where, according to")


def _later_clause(doc: Doc, lex: Lexicon, last: int, cues: list[int]) -> int | None:
    """The first token of a clause begun after the act ending at ``last`` by a comma and an opener (lang status.yaml
    reported.clause_openers) with an attribution cue (of ``cues``) right after it; the cues from there on are that
    clause's. None: no such clause."""
    if not lex.reported_clause_openers:
        return None
    folded = doc.text.folded
    for a in sorted(cues):
        for k in range(max(last + 1, a - _CLAUSE_CUE), a):
            if doc.tokens[k].text in lex.reported_clause_openers \
                    and "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start]:
                return k
    return None


def _speech_that(doc: Doc, lex: Lexicon, s_lo: int, modal: int) -> bool:
    """"told reporters that passenger flights between the two capitals would resume": a verb of saying
    (at most 3 words before a complementizer) opens the clause of the modal, 10 words back at most."""
    if lex.speech_verbs is None or not lex.speech_complementizers:
        return False
    for k in range(modal - 1, max(s_lo, modal - 11) - 1, -1):
        if doc.tokens[k].text in lex.speech_complementizers:
            return bool(_cues(doc, lex.speech_verbs, max(s_lo, k - 3), k))
    return False


def _in_closed_relative(doc: Doc, lex: Lexicon, s_lo: int, a: int, b: int, first: int) -> bool:
    """"Russia, which denies any involvement, ordered ...": a cue inside a relative clause that a comma closes
    before the trigger describes the antecedent, not the act."""
    folded = doc.text.folded
    opened = any(doc.tokens[r].text in lex.relative_pronouns for r in range(max(s_lo, a - 3), a))
    return opened and b + 1 <= first and "," in folded[doc.tokens[b].end:doc.tokens[first].start]


_TARGET_REACH = 4  # words between a raising word and the trade noun it raises ("raise the volume of bilateral trade")


def trade_target(doc: Doc, lex: Lexicon, first: int, lo: int) -> bool:
    """"agreed to raise bilateral trade to $15 billion by 2028", "رفع حجم التبادل التجاري إلى 15 مليار دولار": a trade
    noun after a raising word (lang status.yaml trade_target) is a target -- the content of a pledge, not trade for a
    period (docs/CODING_GUIDE.md)."""
    return lex.trade_target is not None and bool(_cues(doc, lex.trade_target, max(lo, first - _TARGET_REACH), first))


def comment_start(doc: Doc, lex: Lexicon, lo: int, opinion: int) -> int | None:
    """"Egypt signed the deal on Monday, a move analysts say shows ...", "وقعت مصر الاتفاق، وهي خطوة يرى مراقبون ...": where
    the sentence's opinion cue (at ``opinion``) stands in a comment opened after a comma (lang status.yaml
    opinion.comment_openers), the token that opens the comment -- the act told before it is the writer's report.
    None: the whole sentence is the commentators' view."""
    if lex.comment_openers is None:
        return None
    folded = doc.text.folded
    starts = [a for a, b, _ in _cues(doc, lex.comment_openers, lo + 1, opinion + 1)
              if b <= opinion and "," in folded[doc.tokens[a - 1].end:doc.tokens[a].start]]
    return starts[0] if starts else None


_CONDITION_SUBJECT = 6  # words between a trailing "if" / "شرط" and the act it names ("if the Honiara government asked")


def in_trailing_condition(doc: Doc, lex: Lexicon, first: int, before: list[int]) -> bool:
    """"Australia would send more police if Honiara asked for them", "قد يقدم الاتحاد قرضا، شرط توصل تونس إلى اتفاق": an
    act in a condition (lang status.yaml hypothetical.trailing) opened after another act of the sentence (whose first
    tokens are ``before``) is only the condition of that act, no event of its own."""
    if lex.conditions_trailing is None or not before:
        return False
    s_lo = doc.sentence_tokens[doc.sentence_of_token[first]][0]
    return any(any(k < a for k in before)
               for a, b, _ in _cues(doc, lex.conditions_trailing, max(s_lo, first - _CONDITION_SUBJECT), first))
