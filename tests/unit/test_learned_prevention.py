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
    return [p for p in store.list_patterns() if not p["tool"].endswith("_*")]  # a family's pattern (`git_*`) aside


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


# ---------------------------------------------------------------- missing parameters
@pytest.mark.parametrize("tool, params, error, given", [
    ("kubectl_create_deployment", {"name": "web"}, 'error: required flag(s) "image" not set', {"image": "nginx:1.27"}),
    ("pagerduty_create_incident", {"title": "DB down"}, "'service_id' is a required property", {"service_id": "PX1"}),
    ("gitlab_create_issue", {"project_id": 7},
     "1 validation error for CreateIssueInput\ntitle\n  Field required [type=missing, input_value={'project_id': 7}]",
     {"title": "Login returns 500"}),
    ("docker_run", {"detach": True},
     "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]",
     {"image": "redis:7"}),
])
def test_a_required_parameter_the_message_names_is_checked_for_presence(store, tool, params, error, given):
    [pattern] = learn(store, tool, params, error)
    assert pattern["mistake_pattern"]["required_parameters"] == [next(iter(given))]
    assert decision(store, tool, {"other": 1}) == "warn"  # another call without it
    assert decision(store, tool, {**params, **given}) == "allow"
    assert decision(store, tool, {**params, next(iter(given)): ""}) == "warn"  # given empty is not given


def test_a_required_variable_counts_as_given_inside_the_map_the_call_passes(store):
    error = ('Error: No value for required variable\n\nThe root module input variable "region" is not set, '
             "and has no default value.")
    learn(store, "terraform_plan", {"dir": "infra", "vars": {"env": "prod"}}, error)
    assert decision(store, "terraform_plan", {"dir": "infra", "vars": {}}) == "warn"
    assert decision(store, "terraform_plan", {"dir": "infra", "vars": {"region": "eu-west-1"}}) == "allow"


def test_with_no_name_a_call_that_adds_no_parameter_repeats_the_missing_one(store):
    learn(store, "git_clone", {"depth": 1}, "fatal: You must specify a repository to clone.")
    learn(store, "git_clone", {"branch": "main", "depth": 1}, "fatal: You must specify a repository to clone.")
    assert decision(store, "git_clone", {"depth": 5}) == "warn"
    assert decision(store, "git_clone", {"url": "https://example.com/app.git", "depth": 1}) == "allow"


# ---------------------------------------------------------------- values: parts, maps, lists, wrong tools
def test_a_name_a_query_got_wrong_is_the_mistake_not_the_whole_query(store):
    learn(store, "postgres_query", {"sql": "SELECT count(*) FROM customer"},
          'ERROR:  relation "customer" does not exist\nLINE 1: SELECT count(*) FROM customer')
    assert decision(store, "postgres_query", {"sql": "DELETE FROM customer WHERE id = 3"}) == "warn"
    assert decision(store, "postgres_query", {"sql": "SELECT * FROM customers"}) == "allow"  # a whole name, not a prefix
    assert decision(store, "postgres_query", {"sql": "SELECT customer_id FROM orders"}) == "allow"


def test_a_stated_rule_is_attributed_to_the_map_whose_value_broke_it(store):
    error = ('error: invalid label value: "app=my app": a valid label must be an empty string or consist of alphanumeric '
             "characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
             "'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")
    [pattern] = learn(store, "kubectl_label", {"resource": "pod/web-0", "labels": {"app": "my app"}}, error)
    assert pattern["mistake_pattern"]["parameter"] == "labels"
    assert decision(store, "kubectl_label", {"resource": "pod/web-1", "labels": {"tier": "_internal"}}) == "warn"
    assert decision(store, "kubectl_label", {"resource": "deployment/api", "labels": {"team": "core-platform"}}) == "allow"


def test_a_kind_is_attributed_to_the_list_item_the_message_quotes(store):
    [pattern] = learn(store, "postgres_query", {"sql": "SELECT * FROM users WHERE id = $1", "params": ["42"]},
                      'ERROR:  invalid input syntax for type uuid: "42"')
    assert pattern["mistake_pattern"]["parameter"] == "params"
    assert decision(store, "postgres_query", {"sql": "DELETE FROM users WHERE id = $1", "params": ["abc"]}) == "warn"
    assert decision(store, "postgres_query", {"sql": "SELECT 1 WHERE $1 IS NOT NULL",
                                              "params": ["7b1d8919-1adf-4419-96ca-d9adbdcad8cc"]}) == "allow"


