"""One session-and-outcome model for every agent path: the decorator, the Claude Code hooks,
the MCP proxy and the framework adapters.

A call goes through `Sessions.before()` (canonical identity, recent calls, the pre-call
check, remembering what warned) and `Sessions.after()` (the outcome, the event, the
session's window). Where that state lives is a `SessionState`: in memory for tools in one
process, in the store for hooks that run as one process per call. Sessions are keyed by
session id (plus subagent), never a process global.

Outcomes (`settle`, the one place that decides):
- a call the check matched that runs anyway (override, an approved `ask`, or going ahead
  after a warning) is an **override**: if it succeeds the warning was a false positive;
- a later call of the same tool that no longer matches and succeeds is a **prevention
  success** for the patterns that warned about or blocked the earlier one;
- a call that matched and then failed as predicted re-arms its warning, so the fixed call
  after it still counts as prevented.
"""
from __future__ import annotations

import contextvars
import logging
import threading
import uuid
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Protocol

from contextlib import contextmanager

from worker.bounds import json_safe, safe_str
from worker.identity import ToolCall, canonical_tool
from worker.redaction import redact_text, redact_value

WINDOW = 10  # the seed's sequence window: the session's last 10 calls
MAX_SESSIONS = 10_000
WINDOW_NODES = 64  # how much of a call's params its window entry keeps (nodes, characters per string)
WINDOW_CHARS = 512
log = logging.getLogger("usage_patterns.session")

CheckResult = dict[str, Any]  # worker.records.CheckResult, as the hooks and adapters read it
ALLOW: CheckResult = {"decision": "allow", "should_block": False, "warnings": [], "preventions": [],
                      "patterns_matched": [], "suggestions": []}


Entry = str | dict[str, Any]  # a window entry: a tool name, or {tool, params}


def window_entry(call: ToolCall) -> dict[str, Any]:
    """A call as the session's window keeps it: its canonical name and params, bounded and redacted. The check
    reads which value an earlier call gave (`scrapy genspider books` made the `books` a later call names, `rm x`
    removed it); no secret is kept, and a value cut short simply matches nothing."""
    tool, params = call.tool, call.params
    if call.command is not None:  # a command line is redacted as text before it is read, as an event's is:
        # `--token s3cr3t` read first would leave the secret an argument no key names
        command = safe_str(call.command)
        clean = redact_text(command)
        if clean != command:  # read again only when redaction changed it (most lines hold no secret)
            safe = canonical_tool(call.host_tool or "Bash", {"command": clean})
            tool, params = safe.tool, safe.params
    return {"tool": tool, "params": _cut(redact_value(json_safe(params, max_depth=6, max_nodes=WINDOW_NODES)))}


