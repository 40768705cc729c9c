"""The live pattern store in Redis (key layout: `worker.keys`); the contract is `worker.store_api`.

A batch is learned in memory by a pure fold and committed by one Lua script that checks the
revisions of every bucket and pattern the fold read, the once-only markers of every event, and
only then writes patterns, indexes, markers and counters together. A merge reads only its
bucket and the patterns it merges into, so its cost does not grow with the store.
The store imports nothing from the learner: merge policy arrives as the fold.
"""
from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from .config import INBOX_DRAIN_SECONDS, INBOX_LOCK_SECONDS
from .keys import Keys
from .confidence import HIGH_THRESHOLD
from .maintenance import PRUNE_AFTER_DAYS, PRUNE_BELOW, prune_reason
from .patterns import normalize_pattern, summary_stats
from .store_api import (DAY_SECONDS, DEDUP_WINDOW_DAYS, Changes, ConflictError, Fold, Item, Pattern,
                        bucket_of, dedup_slot, template_of)

if TYPE_CHECKING:
    from redis import Redis

DEAD_LETTERS_KEPT = 1000
REPORTS_KEPT = 100
AUDIT_KEPT = 10_000
MAX_ATTEMPTS = 64
DRAIN_LOCK_SECONDS = INBOX_LOCK_SECONDS
SEEN_TTL_SECONDS = (DEDUP_WINDOW_DAYS + 2) * DAY_SECONDS

# ARGV[1]: {checks: [[rev field, rev]], seen: [[key, member]], expire: [keys], ttl, set: [[key, argv index]],
#           hset: [[key, field, value]], sadd: [[key, member]], hincr: [[key, field, n]], bump: [fields],
#           version: key or ""}; ARGV[2...]: the patterns' JSON (passed as they are, not re-encoded inside
#           ARGV[1]); KEYS[1]: the revisions hash.
# Returns {1} when committed, {0} when a read revision moved, {-1, i...} when items i were counted already.
COMMIT_SCRIPT = """
local p = cjson.decode(ARGV[1])
local revs = KEYS[1]
for _, c in ipairs(p.checks) do
  if tonumber(redis.call('HGET', revs, c[1]) or '0') ~= c[2] then return {0} end
end
local seen = {-1}
for i, s in ipairs(p.seen) do
  if redis.call('SISMEMBER', s[1], s[2]) == 1 then seen[#seen + 1] = i end
end
if #seen > 1 then return seen end
for _, s in ipairs(p.seen) do redis.call('SADD', s[1], s[2]) end
for _, k in ipairs(p.expire) do redis.call('EXPIRE', k, p.ttl) end
for _, w in ipairs(p.set) do redis.call('SET', w[1], ARGV[w[2]]) end
for _, h in ipairs(p.hset) do redis.call('HSET', h[1], h[2], h[3]) end
for _, s in ipairs(p.sadd) do redis.call('SADD', s[1], s[2]) end
for _, c in ipairs(p.hincr) do redis.call('HINCRBY', c[1], c[2], c[3]) end
for _, f in ipairs(p.bump) do redis.call('HINCRBY', revs, f, 1) end
if p.version ~= '' then redis.call('INCR', p.version) end
return {1}
"""


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _stored(pattern: Pattern) -> str:
    return json.dumps({k: v for k, v in pattern.items() if k != "related_patterns"}, separators=(",", ":"))


