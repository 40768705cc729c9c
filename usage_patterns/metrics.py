"""Prometheus metrics: `usage-patterns metrics` prints them, `metrics --serve PORT` serves /metrics.

A custom collector reads the store and RQ's registries at scrape time through `status.collect_status`
(one home for queue, worker, spool and maintenance figures); `families` is the pure part, status and
patterns in, metric families out. Nothing is kept in prometheus_client's global registry.

    usage_patterns_redis_up                                  1 when Redis answered this scrape
    usage_patterns_queue_jobs{queue,role,state}              queued, started, failed, scheduled, deferred, finished
    usage_patterns_queue_workers{queue,role}                 workers serving the queue (0: nobody serves it)
    usage_patterns_workers{state}                            workers serving either queue, by state
    usage_patterns_schedulers                                rq cron schedulers feeding the maintenance queue
    usage_patterns_dead_letters                              events the learner failed on
    usage_patterns_spool_pending / usage_patterns_inbox_pending   events waiting on this host / in Redis
    usage_patterns_events_total{outcome}                     success, usage_error, infra_error, unknown_error
    usage_patterns_usage_errors_total{category}              usage mistakes by category
    usage_patterns_infra_errors_total{kind}                  infrastructure faults by kind
    usage_patterns_prevention_total{outcome}                 prevented, false_positive (warned calls that ran)
    usage_patterns_learned_total{kind}                       created, merged
    usage_patterns_patterns{action,category}                 block (>= BLOCK_THRESHOLD), warn (>= WARN_THRESHOLD), none
    usage_patterns_last_maintenance_timestamp_seconds        the last real (not dry-run) maintenance run
    usage_patterns_rule_packs{state}                         user rule packs loaded / refused
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Iterable

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector, CollectorRegistry

from worker.confidence import BLOCK_THRESHOLD, WARN_THRESHOLD

if TYPE_CHECKING:
    from worker.config import Settings
    from worker.storage import UsagePatternStorage

PREFIX = "usage_patterns"
QUEUE_STATES = ("queued", "started", "failed", "scheduled", "deferred", "finished")
_STATE_FIELD = {"queued": "depth"}
EVENT_OUTCOMES = (("success", "successes"), ("usage_error", "usage_errors"), ("infra_error", "infra_errors"),
                  ("unknown_error", "unknown_errors"))
ACTIONS = ("block", "warn", "none")

# (status, patterns): what one scrape reads. status is collect_status's (or offline_status's) dict.
Reading = tuple[dict[str, Any], list[dict[str, Any]]]


def action(confidence: float) -> str:
    """What the pre-call check does with a pattern this confident."""
    if confidence >= BLOCK_THRESHOLD:
        return "block"
    return "warn" if confidence >= WARN_THRESHOLD else "none"


def _timestamp(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).timestamp()
    except ValueError:
        return None


def _gauge(name: str, documentation: str, value: float | None = None, labels: Iterable[str] = ()) -> GaugeMetricFamily:
    return GaugeMetricFamily(f"{PREFIX}_{name}", documentation, value=value, labels=list(labels) or None)


def families(status: dict[str, Any], patterns: list[dict[str, Any]]) -> list[Metric]:
    """Metric families for one scrape (pure). With Redis away only redis_up, the spool and the rule packs."""
    up = status.get("redis") == "ok"
    found: list[Metric] = [_gauge("redis_up", "1 when Redis answered this scrape, else 0.", 1.0 if up else 0.0)]
    spool = status.get("spool") or {}
    found.append(_gauge("spool_pending", "Events spooled on this host while Redis was away, not yet re-sent.",
                        float(spool.get("pending", 0))))
    rules = status.get("rules")
    if rules:
        packs = _gauge("rule_packs", "User rule packs in memory/rules/, loaded or refused.", labels=["state"])
        packs.add_metric(["loaded"], len(rules["loaded"]))
        packs.add_metric(["refused"], len(rules["refused"]))
        found.append(packs)
    if not up:
        return found

    jobs = _gauge("queue_jobs", "RQ jobs per queue and state (queued is the queue's depth).",
                  labels=["queue", "role", "state"])
    served = _gauge("queue_workers", "Workers serving the queue; 0 means nobody serves it.", labels=["queue", "role"])
    for name, queue in status["queues"].items():
        for state in QUEUE_STATES:
            jobs.add_metric([name, queue["role"], state], float(queue[_STATE_FIELD.get(state, state)]))
        served.add_metric([name, queue["role"]], len(queue["workers"]))
    workers = _gauge("workers", "RQ workers serving our queues, by state (busy, idle, suspended …).", labels=["state"])
    states: dict[str, int] = {}
    for worker in status["workers"]:
        states[worker["state"]] = states.get(worker["state"], 0) + 1
    for state, count in sorted(states.items()):
        workers.add_metric([state], count)
    found += [jobs, served, workers,
              _gauge("schedulers", "rq cron schedulers enqueueing maintenance (run exactly one).",
                     float(status["schedulers"]["count"])),
              _gauge("dead_letters", "Events the learner failed on (usage-patterns failed list).",
                     float(status["dead_letters"])),
              _gauge("inbox_pending", "Events one-shot producers pushed to the Redis inbox, not yet learned.",
                     float(spool.get("inbox", 0)))]

    counters: dict[str, int] = status["patterns"]["events"]
    events = CounterMetricFamily(f"{PREFIX}_events", "Tool-call results learned from, by outcome.", labels=["outcome"])
    for outcome, counter in EVENT_OUTCOMES:
        events.add_metric([outcome], counters.get(counter, 0))
    by_category = CounterMetricFamily(f"{PREFIX}_usage_errors", "Usage mistakes learned from, by category.",
                                      labels=["category"])
    by_infra = CounterMetricFamily(f"{PREFIX}_infra_errors", "Infrastructure faults seen (never learned), by kind.",
                                   labels=["kind"])
    for key, count in sorted(counters.items()):
        group, _, label = key.partition(":")
        if group == "by_category":
            by_category.add_metric([label], count)
        elif group == "by_infra":
            by_infra.add_metric([label], count)
    prevention = CounterMetricFamily(f"{PREFIX}_prevention", "Warned calls that then ran: prevented (the fixed call "
                                     "succeeded) or false_positive (overridden and succeeded).", labels=["outcome"])
    prevention.add_metric(["prevented"], counters.get("prevention_successes", 0))
    prevention.add_metric(["false_positive"], counters.get("false_positives", 0))
    learned = CounterMetricFamily(f"{PREFIX}_learned", "Mistakes that became a new pattern or merged into one.",
                                  labels=["kind"])
    learned.add_metric(["created"], counters.get("patterns_created", 0))
    learned.add_metric(["merged"], counters.get("observations_merged", 0))
    found += [events, by_category, by_infra, prevention, learned]

    by_action: dict[tuple[str, str], int] = {}
    for pattern in patterns:
        cell = (action(float(pattern["confidence"])), pattern["error_category"])
        by_action[cell] = by_action.get(cell, 0) + 1
    live = _gauge("patterns", f"Learned patterns by what the check does (block >= {BLOCK_THRESHOLD}, "
                  f"warn >= {WARN_THRESHOLD}) and category.", labels=["action", "category"])
    for (name, category), count in sorted(by_action.items(), key=lambda item: (ACTIONS.index(item[0][0]), item[0][1])):
        live.add_metric([name, category], count)
    found.append(live)

    runs = [r for r in (status["maintenance"].get("runs") or []) if not r.get("dry_run")]
    last = _timestamp(runs[0]["ran_at"]) if runs else None
    last_run = _gauge("last_maintenance_timestamp_seconds", "When maintenance (decay, prune, snapshot) last ran "
                      "(Unix time; no sample: never).")
    if last is not None:
        last_run.add_metric([], last)
    found.append(last_run)
    return found


class UsagePatternsCollector(Collector):
    """Reads everything at scrape time; `read` returns (status, patterns)."""

    def __init__(self, read: Callable[[], Reading]) -> None:
        self.read = read

    def collect(self) -> Iterable[Metric]:
        return families(*self.read())


def reader(settings: Settings, store: UsagePatternStorage) -> Callable[[], Reading]:
    """One scrape: patterns listed once, status collected around them; Redis away is a reading too."""
    from redis.exceptions import RedisError

    from .status import collect_status, offline_status

    def read() -> Reading:
        try:
            store.redis.ping()
            patterns = store.list_patterns()
            return collect_status(settings, store.redis, store, patterns), patterns
        except (RedisError, OSError) as exc:
            return offline_status(settings, f"cannot reach Redis at {settings.redis_url} ({type(exc).__name__})"), []

    return read


def registry(read: Callable[[], Reading]) -> CollectorRegistry:
    found = CollectorRegistry(auto_describe=False)
    found.register(UsagePatternsCollector(read))
    return found


def exposition(read: Callable[[], Reading]) -> str:
    from prometheus_client import generate_latest

    return generate_latest(registry(read)).decode("utf-8")


def serve(read: Callable[[], Reading], port: int, host: str, ready: Callable[[str], None]) -> None:
    """Serve /metrics in the foreground until interrupted (one scrape at a time)."""
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    from prometheus_client import make_wsgi_app

    metrics_app = make_wsgi_app(registry(read))

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/metrics":
            return metrics_app(environ, start_response)  # type: ignore[no-any-return]
        start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
        return [b"usage-patterns serves /metrics only\n"]

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
            pass

    with make_server(host, port, app, handler_class=QuietHandler) as server:
        ready(f"http://{host}:{server.server_port}/metrics")
        server.serve_forever()
