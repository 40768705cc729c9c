"""The core's types are checked, not just written: `mypy --strict` is clean on worker and producers."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_strict_is_clean_on_worker_and_producers() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "worker", "producers"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