class _RedisView:
    """What one fold read, with the revision of each bucket and pattern at the time of reading.
    Reads go in one MULTI block per prefetch (a value and its revision are one consistent snapshot),
    a handful of commands whatever the batch size: one HGETALL per bucket, one MGET of the patterns,
    one HMGET of every revision read, one HGETALL per tool.

    A pattern comes without its related links (`related_patterns` empty): a fold only adds links
    (a new pattern's), and the links a stored pattern has stay in the store as they are, so reading
    them would only write them back (and could write back a link to a pattern deleted meanwhile)."""

    def __init__(self, store: UsagePatternStorage) -> None:
        self.store, self.keys = store, store.keys
        self.checks: dict[str, int] = {}
        self._buckets: dict[str, dict[str, str]] = {}
        self._tools: dict[str, dict[str, str]] = {}
        self._patterns: dict[str, Pattern | None] = {}

    def prefetch(self, pattern_ids: Iterable[str] = (), buckets: Iterable[str] = (),
                 tools: Iterable[str] = ()) -> None:
        ids = [i for i in dict.fromkeys(pattern_ids) if i not in self._patterns]
        names = [b for b in dict.fromkeys(buckets) if b not in self._buckets]
        tool_names = [t for t in dict.fromkeys(tools) if t not in self._tools]
        if not ids and not names and not tool_names:
            return
        revisions = [f"b:{name}" for name in names] + [f"p:{pattern_id}" for pattern_id in ids]
        with self.store.redis.pipeline(transaction=True) as pipe:
            for name in names:
                pipe.hgetall(self.keys.bucket(name))
            if ids:
                pipe.mget([self.keys.pattern(pattern_id) for pattern_id in ids])
            pipe.hmget(self.keys.revisions, revisions or ["-"])
            for tool in tool_names:
                pipe.hgetall(self.keys.tool(tool))
            replies = pipe.execute()
        for name, raw in zip(names, replies):
            self._buckets[name] = {_text(k): _text(v) for k, v in raw.items()}
        offset = len(names)
        if ids:
            for pattern_id, raw in zip(ids, replies[offset]):
                pattern = json.loads(raw) if raw is not None else None
                if pattern is not None:
                    pattern["related_patterns"] = []
                self._patterns[pattern_id] = pattern
            offset += 1
        for field, rev in zip(revisions, replies[offset]):
            self.checks[field] = int(rev or 0)
        for tool, raw in zip(tool_names, replies[offset + 1:]):
            self._tools[tool] = {_text(k): _text(v) for k, v in raw.items()}

    def bucket(self, bucket: str) -> dict[str, str]:
        if bucket not in self._buckets:
            self.prefetch(buckets=[bucket])
        return dict(self._buckets[bucket])

    def tool_templates(self, tool: str) -> dict[str, str]:
        if tool not in self._tools:
            self._tools[tool] = {_text(k): _text(v) for k, v in self.store.redis.hgetall(self.keys.tool(tool)).items()}
        return dict(self._tools[tool])

    def pattern(self, pattern_id: str) -> Pattern | None:
        if pattern_id not in self._patterns:
            self.prefetch([pattern_id])
        return self._patterns[pattern_id]  # decoded for this fold alone, which builds new dicts, never edits


