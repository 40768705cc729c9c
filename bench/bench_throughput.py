"""End-to-end events/s through real `rq worker` processes started from the Procfile's `worker` line,
against a throwaway redis-server of our own (targets: >= 5,000/s per worker on the mix and >= 25x
the one-job-per-event rate, >= 3,000/s all failures, two workers >= 1.6x one, 100,000 stored
patterns within 2x of 100, worker RSS <= 200 MB).

Events are real tool errors from the corpus (`tests/corpus/*.jsonl`): the mix is 60 % successes,
30 % learnable usage mistakes, 10 % infrastructure errors; "all failures" is 75 % usage, 25 % infra.
They are enqueued as a long-lived recorder sends them (`producers.recorder`: one
`process_events` job per batch of its default batch size, JSON serializer, same job options),
onto workers that are already up; the clock runs from the first enqueue until the store has
counted every event. The inbox row pushes raw events onto the store's inbox, as one-shot
producers (hooks, `usage-patterns record`) do, with one `drain_inbox` job.

Stored patterns: variants of the corpus mistakes (distinct templates). Up to 20 per bucket the
events hit, the rest on tools the events never call, so 10,000 vs 100,000 differ only in store
size, 100 vs 10,000 also in bucket size.

Repeats: half the corpus mistakes quote a value (a branch, a pod, an id) that `vary` replaces with a
fresh one per event; the others repeat exactly. The share of failures that exactly repeat an
earlier one is printed per run: the worker remembers pure classify/extract results of exact
repeats (the last 4,096), so that share matters. A row with no exact repeat at all (only
mistakes that quote a value, each with a fresh one) gives the cost when nothing repeats.

Baseline from the same run: RQ's one-job-per-event rate (each event its own `process_events`
job) through the same worker.

Usage: python bench/bench_throughput.py [--quick] [--batch N]
"""
from __future__ import annotations

import inspect
import json
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import (LoadSampler, ThrowawayRedis, cpu_seconds, machine_line, parse_args, peak_rss_mb, rss_mb,
                     start_procfile, stop, tree)
from _patterns import corpus_events, exact_repeats, fill, make_events, successes, varying
from redis import Redis
from rq import Queue, Retry, Worker
from rq.serializers import JSONSerializer

from producers.recorder import FAILURE_TTL_SECONDS, JOB_FUNC, Recorder
from worker.jobs import DRAIN_FUNC
from worker.storage import UsagePatternStorage

RECORDER_BATCH = int(inspect.signature(Recorder.__init__).parameters["batch_size"].default)


