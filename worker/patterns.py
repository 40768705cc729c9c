"""The pattern record: defaults, validation and the ordering ops and agents see."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .confidence import HIGH_THRESHOLD, WARN_THRESHOLD, curve

REQUIRED = ("id", "tool", "error_category")


class InvalidPattern(ValueError):
    """A pattern record that cannot be stored; the message names it and the reason."""


def parse_time(value: Any) -> datetime:
    """Timestamps in the snapshot may be naive (the seed wrote local ISO times): read them as UTC."""
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def normalize_pattern(raw: Any) -> dict[str, Any]:
    """A seed-schema pattern with every field this project relies on; raises InvalidPattern."""
    if not isinstance(raw, dict):
        raise InvalidPattern(f"pattern must be a mapping, got {type(raw).__name__}")
    missing = [key for key in REQUIRED if not raw.get(key)]
    if missing:
        raise InvalidPattern(f"pattern {raw.get('id', '?')}: missing {', '.join(missing)}")
    from .rules import CATEGORIES  # here, not at import: a hook reading patterns needs no rule pack

    if raw["error_category"] not in CATEGORIES:
        raise InvalidPattern(f"pattern {raw['id']}: unknown error_category {raw['error_category']!r}")
    pattern = dict(raw)
    try:
        observations = int(pattern.get("observations", 1))
        confidence = float(pattern.get("confidence", curve(observations)))
        first_seen = parse_time(pattern.get("first_seen") or pattern.get("last_seen") or datetime.now(timezone.utc))
        last_seen = parse_time(pattern.get("last_seen") or first_seen)
    except (TypeError, ValueError) as exc:
        raise InvalidPattern(f"pattern {raw['id']}: {exc}") from None
    if not 0.0 <= confidence <= 1.0:
        raise InvalidPattern(f"pattern {raw['id']}: confidence {confidence} outside 0..1")
    mistake = dict(pattern.get("mistake_pattern") or {})
    mistake.setdefault("error_template", mistake.get("error_regex") or "")
    mistake.setdefault("error_regex", "")
    mistake.setdefault("parameter", None)
    mistake.setdefault("validation", {})
    mistake.setdefault("common_mistakes", [])
    mistake.setdefault("missing_step", None)
    mistake.setdefault("correct_sequence", [])
    pattern.update(
        id=str(pattern["id"]),
        mistake_pattern=mistake,
        observations=observations,
        confidence=round(confidence, 4),
        first_seen=first_seen.isoformat(),
        last_seen=last_seen.isoformat(),
        success_after_prevention=int(pattern.get("success_after_prevention", 0)),
        false_positives=int(pattern.get("false_positives", 0)),
        related_patterns=list(pattern.get("related_patterns") or []),
        per_user=dict(pattern.get("per_user") or {}),
        prevention_steps=list(pattern.get("prevention_steps") or []),
        root_cause=str(pattern.get("root_cause") or ""),
    )
    pattern.setdefault("decay", {"anchor": pattern["last_seen"], "periods": 0})
    return pattern


def summary_stats(patterns: list[dict[str, Any]], counters: dict[str, int]) -> dict[str, Any]:
    """The seed's stats block, plus the event counters the workers keep."""
    by_category: dict[str, int] = {}
    for pattern in patterns:
        by_category[pattern["error_category"]] = by_category.get(pattern["error_category"], 0) + 1
    prevented = sum(int(p.get("success_after_prevention", 0)) for p in patterns)
    false_positives = sum(int(p.get("false_positives", 0)) for p in patterns)
    warned = prevented + false_positives
    by_user: dict[str, dict[str, Any]] = {}
    for pattern in patterns:
        for user, counts in (pattern.get("per_user") or {}).items():
            mine = by_user.setdefault(user, {"observations": 0, "prevented": 0, "false_positives": 0})
            for key in mine:
                mine[key] += int(counts.get(key, 0))
    for counts in by_user.values():
        user_warned = counts["prevented"] + counts["false_positives"]
        counts["prevention_success_rate"] = round(counts["prevented"] / user_warned, 3) if user_warned else None
    return {
        "total_usage_patterns": len(patterns),
        "high_confidence": sum(1 for p in patterns if p["confidence"] >= HIGH_THRESHOLD),
        "medium_confidence": sum(1 for p in patterns if WARN_THRESHOLD <= p["confidence"] < HIGH_THRESHOLD),
        "low_confidence": sum(1 for p in patterns if p["confidence"] < WARN_THRESHOLD),
        "by_category": dict(sorted(by_category.items())),
        "prevention_successes": prevented,
        "false_positives": false_positives,
        "prevention_success_rate": round(prevented / warned, 3) if warned else 0.0,
        "by_user": dict(sorted(by_user.items())),
        "events": dict(sorted(counters.items())),
    }
