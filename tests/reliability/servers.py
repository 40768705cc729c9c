"""Throwaway `redis-server`s for the fault, auth and TLS tests: own port, own dir, own config,
so killing or reconfiguring one never touches the shared server."""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from redis import Redis

from tests.conftest import free_port


class RedisServer:
    def __init__(self, directory: Path, *args: str, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("no redis-server binary (Debian: apt-get install redis-server)")
        self.binary = binary
        self.directory = directory
        self.port = port or free_port()
        self.args = list(args)
        self.process: subprocess.Popen | None = None
        directory.mkdir(parents=True, exist_ok=True)

    def start(self, client: Redis | None = None) -> RedisServer:
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory),
                   "--save", "", *self.args]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        probe = client or Redis(port=self.port)
        for _ in range(200):
            try:
                probe.ping()
                return self
            except Exception as exc:
                if self.process.poll() is not None:
                    pytest.fail(f"redis-server exited: {self.process.stdout.read() if self.process.stdout else exc}")
                if "AUTH" in str(exc) or "NOAUTH" in str(exc) or "WRONGPASS" in str(exc):
                    return self  # it answers; the caller's client is what needs credentials
                time.sleep(0.05)
        self.stop()
        pytest.fail(f"redis-server did not answer on port {self.port}")

    def kill(self) -> None:
        """SIGKILL: no shutdown save, as a crash or OOM kill would leave it."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def files(self) -> list[Path]:
        """Everything the server wrote to disk (AOF, RDB)."""
        return [path for path in self.directory.rglob("*") if path.is_file()]


class LoggedProcess:
    """A Procfile line run as `processes` runs it, its output to a file (a pipe nobody reads
    fills at 64 KiB and stalls a busy worker)."""

    def __init__(self, name: str, env: dict[str, str], log: Path) -> None:
        import os
        import sys

        from tests.conftest import REPO, procfile_command

        self.log = log
        bin_dir = str(Path(sys.executable).parent)
        environment = {**os.environ, **env, "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}"}
        with open(log, "ab") as out:
            self.process = subprocess.Popen(["bash", "-c", f"exec {procfile_command(name)}"], cwd=REPO,
                                            env=environment, stdout=out, stderr=subprocess.STDOUT)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def poll(self) -> int | None:
        return self.process.poll()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
