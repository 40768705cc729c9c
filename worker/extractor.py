"""From one classified usage error to a reusable pattern in the seed's schema.

Pure: no I/O. What the pattern learns comes from evidence in this failure:
- the validation a value broke, as the message states it (`worker.validation`), else the
  rule pack's hint, else the kind of value the message is about, and only when the message
  says nothing, inferred from the value (a short SHA) — scoped to values like the mistaken one;
- the parameter at fault: the one the message names (first the one whose name stands before
  its quoted value), else the one whose value (or list item, or map value) it quotes, else
  the one value that fails the message's kind of value (`worker.attribution`); a validation the
  chosen value does not break is dropped, so nothing is learned that this failure did not show;
- a name the message quotes inside a longer value (`relation "x"` in a query): `mistaken_parts`;
- for a wrong tool, the path kind the message names or the value's suffixes;
- for a missing parameter, the required names the message gives that the call lacked;
- the steps that must come first, as tool names (`worker.steps`), the message's over the
  rule pack's hint; the tools every failing window held (`context_tools`; not for a prerequisite).
The id is what the mistake is — tool, category, parameter and a versioned key of the
template's words — so a mask or rule-pack change does not fork a pattern's history.
"""
from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Any

from .attribution import (MAX_PARTS, POSITIONAL, attribute, existing_names, fails_validation, fix_names, leading_words, mistaken_parts,
                          missing_config, state_tables,
                          offered_values, place_of_missing, says_exists, unknown_options, what_exists,
                          named_before_value, names_call_values, path_parameter, quantity_name, quoted_parameters,
                          scalar_values, value_evidenced, value_shape)
from .modules import missing_module, packages_imported
from .op_lists import ended_order
from .sql_order import said_slips
from .records import Classification
from .required import (NAMED_BINDS, WRONG_VALUE_CATEGORIES, alternative_names, bind_shortfall, list_lengths, missing_evidence,
                       named_bind_statement, placeholders_of, required_names, said_required, said_value_situation, situation_of,
                       values_short)
from .classifier import bounded_in, key_text
from .confidence import curve
from .events import param_values, utcnow
from .identity import EDIT_TOOLS, WRITTEN_TO, command_tool, family_key, family_of, free_positionals, subcommand_of
from .steps import (MODE_OPTIONS, closing_tools, commands_in, in_progress_tools, looks_only, options_in, prerequisite_tools, tool_refs,
                    without_help)
from .templates import MASK, mask_variables, template_to_regex
from .call_values import EMPTY, FORMATLESS_SUFFIXES, in_quotes, leaves, list_item_after, path_kind, path_suffixes, setting_pairs
from .literals import gated_regex
from .kinds import (DOCUMENT_SCOPES, KIND_BY_NAME, TIGHTER_KIND, Validation, about_the_file, document_kind, format_named, is_file_rule, is_token_layout, kind_accepts, message_kind, own_file_types,
                    read_by_its_type, read_rule, reads_as_its_type, suffix_rule, unreadable_types)
from .signals.values import named_part
from .stated import stated_validation
from .validation import Validator

MAX_COMMON_MISTAKES = 10
MAX_SHAPES = 10
MAX_WINDOW_TOOLS = 20
MAX_UNREADABLE_TYPES = 200  # every file type there is (unreadable_types lists at most those of FILE_CLASSES)
ID_VERSION = "k1"
_SEQUENCE = ("MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE")
_VALUED = ("PARAMETER_FORMAT", "INCORRECT_PARAMETER", "MISSING_PARAMETER")
_SHORT_SHA = re.compile(r"(?:^|:)[0-9a-fA-F]{6,39}$")
_SHA_SCOPE = r"(?:^|:)[0-9a-fA-F]{4,39}$"
_HEX_SCOPE = r"(?:^|:)[0-9a-fA-F]{4,}$"
_STATEMENT_SCOPE = r"^\s*\S+\s+\S"  # a statement of two words or more: not a database's name or file
_WORD_SCOPE = r"^\s*[^\d\s.+-]"  # a value that does not start as a number does
_NUMERIC_KINDS = frozenset({"number"})  # "integer" is a grammar of its own: `10k` is not one
_DIGIT_LED = re.compile(r"^\s*[-+]?\.?\d")
_LEADING_NUMBER = r"^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?=\s|$)"  # a number, then a space or the end
_EXPECTED_TOKENS = re.compile(r"^\s*Expected one of:?\s*$", re.M | re.I)
# a parser stopped inside the value (GEOS `Expected number but encountered ','`): a token of that kind was due there;
# the value as a whole (`POINT (1,2)`) is no such token
_EXPECTED_AT = re.compile(r"\bexpected (?:an? )?[\w-]+ but (?:encountered|found|got|saw|received)\b", re.I)
_DIGIT_GROUPS = re.compile(r"^\D{0,8}\d+(?:[- ]\d+){2,}\D{0,3}$")  # `978-0-306-4061`, `+1 555 0100 22`
_WITH_UNIT = re.compile(r"^\s*\d+(?:\.\d+)?\s*[A-Za-z]{1,3}\s*$")  # `10XB`, `1.5M`, `512 m`: digits, then a unit
_COUNT_OF = re.compile(r"\bnumber of [a-z]+", re.I)  # `invalid number of bytes`: a count in the tool's units
_KEY_WORD = re.compile(r"[A-Za-z]{2,}")
# the message speaks of the state the thing was in (`Can't trigger event ship from state pending!`)
_OF_A_STATE = gated_regex(r"(?i)\b(?:from|in|to) (?:the )?state\b|\bin (?:its|the) current state\b|\binvalid state\b")


def _by_number(params: dict[str, Any], key_line: str) -> bool:
    """A number the call gave stands right after a word in the message (`Task 1`, `ID 2`, `order #1042`): what the
    message is about is the thing of that number."""
    numbers = {str(v) for v in params.values() if v.__class__ is int or v.__class__ is str and v.isdigit() and len(v) <= 12}
    return any(re.search(rf"\b[A-Za-z]+:? #?{n}(?![\w.])", key_line[:1000]) for n in numbers)


_VERB = re.compile(r"[a-z][a-z-]{1,23}")
_CONFIGURABLE = re.compile(r"(?i)\bconfigure\b|\bin (?:a|the|your) config(?:uration)?(?: file)?\b|\bconfig(?:uration)? file\b")


def _verb_words(tool: str, params: dict[str, Any], parameter: str | None, key_line: str) -> dict[str, str]:
    """The bare lowercase words a command line gave as positionals, when its identity names no subcommand: not the
    value the message is about (`site` of `brz init site` and `Already a branch: "site"`), which names the thing."""
    if "_" in tool:
        return {}
    return dict(list((k, v) for k, v in params.items() if POSITIONAL.match(k) and k != parameter and v.__class__ is str
                     and _VERB.fullmatch(v) and not in_quotes(v, key_line))[:MAX_PARTS])


def template_key(template: str) -> str:
    """The template's plain words, lowercased: what stays when masks or rule packs change."""
    return " ".join(word.lower() for word in _KEY_WORD.findall(MASK.sub(" ", template)))


def pattern_id(tool: str, category: str, parameter: str | None, template: str) -> str:
    digest = hashlib.sha1(f"{ID_VERSION}|{tool}|{category}|{parameter or ''}|{template_key(template)}".encode()).hexdigest()[:8]
    return f"{tool}_{category.lower()}_{digest}"


# ---------------------------------------------------------------- validation
def infer_validation(value: Any, message: str, evidence: dict[str, Any]) -> Validation:
    """Expected shape of a malformed value: stated by the message or the rule, else the message's
    kind of value, else (the message says nothing) inferred from the value itself."""
    for candidate in _validation_candidates(message, evidence, "PARAMETER_FORMAT", value):
        if value is None or Validator(candidate).fails(value) is not None:
            return candidate
    return {}


