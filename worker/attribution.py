"""Which parameter of a failed call the mistake is about, and what of its value the message shows.

Pure. Attribution by evidence, strongest first: the parameter the message names (before its
quoted value, best), else the one whose value — or list item, or map value — it quotes whole,
else the one value that fails the message's kind of value. Also what a message quotes inside a
longer value (`mistaken_parts`), the names it says already exist, the options it names as a fix.
Split out of `worker.extractor`, which builds the pattern from these answers.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .classifier import bounded_in
from .signals.values import named_part, without_excerpts
from .steps import ANY_CONFIG, without_help
from .call_values import CLASS_OF, LOCATION_KEYS, in_quotes, leaves, path_kind, path_suffixes, value_type
from .kinds import Validation, is_statement, kind_accepts, message_kind, statement_literals
from .validation import Validator
from .literals import gated_regex

MAX_PARTS = 10


# Words of a parameter's name that say it holds a quantity (`bits`, `ttl_seconds`, `bwlimit`, `maxRetries`).
_QUANTITY_WORDS = frozenset("bits bytes count num number port seconds secs sec ms millis minutes mins hours days weeks ttl timeout "
                            "size limit max min retries retry attempts replicas workers threads jobs level depth width height "
                            "length len interval delay expire expiry age offset page quantity qty amount percent rate "
                            "weight priority capacity memory cpus cores batch concurrency parallelism duration time".split())


_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


_QUANTITY_KINDS = frozenset({"integer", "number", "size", "size_strict", "duration", "quantity", "range", "port"})


def quantity_name(name: str | None) -> bool:
    """Does the parameter's name say it holds a quantity? (a word of it, or its ending: `bwlimit`)"""
    if not name:
        return False
    words = [w.lower() for w in _NAME_WORDS.findall(name)]
    return any(w in _QUANTITY_WORDS for w in words) or any(
        name.lower().endswith(w) for w in _QUANTITY_WORDS if len(w) >= 4)


def scalar_values(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if leaves(v)}


@lru_cache(maxsize=1024)
def _name_pattern(key: str) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted({key, key.replace("_", "-"), key.replace("-", "_")}))
    return re.compile(rf"['\"`](?:{names})['\"`]|--?(?:{names})\b|(?<![\w.-])(?:{names})\s*[:=](?!//)|"
                      rf"\b(?:parameter|field|argument|option|property|key|flag)\s+['\"`]?(?:{names})\b", re.I)


@lru_cache(maxsize=1024)
def _word_pattern(key: str) -> re.Pattern[str]:
    """The parameter's name as a word of the message, singular or plural (`labels` ← "label value")."""
    stem = key[:-1] if key.endswith("s") and len(key) > 3 else key
    words = "|".join(re.escape(w).replace(r"\_", "[ _-]") for w in sorted({key, stem}))
    return re.compile(rf"(?<![\w-])(?:{words})(?:e?s)?(?![\w-])", re.I)


def _named(params: dict[str, Any], message: str) -> list[str]:
    """Parameters the message names as names: quoted, as a flag, or as `name:`/`name=`;
    first those whose name stands right before their own quoted value (`namespaces "x" not found`)."""
    before = named_before_value(params, message)
    return before + [key for key in params if isinstance(key, str) and key and key not in before
                     and _name_pattern(key).search(message)]


def named_before_value(params: dict[str, Any], message: str) -> list[str]:
    return [key for key, value in scalar_values(params).items() if isinstance(key, str) and key and any(
        _name_quotes(key, str(leaf), message) for leaf in leaves(value)[:5] if len(str(leaf)) >= 2)]


@lru_cache(maxsize=1024)
def _name_at_end(key: str) -> re.Pattern[str]:
    return re.compile(rf"{_word_pattern(key).pattern}\s*[:=]?\s*\Z", re.I)


def _name_quotes(key: str, leaf: str, message: str) -> bool:
    """The message has `key` "leaf" (or key: 'leaf', key=`leaf`), case-blind. Each quoted occurrence
    of the value is found by `str.find` and the name looked for just before it, so no regex is
    compiled per value (one was, for every value of every event). A message in curly quotes (`‘x’`) is searched
    so too; a value that is not ASCII, or a text whose lowering changes its length (`İ`), takes the regex."""
    folded, needle = message.lower(), leaf.lower()
    if not leaf.isascii() or len(folded) != len(message):
        return re.search(rf"{_word_pattern(key).pattern}\s*[:=]?\s*['\"`]{re.escape(leaf)}['\"`]", message,
                         re.I) is not None
    start = 0
    while (found := folded.find(needle, start)) >= 0:
        end = found + len(needle)
        if (found > 0 and folded[found - 1] in "'\"`" and end < len(folded) and folded[end] in "'\"`"
                and _name_at_end(key).search(message, 0, found - 1)):
            return True
        start = found + 1
    return False