class Run:
    """Workers of one store (its own key prefix and queue) on the throwaway server."""

    def __init__(self, server: ThrowawayRedis, scratch: Path, tag: str) -> None:
        self.server_pid = server.process.pid
        self.redis = Redis.from_url(server.url)
        self.env = {"REDIS_URL": server.url, "USAGE_PATTERNS_KEY_PREFIX": f"bench:{tag}:",
                    "USAGE_PATTERNS_QUEUE": f"bench-{tag}", "USAGE_PATTERNS_MEMORY_DIR": str(scratch / tag / "memory"),
                    "USAGE_PATTERNS_SPOOL_DIR": str(scratch / tag / "spool"), "PYTHONPATH": str(Path.cwd())}
        self.store = UsagePatternStorage(self.redis, self.env["USAGE_PATTERNS_KEY_PREFIX"])
        self.queue = Queue(self.env["USAGE_PATTERNS_QUEUE"], connection=self.redis, serializer=JSONSerializer)
        self.logs = scratch / tag
        self.logs.mkdir(parents=True, exist_ok=True)

    def counted(self) -> int:
        return int(self.redis.hget(self.store.keys.stats, "events") or 0)

    def start_workers(self, count: int) -> list[Any]:
        workers = [start_procfile("worker", self.env, self.logs / f"worker-{n}.log") for n in range(count)]
        deadline = time.monotonic() + 120
        while len(Worker.all(queue=self.queue)) < count:
            if time.monotonic() > deadline or any(w.poll() is not None for w in workers):
                raise SystemExit(f"workers did not start; see {self.logs}")
            time.sleep(0.1)
        return workers

    def folds(self) -> tuple[int, int]:
        """(batches, folds) the workers' `batch_processed` lines logged so far: a fold more than batches
        is a conflict with another worker, refolded on fresh data."""
        batches = folds = 0
        for log in self.logs.glob("worker-*.log"):
            for line in log.read_text(errors="replace").splitlines():
                if '"batch_processed"' in line:
                    batches += 1
                    folds += int(json.loads(line).get("folds", 1))
        return batches, folds

    def measure(self, events: list[dict[str, Any]], workers: int, batch: int, inbox: bool = False) -> dict[str, float]:
        batches_before, folds_before = self.folds()
        procs = self.start_workers(workers)
        try:
            before = self.counted()
            pids = [pid for p in procs for pid in tree(p.pid)]
            cpu_before, redis_before = cpu_seconds(pids), cpu_seconds([self.server_pid])
            with LoadSampler() as load:
                started = time.perf_counter()
                if inbox:
                    for start in range(0, len(events), 5000):
                        self.store.push_inbox([json.dumps(e) for e in events[start:start + 5000]])
                    self.store.request_drain()
                    self.queue.enqueue(DRAIN_FUNC, result_ttl=0, failure_ttl=FAILURE_TTL_SECONDS, job_timeout=600)
                else:
                    for start in range(0, len(events), batch * 50):
                        jobs = [Queue.prepare_data(JOB_FUNC, args=(events[s:s + batch],), result_ttl=0,
                                                   failure_ttl=FAILURE_TTL_SECONDS, timeout=600, retry=Retry(max=3))
                                for s in range(start, min(len(events), start + batch * 50), batch)]
                        self.queue.enqueue_many(jobs)
                deadline = time.monotonic() + max(120.0, len(events) / 50)
                while self.counted() - before < len(events):
                    if time.monotonic() > deadline:
                        raise SystemExit(f"only {self.counted() - before} of {len(events)} counted; see {self.logs}")
                    time.sleep(0.01)
                elapsed = time.perf_counter() - started
            cpu = cpu_seconds(pids) - cpu_before
            redis_cpu = cpu_seconds([self.server_pid]) - redis_before
            rss = max(rss_mb(pid) for pid in pids)
            peak = max(peak_rss_mb(pid) for pid in pids)
        finally:
            for p in procs:
                stop(p)
        batches, folds = self.folds()
        return {"batches": batches - batches_before, "folds": folds - folds_before, "rate": len(events) / elapsed, "seconds": elapsed, "rss": rss, "peak": peak, "load": load.text(),
                "cpu_us": cpu / len(events) * 1e6, "redis_us": redis_cpu / len(events) * 1e6,
                "cpu_rate": len(events) / cpu if cpu else 0.0}


