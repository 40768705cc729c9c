"""Planted secrets never reach anything that is stored or shown: through the real producer, a real
Redis (own server, AOF on), the real `rq worker` from the Procfile, the snapshot, exports,
`context`, the session-start hook, the spool (Redis down), the dead letters and RQ's failed
registry (a second worker whose ACL user may only read the store, so its jobs really fail).
Every target is required to hold a trace of the planted events: a scan of nothing fails."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from producers.record import record_tool_result
from producers.recorder import Recorder
from tests.conftest import cli, free_port, wait_for
from tests.reliability.scan import aof_parts, file_blobs, find, redis_blobs, require
from tests.reliability.secret_forms import CONTROL_SHA, CONTROL_UUID, FORMS, Form
from tests.reliability.servers import LoggedProcess, RedisServer
from worker.config import load_settings
from worker.storage import UsagePatternStorage

REPEATS = 22  # observations enough for 0.80 confidence: the session-start hook shows the top 15 of those
SHOWN = list(range(0, 45, 3))  # the forms repeated that often (all others are recorded once)
SPOOLED = 4


def _tool(index: int) -> str:
    return f"leak_{index:02d}"


def _hook_tool(index: int) -> str:
    return f"leak_hook_{index:02d}"


def _controls() -> list[tuple[str, dict, str]]:
    return [("control_sha", {"ref": CONTROL_SHA}, f"error: pathspec '{CONTROL_SHA}' did not match any file(s) known to git"),
            ("control_uuid", {"id": CONTROL_UUID}, f"Invalid value for parameter id: {CONTROL_UUID}")]


def _dead_letters_from_raw_events(forms: list[Form], monkeypatch: pytest.MonkeyPatch) -> None:
    """Events sent as raw JSON by a producer that redacts nothing, failing in the learner: the
    worker's second line must redact what it keeps for a replay."""
    from worker import jobs
    from worker import learner
    from worker.logs import configure_logging

    configure_logging(json_lines=True)  # as rq_settings configures a worker (structlog's default shows locals)

    def broken(*args, **kwargs):
        raise RuntimeError("learner bug")

    monkeypatch.setattr(learner, "plan", broken)
    raw = [{"tool": "raw_producer", "params": form.params, "ok": False, "error": form.error} for form in forms]
    assert jobs.process_events(raw)["failed"] == len(forms)


def _failed_jobs(env: dict[str, str], url: str, port: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                 shown: dict[str, bytes]) -> None:
    """Every form recorded (by the real producer) onto a queue whose worker may only read the
    store: its commit is refused, the job fails, is retried 3 times and lands in the failed
    registry with its data and exc_info (kept 7 days), which the scan reads."""
    failing = {**env, "USAGE_PATTERNS_QUEUE": env["USAGE_PATTERNS_QUEUE"] + "-failing"}
    monkeypatch.setenv("USAGE_PATTERNS_QUEUE", failing["USAGE_PATTERNS_QUEUE"])
    recorder = Recorder(load_settings())
    for index, form in enumerate(FORMS):
        assert record_tool_result(_tool(index), form.params, error=form.error, user="alice", recorder=recorder)
    recorder.close()
    monkeypatch.setenv("USAGE_PATTERNS_QUEUE", env["USAGE_PATTERNS_QUEUE"])
    client = Redis.from_url(url)
    queue = Queue(failing["USAGE_PATTERNS_QUEUE"], connection=client, serializer=JSONSerializer)
    jobs = queue.count
    assert jobs >= 1
    reader = f"redis://reader:reader-pw@127.0.0.1:{port}/0"
    worker = LoggedProcess("worker", {**failing, "REDIS_URL": reader}, tmp_path / "failing-worker.log")
    registry = FailedJobRegistry(queue=queue)
    try:
        wait_for(lambda: registry.count >= jobs or worker.poll() is not None, timeout=120,
                 message=f"{jobs} jobs in the failed registry")
        assert worker.poll() is None, worker.output()
    finally:
        worker.stop()
    assert registry.count == jobs and queue.count == 0
    for job_id in registry.get_job_ids():
        shown.update(redis_blobs(client, "failed job", match=f"rq:job:{job_id}"))
        shown.update(redis_blobs(client, "failed job", match=f"rq:results:{job_id}"))  # rq 3: exc_info, a stream
    shown["failing worker log"] = worker.output().encode()


