"""The call's own values in the message: a value or parameter name it repeats (the strongest
sign that the call, not the machine, was wrong), the text without them, the plain names among them."""
from __future__ import annotations

import functools
import re
from typing import Any

from ..call_values import in_quotes, leaves, path_kind
from ..literals import gated_regex
from ..stated import stated_range
from .base import USAGE, Signal

_TRIVIAL = frozenset({"true", "false", "none", "null", "yes", "no", "get", "post", "put", "json", "text", "main",
                      "master", "default", "all", "error", "name", "id", "file", "data", "path", "value"})


def bounded_in(value: str, text: str, joins_before: str = "_.-", joins_after: str = "_-") -> bool:
    """`value` occurs in `text` as a whole token: not inside a longer word (nor, by default, a
    longer path, name or SHA — the characters in `joins_*` continue a token)."""
    start = text.find(value)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + len(value): start + len(value) + 1] or " "
        if not (before.isalnum() or before in joins_before) and not (after.isalnum() or after in joins_after):
            return True
        start = text.find(value, start + 1)
    return False


def _bounded(value: str, text: str) -> bool:
    return bounded_in(value, text, "_", "_")


def _values(params: dict[str, Any], items: int = 10, mappings: bool = True) -> list[tuple[str, str]]:
    """(name, value as text) of each scalar the call gives, of the first `items` items of a list, and
    (with `mappings`) of the first values of a mapping."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if isinstance(value, bool):
            continue
        if isinstance(value, (str, int, float)):
            pairs.append((key, str(value)))
        elif isinstance(value, (list, tuple)):
            pairs.extend((key, str(item)) for item in value[:items] if isinstance(item, (str, int, float)) and not isinstance(item, bool))
        elif isinstance(value, dict) and mappings:
            pairs.extend((key, str(item)) for item in list(value.values())[:items] if isinstance(item, (str, int)))
    return pairs


@functools.lru_cache(maxsize=4096)
def _names_field(key: str) -> re.Pattern[str]:
    """The search for a (lowered) parameter name quoted or written as a field, compiled once per name."""
    return re.compile(rf"[\"'`\[(]{re.escape(key)}[\"'`\])]|\b{re.escape(key)}\b\s*[:=]")


CARET_LINE = re.compile(r"^[\s(]*(?:right here\)?)?[\s~-]*\^[\s~^-]*$", re.I)  # `   ^`: where in the line above


def without_excerpts(message: str, params: dict[str, Any]) -> str:
    """The message without the excerpts of its input a parser shows above a caret (yajl's `   server:   host: …` over
    `(right here) ------^`), when the call gave that input as a file: they hold the file's content, not the call's
    values (one that shows a name the call gave, psql's `LINE 1: CREATE TABLE app.items …`, is the call's text)."""
    if "^" not in message:
        return message
    files = [leaf for value in params.values() for leaf in leaves(value) if leaf.__class__ is str and path_kind(leaf) == "file"]
    lines = message.splitlines()
    dropped = {at for caret, line in enumerate(lines) if CARET_LINE.match(line) for at in (caret - 1, caret) if at >= 0}
    if not files or any(name in lines[at] for at in dropped for name in files):
        return message  # no file given, or the excerpt shows the call's own text (`CREATE TABLE app.items …`)
    return "\n".join(line for at, line in enumerate(lines) if at not in dropped)


def quoted_parameters(params: dict[str, Any], text: str) -> list[Signal]:
    """Values of the call (3+ chars, not a common word, not the whole long query) that the message
    repeats as a whole token, then parameter names it mentions as a field (`'customerId'`, `topic:`)."""
    out: list[Signal] = []
    text = without_excerpts(text, params)
    # the one the message puts in quotes first (rdiff-backup `Time string '1week' couldn't be parsed | Action restore
    # failed`: the quoted value is the one refused, the bare word names the action), then the longest
    for key, value in sorted(_values(params), key=lambda kv: (not in_quotes(kv[1].strip(), text), -len(kv[1]))):
        value = value.strip()
        if len(value) < 3 or len(value) > 200 or value.lower() in _TRIVIAL or value.isdigit() and len(value) < 4:
            continue
        if _bounded(value, text) or any(_bounded(item, text) for item in _listed_items(value) + named_part(value)):
            out.append(Signal("quotes-param-value", USAGE, None, 0.6, f"the message repeats {key}={value!r}", key))
            break
    lowered = text.lower()
    for key in params:
        if len(key) >= 3 and _names_field(key.lower()).search(lowered):
            out.append(Signal("names-param", USAGE, None, 0.55, f"the message names the parameter {key!r}", key))
            break
    return out



_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def outside_stated_range(params: dict[str, Any], key: str) -> list[Signal]:
    """The one number of the call outside the range the message states (`extra mode only goes from 0 to 6!` for
    `-x9`): the message names no parameter, but the call's values say which one it is about. None when no number,
    or more than one, falls outside (the message may be about another)."""
    bounds = stated_range(key)
    if bounds is None:
        return []
    least, most = bounds
    outside = [name for name, value in _values(params, mappings=False)
               if _NUMBER.fullmatch(value) and not least <= float(value) <= most]
    if len(outside) != 1:
        return []
    return [Signal("outside-stated-range", USAGE, "INCORRECT_PARAMETER", 0.6,
                   f"{outside[0]} is the call's one number outside the range {least:g}..{most:g} the message states", outside[0])]


_PART_MARK = re.compile(r"::|[:@#]")


def named_part(value: str) -> list[str]:
    """The name a value ends with after its place (borg `repo::archive`, `image@digest`, `host:name`): a message may
    name the thing by it alone (`Archive nightly already exists`); never a short one or a common word."""
    if ":" not in value and "@" not in value and "#" not in value:
        return []  # the common case, without a regex
    parts = _PART_MARK.split(value)
    last = parts[-1].strip() if len(parts) > 1 else ""
    return [last] if len(last) >= 3 and last.lower() not in _TRIVIAL and not last.isdigit() else []


def _listed_items(value: str) -> list[str]:
    """The items of a comma list a value gives, after a name it sets (`.data=alloc,writable` → `alloc`,
    `writable`): a message may repeat one, never a common word or a short one."""
    if "," not in value and "=" not in value:
        return []
    listed = value.split("=", 1)[-1]
    items = [item.strip() for item in listed.split(",")[:10]]
    return [item for item in items if len(item) >= 4 and item.lower() not in _TRIVIAL]


def scrub(lowered: str, params: dict[str, Any]) -> str:
    """The text without the call's own values: a path `config/timeout.yaml` or a host named
    `ssl-proxy` the agent passed is no evidence of a timeout or a TLS fault."""
    for _, value in _values(params):
        value = value.strip().lower()
        if len(value) >= 3:
            lowered = lowered.replace(value, " ")
    return lowered


def _names_own_value(params: dict[str, Any], lowered: str, span: tuple[int, int]) -> bool:
    """A value of the call (3+ chars, not a common word) overlaps `span` of the lowered text."""
    for _, value in _values(params):
        value = value.lower()
        if len(value) < 3 or value in _TRIVIAL:
            continue
        start = lowered.find(value)
        while start >= 0:
            if start < span[1] and start + len(value) > span[0]:
                return True
            start = lowered.find(value, start + 1)
    return False



_PLAIN = re.compile(r"[A-Za-z][\w+-]*(?:[./:][\w+-]+)*")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_NAME_TOKEN = re.compile(r"[a-z][\w-]*(?:[:][\w-]+)*(?:\.\d+)*")  # a name (`py27`, `prime256v2`, `v1.4`), no path or file name
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty fifty hundred thousand "
                          "million many few several lots infinite unlimited".split())


def _plain_tokens(params: dict[str, Any]) -> list[str]:
    """The call's values that are plain names or numbers (whole, or the parts of `k=v:effect`), lowered."""
    out: list[str] = []
    for _, value in _values(params):
        value = value.strip().lower()
        parts = [value] if (_NAME_TOKEN.fullmatch(value) or value.isdigit()) else re.split(r"[=:,;]+", value)
        out.extend(p for p in parts if len(p) >= 2 and p not in _TRIVIAL and p not in _NUMBER_WORDS
                   and (_NAME_TOKEN.fullmatch(p) or _NUMBER.fullmatch(p)))
    return list(dict.fromkeys(out))