def whole_in(value: str, message: str) -> bool:
    """`value` is a whole token of the message: not inside a longer word, path or name, nor the first
    part of a dotted name (`test` in `Table 'test.bp4_order'` is the schema of the name the message is about)."""
    start = message.find(value)
    while start >= 0:
        end = start + len(value)
        before = message[start - 1] if start else " "
        after = message[end: end + 1] or " "
        if (not (before.isalnum() or before in "_.-") and not (after.isalnum() or after in "_-")
                and not (after == "." and message[end + 1: end + 2].isalnum())):
            return True
        start = message.find(value, start + 1)
    return False


def quoted_parameters(params: dict[str, Any], message: str) -> list[str]:
    """Parameters whose value (or one of whose items) the message quotes or repeats as a whole token."""
    found = [key for key, value in scalar_values(params).items()
             if any(len(part) >= 2 and whole_in(part, message) for leaf in leaves(value) for part in _comma_parts(str(leaf)))]
    # a value the message puts in quotes (`Cannot resolve 'ping_x'`) is what it is about, before one it only
    # repeats in passing (`only implicit localhost is available`); then the longer value first
    return sorted(found, key=lambda k: (not any(in_quotes(str(leaf), message) for leaf in leaves(params[k])[:5]),
                                        -len(str(params[k]))))


def _comma_parts(text: str) -> list[str]:
    """A value and, when it is a comma-separated list (`>=1.0,<2..0`), each of its items: a message may quote one."""
    return [text] + [part.strip() for part in text.split(",")[:10] if part.strip() and part.strip() != text] if "," in text else [text]


def value_evidenced(params: dict[str, Any], message: str, parameter: str, validation: Validation) -> bool:
    """The message is about this parameter's value: it names the parameter, quotes the value (or an item)
    as a whole token, or the value breaks the kind the message stated. A message that names a file only as where it
    happened (`ERROR: db/a.rrd: illegal attempt to update using time 1717200300 …`) and then another value of the
    call, or a part of one, is about that other value, not the file."""
    if parameter not in params:
        return True  # the classifier's own incorrect value: its evidence
    value = params[parameter]
    if parameter in _named(params, message) or fails_validation(validation, value):
        return True
    message = without_excerpts(message, params)
    quoted = [str(leaf) for leaf in leaves(value) if len(str(leaf)) >= 2 and whole_in(str(leaf), message)]
    if quoted and all(_only_the_place(leaf, message) for leaf in quoted):
        return not _names_a_part_of_another(params, parameter, message)
    return bool(quoted)


def _only_the_place(value: str, message: str) -> bool:
    """Every mention of the path `value` heads a line as where the error is (`db/a.rrd: …`, `ERROR: db/a.rrd: …`)."""
    if path_kind(value) is None:
        return False
    def heads_a_line(at: int) -> bool:
        before = message[message.rfind("\n", 0, at) + 1:at]
        return re.match(r"(?:[\w .-]{1,40}: )?$", before) is not None and message[at + len(value):at + len(value) + 2] == ": "
    return all(heads_a_line(at) for at in occurrences(value, message, overlapping=False))


def occurrences(needle: str, text: str, overlapping: bool = True) -> list[int]:
    """Where `needle` starts in `text` (as `re.finditer(re.escape(needle))` finds it when not overlapping): found
    by `str.find`, since a regex compiled per value of every event is most of what such a search costs."""
    found, step, at = [], 1 if overlapping or not needle else len(needle), text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + step) if at < len(text) else -1
    return found


def _names_a_part_of_another(params: dict[str, Any], parameter: str, message: str) -> bool:
    """Another value of the call, or a part of one (`21.5` of `2024-06-01T10:00:21.5`), 3 characters or more, is a word
    of the message."""
    return any(len(part) >= 3 and whole_in(part, message) for key, value in params.items() if key != parameter
               for leaf in leaves(value) if leaf.__class__ is str for part in {leaf, *re.split(r"[:,=;@]", leaf)})


# Words a message uses of any value (`ERR value is not an integer`): a parameter of that name is not named by them.
_GENERIC_NAMES = frozenset("value values input data argument arguments arg args option param parameter item object "
                           "string text".split())


def _mentioned(params: dict[str, Any], message: str) -> list[str]:
    """Parameters whose name is a word of the message ("invalid label value" → `labels`)."""
    return [key for key in params if isinstance(key, str) and len(key) >= 3 and key.lower() not in _GENERIC_NAMES
            and _word_pattern(key).search(message)]


