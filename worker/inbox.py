"""The inbox's producer side: one-shot processes (Claude Code hooks, `usage-patterns record`) push
raw JSON events onto the store's inbox list instead of making one RQ job per event.

One server-side script, one round trip: RPUSH the events, then `SET inbox:drain 1 NX EX n`; only
the producer that sets the flag enqueues ONE `worker.jobs.drain_inbox` job (written by
`worker.rq_enqueue`: no rq, no redis-py). The flag stays set while a drain runs; the drain clears
it only in the same atomic step that finds the inbox empty (`UsagePatternStorage.finish_drain`),
so a burst of pushes gets one drain, and a push after that step enqueues the next one. Events
leave the inbox only after their batch is committed, so a failed or killed drain loses nothing:
RQ retries the job, and the snapshot writer's tick enqueues a drain for events that wait with no
drain requested (the flag expires after INBOX_DRAIN_SECONDS if its drain died).

Works over `worker.resp.MiniRedis` or redis-py (anything with `eval`).
"""
from __future__ import annotations

from typing import Any

from . import rq_enqueue
from .config import INBOX_DRAIN_SECONDS
from .keys import Keys

# KEYS: inbox, drain flag, job, queue, rq:queues. ARGV: flag seconds, job id, n (job field args), the
# n job field args, then the events. Returns 1 when this push enqueued the drain job, else 0.
PUSH_SCRIPT = """
local n = tonumber(ARGV[3])
local events = {}
for i = 4 + n, #ARGV do events[#events + 1] = ARGV[i] end
if #events > 0 then redis.call('RPUSH', KEYS[1], unpack(events)) end
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', tonumber(ARGV[1])) then return 0 end
local fields = {}
for i = 4, 3 + n do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[3], unpack(fields))
redis.call('RPUSH', KEYS[4], ARGV[2])
redis.call('SADD', KEYS[5], KEYS[4])
return 1
"""
MAX_PUSH = 1000  # events per script call (Lua's unpack has a stack limit)
_DRAIN_DATA = b'["%s", null, [], {}]' % rq_enqueue.DRAIN_INBOX.encode()


def push(redis: Any, keys: Keys, queue_name: str, raw_events: list[str]) -> bool:
    """Push JSON events; True if this call enqueued the drain job (False: one is pending already)."""
    enqueued = False
    for start in range(0, max(len(raw_events), 1), MAX_PUSH):
        chunk = raw_events[start:start + MAX_PUSH]
        job_id = rq_enqueue.new_job_id()
        fields = rq_enqueue.job_fields(rq_enqueue.DRAIN_INBOX, [], queue_name, data=_DRAIN_DATA)
        reply = redis.eval(PUSH_SCRIPT, 5, keys.inbox, keys.inbox_drain, rq_enqueue.job_key(job_id),
                           rq_enqueue.queue_key(queue_name), rq_enqueue.QUEUES_KEY,
                           INBOX_DRAIN_SECONDS, job_id, len(fields), *fields, *chunk)
        enqueued = enqueued or bool(reply)
    return enqueued

