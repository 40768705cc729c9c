"""Merge repeated mistakes into one pattern each; count outcomes of warnings.

The merge rules are pure functions over pattern dicts, and so is `fold`, which learns a
whole batch in memory against a read-only view of the store. The store (see
`worker.store_api`) commits what the fold decided atomically and once per event, so this
module knows nothing about Redis, and the store nothing about merging.
"""
from __future__ import annotations

import functools
import json
import marshal
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Sequence

from . import confidence as conf
from .classifier import classify_error_type
from .events import Event, utcnow
from .records import Classification
from .extractor import MAX_COMMON_MISTAKES, extract_usage_pattern, family_pattern, merge_evidence
from .required import learnable
from .rules import Rule
from .store_api import Changes, Item, Pattern, PatternStore, View, bucket_of, template_of
from .templates import may_reach, merge_templates, template_similarity, template_to_regex, tokenize

MERGE_THRESHOLD = 0.70
RELATED_THRESHOLD = 0.40
MAX_RELATED = 10
MAX_USERS = 200

bucket_key = bucket_of  # merge candidates share tool, category and parameter


def names_something_else(a: str, b: str) -> bool:
    """Two templates of one shape that differ in a plain word ("column" vs "relation", "pods" vs
    "deployments") describe different mistakes, however similar the rest of the message is.
    Values are masked before this point, so a differing plain word is meaning, not data."""
    words_a, words_b = tokenize(a), tokenize(b)
    if len(words_a) != len(words_b):
        return False
    return any(x != y and x.isalpha() and y.isalpha() for x, y in zip(words_a, words_b))


# Pure functions of two templates, asked again for every event that repeats a mistake (the same
# new template against the same bucket): remembered, so a merge costs dictionary lookups, not an
# alignment per stored template. Bounded: at most this many pairs (a few MB) per worker.
SCORES_KEPT = 32_768


@functools.lru_cache(maxsize=SCORES_KEPT)
def similarity(a: str, b: str) -> float:
    return template_similarity(a, b)


@functools.lru_cache(maxsize=SCORES_KEPT)
def merge_score(other: str, template: str) -> float:
    """How well `template` merges into `other`: 1.0 when equal, -1 when it names something else."""
    if other == template:
        return 1.0
    if names_something_else(other, template):
        return -1.0
    return similarity(other, template)


@functools.lru_cache(maxsize=SCORES_KEPT)
def merged_template(a: str, b: str) -> tuple[str, str]:
    """The template two observations share, and its regex."""
    template = merge_templates(a, b)
    return template, template_to_regex(template)


def merge_target(bucket: dict[str, str], template: str, threshold: float = MERGE_THRESHOLD) -> str | None:
    """The bucket's pattern to merge into: the most similar at or above the threshold."""
    best_id, best_score = None, 0.0
    for pid, other in bucket.items():
        score = merge_score(other, template)
        if score > best_score:
            best_id, best_score = pid, score
    return best_id if best_score >= threshold else None


def related_to(tool_templates: dict[str, str], template: str, threshold: float = MERGE_THRESHOLD) -> list[str]:
    """Patterns of the same tool that look alike but not enough to merge."""
    related: list[str] = []
    for pid, other in tool_templates.items():  # a pair that cannot reach RELATED_THRESHOLD is not aligned
        if may_reach(other, template, RELATED_THRESHOLD) and RELATED_THRESHOLD <= similarity(other, template) < threshold:
            related.append(pid)
            if len(related) == MAX_RELATED:
                break
    return related


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
    mistake["error_template"], mistake["error_regex"] = merged_template(template_of(existing), template_of(new))
    mistakes = list(mistake.get("common_mistakes") or [])
    for value in new["mistake_pattern"].get("common_mistakes") or []:
        if value not in mistakes:
            mistakes.append(value)
    mistake["common_mistakes"] = mistakes[-MAX_COMMON_MISTAKES:]
    for key in ("missing_step", "correct_sequence"):
        if not mistake.get(key) and new["mistake_pattern"].get(key):
            mistake[key] = new["mistake_pattern"][key]
    mistake.update(merge_evidence(mistake, new["mistake_pattern"]))
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


@dataclass(frozen=True)
class Observe:
    """A learnable mistake: merge into its bucket's most similar pattern, or add it."""
    pattern: Pattern


@dataclass(frozen=True)
class Outcome:
    """A warned call that then ran: count it on each warned pattern."""
    pattern_ids: tuple[str, ...]
    false_positive: bool
    user: str | None


def event_day(ts: str, now: datetime | None = None) -> str:
    """The UTC day an event happened (its ts) for the per-day counters; today when ts is not a time."""
    try:
        moment = datetime.fromisoformat(ts)
    except ValueError:
        moment = now or utcnow()
    return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).date().isoformat()


