"""The seed's cases, the first implementation's substring bugs, structured errors, rule packs."""
from __future__ import annotations

import pytest

from worker.classifier import classify_error_type, http_status, key_text
from worker.rules import RulePackError, load_rules, parse_pack


def category(tool: str, params: dict, message: str) -> str | None:
    result = classify_error_type(tool, params, message)
    return result["error_category"] or result["infra_kind"]


def test_seed_namespace_ownership_is_incorrect_parameter_with_the_namespace_as_mistaken_value():
    result = classify_error_type("bonfire_namespace_release", {"namespace": "ephemeral-abc-123"},
                                 "Namespace 'ephemeral-abc-123' not owned by you")
    assert result["error_category"] == "INCORRECT_PARAMETER" and result["confidence"] >= 0.85
    assert result["evidence"]["parameter"] == "namespace"
    assert result["evidence"]["incorrect_value"] == "ephemeral-abc-123"


def test_seed_short_sha_is_parameter_format_but_a_full_sha_is_not():
    short = classify_error_type("bonfire_deploy", {"image_tag": "74ec56e"}, "manifest unknown")
    assert short["error_category"] == "PARAMETER_FORMAT" and short["confidence"] >= 0.90
    assert short["evidence"]["parameter"] == "image_tag"
    full = classify_error_type("bonfire_deploy", {"image_tag": "74ec56e" * 5 + "01234"}, "manifest unknown")
    assert full["error_category"] != "PARAMETER_FORMAT"


def test_seed_mr_without_push_is_a_workflow_sequence_needing_git_push():
    result = classify_error_type("gitlab_mr_create", {"source_branch": "f"}, "nothing to push, branch has no commits")
    assert result["error_category"] == "WORKFLOW_SEQUENCE"
    assert result["evidence"]["missing_step"] == "git_push"


def test_seed_missing_namespace_is_a_missing_prerequisite():
    result = classify_error_type("bonfire_deploy", {"namespace": "ephemeral-xyz"}, "namespace 'ephemeral-xyz' does not exist")
    assert result["error_category"] == "MISSING_PREREQUISITE" and result["confidence"] >= 0.80


@pytest.mark.parametrize("message, kind", [
    ("Error: Unauthorized", "auth"), ("Token expired", "auth"), ("Connection refused", "network"),
    ("No route to host", "network"), ("curl: (6) Could not resolve host: gitlab.invalid", "dns"),
    ("HTTP 429 Too Many Requests", "rate_limit"), ("write /var/lib/x: no space left on device", "resource"),
    ("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", "daemon_down"),
    ("OSError: [Errno 30] Read-only file system: '/sys/x'", "read_only"),
    ('{"message": "500 Internal Server Error"}', "server_error"),
    ("SSL certificate problem: self-signed certificate", "tls"),
    ("context deadline exceeded", "timeout"),
])
def test_infrastructure_is_recognised_by_kind_and_never_learnable(message, kind):
    result = classify_error_type("any_tool", {}, message)
    assert (result["is_usage_error"], result["infra_kind"], result["learnable"]) == (False, kind, False)


def test_codes_inside_shas_and_words_inside_paths_are_not_infrastructure():
    sha = "a401f403e0f" + "1" * 29
    result = classify_error_type("git_checkout", {"ref": sha}, f"fatal: reference is not a tree: {sha}")
    assert result["infra_kind"] is None
    path = "/srv/eof/timeout_config.yaml"
    result = classify_error_type("cat", {"path": path}, f"cat: {path}: No such file or directory")
    assert result["error_category"] == "INCORRECT_PARAMETER" and result["evidence"]["parameter"] == "path"


def test_structured_http_errors_read_the_status_from_json_bodies_and_curl():
    assert http_status('{"kind":"Status","status":"Failure","code":404}') == 404
    assert http_status("curl: (22) The requested URL returned error: 403") == 403
    assert http_status("abc 4041 deadbeef") is None
    assert category("gitlab_api", {"project": "x/y"}, '{"message":"404 Project Not Found"}') == "INCORRECT_PARAMETER"
    assert category("github_api", {}, '{"message": "Bad credentials", "documentation_url": "x"}') == "auth"


