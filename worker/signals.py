"""General evidence for a failed call that no rule recognised: signals, not strings.

Pure functions over the error text and the call's own parameters. Each signal says what it
points at (a usage category or an infrastructure kind), how strongly, and why — so the
classifier's default is evidence rather than silence, and `explain` can show its work:

- `quoted_parameters`: the message repeats one of the call's own values or names (the
  strongest sign that the call itself, not the machine, was wrong);
- `exception_signals`: exception class / error code names (`NoCredentialsError`,
  `InvalidRequestError`, `channel_not_found`, `(NoSuchBucket)`) read by their morphemes;
- `infra_vocabulary`: the small, closed vocabulary of infrastructure causes (refused,
  reset, unreachable, DNS, timeout, TLS, 401/403/429/5xx, disk full, OOM, daemon down);
- `usage_shape`: wording that describes a request being wrong (invalid, unknown, must …).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from .literals import found_in, scanner
from .rules import Alternation

USAGE = "usage"
INFRA = "infra"


@dataclass(frozen=True)
class Signal:
    """One piece of evidence: `points` is a usage category or an infrastructure kind."""
    name: str
    side: str  # USAGE or INFRA
    points: str | None
    weight: float
    detail: str
    param: str | None = None


# --------------------------------------------------------------------- the call's own values
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


def _values(params: dict[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if isinstance(value, bool):
            continue
        if isinstance(value, (str, int, float)):
            pairs.append((key, str(value)))
        elif isinstance(value, (list, tuple)):
            pairs.extend((key, str(item)) for item in value[:10] if isinstance(item, (str, int)))
        elif isinstance(value, dict):
            pairs.extend((key, str(item)) for item in list(value.values())[:10] if isinstance(item, (str, int)))
    return pairs


@functools.lru_cache(maxsize=4096)
def _names_field(key: str) -> re.Pattern[str]:
    """The search for a (lowered) parameter name quoted or written as a field, compiled once per name."""
    return re.compile(rf"[\"'`\[(]{re.escape(key)}[\"'`\])]|\b{re.escape(key)}\b\s*[:=]")


def quoted_parameters(params: dict[str, Any], text: str) -> list[Signal]:
    """Values of the call (3+ chars, not a common word, not the whole long query) that the message
    repeats as a whole token, then parameter names it mentions as a field (`'customerId'`, `topic:`)."""
    out: list[Signal] = []
    for key, value in sorted(_values(params), key=lambda kv: -len(kv[1])):
        value = value.strip()
        if len(value) < 3 or len(value) > 200 or value.lower() in _TRIVIAL or value.isdigit() and len(value) < 4:
            continue
        if _bounded(value, text):
            out.append(Signal("quotes-param-value", USAGE, None, 0.6, f"the message repeats {key}={value!r}", key))
            break
    lowered = text.lower()
    for key in params:
        if len(key) >= 3 and _names_field(key.lower()).search(lowered):
            out.append(Signal("names-param", USAGE, None, 0.55, f"the message names the parameter {key!r}", key))
            break
    return out


# --------------------------------------------------------------------- exception / code names
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


# --------------------------------------------------------------------- infrastructure vocabulary
_INFRA_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), kind) for p, kind in (
    (r"\b(refused|reset by peer|unreachable|econn\w+|no servers? available|broken pipe|disconnected(?! before secure)|"
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


def scrub(lowered: str, params: dict[str, Any]) -> str:
    """The text without the call's own values: a path `config/timeout.yaml` or a host named
    `ssl-proxy` the agent passed is no evidence of a timeout or a TLS fault."""
    for _, value in _values(params):
        value = value.strip().lower()
        if len(value) >= 3:
            lowered = lowered.replace(value, " ")
    return lowered


_CHOICE_LIST = re.compile(r"\b(choices are|(valid|supported|allowed|available) (values|options|choices|fields) are|"
                          r"(expected|must be|should be) one of|perhaps you meant|did you mean)\b[^\n|]*")


def without_choice_lists(lowered: str) -> str:
    """The text without the lists of valid choices it offers: a field named `password` or a mode named
    `timeout` among the choices is no evidence of a credential or a timeout."""
    return _CHOICE_LIST.sub(" ", lowered)


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


# --------------------------------------------------------------------- usage wording
# Category cues, in the order they are tried. A *strong* cue says which kind of mistake it is
# whatever else the message says (a message can say "invalid" and list the choices: a wrong
# choice; or "expected string, received undefined": a value not given). A *weak* cue is only
# the general shape of a request error; the first family found decides, in the order below.
PLAIN_NAME = "INCORRECT_PARAMETER?"  # INCORRECT_PARAMETER when a value of the call in the message is a plain name
UNSUPPORTED = "INCORRECT_PARAMETER!"  # INCORRECT_PARAMETER when what is not supported is a value of a kind (not a syntax, an operation)
MISSING_PLACE = "MISSING_PREREQUISITE?"  # MISSING_PREREQUISITE when the file not found is a program, or where the call writes
IN_RANGE = "INCORRECT_PARAMETER~"  # INCORRECT_PARAMETER unless the words say the value is not of the type wanted
_PLAIN = re.compile(r"[A-Za-z][\w+-]*(?:[./:][\w+-]+)*")
_STRONG_CUES: tuple[tuple[Alternation, str], ...] = tuple((Alternation(p), c) for p, c in (
    # the tool is the wrong one: a subcommand or tool that does not exist, input it cannot read
    (r"\b(is not a (valid )?(tool|command|\w+ command)|unknown (sub)?command|unrecognized (sub)?command|"
     r"no such (sub)?command|has no command named|(sub)?command [`'\"]?[\w:.-]+[`'\"]? (not found|does not exist|not recognized)|"
     r"argument (subcommand|command|cmd)\b|is a directory|is not a directory|not a directory|eisdir|enotdir|"
     r"method not found|can only be used (when|with|for|on|in|after|if|by)|use [`'\"]?[\w./ -]{1,30}[`'\"]? instead|"
     r"please use|(file|input) is not an? \w+|not in gzip format|bad magic number|no valid openpgp data|"
     r"not an? (zip|tar|gzip|jar|pdf|png|image|archive|database|public key|private key|\w+ archive)( file)?\b|"
     r"only [\w-]+( [\w-]+)? (queries|statements|commands|requests|operations|files|urls|methods) are|"
     r"is not an? [\w-]+ (file|archive)\b|(input|data) is not \w+ (encrypted|compressed|encoded))",
     "WRONG_TOOL_SELECTION"),
    # input of a kind the tool cannot read (a CSV to a Parquet reader, an HTML page to a JSON decoder), or an
    # async API called as if it were sync (and the other way round): the tool or its variant is the wrong one
    (r"\b(no magic bytes|file out of specification|does not support (the )?\.?[\w-]+ (file )?format|"
     r"unexpected mimetype|unexpected token [`'\"]<[`'\"]|"
     r"can't be used in [`'\"]await[`'\"] expression|object is not awaitable|was never awaited|"
     r"cannot use import statement outside a module|only execute one statement|no connection adapters)|[`'\"]<!doctype|"
     r"[`'\"]coroutine[`'\"] object (has no attribute|is not (subscriptable|iterable))",
     "WRONG_TOOL_SELECTION"),
    # a value that was not given
    (r"(?:(received|got:?) undefined\b|(^|[:,|] ?)required\b|\b(field|argument|parameter|property|option|"
     r"value|key|input|variable)s? (is |are )?required\b|\bmissing (required )?(argument|parameter|field|option|value|"
     r"property|input|key|operand|body|name)s?\b|\brequired (argument|parameter|field|option|property|input|value)s? "
     r"(is |are )?(missing|not)|\bmust be (supplied|provided|specified|given|passed)\b|\b(was|were|is|are) not "
     r"(provided|given|supplied|specified|passed)\b|\b(null|none) or undefined\b|undefined or null|was passed (a )?null|"
     r"\bunbound variable|\b(cannot|can't|must not|may not|should not|is not allowed to) be (empty|blank|null|none)\b|\bno value "
     r"(for|given|provided|specified)\b|\bno input files?\b|\brequires (a |an )?(parameter|argument|value)\b|"
     r"(?<!an )\b(empty|blank) (\w+ )?(message|name|body|list|array|query|title|text)\b|\bnot[- ]null constraint|"
     r"\bnull value in column|expected (array|list) to have >= ?1|\bmust (specify|provide|supply|pass|use) (a |an |the )?"
     r"(-{1,2}\w|\w+ (argument|option|parameter|name|value))|\b(field|argument|parameter|property|option|value|key|input|"
     r"variable) [`'\"][\w.$\[\]-]+[`'\"] (is |are )?required\b|\bmissing [`'\"](?![\w.-]+\.(json|toml|ya?ml|lock|cfg|ini|mod|work)[`'\"])[\w.$-]+[`'\"]|\b(to|must|should) not "
     r"be (null|empty|blank)\b|\b(have|contain) at least (1|one) (item|element|value|entry)\b|\bparameter[_ ]missing\b|\b(no|nor) -{1,2}[\w-]+ (option )?(was |were )?(given|specified|provided|passed)\b|(?<!valid )\b[\w.\[\]-]+( \(or [\w.-]+\))? (is|are) required\b(?! to\b)|[`'\"][\w.$-]+[`'\"] is undefined\b|"
     r"\bmissing data for required\b|\bmissing (the )?[`'\"][\w.-]+[`'\"](,? (or |and )?[`'\"][\w.-]+[`'\"])* (argument|parameter|field|option|property|key)s?\b|\bwithout any (paths|files|arguments|inputs?)\b|\brun again with (the )?-{1,2}[\w-]+ flag\b|\b(option|flag|argument) [`'\"]?-{0,2}[\w-]+[`'\"]? (needs|requires|expects) (a|an) (value|argument)\b|[`'\"][\w.$\[\]-]+[`'\"] (is|are) required\b|\bis a required (field|property|argument|parameter|option|value|input|variable)\b|"
     r"\bmust provide (a |an |the )?(query|operation name|\w+ name|value)\b|\bprovide (either )?(a|an|the) [\w-]+ (argument|option|value)\b|"
     r"\bno (\w+ ){1,3}(given|specified|provided)\b)",
     "MISSING_PARAMETER"),
    # a value a validator or binder found absent ("is a required field", "to include required field",
    # "non-null type 'ID!' to be provided", "Undefined binding(s)", "must not contain undefined", "Missing the key id")
    (r"\b(required field|to be provided\b|undefined bindings?\b|must not contain undefined|missing the key\b)|"
     r"\w/undefined\b",  # a path or name filled from a value never given ("pod/undefined", "/users/undefined/repos")
     "MISSING_PARAMETER"),
    # a key, field, property or keyword argument the tool does not have: a name that is not one (the
    # corpus rules: "an unknown ... key or column" is a wrong value; an unknown command-line flag, below, a format)
    (r"\b((unknown|unrecogni[sz]ed|unexpected|extra|additional|unallowed|disallowed) (config(uration)? |keyword |named |query |body |input |request )?"
     r"(field|key|keyword argument|kwarg|property|properties|attribute|config key|keyword|parameter|param)s?\b(?! (type|length|size|format|value|id)\b)(?!:? [`'\"]?-)|"
     r"(unknown|unexpected|unrecogni[sz]ed) (keyword |named )?arguments?:? [`'\"](?!-)[a-z_$][\w.$]*[`'\"] (on|for|to|in)\b|"
     r"not to include unknown field|extra (keys|fields|inputs|properties|arguments)( are| is)? not (allowed|permitted)|"
     r"must not have additional propert|additional propert(y|ies) [`'\"]?[\w.$-]*[`'\"]? ?(is |are )?not allowed|"
     r"unrecognized keys? in object|[`'\"][\w.$\[\]-]+[`'\"] is not allowed$|contains unknown keys?)",
     "INCORRECT_PARAMETER"),
    # an option or flag the tool does not know (the corpus convention: a format mistake, like a bad flag)
    (r"\b((unknown|unrecognized|unexpected) (\w+ )?(parameter|option|flag|argument|field|property)s?\b(?! value| type)|"
     r"(option|flag) [`'\"]?-{1,2}[\w-]+[`'\"]? (does not exist|is not recognized|not recognized)|"
     r"flag provided but not defined|invalid type for (parameter|argument|field)\b|"
     r"must (not )?have a selection|has no subfields|cannot represent (a )?(non[- ]?)?[\w-]* ?value)",
     "PARAMETER_FORMAT"),
    # a value among the choices it lists (not a format: the value is well formed, just not one of them)
    (r"\b((expected|must be|should be) one of|is not one of|possible values|(valid|supported|allowed|available|"
     r"accepted|known) (values|options|choices|types|transitions|names|modes|kinds|levels)|choose from|"
     r"input should be '|did you mean [`'\"][^`'\"\s]+[`'\"] ?\?|not a valid choice|invalid choice|invalid enum|"
     r"enum value|use one of\b|must be: [`'\"]|expected severity of|not a valid \w+ (type|kind|mode): [\w-]+,|"
     r"(data )?type [`'\"]?[\w.-]+[`'\"]? not understood|cannot query field|unknown operation named|"
     r"does not exist in [`'\"][\w.-]+[`'\"] enum|cannot resolve (keyword|field)|is not a field of|"
     r"\bunknown (resource|prompt|entity|record|item|model|object)s?\b|"
     r"\bvalid [\w ]{1,30} (is|are) required|(ensure|make sure) (that )?[`'\"][^`'\"]{1,60}[`'\"] exists\b|mutually exclusive|can ?not be used (at the same time|together)|(cannot|can't|can not) (specify|use|pass|combine|set) "
     r"both\b|\bsimultaneously\b)",
     "INCORRECT_PARAMETER"),
    # a value outside the range or set the tool allows (bounds it states, the list it offers): well formed,
    # just not allowed here; unless the words say the value is not even of the type (then a format, below)
    (r"\b((must|should|has to|needs to) (not )?be ?(<|>|<=|>=|=<|=>|≤|≥) ?[-$]?\d|to be ?(<|>|<=|>=) ?-?\d|"
     r"(must|should|has to|needs to) (not )?be (strictly )?(less|greater|smaller|larger|bigger|lower|higher|fewer|more|"
     r"no (more|less|greater|larger|bigger|smaller|higher|lower)) than\b|(must|should) (not )?be at (most|least) [-$]?\d|"
     r"(must|should) be (between|within) [-$]?\d|(must|should|to) be in (the )?range\b|(must|should) be in [\[(]?-?\d|"
     r"outside (of )?(the )?(valid |allowed |permitted )?range|out of (the )?range of|"
     r"(min|max)(imum)? (allowed )?(value|length|size|count|number)? ?(is|of) -?\d|"
     r"(exceeds|exceeded|greater than|larger than|more than) (the )?(max(imum)?|limit|allowed max)|"
     r"(must|should|can) ?not be (negative|zero)\b|(must|should) be (non-?zero|positive|negative|non-?negative)\b(?! (integer|number|int|float|decimal|whole))|"
     r"(is|was) out of (range|bounds)\b|index out of range|\d (>|<) \d+\b|"
     r"(among|one of) [{\[(<]|one of:|(valid|supported|allowed|available|accepted|known|possible|permitted) (?!(\w+ )?(formats?|patterns?|schemes?|protocols?|syntax)\b)[\w-]+( [\w-]+)? (are|include)\b|"
     r"(valid|supported|allowed|available|possible) (?!(\w+ )?(formats?|patterns?|schemes?|protocols?|syntax)\b)[\w-]+( [\w-]+)?: |supports? (these|the following|only) [\w-]+|"
     r"(use|choose|pick|select) one (of|from)\b|\w+ names are:|got [`'\"]?[^`'\"\s]{1,40}[`'\"]? instead\b)",
     IN_RANGE),
    # ... or the set written out as alternatives: "a"|"b", {a|b|c}, <a|b> (a plain list may be anything: tokens a parser expected, the data)
    (r"[`'\"][\w.+/-]+[`'\"]\|[`'\"][\w.+/-]+[`'\"]|{[\w.+-]+(\|[\w.+-]+)+}|<[\w.+-]+(\|[\w.+-]+)+>", IN_RANGE),
    # the steps of a workflow out of order: done already, in progress, a session or transaction spent
    (r"\b(already|in progress|name[_ ]taken|is taken|(is|was|has been) (closed|aborted|rolled back)|"
     r"transaction (is )?aborted|not (currently )?connected|rolled back|not up to date|nothing to (commit|amend|push|"
     r"merge|pull|do|rebase|stash|\w+ )|we are not \w+ing|no \w+ (is |are )?in progress|found existing|"
     r"(stale|out of date)|must (first|be \w+ first)|\b(cursor|channel|session|client|pool|database|statement|handle|stream|"
     r"transaction) (is |was |has been )?(already )?closed\b|\bon a closed \w+|\bmarked for deletion|\b(pending|scheduled for) "
     r"deletion|\bnot clickable\b|\bclick intercepted|\w+\(\) first\b|\bno results? (available|to fetch)\b|\buse (the )?[`'\"]?[\w.-]+[`'\"]? (tool|command) to [^.|]{1,60} first\b|before (you|running|calling|using|starting|deploying|serving)\b|not empty\b|"
     r"(file|destination|database|directory|branch|tag|table|key|resource|index|user|name) exists\b|"
     r"unique constraint|must be unique|unique violation|duplicate (key|entry|column|name|id)|(is|are) (already )?in use\b|has been taken|not fully merged|"
     r"unrelated histories|without (multi|begin|a transaction)|is waiting to start|must be incremented|was modified|"
     r"is not reserved|checked out at)", "WORKFLOW_SEQUENCE"),
    # the state the call assumed is not the current one: a lock not held, an object not yet saved in the session,
    # a version changed since it was read, a value another step must give first
    (r"\b(not locked|is not persistent|(did not|does not|doesn't) match the current version|concurrent modification|"
     r"before this [\w -]{1,40} can be used|conditional headers?|"
     r"(cannot|can't) \w+ this [\w ]{1,30} because|does not match [0-9a-f]{7,40})\b", "WORKFLOW_SEQUENCE"),
    # a step of the agent's own to do first ("run build first"; setting up is a prerequisite, below)
    (r"\b(run|call|do) (?!(\w+ )?(init|install|setup|set up|configure|login|venv)\b)[\w-]+ first\b|"
     r"\bbefore (it|they|you) can be\b", "WORKFLOW_SEQUENCE"),
    # a file not found that is a program to run (not installed) or a place to write into (its directory not made)
    (r"no such file or directory|enoent", MISSING_PLACE),
    # something to set up first: not initialised, not installed, nothing configured
    (r"\b(not (been )?initiali[sz]ed|(run|try|use) [`'\"][^`'\"]{1,60}[`'\"] (first|to (create|set up|initiali[sz]e|"
     r"install|configure))|(is|are) not (installed|configured|set up|enabled)|no \w+( \w+)? (is |are |has been )?"
     r"configured|not configured|no (default|current|active) \w+|unresolved import|no module named|"
     r"could not (load|find|read) (the )?(cache|config|configuration|manifest|lock ?file|state)|no (state|lock|"
     r"config(uration)?|manifest) file|no virtual environment|has not been (run|created|set up|initiali[sz]ed)|"
     r"(create|reserve|install|initiali[sz]e|configure|set up|add|start) (it|one|them|a \w+ )?first|"
     r"to create (a|an|the) [\w ]{1,20}, run|you may need to install|nonexistent (virtual )?env|"
     r"(lock ?file|\.lock\b|makefile|cmakelists|cargo\.toml|package\.json|pyproject\.toml|requirements\.txt|"
     r"dockerfile|\.venv\b|virtualenv|extension control file|config\.\w+)[^|]{0,60}(not found|no such file|"
     r"does not exist)|(unable to find|could not find|couldn't find|cannot find|can't find|no|not contain|missing) "
     r"(a |an |the |any )?[`'\"]?(lock ?file|makefile|"
     r"cmakelists|cargo\.toml|package\.json|pyproject\.toml|dockerfile|virtualenv|\.venv)|"
     r"(has|have) no (attached|default|configured)\b|did you install|please install|install [\w.-]+ (package )?manually|"
     r"consider running [`'\"][^`'\"]{1,60}[`'\"] first|please create (one|it|them)\b|"
     r"\bno [\w-]*(file|\.json|\.toml|\.ya?ml|\.lock|\.work|\.mod|\.cfg|\.ini)( file)?(,? or [\w.-]+)*,? (was |were )?found\b|"
     r"\bparent (directory|folder|dir) (does not|doesn't) exist|\bpackage [\w.]+ does not exist\b|"
     r"the server could not find the requested resource|\bmay not be installed\b|\b(binary|executable|interpreter) not found\b|\bno [\w ]{1,40} (is |are )?associated with\b|"
     r"\bis not associated (to|with)\b|library stubs? for module|import [`'\"][\w.@/-]+[`'\"] could not be resolved|"
     r"(doesn't|does not) contain (a |an |any )?[\w.-]+\.(py|json|toml|ya?ml|cfg|ini|lock|mod) file|"
     r"have you (run|installed|initiali[sz]ed)\b|"
     r"to get (set up|started)\b|"
     r"(couldn't|could not|cannot|can't|unable to) find (a |an |the |any )?[\w.*-]*(config|rc)[\w.*-]* file|"
     r"\bis (it|\w+) installed\b|\b(into|in) a non-?existent (directory|folder|parent)|"
     r"(executable|interpreter|browser|driver|binary|toolchain)( \w+)? (doesn't|does not|not) exist|"
     r"(could not|couldn't|unable to|cannot) (find|locate|obtain) (a |any |the )?(\w+ )?(interpreter|executable|browser|driver)\b( [\w.-]+)?|"
     r"(browser|executable|interpreter|driver) (was )?not found at)",
     "MISSING_PREREQUISITE"),
    # a feature to turn on first ("Issues are disabled for this repo", "module lookup disabled by GOPROXY=off"), a
    # remote or configuration to set up ("no git remotes found", "Invalid kube-config file. No configuration found."),
    # a package an import names that is not installed (esbuild's 'Could not resolve "left-pad"'; a path is a wrong value)
    (r"\b((is|are) (currently )?disabled (for|on|in) (this|the|your)\b|disabled by \$?[a-z_]+=|"
     r"no (git )?remotes? (found|configured)|no configuration found|"
     r"could not resolve [`'\"](?![./])(@[\w.-]+/)?[\w.-]+[`'\"])", "MISSING_PREREQUISITE"),
    # a name that is not there: well formed, just not one that exists
    (r"\b(not found|does not exist|doesn't exist|no such (?!option|flag|file or directory)|could not find|couldn't find|"
     r"cannot find|can't find|no \w+( \w+)? (found|named|matching))",
     "INCORRECT_PARAMETER"),
    # "unsupported <kind>" / "<kind> is not supported": a value of a kind the tool has no such member of
    # (an algorithm, a graph type, a dialect, an argument), unless the kind is a syntax (a URL's scheme, a
    # media type, an option) or a comparison of types; an operation on the resource is left to the rules
    (r"\b(unsupported|(is |are )?not supported|not implemented)\b(?!:)", UNSUPPORTED),
    # "invalid <kind of name>: <value>" where the value is a plain name (not malformed: a name that is not one)
    (r"(?:\b(invalid|unknown|unsupported|not a valid|bad) (\w+ )?(type|system call|curve|frequency|branch|timezone|time zone|signal|upstream|"
     r"locale|encoding|level|region|zone|choice|target|profile|role|reference|kind|driver|engine|codec|algorithm|"
     r"digest|method|transition|status|state|scope)s?\b(?! (format|syntax|type))|"
     r"[`'\"][^`'\"]{1,80}[`'\"] (is not|isn't) (a )?valid( \w+)? (for|here|in|on)\b|"
     r"[`'\"][^`'\"]{1,80}[`'\"] (is not|isn't) valid\W*$|does not have a valid value|cannot be assigned|"
     r"\b(argument|index|value|option|key) [\w.-]+ (is )?invalid\b)",
     PLAIN_NAME),
    # a malformed value: its type, shape or syntax
    (r"\b(unsupported (url )?(scheme|protocol)\b|(scheme|protocol) [`'\"]?[\w+.-]*[`'\"]? (is )?not supported\b|not supported between instances of|(unsupported|invalid) (media|content)[ -]type|not a (valid |positive |non-negative |negative )?(number|integer|float|int|decimal|date|time|url|uri|json|"
     r"email|boolean|hex|uuid)|(invalid|bad|malformed|illegal|incorrect) (\w+ )?(format|syntax|json|yaml|integer|"
     r"number|value|date|time|url|uri|port|regex|regular expression|pattern|escape|padding|header|literal|character|"
     r"expression|encoding|base64|uuid|timestamp|duration|type)|(unclosed|unterminated|unbalanced|unmatched|"
     r"premature end|extra characters|unexpected (token|character|end|eof|char))|parse error|syntax error|"
     r"could not parse|unable to parse|failed to parse|cannot parse|must be (a|an) (valid )?(number|integer|string|"
     r"boolean|list|array|object|date|url|positive|non-negative)|expected (a |an )?(string|number|integer|boolean|"
     r"array|object|list|int|float|date|value), received (?!undefined|null)|cannot (be )?(store|convert|cast|coerce)|"
     r"cannot be converted|incompatible types|mismatched types|type mismatch|(could not|unable to|failed to) convert\b|"
     r"can't parse|couldn't parse|does not match (the )?(required |expected )?(pattern|regex|regular expression)\b|does not match [`'\"]?\^|cast to \w+ failed|(str|bytes|int|float|dict|list|tuple|bool)' object (has no attribute|is not "
     r"(subscriptable|iterable|callable))|unsupported operand type|must be (str|int|bytes|real number), not \w+|cannot compare \w+ with|trailing comma|cannot use .{1,60} as (type )?\w+)", "PARAMETER_FORMAT"),
))
_WEAK_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), c) for p, c in (
    (r"\b(required|missing|not (provided|given|supplied|specified)|must (be )?(specify|provide|supply|given|set)|"
     r"is empty|cannot be empty|no \w+ (given|specified|provided)|with no value|has no entry|"
     r"needs to be (explicitly )?(supplied|specified|provided|given))\b", "MISSING_PARAMETER"),
    (r"\b(already|in progress|not yet|conflict|existing|before|did you forget to|after calling|"
     r"outside of (an? |the )?\w+ context|not (attached|opened)|detached|(was|been) destroyed|closed state|"
     r"cannot run inside|(not|\w+n't) \w+ yet)\b", "WORKFLOW_SEQUENCE"),
    (r"\b(not found|does not exist|doesn't exist|no such|unknown|unrecognized|could not find|cannot find|"
     r"can't find|couldn't find|no \w+ (found|matching|with|named)|did not (match|resolve)|is not defined|not defined\b|not recogni[sz]ed|no match|not in|"
     r"not matched|undeclared|constraint failed|violates|cannot open|can't open|couldn't open|unable to open|"
     r"cannot query|is not available|not available for|cannot be used as|mutually exclusive|simultaneously|"
     r"cannot (specify|use|pass|combine) both|not allowed with)\b",
     "INCORRECT_PARAMETER"),
    (r"\b(invalid|malformed|must be|should be|expected|expecting|not a valid|unexpected|parse|syntax|format|"
     r"too (long|short|large|small)|out of range|exceeds|at most|at least|bad|illegal|incorrect|corrupt|"
     r"ambiguous|must separate|not (a )?positive|negative)\b", "PARAMETER_FORMAT"),
    (r"\b(not supported|unsupported|only|not allowed|cannot be used|instead|not implemented|use the)\b",
     "WRONG_TOOL_SELECTION"),
))
_CUE_SCAN = scanner({trigger for cue, _ in _STRONG_CUES for trigger in cue.gates})
_ERROR_EXECUTING = re.compile(r"\berror executing tool\b|\btool (execution )?(error|failed)\b|\bisError\b", re.I)


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
            refused = _refuses_a_plain_value(lowered, params)
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


# Which cues say a value is well formed but not allowed: a key the schema does not have, a choice among those
# listed, a number outside the bounds stated, the set written out as alternatives (indexes into _STRONG_CUES).
_NOT_ALLOWED_CUES = tuple(_STRONG_CUES[i][0] for i in (4, 6, 7, 8))
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


# A program the call runs that is not there: a bare command name (no directory, no file extension) that a
# runner or a subprocess could not find ("[Errno 2] No such file or directory: 'kustomize'" from subprocess,
# "xargs: shellcheck: No such file or directory"): a tool to install first, not a wrong value.
_BARE_PROGRAM = r"[`'\"‘]?[a-z][\w+-]*(?:\.\d+)*[`'\"’]?"
_PROGRAM_MISSING = re.compile(
    rf"\[errno 2\] no such file or directory: {_BARE_PROGRAM}(?:\s|$|\|)|"
    rf"(?:^|\| )(?:make|xargs|env|nohup|sudo|timeout|exec|nice|watch|time|npx|sh|bash)(?:\[\d+\])?: {_BARE_PROGRAM}: no such file or directory")
_RUNS_A_PROGRAM = re.compile(r"\b(subprocess|popen|exec\w*|spawn\w*|running|command|child_process|check_call|check_output)\b")
# Where the call writes: the missing path is the value of an output parameter, or of a path beside the content to write.
_OUTPUT_KEY = re.compile(r"^(output|out|outfile|output_?(file|path|dir|directory)|dest|destination|save_?(path|as|to)?|"
                         r"write_?to|export_?(path|to)|out_?dir|log_?file|pid_?file|target_?(path|file|dir))$", re.I)
_CONTENT_KEY = re.compile(r"^(content|contents|data|text|body|payload)$", re.I)
_MISSING_PATH = re.compile(r"no such file or directory[,:]? (?P<verb>open|mkdir|scandir|rename|copyfile|lstat|stat|access|unlink|chdir)? ?"
                           r"[`'\"‘](?P<a>[^`'\"’]+)[`'\"’]|[`'\"‘](?P<b>[^`'\"’]+)[`'\"’]: no such file or directory|"
                           r"(?:^|[\s|])(?P<c>[\w./-]+/[\w.-]+): no such file or directory")


def _missing_program_or_destination(lowered: str, params: dict[str, Any] | None) -> str | None:
    """The words, when the file not found is a program the call runs (bare name, a runner or subprocess
    said it) or the place the call writes to (an output parameter's path, or the path beside its content)."""
    program = _PROGRAM_MISSING.search(lowered)
    if program is not None and (program.group(0).startswith("[errno") is False or _RUNS_A_PROGRAM.search(lowered)):
        return program.group(0).strip(" |")
    if not params:
        return None
    for found in _MISSING_PATH.finditer(lowered):
        if found.group("verb") in ("scandir", "lstat", "stat", "access", "rename", "copyfile", "unlink", "chdir"):
            continue  # read (or moved from): the path was meant to be there already
        path = (found.group("a") or found.group("b") or found.group("c") or "").rstrip("/")
        writes = any(_CONTENT_KEY.match(k) for k in params)
        for key, value in params.items():
            if not isinstance(value, str) or len(value.strip("./")) < 2 or not (_OUTPUT_KEY.match(key) or writes):
                continue
            value = value.lower().rstrip("/")
            if path == value or path.endswith("/" + value.lstrip("./")) or value.endswith(path):
                return found.group(0).strip(" |")
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


# Words that say a value is not even of the kind wanted (its type or syntax), not merely outside what is allowed.
_TYPE_WORDS = r"(int|integer|number|numeric|float|double|decimal|bool|boolean|str|string|list|array|dict|object|mapping|tuple|date|datetime|url|uri|uuid|json)"
_NOT_OF_TYPE = re.compile(
    rf"\b(not (a |an )?(valid )?{_TYPE_WORDS}\b|(is )?not of type|invalid literal|(could not|cannot|can't|unable to|failed to) "
    r"(convert|parse|cast|coerce)|received type|wrong type|type mismatch|invalid syntax|syntax error|parse error|"
    r"must be of \w* ?type|cannot represent|\b(characters?|chars|digits|letters|bytes) (long|in length)\b|\b(length|precision)\b|\bformats? (include|are)\b|\bexpected format)")
_WANTS_NUMBER = re.compile(r"\b(must be|should be|expected|expecting|expects|requires?|to be) (a |an |of type |type )?"
                           r"(valid )?(positive |non-negative |whole )?[`'\"]?(int|integer|number|numeric|float|double|decimal)\b")
_GIVEN_VALUE = re.compile(r"\b(got|received|instead was|supplied was|input_value=)[: ]*[`'\"]?([^`'\"\s,.)]+)")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


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


def _repeats_a_plain_name(params: dict[str, Any], key: str) -> bool:
    return any(len(value) >= 2 and _PLAIN.fullmatch(value) is not None and ".." not in value
               and not value.isdigit() and _bounded(value, key) for _, value in _values(params))


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


# An error the tool states (an exception class, an "error:" / "failed" line), as opposed to output that is no error at all.
_ERROR_STATEMENT = re.compile(r"(?i:\b(error|exception|fault|failed|failure|fatal)\b)|\b[A-Z]\w*(Error|Exception)\b")
# ... but a write or a create that failed with no reason given is as often the machine's (permission, disk) as the call's.
_WRITE_FAILED = re.compile(r"(?i:\b(could not|cannot|can't|unable to|failed to) (create|write)\b|\berror (while )?writing\b)")
MAX_BELOW_CHARS = 800  # how much of the whole text a cue is looked for in when the key lines had none


def gather(params: dict[str, Any], key: str, full: str) -> list[Signal]:
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
    signals = (exception_signals(key, full) + quoted_parameters(params, full)
               + infra_vocabulary(without_option_names(scrub(without_choice_lists(full.lower()), params))) + shape)
    if not signals and _ERROR_STATEMENT.search(key) and not _WRITE_FAILED.search(key):  # the base rate: most errors a tool states of its own are usage
        signals.append(Signal("error-of-its-own", USAGE, None, 0.3,
                              "the tool stated an error of its own and named no infrastructure cause"))
    return sorted(signals, key=lambda s: -s.weight)


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
