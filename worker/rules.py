"""Classification signals as data: rule packs in YAML, compiled once.

A pack file is `version: 1`, a `rules` list and optional `examples`. A rule names what it
recognises (a usage `category` or an infrastructure `infra` kind), a `regex` over the error
text (case-insensitive unless `case_sensitive: true`, for codes such as `INTERNAL` or
`AccessDenied`; `requires_any` lists literals every match contains, for a cheaper prefilter;
named groups `value`, `param`, `expected`, `step…` feed the evidence), optionally HTTP
`status` codes, a `tool` glob, a `when_param` regex that some parameter value must match,
`named: GROUP` (the text of that group must be named by the call's own parameters, e.g. the
table of `no such table: x`), `anywhere: true` (also tried on the other lines when a key line
matched, as every infrastructure rule is: for help / hint lines), `yields: true` (the rule knows
a usage mistake but its category is a default — "invalid …", a bare 400 — so a strong category
cue in the key lines wins, `worker.signals.strong_cue`), a `confidence`, prevention `hints` and `examples` (messages,
or mappings with message / tool / params / expect / rule) that must classify as the rule
says. The built-in packs are the numbered files in `worker/rules/` (all pack `default`, read
in name order); ops add packs as `memory/rules/*.yaml`, which are tried first and win when
they match. Each user file loads or is refused on its own, with the reason
(`load_rule_packs`): it must parse and its examples must hold.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from . import safe_yaml

from .literals import (Scanner as _Scanner, first_char_gated, found_in, literals_of as _literals_of, scanner as _scanner,
                       triggers as _triggers)

CATEGORIES = (
    "INCORRECT_PARAMETER",
    "PARAMETER_FORMAT",
    "MISSING_PREREQUISITE",
    "WORKFLOW_SEQUENCE",
    "WRONG_TOOL_SELECTION",
    "MISSING_PARAMETER",
)
INFRA_KINDS = (
    "auth", "permission", "network", "dns", "timeout", "tls", "rate_limit",
    "server_error", "resource", "daemon_down", "read_only",
)


class RulePackError(ValueError):
    """A rule pack that cannot be used; the message names the pack and the rule."""


def _lowercase_pattern(pattern: str) -> str:
    """The pattern for pre-lowercased text: literals lowered, escapes (\\S, \\W …) and group names kept."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith("(?P<", i):
            end = pattern.index(">", i)
            out.append(pattern[i:end + 1])
            i = end + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class Matcher:
    """A rule's regex made cheap: skipped unless one of its literals occurs, run on lowered text.

    Case-insensitive matching costs Python's `re` about 3x; the text is lowered once per
    message instead. Groups are read back from the original text by position.
    """
    exact: re.Pattern[str]
    lowered: re.Pattern[str]
    triggers: tuple[str, ...] | None

    case_sensitive: bool = False

    @classmethod
    def compile(cls, pattern: str, case_sensitive: bool = False,
                requires_any: list[str] | None = None) -> Matcher:
        """`requires_any`: literals the rule's author knows every match contains (a sharper
        prefilter than the first literals of a long alternation of common words)."""
        exact = re.compile(pattern, 0 if case_sensitive else re.I)
        literals = set(requires_any) if requires_any else _literals_of(pattern, re.I)
        return cls(first_char_gated(exact), first_char_gated(re.compile(_lowercase_pattern(pattern))), _triggers(literals),
                   case_sensitive)

    def search(self, text: str, lowered: str | None = None,
               present: frozenset[str] | None = None) -> dict[str, str] | None:
        """Named groups of the first match, or None when it does not match.

        `present` is the set of all rules' triggers found in `lowered` (see `triggers_in`).
        """
        if lowered is not None and self.triggers is not None and present is not None and present.isdisjoint(self.triggers):
            return None  # lowercase triggers absent from the lowered text: no match in any case
        if self.case_sensitive or lowered is None or len(lowered) != len(text):
            found = self.exact.search(text)
            return None if found is None else {k: v for k, v in found.groupdict().items() if v}
        found = self.lowered.search(lowered)
        if found is None:
            return None
        return {name: text[found.start(name):found.end(name)] for name in found.re.groupindex if found.start(name) >= 0
                and found.end(name) > found.start(name)}


def _top_level(pattern: str) -> tuple[list[str], list[tuple[int, int]]]:
    """`pattern` cut at its top-level `|` (outside groups, classes and escapes), and its top-level groups."""
    parts: list[str] = []
    groups: list[tuple[int, int]] = []
    depth = start = opened = i = 0
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith(("[]", "[^]"), i):  # a leading ] is a member of the class
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif char == "(":
            opened = i if depth == 0 else opened
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                groups.append((opened, i))
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]], groups


