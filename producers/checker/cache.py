"""The confident patterns in memory (store first, snapshot when Redis is away) and the check over them."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Iterable

from worker import confidence as conf
from worker.identity import ToolCall, family_key, family_of, piped_commands
from worker.patterns import InvalidPattern
from worker.records import CheckResult, Decision, Pattern

if TYPE_CHECKING:
    from .compiled import CompiledPattern

_READERS: list[Any] = [None]  # the session window's reader, `call_facts._recent_set`, once a pattern was compiled


def _compiled(patterns: Iterable[Pattern]) -> list[CompiledPattern]:
    """Each pattern read once for the check. The readers are imported here, when a tool first has patterns: a hook
    process whose tool has none (most calls) never loads them (`worker.kinds`, `stated`, `required`: ~140 ms)."""
    patterns = list(patterns)
    if not patterns:
        return []
    from .compiled import CompiledPattern

    _window_reader()
    return [CompiledPattern(p) for p in patterns]


def _window_reader() -> Any:
    from .call_facts import _recent_set

    _READERS[0] = _recent_set
    return _recent_set


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
        self._by_tool: dict[str, list[CompiledPattern]] = {}
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
        confident: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            if pattern["confidence"] >= self.min_confidence:
                confident.setdefault(pattern["tool"], []).append(pattern)
        self._by_tool, self._complete = {tool: _compiled(found) for tool, found in confident.items()}, True

    def _use_snapshot(self) -> None:
        from worker.snapshot import SnapshotError, load_snapshot  # YAML only when Redis is away

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

    def patterns_for(self, tool: str) -> list[CompiledPattern]:
        self._refresh()
        if tool not in self._by_tool and not self._complete and self.storage is not None:
            try:
                self._by_tool[tool] = _compiled(self.storage.get_patterns_for_tool(tool, self.min_confidence))
            except Exception:
                self._use_snapshot()
        return self._by_tool.get(tool, [])


class UsagePatternChecker:
    def __init__(self, cache: PatternCache) -> None:
        self.cache = cache

    def check_before_call(self, tool_name: str, params: dict[str, Any] | None,
                          context: dict[str, Any] | list[str] | None = None) -> CheckResult:
        """{decision: allow|warn|block, should_block, warnings, preventions, patterns_matched, suggestions}"""
        params = params or {}
        family = family_of(tool_name)
        kin = self.cache.patterns_for(family_key(family)) if family is not None else []
        candidates = self.cache.patterns_for(tool_name) + kin if kin else self.cache.patterns_for(tool_name)
        if not candidates:
            return {"decision": "allow", "should_block": False, "warnings": [], "preventions": [], "patterns_matched": [],
                    "suggestions": []}
        recent = context if isinstance(context, list) else (context or {}).get("recent_calls")
        if recent is not None:
            recent = (_READERS[0] or _window_reader())(recent)
        warnings: list[str] = []
        preventions: list[dict[str, Any]] = []
        matched: list[str] = []
        suggestions: list[str] = []
        should_block = False
        shape = tuple(sorted(params))
        for compiled in candidates:
            own = compiled.own
            if own is None:
                why = compiled.other(tool_name, params, recent)
            else:
                gate = compiled.gate
                if gate is not None and gate not in params:
                    continue
                why = own(params, recent, shape)
            if why is None:
                continue
            should_block = should_block or compiled.blocks
            matched.append(compiled.id)
            warnings.append(compiled.head + why + compiled.tail)
            preventions.extend(compiled.steps)
            if compiled.suggestion and compiled.suggestion not in suggestions:
                suggestions.append(compiled.suggestion)
        decision: Decision = "block" if should_block else "warn" if matched else "allow"
        return {"decision": decision, "should_block": should_block, "warnings": warnings,
                "preventions": preventions, "patterns_matched": matched, "suggestions": suggestions}


def check_call(checker: Any, call: ToolCall, context: dict[str, Any] | list[str] | None = None) -> CheckResult:
    """A call as a host made it, asked of anything with `check_before_call`: a shell line that pipes into other
    commands is checked as each of them too (the mistake learned may be `cpio`'s in `find | cpio -o`)."""
    result = checker.check_before_call(call.tool, call.params, context)
    piped = piped_commands(call)
    if not piped:
        return result  # type: ignore[no-any-return]
    return _merged([result] + [checker.check_before_call(c.tool, c.params, context) for c in piped])


def _merged(results: list[CheckResult]) -> CheckResult:
    """One verdict for a line's commands: the strongest decision, every warning once."""
    merged: CheckResult = {"decision": "allow", "should_block": False, "warnings": [], "preventions": [],
                           "patterns_matched": [], "suggestions": []}
    for result in results:
        for at, pattern_id in enumerate(result["patterns_matched"]):
            if pattern_id not in merged["patterns_matched"]:
                merged["patterns_matched"].append(pattern_id)
                merged["warnings"].append(result["warnings"][at])
        merged["preventions"].extend(p for p in result["preventions"] if p not in merged["preventions"])
        merged["suggestions"].extend(s for s in result["suggestions"] if s not in merged["suggestions"])
        merged["should_block"] = merged["should_block"] or result["should_block"]
    merged["decision"] = "block" if merged["should_block"] else "warn" if merged["patterns_matched"] else "allow"
    return merged


_default: dict[tuple[str, str], UsagePatternChecker] = {}


def default_checker() -> UsagePatternChecker:
    """The checker for the configured store (REDIS_URL, key prefix), snapshot as fallback; one per process."""
    from worker.config import load_settings
    from worker.storage import UsagePatternStorage

    from ..recorder import connect

    settings = load_settings()
    key = (settings.redis_url, settings.key_prefix)
    if key not in _default:
        storage = UsagePatternStorage(connect(settings.redis_url, 0.5), settings.key_prefix)
        _default[key] = UsagePatternChecker(PatternCache(storage, settings.snapshot_path))
    return _default[key]
