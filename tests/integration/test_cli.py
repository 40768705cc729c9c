"""The CLI contract: JSON with --json, exit 0 on success, 2 with one line on stderr for bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from usage_patterns.cli import main
from worker.events import Event
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def learned(env, redis) -> UsagePatternStorage:
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    learner = UsagePatternLearner(store)
    for i in range(12):
        learner.analyze_result(Event(tool="git_checkout", params={"ref": f"feat-{i}"}, ok=False,
                                     error=f"error: pathspec 'feat-{i}' did not match any file(s) known to git"))
    # a missing operand with nothing given: no evidence to learn from (one given value would be: test_prevention_generalises)
    learner.analyze_result(Event(tool="cp", params={}, ok=False, error="cp: missing file operand"))
    return store


@pytest.mark.parametrize("args, message", [
    (["classify", "--tool", "t", "--params", "{not json", "--error", "x"], "--params is not valid JSON"),
    (["classify", "--tool", "t", "--params", "[1]", "--error", "x"], "--params must be a JSON object"),
    (["record", "--tool", "t", "--params", "{}"], "exactly one of --error or --result"),
    (["record", "--tool", "bad tool!", "--error", "x"], "bad tool name"),
    (["check", "--tool", "t", "--recent", "{}"], "--recent must be a JSON array"),
    (["patterns", "show"], "Missing argument 'ID'"),
    (["patterns", "frobnicate"], "No such command"),
    (["replay", "/nonexistent.jsonl"], "no such file"),
    (["nosuchcommand"], "No such command"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, env, args, message):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_classify_prints_the_classification_with_its_evidence(capsys, env):
    code, out, _ = run(capsys, "classify", "--tool", "bonfire_deploy", "--params", '{"image_tag": "74ec56e"}',
                       "--error", "manifest unknown", "--json")
    result = json.loads(out)
    assert code == 0 and result["error_category"] == "PARAMETER_FORMAT"
    assert result["evidence"]["parameter"] == "image_tag" and result["evidence"]["rule"] == "default:short-sha-manifest-unknown"
    code, out, _ = run(capsys, "classify", "--tool", "x", "--error", "Connection refused")
    assert out.startswith("infrastructure/network")


def test_templates_prints_one_template_per_input_line_in_order(capsys, env, monkeypatch):
    import io

    lines = ["Deleting block blk_123 file /data/1", "Deleting block blk_456 file /data/2", "Served block blk_9 to /10.0.0.1"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = run(capsys, "templates")
    printed = out.splitlines()
    assert code == 0 and len(printed) == 3 and printed[0] == printed[1] != printed[2]


def test_patterns_list_show_export_delete(capsys, env, learned):
    code, out, _ = run(capsys, "patterns", "list", "--json")
    [pattern] = json.loads(out)
    assert pattern["observations"] == 12 and pattern["confidence"] == pytest.approx(0.7598, abs=0.001)
    code, out, _ = run(capsys, "patterns", "list")
    assert "git_checkout" in out and pattern["id"] in out
    code, out, _ = run(capsys, "patterns", "show", pattern["id"], "--json")
    assert json.loads(out)["prevention_success_rate"] is None
    code, out, _ = run(capsys, "patterns", "show", pattern["id"])
    assert "root_cause" in out
    code, out, _ = run(capsys, "patterns", "export", "--min-confidence", "0.95")
    assert yaml.safe_load(out)["usage_patterns"] == []
    code, out, _ = run(capsys, "patterns", "export", "--min-confidence", "0.75")
    assert [p["id"] for p in yaml.safe_load(out)["usage_patterns"]] == [pattern["id"]]
    assert (Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml").exists()
    assert run(capsys, "patterns", "delete", pattern["id"])[0] == 0
    code, _, err = run(capsys, "patterns", "delete", pattern["id"])
    assert code == 2 and "no pattern" in err


def test_a_malformed_import_changes_nothing(capsys, env, learned, tmp_path):
    before = learned.list_patterns()
    bad = tmp_path / "bad.yaml"
    bad.write_text("usage_patterns:\n  - {id: ok, tool: t, error_category: PARAMETER_FORMAT}\n  - {id: broken, tool: t}\n")
    code, _, err = run(capsys, "patterns", "import", str(bad))
    assert code == 2 and err.count("\n") == 1 and "missing error_category" in err
    assert learned.list_patterns() == before


def test_maintain_dry_run_and_status_report_what_ops_need(capsys, env, learned):
    code, out, _ = run(capsys, "maintain", "--dry-run", "--json", "--now", "2027-06-01T00:00:00")
    report = json.loads(out)
    assert code == 0 and report["dry_run"] and report["totals"]["pruned"] == 1
    assert learned.list_patterns()[0]["confidence"] == pytest.approx(0.7598, abs=0.001)
    code, out, _ = run(capsys, "maintain")
    assert code == 0 and "0 pruned" in out
    code, out, _ = run(capsys, "status", "--json")
    status = json.loads(out)
    assert status["redis"] == "ok" and status["maintenance"]["last"]["totals"]["pruned"] == 0
    assert status["patterns"]["total"] == 1
    assert status["patterns"]["events"]["not_learnable"] == 1
    assert env["USAGE_PATTERNS_QUEUE"] in status["queues"]
    code, out, _ = run(capsys, "status")
    assert "last maintenance:" in out and "patterns: 1" in out


def test_a_bad_now_is_bad_input(capsys, env):
    code, _, err = run(capsys, "maintain", "--now", "yesterday-ish")
    assert code == 2 and "--now" in err


def test_status_and_context_without_redis(capsys, env, monkeypatch, tmp_path):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    code, out, err = run(capsys, "status", "--json")
    assert code == 1 and json.loads(out)["redis"] == "unreachable" and "cannot reach Redis" in err
    code, _, err = run(capsys, "patterns", "list")
    assert code == 1 and "cannot reach Redis" in err
    code, out, _ = run(capsys, "context")
    assert code == 0 and out == ""


def test_context_prints_pitfalls(capsys, env, learned):
    code, out, _ = run(capsys, "context", "--min-confidence", "0.75", "--format", "text")
    assert code == 0 and out.startswith("KNOWN TOOL-USAGE PITFALLS") and "git_checkout" in out


def test_the_demo_runs_without_a_redis_server_and_writes_only_to_its_temp_dir(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    repo_snapshot = REPO / "memory" / "learned" / "usage_patterns.yaml"
    before = repo_snapshot.read_bytes() if repo_snapshot.exists() else None
    code, out, _ = run(capsys, "demo", "--memory-dir", str(tmp_path))
    assert code == 0
    assert "0.75   11x  bonfire_deploy_parameter_format_" in out
    assert "image_tag=0badc0d: warn" in out
    assert (tmp_path / "learned" / "usage_patterns.yaml").exists()
    assert (repo_snapshot.read_bytes() if repo_snapshot.exists() else None) == before
