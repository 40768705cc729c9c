"""`status` against real Procfile workers and schedulers, side by side with `rq info`."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from redis import Redis
from rq import Queue, Worker
from rq.cron import get_cron_job_history_key
from rq.serializers import JSONSerializer

from tests.conftest import REPO, cli, wait_for

_QUEUE = re.compile(r"^queue (\S+) (\d+), (\d+) executing, (\d+) finished, (\d+) failed$")
_WORKER = re.compile(r"^worker (\S+) \(.*?\) (\S+) (.+)\. jobs: ")


def rq_info(env: dict[str, str], *queues: str) -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    """`rq info --raw` parsed: per queue its counts, per worker its state."""
    done = subprocess.run([str(Path(sys.executable).parent / "rq"), "info", "--raw", "-u", env["REDIS_URL"], *queues],
                          capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 0, done.stderr
    found, workers = {}, {}
    for line in done.stdout.splitlines():
        if match := _QUEUE.match(line):
            name, depth, started, finished, failed = match.groups()
            found[name] = {"depth": int(depth), "started": int(started), "finished": int(finished), "failed": int(failed)}
        elif match := _WORKER.match(line):
            workers[match.group(1)] = match.group(2)
    return found, workers


def status(env: dict[str, str]) -> dict:
    done = cli("status", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def assert_agree(ours: dict, theirs: tuple[dict, dict]) -> None:
    queues, workers = theirs
    for name, counts in queues.items():
        mine = ours["queues"][name]
        assert {k: mine[k] for k in counts} == counts, name
    assert {w["name"]: w["state"] for w in ours["workers"]} == workers


def test_status_agrees_with_rq_info_and_flags_what_ops_must_act_on(env, processes, redis: Redis):
    events, maintenance = env["USAGE_PATTERNS_QUEUE"], env["USAGE_PATTERNS_QUEUE"] + "-maintenance"
    worker = processes.start("worker")
    processes.start("maintenance")
    wait_for(lambda: len(Worker.all(connection=redis, queue=Queue(events, connection=redis))) == 1
             and len(Worker.all(connection=redis, queue=Queue(maintenance, connection=redis))) == 1,
             message="both workers registered")
    queue = Queue(events, connection=redis, serializer=JSONSerializer)
    queue.enqueue("worker.jobs.no_such_job")  # fails on the worker: RQ's FailedJobRegistry
    wait_for(lambda: queue.failed_job_registry.count == 1, message="the job failed")
    wait_for(lambda: all(w.get_state() == "idle" for w in Worker.all(connection=redis)
                         if set(w.queue_names()) & {events, maintenance}), message="workers idle")

    ours = status(env)
    assert set(ours) >= {"queues", "workers", "schedulers", "spool", "maintenance", "rules", "patterns"}
    assert_agree(ours, rq_info(env, events, maintenance))
    assert ours["queues"][events]["failed"] == 1 and not ours["queues"][events]["unserved"]
    assert all(w["last_heartbeat"] and w["current_job"] is None for w in ours["workers"])
    assert ours["schedulers"]["count"] == 0 and "no scheduler" in ours["schedulers"]["warning"]

    # the events worker goes away; three jobs wait; nobody serves the queue
    worker.terminate()
    worker.wait(30)
    wait_for(lambda: not Worker.all(connection=redis, queue=Queue(events, connection=redis)), message="worker gone")
    for _ in range(3):
        queue.enqueue("worker.jobs.process_events", [])
    ours = status(env)
    assert_agree(ours, rq_info(env, events, maintenance))
    assert ours["queues"][events]["depth"] == 3 and ours["queues"][events]["unserved"]
    assert not ours["queues"][maintenance]["unserved"]
    assert "NOBODY SERVES IT" in cli("status", env=env).stdout


def test_two_schedulers_are_flagged(env, processes, redis: Redis):
    history = get_cron_job_history_key("worker.jobs.run_scheduled_maintenance")
    history_existed = redis.exists(history)
    registered_before = redis.zscore("rq:cron_jobs", "worker.jobs.run_scheduled_maintenance") is not None
    slow = {"USAGE_PATTERNS_MAINTENANCE_INTERVAL": "3600"}
    processes.start("scheduler", slow)
    processes.start("scheduler", slow)
    maintenance = env["USAGE_PATTERNS_QUEUE"] + "-maintenance"
    ours = wait_for(lambda: (s := status(env))["schedulers"]["count"] == 2 and s, message="two schedulers registered")
    assert all(maintenance in s["queues"] and s["last_heartbeat"] for s in ours["schedulers"]["running"])
    assert ours["schedulers"]["warning"].startswith("2 schedulers enqueue maintenance")
    assert "WARNING: 2 schedulers" in cli("status", env=env).stdout
    processes.stop_all()
    if not history_existed:
        redis.delete(history)
    if not registered_before:
        redis.zrem("rq:cron_jobs", "worker.jobs.run_scheduled_maintenance")


def test_status_shows_spool_dead_letters_refused_rule_packs_and_pattern_bands(env, redis, tmp_path):
    from worker.storage import UsagePatternStorage

    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    store.keep_dead_letter({"tool": "t", "event_id": "e1"})
    store.add_pattern({"id": "p-high", "tool": "git_push", "error_category": "MISSING_PREREQUISITE",
                       "confidence": 0.97, "observations": 150, "success_after_prevention": 3, "false_positives": 1})
    store.add_pattern({"id": "p-low", "tool": "git_checkout", "error_category": "INCORRECT_PARAMETER"})
    rules = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "rules"
    rules.mkdir(parents=True)
    (rules / "broken.yaml").write_text("rules: [unclosed\n")
    spool = Path(env["USAGE_PATTERNS_SPOOL_DIR"])
    spool.mkdir(parents=True)
    (spool / "events.jsonl").write_text('{"tool": "a"}\n{"tool": "b"}\n')

    ours = status(env)
    assert ours["dead_letters"] == 1 and ours["spool"]["pending"] == 2
    assert [r["file"] for r in ours["rules"]["refused"]] == ["broken.yaml"] and ours["rules"]["refused"][0]["reason"]
    assert ours["patterns"]["by_band"] == {"CRITICAL": 1, "HIGH": 0, "MEDIUM": 0, "LOW": 1}
    assert ours["patterns"]["by_category"] == {"INCORRECT_PARAMETER": 1, "MISSING_PREREQUISITE": 1}
    assert ours["patterns"]["prevention"] == {"successes": 3, "false_positives": 1, "success_rate": 0.75}
    text = cli("status", env=env).stdout
    assert "REFUSED broken.yaml" in text and "dead letters: 1" in text and "spool: 2 event(s)" in text

    offline = cli("status", "--json", env={**env, "REDIS_URL": "redis://127.0.0.1:1/0"})
    assert offline.returncode == 1 and offline.stderr.startswith("usage-patterns: error: cannot reach Redis")
    assert json.loads(offline.stdout)["spool"]["pending"] == 2
