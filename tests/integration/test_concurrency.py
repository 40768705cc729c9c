"""Four real `rq worker` processes on one queue: exact counts, and duplicate delivery counts once."""
from __future__ import annotations

import random

from rq import Queue
from rq.serializers import JSONSerializer

from producers.recorder import JOB_FUNC
from tests.conftest import wait_for
from worker.events import Event
from worker.storage import UsagePatternStorage

MISTAKES = [
    ("git_checkout", "ref", "error: pathspec '{v}' did not match any file(s) known to git"),
    ("bonfire_deploy", "image_tag", "Error: manifest unknown: quay.io/app:{v}"),
    ("bonfire_namespace_release", "namespace", "Namespace '{v}' not owned by you"),
    ("cat", "path", "cat: /srv/{v}/app.conf: No such file or directory"),
]


def events(count: int) -> list[dict]:
    made = []
    for i in range(count):
        tool, param, message = MISTAKES[i % len(MISTAKES)]
        value = f"{random.getrandbits(28):07x}"
        made.append(Event(tool=tool, params={param: value}, ok=False, error=message.format(v=value)).to_dict())
    return made


def test_four_workers_count_every_mistake_exactly_once(env, processes, redis):
    recorded = events(400)
    queue = Queue(env["USAGE_PATTERNS_QUEUE"], connection=redis, serializer=JSONSerializer)
    for start in range(0, len(recorded), 5):
        queue.enqueue(JOB_FUNC, recorded[start:start + 5], result_ttl=0)
    for start in range(0, 100, 5):  # the first 100 events delivered a second time
        queue.enqueue(JOB_FUNC, recorded[start:start + 5], result_ttl=0)
    for _ in range(4):
        processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    wait_for(lambda: queue.count == 0 and store.counters().get("events", 0) >= 400, timeout=90,
             message="the 4 workers to drain the queue")
    wait_for(lambda: not any(w for w in queue.started_job_registry.get_job_ids()), timeout=30, message="jobs to finish")
    patterns = store.list_patterns()
    assert sum(p["observations"] for p in patterns) == 400
    assert sorted((p["tool"], p["observations"]) for p in patterns) == sorted((tool, 100) for tool, _, _ in MISTAKES)
    assert store.counters()["events"] == 400
