"""What a valid value looks like, as the error message states it, and the test of a value.

Pure. `stated_validation` reads the rule a message states — a regex (`regex used for
validation is '…'`, `must match ^…$`), a format (`expected YYYY-MM-DD`, Go's reference
layouts, ISO 8601, integer, UUID, URL, email, full SHA, JSON …), an enumeration (`must be
one of: a, b, c`, `supported values: "x", "y"`), a numeric range (`between 1 and 100`,
`must be >= 0`), a length limit — and a `did you mean 'x'?` suggestion. `message_kind` says
which kind of value a message is about, so the parameter whose value fails that kind can be
named when the message names none. A validation is a plain dict (the pattern schema's
`mistake_pattern.validation`: `expected`, `regex`, plus `kind`, `enum`, `min`/`max`,
`min_length`/`max_length`, `suggestion`, `applies_to`); `Validator` compiles one for checks.
"""
from __future__ import annotations

import functools
import ipaddress
import json
import re
from datetime import date
from dataclasses import dataclass
from typing import Any, Callable

from .safe_regex import MAX_VALUE_CHARS, anchored, safe_compile

# A value that gives nothing (`args: []`, `""`): a call with it has not given that parameter.
EMPTY: tuple[Any, ...] = (None, "", [], {})


def given_keys(params: dict[str, Any]) -> list[str]:
    """The parameters a call gives a value (an empty one gives nothing)."""
    return [key for key, value in params.items() if value not in EMPTY]

Validation = dict[str, Any]


def _parses(parse: Callable[[str], Any]) -> Callable[[str], bool]:
    """A value test: the value parses (json.loads, ipaddress.ip_address) without a ValueError."""
    def ok(value: str) -> bool:
        try:
            parse(value)
        except ValueError:
            return False
        return True
    return ok


_json_ok = _parses(json.loads)
_ip_ok = _parses(ipaddress.ip_address)


_REF_BAD = re.compile(r"\.\.|@\{|//|[\x00-\x20\x7f~^:?*\[\\]|(?:^|/)\.|\.lock(?:/|$)|^[-/]|[/.]$|^@$")


def _git_ref_ok(value: str) -> bool:
    """git check-ref-format's rules for a branch or tag name (git-check-ref-format(1))."""
    return bool(value) and _REF_BAD.search(value) is None


# PEP 508: a name, optional extras, optional version specifiers (`==`, `>=`, `~=` …), optional marker.
_VERSION_SPEC = r"(?:~=|===|==|!=|<=|>=|<|>)\s*[A-Za-z0-9_.*+!-]+"
_REQUIREMENT = re.compile(rf"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\s*(?:\[[A-Za-z0-9._,\s-]*\])?\s*"
                          rf"(?:\(?\s*{_VERSION_SPEC}(?:\s*,\s*{_VERSION_SPEC})*\s*\)?)?\s*(?:;.*|@\s*\S+)?$")


def _requirement_ok(value: str) -> bool:
    return _REQUIREMENT.match(value) is not None


def path_kind(value: Any) -> str | None:
    """'dir' or 'file' for a value that reads as a path, by the usual naming: a trailing slash or
    a lowercase name without an extension is a directory (`src`, `docs/`); a name with an
    extension or a capitalised one without (`main.py`, `Makefile`, `LICENSE`) is a file."""
    if not isinstance(value, str) or not value or len(value) > 1024 or any(c.isspace() for c in value) or "://" in value:
        return None
    if value.endswith("/"):
        return "dir"
    base = value.rsplit("/", 1)[-1]
    if base.startswith(".") and "." in base[1:]:
        return "file"  # `.gitlab-ci.yml`
    if not base or base.startswith(".") or base in ("..", "~"):
        return None
    if "." in base or base[:1].isupper():
        return "file"
    return "dir"


def gives_parameter(params: dict[str, Any], name: str) -> bool:
    """The call gives `name` (normalised: lowercase, `-` as `_`): as a parameter with a value, as
    a key of a map it passes (`vars: {region: …}` gives `region`), or as a `name=value` assignment
    it passes (`-var instance_count=3`, `--set region=eu`, `-e NAME=x`). A placeholder's alternatives
    (`file_or_dir`) are given by either, and a name by its plural (`files` gives `file`)."""
    if "_or_" in name:
        return any(gives_parameter(params, part) for part in name.split("_or_")[:4] if part)
    for key, value in params.items():
        if value.__class__ is str and "=" in value and _assigns(value, name):
            return True
        if isinstance(value, list) and any(isinstance(v, str) and _assigns(v, name) for v in value[:50]):
            return True
        normal = str(key).lstrip("-").replace("-", "_").lower()
        if (normal == name or normal == name + "s") and value not in EMPTY:
            return True
        if normal.startswith("env_") and name in normal.split("_")[1:] and value not in (None, ""):
            return True  # `AWS_DEFAULT_REGION=eu-west-1 aws …` gives the region
        if value.__class__ is dict and any(str(k).replace("-", "_").lower() == name and v not in (None, "")
                                           for k, v in value.items()):
            return True
    return False


def _assigns(text: str, name: str) -> bool:
    head, eq, _ = text.partition("=")
    return bool(eq) and head.strip().lstrip("-").replace("-", "_").lower() == name


def begins_with(value: str, lead: str) -> bool:
    """`value` begins with `lead` (case-blind, after leading space), and a word lead as a whole word."""
    text = value.lstrip()
    if not text[:len(lead)].lower() == lead.lower():
        return False
    rest = text[len(lead): len(lead) + 1]
    return not lead[-1:].isalnum() or not rest or not (rest.isalnum() or rest == "_")


def list_item_after(value: Any, keyword: str) -> Any:
    """The item right after `keyword` (case-blind) in a list of arguments (`['k', 'v', 'EX', '10s']`, `EX` → '10s')."""
    if not isinstance(value, list):
        return None
    for at, item in enumerate(value[:-1]):
        if isinstance(item, str) and item.upper() == keyword.upper():
            return value[at + 1]
    return None


