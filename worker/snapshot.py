"""The durable, reviewable YAML snapshot of the live store (the seed's file format).

Writes are atomic (temp file in the same directory, fsync, rename), so a reader or a crash
mid-write only ever sees the previous file or the new one. A file that cannot be parsed is
never treated as empty: loading raises, and the caller keeps the file aside and refuses.
"""
from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

from .patterns import InvalidPattern, normalize_pattern


class SnapshotError(ValueError):
    """The snapshot file exists but is not a usable usage-patterns YAML."""


def render(patterns: list[dict[str, Any]], stats: dict[str, Any]) -> str:
    document = {
        "usage_patterns": patterns,
        "stats": stats,
        "written_at": datetime.now(timezone.utc).isoformat(),
    }
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


_written: dict[Path, tuple[int, int]] = {}  # path -> (mtime_ns, size) of this process's last write


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


def write_snapshot(path: Path, patterns: list[dict[str, Any]], stats: dict[str, Any]) -> None:
    """Refuse to replace a file that cannot be read back (raises SnapshotError); a file this
    process wrote itself and nobody touched since needs no second parse."""
    if path.exists() and _written.get(path) != _stamp(path):
        load_snapshot(path)
    write_atomic(path, render(patterns, stats))
    _written[path] = _stamp(path)


def parse_patterns(text: str, source: str) -> list[dict[str, Any]]:
    """Patterns of a seed-schema document (`usage_patterns:` list, or a bare list)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SnapshotError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if data is None:
        return []
    entries = data.get("usage_patterns") if isinstance(data, dict) else data
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise SnapshotError(f"{source}: 'usage_patterns' must be a list")
    try:
        return [normalize_pattern(entry) for entry in entries]
    except InvalidPattern as exc:
        raise SnapshotError(f"{source}: {exc}") from None


def load_snapshot(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return parse_patterns(path.read_text(encoding="utf-8"), str(path))
