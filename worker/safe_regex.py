"""Regexes that come from error messages, compiled only when they cannot blow up.

A tool's message may state the rule it validates with (`regex used for validation is
'…'`). That text is data from outside: it is length-capped, parsed, and refused when it
has the shapes that make Python's backtracking matcher exponential — an unbounded
repetition whose body can itself repeat or branch over the characters that start the next
round (`(a+)+`, `(\\w+\\s?)*`, `(a|aa)+`) — or backreferences. What passes is probed once
on adversarial input with a time budget. Values checked against it are capped as well
(`MAX_VALUE_CHARS`), so a check stays polynomial and short.
"""
from __future__ import annotations

import re
import string
import time
from functools import lru_cache
from typing import Any, Callable

from re import _constants as sre_c  # type: ignore[attr-defined]  # the regex parser (Python >= 3.11)
from re import _parser as sre  # type: ignore[attr-defined]

MAX_PATTERN_CHARS = 300
MAX_VALUE_CHARS = 512
PROBE_BUDGET_SECONDS = 0.005
_ALPHABET = frozenset(string.printable + "é_")
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) + ((sre_c.POSSESSIVE_REPEAT,) if hasattr(sre_c, "POSSESSIVE_REPEAT") else ())
_CATEGORY: dict[Any, Callable[[str], bool]] = {
    sre_c.CATEGORY_DIGIT: str.isdigit, sre_c.CATEGORY_SPACE: str.isspace,
    sre_c.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
}
_NOT_CATEGORY = {
    sre_c.CATEGORY_NOT_DIGIT: sre_c.CATEGORY_DIGIT, sre_c.CATEGORY_NOT_SPACE: sre_c.CATEGORY_SPACE,
    sre_c.CATEGORY_NOT_WORD: sre_c.CATEGORY_WORD,
}


class UnsafeRegex(ValueError):
    """A stated regex we refuse to run; the message says why."""


def _in_set(items: list[tuple[Any, Any]]) -> frozenset[str]:
    negate = bool(items) and items[0][0] is sre_c.NEGATE
    chars: set[str] = set()
    for op, arg in items[1:] if negate else items:
        if op is sre_c.LITERAL:
            chars.add(chr(arg))
        elif op is sre_c.RANGE:
            chars.update(c for c in _ALPHABET if arg[0] <= ord(c) <= arg[1])
        elif op is sre_c.CATEGORY:
            if arg in _CATEGORY:
                chars.update(c for c in _ALPHABET if _CATEGORY[arg](c))
            elif arg in _NOT_CATEGORY:
                chars.update(c for c in _ALPHABET if not _CATEGORY[_NOT_CATEGORY[arg]](c))
            else:
                chars.update(_ALPHABET)
        else:
            chars.update(_ALPHABET)
    return frozenset(_ALPHABET - chars) if negate else frozenset(chars)


def _chars(items: Any) -> frozenset[str]:
    """Every character a (sub)pattern can consume (over a sample alphabet)."""
    out: set[str] = set()
    for op, arg in items:
        if op is sre_c.LITERAL:
            out.add(chr(arg))
        elif op is sre_c.NOT_LITERAL or op is sre_c.ANY:
            out.update(_ALPHABET - ({chr(arg)} if op is sre_c.NOT_LITERAL else set()))
        elif op is sre_c.IN:
            out.update(_in_set(list(arg)))
        elif op in _REPEATS:
            out.update(_chars(arg[2]))
        elif op is sre_c.SUBPATTERN:
            out.update(_chars(arg[3]))
        elif op is sre_c.BRANCH:
            for branch in arg[1]:
                out.update(_chars(branch))
    return frozenset(out)


def _first(items: Any) -> tuple[frozenset[str], bool]:
    """Characters a sequence can start with, and whether it can match empty."""
    out: set[str] = set()
    for op, arg in items:
        if op is sre_c.AT or op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue
        if op in _REPEATS:
            sub, empty = _first(arg[2])
            out.update(sub)
            if arg[0] > 0 and not empty:
                return frozenset(out), False
            continue
        if op is sre_c.SUBPATTERN:
            sub, empty = _first(arg[3])
        elif op is sre_c.BRANCH:
            parts = [_first(branch) for branch in arg[1]]
            sub = frozenset().union(*(p[0] for p in parts))
            empty = any(p[1] for p in parts)
        else:
            sub, empty = _chars([(op, arg)]), False
        out.update(sub)
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _ambiguous_body(body: Any, starts: frozenset[str]) -> bool:
    """Inside a repeated body: a nested unbounded repeat or an alternation whose characters
    overlap what starts a round, so one input splits into rounds in many ways."""
    for op, arg in body:
        if op in _REPEATS:
            if (arg[1] == sre_c.MAXREPEAT or arg[1] > 50) and _chars(arg[2]) & starts:
                return True
            if _ambiguous_body(arg[2], starts):
                return True
        elif op is sre_c.SUBPATTERN:
            if _ambiguous_body(arg[3], starts):
                return True
        elif op is sre_c.BRANCH:
            firsts = [_first(branch)[0] for branch in arg[1]]
            if any(a & b for i, a in enumerate(firsts) for b in firsts[i + 1:]):
                return True
            if any(_ambiguous_body(branch, starts) for branch in arg[1]):
                return True
    return False


def _check(items: Any) -> None:
    for op, arg in items:
        if op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS):
            raise UnsafeRegex("backreferences are not allowed")
        if op in _REPEATS:
            lo, hi, body = arg
            if hi == sre_c.MAXREPEAT or hi > 2:  # (.*a){12} is as bad as (.*a)*
                starts, _ = _first(body)
                if _ambiguous_body(body, starts or _chars(body)):
                    raise UnsafeRegex("nested repetition can backtrack exponentially")
            _check(body)
        elif op is sre_c.SUBPATTERN:
            _check(arg[3])
        elif op is sre_c.BRANCH:
            for branch in arg[1]:
                _check(branch)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            _check(arg[1])


def _probe(compiled: re.Pattern[str]) -> None:
    """Run once on inputs that make bad patterns slow; refuse if that takes too long."""
    for size in (8, 12, 16, 20, 24, 32):  # growing, so a blow-up shows before it is long
        started = time.thread_time()  # CPU time of this thread: a loaded machine does not refuse a safe regex
        for ch in "a0-_. A":
            compiled.search((ch * size) + "!")
        if time.thread_time() - started > PROBE_BUDGET_SECONDS:
            raise UnsafeRegex("too slow on a probe input")


def compile_stated(pattern: str) -> re.Pattern[str]:
    """Compile a regex taken from a message, or raise UnsafeRegex/re.error."""
    if not pattern or len(pattern) > MAX_PATTERN_CHARS:
        raise UnsafeRegex(f"empty or longer than {MAX_PATTERN_CHARS} characters")
    _check(sre.parse(pattern))
    compiled = re.compile(pattern)
    _probe(compiled)
    return compiled


@lru_cache(maxsize=2048)
def safe_compile(pattern: str | None) -> re.Pattern[str] | None:
    """`compile_stated`, or None for a pattern that is missing, invalid or unsafe (cached: the
    same learned validation is compiled for every pattern cache fill and every extraction)."""
    if not pattern:
        return None
    try:
        return compile_stated(pattern)
    except (UnsafeRegex, re.error, RecursionError, OverflowError):
        return None


def anchored(pattern: str, whole: bool) -> str:
    """The form the checker searches with: the whole value when the message means the whole value."""
    if not whole or (pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")):
        return pattern
    return f"^(?:{pattern})$"
