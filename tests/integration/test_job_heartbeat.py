"""A long batch keeps its started-job entry alive: the worker class has the running job renew its
heartbeat as it learns (`worker.lifecycle.heartbeat`), so another worker's abandoned-job sweep
never takes it for a dead worker's job and runs it again. Real Redis, RQ's own worker loop."""
from __future__ import annotations

import json
import time

from rq import Queue
from rq.registry import StartedJobRegistry
from rq.serializers import JSONSerializer

from worker import lifecycle
from worker.jobs import learn_events
from worker.rq_worker import UsagePatternsWorker

EXPIRIES = "heartbeat-test:expiries:"


def _expiry(queue: Queue) -> float:
    """When the running job's started-job entry expires (its score in the registry)."""
    [(_, score)] = queue.connection.zrange(StartedJobRegistry(queue=queue).key, 0, -1, withscores=True)
    return float(score)


def learning_slowly(queue_name: str, tag: str) -> None:
    """A batch that takes a while: learned in two halves a second apart, the started entry read between."""
    queue = Queue(queue_name, connection=lifecycle.resources().redis, serializer=JSONSerializer)
    events = [{"tool": "git_checkout", "params": {"branch": f"b{i}"}, "ok": True, "event_id": f"{tag}-{i}"} for i in range(200)]
    seen = [_expiry(queue)]
    learn_events(lifecycle.resources(), events[:100])
    time.sleep(1.1)
    learn_events(lifecycle.resources(), events[100:])
    seen.append(_expiry(queue))
    queue.connection.set(EXPIRIES + tag, json.dumps(seen), ex=60)


def test_a_running_batch_renews_its_started_job_entry_as_it_learns(env, redis, monkeypatch):
    monkeypatch.setattr(lifecycle._beat, "every", 0.5)
    queue = Queue(env["USAGE_PATTERNS_QUEUE"], connection=redis, serializer=JSONSerializer)
    tag = env["USAGE_PATTERNS_KEY_PREFIX"].split(":")[1]
    job = queue.enqueue(learning_slowly, queue.name, tag, result_ttl=0)
    UsagePatternsWorker([queue], connection=redis, serializer=JSONSerializer).work(burst=True)
    before, after = json.loads(redis.get(EXPIRIES + tag))
    redis.delete(EXPIRIES + tag)
    assert after >= before + 1.0  # renewed while the job ran: the entry lives on past its first TTL
    assert lifecycle._beat.send is None  # nothing is sent once the job is over
    lifecycle.heartbeat()  # outside a job: nothing to renew, no error
    assert job.get_status(refresh=False) is not None
    assert lifecycle.resources().store.counters()["events"] == 200


def test_outside_a_worker_the_heartbeat_is_a_no_op_and_a_failing_send_is_only_logged():
    lifecycle.heartbeat()
    sent: list[int] = []

    def failing() -> None:
        sent.append(1)
        raise ConnectionError("redis away")

    with lifecycle.beating(failing):
        lifecycle._beat.last = 0.0
        lifecycle.heartbeat()  # due: sent, fails, logged
        lifecycle.heartbeat()  # not due again yet
    assert sent == [1]


def test_a_warm_shutdown_ends_even_when_the_pubsub_thread_read_the_unsubscribe_reply_first(env, redis):
    """The race behind a SIGTERMed worker still up 30 s later: the pubsub thread takes the UNSUBSCRIBE reply before
    its stop flag is set and goes back to a 60 s read. Forced here (the reply read first), teardown still ends."""
    import threading

    queue = Queue(env["USAGE_PATTERNS_QUEUE"], connection=redis, serializer=JSONSerializer)
    worker = UsagePatternsWorker([queue], connection=redis, serializer=JSONSerializer)
    worker.subscribe()
    worker.pubsub.unsubscribe()  # the thread reads this reply and, still running, reads again
    deadline = time.monotonic() + 10
    while worker.pubsub.subscribed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not worker.pubsub.subscribed, "the pubsub thread never read the UNSUBSCRIBE reply"
    teardown = threading.Thread(target=worker.unsubscribe, daemon=True)
    teardown.start()
    teardown.join(20)  # RQ's own teardown waits out the thread's 60 s read here
    assert not teardown.is_alive(), "unsubscribe() still waiting on the pubsub thread"
    assert worker.pubsub.connection is None  # closed: the worker process can exit
