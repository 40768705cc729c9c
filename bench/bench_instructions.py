"""Instructions a worker executes per event (valgrind's callgrind), this checkout beside another: a
figure the load of a shared machine does not move, for comparing a speed change with its parent.

The workload is fixed: events made once from the real-error corpus (`_patterns.make_events`, seeded),
written to a temporary file, then each checkout runs the same file in a fresh process: parse the wire
event (`Event.from_dict`), then `learn_batch` in batches of 100 against the Redis store (plan:
classify, learnable, extract; fold; the one-script commit) against a throwaway redis-server (its own key
prefix per run), the worker's per-event path. The server runs outside valgrind: the count is the worker's. A warm-up
batch runs first (compiled rules, first-call caches), then the measured events between two calls of
`os.getppid()`, at which callgrind dumps (`--dump-before=getppid`), so the count is of those events
only. Baseline in the same run: the other checkout (`--against PATH`, e.g. a `git worktree add
/tmp/base main`), which runs its own `worker` package on the same file.

Beside the counts, CPU µs per event of the same workload without valgrind (`process_time`, more
events, the checkouts alternated `--rounds` times): this one moves with the load.

Usage: python bench/bench_instructions.py [--quick] [--against PATH] [--workload failures|fresh|mix]
                                          [--events N] [--annotate]
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORKLOADS = {"failures": {"usage": 0.75, "infra": 0.25}, "fresh": {"usage": 0.75, "infra": 0.25},
             "mix": {"success": 0.6, "usage": 0.3, "infra": 0.1}}
WARM_UP = 100
BATCH = 100


def child(events_file: str, root: str, count: int, url: str, warm_up: int = WARM_UP) -> None:
    """Run the workload with the `worker` package of `root`; print the measured part's CPU µs/event."""
    sys.path.insert(0, root)
    from datetime import datetime, timezone

    from redis import Redis

    from worker.events import Event
    from worker.learner import UsagePatternLearner
    from worker.rules import load_rules
    from worker.storage import UsagePatternStorage

    raws = json.loads(Path(events_file).read_text())
    warm, measured = raws[:warm_up], raws[warm_up:warm_up + count]
    now = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
    learner = UsagePatternLearner(UsagePatternStorage(Redis.from_url(url), f"bi{os.getpid()}:"), rules=load_rules(None))
    for start in range(0, len(warm), BATCH):
        learner.learn_batch([Event.from_dict(raw) for raw in warm[start:start + BATCH]], now)
    os.getppid()  # callgrind: dump (what came before is set-up)
    started = time.process_time()
    for start in range(0, len(measured), BATCH):
        learner.learn_batch([Event.from_dict(raw) for raw in measured[start:start + BATCH]], now)
    spent = time.process_time() - started
    os.getppid()  # callgrind: dump (the measured events)
    print(json.dumps({"us_per_event": spent / len(measured) * 1e6}))


def make_workload(name: str, count: int, path: str) -> None:
    from _patterns import corpus_events, make_events, successes, varying
    usage, infra, _ = corpus_events()
    pools = {"success": successes(usage), "usage": usage, "infra": infra}
    if name == "fresh":  # no exact repeat: every event's values are new
        pools = {"usage": varying(usage), "infra": varying(infra)}
    events = make_events(count, WORKLOADS[name], pools, random.Random(13))
    for i, event in enumerate(events):
        event["event_id"] = f"ev{i:07d}"  # make_events draws uuids: fixed ids, so every run reads the same bytes
    Path(path).write_text(json.dumps(events))


def totals(path: Path) -> int:
    found = re.search(r"^totals:\s+(\d+)", path.read_text(errors="replace"), re.M)
    return int(found.group(1)) if found else 0


