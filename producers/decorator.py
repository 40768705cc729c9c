"""The tool decorator: check before the call, block or warn, record the outcome after it.

Apply it to the function that is actually registered with the tool framework (decorate
first, then register — the first implementation registered the unwrapped function):

    @mcp.tool()
    @usage_tool("bonfire_deploy")
    def bonfire_deploy(namespace: str, image_tag: str) -> str: ...

A blocked call raises `UsageBlocked` (its message is the reason, fit to show the agent)
and the tool body does not run. `ignore_usage_warning=True` overrides a block; it is part
of the wrapper's published signature, so frameworks that build a tool schema from the
signature (MCP SDK, fastmcp, LangChain, OpenAI Agents) offer it to the model. Outcomes are
decided by the one session model (`producers.session`).
"""
from __future__ import annotations

import dataclasses
import functools
import inspect
import logging
from typing import Any, Callable, TypeVar

from .checker import UsagePatternChecker
from .session import MemorySessionState, Session, Sessions, Ticket, current_session

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("usage_patterns.decorator")
OVERRIDE_KWARG = "ignore_usage_warning"
_STATE = MemorySessionState()  # every decorated tool of this process, keyed by session id


class UsageBlocked(Exception):
    """A confident pattern says this call repeats a known mistake; pass ignore_usage_warning=True to override."""

    def __init__(self, tool: str, check: dict[str, Any]) -> None:
        self.tool = tool
        self.check = check
        self.reason = "; ".join(check["warnings"])
        super().__init__(f"usage-patterns blocked {tool}: {self.reason}. Fix the call, or pass "
                         f"{OVERRIDE_KWARG}=True if you are sure.")


SessionArg = Session | str | Callable[[], "tuple[str, str | None] | str | None"] | None


def _resolve(session: SessionArg) -> tuple[str, str | None]:
    if isinstance(session, Session):
        return session.id, session.user
    if isinstance(session, str):
        return session, None
    if callable(session):
        found = session()
        if isinstance(found, tuple):
            return found
        if found:
            return str(found), None
    return current_session()


def _is_data(value: Any) -> bool:
    """Framework plumbing (an MCP `Context`, a LangChain run manager) is not a parameter of the call."""
    name = type(value).__name__
    return not (name.endswith(("Context", "RunManager", "CallbackManager")) or inspect.isroutine(value))


def json_value(value: Any, depth: int = 0) -> Any:
    """A JSON-ready copy: pydantic models dumped, dataclasses as dicts, anything else as text."""
    if depth > 20:
        return "<too deep>"
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return {str(k): json_value(v, depth + 1) for k, v in list(value.items())[:200]}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_value(v, depth + 1) for v in list(value)[:200]]
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        try:
            return json_value(dump(mode="json"), depth + 1)
        except Exception:
            pass
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return json_value(dataclasses.asdict(value), depth + 1)
    return str(value)[:1000]


