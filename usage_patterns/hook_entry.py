"""`usage-patterns hook claude-code [EVENT]` as a process: stdin in, stdout out, always exit 0.

Every tool call pays for this, so it imports nothing until dispatch (no click, no Redis
client) and is run by `usage_patterns.__main__` before the CLI is even built.
"""
from __future__ import annotations

import sys
from typing import Any

HOOK_EVENTS = ("pre-tool-use", "post-tool-use", "post-tool-use-failure", "session-start")
_BY_HOOK_NAME = {"PreToolUse": "pre-tool-use", "PostToolUse": "post-tool-use",
                 "PostToolUseFailure": "post-tool-use-failure", "SessionStart": "session-start"}


def read_stdin() -> str:
    """Hook input as text; bytes that are not UTF-8 are replaced (the hook fails open, never crashes)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin.read()
    return buffer.read().decode("utf-8", errors="replace")


def dispatch(event: str | None, stdin_text: str) -> tuple[str, int]:
    """(stdout text, exit code) from `usage_patterns.hook.run_hook_cli`, or, until that exists,
    from the older `run_hook(event, payload)` through `_legacy`."""
    from . import hook

    run_hook_cli = getattr(hook, "run_hook_cli", None)
    if run_hook_cli is not None:
        result: tuple[str, int] = run_hook_cli(event, stdin_text)
        return result
    return _legacy(hook, event, stdin_text)


def _legacy(hook: Any, event: str | None, stdin_text: str) -> tuple[str, int]:
    import json

    from .inputs import CommandError, parse_json

    try:
        payload = parse_json(stdin_text or "{}", "hook input")
    except CommandError as exc:
        print(f"usage-patterns: {exc}", file=sys.stderr)
        return "", 0
    if not isinstance(payload, dict):
        print("usage-patterns: hook input must be a JSON object", file=sys.stderr)
        return "", 0
    event = event or _BY_HOOK_NAME.get(str(payload.get("hook_event_name")))
    if event is None:
        print(f"usage-patterns: unknown hook_event_name {payload.get('hook_event_name')!r}", file=sys.stderr)
        return "", 0
    output = hook.run_hook("post-tool-use" if event == "post-tool-use-failure" else event, payload)
    return (json.dumps(output) + "\n" if output else ""), 0


def run(event: str | None) -> int:
    """Fail open: any error of ours is one line on stderr and exit 0, so the agent's call goes on."""
    try:
        text, code = dispatch(event, read_stdin())
    except Exception as exc:  # the agent's session must not break because of us
        print(f"usage-patterns: hook failed open ({type(exc).__name__}: {str(exc)[:200]})", file=sys.stderr)
        return 0
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    return code