def main() -> None:
    args = parse_args(__doc__, lambda p: p.add_argument("--batch", type=int, default=RECORDER_BATCH,
                                                        help=f"events per job (default: the recorder's, {RECORDER_BATCH})"))
    quick = args.quick
    rng = random.Random(13)
    usage, infra, patterns = corpus_events()
    pools = {"success": successes(usage), "usage": usage, "infra": infra}
    fresh_pools = {"usage": varying(usage), "infra": varying(infra)}
    mix = {"success": 0.6, "usage": 0.3, "infra": 0.1}
    failures = {"usage": 0.75, "infra": 0.25}
    n = 2_000 if quick else 20_000  # mix events per run; all failures: half as many (they cost ~2x)
    sizes = (100, 1_000) if quick else (100, 10_000, 100_000)
    scratch = Path(tempfile.mkdtemp(prefix="bench-throughput-"))
    with ThrowawayRedis() as server:
        print(machine_line(server.version()))
        print(f"end to end through `rq worker` (Procfile line), {len(usage)} usage / {len(infra)} infra corpus "
              f"messages, jobs of {args.batch} events{' (quick)' if quick else ''}")
        rows: list[tuple[str, dict[str, float], int]] = []

        def row(label: str, result: dict[str, float], count: int) -> None:
            rows.append((label, result, count))
            print(f"  {label:<46} {result['rate']:>8,.0f} events/s  ({count:,} in {result['seconds']:5.1f} s; CPU per event: "
                  f"workers {result['cpu_us']:5.0f} µs, Redis {result['redis_us']:4.0f} µs -> "
                  f"{result['cpu_rate']:>6,.0f}/s per worker-CPU-second; RSS {result['rss']:4.0f} MB, peak "
                  f"{result['peak']:4.0f} MB; {result['batches']:.0f} batches, {result['folds']:.0f} folds; {result['load']})", flush=True)

        results: dict[str, dict[str, float]] = {}
        for size in sizes:
            run = Run(server, scratch, f"p{size}")
            started = time.perf_counter()
            fill(run.store, patterns, size)
            print(f"  ({size:,} patterns stored in {time.perf_counter() - started:.1f} s, "
                  f"Redis {server.used_memory_mb():.0f} MB)", flush=True)
            if size == sizes[0]:
                baseline = run.measure(make_events(200 if quick else 1_000, mix, pools, rng), 1, 1)
                results["baseline"] = baseline
                row("baseline: one job per event, 1 worker, mix", baseline, 200 if quick else 1_000)
            count = (5_000 if quick else 100_000) if size == sizes[1] else n  # also the RSS-after-100k-events figure
            mix_events = make_events(count, mix, pools, rng)
            results[f"mix{size}"] = run.measure(mix_events, 1, args.batch)
            row(f"mix, {size:,} patterns, 1 worker", results[f"mix{size}"], count)
            events = make_events(n // 2, failures, pools, rng)
            results[f"fail{size}"] = run.measure(events, 1, args.batch)
            row(f"all failures, {size:,} patterns, 1 worker", results[f"fail{size}"], n // 2)
            if size == sizes[0]:
                print(f"    (exact repeats among the failures: mix {exact_repeats(mix_events):.0%}, all failures "
                      f"{exact_repeats(events):.0%})", flush=True)
                results["nofresh"] = run.measure(make_events(n // 2, failures, fresh_pools, rng), 1, args.batch)
                row(f"all failures, {size:,} patterns, no exact repeat", results["nofresh"], n // 2)
            if size == sizes[0]:
                for workers in (2, 4):
                    results[f"w{workers}"] = run.measure(make_events(n * 2, mix, pools, rng), workers, args.batch)
                    row(f"mix, {size:,} patterns, {workers} workers (total)", results[f"w{workers}"], n * 2)
                results["inbox"] = run.measure(make_events(n, mix, pools, rng), 1, args.batch, inbox=True)
                row(f"mix, {size:,} patterns, 1 worker, via the inbox", results["inbox"], n)
                results["big"] = run.measure(make_events(n, mix, pools, rng), 1, args.batch * 5)
                row(f"mix, {size:,} patterns, 1 worker, jobs of {args.batch * 5}", results["big"], n)
                # The first run above also learned every corpus mistake for the first time (new patterns
                # cost more than merges); the worker-count ratio compares runs on the same, warm store.
                results["warm"] = run.measure(make_events(n, mix, pools, rng), 1, args.batch)
                row(f"mix, {size:,} patterns + the runs above, 1 worker", results["warm"], n)
        base = results["baseline"]["rate"]
        small, large = sizes[0], sizes[-1]
        cpu_base = results["baseline"]["cpu_rate"]
        print("summary (targets in brackets; 'CPU-bound' = events per second of the worker's own CPU time, what a "
              "worker with a core to itself does: the load of a shared machine does not inflate it)")
        print(f"  mix per worker {results[f'mix{small}']['rate']:,.0f}/s wall, {results[f'mix{small}']['cpu_rate']:,.0f}/s "
              f"CPU-bound [>= 5,000]; {results[f'mix{small}']['rate'] / base:.1f}x wall, "
              f"{results[f'mix{small}']['cpu_rate'] / cpu_base:.1f}x CPU-bound one job per event ({base:,.0f}/s wall, "
              f"{cpu_base:,.0f}/s CPU-bound) [>= 25x]")
        print(f"  all failures {results[f'fail{small}']['rate']:,.0f}/s wall, {results[f'fail{small}']['cpu_rate']:,.0f}/s "
              f"CPU-bound [>= 3,000]; with no exact repeat {results['nofresh']['rate']:,.0f}/s wall, "
              f"{results['nofresh']['cpu_rate']:,.0f}/s CPU-bound")
        print(f"  2 workers / 1 (warm store): {results['w2']['rate'] / results['warm']['rate']:.2f}x [>= 1.6]; "
              f"4 workers / 1: {results['w4']['rate'] / results['warm']['rate']:.2f}x (2 cores); against the first "
              f"(cold) 1-worker run: {results['w2']['rate'] / results[f'mix{small}']['rate']:.2f}x")
        print(f"  {large:,} vs {small} patterns: mix {results[f'mix{large}']['rate'] / results[f'mix{small}']['rate']:.2f}x "
              f"wall, {results[f'mix{large}']['cpu_rate'] / results[f'mix{small}']['cpu_rate']:.2f}x CPU-bound; all failures "
              f"{results[f'fail{large}']['rate'] / results[f'fail{small}']['rate']:.2f}x wall, "
              f"{results[f'fail{large}']['cpu_rate'] / results[f'fail{small}']['cpu_rate']:.2f}x CPU-bound [>= 0.5]")
        print(f"  worker peak RSS {max(r['peak'] for r in results.values()):.0f} MB [<= 200]")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
