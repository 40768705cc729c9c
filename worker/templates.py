"""Template mining for log-like and error messages (pure stdlib).

Two jobs:
- ``mask_variables``: normalise ONE error message by replacing its variable parts with
  named masks — ``<sha>``, ``<uuid>``, ``<url>``, ``<email>``, ``<ip>``, ``<date>``,
  ``<path>``, ``<hex>``, ``<num>`` (``<*>`` for anything else: quoted text, the call's own
  values of no particular kind) — while keeping tokens that carry meaning (status/error
  codes, option names). The mask says what kind of value stood there.
- ``TemplateMiner``: streaming Drain-like clustering of many messages into templates.
  Messages are bucketed by token count and first token, compared position-wise on a
  cheap masked key (words holding digits are variables), and a cluster's template is
  built from the raw tokens, so a token only becomes ``<*>`` when messages disagree.
"""
from __future__ import annotations

import functools
import re
from .literals import gated_regex
from collections import Counter
from typing import Any, Callable, Iterable, Sequence

WILDCARD = "<*>"
MASK_NAMES = ("sha", "hex", "uuid", "url", "email", "ip", "date", "path", "num")
# A mask in a template: the wildcard or one of the named masks.
MASK = re.compile(r"<(?:\*|" + "|".join(MASK_NAMES) + r")>")
_MASK_SRC = MASK.pattern

# Separators: whitespace and structural punctuation. Dots, slashes, dashes and
# underscores stay inside words so IPs, paths, hosts and identifiers are one token.
_DELIM = r"""\s=,;:()\[\]{}"'<>|"""
_SPLIT = re.compile(f"([{_DELIM}]+)").split
# Template units: optional separator run + one word (or the wildcard itself).
_UNIT = re.compile(f"[{_DELIM}]*?(?:{_MASK_SRC}|[^{_DELIM}]+)|[{_DELIM}]+$").findall
_WORDS = re.compile(f"{_MASK_SRC}|[^{_DELIM}]+").findall
_HAS_DIGIT = re.compile(r"\d").search

# ---------------------------------------------------------------- meaningful tokens
_REASON = (r"OK|Created|Accepted|No Content|Moved|Found|Not Modified|Bad Request|Unauthorized|"
           r"Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Conflict|Gone|"
           r"Request Timeout|Precondition Failed|Payload Too Large|Unprocessable|Too Many Requests|"
           r"Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout")
_HTTP_WORDS = {"http", "https", "code", "error", "response", "returned", "errno", "exit", "signal"}
_REASON_FIRST = {"OK", "Created", "Accepted", "No", "Moved", "Found", "Not", "Bad", "Unauthorized",
                 "Payment", "Forbidden", "Method", "Conflict", "Gone", "Request", "Precondition",
                 "Payload", "Unprocessable", "Too", "Internal", "Service", "Gateway"}
