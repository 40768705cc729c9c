"""Rule packs: versioned files that load or are refused one by one, with examples that run as tests;
`explain` says which rules and signals fired."""
from __future__ import annotations

from pathlib import Path

import pytest

from worker.explain import explain, run_pack_examples
from worker.rules import RulePackError, builtin_packs, default_rules, failed_examples, load_rule_packs, read_pack

SAMPLE = Path(__file__).resolve().parents[2] / "memory" / "rules" / "example.yaml.sample"


@pytest.mark.parametrize("pack", builtin_packs(), ids=lambda p: p.file)
def test_every_builtin_example_holds(pack):
    assert pack.version == 1
    assert failed_examples(pack, default_rules()) == []


def test_builtin_packs_are_numbered_files_in_name_order_and_carry_examples():
    files = [pack.file for pack in builtin_packs()]
    assert files == sorted(files) and all(name[:2].isdigit() for name in files)
    assert sum(len(pack.examples) for pack in builtin_packs()) >= 20


def test_each_user_pack_loads_or_is_refused_on_its_own_with_the_reason(tmp_path):
    (tmp_path / "acme.yaml").write_text(SAMPLE.read_text())
    (tmp_path / "broken.yaml").write_text("rules: [\n  - {")
    (tmp_path / "no-kind.yaml").write_text("rules: [{id: x, regex: 'a'}]")
    (tmp_path / "wrong-example.yaml").write_text(
        "version: 1\nrules:\n  - id: zork\n    category: INCORRECT_PARAMETER\n    regex: 'zork \\d+'\n"
        "    examples: ['zork 12 is gone', 'no such thing']\n")
    (tmp_path / "future.yaml").write_text("version: 7\nrules: []\n")
    result = load_rule_packs(tmp_path)
    assert result.loaded == ("acme.yaml",)
    reasons = dict(result.refused)
    assert set(reasons) == {"broken.yaml", "no-kind.yaml", "wrong-example.yaml", "future.yaml"}
    assert "not valid YAML" in reasons["broken.yaml"]
    assert "exactly one of category or infra" in reasons["no-kind.yaml"]
    assert "example 2: expected INCORRECT_PARAMETER by zork" in reasons["wrong-example.yaml"]
    assert "version 7" in reasons["future.yaml"]
    assert [r.id for r in result.rules if r.pack == "acme.yaml"] == ["acme-bulk-limit"]
    assert not any(r.pack in reasons for r in result.rules)  # nothing of a refused pack is in force


def test_a_pack_is_read_again_when_its_file_changes(tmp_path):
    pack = tmp_path / "p.yaml"
    pack.write_text("rules: [{id: a, infra: auth, regex: 'zork'}]\n")
    first = load_rule_packs(tmp_path)
    assert load_rule_packs(tmp_path) is first
    pack.write_text("rules: [{id: a, infra: auth, regex: 'zork'}, {id: b, infra: auth, regex: 'blorp'}]\n")
    assert [r.id for r in load_rule_packs(tmp_path).rules if r.pack == "p.yaml"] == ["a", "b"]


@pytest.mark.parametrize("text, reason", [
    ("rules: [{id: x, infra: auth, regex: a, colour: red}]", "unknown key"),
    ("rules: [{id: x, infra: auth, regex: a, examples: [{tool: t}]}]", "needs a message"),
    ("rules: [{id: x, infra: auth, regex: a}]\nexamples: [{message: m, expect: SOMETHING}]", "not a category"),
    ("rules: [{id: x, infra: auth, regex: a}]\nexamples: [m]", "needs a message"),
    ("rules: [x]", "each rule is a mapping"),
])
def test_malformed_packs_say_what_is_wrong(text, reason):
    with pytest.raises(RulePackError, match=reason):
        read_pack(text, "p.yaml")


def test_named_rules_fire_only_when_the_call_named_the_object():
    named = explain("pg", {"sql": "SELECT 1 FROM shop.orders"}, 'ERROR:  relation "shop.orders" does not exist')
    assert named["label"] == "INCORRECT_PARAMETER" and named["decided_by"] == "rule default:sql-named-object-missing"
    other = explain("migrate", {"step": "3"}, 'ERROR:  relation "shop.orders" does not exist')
    assert other["label"] == "MISSING_PREREQUISITE"
    assert "default:sql-named-object-missing" not in [r["rule"] for r in other["rules"]]


def test_explain_lists_the_rules_that_fired_and_marks_the_winner():
    out = explain("git_push", {"branch": "main"}, "error: failed to push some refs\nfatal: Connection refused")
    chosen = [r for r in out["rules"] if r["chosen"]]
    assert len(chosen) == 1 and out["decided_by"] == f"rule {chosen[0]['rule']}"
    assert {r["where"] for r in out["rules"]} <= {"key lines", "other lines"}
    assert out["classification"]["evidence"]["rule"] == chosen[0]["rule"]
    assert "teach" not in out


def test_explain_says_when_only_signals_decided_and_how_to_teach_the_tool():
    out = explain("acme_sync", {"target": "blue-7"}, "target blue-7 rejected by acme")
    assert out["decided_by"] == "signals" and out["rules"] == []
    assert any(s["signal"] == "quotes-param-value" and s["parameter"] == "target" for s in out["signals"])
    assert "memory/rules/" in out["teach"] and "confidence is only" in out["why"]
    nothing = explain("acme_sync", {}, "something odd happened")
    assert nothing["decided_by"] == "nothing" and nothing["label"] == "unknown"


def test_rules_test_reports_each_file_and_the_builtins(tmp_path):
    (tmp_path / "acme.yaml").write_text(SAMPLE.read_text())
    (tmp_path / "bad.yaml").write_text("nope: 1")
    reports = {r["file"]: r for r in run_pack_examples(tmp_path, builtin=True)}
    assert reports["acme.yaml"]["examples"] == reports["acme.yaml"]["passed"] == 2
    assert "expected a mapping" in reports["bad.yaml"]["refused"]
    builtins = [r for r in reports.values() if r["file"].startswith("builtin ")]
    assert builtins and all(not r["failures"] for r in builtins)
    assert run_pack_examples(tmp_path / "acme.yaml")[0]["file"] == "acme.yaml"
