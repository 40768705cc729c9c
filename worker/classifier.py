"""Is a failed call the agent's usage mistake or an infrastructure fault, and which kind?

Pure: text in, a classification dict out. The work is in three small steps —
`key_text` finds the lines that matter (a JSON body's message, a traceback's last line,
the first `error:`/`fatal:` line), `http_status` reads a structured status code, and the
rule pack (`worker.rules`) decides. `attribute_parameter` then names the parameter that
caused it, only ever one of the call's own parameters or a field a rule extracted.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Any

from . import records
from .records import Classification, Evidence
from . import signals as sig
from .signals import bounded_in as bounded_in  # the extractor's too
from .signals.values import CARET_LINE, without_excerpts
from .rules import Rule, load_rules, triggers_in, worth_trying
from .steps import without_option_docs

HTTP_CODES = frozenset({400, 401, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
                        422, 423, 429, 500, 501, 502, 503, 504, 507, 520, 521, 522, 523, 524, 525, 526})
_STATUS_PATTERNS = (
    re.compile(r"\bHTTP/\d(?:\.\d)?\s+(\d{3})\b"),
    re.compile(r"returned error:\s*(\d{3})\b"),
    re.compile(r"\b(?:status(?:[ _]?code)?|http(?: error| status)?|response code)\s*[:=]?\s*(\d{3})\b", re.I),
    re.compile(r"(?:^|[\s\[(\"'])(\d{3})[\s:]+(?:Not Found|Unauthorized|Forbidden|Bad Request|Conflict|Gone|"
               r"Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|"
               r"Unprocessable (?:Entity|Content)|Method Not Allowed|Request Time-?out|Payload Too Large)\b", re.I),
    re.compile(r"\b(?:error|code)\s*[:=]\s*(\d{3})\b", re.I),
    re.compile(r"^(\d{3})\b"),
)
# "error: …", "fatal: …", "prog: error: …", "npm error 404 …", "ERROR 1064 (42000) …", "ValueError: …"
MAX_KEY_CHARS = 600
_ANY_CODE = re.compile(r"(?<!\d)[45]\d\d(?!\d)")
_KEY_LINE = re.compile(
    r"^\s*(?:\[[!\w ]{1,10}\]\s*)?(?:[\w./-]{1,40}:\s+)?(?:error|fatal|e|err!?|npm err!|npm error|failed|failure|[\w.]*(?:error|exception))\b"
    r"(?:\s*[:!(\[]|\s+[\w(])", re.I
)
# Lines that say what went wrong, for output without an "error:" prefix (git status-like text).
_ERRORISH = re.compile(r"\b(?:error|fatal|fail(?:ed|ure)?|cannot|can't|could not|unable|invalid|denied|refused|"
                       r"not found|does not exist|no such|unknown|missing|nothing|not allowed|forbidden)\b", re.I)
# a stack frame (`    at Object.error (/x/parseAst.js:322:42)`, `  File "x.py", line 3, in f`): where, not what
_STACK_FRAME = re.compile(r"^\s+(?:at \S.*:\d+(?::\d+)?\)?$|File \"[^\"]+\", line \d+)")
_PROGRAM_SAYS = re.compile(r"^\s*[a-z][\w.+-]{0,30}(?: \[[\w ]{1,30}\])?: \S")  # `cvs [commit aborted]: …` too
# make's and SCons's error mark (`scons: *** No SConstruct file found.`): the line the program calls an error
_STARRED = re.compile(r"^\s*[a-z][\w.+-]{0,30}: \*\*\* \S")
_TRACEBACK_LAST = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Fault))(?::\s*(.*))?$")
_GRPC_STATUS = re.compile(r"\bstatus = StatusCode\.[A-Z_]+")
_GRPC_DETAILS = re.compile(r"\s*details = ")
_VALIDATION_BLOCK = re.compile(r"\b\d+ validation errors? for [\w.]+")
_JSON_TEXT_KEYS = ("message", "error", "error_description", "errorMessages", "errors", "reason", "detail",
                   "details", "title", "msg", "description")
_JSON_STATUS_KEYS = ("code", "status", "status_code", "statusCode")


@dataclass(frozen=True)
class ErrorText:
    """The error as the rules see it: the lines that matter, the whole, and a status code."""
    key: str
    full: str
    status: int | None
    rest: str = ""  # the distinct lines that are not key lines (where a cause line may hide)


def _json_strings(value: Any, out: list[str], depth: int = 0) -> None:
    if depth > 4:
        return
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for item in value[:20]:
            _json_strings(item, out, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                _json_strings(item, out, depth + 1)
            elif isinstance(item, str):
                out.append(f"{key}: {item}" if key not in _JSON_TEXT_KEYS else item)


def _json_body(text: str) -> dict[str, Any] | None:
    start = text.find("{")
    if start < 0:
        return None
    try:
        body = json.loads(text[start:text.rfind("}") + 1])
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def http_status(text: str, body: dict[str, Any] | None = None) -> int | None:
    body = body if body is not None else _json_body(text)
    if body:
        for key in _JSON_STATUS_KEYS:
            code = body.get(key)
            if isinstance(code, int) and code in HTTP_CODES:
                return code
            if isinstance(code, str) and code.isdigit() and int(code) in HTTP_CODES:
                return int(code)
    if not _ANY_CODE.search(text):
        return None
    for pattern in _STATUS_PATTERNS:
        for match in pattern.finditer(text):
            code = int(match.group(1))
            if code in HTTP_CODES:
                return code
    return None


@functools.lru_cache(maxsize=256)  # pure; the extractor asks again for the message the classifier just read
def key_text(message: str) -> ErrorText:
    full = message.strip()
    body = _json_body(full)
    lines = [line for line in full.splitlines() if line.strip()]
    key_lines: list[str] = []
    if body is not None:
        strings: list[str] = []
        for key in _JSON_TEXT_KEYS:
            if key in body:
                _json_strings(body[key], strings)
        if not strings:  # field-keyed validation errors: {"slug": ["… already exists."]}
            _json_strings(body, strings)
        prefix = full[: full.find("{")].strip()
        key_lines = ([prefix] if prefix else []) + strings
    elif "validation error" in full and _VALIDATION_BLOCK.search(full):  # pydantic: the header, then field / message lines
        start = next(i for i, line in enumerate(lines) if _VALIDATION_BLOCK.search(line))
        key_lines = [line.strip() for line in lines[start:start + 7]]
    elif "StatusCode." in full and _GRPC_STATUS.search(full):  # gRPC: the status line and what the details say
        key_lines = [line.strip() for line in lines if _GRPC_STATUS.search(line) or _GRPC_DETAILS.match(line)][:3]
    elif "\nCall log:" in full:  # playwright: the action line, then its call log (which element, what it waited for)
        start = next(i for i, line in enumerate(lines) if line.strip() == "Call log:")
        key_lines = [lines[0].strip()] + [line.strip() for line in lines[start:start + 8]]
    elif "Traceback (most recent call last)" in full:
        for line in reversed(lines):
            if _TRACEBACK_LAST.match(line.strip()):
                key_lines = [line.strip()]
                break
    if not key_lines:
        key_lines = [line.strip() for line in lines if _KEY_LINE.match(line)
                     or (line.startswith("remote: ") and _ERRORISH.search(line))][:6]
    if not key_lines:
        key_lines = [line.strip() for line in lines if _ERRORISH.search(line) and not _STACK_FRAME.match(line)][:2]
        if len(key_lines) == 1 and key_lines[0].endswith(":") and lines[-1].strip() != key_lines[0]:
            # a line that introduces the next (darcs `Unable to "darcs initialize" here:` / `You may not run this
            # command in a repository.`): the next one says why
            after = lines[[line.strip() for line in lines].index(key_lines[0]) + 1].strip()
            key_lines.append(after) if not after.startswith(("-", "*", "•")) else None
    if not key_lines:
        key_lines = [line.strip() for line in lines if _STARRED.match(line)][:2]
    if not key_lines:  # a program's own statement (`ci: a.txt,v: no lock set by dev`), not the progress line before it
        # (not a line that only introduces the next: `cvs commit: in directory .:`)
        key_lines = [line.strip() for line in lines if _PROGRAM_SAYS.match(line) and not line.rstrip().endswith(":")][:2]
    if not key_lines:  # the first line that is no excerpt of the input over a caret (gnuplot echoes its script, then says)
        carets = {at for at, line in enumerate(lines) if CARET_LINE.match(line)}
        said_lines = [line.strip() for at, line in enumerate(lines) if at not in carets and at + 1 not in carets]
        key_lines = (said_lines or lines)[:1]
    key = " | ".join(dict.fromkeys(key_lines))[:MAX_KEY_CHARS]  # a line said twice says nothing new
    said = set(key_lines)
    rest = "\n".join(line for line in dict.fromkeys(line.strip() for line in lines) if line not in said)
    return ErrorText(key=key, full=full, status=http_status(key, body) or http_status(full, body), rest=rest)


@dataclass(frozen=True)
class Match:
    rule: Rule
    groups: dict[str, str]
    param: str | None  # the parameter named by when_param, if the rule has one
    in_key: bool


def _scalars(params: dict[str, Any]) -> list[tuple[str, str]]:
    """(top-level key, string value) pairs, one level into nested mappings (e.g. {image: {repo: tag}})."""
    pairs = []
    for key, value in params.items():
        if isinstance(value, str):
            pairs.append((key, value))
        elif isinstance(value, dict):
            pairs.extend((key, item) for item in value.values() if isinstance(item, str))
    return pairs


def _match(rule: Rule, text: str, lowered: str, present: frozenset[str], in_key: bool, status: int | None,
           params: dict[str, Any]) -> Match | None:
    if rule.status and status not in rule.status:
        return None
    groups: dict[str, str] = {}
    if rule.regex is not None:
        found = rule.regex.search(text, lowered, present)
        if found is None:
            return None
        groups = found
    if rule.named is not None and not named_by_call(groups.get(rule.named, ""), params):
        return None
    param = None
    if rule.when_param is not None:
        param = next((k for k, v in _scalars(params) if rule.when_param.search(v)), None)
        if param is None:
            return None
    return Match(rule, groups, param, in_key)


def _candidates(rules: tuple[Rule, ...], tool_name: str, text: ErrorText, params: dict[str, Any]) -> list[Match]:
    """Rules that match the key lines, then the other lines: every rule when the key lines
    said nothing, else only infrastructure rules (an outage often shows as a cause line
    below a usage-looking error) and rules marked `anywhere` (a `help: run …` line)."""
    lowered = text.key.lower()
    present = triggers_in(rules, lowered)
    key = [m for rule in worth_trying(rules, present) if rule.applies_to(tool_name)
           and (m := _match(rule, text.key, lowered, present, True, text.status, params))]
    key_said = any(m.rule.regex is not None for m in key)
    other = without_option_docs(text.rest)  # every rule has seen the key lines already
    if not other:
        return key
    lowered = other.lower()
    present = triggers_in(rules, lowered, anywhere_only=key_said)
    full = [m for rule in worth_trying(rules, present) if rule.regex is not None and (rule.anywhere or not key_said)
            and rule.applies_to(tool_name) and (m := _match(rule, other, lowered, present, False, text.status, params))]
    return (key if key_said else [m for m in key if m.rule.regex is None]) + full


_CLASS_NAME = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*")
_MODEL_KEY = re.compile(r"(?:^|[_\W]|(?<=[a-z0-9])(?=[A-Z]))(model|class|klass|entity|entities)(?:es|s)?(?:$|[_\W]|(?=[A-Z]))", re.I)


def _an_orm_model(key: str, value: str, name: str) -> bool:
    """`value` names an ORM model (`model: Customer`), not the table itself: the table is the mapping's,
    made by a migration. A class name under a key that says so, or one the message spells otherwise
    (`Customer` for "no such table: customer"); `table: Customer` for "no such table: Customer" is the table."""
    if not _CLASS_NAME.fullmatch(value):
        return False
    return _MODEL_KEY.search(key) is not None or value not in (name, name.rsplit(".", 1)[-1])


def named_by_call(name: str, params: dict[str, Any]) -> bool:
    """The call's own parameters named `name` (or its last dotted part, `test.users` → `users`)."""
    if not name:
        return False
    wanted = {name.lower(), name.rsplit(".", 1)[-1].lower()} - {""}
    for key, value in _scalars(params):
        if _an_orm_model(key, value, name):
            continue
        lowered = value.lower()
        if any(bounded_in(word, lowered) for word in wanted):
            return True
    return False


