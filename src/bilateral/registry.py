"""Versioned names of the components that produce records (STYLE #5).

Every mention and event carries the names of the rules that made it, so a result can be explained
and a change of version triggers re-extraction in the store. Bump a version when a component's
output can change for the same input.
"""

from __future__ import annotations

from .model import content_hash

COMPONENTS: dict[str, str] = {
    "ingest": "ingest.v1",
    "normalize": "normalize.fold.v1",
    "mentions.actors": "mentions.actors.v1",
    "mentions.dates": "mentions.dates.v1",
    "mentions.quantities": "mentions.quantities.v1",
    "events": "events.triggers.v1",
    "resolve": "resolve.v1",
}


def name(component: str) -> str:
    return COMPONENTS[component]


def pipeline_version(data_fingerprint: str = "") -> str:
    """One id for the code versions plus the language/KB data in use."""
    return content_hash(sorted(COMPONENTS.items()), data_fingerprint, length=12)
