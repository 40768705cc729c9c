"""A local JSONL spool for events that could not reach Redis; re-sent once it is back.

Several processes may append at once (one `usage-patterns record` or hook per tool call, the
recorder's sender thread, a caller whose buffer is full) while another process drains. Each
file is guarded by an flock on its own inode, and an event is in exactly one file at a time:

- an append opens `events.jsonl`, locks it, and writes only if the path still names the file it
  locked (a drain may have renamed it in between: then it opens the new live file and tries again);
- a drain renames the live file to a claimed `events.<id>.jsonl.sending` segment, then locks the
  segment, which waits for an append that locked it before the rename; from then on no append can
  reach it. It reads, sends, and unlinks the segment while still holding the lock;
- a segment left by a drain that died is no longer locked (the kernel releases a dead process's
  locks), so the next drain takes it; one still locked belongs to a live drain and is skipped.

Appends write without fsync unless asked (`sync=True`): a process crash loses nothing written
(the page cache holds it), and the caller of `record()` never waits on the disk. The recorder's
sender thread asks for fsync once per spooled batch.
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from pathlib import Path
from typing import Any, Callable, Generator

LIVE = "events.jsonl"


def _parse(data: bytes) -> list[dict[str, Any]]:
    """Events of a spool file; a torn line (a crash mid-append) is dropped, not fatal."""
    events = []
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(event, dict):
            events.append(event)
    return events


def encode(events: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(event, separators=(",", ":")) + "\n" for event in events).encode()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Spool:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / LIVE

    # ------------------------------------------------------------------ appending
    def append(self, events: list[dict[str, Any]], sync: bool = False) -> None:
        if events:
            self.append_encoded(encode(events), sync=sync)

    def append_encoded(self, data: bytes, sync: bool = False) -> None:
        """Append JSON lines (each ending in a newline) to the live file."""
        if not data:
            return
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            except FileNotFoundError:
                self.directory.mkdir(parents=True, exist_ok=True)
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                if not self._still_live(fd):
                    continue  # a drain renamed it before we locked it: it is that drain's now
                size = os.fstat(fd).st_size
                if size and os.pread(fd, 1, size - 1) != b"\n":
                    data = b"\n" + data  # a torn line from a crash stays on its own line
                _write_all(fd, data)
                if sync:
                    os.fsync(fd)
                return
            finally:
                os.close(fd)  # releases the lock

    def _still_live(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except FileNotFoundError:
            return False

    # ------------------------------------------------------------------ reading
    def pending(self) -> int:
        """Events waiting, counted without claiming them (for `status`), in-flight ones included."""
        total = 0
        for path in self._files():
            try:
                total += sum(1 for line in path.read_bytes().splitlines() if line.strip())
            except FileNotFoundError:
                continue  # sent and removed while we counted
        return total

    def _files(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return sorted(path for path in self.directory.glob("events*.jsonl*") if not path.name.endswith(".tmp"))

    def _segments(self) -> Generator[tuple[Path, int], None, None]:
        """Claimed segments, each locked by us: those of dead drains first, then the live file."""
        for path in self._files():
            if path.name == LIVE:
                continue
            fd = self._lock(path, block=False)
            if fd is not None:
                yield path, fd
        claimed = self.directory / f"events.{uuid.uuid4().hex}.jsonl.sending"
        try:
            os.rename(self.path, claimed)
        except FileNotFoundError:
            return  # nothing spooled (or another drain claimed it)
        fd = self._lock(claimed, block=True)  # waits for an append that locked it before the rename
        if fd is not None:
            yield claimed, fd

    @staticmethod
    def _lock(path: Path, block: bool) -> int | None:
        """An fd holding the lock on `path`, or None if a live drain holds it or it is gone."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if block else fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.path.samestat(os.fstat(fd), os.stat(path)):
                return fd
        except (BlockingIOError, FileNotFoundError):
            pass
        os.close(fd)
        return None  # locked by a live drain, or sent and removed by one before we locked it

    def drain(self, send: Callable[[list[dict[str, Any]]], object], batch_size: int = 500,
              limit: int | None = None) -> int:
        """Send spooled events in batches; on failure keep what was not sent and re-raise. With `limit`,
        stop once that many were sent (whole batches) and keep the rest for the next drain."""
        sent = 0
        segments = self._segments()
        try:
            for path, fd in segments:
                try:
                    with open(fd, "rb", closefd=False) as handle:
                        events = _parse(handle.read())
                    for start in range(0, len(events), batch_size):
                        if limit is not None and sent >= limit:
                            self.append(events[start:], sync=True)  # the rest waits for the next drain
                            break
                        try:
                            send(events[start:start + batch_size])
                        except BaseException:
                            if start:  # part was sent: keep the rest, not the whole segment
                                self.append(events[start:], sync=True)
                                path.unlink()
                            raise  # nothing sent: the segment stays as it is, unlocked for the next drain
                        sent += len(events[start:start + batch_size])
                    path.unlink()  # still holding the lock: no other drain can have read it meanwhile
                finally:
                    os.close(fd)
                if limit is not None and sent >= limit:
                    break
        finally:
            segments.close()
        return sent
