"""What ops look at: queues, workers, failed jobs, backlog and spool, maintenance, pattern stats."""
from __future__ import annotations

from typing import Any

from rq import Queue, Worker
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from worker.jobs import maintenance_reports

from . import services


def collect_status() -> dict[str, Any]:
    settings = services.load_settings()
    status: dict[str, Any] = {"redis_url": settings.redis_url, "spooled_events": services.spool(settings).pending()}
    redis = services.connect(settings)
    try:
        redis.ping()
    except Exception as exc:
        status["redis"] = f"unreachable ({type(exc).__name__})"
        return status
    status["redis"] = "ok"
    queues = {}
    for name, serializer in ((settings.queue_name, JSONSerializer), (settings.maintenance_queue, None)):
        queue = Queue(name, connection=redis, serializer=serializer)
        failed = FailedJobRegistry(queue=queue)
        failed_ids = failed.get_job_ids(0, 4)
        queues[name] = {"queued": queue.count, "failed": failed.count, "recent_failed_ids": failed_ids}
    status["queues"] = queues
    status["workers"] = [{"name": w.name, "state": w.get_state(), "queues": w.queue_names()}
                         for w in Worker.all(connection=redis)]
    store = services.storage(settings, redis)
    reports = maintenance_reports(store, 30)
    status["last_maintenance"] = reports[0] if reports else None
    status["maintenance_runs_kept"] = len(reports)
    status["dead_letters"] = redis.llen(store.keys.dead_letters)
    status["patterns"] = store.stats()
    return status


def format_status(status: dict[str, Any]) -> str:
    lines = [f"redis: {status['redis']} ({status['redis_url']})", f"spooled events: {status['spooled_events']}"]
    for name, queue in (status.get("queues") or {}).items():
        lines.append(f"queue {name}: {queue['queued']} queued, {queue['failed']} failed")
    for worker in status.get("workers") or []:
        lines.append(f"worker {worker['name']}: {worker['state']} on {','.join(worker['queues'])}")
    if status.get("redis") == "ok" and not status.get("workers"):
        lines.append("workers: none running (start the Procfile's worker line)")
    last = status.get("last_maintenance")
    if last:
        totals = last["totals"]
        lines.append(f"last maintenance: {last['ran_at']} ({totals['decayed']} decayed, {totals['pruned']} pruned)")
    elif "redis" in status and status["redis"] == "ok":
        lines.append("last maintenance: never")
    if status.get("dead_letters"):
        lines.append(f"dead letters: {status['dead_letters']} event(s) the learner failed on (kept for replay)")
    stats = status.get("patterns")
    if stats:
        lines.append(f"patterns: {stats['total_usage_patterns']} ({stats['high_confidence']} high, "
                     f"{stats['medium_confidence']} medium, {stats['low_confidence']} low); "
                     f"prevention success rate {stats['prevention_success_rate']:.0%}")
        events = stats["events"]
        lines.append("events: " + (", ".join(f"{k}={v}" for k, v in events.items() if ":" not in k) or "none yet"))
    return "\n".join(lines)
