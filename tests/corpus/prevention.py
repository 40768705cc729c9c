"""Prevention benchmark: learn each scenario's mistakes, then check held-out repeats and good calls.

    python -m tests.corpus.prevention [-v] [--json] [--names-only] [FILE.jsonl]

A scenario (one JSON line): {id, category, tool, source, learn: [{params, error, recent_calls?}],
repeats: [{params, recent_calls?}], good: [{params, recent_calls?}]}. Each `learn` item goes
the way a real failure goes — `build_event` (canonical tool identity, bounds, redaction) →
classifier → extractor → learner — into an in-memory store of its own. The learn items are
replayed, as an agent repeating the mistake would, until every pattern they produced has
10 observations (the warn band, 0.75). Then the real checker, fed the way a session feeds
it (canonical tool, canonical recent calls), must warn or block on every repeat and allow
every good call. Prints recall on repeats and the share of good calls flagged, overall and
per category. The default file is `tests/corpus/prevention/scenarios.jsonl` (see its
PROVENANCE.md).
"""
from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from producers.checker import PatternCache, UsagePatternChecker, check_call
from producers.record import build_event
from producers.session import window_entry
from worker.identity import canonical_recent, canonical_tool
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage

DEFAULT = Path(__file__).parent / "prevention" / "scenarios.jsonl"
WARN_OBSERVATIONS = 10
MAX_ROUNDS = 40


def load(path: Path = DEFAULT) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _recent(calls: list[str | dict[str, Any]] | None) -> list[str] | None:
    """The session window as an event carries it: canonical names (a command line → its tool).

    A scenario may write a recent call as a name or as `{tool, params}`; an event's `recent_calls`
    holds tool names only (DESIGN's contract), so the params of such an entry are not learned from."""
    if calls is None:
        return None
    # a call given with its params goes by its canonical identity, as a session records it (`Bash` running
    # `createdb x` is `createdb`); a bare name as a hand-written window gives it
    return [canonical_tool(c["tool"], c.get("params") or {}).tool if isinstance(c, dict) and " " not in c["tool"].strip()
            else canonical_recent([c["tool"] if isinstance(c, dict) else c])[0] for c in calls]


def _window(calls: list[str | dict[str, Any]] | None, names_only: bool = False) -> list[str | dict[str, Any]] | None:
    """The session window as the checker takes it from a session (`producers.session.window_entry`: canonical,
    bounded, redacted) where the scenario gave the call's params — a check may read which file a recent write
    wrote —, else its name. `names_only`: tool names only, as every session kept its window before 936e265."""
    if calls is None:
        return None
    names = _recent(calls) or []
    if names_only:
        return list(names)
    return [window_entry(canonical_tool(c["tool"], c.get("params") or {}))
            if isinstance(c, dict) and c.get("params") else name for name, c in zip(names, calls)]


def _store() -> UsagePatternStorage:
    import fakeredis

    return UsagePatternStorage(fakeredis.FakeRedis(), f"bench:{uuid.uuid4().hex[:8]}:")


def learn(scenario: dict[str, Any], store: UsagePatternStorage) -> list[str]:
    """Replay the learn items until each pattern they made has 10 observations; the outcomes of round one."""
    learner = UsagePatternLearner(store)
    first: list[str] = []
    made: set[str] = set()
    for round_no in range(MAX_ROUNDS):
        for item in scenario["learn"]:
            event = build_event(item.get("tool", scenario["tool"]), item.get("params") or {}, error=item["error"],
                                recent_calls=_recent(item.get("recent_calls")))
            outcome = learner.analyze_result(event)
            if round_no == 0:
                first.append(outcome)
            if outcome.startswith(("learned:", "merged:")):
                made.add(outcome.split(":", 1)[1])
        observed = [store.get_pattern(pid) for pid in made]
        if not made or all(p is None or p["observations"] >= WARN_OBSERVATIONS for p in observed):
            break
    return first


def check(checker: UsagePatternChecker, tool: str, call: dict[str, Any], names_only: bool = False) -> dict[str, Any]:
    canonical = canonical_tool(call.get("tool", tool), call.get("params") or {})
    recent = _window(call.get("recent_calls"), names_only)
    return check_call(checker, canonical, {"recent_calls": recent} if recent is not None else None)


def run(scenarios: list[dict[str, Any]], names_only: bool = False) -> dict[str, Any]:
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"scenarios": 0, "repeats": 0, "caught": 0, "good": 0, "flagged": 0})
    misses: list[dict[str, Any]] = []
    for scenario in scenarios:
        store = _store()
        outcomes = learn(scenario, store)
        checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
        counts = per[scenario["category"]]
        counts["scenarios"] += 1
        for call in scenario.get("repeats") or []:
            result = check(checker, scenario["tool"], call, names_only)
            counts["repeats"] += 1
            if result["decision"] in ("warn", "block"):
                counts["caught"] += 1
            else:
                misses.append({"id": scenario["id"], "kind": "missed repeat", "call": call, "learned": outcomes})
        for call in scenario.get("good") or []:
            result = check(checker, scenario["tool"], call, names_only)
            counts["good"] += 1
            if result["decision"] != "allow":
                counts["flagged"] += 1
                misses.append({"id": scenario["id"], "kind": "flagged good call", "call": call,
                               "warnings": result["warnings"]})
    total = {k: sum(c[k] for c in per.values()) for k in ("scenarios", "repeats", "caught", "good", "flagged")}
    return {
        "recall": round(total["caught"] / total["repeats"], 3) if total["repeats"] else None,
        "false_flag_rate": round(total["flagged"] / total["good"], 3) if total["good"] else None,
        "totals": total,
        "by_category": {name: {**c, "recall": round(c["caught"] / c["repeats"], 3) if c["repeats"] else None,
                               "false_flag_rate": round(c["flagged"] / c["good"], 3) if c["good"] else None}
                        for name, c in sorted(per.items())},
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--names-only", action="store_true", help="session windows of tool names only (before 936e265)")
    args = parser.parse_args(argv)
    report = run(load(Path(args.file)), names_only=args.names_only)
    if args.json:
        print(json.dumps(report, indent=2, default=str))
        return 0
    t = report["totals"]
    print(f"{t['scenarios']} scenarios: recall {report['recall']} ({t['caught']}/{t['repeats']} repeats warned or blocked), "
          f"good calls flagged {report['false_flag_rate']} ({t['flagged']}/{t['good']})")
    for name, c in report["by_category"].items():
        print(f"  {name:<22} {c['scenarios']:>3} scenarios  recall {c['recall']}  ({c['caught']}/{c['repeats']})  "
              f"flagged {c['false_flag_rate']} ({c['flagged']}/{c['good']})")
    if args.verbose:
        for miss in report["misses"]:
            print(json.dumps(miss, default=str)[:600])
    return 0


if __name__ == "__main__":
    sys.exit(main())
