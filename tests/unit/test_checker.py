"""Prevention fires on the repeated mistake and stays silent on good calls."""
from __future__ import annotations

import pytest

from producers.checker import PatternCache, UsagePatternChecker, required_tools
from worker.snapshot import write_snapshot
from worker.storage import UsagePatternStorage

FULL_SHA = "74ec56e" + "0" * 33


def format_pattern(confidence: float) -> dict:
    return {"id": "deploy-sha", "tool": "bonfire_deploy", "error_category": "PARAMETER_FORMAT", "confidence": confidence,
            "observations": 45, "root_cause": "image_tag in the wrong format",
            "prevention_steps": [{"action": "validate_parameter", "reason": "use a full SHA"},
                                 {"action": "call_tool_if_invalid", "tool": "git_rev_parse", "reason": "expand it"}],
            "mistake_pattern": {"error_template": "manifest unknown", "parameter": "image_tag", "common_mistakes": ["74ec56e"],
                                "validation": {"expected": "40-character full git SHA", "regex": "^[0-9a-f]{40}$"}}}


def workflow_pattern(confidence: float = 0.9) -> dict:
    return {"id": "mr-push", "tool": "gitlab_mr_create", "error_category": "WORKFLOW_SEQUENCE", "confidence": confidence,
            "observations": 20, "root_cause": "MR before push", "prevention_steps": [],
            "mistake_pattern": {"error_template": "nothing to push", "parameter": None, "missing_step": "git_push"}}


def checker_for(*patterns: dict) -> UsagePatternChecker:
    return UsagePatternChecker(PatternCache.from_patterns(patterns))


@pytest.mark.parametrize("confidence, decision", [(0.96, "block"), (0.80, "warn"), (0.74, "allow")])
def test_a_short_sha_is_blocked_or_warned_by_confidence_and_a_full_sha_is_allowed(confidence, decision):
    checker = checker_for(format_pattern(confidence))
    result = checker.check_before_call("bonfire_deploy", {"image_tag": "74ec56e"})
    assert result["decision"] == decision and result["should_block"] == (decision == "block")
    if decision != "allow":
        assert "45x" in result["warnings"][0] and "image_tag in the wrong format" in result["warnings"][0]
        assert result["suggestions"] == ["call_tool_if_invalid: git_rev_parse"]
    assert checker.check_before_call("bonfire_deploy", {"image_tag": FULL_SHA})["decision"] == "allow"


def test_a_workflow_pattern_warns_only_when_the_prerequisite_is_missing_from_the_context():
    checker = checker_for(workflow_pattern())
    assert checker.check_before_call("gitlab_mr_create", {}, {"recent_calls": ["git_commit"]})["decision"] == "warn"
    assert checker.check_before_call("gitlab_mr_create", {}, {"recent_calls": ["git_commit", "git_push"]})["decision"] == "allow"
    assert checker.check_before_call("gitlab_mr_create", {}, None)["decision"] == "allow"
    assert checker.check_before_call("gitlab_mr_create", {}, ["x"] * 10 + ["git_push"])["decision"] == "allow"


def test_an_incorrect_value_pattern_matches_only_known_mistaken_values():
    pattern = {**format_pattern(0.9), "error_category": "INCORRECT_PARAMETER", "id": "ns",
               "mistake_pattern": {"parameter": "namespace", "common_mistakes": ["ephemeral-abc"], "validation": {}}}
    checker = checker_for(pattern)
    assert checker.check_before_call("bonfire_deploy", {"namespace": "ephemeral-abc"})["decision"] == "warn"
    assert checker.check_before_call("bonfire_deploy", {"namespace": "ephemeral-mine"})["decision"] == "allow"
    assert checker.check_before_call("other_tool", {"namespace": "ephemeral-abc"})["decision"] == "allow"


