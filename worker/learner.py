"""Merge repeated mistakes into one pattern each; count outcomes of warnings.

The merge rules are pure functions over pattern dicts. `UsagePatternLearner` applies
them to a store that makes each read-merge-write atomic (see `worker.storage`), so it
knows nothing about Redis.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from . import confidence as conf
from .classifier import classify_error_type
from .events import Event, utcnow
from .extractor import MAX_COMMON_MISTAKES, extract_usage_pattern
from .rules import Rule
from .templates import merge_templates, template_similarity, template_to_regex, tokenize

MERGE_THRESHOLD = 0.70
RELATED_THRESHOLD = 0.40
MAX_RELATED = 10
MAX_USERS = 200

Pattern = dict[str, Any]


def bucket_key(pattern: Pattern) -> str:
    """Merge candidates share tool, category and parameter (empty when unknown)."""
    return f"{pattern['tool']}|{pattern['error_category']}|{pattern['mistake_pattern'].get('parameter') or ''}"


def template_of(pattern: Pattern) -> str:
    return pattern["mistake_pattern"]["error_template"]


def names_something_else(a: str, b: str) -> bool:
    """Two templates of one shape that differ in a plain word ("column" vs "relation", "pods" vs
    "deployments") describe different mistakes, however similar the rest of the message is.
    Values are masked before this point, so a differing plain word is meaning, not data."""
    words_a, words_b = tokenize(a), tokenize(b)
    if len(words_a) != len(words_b):
        return False
    return any(x != y and x.isalpha() and y.isalpha() for x, y in zip(words_a, words_b))


def merge_target(bucket: dict[str, str], template: str, threshold: float = MERGE_THRESHOLD) -> str | None:
    """The bucket's pattern to merge into: the most similar at or above the threshold."""
    best_id, best_score = None, 0.0
    for pid, other in bucket.items():
        if other != template and names_something_else(other, template):
            continue
        score = 1.0 if other == template else template_similarity(other, template)
        if score > best_score:
            best_id, best_score = pid, score
    return best_id if best_score >= threshold else None


def related_to(tool_templates: dict[str, str], template: str, threshold: float = MERGE_THRESHOLD) -> list[str]:
    """Patterns of the same tool that look alike but not enough to merge."""
    return [pid for pid, other in tool_templates.items()
            if RELATED_THRESHOLD <= template_similarity(other, template) < threshold][:MAX_RELATED]