def _rule_validation(message: str, evidence: dict[str, Any]) -> Validation:
    regex, expected = evidence.get("validation_regex"), evidence.get("expected_format")
    if not regex and not expected:
        return {}
    found: Validation = {"expected": str(expected or ""), "regex": str(regex or "")}
    kind = next((k for k in KIND_BY_NAME.values() if regex and k.regex == regex), None)
    if kind is not None:
        found["kind"] = kind.name
        if kind.name == "sha" and not kind.signal.search(message):
            found["applies_to"] = _SHA_SCOPE  # the rule saw a short SHA; the message said nothing of SHAs
    return found


# Kinds whose test is a closed set of names: a value outside it is a wrong value, not only a malformed one.
_CLOSED_KINDS = frozenset({"timezone", "cron", "color", "hex_color", "url_scheme", "hash_name", "encoding_name", "error_handler"})


# PyEphem `does not look like a year/month/day optionally followed by hours:minutes:seconds`: a layout of separated parts,
# which no date of basic form (20240301) is
_SEPARATED_DATE_WORDS = re.compile(r"(?i)\byears?\s*[-/.]\s*months?\s*[-/.]\s*days?\b|\by{2,4}\s*[-/.]\s*m{1,2}\b")


def _inferred_quantity(value: Any) -> list[Validation]:
    """The message says nothing of the value, and the parameter's name says it is a quantity: the most
    lenient kind the failing value breaks — a number with a short unit, else a plain integer."""
    out: list[Validation] = []
    for name in ("quantity", "integer"):
        kind = KIND_BY_NAME[name]
        if isinstance(value, str) and not kind_accepts(kind, value):
            out.append({"kind": name, "expected": kind.expected, "regex": kind.regex, "inferred": True})
    if out and out[0]["kind"] == "quantity" and not _DIMENSIONS.match(value):
        # a size is as often a width by a height (`800x600`: ddjvu, ImageMagick, ffmpeg): nothing said it is not
        out[0] = dict(out[0], regex=f"{out[0]['regex']}|{_DIMENSIONS.pattern}", expected=f"{out[0]['expected']}, or WxH")
    return out[:1]


_DIMENSIONS = re.compile(r"^\d+x\d+$")


# Python's strptime and pandas: `time data '02/12/2026' does not match format '%Y-%m-%d'`
_FORMAT_MISMATCH = re.compile(r"\btime data (?P<q>['\"])(?P<value>.{1,200}?)(?P=q) (?:doesn't|does not) match format "
                              r"(?P<r>['\"])(?P<format>[^'\"\n]{1,100})(?P=r)")


# a parameter naming what a call runs against (`db: shop.db`), not what it reads as its input
_RUN_AGAINST = re.compile(r"(?i)^(?:db|database|dbname|conn|connection|dsn|url|uri|engine)$|_db$|^db_")


def _module_named_in_a_list(params: dict[str, Any], message: str) -> tuple[str, list[str]] | None:
    """(the parameter, [the module]) when the module the message says is missing is what an item of a list the
    call passes names (`extensions: ['pymdownx.tasklist']`, plugins, loaders): that item is what needed it."""
    module = missing_module(message)
    if module is None:
        return None
    for key, value in params.items():
        if isinstance(value, list) and any(isinstance(v, str) and re.split(r"[.:/]", v, 1)[0] == module[1] for v in value[:50]):
            return str(key), [module[1]]
    return None


def _named_items_suffixes(value: Any, message: str) -> list[str]:
    """The suffixes of the files in a list value that the message names (`paths: ['deploy.sh']`, `cannot parse:
    deploy.sh:2:5`); [] for a value that is no list."""
    if not isinstance(value, list):
        return []
    head = message[:2000]
    return [s for item in value[:50] if isinstance(item, str) and path_suffixes(item)
            and item.rsplit("/", 1)[-1] in head for s in path_suffixes(item)]


# arrow `ParserMatchError: Failed to match 'YYYY-MM-DD' when parsing '02/12/2026'.`
_TOKEN_MISMATCH = re.compile(r"\bFailed to match (?P<r>['\"])(?P<format>[^'\"\n]{1,100})(?P=r) when parsing "
                             r"(?P<q>['\"])(?P<value>.{1,200}?)(?P=q)")


def format_relation(params: dict[str, Any], message: str) -> tuple[str, str] | None:
    """(the parameter holding the data, the one holding its format) when the message says a value did not match the
    call's own format (strptime's or moment/arrow's): the mistake is neither value alone (`02/12/2026` is right for
    `%d/%m/%Y`)."""
    head = message[:4000]
    match = _FORMAT_MISMATCH.search(head) or _TOKEN_MISMATCH.search(head)
    if match is None or not ("%" in match.group("format") or is_token_layout(match.group("format"))):
        return None
    formats = [k for k, v in params.items() if v == match.group("format")]
    data = [k for k, v in params.items() if k not in formats and match.group("value") in map(str, leaves(v))]
    return (data[0], formats[0]) if len(formats) == 1 and len(data) == 1 else None


def _validation_candidates(message: str, evidence: dict[str, Any], category: str, value: Any,
                           parameter: str | None = None, tool_name: str = "", texts: tuple[str, ...] = ()) -> list[Validation]:
    """What the value should have been, most specific first. `texts`: the call's text values, when no parameter is known."""
    stated = stated_validation(message)
    suggestion = stated.pop("suggestion", None)
    out = [stated] if stated else []
    rule = _rule_validation(message, evidence)
    if rule:
        out.append(rule)
    # a parser's list of the tokens it expected (Miller's `Expected one of: … float int …`) names its grammar, not the value
    kind, own_grammar = message_kind(_EXPECTED_TOKENS.split(message, 1)[0]), False
    document = document_kind(tool_name, message) if kind is None and category == "PARAMETER_FORMAT" else None
    if document is not None:  # `tomlkit_loads` stopped at a line and column: its inline document is no TOML
        found = ({"kind": document.name, "expected": document.expected, "regex": document.regex}
                 | ({"applies_to": DOCUMENT_SCOPES[document.name]} if document.name in DOCUMENT_SCOPES else {}))
        # a decoder's alphabet before the one character its message quoted (`Invalid character '0'` to base58)
        out.insert(0 if document.name not in DOCUMENT_SCOPES else len(out), found)
    if kind is not None and kind.name == "date" and category == "PARAMETER_FORMAT" and not out and not _DATE_LAYOUT.search(message):
        # "invalid date format" names no layout: the most lenient reading the failing value breaks, else ISO
        # a database's column reads no day words (`Incorrect date value: 'yesterday' for column`); a command line's may
        loose = KIND_BY_NAME["date_loose" if _STORED.search(message) else "date_words"]
        out.append({"kind": loose.name, "expected": loose.expected, "regex": loose.regex})
    spoken = [value] if isinstance(value, str) else list(texts) if value is None else []
    if kind is not None and spoken and all(len(v.split()) > 1 for v in spoken) and _EXPECTED_AT.search(message[:2000]):
        kind, own_grammar = None, True
    if kind is not None and kind.name in _NUMERIC_KINDS and isinstance(value, str) and not stated.get("regex"):
        # "invalid number of bytes" said of a value that starts as one (`100 KB`) speaks of the tool's own
        # count grammar (sizes with units), which `100K` may follow: no evidence of the kind. "invalid number" said of
        # a word (`name`), it is learned for words (`applies_to` below): a number-led value is not what failed.
        if _DIGIT_LED.match(value) and _COUNT_OF.search(message):
            kind, own_grammar = None, True
        elif _DIGIT_GROUPS.match(value):
            # "The number has an invalid length" of `978-0-306-4061`: groups of digits joined make an identifier (an
            # ISBN, a phone or card number), and `number` names it; a plain number is no rule of it
            kind, own_grammar = None, True
        elif kind.name == "number" and _DIGIT_LED.match(value) and len(value.split()) > 1 and not _WITH_UNIT.match(value):
            # "Malformed number" of `12,5 kg`: an expression whose number is malformed. What a number-led expression
            # starts with is that number (`12.5 kg`, `10 m/s`); whatever does not start as one is not its rule
            out.append({"kind": "number", "expected": "an expression that starts with a number", "regex": _LEADING_NUMBER,
                        "applies_to": _DIGIT_LED.pattern})
            kind, own_grammar = None, True
        elif kind.name == "number" and _WITH_UNIT.match(value):
            # "Invalid number: '1.5M'": a number given with a unit, so the tool's numbers carry one (truncate, dd,
            # --memory): the size grammar, not a plain number, which every `10M` would break
            kind = KIND_BY_NAME["size"]
    key_line = evidence.get("key_line") or ""
    if (kind is not None and isinstance(value, str) and len(value) >= 3 and f"'{value}'" in key_line
            and message_kind(key_line) is None):
        # rdiff-backup `Time string '1week' couldn't be parsed` then, of its grammar, `… will use the current time zone`:
        # the line that quotes the failed value names no kind of it, so a kind the explanation mentions is not its rule
        kind = None
    if kind is not None and kind.name not in _KINDS_OF_FILES and isinstance(value, str) and _FILE_NAME.match(value):
        # `disks/data.img is not a valid XFS filesystem (unexpected SB magic number 0x0)`: what the message says of a
        # file the call named is of its content; the name is no failed number, date or zone (`magic number`)
        kind = None
    if kind is not None and (category == "PARAMETER_FORMAT" or kind.name in _CLOSED_KINDS):
        # a message's word for a SHA (`digest`, `hash`) speaks of hex object names, not of `sha257` or `main`
        out.append({"kind": kind.name, "expected": kind.expected, "regex": kind.regex}
                   | ({"applies_to": _HEX_SCOPE} if kind.name == "sha" else {"applies_to": _STATEMENT_SCOPE} if kind.name == "sql"
                      else {"applies_to": _WORD_SCOPE} if kind.name in _NUMERIC_KINDS and isinstance(value, str)
                      and not _DIGIT_LED.match(value) else {}))
        if (kind.name in TIGHTER_KIND and category == "PARAMETER_FORMAT"  # for a failing value the kind accepts
                and not (kind.name == "date" and _SEPARATED_DATE_WORDS.search(message))):
            tight = KIND_BY_NAME[TIGHTER_KIND[kind.name]]
            out.append({"kind": tight.name, "expected": tight.expected, "regex": tight.regex})
    if category == "PARAMETER_FORMAT" and not out and not own_grammar and quantity_name(parameter):
        out.extend(_inferred_quantity(value))
    if category in ("PARAMETER_FORMAT", "INCORRECT_PARAMETER") and message_kind(message) is None:
        # The message says nothing of the value's kind, and the value is an abbreviated SHA.
        if isinstance(value, str) and _SHORT_SHA.search(value) and re.search(r"\d", value):
            sha = KIND_BY_NAME["sha"]
            out.append({"kind": "sha", "expected": sha.expected, "regex": sha.regex, "applies_to": _SHA_SCOPE})
    if category == "PARAMETER_FORMAT" and not out and isinstance(value, str) and not kind_accepts(_BALANCED, value):
        # The message says nothing of the value's shape, and the value leaves a bracket or quote open (`//book[`):
        # a later value that leaves one open repeats it; a closed one (`//book[@id='2']`) does not.
        out.append({"kind": _BALANCED.name, "expected": _BALANCED.expected, "regex": _BALANCED.regex, "inferred": True})
    if suggestion:
        out = [{**candidate, "suggestion": suggestion} for candidate in out] + [{"suggestion": suggestion}]
    return out


