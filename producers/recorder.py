"""Fire-and-forget recording of tool-call results onto the RQ queue.

`record()` only appends to an in-memory buffer; a daemon thread sends batches as RQ jobs
(JSON serializer, result_ttl=0). When Redis is away the batch goes to the local spool and
is re-sent on the next successful send. Nothing here raises into the caller. `sync=True`
sends at once (bounded by short socket timeouts), for one short-lived process per call.
"""
from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import deque
from typing import Any

from redis import Redis
from redis.backoff import NoBackoff
from redis.retry import Retry as RedisRetry
from rq import Queue, Retry
from rq.serializers import JSONSerializer

from worker.config import Settings, load_settings

from .spool import Spool

JOB_FUNC = "worker.jobs.process_events"
FAILURE_TTL_SECONDS = 7 * 24 * 3600
SPOOL_RETRY_SECONDS = 5.0
log = logging.getLogger("usage_patterns.recorder")


def connect(url: str, timeout: float) -> Redis:
    """A client that fails fast: short timeouts and no retries (redis-py retries with backoff by default)."""
    return Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=RedisRetry(NoBackoff(), 0))


class Recorder:
    def __init__(self, settings: Settings | None = None, *, batch_size: int = 100,
                 flush_interval: float = 0.2, max_buffer: int = 10_000, socket_timeout: float = 0.5,
                 redis: Redis | None = None) -> None:
        self.settings = settings or load_settings()
        self.batch_size = batch_size
        self.flush_interval = flush_interval
        self.max_buffer = max_buffer
        self.spool = Spool(self.settings.spool_dir)
        self.redis = redis or connect(self.settings.redis_url, socket_timeout)
        self.queue = Queue(self.settings.queue_name, connection=self.redis, serializer=JSONSerializer)
        self._buffer: deque[dict[str, Any]] = deque()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._down = False

    # ------------------------------------------------------------------ sending
    def _enqueue(self, events: list[dict[str, Any]]) -> None:
        self.queue.enqueue(JOB_FUNC, events, result_ttl=0, failure_ttl=FAILURE_TTL_SECONDS, job_timeout=600,
                           retry=Retry(max=3))  # safe: every event counts once however often it runs

    def send(self, events: list[dict[str, Any]]) -> bool:
        """Send one batch (re-sending the spool first); spool it when Redis is away."""
        try:
            self.spool.drain(self._enqueue)
            if events:
                self._enqueue(events)
            if self._down:
                log.warning("usage-patterns: Redis is back; spooled events re-sent")
                self._down = False
            return True
        except Exception as exc:  # any Redis or network failure: keep the events on disk
            if not self._down:  # once per outage, not once per batch
                log.warning("usage-patterns: Redis unavailable (%s); spooling events to %s",
                            type(exc).__name__, self.spool.path)
                self._down = True
            try:
                if events:
                    self.spool.append(events)
            except OSError:
                log.exception("usage-patterns: could not spool %d event(s)", len(events))
            return False

    # ------------------------------------------------------------------ buffering
    def record(self, event: dict[str, Any], sync: bool = False) -> None:
        if sync:
            self.send([event])
            return
        with self._lock:
            overflow = len(self._buffer) >= self.max_buffer
            if not overflow:
                self._buffer.append(event)
        if overflow:  # never drop: a full buffer spills to disk
            self.spool.append([event])
        self._ensure_thread()
        if len(self._buffer) >= self.batch_size:
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
        last_retry = time.monotonic()
        while not self._closed:
            self._wake.wait(self.flush_interval)
            self._wake.clear()
            try:
                if not self.flush() and self._down and time.monotonic() - last_retry >= SPOOL_RETRY_SECONDS:
                    last_retry = time.monotonic()
                    self.send([])  # nothing new to send, but the spool waits for Redis to come back
            except Exception:  # the flusher must outlive any surprise
                log.exception("usage-patterns: flush failed")

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            with self._lock:
                if self._thread is None or not self._thread.is_alive():
                    if self._thread is None:
                        atexit.register(self.close)
                    self._thread = threading.Thread(target=self._run, name="usage-patterns-flusher", daemon=True)
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