def setting_pairs(params: Any, depth: int = 0) -> list[str]:
    """`name=value` of every setting a call gives, maps within maps too (`options.arguments.x-message-ttl`)."""
    out: list[str] = []
    if not isinstance(params, dict) or depth > 3:
        return out
    for key, value in list(params.items())[:50]:
        if isinstance(value, dict):
            out += setting_pairs(value, depth + 1)
        elif isinstance(value, (str, int, float, bool)):
            out.append(f"{str(key).lower()}={str(value).lower()}")
    return out


# The file types a tool's own name (or its message's decoder) says it takes: `xz_decompress` reads .xz,
# `python_run_script` .py, `TomlDecodeError` is about TOML.
_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "xz": ("xz", "txz"), "unxz": ("xz", "txz"), "bzip2": ("bz2", "tbz2", "tbz"), "bunzip2": ("bz2", "tbz2", "tbz"),
    "gzip": ("gz", "tgz"), "gunzip": ("gz", "tgz"), "zstd": ("zst",), "unzstd": ("zst",), "unzip": ("zip", "jar"),
    "python": ("py",), "python3": ("py",), "ruby": ("rb",), "php": ("php",), "node": ("js", "mjs", "cjs"),
    "toml": ("toml",), "tomlq": ("toml",), "tomldecodeerror": ("toml",), "jq": ("json",), "jsondecodeerror": ("json",),
    "yamllint": ("yaml",), "yq": ("yaml", "json"), "pkey": ("key", "pem"), "rsa": ("key", "pem"), "javac": ("java",),
}


def own_file_types(tool: str, message: str = "") -> list[str]:
    """The suffixes of the files a tool takes, as its name's words (or a decoder its message names) say; [] if none."""
    words = [w.lower() for w in tool.split("_")] + [w.lower() for w in re.findall(r"\b[A-Za-z]+(?:Decode)?Error\b", message[:2000])]
    found: list[str] = []
    for word in words:
        for suffix in _TYPE_WORDS.get(word, ()):
            if suffix not in found:
                found.append(suffix)
    return found


def suffix_rule(suffixes: list[str]) -> Validation:
    """A file must have one of these suffixes: tested on values that have one (`:memory:`, a statement, pass)."""
    return {"kind": "regex", "regex": r"(?i)\.(?:" + "|".join(re.escape(x) for x in suffixes) + r")$",
            "expected": "a " + " or ".join(f".{x}" for x in suffixes) + " file", "applies_to": _HAS_SUFFIX}


def path_suffixes(value: Any) -> list[str]:
    """The suffixes of a path's last part, lowercased (`dist/site.tar.gz` → ['tar', 'gz'])."""
    if path_kind(value) != "file":
        return []
    base = str(value).rsplit("/", 1)[-1].lower()
    return [_SAME_SUFFIX.get(s, s) for s in base.split(".")[1:] if s and len(s) <= 10 and s.isalnum()][:4]


# Two spellings of one file type: a suffix learned as one is the other too (`.yml` is `.yaml`).
_SAME_SUFFIX = {"yml": "yaml", "jpeg": "jpg", "htm": "html", "markdown": "md", "tif": "tiff", "mjs": "js", "cjs": "js"}


def _port_ok(value: str) -> bool:
    text = value.strip()
    return text.isdigit() and 0 < int(text) <= 65535


def _base64_ok(value: str) -> bool:
    import base64
    import binascii

    text = value.strip()
    try:
        base64.b64decode(text + "=" * (-len(text) % 4) if "-" in text or "_" in text else text,
                         altchars=b"-_" if "-" in text or "_" in text else None, validate=True)
    except (binascii.Error, ValueError):
        return False
    return bool(text)


_CRON_FIELD = re.compile(r"^(?:\*|\?|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/\d+)?(?:,(?:\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/\d+)?)*$")
_CRON_LIMITS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))


def _cron_ok(value: str) -> bool:
    """Five fields (minute hour day month weekday), each `*`, a number in its range, a range, a list or a step;
    or a `@daily`-style name."""
    text = value.strip()
    if text.startswith("@"):
        return text[1:] in ("yearly", "annually", "monthly", "weekly", "daily", "midnight", "hourly", "reboot")
    fields = text.split()
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        return False
    for field, (low, high) in zip(fields, _CRON_LIMITS):
        for number in re.findall(r"(?<![/\w])\d+", field):
            if not low <= int(number) <= high:
                return False
    return True


_PAIRS = {")": "(", "]": "[", "}": "{"}


def _balanced_ok(value: str) -> bool:
    """Every bracket closed in order and every quote closed (outside quotes brackets count)."""
    stack: list[str] = []
    quote = ""
    for char in value[:MAX_VALUE_CHARS]:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            stack.append(char)
        elif char in _PAIRS:
            if not stack or stack.pop() != _PAIRS[char]:
                return False
    return not stack and not quote


def _cidr_ok(value: str) -> bool:
    try:
        ipaddress.ip_network(value, strict=False)
        return "/" in value
    except ValueError:
        return False


@dataclass(frozen=True)
class Kind:
    """A kind of value: what to call it, a regex when one says it, and the test."""
    name: str
    expected: str
    regex: str
    signal: re.Pattern[str]  # the message is about this kind of value
    test: Callable[[str], bool] | None = None


def _kind(name: str, expected: str, regex: str, signal: str, test: Callable[[str], bool] | None = None) -> Kind:
    return Kind(name, expected, regex, re.compile(signal, re.I), test)


_DATE_RX = r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
_DATE_PARTS = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?")


def _date_ok(value: str) -> bool:
    """An ISO 8601 date that is on the calendar (no 2026-02-30, no month 13, no hour 25)."""
    parts = _DATE_PARTS.match(value) if re.search(_DATE_RX, value) is not None else None
    if parts is None:
        return False
    try:
        date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except ValueError:
        return False
    return int(parts["H"] or 0) < 24 and int(parts["M"] or 0) < 60 and int(parts["S"] or 0) < 61
@functools.lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """The IANA time zone names this system knows (empty when it has no tz database: then no value fails)."""
    try:
        import zoneinfo

        return frozenset(zoneinfo.available_timezones())
    except Exception:  # no tz database: nothing to judge a name by
        return frozenset()


