"""The durable, reviewable YAML snapshot of the live store (the seed's file format).

Writes are atomic (temp file in the same directory, fsync, rename), so a reader or a crash
mid-write only ever sees the previous file or the new one. Patterns are streamed from the store
a chunk at a time and emitted as block YAML by `emit` below (the JSON-shaped data of a pattern
needs no representer graph: ~20x faster than PyYAML's representer even with libyaml's emitter,
whose Python half was 0.5-0.7 ms per pattern), so memory stays bounded however large the store.

A file that cannot be parsed is never overwritten: before replacing a file, the writer parses
it, unless it is one a writer produced and nobody changed since: this process's last write
(mtime and size), or a file whose last line is the checksum of everything before it (a
snapshot from another writer process, or this one before a restart), verified by hashing,
never by parsing. Loading a file that cannot be parsed raises, and the caller keeps it aside.
"""
from __future__ import annotations

import hashlib
import math
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from .patterns import InvalidPattern, normalize_pattern, summary_stats


class SnapshotError(ValueError):
    """The snapshot file exists but is not a usable usage-patterns YAML."""



CHUNK = 1000  # patterns read from the store at a time: memory stays bounded however large the store
CHECKSUM_PREFIX = "# usage-patterns snapshot blake2b:"

# ---------------------------------------------------------------- emitting block YAML
# Plain (unquoted) only when no YAML 1.1 resolver could read the text as anything but a string;
# everything else is double-quoted with YAML escapes (JSON-like, but YAML's own escape set).
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-/]*")
_RESERVED = {"y", "n", "yes", "no", "true", "false", "on", "off", "null"}
_ESCAPED = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:  # a lone surrogate cannot be stored in UTF-8 nor parsed back
        return "\\ufffd"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _float(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


def scalar(value: Any) -> str:
    """One YAML scalar that the safe loaders read back as exactly `value`."""
    if type(value) is str:
        if _PLAIN.fullmatch(value) and value.lower() not in _RESERVED:
            return value
        return '"' + _ESCAPED.sub(_escape, value) + '"'
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    text = value if isinstance(value, str) else str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED:
        return text
    return '"' + _ESCAPED.sub(_escape, text) + '"'


def _emit(value: dict[str, Any] | list[Any], indent: str, out: list[str]) -> None:
    """A non-empty mapping or sequence as block YAML lines at `indent` (sequences under a key
    are not indented further, as PyYAML writes them)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{indent}{scalar(key)}:\n")
                _emit(item, indent + "  " if isinstance(item, dict) else indent, out)
            else:
                out.append(f"{indent}{scalar(key)}: {_leaf(item)}\n")
        return
    for item in value:
        if isinstance(item, dict) and item:
            start = len(out)
            _emit(item, indent + "  ", out)
            out[start] = indent + "- " + out[start][len(indent) + 2:]
        elif isinstance(item, list) and item:
            out.append(f"{indent}-\n")
            _emit(item, indent + "  ", out)
        else:
            out.append(f"{indent}- {_leaf(item)}\n")


def _leaf(value: Any) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return scalar(value)


def emit(value: dict[str, Any] | list[Any]) -> str:
    """Block YAML of JSON-shaped data (dicts, lists, str, int, float, bool, None)."""
    if not value:
        return _leaf(value) + "\n"
    out: list[str] = []
    _emit(value, "", out)
    return "".join(out)


def list_parts(patterns: Iterable[dict[str, Any]]) -> Iterator[str]:
    """`usage_patterns:` and its list, a pattern at a time (block sequences under a key are not
    indented, so the parts concatenate into one list)."""
    started = False
    for pattern in patterns:
        yield ("" if started else "usage_patterns:\n") + emit([pattern])
        started = True
    if not started:
        yield "usage_patterns: []\n"


def _tail(stats: dict[str, Any]) -> str:
    return emit({"stats": stats, "written_at": datetime.now(timezone.utc).isoformat()})


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
    """The stats block computed while the patterns stream past. Per pattern only the four scalar
    fields it needs are kept; per-user counts (up to MAX_USERS per pattern) are summed as they
    pass, onto the first pattern's record, so `summary_stats` gives the same totals without every
    pattern's user map held until the end."""

    KEEP = ("error_category", "confidence", "success_after_prevention", "false_positives")

    def __init__(self) -> None:
        self.light: list[dict[str, Any]] = []
        self.users: dict[str, dict[str, int]] = {}

    def watch(self, patterns: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for pattern in patterns:
            self.light.append({k: pattern.get(k) for k in self.KEEP})
            for user, counts in (pattern.get("per_user") or {}).items():
                mine = self.users.setdefault(user, {})
                for key, value in counts.items():
                    if isinstance(value, int):
                        mine[key] = mine.get(key, 0) + value
            yield pattern

    def records(self) -> list[dict[str, Any]]:
        if self.light:
            self.light[0]["per_user"] = self.users
        return self.light


def _checksum_line(digest: str) -> str:
    return f"{CHECKSUM_PREFIX}{digest}\n"


def intact(path: Path) -> bool:
    """True when the file ends with the checksum of everything before it: a snapshot some writer
    produced, unchanged since. Hashed in blocks (no parse, bounded memory)."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        handle.seek(max(0, size - 256))
        tail = handle.read()
        last = tail[tail.rstrip(b"\n").rfind(b"\n") + 1:]
        if not last.startswith(CHECKSUM_PREFIX.encode()):
            return False
        digest, remaining = hashlib.blake2b(digest_size=16), size - len(last)
        handle.seek(0)
        while remaining > 0:
            block = handle.read(min(remaining, 1 << 20))
            if not block:
                return False
            digest.update(block)
            remaining -= len(block)
    return last == _checksum_line(digest.hexdigest()).encode()


def write_snapshot(path: Path, patterns: Iterable[dict[str, Any]], stats: dict[str, Any] | None = None, *,
                   counters: dict[str, int] | None = None) -> None:
    """Refuse to replace a file that cannot be read back (raises SnapshotError); a file a writer
    produced and nobody touched since (see the module docstring) needs no parse.

    `patterns` may be a stream (the store's `iter_patterns`); with `counters` instead of `stats`
    the stats block is computed from that same stream, so it always matches the patterns."""
    if path.exists() and _written.get(path) != _stamp(path) and not intact(path):
        load_snapshot(path)
    tally = _Tally()
    digest = hashlib.blake2b(digest_size=16)

    def parts() -> Iterator[str]:
        for part in list_parts(tally.watch(patterns)):
            digest.update(part.encode("utf-8"))
            yield part
        tail = _tail(stats or {} if counters is None else summary_stats(tally.records(), counters))
        digest.update(tail.encode("utf-8"))
        yield tail + _checksum_line(digest.hexdigest())

    write_atomic(path, parts())
    _written[path] = _stamp(path)


def _loader() -> Any:
    """libyaml's C parser when PyYAML has it (imported here, not at import time: a hook whose store
    answers, or that finds no snapshot, never pays for YAML)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_patterns(text: str, source: str) -> list[dict[str, Any]]:
    """Patterns of a seed-schema document (`usage_patterns:` list, or a bare list)."""
    import yaml

    from . import safe_yaml

    try:
        data = safe_yaml.load(text, _loader())
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
