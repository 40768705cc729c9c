"""The session's last tool calls (the seed's window of 10) and the warnings still awaiting an outcome."""
from __future__ import annotations

import threading
import uuid
from collections import deque

WINDOW = 10


class Session:
    def __init__(self, session_id: str | None = None, user: str | None = None) -> None:
        self.id = session_id or uuid.uuid4().hex
        self.user = user
        self._calls: deque[str] = deque(maxlen=WINDOW)
        self._warned: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def recent_calls(self) -> list[str]:
        with self._lock:
            return list(self._calls)

    def add_call(self, tool: str) -> None:
        with self._lock:
            self._calls.append(tool)

    def remember_warning(self, tool: str, pattern_ids: list[str]) -> None:
        with self._lock:
            self._warned[tool] = list(pattern_ids)

    def take_warning(self, tool: str) -> list[str]:
        """Patterns that warned about or blocked an earlier call of this tool, consumed once."""
        with self._lock:
            return self._warned.pop(tool, [])


default_session = Session()
