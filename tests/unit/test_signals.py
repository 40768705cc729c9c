"""General signals: a failed call no rule recognises still gets an honest verdict."""
from __future__ import annotations

import pytest

from worker.classifier import classify_error_type
from worker.rules import parse_pack
from worker.signals import combine, gather, name_points, quoted_parameters, scrub


def label(result: dict) -> str:
    return result["error_category"] or result["infra_kind"] or "unknown"


# Families named in issue 15 (MCP servers, SDKs, CLIs agents call): what a user relies on is the label.
@pytest.mark.parametrize("tool, params, message, want", [
    ("memory_open_nodes", {"names": "staging"}, "Error executing tool open_nodes: No item found with id staging",
     "INCORRECT_PARAMETER"),
    ("fetch", {"url": "example.com/page"}, "1 validation error for fetchArguments\nurl\n  Input should be a valid URL, "
     "relative URL without a base [type=url_parsing, input_value='example.com/page', input_type=str]", "PARAMETER_FORMAT"),
    ("list_items", {"order": "ascending"}, "1 validation error for ListArgs\norder\n  Input should be 'asc' or 'desc' "
     "[type=enum, input_value='ascending', input_type=str]", "INCORRECT_PARAMETER"),
    ("create_user", {"name": "x"}, "1 validation error for CreateUser\nemail\n  Field required [type=missing, "
     "input_value={'name': 'x'}, input_type=dict]", "MISSING_PARAMETER"),
    ("gitlab_issue_create", {}, 'MCP error -32602: Invalid arguments for tool create_issue: [{"code": "invalid_type", '
     '"expected": "string", "received": "undefined", "path": ["title"], "message": "Required"}]', "MISSING_PARAMETER"),
    ("fs_read", {"path": "a"}, "MCP error -32601: Method not found", "WRONG_TOOL_SELECTION"),
    ("browser_handle_dialog", {"accept": True}, 'Error: The tool "browser_handle_dialog" can only be used when there '
     "is related modal state present.", "WRONG_TOOL_SELECTION"),
    ("read_query", {"query": "DELETE FROM x"}, "Error: Only SELECT queries are allowed for read_query",
     "WRONG_TOOL_SELECTION"),
    ("psql", {"file": "dump.sql"}, "pg_restore: error: input file appears to be a text format dump. Please use psql.",
     "WRONG_TOOL_SELECTION"),
    ("cargo_build", {}, "error: rustup could not choose a version of cargo to run, because one wasn't specified "
     "explicitly, and no default is configured.\nhelp: run 'rustup default stable' to download the latest stable "
     "release of Rust and set it as your default toolchain.", "MISSING_PREREQUISITE"),
    ("terraform_plan", {}, 'Error: No value for required variable\n\n  on variables.tf line 1:\n   1: variable "region" {',
     "MISSING_PARAMETER"),
    ("stripe_get", {}, 'Argument "customerId" required, but got: undefined', "MISSING_PARAMETER"),
    ("mqtt_publish", {"topic": "a"}, "Error executing tool publish: Both topic and message must be supplied",
     "MISSING_PARAMETER"),
    ("sqlite_read_query", {"query": "SELECT * FROM customers"}, "Error: no such table: customers",
     "INCORRECT_PARAMETER"),
    ("pg_query", {"sql": "select * from users"}, 'error: relation "users" does not exist', "INCORRECT_PARAMETER"),
    ("python_run", {"script": "app.py"}, "sqlite3.OperationalError: no such table: sessions", "MISSING_PREREQUISITE"),
    ("s3_get", {"bucket": "b"}, "botocore.exceptions.NoCredentialsError: Unable to locate credentials", "auth"),
    ("nats_pub", {"subject": "a"}, "nats.errors.NoServersError: nats: no servers available for connection", "network"),
    ("pika_publish", {"queue": "q"}, "pika.exceptions.AMQPConnectionError", "network"),
    ("stripe_charge", {"customer": "cus_123"}, "stripe.error.InvalidRequestError: No such customer: cus_123",
     "INCORRECT_PARAMETER"),
    ("kafka_send", {"topic": "t"}, "kafka.errors.NoBrokersAvailable: NoBrokersAvailable", "network"),
    ("openai_chat", {}, "openai.APITimeoutError: Request timed out.", "timeout"),
    ("slack_post", {"channel": "C1"}, "slack_sdk.errors.SlackApiError: The request to the Slack API failed.\n"
     "The server responded with: {'ok': False, 'error': 'not_in_channel'}", "MISSING_PREREQUISITE"),
    ("go_build", {}, "go: cannot find main module, but found .git/config in /src\n\tto create a module there, run:\n"
     "\tgo mod init", "MISSING_PREREQUISITE"),
    ("fs_write", {"path": "/etc/x"}, "Error: Access denied - path outside allowed directories: /etc/x not in /tmp/w",
     "INCORRECT_PARAMETER"),
    ("git_branch", {"upstream": "origin/x"}, "fatal: the requested upstream branch 'origin/x' does not exist\nhint: "
     "If you are planning on basing your work on an upstream\nhint: branch that already exists at the remote, you may "
     "need to\nhint: run \"git fetch\" to retrieve it.", "INCORRECT_PARAMETER"),
])
def test_families_no_tool_specific_rule_was_written_for(tool, params, message, want):
    result = classify_error_type(tool, params, message)
    assert label(result) == want, result["evidence"]
    assert not (result["infra_kind"] and result["learnable"])


