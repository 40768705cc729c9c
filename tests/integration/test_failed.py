"""`failed list|show|requeue` over RQ's FailedJobRegistry (real worker) and the dead letters."""
from __future__ import annotations

import json

from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from tests.conftest import cli, wait_for
from worker.storage import UsagePatternStorage

EVENT = {"tool": "git_checkout", "params": {"ref": "c3"}, "ok": False, "event_id": "e-dead",
         "error": "error: pathspec 'c3' did not match any file(s) known to git"}


def test_failed_jobs_and_dead_letters_are_listed_shown_and_requeued(env, processes, redis: Redis):
    queue = Queue(env["USAGE_PATTERNS_QUEUE"], connection=redis, serializer=JSONSerializer)
    worker = processes.start("worker")
    job = queue.enqueue("worker.jobs.no_such_job")
    wait_for(lambda: queue.failed_job_registry.count == 1, message="the job failed on the worker")
    worker.terminate()
    worker.wait(30)
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    store.keep_dead_letter(EVENT)

    listed = json.loads(cli("failed", "list", "--json", env=env).stdout)
    by_id = {entry["id"]: entry for entry in listed}
    assert set(by_id) == {job.id, "dead:e-dead"}
    assert by_id[job.id]["queue"] == queue.name and "no_such_job" in by_id[job.id]["reason"]
    assert by_id["dead:e-dead"]["kind"] == "dead-letter" and by_id["dead:e-dead"]["reason"]
    text = cli("failed", "list", env=env).stdout
    assert job.id in text and "dead:e-dead" in text

    shown = json.loads(cli("failed", "show", job.id, "--json", env=env).stdout)
    assert "Traceback" in shown["traceback"] and shown["reason"] in shown["traceback"]
    assert json.loads(cli("failed", "show", "dead:e-dead", "--json", env=env).stdout)["event"]["event_id"] == "e-dead"
    missing = cli("failed", "show", "nope", env=env)
    assert missing.returncode == 2 and "no failed job or dead letter" in missing.stderr

    done = cli("failed", "requeue", job.id, "--json", env=env)
    assert json.loads(done.stdout) == {"jobs": 1, "dead_letters": 0, "spooled": 0}
    assert queue.failed_job_registry.count == 0 and queue.get_job_ids() == [job.id]

    done = cli("failed", "requeue", "--all", "--json", env=env)
    assert json.loads(done.stdout) == {"jobs": 0, "dead_letters": 1, "spooled": 0}
    assert store.dead_letter_count() == 0 and queue.count == 2  # the event went out as a new batch job
    assert json.loads(cli("failed", "list", "--json", env=env).stdout) == []
    bad = cli("failed", "requeue", env=env)
    assert bad.returncode == 2 and "an ID or --all" in bad.stderr
