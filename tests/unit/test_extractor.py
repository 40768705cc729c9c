"""A pattern from one classified error: template, regex, validation, root cause, prevention."""
from __future__ import annotations

import re

import pytest

from worker.classifier import classify_error_type
from worker.extractor import extract_usage_pattern, infer_validation


def extract(tool: str, params: dict, message: str) -> dict:
    return extract_usage_pattern(tool, params, message, classify_error_type(tool, params, message))


def test_the_template_masks_the_calls_values_and_the_regex_matches_the_message():
    message = "error: pathspec 'feature-login' did not match any file(s) known to git"
    pattern = extract("git_checkout", {"ref": "feature-login"}, message)
    mistake = pattern["mistake_pattern"]
    assert mistake["error_template"] == "error: pathspec <*> did not match any file(s) known to git"
    assert re.search(mistake["error_regex"], message)
    assert mistake["parameter"] == "ref" and mistake["common_mistakes"] == ["feature-login"]
    assert pattern["root_cause"] == "git_checkout was called with a value of 'ref' that does not exist or is not valid here"
    assert pattern["id"].startswith("git_checkout_incorrect_parameter_")


def test_the_same_mistake_with_another_value_gets_the_same_id():
    first = extract("git_checkout", {"ref": "a-1"}, "error: pathspec 'a-1' did not match any file(s) known to git")
    second = extract("git_checkout", {"ref": "zz-9"}, "error: pathspec 'zz-9' did not match any file(s) known to git")
    assert first["id"] == second["id"]


@pytest.mark.parametrize("value, message, expected, good, bad", [
    ("74ec56e", "manifest unknown", "40-character full git SHA", "a" * 40, "74ec56e"),
    ("abc", "invalid literal for int() with base 10: 'abc'", "an integer", "42", "abc"),
    ("next friday", "Error parsing date string: next friday", "a date (YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, @epoch seconds or a day word such as yesterday)",
     "2026-11-24", "friday"),
])
def test_validation_is_inferred_from_the_wrong_value_and_the_message(value, message, expected, good, bad):
    validation = infer_validation(value, message, {})
    assert validation["expected"] == expected
    assert re.search(validation["regex"], good) and not re.search(validation["regex"], bad)


def test_json_validation_has_no_regex_but_a_kind():
    assert infer_validation("{id: 7}", "json.decoder.JSONDecodeError: Expecting property name", {})["kind"] == "json"
    assert infer_validation("x", "something else entirely", {}) == {}


def test_prevention_steps_are_specific_to_the_category():
    fmt = extract("bonfire_deploy", {"image_tag": "74ec56e"}, "manifest unknown")
    assert [s["action"] for s in fmt["prevention_steps"]] == ["validate_parameter", "call_tool_if_invalid", "use_expanded_value"]
    assert fmt["prevention_steps"][1]["tool"] == "git_rev_parse"
    seq = extract("gitlab_mr_create", {"source_branch": "f"}, "nothing to push, branch has no commits")
    assert [s["action"] for s in seq["prevention_steps"]] == ["check_tool_called", "call_tool_first", "verify_prerequisite_success"]
    assert seq["mistake_pattern"]["correct_sequence"] == ["git_push", "gitlab_mr_create"]
    assert seq["root_cause"] == "gitlab_mr_create was called out of order: git_push must come first"
    owned = extract("bonfire_namespace_release", {"namespace": "eph-1"}, "Namespace 'eph-1' not owned by you")
    assert owned["prevention_steps"][0] == {"action": "call_tool_first", "tool": "bonfire_namespace_list",
                                            "reason": "list the valid values of namespace"}
    prereq = extract("bonfire_deploy", {"namespace": "eph-2"}, "namespace 'eph-2' does not exist")
    assert "reserve the namespace first" in prereq["root_cause"]
    wrong = extract("cat", {"path": "/etc/"}, "cat: /etc/: Is a directory")
    assert wrong["error_category"] == "WRONG_TOOL_SELECTION" and wrong["prevention_steps"][0]["action"] == "warn_if_false"
    assert wrong["mistake_pattern"]["call_shape"] == ["path"]


def test_a_new_pattern_starts_at_one_observation_and_050():
    pattern = extract("git_checkout", {"ref": "x-1"}, "error: pathspec 'x-1' did not match any file(s) known to git")
    assert (pattern["observations"], pattern["confidence"], pattern["success_after_prevention"]) == (1, 0.5, 0)
    assert pattern["first_seen"] == pattern["last_seen"]


def test_the_id_is_what_the_mistake_is_so_a_mask_change_does_not_fork_it():
    from worker.extractor import pattern_id
    first = pattern_id("git_checkout", "INCORRECT_PARAMETER", "ref", "error: pathspec <*> did not match any file(s)")
    assert first == pattern_id("git_checkout", "INCORRECT_PARAMETER", "ref", "error: pathspec <sha> did not match any file(s)")
    assert first == pattern_id("git_checkout", "INCORRECT_PARAMETER", "ref", "error: pathspec <*> did not match any file(s) <num>")
    assert first != pattern_id("git_checkout", "INCORRECT_PARAMETER", "path", "error: pathspec <*> did not match any file(s)")
    assert first != pattern_id("git_checkout", "INCORRECT_PARAMETER", "ref", "error: branch <*> not found")


def test_a_later_observation_adds_a_stated_validation_and_new_call_shapes():
    from worker.extractor import merge_evidence
    existing = {"validation": {"kind": "sha", "regex": "^[0-9a-f]{40}$", "applies_to": "x"}, "call_shape": ["a"],
                "required_tools": ["git_push"]}
    new = {"validation": {"kind": "sha", "regex": "^[0-9a-f]{40}$"}, "call_shapes": [["a", "b"]],
           "required_tools": ["git_push", "git_remote_add"]}
    merged = merge_evidence(existing, new)
    assert merged["validation"] == new["validation"]
    assert merged["call_shapes"] == [["a"], ["a", "b"]] and merged["required_tools"] == ["git_push", "git_remote_add"]
    assert merge_evidence(new, existing).get("validation") is None  # a stated rule is not replaced by a scoped one


def test_a_token_that_is_a_whole_value_is_never_a_part_of_another():
    from worker.extractor import mistaken_parts
    params = {"repo_path": "/src/main/app", "branch": "main"}
    assert mistaken_parts(params, "error: pathspec 'main' did not match any file(s) known to git") == {}
    assert mistaken_parts({"sql": "SELECT * FROM note"}, "Error: in prepare, no such table: note") == {"sql": ["note"]}