def count_instructions(root: str, events_file: str, count: int, url: str, out_dir: str, annotate: bool,
                       warm_up: int = WARM_UP) -> int:
    tag = Path(root).name or "root"
    out = Path(out_dir) / f"cg.{tag}.{os.getpid()}"
    env = dict(os.environ, PYTHONHASHSEED="0")
    subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}",
                    sys.executable, __file__, "--child", events_file, root, str(count), url, str(warm_up)],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    measured = Path(f"{out}.2")  # part 1: set-up, part 2: the measured events, the rest: exit
    if annotate and shutil.which("callgrind_annotate"):
        shown = subprocess.run(["callgrind_annotate", "--inclusive=no", str(measured)], capture_output=True, text=True)
        print(f"--- {root}: self cost of the measured events, top functions")
        print("\n".join(shown.stdout.splitlines()[:40]))
    return totals(measured)


def cpu_us(root: str, events_file: str, count: int, url: str, warm_up: int = WARM_UP) -> float:
    shown = subprocess.run([sys.executable, __file__, "--child", events_file, root, str(count), url, str(warm_up)], check=True,
                           capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    return float(json.loads(shown.stdout.strip().splitlines()[-1])["us_per_event"])


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], int(sys.argv[6]) if len(sys.argv) > 6 else WARM_UP)
        return
    from _common import REPO, LoadSampler, ThrowawayRedis, machine_line, parse_args

    def extra(parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--against", action="append", default=[], help="another checkout to count beside this one")
        parser.add_argument("--workload", choices=sorted(WORKLOADS), default="failures")
        parser.add_argument("--events", type=int, default=0, help="events counted under valgrind (default 300, quick 30)")
        parser.add_argument("--cpu-events", type=int, default=0, help="events per CPU-time run (default 2,000, quick 200)")
        parser.add_argument("--rounds", type=int, default=3, help="CPU-time runs per checkout, alternated")
        parser.add_argument("--annotate", action="store_true", help="print callgrind_annotate's top functions")
        parser.add_argument("--warm-up", type=int, default=WARM_UP, help="events learned before the measured ones "
                            f"(default {WARM_UP}: a fresh worker, whose first-seen regexes are compiled in the window; "
                            "thousands: a worker that has run a while)")
    args = parse_args(__doc__, extra)
    if shutil.which("valgrind") is None:
        raise SystemExit("bench_instructions needs valgrind (Debian: apt-get install valgrind)")
    count = args.events or (30 if args.quick else 300)
    cpu_count = args.cpu_events or (200 if args.quick else 2_000)
    roots = [str(REPO)] + [str(Path(p).resolve()) for p in args.against]
    with tempfile.TemporaryDirectory(prefix="bench-instr-") as tmp, ThrowawayRedis() as server, LoadSampler() as load:
        print(machine_line(server.version()))
        events_file = str(Path(tmp) / "events.json")
        make_workload(args.workload, args.warm_up + max(count, cpu_count), events_file)
        counted = {root: count_instructions(root, events_file, count, server.url, tmp, args.annotate, args.warm_up)
                   for root in roots}
        times: dict[str, list[float]] = {root: [] for root in roots}
        for _ in range(args.rounds):
            for root in roots if _ % 2 == 0 else roots[::-1]:
                times[root].append(cpu_us(root, events_file, cpu_count, server.url, args.warm_up))
    print(f"workload {args.workload!r}{' (quick)' if args.quick else ''}: {count} events under callgrind after {args.warm_up} "
          f"warm-up, {cpu_count} per CPU-time run, batches of {BATCH}, throwaway Redis; {load.text()}")
    base = counted[roots[-1]]
    for root in roots:
        per_event = counted[root] / count
        ratio = f"   {counted[root] / base:.3f}x {roots[-1]}" if root != roots[-1] and base else ""
        cpu = ", ".join(f"{t:,.0f}" for t in times[root])
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True).stdout.strip()
        print(f"  {root} ({head}): {per_event:,.0f} instructions/event{ratio};  CPU µs/event (alternated) {cpu}")


if __name__ == "__main__":
    main()