def test_the_key_line_of_a_traceback_and_of_multi_line_output_decides():
    traceback = 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: invalid literal for int() with base 10: \'abc\''
    assert key_text(traceback).key.startswith("ValueError")
    assert category("python_run", {"value": "abc"}, traceback) == "PARAMETER_FORMAT"
    git = "hint: something\nerror: pathspec 'nope' did not match any file(s) known to git\nhint: more"
    assert key_text(git).key.startswith("error: pathspec")
    # a progress line, then the program's own statement: the statement is the key
    frob = "lib/FROB/a.txt,v  <--  lib/a.txt\nfrobci: lib/FROB/a.txt,v: no lock set by ann\nfrobci aborted"
    assert key_text(frob).key == "frobci: lib/FROB/a.txt,v: no lock set by ann"


def test_parameter_attribution_never_picks_a_stray_word():
    result = classify_error_type("git_show", {"rev": "main~99"}, "fatal: the object is not a valid object name")
    assert result["evidence"]["parameter"] is None
    named = classify_error_type("jira_get", {"issue": "ABC-1", "fields": "summary"}, "Issue is not found")
    assert named["evidence"]["parameter"] == "issue"  # named in the message
    result = classify_error_type("git_checkout", {"ref": "feature-x"}, "error: pathspec 'feature-x' did not match any file(s) known to git")
    assert result["evidence"]["parameter"] == "ref" and result["evidence"]["incorrect_value"] == "feature-x"


def test_missing_parameter_is_classified_but_not_learnable():
    result = classify_error_type("cp", {"source": "a"}, "cp: missing destination file operand after 'a'")
    assert result["error_category"] == "MISSING_PARAMETER" and result["learnable"] is False


def test_unrecognised_errors_are_unknown_not_usage():
    result = classify_error_type("tool", {}, "something odd happened")
    assert (result["is_usage_error"], result["error_category"], result["kind"]) == (False, None, "unknown")


def test_user_rule_packs_teach_a_new_tool_and_win_over_the_default(tmp_path):
    (tmp_path / "acme.yaml").write_text("""
rules:
  - id: acme-quota-as-usage
    category: WRONG_TOOL_SELECTION
    tool: "acme_*"
    regex: 'use (?P<step>acme_bulk) for more than 100 items'
    confidence: 0.9
    hints: {suggested_tool: acme_bulk}
""")
    rules = load_rules(tmp_path)
    result = classify_error_type("acme_put", {}, "quota exceeded: use acme_bulk for more than 100 items", rules=rules)
    assert result["error_category"] == "WRONG_TOOL_SELECTION"
    assert result["evidence"]["rule"] == "acme.yaml:acme-quota-as-usage"
    assert result["evidence"]["suggested_tool"] == "acme_bulk"
    other = classify_error_type("other_tool", {}, "quota exceeded: use acme_bulk for more than 100 items", rules=rules)
    assert other["infra_kind"] == "resource"


@pytest.mark.parametrize("text, reason", [
    ("rules: [{id: x, regex: 'a'}]", "exactly one of category or infra"),
    ("rules: [{id: x, category: NOPE, regex: 'a'}]", "unknown category"),
    ("rules: [{id: x, infra: auth, regex: '('}]", "bad regex"),
    ("rules: [{id: x, infra: auth}]", "needs a regex or a status"),
    ("rules: {}", "expected a mapping with a 'rules' list"),
    ("rules: [\n  - {", "not valid YAML"),
])
def test_bad_rule_packs_are_refused_with_the_reason(text, reason):
    with pytest.raises(RulePackError, match=reason):
        parse_pack(text, "pack.yaml")


def test_rules_match_case_insensitively_but_report_values_in_their_original_case():
    from worker.rules import Matcher

    matcher = Matcher.compile(r"pathspec '(?P<value>[^']+)' did not match|\bENOENT\b")
    text = "error: PathSpec 'Feature-X' did not match any file(s) known to git"
    assert matcher.search(text, text.lower()) == {"value": "Feature-X"}
    assert matcher.triggers == ("enoent", "pathspec '")
    assert matcher.search("no trigger here", "no trigger here", frozenset()) is None
    odd = "İstanbul: pathspec 'x' did not match"  # lower() changes the length: the exact regex is used
    assert matcher.search(odd, odd.lower()) == {"value": "x"}


def test_escapes_survive_the_lowercased_rule_form():
    from worker.rules import Matcher

    matcher = Matcher.compile(r"\S+ is not a (?P<what>\w+) \(code \d+\)")
    text = "Foo is not a Widget (code 42)"
    assert matcher.search(text, text.lower()) == {"what": "Widget"}
    assert matcher.search("Foo is not a Widget (code X)", "foo is not a widget (code x)") is None


