"""RQ entry points: the thin shell around the learner, the store and the snapshot.

`process_events` runs on the `usage-events` queue (JSON serializer). The maintenance jobs
run on the maintenance queue, which `rq cron` feeds with RQ's default serializer.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

import structlog
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, get_current_job

from .config import Settings, load_settings
from .events import Event, InvalidEvent
from .learner import UsagePatternLearner
from .maintenance import MaintenanceReport, maintain_pattern
from .patterns import parse_time
from .rules import RulePackError, load_rules
from .snapshot import SnapshotError, load_snapshot, write_snapshot
from .storage import UsagePatternStorage

log = structlog.get_logger("usage_patterns.worker")
SNAPSHOT_INTERVAL_SECONDS = 5
_seeded: set[str] = set()


def _connection() -> Redis:
    job = get_current_job()
    return job.connection if job is not None else Redis.from_url(load_settings().redis_url)


def storage_for(redis: Redis, settings: Settings | None = None) -> UsagePatternStorage:
    return UsagePatternStorage(redis, (settings or load_settings()).key_prefix)


def seed_from_snapshot(storage: UsagePatternStorage, settings: Settings) -> int:
    """Load the YAML snapshot into an empty live store, once per store; an unreadable file is kept aside."""
    marker = storage.keys.seeded
    if not storage.redis.set(marker, 1, nx=True):
        return 0
    try:
        patterns = load_snapshot(settings.snapshot_path)
    except SnapshotError as exc:
        aside = settings.snapshot_path.with_name(settings.snapshot_path.name + ".unreadable")
        aside.write_bytes(settings.snapshot_path.read_bytes())
        log.error("snapshot_unreadable", error=str(exc), copy=str(aside),
                  action="not loaded; snapshots refused until the file is fixed or removed")
        return 0
    if not storage.is_empty():
        return 0
    for pattern in patterns:
        storage.add_pattern(pattern)
    log.info("snapshot_loaded", patterns=len(patterns), path=str(settings.snapshot_path))
    return len(patterns)


def write_current_snapshot(storage: UsagePatternStorage, settings: Settings, force: bool = False) -> bool:
    """Throttled: at most every few seconds unless forced; skipped when nothing changed."""
    version = storage.version()
    written = int(storage.redis.get(storage.keys.snapshot_version) or -1)
    if version == written and settings.snapshot_path.exists():
        return False
    if not force and not storage.redis.set(storage.keys.snapshot_throttle, 1, nx=True, ex=SNAPSHOT_INTERVAL_SECONDS):
        return False
    try:
        write_snapshot(settings.snapshot_path, storage.list_patterns(), storage.stats())
    except SnapshotError as exc:
        log.error("snapshot_refused", error=str(exc), path=str(settings.snapshot_path))
        return False
    storage.redis.set(storage.keys.snapshot_version, version)
    return True


def process_events(events: list[Any]) -> dict[str, int]:
    """Learn from one batch. A bad event is counted and skipped; it never fails the batch."""
    job = get_current_job()
    structlog.contextvars.bind_contextvars(job_id=job.id if job else None)
    settings = load_settings()
    storage = storage_for(_connection(), settings)
    if storage.prefix not in _seeded:
        seed_from_snapshot(storage, settings)
        _seeded.add(storage.prefix)
    try:
        rules = load_rules(settings.rules_dir)
    except RulePackError as exc:
        log.error("rule_pack_unusable", error=str(exc), action="using the default pack")
        rules = load_rules(None)
    learner = UsagePatternLearner(storage, rules=rules)
    summary: dict[str, int] = {}
    for raw in events if isinstance(events, list) else [events]:
        try:
            outcome = learner.analyze_result(Event.from_dict(raw))
        except InvalidEvent as exc:
            storage.redis.hincrby(storage.keys.stats, "invalid_events", 1)
            log.warning("event_rejected", reason=str(exc))
            outcome = "invalid"
        except RedisError:
            raise  # the store is away: fail the job; RQ retries it and events count once
        except Exception:  # a bug on one event must not cost the others: keep it for a replay
            log.exception("event_failed", event_id=raw.get("event_id") if isinstance(raw, dict) else None)
            storage.keep_dead_letter(raw)
            outcome = "failed"
        kind = outcome.split(":", 1)[0]
        summary[kind] = summary.get(kind, 0) + 1
        if kind in ("learned", "merged"):
            log.info("event_learned", outcome=outcome)
    queue_empty = job is None or Queue(job.origin, connection=storage.redis).count == 0
    write_current_snapshot(storage, settings, force=queue_empty)
    log.info("batch_processed", events=len(events) if isinstance(events, list) else 1, **summary)
    structlog.contextvars.unbind_contextvars("job_id")
    return summary


def run_maintenance(dry_run: bool = False, now: str | None = None,
                    redis: Redis | None = None) -> dict[str, Any]:
    """Decay, prune, snapshot. The report is returned and kept in Redis for `status`."""
    started = time.perf_counter()
    settings = load_settings()
    storage = storage_for(redis or _connection(), settings)
    moment = parse_time(now) if now else datetime.now(timezone.utc)
    report = MaintenanceReport(ran_at=moment.isoformat(), dry_run=dry_run)
    patterns = storage.list_patterns()
    report.patterns_before = len(patterns)
    if dry_run:
        for pattern in patterns:
            report.note(pattern, maintain_pattern(pattern, moment), moment)
    else:
        for before, after in storage.apply_each(lambda p: maintain_pattern(p, moment)):
            report.note(before, after, moment)
    report.patterns_after = report.patterns_before - len(report.pruned)
    if not dry_run:
        if write_current_snapshot(storage, settings, force=True) or settings.snapshot_path.exists():
            report.snapshot = str(settings.snapshot_path)
    report.duration_ms = (time.perf_counter() - started) * 1000
    result = report.to_dict()
    if not dry_run:
        storage.keep_report(result)
    log.info("maintenance_done", dry_run=dry_run, **result["totals"])
    return result


def maintenance_reports(storage: UsagePatternStorage, count: int = 30) -> list[dict[str, Any]]:
    return storage.maintenance_reports(count)


def run_scheduled_maintenance(period_seconds: int = 86400) -> dict[str, Any]:
    """What `rq cron` enqueues. Several schedulers may enqueue the same tick: one run per period wins."""
    settings = load_settings()
    storage = storage_for(_connection(), settings)
    period = int(time.time() // period_seconds)
    if not storage.claim_period(period_seconds, period):
        log.info("maintenance_skipped", reason="already ran this period", period=period)
        return {"skipped": f"already ran in period {period}"}
    return run_maintenance()
