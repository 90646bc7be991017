"""A trigger found in a sentence and the event draft made from it, with the predicates on a trigger's
shape that both the date rules and the candidate rules use."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import registry
from ..matcher import Match
from ..model import EventType, Mention, Span
from .document import Doc, Placed
from .lexicon import Lexicon, TriggerForm

RULE = registry.name("events")


@dataclass
class Trigger:
    match: Match[TriggerForm]
    first: int
    last: int
    sentence: int
    span: Span
    dates: list[Placed] = field(default_factory=list)
    quantities: list[Placed] = field(default_factory=list)

    @property
    def form(self) -> TriggerForm:
        return self.match.payload


@dataclass
class Draft:
    trigger: Trigger
    type: EventType
    mode: str | None
    status: object
    source: tuple[Mention, ...]
    target: tuple[Mention, ...]
    dates: tuple[Mention, ...]
    quantities: tuple[Mention, ...]
    context: tuple[str, ...]
    location: Mention | None
    rule: str
    refers_back: bool = False


def is_purpose(doc: Doc, lex: Lexicon, trig: Trigger, lo: int = 0) -> bool:
    """"to <trigger>", "ل<trigger>", "من أجل <trigger>" (لل = li- + al-)."""
    if any(c in trig.match.prefix for c in lex.purpose_clitics):
        return True
    cues = doc.cues(lex.purpose, max(lo, trig.first - 5), trig.first)
    if any(b == trig.first - 1 for _a, b, _p in cues):
        return True
    # "met ... to hammer out a disengagement plan", "to finalise the agreement": the object of the verb of a
    # purpose (one or two plain words, then a determiner) is that purpose's content too
    det = trig.first - 1
    if trig.form.pos != "noun" or det <= lo or doc.tokens[det].text not in lex.determiners:
        return False
    return any(2 <= det - b <= 3 and all(not doc.in_mention(k) and doc.tokens[k].text not in lex.determiners
                                          and not doc.cues(lex.boundaries, k, k + 1) for k in range(b + 1, det))
               for _a, b, _p in cues)


def participle_clause(doc: Doc, lex: Lexicon, trig: Trigger) -> bool:
    """", accusing Doha of ...": a participle after a comma is a further act of the subject."""
    if trig.form.pos != "verb" or trig.first == 0:
        return False
    word = doc.tokens[trig.first].text
    between = doc.text.folded[doc.tokens[trig.first - 1].end:doc.tokens[trig.first].start]
    return "," in between and (any(word.endswith(x) and len(word) > len(x) + 2 for x in lex.participle_suffixes)
                               or word in lex.participles)


def reduced_relative(doc: Doc, trig: Trigger) -> bool:
    """"a pact signed in 2001": a verb right after its own cue noun describes that thing's own past."""
    requires = trig.form.entry.requires
    return bool(requires) and trig.form.pos == "verb" and trig.first > 0 \
        and doc.tokens[trig.first - 1].text in requires
