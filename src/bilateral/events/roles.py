"""Who acts and who is acted upon, read from the actor mentions of a trigger's clause.

Language differences are data (lang/<code>/roles.yaml): whether the subject follows the verb
(Arabic VSO, and a verbal noun's agent follows the noun), which prepositions mark a recipient or
destination, "between" and conjunction words, clause boundaries.
"""

from __future__ import annotations

from ..model import ActorKind, ActorRef, EventType, Span
from .document import Doc, Placed
from .lexicon import Lexicon

_PLACE_KINDS = (ActorKind.COUNTRY, ActorKind.CAPITAL)
_PEOPLE_KINDS = (ActorKind.PERSON, ActorKind.TITLE)


def _country(p: Placed) -> str | None:
    return getattr(p.mention.value, "country", None)


def _kind(p: Placed) -> object:
    return getattr(p.mention.value, "kind", None)


def clause_bounds(doc: Doc, lex: Lexicon, first: int, last: int) -> tuple[int, int]:
    """[lo, hi) token range of the clause around a trigger: sentence cut at boundary words and ';'."""
    s = doc.sentence_of_token[first]
    lo, hi = doc.sentence_tokens[s]
    if hi <= lo:
        return lo, hi
    cues = boundary_cues(doc, lex, lo, hi)
    cuts: list[int] = [c[0] for c in cues]
    folded = doc.text.folded
    opening = lo
    while doc.dateline is not None and opening + 1 < hi \
            and doc.text.original(doc.tokens[opening].start, doc.tokens[opening].end).start < doc.dateline.end:
        opening += 1  # "BRUSSELS, Oct 20 — When ...": the sentence opens after its dateline
    if doc.tokens[opening].text in lex.fronted_subordinators:
        # "While Egypt engages Russia ..., it remains careful not to endorse ...": a sentence opened by a
        # subordinate clause goes on with the main clause after its comma
        comma = next((k for k in range(opening + 1, hi) if "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start]),
                     None)
        if comma is not None:
            cuts.append(comma)
    for k in range(lo + 1, hi):
        if ";" in folded[doc.tokens[k - 1].end:doc.tokens[k].start]:
            cuts.append(k)
    new_lo, new_hi = lo, hi
    for c in sorted(cuts):
        if c <= first and _closed_relative_before(doc, lex, c, first):
            continue  # "Kenya, which has long criticised Somalia, expelled ...": the main clause goes on
        if c <= first and c > new_lo:
            new_lo = c
        elif c > last and c < new_hi:
            new_hi = c
    return new_lo, new_hi


def _closed_relative_before(doc: Doc, lex: Lexicon, c: int, first: int) -> bool:
    """Is the cut ``c`` a relative pronoun opening a clause set off by commas that closes before ``first``
    (the verb of the main clause), in a subject-first language?"""
    if lex.subject_after_verb or c == 0 or c >= first or doc.tokens[c].text not in lex.relative_pronouns:
        return False
    folded = doc.text.folded
    if "," not in folded[doc.tokens[c - 1].end:doc.tokens[c].start]:
        return False
    return "," in folded[doc.tokens[first - 1].end:doc.tokens[first].start] and \
        first - c <= 24


def boundary_cues(doc: Doc, lex: Lexicon, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Clause boundary words in [lo, hi); a weak one ("but") cuts only after a comma ("a brief but bloody
    war" is one clause)."""
    folded = doc.text.folded
    # "تشن إسرائيل منذ السابع من أكتوبر غارات": a boundary word before a date opens a time phrase, no clause
    dated = {d.first for d in doc.dates}
    return [c for c in doc.cues(lex.boundaries, lo, hi)
            if (c[2] not in lex.weak_boundaries or c[0] == 0
                or "," in folded[doc.tokens[c[0] - 1].end:doc.tokens[c[0]].start])
            and not (c[0] > lo and c[1] + 1 in dated) and not _before_event_noun(doc, lex, c)
            and not _inserted_adverb(doc, c) and not _preverbal_adverb(doc, lex, c, lo)]


def _preverbal_adverb(doc: Doc, lex: Lexicon, c: tuple[int, int, str], lo: int) -> bool:
    """"The leaders then released a joint statement", "Egypt and Sudan then signed": a one-word boundary that is also
    an adverb before the verb (roles.yaml ``preverbal``), with no comma or conjunction before it, stands between the
    subject and its verb; it opens no clause (", then signed" and "and then signed" still do)."""
    k = c[0]
    if lex.subject_after_verb or c[0] != c[1] or k <= lo or doc.tokens[k].text not in lex.preverbal:
        return False
    folded = doc.text.folded
    return not any(ch in folded[doc.tokens[k - 1].end:doc.tokens[k].start] for ch in ",;:") \
        and doc.tokens[k - 1].text not in lex.conjunctions


def _inserted_adverb(doc: Doc, c: tuple[int, int, str]) -> bool:
    """"Japan, meanwhile, signed ...", "Egypt, however, condemned ...": a one-word boundary set off by commas right
    after an actor stands between the subject and its verb; it opens no clause."""
    folded = doc.text.folded
    k, e = c[0], c[1]
    if k != e or k == 0 or e + 1 >= len(doc.tokens) or doc.tokens[k].text in (";",):
        return False
    return "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start] \
        and "," in folded[doc.tokens[e].end:doc.tokens[e + 1].start] \
        and any(p.last == k - 1 for p in doc.actors)


def _before_event_noun(doc: Doc, lex: Lexicon, c: tuple[int, int, str]) -> bool:
    """"signed twelve documents after talks at the palace": a sequence marker that is also a boundary word,
    right before a noun of talks or visits, opens a phrase of the clause, not a clause of its own ("after
    protesters stormed the embassy" opens one)."""
    if lex.sequence is None or not any(b == c[1] for a, b, _p in doc.cues(lex.sequence, c[0], c[0] + 1)):
        return False
    k = c[1] + 1
    return k < len(doc.tokens) and any(m.payload.pos == "noun" and m.payload.entry.type == EventType.CONSULT
                                       for m in lex.triggers.find_at(doc.tokens, k))


def _eligible(p: Placed, dateline: Span | None) -> bool:
    if dateline is not None and dateline.contains(p.mention.span):
        return False
    v = p.mention.value
    return isinstance(v, ActorRef) and (v.kind == ActorKind.GROUP or v.country is not None)


def _prefix_before(doc: Doc, p: Placed) -> str:
    """Clitic letters glued to the mention's first token but outside its span (ل in لمصر)."""
    tok = doc.tokens[p.first]
    fs = doc.text.folded_index(p.mention.span.start)
    return doc.text.folded[tok.start:fs] if fs > tok.start else ""


def _after_passive_auxiliary(doc: Doc, lex: Lexicon, first: int, lo: int) -> bool:
    """Does a passive auxiliary stand before the verb, past adverbs and modals ("was accused", "has been
    condemned")?"""
    if not lex.passive_auxiliaries:
        return False
    k = first - 1
    while k > lo and doc.tokens[k].text in lex.preverbal and doc.tokens[k].text not in lex.passive_auxiliaries:
        k -= 1
    return k >= lo and doc.tokens[k].text in lex.passive_auxiliaries


def _word_before(doc: Doc, lex: Lexicon, p: Placed) -> str:
    """The word before a mention, skipping articles and determiners ("by a Chinese president")."""
    k = p.first - 1
    while k >= 0 and doc.tokens[k].text in lex.determiners:
        k -= 1
    return doc.tokens[k].text if k >= 0 else ""


def _prep_after(doc: Doc, lex: Lexicon, p: Placed, last: int) -> bool:
    """Does the preposition before ``p`` (past determiners) stand after token ``last``, outside the trigger?"""
    k = p.first - 1
    while k > last and doc.tokens[k].text in lex.determiners:
        k -= 1
    return k > last


def _prep_follows(doc: Doc, lex: Lexicon, p: Placed, last: int) -> bool:
    """Does the preposition before ``p`` (past determiners) stand right after the trigger ("the visit of
    Putin"), not after another noun ("allegations linking agents of the Indian government")?"""
    k = p.first - 1
    while k > last and doc.tokens[k].text in lex.determiners:
        k -= 1
    return k == last + 1


def marked(doc: Doc, lex: Lexicon, p: Placed, lo: int) -> bool:
    """Is the mention introduced by a recipient/destination preposition?"""
    if _sent_by(doc, lex, p, lo):
        return False
    prefix = _prefix_before(doc, p)
    if prefix:
        stripped = prefix[1:] if prefix[:1] in lex.conjunctions else prefix
        if prefix in lex.target_preps or stripped in lex.target_preps:
            return True
    if p.first > lo:
        prev = doc.tokens[p.first - 1].text
        if prev in lex.target_preps or _word_before(doc, lex, p) in lex.target_preps:
            return True
        # a preposition glued to a conjunction: "وإلى", "ومع"
        if prev[:1] in lex.conjunctions and prev[1:] in lex.target_preps:
            return True
        # a nationality adjective on a noun with a recipient clitic: "للجيش السوري" (to the Syrian army)
        if getattr(p.mention.value, "kind", None) == ActorKind.DEMONYM and not doc.in_mention(p.first - 1):
            # (past other adjectives of the noun: "بالجيش الوطني السوري"; "وفد برلماني إيراني" has none: the
            # ب of برلماني is no clitic)
            k = p.first - 1
            while k - 1 > lo and _bare_adjective(doc, lex, k) and not doc.in_mention(k - 1):
                k -= 1
            head = doc.tokens[k].text
            if any(c and c in lex.target_preps and len(f) >= 3 for f, c in lex.clitics.prefix_forms(head)):
                return True
    return False


def _sent_by(doc: Doc, lex: Lexicon, p: Placed, lo: int) -> bool:
    """Is the mention the sender after "from" right after a noun of people sent (roles.yaml ``sender_nouns``),
    past one adjective ("مبعوث خاص من الرئيس الجزائري", "a special envoy from the Emir of Qatar")?"""
    if not lex.sender_nouns or _prefix_before(doc, p):
        return False
    k = p.first - 1
    if _kind(p) == ActorKind.DEMONYM and k > lo and not doc.in_mention(k) and doc.tokens[k].text not in lex.sender_preps:
        k -= 1  # "من الإمبراطور الإثيوبي": the adjective of a noun after "from"
    while k > lo and doc.tokens[k].text in lex.determiners:
        k -= 1
    if k <= lo or doc.tokens[k].text not in lex.sender_preps:
        return False
    # (the noun may be a mention of its own, an envoy of no state named: "مبعوث خاص")
    return any(lo <= j < k and doc.tokens[j].text in lex.sender_nouns for j in (k - 1, k - 2))


def _sent(doc: Doc, lex: Lexicon, p: Placed, lo: int) -> bool:
    """Is the mention an envoy of no state named, whose sender follows after "from" ("مبعوث خاص من الرئيس")?"""
    return _country(p) is None and any(0 < q.first - p.last <= 4 and _sent_by(doc, lex, q, lo) for q in doc.actors)


def _bare_adjective(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Does token ``k`` read as a relational adjective after its noun ("برلماني", "الوطني"), not as a noun after a
    preposition clitic ("للجماهيرية", "بالجيش": a clitic before the article is one)?"""
    tok = doc.tokens[k].text
    if not lex.adjective_suffixes or not tok.endswith(lex.adjective_suffixes):
        return False
    elided = tuple(a[1:] for a in lex.definite_articles)  # "لل", "بال": a preposition glued to the article
    return not any(c in lex.target_preps and (f.startswith(lex.definite_articles) or (len(c) > 1 and c.endswith(elided)))
                   for f, c in lex.clitics.prefix_forms(tok) if c)


def _joined(doc: Doc, lex: Lexicon, a: Placed, b: Placed) -> bool:
    """Are two consecutive actor mentions coordinated ("Egypt and Russia", "مصر وروسيا")?"""
    gap = range(a.last + 1, b.first)
    if len(gap) > 2:
        return False
    words = [doc.tokens[k].text for k in gap]
    if any(w in lex.conjunctions for w in words):
        # "Brazil recognises Palestine, and Argentina follows suit": a comma before the conjunction ends a clause,
        # unless it closes a list of three or more ("Egypt, Jordan, and Qatar")
        return "," not in doc.text.folded[doc.tokens[a.last].end:doc.tokens[b.first].start] or lex.subject_after_verb \
            or _listed_before(doc, a)
    va, vb = a.mention.value, b.mention.value
    if not words and isinstance(va, ActorRef) and isinstance(vb, ActorRef) and va.kind == ActorKind.TITLE \
            and vb.kind == ActorKind.PERSON and va.country == vb.country:
        return True  # "رئيس الوزراء الإسرائيلي إسحق رابين": a title and the name right after it are one actor
    if not words and isinstance(va, ActorRef) and isinstance(vb, ActorRef) and va.country == vb.country \
            and vb.kind in _PEOPLE_KINDS and lex.possessive_suffixes \
            and doc.tokens[a.last].text.endswith(lex.possessive_suffixes):
        return True  # "Turkey's Erdogan": a state and its own leader after the possessive are one actor
    if _prefix_before(doc, b)[:1] in lex.conjunctions:
        return True  # "ومصر": the conjunction is a clitic outside the mention's span
    if not words and lex.subject_after_verb and isinstance(va, ActorRef) and isinstance(vb, ActorRef) \
            and va.kind == vb.kind == ActorKind.DEMONYM and va.country != vb.country:
        return True  # "المناورات المصرية السودانية": two nationality adjectives of one noun
    between = doc.text.folded[doc.tokens[a.last].end:doc.tokens[b.first].start]
    if _apposition(doc, lex, b):
        return False  # "Japan, New Delhi's largest donor, ...": an apposition naming another state, not a list
    # "The kingdom, the United Arab Emirates, Bahrain and Egypt": a list item may open with an article
    return not [w for w in words if w not in lex.determiners] and "," in between


def _listed_before(doc: Doc, p: Placed) -> bool:
    """Is the mention the item of a list after another one and a comma ("Egypt, Jordan")?"""
    return any(q.last < p.first and doc.text.folded[doc.tokens[q.last].end:doc.tokens[p.first].start].strip() == ","
               for q in doc.actors)


def _apposition(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """Is the mention the possessor in an apposition to the actor before it ("Japan, New Delhi's largest
    aid donor, said ...")? It modifies the apposed noun; it is neither a coordinated party nor the subject."""
    if not lex.possessive_suffixes or not doc.tokens[p.last].text.endswith(lex.possessive_suffixes) or p.first == 0:
        return False
    prev = doc.tokens[p.first - 1]
    return "," in doc.text.folded[prev.end:doc.tokens[p.first].start] \
        and any(q.last == p.first - 1 for q in doc.actors)


def _group(doc: Doc, lex: Lexicon, actors: list[Placed], start: Placed) -> list[Placed]:
    """``start`` plus the actors coordinated with it on either side."""
    i = actors.index(start)
    group = [start]
    j = i
    while j + 1 < len(actors) and _joined(doc, lex, actors[j], actors[j + 1]):
        group.append(actors[j + 1])
        j += 1
    j = i
    while j - 1 >= 0 and _joined(doc, lex, actors[j - 1], actors[j]):
        group.insert(0, actors[j - 1])
        j -= 1
    return group


def coordinated(doc: Doc, lex: Lexicon, start: Placed) -> list[Placed]:
    """``start`` and the actors coordinated with it after it ("ولي العهد السعودي والرئيس التركي")."""
    return [p for p in _group(doc, lex, list(doc.actors), start) if p.first >= start.first]


def _between_group(doc: Doc, lex: Lexicon, actors: list[Placed], lo: int, hi: int) -> list[Placed]:
    for k in range(lo, hi):
        tok = doc.tokens[k].text
        forms = {f for f, _ in lex.clitics.prefix_forms(tok)}
        if forms & lex.between:
            after = [a for a in actors if a.first > k]
            if after and after[0].first - k <= 3 and getattr(after[0].mention.value, "kind", None) == ActorKind.GROUP:
                return [after[0]]  # "بين البلدين", "between the two sides"
            if after and after[0].first - k <= 3:
                g = _group(doc, lex, actors, after[0])
                g = [a for a in g if a.first >= after[0].first]
                if len(g) >= 2:
                    return g
            # "بين أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني ومستشار الأمن الوطني السعودي": two
            # long titles joined by a conjunction on the second one's first word
            if len(after) >= 2 and after[0].first - k <= 6:
                code = getattr(after[0].mention.value, "country", None)
                end = after[0]
                for a in after[1:]:
                    if getattr(a.mention.value, "country", None) == code and a.first - end.last <= 1:
                        end = a  # the name after its title ("الإيراني علي شمخاني")
                        continue
                    if a.first - end.last <= 6 and getattr(a.mention.value, "country", None) != code \
                            and (_prefix_before(doc, a)[:1] in lex.conjunctions
                                 or any(doc.tokens[j].text[:1] in lex.conjunctions and not doc.in_mention(j)
                                        for j in range(end.last + 1, a.first))):
                        return [after[0], a]
                    break
    return []


def _aside(doc: Doc, lex: Lexicon, p: Placed, lo: int, first: int, last: int) -> bool:
    """Is the mention inside a framing phrase ("on the sidelines of the UN General Assembly", "بوساطة
    قطرية") that does not hold the trigger itself?"""
    for a, b, _x in doc.cues(lex.aside, max(lo, p.first - 10), p.first):
        if b >= p.first or a <= first <= b or b < first < p.first or a <= last <= b:
            continue
        # the first actor after the marker, in the same phrase (no comma in between), and the actors
        # coordinated with it ("at the request of Egypt and Sudan")
        nxt = next((q for q in doc.actors if q.first > b), None)
        if nxt is None or "," in doc.text.folded[doc.tokens[b].end:doc.tokens[nxt.first].start]:
            continue
        if any(doc.tokens[k].text in lex.resumptive for k in range(b + 1, nxt.first)):
            continue  # "في ختام الزيارة بيان مشترك شدد فيه البلدان": a clause of its own after the phrase names them
        if p is nxt or (p in _group(doc, lex, list(doc.actors), nxt)
                        and "," not in doc.text.folded[doc.tokens[nxt.last].end:doc.tokens[p.first].start]):
            return True
    return False


def _names_place(doc: Doc, p: Placed) -> bool:
    """"the Washington Declaration", "the Moscow talks": a capital right before a noun, without a
    possessive, names where the thing happened, not a party (in a language whose modifiers precede the
    noun; in Arabic a capital before a verbal noun is the agent of the noun before it: "إعلان الرياض
    ودمشق اتفاقهما")."""
    return getattr(p.mention.value, "kind", None) == ActorKind.CAPITAL and not doc.tokens[p.last].text.endswith("'s")


def _names_document(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """"will implement the Algiers agreement": a capital right before a document noun (roles.yaml
    ``named_documents``), without a possessive, is the document's name."""
    k = p.last + 1
    return bool(lex.named_documents) and k < len(doc.tokens) and doc.tokens[k].text in lex.named_documents \
        and _names_place(doc, p) and not lex.subject_after_verb


def _authored(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """"a French-drafted resolution": the actor names who wrote the thing, not a party to the act."""
    k = p.last + 1
    if not lex.authorship or k >= len(doc.tokens) or doc.tokens[k].text not in lex.authorship:
        return False
    return doc.text.folded[doc.tokens[p.last].end:doc.tokens[k].start] == "-"


def _prepositional_phrase(doc: Doc, lex: Lexicon, lo: int, hi: int) -> bool:
    """Does a word with a preposition clitic (لموقف، بانسحاب) stand in [lo, hi), outside any mention?"""
    for k in range(lo, hi):
        tok = doc.tokens[k].text
        if doc.in_mention(k):
            continue
        if k > lo and _bare_adjective(doc, lex, k) and not doc.in_mention(k - 1):
            continue  # "وفد برلماني": an adjective after its noun ("ب" of برلماني is no clitic)
        if any(c and c in lex.preposition_clitics and len(f) >= 4 for f, c in lex.clitics.prefix_forms(tok)):
            return True
    return False


def _setting_tokens(doc: Doc, lex: Lexicon, lo: int, hi: int) -> set[int]:
    """Tokens of a setting phrase: a setting marker, a meeting noun and its genitive up to a comma."""
    out: set[int] = set()
    folded = doc.text.folded
    for _a, b, _p in doc.cues(lex.setting, lo, hi):
        k = b + 1
        if k >= hi or not any(m.payload.entry.type == EventType.CONSULT and m.payload.pos == "noun"
                              for m in lex.triggers.find_at(doc.tokens, k)):
            continue
        end = k
        while end + 1 < min(hi, k + 8) and "," not in folded[doc.tokens[end].end:doc.tokens[end + 1].start]:
            end += 1
        out.update(range(k, end + 1))
    return out


def _relative_object(doc: Doc, lex: Lexicon, last: int, hi: int, exclude: set[str | None]) -> Placed | None:
    """"إنهاء المقاطعة التي فرضتها على قطر": with no party in its clause, the target of a directed act may
    stand in the relative clause on its object, after a recipient preposition."""
    if hi >= len(doc.tokens) or hi - last > 3 or doc.tokens[hi].text not in lex.relative_pronouns:
        return None
    s_hi = doc.sentence_tokens[doc.sentence_of_token[hi]][1]
    end = next((c for c, _b, _p in doc.cues(lex.boundaries, hi + 1, s_hi)), s_hi)
    for p in doc.actors:
        if hi < p.first < end and _eligible(p, doc.dateline) and marked(doc, lex, p, hi) \
                and getattr(p.mention.value, "country", None) not in exclude:
            return p
    return None


def _relative_agent(doc: Doc, lex: Lexicon, last: int, hi: int, exclude: set[str | None],
                    inserted: set[int]) -> Placed | None:
    """"دان المجلس، في ختام اجتماع ...، مذكرة التفاهم التي وقعتها إثيوبيا مع ...": with no party in its clause,
    the target of a directed act is whoever made the thing it acts upon -- the subject of the relative clause
    on its object, whose verb carries the object's pronoun (وقعتها: signed it)."""
    if hi + 2 >= len(doc.tokens) or doc.tokens[hi].text not in lex.relative_pronouns:
        return None
    folded = doc.text.folded
    commas = [k for k in range(last + 1, hi) if "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start]]
    if len(commas) >= 2 and not inserted:
        # "دان مجلس الجامعة، في ختام اجتماع ...، مذكرة ...": the subject, a setting phrase set off by commas, then
        # the object
        opener = {f for f, _ in lex.clitics.prefix_forms(doc.tokens[commas[0]].text)}
        if (opener & (lex.location_preps | lex.soft_after) or doc.cues(lex.setting, commas[0], commas[0] + 1)) \
                and any(last < p.first < commas[0] for p in doc.actors):
            inserted = set(range(last + 1, commas[1]))
    words = [k for k in range(last + 1, hi) if not doc.in_mention(k) and k not in inserted]
    verb = doc.tokens[hi + 1].text
    if len(words) > 3 or doc.in_mention(hi + 1) \
            or not any(verb.endswith(x) and len(verb) - len(x) >= 3 for x in lex.clitics.suffixes):
        return None
    for p in doc.actors:
        if p.first == hi + 2 and _eligible(p, doc.dateline) and not marked(doc, lex, p, hi) \
                and getattr(p.mention.value, "country", None) not in exclude:
            return p
    return None


def located(doc: Doc, lex: Lexicon, p: Placed, lo: int) -> bool:
    """Is the mention introduced by a location preposition ("in Beijing", "في بكين", "بالقاهرة")?"""
    prefix = _prefix_before(doc, p)
    if prefix and (prefix in lex.location_preps or prefix[1:] in lex.location_preps):
        return True
    if _names_a_venue(doc, lex, p):
        return True
    k = p.first - 1
    # "في العاصمة العمانية مسقط": past a place noun and the words of the place's own mentions
    while lex.place_nouns and k > lo and (doc.tokens[k].text in lex.place_nouns or doc.in_mention(k)) \
            and any(doc.tokens[j].text in lex.place_nouns for j in range(max(lo, k - 2), k + 1)):
        k -= 1
    if k >= lo and k < p.first - 1:
        prev = doc.tokens[k].text
        return prev in lex.location_preps or any(prev.startswith(x) and prev[len(x):] in lex.place_nouns
                                                 for x in lex.location_preps)
    if p.first > lo:
        prev = doc.tokens[p.first - 1].text
        if prev in lex.determiners and p.first - 1 > lo and _kind(p) in (ActorKind.DEMONYM, *_PLACE_KINDS):
            prev = doc.tokens[p.first - 2].text  # "flew into the Kazakh capital", "in the UAE"
        return prev in lex.location_preps or (prev[:1] in lex.conjunctions and prev[1:] in lex.location_preps)
    return False


def _names_a_venue(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """"جولة مفاوضات واشنطن", "the Geneva talks": a capital in construct with a noun of talks (right after it in
    Arabic, right before it in English) names where the talks were held, not a party to them."""
    if _kind(p) != ActorKind.CAPITAL:
        return False
    if lex.venue_nouns_before and p.first > 0:
        prev = doc.tokens[p.first - 1].text
        if prev in lex.venue_nouns_before or (prev[:1] in lex.conjunctions and prev[1:] in lex.venue_nouns_before):
            return True
    return bool(lex.venue_nouns_after) and p.last + 1 < len(doc.tokens) \
        and doc.tokens[p.last + 1].text in lex.venue_nouns_after


def _place_apposition(doc: Doc, lex: Lexicon, p: Placed, lo: int) -> bool:
    """Is the state named after a comma right after a place introduced by a location preposition ("in Ohrid,
    North Macedonia", "in Sochi, Russia"): the state the place is in, not a party?"""
    if _kind(p) not in _PLACE_KINDS or p.first - 1 <= lo \
            or "," not in doc.text.folded[doc.tokens[p.first - 1].end:doc.tokens[p.first].start]:
        return False
    q = next((q for q in [*doc.places, *doc.actors] if q.last == p.first - 1), None)
    if q is not None:
        return q.first > lo and located(doc, lex, q, lo)
    # a town of no mention of its own, capitalised ("in Ohrid, North Macedonia")
    k = p.first - 1
    while k > lo and _capitalised(doc, k) and not doc.in_mention(k) and p.first - k <= 2:
        k -= 1
    return k < p.first - 1 and doc.tokens[k].text in lex.location_preps


def has_destination(doc: Doc, lex: Lexicon, last: int, lo: int, hi: int) -> bool:
    """Is there an actor or place after the trigger introduced by a destination (or, for a trip,
    location) preposition ("arrived in Moscow", "وصل إلى القاهرة")?"""
    return any(lo <= p.first < hi and p.first > last and (marked(doc, lex, p, lo) or located(doc, lex, p, lo))
               for group in (doc.actors, doc.places) for p in group)


def assign_roles(doc: Doc, lex: Lexicon, first: int, last: int, pos: str, frame: str,
                 lo: int, hi: int, possessed: bool = False,
                 needs_destination: bool = False, object_genitive: bool = False,
                 object_pronoun: bool = False,
                 source_after: frozenset[str] = frozenset(),
                 between_is_content: bool = False, supplies: bool = False) -> tuple[list, list]:  # type: ignore[type-arg]
    """Return (source mentions, target mentions) for a trigger at tokens [first, last].
    ``possessed``: the trigger carries a possessive pronoun ("زيارته", his visit), whose agent is
    named before it, not after. ``object_pronoun``: a verb carries an object pronoun ("وقعتها").
    ``source_after``: prepositions that name a noun's agent after it ("a loan from China").
    ``between_is_content``: a pair after "between" names the parties of the act's object, not its target
    ("welcomed the agreement between Egypt and Sudan": support with no target, CODING_GUIDE). ``supplies``: the
    act gives people or goods (aid), whose nationality names the giver, not the one acted upon."""
    if pos == "noun" and frame != "host":
        hi = relative_end(doc, lex, first, last, lo, hi)
    actors = [p for p in doc.actors if lo <= p.first < hi and _eligible(p, doc.dateline)
              and not (p.first <= first <= p.last) and not _authored(doc, lex, p)
              and not (pos == "noun" and p.last == first - 1 and not lex.subject_after_verb and _names_place(doc, p))
              and not _names_document(doc, lex, p)
              and not _aside(doc, lex, p, lo, first, last)
              and not _sent(doc, lex, p, lo)
              # "مقتل 8500 فلسطيني": a nationality counted right after a number names people, not a state
              and not (_kind(p) == ActorKind.DEMONYM and p.first > lo and doc.tokens[p.first - 1].text.isdigit()
                       and not _counted_head(doc, lex, p))]
    if frame not in ("visit", "host"):
        # "talks in Beijing": a capital after a location preposition is where, not who
        actors = [p for p in actors if not (getattr(p.mention.value, "kind", None) == ActorKind.CAPITAL
                                            and located(doc, lex, p, lo))
                  # "met in Ohrid, North Macedonia": a state set after a place named where is where, too
                  and not _place_apposition(doc, lex, p, lo)
                  # "في العاصمة العمانية": the adjective of a place noun names where, too
                  and not (getattr(p.mention.value, "kind", None) == ActorKind.DEMONYM and p.first > lo
                           and doc.tokens[p.first - 1].text in lex.place_nouns and located(doc, lex, p, lo))]
    if pos == "verb" and not lex.subject_after_verb:
        # "Kenya, which has long criticised Somalia, expelled ...", "Kenya, a close ally of Ethiopia, expelled":
        # a phrase set off by commas between the subject and its verb holds neither
        inner = _subject_insertion(doc, lex, lo, first)
        actors = [p for p in actors if p.first not in inner]
    inserted = _parenthetical(doc, lex, last, hi) if pos == "verb" and lex.subject_after_verb else set()
    if inserted:
        # "دعت، في بيان لأمينها العام أحمد أبو الغيط ...، البلدين إلى": a phrase set off by commas after the verb
        # holds neither its subject nor its object
        actors = [p for p in actors if p.first not in inserted]
    setting = _setting_tokens(doc, lex, lo, hi)
    if first not in setting:
        # "أعلنت ... في ختام القمة ... لمجلس التعاون، إنهاء المقاطعة": the body of the meeting is where
        actors = [p for p in actors if p.first not in setting
                  or getattr(p.mention.value, "kind", None) != ActorKind.ORGANISATION] or actors
    if not actors:
        return [], []
    before = [a for a in actors if a.last < first]
    after = [a for a in actors if a.first > last]
    trip_host = _trip_host(doc, lex, before, first) if frame == "visit" and pos == "noun" else None
    if trip_host is not None:
        # "Modi's American tour", "his Russian visit": the place where the trip goes, not the traveller
        actors = [a for a in actors if a is not trip_host]
        before = [a for a in before if a is not trip_host]
    if object_genitive and pos == "noun":
        found = _object_genitive(doc, lex, actors, before, after, last, lo, hi)
        if found is not None:
            return found
    if lex.receive_verbs and frame != "symmetric":
        # (a form read as a verb right after a verb of receiving is its object noun: "تلقت طلبا", "received a
        # formal request")
        found = _received_from(doc, lex, actors, before, after, first, last, lo, 6 if pos == "noun" else 3)
        if found is not None:
            return found
    if frame == "host" and pos == "noun" and possessed and lex.subject_after_verb:
        found = _received_guest(doc, lex, actors, before, after, last, lo)
        if found is not None:
            return found

    subject: Placed | None = None
    # ... unless a pronoun after the verb points back to the antecedent ("the visit during which the two
    # countries signed", "التي وقع خلالها البلدان"): then the antecedent is a time or place, not the subject
    resumptive = any(doc.tokens[k].text in lex.resumptive for k in range(last + 1, min(hi, last + 3)))
    if pos == "verb" and lo < first and first - lo <= 2 and doc.tokens[lo].text in lex.relative_pronouns \
            and not resumptive:
        # "مجلس الأمن ... الذي دان الغزو": the relative clause's subject is the noun before it
        s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
        antecedents = [p for p in doc.actors if s_lo <= p.first < lo and _eligible(p, doc.dateline)
                       and (not marked(doc, lex, p, s_lo) or p.last == lo - 1)]
        if lex.subject_after_verb and antecedents and antecedents[-1].last < lo - 1 \
                and _prepositional_phrase(doc, lex, antecedents[-1].last + 1, lo):
            # "أعربت الخارجية السورية عن أسفها للغارات التي استهدفت": the relative's antecedent is the noun
            # right before it ("the strikes"), inside the verb's complement -- not the subject of the main verb
            antecedents = []
        # "محادثات مع الرئيس المصري، الذي وصل": the noun right before the pronoun is its antecedent, even
        # after a preposition -- unless the verb's object pronoun is the antecedent and its own subject
        # follows it ("المذكرة التي وقعتها إثيوبيا مع كينيا": Ethiopia signed the memorandum)
        if object_pronoun and any(a.first - last <= 2 and not marked(doc, lex, a, lo) for a in after):
            antecedents = []
        if antecedents:
            subject = antecedents[-1]
            actors = [subject, *actors]
            before = [a for a in actors if a.last < first]
    if subject is None and pos == "noun" and possessed and not before:
        # "وتحصل مصر على ... منذ توقيعها معاهدة": the pronoun on the noun points to the subject of the
        # clause before (a strong actor: a named state, person or office)
        s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
        prior = [p for p in doc.actors if s_lo <= p.first < lo and _eligible(p, doc.dateline)
                 and not marked(doc, lex, p, s_lo) and getattr(p.mention.value, "kind", None) != ActorKind.DEMONYM]
        # ("يغادر لولا القاهرة اليوم متوجها إلى أديس أبابا، حيث يجري مباحثات": a person named is the one the
        # pronoun points to, not the place he leaves)
        people = [p for p in prior if _kind(p) in _PEOPLE_KINDS]
        if people and frame != "directed":
            prior = people
        if prior:
            subject = prior[-1]
            actors = [subject, *actors]
            before = [subject]
    if subject is None and pos == "noun" and frame == "visit":
        subject = _genitive_traveller(doc, lex, after, last, lo)
    if subject is None and pos == "noun":
        subject = _relative_maker(doc, lex, after, last)
    if subject is None and pos == "noun":
        # "a visit by the Chinese president": an agent preposition names the actor
        for a in after:
            if source_after and a.first - last <= 6 and ((_word_before(doc, lex, a) in source_after
                                                          and _prep_follows(doc, lex, a, last))
                                                         or _head_after_prep(doc, a, last, source_after)):
                # "a 1 billion dollar loan from China", "a visit from the Saudi king": the giver, the visitor
                subject = a
                break
            if frame == "visit" and _visited_place(doc, lex, a, after, before, last, lo):
                continue  # "Khrushchev begins a tour of Indonesia": the place after "of" is where he goes
            if _word_before(doc, lex, a) in lex.agent_preps and a.first - last <= 6 \
                    and (_prep_follows(doc, lex, a, last)
                         or (_word_before(doc, lex, a) in lex.passive_agent and _participle_between(doc, lex, first, last, a))):
                subject = a
                break
    passive_patient: Placed | None = None
    if subject is None and pos == "verb" and lex.passive_agent:
        # "was rejected by the council", "a pact signed by Iran and China": the agent after "by"
        passive = _after_passive_auxiliary(doc, lex, first, lo)
        for a in after:
            # (a preposition inside the trigger is no agent: "stood by France")
            if (a.first - last <= (8 if passive else 3) and _word_before(doc, lex, a) in lex.passive_agent
                    and _prep_after(doc, lex, a, last)):
                subject = a
                if passive:
                    # "Iran was accused by the United States of supplying drones": the passive's subject is
                    # acted upon, whatever else the clause names after the verb
                    passive_patient = next((b for b in reversed(before) if not marked(doc, lex, b, lo)), None)
                break
    if subject is None and pos == "verb" and lex.subject_after_verb and lex.agent_preps:
        # "استُقبل وزير الخارجية السعودي في القاهرة من قبل الرئيس المصري": a verb whose agent follows a phrase of
        # agency is passive; the state right after the verb is acted upon (the guest received)
        agent = next((a for a in after if a.first - last <= 10 and a.first - 2 > last
                      and " ".join(t.text for t in doc.tokens[a.first - 2:a.first]) in lex.agent_preps), None)
        patient = next((a for a in after if agent is not None and a.last < agent.first and not marked(doc, lex, a, lo)
                        and getattr(a.mention.value, "country", None) != getattr(agent.mention.value, "country", None)),
                       None)
        if agent is not None and patient is not None:
            subject, passive_patient = agent, patient
    if subject is None and pos == "noun" and not lex.subject_after_verb and before and before[-1].last == first - 1 \
            and _double_object(doc, lex, before, lo, first) is None:
        # "French backing for Morocco", "Egypt's request": a modifier right before the noun is its agent (not the
        # verb's object: "Quito declared the Mexican envoy persona non grata")
        subject = before[-1]
    if subject is None and pos == "verb" and not lex.subject_after_verb and first > lo \
            and doc.tokens[first - 1].text in lex.conjunctions:
        # "X told the session that ... and rejected ...": a coordinated verb shares the sentence's subject
        s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
        heads = [p for p in doc.actors if s_lo <= p.first < first and _eligible(p, doc.dateline)
                 and not marked(doc, lex, p, s_lo) and not located(doc, lex, p, s_lo)]
        if lo > s_lo and "," in doc.text.folded[doc.tokens[lo - 1].end:doc.tokens[lo].start]:
            # "..., while Nicaragua went further and severed ties": a clause set off by a comma names its own
            # subject right after the word that opens it
            heads = [p for p in heads if lo < p.first <= lo + 2] or heads
        if heads:
            subject = heads[0]
            if subject not in actors:
                actors = [subject, *actors]
                before = [a for a in actors if a.last < first]
    if subject is None and pos == "verb" and not lex.subject_after_verb and before \
            and not marked(doc, lex, before[-1], lo) and _conjoined_predicate(doc, lex, before[-1].last, first):
        # "Canada was not seeking to provoke India and had no plans to expel ...": the state before "and" is the
        # object of the first predicate; the verb of the second shares the clause's subject, named first (after
        # "that", when the sentence reports)
        s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
        opener = max((k for k in range(s_lo, first) if doc.tokens[k].text in lex.subject_clause_openers), default=-1)
        heads = [p for p in doc.actors if max(s_lo, opener) <= p.first < before[-1].first
                 and _eligible(p, doc.dateline) and not marked(doc, lex, p, s_lo) and not located(doc, lex, p, s_lo)]
        if heads and _country(heads[0]) != _country(before[-1]):
            subject = heads[0]
            actors, before = _with_subject(subject, actors, first)
    if subject is None and pos == "verb" and lex.clause_openers and first > lo \
            and doc.tokens[first - 1].text in lex.preverbal:
        # "وكان وزير المجاهدين الجزائري محمد ... قد طالب باريس": the subject is between the opener and قد
        openers = [k for k in range(lo, first - 1)
                   if any(f in lex.clause_openers for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text))]
        if openers:
            inside = [a for a in before if a.first > openers[-1] and not marked(doc, lex, a, lo)]
            strong = [a for a in inside if getattr(a.mention.value, "kind", None) != ActorKind.DEMONYM]
            subject = (strong or inside or [None])[0]
    if subject is None and pos == "verb" and lex.subject_after_verb:
        subject = _circumstantial_subject(doc, lex, first, lo)
        if subject is not None and subject not in actors:
            actors = [subject, *actors]
            before = [a for a in actors if a.last < first]
    topic: Placed | None = None
    if subject is None and pos == "verb" and object_pronoun and lex.subject_after_verb and before:
        # "السفير الجزائري لدى باماكو استدعته الخارجية المالية": a party named before a verb that carries an
        # object pronoun is its object, set first as the topic; the subject follows the verb
        # (the subject right after the verb: "أعادت الصين جدولة ديون زامبيا" folds to a form that reads as a
        # verb with a pronoun, but its genitive is no subject)
        follows = [a for a in after if (a.first == last + 1 or (a.first == last + 2 and _kind(a) == ActorKind.DEMONYM))
                   and not marked(doc, lex, a, lo) and not located(doc, lex, a, lo)]
        fronted = [a for a in before if not marked(doc, lex, a, lo) and not located(doc, lex, a, lo)
                   and not _apposition(doc, lex, a)]
        if follows and fronted and _country(follows[0]) != _country(fronted[0]):
            subject, topic = follows[0], fronted[0]
    # a subject placed before its verb, with at most auxiliaries in between ("وكان الوزير ... قد زار")
    if subject is None and before and pos == "verb":
        near = before[-1]
        gap = [doc.tokens[k].text for k in range(near.last + 1, first)]
        # (in a verb-first language a comma before the verb closes the noun's clause: "ودان المجلس الحكم
        # العراقي، ودعا بغداد إلى ...": the verb's subject follows it or is shared)
        new_clause = lex.subject_after_verb and not gap \
            and "," in doc.text.folded[doc.tokens[near.last].end:doc.tokens[first].start]
        if all(w in lex.preverbal for w in gap) and not marked(doc, lex, near, lo) and not new_clause:
            subject = near
    if subject is None and pos == "verb" and before and lex.subject_after_verb:
        # "أفادت مصادر بأن الإدارة السورية الجديدة طالبت موسكو", "أن وفدا عسكريا روسيا رفيع المستوى زار دمشق": after
        # "that" the subject stands before its verb
        subject = _reported_subject(doc, lex, before, first, lo)
    if subject is None and pos == "verb" and before and lex.subject_after_verb:
        # a list item or quotation after a colon is written subject first ("- 2015: مقاتلة تركية ... تسقط قاذفة")
        s_lo = doc.sentence_tokens[doc.sentence_of_token[first]][0]
        colon = doc.text.folded.rfind(":", doc.tokens[s_lo].start, doc.tokens[first].start)
        # ("2010: البرازيل تعترف بفلسطين، وبعد ثلاثة أيام تحذو الأرجنتين حذوها": a comma after the list item's
        # subject, then a phrase before the verb, opens a clause of its own when its verb names a subject right
        # after it; a verb right after the comma, "، ويمهل", goes on with the item's subject)
        comma = max(doc.text.folded.rfind(c, doc.tokens[s_lo].start, doc.tokens[first].start) for c in ",\u060c")
        if comma >= doc.tokens[first - 1].end or not any(a.first - last <= 3 and not marked(doc, lex, a, lo)
                                                         for a in after):
            comma = -1
        fronted = [a for a in before if doc.tokens[a.first].start > max(colon, comma)
                   and not marked(doc, lex, a, lo)] if colon >= 0 else []
        if lex.subject_openers is not None and doc.cues(lex.subject_openers, last + 1, last + 2):
            fronted = []  # "..., وفي اليوم ذاته تستدعي كل من تشيلي وكولومبيا سفيريهما": the verb names its own subject
        if fronted:
            subject = fronted[0]
    if subject is None and pos == "verb" and lex.possessed_subject_suffixes:
        # "ونفت تركيا أن تكون قواتها قد قصفت مواقع سورية": a reported clause whose subject is the main clause's
        # own forces (a noun with a possessive pronoun) has the main clause's subject as its actor; a
        # nationality after the verb modifies its object
        subject = _possessed_subject(doc, lex, first)
        if subject is not None and subject not in actors:
            actors = [subject, *actors]
        before = [a for a in actors if a.last < first]
    if subject is None and pos == "verb" and lex.subject_after_verb and last + 1 < hi \
            and doc.tokens[last + 1].text in lex.content_resumptive and first > lo \
            and doc.tokens[first - 1].text not in lex.relative_pronouns:
        # "أصدرت الخارجية المصرية بيانا دانت فيه توقيع السراج": the issuer of the statement is the subject
        issuer = _sentence_head(doc, lex, first)
        if issuer is not None:
            subject = issuer
            actors, before = _with_subject(subject, actors, first)
    if subject is None and pos == "verb" and lex.pronoun_openers:
        subject = _pronoun_subject(doc, lex, first)
        if subject is not None and subject not in actors:
            actors = [subject, *actors]
        before = [a for a in actors if a.last < first]
    counted: Placed | None = None
    disagreed: Placed | None = None  # an actor after the verb that cannot be its subject by agreement (_disagrees)
    if subject is None and lex.subject_after_verb and not possessed:
        fronted_object = 0  # tokens of an object marked accusative, placed between the verb and its subject
        # ("قروض تُصرف إذا توصلت تونس إلى اتفاق مع الصندوق": the subject of a condition after the verb is the
        # condition's own, not the verb's -- unless the condition resumes the act, _trailing_condition)
        condition = _trailing_condition(doc, lex, last, hi)
        for a in (a for a in after if condition is None or a.first < condition):
            gap = a.first - last - fronted_object
            if gap > (6 if pos == "verb" else 3):
                break
            if pos == "verb" and lex.accusative_marks and (
                    _case_marked(doc, a.first, lex.accusative_marks)
                    or (_kind(a) == ActorKind.DEMONYM and a.first - 1 > last and not doc.in_mention(a.first - 1)
                        and _case_marked(doc, a.first - 1, lex.accusative_marks))):
                # "استقبل الرئيسَ الموريتاني ... العاهلُ المغربي": a noun written with the accusative vowel is the
                # object, even before the subject (verb-object-subject order)
                fronted_object += a.last - a.first + 1
                continue
            if pos == "verb" and _disagrees(doc, lex, first, last, a):
                # "وأمهلت السفير اللبناني 48 ساعة": a title of the masculine form right after a verb of the feminine
                # ending is its object; the subject is named elsewhere or shared ("وحطت طائرة الرئيس": a title after
                # another noun is that noun's genitive)
                fronted_object += a.last - a.first + 1
                disagreed = disagreed or a
                continue
            if pos == "verb" and frame == "symmetric" and lex.comitative_preps \
                    and any(doc.tokens[k].text in lex.comitative_preps for k in range(last + 1, a.first)):
                # "، وبحث مع نظيره العراقي مستقبل بعثة الحلف": the subject of talks stands before the partner
                # ("بحث الوزير مع نظيره"); a party after "with ..." is the partner's or the topic's, not the subject
                break
            if _prepositional_phrase(doc, lex, last + 1, a.first):
                # "أعرب عن دعمه لموقف موسكو": a state inside the verb's complement is not its subject; nor is one
                # inside a noun's ("دعمه الكامل لسيادة الصومال")
                break
            if pos == "noun" and frame == "visit" and _visited_place(doc, lex, a, after, before, last, lo):
                break  # "يعتزم ولي العهد زيارة إسلام آباد": the place after a trip noun is where he goes
            if pos == "noun" and frame == "visit" and _kind(a) in _PLACE_KINDS:
                continue  # "لزيارة موسكو": a place in the genitive of a visit is what is visited, not who visits
            if pos == "verb" and _comma_between(doc, last, a.first, inserted):
                # "أعلنت الجزائر قطع علاقاتها مع المغرب، متهمة الرباط": a subject follows its verb within the
                # clause; a state after a comma (not one setting off an aside) belongs to the next phrase
                break
            if (pos == "verb" or (frame not in ("visit", "host") and _object_noun(doc, lex, before, first, lo))) \
                    and _counted_nationality(doc, lex, a, last):
                # ("أعلنت الكويت إبعاد دبلوماسيين إيرانيين": so after a verbal noun that is the object of a verb
                # whose subject stands right before it; "إثر اقتحام محتجين إيرانيين السفارة": the protesters act)
                # "وطردت 23 دبلوماسيا روسيا": the nationality of a counted object is whose people they are
                # (the target) -- but "أُرسل آلاف الخبراء السوفيت لمساعدة مصر": people or goods sent with no
                # subject named are sent by their own state
                counted = a
                if supplies:
                    subject = a
                break
            if not marked(doc, lex, a, lo) or (pos == "verb" and _origin_of_subject(doc, lex, a, after, last)):
                subject = a
                break
            if pos == "verb" and frame == "visit" and a.first - last <= 2:
                # "وصل إلى الرباط في اليوم ذاته مبعوث خاص من ...": a destination fronted right after the verb, and a
                # date after it, before the subject
                fronted_object += a.last - a.first + 2
                fronted_object += sum(d.last - a.last for d in doc.dates if a.last < d.first <= a.last + 2 and d.last < hi)
        if subject is not None and frame == "visit" and pos == "verb" and _kind(subject) in _PLACE_KINDS:
            # "زار القاهرة كل من الوزير ... و...": a place right after a visit verb is what was visited
            # when a person follows as the subject (verb-object-subject order)
            # (the visitors follow the place directly, before any date: "زار روسيا في مارس 2008 والتقى
            # خلالها ... بوتين" names whom he met, not who visited)
            people = [a for a in after if a.first > subject.last and _kind(a) in _PEOPLE_KINDS
                      and not marked(doc, lex, a, lo)
                      and not any(subject.last < d.first < a.first for d in doc.dates)]
            if people:
                subject = people[0]
            elif not needs_destination and subject.first == last + 1 \
                    and not any(a.first > subject.last and not marked(doc, lex, a, lo) for a in after):
                # "... جولة خليجية يستهلها بالإمارات، على أن يزور الدوحة في اليوم ذاته": a place right after a verb
                # of visiting, with no subject after it, is what is visited; the verb's subject is named before
                # it or dropped
                subject = None
    if (counted is not None or (disagreed is not None and subject is None)) and first > lo \
            and _coordinated_verb(doc, lex, first):
        # "واتهمت بريطانيا روسيا ...، وطردت 23 دبلوماسيا روسيا": a coordinated verb with no subject of its own
        # shares the subject of the sentence's first clause
        head = _sentence_head(doc, lex, first)
        if head is not None:
            subject = head
            actors, before = _with_subject(subject, actors, first)
    if subject is None and before and pos == "verb" and not lex.subject_after_verb and first > lo \
            and any(doc.tokens[first].text.endswith(x) for x in lex.participle_suffixes) \
            and "," in doc.text.folded[doc.tokens[first - 1].end:doc.tokens[first].start]:
        # "The EU launched a WTO case against China, accusing Beijing of ...": a participle after a comma
        # shares the subject of the main clause, named first
        heads = [a for a in before if not marked(doc, lex, a, lo) and not located(doc, lex, a, lo)
                 and _kind(a) != ActorKind.DEMONYM]
        if heads:
            subject = heads[0]
    if subject is None and pos == "verb" and lex.state_pronouns and not lex.subject_after_verb:
        antecedent = _pronoun_antecedent(doc, lex, first)
        if antecedent is not None:
            subject = antecedent
            actors, before = _with_subject(subject, actors, first)
    recipient = None
    if subject is None and pos == "noun":
        recipient = _double_object(doc, lex, before, lo, first) if not lex.subject_after_verb \
            else (None if possessed else _double_object_after_verb(doc, lex, before, first, lo))
    if recipient is not None:
        # "the four states had handed Doha a list of 13 demands": the agent stands before the verb
        before = [a for a in before if a.last < recipient.first]
    elif subject is None and pos == "noun" and len(before) == 1:
        # "The United States, which provides Egypt with military aid, ...": the giver is the relative's
        # antecedent, right before the pronoun, and the state after its verb the recipient
        antecedent = _relative_giver(doc, lex, before[0], lo)
        if antecedent is not None:
            recipient = before[0]
            actors = [antecedent, *actors]
            before = [antecedent]
    if recipient is None and passive_patient is not None:
        recipient = passive_patient
    if subject is None and before:
        unmarked = [a for a in reversed(before) if not marked(doc, lex, a, lo) and not _apposition(doc, lex, a)]
        if pos == "verb" and not lex.subject_after_verb and lex.subject_clause_openers:
            # "an official denied that any Saudi delegation had visited Damascus": the subject of a verb in a
            # reported clause is named inside it; the speaker before "that" is not
            opener = max((k for k in range(lo, first) if doc.tokens[k].text in lex.subject_clause_openers),
                         default=-1)
            unmarked = [a for a in unmarked if a.first > opener] or unmarked
        if frame == "visit":
            # "left Cairo for ...", "stopped in Angola on his tour": a place before a trip word is where he
            # was, and a person or office named with it is the traveller
            unmarked = [a for a in unmarked if not any(_kind(b) in _PLACE_KINDS and located(doc, lex, b, lo)
                                                       for b in _group(doc, lex, actors, a))]
            people = [a for a in unmarked if _kind(a) in _PEOPLE_KINDS]
            unmarked = people or unmarked
        if frame != "visit":
            # "بدأت القوات الروسية عملية في سوريا دعما للجيش السوري": a state after a location preposition is
            # where the act took place, not who acted
            # ("رئيسي الجهازين في البلدين": the pair after "in" is whose offices they are; "المجلس العسكري
            # الحاكم في مالي": a place right after a body of no state of its own says whose it is)
            unmarked = [a for a in unmarked if not (_kind(a) in _PLACE_KINDS and located(doc, lex, a, lo)
                                                    and not any(b.last == a.first - 2 and _country(b) is None
                                                                for b in actors))] or unmarked
        # "الوساطة الكويتية": an adjective of nationality on another noun is a weak subject; a named
        # state, person or office before it is preferred
        strong = [a for a in unmarked if getattr(a.mention.value, "kind", None) != ActorKind.DEMONYM]
        # "Japan, New Delhi's largest aid donor, said ...": a possessor modifies another noun; the state named
        # as such is the subject
        if lex.possessive_suffixes and not lex.subject_after_verb:
            strong = [a for a in strong if not doc.tokens[a.last].text.endswith(lex.possessive_suffixes)] or strong
        subject = strong[0] if strong else (unmarked[0] if unmarked else None)
    if subject is None and frame == "visit" and lo > 0 and doc.tokens[lo].text in lex.relative_pronouns:
        # "Lula, who also stopped in Angola and Namibia on his tour": the traveller is the relative's antecedent
        s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
        antecedents = [p for p in doc.actors if s_lo <= p.first < lo and _eligible(p, doc.dateline)
                       and _kind(p) in _PEOPLE_KINDS and not marked(doc, lex, p, s_lo)]
        if antecedents:
            subject = antecedents[-1]
            actors = [subject, *actors]
    if subject is None and after and pos == "noun":
        for a in after:
            if lex.subject_after_verb and _next_clause(doc, lex, last, a.first):
                break  # "أعلنت استدعاء سفيرها من طهران، وأبلغت السفير الإيراني": a party of the clause after
            if not marked(doc, lex, a, lo):
                subject = a
                break

    helped = next((a for a in actors if _helped(doc, lex, a)), None) if lex.helping_words else None
    if helped is not None and (subject is helped or subject is None):
        # "أرسلت موسكو خبراء لمساعدة مصر على بناء السد", "sent engineers to help Kenya build": the state after a
        # word of helping is helped; the helper is the subject before that word
        helpers = [a for a in actors if a.last < helped.first - 1 and not marked(doc, lex, a, lo)
                   and not located(doc, lex, a, lo)]
        strong = [a for a in helpers if _kind(a) != ActorKind.DEMONYM]
        helper = (strong or helpers or [None])[0]
        if helper is not None:
            subject = helper
            recipient = helped
    elif helped is not None and subject is not None and recipient is None and helped.first > subject.last \
            and getattr(helped.mention.value, "country", None) != getattr(subject.mention.value, "country", None):
        # "أرسلت موسكو الخبراء السوفيت لمساعدة مصر": the one helped is the recipient, not the helpers' nationality
        recipient = helped
    if subject is not None and _kind(subject) == ActorKind.GROUP and lex.subject_after_verb:
        # "وأكد الجانبان المصري والسعودي دعمهما لوحدة اليمن": the adjectives of nationality right after "the two
        # sides" name its members, the subject
        members = [a for a in actors if a.first == subject.last + 1 and _kind(a) == ActorKind.DEMONYM]
        if members:
            sides = subject
            subject = members[0]
            actors = [a for a in actors if a is not sides]
            after = [a for a in after if a is not sides]
            before = [a for a in before if a is not sides]
    if subject is not None and _kind(subject) == ActorKind.GROUP \
            and getattr(subject.mention.value, "via", None) == "plural-title":
        # "وزراء النقل في العراق وتركيا وقطر": the offices of the states listed right after them
        nxt = [a for a in actors if 0 < a.first - subject.last <= 2 and _kind(a) in _PLACE_KINDS]
        if nxt:
            subject = nxt[0]
    # a verbal noun's "between" pair follows it ("احتجاز ... صيادين"، not "ملفات عالقة بين البلدين، أبرزها احتجاز")
    between = _between_group(doc, lex, actors, last + 1 if pos == "noun" else lo, hi)
    subj_group = _group(doc, lex, actors, subject) if subject is not None else []
    if subject is not None and not marked(doc, lex, subject, lo):
        # "accused Qatar of siding with Iran, and the kingdom also shut ...": a state after a preposition is no
        # member of the subject named after it
        # ("كلا من السعودية وقطر" is one list: no comma closes the phrase of the preposition)
        folded = doc.text.folded
        subj_group = [a for i, a in enumerate(subj_group) if a.first >= subject.first or not marked(doc, lex, a, lo)
                      or "," not in folded[doc.tokens[a.last].end:doc.tokens[subj_group[i + 1].first].start]]
    if between and pos == "verb" and frame == "directed" and lex.subject_after_verb and subject is not None \
            and _country(subject) is not None and last < subject.first and subject.last < between[0].first \
            and all(_kind(a) == ActorKind.GROUP for a in between) \
            and _comma_between(doc, subject.last, between[0].first, inserted):
        # "شنت باكستان ضربات على ...، في تصعيد بين البلدين": "the two countries" in a phrase set off after the
        # named subject tells of the whole affair; the verb's parties are its subject and object
        between = []
    if len(between) >= 2 and subject is not None and subject not in between and _country(subject) is not None \
            and _country(subject) not in {_country(a) for a in between} and frame == "directed" \
            and _mediated(doc, lex, between, last):
        # "عرضت قطر الوساطة بين إثيوبيا والسودان": the mediator acts toward each side
        return [subject.mention], [a.mention for a in between]
    if between_is_content and len(between) >= 2 and subject is not None and subject not in between \
            and all(a.first > last for a in between):
        return [subject.mention], []
    if len(between) == 1:
        # ("European Union-facilitated talks between the two sides", "محادثات برعاية قطرية بين الجانبين": the
        # pair named after "between" holds the talks, the one who brokers them before the noun is no party)
        if frame == "host" or subject is None or subject.first > last \
                or (pos == "noun" and frame == "symmetric" and _kind(between[0]) == ActorKind.GROUP
                    and 0 < first - subject.last <= 2 and between[0].first - last <= 3):
            # "hosted talks between the two countries": the parties are the pair, the host is a place
            return [between[0].mention], [between[0].mention]
    elif between and (frame == "host" or subject is None or subject in between or subject.first > last
                      or (pos == "noun" and frame == "symmetric")):  # "استضافت الدوحة محادثات بين X وY"
        host = getattr(subject.mention.value, "country", None) if subject is not None else None
        guests = [a for a in between if getattr(a.mention.value, "country", None) != host]
        if frame == "host" and host is not None and 0 < len(guests) < len(between):
            # "Cairo hosted talks between Egypt's minister and his Russian counterpart": the guest visits
            return [a.mention for a in guests], [a.mention for a in between if a not in guests]
        return [between[0].mention], [a.mention for a in between[1:]]
    if frame == "symmetric" and subject is not None and getattr(subject.mention.value, "kind", None) == ActorKind.GROUP:
        # "the two countries agreed ...": a reciprocal act of the pair
        return [subject.mention], [subject.mention]
    if frame == "symmetric" and len({getattr(a.mention.value, "country", None) for a in subj_group}) >= 2:
        # "Riyadh and Tehran agreed ...": the parties are the coordinated subject
        return [subj_group[0].mention], [a.mention for a in subj_group[1:]]

    subj_countries = {getattr(a.mention.value, "country", None) for a in subj_group} - {None}
    # the other party is another state ("أول زيارة لرئيس صيني إلى مصر": the Chinese title is the agent)
    rest = [a for a in after if a not in subj_group and getattr(a.mention.value, "country", None) not in subj_countries]
    if frame == "host" and object_pronoun and pos == "verb":
        # "حيث استقبله هو جينتاو في بكين، قبل أسابيع من انفصال جنوب السودان": the guest is the object pronoun,
        # named before the verb; a state after the host is no guest
        rest = [a for a in rest if marked(doc, lex, a, lo)]
    target: Placed | None = None
    # a destination is marked ("to Cairo", "إلى القاهرة"); other objects are simply the next actor
    # ("زار بوتين الجامعة", "visited the League": a visit verb takes its destination as object)
    preferred = [a for a in rest if marked(doc, lex, a, lo) or located(doc, lex, a, lo)] \
        if frame == "visit" and (pos == "noun" or needs_destination) else []
    if frame == "visit" and pos == "noun" and subject is not None and subject.last < first \
            and not any(a.first - last <= 4 for a in preferred):
        # "held talks in Rabat with the king, in a visit that comes after ...": with no destination right after
        # the noun, the place where the visitor was is the host
        where = [a for a in reversed(before) if a not in subj_group and _kind(a) in _PLACE_KINDS
                 and located(doc, lex, a, lo) and getattr(a.mention.value, "country", None) not in subj_countries]
        preferred = where[:1] or preferred
    if not preferred and frame == "directed" and lex.adversative and rest \
            and (doc.tokens[rest[0].last].text.endswith("'s")
                 or (not marked(doc, lex, rest[0], lo) and doc.tokens[rest[0].first - 1].text in lex.determiners)
                 or (_kind(rest[0]) == ActorKind.ORGANISATION and marked(doc, lex, rest[0], lo))):
        # "joined South Africa's case against Israel", "launched a World Trade Organization case against China":
        # a possessor or a modifier of the noun is no object; the party the act is directed against is the target;
        # so is it past the forum a complaint is lodged with ("a complaint to the Security Council against Israel")
        preferred = [a for a in rest if _word_before(doc, lex, a) in lex.adversative]
    if recipient is not None and subject is not None:
        preferred = [recipient]
    if topic is not None:
        preferred = [topic]
    if pos == "verb" and frame in ("directed", "symmetric") and rest:
        # "Iran supplied weapons to armed groups to attack US forces", "دعمت المعارضة للإطاحة بالحكومة": a verb
        # with an object of its own before a purpose clause does not act on the state named in that clause
        purpose = _purpose_start(doc, lex, last, hi)
        if purpose is not None and any(not doc.in_mention(k) and doc.tokens[k].text not in lex.determiners
                                       for k in range(last + 1, purpose)):
            # ... but "signed a deal to buy 24 jets from France": the seller in a deal's purpose is the other party
            seller = [a for a in rest if frame == "symmetric" and a.first > purpose
                      and (_word_before(doc, lex, a) in lex.giver_preps or _prefix_before(doc, a) in lex.giver_preps)]
            rest = [a for a in rest if a.first < purpose] or seller[:1]
            preferred = [a for a in preferred if a.first < purpose]
    if preferred:
        target = preferred[0]
    elif rest:
        target = rest[0]
    elif not _content_subject(doc, lex, subject, pos) \
            and (subject is None or _kind(subject) != ActorKind.GROUP or subject.last > first):
        # a noun's other party is another state ("زيارة هولاند بعد ... من زيارة سلفه ساركوزي": not Hollande)
        others = [a for a in reversed(before) if a not in subj_group
                  and getattr(a.mention.value, "country", None) not in subj_countries]
        if pos == "verb" and frame == "directed" and not lex.subject_after_verb and subject is not None \
                and 0 < first - subject.last <= 3:
            # "..., Canada expelled four, and Ukraine ordered out 13": in a subject-first language a state
            # before the subject of a verb is no object of it
            others = [a for a in others if a.first > subject.last]
        target = others[0] if others else None
    # else "Chile deployed troops ..., and the two governments traded accusations": the states named before
    # a group subject are its members, not its target
    if target is None and frame == "directed":
        target = _relative_object(doc, lex, last, hi, subj_countries)
    if target is None and frame == "directed" and pos == "verb" and lex.subject_after_verb:
        target = _relative_agent(doc, lex, last, hi, subj_countries, inserted)
    if trip_host is not None and _country(trip_host) not in subj_countries \
            and not any(marked(doc, lex, a, lo) or located(doc, lex, a, lo) for a in rest):
        target = trip_host
    tgt_group = _group(doc, lex, actors, target) if target is not None and target in actors else \
        ([target] if target is not None else [])
    tgt_group = [a for a in tgt_group if a not in subj_group]

    if frame == "host" and not (pos == "verb" and first > 0 and doc.tokens[first - 1].text in lex.passive_auxiliaries
                                and subj_group and all(a.last < first for a in subj_group)):
        # "Cairo hosted X": the host is the recipient, the guest the actor ("He was welcomed with a guard of honour":
        # the subject of the passive is the guest)
        subj_group, tgt_group = tgt_group, subj_group
    if len(subj_group) >= 2 and frame != "directed" and not tgt_group:
        return [subj_group[0].mention], [a.mention for a in subj_group[1:]]
    return [a.mention for a in subj_group], [a.mention for a in tgt_group]


def _conjoined_predicate(doc: Doc, lex: Lexicon, near: int, first: int) -> bool:
    """Does a conjunction, with no comma, stand between token ``near`` (the last actor before the verb) and the
    verb ``first``, past that actor and not right before the verb ("provoke India and had no plans to expel")?"""
    folded = doc.text.folded
    if "," in folded[doc.tokens[near].end:doc.tokens[first].start]:
        return False
    return any(doc.tokens[k].text in lex.conjunctions and not doc.in_mention(k + 1) for k in range(near + 1, first - 1))


def _next_clause(doc: Doc, lex: Lexicon, last: int, k: int) -> bool:
    """Does a comma and a word opened by a conjunction ("، وأبلغت") stand between token ``last`` and token ``k``:
    is ``k`` in a coordinated clause of its own?"""
    folded = doc.text.folded
    return any("," in folded[doc.tokens[j - 1].end:doc.tokens[j].start] and doc.tokens[j].text[:1] in lex.conjunctions
               and not doc.in_mention(j) for j in range(last + 1, k))


def _head_after_prep(doc: Doc, a: Placed, last: int, preps: frozenset[str]) -> bool:
    """Is ``a`` an adjective of nationality on the one noun right after a preposition of ``preps`` that follows
    the trigger ("بطلب من الحكومة السورية")?"""
    return _kind(a) == ActorKind.DEMONYM and a.first == last + 3 and doc.tokens[last + 1].text in preps \
        and not doc.in_mention(last + 2)


def _disagrees(doc: Doc, lex: Lexicon, first: int, last: int, a: Placed) -> bool:
    """Can ``a``, after a verb, not be its subject by agreement (roles.yaml ``feminine_verb_endings``,
    ``feminine_noun_endings``)? A title of the masculine form right after a past verb of the feminine ending
    ("وأمهلت السفير اللبناني"); a noun of the feminine form -- a title, or the noun an adjective of nationality
    is set on ("السلطات اللبنانية") -- after a verb of the masculine form ("وطالب خلال الزيارة السلطات اللبنانية")."""
    if not lex.feminine_verb_endings or doc.in_mention(first):
        return False
    if _kind(a) == ActorKind.TITLE:
        head = doc.tokens[a.first].text
    elif _kind(a) == ActorKind.DEMONYM and a.first - 1 > last and not doc.in_mention(a.first - 1) \
            and first > 0 and "," in doc.text.folded[doc.tokens[first - 1].end:doc.tokens[first].start] \
            and _coordinated_verb(doc, lex, first) \
            and doc.tokens[a.last].text.endswith(lex.feminine_noun_endings) \
            and (a.first - 2 <= last or doc.tokens[a.first - 2].text.startswith(lex.definite_articles)):
        # the noun of an adjective of the feminine form, itself no genitive of a noun before it ("رئيس الحكومة
        # الإسرائيلية": the head is رئيس; "بنك التنمية الصيني": the adjective is on بنك), after a verb coordinated
        # after a comma, whose subject is shared ("دخل رفع العقوبات الأمريكية": the owner of the thing acted upon
        # may be the party that acts)
        head = doc.tokens[a.first - 1].text
    else:
        return False
    verb = doc.tokens[first].text
    stem = verb[1:] if verb[:1] in lex.conjunctions or verb[:1] in lex.verb_conjunctions else verb
    if stem.endswith(lex.feminine_verb_endings):
        return _kind(a) == ActorKind.TITLE and a.first == last + 1 and len(verb) >= 4 \
            and not head.endswith(lex.feminine_noun_endings)
    # (a verb of the dual or plural, "طالبا", "طالبوا", agrees with neither; one opening with ت may be of the
    # feminine present, "تطالب")
    return not stem.startswith(lex.feminine_verb_endings) and not stem.endswith(lex.plural_verb_endings) \
        and head.endswith(lex.feminine_noun_endings) and head not in lex.masculine_plurals


def _trailing_condition(doc: Doc, lex: Lexicon, last: int, hi: int) -> int | None:
    """The first token of a condition opened after the trigger ("إذا", "في حال": status.yaml
    hypothetical.trailing), before ``hi``; None when there is none."""
    if lex.conditions_trailing is None:
        return None
    cue = next(((a, b) for a, b, _p in doc.cues(lex.conditions_trailing, last + 1, hi)), None)
    if cue is None:
        return None
    k = cue[1] + 1
    if k < hi and doc.tokens[k].text.endswith(lex.possessed_subject_suffixes) \
            and doc.text.article.text[doc.text.offsets[doc.tokens[k].end - 1]] != "ة":
        return None  # "أي طلب دفاعي إذا قدمته دكا": a verb resuming the act names its maker
    return cue[0]


def _possessed_subject(doc: Doc, lex: Lexicon, first: int) -> Placed | None:
    """"أكدت مصر أن طائراتها قصفت ...", "نفى العراق أن يكون جيشه قد قصف ...": right after "that" (and a copula),
    a noun carrying a possessive pronoun, not itself a party named, is the subject of the verb after it (with at
    most auxiliaries between); the pronoun stands for the main clause's subject, the first actor of the sentence
    named before "that" and no preposition introduces."""
    k = first - 1
    while k >= 0 and doc.tokens[k].text in lex.preverbal:
        k -= 1
    tok = doc.tokens[k]
    if k < 1 or doc.in_mention(k) or not tok.text.endswith(lex.possessed_subject_suffixes) \
            or tok.text.startswith("ال") or doc.text.article.text[doc.text.offsets[tok.end - 1]] == "ة":
        return None  # (a definite noun carries no pronoun; "قوة" is no "قواته")
    opener = k - 1
    if doc.tokens[opener].text in lex.reported_copulas:
        opener -= 1
    if opener < 0 or doc.tokens[opener].text not in lex.reported_openers:
        return None
    s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
    heads = [p for p in doc.actors if s_lo <= p.first and p.last < opener and _eligible(p, doc.dateline)
             and not marked(doc, lex, p, s_lo) and not located(doc, lex, p, s_lo) and _kind(p) != ActorKind.DEMONYM]
    return heads[0] if heads else None


def _object_noun(doc: Doc, lex: Lexicon, before: list[Placed], first: int, lo: int) -> bool:
    """"أعلنت الكويت إبعاد ...", "قررت مصر عن طرد ...": a verbal noun right after the subject of a verb (at most
    a preposition between) is that verb's object, done by its subject."""
    if not before or marked(doc, lex, before[-1], lo):
        return False
    gap = [doc.tokens[k].text for k in range(before[-1].last + 1, first)]
    return len(gap) == 0 or (len(gap) == 1 and gap[0] in lex.target_preps)


def hosted_crowd(doc: Doc, lex: Lexicon, last: int, hi: int) -> bool:
    """"ويستضيف الأردن نحو 1.3 مليون لاجئ سوري", "تستضيف مصر آلاف الطلاب السودانيين": a count of a crowd soon
    after a verb of hosting, with a nationality one to three words after it (the counted noun between)."""
    for k in range(last + 1, min(hi, last + 9)):
        if doc.tokens[k].text in lex.crowd_counts and any(
                _kind(p) == ActorKind.DEMONYM and k + 1 < p.first <= k + 4 for p in doc.actors):
            return True
    return False


def _mediated(doc: Doc, lex: Lexicon, between: list[Placed], last: int) -> bool:
    """"الوساطة بين السودان وإثيوبيا", "للتوسط بين": a word of mediation (its clitics removed) right before the
    "between" of the pair, itself at most three tokens after the trigger."""
    k = max((j for j in range(last + 1, between[0].first)
             if {f for f, _ in lex.clitics.prefix_forms(doc.tokens[j].text)} & lex.between), default=None)
    if k is None or not last < k - 1 <= last + 3:
        return False
    return any(f in lex.mediation_words for f, _ in lex.clitics.prefix_forms(doc.tokens[k - 1].text))


def _pronoun_subject(doc: Doc, lex: Lexicon, first: int) -> Placed | None:
    """"أعلنت مصر أنها ترفض القرار الإثيوبي", "أكد الوزير أنه سيزور": "that" carrying a pronoun right before the
    verb (auxiliaries between) is its subject; it stands for the main clause's subject, the first actor of the
    sentence named before it that no preposition introduces (a nationality only when none else is named)."""
    k = first - 1
    while k >= 0 and doc.tokens[k].text in lex.preverbal:
        k -= 1
    if k < 1 or doc.tokens[k].text not in lex.pronoun_openers:
        return None
    s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
    heads = [p for p in doc.actors if s_lo <= p.first and p.last < k and _eligible(p, doc.dateline)
             and not marked(doc, lex, p, s_lo) and not located(doc, lex, p, s_lo)]
    strong = [p for p in heads if _kind(p) != ActorKind.DEMONYM]
    return (strong or heads or [None])[0]


def _circumstantial_subject(doc: Doc, lex: Lexicon, first: int, lo: int) -> Placed | None:
    """"وقال الوزير الأردني إن إسرائيل تتحمل المسؤولية، مطالبا بالإفراج عنهما": a circumstantial participle
    after a comma has no subject of its own; it is the main clause's, the first party named in the sentence
    outside any reported clause (not the subject of "إن إسرائيل ...")."""
    if first == 0 or doc.tokens[first].text not in lex.participles \
            or "," not in doc.text.folded[doc.tokens[first - 1].end:doc.tokens[first].start]:
        return None
    s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
    reported = next((k for k in range(s_lo, first) if doc.tokens[k].text in lex.reported_openers), first)
    heads = [p for p in doc.actors if s_lo <= p.first < reported and _eligible(p, doc.dateline)
             and not marked(doc, lex, p, s_lo) and not located(doc, lex, p, s_lo)]
    strong = [p for p in heads if _kind(p) != ActorKind.DEMONYM or p.first < lo]
    return (strong or heads or [None])[0]


def _visited_place(doc: Doc, lex: Lexicon, a: Placed, after: list[Placed], before: list[Placed], last: int,
                   lo: int) -> bool:
    """Is the state or capital ``a`` right after a trip noun the place visited ("يعتزم الأمير زيارة إسلام آباد")
    rather than the visitor ("زيارة مصر لروسيا")? It is when a person or office named before the noun (the
    subject of the verb that governs it) can be the traveller and no destination follows."""
    if _kind(a) not in _PLACE_KINDS or not (a.first == last + 1 or (a.first == last + 2
                                                                  and doc.tokens[last + 1].text in lex.agent_preps)):
        return False
    if any(b.first > a.last and b.first - a.last <= 4 and marked(doc, lex, b, lo) for b in after):
        return False
    return any(_kind(b) in _PEOPLE_KINDS and not marked(doc, lex, b, lo) and not located(doc, lex, b, lo)
               and _country(b) != _country(a) for b in before)


def _received_from(doc: Doc, lex: Lexicon, actors: list[Placed], before: list[Placed], after: list[Placed],
                   first: int, last: int, lo: int, reach: int) -> tuple[list, list] | None:  # type: ignore[type-arg]
    """"تلقت باريس طلبا رسميا من الرياض", "Kenya received a loan from China": the object of a verb of receiving
    was given by the party after "from" (the source); the verb's subject received it (the target). None
    unless a receiving verb stands a few words before the noun and both parties are named."""
    k, verb = first - 1, None
    while k >= lo and first - k <= reach:
        if any(f in lex.receive_verbs for f, _ in lex.clitics.prefix_forms(doc.tokens[k].text)):
            verb = k
            break
        k -= 1
    if verb is None:
        return None
    givers = [a for a in after if a.first - last <= 8 and _word_before(doc, lex, a) in lex.giver_preps]
    if not givers and not lex.subject_after_verb:
        # "Morocco received the Algerian envoy's request": the possessor of the object gave it
        givers = [a for a in actors if verb < a.first and a.last < first and not marked(doc, lex, a, lo)]
    elif not givers:
        # "تلقى المغرب طلب السفير الجزائري": the genitive right after the object noun gave it
        givers = [a for a in after if a.first == last + 1 and not marked(doc, lex, a, lo)]
    if not givers:
        return None
    giver = givers[0]
    # the receiver: the verb's subject, after it in a verb-first language ("تلقى الرئيس المصري اتصالا"), else
    # (or in a reported clause, "أن تكون باريس قد تلقت") before it
    receivers = [a for a in actors if verb < a.first < first and not marked(doc, lex, a, lo)] \
        if lex.subject_after_verb else []
    receivers = receivers or [a for a in reversed(before) if a.last < verb and not marked(doc, lex, a, lo)
                              and not located(doc, lex, a, lo)]
    receivers = [a for a in receivers if _country(a) != _country(giver)]
    if not receivers:
        return None
    return [a.mention for a in _group(doc, lex, actors, giver)], \
        [a.mention for a in _group(doc, lex, actors, receivers[0])]


def _case_marked(doc: Doc, k: int, marks: frozenset[str]) -> bool:
    """Does token ``k`` (a mention's head word, or the noun an adjective of nationality follows: "الدبلوماسيَّ
    الروسي") end with one of the case vowels ``marks`` in the original text (the folded text drops them)?"""
    tok = doc.tokens[k]
    end = doc.text.original(tok.start, tok.end).end
    raw = doc.text.article.text[end:end + 2]
    return bool(raw) and (raw[0] in marks or (raw[0] == "\u0651" and raw[1:2] in marks))


def _purpose_start(doc: Doc, lex: Lexicon, last: int, hi: int) -> int | None:
    """The first token of a purpose clause after the verb ending at ``last``: a purpose marker ("to", "in order
    to", "من أجل") or clitic (ل) right before an event word ("to attack", "للإطاحة")."""
    for k in range(last + 1, hi):
        tok = doc.tokens[k].text
        if doc.in_mention(k):
            continue
        if any(c and c in lex.purpose_clitics for _f, c in lex.clitics.prefix_forms(tok)) \
                and lex.triggers.find_at(doc.tokens, k):
            return k
        ends = [b for _a, b, _p in doc.cues(lex.purpose, k, min(hi, k + 4)) if _a == k]
        if ends and ends[0] + 1 < hi and lex.triggers.find_at(doc.tokens, ends[0] + 1):
            return k
    return None


def _received_guest(doc: Doc, lex: Lexicon, actors: list[Placed], before: list[Placed], after: list[Placed],
                    last: int, lo: int) -> tuple[list, list] | None:  # type: ignore[type-arg]
    """"ووصل أمير قطر ...، وكان في استقباله ولي العهد السعودي": the pronoun on a noun of receiving is the guest
    (named before), and the party named right after the noun receives him: the guest is the source, the host the
    target. None unless both are named (a marked party after the noun, "استقبالها للوفد", is the guest)."""
    hosts = [a for a in after if a.first - last <= 3 and not marked(doc, lex, a, lo) and not located(doc, lex, a, lo)]
    if not hosts:
        return None
    host = hosts[0]
    guests = [a for a in reversed(before) if not marked(doc, lex, a, lo) and not located(doc, lex, a, lo)
              and _country(a) != _country(host)]
    strong = [a for a in guests if _kind(a) != ActorKind.DEMONYM]
    guest = (strong or guests or [None])[0]
    if guest is None:
        return None
    return [a.mention for a in _group(doc, lex, actors, guest)], [a.mention for a in _group(doc, lex, actors, host)]


def relative_end(doc: Doc, lex: Lexicon, first: int, last: int, lo: int, hi: int) -> int:
    """The end of a noun's clause, taking in a relative clause right after it whose verb carries a pronoun
    pointing back to the noun ("العدوان الثلاثي الذي شنته بريطانيا وفرنسا على مصر": the aggression that
    Britain and France launched on Egypt), when the noun names no party of its own: the relative's subject
    is the noun's agent and its complement the other party."""
    _s_lo, s_hi = doc.sentence_tokens[doc.sentence_of_token[first]]
    if not lex.subject_after_verb or hi + 1 >= s_hi or hi - last > 3 \
            or doc.tokens[hi].text not in lex.relative_pronouns:
        return hi
    # (a party named before the noun in its clause is no party of the noun's own: "... بين البلدين، ولرد الزيارة
    # التي أجراها الوزير": the relative's subject is the agent all the same)
    if any(last < p.first < hi for p in doc.actors):
        return hi
    # "الزيارة التي قام بها الوزير": the pronoun pointing back is on a preposition after the verb
    made = hi + 2 < s_hi and doc.tokens[hi + 2].text in lex.resumptive_objects
    verb = doc.tokens[hi + 1].text
    if not made and not any(suffix for _, suffix in lex.clitics.suffix_forms(verb)):
        return hi
    # the relative's own subject follows its verb at once ("شنته بريطانيا"; not "شهدته قرية ... في كوسوفو")
    at = hi + 3 if made else hi + 2
    if not any(p.first == at and _kind(p) != ActorKind.DEMONYM and not marked(doc, lex, p, hi + 1)
               for p in doc.actors):
        return hi
    _, rel_hi = clause_bounds(doc, lex, hi + 1, hi + 1)
    return max(hi, rel_hi)


def _relative_maker(doc: Doc, lex: Lexicon, after: list[Placed], last: int) -> Placed | None:
    """"الزيارة التي قام بها وزير الدفاع الروسي للقاهرة", "الجولة التي يقوم بها رئيس الوزراء": the subject of a
    relative clause right after a noun, whose verb is followed by a preposition with a pronoun pointing back to
    the noun (roles.yaml ``resumptive_objects``), is the one who does what the noun names."""
    if not lex.resumptive_objects:
        return None
    k = last + 1
    if k < len(doc.tokens) and doc.tokens[k].text not in lex.relative_pronouns and not doc.in_mention(k):
        k += 1  # past an adjective: "الزيارة التاريخية التي قام بها"
    if k + 3 >= len(doc.tokens) or doc.tokens[k].text not in lex.relative_pronouns \
            or doc.tokens[k + 2].text not in lex.resumptive_objects:
        return None
    return next((a for a in after if a.first == k + 3 and _kind(a) != ActorKind.DEMONYM
                 and not marked(doc, lex, a, k + 1)), None)


def _genitive_traveller(doc: Doc, lex: Lexicon, after: list[Placed], last: int, lo: int) -> Placed | None:
    """"الزيارة الثانية لحسن شيخ محمود إلى مصر", "أول زيارة لرئيس صيني إلى القاهرة": a party after a genitive
    clitic (roles.yaml ``genitive_clitics``) right after a trip noun (past an ordinal), followed by a destination
    after a separate preposition (``destination_prepositions``) or, right after the traveller, after a second
    genitive clitic ("زيارة وزير الدفاع الروسي للقاهرة": the second لـ names the place), is the traveller."""
    if not lex.genitive_clitics or not lex.destination_preps:
        return None
    for a in after:
        if a.first - last > 3:
            return None
        if _prefix_before(doc, a) not in lex.genitive_clitics or any(doc.in_mention(k) for k in range(last + 1, a.first)):
            continue
        group = [b for b in _group(doc, lex, list(doc.actors), a) if b.first >= a.first]
        dest = next((b for b in after if b.first > group[-1].last), None)
        if dest is not None and _country(dest) not in {_country(b) for b in group} and dest.first - group[-1].last <= 2 \
                and (doc.tokens[dest.first - 1].text in lex.destination_preps
                     or (dest.first == group[-1].last + 1 and _prefix_before(doc, dest) in lex.genitive_clitics)):
            return a
        return None
    return None


def _reported_subject(doc: Doc, lex: Lexicon, before: list[Placed], first: int, lo: int) -> Placed | None:
    """In a verb-first language, a clause after "that" (roles.yaml ``reported_clause_openers``: أن، إن، بأن) names its
    subject before the verb ("أن لولا لن يزور الكويت"): the party in a noun phrase that fills the words between
    the opener and the verb -- nouns, adjectives, particles ("لن"), no preposition, no trigger
    and no comma. None unless the opener is the last one before the verb."""
    if not lex.reported_openers:
        return None
    opener = max((k for k in range(lo, first) if doc.tokens[k].text in lex.reported_openers), default=None)
    if opener is None or first - opener > 8:
        return None
    inside = [a for a in before if a.first > opener]
    gap = doc.text.folded[doc.tokens[opener].end:doc.tokens[first].start]
    if not inside or any(c in gap for c in ',"«»') \
            or sum(not doc.in_mention(k) for k in range(opener + 1, first)) > 4:
        return None
    for k in range(opener + 1, first):
        tok = doc.tokens[k].text
        if tok in lex.target_preps or tok in lex.location_preps or tok in lex.reported_openers \
                or (not doc.in_mention(k) and lex.triggers.find_at(doc.tokens, k)):
            return None
    if _prepositional_phrase(doc, lex, opener + 1, first) or any(marked(doc, lex, a, lo) for a in inside):
        return None
    strong = [a for a in inside if _kind(a) != ActorKind.DEMONYM]
    return (strong or inside)[0]


def _trip_host(doc: Doc, lex: Lexicon, before: list[Placed], first: int) -> Placed | None:
    """"Modi's American tour", "the president's US visit", "his Russian visit": in a language whose modifiers
    precede the noun, a nationality or state right before a trip noun, itself after a possessor (a possessive
    determiner or a name with "'s"), is where the trip goes; the possessor travels."""
    if lex.subject_after_verb or not before or before[-1].last != first - 1 or before[-1].first == 0:
        return None
    host = before[-1]
    if _kind(host) not in (ActorKind.DEMONYM, ActorKind.COUNTRY):
        return None
    prev = doc.tokens[host.first - 1].text
    if prev in lex.possessive_determiners or (bool(lex.possessive_suffixes) and prev.endswith(lex.possessive_suffixes)):
        return host
    return None


def _origin_of_subject(doc: Doc, lex: Lexicon, a: Placed, after: list[Placed], last: int) -> bool:
    """"يزور وفد من وزارة التجارة الصينية القاهرة": in a verb-first clause, a party after an origin preposition
    (roles.yaml ``origin_prepositions``) that follows an unnamed noun right after the verb says whose that noun
    (the subject) is, when another state follows as the verb's object."""
    k = a.first - 1
    if not lex.origin_preps or k - 1 <= last or doc.tokens[k].text not in lex.origin_preps or k - last > 4:
        return False
    if any(doc.in_mention(j) or doc.tokens[j].text in lex.target_preps for j in range(last + 1, k)) \
            or _prepositional_phrase(doc, lex, last + 1, k):
        return False
    return any(b.first > a.last and _country(b) != _country(a) and _country(b) is not None for b in after)


def _helped(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """Does a word of helping stand right before ``p`` (its clitics removed: "لمساعدة مصر")?"""
    if p.first == 0:
        return False
    word = doc.tokens[p.first - 1].text
    return any(f in lex.helping_words for f, _ in lex.clitics.prefix_forms(word))


def _counted_nationality(doc: Doc, lex: Lexicon, p: Placed, last: int) -> bool:
    """A nationality right after a counted noun ("23 دبلوماسيا روسيا", "أربعة دبلوماسيين سودانيين": number,
    noun, adjective) qualifies that noun: it names whose people or goods they are, not who acts. So does a
    nationality in the plural of the accusative or genitive case after a noun ("طرد الدبلوماسيين السودانيين"):
    a verb's subject stands in the nominative ("السودانيون")."""
    k = p.first
    if _kind(p) not in (ActorKind.DEMONYM, ActorKind.COUNTRY) or k - 1 <= last or doc.tokens[k - 1].text.isdigit():
        return False
    count = doc.tokens[k - 2].text
    if k - 2 > last and (count.isdigit() or count in lex.number_words or count in lex.count_words):
        return True
    return _kind(p) == ActorKind.DEMONYM and bool(lex.oblique_plural_suffixes) \
        and doc.tokens[p.last].text.endswith(lex.oblique_plural_suffixes) and not doc.in_mention(k - 1)


def _counted_head(doc: Doc, lex: Lexicon, p: Placed) -> bool:
    """"ordered 23 British diplomats to leave": in a language whose adjectives precede the noun, a nationality
    after a number with a noun after it qualifies that noun (whose people they are), not a counted people
    ("8500 Palestinians")."""
    k = p.last + 1
    return not lex.subject_after_verb and k < len(doc.tokens) and not doc.in_mention(k) \
        and doc.tokens[k].text.isalpha() and doc.tokens[k].text not in lex.conjunctions | lex.relative_pronouns \
        and not doc.cues(lex.boundaries, k, k + 1) \
        and doc.text.folded[doc.tokens[p.last].end:doc.tokens[k].start] == " "


def _with_subject(subject: Placed, actors: list[Placed], first: int) -> tuple[list[Placed], list[Placed]]:
    """``actors`` with ``subject`` among them, and those of them named before token ``first``."""
    if subject not in actors:
        actors = [subject, *actors]
    return actors, [a for a in actors if a.last < first]


def _sentence_head(doc: Doc, lex: Lexicon, first: int) -> Placed | None:
    """The first party named in the sentence before token ``first`` that can act (not a demonym, not marked
    as an object, not a place): the issuer of a statement "في بيان دانت فيه", the subject a coordinated verb
    shares."""
    s_lo, _ = doc.sentence_tokens[doc.sentence_of_token[first]]
    return next((p for p in doc.actors if s_lo <= p.first < first and _eligible(p, doc.dateline)
                 and not marked(doc, lex, p, s_lo) and not located(doc, lex, p, s_lo)
                 and _kind(p) != ActorKind.DEMONYM), None)


def _coordinated_verb(doc: Doc, lex: Lexicon, first: int) -> bool:
    """The verb opens a coordinated clause: a conjunction as its own token or as a prefix ("وطردت")."""
    if doc.tokens[first - 1].text in lex.conjunctions:
        return True
    return any(f in lex.conjunctions for f, _ in lex.clitics.prefix_forms(doc.tokens[first].text))


def _pronoun_antecedent(doc: Doc, lex: Lexicon, first: int) -> Placed | None:
    """"..., and in September it lodged a complaint against Japan": a state pronoun right before the verb
    (past auxiliaries, or a time phrase that opens the clause) stands for the subject of its sentence, the
    first actor named there that no preposition introduces; in a sentence that names none before it, the
    subject of the sentence before."""
    k = first - 1
    while k >= 0 and doc.tokens[k].text in lex.preverbal:
        k -= 1
    if k < 0 or doc.tokens[k].text not in lex.state_pronouns:
        return None
    s = doc.sentence_of_token[first]
    for sent in (s, s - 1):
        if sent < 0:
            break
        s_lo, s_hi = doc.sentence_tokens[sent]
        heads = [p for p in doc.actors if s_lo <= p.first < min(s_hi, k) and _eligible(p, doc.dateline)]
        if heads:
            head = heads[0]
            if marked(doc, lex, head, s_lo) or located(doc, lex, head, s_lo) or _kind(head) == ActorKind.DEMONYM:
                return None  # "In talks with Japan, it ...": no subject to stand for
            return head
    return None


def _double_object(doc: Doc, lex: Lexicon, before: list[Placed], lo: int, first: int = -1) -> Placed | None:
    """"the four states had handed Doha a list of demands", "offered Cairo a $1 billion loan", "provided Kenya
    with aid": in a subject-first language, the state right before an indefinite article (or a preposition of
    what is supplied), after a word that is no name (the
    verb), is the verb's first object -- the recipient of the noun that follows -- when another actor stands
    before that verb, in the same stretch without a comma."""
    if not lex.indefinites or lex.subject_after_verb or len(before) < 2:
        return None
    b = before[-1]
    k = b.last + 1
    amount = k < len(doc.tokens) and (doc.tokens[k].text[:1].isdigit() or doc.tokens[k].text in lex.currency_signs)
    # "Quito declared Mexico's ambassador, Raquel Serur, persona non grata": past a name set off by commas, the
    # noun follows the object at once
    folded = doc.text.folded
    apposed = 0 < first - k <= 5 and "," in folded[doc.tokens[b.last].end:doc.tokens[k].start] \
        and "," in folded[doc.tokens[first - 1].end:doc.tokens[first].start] \
        and all(doc.in_mention(j) or _capitalised(doc, j) for j in range(k, first - 1))
    # ("declared the Somali envoy persona non grata": an official right before the noun, no possessor)
    apposed = apposed or (k == first and _kind(b) in _PEOPLE_KINDS
                          and not doc.tokens[b.last].text.endswith(lex.possessive_suffixes or ("'s",)))
    j = b.first - 1
    while apposed and j > lo and doc.tokens[j].text in lex.determiners:
        j -= 1  # "declared the Mexican ambassador, ...,"
    if k >= len(doc.tokens) or (doc.tokens[k].text not in lex.indefinites | lex.supply_preps and not amount
                                and not apposed) \
            or marked(doc, lex, b, lo) or j <= 0 or doc.in_mention(j) \
            or doc.tokens[j].text in lex.determiners | lex.conjunctions:
        return None
    a = before[-2]
    folded = doc.text.folded
    if a.last + 1 >= b.first or "," in folded[doc.tokens[a.last].end:doc.tokens[b.first].start] \
            or marked(doc, lex, a, lo):
        return None
    return b


def _relative_giver(doc: Doc, lex: Lexicon, b: Placed, lo: int) -> Placed | None:
    """"The United States, which provides Egypt with aid": in a subject-first language, a state right after the
    verb of a relative clause and before an indefinite article, an amount or a preposition of what is supplied
    is the verb's first object; the relative's antecedent (right before the pronoun) is its agent."""
    if not lex.indefinites or lex.subject_after_verb or lo <= 0 or doc.tokens[lo].text not in lex.relative_pronouns:
        return None
    k = b.last + 1
    if k >= len(doc.tokens) or not (doc.tokens[k].text in lex.indefinites | lex.supply_preps
                                    or doc.tokens[k].text[:1].isdigit() or doc.tokens[k].text in lex.currency_signs):
        return None
    verb = range(lo + 1, b.first)
    if not 1 <= len(verb) <= 3 or any(doc.in_mention(j) or doc.tokens[j].text in lex.determiners for j in verb):
        return None
    return next((p for p in doc.actors if p.last == lo - 1 and _eligible(p, doc.dateline)
                 and getattr(p.mention.value, "country", None) != getattr(b.mention.value, "country", None)), None)


def _participle_between(doc: Doc, lex: Lexicon, first: int, last: int, a: Placed) -> bool:
    """"a pact signed by Iran", "strikes carried out by Israel": only a participle (and its particle) stands between
    the noun and the agent preposition before ``a`` -- not another noun ("persona non grata over remarks by X")."""
    if any(doc.tokens[j].text.endswith(lex.past_suffixes) or doc.tokens[j].text in lex.past_forms
           for j in range(first, last + 1)):
        return True  # "Pakistan was accused of harbouring militants by India": the trigger is the participle
    k = a.first - 1
    while k > last and doc.tokens[k].text in lex.determiners:
        k -= 1
    # ("a visit to Belgrade by Macron": a destination phrase may stand between)
    words = [doc.tokens[j].text for j in range(last + 1, k) if not doc.in_mention(j)
             and not (doc.tokens[j].text in lex.target_preps | lex.determiners and _before_mention(doc, lex, j))]
    return not words or (any(w.endswith(lex.past_suffixes) or w in lex.past_forms for w in words) and len(words) <= 3
                         and not any(w in lex.location_preps or w in lex.target_preps for w in words))


def _before_mention(doc: Doc, lex: Lexicon, j: int) -> bool:
    """Does an actor or place mention follow token ``j``, past determiners?"""
    k = j + 1
    while k < len(doc.tokens) and doc.tokens[k].text in lex.determiners:
        k += 1
    return k < len(doc.tokens) and doc.in_mention(k)


def _capitalised(doc: Doc, k: int) -> bool:
    """Is token ``k`` written with a capital in the original text (a name)?"""
    span = doc.text.original(doc.tokens[k].start, doc.tokens[k].end)
    return doc.text.article.text[span.start:span.end][:1].isupper()


def _double_object_after_verb(doc: Doc, lex: Lexicon, before: list[Placed], first: int, lo: int) -> Placed | None:
    """"منح الاتحاد السوفيتي بموجبه مصر قرضا": in a verb-first language a modifier never precedes its noun,
    so a state or person right before an indefinite verbal noun is the verb's first object, the recipient,
    when another actor named before it (not coordinated with it, not in a reported clause between) is the
    subject."""
    tok = doc.tokens[first].text
    if len(before) < 2 or not lex.definite_articles or tok.startswith(lex.definite_articles) \
            or any(c and c in lex.preposition_clitics for _f, c in lex.clitics.prefix_forms(tok)):
        return None  # "قام الرئيس بزيارة": a noun after a preposition is no second object
    b = before[-1]
    if b.last != first - 1 or marked(doc, lex, b, lo) or located(doc, lex, b, lo) or _kind(b) == ActorKind.DEMONYM \
            or _prefix_before(doc, b)[:1] in lex.conjunctions:
        return None
    a = before[-2]
    folded = doc.text.folded
    if _joined(doc, lex, a, b) or marked(doc, lex, a, lo) or located(doc, lex, a, lo) or _kind(a) == ActorKind.DEMONYM \
            or "," in folded[doc.tokens[a.last].end:doc.tokens[b.first].start] \
            or any(doc.tokens[k].text in lex.reported_openers for k in range(a.last + 1, b.first)):
        return None
    if getattr(a.mention.value, "country", None) == getattr(b.mention.value, "country", None):
        return None
    return b


def _object_genitive(doc: Doc, lex: Lexicon, actors: list[Placed], before: list[Placed], after: list[Placed],
                     last: int, lo: int, hi: int) -> tuple[list, list] | None:  # type: ignore[type-arg]
    """"إجلاء المواطنين الروس", "the write-off of Syrian debt": the actor right after such a noun is its
    object or beneficiary (the target); the actor is the clause's subject, or the other party of a
    "between" pair."""
    near = [a for a in after if a.first - last <= 4 and not marked(doc, lex, a, lo) and not located(doc, lex, a, lo)]
    if not near:
        return None
    obj = near[0]
    code = getattr(obj.mention.value, "country", None)
    rest = [a for a in actors if a is not obj and getattr(a.mention.value, "country", None) != code]
    between = _between_group(doc, lex, rest, lo, hi)
    if between:
        return [between[0].mention], [obj.mention]
    subjects = [a for a in reversed(before) if a in rest and not marked(doc, lex, a, lo) and not located(doc, lex, a, lo)]
    return ([subjects[0].mention] if subjects else []), [obj.mention]


def _content_subject(doc: Doc, lex: Lexicon, subject: Placed | None, pos: str) -> bool:
    """"أكد الوزير الأمريكي أن إيران نشرت جنودا": a verb whose subject opens a reported clause (after أن) takes
    no party from before that clause; the speaker is not the one acted upon."""
    if subject is None or pos != "verb" or not lex.reported_openers or subject.first == 0:
        return False
    return doc.tokens[subject.first - 1].text in lex.reported_openers


def _subject_insertion(doc: Doc, lex: Lexicon, lo: int, first: int) -> set[int]:
    """Tokens of a relative clause or apposition set off by commas right before a verb, after an actor
    ("Kenya, which has long criticised Somalia, expelled"): empty when there is none."""
    folded = doc.text.folded

    def comma_before(k: int) -> bool:
        return k > 0 and "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start]

    if first <= lo + 2 or not comma_before(first):
        return set()
    end = first  # the comma after the current stretch
    for k in range(first - 1, max(lo, first - 24), -1):
        if not comma_before(k):
            continue
        opener = doc.tokens[k].text
        if (opener in lex.relative_pronouns or opener in lex.determiners) \
                and any(p.last == k - 1 for p in doc.actors):
            return set(range(k, first))
        if not any(doc.tokens[j].text in lex.conjunctions for j in range(k, end)):
            return set()
        end = k  # "which supplied Turkey with tanks, howitzers and spare parts, condemned": a list item
    return set()


def _parenthetical(doc: Doc, lex: Lexicon, last: int, hi: int) -> set[int]:
    """Tokens of a phrase set off by two commas right after a verb (or after its subject), opened by a
    preposition or setting word ("، في بيان ...،", "، خلال لقاء ...،")."""
    folded = doc.text.folded
    commas = [k for k in range(last + 1, hi) if "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start]]
    if len(commas) < 2:
        return set()
    start, end = commas[0], commas[1]
    # only the verb's subject (names) may stand between the verb and the first comma
    if any(not doc.in_mention(k) for k in range(last + 1, start)):
        return set()
    opener = {f for f, _ in lex.clitics.prefix_forms(doc.tokens[start].text)}
    if not (opener & (lex.location_preps | lex.soft_after)) and not doc.cues(lex.setting, start, start + 1):
        return set()
    return set(range(start, end))


def _comma_between(doc: Doc, last: int, first: int, inserted: set[int]) -> bool:
    """Does a comma stand between token ``last`` and token ``first``, other than one opening or closing the
    aside ``inserted`` (see :func:`_parenthetical`)?"""
    folded = doc.text.folded
    for k in range(last + 1, first + 1):
        if k in inserted or k - 1 in inserted:
            continue
        if "," in folded[doc.tokens[k - 1].end:doc.tokens[k].start]:
            return True
    return False
