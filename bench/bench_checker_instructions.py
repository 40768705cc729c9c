"""Instructions per pre-call check (valgrind's callgrind) at 10,000 patterns, this checkout beside another: the
load-independent figure for a change to the check, whose wall-clock p99 moves by tens of µs between runs of one
commit on a shared machine.

The workload is `bench_checker.make_calls` (seeded; 20 % repeated mistakes) over `bench_checker.pattern`'s 10,000
patterns, held in an in-memory `PatternCache` (no Redis: the count is the check's own). Each checkout runs it in a
fresh process under callgrind: a warm-up of 500 checks, then the measured checks between two calls of `os.getppid()`,
at which callgrind dumps (`--dump-before=getppid`). Baseline in the same run: the other checkout (`--against PATH`,
e.g. `git worktree add /tmp/base main`), with its own `producers` and `worker` packages on the same workload. Both
print their decisions, which must be the same.

Usage: python bench/bench_checker_instructions.py [--quick] [--against PATH] [--checks N]
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WARM_UP = 500


def child(root: str, checks: int, patterns: int) -> None:
    """Run the workload with the packages of `root` (the workload itself from this checkout's bench)."""
    sys.path.insert(0, root)
    from producers.checker import PatternCache, UsagePatternChecker  # `root`'s, before the bench puts this checkout first

    sys.path.insert(0, str(HERE))
    import bench_checker as workload

    calls = workload.make_calls(WARM_UP + checks, patterns)
    checker = UsagePatternChecker(PatternCache.from_patterns([workload.pattern(i) for i in range(patterns)]))
    for tool, params, context in calls[:WARM_UP]:
        checker.check_before_call(tool, params, context)
    os.getppid()  # callgrind dumps here: what came before is setup
    decisions = [checker.check_before_call(tool, params, context)["decision"] for tool, params, context in calls[WARM_UP:]]
    os.getppid()  # and here: the part between is the measured checks
    print("decisions", dict(sorted(Counter(decisions).items())))


def instructions(root: str, checks: int, patterns: int) -> tuple[int, str]:
    """(instructions per check, decisions line) of `root`'s checker, counted by callgrind."""
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}/cg.%p",
             sys.executable, __file__, "--child", root, "--checks", str(checks), "--patterns", str(patterns)],
            capture_output=True, text=True, check=True, cwd=root)
        measured = [f for f in glob.glob(f"{out}/cg.*") if f.endswith(".2")]
        text = Path(measured[0]).read_text()
        total = int(re.search(r"^(?:summary|totals):\s+(\d+)", text, re.M).group(1))  # type: ignore[union-attr]
    return total // checks, done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 checks over 1,000 patterns")
    parser.add_argument("--against", help="another checkout to count beside this one")
    parser.add_argument("--checks", type=int, default=2_000)
    parser.add_argument("--patterns", type=int, default=10_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.checks, args.patterns)
        return
    if shutil.which("valgrind") is None:
        sys.exit("bench_checker_instructions: valgrind is not installed (apt-get install valgrind)")
    checks, patterns = (200, 1_000) if args.quick else (args.checks, args.patterns)
    print(f"checker instructions: {patterns:,} patterns, {checks:,} checks after {WARM_UP} warm-up checks")
    ours, said = instructions(str(ROOT), checks, patterns)
    print(f"  ours ({ROOT}): {ours:,} instructions per check   {said}")
    if args.against:
        theirs, said_there = instructions(str(Path(args.against).resolve()), checks, patterns)
        print(f"  baseline ({args.against}): {theirs:,} instructions per check   {said_there}   ratio {ours / theirs:.3f}")


if __name__ == "__main__":
    main()
