"""Decay and pruning with a controllable clock; safe to run twice, daily or weekly."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from worker.jobs import maintenance_reports, run_maintenance
from worker.maintenance import decay_pattern, maintain_pattern
from worker.storage import UsagePatternStorage

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=timezone.utc)


def pattern(pid: str, confidence: float, last_seen_days_ago: float, observations: int = 20,
            first_seen_days_ago: float | None = None) -> dict:
    last = NOW - timedelta(days=last_seen_days_ago)
    first = NOW - timedelta(days=first_seen_days_ago if first_seen_days_ago is not None else last_seen_days_ago + 10)
    return {"id": pid, "tool": "bonfire_deploy", "error_category": "PARAMETER_FORMAT", "confidence": confidence,
            "observations": observations, "first_seen": first.isoformat(), "last_seen": last.isoformat(),
            "root_cause": "x", "mistake_pattern": {"error_template": f"manifest unknown {pid}", "parameter": "image_tag"}}


@pytest.fixture
def store(fake_redis, monkeypatch, tmp_path) -> UsagePatternStorage:
    monkeypatch.setenv("USAGE_PATTERNS_MEMORY_DIR", str(tmp_path / "memory"))
    monkeypatch.setenv("USAGE_PATTERNS_KEY_PREFIX", "m:")
    store = UsagePatternStorage(fake_redis, "m:")
    for p in (pattern("old-strong", 0.90, 95), pattern("old-weak", 0.65, 100), pattern("fresh", 0.95, 1),
              pattern("new-single", 0.50, 0, observations=1, first_seen_days_ago=0)):
        store.add_pattern(p)
    return store


def confidences(store: UsagePatternStorage) -> dict[str, float]:
    return {p["id"]: p["confidence"] for p in store.list_patterns()}


def test_one_run_decays_prunes_and_keeps_what_it_should(store, fake_redis):
    report = run_maintenance(now=NOW.isoformat(), redis=fake_redis)
    assert confidences(store) == {"old-strong": 0.75, "fresh": 0.95, "new-single": 0.50}
    assert {"id": "old-strong", "from": 0.90, "to": 0.75} in report["decayed"]
    assert [p["id"] for p in report["pruned"]] == ["old-weak"]
    assert report["totals"] == {"decayed": 2, "pruned": 1, "patterns_before": 4, "patterns_after": 3}
    assert maintenance_reports(store)[0]["totals"] == report["totals"]
    assert Path(report["snapshot"]).exists()


def test_runs_twice_the_same_day_and_daily_for_a_week_give_the_same_result(store, fake_redis):
    run_maintenance(now=NOW.isoformat(), redis=fake_redis)
    run_maintenance(now=(NOW + timedelta(minutes=1)).isoformat(), redis=fake_redis)
    for day in range(1, 8):
        run_maintenance(now=(NOW + timedelta(days=day)).isoformat(), redis=fake_redis)
    assert confidences(store)["old-strong"] == 0.75
    assert store.get_pattern("old-strong")["last_seen"] == pattern("old-strong", 0.9, 95)["last_seen"]
    assert len(maintenance_reports(store, 30)) == 9


def test_decay_is_the_same_whatever_the_cadence():
    p = pattern("p", 0.95, 0)
    daily = p
    for day in range(1, 181):
        daily = decay_pattern(daily, NOW + timedelta(days=day))
    once = decay_pattern(p, NOW + timedelta(days=180))
    assert daily["confidence"] == once["confidence"] == 0.65


def test_a_new_observation_restarts_the_period_count_but_keeps_the_decay(store, fake_redis):
    decayed = decay_pattern(pattern("p", 0.90, 65), NOW)
    assert decayed["confidence"] == 0.80
    seen_again = {**decayed, "last_seen": NOW.isoformat()}
    assert decay_pattern(seen_again, NOW + timedelta(days=29))["confidence"] == 0.80
    assert decay_pattern(seen_again, NOW + timedelta(days=31))["confidence"] == 0.75


def test_a_young_pattern_with_one_observation_is_never_pruned():
    assert maintain_pattern(pattern("p", 0.50, 0, observations=1), NOW + timedelta(days=89)) is not None


def test_dry_run_leaves_redis_and_the_snapshot_byte_identical(store, fake_redis, tmp_path):
    run_maintenance(now=(NOW - timedelta(days=200)).isoformat(), redis=fake_redis)  # writes a snapshot, changes nothing
    snapshot = tmp_path / "memory" / "learned" / "usage_patterns.yaml"
    before_file = snapshot.read_bytes()
    before_keys = {k: fake_redis.dump(k) for k in fake_redis.keys("*")}
    report = run_maintenance(dry_run=True, now=NOW.isoformat(), redis=fake_redis)
    assert report["totals"]["pruned"] == 1 and report["totals"]["decayed"] == 2
    assert snapshot.read_bytes() == before_file
    assert {k: fake_redis.dump(k) for k in fake_redis.keys("*")} == before_keys