def _cut(value: Any) -> Any:
    """Strings cut to WINDOW_CHARS, after redaction (a cut before it could leave a secret's head unrecognised)."""
    if isinstance(value, str):
        return value[:WINDOW_CHARS]
    if isinstance(value, dict):
        return {k: _cut(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cut(v) for v in value]
    return value


def names_of(window: list[Entry]) -> list[str]:
    """The tool names of a window (what an event's `recent_calls` holds, DESIGN's contract)."""
    return [entry if isinstance(entry, str) else str(entry.get("tool") or "") for entry in window]


class SessionState(Protocol):
    """Where a session's window and pending warnings live (memory, or the store for hooks)."""

    def window(self, session: str) -> list[Entry] | None: ...  # None: unknown (no sequence checks)
    def recent(self, session: str) -> list[str] | None: ...  # the window's tool names
    def push(self, session: str, entry: Entry) -> None: ...
    def remember(self, session: str, key: str, pattern_ids: list[str]) -> None: ...
    def take(self, session: str, key: str) -> list[str]: ...


class MemorySessionState:
    """In-process state, bounded: the least recently used sessions are forgotten first."""

    def __init__(self, max_sessions: int = MAX_SESSIONS) -> None:
        self._calls: OrderedDict[str, deque[Entry]] = OrderedDict()
        self._pending: dict[str, dict[str, list[str]]] = {}
        self._max = max_sessions
        self._lock = threading.Lock()

    def _touch(self, session: str) -> deque[Entry]:
        calls = self._calls.get(session)
        if calls is None:
            calls = self._calls[session] = deque(maxlen=WINDOW)
            while len(self._calls) > self._max:
                old, _ = self._calls.popitem(last=False)
                self._pending.pop(old, None)
        self._calls.move_to_end(session)
        return calls

    def window(self, session: str) -> list[Entry]:
        with self._lock:
            return list(self._touch(session))

    def recent(self, session: str) -> list[str]:
        return names_of(self.window(session))

    def push(self, session: str, entry: Entry) -> None:
        with self._lock:
            self._touch(session).append(entry)

    def remember(self, session: str, key: str, pattern_ids: list[str]) -> None:
        with self._lock:
            self._touch(session)
            self._pending.setdefault(session, {})[key] = list(pattern_ids)

    def take(self, session: str, key: str) -> list[str]:
        with self._lock:
            return self._pending.get(session, {}).pop(key, [])


class UnknownSessionState:
    """No state reachable (hooks with Redis away): no window, so no sequence warnings, no pending."""

    def window(self, session: str) -> list[Entry] | None:
        return None

    def recent(self, session: str) -> list[str] | None:
        return None

    def push(self, session: str, entry: Entry) -> None:
        return None

    def remember(self, session: str, key: str, pattern_ids: list[str]) -> None:
        return None

    def take(self, session: str, key: str) -> list[str]:
        return []


def session_key(session_id: str | None, agent_id: str | None = None) -> str:
    """A subagent keeps its own window: its calls are not its parent's."""
    base = session_id or "anonymous"
    return f"{base}/{agent_id}" if agent_id else base


def settle(matched_this_call: list[str], outstanding: list[str]) -> tuple[list[str], bool]:
    """(warned_patterns, override) of a finished call — the one outcome rule (see the module doc)."""
    if matched_this_call:
        return list(matched_this_call), True
    return list(outstanding), False


@dataclass
class Ticket:
    """What `before` learned about a call, carried to `after` (or across processes by call id)."""
    session: str
    call: ToolCall
    recent: list[str] | None
    check: CheckResult
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def matched(self) -> list[str]:
        return list(self.check.get("patterns_matched") or [])

    @property
    def blocked(self) -> bool:
        return self.check.get("decision") == "block"


Checker = Any  # anything with check_before_call(tool, params, context) -> CheckResult
Record = Callable[..., Any]


class Sessions:
    """The before/after pair every agent path uses; `checker` and `record` are built lazily."""

    def __init__(self, state: SessionState | None = None, checker: Checker | Callable[[], Checker] | None = None,
                 record: Record | None = None) -> None:
        self.state: SessionState = state or MemorySessionState()
        self._checker = checker
        self._record = record

    def checker(self) -> Checker:
        if self._checker is None:
            from .checker import default_checker
            return default_checker()
        if callable(self._checker) and not hasattr(self._checker, "check_before_call"):
            self._checker = self._checker()
        return self._checker

    def record(self, *args: Any, **kwargs: Any) -> Any:
        if self._record is None:
            from .record import record_tool_result
            self._record = record_tool_result
        return self._record(*args, **kwargs)

    def before(self, session: str, tool: str, params: dict[str, Any] | None,
               call_id: str | None = None) -> Ticket:
        """Check a call before it runs. A broken check allows the call (logged), never breaks it."""
        call = canonical_tool(tool, params)
        window = self.state.window(session)
        recent = names_of(window) if window is not None else None
        try:
            from .checker import check_call  # here, not at import: a hook that only records never loads the checker
            context = {"recent_calls": window} if window is not None else None
            check: CheckResult = dict(check_call(self.checker(), call, context))
        except Exception:
            log.exception("usage-patterns: pre-call check of %s failed; allowing the call", call.tool)
            check = dict(ALLOW)
        ticket = Ticket(session, call, recent, check, call_id or uuid.uuid4().hex)
        if ticket.matched:
            self.state.remember(session, _tool_key(call.tool), ticket.matched)
            if call_id:
                self.state.remember(session, _call_key(call_id), ticket.matched)
        return ticket

    def blocked(self, ticket: Ticket, user: str | None = None) -> None:
        """A call that was denied: it did not run, but it is in the window and counted as blocked."""
        self.state.push(ticket.session, window_entry(ticket.call))
        self.record(ticket.call.tool, ticket.call.params, ok=False, blocked=True, user=user,
                    session=ticket.session, recent_calls=ticket.recent or [], warned_patterns=ticket.matched)

    def after(self, ticket: Ticket, *, ok: bool, error: Any = None, result: Any = None,
              user: str | None = None, sync: bool = False) -> Any:
        """Record the finished call with its outcome; returns what `record` returned (the event id)."""
        outstanding = self.state.take(ticket.session, _tool_key(ticket.call.tool))
        warned, override = settle(ticket.matched, outstanding)
        if ticket.matched and not ok:  # failed as predicted: the next, fixed call counts as prevented
            self.state.remember(ticket.session, _tool_key(ticket.call.tool), ticket.matched)
        self.state.push(ticket.session, window_entry(ticket.call))
        return self.record(ticket.call.tool, ticket.call.params, ok=ok, error=error if not ok else None,
                           result=None if not ok else result, user=user, session=ticket.session,
                           recent_calls=ticket.recent or [], warned_patterns=warned, override=override, sync=sync)

    def resume(self, session: str, tool: str, params: dict[str, Any] | None, call_id: str | None,
               error: str | None = None) -> Ticket:
        """The ticket of a call whose `before` ran in another process (hooks), paired by call id."""
        call = canonical_tool(tool, params, error=error)
        matched = self.state.take(session, _call_key(call_id)) if call_id else []
        check = {**ALLOW, "patterns_matched": matched, "decision": "warn" if matched else "allow"}
        return Ticket(session, call, self.state.recent(session), check, call_id or uuid.uuid4().hex)


def _tool_key(tool: str) -> str:
    return f"tool:{tool}"


def _call_key(call_id: str) -> str:
    return f"call:{call_id}"


# ------------------------------------------------------------------ the current session
_current: contextvars.ContextVar[tuple[str, str | None] | None] = contextvars.ContextVar(
    "usage_patterns_session", default=None)
_anonymous = f"process-{uuid.uuid4().hex[:12]}"


@contextmanager
def usage_session(session_id: str, user: str | None = None) -> Iterator[None]:
    """Calls inside this block (this thread or task) belong to that session; restored on exit."""
    token = _current.set((session_id, user))
    try:
        yield
    finally:
        _current.reset(token)


def current_session() -> tuple[str, str | None]:
    """(session id, user) of the calling context; an anonymous per-process session if none is set."""
    return _current.get() or (_anonymous, None)


class Session:
    """A fixed session handle for the decorator (`usage_tool(session=Session(...))`)."""

    def __init__(self, session_id: str | None = None, user: str | None = None) -> None:
        self.id = session_id or uuid.uuid4().hex
        self.user = user
