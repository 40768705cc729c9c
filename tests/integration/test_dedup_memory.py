"""Once-only memory at fleet volume: the store's seen:<day>:<shard> sets stay ≤ 50 bytes per event at a
million events a day when Redis keeps them as packed integer sets (`set-max-intset-entries 8192`, the
setting README asks for); with Redis's default 512 a shard outgrows the packed form at ~524k events a
day and costs ~70 bytes per event. (Up to that, any setting: tests/integration/test_store_contract.py.)

Measured with MEMORY USAGE on throwaway servers, on a sample of the shards filled as a day of
1,000,000 events fills them (the same slot function and key names as the store's commit script)."""
from __future__ import annotations

from datetime import datetime, timezone

from redis import Redis

from tests.reliability.servers import RedisServer
from worker.keys import Keys
from worker.store_api import DEDUP_SHARDS, dedup_slot

EVENTS_PER_DAY = 1_000_000
SAMPLED_SHARDS = 16  # of DEDUP_SHARDS: their members are exactly those a full day puts there


def bytes_per_event(redis: Redis) -> tuple[float, set[bytes]]:
    keys, now = Keys("dedup-test:"), datetime(2026, 12, 1, 12, tzinfo=timezone.utc).timestamp()
    stamp = datetime.fromtimestamp(now, timezone.utc).isoformat()
    pipe, names, members = redis.pipeline(transaction=False), set(), 0
    for n in range(EVENTS_PER_DAY):
        day, shard, member = dedup_slot(f"event-{n:08d}", stamp, now)
        if shard < SAMPLED_SHARDS:
            name = keys.seen_shard(day, shard)
            names.add(name)
            pipe.sadd(name, member)
            members += 1
    pipe.execute()
    used = sum(redis.memory_usage(name, samples=0) or 0 for name in names)
    encodings = {redis.object("encoding", name) for name in names}
    assert len(names) == SAMPLED_SHARDS and members > EVENTS_PER_DAY // DEDUP_SHARDS * SAMPLED_SHARDS * 0.9
    return used / members, encodings


def test_a_million_events_a_day_cost_under_fifty_bytes_each_with_packed_integer_sets(tmp_path):
    tuned = RedisServer(tmp_path / "tuned", "--set-max-intset-entries", "8192").start()
    default = RedisServer(tmp_path / "default").start()
    try:
        per_event, encodings = bytes_per_event(Redis(port=tuned.port))
        assert per_event <= 50 and encodings == {b"intset"}, per_event
        per_event_default, encodings_default = bytes_per_event(Redis(port=default.port))
        assert per_event_default > 50 and encodings_default == {b"hashtable"}, per_event_default
        print(f"\nonce-only memory at {EVENTS_PER_DAY:,} events/day: {per_event:.1f} B/event "
              f"(set-max-intset-entries 8192), {per_event_default:.1f} B/event (Redis default 512)")
    finally:
        tuned.stop()
        default.stop()
