"""`python -m worker.snapshot_writer` (the Procfile's `snapshot` line): the YAML snapshot,
written out of the event path.

Every USAGE_PATTERNS_SNAPSHOT_INTERVAL seconds (default 5) it writes the snapshot if the store
changed since the last write; one writer at a time holds the store's snapshot lock, so several
of these (or a maintenance run) never write an older view over a newer one. It also gives the
inbox a drain when events wait there with no drain requested (a producer that died between
push and request).
"""
from __future__ import annotations

import os
import signal
import threading
from types import FrameType

import structlog

from .lifecycle import resources
from .logs import configure_logging

log = structlog.get_logger("usage_patterns.snapshot")


def run(interval: float, stop: threading.Event) -> None:
    from .jobs import snapshot_job

    while not stop.is_set():
        try:
            if snapshot_job():
                log.info("snapshot_written", path=str(resources().settings.snapshot_path))
        except Exception as exc:  # Redis away or a disk error: try again next tick
            log.warning("snapshot_failed", error=f"{type(exc).__name__}: {exc}")
        stop.wait(interval)


def main() -> None:
    configure_logging(json_lines=True)
    stop = threading.Event()

    def finish(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    run(float(os.environ.get("USAGE_PATTERNS_SNAPSHOT_INTERVAL", "5")), stop)


if __name__ == "__main__":
    main()
