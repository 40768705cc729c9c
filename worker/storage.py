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
from datetime import datetime, timedelta
from typing import Any, Callable

from redis import Redis, WatchError

from . import learner
from .patterns import normalize_pattern, parse_time, summary_stats

EVENT_TTL_SECONDS = 7 * 24 * 3600
Pattern = dict[str, Any]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class UsagePatternStorage:
    def __init__(self, redis: Redis, prefix: str = "usage:") -> None:
        self.redis = redis
        self.prefix = prefix

    # ------------------------------------------------------------------ keys
    def key(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    def _pattern_key(self, pattern_id: str) -> str:
        return self.key("pattern", pattern_id)

    # ------------------------------------------------------------------ reads
    def version(self) -> int:
        return int(self.redis.get(self.key("version")) or 0)

    def get_pattern(self, pattern_id: str) -> Pattern | None:
        raw = self.redis.get(self._pattern_key(pattern_id))
        if raw is None:
            return None
        pattern = json.loads(raw)
        pattern["related_patterns"] = sorted(_text(r) for r in self.redis.smembers(self.key("related", pattern_id)))
        return pattern

    def list_patterns(self) -> list[Pattern]:
        return self._fetch(sorted(_text(i) for i in self.redis.smembers(self.key("ids"))))

    def _fetch(self, ids: list[str]) -> list[Pattern]:
        """Patterns by id in one round trip, most confident first."""
        if not ids:
            return []
        with self.redis.pipeline(transaction=False) as pipe:
            for pattern_id in ids:
                pipe.get(self._pattern_key(pattern_id))
                pipe.smembers(self.key("related", pattern_id))
            replies = pipe.execute()
        patterns = []
        for raw, related in zip(replies[0::2], replies[1::2]):
            if raw is not None:
                pattern = json.loads(raw)
                pattern["related_patterns"] = sorted(_text(r) for r in related)
                patterns.append(pattern)
        return sorted(patterns, key=lambda p: (-p["confidence"], -p["observations"], p["id"]))

    def get_patterns_for_tool(self, tool: str, min_confidence: float = 0.0) -> list[Pattern]:
        ids = sorted(_text(i) for i in self.redis.hkeys(self.key("tool", tool)))
        return [p for p in self._fetch(ids) if p["confidence"] >= min_confidence]

    def get_high_confidence_patterns(self, min_confidence: float = 0.85) -> list[Pattern]:
        return [p for p in self.list_patterns() if p["confidence"] >= min_confidence]

    def counters(self) -> dict[str, int]:
        return {_text(k): int(v) for k, v in self.redis.hgetall(self.key("stats")).items()}

    def stats(self) -> dict[str, Any]:
        return summary_stats(self.list_patterns(), self.counters())

    # ------------------------------------------------------------------ writes
    def _index(self, pipe: Any, pattern: Pattern) -> None:
        template = learner.template_of(pattern)
        pipe.set(self._pattern_key(pattern["id"]), json.dumps({k: v for k, v in pattern.items() if k != "related_patterns"}))
        pipe.hset(self.key("bucket", learner.bucket_key(pattern)), pattern["id"], template)
        pipe.hset(self.key("tool", pattern["tool"]), pattern["id"], template)
        pipe.sadd(self.key("ids"), pattern["id"])
        for other in pattern.get("related_patterns") or []:
            pipe.sadd(self.key("related", pattern["id"]), other)
            pipe.sadd(self.key("related", other), pattern["id"])
        pipe.incr(self.key("version"))

    def add_pattern(self, pattern: Pattern) -> Pattern:
        """Store a pattern as given (import, tests); replaces one with the same id."""
        pattern = normalize_pattern(pattern)
        existing = self.get_pattern(pattern["id"])
        with self.redis.pipeline() as pipe:
            if existing and learner.bucket_key(existing) != learner.bucket_key(pattern):
                pipe.hdel(self.key("bucket", learner.bucket_key(existing)), existing["id"])
            self._index(pipe, pattern)
            pipe.execute()
        return pattern

    update_pattern = add_pattern

    def delete_pattern(self, pattern_id: str) -> bool:
        pattern = self.get_pattern(pattern_id)
        if pattern is None:
            return False
        with self.redis.pipeline() as pipe:
            pipe.delete(self._pattern_key(pattern_id), self.key("related", pattern_id))
            pipe.hdel(self.key("bucket", learner.bucket_key(pattern)), pattern_id)
            pipe.hdel(self.key("tool", pattern["tool"]), pattern_id)
            pipe.srem(self.key("ids"), pattern_id)
            for other in pattern["related_patterns"]:
                pipe.srem(self.key("related", other), pattern_id)
            pipe.incr(self.key("version"))
            pipe.execute()
        return True

    def _count(self, pipe: Any, event_id: str, counters: dict[str, int]) -> None:
        pipe.set(self.key("event", event_id), 1, ex=EVENT_TTL_SECONDS)
        for name, amount in counters.items():
            pipe.hincrby(self.key("stats"), name, amount)

    def count_event(self, event_id: str, counters: dict[str, int]) -> bool:
        """Count an event that changes no pattern; False when it was counted before."""
        if not self.redis.set(self.key("event", event_id), 1, nx=True, ex=EVENT_TTL_SECONDS):
            return False
        with self.redis.pipeline() as pipe:
            for name, amount in counters.items():
                pipe.hincrby(self.key("stats"), name, amount)
            pipe.execute()
        return True

    def observe(self, event_id: str, new: Pattern, threshold: float,
                counters: dict[str, int]) -> tuple[str, bool] | None:
        """Merge a new observation into its most similar pattern, or add it; once per event."""
        done_key = self.key("event", event_id)
        bucket_key = self.key("bucket", learner.bucket_key(new))
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
                        tool_templates = {_text(k): _text(v) for k, v in pipe.hgetall(self.key("tool", new["tool"])).items()}
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
                        pipe.multi()
                        if after is None:
                            pipe.delete(key)
                            pipe.hdel(self.key("bucket", learner.bucket_key(before)), pattern_id)
                            pipe.hdel(self.key("tool", before["tool"]), pattern_id)
                            pipe.srem(self.key("ids"), pattern_id)
                            pipe.incr(self.key("version"))
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
        if not self.redis.set(self.key("event", event_id), 1, nx=True, ex=EVENT_TTL_SECONDS):
            return None
        self._update_each(pattern_ids, lambda p: learner.apply_outcome(p, false_positive, user))
        with self.redis.pipeline() as pipe:
            for name, amount in counters.items():
                pipe.hincrby(self.key("stats"), name, amount)
            pipe.execute()
        return True

    def apply_each(self, change: Callable[[Pattern], Pattern | None]) -> list[tuple[Pattern, Pattern | None]]:
        """Run a pure change over every pattern (maintenance); returns (before, after) of each changed one."""
        return self._update_each(sorted(_text(i) for i in self.redis.smembers(self.key("ids"))), change)

    def prune_old_patterns(self, max_age_days: int = 90, min_confidence: float = 0.70,
                           now: datetime | None = None) -> list[str]:
        """Delete patterns not observed for max_age_days whose confidence is under min_confidence."""
        cutoff = (now or datetime.now().astimezone()) - timedelta(days=max_age_days)

        def prune(pattern: Pattern) -> Pattern | None:
            old = parse_time(pattern["last_seen"]) < cutoff
            return None if old and pattern["confidence"] < min_confidence else pattern

        return [before["id"] for before, after in self.apply_each(prune) if after is None]

    def is_empty(self) -> bool:
        return not self.redis.exists(self.key("ids"))