def fails_validation(validation: Validation, value: Any) -> bool:
    if not validation or set(validation) <= {"suggestion", "expected"}:
        return False
    validator = Validator(validation)
    if validator.empty:
        return False
    if validation.get("kind") == "json_type":  # a type mismatch is about the value as given, not its items
        return validator.fails(value) is not None
    given = leaves(value)
    if validation.get("kind") == "json":  # only a value meant to be JSON is evidence about JSON
        given = [v for v in given if isinstance(v, str) and v.lstrip()[:1] in "{[\""]
    if validation.get("kind") in ("dir_path", "file_path", "absolute_path"):
        given = [v for v in given if path_kind(v) is not None]
    if validator.token_kind is not None:  # a statement is evidence by the literals it quotes, not as a whole
        given = [lit for v in given for lit in (statement_literals(v) if isinstance(v, str) and is_statement(v) else [v])]
    numeric_only = validator.numeric and validation.get("kind") not in ("integer", "number")
    if numeric_only:  # a range is about numbers: a word breaking it is not what this message said
        given = [v for v in given if re.fullmatch(r"\s*[-+]?\d+(?:\.\d+)?\s*", str(v))]
    return any(validator.fails(v) is not None for v in given)


# "related to argument 'maxmemory-policy'" names an argument; "invalid argument "512q" for …" quotes a value.
_AS_NAME = gated_regex(r"(?<!invalid )(?<!bad )(?<!illegal )(?<!unexpected )(?<!unknown )"
                      r"\b(?:argument|parameter|option|property|setting|variable|key|field)\s+['\"`](?P<n>[\w.-]{2,80})['\"`]", re.I)


def _named_as_argument(params: dict[str, Any], message: str) -> dict[str, str]:
    """Positionals whose value the message quotes as an argument's name, each to the positional after it."""
    keys = list(params)
    said = {m.group("n") for m in _AS_NAME.finditer(message)}
    out: dict[str, str] = {}
    for at, key in enumerate(keys[:-1]):
        if POSITIONAL.match(key) and POSITIONAL.match(keys[at + 1]) and params[key] in said:
            out[key] = keys[at + 1]
    return out


_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*")


def attribute(params: dict[str, Any], message: str, classifier_param: str | None,
              candidates: list[Validation]) -> tuple[str | None, Validation]:
    """The parameter at fault and the validation its value broke ({} when none did)."""
    scalars = scalar_values(params)
    message = without_excerpts(message, params)  # a parser's excerpt of the document: its content, not the call's values
    named, quoted, mentioned = _named(params, message), quoted_parameters(params, message), _mentioned(params, message)
    # `CONFIG SET maxmemory-policy lru` and "argument 'maxmemory-policy' … must be one of …": a positional the
    # message quotes as the name of an argument is that name; the value is the positional after it.
    names = _named_as_argument(params, message)
    named, quoted = [names.get(k, k) for k in named], [names.get(k, k) for k in quoted]
    # a file named only as where it happened (`disk/a.img: could not parse UUID: …`) is not what the message quotes
    placed = [k for k in quoted if k in scalars and _only_the_place(str(scalars[k]), message)]
    others = [k for k in quoted if k not in placed]
    if placed and any(not re.fullmatch(r"[a-z]+", str(scalars.get(k, ""))) for k in others):
        quoted = others  # (a plain word the message also says, `update` of `found extra data on update argument`, is no value of it)
    scalars = {k: v for k, v in scalars.items() if k not in names}
    # the one value named as a quantity that breaks a quantity kind (`max_heap='512 m'` breaks a size with whole
    # digits): a lenient kind the other values break (`jar='hello.jar'` is no size at all) is not about them
    sized = {k for c in candidates if c.get("kind") in _QUANTITY_KINDS for k, v in scalars.items()
             if quantity_name(k) and fails_validation(c, v)}
    for validation in candidates:
        failing = [k for k, v in scalars.items() if fails_validation(validation, v)]
        if len(sized) == 1 and validation.get("kind") in _QUANTITY_KINDS and not sized.intersection(failing):
            continue
        for key in named + quoted + mentioned:
            if key in failing:
                return key, validation
        if quoted and not named and not mentioned:
            continue  # the value the message quotes keeps this rule (`v2.0.0 is not valid SemVer`): it is not this one
        if validation.get("regex") and not validation.get("applies_to") and len(params) > 1:
            # `Location must start with /` for `{path: config.json, pointer: server/port}`: a rule of a value's syntax is
            # not about the file the tool read (a rule of files says so: it applies to values with a suffix)
            failing = [k for k in failing if value_type(scalars[k]) not in CLASS_OF]
        if len(failing) == 1:  # the one value that breaks the stated rule
            return failing[0], validation
        quantities = [k for k in failing if quantity_name(k)]
        if len(quantities) == 1 and validation.get("kind") in _QUANTITY_KINDS:  # `seconds`, not `key`, is the integer
            return quantities[0], validation
        if classifier_param in failing:
            return classifier_param, validation
        if validation.get("kind") in ("integer", "number") and len(failing) > 1:
            # `value is not an integer` for `{key: 'stats:visits', increment: '1.5'}`: the one value that is a number
            # of another sort is what was read as one; a name is not
            numbers = [k for k in failing if _NUMBER.fullmatch(str(scalars[k]))]
            if len(numbers) == 1:
                return numbers[0], validation
    if classifier_param in scalars and classifier_param not in named and classifier_param not in quoted and any(
            len(str(leaf)) >= 2 and str(leaf) in message for leaf in leaves(scalars[classifier_param])):
        classifier_param = None  # its value is in the message only inside a longer name (`gcloud.config.set`)
    if named and quoted and named[0] not in quoted and not any(
            len(str(leaf)) >= 2 and str(leaf) in message for leaf in leaves(params.get(named[0]))):
        # quantities `Unable to parse units: "klick"` for `{units: mile, to: klick}`: the value quoted is the one read,
        # not the parameter whose name is the message's word for what it read
        named = [k for k in named if k in quoted] or quoted[:1]
    chosen = next(iter(named), None) or next(iter(quoted), None) or classifier_param
    # Nothing the call holds breaks a stated rule: keep only what describes, never what tests.
    said = next(({k: v for k, v in c.items() if k in ("expected", "suggestion")} for c in candidates
                 if set(c) <= {"expected", "regex", "suggestion"} and not c.get("regex")), {})
    suggestion = next((c["suggestion"] for c in candidates if c.get("suggestion")), None)
    if suggestion:
        said["suggestion"] = suggestion
    return chosen if chosen in params else classifier_param, said


