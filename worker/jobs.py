"""RQ entry points: the thin shell around the learner, the store and the snapshot.

`process_events` (a batch from a long-lived recorder) and `drain_inbox` (events one-shot
producers pushed onto the store's inbox) run on the `usage-events` queue (JSON serializer);
maintenance and the snapshot run on the maintenance queue, fed by `rq cron`. Jobs take their
resources from `worker.lifecycle` (built once per worker process), never from import time.
"""
from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime, timezone
from typing import Any, Sequence

import structlog
from redis.exceptions import RedisError
from rq import get_current_job

from . import learner as learning
from .config import Settings
from .events import Event, InvalidEvent, clean_raw
from .lifecycle import Resources, heartbeat, resources
from .logs import bound_job
from .maintenance import MaintenanceReport, maintain_pattern
from .patterns import parse_time
from .snapshot import SnapshotError, load_snapshot, write_snapshot
from .storage import DRAIN_LOCK_SECONDS, UsagePatternStorage
from .store_api import Item

log = structlog.get_logger("usage_patterns.worker")
DRAIN_BATCH = 1000
DRAIN_WAIT_SECONDS = DRAIN_LOCK_SECONDS + 5.0  # longer than a dead drain's lock lives
DRAIN_BUDGET_SECONDS = 30.0  # then the drain hands over to a new job, so other jobs get the worker too
SNAPSHOT_LOCK_SECONDS = 600
DRAIN_FUNC = "worker.jobs.drain_inbox"


def storage_for(redis: Any, settings: Settings) -> UsagePatternStorage:
    return UsagePatternStorage(redis, settings.key_prefix)


# ---------------------------------------------------------------------- snapshot lifecycle
def seed_from_snapshot(storage: Any, settings: Settings) -> int:
    """Load the YAML snapshot into an empty live store, once per store. The seeded marker is set
    only after a successful load (or when the store already holds patterns); an unreadable file is
    kept aside and the marker left unset, so the fixed file loads at the next start."""
    if storage.is_seeded():
        return 0
    token = storage.try_lock("snapshot_lock", SNAPSHOT_LOCK_SECONDS)
    if token is None:
        return 0  # another process is seeding (or writing) right now
    try:
        if storage.is_seeded():
            return 0
        if not storage.is_empty():
            storage.mark_seeded()
            return 0
        try:
            patterns = load_snapshot(settings.snapshot_path)
        except SnapshotError as exc:
            aside = settings.snapshot_path.with_name(settings.snapshot_path.name + ".unreadable")
            aside.write_bytes(settings.snapshot_path.read_bytes())
            log.error("snapshot_unreadable", error=str(exc), copy=str(aside),
                      action="not loaded; snapshots refused until the file is fixed or removed")
            return 0
        for pattern in patterns:
            storage.add_pattern(pattern)
        storage.mark_seeded()
        log.info("snapshot_loaded", patterns=len(patterns), path=str(settings.snapshot_path))
        return len(patterns)
    finally:
        storage.release("snapshot_lock", token)


def write_current_snapshot(storage: Any, settings: Settings, force: bool = False) -> bool:
    """Write the YAML snapshot when the store changed since the last write (always when forced).
    One writer at a time (a lock in the store), so two writers never interleave an older view
    over a newer one; each write reads the whole live store, streamed in chunks."""
    path = settings.snapshot_path
    if not storage.is_seeded() and path.exists():
        # a file this store never loaded (refused as unreadable, fixed since) is loaded now, never
        # overwritten with a live store that lacks it
        seed_from_snapshot(storage, settings)
        if not storage.is_seeded():
            return False
    if not force and storage.version() == storage.snapshot_version() and path.exists():
        return False
    token = storage.try_lock("snapshot_lock", SNAPSHOT_LOCK_SECONDS)
    if token is None:
        return False
    try:
        version = storage.version()  # read first: a change during the write triggers the next one
        write_snapshot(path, storage.iter_patterns(), counters=storage.counters())
        storage.mark_snapshot_written(version)
        return True
    except SnapshotError as exc:
        log.error("snapshot_refused", error=str(exc), path=str(path))
        return False
    finally:
        storage.release("snapshot_lock", token)


def snapshot_job() -> bool:
    """What `rq cron` runs every few seconds on the maintenance queue: the one snapshot writer.
    Also the inbox's safety net: events left there with no drain requested get one."""
    res = resources()
    written = write_current_snapshot(res.store, res.settings)
    if res.store.inbox_length() and res.store.request_drain():
        _enqueue_drain(res)
    return written


def _enqueue_drain(res: Resources) -> None:
    from rq import Retry

    res.queue().enqueue(DRAIN_FUNC, result_ttl=0, failure_ttl=7 * 24 * 3600, job_timeout=600, retry=Retry(max=3))


