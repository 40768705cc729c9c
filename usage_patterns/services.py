"""Wiring shared by the CLI commands: connections, storage, the checker, the spool."""
from __future__ import annotations

from typing import Any

from redis import Redis

from producers.recorder import connect as fail_fast_connect
from producers.checker import PatternCache, UsagePatternChecker
from producers.spool import Spool
from worker.config import Settings, load_settings
from worker.storage import UsagePatternStorage

from .inputs import CommandError


def connect(settings: Settings | None = None, timeout: float = 2.0) -> Redis:
    return fail_fast_connect((settings or load_settings()).redis_url, timeout)


def storage(settings: Settings | None = None, redis: Redis | None = None) -> UsagePatternStorage:
    settings = settings or load_settings()
    return UsagePatternStorage(redis or connect(settings), settings.key_prefix)


def require_redis(redis: Redis, settings: Settings) -> None:
    try:
        redis.ping()
    except Exception as exc:
        raise CommandError(f"cannot reach Redis at {settings.redis_url} ({type(exc).__name__})", code=1) from None


def checker(settings: Settings | None = None, redis: Redis | None = None) -> UsagePatternChecker:
    """Live store when Redis answers, else the YAML snapshot."""
    settings = settings or load_settings()
    return UsagePatternChecker(PatternCache(storage(settings, redis), settings.snapshot_path))


def spool(settings: Settings | None = None) -> Spool:
    return Spool((settings or load_settings()).spool_dir)


def all_patterns() -> list[dict[str, Any]]:
    """Live store, or the snapshot when Redis is away (a session start must not fail)."""
    from worker.snapshot import SnapshotError, load_snapshot

    settings = load_settings()
    try:
        return storage(settings, connect(settings, timeout=0.5)).list_patterns()
    except Exception:
        try:
            return load_snapshot(settings.snapshot_path)
        except SnapshotError:
            return []
