"""Before a call: do confident patterns say this exact call repeats a known mistake?

A pattern matches only on evidence in this call (a value that fails its validation or is
a known mistaken value, a required earlier tool missing from the session's recent calls,
the shape of a recorded wrong use). `PatternCache` keeps the confident patterns in memory,
loads a tool's patterns on first use, reloads when the store's version moves (polled at
most every `poll_seconds`), and falls back to the YAML snapshot when Redis is away.

The flow, one module each: `fields` reads a stored pattern once; `evidence` (the call alone)
and `session_state` (the session's window) are the predicates; `sequence` and `values` are the
`why` of each category; `compiled` picks the one a pattern asks; `cache` holds them and checks.
"""
from __future__ import annotations

from typing import Any

from .cache import PatternCache, UsagePatternChecker, check_call, default_checker

_LAZY = {"CompiledPattern": ".compiled", "RecentCalls": ".call_facts", "required_tools": ".call_facts",
         "wrote_file": ".call_facts"}


def __getattr__(name: str) -> Any:
    """The readers a check runs, imported when first asked for (PEP 562): a hook process whose tool has no
    patterns never loads them."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["CompiledPattern", "PatternCache", "RecentCalls", "UsagePatternChecker", "check_call", "default_checker",
           "required_tools", "wrote_file"]
