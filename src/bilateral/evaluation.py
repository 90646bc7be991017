"""Measure extraction against gold events (docs/CODING_GUIDE.md, "Gold file format").

Matching: same document, same type, same unordered pair of countries (a missing target matches a
missing target). Within those, gold and predicted events are paired greedily, preferring pairs whose
dates agree. A matched pair is date-correct when the predicted date agrees with the gold date at the
gold's precision; status-correct when the statuses are equal. Unmatched predictions are false
positives, unmatched gold events false negatives.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .calendar import agrees
from .errors import BadRecord, NotFound
from .model import Event, EventType, Status


@dataclass(frozen=True, slots=True)
class GoldEvent:
    doc: str
    type: str
    source: str | None
    target: str | None
    date_start: str | None
    date_precision: str | None
    status: str
    mode: str | None
    line: int

    @property
    def pair(self) -> frozenset[str | None]:
        return frozenset((self.source, self.target))


def read_gold(path: str | Path) -> list[GoldEvent]:
    p = Path(path)
    if not p.exists():
        raise NotFound("gold file not found", str(p))
    out: list[GoldEvent] = []
    for n, line in enumerate(p.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{p}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadRecord(f"malformed JSON ({e.msg})", where) from e
        try:
            etype = EventType(rec["type"]).value
            status = Status(rec.get("status", "occurred")).value
            date = rec.get("date") or {}
            out.append(GoldEvent(str(rec["doc"]), etype, rec.get("source"), rec.get("target"), date.get("start"),
                                 date.get("precision"), status, rec.get("mode"), n))
        except (KeyError, ValueError) as e:
            raise BadRecord(f"bad gold event: {e}", where) from e
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dated: int = 0
    date_ok: int = 0
    status_ok: int = 0
    directed: int = 0  # matched events whose gold has a direction (see :func:`has_direction`)
    direction_ok: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_ok / self.dated if self.dated else 0.0

    @property
    def status_accuracy(self) -> float:
        return self.status_ok / self.tp if self.tp else 0.0

    @property
    def direction_accuracy(self) -> float:
        return self.direction_ok / self.directed if self.directed else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3), "dated": self.dated,
                "date_accuracy": round(self.date_accuracy, 3), "status_accuracy": round(self.status_accuracy, 3),
                "directed": self.directed, "direction_accuracy": round(self.direction_accuracy, 3)}


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    #: (language, kind, cause) -> count: why events were missed or spurious (see :func:`_causes`)
    causes: dict[tuple[str, str, str], int] = field(default_factory=lambda: defaultdict(int))

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall.to_dict(),
                "by_lang": {k: v.to_dict() for k, v in sorted(self.by_lang.items())},
                "by_type": {k: v.to_dict() for k, v in sorted(self.by_type.items())},
                "causes": [{"lang": lang, "kind": kind, "cause": cause, "n": n}
                           for (lang, kind, cause), n in sorted(self.causes.items())],
                "mismatches": self.mismatches}


def _pair(e: Event) -> frozenset[str | None]:
    return frozenset((e.source.country if e.source else None, e.target.country if e.target else None))


def _describe(e: Event) -> dict[str, Any]:
    return {"type": str(e.type), "mode": e.mode, "source": e.source.country if e.source else None,
            "target": e.target.country if e.target else None, "date": e.date.start, "status": str(e.status),
            "evidence": e.evidence.text[:160], "rules": list(e.rules)}


def _gold_describe(g: GoldEvent) -> dict[str, Any]:
    return {"type": g.type, "mode": g.mode, "source": g.source, "target": g.target, "date": g.date_start,
            "precision": g.date_precision, "status": g.status, "gold_line": g.line}


# symmetric acts, whose order the gold does not fix (CODING_GUIDE: source is the first named party)
_SYMMETRIC_TYPES = frozenset({"AGREE", "COOPERATE"})
_SYMMETRIC_MODES = {"CONSULT": frozenset({"meet", "phone", "multilateral", None}),
                    "SUPPORT": frozenset({"sign", "ratify", "relations"})}


def has_direction(g: GoldEvent) -> bool:
    """Does the gold event fix who acted and who was acted upon (a visit, aid, a sanction, an accusation ...),
    rather than a symmetric act (talks, a signing, trade, an agreement)?"""
    if g.type in _SYMMETRIC_TYPES or g.source is None or g.target is None or g.source == g.target:
        return False
    return g.mode not in _SYMMETRIC_MODES.get(g.type, frozenset())


def evaluate(gold: Iterable[GoldEvent], predicted: Iterable[Event], langs: dict[str, str]) -> Report:
    """``langs`` maps doc -> language (for per-language figures of gold-only docs)."""
    report = Report()
    gold_by: dict[tuple[str, str, frozenset[str | None]], list[GoldEvent]] = defaultdict(list)
    pred_by: dict[tuple[str, str, frozenset[str | None]], list[Event]] = defaultdict(list)
    docs = set()
    with_match: set[tuple[str, str, frozenset[str | None]]] = set()
    for g in gold:
        gold_by[(g.doc, g.type, g.pair)].append(g)
        docs.add(g.doc)
    for e in predicted:
        pred_by[(e.doc, str(e.type), _pair(e))].append(e)
    for key in sorted(set(gold_by) | set(pred_by), key=lambda k: (k[0], k[1], sorted(map(str, k[2])))):
        doc, etype, _ = key
        lang = langs.get(doc, "?")
        buckets = (report.overall, report.by_lang[lang], report.by_type[etype])
        gs = list(gold_by.get(key, []))
        ps = list(pred_by.get(key, []))
        # pair date-agreeing first, then the rest in order
        matched: list[tuple[GoldEvent, Event]] = []
        for g in list(gs):
            for p in ps:
                if g.date_start and agrees(p.date.start, g.date_start, g.date_precision or "day"):
                    matched.append((g, p))
                    gs.remove(g)
                    ps.remove(p)
                    break
        while gs and ps:
            matched.append((gs.pop(0), ps.pop(0)))
        if matched:
            with_match.add(key)
        for g, p in matched:
            date_ok = bool(g.date_start) and agrees(p.date.start, g.date_start, g.date_precision or "day")
            for b in buckets:
                b.tp += 1
                if g.date_start:
                    b.dated += 1
                    b.date_ok += date_ok
                b.status_ok += p.status.value == g.status
                if has_direction(g):
                    b.directed += 1
                    b.direction_ok += (p.source.country if p.source else None, p.target.country if p.target
                                       else None) == (g.source, g.target)
            if (g.date_start and not date_ok) or p.status.value != g.status:
                report.mismatches.append({"doc": doc, "kind": "wrong-date" if g.date_start and not date_ok
                                          else "wrong-status", "gold": _gold_describe(g), "predicted": _describe(p)})
        for g in gs:
            for b in buckets:
                b.fn += 1
            report.mismatches.append({"doc": doc, "kind": "missed", "gold": _gold_describe(g)})
        for p in ps:
            for b in buckets:
                b.fp += 1
            report.mismatches.append({"doc": doc, "kind": "spurious", "predicted": _describe(p)})
    _causes(report, with_match, langs)
    return report


def _causes(report: Report, with_match: set[tuple[str, str, frozenset[str | None]]], langs: dict[str, str]) -> None:
    """Label each missed and spurious event with the likeliest cause, for error analysis in aggregate:
    ``merged`` / ``extra`` (the document has a matched event of that type and pair: the system made fewer /
    more of them than the gold), ``other-type`` (an unmatched event of the other side has the same pair but
    another type), ``other-pair`` (same type, a pair sharing one country), else ``not-found`` / ``no-gold``."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in report.mismatches:
        if m["kind"] in ("missed", "spurious"):
            by_doc[m["doc"]].append(m)
    for m in report.mismatches:
        if m["kind"] not in ("missed", "spurious"):
            continue
        me = m["gold"] if m["kind"] == "missed" else m["predicted"]
        other = "spurious" if m["kind"] == "missed" else "missed"
        others = [o["gold" if other == "missed" else "predicted"] for o in by_doc[m["doc"]] if o["kind"] == other]
        pair = frozenset((me["source"], me["target"]))
        if (m["doc"], me["type"], pair) in with_match:
            cause = "merged" if m["kind"] == "missed" else "extra"
        elif any(frozenset((o["source"], o["target"])) == pair for o in others):
            cause = "other-type"
        elif any(o["type"] == me["type"] and pair & {o["source"], o["target"]} - {None} for o in others):
            cause = "other-pair"
        else:
            cause = "not-found" if m["kind"] == "missed" else "no-gold"
        m["cause"] = cause
        report.causes[(langs.get(m["doc"], "?"), m["kind"], cause)] += 1


