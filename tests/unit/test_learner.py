"""Convergence: repeats merge into one pattern, different mistakes stay apart, counts are exact."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from worker.events import Event
from worker.learner import UsagePatternLearner, merge_patterns
from worker.memory_store import InMemoryStore


@pytest.fixture
def store() -> InMemoryStore:
    return InMemoryStore()


@pytest.fixture
def learner(store) -> UsagePatternLearner:
    return UsagePatternLearner(store)


def fail(tool: str, params: dict, error: str, **extra) -> Event:
    return Event(tool=tool, params=params, ok=False, error=error, **extra)


def short_sha(i: int) -> Event:
    tag = f"{i:07x}"[-7:].replace("0", "a")
    return fail("bonfire_deploy", {"namespace": "ephemeral-1", "image_tag": tag}, f"Error: manifest unknown: quay.io/app:{tag}")


@pytest.mark.parametrize("count, expected", [(10, 0.75), (50, 0.92)])
def test_short_sha_errors_with_different_tags_converge_to_one_pattern(learner, store, count, expected):
    for i in range(count):
        learner.analyze_result(short_sha(i + 1))
    [pattern] = store.list_patterns()
    assert pattern["observations"] == count
    assert pattern["confidence"] == pytest.approx(expected, abs=0.005)
    assert len(pattern["mistake_pattern"]["common_mistakes"]) == 10  # bounded, distinct


@pytest.mark.parametrize("tool, param, message", [
    ("git_checkout", "ref", "error: pathspec '{v}' did not match any file(s) known to git"),
    ("bonfire_namespace_release", "namespace", "Namespace '{v}' not owned by you"),
    ("cat", "path", "cat: {v}: No such file or directory"),
])
def test_the_same_mistake_with_twenty_different_values_is_one_pattern(learner, store, tool, param, message):
    values = [f"/tmp/dir{i}/file-{i}.txt" if param == "path" else f"value-{i}-x{i * 7}" for i in range(20)]
    for value in values:
        learner.analyze_result(fail(tool, {param: value}, message.format(v=value)))
    [pattern] = store.list_patterns()
    assert pattern["observations"] == 20
    assert pattern["mistake_pattern"]["parameter"] == param


def test_two_different_mistakes_of_one_tool_stay_two_patterns(learner, store):
    for i in range(5):
        learner.analyze_result(fail("git_checkout", {"ref": f"feat-{i}"},
                                    f"error: pathspec 'feat-{i}' did not match any file(s) known to git"))
        learner.analyze_result(fail("git_checkout", {"ref": f"main{i}"},
                                    "error: Your local changes to the following files would be overwritten by checkout:\n"
                                    f"\tsrc/f{i}.py\nPlease commit your changes or stash them before you switch branches."))
    patterns = store.list_patterns()
    assert sorted((p["error_category"], p["observations"]) for p in patterns) == [
        ("INCORRECT_PARAMETER", 5), ("WORKFLOW_SEQUENCE", 5)]


def test_an_event_delivered_twice_counts_once(learner, store):
    event = short_sha(1)
    assert learner.analyze_result(event).startswith("learned:")
    assert learner.analyze_result(event) == "duplicate"
    assert store.list_patterns()[0]["observations"] == 1
    assert store.counters()["events"] == 1


def test_infrastructure_and_unknown_errors_are_counted_but_never_learned(learner, store):
    assert learner.analyze_result(fail("git_push", {}, "fatal: Authentication failed for 'https://x/'")) == "infra:auth"
    assert learner.analyze_result(fail("x", {}, "weird")) == "infra:unknown"
    assert learner.analyze_result(fail("cp", {}, "cp: missing file operand")) == "not_learnable:MISSING_PARAMETER"
    assert store.list_patterns() == []
    counters = store.counters()
    assert (counters["infra_errors"], counters["unknown_errors"], counters["not_learnable"]) == (1, 1, 1)


def test_prevention_success_raises_and_a_false_positive_lowers_confidence(learner, store):
    for i in range(10):
        learner.analyze_result(short_sha(i + 1))
    [pattern] = store.list_patterns()
    ok = dict(tool="bonfire_deploy", params={"image_tag": "f" * 40}, ok=True, warned_patterns=[pattern["id"]], user="bob")
    assert learner.analyze_result(Event(**ok)) == "prevented"
    raised = store.get_pattern(pattern["id"])
    assert raised["confidence"] > pattern["confidence"] and raised["success_after_prevention"] == 1
    assert learner.analyze_result(Event(**ok, override=True)) == "false_positive"
    lowered = store.get_pattern(pattern["id"])
    assert lowered["confidence"] < raised["confidence"] and lowered["false_positives"] == 1
    assert lowered["per_user"]["bob"] == {"prevented": 1, "false_positives": 1}
    stats = store.stats()
    assert stats["prevention_success_rate"] == 0.5 and stats["by_user"]["bob"]["prevention_success_rate"] == 0.5


def test_a_merge_keeps_decay_and_penalties_instead_of_recomputing_from_counts():
    now = datetime(2026, 1, 1, tzinfo=timezone.utc).isoformat()
    existing = {"id": "p", "tool": "t", "error_category": "INCORRECT_PARAMETER", "observations": 10, "confidence": 0.60,
                "mistake_pattern": {"error_template": "no such <*>", "common_mistakes": []}, "last_seen": now}
    new = {**existing, "observations": 1, "confidence": 0.5, "last_seen": (datetime(2026, 2, 1, tzinfo=timezone.utc)).isoformat()}
    merged = merge_patterns(existing, new)
    assert merged["observations"] == 11 and merged["id"] == "p"
    assert merged["confidence"] == pytest.approx(0.60 + (0.7549 - 0.75), abs=0.001)
    assert merged["last_seen"] == new["last_seen"]


def test_similar_templates_under_the_threshold_are_linked_as_related(learner, store):
    learner.analyze_result(fail("kubectl_get", {"name": "a"}, "Error from server (NotFound): pods \"web-1\" not found in cluster east"))
    learner.analyze_result(fail("kubectl_get", {"kind": "b"}, "Error from server (NotFound): deployments not found"))
    first, second = sorted(store.list_patterns(), key=lambda p: p["first_seen"])
    assert second["id"] in first["related_patterns"] and first["id"] in second["related_patterns"]


def test_messages_that_differ_in_one_meaningful_word_stay_apart(learner, store):
    for i in range(3):
        for kind in ("pods", "deployments"):
            learner.analyze_result(fail("kubectl_get", {"name": f"web-{i}"}, f'Error from server (NotFound): {kind} "web-{i}" not found'))
    patterns = store.list_patterns()
    assert sorted(p["observations"] for p in patterns) == [3, 3]
    assert sorted(p["mistake_pattern"]["error_template"] for p in patterns) == [
        "Error from server (NotFound): deployments <*> not found", "Error from server (NotFound): pods <*> not found"]


def test_an_exact_repeat_is_planned_as_if_seen_for_the_first_time():
    """plan() remembers classification and extraction of exact repeats; what it returns must be what
    a fresh plan returns, with the new event's own time, and a caller's edits must not leak back."""
    from datetime import datetime, timezone

    from worker import learner as learning
    from worker.events import Event

    def event() -> Event:
        return Event(tool="git_checkout", params={"ref": "feature-x"}, ok=False, user="ann",
                     error="error: pathspec 'feature-x' did not match any file(s) known to git")

    first_at, later = datetime(2026, 11, 1, tzinfo=timezone.utc), datetime(2026, 11, 20, tzinfo=timezone.utc)
    learning._PLANS.clear()
    fresh_item, fresh_result = learning.plan(event(), None, later)
    learning._PLANS.clear()
    first, _ = learning.plan(event(), None, first_at)
    first.payload.pattern["mistake_pattern"]["common_mistakes"].append("edited by a caller")
    repeat, result = learning.plan(event(), None, later)
    assert result == fresh_result == "observe"
    assert repeat.payload.pattern == fresh_item.payload.pattern
    assert repeat.payload.pattern["first_seen"] == later.isoformat() == repeat.payload.pattern["decay"]["anchor"]
    assert repeat.counters == fresh_item.counters
