"""The durable, reviewable YAML snapshot of the live store (the seed's file format).

Writes are atomic (temp file in the same directory, fsync, rename), so a reader or a crash
mid-write only ever sees the previous file or the new one. Patterns are streamed in chunks
through libyaml, so a write of 100,000 patterns neither re-reads its own file nor holds the
whole document in memory twice. A file that cannot be parsed is
never treated as empty: loading raises, and the caller keeps the file aside and refuses.
"""
from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from . import safe_yaml
from .patterns import InvalidPattern, normalize_pattern, summary_stats


class SnapshotError(ValueError):
    """The snapshot file exists but is not a usable usage-patterns YAML."""


try:  # libyaml's C emitter and parser: ~10x faster than pure-Python PyYAML, same documents
    from yaml import CSafeDumper as Dumper
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeDumper as Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as Loader  # type: ignore[assignment]

CHUNK = 500  # patterns serialised at a time: memory stays bounded however large the store


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120)


def list_parts(patterns: Iterable[dict[str, Any]]) -> Iterator[str]:
    """`usage_patterns:` and its list, a chunk at a time (block sequences under a key are not
    indented, so chunks concatenate into one list)."""
    chunk: list[dict[str, Any]] = []
    started = False
    for pattern in patterns:
        chunk.append(pattern)
        if len(chunk) >= CHUNK:
            yield ("" if started else "usage_patterns:\n") + _dump(chunk)
            started, chunk = True, []
    if chunk:
        yield ("" if started else "usage_patterns:\n") + _dump(chunk)
    elif not started:
        yield "usage_patterns: []\n"


def _tail(stats: dict[str, Any]) -> str:
    return _dump({"stats": stats, "written_at": datetime.now(timezone.utc).isoformat()})


def render(patterns: list[dict[str, Any]], stats: dict[str, Any]) -> str:
    return "".join(list_parts(patterns)) + _tail(stats)


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Temp file in the same directory, fsync, rename: a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for part in [text] if isinstance(text, str) else text:
                handle.write(part)
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


class _Tally:
    """The stats block computed while the patterns stream past (only the fields it needs are kept)."""

    KEEP = ("error_category", "confidence", "success_after_prevention", "false_positives", "per_user")

    def __init__(self) -> None:
        self.light: list[dict[str, Any]] = []

    def watch(self, patterns: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for pattern in patterns:
            self.light.append({k: pattern.get(k) for k in self.KEEP})
            yield pattern


def write_snapshot(path: Path, patterns: Iterable[dict[str, Any]], stats: dict[str, Any] | None = None, *,
                   counters: dict[str, int] | None = None) -> None:
    """Refuse to replace a file that cannot be read back (raises SnapshotError); a file this
    process wrote itself and nobody touched since needs no second parse.

    `patterns` may be a stream (the store's `iter_patterns`); with `counters` instead of `stats`
    the stats block is computed from that same stream, so it always matches the patterns."""
    if path.exists() and _written.get(path) != _stamp(path):
        load_snapshot(path)
    tally = _Tally()

    def parts() -> Iterator[str]:
        yield from list_parts(tally.watch(patterns))
        yield _tail(stats or {} if counters is None else summary_stats(tally.light, counters))

    write_atomic(path, parts())
    _written[path] = _stamp(path)


def parse_patterns(text: str, source: str) -> list[dict[str, Any]]:
    """Patterns of a seed-schema document (`usage_patterns:` list, or a bare list)."""
    try:
        data = safe_yaml.load(text, Loader)
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
