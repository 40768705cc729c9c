"""What ops look at: queues, workers, schedulers, spool, dead letters, maintenance, rule packs, patterns.

`collect_status` is the shell (reads RQ's registries and the store, changes nothing but RQ's
own registry clean-up, as `rq info` does); `pattern_summary`, `queue_health` and
`format_status` are pure, so the report and the metrics reuse them.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from worker.confidence import band

if TYPE_CHECKING:
    from redis import Redis

    from worker.config import Settings
    from worker.storage import UsagePatternStorage

BANDS = ("CRITICAL", "HIGH", "MEDIUM", "LOW")
MAINTENANCE_RUNS_SHOWN = 10


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).isoformat() if moment else None


def pattern_summary(patterns: list[dict[str, Any]], counters: dict[str, int]) -> dict[str, Any]:
    """Counts by band, category and tool, prevention outcomes, and the workers' event counters."""
    by_band = {name: 0 for name in BANDS}
    by_category: dict[str, int] = {}
    by_tool: dict[str, int] = {}
    for pattern in patterns:
        by_band[band(pattern["confidence"])] += 1
        by_category[pattern["error_category"]] = by_category.get(pattern["error_category"], 0) + 1
        by_tool[pattern["tool"]] = by_tool.get(pattern["tool"], 0) + 1
    successes = sum(int(p.get("success_after_prevention", 0)) for p in patterns)
    false_positives = sum(int(p.get("false_positives", 0)) for p in patterns)
    warned = successes + false_positives
    return {
        "total": len(patterns),
        "observations": sum(int(p.get("observations", 0)) for p in patterns),
        "by_band": by_band,
        "by_category": dict(sorted(by_category.items())),
        "by_tool": dict(sorted(by_tool.items(), key=lambda item: (-item[1], item[0]))),
        "prevention": {"successes": successes, "false_positives": false_positives,
                       "success_rate": round(successes / warned, 3) if warned else None},
        "events": {k: v for k, v in sorted(counters.items()) if "_on:" not in k},
        "per_day": per_day(counters),
    }


def per_day(counters: dict[str, int]) -> dict[str, dict[str, int]]:
    """The learner's `events_on:DAY` / `usage_errors_on:DAY` counters as {day: {events, usage_errors}}."""
    days: dict[str, dict[str, int]] = {}
    for key, count in counters.items():
        name, _, day = key.partition("_on:")
        if day and name in ("events", "usage_errors"):
            days.setdefault(day, {"events": 0, "usage_errors": 0})[name] = count
    return dict(sorted(days.items()))


