"""Literals every match of a regex contains, and regexes skipped when none of them occurs.

Pure, `re` only (no rule packs, no YAML: the pre-call check imports `worker.validation`, which
uses this). `literals_of` reads a pattern's parse tree: one of the returned strings occurs in
every match (None when it cannot tell). A text that holds none of them cannot match, so the
regex need not run: the result is the regex's own, only cheaper. `scanner` finds, in one pass,
which of many such literals occur in a text.

Case: the literals are compared lowered with the lowered text. For a case-insensitive regex
that is exact on ASCII text only (Python's `re.I` also matches `ſ` for `s` and `K` for `k`),
so `Gated` prefilters ASCII texts with ASCII literals and runs the regex on anything else.
"""
from __future__ import annotations

import functools
import re
from re import _parser as sre  # type: ignore[attr-defined]  # the regex parser, only to read a pattern's literals
from typing import Any, Iterator

TRIGGER_CHARS = 12


def first_literals(items: list[Any], strict: bool = False, prefix: int = 0) -> set[str] | None:
    """Literal strings one of which any match must contain (None when we cannot tell).

    Takes the first literal run of 3+ characters among the mandatory items of the
    sequence, looking into groups, alternations and small classes of characters (`ur[li]`,
    as the parser writes `url|uri`): every branch must give one.
    `strict` means the run must start at the first item (so a prefix can be joined to it);
    `prefix` is how long that prefix is (the run and it together must reach 3).
    """
    run = ""
    for index, (op, arg) in enumerate(items):
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if len(run) + prefix >= 3:
            return {run}
        if op is sre.AT:
            continue
        rest = items[index + 1:]
        joined = strict or bool(run)  # a prefix to join needs literals that start right here
        inner: set[str] | None = None
        branches: list[list[Any]] | None = None
        if op is sre.SUBPATTERN:
            inner = first_literals(list(arg[3]) + rest, strict=joined, prefix=prefix + len(run))
        elif op is sre.BRANCH:
            branches = [list(branch) for branch in arg[1]]
        elif op is sre.IN and 1 <= len(arg) <= 4 and all(member[0] is sre.LITERAL for member in arg):
            branches = [[member] for member in arg]  # `[li]`: a branch per character
        if branches is not None:
            inner = set()
            for branch in branches:
                sub = first_literals(branch + rest, strict=joined, prefix=prefix + len(run))
                if sub is None:
                    inner = None
                    break
                inner |= sub
        if inner is not None:
            return {run + literal for literal in inner}
        if strict:
            return None
        run = ""  # nothing certain here: look further along the sequence
    return {run} if len(run) + prefix >= 3 else None


def literals_of(pattern: str, flags: int) -> set[str] | None:
    try:
        return first_literals(list(sre.parse(pattern, flags)))
    except Exception:  # an internal parser shape we do not know: no prefilter
        return None


def triggers(literals: set[str] | None) -> tuple[str, ...] | None:
    # Any substring of a required literal is required too: a short prefix is enough for the
    # prefilter, and many literals share one, so a message is scanned for far fewer strings.
    return tuple(sorted({lit.lower()[:TRIGGER_CHARS] for lit in literals})) if literals else None


_CASE_FLAGS = re.I | re.L


def first_chars(items: list[Any]) -> set[str] | None:
    """The characters a match of the sequence `items` can begin with, as the pattern writes them (None when any
    character may, or a match may be empty). Zero-width items (`\\b`, `^`, lookarounds) begin nothing. A group that
    changes the case flags gives None: a gate outside it would compare cases otherwise than the pattern does."""
    for index, (op, arg) in enumerate(items):
        if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue
        rest = items[index + 1:]
        if op is sre.LITERAL:
            return {chr(arg)}
        if op is sre.IN:
            chars: set[str] = set()
            for member, value in arg:
                if member is sre.LITERAL:
                    chars.add(chr(value))
                elif member is sre.RANGE and value[1] - value[0] < 128:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None  # a negated class, a category (`\\w`), a wide range
            return chars
        inner: set[str] | None
        if op is sre.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                found = first_chars(list(branch) + rest)
                if found is None:
                    return None
                union |= found
            inner = union
        elif op is sre.SUBPATTERN:
            if (arg[1] | arg[2]) & _CASE_FLAGS:
                return None
            inner = first_chars(list(arg[3]) + rest)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            inner = first_chars(list(arg[2]) + rest)
            if arg[0] == 0 and inner is not None:  # or the match begins after it
                skipped = first_chars(rest)
                inner = None if skipped is None else inner | skipped
        else:
            return None  # `.`, a backreference, an atomic group: not worth knowing
        return inner
    return None  # the sequence can match empty


FIRST_CHARS_KEPT = 40  # a gate of more characters saves the engine too little to be worth a lookahead


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def first_char_gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex with a lookahead for the characters its matches begin with, when few can.

    Python's `re` tries every branch of a leading alternation, and every `\\b…` or lookbehind, at every position of the
    text: it scans fast only for a leading literal or class, and under IGNORECASE only for one without letters. One class
    test rejects most positions first. The matches, their groups and spans are the regex's own: the lookahead consumes
    and captures nothing. A regex `re` already scans fast for is returned as it is."""
    pattern = regex.pattern
    try:
        parsed = list(sre.parse(pattern, regex.flags))
        chars = first_chars(parsed)
    except Exception:  # an internal parser shape we do not know: as it is
        return regex
    if not chars or len(chars) > FIRST_CHARS_KEPT or not isinstance(pattern, str):
        return regex
    op, arg = parsed[0]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1 and len(arg[2]) == 1 and arg[2][0][0] in (sre.LITERAL, sre.IN):
        return regex  # `[0-9]+…`: its first test is the gate's own
    cased = bool(regex.flags & re.I) and any(c.lower() != c.upper() for c in chars)
    if op in (sre.LITERAL, sre.IN) and not cased:
        return regex  # `re`'s own scan for the leading literal or class
    flags = _GLOBAL_FLAGS.match(pattern)  # `(?i)…`: global flags must stay first
    lead, body = (flags.group(0), pattern[flags.end():]) if flags else ("", pattern)
    gate = "".join(sorted("\\" + c if c in "\\]^-[" else c for c in chars))
    try:
        return re.compile(f"{lead}(?=[{gate}])(?:{body})", regex.flags)
    except re.error:
        return regex


def gated_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, with the first-character gate of `first_char_gated`: for a module's regexes, compiled once."""
    return first_char_gated(re.compile(pattern, flags))


