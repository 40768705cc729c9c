"""Wall time of the CLI's startup paths, beside `python -c pass` measured in the same run.

`usage-patterns --help` and `usage-patterns hook claude-code` (PreToolUse, Redis away: the
hook must answer from the snapshot) each start a fresh interpreter, as an agent host does
on every tool call. Runs are interleaved so machine load hits every command alike; min and
median of RUNS. Usage: .venv/bin/python bench/bench_cli_startup.py [RUNS]
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "usage-patterns"
PAYLOAD = json.dumps({"hook_event_name": "PreToolUse", "session_id": "bench", "tool_name": "Bash",
                      "tool_input": {"command": "git push origin main"}})


def commands() -> dict[str, tuple[list[str], str]]:
    entry = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "usage_patterns"]
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], ""),
        "usage-patterns --help": (entry + ["--help"], ""),
        "usage-patterns hook claude-code": (entry + ["hook", "claude-code"], PAYLOAD),
    }


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    scratch = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:1/0", "USAGE_PATTERNS_MEMORY_DIR": str(scratch / "memory"),
           "USAGE_PATTERNS_SPOOL_DIR": str(scratch / "spool")}
    samples: dict[str, list[float]] = {name: [] for name in commands()}
    for _ in range(runs):
        for name, (argv, stdin) in commands().items():
            started = time.perf_counter()
            done = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, cwd=REPO)
            samples[name].append((time.perf_counter() - started) * 1000)
            if done.returncode != 0:
                raise SystemExit(f"{name} exited {done.returncode}: {done.stderr.strip()}")
    base = statistics.median(samples["python -c pass"])
    print(f"CLI startup, {runs} interleaved runs each (ms; Redis away for the hook)")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"  {name:<34} min {min(values):7.1f}   median {median:7.1f}   (+{median - base:6.1f} over python -c pass)")


if __name__ == "__main__":
    main()
