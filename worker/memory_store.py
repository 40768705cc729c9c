"""The pattern store in process memory: the same contract as the Redis store (`worker.store_api`),
for unit tests, the demo and tools that need no server. One lock makes every batch atomic.

`reads` records what folds read (bucket, pattern, tool), so a test can check that a merge
reads only its own bucket; a full scan shows up as ("scan", "*").
"""
from __future__ import annotations

import copy
import json
import threading
import time
import uuid
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Sequence

from .confidence import HIGH_THRESHOLD
from .maintenance import PRUNE_AFTER_DAYS, PRUNE_BELOW, prune_reason
from .patterns import normalize_pattern, summary_stats
from .store_api import Changes, Fold, Item, Pattern, bucket_of, template_of

DEAD_LETTERS_KEPT = 1000
REPORTS_KEPT = 100
AUDIT_KEPT = 10_000


class _MemoryView:
    def __init__(self, store: InMemoryStore) -> None:
        self.store = store

    def prefetch(self, pattern_ids: Iterable[str] = (), buckets: Iterable[str] = (),
                 tools: Iterable[str] = ()) -> None:
        return None

    def bucket(self, bucket: str) -> dict[str, str]:
        self.store.reads.append(("bucket", bucket))
        return dict(self.store._buckets.get(bucket, {}))

    def tool_templates(self, tool: str) -> dict[str, str]:
        self.store.reads.append(("tool", tool))
        return dict(self.store._tools.get(tool, {}))

    def pattern(self, pattern_id: str) -> Pattern | None:
        self.store.reads.append(("pattern", pattern_id))
        return self.store._get(pattern_id)


