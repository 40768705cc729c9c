"""Pure helpers of prevention's extraction and checks: families, slips, value kinds, pins, aliases."""
from __future__ import annotations

import pytest

from worker.attribution import _named_as_argument
from worker.extractor import (_embedded_validation, _pinned_enum, family_pattern, fix_names,
                              names_call_values, option_aliases, suggested_names)
from worker.required import required_names, said_required
from worker.identity import family_key, family_of, subcommand_of
from worker.steps import near_miss, sets_up
from worker.validation import Validator, path_suffixes, stated_validation


@pytest.mark.parametrize("tool, family, sub", [("git_status", "git", "status"), ("redis_cli_config", "redis_cli", "config"),
                                               ("aws_ec2", "aws", "ec2"), ("git", None, None), ("read_text_file", None, None),
                                               ("git_*", None, None), ("pytest", None, None)])
def test_family_of_a_canonical_tool(tool, family, sub):
    assert family_of(tool) == family and subcommand_of(tool) == sub


def test_family_key():
    assert family_key("git") == "git_*"


@pytest.mark.parametrize("word, name, slip", [("stats", "status", True), ("lgs", "logs", True), ("descibe", "describe", True),
                                              ("psuh", "push", True), ("status", "status", False), ("stash", "status", False),
                                              ("top", "logs", False), ("ab", "abc", False)])
def test_near_miss(word, name, slip):
    assert near_miss(word, name) is slip


def test_setting_up_subcommands():
    assert sets_up("init") and sets_up("configure") and sets_up("clone")
    assert not sets_up("status") and not sets_up("start") and not sets_up("add")


def test_suggested_names():
    assert suggested_names("git: 'stauts' is not a git command.\n\nThe most similar command is\n\tstatus") == ["status"]
    assert suggested_names('Error: unknown command "lgos" for "kubectl"\n\nDid you mean this?\n\tlogs') == ["logs"]
    assert suggested_names("docker: unknown command: docker up") == []


def test_fix_names_are_options_and_placeholders():
    assert fix_names('no changes added to commit (use "git add <file>" and/or "git commit -a")') == ["file", "a"]
    assert fix_names("aborted: you must first push the current branch to a remote, or use the --head flag") == ["head"]


def test_names_call_values():
    assert names_call_values({"arg1": "build"}, "npm error Missing script: build")
    assert not names_call_values({"arg1": "build"}, "could not read package.json")
    assert not names_call_values({"all": True}, "True")  # a flag's True is no value


@pytest.mark.parametrize("value, fails", [("x > '2026-04-31'", True), ("x > '2025-00-15'", True), ("x > '2026-11-30'", False),
                                          ("x > '2024-02-29'", False), ("x > 5", False)])
def test_embedded_dates_are_checked_on_the_calendar(value, fails):
    params = {"c": "SELECT 1 FROM t WHERE d > '2026-13-01'"}
    key, validation = _embedded_validation(params, 'ERROR:  date/time field value out of range: "2026-13-01"', None)
    assert key == "c" and validation["kind"] == "date"
    assert (Validator(validation).fails(value) is not None) is fails


def test_embedded_validation_needs_a_quoted_literal_inside_a_value():
    assert _embedded_validation({"c": "SELECT 1"}, 'date/time field value out of range: "2026-13-01"', "c") == ("c", {})
    assert _embedded_validation({"c": "2026-13-01"}, 'date/time field value out of range: "2026-13-01"', "c") == ("c", {})


@pytest.mark.parametrize("value, fails", [("512m", False), ("2g", False), ("1024k", False), ("1.5g", False), ("100", False),
                                          ("512q", True), ("2gg", True), ("1o", True)])
def test_size_kind(value, fails):
    from worker.validation import KIND_BY_NAME
    kind = KIND_BY_NAME["size"]
    assert (Validator({"kind": "size", "regex": kind.regex}).fails(value) is not None) is fails


