"""Claude Code hooks, to the documented protocol (the Claude Agent SDK's hook input/output types).

Pure: hook JSON in, hook JSON out; `usage_patterns.hook` does the I/O. Events:
- PreToolUse `{session_id, tool_name, tool_input, tool_use_id, agent_id?}` → deny (or `ask`) with
  the reason for a block, `additionalContext` for a warning, nothing for an allowed call;
- PostToolUse (the tool succeeded) and PostToolUseFailure `{…, error, is_interrupt?}` → recorded;
- SessionStart → the known pitfalls as `additionalContext`.
"""
from __future__ import annotations

import re
from typing import Any, Literal

EVENTS = {"PreToolUse": "pre-tool-use", "PostToolUse": "post-tool-use",
          "PostToolUseFailure": "post-tool-use-failure", "SessionStart": "session-start"}
HookEvent = Literal["pre-tool-use", "post-tool-use", "post-tool-use-failure", "session-start"]
MAX_STRING_CHARS = 1024  # a Write's 8 MiB `content` is not what a pattern needs
MAX_ITEMS = 100
MAX_DEPTH = 8
_EXIT_CODE = re.compile(r"^\s*Exit code \d+\s*(\n|$)")


class HookInputError(ValueError):
    """The hook's input is not what the protocol says (the hook logs it and lets the call through)."""


def event_of(argument: str | None, payload: dict[str, Any]) -> HookEvent:
    """The payload's `hook_event_name` decides; an EVENT argument stays accepted (and must agree)."""
    named = payload.get("hook_event_name")
    if isinstance(named, str) and named in EVENTS:
        return EVENTS[named]  # type: ignore[return-value]
    if argument in EVENTS.values():
        return argument  # type: ignore[return-value]
    raise HookInputError(f"unknown hook event {named or argument!r} (expected one of {', '.join(EVENTS)})")


def bounded(value: Any, depth: int = 0) -> Any:
    """A copy small enough to check and record: long strings cut, deep or wide structures trimmed."""
    if isinstance(value, str):
        return value if len(value) <= MAX_STRING_CHARS else value[:MAX_STRING_CHARS] + "…"
    if depth >= MAX_DEPTH:
        return "<nested>" if isinstance(value, (dict, list)) else value
    if isinstance(value, dict):
        return {str(k)[:128]: bounded(v, depth + 1) for k, v in list(value.items())[:MAX_ITEMS]}
    if isinstance(value, list):
        return [bounded(v, depth + 1) for v in value[:MAX_ITEMS]]
    return value


def tool_params(payload: dict[str, Any]) -> dict[str, Any]:
    params = payload.get("tool_input")
    return bounded(params) if isinstance(params, dict) else {}


def tool_name(payload: dict[str, Any]) -> str:
    name = payload.get("tool_name")
    return name[:128] if isinstance(name, str) and name else "unknown"


def failure_of(payload: dict[str, Any]) -> str | None:
    """The error text of a failed call: PostToolUseFailure's `error`, or an error marked in a response."""
    error = payload.get("error")
    if error:
        return _EXIT_CODE.sub("", str(error)).strip() or str(error)
    response = payload.get("tool_response")
    if isinstance(response, dict):
        if response.get("error"):
            return str(response["error"])
        if response.get("is_error") or response.get("isError"):
            return str(response.get("content") or response.get("stderr") or response)
        if response.get("interrupted"):
            return "interrupted"
    return None  # a successful Read of a file that starts with "Error" is still a success


def pre_tool_use(check: dict[str, Any], block_decision: str = "deny") -> dict[str, Any] | None:
    """Deny (or ask) for a block, additionalContext for a warning, nothing for an allowed call."""
    if check["decision"] == "allow":
        return None
    text = "usage-patterns: " + " | ".join(check["warnings"])
    output: dict[str, Any] = {"hookEventName": "PreToolUse"}
    if check["decision"] == "block":
        output.update(permissionDecision="ask" if block_decision == "ask" else "deny", permissionDecisionReason=text)
    else:
        output.update(additionalContext=text)
    return {"hookSpecificOutput": output}


def session_start(context_text: str) -> dict[str, Any] | None:
    if not context_text:
        return None
    return {"hookSpecificOutput": {"hookEventName": "SessionStart", "additionalContext": context_text}}
