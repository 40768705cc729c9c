"""Families from the eleventh blind batches, fixed as signals that hold across wording (built-in rules loaded)."""
from __future__ import annotations

import pytest

from worker.classifier import classify_error_type
from worker.signals import destination_not_opened


def label(result: dict) -> str:
    return result["error_category"] or result["infra_kind"] or "unknown"


@pytest.mark.parametrize("tool, params, message, kind", [
    ("ldap3_connect", {"host": "ldap.internal.example"}, "Error: LDAPSocketOpenError: invalid server address", "network"),
    ("acme_client", {"endpoint": "q.example:9"}, "Error: ConnectionTimeoutError: invalid response header", "timeout"),
])
def test_a_generic_invalid_under_an_exception_named_for_an_outage_is_that_outage(tool, params, message, kind):
    result = classify_error_type(tool, params, message)
    assert not result["is_usage_error"] and result["infra_kind"] == kind and not result["learnable"]


def test_an_invalid_under_a_request_error_name_stays_usage():
    result = classify_error_type("acme_client", {"port": "eighty"}, "Error: InvalidPortError: invalid port 'eighty'")
    assert result["is_usage_error"]


@pytest.mark.parametrize("tool, params, message", [
    ("sqlite3_dot_backup", {"dest": "/srv/ro/backup.db"}, 'Error: cannot open "/srv/ro/backup.db"'),
    ("zip_create", {"output": "/mnt/share/out.zip"}, "zip I/O error: could not create /mnt/share/out.zip"),
])
def test_a_destination_that_could_not_be_opened_for_no_reason_given_is_never_learned(tool, params, message):
    result = classify_error_type(tool, params, message)
    assert not result["learnable"]


def test_a_destination_not_opened_needs_an_output_parameter_and_no_reason():
    assert destination_not_opened('cannot open "out/a.db"', {"dest": "out/a.db"}) is not None
    assert destination_not_opened('cannot open "in/a.db"', {"source": "in/a.db"}) is None  # read, not written
    assert destination_not_opened('cannot open "out/a.db": no such file or directory', {"dest": "out/a.db"}) is None


@pytest.mark.parametrize("tool, params, message", [
    ("createdb", {"template": "tpl_v2"}, 'createdb: error: database creation failed: ERROR:  template database "tpl_v2" does not exist'),
    ("dropdb", {"dbname": "scratch_7"}, 'dropdb: error: database removal failed: ERROR:  database "scratch_7" does not exist'),
    ("opensearch_indices_get", {"index": "events-9"}, "Error: NotFoundError(404, 'index_not_found_exception', 'no such index [events-9]')"),
    ("terraform_workspace_select", {"name": "qa"}, 'Workspace "qa" doesn\'t exist.'),
])
def test_an_object_the_call_names_to_read_use_or_remove_that_is_not_there_is_a_wrong_value(tool, params, message):
    assert label(classify_error_type(tool, params, message)) == "INCORRECT_PARAMETER"


@pytest.mark.parametrize("tool, params, message", [
    ("psql", {"database": "analytics"}, 'psql: error: connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "analytics" does not exist'),
    ("es_search", {"query": "x"}, "Error: NotFoundError(404, 'index_not_found_exception', 'no such index [logs]')"),
])
def test_a_database_to_connect_to_or_an_object_the_call_did_not_name_stays_a_prerequisite(tool, params, message):
    assert label(classify_error_type(tool, params, message)) == "MISSING_PREREQUISITE"


@pytest.mark.parametrize("params, want", [({}, "MISSING_PARAMETER"), ({"level": "loud"}, "INCORRECT_PARAMETER")])
def test_a_choice_refused_at_a_field_the_call_never_gave_is_a_value_not_given(params, want):
    message = ('MCP error -32602: Input validation error: Invalid arguments for tool log: Invalid option: expected one of '
               '"info"|"warn" at level')
    assert label(classify_error_type("log", params, message)) == want


def test_a_validator_given_none_is_a_value_not_given():
    message = ("Error: ValidationError: 1 validation error for Job\nowner\n  Input should be a valid string "
               "[type=string_type, input_value=None, input_type=NoneType]")
    assert label(classify_error_type("job_create", {"owner": None}, message)) == "MISSING_PARAMETER"
    given = message.replace("input_value=None, input_type=NoneType", "input_value=5, input_type=int")
    assert label(classify_error_type("job_create", {"owner": 5}, given)) == "PARAMETER_FORMAT"


@pytest.mark.parametrize("tool, params, message", [
    ("mqtt_publish", {"topic": "a/b", "qos": 3}, "Error: ValueError: Invalid QoS level."),
    ("bcrypt_gensalt", {"rounds": 40}, "Error: ValueError: Invalid rounds"),
    ("ldap_search", {"search_scope": "TREE"}, "Error: LDAPInvalidScopeError: invalid scope type"),
    ("github_pr_create", {"head": "featur/login", "base": "main"},
     '422 {"message":"Validation Failed","errors":[{"resource":"PullRequest","field":"head","code":"invalid"}]}'),
    ("github_issue_create", {"assignees": ["no-such-user"]},
     '422 {"message":"Validation Failed","errors":[{"value":"no-such-user","resource":"Issue","field":"assignees","code":"invalid"}]}'),
])
def test_a_plain_value_refused_by_its_parameters_name_is_a_wrong_value_not_a_malformed_one(tool, params, message):
    assert label(classify_error_type(tool, params, message)) == "INCORRECT_PARAMETER"


