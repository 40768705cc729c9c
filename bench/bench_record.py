"""What `record_tool_result()` costs the tool call: p50 / p99 / p99.9 with Redis up (a throwaway
redis-server), down (a closed port: refused at once) and hung (a listener that accepts and never
answers). Targets: p99 <= 100 µs and p99.9 <= 1 ms in all three.

Calls are made back to back (the worst case: with Redis hung the sender is stuck in a send for
its socket timeout while the calls go on), then the recorder is closed and nothing may be
missing: every event is either in Redis or in the spool.

Beside the wall time of each call, its own CPU time (the calling thread's, `time.thread_time`
read just outside the timed part): on a machine shared by more runnable processes than cores the
wall tail is mostly the caller being descheduled, which the CPU time does not count; a wait for
the GIL or a lock counts in neither, so a large gap between the two at low load means waiting.

Baseline from the same run: one synchronous RQ enqueue per call (what a naive wrapper does),
with Redis up, down and hung.

Usage: python bench/bench_record.py [--quick]
"""
from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import HungListener, LoadSampler, ThrowawayRedis, closed_port, machine_line, parse_args, percentile
from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from producers.record import record_tool_result
from producers.recorder import JOB_FUNC, Recorder, connect
from worker.config import load_settings


def timed_records(recorder: Recorder, calls: int) -> tuple[list[float], list[float]]:
    samples, cpu = [], []
    for i in range(calls):
        cpu_started = time.thread_time()
        started = time.perf_counter()
        record_tool_result("git_checkout", {"ref": f"feature-{i}"},
                           error=f"error: pathspec 'feature-{i}' did not match any file(s) known to git",
                           recorder=recorder)
        samples.append((time.perf_counter() - started) * 1e6)
        cpu.append((time.thread_time() - cpu_started) * 1e6)
    return samples, cpu


def sync_enqueues(url: str, calls: int) -> list[float]:
    """Baseline: one `Queue.enqueue` per call on a fail-fast client (the recorder's timeouts)."""
    queue = Queue("bench-sync", connection=connect(url, 0.5), serializer=JSONSerializer)
    samples = []
    for i in range(calls):
        started = time.perf_counter()
        try:
            queue.enqueue(JOB_FUNC, [{"tool": "git_checkout", "params": {"ref": str(i)}, "ok": False, "error": "x"}],
                          result_ttl=0)
        except Exception:
            pass
        samples.append((time.perf_counter() - started) * 1e6)
    return samples


def figures(samples: list[float]) -> str:
    return (f"p50 {percentile(samples, 0.5):8.1f} µs  p99 {percentile(samples, 0.99):8.1f} µs  "
            f"p99.9 {percentile(samples, 0.999):9.1f} µs  max {max(samples):9.1f} µs")


def case(name: str, url: str, calls: int, scratch: Path, server: Redis | None) -> dict[str, Any]:
    os.environ["REDIS_URL"] = url
    os.environ["USAGE_PATTERNS_SPOOL_DIR"] = str(scratch / name / "spool")
    os.environ["USAGE_PATTERNS_QUEUE"] = f"bench-{name}"
    recorder = Recorder(load_settings())
    with LoadSampler() as load:
        samples, cpu = timed_records(recorder, calls)
        started = time.perf_counter()
        recorder.close()
        closing = time.perf_counter() - started
    spooled = recorder.spool.pending()
    queued = 0
    if server is not None:
        queue = Queue(f"bench-{name}", connection=server, serializer=JSONSerializer)
        queued = sum(len(job.args[0]) for job in queue.get_jobs())
    return {"samples": samples, "cpu": cpu, "spooled": spooled, "queued": queued, "close": closing, "load": load.text()}


def main() -> None:
    args = parse_args(__doc__)
    calls = 2_000 if args.quick else 20_000
    sync_calls = 200 if args.quick else 1_000
    logging.basicConfig(level=logging.WARNING, format="  (log) %(message)s")
    scratch = Path(tempfile.mkdtemp(prefix="bench-record-"))
    hung = HungListener()
    down_url, hung_url = f"redis://127.0.0.1:{closed_port()}/0", f"redis://127.0.0.1:{hung.port}/0"
    try:
        with ThrowawayRedis() as server:
            print(machine_line(server.version()))
            print(f"record_tool_result(), {calls:,} back-to-back calls per case{' (quick)' if args.quick else ''}")
            results = {"up": case("up", server.url, calls, scratch, server.client),
                       "down": case("down", down_url, calls, scratch, None),
                       "hung": case("hung", hung_url, calls, scratch, None)}
            baselines = {"up": sync_enqueues(server.url, sync_calls), "down": sync_enqueues(down_url, sync_calls),
                         "hung": sync_enqueues(hung_url, min(sync_calls, 10))}
    finally:
        hung.close()
    met = True
    for name, result in results.items():
        samples = result["samples"]
        lost = calls - result["spooled"] - result["queued"]
        ok = percentile(samples, 0.99) <= 100 and percentile(samples, 0.999) <= 1000
        met &= ok
        print(f"  Redis {name:<5} ours     {figures(samples)}  [{'met' if ok else 'MISSED'}]  "
              f"queued {result['queued']:,}, spooled {result['spooled']:,}, lost {lost}, "
              f"close {result['close']:.2f} s, {result['load']}")
        print(f"  Redis {name:<5} CPU      {figures(result['cpu'])}  (the calling thread's own CPU time per call)")
        print(f"  Redis {name:<5} baseline {figures(baselines[name])}  (one sync enqueue per call, "
              f"{len(baselines[name])} calls)")
    print(f"targets p99 <= 100 µs, p99.9 <= 1,000 µs up/down/hung: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
