"""The Procfile's scheduler (`rq cron`) against a real Redis: one maintenance run per period,
even with two schedulers started (rq 3.0 cron has no leader election)."""
from __future__ import annotations

import time
from datetime import datetime

from rq.cron import get_cron_job_history_key

from tests.conftest import wait_for
from worker.jobs import maintenance_reports
from worker.storage import UsagePatternStorage

PERIOD = 2


def test_two_schedulers_give_exactly_one_maintenance_run_per_period(env, processes, redis):
    history = get_cron_job_history_key("worker.jobs.run_scheduled_maintenance")
    history_existed = redis.exists(history)
    registered_before = redis.zscore("rq:cron_jobs", "worker.jobs.run_scheduled_maintenance") is not None
    interval = {"USAGE_PATTERNS_MAINTENANCE_INTERVAL": str(PERIOD)}
    processes.start("maintenance", interval)
    processes.start("scheduler", interval)
    processes.start("scheduler", interval)
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    wait_for(lambda: len(maintenance_reports(store)) >= 3, timeout=40, message="three maintenance runs")
    time.sleep(1)
    reports = maintenance_reports(store, 100)
    periods = [int(datetime.fromisoformat(r["ran_at"]).timestamp() // PERIOD) for r in reports]
    assert len(periods) == len(set(periods)), f"two runs in one period: {periods}"
    assert redis.zcard(history) > len(reports)  # both schedulers enqueued; the extra ticks were skipped
    processes.stop_all()
    if not history_existed:
        redis.delete(history)
    if not registered_before:  # rq's registry of cron jobs: remove only the entry we added
        redis.zrem("rq:cron_jobs", "worker.jobs.run_scheduled_maintenance")
