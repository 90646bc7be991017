"""Typed, immutable records passed between pipeline stages (ARCHITECTURE §2).

Every record is a frozen dataclass; closed vocabularies are enums. Missing values are ``None``.
Spans are character offsets into the *original* article text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Status(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    UNKNOWN = "unknown"


class Basis(StrEnum):
    EXPLICIT = "explicit"
    RELATIVE = "relative"
    PUBLICATION = "publication"
    INFERRED = "inferred"


class MentionKind(StrEnum):
    ACTOR = "actor"
    DATE = "date"
    QUANTITY = "quantity"
    PLACE = "place"


class ActorKind(StrEnum):
    COUNTRY = "country"  # a state named directly ("Egypt", "مصر")
    CAPITAL = "capital"  # a capital used as metonym ("Cairo" = EGY government)
    DEMONYM = "demonym"  # an adjective/nisba ("Russian", "الروسية") - needs a head noun to be an actor
    ORGANISATION = "organisation"  # UN, Arab League, a ministry ...
    PERSON = "person"  # a named person ("Putin", "Badr Abdelatty")
    TITLE = "title"  # an office without a name ("the Russian president") - resolved by date
    COUNTERPART = "counterpart"  # "his Russian counterpart", "نظيره المصري"
    GROUP = "group"  # "the two countries", "البلدين" - refers back to a pair


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}:{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``id`` is a content hash; ``doc`` is the user-facing document id
    (file stem, or the ``id`` field of a JSONL document)."""

    id: str
    doc: str
    text: str
    lang: str | None
    published: str | None  # ISO partial date: "2015", "2015-02", "2015-02-12"
    url: str | None = None
    title: str | None = None
    source: str | None = None  # path or feed the article came from


@dataclass(frozen=True, slots=True)
class Text:
    """Normalized view of an article. ``folded[i]`` came from ``article.text[offsets[i]]``;
    ``offsets`` has one extra trailing entry (``len(article.text)``) so spans map back cleanly."""

    article: Article
    folded: str
    offsets: tuple[int, ...]
    sentences: tuple[Span, ...]  # spans into the ORIGINAL text

    def original(self, start: int, end: int) -> Span:
        """Map a [start, end) range of ``folded`` back to a span of the original text."""
        if end <= start:
            o = self.offsets[start]
            return Span(o, o)
        return Span(self.offsets[start], self.offsets[end - 1] + 1)

    def folded_index(self, original: int) -> int:
        """The first folded index whose original offset is >= ``original``."""
        import bisect

        return bisect.bisect_left(self.offsets, original, 0, len(self.offsets) - 1)

    def sentence_of(self, span: Span) -> int:
        import bisect

        starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, span.start) - 1
        return max(i, 0)


@dataclass(frozen=True, slots=True)
class Relative:
    """An unresolved relative date expression, resolved against the publication date in ``resolve``.

    unit: ``day`` | ``week`` | ``month`` | ``year`` | ``weekday`` | ``named_month`` | ``season``
    offset: signed count of units from the anchor ("next month" = +1, "last year" = -1, "today" = 0)
    month / weekday: for "next January" (named_month, month=1, offset=+1) or "Wednesday" (weekday=2,
    Monday = 0). part: ``early`` | ``mid`` | ``late`` | None. span_days: for "within days" windows.
    """

    unit: str
    offset: int = 0
    month: int | None = None
    weekday: int | None = None
    part: str | None = None
    span_days: int | None = None
    day: int | None = None  # named_month with a day and no year: "13 February" (day=13)
    day_end: int | None = None  # last day of a day range without year: "19-20 December" (day_end=20)


@dataclass(frozen=True, slots=True)
class DateRef:
    """What a date mention says. Absolute dates carry ISO partial ``start``/``end``; relative
    ones carry ``relative`` and leave ``start`` None until resolved."""

    start: str | None
    end: str | None
    precision: Precision
    relative: Relative | None = None
    calendar: str = "gregorian"  # the calendar the text used ("hijri" dates are converted)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What an actor mention says, independent of time. ``resolve`` fixes names and roles as of
    the event date (``the Russian president`` in 2009 -> Medvedev)."""

    kind: ActorKind
    country: str | None  # ISO alpha-3 or documented code (SUN, UNO, ARL, ...)
    name: str | None = None  # canonical English name of a person or organisation
    person: str | None = None  # knowledge-base person id
    role: str | None = None  # office key, e.g. head_of_state, foreign_minister
    sector: str | None = None  # PLOVER sector code: GOV, MIL, LEG, ...
    via: str | None = None  # how it matched: name, variant, official, capital, demonym, fuzzy, title


@dataclass(frozen=True, slots=True)
class QuantityRef:
    value: float
    unit: str  # USD, EUR, EGP, RUB, percent, km, MW, t, count, ...
    approx: bool = False


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A place that is not (only) an actor: a city, site or region, with the country it lies in."""

    name: str  # canonical English name
    country: str | None


MentionValue = ActorRef | DateRef | QuantityRef | PlaceRef


def _plain(value: object) -> object:
    if isinstance(value, StrEnum):
        return str(value)
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}  # type: ignore[attr-defined]
    return value