def call_params(signature: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The call's arguments by name, JSON-normalised, without self/cls and framework plumbing."""
    try:
        bound = signature.bind_partial(*args, **kwargs).arguments
    except TypeError:
        bound = dict(kwargs)
    params: dict[str, Any] = {}
    for name, value in bound.items():
        if name in ("self", "cls") or not _is_data(value):
            continue
        if signature.parameters.get(name) is not None and signature.parameters[name].kind is inspect.Parameter.VAR_KEYWORD:
            params.update({k: json_value(v) for k, v in value.items() if _is_data(v)})
        else:
            params[name] = json_value(value)
    return params


def _signature(func: Callable[..., Any]) -> inspect.Signature:
    """Annotations evaluated: the published `__signature__` is read as is (`from __future__ import
    annotations` would leave strings that MCP SDK, fastmcp or pydantic cannot resolve)."""
    try:
        return inspect.signature(func, eval_str=True)
    except Exception:
        return inspect.signature(func)


def _published(func: Callable[..., Any], signature: inspect.Signature) -> inspect.Signature:
    """The signature with `ignore_usage_warning: bool = False` added as a keyword-only parameter."""
    if OVERRIDE_KWARG in signature.parameters:
        return signature
    override = inspect.Parameter(OVERRIDE_KWARG, inspect.Parameter.KEYWORD_ONLY, default=False, annotation=bool)
    params = list(signature.parameters.values())
    at = next((i for i, p in enumerate(params) if p.kind is inspect.Parameter.VAR_KEYWORD), len(params))
    return signature.replace(parameters=params[:at] + [override] + params[at:])


def usage_tool(tool_name: str | None = None, *, checker: UsagePatternChecker | None = None,
               session: SessionArg = None, warn_in_result: bool = False,
               error_of: Callable[[Any], str | None] | None = None,
               record: Callable[..., Any] | None = None, on_block: Callable[[UsageBlocked], Any] | None = None,
               ) -> Callable[[F], F]:
    """Wrap a sync or async tool function.

    `checker` defaults to the configured store's; `session` is a `Session`, a session id, a
    callable returning one, or (default) the current `usage_session(...)`; `error_of(result)`
    lets a tool that returns its errors say so; `warn_in_result` prepends warnings to str
    results; `on_block(exc)` turns a block into what the framework expects (e.g. a ToolError)."""
    sessions = Sessions(_STATE, checker, record)

    def decorate(func: F) -> F:
        name = tool_name or func.__name__
        signature = _signature(func)

        def before(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Ticket, str | None]:
            override = bool(kwargs.pop(OVERRIDE_KWARG, False))
            session_id, user = _resolve(session)
            ticket = sessions.before(session_id, name, call_params(signature, args, kwargs))
            if ticket.blocked:
                if not override:
                    sessions.blocked(ticket, user)
                    blocked = UsageBlocked(name, ticket.check)
                    if on_block is not None:
                        raise on_block(blocked) from None
                    raise blocked
                log.warning("usage-patterns: block of %s overridden by the caller: %s", name, ticket.check["warnings"])
            return ticket, user

        def after(ticket: Ticket, user: str | None, result: Any = None, error: BaseException | None = None) -> Any:
            failure: Any = error if error is not None else (error_of(result) if error_of else None)
            try:
                sessions.after(ticket, ok=failure is None, error=failure, result=_brief(result), user=user)
            except Exception:  # recording must never break the tool call
                log.exception("usage-patterns: could not record %s", name)
            if error is not None and ticket.check["warnings"]:
                _attach_warnings(error, ticket.check["warnings"])
            if warn_in_result and ticket.check["warnings"] and isinstance(result, str) and error is None:
                return "\n".join(f"⚠ {w}" for w in ticket.check["warnings"]) + "\n\n" + result
            return result

        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                ticket, user = before(args, kwargs)
                try:
                    result = await func(*args, **kwargs)
                except Exception as exc:
                    after(ticket, user, error=exc)
                    raise
                return after(ticket, user, result=result)
            wrapper: Callable[..., Any] = async_wrapper
        else:
            @functools.wraps(func)
            def sync_wrapper(*args: Any, **kwargs: Any) -> Any:
                ticket, user = before(args, kwargs)
                try:
                    result = func(*args, **kwargs)
                except Exception as exc:
                    after(ticket, user, error=exc)
                    raise
                return after(ticket, user, result=result)
            wrapper = sync_wrapper
        wrapper.__signature__ = _published(func, signature)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {**getattr(func, "__annotations__", {}), OVERRIDE_KWARG: bool}
        return wrapper  # type: ignore[return-value]

    return decorate


def _attach_warnings(error: BaseException, warnings: list[str]) -> None:
    """A warned call that failed anyway: adapters put the warnings beside the error the model reads."""
    try:
        error.usage_warnings = list(warnings)  # type: ignore[attr-defined]
    except Exception:
        pass


def warnings_of(error: BaseException) -> list[str]:
    """The pre-call warnings of a call that raised `error` (empty if none or not a usage tool's)."""
    found = getattr(error, "usage_warnings", None)
    return list(found) if isinstance(found, list) else []


def _brief(result: Any) -> str | None:
    return None if result is None else str(result)[:500]
