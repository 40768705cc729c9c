import pytest

from producers.hooks.claude_code import (HookInputError, bounded, event_of, failure_of, pre_tool_use,
                                         session_start, tool_name, tool_params)


def test_the_payloads_event_name_decides_and_the_argument_stays_accepted():
    assert event_of(None, {"hook_event_name": "PostToolUseFailure"}) == "post-tool-use-failure"
    assert event_of("pre-tool-use", {"hook_event_name": "SessionStart"}) == "session-start"
    assert event_of("post-tool-use", {}) == "post-tool-use"
    with pytest.raises(HookInputError, match="unknown hook event 'PostToolUsed'"):
        event_of(None, {"hook_event_name": "PostToolUsed"})


def test_tool_inputs_are_bounded_before_anything_reads_them():
    params = tool_params({"tool_input": {"file_path": "/x", "content": "a" * (8 << 20), "deep": [[[[[[[[[[1]]]]]]]]]]}})
    assert params["file_path"] == "/x" and len(params["content"]) <= 1025
    assert "nested" in str(params["deep"]) and bounded("short") == "short"
    assert tool_params({"tool_input": "not a dict"}) == {}
    assert tool_name({}) == "unknown"


def test_failures_are_read_from_every_shape_claude_code_sends():
    assert failure_of({"error": "boom"}) == "boom"
    assert failure_of({"tool_response": {"error": "bad"}}) == "bad"
    assert failure_of({"tool_response": {"is_error": True, "content": "fatal: x"}}) == "fatal: x"
    assert failure_of({"tool_response": {"interrupted": True}}) == "interrupted"
    assert failure_of({"tool_response": "Error: nope"}) is None  # text that reads like an error is data
    assert failure_of({"error": "Exit code 1\nerror: pathspec 'x' did not match"}) == "error: pathspec 'x' did not match"
    assert failure_of({"tool_response": {"stdout": "fine"}}) is None


def test_outputs_follow_the_hook_protocol():
    assert pre_tool_use({"decision": "allow", "warnings": []}) is None
    deny = pre_tool_use({"decision": "block", "warnings": ["w1", "w2"]})["hookSpecificOutput"]
    assert deny == {"hookEventName": "PreToolUse", "permissionDecision": "deny",
                    "permissionDecisionReason": "usage-patterns: w1 | w2"}
    ask = pre_tool_use({"decision": "block", "warnings": ["w1"]}, block_decision="ask")["hookSpecificOutput"]
    assert ask["permissionDecision"] == "ask"
    warn = pre_tool_use({"decision": "warn", "warnings": ["w"]})["hookSpecificOutput"]
    assert warn == {"hookEventName": "PreToolUse", "additionalContext": "usage-patterns: w"}
    assert session_start("") is None
    assert session_start("## pitfalls")["hookSpecificOutput"]["additionalContext"] == "## pitfalls"
