"""Actors fixed in time: a person or title is read as of the event date, and a state as the state
that existed then (Russia before 1991-12-26 is the Soviet Union)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..context import Context
from ..model import Actor, ActorKind, ActorRef, Mention, Span

log = logging.getLogger(__name__)

# sectors for office keys when the mention does not say
_ROLE_SECTOR = {"head_of_state": "GOV", "head_of_government": "GOV", "foreign_minister": "GOV",
                "defence_minister": "GOV", "speaker": "LEG", "ambassador": "GOV", "spokesperson": "GOV"}


def _kb_call(ctx: Context, name: str, *args: Any) -> Any:
    fn = getattr(ctx.kb, name, None)
    if fn is None:
        return None
    try:
        return fn(*args)
    except Exception:
        log.debug("kb.%s%r failed", name, args, exc_info=True)
        return None


def country_as_of(ctx: Context, code: str | None, date: str | None) -> str | None:
    if code is None:
        return None
    mapped = _kb_call(ctx, "country_as_of", code, date)
    return mapped or code


def focus_pair(mentions: Sequence[Mention], skip: Span | None = None) -> tuple[str, ...]:
    """The article's main dyad: the two countries its actor mentions name most often (a dateline's
    place does not count)."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if skip is not None and skip.contains(m.span):
            continue
        v = m.value
        if isinstance(v, ActorRef) and v.country and v.kind != ActorKind.GROUP:
            counts[v.country] += 0.5 if v.kind == ActorKind.DEMONYM else 1.0  # type: ignore[assignment]
    return tuple(c for c, _ in counts.most_common(2))


def resolve_actor(m: Mention, ctx: Context, date: str | None) -> Actor:
    v = m.value
    assert isinstance(v, ActorRef)
    name = v.name
    role = v.role
    country = v.country
    sector = v.sector
    if v.kind == ActorKind.PERSON and v.person:
        person = _kb_call(ctx, "person", v.person)
        if person is not None:
            name = getattr(person, "name_en", None) or name
            offices = _kb_call(ctx, "offices_of", v.person, date) or []
            if offices:
                office = offices[0]
                role = role or getattr(office, "role", None)
                country = getattr(office, "country", None) or country
            country = country or getattr(person, "country", None)
    elif v.kind == ActorKind.TITLE and country and role:
        holder = _kb_call(ctx, "holder", country_as_of(ctx, country, date), role, date) if date else None
        if holder is None and date:
            holder = _kb_call(ctx, "holder", country, role, date)
        if holder is not None:
            name = getattr(holder, "name_en", None) or name
    if sector is None and role:
        sector = _ROLE_SECTOR.get(role.split(":")[0], "GOV")
    return Actor(country_as_of(ctx, country, date), name, m.text, role, sector)


def local_group(mentions: Sequence[Mention], sentence: int, n: int = 2, skip: Span | None = None,
                before: int | None = None, span: int = 1) -> tuple[str, ...]:
    """The ``n`` countries a group reference ("the two countries", "الدول الأربع") in ``sentence``
    most likely means: the last ``n`` distinct ones named in that sentence or the ``span`` before it
    (before offset ``before`` when given); () when fewer were named."""
    seen: list[str] = []
    for m in mentions:
        v = m.value
        if before is not None and m.span.start >= before:
            break
        if sentence - span <= m.sentence <= sentence and isinstance(v, ActorRef) and v.country \
                and v.kind != ActorKind.GROUP and not (n > 2 and v.kind == ActorKind.DEMONYM) \
                and not (skip is not None and skip.contains(m.span)):
            if v.country in seen:
                seen.remove(v.country)
            seen.append(v.country)
    return tuple(seen[-n:]) if len(seen) >= n else ()


def group_size(ref: ActorRef) -> int:
    """Size of a group reference: "group:4" in the role (the four countries), else a pair."""
    if ref.role and ref.role.startswith("group:"):
        try:
            return max(2, int(ref.role.split(":", 1)[1]))
        except ValueError:
            return 2
    return 2


def coordinated_run(mentions: Sequence[Mention], body: str, conjunctions: frozenset[str], sentence: int, n: int,
                    before: int, span: int = 1) -> tuple[str, ...]:
    """The countries of the nearest list of exactly ``n`` coordinated state mentions ("السعودية والإمارات
    والبحرين ومصر", "A, B and C") before offset ``before``, in ``sentence`` or the ``span`` before it: what
    "the four states" refers to; () when no such list was named."""
    ms = [m for m in mentions if sentence - span <= m.sentence <= sentence and m.span.start < before
          and isinstance(m.value, ActorRef) and m.value.country and m.value.kind != ActorKind.GROUP]
    runs: list[list[Mention]] = []
    for m in ms:
        gap = body[runs[-1][-1].span.end:m.span.start] if runs else ""
        words = gap.replace(",", " ").replace("\u060c", " ").split()
        if runs and m.sentence == runs[-1][-1].sentence and len(words) <= 1 \
                and all(w in conjunctions for w in words) and (words or "," in gap or "\u060c" in gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in reversed(runs):
        codes = tuple(dict.fromkeys(m.value.country for m in run if isinstance(m.value, ActorRef) and m.value.country))
        if len(codes) == n:
            return codes
    return ()