# Each alternative of _PROTECT and _VARIABLE with what every match of it holds: all of the groups, one
# character (or string) of each ("d": a `\d` digit). `_gated` leaves out the alternatives a text cannot match
# anywhere, so the regex it runs gives the same matches, group names and all, at a fraction of the tries per
# position (each alternative is tried at every position of the text; the path ones backtrack over every word).
_DIGIT = re.compile(r"\d").search
_PROTECT_PARTS = (
    (r"(?i:\b(?:HTTP(?:/[\d.]+)?|status code|code|error|response|returned|errno|exit (?:code|status)|signal)"
     r"[\s:=#]+\(?[1-5]\d\d\)?(?!\w))", ("12345",)),                        # "HTTP 404", "error: 404", "status code 500"
    (rf"\b[1-5]\d\d (?:{_REASON})\b", ("12345",)),                           # "404 Not Found"
    (r"(?i:\b(?:exit (?:code|status)|errno|signal|code)[\s:=#]+-?\d+\b)", ("d",)),  # "exit code 1"
    (r"\bcurl: \(\d+\)", (("curl: (",),)),                                    # curl's "(22)"
    (r"\b(?:E[A-Z]{2,}|E\d{2,5}|ERR(?:_[A-Z0-9_]+)?|[A-Z]{2,5}-?\d{3,5})\b", ("Ed",)),  # ENOENT, E404, TS2304
    (r"(?<![\w-])--?[A-Za-z][\w-]*", ("-",)),                                  # option names: -n, --force
)
_VARIABLE_PARTS = (
    (r"(?P<url>\b[a-zA-Z][\w+.-]*://[^\s'\"`<>]+)", (("://",),)),
    (r"(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)", ("@",)),
    (r"(?P<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)", ("-",)),  # may hold no digit
    (r"(?P<ts>\b\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b)", ("-", "d")),
    (r"(?P<quoted>(?<!\w)'[^'\n]*'(?!\w)|(?<!\w)\"[^\"\n]*\"(?!\w)|`[^`\n]*`)", ("'\"`",)),
    (r"(?P<ipv6>(?<![\w:])\[?(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}(?:\]:\d+)?(?![\w:]))", (":",)),
    (r"(?P<ipv4>\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b)", (".", "d")),
    (r"(?P<path>(?<![\w/.])(?:\.{1,2}/|~/|/)[\w.\-/@+%~]*|\b[A-Za-z]:\\[^\s'\"`]*"
     r"|\b[\w.-]+/[\w.\-/]*\.[A-Za-z]\w{0,5}\b|\b\w+(?:/[\w.-]+){2,})", ("/\\",)),
    (r"(?P<hex>\b0x[0-9a-fA-F]+\b|\b(?=[a-fA-F]*\d)[0-9a-fA-F]{7,}\b)", ("d",)),
    (r"(?P<num>(?<![\w.])[-+]?\d+(?:[.,:]\d+)*(?:[a-zA-Z%]{1,3})?(?![\w.]))", ("d",)),
)
_PROTECT = re.compile("|".join(part for part, _ in _PROTECT_PARTS))
_VARIABLE = re.compile("|".join(part for part, _ in _VARIABLE_PARTS))
_NEVER = re.compile(r"(?!)")


@functools.lru_cache(maxsize=None)  # at most 2**6 and 2**10 subsets, far fewer in practice
def _alternatives(parts: tuple[tuple[str, Any], ...], kept: tuple[int, ...]) -> re.Pattern[str]:
    return gated_regex("|".join(parts[i][0] for i in kept)) if kept else _NEVER


def _gated(parts: tuple[tuple[str, Any], ...], text: str) -> re.Pattern[str]:
    """The alternatives of `parts` that can match somewhere in `text`, as one regex, in their order."""
    digit = _DIGIT(text) is not None

    def holds(group: Any) -> bool:
        return any(digit if one == "d" else one in text for one in group)

    return _alternatives(parts, tuple(i for i, (_, needs) in enumerate(parts) if all(map(holds, needs))))
_COLLAPSE = re.compile(r"<\*>(?:[\s:./_@-]*<\*>)+")
_COLLAPSE_MASKS = re.compile(f"{_MASK_SRC}(?:[\\s:./_@-]*{_MASK_SRC})+")
_HEX_SHA = re.compile(r"^[0-9a-fA-F]{7,40}$|^[0-9a-fA-F]{64}$")


def _collapse(text: str) -> str:
    """Adjacent masks become one: the same name when they agree, else the wildcard."""
    def one(m: re.Match[str]) -> str:
        names = set(MASK.findall(m.group(0)))
        return names.pop() if len(names) == 1 else WILDCARD
    return _COLLAPSE_MASKS.sub(one, text)


def _named_mask(m: re.Match[str]) -> str:
    kind = m.lastgroup
    text = m.group(0)
    if kind == "quoted":
        inner = text[1:-1].strip()
        return inner if MASK.fullmatch(inner) else WILDCARD
    if kind == "hex":
        return "<sha>" if _HEX_SHA.match(text) else "<hex>"
    return {"ts": "<date>", "ipv4": "<ip>", "ipv6": "<ip>"}.get(str(kind), f"<{kind}>")


def value_mask(value: str) -> str:
    """The mask for one of the call's own values: its kind when it has one, else the wildcard."""
    m = _VARIABLE.fullmatch(value)
    return _named_mask(m) if m is not None and m.lastgroup != "quoted" else WILDCARD
