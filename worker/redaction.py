"""Secrets out of everything an event carries, before it is buffered, spooled, enqueued or learned.

Pure, no I/O, and only over data already bounded by `worker.bounds` (so recursion is shallow).
Two kinds of evidence, both specific:
- a key that names a secret (`password`, `api_key`, `X-Api-Key`, `id_token`, ...) at any depth,
  lists included, drops its whole value;
- detectors for what a secret looks like in text: vendor token shapes, armored key blocks,
  credentials in URLs, secret-named pairs in queries, headers, JSON, env assignments and flags.
No entropy detector: SHAs, UUIDs, digests and ids are what patterns learn from and must survive.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Callable, Match

REDACTED = "<redacted>"
MAX_KEY = 200  # as worker.bounds cuts keys: a key that grew by redaction is cut back, so redaction is idempotent

# ----------------------------------------------------------------------------- secret-named keys
_SECRET_KEY = re.compile(
    r"pass(?:word|wd|phrase)|(?:^|_)(?:pass|pwd|passwd)(?:$|_)|secret|token|credential|cookie|authori[sz]ation"
    r"|bearer|(?:^|_)auth(?:$|_)|(?:^|_)x_auth|(?:api|access|private|secret|signing|session|encryption|master"
    r"|account|client|license|service)_?key|(?:^|_)sig(?:nature)?(?:$|_)|(?:^|_)dsn$"
)
_COUNTING_KEY = re.compile(  # names that count or describe tokens rather than hold one
    r"(?:^|_)(?:max|min|num|total|prompt|completion|input|output|cached|reasoning)_tokens?(?:$|_)"
    r"|^tokens$|^tokens?_(?:count|limit|used|usage|per_\w+)$|tokeniz|^token_type$|_tokens$|^authors?(?:_(?:name|email|id))?$"
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _normal_key(key: str) -> str:
    return _SEPARATORS.sub("_", _CAMEL.sub("_", key).lower()).strip("_")


# Keys and short texts repeat across events (parameter names, tool names, "ok", branch names): both
# pure functions below are remembered for them, bounded (a few MB at most), so an event's redaction
# costs a lookup per repeated key instead of two regex passes and a scan of every step's words.
KEYS_KEPT = 4096
SHORT_TEXTS_KEPT = 8192
SHORT_TEXT_CHARS = 128


@functools.lru_cache(maxsize=KEYS_KEPT)
def is_secret_key(key: str) -> bool:
    """`password`, `dbPassword`, `X-Api-Key`, `aws_secret_access_key`, `id_token` yes; `max_tokens`, `author` no."""
    if len(key) > 100:
        return False
    name = _normal_key(key)
    return bool(_SECRET_KEY.search(name)) and not _COUNTING_KEY.search(name)


# ----------------------------------------------------------------------------- detectors in text
_ARMORED = re.compile(r"-----BEGIN ([A-Z0-9 ]{3,60})-----[\s\S]*?(?:-----END \1-----|$)")
_VENDOR = re.compile(
    r"\bgh[pousr]_[A-Za-z0-9]{20,255}|\bgithub_pat_[A-Za-z0-9_]{20,255}"  # GitHub
    r"|\bgl(?:pat|dt|rt|ptt|cbt|imt|oas|soat|ffct|agent)-[A-Za-z0-9_\-]{20,}"  # GitLab
    r"|\bxox[abposre]-[A-Za-z0-9-]{10,}|\bxapp-[A-Za-z0-9-]{10,}"  # Slack
    r"|\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b"  # AWS key ids
    r"|\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}|\bwhsec_[A-Za-z0-9]{20,}"  # Stripe
    r"|\bsk-(?:ant-)?[A-Za-z0-9_\-]{20,}"  # OpenAI (sk-, sk-proj-, sk-svcacct-), Anthropic (sk-ant-)
    r"|\bAIza[0-9A-Za-z_\-]{35}|\bya29\.[0-9A-Za-z_\-]{20,}"  # Google API keys, OAuth access tokens
    r"|\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*"  # JWTs (signature may be empty)
    r"|\bnpm_[A-Za-z0-9]{36}|\bpypi-AgE[A-Za-z0-9_-]{20,}|\bhf_[A-Za-z0-9]{30,}"  # npm, PyPI, Hugging Face
    r"|\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|\bdop_v1_[a-f0-9]{64}|\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}"
)
_WEBHOOK = re.compile(r"(hooks\.slack\.com/(?:services|workflows)/|discord(?:app)?\.com/api/webhooks/)[A-Za-z0-9/_\-]+")
_URL_PASSWORD = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s/:@'\"]*:)[^\s/@'\"]+@")
_AWS_SECRET = re.compile(r"(?i)(aws.{0,24}?secret.{0,24}?[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])")
_SCHEMES = r"(?:[Bb]earer|[Bb]asic|[Tt]oken|[Dd]igest|[Nn]egotiate|[Aa]pi[Kk]ey|sso-key)"
# name, closing quote of the name, separator, value (quoted, escaped-quoted, or up to a delimiter)
# name, closing quote of the name, separator; the value is matched only after a secret-looking name,
# so "value: PGPASSWORD=x" still finds the inner pair
_PAIR_NAME = re.compile(r"(?<![A-Za-z0-9_.\-])(?P<name>[A-Za-z0-9_.\-]{2,80})(?P<q>\\?[\"']?)(?P<sep>[ \t]*[:=][ \t]*)")
_PAIR_VALUE = re.compile(
    r"\\\"(?:[^\"\\]|\\[^\"])*\\\"|\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'"
    rf"|(?:{_SCHEMES}[ \t]+)?(?:{REDACTED}|[^\s\"'&,;}}\])<>]+)"
)
_FLAG = re.compile(r"(?<![\w-])(?P<flag>--?[A-Za-z][A-Za-z0-9_\-]*)(?P<sep>[ \t]+)(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'|;&<>-][^\s\"'|;&<>]*)")
_FLAG_NOT_VALUE = re.compile(r"(?:file|path|dir|stdin|env|cmd|command|name|type|url|method|mode|helper)$")
_LOGIN = re.compile(r"\b(?:docker|podman|nerdctl|buildah|skopeo|oras|crane|regctl|helm[ \t]+registry)[ \t]+login\b[^\n|;&]*")
_MYSQL = re.compile(r"\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb(?:-dump)?)\b[^\n|;&]*")
_SHORT_P = re.compile(r"((?:^|\s)-p[ \t]*)(\"[^\"]*\"|'[^']*'|[^\s\"']+)")
_ATTACHED_P = re.compile(r"((?:^|\s)-p)(\"[^\"]*\"|'[^']*'|[^\s\"']+)")
_SSHPASS = re.compile(r"(\bsshpass[ \t]+-p[ \t]*)(\S+)")
_USER_PASS_FLAG = re.compile(r"((?:^|\s)(?:-u|--user|--proxy-user|-U)[ \t]*[\"']?[^\s:\"']+:)([^\s\"']+)")
_BEARER = re.compile(r"\b([Bb]earer|[Bb]asic)([ \t]+)(?=[A-Za-z0-9._~+/=\-]*[0-9+/=])[A-Za-z0-9._~+/\-]{8,}=*")
def _quoted(value: str) -> str:
    for quote in ('\\"', '"', "'"):
        if len(value) >= 2 * len(quote) and value.startswith(quote) and value.endswith(quote):
            return f"{quote}{REDACTED}{quote}"
    return REDACTED


_PLAIN_WORD = re.compile(r"[A-Za-z]+|[0-9]{1,4}")  # prose after "password: " (YES, denied, 401), not a secret
_NOT_A_NAME = re.compile(r"(?i)exception|error")


def _secret_pair(name: str, q: str, sep: str, value: str) -> bool:
    if name == "PWD" or _NOT_A_NAME.search(name) or not is_secret_key(name.lstrip("-")):
        return False
    header = "-" in name.strip("-") or name.lower() in ("authorization", "cookie")
    word = value.rstrip(":.")
    return not (":" in sep and not header and not q and _PLAIN_WORD.fullmatch(word)
                and (word.islower() or word.isupper() or word.istitle() or word.isdigit()))


def _pairs(text: str) -> str:
    out, at = [], 0
    for match in _PAIR_NAME.finditer(text):
        if match.start() < at:
            continue
        value = _PAIR_VALUE.match(text, match.end())
        if value is None or not _secret_pair(match["name"], match["q"], match["sep"], value[0]):
            continue
        scheme = re.match(rf"{_SCHEMES}[ \t]+", value[0])
        kept = scheme[0] if scheme else ""
        out.append(text[at:match.end()] + kept + _quoted(value[0][len(kept):]))
        at = value.end()
    return "".join(out) + text[at:] if out else text


_STOPWORDS = frozenset({"or", "and", "to", "is", "the", "for", "with", "a", "an", "in", "of", "if", "when", "must",
                        "flag", "option", "instead", "only", "not", "was", "are"})


def _flag(match: Match[str]) -> str:
    name = match["flag"].lstrip("-")
    if len(name) < 3 or _FLAG_NOT_VALUE.search(name.lower()) or match["value"] in _STOPWORDS \
            or not is_secret_key(name):
        return match[0]
    return f"{match['flag']}{match['sep']}{_quoted(match['value'])}"


def _in_span(span: re.Pattern[str], inner: re.Pattern[str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return span.sub(lambda m: inner.sub(lambda p: p[1] + _quoted(p[2]), m[0]), text)
    return apply


# (lower-case substrings one of which the text must hold, step): a step runs only when it can match
_STEPS: tuple[tuple[tuple[str, ...], Callable[[str], str]], ...] = (
    (("-----begin",), lambda t: _ARMORED.sub(REDACTED, t)),
    (("gh", "github_pat_", "gl", "xox", "xapp-", "akia", "asia", "abia", "acca", "agpa", "aida", "aroa", "anpa", "anva", "aipa",
      "_live_", "_test_", "whsec_", "sk-", "aiza", "ya29.", "eyj", "npm_", "pypi-", "hf_", "sg.", "dop_v1_", "shp"),
     lambda t: _VENDOR.sub(REDACTED, t)),
    (("hooks.slack", "webhooks"), lambda t: _WEBHOOK.sub(lambda m: m[1] + REDACTED, t)),
    (("://",), lambda t: _URL_PASSWORD.sub(lambda m: f"{m[1]}{REDACTED}@", t)),
    (("aws",), lambda t: _AWS_SECRET.sub(lambda m: m[1] + REDACTED, t)),
    (("login",), _in_span(_LOGIN, _SHORT_P)),
    (("mysql", "mariadb"), _in_span(_MYSQL, _ATTACHED_P)),
    (("sshpass",), lambda t: _SSHPASS.sub(lambda m: m[1] + REDACTED, t)),
    (("-u", "--user", "--proxy-user"), lambda t: _USER_PASS_FLAG.sub(lambda m: m[1] + REDACTED, t)),
    (("pass", "pwd", "secret", "token", "key", "credential", "cookie", "auth", "bearer", "sig", "dsn"),
     lambda t: _FLAG.sub(_flag, _pairs(t))),
    (("bearer", "basic"), lambda t: _BEARER.sub(lambda m: f"{m[1]}{m[2]}{REDACTED}", t)),
)


def redact_text(text: str) -> str:
    """The text with every detected secret replaced by <redacted>; everything else unchanged."""
    if not text:
        return text
    if len(text) <= SHORT_TEXT_CHARS:
        return _redact_short(text)
    return _redact(text)


def _redact(text: str) -> str:
    lower = text.lower()  # most texts hold none of the steps' words and are returned as they are
    has = lower.__contains__
    for needs, step in _STEPS:
        if any(map(has, needs)):
            text = step(text)
    return text


_redact_short = functools.lru_cache(maxsize=SHORT_TEXTS_KEPT)(_redact)


def redact_value(value: Any, key: str | None = None) -> Any:
    """A JSON-shaped value with secret-named keys' values dropped and secrets in its text replaced.
    Call it on bounded data only (see `worker.bounds.json_safe`): it recurses once per level."""
    if key is not None and is_secret_key(key) and value not in (None, True, False, "", [], {}):
        return REDACTED
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        clean: dict[str, Any] = {}
        for k, v in value.items():
            name = redact_text(str(k))[:MAX_KEY]
            # the key as stored decides too, so redacting twice changes nothing
            clean[name] = redact_value(v, name if is_secret_key(name) else str(k))
        return clean
    if isinstance(value, list):
        return [redact_value(item) for item in value]
    return value