def test_a_quoted_parameter_value_makes_an_unknown_message_a_usage_error_attributed_to_that_parameter():
    result = classify_error_type("memory_get", {"entity": "staging-db"}, "Entity staging-db is gone")
    assert result["is_usage_error"] and result["evidence"]["parameter"] == "entity"
    assert result["evidence"]["incorrect_value"] == "staging-db"
    assert 0.5 <= result["confidence"] <= 0.7 and result["evidence"]["rule"] is None


def test_wording_alone_is_usage_at_a_low_confidence_that_is_not_learned_from():
    result = classify_error_type("acme_tool", {}, "widget frobnication was rejected: unexpected board")
    assert result["is_usage_error"] and result["confidence"] < 0.5 and not result["learnable"]


def test_no_signal_at_all_is_unknown_with_zero_confidence():
    result = classify_error_type("acme_tool", {}, "something odd happened")
    assert (result["kind"], result["confidence"], result["learnable"]) == ("unknown", 0.0, False)


def test_infrastructure_vocabulary_outweighs_a_quoted_value_but_not_inside_the_calls_own_values():
    outage = classify_error_type("acme_sync", {"host": "db7"}, "sync to db7 aborted: upstream unreachable")
    assert outage["kind"] == "infrastructure" and not outage["learnable"]
    # the agent's own value mentions "timeout"; nothing else does: not an infrastructure fault
    own = classify_error_type("acme_cfg", {"file": "timeout_settings.conf"}, "acme: bad entry in timeout_settings.conf")
    assert own["is_usage_error"]
    assert "timeout" not in scrub("acme: bad entry in timeout_settings.conf", {"file": "timeout_settings.conf"})


@pytest.mark.parametrize("name, points", [
    ("NoCredentialsError", ("infra", "auth")), ("ConnectionTimeout", ("infra", "timeout")),
    ("AMQPConnectionError", ("infra", "network")), ("ServiceUnavailable", ("infra", "server_error")),
    ("KeyError", ("usage", "INCORRECT_PARAMETER")), ("ValidationError", ("usage", "PARAMETER_FORMAT")),
    ("EntityAlreadyExists", ("usage", "WORKFLOW_SEQUENCE")), ("channel_not_found", ("usage", "INCORRECT_PARAMETER")),
    ("InvalidRequestError", ("usage", None)), ("Frobnicator", None),
])
def test_exception_and_code_names_are_read_by_their_morphemes(name, points):
    assert name_points(name) == points


