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


def test_a_snapshot_another_writer_left_is_replaced_without_a_parse_unless_it_was_edited(tmp_path, monkeypatch):
    from worker import snapshot

    path = tmp_path / "usage_patterns.yaml"
    write_snapshot(path, [], {"n": 1})
    snapshot._written.clear()  # as a fresh process (a restarted writer, a maintenance run) sees it
    assert snapshot.intact(path)
    monkeypatch.setattr(snapshot, "load_snapshot", lambda p: pytest.fail("an intact snapshot was parsed"))
    write_snapshot(path, [], {"n": 2})
    monkeypatch.undo()
    snapshot._written.clear()
    edited = path.read_text().replace("n: 2", "n: 3")  # a person edits it: the checksum no longer matches
    path.write_text(edited.replace("stats:", "stats: [ broken"))
    assert not snapshot.intact(path)
    with pytest.raises(SnapshotError):
        write_snapshot(path, [], {"n": 4})


def test_the_emitted_yaml_reads_back_as_exactly_the_data_with_both_loaders():
    from worker.snapshot import emit

    awkward = {"yes": "No", "on": "off", "null": None, "num": "1.0", "octal": "010", "hex": "0x1F", "time": "1:20",
               "date": "2026-01-01", "stamp": "2026-01-12T14:42:50+00:00", "empty": "", "lead": " x", "trail": "x ",
               "colon": "a: b", "hash": "#x", "dash": "- x", "tilde": "~", "merge": "<<", "mask": "<sha>",
               "controls": "\x00\x07\x1b\x7f\x85", "lines": "a\nb\r\n\tc\u2028\u2029", "quotes": "'\"\\",
               "unicode": "é ü 😀 \ufeff", "small": 1e-05, "big": 1e300, "inf": float("inf"), "neg": -0.5, "int": -3,
               "bools": [True, False], "nested": [[], [1, [2, {"k": {}}]], {}], "": {"": ""}}
    text = emit([awkward])
    for loader in (yaml.SafeLoader, yaml.CSafeLoader):
        assert yaml.load(text, Loader=loader) == [awkward]
    assert emit([{"bad": "\ud800x"}]) == '- bad: "\\ufffdx"\n'  # a lone surrogate cannot be written as UTF-8


def test_written_snapshots_are_seed_schema_yaml_that_pyyaml_reads(tmp_path):
    path = tmp_path / "usage_patterns.yaml"
    [pattern] = parse_patterns(yaml.safe_dump([SEED_PATTERN]), "x")
    write_snapshot(path, [pattern], counters={"events": 3})
    document = yaml.safe_load(path.read_text())
    assert document["usage_patterns"] == [pattern]
    assert document["stats"]["total_usage_patterns"] == 1 and document["stats"]["events"] == {"events": 3}


def test_the_stats_of_a_streamed_snapshot_match_the_stats_of_its_patterns(tmp_path):
    from worker.patterns import summary_stats

    path = tmp_path / "usage_patterns.yaml"
    [base] = parse_patterns(yaml.safe_dump([SEED_PATTERN]), "x")
    patterns = [{**base, "id": f"p{i}", "confidence": 0.5 + i / 10, "success_after_prevention": i,
                 "false_positives": i % 2, "per_user": {"ann": {"observations": i, "prevented": 1, "false_positives": 0},
                                                        f"u{i % 2}": {"observations": 1, "prevented": 0, "false_positives": 1}}}
                for i in range(5)]
    write_snapshot(path, iter(patterns), counters={"events": 9})
    assert yaml.safe_load(path.read_text())["stats"] == summary_stats(patterns, {"events": 9})