def _repeats_a_plain_name(params: dict[str, Any], key: str) -> bool:
    return any(len(value) >= 2 and _PLAIN.fullmatch(value) is not None and ".." not in value
               and not value.isdigit() and _bounded(value, key) for _, value in _values(params))



# A validator that names the field it refused (zod's "→ at level" / "… at sortBy", a JSON path `"path": ["role"]`)
# or says the value it got was None (pydantic's `input_value=None`): when the call gave no such field, or gave it
# None, the value was not given at all, whatever the wording ("Invalid option: expected one of …").
_VALIDATOR = gated_regex(r"invalid arguments for tool|input validation error|-32602|\bvalidation errors? for\b|"
                        r"[\"']code[\"']\s*:\s*[\"']invalid_", re.I)
_FIELD_AT = re.compile(r"(?:→ at|\bat) ([A-Za-z_$][\w$]*)(?:\.[\w$]+|\[\d+\])*[ \t]*$|"
                       r"[\"']path[\"']\s*:\s*\[\s*[\"']([A-Za-z_$][\w$]*)[\"']", re.M)
_GIVEN_NONE = re.compile(r"\binput_value=None\b")


def unsent_field(text: str, params: dict[str, Any]) -> str | None:
    """The words, when a validator's error is about a field the call did not give (or gave as None)."""
    if not _VALIDATOR.search(text):
        return None
    if _GIVEN_NONE.search(text):
        return "the validator was given None"
    fields = [a or b for a, b in _FIELD_AT.findall(text)]
    if fields and not any(_gives(params, name) for name in fields):
        return f"the call gave no {fields[0]!r}"
    return None


