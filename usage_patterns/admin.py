"""Pattern administration, pure: validate an import completely, merge it by id, export it.

Evidence is counted per store it was learned in, so that an import adds only what the store
does not hold yet (a grow-only counter per origin, merged by maximum):

- every store has an id; `patterns export` writes it (`exported_from`) and, per pattern,
  `evidence_from: {store id: counts}` — this store's own share plus what earlier imports brought;
- `patterns import` skips the share of its own store (already here), and from every other
  origin adds only what exceeds what an earlier import from that origin brought.

So an export → review → import round trip into the same store changes no count, importing
another store's export adds its counts (once: importing it again adds nothing), and two stores
that exchange exports both ways never count the same evidence twice. A file that names no
origin (hand-written, or this store's own YAML snapshot) may hold this store's own evidence: it
adds only what exceeds the store's own share (by maximum), so importing it again adds nothing
and importing the snapshot back never inflates a count (over-counting raises confidence, and
confidence blocks calls; under-counting a truly foreign unnamed file is the safer error).

Confidence is never taken on trust: an existing pattern keeps its own running value (decay
and penalties included) and moves by the learner's deltas for the evidence added
(worker.confidence) — a file's value may be stale, so a merge never reads it. A new pattern
gets the file's value capped by what its counts support, within the documented [FLOOR, CAP].
`--replace` takes the file's pattern as given, its confidence capped the same way (the way to
lower one on review).
"""
from __future__ import annotations

import math
import re
from typing import Any

from worker import confidence as conf
from worker.patterns import InvalidPattern, normalize_pattern, parse_time
from worker.records import Pattern
from worker.rules import CATEGORIES

_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,200}$")
_COUNTS = ("observations", "success_after_prevention", "false_positives")
EVIDENCE = "evidence_from"
UNNAMED_ORIGIN = "unnamed"
IDENTITY = ("tool", "error_category")
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
    if raw.get(EVIDENCE) is not None and not _evidence_ok(raw[EVIDENCE]):
        problems.append(f"{EVIDENCE} must map store ids to counts (integers >= 0, per_user by user)")
    if "decay" in raw and not isinstance(raw["decay"], (dict, type(None))):
        problems.append("decay must be a mapping")
    problems += _mistake_problems(raw.get("mistake_pattern"))
    return problems


def _counts_ok(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and _is_int(v) and v >= 0 for k, v in value.items())


def _evidence_ok(value: Any) -> bool:
    return isinstance(value, dict) and len(value) <= 10_000 and all(
        isinstance(origin, str) and origin and isinstance(counts, dict)
        and _counts_ok({k: v for k, v in counts.items() if k != "per_user"})
        and (counts.get("per_user") is None or (isinstance(counts["per_user"], dict)
                                                 and all(_counts_ok(c) for c in counts["per_user"].values())))
        for origin, counts in value.items())


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


def read_export(text: str, source: str) -> tuple[list[Pattern], str | None]:
    """Patterns of an export document (YAML or JSON; `usage_patterns:` list or a bare list), all valid,
    and the store it names (`exported_from`; None when it names none), or CommandError: nothing is
    changed by a file with one bad entry."""
    import yaml

    from .inputs import CommandError

    from worker import safe_yaml

    try:  # alias expansion bounded: a 468-byte bomb is refused, not built (tests/reliability/test_hostile_input.py)
        data = safe_yaml.load(text)
    except safe_yaml.YAMLRefused as exc:
        reason = "nested too deeply" if "nested" in str(exc) else f"not valid YAML ({exc})"
        raise CommandError(f"{source}: {reason}") from None
    except yaml.YAMLError as exc:
        raise CommandError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from None
    except RecursionError:
        raise CommandError(f"{source}: nested too deeply") from None
    if data is None:
        return [], None
    origin = data.get("exported_from") if isinstance(data, dict) else None
    if origin is not None and not (isinstance(origin, str) and _ID.match(origin)):
        raise CommandError(f"{source}: exported_from must be a store id (letters, digits and _.:-)")
    entries = data.get("usage_patterns", []) if isinstance(data, dict) else data
    try:
        return validate_import(entries, source), origin
    except InvalidPattern as exc:
        raise CommandError(str(exc)) from None
    except RecursionError:
        raise CommandError(f"{source}: nested too deeply") from None


# ----------------------------------------------------------------------------- evidence
Counts = dict[tuple[str, ...], int]


