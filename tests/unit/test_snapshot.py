from __future__ import annotations

import os

import pytest
import yaml

from worker.jobs import seed_from_snapshot, write_current_snapshot
from worker.config import load_settings
from worker.snapshot import SnapshotError, load_snapshot, parse_patterns, write_snapshot
from worker.storage import UsagePatternStorage

SEED_PATTERN = {
    "id": "bonfire_deploy_parameter_format_a3cf29f7", "tool": "bonfire_deploy", "error_category": "PARAMETER_FORMAT",
    "mistake_pattern": {"error_regex": "manifest unknown|image not found", "parameter": "image_tag",
                        "validation": {"expected": "40-character full git SHA", "regex": "^[a-f0-9]{40}$"}},
    "root_cause": "wrong format", "prevention_steps": [{"action": "validate_parameter"}],
    "observations": 1, "success_after_prevention": 0, "confidence": 0.5,
    "first_seen": "2026-01-12T14:42:50", "last_seen": "2026-01-12T14:42:50", "related_patterns": [],
}


def test_the_seed_schema_loads_and_round_trips(tmp_path):
    path = tmp_path / "usage_patterns.yaml"
    path.write_text(yaml.safe_dump({"usage_patterns": [SEED_PATTERN], "stats": {}}))
    [loaded] = load_snapshot(path)
    assert loaded["last_seen"] == "2026-01-12T14:42:50+00:00"
    write_snapshot(path, [loaded], {"total_usage_patterns": 1})
    assert load_snapshot(path) == [loaded]


def test_an_unparseable_snapshot_is_never_overwritten(tmp_path):
    path = tmp_path / "usage_patterns.yaml"
    path.write_text("usage_patterns: [ {id: broken")
    with pytest.raises(SnapshotError):
        write_snapshot(path, [], {})
    assert path.read_text() == "usage_patterns: [ {id: broken"


def test_a_crash_mid_write_leaves_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "usage_patterns.yaml"
    write_snapshot(path, [], {"n": 1})
    before = path.read_bytes()

    def crash(*args):
        raise OSError("disk gone")
    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        write_snapshot(path, [parse_patterns(yaml.safe_dump([SEED_PATTERN]), "x")[0]], {})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["usage_patterns.yaml"]


@pytest.mark.parametrize("text, reason", [
    ("usage_patterns: {a: 1}", "must be a list"),
    ("usage_patterns:\n  - {id: x, tool: t}", "missing error_category"),
    ("usage_patterns:\n  - {id: x, tool: t, error_category: NOPE}", "unknown error_category"),
    ("usage_patterns:\n  - {id: x, tool: t, error_category: PARAMETER_FORMAT, confidence: 7}", "outside 0..1"),
])
def test_malformed_documents_are_refused_with_a_reason(text, reason):
    with pytest.raises(SnapshotError, match=reason):
        parse_patterns(text, "f.yaml")


def test_an_empty_live_store_is_seeded_from_the_snapshot_once(fake_redis, tmp_path, monkeypatch):
    monkeypatch.setenv("USAGE_PATTERNS_MEMORY_DIR", str(tmp_path))
    settings = load_settings()
    settings.snapshot_path.parent.mkdir(parents=True)
    settings.snapshot_path.write_text(yaml.safe_dump({"usage_patterns": [SEED_PATTERN]}))
    store = UsagePatternStorage(fake_redis, "s:")
    assert seed_from_snapshot(store, settings) == 1
    assert seed_from_snapshot(store, settings) == 0
    assert store.get_pattern(SEED_PATTERN["id"])["tool"] == "bonfire_deploy"


def test_an_unreadable_snapshot_is_kept_aside_and_not_replaced(fake_redis, tmp_path, monkeypatch):
    monkeypatch.setenv("USAGE_PATTERNS_MEMORY_DIR", str(tmp_path))
    settings = load_settings()
    settings.snapshot_path.parent.mkdir(parents=True)
    settings.snapshot_path.write_text("usage_patterns: [ {id:")
    store = UsagePatternStorage(fake_redis, "s:")
    assert seed_from_snapshot(store, settings) == 0
    assert settings.snapshot_path.with_name("usage_patterns.yaml.unreadable").exists()
    assert write_current_snapshot(store, settings, force=True) is False
    assert settings.snapshot_path.read_text() == "usage_patterns: [ {id:"


def test_a_snapshot_broken_after_our_own_write_is_still_refused(tmp_path):
    path = tmp_path / "usage_patterns.yaml"
    write_snapshot(path, [], {"n": 1})
    write_snapshot(path, [], {"n": 2})  # our own file: replaced without a second parse
    path.write_text("usage_patterns: [ {id: broken")  # someone edits it badly afterwards
    with pytest.raises(SnapshotError):
        write_snapshot(path, [], {"n": 3})
    assert path.read_text() == "usage_patterns: [ {id: broken"
