"""Classification signals as data: rule packs in YAML, compiled once.

A rule names what it recognises (a usage `category` or an infrastructure `infra` kind),
a `regex` over the error text (case-insensitive unless `case_sensitive: true`, for codes
such as `INTERNAL` or `AccessDenied`; `requires_any` lists literals every match contains,
for a cheaper prefilter) (named groups `value`, `param`, `expected`, `step` feed the
evidence), optionally HTTP `status` codes, a `tool` glob, a `when_param` regex that some
parameter value must match, a `confidence`, and prevention `hints`. The default pack ships
in `worker/rules/default.yaml`; ops add packs as `memory/rules/*.yaml`, which are tried first.
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

try:  # the regex parser, used only to find a rule's literals for a cheap prefilter
    from re import _parser as sre  # type: ignore[attr-defined]
except ImportError:  # Python < 3.11
    import sre_parse as sre  # type: ignore[no-redef]

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


def _first_literals(items: list[Any], strict: bool = False) -> set[str] | None:
    """Literal strings one of which any match must contain (None when we cannot tell).

    Takes the first literal run of 3+ characters among the mandatory items of the
    sequence, looking into groups and alternations (every branch must give one).
    `strict` means the run must start at the first item (so a prefix can be joined to it).
    """
    run = ""
    for index, (op, arg) in enumerate(items):
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if len(run) >= 3:
            return {run}
        if op is sre.AT:
            continue
        rest = items[index + 1:]
        joined = strict or bool(run)  # a prefix to join needs literals that start right here
        inner: set[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _first_literals(list(arg[3]) + rest, strict=joined)
        elif op is sre.BRANCH:
            inner = set()
            for branch in arg[1]:
                sub = _first_literals(list(branch) + rest, strict=joined)
                if sub is None:
                    inner = None
                    break
                inner |= sub
        if inner is not None:
            return {run + literal for literal in inner}
        if strict:
            return None
        run = ""  # nothing certain here: look further along the sequence
    return {run} if len(run) >= 3 else None


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


TRIGGER_CHARS = 12


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
        try:
            literals = set(requires_any) if requires_any else _first_literals(list(sre.parse(pattern, re.I)))
        except Exception:  # an internal parser shape we do not know: no prefilter
            literals = None
        # Any substring of a required literal is required too: a short prefix is enough for the
        # prefilter, and many literals share one, so a message is scanned for far fewer strings.
        triggers = tuple(sorted({lit.lower()[:TRIGGER_CHARS] for lit in literals})) if literals else None
        return cls(exact, re.compile(_lowercase_pattern(pattern)), triggers, case_sensitive)

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


_TRIGGERS: dict[int, tuple[tuple[Any, ...], tuple[str, ...], tuple[str, ...]]] = {}


def triggers_in(rules: tuple[Rule, ...], lowered: str, infra_only: bool = False) -> frozenset[str]:
    """Which of the rules' trigger literals occur in the text: one cheap scan for all rules
    (or for the infrastructure rules only)."""
    cached = _TRIGGERS.get(id(rules))
    if cached is None or cached[0] is not rules:
        if len(_TRIGGERS) > 16:
            _TRIGGERS.clear()

        def of(chosen: list[Rule]) -> tuple[str, ...]:
            return tuple(sorted({t for rule in chosen if rule.regex and rule.regex.triggers for t in rule.regex.triggers}))
        cached = _TRIGGERS[id(rules)] = (rules, of(list(rules)), of([r for r in rules if r.infra]))
    literals: tuple[str, ...] = cached[2] if infra_only else cached[1]
    return frozenset(t for t in literals if t in lowered)


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
    )


def parse_pack(text: str, pack: str) -> list[Rule]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise RulePackError(f"{pack}: not valid YAML ({str(exc).splitlines()[0]})") from None
    entries = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise RulePackError(f"{pack}: expected a mapping with a 'rules' list")
    return [_compile(entry, pack) for entry in entries]


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    text = resources.files("worker").joinpath("rules/default.yaml").read_text(encoding="utf-8")
    return tuple(parse_pack(text, "default"))


_USER_PACKS: dict[Path, tuple[tuple[tuple[str, int, int], ...], tuple[Rule, ...]]] = {}


def load_rules(rules_dir: Path | None = None) -> tuple[Rule, ...]:
    """User packs (sorted by file name) before the default pack, so they can override it.

    The same tuple comes back until a pack file changes, so workers do not parse the packs
    for every batch and the per-tuple prefilter index stays warm.
    """
    packs = sorted(rules_dir.glob("*.yaml")) if rules_dir and rules_dir.is_dir() else []
    if not packs:
        return default_rules()
    stamps = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in packs)
    cached = _USER_PACKS.get(rules_dir)  # type: ignore[arg-type]
    if cached and cached[0] == stamps:
        return cached[1]
    user: list[Rule] = []
    for path in packs:
        user.extend(parse_pack(path.read_text(encoding="utf-8"), path.name))
    rules = tuple(user) + default_rules()
    _USER_PACKS[rules_dir] = (stamps, rules)  # type: ignore[index]
    return rules
