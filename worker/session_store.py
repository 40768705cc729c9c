"""Agent sessions in the store, for hooks that run as one process per call.

The session's window of recent calls (a capped list) and the warnings awaiting an outcome
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

    def recent(self, session: str) -> list[str]:
        return [v.decode() if isinstance(v, bytes) else v for v in self.redis.lrange(self._calls_key(session), -WINDOW, -1)]

    def push(self, session: str, tool: str) -> None:
        key = self._calls_key(session)
        with self.redis.pipeline() as pipe:
            pipe.rpush(key, tool)
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
