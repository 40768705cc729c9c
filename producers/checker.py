"""Before a call: do confident patterns say this exact call repeats a known mistake?

A pattern matches only on evidence in this call (a value that fails its validation or is
a known mistaken value, a required earlier tool missing from the session's recent calls,
the shape of a recorded wrong use). `PatternCache` keeps the confident patterns in memory,
loads a tool's patterns on first use, reloads when the store's version moves (polled at
most every `poll_seconds`), and falls back to the YAML snapshot when Redis is away.
"""
from __future__ import annotations

import json
import re
import time
from functools import lru_cache
from typing import Any, Iterable

from worker import confidence as conf
from worker.patterns import InvalidPattern
from worker.snapshot import SnapshotError, load_snapshot

Pattern = dict[str, Any]


@lru_cache(maxsize=4096)
def _regex(text: str) -> re.Pattern[str] | None:
    try:
        return re.compile(text)
    except re.error:
        return None


def required_tools(missing_step: str | None) -> list[str]:
    """'git_remote_add or git_push --set-upstream' → ['git_remote_add', 'git_push']."""
    if not missing_step:
        return []
    return [alt.split()[0] for alt in re.split(r"\s+or\s+|,", missing_step) if alt.split()]


def _fails_validation(value: Any, validation: dict[str, Any]) -> bool:
    if validation.get("kind") == "json":
        try:
            json.loads(value) if isinstance(value, str) else None
            return False
        except ValueError:
            return True
    regex = _regex(validation.get("regex") or "") if validation.get("regex") else None
    return regex is not None and regex.search(str(value)) is None


def match_evidence(pattern: Pattern, params: dict[str, Any], recent_calls: list[str] | None) -> str | None:
    """Why this call repeats the pattern's mistake, or None. Pure."""
    mistake = pattern.get("mistake_pattern") or {}
    category = pattern["error_category"]
    parameter = mistake.get("parameter")
    value = params.get(parameter) if parameter else None
    known = mistake.get("common_mistakes") or []
    if category in ("MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE"):
        needed = required_tools(mistake.get("missing_step"))
        if needed:
            if recent_calls is None:
                return None  # no context, no sequence warning
            if not any(tool in recent_calls for tool in needed):
                return f"{' or '.join(needed)} was not called in this session's last {len(recent_calls)} calls"
            return None
        if value is not None and str(value) in known:
            return f"{parameter}={value!r} failed this way before"
        return None
    if category == "WRONG_TOOL_SELECTION":
        shape = mistake.get("call_shape")
        if shape is not None and sorted(params) != shape:
            return None
        if known and (value is None or str(value) not in known):
            return None
        return "this call has the shape of a recorded wrong use of this tool"
    if parameter is None or parameter not in params:
        return None
    validation = mistake.get("validation") or {}
    if validation and _fails_validation(value, validation):
        return f"{parameter}={value!r} is not {validation.get('expected') or 'in the expected format'}"
    if str(value) in known:
        return f"{parameter}={value!r} is a value that failed before"
    return None


def _describe(pattern: Pattern, why: str) -> str:
    steps = "; ".join(step.get("reason") or step.get("action", "") for step in pattern.get("prevention_steps") or [])
    return (f"[{conf.band(pattern['confidence'])} {pattern['confidence']:.0%}, seen {pattern['observations']}x] "
            f"{pattern['root_cause']} — {why}" + (f". Prevention: {steps}" if steps else ""))


def _suggestion(pattern: Pattern) -> str | None:
    for step in pattern.get("prevention_steps") or []:
        if step.get("tool") and step.get("action") in ("suggest_tool", "call_tool_first", "call_tool_if_invalid"):
            return f"{step['action']}: {step['tool']}"
    validation = (pattern.get("mistake_pattern") or {}).get("validation") or {}
    return f"use {validation['expected']}" if validation.get("expected") else None


class PatternCache:
    """Confident patterns by tool, kept in memory; reads the live store, else the snapshot.

    A tool's patterns are loaded on its first check, so a hook process that checks one
    tool reads one tool's patterns. When the store's version moves, every tool reloads.
    """

    def __init__(self, storage: Any | None = None, snapshot_path: Any | None = None,
                 min_confidence: float = conf.WARN_THRESHOLD, poll_seconds: float = 1.0) -> None:
        self.storage = storage
        self.snapshot_path = snapshot_path
        self.min_confidence = min_confidence
        self.poll_seconds = poll_seconds
        self._by_tool: dict[str, list[Pattern]] = {}
        self._version: int | None = None
        self._checked_at = float("-inf")
        self._complete = False  # True when _by_tool holds every tool (snapshot or fixed set)

    @classmethod
    def from_patterns(cls, patterns: Iterable[Pattern], min_confidence: float = conf.WARN_THRESHOLD) -> PatternCache:
        cache = cls(min_confidence=min_confidence)
        cache._fill(patterns)
        cache._checked_at = float("inf")
        return cache

    def _fill(self, patterns: Iterable[Pattern]) -> None:
        by_tool: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            if pattern["confidence"] >= self.min_confidence:
                by_tool.setdefault(pattern["tool"], []).append(pattern)
        self._by_tool, self._complete = by_tool, True

    def _use_snapshot(self) -> None:
        try:
            self._fill(load_snapshot(self.snapshot_path) if self.snapshot_path else [])
        except (SnapshotError, InvalidPattern, OSError):
            self._fill([])
        self._version = None

    def _refresh(self) -> None:
        now = time.monotonic()
        if now - self._checked_at < self.poll_seconds:
            return
        self._checked_at = now
        if self.storage is None:
            if not self._complete:
                self._use_snapshot()
            return
        try:
            version = self.storage.version()
        except Exception:  # Redis away: the snapshot is the next best truth
            if self._version is not None or not self._complete:
                self._use_snapshot()
            return
        if version != self._version:
            self._by_tool, self._complete, self._version = {}, False, version

    def patterns_for(self, tool: str) -> list[Pattern]:
        self._refresh()
        if tool not in self._by_tool and not self._complete:
            try:
                self._by_tool[tool] = self.storage.get_patterns_for_tool(tool, self.min_confidence)
            except Exception:
                self._use_snapshot()
        return self._by_tool.get(tool, [])


class UsagePatternChecker:
    def __init__(self, cache: PatternCache) -> None:
        self.cache = cache

    def check_before_call(self, tool_name: str, params: dict[str, Any] | None,
                          context: dict[str, Any] | list[str] | None = None) -> dict[str, Any]:
        """{decision: allow|warn|block, should_block, warnings, preventions, patterns_matched, suggestions}"""
        params = params or {}
        recent = context if isinstance(context, list) else (context or {}).get("recent_calls")
        recent = list(recent)[-10:] if recent is not None else None
        warnings, preventions, matched, suggestions = [], [], [], []
        should_block = False
        for pattern in self.cache.patterns_for(tool_name):
            why = match_evidence(pattern, params, recent)
            if why is None:
                continue
            should_block = should_block or pattern["confidence"] >= conf.BLOCK_THRESHOLD
            matched.append(pattern["id"])
            warnings.append(_describe(pattern, why))
            preventions.extend(pattern.get("prevention_steps") or [])
            if (suggestion := _suggestion(pattern)) and suggestion not in suggestions:
                suggestions.append(suggestion)
        decision = "block" if should_block else "warn" if matched else "allow"
        return {"decision": decision, "should_block": should_block, "warnings": warnings,
                "preventions": preventions, "patterns_matched": matched, "suggestions": suggestions}
