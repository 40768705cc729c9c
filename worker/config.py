"""Settings read from the environment (the names are the contract in DESIGN.md)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

INBOX_DRAIN_SECONDS = 60  # a drain request expires this long after the last sign of life of its drain
INBOX_LOCK_SECONDS = 20  # the one drain's lock, refreshed every batch; a dead drain's lock frees this fast
JOB_HEARTBEAT_TTL_SECONDS = 25  # a running job's started-job entry lives this long after its last heartbeat
JOB_HEARTBEAT_EVERY_SECONDS = 5.0  # a job renews it while it learns, at most this often


@dataclass(frozen=True)
class Settings:
    redis_url: str
    memory_dir: Path
    queue_name: str
    maintenance_queue: str
    key_prefix: str
    spool_dir: Path

    @property
    def snapshot_path(self) -> Path:
        return self.memory_dir / "learned" / "usage_patterns.yaml"

    @property
    def rules_dir(self) -> Path:
        return self.memory_dir / "rules"


def load_settings() -> Settings:
    """Read the environment each call, so tests and CLI flags can change it per process."""
    env = os.environ
    cache_home = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    queue = env.get("USAGE_PATTERNS_QUEUE", "usage-events")
    return Settings(
        redis_url=env.get("REDIS_URL", "redis://localhost:6379/0"),
        memory_dir=Path(env.get("USAGE_PATTERNS_MEMORY_DIR", "./memory")),
        queue_name=queue,
        maintenance_queue=env.get("USAGE_PATTERNS_MAINTENANCE_QUEUE", f"{queue}-maintenance"),
        key_prefix=env.get("USAGE_PATTERNS_KEY_PREFIX", "usage:"),
        spool_dir=Path(env.get("USAGE_PATTERNS_SPOOL_DIR") or cache_home / "usage-patterns" / "spool"),
    )
