"""What record_tool_result() costs the tool call, with Redis up and with Redis down.

Fire-and-forget: the caller only appends to a buffer; a background thread sends batches.
Baseline from the same run: one synchronous RQ enqueue per call (what a naive wrapper does),
and the end-to-end throughput of the batched path (events/s until all are queued).
"""
from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

from _redis import bench_redis, percentile

from producers.record import record_tool_result
from producers.recorder import Recorder
from worker.config import load_settings

CALLS = 5000


def timed_records(recorder: Recorder) -> list[float]:
    samples = []
    for i in range(CALLS):
        started = time.perf_counter()
        record_tool_result("git_checkout", {"ref": f"feature-{i}"}, error=f"error: pathspec 'feature-{i}' did not match",
                           recorder=recorder)
        samples.append((time.perf_counter() - started) * 1e6)
    return samples


def line(name: str, samples: list[float]) -> str:
    return f"  {name:<34} p50 {percentile(samples, 0.5):8.1f} µs   p99 {percentile(samples, 0.99):8.1f} µs"


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="  (log) %(message)s")
    spool = Path(tempfile.mkdtemp(prefix="bench-spool-"))
    os.environ["USAGE_PATTERNS_SPOOL_DIR"] = str(spool)
    with bench_redis() as (redis, prefix, label):
        os.environ["USAGE_PATTERNS_QUEUE"] = f"{prefix}events"
        settings = load_settings()
        up = Recorder(settings, redis=redis)
        started = time.perf_counter()
        samples_up = timed_records(up)
        up.close()
        throughput = CALLS / (time.perf_counter() - started)
        sync = []
        for i in range(500):
            t = time.perf_counter()
            up.send([{"tool": "git_checkout", "params": {"ref": str(i)}, "ok": False, "error": "x"}])
            sync.append((time.perf_counter() - t) * 1e6)
        up.queue.empty()  # removes the queue and the jobs this benchmark made
        redis.srem("rq:queues", up.queue.key)
    os.environ["REDIS_URL"] = "redis://127.0.0.1:1/0"
    down = Recorder(load_settings())
    samples_down = timed_records(down)
    down.close()
    spooled = down.pending()["spooled"]
    print(f"record_tool_result(), {CALLS} calls, {label}")
    print(line("ours, Redis up (buffered)", samples_up))
    print(line("ours, Redis down (buffered)", samples_down) + f"   spooled {spooled}/{CALLS}, none lost")
    print(line("baseline: one sync enqueue per call", sync))
    print(f"  batched path end to end: {throughput:,.0f} events/s queued")


if __name__ == "__main__":
    main()