def registry_size(shown: dict[str, bytes]) -> int:
    return sum(1 for where in shown if where.startswith("failed job hash rq:job:"))


def test_no_planted_secret_is_found_in_any_byte_kept_or_shown(env, tmp_path, monkeypatch, capfd):
    assert len(FORMS) >= 30
    store_keys = env["USAGE_PATTERNS_KEY_PREFIX"] + "*"
    server = RedisServer(tmp_path / "redis", "--appendonly", "yes", "--appendfsync", "always",
                         "--aof-use-rdb-preamble", "no", "--rdbcompression", "no",
                         "--user", "reader", "on", ">reader-pw", "~rq:*", f"%R~{store_keys}", "&*", "+@all").start()
    url = f"redis://127.0.0.1:{server.port}/0"
    own = {**env, "REDIS_URL": url}
    shown: dict[str, bytes] = {}
    worker = None
    try:
        # Redis down: `usage-patterns record` spools
        down = {**own, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
        for index, form in enumerate(FORMS[:SPOOLED]):
            done = cli("record", "--tool", _tool(index), "--params", json.dumps(form.params), "--error", form.error,
                       "--user", "alice", env=down)
            assert done.returncode == 0, done.stderr
            shown[f"record (Redis down) {index}"] = (done.stdout + done.stderr).encode()
        spool_dir = Path(env["USAGE_PATTERNS_SPOOL_DIR"])
        shown.update(file_blobs(spool_dir.rglob("*")))
        assert sum(blob.count(b"\n") for where, blob in shown.items() if where.startswith(str(spool_dir))) == SPOOLED

        # Redis up, no worker yet: the in-process producer (its first send re-sends the spool)
        monkeypatch.setenv("REDIS_URL", url)
        recorder = Recorder(load_settings())
        for repeat in range(REPEATS):
            for index, form in enumerate(FORMS):
                if repeat == 0 or index in SHOWN:
                    assert record_tool_result(_tool(index), form.params, error=form.error, user="alice",
                                              recorder=recorder)
            for tool, params, error in _controls():
                assert record_tool_result(tool, params, error=error, user="alice", recorder=recorder)
        recorder.close()
        client = Redis.from_url(url)
        for index, form in enumerate(FORMS):  # Claude Code's hook: one process per failed call, onto the inbox
            payload = {"hook_event_name": "PostToolUseFailure", "session_id": "s-leak", "tool_name": _hook_tool(index),
                       "tool_input": form.params, "error": form.error}
            done = cli("hook", "claude-code", env=own, stdin=json.dumps(payload))
            assert done.returncode == 0, done.stderr
            shown[f"hook post-tool-use-failure {index}"] = (done.stdout + done.stderr).encode()
        shown.update(redis_blobs(client, "redis while queued"))

        _dead_letters_from_raw_events(FORMS, monkeypatch)
        _failed_jobs(env, url, server.port, tmp_path, monkeypatch, shown)

        worker = LoggedProcess("worker", own, tmp_path / "worker.log")
        store = UsagePatternStorage(client, env["USAGE_PATTERNS_KEY_PREFIX"])
        expected = SPOOLED + 2 * len(FORMS) + (REPEATS - 1) * len(SHOWN) + REPEATS * len(_controls())
        wait_for(lambda: store.counters().get("events", 0) >= expected or worker.poll() is not None, timeout=60,
                 message=f"{expected} events")
        assert worker.poll() is None, worker.output()
        assert store.counters()["events"] == expected
        patterns = store.list_patterns()
        assert {p["tool"] for p in patterns} >= {_tool(i) for i in range(len(FORMS))}  # every form was learned

        export = tmp_path / "export.yaml"
        for args in (["patterns", "list", "--json"], ["patterns", "list"], ["patterns", "export"],
                     ["patterns", "export", "-o", str(export)], ["status", "--json"],
                     ["context", "--min-confidence", "0", "--top", "500", "--max-chars", "1000000"], ["context"]):
            done = cli(*args, env=own)
            assert done.returncode == 0, done.stderr
            shown[" ".join(args)] = (done.stdout + done.stderr).encode()
        hook = cli("hook", "claude-code", "session-start", env=own, stdin="{}")
        assert hook.returncode == 0 and hook.stdout.count("wrong before: ") == 15  # the pitfalls were shown
        shown["hook session-start"] = (hook.stdout + hook.stderr).encode()
        worker.stop()
        shown["worker log"] = worker.output().encode()
        captured = capfd.readouterr()
        shown["this process's output"] = (captured.out + captured.err).encode()
        shown.update(redis_blobs(client, "redis at the end"))
        assert store.dead_letter_count() == len(FORMS)
        shown["dead letters"] = "\n".join(store.dead_letters()).encode()
        snapshot = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml"
        assert snapshot.exists()
        shown.update(file_blobs([snapshot, export]))
    finally:
        if worker is not None:
            worker.stop()
        server.stop()
    aof = aof_parts(server.directory)
    shown.update(file_blobs(aof))
    shown.update(file_blobs(set(server.files()) - set(aof)))

    # every target was read and holds what was planted in it (a scan of nothing must not pass)
    every_tool = [_tool(i).encode() for i in range(len(FORMS))]
    require(shown, "record (Redis down)", b"spooled", at_least=SPOOLED)
    require(shown, str(spool_dir), _tool(0).encode())
    require(shown, "redis while queued hash rq:job:", b"worker.jobs.process_events")
    require(shown, "redis while queued list rq:queue:", b"")
    require(shown, f"redis while queued list {env['USAGE_PATTERNS_KEY_PREFIX']}inbox", b"leak_hook_00")
    assert shown[f"redis while queued list {env['USAGE_PATTERNS_KEY_PREFIX']}inbox"].count(b"leak_hook_") >= len(FORMS)
    require(shown, "dead letters", b"raw_producer")
    assert shown["dead letters"].count(b"raw_producer") == len(FORMS)
    require(shown, "failed job stream rq:results:", b"NoPermissionError", at_least=registry_size(shown))
    assert all(any(tool in blob for blob in shown.values()) for tool in every_tool)
    for tool in every_tool:
        require(shown, "failed job", tool)  # each form sat in a failed job's data
        require(shown, str(snapshot), tool)
        require(shown, "patterns export", tool)
        require(shown, f"{export}", tool)
        require(shown, "context --min-confidence 0", tool)
    require(shown, "redis at the end zset rq:failed:", b"")
    for kind in ("string", "hash", "set", "zset", "list"):
        require(shown, f"redis at the end {kind} ", b"")
    incremental = [str(p) + " (RESP arguments)" for p in aof if ".incr." in p.name]
    for where in incremental:
        require(shown, where, _tool(0).encode())  # the AOF holds the events as queued
    require(shown, "worker log", b"batch_processed")
    require(shown, "failing worker log", b"")
    require(shown, "hook session-start", b"wrong before: ")
    require(shown, "this process's output", b"event_failed")

    leaks = {form.name: find(form.needles(), shown) for form in FORMS}
    leaks = {name: where for name, where in leaks.items() if where}
    assert not leaks, f"{len(leaks)} of {len(FORMS)} planted forms found:\n" + "\n".join(
        f"  {name}: {', '.join(where)}" for name, where in leaks.items())
    # ordinary values that look random survive: the scan can see, and redaction is not a blanket
    snapshot_text = shown[str(snapshot)]
    assert CONTROL_SHA.encode() in snapshot_text and CONTROL_UUID.encode() in snapshot_text
