"""The event schema: what a tool wrapper sends for every call, bounded (`worker.bounds`) and free of
secrets (`worker.redaction`) from the moment it is built in the producer, and again in the worker."""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .bounds import json_safe, safe_str
from .identity import canonical_recent, canonical_tool
from .redaction import REDACTED, redact_text, redact_value

__all__ = ["REDACTED", "Event", "InvalidEvent", "clean_raw", "param_values", "redact_params", "redact_text"]

MAX_TOOL_CHARS = 128
MAX_TEXT_CHARS = 4096
MAX_PARAMS_BYTES = 8192
MAX_RECENT_CALLS = 10
MAX_WARNED = 50

_TOOL_NAME = re.compile(r"^[A-Za-z0-9_.:/\-]+$")


class InvalidEvent(ValueError):
    """An event that cannot be learned from; the job counts it and moves on."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_event_id() -> str:
    """128 random bits as hex, like uuid4().hex without its os.urandom call (a syscall per event in the
    caller's thread); `random` is seeded from the OS and re-seeded in a forked child. An id only has
    to be unique, not secret."""
    return f"{random.getrandbits(128):032x}"


def redact_params(params: dict[str, Any]) -> dict[str, Any]:
    """Bounded, JSON-safe params with secret-named keys' values and secret-looking text dropped."""
    clean = redact_value(json_safe(params))
    return clean if isinstance(clean, dict) else {}


def clean_raw(raw: Any) -> Any:
    """Any wire value, bounded and redacted: what may be kept of an event that failed (dead letters)."""
    return redact_value(json_safe(raw))


def _bounded(text: Any) -> str | None:
    """Error or result text: redacted before it is cut, so a cut never leaves a secret's head behind."""
    if text is None:
        return None
    if not isinstance(text, str):
        text = json.dumps(json_safe(text), separators=(",", ":"))
    return redact_text(safe_str(text, 4 * MAX_TEXT_CHARS))[:MAX_TEXT_CHARS]


def _flag(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return default
    return bool(value) if isinstance(value, (int, float, str)) else default


@dataclass
class Event:
    tool: str
    params: dict[str, Any]
    ok: bool
    event_id: str = field(default_factory=new_event_id)
    ts: str = field(default_factory=lambda: utcnow().isoformat())
    error: str | None = None
    result: str | None = None
    user: str | None = None
    session: str | None = None
    recent_calls: list[str] = field(default_factory=list)
    warned_patterns: list[str] = field(default_factory=list)
    override: bool = False
    blocked: bool = False  # the pre-call check denied it: it did not run (an outcome, not a failure)

    def to_dict(self) -> dict[str, Any]:
        """The wire form: JSON-ready, without empty optional fields (`ok` always present)."""
        fields = {
            "event_id": self.event_id, "ts": self.ts, "tool": self.tool, "params": self.params, "ok": self.ok,
            "error": self.error, "result": self.result, "user": self.user, "session": self.session,
            "recent_calls": self.recent_calls, "warned_patterns": self.warned_patterns, "override": self.override,
            "blocked": self.blocked,
        }
        return {k: v for k, v in fields.items() if v not in (None, [], False) or k == "ok"}

    @classmethod
    def from_dict(cls, raw: Any) -> Event:
        """Validate, bound and redact an event from the wire or a wrapper; raise InvalidEvent with a
        one-line reason. Total: any other input is bounded, never an exception of another kind."""
        if not isinstance(raw, dict):
            raise InvalidEvent(f"event must be a JSON object, got {type(raw).__name__}")
        tool = raw.get("tool")
        if not isinstance(tool, str) or not tool or len(tool) > MAX_TOOL_CHARS or not _TOOL_NAME.match(tool):
            shown = redact_text(safe_str(tool, 40)) if isinstance(tool, str) else type(tool).__name__
            raise InvalidEvent(f"bad tool name: {shown!r}")
        params = json_safe({} if raw.get("params") is None else raw["params"])
        if not isinstance(params, dict):
            raise InvalidEvent("params must be a JSON object")
        params = redact_value(params)
        if len(json.dumps(params)) > MAX_PARAMS_BYTES:
            raise InvalidEvent(f"params larger than {MAX_PARAMS_BYTES} bytes")
        error = _bounded(raw.get("error"))
        call = canonical_tool(tool, params, error)  # one identity whichever path sent it (a Bash line → its tool)
        recent = raw.get("recent_calls") or []
        warned = raw.get("warned_patterns") or []
        if not isinstance(recent, (list, tuple)) or not isinstance(warned, (list, tuple)):
            raise InvalidEvent("recent_calls and warned_patterns must be lists")
        return cls(
            tool=call.tool,
            params=call.params,
            ok=_flag(raw.get("ok"), not error),
            event_id=safe_str(raw.get("event_id") or new_event_id(), 64),
            ts=safe_str(raw.get("ts") or utcnow().isoformat(), 64),
            error=error,
            result=_bounded(raw.get("result")),
            user=_short(raw.get("user")),
            session=_short(raw.get("session")),
            recent_calls=canonical_recent([safe_str(name, MAX_TOOL_CHARS) for name in recent[-MAX_RECENT_CALLS:]
                                           if isinstance(name, str)]),
            warned_patterns=[safe_str(pid, 200) for pid in warned[:MAX_WARNED] if isinstance(pid, str)],
            override=_flag(raw.get("override"), False),
            blocked=_flag(raw.get("blocked"), False),
        )


def _short(value: Any) -> str | None:
    return None if value is None else redact_text(safe_str(value, 128))


def param_values(params: dict[str, Any]) -> list[str]:
    """The call's own scalar values, the variable parts a template should not keep."""
    values: list[str] = []
    for value in params.values():
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            values.append(str(value))
        elif isinstance(value, list):
            values.extend(str(item) for item in value if isinstance(item, (str, int, float)))
    return values
