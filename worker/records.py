"""The typed records the core passes around, one home each.

The wire and YAML forms stay the documented dicts (DESIGN.md), so the records are TypedDicts:
a classification, a pattern and a check result are plain JSON-ready mappings that mypy can check.
A classification is a sum type — a usage mistake with a category, an infrastructure fault with a
kind, or unknown — and is only ever built by `usage`, `infrastructure` or `unknown` below, so its
four views (`kind`, `is_usage_error`, `error_category`, `infra_kind`) can never disagree.
"""
from __future__ import annotations

from typing import Any, Literal, TypedDict

Kind = Literal["usage", "infrastructure", "unknown"]
Decision = Literal["allow", "warn", "block"]


# Why a classification was made: key_line, status, rule, signals, parameter, incorrect_value,
# expected_format, missing_step and the firing rule's hints (a user pack may add its own keys).
Evidence = dict[str, Any]


class Classification(TypedDict):
    is_usage_error: bool
    error_category: str | None
    infra_kind: str | None
    kind: Kind
    confidence: float
    learnable: bool
    evidence: Evidence


def usage(category: str, confidence: float, learnable: bool, evidence: Evidence) -> Classification:
    return {"is_usage_error": True, "error_category": category, "infra_kind": None, "kind": "usage",
            "confidence": confidence, "learnable": learnable, "evidence": evidence}


def infrastructure(infra_kind: str | None, confidence: float, evidence: Evidence) -> Classification:
    """Never learnable: an infrastructure fault is not the agent's mistake."""
    return {"is_usage_error": False, "error_category": None, "infra_kind": infra_kind, "kind": "infrastructure",
            "confidence": confidence, "learnable": False, "evidence": evidence}


def unknown(evidence: Evidence) -> Classification:
    return {"is_usage_error": False, "error_category": None, "infra_kind": None, "kind": "unknown",
            "confidence": 0.0, "learnable": False, "evidence": evidence}


def label(classification: Classification) -> str:
    """One word for people and corpora: the category, `infrastructure/<kind>` or `unknown`."""
    if classification["error_category"]:
        return classification["error_category"]
    kind = classification["infra_kind"]
    return f"infrastructure/{kind}" if kind else "unknown"


# A learned pattern in the seed's schema (DESIGN.md): id, tool, error_category,
# mistake_pattern{error_template, error_regex, parameter, validation, common_mistakes, missing_step,
# correct_sequence, call_shape}, root_cause, prevention_steps, observations, success_after_prevention,
# false_positives, confidence, first_seen, last_seen, related_patterns, per_user, decay.
# `worker.patterns.normalize_pattern` is the one place that checks and completes it. It stays a plain
# mapping (not a TypedDict) because the learner, the store and the YAML form all treat it as the
# open, extensible record the seed's schema allows ("extra fields welcome").
Pattern = dict[str, Any]


class CheckResult(TypedDict):
    """What `check_before_call` answers; `decision` is the one field a caller must read."""
    decision: Decision
    should_block: bool
    warnings: list[str]
    preventions: list[dict[str, Any]]
    patterns_matched: list[str]
    suggestions: list[str]
