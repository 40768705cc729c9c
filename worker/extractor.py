"""From one classified usage error to a reusable pattern in the seed's schema.

Pure: no I/O. The pattern's identity is (tool, category, parameter, error template), so
the same mistake with another value lands on the same id and merges.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Any

from .classifier import key_text
from .confidence import curve
from .events import param_values, utcnow
from .templates import mask_variables, template_to_regex

MAX_COMMON_MISTAKES = 10

# Shapes a wrong value or message can point to: (name, test on message+value, expected, regex)
_FORMATS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("sha", re.compile(r"\b(sha|commit|hash|digest|revision)\b|^[0-9a-f]{6,39}$", re.I),
     "40-character full git SHA", r"^[0-9a-f]{40}$"),
    ("uuid", re.compile(r"\buuid\b", re.I), "a UUID",
     r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
    ("date", re.compile(r"\b(date|time|timestamp|datetime)\b", re.I), "an ISO 8601 date (YYYY-MM-DD)",
     r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?"),
    ("integer", re.compile(r"\b(integer|int|number|numeric|digit)\b", re.I), "an integer", r"^-?\d+$"),
    ("json", re.compile(r"\b(json|expecting value|property name)\b", re.I), "valid JSON", ""),
    ("email", re.compile(r"\bemail\b", re.I), "an email address", r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
    ("url", re.compile(r"\b(url|uri)\b", re.I), "an absolute URL", r"^[a-z][a-z0-9+.-]*://\S+$"),
)


def pattern_id(tool: str, category: str, parameter: str | None, template: str) -> str:
    digest = hashlib.sha1(f"{tool}|{category}|{parameter or ''}|{template}".encode()).hexdigest()[:8]
    return f"{tool}_{category.lower()}_{digest}"


def infer_validation(value: Any, message: str, evidence: dict[str, Any]) -> dict[str, str]:
    """Expected shape of a malformed value: from the rule when it says, else from value and message."""
    if evidence.get("validation_regex") or evidence.get("expected_format"):
        return {"expected": str(evidence.get("expected_format", "")), "regex": str(evidence.get("validation_regex", ""))}
    for kind, signal, expected, regex in _FORMATS:
        if signal.search(message) or (kind == "sha" and isinstance(value, str) and signal.search(value)):
            return {"expected": expected, "regex": regex, "kind": kind}
    return {}


def _root_cause(tool: str, category: str, parameter: str | None, evidence: dict[str, Any],
                validation: dict[str, str]) -> str:
    param = f"'{parameter}'" if parameter else "a parameter"
    step = evidence.get("missing_step")
    if category == "INCORRECT_PARAMETER":
        return f"{tool} was called with a value of {param} that does not exist or is not valid here"
    if category == "PARAMETER_FORMAT":
        expected = validation.get("expected") or evidence.get("expected_format")
        return f"{tool} was called with {param} in the wrong format" + (f" (expected: {expected})" if expected else "")
    if category == "MISSING_PREREQUISITE":
        need = evidence.get("missing_prerequisite") or step or "a required resource or setup step"
        return f"{tool} was called before its prerequisite was in place: {need}"
    if category == "WORKFLOW_SEQUENCE":
        return f"{tool} was called out of order" + (f": {step} must come first" if step else "")
    if category == "WRONG_TOOL_SELECTION":
        better = evidence.get("suggested_tool")
        return f"{tool} is the wrong tool for this job" + (f"; use {better}" if better else "")
    return f"{tool} was called without {param}"


def _prevention_steps(tool: str, category: str, parameter: str | None, evidence: dict[str, Any],
                      validation: dict[str, str]) -> list[dict[str, Any]]:
    """Steps in the seed's action vocabulary, specific to the category."""
    step = evidence.get("missing_step")
    helper = evidence.get("suggested_tool")
    if category == "INCORRECT_PARAMETER":
        steps: list[dict[str, Any]] = []
        if helper:
            steps.append({"action": "call_tool_first", "tool": helper, "reason": f"list the valid values of {parameter or 'the parameter'}"})
            steps.append({"action": "extract_from_result", "parameter": parameter, "reason": "pick a value that exists"})
        steps.append({"action": "check_condition", "parameter": parameter,
                      "condition": f"{parameter or 'the value'} exists and is valid for {tool}",
                      "reason": "this value was wrong before"})
        steps.append({"action": "use_extracted_value", "parameter": parameter, "reason": "use a verified value"})
        return steps
    if category == "PARAMETER_FORMAT":
        steps = [{"action": "validate_parameter", "parameter": parameter, "validation": validation,
                  "reason": f"ensure {parameter or 'the value'} is {validation.get('expected') or 'well-formed'}"}]
        if helper:
            steps.append({"action": "call_tool_if_invalid", "tool": helper, "reason": "expand or convert the value"})
            steps.append({"action": "use_expanded_value", "parameter": parameter, "reason": "use the converted value"})
        return steps
    if category in ("MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE"):
        steps = []
        if step:
            steps.append({"action": "check_tool_called", "tool": step, "reason": f"{step} must run before {tool}"})
            steps.append({"action": "call_tool_first", "tool": step, "reason": f"run {step} first"})
        else:
            steps.append({"action": "check_condition",
                          "condition": evidence.get("missing_prerequisite") or "the prerequisite is in place",
                          "reason": "the prerequisite was missing before"})
        steps.append({"action": "verify_prerequisite_success", "reason": "make sure the earlier step succeeded"})
        return steps
    if category == "WRONG_TOOL_SELECTION":
        if helper:
            return [{"action": "suggest_tool", "tool": helper, "reason": f"{tool} is not meant for this"}]
        return [{"action": "warn_if_false", "condition": f"{tool} fits this job", "reason": f"{tool} failed this way before"}]
    return [{"action": "validate_parameter", "parameter": parameter, "validation": {"expected": "present"},
             "reason": "the parameter is required"}]


def extract_usage_pattern(tool_name: str, params: dict[str, Any] | None, error_message: str,
                          classification: dict[str, Any], now: datetime | None = None,
                          user: str | None = None) -> dict[str, Any]:
    params = params or {}
    evidence = classification.get("evidence") or {}
    category = classification["error_category"]
    parameter = evidence.get("parameter")
    value = evidence.get("incorrect_value", params.get(parameter) if parameter else None)
    template = mask_variables(key_text(error_message).key, param_values(params))[:500]
    validation = infer_validation(value, error_message, evidence) if category == "PARAMETER_FORMAT" else {}
    step = evidence.get("missing_step")
    seen = (now or utcnow()).isoformat()
    mistakes = [str(value)[:200]] if value is not None else []
    return {
        "id": pattern_id(tool_name, category, parameter, template),
        "tool": tool_name,
        "error_category": category,
        "mistake_pattern": {
            "error_template": template,
            "error_regex": template_to_regex(template),
            "parameter": parameter,
            "validation": validation,
            "common_mistakes": mistakes,
            "missing_step": step,
            "correct_sequence": [step, tool_name] if step else [],
            "call_shape": sorted(params),
            "classifier_rule": evidence.get("rule"),
        },
        "root_cause": _root_cause(tool_name, category, parameter, evidence, validation),
        "prevention_steps": _prevention_steps(tool_name, category, parameter, evidence, validation),
        "observations": 1,
        "success_after_prevention": 0,
        "false_positives": 0,
        "confidence": curve(1),
        "first_seen": seen,
        "last_seen": seen,
        "decay": {"anchor": seen, "periods": 0},
        "related_patterns": [],
        "per_user": {user: {"observations": 1, "prevented": 0, "false_positives": 0}} if user else {},
    }
