"""Grouping-accuracy / throughput benchmark of worker.templates against drain3 on loghub-2k.

Usage: python bench/bench_templates.py [--quick] [--data DIR] [--check] [--errors FILE]
GA: a message is correct when its predicted group (messages with the same final template)
holds exactly the messages of its ground-truth EventId group.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import machine_line  # noqa: E402

from worker.templates import TemplateMiner  # noqa: E402

TARGET_GA, TARGET_RATE = 0.90, 30_000.0


def grouping_accuracy(predicted: list[str], truth: list[str]) -> float:
    """Share of messages whose predicted group equals their ground-truth group exactly."""
    pred_groups: dict[str, set[int]] = defaultdict(set)
    true_groups: dict[str, set[int]] = defaultdict(set)
    for i, (p, t) in enumerate(zip(predicted, truth)):
        pred_groups[p].add(i)
        true_groups[t].add(i)
    correct = sum(1 for i, p in enumerate(predicted) if pred_groups[p] == true_groups[truth[i]])
    return correct / len(truth) if truth else 0.0


def run_ours(lines: list[str]) -> tuple[list[str], float]:
    start = time.perf_counter()
    miner = TemplateMiner()
    ids = [miner.add(line) for line in lines]
    templates = {cid: miner.template(cid) for cid in set(ids)}
    elapsed = time.perf_counter() - start
    return [templates[c] for c in ids], len(lines) / elapsed


def run_drain3(lines: list[str]) -> tuple[list[str], float] | None:
    try:
        import logging
        logging.getLogger("drain3").setLevel(logging.WARNING)
        from drain3 import TemplateMiner as DrainMiner
        from drain3.template_miner_config import TemplateMinerConfig
    except ImportError:
        return None
    start = time.perf_counter()
    miner = DrainMiner(config=TemplateMinerConfig())  # the defaults, without looking for drain3.ini
    ids = [miner.add_log_message(line)["cluster_id"] for line in lines]
    clusters = {c.cluster_id: c.get_template() for c in miner.drain.clusters}
    elapsed = time.perf_counter() - start
    return [clusters[c] for c in ids], len(lines) / elapsed


def load(path: Path) -> tuple[list[str], list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [r["Content"] for r in rows], [r["EventId"] for r in rows]


def show_errors(name: str, lines: list[str], truth: list[str], pred: list[str]) -> None:
    """Print the wrongly grouped ground-truth groups with their predicted templates (debug aid)."""
    by_true: dict[str, list[int]] = defaultdict(list)
    by_pred: dict[str, set[int]] = defaultdict(set)
    for i, (p, t) in enumerate(zip(pred, truth)):
        by_true[t].append(i)
        by_pred[p].add(i)
    for t, idx in sorted(by_true.items(), key=lambda kv: -len(kv[1])):
        preds = {pred[i] for i in idx}
        if len(preds) == 1 and by_pred[pred[idx[0]]] == set(idx):
            continue
        print(f"--- {name} {t} n={len(idx)} e.g. {lines[idx[0]]!r}")
        for p in sorted(preds, key=lambda q: -len(by_pred[q]))[:5]:
            others = len(by_pred[p] - set(idx))
            print(f"      pred(n={len(by_pred[p])}, foreign={others}): {p!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    shared = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if (d / "bench").is_dir()),
                  ROOT.parent / "shared")  # beside the checkout, or beside the worktrees
    ap.add_argument("--data", default=str(shared / "bench" / "loghub-2k"))
    ap.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    ap.add_argument("--errors", default="", help="print mis-grouped events of files matching this")
    ap.add_argument("--no-drain3", action="store_true")
    ap.add_argument("--quick", action="store_true", help="smoke run: the first two files only")
    args = ap.parse_args(argv)

    files = sorted(Path(args.data).glob("*.csv"))[:2 if args.quick else None]
    if not files:
        print(f"no csv files in {args.data}", file=sys.stderr)
        return 2
    print(machine_line())
    print(f"{'file':<16}{'ours GA':>9}{'drain3 GA':>11}{'ours msg/s':>12}{'drain3 msg/s':>14}")
    ours_ga, ours_rate, d_ga, d_rate = [], [], [], []
    total_lines, total_time = 0, 0.0
    for path in files:
        lines, truth = load(path)
        pred, rate = run_ours(lines)
        ga = grouping_accuracy(pred, truth)
        ours_ga.append(ga)
        ours_rate.append(rate)
        total_lines += len(lines)
        total_time += len(lines) / rate
        drain = None if args.no_drain3 else run_drain3(lines)
        dga = drain_rate = float("nan")
        if drain is not None:
            dga, drain_rate = grouping_accuracy(drain[0], truth), drain[1]
            d_ga.append(dga)
            d_rate.append(drain_rate)
        print(f"{path.stem:<16}{ga:>9.3f}{dga:>11.3f}{rate:>12,.0f}{drain_rate:>14,.0f}")
        if args.errors and args.errors.lower() in path.stem.lower():
            show_errors(path.stem, lines, truth, pred)

    def mean(xs: list[float]) -> float:
        return sum(xs) / len(xs) if xs else float("nan")

    overall = total_lines / total_time
    print(f"{'mean':<16}{mean(ours_ga):>9.3f}{mean(d_ga):>11.3f}{mean(ours_rate):>12,.0f}{mean(d_rate):>14,.0f}")
    print(f"ours overall throughput: {overall:,.0f} msg/s over {total_lines} messages")
    if args.check:
        ok = mean(ours_ga) >= TARGET_GA and overall >= TARGET_RATE
        print("targets", "met" if ok else "MISSED", f"(GA >= {TARGET_GA}, >= {TARGET_RATE:,.0f} msg/s)")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
