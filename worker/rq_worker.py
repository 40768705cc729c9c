"""The worker class the Procfile runs (`rq worker -w worker.rq_worker.UsagePatternsWorker`).

Non-forking (RQ's SimpleWorker): a forked work-horse per job re-imports nothing but pays a
fork, a fresh connection and cold caches every job (~100 ms), which is most of the cost of a
batch. Running jobs in the worker process keeps RQ's failure handling (failed registry,
retries, job timeouts by SIGALRM) and lets resources be built once, before the first job.

A killed worker's job: SimpleWorker sends no heartbeat while a job runs; this class has the job
send one (`worker.lifecycle.heartbeat`, called as a batch is learned, at most every
JOB_HEARTBEAT_EVERY_SECONDS), so the started-job entry's TTL (JOB_HEARTBEAT_TTL_SECONDS, 25 s)
is renewed while the job lives however long its batch takes. When the process dies
(SIGKILL, OOM, a lost host) the entry expires, and the next registry cleanup of any worker
(every `--maintenance-interval` seconds, 20 in the Procfile, and at worker start) re-queues the
job (it is enqueued with retries); counting once per event makes the re-run safe.

Garbage collection: a batch allocates hundreds of thousands of short-lived, acyclic objects (events,
patterns, JSON), freed by reference counting; with the default thresholds (700, 10, 10) the cyclic
collector runs every few events and its older generations walk the worker's long-lived caches
(rules, merge-score and plan memos) again and again. The worker freezes what it built at start-up
(`gc.freeze`: never scanned again) and collects the young generation every GC_THRESHOLDS[0]
allocations instead; cycles are still collected. `bench/bench_learning.py` prints the time spent
in the collector with both settings.
"""
from __future__ import annotations

import gc
from typing import Any

from rq.executions import Execution
from rq.job import Job
from rq.worker import SimpleWorker

from .config import JOB_HEARTBEAT_TTL_SECONDS
from .lifecycle import beating, resources
from .logs import bound_job

HEARTBEAT_TTL_SECONDS = JOB_HEARTBEAT_TTL_SECONDS
GC_THRESHOLDS = (50_000, 50, 1000)


class UsagePatternsWorker(SimpleWorker):
    def work(self, *args: Any, **kwargs: Any) -> bool:
        resources(self.connection)  # settings, connection, compiled rules, snapshot seeding: once
        gc.collect()
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)
        return bool(super().work(*args, **kwargs))

    def execute_job(self, job: Job, queue: Any) -> None:
        with bound_job(job.id):  # RQ's own lines of this job (Job OK, result kept, failures) carry job_id
            super().execute_job(job, queue)

    def perform_job(self, job: Job, queue: Any, execution: Execution) -> bool:
        with beating(lambda: self.maintain_heartbeats(job, execution)):  # the job renews its entry as it learns
            return bool(super().perform_job(job, queue, execution))

    def unsubscribe(self) -> None:
        """RQ's own teardown with the stop flag set first. RQ sends UNSUBSCRIBE, then stops its pubsub thread, which
        reads with a 60 s timeout; redis-py 8's `stop()` waits for that thread without a limit. When the thread reads
        the UNSUBSCRIBE reply before the flag is cleared, it goes back to a 60 s read and a warm shutdown hangs there
        (seen: a SIGTERMed worker still up 30 s later). Cleared first, the reply ends the thread's read and its loop."""
        thread = self.pubsub_thread
        if not thread:
            return
        self.log.info("Worker %s: unsubscribing from channel %s", self.name, self.pubsub_channel_name)
        try:
            thread.stop(timeout=0)  # redis-py 8: clear the flag, do not wait yet
        except TypeError:
            thread.stop()  # redis-py before 8: stop() only clears the flag
        self.pubsub.unsubscribe()  # the reply wakes the thread's read; it sees the flag and closes the pubsub
        thread.join(timeout=2)
        self.pubsub.close()

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        return HEARTBEAT_TTL_SECONDS

    def handle_job_success(self, job: Job, *args: Any, **kwargs: Any) -> None:
        forget_dead_executions(job)
        super().handle_job_success(job, *args, **kwargs)

    def handle_job_failure(self, job: Job, *args: Any, **kwargs: Any) -> None:
        forget_dead_executions(job)
        super().handle_job_failure(job, *args, **kwargs)


def forget_dead_executions(job: Job) -> None:
    """Drop the job's execution-registry entries whose execution expired (a killed worker's)."""
    registry = job.execution_registry
    ids = registry.get_execution_ids()
    if not ids:
        return
    with job.connection.pipeline(transaction=False) as pipe:
        for execution_id in ids:
            pipe.exists(Execution(execution_id, job.id, job.connection).key)
        alive = pipe.execute()
    dead = [execution_id for execution_id, found in zip(ids, alive) if not found]
    if dead:
        job.connection.zrem(registry.key, *dead)
