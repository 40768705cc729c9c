"""What the framework adapters share: a usage tool whose block and whose warned failure reach
the model as the framework's own error type."""
from __future__ import annotations

import contextlib
import functools
import inspect
import threading
from typing import Any, Callable, Generic, Hashable, Iterator, TypeVar

from ..decorator import UsageBlocked, usage_tool, warnings_of
from ..session import MemorySessionState, Sessions

F = TypeVar("F", bound=Callable[..., Any])
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class CallsInFlight(Generic[K, V]):
    """What a framework's callback adapter holds: the one session model, its default session and
    user, and each call between the framework's before and after callbacks, by the framework's id."""

    def __init__(self, session_id: str | None = None, user: str | None = None, *, checker: Any = None,
                 record: Callable[..., Any] | None = None) -> None:
        self.sessions = Sessions(MemorySessionState(), checker, record)
        self.session_id, self.user = session_id, user
        self._in_flight: dict[K, V] = {}
        self._lock = threading.Lock()  # frameworks call back from worker threads

    def hold(self, key: K, call: V) -> None:
        with self._lock:
            self._in_flight[key] = call

    def peek(self, key: K) -> V | None:
        with self._lock:
            return self._in_flight.get(key)

    def release(self, key: K) -> V | None:
        with self._lock:
            return self._in_flight.pop(key, None)

    @property
    def calls_in_flight(self) -> int:
        """Calls begun and not yet finished (0 once every call was paired)."""
        return len(self._in_flight)


def with_warnings(message: str, warnings: list[str]) -> str:
    return "\n".join(f"⚠ {w}" for w in warnings) + "\n\n" + message if warnings else message


def framework_tool(error_type: type[Exception], tool_name: str | None, options: dict[str, Any]) -> Callable[[F], F]:
    """`usage_tool` with blocks raised as `error_type(reason)`, warnings prepended to str results,
    and a warned call that fails with `error_type` re-raised with the warnings before its message."""
    options.setdefault("warn_in_result", True)
    wrap = usage_tool(tool_name, on_block=lambda blocked: error_type(str(blocked)), **options)

    @contextlib.contextmanager
    def warned_errors() -> Iterator[None]:
        """Re-raise a warned call's `error_type` failure with the warnings before its message."""
        try:
            yield
        except error_type as exc:
            warnings = warnings_of(exc)
            if not warnings or isinstance(exc, UsageBlocked):
                raise
            raise error_type(with_warnings(str(exc), warnings)) from exc

    def decorate(func: F) -> F:
        checked = wrap(func)
        if inspect.iscoroutinefunction(checked):
            @functools.wraps(checked)
            async def async_tool(*args: Any, **kwargs: Any) -> Any:
                with warned_errors():
                    return await checked(*args, **kwargs)
            return async_tool  # type: ignore[return-value]

        @functools.wraps(checked)
        def sync_tool(*args: Any, **kwargs: Any) -> Any:
            with warned_errors():
                return checked(*args, **kwargs)
        return sync_tool  # type: ignore[return-value]

    return decorate