@pytest.mark.parametrize("code, kind", [
    ("CONNECTION_REFUSED", "network"), ("CONNECTION_RESET", "network"), ("NAME_NOT_RESOLVED", "dns"),
    ("CERT_AUTHORITY_INVALID", "tls"), ("CERT_DATE_INVALID", "tls"), ("TIMED_OUT", "timeout"),
])
def test_a_browsers_network_error_code_names_its_cause_even_when_the_message_quotes_the_url(code, kind):
    # Chromium's net::ERR_ codes (puppeteer, playwright, selenium): the URL is the call's own value,
    # which alone would say usage; the code says the page could not be reached
    url = "http://shop.acme.test:8081/cart"
    got = classify_error_type("frob_browse", {"url": url}, f"Error: frob.open: net::ERR_{code} at {url}")
    assert (got["kind"], got["infra_kind"], got["learnable"]) == ("infrastructure", kind, False)


def test_a_list_of_valid_choices_is_no_evidence_of_an_outage():
    # a field named `password` among the choices the error offers is not a credential fault
    message = "Error: FrobError: Cannot resolve keyword 'emial' into field. Choices are: email, id, password, token"
    got = classify_error_type("frob_filter", {"emial": "x@y.z"}, message, rules=())
    assert got["is_usage_error"] and got["error_category"] == "INCORRECT_PARAMETER"
    # the same word outside a choice list still says it
    outage = classify_error_type("frob_filter", {}, "Error: FrobError: password authentication failed", rules=())
    assert outage["kind"] == "infrastructure"


@pytest.mark.parametrize("message", [
    "frobtool: unrecognized section flag `sticky'\nfrobtool: supported flags: alloc, load, readonly, debug, code",
    "frobtool: invalid layout `zip'; valid layouts are:\nflat nested readonly (all-caps also recognized)",
])
def test_a_list_headed_by_what_is_valid_is_no_evidence_of_an_outage(message):
    # `readonly` is one of the values the tool accepts, on the heading's line or on the line after it
    got = classify_error_type("frobtool", {"command": "frobtool --x"}, message, rules=())
    assert got["is_usage_error"], got["evidence"]


def test_a_file_name_in_the_text_is_no_evidence_of_an_outage_but_a_socket_or_pg_hba_conf_is():
    # a patch the tool names (not the call's own value) whose name says `login`
    for message in ("Series fully applied, ends at patch patches/fix-login.patch",
                    "frobq: unknown key `region` in config/credentials.json"):
        got = classify_error_type("frobq", {}, message, rules=())
        assert got["kind"] != "infrastructure" and got["infra_kind"] is None, got["evidence"]
    down = classify_error_type("frobq", {}, "dial unix /var/run/frob.sock: connect: no such file", rules=())
    assert (down["kind"], down["infra_kind"]) == ("infrastructure", "daemon_down")
    hba = classify_error_type("frobq", {}, 'no pg_hba.conf entry for host "10.0.0.7"', rules=())
    assert (hba["kind"], hba["infra_kind"]) == ("infrastructure", "auth")


def test_a_browsers_file_not_found_code_is_a_wrong_value_not_an_outage():
    got = classify_error_type("frob_browse", {"url": "file:///srv/nope.html"},
                              "Error: net::ERR_FILE_NOT_FOUND at file:///srv/nope.html")
    assert got["is_usage_error"] and got["error_category"] == "INCORRECT_PARAMETER"


def test_common_words_and_short_values_are_not_taken_for_quoted_parameters():
    assert quoted_parameters({"flag": "true", "n": "7", "ref": "ab"}, "true: 7 ab failed") == []
    assert quoted_parameters({"ref": "feature-x"}, "no ref feature-x")[0].param == "ref"


def test_combine_reports_none_without_signals_and_keeps_fallback_confidence_below_the_rules():
    assert combine([]) is None
    verdict = combine(gather({"id": "cus_9"}, "No such customer: cus_9", "No such customer: cus_9"))
    assert verdict is not None and verdict[0] == "usage" and verdict[2] <= 0.7 and verdict[3] == "id"


