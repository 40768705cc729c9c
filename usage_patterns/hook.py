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
CONTEXT_CACHE_SECONDS = 30.0  # how stale the session-start pitfalls may be once the store has moved


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
            return claude_code.session_start(_pitfalls(settings, redis))
        if event == "pre-tool-use":
            return _before_call(payload, settings, redis)
        _after_call(event, payload, settings, redis)
        return None


def _pitfalls(settings: Any, redis: Any) -> str:
    """The session-start text. Ranking every pattern costs ~50 ms of CPU per 1,000 patterns, so the text
    is kept in a small cache file and reused while the store's version is unchanged, or for up to
    CONTEXT_CACHE_SECONDS after it moved: one GET instead of reading the store at most session starts."""
    from producers.context import session_context

    if redis is not None:
        from worker.storage import UsagePatternStorage

        store = UsagePatternStorage(redis, settings.key_prefix)
        try:
            version = store.version()
            cache = ContextCache(settings)
            text = cache.get(version)
            if text is None:
                text = session_context(store.list_patterns())
                cache.put(version, text)
            return text
        except Exception:  # went away after answering the PING: the snapshot, as when it is away
            pass
    from worker.snapshot import SnapshotError, load_snapshot

    try:
        return session_context(load_snapshot(settings.snapshot_path))
    except SnapshotError:
        return ""


class ContextCache:
    """`<spool dir>/session-context.json`: the last session-start text of one store (named by a hash of its
    URL and prefix, never the URL: it may hold a password), its store version and when it was made."""

    def __init__(self, settings: Any) -> None:
        import hashlib

        self.path = Path(settings.spool_dir) / "session-context.json"
        self.store = hashlib.blake2b(f"{settings.redis_url}|{settings.key_prefix}".encode(), digest_size=8).hexdigest()

    def get(self, version: int) -> str | None:
        import time

        try:
            cached = json.loads(self.path.read_text(encoding="utf-8"))
            fresh = cached["version"] == version or time.time() - float(cached["at"]) < CONTEXT_CACHE_SECONDS
            return str(cached["text"]) if cached["store"] == self.store and fresh else None
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, version: int, text: str) -> None:
        import time

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"store": self.store, "version": version, "at": time.time(), "text": text}),
                                 encoding="utf-8")
            os.replace(temporary, self.path)  # whole or not at all, whoever writes at the same time
        except OSError:
            pass  # no cache: the next session start reads the store again


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
