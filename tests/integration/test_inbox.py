"""One-shot producers (hooks, `usage-patterns record`) push onto the inbox: one drain job per burst,
not one RQ job per event, every event learned exactly once, by a real `rq worker` from the Procfile."""
from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

from redis import Redis
from rq import Queue
from rq.job import Job
from rq.serializers import JSONSerializer

from tests.conftest import REPO, wait_for
from worker import inbox, rq_enqueue
from worker.keys import Keys
from worker.resp import MiniRedis
from worker.storage import UsagePatternStorage

SCRIPT = Path(sys.executable).parent / "usage-patterns"
ERROR = "Exit code 1\nerror: pathspec 'no-such-branch' did not match any file(s) known to git"


def hook_payload(n: int) -> str:
    return json.dumps({"session_id": f"burst-{n % 3}", "hook_event_name": "PostToolUseFailure", "tool_name": "Bash",
                       "tool_use_id": f"toolu_{n}", "tool_input": {"command": "git checkout no-such-branch"},
                       "error": ERROR, "cwd": "/work/project"})


def burst(env: dict[str, str], count: int, first: int = 0) -> None:
    """`count` hook processes at once, as an agent's parallel tool calls fire them; each exits 0, silent."""
    import os

    running = [subprocess.Popen([str(SCRIPT), "hook", "claude-code"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env={**os.environ, **env}, cwd=REPO)
               for _ in range(count)]
    outputs = [process.communicate(hook_payload(first + n), timeout=120) for n, process in enumerate(running)]
    assert [process.returncode for process in running] == [0] * count
    assert outputs == [("", "")] * count


def jobs_done(redis: Redis, queue: str) -> int:
    """Jobs the running workers of `queue` finished (RQ keeps the count in each worker's hash)."""
    total = 0
    for name in redis.smembers(f"rq:workers:{queue}"):
        total += int(redis.hget(name, "successful_job_count") or 0) + int(redis.hget(name, "failed_job_count") or 0)
    return total


def test_a_burst_of_hook_processes_makes_one_drain_job_and_every_event_counts_once(env, processes, redis):
    queue, store = env["USAGE_PATTERNS_QUEUE"], UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    burst(env, 12)  # no worker yet: the events wait in the inbox
    assert redis.llen(Keys(env["USAGE_PATTERNS_KEY_PREFIX"]).inbox) == 12
    [job_id] = [j.decode() for j in redis.lrange(f"rq:queue:{queue}", 0, -1)]  # one job for 12 events
    assert Job.fetch(job_id, connection=redis, serializer=JSONSerializer).func_name == "worker.jobs.drain_inbox"

    processes.start("worker")
    wait_for(lambda: store.counters().get("events", 0) >= 12, timeout=120, message="12 events learned")
    wait_for(lambda: jobs_done(redis, queue) == 1, message="the drain job to finish")
    [pattern] = store.list_patterns()
    assert (pattern["tool"], pattern["observations"]) == ("git_checkout", 12)

    burst(env, 12, first=12)  # with the worker running: learned as they come, still no job per event
    wait_for(lambda: store.counters().get("events", 0) >= 24, timeout=120, message="24 events learned")
    wait_for(lambda: not redis.llen(f"rq:queue:{queue}"), message="the queue to empty")
    assert store.counters()["events"] == 24 and store.list_patterns()[0]["observations"] == 24
    assert redis.llen(Keys(env["USAGE_PATTERNS_KEY_PREFIX"]).inbox) == 0
    assert 2 <= jobs_done(redis, queue) <= 13  # drain jobs only: 1 for the first burst, at most 12 for the second


def test_record_pushes_onto_the_inbox_and_spools_when_redis_is_away(env, redis, tmp_path):
    import os

    def record(extra: dict[str, str]) -> subprocess.CompletedProcess:
        return subprocess.run([str(SCRIPT), "record", "--tool", "git_checkout", "--params", '{"branch": "nope"}',
                               "--error", ERROR, "--json"], env={**os.environ, **env, **extra}, capture_output=True,
                              text=True, timeout=60, cwd=REPO)
    offline = record({"REDIS_URL": "redis://127.0.0.1:1/0"})
    assert offline.returncode == 0 and json.loads(offline.stdout)["spooled"] is True
    online = record({})
    assert online.returncode == 0 and json.loads(online.stdout)["queued"] is True
    keys = Keys(env["USAGE_PATTERNS_KEY_PREFIX"])
    pushed = [json.loads(raw) for raw in redis.lrange(keys.inbox, 0, -1)]
    assert [event["event_id"] for event in pushed] == [json.loads(online.stdout)["event_id"],
                                                       json.loads(offline.stdout)["event_id"]]  # spool re-sent after
    assert not list((tmp_path / "spool").glob("events*"))
    assert redis.llen(f"rq:queue:{env['USAGE_PATTERNS_QUEUE']}") == 1  # one drain job for both


def test_the_jobs_we_write_are_the_jobs_rq_writes(env, redis):
    """worker.rq_enqueue writes RQ's own job hash (no rq import in producers): field for field."""
    queue_name = env["USAGE_PATTERNS_QUEUE"]
    queue = Queue(queue_name, connection=redis, serializer=JSONSerializer)
    events = [{"event_id": "e1", "tool": "t", "params": {"a": [1, "x"]}, "ok": False, "error": "boom"}]
    theirs = queue.enqueue(rq_enqueue.PROCESS_EVENTS, events, result_ttl=0, failure_ttl=rq_enqueue.FAILURE_TTL_SECONDS,
                           job_timeout=rq_enqueue.JOB_TIMEOUT_SECONDS)
    pipe = MiniRedis(env["REDIS_URL"]).pipeline()
    ours_id = rq_enqueue.enqueue(pipe, rq_enqueue.PROCESS_EVENTS, [events], queue_name)
    pipe.execute()
    expected, got = redis.hgetall(theirs.key), redis.hgetall(rq_enqueue.job_key(ours_id))
    volatile = {b"created_at", b"enqueued_at", b"description", b"retries_left", b"data"}
    assert json.loads(zlib.decompress(got[b"data"])) == json.loads(zlib.decompress(expected[b"data"]))
    assert {k: v for k, v in got.items() if k not in volatile} == {k: v for k, v in expected.items() if k not in volatile}
    assert set(expected) - set(got) == set() and got[b"retries_left"] == b"3"
    ours = Job.fetch(ours_id, connection=redis, serializer=JSONSerializer)
    theirs = Job.fetch(theirs.id, connection=redis, serializer=JSONSerializer)
    assert (ours.func_name, ours.args, ours.origin, ours.get_status(), ours.timeout, ours.result_ttl, ours.failure_ttl) == \
        (theirs.func_name, theirs.args, theirs.origin, theirs.get_status(), theirs.timeout, theirs.result_ttl, theirs.failure_ttl)
    assert queue.job_ids == [theirs.id, ours_id] and redis.sismember("rq:queues", queue.key)

    inbox.push(MiniRedis(env["REDIS_URL"]), Keys(env["USAGE_PATTERNS_KEY_PREFIX"]), queue_name, ['{"event_id":"x"}'])
    drain = Job.fetch(queue.job_ids[-1], connection=redis, serializer=JSONSerializer)
    assert (drain.func_name, list(drain.args), drain.kwargs, drain.origin) == (rq_enqueue.DRAIN_INBOX, [], {}, queue_name)


HEAVY = ("redis", "rq", "click", "structlog", "yaml")
IMPORTS_PROBE = """
import io, json, sys
sys.stdin = io.TextIOWrapper(io.BytesIO(sys.argv[1].encode()))
from usage_patterns.__main__ import main
code = main(sys.argv[2:])
print(json.dumps([code, sorted({m.split('.')[0] for m in sys.modules} & set(%r))]), file=sys.stderr)
""" % (HEAVY,)


def test_hook_and_record_processes_import_no_redis_py_rq_click_structlog_or_yaml(env, redis):
    """What makes a per-call process cost several times Python's start-up is kept off these paths
    (the figures are in README's Measured table)."""
    import os

    calls = {event: ["hook", "claude-code"] for event in ("PreToolUse", "PostToolUse", "PostToolUseFailure", "SessionStart")}
    for event, args in calls.items():
        body = json.dumps({"hook_event_name": event, "session_id": "s", "tool_name": "Bash", "tool_use_id": "t",
                           "tool_input": {"command": "git checkout nope"}, "error": ERROR, "tool_response": "ok"})
        done = subprocess.run([sys.executable, "-c", IMPORTS_PROBE, body, *args], env={**os.environ, **env},
                              capture_output=True, text=True, timeout=60, cwd=REPO)
        assert json.loads(done.stderr.strip().splitlines()[-1]) == [0, []], (event, done.stderr)
    done = subprocess.run([sys.executable, "-c", IMPORTS_PROBE, "", "record", "--tool", "git_checkout", "--error", ERROR],
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert json.loads(done.stderr.strip().splitlines()[-1]) == [0, ["click"]], done.stderr  # the CLI is click
    assert redis.llen(Keys(env["USAGE_PATTERNS_KEY_PREFIX"]).inbox) == 3  # both post hooks and the record


def test_a_drain_past_its_time_budget_hands_over_to_one_new_job_and_loses_nothing(env, redis, monkeypatch):
    from producers.record import build_event
    from worker import jobs

    keys, queue = Keys(env["USAGE_PATTERNS_KEY_PREFIX"]), f"rq:queue:{env['USAGE_PATTERNS_QUEUE']}"
    events = [json.dumps(build_event("git_status", {"n": n}, result="ok").to_dict()) for n in range(1500)]
    assert inbox.push(MiniRedis(env["REDIS_URL"]), keys, env["USAGE_PATTERNS_QUEUE"], events) is True
    monkeypatch.setattr(jobs, "DRAIN_BUDGET_SECONDS", 0.0)  # every drain is past its budget after one batch
    assert jobs.drain_inbox() == {"success": 1000}
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    assert redis.llen(keys.inbox) == 500 and store.counters()["events"] == 1000
    assert redis.llen(queue) == 2 and redis.exists(keys.inbox_drain)  # the follow-up job; producers still add none
    assert jobs.drain_inbox() == {"success": 500}
    assert redis.llen(keys.inbox) == 0 and store.counters()["events"] == 1500
    assert not redis.exists(keys.inbox_drain) and redis.llen(queue) == 2  # done: the next push requests a drain


def _confident(n: int) -> dict:
    return {"id": f"pit{n:03d}", "tool": "git_checkout", "error_category": "INCORRECT_PARAMETER", "confidence": 0.9,
            "observations": 50 + n, "first_seen": "2026-11-30T00:00:00+00:00", "last_seen": "2026-11-30T00:00:00+00:00",
            "root_cause": f"git_checkout was called with branch number {n} that does not exist",
            "mistake_pattern": {"error_template": f"pathspec <*> did not match {n}", "parameter": "arg1"}}


def test_session_start_reuses_its_pitfalls_until_the_store_moves_and_they_are_old(env, redis, monkeypatch):
    from usage_patterns import hook
    from worker.storage import UsagePatternStorage as Store

    def session_start() -> str:
        out, code = hook.run_hook_cli(None, json.dumps({"hook_event_name": "SessionStart", "session_id": "s"}))
        return json.loads(out)["hookSpecificOutput"]["additionalContext"] if out else ""
    store = Store(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    store.add_pattern(_confident(1))
    assert "branch number 1 " in session_start()
    with monkeypatch.context() as patched:
        patched.setattr(Store, "list_patterns", lambda self: (_ for _ in ()).throw(AssertionError("store read")))
        assert "branch number 1 " in session_start()  # store unchanged: the cached text, no pattern read
    store.add_pattern(_confident(2))  # the store moved; the cached text is still young: used
    assert "branch number 2 " not in session_start()
    monkeypatch.setattr(hook, "CONTEXT_CACHE_SECONDS", 0.0)  # ... and once it is old, read again
    assert "branch number 2 " in session_start() and "branch number 1 " in session_start()


def test_a_drain_whose_worker_is_killed_midway_is_rerun_and_every_event_counts_once(env, processes, tmp_path,
                                                                                     monkeypatch):
    """The inbox's failure case: the Procfile's worker SIGKILLed while it drains. Its supervisor starts it
    again, RQ's abandoned-job sweep re-runs the drain (the dead drain's lock has expired by then), and
    what was committed before the kill but not yet trimmed from the inbox counts nothing twice."""
    import os
    import signal

    from rq.job import Job
    from rq.registry import StartedJobRegistry

    from tests.reliability.faults import (expected_patterns, failed_jobs, markers, mistake_events, queue_of,
                                          the_child, wait_settled)
    from tests.reliability.servers import RedisServer

    server = RedisServer(tmp_path / "redis").start()
    url = f"redis://127.0.0.1:{server.port}/0"
    monkeypatch.setenv("REDIS_URL", url)
    client, count = Redis.from_url(url), 5000
    store = UsagePatternStorage(client, env["USAGE_PATTERNS_KEY_PREFIX"])
    queue = queue_of(client, env["USAGE_PATTERNS_QUEUE"])
    try:
        raws = [json.dumps(event) for event in mistake_events(count)]
        assert inbox.push(MiniRedis(url), store.keys, queue.name, raws) is True  # 5 batches, one drain job
        supervisor = processes.start("worker", {"REDIS_URL": url})
        first = the_child(supervisor.pid)
        [job_id] = wait_for(lambda: StartedJobRegistry(queue=queue).get_job_ids(), timeout=60, interval=0.01,
                            message="the drain to start")
        job = Job.fetch(job_id, connection=client, serializer=queue.serializer)  # started one pipeline later
        wait_for(lambda: job.get_status(refresh=True) == "started", timeout=60, interval=0.005,
                 message="the drain to be marked started")
        os.kill(first, signal.SIGKILL)
        assert store.counters().get("events", 0) < count, "the drain had finished before the kill"
        wait_settled(client, queue.name, store, count, timeout=240, message="the killed drain to be re-run")
        wait_for(lambda: client.llen(store.keys.inbox) == 0, message="the inbox to empty")
        assert the_child(supervisor.pid) != first
        assert store.counters()["events"] == count and markers(client, store) == count
        assert sorted((p["tool"], p["observations"]) for p in store.list_patterns()) == expected_patterns(count)
        assert failed_jobs(client, queue.name) == 0
    finally:
        processes.stop_all()
        server.stop()
