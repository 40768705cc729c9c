"""`usage-patterns metrics [--serve PORT]` against a real Redis and real Procfile workers: what a
Prometheus server scrapes, parsed with prometheus_client's own parser."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families
from redis import Redis
from rq import Queue, Worker
from rq.serializers import JSONSerializer

from tests.conftest import REPO, cli, free_port, wait_for
from worker.storage import UsagePatternStorage

SHORT = "74ec56e"
MISTAKE = {"tool": "deploy", "params": {"image_tag": SHORT}, "error": f"manifest unknown: quay.io/app:{SHORT}"}
SERVER_ERROR = {"tool": "jira_get", "params": {"key": "ABC-1"}, "error": "503 Service Unavailable"}
DNS = {"tool": "git_push", "params": {},
       "error": "fatal: unable to access 'https://github.com/x/y.git/': Could not resolve host: github.com"}
GOOD = {"tool": "deploy", "params": {"image_tag": "v1.2.3"}, "ok": True, "result": "deployed"}


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    """Every sample of an exposition, keyed by sample name and labels."""
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(found: dict, name: str, **labels: str) -> float:
    return found[(name, frozenset(labels.items()))]


def replay(env: dict[str, str], tmp_path: Path, events: list[dict]) -> None:
    path = tmp_path / f"events-{len(list(tmp_path.glob('events-*')))}.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    done = cli("replay", str(path), env=env)
    assert done.returncode == 0, done.stderr


def test_metrics_report_what_the_workers_learned_and_what_ops_must_act_on(env, processes, redis: Redis, tmp_path):
    events_queue, maintenance_queue = env["USAGE_PATTERNS_QUEUE"], env["USAGE_PATTERNS_QUEUE"] + "-maintenance"
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    worker = processes.start("worker")
    processes.start("maintenance")
    wait_for(lambda: len(Worker.all(connection=redis, queue=Queue(events_queue, connection=redis))) == 1
             and len(Worker.all(connection=redis, queue=Queue(maintenance_queue, connection=redis))) == 1,
             message="both workers registered")

    replay(env, tmp_path, [MISTAKE] * 20 + [SERVER_ERROR] * 2 + [DNS] + [GOOD] * 4)
    wait_for(lambda: store.counters().get("events", 0) == 27, 120, message="27 events learned")
    [learned] = store.list_patterns()
    warned = {**GOOD, "warned_patterns": [learned["id"]]}
    replay(env, tmp_path, [warned, {**warned, "override": True}])  # one prevented, one false positive
    wait_for(lambda: store.counters().get("events", 0) == 29, 120, message="the outcomes learned")
    store.add_pattern({"id": "p-block", "tool": "git_push", "error_category": "MISSING_PREREQUISITE",
                       "confidence": 0.97, "observations": 150})
    store.keep_dead_letter({"tool": "t", "event_id": "e1"})
    spool = Path(env["USAGE_PATTERNS_SPOOL_DIR"])
    spool.mkdir(parents=True)
    (spool / "events.jsonl").write_text('{"tool": "a"}\n{"tool": "b"}\n')
    maintained = cli("maintain", "--json", env=env)
    assert maintained.returncode == 0, maintained.stderr
    queue = Queue(events_queue, connection=redis, serializer=JSONSerializer)
    queue.enqueue("worker.jobs.no_such_job")
    wait_for(lambda: queue.failed_job_registry.count == 1, message="the job failed")
    worker.terminate()  # the events worker goes away; two batches wait
    worker.wait(30)
    wait_for(lambda: not Worker.all(connection=redis, queue=Queue(events_queue, connection=redis)), message="gone")
    queue.enqueue("worker.jobs.process_events", [])
    queue.enqueue("worker.jobs.process_events", [])

    done = cli("metrics", env=env)
    assert done.returncode == 0, done.stderr
    found = samples(done.stdout)
    assert value(found, "usage_patterns_redis_up") == 1
    assert value(found, "usage_patterns_events_total", outcome="usage_error") == 20
    assert value(found, "usage_patterns_events_total", outcome="infra_error") == 3
    assert value(found, "usage_patterns_events_total", outcome="success") == 6
    assert value(found, "usage_patterns_events_total", outcome="unknown_error") == 0
    assert value(found, "usage_patterns_usage_errors_total", category=learned["error_category"]) == 20
    assert value(found, "usage_patterns_infra_errors_total", kind="server_error") == 2
    assert value(found, "usage_patterns_infra_errors_total", kind="dns") == 1
    assert value(found, "usage_patterns_prevention_total", outcome="prevented") == 1
    assert value(found, "usage_patterns_prevention_total", outcome="false_positive") == 1
    assert value(found, "usage_patterns_learned_total", kind="created") == 1
    assert value(found, "usage_patterns_learned_total", kind="merged") == 19
    # 20 observations warn (>= 0.75), and still do after one prevention and one false positive
    assert 0.75 <= store.get_pattern(learned["id"])["confidence"] < 0.95
    patterns = {k: v for k, v in found.items() if k[0] == "usage_patterns_patterns"}
    assert patterns == {("usage_patterns_patterns", frozenset({"action": "warn", "category": learned["error_category"]}.items())): 1,
                        ("usage_patterns_patterns", frozenset({"action": "block", "category": "MISSING_PREREQUISITE"}.items())): 1}
    assert value(found, "usage_patterns_dead_letters") == 1
    assert value(found, "usage_patterns_spool_pending") == 2
    assert value(found, "usage_patterns_queue_jobs", queue=events_queue, role="events", state="failed") == 1
    assert value(found, "usage_patterns_queue_jobs", queue=events_queue, role="events", state="queued") == 2
    assert value(found, "usage_patterns_queue_workers", queue=events_queue, role="events") == 0  # nobody serves it
    assert value(found, "usage_patterns_queue_workers", queue=maintenance_queue, role="maintenance") == 1
    assert {k[1]: v for k, v in found.items() if k[0] == "usage_patterns_workers"} == {frozenset({("state", "idle")}): 1}
    ran_at = datetime.fromisoformat(json.loads(maintained.stdout)["ran_at"]).timestamp()
    assert value(found, "usage_patterns_last_maintenance_timestamp_seconds") == ran_at

    # the same figures served over HTTP, read at scrape time (a new pattern shows at once)
    port = free_port()
    exe = Path(sys.executable).parent / "usage-patterns"
    server = subprocess.Popen([str(exe), "metrics", "--serve", str(port)], env={**os.environ, **env}, cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        def scrape(path: str = "/metrics") -> str | None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
                    assert response.headers["Content-Type"].startswith("text/plain")
                    return response.read().decode()
            except urllib.error.URLError:
                return None

        served = samples(wait_for(scrape, 60, message="/metrics served"))
        assert served == found
        store.add_pattern({"id": "p-block-2", "tool": "git_push", "error_category": "MISSING_PREREQUISITE",
                           "confidence": 0.96, "observations": 120})
        again = samples(scrape())
        assert value(again, "usage_patterns_patterns", action="block", category="MISSING_PREREQUISITE") == 2
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/elsewhere", timeout=10)
            raise AssertionError("only /metrics is served")
        except urllib.error.HTTPError as exc:
            assert exc.code == 404
    finally:
        server.terminate()
        server.wait(15)

    # Redis away: what is known without it, and exit 1
    offline = cli("metrics", env={**env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    assert offline.returncode == 1 and offline.stderr.startswith("usage-patterns: error: cannot reach Redis")
    down = samples(offline.stdout)
    assert value(down, "usage_patterns_redis_up") == 0 and value(down, "usage_patterns_spool_pending") == 2
