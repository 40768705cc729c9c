"""Score the classifier on the labelled corpus.

    python -m tests.corpus.score [-v] [FILE.jsonl ...]

All of tests/corpus/*.jsonl by default, or the given files; -v lists the misses. To score
a batch against the rules of an earlier commit (how the README's "before" figures were
taken): `git worktree add /tmp/old COMMIT` and `PYTHONPATH=/tmp/old python
tests/corpus/score.py tests/corpus/BATCH.jsonl`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from worker.classifier import classify_error_type

CORPUS_DIR = Path(__file__).parent


def load_rows(directory: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(directory.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    usage_right = category_right = infra_learnable = 0
    misses = []
    for row in rows:
        result = classify_error_type(row["tool"], row.get("params") or {}, row["message"])
        usage_ok = result["is_usage_error"] == row["usage"]
        label = row["category"] if row["usage"] else row["infra_kind"]
        got = result["error_category"] if result["is_usage_error"] else result["infra_kind"]
        usage_right += usage_ok
        category_right += got == label
        infra_learnable += (not row["usage"]) and result["learnable"]
        if got != label:
            misses.append((label, got, result["evidence"].get("rule"), row["tool"], row["message"][:160].replace("\n", " ")))
    n = len(rows)
    return {"rows": n, "usage_accuracy": usage_right / n, "category_accuracy": category_right / n,
            "infra_learnable": infra_learnable, "misses": misses}


def load_files(paths: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths
            for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    files = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    result = score(load_files(files) if files else load_rows())
    print(f"rows={result['rows']} usage-vs-infra={result['usage_accuracy']:.3f} "
          f"exact category={result['category_accuracy']:.3f} infra learnable={result['infra_learnable']}")
    if "-v" in sys.argv:
        for miss in sorted(result["misses"], key=str):
            print("  want %-22s got %-22s %-40s %s: %s" % tuple(map(str, miss)))