def _timezone_ok(value: str) -> bool:
    zones = _time_zones()
    return not zones or value in zones or value.upper() in ("UTC", "GMT", "Z")


_SIZE_SIGNAL = (r"\binvalid (?:size|suffix)\b|\bbyte (?:size|quantity|value)\b|\binvalid (?:memory|disk|storage) (?:size|limit|value)\b"
                r"|\binvalid (?:(?:maximum|minimum|initial|max|min) )?(?:heap|stack|memory|buffer|cache|page|block|chunk) size\b")
_INTEGER_SIGNAL = (r"\b(?:integer|int|whole number|invalid digit|NumberFormatException|for input string|strconv\.Atoi"
                   r"|strconv\.Parse(?:Int|Uint)|parseInt)\b")
_JSON_SIGNAL = (r"\bjson\b|JSONDecodeError|\bJson\w*(?:Exception|Error)\b|Expecting (?:value|property name|',' delimiter|':' delimiter)"
                r"|\binvalid character '.{1,4}' (?:looking for|after|in)|unexpected end of json|Unterminated string")
_UUID_RX = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_GIT_REF_SIGNAL = r"\bnot a valid (?:branch|tag|ref|reference)(?: name)?\b|\binvalid (?:branch|tag|ref) name\b|check-ref-format"

# One row per kind: (name, what a valid value is, its regex or "", the message's signal, its test or None).
# Most specific first: the first kind whose signal the message carries is the message's kind.
# dir_path/file_path: what a path must be, when the message says the value was a directory (EISDIR) or was not one (ENOTDIR);
# size: digits and a unit (docker `--memory 512m`, `invalid suffix: 'q'`); timezone: a name of the system's tz database.
_KIND_ROWS: tuple[tuple[str, str, str, str, Callable[[str], bool] | None], ...] = (
    ("dir_path", "a directory, not a file", "", r"\bENOTDIR\b|\bnot a directory\b", lambda v: path_kind(v) != "file"),
    ("file_path", "a file, not a directory", "", r"\bEISDIR\b|\bis a directory\b|\boperation on a directory\b", lambda v: path_kind(v) != "dir"),
    ("git_ref", "a valid git ref name (no '..', '~', '^', ':', spaces, leading '.' or '-')", "", _GIT_REF_SIGNAL, _git_ref_ok),
    ("requirement", "a PEP 508 requirement (name, then ==, >=, ~= … versions)", "",
     r"\binvalid requirement\b|\bInvalidRequirement\b|\brequirement specifier\b", _requirement_ok),
    ("json", "valid JSON", "", _JSON_SIGNAL, _json_ok),
    # jq `syntax error, unexpected $end`: an expression cut short, its brackets or quotes left open
    ("balanced", "an expression whose brackets and quotes are closed", "",
     r"\bunexpected \$end\b|\bunexpected end of (?:input|expression|file|string)\b|\bunterminated\b|\bunclosed\b"
     r"|\bunbalanced\b|\bmissing closing\b|\bwas never closed\b", _balanced_ok),
    ("uuid", "a UUID", _UUID_RX, r"\b(?:uuid|guid)s?\b", None),
    ("sha", "40-character full git SHA", r"^[0-9a-f]{40}$",
     r"(?<![\w-])(?:sha-?1?|commit(?: hash| id)?|hash|digest|revision|object name|40[- ]char(?:acter)?s?)(?![\w-])", None),
    ("email", "an email address", r"^[^@\s]+@[^@\s]+\.[^@\s]+$", r"\be-?mail(?: address)?\b", None),
    ("url", "an absolute URL", r"(?i)^[a-z][a-z0-9+.-]*://\S+$",
     r"\b(?:url|uri)s?\b|no scheme supplied|missing scheme|unknown url type|unsupported protocol scheme", None),
    ("cidr", "a CIDR block (a.b.c.d/n)", "", r"\bcidr\b", _cidr_ok),
    ("ip", "an IP address", "", r"\bip(?:v4|v6)?(?: address)?\b|\binet_pton\b", _ip_ok),
    ("absolute_path", "an absolute path (starting with /)", r"^(?:/|[A-Za-z]:[\\/])",
     r"\b(?:must be|should be|is not|isn't|not) an? absolute path\b|\bpath must be absolute\b|\babsolute path (?:is )?required\b"
     r"|\brelative paths? (?:is|are) not (?:allowed|supported|permitted)\b", None),
    ("port", "a port number (1-65535)", "", r"\binvalid port\b|\bport\b[^\n]{0,40}\bout of range\b|\bport must be\b", _port_ok),
    ("hex_color", "a hex colour (#rgb or #rrggbb)", r"^#?(?:[0-9a-fA-F]{3}){1,2}$", r"\bhex(?:adecimal)? colou?r\b", None),
    ("base64", "base64 text", "", r"\bbase64\b|\bIncorrect padding\b", _base64_ok),
    ("cron", "a cron expression (minute hour day month weekday)", "", r"\bcron(?:tab)? (?:expression|schedule|spec)\b", _cron_ok),
    ("iso_duration", "an ISO 8601 duration (PT5M, P1D)", r"^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$",
     r"\b(?:iso[- ]?8601 duration|duration in iso|xsd:duration)\b", None),
    ("timezone", "an IANA time zone name (Area/City, such as Europe/Paris)", "", r"\btime ?zones?\b|\btz ?(?:name|database|data)\b", _timezone_ok),
    ("date", "an ISO 8601 date (YYYY-MM-DD)", _DATE_RX,
     r"\b(?:date|datetime|timestamp|iso[- ]?8601|rfc ?3339)s?\b|\bparsing time\b|\bisoformat\b", _date_ok),
    ("size", "a size such as 512m, 2g or 1024k", r"(?i)^\d+(?:\.\d+)?\s*(?:[kmgtpe]i?b?|b)?$", _SIZE_SIGNAL, None),
    # Never a message's kind: `size` tightened, once a failing value passed it (the JVM's `-Xmx1.5g`, `512 m`)
    ("size_strict", "a size of whole digits and one unit letter (512m, 2g, 1024k)", r"(?i)^\d+[kmgtpe]?$", r"(?!)", None),
    ("duration", "a duration such as 30s, 5m or 1h30m", r"^(?:[-+]?(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+|0)$", r"\bduration\b", None),
    ("semver", "a semantic version (1.2.3)", r"^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$",
     r"\b(?:semver|semantic version(?:ing)?)\b", None),
    ("bool", "true or false", r"(?i)^(?:true|false)$", r"\b(?:boolean|bool|true or false)\b", None),
    # space around the digits is no evidence (PostgreSQL, Python, JavaScript read `' 7 '` as 7)
    ("integer", "an integer", r"^\s*[-+]?\d+\s*$", _INTEGER_SIGNAL, None),
    ("number", "a number", r"^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$", r"\b(?:number|numeric|float|decimal|ParseFloat|not a valid number)\b", None),
    # Never a message's kind (its signal matches nothing): inferred for a parameter whose name says it is a
    # quantity when the message says nothing — a number, maybe with a short unit (10M, 30s, 512k).
    ("quantity", "a number, optionally with a short unit (10M, 30s, 512k)", r"^[-+]?\d+(?:\.\d+)?\s?[A-Za-z]{0,3}$", r"(?!)", None),
)
KINDS: tuple[Kind, ...] = tuple(_kind(*row) for row in _KIND_ROWS)
# Kinds of one short token: a value of more than STATEMENT_WORDS words is no value of theirs (`Jan 5 2026` is a
# wrong date; a query is not one), and in a list of text and numbers a text kind tests the text items only.
TOKEN_KINDS = frozenset({"uuid", "sha", "email", "cidr", "ip", "date", "size", "size_strict", "duration", "port",
                         "hex_color", "iso_duration", "semver", "bool",
                         "integer", "number", "quantity"})