_BALANCED = KIND_BY_NAME["balanced"]
# kinds a file's name may be the value of (a path, a document or statement in a file, a URL or ref that holds slashes)
_KINDS_OF_FILES = frozenset({"dir_path", "file_path", "absolute_path", "text_file", "yaml", "json", "toml", "xml", "sql",
                             "regex_syntax", "balanced", "git_ref", "version_specifier", "requirement", "url"})
_FILE_NAME = re.compile(r"^(?:\.{0,2}/)?(?:[\w.@+-]+/)+[\w.@+-]*\.[A-Za-z][A-Za-z0-9]{0,5}$")  # `disks/data.img`, `./a/b.csv`
_STORED = re.compile(r"\b(?:column|row|field|table|record)s?\b", re.I)
# A message that names the layout a date must have (ISO 8601, RFC 3339, YYYY-MM-DD, a strftime or Go layout)
_DATE_LAYOUT = re.compile(r"iso[- ]?8601|rfc ?3339|yyyy|%[YmdHM]|2006|isoformat|\bformat\s*[:=(]", re.I)


# ---------------------------------------------------------------- steps
_USE_OPTION = re.compile(r"\b(?:or )?use (?:the )?(--[a-z][\w-]*) (?:flag|option)\b", re.I)


def _required(tool_name: str, message: str, evidence: dict[str, Any], params: dict[str, Any] | None = None
              ) -> tuple[list[str], list[str], str | None]:
    """(tools that must run first, options of the same call that fix it, the step as text)."""
    hint = evidence.get("missing_step")
    tools = prerequisite_tools(message, tool_name, params)
    tools += [t for t in in_progress_tools(message, tool_name) if t not in tools]
    options: list[str] = []
    for command in commands_in(message):
        if command_tool(command) == tool_name:  # "use git push --set-upstream …": the same call with an option
            words = command.split()
            options.extend(w.split("=")[0] for w in words[1:] if w.startswith("--") and w.split("=")[0] not in options)
    if not tools and not options:  # the message names no step: the rule pack's hint may
        for alternative in re.split(r"\s+or\s+|\s*[,;|]\s*", str(hint or "")):
            words = alternative.split()
            if words and words[0] != tool_name and MODE_OPTIONS.intersection(words[1:]):
                continue  # `git_merge --continue` for a git_commit: no tool name in a session shows it
            tools += [t for t in tool_refs(alternative) if t != tool_name and t not in tools]
        options = options_in(hint, tool_name)
    # "…, or use the --head flag": an option of this very call that does instead of the step
    options += [o for o in _USE_OPTION.findall(message) if o not in options]
    step = (" or ".join(tools + [f"{tool_name} {o}" for o in options]) or None) if (tools or options) else hint
    return tools[:5], options[:5], step


def _context(recent_calls: list[str]) -> list[str]:
    return sorted({t for t in recent_calls if not looks_only(t)})


def _shared_context(old: list[str], new: list[str]) -> set[str]:
    """The tools both windows held, one file edit standing for any (`write_file` before one failure and
    `edit_file` before the other: both came after an edit)."""
    shared = set(old) & set(new)
    if EDIT_TOOLS.intersection(old) and EDIT_TOOLS.intersection(new):
        shared |= (set(old) | set(new)) & EDIT_TOOLS
    return shared


def _refuted(inferred: Validation, new: dict[str, Any]) -> bool:
    """An inferred validation that a later failing value passes (`4k` is a quantity), or a kind a later failing
    value passes that learned its stricter kind (`1.5g` is a size, not one the JVM takes): it is too lenient."""
    if TIGHTER_KIND.get(str(inferred.get("kind"))) == (new.get("validation") or {}).get("kind"):
        return True
    if not inferred.get("inferred"):
        return False
    return any(Validator(inferred).fails(value) is None for value in (new.get("common_mistakes") or [])[:3])


