"""Cost of learning one event with 100 vs 10,000 stored patterns (target: ratio <= 2).

Merge candidates come from one (tool, category, parameter) bucket, so the cost should not
grow with the store. Baseline from the same run: a scan of every stored template per event
(what a store without the bucket index would do).
"""
from __future__ import annotations

import statistics
import time

from _redis import bench_redis

from worker.events import Event
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage

TOOLS = 500
EVENTS = 400


def fill(store: UsagePatternStorage, count: int) -> None:
    """`count` distinct stored patterns over TOOLS tools (several mistakes per tool)."""
    with store.redis.pipeline(transaction=False) as pipe:
        for i in range(count):
            tool = f"tool_{i % TOOLS}"
            pattern = {"id": f"p{i}", "tool": tool, "error_category": "INCORRECT_PARAMETER", "confidence": 0.6,
                       "observations": 5, "first_seen": "2026-11-01T00:00:00+00:00", "last_seen": "2026-11-01T00:00:00+00:00",
                       "mistake_pattern": {"error_template": f"error {i} kind {i % 7}: <*> not found in stage {i}",
                                           "parameter": f"param_{i % 3}", "common_mistakes": []}}
            store._index(pipe, pattern)
        pipe.execute()


def cost_per_event(store: UsagePatternStorage) -> float:
    learner = UsagePatternLearner(store)
    events = [Event(tool=f"tool_{i % TOOLS}", params={"ref": f"feature-{i}"}, ok=False,
                    error=f"error: pathspec 'feature-{i}' did not match any file(s) known to git") for i in range(EVENTS)]
    started = time.perf_counter()
    for event in events:
        learner.analyze_result(event)
    return (time.perf_counter() - started) / EVENTS * 1e6


def scan_all_templates(store: UsagePatternStorage) -> float:
    started = time.perf_counter()
    for _ in range(20):
        store.list_patterns()
    return (time.perf_counter() - started) / 20 * 1e6


def main() -> None:
    results = {}
    with bench_redis() as (redis, prefix, label):
        print(f"learning benchmark on {label}, {EVENTS} events per run")
        for size in (100, 10_000):
            store = UsagePatternStorage(redis, f"{prefix}{size}:")
            fill(store, size)
            cost = statistics.median([cost_per_event(store) for _ in range(3)])
            results[size] = (cost, scan_all_templates(store))
    for size, (cost, scan) in results.items():
        print(f"  {size:>6} stored patterns: {cost:8.1f} µs/event   baseline full scan: {scan:10.1f} µs/event")
    ratio = results[10_000][0] / results[100][0]
    print(f"  cost ratio 10,000 vs 100: {ratio:.2f} (target <= 2)   baseline ratio: "
          f"{results[10_000][1] / results[100][1]:.1f}")


if __name__ == "__main__":
    main()