_TOKEN = re.compile(r"""['"`\u2018\u201c]([\w.$:-]{2,80})['"`\u2019\u201d]|:\s+([A-Za-z_][\w.$-]{1,80})\s*$"""
                    r"|\[([\w.$:-]{2,80})\]", re.M)


_LOCATION = re.compile(r"""(['"`][^'"`\n]{1,80}['"`])\s+in\s+['"`][^'"`\n]{1,80}['"`]""")


# `connection to server at "127.0.0.1", port 5432 failed: FATAL: database "x" does not exist`: where it connected, not what was missing
# `could not access 'email', part 1 of Path('user', 'email')`: the whole path the part lay in, not the mistake
_WHOLE_PATH = re.compile(r"""\b(?:of|in)\s+[A-Z]\w{0,30}\((?:\s*['"][^'"\n]{0,80}['"]\s*,?)+\)""")


_CONNECTED_TO = re.compile(r"""(\b(?:server at|host|connect(?:ing|ion)? to|address))\s+['"`][^'"`\n]{1,80}['"`]""", re.I)


def mistaken_parts(params: dict[str, Any], key_line: str) -> dict[str, list[str]]:
    """Names the message's key line quotes that are part of a longer value (`relation "customer"
    does not exist` for `SELECT count(*) FROM customer`): the name is the mistake, not the query;
    where the message says it was (`Unknown column 'emial' in 'SELECT'`, `in 'field list'`) is none."""
    key_line = _CONNECTED_TO.sub(r"\1", _LOCATION.sub(r"\1", _WHOLE_PATH.sub("", key_line)))
    whole = {str(v) for v in params.values() if isinstance(v, (str, int, float))}
    # a token that is some parameter's whole value is that value's mistake, not a part of another's
    tokens = [t for t in (a or b or c for a, b, c in _TOKEN.findall(key_line)) if t not in whole]
    # `Table 'test.bp4_order'` for `{database: test, sql: … FROM bp4_order}`: the name after the call's own database
    tokens = [t.split(".", 1)[1] if "." in t and t.split(".", 1)[0] in whole and len(t.split(".", 1)[1]) >= 2 else t
              for t in tokens]
    found: dict[str, list[str]] = {}
    for key, value in params.items():
        if not isinstance(value, str) or len(value) > 4096:
            continue
        for token in tokens:
            if token != value and _as_identifier_in(token, value):
                found.setdefault(key, []).append(token)
    return found


_EXISTS = re.compile(r"\b(?P<noun>table|view|index|schema|database|relation|collection|bucket|queue|topic|namespace|container|"
                     r"volume|network|secret|role|user|trigger|function|sequence|type)s?\s+['\"`]?(?P<name>[\w.$-]{2,80}?)['\"`]?"
                     r"\s+(?:already exists|exists already|is already in use|already in use)\b", re.I)


