"""Exception class and error-code names (`NoCredentialsError`, `(NoSuchBucket)`, `channel_not_found`,
`net::ERR_NAME_NOT_RESOLVED`) read by their morphemes: which side and which kind they point at."""
from __future__ import annotations

import re

from .base import INFRA, USAGE, Signal
from .cues import category_cue
from .infra import infra_vocabulary

_EXC_NAME = re.compile(r"\b(?:[a-z_][\w]*\.)*([A-Z][A-Za-z0-9]*(?:Error|Exception|Fault|Failure|Denied|NotFound|"
                       r"Exists|Invalid|Missing|Required|Timeout|Available))\b")
_AWS_CODE = re.compile(r"An error occurred \((\w+)\) when calling")
_SNAKE_CODE = re.compile(r"(?:['\"](?:error|code|reason)['\"]\s*:\s*['\"]|\b(?:an? )?(?:api )?error occurred: )"
                         r"([a-z]+(?:_[a-z]+)+)(?![\w.])")
# An upper-case code an error names ('NatsError: CONNECTION_REFUSED', 'code: BAD_SUBJECT'), read by its words.
_UPPER_CODE = re.compile(r"(?:Error|error|code|Code)\s*[:=]\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b(?![-.'\"])")
# Chromium's network error codes (puppeteer, playwright, selenium, CDP): a closed vocabulary whose
# names say the cause (ERR_CONNECTION_REFUSED, ERR_NAME_NOT_RESOLVED, ERR_CERT_*, ERR_FILE_NOT_FOUND).
_NET_CODE = re.compile(r"\bnet::ERR_([A-Z][A-Z0-9_]+)")
# Morphemes in the order they are tried: infrastructure first (a ConnectionTimeout is a timeout).
_INFRA_MORPHEMES: tuple[tuple[str, str], ...] = (
    ("credential", "auth"), ("unauthori", "auth"), ("unauthenticated", "auth"), ("authentication", "auth"),
    ("notauthed", "auth"), ("invalidauth", "auth"), ("tokenexpired", "auth"), ("expiredtoken", "auth"),
    ("signature", "auth"), ("apikey", "auth"),
    ("accessdenied", "permission"), ("permission", "permission"), ("forbidden", "permission"),
    ("notallowed", "permission"),
    ("ratelimit", "rate_limit"), ("throttl", "rate_limit"), ("toomanyrequests", "rate_limit"),
    ("quota", "resource"), ("memory", "resource"), ("diskfull", "resource"), ("nospace", "resource"),
    ("throughputexceeded", "rate_limit"), ("limitexceeded", "resource"), ("toomany", "resource"),
    ("busyloading", "server_error"), ("masterdown", "server_error"), ("clusterdown", "server_error"),
    ("timeout", "timeout"), ("timedout", "timeout"), ("deadline", "timeout"),
    ("ssl", "tls"), ("tls", "tls"), ("certificate", "tls"),
    ("cert", "tls"),  # ERR_CERT_AUTHORITY_INVALID, CertificateError
    ("dns", "dns"), ("gaierror", "dns"), ("nameresolution", "dns"), ("namenotresolved", "dns"),
    ("emptyresponse", "network"),
    ("connection", "network"), ("connect", "network"), ("network", "network"), ("socket", "network"),
    ("unreachable", "network"), ("brokenpipe", "network"), ("noservers", "network"), ("noserver", "network"),
    ("streamlost", "network"), ("channelclosed", "network"),
    ("serviceunavailable", "server_error"), ("unavailable", "server_error"), ("internalserver", "server_error"),
    ("internalerror", "server_error"), ("internalservice", "server_error"), ("servererror", "server_error"), ("overloaded", "server_error"),
    ("nobroker", "network"), ("brokersavailable", "network"), ("nohosts", "network"),
)
_USAGE_MORPHEMES: tuple[tuple[str, str | None], ...] = (  # None: a usage error, of no particular kind
    ("invalidrequest", None), ("badrequest", None), ("clienterror", None), ("usage", None),
    ("notfound", "INCORRECT_PARAMETER"), ("nosuch", "INCORRECT_PARAMETER"), ("doesnotexist", "INCORRECT_PARAMETER"),
    ("unknown", "INCORRECT_PARAMETER"), ("lookup", "INCORRECT_PARAMETER"), ("keyerror", "INCORRECT_PARAMETER"),
    ("indexerror", "INCORRECT_PARAMETER"), ("attributeerror", "INCORRECT_PARAMETER"),
    ("filenotfound", "INCORRECT_PARAMETER"), ("undefined", "INCORRECT_PARAMETER"),
    ("missing", "MISSING_PARAMETER"), ("required", "MISSING_PARAMETER"),
    ("conditionalcheck", "WORKFLOW_SEQUENCE"), ("alreadyexists", "WORKFLOW_SEQUENCE"), ("exists", "WORKFLOW_SEQUENCE"), ("duplicate", "WORKFLOW_SEQUENCE"),
    ("conflict", "WORKFLOW_SEQUENCE"), ("integrity", "WORKFLOW_SEQUENCE"), ("state", "WORKFLOW_SEQUENCE"),
    ("precondition", "MISSING_PREREQUISITE"), ("modulenotfound", "MISSING_PREREQUISITE"),
    ("importerror", "MISSING_PREREQUISITE"), ("loaderror", "MISSING_PREREQUISITE"), ("notin", "MISSING_PREREQUISITE"),  # not_in_channel, NotInitialized
    ("notimplemented", "WRONG_TOOL_SELECTION"), ("unsupported", "WRONG_TOOL_SELECTION"),
    ("isadirectory", "WRONG_TOOL_SELECTION"), ("notadirectory", "WRONG_TOOL_SELECTION"),
    ("invalid", "PARAMETER_FORMAT"), ("validation", "PARAMETER_FORMAT"), ("valueerror", "PARAMETER_FORMAT"),
    ("typeerror", "PARAMETER_FORMAT"), ("malformed", "PARAMETER_FORMAT"), ("parse", "PARAMETER_FORMAT"),
    ("syntax", "PARAMETER_FORMAT"), ("decode", "PARAMETER_FORMAT"), ("format", "PARAMETER_FORMAT"),
    ("schema", "PARAMETER_FORMAT"), ("shape", "PARAMETER_FORMAT"), ("unprocessable", "PARAMETER_FORMAT"), ("scanner", "PARAMETER_FORMAT"),
    ("argument", None), ("parameter", None), ("param", None), ("request", None), ("programming", None),
)


