"""Prevention through the real CLI, hooks and decorator, after a real worker has learned."""
from __future__ import annotations

import json

import pytest
import yaml

from producers.checker import PatternCache, UsagePatternChecker
from producers.decorator import UsageBlocked, usage_tool
from producers.record import get_recorder
from producers.session import Session
from tests.conftest import cli, wait_for
from worker.storage import UsagePatternStorage

FULL = "74ec56e0c4b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9"


def replay_short_shas(env: dict, tmp_path, count: int) -> None:
    lines = [json.dumps({"tool": "bonfire_deploy", "params": {"image_tag": f"{i:07x}"}, "ok": False,
                         "error": f"Error: manifest unknown: quay.io/app:{i:07x}"}) for i in range(1, count + 1)]
    path = tmp_path / "events.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert cli("replay", str(path), env=env).returncode == 0


def check(env: dict, params: dict, *extra: str) -> dict:
    done = cli("check", "--tool", "bonfire_deploy", "--params", json.dumps(params), "--json", *extra, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def hook(env: dict, event: str, payload: dict) -> str:
    done = cli("hook", "claude-code", event, env=env, stdin=json.dumps(payload))
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_learned_short_sha_pattern_blocks_in_check_and_in_the_pre_tool_use_hook(env, processes, redis, tmp_path):
    processes.start("worker")
    replay_short_shas(env, tmp_path, 100)
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    wait_for(lambda: store.counters().get("events", 0) >= 100, timeout=60, message="100 events learned")
    [pattern] = store.list_patterns()
    assert pattern["confidence"] >= 0.95

    blocked = check(env, {"image_tag": "74ec56e"})
    assert blocked["decision"] == "block" and blocked["should_block"] and blocked["patterns_matched"] == [pattern["id"]]
    assert check(env, {"image_tag": FULL})["decision"] == "allow"

    denied = json.loads(hook(env, "pre-tool-use", {"session_id": "s1", "tool_name": "bonfire_deploy",
                                                   "tool_input": {"image_tag": "74ec56e"}}))
    assert denied["hookSpecificOutput"]["permissionDecision"] == "deny"
    assert "40-character full git SHA" in denied["hookSpecificOutput"]["permissionDecisionReason"]
    assert hook(env, "pre-tool-use", {"session_id": "s1", "tool_name": "bonfire_deploy",
                                      "tool_input": {"image_tag": FULL}}).strip() == ""

    # The agent fixes the call: post-tool-use records a success that counts as a prevention.
    hook(env, "post-tool-use", {"session_id": "s1", "tool_name": "bonfire_deploy", "tool_input": {"image_tag": FULL},
                                "tool_response": {"output": "deployed"}})
    wait_for(lambda: store.get_pattern(pattern["id"])["success_after_prevention"] == 1, message="prevention counted")

    session = json.loads(hook(env, "session-start", {"session_id": "s2"}))
    assert "bonfire_deploy" in session["hookSpecificOutput"]["additionalContext"]


def test_between_075_and_094_the_check_warns_and_the_hook_adds_context(env, redis, tmp_path):
    path = tmp_path / "reviewed.yaml"
    path.write_text(yaml.safe_dump({"usage_patterns": [{
        "id": "deploy-sha", "tool": "bonfire_deploy", "error_category": "PARAMETER_FORMAT", "confidence": 0.85,
        "observations": 30, "root_cause": "short SHA", "first_seen": "2026-11-01T00:00:00", "last_seen": "2026-11-20T00:00:00",
        "mistake_pattern": {"parameter": "image_tag", "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"}}}]}))
    assert cli("patterns", "import", str(path), env=env).returncode == 0
    assert check(env, {"image_tag": "74ec56e"})["decision"] == "warn"
    out = json.loads(hook(env, "pre-tool-use", {"session_id": "s", "tool_name": "bonfire_deploy", "tool_input": {"image_tag": "x"}}))
    assert "permissionDecision" not in out["hookSpecificOutput"] and "short SHA" in out["hookSpecificOutput"]["additionalContext"]


def test_a_workflow_pattern_warns_only_when_the_prerequisite_is_missing(env, redis, tmp_path):
    path = tmp_path / "wf.yaml"
    path.write_text(yaml.safe_dump({"usage_patterns": [{
        "id": "mr-push", "tool": "gitlab_mr_create", "error_category": "WORKFLOW_SEQUENCE", "confidence": 0.9,
        "observations": 40, "root_cause": "MR before push", "mistake_pattern": {"missing_step": "git_push"}}]}))
    assert cli("patterns", "import", str(path), env=env).returncode == 0

    def decision(*extra: str) -> str:
        done = cli("check", "--tool", "gitlab_mr_create", "--params", "{}", "--json", *extra, env=env)
        return json.loads(done.stdout)["decision"]
    assert decision("--recent", '["git_commit"]') == "warn"
    assert decision("--recent", '["git_commit", "git_push"]') == "allow"
    assert decision() == "allow"
    # Hooks keep the session's recent calls in Redis, one process per call.
    payload = {"session_id": "wf", "tool_name": "gitlab_mr_create", "tool_input": {}}
    assert "MR before push" in hook(env, "pre-tool-use", payload)
    hook(env, "post-tool-use", {"session_id": "wf", "tool_name": "git_push", "tool_input": {}, "tool_response": "ok"})
    assert hook(env, "pre-tool-use", payload).strip() == ""


