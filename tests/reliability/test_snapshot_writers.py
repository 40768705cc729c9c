"""Two of the Procfile's snapshot writers (`python -m worker.snapshot_writer`) at once, against a
store of 300+ patterns that keeps growing and changing for several rounds: every read of the file
is valid YAML, no read ever holds fewer patterns than an earlier one, and after each round the
file holds every pattern of the store, each at its latest observation count."""
from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from redis import Redis

from tests.conftest import wait_for
from tests.reliability.servers import RedisServer
from worker.snapshot import CHECKSUM_PREFIX, SnapshotError, load_snapshot, parse_patterns
from worker.storage import UsagePatternStorage

START, ROUNDS, ADDED, CHANGED = 300, 5, 40, 25
_ID_LINE = re.compile(r"^- id: (\S+)$", re.M)
NOW = datetime.now(timezone.utc).isoformat()


def _pattern(n: int, observations: int = 2) -> dict:
    return {"id": f"p{n:04d}", "tool": f"tool{n % 7}", "error_category": "INCORRECT_PARAMETER", "confidence": 0.5,
            "observations": observations, "first_seen": NOW, "last_seen": NOW,
            "mistake_pattern": {"error_template": f"object{n} <*> not found", "parameter": f"param{n}"}}


class Reader(threading.Thread):
    """Reads the snapshot as fast as it can while the writers write."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path, self.stop = path, threading.Event()
        self.reads, self.shrunk, self.invalid = 0, [], []
        self.largest: set[str] = set()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                text = self.path.read_text()
            except FileNotFoundError:
                continue
            self.reads += 1
            if not text.rstrip().splitlines()[-1].startswith(CHECKSUM_PREFIX):
                self.invalid.append(f"read {self.reads}: the file is not whole")
                continue
            ids = set(_ID_LINE.findall(text))  # fast, so a short-lived stale file is seen
            if self.reads % 25 == 1:  # and now and then the whole parse a load does
                try:
                    assert {p["id"] for p in parse_patterns(text, str(self.path))} == ids
                except (SnapshotError, AssertionError) as exc:
                    self.invalid.append(f"read {self.reads}: {str(exc)[:200]}")
            if not ids >= self.largest:
                self.shrunk.append(sorted(self.largest - ids)[:5])
            self.largest |= ids


def _file_matches(path: Path, store: UsagePatternStorage) -> bool:
    try:
        written = {p["id"]: p["observations"] for p in load_snapshot(path)}
    except (FileNotFoundError, SnapshotError):
        return False
    return written == {p["id"]: p["observations"] for p in store.list_patterns()}


def test_two_snapshot_writers_never_lose_a_pattern(env, processes, tmp_path):
    server = RedisServer(tmp_path / "redis").start()
    url = f"redis://127.0.0.1:{server.port}/0"
    store = UsagePatternStorage(Redis.from_url(url), env["USAGE_PATTERNS_KEY_PREFIX"])
    path = Path(env["USAGE_PATTERNS_MEMORY_DIR"]) / "learned" / "usage_patterns.yaml"
    reader = Reader(path)
    try:
        for n in range(START):
            store.add_pattern(_pattern(n))
        writers = [processes.start("snapshot", {"REDIS_URL": url, "USAGE_PATTERNS_SNAPSHOT_INTERVAL": "0.05"})
                   for _ in range(2)]
        reader.start()
        total = START
        for round_ in range(ROUNDS):
            for n in range(total, total + ADDED):  # new patterns and new observations while both write
                store.add_pattern(_pattern(n))
                time.sleep(0.02)  # spread over several writes: each writer reads a store that moves under it
                if n % (ADDED // CHANGED + 1) == 0:
                    store.update_pattern(_pattern(n - START + round_, observations=3 + round_))
            total += ADDED
            wait_for(lambda: _file_matches(path, store), timeout=60, interval=0.2,
                     message=f"round {round_}: the snapshot to hold all {total} patterns")
            assert all(w.poll() is None for w in writers), [processes.output(w) for w in writers]
        reader.stop.set()
        reader.join(10)
        assert len(store.pattern_ids()) == START + ROUNDS * ADDED
    finally:
        reader.stop.set()
        processes.stop_all()
        server.stop()
    assert reader.invalid == [] and reader.shrunk == []
    assert reader.reads > ROUNDS  # the file was read while it was being rewritten, many times
    written = sum(processes.output(w).count("snapshot_written") for w in writers)
    assert written >= ROUNDS
    print(f"{reader.reads} reads of the file, {written} writes by 2 writers "
          f"({[processes.output(w).count('snapshot_written') for w in writers]}), 0 invalid, 0 short")
