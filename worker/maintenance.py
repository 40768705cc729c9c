"""Decay and pruning as pure functions of a pattern and a clock.

Decay is derived, not accumulated: the number of full 30-day periods since `last_seen`
is compared with the periods already applied for that same `last_seen` (kept in
`pattern["decay"]`). So a daily run, a weekly run and two runs in one minute all end at
the same confidence, and `last_seen` is never touched. A new observation moves
`last_seen`, which starts a fresh count; the decay already applied stays in the confidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from . import confidence as conf
from .patterns import parse_time

PRUNE_AFTER_DAYS = 90
PRUNE_BELOW = 0.70


def decay_pattern(pattern: dict[str, Any], now: datetime) -> dict[str, Any]:
    last_seen = pattern["last_seen"]
    decay = pattern.get("decay") or {}
    applied = int(decay.get("periods", 0)) if decay.get("anchor") == last_seen else 0
    due = conf.decay_periods_due(parse_time(last_seen), now)
    if due <= applied:
        return pattern
    return {**pattern, "confidence": conf.decayed(float(pattern["confidence"]), due - applied),
            "decay": {"anchor": last_seen, "periods": due}}


def prune_reason(pattern: dict[str, Any], now: datetime, max_age_days: int = PRUNE_AFTER_DAYS,
                 min_confidence: float = PRUNE_BELOW) -> str | None:
    """Old AND weak; a young pattern is never pruned, however few its observations."""
    idle = now - parse_time(pattern["last_seen"])
    if idle > timedelta(days=max_age_days) and pattern["confidence"] < min_confidence:
        return f"not seen for {idle.days} days and confidence {pattern['confidence']:.2f} < {min_confidence:.2f}"
    return None


def maintain_pattern(pattern: dict[str, Any], now: datetime) -> dict[str, Any] | None:
    """Decay, then prune: None means delete."""
    decayed = decay_pattern(pattern, now)
    return None if prune_reason(decayed, now) else decayed


@dataclass
class MaintenanceReport:
    ran_at: str
    dry_run: bool
    decayed: list[dict[str, Any]] = field(default_factory=list)
    pruned: list[dict[str, Any]] = field(default_factory=list)
    patterns_before: int = 0
    patterns_after: int = 0
    snapshot: str | None = None
    duration_ms: float = 0.0
    skipped: str | None = None

    def note(self, before: dict[str, Any], after: dict[str, Any] | None, now: datetime) -> None:
        if after is not None and after["confidence"] != before["confidence"]:
            self.decayed.append({"id": before["id"], "from": before["confidence"], "to": after["confidence"]})
        if after is None:
            decayed = decay_pattern(before, now)
            if decayed["confidence"] != before["confidence"]:
                self.decayed.append({"id": before["id"], "from": before["confidence"], "to": decayed["confidence"]})
            self.pruned.append({"id": before["id"], "why": prune_reason(decayed, now)})

    def to_dict(self) -> dict[str, Any]:
        return {
            "ran_at": self.ran_at, "dry_run": self.dry_run, "skipped": self.skipped,
            "totals": {"decayed": len(self.decayed), "pruned": len(self.pruned),
                       "patterns_before": self.patterns_before, "patterns_after": self.patterns_after},
            "decayed": self.decayed, "pruned": self.pruned,
            "snapshot": self.snapshot, "duration_ms": round(self.duration_ms, 2),
        }
