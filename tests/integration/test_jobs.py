"""The batch job: one bad event never costs the others, and nothing is lost."""
from __future__ import annotations

import json

from worker import jobs
from worker import learner
from worker.storage import UsagePatternStorage


def test_a_failing_event_is_kept_for_replay_and_the_rest_of_the_batch_is_learned(env, redis, monkeypatch):
    real = learner.plan

    def buggy(event, rules=None, now=None):
        if event.tool == "boom":
            raise KeyError("a bug")
        return real(event, rules, now)
    monkeypatch.setattr(learner, "plan", buggy)
    events = [
        {"tool": "git_checkout", "params": {"ref": "a1"}, "ok": False, "error": "error: pathspec 'a1' did not match any file(s) known to git"},
        {"tool": "boom", "params": {}, "ok": False, "error": "x", "event_id": "e-boom"},
        "not an event",
        {"tool": "git_checkout", "params": {"ref": "b2"}, "ok": False, "error": "error: pathspec 'b2' did not match any file(s) known to git"},
    ]
    summary = jobs.process_events(events)
    assert summary == {"learned": 1, "merged": 1, "failed": 1, "invalid": 1}
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    assert [json.loads(raw)["event_id"] for raw in redis.lrange(store.keys.dead_letters, 0, -1)] == ["e-boom"]
    counters = store.counters()
    assert counters["failed_events"] == 1 and counters["invalid_events"] == 1
    assert store.list_patterns()[0]["observations"] == 2


def test_dead_letters_can_be_replayed_once_the_bug_is_fixed(env, redis, capsys):
    from usage_patterns.cli import main

    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    event = {"tool": "git_checkout", "params": {"ref": "c3"}, "ok": False, "event_id": "e-dead",
             "error": "error: pathspec 'c3' did not match any file(s) known to git"}
    store.keep_dead_letter(event)
    assert main(["replay", "--dead-letters", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"events": 1, "queued": 1, "spooled": 0}
    assert redis.llen(store.keys.dead_letters) == 0
    assert main(["replay"]) == 2 and "FILE or --dead-letters" in capsys.readouterr().err
