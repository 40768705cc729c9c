"""Pattern administration, pure: validate an import completely, merge it by id, export it.

An import is a review's output (export → edit → import), so it must keep what was learned
since: counts add, and confidence is recomputed from the evidence (worker.confidence), never
taken on trust — a file may lower a pattern's confidence (a reviewer's downgrade), not raise
it above what its observations and outcomes support.
"""
from __future__ import annotations

import math
import re
from typing import Any

from worker import confidence as conf
from worker.patterns import InvalidPattern, normalize_pattern, parse_time
from worker.rules import CATEGORIES

Pattern = dict[str, Any]
_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,200}$")
_COUNTS = ("observations", "success_after_prevention", "false_positives")
_TEXT_OR_NONE = ("parameter", "missing_step")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) and math.isfinite(value)


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def field_problems(raw: Any) -> list[str]:
    """Every type or range problem of one imported pattern (empty: importable)."""
    if not isinstance(raw, dict):
        return [f"must be a mapping, got {type(raw).__name__}"]
    problems = []
    for key in ("id", "tool", "error_category"):
        if raw.get(key) is None or raw.get(key) == "":
            problems.append(f"missing {key}")
        elif not isinstance(raw[key], str):
            problems.append(f"{key} must be a string")
    if isinstance(raw.get("id"), str) and raw["id"] and not _ID.match(raw["id"]):
        problems.append("id may hold only letters, digits and _.:- (at most 200)")
    if isinstance(raw.get("error_category"), str) and raw["error_category"] not in CATEGORIES:
        problems.append(f"error_category must be one of {', '.join(CATEGORIES)}")
    for key in _COUNTS:
        if key in raw and (not _is_int(raw[key]) or raw[key] < (1 if key == "observations" else 0)):
            problems.append(f"{key} must be an integer >= {1 if key == 'observations' else 0}")
    if "confidence" in raw and (not _is_number(raw["confidence"]) or not 0.0 <= raw["confidence"] <= 1.0):
        problems.append("confidence must be a number in [0, 1]")
    for key in ("first_seen", "last_seen"):
        if raw.get(key) is not None:
            try:
                parse_time(raw[key])
            except (TypeError, ValueError):
                problems.append(f"{key} must be an ISO 8601 time")
    if "root_cause" in raw and not isinstance(raw["root_cause"], (str, type(None))):
        problems.append("root_cause must be a string")
    if "related_patterns" in raw and not (raw["related_patterns"] is None or _str_list(raw["related_patterns"])):
        problems.append("related_patterns must be a list of ids")
    steps = raw.get("prevention_steps")
    if steps is not None and not (isinstance(steps, list) and all(
            isinstance(step, dict) and isinstance(step.get("action"), str) for step in steps)):
        problems.append("prevention_steps must be a list of mappings, each with an action")
    users = raw.get("per_user")
    if users is not None and not (isinstance(users, dict) and all(
            isinstance(name, str) and isinstance(counts, dict) and all(_is_int(v) and v >= 0 for v in counts.values())
            for name, counts in users.items())):
        problems.append("per_user must map user names to counters (integers >= 0)")
    if "decay" in raw and not isinstance(raw["decay"], (dict, type(None))):
        problems.append("decay must be a mapping")
    problems += _mistake_problems(raw.get("mistake_pattern"))
    return problems


def _mistake_problems(mistake: Any) -> list[str]:
    if mistake is None:
        return []
    if not isinstance(mistake, dict):
        return ["mistake_pattern must be a mapping"]
    problems = []
    for key in ("error_template", "error_regex"):
        if mistake.get(key) is not None and not isinstance(mistake[key], str):
            problems.append(f"mistake_pattern.{key} must be a string")
    if isinstance(mistake.get("error_regex"), str) and mistake["error_regex"]:
        try:
            re.compile(mistake["error_regex"])
        except re.error as exc:
            problems.append(f"mistake_pattern.error_regex does not compile ({exc})")
    for key in _TEXT_OR_NONE:
        if mistake.get(key) is not None and not isinstance(mistake[key], str):
            problems.append(f"mistake_pattern.{key} must be a string")
    if mistake.get("common_mistakes") is not None and not isinstance(mistake["common_mistakes"], list):
        problems.append("mistake_pattern.common_mistakes must be a list")
    if mistake.get("correct_sequence") is not None and not _str_list(mistake["correct_sequence"]):
        problems.append("mistake_pattern.correct_sequence must be a list of tool names")
    validation = mistake.get("validation")
    if validation is not None and not (isinstance(validation, dict) and all(
            value is None or isinstance(value, str) for value in validation.values())):
        problems.append("mistake_pattern.validation must map names to strings")
    return problems