PLANS_KEPT = 4096
_PLANS: OrderedDict[tuple[Any, ...], tuple[Any, Classification, bool, bytes | None]] = OrderedDict()
_STAMP = "\x00seen\x00"  # where the observation time goes in a remembered pattern


def _judged(event: Event, rules: tuple[Rule, ...] | None) -> tuple[Classification, bool, Pattern | None]:
    """classify, learnable, extract: pure functions of the event's text, asked again for every exact
    repeat of a mistake (an agent retrying the same call), so the last PLANS_KEPT are remembered.
    The pattern comes back as a fresh copy with its times to be filled in: kept as marshal bytes of
    its JSON form (JSON types only, as a JSON round trip gives them), which copy back twice as fast."""
    key = (id(rules), event.tool, json.dumps(event.params, sort_keys=True), event.error, event.result, event.user,
           tuple(event.recent_calls))
    found = _PLANS.get(key)
    if found is None or found[0] is not rules:
        classification = classify_error_type(event.tool, event.params, event.error or "", event.result or "",
                                             rules=rules)
        usable = bool(classification["is_usage_error"]) and learnable(event.params, event.error or event.result or "",
                                                                     classification, event.tool)
        pattern = None
        if usable:  # a fresh copy of JSON types: the caller's to change, its bytes the remembered copy
            pattern = _as_json(extract_usage_pattern(
                event.tool, event.params, event.error or event.result or "", classification, _STAMPED, event.user,
                event.recent_calls))
        _PLANS[key] = (rules, classification, usable, marshal.dumps(pattern) if pattern is not None else None)
        if len(_PLANS) > PLANS_KEPT:
            _PLANS.popitem(last=False)
        return classification, usable, pattern
    _PLANS.move_to_end(key)
    _, classification, usable, stored = found
    return classification, usable, marshal.loads(stored) if stored is not None else None


class _NotPlain(Exception):
    pass


def _plain(value: Any) -> Any:
    """A copy of JSON-typed data (dicts with str keys, lists, tuples, str, int, float, bool, None; the exact
    types) as a JSON round trip gives it back: tuples become lists. _NotPlain for anything else."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict:
        out = {}
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            out[key] = _plain(item)
        return out
    if kind is list or kind is tuple:
        return [_plain(item) for item in value]
    raise _NotPlain


def _as_json(value: Any) -> Any:
    """`json.loads(json.dumps(value))`, without the text in between when the data is plain already."""
    try:
        return _plain(value)
    except (_NotPlain, RecursionError):
        return json.loads(json.dumps(value))


class _Stamped(datetime):
    """A moment whose isoformat() is the placeholder a remembered pattern's times are put in for."""

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        return _STAMP


_STAMPED = _Stamped(2000, 1, 1, tzinfo=timezone.utc)


def _stamp(pattern: Pattern, seen: str) -> Pattern:
    for key in ("first_seen", "last_seen"):
        if pattern.get(key) == _STAMP:
            pattern[key] = seen
    decay = pattern.get("decay")
    if isinstance(decay, dict) and decay.get("anchor") == _STAMP:
        decay["anchor"] = seen
    return pattern


def plan(event: Event, rules: tuple[Rule, ...] | None = None, now: datetime | None = None) -> tuple[Item, str]:
    """What one event asks of the store (pure): its counters, and the merge or outcome it implies.
    The string is the result unless the fold decides it (learned/merged, prevented/false_positive).
    `events_on:DAY` and `usage_errors_on:DAY` count per UTC day (the report's timeline)."""
    day = event_day(event.ts, now)
    if event.ok:
        counters = {"events": 1, "successes": 1, f"events_on:{day}": 1}
        if not event.warned_patterns:
            return Item(event.event_id, counters, event.ts), "success"
        counters["false_positives" if event.override else "prevention_successes"] = 1
        outcome = Outcome(tuple(event.warned_patterns), event.override, event.user)
        return Item(event.event_id, counters, event.ts, outcome), "false_positive" if event.override else "prevented"
    classification, usable, pattern = _judged(event, rules)
    counters = {"events": 1, "failures": 1, f"events_on:{day}": 1}
    if event.override and event.warned_patterns:
        counters["overrides_failed"] = 1
    if not classification["is_usage_error"]:
        kind = classification["infra_kind"] or "unknown"
        counters["infra_errors" if classification["infra_kind"] else "unknown_errors"] = 1
        counters[f"by_infra:{kind}"] = 1
        return Item(event.event_id, counters, event.ts), f"infra:{kind}"
    category = classification["error_category"]
    counters.update({"usage_errors": 1, f"by_category:{category}": 1, f"usage_errors_on:{day}": 1})
    if not usable or pattern is None:
        counters["not_learnable"] = 1
        return Item(event.event_id, counters, event.ts), f"not_learnable:{category}"
    pattern = _stamp(pattern, (now or utcnow()).isoformat())
    return Item(event.event_id, counters, event.ts, Observe(pattern)), "observe"


