"""`usage-patterns hook claude-code [EVENT]` as a process: stdin in, stdout out, always exit 0.

Every tool call pays for this, so it imports nothing until dispatch (no click, no Redis
client) and is run by `usage_patterns.__main__` before the CLI is even built.
"""
from __future__ import annotations

import sys

HOOK_EVENTS = ("pre-tool-use", "post-tool-use", "post-tool-use-failure", "session-start")


def read_stdin() -> str:
    """Hook input as text; bytes that are not UTF-8 are replaced (the hook fails open, never crashes)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin.read()
    return buffer.read().decode("utf-8", errors="replace")


def dispatch(event: str | None, stdin_text: str) -> tuple[str, int]:
    """(stdout text, exit code) of `usage_patterns.hook.run_hook_cli`, imported only now."""
    from .hook import run_hook_cli

    return run_hook_cli(event, stdin_text)


def run(event: str | None) -> int:
    """Fail open: any error of ours is one line on stderr and exit 0, so the agent's call goes on."""
    try:
        text, code = dispatch(event, read_stdin())
    except Exception as exc:  # the agent's session must not break because of us
        print(f"usage-patterns: hook failed open ({type(exc).__name__}: {str(exc)[:200]})", file=sys.stderr)
        return 0
    try:
        sys.stdout.write(text if not text or text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    return code


def run_args(args: list[str]) -> int:
    """`hook HOST [EVENT]` as given on a command line: anything unexpected is logged, never exit 2."""
    host, event = (args + [None, None])[:2]
    if host != "claude-code" or len(args) > 2:
        print(f"usage-patterns: hook ignored: unknown host or arguments {' '.join(args)!r} "
              "(expected: hook claude-code [EVENT])", file=sys.stderr)
        return 0
    return run(event)
