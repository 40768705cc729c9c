"""Does a statistical fallback earn its place? Leave-one-batch-out, rules switched off.

    python -m tests.corpus.fallback_eval

For each corpus file: a token naive-Bayes model (words and word pairs of the key lines, the
call's own values scrubbed) trained on the other files, against the general signals alone
(`worker.signals`, no rules), both scored on the held-out file. Measured 2026-12-01: the
naive-Bayes model scored 0.54–0.67 usage-vs-infra (0.42–0.58 category), the signals
0.79–0.93 (0.52–0.72), and 0.86–0.95 (0.65–0.77) with the category cues (81c88d8): the
model did not earn its place and ships nowhere. `tests/corpus/generality.py` scores the
blind batches with the rules they were scored blind against.
"""
from __future__ import annotations

import collections
import json
import math
import re
from pathlib import Path
from typing import Any

from worker.classifier import decide, key_text, verdict
from worker.signals import scrub

TOKEN = re.compile(r"[a-z][a-z0-9_]+|[45]\d\d")
Model = tuple[collections.Counter[str], dict[str, collections.Counter[str]], set[str]]


def tokens(row: dict[str, Any]) -> set[str]:
    text = key_text(row["message"])
    words = TOKEN.findall(scrub((text.key + " " + text.rest[:300]).lower(), row.get("params") or {}))
    return set(words) | {a + "_" + b for a, b in zip(words, words[1:])}


def label(row: dict[str, Any]) -> str:
    return row["category"] if row["usage"] else "infra:" + row["infra_kind"]


def train(rows: list[dict[str, Any]]) -> Model:
    classes: collections.Counter[str] = collections.Counter(label(r) for r in rows)
    features: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    vocabulary: set[str] = set()
    for row in rows:
        found = tokens(row)
        vocabulary |= found
        features[label(row)].update(found)
    return classes, features, vocabulary


def predict(model: Model, row: dict[str, Any]) -> str:
    classes, features, vocabulary = model
    total = sum(classes.values())
    present = tokens(row) & vocabulary
    return max(classes, key=lambda c: math.log(classes[c] / total)
               + sum(math.log((features[c][t] + 0.5) / (classes[c] + 1)) for t in present))


def main() -> None:
    files = sorted(Path(__file__).parent.glob("*.jsonl"))
    data = {f.name: [json.loads(line) for line in f.read_text().splitlines() if line.strip()] for f in files}
    for held, rows in data.items():
        model = train([r for name, other in data.items() if name != held for r in other])
        nb_usage = nb_category = sig_usage = sig_category = 0
        for row in rows:
            guess = predict(model, row)
            nb_usage += guess.startswith("infra:") != row["usage"]
            nb_category += guess == label(row)
            params = row.get("params") or {}
            result = verdict(decide(row["tool"], params, row["message"], ()), params)
            got = result["error_category"] or ("infra:" + result["infra_kind"] if result["infra_kind"] else "unknown")
            sig_usage += result["is_usage_error"] == row["usage"]
            sig_category += got == label(row)
        n = len(rows)
        print(f"{held:22} naive Bayes {nb_usage / n:.3f} / {nb_category / n:.3f}   "
              f"signals alone {sig_usage / n:.3f} / {sig_category / n:.3f}")


if __name__ == "__main__":
    main()
