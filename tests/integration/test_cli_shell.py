"""The shell itself: lazy imports, --version, help on every option, env-bound shared options."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import pytest

from tests.conftest import REPO, cli
from usage_patterns.cli import cli as group
from usage_patterns.cli import main

HEAVY = ("redis", "rq", "yaml", "structlog", "worker.storage", "producers.checker")


def modules_loaded_by(argv: list[str], env: dict[str, str] | None = None) -> set[str]:
    """Run the console script's entry function in a fresh interpreter; report which heavy modules it imported."""
    code = ("import sys, json\nfrom usage_patterns.__main__ import main\n"
            f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
            f"sys.stderr.write(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env={**os.environ, **(env or {})})
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [["--help"], [], ["--version"], ["status", "--help"], ["patterns", "export", "--help"],
                                  ["hook", "--help"]])
def test_help_and_version_import_neither_redis_nor_rq(argv):
    assert modules_loaded_by(argv) == set()


def test_python_importtime_shows_no_redis_for_help():
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "usage_patterns", "--help"], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    assert done.returncode == 0 and "Commands:" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "click" in imported and not imported & {"redis", "rq"}


def test_a_command_imports_what_it_needs_and_no_more():
    # templates is pure: no Redis client, no RQ
    assert modules_loaded_by(["templates"]) == set()


def test_every_option_of_every_command_has_help_text():
    def walk(command: click.Command, path: str):
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}")

    missing = [f"{path} {param.name}" for path, command in walk(group, "usage-patterns")
               for param in command.params if isinstance(param, click.Option) and not param.hidden and not param.help]
    assert missing == []
    assert {"classify", "record", "replay", "templates", "patterns", "check", "context", "maintain", "status", "hook",
            "demo"} <= set(group.commands)


def test_version_is_the_installed_one(capsys):
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"usage-patterns {version('usage-patterns')}"


def test_shared_options_override_the_environment(env, tmp_path):
    """--redis-url on the command line wins over REDIS_URL: an unreachable one makes a Redis command exit 1."""
    done = cli("patterns", "list", "--redis-url", "redis://127.0.0.1:1/0", env=env)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert done.stderr.startswith("usage-patterns: error: cannot reach Redis at redis://127.0.0.1:1/0")
    assert cli("patterns", "list", "--json", env=env).returncode == 0  # the environment's own Redis answers


def test_memory_dir_option_reaches_the_snapshot_fallback(env, tmp_path):
    """With Redis away, check reads the snapshot of --memory-dir (the option, not the environment)."""
    learned = tmp_path / "other" / "learned"
    learned.mkdir(parents=True)
    (learned / "usage_patterns.yaml").write_text(
        "usage_patterns:\n- id: p1\n  tool: git_push\n  error_category: MISSING_PREREQUISITE\n  confidence: 0.97\n"
        "  observations: 200\n  root_cause: push before commit\n"
        "  mistake_pattern: {missing_step: git_commit, error_template: nothing to push}\n")
    done = cli("check", "--tool", "git_push", "--recent", "[]", "--json", "--memory-dir", str(tmp_path / "other"),
               env={**env, "REDIS_URL": "redis://127.0.0.1:1/0"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["decision"] == "block"
