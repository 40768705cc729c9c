"""What every benchmark shares: a throwaway `redis-server` on a free port (never a shared server,
so nothing here flushes or fills anyone else's data), a closed port and a hung listener for the
Redis-down cases, the machine line (cores, load average, Redis version, commit) printed with each
figure, a load-average sampler, percentiles, and the `--quick` flag (a smoke run: same code
paths, small sizes, figures not meant for the README)."""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from redis import Redis  # noqa: E402


def parse_args(doc: str | None, extra: Any = None) -> argparse.Namespace:
    """The bench's arguments; SIGTERM becomes SystemExit so the servers and workers it started stop."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0] if doc else None)
    parser.add_argument("--quick", action="store_true", help="smoke run: small sizes, figures not for the README")
    if extra is not None:
        extra(parser)
    return parser.parse_args()


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThrowawayRedis:
    """A `redis-server` of our own on a free port, no persistence, removed on exit."""

    def __init__(self, *args: str) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("benchmarks need a redis-server binary (Debian: apt-get install redis-server)")
        self.directory = Path(tempfile.mkdtemp(prefix="bench-redis-"))
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.directory), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.client = Redis(port=self.port)
        for _ in range(200):
            try:
                self.client.ping()
                break
            except Exception:
                if self.process.poll() is not None:
                    raise SystemExit(f"redis-server exited with {self.process.returncode}")
                time.sleep(0.05)
        else:
            self.stop()
            raise SystemExit(f"redis-server did not answer on port {self.port}")

    def version(self) -> str:
        return str(self.client.info("server")["redis_version"])

    def used_memory_mb(self) -> float:
        return int(self.client.info("memory")["used_memory"]) / 2**20

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> ThrowawayRedis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def closed_port() -> int:
    """A port nothing listens on (connections are refused at once): Redis down."""
    return free_port()


class HungListener:
    """A TCP listener that accepts connections and never answers: Redis hung (a stuck server, a
    black-holed proxy). Connections are held open until `close`."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port = int(self.sock.getsockname()[1])
        self.held: list[socket.socket] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.held.append(conn)
            except OSError:
                continue

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        for conn in self.held:
            conn.close()
        self.sock.close()


class LoadSampler:
    """The 1-minute load average, sampled every second while a figure is taken."""

    def __init__(self) -> None:
        self.samples: list[float] = [os.getloadavg()[0]]
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            self.samples.append(os.getloadavg()[0])

    def __enter__(self) -> LoadSampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.thread.join(2)
        self.samples.append(os.getloadavg()[0])

    def text(self) -> str:
        return f"load {min(self.samples):.1f}-{max(self.samples):.1f}"


def commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                               capture_output=True, text=True).stdout.strip()
        return head + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine_line(redis_version: str | None = None) -> str:
    """Cores, load average now, Python, Redis, commit: printed at the top of every benchmark."""
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    parts = [f"{os.cpu_count()} cores", f"load avg {load}", f"Python {platform.python_version()}"]
    if redis_version:
        parts.append(f"Redis {redis_version}")
    parts += [f"commit {commit()}", time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())]
    return "machine: " + ", ".join(parts)


def _status_mb(pid: int, field: str) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def rss_mb(pid: int) -> float:
    """Resident set size of a process now (Linux /proc)."""
    return _status_mb(pid, "VmRSS")


def peak_rss_mb(pid: int) -> float:
    """The process's high-water mark of resident memory (VmHWM)."""
    return _status_mb(pid, "VmHWM")


def _stat(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().rsplit(")", 1)[1].split()  # fields after the command name


def tree(pid: int) -> list[int]:
    """A process and its descendants (a Procfile line may be a supervisor around the worker)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parents.setdefault(int(_stat(int(entry))[1]), []).append(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += parents.get(current, [])
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes used so far."""
    total = 0
    for pid in pids:
        try:
            fields = _stat(pid)
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


def procfile_command(name: str) -> str:
    for line in (REPO / "Procfile").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise SystemExit(f"no {name!r} line in the Procfile")


def start_procfile(name: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """A Procfile line run as the Procfile runs it (bash, the venv's bin on PATH), output to a file."""
    bin_dir = str(Path(sys.executable).parent)
    environment = {**os.environ, **env, "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}"}
    with open(log, "ab") as out:
        return subprocess.Popen(["bash", "-c", f"exec {procfile_command(name)}"], cwd=REPO, env=environment,
                                stdout=out, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
