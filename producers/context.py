"""Session-start pitfalls: what an agent should know before its first call. Pure."""
from __future__ import annotations

from typing import Any

from worker.identity import silent_family

DEFAULT_TOP = 15
DEFAULT_MIN_CONFIDENCE = 0.80
DEFAULT_MAX_CHARS = 4000


def rank(patterns: list[dict[str, Any]], top: int, min_confidence: float) -> list[dict[str, Any]]:
    """Most useful first: confidence × observations (a family pattern only once it speaks)."""
    eligible = [p for p in patterns if p["confidence"] >= min_confidence and not silent_family(p)]
    return sorted(eligible, key=lambda p: (-p["confidence"] * p["observations"], p["id"]))[:top]


def _lines_for(pattern: dict[str, Any], markdown: bool) -> list[str]:
    mistake = pattern.get("mistake_pattern") or {}
    bullet = "- " if markdown else "  * "
    head = f"{bullet}{pattern['root_cause']} ({pattern['confidence']:.0%}, seen {pattern['observations']}x)"
    lines = [head]
    reasons = [step.get("reason") for step in pattern.get("prevention_steps") or [] if step.get("reason")]
    if reasons:
        lines.append(f"    {'→' if markdown else '->'} " + "; ".join(reasons[:3]))
    if mistake.get("common_mistakes"):
        lines.append("    wrong before: " + ", ".join(str(v) for v in mistake["common_mistakes"][:3]))
    return lines


def session_context(patterns: list[dict[str, Any]], top: int = DEFAULT_TOP,
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE, fmt: str = "markdown",
                    max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Known pitfalls grouped by tool, cut at a whole pattern to stay within max_chars."""
    chosen = rank(patterns, top, min_confidence)
    if not chosen:
        return ""
    markdown = fmt == "markdown"
    title = "## Known tool-usage pitfalls" if markdown else "KNOWN TOOL-USAGE PITFALLS"
    out = [title, ""]
    size = len(title) + 1
    by_tool: dict[str, list[dict[str, Any]]] = {}
    for pattern in chosen:
        by_tool.setdefault(pattern["tool"], []).append(pattern)
    for tool, group in by_tool.items():
        header = f"### {tool}" if markdown else f"{tool}:"
        block = [header]
        for pattern in group:
            lines = _lines_for(pattern, markdown)
            if size + sum(len(line) + 1 for line in block + lines) > max_chars:
                break
            block.extend(lines)
        if len(block) == 1:
            break
        size += sum(len(line) + 1 for line in block)
        out.extend(block)
    return "\n".join(out).rstrip() + "\n"