def test_a_wrong_tool_is_recognised_by_the_path_kind_the_message_names(store):
    for path in ("/srv/app/src", "/srv/app/docs"):
        learn(store, "read_text_file", {"path": path}, "EISDIR: illegal operation on a directory, read")
    assert decision(store, "read_text_file", {"path": "/srv/app/migrations"}) == "warn"
    assert decision(store, "read_text_file", {"path": "/srv/app/scripts/"}) == "warn"
    for path in ("/srv/app/main.py", "/srv/app/Makefile", "/srv/app/.gitlab-ci.yml"):
        assert decision(store, "read_text_file", {"path": path}) == "allow"


def test_a_wrong_tool_is_recognised_by_the_suffix_it_was_given(store):
    learn(store, "tar_extract", {"archive": "/a/release.zip", "dest": "/x"},
          "tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors")
    assert decision(store, "tar_extract", {"archive": "/b/dist.zip", "dest": "/y"}) == "warn"
    assert decision(store, "tar_extract", {"archive": "/b/dist.tar.gz", "dest": "/y"}) == "allow"


def test_an_observation_whose_id_exists_merges_into_it_and_keeps_its_history(store):
    first, second = "Error: in prepare, file is not a database (26)", "Error: file is not a database"
    learner = UsagePatternLearner(store)
    for _ in range(4):
        for error in (first, second):
            learner.analyze_result(Event(tool="sqlite_query", params={"database": "/d/dump.sql", "sql": "x"}, ok=False,
                                         error=error))
    assert sum(p["observations"] for p in store.list_patterns()) == 8


# ---------------------------------------------------------------- steps
def test_no_operation_in_progress_needs_the_call_that_starts_it(store):
    learn(store, "git_rebase", {"repo_path": "/r", "continue": True}, "fatal: No rebase in progress?", recent=["git_add"])
    assert decision(store, "git_rebase", {"repo_path": "/r", "continue": True}, ["edit_file", "git_add"]) == "warn"
    assert decision(store, "git_rebase", {"repo_path": "/r", "continue": True}, ["git_rebase", "git_add"]) == "allow"
    # another shape of the same tool (start a rebase) is not the call that failed
    assert decision(store, "git_rebase", {"repo_path": "/r", "onto": "main"}, ["git_fetch"]) == "allow"


def test_the_message_step_wins_over_a_mode_option_hint_and_the_failures_context_is_required(store):
    error = ("error: Merging is not possible because you have unmerged files.\nhint: Fix them up in the work tree, and "
             "then use 'git add/rm <file>'\nhint: as appropriate to mark resolution and make a commit.\n"
             "fatal: Exiting because of an unresolved conflict.")
    learn(store, "git_merge", {"repo_path": "/r", "branch": "main"}, error, recent=["git_checkout", "git_rebase"], times=5)
    [pattern] = learn(store, "git_merge", {"repo_path": "/r", "branch": "main"}, error,
                      recent=["git_fetch", "git_rebase", "git_status"], times=5)
    mistake = pattern["mistake_pattern"]
    assert mistake["required_tools"] == ["git_add", "git_rm"] and mistake["required_options"] == []
    assert mistake["context_tools"] == ["git_rebase"]  # what every failing window held (looks like git_status aside)
    assert decision(store, "git_merge", {"repo_path": "/r", "branch": "dev"}, ["git_rebase", "git_log"]) == "warn"
    assert decision(store, "git_merge", {"repo_path": "/r", "branch": "dev"}, ["git_rebase", "git_add"]) == "allow"
    # nothing that preceded every failure happened in this session: an ordinary merge, no warning
    assert decision(store, "git_merge", {"repo_path": "/r", "branch": "dev"}, ["git_checkout", "git_pull"]) == "allow"