def _gives(value: Any, name: str, depth: int = 0) -> bool:
    """The call gives `name` a value somewhere: a key of its parameters or of a mapping inside them (the
    object a validator was handed), or a word of a string value (JSON passed as text), to be safe."""
    if isinstance(value, dict):
        if value.get(name) is not None:
            return True
        return depth < 3 and any(_gives(item, name, depth + 1) for item in value.values())
    if isinstance(value, (list, tuple)):
        return depth < 3 and any(_gives(item, name, depth + 1) for item in value[:20])
    return isinstance(value, str) and name in value


# A JavaScript runtime TypeError inside the tool ("origins.join is not a function", "Cannot read properties of
# undefined (reading 'map')"): when the call passed no code of its own, the tool's code tripped over the arguments.
# A method missing on a value, or an index read from a value that has no parts, is a value of the wrong type or
# shape (a format); a property read from nothing is a value never given. With code of the call's own (a script, an
# expression, a function), the code named what is not there (the rules' wrong value).
_JS_NOT_A_FUNCTION = re.compile(r"\b[\w$.]+ is not a function\b")
_JS_READ_UNDEFINED = re.compile(r"\bcannot read propert(?:y|ies) of (?:undefined|null) \(reading '([^']*)'\)")
_CODE_KEY = re.compile(r"^(code|script|expression|function|js|javascript|source|eval|program|snippet|body|handler)$", re.I)
_CODE_VALUE = re.compile(r"=>|\w\(.*\)|;|\bfunction\b|\brequire\(|\bwindow\.|\bdocument\.|"
                         r"\.(m?js|cjs|tsx?|json|ya?ml)$")  # or a file of its own code or configuration the tool loads


def js_runtime_shape(lowered: str, params: dict[str, Any]) -> tuple[str, str] | None:
    """(category, the words) for a JS TypeError in a tool that ran none of the call's own code."""
    read = _JS_READ_UNDEFINED.search(lowered)
    method = _JS_NOT_A_FUNCTION.search(lowered)
    if read is None and method is None:
        return None
    for key, value in params.items():
        if _CODE_KEY.match(key) or (isinstance(value, str) and _CODE_VALUE.search(value)):
            return None
    if method is not None:
        return "PARAMETER_FORMAT", method.group(0)
    assert read is not None
    return ("PARAMETER_FORMAT" if read.group(1).isdigit() else "MISSING_PARAMETER"), read.group(0)