_SAYS_EXISTS = gated_regex(r"\balready (?:exists?|in use|defined|declared|taken|registered|present|created)\b|\bexists already\b"
                          r"|(?im:^[ \t]*(?:file|directory) exists\.?[ \t]*$)|\bEEXIST\b"  # strerror(EEXIST) on a line of its own
                          r"|(?m::[ \t]*File exists\.?[ \t]*$)"  # or after the path it is said of (`… to ssh/key: File exists`)
                          r"|\bis about to be overwritten\b"  # dar's prompt `site.1.dar is about to be overwritten, continue ?`
                          r"|(?i:\boverwrite\b[^\n]{0,200}[(\[](?:y|yes)/(?:n|no)\b)"  # a prompt to overwrite what is there
                          r"|\balready been (?:entered|added|created|registered|defined|declared|imported|initiali[sz]ed)\b"  # cvs add
                          r"|\balready an? (?:branch|repository|repo|project|directory|folder|member|workspace|package|module|tag)\b"  # brz init
                          r"|\bto overwrite (?:the )?(?:output |existing |target )?(?:file|files|output|it)?:?,? (?:specify|use|pass|add|give) -"
                          r"|\b(?:database|table|schema|relation|file|directory|key|name|index|view|user|role) exists\b", re.I)
def says_exists(text: str) -> bool:
    return _SAYS_EXISTS.search(text) is not None


_LEAD_WORD = re.compile(r"([A-Za-z][A-Za-z_]{1,30})\s+['\"`]?$")


def existing_names(params: dict[str, Any], key_line: str) -> dict[str, tuple[str, list[str]]]:
    """`table users already exists` for `CREATE TABLE users (…)`: the parameter whose longer value names that
    thing after the same noun, with the noun (so `CREATE TABLE IF NOT EXISTS users` is not the same call).
    When the call names it after another word (`relation "users" already exists`, `Can't create database
    'shop'; database exists` for `CREATE SCHEMA shop`), the word the call put right before it is the lead."""
    found: dict[str, tuple[str, list[str]]] = {}
    for match in _EXISTS.finditer(key_line):
        noun, name = match.group("noun").lower(), match.group("name")
        said = re.compile(rf"(?i)(?<![\w$]){re.escape(noun)}s?\s+['\"`]?{re.escape(name)}['\"`]?(?![\w$])")
        for key, value in params.items():
            if isinstance(value, str) and value != name and len(value) <= 4096 and said.search(value):
                lead, names = found.setdefault(key, (noun, []))
                if lead == noun and name not in names:
                    names.append(name)
    if found or not _SAYS_EXISTS.search(key_line):
        return found
    for token in dict.fromkeys(a or b or c for a, b, c in _TOKEN.findall(key_line)):
        for key, value in params.items():
            if not isinstance(value, str) or value == token or len(value) > 4096:
                continue
            at = _identifier_at(token, value)
            word = _LEAD_WORD.search(value[:at]) if at >= 0 else None
            if word is not None and word.group(1).lower() not in ("exists", "if", "not"):
                lead, names = found.setdefault(key, (word.group(1).lower(), []))
                if lead == word.group(1).lower() and token not in names:
                    names.append(token)
    return found


def _identifier_at(token: str, text: str) -> int:
    """Where `token` first stands in `text` as a whole identifier, or -1."""
    start = text.find(token)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + len(token): start + len(token) + 1] or " "
        if not (before.isalnum() or before in "_$") and not (after.isalnum() or after in "_$"):
            return start
        start = text.find(token, start + 1)
    return -1


def _as_identifier_in(token: str, text: str) -> bool:
    """`token` occurs in `text` as a whole identifier (`note` in `FROM note`, not in `notes`, `note_id`);
    the checker matches learned parts by the same rule."""
    return _identifier_at(token, text) >= 0


def names_call_values(params: dict[str, Any], message: str) -> bool:
    """Does the message quote one of the call's values (a list item or map value too) as a whole token?"""
    return any(len(str(leaf)) >= 2 and bounded_in(str(leaf), message) for value in list(params.values())[:50]
               for leaf in leaves(value)[:20])


_FIX_NAME = re.compile(r"(?<![\w-])--?(?P<o>[A-Za-z][\w-]{0,30})|<(?P<p>[A-Za-z][\w-]{0,30})>")


def fix_names(message: str) -> list[str]:
    """Options (`-a`, `--set-upstream`) and placeholders (`<branch>`) a message names, as parameter names
    (its help text aside: an option list documents every option, it does not say which one fixes this)."""
    found = [(m.group("o") or m.group("p")).lower().replace("-", "_") for m in _FIX_NAME.finditer(without_help(message[:4000]))]
    return list(dict.fromkeys(found))[:MAX_PARTS * 2]


def path_parameter(params: dict[str, Any], message: str) -> str | None:
    """The one path the message is about: the one that fails the path kind it names, else the one path."""
    kind = message_kind(message)
    paths = [k for k, v in params.items() if path_kind(v) is not None]
    if kind is not None and kind.name in ("dir_path", "file_path"):
        failing = [k for k in paths if not kind_accepts(kind, params[k])]
        if len(failing) == 1:
            return failing[0]
    return paths[0] if len(paths) == 1 else None


