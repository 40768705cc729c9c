"""The tool decorator: check before the call, block or warn, record the outcome after it.

Apply it to the function that is actually registered with the tool framework (decorate
first, then register — the first implementation registered the unwrapped function):

    @mcp.tool()
    @usage_tool("bonfire_deploy")
    def bonfire_deploy(namespace: str, image_tag: str) -> str: ...

A blocked call raises `UsageBlocked` (its message is the reason, fit to show the agent)
and the tool body does not run. `ignore_usage_warning=True` overrides a block; the
override is logged. Outcomes feed confidence: the next call of the tool after a warning
or block that no longer matches and succeeds is a prevention success; a call that still
matches and runs anyway (override, or going ahead after a warning) and succeeds is a
false positive.
"""
from __future__ import annotations

import functools
import inspect
import logging
from typing import Any, Callable, TypeVar

from .checker import UsagePatternChecker, default_checker
from .record import record_tool_result
from .session import Session, default_session

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("usage_patterns.decorator")
OVERRIDE_KWARG = "ignore_usage_warning"


class UsageBlocked(Exception):
    """A confident pattern says this call repeats a known mistake; pass ignore_usage_warning=True to override."""

    def __init__(self, tool: str, check: dict[str, Any]) -> None:
        self.tool = tool
        self.check = check
        reason = "; ".join(check["warnings"])
        super().__init__(f"usage-patterns blocked {tool}: {reason}. Fix the call, or pass "
                         f"{OVERRIDE_KWARG}=True if you are sure.")


def _params(signature: inspect.Signature, args: tuple, kwargs: dict[str, Any]) -> dict[str, Any]:
    try:
        bound = signature.bind_partial(*args, **kwargs)
    except TypeError:
        return dict(kwargs)
    return {k: v for k, v in bound.arguments.items() if k not in ("self", "cls")}


def usage_tool(tool_name: str | None = None, *, checker: UsagePatternChecker | None = None,
               session: Session | None = None, warn_in_result: bool = False,
               error_of: Callable[[Any], str | None] | None = None, record: Callable[..., Any] = record_tool_result) -> Callable[[F], F]:
    """Wrap a sync or async tool function. `checker` defaults to the configured store's;
    `error_of(result)` lets a tool that returns its errors (instead of raising) say so;
    `warn_in_result` prepends warnings to str results."""

    def decorate(func: F) -> F:
        name = tool_name or func.__name__
        signature = inspect.signature(func)
        active = session or default_session

        def before(args: tuple, kwargs: dict[str, Any]) -> tuple[dict[str, Any], list[str], dict[str, Any], bool]:
            override = bool(kwargs.pop(OVERRIDE_KWARG, False))
            params = _params(signature, args, kwargs)
            recent = active.recent_calls()
            try:
                check = (checker or default_checker()).check_before_call(name, params, {"recent_calls": recent})
            except Exception:  # a broken check must never break the tool call: allow it
                log.exception("usage-patterns: pre-call check of %s failed; allowing the call", name)
                check = {"decision": "allow", "patterns_matched": [], "warnings": []}
            if check["patterns_matched"]:
                active.remember_warning(name, check["patterns_matched"])
            if check["decision"] == "block":
                if not override:
                    active.add_call(name)
                    raise UsageBlocked(name, check)
                log.warning("usage-patterns: block of %s overridden by the caller: %s", name, check["warnings"])
            return params, recent, check, override

        def after(params: dict[str, Any], recent: list[str], check: dict[str, Any], override: bool,
                  result: Any = None, error: BaseException | None = None) -> Any:
            active.add_call(name)
            failure = error if error is not None else (error_of(result) if error_of else None)
            # A call that still matches and runs anyway overrides the warning (explicitly or not);
            # a changed call after a warning carries that warning's ids to count a prevention.
            went_ahead = bool(check["patterns_matched"])
            warned = check["patterns_matched"] if went_ahead else active.take_warning(name)
            record(name, params, result=None if failure else _brief(result), error=failure,
                   user=active.user, session=active.id, recent_calls=recent,
                   warned_patterns=warned, override=went_ahead)
            if warn_in_result and check["warnings"] and isinstance(result, str) and error is None:
                return "\n".join(f"⚠ {w}" for w in check["warnings"]) + "\n\n" + result
            return result

        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                params, recent, check, override = before(args, kwargs)
                try:
                    result = await func(*args, **kwargs)
                except Exception as exc:
                    after(params, recent, check, override, error=exc)
                    raise
                return after(params, recent, check, override, result=result)
            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            params, recent, check, override = before(args, kwargs)
            try:
                result = func(*args, **kwargs)
            except Exception as exc:
                after(params, recent, check, override, error=exc)
                raise
            return after(params, recent, check, override, result=result)
        return wrapper  # type: ignore[return-value]

    return decorate


def _brief(result: Any) -> str | None:
    return None if result is None else str(result)[:500]