def test_help_text_and_for_more_info_never_become_prerequisite_tools(store):
    error = ("npm error code EUSAGE\nnpm error The `npm ci` command can only install with an existing package-lock.json or\n"
             "npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to "
             "generate a package-lock.json file, then try again.\nnpm error Usage:\nnpm error npm ci\nnpm error Options:\n"
             "npm error   --foreground-scripts\nnpm error     Run all build scripts (ie, `preinstall`, `install`, and\n"
             'npm error Run "npm help ci" for more info')
    [pattern] = learn(store, "npm_ci", {"cwd": "/w"}, error, recent=["git_clone"])
    assert pattern["mistake_pattern"]["required_tools"] == ["npm_install"]
    assert decision(store, "npm_ci", {"cwd": "/w"}, ["git_clone"]) == "warn"
    assert decision(store, "npm_ci", {"cwd": "/w"}, ["git_clone", "npm_install"]) == "allow"


def test_a_schema_type_mismatch_flags_the_quoted_number_and_passes_the_number(store):
    """zod: `expected number, received string at tail` — "20" is the mistake, 20 is right (not `path`)."""
    error = ("MCP error -32602: Input validation error: Invalid arguments for tool read_text_file: "
             "Invalid input: expected number, received string at tail")
    [pattern] = learn(store, "read_text_file", {"path": "/srv/app/server.log", "tail": "20"}, error)
    assert pattern["mistake_pattern"]["parameter"] == "tail"
    assert decision(store, "read_text_file", {"path": "/srv/app/other.log", "tail": "5"}) == "warn"
    assert decision(store, "read_text_file", {"path": "/srv/app/server.log", "tail": 20}) == "allow"
    assert decision(store, "read_text_file", {"path": "/srv/app/server.log"}) == "allow"


def test_the_kind_of_value_comes_from_the_message_not_its_help_text(store):
    """gcloud's option list names `--uri`: the failure is about an integer, not a URL."""
    error = ("ERROR: (gcloud.compute.instances.list) argument --limit: Value must be an integer; received: abc\n"
             "Usage: gcloud compute instances list [NAME ...] [optional flags]\n"
             "  optional flags may be  --filter | --help | --limit | --uri | --zones")
    learn(store, "gcloud_compute", {"arg1": "instances", "arg2": "list", "limit": "abc"}, error)
    assert decision(store, "gcloud_compute", {"arg1": "instances", "arg2": "list", "limit": "ten"}) == "warn"
    assert decision(store, "gcloud_compute", {"arg1": "instances", "arg2": "list", "limit": "50"}) == "allow"


def test_a_required_name_is_given_by_an_assignment_or_by_a_positional_the_failures_lacked(store):
    learn(store, "docker_run", {"d": True, "p": "8080:80"},
          "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]")
    assert decision(store, "docker_run", {"d": True, "p": "80:80"}) == "warn"
    assert decision(store, "docker_run", {"d": True, "p": "80:80", "arg1": "nginx:1.27"}) == "allow"
    learn(store, "terraform_plan", {"var": "region=us-east-1"},
          'Error: No value for required variable\n\nThe root module input variable "instance_count" is not set')
    assert decision(store, "terraform_plan", {"var": "region=eu-west-1"}) == "warn"
    assert decision(store, "terraform_plan", {"var": "instance_count=3"}) == "allow"


def test_a_bare_flag_is_no_known_mistaken_value(store):
    """`--memory 512q` read as a flag: `memory=True` is in every call that gives the flag, good or bad."""
    learn(store, "docker_run", {"d": True, "memory": True, "arg1": "512q", "arg2": "nginx:1.27"},
          'invalid argument "512q" for "-m, --memory" flag: invalid suffix: \'q\'')
    assert decision(store, "docker_run", {"d": True, "memory": True, "arg1": "512m", "arg2": "nginx:1.27"}) == "allow"


def test_a_required_option_set_by_an_earlier_call_of_the_same_tool_is_in_place(store):
    error = ("fatal: The current branch feature/login has no upstream branch.\nTo push the current branch and set the "
             "remote as upstream, use\n\n    git push --set-upstream origin feature/login\n")
    learn(store, "git_push", {}, error, recent=["git_checkout", "git_commit"])
    assert decision(store, "git_push", {}, ["git_checkout", "git_commit"]) == "warn"
    assert decision(store, "git_push", {}, ["git_checkout", "git_commit", "git_push", "git_commit"]) == "allow"


