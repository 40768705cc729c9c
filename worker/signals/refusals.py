"""What a refusal says of the value it refused: not of its type or syntax (a format), a plain name
refused as a member of a kind (a wrong value), or an unsupported value of a kind (not a syntax, not an
operation)."""
from __future__ import annotations

import functools
import re
from typing import Any

from ..call_values import EMPTY
from .values import _NUMBER, _bounded, _plain_tokens, _values

# Words that say a value is not even of the kind wanted (its type or syntax), not merely outside what is allowed.
_TYPE_WORDS = r"(int|integer|number|numeric|float|double|decimal|bool|boolean|str|string|list|array|dict|object|mapping|tuple|date|datetime|url|uri|uuid|json)"
_NOT_OF_TYPE = re.compile(
    rf"\b(not (a |an )?(valid )?{_TYPE_WORDS}\b|(is )?not of type|invalid literal|(could not|cannot|can't|unable to|failed to) "
    r"(convert|parse|cast|coerce)|received type|wrong type|type mismatch|invalid syntax|syntax error|parse error|"
    r"must be of \w* ?type|cannot represent|\b(characters?|chars|digits|letters|bytes) (long|in length)\b|\b(length|precision)\b|\bformats? (include|are)\b|\bexpected format)")
_WANTS_NUMBER = re.compile(r"\b(must be|should be|expected|expecting|expects|requires?|to be) (a |an |of type |type )?"
                           r"(valid )?(positive |non-negative |whole )?[`'\"]?(int|integer|number|numeric|float|double|decimal)\b")
_GIVEN_VALUE = re.compile(r"\b(got|received|instead was|supplied was|input_value=)[: ]*[`'\"]?([^`'\"\s,.)]+)")


def _not_of_its_type(lowered: str, params: dict[str, Any] | None) -> bool:
    """The words say the value is not of the type wanted: "not an integer", "could not convert", or a
    number wanted and the value given (quoted after "got", else the call's values the text repeats) is no number."""
    if _NOT_OF_TYPE.search(lowered):
        return True
    if not _WANTS_NUMBER.search(lowered):
        return False
    given = [m.group(2) for m in _GIVEN_VALUE.finditer(lowered)]
    if not given and params:
        given = [v.lower() for _, v in _values(params) if len(v) >= 1 and _bounded(v.lower(), lowered)]
    return any(_NUMBER.fullmatch(v) is None and v not in ("none", "null", "undefined", "nan") for v in given)


# "invalid <kind>: <value>", "unknown <kind> '<value>'", "'<value>' is not a valid <kind>", "<kind> <value> not supported":
# the call's own value, a plain name (or number), refused as a member of a kind that is no type or syntax.
_REFUSING = r"(invalid|unknown|unsupported|unrecogni[sz]ed|unallowed|illegal|bad|not a (valid|known|supported|recogni[sz]ed))"
_REFUSING_WORDS = ("invalid", "unknown", "unsupported", "unrecogni", "unallowed", "illegal", "bad", "not a ", "not supported",
                   "not allowed", "is not one")
_REFUSED_BEFORE = re.compile(rf"\b{_REFUSING}(?P<kind>(?: [a-z][\w-]*){{1,3}}):?\s*[`'\"‘]?$")
_REFUSED_AFTER = re.compile(r"^[`'\"’]?,? (is |was )?(not (a |an )?(valid|known|supported|recogni[sz]ed|allowed)(?P<kind>(?: [a-z][\w-]*){0,3})|"
                            r"unknown|unsupported|not supported|not allowed|not recogni[sz]ed|is not one)\b")
_TYPE_NOUNS = frozenset(("int integer number numeric float double decimal digit digits bool boolean string str date time datetime "
                         "timestamp duration json yaml xml toml url uri email uuid guid hex base64 regex regexp pattern syntax literal "
                         "escape character char byte bytes name identifier path filename header expression token sha hash cidr ip "
                         "ipv4 ipv6 address port range length size width height spec specification requirement specifier semver "
                         "input sequence value values data utf-8 utf8 unit suffix prefix version mode option options flag switch "
                         "scheme protocol selector query filter template glob precision handle arn").split())
_PREPOSITIONS = frozenset("for of in to with on at from by or and".split())
_FORMAT_SAID = re.compile(r"\b(syntax|pars(e|ing)|could not convert|cannot convert|invalid literal|malformed|unterminated|"
                          r"unexpected (token|character|end|eof)|of type\b|invalid (suffix|unit|digit|character|escape)|unknown unit|"
                          r"decod|base64|format for\b|expected format|must be [\w<>]+=[\w<>]+|must consist of|must (start|end|begin|contain)\b|"
                          r"\blower ?case\b|\brfc ?\d+|(in|of) the form\b|does it contain)|" + _NOT_OF_TYPE.pattern[2:])



