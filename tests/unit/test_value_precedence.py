"""What the body's wording says outranks a status code alone; a value not allowed is not a malformed one."""
from __future__ import annotations

import pytest

from worker.classifier import classify_error_type


@pytest.mark.parametrize(("tool", "params", "message", "category"), [
    # a 400 (a format by its status) whose body says the name is not one there is: a wrong value
    ("gitlab_api", {"project": "acme/nope"}, 'HTTP 400: {"message": "unknown project acme/nope"}', "INCORRECT_PARAMETER"),
    # a 404 (a wrong value by its status) whose body says a set-up step is missing: a prerequisite
    ("git_api", {"path": "/srv/x"},
     'HTTP 404: {"message": "fatal: not a git repository (or any of the parent directories): .git"}', "MISSING_PREREQUISITE"),
    ("issues_api", {"repo": "acme/api"}, 'HTTP 404: {"message": "Issues are disabled for this repo"}', "MISSING_PREREQUISITE"),
    # a 501 (a wrong tool by its status) whose body says the method is fine but the value is not found
    ("files_api", {"name": "report.csv"}, 'HTTP 501: {"message": "file report.csv not found"}', "INCORRECT_PARAMETER"),
])
def test_a_status_code_alone_yields_to_the_body(tool, params, message, category):
    assert classify_error_type(tool, params, message)["error_category"] == category


@pytest.mark.parametrize(("tool", "params", "message", "category"), [
    # zod's enum wording through an MCP server: a choice among those listed, not an unknown flag
    ("notes_add", {"level": "loud"}, 'MCP error -32602: Input validation error: Invalid arguments for tool add-note: '
     'Invalid option: expected one of "low"|"high" at level', "INCORRECT_PARAMETER"),
    ("graphql_execute", {"query": "{ orders(page: 2) { id } }"},
     '{"errors": [{"message": "Unknown argument \'page\' on field \'Query.orders\'."}]}', "INCORRECT_PARAMETER"),
    # ... but an unknown command-line flag stays a format, whatever it suggests
    ("tsc_build", {"flag": "--strictt"}, "error TS5025: Unknown compiler option '--strictt'. Did you mean 'strict'?",
     "PARAMETER_FORMAT"),
    # ... and a value of the wrong type stays a format, whatever bounds are stated beside it
    ("list_items", {"limit": "ten"}, 'MCP error -32602: Invalid arguments for tool list: limit must be an integer '
     'between 1 and 50, got "ten"', "PARAMETER_FORMAT"),
])
def test_not_allowed_is_not_malformed(tool, params, message, category):
    assert classify_error_type(tool, params, message)["error_category"] == category