_TEXT_KINDS = frozenset({"uuid", "sha", "email", "cidr", "ip", "date", "semver"})
STATEMENT_WORDS = 4
_LITERAL = re.compile(r"'([^'\s]{1,80})'|\"([^\"\s]{1,80})\"")


def is_statement(text: str) -> bool:
    return len(text.split(None, STATEMENT_WORDS)) > STATEMENT_WORDS


def statement_literals(text: str) -> list[str]:
    """The quoted literals of a statement (`'2026-13-01'` in `… WHERE started > '2026-13-01'`)."""
    return [a or b for a, b in _LITERAL.findall(text[:MAX_VALUE_CHARS])][:20]
KIND_BY_NAME = {kind.name: kind for kind in KINDS}
# A kind and the stricter one a failing value that passes it calls for (`1.5g` failed: a size has whole digits).
TIGHTER_KIND = {"size": "size_strict", "quantity": "integer"}


# Where a message's help text starts (a usage line, an option list): its words (`--uri`,
# `--date`) are documentation of every option, not the kind of value this failure is about.
_HELP = re.compile(r"^\W*(?:\w+:?\s+)?(?:usage|options|optional flags|flags|available commands)\b.*$", re.I | re.M)


@functools.lru_cache(maxsize=256)  # pure; asked twice per extraction of a format mistake
def message_kind(message: str) -> Kind | None:
    """The kind of value the message is about, when it names one (its help text aside)."""
    help_start = _HELP.search(message)
    if help_start is not None and help_start.start() > 0:
        message = message[:help_start.start()]
    return next((kind for kind in KINDS if kind.signal.search(message)), None)


def kind_accepts(kind: Kind, value: Any) -> bool:
    text = str(value)[:MAX_VALUE_CHARS]
    if kind.test is not None:
        return kind.test(text)
    return re.search(kind.regex, text) is not None


# ---------------------------------------------------------------- stated rules
_Q = r"""['"`\u2018\u2019\u201c\u201d]"""
_STATED_REGEX = (
    # Kubernetes: "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?'": the whole value
    (re.compile(rf"regex used for validation is {_Q}(?P<rx>.+?){_Q}(?:\)|,|$|\s)", re.I), True),
    (re.compile(rf"\b(?:must|should|has to|needs? to) (?:fully )?match(?:es)?(?: the)?(?: (?:regex|regexp|regular expression|pattern))?:?\s*"
                rf"(?:{_Q}(?P<rx>[^'\"`\n]+?){_Q}|/(?P<rx2>[^/\n]+)/|(?P<rx3>\^\S+\$))", re.I), True),
    (re.compile(rf"\b(?:does not|doesn't|did not|didn't|failed to) match (?:the )?(?:regex|regexp|regular expression|pattern)?\s*:?\s*"
                rf"(?:{_Q}(?P<rx>[^'\"`\n]+?){_Q}|/(?P<rx2>[^/\n]+)/|(?P<rx3>\^\S+\$))", re.I), False),
    (re.compile(rf"\bpattern\s*[:=]\s*(?:{_Q}(?P<rx>[^'\"`\n]+?){_Q}|/(?P<rx2>[^/\n]+)/|(?P<rx3>\^\S+\$))", re.I), False),
)
_REGEX_HINT = re.compile(r"[\[\]\\^$*+?{}()|]")  # a stated "regex" with none of these is a plain word

_LAYOUT_TOKEN = re.compile(r"YYYY|yyyy|YY|yy|MM|DD|dd|HH|hh|mm|SSS|sss|SS|ss|Z|T|[-/.: ]")
_LAYOUT = re.compile(r"(?<![\w])(?P<f>(?:YYYY|yyyy)(?:[-/.](?:MM|mm)(?:[-/.](?:DD|dd))?)?(?:[T ](?:HH|hh):mm(?::(?:SS|ss))?(?:\.(?:SSS|sss))?Z?)?"
                     r"|(?:DD|dd)[-/.](?:MM|mm)[-/.](?:YYYY|yyyy)|(?:MM|mm)[-/.](?:DD|dd)[-/.](?:YYYY|yyyy)"
                     r"|(?:HH|hh):(?:mm|MM)(?::(?:SS|ss))?)(?![\w])")  # after an hour, MM is the minutes (`Expected HH:MM`)
