"""The event schema: what a tool wrapper sends for every call, bounded and free of secrets."""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

MAX_TOOL_CHARS = 128
MAX_TEXT_CHARS = 4096
MAX_PARAMS_BYTES = 8192
MAX_RECENT_CALLS = 10
REDACTED = "<redacted>"

_TOOL_NAME = re.compile(r"^[A-Za-z0-9_.:/\-]+$")
_SECRET_KEY = re.compile(
    r"(pass(word|wd)?|secret|token|api[_-]?key|auth(orization)?|credential|cookie|private[_-]?key|session[_-]?key)",
    re.I,
)
_SECRET_VALUE = re.compile(
    r"(?i:bearer|basic|token)\s+[A-Za-z0-9._~+/=-]{8,}"  # Authorization header values
    r"|\b(?:ghp|gho|ghs|ghu|github_pat|glpat|xox[abpr])[_-][A-Za-z0-9_-]{10,}"  # GitHub/GitLab/Slack tokens
    r"|\bAKIA[0-9A-Z]{16}\b"  # AWS access key ids
    r"|(?<=://)[^/\s:@]+:[^/\s@]+(?=@)"  # user:password@ in URLs
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)"
)


class InvalidEvent(ValueError):
    """An event that cannot be learned from; the job counts it and moves on."""


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def redact_text(text: str) -> str:
    return _SECRET_VALUE.sub(REDACTED, text)


def redact_params(params: dict[str, Any]) -> dict[str, Any]:
    """Drop values of secret-looking keys and secret-looking substrings anywhere else."""
    clean: dict[str, Any] = {}
    for key, value in params.items():
        if _SECRET_KEY.search(str(key)):
            clean[key] = REDACTED
        elif isinstance(value, dict):
            clean[key] = redact_params(value)
        elif isinstance(value, str):
            clean[key] = redact_text(value)
        else:
            clean[key] = value
    return clean


def _bounded(text: Any) -> str | None:
    if text is None:
        return None
    text = text if isinstance(text, str) else json.dumps(text, default=str)
    return redact_text(text[:MAX_TEXT_CHARS])


@dataclass
class Event:
    tool: str
    params: dict[str, Any]
    ok: bool
    event_id: str = field(default_factory=lambda: uuid.uuid4().hex)
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
        """Validate and bound an event from the wire; raise InvalidEvent with a one-line reason."""
        if not isinstance(raw, dict):
            raise InvalidEvent(f"event must be a JSON object, got {type(raw).__name__}")
        tool = raw.get("tool")
        if not isinstance(tool, str) or not tool or len(tool) > MAX_TOOL_CHARS or not _TOOL_NAME.match(tool):
            raise InvalidEvent(f"bad tool name: {str(tool)[:40]!r}")
        params = raw.get("params") or {}
        if not isinstance(params, dict):
            raise InvalidEvent("params must be a JSON object")
        if len(json.dumps(params, default=str)) > MAX_PARAMS_BYTES:
            raise InvalidEvent(f"params larger than {MAX_PARAMS_BYTES} bytes")
        error = _bounded(raw.get("error"))
        ok = raw.get("ok")
        if ok is None:
            ok = not error
        recent = raw.get("recent_calls") or []
        warned = raw.get("warned_patterns") or []
        if not isinstance(recent, list) or not isinstance(warned, list):
            raise InvalidEvent("recent_calls and warned_patterns must be lists")
        return cls(
            tool=tool,
            params=redact_params(params),
            ok=bool(ok),
            event_id=str(raw.get("event_id") or uuid.uuid4().hex)[:64],
            ts=str(raw.get("ts") or utcnow().isoformat()),
            error=error,
            result=_bounded(raw.get("result")),
            user=_short(raw.get("user")),
            session=_short(raw.get("session")),
            recent_calls=[str(name)[:MAX_TOOL_CHARS] for name in recent][-MAX_RECENT_CALLS:],
            warned_patterns=[str(pid)[:200] for pid in warned][:50],
            override=bool(raw.get("override", False)),
            blocked=bool(raw.get("blocked", False)),
        )


def _short(value: Any) -> str | None:
    return None if value is None else str(value)[:128]


def param_values(params: dict[str, Any]) -> list[str]:
    """The call's own scalar values, the variable parts a template should not keep."""
    values: list[str] = []
    for value in params.values():
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            values.append(str(value))
        elif isinstance(value, list):
            values.extend(str(item) for item in value if isinstance(item, (str, int, float)))
    return values
