"""Fire-and-forget recording of tool-call results, for processes that make many calls.

`record()` serialises the event to one JSON line, appends it to an in-memory deque and returns:
no lock and no syscall on the way, never a wait on Redis or on the disk (a deque append is atomic in
CPython; one consumer at a time takes from it). Once per batch it wakes the sender (an Event's set). Serialising in the caller (~5 µs) keeps the
sender's share of the GIL small: it only joins lines, and compressing and sending release the GIL,
so a caller never waits behind a batch being encoded. A daemon sender thread sends batches as RQ
jobs (`worker.jobs.process_events`, JSON serializer, written by `worker.rq_enqueue` over
`worker.resp`: no redis-py, no rq in the agent).

What "Redis is down" means is narrow (`unavailable`): a connection or timeout error. Then the
batch goes to the local spool (one fsync per batch, in the sender thread), later batches go
straight to the spool, and Redis is probed again every SPOOL_RETRY_SECONDS; the first send that
works re-sends the spool. Anything else is not an outage:
- an event that cannot be serialised is logged and dropped alone (in the caller, at `record`);
- a server error reply (OOM, READONLY, NOSCRIPT…) spools that one batch, logged, and the next
  batch is tried on Redis as usual.
When the buffer is full (the sender stuck in a send to a hung Redis for its socket timeout) the
caller appends its line to the spool itself: one write under an flock, no fsync. The buffer holds
JSON lines, ~3x smaller than the event dicts they come from (290 vs 890 bytes for a typical failed
call), so MAX_BUFFER lines take about the memory 10,000 dicts took. `sync=True` sends at once in the caller's thread (bounded by short socket
timeouts), for a short-lived process. A forked child starts its own sender on its first record.
"""
from __future__ import annotations

import atexit
import json
import logging
import os
import threading
import time
import weakref
from collections import deque
from typing import Any

from worker import rq_enqueue
from worker.config import Settings, load_settings

from .spool import Spool

JOB_FUNC = rq_enqueue.PROCESS_EVENTS
FAILURE_TTL_SECONDS = rq_enqueue.FAILURE_TTL_SECONDS
SPOOL_RETRY_SECONDS = 2.0
BATCH_SIZE = 1000  # events per job at most: a worker's per-job cost (RQ's ~65 commands, 4-7 ms) spread thin
MAX_BUFFER = 30_000  # JSON lines: ~290 bytes each for a typical event, ~9 MB in all (10,000 event dicts took about as much)
_JOB_HEAD = ('["%s",null,[[' % JOB_FUNC).encode()
_JOB_TAIL = b"]],{}]"
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


def line_of(event: Any) -> str | None:
    """The event as one compact JSON line, or None (logged) when it cannot be sent as JSON."""
    try:
        return json.dumps(event, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError, OverflowError) as exc:
        log.warning("usage-patterns: event %s not recorded: not JSON (%s)",
                    event.get("event_id") if isinstance(event, dict) else None, type(exc).__name__)
        return None


def lines_of(events: list[Any]) -> list[str]:
    return [line for line in map(line_of, events) if line is not None]


_live: weakref.WeakSet[Recorder] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    """A forked child has no sender thread and may have inherited held locks: fresh ones."""
    for recorder in list(_live):
        recorder._reset_threading()


os.register_at_fork(after_in_child=_after_fork_in_child)