_GO_LAYOUT = re.compile(r'\bas "(?P<f>(?:2006|01|02|15|04|05|Jan|Mon|MST|Z07:00|-07:00|[-/.:T ])+)"')
_GO_PARTS = {"2006": r"\d{4}", "01": r"\d{2}", "02": r"\d{2}", "15": r"\d{2}", "04": r"\d{2}", "05": r"\d{2}",
             "Z07:00": r"(?:Z|[+-]\d{2}:\d{2})", "-07:00": r"[+-]\d{2}:\d{2}", "Jan": r"[A-Z][a-z]{2}",
             "Mon": r"[A-Z][a-z]{2}", "MST": r"[A-Z]{3,4}"}
_GO_SPLIT = re.compile("(" + "|".join(re.escape(k) for k in sorted(_GO_PARTS, key=len, reverse=True)) + ")")

_VERSION_LAYOUT = re.compile(r"\b(?:expected|required|valid)? ?(?:format|form|as)\s*:?\s*['\"`](?P<f>[xyzn](?:\.[xyzn]){1,3})['\"`]", re.I)
_ENUM = re.compile(
    r"(?:\b(?:must|should) be one of|\bis not one of|\bnot one of|\bexpected one of|\bone of the following"
    r"|\bvalid (?:values|options|choices|types|modes|levels) (?:are|is|include)|\b(?:supported|allowed|accepted|possible|permitted|"
    r"available|valid) (?:values|options|choices|types|formats|modes|levels)(?: are| is| include)?|\bchoose from|\bpermitted:|\bexpected \w+ to be one of"
    rf"|\b(?:input )?should be(?= {_Q})|\bmust be(?= {_Q}[^'\"`]+{_Q}(?:,| or))|\bmust be either|\(from versions"
    # `Available lifecycle phases are: a, b`, `available bin targets:` then one per line, `Available fields:`
    r"|\b(?:available|valid|supported|allowed|accepted|known|possible) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*?s(?: are| include)?(?=\s*:))"
    r"\s*:?[ \t]*(?P<rest>.+|\n(?:[ \t]+[\w./:@+*-]{1,60}[ \t]*\n?){2,})", re.I)
_QUOTED = re.compile(r"'([^'\n]{1,60})'|\"([^\"\n]{1,60})\"|`([^`\n]{1,60})`|\u201c([^\u201d\n]{1,60})\u201d")
MAX_ENUM = 400  # a package's released versions (`from versions: 0.2.0, …, 2.34.2`) run to a few hundred
_LEAD_IN = re.compile(r"^(?:the following|these|those)(?: (?:values|options|choices))?\s*:?\s*", re.I)
_ITEM = re.compile(r"^[\w./:@+*-]{1,60}$")
_SUGGEST = re.compile(rf"\b(?:did you mean|perhaps you meant|maybe you meant|the most similar (?:command|value|name)s? (?:is|are))"
                      rf"\s*:?\s*(?:one of\s*)?{_Q}?(?P<s>[\w./:@+-]{{1,80}}){_Q}?", re.I)

_SINGULAR = {"queries": "query", "statements": "statement", "commands": "command", "requests": "request",
             "operations": "operation", "methods": "method"}
_ONLY_ALLOWED = re.compile(r"\b[Oo]nly (?P<w>[A-Z]{2,20}) (?P<what>queries|statements|commands|requests|operations|methods) "
                          r"(?:are|is) (?:allowed|permitted|supported|accepted)\b")
_CASE = re.compile(r"\b(?:must|should|has to|needs? to) (?:be |contain )?(?:only )?(?P<case>lower|upper)[- ]?case\b", re.I)

_FORBIDDEN_CHAR = re.compile(r"\b(?:invalid|illegal|forbidden|disallowed|unexpected|unsupported|bad) char(?:acter)?s?\s*:?\s*"
                            r"(?:'([^'])'|\"([^\"])\"|`([^`])`)", re.I)
_SUFFIX_LIST = re.compile(r"\((?P<list>\.[A-Za-z0-9]{1,10}(?:\s*(?:,|\bor\b|/)\s*\.[A-Za-z0-9]{1,10})+)\)")
# A file type the message says the input is not: the suffixes such a file has.
_DB_FILES = ("db", "sqlite", "sqlite3", "db3")
_FILE_TYPES = {"zip": ("zip",), "zipfile": ("zip",), "gzip": ("gz", "tgz"), "tar": ("tar", "tgz"), "json": ("json",),
               "yaml": ("yaml",), "xml": ("xml",), "pdf": ("pdf",), "png": ("png",), "jpeg": ("jpg",), "jar": ("jar",),
               "duckdb": ("duckdb", "db", "ddb"), "sqlite": _DB_FILES, "sqlite3": _DB_FILES, "database": _DB_FILES}
# `is not a zipfile`, `is not a valid DuckDB database file`, `file is not a database`, `Invalid or corrupt jarfile`
_NOT_A_TYPE = re.compile(r"\b(?:is not|isn't)\s+an?\s+(?:valid\s+)?(?P<t>zipfile|zip|gzip|tar|json|yaml|xml|pdf|png|jpeg|jar|duckdb|"
                         r"sqlite3?|database)(?:\s+database)?(?:\s*(?:file|archive))?\b"
                         r"|\b(?:invalid|corrupt)(?:\s+or\s+corrupt)?\s+(?P<t2>jar|zip|gzip|tar)\s?(?:file|archive)\b", re.I)
# what a suffix rule is about: a value with a suffix (`:memory:`, a statement, say nothing of file types)
_HAS_SUFFIX = r"\.[A-Za-z0-9]{1,10}$"


def _stated_suffixes(message: str) -> list[str]:
    """The file suffixes a message says the input must have: a list of them in parentheses, or the type it is not."""
    listed = _SUFFIX_LIST.search(message[:4000])
    if listed:
        return list(dict.fromkeys(x.lower() for x in re.findall(r"\.([A-Za-z0-9]{1,10})", listed.group("list"))))
    kind = _NOT_A_TYPE.search(message[:4000])
    return list(_FILE_TYPES[(kind.group("t") or kind.group("t2")).lower()]) if kind else []


