"""Shared fixtures. Tests that need a real Redis use REDIS_URL when set, else the local server
on 127.0.0.1:6379, else a throwaway `redis-server` they start; with no server at all they fail
with a message, never skip. Every test gets its own key prefix, queue names, memory and spool
dirs, and deletes only the keys it created."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from redis import Redis

REPO = Path(__file__).resolve().parent.parent
TEST_DB = int(os.environ.get("USAGE_PATTERNS_TEST_DB", "11"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_redis_server(port: int, directory: Path) -> subprocess.Popen:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("no Redis: set REDIS_URL, run a server on 127.0.0.1:6379, or install redis-server "
                    "(Debian: apt-get install redis-server)")
    process = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                "--dir", str(directory)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            return process
        except Exception:
            time.sleep(0.05)
    process.kill()
    pytest.fail(f"redis-server did not start on port {port}")


def _answers(url: str) -> bool:
    try:
        return bool(Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except Exception:
        return False


@pytest.fixture(scope="session")
def redis_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real Redis (no db part chosen by us if REDIS_URL is given)."""
    if os.environ.get("REDIS_URL"):
        url = os.environ["REDIS_URL"]
        if not _answers(url):
            pytest.fail(f"REDIS_URL={url} does not answer")
        yield url
        return
    local = f"redis://127.0.0.1:6379/{TEST_DB}"
    if _answers(local):
        yield local
        return
    port = free_port()
    process = start_redis_server(port, tmp_path_factory.mktemp("redis"))
    yield f"redis://127.0.0.1:{port}/{TEST_DB}"
    process.terminate()
    process.wait(10)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, redis_server_url: str) -> Iterator[dict[str, str]]:
    """This test's own Redis prefix, queues, memory and spool dirs, set in the environment."""
    tag = uuid.uuid4().hex[:10]
    values = {
        "REDIS_URL": redis_server_url,
        "USAGE_PATTERNS_KEY_PREFIX": f"test:{tag}:",
        "USAGE_PATTERNS_QUEUE": f"usage-events-{tag}",
        "USAGE_PATTERNS_MEMORY_DIR": str(tmp_path / "memory"),
        "USAGE_PATTERNS_SPOOL_DIR": str(tmp_path / "spool"),
        "PYTHONPATH": str(REPO),
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    yield values
    _delete_what_we_made(Redis.from_url(redis_server_url), tag)


def _delete_what_we_made(client: Redis, tag: str) -> None:
    """Our prefix, our queues and registries, and the RQ jobs (and results) whose origin is ours."""
    queues = {f"usage-events-{tag}", f"usage-events-{tag}-maintenance"}
    doomed = list(client.scan_iter(match=f"test:{tag}:*", count=1000))
    doomed += list(client.scan_iter(match=f"rq:*usage-events-{tag}*", count=1000))
    for key in client.scan_iter(match="rq:job:*", count=1000):
        if client.type(key) == b"hash" and (client.hget(key, "origin") or b"").decode() in queues:
            job_id = key.decode().split(":", 2)[2]
            doomed += [key, f"rq:results:{job_id}".encode()]
    for start in range(0, len(doomed), 500):
        client.delete(*doomed[start:start + 500])
    client.srem("rq:queues", *(f"rq:queue:{name}" for name in queues))


@pytest.fixture
def redis(env: dict[str, str]) -> Redis:
    return Redis.from_url(env["REDIS_URL"])


@pytest.fixture
def fake_redis() -> Redis:
    import fakeredis

    return fakeredis.FakeRedis()


def procfile_command(name: str) -> str:
    for line in (REPO / "Procfile").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {name!r} line in the Procfile")


class Processes:
    """Processes started from Procfile lines, stopped at the end of the test."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_dir = log_dir
        self.running: list[subprocess.Popen] = []

    def start(self, name: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
        """Output goes to a file, not a pipe: a pipe nobody reads fills up and stalls the worker."""
        bin_dir = str(Path(sys.executable).parent)
        environment = {**self.env, **(extra_env or {}), "PATH": f"{bin_dir}:{self.env.get('PATH', '')}"}
        log_path = self.log_dir / f"{name}-{len(self.running)}.log"
        with open(log_path, "w") as log:
            process = subprocess.Popen(["bash", "-c", f"exec {procfile_command(name)}"], cwd=REPO, env=environment,
                                       stdout=log, stderr=subprocess.STDOUT, text=True)
        process.log_path = log_path  # type: ignore[attr-defined]
        self.running.append(process)
        return process

    @staticmethod
    def output(process: subprocess.Popen) -> str:
        """Everything the process printed so far."""
        return Path(process.log_path).read_text(errors="replace")  # type: ignore[attr-defined]

    def stop_all(self) -> None:
        for process in self.running:
            if process.poll() is None:
                process.terminate()
        for process in self.running:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def processes(env: dict[str, str], tmp_path: Path) -> Iterator[Processes]:
    procs = Processes(env, tmp_path)
    yield procs
    procs.stop_all()


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.1, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


def cli(*args: str, env: dict[str, str], stdin: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the installed console script the way a shell hook would."""
    exe = Path(sys.executable).parent / "usage-patterns"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "usage_patterns.cli"]
    return subprocess.run(command + list(args), env={**os.environ, **env}, input=stdin, capture_output=True,
                          text=True, timeout=timeout, cwd=REPO)
