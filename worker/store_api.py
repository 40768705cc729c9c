"""What a pattern store offers, whatever it is backed by (Redis, memory): the contract.

The store owns persistence, indexes and once-only counting; it knows nothing of merge policy.
Learning hands it a batch of items (an event id, its counters, and whatever the policy needs)
and a pure `fold`: given a read-only view of the store, the fold returns the patterns to write,
the counters to add and one result per item. The store runs the fold on the items it has not
counted before and commits its changes, the event markers and every counter in one atomic step;
if anything the fold read changed meanwhile, it runs the fold again on fresh data.

Once-only memory is bounded: an event id is remembered as a 62-bit hash in one of
DEDUP_SHARDS small integer sets per day of event time (Redis keeps small integer sets as packed
8-byte arrays), for DEDUP_WINDOW_DAYS. A redelivery within that window counts nothing.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Protocol, Sequence

from .records import Pattern as Pattern  # re-exported: the store API speaks of it
DEDUP_WINDOW_DAYS = 7
DEDUP_SHARDS = 1024
DAY_SECONDS = 86400


def bucket_of(pattern: Pattern) -> str:
    """The index a merge searches: patterns of one tool, category and parameter (empty when unknown)."""
    return f"{pattern['tool']}|{pattern['error_category']}|{pattern['mistake_pattern'].get('parameter') or ''}"


def template_of(pattern: Pattern) -> str:
    return str(pattern["mistake_pattern"]["error_template"])


def dedup_slot(event_id: str, event_ts: str | None, now: float) -> tuple[int, int, int]:
    """(day window, shard, member) remembering one event id: same id and time, same slot.

    The day comes from the event's own timestamp, so a redelivery days later finds its marker;
    a timestamp outside the window (or unreadable) is pinned to its nearest edge."""
    digest = int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(), "big")
    today = int(now // DAY_SECONDS)
    try:
        moment = datetime.fromisoformat(str(event_ts).replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        day = int(moment.timestamp() // DAY_SECONDS)
    except (TypeError, ValueError, OverflowError, OSError):
        day = today
    day = min(max(day, today - DEDUP_WINDOW_DAYS + 1), today + 1)
    return day, digest % DEDUP_SHARDS, digest >> 2


@dataclass(frozen=True)
class Item:
    """One event's request to the store; `payload` is the policy's business."""
    event_id: str
    counters: dict[str, int]
    event_ts: str | None = None
    payload: Any = None


@dataclass
class Changes:
    """What a fold decided: patterns to write (whole, with related_patterns), counters, results."""
    writes: dict[str, Pattern] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    results: list[Any] = field(default_factory=list)

    def count(self, counters: dict[str, int]) -> None:
        for name, amount in counters.items():
            self.counters[name] = self.counters.get(name, 0) + amount


class View(Protocol):
    """Read-only access a fold gets; every read is remembered for the optimistic check."""
    def bucket(self, bucket: str) -> dict[str, str]: ...
    def tool_templates(self, tool: str) -> dict[str, str]: ...
    def pattern(self, pattern_id: str) -> Pattern | None: ...
    def prefetch(self, pattern_ids: Iterable[str] = (), buckets: Iterable[str] = (),
                 tools: Iterable[str] = ()) -> None: ...


Fold = Callable[[View, Sequence[Item]], Changes]


class ConflictError(RuntimeError):
    """The batch kept colliding with other writers; the job fails and RQ retries it."""


class PatternStore(Protocol):
    def apply_batch(self, items: Sequence[Item], fold: Fold) -> list[Any]: ...
    def add_pattern(self, pattern: Pattern) -> Pattern: ...
    def get_pattern(self, pattern_id: str) -> Pattern | None: ...
    def list_patterns(self) -> list[Pattern]: ...
    def delete_pattern(self, pattern_id: str, actor: str | None = None, reason: str | None = None) -> bool: ...
    def counters(self) -> dict[str, int]: ...
    def count(self, counters: dict[str, int]) -> None: ...
    # administration (the CLI's patterns and failed commands)
    def store_id(self) -> str: ...
    def record_audit(self, entry: dict[str, Any]) -> None: ...
    def audit_trail(self, count: int = 100) -> list[dict[str, Any]]: ...
    def remove_dead_letter(self, raw: str) -> bool: ...