class UsagePatternStorage:
    def __init__(self, redis: Redis, prefix: str = "usage:") -> None:
        self.redis = redis
        self.prefix = prefix
        self.keys = Keys(prefix)
        self._script: Any = None  # registered on the first commit: readers (hooks) never need it
        self.folds = 0  # folds run by apply_batch so far: more than one per batch means a conflict (logged)

    # ------------------------------------------------------------------ batches
    def apply_batch(self, items: Sequence[Item], fold: Fold, now: float | None = None) -> list[Any]:
        """Run `fold` over the items not counted before and commit its changes, their markers and
        every counter in one atomic step; retried on fresh data when a read changed meanwhile.
        Returns one result per item: the fold's, or None for an item counted before."""
        results: list[Any] = [None] * len(items)
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            first.setdefault(item.event_id, index)  # the same event twice in one batch counts once
        pending = sorted(first.values())
        moment = time.time() if now is None else now
        for _ in range(MAX_ATTEMPTS):
            if not pending:
                return results
            fresh = [items[i] for i in pending]
            view = _RedisView(self)
            self.folds += 1
            changes = fold(view, fresh)
            if self._script is None:
                self._script = self.redis.register_script(COMMIT_SCRIPT)
            reply = self._script(keys=[self.keys.revisions], args=self._payload(view, fresh, changes, moment))
            status = int(reply[0])
            if status == 1:
                for index, result in zip(pending, changes.results):
                    results[index] = result
                return results
            if status == -1:  # some were counted by another delivery meanwhile: fold the rest again
                counted = {int(i) - 1 for i in reply[1:]}
                pending = [index for n, index in enumerate(pending) if n not in counted]
        raise ConflictError(f"batch of {len(items)} still conflicting after {MAX_ATTEMPTS} attempts")

    def _payload(self, view: _RedisView, items: Sequence[Item], changes: Changes, now: float) -> list[str]:
        seen, expire = [], set()
        for item in items:
            day, shard, member = dedup_slot(item.event_id, item.event_ts, now)
            key = self.keys.seen_shard(day, shard)
            seen.append([key, str(member)])
            expire.add(key)
        sets, hsets, sadds, bumps, stored = [], [], [], [], []
        for pattern in changes.writes.values():
            pattern_id, bucket, template = pattern["id"], bucket_of(pattern), template_of(pattern)
            stored.append(_stored(pattern))
            sets.append([self.keys.pattern(pattern_id), len(stored) + 1])
            hsets += [[self.keys.bucket(bucket), pattern_id, template], [self.keys.tool(pattern["tool"]), pattern_id, template]]
            sadds.append([self.keys.ids, pattern_id])
            for other in pattern.get("related_patterns") or []:
                sadds += [[self.keys.related(pattern_id), other], [self.keys.related(other), pattern_id]]
            bumps += [f"p:{pattern_id}", f"b:{bucket}"]
        return [json.dumps({
            "checks": [[name, rev] for name, rev in view.checks.items()], "seen": seen, "expire": sorted(expire),
            "ttl": SEEN_TTL_SECONDS, "set": sets, "hset": hsets, "sadd": sadds,
            "hincr": [[self.keys.stats, name, amount] for name, amount in changes.counters.items() if amount],
            "bump": sorted(set(bumps)), "version": self.keys.version if sets else "",
        }, separators=(",", ":")), *stored]

    def count(self, counters: dict[str, int]) -> None:
        """Add to counters outside any event (what cannot be tied to an event id)."""
        with self.redis.pipeline() as pipe:
            for name, amount in counters.items():
                pipe.hincrby(self.keys.stats, name, amount)
            pipe.execute()

    # ------------------------------------------------------------------ reads
    def version(self) -> int:
        return int(self.redis.get(self.keys.version) or 0)

    def get_pattern(self, pattern_id: str) -> Pattern | None:
        found = self._fetch([pattern_id])
        return found[0] if found else None

    def pattern_ids(self) -> list[str]:
        return sorted(_text(i) for i in self.redis.smembers(self.keys.ids))

    def list_patterns(self) -> list[Pattern]:
        return self._fetch(self.pattern_ids())

    def iter_patterns(self, chunk: int = 1000) -> Iterable[Pattern]:
        """Every pattern in id order, `chunk` at a time (bounded memory for the snapshot)."""
        ids = self.pattern_ids()
        for start in range(0, len(ids), chunk):
            yield from sorted(self._fetch(ids[start:start + chunk]), key=lambda p: p["id"])

    def _fetch(self, ids: list[str]) -> list[Pattern]:
        """Patterns by id in one round trip, most confident first."""
        if not ids:
            return []
        with self.redis.pipeline(transaction=False) as pipe:
            for pattern_id in ids:
                pipe.get(self.keys.pattern(pattern_id))
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

    def get_high_confidence_patterns(self, min_confidence: float = HIGH_THRESHOLD) -> list[Pattern]:
        return [p for p in self.list_patterns() if p["confidence"] >= min_confidence]

    def counters(self) -> dict[str, int]:
        return {_text(k): int(v) for k, v in self.redis.hgetall(self.keys.stats).items()}

    def stats(self) -> dict[str, Any]:
        return summary_stats(self.list_patterns(), self.counters())

    # ------------------------------------------------------------------ writes
    def _index(self, pipe: Any, pattern: Pattern) -> None:
        template, bucket = template_of(pattern), bucket_of(pattern)
        pipe.set(self.keys.pattern(pattern["id"]), _stored(pattern))
        pipe.hset(self.keys.bucket(bucket), pattern["id"], template)
        pipe.hset(self.keys.tool(pattern["tool"]), pattern["id"], template)
        pipe.sadd(self.keys.ids, pattern["id"])
        for other in pattern.get("related_patterns") or []:
            pipe.sadd(self.keys.related(pattern["id"]), other)
            pipe.sadd(self.keys.related(other), pattern["id"])
        pipe.hincrby(self.keys.revisions, f"p:{pattern['id']}", 1)
        pipe.hincrby(self.keys.revisions, f"b:{bucket}", 1)
        pipe.incr(self.keys.version)

    def add_pattern(self, pattern: Pattern) -> Pattern:
        """Store a pattern as given (import, tests); replaces one with the same id."""
        pattern = normalize_pattern(pattern)
        existing = self.get_pattern(pattern["id"])
        with self.redis.pipeline() as pipe:
            if existing and bucket_of(existing) != bucket_of(pattern):
                pipe.hdel(self.keys.bucket(bucket_of(existing)), existing["id"])
                pipe.hincrby(self.keys.revisions, f"b:{bucket_of(existing)}", 1)
            if existing and existing["tool"] != pattern["tool"]:
                pipe.hdel(self.keys.tool(existing["tool"]), existing["id"])
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
            self._unindex(pipe, pattern, actor, reason)
            pipe.execute()
        return True

    def _unindex(self, pipe: Any, pattern: Pattern, actor: str | None, reason: str | None) -> None:
        """The one deletion path (admin delete and prune alike): pattern, indexes, related links, and
        an audit entry (who, why, and the pattern as it was, so it can be restored)."""
        pattern_id = pattern["id"]
        pipe.lpush(self.keys.audit, json.dumps({
            "action": "delete", "id": pattern_id, "tool": pattern["tool"], "actor": actor, "reason": reason,
            "at": datetime.now(timezone.utc).isoformat(), "pattern": pattern}))
        pipe.ltrim(self.keys.audit, 0, AUDIT_KEPT - 1)
        pipe.delete(self.keys.pattern(pattern_id), self.keys.related(pattern_id))
        pipe.hdel(self.keys.bucket(bucket_of(pattern)), pattern_id)
        pipe.hdel(self.keys.tool(pattern["tool"]), pattern_id)
        pipe.srem(self.keys.ids, pattern_id)
        for other in pattern.get("related_patterns") or []:
            pipe.srem(self.keys.related(other), pattern_id)
        pipe.hincrby(self.keys.revisions, f"p:{pattern_id}", 1)
        pipe.hincrby(self.keys.revisions, f"b:{bucket_of(pattern)}", 1)
        pipe.incr(self.keys.version)

    def _update_each(self, pattern_ids: list[str], change: Callable[[Pattern], Pattern | None],
                     actor: str) -> list[tuple[Pattern, Pattern | None]]:
        """Apply a pure change to each pattern atomically; None from `change` deletes it."""
        from redis import WatchError

        done = []
        for pattern_id in pattern_ids:
            key = self.keys.pattern(pattern_id)
            with self.redis.pipeline() as pipe:
                while True:
                    try:
                        pipe.watch(key)  # type: ignore[no-untyped-call]
                        raw = pipe.get(key)
                        if raw is None:
                            pipe.unwatch()
                            break
                        before = json.loads(raw)
                        after = change(before)
                        related = [_text(r) for r in pipe.smembers(self.keys.related(pattern_id))] if after is None else []
                        pipe.multi()
                        if after is None:
                            self._unindex(pipe, {**before, "related_patterns": related}, actor, "pruned")
                        elif after != before:
                            self._index(pipe, after)
                        pipe.execute()
                        if after != before:
                            done.append((before, after))
                        break
                    except WatchError:
                        continue
        return done

    def apply_each(self, change: Callable[[Pattern], Pattern | None],
                   actor: str = "maintenance") -> list[tuple[Pattern, Pattern | None]]:
        """Run a pure change over every pattern (maintenance), each atomically; None deletes it.
        Returns (before, after) of each changed one."""
        return self._update_each(self.pattern_ids(), change, actor)

    def prune_old_patterns(self, max_age_days: int = PRUNE_AFTER_DAYS, min_confidence: float = PRUNE_BELOW,
                           now: datetime | None = None) -> list[str]:
        """Delete patterns not observed for max_age_days whose confidence is under min_confidence
        (the maintenance prune policy, without its decay)."""
        moment = now or datetime.now(timezone.utc)

        def prune(pattern: Pattern) -> Pattern | None:
            return None if prune_reason(pattern, moment, max_age_days, min_confidence) else pattern

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

    def remove_dead_letter(self, raw: str) -> bool:
        """Forget one dead letter, exactly as `dead_letters()` returned it (it was re-sent)."""
        return bool(self.redis.lrem(self.keys.dead_letters, 1, raw))

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

    def record_audit(self, entry: dict[str, Any]) -> None:
        """An admin change other than a deletion (an import), kept with the deletions; `at` added when missing."""
        entry = {"at": datetime.now(timezone.utc).isoformat(), **entry}
        with self.redis.pipeline() as pipe:
            pipe.lpush(self.keys.audit, json.dumps(entry, default=str))
            pipe.ltrim(self.keys.audit, 0, AUDIT_KEPT - 1)
            pipe.execute()

    def store_id(self) -> str:
        """This store's identity, made on first use: an export names it, so an import can tell
        evidence this store already holds from evidence learned elsewhere."""
        self.redis.set(self.keys.store_id, uuid.uuid4().hex, nx=True)
        return _text(self.redis.get(self.keys.store_id) or b"")

    # ------------------------------------------------------------------ snapshot lifecycle
    def is_seeded(self) -> bool:
        return bool(self.redis.exists(self.keys.seeded))

    def mark_seeded(self) -> None:
        """Only after a successful load (or a deliberate decision not to load)."""
        self.redis.set(self.keys.seeded, 1)

    def snapshot_version(self) -> int:
        """The store version the snapshot file was last written at (-1: never)."""
        return int(self.redis.get(self.keys.snapshot_version) or -1)

    def mark_snapshot_written(self, version: int) -> None:
        self.redis.set(self.keys.snapshot_version, version)

    def try_lock(self, name: str, seconds: int) -> str | None:  # name: "snapshot_lock" or "inbox_lock"
        """A short-lived exclusive claim; a token to release it with, or None when someone holds it."""
        token = f"{time.time():.6f}"
        return token if self.redis.set(getattr(self.keys, name), token, nx=True, ex=seconds) else None

    def release(self, name: str, token: str) -> None:
        self.redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end "
                        "return 0", 1, getattr(self.keys, name), token)

    # ------------------------------------------------------------------ inbox (one-shot producers)
    def push_inbox(self, raw_events: list[str]) -> None:
        """Append JSON events; a drain job takes them in batches (one RQ job per drain, not per event)."""
        if raw_events:
            self.redis.rpush(self.keys.inbox, *raw_events)

    def peek_inbox(self, count: int) -> list[str]:
        """The oldest `count` events, left in place until `trim_inbox` (a crash re-reads them;
        counting once makes that safe)."""
        return [_text(raw) for raw in self.redis.lrange(self.keys.inbox, 0, count - 1)]

    def trim_inbox(self, count: int, token: str) -> bool:
        """Drop the `count` oldest events, only while this drain still holds the drain lock (both the
        lock and the drain request live on while it works)."""
        return bool(self.redis.eval(
            "if redis.call('GET', KEYS[2]) ~= ARGV[2] then return 0 end "
            "redis.call('LTRIM', KEYS[1], tonumber(ARGV[1]), -1) "
            "redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3])) redis.call('EXPIRE', KEYS[3], tonumber(ARGV[4])) return 1",
            3, self.keys.inbox, self.keys.inbox_lock, self.keys.inbox_drain, count, token, DRAIN_LOCK_SECONDS,
            INBOX_DRAIN_SECONDS))

    def finish_drain(self) -> bool:
        """Clear the drain request if the inbox is empty, in one step (a later push requests the next
        drain); False when events arrived meanwhile and the drain must go on."""
        return bool(self.redis.eval(
            "if redis.call('LLEN', KEYS[1]) > 0 then return 0 end redis.call('DEL', KEYS[2]) return 1",
            2, self.keys.inbox, self.keys.inbox_drain))

    def request_drain(self) -> bool:
        """True for the one caller that should enqueue a drain job (until a drain clears the flag)."""
        return bool(self.redis.set(self.keys.inbox_drain, 1, nx=True, ex=INBOX_DRAIN_SECONDS))

    def inbox_length(self) -> int:
        return int(self.redis.llen(self.keys.inbox))

    def is_empty(self) -> bool:
        return not self.redis.exists(self.keys.ids)
