"""The workers' output as a supervisor captures it (Procfile lines, real Redis): one JSON-lines stream,
RQ's own lines included, and job_id on every line logged while a job runs, on no line outside one."""
from __future__ import annotations

import json

from redis import Redis
from rq import Queue, Worker
from rq.cron import get_cron_job_history_key
from rq.serializers import JSONSerializer

from tests.conftest import cli, wait_for
from worker.storage import UsagePatternStorage

MISTAKE = {"tool": "deploy", "params": {"image_tag": "74ec56e"}, "error": "manifest unknown: quay.io/app:74ec56e"}


def json_lines(text: str) -> list[dict]:
    lines = text.splitlines()
    assert lines, "the worker printed nothing"
    parsed = []
    for number, line in enumerate(lines, 1):
        try:
            parsed.append(json.loads(line))
        except json.JSONDecodeError:
            raise AssertionError(f"line {number} is not JSON: {line!r}") from None
        assert isinstance(parsed[-1], dict) and {"event", "level", "logger", "timestamp"} <= set(parsed[-1]), line
    return parsed


def job_blocks(lines: list[dict]) -> dict[str, list[int]]:
    """For each job id, the positions of the lines that carry it."""
    found: dict[str, list[int]] = {}
    for position, line in enumerate(lines):
        if line.get("job_id"):
            found.setdefault(line["job_id"], []).append(position)
    return found


def assert_jobs_tagged(lines: list[dict], expected_jobs: set[str]) -> dict[str, list[dict]]:
    blocks = job_blocks(lines)
    assert expected_jobs <= set(blocks), (expected_jobs, set(blocks))
    by_job = {}
    for job_id, positions in blocks.items():
        # a job's lines are one unbroken run: nothing logged during the job lacks its id
        assert positions == list(range(positions[0], positions[-1] + 1)), job_id
        block = [lines[p] for p in positions]
        assert block[0]["logger"] == "rq.worker" and job_id in block[0]["event"], block[0]  # RQ announces it
        assert any(job_id in line["event"] for line in block[1:]), block  # ... and says how it ended
        by_job[job_id] = block
    for line in lines:  # a line naming a job is that job's line
        for job_id in blocks:
            if job_id in line["event"]:
                assert line.get("job_id") == job_id, line
    assert not lines[-1].get("job_id") and not lines[0].get("job_id")  # start and shutdown belong to no job
    return by_job


def test_worker_output_is_one_json_lines_stream_with_job_id_on_every_job_line(env, processes, redis: Redis, tmp_path):
    events_queue, maintenance_queue = env["USAGE_PATTERNS_QUEUE"], env["USAGE_PATTERNS_QUEUE"] + "-maintenance"
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    history = get_cron_job_history_key("worker.jobs.run_scheduled_maintenance")
    history_existed = redis.exists(history)
    registered_before = redis.zscore("rq:cron_jobs", "worker.jobs.run_scheduled_maintenance") is not None
    worker, maintenance = processes.start("worker"), processes.start("maintenance")
    scheduler = processes.start("scheduler", {"USAGE_PATTERNS_MAINTENANCE_INTERVAL": "3600"})
    wait_for(lambda: len(Worker.all(connection=redis, queue=Queue(events_queue, connection=redis))) == 1
             and len(Worker.all(connection=redis, queue=Queue(maintenance_queue, connection=redis))) == 1,
             message="both workers registered")

    batch = tmp_path / "events.jsonl"
    batch.write_text(json.dumps(MISTAKE) + "\n")
    for expected in (1, 2, 3):  # three jobs, one after another
        done = cli("replay", str(batch), env=env)
        assert done.returncode == 0, done.stderr
        wait_for(lambda: store.counters().get("events", 0) == expected, 60, message=f"{expected} events learned")
    events = Queue(events_queue, connection=redis, serializer=JSONSerializer)
    failing = events.enqueue("worker.jobs.no_such_job")
    wait_for(lambda: events.failed_job_registry.count == 1, message="the job failed")
    maintained = Queue(maintenance_queue, connection=redis).enqueue("worker.jobs.run_scheduled_maintenance")
    wait_for(lambda: store.maintenance_reports(1), 60, message="maintenance ran")
    scheduler.terminate()  # rq cron enqueues its first maintenance at a moment of its own: stop it first,
    scheduler.wait(15)     # then let the workers finish whatever it enqueued before they are shut down
    queues = [Queue(name, connection=redis) for name in (events_queue, maintenance_queue)]
    wait_for(lambda: all(q.count == 0 and q.started_job_registry.count == 0 for q in queues)
             and all(w.get_state() == "idle" for w in Worker.all(connection=redis)
                     if set(w.queue_names()) & {events_queue, maintenance_queue}), 60, message="workers idle, queues empty")
    processes.stop_all()  # warm shut-down lines come last
    if not history_existed:
        redis.delete(history)
    if not registered_before:
        redis.zrem("rq:cron_jobs", "worker.jobs.run_scheduled_maintenance")

    lines = json_lines(processes.output(worker))
    rq_lines = [line for line in lines if line["logger"].startswith("rq.")]
    assert any("started with PID" in line["event"] for line in rq_lines)
    assert any("warm shut down" in line["event"] for line in rq_lines)
    learned = [line for line in lines if line["event"] == "batch_processed"]
    assert len(learned) == 3 and len({line["job_id"] for line in learned}) == 3
    by_job = assert_jobs_tagged(lines, {line["job_id"] for line in learned} | {failing.id})
    for line in learned:
        assert any("Job OK" in other["event"] for other in by_job[line["job_id"]])
    failure = [line for line in by_job[failing.id] if line["level"] == "error"]
    assert failure and "Traceback" in failure[0]["event"] and "no_such_job" in failure[0]["event"]

    lines = json_lines(processes.output(maintenance))
    by_job = assert_jobs_tagged(lines, {maintained.id})
    assert any(line["event"] == "maintenance_done" for line in by_job[maintained.id])

    lines = json_lines(processes.output(scheduler))  # rq cron's own lines: the same stream
    assert any(line["logger"].startswith("rq.") for line in lines) and not any(line.get("job_id") for line in lines)


def test_cli_warnings_are_one_plain_line_with_the_one_prefix(env, tmp_path):
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps(MISTAKE) + "\n")
    done = cli("replay", str(events),
               env={**env, "REDIS_URL": "redis://127.0.0.1:1/0", "USAGE_PATTERNS_SPOOL_DIR": str(tmp_path / "spool")})
    assert done.returncode == 0 and "1 spooled" in done.stdout
    assert done.stderr.startswith("usage-patterns: Redis unavailable") and done.stderr.count("\n") == 1, done.stderr