def test_an_agent_loop_learns_is_warned_fixes_the_call_and_an_override_counts_as_a_false_positive(env, processes, redis):
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    session = Session(user="agent-7")
    registry = {"cafe123"}  # the one short tag that happens to exist

    @usage_tool("bonfire_deploy", checker=checker, session=session)
    def deploy(image_tag: str) -> str:
        if len(image_tag) < 40 and image_tag not in registry:
            raise RuntimeError(f"Error: manifest unknown: quay.io/app:{image_tag}")
        return "deployed"

    def settle(events: int) -> None:
        get_recorder().flush()
        wait_for(lambda: store.counters().get("events", 0) >= events, message=f"{events} events processed")

    mistakes = 0
    while checker.check_before_call("bonfire_deploy", {"image_tag": "0000bad"})["decision"] == "allow":
        with pytest.raises(RuntimeError):
            deploy(f"{mistakes + 1:07x}")
        mistakes += 1
        settle(mistakes)
        assert mistakes <= 10, "ten observations should reach the warning threshold"
    assert mistakes == 10

    warned = checker.check_before_call("bonfire_deploy", {"image_tag": "0000bad"})
    assert warned["decision"] == "warn"
    [pattern_id] = warned["patterns_matched"]
    with pytest.raises(RuntimeError):  # warned, went ahead anyway, failed: one more observation
        deploy("0000bad")
    settle(mistakes + 1)
    before = store.get_pattern(pattern_id)
    assert before["observations"] == 11 and store.counters()["overrides_failed"] == 1
    assert deploy(FULL) == "deployed"  # the agent fixed the call after the warning
    settle(mistakes + 2)
    after_fix = store.get_pattern(pattern_id)
    assert after_fix["success_after_prevention"] == before["success_after_prevention"] + 1
    assert after_fix["confidence"] > before["confidence"]

    assert deploy("cafe123", ignore_usage_warning=True) == "deployed"  # overridden and it worked
    settle(mistakes + 3)
    after_override = store.get_pattern(pattern_id)
    assert after_override["false_positives"] == 1 and after_override["confidence"] < after_fix["confidence"]
    assert after_override["per_user"]["agent-7"]["false_positives"] == 1


def test_the_decorator_checks_against_the_configured_store_by_default(env, redis, tmp_path):
    path = tmp_path / "reviewed.yaml"
    path.write_text(yaml.safe_dump({"usage_patterns": [{
        "id": "deploy-sha", "tool": "bonfire_deploy", "error_category": "PARAMETER_FORMAT", "confidence": 0.97,
        "observations": 120, "root_cause": "short SHA",
        "mistake_pattern": {"parameter": "image_tag", "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"}}}]}))
    assert cli("patterns", "import", str(path), env=env).returncode == 0
    sent = []

    @usage_tool("bonfire_deploy", record=lambda *args, **kwargs: sent.append(kwargs))
    def deploy(image_tag: str) -> str:
        return "deployed"

    with pytest.raises(UsageBlocked):
        deploy("74ec56e")
    assert deploy(FULL) == "deployed" and sent[-1]["warned_patterns"] == ["deploy-sha"]


def test_the_pre_tool_use_hook_blocks_from_the_snapshot_when_redis_is_away(env, tmp_path):
    from pathlib import Path

    snapshot = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_text(yaml.safe_dump({"usage_patterns": [{
        "id": "deploy-sha", "tool": "bonfire_deploy", "error_category": "PARAMETER_FORMAT", "confidence": 0.97,
        "observations": 120, "root_cause": "short SHA",
        "mistake_pattern": {"parameter": "image_tag", "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"}}}]}))
    away = {**env, "REDIS_URL": "redis://127.0.0.1:1/0"}
    out = cli("hook", "claude-code", "pre-tool-use", env=away,
              stdin=json.dumps({"session_id": "s", "tool_name": "bonfire_deploy", "tool_input": {"image_tag": "74ec56e"}}))
    assert out.returncode == 0 and json.loads(out.stdout)["hookSpecificOutput"]["permissionDecision"] == "deny"
    post = cli("hook", "claude-code", "post-tool-use", env=away,
               stdin=json.dumps({"session_id": "s", "tool_name": "bonfire_deploy", "tool_input": {"image_tag": FULL},
                                 "tool_response": "ok"}))
    assert post.returncode == 0 and (tmp_path / "spool" / "events.jsonl").exists()


def test_a_required_flag_the_message_names_is_learned_by_a_real_worker_and_checked_for_presence(env, processes, redis, tmp_path):
    processes.start("worker")
    error = 'error: required flag(s) "image" not set'
    lines = [json.dumps({"tool": "kubectl_create_deployment", "params": {"name": f"svc-{i}", "replicas": i % 3 + 1},
                         "ok": False, "error": error}) for i in range(12)]
    path = tmp_path / "missing.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert cli("replay", str(path), env=env).returncode == 0
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    wait_for(lambda: store.counters().get("events", 0) >= 12, timeout=60, message="12 events learned")
    [pattern] = store.list_patterns()
    assert pattern["error_category"] == "MISSING_PARAMETER"
    assert pattern["mistake_pattern"]["required_parameters"] == ["image"]

    def decision(tool: str, params: dict) -> str:
        done = cli("check", "--tool", tool, "--params", json.dumps(params), "--json", env=env)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["decision"]
    assert decision("kubectl_create_deployment", {"name": "frontend"}) == "warn"
    assert decision("kubectl_create_deployment", {"name": "frontend", "image": "nginx:1.27"}) == "allow"
    assert decision("kubectl_create_deployment", {"name": "frontend", "image": ""}) == "warn"  # empty is not given
