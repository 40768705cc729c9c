"""`rq cron worker.cron` config: the daily maintenance, declared beside the worker settings.

USAGE_PATTERNS_MAINTENANCE_CRON (default "17 3 * * *", local time) sets the schedule;
USAGE_PATTERNS_MAINTENANCE_INTERVAL (seconds) replaces it with a fixed interval (tests).
rq 3.0 `rq cron` enqueues with RQ's default serializer, so the maintenance queue gets its
own worker without `-S` (see the Procfile). Run exactly one scheduler; the job still runs
at most once per period if two are started.
"""
import os

from rq import cron

from .config import load_settings
from .jobs import run_scheduled_maintenance

_interval = int(os.environ.get("USAGE_PATTERNS_MAINTENANCE_INTERVAL", "0"))
_queue = load_settings().maintenance_queue
if _interval:
    cron.register(run_scheduled_maintenance, _queue, kwargs={"period_seconds": _interval},
                  interval=_interval, result_ttl=3600)
else:
    cron.register(run_scheduled_maintenance, _queue,
                  cron=os.environ.get("USAGE_PATTERNS_MAINTENANCE_CRON", "17 3 * * *"), result_ttl=86400)