def trie(literals: set[str]) -> str:
    """One regex alternation of the literals, as a trie (shared prefixes once), longest first."""
    root: dict[str, Any] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(node[char]) for char in sorted(c for c in node if c)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body
    return emit(root)


Scanner = tuple[Any, dict[str, frozenset[str]]]  # an Aho-Corasick automaton (or a regex) and each literal's prefixes


def scanner(literals: set[str], automaton: bool = True) -> Scanner:
    """What finds, in one pass, which of many literals occur in a text: an Aho-Corasick automaton (pyahocorasick, C)
    when installed, else a regex that finds at every position the longest literal starting there, with, for each
    literal, the literals that are its prefixes (they start there too). The regex is the same answer ~6x slower:
    Python's `re` tries the trie at every position of the text."""
    literals = {t for t in literals if t}
    if automaton and literals:
        try:
            import ahocorasick
        except ImportError:  # the regex below: the same sets
            pass
        else:
            machine = ahocorasick.Automaton()
            for literal in literals:
                machine.add_word(literal, literal)
            machine.make_automaton()
            return machine, {}
    regex = re.compile("(?=(" + trie(literals) + "))") if literals else re.compile(r"(?!)")
    prefixes = {t: frozenset(t[:i] for i in range(1, len(t) + 1) if t[:i] in literals) for t in literals}
    return regex, prefixes


def found_in(scan: Scanner, text: str) -> frozenset[str]:
    """Exactly the scanner's literals that occur in `text`: every occurrence the automaton reports, or (the regex) a
    literal occurs exactly where it, or a longer literal it begins, starts."""
    finder, prefixes = scan
    if finder.__class__ is not re.Pattern:
        return frozenset([literal for _, literal in finder.iter(text)])
    out: set[str] = set()
    for longest in set(finder.findall(text)):
        out |= prefixes[longest]
    return frozenset(out)


class Gated:
    """A compiled regex that is not run on an ASCII text holding none of its literals (lowered).

    `search` and `finditer` give what the regex gives; pass the text's `lowered(text)` when several
    gated regexes read one text: it is lowered once, and one scan of it for the literals of every
    gated regex there is tells each whether to run (a set test instead of a substring search per
    literal: an extraction asks ~90 of them about one message)."""

    __slots__ = ("regex", "triggers", "serial", "_fast")

    def __init__(self, regex: re.Pattern[str], requires_any: tuple[str, ...] | None = None) -> None:
        """`requires_any`: literals the author knows every match holds, where the parse tree shows none (a leading
        optional group, one-character operators)."""
        self.regex = regex
        self._fast: re.Pattern[str] | None = None  # the regex with its first-character gate, made when first run
        found = triggers(set(requires_any) if requires_any else literals_of(regex.pattern, regex.flags))
        self.triggers = found if found is not None and all(t.isascii() for t in found) else None
        self.serial = len(_GATED)
        if self.triggers is not None:
            _GATED.append(self.triggers)

    def absent(self, lowered: str | None) -> bool:
        """True when the regex cannot match the text `lowered` was made from (see `lowered`)."""
        if lowered is None or self.triggers is None:
            return False
        if type(lowered) is Lowered and self.serial < lowered.covers:
            return lowered.present().isdisjoint(self.triggers)
        return not any(map(lowered.__contains__, self.triggers))

    def fast(self) -> re.Pattern[str]:
        """The regex as `first_char_gated` makes it: compiled on first use, so a process that imports a module of
        such regexes (a hook's pre-call check) and never runs them does not pay for the compiles."""
        if self._fast is None:
            self._fast = first_char_gated(self.regex)
        return self._fast

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        return None if self.absent(lowered) else (self._fast or self.fast()).search(text)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        return iter(()) if self.absent(lowered) else (self._fast or self.fast()).finditer(text)


_GATED: list[tuple[str, ...]] = []  # the triggers of every Gated made, in order (they are module-level regexes)
_ALL: list[Any] = [0, None]  # how many of _GATED the scanner covers, and the scanner


class Lowered(str):
    """A lowered text that knows which literals of every gated regex occur in it (found once, when first asked)."""

    __slots__ = ("covers", "_present")
    covers: int  # how many of _GATED its scan covered
    _present: frozenset[str] | None

    def present(self) -> frozenset[str]:
        if self._present is None:
            self._present = found_in(_ALL[1], self)
        return self._present


@functools.lru_cache(maxsize=64)  # the classifier, extractor and their helpers lower one message many times
def lowered(text: str) -> str | None:
    """What `Gated` compares its literals with: the lowered text, or None (no prefilter) when it is not ASCII."""
    if not text.isascii():
        return None
    if _ALL[0] != len(_GATED):
        _ALL[:] = [len(_GATED), scanner({t for found in _GATED for t in found})]
    out = Lowered(text.lower())
    out.covers, out._present = _ALL[0], None
    return out