def merge_evidence(existing: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What a later observation adds to a pattern's mistake: a validation where there was none
    (or a stated one over an inferred one), more prerequisite tools, more call shapes."""
    out: dict[str, Any] = {}
    old_v, new_v = existing.get("validation") or {}, new.get("validation") or {}
    if new_v and (not old_v or (old_v.get("applies_to") and not new_v.get("applies_to"))
                  or set(old_v) <= {"suggestion"} or _refuted(old_v, new)):
        out["validation"] = new_v
    for key, cap in (("state_tables", 5), ("required_tools", 5), ("required_options", 5), ("mode_values", MAX_PARTS), ("mistaken_parts", MAX_PARTS),
                     ("value_suffixes", MAX_PARTS), ("suggested_names", MAX_PARTS), ("part_leads", 5), ("leading_words", MAX_PARTS), ("given_settings", MAX_PARTS * 4), ("unknown_options", MAX_PARTS), ("family_members", MAX_PARTS),
                     ("option_aliases", 3), ("window_tools", MAX_WINDOW_TOOLS), ("missing_modules", 5),
                     ("unreadable_types", MAX_UNREADABLE_TYPES)):
        merged = list(existing.get(key) or [])
        merged += [t for t in new.get(key) or [] if t not in merged]
        if merged != list(existing.get(key) or []):
            out[key] = merged[:cap]
    if new.get("fix_names"):
        names = list(existing.get("fix_names") or [])
        names += [n for n in new["fix_names"] if n not in names]
        if names != list(existing.get("fix_names") or []):
            out["fix_names"] = names[:MAX_PARTS * 2]
    if new.get("said_words"):
        words = list(existing.get("said_words") or [])
        words += [w for w in new["said_words"] if w not in words]
        if words != list(existing.get("said_words") or []):
            out["said_words"] = words[:MAX_SAID_WORDS * 2]
    if new.get("after_ending"):
        ended = {k: [list(p) for p in v] for k, v in (existing.get("after_ending") or {}).items()}
        for key, pairs in new["after_ending"].items():
            if key in ended or len(ended) < MAX_PARTS:
                have = ended.setdefault(key, [])
                have += [list(p) for p in pairs if list(p) not in have]
                del have[3 * MAX_PARTS:]
        if ended != existing.get("after_ending"):
            out["after_ending"] = ended
    if new.get("closed_by") and new["closed_by"] != existing.get("closed_by"):
        out["closed_by"] = list(dict.fromkeys([*(existing.get("closed_by") or []), *new["closed_by"]]))[:5]
    if new.get("state_said") and not existing.get("state_said"):
        out["state_said"] = True
    if new.get("configurable") and not existing.get("configurable"):
        out["configurable"] = True
    if new.get("named_by_number") and not existing.get("named_by_number"):
        out["named_by_number"] = True
    if new.get("sql_slips"):
        slipped = {k: list(v) for k, v in (existing.get("sql_slips") or {}).items()}
        for key, kinds in new["sql_slips"].items():
            have = slipped.setdefault(key, [])
            have += [kind for kind in kinds if kind not in have]
        if slipped != existing.get("sql_slips"):
            out["sql_slips"] = slipped
    if new.get("suffix_files"):  # per file type, the different files that failed (a repeat of one file is no news)
        files = {k: list(v) for k, v in (existing.get("suffix_files") or {}).items()}
        for suffix, names in new["suffix_files"].items():
            if suffix in files or len(files) < MAX_PARTS:
                have = files.setdefault(suffix, [])
                have += [n for n in names if n not in have and len(have) < 3]
        if files != existing.get("suffix_files"):
            out["suffix_files"] = files
    if new.get("names_call_values") and existing.get("names_call_values") is False:
        out["names_call_values"] = True  # one failure named a value of its call: the values may matter
    if new.get("free_positionals") is not None and (existing.get("free_positionals") or 0) < new["free_positionals"]:
        out["free_positionals"] = new["free_positionals"]
    if existing.get("verb_words"):  # the words every failing call gave at that place
        verbs = {k: v for k, v in existing["verb_words"].items() if (new.get("verb_words") or {}).get(k) == v}
        if verbs != existing["verb_words"]:
            out["verb_words"] = verbs
    if "bare_flags" in existing or "bare_flags" in new:  # bare in every failing call
        bare = [k for k in existing.get("bare_flags") or [] if k in (new.get("bare_flags") or [])]
        if bare != list(existing.get("bare_flags") or []):
            out["bare_flags"] = bare
    offered = {**(existing.get("offered_values") or {}), **(new.get("offered_values") or {})}
    if offered != (existing.get("offered_values") or {}) and len(offered) <= MAX_PARTS:
        out["offered_values"] = offered
    lengths = dict(existing.get("list_lengths") or {})
    for key, count in (new.get("list_lengths") or {}).items():
        if count > lengths.get(key, -1) and (key in lengths or len(lengths) < MAX_PARTS):
            lengths[key] = count
    if lengths != (existing.get("list_lengths") or {}):
        out["list_lengths"] = lengths
    if existing.get("situation") and existing.get("situation") != new.get("situation"):
        shared = {k: v for k, v in existing["situation"].items() if (new.get("situation") or {}).get(k) == v}
        out["situation"] = shared  # what every observation shared: one that differed was no situation of it
    if new.get("bind_values") and not existing.get("bind_values"):
        out["bind_values"] = new["bind_values"]
    old_c, new_c = existing.get("context_tools"), new.get("context_tools")
    if new_c is not None:
        context = sorted(_shared_context(old_c, new_c)) if old_c is not None else list(new_c)
        if context != old_c:
            out["context_tools"] = context
    shapes = [list(s) for s in existing.get("call_shapes") or ([existing["call_shape"]] if existing.get("call_shape") is not None else [])]
    for shape in new.get("call_shapes") or []:
        if list(shape) not in shapes and len(shapes) < MAX_SHAPES:
            shapes.append(list(shape))
    if shapes and shapes != existing.get("call_shapes"):
        out["call_shapes"] = shapes
    return out


# the words of a parameter's name that say its file is run or read for its content (a script, a source)
_CONTENT_WORDS = frozenset("script source src file input sql migration template program".split())
_ASSIGNMENT = re.compile(r"^(?P<name>[A-Za-z_][\w.-]{0,60})=(?P<value>.*)$", re.S)


def _assigned_validation(value: Any, message: str) -> Validation:
    """`-var instance_count=two` and "var.instance_count …: a number is required": the kind of value
    the message asks for, tested on that one assignment's right-hand side only."""
    match = _ASSIGNMENT.match(value) if isinstance(value, str) else None
    kind = message_kind(message) if match and bounded_in(match.group("name"), message) else None
    if match is None or kind is None or kind.name in ("dir_path", "file_path", "absolute_path", "json"):
        return {}
    found: Validation = {"kind": kind.name, "expected": f"{kind.expected} for {match.group('name')}", "assigned": match.group("name")}
    if kind.regex:
        found["regex"] = kind.regex
    return found if Validator(found).fails(value) is not None else {}


def _assigned_to_quoted(value: Any, message: str, validation: Validation) -> Validation:
    """dd's `count=1,024` and `invalid number: '1,024'`: the message quoted the right-hand side of one `name=value`
    operand, so the rule is of that side, for that name (`count=4` passes; `bs=1M` is another operand)."""
    match = _ASSIGNMENT.match(value) if isinstance(value, str) else None
    if match is None or "=" in match.group("value") or not match.group("value"):
        return validation  # `requests==9.9` is a pin, not an operand
    if not in_quotes(match.group("value"), message):
        return validation
    assigned = {**validation, "assigned": match.group("name")}
    return assigned if Validator(assigned).fails(value) is not None else validation


_PIN = re.compile(r"^(?P<name>[A-Za-z0-9_][\w.-]{0,100}?)(?P<op>==|@|=)(?P<value>[^=@]+)$")


def _pinned_enum(value: Any, validation: Validation) -> Validation:
    """`requests==9.99.0` and "(from versions: 0.2.0, …, 2.34.2)": the list is of what stands after the
    pin, for that name (`requests==2.32.3` passes, `requests>=2.31` is no pin and passes)."""
    match = _PIN.match(value) if isinstance(value, str) else None
    enum = {str(item) for item in validation.get("enum") or []}
    if match is None or value in enum or match.group("value") in enum:
        return validation
    return {**validation, "assigned": match.group("name"), "assign_op": match.group("op"),
            "expected": f"{match.group('name')}{match.group('op')}{validation.get('expected', '')}"}


def _token_shape(token: str) -> str:
    """The shape of a literal (`2026-13-01` → digits-digits-digits), as a regex finding its like in a text."""
    shape = re.sub(r"\\d\+|\d+", lambda m: rf"\d{{{len(m.group(0))}}}", re.escape(token))
    return rf"(?<![\w.-]){shape}(?![\w.-])"


def _embedded_validation(params: dict[str, Any], message: str, parameter: str | None) -> tuple[str | None, Validation]:
    """`date/time field value out of range: "2026-13-01"` for a query holding that literal: the kind the
    message names, tested on every literal of that shape the value holds (`'2026-04-31'` fails, `'2026-11-30'`
    passes); only when the quoted literal is inside one parameter's value and breaks the kind."""
    kind = message_kind(message)
    if kind is None or kind.name in ("dir_path", "file_path", "absolute_path", "json") or not (kind.regex or kind.test):
        return parameter, {}
    for key, parts in mistaken_parts(params, key_text(message).key).items():
        for token in parts:
            if not kind_accepts(kind, token) and re.search(r"\d", token):
                found: Validation = {"kind": kind.name, "expected": kind.expected, "embedded": _token_shape(token)}
                if kind.regex and not kind.test:
                    found["regex"] = kind.regex
                return key, found
    return parameter, {}


_KEYWORD = re.compile(r"^(?:[A-Z][A-Z_]{1,20}|--?[A-Za-z][\w-]{0,30})$")


def _list_anchored(params: dict[str, Any], candidates: list[Validation],
                   parameter: str | None) -> tuple[str | None, Validation, str | None]:
    """A list of arguments whose items several values of the call break (`['bp4:s', 'abc', 'EX', '10s']` for an
    integer): the one item that follows a keyword or an option (`EX`, `--ttl`) and breaks it is the value, named
    by that keyword (so `EX 10` passes wherever the list puts it). (parameter, validation, keyword)."""
    for validation in candidates:
        if not validation.get("kind") and not validation.get("regex"):
            continue
        found = [(key, str(items[at - 1])) for key, items in params.items() if isinstance(items, list)
                 for at in range(1, min(len(items), 50)) if isinstance(items[at - 1], str) and _KEYWORD.match(items[at - 1])
                 and not isinstance(items[at], (bool, list, dict)) and fails_validation(validation, items[at])]
        if len(found) == 1:
            return found[0][0], validation, found[0][1]
    return parameter, {}, None


def _anchored(params: dict[str, Any], parameter: str) -> tuple[str, str | None]:
    """A command line's option whose value was read as a positional (`--max-keys 1k` → max_keys=true,
    arg3='1k'): the value belongs to the option, and its position moves with the options before it.
    (parameter, the option it is the value of) — the positional, named by the option it follows."""
    keys = list(params)
    at = keys.index(parameter)
    if params[parameter] is True and at + 1 < len(keys) and POSITIONAL.match(keys[at + 1]):
        return keys[at + 1], parameter
    if POSITIONAL.match(parameter) and at > 0 and params[keys[at - 1]] is True and not POSITIONAL.match(keys[at - 1]):
        return parameter, keys[at - 1]
    return parameter, None


_ALIASED = re.compile(r"(?<![\w-])-(?P<short>[A-Za-z0-9]),\s*--(?P<long>[A-Za-z][\w-]{0,40})\b")


def option_aliases(option: str, message: str) -> list[str]:
    """`for "-m, --memory" flag`: the other names of the option the value belongs to (`memory` → ['m'])."""
    out: list[str] = []
    for match in _ALIASED.finditer(message[:4000]):
        short, long = match.group("short"), match.group("long").replace("-", "_").lower()
        other = short if option == long else long if option == short else None
        if other and other not in out:
            out.append(other)
    return out[:3]


def _mode_values(params: dict[str, Any]) -> list[str]:
    """`name=value` of a call's flags and one-word values (`abort=True`, `arg1=pop`, `action=pop`)."""
    return sorted(f"{k}={v}" for k, v in params.items()
                  if v is True or (isinstance(v, str) and v.isalpha() and len(v) <= 20))[:MAX_PARTS]


# ---------------------------------------------------------------- the pattern
def _root_cause(tool: str, category: str, parameter: str | None, evidence: dict[str, Any],
                validation: Validation, step: str | None) -> str:
    # `data_or_shape_or_dtype` (`One of data, shape or dtype must be specified`) is any one of them
    param = " or ".join(f"'{name}'" for name in parameter.split("_or_")) if parameter else "a parameter"
    if category == "INCORRECT_PARAMETER":
        expected = validation.get("expected")
        return (f"{tool} was called with a value of {param} that does not exist or is not valid here"
                + (f" (expected: {expected})" if expected else ""))
    if category == "PARAMETER_FORMAT":
        expected = validation.get("expected") or evidence.get("expected_format")
        return f"{tool} was called with {param} in the wrong format" + (f" (expected: {expected})" if expected else "")
    if category == "MISSING_PREREQUISITE":
        need = evidence.get("missing_prerequisite") or step or "a required resource or setup step"
        return f"{tool} was called before its prerequisite was in place: {need}"
    if category == "WORKFLOW_SEQUENCE":
        return f"{tool} was called out of order" + (f": {step} must come first" if step else "")
    if category == "WRONG_TOOL_SELECTION":
        better = evidence.get("suggested_tool")
        return f"{tool} is the wrong tool for this job" + (f"; use {better}" if better else "")
    return f"{tool} was called without {param}"


def _prevention_steps(tool: str, category: str, parameter: str | None, evidence: dict[str, Any],
                      validation: Validation, step: str | None, tools: list[str]) -> list[dict[str, Any]]:
    """Steps in the seed's action vocabulary, specific to the category."""
    helper = evidence.get("suggested_tool")
    suggestion = validation.get("suggestion")
    steps: list[dict[str, Any]] = []
    if suggestion and parameter:
        steps.append({"action": "use_suggested_value", "parameter": parameter, "value": suggestion,
                      "reason": f"the tool suggested {suggestion!r} for {parameter}"})
    if category == "INCORRECT_PARAMETER":
        if helper:
            steps.append({"action": "call_tool_first", "tool": helper, "reason": f"list the valid values of {parameter or 'the parameter'}"})
            steps.append({"action": "extract_from_result", "parameter": parameter, "reason": "pick a value that exists"})
        if validation.get("enum") or validation.get("regex") or "min" in validation or "max" in validation:
            steps.append({"action": "validate_parameter", "parameter": parameter, "validation": validation,
                          "reason": f"ensure {parameter or 'the value'} is {validation.get('expected')}"})
        steps.append({"action": "check_condition", "parameter": parameter,
                      "condition": f"{parameter or 'the value'} exists and is valid for {tool}",
                      "reason": "this value was wrong before"})
        steps.append({"action": "use_extracted_value", "parameter": parameter, "reason": "use a verified value"})
        return steps
    if category == "PARAMETER_FORMAT":
        steps.append({"action": "validate_parameter", "parameter": parameter, "validation": validation,
                      "reason": f"ensure {parameter or 'the value'} is {validation.get('expected') or 'well-formed'}"})
        if helper:
            steps.append({"action": "call_tool_if_invalid", "tool": helper, "reason": "expand or convert the value"})
            steps.append({"action": "use_expanded_value", "parameter": parameter, "reason": "use the converted value"})
        return steps
    if category in _SEQUENCE:
        if tools:
            shown = " or ".join(tools)
            steps.append({"action": "check_tool_called", "tool": tools[0], "alternatives": tools,
                          "reason": f"{shown} must run before {tool}"})
            steps.append({"action": "call_tool_first", "tool": tools[0], "reason": f"run {tools[0]} first"})
        else:
            steps.append({"action": "check_condition",
                          "condition": evidence.get("missing_prerequisite") or step or "the prerequisite is in place",
                          "reason": "the prerequisite was missing before"})
        steps.append({"action": "verify_prerequisite_success", "reason": "make sure the earlier step succeeded"})
        return steps
    if category == "WRONG_TOOL_SELECTION":
        if helper:
            return [{"action": "suggest_tool", "tool": helper, "reason": f"{tool} is not meant for this"}]
        return [{"action": "warn_if_false", "condition": f"{tool} fits this job", "reason": f"{tool} failed this way before"}]
    return [{"action": "validate_parameter", "parameter": parameter, "validation": {"expected": "present"},
             "reason": "the parameter is required"}]


def extract_usage_pattern(tool_name: str, params: dict[str, Any] | None, error_message: str,
                          classification: Classification, now: datetime | None = None,
                          user: str | None = None, recent_calls: list[str] | None = None) -> dict[str, Any]:
    params = params or {}
    evidence = classification.get("evidence") or {}
    category = classification["error_category"]
    if category is None:
        raise ValueError("a pattern is extracted from a usage classification only")
    parameter = evidence.get("parameter")
    validation: Validation = {}
    required: list[str] = []
    keyword: str | None = None
    content_of = False  # the parameter names a file whose content refers to the missing thing
    if category in ("INCORRECT_PARAMETER", "PARAMETER_FORMAT") and (
            (required_names(params, error_message) and not names_call_values(params, error_message))
            or values_short(params, error_message)):
        category = "MISSING_PARAMETER"  # `missing TABLE argument` for a call with no table: not a wrong value
    if category == "MISSING_PARAMETER":
        how = missing_evidence(params, error_message)
        if how == "step" and prerequisite_tools(error_message, tool_name):
            category = "MISSING_PREREQUISITE"  # "…by running: terraform init" names a step, not a parameter
            required = said_required(params, error_message)  # "You must specify a region. … running "aws configure"
        else:
            required = required_names(params, error_message)
            parameter = required[0] if required else None
    if category in _VALUED and category != "MISSING_PARAMETER":
        value = evidence.get("incorrect_value", params.get(parameter) if parameter else None)
        candidates = _validation_candidates(error_message, evidence, category, value, parameter, tool_name,
                                            tuple(v for v in params.values() if isinstance(v, str)))
        parameter, validation = attribute(params, error_message, parameter, candidates)
        if not validation:  # `SET k v EX 10s` and "value is not an integer": the item after a keyword in a list
            parameter, validation, keyword = _list_anchored(params, candidates, parameter)
    elif category != "MISSING_PARAMETER":
        before = named_before_value(params, error_message)  # `namespaces "x" not found` → namespace
        if before and parameter not in before:
            parameter = before[0]
    if category in ("PARAMETER_FORMAT", "INCORRECT_PARAMETER") and not validation and parameter in params:
        validation = _assigned_validation(params[parameter], error_message)
    if category == "PARAMETER_FORMAT" and not validation:
        parameter, validation = _embedded_validation(params, error_message, parameter)
    if validation.get("kind") and not validation.get("assigned") and parameter in params:
        validation = _assigned_to_quoted(params[parameter], error_message, validation)
    if validation.get("enum") and parameter in params:
        validation = _pinned_enum(params[parameter], validation)
    format_of = None
    if category in _VALUED and category != "MISSING_PARAMETER":
        relation = format_relation(params, error_message)
        if relation is not None:  # `time data "02/12/2026" doesn't match format "%Y-%m-%d"`: the data against the call's format
            (parameter, format_of), validation = relation, {}
    key_line = key_text(error_message).key
    parts: list[str] = []
    lead: str | None = None
    whole_parts = False
    if category == "INCORRECT_PARAMETER":
        found = mistaken_parts(params, key_line)
        if found and (parameter not in params or parameter in found or not bounded_in(str(params[parameter]), key_line)):
            parameter = parameter if parameter in found else max(found, key=lambda k: len(str(params[k])))
            parts = found[parameter][:MAX_PARTS]
            if len(parts) > 1 and re.fullmatch(r"[/.:]".join(re.escape(p) for p in parts), str(params[parameter])):
                parts, whole_parts = [], True  # `Section [compute] has no property [zonee]` for `compute/zonee`: the whole value is the mistake
    elif category == "MISSING_PREREQUISITE":
        # `schema "analytics" does not exist` for `CREATE TABLE analytics.events …`: the missing thing is named in the call
        found = mistaken_parts(params, key_line)
        if found and (parameter not in params or parameter in found):
            parameter = parameter if parameter in found else max(found, key=lambda k: len(str(params[k])))
            parts = found[parameter][:MAX_PARTS]
        elif not found and (listed := _module_named_in_a_list(params, error_message)) is not None:
            parameter, parts = listed  # `No module named 'pymdownx'` for `extensions: ['pymdownx.tasklist']`
        elif not found and parameter not in params and not names_call_values(params, error_message):
            # `no such table: orders` for `{database, script: seed.sql}`: the one file the call named holds what
            # refers to the missing thing, so that file again (before anything set it up) is the known value
            files = [k for k, v in params.items() if path_kind(v) == "file" and not POSITIONAL.match(k)]
            if len(files) > 1:  # `{database: a.db, script: seed.sql}`: the one run, not the one run against
                files = [k for k in files if _CONTENT_WORDS.intersection(str(k).lower().split("_"))]
            if len(files) == 1:
                parameter, content_of = files[0], True
    elif category == "WORKFLOW_SEQUENCE":
        # `table users already exists` for `CREATE TABLE users (…)`: the name after its noun is what exists
        existing = existing_names(params, key_line)
        if existing:
            parameter, (lead, parts) = next(iter(existing.items()))
        else:  # the whole value the message says exists, the parameter it names, or the one path the call made
            parameter = what_exists(params, key_line, names_call_values(params, error_message)) or parameter
    elif category == "PARAMETER_FORMAT" and parameter in params and not validation:
        # `syntax error at or near "DESCRIBE"` for `DESCRIBE users`: the first word is what the tool refused
        first = str(params[parameter]).split(None, 1)[:1]
        if first and len(first[0]) >= 3 and first[0] in mistaken_parts({parameter: params[parameter]}, key_line).get(parameter, []):
            parts = first
    suffixes: list[str] = []
    if (category == "PARAMETER_FORMAT" and not validation and parameter not in params and not parts
            and not mistaken_parts(params, key_line)):  # `near "SELEC": syntax error` is about the statement, not the file
        # "Expecting value: line 1 column 1" for `{file: b.yaml}`: the content of the one file the call named is
        # what was malformed, and the file's type (its suffix) is the evidence; counted, so two files must share it
        files = [k for k, v in params.items() if path_kind(v) == "file"]
        if len(files) == 1 and not names_call_values(params, error_message):
            # a type the tool reads (`tomlkit_parse` given a .toml) is no evidence: that file's content was bad
            # nor is a suffix that names no format (`shares/db.txt` to ssss-combine's `invalid syntax`: the good shares
            # are .txt files too)
            parameter, suffixes = files[0], [x for x in path_suffixes(params[files[0]])
                                             if not reads_as_its_type(tool_name, error_message, x)
                                             and x.lstrip(".").lower() not in FORMATLESS_SUFFIXES]
    stated = stated_validation(error_message) if category == "WRONG_TOOL_SELECTION" else {}
    stated.pop("suggestion", None)
    if stated.get("regex") and parameter not in params:  # "Only SELECT queries are allowed": the one value breaking it
        failing = [k for k, v in scalar_values(params).items() if fails_validation(stated, v)]
        parameter = failing[0] if len(failing) == 1 else parameter
    if category == "WRONG_TOOL_SELECTION":
        parameter = parameter if parameter in params else path_parameter(params, error_message)
        if parameter is not None and _RUN_AGAINST.search(str(parameter)) and not bounded_in(str(params[parameter]), error_message):
            parameter = None  # `You can only execute one statement at a time` for `{db: shop.db, sql: …}`: not the database
        quoted = quoted_parameters(params, error_message)
        if quoted and parameter not in quoted:  # the message quotes another value: that one is what was wrong
            parameter = quoted[0]
        files = [k for k, v in params.items() if path_suffixes(v) and k != WRITTEN_TO
                 and (stated.get("applies_to") or not _RUN_AGAINST.search(str(k)))]  # (not the file `>` writes)
        by_suffix = [k for k in files if any(bounded_in(x.lstrip("."), error_message) for x in path_suffixes(params[k]))]
        if parameter not in params and not quoted and len(by_suffix) == 1:
            parameter = by_suffix[0]  # sox `no handler for file extension 'mid'`: the one file of the type it names
        if (stated.get("applies_to") or not quoted) and len(files) == 1 and not path_suffixes(params.get(str(parameter))):
            # `Execution failed on sql '…': file is not a database`: a rule of files is the file's; `The input is a
            # PostgreSQL custom-format dump … restore this dump to a database` quotes nothing: the tool was wrong for
            # the one file it was given, not for the word `database` it used
            parameter = files[0]
        if parameter in params:
            validation, suffixes = value_shape(params[parameter], error_message)
            # (a suffix rule's scope aside: a value redacted as `<redacted>` shows no suffix, the call had one)
            if not validation and stated.get("regex") and fails_validation(
                    {k: v for k, v in stated.items() if k != "applies_to"}, params[parameter]):
                validation, suffixes = stated, []
    if category in WRONG_VALUE_CATEGORIES and parameter not in params and not validation and read_by_its_type(tool_name, error_message):
        # h5py's `file signature not found` for `{path: temps.npy, dataset: temps}`: the one file, read as the wrong type
        files = [k for k, v in params.items() if path_suffixes(v) and k != WRITTEN_TO]
        if len(files) == 1:
            parameter, suffixes = files[0], path_suffixes(params[files[0]])
    read_types = (suffixes or _named_items_suffixes(params[parameter], error_message)
                  if category in WRONG_VALUE_CATEGORIES and not validation and parameter in params else [])
    if read_types:
        # `xz: logs.gz: File format not recognized`, `TomlDecodeError` for a .yml: the tool's own file type;
        # `codec can't decode byte 0x89` for a .png to a reader of text: no binary file; black's `cannot parse:
        # deploy.sh:2:5` for `paths: [deploy.sh]`: the file of a list that the message names
        validation = read_rule(tool_name, error_message, read_types)
        suffixes = [] if validation else suffixes
    if category == "INCORRECT_PARAMETER" and not validation and parameter in params and path_suffixes(params[parameter]):
        # `Could not read key from server.crt` to openssl pkey: a file of another type than the tool's own is the mistake
        given = path_suffixes(params[parameter])
        own = own_file_types(tool_name, error_message) or format_named(error_message, given)
        if own and not set(own).intersection(given):
            validation = suffix_rule(own)
    unreadable = (unreadable_types(tool_name, params[parameter], error_message)
                  if category in WRONG_VALUE_CATEGORIES and not validation and not parts and parameter in params
                  and about_the_file(params[parameter], error_message, params.values()) else [])
    leads: list[str] = []
    if category in ("PARAMETER_FORMAT", "WRONG_TOOL_SELECTION") and not validation and not suffixes and not parts and not unreadable:
        # `syntax error at or near "\"` for `\dt`, `SAVEPOINT can only be used in transaction blocks`: how it begins
        at, leads = leading_words(params if parameter not in params else {parameter: params[parameter]}, key_line)
        parameter = at if at is not None else parameter
    anchor = None
    if category in ("PARAMETER_FORMAT", "INCORRECT_PARAMETER") and parameter in params and not keyword and not is_file_rule(validation):
        # (a file of the wrong type is the file wherever it stands: `ncdump -h x.cdl` is no value of `-h`)
        moved, anchor = _anchored(params, parameter)
        if moved != parameter:  # a bare flag's validation said nothing of the value after it
            parameter = moved
            validation = validation if fails_validation(validation, params[moved]) else {}
    value = params.get(parameter) if parameter in params else evidence.get("incorrect_value")
    if keyword and parameter in params:
        value = list_item_after(params[parameter], keyword)
    if not classification.get("learnable") and category in WRONG_VALUE_CATEGORIES:
        # learned on the message's own evidence alone (the classifier was unsure): only that evidence — the rule it
        # stated, the kind of file it could not read, the value itself — and no shape guessed from the value
        suffixes, leads, parts, lead = [], [], [], None
    sub = subcommand_of(tool_name)
    # an unknown subcommand the message names (`docker: unknown command: docker up`) is the call's value too
    named_sub = [sub] if sub and category == "WRONG_TOOL_SELECTION" and bounded_in(sub, key_line) else []
    values = param_values(params)
    # and the name a value ends with after its place (`Archive weekly-01 …` for `repo::weekly-01`): a value too
    template = mask_variables(key_line, values + [p for v in values for p in named_part(v)] + named_sub + (parts if lead else []))[:500]
    tools, options, step = _required(tool_name, error_message, evidence, params) if category in _SEQUENCE else ([], [], None)
    place = place_of_missing(params, error_message) if category == "MISSING_PREREQUISITE" and not parts else ([], None)
    lacked = missing_module(error_message) if category == "MISSING_PREREQUISITE" else None
    module = lacked if parameter in params else None
    if module is not None and module[1] not in packages_imported(module[0], params.get(str(parameter))):
        module = None  # the code the call gave does not import it (a script file, a transitive import)
    seen = (now or utcnow()).isoformat()
    # A bare flag's `true` is no mistaken value: every call that gives the flag has it.
    # A value is a known mistake only on evidence: a value the message neither quotes, nor names the parameter
    # of, nor shows breaking its kind is only what every failing call shared (`database='test'` beside the table
    # that did not exist, `main_class='Hello'` beside the heap size that was invalid).
    mistakes = ([str(value)[:200]] if value is not None and not isinstance(value, bool) and parameter
                and category != "MISSING_PARAMETER"
                and (category not in ("PARAMETER_FORMAT", "INCORRECT_PARAMETER") or parts or whole_parts
                     or value_evidenced(params, error_message, parameter, validation)) else [])
    binds = bind_shortfall(params) if category == "MISSING_PARAMETER" and not required else None
    named = named_bind_statement(params, required) if category == "MISSING_PARAMETER" else None
    if named is not None:  # `A value is required for bind parameter 'id'`: any name of the statement's, unbound
        binds, required = (named, NAMED_BINDS), []
    # a missing parameter's calls: an empty value (`mapping: {}`) gave nothing, so it is not part of their shape
    shape = sorted(k for k, v in params.items() if category != "MISSING_PARAMETER" or v not in EMPTY)
    return {
        "id": pattern_id(tool_name, category, parameter, template),
        "tool": tool_name,
        "error_category": category,
        "mistake_pattern": {
            "error_template": template,
            "error_regex": template_to_regex(template),
            "parameter": parameter,
            "validation": validation,
            "common_mistakes": mistakes,
            "missing_step": step,
            "mistaken_parts": parts,
            "part_lead": lead,
            "part_leads": [lead] if lead else [],
            "leading_words": leads,
            "value_of_option": anchor,
            "item_after": keyword,
            # the parameter whose format (strptime's, arrow's) the value must match (`format: '%Y-%m-%d'` for `values`)
            "matches_format_of": format_of,
            "names_a_file_of_it": content_of,
            # `unrecognized arguments: --strickt`: an option of the call the tool does not know
            "unknown_options": unknown_options(params, error_message) if category in _VALUED + ("WRONG_TOOL_SELECTION",) else [],
            # `received 'false' but current is 'true'` for arg 'durable': what exists, and what the failing calls gave
            "offered_values": offered_values(error_message) if category == "WORKFLOW_SEQUENCE" else {},
            # the message says the thing already exists (`Table 'x' already exists`; not `EXEC without MULTI`)
            # (or a line of its own below them: lrzip `Failed to create a.lrz` then `File exists`)
            "says_exists": category == "WORKFLOW_SEQUENCE" and (says_exists(key_line) or says_exists(without_help(error_message)[:600])),
            "given_settings": setting_pairs(params)[:MAX_PARTS * 2] if category == "WORKFLOW_SEQUENCE" else [],
            "option_aliases": option_aliases(anchor, error_message) if anchor else [],
            "free_positionals": free_positionals(params) if category == "MISSING_PARAMETER" else None,
            # options the call gave bare (`zstd a.log -o` and "missing command argument"): a call giving one a value may
            # give what was missing
            "bare_flags": sorted(str(k) for k, v in params.items() if v is True and not POSITIONAL.match(str(k)))[:MAX_PARTS]
            if category == "MISSING_PARAMETER" else [],
            # `WHERE id = $1` given `values: []`: the statement's placeholders and the list of values for them
            "bind_values": list(binds) if binds else None,
            "list_lengths": list_lengths(params) if category == "MISSING_PARAMETER" else {},
            "required_parameters": required,
            # `You must configure a dialect or specify one on the command line`: a configuration may give it instead
            "configurable": bool(required) and _CONFIGURABLE.search(key_text(error_message).key) is not None,
            # a foreign key's other table (`is not present in table "customers"`): a recent call on it may have put it right
            "state_tables": state_tables(error_message),
            # the values the message names as the situation (`for User`, `invoicectl create`): another is another case
            "situation": (situation_of(params, error_message, required) if required else said_value_situation(params, key_text(error_message).key))
            if category == "MISSING_PARAMETER" else {},
            # which of them the message writes as a command line's slot (`SRC`, `<path>`): a positional has no name, so a
            # call may give it under any name of its own
            "required_placeholders": placeholders_of(required, error_message),
            "alternative_parameters": alternative_names(error_message) if category == "MISSING_PARAMETER" else [],
            "value_suffixes": suffixes if category == "WRONG_TOOL_SELECTION" else [],
            # `people.csv: Invalid data found when processing input`: the file types the tool cannot read either
            "unreadable_types": unreadable,
            "suffix_files": ({s: [str(value).rsplit("/", 1)[-1][:100]] for s in dict.fromkeys(suffixes)}
                             if category == "PARAMETER_FORMAT" and suffixes else {}),
            "required_tools": tools,
            # An order mistake happens after something: the tools every failing window held.
            # (also for a value: `mv a b` before every `cannot stat 'a'`; a prerequisite's steps come from the message)
            "context_tools": _context(recent_calls) if category != "MISSING_PREREQUISITE" and recent_calls else None,
            # Everything that changed something before any failure: a setting-up call among them did not fix it.
            "window_tools": _context(recent_calls) if recent_calls else [],
            "required_options": options,
            # The failing tool must first run in its starting form (`git stash` before `git stash pop`):
            # the mode words of the failing calls tell a repeat from that starting form.
            "mode_values": _mode_values(params) if tool_name in tools else [],
            "correct_sequence": [tools[0], tool_name] if tools else [],
            "call_shape": shape,
            "call_shapes": [shape],
            # The message quotes none of the call's values: what failed is the session's state, not this call's values.
            # (the call's directory quoted only as where something is missing — `no POM in this directory (/x)` — is
            # the session's state too: `place_of_it`, with the missing file's name when the message gives one)
            "names_call_values": (names_call_values(params, error_message) or bool(parts)) and not place[0],
            "place_of_it": bool(place[0]),
            # `No module named 'requests'` for code importing it: the runtime whose installed packages were lacking
            "module_runtime": module[0] if module else None,
            # the modules the message said were missing: an install that names other packages installs none of them
            "missing_modules": [lacked[1]] if lacked else [],
            # per list of operations, each step the failing call took after one that ended what it worked on
            "after_ending": ended_order(params, error_message, category),
            # per SQL script, the transaction slips it made that the message named (a COMMIT with none open)
            "sql_slips": said_slips(params, error_message),
            # the configuration file the tool found none of (`eslint.config.*`): a write of one is the prerequisite
            "missing_config": missing_config(params, error_message) if category == "MISSING_PREREQUISITE" else None,
            "missing_file": place[1],
            # `git: 'stauts' is not a git command`: the message is about the subcommand itself, and what it suggests
            "subcommand_named": bool(named_sub),
            "suggested_names": suggested_names(error_message) if category == "WRONG_TOOL_SELECTION" and sub else [],
            # The options and placeholders the message names (`git commit -a`, `--head`, `<branch>`): a call that
            # adds one of them may hold the fix, whatever the state.
            "fix_names": fix_names(error_message) if category in _SEQUENCE else [],
            # The message's own words (`Reversed (or previously applied) patch`): a switch a later call turns on that
            # one of them names (`reverse`) asks the tool for what the message spoke of, not for the collision.
            "said_words": said_words(error_message) if category in _SEQUENCE else [],
            "state_said": _OF_A_STATE.search(error_message) is not None,
            # the message names the thing by a number the call gave (`Task 1 'Pay rent' is neither pending nor waiting`)
            "named_by_number": category == "WORKFLOW_SEQUENCE" and _by_number(params, key_line),
            # an order mistake of a program whose subcommands the identity does not know (`task 1 done`): the words its
            # failing calls gave at a place say what it was asked to do; other words there (`task 1 start`) do another thing
            "verb_words": _verb_words(tool_name, params, parameter, key_line) if category == "WORKFLOW_SEQUENCE" else {},
            # the steps this call cannot come after (`Nodes cannot be added after a call to prepare()`)
            "closed_by": closing_tools(error_message, tool_name),
            "classifier_rule": evidence.get("rule"),
        },
        "root_cause": _root_cause(tool_name, category, parameter, evidence, validation, step),
        "prevention_steps": _prevention_steps(tool_name, category, parameter, evidence, validation, step, tools),
        "observations": 1,
        "success_after_prevention": 0,
        "false_positives": 0,
        "confidence": curve(1),
        "first_seen": seen,
        "last_seen": seen,
        "decay": {"anchor": seen, "periods": 0},
        "related_patterns": [],
        "per_user": {user: {"observations": 1, "prevented": 0, "false_positives": 0}} if user else {},
    }


MAX_SAID_WORDS = 30
_WORD = re.compile(r"[A-Za-z]{4,}")


def said_words(message: str) -> list[str]:
    """The distinct words (4 letters or more, lowered) of the message's first 300 characters, at most 30."""
    words: list[str] = []
    for word in _WORD.findall(message[:300]):
        word = word.lower()
        if word not in words:
            words.append(word)
            if len(words) == MAX_SAID_WORDS:
                break
    return words


# ---------------------------------------------------------------- families
_DID_YOU_MEAN = re.compile(r"\b(?:did you mean(?: this| one of these)?\??|the most similar commands? (?:is|are)|"
                           r"perhaps you meant|maybe you meant)\s*:?\s*(?P<s>(?:\s*['\"`]?[a-z][\w-]{1,40}['\"`]?\s*(?:,|\bor\b|\n)?){1,6})", re.I)


def suggested_names(message: str) -> list[str]:
    """The names a message suggests instead (`The most similar command is\\n\\tstatus`, `Did you mean this?\\n\\tdescribe`)."""
    names: list[str] = []
    for match in _DID_YOU_MEAN.finditer(message[:4000]):
        for word in re.findall(r"[a-z][\w-]{1,40}", match.group("s")):
            if word not in names and word not in ("or", "this", "these", "one"):
                names.append(word)
    return names[:MAX_PARTS]


def family_pattern(pattern: dict[str, Any]) -> dict[str, Any] | None:
    """The same mistake said of the tool's whole family (`git_*` for `git_status`), when the failure is not
    about this subcommand's values: a prerequisite the message ties to none of the call's values (`not a git
    repository`), or an unknown subcommand the message names — or a value broke the stated kind of one named
    input (`-var instance_count=two`). Learned as its own pattern, whose members are the family's tools it failed
    in; the checker uses it only once two different tools showed it (a named input's kind: at once)."""
    tool, category = pattern["tool"], pattern["error_category"]
    family = family_of(tool)
    mistake = pattern["mistake_pattern"]
    if family is None:
        return None
    assigned = category in ("PARAMETER_FORMAT", "INCORRECT_PARAMETER") and bool((mistake.get("validation") or {}).get("assigned"))
    if category == "MISSING_PREREQUISITE":
        if mistake.get("names_call_values") is not False or mistake.get("mistaken_parts") or mistake.get("required_options"):
            return None
    elif not assigned and (category != "WRONG_TOOL_SELECTION" or not mistake.get("subcommand_named")):
        return None
    key = family_key(family)
    template = str(mistake["error_template"])
    # `-var instance_count=two` and "a number is required": the rule is about the configuration's named input,
    # which every subcommand given `-var` shares, so it keeps its parameter and validation (and no known values)
    members = {**mistake, "parameter": mistake.get("parameter") if assigned else None, "common_mistakes": [],
               "mode_values": [], "value_of_option": None, "family_members": [tool]}
    said = f"{family} (any subcommand)"
    return {**pattern, "id": pattern_id(key, category, None, template), "tool": key, "mistake_pattern": members,
            "root_cause": str(pattern["root_cause"]).replace(tool, said, 1), "related_patterns": []}
