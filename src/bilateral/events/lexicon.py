"""Compile a language's event data (triggers, status cues, role words, contexts) once per Context."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from ..context import Context, LangData
from ..errors import DataError
from ..folding import fold_phrase
from ..matcher import Clitics, MatcherGroup, PhraseMatcher, tokenize
from ..model import EventType

FRAMES = {"visit", "host", "symmetric", "directed", "passive"}


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    key: str
    type: EventType
    mode: str | None
    frame: str
    context: tuple[str, ...]
    requires: frozenset[str]  # folded cue phrases
    window: int
    source: str  # lang/<code>/triggers.yaml#key
    complement: bool = False  # takes an event as its content ("agreed to hold talks")
    needs_destination: bool = False  # a trip verb counts only with a marked destination
    object_genitive: bool = False  # the actor right after the noun is its object/beneficiary ("evacuation of Russian citizens")
    actor_after: frozenset[str] = frozenset()  # forms that count only with an actor right after ("called X")
    independent: bool = False  # a past act named with its own date, never the content of another trigger
    object_before_cue: bool = False  # its parties stand before the cue ("وصف X العملية بأنها انتهاك لميثاق ...")
    reciprocal: bool = False  # "a like measure": the type and mode of the act of the other party told before
    follows: bool = False  # "X followed suit": repeats the act told before (its type, mode and target) with X as actor
    source_after: frozenset[str] = frozenset()  # prepositions after the noun that name its agent ("a loan from China")
    # tells the manner of a meeting told shortly before ("the two presidents spoke one-on-one"): no new event
    # without a date of its own
    elaborative: bool = False
    # its object is a document about another act, coded beside it: "وقعت مصر صفقة طائرات" is the signing and the
    # arms purchase (CODING_GUIDE), so the verb does not give way to the noun of another type its cue opens
    keeps_object_act: bool = False
    # the noun trigger its cue opens is its object, no act of its own ("lifted its veto": the veto is what was lifted;
    # "renounced its claim": no request)
    absorbs_object: bool = False
    # a noun that tells its own act by the participle it includes ("a joint statement issued after the talks"): never
    # an act told before named as a reference point ("after the signing of the agreement")
    told_act: bool = False
    # cue phrases that make the form another word within ``unless_window`` ("التزمت مصر الصمت": kept silent, no
    # commitment)
    unless: frozenset[str] = frozenset()
    unless_window: int = 3
    # the ``unless`` cues count only after the form ("called on the Prime Minister" is a courtesy call, "called on
    # the Prime Minister to resign" a request)
    unless_after: bool = False
    # ... or only before it ("if Kyiv agrees": a condition of another act, no agreement)
    unless_before: bool = False
    # cue phrases before the form that make it a modifier of the act they name ("the talks, hosted by Oman",
    # "المحادثات التي استضافتها الإمارات"): the host frames a meeting told already, no visit to the host; with
    # ``unless_preceded_next`` the word right after the form must be one of those ("hosted by": passive participle)
    unless_preceded: frozenset[str] = frozenset()
    unless_preceded_window: int = 2
    unless_preceded_next: frozenset[str] = frozenset()
    # an act the guide does not code ("invited X to visit", "دعاه إلى زيارة": an invitation is no event): with a
    # ``requires`` cue after the form, the form and the words up to the cue make no trigger (the visit it names
    # is neither a request nor a visit made); without the cue the form is read by the other entries
    no_event: bool = False


@dataclass(frozen=True, slots=True)
class TriggerForm:
    entry: TriggerEntry
    pos: str  # "verb" | "noun"
    plural: bool
    past: bool = False  # a perfect verb form, where the language marks the past by the form's pattern (Arabic)
    present: bool = False  # an imperfect verb form by the same pattern (يزور، تستضيف)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    triggers: PhraseMatcher[TriggerForm]
    planned_before: PhraseMatcher[str]
    planned_after: PhraseMatcher[str]
    planned_window: int
    future_clitics: frozenset[str]
    reported: PhraseMatcher[str]
    hypothetical: PhraseMatcher[str]
    hypothetical_window: int
    hypothetical_next: dict[str, re.Pattern[str]]
    negated: PhraseMatcher[str]
    negated_window: int
    negated_sentence: PhraseMatcher[str]
    negated_clause: PhraseMatcher[str] | None
    negated_after: PhraseMatcher[str] | None
    polarity_determiners: frozenset[str]
    not_cues: PhraseMatcher[str]
    subject_after_verb: bool
    target_preps: frozenset[str]
    between: frozenset[str]
    conjunctions: frozenset[str]
    boundaries: PhraseMatcher[str]
    refers_back: PhraseMatcher[str]
    anaphoric: frozenset[str]
    same_year: PhraseMatcher[str]
    years_later: tuple[re.Pattern[str], ...]
    contexts: PhraseMatcher[str]
    clitics: Clitics
    number_words: dict[str, int]
    location_preps: frozenset[str]
    purpose: PhraseMatcher[str]
    not_triggers: frozenset[str]
    past_suffixes: tuple[str, ...]
    past_forms: frozenset[str]
    participle_suffixes: tuple[str, ...]
    purpose_clitics: frozenset[str]
    preposition_clitics: frozenset[str]
    light_verb_clitics: frozenset[str]
    noun_only_clitics: frozenset[str]
    definite_articles: tuple[str, ...]
    soft_after: frozenset[str]
    preverbal: frozenset[str]
    since: frozenset[str]
    determiners: frozenset[str]
    agent_preps: frozenset[str]
    relative_pronouns: frozenset[str]
    setting: PhraseMatcher[str]
    deadline: PhraseMatcher[str]
    genitive_dates: frozenset[str]
    verb_coordinators: frozenset[str]
    aside: PhraseMatcher[str]
    opinion: PhraseMatcher[str]
    clause_openers: frozenset[str]
    same_day: PhraseMatcher[str]
    next_day: PhraseMatcher[str]
    previous_day: PhraseMatcher[str] | None = None  # "the day before", "في اليوم السابق": one day before the event told
    effective_from: PhraseMatcher[str] | None = None  # "suspending flights from July 8": a measure's start, not its act
    closing_of: PhraseMatcher[str] | None = None  # "at the end of (five days of talks)": the talks end on the event's day
    time_nouns: frozenset[str] = frozenset()  # "in the summer of 2019": a season's date is the act's, not a noun's
    past_auxiliaries: frozenset[str] = frozenset()  # "had" before a verb ("had begun moving back"): told in the past
    decision_verbs: frozenset[str] = frozenset()
    # "and orders the closure of", "وتأمر بإغلاق": a verb joined to an earlier act whose object is an act of its own
    ordering_verbs: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    state_pronouns: frozenset[str] = frozenset()  # "and in September it lodged a complaint": the sentence's subject
    own_country: frozenset[str] = frozenset()  # "بلاده" (his country): the state of the person named before
    participation: PhraseMatcher[str] | None = None  # "بمشاركة X": X takes part in the meeting
    document_content: PhraseMatcher[str] | None = None  # "تنص على", "بموجبه": what follows is a document's content
    imperfect_prefixes: tuple[str, ...] = ()  # a future clitic before one of these marks a future verb (ستمدد)
    noun_endings: tuple[str, ...] = ()  # ... but a stem ending in one of these is a noun ("ساعات", "سنوات")
    reported_openers: frozenset[str] = frozenset()  # words opening a reported clause with its own subject ("أن")
    possessed_subject_suffixes: tuple[str, ...] = ()  # "أن قواتها قصفت": its forces, the state of the main clause
    reported_copulas: frozenset[str] = frozenset()  # "أن تكون قواتها قد قصفت": a copula before that subject
    crowd_counts: frozenset[str] = frozenset()  # "مليون لاجئ سوري": people counted by the thousand, no guest
    mediation_words: frozenset[str] = frozenset()  # "الوساطة بين السودان وإثيوبيا": the pair is mediated between
    pronoun_openers: frozenset[str] = frozenset()  # "أعلنت مصر أنها ترفض": "that she", the main clause's subject
    pair_pronouns: frozenset[str] = frozenset()  # "Egypt and Sudan met. They also signed ...": the pair
    object_anaphors: frozenset[str] = frozenset()  # "condemned the launch": an act told before
    object_pronouns: frozenset[str] = frozenset()  # "spoke with Sharif and urged him": the other party named before
    shortly_after: PhraseMatcher[str] | None = None  # payload "hours" (the same day) or "days" (the month)
    additive: frozenset[str] = frozenset()
    authorship: frozenset[str] = frozenset()
    passive_agent: frozenset[str] = frozenset()
    not_trigger_phrases: PhraseMatcher[str] | None = None
    content_openers: PhraseMatcher[str] | None = None
    cause_markers: PhraseMatcher[str] | None = None
    same_month: PhraseMatcher[str] | None = None
    same_decade: PhraseMatcher[str] | None = None  # "later that decade", "في أواخر ذلك العقد"
    # a month without a year named from the story, not from publication (events/dates.py narrative_years):
    # payload "same" ("that November"), "next" ("the following January", "يناير التالي": the first such month
    # after the story's date) or "year" ("in January of the following year": the year after the story's)
    story_months: PhraseMatcher[str] | None = None
    under_markers: frozenset[str] = frozenset()  # "lend ... under an arrangement signed on Saturday", "بموجب"
    background_markers: PhraseMatcher[str] | None = None  # "after", "بعد أن": a dated cause told after the act
    dated_nouns: frozenset[str] = frozenset()  # "على حدود عام 1967", "the borders of 1967": the noun's own date
    saying_verbs: PhraseMatcher[str] | None = None  # "قال ... أمس إن": a date of the saying (events/dates.py said_date)
    saying_complementizers: frozenset[str] = frozenset()  # "أن", "that" after it
    past_saying_verbs: PhraseMatcher[str] | None = None  # "X, Lavrov said on Monday": a weekday gone by
    closing_openers: frozenset[str] = frozenset()  # "agreed to": a trigger ending with its content's opener
    at_the_time: PhraseMatcher[str] | None = None  # "at the time", "في حينه": the time of the event told before
    sequence_adverbs: PhraseMatcher[str] | None = None  # "Seoul then began ...": after the event told before
    # a denial of a report in the sentence after the act (status.yaml negated.sentence_next)
    negated_next: PhraseMatcher[str] | None = None
    negated_next_objects: PhraseMatcher[str] | None = None  # "ونفت دمشق ذلك": the report taken up after a denial verb
    contrast: PhraseMatcher[str] | None = None
    elaborates: frozenset[str] = frozenset()
    planned_today_verbs: frozenset[str] = frozenset()
    months_before: tuple[re.Pattern[str], ...] = ()
    today_words: tuple[str, ...] = ()
    document_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    control_verbs: frozenset[str] = frozenset()  # "قررت الحكومة طرد السفير": the noun's agent is the verb's subject
    receive_verbs: frozenset[str] = frozenset()  # "تلقت باريس طلبا من الرياض", "received a loan from China"
    giver_preps: frozenset[str] = frozenset()  # ... the party after one of these gave it
    present_suffixes: tuple[str, ...] = ()  # "heads to Tehran on Saturday": a present verb looks ahead
    present_not_suffixes: tuple[str, ...] = ()  # ... unless the word only ends like one ("discuss")
    past_light_verbs: frozenset[str] = frozenset()  # perfect forms of the light verbs ("أجرى اتصالا": a past call)
    past_frame_verbs: frozenset[str] = frozenset()  # "وسبق ذلك اتصال ...": a clause about an event told in the past
    compound_not_triggers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    event_anaphors: PhraseMatcher[str] | None = None
    resumptive: frozenset[str] = frozenset()
    # "أصدرت الخارجية المصرية بيانا دانت فيه ...": a verb right after one of these tells what a document or speech
    # says; its subject is the one who issued it, named before
    content_resumptive: frozenset[str] = frozenset()
    resumptive_objects: frozenset[str] = frozenset()  # "الزيارة التي قام بها الوزير": the party after is the agent
    sender_nouns: frozenset[str] = frozenset()  # "مبعوث خاص من الرئيس", "an envoy from the emir": ...
    sender_preps: frozenset[str] = frozenset()  # ... the party after one of these is the sender, not acted upon
    helping_words: frozenset[str] = frozenset()  # "لمساعدة مصر على بناء", "to help Egypt build": the state after one is helped
    quantifiers: frozenset[str] = frozenset()  # "أي دولة", "no country": a subject that names no actor
    subject_openers: PhraseMatcher[str] | None = None  # "تستدعي كل من تشيلي وكولومبيا": the subject follows
    predicate_markers: frozenset[str] = frozenset()  # "وصف الهجوم بأنه عدوان": a noun after one is what a thing is called
    speech_verbs: PhraseMatcher[str] | None = None
    speech_modals: frozenset[str] = frozenset()
    speech_complementizers: frozenset[str] = frozenset()  # "told reporters that ... would"
    conditions_after: PhraseMatcher[str] | None = None
    # words that open a condition ("if Colombo asks", "إذا التزمت موسكو"): an agreement or request right after one
    # is the condition of another act, no act of its own (status.yaml hypothetical.condition_openers)
    condition_openers: PhraseMatcher[str] | None = None
    noun_before: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()  # "his tour": the trip of the actor just named
    times_of_day: frozenset[str] = frozenset()
    span_end: frozenset[str] = frozenset()
    # "أمهلتهم حتى السبت": "until" after a deadline word (deadline_words) ends the time granted, not an act
    talks_words: frozenset[str] = frozenset()  # "after the talks": words of refers_back naming talks, not a visit
    deadline_until: frozenset[str] = frozenset()
    deadline_words: frozenset[str] = frozenset()
    explanations: PhraseMatcher[str] | None = None  # "إذ أكد المتحدث أمس": a statement explaining the act before
    act_back: PhraseMatcher[str] | None = None  # "The move came hours after ...": the act just told
    occasion_nouns: frozenset[str] = frozenset()  # "At the ceremony": an occasion told before with its day
    occasion_markers: frozenset[str] = frozenset()
    earlier_words: frozenset[str] = frozenset()  # "earlier", "قد": a sentence told before the story's time
    in_force: PhraseMatcher[str] | None = None  # "will take effect next year": the date of the entry into force
    adversative: frozenset[str] = frozenset()
    named_documents: frozenset[str] = frozenset()  # "the Algiers agreement": a capital before one names it
    indefinites: frozenset[str] = frozenset()  # "handed Doha a list of demands": a state before one is a recipient
    supply_preps: frozenset[str] = frozenset()  # "provided Kenya with aid": a state before one is a recipient
    subject_clause_openers: frozenset[str] = frozenset()  # "denied that a Saudi delegation had visited": its own subject
    currency_signs: frozenset[str] = frozenset()  # "lent Pakistan $3 billion": an amount after a state, too
    accusative_marks: frozenset[str] = frozenset()  # "الرئيسَ": vowels marking a noun as a verb's object
    # "وأمهلت السفير اللبناني": a verb of feminine agreement (its ending) takes no title of masculine form (a
    # noun without the feminine ending) as its subject
    feminine_verb_endings: tuple[str, ...] = ()
    # "at the request from Damascus", "بطلب من الحكومة السورية": prepositions after a noun of a type that name its
    # agent, for every trigger of that type (a trigger's own ``source_after`` comes first)
    type_source_after: dict[EventType, frozenset[str]] = field(default_factory=dict)
    feminine_noun_endings: tuple[str, ...] = ()
    plural_verb_endings: tuple[str, ...] = ()  # "طالبا", "طالبوا": a verb of the dual or plural
    masculine_plurals: frozenset[str] = frozenset()  # "القادة": plurals of men in the feminine form
    weak_boundaries: frozenset[str] = frozenset()
    fronted_subordinators: frozenset[str] = frozenset()
    reply_objects: frozenset[str] = frozenset()
    # "condemned the raid": nouns of force and the types of act one of them may name when told before
    reacted_acts: dict[str, frozenset[EventType]] = field(default_factory=dict)
    addressee_after: frozenset[str] = frozenset()  # "ودعت عمّان إلى": an actor before these is the one asked
    first_words: frozenset[str] = frozenset()  # "أول زيارة ... منذ 2014": the since-date is not the event's
    participles: frozenset[str] = frozenset()  # circumstantial participles (متهما، مطالبا): a further act of the subject
    setting_dates: PhraseMatcher[str] | None = None  # "في ختام اجتماع عقده أمس": the setting's date dates the act
    years_before: tuple[re.Pattern[str], ...] = ()  # "قبل ذلك بعامين", "two years earlier": back from the event before
    report_dates: PhraseMatcher[str] | None = None  # "figures released on Wednesday": the date of the report, not of the act
    # "signed after talks at the palace": setting markers after which bare talks are told, not pointed back to
    sequence: PhraseMatcher[str] | None = None
    place_nouns: frozenset[str] = frozenset()  # "في العاصمة العمانية مسقط": a place noun between the preposition and the place
    # "مفاوضات واشنطن", "the Geneva talks": a noun of talks a capital names the venue of (before it in Arabic, after it
    # in English); the capital there is the place, not a party
    venue_nouns_before: frozenset[str] = frozenset()
    venue_nouns_after: frozenset[str] = frozenset()
    hypothetical_after_noun: PhraseMatcher[str] | None = None
    planned_not_across: PhraseMatcher[str] | None = None
    possessive_suffixes: tuple[str, ...] = ()
    civilian_heads: frozenset[str] = frozenset()
    troop_heads: frozenset[str] = frozenset()  # "Russian instructors arrived": troops and craft travel, no visit
    # "Y accepted" after "X invited Y to visit", "لبى الدعوة": the planned visit of the invitee
    acceptance: frozenset[str] = frozenset()
    invitations: frozenset[str] = frozenset()  # nouns of an invitation
    inviting: frozenset[str] = frozenset()  # verbs of inviting
    non_state_guests: frozenset[str] = frozenset()  # "hosted the Polisario leader": no state received
    guest_heads: frozenset[str] = frozenset()  # of those, heads a state may follow ("زعيم دولة الإمارات")
    repetition: PhraseMatcher[str] | None = None  # "met on June 6 and again on June 22": one more act per date
    count_words: frozenset[str] = frozenset()  # "عشرات الدبلوماسيين", "dozens of": words that count a noun
    oblique_plural_suffixes: tuple[str, ...] = ()  # "السودانيين": a plural nationality that is no verb's subject
    origin_preps: frozenset[str] = frozenset()  # "وفد من وزارة الدفاع الروسية": whose the unnamed subject is
    genitive_clitics: frozenset[str] = frozenset()  # "زيارة لأردوغان إلى القاهرة": a traveller after one ...
    destination_preps: frozenset[str] = frozenset()  # ... when a destination follows after one of these
    stateless_objects: frozenset[str] = frozenset()  # "backs armed groups", "دعم المعارضة": an object of no state
    comitative_preps: frozenset[str] = frozenset()  # "بحث الوزير مع نظيره": the subject of talks before "with"
    stateless_phrases: PhraseMatcher[str] | None = None  # "urged the international community": the same, in phrases
    adjective_suffixes: tuple[str, ...] = ()  # "برلماني", "العسكرية": endings of relational adjectives after a noun
    # dates of visits and offsets between events (events/dates.py)
    visit_end_verbs: PhraseMatcher[str] | None = None  # "wrapped up a two-day visit on Wednesday": its last day
    visit_start_verbs: PhraseMatcher[str] | None = None  # "began a two-day visit on Sunday": its first day
    performing_verbs: frozenset[str] = frozenset()  # "the visit that X paid ... in May": a clause doing the noun
    visit_length: tuple[re.Pattern[str], ...] = ()  # "two-day", "استمرت يومين": group 1 is the number of days
    end_of_event: PhraseMatcher[str] | None = None  # "at the end of the visit": the last day of the visit
    offset_after: tuple[re.Pattern[str], ...] = ()  # "came three months after": groups n (count) and u (unit)
    offset_before: tuple[re.Pattern[str], ...] = ()  # "came two days before": groups n and u
    offset_units: dict[str, str] = field(default_factory=dict)  # unit word -> day|week|month|year[:count]
    later_offsets: tuple[re.Pattern[str], ...] = ()  # "two days later": groups n and u, from the date before
    earlier_offsets: tuple[re.Pattern[str], ...] = ()  # "a week earlier": groups n and u
    additive_after: frozenset[str] = frozenset()  # "وتعهدت الإمارات كذلك": "also" after the verb
    joined_adverbs: PhraseMatcher[str] | None = None  # "and later expelled": the verb goes on from the one before
    reply_verbs: PhraseMatcher[str] | None = None  # "ردّت ... باستدعاء": a reply follows the act told before
    outcome_markers: frozenset[str] = frozenset()  # "انتهت الجولة دون التوصل إلى اتفاق": the outcome of the act before
    topic_stops: frozenset[str] = frozenset()  # "التقى ... وتم التوقيع": a clause of its own, no topic of the talks
    verb_conjunctions: frozenset[str] = frozenset()  # "فردت": a conjunction read off a word only before a known verb
    passive_auxiliaries: frozenset[str] = frozenset()  # "sanctions were lifted": the noun is the verb's subject
    topic_documents: frozenset[str] = frozenset()  # "an agreement on joint patrols": a document named with its topic
    topic_markers: frozenset[str] = frozenset()  # ... after one of these words
    # a policy of not doing ("avoids criticising", "تتجنب إدانة"): no event (events/status.py stance)
    stance: PhraseMatcher[str] | None = None
    stance_window: int = 4
    stance_still: PhraseMatcher[str] | None = None  # "لا تزال صربيا ترفض": an ongoing refusal, a state of affairs
    stance_still_then: PhraseMatcher[str] | None = None  # ... when a refusal follows ("ترفض")
    negated_not_across: PhraseMatcher[str] | None = None  # "did not confirm the date of the round": not the round
    stance_keen: PhraseMatcher[str] | None = None  # "careful", "تحرص": a stance when a negation follows
    # "largest recipient of", "أكبر مانح": a standing role; "draft resolution on", "مشروع قرار": a proposal -- no act
    stance_standing: PhraseMatcher[str] | None = None
    # "not ... until", "لم ... إلا": the negation is lifted by an exception after the act
    negated_until: PhraseMatcher[str] | None = None
    negated_until_before: PhraseMatcher[str] | None = None  # "Until this autumn X did not ...": fronted
    negated_until_not: PhraseMatcher[str] | None = None  # "until now", "حتى الآن": the negation still holds
    negated_past: PhraseMatcher[str] | None = None  # ... past negations: the act then occurred
    planned_after_clause: PhraseMatcher[str] | None = None  # "hours before its scheduled time", "قبل ساعات من موعدها"
    question_marks: tuple[str, ...] = ()  # a question is no report of an act
    planned_through: PhraseMatcher[str] | None = None  # "the results of": a plan about them reaches the act
    reported_not_across: PhraseMatcher[str] | None = None  # "will sign ... during Macron's visit": the public occasion
    reported_official: PhraseMatcher[str] | None = None  # "state media reported": a named outlet, no report cue
    reported_clause_openers: frozenset[str] = frozenset()  # "..., where, according to sources, ...": a later clause
    hypothetical_not_across: PhraseMatcher[str] | None = None  # "could be signed during a visit": another act's modal
    purpose_of: PhraseMatcher[str] | None = None  # "met to arrange the return of ...": the purpose's object is content
    document_says: PhraseMatcher[str] | None = None  # "the treaty provides for", "وتنص المعاهدة على": its content follows
    announcement: PhraseMatcher[str] | None = None  # "announced that it will accept": an agreement made now
    attribution: PhraseMatcher[str] | None = None  # "a diplomat who asked not to be named": its words tell no act
    denial_objects: PhraseMatcher[str] | None = None  # "dismissed reports that ...": a denial, not a rejection
    no_act: PhraseMatcher[str] | None = None  # "asked to comment", "ردا على سؤال": a trigger word among them is no act
    no_act_opening: PhraseMatcher[str] | None = None  # "Asked about the reports, ...": ... when opening the sentence
    conditions_before: PhraseMatcher[str] | None = None  # "If X attacks, Y will ...": a fronted condition
    fronted_after: frozenset[str] = frozenset()  # "said that if ...": a condition fronted after these
    state_verbs: PhraseMatcher[str] | None = None  # "Russia backs Syria": a present stance, no act
    trade_target: PhraseMatcher[str] | None = None  # "agreed to raise trade to $15 billion": a target, no trade
    comment_openers: PhraseMatcher[str] | None = None  # "..., a move analysts say ...": the comment after the act
    planned_after_not: PhraseMatcher[str] | None = None  # "the results of the talks will be announced": not the talks
    conditions_trailing: PhraseMatcher[str] | None = None  # "would send police if Honiara asked": the asking is no event
    state_speech: PhraseMatcher[str] | None = None  # "Lavrov said Russia backs Syria": a stance told, an act


def _list(data: dict[str, Any] | None, key: str) -> list[str]:
    value = (data or {}).get(key) or []
    if not isinstance(value, list):
        raise DataError(f"{key!r} must be a list", "lang")
    return [str(v) for v in value]


def _opinion(data: dict[str, Any] | None, subject_after_verb: bool) -> list[str]:
    """The cues of a sentence of analysis: the listed phrases, and each verb of opinion with each group of
    commentators as its subject ("analysts say", "يرى اقتصاديون") or after "according to" ("بحسب محللين")."""
    verbs, holders = _list(data, "verbs"), _list(data, "holders")
    made = [f"{v} {h}" if subject_after_verb else f"{h} {v}" for v in verbs for h in holders]
    made += [f"{a} {h}" for a in _list(data, "according_to") for h in _list(data, "holders_after") or holders]
    return _list(data, "sentence") + made


def _typed_phrases(items: Any, clitics: Clitics) -> PhraseMatcher[str]:
    """Phrases given as a mapping phrase -> event type ("the deal: SUPPORT"): the payload is the type."""
    if not isinstance(items, dict):
        raise DataError("a phrase list with types must be a mapping of phrase to event type", "lang")
    for kind in items.values():
        EventType(kind)  # a typo in the type fails loudly
    return PhraseMatcher([(str(p), str(kind)) for p, kind in items.items()], clitics)


def _words(data: dict[str, Any] | None, key: str) -> frozenset[str]:
    """The folded words of a list in a language file."""
    return frozenset(fold_phrase(x) for x in _list(data, key))


def _phrases(items: list[str], clitics: Clitics, payload: str | None = None) -> PhraseMatcher[str]:
    return PhraseMatcher([(p, payload or fold_phrase(p)) for p in items], clitics)


def _story_months(roles: dict[str, Any], clitics: Clitics) -> PhraseMatcher[str] | None:
    """roles.yaml ``story_months``: {before|after: {phrase: same|next|year}} -> payload "side:kind"."""
    data = roles.get("story_months") or {}
    entries = [(str(phrase), f"{side}:{kind}") for side in ("before", "after")
               for phrase, kind in (data.get(side) or {}).items()]
    bad = [k for _p, k in entries if k.split(":")[1] not in ("same", "next", "year")]
    if bad:
        raise DataError(f"story_months: unknown kinds {bad}", "roles.yaml")
    return PhraseMatcher(entries, clitics) if entries else None


def _triggers(lang: LangData) -> PhraseMatcher[TriggerForm]:
    where = f"lang/{lang.code}/triggers*.yaml"
    paradigm = (lang.get("roles") or {}).get("tense_paradigm")
    entries: list[tuple[str, TriggerForm]] = []
    seen: set[str] = set()
    participles = _participles(lang)
    inflections = _morphology(lang, "verb_inflections")
    articles = tuple(fold_phrase(str(a)) for a in (lang.get("roles") or {}).get("definite_article") or ())
    duals = {fold_phrase(str(k)): [fold_phrase(str(x)) for x in v] for k, v in _morphology(lang, "dual_suffixes").items()}
    listed = {fold_phrase(str(f)) for raw in lang.trigger_entries() for pos in ("verbs", "nouns")
              for f in raw.get(pos) or ()} if inflections else set()
    for raw in lang.trigger_entries():
        key = raw.get("key")
        if not key or key in seen:
            raise DataError(f"trigger entry without a unique key: {raw!r}", where)
        seen.add(key)
        try:
            etype = EventType(raw["type"])
        except (KeyError, ValueError) as e:
            raise DataError(f"entry {key!r}: unknown type {raw.get('type')!r}", where) from e
        frame = raw.get("frame", "directed")
        if frame not in FRAMES:
            raise DataError(f"entry {key!r}: unknown frame {frame!r}", where)
        entry = TriggerEntry(key, etype, raw.get("mode"), frame, tuple(raw.get("context") or ()),
                             frozenset(filter(None, (cue_words(str(r)) for r in raw.get("requires") or ()))),
                             int(raw.get("window", 8)), f"{where}#{key}", bool(raw.get("complement", False)),
                             bool(raw.get("needs_destination", False)), bool(raw.get("object_genitive", False)),
                             frozenset(fold_phrase(str(f)) for f in raw.get("requires_actor_after") or ()),
                             bool(raw.get("independent", False)), bool(raw.get("object_before_cue", False)),
                             bool(raw.get("reciprocal", False)), bool(raw.get("follows", False)),
                             frozenset(fold_phrase(str(w)) for w in raw.get("source_after") or ()),
                             bool(raw.get("elaborative", False)),
                             keeps_object_act=bool(raw.get("keeps_object_act", False)),
                             absorbs_object=bool(raw.get("absorbs_object", False)),
                             told_act=bool(raw.get("told_act", False)),
                             unless=frozenset(filter(None, (cue_words(str(u)) for u in raw.get("unless") or ()))),
                             unless_window=int(raw.get("unless_window", 3)),
                             unless_after=bool(raw.get("unless_after", False)),
                             unless_before=bool(raw.get("unless_before", False)),
                             unless_preceded=frozenset(filter(None, (cue_words(str(u))
                                                                     for u in raw.get("unless_preceded") or ()))),
                             unless_preceded_window=int(raw.get("unless_preceded_window", 2)),
                             unless_preceded_next=frozenset(fold_phrase(str(w))
                                                            for w in raw.get("unless_preceded_next") or ()),
                             no_event=bool(raw.get("no_event", False)))
        plural = {fold_phrase(p) for p in raw.get("plural") or ()}
        verbs = with_inflections(with_participles([str(f) for f in raw.get("verbs") or ()], participles),
                                 inflections, listed)
        perfect, imperfect = verb_tenses(verbs, paradigm)
        nouns = [str(f) for f in raw.get("nouns") or ()]
        nouns += [d for f in nouns if fold_phrase(f) not in plural for d in dual_forms(fold_phrase(f), duals, articles)]
        for pos in ("verbs", "nouns"):
            for form in (verbs if pos == "verbs" else nouns):
                folded = fold_phrase(str(form))
                entries.append((str(form), TriggerForm(entry, pos[:-1], folded in plural,
                                                       pos == "verbs" and folded in perfect,
                                                       pos == "verbs" and folded in imperfect)))
    return PhraseMatcher(entries, lang.clitics, use_suffixes=True)


def dual_forms(phrase: str, endings: dict[str, list[str]], articles: tuple[str, ...] = ()) -> list[str]:
    """The dual of a noun phrase and its agreeing adjectives, from ``dual_suffixes`` (a word's ending -> the
    endings that replace it; "" for any other word): اتفاقية -> اتفاقيتين, اتفاقيتان; تدريب عسكري مشترك ->
    تدريبين عسكريين مشتركين. None for a plural or accusative word, nor for a one-word adjective ending (عسكري:
    "عسكريين" is also the plural of soldiers)."""
    words = phrase.split()
    if not endings or not words or any(w.endswith(("ا", "ات")) or len(w) < 3 for w in words) \
            or (len(words) == 1 and words[0].endswith("ي")) or words[0].startswith("ي"):
        return []
    head = next((words[0][len(a):] for a in articles if words[0].startswith(a)), words[0])
    if len(head) < 4:
        return []  # nor for a short stem whose dual is a name (غزو -> "غزوان", as in الغزواني) or a verb (يشن)
    out: list[str] = []
    for k in range(len(next(iter(endings.values())))):
        dual = []
        for w in words:
            end = next((e for e in endings if e and w.endswith(e)), "")
            dual.append(w[:len(w) - len(end)] + endings[end][k])
        out.append(" ".join(dual))
    return out


def _participles(lang: LangData) -> dict[str, tuple[str, bool]]:
    """Past form -> (past participle, only inside a phrase), from the ``participles`` (a word that is a participle
    only) and ``phrase_participles`` (a word that is also another word: "given" the preposition) mappings of the
    triggers files."""
    out: dict[str, tuple[str, bool]] = {}
    for stem, data in sorted(lang.files.items()):
        if stem == "triggers" or stem.startswith("triggers_"):
            for key, only_phrase in (("participles", False), ("phrase_participles", True)):
                for past, part in ((data or {}).get(key) or {}).items():
                    out[fold_phrase(str(past))] = (fold_phrase(str(part)), only_phrase)
    return out


def _morphology(lang: LangData, key: str) -> dict[str, Any]:
    """A mapping ``key`` of the triggers files (the first file that has it)."""
    for stem, data in sorted(lang.files.items()):
        if (stem == "triggers" or stem.startswith("triggers_")) and isinstance((data or {}).get(key), dict):
            return dict(data[key])
    return {}


def with_inflections(verbs: list[str], rules: dict[str, Any], listed: set[str]) -> list[str]:
    """A verb's listed forms and the persons its listed pairs imply (lang/ar/triggers_w2_lexicon.yaml
    ``verb_inflections``): where a perfect form and its feminine (أدان, أدانت) are both listed, the feminine dual
    and masculine plural (أدانتا, أدانوا); where an imperfect form and its feminine (يدين, تدين) are, the duals
    and plural (يدينان, تدينان, يدينون). One-word forms only, and never a form listed anywhere in the language's
    triggers (of this entry or another: a word listed as something else keeps that reading)."""
    if not rules:
        return verbs
    fem = fold_phrase(str(rules.get("perfect_feminine", "")))
    masc_prefix = fold_phrase(str(rules.get("imperfect_masculine", "")))
    fem_prefix = fold_phrase(str(rules.get("imperfect_feminine", "")))
    perfect_added = [fold_phrase(str(x)) for x in rules.get("perfect_added") or ()]
    imperfect_added = [fold_phrase(str(x)) for x in rules.get("imperfect_added") or ()]
    forms = {fold_phrase(v) for v in verbs if len(v.split()) == 1}
    made: list[str] = []
    for v in sorted(forms):
        if fem and v + fem in forms:
            made += [v + x for x in perfect_added]
        if masc_prefix and fem_prefix and v.startswith(masc_prefix) and fem_prefix + v[len(masc_prefix):] in forms:
            made += [w + x for x in imperfect_added for w in (v, fem_prefix + v[len(masc_prefix):])]
    out = list(verbs)
    for form in dict.fromkeys(made):
        if form not in listed:
            out.append(form)
    return out


def with_participles(verbs: list[str], participles: dict[str, tuple[str, bool]]) -> list[str]:
    """A verb's listed forms and, for each form opening with an irregular past ("withdrew from"), the same form
    with its past participle ("withdrawn from": "had withdrawn", "were withdrawn"); a participle that is also
    another word is added only inside a phrase ("given a loan", not "given"), and never before "not" ("did not
    accept")."""
    if not participles:
        return verbs
    listed = {fold_phrase(v) for v in verbs}
    out = list(verbs)
    for v in verbs:
        words = fold_phrase(v).split()
        if not words or words[0] not in participles or (len(words) > 1 and words[1] == "not"):
            continue
        part, only_phrase = participles[words[0]]
        form = " ".join([part, *words[1:]])
        if (len(words) > 1 or not only_phrase) and form not in listed:
            listed.add(form)
            out.append(form)
    return out


def cue_words(phrase: str) -> str:
    """A cue phrase as the words the tokenizer reads in text, joined by spaces: "cross-border operation"
    -> "cross border operation" (the text's "self-defence" is two tokens, so a cue split on spaces alone
    never matched it)."""
    return " ".join(t.text for t in tokenize(fold_phrase(phrase)))


def verb_tenses(verbs: list[str], paradigm: dict[str, Any] | None) -> tuple[frozenset[str], frozenset[str]]:
    """(perfect, imperfect) forms among one verb's listed forms, by the language's ``tense_paradigm``
    (lang/<code>/roles.yaml). A form is imperfect when it opens with the imperfect prefix, or with a person
    prefix where the imperfect-prefix form of the same stem is listed too (تزور beside يزور; توجه beside
    يتوجه is perfect); a future clitic before one (سيزور) is told by the clitic, and participles (متوجها) are
    not finite: those are neither. Multi-word forms ("أجرى محادثات") are judged by their first word. Both
    empty without a paradigm."""
    if not paradigm:
        return frozenset(), frozenset()
    imperfect = fold_phrase(str(paradigm.get("imperfect", "")))
    persons = tuple(fold_phrase(str(p)) for p in paradigm.get("persons") or ())
    future = tuple(fold_phrase(str(p)) for p in paradigm.get("future") or ())
    part_prefix = fold_phrase(str(paradigm.get("participle_prefix", ""))) or None
    part_suffix = fold_phrase(str(paradigm.get("participle_suffix", ""))) or None
    forms = [fold_phrase(v) for v in verbs if v.strip()]
    heads = {f.split()[0] for f in forms}

    def tense(word: str) -> str | None:
        if any(word.startswith(c) and word[len(c):].startswith((imperfect, *persons)) for c in future):
            return None
        if (imperfect and word.startswith(imperfect)) \
                or any(word.startswith(p) and imperfect + word[len(p):] in heads for p in persons):
            return "imperfect"
        if part_prefix and part_suffix and word.startswith(part_prefix) and word.endswith(part_suffix):
            return None
        return "perfect"

    tenses = {f: tense(f.split()[0]) for f in forms}
    return (frozenset(f for f, t in tenses.items() if t == "perfect"),
            frozenset(f for f, t in tenses.items() if t == "imperfect"))


def perfect_forms(verbs: list[str], paradigm: dict[str, Any] | None) -> frozenset[str]:
    """The perfect (past) forms among one verb's listed forms (see :func:`verb_tenses`)."""
    return verb_tenses(verbs, paradigm)[0]


def _not_triggers(lang: LangData) -> list[str]:
    """The ``not_triggers`` of ``triggers.yaml`` and of every ``triggers_<part>.yaml``."""
    stems = sorted((n for n in lang.files if n == "triggers" or n.startswith("triggers_")), key=lambda n: (n != "triggers", n))
    return [x for stem in stems for x in _list(lang.get(stem), "not_triggers")]


def _compounds(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word not-triggers by their first and last word (the two places a trigger word can stand)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        parts = tuple(fold_phrase(p).split())
        if len(parts) > 1:
            for w in dict.fromkeys((parts[0], parts[-1])):
                out.setdefault(w, []).append(parts)
    return {k: tuple(v) for k, v in out.items()}


def compile_lexicon(lang: LangData) -> Lexicon:
    status = lang.get("status") or {}
    roles = lang.get("roles") or {}
    c = lang.clitics
    planned = status.get("planned") or {}
    hyp = status.get("hypothetical") or {}
    neg = status.get("negated") or {}
    contexts = lang.get("contexts") or {}
    ctx_entries = [(w, str(name)) for name, words in contexts.items() for w in words or ()]
    return Lexicon(
        lang=lang.code,
        triggers=_triggers(lang),
        planned_before=_phrases(_list(planned, "before"), c),
        planned_after=_phrases(_list(planned, "after"), c),
        planned_window=int(planned.get("window", 6)),
        future_clitics=_words(status, "future_clitic"),
        reported=_phrases(_list(status.get("reported"), "sentence") + _list(status.get("reported"), "attribution"), c),
        hypothetical=_phrases(_list(hyp, "before"), c),
        hypothetical_window=int(hyp.get("window", 8)),
        hypothetical_next={fold_phrase(k): re.compile(v) for k, v in (hyp.get("next_token") or {}).items()},
        negated=_phrases(_list(neg, "before"), c),
        negated_window=int(neg.get("window", 2)),
        negated_sentence=_phrases(_list(neg, "sentence"), c),
        negated_clause=_phrases(_list(neg, "clause"), c),
        negated_after=_phrases(_list(neg, "sentence_after"), c) if neg.get("sentence_after") else None,
        negated_next=_phrases(_list(neg, "sentence_next"), c) if neg.get("sentence_next") else None,
        negated_next_objects=_phrases(_list(neg, "sentence_next_objects"), c) if neg.get("sentence_next_objects") else None,
        polarity_determiners=_words(neg, "polarity_determiners"),
        not_cues=_phrases(_list(neg, "not_cues"), c),
        subject_after_verb=bool(roles.get("subject_after_verb", False)),
        target_preps=_words(roles, "target_prepositions"),
        between=_words(roles, "between"),
        conjunctions=_words(roles, "conjunctions"),
        boundaries=PhraseMatcher([(b, b) for b in _list(roles, "clause_boundaries") if b != ";"], c),
        refers_back=_phrases(_list(roles, "refers_back"), c),
        anaphoric=_words(roles, "anaphoric"),
        same_year=_phrases(_list(roles, "same_year"), c),
        years_later=tuple(re.compile(p) for p in _list(roles, "years_later")),
        years_before=tuple(re.compile(p) for p in _list(roles, "years_before")),
        months_before=tuple(re.compile(p) for p in _list(roles, "months_before")),
        contexts=PhraseMatcher(ctx_entries, c),
        clitics=c,
        number_words={fold_phrase(str(k)): int(v) for k, v in (roles.get("number_words") or {}).items()},
        location_preps=_words(roles, "location_prepositions"),
        purpose=_phrases(_list(roles, "purpose_markers"), c),
        not_triggers=frozenset(fold_phrase(x) for x in _not_triggers(lang)),
        past_suffixes=tuple(fold_phrase(x) for x in _list(roles, "past_suffixes")),
        past_forms=_words(roles, "past_forms") | frozenset(p for p, _ in _participles(lang).values()),
        past_auxiliaries=_words(roles, "past_auxiliaries"),
        participle_suffixes=tuple(fold_phrase(x) for x in _list(roles, "participle_suffixes")),
        purpose_clitics=_words(roles.get("clitic_roles"), "purpose"),
        preposition_clitics=_words(roles.get("clitic_roles"), "preposition"),
        light_verb_clitics=_words(roles.get("clitic_roles"), "light_verb"),
        noun_only_clitics=_words(roles.get("clitic_roles"), "noun_only"),
        definite_articles=tuple(fold_phrase(x) for x in _list(roles, "definite_article")),
        soft_after=_words(roles, "soft_boundary_words"),
        preverbal=_words(roles, "preverbal"),
        since=_words(roles, "since"),
        determiners=_words(roles, "determiners"),
        agent_preps=_words(roles, "agent_prepositions"),
        relative_pronouns=_words(roles, "relative_pronouns"),
        setting=_phrases(_list(roles, "setting_markers"), c),
        deadline=_phrases(_list(roles, "deadline_markers"), c),
        genitive_dates=_words(roles, "genitive_date_markers"),
        verb_coordinators=_words(roles, "verb_coordinators"),
        aside=_phrases(_list(roles, "aside_markers"), c),
        opinion=_phrases(_opinion(status.get("opinion"), bool(roles.get("subject_after_verb", False))), c),
        clause_openers=_words(roles, "clause_openers"),
        same_day=_phrases(_list(roles, "same_day"), c),
        setting_dates=_phrases(_list(roles, "setting_dates"), c),
        report_dates=_phrases(_list(roles, "report_dates"), c),
        sequence=_phrases(_list(roles, "sequence_markers"), c),
        participles=_words(roles, "participles"),
        first_words=_words(roles, "first_words"),
        addressee_after=_words(roles, "addressee_after"),
        next_day=_phrases(_list(roles, "next_day"), c),
        previous_day=_phrases(_list(roles, "previous_day"), c),
        closing_of=_phrases(_list(roles, "closing_of"), c),
        effective_from=_phrases(_list(roles, "effective_from"), c),
        decision_verbs=_words(roles, "decision_verbs"),
        ordering_verbs=_words(roles, "ordering_verbs"),
        additive=_words(roles, "additive"),
        authorship=_words(roles, "authorship"),
        passive_agent=_words(roles, "passive_agent"),
        person_pronouns=_words(roles.get("anaphora"), "person_pronouns"),
        state_pronouns=_words(roles.get("anaphora"), "state_pronouns"),
        own_country=_words(roles.get("anaphora"), "own_country"),
        reported_openers=_words(roles, "reported_clause_openers"),
        possessed_subject_suffixes=tuple(fold_phrase(x) for x in _list(roles, "possessed_subject_suffixes")),
        reported_copulas=_words(roles, "reported_copulas"),
        pronoun_openers=_words(roles, "pronoun_openers"),
        mediation_words=_words(roles, "mediation_words"),
        crowd_counts=_words(roles, "crowd_counts"),
        document_content=_phrases(_list(roles, "document_content_markers"), c),
        imperfect_prefixes=tuple(fold_phrase(x) for x in _list(planned, "imperfect_prefixes")),
        noun_endings=tuple(fold_phrase(x) for x in _list(planned, "noun_endings")),
        participation=_phrases(_list(roles, "participation_markers"), c),
        pair_pronouns=_words(roles.get("anaphora"), "pair_pronouns"),
        object_pronouns=_words(roles.get("anaphora"), "object_pronouns"),
        object_anaphors=_words(roles.get("anaphora"), "act_determiners"),
        shortly_after=PhraseMatcher([(p, "hours") for p in _list(roles, "shortly_after_hours")]
                                    + [(p, "days") for p in _list(roles, "shortly_after")], c)
        if _list(roles, "shortly_after") or _list(roles, "shortly_after_hours") else None,
        not_trigger_phrases=_phrases([x for x in _not_triggers(lang) if " " in x.strip()], c),
        content_openers=_phrases(_list(roles, "content_openers"), c),
        cause_markers=_phrases(_list(roles, "cause_markers"), c),
        same_month=_phrases(_list(roles, "same_month"), c),
        same_decade=_phrases(_list(roles, "same_decade"), c),
        story_months=_story_months(roles, c),
        under_markers=_words(roles, "under_markers"),
        background_markers=_phrases(_list(roles, "background_markers"), c),
        dated_nouns=_words(roles, "dated_nouns"),
        saying_verbs=_phrases(_list(roles, "saying_verbs"), c),
        saying_complementizers=_words(roles, "saying_complementizers"),
        past_saying_verbs=_phrases(_list(roles, "past_saying_verbs"), c),
        closing_openers=_words(roles, "closing_openers"),
        at_the_time=_phrases(_list(roles, "at_the_time"), c),
        sequence_adverbs=_phrases(_list(roles, "sequence_adverbs"), c),
        contrast=_phrases(_list(neg, "contrast"), c),
        elaborates=_words(roles, "elaborates"),
        planned_today_verbs=_words(status.get("planned_today"), "verbs"),
        today_words=tuple(fold_phrase(x) for x in _list(status.get("planned_today"), "today")),
        document_nouns=_words(roles, "document_nouns"),
        light_verbs=_words(roles, "light_verbs"),
        control_verbs=_words(roles, "control_verbs"),
        receive_verbs=_words(roles, "receive_verbs"),
        giver_preps=_words(roles, "giver_prepositions"),
        present_suffixes=tuple(fold_phrase(x) for x in _list(roles, "present_suffixes")),
        present_not_suffixes=tuple(fold_phrase(x) for x in _list(roles, "present_not_suffixes")),
        past_light_verbs=perfect_forms(_list(roles, "light_verbs"), roles.get("tense_paradigm")),
        past_frame_verbs=_words(roles, "past_frame_verbs"),
        compound_not_triggers=_compounds(_not_triggers(lang)),
        event_anaphors=_typed_phrases((roles or {}).get("event_anaphors"), c),
        resumptive=_words(roles, "resumptive"),
        content_resumptive=_words(roles, "content_resumptive"),
        resumptive_objects=_words(roles, "resumptive_objects"),
        sender_nouns=_words(roles, "sender_nouns"),
        sender_preps=_words(roles, "sender_prepositions"),
        helping_words=_words(roles, "helping_words"),
        quantifiers=_words(roles, "quantifiers"),
        subject_openers=_phrases(_list(roles, "subject_openers"), c),
        predicate_markers=_words(roles, "predicate_markers"),
        speech_verbs=_phrases(_list(planned.get("reported_future"), "speech"), c),
        speech_modals=_words(planned.get("reported_future"), "modals"),
        speech_complementizers=_words(planned.get("reported_future"), "complementizers"),
        conditions_after=_phrases(_list(hyp, "after"), c),
        condition_openers=_phrases(_list(hyp, "condition_openers"), c),
        noun_before=_words(roles, "noun_before"),
        possessive_determiners=_words(roles, "possessive_determiners"),
        times_of_day=_words(roles, "times_of_day"),
        time_nouns=_words(roles, "time_nouns"),
        span_end=_words(roles, "span_end_markers"),
        deadline_until=_words(roles, "deadline_until"),
        talks_words=_words(roles, "talks_words"),
        deadline_words=_words(roles, "deadline_words"),
        in_force=_phrases(_list(roles, "in_force_markers"), c),
        earlier_words=_words(roles, "earlier_words"),
        occasion_nouns=_words(roles, "occasion_nouns"),
        occasion_markers=_words(roles, "occasion_markers"),
        act_back=_phrases(_list(roles, "act_back_nouns"), c),
        explanations=_phrases(_list(roles, "explanation_markers"), c),
        adversative=_words(roles, "adversative_prepositions"),
        indefinites=_words(roles, "indefinite_articles"),
        supply_preps=_words(roles, "supply_prepositions"),
        currency_signs=_words(roles, "currency_signs"),
        accusative_marks=frozenset(_list(roles, "accusative_marks")),
        type_source_after={EventType(str(t)): frozenset(fold_phrase(str(w)) for w in ws or ())
                           for t, ws in (roles.get("type_source_after") or {}).items()},
        feminine_verb_endings=tuple(fold_phrase(x) for x in _list(roles, "feminine_verb_endings")),
        feminine_noun_endings=tuple(fold_phrase(x) for x in _list(roles, "feminine_noun_endings")),
        plural_verb_endings=tuple(fold_phrase(x) for x in _list(roles, "plural_verb_endings")),
        masculine_plurals=_words(roles, "masculine_plurals"),
        subject_clause_openers=_words(roles, "subject_clause_openers"),
        named_documents=_words(roles, "named_documents"),
        weak_boundaries=_words(roles, "weak_clause_boundaries"),
        fronted_subordinators=_words(roles, "fronted_subordinators"),
        reply_objects=_words(roles, "reply_objects"),
        reacted_acts={fold_phrase(str(w)): frozenset(EventType(t) for t in _list(acts, "types"))
                      for acts in roles.get("reacted_acts") or () for w in _list(acts, "nouns")},
        place_nouns=_words(roles, "place_nouns"),
        venue_nouns_before=_words(roles, "venue_nouns_before"),
        venue_nouns_after=_words(roles, "venue_nouns_after"),
        hypothetical_after_noun=_phrases(_list(hyp, "after_noun"), c),
        planned_not_across=_phrases(_list(status.get("planned"), "not_across"), c),
        possessive_suffixes=tuple(fold_phrase(x) for x in _list(roles, "possessive_suffixes")),
        civilian_heads=_words(roles, "civilian_heads"),
        troop_heads=_words(roles, "troop_heads"),
        acceptance=_words(roles.get("invitation_accepted"), "accepting"),
        invitations=_words(roles.get("invitation_accepted"), "invitations"),
        inviting=_words(roles.get("invitation_accepted"), "inviting"),
        repetition=_phrases(_list(roles, "repetition_words"), c),
        non_state_guests=_words(roles, "non_state_guests") | _words(roles, "guest_heads")
        | _words(roles, "hosted_gatherings"),
        guest_heads=_words(roles, "guest_heads"),
        count_words=_words(roles, "count_words"),
        oblique_plural_suffixes=tuple(fold_phrase(x) for x in _list(roles, "oblique_plural_suffixes")),
        origin_preps=_words(roles, "origin_prepositions"),
        genitive_clitics=_words(roles, "genitive_clitics"),
        destination_preps=_words(roles, "destination_prepositions"),
        stateless_objects=_words(roles, "stateless_objects"),
        stateless_phrases=_phrases(_list(roles, "stateless_phrases"), c),
        comitative_preps=_words(roles, "comitative_prepositions"),
        adjective_suffixes=tuple(fold_phrase(x) for x in _list(roles, "adjective_suffixes")),
        visit_end_verbs=_phrases(_list(roles, "visit_end_verbs"), c),
        visit_start_verbs=_phrases(_list(roles, "visit_start_verbs"), c),
        performing_verbs=_words(roles, "relative_performing_verbs"),
        visit_length=tuple(re.compile(p) for p in _list(roles, "visit_length")),
        end_of_event=_phrases(_list(roles, "end_of_event"), c),
        offset_after=tuple(re.compile(p) for p in _list(roles, "offset_after")),
        offset_before=tuple(re.compile(p) for p in _list(roles, "offset_before")),
        offset_units={fold_phrase(str(k)): str(v) for k, v in (roles.get("offset_units") or {}).items()},
        reply_verbs=_phrases(_list(roles, "reply_verbs"), c),
        verb_conjunctions=_words(roles, "verb_conjunctions"),
        outcome_markers=_words(roles, "outcome_markers"),
        topic_stops=_words(roles, "topic_stops"),
        additive_after=_words(roles, "additive_after"),
        joined_adverbs=_phrases(_list(roles, "joined_adverbs"), c),
        stance=_phrases(_list(status.get("stance"), "before"), c),
        stance_window=int((status.get("stance") or {}).get("window", 4)),
        stance_keen=_phrases(_list(status.get("stance"), "keen"), c),
        stance_standing=_phrases(_list(status.get("stance"), "standing") + _list(status.get("stance"), "proposal"), c),
        stance_still=_phrases(_list(status.get("stance"), "still"), c),
        stance_still_then=_phrases(_list(status.get("stance"), "still_then"), c),
        negated_not_across=_phrases(_list(neg, "not_across"), c),
        negated_until=_phrases(_list(neg, "until"), c),
        negated_past=_phrases(_list(neg, "past"), c),
        negated_until_before=_phrases(_list(neg, "until_before"), c),
        negated_until_not=_phrases(_list(neg, "until_not"), c),
        planned_after_clause=_phrases(_list(planned, "after_clause"), c),
        question_marks=tuple(_list(hyp, "question_marks")),
        announcement=_phrases(_list(planned, "announcement"), c),
        attribution=_phrases(_list(status.get("reported"), "attribution"), c),
        denial_objects=_phrases(_list(neg, "denial_objects"), c),
        no_act=_phrases(_list(status.get("no_act"), "anywhere"), c),
        no_act_opening=_phrases(_list(status.get("no_act"), "opening"), c),
        conditions_before=_phrases(_list(hyp, "fronted"), c),
        fronted_after=_words(hyp, "fronted_after"),
        state_verbs=_phrases(_list(status.get("state_of_affairs"), "verbs"), c),
        state_speech=_phrases(_list(status.get("state_of_affairs"), "speech"), c),
        trade_target=_phrases(_list(status.get("trade_target"), "before"), c),
        comment_openers=_phrases(_list(status.get("opinion"), "comment_openers"), c),
        planned_after_not=_phrases(_list(planned, "after_not"), c),
        conditions_trailing=_phrases(_list(hyp, "trailing"), c),
        planned_through=_phrases(_list(planned, "through"), c),
        hypothetical_not_across=_phrases(_list(hyp, "not_across"), c),
        reported_not_across=_phrases(_list(status.get("reported"), "not_across"), c),
        reported_official=_phrases(_list(status.get("reported"), "official"), c),
        reported_clause_openers=_words(status.get("reported"), "clause_openers"),
        purpose_of=_phrases(_list(status.get("purpose_content"), "before"), c),
        document_says=_phrases(_list(status.get("document_content"), "before"), c),
        later_offsets=tuple(re.compile(p) for p in _list(roles, "later_offsets")),
        earlier_offsets=tuple(re.compile(p) for p in _list(roles, "earlier_offsets")),
        passive_auxiliaries=_words(roles, "passive_auxiliaries"),
        topic_documents=_words(roles.get("document_topics"), "documents"),
        topic_markers=_words(roles.get("document_topics"), "markers"),
    )


def lexicon(ctx: Context, lang: str) -> Lexicon:
    return ctx.cached(f"events.lexicon.{lang}", lambda: _grouped(compile_lexicon(ctx.lang(lang))))


def _grouped(lex: Lexicon) -> Lexicon:
    """The lexicon's phrase matchers all run over the same document tokens: attach them to one ``MatcherGroup``,
    which finds the tokens where each may match with one look-up per token."""
    group = MatcherGroup()
    for f in dataclasses.fields(lex):
        if isinstance(matcher := getattr(lex, f.name), PhraseMatcher):
            group.attach(matcher)
    return lex
