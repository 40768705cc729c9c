"""The category cue logic: which kind of usage mistake the words say (`strong_cue`, `category_cue`),
read against the call's own values; the tables are `cue_tables`."""
from __future__ import annotations

import re
from typing import Any

from ..literals import found_in
from .base import USAGE, Signal
from .cue_tables import (IN_RANGE, MISSING_PLACE, PLAIN_NAME, UNSUPPORTED, _CUE_SCAN, _ERROR_EXECUTING, _NOT_ALLOWED_CUES,
                         _STRONG_CUES, _WEAK_CUES)
from .places import _missing_program_or_destination
from .refusals import (_FORMAT_SAID, _not_of_its_type, _refuses_a_plain_value, _unsupported_kind_is_a_value,
                       refuses_a_named_parameter)
from .values import _names_own_value, _repeats_a_plain_name

MAX_BELOW_CHARS = 800  # how much of the whole text a cue is looked for in when the key lines had none


# How many values a call gave beside how many it needed ("supplies 1 parameters, but … requires 2",
# "expects exactly 1 argument, 0 given", "uses 1, and there are 0 supplied", "takes 1 positional argument
# but 2 were given"): fewer is a value not given, more is a call of the wrong shape (a format).
_GIVEN = r"(?:supplie[sd]|passed|given|provided|got|received|sent)"
_NEEDED = r"(?:requires?|expects?|expected|needs?|uses|takes|wants|accepts)"
_COUNTS = (
    re.compile(rf"\b{_GIVEN} (\d+) [^|]{{0,60}}?\b{_NEEDED} (?:exactly |at least |at most )?(\d+)\b"),
    re.compile(rf"\b{_NEEDED} (?:exactly |at least |at most )?(\d+)\b[^|]{{0,60}}?\b(\d+) (?:\w+ )?(?:were |was |are |is )?{_GIVEN}\b"),
    re.compile(rf"\bhas (\d+) placeholders?[^|]{{0,30}}?\b(\d+) (?:\w+ )?(?:were |was )?{_GIVEN}\b"),
    re.compile(r"\b(\d+) instead of (\d+)\b"),
)


def count_mismatch(lowered: str) -> tuple[str, str] | None:
    """(category, the words) when the text states a count given beside a count needed."""
    for index, pattern in enumerate(_COUNTS):
        found = pattern.search(lowered)
        if found is None:
            continue
        first, second = int(found.group(1)), int(found.group(2))
        given, needed = (first, second) if index in (0, 3) else (second, first)
        if given == needed:
            continue
        return ("MISSING_PARAMETER" if given < needed else "PARAMETER_FORMAT"), found.group(0)
    return None


def strong_cue(key: str, params: dict[str, Any] | None = None) -> tuple[str, str] | None:
    """(category, the words) of the first strong category cue in the key lines, in the order of
    `_STRONG_CUES`, or None. "invalid timezone" says a wrong name (INCORRECT_PARAMETER) only when
    the value of the call the message repeats is a plain name (`PST`, `merged`, `UTF-9`); a value
    such as `feature..x` or `my app` is malformed, and the cues after it decide."""
    lowered = key.lower()
    counted = count_mismatch(lowered)
    if counted is not None:
        return counted
    present = found_in(_CUE_SCAN, lowered)  # one pass for every cue's literals
    for pattern, category in _STRONG_CUES:
        found = pattern.search(lowered, present)
        if category == PLAIN_NAME:
            if found is not None and params and _repeats_a_plain_name(params, key[max(0, found.start() - 40):found.end() + 40]):
                return "INCORRECT_PARAMETER", found.group(0).strip()
            refused = _refuses_a_plain_value(lowered, params) or refuses_a_named_parameter(lowered, params)
            if refused is not None:
                return "INCORRECT_PARAMETER", refused
            continue
        if found is None:
            continue
        if category == MISSING_PLACE:
            place = _missing_program_or_destination(lowered, params)
            if place is None:
                continue
            return "MISSING_PREREQUISITE", place
        if category == UNSUPPORTED:
            if not _unsupported_kind_is_a_value(lowered, found):
                continue
            return "INCORRECT_PARAMETER", found.group(0).strip()
        if category == IN_RANGE:
            if _not_of_its_type(lowered, params):
                continue  # "must be an int in the range [1, 10]. Got 'ten'": the type is wrong, a format
            category = "INCORRECT_PARAMETER"
        elif category == "MISSING_PREREQUISITE" and params and _names_own_value(params, lowered, found.span()):
            continue  # the set-up thing is the call's own value (make -f Makefile.ssl): a wrong value, said below
        return category, found.group(0).strip()
    return None


_FLAG_NAMED = re.compile(r"[`'\"‘]-{1,2}[a-z][\w-]*[`'\"’]|(?<![\w-])--[a-z][\w-]+")


def not_allowed_rather_than_malformed(key: str, params: dict[str, Any] | None = None) -> str | None:
    """The words, when the key lines say a value is not allowed (an unknown key, a choice among those
    listed, a number outside the bounds stated) and nothing of its type, shape or syntax, and the value
    refused is no command-line flag (an unknown flag stays a format, as the corpus labels it)."""
    lowered = key.lower()
    present = found_in(_CUE_SCAN, lowered)
    found = next((m for m in (cue.search(lowered, present) for cue in _NOT_ALLOWED_CUES) if m is not None), None)
    if found is None or _FORMAT_SAID.search(lowered) or _not_of_its_type(lowered, params) or _FLAG_NAMED.search(lowered):
        return None
    return found.group(0).strip()


# A refusal that names no kind of mistake: "invalid value 'x' for '--level'" says only that it was refused.
_GENERIC_REFUSAL = re.compile(r"(invalid|bad|illegal|incorrect|unsupported) (\w+ )?(value|argument|input|option|parameter)s?")


def strong_cue_with_below(key: str, full: str, params: dict[str, Any] | None = None) -> tuple[str, str] | None:
    """`strong_cue` of the key lines; when they say nothing strong, or only a generic refusal, the
    lines below may (a `[possible values: …]` or `HINT: Available values: …` line names the choices)."""
    cue = strong_cue(key, params)
    if cue is not None and not (cue[0] == "PARAMETER_FORMAT" and _GENERIC_REFUSAL.fullmatch(cue[1])):
        return cue
    if len(full) <= len(key):
        return cue
    below = strong_cue(full[:MAX_BELOW_CHARS], params)
    if cue is None or (below is not None and below[0] == "INCORRECT_PARAMETER"):
        return below
    return cue


def category_cue(key: str, params: dict[str, Any] | None = None) -> Signal | None:
    """The strongest category cue of the key lines: a strong one (it says which kind of
    mistake it is, whatever else is said), else the first family of weak wording."""
    strong = strong_cue(key, params)
    if strong is not None:
        return Signal("category-cue", USAGE, strong[0], 0.5, f"says which mistake: {strong[1]!r}")
    lowered = key.lower()
    for pattern, category in _WEAK_CUES:
        found = pattern.search(lowered)
        if found:
            return Signal("usage-wording", USAGE, category, 0.45, f"usage wording: {found.group(0)!r}")
    return None


def usage_shape(key: str, params: dict[str, Any] | None = None) -> list[Signal]:
    """Wording that says the request was wrong, and which kind of mistake (`category_cue`)."""
    out = []
    if _ERROR_EXECUTING.search(key):
        out.append(Signal("tool-reported-error", USAGE, None, 0.5,
                          "the tool ran and reported an error of its own (not a transport failure)"))
    cue = category_cue(key, params)
    if cue is not None:
        out.append(cue)
    return out

