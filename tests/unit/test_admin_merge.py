"""The import merge as algebra, over two in-memory stores exchanging exports: counts per origin
merge by maximum, so re-imports add nothing and a both-way exchange never counts twice."""
from __future__ import annotations

import pytest

from usage_patterns import admin, pattern_ops
from worker.config import load_settings
from worker.events import Event
from worker.learner import UsagePatternLearner
from worker.memory_store import InMemoryStore

ERROR = "error: pathspec 'feat-x' did not match any file(s) known to git"


def learn(store: InMemoryStore, n: int, user: str) -> None:
    learner = UsagePatternLearner(store)
    for _ in range(n):
        learner.analyze_result(Event(tool="git_checkout", params={"ref": "feat-x"}, ok=False, error=ERROR, user=user))


def transfer(source: InMemoryStore, target: InMemoryStore, settings) -> dict:
    document, _ = pattern_ops.export(source, 0.0, "yaml")
    return pattern_ops.import_file(target, settings, document, "x.yaml", "tester")


def only(store: InMemoryStore) -> dict:
    [pattern] = store.list_patterns()
    return pattern


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("USAGE_PATTERNS_MEMORY_DIR", str(tmp_path))
    return load_settings()


def test_exchanging_exports_both_ways_counts_every_observation_once(settings):
    a, b = InMemoryStore(), InMemoryStore()
    learn(a, 12, "alice")
    learn(b, 5, "bob")
    for _ in range(3):  # any number of exchanges, in any order
        transfer(a, b, settings)
        transfer(b, a, settings)
    for store in (a, b):
        pattern = only(store)
        assert pattern["observations"] == 17
        assert {user: c["observations"] for user, c in pattern["per_user"].items()} == {"alice": 12, "bob": 5}
    learn(a, 3, "alice")  # new evidence after the exchange travels once too
    transfer(a, b, settings)
    transfer(a, b, settings)
    assert only(b)["observations"] == 20 and only(b)["per_user"]["alice"]["observations"] == 15


def test_a_round_trip_into_the_same_store_is_a_no_op_and_confidence_follows_added_evidence(settings):
    a, b = InMemoryStore(), InMemoryStore()
    learn(a, 12, "alice")
    before = a.list_patterns()
    assert transfer(a, a, settings)["unchanged"] == [before[0]["id"]]
    assert a.list_patterns() == before
    learn(b, 1, "bob")
    transfer(a, b, settings)
    assert only(b)["confidence"] == pytest.approx(0.5 + (admin.conf.curve(13) - admin.conf.curve(1)))


def test_a_file_naming_no_origin_is_counted_once(settings):
    store = InMemoryStore()
    text = "usage_patterns:\n  - {id: p, tool: t, error_category: PARAMETER_FORMAT, observations: 4, confidence: 0.9}\n"
    first = pattern_ops.import_file(store, settings, text, "hand.yaml", "tester")
    assert first["created"] == ["p"] and first["confidence_capped"] == [{"id": "p", "claimed": 0.9, "set": 0.5357}]
    assert pattern_ops.import_file(store, settings, text, "hand.yaml", "tester")["unchanged"] == ["p"]
    assert only(store)["observations"] == 4
    assert [e["action"] for e in store.audit_trail()] == ["import", "import"]


def test_importing_the_stores_own_snapshot_back_changes_no_count(settings):
    from worker.jobs import write_current_snapshot

    store = InMemoryStore()
    learn(store, 12, "alice")
    assert write_current_snapshot(store, settings, force=True)
    before = store.list_patterns()
    report = pattern_ops.import_file(store, settings, settings.snapshot_path.read_text(), "snapshot", "tester")
    assert report["unchanged"] == [before[0]["id"]] and store.list_patterns() == before
    learn(store, 2, "alice")  # the snapshot is older now: still nothing is added back
    pattern_ops.import_file(store, settings, settings.snapshot_path.read_text(), "snapshot", "tester")
    assert only(store)["observations"] == 14
