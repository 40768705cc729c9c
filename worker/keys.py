"""Every Redis key the product uses, in one place (RQ's own `rq:*` keys excepted).

All keys live under one prefix (`usage:` by default, USAGE_PATTERNS_KEY_PREFIX), so tests and
tenants can share a server. No other module spells a key: they ask a `Keys` for it. The names
below are the stored layout; changing one orphans existing data, so add, never rename.

  pattern:<id>               JSON of one pattern (without related_patterns)
  ids                        set of every pattern id
  tool:<tool>                hash id -> template, the patterns of one tool
  bucket:<tool|cat|param>    hash id -> template, merge candidates of one bucket
  related:<id>               set of ids related to one pattern (kept symmetric)
  event:<id>                 legacy once-only marker of one counted event (read, never written)
  seen:<day>:<shard>         integer set of event-id hashes counted, per day of event time
  stats                      hash of event counters
  version                    bumped on every pattern write (cache key, snapshot trigger)
  revs                       hash p:<id> / b:<bucket> -> revision, for optimistic batch commits
  seeded                     the snapshot was loaded into this store
  snapshot:version           store version the snapshot file was last written at
  snapshot:throttle          short-lived: a snapshot was written a moment ago
  snapshot:lock              short-lived: one snapshot writer at a time
  dead                       list of events the learner failed on (newest first, capped)
  audit                      list of deletions and other admin changes (newest first, capped)
  store:id                   this store's random identity (which evidence an import already holds)
  maintenance:reports        list of maintenance reports (newest first, capped)
  maintenance:period:<s>:<n> claim: maintenance ran in period n of length s seconds
  inbox                      list of raw JSON events from one-shot producers (hooks, `record`)
  inbox:drain                short-lived: a drain job for the inbox was requested
  inbox:lock                 short-lived: the one drain reading the inbox now
  session:<sid>[:<agent>]    list of one agent session's recent tool calls (capped, TTL): each the JSON
                             {tool, params} of a call, params bounded and redacted (a bare name before 936e265)
  pending:<sid>:<call>       the pattern ids one pending call was warned about (TTL); <call> is
                             call:<tool_use_id> (pairs Pre- and PostToolUse) or tool:<tool>
"""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PREFIX = "usage:"


class _Fixed:
    """A key with no variable part: `Keys().stats` is `usage:stats`."""

    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def __get__(self, keys: Keys, owner: type[Keys] | None = None) -> str:
        return keys._key(*self.parts)


@dataclass(frozen=True)
class Keys:
    prefix: str = DEFAULT_PREFIX

    def _key(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    # patterns and their indexes
    ids = _Fixed("ids")
    version = _Fixed("version")
    revisions = _Fixed("revs")

    def pattern(self, pattern_id: str) -> str:
        return self._key("pattern", pattern_id)

    def tool(self, tool: str) -> str:
        return self._key("tool", tool)

    def bucket(self, bucket: str) -> str:
        return self._key("bucket", bucket)

    def related(self, pattern_id: str) -> str:
        return self._key("related", pattern_id)

    # counting, once per event
    stats = _Fixed("stats")

    def seen_shard(self, day: int, shard: int) -> str:
        return self._key("seen", str(day), str(shard))

    def event(self, event_id: str) -> str:
        return self._key("event", event_id)

    # snapshot lifecycle
    seeded = _Fixed("seeded")
    snapshot_version = _Fixed("snapshot", "version")
    snapshot_throttle = _Fixed("snapshot", "throttle")
    snapshot_lock = _Fixed("snapshot", "lock")

    # operations
    dead_letters = _Fixed("dead")
    audit = _Fixed("audit")
    store_id = _Fixed("store", "id")
    maintenance_reports = _Fixed("maintenance", "reports")

    def maintenance_period(self, period_seconds: int, period: int) -> str:
        return self._key("maintenance", "period", str(period_seconds), str(period))

    # ingestion from one-shot producers
    inbox = _Fixed("inbox")
    inbox_drain = _Fixed("inbox", "drain")
    inbox_lock = _Fixed("inbox", "lock")

    # agent sessions
    def session_calls(self, session_id: str, agent_id: str | None = None) -> str:
        """Recent calls of one session, or of one subagent inside it (its own window)."""
        return self._key("session", session_id, agent_id) if agent_id else self._key("session", session_id)

    def pending_warning(self, session_id: str, call: str) -> str:
        """`call` is `call:<tool_use_id>` when the producer has one, else `tool:<tool>`."""
        return self._key("pending", session_id, call)