# ---------------------------------------------------------------------- learning
def _invalid_id(raw: Any) -> str:
    """Invalid events count once too: by their own id, or by a hash of what arrived."""
    own = raw.get("event_id") if isinstance(raw, dict) else None
    if isinstance(own, str) and own:
        return "invalid:" + own[:64]
    try:
        text = json.dumps(raw, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(type(raw))
    return "invalid:" + hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def learn_events(res: Resources, raws: Sequence[Any]) -> dict[str, int]:
    """Learn one batch: plan each event (a bug on one is kept as a dead letter), then commit the
    whole batch at once. Returns a summary by kind of result."""
    rules = res.rules()
    planned: list[tuple[Item, str, Any]] = []
    summary: dict[str, int] = {}
    for index, raw in enumerate(raws):
        if not index % 100:
            heartbeat()  # a long batch keeps its job's started entry alive (a clock read when not due)
        try:
            item, fixed = learning.plan(Event.from_dict(raw), rules)
        except InvalidEvent as exc:
            log.warning("event_rejected", reason=str(exc))
            item, fixed = Item(_invalid_id(raw), {"invalid_events": 1}), "invalid"
        except RedisError:
            raise
        except Exception:  # a bug on one event must not cost the others: keep it for a replay
            log.exception("event_failed", event_id=raw.get("event_id") if isinstance(raw, dict) else None)
            res.store.keep_dead_letter(clean_raw(raw))  # kept bounded and redacted, like every event
            summary["failed"] = summary.get("failed", 0) + 1
            continue
        planned.append((item, fixed, raw))
    heartbeat()
    for (item, fixed, _), result in zip(planned, _commit(res, planned)):
        kind = ("duplicate" if result is None else (result or fixed)).split(":", 1)[0]
        summary[kind] = summary.get(kind, 0) + 1
    return summary


def _commit(res: Resources, planned: list[tuple[Item, str, Any]]) -> list[Any]:
    """Commit the batch; if the fold fails on some event, split the batch until that one event is
    alone, keep it as a dead letter, and commit the rest."""
    if not planned:
        return []
    try:
        return res.store.apply_batch([item for item, _, _ in planned], res.fold)
    except RedisError:
        raise  # the store is away: the job fails, RQ retries it, and events count once
    except Exception:
        if len(planned) == 1:
            log.exception("event_failed", event_id=planned[0][0].event_id)
            res.store.keep_dead_letter(clean_raw(planned[0][2]))
            return ["failed"]
        middle = len(planned) // 2
        return _commit(res, planned[:middle]) + _commit(res, planned[middle:])


def process_events(events: list[Any]) -> dict[str, int]:
    """Learn from one batch. A bad event is counted and skipped; it never fails the batch."""
    job = get_current_job()
    with bound_job(job.id if job else None):  # restores the worker's own binding (rq_worker) after
        batch = events if isinstance(events, list) else [events]
        res = resources()
        folds = res.store.folds
        summary = learn_events(res, batch)
        log.info("batch_processed", events=len(batch), folds=res.store.folds - folds, **summary)
        return summary


def drain_inbox() -> dict[str, int]:
    """Learn what one-shot producers pushed onto the inbox, DRAIN_BATCH at a time, until it is empty.
    One drain at a time reads it (a lock). The drain request stays set while it runs, so producers
    pushing meanwhile enqueue no other drain: it is cleared in the same atomic step that finds the
    inbox empty (`finish_drain`). Events leave the inbox only after their batch is committed, so a
    drain killed midway loses nothing and the next one counts nothing twice (see `worker.inbox`)."""
    job = get_current_job()
    with bound_job(job.id if job else None):
        return _drain(resources())


def _drain(res: Resources) -> dict[str, int]:
    store = res.store
    deadline = time.monotonic() + DRAIN_WAIT_SECONDS
    while (token := store.try_lock("inbox_lock", DRAIN_LOCK_SECONDS)) is None:
        if time.monotonic() > deadline:
            return {"skipped": 1}  # the drain holding the lock reads until the inbox is empty
        time.sleep(0.05)
    summary: dict[str, int] = {}
    started, batches, handed_over = time.monotonic(), 0, False
    try:
        while True:
            raws = store.peek_inbox(DRAIN_BATCH)
            if not raws:
                if store.finish_drain():
                    break
                continue  # pushed between our read and the check: read again
            if batches and time.monotonic() - started > DRAIN_BUDGET_SECONDS:
                handed_over = True  # the request stays set, so no producer enqueues a drain: we do
                break
            events: list[Any] = []
            for raw in raws:
                try:
                    events.append(json.loads(raw))
                except (ValueError, RecursionError):
                    events.append(raw)  # counted as invalid
            folds = store.folds
            learned = learn_events(res, events)
            log.info("batch_processed", events=len(events), source="inbox", folds=store.folds - folds, **learned)
            for kind, count in learned.items():
                summary[kind] = summary.get(kind, 0) + count
            if not store.trim_inbox(len(raws), token):
                handed_over = True  # our lock expired (a slow batch): the next drain re-reads it, counting once
                break
            batches += 1
    finally:
        store.release("inbox_lock", token)
    if handed_over:
        _enqueue_drain(res)
    log.info("inbox_drained", handed_over=handed_over, **summary)
    return summary


# ---------------------------------------------------------------------- maintenance
def run_maintenance(dry_run: bool = False, now: str | None = None, redis: Any = None) -> dict[str, Any]:
    """Decay, prune, snapshot. The report is returned and kept in the store for `status`."""
    started = time.perf_counter()
    res = resources(redis=redis)
    storage, settings = res.store, res.settings
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


def maintenance_reports(storage: Any, count: int = 30) -> list[dict[str, Any]]:
    return list(storage.maintenance_reports(count))


def run_scheduled_maintenance(period_seconds: int = 86400) -> dict[str, Any]:
    """What `rq cron` enqueues. Several schedulers may enqueue the same tick: one run per period wins."""
    storage = resources().store
    period = int(time.time() // period_seconds)
    if not storage.claim_period(period_seconds, period):
        log.info("maintenance_skipped", reason="already ran this period", period=period)
        return {"skipped": f"already ran in period {period}"}
    return run_maintenance()