def counts_of(pattern: Pattern) -> Counts:
    """A pattern's counters, flat: (counter,) and ("per_user", user, counter)."""
    flat: Counts = {(key,): int(pattern.get(key) or 0) for key in _COUNTS}
    for user, counters in (pattern.get("per_user") or {}).items():
        for key, value in counters.items():
            flat[("per_user", user, key)] = int(value)
    return flat


def _nested(flat: Counts) -> dict[str, Any]:
    out: dict[str, Any] = {key: 0 for key in _COUNTS}
    for path, value in sorted(flat.items()):
        if len(path) == 1:
            out[path[0]] = value
        else:
            out.setdefault("per_user", {}).setdefault(path[1], {})[path[2]] = value
    return out


def _flat(nested: dict[str, Any]) -> Counts:
    return counts_of(nested)


def _plus(a: Counts, b: Counts) -> Counts:
    return {k: a.get(k, 0) + b.get(k, 0) for k in a.keys() | b.keys()}


def _minus_floor(a: Counts, b: Counts) -> Counts:
    return {k: max(0, a.get(k, 0) - b.get(k, 0)) for k in a.keys() | b.keys()}


def _larger(a: Counts, b: Counts) -> Counts:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in a.keys() | b.keys()}


def evidence_by_origin(pattern: Pattern, own_origin: str) -> dict[str, Counts]:
    """Who the pattern's counts came from: the origins it records, and `own_origin` for the rest."""
    recorded = {origin: _flat(counts) for origin, counts in (pattern.get(EVIDENCE) or {}).items()}
    brought: Counts = {}
    for counts in recorded.values():
        brought = _plus(brought, counts)
    rest = _minus_floor(counts_of(pattern), brought)
    if any(rest.values()):
        recorded[own_origin] = _plus(recorded.get(own_origin, {}), rest)
    return recorded


def with_counts(pattern: Pattern, flat: Counts) -> Pattern:
    nested = _nested(flat)
    return {**pattern, **{key: nested[key] for key in _COUNTS}, "per_user": nested.get("per_user", {})}


def exportable(pattern: Pattern, store_id: str) -> Pattern:
    """A pattern as an export writes it: every origin's share named, this store's included."""
    shares = evidence_by_origin(pattern, store_id)
    return {**pattern, EVIDENCE: {origin: _nested(counts) for origin, counts in sorted(shares.items())}}


# ----------------------------------------------------------------------------- confidence
def evidence_confidence(observations: int, successes: int, false_positives: int) -> float:
    """The confidence a never-decayed pattern with these counts has (the learner's own deltas)."""
    value = conf.curve(observations)
    for _ in range(min(successes, 1000)):
        value = conf.after_prevention_success(value)
    for _ in range(min(false_positives, 1000)):
        value = conf.after_false_positive(value)
    return conf.clamp(value)


def advanced(confidence: float, before: Counts, added: Counts) -> float:
    """A running confidence moved by the learner's deltas for evidence added to it."""
    observations = before.get(("observations",), 0)
    value = conf.after_observations(confidence, observations, observations + added.get(("observations",), 0))
    for _ in range(min(added.get(("success_after_prevention",), 0), 1000)):
        value = conf.after_prevention_success(value)
    for _ in range(min(added.get(("false_positives",), 0), 1000)):
        value = conf.after_false_positive(value)
    return conf.clamp(value)


# ----------------------------------------------------------------------------- merging
class Conflict(ValueError):
    """The file's pattern and the live one of the same id are different mistakes."""


def identity_conflict(existing: Pattern, imported: Pattern) -> str | None:
    for key in IDENTITY:
        if existing.get(key) != imported.get(key):
            return f"{key} is {imported.get(key)!r} in the file but {existing.get(key)!r} here"
    mine, theirs = existing["mistake_pattern"].get("parameter"), imported["mistake_pattern"].get("parameter")
    if (mine or None) != (theirs or None):
        return f"mistake_pattern.parameter is {theirs!r} in the file but {mine!r} here"
    return None


