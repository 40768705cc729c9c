"""Snapshot write time and memory at 10,000 and 100,000 stored patterns (target: 10,000 in <= 2 s;
the writer's RSS <= 200 MB), as the Procfile's `snapshot` process writes it
(`worker.jobs.write_current_snapshot`: streamed from the store in chunks, libyaml's CSafeDumper,
temp file + fsync + rename, never re-reading a file it wrote itself).

Each write runs in a fresh process, so its peak RSS is the write's own. The file is then loaded
back with the product's loader (`worker.snapshot.load_snapshot`: seed schema, every pattern
normalised) and must hold every pattern; above 10,000 patterns that loader composes a document
larger than `worker.safe_yaml.MAX_NODES` allows, so the patterns are counted from libyaml's
event stream instead. A second write in the same process shows the
no-re-read path; a write over a file another process wrote (a foreign file is parsed first,
so a broken one is never overwritten) is shown too.

Baseline from the same run: what the seed did, pure-Python PyYAML (`yaml.safe_dump` of the
whole document with SafeDumper) on 1,000 of the same patterns, per pattern.

Usage: python bench/bench_snapshot.py [--quick]
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, LoadSampler, ThrowawayRedis, machine_line, parse_args, peak_rss_mb, rss_mb
from _patterns import corpus_events, fill, variants


def child() -> None:
    """One snapshot process: write twice, report wall, CPU and peak RSS as JSON on stdout."""
    from worker.config import load_settings
    from worker.jobs import write_current_snapshot
    from worker.lifecycle import resources

    res = resources()
    before = rss_mb(os.getpid())
    timings = []
    for _ in range(2):
        wall, cpu = time.perf_counter(), time.process_time()  # (both writes' CPU are printed)
        assert write_current_snapshot(res.store, load_settings(), force=True)
        timings.append((time.perf_counter() - wall, time.process_time() - cpu))
    peak = peak_rss_mb(os.getpid())  # VmHWM: ru_maxrss would include the parent's size (kept across exec)
    print(json.dumps({"timings": timings, "rss_before": before, "peak": peak, "rss_after": rss_mb(os.getpid())}))


def snapshot_process(env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, "--child"], env=env, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"snapshot process failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def streamed_count(path: Path) -> int:
    """Patterns in the file, by libyaml's event stream (bounded memory: no document is built)."""
    import yaml

    from worker.snapshot import Loader

    kinds: list[str] = []  # the open collections, outermost first
    count = 0
    with open(path, encoding="utf-8") as handle:
        for event in yaml.parse(handle, Loader=Loader):
            if isinstance(event, yaml.MappingStartEvent):
                count += kinds == ["map", "seq"]  # a mapping right inside the top-level list: a pattern
                kinds.append("map")
            elif isinstance(event, yaml.SequenceStartEvent):
                kinds.append("seq")
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                kinds.pop()
    return count


def baseline(patterns: list[dict[str, object]]) -> float:
    """Seconds per pattern of a pure-Python PyYAML dump of the whole document."""
    import yaml

    started = time.perf_counter()
    yaml.dump({"usage_patterns": patterns}, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True)
    return (time.perf_counter() - started) / len(patterns)


def main() -> None:
    if "--child" in sys.argv:
        child()
        return
    args = parse_args(__doc__, lambda p: p.add_argument("--child", action="store_true", help=argparse_hidden()))
    sizes = (1_000, 5_000) if args.quick else (10_000, 100_000)
    _, _, patterns = corpus_events()
    scratch = Path(tempfile.mkdtemp(prefix="bench-snapshot-"))
    from worker.snapshot import Loader, load_snapshot

    with ThrowawayRedis() as server:
        print(machine_line(server.version()))
        print(f"snapshot writes (worker.snapshot.emit; loading with {Loader.__name__}){' (quick)' if args.quick else ''}")
        base = baseline(variants(patterns, 200 if args.quick else 1_000))
        for size in sizes:
            from redis import Redis

            from worker.storage import UsagePatternStorage

            prefix = f"bench:s{size}:"
            fill(UsagePatternStorage(Redis.from_url(server.url), prefix), patterns, size)
            env = {**os.environ, "REDIS_URL": server.url, "USAGE_PATTERNS_KEY_PREFIX": prefix,
                   "USAGE_PATTERNS_MEMORY_DIR": str(scratch / str(size)), "PYTHONPATH": str(REPO)}
            with LoadSampler() as load:
                result = snapshot_process(env)
                foreign = snapshot_process(env)  # the file now exists, written by another process
            path = scratch / str(size) / "learned" / "usage_patterns.yaml"
            started = time.perf_counter()
            loaded = len(load_snapshot(path)) if size <= 10_000 else streamed_count(path)
            parse = time.perf_counter() - started
            how = "loads back" if size <= 10_000 else "libyaml event stream counts"
            (first, first_cpu), (second, second_cpu) = result["timings"]  # type: ignore[index, misc]
            over_foreign = foreign["timings"][0][0]  # type: ignore[index]
            verdict = "" if size != 10_000 else ("  [met]" if first <= 2 else "  [MISSED]")
            print(f"  {size:>7,} patterns: first write {first:6.2f} s (CPU {first_cpu:5.2f} s){verdict}, rewrite "
                  f"{second:6.2f} s (CPU {second_cpu:5.2f} s), over another process's file {over_foreign:6.2f} s; writer RSS peak "
                  f"{result['peak']:5.0f} MB / {foreign['peak']:5.0f} MB (after imports {result['rss_before']:4.0f} MB, after the "
                  f"writes {result['rss_after']:4.0f} MB); "  # type: ignore[type-var]
                  f"{path.stat().st_size / 2**20:5.1f} MiB file, {how} {loaded:,} patterns in {parse:5.2f} s; "
                  f"{load.text()}", flush=True)
            print(f"           baseline pure-Python PyYAML dump: {base * size:7.2f} s "
                  f"({base * 1e3:.2f} ms per pattern, measured on {200 if args.quick else 1_000})")


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
