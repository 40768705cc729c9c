"""The key schema: the stored layout stays what existing data uses, and every key sits under its prefix."""
from __future__ import annotations

from worker.keys import Keys


def test_keys_keep_the_stored_layout_under_the_prefix():
    keys = Keys("t:")
    assert keys.pattern("p1") == "t:pattern:p1"
    assert keys.bucket("git|ref|") == "t:bucket:git|ref|"
    assert (keys.ids, keys.stats, keys.version, keys.seeded) == ("t:ids", "t:stats", "t:version", "t:seeded")
    assert keys.dead_letters == "t:dead"
    assert keys.maintenance_period(60, 7) == "t:maintenance:period:60:7"
    assert keys.session_calls("s1") == "t:session:s1"
    assert keys.session_calls("s1", "agent-2") == "t:session:s1:agent-2"
    assert keys.pending_warning("s1", "call:toolu_01") == "t:pending:s1:call:toolu_01"


def test_every_key_differs_and_starts_with_the_prefix():
    keys = Keys("t:")
    names = [keys.pattern("a"), keys.ids, keys.tool("a"), keys.bucket("a"), keys.related("a"), keys.version,
             keys.event("a"), keys.seen_shard(1, 2), keys.revisions, keys.stats, keys.seeded, keys.snapshot_version, keys.snapshot_throttle,
             keys.snapshot_lock, keys.dead_letters, keys.audit, keys.maintenance_reports,
             keys.maintenance_period(1, 1), keys.inbox, keys.inbox_drain, keys.inbox_lock, keys.session_calls("a"),
             keys.pending_warning("a", "b")]
    assert len(set(names)) == len(names)
    assert all(name.startswith("t:") for name in names)
