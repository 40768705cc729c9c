"""Redis SIGKILLed while the Procfile's worker is busy, then restarted from its AOF: the worker
carries on (reconnecting, or started again by the Procfile's supervisor loop), the producer spools
while Redis is away and re-sends after, and every event recorded across the restart is counted
exactly once: none lost, none doubled, every counter (events, failures, successes, infra errors)
exact and every once-only marker with its counters (they are written in one script)."""
from __future__ import annotations

import os
import signal
import time

import pytest
from redis import Redis

from producers.recorder import Recorder
from tests.conftest import wait_for
from tests.reliability.faults import (children, expected_patterns, failed_jobs, markers, queue_of, record_mistakes,
                                      record_outcomes, wait_settled)
from tests.reliability.servers import RedisServer
from worker.config import load_settings
from worker.storage import UsagePatternStorage

BEFORE, DURING, AFTER = 2000, 200, 200
OUTCOMES = 100  # infra failures and successes each, recorded before the kill
BATCH = 500  # big batches: the kill most likely lands while a job runs (the case that made rq exit 1)


@pytest.mark.parametrize("fsync", ["always", "everysec"])
def test_events_recorded_across_a_redis_kill_and_restart_are_counted_exactly_once(fsync, env, processes, tmp_path,
                                                                                  monkeypatch):
    server = RedisServer(tmp_path / "redis", "--appendonly", "yes", "--appendfsync", fsync).start()
    url = f"redis://127.0.0.1:{server.port}/0"
    monkeypatch.setenv("REDIS_URL", url)
    client = Redis.from_url(url)
    store = UsagePatternStorage(client, env["USAGE_PATTERNS_KEY_PREFIX"])
    queue = env["USAGE_PATTERNS_QUEUE"]
    try:
        worker = processes.start("worker", {"REDIS_URL": url, "PYTHONFAULTHANDLER": "1"})
        recorder = Recorder(load_settings(), batch_size=BATCH)
        record_outcomes(recorder, OUTCOMES)
        record_mistakes(recorder, BEFORE)
        recorder.flush()
        wait_for(lambda: store.counters().get("events", 0) > 0, timeout=60, message="the worker to start counting")
        in_flight = queue_of(client, queue).count
        counted_at_kill = store.counters().get("events", 0)
        server.kill()  # SIGKILL: no shutdown, the AOF as a crash leaves it

        record_mistakes(recorder, DURING, start=BEFORE)  # Redis away: the producer spools
        recorder.flush()
        assert recorder.pending()["spooled"] == DURING

        server.start()
        record_mistakes(recorder, AFTER, start=BEFORE + DURING)
        # the recorder probes Redis again every few seconds, then re-sends its spool first
        wait_for(lambda: recorder.pending() == {"buffered": 0, "spooled": 0}, timeout=60,
                 message="the recorder to re-send its spool")
        recorder.close()

        total = BEFORE + DURING + AFTER
        events = total + 2 * OUTCOMES
        try:
            wait_settled(client, queue, store, events, timeout=180, message=f"{events} events counted after the restart")
        except AssertionError:  # a worker alive but stuck: make it dump its threads' stacks into its log
            for pid in children(worker.pid):
                os.kill(pid, signal.SIGABRT)
            time.sleep(2)
            raise AssertionError(processes.output(worker)[-8000:]) from None
        assert worker.poll() is None, processes.output(worker)  # the supervised worker is still serving
        counters = store.counters()
        assert (counters["events"], counters["failures"], counters["successes"], counters["infra_errors"]) == \
            (events, total + OUTCOMES, OUTCOMES, OUTCOMES), counters
        assert sorted((p["tool"], p["observations"]) for p in store.list_patterns()) == expected_patterns(total)
        assert markers(client, store) == events  # each marker was written with its counters, in one step
        assert counted_at_kill < BEFORE + 2 * OUTCOMES  # the kill came while the worker had work left
        failed = failed_jobs(client, queue)  # a job whose outcome RQ could not record; its events counted above
    finally:
        processes.stop_all()
        server.stop()
    output = processes.output(worker)
    print(f"fsync={fsync}: counted {counted_at_kill} of {BEFORE + 2 * OUTCOMES} at the kill, {in_flight} jobs queued; "
          f"worker restarts: {output.count('worker_restarting')}; reconnects: {output.count('could not connect')}; "
          f"failed jobs: {failed}")