def alternatives(pattern: str) -> list[str]:
    """The alternatives of a long alternation, each a regex of its own: `A|B` → A, B; `P(A|B)S` → P(?:A)S, P(?:B)S
    (one group holding the alternation, a prefix and suffix around it); any other shape stays whole."""
    parts, groups = _top_level(pattern)
    if len(parts) > 1:
        return parts
    holding = [g for g in groups if "|" in pattern[g[0]:g[1]]]
    if len(holding) != 1:
        return [pattern]
    opened, closed = holding[0]
    if pattern.startswith("(?", opened) and not pattern.startswith("(?:", opened):
        return [pattern]  # a lookaround or a named group
    inner = pattern[opened + (3 if pattern.startswith("(?:", opened) else 1):closed]
    return [f"{pattern[:opened]}(?:{part}){pattern[closed + 1:]}" for part in _top_level(inner)[0]]


class Alternation:
    """A long alternation of cue phrases searched part by part: a part runs only when one of its
    sure literals occurs in the text, and the leftmost match wins (the earlier part at the same
    position), exactly the match the whole regex finds. Most texts hold few of the phrases'
    literals, so most parts are skipped instead of tried at every position."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.parts = [(re.compile(part), _triggers(_literals_of(part, 0))) for part in alternatives(pattern)]
        gates: dict[str, list[int]] = {}  # each trigger, the parts it lets run
        for index, (_, triggers) in enumerate(self.parts):
            for trigger in triggers or ():
                gates.setdefault(trigger, []).append(index)
        self.gates = {trigger: tuple(indices) for trigger, indices in gates.items()}
        self.always = tuple(index for index, (_, triggers) in enumerate(self.parts) if triggers is None)

    def search(self, text: str, present: frozenset[str] | None = None) -> re.Match[str] | None:
        """`present`: which triggers occur in `text`, when known (`literals.found_in` with a scanner
        of all of `gates`): the parts to try are then looked up, not tested one by one."""
        if present is None:
            order: Any = (index for index, (_, triggers) in enumerate(self.parts)
                          if triggers is None or any(t in text for t in triggers))
        else:
            chosen = set(self.always)
            for trigger in present:
                chosen.update(self.gates.get(trigger, ()))
            order = sorted(chosen)
        best: re.Match[str] | None = None
        for index in order:
            found = self.parts[index][0].search(text)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
                if best.start() == 0:
                    break
        return best


_TRIGGERS: dict[int, tuple[tuple[Any, ...], _Scanner, _Scanner]] = {}
_PRESENT: dict[tuple[int, bool, str], frozenset[str]] = {}
PRESENT_KEPT = 2048  # texts whose triggers are remembered (a stack trace or hint line repeats across events)


def triggers_in(rules: tuple[Rule, ...], lowered: str, anywhere_only: bool = False) -> frozenset[str]:
    """Which of the rules' trigger literals occur in the text: one scan for all rules (or for the
    rules tried anywhere only: infrastructure and `anywhere`). One regex of all the literals finds
    the longest one at each position (a literal occurs exactly where it or a longer literal it
    begins starts), instead of testing each of several hundred."""
    cached = _TRIGGERS.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_TRIGGERS) > 16:
            _TRIGGERS.clear()

        def of(chosen: list[Rule]) -> _Scanner:
            return _scanner({t for rule in chosen if rule.regex and rule.regex.triggers for t in rule.regex.triggers})
        cached = _TRIGGERS[id(rules)] = (rules, of(list(rules)), of([r for r in rules if r.anywhere]))
        _PRESENT.clear()  # what was found for another tuple that had this id
    key = (id(rules), anywhere_only, lowered)
    found = _PRESENT.get(key)
    if found is not None:
        return found
    if len(_PRESENT) >= PRESENT_KEPT:
        _PRESENT.clear()
    found = _PRESENT[key] = found_in(cached[2] if anywhere_only else cached[1], lowered)
    return found


_CANDIDATES: dict[int, tuple[tuple[Any, ...], tuple[int, ...], dict[str, tuple[int, ...]]]] = {}


def worth_trying(rules: tuple[Rule, ...], present: frozenset[str]) -> list[Rule]:
    """The rules (in order) that can match a text whose triggers are `present`: those with no
    prefilter (status-only rules, regexes without a sure literal) and those one of whose
    triggers occurs — looked up, not tested rule by rule."""
    cached = _CANDIDATES.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_CANDIDATES) > 16:
            _CANDIDATES.clear()
        always: list[int] = []
        by_trigger: dict[str, list[int]] = {}
        for index, rule in enumerate(rules):
            if rule.regex is None or rule.regex.triggers is None:
                always.append(index)
            else:
                for trigger in rule.regex.triggers:
                    by_trigger.setdefault(trigger, []).append(index)
        cached = _CANDIDATES[id(rules)] = (rules, tuple(always), {t: tuple(v) for t, v in by_trigger.items()})
    chosen = set(cached[1])
    for trigger in present:
        chosen.update(cached[2].get(trigger, ()))
    return [rules[index] for index in sorted(chosen)]


@dataclass(frozen=True)
class Rule:
    id: str
    regex: Matcher | None
    category: str | None = None
    infra: str | None = None
    status: frozenset[int] = frozenset()
    tool: str = "*"
    when_param: re.Pattern[str] | None = None
    confidence: float = 0.8
    hints: dict[str, Any] = field(default_factory=dict)
    pack: str = "default"
    named: str | None = None  # a regex group whose text the call itself must have named (in a parameter)
    anywhere: bool = False  # also tried on the other lines when a key line matched (help: / hint: lines)
    yields: bool = False  # its category is a default: a strong category cue in the key lines wins (signals)

    def applies_to(self, tool_name: str) -> bool:
        return self.tool == "*" or fnmatch.fnmatchcase(tool_name, self.tool)


def _compile(entry: dict[str, Any], pack: str) -> Rule:
    rule_id = entry.get("id")
    where = f"{pack}: rule {rule_id or '?'}"
    if not rule_id:
        raise RulePackError(f"{where}: missing id")
    category, infra = entry.get("category"), entry.get("infra")
    if bool(category) == bool(infra):
        raise RulePackError(f"{where}: needs exactly one of category or infra")
    if category and category not in CATEGORIES:
        raise RulePackError(f"{where}: unknown category {category!r}")
    if infra and infra not in INFRA_KINDS:
        raise RulePackError(f"{where}: unknown infra kind {infra!r}")
    if not entry.get("regex") and not entry.get("status"):
        raise RulePackError(f"{where}: needs a regex or a status")
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise RulePackError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    try:
        regex = Matcher.compile(entry["regex"], bool(entry.get("case_sensitive")),
                                entry.get("requires_any")) if entry.get("regex") else None
        when_param = re.compile(entry["when_param"]) if entry.get("when_param") else None
    except re.error as exc:
        raise RulePackError(f"{where}: bad regex: {exc}") from None
    return Rule(
        id=str(rule_id),
        regex=regex,
        category=category,
        infra=infra,
        status=frozenset(int(code) for code in entry.get("status") or ()),
        tool=str(entry.get("tool", "*")),
        when_param=when_param,
        confidence=float(entry.get("confidence", 0.8)),
        hints=dict(entry.get("hints") or {}),
        pack=pack,
        named=str(entry["named"]) if entry.get("named") else None,
        anywhere=bool(entry.get("anywhere")) or bool(infra),
        yields=bool(entry.get("yields")) and bool(category),
    )


RULE_KEYS = frozenset({"id", "category", "infra", "regex", "case_sensitive", "requires_any", "status", "tool",
                       "when_param", "confidence", "hints", "named", "examples", "anywhere", "yields"})


@dataclass(frozen=True)
class Example:
    """A message a pack promises to classify so: run as a test when the pack loads (`rules test`)."""
    message: str
    expect: str  # a usage category, an infrastructure kind, or "unknown"
    tool: str = "any_tool"
    params: dict[str, Any] = field(default_factory=dict)
    rule: str | None = None  # the rule that should decide, when the pack names it
    where: str = ""


@dataclass(frozen=True)
class RulePack:
    """One file: its rules (in order), its format version and its examples."""
    name: str
    version: int
    rules: tuple[Rule, ...]
    examples: tuple[Example, ...]
    file: str = ""


PACK_VERSIONS = (1,)


def _example(raw: Any, where: str, rule: Rule | None) -> Example:
    if isinstance(raw, str) and rule is not None:
        raw = {"message": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("message"), str):
        raise RulePackError(f"{where}: an example needs a message")
    expect = raw.get("expect") or (rule.category or rule.infra if rule else None)
    if expect not in CATEGORIES + INFRA_KINDS + ("unknown",):
        raise RulePackError(f"{where}: example expects {expect!r}, not a category, infra kind or 'unknown'")
    tool = raw.get("tool") or (rule.tool.replace("*", "x") if rule else "any_tool")
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        raise RulePackError(f"{where}: example params must be a mapping")
    return Example(raw["message"], str(expect), str(tool), dict(params),
                   raw.get("rule") or (rule.id if rule else None), where)


def read_pack(text: str, pack: str, file: str | None = None) -> RulePack:
    """Parse one pack file: `version` (default 1), `rules`, optional pack-level `examples`."""
    try:
        data = safe_yaml.load(text) or {}
    except yaml.YAMLError as exc:
        raise RulePackError(f"{pack}: not valid YAML ({str(exc).splitlines()[0]})") from None
    entries = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise RulePackError(f"{pack}: expected a mapping with a 'rules' list")
    version = data.get("version", 1)
    if version not in PACK_VERSIONS:
        raise RulePackError(f"{pack}: version {version!r} is not one this classifier reads ({PACK_VERSIONS})")
    rules: list[Rule] = []
    examples: list[Example] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise RulePackError(f"{pack}: each rule is a mapping")
        rule = _compile(entry, pack)
        rules.append(rule)
        examples.extend(_example(raw, f"{pack}: rule {rule.id} example {i + 1}", rule)
                        for i, raw in enumerate(entry.get("examples") or ()))
    examples.extend(_example(raw, f"{pack}: example {i + 1}", None) for i, raw in enumerate(data.get("examples") or ()))
    return RulePack(pack, int(version), tuple(rules), tuple(examples), file or pack)


def parse_pack(text: str, pack: str) -> list[Rule]:
    return list(read_pack(text, pack).rules)


BUILTIN_DIR = "rules"


@lru_cache(maxsize=1)
def builtin_packs() -> tuple[RulePack, ...]:
    """The shipped packs, in file-name order; their rules all belong to the pack `default`."""
    folder = resources.files("worker").joinpath(BUILTIN_DIR)
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".yaml"))
    return tuple(read_pack(folder.joinpath(name).read_text(encoding="utf-8"), "default", name) for name in names)


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    return tuple(rule for pack in builtin_packs() for rule in pack.rules)


@dataclass(frozen=True)
class PackLoad:
    """What loading a rules directory gave: the rules in force, and each file's fate."""
    rules: tuple[Rule, ...]
    loaded: tuple[str, ...]
    refused: tuple[tuple[str, str], ...]  # (file name, one-line reason)


