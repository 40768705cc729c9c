"""Sending from a process that records one event and exits (a Claude Code hook, `usage-patterns record`).

No buffer, no thread, no RQ job per event: the event goes onto the store's inbox in one round
trip (`worker.inbox.push`, which also enqueues one drain job for a burst of pushes), over
`worker.resp.MiniRedis` — no redis-py, no rq. Whatever the spool holds is pushed after it (up
to SPOOL_PER_CALL events a call), so the calls after an outage re-send it. When Redis does not
answer, the event is spooled (one write, no fsync: the page cache outlives the process) and the
call returns at once.
"""
from __future__ import annotations

import json
import logging
from typing import Any

from worker.config import Settings, load_settings
from worker.keys import Keys

from .recorder import unavailable
from .spool import Spool

TIMEOUT_SECONDS = 0.5
SPOOL_PER_CALL = 2000  # after a long outage, each call re-sends this much: no hook stalls on a big spool
log = logging.getLogger("usage_patterns.record")


def _raw(events: list[dict[str, Any]]) -> list[str]:
    return [json.dumps(event, separators=(",", ":")) for event in events]


def send(events: list[dict[str, Any]], settings: Settings | None = None, redis: Any = None,
         timeout: float = TIMEOUT_SECONDS) -> bool:
    """Push events onto the inbox, then whatever the spool holds; spool them if Redis is away.
    True if they reached Redis. `redis` is a connection to use (else one is opened and closed)."""
    from worker.inbox import push

    settings = settings or load_settings()
    raw = _raw(events)  # a value that is not JSON raises here, before anything is sent or spooled
    spool, keys = Spool(settings.spool_dir), Keys(settings.key_prefix)
    own = redis is None
    if own:
        from worker.resp import MiniRedis

        redis = MiniRedis(settings.redis_url, timeout=timeout)
    try:
        try:
            push(redis, keys, settings.queue_name, raw)
        except Exception as exc:
            if not unavailable(exc):  # a server error reply (NOAUTH, OOM…): kept, and said so
                log.warning("usage-patterns: Redis refused the event(s) (%s: %s); spooled",
                            type(exc).__name__, str(exc)[:200])
            spool.append_encoded("".join(line + "\n" for line in raw).encode())
            return False
        try:  # Redis answers: what an earlier outage left in the spool goes too
            spool.drain(lambda batch: push(redis, keys, settings.queue_name, _raw(batch)), limit=SPOOL_PER_CALL)
        except Exception as exc:  # kept in the spool for the next call
            log.warning("usage-patterns: spool not re-sent yet (%s)", type(exc).__name__)
        return True
    finally:
        if own:
            redis.close()
