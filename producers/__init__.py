"""The agent side: record results, check calls before they run, tell a session its pitfalls.

The names below are imported on first use (PEP 562), so a hook process that needs one
submodule does not pay for the others."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .decorator import UsageBlocked, usage_tool
    from .record import record_tool_result

__all__ = ["UsageBlocked", "record_tool_result", "usage_tool"]
_HOME = {"UsageBlocked": "decorator", "usage_tool": "decorator", "record_tool_result": "record"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'producers' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_HOME[name]}", __name__), name)
