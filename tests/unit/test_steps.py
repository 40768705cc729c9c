"""Prerequisite steps named by a message or a rule hint become tool names; prose and flags never do."""
from __future__ import annotations

import pytest

from worker.steps import commands_in, options_in, prerequisite_tools, tool_refs


@pytest.mark.parametrize("hint, tools", [
    ("git_remote_add or git_push --set-upstream", ["git_remote_add", "git_push"]),
    ("git_merge --continue or --abort", ["git_merge"]),
    ("git_init or cd into the repository", ["git_init"]),
    ("git_config user.name/user.email", ["git_config"]),
    ("reserve the namespace first", []),
    ("a command for the key's type (TYPE key first)", []),
    ("--abort", []),
    (None, []),
])
def test_free_text_hints_never_become_tool_names(hint, tools):
    assert tool_refs(hint) == tools


@pytest.mark.parametrize("message, tools", [
    ('Error: Backend initialization required, please run "terraform init"', ["terraform_init"]),
    ("npm ERR! missing node_modules, run npm install first", ["npm_install"]),
    ("error: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install "
     "into a non-virtual environment", ["uv_venv"]),
    ("Please run:\n\n  $ gcloud auth login\n\nto obtain new credentials", ["gcloud_auth"]),
    ("The current branch feature has no upstream branch.\nTo push the current branch and set the remote as upstream, "
     "use\n\n    git push --set-upstream origin feature\n", ["git_push"]),
    ("abort: no repository found in '/x'!\n(run 'hg init' to create one)", ["hg_init"]),  # hg takes subcommands too
])
def test_a_step_named_as_a_command_becomes_the_agents_tool_name(message, tools):
    assert prerequisite_tools(message, "deploy") == tools


@pytest.mark.parametrize("message", ["hint: use --force to overwrite", "please try again later", "use this instead",
                                     "Run it again with --verbose", 'Run "npm help ci" for more info',
                                     "abort: uncommitted changes\n(use 'hg status' to list changes)"])  # a look, no step
def test_prose_flags_and_alternatives_are_not_commands(message):
    assert commands_in(message) == []


def test_the_failing_tool_itself_is_never_its_own_prerequisite_but_its_options_fix_it():
    message = "has no upstream branch. To push, use\n\n    git push --set-upstream origin feature"
    assert prerequisite_tools(message, "git_push") == []
    assert options_in("git_remote_add or git_push --set-upstream", "git_push") == ["--set-upstream"]
    assert options_in("git_merge --continue or --abort", "git_merge") == ["--continue", "--abort"]
    assert options_in("git_merge --continue or --abort", "git_commit") == []


def test_a_wrapper_family_gets_its_own_name_for_the_step():
    assert prerequisite_tools('please run "terraform init"', "tf_plan") == ["terraform_init", "tf_init"]
    assert prerequisite_tools("run git stash first", "git_pull") == ["git_stash"]


def test_slashed_alternatives_are_each_a_command_and_help_text_is_no_step():
    assert commands_in("then use 'git add/rm <file>' to mark resolution") == ["git add", "git rm"]
    assert commands_in("npm error Run an install with npm@5 or later\nnpm error Usage:\nnpm error   Run all build scripts") \
        == ["npm install"]


@pytest.mark.parametrize("message, commands", [
    ("Run 'df -h /var' to see what is left", ["df -h /var"]),
    ("Run 'docker run -h db postgres' first", ["docker run -h db postgres"]),
    ("Run 'mosquitto_sub -h' to see usage", []),
    ("Run 'tar --usage' for more information", []),
    ("Run 'git help push'", []),
])
def test_a_short_h_option_with_arguments_is_a_step_and_help_alone_is_none(message, commands):
    assert commands_in(message) == commands


def test_a_method_the_message_says_must_be_called_first_is_the_tool_of_its_own_family():
    from worker.steps import closing_tools, prerequisite_tools
    assert prerequisite_tools("RuntimeError: open() must be called first", "archive_write") == ["archive_open"]
    assert prerequisite_tools("you must call connect() before sending", "mqttc_publish") == ["mqttc_connect"]
    assert prerequisite_tools("RuntimeError: open() must be called first", "writer") == []  # no family to name it in
    assert closing_tools("RuntimeError: options cannot be changed once finalize() was called", "builder_set") == ["builder_finalize"]
    assert closing_tools("ValueError: cannot be empty", "builder_set") == []


def test_a_call_that_cannot_come_after_a_step_warns_only_after_that_step_on_the_same_thing(fake_redis):
    from tests.unit.test_prevention_value_kinds import _learn
    error = "RuntimeError: options cannot be changed once finalize() was called"
    checker = _learn(fake_redis, "closed:", "builder_set", [
        ({"build": "web", "name": "debug", "value": "on"}, error, ["builder_set", "builder_finalize"]),
        ({"build": "api", "name": "opt", "value": "2"}, error, ["builder_finalize"])], rounds=10)

    def decision(params: dict, recent: list) -> str:
        return checker.check_before_call("builder_set", params, {"recent_calls": recent})["decision"]

    call = {"build": "docs", "name": "lto", "value": "off"}
    assert decision(call, [{"tool": "builder_finalize", "params": {"build": "docs"}}]) == "warn"
    assert decision(call, [{"tool": "builder_set", "params": {"build": "docs", "name": "opt", "value": "1"}}]) == "allow"
    assert decision(call, [{"tool": "builder_finalize", "params": {"build": "web"}}]) == "allow"  # another build's


def test_a_method_quoted_to_call_before_is_a_step_unless_the_call_gives_it_as_an_operation(fake_redis):
    from tests.unit.test_prevention_value_kinds import _learn
    from worker.steps import method_steps
    fitted = "NotFittedError: This Ridge instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
    assert method_steps(fitted, "mlkit_predict") == ["mlkit_fit"]
    # `you need to call add_page() first` to a tool whose ops list holds `add_page`: a step inside the call
    assert method_steps("No page open, you need to call add_page() first", "pdf_build", {"ops": [{"op": "add_page"}]}) == []
    checker = _learn(fake_redis, "fit:", "mlkit_predict", [({"model": "rent", "X": [[3]]}, fitted, ["mlkit_create"]),
                                                           ({"model": "churn", "X": [[1, 0]]}, fitted, [])], rounds=10)

    def decision(recent: list) -> str:
        return checker.check_before_call("mlkit_predict", {"model": "sales", "X": [[2]]}, {"recent_calls": recent})["decision"]

    assert decision(["mlkit_create"]) == "warn"
    assert decision(["mlkit_create", "mlkit_fit"]) == "allow"


def test_a_file_a_tool_failed_to_load_is_a_file_to_write_first_and_no_such_file_is_no_file_that_exists():
    from worker.attribution import missing_config
    from worker.classifier import classify_error_type
    message = "nox > Failed to load Noxfile noxfile.py, no such file exists."
    assert missing_config({"s": "lint"}, message) == "noxfile.py"
    assert classify_error_type("nox", {"s": "lint"}, message)["error_category"] == "MISSING_PREREQUISITE"
    exists = classify_error_type("mkfifo", {"arg1": "q"}, "mkfifo: cannot create fifo 'q': File exists")
    assert exists["error_category"] == "WORKFLOW_SEQUENCE"
    assert classify_error_type("ldd", {"arg1": "run.sh"}, "not a dynamic executable")["error_category"] == "WRONG_TOOL_SELECTION"