def test_nothing_to_abort_needs_the_call_that_starts_the_operation(store):
    learn(store, "git_merge", {"repo_path": "/r", "abort": True}, "fatal: There is no merge to abort (MERGE_HEAD missing).",
          recent=["git_status"])
    assert decision(store, "git_merge", {"repo_path": "/r", "abort": True}, ["edit_file"]) == "warn"
    assert decision(store, "git_merge", {"repo_path": "/r", "abort": True}, ["git_merge", "git_status"]) == "allow"


def test_a_prerequisite_without_a_named_step_is_in_place_after_a_setup_call_of_the_same_family(store):
    """`could not find Cargo.toml in DIR`: the directory is a known failing value until `cargo_new` ran."""
    learn(store, "cargo_build", {"cwd": "/srv/rs"}, "error: could not find `Cargo.toml` in `/srv/rs` or any parent directory",
          recent=["git_clone"])
    assert decision(store, "cargo_build", {"cwd": "/srv/rs"}, ["git_clone"]) == "warn"
    assert decision(store, "cargo_build", {"cwd": "/srv/rs"}, ["cargo_new"]) == "allow"
    assert decision(store, "cargo_build", {"cwd": "/srv/rs"}, ["cargo_search", "git_status"]) == "warn"  # a look sets nothing up


def test_a_word_that_starts_like_a_verb_is_no_step():
    """`users` is not `use rs`."""
    from worker.steps import commands_in

    assert commands_in("Database error: table users already exists") == []
    assert commands_in("Run npm install first") == ["npm install"]


def test_a_value_inside_the_commands_own_dotted_name_is_not_the_mistake(store):
    """gcloud names its command `gcloud.config.set`: `set` is no wrong value, so good `set` calls pass."""
    error = "ERROR: (gcloud.config.set) Section [compute] has no property [zonee]."
    learn(store, "gcloud_config", {"arg1": "set", "arg2": "compute/zonee", "arg3": "us-east1-b"}, error)
    assert decision(store, "gcloud_config", {"arg1": "set", "arg2": "compute/zone", "arg3": "us-east1-b"}) == "allow"
    # the bracketed names make up `compute/zonee`: that whole value is the mistake
    assert decision(store, "gcloud_config", {"arg1": "set", "arg2": "compute/zonee", "arg3": "europe-west1-c"}) == "warn"


@pytest.mark.parametrize("error, field", [
    ('{"errorMessages": [], "errors": {"summary": "You must specify a summary of the issue."}}', "summary"),
    ('{"error": {"code": "parameter_missing", "message": "Missing required param: currency.", "param": "currency"}}', "currency"),
])
def test_a_required_field_named_by_an_error_map_or_a_missing_param_line_is_checked(store, error, field):
    learn(store, "create_thing", {"project": "OPS", "description": "x"}, error)
    assert decision(store, "create_thing", {"project": "WEB", "description": "y", "labels": ["ui"]}) == "warn"
    assert decision(store, "create_thing", {"project": "WEB", field: ""}) == "warn"
    assert decision(store, "create_thing", {"project": "WEB", field: "usd-or-a-summary"}) == "allow"


def test_nothing_to_pop_needs_the_starting_form_and_the_starting_form_passes(store):
    learn(store, "git_stash", {"arg1": "pop"}, "No stash entries found.", recent=["git_pull"])
    assert decision(store, "git_stash", {"arg1": "pop"}, ["git_checkout", "git_pull"]) == "warn"
    assert decision(store, "git_stash", {"arg1": "pop"}, ["git_stash", "git_pull"]) == "allow"
    assert decision(store, "git_stash", {"arg1": "push"}, ["edit_file"]) == "allow"


def test_a_go_parse_int_failure_learns_an_integer(store):
    learn(store, "kubectl_scale", {"arg1": "deployment", "replicas": "three"},
          'Error: invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax')
    assert decision(store, "kubectl_scale", {"arg1": "deployment", "replicas": "1.5"}) == "warn"
    assert decision(store, "kubectl_scale", {"arg1": "deployment", "replicas": "2"}) == "allow"