def _merge_users(into: dict[str, dict[str, int]], other: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    merged = {user: dict(counts) for user, counts in into.items()}
    for user, counts in other.items():
        if user not in merged and len(merged) >= MAX_USERS:
            continue
        mine = merged.setdefault(user, {})
        for key, value in counts.items():
            mine[key] = mine.get(key, 0) + value
    return merged


def merge_patterns(existing: Pattern, new: Pattern) -> Pattern:
    """Fold a new observation into an existing pattern; the id and its history stay."""
    merged = {**existing, "mistake_pattern": dict(existing["mistake_pattern"])}
    mistake = merged["mistake_pattern"]
    template = merge_templates(template_of(existing), template_of(new))
    mistake["error_template"] = template
    mistake["error_regex"] = template_to_regex(template)
    mistakes = list(mistake.get("common_mistakes") or [])
    for value in new["mistake_pattern"].get("common_mistakes") or []:
        if value not in mistakes:
            mistakes.append(value)
    mistake["common_mistakes"] = mistakes[-MAX_COMMON_MISTAKES:]
    for key in ("missing_step", "correct_sequence"):
        if not mistake.get(key) and new["mistake_pattern"].get(key):
            mistake[key] = new["mistake_pattern"][key]
    before = int(existing.get("observations", 1))
    after = before + int(new.get("observations", 1))
    merged["observations"] = after
    merged["confidence"] = conf.after_observations(float(existing.get("confidence", conf.curve(before))), before, after)
    merged["last_seen"] = max(existing.get("last_seen", ""), new.get("last_seen", ""))
    merged["per_user"] = _merge_users(existing.get("per_user") or {}, new.get("per_user") or {})
    return merged


def apply_outcome(pattern: Pattern, false_positive: bool, user: str | None) -> Pattern:
    """A warned call that then succeeded: a prevention success, or a false positive if overridden."""
    updated = dict(pattern)
    if false_positive:
        updated["false_positives"] = int(pattern.get("false_positives", 0)) + 1
        updated["confidence"] = conf.after_false_positive(float(pattern["confidence"]))
    else:
        updated["success_after_prevention"] = int(pattern.get("success_after_prevention", 0)) + 1
        updated["confidence"] = conf.after_prevention_success(float(pattern["confidence"]))
    if user:
        key = "false_positives" if false_positive else "prevented"
        updated["per_user"] = _merge_users(pattern.get("per_user") or {}, {user: {key: 1}})
    return updated


def prevention_rate(pattern: Pattern) -> float | None:
    warned = int(pattern.get("success_after_prevention", 0)) + int(pattern.get("false_positives", 0))
    return round(pattern.get("success_after_prevention", 0) / warned, 3) if warned else None


class PatternStore(Protocol):
    def observe(self, event_id: str, new: Pattern, threshold: float,
                counters: dict[str, int]) -> tuple[str, bool] | None: ...
    def record_outcome(self, event_id: str, pattern_ids: list[str], false_positive: bool,
                       user: str | None, counters: dict[str, int]) -> bool | None: ...
    def count_event(self, event_id: str, counters: dict[str, int]) -> bool: ...


class UsagePatternLearner:
    """Turns one event into the store updates it implies; each event counts once."""

    def __init__(self, store: PatternStore, threshold: float = MERGE_THRESHOLD,
                 rules: tuple[Rule, ...] | None = None) -> None:
        self.store = store
        self.threshold = threshold
        self.rules = rules

    def analyze_result(self, event: Event, now: datetime | None = None) -> str:
        """Returns what happened: learned:<id>, merged:<id>, success, prevented, infra:<kind>, ..."""
        if event.blocked:  # denied before it ran: counted, nothing to learn
            counters = {"events": 1, "blocked_calls": 1}
            return "blocked" if self.store.count_event(event.event_id, counters) else "duplicate"
        if event.ok:
            return self._outcome(event)
        classification = classify_error_type(event.tool, event.params, event.error or "", event.result or "",
                                             rules=self.rules)
        counters = {"events": 1, "failures": 1}
        if event.override and event.warned_patterns:
            counters["overrides_failed"] = 1
        if not classification["is_usage_error"]:
            kind = classification["infra_kind"] or "unknown"
            counters["infra_errors" if classification["infra_kind"] else "unknown_errors"] = 1
            counters[f"by_infra:{kind}"] = 1
            return f"infra:{kind}" if self.store.count_event(event.event_id, counters) else "duplicate"
        category = classification["error_category"]
        counters.update({"usage_errors": 1, f"by_category:{category}": 1})
        if not classification["learnable"]:
            counters["not_learnable"] = 1
            return f"not_learnable:{category}" if self.store.count_event(event.event_id, counters) else "duplicate"
        pattern = extract_usage_pattern(event.tool, event.params, event.error or event.result or "",
                                        classification, now or utcnow(), event.user)
        done = self.store.observe(event.event_id, pattern, self.threshold, counters)
        if done is None:
            return "duplicate"
        pattern_id, created = done
        return f"{'learned' if created else 'merged'}:{pattern_id}"

    def _outcome(self, event: Event) -> str:
        counters = {"events": 1, "successes": 1}
        if not event.warned_patterns:
            return "success" if self.store.count_event(event.event_id, counters) else "duplicate"
        counters["false_positives" if event.override else "prevention_successes"] = 1
        done = self.store.record_outcome(event.event_id, event.warned_patterns, event.override, event.user, counters)
        if done is None:
            return "duplicate"
        return "false_positive" if event.override else "prevented"
