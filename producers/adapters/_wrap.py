"""What the framework adapters share: a usage tool whose block and whose warned failure reach
the model as the framework's own error type."""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable, TypeVar

from ..decorator import UsageBlocked, usage_tool, warnings_of

F = TypeVar("F", bound=Callable[..., Any])


def with_warnings(message: str, warnings: list[str]) -> str:
    return "\n".join(f"⚠ {w}" for w in warnings) + "\n\n" + message if warnings else message


def framework_tool(error_type: type[Exception], tool_name: str | None, options: dict[str, Any]) -> Callable[[F], F]:
    """`usage_tool` with blocks raised as `error_type(reason)`, warnings prepended to str results,
    and a warned call that fails with `error_type` re-raised with the warnings before its message."""
    options.setdefault("warn_in_result", True)
    wrap = usage_tool(tool_name, on_block=lambda blocked: error_type(str(blocked)), **options)

    def decorate(func: F) -> F:
        checked = wrap(func)

        def convert(exc: Exception) -> Exception | None:
            warnings = warnings_of(exc)
            if not warnings or not isinstance(exc, error_type) or isinstance(exc, UsageBlocked):
                return None
            return error_type(with_warnings(str(exc), warnings))

        if inspect.iscoroutinefunction(checked):
            @functools.wraps(checked)
            async def async_tool(*args: Any, **kwargs: Any) -> Any:
                try:
                    return await checked(*args, **kwargs)
                except Exception as exc:
                    converted = convert(exc)
                    if converted is None:
                        raise
                    raise converted from exc
            return async_tool  # type: ignore[return-value]

        @functools.wraps(checked)
        def sync_tool(*args: Any, **kwargs: Any) -> Any:
            try:
                return checked(*args, **kwargs)
            except Exception as exc:
                converted = convert(exc)
                if converted is None:
                    raise
                raise converted from exc
        return sync_tool  # type: ignore[return-value]

    return decorate
