"""Any Python value a tool wrapper hands us, made JSON-safe and bounded before anything else
(redaction, `json.dumps`, the classifier) walks it recursively.

Total: never raises, whatever the input (cycles, 1,000-deep nesting, pydantic models, datetimes,
bytes, sets, objects whose `__str__` raises, ints too long to print). Depth, node count and string
length are capped; what is cut is marked, so the event is still learned from and the cut is visible.
"""
from __future__ import annotations

import math
from itertools import islice
from datetime import date, datetime, time
from typing import Any

MAX_DEPTH = 16
MAX_NODES = 2000
MAX_STRING = 4096
MAX_KEY = 200
TOO_DEEP = "<too deep>"
TRUNCATED = "<truncated>"


def safe_str(value: Any, limit: int = MAX_STRING) -> str:
    """str() that cannot raise or run away; valid UTF-8 (lone surrogates replaced)."""
    try:
        text = value if isinstance(value, str) else str(value)
    except Exception:  # a broken __str__ is the caller's bug, not a reason to lose the event
        text = f"<{type(value).__name__}>"
    if not isinstance(text, str):
        text = f"<{type(value).__name__}>"
    text = text[:limit]
    if not text.isascii():
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _scalar(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if value.bit_length() <= 63 else f"<int of {value.bit_length()} bits>"
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return safe_str(bytes(value[:MAX_STRING]).decode("utf-8", "replace"))
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return safe_str(value)


class _Walk:
    def __init__(self, max_depth: int, max_nodes: int) -> None:
        self.max_depth = max_depth
        self.nodes = max_nodes

    def value(self, value: Any, depth: int) -> Any:
        self.nodes -= 1
        if isinstance(value, str):
            return safe_str(value)
        if isinstance(value, (dict, list, tuple, set, frozenset)) or _dumpable(value):
            if depth >= self.max_depth:
                return TOO_DEEP
            if _dumpable(value):
                return self.value(_dump(value), depth + 1)
            if isinstance(value, dict):
                return self.mapping(value, depth)
            return self.sequence(value, depth)
        return _scalar(value)

    def mapping(self, value: dict[Any, Any], depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, item in list(islice(value.items(), max(self.nodes, 0) + 1)):
            if self.nodes <= 0:
                out[TRUNCATED] = f"{len(value) - len(out)} more"
                break
            out[safe_str(key, MAX_KEY)] = self.value(item, depth + 1)
        return out

    def sequence(self, value: Any, depth: int) -> list[Any]:
        out: list[Any] = []
        for item in list(islice(value, max(self.nodes, 0) + 1)):
            if self.nodes <= 0:
                out.append(TRUNCATED)
                break
            out.append(self.value(item, depth + 1))
        return out


def _dumpable(value: Any) -> bool:
    return callable(getattr(type(value), "model_dump", None))


def _dump(value: Any) -> Any:
    """A pydantic model as its JSON-mode dict; its str() if that fails."""
    try:
        return value.model_dump(mode="json")
    except Exception:
        return safe_str(value)


def json_safe(value: Any, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES) -> Any:
    """A bounded copy made of dict/list/str/int/float/bool/None only."""
    try:
        return _Walk(max_depth, max_nodes).value(value, 0)
    except Exception:  # e.g. a dict changed size while we copied it from another thread
        return safe_str(value)
