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


def import_file(store: UsagePatternStorage, settings: Settings, text: str, source: str, who: str,
                replace: bool = False) -> dict[str, Any]:
    """Validate every pattern of an export, then merge them by id (or --replace them) in one
    atomic store step; audited, snapshot refreshed. Nothing changes when one pattern is bad."""
    import uuid

    from worker.store_api import Changes, Item

    from . import admin

    found, origin = admin.read_export(text, source)
    store_id = store.store_id()
    known = set(store.pattern_ids()) | {p["id"] for p in found}
    report: dict[str, Any] = {"source": source, "exported_from": origin, "same_store": origin == store_id,
                              "mode": "replace" if replace else "merge", "created": [], "merged": [],
                              "unchanged": [], "replaced": [], "added": {}, "confidence_capped": []}

    def fold(view: Any, items: Any) -> Changes:
        view.prefetch([p["id"] for p in found])
        changes = Changes()
        done: dict[str, Any] = {key: [] if isinstance(value, list) else {} if isinstance(value, dict) else value
                                for key, value in report.items()}
        for imported in found:
            existing = view.pattern(imported["id"])
            try:
                merged = (admin.replace_import(imported, store_id, origin) if replace
                          else admin.merge_import(existing, imported, store_id, origin))
            except admin.Conflict as exc:
                raise CommandError(f"{source}: pattern {imported['id']}: {exc} (use --replace to take the file's)") from None
            merged["related_patterns"] = sorted(set(merged.get("related_patterns") or []) & known - {imported["id"]})
            if existing is None or replace:
                done["replaced" if existing is not None else "created"].append(imported["id"])
                if merged["confidence"] < imported["confidence"]:
                    done["confidence_capped"].append({"id": imported["id"], "claimed": imported["confidence"],
                                                      "set": merged["confidence"]})
            elif merged == existing:
                done["unchanged"].append(imported["id"])
                continue
            else:
                done["merged"].append(imported["id"])
            if added := admin.changed_counts(existing, merged):
                done["added"][imported["id"]] = added
            changes.writes[imported["id"]] = merged
        changes.results = [done]
        return changes

    if replace:  # the rare case: each pattern written by the store's own writer, which re-indexes a moved bucket
        changes = fold(_LiveView(store), [])
        for pattern in changes.writes.values():
            store.add_pattern(pattern)
        result: dict[str, Any] = changes.results[0]
    else:  # one atomic step, re-run on fresh data if a worker changed a pattern meanwhile
        [result] = store.apply_batch([Item(event_id=f"import:{uuid.uuid4().hex}", counters={})], fold)
    store.record_audit({"action": "import", "actor": who, "source": source, "exported_from": origin,
                        "mode": result["mode"], "ids": [p["id"] for p in found],
                        **{key: result[key] for key in ("created", "merged", "unchanged", "replaced", "added")}})
    result["imported"] = len(found)
    result["snapshot_refreshed"] = refresh_snapshot(store, settings)
    return result


class _LiveView:
    """The store read directly (for --replace, which does not commit through a fold)."""

    def __init__(self, store: UsagePatternStorage) -> None:
        self.store = store

    def prefetch(self, pattern_ids: Any = (), buckets: Any = ()) -> None:
        return None

    def pattern(self, pattern_id: str) -> dict[str, Any] | None:
        return self.store.get_pattern(pattern_id)


def export(store: UsagePatternStorage, floor: float, fmt: str) -> tuple[str, int]:
    """The export document (yaml, json or markdown) of the patterns at or above `floor`, and how many.
    YAML and JSON name this store and each pattern's evidence by origin, so importing them merges
    without counting anything twice; markdown is for people (not importable)."""
    import json
    from datetime import datetime, timezone

    from worker.snapshot import render

    from . import admin

    store_id = store.store_id()
    chosen = [admin.exportable(p, store_id) for p in store.list_patterns() if p["confidence"] >= floor]
    written_at = datetime.now(timezone.utc).isoformat()
    if fmt == "markdown":
        return admin.export_markdown(chosen, floor, written_at), len(chosen)
    if fmt == "json":
        return json.dumps({"exported_from": store_id, "min_confidence": floor, "usage_patterns": chosen,
                           "stats": store.stats(), "written_at": written_at}, indent=2, default=str) + "\n", len(chosen)
    return f"exported_from: {store_id}\nmin_confidence: {floor}\n" + render(chosen, store.stats()), len(chosen)