class Recorder:
    def __init__(self, settings: Settings | None = None, *, batch_size: int = BATCH_SIZE,
                 flush_interval: float = 0.2, max_buffer: int = MAX_BUFFER, socket_timeout: float = 0.5,
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
        self._buffer: deque[str] = deque()  # JSON lines; appended by callers, taken by one consumer at a time
        self._closed = False
        self._down = False
        self._down_since = 0.0
        self._atexit = False
        self._reset_threading()
        _live.add(self)

    def _reset_threading(self) -> None:
        self._take_lock = threading.Lock()  # one consumer at a time (the sender, close, a flush call)
        self._send_lock = threading.RLock()  # one connection: one sender at a time (thread, close, sync caller)
        self._start_lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ sending
    def _enqueue(self, lines: list[str]) -> None:
        data = _JOB_HEAD + ",".join(lines).encode() + _JOB_TAIL  # the JSON of [func, null, [events], {}]
        pipe = self.redis.pipeline()
        rq_enqueue.enqueue(pipe, JOB_FUNC, [lines], self.settings.queue_name, data=data)
        pipe.execute()

    def _resend(self, events: list[dict[str, Any]]) -> None:
        self._enqueue(lines_of(events))

    def send(self, events: list[dict[str, Any]]) -> bool:
        """Send one batch (re-sending the spool first); spool the batch when Redis is away. True if sent."""
        return self._send(lines_of(events))

    def _send(self, lines: list[str]) -> bool:
        with self._send_lock:
            if self._down and time.monotonic() - self._down_since < SPOOL_RETRY_SECONDS:
                self._keep(lines)  # no probe yet: a hung Redis must not cost every batch a timeout
                return False
            try:
                self.spool.drain(self._resend)  # first: events reach the worker in order
                if lines:
                    self._enqueue(lines)
            except Exception as exc:
                if unavailable(exc):
                    if not self._down:  # once per outage, not once per batch
                        log.warning("usage-patterns: Redis unavailable (%s); spooling events to %s",
                                    type(exc).__name__, self.spool.path)
                    self._down, self._down_since = True, time.monotonic()
                else:
                    log.warning("usage-patterns: Redis refused a batch of %d event(s) (%s: %s); spooled",
                                len(lines), type(exc).__name__, str(exc)[:200])
                self._keep(lines)
                return False
            if self._down:
                log.warning("usage-patterns: Redis is back; spooled events re-sent")
                self._down = False
            return True

    def _keep(self, lines: list[str]) -> None:
        """Spool a batch, fsynced once (the sender's thread, or a `sync=True` caller)."""
        try:
            if lines:
                self.spool.append_encoded(("\n".join(lines) + "\n").encode(), sync=True)
        except OSError:
            log.exception("usage-patterns: could not spool %d event(s)", len(lines))

    # ------------------------------------------------------------------ buffering
    def record(self, event: dict[str, Any], sync: bool = False) -> None:
        if sync:
            self.send([event])
            return
        line = line_of(event)
        if line is None:
            return
        buffer = self._buffer
        if len(buffer) < self.max_buffer:
            buffer.append(line)
        else:  # never drop, never wait on Redis: a full buffer spills to disk, unsynced
            try:
                self.spool.append_encoded((line + "\n").encode())
            except OSError:
                log.exception("usage-patterns: buffer full and the spool unwritable; event dropped")
        if self._thread is None:
            self._start_thread()
        if len(buffer) >= self.batch_size and not self._wake.is_set():
            self._wake.set()  # once per batch, not per call
            if not self._thread.is_alive():  # type: ignore[union-attr]
                self._start_thread()

    def _take(self) -> list[str]:
        buffer = self._buffer
        with self._take_lock:  # the only consumer: len() events are there to take
            return [buffer.popleft() for _ in range(min(self.batch_size, len(buffer)))]

    def flush(self) -> int:
        """Send everything buffered now; returns how many events left the buffer. A batch is taken and
        sent (or spooled) under the send lock, so no batch is ever only in a thread's hands while
        another flush (`close` at exit) finds the buffer empty and returns."""
        total = 0
        while True:
            with self._send_lock:
                batch = self._take()
                if not batch:
                    return total
                self._send(batch)
            total += len(batch)

    def _run(self) -> None:
        while not self._closed:
            self._wake.wait(self.flush_interval)
            self._wake.clear()
            try:
                if not self.flush() and self._down:
                    self._send([])  # nothing new, but the spool waits for Redis to come back
            except Exception:  # the sender must outlive any surprise
                log.exception("usage-patterns: flush failed")

    def _start_thread(self) -> None:
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                if not self._atexit:
                    atexit.register(self.close)
                    self._atexit = True
                thread = threading.Thread(target=self._run, name="usage-patterns-sender", daemon=True)
                thread.start()
                self._thread = thread

    def close(self) -> None:
        """Flush what is left (at exit too)."""
        self._closed = True
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        self.flush()

    def pending(self) -> dict[str, int]:
        return {"buffered": len(self._buffer), "spooled": self.spool.pending()}
