"""Pattern administration as ops use it, through the console script against a real Redis, with
patterns learned by a real `rq worker`: delete (audit trail, snapshot refreshed at once),
audit, export formats and the quarterly floor, import that merges by id."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from redis import Redis

from tests.conftest import cli, wait_for
from worker.storage import UsagePatternStorage

OFFLINE = "redis://127.0.0.1:1/0"


def mistakes(tool: str, n: int, tag: str) -> str:
    """n JSON lines, each one repetition of the same usage mistake (checking out a ref that does not exist)."""
    return "".join(json.dumps({"event_id": f"{tag}-{i}", "tool": tool, "params": {"ref": "feat-x"}, "ok": False,
                               "error": "error: pathspec 'feat-x' did not match any file(s) known to git"}) + "\n"
                   for i in range(n))


def learn_through_the_worker(env, processes, redis: Redis, tmp_path: Path, lines: str, total: int) -> UsagePatternStorage:
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    events = tmp_path / f"events-{total}.jsonl"
    events.write_text(lines)
    done = cli("replay", str(events), "--json", env=env)
    assert done.returncode == 0, done.stderr
    processes.start("worker")
    wait_for(lambda: sum(p["observations"] for p in store.list_patterns()) == total, timeout=90,
             message=f"the worker learned {total} observations")
    return store


@pytest.fixture
def blocking(env, processes, redis, tmp_path) -> tuple[UsagePatternStorage, dict]:
    """One pattern learned from 100 repetitions: confident enough to block (0.95)."""
    store = learn_through_the_worker(env, processes, redis, tmp_path, mistakes("git_checkout", 100, "b"), 100)
    [pattern] = store.list_patterns()
    assert pattern["confidence"] >= 0.95
    return store, pattern


def check(env, **overrides) -> dict:
    done = cli("check", "--tool", "git_checkout", "--params", '{"ref": "feat-x"}', "--json", env={**env, **overrides})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_delete_is_audited_and_refreshes_the_snapshot_so_the_pattern_no_longer_blocks_without_redis(env, blocking):
    store, pattern = blocking
    assert cli("maintain", env=env).returncode == 0  # what cron does: the snapshot now holds the pattern
    assert check(env)["decision"] == "block"
    assert check(env, REDIS_URL=OFFLINE)["decision"] == "block"  # from the snapshot

    done = cli("patterns", "delete", pattern["id"], "--actor", "alice", "--reason", "false alarm", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"deleted": pattern["id"], "actor": "alice", "reason": "false alarm",
                                       "snapshot_refreshed": True}
    snapshot = yaml.safe_load((Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml").read_text())
    assert snapshot["usage_patterns"] == []
    assert check(env, REDIS_URL=OFFLINE)["decision"] == "allow"  # Redis away: the snapshot no longer blocks
    assert check(env)["decision"] == "allow"

    [entry] = json.loads(cli("patterns", "audit", "--json", env=env).stdout)
    assert entry["action"] == "delete" and entry["id"] == pattern["id"] and entry["actor"] == "alice"
    assert entry["reason"] == "false alarm" and entry["at"]
    assert entry["pattern"]["observations"] == 100 and entry["pattern"]["mistake_pattern"] == pattern["mistake_pattern"]
    text = cli("patterns", "audit", env=env).stdout
    assert "delete" in text and pattern["id"] in text and "by alice" in text

    again = cli("patterns", "delete", pattern["id"], env=env)
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "no pattern" in again.stderr


def test_delete_names_the_user_when_no_actor_is_given(env, redis):
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    store.add_pattern({"id": "p1", "tool": "t", "error_category": "PARAMETER_FORMAT"})
    done = cli("patterns", "delete", "p1", env={**env, "USER": "bob"})
    assert done.returncode == 0 and done.stdout.strip() == "deleted p1"
    assert [(e["id"], e["actor"], e["reason"]) for e in store.audit_trail()] == [("p1", "bob", None)]
    assert json.loads(cli("patterns", "audit", "--id", "nope", "--json", env=env).stdout) == []
    bad = cli("patterns", "delete", "p1", "--actor", " ", env=env)
    assert bad.returncode == 2 and "--actor" in bad.stderr
