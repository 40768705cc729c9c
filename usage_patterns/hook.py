"""`usage-patterns hook claude-code EVENT`: the I/O around `producers.hooks.claude_code`.

A hook must never break the agent's session: if Redis is away, pre-tool-use falls back to
the snapshot and post-tool-use spools the event.
"""
from __future__ import annotations

from typing import Any

from producers.checker import PatternCache, UsagePatternChecker
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
    if event == "session-start":
        return claude_code.session_start(session_context(services.all_patterns()))
    settings = services.load_settings()
    session_id = payload.get("session_id")
    calls = _session_calls(settings)
    redis = calls.redis if calls else None
    tool, params = claude_code.tool_name(payload), claude_code.tool_params(payload)
    # Redis did not answer within the hook's budget: check against the snapshot alone.
    checker = services.checker(settings, redis) if redis is not None else UsagePatternChecker(
        PatternCache(None, settings.snapshot_path))
    recent = calls.recent(session_id) if calls else None
    pending = _pending_key(settings, session_id, tool) if redis is not None and session_id else None
    if event == "pre-tool-use":
        check = checker.check_before_call(tool, params, {"recent_calls": recent} if recent is not None else None)
        if check["patterns_matched"] and redis is not None and pending:
            redis.set(pending, ",".join(check["patterns_matched"]), ex=3600)
        return claude_code.pre_tool_use(check)
    # post-tool-use: record the outcome (sync, bounded), then remember the call for sequence checks
    warned: list[str] = []
    if redis is not None and pending:
        raw = redis.getdel(pending)
        warned = [p for p in (raw.decode() if isinstance(raw, bytes) else raw or "").split(",") if p]
    still_matches = bool(warned) and bool(checker.check_before_call(
        tool, params, {"recent_calls": recent or []})["patterns_matched"])
    error = claude_code.failure_of(payload)
    event_data = build_event(tool, params, error=error,
                             result=None if error else str(payload.get("tool_response"))[:500],
                             session=session_id, recent_calls=recent or [], warned_patterns=warned,
                             override=still_matches)
    get_recorder().send([event_data.to_dict()])
    if calls:
        calls.add(session_id, tool)
    return None