def test_a_pinned_enumeration_tests_what_stands_after_the_pin_only():
    pinned = _pinned_enum("requests==9.99.0", {"kind": "enum", "enum": ["2.31.0", "2.32.3"], "expected": "one of …"})
    validator = Validator(pinned)
    assert validator.fails("requests==3.0.0") is not None
    assert validator.fails("requests==2.32.3") is None
    assert validator.fails("requests>=2.31,<3") is None and validator.fails("urllib3==9.0") is None
    assert _pinned_enum("allkeys-lr", {"enum": ["allkeys-lru"]}) == {"enum": ["allkeys-lru"]}  # no pin: unchanged


def test_stated_rules():
    found = stated_validation("ERR … argument(s) must be one of the following: volatile-lru, allkeys-lru, noeviction")
    assert found["enum"] == ["volatile-lru", "allkeys-lru", "noeviction"]
    assert stated_validation("x (from versions: 0.2.0, 1.0.0, 2.34.0.dev1)")["enum"] == ["0.2.0", "1.0.0", "2.34.0.dev1"]
    only = stated_validation("Error: Only SELECT queries are allowed for read_query")
    assert only["expected"] == "a SELECT query" and Validator(only).fails("INSERT INTO t VALUES (1)") is not None
    assert Validator(only).fails("  select 1") is None
    assert "regex" not in stated_validation("only valid queries are allowed")  # no statement keyword


def test_argument_names_and_aliases():
    message = "ERR CONFIG SET failed (possibly related to argument 'maxmemory-policy') - must be one of the following: a, b"
    assert _named_as_argument({"arg1": "SET", "arg2": "maxmemory-policy", "arg3": "lru"}, message) == {"arg2": "arg3"}
    assert _named_as_argument({"memory": True, "arg1": "512q", "arg2": "nginx"}, 'invalid argument "512q" for "-m, --memory" flag') == {}
    assert option_aliases("memory", 'invalid argument "512q" for "-m, --memory" flag') == ["m"]
    assert option_aliases("m", 'for "-m, --memory" flag') == ["memory"]
    assert option_aliases("memory", "invalid argument") == []


def test_required_names_from_counts_codes_and_prose():
    usage = "The import command expects two arguments.\nUsage: terraform [global options] import [options] ADDR ID"
    assert required_names({"arg1": "aws_instance.web"}, usage) == ["id"]
    assert required_names({}, usage) == ["addr"]
    assert required_names({"channel": "C1"}, "{'ok': False, 'error': 'no_text'}") == ["text"]
    assert said_required({}, "You must specify a region. You can also configure your region by running \"aws configure\".") == ["region"]
    assert said_required({"region": "eu-west-1"}, "You must specify a region.") == []


def test_suffix_spellings_are_one():
    assert path_suffixes("docker-compose.yml") == ["yaml"] and path_suffixes("photo.JPEG") == ["jpg"]


def _pattern(tool: str, category: str, **mistake: object) -> dict:
    return {"id": f"{tool}_x", "tool": tool, "error_category": category, "root_cause": f"{tool} failed",
            "mistake_pattern": {"error_template": "t", "parameter": None, **mistake}}


def test_family_pattern_only_for_state_made_prerequisites_and_named_unknown_subcommands():
    fam = family_pattern(_pattern("git_status", "MISSING_PREREQUISITE", names_call_values=False))
    assert fam is not None and fam["tool"] == "git_*" and fam["mistake_pattern"]["family_members"] == ["git_status"]
    assert family_pattern(_pattern("git_status", "MISSING_PREREQUISITE", names_call_values=True)) is None
    assert family_pattern(_pattern("git_push", "MISSING_PREREQUISITE", names_call_values=False,
                                   required_options=["--set-upstream"])) is None  # the fix is this call's own option
    assert family_pattern(_pattern("psql", "MISSING_PREREQUISITE", names_call_values=False)) is None  # no family
    assert family_pattern(_pattern("git_stauts", "WRONG_TOOL_SELECTION", subcommand_named=True)) is not None
    assert family_pattern(_pattern("git_log", "WRONG_TOOL_SELECTION", subcommand_named=False)) is None
    assert family_pattern(_pattern("git_log", "PARAMETER_FORMAT", names_call_values=False)) is None


