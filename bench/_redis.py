"""Benchmarks run against a real Redis when one answers (REDIS_URL or 127.0.0.1:6379), else fakeredis."""
from __future__ import annotations

import os
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redis import Redis  # noqa: E402


@contextmanager
def bench_redis() -> Iterator[tuple[Redis, str, str]]:
    """(client, key prefix, what it is); deletes only the keys under its own prefix afterwards."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/12")
    prefix = f"bench:{uuid.uuid4().hex[:8]}:"
    try:
        client = Redis.from_url(url, socket_connect_timeout=0.5)
        client.ping()
        label = f"real Redis {url}"
    except Exception:
        import fakeredis

        client, label = fakeredis.FakeRedis(), "fakeredis (no server answered)"
    try:
        yield client, prefix, label
    finally:
        keys = list(client.scan_iter(match=f"{prefix}*", count=5000))
        for start in range(0, len(keys), 5000):
            client.delete(*keys[start:start + 5000])


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
