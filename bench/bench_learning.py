"""In-process cost of learning a batch (plan + fold + the one-script commit), with 100 vs 10,000
stored patterns (target: ratio <= 2), on a throwaway redis-server, and where a worker's CPU time
goes per event (parsing and redaction of the wire event, classification, extraction, the fold and
the commit). The end-to-end figure through real workers is `bench_throughput.py`; this one
isolates the learner and the store's commit.

Merge candidates come from one (tool, category, parameter) bucket, so the cost should not grow
with the store. Baseline from the same run: a scan of every stored pattern per event (what a
store without the bucket index would do), and the same events learned one at a time (a commit
per event instead of one per batch).

Garbage collection: the same learning with Python's default collector thresholds beside the
worker's (`worker.rq_worker`: start-up heap frozen, young generation collected every 50,000
allocations), with the time spent in the cyclic collector (gc.callbacks).

Usage: python bench/bench_learning.py [--quick]
"""
from __future__ import annotations

import gc
import random
import statistics
import time
from typing import Any

from _common import LoadSampler, ThrowawayRedis, machine_line, parse_args
from _patterns import corpus_events, fill, make_events, successes

from worker.classifier import classify_error_type
from worker.events import Event
from worker.extractor import extract_usage_pattern
from worker.learner import UsagePatternLearner, fold, plan
from worker.rq_worker import GC_THRESHOLDS
from worker.rules import load_rules
from worker.storage import UsagePatternStorage

BATCH = 500


def per_event_us(learner: UsagePatternLearner, events: list[Event], batch: int) -> float:
    started = time.perf_counter()
    for start in range(0, len(events), batch):
        learner.learn_batch(events[start:start + batch])
    return (time.perf_counter() - started) / len(events) * 1e6


class GcClock:
    """Time spent in the cyclic garbage collector while it is installed."""

    def __init__(self) -> None:
        self.spent, self.collections, self._started = 0.0, 0, 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.spent += time.perf_counter() - self._started
            self.collections += 1

    def __enter__(self) -> "GcClock":
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def gc_compare(learner: UsagePatternLearner, make: Any, count: int) -> dict[str, tuple[float, float, int]]:
    """(CPU µs/event, µs/event in the collector, collections) with the default thresholds and the
    worker's, each run twice, alternately (so warm-up favours neither); the better run of each."""
    defaults, out = gc.get_threshold(), {}
    for _ in range(2):
        for name in ("default", "worker"):
            events = [Event.from_dict(e) for e in make(count)]
            gc.collect()
            if name == "worker":
                gc.freeze()
                gc.set_threshold(*GC_THRESHOLDS)
            with GcClock() as clock:
                started = time.process_time()
                for start in range(0, len(events), BATCH):
                    learner.learn_batch(events[start:start + BATCH])
                cost = (time.process_time() - started) / count * 1e6
            gc.set_threshold(*defaults)
            gc.unfreeze()
            found = (cost, clock.spent / count * 1e6, clock.collections)
            out[name] = min(out.get(name, found), found)
    return out


def breakdown(learner: UsagePatternLearner, raws: list[dict], batch: int = 100) -> dict[str, float]:
    """CPU µs per event of each stage a worker runs on a batch (process time, so the load of a
    shared machine inflates it less than wall time)."""
    rules, clock = learner.rules, time.process_time
    spent = {"parse + redact": 0.0, "classify": 0.0, "extract": 0.0, "plan (whole)": 0.0, "fold + commit": 0.0}
    for start in range(0, len(raws), batch):
        chunk = raws[start:start + batch]
        t = clock()
        events = [Event.from_dict(raw) for raw in chunk]
        spent["parse + redact"] += clock() - t
        for event in events:
            if not event.ok:
                t = clock()
                found = classify_error_type(event.tool, event.params, event.error or "", event.result or "", rules=rules)
                spent["classify"] += clock() - t
                if found["is_usage_error"] and found["learnable"]:
                    t = clock()
                    extract_usage_pattern(event.tool, event.params, event.error or "", found)
                    spent["extract"] += clock() - t
        t = clock()
        items = [plan(event, rules)[0] for event in events]
        spent["plan (whole)"] += clock() - t
        t = clock()
        learner.store.apply_batch(items, lambda view, fresh: fold(view, fresh, learner.threshold))
        spent["fold + commit"] += clock() - t
    return {name: value / len(raws) * 1e6 for name, value in spent.items()}


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
            if size == 100:
                collected = gc_compare(learner, lambda k: make_events(k, {"usage": 0.75, "infra": 0.25}, pools, rng), count)
                parts = {name: breakdown(learner, make_events(count, shares, pools, rng))
                         for name, shares in (("mix", {"success": 0.6, "usage": 0.3, "infra": 0.1}),
                                              ("all failures", {"usage": 0.75, "infra": 0.25}))}
    print(f"learning all-failure events in batches of {BATCH}, {count:,} events per run"
          f"{' (quick)' if args.quick else ''}, {load.text()}")
    for size, (cost, single, scan) in results.items():
        print(f"  {size:>6,} stored patterns: {cost:8.1f} µs/event   baseline one commit per event {single:8.1f} µs/event,"
              f" full scan {scan:10.1f} µs/event")
    print("where a worker's CPU time goes, µs per event (100 stored patterns, batches of 100; classify and "
          "extract are also inside plan)")
    for name, part in parts.items():
        print(f"  {name:<13} " + "   ".join(f"{stage} {value:6.1f}" for stage, value in part.items()))
    print("cyclic garbage collector, all failures, 100 stored patterns, batches of "
          f"{BATCH}, CPU time: " + "; ".join(f"{name} thresholds {cost:.1f} µs/event of which {in_gc:.1f} µs in the collector "
                                  f"({n} collections)" for name, (cost, in_gc, n) in collected.items()))
    ratio = results[10_000][0] / results[100][0]
    print(f"  cost ratio 10,000 vs 100: {ratio:.2f} (target <= 2 [{'met' if ratio <= 2 else 'MISSED'}])   "
          f"baseline full-scan ratio: {results[10_000][2] / results[100][2]:.1f}")


if __name__ == "__main__":
    main()