def fold(view: View, items: Sequence[Item], threshold: float = MERGE_THRESHOLD) -> Changes:
    """Learn a whole batch in memory against what the store holds (pure, given the view):
    each mistake merges into its bucket's most similar pattern (earlier ones of the batch
    included) or becomes a new pattern; outcomes adjust the warned patterns."""
    changes = Changes()
    buckets: dict[str, dict[str, str]] = {}
    tools: dict[str, dict[str, str]] = {}  # read only for new patterns (their related ones)
    added: dict[str, dict[str, str]] = {}  # this batch's patterns per tool, laid over what `tools` reads
    observed = [item.payload.pattern for item in items if isinstance(item.payload, Observe)]
    view.prefetch(buckets=[bucket_key(p) for p in observed])
    for name in dict.fromkeys(bucket_key(p) for p in observed):
        buckets[name] = view.bucket(name)
    targets = [merge_target(buckets[bucket_key(p)], template_of(p), threshold) for p in observed]
    outcomes = [pid for item in items if isinstance(item.payload, Outcome) for pid in item.payload.pattern_ids]
    fresh = [p["id"] for p, t in zip(observed, targets) if not t]  # a new one may share an existing id
    new_tools = [p["tool"] for p, t in zip(observed, targets) if not t]  # their related patterns are looked up
    # one per observed mistake, in order: two events of one pattern id may differ in what their family
    # pattern carries (a call shape), and each merges its own (as one event at a time does)
    families = [family_pattern(p) for p in observed]
    view.prefetch([t for t in targets if t] + fresh + outcomes + [f["id"] for f in families if f is not None],
                  tools=new_tools)  # one round trip for the reads

    def current(pattern_id: str) -> Pattern | None:
        return changes.writes.get(pattern_id) or view.pattern(pattern_id)

    def tool_templates(tool: str) -> dict[str, str]:
        if tool not in tools:
            tools[tool] = {**view.tool_templates(tool), **added.get(tool, {})}
        return tools[tool]

    observed_at = 0
    for item in items:
        changes.count(item.counters)
        payload = item.payload
        if isinstance(payload, Observe):
            family = families[observed_at]
            observed_at += 1
            new, name = payload.pattern, bucket_key(payload.pattern)
            bucket = buckets[name]
            target = merge_target(bucket, template_of(new), threshold)
            existing = current(target) if target else None
            if existing is None:  # the same mistake by id (tool, category, parameter, words): its history stays
                existing = current(new["id"])
            if existing is None:
                pattern = {**new, "related_patterns": related_to(tool_templates(new["tool"]), template_of(new), threshold)}
            else:
                pattern = merge_patterns(existing, new)
            created = existing is None
            changes.writes[pattern["id"]] = pattern
            bucket[pattern["id"]] = template_of(pattern)
            added.setdefault(new["tool"], {})[pattern["id"]] = template_of(pattern)
            if new["tool"] in tools:
                tools[new["tool"]][pattern["id"]] = template_of(pattern)
            changes.count({"patterns_created" if created else "observations_merged": 1})
            changes.results.append(f"{'learned' if created else 'merged'}:{pattern['id']}")
            if family is not None:  # the same mistake of the tool's family (`git_*`), with this tool among its members
                known = current(family["id"])
                changes.writes[family["id"]] = merge_patterns(known, family) if known is not None else family
        elif isinstance(payload, Outcome):
            for pattern_id in payload.pattern_ids:
                warned = current(pattern_id)
                if warned is not None:
                    changes.writes[pattern_id] = apply_outcome(warned, payload.false_positive, payload.user)
            changes.results.append("false_positive" if payload.false_positive else "prevented")
        else:
            changes.results.append("")  # counted; the planned result stands
    return changes


class UsagePatternLearner:
    """Turns events into store updates; a batch is learned in memory and committed at once, and
    each event counts once however often it is delivered."""

    def __init__(self, store: PatternStore, threshold: float = MERGE_THRESHOLD,
                 rules: tuple[Rule, ...] | None = None) -> None:
        self.store = store
        self.threshold = threshold
        self.rules = rules

    def learn_batch(self, events: Sequence[Event], now: datetime | None = None) -> list[str]:
        """One result per event: learned:<id>, merged:<id>, success, prevented, infra:<kind>, duplicate, ..."""
        planned = [plan(event, self.rules, now) for event in events]
        items = [item for item, _ in planned]
        done = self.store.apply_batch(items, lambda view, fresh: fold(view, fresh, self.threshold))
        return ["duplicate" if result is None else result or fixed for (_, fixed), result in zip(planned, done)]

    def analyze_result(self, event: Event, now: datetime | None = None) -> str:
        return self.learn_batch([event], now)[0]
