"""The CLI as the ecosystem's CLIs feel: help on every option and argument, --version, one error
prefix, --json on every command that prints data (its shape checked against a real Redis and a
real worker), values validated before anything runs."""
from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path
from typing import Iterator

import click
import pytest

from tests.conftest import cli, wait_for
from usage_patterns.cli import cli as group
from usage_patterns.cli import main

# commands whose output is not data: protocols on stdio, a walkthrough for people, Prometheus text, a file
NOT_DATA = {"hook": "Claude Code's hook protocol on stdout", "mcp-proxy": "MCP on stdio",
            "demo": "a narrated walkthrough", "metrics": "Prometheus exposition text", "report": "writes an HTML file"}


def commands(command: click.Command = group, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from commands(sub, path + (name,))


LEAVES = [(path, command) for path, command in commands() if not isinstance(command, click.Group)]


def test_every_command_option_and_argument_has_help():
    missing = []
    for path, command in commands():
        where = " ".join(path) or "usage-patterns"
        if not (command.help or "").strip():
            missing.append(f"{where}: no help text")
        for param in command.params:
            if isinstance(param, click.Option) and not (param.help or "").strip():
                missing.append(f"{where} {param.opts[0]}: no help")
            if isinstance(param, click.Argument) and not {(param.name or "").upper(), param.human_readable_name} & set(
                    re.findall(r"[A-Z_]{2,}", command.help or "")):
                missing.append(f"{where} {(param.name or '').upper()}: the help never says what it is")
    assert missing == []


def test_every_command_that_prints_data_has_json():
    without = [" ".join(path) for path, command in LEAVES
               if path[0] not in NOT_DATA and not any(p.name == "as_json" for p in command.params)]
    assert without == []


def test_version_and_help_exit_0(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"usage-patterns {version('usage-patterns')}\n"
    for path, _ in LEAVES:
        assert main([*path, "--help"]) == 0, path
        assert "Usage: usage-patterns" in capsys.readouterr().out


@pytest.mark.parametrize("args, phrase", [
    (["patterns", "list", "--min-confidence", "1.5"], "--min-confidence must be between 0 and 1, got 1.5"),
    (["patterns", "list", "--min-confidence", "nan"], "--min-confidence must be between 0 and 1"),
    (["patterns", "export", "--min-confidence", "-0.1"], "--min-confidence must be between 0 and 1"),
    (["context", "--min-confidence", "2"], "--min-confidence must be between 0 and 1"),
    (["context", "--top", "0"], "--top"),
    (["patterns", "list", "--min-confidence", "high"], "'high' is not a valid float"),
    (["maintain", "--now", "last tuesday"], "--now: 'last tuesday' is not an ISO 8601 time"),
    (["patterns", "audit", "--limit", "0"], "--limit"),
    (["patterns", "delete", "x", "--actor", ""], "--actor must be a name"),
    (["patterns", "show"], "Missing argument 'ID'"),
    (["nosuchcommand"], "No such command"),
])
def test_bad_values_are_one_prefixed_line_and_exit_2_even_with_redis_away(capsys, monkeypatch, args, phrase):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")  # validated before any connection is tried
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("usage-patterns: error: ") and phrase in err
    assert "usage-patterns: usage-patterns" not in err and err.count("error:") == 1


def test_an_unreachable_redis_is_exit_1_with_the_same_prefix(env):
    done = cli("patterns", "list", "--json", env={**env, "REDIS_URL": "redis://127.0.0.1:1/0"})
    assert done.returncode == 1 and done.stdout == ""
    assert re.fullmatch(r"usage-patterns: error: cannot reach Redis at redis://127\.0\.0\.1:1/0 \(\w+\)\n", done.stderr)


def test_json_shapes_of_every_data_command_against_a_real_worker(env, processes, tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps({"event_id": f"j-{i}", "tool": "git_checkout", "params": {"ref": "feat-x"},
                                          "ok": False, "error": "error: pathspec 'feat-x' did not match any file(s) known to git"})
                              + "\n" for i in range(10)))
    processes.start("worker")

    def data(*args: str, stdin: str | None = None) -> object:
        done = cli(*args, env=env, stdin=stdin)
        assert done.returncode == 0, (args, done.stderr)
        return json.loads(done.stdout)

    assert data("replay", str(events), "--json") == {"events": 10, "queued": 10, "spooled": 0}
    recorded = data("record", "--tool", "git_checkout", "--params", '{"ref": "feat-x"}', "--error",
                    "error: pathspec 'feat-x' did not match any file(s) known to git", "--json")
    assert set(recorded) == {"event_id", "queued", "spooled"} and recorded["queued"] is True
    listed = wait_for(lambda: [p for p in data("patterns", "list", "--json") if p["observations"] == 11],
                      timeout=90, message="the worker learned 11 observations")
    [pattern] = listed
    assert {"id", "tool", "error_category", "mistake_pattern", "confidence", "observations", "prevention_steps",
            "first_seen", "last_seen"} <= set(pattern)
    shown = data("patterns", "show", pattern["id"], "--json")
    assert shown["id"] == pattern["id"] and "prevention_success_rate" in shown

    classified = data("classify", "--tool", "git_checkout", "--error", "error: pathspec 'x' did not match", "--json")
    assert {"is_usage_error", "error_category", "confidence", "learnable", "evidence"} <= set(classified)
    explained = data("rules", "explain", "--tool", "t", "--error", "Connection refused", "--json")
    assert isinstance(explained, dict) and explained
    assert data("rules", "test", "--json") == []  # no user packs in this memory dir
    assert data("templates", "--json", stdin="a 1\na 2\n") == [{"message": "a 1", "template": "a <*>"},
                                                               {"message": "a 2", "template": "a <*>"}]
    checked = data("check", "--tool", "git_checkout", "--params", '{"ref": "feat-x"}', "--json")
    assert {"decision", "should_block", "warnings", "preventions", "patterns_matched", "suggestions"} <= set(checked)
    context = data("context", "--min-confidence", "0.7", "--json")
    assert context["patterns"] == [pattern["id"]] and pattern["tool"] in context["text"]
    maintained = data("maintain", "--dry-run", "--json")
    assert maintained["dry_run"] is True and {"decayed", "pruned", "patterns_after"} <= set(maintained["totals"])
    status = data("status", "--json")
    assert {"queues", "workers", "schedulers", "spool", "maintenance", "rules", "patterns"} <= set(status)
    assert data("failed", "list", "--json") == []
    exported = data("patterns", "export", "--json")
    assert [p["id"] for p in exported["usage_patterns"]] == [pattern["id"]] and exported["exported_from"]
    assert data("patterns", "audit", "--json") == []
    imported = data("patterns", "import", str(_write(tmp_path / "e.json", json.dumps(exported))), "--json")
    assert imported["unchanged"] == [pattern["id"]] and imported["imported"] == 1
    deleted = data("patterns", "delete", pattern["id"], "--json")
    assert deleted["deleted"] == pattern["id"] and deleted["snapshot_refreshed"] is True
    assert [e["action"] for e in data("patterns", "audit", "--json")] == ["delete", "import"]
    assert data("failed", "requeue", "--all", "--json") == {"jobs": 0, "dead_letters": 0, "spooled": 0}


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path