# Category cues: which kind of mistake, read from the words, for families no rule was written for.
@pytest.mark.parametrize("message, want", [
    # a choice list makes an "invalid" value a wrong choice, not a malformed one
    ("acme: invalid mode 'fast'; possible values: slow, safe", "INCORRECT_PARAMETER"),
    ("zz: bad level 'loud' (choose from 'quiet', 'normal')", "INCORRECT_PARAMETER"),
    # "expected string, received undefined": the value was not given, whatever else was expected
    ("Tool failed: expected string, received undefined at target", "MISSING_PARAMETER"),
    ("widget: the owner field is required", "MISSING_PARAMETER"),
    ("frob: line 1: ACME_HOME: unbound variable", "MISSING_PARAMETER"),
    # steps out of order
    ("frob: the ledger is already sealed", "WORKFLOW_SEQUENCE"),
    ("Error: the cursor is closed", "WORKFLOW_SEQUENCE"),
    # set-up vocabulary
    ("frob: workspace not initialised; run `frob setup` first", "MISSING_PREREQUISITE"),
    ("zz: no default profile is configured", "MISSING_PREREQUISITE"),
    # the wrong tool: a directory, a kind of input it cannot read
    ("zz: reports/: is a directory", "WRONG_TOOL_SELECTION"),
    ("frob: input is not a frob archive", "WRONG_TOOL_SELECTION"),
    # a malformed value
    ("zz: depth -1 is not a positive number", "PARAMETER_FORMAT"),
    ("frob: unterminated string in expression", "PARAMETER_FORMAT"),
    # steps out of order, said as a handle's state or a forgotten call
    ("frob: widget not set: did you forget to call attach()?", "WORKFLOW_SEQUENCE"),
    ("Error: Cannot use a frob after calling end on the frob", "WORKFLOW_SEQUENCE"),
    ("Error: Node is detached from document", "WORKFLOW_SEQUENCE"),
    ("zz: Working outside of frob context.", "WORKFLOW_SEQUENCE"),
    ("Error: Plugins aren't loaded yet.", "WORKFLOW_SEQUENCE"),
    # a value not given, said as an empty entry
    ("zz: option \"mode\" cannot be specified with no value", "MISSING_PARAMETER"),
    ("Error: Named replacement \":who\" has no entry in the replacement map.", "MISSING_PARAMETER"),
    # something to install first, said as a question or a request
    ("Error: Error loading frob module. Did you install frob-bindings?", "MISSING_PREREQUISITE"),
    ("Error: Please install zzlib package manually", "MISSING_PREREQUISITE"),
])
def test_category_cues_say_which_mistake_when_no_rule_matched(message, want):
    result = classify_error_type("acme_tool", {}, message, rules=())
    assert result["error_category"] == want, result["evidence"]
    assert result["confidence"] < 0.5 and not result["learnable"]  # words alone: honest, not learned from


def test_a_generic_rule_yields_its_category_to_a_strong_cue_but_keeps_it_when_the_words_agree():
    choice = classify_error_type("frob", {"level": "loud"},
                                 "Error: invalid value 'loud' for --level (known levels: quiet, normal)")
    assert choice["error_category"] == "INCORRECT_PARAMETER" and choice["evidence"]["category_cue"]
    assert choice["evidence"]["rule"] == "default:invalid-format" and choice["confidence"] <= 0.75
    # the words support the rule's category too (an invalid value that "must be an empty string or …"): kept
    label = classify_error_type("kubectl_label", {"labels": {"app": "my app"}},
                                'error: invalid label value: "app=my app": a valid label must be an empty string '
                                "or consist of alphanumeric characters")
    assert label["error_category"] == "PARAMETER_FORMAT" and "category_cue" not in label["evidence"]


def test_a_rule_yields_only_when_its_pack_says_so():
    pack = parse_pack("rules: [{id: strict, category: PARAMETER_FORMAT, regex: 'bad thing'},"
                      " {id: soft, category: PARAMETER_FORMAT, regex: 'odd thing', yields: true}]", "user")
    rules = tuple(pack)
    strict = classify_error_type("t", {}, "bad thing: choose from a, b", rules=rules)
    soft = classify_error_type("t", {}, "odd thing: choose from a, b", rules=rules)
    assert (strict["error_category"], soft["error_category"]) == ("PARAMETER_FORMAT", "INCORRECT_PARAMETER")


