"""Pre-call check latency with 10,000 confident patterns over 500 tools (target p99 <= 50 µs).

The cache is warm and polls the store version at most once a second, as in an agent
process. Patterns follow the category mix of the real-error corpus; 20 % of the calls repeat
a mistake (bad values, prerequisite missing), the rest are good calls. Baseline from the same run: reading the tool's patterns from Redis on every call. Redis is a
throwaway redis-server of our own.

Usage: python bench/bench_checker.py [--quick]
"""
from __future__ import annotations

import random
import time

from _common import LoadSampler, ThrowawayRedis, machine_line, parse_args, percentile

from producers.checker import PatternCache, UsagePatternChecker
from worker.storage import UsagePatternStorage

TOOLS = 500
PATTERNS = 10_000
CALLS = 20_000
MISTAKE_SHARE = 0.2
# The mix of learnable categories in tests/corpus (81 : 62 : 33 : 27 : 20 rows), out of 22 slots.
CATEGORIES = (("INCORRECT_PARAMETER",) * 8 + ("PARAMETER_FORMAT",) * 6 + ("WORKFLOW_SEQUENCE",) * 3
              + ("MISSING_PREREQUISITE",) * 3 + ("WRONG_TOOL_SELECTION",) * 2)
SEQUENCE = ("WORKFLOW_SEQUENCE", "MISSING_PREREQUISITE")


def pattern(i: int) -> dict:
    category = CATEGORIES[i % len(CATEGORIES)]
    mistake = {"error_template": f"error {i}", "parameter": f"param_{i % 5}", "common_mistakes": [f"bad-{i}"],
               "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"} if category == "PARAMETER_FORMAT" else {},
               "missing_step": f"tool_{(i + 1) % TOOLS}" if category in SEQUENCE else None,
               "call_shape": ["param_0", "param_1", "param_2"] if category == "WRONG_TOOL_SELECTION" else None}
    return {"id": f"p{i}", "tool": f"tool_{i % TOOLS}", "error_category": category, "confidence": 0.8 + (i % 20) / 100,
            "observations": 10 + i % 90, "root_cause": f"cause {i}", "prevention_steps": [{"action": "x", "reason": "y"}],
            "first_seen": "2026-11-01T00:00:00+00:00", "last_seen": "2026-11-20T00:00:00+00:00", "mistake_pattern": mistake}


def measure(check, calls: list[tuple[str, dict, dict]]) -> list[float]:
    samples = []
    for tool, params, context in calls:
        started = time.perf_counter()
        check(tool, params, context)
        samples.append((time.perf_counter() - started) * 1e6)
    return samples


def make_calls(checks: int, patterns: int) -> list[tuple[str, dict, dict]]:
    """The seeded workload: 20 % repeated mistakes (bad values, prerequisite missing), the rest good calls."""
    rng = random.Random(7)
    calls = []
    for _ in range(checks):
        tool = rng.randrange(TOOLS)
        recent = [f"tool_{rng.randrange(TOOLS)}" for _ in range(9)]
        if rng.random() < MISTAKE_SHARE:  # a repeated mistake: bad values, prerequisite missing
            params = {f"param_{k}": rng.choice(["74ec56e", f"bad-{rng.randrange(patterns)}"]) for k in range(3)}
        else:  # a good call: well-formed values, the prerequisite tool called recently
            params = {f"param_{k}": rng.choice(["a" * 40, "0123456789abcdef" * 2 + "01234567"]) for k in range(3)}
            recent.append(f"tool_{(tool + 1) % TOOLS}")
        calls.append((f"tool_{tool}", params, {"recent_calls": recent}))
    return calls


def main() -> None:
    args = parse_args(__doc__)
    patterns, checks = (1_000, 2_000) if args.quick else (PATTERNS, CALLS)
    calls = make_calls(checks, patterns)
    with ThrowawayRedis() as server, LoadSampler() as load:
        print(machine_line(server.version()))
        redis = server.client
        store = UsagePatternStorage(redis, "bench:checker:")
        with redis.pipeline(transaction=False) as pipe:
            for i in range(patterns):
                store._index(pipe, pattern(i))
            pipe.execute()
        checker = UsagePatternChecker(PatternCache(store))
        for tool in {c[0] for c in calls}:
            checker.check_before_call(tool, {})  # warm: each tool's patterns loaded once
        samples = sorted(measure(checker.check_before_call, calls))
        baseline = sorted(measure(lambda tool, params, context: store.get_patterns_for_tool(tool, 0.75), calls[:2000]))
        decisions = {d: sum(1 for c in calls[:2000] if checker.check_before_call(*c)["decision"] == d)
                     for d in ("allow", "warn", "block")}
    p99 = percentile(samples, 0.99)
    print(f"checker: {patterns:,} patterns over {TOOLS} tools, {checks:,} checks{' (quick)' if args.quick else ''}, "
          f"{load.text()}")
    print(f"  ours:     p50 {percentile(samples, 0.5):7.1f} µs   p99 {p99:7.1f} µs   p99.9 {percentile(samples, 0.999):7.1f} µs"
          f"   target p99 <= 50 µs [{'met' if p99 <= 50 else 'MISSED'}]")
    print(f"  baseline: p50 {percentile(baseline, 0.5):7.1f} µs   p99 {percentile(baseline, 0.99):7.1f} µs   "
          "(read the tool's patterns from Redis per call)")
    print(f"  decisions on the first 2000 calls: {decisions}")


if __name__ == "__main__":
    main()
