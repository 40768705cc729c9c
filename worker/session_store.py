"""Agent sessions in the store, for hooks that run as one process per call.

The session's window of recent calls (a capped list of `{tool, params}` JSON, params bounded and redacted) and the warnings awaiting an outcome
(`call:<tool_use_id>` pairs a PreToolUse with its PostToolUse; `tool:<tool>` carries a
warning to the next call of that tool), each with a TTL so abandoned sessions vanish.
Implements `producers.session.SessionState`.
"""
from __future__ import annotations

import json
from typing import Any

from .keys import Keys

SESSION_TTL_SECONDS = 24 * 3600
PENDING_TTL_SECONDS = 3600
WINDOW = 10  # producers.session.WINDOW (kept equal by a test; the store imports nothing agent-side)


class RedisSessionState:
    def __init__(self, redis: Any, prefix: str = "usage:") -> None:
        self.redis = redis
        self.prefix = prefix
        self.keys = Keys(prefix)

    def _calls_key(self, session: str) -> str:
        return self.keys.session_calls(session)

    def _pending_key(self, session: str, key: str) -> str:
        return self.keys.pending_warning(session, key)

    def window(self, session: str) -> list[str | dict[str, Any]]:
        """The entries as pushed: a call's `{tool, params}` (kept as JSON, already bounded and redacted by the
        session model), or a bare tool name (as windows were kept before they held params)."""
        entries: list[str | dict[str, Any]] = []
        for raw in self.redis.lrange(self._calls_key(session), -WINDOW, -1):
            text = raw.decode() if isinstance(raw, bytes) else str(raw)
            if text.startswith("{"):
                try:
                    entry = json.loads(text)
                except ValueError:
                    continue
                if isinstance(entry, dict) and isinstance(entry.get("tool"), str):
                    entries.append({"tool": entry["tool"], "params": entry.get("params") if isinstance(entry.get("params"), dict) else {}})
                continue
            entries.append(text)
        return entries

    def recent(self, session: str) -> list[str]:
        return [e if isinstance(e, str) else e["tool"] for e in self.window(session)]

    def push(self, session: str, entry: str | dict[str, Any]) -> None:
        key = self._calls_key(session)
        with self.redis.pipeline() as pipe:
            pipe.rpush(key, entry if isinstance(entry, str) else json.dumps(entry, separators=(",", ":"), default=str))
            pipe.ltrim(key, -WINDOW, -1)
            pipe.expire(key, SESSION_TTL_SECONDS)
            pipe.execute()

    def remember(self, session: str, key: str, pattern_ids: list[str]) -> None:
        self.redis.set(self._pending_key(session, key), json.dumps(pattern_ids), ex=PENDING_TTL_SECONDS)

    def take(self, session: str, key: str) -> list[str]:
        raw = self.redis.getdel(self._pending_key(session, key))
        try:
            ids = json.loads(raw) if raw else []
        except ValueError:
            return []
        return [str(i) for i in ids] if isinstance(ids, list) else []