def name_points(name: str) -> tuple[str, str | None] | None:
    """(side, category or kind) an exception or error-code name points at, by its morphemes."""
    squashed = name.replace("_", "").lower()
    for morpheme, kind in _INFRA_MORPHEMES:
        if morpheme in squashed:
            return INFRA, kind
    for morpheme, category in _USAGE_MORPHEMES:
        if morpheme in squashed:
            return USAGE, category
    return None


def exception_signals(key: str, full: str) -> list[Signal]:
    """The last exception name of the key lines (else of the whole text), AWS codes, snake codes,
    Chromium's net::ERR_ codes."""
    names = [m.group(1) for m in _EXC_NAME.finditer(key)] or [m.group(1) for m in _EXC_NAME.finditer(full)][-1:]
    codes = _SNAKE_CODE.findall(full)
    names += _AWS_CODE.findall(full) + codes + _NET_CODE.findall(full)
    out = _named(names, codes)
    if not out:  # nothing else named: an upper-case code the error gives ('NatsError: CONNECTION_REFUSED')
        upper = [code.lower() for code in _UPPER_CODE.findall(key) if not code.startswith("ERR_")]
        out = _named(upper, upper)
    return out[:2]


def _named(names: list[str], codes: list[str]) -> list[Signal]:
    out = []
    for name in dict.fromkeys(reversed(names)):
        points = name_points(name)
        if points is None and name in codes:  # 'already_reacted', 'missing_scope': the code's words say it
            words = name.replace("_", " ")
            infra = infra_vocabulary(words)
            cue = None if infra else category_cue(words)
            if cue is None and words.startswith("no ") and not infra:  # 'no_text': a value not given
                cue = Signal("category-cue", USAGE, "MISSING_PARAMETER", 0.5, f"the code {name!r} says none was given")
            points = (INFRA, infra[0].points) if infra else (USAGE, cue.points) if cue else None
        if points is None or name in ("Error", "Exception"):
            continue
        side, what = points
        out.append(Signal("exception-name", side, what, 0.66 if side == INFRA else 0.58,
                          f"{name} names {'an infrastructure cause' if side == INFRA else 'a request error'}"))
    return out