def validate_import(entries: Any, source: str) -> list[Pattern]:
    """Normalized patterns, or InvalidPattern naming the first bad entry and all its problems."""
    if not isinstance(entries, list):
        raise InvalidPattern(f"{source}: 'usage_patterns' must be a list")
    seen: set[str] = set()
    clean = []
    for number, raw in enumerate(entries, 1):
        name = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else f"#{number}"
        problems = field_problems(raw)
        if not problems and raw["id"] in seen:
            problems = ["id appears twice in the file"]
        if problems:
            raise InvalidPattern(f"{source}: pattern {name}: {'; '.join(problems)}")
        seen.add(raw["id"])
        try:
            clean.append(normalize_pattern(raw))
        except InvalidPattern as exc:
            raise InvalidPattern(f"{source}: {exc}") from None
    return clean


def read_import(text: str, source: str) -> list[Pattern]:
    """Patterns of an export document (YAML or JSON; `usage_patterns:` list or a bare list), all valid,
    or CommandError: nothing is changed by a file with one bad entry."""
    import yaml

    from .inputs import CommandError

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CommandError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from None
    except RecursionError:
        raise CommandError(f"{source}: nested too deeply") from None
    if data is None:
        return []
    entries = data.get("usage_patterns", []) if isinstance(data, dict) else data
    try:
        return validate_import(entries, source)
    except InvalidPattern as exc:
        raise CommandError(str(exc)) from None
    except RecursionError:
        raise CommandError(f"{source}: nested too deeply") from None


def evidence_confidence(observations: int, successes: int, false_positives: int) -> float:
    """The confidence a never-decayed pattern with these counts has (the learner's own deltas)."""
    value = conf.curve(observations)
    for _ in range(min(successes, 1000)):
        value = conf.after_prevention_success(value)
    for _ in range(min(false_positives, 1000)):
        value = conf.after_false_positive(value)
    return conf.clamp(value)


def merge_import(existing: Pattern | None, imported: Pattern) -> Pattern:
    """One imported pattern merged into the live one of the same id (None: it is new)."""
    merged = dict(imported if existing is None else existing)
    if existing is not None:
        for key in _COUNTS:
            merged[key] = int(existing.get(key, 0)) + int(imported.get(key, 0))
        merged["first_seen"] = min(existing["first_seen"], imported["first_seen"], key=parse_time)
        merged["last_seen"] = max(existing["last_seen"], imported["last_seen"], key=parse_time)
        merged["related_patterns"] = sorted(set(existing.get("related_patterns") or [])
                                            | set(imported.get("related_patterns") or []))
        merged["per_user"] = _add_users(existing.get("per_user") or {}, imported.get("per_user") or {})
        # reviewed text wins: the file is the reviewer's edit of what was exported
        for key in ("root_cause", "prevention_steps", "mistake_pattern"):
            if imported.get(key):
                merged[key] = imported[key]
    supported = evidence_confidence(merged["observations"], merged["success_after_prevention"],
                                    merged["false_positives"])
    claims = [float(imported["confidence"])] + ([float(existing["confidence"])] if existing else [])
    merged["confidence"] = round(min([supported, *claims]) if existing is None else min(supported, max(claims)), 4)
    return merged


def _add_users(a: dict[str, dict[str, int]], b: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    out = {user: dict(counts) for user, counts in a.items()}
    for user, counts in b.items():
        mine = out.setdefault(user, {})
        for key, value in counts.items():
            mine[key] = int(mine.get(key, 0)) + int(value)
    return out
