"""`usage-patterns demo`: the whole flow on an embedded Redis (fakeredis), through the real code.

producer (record_tool_result → batched RQ job) → queue → rq SimpleWorker in this process →
classifier → extractor → learner → Redis store → YAML snapshot in a temp dir → checker.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rq import Queue, SimpleWorker
from rq.serializers import JSONSerializer

from producers.checker import PatternCache, UsagePatternChecker
from producers.context import session_context
from producers.record import record_tool_result
from producers.recorder import Recorder
from worker.classifier import classify_error_type
from worker.config import load_settings
from worker.logs import configure_logging
from worker.jobs import write_current_snapshot
from worker.storage import UsagePatternStorage

EXAMPLES = [
    ("bonfire_namespace_release", {"namespace": "ephemeral-abc-123"}, "Namespace 'ephemeral-abc-123' not owned by you"),
    ("bonfire_deploy", {"namespace": "ephemeral-x1", "image_tag": "74ec56e"}, "Error: manifest unknown: quay.io/app:74ec56e"),
    ("gitlab_mr_create", {"source_branch": "feature-1"}, "nothing to push, branch has no commits"),
    ("bonfire_deploy", {"namespace": "ephemeral-xyz"}, "namespace 'ephemeral-xyz' does not exist"),
    ("git_push", {"branch": "main"}, "fatal: unable to access 'https://gitlab.example.com/': Could not resolve host: gitlab.example.com"),
]
SHORT_SHAS = ["74ec56e", "a1b2c3d", "9f8e7d6", "0c1d2e3", "5a6b7c8", "1234abc", "deadbee", "c0ffee1", "feed123", "bada55e"]


def run_demo(memory_dir: str | None = None) -> None:
    import logging

    import fakeredis

    configure_logging(json_lines=False, level=logging.WARNING)
    work = Path(memory_dir or tempfile.mkdtemp(prefix="usage-patterns-demo-"))
    os.environ["USAGE_PATTERNS_MEMORY_DIR"] = str(work)
    os.environ["USAGE_PATTERNS_SPOOL_DIR"] = str(work / "spool")
    settings = load_settings()
    redis = fakeredis.FakeRedis()
    recorder = Recorder(settings, redis=redis)

    print("== 1. Classification (worker.classifier) ==")
    for tool, params, error in EXAMPLES:
        result = classify_error_type(tool, params, error)
        label = result["error_category"] or f"infrastructure/{result['infra_kind']}"
        print(f"  {tool:<28} {label:<24} {result['confidence']:.2f}  learnable={result['learnable']}  "
              f"parameter={result['evidence'].get('parameter')}")

    print("\n== 2. Recording 10 short-SHA deploys, the examples and a success (producers.record) ==")
    for tag in SHORT_SHAS:
        record_tool_result("bonfire_deploy", {"namespace": "ephemeral-x1", "image_tag": tag},
                           error=f"Error: manifest unknown: quay.io/app:{tag}", user="demo", recorder=recorder)
    for tool, params, error in EXAMPLES:
        record_tool_result(tool, params, error=error, user="demo", recorder=recorder)
    record_tool_result("git_status", {}, result="clean", recorder=recorder)
    recorder.close()
    queue = Queue(settings.queue_name, connection=redis, serializer=JSONSerializer)
    print(f"  {queue.count} batch job(s) on queue {settings.queue_name!r}")

    print("\n== 3. An rq worker drains the queue (worker.jobs.process_events) ==")
    SimpleWorker([queue], connection=redis, serializer=JSONSerializer).work(burst=True, logging_level="WARNING")

    storage = UsagePatternStorage(redis, settings.key_prefix)
    write_current_snapshot(storage, settings, force=True)  # what the Procfile's snapshot process does
    print("\n== 4. Learned patterns (worker.storage) ==")
    for pattern in storage.list_patterns():
        print(f"  {pattern['confidence']:.2f}  {pattern['observations']:>3}x  {pattern['id']}")
        print(f"        {pattern['root_cause']}")
        for step in pattern["prevention_steps"]:
            print(f"        - {step['action']}: {step.get('reason', '')}")

    print("\n== 5. Stats ==")
    stats = storage.stats()
    print(f"  patterns={stats['total_usage_patterns']} high={stats['high_confidence']} "
          f"medium={stats['medium_confidence']} low={stats['low_confidence']}")
    print("  events: " + ", ".join(f"{k}={v}" for k, v in stats["events"].items()))

    print("\n== 6. Pre-call check (producers.checker) ==")
    checker = UsagePatternChecker(PatternCache(storage))
    for tag in ("0badc0d", "74ec56e0c4b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9"):
        check = checker.check_before_call("bonfire_deploy", {"namespace": "ephemeral-x1", "image_tag": tag})
        print(f"  bonfire_deploy image_tag={tag}: {check['decision']}")
        for warning in check["warnings"]:
            print(f"      {warning}")

    print("\n== 7. Session-start pitfalls (producers.context, min confidence 0.75) ==")
    print(session_context(storage.list_patterns(), min_confidence=0.75) or "  (none yet)")
    print(f"Snapshot: {settings.snapshot_path}")
