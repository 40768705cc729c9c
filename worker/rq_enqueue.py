"""RQ jobs enqueued without importing rq: what `Queue.enqueue` writes, for producers that must stay light.

Importing rq (and redis-py under it) costs an agent's one-shot process several times Python's
own start-up, and its enqueue runs ~60 commands of Python per job in the caller's process. A
producer only ever enqueues two jobs, both with the JSON serializer the Procfile's worker uses
(`-S rq.serializers.JSONSerializer`): `worker.jobs.process_events(events)` and
`worker.jobs.drain_inbox()`. This module writes the same job hash RQ 3 writes for
`Queue(name, serializer=JSONSerializer).enqueue(func, *args, result_ttl=0, failure_ttl=…,
job_timeout=…, retry=Retry(max=…))`, pushes the id on the queue and registers the queue:
`tests/integration/test_rq_enqueue.py` checks it field by field against rq's own enqueue
and runs it through a real `rq worker`. RQ's keys (`rq:*`) are RQ's, not the store's.
"""
from __future__ import annotations

import json
import uuid
import zlib
from datetime import datetime, timezone
from typing import Any

PROCESS_EVENTS = "worker.jobs.process_events"
DRAIN_INBOX = "worker.jobs.drain_inbox"
FAILURE_TTL_SECONDS = 7 * 24 * 3600
JOB_TIMEOUT_SECONDS = 600
RETRIES = 3  # safe: every event counts once however often a job runs
QUEUES_KEY = "rq:queues"


def queue_key(queue_name: str) -> str:
    return f"rq:queue:{queue_name}"


def job_key(job_id: str) -> str:
    return f"rq:job:{job_id}"


def _timestamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def job_fields(func_name: str, args: list[Any], queue_name: str, *, retries: int = RETRIES,
               data: bytes | None = None) -> list[Any]:
    """HSET arguments (field, value, …) of one queued job, as rq 3 `Job.to_dict` writes them.
    `data` is the JSON-serialized call when the caller has it already (the drain job's is constant)."""
    if data is None:
        data = json.dumps([func_name, None, args, {}], separators=(",", ":")).encode()
    stamp = _timestamp()
    description = f"{func_name}(...)" if args else f"{func_name}()"  # rq repeats the args; we do not
    fields: dict[str, Any] = {
        "status": "queued", "created_at": stamp, "data": zlib.compress(data),
        "success_callback_name": "", "failure_callback_name": "", "stopped_callback_name": "",
        "started_at": "", "ended_at": "", "last_heartbeat": "", "worker_name": "", "group_id": "",
        "origin": queue_name, "description": description, "enqueued_at": stamp,
        "timeout": JOB_TIMEOUT_SECONDS, "result_ttl": 0, "failure_ttl": FAILURE_TTL_SECONDS,
    }
    if retries:
        fields["retries_left"] = retries
    return [item for pair in fields.items() for item in pair]


def new_job_id() -> str:
    return str(uuid.uuid4())


def enqueue(pipe: Any, func_name: str, args: list[Any], queue_name: str, job_id: str | None = None,
            data: bytes | None = None) -> str:
    """Queue the three writes of one enqueue on `pipe` (redis-py or `worker.resp` pipeline, ideally a
    MULTI); the caller executes it. Returns the job id."""
    job_id = job_id or new_job_id()
    pipe.execute_command("HSET", job_key(job_id), *job_fields(func_name, args, queue_name, data=data))
    pipe.execute_command("RPUSH", queue_key(queue_name), job_id)
    pipe.execute_command("SADD", QUEUES_KEY, queue_key(queue_name))
    return job_id