_COMMON = frozenset(
    "a an the and or not no yes of to in on at by for from with as is are was be been it this that "
    "true false none null nil ok error errors warning info debug file files path dir name value "
    "id key type data default main master test tests src lib bin tmp user root all any new old get "
    "set put post delete head run start stop up down on off in out list show help".split())


def tokenize(message: str) -> list[str]:
    """Words of a message, split on whitespace and structural punctuation (= , : ; ( ) [ ] ...);
    a mask (``<sha>``, ``<*>``) is one word."""
    return _WORDS(message)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\\w` matches in a str pattern


def _replace_whole(text: str, value: str, mask: str) -> str:
    """`value` replaced by `mask` wherever it is not part of a longer word: what
    `re.sub((?<!\\w)value(?!\\w), mask)` does (the guards only on a word-character edge), without
    compiling a regex for every value of every event."""
    before, after = _is_word(value[0]), _is_word(value[-1])
    out, start, size = [], 0, len(value)
    while (found := text.find(value, start)) >= 0:
        end = found + size
        if (before and found > 0 and _is_word(text[found - 1])) or (after and end < len(text) and _is_word(text[end])):
            out.append(text[start:found + 1])
            start = found + 1
            continue
        out += [text[start:found], mask]
        start = end
    return "".join(out) + text[start:] if out else text


def mask_variables(message: str, known_values: Iterable[str] = ()) -> str:
    """Replace the variable parts of one (error) message with <*>, keeping meaningful tokens.

    Protected spans (status/error codes, option names) are swapped for placeholders first
    so no later rule can touch them; known values go next, longest first, so a value that
    contains a path or number is masked as a whole.
    """
    kept: list[str] = []

    def _keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{chr(0xE000 + len(kept) - 1)}\x00"

    text = _gated(_PROTECT_PARTS, message).sub(_keep, message)
    values = {str(v) for v in known_values if v is not None}
    for v in sorted(values, key=len, reverse=True):
        if len(v) < 2 or v.lower() in _COMMON or not v.strip() or v not in text:
            continue
        text = _replace_whole(text, v, value_mask(v))
    text = _gated(_VARIABLE_PARTS, text).sub(_named_mask, text)
    text = _collapse(text)
    if kept:
        text = re.sub("\x00(.)\x00", lambda m: kept[ord(m.group(1)) - 0xE000], text)
    return text


# ---------------------------------------------------------------- template algebra
def _lcs_pairs(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs of a longest common subsequence (wildcards match only wildcards)."""
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        ai, row, nxt = a[i], dp[i], dp[i + 1]
        for j in range(m - 1, -1, -1):
            row[j] = nxt[j + 1] + 1 if ai == b[j] else max(nxt[j], row[j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j)); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _word(unit: str) -> str:
    mask = MASK.search(unit)
    return mask.group(0) if mask is not None and unit.endswith(mask.group(0)) else unit.lstrip(_DELIM_CHARS)


_DELIM_CHARS = " \t\r\n\f\v=,;:()[]{}\"'<>|"


@functools.lru_cache(maxsize=16384)
def _words_of(template: str) -> tuple[str, ...]:
    """A template's words, split once per template (a stored one is compared with every new message)."""
    return tuple(_word(u) for u in _UNIT(template))


def template_similarity(a: str, b: str) -> float:
    """0..1 token similarity; a mask matches anything for half credit (the same mask: full).
    Positional when the token counts agree (cheap), LCS ratio otherwise."""
    ta, tb = _words_of(a), _words_of(b)
    if not ta or not tb:
        return 1.0 if ta == tb else 0.0
    if len(ta) == len(tb):
        score = sum(1.0 if x == y else 0.5 if x[:1] == "<" and MASK.fullmatch(x) or y[:1] == "<" and MASK.fullmatch(y)
                    else 0.0 for x, y in zip(ta, tb))
        return score / len(ta)
    return 2.0 * len(_lcs_pairs(ta, tb)) / (len(ta) + len(tb))


@functools.lru_cache(maxsize=16384)
def _word_counts(template: str) -> Counter[str]:  # shared by every caller: read (`&`), never mutated
    return Counter(_words_of(template))


def may_reach(a: str, b: str, floor: float) -> bool:
    """False only when `template_similarity(a, b) < floor` for certain, found without aligning the two:
    with different word counts the score is 2·LCS/(|a|+|b|), and a common subsequence is no longer than
    the shorter template nor than the words both hold (counted as a multiset)."""
    ta, tb = _words_of(a), _words_of(b)
    if not ta or not tb or len(ta) == len(tb):
        return True
    size = len(ta) + len(tb)
    if 2.0 * min(len(ta), len(tb)) / size < floor:
        return False
    shared = _word_counts(a) & _word_counts(b)
    return 2.0 * sum(shared.values()) / size >= floor


def merge_templates(a: str, b: str) -> str:
    """Generalise two templates/messages into one: tokens that differ become <*>; with
    different lengths the tokens are aligned by LCS and every gap becomes one <*>."""
    ua, ub = _UNIT(a), _UNIT(b)
    wa, wb = [_word(u) for u in ua], [_word(u) for u in ub]
    out: list[str] = []
    i = j = 0

    def gap(i2: int, j2: int) -> None:
        if i2 > i or j2 > j:
            first = ua[i] if i2 > i else ub[j]
            # keep only leading whitespace: punctuation inside a gap may be absent elsewhere
            out.append(first[: len(first) - len(first.lstrip())] + WILDCARD)

    if len(wa) == len(wb):
        pairs = [(k, k) for k in range(len(wa)) if wa[k] == wb[k]] + [(len(wa), len(wb))]
    else:
        pairs = _lcs_pairs(wa, wb) + [(len(wa), len(wb))]
    for pi, pj in pairs:
        gap(pi, pj)
        if pi < len(ua):
            out.append(ua[pi])
        i, j = pi + 1, pj + 1
    return _collapse("".join(out))


@functools.lru_cache(maxsize=16384)  # pure; a merged template comes back for every event that repeats its mistake
def template_to_regex(template: str) -> str:
    """Unanchored regex for a template: literals escaped, every mask -> (.*?), whitespace next
    to a mask optional (an LCS gap may be empty in some source message)."""
    parts = MASK.split(template)
    out = []
    for k, lit in enumerate(parts):
        lead, core, trail = lit[: len(lit) - len(lit.lstrip())], lit.strip(), lit[len(lit.rstrip()):]
        if not core:
            out.append(r"\s*" if lit and 0 < k < len(parts) - 1 else (r"\s*" if lit else ""))
        else:
            out.append((r"\s*" if lead and k > 0 else r"\s+" if lead else "")
                       + r"\s+".join(re.escape(p) for p in core.split())
                       + (r"\s*" if trail and k < len(parts) - 1 else r"\s+" if trail else ""))
        if k < len(parts) - 1:
            out.append("(.*?)")
    return "".join(out)


# ---------------------------------------------------------------- streaming miner
# Miner tokens: whitespace runs and single structural punctuation chars are separators,
# so "a=()" and "a=(x)" have the same shape (an empty word stands for an empty value).
_MSPLIT = re.compile(r"""(\s+|[=,;:()\[\]{}"'<>|])""").split


class _Group:
    """A union-find node; roots hold the merged key and raw template words."""
    __slots__ = ("id", "parent", "fam", "key", "words", "seps", "size", "members", "cache")

    def __init__(self, gid: int, key: list[str], words: list[str], seps: list[str]) -> None:
        self.id, self.parent, self.fam, self.key, self.words, self.seps = gid, gid, gid, key, words, seps
        self.size, self.members, self.cache = 0, [gid], ("", -1)


# Weekday/month names are part of timestamps ("Fri Jun 17 07:07:00 2005"), not of the event.
_DATE_WORDS = frozenset("Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())


# Cheap pre-checks (a literal-led pattern scans fast) before the per-word status-code pass.
_HTTP_HINT = re.compile(r" [1-5]\d\d\b").search
_HTTP_START = re.compile(r"[1-5]\d\d\b").match


def _keep_status_codes(words: list[str], key: list[str]) -> None:
    """Unmask status codes next to HTTP words ("HTTP 404", "404 Not Found"): they name the event."""
    real = [i for i, w in enumerate(words) if w]
    for k, i in enumerate(real):
        w = words[i]
        if len(w) == 3 and w.isdigit() and w[0] in "12345":
            prev = words[real[k - 1]].lower() if k else ""
            nxt = words[real[k + 1]] if k + 1 < len(real) else ""
            if prev in _HTTP_WORDS or prev.startswith("http/") or nxt in _REASON_FIRST:
                key[i] = w


class TemplateMiner:
    """Streaming template miner: ``add`` one message at a time; state persists.

    Level 1: a message's shape key (words with digits / date names masked) selects an
    exact group; a new group merges with an existing one of the same length when their
    keys differ in one position that is variable-like (it held a masked value, or showed
    ``min_distinct`` different words; fewer look like an enum: VM Started/Stopped).
    Level 2 ("families") joins groups of different lengths whose constant words align
    with only insertions/deletions (optional "(12 KB)", extra list items) and at least
    ``family_sim`` overlap; a substituted constant word keeps them apart.
    Old ids stay valid: ``template(id)`` follows merges.
    """

    def __init__(self, min_distinct: int = 4, family_sim: float = 0.6) -> None:
        self.min_distinct = min_distinct
        self.family_sim = family_sim
        self._groups: list[_Group] = []
        self._by_key: dict[tuple[str, ...], int] = {}
        self._sigs: dict[tuple[object, ...], list[Any]] = {}  # signature -> [values seen, group ids]
        self._fam_bucket: dict[str, list[tuple[list[tuple[str, bool]], int]]] = {}
        self._version = 0

    def __len__(self) -> int:
        return sum(1 for g in self._groups if g.fam == g.id)

    def _root(self, gid: int, link: str) -> _Group:
        """Union-find root along `link` ("parent": templates, "fam": families), compressing the path."""
        groups = self._groups
        root = gid
        while getattr(groups[root], link) != root:
            root = getattr(groups[root], link)
        while getattr(groups[gid], link) != root:
            following = getattr(groups[gid], link)
            setattr(groups[gid], link, root)
            gid = following
        return groups[root]

    def _find(self, gid: int) -> _Group:
        return self._root(gid, "parent")

    def _find_fam(self, gid: int) -> _Group:
        return self._root(gid, "fam")

    def _union_fam(self, a: int, b: int) -> None:
        fa, fb = self._find_fam(a), self._find_fam(b)
        if fa is not fb:
            if len(fb.members) > len(fa.members):
                fa, fb = fb, fa
            fb.fam = fa.id
            fa.members += fb.members
            self._version += 1

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra is not rb:
            if rb.size > ra.size:
                ra, rb = rb, ra
            rb.parent = ra.id
            ra.size += rb.size
            ra.key = [x if x == y else WILDCARD for x, y in zip(ra.key, rb.key)]
            ra.words = [x if x == y else WILDCARD for x, y in zip(ra.words, rb.words)]
        self._union_fam(a, b)

    def _variable_like(self, values: set[str], sig: tuple[object, ...]) -> bool:
        """A position is variable when it held a masked value or enough distinct words;
        capitalised words (Started/Stopped) are enum-like and need many more values."""
        if not any(w and w != WILDCARD for w in sig[2:]):
            return False  # no constant anchor left: would merge unrelated one-word lines
        if WILDCARD in values:
            return True
        if len(values) < self.min_distinct:
            return False
        caps = sum(1 for v in values if v[:1].isupper())
        return caps * 2 <= len(values) or len(values) >= self.min_distinct * 3

    def _vote(self, sig: tuple[object, ...], word: str, gid: int, union: Callable[[int, int], None]) -> None:
        """Groups that differ only in one position share `sig`; once that position looks
        variable, they are joined (by `union`) and only the newest stays as the signature's voter."""
        entry = self._sigs.get(sig)
        if entry is None:
            self._sigs[sig] = [{word}, [gid]]
            return
        values, gids = entry
        values.add(word)
        gids.append(gid)
        if len(values) > 1 and self._variable_like(values, sig):
            for other in gids[:-1]:
                union(other, gid)
            del gids[:-1]

    def _place(self, gid: int, key: list[str], seps: list[str]) -> None:
        """Register a new group's one-position signatures and merge where variable-like."""
        n = len(key)
        for p in range(n):
            self._vote((n, p, *key[:p], *key[p + 1:]), key[p], gid, self._union)
        # Level 2: the constant words ("skeleton"), each marked whether it may be an
        # optional unit (follows a masked value and is no field name: "12 KB", "<1 sec").
        skel = [(w, i > 0 and key[i - 1] == WILDCARD and not seps[i][:1] in ("=", ":"))
                for i, w in enumerate(key) if w and w != WILDCARD]
        words = tuple(w for w, _ in skel)
        for p in range(len(words)):
            self._vote(("S", p, *words[:p], *words[p + 1:]), words[p], gid, self._union_fam)
        if not words:
            return
        for b in {words[0], words[-1]}:
            bucket = self._fam_bucket.setdefault(b, [])
            seen = {self._find_fam(gid).id}
            n, lim = len(skel), self.family_sim
            for other, oid in bucket:
                fam = self._find_fam(oid).id
                if fam in seen or min(n, len(other)) < lim * max(n, len(other)):
                    continue
                seen.add(fam)
                if self._insertions_only(skel, other):
                    self._union_fam(oid, gid)
            bucket.append((skel, gid))

    def _insertions_only(self, a: list[tuple[str, bool]], b: list[tuple[str, bool]]) -> bool:
        """Skeletons align with gaps on one side only, every gap made of optional units."""
        if a == b:
            return True
        pairs = _lcs_pairs([w for w, _ in a], [w for w, _ in b])
        if len(pairs) < 2 or len(pairs) < self.family_sim * max(len(a), len(b)):
            return False
        pi = pj = -1
        for i, j in pairs + [(len(a), len(b))]:
            if i - pi > 1 and j - pj > 1:
                return False  # both sides have words here: a substitution, not an insertion
            gap = a[pi + 1:i] or b[pj + 1:j]
            if not all(unit for _, unit in gap):
                return False
            pi, pj = i, j
        return True

    def add(self, message: str) -> int:
        parts = _MSPLIT(message)
        words = parts[0::2]
        masked = [WILDCARD if _HAS_DIGIT(w) or w in _DATE_WORDS else w for w in words]
        if _HTTP_HINT(message) or _HTTP_START(message):
            _keep_status_codes(words, masked)
        key = tuple(masked)
        gid = self._by_key.get(key)
        if gid is None:
            gid = len(self._groups)
            self._groups.append(_Group(gid, list(key), list(words), parts[1::2]))
            self._by_key[key] = gid
            self._place(gid, list(key), parts[1::2] + [""])
        root = self._find(gid)
        root.size += 1
        tw = root.words
        for i, w in enumerate(words):
            if tw[i] != w and tw[i] is not WILDCARD:
                tw[i] = WILDCARD
                self._version += 1
        return gid

    def _positional(self, root: _Group) -> str:
        out = [root.words[0]]
        for s, w in zip(root.seps, root.words[1:]):
            out.append(s)
            out.append(w)
        return _COLLAPSE.sub(WILDCARD, "".join(out))

    def template(self, cluster_id: int) -> str:
        fam = self._find_fam(cluster_id)
        if fam.cache[1] == self._version:
            return fam.cache[0]
        roots = sorted({self._find(m).id for m in fam.members})
        tpl = self._positional(self._groups[roots[0]])
        for r in roots[1:]:
            tpl = merge_templates(tpl, self._positional(self._groups[r]))
        fam.cache = (tpl, self._version)
        return tpl


def mine_templates(messages: Iterable[str]) -> list[str]:
    """Each message's FINAL template (its cluster's template after all messages), in order."""
    miner = TemplateMiner()
    ids = [miner.add(m) for m in messages]
    cache: dict[int, str] = {}
    return [cache[i] if i in cache else cache.setdefault(i, miner.template(i)) for i in ids]