@pytest.mark.parametrize("command, tool", [("npm rm lodash", "npm_uninstall"), ("npm i -D vite", "npm_install"),
                                           ("npm t", "npm_test"), ("npm run-script build", "npm_run"), ("git rm x", "git_rm")])
def test_a_programs_own_aliases_are_one_identity(command, tool):
    from worker.identity import command_tool
    assert command_tool(command) == tool


def test_one_file_edit_stands_for_any_in_what_preceded_a_failure():
    from producers.checker import CompiledPattern
    compiled = CompiledPattern({"id": "p", "tool": "git_commit", "error_category": "WORKFLOW_SEQUENCE", "confidence": 0.8,
                                "observations": 10, "root_cause": "r",
                                "mistake_pattern": {"error_template": "t", "context_tools": ["Edit"]}})
    assert compiled.context is not None and "Write" in compiled.context and "git_status" not in compiled.context


def test_existing_names_keep_the_noun_the_message_put_before_them():
    from worker.extractor import existing_names
    params = {"query": "CREATE TABLE users (id INTEGER PRIMARY KEY)"}
    assert existing_names(params, "Database error: table users already exists") == {"query": ("table", ["users"])}
    assert existing_names({"query": "INSERT INTO users VALUES (1)"}, "table users already exists") == {}
    assert existing_names({"arg1": "users"}, "table users already exists") == {}  # a whole value is no part
    from worker.steps import removes
    assert removes("docker_rm") and removes("drop_table") and not removes("write_query")


def test_fix_names_leave_the_help_text_aside():
    message = ("npm error The `npm ci` command can only install with an existing package-lock.json\nnpm error Usage:\n"
               "npm error npm ci\nnpm error Options:\nnpm error [--omit <dev|optional|peer>] [--dry-run]")
    assert fix_names(message) == []


def test_occurrences_finds_what_a_literal_regex_finds() -> None:
    """`occurrences` stands in for a regex compiled per value: the same starts, overlapping or not."""
    import re
    from worker.attribution import occurrences
    for needle, text in (("aa", "aaaa"), ("db/a.rrd", "db/a.rrd: x db/a.rrd: y"), ("x", ""), ("/", "a/b/c")):
        assert occurrences(needle, text, overlapping=False) == [m.start() for m in re.finditer(re.escape(needle), text)]
    assert occurrences("aa", "aaaa") == [0, 1, 2]


def test_a_synopsis_slot_shown_after_an_option_is_given_by_that_option_not_by_a_positional() -> None:
    """mscgen (blind set 30) `-T <type> must be specified` / `Usage: mscgen -T <type> [-o <file>] [-i] <infile>`:
    the `<type>` slot is -T's value, so a command line gives it with `-T svg` and its positional is the infile."""
    message = "-T <type> must be specified on the command line\nUsage: mscgen -T <type> [-o <file>] [-i] <infile>\n"
    assert required_names({"o": "out/a.png", "arg1": "msc/a.msc"}, message) == ["t_or_type"]
    assert required_names({"T": True, "arg1": "svg", "o": "out/a.png", "arg2": "msc/a.msc"}, message) == []
    plain = "usage: git tag [-f] <tagname> [<commit>]"  # no option before the slot: a positional still fills it
    assert required_names({"arg1": "v1.0"}, plain) == []


def test_the_option_a_message_says_to_give_quoted_with_its_value_is_the_required_parameter() -> None:
    """enca (blind set 30) `Please use `-L language'`: `-L` (or `--language`) is what the call lacked."""
    message = ("enca: Cannot determine (or understand) your language preferences.\n"
               "Please use `-L language', or `-L none' if your language is not supported")
    assert required_names({"arg1": "docs/a.txt"}, message) == ["l_or_language"]
    assert required_names({"L": "czech", "arg1": "docs/a.txt"}, message) == []
    assert required_names({"arg1": "x"}, "error: please use `--force-with-lease' instead") == []
