"""The whole pipeline with real parts: `usage-patterns record` processes → Redis/RQ → a real
`rq worker` started from the Procfile → patterns in Redis, `patterns list --json` and the YAML."""
from __future__ import annotations

import json
import time

import yaml
from redis import Redis

from tests.conftest import cli, free_port, start_redis_server, wait_for
from worker.storage import UsagePatternStorage

SHORT_TAGS = ["74ec56e", "a1b2c3d", "9f8e7d6", "0c1d2e3", "5a6b7c8", "1234abc", "deadbee", "c0ffee1", "feed123", "bada55e"]


def _record_short_sha(tag: str, env: dict[str, str]) -> None:
    done = cli("record", "--tool", "bonfire_deploy", "--params", json.dumps({"namespace": "ephemeral-x", "image_tag": tag}),
               "--error", f"Error: manifest unknown: quay.io/app:{tag}", "--user", "alice", env=env)
    assert done.returncode == 0, done.stderr


def _patterns(env: dict[str, str]) -> list[dict]:
    listed = cli("patterns", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_ten_recorded_short_sha_errors_become_one_pattern_through_a_real_worker(env, processes, redis):
    worker = processes.start("worker")
    processes.start("snapshot")
    for tag in SHORT_TAGS:
        _record_short_sha(tag, env)
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    wait_for(lambda: store.counters().get("events", 0) >= 10, message="the worker to process 10 events")

    patterns = _patterns(env)
    assert len(patterns) == 1
    pattern = patterns[0]
    assert {"id", "tool", "error_category", "observations", "confidence"} <= set(pattern)
    assert (pattern["tool"], pattern["error_category"], pattern["observations"]) == ("bonfire_deploy", "PARAMETER_FORMAT", 10)
    assert pattern["confidence"] == 0.75
    assert pattern["mistake_pattern"]["parameter"] == "image_tag"

    snapshot = wait_for(lambda: _snapshot_patterns(env), message="the YAML snapshot")
    assert [(p["id"], p["observations"], p["confidence"]) for p in snapshot] == [(pattern["id"], 10, 0.75)]

    processes.stop_all()  # the worker logs JSON lines, each line of a job with its job_id
    logged = [json.loads(line) for line in processes.output(worker).splitlines() if line.startswith("{")]
    batches = [line for line in logged if line["event"] == "batch_processed"]
    assert batches and all(line["job_id"] for line in batches)
    assert sum(line["events"] for line in batches) == 10


def _snapshot_patterns(env: dict[str, str]) -> list[dict] | None:
    from pathlib import Path

    path = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml"
    if not path.exists():
        return None
    patterns = yaml.safe_load(path.read_text())["usage_patterns"]
    return patterns if patterns and patterns[0]["observations"] == 10 else None


def test_record_returns_at_once_without_redis_and_the_spool_is_processed_when_it_returns(env, processes, tmp_path):
    port = free_port()
    own = {**env, "REDIS_URL": f"redis://127.0.0.1:{port}/0"}
    server = start_redis_server(port, tmp_path)
    try:
        server.terminate()
        server.wait(10)
        started = time.monotonic()
        for tag in SHORT_TAGS[:3]:
            _record_short_sha(tag, own)
        per_call = (time.monotonic() - started) / 3
        spool = tmp_path / "spool" / "events.jsonl"
        assert spool.exists() and len(spool.read_text().splitlines()) == 3
        assert per_call < 5  # a process start, not a hang on Redis (the figure is in bench/)

        server = start_redis_server(port, tmp_path)
        processes.env.update(own)
        processes.start("worker")
        _record_short_sha(SHORT_TAGS[3], own)  # the next successful send re-sends the spool first
        store = UsagePatternStorage(Redis.from_url(own["REDIS_URL"]), env["USAGE_PATTERNS_KEY_PREFIX"])
        wait_for(lambda: store.counters().get("events", 0) >= 4, message="spooled events to be processed")
        assert not spool.exists()
        [pattern] = store.list_patterns()
        assert pattern["observations"] == 4
    finally:
        server.terminate()
        server.wait(10)


def test_replay_sends_a_jsonl_file_through_the_queue_and_rejects_a_bad_line(env, processes, redis, tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text("\n".join(json.dumps({"tool": "git_checkout", "params": {"ref": f"feature-{i}"}, "ok": False,
                                            "error": f"error: pathspec 'feature-{i}' did not match any file(s) known to git"})
                                for i in range(20)) + "\n")
    done = cli("replay", str(events), "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"events": 20, "queued": 20, "spooled": 0}
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    wait_for(lambda: store.counters().get("events", 0) >= 20, message="20 replayed events")
    [pattern] = store.list_patterns()
    assert (pattern["error_category"], pattern["observations"]) == ("INCORRECT_PARAMETER", 20)

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"tool": "git", "params": {}}\nnot json\n')
    failed = cli("replay", str(bad), env=env)
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "bad.jsonl:2" in failed.stderr


def test_a_worker_loads_the_snapshot_into_an_empty_store_when_it_starts(env, processes, redis):
    from pathlib import Path

    snapshot = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_text(yaml.safe_dump({"usage_patterns": [{
        "id": "reviewed-1", "tool": "git_push", "error_category": "WORKFLOW_SEQUENCE", "confidence": 0.9,
        "observations": 40, "mistake_pattern": {"missing_step": "git_commit"}}]}))
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    pattern = wait_for(lambda: store.get_pattern("reviewed-1"), message="the snapshot to be loaded")
    assert pattern["confidence"] == 0.9 and pattern["observations"] == 40
