"""REDIS_URL with an ACL user and password, and rediss:// with a self-signed certificate made here:
record → the Procfile's worker → a pattern, end to end. A wrong password stops the worker at start."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from redis import Redis

from tests.conftest import cli, free_port, wait_for
from tests.reliability.servers import LoggedProcess, RedisServer
from worker.storage import UsagePatternStorage


def _record_and_learn(env: dict[str, str], url: str, tmp_path: Path) -> None:
    own = {**env, "REDIS_URL": url}
    for ref in ("feature-a", "feature-b"):
        done = cli("record", "--tool", "git_checkout", "--params", json.dumps({"ref": ref}),
                   "--error", f"error: pathspec '{ref}' did not match any file(s) known to git", env=own)
        assert done.returncode == 0 and "queued" in done.stdout, done.stdout + done.stderr
    worker = LoggedProcess("worker", own, tmp_path / "worker.log")
    try:
        store = UsagePatternStorage(Redis.from_url(url), env["USAGE_PATTERNS_KEY_PREFIX"])
        wait_for(lambda: store.counters().get("events", 0) >= 2 or worker.poll() is not None, timeout=60,
                 message="2 events through the worker")
        assert worker.poll() is None, worker.output()
        [pattern] = store.list_patterns()
        assert (pattern["tool"], pattern["observations"]) == ("git_checkout", 2)
    finally:
        worker.stop()


def test_an_acl_user_with_a_password_works_end_to_end_and_a_wrong_one_fails_at_start(env, tmp_path):
    server = RedisServer(tmp_path / "redis", "--requirepass", "admin-pw",
                         "--user", "agent", "on", ">agent-pw", "~*", "&*", "+@all").start()
    try:
        _record_and_learn(env, f"redis://agent:agent-pw@127.0.0.1:{server.port}/0", tmp_path)
        wrong = LoggedProcess("worker", {**env, "REDIS_URL": f"redis://agent:wrong@127.0.0.1:{server.port}/0"},
                              tmp_path / "wrong.log")
        try:
            wait_for(lambda: wrong.poll() is not None, timeout=60, message="the worker to refuse a wrong password")
        finally:
            wrong.stop()
        assert wrong.poll() != 0
        assert "WRONGPASS" in wrong.output() or "invalid username-password" in wrong.output()
    finally:
        server.stop()


def _self_signed(directory: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("no openssl binary to make a test certificate (Debian: apt-get install openssl)")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


def test_rediss_with_a_self_signed_certificate_works_end_to_end(env, tmp_path):
    cert, key = _self_signed(tmp_path)
    port = free_port()
    url = f"rediss://127.0.0.1:{port}/0?ssl_cert_reqs=required&ssl_ca_certs={cert}"
    server = RedisServer(tmp_path / "redis", "--port", "0", "--tls-port", str(port), "--tls-cert-file", str(cert),
                         "--tls-key-file", str(key), "--tls-ca-cert-file", str(cert), "--tls-auth-clients", "no",
                         port=port).start(Redis.from_url(url))
    try:
        with pytest.raises(Exception):  # the port speaks TLS only
            Redis(port=port, socket_timeout=2).ping()
        _record_and_learn(env, url, tmp_path)
    finally:
        server.stop()