def merge_import(existing: Pattern | None, imported: Pattern, store_id: str, file_origin: str | None) -> Pattern:
    """One imported pattern merged into the live one of the same id (None: it is new here).

    `store_id` is this store's, `file_origin` the store the file was exported from (None: unnamed)."""
    incoming = evidence_by_origin(imported, file_origin or UNNAMED_ORIGIN)
    if existing is None:
        merged = dict(imported)
        total: Counts = {}
        for counts in incoming.values():
            total = _plus(total, counts)
        merged = with_counts(merged, total)
        merged.pop(EVIDENCE, None)
        if foreign := {o: _nested(c) for o, c in sorted(incoming.items()) if o not in (store_id, UNNAMED_ORIGIN)}:
            merged[EVIDENCE] = foreign
        supported = evidence_confidence(merged["observations"], merged["success_after_prevention"],
                                        merged["false_positives"])
        merged["confidence"] = conf.clamp(min(float(imported["confidence"]), supported))
        return merged
    if (problem := identity_conflict(existing, imported)) is not None:
        raise Conflict(problem)
    held = {origin: _flat(counts) for origin, counts in (existing.get(EVIDENCE) or {}).items()}
    added: Counts = {}
    for origin, counts in incoming.items():
        if origin == store_id:
            continue  # learned here: the live counts hold it already (and what came since)
        if origin == UNNAMED_ORIGIN:  # may be this store's own (its snapshot): only what exceeds our share
            added = _plus(added, _minus_floor(counts, evidence_by_origin(existing, store_id).get(store_id, {})))
            continue
        added = _plus(added, _minus_floor(counts, held.get(origin, {})))
        held[origin] = _larger(held.get(origin, {}), counts)
    before = counts_of(existing)
    merged = dict(existing)
    if held:
        merged[EVIDENCE] = {origin: _nested(counts) for origin, counts in sorted(held.items())}
    if any(added.values()):  # the file's own confidence may be stale (an older export): never read here
        merged = with_counts(merged, _plus(before, added))
        merged["confidence"] = advanced(float(existing["confidence"]), before, added)
        merged["last_seen"] = max(existing["last_seen"], imported["last_seen"], key=parse_time)
    merged["first_seen"] = min(existing["first_seen"], imported["first_seen"], key=parse_time)
    merged["related_patterns"] = sorted(set(existing.get("related_patterns") or [])
                                        | set(imported.get("related_patterns") or []))
    for key in ("root_cause", "prevention_steps"):  # reviewed text wins: the file is the reviewer's edit
        if imported.get(key):
            merged[key] = imported[key]
    if imported.get("mistake_pattern"):
        merged["mistake_pattern"] = {**existing["mistake_pattern"], **{
            k: v for k, v in imported["mistake_pattern"].items() if v not in (None, "", [], {}) and k != "parameter"}}
    return merged


def replace_import(imported: Pattern, store_id: str, file_origin: str | None) -> Pattern:
    """--replace: the file's pattern as given, its confidence still capped by its counts."""
    return merge_import(None, imported, store_id, file_origin)


def changed_counts(before: Pattern | None, after: Pattern) -> dict[str, int]:
    """What an import added to the top-level counters (for its report and the audit trail)."""
    old = counts_of(before) if before else {}
    return {key: after[key] - old.get((key,), 0) for key in _COUNTS if after[key] - old.get((key,), 0)}


# ----------------------------------------------------------------------------- export
def export_markdown(patterns: list[Pattern], floor: float, written_at: str) -> str:
    """The quarterly review as a person reads it: one table, then each pattern's prevention steps."""
    from worker.learner import prevention_rate

    def cell(value: Any) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = [f"# Usage patterns review ({len(patterns)} at confidence >= {floor:g})", "", f"Exported {written_at}.", ""]
    if patterns:
        lines += ["| id | tool | category | confidence | band | observations | prevention success | root cause |",
                  "|---|---|---|---|---|---|---|---|"]
        for p in patterns:
            rate = prevention_rate(p)
            lines.append(f"| {cell(p['id'])} | {cell(p['tool'])} | {p['error_category']} | {p['confidence']:.2f} | "
                         f"{conf.band(p['confidence'])} | {p['observations']} | "
                         f"{'-' if rate is None else f'{rate:.0%}'} | {cell(p.get('root_cause') or '')} |")
        for p in patterns:
            lines += ["", f"## {p['id']}", ""]
            template = p["mistake_pattern"].get("error_template")
            if template:
                lines += [f"Error: `{cell(template)}`", ""]
            steps = p.get("prevention_steps") or []
            lines += [f"- {cell(step.get('action'))}: " + ", ".join(
                f"{k}={cell(v)}" for k, v in step.items() if k != "action") for step in steps] or ["- (no prevention steps)"]
    return "\n".join(lines) + "\n"
