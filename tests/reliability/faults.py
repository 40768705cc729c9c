"""Helpers of the fault tests: mistakes to record, the worker's process tree, and the exact
state a store must reach (every queue and registry empty, every event counted once)."""
from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from redis import Redis
from rq import Queue
from rq.registry import FailedJobRegistry, StartedJobRegistry
from rq.serializers import JSONSerializer

from producers.record import record_tool_result
from producers.recorder import Recorder
from tests.conftest import wait_for
from worker.storage import UsagePatternStorage

from tests.integration.test_concurrency import MISTAKES, events as mistake_events  # noqa: F401  (one home)


def record_mistakes(recorder: Recorder, count: int, start: int = 0) -> list[str]:
    """`count` distinct mistakes through the real producer (buffered, spooled when Redis is away),
    spread evenly over the tools of MISTAKES; returns their event ids."""
    ids = []
    for n in range(start, start + count):
        tool, param, message = MISTAKES[n % len(MISTAKES)]
        value = f"{n:05d}{random.getrandbits(24):06x}"
        event_id = record_tool_result(tool, {param: value}, error=message.format(v=value), user="alice", recorder=recorder)
        assert event_id
        ids.append(event_id)
    return ids


def record_outcomes(recorder: Recorder, count: int) -> None:
    """`count` infrastructure failures and `count` successes, interleaved: counted, never learned."""
    for n in range(count):
        assert record_tool_result("git_push", {"remote": "origin"}, user="alice", recorder=recorder,
                                  error=f"fatal: Authentication failed for 'https://git.example.com/r{n}.git/'")
        assert record_tool_result("git_status", {}, ok=True, result="clean", user="alice", recorder=recorder)


def expected_patterns(count: int) -> list[tuple[str, int]]:
    """What `count` mistakes from record_mistakes(…) learn: one pattern per tool, exact observations."""
    return sorted((tool, len(range(n, count, len(MISTAKES)))) for n, (tool, _, _) in enumerate(MISTAKES))


def queue_of(client: Redis, name: str) -> Queue:
    return Queue(name, connection=client, serializer=JSONSerializer)


def settled(client: Redis, queue_name: str, store: UsagePatternStorage, total: int) -> bool:
    """Every job done (queue and started registry empty, nothing failed) and `total` events counted."""
    queue = queue_of(client, queue_name)
    return (queue.count == 0 and StartedJobRegistry(queue=queue).count == 0
            and store.counters().get("events", 0) >= total)


def wait_settled(client: Redis, queue_name: str, store: UsagePatternStorage, total: int, timeout: float,
                 message: str) -> None:
    wait_for(lambda: _try(settled, client, queue_name, store, total), timeout=timeout, interval=0.5, message=message)


def _try(check: Any, *args: Any) -> bool:
    try:
        return bool(check(*args))
    except Exception:  # Redis still loading its AOF, or away
        return False


def failed_jobs(client: Redis, queue_name: str) -> int:
    return FailedJobRegistry(queue=queue_of(client, queue_name)).count


def markers(client: Redis, store: UsagePatternStorage) -> int:
    """Once-only markers the store holds: one per event counted."""
    pattern = store.keys.seen_shard(0, 0).rsplit(":", 2)[0] + ":*"
    return sum(int(client.scard(key)) for key in client.scan_iter(match=pattern, count=1000))


def children(pid: int) -> list[int]:
    """The direct children of a process (the rq worker under the supervisor)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(p) for p in text]
    return found


def the_child(pid: int) -> int:
    """The one worker process a supervisor runs (waits for it to be started)."""
    return int(wait_for(lambda: (children(pid) or [0])[0], timeout=60, message="the supervisor's worker process"))