_NOT_SUGGESTIONS = frozenset({"this", "these", "that", "those", "one", "it", "any", "something"})
_NUM = r"(?P<n>[-+]?\d+(?:\.\d+)?)"
_UNIT = r"(?P<unit>\s*(?:characters?|chars?|bytes?|letters?|digits? long|long|in length|items?|elements?|entries))?"
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?P<a>[-+]?\d+(?:\.\d+)?)\s+(?:and|to)\s+(?P<b>[-+]?\d+(?:\.\d+)?)" + _UNIT
                      + r"|\b(?:in|within|of|out of)\s+(?:the\s+)?(?:valid\s+|allowed\s+)?range\s*:?\s*[\[(]?\s*(?P<a2>[-+]?\d+(?:\.\d+)?)"
                      r"\s*(?:,|-|\.\.=?|to|and)\s*(?P<b2>[-+]?\d+(?:\.\d+)?)\s*[\])]?", re.I)
_COMPARE = re.compile(
    r"\b(?P<neg>must not be|should not be|cannot be|can't be|may not be|must not|cannot)?\s*"
    r"(?P<op>>=|=>|≥|<=|=<|≤|>|<|at least|at most|greater than or equal to|less than or equal to|greater than|less than|more than|"
    r"fewer than|larger than|smaller than|bigger than|no (?:less|fewer|more|greater|larger) than|not (?:less|more|greater|larger) than|"
    r"exceed|above|below|the minimum of|the maximum of|minimum(?: value)?(?: is| of)?|maximum(?: value)?(?: is| of)?|max(?:imum)?:|min(?:imum)?:)"
    r"\s*(?:the\s+)?(?:value\s+)?(?:of\s+)?" + _NUM + _UNIT, re.I)
_MIN_OPS = {">=": False, "=>": False, "≥": False, "at least": False, "greater than or equal to": False, "no less than": False,
            "no fewer than": False, "not less than": False, "the minimum of": False, "minimum": False, "minimum is": False,
            "minimum of": False, "minimum value": False, "minimum value is": False, "minimum value of": False, "min:": False,
            "minimum:": False, ">": True, "greater than": True, "more than": True, "larger than": True, "bigger than": True,
            "above": True}
_MAX_OPS = {"<=": False, "=<": False, "≤": False, "at most": False, "less than or equal to": False, "no more than": False,
            "no greater than": False, "no larger than": False, "not more than": False, "not greater than": False,
            "not larger than": False, "the maximum of": False, "maximum": False, "maximum is": False, "maximum of": False,
            "maximum value": False, "maximum value is": False, "maximum value of": False, "max:": False, "maximum:": False,
            "exceed": False, "<": True, "less than": True, "fewer than": True, "smaller than": True, "below": True}
_POSITIVE = re.compile(r"\b(?:must be|should be|expected|requires?|is not) (?:a |an )?(?P<w>positive|non-negative|nonnegative|natural)\b", re.I)


def _layout_regex(layout: str) -> str:
    out = []
    for token in _LAYOUT_TOKEN.findall(layout):
        if token[0] in "YyMDdHhmSs":
            out.append(rf"\d{{{len(token)}}}")
        elif token == "Z":
            out.append(r"(?:Z|[+-]\d{2}:?\d{2})?")
        elif token == "T":
            out.append("T")
        else:
            out.append(re.escape(token))
    return "^" + "".join(out) + "$"


def _go_layout_regex(layout: str) -> str:
    return "^" + "".join(_GO_PARTS.get(part, re.escape(part)) for part in _GO_SPLIT.split(layout) if part) + "$"


def _enum_items(rest: str) -> list[str]:
    if rest.startswith("\n"):  # one item per indented line (`help: available bin targets:\n    app\n    migrate`)
        items = [line.strip() for line in rest.strip("\n").split("\n") if line.strip()]
        return list(dict.fromkeys(items)) if 2 <= len(items) <= MAX_ENUM else []
    rest = rest.strip().split("\n")[0]
    rest = _LEAD_IN.sub("", rest)  # "must be one of the following: a, b": the items start after the colon
    if re.match(r"^[\w.-]{1,30}\s*\]", rest):  # `[possible values: 1]`: one value, closed by the bracket
        return [rest.split("]")[0].strip()]
    if rest[:1] in "[({<":
        close = {"[": "]", "(": ")", "{": "}", "<": ">"}[rest[0]]
        end = rest.find(close)
        body = rest[1:end] if end > 0 else rest[1:]
    else:
        body = re.split(r"[;)\]]|\.(?:\s|$)|\s(?:but|got|instead|received|found|provided)\b", rest)[0]
    quoted = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(body)]
    if len(quoted) >= 2:
        items = quoted
    else:
        parts = re.split(r"\s*(?:,|\||\bor\b|\band\b)\s*", body)
        if len(parts) == 1:
            parts = body.split()
        items = [p.strip(" '\"`\u201c\u201d") for p in parts]
    items = [item for item in items if item]
    if len(items) < 2 or len(items) > MAX_ENUM or not all(_ITEM.match(item) for item in items):
        return []
    return list(dict.fromkeys(items))


def _bounds(message: str) -> Validation:
    found: Validation = {}

    def put(name: str, number: str, exclusive: bool = False, length: bool = False) -> None:
        key = f"{name}_length" if length else name
        value = float(number)
        if length:
            value = int(value) + (1 if exclusive and name == "min" else -1 if exclusive else 0)
            found.setdefault(key, int(value))
            return
        found.setdefault(key, int(value) if value.is_integer() else value)
        if exclusive:
            found.setdefault(f"exclusive_{name}", True)

    for match in _BETWEEN.finditer(message):
        low, high = match.group("a") or match.group("a2"), match.group("b") or match.group("b2")
        length = bool(match.group("unit"))
        put("min", low, length=length)
        put("max", high, length=length)
    for match in _COMPARE.finditer(message):
        op = match.group("op").lower()
        op = re.sub(r"\s+", " ", op)
        negated = bool(match.group("neg"))
        length = bool(match.group("unit"))
        if op in _MIN_OPS:
            exclusive = _MIN_OPS[op]
            put("max", match.group("n"), not exclusive, length) if negated else put("min", match.group("n"), exclusive, length)
        elif op in _MAX_OPS:
            exclusive = _MAX_OPS[op]
            put("min", match.group("n"), not exclusive, length) if negated else put("max", match.group("n"), exclusive, length)
    positive = _POSITIVE.search(message)
    if positive:
        word = positive.group("w").lower()
        put("min", "0", exclusive=word in ("positive", "natural"))
    return found


