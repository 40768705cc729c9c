"""Message normalisation: what makes a captured message reproducible and bounded.

Every batch keeps its own parameters (scratch alias, noise patterns, clip sizes) so that a
regeneration reproduces the committed rows; the steps and their order are defined once here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
LIMIT = 1500
MARK = "\n[...]\n"


def clip(text: str, limit: int = LIMIT, head: int = 600, tail: int = 890) -> str:
    """Keep the head and the tail of a long message: the last line of a traceback matters most."""
    if len(text) <= limit:
        return text
    return text[:head].rstrip() + MARK + text[-tail:].lstrip()


@dataclass(frozen=True)
class Normaliser:
    """How one batch cleans a raw stderr/stdout capture.

    Steps, in order: strip ANSI codes; replace the scratch directory (and ``alias-XXXX`` spellings
    of it) by ``alias``; apply ``subs``; drop lines containing one of ``drop_containing`` or
    starting with one of ``drop_prefixes``; strip trailing whitespace per line; optionally collapse
    runs of blank lines; strip; clip to ``limit`` keeping ``head`` and ``tail`` characters.
    """

    scratch: str
    alias: str
    subs: tuple[tuple[re.Pattern[str], str], ...] = ()
    drop_containing: tuple[str, ...] = ()
    drop_prefixes: tuple[str, ...] = ()
    collapse_blank_lines: bool = False
    head: int = 600
    tail: int = 890
    limit: int = LIMIT
    _variants: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_variants", re.compile(re.escape(self.alias) + r"-[A-Za-z0-9_]+"))

    def path(self, text: str) -> str:
        """The scratch directory as the stable alias (for messages, commands and params)."""
        if self.scratch:
            text = text.replace(self.scratch, self.alias)
        return self._variants.sub(self.alias, text)

    def value(self, obj: Any) -> Any:
        """``path`` applied to every string inside params (dicts, lists, tuples)."""
        if isinstance(obj, str):
            return self.path(obj)
        if isinstance(obj, dict):
            return {k: self.value(v) for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [self.value(v) for v in obj]
        return obj

    def __call__(self, raw: str) -> str:
        text = self.path(ANSI.sub("", raw))
        for pattern, repl in self.subs:
            text = pattern.sub(repl, text)
        lines = [line.rstrip() for line in text.splitlines()
                 if not any(s in line for s in self.drop_containing)
                 and not (self.drop_prefixes and line.startswith(self.drop_prefixes))]
        text = "\n".join(lines)
        if self.collapse_blank_lines:
            text = re.sub(r"\n{3,}", "\n\n", text)
        return clip(text.strip(), self.limit, self.head, self.tail)


def noise(*patterns: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Multi-line regexes whose matches are deleted (machine-specific warning lines)."""
    return tuple((re.compile(p, re.M), "") for p in patterns)
