"""A local JSONL spool for events that could not reach Redis; re-sent once it is back.

Several short-lived processes may append at once (one `usage-patterns record` per tool
call), so appends take an exclusive flock, and a drain claims the whole file by renaming
it first: an event is in exactly one place at any time.
"""
from __future__ import annotations

import fcntl
import json
import os
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator


STALE_CLAIM_SECONDS = 60  # a claimed file this old belongs to a drain that died


def _parse(lines: list[str]) -> list[dict[str, Any]]:
    """Events of a spool file; a torn last line (a crash mid-append) is dropped, not fatal."""
    events = []
    for line in lines:
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    return events


class Spool:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / "events.jsonl"

    def append(self, events: list[dict[str, Any]]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        data = "".join(json.dumps(event, separators=(",", ":")) + "\n" for event in events)
        with open(self.path, "a", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    def pending(self) -> int:
        """Events waiting, counted without claiming them (for `status`), in-flight ones included."""
        total = 0
        for path in self._files(include_claimed=True):
            try:
                with open(path, encoding="utf-8") as handle:
                    total += sum(1 for line in handle if line.strip())
            except FileNotFoundError:
                continue  # sent and removed while we counted
        return total

    def _files(self, include_claimed: bool = False) -> list[Path]:
        """Spool files; a claimed (.sending) one only when its drain looks dead, unless asked."""
        if not self.directory.is_dir():
            return []
        stale = time.time() - STALE_CLAIM_SECONDS
        found = []
        for path in self.directory.glob("events*.jsonl*"):
            try:
                if include_claimed or not path.name.endswith(".sending") or path.stat().st_ctime < stale:
                    found.append(path)
            except FileNotFoundError:
                continue
        return sorted(found)

    def _claim(self) -> Iterator[Path]:
        """Take every spool file (the live one and any left by a crashed drain) by renaming it."""
        for path in self._files():
            claimed = path.with_name(f"events.{uuid.uuid4().hex}.jsonl.sending")
            try:
                os.replace(path, claimed)
            except FileNotFoundError:
                continue  # another process claimed it
            yield claimed

    def drain(self, send: Callable[[list[dict[str, Any]]], None], batch_size: int = 500) -> int:
        """Send every spooled event in batches; on failure put the rest back and re-raise."""
        sent = 0
        for claimed in self._claim():
            with open(claimed, encoding="utf-8") as handle:
                events = _parse([line for line in handle if line.strip()])
            for start in range(0, len(events), batch_size):
                try:
                    send(events[start:start + batch_size])
                except Exception:
                    self.append(events[start:])
                    claimed.unlink()
                    raise
                sent += len(events[start:start + batch_size])
            claimed.unlink()
        return sent
