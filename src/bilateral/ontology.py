"""PLOVER types, modes, contexts, intensity scores, quad classes and closest CAMEO codes (data in
``plover.yaml``; the manual's inconsistencies and our choices are documented there)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from .errors import DataError
from .model import EventType, Status


@dataclass(frozen=True)
class Coding:
    intensity: float
    quad: int
    cameo: str
    goldstein: float


@dataclass(frozen=True)
class Ontology:
    types: dict[str, dict[str, Any]]
    contexts: frozenset[str]

    @classmethod
    def load(cls) -> Ontology:
        raw = yaml.safe_load(resources.files("bilateral").joinpath("plover.yaml").read_text("utf-8"))
        types = raw.get("types") or {}
        unknown = set(types) - {t.value for t in EventType}
        missing = {t.value for t in EventType} - set(types)
        if unknown or missing:
            raise DataError(f"types must be exactly the 16 PLOVER types (unknown {sorted(unknown)}, "
                            f"missing {sorted(missing)})", "plover.yaml")
        return cls(types, frozenset(raw.get("contexts") or ()))

    def modes(self, type_: EventType | str) -> frozenset[str]:
        return frozenset(self.types[str(type_)].get("modes") or {})

    def is_mode(self, type_: EventType | str, mode: str | None) -> bool:
        return mode is None or mode in self.modes(type_)

    def coding(self, type_: EventType | str, mode: str | None) -> Coding:
        t = self.types[str(type_)]
        m = (t.get("modes") or {}).get(mode) or {}
        score = m.get("score")
        return Coding(float(score if score is not None else t["score"]), int(t["quad"]),
                      str(m.get("cameo") or t["cameo"]), float(t["goldstein"]))

    def strict_type(self, type_: EventType, status: Status) -> EventType:
        """PLOVER-strict view: a future CONSULT/SUPPORT/COOPERATE/AID is coded AGREE by the manual."""
        if status == Status.PLANNED and type_ in (EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE,
                                                  EventType.AID):
            return EventType.AGREE
        return type_
