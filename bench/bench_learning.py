"""In-process cost of learning a batch (plan + fold + the one-script commit), with 100 vs 10,000
stored patterns (target: ratio <= 2), on a throwaway redis-server. The end-to-end figure through
real workers is `bench_throughput.py`; this one isolates the learner and the store's commit.

Merge candidates come from one (tool, category, parameter) bucket, so the cost should not grow
with the store. Baseline from the same run: a scan of every stored pattern per event (what a
store without the bucket index would do), and the same events learned one at a time (a commit
per event instead of one per batch).

Usage: python bench/bench_learning.py [--quick]
"""
from __future__ import annotations

import random
import statistics
import time

from _common import LoadSampler, ThrowawayRedis, machine_line, parse_args
from _patterns import corpus_events, fill, make_events, successes

from worker.events import Event
from worker.learner import UsagePatternLearner
from worker.rules import load_rules
from worker.storage import UsagePatternStorage

BATCH = 500


def per_event_us(learner: UsagePatternLearner, events: list[Event], batch: int) -> float:
    started = time.perf_counter()
    for start in range(0, len(events), batch):
        learner.learn_batch(events[start:start + batch])
    return (time.perf_counter() - started) / len(events) * 1e6


def main() -> None:
    args = parse_args(__doc__)
    count = 1_000 if args.quick else 5_000
    usage, infra, patterns = corpus_events()
    pools = {"success": successes(usage), "usage": usage, "infra": infra}
    rng = random.Random(9)
    rules = load_rules(None)
    results = {}
    with ThrowawayRedis() as server, LoadSampler() as load:
        print(machine_line(server.version()))
        for size in (100, 10_000):
            store = UsagePatternStorage(server.client, f"bench:l{size}:")
            fill(store, patterns, size)
            learner = UsagePatternLearner(store, rules=rules)
            runs = [per_event_us(learner, [Event.from_dict(e) for e in make_events(count, {"usage": 0.75, "infra": 0.25},
                                                                                  pools, rng)], BATCH) for _ in range(3)]
            single = per_event_us(learner, [Event.from_dict(e) for e in make_events(count // 10, {"usage": 1.0}, pools, rng)], 1)
            started = time.perf_counter()
            for _ in range(3):
                store.list_patterns()
            scan = (time.perf_counter() - started) / 3 * 1e6
            results[size] = (statistics.median(runs), single, scan)
    print(f"learning all-failure events in batches of {BATCH}, {count:,} events per run"
          f"{' (quick)' if args.quick else ''}, {load.text()}")
    for size, (cost, single, scan) in results.items():
        print(f"  {size:>6,} stored patterns: {cost:8.1f} µs/event   baseline one commit per event {single:8.1f} µs/event,"
              f" full scan {scan:10.1f} µs/event")
    ratio = results[10_000][0] / results[100][0]
    print(f"  cost ratio 10,000 vs 100: {ratio:.2f} (target <= 2 [{'met' if ratio <= 2 else 'MISSED'}])   "
          f"baseline full-scan ratio: {results[10_000][2] / results[100][2]:.1f}")


if __name__ == "__main__":
    main()
