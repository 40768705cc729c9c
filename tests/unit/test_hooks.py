from producers.hooks.claude_code import failure_of, pre_tool_use, session_start, tool_name


def test_bash_calls_are_named_by_their_program():
    assert tool_name({"tool_name": "Bash", "tool_input": {"command": "GIT_PAGER=cat /usr/bin/git push origin"}}) == "Bash:git"
    assert tool_name({"tool_name": "mcp__gitlab__mr_create", "tool_input": {}}) == "mcp__gitlab__mr_create"
    assert tool_name({}) == "unknown"


def test_failures_are_read_from_every_shape_claude_code_sends():
    assert failure_of({"error": "boom"}) == "boom"
    assert failure_of({"tool_response": {"error": "bad"}}) == "bad"
    assert failure_of({"tool_response": {"is_error": True, "content": "fatal: x"}}) == "fatal: x"
    assert failure_of({"tool_response": {"interrupted": True}}) == "interrupted"
    assert failure_of({"tool_response": "Error: nope"}) == "Error: nope"
    assert failure_of({"tool_response": {"stdout": "fine"}}) is None


def test_outputs_follow_the_hook_protocol():
    assert pre_tool_use({"decision": "allow", "warnings": []}) is None
    deny = pre_tool_use({"decision": "block", "warnings": ["w1", "w2"]})["hookSpecificOutput"]
    assert deny == {"hookEventName": "PreToolUse", "permissionDecision": "deny",
                    "permissionDecisionReason": "usage-patterns: w1 | w2"}
    warn = pre_tool_use({"decision": "warn", "warnings": ["w"]})["hookSpecificOutput"]
    assert warn == {"hookEventName": "PreToolUse", "additionalContext": "usage-patterns: w"}
    assert session_start("") is None
    assert session_start("## pitfalls")["hookSpecificOutput"]["additionalContext"] == "## pitfalls"