def test_an_options_value_read_as_a_positional_is_checked_wherever_the_command_line_puts_it(store):
    """`--max-keys ten` parses as max_keys=true, arg3='ten'; with `--prefix 2026/11/` before it, arg3 is the prefix."""
    learn(store, "aws_s3api", {"arg1": "list-objects-v2", "bucket": True, "arg2": "logs", "max_keys": True, "arg3": "ten"},
          "invalid literal for int() with base 10: 'ten'")
    repeat = {"arg1": "list-objects-v2", "bucket": True, "arg2": "logs", "max_keys": True, "arg3": "10k"}
    assert decision(store, "aws_s3api", repeat) == "warn"
    good = {"arg1": "list-objects-v2", "bucket": True, "arg2": "logs", "prefix": True, "arg3": "2026/11/",
            "max_keys": True, "arg4": "1000"}
    assert decision(store, "aws_s3api", good) == "allow"
    assert decision(store, "aws_s3api", {"arg1": "list-objects-v2", "max_keys": "all"}) == "warn"  # --max-keys=all


def test_commit_or_stash_your_changes_is_satisfied_by_either_step(store):
    error = ("error: Your local changes to the following files would be overwritten by checkout:\n\tapp.py\n"
             "Please commit your changes or stash them before you switch branches.\nAborting")
    learn(store, "git_checkout", {"arg1": "develop"}, error, recent=["Edit"])
    assert decision(store, "git_checkout", {"arg1": "main"}, ["Edit", "git_diff"]) == "warn"
    assert decision(store, "git_checkout", {"arg1": "main"}, ["Edit", "git_stash"]) == "allow"
    assert decision(store, "git_checkout", {"arg1": "main"}, ["Edit", "git_add", "git_commit"]) == "allow"


def test_a_missing_thing_named_inside_the_call_is_the_prerequisite_until_the_tool_ran_again(store):
    """`schema "analytics" does not exist`: a query naming `analytics.` again repeats it, unless psql ran since."""
    learn(store, "psql", {"c": "CREATE TABLE analytics.events (id int)"}, 'ERROR:  schema "analytics" does not exist')
    assert decision(store, "psql", {"c": "CREATE VIEW analytics.daily AS SELECT 1"}) == "warn"
    assert decision(store, "psql", {"c": "CREATE TABLE public.events (id int)"}) == "allow"
    assert decision(store, "psql", {"c": "CREATE TABLE analytics.page_views (id int)"}, ["psql"]) == "allow"


def test_a_zod_undefined_field_is_a_required_one(store):
    error = ("MCP error -32602: Input validation error: Invalid arguments for tool write_file: "
             "Invalid input: expected string, received undefined at content")
    learn(store, "write_file", {"path": "/srv/a.py"}, error)
    assert decision(store, "write_file", {"path": "/srv/b.md", "text": "draft"}) == "warn"
    assert decision(store, "write_file", {"path": "/srv/b.md", "content": "draft"}) == "allow"


def test_a_required_positional_is_given_by_a_positional_that_is_no_options_value(store):
    """`--zone us-east1-c` parses as zone=true, argN='us-east1-c': that positional is the zone, not INSTANCE_NAMES."""
    error = ("ERROR: (gcloud.compute.instances.create) argument INSTANCE_NAMES [INSTANCE_NAMES ...]: Must be specified.\n"
             "Usage: gcloud compute instances create INSTANCE_NAMES [INSTANCE_NAMES ...] [optional flags]")
    learn(store, "gcloud_compute", {"arg1": "instances", "arg2": "create", "zone": True, "arg3": "us-central1-a",
                                    "machine_type": True, "arg4": "e2-small"}, error)
    assert decision(store, "gcloud_compute", {"arg1": "instances", "arg2": "create", "zone": True, "arg3": "us-east1-c"}) == "warn"
    assert decision(store, "gcloud_compute", {"arg1": "instances", "arg2": "create", "arg3": "runner", "zone": True,
                                              "arg4": "us-east1-c"}) == "allow"


