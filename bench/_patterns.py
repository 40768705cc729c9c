"""Benchmark data from the real-error corpus (`tests/corpus/*.jsonl`): events as the worker will
classify them, and stores filled with many distinct patterns derived from the corpus mistakes."""
from __future__ import annotations

import random
import uuid
from typing import Any

import _common  # noqa: F401  (puts the repository on sys.path)

from tests.corpus.score import load_rows
from worker.events import Event
from worker.learner import Observe, plan
from worker.storage import UsagePatternStorage
from worker.store_api import bucket_of, template_of

PER_BUCKET = 20


def corpus_events() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(learnable usage mistakes, infrastructure errors, their patterns), as the worker will classify them."""
    usage, infra, patterns = [], [], []
    for row in load_rows():
        raw = {"tool": row["tool"], "params": row.get("params") or {}, "ok": False, "error": row["message"]}
        try:
            item, result = plan(Event.from_dict(raw))
        except Exception:
            continue
        if isinstance(item.payload, Observe):
            usage.append(raw)
            patterns.append(item.payload.pattern)
        elif result.startswith("infra:"):
            infra.append(raw)
    return usage, infra, patterns


def successes(usage: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"tool": e["tool"], "params": e["params"], "ok": True, "result": "ok"} for e in usage]


def vary(event: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same mistake with another value: each string parameter that the message quotes gets a
    fresh suffix in both places (as a fleet repeats one mistake on other branches, pods, ids), so
    no stage can simply remember a message it saw before."""
    event = dict(event, params=dict(event.get("params") or {}))
    suffix = f"{rng.randrange(16**6):06x}"
    for key, value in event["params"].items():
        if isinstance(value, str) and len(value) >= 3 and value in (event.get("error") or ""):
            event["params"][key] = value + suffix
            event["error"] = event["error"].replace(value, value + suffix)
    return event


def varying(pool: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events `vary` can give a fresh value (a string parameter the message quotes)."""
    rng = random.Random(0)
    return [e for e in pool if vary(e, rng) != e]


def exact_repeats(events: list[dict[str, Any]]) -> float:
    """Share of the failures that repeat an earlier failure of the run exactly (tool, params, error):
    what the worker's memo of pure classify/extract results can save (it keeps the last 4,096)."""
    seen, failures, repeats = set(), 0, 0
    for event in events:
        if event.get("ok"):
            continue
        failures += 1
        key = (event["tool"], repr(sorted((event.get("params") or {}).items())), event.get("error"))
        repeats += key in seen
        seen.add(key)
    return repeats / failures if failures else 0.0


def make_events(count: int, shares: dict[str, float], pools: dict[str, list[dict[str, Any]]],
                rng: random.Random) -> list[dict[str, Any]]:
    kinds = list(shares)
    weights = [shares[k] for k in kinds]
    events = []
    for kind in rng.choices(kinds, weights, k=count):
        event = vary(rng.choice(pools[kind]), rng)
        event["event_id"] = uuid.uuid4().hex
        events.append(Event.from_dict(event).to_dict())
    return events


def variants(patterns: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """`count` distinct patterns: variants of the corpus mistakes, at most PER_BUCKET per bucket the
    corpus events hit, the rest on tools no event calls."""
    per_bucket: dict[str, int] = {}
    made = []
    for i in range(count):
        base = patterns[i % len(patterns)]
        tool = base["tool"]
        if per_bucket.get(bucket_of(base), 0) >= PER_BUCKET:
            tool = f"{tool}.other{i // len(patterns)}"
        else:
            per_bucket[bucket_of(base)] = per_bucket.get(bucket_of(base), 0) + 1
        mistake = dict(base["mistake_pattern"], error_template=f"{template_of(base)} stage{i} variant{i}")
        made.append({**base, "id": f"fill{i}", "tool": tool, "mistake_pattern": mistake, "related_patterns": [],
                     "observations": 1 + i % 120, "confidence": round(0.5 + (i % 49) / 100, 2)})
    return made


def fill(store: UsagePatternStorage, patterns: list[dict[str, Any]], count: int) -> None:
    """Store `count` variants (see `variants`) in pipelined batches; the store counts as seeded."""
    with store.redis.pipeline(transaction=False) as pipe:
        for i, pattern in enumerate(variants(patterns, count)):
            store._index(pipe, pattern)
            if i % 5000 == 4999:
                pipe.execute()
        pipe.execute()
    store.mark_seeded()