def test_a_generic_usage_rule_over_an_outages_words_is_recorded_but_not_learned():
    result = classify_error_type("frob_upload", {"file": "a.bin"}, "frob: invalid format of the upload quota header")
    assert result["evidence"]["rule"] == "default:invalid-format"
    assert result["is_usage_error"] and not result["learnable"] and "quota" in result["evidence"]["not_learned"]
    # the call's own values are not the outage's words: a parameter named for a quota is still learned from
    own = classify_error_type("frob_upload", {"file": "quota.bin"}, "frob: invalid format of quota.bin")
    assert own["learnable"]


@pytest.mark.parametrize("message, kind", [
    ("Error: BusyLoadingError: Redis is loading the dataset in memory", "server_error"),
    ("fatal: sha1 file '<stdout>' write error. Out of diskspace", "resource"),
    ("Error: ClientError: An error occurred (TooManyBuckets) when calling the CreateBucket operation", "resource"),
    ("frob: ERR max number of clients reached", "resource"),
    ("Unable to connect (Lookup error.).", "dns"),
    ("zz: the job has exceeded the maximum execution time of 60 minutes", "timeout"),
])
def test_closed_infrastructure_vocabulary_covers_sdk_and_server_wordings(message, kind):
    result = classify_error_type("acme_tool", {}, message, rules=())
    assert result["infra_kind"] == kind and not result["learnable"]


@pytest.mark.parametrize("code, want", [
    ("already_reacted", "WORKFLOW_SEQUENCE"), ("no_text", "MISSING_PARAMETER"), ("missing_scope", "permission"),
    ("fatal_error", "server_error"),
])
def test_snake_case_error_codes_are_read_by_their_words(code, want):
    message = f"SlackApiError: The request failed.\nThe server responded with: {{'ok': False, 'error': '{code}'}}"
    result = classify_error_type("acme_post", {}, message, rules=())
    assert (result["error_category"] or result["infra_kind"]) == want


def test_invalid_kind_of_name_is_a_wrong_value_when_the_value_is_a_plain_name_and_a_format_when_not():
    wrong = classify_error_type("tz_now", {"timezone": "PST"}, "Error: invalid timezone: PST", rules=())
    malformed = classify_error_type("tz_now", {"timezone": "PST +8"}, "Error: invalid timezone: PST +8", rules=())
    assert (wrong["error_category"], malformed["error_category"]) == ("INCORRECT_PARAMETER", "PARAMETER_FORMAT")


def test_a_set_up_file_not_found_is_a_prerequisite_unless_the_call_named_it():
    message = "frob: Makefile.acme: No such file or directory"
    assert classify_error_type("frob", {}, message, rules=())["error_category"] == "MISSING_PREREQUISITE"
    named = classify_error_type("frob", {"makefile": "Makefile.acme"}, message, rules=())
    assert named["error_category"] == "INCORRECT_PARAMETER"


@pytest.mark.parametrize("message", ["zz: destination exists, source=a, destination=b",
                                     "frob: UNIQUE constraint failed: users.email",
                                     "frob: name has been taken"])
def test_something_there_already_is_a_workflow_step_out_of_order(message):
    assert classify_error_type("frob", {}, message, rules=())["error_category"] == "WORKFLOW_SEQUENCE"


def test_a_bare_status_code_rule_takes_its_category_from_any_wording_of_the_body():
    result = classify_error_type("acme_api", {"transition": "99"}, "HTTP 400: Transition id '99' is not available here")
    assert result["error_category"] == "INCORRECT_PARAMETER" and result["evidence"]["rule"] == "default:format-http"
    bare = classify_error_type("acme_api", {"x": "1"}, "HTTP 400: Bad Request")
    assert bare["error_category"] == "PARAMETER_FORMAT"  # nothing said: the rule's default stands


@pytest.mark.parametrize("message, want", [
    ("error: commit abc is a merge but no -m option was given", "MISSING_PARAMETER"),
    ("frob: cannot store TEXT value in INTEGER column n", "PARAMETER_FORMAT"),
    ("frob: cannot specify both head and tail parameters simultaneously", "INCORRECT_PARAMETER"),
])
def test_more_category_wordings(message, want):
    assert classify_error_type("frob", {}, message, rules=())["error_category"] == want