def test_a_rule_can_name_the_literals_every_match_contains():
    from worker.rules import Matcher

    matcher = Matcher.compile(r"\b(connection|read) ?timeout\b", requires_any=["timeout"])
    assert matcher.triggers == ("timeout",)
    text = "Read timeout after 30 s"
    assert matcher.search(text, text.lower(), frozenset({"timeout"})) == {}
    assert matcher.search(text, text.lower(), frozenset()) is None  # the prefilter says no


def test_an_edited_rule_pack_is_picked_up_and_an_unchanged_one_is_not_parsed_again(tmp_path):
    pack = tmp_path / "ops.yaml"
    pack.write_text("rules: [{id: one, category: WRONG_TOOL_SELECTION, regex: 'use acme_bulk', confidence: 0.9}]")
    first = load_rules(tmp_path)
    assert load_rules(tmp_path) is first
    pack.write_text("rules: [{id: two, category: WRONG_TOOL_SELECTION, regex: 'use acme_batch', confidence: 0.9}]")
    assert load_rules(tmp_path)[0].id == "two"


def test_a_grpc_errors_key_lines_are_its_status_and_details():
    message = ("Error: _InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n"
               "\tstatus = StatusCode.INVALID_ARGUMENT\n\tdetails = \"amount_cents is required\"\n"
               "\tdebug_error_string = \"INVALID_ARGUMENT:amount_cents is required\"\n>")
    text = key_text(message)
    assert "StatusCode.INVALID_ARGUMENT" in text.key and "amount_cents is required" in text.key
    assert classify_error_type("grpc_charge", {}, message)["error_category"] == "MISSING_PARAMETER"


def test_a_playwright_errors_key_lines_are_its_action_and_call_log():
    # the call log says what it waited for: an element never found is the agent's selector, not a slow network
    message = ("Error: TimeoutError: Page.click: Timeout 1500ms exceeded.\nCall log:\n"
               "  - waiting for locator(\"#pay\")")
    assert "waiting for locator" in key_text(message).key
    assert classify_error_type("browser_click", {"selector": "#pay"}, message)["error_category"] == "INCORRECT_PARAMETER"
    navigating = ("Error: TimeoutError: Page.goto: Timeout 2000ms exceeded.\nCall log:\n"
                  "  - navigating to \"http://10.1.2.3/\", waiting until \"load\"")
    assert classify_error_type("browser_goto", {"url": "http://10.1.2.3/"}, navigating)["infra_kind"] == "timeout"


def test_a_rule_below_the_learning_floor_is_recorded_but_not_learned_from():
    rules = tuple(parse_pack("rules: [{id: vague, category: INCORRECT_PARAMETER, regex: 'could not open', "
                             "confidence: 0.45}]", "user"))
    result = classify_error_type("php_run", {"script": "index.php"}, "Could not open input file: index.php", rules=rules)
    assert result["error_category"] == "INCORRECT_PARAMETER" and not result["learnable"]


def test_a_value_counted_in_parts_is_a_format_whatever_required_says():
    from worker.classifier import classify_error_type
    for message in ("FormatError: Error: Expression only has 3 parts.  At least 5 part are required.",
                    "ValueError: '10.0.1' has 3 octets, expected 4"):
        found = classify_error_type("schedule_parse", {"expression": "0 9 *"}, message)
        assert found["error_category"] == "PARAMETER_FORMAT" and found["evidence"]["rule"] == "default:parts-of-a-value", message
    assert classify_error_type("t", {}, "error: the following arguments are required: --name")["error_category"] == "MISSING_PARAMETER"


def test_the_key_line_is_not_an_excerpt_over_a_caret_nor_the_context_line_before_the_abort():
    # gnuplot 5.4 echoes its script and a caret, then says what is wrong; cvs 1.12 names the directory, then aborts
    gnuplot = "set terminal png; set output 'out/a.png'; replot\n                                          ^\nline 0: no previous plot"
    assert key_text(gnuplot).key == "line 0: no previous plot"
    cvs = "cvs commit: in directory .:\ncvs [commit aborted]: there is no version here; run 'cvs checkout' first"
    assert key_text(cvs).key == "cvs [commit aborted]: there is no version here; run 'cvs checkout' first"
    assert key_text("one line only").key == "one line only"
