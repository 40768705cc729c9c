"""`usage-patterns hook claude-code EVENT`: the I/O around `producers.hooks.claude_code`.

A hook must never break the agent's session: if Redis is away, pre-tool-use falls back to
the snapshot and post-tool-use spools the event.
"""
from __future__ import annotations

from typing import Any

from producers.context import session_context
from producers.hooks import claude_code
from producers.record import build_event, get_recorder

from . import services

HOOK_TIMEOUT_SECONDS = 0.5


def _session_calls(settings: Any) -> claude_code.SessionCalls | None:
    redis = services.connect(settings, timeout=HOOK_TIMEOUT_SECONDS)
    try:
        redis.ping()
    except Exception:
        return None
    return claude_code.SessionCalls(redis, settings.key_prefix)


def _pending_key(settings: Any, session_id: str, tool: str) -> str:
    return f"{settings.key_prefix}warned:{session_id}:{tool}"


def run_hook(event: str, payload: dict[str, Any]) -> dict[str, Any] | None:
    settings = services.load_settings()
    session_id = payload.get("session_id")
    calls = _session_calls(settings)
    tool = claude_code.tool_name(payload)
    if event == "session-start":
        from .cli import _all_patterns

        return claude_code.session_start(session_context(_all_patterns()))
    checker = services.checker(settings, calls.redis if calls else None)
    if event == "pre-tool-use":
        recent = calls.recent(session_id) if calls else None
        output = claude_code.pre_tool_use(payload, checker, recent)
        if output and calls and session_id:
            matched = checker.check_before_call(tool, claude_code.tool_params(payload), {"recent_calls": recent})
            calls.redis.set(_pending_key(settings, session_id, tool), ",".join(matched["patterns_matched"]), ex=3600)
        return output
    # post-tool-use: record the outcome (sync, bounded), then remember the call for sequence checks
    recent = calls.recent(session_id) if calls else []
    warned: list[str] = []
    still_matches = bool(checker.check_before_call(tool, claude_code.tool_params(payload),
                                                    {"recent_calls": recent})["patterns_matched"])
    if calls and session_id:
        pending = calls.redis.getdel(_pending_key(settings, session_id, tool))
        warned = [p for p in (pending.decode() if isinstance(pending, bytes) else pending or "").split(",") if p]
    error = claude_code.failure_of(payload)
    event_data = build_event(tool, claude_code.tool_params(payload), error=error,
                             result=None if error else str(payload.get("tool_response"))[:500],
                             session=session_id, recent_calls=recent, warned_patterns=warned,
                             override=still_matches and bool(warned))
    get_recorder().send([event_data.to_dict()])
    if calls:
        calls.add(session_id, tool)
    return None