# A schema validator's type mismatch (zod `expected number, received string`, JSON Schema
# `'20' is not of type 'integer'`): the value's type is the mistake, not its text ("20" is fine as 20).
_JSON_TYPES = {"number": "number", "integer": "integer", "int": "integer", "boolean": "boolean", "bool": "boolean",
               "array": "array", "object": "object", "string": "string"}
_TYPE_MISMATCH = re.compile(
    r"\bexpected (?P<t>number|integer|int|boolean|bool|array|object|string), (?:received|got) (?P<r>string|number|integer|boolean|array|object|null)\b"
    rf"|\bis not of type {_Q}(?P<t2>number|integer|boolean|array|object|string){_Q}", re.I)


def _type_ok(json_type: str, value: Any) -> bool:
    if json_type == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if json_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if json_type == "boolean":
        return isinstance(value, bool)
    if json_type == "array":
        return isinstance(value, (list, tuple))
    return isinstance(value, dict) if json_type == "object" else isinstance(value, str)


def stated_validation(message: str) -> Validation:
    """What the message states a valid value looks like, in so many words ({} when it says nothing).

    The kind of value it is about (`message_kind`) is not included: "revision not found"
    is about a SHA without saying a SHA was malformed.
    """
    found: Validation = {}
    mismatch = _TYPE_MISMATCH.search(message)
    if mismatch:
        json_type = _JSON_TYPES[(mismatch.group("t") or mismatch.group("t2")).lower()]
        return {"kind": "json_type", "json_type": json_type, "expected": f"a JSON {json_type} (not quoted as text)"
                if json_type != "string" else "a JSON string"}
    for pattern, whole in _STATED_REGEX:
        match = pattern.search(message)
        if not match:
            continue
        raw = next((g for g in match.groups() if g), "")
        regex = anchored(raw, whole)
        if _REGEX_HINT.search(raw) and safe_compile(regex) is not None:
            found.update(kind="regex", regex=regex, expected=f"a value matching {raw}")
            break
    only = _ONLY_ALLOWED.search(message)
    if only and "regex" not in found:  # "Only SELECT queries are allowed": the statement's first word
        word = only.group("w")
        found.update(kind="regex", regex=rf"(?i)^\s*{word}\b", expected=f"a {word} {_SINGULAR.get(only.group('what'), only.group('what'))}")
    forbidden = _FORBIDDEN_CHAR.search(message)
    if forbidden and "regex" not in found:  # go `malformed module path "My Module": invalid char ' '`
        char = next(g for g in forbidden.groups() if g is not None)
        found.update(kind="regex", regex=f"^[^{re.escape(char)}]*$", expected=f"a value without {char!r}")
    suffixes = _stated_suffixes(message)
    if suffixes and "regex" not in found:  # gpg `the signature file (.sig or .asc)`, unzip `is not a zipfile`
        found.update(suffix_rule(suffixes))
    case = _CASE.search(message)
    if case and "regex" not in found:
        lower = case.group("case").lower() == "lower"
        found.update(kind="regex", regex=r"^[^A-Z]*$" if lower else r"^[^a-z]*$",
                     expected="lowercase" if lower else "uppercase")
    version = _VERSION_LAYOUT.search(message)
    if version and "regex" not in found:  # mypy `(expected format: 'x.y')`: letters standing for numbers
        dots = version.group("f").count(".")
        found.update(kind="regex", regex=rf"^\d+(?:\.\d+){{{dots}}}$", expected=f"a version as {version.group('f')}")
    layout = _GO_LAYOUT.search(message)
    if layout:
        found.setdefault("regex", _go_layout_regex(layout.group("f")))
        found.setdefault("expected", f"a time in the layout {layout.group('f')}")
        found.setdefault("kind", "date")
    elif (layout := _LAYOUT.search(message)) and "regex" not in found:
        found.update(kind="date", regex=_layout_regex(layout.group("f")), expected=f"a date/time as {layout.group('f')}")
    enum = _ENUM.search(message)
    items = _enum_items(enum.group("rest")) if enum else []
    if items:
        found["enum"] = items
        found.setdefault("kind", "enum")
        found.setdefault("expected", "one of " + ", ".join(items[:12]) + (" …" if len(items) > 12 else ""))
    bounds = _bounds(message)
    if bounds:
        found.update({k: v for k, v in bounds.items() if k not in found})
        if "min" in bounds or "max" in bounds:
            found.setdefault("kind", "range")
        found.setdefault("expected", _describe_bounds(bounds))
    suggestion = _SUGGEST.search(message)
    if suggestion and not suggestion.group("s").startswith("-") and suggestion.group("s").lower() not in _NOT_SUGGESTIONS:
        found["suggestion"] = suggestion.group("s")
    return found


def _describe_bounds(bounds: Validation) -> str:
    parts = []
    for name, word in (("min", ">"), ("max", "<")):
        if name in bounds:
            parts.append(f"{word}{'' if bounds.get(f'exclusive_{name}') else '='} {bounds[name]}")
    if "min_length" in bounds:
        parts.append(f"at least {bounds['min_length']} characters")
    if "max_length" in bounds:
        parts.append(f"at most {bounds['max_length']} characters")
    return "a value " + " and ".join(parts)