def value_shape(value: Any, message: str) -> tuple[Validation, list[str]]:
    """What a wrong tool's value looked like: the path kind the message names (EISDIR: a directory
    was given), else the suffixes of the path (`.zip` given to tar)."""
    kind = message_kind(message)
    if kind is not None and kind.name in ("dir_path", "file_path") and not kind_accepts(kind, value):
        return {"kind": kind.name, "expected": kind.expected}, []
    # the file's type is its last suffix: `.log` of `db.log.bz2` says what the content is, not what the tool could not read
    return {}, path_suffixes(value)[-1:]


POSITIONAL = re.compile(r"^arg\d+$")


_ANY_QUOTED = re.compile(r"'([^'\n]{1,200})'|\"([^\"\n]{1,200})\"|`([^`\n]{1,200})`")
_UPPER_RUN = re.compile(r"\b[A-Z][A-Z_]{2,}(?:\s+[A-Z][A-Z_]{1,})*\b(?!:)")


def leading_words(params: dict[str, Any], key_line: str) -> tuple[str | None, list[str]]:
    """What a statement's beginning shows the tool refused: the message quotes where the value starts
    (`syntax error at or near "\\"` for `\\dt`; `near 'source x.sql'` for the whole of `source x.sql`: its
    first word), or names the value's leading keywords in capitals (`SAVEPOINT can only be used in transaction
    blocks` for `SAVEPOINT sp1`). (parameter, leads): a later value that begins the same way repeats it."""
    quoted = [a or b or c for a, b, c in _ANY_QUOTED.findall(key_line)]
    upper = {m.group(0) for m in _UPPER_RUN.finditer(key_line)}
    for key, value in params.items():
        if not isinstance(value, str) or len(value) > 4096:
            continue
        text = value.lstrip()
        words = text.split()
        if not words or (len(words) < 2 and words[0][:1].isalnum()):
            continue  # one word is a whole value: a known mistake already
        first = words[0]
        for quote in quoted:
            quote = quote.strip()
            head = text[:len(quote)]
            if len(quote) >= 3 and head != quote and head.upper() == quote and not head[:1].isalnum():
                return key, [head]  # its start echoed in capitals (GEOS' `Unknown type: '{"TYPE":'`): a sign it does not take
            if not quote or not text.startswith(quote):
                continue
            if len(quote) < len(first) and not quote[-1:].isalnum():
                return key, [quote]  # a sign the tool does not take (`\` of `\dt`)
            if quote.startswith(first) and quote.count(first) == 1 and first[:1].isalpha() and len(first) >= 3:
                return key, [first]  # a keyword (`source`), never a number (`10` of `10 m/s/`) nor a code (`en` of `en us`)
        for run in sorted(upper, key=len, reverse=True):
            if text.upper().startswith(run) and text[:len(run)] == text[:len(run)].upper() and (
                    len(text) == len(run) or not (text[len(run)].isalnum() or text[len(run)] == "_")):
                return key, [run]
    return None, []


_OFFERED = re.compile(r"\b(?:arg(?:ument)?|option|field|property|setting|parameter|attribute)\s+['\"`](?P<k>[\w.:-]{1,60})['\"`]"
                      r"[^\n]{0,200}?\b(?:current(?:ly)?(?: value)? is|existing(?: value)? is|expected|should be)\s+"
                      r"(?:the value\s+)?['\"`](?P<v>[^'\"`\n]{1,60})['\"`]", re.I)


def offered_values(message: str) -> dict[str, str]:
    """What the message says a named setting is (`inequivalent arg 'durable' … received 'false' but current is
    'true'`): a call giving that setting so agrees with what exists ({'durable': 'true'})."""
    return {m.group("k").lower(): m.group("v").lower() for m in _OFFERED.finditer(message[:4000])}


_OPT = r"""['"`]?(-{1,2}[A-Za-z][\w-]{0,40})['"`]?"""
_UNKNOWN_OPTIONS = (
    # argparse `unrecognized arguments: --strickt -q`, git `unrecognized argument: --onelin`, `unknown option: --x`
    re.compile(r"\b(?:unrecognized|unrecogni[sz]ed|unknown|invalid|unexpected|illegal|unsupported|no such)\s+"
               r"(?:arguments?|options?|flags?|switch(?:es)?)\s*:?\s*(?P<list>(?:['\"`]?-{1,2}[A-Za-z][\w-]{0,40}['\"`]?(?:[ ,]+|$))+)",
               re.I | re.M),
    # `option '--x' is unknown`, `flag --x not recognized`, Go `flag provided but not defined: -x`
    re.compile(rf"\b(?:option|flag|argument|switch)\s+{_OPT}\s+(?:is\s+)?(?:not\s+recogni[sz]ed|unknown|not\s+(?:defined|supported))", re.I),
    re.compile(rf"\bflag provided but not defined:\s*{_OPT}", re.I),
)


