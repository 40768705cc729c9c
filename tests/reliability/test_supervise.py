"""The Procfile's restart loop (`python -m worker.supervise`) with real child processes: a worker
that exits after running (0, 1 or killed) is started again, one that keeps failing at start is
given up on with its exit code, and SIGTERM reaches the worker once and ends the loop."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, wait_for
from worker import supervise


# A child that fails at once must look quick even when a loaded machine takes a second to start
# Python; one that ran must not: wide margins, not a tight timing assumption.
QUICK, RAN = 2.0, 2.5


def _child(starts: Path, body: str) -> list[str]:
    """A child that notes each start in `starts`, then runs `body` (n = this start's number)."""
    return [sys.executable, "-c", f"import sys, time\nRAN = {RAN}\nwith open({str(starts)!r}, 'a') as f: f.write('x')\n"
                                  f"n = len(open({str(starts)!r}).read())\n{body}"]


def test_a_worker_that_exits_after_running_is_started_again_whatever_its_code(tmp_path, monkeypatch):
    """rq 3 exits 0 or 1 after an unhandled exception (Redis gone mid-job), 137 when SIGKILLed: each
    is restarted; only failing again and again right at start ends the loop."""
    monkeypatch.setattr(supervise, "QUICK_SECONDS", QUICK)
    monkeypatch.setattr(supervise, "FIRST_DELAY", 0.01)
    starts = tmp_path / "starts"
    body = "if n <= 3:\n    time.sleep(RAN)\n    sys.exit([1, 0, 1][n - 1])\nsys.exit(3)"
    code = supervise.supervise(_child(starts, body))
    assert code == 3 and len(starts.read_text()) == 3 + supervise.QUICK_FAILURES


def test_a_worker_that_keeps_failing_at_start_is_given_up_on_with_its_code(tmp_path, monkeypatch):
    monkeypatch.setattr(supervise, "FIRST_DELAY", 0.01)
    starts = tmp_path / "starts"
    code = supervise.supervise(_child(starts, "sys.exit(3)"))  # e.g. a wrong password
    assert code == 3 and len(starts.read_text()) == supervise.QUICK_FAILURES


def test_a_killed_worker_counts_as_a_signal_exit_and_is_restarted(tmp_path, monkeypatch):
    monkeypatch.setattr(supervise, "QUICK_SECONDS", QUICK)
    monkeypatch.setattr(supervise, "FIRST_DELAY", 0.01)
    starts = tmp_path / "starts"
    body = "import os, signal\nif n == 1:\n    time.sleep(RAN)\n    os.kill(os.getpid(), signal.SIGKILL)\nsys.exit(4)"
    assert supervise.supervise(_child(starts, body)) == 4 and len(starts.read_text()) == 1 + supervise.QUICK_FAILURES


def test_sigterm_reaches_the_worker_once_and_the_supervisor_exits_with_its_code(tmp_path):
    seen, ready = tmp_path / "signals", tmp_path / "ready"
    body = (f"import signal\ndef on(s, f):\n    open({str(seen)!r}, 'a').write('T')\n    sys.exit(0)\n"
            f"signal.signal(signal.SIGTERM, on)\nopen({str(ready)!r}, 'w').close()\ntime.sleep(120)")
    process = subprocess.Popen([sys.executable, "-m", "worker.supervise", *_child(tmp_path / "starts", body)],
                               cwd=REPO, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(ready.exists, timeout=30, message="the worker to start")
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert seen.read_text() == "T"
    assert "worker_restarting" not in (process.stderr.read() if process.stderr else "")