def _kind_is_a_name(words: str) -> bool:
    nouns = words.split()
    return bool(nouns) and not any(w in _TYPE_NOUNS or w.rstrip("s") in _TYPE_NOUNS or w in _PREPOSITIONS for w in nouns)


def _refuses_a_plain_value(lowered: str, params: dict[str, Any] | None) -> str | None:
    """The words, when the text refuses one of the call's own plain values as a member of a kind of
    name ("invalid currency: dollars", "'outer_join' is not a valid merge type", "release version 99 not
    supported") and says nothing of its type or syntax."""
    if not params or not any(word in lowered for word in _REFUSING_WORDS):
        return None
    tokens = [token for token in _plain_tokens(params) if token in lowered]
    if not tokens or _FORMAT_SAID.search(lowered):
        return None
    for token in tokens:
        start = lowered.find(token)
        while start >= 0:
            end = start + len(token)
            if _bounded(token, lowered[max(0, start - 1):end + 1]):
                before = _REFUSED_BEFORE.search(lowered[max(0, start - 60):start])
                if before is not None and not token[0].isdigit() and _kind_is_a_name(before.group("kind")):
                    return (before.group(0) + token).strip()
                after = _REFUSED_AFTER.search(lowered[end:end + 60])
                if after is not None:
                    kind = (after.group("kind") or "").strip()
                    if not kind or _kind_is_a_name(kind):
                        return (token + after.group(0)).strip()
            start = lowered.find(token, start + 1)
    return None


_NOT_A_VALUE_KIND = frozenset(("protocol protocols scheme schemes url uri media content-type content mime-type option options flag "
                                "flags operation operations action method command subcommand feature platform os architecture "
                                "instances instance between terminal tty operand operands").split())
_SUBJECT_AFTER = re.compile(r"^[\s:`'\"]*((?:[a-z][\w/-]*\s?){1,3})")
_SUBJECT_BEFORE = re.compile(r"((?:[`'\"]?[\w/.<>=-]+[`'\"]?\s){1,3})$")


def _unsupported_kind_is_a_value(lowered: str, found: re.Match[str]) -> bool:
    """What "unsupported"/"not supported" is said of is a value of a kind (an algorithm, a graph type), not a
    syntax, a type comparison, an operation on the resource, or a code inside a library's error line."""
    start, end = found.span()
    if lowered[start - 1:start] == ":" or " for security" in lowered[end:end + 20]:
        return False
    words = ""
    if found.group(0).startswith("unsupported"):
        after = _SUBJECT_AFTER.match(lowered[end:end + 50])
        words = after.group(1) if after else ""
    else:
        before = _SUBJECT_BEFORE.search(lowered[max(0, start - 60):start])
        words = before.group(1) if before else ""
        last = words.split()[-1].strip("`'\"") if words.split() else ""
        if last and last[0].isdigit() and _NUMBER.fullmatch(last) is None:
            return False  # "release version 7x not supported": the value is malformed, a format
        words += " " + lowered[end:end + 25]  # "not supported between instances of", "… for this resource"
    nouns = set(re.findall(r"[a-z][\w-]*", words))
    if not nouns or nouns & _NOT_A_VALUE_KIND or nouns & _TYPE_NOUNS or any(n.endswith("ing") and len(n) > 5 for n in nouns):
        return False  # "restarting is not supported": an operation the resource does not have
    return not (nouns & {"string", "strings", "int", "str", "type", "types"} and "between" in words)


# The text refuses a parameter by its name ("Invalid QoS level." for `qos: 3`, "invalid scope type" for
# `search_scope: TREE`, a 422 body's `field: head` + `code: invalid` for `head: featur/login`), or repeats the value
# it refused (`value: nonexistent`): when the call gave that parameter a plain name or number, well formed, the value
# is one the tool does not have or allow, not a malformed one.
_REFUSAL = re.compile(r"\b(invalid|unallowed|not valid|bad|illegal|incorrect)\b")
_PLAIN_VALUE = re.compile(r"[-+]?\d+(\.\d+)?|[a-z][\w-]*(?:[./:@][\w-]+)*")
_WORDS_OF = re.compile(r"[a-z]+|\d+")
# A kind followed by one of these is the syntax of a name ("invalid bucket name", "invalid stream ID"): a format.
_COUNTED = frozenset("count number size limit round timeout depth width height retry retrie replica worker job thread bit byte second minute hour day".split())
_SYNTAX_NOUNS = "name|names|id|ids|digest|format|syntax|string|value|spec|pattern|expression"


