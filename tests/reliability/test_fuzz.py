"""Property-based: arbitrary JSON and text thrown at every stage an event passes through. No
exception escapes (the wire parser may only say InvalidEvent). Examples are modest so the suite
stays fast; HYPOTHESIS_PROFILE=thorough runs 2,000 of each with hypothesis's wall-clock deadline,
which the suite leaves off: the suite shares two cores with real workers, and a loaded machine
must not fail a test that checks behaviour (the speed of these stages is bench/'s business)."""
from __future__ import annotations

import json
import os
import re

import fakeredis
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from producers.record import build_event
from worker.classifier import classify_error_type
from worker.events import Event, InvalidEvent
from worker.extractor import extract_usage_pattern
from worker.redaction import redact_text, redact_value
from worker.templates import mask_variables, merge_templates, mine_templates, template_similarity, template_to_regex

settings.register_profile("suite", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("thorough", max_examples=2000, deadline=1500,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

# pieces the detectors and the classifier key on, so random text reaches their hard paths
FRAGMENTS = ["password=", "passwd: ", '"password": "', "token ", "Authorization: Bearer ", "Basic ", "://", "u:p@",
             "-----BEGIN RSA PRIVATE KEY-----", "-----END", "ghp_", "sk-", "sk_live_", "AKIA", "eyJ", "xoxb-", "AIza",
             "docker login -p ", "mysql -p", "--token ", "--password=", "-u ", "curl -H '", "aws_secret_access_key=",
             "?api_key=", "&", "=", ":", ";", "'", '"', "\\", "\\\"", "\n", "\t", " ", "{", "}", "[", "]", "<*>",
             "\x00", "\ue000", "error: ", "HTTP 404: ", "not found", "permission denied", "invalid value for ",
             "pathspec '", "did not match", "Traceback (most recent call last):", "0" * 40, "é", "\U0001F600"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join),
    st.builds(lambda piece, n: piece * n, st.sampled_from(FRAGMENTS), st.integers(1, 400)),  # backtracking bait
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts)
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=6), st.dictionaries(st.one_of(texts, st.sampled_from(["password", "api_key", "ref"])),
                                                 inner, max_size=6)), max_leaves=30)
params_st = st.dictionaries(st.one_of(st.text(max_size=20), st.sampled_from(["ref", "token", "url", "headers"])),
                            json_values, max_size=6)
tools = st.one_of(st.sampled_from(["git_checkout", "kubectl_get", "bonfire_deploy", "Bash", "mcp__github__get"]),
                  st.text(max_size=30))


@given(st.one_of(json_values, st.dictionaries(st.sampled_from(
    ["tool", "params", "ok", "error", "result", "user", "session", "recent_calls", "warned_patterns", "override",
     "event_id", "ts"]), json_values), st.fixed_dictionaries({"tool": tools, "params": params_st, "error": texts})))
def test_the_wire_parser_accepts_or_rejects_anything_in_one_line(raw):
    try:
        event = Event.from_dict(raw)
    except InvalidEvent as exc:
        assert "\n" not in str(exc)
        return
    json.dumps(event.to_dict())
    assert Event.from_dict(event.to_dict()).to_dict() == event.to_dict()  # parsing again changes nothing


@given(texts)
def test_redaction_is_total_and_idempotent(text):
    once = redact_text(text)
    assert redact_text(once) == once


@given(json_values)
def test_value_redaction_keeps_json_shape(value):
    from worker.bounds import json_safe

    bounded = json_safe(value)
    json.dumps(redact_value(bounded))


@given(tools, params_st, texts, texts)
def test_classifier_and_extractor_never_raise(tool, params, error, result):
    try:
        event = build_event("fuzz_tool", params, error=error, result=result)  # what the worker sees: bounded, redacted
    except InvalidEvent:
        return  # too large to record: never reaches the classifier
    error, result = event.error or "", event.result or ""
    classification = classify_error_type(tool, event.params, error, result)
    assert set(classification) >= {"is_usage_error", "error_category", "learnable"}
    if classification["error_category"]:
        pattern = extract_usage_pattern(tool or "t", event.params, error, classification)
        re.compile(pattern["mistake_pattern"]["error_regex"])
        json.dumps(pattern)


@given(st.lists(texts, max_size=12), st.lists(texts, max_size=4))
def test_template_miner_and_masks_never_raise(messages, values):
    messages = [message[:4096] for message in messages]  # events carry at most 4 KiB of text
    templates = mine_templates(messages)
    assert len(templates) == len(messages)
    for message, template in zip(messages, templates):
        masked = mask_variables(message, values)
        re.compile(template_to_regex(masked))
        assert 0.0 <= template_similarity(masked, template) <= 1.0
        merge_templates(masked, template)


@pytest.fixture
def fake_store(monkeypatch, tmp_path):
    from worker import jobs, lifecycle

    client = fakeredis.FakeRedis(server=fakeredis.FakeServer())
    monkeypatch.setattr(jobs, "resources", lambda: lifecycle.resources(client))
    monkeypatch.setenv("USAGE_PATTERNS_MEMORY_DIR", str(tmp_path / "memory"))
    monkeypatch.setenv("USAGE_PATTERNS_KEY_PREFIX", "fuzz:")
    return client


@settings(deadline=None, max_examples=25)
@given(st.lists(st.one_of(json_values, st.fixed_dictionaries(
    {"tool": tools, "params": params_st, "ok": st.booleans(), "error": texts, "user": st.one_of(st.none(), texts)})),
    max_size=8))
def test_the_job_entry_never_fails_a_batch(fake_store, events):
    from worker.jobs import process_events

    summary = process_events(events)
    assert sum(summary.values()) == len(events) and "failed" not in summary