def queue_health(queues: dict[str, dict[str, Any]], workers: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each queue with the workers serving it; a queue nobody serves is flagged."""
    for name, queue in queues.items():
        queue["workers"] = sorted(w["name"] for w in workers if name in w["queues"])
        queue["unserved"] = not queue["workers"]
    return queues


def scheduler_summary(schedulers: list[dict[str, Any]], maintenance_queue: str) -> dict[str, Any]:
    """rq cron schedulers that feed our maintenance queue; rq 3 has no leader election, so flag two."""
    ours = [s for s in schedulers if maintenance_queue in s["queues"]]
    warning = None
    if len(ours) > 1:
        warning = f"{len(ours)} schedulers enqueue maintenance (run exactly one; each tick is enqueued {len(ours)}x)"
    elif not ours:
        warning = "no scheduler enqueues maintenance (start the Procfile's scheduler line)"
    return {"running": ours, "count": len(ours), "others": len(schedulers) - len(ours), "warning": warning}


def rule_packs(rules_dir: Path) -> dict[str, Any]:
    """Which user rule packs load and which are refused, with the reason (each file on its own)."""
    from worker import rules

    load = getattr(rules, "load_rule_packs", None)
    if load is not None:  # the classifier's per-file loader
        result = load(rules_dir)
        return {"dir": str(rules_dir), "loaded": list(result.loaded),
                "refused": [{"file": name, "reason": reason} for name, reason in result.refused]}
    loaded, refused = [], []
    for path in sorted(rules_dir.glob("*.yaml")) if rules_dir.is_dir() else []:
        try:
            rules.parse_pack(path.read_text(encoding="utf-8"), path.name)
            loaded.append(path.name)
        except (rules.RulePackError, OSError, UnicodeDecodeError) as exc:
            refused.append({"file": path.name, "reason": " ".join(str(exc).split())})
    return {"dir": str(rules_dir), "loaded": loaded, "refused": refused}


def offline_status(settings: Settings, error: str) -> dict[str, Any]:
    """What can be said with Redis away: the local spool and the rule packs."""
    from producers.spool import Spool

    return {"redis": "unreachable", "error": error, "redis_url": settings.redis_url,
            "spool": {"dir": str(settings.spool_dir), "pending": Spool(settings.spool_dir).pending()},
            "rules": rule_packs(settings.rules_dir)}


def _queues(settings: Settings, redis: Redis) -> dict[str, dict[str, Any]]:
    from rq import Queue
    from rq.serializers import JSONSerializer

    found = {}
    for role, name, serializer in (("events", settings.queue_name, JSONSerializer),
                                   ("maintenance", settings.maintenance_queue, None)):
        queue = Queue(name, connection=redis, serializer=serializer)
        found[name] = {"role": role, "depth": queue.count, "started": queue.started_job_registry.count,
                       "failed": queue.failed_job_registry.count, "scheduled": queue.scheduled_job_registry.count,
                       "deferred": queue.deferred_job_registry.count, "finished": queue.finished_job_registry.count}
    return found


def _workers(redis: Redis, queue_names: list[str]) -> list[dict[str, Any]]:
    from rq import Queue, Worker

    seen: dict[str, Any] = {}
    for name in queue_names:
        for worker in Worker.all(connection=redis, queue=Queue(name, connection=redis)):
            seen[worker.name] = worker
    return [{"name": w.name, "state": w.get_state(), "queues": w.queue_names(), "current_job": w.get_current_job_id(),
             "last_heartbeat": _iso(w.last_heartbeat), "hostname": w.hostname, "pid": w.pid,
             "successful_jobs": w.successful_job_count, "failed_jobs": w.failed_job_count}
            for w in sorted(seen.values(), key=lambda w: w.name)]


def _schedulers(redis: Redis) -> list[dict[str, Any]]:
    from rq.cron import CronScheduler

    return [{"name": s.name, "hostname": s.hostname, "pid": s.pid, "last_heartbeat": _iso(s.last_heartbeat),
             "queues": sorted({job.queue_name for job in s.get_jobs()}),
             "jobs": [job.name for job in s.get_jobs()]}
            for s in CronScheduler.all(connection=redis)]


def collect_status(settings: Settings, redis: Redis, store: UsagePatternStorage,
                   patterns: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """`patterns`: the store's patterns when the caller has listed them already (metrics, report)."""
    from producers.spool import Spool

    queues = _queues(settings, redis)
    workers = _workers(redis, list(queues))
    reports = store.maintenance_reports(MAINTENANCE_RUNS_SHOWN)
    dead = store.dead_letter_count()
    return {
        "redis": "ok",
        "redis_url": settings.redis_url,
        "queues": queue_health(queues, workers),
        "workers": workers,
        "schedulers": scheduler_summary(_schedulers(redis), settings.maintenance_queue),
        "spool": {"dir": str(settings.spool_dir), "pending": Spool(settings.spool_dir).pending(),
                  "inbox": redis.llen(store.keys.inbox)},
        "dead_letters": dead,
        "maintenance": {"last": reports[0] if reports else None,
                        "runs": [{"ran_at": r["ran_at"], "dry_run": r.get("dry_run", False), **r["totals"],
                                  "duration_ms": r.get("duration_ms")} for r in reports]},
        "rules": rule_packs(settings.rules_dir),
        "patterns": pattern_summary(store.list_patterns() if patterns is None else patterns, store.counters()),
    }


def format_status(status: dict[str, Any]) -> str:
    lines = [f"redis: {status['redis']} ({status['redis_url']})"]
    spool = status.get("spool") or {}
    lines.append(f"spool: {spool.get('pending', 0)} event(s) waiting in {spool.get('dir')}"
                 + (f"; inbox: {spool['inbox']}" if spool.get("inbox") else ""))
    for name, queue in (status.get("queues") or {}).items():
        served = ", ".join(queue["workers"]) if queue["workers"] else "NOBODY SERVES IT"
        lines.append(f"queue {name} ({queue['role']}): {queue['depth']} queued, {queue['started']} started, "
                     f"{queue['failed']} failed, {queue['scheduled']} scheduled; workers: {served}")
    for worker in status.get("workers") or []:
        job = f", job {worker['current_job']}" if worker["current_job"] else ""
        lines.append(f"worker {worker['name']}: {worker['state']}{job} on {','.join(worker['queues'])}; "
                     f"heartbeat {worker['last_heartbeat']}")
    if "workers" in status and not status["workers"]:
        lines.append("workers: none running (start the Procfile's worker lines)")
    schedulers = status.get("schedulers")
    if schedulers:
        lines.append(f"schedulers: {schedulers['count']}"
                     + "".join(f"\n  {s['name']} heartbeat {s['last_heartbeat']}" for s in schedulers["running"]))
        if schedulers["warning"]:
            lines.append(f"  WARNING: {schedulers['warning']}")
    if status.get("dead_letters"):
        lines.append(f"dead letters: {status['dead_letters']} event(s) the learner failed on "
                     "(`usage-patterns failed list`, `replay --dead-letters`)")
    maintenance = status.get("maintenance")
    if maintenance is not None:
        last = maintenance["last"]
        lines.append(f"last maintenance: {last['ran_at']} ({last['totals']['decayed']} decayed, "
                     f"{last['totals']['pruned']} pruned)" if last else "last maintenance: never")
    rules = status.get("rules") or {}
    if rules:
        lines.append(f"rule packs: {len(rules['loaded'])} loaded" + (f" ({', '.join(rules['loaded'])})" if rules["loaded"] else "")
                     + "".join(f"\n  REFUSED {r['file']}: {r['reason']}" for r in rules["refused"]))
    stats = status.get("patterns")
    if stats:
        bands = ", ".join(f"{count} {name.lower()}" for name, count in stats["by_band"].items())
        rate = stats["prevention"]["success_rate"]
        lines.append(f"patterns: {stats['total']} ({bands}); prevention: {stats['prevention']['successes']} prevented, "
                     f"{stats['prevention']['false_positives']} false positives"
                     + (f" ({rate:.0%} success)" if rate is not None else ""))
        if stats["by_category"]:
            lines.append("  by category: " + ", ".join(f"{k}={v}" for k, v in stats["by_category"].items()))
        lines.append("events: " + (", ".join(f"{k}={v}" for k, v in stats["events"].items() if ":" not in k)
                                   or "none yet"))
    return "\n".join(lines)