def _weight(match: Match) -> float:
    """A rule's confidence, less when it matched outside the key lines (less for usage than
    for infrastructure: an outage often shows only in a cause line further down)."""
    if match.in_key:
        return match.rule.confidence
    return match.rule.confidence - (0.03 if match.rule.infra else 0.1)


def attribute_parameter(params: dict[str, Any], text: str, groups: dict[str, str],
                        named: str | None = None) -> tuple[str | None, Any]:
    """The parameter that caused the error: never a stray word from the message."""
    if named in params:
        return named, params[named]
    field_name = groups.get("param")
    if field_name and field_name in params:
        return field_name, params[field_name]
    value = groups.get("value")
    scalars = {k: str(v) for k, v in params.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
    if value:
        for key, text_value in scalars.items():
            if text_value == value or (len(text_value) >= 3 and text_value in value):
                return key, params[key]
    text = without_excerpts(text, params)  # a parser's excerpt of the document holds its content, not the call's values
    bounded = [(key, text_value) for key, text_value in sorted(scalars.items(), key=lambda kv: -len(kv[1]))
               if len(text_value) >= 2 and bounded_in(text_value, text)]
    # aptly `unable to create snapshot: local repo with name staging not found`: the value the verdict is said of
    subject = [key for key, text_value in bounded if _said_of(text_value, text)]
    if len(subject) == 1:
        return subject[0], params[subject[0]]
    if bounded:
        return bounded[0][0], params[bounded[0][0]]
    for key in params:
        if len(key) >= 3 and _key_as_word(key).search(text):
            return key, params[key]
    if field_name:  # a structured field the API named (e.g. a missing required field)
        return field_name, None
    return None, None


# what a message says of the thing it names, right after its name
_VERDICT_AFTER = re.compile(r"""['"`]?\s*(?:was |were |is |are )?(?:not found|does not exist|doesn't exist|already exists|not recogni[sz]ed"""
                            r"|is not valid|is invalid)\b""", re.I)


def _said_of(value: str, text: str) -> bool:
    """The message's verdict follows this value (`… name staging not found`), named whole (not `web` of `roles/web`)."""
    at = text.find(value)
    while at >= 0:
        if (not at or text[at - 1] not in "/\\.:") and _VERDICT_AFTER.match(text, at + len(value)):
            return True
        at = text.find(value, at + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _key_as_word(key: str) -> re.Pattern[str]:
    """The search for a parameter name as a whole word, compiled once per name (not per event)."""
    return re.compile(rf"(?<![\w]){re.escape(key)}(?![\w])", re.I)


@dataclass(frozen=True)
class Decision:
    """Everything the classifier considered: the text, the rule matches, the signals, the verdict."""
    text: ErrorText
    candidates: list[Match]
    best: Match | None
    signals: list[sig.Signal]
    fallback: tuple[str, str | None, float, str | None] | None


def status_only(rule: Rule) -> bool:
    """A usage rule keyed on an HTTP status alone: it knows the request was refused, not why, so a
    rule that read the body outranks it and the body's own wording decides its category."""
    return rule.regex is None and rule.category is not None


LEARN_FLOOR = 0.5
_REFUSED_VALUE = frozenset({"INCORRECT_PARAMETER", "PARAMETER_FORMAT"})  # a value refused: wrong or malformed
# Infrastructure causes whose words in a generic rule's key lines keep the verdict from being
# learned (a timeout or a certificate is often a parameter's subject; these rarely are).
_VETO_KINDS = frozenset({"auth", "permission", "resource", "dns", "rate_limit"})  # a verdict weaker than this is recorded, never learned from


def infrastructure_named(key: str) -> sig.Signal | None:
    """The exception the key lines name, when its name points at an infrastructure cause and no
    exception name there points at a request error (`LDAPSocketOpenError: invalid server address`:
    the socket did not open, whatever the wording says)."""
    named = [s for s in sig.exception_signals(key, "") if s.name == "exception-name"]
    if named and all(s.side == sig.INFRA for s in named):
        return named[0]
    return None


def decide(tool_name: str, params: dict[str, Any], message: str, rules: tuple[Rule, ...],
           all_signals: bool = False) -> Decision:
    """Rules first (user packs win outright, else the highest weight); the general signals
    decide only when no rule matched (or are all gathered, for `explain`)."""
    text = key_text(message)
    candidates = _candidates(rules, tool_name, text, params)
    best = None
    if candidates:
        user = [m for m in candidates if m.rule.pack != "default"]
        said = [m for m in candidates if not status_only(m.rule)]  # the body's wording outranks a status code alone
        pool = said if said and any(status_only(m.rule) for m in candidates) else candidates
        best = user[0] if user else max(pool, key=lambda m: (_weight(m), -pool.index(m)))
    signals = sig.gather(params, text.key, text.full, tool_name) if all_signals or best is None else []
    fallback = sig.combine(signals) if best is None else None
    return Decision(text, candidates, best, signals, fallback)


def classify_error_type(tool_name: str, params: dict[str, Any] | None, error_message: str,
                        result: str = "", rules: tuple[Rule, ...] | None = None) -> Classification:
    params = params or {}
    message = "\n".join(part for part in (error_message or "", result or "") if part)
    decision = decide(tool_name, params, message, rules if rules is not None else load_rules())
    return verdict(decision, params)


def verdict(decision: Decision, params: dict[str, Any]) -> Classification:
    """The classification dict of the public API, from a decision."""
    text, best = decision.text, decision.best
    evidence: Evidence = {"key_line": text.key[:300], "status": text.status, "rule": None}
    if best is None:
        if decision.fallback is None:
            return records.unknown(evidence)
        side, what, confidence, named = decision.fallback
        evidence["signals"] = [s.name for s in decision.signals]
        if side == sig.INFRA:
            return records.infrastructure(what, confidence, evidence)
        parameter, value = attribute_parameter(params, text.full, {}, named)
        evidence["parameter"] = parameter
        if value is not None:
            evidence["incorrect_value"] = value
        category = _unless_unsent(what or "INCORRECT_PARAMETER", text, params, evidence)  # the signals always name one
        learnable = category != "MISSING_PARAMETER" and confidence >= LEARN_FLOOR
        return records.usage(category, confidence, _unless_unopened(learnable, text, params, evidence), evidence)
    rule = best.rule
    confidence = round(_weight(best), 2)
    evidence["rule"] = f"{rule.pack}:{rule.id}"
    if rule.infra:
        return records.infrastructure(rule.infra, confidence, evidence)
    if rule.yields and rule.category == "PARAMETER_FORMAT":  # a generic "invalid …" under an exception whose
        cause = infrastructure_named(text.key)  # name says the cause is the machine's
        if cause is not None and cause.points is not None:
            evidence["signals"] = ["exception-name"]
            evidence["named_cause"] = cause.detail
            return records.infrastructure(cause.points, min(confidence, 0.66), evidence)
    parameter, value = attribute_parameter(params, text.full, best.groups, best.param)
    evidence.update({k: v for k, v in rule.hints.items()})
    evidence["parameter"] = parameter
    if value is not None:
        evidence["incorrect_value"] = value
    for group, key in (("expected", "expected_format"), ("step", "missing_step")):
        found = next((v for k, v in best.groups.items() if k.startswith(group)), None)
        if found:
            evidence[key] = found
    category = rule.category or ""  # a rule has exactly one of category or infra (checked at load)
    cue = None
    if status_only(rule):  # a status code alone: any wording of the body says more
        said = sig.category_cue(text.key, params)
        cue = (said.points or category, said.detail) if said is not None else None
    elif rule.yields:
        cue = sig.strong_cue_with_below(text.key, text.full, params)
    if cue is None and category == "PARAMETER_FORMAT" and rule.pack == "default":  # a built-in format rule (a user's
        # own rule keeps its word): the key lines may say the value is only not allowed, not malformed
        allowed = sig.not_allowed_rather_than_malformed(text.key, params)
        cue = ("INCORRECT_PARAMETER", allowed) if allowed is not None else None
    if cue is not None and cue[0] != category:  # the rule knew it was a usage mistake; the words say which
        category = cue[0]
        evidence["category_cue"] = cue[1]
        confidence = min(confidence, 0.75)
    if (unsent := _unless_unsent(category, text, params, evidence)) != category:
        category = unsent
    elif rule.pack == "default" and category in _REFUSED_VALUE and (empty := sig.refused_empty(text.key, params)):
        category, evidence["category_cue"] = "MISSING_PARAMETER", empty  # refused, but what the call gave was empty
    elif rule.pack == "default" and category == "INCORRECT_PARAMETER" and (js := sig.js_runtime_shape(text.key.lower(), params)):
        category, evidence["category_cue"] = js  # the tool's own JS tripped over the arguments: their type, or none given
        confidence = min(confidence, 0.75)
    learnable = category != "MISSING_PARAMETER" and confidence >= LEARN_FLOOR and not rule.hints.get("not_learned")
    if learnable and rule.yields:  # a generic rule's verdict: the words it matched may be an outage's
        outage = [s for s in sig.infra_vocabulary(sig.scrub(text.key.lower(), params)) if s.points in _VETO_KINDS
                  and "token" not in s.detail]  # a parser's "error token" is no credential
        if outage:  # the key lines also name an infrastructure cause: recorded, never learned from
            learnable = False
            evidence["not_learned"] = outage[0].detail
    if rule.pack == "default":
        learnable = _unless_unopened(learnable, text, params, evidence)
    return records.usage(category, confidence, learnable, evidence)


def _unless_unsent(category: str, text: ErrorText, params: dict[str, Any], evidence: Evidence) -> str:
    """MISSING_PARAMETER (the cue in `evidence`) for a value refused that the call never gave, else `category`."""
    if category in _REFUSED_VALUE and (unsent := sig.unsent_field(text.full, params)) is not None:
        evidence["category_cue"] = unsent
        return "MISSING_PARAMETER"
    return category


def _unless_unopened(learnable: bool, text: ErrorText, params: dict[str, Any], evidence: Evidence) -> bool:
    """False (the reason in `evidence`) for a write that failed with no reason given: as often the
    machine's (read-only, disk, permission) as the call's."""
    if learnable and (unopened := sig.destination_not_opened(text.key, params)) is not None:
        evidence["not_learned"] = unopened
        return False
    return learnable
