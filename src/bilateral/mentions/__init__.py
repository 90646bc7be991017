"""Stage 3: actor, place, date and quantity mentions with offsets into the original text.

Each finder lives in its own module (``actors``, ``dates``, ``quantities``); this function only
combines them. Dates and quantities are found first so that actor matching can skip their spans.
"""

from __future__ import annotations

from ..context import Context
from ..model import Mentions, Text
from .actors import find_actors
from .dates import find_dates
from .quantities import find_quantities


def find_mentions(text: Text, ctx: Context) -> Mentions:
    dates = find_dates(text, ctx)
    quantities = find_quantities(text, ctx, dates)
    actors, places = find_actors(text, ctx)
    # "US dollars", "Egyptian pounds": a country word inside a sum of money names the currency, not an actor
    money = [(q.span.start, q.span.end) for q in quantities if q.rule.endswith(":money")]
    actors = [a for a in actors if not any(s <= a.span.start and a.span.end <= e for s, e in money)]
    return Mentions(actors=tuple(actors), dates=tuple(dates), quantities=tuple(quantities), places=tuple(places))