@pytest.mark.parametrize("tool, error, key, learned, bad, goods", [
    # an option list: `allowed formats are: a,b,c` is an enumeration
    ("kubectl_create", 'error: unable to match a printer suitable for the output format "yml", allowed formats are: '
     "go-template,json,jsonpath,name,template,yaml", "o", "yml", "jsn", ["json", "yaml"]),
    # the kind asked for one `name=value` assignment is tested on its value only
    ("terraform_plan", "Error: Invalid value for input variable\n\nUnsuitable value for var.instance_count set using\n"
     '-var="instance_count=...": a number is required.', "var", "instance_count=two", "instance_count=2x",
     ["instance_count=3", "region=eu-west-1"]),
])
def test_a_rule_stated_for_a_value_flags_other_bad_values_and_passes_good_ones(store, tool, error, key, learned, bad, goods):
    learn(store, tool, {"arg1": "x", key: learned}, error)
    assert decision(store, tool, {"arg1": "y", key: bad}) == "warn"
    assert all(decision(store, tool, {"arg1": "y", key: good}) == "allow" for good in goods)


def learn_each(store: UsagePatternStorage, tool: str, failures: list[tuple[dict, str]]) -> None:
    """Observe several different failing calls of one mistake, in turn, ten times in all at least (the warn band)."""
    learner = UsagePatternLearner(store)
    for _ in range(-(-10 // len(failures))):
        for params, error in failures:
            outcome = learner.analyze_result(Event(tool=tool, params=params, ok=False, error=error, recent_calls=[]))
            assert outcome.startswith(("learned:", "merged:")), outcome


def test_a_value_every_failure_shared_is_not_the_mistake_when_the_message_is_about_another(store):
    # database='test' is in every call and in the message only as the schema of the quoted table name
    error = "Error: Table 'test.bp4_order' doesn't exist (code: ER_NO_SUCH_TABLE)"
    learn_each(store, "mysql2_execute", [({"database": "test", "sql": sql}, error) for sql in (
        "SELECT * FROM bp4_order", "SELECT id FROM bp4_order WHERE id = ?", "UPDATE bp4_order SET placed = ? WHERE id = ?")])
    assert decision(store, "mysql2_execute", {"database": "test", "sql": "DELETE FROM bp4_order WHERE id = ?"}) == "warn"
    assert decision(store, "mysql2_execute", {"database": "test", "sql": "SELECT * FROM bp4_orders"}) == "allow"


def test_a_constant_value_the_message_never_quotes_is_no_known_mistake(store):
    # the heap size varies and is the mistake; main_class='Hello' is only what every failing call shared
    learn_each(store, "java_run", [({"classpath": "build", "main_class": "Hello", "max_heap": heap},
                                    f"Invalid maximum heap size: -Xmx{heap}\nError: Could not create the Java Virtual Machine.")
                                   for heap in ("12q", "34w", "56z")])
    assert decision(store, "java_run", {"classpath": "build", "main_class": "Hello", "max_heap": "512m"}) == "allow"


def test_a_date_kind_tests_the_bound_date_not_the_statement_nor_the_ids_beside_it(store):
    learn_each(store, "duckdb_query", [({"sql": "SELECT * FROM events WHERE day >= ?::DATE", "params": [day]},
                                        f'_duckdb.ConversionException: Conversion Error: date field value out of range: "{day}"\n\n'
                                        "LINE 1: SELECT * FROM events WHERE day >= ?::DATE") for day in ("2026-13-01", "2026-02-30")])
    assert decision(store, "duckdb_query", {"sql": "SELECT * FROM events WHERE day >= ?::DATE", "params": ["2026-14-01"]}) == "warn"
    assert decision(store, "duckdb_query", {"sql": "SELECT * FROM events WHERE day >= ?::DATE", "params": ["2026-01-01"]}) == "allow"
    learn_each(store, "mysql2_execute", [({"sql": "INSERT INTO t (id, placed) VALUES (?, ?)", "values": [n, day]},
                                          f"Error: Incorrect date value: '{day}' for column `test`.`t`.`placed` at row 1")
                                         for n, day in ((10, "2026-02-30"), (11, "30/01/2026"))])
    assert decision(store, "mysql2_execute", {"sql": "INSERT INTO t (id, placed) VALUES (?, ?)", "values": [12, "31/01/2026"]}) == "warn"
    assert decision(store, "mysql2_execute", {"sql": "INSERT INTO t (id, placed) VALUES (?, ?)", "values": [20, "2026-02-28"]}) == "allow"
