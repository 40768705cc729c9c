"""Claude Code, to the documented hook protocol, against a real Redis and a real worker.

Payloads have the shapes of the Claude Agent SDK's hook input types (PreToolUse,
PostToolUse, PostToolUseFailure, SessionStart with session_id/transcript_path/cwd/
tool_use_id). Hook processes are the installed console script, as Claude Code runs them;
the bulk of a long session goes through the same entry point in-process to keep the test short.
"""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import yaml

from tests.conftest import cli, free_port, wait_for
from usage_patterns.hook import run_hook_cli
from worker.keys import Keys
from worker.storage import UsagePatternStorage

CHECKOUT_ERROR = "Exit code 1\nerror: pathspec 'nope' did not match any file(s) known to git"


def payload(event: str, command: str | None = None, tool: str = "Bash", tool_input: dict | None = None,
            call_id: str | None = None, **extra: object) -> dict:
    body = {"session_id": "sess-1", "transcript_path": "/tmp/t.jsonl", "cwd": "/work/project",
            "permission_mode": "default", "hook_event_name": event, "tool_name": tool,
            "tool_input": tool_input if tool_input is not None else {"command": command, "description": "run it"},
            "tool_use_id": call_id or f"toolu_{uuid.uuid4().hex[:20]}"}
    body.update(extra)
    return body


def hook_process(env: dict, body: object, *args: str, cwd: Path | None = None) -> tuple[dict | None, str]:
    """One hook process; every hook run exits 0, whatever it was given."""
    stdin = body if isinstance(body, str) else json.dumps(body)
    done = cli("hook", "claude-code", *args, env=env, stdin=stdin) if cwd is None else _cli_in(cwd, env, stdin, *args)
    assert done.returncode == 0, done.stderr
    return (json.loads(done.stdout) if done.stdout.strip() else None), done.stderr


def _cli_in(cwd: Path, env: dict, stdin: str, *args: str):
    import os
    import subprocess
    import sys

    exe = Path(sys.executable).parent / "usage-patterns"
    return subprocess.run([str(exe), "hook", "claude-code", *args], env={**os.environ, **env}, input=stdin,
                          capture_output=True, text=True, timeout=60, cwd=cwd)


def in_process(body: dict) -> dict | None:
    out, code = run_hook_cli(None, json.dumps(body))
    assert code == 0
    return json.loads(out) if out else None


def failed_checkout(call_id: str | None = None) -> None:
    call_id = call_id or f"toolu_{uuid.uuid4().hex[:20]}"
    in_process(payload("PreToolUse", "git checkout nope", call_id=call_id))
    in_process(payload("PostToolUseFailure", "git checkout nope", call_id=call_id, error=CHECKOUT_ERROR,
                       is_interrupt=False, duration_ms=12))


