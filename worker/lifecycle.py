"""Worker resources, built once per worker process (arq's on_startup): settings, the connection,
the store, the merge fold, and the store seeded from the YAML snapshot. Jobs ask `resources()`;
nothing is built at import time.

The worker class (`worker.rq_worker`) builds them before its first job. A job run outside it
(tests, `usage-patterns` calling a job directly) builds them on first use; they are keyed by
the environment that names the store, so a changed environment gets its own.
"""
from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import structlog
from redis import Redis
from rq import Queue, get_current_job
from rq.serializers import JSONSerializer

from . import learner
from .config import JOB_HEARTBEAT_EVERY_SECONDS, Settings, load_settings
from .rules import Rule, RulePackError, load_rules
from .storage import UsagePatternStorage
from .store_api import Fold

log = structlog.get_logger("usage_patterns.worker")


@dataclass
class Resources:
    settings: Settings
    redis: Redis
    store: UsagePatternStorage
    fold: Fold = field(default=functools.partial(learner.fold, threshold=learner.MERGE_THRESHOLD))
    seeded: bool = False

    def rules(self) -> tuple[Rule, ...]:
        """Compiled once; parsed again only when a user pack file changes (see `load_rules`)."""
        try:
            return load_rules(self.settings.rules_dir)
        except RulePackError as exc:
            log.error("rule_pack_unusable", error=str(exc), action="using the default pack")
            return load_rules(None)

    def queue(self) -> Queue:
        return Queue(self.settings.queue_name, connection=self.redis, serializer=JSONSerializer)

    def seed(self) -> None:
        """Load the snapshot into an empty store; tried again by the next job if Redis was away."""
        from .jobs import seed_from_snapshot

        try:
            seed_from_snapshot(self.store, self.settings)
            self.seeded = True
        except Exception as exc:  # the worker must start anyway; the first batch tries again
            log.warning("snapshot_not_loaded", error=str(exc))


_built: dict[tuple[str, str, str], Resources] = {}


def build(settings: Settings, redis: Redis | None = None) -> Resources:
    connection = redis if redis is not None else Redis.from_url(settings.redis_url)
    made = Resources(settings, connection, UsagePatternStorage(connection, settings.key_prefix))
    made.rules()  # compile now, not in the first job
    made.seed()
    return made


def resources(redis: Any = None) -> Resources:
    """This process's resources for the store the environment names."""
    settings = load_settings()
    key = (settings.redis_url, settings.key_prefix, str(settings.memory_dir))
    job = get_current_job()
    connection = redis if redis is not None else (job.connection if job is not None else None)
    found = _built.get(key)
    if found is None or (connection is not None and found.redis is not connection):
        found = _built[key] = build(settings, connection)
    elif not found.seeded:
        found.seed()
    return found


class _Beat:
    """The running job's heartbeat (set by the worker class around each job), sent at most every
    JOB_HEARTBEAT_EVERY_SECONDS, so a long batch keeps its started-job entry alive and is never
    taken for a dead worker's job and run again by another worker."""

    def __init__(self) -> None:
        self.send: Callable[[], None] | None = None
        self.last = 0.0
        self.every = JOB_HEARTBEAT_EVERY_SECONDS


_beat = _Beat()


@contextlib.contextmanager
def beating(send: Callable[[], None]) -> Iterator[None]:
    _beat.send, _beat.last = send, time.monotonic()
    try:
        yield
    finally:
        _beat.send = None


def heartbeat() -> None:
    """Renew the running job's heartbeat if it is due (a clock read otherwise; nothing outside a worker)."""
    if _beat.send is not None and time.monotonic() - _beat.last >= _beat.every:
        _beat.last = time.monotonic()
        try:
            _beat.send()
        except Exception as exc:  # a missed heartbeat costs at worst a re-run, which counts once
            log.warning("job_heartbeat_failed", error=str(exc))
