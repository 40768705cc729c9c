"""The small, closed vocabulary of infrastructure causes (refused, reset, unreachable, DNS, timeout,
TLS, 401/403/429/5xx, disk full, OOM, daemon down), and the parts of a text that are no evidence of one
(the choices it lists, option names, usage synopses)."""
from __future__ import annotations

import re

from .base import INFRA, Signal
from ..literals import gated_regex

_INFRA_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((gated_regex(p), kind) for p, kind in (
    (r"\b((?<!user )(?<!you )refused(?! to continue)|reset by peer|unreachable|econn\w+|no servers? available|broken pipe|disconnected(?! before secure)|"
     r"connection (closed|lost|error|failed)|network error|failed to connect|cannot connect|can't connect|"
     r"could not connect|connect to the endpoint|socket hang up|with (our|the) connection to|connection (issue|problem)s?|"
     r"(can't|cannot|could not|couldn't|unable to) reach (the )?(\w+ )?(server|host|database|endpoint|api|service)|fetch failed(?=[\s\"'}]*$))\b",
     "network"),
    (r"\b(dns(?!:)|resolve host|name resolution|getaddrinfo|nodename|name or service not known|no such host|"
     r"translate host name|resolve hostname|unknown (server )?host|lookup error)\b", "dns"),
    (r"\b(time-?out|timed out|deadline|too slow|lost connection|is locked|execution was interrupted|"
     r"maximum execution time)\b", "timeout"),
    (r"\b(ssl|tls|certificate|x509)\b", "tls"),
    (r"\b(unauthori[sz]ed|credentials?|api[ _-]?key|authenticat\w*|login|sign in|signed in|token|noauth|wrongpass|"
     r"password|logged in|need auth|pg_hba\.conf|decryption failed|bad decrypt|could not decrypt)\b(?<!next token)(?<!unexpected token)(?<!error token)", "auth"),
    (r"\b(forbidden|permission|access denied|not permitted|missing[_ ]scope|insufficient[_ ]scope|"
     r"not authori[sz]ed to|authorization ?failed|access to the resource is denied)\b", "permission"),
    (r"\b(rate[ -]?limit|too many requests|throttl\w*|retry later|try again later|slow down|"
     r"too many (simultaneous|concurrent) (queries|requests))\b", "rate_limit"),
    (r"\b(no space|disk full|out of memory|oom|quota|cannot allocate|too many open files|out of disk ?space|"
     r"errno 28|file size limit|limit exceeded|memory limit|bus error|signal 7\b|sigbus|max(imum)? number of \w+ reached|too many \w+ (open|connected))\b",
     "resource"),
    (r"\b(read-only|readonly|read only)\b", "read_only"),
    (r"\b(daemon|not running|is the server running|\.sock\b)", "daemon_down"),
    (r"(unavailable|overloaded|\binternal (server )?error|bad gateway|server error|temporarily|\bbusy\b|"
     r"\bis loading\b|\b(master|cluster|link|replica|primary|broker) (is )?down\b|unable to persist|\bmisconf\b|"
     r"\bfatal[_ ]error\b(?!:)|\bunknown error occurred|"
     r"\bunexpected (internal |server )?error\b(?! (has )?occurred\s*:)(?!\s*:)(?! (in|while|at|on|parsing|reading|near|token|character)\b))",
     "server_error"),
    (r"(?<![\w.-])(401|403|429|50[0-4])(?![\w.-])", "status"),
))
_STATUS_KINDS = {"401": "auth", "403": "permission", "429": "rate_limit"}


# A list of what is valid, to the end of its line; a heading that ends its line (`valid formats are:`) takes the next.
_CHOICE_LIST = re.compile(r"\b(choices are|(valid|supported|allowed|available) (values|options|choices|fields) are|"
                          r"(valid|supported|allowed|available|accepted|recognized|possible) [a-z][a-z -]{0,30}?(?: are)?:|"
                          r"(expected|must be|should be) one of|perhaps you meant|did you mean)[^\n|]*(?:(?<=:)\n[^\n|]*)?")


def without_choice_lists(lowered: str) -> str:
    """The text without the lists of valid choices it offers: a field named `password` or a mode named
    `timeout` among the choices is no evidence of a credential or a timeout."""
    return _CHOICE_LIST.sub(" ", lowered)


# A file or path named in the text (`patches/fix-login.patch`, `credentials.json`): a name, not a cause. A daemon's
# socket and PostgreSQL's pg_hba.conf stay: they are how those causes are named.
_FILE_NAME = re.compile(r"(?<![\w.-])(?:[\w.~-]*/)+[\w.-]*\w|(?<![\w./-])[\w-]+(?:\.[\w-]+)*\.[a-z][a-z0-9]{0,4}(?![\w/-])")
_NAMES_A_CAUSE = ("pg_hba.conf", ".sock")


def without_file_names(lowered: str) -> str:
    """The text without the file names and paths it mentions: a patch named `fix-login.patch` or a file
    `credentials.json` is no evidence of a login or a credential."""
    return _FILE_NAME.sub(lambda m: m.group(0) if m.group(0).endswith(_NAMES_A_CAUSE) else " ", lowered)


_OPTION_NAME = re.compile(r"(?<![\w/.])-{1,2}[a-z][\w-]*|\[-{1,2}\w[^\]\n]{0,40}\]|^\s*usage:[^\n]*(\n[ \t]+[^\n]*)*", re.M)


def without_option_names(lowered: str) -> str:
    """The text without option names and usage synopses: a `--connect-timeout` flag or a
    `[-T TIMEOUT]` in the synopsis is the subject of a usage error, not a timeout."""
    return _OPTION_NAME.sub(" ", lowered)


def infra_vocabulary(lowered: str) -> list[Signal]:
    """Infrastructure words present (a weak sign; the rules hold the strong forms)."""
    out = []
    for pattern, kind in _INFRA_WORDS:
        found = pattern.search(lowered)
        if found:
            word = found.group(0)
            kind = _STATUS_KINDS.get(word, "server_error") if kind == "status" else kind
            out.append(Signal("infra-word", INFRA, kind, 0.5, f"infrastructure vocabulary: {word!r}"))
    return out