def unknown_options(params: dict[str, Any], message: str) -> list[str]:
    """The options of the call the message says the tool does not know (`unrecognized arguments: --strickt`
    for a call with `strickt`), as parameter names: giving one again repeats the mistake, whatever else changed."""
    keys = {str(k).lstrip("-").replace("-", "_").lower() for k in params}
    found: list[str] = []
    for pattern in _UNKNOWN_OPTIONS:
        for match in pattern.finditer(message[:4000]):
            text = match.group("list") if "list" in pattern.groupindex else match.group(1)
            for option in re.findall(r"-{1,2}([A-Za-z][\w-]{0,40})", text):
                name = option.replace("-", "_").lower()
                if name in keys and name not in found:
                    found.append(name)
    return found[:MAX_PARTS]


_EXISTS_AFTER = re.compile(r"\b(?:already exists?|exists already|is already (?:in use|taken|defined|registered))\b", re.I)


def what_exists(params: dict[str, Any], key_line: str, names_values: bool) -> str | None:
    """The parameter of an order mistake's "already exists": the one whose whole value the message quotes right
    before it (`the context "dev" already exists` → new_name), else the one its words name (`Consumer Group name
    already exists` → groupname), else — the message quoting none of the call's values — the one path the call
    gave (`cargo init` on an existing package: that path)."""
    found = _EXISTS_AFTER.search(key_line)
    if found is None:
        if names_values:
            return None
        paths = [k for k, v in params.items() if isinstance(v, str) and "/" in v and path_kind(v) is not None]
        return paths[0] if len(paths) == 1 and re.search(r"\bexist(?:s|ing)\b", key_line, re.I) else None
    before = key_line[:found.start()].rstrip()
    quoted = re.search(r"""['"`]([^'"`\n]{1,200})['"`]$""", before)
    if quoted:
        keys = [k for k, v in params.items() if isinstance(v, (str, int)) and str(v) == quoted.group(1)]
        if len(keys) == 1:
            return keys[0]
    last = before.rsplit(None, 1)[-1] if before else ""
    # borg `Archive nightly already exists` for `backups/borg::nightly`: the name the value ends with, after its place
    keys = [k for k, v in params.items() if isinstance(v, str) and named_part(v) == [last]]
    if len(keys) == 1:
        return keys[0]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", before)[-4:]]
    for n in (3, 2, 1):
        joined = "".join(words[-n:]) if len(words) >= n else None
        keys = [k for k in params if joined and str(k).replace("_", "").replace("-", "").lower() == joined]
        if len(keys) == 1:
            return keys[0]
    return None


# Where a message puts the missing thing: in the call's directory (`could not find `Cargo.toml` in `/x``, `no POM in this
# directory (/x)`, `open '/x/package.json'`), not the directory itself being wrong.
_MISSING_NAMED = re.compile(r"\b(?:could not|couldn't|cannot|can't|unable to|failed to) (?:find|read|open|locate|load)\s+(?:(?:the|a|an|any)\s+)?"
                            r"['\"`]?(?P<a>[\w.-]*\w\.[A-Za-z]\w{0,7}|[A-Z][\w-]*[Ff]ile|[A-Z]{2,10})['\"`]?"
                            r"|\bno (?P<b>[A-Z]{2,10}|[\w.-]*\w\.[A-Za-z]\w{0,7}|[A-Z][\w-]*[Ff]ile) (?:file )?(?:in|found)\b"
                            # CMake `The source directory "x" does not appear to contain CMakeLists.txt`
                            r"|\b(?:does not|doesn't) (?:appear to |seem to )?(?:contain|have) (?:an? |the )?"
                            r"['\"`]?(?P<c>[\w.-]*\w\.[A-Za-z]\w{0,7}|[A-Z][\w-]*[Ff]ile)['\"`]?")


