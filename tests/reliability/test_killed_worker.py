"""A worker SIGKILLed in the middle of a job (the Procfile's worker runs jobs in its own process,
so the worker is the work-horse): its supervisor starts it again and RQ's abandoned-job sweep
re-runs the job within a minute, not after 11-21 minutes (rq 3's defaults for this worker class:
job_timeout + 60 s of started-job TTL, 600 s between sweeps). The job's events count once."""
from __future__ import annotations

import os
import signal
import time

from redis import Redis
from rq import Worker
from rq.job import Job
from rq.registry import StartedJobRegistry

from producers.recorder import Recorder
from tests.conftest import wait_for
from tests.reliability.faults import (expected_patterns, failed_jobs, markers, mistake_events, queue_of, the_child,
                                      wait_settled)
from tests.reliability.servers import RedisServer
from worker.config import load_settings
from worker.storage import UsagePatternStorage

EVENTS = 3000  # one job, long enough to be killed in its middle
RERUN_DEADLINE = 60  # the bound: "re-run within a minute, not fifteen"


def test_a_job_whose_worker_is_killed_mid_job_is_rerun_within_a_minute_and_counts_once(env, processes, tmp_path,
                                                                                       monkeypatch):
    server = RedisServer(tmp_path / "redis").start()
    url = f"redis://127.0.0.1:{server.port}/0"
    monkeypatch.setenv("REDIS_URL", url)
    client = Redis.from_url(url)
    store = UsagePatternStorage(client, env["USAGE_PATTERNS_KEY_PREFIX"])
    queue = queue_of(client, env["USAGE_PATTERNS_QUEUE"])
    try:
        supervisor = processes.start("worker", {"REDIS_URL": url})
        first = the_child(supervisor.pid)
        wait_for(lambda: Worker.all(queue=queue), timeout=60, message="the worker to listen")
        assert Recorder(load_settings()).send(mistake_events(EVENTS))  # one job, as the producer enqueues it
        started = StartedJobRegistry(queue=queue)
        [job_id] = wait_for(lambda: started.get_job_ids(), timeout=60, interval=0.01, message="the job to start")
        # rq 3 registers the execution in the started registry one pipeline before it marks the job started
        job = Job.fetch(job_id, connection=client, serializer=queue.serializer)
        wait_for(lambda: job.get_status(refresh=True) == "started", timeout=60, interval=0.005,
                 message="the job to be marked started")
        os.kill(first, signal.SIGKILL)
        killed_at = time.monotonic()
        assert store.counters().get("events", 0) == 0, "the job had finished before the kill: make it longer"

        wait_settled(client, queue.name, store, EVENTS, timeout=RERUN_DEADLINE,
                     message=f"the killed job to be re-run within {RERUN_DEADLINE} s")
        rerun_after = time.monotonic() - killed_at
        assert supervisor.poll() is None
        assert the_child(supervisor.pid) != first  # a new worker process, started by the supervisor
        assert store.counters()["events"] == EVENTS
        assert sorted((p["tool"], p["observations"]) for p in store.list_patterns()) == expected_patterns(EVENTS)
        assert markers(client, store) == EVENTS
        assert failed_jobs(client, queue.name) == 0  # re-run and done (result_ttl=0: the job is then deleted)
    finally:
        processes.stop_all()
        server.stop()
    print(f"killed job re-run and counted {rerun_after:.0f} s after the SIGKILL")
