"""`usage-patterns hook claude-code [EVENT]`: the I/O around `producers.hooks.claude_code`.

A hook must never break the agent's session. It **fails open**: on its own error it writes
one line to stderr and exits 0 (exit 2 would tell Claude Code to block the call). Only a
learned block denies. With Redis away, pre-tool-use checks against the snapshot (found
from any working directory: the memory dir is absolute) and post-tool-use spools.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Any

HOOK_TIMEOUT_SECONDS = 0.5


def default_memory_dir() -> Path:
    """Hooks run in the user's project, not beside the workers: never `./memory` there."""
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data_home / "usage-patterns"


def run_hook_cli(event: str | None, stdin_text: str) -> tuple[str, int]:
    """(stdout, exit code) for one hook call; the exit code is always 0 (fail open)."""
    try:
        payload = json.loads(stdin_text or "{}")
        if not isinstance(payload, dict):
            raise ValueError("hook input must be a JSON object")
        output = run_hook(event, payload)
        return (json.dumps(output) if output else ""), 0
    except Exception as exc:  # never exit 2: Claude Code would block the tool call
        message = str(exc).splitlines()[0][:300] if str(exc) else ""
        print(f"usage-patterns: hook ignored: {type(exc).__name__}: {message}", file=sys.stderr)
        return "", 0


def run_hook(argument: str | None, payload: dict[str, Any]) -> dict[str, Any] | None:
    from producers.hooks import claude_code

    event = claude_code.event_of(argument, payload)
    os.environ.setdefault("USAGE_PATTERNS_MEMORY_DIR", str(default_memory_dir()))
    from worker.config import load_settings
    from worker.resp import MiniRedis

    settings = load_settings()
    with MiniRedis(settings.redis_url, timeout=HOOK_TIMEOUT_SECONDS) as mini:  # no redis-py, no rq
        redis = _reachable(mini)
        if event == "session-start":
            from producers.context import session_context

            return claude_code.session_start(session_context(_all_patterns(settings, redis)))
        if event == "pre-tool-use":
            return _before_call(payload, settings, redis)
        return _after_call(event, payload, settings, redis)


def _all_patterns(settings: Any, redis: Any) -> list[dict[str, Any]]:
    """Live store, or the snapshot when Redis is away (a session start must not fail)."""
    if redis is not None:
        from worker.storage import UsagePatternStorage

        try:
            return UsagePatternStorage(redis, settings.key_prefix).list_patterns()
        except Exception:  # went away after answering the PING: the snapshot, as when it is away
            pass
    from worker.snapshot import SnapshotError, load_snapshot

    try:
        return load_snapshot(settings.snapshot_path)
    except SnapshotError:
        return []


def _before_call(payload: dict[str, Any], settings: Any, redis: Any) -> dict[str, Any] | None:
    """PreToolUse: the session's window and the tool's confident patterns from the live store; with
    Redis away, the snapshot alone and no session state."""
    from producers.checker import PatternCache, UsagePatternChecker
    from producers.hooks import claude_code
    from producers.session import Sessions, UnknownSessionState

    if redis is not None:
        from worker.session_store import RedisSessionState
        from worker.storage import UsagePatternStorage

        state: Any = RedisSessionState(redis, settings.key_prefix)
        cache = PatternCache(UsagePatternStorage(redis, settings.key_prefix), settings.snapshot_path)
    else:
        state, cache = UnknownSessionState(), PatternCache(None, settings.snapshot_path)
    ticket = Sessions(state, UsagePatternChecker(cache)).before(
        _session(payload), claude_code.tool_name(payload), claude_code.tool_params(payload),
        _text(payload.get("tool_use_id")))
    return claude_code.pre_tool_use(ticket.check, os.environ.get("USAGE_PATTERNS_BLOCK_DECISION", "deny"))


def _after_call(event: str, payload: dict[str, Any], settings: Any, redis: Any) -> None:
    """Post(ToolUse|ToolUseFailure): the outcome onto the inbox (`producers.record.record_now`), no
    RQ job, no redis-py: one connection (`worker.resp`) for the session state and the event."""
    from producers.hooks import claude_code
    from producers.record import record_now
    from producers.session import Sessions, UnknownSessionState

    if redis is not None:
        from worker.session_store import RedisSessionState

        state: Any = RedisSessionState(redis, settings.key_prefix)
    else:
        state = UnknownSessionState()
    sessions = Sessions(state, checker=None, record=functools.partial(record_now, redis=redis))
    session = _session(payload)
    tool, params = claude_code.tool_name(payload), claude_code.tool_params(payload)
    error = claude_code.failure_of(payload) if event == "post-tool-use-failure" else None
    if event == "post-tool-use-failure" and error is None:
        error = "tool call failed"
    ticket = sessions.resume(session, tool, params, _text(payload.get("tool_use_id")), error)
    if payload.get("is_interrupt"):  # the person stopped it: not the agent's mistake, nothing to learn
        state.push(session, ticket.call.tool)
        return None
    result = None if error else str(payload.get("tool_response"))[:500]
    sessions.after(ticket, ok=error is None, error=error, result=result)
    return None


def _session(payload: dict[str, Any]) -> str:
    from producers.session import session_key

    return session_key(_text(payload.get("session_id")), _text(payload.get("agent_id")))


def _reachable(redis: Any) -> Any:
    try:
        redis.ping()
        return redis
    except Exception:
        return None


def _text(value: Any) -> str | None:
    return str(value)[:128] if value not in (None, "") else None
