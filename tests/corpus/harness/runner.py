"""Runs a ``Case`` for real and turns what the tool printed into a ``Row``.

A ``Run`` is one batch's execution context: its sandbox, normaliser, base environment and the
capabilities found on this machine. ``Run.case(...)`` runs a case at once (batches whose cases
share set-up state); ``Run.run_all(cases)`` runs a registry, each case in a fresh work dir.
"""
from __future__ import annotations

import os
import resource
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from .normalise import ANSI, Normaliser
from .rows import Case, Cases, Row, make_row
from .sandbox import NOBODY, Sandbox

LIMITS = {"as": resource.RLIMIT_AS, "nofile": resource.RLIMIT_NOFILE}


def substitute(obj: Any, values: Mapping[str, object]) -> Any:
    """``{NAME}`` placeholders (ports, paths) replaced inside strings, dicts and lists."""
    if isinstance(obj, str):
        for key, value in values.items():
            obj = obj.replace("{" + key + "}", str(value))
        return obj
    if isinstance(obj, dict):
        return {k: substitute(v, values) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [substitute(v, values) for v in obj]
    return obj


def pick_message(stream: str, out: str, err: str) -> str:
    """stderr (stdout when stderr is empty); both for ``curl --fail-with-body``; or stdout only."""
    if stream == "both":
        return (out.rstrip() + "\n" + err).strip()
    if stream == "stdout":
        return out
    return err if err.strip() else out


def _preexec(limits: Mapping[str, int] | None) -> Callable[[], None] | None:
    if not limits:
        return None

    def apply() -> None:
        for name, value in limits.items():
            resource.setrlimit(LIMITS[name], (value, value))
    return apply


@dataclass
class Run:
    """One batch's execution context; ``rows`` collects what the cases produced."""

    sandbox: Sandbox
    normaliser: Normaliser
    env: Mapping[str, str]
    caps: Mapping[str, bool]
    name: str
    cwd: str | None = None
    keep_success: bool = False  # a zero exit still makes a row (with a warning)
    values: dict[str, object] = field(default_factory=dict)  # placeholders for registry cases
    pythons: list[str] = field(default_factory=lambda: [sys.executable])  # shown as "python"
    setup_timeout: float = 120
    rows: list[Row] = field(default_factory=list)

    def note(self, text: str) -> None:
        print(f"[{self.name}] {text}", file=sys.stderr)

    def groups(self, groups: Sequence[Callable[[Run, Sandbox], None]], only: str | None = None) -> list[Row]:
        """Run each group of cases (only those named in the comma list `only`, when given), timing
        each; a group that raises is noted and the rest still run: one broken family loses no other."""
        wanted = set(only.split(",")) if only else None
        for group in groups:
            if wanted is not None and group.__name__ not in wanted:
                continue
            started = time.monotonic()
            try:
                group(self, self.sandbox)
            except Exception as exc:
                self.note(f"{group.__name__} aborted: {exc!r}"[:400])
            self.note(f"{group.__name__}: {time.monotonic() - started:.0f}s, {len(self.rows)} rows so far")
        return self.rows

    def case(self, tool: str, params: Mapping[str, Any], command: str | Sequence[str], label: str,
             **options: Any) -> Row | None:
        """Define and run one case now (the same signature as ``Cases.case``)."""
        return self.execute(Case(tool, params, command, label, **options))

    def run_all(self, cases: Cases) -> list[Row]:
        """Run a registry, case N in ``caseNNN/work`` (its ``..`` is private to it)."""
        for idx, c in enumerate(cases):
            self.execute(c, workdir=self.sandbox.path(f"case{idx:03d}", "work"))
        return self.rows

    def _missing(self, c: Case, argv: Sequence[str], env: Mapping[str, str]) -> str | None:
        bins = list(c.needs) + ([] if isinstance(c.command, str) else [argv[0]])
        missing = [b for b in bins if shutil.which(b, path=env.get("PATH")) is None]
        if missing:
            return f"{', '.join(missing)} not installed"
        for wanted, cap in ((c.service, c.service), (c.ro_mount, "unshare"), (c.nobody, "setpriv")):
            if wanted and not self.caps.get(str(cap)):
                return f"{cap} not available"
        return None

    def _shown(self, c: Case, command: str | list[str]) -> str:
        shown = substitute(c.display, self.values) if c.display else (
            command if isinstance(command, str) else shlex.join(command))
        for py in self.pythons:
            if shown.startswith(py + " "):
                shown = "python" + shown[len(py):]
        return self.normaliser.path(shown)

    def execute(self, c: Case, workdir: str | None = None) -> Row | None:
        values = dict(self.values, WORK=workdir) if workdir else self.values
        command = substitute(c.command, values)
        argv = ["bash", "-c", command] if isinstance(command, str) else list(command)
        env = dict(self.env)
        for key, value in substitute(dict(c.env), values).items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        why = self._missing(c, argv, env)
        if why:
            self.note(f"skip {c.tool}: {why}")
            return None
        if workdir:
            os.makedirs(workdir)
        cwd = substitute(c.cwd, values) if c.cwd else (workdir or self.cwd or self.sandbox.root)
        if c.setup:
            r = subprocess.run(["bash", "-c", "set -e\n" + substitute(c.setup, values)], cwd=cwd, env=env,
                               capture_output=True, text=True, timeout=self.setup_timeout)
            if r.returncode != 0:
                self.note(f"warn: setup failed for {c.tool}: {r.stderr.strip()[:300]}")
        shown = self._shown(c, command)
        if c.nobody:
            argv = [*NOBODY, "--", *argv]
        if c.ro_mount:
            d = shlex.quote(c.ro_mount)
            inner = f"mount --bind {d} {d} && mount -o remount,bind,ro {d} && exec {shlex.join(argv)}"
            argv = ["unshare", "-m", "--propagation", "private", "bash", "-c", inner]
        stdin = c.stdin.encode() if isinstance(c.stdin, str) else c.stdin
        try:
            proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, timeout=c.timeout, input=stdin,
                                  stdin=subprocess.DEVNULL if stdin is None else None,
                                  preexec_fn=_preexec(c.limits))
        except subprocess.TimeoutExpired:
            self.note(f"skip {c.tool}: timed out ({shown})")
            return None
        except OSError as exc:
            self.note(f"skip {c.tool}: {exc}")
            return None
        # a stream holding nothing but colour codes counts as empty when choosing the message
        out, err = (ANSI.sub("", proc.stdout.decode("utf-8", "replace")),
                    ANSI.sub("", proc.stderr.decode("utf-8", "replace")))
        message = self.normaliser(pick_message(c.stream, out, err))
        if proc.returncode == 0:
            if not (c.ok or self.keep_success):
                self.note(f"skip {c.tool}: exit 0 ({shown})")
                return None
            if not c.ok:
                self.note(f"warn: {c.tool} `{shown}` exited 0")
        if not message:
            self.note(f"skip {c.tool}: empty message ({shown})")
            return None
        if c.wrap:
            message = self.normaliser(c.wrap(proc.returncode, message))
        row = make_row(c.tool, self.normaliser.value(substitute(dict(c.params), values)), message, c.label,
                       source="cli", command=shown)
        self.rows.append(row)
        return row