@pytest.mark.parametrize("tool, params, message", [
    ("github_pr_create", {"head": "acme:feature/x y"},  # a space: not a plain name
     '422 {"message":"Validation Failed","errors":[{"resource":"PullRequest","field":"head","code":"invalid"}]}'),
    ("mosquitto_sub", {"count": "all"}, 'Error: Invalid message count "0".'),  # a number wanted, a word given
    ("minio_make_bucket", {"bucket": "Monthly_Reports"}, "Error: ValueError: invalid bucket name Monthly_Reports"),
])
def test_a_value_of_the_wrong_shape_or_type_refused_by_name_stays_a_format(tool, params, message):
    assert label(classify_error_type(tool, params, message)) == "PARAMETER_FORMAT"


@pytest.mark.parametrize("tool, params, message, want", [
    ("maps_distance", {"origins": "Berlin"}, "Error: origins.join is not a function", "PARAMETER_FORMAT"),
    ("db_query", {"sql": ["SELECT 1"]}, "Error: Parsing failed: r.trim is not a function", "PARAMETER_FORMAT"),
    ("maps_elevation", {}, "Error: Cannot read properties of undefined (reading 'map')", "MISSING_PARAMETER"),
    ("mq_publish", {"topic": "a/b"}, "TypeError: Cannot read properties of undefined (reading '0')", "PARAMETER_FORMAT"),
    # the call's own code named what is not there: a wrong value, as the rules say
    ("node_exec", {"code": "const u = undefined; u.map(x => x)"}, "TypeError: Cannot read properties of undefined (reading 'map')",
     "INCORRECT_PARAMETER"),
    ("page_evaluate", {"expression": "window.store.getState()"}, "TypeError: window.store.getState is not a function",
     "INCORRECT_PARAMETER"),
])
def test_a_js_type_error_in_a_tool_that_ran_no_code_of_the_calls_is_about_the_arguments(tool, params, message, want):
    assert label(classify_error_type(tool, params, message)) == want


@pytest.mark.parametrize("message", [
    "Error: ValueError: cannot reshape array of size 6 into shape (4,2)",
    "ValueError: operands could not be broadcast together with shapes (2,3) (4,)",
    "ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)",
])
def test_shapes_that_do_not_fit_together_are_wrong_values_not_malformed_ones(message):
    assert label(classify_error_type("numpy_op", {"shape": "(4,2)"}, message)) == "INCORRECT_PARAMETER"


def test_a_table_an_orm_model_maps_to_is_a_migration_to_run_not_a_name_the_call_got_wrong():
    message = "Error: OperationalError: no such table: customer"
    assert label(classify_error_type("peewee_select", {"model": "Customer"}, message)) == "MISSING_PREREQUISITE"
    assert label(classify_error_type("sqlite_query", {"sql": "SELECT * FROM customer"}, message)) == "INCORRECT_PARAMETER"


@pytest.mark.parametrize("tool, params, message", [
    ("mqtt_publish", {"topic": ""}, "Error: ValueError: Invalid topic."),
    ("cert_sign", {"subject": None}, "Error: ValueError: A certificate must have a subject name"),
    ("embeddings_create", {"model": "m", "input": None}, "Error: 400 '$.input' is invalid."),
])
def test_a_field_refused_that_the_call_gave_empty_is_a_value_not_given(tool, params, message):
    assert label(classify_error_type(tool, params, message)) == "MISSING_PARAMETER"


def test_a_field_refused_that_the_call_gave_a_value_stays_a_refused_value():
    assert label(classify_error_type("mqtt_publish", {"topic": "a/#/b"}, "Error: ValueError: Invalid topic.")) == "PARAMETER_FORMAT"


def test_an_empty_field_the_text_names_but_does_not_refuse_is_no_value_not_given():
    message = "Error: ValueError: Invalid QoS level 3 (client_id not set, using a random one)"
    assert label(classify_error_type("mqtt_publish", {"topic": "t", "qos": 3, "client_id": ""}, message)) == "INCORRECT_PARAMETER"


@pytest.mark.parametrize("params", [{"table": "Customer"}, {"table": "customer"}])
def test_a_table_the_call_named_is_a_name_it_got_wrong_whatever_its_case(params):
    message = "Error: OperationalError: no such table: Customer"
    assert label(classify_error_type("sqlite_query", params, message)) == "INCORRECT_PARAMETER"


def test_a_class_name_under_a_model_key_is_an_orm_model_even_spelled_as_the_table():
    message = "Error: OperationalError: no such table: Customer"
    assert label(classify_error_type("peewee_select", {"model_class": "Customer"}, message)) == "MISSING_PREREQUISITE"


def test_explain_says_when_an_exception_name_overrode_a_generic_rule():
    from worker.explain import explain
    out = explain("ldap3_connect", {"host": "ldap.internal.example"}, "Error: LDAPSocketOpenError: invalid server address")
    assert out["label"] == "infrastructure/network" and "LDAPSocketOpenError" in out["why"]
