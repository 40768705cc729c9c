"""`record_tool_result`: the one call a tool wrapper makes after every tool call."""
from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING, Any, Callable

from worker.config import load_settings
from worker.bounds import safe_str
from worker.events import Event, InvalidEvent

if TYPE_CHECKING:
    from .recorder import Recorder

log = logging.getLogger("usage_patterns.record")
_recorders: dict[tuple[str | None, ...], Recorder] = {}
_lock = threading.Lock()


_ENVIRONMENT = ("REDIS_URL", "USAGE_PATTERNS_QUEUE", "USAGE_PATTERNS_SPOOL_DIR", "XDG_CACHE_HOME", "HOME")


def get_recorder() -> Recorder:
    """One recorder per environment (Redis URL, queue, spool dir), so it can change per test;
    looked up from the variables themselves, without building Settings on every call."""
    key = tuple(os.environ.get(name) for name in _ENVIRONMENT)
    recorder = _recorders.get(key)
    if recorder is None:
        from .recorder import Recorder

        with _lock:
            if key not in _recorders:
                _recorders[key] = Recorder(load_settings())
            recorder = _recorders[key]
    return recorder


def build_event(tool: str, params: dict[str, Any] | None, *, result: Any = None, error: Any = None,
                ok: bool | None = None, user: str | None = None, session: str | None = None,
                recent_calls: list[str] | None = None, warned_patterns: list[str] | None = None,
                override: bool = False, blocked: bool = False) -> Event:
    """The DESIGN.md event, bounded and redacted here, before it is buffered, spooled or enqueued:
    any params (deep, cyclic, pydantic models, bytes, objects) become bounded JSON before anything
    walks them (`Event.from_dict` does that first), and secrets are replaced (`worker.redaction`);
    the worker does both again."""
    if isinstance(error, BaseException):
        error = f"{type(error).__name__}: {safe_str(error)}"
    return Event.from_dict({  # which also gives the call its canonical identity (worker.identity)
        "tool": tool, "params": {} if params is None else params, "ok": ok if ok is not None else error is None, "error": error,
        "result": result, "user": user, "session": session, "recent_calls": recent_calls or [],
        "warned_patterns": warned_patterns or [], "override": override, "blocked": blocked,
    })


def record_tool_result(tool: str, params: dict[str, Any] | None = None, *, result: Any = None,
                       error: Any = None, ok: bool | None = None, user: str | None = None,
                       session: str | None = None, recent_calls: list[str] | None = None,
                       warned_patterns: list[str] | None = None, override: bool = False,
                       blocked: bool = False, sync: bool = False, recorder: Recorder | None = None) -> str | None:
    """Log one call result, fire-and-forget. Returns the event id, or None if it was unusable.

    Never raises into the tool call and never waits on Redis unless `sync=True`.
    """
    return _deliver(lambda event: (recorder or get_recorder()).record(event, sync=sync), tool, params,
                    dict(result=result, error=error, ok=ok, user=user, session=session, recent_calls=recent_calls,
                         warned_patterns=warned_patterns, override=override, blocked=blocked))


def record_now(tool: str, params: dict[str, Any] | None = None, *, result: Any = None, error: Any = None,
               ok: bool | None = None, user: str | None = None, session: str | None = None,
               recent_calls: list[str] | None = None, warned_patterns: list[str] | None = None,
               override: bool = False, blocked: bool = False, sync: bool = True, redis: Any = None) -> str | None:
    """`record_tool_result` for a process that records once and exits (hooks): the event goes onto the
    store's inbox now, over `redis` if given (`worker.resp.MiniRedis`), spooled when Redis is away.
    No recorder, no thread, no RQ job per event (`producers.oneshot`). Never raises."""
    from .oneshot import send

    return _deliver(lambda event: send([event], redis=redis), tool, params,
                    dict(result=result, error=error, ok=ok, user=user, session=session, recent_calls=recent_calls,
                         warned_patterns=warned_patterns, override=override, blocked=blocked))


def _deliver(send: Callable[[dict[str, Any]], object], tool: str, params: dict[str, Any] | None,
             fields: dict[str, Any]) -> str | None:
    try:
        event = build_event(tool, params, **fields)
        send(event.to_dict())
        return event.event_id
    except InvalidEvent as exc:
        log.warning("usage-patterns: event not recorded: %s", exc)
    except Exception:  # the tool call must never see our failure
        log.exception("usage-patterns: event not recorded")
    return None