@functools.lru_cache(maxsize=4096)
def _words_of(name: str) -> tuple[str, ...]:
    """A parameter name's words: `search_scope` → search, scope; `colorScheme` → color, scheme."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    return tuple(_WORDS_OF.findall(spaced.lower()))


def refuses_a_named_parameter(lowered: str, params: dict[str, Any] | None) -> str | None:
    """The words, when the text refuses one of the call's parameters by name, or the value it gave, and that
    value is a plain name or number (and the text says nothing of a type or syntax)."""
    if not params or _REFUSAL.search(lowered) is None:
        return None
    for key, raw in _values(params, items=3, mappings=False):  # a short list's items too (`assignees: [ada]`)
        value = raw.strip().lower()
        if not value or _PLAIN_VALUE.fullmatch(value) is None or ".." in value:
            continue
        named = _names_the_parameter(lowered, key, value)
        if named is not None and not _FORMAT_SAID.search(lowered) and not _not_of_its_type(lowered, params):
            return named
    return None


def _names_the_parameter(lowered: str, key: str, value: str) -> str | None:
    field = f"field: {key.lower()}"
    if field in lowered and re.search(rf"\b{re.escape(field)}\b", lowered):
        return field
    if len(value) >= 3 and f"value: {value}" in lowered and re.search(rf"\bvalue: {re.escape(value)}(?![\w.-])", lowered):
        return f"value: {value}"
    words = [w for w in _words_of(key) if len(w) >= 3 and w in lowered and w not in _TYPE_NOUNS
             and w.rstrip("s") not in _TYPE_NOUNS and w not in _SYNTAX_NOUNS.split("|")]
    if not _NUMBER.fullmatch(value):  # "Invalid message count" for `count: all`: a number wanted, a format
        words = [w for w in words if w.rstrip("s") not in _COUNTED]
    if not words:
        return None
    found = _refusing_the_kind("|".join(map(re.escape, words))).search(lowered)
    return found.group(0) if found else None


@functools.lru_cache(maxsize=4096)
def _refusing_the_kind(kind: str) -> re.Pattern[str]:
    """"invalid <kind>" / "<kind> is invalid" for a parameter's words, compiled once per name."""
    return re.compile(rf"\b({_REFUSAL.pattern[3:-3]}) (\w+ )?({kind})\b(?! ({_SYNTAX_NOUNS})\b)|"
                      rf"\b({kind})( \w+)? (is |was )?(invalid|not valid)\b")


def _empty_fields(params: dict[str, Any], depth: int = 0) -> list[str]:
    """The names the call gave an empty value (None, "", [], {}), one mapping deep (`body: {amount: null}`)."""
    out = []
    for key, value in params.items():
        if value in EMPTY:
            out.append(key)
        elif isinstance(value, dict) and depth < 1:
            out.extend(_empty_fields(value, depth + 1))
    return out


# What refuses a field the call left empty, said beside its name and in the same clause: a refusal ("Invalid
# topic.", "'$.input' is invalid."), a requirement ("must have a subject name"), or its absence ("missing TABLE
# argument", "Credential not found for username", "should be non-empty", a schema's `minItems`).
_REFUSES_EMPTY = re.compile(_REFUSAL.pattern + r"|\b(must (have|be (given|set|provided|specified))|required|should be set|"
                            r"(cannot|can't|must not|may not) be (empty|blank|null|none)|(non-)?empty|blank|missing|"
                            r"not (defined|found|given|provided|specified|supplied)|are defined|at least 1|min ?(items|length))\b")
_CLAUSE_END = re.compile(r"[();]|\.(?:\s|$)")


def refused_empty(text: str, params: dict[str, Any]) -> str | None:
    """The words, when the text refuses a field the call gave an empty value ("Invalid topic." for `topic: ""`,
    "A certificate must have a subject name" for `subject: null`): the value was not given, not malformed.
    The refusal must be beside the name, in its clause: in "Invalid QoS level 3 (client_id not set)" for
    `client_id: ""` the refused value is the QoS level."""
    lowered = text.lower()
    for name in _empty_fields(params):
        if len(name) < 3:
            continue
        for found in re.finditer(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", lowered):
            before = _CLAUSE_END.split(lowered[max(0, found.start() - 60):found.start()])[-1]
            after = _CLAUSE_END.split(lowered[found.end():found.end() + 60])[0]
            if _REFUSES_EMPTY.search(before) or _REFUSES_EMPTY.search(after):
                return f"the call gave {name!r} an empty value"
    return None