_FILE_AFTER = re.compile(r"(?P<f>[\w.-]+)['\"`]?(?:\s|$|[,:;)])")  # `DIR/` then the file missing in it
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|under|within|directory|folder)\s*\(?['\"`]?\Z")  # `in 'DIR`


def place_of_missing(params: dict[str, Any], message: str) -> tuple[list[str], str | None]:
    """(the parameters whose value the message quotes only as the place where something is missing, the missing
    file's name lowercased or None). ([], None) when the message quotes any other value of the call."""
    places: list[str] = []
    missing: str | None = None
    for key, value in params.items():
        if not isinstance(value, str) or len(value) < 2 or not bounded_in(value, message):
            if any(len(str(leaf)) >= 2 and bounded_in(str(leaf), message) for leaf in leaves(value)[:20]):
                return [], None  # another value of the call is quoted: the values matter
            continue
        dirish = str(key).lower() in LOCATION_KEYS or path_kind(value) == "dir"
        place = value.rstrip("/")
        inside = next((m for at in occurrences(place + "/", message) if (m := _FILE_AFTER.match(message, at + len(place) + 1))), None)
        placed = inside or any(_PLACE_WORD_BEFORE.search(message, 0, at) for at in occurrences(place, message))
        if not dirish or not placed:
            return [], None
        places.append(key)
        missing = missing or (inside.group("f").lower() if inside else None)
    named = _MISSING_NAMED.search(message[:4000])
    if named and places:
        missing = (named.group("a") or named.group("b") or named.group("c")).lower()
    return places, missing if places else None


# A foreign key's other table: where the state the call collided with lies (PostgreSQL `Key (customer_id)=(7) is not
# present in table "customers"`, `is still referenced from table "orders"`; MySQL/MariaDB `a foreign key constraint fails
# (`db`.`orders`, CONSTRAINT … REFERENCES `customers`` — the parent for a child row, the child for a parent row)
_FK_PG = re.compile(r"""\bis (?:not present in|still referenced from) table ['"`]?(?P<t>[\w$]{1,64})['"`]?""", re.I)
_FK_MYSQL = re.compile(r"""\bCannot (?P<op>add or update a child|delete or update a parent) row: a foreign key constraint fails """
                       r"""\((?:`[^`]{1,64}`\.)?`(?P<child>[^`]{1,64})`, CONSTRAINT `[^`]{1,64}` FOREIGN KEY \([^)]{0,200}\) """
                       r"""REFERENCES `(?P<parent>[^`]{1,64})`""", re.I)


def state_tables(message: str) -> list[str]:
    """The other table of a foreign-key failure: a recent call on it may have put the state right (the parent row
    inserted, the child rows deleted)."""
    head = message[:4000]
    found = [m.group("t") for m in _FK_PG.finditer(head)]
    for m in _FK_MYSQL.finditer(head):
        found.append(m.group("parent") if m.group("op").lower().startswith("add") else m.group("child"))
    return list(dict.fromkeys(found))[:5]



# A configuration file the tool looked for and did not find (ESLint `couldn't find an eslint.config.* file`, mkdocs
# `Config file 'mkdocs.yml' does not exist`, tsc `Cannot find a tsconfig.json file`): its name, a glob as the tool said it
_ANY_PATHS = "(?:input|output|source|target|specified|given|named|such|that|this|your|data|log|temp|text|binary|root|parent|home|working|current|base)"
_MISSING_CONFIG = re.compile(r"""\b(?:couldn't|could not|cannot|can't|unable to) find (?:an? |the |any )?['"`]?(?P<a>[\w.*-]*\.[\w.*-]+)['"`]?"""
                             r"""(?: (?:config(?:uration)? )?file)\b"""
                             r"""|\bconfig(?:uration)? file ['"`](?P<b>[\w.*-]+\.[\w*-]+)['"`] (?:does not exist|not found|is missing)\b"""
                             # stylelint `No configuration provided for styles/site.css`: some configuration file, unnamed
                             r"""|\bno (?P<c>config(?:uration)?)(?: file)? (?:provided|found)\b"""
                             # nox `Failed to load Noxfile noxfile.py, no such file exists.`: the tool's own file, by name
                             r"""|\bfailed to load (?:[A-Z]\w* )?['"`]?(?P<d>[\w.*-]+\.[\w*-]+)['"`]?,? (?:no such file|does not exist)"""
                             # doit `Could not find dodo file 'tasks/dodo.py'`: a file the tool looks for by its kind (not
                             # an `input file`, which any path is), by the name it quotes; quilt `No series file found`,
                             # behave `No steps directory in …`, DVC `not inside of a DVC repository`: by its kind only
                             r"""|\b(?:couldn't|could not|cannot|can't|unable to) (?:find|locate) (?:an? |the |any )?"""
                             rf"""(?!{_ANY_PATHS}\b)[a-z][\w-]* (?:file|directory)\b(?: ['"`](?:[^'"`\n]*/)?(?P<e>[^'"`/\n]{{1,80}})['"`])?"""
                             rf"""|^\s*no (?!{_ANY_PATHS}\b)[a-z][\w-]* (?P<f>file|directory) (?:found|exists|in)\b"""
                             r"""|\bnot inside (?:of )?an? [\w-]+ (?P<g>repository|project|workspace)\b""", re.I | re.M)


def missing_config(params: dict[str, Any], message: str) -> str | None:
    """The name (lowercased, maybe a glob) of a configuration file the message says was not found, unless the call
    itself named that file (then it is the call's value that was wrong: `-f site/mkdocs.yml`)."""
    found = _MISSING_CONFIG.search(message[:4000])
    if found is None:
        return None
    if found.group("c") or found.group("f") or found.group("g"):
        return ANY_CONFIG
    named = found.group("a") or found.group("b") or found.group("d") or found.group("e")
    if not named:
        return ANY_CONFIG
    name = named.lower()
    if any(isinstance(leaf, str) and name in leaf.lower() for value in params.values() for leaf in leaves(value)):
        return None
    return name