def render(report: Report, show_mismatches: bool = True) -> str:
    def row(name: str, c: Counts) -> str:
        return (f"{name:<12} {c.tp:>5} {c.fp:>5} {c.fn:>5} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} "
                f"{c.date_accuracy:>6.3f} ({c.dated:>3}) {c.status_accuracy:>6.3f} "
                f"{c.direction_accuracy:>6.3f} ({c.directed:>3})")

    head = (f"{'':<12} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'rec':>6} {'f1':>6} {'date':>6} {'(n)':>5} "
            f"{'status':>6} {'direct':>6} {'(n)':>5}")
    lines = [head, row("overall", report.overall), ""]
    lines += [row(f"lang {k}", v) for k, v in sorted(report.by_lang.items())] + [""]
    lines += [row(k, v) for k, v in sorted(report.by_type.items())]
    if report.causes:
        langs = sorted({lang for lang, _, _ in report.causes})
        lines += ["", "Causes (missed: merged = fewer events of that type and pair than gold; spurious: extra = more)",
                  f"{'':<22}" + "".join(f"{lang:>6}" for lang in langs)]
        for kind, cause in sorted({(k, c) for _, k, c in report.causes}):
            lines.append(f"{kind + ' ' + cause:<22}" + "".join(f"{report.causes.get((lang, kind, cause), 0):>6}"
                                                               for lang in langs))
    if show_mismatches and report.mismatches:
        lines += ["", f"Mismatches ({len(report.mismatches)}):"]
        for m in report.mismatches:
            g, p = m.get("gold"), m.get("predicted")
            kind = f"{m['kind']} ({m['cause']})" if "cause" in m else m["kind"]
            lines.append(f"  {m['doc']} {kind}: gold={_short(g)} predicted={_short(p)}")
    return "\n".join(lines)


def _short(d: dict[str, Any] | None) -> str:
    if not d:
        return "-"
    return f"{d['type']}/{d.get('mode')} {d.get('source')}->{d.get('target')} {d.get('date')} {d.get('status')}"
