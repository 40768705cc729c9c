"""One contract, two stores: the Redis store (a real Redis) and the in-memory store behave alike
for batches, once-only counting, deletion and pruning. The learner is tested once against the
interface (tests/unit/test_learner.py, in memory); here each store is held to the contract."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from redis import Redis
from redis.connection import Connection

from worker import learner
from worker.events import Event
from worker.memory_store import InMemoryStore
from worker.storage import UsagePatternStorage
from worker.store_api import DEDUP_SHARDS, Item

NOW = datetime(2026, 11, 24, tzinfo=timezone.utc)


@pytest.fixture(params=["memory", "redis"])
def store(request):
    if request.param == "memory":
        return InMemoryStore()
    env = request.getfixturevalue("env")
    return UsagePatternStorage(Redis.from_url(env["REDIS_URL"]), env["USAGE_PATTERNS_KEY_PREFIX"])


def mistake(tool: str, value: str, **extra) -> Event:
    return Event(tool=tool, params={"ref": value}, ok=False,
                 error=f"error: pathspec '{value}' did not match any file(s) known to git", **extra)


def learn(store, events: list[Event]) -> list[str]:
    return learner.UsagePatternLearner(store).learn_batch(events)


def test_a_batch_delivered_ten_times_counts_each_event_once(store):
    events = [mistake("git_checkout", f"feat-{i}x") for i in range(30)]
    events += [Event(tool="git_push", params={}, ok=False, error="fatal: Authentication failed for 'https://x/'")]
    events += [Event(tool="git_status", params={}, ok=True)]
    first = learn(store, events + events[:5])  # the same event twice in one batch, too
    assert first[0].startswith("learned:") and first[1].startswith("merged:") and first[-5:] == ["duplicate"] * 5
    for _ in range(9):
        assert learn(store, list(reversed(events))) == ["duplicate"] * len(events)
    [pattern] = store.list_patterns()
    assert pattern["observations"] == 30
    counters = store.counters()
    assert (counters["events"], counters["failures"], counters["successes"], counters["infra_errors"]) == (32, 31, 1, 1)
    assert (counters["patterns_created"], counters["observations_merged"]) == (1, 29)


def test_outcomes_change_the_pattern_and_count_in_the_same_commit(store):
    [created] = learn(store, [mistake("git_checkout", "abc1")])
    pattern_id = created.split(":", 1)[1]
    ok = Event(tool="git_checkout", params={"ref": "main"}, ok=True, warned_patterns=[pattern_id], user="bob")
    assert learn(store, [ok, ok]) == ["prevented", "duplicate"]
    assert store.get_pattern(pattern_id)["success_after_prevention"] == 1
    assert store.counters()["prevention_successes"] == 1


def test_a_fold_that_fails_marks_nothing_and_counts_nothing(store):
    events = [mistake("git_checkout", "zz9"), Event(tool="ls", params={}, ok=True)]

    def broken(view, items):
        learner.fold(view, items)
        raise RuntimeError("a bug after the fold read everything")
    with pytest.raises(RuntimeError):
        store.apply_batch([learner.plan(e)[0] for e in events], broken)
    assert store.counters() == {} and store.list_patterns() == []
    assert learn(store, events)[0].startswith("learned:")  # the retry counts, once
    assert store.counters()["events"] == 2


def test_a_merge_reads_only_its_own_bucket(store, monkeypatch):
    for tool in range(40):
        learn(store, [mistake(f"tool{tool}", f"v{tool}a"), Event(tool=f"tool{tool}", params={"path": "/x"}, ok=False,
                                                                 error="cat: /x: No such file or directory")])
    own_bucket = {p["id"] for p in store.list_patterns() if p["tool"] == "tool3" and p["mistake_pattern"]["parameter"] == "ref"}
    assert len(store.list_patterns()) == 80 and len(own_bucket) == 1
    read: list[str] = []
    if isinstance(store, InMemoryStore):
        store.reads.clear()
    else:
        one, many = Connection.pack_command, Connection.pack_commands

        def note(args) -> None:
            read.append(" ".join(a.decode() if isinstance(a, bytes) else str(a) for a in args))

        def recording(self, *args):
            note(args)
            return one(self, *args)

        def recording_many(self, commands):
            commands = list(commands)
            for args in commands:
                note(args)
            return many(self, commands)
        monkeypatch.setattr(Connection, "pack_command", recording)
        monkeypatch.setattr(Connection, "pack_commands", recording_many)
    assert learn(store, [mistake("tool3", "v3c")])[0].startswith("merged:")
    monkeypatch.undo()
    if isinstance(store, InMemoryStore):
        touched = store.reads
        assert ("scan", "*") not in touched
        assert {name for kind, name in touched if kind == "pattern"} <= own_bucket
        assert {name for kind, name in touched if kind == "bucket"} == {"tool3|INCORRECT_PARAMETER|ref"}
    else:
        commands = [c for c in read if not c.startswith(("EVALSHA", "EVAL ", "SCRIPT", "MULTI", "EXEC"))]
        assert not any(c.split()[0] in ("SCAN", "KEYS", "SMEMBERS") and c.split()[1] == store.keys.ids for c in commands)
        patterns_read = {c.split()[1][len(store.keys.pattern("")):] for c in commands
                         if c.split()[1].startswith(store.keys.pattern(""))}
        buckets_read = {c.split()[1] for c in commands if c.split()[1].startswith(store.keys.bucket(""))}
        assert patterns_read <= own_bucket and patterns_read
        assert buckets_read == {store.keys.bucket("tool3|INCORRECT_PARAMETER|ref")}


def test_delete_and_prune_clean_every_index_and_keep_an_audit_trail(store):
    old = (NOW - timedelta(days=200)).isoformat()
    base = {"tool": "kubectl_get", "error_category": "INCORRECT_PARAMETER", "confidence": 0.5, "observations": 2,
            "first_seen": old, "last_seen": old}
    store.add_pattern({**base, "id": "a", "mistake_pattern": {"error_template": "pods <*> not found", "parameter": "name"}})
    store.add_pattern({**base, "id": "b", "related_patterns": ["a"],
                       "mistake_pattern": {"error_template": "deployments <*> not found", "parameter": "kind"}})
    store.add_pattern({**base, "id": "c", "related_patterns": ["a", "b"], "last_seen": NOW.isoformat(),
                       "mistake_pattern": {"error_template": "nodes <*> not found", "parameter": "node"}})
    assert store.get_pattern("a")["related_patterns"] == ["b", "c"]
    assert store.delete_pattern("a", actor="ops", reason="wrong") is True
    assert store.prune_old_patterns(now=NOW) == ["b"]
    assert [p["id"] for p in store.list_patterns()] == ["c"]
    assert store.get_pattern("c")["related_patterns"] == []  # no dangling links, from either path
    assert store.get_patterns_for_tool("kubectl_get") == store.list_patterns()
    trail = store.audit_trail()
    assert [(e["id"], e["actor"], e["reason"]) for e in trail] == [("b", "maintenance", "pruned"), ("a", "ops", "wrong")]
    assert trail[1]["pattern"]["mistake_pattern"]["error_template"] == "pods <*> not found"


def test_dead_letters_reports_and_period_claims(store):
    store.keep_dead_letter({"event_id": "e1"})
    store.keep_dead_letter({"event_id": "e2"})
    assert [line.count("e1") for line in store.dead_letters()] == [1, 0] and store.dead_letter_count() == 2
    store.drop_dead_letters(1)
    assert store.dead_letter_count() == 1 and "e2" in store.dead_letters()[0]
    store.keep_report({"n": 1})
    store.keep_report({"n": 2})
    assert store.maintenance_reports(5) == [{"n": 2}, {"n": 1}]
    assert store.claim_period(60, 7) and not store.claim_period(60, 7) and store.claim_period(60, 8)


def test_a_dead_letter_is_removed_by_its_stored_text_and_admin_changes_join_the_audit_trail(store):
    store.keep_dead_letter({"event_id": "e1"})
    store.keep_dead_letter({"event_id": "e2"})
    store.keep_dead_letter({"event_id": "e1"})
    first = store.dead_letters()[0]
    assert store.remove_dead_letter(first) is True and store.dead_letter_count() == 2
    assert ["e1" in line for line in store.dead_letters()] == [True, False]  # one of the two identical copies gone
    assert store.remove_dead_letter("not stored") is False and store.dead_letter_count() == 2
    store.add_pattern({"id": "a", "tool": "t", "error_category": "PARAMETER_FORMAT"})
    store.delete_pattern("a", actor="ops")
    store.record_audit({"action": "import", "actor": "ops", "ids": ["x", "y"]})
    trail = store.audit_trail()
    assert [(e["action"], e["actor"]) for e in trail] == [("import", "ops"), ("delete", "ops")]
    assert trail[0]["ids"] == ["x", "y"] and trail[0]["at"]
    assert store.store_id() == store.store_id() and len(store.store_id()) == 32


def test_a_pattern_rewritten_under_another_tool_leaves_no_index_behind(store):
    store.add_pattern({"id": "a", "tool": "git_push", "error_category": "PARAMETER_FORMAT"})
    store.add_pattern({"id": "a", "tool": "git_commit", "error_category": "WORKFLOW_SEQUENCE"})
    assert store.get_patterns_for_tool("git_push") == []
    assert [p["id"] for p in store.get_patterns_for_tool("git_commit")] == ["a"]


def test_four_racing_writers_with_every_batch_delivered_to_each_count_exactly(env):
    stores = [UsagePatternStorage(Redis.from_url(env["REDIS_URL"]), env["USAGE_PATTERNS_KEY_PREFIX"]) for _ in range(4)]
    tools = ["git_checkout", "git_switch", "git_show"]
    batches = [[mistake(tools[(b + i) % 3], f"r{b}x{i}") for i in range(50)] for b in range(12)]
    errors: list[BaseException] = []

    def run(store: UsagePatternStorage, order: int) -> None:
        try:
            for batch in (batches if order % 2 else list(reversed(batches))):
                learn(store, batch)
        except BaseException as exc:  # surfaced below
            errors.append(exc)
    threads = [threading.Thread(target=run, args=(s, n)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    patterns = stores[0].list_patterns()
    assert sorted((p["tool"], p["observations"]) for p in patterns) == [(t, 200) for t in sorted(tools)]
    assert stores[0].counters()["events"] == 600


def test_a_write_to_a_bucket_the_fold_read_makes_it_fold_again_on_fresh_data(env):
    store = UsagePatternStorage(Redis.from_url(env["REDIS_URL"]), env["USAGE_PATTERNS_KEY_PREFIX"])
    other = UsagePatternStorage(Redis.from_url(env["REDIS_URL"]), env["USAGE_PATTERNS_KEY_PREFIX"])
    calls = []

    def racing_fold(view, items):
        changes = learner.fold(view, items)
        if not calls:  # another worker learns the same mistake after our reads, before our commit
            learn(other, [mistake("git_checkout", "first1")])
        calls.append(len(items))
        return changes
    results = store.apply_batch([learner.plan(mistake("git_checkout", "second2"))[0]], racing_fold)
    assert len(calls) == 2 and results[0].startswith("merged:")
    [pattern] = store.list_patterns()  # merged into the other worker's pattern, not written over it
    assert pattern["observations"] == 2 and store.counters()["events"] == 2


def test_once_only_memory_stays_under_fifty_bytes_per_event(env):
    redis = Redis.from_url(env["REDIS_URL"])
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    count = 20_000
    for start in range(0, count, 1000):
        store.apply_batch([Item(f"event-{n}", {"events": 1}, NOW.isoformat()) for n in range(start, start + 1000)],
                          lambda view, items: learner.fold(view, items))
    keys = list(redis.scan_iter(match=store.keys.seen_shard(0, 0).rsplit(":", 2)[0] + ":*", count=5000))
    assert 0 < len(keys) <= DEDUP_SHARDS
    used = sum(redis.memory_usage(key) or 0 for key in keys)
    assert used / count <= 50, f"{used / count:.1f} bytes per event"
    assert store.counters()["events"] == count
