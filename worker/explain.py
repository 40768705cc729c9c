"""Why the classifier decided what it did, and whether rule packs keep their promises.

`explain` shows every rule that matched (where, with what weight, which one won) and every
general signal found, so a user teaching a new tool sees what to add; `run_pack_examples` runs the
examples rule packs carry (`rules test`). Pure functions over text and rules; no Redis.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .classifier import _weight, decide, verdict
from .records import label
from .rules import (Rule, RulePack, RulePackError, builtin_packs, default_rules, failed_examples, load_rules,
                    read_pack)


def explain(tool: str, params: dict[str, Any] | None, message: str, result: str = "",
            rules: tuple[Rule, ...] | None = None) -> dict[str, Any]:
    """The verdict, the rules that fired and the signals found, and a one-line why."""
    params = params or {}
    text = "\n".join(part for part in (message or "", result or "") if part)
    decision = decide(tool, params, text, rules if rules is not None else load_rules(), all_signals=True)
    outcome = verdict(decision, params)
    fired = [{
        "rule": f"{m.rule.pack}:{m.rule.id}",
        "points": m.rule.category or f"infrastructure/{m.rule.infra}",
        "weight": round(_weight(m), 2),
        "where": "key lines" if m.in_key else "other lines",
        "by": "regex" if m.rule.regex is not None else f"status {decision.text.status}",
        "groups": m.groups,
        "chosen": m is decision.best,
    } for m in decision.candidates]
    found = [{"signal": s.name, "points": s.points or s.side, "side": s.side, "weight": s.weight,
              "detail": s.detail, **({"parameter": s.param} if s.param else {})} for s in decision.signals]
    if decision.best is not None:
        best = decision.best
        user = best.rule.pack != "default"
        why = (f"rule {best.rule.pack}:{best.rule.id} matched in the {fired[decision.candidates.index(best)]['where']}"
               f"{' (a user pack wins outright)' if user else ' with the highest weight'}")
        decided_by = f"rule {best.rule.pack}:{best.rule.id}"
        cue = outcome["evidence"].get("category_cue")
        if cue:
            why += (f"; its category is a default, and the message says which mistake ({cue!r}): "
                    f"{outcome['error_category']}")
        if outcome["evidence"].get("named_cause"):
            why += (f"; its 'invalid' is generic, and the exception's name says the cause is the machine's "
                    f"({outcome['evidence']['named_cause']}): {outcome['infra_kind']}")
        if outcome["evidence"].get("not_learned"):
            why += f"; not learned from, the key lines also have {outcome['evidence']['not_learned']}"
    elif decision.fallback is not None:
        why = ("no rule matched; the general signals decided (" + ", ".join(s.detail for s in decision.signals[:3])
               + f"), so the confidence is only {outcome['confidence']:.2f}")
        decided_by = "signals"
    else:
        why = "no rule matched and no general signal was found: unknown, confidence 0"
        decided_by = "nothing"
    out: dict[str, Any] = {"label": label(outcome), "decided_by": decided_by, "why": why,
                           "key_line": decision.text.key[:300], "status": decision.text.status,
                           "rules": fired, "signals": found, "classification": outcome}
    if decision.best is None:
        out["teach"] = (f"add a rule for this family to a pack in memory/rules/ (tool: '{tool}', a regex over the "
                        f"key line above, category or infra, and this message under examples:) and run `rules test`")
    return out


def _pack_report(pack: RulePack, rules: tuple[Rule, ...]) -> dict[str, Any]:
    failures = failed_examples(pack, rules)
    return {"examples": len(pack.examples), "passed": len(pack.examples) - len(failures), "failures": failures}


def run_pack_examples(rules_dir: Path | None = None, builtin: bool = False) -> list[dict[str, Any]]:
    """Each pack file's examples run against that pack plus the default pack (the built-in
    files against the whole default pack): one report per file, a refused file with its reason."""
    reports: list[dict[str, Any]] = []
    if builtin:
        for pack in builtin_packs():
            reports.append({"file": f"builtin {pack.file}", "version": pack.version, "rules": len(pack.rules),
                            **_pack_report(pack, default_rules())})
    paths: list[Path] = []
    if rules_dir is not None:
        paths = [rules_dir] if rules_dir.is_file() else sorted(rules_dir.glob("*.yaml"))
    for path in paths:
        try:
            pack = read_pack(path.read_text(encoding="utf-8"), path.name)
        except (RulePackError, OSError, UnicodeDecodeError) as exc:
            reports.append({"file": path.name, "refused": str(exc), "examples": 0, "passed": 0, "failures": []})
            continue
        reports.append({"file": path.name, "version": pack.version, "rules": len(pack.rules),
                        **_pack_report(pack, pack.rules + default_rules())})
    return reports


def explain_text(found: dict[str, Any]) -> str:
    """`explain`'s answer as a person reads it: verdict, why, the rules and signals, what to add."""
    result = found["classification"]
    lines = [f"{found['label']} (confidence {result['confidence']:.2f}, learnable={result['learnable']})",
             f"why: {found['why']}", f"key line: {found['key_line']}"
             + (f"  [HTTP {found['status']}]" if found["status"] else "")]
    for rule in found["rules"]:
        lines.append(f"  {'*' if rule['chosen'] else ' '} rule {rule['rule']:<42} -> {rule['points']:<28} "
                     f"{rule['weight']:.2f} in the {rule['where']} ({rule['by']})")
    for signal in found["signals"]:
        lines.append(f"    signal {signal['signal']:<20} -> {signal['points']:<22} {signal['weight']:.2f}  "
                     f"{signal['detail']}")
    if result["evidence"].get("parameter"):
        lines.append(f"parameter: {result['evidence']['parameter']}")
    if found.get("teach"):
        lines.append(f"to teach it: {found['teach']}")
    return "\n".join(lines)