def test_a_flag_the_tool_does_not_know_is_a_format_mistake_a_key_it_does_not_have_a_wrong_name():
    flag = classify_error_type("frob", {"flag": "--verbse"}, "frob: unknown option '--verbse', valid options are: --verbose",
                               rules=())
    assert flag["error_category"] == "PARAMETER_FORMAT"  # the corpus rules: an unknown command-line flag is a format
    key = classify_error_type("frob", {"Prefixx": "a"}, 'frob: unknown parameter "Prefixx", must be one of: Bucket, Prefix',
                              rules=())
    assert key["error_category"] == "INCORRECT_PARAMETER"  # "an unknown ... key or column": a name that is not one
    typed = classify_error_type("frob", {"type": "ed448"}, "frob: unknown key type ed448", rules=())
    assert typed["error_category"] == "INCORRECT_PARAMETER"  # a value of a kind, not an option


def test_a_plain_name_that_is_not_valid_here_is_a_wrong_value():
    result = classify_error_type("acme_issue", {"component": "Notificatons"},
                                 "acme: Component name 'Notificatons' is not valid", rules=())
    assert result["error_category"] == "INCORRECT_PARAMETER"


@pytest.mark.parametrize("message, want", [
    ("frob: Invalid enum value. Expected 'open' | 'closed', received 'opened'", "INCORRECT_PARAMETER"),
    ("frob: unexpected message type: bot. Use one of 'human', 'ai'", "INCORRECT_PARAMETER"),
    ("Error: UndefinedError: 'user' is undefined", "MISSING_PARAMETER"),
    ("zz: Unknown compiler option '--strictt'.", "PARAMETER_FORMAT"),
    ("frob: Could not convert string 'n/a' to DOUBLE", "PARAMETER_FORMAT"),
    ("Deploy requires a build; run build first", "WORKFLOW_SEQUENCE"),
    ("zz: Command workers not recognized. Available commands: active, ping", "WRONG_TOOL_SELECTION"),
])
def test_category_cues_of_the_seventh_batchs_families(message, want):
    assert classify_error_type("frob", {}, message, rules=())["error_category"] == want


def test_a_parsers_next_token_is_no_credential_and_an_unsupported_scheme_is_a_format():
    scanner = classify_error_type("yaml_load", {}, "Error: ScannerError: while scanning for the next token", rules=())
    assert scanner["is_usage_error"]
    scheme = classify_error_type("wget", {"url": "htps://x.example/a"}, "htps://x.example/a: Unsupported scheme 'htps'.",
                                 rules=())
    assert scheme["error_category"] == "PARAMETER_FORMAT"


def test_the_plain_name_a_kind_cue_needs_is_the_one_next_to_it():
    near = classify_error_type("host", {"type": "MXX"}, "host: invalid type: MXX", rules=())
    far = classify_error_type("kubectl_apply", {"file": "deploy.yaml"}, 'error validating "deploy.yaml": a long way '
                              'from here, ValidationError: invalid type for x.port: got "string", expected "integer"',
                              rules=())
    assert (near["error_category"], far["error_category"]) == ("INCORRECT_PARAMETER", "PARAMETER_FORMAT")


@pytest.mark.parametrize("message", [
    "LinAlgError: Singular matrix",
    "Error: validation failed",
    "doc: no symbol Reverse in package strings\nexit status 1\nerror: command failed",
])
def test_an_error_stated_of_its_own_with_no_outage_named_is_usage_at_a_confidence_never_learned(message):
    result = classify_error_type("acme_tool", {}, message, rules=())
    assert result["is_usage_error"] and result["confidence"] < 0.5 and not result["learnable"]
    assert result["evidence"]["signals"] == ["error-of-its-own"]


@pytest.mark.parametrize("message", ["something odd happened", "error: could not create parent directories",
                                     "Main.java:1: error: error while writing Main"])
def test_no_error_stated_or_a_write_that_failed_for_no_reason_given_stays_unknown(message):
    assert classify_error_type("acme_tool", {}, message, rules=())["kind"] == "unknown"