# ---------------------------------------------------------------- checks
class Validator:
    """A validation prepared once; `fails(value)` is the reason a value breaks it, or None.

    Only the checks the validation has are run (a pre-call check has a budget of microseconds)."""

    __slots__ = ("regex", "kind_test", "enum", "min", "max", "exclusive_min", "exclusive_max", "min_length",
                 "max_length", "scope", "numeric", "expected", "_checks", "only_regex", "json_type", "assigned", "embedded",
                 "token_kind")

    def __init__(self, validation: Validation) -> None:
        kind = KIND_BY_NAME.get(str(validation.get("kind") or ""))
        self.expected = str(validation.get("expected") or (kind.expected if kind else "in the expected format"))
        self.regex = safe_compile(validation.get("regex"))
        # a kind's own test, unless the validation states its own regex (`DD/MM/YYYY` is a date too)
        stated_own = bool(validation.get("regex")) and kind is not None and bool(kind.regex) and validation.get("regex") != kind.regex
        self.kind_test = kind.test if kind is not None and kind.test is not None and not stated_own else None
        # the kind of one short token (a date, an integer): a whole statement or a list's other-typed items are not of it
        self.token_kind = kind.name if kind is not None and kind.name in TOKEN_KINDS else None
        enum = validation.get("enum")
        self.enum = frozenset(str(item) for item in enum) if enum else None
        self.min, self.max = validation.get("min"), validation.get("max")
        self.exclusive_min, self.exclusive_max = bool(validation.get("exclusive_min")), bool(validation.get("exclusive_max"))
        self.min_length, self.max_length = validation.get("min_length"), validation.get("max_length")
        self.numeric = self.min is not None or self.max is not None
        self.scope = safe_compile(validation.get("applies_to"))
        assigned = validation.get("assigned")
        operator = str(validation.get("assign_op") or "=")
        self.assigned = f"{assigned}{operator}" if isinstance(assigned, str) and assigned else None
        # tokens of one shape inside a longer value (the date literals of a query), each tested
        self.embedded = safe_compile(validation.get("embedded"))
        json_type = validation.get("json_type")
        self.json_type = json_type if json_type in ("number", "integer", "boolean", "array", "object", "string") else None
        checks: list[Callable[[str, Any], str | None]] = []
        if self.enum is not None:
            checks.append(self._enum)
        if self.regex is not None:
            checks.append(self._regex)
        if self.kind_test is not None:
            checks.append(self._kind)
        if self.numeric:
            checks.append(self._range)
        if self.min_length is not None or self.max_length is not None:
            checks.append(self._length)
        self._checks = tuple(checks)
        # A regex and nothing else (the usual learned validation): callers may run it inline.
        self.only_regex = (self.regex if checks == [self._regex] and self.scope is None and self.assigned is None
                           and self.embedded is None else None)

    @property
    def empty(self) -> bool:
        return not self._checks and self.json_type is None

    def _enum(self, text: str, value: Any) -> str | None:
        if text in self.enum:  # type: ignore[operator]
            return None
        if "," in text and all(item.strip() in self.enum for item in text.split(",")[:50]):  # type: ignore[operator]
            return None  # a comma list of accepted items (`--json name,url`)
        if "=" in text and text.split("=", 1)[0] in self.enum:  # type: ignore[operator]
            return None  # an accepted value with its argument (`jsonpath={.items[*].name}`, `custom-columns=…`)
        return "not one of the accepted values"

    def _regex(self, text: str, value: Any) -> str | None:
        return None if self.regex.search(text) is not None else f"not {self.expected}"  # type: ignore[union-attr]

    def _kind(self, text: str, value: Any) -> str | None:
        return None if not isinstance(value, str) or self.kind_test(text) else f"not {self.expected}"  # type: ignore[misc]

    def _range(self, text: str, value: Any) -> str | None:
        try:
            number = float(text)
        except ValueError:
            return "not a number"
        if self.min is not None and (number < self.min or (self.exclusive_min and number == self.min)):
            return f"below the minimum {self.min}"
        if self.max is not None and (number > self.max or (self.exclusive_max and number == self.max)):
            return f"above the maximum {self.max}"
        return None

    def _length(self, text: str, value: Any) -> str | None:
        if self.min_length is not None and len(text) < self.min_length:
            return f"shorter than {self.min_length} characters"
        if self.max_length is not None and len(text) > self.max_length:
            return f"longer than {self.max_length} characters"
        return None

    def fails(self, value: Any, _depth: int = 0) -> str | None:
        if self.json_type is not None:  # the type is the test, the value as given (not its text)
            return None if value is None or _type_ok(self.json_type, value) else f"not {self.expected}"
        if value.__class__ is str:
            text = value if len(value) <= MAX_VALUE_CHARS else value[:MAX_VALUE_CHARS]
        elif isinstance(value, (list, tuple, dict)):
            if _depth >= 2:  # a list of maps is still values; deeper is a document, not a parameter
                return None
            items = list(value.values())[:50] if isinstance(value, dict) else value[:50]  # a map's values are values
            if self.token_kind in _TEXT_KINDS and any(item.__class__ is str for item in items):
                items = [item for item in items if item.__class__ is str]  # `[20, '2026-02-28']`: 20 is the id, not a date
            return next((reason for item in items if (reason := self.fails(item, _depth + 1))), None)
        elif value is None or isinstance(value, bool):
            return None
        else:
            text = str(value)[:MAX_VALUE_CHARS]
        if self.assigned is not None:  # the value of one `name=value` argument (`-var instance_count=two`)
            if not text.startswith(self.assigned):
                return None
            text = value = text[len(self.assigned):]
        if self.scope is not None and self.scope.search(text) is None:
            return None  # learned on another kind of value: no evidence about this one
        if self.embedded is not None:
            for token in self.embedded.findall(text)[:20]:
                reason = next((r for check in self._checks if (r := check(token, token)) is not None), None)
                if reason is not None:
                    return f"{token!r} {reason}" if reason.startswith("not ") else reason
            return None
        if self.token_kind is not None and is_statement(text):
            return None  # `SELECT * FROM events WHERE day >= ?::DATE` is a statement, not a date
        for check in self._checks:
            reason = check(text, value)
            if reason is not None:
                return reason
        return None


def validation_fails(validation: Validation, value: Any) -> bool:
    """Does this value break the validation? (Extraction-time helper; checks compile once.)"""
    validator = Validator(validation)
    return not validator.empty and validator.fails(value) is not None
