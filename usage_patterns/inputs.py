"""What the CLI accepts from a user, checked before anything recursive or stateful touches it.

Pure and light (stdlib only): the CLI imports it for every command, hooks included. Each
function either returns a clean value or raises CommandError with a one-line reason.
"""
from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

MAX_JSON_DEPTH = 64
MAX_JSON_ARG_BYTES = 1 << 20
MAX_FILE_BYTES = 64 << 20


class CommandError(Exception):
    """A one-line error for the user; `code` 2 for bad input, 1 for an unavailable service."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def json_depth_exceeds(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when brackets nest deeper than `limit` (strings skipped): checked before json.loads,
    whose recursion a 100k-deep `[[[[` would exhaust."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(text: str, name: str) -> Any:
    """Strict JSON (no NaN/Infinity, bounded depth and size) or CommandError naming `name`."""
    if len(text) > MAX_JSON_ARG_BYTES:
        raise CommandError(f"{name} is larger than {MAX_JSON_ARG_BYTES} bytes")
    if json_depth_exceeds(text):
        raise CommandError(f"{name} nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        raise CommandError(f"{name} is not valid JSON ({exc})") from None
    try:  # lone surrogates ("\ud800") parse but cannot be encoded, stored or printed
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise CommandError(f"{name} contains an invalid unicode escape (a lone surrogate)") from None
    return value


def json_object(text: str | None, name: str) -> dict[str, Any] | None:
    if text is None:
        return None
    value = parse_json(text, name)
    if not isinstance(value, dict):
        raise CommandError(f"{name} must be a JSON object")
    return value


def tool_names(text: str | None, name: str) -> list[str] | None:
    """A JSON array of tool names (the session's recent calls, oldest first)."""
    if text is None:
        return None
    value = parse_json(text, name)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CommandError(f"{name} must be a JSON array of tool names (strings)")
    return value


def confidence(value: float, name: str) -> float:
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise CommandError(f"{name} must be between 0 and 1, got {value}")
    return value


def iso_time(text: str, name: str) -> datetime:
    """An ISO 8601 time; a naive one is read as UTC (as the snapshot's times are)."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise CommandError(f"{name}: {text!r} is not an ISO 8601 time ({exc})") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def read_text_file(path: Path, what: str = "file") -> str:
    """UTF-8 text of a regular file, or CommandError (missing, a directory, unreadable, not UTF-8, huge)."""
    try:
        if not path.is_file():
            raise CommandError(f"{path}: no such {what}" if not path.exists() else f"{path}: not a regular file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(f"{path}: larger than {MAX_FILE_BYTES >> 20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_utf8(data, str(path))


def decode_utf8(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CommandError(f"{source}: not UTF-8 text (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from None


def write_text_file(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"{path}: cannot write ({exc.strerror or exc})") from None
