"""How well does the classifier do on families nobody wrote a rule for? Leave-one-batch-out.

    python -m tests.corpus.generality [-v BATCH] [--confusion]

Each blind batch was scored once before its families were added, at a known commit. Here
each batch is scored by today's code (key lines, structured shapes, the general signals of
`worker.signals`) with the rule packs *as they were at that commit*: the rules written for
that batch's families are left out, the code's general evidence is today's. Beside it, the
general signals alone (no rules at all), and the share of rows no old rule matched (the
rows decided by evidence alone, where generality shows). `-v sixth` lists one batch's
misses; `--confusion` prints label -> verdict counts over the misses of all batches.

The commits are the ones the README's "before" figures were taken at; a batch without one
(`cli`, `api`, which the first rules were grown on) is scored by the signals alone.
"""
from __future__ import annotations

import collections
import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from worker.classifier import decide, verdict
from worker.rules import Rule, default_rules, read_pack

CORPUS_DIR = Path(__file__).parent
ROOT = CORPUS_DIR.parent.parent
BEFORE = {"extra": "f4c07f0", "third": "58254bd", "fourth": "0e20929", "fifth": "599f35a", "sixth": "ab9fc58",
          "seventh": "a30c3a0", "eighth": "d5df50a", "ninth": "9c58740"}


def rules_at(commit: str) -> tuple[Rule, ...]:
    """The built-in rule packs as they were at `commit`, read by today's loader. A rule that
    today yields its category to a strong cue (`yields`, a mark on the generic rules) yields
    in the old pack too: the mark is code's evidence, not a family's rule."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    names = sorted(n for n in git("ls-tree", "--name-only", commit, "worker/rules/").split() if n.endswith(".yaml"))
    yielding = {rule.id for rule in default_rules() if rule.yields}
    return tuple(dataclasses.replace(rule, yields=rule.id in yielding and bool(rule.category))
                 for name in names for rule in read_pack(git("show", f"{commit}:{name}"), "default", name).rules)


def label(row: dict[str, Any]) -> str:
    return str(row["category"] if row["usage"] else "infra:" + row["infra_kind"])


def judge(row: dict[str, Any], rules: tuple[Rule, ...]) -> tuple[str, bool, bool, str | None]:
    """(verdict label, usage side right, learnable, the rule that decided or None)."""
    params = row.get("params") or {}
    decision = decide(row["tool"], params, row["message"], rules)
    result = verdict(decision, params)
    got = result["error_category"] or ("infra:" + result["infra_kind"] if result["infra_kind"] else "unknown")
    rule = decision.best.rule.id if decision.best else None
    return str(got), result["is_usage_error"] == row["usage"], bool(result["learnable"]), rule


def batch_rows(name: str) -> list[dict[str, Any]]:
    path = CORPUS_DIR / f"{name}_errors.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(rows: list[dict[str, Any]], rules: tuple[Rule, ...]) -> dict[str, Any]:
    usage = category = learnable = by_evidence = evidence_right = 0
    misses = []
    for row in rows:
        got, side_ok, learn, by_rule = judge(row, rules)
        usage += side_ok
        category += got == label(row)
        learnable += (not row["usage"]) and learn
        if not by_rule:
            by_evidence += 1
            evidence_right += got == label(row)
        if got != label(row):
            misses.append((label(row), got, by_rule or "-", row))
    n = len(rows)
    return {"rows": n, "usage": usage / n, "category": category / n, "learnable": learnable,
            "by_evidence": by_evidence, "evidence_right": evidence_right, "misses": misses}


def main(argv: list[str]) -> None:
    names = sorted(p.name[: -len("_errors.jsonl")] for p in CORPUS_DIR.glob("*_errors.jsonl"))
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    show = argv[argv.index("-v") + 1] if "-v" in argv else None
    totals = [0, 0.0, 0.0]
    for name in names:
        rows = batch_rows(name)
        commit = BEFORE.get(name)
        alone = score(rows, ())
        line = f"{name:8} rows={len(rows):4}  signals alone {alone['usage']:.3f} / {alone['category']:.3f}"
        result = alone
        if commit:
            result = score(rows, rules_at(commit))
            totals[0] += len(rows)
            totals[1] += result["usage"] * len(rows)
            totals[2] += result["category"] * len(rows)
            line += (f"   rules at {commit} + today's code {result['usage']:.3f} / {result['category']:.3f}"
                     f" learnable={result['learnable']}  by evidence {result['by_evidence']:3}"
                     f" ({result['evidence_right']} right)")
        print(line)
        confusion.update((want, got) for want, got, _, _ in result["misses"])
        if name == show:
            for want, got, rule, row in sorted(result["misses"], key=lambda m: (m[0], m[1], m[2])):
                print(f"    want {want:22} got {got:22} {rule:28} {row['tool']:24} {row['message'][:150]!r}")
    if totals[0]:
        print(f"blind batches, each with its before-rules: {totals[1] / totals[0]:.3f} / {totals[2] / totals[0]:.3f}"
              f" over {int(totals[0])} rows")
    if "--confusion" in argv:
        for (want, got), count in confusion.most_common(30):
            print(f"  {count:4}  want {want:24} got {got}")


if __name__ == "__main__":
    main(sys.argv[1:])
