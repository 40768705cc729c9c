"""`python -m worker.supervise COMMAND…`: the Procfile's restart loop around each `rq worker`.

rq 3's worker reconnects by itself while it waits for a job, but a Redis that dies while a job
runs (or while RQ records its outcome) makes the worker exit 1; a worker can also be killed
(OOM, SIGKILL). Under honcho one exited process stops them all, so each worker line runs here:

- a worker that exits non-zero after running for a while is started again (1 s later, doubling
  while it keeps dying quickly, at most 30 s); its abandoned job is re-run by RQ's registry
  cleanup (see `worker.rq_worker`) and counts once;
- a worker that fails QUICK_FAILURES times in a row within QUICK_SECONDS of starting (a wrong
  password, a bad setting, Redis unreachable at start) is not restarted: the supervisor exits
  with its code, loudly, as the worker alone would;
- exit 0 is restarted too: after "found an unhandled exception, quitting" (Redis gone mid-job) rq 3
  exits 0 when Redis is back in time for its teardown, 1 otherwise. To stop a worker, stop its
  supervisor: SIGTERM is passed to the worker
  (RQ's warm shutdown) and the supervisor exits with the worker's code. SIGINT is not passed on:
  Ctrl-C in a terminal reaches the worker itself (same process group), and a second signal would
  make RQ kill the running job (cold shutdown). For the same reason, under systemd use
  `KillMode=mixed` (SIGTERM to the supervisor only).

Each restart is one JSON line on stderr (`worker_restarting`, with the exit code).
"""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from types import FrameType
from typing import Sequence

import structlog

QUICK_SECONDS = 10.0
QUICK_FAILURES = 3
FIRST_DELAY = 1.0
MAX_DELAY = 30.0


def _say(event: str, level: str = "info", **fields: object) -> None:
    """One line of the workers' JSON-lines stream (worker.logs: the same fields and renderer)."""
    getattr(structlog.get_logger("usage_patterns.supervise"), level)(event, **fields)


def _code(returncode: int) -> int:
    return 128 - returncode if returncode < 0 else returncode  # killed by signal N: 128 + N, as a shell says


def supervise(command: Sequence[str]) -> int:
    from .logs import configure_logging

    configure_logging(json_lines=True)
    stopping = threading.Event()
    child: list[subprocess.Popen[bytes]] = []

    def forward(signum: int, frame: FrameType | None) -> None:
        stopping.set()
        if signum == signal.SIGTERM and child and child[0].poll() is None:
            child[0].send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)  # stop restarting; the worker got Ctrl-C itself
    quick = 0
    while True:
        started = time.monotonic()
        child[:] = [subprocess.Popen(list(command))]
        _say("worker_started", pid=child[0].pid)
        code = _code(child[0].wait())
        if stopping.is_set():
            return code
        ran = time.monotonic() - started
        quick = quick + 1 if ran < QUICK_SECONDS else 0
        if quick >= QUICK_FAILURES:
            _say("worker_not_restarted", "error", exit_code=code, reason=f"failed {quick} times within {QUICK_SECONDS:.0f} s of starting")
            return code
        delay = min(MAX_DELAY, FIRST_DELAY * 2 ** quick)
        _say("worker_restarting", "warning", exit_code=code, ran_seconds=round(ran, 1), delay_seconds=delay)
        if stopping.wait(delay):
            return code


def main(argv: Sequence[str] | None = None) -> int:
    command = list(sys.argv[1:] if argv is None else argv)
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        print("usage: python -m worker.supervise COMMAND [ARG...]", file=sys.stderr)
        return 2
    return supervise(command)


if __name__ == "__main__":
    sys.exit(main())
