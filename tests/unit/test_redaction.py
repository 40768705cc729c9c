"""Redaction: every planted form is replaced, ordinary values (SHAs, UUIDs, prose) survive."""
from __future__ import annotations

import json

import pytest

from producers.record import build_event
from tests.reliability.secret_forms import CONTROL_SHA, CONTROL_UUID, FORMS
from worker.extractor import extract_usage_pattern
from worker.classifier import classify_error_type
from worker.redaction import REDACTED, is_secret_key, redact_text, redact_value


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_each_planted_form_is_gone_from_the_built_event(form):
    event = json.dumps(build_event("leak_tool", form.params, error=form.error).to_dict())
    assert not any(needle.decode() in event for needle in form.needles())
    assert REDACTED in event


@pytest.mark.parametrize("text", [
    f"error: pathspec '{CONTROL_SHA}' did not match any file(s) known to git",
    f"no such deployment {CONTROL_UUID}",
    "ERROR 1045 (28000): Access denied for user 'report'@'127.0.0.1' (using password: YES)",
    "Basic authentication required",
    "max_tokens=4096 exceeds the model limit",
    "author: bob <bob@example.com>",
    "error: Must specify a token or a username/password (use --token or -u)",
    "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "https://example.com/search?q=token+expired&page=2",
    "Unexpected token } in JSON at position 5",
    "PWD=/home/bob/src",
    "docker login registry.example.com",
])
def test_ordinary_text_survives(text):
    assert redact_text(text) == text


@pytest.mark.parametrize("key,secret", [
    ("password", True), ("dbPassword", True), ("X-Api-Key", True), ("aws_secret_access_key", True),
    ("id_token", True), ("Authorization", True), ("client_secret", True), ("session_key", True), ("PGPASSWORD", True),
    ("max_tokens", False), ("author", False), ("token_count", False), ("namespace", False), ("key_id_format", False),
    ("passage", False), ("compass", False),
])
def test_secret_looking_keys(key, secret):
    assert is_secret_key(key) is secret


def test_secret_keys_are_dropped_at_any_depth_and_inside_lists():
    params = {"config": {"db": {"password": "hunter2"}}, "headers": [{"api_key": "k-123"}, "plain"],
              "max_tokens": 100, "commit": CONTROL_SHA, "password_required": True}
    assert redact_value(params) == {"config": {"db": {"password": REDACTED}}, "headers": [{"api_key": REDACTED}, "plain"],
                                    "max_tokens": 100, "commit": CONTROL_SHA, "password_required": True}


def test_redaction_keeps_the_shape_of_what_it_cuts():
    assert redact_text("curl -H 'Authorization: Bearer abc123XYZ'") == f"curl -H 'Authorization: Bearer {REDACTED}'"
    assert redact_text("postgres://app:s3cret@db:5432/x") == f"postgres://app:{REDACTED}@db:5432/x"
    assert redact_text('{"password": "a b c"}') == f'{{"password": "{REDACTED}"}}'
    assert redact_text("mysql -uroot -pS3cret shop") == f"mysql -uroot -p{REDACTED} shop"


def test_redaction_is_idempotent_on_every_form():
    for form in FORMS:
        once = redact_text(form.error)
        assert redact_text(once) == once


def test_a_secret_passed_as_the_wrong_value_never_becomes_a_common_mistake():
    token = "ghp_" + "A1b2C3d4" * 5
    event = build_event("git_checkout", {"ref": token}, error=f"error: pathspec '{token}' did not match any file(s) known to git")
    classification = classify_error_type(event.tool, event.params, event.error or "")
    pattern = extract_usage_pattern(event.tool, event.params, event.error or "", classification)
    assert token not in json.dumps(pattern)
    assert pattern["mistake_pattern"]["common_mistakes"] == [REDACTED]