_USER_PACKS: dict[Path, tuple[tuple[tuple[str, int, int], ...], PackLoad]] = {}


def failed_examples(pack: RulePack, rules: tuple[Rule, ...]) -> list[str]:
    """Each example of `pack` that `rules` do not classify as it expects, as one line."""
    from .classifier import classify_error_type  # the classifier imports this module

    failures = []
    for example in pack.examples:
        result = classify_error_type(example.tool, example.params, example.message, rules=rules)
        got = result["error_category"] or result["infra_kind"] or "unknown"
        rule = result["evidence"].get("rule")
        if got != example.expect or (example.rule and rule != f"{pack.name}:{example.rule}"):
            failures.append(f"{example.where}: expected {example.expect}"
                            f"{' by ' + example.rule if example.rule else ''}, got {got} by {rule}")
    return failures


def load_rule_packs(rules_dir: Path | None) -> PackLoad:
    """User packs (sorted by file name) before the default pack, so they can override it.

    Each file loads or is refused on its own, with the reason: it must parse, and each of its
    examples must come out as it says with that pack in force. A broken pack never disables
    the others. The same result comes back until a file changes, so workers do not parse the
    packs per batch and the per-tuple prefilter index stays warm.
    """
    paths = sorted(rules_dir.glob("*.yaml")) if rules_dir and rules_dir.is_dir() else []
    if not paths:
        return PackLoad(default_rules(), (), ())
    stamps = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
    cached = _USER_PACKS.get(rules_dir)  # type: ignore[arg-type]
    if cached and cached[0] == stamps:
        return cached[1]
    user: list[Rule] = []
    loaded: list[str] = []
    refused: list[tuple[str, str]] = []
    for path in paths:
        try:
            pack = read_pack(path.read_text(encoding="utf-8"), path.name)
            failures = failed_examples(pack, pack.rules + default_rules())
            if failures:
                more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
                raise RulePackError(failures[0] + more)
        except (RulePackError, OSError, UnicodeDecodeError) as exc:
            refused.append((path.name, str(exc)))
            continue
        user.extend(pack.rules)
        loaded.append(path.name)
    result = PackLoad(tuple(user) + default_rules(), tuple(loaded), tuple(refused))
    _USER_PACKS[rules_dir] = (stamps, result)  # type: ignore[index]
    return result


def load_rules(rules_dir: Path | None = None) -> tuple[Rule, ...]:
    """The rules in force: every user pack that loads, then the default pack (see load_rule_packs)."""
    return load_rule_packs(rules_dir).rules