@dataclass(frozen=True, slots=True)
class Mention:
    kind: MentionKind
    span: Span  # into the original text
    sentence: int
    value: MentionValue
    rule: str  # versioned rule/component name that produced it
    text: str = ""  # the original words

    def to_dict(self) -> dict[str, Any]:
        return {"kind": str(self.kind), "start": self.span.start, "end": self.span.end, "sentence": self.sentence,
                "text": self.text, "rule": self.rule, "value": _plain(self.value)}


@dataclass(frozen=True, slots=True)
class Mentions:
    actors: tuple[Mention, ...] = ()
    dates: tuple[Mention, ...] = ()
    quantities: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()

    def all(self) -> tuple[Mention, ...]:
        return tuple(sorted(self.actors + self.dates + self.quantities + self.places, key=lambda m: m.span.start))

    def in_sentence(self, i: int) -> Mentions:
        return Mentions(
            tuple(m for m in self.actors if m.sentence == i),
            tuple(m for m in self.dates if m.sentence == i),
            tuple(m for m in self.quantities if m.sentence == i),
            tuple(m for m in self.places if m.sentence == i),
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event as found in one sentence, before actors and dates are fixed in time."""

    type: EventType
    mode: str | None
    status: Status
    trigger: Span
    sentence: int
    source: tuple[Mention, ...]
    target: tuple[Mention, ...]
    dates: tuple[Mention, ...]
    quantities: tuple[Mention, ...]
    rule: str
    context: tuple[str, ...] = ()
    location: Mention | None = None
    refers_back: bool = False  # "during this visit": takes the date of the event it refers to
    frame: str | None = None  # role frame of the trigger: visit, host, symmetric, directed, passive


@dataclass(frozen=True, slots=True)
class Actor:
    country: str | None
    name: str | None
    text: str
    role: str | None
    sector: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"country": self.country, "name": self.name, "text": self.text, "role": self.role,
                "sector": self.sector}


@dataclass(frozen=True, slots=True)
class DateValue:
    start: str | None
    end: str | None
    precision: Precision
    basis: Basis
    text: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "precision": str(self.precision),
                "basis": str(self.basis), "text": self.text}


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        # "2.11 بليون" is 2.11e9, not 2109999999.9999998: round away binary noise
        r = round(float(self.value), 6)
        v: float | int = int(r) if r.is_integer() else r
        return {"value": v, "unit": self.unit, "text": self.text}


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc: str
    lang: str
    type: EventType
    mode: str | None
    context: tuple[str, ...]
    source: Actor | None
    target: Actor | None
    date: DateValue
    location: Location | None
    status: Status
    quantities: tuple[Quantity, ...]
    evidence: Evidence
    intensity: float | None
    quad: int | None
    cameo: str | None
    group: str | None
    rules: tuple[str, ...]
    trigger: Span | None = None
    article: str | None = None  # content-hash id of the article

    def to_dict(self) -> dict[str, Any]:
        """The event output contract (ARCHITECTURE §4)."""
        return {
            "id": self.id,
            "doc": self.doc,
            "lang": self.lang,
            "type": str(self.type),
            "mode": self.mode,
            "context": list(self.context),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date.to_dict(),
            "status": str(self.status),
            "location": self.location.to_dict() if self.location else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "evidence": self.evidence.to_dict(),
            "trigger": {"start": self.trigger.start, "end": self.trigger.end} if self.trigger else None,
            "intensity": self.intensity,
            "quad": self.quad,
            "cameo": self.cameo,
            "group": self.group,
            "rules": list(self.rules),
            "article": self.article,
        }

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Event:
        """Inverse of :meth:`to_dict` (used by stores and batch readers)."""

        def actor(a: dict[str, Any] | None) -> Actor | None:
            if not a:
                return None
            return Actor(a.get("country"), a.get("name"), a.get("text") or "", a.get("role"), a.get("sector"))

        dt = d["date"]
        loc = d.get("location")
        ev = d["evidence"]
        trig = d.get("trigger")
        return Event(
            id=d["id"], doc=d["doc"], lang=d["lang"], type=EventType(d["type"]), mode=d.get("mode"),
            context=tuple(d.get("context") or ()), source=actor(d.get("source")), target=actor(d.get("target")),
            date=DateValue(dt.get("start"), dt.get("end"), Precision(dt.get("precision") or "unknown"),
                           Basis(dt.get("basis") or "publication"), dt.get("text")),
            location=Location(loc["name"], loc.get("country")) if loc else None,
            status=Status(d["status"]),
            quantities=tuple(Quantity(q["value"], q["unit"], q.get("text") or "") for q in d.get("quantities") or ()),
            evidence=Evidence(ev["doc"], ev["start"], ev["end"], ev["text"]),
            intensity=d.get("intensity"), quad=d.get("quad"), cameo=d.get("cameo"), group=d.get("group"),
            rules=tuple(d.get("rules") or ()),
            trigger=Span(trig["start"], trig["end"]) if trig else None,
            article=d.get("article"),
        )


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed; batches carry on past it."""

    source: str  # file path (and line for JSONL) the problem is in
    code: str  # error code from errors.py, e.g. "E101"
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class Analysis:
    article: Article
    text: Text
    mentions: Mentions
    candidates: tuple[Candidate, ...]
    events: tuple[Event, ...]
    versions: dict[str, str] = field(default_factory=dict)


def content_hash(*parts: object, length: int = 16) -> str:
    """Stable id from content (never Python's salted ``hash()``)."""
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]
