"""`rules explain|test` and `classify --explain` as a user runs them (the installed console script)."""
from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli

SAMPLE = Path(__file__).resolve().parents[2] / "memory" / "rules" / "example.yaml.sample"


def test_classify_explain_shows_the_deciding_rule_and_the_signals(env):
    done = cli("classify", "--tool", "fetch", "--params", '{"url": "example.com"}', "--error",
               "MCP error -32602: Invalid params: url must be a URL", "--explain", "--json", env=env)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["decided_by"] == "rule default:jsonrpc-invalid-params" and found["label"] == "PARAMETER_FORMAT"
    assert [r["rule"] for r in found["rules"] if r["chosen"]] == ["default:jsonrpc-invalid-params"]
    text = cli("rules", "explain", "--tool", "acme", "--params", '{"target": "blue-7"}', "--error",
               "target blue-7 rejected", env=env)
    assert text.returncode == 0 and "the message repeats target='blue-7'" in text.stdout
    assert "to teach it:" in text.stdout


def test_rules_test_runs_each_packs_examples_and_fails_on_a_broken_promise(env):
    rules_dir = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "rules"
    rules_dir.mkdir(parents=True)
    (rules_dir / "acme.yaml").write_text(SAMPLE.read_text())
    ok = cli("rules", "test", "--json", env=env)
    assert ok.returncode == 0, ok.stderr
    assert [(r["file"], r["passed"], r["examples"]) for r in json.loads(ok.stdout)] == [("acme.yaml", 2, 2)]
    (rules_dir / "zork.yaml").write_text("rules:\n  - id: zork\n    infra: auth\n    regex: 'zork'\n"
                                         "    examples: ['no match here']\n")
    failing = cli("rules", "test", env=env)
    assert failing.returncode == 1
    assert "zork.yaml: 0/1 examples hold" in failing.stdout and "FAIL zork.yaml: rule zork example 1" in failing.stdout
    # the refused pack is out of force, the good one stays in
    used = cli("classify", "--tool", "acme_put", "--error", "quota exceeded: use acme_bulk for more than 5 items",
               "--json", env=env)
    assert json.loads(used.stdout)["evidence"]["rule"] == "acme.yaml:acme-bulk-limit"
    missing = cli("rules", "test", "/no/such/pack.yaml", env=env)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
