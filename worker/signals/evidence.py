"""All the general signals of a text (`gather`) and what they decide together (`combine`)."""
from __future__ import annotations

import re
from typing import Any

from ..steps import without_help
from .base import INFRA, USAGE, Signal
from .cues import MAX_BELOW_CHARS, category_cue, strong_cue_with_below, usage_shape
from .infra import infra_vocabulary, without_choice_lists, without_file_names, without_option_names
from .names import exception_signals
from .values import outside_stated_range, quoted_parameters, scrub

# An error the tool states (an exception class, an "error:" / "failed" line), as opposed to output that is no error at all.
_ERROR_STATEMENT = re.compile(r"(?i:\b(error|exception|fault|failed|failure|fatal)\b)|\b[A-Z]\w*(Error|Exception)\b")
# ... but a write or a create that failed with no reason given is as often the machine's (permission, disk) as the call's.
_WRITE_FAILED = re.compile(r"(?i:\b(could not|cannot|can't|unable to|failed to) (create|write)\b|\berror (while )?writing\b)")


# Infrastructure words that are the subject of a tool named for them (GnuTLS `certtool`: `No certificate was found.`)
_TOOL_SUBJECTS = {"tls": ("cert", "tls", "ssl", "x509", "pki")}


def _of_its_subject(signal: Signal, tool: str) -> bool:
    """An infrastructure word that names what the tool itself works on (`tool` lowered): no fault of a service."""
    return signal.side == INFRA and any(word in tool for word in _TOOL_SUBJECTS.get(str(signal.points), ()))


def gather(params: dict[str, Any], key: str, full: str, tool: str = "") -> list[Signal]:
    """Every general signal in the text, strongest first."""
    shape = usage_shape(key, params)
    worded = next((s for s in shape if s.name in ("category-cue", "usage-wording")), None)
    if worded is not None and len(full) > len(key) and (worded.name == "usage-wording" or worded.points == "PARAMETER_FORMAT"):
        below = strong_cue_with_below(key, full, params)  # a generic refusal above the list of allowed values below it
        if below is not None and below[0] != worded.points:
            shape.append(Signal("category-cue", USAGE, below[0], 0.52, f"says which mistake: {below[1]!r} (below the key lines)"))
    if not any(s.points for s in shape) and len(full) > len(key):  # the key lines name no mistake: a hint line may
        hint = category_cue(full[:MAX_BELOW_CHARS], params)  # ("Did you install …?", "(run 'go work init' first")
        if hint is not None:
            shape.append(Signal(hint.name, USAGE, hint.points, hint.weight - 0.05,
                                hint.detail + " (below the key lines)"))
    tool = tool.lower()
    signals = (exception_signals(key, full) + (quoted_parameters(params, full) or outside_stated_range(params, key))
               + [s for s in infra_vocabulary(_words_of_the_error(full, params)) if not _of_its_subject(s, tool)] + shape)
    if not signals and _ERROR_STATEMENT.search(key) and not _WRITE_FAILED.search(key):  # the base rate: most errors a tool states of its own are usage
        signals.append(Signal("error-of-its-own", USAGE, None, 0.3,
                              "the tool stated an error of its own and named no infrastructure cause"))
    return sorted(signals, key=lambda s: -s.weight)


def _words_of_the_error(full: str, params: dict[str, Any]) -> str:
    """The lowered text infrastructure words are looked for in: not its help text (bedtools' `-l 500 for a negative-
    stranded feature` is no HTTP 500), lists of choices, option and file names, or the call's own values."""
    return without_file_names(without_option_names(scrub(without_choice_lists(without_help(full).lower()), params)))


def combine(signals: list[Signal]) -> tuple[str, str | None, float, str | None] | None:
    """(side, category or kind, confidence, parameter) from the signals alone, or None.

    An infrastructure exception name, then infrastructure vocabulary (found outside the call's
    own values) decide for infrastructure; else a quoted value or name of the call, a usage
    exception name, usage wording decide for usage, in that order of strength. Confidence
    stays below the rules' (≤ 0.7): this is the fallback when no rule recognised the message.
    """
    if not signals:
        return None
    usage = [s for s in signals if s.side == USAGE]
    infra = [s for s in signals if s.side == INFRA]
    quoted = [s for s in usage if s.param]
    named_infra = [s for s in infra if s.name == "exception-name"]
    named_usage = [s for s in usage if s.name == "exception-name"]
    worded = [s.points for s in usage if s.name in ("category-cue", "usage-wording")]
    category = (worded or [s.points for s in usage if s.points] or ["INCORRECT_PARAMETER"])[0]
    param = quoted[0].param if quoted else None
    if named_infra and not named_usage:
        return INFRA, named_infra[0].points, 0.66, None
    if infra:
        return INFRA, infra[0].points, 0.45 if usage else 0.5, None
    if quoted:
        return USAGE, category, round(min(0.7, 0.55 + 0.05 * len(usage)), 2), param
    if named_usage:  # a phrase that says which mistake is more specific than a name's morpheme
        strong = [s.points for s in usage if s.name == "category-cue"]
        return USAGE, (strong or [named_usage[0].points or category])[0], 0.58, None
    if usage and all(s.name == "error-of-its-own" for s in usage):  # nothing but the base rate: a low confidence, never learned
        return USAGE, "INCORRECT_PARAMETER", 0.3, None
    if usage:
        return USAGE, category, 0.4 + (0.05 if len(usage) > 1 else 0.0), None
    return None