def test_a_claude_code_session_learns_bash_mistakes_warns_then_denies(env, processes, redis, tmp_path):
    processes.start("worker")
    processes.start("snapshot")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    learned = lambda n: store.counters().get("usage_errors", 0) >= n  # noqa: E731

    # The first failure goes through real hook processes, as Claude Code fires them.
    first = "toolu_first"
    assert hook_process(env, payload("PreToolUse", "cd /work/project && git checkout nope", call_id=first)) == (None, "")
    hook_process(env, payload("PostToolUseFailure", "cd /work/project && git checkout nope", call_id=first,
                              error=CHECKOUT_ERROR, is_interrupt=False))
    wait_for(lambda: learned(1), timeout=120, message="the first failure learned")
    [pattern] = store.list_patterns()
    assert pattern["tool"] == "git_checkout"  # not Bash:cd, not Bash:git
    assert pattern["mistake_pattern"]["parameter"] == "arg1" and pattern["mistake_pattern"]["common_mistakes"] == ["nope"]

    for _ in range(9):
        failed_checkout()
    # Hook events are learned within milliseconds now (the inbox), so whether the 11th call is warned
    # depended on timing: wait until the 10 observations that make a warning are in, then make it.
    wait_for(lambda: learned(10), timeout=120, message="10 failures learned")
    failed_checkout()  # the 11th: warned (0.75 at 10 observations), went ahead, failed as predicted
    wait_for(lambda: learned(11), timeout=120, message="11 failures learned")
    warned, _ = hook_process(env, payload("PreToolUse", "git checkout nope"))  # the 12th
    assert "permissionDecision" not in warned["hookSpecificOutput"]
    assert "arg1='nope'" in warned["hookSpecificOutput"]["additionalContext"]
    # Other git subcommands and good values are other calls: never warned.
    assert hook_process(env, payload("PreToolUse", "git status"))[0] is None
    assert in_process(payload("PreToolUse", "git checkout main")) is None

    for _ in range(89):  # went ahead after the warning and failed as predicted: more evidence
        failed_checkout()
    wait_for(lambda: learned(100), timeout=300, message="100 failures learned")
    denied, _ = hook_process(env, payload("PreToolUse", "sudo git checkout nope"))
    assert denied["hookSpecificOutput"]["permissionDecision"] == "deny"
    assert "nope" in denied["hookSpecificOutput"]["permissionDecisionReason"]
    counters = store.counters()
    assert counters["overrides_failed"] == 90 and counters.get("infra_errors", 0) == 0

    # The fixed call after the block is a prevention success, paired by tool_use_id.
    fixed = "toolu_fixed"
    assert in_process(payload("PreToolUse", "git checkout main", call_id=fixed)) is None
    in_process(payload("PostToolUse", "git checkout main", call_id=fixed,
                       tool_response={"stdout": "Switched to branch 'main'", "stderr": "", "interrupted": False}))
    wait_for(lambda: store.counters().get("prevention_successes", 0) == 1, message="the prevention counted")

    # With Redis away and the hook run from another project, the snapshot still denies.
    snapshot = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml"
    wait_for(lambda: snapshot.exists() and any(p["confidence"] >= 0.95 for p in
                                               yaml.safe_load(snapshot.read_text())["usage_patterns"]),
             message="the snapshot holds the blocking pattern")
    elsewhere = tmp_path / "another-project"
    elsewhere.mkdir()
    offline = {**env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
    denied, _ = hook_process(offline, payload("PreToolUse", "git checkout nope"), cwd=elsewhere)
    assert denied["hookSpecificOutput"]["permissionDecision"] == "deny"


def test_mcp_tools_learn_under_the_name_the_decorator_uses_and_bad_input_fails_open(env, processes, redis):
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    hook_process(env, payload("PostToolUseFailure", tool="mcp__bonfire__bonfire_deploy",
                              tool_input={"namespace": "ns", "image_tag": "74ec56e"},
                              error="Error: manifest unknown: quay.io/app:74ec56e"))
    # An 8 MiB Write is bounded, not a crash; garbage and unknown events are logged and let through.
    hook_process(env, payload("PostToolUse", tool="Write",
                              tool_input={"file_path": "/work/project/big.txt", "content": "x" * (8 << 20)},
                              tool_response={"type": "create", "filePath": "/work/project/big.txt"}))
    for garbage in ("not json at all", "[1, 2", "[]", "\xff\xfe", "[" * 100_000):
        out, err = hook_process(env, garbage)
        assert out is None and err.count("\n") == 1 and err.startswith("usage-patterns: hook ignored")
    out, err = hook_process(env, payload("PostToolUsed", "git status"))
    assert out is None and "unknown hook event 'PostToolUsed'" in err
    hook_process(env, payload("PreToolUse", "git status"), "pre-tool-use")  # the EVENT argument still works
    # A mistyped argument in the settings is logged, never exit 2 (which would block every call).
    for args in (("pre-tool-used",), ("pre-tool-use", "extra")):
        out, err = hook_process(env, {"session_id": "s"}, *args)
        assert out is None and err.startswith("usage-patterns: hook ignored")
    done = cli("hook", "claud-code", env=env, stdin="{}")
    assert done.returncode == 0 and "unknown host" in done.stderr
    wait_for(lambda: store.counters().get("events", 0) >= 2, message="the MCP failure and the Write recorded")
    [pattern] = store.list_patterns()
    assert pattern["tool"] == "bonfire_deploy"
    assert store.counters()["successes"] == 1


def test_ask_mode_lets_a_person_approve_and_the_approval_is_learned(env, processes, redis, tmp_path):
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    lines = [json.dumps({"tool": "git_checkout", "params": {"arg1": "nope"}, "ok": False,
                         "error": "error: pathspec 'nope' did not match any file(s) known to git"}) for _ in range(100)]
    (tmp_path / "events.jsonl").write_text("\n".join(lines) + "\n")
    assert cli("replay", str(tmp_path / "events.jsonl"), env=env).returncode == 0
    wait_for(lambda: store.counters().get("usage_errors", 0) >= 100, timeout=120, message="100 failures learned")
    ask_env = {**env, "USAGE_PATTERNS_BLOCK_DECISION": "ask"}
    asked, _ = hook_process(ask_env, payload("PreToolUse", "git checkout nope", call_id="toolu_ask"))
    assert asked["hookSpecificOutput"]["permissionDecision"] == "ask"
    # The person approved; the call ran and succeeded: the block was a false positive.
    hook_process(ask_env, payload("PostToolUse", "git checkout nope", call_id="toolu_ask",
                                  tool_response={"stdout": "Switched to branch 'nope'", "stderr": ""}))
    wait_for(lambda: store.counters().get("false_positives", 0) == 1, message="the false positive counted")
    [pattern] = store.list_patterns()
    assert pattern["false_positives"] == 1


def test_a_later_hook_process_sees_what_an_earlier_call_of_the_session_gave(env, processes, redis):
    # `jobs run X` failed for a job not made yet; in a session whose earlier call made that very job
    # (`jobs add nightly`, its own pair of hook processes) the repeat is no mistake: the window holds the
    # calls' params across processes (in Redis, redacted), not only their names
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    for i in range(10):
        name = ("nightly", "weekly")[i % 2]
        call_id = f"toolu_job{i}"
        in_process(payload("PreToolUse", f"jobs run {name}", call_id=call_id, session_id="learn"))
        in_process(payload("PostToolUseFailure", f"jobs run {name}", call_id=call_id, session_id="learn",
                           error=f"Exit code 1\nKeyError: 'Job not found: {name}'", is_interrupt=False))
    wait_for(lambda: store.counters().get("usage_errors", 0) >= 10, timeout=120, message="10 failures learned")
    warned, _ = hook_process(env, payload("PreToolUse", "jobs run nightly", session_id="fresh"))
    assert "arg2='nightly'" in warned["hookSpecificOutput"]["additionalContext"]

    made = "toolu_made"
    hook_process(env, payload("PreToolUse", "jobs add nightly --every 24h --token s3cr3t-9f2", call_id=made, session_id="made"))
    hook_process(env, payload("PostToolUse", "jobs add nightly --every 24h --token s3cr3t-9f2", call_id=made, session_id="made",
                              tool_response={"stdout": "added", "stderr": "", "interrupted": False}))
    assert hook_process(env, payload("PreToolUse", "jobs run nightly", session_id="made"))[0] is None
    window = redis.lrange(Keys(env["USAGE_PATTERNS_KEY_PREFIX"]).session_calls("made"), 0, -1)
    assert window and all(b"s3cr3t-9f2" not in raw for raw in window)
