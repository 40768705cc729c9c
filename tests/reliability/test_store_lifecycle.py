"""The store's lifecycle under the Procfile's processes, each test on its own Redis: a broken
snapshot is not marked seeded (and never overwritten), the fixed one is then loaded once; pruning
by the maintenance job leaves exactly the traces an admin delete leaves, no dangling index."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml
from redis import Redis

from tests.conftest import wait_for
from tests.reliability.scan import redis_blobs
from tests.reliability.servers import RedisServer
from worker.snapshot import CHECKSUM_PREFIX, load_snapshot
from worker.storage import UsagePatternStorage

NOW = datetime(2026, 11, 24, tzinfo=timezone.utc)


def _pattern(pattern_id: str, tool: str, parameter: str, last_seen: datetime, related: list[str] = ()) -> dict:
    return {"id": pattern_id, "tool": tool, "error_category": "INCORRECT_PARAMETER", "confidence": 0.5,
            "observations": 2, "first_seen": last_seen.isoformat(), "last_seen": last_seen.isoformat(),
            "related_patterns": list(related),
            "mistake_pattern": {"error_template": f"{parameter} <*> not found", "parameter": parameter}}


def test_a_broken_snapshot_is_not_marked_seeded_and_the_fixed_one_is_loaded_once(env, processes, tmp_path):
    server = RedisServer(tmp_path / "redis").start()
    url = f"redis://127.0.0.1:{server.port}/0"
    own = {"REDIS_URL": url, "USAGE_PATTERNS_SNAPSHOT_INTERVAL": "0.2"}
    store = UsagePatternStorage(Redis.from_url(url), env["USAGE_PATTERNS_KEY_PREFIX"])
    path = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml"
    path.parent.mkdir(parents=True)
    broken = "usage_patterns:\n  - {id: kept_a, tool: kubectl_get, error_category: INCORRECT_PARAMETER\n"
    path.write_text(broken)
    try:
        worker = processes.start("worker", own)
        wait_for(lambda: "snapshot_unreadable" in processes.output(worker), timeout=60,
                 message="the worker to refuse the broken snapshot")
        writer = processes.start("snapshot", own)
        wait_for(lambda: processes.output(writer).count("snapshot_unreadable") >= 3, timeout=60,
                 message="the snapshot writer to try the file a few times")  # at start, then each tick
        assert not store.is_seeded() and store.is_empty()
        assert path.read_text() == broken  # never replaced by the (empty) live store
        assert path.with_name(path.name + ".unreadable").read_text() == broken

        fixed = [_pattern("kept_a", "kubectl_get", "name", NOW), _pattern("kept_b", "kubectl_get", "kind", NOW)]
        path.write_text(yaml.safe_dump({"usage_patterns": fixed}))  # the operator fixes the file
        wait_for(lambda: store.is_seeded(), timeout=60, message="the fixed snapshot to be loaded")
        assert store.pattern_ids() == ["kept_a", "kept_b"]  # loaded, not overwritten by the empty store
        wait_for(lambda: "snapshot_loaded" in processes.output(writer) + processes.output(worker), timeout=30,
                 message="the load to be logged")  # the line follows the seeded mark, maybe by a scheduling slice
        wait_for(lambda: CHECKSUM_PREFIX in path.read_text(), timeout=60, message="the writer to write the store back")
        assert {p["id"] for p in load_snapshot(path)} == {"kept_a", "kept_b"}

        store.delete_pattern("kept_b", actor="ops", reason="wrong")  # seeded once: a restart loads nothing
        worker.terminate()
        worker.wait(30)
        again = processes.start("worker", own)
        wait_for(lambda: "Listening on" in processes.output(again), timeout=60, message="the worker to start again")
        assert store.pattern_ids() == ["kept_a"]
        assert "snapshot_loaded" not in processes.output(again)
    finally:
        processes.stop_all()
        server.stop()


def _traces(blobs: dict[str, bytes], prefix: str, pattern_id: str) -> set[str]:
    """Every key that still names the pattern in its name or its content (the audit trail and the
    maintenance reports, records of what was removed, excepted),
    as `<type> <key without prefix>`, the id written as <ID>."""
    found = set()
    for where, blob in blobs.items():
        _, kind, key = where.split(" ", 2)
        if pattern_id.encode() in blob and key not in (prefix + "audit", prefix + "maintenance:reports"):
            found.add(f"{kind} {key[len(prefix):].replace(pattern_id, '<ID>')}")
    return found


def test_pruning_leaves_exactly_the_traces_a_delete_leaves(env, tmp_path, monkeypatch):
    from worker.jobs import run_maintenance

    server = RedisServer(tmp_path / "redis").start()
    url = f"redis://127.0.0.1:{server.port}/0"
    monkeypatch.setenv("REDIS_URL", url)
    client = Redis.from_url(url)
    prefix = env["USAGE_PATTERNS_KEY_PREFIX"]
    store = UsagePatternStorage(client, prefix)
    old = NOW - timedelta(days=200)
    try:
        # two old, unconfident patterns of one tool and bucket shape, each related to a kept one
        store.add_pattern(_pattern("deleted_pattern_x1", "kubectl_get", "name", old))
        store.add_pattern(_pattern("pruned_pattern_y2", "kubectl_get", "kind", old))
        store.add_pattern(_pattern("kept_pattern_z3", "kubectl_get", "node", NOW,
                                   related=["deleted_pattern_x1", "pruned_pattern_y2"]))
        before = redis_blobs(client, "before", match=f"{prefix}*")
        assert len(_traces(before, prefix, "pruned_pattern_y2")) >= 6  # pattern, ids, tool, bucket, related, revs
        assert store.delete_pattern("deleted_pattern_x1", actor="ops", reason="wrong")
        report = run_maintenance(now=(NOW + timedelta(days=1)).isoformat(), redis=client)
        assert [p["id"] for p in report["pruned"]] == ["pruned_pattern_y2"]
        after = redis_blobs(client, "after", match=f"{prefix}*")
        deleted = _traces(after, prefix, "deleted_pattern_x1")
        pruned = _traces(after, prefix, "pruned_pattern_y2")
        assert deleted == pruned == {"hash revs"}, (deleted, pruned)  # only the revision counter moves on
        assert store.pattern_ids() == ["kept_pattern_z3"]
        assert store.get_pattern("kept_pattern_z3")["related_patterns"] == []
        assert [(e["id"], e["reason"]) for e in store.audit_trail()] == [("pruned_pattern_y2", "pruned"),
                                                                       ("deleted_pattern_x1", "wrong")]
    finally:
        server.stop()
