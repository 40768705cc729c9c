"""The shell of pattern administration: who acts, the snapshot refresh, the audit trail.

The decisions (validation, merging, rendering) are pure functions in `admin`; this module
reads the store, hands them the data and writes the outcome back.
"""
from __future__ import annotations

import getpass
import os
import time
from typing import TYPE_CHECKING, Any

from .inputs import CommandError

if TYPE_CHECKING:
    from worker.config import Settings
    from worker.storage import UsagePatternStorage

SNAPSHOT_WAIT_SECONDS = 10.0


def actor(given: str | None) -> str:
    """Who acts: --actor, else $USER, else the login name; never empty."""
    if given is not None:
        name = given.strip()
        if not name or len(name) > 200 or any(ord(c) < 32 for c in name):
            raise CommandError("--actor must be a name of 1 to 200 printable characters")
        return name
    try:
        return os.environ.get("USER") or getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no passwd entry (some containers)
        return "unknown"


def refresh_snapshot(store: UsagePatternStorage, settings: Settings,
                     wait_seconds: float = SNAPSHOT_WAIT_SECONDS) -> bool:
    """Write the YAML snapshot now (an admin change must reach agents that read it while Redis is
    away); waits for a snapshot writer that holds the lock. False when it could not be written."""
    from worker.jobs import write_current_snapshot

    deadline = time.monotonic() + wait_seconds
    while True:
        version = store.version()
        if write_current_snapshot(store, settings, force=True) or store.snapshot_version() >= version:
            return True  # ours, or another writer's made after the change
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def delete(store: UsagePatternStorage, settings: Settings, pattern_id: str, who: str,
           reason: str | None) -> dict[str, Any]:
    """Delete one pattern (the store keeps it in the audit trail) and refresh the snapshot at once."""
    if not store.delete_pattern(pattern_id, actor=who, reason=reason):
        raise CommandError(f"no pattern with id {pattern_id!r}")
    return {"deleted": pattern_id, "actor": who, "reason": reason,
            "snapshot_refreshed": refresh_snapshot(store, settings)}


def audit(store: UsagePatternStorage, limit: int, pattern_id: str | None = None,
          action: str | None = None) -> list[dict[str, Any]]:
    """The trail, newest first, optionally of one pattern or one action."""
    entries = store.audit_trail(limit if pattern_id is None and action is None else 10_000)
    chosen = [e for e in entries if (pattern_id is None or e.get("id") == pattern_id
                                     or pattern_id in (e.get("ids") or []))
              and (action is None or e.get("action") == action)]
    return chosen[:limit]


def audit_line(entry: dict[str, Any]) -> str:
    what = entry.get("id") or f"{len(entry.get('ids') or [])} patterns"
    why = f" ({entry['reason']})" if entry.get("reason") else ""
    return f"{entry.get('at', '?')}  {entry.get('action', '?'):<7} {what}  by {entry.get('actor') or '?'}{why}"
