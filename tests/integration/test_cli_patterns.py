"""Pattern administration as ops use it, through the console script against a real Redis, with
patterns learned by a real `rq worker`: delete (audit trail, snapshot refreshed at once),
audit, export formats and the quarterly floor, import that merges by id."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from redis import Redis

from tests.conftest import cli, wait_for
from worker.storage import UsagePatternStorage

OFFLINE = "redis://127.0.0.1:1/0"


def mistakes(tool: str, n: int, tag: str) -> str:
    """n JSON lines, each one repetition of the same usage mistake (checking out a ref that does not exist)."""
    return "".join(json.dumps({"event_id": f"{tag}-{i}", "tool": tool, "params": {"ref": "feat-x"}, "ok": False,
                               "error": "error: pathspec 'feat-x' did not match any file(s) known to git"}) + "\n"
                   for i in range(n))


def learn_through_the_worker(env, processes, redis: Redis, tmp_path: Path, lines: str, total: int) -> UsagePatternStorage:
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    events = tmp_path / f"events-{total}.jsonl"
    events.write_text(lines)
    done = cli("replay", str(events), "--json", env=env)
    assert done.returncode == 0, done.stderr
    processes.start("worker")
    wait_for(lambda: sum(p["observations"] for p in store.list_patterns()) == total, timeout=90,
             message=f"the worker learned {total} observations")
    return store


@pytest.fixture
def blocking(env, processes, redis, tmp_path) -> tuple[UsagePatternStorage, dict]:
    """One pattern learned from 100 repetitions: confident enough to block (0.95)."""
    store = learn_through_the_worker(env, processes, redis, tmp_path, mistakes("git_checkout", 100, "b"), 100)
    [pattern] = store.list_patterns()
    assert pattern["confidence"] >= 0.95
    return store, pattern


def check(env, **overrides) -> dict:
    done = cli("check", "--tool", "git_checkout", "--params", '{"ref": "feat-x"}', "--json", env={**env, **overrides})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_delete_is_audited_and_refreshes_the_snapshot_so_the_pattern_no_longer_blocks_without_redis(env, blocking):
    store, pattern = blocking
    assert cli("maintain", env=env).returncode == 0  # what cron does: the snapshot now holds the pattern
    assert check(env)["decision"] == "block"
    assert check(env, REDIS_URL=OFFLINE)["decision"] == "block"  # from the snapshot

    done = cli("patterns", "delete", pattern["id"], "--actor", "alice", "--reason", "false alarm", "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"deleted": pattern["id"], "actor": "alice", "reason": "false alarm",
                                       "snapshot_refreshed": True}
    snapshot = yaml.safe_load((Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml").read_text())
    assert snapshot["usage_patterns"] == []
    assert check(env, REDIS_URL=OFFLINE)["decision"] == "allow"  # Redis away: the snapshot no longer blocks
    assert check(env)["decision"] == "allow"

    [entry] = json.loads(cli("patterns", "audit", "--json", env=env).stdout)
    assert entry["action"] == "delete" and entry["id"] == pattern["id"] and entry["actor"] == "alice"
    assert entry["reason"] == "false alarm" and entry["at"]
    assert entry["pattern"]["observations"] == 100 and entry["pattern"]["mistake_pattern"] == pattern["mistake_pattern"]
    text = cli("patterns", "audit", env=env).stdout
    assert "delete" in text and pattern["id"] in text and "by alice" in text

    again = cli("patterns", "delete", pattern["id"], env=env)
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "no pattern" in again.stderr


def test_delete_names_the_user_when_no_actor_is_given(env, redis):
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    store.add_pattern({"id": "p1", "tool": "t", "error_category": "PARAMETER_FORMAT"})
    done = cli("patterns", "delete", "p1", env={**env, "USER": "bob"})
    assert done.returncode == 0 and done.stdout.strip() == "deleted p1"
    assert [(e["id"], e["actor"], e["reason"]) for e in store.audit_trail()] == [("p1", "bob", None)]
    assert json.loads(cli("patterns", "audit", "--id", "nope", "--json", env=env).stdout) == []
    bad = cli("patterns", "delete", "p1", "--actor", " ", env=env)
    assert bad.returncode == 2 and "--actor" in bad.stderr


def stop(process) -> None:
    process.terminate()
    process.wait(30)


def counts(store: UsagePatternStorage) -> dict[str, tuple[int, int, int, float]]:
    return {p["id"]: (p["observations"], p["success_after_prevention"], p["false_positives"], p["confidence"])
            for p in store.list_patterns()}


def test_export_import_round_trips_merge_by_evidence_origin(env, processes, redis, tmp_path):
    a = learn_through_the_worker(env, processes, redis, tmp_path, mistakes("git_checkout", 12, "a"), 12)
    stop(processes.running[-1])
    export = tmp_path / "a.yaml"
    assert cli("patterns", "export", "-o", str(export), env=env).returncode == 0
    [pattern_id] = counts(a)

    # a review round trip into the same store changes nothing
    before = a.list_patterns()
    done = cli("patterns", "import", str(export), "--json", env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["same_store"] and report["unchanged"] == [pattern_id] and report["added"] == {}
    assert a.list_patterns() == before

    # learning goes on after the export; importing the older export keeps what was learned since
    processes.start("worker")
    cli("replay", str(_write(tmp_path / "more.jsonl", mistakes("git_checkout", 5, "a2"))), env=env)
    wait_for(lambda: counts(a)[pattern_id][0] == 17, timeout=90, message="5 more observations")
    stop(processes.running[-1])
    learned = counts(a)
    assert cli("patterns", "import", str(export), env=env).returncode == 0
    assert counts(a) == learned

    # another store, which learned the same mistake 5 times on its own: the export's 12 are added, once
    b_env = {**env, "USAGE_PATTERNS_KEY_PREFIX": env["USAGE_PATTERNS_KEY_PREFIX"] + "b:",
             "USAGE_PATTERNS_MEMORY_DIR": str(tmp_path / "memory-b")}
    b = UsagePatternStorage(redis, b_env["USAGE_PATTERNS_KEY_PREFIX"])
    cli("replay", str(_write(tmp_path / "b.jsonl", mistakes("git_checkout", 5, "b"))), env=b_env)
    processes.start("worker", extra_env=b_env)
    wait_for(lambda: counts(b).get(pattern_id, (0,))[0] == 5, timeout=90, message="store b learned 5")
    stop(processes.running[-1])
    done = cli("patterns", "import", str(export), "--json", env=b_env)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and not report["same_store"] and report["merged"] == [pattern_id]
    assert report["added"] == {pattern_id: {"observations": 12}}
    observations, _, _, confidence = counts(b)[pattern_id]
    assert observations == 17 and confidence == pytest.approx(learned[pattern_id][3])  # same evidence, same confidence
    again = json.loads(cli("patterns", "import", str(export), "--json", env=b_env).stdout)
    assert again["unchanged"] == [pattern_id] and counts(b)[pattern_id][0] == 17  # importing it twice adds it once

    # and back: store a gets b's own 5, not its own 12 a second time
    b_export = tmp_path / "b.json"
    assert cli("patterns", "export", "--json", "-o", str(b_export), env=b_env).returncode == 0
    shares = json.loads(b_export.read_text())["usage_patterns"][0]["evidence_from"]
    assert sorted(share["observations"] for share in shares.values()) == [5, 12]
    done = cli("patterns", "import", str(b_export), "--json", env=env)
    assert json.loads(done.stdout)["added"] == {pattern_id: {"observations": 5}}
    assert counts(a)[pattern_id][0] == 22

    [entry, *_] = json.loads(cli("patterns", "audit", "--action", "import", "--json", env=env).stdout)
    assert entry["actor"] and entry["source"] == str(b_export) and entry["merged"] == [pattern_id]


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_import_checks_everything_first_and_never_trusts_a_confidence(env, redis, tmp_path):
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    store.add_pattern({"id": "live", "tool": "git_push", "error_category": "WORKFLOW_SEQUENCE", "observations": 3})
    before = store.list_patterns()
    conflict = _write(tmp_path / "conflict.yaml", yaml.safe_dump({"usage_patterns": [
        {"id": "new", "tool": "t", "error_category": "PARAMETER_FORMAT"},
        {"id": "live", "tool": "git_commit", "error_category": "WORKFLOW_SEQUENCE"}]}))
    done = cli("patterns", "import", str(conflict), env=env)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "tool is 'git_commit' in the file" in done.stderr
    assert store.list_patterns() == before  # the valid first pattern was not imported either

    done = cli("patterns", "import", str(conflict), "--replace", "--json", env=env)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["replaced"] == ["live"] and report["created"] == ["new"]
    assert store.get_pattern("live")["tool"] == "git_commit"
    assert store.get_patterns_for_tool("git_push") == [] and [p["id"] for p in store.get_patterns_for_tool("git_commit")] == ["live"]

    claims = _write(tmp_path / "claims.yaml", yaml.safe_dump({"usage_patterns": [
        {"id": "sure", "tool": "t", "error_category": "PARAMETER_FORMAT", "confidence": 1.0, "observations": 1},
        {"id": "doubt", "tool": "t", "error_category": "PARAMETER_FORMAT", "confidence": 0.05, "observations": 1}]}))
    report = json.loads(cli("patterns", "import", str(claims), "--json", env=env).stdout)
    assert report["confidence_capped"] == [{"id": "sure", "claimed": 1.0, "set": 0.5}]
    assert store.get_pattern("sure")["confidence"] == 0.5 and store.get_pattern("doubt")["confidence"] == 0.3


def test_export_formats_and_the_quarterly_floor(env, redis, tmp_path):
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    store.add_pattern({"id": "strong", "tool": "bonfire_deploy", "error_category": "PARAMETER_FORMAT", "confidence": 0.96,
                       "observations": 120, "root_cause": "short SHA | image tag",
                       "prevention_steps": [{"action": "validate_format", "parameter": "image_tag"}]})
    store.add_pattern({"id": "weak", "tool": "t", "error_category": "PARAMETER_FORMAT", "confidence": 0.6, "observations": 4})
    as_json = json.loads(cli("patterns", "export", "--json", "--min-confidence", "0.95", env=env).stdout)
    assert [p["id"] for p in as_json["usage_patterns"]] == ["strong"] and as_json["min_confidence"] == 0.95
    assert as_json["exported_from"] == store.store_id()
    assert json.loads(cli("patterns", "export", "--format", "json", env=env).stdout)["usage_patterns"][1]["id"] == "weak"
    as_yaml = yaml.safe_load(cli("patterns", "export", "--min-confidence", "0.95", env=env).stdout)
    assert [p["id"] for p in as_yaml["usage_patterns"]] == ["strong"]
    markdown = cli("patterns", "export", "--format", "markdown", "--min-confidence", "0.95", env=env).stdout
    assert markdown.startswith("# Usage patterns review (1 at confidence >= 0.95)")
    assert "| strong | bonfire_deploy | PARAMETER_FORMAT | 0.96 | CRITICAL | 120 |" in markdown
    assert "short SHA \\| image tag" in markdown and "- validate_format: parameter=image_tag" in markdown
    assert "weak" not in markdown
    for bad, phrase in ((["--min-confidence", "1.5"], "between 0 and 1"), (["--format", "csv"], "Invalid value"),
                        (["--json", "--format", "markdown"], "--json means --format json"),
                        (["--format", "yaml", "--json"], "--json means --format json")):
        done = cli("patterns", "export", *bad, env=env)
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and phrase in done.stderr


def test_check_reads_a_bash_command_line_by_its_canonical_tool(env, processes, redis, tmp_path):
    """`check --tool Bash` judges the command the agent would run, as the hooks do."""
    lines = "".join(json.dumps({"event_id": f"sh-{i}", "tool": "Bash", "params": {"command": "git checkout feat-x"},
                                "ok": False, "error": "error: pathspec 'feat-x' did not match any file(s) known to git"})
                    + "\n" for i in range(100))
    store = learn_through_the_worker(env, processes, redis, tmp_path, lines, 100)
    assert [p["tool"] for p in store.list_patterns()] == ["git_checkout"]

    def bash(command: str, recent: list[str] | None = None) -> str:
        args = ["check", "--tool", "Bash", "--params", json.dumps({"command": command}), "--json"]
        done = cli(*args, *(["--recent", json.dumps(recent)] if recent is not None else []), env=env)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["decision"]

    assert bash("git checkout feat-x") == "block"
    assert bash("cd repo && git checkout feat-x", recent=["git status", "mcp__git__git_log"]) == "block"
    assert bash("git checkout main") == "allow"
    assert bash("git status") == "allow"