class InMemoryStore:
    def __init__(self) -> None:
        self.reads: list[tuple[str, str]] = []
        self._lock = threading.RLock()
        self._patterns: dict[str, Pattern] = {}
        self._buckets: dict[str, dict[str, str]] = {}
        self._tools: dict[str, dict[str, str]] = {}
        self._related: dict[str, set[str]] = {}
        self._seen: set[str] = set()
        self._stats: dict[str, int] = {}
        self._version = 0
        self._dead: list[str] = []
        self._reports: list[dict[str, Any]] = []
        self._audit: list[dict[str, Any]] = []
        self._claims: set[tuple[int, int]] = set()
        self._flags: dict[str, Any] = {}
        self._store_id = uuid.uuid4().hex
        self._inbox: list[str] = []

    # ------------------------------------------------------------------ batches
    def apply_batch(self, items: Sequence[Item], fold: Fold, now: float | None = None) -> list[Any]:
        with self._lock:
            results: list[Any] = [None] * len(items)
            fresh: dict[str, int] = {}
            for index, item in enumerate(items):
                if item.event_id not in self._seen and item.event_id not in fresh:
                    fresh[item.event_id] = index
            chosen = sorted(fresh.values())
            if not chosen:
                return results
            changes = fold(_MemoryView(self), [items[i] for i in chosen])
            self._apply(changes)
            self._seen.update(fresh)
            for index, result in zip(chosen, changes.results):
                results[index] = result
            return results

    def _apply(self, changes: Changes) -> None:
        for pattern in changes.writes.values():
            self._index(pattern)
        self.count(changes.counters)

    def count(self, counters: dict[str, int]) -> None:
        with self._lock:
            for name, amount in counters.items():
                self._stats[name] = self._stats.get(name, 0) + amount

    # ------------------------------------------------------------------ reads
    def _get(self, pattern_id: str) -> Pattern | None:
        found = self._patterns.get(pattern_id)
        if found is None:
            return None
        pattern = copy.deepcopy(found)
        pattern["related_patterns"] = sorted(self._related.get(pattern_id, set()))
        return pattern

    def version(self) -> int:
        return self._version

    def get_pattern(self, pattern_id: str) -> Pattern | None:
        with self._lock:
            return self._get(pattern_id)

    def pattern_ids(self) -> list[str]:
        return sorted(self._patterns)

    def _fetch(self, ids: Iterable[str]) -> list[Pattern]:
        found = [p for p in (self._get(i) for i in ids) if p is not None]
        return sorted(found, key=lambda p: (-p["confidence"], -p["observations"], p["id"]))

    def list_patterns(self) -> list[Pattern]:
        with self._lock:
            self.reads.append(("scan", "*"))
            return self._fetch(list(self._patterns))

    def iter_patterns(self, chunk: int = 1000) -> Iterable[Pattern]:
        return sorted(self.list_patterns(), key=lambda p: p["id"])

    def get_patterns_for_tool(self, tool: str, min_confidence: float = 0.0) -> list[Pattern]:
        with self._lock:
            return [p for p in self._fetch(self._tools.get(tool, {})) if p["confidence"] >= min_confidence]

    def get_high_confidence_patterns(self, min_confidence: float = HIGH_THRESHOLD) -> list[Pattern]:
        return [p for p in self.list_patterns() if p["confidence"] >= min_confidence]

    def counters(self) -> dict[str, int]:
        return dict(self._stats)

    def stats(self) -> dict[str, Any]:
        return summary_stats(self.list_patterns(), self.counters())

    def is_empty(self) -> bool:
        return not self._patterns

    # ------------------------------------------------------------------ writes
    def _index(self, pattern: Pattern) -> None:
        pattern_id, template = pattern["id"], template_of(pattern)
        self._patterns[pattern_id] = copy.deepcopy({k: v for k, v in pattern.items() if k != "related_patterns"})
        self._buckets.setdefault(bucket_of(pattern), {})[pattern_id] = template
        self._tools.setdefault(pattern["tool"], {})[pattern_id] = template
        for other in pattern.get("related_patterns") or []:
            self._related.setdefault(pattern_id, set()).add(other)
            self._related.setdefault(other, set()).add(pattern_id)
        self._version += 1

    def add_pattern(self, pattern: Pattern) -> Pattern:
        pattern = normalize_pattern(pattern)
        with self._lock:
            existing = self._get(pattern["id"])
            if existing and bucket_of(existing) != bucket_of(pattern):
                self._buckets.get(bucket_of(existing), {}).pop(existing["id"], None)
            if existing and existing["tool"] != pattern["tool"]:
                self._tools.get(existing["tool"], {}).pop(existing["id"], None)
            self._index(pattern)
        return pattern

    update_pattern = add_pattern

    def _unindex(self, pattern: Pattern, actor: str | None, reason: str | None) -> None:
        pattern_id = pattern["id"]
        self._audit.insert(0, {"action": "delete", "id": pattern_id, "tool": pattern["tool"], "actor": actor,
                               "reason": reason, "at": datetime.now(timezone.utc).isoformat(), "pattern": pattern})
        del self._audit[AUDIT_KEPT:]
        self._patterns.pop(pattern_id, None)
        self._buckets.get(bucket_of(pattern), {}).pop(pattern_id, None)
        self._tools.get(pattern["tool"], {}).pop(pattern_id, None)
        for other in self._related.pop(pattern_id, set()):
            self._related.get(other, set()).discard(pattern_id)
        self._version += 1

    def delete_pattern(self, pattern_id: str, actor: str | None = None, reason: str | None = None) -> bool:
        with self._lock:
            pattern = self._get(pattern_id)
            if pattern is None:
                return False
            self._unindex(pattern, actor, reason)
            return True

    def apply_each(self, change: Callable[[Pattern], Pattern | None],
                   actor: str = "maintenance") -> list[tuple[Pattern, Pattern | None]]:
        done = []
        with self._lock:
            for pattern_id in self.pattern_ids():
                stored = self._patterns[pattern_id]
                before = copy.deepcopy(stored)
                after = change(copy.deepcopy(stored))
                if after is None:
                    self._unindex(self._get(pattern_id) or before, actor, "pruned")
                elif after != before:
                    self._index({k: v for k, v in after.items() if k != "related_patterns"})
                if after != before:
                    done.append((before, after))
        return done

    def prune_old_patterns(self, max_age_days: int = PRUNE_AFTER_DAYS, min_confidence: float = PRUNE_BELOW,
                           now: datetime | None = None) -> list[str]:
        moment = now or datetime.now(timezone.utc)

        def prune(pattern: Pattern) -> Pattern | None:
            return None if prune_reason(pattern, moment, max_age_days, min_confidence) else pattern

        return [before["id"] for before, after in self.apply_each(prune) if after is None]

    # ------------------------------------------------------------------ operations
    def keep_dead_letter(self, raw: Any) -> None:
        with self._lock:
            self._dead.insert(0, json.dumps(raw, default=str))
            del self._dead[DEAD_LETTERS_KEPT:]
            self._stats["failed_events"] = self._stats.get("failed_events", 0) + 1

    def dead_letters(self) -> list[str]:
        return list(reversed(self._dead))

    def dead_letter_count(self) -> int:
        return len(self._dead)

    def drop_dead_letters(self, count: int) -> None:
        if count > 0:
            del self._dead[-count:]

    def remove_dead_letter(self, raw: str) -> bool:
        with self._lock:
            if raw not in self._dead:
                return False
            self._dead.remove(raw)
            return True

    def keep_report(self, report: dict[str, Any]) -> None:
        self._reports.insert(0, json.loads(json.dumps(report)))
        del self._reports[REPORTS_KEPT:]

    def maintenance_reports(self, count: int = 30) -> list[dict[str, Any]]:
        return self._reports[:count]

    def claim_period(self, period_seconds: int, period: int) -> bool:
        with self._lock:
            if (period_seconds, period) in self._claims:
                return False
            self._claims.add((period_seconds, period))
            return True

    def audit_trail(self, count: int = 100) -> list[dict[str, Any]]:
        return copy.deepcopy(self._audit[:count])

    def record_audit(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._audit.insert(0, json.loads(json.dumps({"at": datetime.now(timezone.utc).isoformat(), **entry},
                                                        default=str)))
            del self._audit[AUDIT_KEPT:]

    def store_id(self) -> str:
        return self._store_id

    # ------------------------------------------------------------------ snapshot lifecycle
    def is_seeded(self) -> bool:
        return bool(self._flags.get("seeded"))

    def mark_seeded(self) -> None:
        self._flags["seeded"] = True

    def snapshot_version(self) -> int:
        return int(self._flags.get("snapshot_version", -1))

    def mark_snapshot_written(self, version: int) -> None:
        self._flags["snapshot_version"] = version

    def try_lock(self, name: str, seconds: int) -> str | None:
        with self._lock:
            held = self._flags.get(name)
            if held and held[1] > time.monotonic():
                return None
            token = f"{time.time():.6f}"
            self._flags[name] = (token, time.monotonic() + seconds)
            return token

    def release(self, name: str, token: str) -> None:
        with self._lock:
            if (self._flags.get(name) or ("",))[0] == token:
                self._flags.pop(name, None)

    # ------------------------------------------------------------------ inbox
    def push_inbox(self, raw_events: list[str]) -> None:
        with self._lock:
            self._inbox.extend(raw_events)

    def peek_inbox(self, count: int) -> list[str]:
        return self._inbox[:count]

    def trim_inbox(self, count: int, token: str) -> bool:
        with self._lock:
            if (self._flags.get("inbox_lock") or ("",))[0] != token:
                return False
            del self._inbox[:count]
            return True

    def inbox_length(self) -> int:
        return len(self._inbox)

    def request_drain(self) -> bool:
        return self.try_lock("inbox_drain", 60) is not None

    def finish_drain(self) -> bool:
        with self._lock:
            if self._inbox:
                return False
            self._flags.pop("inbox_drain", None)
            return True
