"""Settings module for `rq worker -c worker.rq_settings` (see the Procfile): Redis URL, logging,
and the live store seeded from the YAML snapshot when it starts empty."""
import os

from .logs import configure_logging

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
configure_logging(json_lines=True)


def _seed_at_start() -> None:
    import structlog
    from redis import Redis

    from .config import load_settings
    from .jobs import seed_from_snapshot, storage_for

    try:
        settings = load_settings()
        seed_from_snapshot(storage_for(Redis.from_url(REDIS_URL), settings), settings)
    except Exception as exc:  # the worker must start anyway; the first batch tries again
        structlog.get_logger("usage_patterns.worker").warning("snapshot_not_loaded_at_start", error=str(exc))


_seed_at_start()
