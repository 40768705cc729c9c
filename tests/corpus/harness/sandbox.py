"""The scratch directory a batch runs in, and what this machine can do (root, mounts, services).

Nothing here names a machine path: interpreters come from ``sys.executable`` and ``shutil.which``,
the scratch directory from ``tempfile``.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from typing import Mapping, Sequence

from .servers import port_open

NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")


class Sandbox:
    """A private temporary directory (its real path, so messages can be normalised), removed on close."""

    def __init__(self, prefix: str, env: Mapping[str, str] | None = None) -> None:
        self.root = os.path.realpath(tempfile.mkdtemp(prefix=prefix))
        os.chmod(self.root, 0o755)
        self.env: dict[str, str] = dict(os.environ if env is None else env)
        self.strict = False  # set-up failures raise (a broken family stops) instead of being ignored

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        subprocess.run(["chmod", "-R", "u+rwX", self.root], capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def path(self, *parts: str) -> str:
        return os.path.join(self.root, *parts)

    def mkdir(self, *parts: str) -> str:
        path = self.path(*parts)
        os.makedirs(path, exist_ok=True)
        return path

    def write(self, path: str, text: str | bytes, mode: int | None = None) -> str:
        """Write a file (relative paths are under the scratch dir); returns its absolute path."""
        path = path if os.path.isabs(path) else self.path(path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb" if isinstance(text, bytes) else "w") as fh:
            fh.write(text)
        if mode is not None:
            os.chmod(path, mode)
        return path

    def sh(self, cmd: str | Sequence[str], cwd: str | None = None, env: Mapping[str, str] | None = None,
           check: bool | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
        """A set-up step (a shell line or an argv), quiet; ``check`` (default: ``strict``) raises on failure."""
        cp = subprocess.run(cmd if isinstance(cmd, str) else list(cmd), shell=isinstance(cmd, str),
                            cwd=cwd or self.root, env={**self.env, **(env or {})}, capture_output=True,
                            text=True, timeout=30, input=input)
        if (self.strict if check is None else check) and cp.returncode != 0:
            raise RuntimeError(f"setup failed: {cmd}: {cp.stderr or cp.stdout}")
        return cp

    def git_repo(self, path: str, files: Mapping[str, str | bytes] | None = None, *,
                 message: str = "initial import", identity: tuple[str, str] | None = None) -> str:
        """A repository on branch main with ``files`` committed (``identity``: (name, email) in its config)."""
        path = path if os.path.isabs(path) else self.path(path)
        os.makedirs(path, exist_ok=True)
        self.sh("git init -q -b main", cwd=path)
        if identity:
            self.sh(["git", "config", "user.email", identity[1]], cwd=path)
            self.sh(["git", "config", "user.name", identity[0]], cwd=path)
        for rel, text in (files or {"app.py": "def main():\n    return 1\n"}).items():
            self.write(os.path.join(path, rel), text)
        self.sh(["git", "add", "-A"], cwd=path)
        self.sh(["git", "commit", "-q", "-m", message], cwd=path)
        return path


def tool_env(box: Sandbox, email: str, path_prefix: str | None = None) -> dict[str, str]:
    """A clean environment for running tools (not this process's): a private HOME with a fixed git
    identity, no colours or prompts, npm and cargo quiet and offline-friendly."""
    home = box.mkdir("home")
    orig_home = os.path.expanduser("~")
    with open(os.path.join(home, ".gitconfig"), "w") as f:
        f.write(f"[user]\n\tname = Corpus Agent\n\temail = {email}\n"
                "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n")
    path = os.environ.get("PATH", "/usr/bin:/bin")
    return {
        "PATH": f"{path_prefix}:{path}" if path_prefix else path,
        "HOME": home,
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_TERMINAL_PROMPT": "0",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "npm_config_update_notifier": "false",
        "npm_config_fund": "false",
        "npm_config_audit": "false",
        "npm_config_cache": box.path("npm-cache"),
        "RUSTUP_HOME": os.environ.get("RUSTUP_HOME", os.path.join(orig_home, ".rustup")),
        "CARGO_HOME": os.environ.get("CARGO_HOME", os.path.join(orig_home, ".cargo")),
        "CARGO_NET_OFFLINE": "true",
        "PGCONNECT_TIMEOUT": "5",
    }


def have(*tools: str, path: str | None = None) -> bool:
    """Every one of ``tools`` is on PATH (or on ``path``)."""
    return all(shutil.which(tool, path=path) is not None for tool in tools)


def can_setpriv() -> bool:
    """Root with setpriv: permission cases can drop to uid 65534."""
    return os.geteuid() == 0 and have("setpriv")


def can_unshare(probe_dir: str) -> bool:
    """``unshare -m`` may mount (read-only bind mounts, tiny tmpfs)."""
    os.makedirs(probe_dir, exist_ok=True)
    try:
        r = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                            f"mount -t tmpfs -o ro x {shlex.quote(probe_dir)}"], capture_output=True, timeout=10)
        return r.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
    finally:
        os.rmdir(probe_dir)


def capabilities(probe_dir: str) -> dict[str, bool]:
    """Local services and privileges the cases may need (``Case.service`` and friends)."""
    return {
        "redis": have("redis-cli") and port_open("127.0.0.1", 6379),
        "postgres": have("psql") and port_open("127.0.0.1", 5432),
        "mariadb": have("mariadb") and port_open("127.0.0.1", 3306),
        "setpriv": can_setpriv(),
        "unshare": can_unshare(probe_dir),
    }


def as_nobody(argv: Sequence[str]) -> list[str]:
    return [*NOBODY, *argv]


def ro_bind(path: str, inner: str) -> str:
    """A shell line running ``inner`` with ``path`` bind-mounted read-only in a private namespace."""
    q = shlex.quote(path)
    return f"unshare -m sh -c {shlex.quote(f'mount --bind {q} {q} && mount -o remount,bind,ro {q} {q} && {inner}')}"


def tiny_fs(path: str, inner: str, size: str = "64k") -> str:
    """A shell line running ``inner`` with a tiny tmpfs on ``path`` (real ENOSPC)."""
    q = shlex.quote(path)
    return f"unshare -m sh -c {shlex.quote(f'mount -t tmpfs -o size={size} tmpfs {q} && {inner}')}"


def python_with(module: str) -> str | None:
    """An interpreter that can import ``module``: this one, the base one of a venv, or python3 on PATH."""
    for cand in (sys.executable, os.path.join(sys.base_prefix, "bin", "python3"), shutil.which("python3") or ""):
        if cand and os.path.exists(cand):
            if subprocess.run([cand, "-c", f"import {module}"], capture_output=True).returncode == 0:
                return cand
    return None


def interpreter_bin() -> str:
    """The directory of the running interpreter (a venv's console scripts such as ``rq`` live there)."""
    return os.path.dirname(sys.executable)
