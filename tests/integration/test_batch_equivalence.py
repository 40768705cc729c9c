"""The batch path learns what the event-at-a-time path learns: the same corpus events, with
repeats, duplicate deliveries and outcomes, learned by the Redis store in batches of 1,000 and
by the in-memory store one event at a time give the same patterns (related links included) and
the same counters; and real `rq worker` processes (the Procfile's line) fed the recorder's jobs
give them too."""
from __future__ import annotations

import random
from datetime import datetime, timezone
from typing import Any

from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from producers.recorder import BATCH_SIZE, JOB_FUNC
from tests.conftest import wait_for
from tests.corpus.score import load_rows
from worker import learner
from worker.events import _TOOL_NAME, Event
from worker.memory_store import InMemoryStore
from worker.storage import UsagePatternStorage

NOW = datetime(2026, 11, 24, 12, tzinfo=timezone.utc)
TIMES = ("first_seen", "last_seen")


def corpus_events(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Failures from the corpus (half with a fresh value where the message quotes it), successes,
    and outcomes of warnings on patterns the failures create; a tenth delivered twice."""
    rng = random.Random(seed)
    rows = [r for r in load_rows() if isinstance(r.get("params"), dict) and _TOOL_NAME.match(r["tool"])]
    made: list[dict[str, Any]] = []
    for n in range(count):
        row = rng.choice(rows)
        params, error = dict(row["params"]), row["message"]
        if n % 2:
            for key, value in params.items():
                if isinstance(value, str) and len(value) >= 3 and value in error:
                    params[key], error = value + f"{n:05d}", error.replace(value, value + f"{n:05d}")
        kind = rng.random()
        if kind < 0.3:
            made.append({"tool": row["tool"], "params": params, "ok": True, "result": "ok", "event_id": f"e{n}"})
        else:
            made.append({"tool": row["tool"], "params": params, "ok": False, "error": error, "event_id": f"e{n}"})
    return made + made[: count // 10]


def with_outcomes(events: list[dict[str, Any]], pattern_ids: list[str]) -> list[dict[str, Any]]:
    rng = random.Random(3)
    outcomes = [{"tool": "git_push", "params": {}, "ok": True, "event_id": f"o{n}", "override": n % 3 == 0,
                 "warned_patterns": rng.sample(pattern_ids, 2)} for n in range(40)]
    return events + outcomes + outcomes[:5]


def snapshot(store: Any) -> tuple[list[dict[str, Any]], dict[str, int]]:
    patterns = sorted(store.list_patterns(), key=lambda p: p["id"])
    return patterns, store.counters()


def timeless(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Patterns without the times a live worker stamps from its own clock."""
    out = []
    for pattern in patterns:
        pattern = {k: v for k, v in pattern.items() if k not in TIMES}
        if isinstance(pattern.get("decay"), dict):
            pattern["decay"] = {k: v for k, v in pattern["decay"].items() if k != "anchor"}
        out.append(pattern)
    return out


def learn(store: Any, raws: list[dict[str, Any]], batch: int) -> None:
    one = learner.UsagePatternLearner(store)
    for start in range(0, len(raws), batch):
        one.learn_batch([Event.from_dict(raw) for raw in raws[start:start + batch]], now=NOW)


def test_batches_of_a_thousand_in_redis_learn_what_one_event_at_a_time_learns_in_memory(env):
    raws = corpus_events(1500)
    reference = InMemoryStore()
    learn(reference, raws, 1)
    raws = with_outcomes(raws, [p["id"] for p in reference.list_patterns()])
    learn(reference, raws[-45:], 1)
    redis_store = UsagePatternStorage(Redis.from_url(env["REDIS_URL"]), env["USAGE_PATTERNS_KEY_PREFIX"])
    learn(redis_store, raws, 1000)
    patterns, counters = snapshot(redis_store)
    expected_patterns, expected_counters = snapshot(reference)
    assert len(patterns) > 50 and any(p["related_patterns"] for p in patterns)
    assert any(p.get("success_after_prevention") for p in patterns) and any(p.get("false_positives") for p in patterns)
    assert counters == expected_counters
    assert patterns == expected_patterns


def test_real_workers_fed_the_recorders_jobs_learn_what_the_reference_learns(env, processes, redis):
    raws = corpus_events(2500, seed=11)
    reference = InMemoryStore()
    learn(reference, raws, 1)
    queue = Queue(env["USAGE_PATTERNS_QUEUE"], connection=redis, serializer=JSONSerializer)
    for start in range(0, len(raws), BATCH_SIZE):
        queue.enqueue(JOB_FUNC, raws[start:start + BATCH_SIZE], result_ttl=0)
    queue.enqueue(JOB_FUNC, raws[:BATCH_SIZE], result_ttl=0)  # one whole job delivered twice
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    processes.start("worker")
    wait_for(lambda: queue.count == 0 and not queue.started_job_registry.get_job_ids()
             and store.counters().get("events", 0) >= len({r["event_id"] for r in raws}), timeout=240,
             message="the worker to learn every job")
    patterns, counters = snapshot(store)
    expected_patterns, expected_counters = snapshot(reference)
    assert counters["events"] == len({r["event_id"] for r in raws})
    assert {k: v for k, v in counters.items() if "_on:" not in k} == \
        {k: v for k, v in expected_counters.items() if "_on:" not in k}
    assert timeless(patterns) == timeless(expected_patterns)
