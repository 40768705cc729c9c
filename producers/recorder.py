"""Fire-and-forget recording of tool-call results, for processes that make many calls.

`record()` appends to a bounded in-memory buffer and returns: it never waits on Redis or on
the disk. A daemon sender thread sends batches as RQ jobs (`worker.jobs.process_events`, JSON
serializer, written by `worker.rq_enqueue` over `worker.resp`: no redis-py, no rq in the agent).

What "Redis is down" means is narrow (`unavailable`): a connection or timeout error. Then the
batch goes to the local spool (one fsync per batch, in the sender thread), later batches go
straight to the spool, and Redis is probed again every SPOOL_RETRY_SECONDS; the first send that
works re-sends the spool. Anything else is not an outage:
- an event that cannot be serialised is logged and dropped alone; the rest of its batch is sent;
- a server error reply (OOM, READONLY, NOSCRIPT…) spools that one batch, logged, and the next
  batch is tried on Redis as usual.
When the buffer is full (Redis hung, the sender behind) the caller appends its event to the
spool itself: one write under an flock, no fsync. `sync=True` sends at once in the caller's
thread (bounded by short socket timeouts), for a short-lived process.
"""
from __future__ import annotations

import atexit
import json
import logging
import threading
import time
from collections import deque
from typing import Any

from worker import rq_enqueue
from worker.config import Settings, load_settings

from .spool import Spool

JOB_FUNC = rq_enqueue.PROCESS_EVENTS
FAILURE_TTL_SECONDS = rq_enqueue.FAILURE_TTL_SECONDS
SPOOL_RETRY_SECONDS = 2.0
log = logging.getLogger("usage_patterns.recorder")


def unavailable(exc: BaseException) -> bool:
    """A connection or timeout error (builtin, `worker.resp`, or redis-py's own classes, matched by
    name so that nothing here imports redis-py): the only errors read as "Redis is down"."""
    if isinstance(exc, OSError):  # ConnectionError, TimeoutError, socket errors
        return True
    return any(cls.__name__ in ("ConnectionError", "TimeoutError") for cls in type(exc).__mro__)


def connect(url: str, timeout: float) -> Any:
    """A redis-py client that fails fast: short timeouts and no retries (for the CLI's admin commands)."""
    from redis import Redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry as RedisRetry

    return Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=RedisRetry(NoBackoff(), 0))


def serialisable(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events that can be sent as JSON; each one that cannot is logged and left out."""
    good = []
    for event in events:
        try:
            json.dumps(event)
        except (TypeError, ValueError, RecursionError, OverflowError) as exc:
            log.warning("usage-patterns: event %s not recorded: not JSON (%s)",
                        event.get("event_id") if isinstance(event, dict) else None, type(exc).__name__)
            continue
        good.append(event)
    return good


class Recorder:
    def __init__(self, settings: Settings | None = None, *, batch_size: int = 100,
                 flush_interval: float = 0.2, max_buffer: int = 10_000, socket_timeout: float = 0.5,
                 redis: Any = None) -> None:
        self.settings = settings or load_settings()
        self.batch_size = batch_size
        self.flush_interval = flush_interval
        self.max_buffer = max_buffer
        self.spool = Spool(self.settings.spool_dir)
        if redis is None:
            from worker.resp import MiniRedis

            redis = MiniRedis(self.settings.redis_url, timeout=socket_timeout)
        self.redis = redis
        self._buffer: deque[dict[str, Any]] = deque()
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()  # one connection: one sender at a time (thread or sync caller)
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._down = False
        self._down_since = 0.0

    # ------------------------------------------------------------------ sending
    def _enqueue(self, events: list[dict[str, Any]]) -> None:
        pipe = self.redis.pipeline()
        rq_enqueue.enqueue(pipe, JOB_FUNC, [events], self.settings.queue_name)
        pipe.execute()

    def _send_checked(self, events: list[dict[str, Any]]) -> None:
        """Enqueue; if the batch does not serialise, send the events that do (each bad one logged)."""
        try:
            self._enqueue(events)
        except (TypeError, ValueError, RecursionError, OverflowError):
            good = serialisable(events)
            if good:
                self._enqueue(good)

    def send(self, events: list[dict[str, Any]]) -> bool:
        """Send one batch (re-sending the spool first); spool the batch when Redis is away. True if sent."""
        with self._send_lock:
            if self._down and time.monotonic() - self._down_since < SPOOL_RETRY_SECONDS:
                self._keep(events)  # no probe yet: a hung Redis must not cost every batch a timeout
                return False
            try:
                self.spool.drain(self._send_checked)  # first: events reach the worker in order
                if events:
                    self._send_checked(events)
            except Exception as exc:
                if unavailable(exc):
                    if not self._down:  # once per outage, not once per batch
                        log.warning("usage-patterns: Redis unavailable (%s); spooling events to %s",
                                    type(exc).__name__, self.spool.path)
                    self._down, self._down_since = True, time.monotonic()
                else:
                    log.warning("usage-patterns: Redis refused a batch of %d event(s) (%s: %s); spooled",
                                len(events), type(exc).__name__, str(exc)[:200])
                self._keep(events)
                return False
            if self._down:
                log.warning("usage-patterns: Redis is back; spooled events re-sent")
                self._down = False
            return True

    def _keep(self, events: list[dict[str, Any]]) -> None:
        """Spool a batch, fsynced once (the sender's thread, or a `sync=True` caller)."""
        try:
            self.spool.append(serialisable(events), sync=True)
        except OSError:
            log.exception("usage-patterns: could not spool %d event(s)", len(events))

    # ------------------------------------------------------------------ buffering
    def record(self, event: dict[str, Any], sync: bool = False) -> None:
        if sync:
            self.send([event])
            return
        with self._lock:
            size = len(self._buffer)
            if size < self.max_buffer:
                self._buffer.append(event)
        if size >= self.max_buffer:  # never drop, never wait: a full buffer spills to disk, unsynced
            try:
                self.spool.append(serialisable([event]))
            except OSError:
                log.exception("usage-patterns: buffer full and the spool unwritable; event dropped")
        thread = self._thread
        if thread is None or not thread.is_alive():
            self._start_thread()
        if size + 1 >= self.batch_size:
            self._wake.set()

    def _take(self) -> list[dict[str, Any]]:
        with self._lock:
            batch = [self._buffer.popleft() for _ in range(min(self.batch_size, len(self._buffer)))]
        return batch

    def flush(self) -> int:
        """Send everything buffered now; returns how many events left the buffer."""
        total = 0
        while batch := self._take():
            self.send(batch)
            total += len(batch)
        return total

    def _run(self) -> None:
        while not self._closed:
            self._wake.wait(self.flush_interval)
            self._wake.clear()
            try:
                if not self.flush() and self._down:
                    self.send([])  # nothing new, but the spool waits for Redis to come back
            except Exception:  # the sender must outlive any surprise
                log.exception("usage-patterns: flush failed")

    def _start_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                if self._thread is None:
                    atexit.register(self.close)
                self._thread = threading.Thread(target=self._run, name="usage-patterns-sender", daemon=True)
                self._thread.start()

    def close(self) -> None:
        """Flush what is left (at exit too)."""
        self._closed = True
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self.flush()

    def pending(self) -> dict[str, int]:
        return {"buffered": len(self._buffer), "spooled": self.spool.pending()}