def test_a_wrong_tool_pattern_matches_the_recorded_shape_and_suggests_the_better_tool():
    pattern = {"id": "wt", "tool": "cat", "error_category": "WRONG_TOOL_SELECTION", "confidence": 0.9, "observations": 12,
               "root_cause": "cat is the wrong tool for directories",
               "prevention_steps": [{"action": "suggest_tool", "tool": "ls", "reason": "list directories with ls"}],
               "mistake_pattern": {"parameter": "path", "common_mistakes": ["/etc"], "call_shape": ["path"]}}
    checker = checker_for(pattern)
    result = checker.check_before_call("cat", {"path": "/etc"})
    assert result["decision"] == "warn" and result["suggestions"] == ["suggest_tool: ls"]
    assert checker.check_before_call("cat", {"path": "/etc/hosts"})["decision"] == "allow"


def test_required_tools_reads_alternatives():
    assert required_tools("git_remote_add or git_push --set-upstream") == ["git_remote_add", "git_push"]
    assert required_tools(None) == []


def test_the_cache_reloads_when_the_store_version_moves(fake_redis):
    store = UsagePatternStorage(fake_redis, "c:")
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    assert checker.check_before_call("bonfire_deploy", {"image_tag": "74ec56e"})["decision"] == "allow"
    store.add_pattern(format_pattern(0.97))
    assert checker.check_before_call("bonfire_deploy", {"image_tag": "74ec56e"})["decision"] == "block"
    store.delete_pattern("deploy-sha")
    assert checker.check_before_call("bonfire_deploy", {"image_tag": "74ec56e"})["decision"] == "allow"


def test_the_cache_falls_back_to_the_snapshot_when_redis_is_away(tmp_path):
    from producers.recorder import connect

    path = tmp_path / "usage_patterns.yaml"
    from worker.patterns import normalize_pattern
    write_snapshot(path, [normalize_pattern(format_pattern(0.97))], {})
    dead = UsagePatternStorage(connect("redis://127.0.0.1:1/0", 0.1), "x:")
    checker = UsagePatternChecker(PatternCache(dead, path))
    assert checker.check_before_call("bonfire_deploy", {"image_tag": "74ec56e"})["decision"] == "block"


def test_an_imported_wrong_tool_pattern_without_a_call_shape_matches_nothing():
    pattern = {"id": "wt-noshape", "tool": "cat", "error_category": "WRONG_TOOL_SELECTION", "confidence": 0.97,
               "observations": 120, "root_cause": "cat on a directory", "prevention_steps": [],
               "mistake_pattern": {"parameter": None, "common_mistakes": []}}
    checker = checker_for(pattern)
    for params in ({}, {"path": "/etc"}, {"path": "/etc/hosts", "n": True}):
        assert checker.check_before_call("cat", params)["decision"] == "allow"


def test_a_sequence_pattern_checks_recent_calls_by_their_canonical_identity():
    checker = checker_for(workflow_pattern())
    assert checker.check_before_call("gitlab_mr_create", {}, ["mcp__git__git_push"])["decision"] == "allow"
    assert checker.check_before_call("gitlab_mr_create", {}, ["mcp__git__git_commit"])["decision"] == "warn"


def test_a_wrong_tool_pattern_with_a_shape_but_no_parameter_matches_nothing():
    pattern = {"id": "wt-noparam", "tool": "read_text_file", "error_category": "WRONG_TOOL_SELECTION", "confidence": 0.9,
               "observations": 12, "root_cause": "a directory read as a file", "prevention_steps": [],
               "mistake_pattern": {"parameter": None, "common_mistakes": [], "call_shape": ["path"]}}
    checker = checker_for(pattern)
    for path in ("/srv/app/src", "/srv/app/main.py"):
        assert checker.check_before_call("read_text_file", {"path": path})["decision"] == "allow"


def test_the_checker_imports_no_classifier_and_no_yaml():
    """A PreToolUse hook imports the checker on every call: the rule packs' YAML and the classifier stay out."""
    import subprocess
    import sys

    code = ("import sys, producers.checker; "
            "print(sorted(m for m in ('yaml', 'worker.classifier', 'worker.rules', 'worker.extractor') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
