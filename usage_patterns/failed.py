"""What failed, and why: RQ's FailedJobRegistry of both queues, and the learner's dead letters.

A failed *job* is a batch RQ gave up on (Redis went away mid-job, a worker died, a bug in the
shell); requeueing hands it back to its queue. A *dead letter* is one event the learner failed
on inside a batch that otherwise succeeded; requeueing re-sends that event through the queue.
Ids: RQ's job id for jobs, `dead:<event_id>` for dead letters.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .inputs import CommandError

if TYPE_CHECKING:
    from redis import Redis

    from worker.config import Settings
    from worker.storage import UsagePatternStorage

DEAD_PREFIX = "dead:"


def reason_line(exc_string: str | None) -> str:
    """The exception line of a traceback (its last non-empty line), the one a person reads first."""
    lines = [line.strip() for line in (exc_string or "").splitlines() if line.strip()]
    return lines[-1][:300] if lines else "(no reason recorded)"


def _registries(settings: Settings, redis: Redis) -> list[Any]:
    from rq import Queue
    from rq.registry import FailedJobRegistry
    from rq.serializers import JSONSerializer

    return [FailedJobRegistry(queue=Queue(name, connection=redis, serializer=serializer))
            for name, serializer in ((settings.queue_name, JSONSerializer), (settings.maintenance_queue, None))]


def _job_entry(job: Any, registry: Any, full: bool) -> dict[str, Any]:
    result = job.latest_result()
    exc = result.exc_string if result is not None else None
    entry = {"kind": "job", "id": job.id, "queue": registry.name, "description": job.description,
             "enqueued_at": job.enqueued_at.isoformat() if job.enqueued_at else None,
             "failed_at": job.ended_at.isoformat() if job.ended_at else None, "reason": reason_line(exc)}
    if full:
        entry["traceback"] = exc
    return entry


def failed_jobs(settings: Settings, redis: Redis, full: bool = False) -> list[dict[str, Any]]:
    from rq.job import Job

    entries = []
    for registry in _registries(settings, redis):
        ids = registry.get_job_ids()
        for job in Job.fetch_many(ids, connection=redis, serializer=registry.serializer):
            if job is not None:
                entries.append(_job_entry(job, registry, full))
    return entries


def dead_letter_entry(raw: str, position: int) -> dict[str, Any]:
    """A stored dead letter: an event, or {event, reason, failed_at} when the worker recorded why."""
    try:
        data = json.loads(raw)
    except ValueError:
        data = {"unparseable": raw[:200]}
    envelope = isinstance(data, dict) and "event" in data and isinstance(data["event"], dict)
    event = data["event"] if envelope else data
    event_id = event.get("event_id") if isinstance(event, dict) else None
    return {"kind": "dead-letter", "id": f"{DEAD_PREFIX}{event_id or position}", "queue": None,
            "description": f"event {event.get('tool') if isinstance(event, dict) else '?'}",
            "failed_at": data.get("failed_at") if envelope else None,
            "reason": data.get("reason") if envelope and data.get("reason") else "(the learner failed on it; "
                      "the worker log has the traceback)", "event": event, "raw": raw}


def dead_letters(store: UsagePatternStorage) -> list[dict[str, Any]]:
    return [dead_letter_entry(raw, n) for n, raw in enumerate(store.dead_letters(), 1)]


def everything(settings: Settings, redis: Redis, store: UsagePatternStorage, full: bool = False) -> list[dict[str, Any]]:
    return failed_jobs(settings, redis, full) + dead_letters(store)


def find(settings: Settings, redis: Redis, store: UsagePatternStorage, entry_id: str) -> dict[str, Any]:
    for entry in everything(settings, redis, store, full=True):
        if entry["id"] == entry_id:
            return entry
    raise CommandError(f"no failed job or dead letter with id {entry_id!r} (see `usage-patterns failed list`)")


def requeue(settings: Settings, redis: Redis, store: UsagePatternStorage, entries: list[dict[str, Any]]) -> dict[str, int]:
    """Failed jobs back to their queue; dead letters re-sent as events (removed once sent)."""
    from producers.record import get_recorder
    from worker.events import Event, InvalidEvent

    registries = {registry.name: registry for registry in _registries(settings, redis)}
    jobs = letters = spooled = 0
    for entry in entries:
        if entry["kind"] == "job":
            registries[entry["queue"]].requeue(entry["id"])
            jobs += 1
            continue
        try:
            event = Event.from_dict(entry["event"]).to_dict()
        except (InvalidEvent, AttributeError, TypeError) as exc:
            raise CommandError(f"{entry['id']}: not a valid event, cannot be re-sent ({exc})") from None
        sent = get_recorder().send([event])
        store.remove_dead_letter(entry["raw"])
        letters += 1
        spooled += not sent
    return {"jobs": jobs, "dead_letters": letters, "spooled": spooled}
