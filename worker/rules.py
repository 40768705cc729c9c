"""Classification signals as data: rule packs in YAML, compiled once.

A rule names what it recognises (a usage `category` or an infrastructure `infra` kind),
a `regex` over the error text (named groups `value`, `param`, `expected`, `step` feed the
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


@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern[str] | None
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
        regex = re.compile(entry["regex"], re.I) if entry.get("regex") else None
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


def load_rules(rules_dir: Path | None = None) -> tuple[Rule, ...]:
    """User packs (sorted by file name) before the default pack, so they can override it."""
    user: list[Rule] = []
    if rules_dir and rules_dir.is_dir():
        for path in sorted(rules_dir.glob("*.yaml")):
            user.extend(parse_pack(path.read_text(encoding="utf-8"), path.name))
    return tuple(user) + default_rules()
