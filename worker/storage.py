"""The live pattern store in Redis: every read-merge-write is one optimistic transaction.

Keys (all under a prefix, `usage:` by default, so tests and tenants can share a server):
  pattern:<id>     JSON of one pattern          ids            set of all ids
  tool:<tool>      hash id → template           bucket:<key>   hash id → template (merge candidates)
  related:<id>     set of related ids           event:<id>     marker: this event was counted
  stats            hash of event counters       version        bumped on every write (cache key)
A merge reads only its bucket, never every pattern, so its cost does not grow with the store.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from redis import Redis, WatchError

from . import learner
from .keys import Keys
from .patterns import normalize_pattern, parse_time, summary_stats

EVENT_TTL_SECONDS = 7 * 24 * 3600
DEAD_LETTERS_KEPT = 1000
REPORTS_KEPT = 100
AUDIT_KEPT = 10_000
Pattern = dict[str, Any]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class UsagePatternStorage:
    def __init__(self, redis: Redis, prefix: str = "usage:") -> None:
        self.redis = redis
        self.prefix = prefix
        self.keys = Keys(prefix)

    def _pattern_key(self, pattern_id: str) -> str:
        return self.keys.pattern(pattern_id)

    # ------------------------------------------------------------------ reads
    def version(self) -> int:
        return int(self.redis.get(self.keys.version) or 0)

    def get_pattern(self, pattern_id: str) -> Pattern | None:
        raw = self.redis.get(self._pattern_key(pattern_id))
        if raw is None:
            return None
        pattern = json.loads(raw)
        pattern["related_patterns"] = sorted(_text(r) for r in self.redis.smembers(self.keys.related(pattern_id)))
        return pattern

    def list_patterns(self) -> list[Pattern]:
        return self._fetch(sorted(_text(i) for i in self.redis.smembers(self.keys.ids)))

    def _fetch(self, ids: list[str]) -> list[Pattern]:
        """Patterns by id in one round trip, most confident first."""
        if not ids:
            return []
        with self.redis.pipeline(transaction=False) as pipe:
            for pattern_id in ids:
                pipe.get(self._pattern_key(pattern_id))
                pipe.smembers(self.keys.related(pattern_id))
            replies = pipe.execute()
        patterns = []
        for raw, related in zip(replies[0::2], replies[1::2]):
            if raw is not None:
                pattern = json.loads(raw)
                pattern["related_patterns"] = sorted(_text(r) for r in related)
                patterns.append(pattern)
        return sorted(patterns, key=lambda p: (-p["confidence"], -p["observations"], p["id"]))

    def get_patterns_for_tool(self, tool: str, min_confidence: float = 0.0) -> list[Pattern]:
        ids = sorted(_text(i) for i in self.redis.hkeys(self.keys.tool(tool)))
        return [p for p in self._fetch(ids) if p["confidence"] >= min_confidence]

    def get_high_confidence_patterns(self, min_confidence: float = 0.85) -> list[Pattern]:
        return [p for p in self.list_patterns() if p["confidence"] >= min_confidence]

    def counters(self) -> dict[str, int]:
        return {_text(k): int(v) for k, v in self.redis.hgetall(self.keys.stats).items()}

    def stats(self) -> dict[str, Any]:
        return summary_stats(self.list_patterns(), self.counters())

    # ------------------------------------------------------------------ writes
    def _index(self, pipe: Any, pattern: Pattern) -> None:
        template = learner.template_of(pattern)
        pipe.set(self._pattern_key(pattern["id"]), json.dumps({k: v for k, v in pattern.items() if k != "related_patterns"}))
        pipe.hset(self.keys.bucket(learner.bucket_key(pattern)), pattern["id"], template)
        pipe.hset(self.keys.tool(pattern["tool"]), pattern["id"], template)
        pipe.sadd(self.keys.ids, pattern["id"])
        for other in pattern.get("related_patterns") or []:
            pipe.sadd(self.keys.related(pattern["id"]), other)
            pipe.sadd(self.keys.related(other), pattern["id"])
        pipe.incr(self.keys.version)

    def add_pattern(self, pattern: Pattern) -> Pattern:
        """Store a pattern as given (import, tests); replaces one with the same id."""
        pattern = normalize_pattern(pattern)
        existing = self.get_pattern(pattern["id"])
        with self.redis.pipeline() as pipe:
            if existing and learner.bucket_key(existing) != learner.bucket_key(pattern):
                pipe.hdel(self.keys.bucket(learner.bucket_key(existing)), existing["id"])
            self._index(pipe, pattern)
            pipe.execute()
        return pattern

    update_pattern = add_pattern

    def delete_pattern(self, pattern_id: str, actor: str | None = None, reason: str | None = None) -> bool:
        """Delete a pattern and every index that names it; an audit entry records who and why."""
        pattern = self.get_pattern(pattern_id)
        if pattern is None:
            return False
        with self.redis.pipeline() as pipe:
            self._unindex(pipe, pattern)
            pipe.lpush(self.keys.audit, json.dumps({
                "action": "delete", "id": pattern_id, "tool": pattern["tool"], "actor": actor, "reason": reason,
                "at": datetime.now(timezone.utc).isoformat(), "pattern": pattern}))
            pipe.ltrim(self.keys.audit, 0, AUDIT_KEPT - 1)
            pipe.execute()
        return True

    def _unindex(self, pipe: Any, pattern: Pattern) -> None:
        """The one deletion path (admin delete and prune alike): pattern, indexes and related links."""
        pattern_id = pattern["id"]
        pipe.delete(self._pattern_key(pattern_id), self.keys.related(pattern_id))
        pipe.hdel(self.keys.bucket(learner.bucket_key(pattern)), pattern_id)
        pipe.hdel(self.keys.tool(pattern["tool"]), pattern_id)
        pipe.srem(self.keys.ids, pattern_id)
        for other in pattern.get("related_patterns") or []:
            pipe.srem(self.keys.related(other), pattern_id)
        pipe.incr(self.keys.version)

    def _count(self, pipe: Any, event_id: str, counters: dict[str, int]) -> None:
        pipe.set(self.keys.event(event_id), 1, ex=EVENT_TTL_SECONDS)
        for name, amount in counters.items():
            pipe.hincrby(self.keys.stats, name, amount)

    def count_event(self, event_id: str, counters: dict[str, int]) -> bool:
        """Count an event that changes no pattern; False when it was counted before."""
        if not self.redis.set(self.keys.event(event_id), 1, nx=True, ex=EVENT_TTL_SECONDS):
            return False
        with self.redis.pipeline() as pipe:
            for name, amount in counters.items():
                pipe.hincrby(self.keys.stats, name, amount)
            pipe.execute()
        return True

    def observe(self, event_id: str, new: Pattern, threshold: float,
                counters: dict[str, int]) -> tuple[str, bool] | None:
        """Merge a new observation into its most similar pattern, or add it; once per event."""
        done_key = self.keys.event(event_id)
        bucket_key = self.keys.bucket(learner.bucket_key(new))
        template = learner.template_of(new)
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(done_key, bucket_key)
                    if pipe.exists(done_key):
                        pipe.unwatch()
                        return None
                    bucket = {_text(k): _text(v) for k, v in pipe.hgetall(bucket_key).items()}
                    target = learner.merge_target(bucket, template, threshold)
                    existing = None
                    if target is not None:
                        pipe.watch(self._pattern_key(target))
                        raw = pipe.get(self._pattern_key(target))
                        existing = json.loads(raw) if raw else None
                    if existing is None:
                        tool_templates = {_text(k): _text(v) for k, v in pipe.hgetall(self.keys.tool(new["tool"])).items()}
                        related = learner.related_to(tool_templates, template, threshold)
                        pattern, created = {**new, "related_patterns": related}, True
                    else:
                        pattern, created = learner.merge_patterns(existing, new), False
                    pipe.multi()
                    self._index(pipe, pattern)
                    self._count(pipe, event_id, {**counters, "patterns_created" if created else "observations_merged": 1})
                    pipe.execute()
                    return pattern["id"], created
                except WatchError:
                    continue

    def _update_each(self, pattern_ids: list[str], change: Callable[[Pattern], Pattern | None]) -> list[tuple[Pattern, Pattern | None]]:
        """Apply a pure change to each pattern atomically; None from `change` deletes it."""
        done = []
        for pattern_id in pattern_ids:
            key = self._pattern_key(pattern_id)
            with self.redis.pipeline() as pipe:
                while True:
                    try:
                        pipe.watch(key)
                        raw = pipe.get(key)
                        if raw is None:
                            pipe.unwatch()
                            break
                        before = json.loads(raw)
                        after = change(before)
                        related = [_text(r) for r in pipe.smembers(self.keys.related(pattern_id))] if after is None else []
                        pipe.multi()
                        if after is None:
                            self._unindex(pipe, {**before, "related_patterns": related})
                        elif after != before:
                            self._index(pipe, after)
                        pipe.execute()
                        if after != before:
                            done.append((before, after))
                        break
                    except WatchError:
                        continue
        return done

    def record_outcome(self, event_id: str, pattern_ids: list[str], false_positive: bool,
                       user: str | None, counters: dict[str, int]) -> bool | None:
        """Count a warned call's outcome on each warned pattern; None when seen before."""
        if not self.redis.set(self.keys.event(event_id), 1, nx=True, ex=EVENT_TTL_SECONDS):
            return None
        self._update_each(pattern_ids, lambda p: learner.apply_outcome(p, false_positive, user))
        with self.redis.pipeline() as pipe:
            for name, amount in counters.items():
                pipe.hincrby(self.keys.stats, name, amount)
            pipe.execute()
        return True

    def apply_each(self, change: Callable[[Pattern], Pattern | None]) -> list[tuple[Pattern, Pattern | None]]:
        """Run a pure change over every pattern (maintenance); returns (before, after) of each changed one."""
        return self._update_each(sorted(_text(i) for i in self.redis.smembers(self.keys.ids)), change)

    def prune_old_patterns(self, max_age_days: int = 90, min_confidence: float = 0.70,
                           now: datetime | None = None) -> list[str]:
        """Delete patterns not observed for max_age_days whose confidence is under min_confidence."""
        cutoff = (now or datetime.now().astimezone()) - timedelta(days=max_age_days)

        def prune(pattern: Pattern) -> Pattern | None:
            old = parse_time(pattern["last_seen"]) < cutoff
            return None if old and pattern["confidence"] < min_confidence else pattern

        return [before["id"] for before, after in self.apply_each(prune) if after is None]

    # ------------------------------------------------------------------ operations
    def keep_dead_letter(self, raw: Any) -> None:
        """An event that made the learner fail, kept (bounded) for a replay after a fix; counted."""
        with self.redis.pipeline() as pipe:
            pipe.lpush(self.keys.dead_letters, json.dumps(raw, default=str))
            pipe.ltrim(self.keys.dead_letters, 0, DEAD_LETTERS_KEPT - 1)
            pipe.hincrby(self.keys.stats, "failed_events", 1)
            pipe.execute()

    def dead_letters(self) -> list[str]:
        """The kept events as JSON lines, oldest first (the order a replay sends them in)."""
        return [_text(raw) for raw in reversed(self.redis.lrange(self.keys.dead_letters, 0, -1))]

    def dead_letter_count(self) -> int:
        return int(self.redis.llen(self.keys.dead_letters))

    def drop_dead_letters(self, count: int) -> None:
        """Forget the `count` oldest dead letters (they were re-sent); newer ones stay."""
        if count > 0:
            self.redis.ltrim(self.keys.dead_letters, 0, -(count + 1))

    def keep_report(self, report: dict[str, Any]) -> None:
        with self.redis.pipeline() as pipe:
            pipe.lpush(self.keys.maintenance_reports, json.dumps(report))
            pipe.ltrim(self.keys.maintenance_reports, 0, REPORTS_KEPT - 1)
            pipe.execute()

    def maintenance_reports(self, count: int = 30) -> list[dict[str, Any]]:
        """Newest first."""
        return [json.loads(raw) for raw in self.redis.lrange(self.keys.maintenance_reports, 0, count - 1)]

    def claim_period(self, period_seconds: int, period: int) -> bool:
        """True for the first caller in this period (maintenance runs once however often enqueued)."""
        return bool(self.redis.set(self.keys.maintenance_period(period_seconds, period), 1, nx=True,
                                   ex=period_seconds * 2))

    def audit_trail(self, count: int = 100) -> list[dict[str, Any]]:
        """Deletions and other admin changes, newest first."""
        return [json.loads(raw) for raw in self.redis.lrange(self.keys.audit, 0, count - 1)]

    def is_empty(self) -> bool:
        return not self.redis.exists(self.keys.ids)
