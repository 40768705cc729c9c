"""Learned from real messages through classifier → extractor → learner, enforced by the checker."""
from __future__ import annotations

import pytest

from producers.checker import PatternCache, UsagePatternChecker
from worker.events import Event
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage

K8S = ('The Namespace "{v}" is invalid: metadata.name: Invalid value: "{v}": a lowercase RFC 1123 label must consist '
       "of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. "
       "'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")
FULL = "74ec56e0c4b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9"


@pytest.fixture
def store(fake_redis) -> UsagePatternStorage:
    return UsagePatternStorage(fake_redis, "lp:")


def learn(store: UsagePatternStorage, tool: str, params: dict, error: str, recent: list[str] | None = None,
          times: int = 10) -> list[dict]:
    """Observe one mistake `times` times, as an agent repeating it would (10 → the warn band)."""
    learner = UsagePatternLearner(store)
    for _ in range(times):
        outcome = learner.analyze_result(Event(tool=tool, params=params, ok=False, error=error, recent_calls=recent or []))
        assert outcome.startswith(("learned:", "merged:")), outcome
    return store.list_patterns()


def decision(store: UsagePatternStorage, tool: str, params: dict, recent: list[str] | None = None) -> str:
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    return checker.check_before_call(tool, params, {"recent_calls": recent} if recent is not None else None)["decision"]


def test_a_kubernetes_stated_regex_is_learned_and_enforced(store):
    [pattern] = learn(store, "kubectl_create_namespace", {"arg1": "Team_Billing"}, K8S.format(v="Team_Billing"))
    validation = pattern["mistake_pattern"]["validation"]
    assert pattern["mistake_pattern"]["parameter"] == "arg1"
    assert validation["regex"] == "^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?)$"
    assert decision(store, "kubectl_create_namespace", {"arg1": "Web_Frontend"}) == "warn"
    assert decision(store, "kubectl_create_namespace", {"arg1": "web-frontend"}) == "allow"


def test_a_json_body_mistake_is_attributed_to_the_only_param_that_fails_to_parse(store):
    params = {"url": "https://api.example.com/items", "name": "widget", "body": "{name: 'widget'}"}
    [pattern] = learn(store, "http_post", params,
                      "json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)")
    assert pattern["mistake_pattern"]["parameter"] == "body"
    assert pattern["mistake_pattern"]["validation"]["kind"] == "json"
    assert decision(store, "http_post", {**params, "body": "{'id': 7}"}) == "warn"
    assert decision(store, "http_post", {**params, "body": '{"id": 7}'}) == "allow"


def test_a_please_run_prerequisite_is_satisfied_by_the_right_tool_and_by_nothing_else(store):
    error = ('Error: Backend initialization required, please run "terraform init"\n\n'
             'Reason: Initial configuration of the requested backend "s3"')
    [pattern] = learn(store, "terraform_plan", {"chdir": "infra"}, error, recent=["git_clone"])
    assert pattern["mistake_pattern"]["required_tools"] == ["terraform_init"]
    assert decision(store, "terraform_plan", {"chdir": "infra"}, ["git_clone", "terraform_validate"]) == "warn"
    assert decision(store, "terraform_plan", {"chdir": "infra"}, ["terraform_plan", "terraform_fmt", "init"]) == "warn"
    assert decision(store, "terraform_plan", {"chdir": "infra"}, ["git_clone", "terraform_init"]) == "allow"
    assert decision(store, "terraform_plan", {"chdir": "infra"}) == "allow"  # no context, no sequence warning
    # a call of another shape is not the call that failed
    assert decision(store, "terraform_plan", {"chdir": "infra", "out": "plan.bin"}, ["git_clone"]) == "allow"


def test_a_hint_with_a_flag_alternative_never_makes_the_flag_a_tool(store):
    error = "error: You have not concluded your merge (MERGE_HEAD exists).\nhint: Please, commit your changes before you merge."
    [pattern] = learn(store, "git_merge", {"arg1": "feature"}, error)
    mistake = pattern["mistake_pattern"]
    assert "--abort" not in mistake["required_tools"] and all(not t.startswith("-") for t in mistake["required_tools"])
    assert mistake["required_options"] == ["--continue", "--abort"]
    assert decision(store, "git_merge", {"arg1": "feature"}, ["git_status", "--abort"]) == "warn"
    assert decision(store, "git_merge", {"arg1": "feature"}, ["git_status"]) == "warn"


@pytest.mark.parametrize("tag, expected", [("abc1234", "warn"), ("0c4b5d6e7", "warn"), (FULL, "allow"),
                                           ("latest", "allow"), ("v1.2.3", "allow")])
def test_a_validation_learned_from_short_shas_flags_short_shas_only(store, tag, expected):
    learn(store, "bonfire_deploy", {"image_tag": "74ec56e"}, "Error: manifest unknown: quay.io/app:74ec56e")
    assert decision(store, "bonfire_deploy", {"image_tag": tag}) == expected


@pytest.mark.parametrize("tag, expected", [("abc1234", "warn"), ("latest", "warn"), ("v1.2.3", "warn"), (FULL, "allow")])
def test_when_the_message_says_a_full_sha_is_required_every_other_value_is_flagged(store, tag, expected):
    learn(store, "ci_trigger", {"sha": "74ec56e"}, "error: sha must be a full 40-character SHA, got '74ec56e'")
    assert decision(store, "ci_trigger", {"sha": tag}) == expected


def test_an_enumeration_flags_every_value_outside_it_and_keeps_the_suggestion(store):
    [pattern] = learn(store, "gh_issue_list", {"state": "opened"},
                      'invalid argument "opened" for "-s, --state" flag: valid values are {open|closed|all}')
    assert pattern["mistake_pattern"]["validation"]["enum"] == ["open", "closed", "all"]
    assert decision(store, "gh_issue_list", {"state": "shut"}) == "warn"
    assert decision(store, "gh_issue_list", {"state": "closed"}) == "allow"


def test_a_numeric_range_is_enforced(store):
    learn(store, "api_list_items", {"per_page": 500, "page": 2}, "HTTP 422: per_page must be between 1 and 100")
    assert decision(store, "api_list_items", {"per_page": 250, "page": 1}) == "warn"
    assert decision(store, "api_list_items", {"per_page": 100, "page": 9}) == "allow"


def test_a_did_you_mean_suggestion_is_offered_with_the_warning(store):
    learn(store, "aws_s3_ls", {"region": "us-east1"}, "Invalid region 'us-east1'. Did you mean 'us-east-1'?")
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    result = checker.check_before_call("aws_s3_ls", {"region": "us-east1"})
    assert result["decision"] == "warn" and "use region='us-east-1'" in result["suggestions"]
    assert checker.check_before_call("aws_s3_ls", {"region": "us-east-1"})["decision"] == "allow"


def test_a_pattern_without_a_parameter_never_matches_on_values(store):
    [pattern] = learn(store, "report_build", {}, "Error: invalid date: expected YYYY-MM-DD")
    assert pattern["mistake_pattern"]["parameter"] is None
    assert decision(store, "report_build", {"since": "yesterday"}) == "allow"
