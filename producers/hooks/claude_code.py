"""Claude Code hooks: PreToolUse (deny or add context), PostToolUse (record), SessionStart (pitfalls).

Each hook is a new process, so the session's recent calls live in Redis (a capped list
with a TTL). The functions here map hook JSON to hook JSON; the CLI does the I/O.
"""
from __future__ import annotations

import re
from typing import Any

from redis import Redis

from ..session import WINDOW

SESSION_TTL_SECONDS = 24 * 3600
_ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def tool_name(payload: dict[str, Any]) -> str:
    """Bash calls are named by their program (`Bash:git`), so patterns stay per program."""
    name = str(payload.get("tool_name") or "unknown")
    tool_input = payload.get("tool_input") or {}
    if name == "Bash" and isinstance(tool_input.get("command"), str):
        words = [w for w in tool_input["command"].split() if not _ENV_ASSIGNMENT.match(w)]
        if words:
            program = re.sub(r"[^A-Za-z0-9_.\-]", "", words[0].rsplit("/", 1)[-1])
            return f"Bash:{program}" if program else name
    return name


def tool_params(payload: dict[str, Any]) -> dict[str, Any]:
    params = payload.get("tool_input")
    return params if isinstance(params, dict) else {}


def failure_of(payload: dict[str, Any]) -> str | None:
    """The error text of a failed call, from PostToolUse or PostToolUseFailure input."""
    if payload.get("error"):
        return str(payload["error"])
    response = payload.get("tool_response")
    if isinstance(response, dict):
        if response.get("error"):
            return str(response["error"])
        if response.get("is_error") or response.get("isError"):
            return str(response.get("content") or response.get("stderr") or response)
        if response.get("interrupted"):
            return "interrupted"
    if isinstance(response, str) and re.match(r"^(error|fatal)\b", response.strip(), re.I):
        return response
    return None


class SessionCalls:
    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    def _key(self, session_id: str) -> str:
        return f"{self.prefix}session:{session_id}"

    def recent(self, session_id: str | None) -> list[str] | None:
        if not session_id:
            return None
        return [v.decode() if isinstance(v, bytes) else v for v in self.redis.lrange(self._key(session_id), -WINDOW, -1)]

    def add(self, session_id: str | None, tool: str) -> None:
        if not session_id:
            return
        with self.redis.pipeline() as pipe:
            pipe.rpush(self._key(session_id), tool)
            pipe.ltrim(self._key(session_id), -WINDOW, -1)
            pipe.expire(self._key(session_id), SESSION_TTL_SECONDS)
            pipe.execute()


def pre_tool_use(check: dict[str, Any]) -> dict[str, Any] | None:
    """Deny for a block, additionalContext for a warning, nothing for an allowed call."""
    if check["decision"] == "allow":
        return None
    text = "usage-patterns: " + " | ".join(check["warnings"])
    output: dict[str, Any] = {"hookEventName": "PreToolUse"}
    if check["decision"] == "block":
        output.update(permissionDecision="deny", permissionDecisionReason=text)
    else:
        output.update(additionalContext=text)
    return {"hookSpecificOutput": output}


def session_start(context_text: str) -> dict[str, Any] | None:
    if not context_text:
        return None
    return {"hookSpecificOutput": {"hookEventName": "SessionStart", "additionalContext": context_text}}
