"""Before a call: do confident patterns say this exact call repeats a known mistake?

A pattern matches only on evidence in this call (a value that fails its validation or is
a known mistaken value, a required earlier tool missing from the session's recent calls,
the shape of a recorded wrong use). `PatternCache` keeps the confident patterns in memory,
loads a tool's patterns on first use, reloads when the store's version moves (polled at
most every `poll_seconds`), and falls back to the YAML snapshot when Redis is away.
"""
from __future__ import annotations

import fnmatch
import json
import re
import time
from typing import Any, Iterable

from worker import confidence as conf
from worker.events import MAX_RECENT_CALLS
from worker.identity import (EDIT_TOOLS, FAMILY_WILDCARD, ToolCall, canonical_name, family_key, family_members, family_of,
                             free_positionals, piped_commands, step_name)
from worker.patterns import InvalidPattern
from worker.steps import ANY_CONFIG, family_setup, looks_only, makes_something, near_miss, options_in, removes, sets_up, tool_refs
from worker.safe_regex import MAX_VALUE_CHARS
from worker.records import CheckResult, Decision, Pattern
from worker.modules import install_requirements, installs_module, packages_imported
from worker.op_lists import ENDING_OPS, after_ending, ending_kind, later_kind
from worker.sql_order import END_WITHOUT_BEGIN, UNKNOWN_SAVEPOINT, VACUUM_IN_TRANSACTION
from worker.sql_order import slips as sql_slips
from worker.required import NAMED_BINDS, placeholders, unbound_names
from worker.kinds import is_token_layout, token_layout_regex
from worker.call_values import (ANY_PARAMETER, EMPTY, LOCATION_KEYS, leaves, begins_with, file_type, given_keys, gives_as_a_value, gives_parameter, list_item_after, path_kind, path_suffixes,
                                setting_pairs, value_type)
from worker.validation import Validator


def required_tools(missing_step: str | None) -> list[str]:
    """'git_remote_add or git_push --set-upstream' → ['git_remote_add', 'git_push']; flags and free text are no tools."""
    return tool_refs(missing_step)


_SEQUENCE = frozenset({"MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE"})
_STATEFUL = _SEQUENCE | {"INCORRECT_PARAMETER"}  # a value that failed in a state another call may change


def _shares_a_number(params: dict[str, Any], earlier: dict[str, Any]) -> bool:
    """The call gives a number an earlier call gave (`doc_id: 2` twice): what a message that names the thing
    by its number (`Document with ID 2 already exists`) is about; the file or table both went to is not."""
    def numbers(given: dict[str, Any]) -> set[tuple[str, str]]:  # under the same name: `qty: 2` is no `doc_id: 2`
        return {(str(key), str(leaf)) for key, value in given.items() for leaf in leaves(value)
                if leaf.__class__ is int or leaf.__class__ is str and leaf.isdigit()}
    return bool(numbers(params) & numbers(earlier))


_NAMING = re.compile(r"(?i)(?:^|_)(?:name|slug|dir|directory|output|out|dest|destination|target|prefix)$|^o$")  # `-o`: output
_OUTPUT = re.compile(r"(?i)(?:^|_)(?:output|out|dest|destination|target)$|^o$")  # where it writes, not what it is called


def _naming_settings(params: dict[str, Any], naming: re.Pattern[str] = _NAMING) -> dict[str, str]:
    """The settings that name what a call makes: a parameter or a `key=value` argument whose key says so."""
    named = {str(k).lower(): str(v) for k, v in params.items() if v.__class__ is str and naming.search(str(k))}
    for value in params.values():
        key, eq, given = str(value).partition("=") if value.__class__ is str else ("", "", "")
        if eq and given and key.isidentifier() and naming.search(key):
            named[key.lower()] = given
    return named


def _names_another(params: dict[str, Any], earlier: dict[str, Any], naming: re.Pattern[str] = _NAMING) -> bool:
    """The call names what it makes (`project_slug=api`, `--name web2`) otherwise than an earlier call did."""
    mine, theirs = _naming_settings(params, naming), _naming_settings(earlier, naming)
    return any(theirs.get(key) != value for key, value in mine.items())


def _position(key: str) -> int:
    """A positional argument's place (`arg2` → 2); 0 for a named parameter."""
    return int(key[3:]) if key.startswith("arg") and key[3:].isdigit() else 0


def _shares_a_value(params: dict[str, Any], earlier: dict[str, Any]) -> bool:
    """The call names something an earlier call named (its place aside: `cwd` is shared by every call in it)."""
    def named(given: dict[str, Any]) -> set[str]:
        return {leaf for key, value in given.items() if str(key).lower() not in LOCATION_KEYS
                for leaf in leaves(value) if leaf.__class__ is str and len(leaf) >= 2}
    return bool(named(params) & named(earlier))


# A call that only shows what it would do changes nothing, so it cannot collide with what exists.
_DRY_RUN = frozenset({"dry_run", "dryrun", "noop", "no_op", "what_if", "whatif", "check", "simulate"})
_POSITIONAL = re.compile(r"^arg\d+$")
_SAYS_EXISTS = re.compile(r"\balready (?:exists?|in use|taken|defined|registered)\b|\bexists already\b", re.I)
# A call that says to replace what exists (or to create it only when absent) does not collide with it.
_WRITES = frozenset({"write", "edit", "save", "patch"})
_NAME_WORDS = re.compile(r"[a-z0-9]+")  # the words of a parameter's name (`yaml_input` → yaml, input)
_FORMAT_KEY = re.compile(r"(?:^|[_-])(?:in(?:put)?[_-]?)?(?:format|fmt)$", re.I)  # `format`, `input_format`, `datefmt`
_DATE_LIKE = re.compile(r"^\d{1,4}[-/.:]\d{1,2}[-/.:]\d{1,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", re.I)
_STRFTIME_LAYOUT = re.compile(r"%[A-Za-z].*%[A-Za-z]|^%[A-Za-z]$")  # a layout of strftime directives (`%d.%m.%Y`, `%F`)
_SLIP_SAID = {END_WITHOUT_BEGIN: "ends a transaction it never began (a COMMIT or ROLLBACK with none open)",
              UNKNOWN_SAVEPOINT: "releases or rolls back to a savepoint it never set",
              VACUUM_IN_TRANSACTION: "runs VACUUM inside a transaction"}
_SWITCHES = re.compile(r"^[a-zA-Z]{1,3}$")  # a command line's cluster of short switches (`dc` of `-dc`)
_BY_NUMBER = re.compile(r"(?i)<num>\W{0,2}\s+(?:already|exists)")  # `ID <num> already exists`: the thing is its number
_SAID_ABSENT = re.compile(r"(?i)\bno such file\b|\b(?:does not|doesn't) exist\b|\bfile not found\b|\bENOENT\b")
_REPLACING_STATEMENT = re.compile(r"(?i)^\s*(?:CREATE|INSERT|REPLACE)\b[^;]{0,80}?\b(?:OR\s+REPLACE|IF\s+NOT\s+EXISTS|OR\s+IGNORE)\b")
_PLACES = frozenset({"cwd", "workdir", "working_dir", "working_directory", "dir", "directory", "root", "project_dir", "chdir"})
_OVERWRITE = frozenset({"force", "f", "overwrite", "replace", "exist_ok", "if_not_exists", "upsert", "clobber", "update"})


class RecentCalls(frozenset):  # type: ignore[type-arg]
    """The session's recent tool names, and the calls with their params where the window gave them
    (`[{tool, params}]`): a check that needs a recent call's arguments (which file a write wrote) reads `calls`."""

    calls: tuple[tuple[str, dict[str, Any]], ...] = ()


def _never(*args: Any) -> None:
    return None


_NEVER = object()  # a gate no call passes: a pattern that can speak on none


def _spoken(names: Iterable[str]) -> str:
    """Required names as a message says them: any one of them (`data_or_shape` is data or shape)."""
    return " or ".join(part for name in names for part in name.split("_or_"))


def _recent_set(recent: Any) -> frozenset[str]:
    """The session's last calls by canonical identity (recorders already send canonical names;
    a host's qualified `mcp__server__tool` name is mapped here too). An entry may be `{tool, params}`:
    its name joins the set, its params are kept on `RecentCalls.calls`."""
    names = list(recent)[-MAX_RECENT_CALLS:]
    calls: list[tuple[str, dict[str, Any]]] = []
    kinds = set(map(type, names))
    if dict in kinds:
        for at, entry in enumerate(names):
            if isinstance(entry, dict):
                name = str(entry.get("tool") or "")
                given = entry.get("params")
                params: dict[str, Any] = given if isinstance(given, dict) else {}
                calls.append((name, params))
                names[at] = name
                step = step_name(name, params)
                if step is not None:  # `pdm init -n` is the `pdm_init` a message named, too
                    names.append(step)
    if "mcp__" in "\x00".join(names if kinds <= {str} else map(str, names)):
        names = [canonical_name(n) if isinstance(n, str) and n.startswith("mcp__") else n for n in names]
    if not calls:
        return frozenset(names)
    window = RecentCalls(names)
    window.calls = tuple(calls)
    return window


_PACKAGERS = frozenset({"npm", "yarn", "pnpm", "bun", "pip", "pip3", "uv", "poetry", "pipenv", "conda", "mamba", "pdm"})


def _installs(tool: Any) -> bool:
    """A call that installs packages (`npm_install`, `pip_install_packages`, `uv_add`, `npm_ci`)."""
    words = str(tool).lower().split("_")
    return "install" in words or (words[0] in _PACKAGERS and not {"add", "ci", "sync", "i"}.isdisjoint(words[1:]))


def _writes(tool: Any) -> bool:
    return tool in EDIT_TOOLS or not _WRITES.isdisjoint(str(tool).lower().split("_"))


def wrote_file(recent_calls: Any, name: str | None) -> bool:
    """A file write among the recent calls that may have made the file `name` (None: any file): a write whose
    params the window gave counts only when its path's last part names that file (`pom.xml` for the POM)."""
    calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
    described = {tool for tool, _ in calls}
    if any(_writes(tool) and (name is None or tool not in described) for tool in recent_calls):
        return True
    for tool, params in calls:
        if _writes(tool):
            paths = [str(v) for k, v in params.items() if isinstance(v, str) and ("/" in v or "." in v or "path" in str(k).lower())]
            if not paths or any(_names_file(path, name) for path in paths):  # type: ignore[arg-type]
                return True
    return False


def _names_file(path: str, name: str) -> bool:
    """The path's last part names the file `name` (`pom.xml`), or matches it as a glob (`eslint.config.*`)."""
    base = path.rstrip("/").rsplit("/", 1)[-1].lower()
    return name in base or fnmatch.fnmatch(base, name)


def _has_option(params: dict[str, Any], options: tuple[str, ...]) -> bool:
    """The call already carries a fixing option: in a command string or as a truthy parameter."""
    for key, value in params.items():
        if value and key.replace("_", "-").lstrip("-") in options:
            return True
        if isinstance(value, str) and any(option in value for option in options):
            return True
        if isinstance(value, list) and any(isinstance(v, str) and v.split("=")[0] in options for v in value):
            return True
    return False


def _words_in_order(words: tuple[str, ...], tool: Any) -> bool:
    """`words` (a step's after its program) stand in that order among the tool name's words after its program."""
    if not isinstance(tool, str):
        return False
    rest = iter(tool.split("_")[1:])
    return all(word in rest for word in words)


def _suffixed(given: str, value: str) -> bool:
    """`given` is `value` with a suffix of 1-4 characters more (`a.csv.xz` of `a.csv`)."""
    return len(given) - len(value) in range(2, 6) and given.startswith(value + ".") and "/" not in given[len(value):]


def _moved_positional(parameter: str, params: dict[str, Any]) -> str | None:
    """A command line's positional file read as a one-letter option's value (`lzip -t a.gz` gives t=a.gz where
    `lzip -d a.gz` gave arg1): the key of the one such file, when the learned positional is not there."""
    if not _POSITIONAL.match(parameter):
        return None
    moved = [k for k, v in params.items() if len(str(k)) == 1 and isinstance(v, str) and path_kind(v) == "file"]
    return moved[0] if len(moved) == 1 else None


def _same_name(given: Any, value: str) -> bool:
    """An earlier call's value names the same thing: the same, or with a suffix more or less (`backup/notes.par2`)."""
    return given.__class__ is str and (given == value or _suffixed(given, value) or _suffixed(value, given))


def _unslashed(value: str) -> str:
    return value.rstrip("/") or value


def _names_word(params: dict[str, Any], name: str) -> bool:
    """A flag whose name has `name` as one of its words (`--null-message` for `message`): a mode of giving it,
    so the required name is not called absent (a value under such a name, `commit_message`, is no flag)."""
    return any(value is True and name in str(key).lower().split("_") for key, value in params.items() if str(key).lower() != name)


def _in_a_document(params: dict[str, Any], name: str) -> bool:
    """A document the call passes as text gives the name as one of its fields: an XML element or attribute
    (`<total>`, `id="1"`), a JSON key, a YAML key (the schema's required `id` of `<order id="1">`)."""
    texts = [v for v in params.values() if isinstance(v, str) and len(v) > len(name) + 2 and name in v]
    if not texts:
        return False
    word = re.escape(name)
    field = re.compile(rf"<{word}[\s>/]|(?<![\w.-]){word}\s*=\s*[\"']|[\"']{word}[\"']\s*:|^\s*{word}\s*:", re.M)
    return any(field.search(text[:MAX_VALUE_CHARS]) for text in texts)


def _another_schemas(params: dict[str, Any], name: str) -> bool:
    """The call passes its schema inline (`schema: {fields: {email: …}}`) and the schema never names the field: the
    field was required by another schema, not this one (a schema file's name is `situation_of`'s case)."""
    word = name.rsplit(".", 1)[-1]
    schemas = [v for k, v in params.items() if "schema" in str(k).lower() and isinstance(v, (dict, list))]
    if not schemas or not word or len(schemas) == len(params):
        return False  # (a call that gives only the schema is about the schema itself: fastavro `missing from the schema`)
    field = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return not any(field.search(json.dumps(schema)[:MAX_VALUE_CHARS * 8]) for schema in schemas)


def _option_value(params: dict[str, Any], option: str) -> Any:
    """`--max-keys=10` → '10'; `--max-keys 10` read as a bare flag → the positional right after it."""
    value = params.get(option)
    if value is not True:
        return value
    keys = list(params)
    at = keys.index(option) + 1
    return params[keys[at]] if at < len(keys) and _POSITIONAL.match(keys[at]) else None


def _attached(params: dict[str, Any], option: str) -> str | None:
    """The value a short option was given attached (`-Tmermaid`, read from argv alone as the switch `tmermaid`): an
    option that failed on its value takes one, so getopt reads the rest of the word as it. None when the word's tail
    was changed by its reading (`-Txdot1.4` is `txdot1_4`): no value is judged that the call did not give."""
    head = option.lower()
    for key, value in params.items():
        if value is True and len(key) > 1 and key[0] == head and "_" not in key:
            return key[1:]
    return None


def _situated(value: Any, word: str) -> bool:
    """The call is in the situation a failing call's message named: the same word, as the value or an argument list's first."""
    return bool((value[0] if isinstance(value, list) and value else value) == word)


def _gives_word(params: dict[str, Any], word: str) -> bool:
    """Some value of the call is that word, in any case (`-f UMD` or `--format=umd` for the situation `umd`)."""
    return any(isinstance(v, str) and v.lower() == word for v in params.values())


def _format_mismatch(value: Any, layout: Any, parameter: str) -> str | None:
    """The first item of `value` that `datetime.strptime` cannot read with the call's `layout`; None when all can,
    or the layout is no strptime format (pandas' `ISO8601`, `mixed`: the tool reads the data its own way)."""
    if not isinstance(layout, str):
        return None
    if "%" not in layout:
        if not is_token_layout(layout):
            return None
        reads = token_layout_regex(layout)  # arrow's `YYYY-MM-DD HH:mm`
        bad = next((item for item in leaves(value) if reads.match(str(item)) is None), None)
    else:
        from datetime import datetime

        def unread(item: Any) -> bool:
            try:
                datetime.strptime(str(item), layout)
            except ValueError:
                return True
            return False
        bad = next((item for item in leaves(value) if unread(item)), None)
    return f"{parameter} has {str(bad)!r}, which does not match the format {layout!r} this call gives" if bad is not None else None


class CompiledPattern:
    """A pattern prepared once for fast checks: what to look at in a call, and what to say."""

    __slots__ = ("pattern", "id", "tool", "category", "parameter", "validator", "only_regex", "known", "about_dates", "needed", "needed_set",
                 "options", "bare_options", "modes", "anchor", "free", "shapes", "keys", "required", "context", "parts", "suffixes", "head", "tail", "suggestion", "blocks",
                 "why", "stateful", "fix_names", "members", "suggested", "aliases", "content_suffixes",
                 "max_positionals", "repeats_itself", "window", "exists", "named_after", "module_runtime", "place_of_it", "missing_file", "alternatives", "leads", "item_after", "binds", "lengths", "file_of_it", "offered", "given", "value_shapes", "bad_options", "needed_words", "said_words", "of_state", "unreadable", "unquoted_format", "format_of", "placeholders", "situation", "state_tables", "parts_gate", "modules", "after_ending", "steps", "own", "other", "said_absent", "sql_slips", "missing_config", "own_endings", "mode_letters", "switch_letters", "known_replaces", "by_number", "most_given", "gone_after_itself", "of_a_state", "part_names", "closed_by", "inside_steps", "bare_flags", "gate", "verbs", "configurable", "before_last")

    def __init__(self, pattern: Pattern) -> None:
        mistake = pattern.get("mistake_pattern") or {}
        validation = mistake.get("validation") or {}
        self.pattern = pattern
        self.id: str = pattern["id"]
        self.tool: str = pattern["tool"]
        self.category: str = pattern["error_category"]
        self.parameter: str | None = mistake.get("parameter")
        validator = Validator(validation) if validation else None
        self.validator = validator if validator is not None and not validator.empty else None
        self.only_regex = self.validator.only_regex if self.validator is not None else None
        # A type mismatch (`expected number, received string`): "20" failed, 20 is right; the text says nothing.
        typed = self.validator is not None and self.validator.json_type is not None
        # a path given with or without its trailing slash (`./retry/` is `./retry`) is the same value; an expression
        # with spaces is no path (`10 m/s/` is not `10 m/s`)
        known = [str(value) for value in mistake.get("common_mistakes") or [] if not typed]
        paths = [v for v in known if "/" in v and len(v) > 1 and len(v.split()) == 1]
        # a date or time (its validation's kind, or every value that failed): read in a format the call may now give
        self.about_dates = str(validation.get("kind") or "").startswith("date") or (
            bool(known) and all(_DATE_LIKE.search(v) is not None for v in known))
        self.known = frozenset(known + [_unslashed(v) for v in paths if v.endswith("/")]
                               + [v + "/" for v in paths if not v.endswith("/")])
        # a failing statement that already said to replace (`CREATE OR REPLACE`): saying so again is no other mode
        self.known_replaces = any(_REPLACING_STATEMENT.search(value) for value in self.known)
        tool = pattern["tool"]
        step = mistake.get("missing_step")
        needed = mistake.get("required_tools")
        self.needed = tuple(needed if needed is not None else [t for t in tool_refs(step) if t != tool])
        self.needed_set = frozenset(self.needed)
        self.needed_words = tuple((t.split("_")[0] + "_", tuple(t.split("_")[1:])) for t in self.needed if "_" in t)
        options = mistake.get("required_options")
        self.options = tuple(options if options is not None else options_in(step, tool))
        self.bare_options = tuple(option.lstrip("-") for option in self.options)
        self.modes = frozenset(str(m) for m in mistake.get("mode_values") or [])
        self.anchor: str | None = mistake.get("value_of_option") or None
        self.aliases = tuple(str(a) for a in mistake.get("option_aliases") or [])  # `-m` of `--memory`
        self.format_of: str | None = mistake.get("matches_format_of") or None  # the call's own format (strptime's, arrow's) for the value
        self.item_after: str | None = mistake.get("item_after") or None  # `EX` of `['k', 'v', 'EX', '10s']`
        free = mistake.get("free_positionals")
        self.free: int | None = free if isinstance(free, int) else None
        self.bare_flags = frozenset(str(k) for k in mistake.get("bare_flags") or [])
        shapes = mistake.get("call_shapes") or ([mistake["call_shape"]] if mistake.get("call_shape") is not None else None)
        # No recorded shape: a wrong-tool or sequence pattern cannot tell this call from any other.
        self.shapes = frozenset(tuple(sorted(shape)) for shape in shapes) if shapes is not None else None
        # the short switches every failing command line had (`-d` of `bzip2 -dc …` and `bzip2 -d -k …`): its mode
        self.mode_letters = frozenset.intersection(*(frozenset(c for k in shape if _SWITCHES.match(k) for c in k)
                                                     for shape in self.shapes)) if self.shapes else frozenset()
        # Every parameter the failing calls had: a call that adds none of its own repeats their conditions.
        self.keys = frozenset(key for shape in self.shapes for key in shape) if self.shapes is not None else None
        # the letters of any short switch a failing call had (`k` of `-k`): a cluster adding another is another mode
        self.switch_letters = frozenset(c for k in self.keys or () if len(str(k)) <= 4 for c in str(k))
        # The most positionals a failing call had: a command line's missing value can only come as one more.
        self.max_positionals = (max(sum(1 for key in shape if _POSITIONAL.match(key)) for shape in self.shapes)
                                if self.shapes else None)
        # The positional the failing calls had wrong came before another positional in each of them (an input before
        # its output): a call's last positional is not it
        at = _position(self.parameter or "")
        self.before_last = bool(at and self.shapes and all(sum(1 for k in shape if _POSITIONAL.match(k)) > at for shape in self.shapes))
        # The most parameters a failing call gave: a call giving more may give the one they lacked.
        self.most_given = max((len(shape) for shape in self.shapes), default=0) if self.shapes else 0
        parts = [str(p) for p in mistake.get("mistaken_parts") or [] if str(p)]
        self.part_names = frozenset(parts)
        alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
        leads = "|".join(re.escape(str(lead)) for lead in mistake.get("part_leads") or [mistake.get("part_lead")] if lead)
        # the name after the message's noun in any value (`CREATE TABLE x`), to find what a recent call made
        self.named_after = re.compile(rf"(?i)\b(?:{leads})s?\s+(?:if\s+not\s+exists\s+)?['\"`]?([\w.$-]+)") if leads else None
        # with the noun the message put before it (`table users`), as the failing call had it too
        self.parts = ((re.compile(rf"(?i)(?<![\w$])(?:{leads})s?\s+['\"`]?(?:{alternatives})['\"`]?(?![\w$])") if leads
                       # a name the call gives as an alias (`SELECT email AS emial`) is defined there, not referred to
                       else re.compile(r"(?<![\w$])(?<![Aa][Ss]\s)(?:" + alternatives + r")(?![\w$])")) if parts else None)
        # The failures' messages quoted none of their calls' values: the session's state failed them, so a
        # call of another shape repeats them as long as the step that fixes that state has not run.
        # Said only when the failing calls had more than one shape: then the shape is not what failed them.
        # Said too of one shape when the message quoted the call's directory only as where something is missing.
        self.place_of_it = bool(mistake.get("place_of_it"))
        runtime = mistake.get("module_runtime")
        self.module_runtime: str | None = runtime if runtime in ("python", "node") else None
        self.modules = tuple(str(m) for m in mistake.get("missing_modules") or ())
        # The message said nothing of the call's values and nothing already exists: the session's state failed the
        # call (`could not load cache`), so the same call again, with no setting-up step since, fails the same way.
        # Not when a step of the tool's family preceded the failures: then their order failed them, which a set of recent
        # calls cannot tell (`terraform plan` before `apply`, then `apply tfplan`: 'Saved plan is stale').
        self.of_state = (mistake.get("names_call_values") is False and self.category in _SEQUENCE and self.shapes is not None
                         and not self.needed and not self.options and "_" in self.tool and not self._setup_failed(mistake))
        # a format mistake whose message quoted none of the call's values (`hg tag: invalid arguments` and its usage):
        # the value given is no evidence, so the same value again is not the mistake again
        self.unquoted_format = mistake.get("names_call_values") is False and self.category == "PARAMETER_FORMAT"
        self.stateful = (mistake.get("names_call_values") is False and self.category in _SEQUENCE
                         and self.shapes is not None and (len(self.shapes) > 1 or self.place_of_it or self._setup_failed(mistake)))
        missing_file = mistake.get("missing_file")
        self.missing_file = str(missing_file).lower() if missing_file else None
        config = mistake.get("missing_config")  # the configuration file the tool found none of (`eslint.config.*`)
        self.missing_config = str(config).lower() if config and self.category == "MISSING_PREREQUISITE" else None
        # the message said the value was not there (`Invalid value for '-f': 'x/mkdocs.yml': No such file or directory`)
        self.said_absent = _SAID_ABSENT.search(str(mistake.get("error_template") or "")) is not None
        # the message spoke of the state the thing was in (`Can't trigger event ship from state pending`)
        self.of_a_state = bool(mistake.get("state_said"))
        # the steps the message named, by their own names (`add_page` of `fpdf_add_page`): an operation the call may give,
        # when the order inside the call decides, not the session's other calls
        self.inside_steps = frozenset(step.split("_", 1)[1] for step in self.needed if "_" in step)
        # the words every failing call of a program without known subcommands gave at a place (`done` of `task 1 done`)
        self.verbs = tuple((str(k), str(v)) for k, v in (mistake.get("verb_words") or {}).items())
        self.by_number = (_BY_NUMBER.search(str(mistake.get("error_template") or "")) is not None
                          or bool(mistake.get("named_by_number")))
        self.fix_names = frozenset(str(n) for n in mistake.get("fix_names") or [])
        # A family's pattern (`git_*`) speaks only once two different tools of the family failed this way.
        self.members = family_members(pattern)
        self.suggested = tuple(str(n) for n in mistake.get("suggested_names") or [])
        context = mistake.get("context_tools")
        # what preceded every failure; one file edit stands for any (`Write` is `Edit`)
        self.context = (frozenset(context) | (EDIT_TOOLS if EDIT_TOOLS.intersection(context) else frozenset())
                        if context else None)
        # Every failure of an order mistake came after this very tool had run in the session (a create
        # after a create): that is the evidence, so a repeat needs the tool in the recent calls again.
        # Said two ways: the message named none of the call's values and only this tool preceded every
        # failure (`go.mod already exists`), or it named them and the call names one of them again.
        preceded = frozenset(str(t) for t in context or [])
        self.repeats_itself = (self.category == "WORKFLOW_SEQUENCE" and self.tool in preceded
                               and (mistake.get("names_call_values") is not False or preceded == {self.tool}))
        # what ran before any failure: a setting-up call among those was no fix
        self.window = frozenset(str(t) for t in mistake.get("window_tools") or [])
        # what the value named was gone, and only after this very tool had run (`mv a b`, then `mv a c`): it moved it
        self.gone_after_itself = (self.said_absent and self.tool in (context or ())
                                  and mistake.get("names_call_values") is not False)
        # an order mistake whose message said the thing already exists (not `EXEC without MULTI`)
        # the words of the message (lowered, 4 letters or more): a switch named by one is what the message spoke of
        self.said_words = frozenset(re.findall(r"[a-z]{4,}", str(mistake.get("error_template") or "").lower())
                                    + [str(w) for w in mistake.get("said_words") or []])
        self.exists = self.category == "WORKFLOW_SEQUENCE" and (bool(mistake.get("says_exists")) or _SAYS_EXISTS.search(
            str(mistake.get("error_template") or "")) is not None)
        self.required = tuple(str(n) for n in mistake.get("required_parameters") or [])
        # the message said a configuration may give the required value (`You must configure a dialect or specify one`)
        self.configurable = bool(mistake.get("configurable"))
        tables = [str(t) for t in mistake.get("state_tables") or []]
        self.state_tables = (re.compile(r"(?<![\w$])(?:" + "|".join(map(re.escape, tables)) + r")(?![\w$])")
                             if tables else None)
        # a missing thing a call names (`pymdownx` in `extensions: […]`): a call naming none of it is another case
        self.parts_gate = (self.category == "MISSING_PREREQUISITE" and bool(mistake.get("mistaken_parts"))
                           and self.parameter is not None)
        situation = mistake.get("situation")
        self.situation = tuple((str(k), str(v)) for k, v in situation.items()) if isinstance(situation, dict) else ()
        self.placeholders = frozenset(str(n) for n in mistake.get("required_placeholders") or [])  # `SRC`: a slot, no name
        self.alternatives = tuple(str(n) for n in mistake.get("alternative_parameters") or [])  # `(or --fill)`
        # the value is a file whose content refers to the missing thing (a script naming a table never created)
        self.file_of_it = bool(mistake.get("names_a_file_of_it"))
        # the options the tool said it does not know (`unrecognized arguments: --strickt`), as parameter names
        self.bad_options = frozenset(str(o) for o in mistake.get("unknown_options") or [])
        # what the messages said a setting is (`current is 'true'`), and the settings the failing calls gave
        self.offered = {str(k): str(v) for k, v in (mistake.get("offered_values") or {}).items()}
        self.given = frozenset(str(p) for p in mistake.get("given_settings") or [])
        binds = mistake.get("bind_values")  # [statement, values]: fewer values than the statement's placeholders
        self.binds = (str(binds[0]), str(binds[1])) if isinstance(binds, list) and len(binds) == 2 else None
        # the most items each list held in a failing call: a longer list gives a value they lacked
        self.lengths = {str(k): n for k, n in (mistake.get("list_lengths") or {}).items() if isinstance(n, int)}
        self.suffixes = frozenset(str(s) for s in mistake.get("value_suffixes") or [])
        # how the failing statements began, as the message showed it (`\` of `\dt`, `SAVEPOINT …`)
        self.leads = tuple(str(w) for w in mistake.get("leading_words") or [] if str(w))
        # a format mistake in a file's content: the file types two or more different failing files shared
        self.content_suffixes = frozenset(str(s) for s, files in (mistake.get("suffix_files") or {}).items()
                                          if isinstance(files, list) and len(files) >= 2)
        # the file types the tool could not read, as the one it failed on says (`.csv` to a media prober: any text)
        self.unreadable = frozenset(str(t) for t in mistake.get("unreadable_types") or [])
        # any of the value's shapes learned (parts, how it begins, the file types of its content or kind)
        self.value_shapes = self.parts is not None or bool(self.leads) or bool(self.content_suffixes) or bool(self.unreadable)
        steps = "; ".join(step.get("reason") or step.get("action", "") for step in pattern.get("prevention_steps") or [])
        self.head = (f"[{conf.band(pattern['confidence'])} {pattern['confidence']:.0%}, seen {pattern['observations']}x] "
                     f"{pattern['root_cause']} — ")
        self.tail = f". Prevention: {steps}" if steps else ""
        self.suggestion = _suggestion(pattern)
        self.blocks = pattern["confidence"] >= conf.BLOCK_THRESHOLD
        # why(params, recent_calls[, shape]) -> the reason this call repeats the mistake, or None
        # (shape: the call's sorted parameter names, computed once per check by the caller)
        self.why = (self._why_sequence if self.category in _SEQUENCE
                    else self._why_wrong_tool if self.category == "WRONG_TOOL_SELECTION"
                    else self._why_missing if self.category == "MISSING_PARAMETER" else self._why_value)
        # a list of operations that went on after one that ended it: the order within the call is the mistake, so a
        # call is a repeat by its own list alone (the session's state and the other values say nothing)
        ended = mistake.get("after_ending")
        self.after_ending = {str(k): frozenset((ending_kind(str(p[0])), later_kind(str(p[0]), str(p[1])))
                                               for p in v if isinstance(p, list) and len(p) == 2)
                             for k, v in ended.items() if isinstance(v, list)} if isinstance(ended, dict) else {}
        # the operations that ended something for this tool only, as its messages said (wave's `writeframes`)
        self.own_endings = frozenset(e.split("(", 1)[0] for pairs in self.after_ending.values() for e, _ in pairs) - ENDING_OPS
        if self.after_ending:
            self.why = self._why_after_ending
        # per SQL script parameter, the transaction slips the failing scripts made: the order inside the script is the mistake
        slipped = mistake.get("sql_slips")
        self.sql_slips = {str(k): frozenset(map(str, v)) for k, v in slipped.items() if isinstance(v, list)} if isinstance(slipped, dict) else {}
        if self.sql_slips:
            self.why = self._why_sql_slip
        # the steps the message said this call cannot come after (`graphlib_prepare`)
        self.closed_by = frozenset(str(t) for t in mistake.get("closed_by") or [])
        if self.closed_by:
            self.why = self._why_closed
        self.steps: tuple[dict[str, Any], ...] = tuple(pattern.get("prevention_steps") or ())
        # How a check asks this pattern, chosen once: `own(params, recent_calls, shape)` for a tool's own pattern, else
        # `other(tool, params, recent_calls)` (a family's pattern speaks for its other subcommands, a wildcard without
        # members for none)
        plain = self.members is None and not self.tool.endswith(FAMILY_WILDCARD)
        self.own = self.why if plain else None
        self.other = self.why_family if self.members is not None else _never
        self.gate = self._gate() if plain else None

    def _gate(self) -> object | None:
        """The one parameter a call must give for this pattern to speak at all, so that a check can skip it unasked
        (a tool has tens of patterns and a check microseconds): a value pattern's parameter, a wrong tool's that a
        command line cannot move; `_NEVER` for one that speaks on no call (no parameter, no shape); None: any call."""
        if self.bad_options:
            return None  # an unknown option is spoken of on any call that gives it
        if self.why == self._why_value and self.anchor is None:
            if self.parameter is not None and len(self.parameter) == 1 and self._takes_a_name():
                return None  # a short option's value may come attached (`-Tpng`), under another key
            return self.parameter if self.parameter is not None else _NEVER
        if self.why == self._why_wrong_tool:
            if self.shapes is None or self.parameter is None:
                return _NEVER
            return None if _POSITIONAL.match(self.parameter) else self.parameter
        return None

    def _takes_a_name(self) -> bool:
        """What the parameter takes is one of the names the message listed (`Use one of: canon cmap …`)."""
        return self.validator is not None and self.validator.enum is not None

    def _why_after_ending(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        for key, learned in self.after_ending.items():
            for ending, later in after_ending(params.get(key), self.own_endings):
                if (ending_kind(ending), later_kind(ending, later)) in learned:
                    return (f"{key} goes on with {later.split('(', 1)[0]!r} after {ending.split('(', 1)[0]!r}, "
                            f"which ended it, as the failing calls did")
        return None

    def _why_closed(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        """A step the message said this call cannot come after ran in this session, on the same thing when the window
        says what it ran on (`graphlib_prepare graph=build` before `graphlib_add graph=build`)."""
        if not recent_calls:
            return None
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        ran = next((tool for tool, given in calls if tool in self.closed_by and (not given or _shares_a_value(params, given))),
                   None) if calls else next((tool for tool in recent_calls if tool in self.closed_by), None)
        return f"{ran} ran in this session, and {self.tool} cannot come after it" if ran else None

    def _why_no_config(self, params: dict[str, Any], recent_calls: Any) -> str | None:
        """The tool found no configuration file of this name before: warn in a session where nothing wrote one, ran
        the tool family's own setup (`mkdocs new`), or where the call names one to use (`-c`, `--config`, a path)."""
        name = self.missing_config or ""
        if recent_calls is None or any("config" in str(key).lower() for key in params) or (name != ANY_CONFIG and any(
                isinstance(leaf, str) and _names_file(leaf, name) for value in params.values() for leaf in leaves(value))):
            return None
        if wrote_file(recent_calls, name):
            return None  # a write of that file (of any file, when the message named none), or one the window names only
        if family_setup(self.tool, recent_calls) is not None or self._set_up_by_itself(recent_calls):
            return None  # the family's own setup (`mkdocs new guide`, `eslint_init`, `tsc --init`) may have written it
        return f"{self.tool} found no {'configuration' if name == ANY_CONFIG else name} before, and nothing in this session wrote one"

    def _why_sql_slip(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        for key, learned in self.sql_slips.items():
            slip = next((s for s in sql_slips(params.get(key)) if s in learned), None)
            if slip is not None:
                return f"{key} {_SLIP_SAID[slip]}, as the failing scripts did"
        return None

    def _same_shape(self, params: dict[str, Any], shape: tuple[str, ...] | None) -> bool:
        """The call adds no parameter that the failing calls lacked (`{dir}` repeats `{dir, auto_approve}`;
        `{message, all}` is not `{message}`: the added `all` may be the fix); an empty value (`args: []`) adds nothing."""
        return self.keys is None or self.keys.issuperset(params) or self.keys.issuperset(given_keys(params))

    def why_family(self, tool: str, params: dict[str, Any], recent_calls: Any) -> str | None:
        """This call is another subcommand of the family in the state the family's tools failed in: a
        prerequisite not set up since (and this call no setting-up step), or a slip of a name the messages
        suggested for an unknown subcommand."""
        if self.members is None:
            return None
        family = self.tool[:-len(FAMILY_WILDCARD)]
        sub = tool[len(family) + 1:]
        if self.category in ("PARAMETER_FORMAT", "INCORRECT_PARAMETER"):
            return self._why_value(params, recent_calls) if tool not in self.members else None  # its own pattern speaks
        if self.category == "WRONG_TOOL_SELECTION":
            if tool in self.members or sub in self.suggested:
                return None
            near = next((name for name in self.suggested if near_miss(sub, name)), None)
            return f"{sub!r} is no {family} command (a slip of {near!r}, as {family} said before)" if near else None
        if tool in self.needed_set or sets_up(sub):
            return None
        given = self._gives_required(params)
        if given:
            return None
        if recent_calls is None:
            return (f"{_spoken(self.required)} is required and this call does not give it "
                    f"({len(self.members)} {family} commands failed without it)") if given is False else None
        if any(str(key).lower() in self.fix_names for key in params):
            return None
        if self.needed:
            if self._needed_ran(recent_calls):
                return None
            return (f"{' or '.join(self.needed)} was not called in this session's recent calls, and "
                    f"{len(self.members)} {family} commands failed without it")
        if family_setup(self.tool, recent_calls) is not None:
            return None
        return f"{len(self.members)} {family} commands failed for want of this prerequisite and nothing in this session set it up"

    def _setup_failed(self, mistake: dict[str, Any]) -> bool:
        """A call of the tool's own family that changes something preceded a failure (`terraform init` before `No
        state file was found!`): the session's state, not the call's shape, is what failed — one shape is enough."""
        return family_setup(self.tool, frozenset(str(t) for t in mistake.get("window_tools") or [])) is not None

    def _family_setup_since(self, recent_calls: Any) -> bool:
        """A call of the tool's own family that changes something ran — one that already preceded a failure aside
        (`terraform init` ran before `No state file was found!`: it was no fix)."""
        setup = family_setup(self.tool, recent_calls)
        if setup is None or not self.window or setup not in self.window:
            return setup is not None
        return family_setup(self.tool, recent_calls - self.window) is not None


    def _needed_ran(self, recent_calls: Any) -> bool:
        """A step the message named ran: by its name, or by an agent's tool that says more with the same words in
        order (`pip_install_packages` is a `pip_install`, `terraform_run_apply` a `terraform_apply`)."""
        if not self.needed_set.isdisjoint(recent_calls):
            return self._installed_what_was_missing(recent_calls)
        for head, words in self.needed_words:
            last = words[-1]
            for t in recent_calls:  # a substring test first: most recent calls share no word with the step
                if t.__class__ is str and last in t and t.startswith(head) and _words_in_order(words, t):
                    return True
        return False

    def _installed_what_was_missing(self, recent_calls: Any) -> bool:
        """The install step that ran may have installed the module the message said was missing: it named no package
        (`pip install -r requirements.txt`), or one that provides it, or the window does not say what it installed.
        `pip install networkx` installs no `scipy`. Only of a pattern whose failures all lacked one module: failures that
        lacked several (a MySQL driver for one URL, an Oracle one for another) say the module depends on the call."""
        if len(self.modules) != 1 or recent_calls.__class__ is not RecentCalls:
            return True
        given = {name for name, _ in recent_calls.calls}
        if any(name in self.needed_set and name not in given for name in recent_calls):
            return True  # an install known by its name only
        for name, params in recent_calls.calls:
            if name in self.needed_set:
                named = install_requirements(params)
                if named is None or any(installs_module(r, m) for r in named for m in self.modules):
                    return True
        return False

    def _same_state(self, params: dict[str, Any], recent_calls: Any) -> bool:
        """The call gives every parameter of a failing call and adds none the message named, and among the recent
        calls none could have set the state up: no step of the tool's family and nothing that makes something that did
        not already precede the failures, no file write that may have made what was missing. No recent calls known:
        no evidence of the state."""
        if recent_calls is None or self.shapes is None or self.file_of_it:
            return False
        if not any(params.keys() >= set(shape) for shape in self.shapes) or not self._adds_no_fix(params):
            return False
        for key, value in params.items():  # a value that is the step itself (`start` of 'You need to start by …', `init`)
            if value.__class__ is str and f"{key}={value}" not in self.given and (
                    value.lower() in self.said_words or sets_up(value.lower())):
                return False
        if self._family_setup_since(recent_calls) or self._set_up_since(recent_calls):
            return False
        # a write since may have made what was missing; one the failures had before them too, unseen, is no evidence
        if not self.window:
            return not wrote_file(recent_calls, self.missing_file)
        calls = getattr(recent_calls, "calls", ())
        described = {tool for tool, _ in calls}
        since = RecentCalls(t for t in recent_calls if t in described or t not in self.window)
        since.calls = calls
        return not wrote_file(since, self.missing_file)

    def _adds_no_fix(self, params: dict[str, Any]) -> bool:
        """A call of another shape than the failing ones repeats a stateful mistake unless what it adds is
        something the message named (`-a` of `git commit -a`, `--head`, `<branch>`): that may be the fix."""
        if self.keys is None:
            return True
        for key, value in params.items():
            if key in self.keys or value in EMPTY:
                continue
            name = str(key).lower()
            if name in self.fix_names or (len(name) <= 3 and name.isalpha() and not self.fix_names.isdisjoint(name)):
                return False
        return True

    def _adds_a_mode(self, params: dict[str, Any]) -> bool:
        """The call turns on a switch that no failing call had and that says to replace what exists (`overwrite`,
        `force`), says what to do when it exists (pandas `if_exists: append`, `on_conflict`) or that the message
        itself spoke of (`reverse` after 'Reversed (or previously applied) patch'): it asks the tool for another
        behaviour than the one that collided with what exists."""
        if self.keys is None:
            return False
        for key, value in params.items():
            if (not self.known_replaces and value.__class__ is str
                    and _REPLACING_STATEMENT.search(value[:MAX_VALUE_CHARS])):
                return True  # `CREATE OR REPLACE TABLE …`, `… IF NOT EXISTS`: the statement itself says what to do
            if key in self.keys or value in EMPTY or value is False:
                continue
            name = str(key).lstrip("-").replace("-", "_").lower()
            if value is True and 1 < len(name) <= 4 and name.isalpha() and any(
                    letter in _OVERWRITE and letter not in self.switch_letters for letter in name):
                return True  # a cluster of short switches with one that replaces (`-kf` after `-k`)
            if name in _OVERWRITE or "exist" in name or "conflict" in name or (value is True and len(name) >= 4 and any(
                    word.startswith(name[:len(name) - 1]) for word in self.said_words)):
                return True  # it replaces what exists, or turns on what the message spoke of (`reverse`, Reversed)
        return False

    def _another_mode(self, params: dict[str, Any]) -> bool:
        """The call's short switches lack one every failing call had, and it turns on one that none had (`-y`, `-R`):
        the command in another mode. A switch given a value (`-i file`) is an option, not a mode."""
        if not self.mode_letters:
            return False
        letters = {c for k in params if _SWITCHES.match(str(k)) for c in str(k)}
        turned_on = {c for k, v in params.items() if v is True and _SWITCHES.match(str(k)) for c in str(k)}
        return not self.mode_letters <= letters and bool(turned_on - self.switch_letters)

    def _told_its_format(self, params: dict[str, Any]) -> bool:
        """The call gives what no failing call gave: the format its date is to be read in, by an option's name
        (astropy `Time(2460370.5, format='jd')`) or as a strftime layout (dateutils `dconv -i %d.%m.%Y 12.05.2024`)."""
        keys = self.keys or frozenset()
        return any(key not in keys and (_FORMAT_KEY.search(str(key)) is not None
                                        or (given.__class__ is str and _STRFTIME_LAYOUT.search(given) is not None))
                   for key, given in params.items())

    def _reads_it_as_its_type(self, params: dict[str, Any], value: Any) -> bool:
        """The call turns on a switch that no failing call had and whose name holds the file type of the value
        (`yaml_input: true` beside conf.yaml, `--json` beside data.json): it tells the tool how to read that file."""
        if self.keys is None or value.__class__ is not str:
            return False
        types = path_suffixes(value)
        if not types:
            return False
        for key, given in params.items():
            if given is True and key not in self.keys:
                words = {file_type(w) for w in _NAME_WORDS.findall(str(key).lower())}
                if words.intersection(types):
                    return True
            elif given.__class__ is str and key not in self.keys and file_type(given.lower()) in types:
                return True  # `--format=lzma` beside legacy.log.lzma: the call names the type it is to read
        return False

    def _why_known(self, params: dict[str, Any]) -> str | None:
        value = params.get(self.parameter) if self.parameter else None
        if value is not None and value.__class__ is not bool and str(value) in self.known:
            return f"{self.parameter}={value!r} failed this way before"
        return None

    def _gives_required(self, params: dict[str, Any]) -> bool | None:
        """None when the message named nothing the call could give instead of the step; else whether it gives it."""
        return any(gives_parameter(params, name) for name in self.required) if self.required else None

    def _wrote_missing(self, recent_calls: Any) -> bool:
        """The file the message said the place lacked was written since (`tool/CMakeLists.txt`)."""
        return bool(self.place_of_it and self.missing_file and recent_calls and wrote_file(recent_calls, self.missing_file))

    def _state_touched(self, recent_calls: Any) -> bool:
        """A recent call named the table the failure's state lay in (a foreign key's other table), as a value or a
        word of a statement."""
        if self.state_tables is None:
            return False
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        return any(self.state_tables.search(str(leaf)) for _, params in calls for given in params.values() for leaf in leaves(given))

    def _touched_since(self, recent_calls: Any, value: str, params: dict[str, Any]) -> bool:
        """A recent call by another tool was given this same value (`keytool_delete alias=client` before
        `keytool_genkeypair alias=client`), or by this command under another subcommand (`scrapy genspider books`
        before `scrapy check books`): the state the value failed in may have changed. One that only looks
        (`ls webapp`, `fs_read`) changed nothing."""
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        mine = params.get("arg1")

        def acted(tool: str, given: dict[str, Any]) -> bool:
            if tool != self.tool:
                return not looks_only(tool)
            return mine is not None and given.get("arg1") not in (None, mine) and not looks_only(f"{tool}_{given['arg1']}")
        return any(acted(tool, given) and any(str(leaf) == value for key, item in given.items()
                                              if key != "arg1" or tool != self.tool for leaf in leaves(item))
                   for tool, given in calls)

    def _moved_on(self, params: dict[str, Any], recent_calls: Any) -> bool:
        """A recent call of this tool named the same thing (a value this call gives too) with another value where
        the failing ones went wrong (`order=1042 event=pay`, then `order=1042 event=ship`)."""
        if self.parameter is None or self.parameter not in params:
            return False
        mine = params[self.parameter]
        others = {str(leaf) for key, value in params.items() if key != self.parameter for leaf in leaves(value)
                  if leaf.__class__ is str and len(leaf) >= 2}
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        return any(tool == self.tool and self.parameter in given and given[self.parameter] != mine
                   and any(str(leaf) in others for key, value in given.items() if key != self.parameter for leaf in leaves(value))
                   for tool, given in calls)

    def _made_its_place(self, recent_calls: Any, value: str) -> bool:
        """A recent call that changes things (any tool, this one too: `mkdocs new handbook`) named this path, a directory
        it lies in or a file inside it: what was not there may have been made."""
        places = {value} | {value[:at] for at in range(len(value)) if value[at] == "/" and at > 0}
        # a file named after one a call was given, with a suffix more or less (`lzip logs/app.log` writes
        # `logs/app.log.lz`; `unxz a.csv.xz` writes `a.csv`): the usual way a tool names what it writes
        stem, dot, suffix = value.rpartition(".")
        if dot and stem and "/" not in suffix and 1 <= len(suffix) <= 4:
            places.add(stem)
        inside = value.rstrip("/") + "/"  # a file written into the directory the failure was about (`cproj/SConstruct`)
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        return any(not looks_only(tool) and any(str(leaf).rstrip("/") in places or _suffixed(str(leaf), value)
                                                or str(leaf).startswith(inside)
                                                for given in params.values() for leaf in leaves(given))
                   for tool, params in calls)

    def _set_up_since(self, recent_calls: Any) -> bool:
        """A call that sets something up (`*_create`, `*_declare`, `pg_createdb`) ran, and none like it
        preceded the failures: it may have made what was missing."""
        return bool(recent_calls) and (any(t != self.tool and t not in self.window and makes_something(t) for t in recent_calls)
                                       or self._set_up_by_itself(recent_calls))

    def _set_up_by_name(self, recent_calls: Any, value: str) -> bool:
        """A recent call, of any tool, that sets up this very value in one of its words (`task context define work …`
        before `task context work`, after "Context 'work' not found"): it may exist now."""
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        return any(any(str(leaf) == value for item in given.values() for leaf in leaves(item))
                   and (makes_something(tool) or any(item.__class__ is str and sets_up(item) for key, item in given.items()
                                                     if _POSITIONAL.match(str(key))))
                   for tool, given in calls)

    def _set_up_by_itself(self, recent_calls: Any) -> bool:
        """A recent call of this very tool in its setting-up form: a subcommand (`mkdocs new`) or a switch (`tsc --init`)."""
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        return any(tool == self.tool and (sets_up(str(given.get("arg1") or ""))
                                          or any(value is True and sets_up(str(key)) for key, value in given.items()))
                   for tool, given in calls)

    def _why_repeated_create(self, params: dict[str, Any], recent_calls: frozenset[str]) -> str | None:
        if self.tool not in recent_calls or not self._adds_no_fix(params) or _DRY_RUN.intersection(params):
            return None  # not after itself, as every failure was; or it adds what the message named
        if self._adds_a_mode(params):
            return None  # a switch no failing call had (`overwrite`, `reverse`): the tool in another mode
        if self._needed_ran(recent_calls) or any(removes(t) for t in recent_calls):
            return None  # the step the message named ran, or something was removed since
        if self.parameter is not None and self.known:  # the message was about a value: that value again
            value = params.get(self.parameter)
            if value is None or value.__class__ is bool or str(value) not in self.known:
                return None
            earlier = [given for tool, given in getattr(recent_calls, "calls", ()) if tool == self.tool]
            # the objects it names: the value and the other arguments, not the words before the value (`startproject`
            # in `scrapy startproject news`: every call of that subcommand gives it)
            at = _position(self.parameter)
            objects = {str(v) for k, v in params.items() if k == self.parameter or _POSITIONAL.match(str(k)) and _position(str(k)) >= at}
            if earlier and not any(objects.intersection(map(str, leaves(given))) for given in earlier):
                return None  # it ran before on other values (`section=smtp`, then `section=queue`): nothing made twice
            if earlier and all(_names_another(params, given, _OUTPUT) for given in earlier):
                return None  # `-o archive/app-2.lzo` after `-o archive/app.lzo`: it writes elsewhere
            if self.exists and earlier and not any(_same_name(given.get(self.parameter), str(value)) or given.get(self.parameter) in objects
                                                   for given in earlier):
                return None  # what exists is named by the value: `par2 create backup/all …` after `… backup/db …` made another
            return f"{self.parameter}={value!r} already existed when {self.tool} ran before, and {self.tool} ran again since"
        if self.parts is not None or self.parameter is not None:
            return None
        earlier = [given for tool, given in getattr(recent_calls, "calls", ()) if tool == self.tool and self._does_the_same(given)]
        if self.verbs and not earlier:
            return None  # the program ran, but not to do this (`task add`, then `task 1 done`)
        shares = _shares_a_number if self.by_number else _shares_a_value
        if earlier and not any(shares(params, given) for given in earlier):
            return None  # it ran before on other names (`hg_tag v2.0`, then `hg_tag v3.0`): nothing made twice
        if earlier and all(_names_another(params, given) for given in earlier):
            return None  # `project_slug=api` after a call without it: what it makes is named otherwise
        return f"{self.tool} already ran in this session, and every failure of this kind came after it had"

    def _agrees_with_what_exists(self, params: dict[str, Any]) -> bool:
        """The call gives a setting as the message said it is (`x-message-ttl: 60000`, current), which no failing
        call gave, and none against it: it declares what exists again, which is no conflict."""
        pairs = setting_pairs(params)
        agreeing = False
        for pair in pairs:
            name, _, value = pair.partition("=")
            if name in self.offered:
                if self.offered[name] != value:
                    return False
                agreeing = agreeing or pair not in self.given
        return agreeing

    def _made_in_window(self, params: dict[str, Any], recent_calls: Any) -> str | None:
        """A recent call of this tool, whose params the window gave, made the very thing this call makes (the same
        value of the pattern's parameter, or the same name after the message's noun), and nothing removed it after:
        it exists now, as the failures' messages said such things do."""
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        if not calls or self.parameter is None or _DRY_RUN.intersection(params):
            return None
        value = params.get(self.parameter)
        if value.__class__ is not str or not value:
            return None
        name = value
        if self.named_after is not None:
            found = self.named_after.search(value[:MAX_VALUE_CHARS])
            if found is None or re.search(r"(?i)\bif\s+not\s+exists\b", value[:MAX_VALUE_CHARS]):
                return None
            name = found.group(1)
        made = False
        for tool, earlier in calls:
            given = earlier.get(self.parameter)
            if removes(tool) and any(str(leaf) == name for v in earlier.values() for leaf in leaves(v)):
                made = False  # `rm .env` since `ln -s a .env`: removed, whichever of its arguments named it
                continue
            if given.__class__ is not str:
                continue
            if (removes(tool) or re.search(rf"(?i)\b(?:drop|delete|remove|rm|del)\b.*(?<![\w$]){re.escape(name)}(?![\w$])",
                                                    given[:MAX_VALUE_CHARS])):
                made = False  # removed since (a removal before any create made nothing either)
            elif tool == self.tool and not _names_another(params, earlier, _OUTPUT) and (given == value if self.named_after is None else
                                        (m := self.named_after.search(given[:MAX_VALUE_CHARS])) is not None and m.group(1) == name):
                made = True
        return f"{self.tool} made {name!r} earlier in this session, and it already existed when this failed before" if made else None

    def _does_the_same(self, params: dict[str, Any]) -> bool:
        return all(params.get(key) == word for key, word in self.verbs)

    def _why_sequence(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        if self.needed and step_name(self.tool, params) in self.needed_set:
            return None  # the call is the step the message named (`pdm init`, learned from `pdm list`)
        if self.verbs and not self._does_the_same(params):
            return None  # another operation of the program (`task 1 start`, where `task 1 done` failed)
        if self.missing_config is not None:
            return self._why_no_config(params, recent_calls)
        if self.module_runtime is not None and self.parameter is not None:
            # a package the runtime lacked before: any package this code imports may be missing too, until an install
            packages = packages_imported(self.module_runtime, params.get(self.parameter))
            if not packages or (recent_calls and any(_installs(t) for t in recent_calls)):
                return None
            return (f"{self.parameter} imports {packages[0]!r}, a package, and this {self.module_runtime} environment lacked "
                    f"the packages its code imported before; nothing installed any since")
        if self.exists and self._adds_a_mode(params):
            return None  # what exists is to be replaced or added to (`if_exists: append`, `--force`): no collision
        if (self.exists or self.repeats_itself) and self._another_mode(params):
            return None  # `ssh-keygen -y -f key` after `-t ed25519 -f key`: it reads what exists, not makes it again
        if self.exists and recent_calls.__class__ is RecentCalls:
            made = self._made_in_window(params, recent_calls)
            if made is not None:
                return made
        given = any(gives_parameter(params, name) for name in self.required) if self.required else None
        if given:
            return None  # `--region x` instead of `aws configure`
        if self.offered and self._agrees_with_what_exists(params):
            return None
        if self.repeats_itself and recent_calls is not None:
            why = self._why_repeated_create(params, recent_calls)
            if why is not None or (self.known and self.parts is None):
                return why  # a known value too failed only after this tool had run, and before any removal
        if self.parts_gate and self.parts is not None and self.parameter is not None and (
                self.parameter not in params or isinstance(params[self.parameter], list)
                and not any(self.parts.search(str(item)) for item in leaves(params[self.parameter]))):
            return None  # the call names nothing that was missing (`extensions: [toc]`, not `pymdownx.tasklist`; none)
        if given is False and recent_calls is None and self._same_shape(params, shape):
            return f"{_spoken(self.required)} is required and this call does not give it"
        if (self.needed or self.options) and recent_calls is not None and (
                (self.stateful and self.needed and self._adds_no_fix(params)) or self._same_shape(params, shape)):
            if self._needed_ran(recent_calls) or gives_as_a_value(params, self.inside_steps):
                return None
            if self.modes and self.modes.isdisjoint(f"{k}={v}" for k, v in params.items()):
                return None  # the tool in its starting form (`git stash push`), not the failing mode (`pop`)
            if self.context is not None and self.context.isdisjoint(recent_calls):
                return None  # none of what preceded every failure happened in this session
            if self.options and (_has_option(params, self.options + self.bare_options) or self.tool in recent_calls):
                return None  # the option is on this call, or on an earlier call of this tool (what it set stays set)
            if self.needed and len(self.modules) == 1 and not self.needed_set.isdisjoint(recent_calls):
                return f"the install in this session's recent calls named no package that provides {self.modules[0]}"
            if self.needed:
                return f"{' or '.join(self.needed)} was not called in this session's recent calls"
            return f"this call has no {' or '.join(self.options)}"
        if self.category == "MISSING_PREREQUISITE" and not self.needed and self.known and recent_calls is not None:
            known = self._why_known(params)
            if known is not None:  # the thing the message named as missing, named again
                if self.file_of_it and self.tool in recent_calls and self.tool not in self.window:
                    return None  # this tool ran since, as no failure had it before: it may have made what was missing
                if self._wrote_missing(recent_calls) or (
                        self.place_of_it and not self.missing_file
                        and self._made_its_place(recent_calls, str(params.get(self.parameter or "")))):
                    return None  # the file it lacked, or a file inside the place it was about, was written since
                return None if self._set_up_since(recent_calls) or not self._adds_no_fix(params) else known
        if self.exists and self.known and not self.repeats_itself and not self._same_shape(params, shape):
            # what the message said already exists, named again with other options: it still exists, unless the
            # call says to replace it or only looks, or something was removed since
            known = self._why_known(params)
            if (known is not None and self._adds_no_fix(params) and not _DRY_RUN.intersection(params)
                    and not _OVERWRITE.intersection(str(k).lstrip("-").replace("-", "_").lower() for k in params)
                    and not (recent_calls and any(removes(t) for t in recent_calls))):
                return known
        if self.of_state and not self.exists and not self.repeats_itself and self._same_state(params, recent_calls):
            return f"{self.tool} failed in this state before, with the same parameters, and nothing in this session set it up since"
        # No step named: only a known failing value, in a call shaped like the failing ones, and not
        # after a call of the tool's own family that may have set the prerequisite up (`npm_init`).
        if not self._same_shape(params, shape) or (recent_calls and self.category == "MISSING_PREREQUISITE"
                                                    and self._family_setup_since(recent_calls)):
            if not (self.stateful and self.category == "MISSING_PREREQUISITE" and recent_calls is not None
                    and not self._family_setup_since(recent_calls) and self._adds_no_fix(params)):
                return None
        if (self.stateful and self.category == "MISSING_PREREQUISITE" and recent_calls is not None and not self.needed
                and "_" in self.tool and self._adds_no_fix(params) and not self.options and not self.file_of_it
                and not (self.place_of_it and wrote_file(recent_calls, self.missing_file))):
            # nothing of the tool's family that sets anything up ran since (`npm init`, `cargo new`)
            return f"{self.tool} failed for want of a prerequisite before and nothing in this session set it up"
        if self._wrote_missing(recent_calls):
            return None
        known = self._why_known(params)
        if known is None and self.parts is not None and (
                recent_calls is None or (self.tool not in recent_calls if self.category == "MISSING_PREREQUISITE"
                                         else not any(removes(t) for t in recent_calls))):
            # the missing thing the call names again, unless this tool ran since (it may have made it)
            value = params.get(self.parameter) if self.parameter else None
            hit = self.parts.search(value[:MAX_VALUE_CHARS * 8]) if value.__class__ is str else None
            if hit is not None:
                return (f"{self.parameter} names {hit.group(0)!r}, which was missing before" if self.category == "MISSING_PREREQUISITE"
                        else f"{self.parameter} names {hit.group(0)!r}, which already existed, and nothing since removed it")
        if known is not None and self.exists and recent_calls and any(removes(t) for t in recent_calls):
            return None  # what already existed was removed since (`keytool_delete alias=client`)
        if (known is not None and (self.repeats_itself or self.gone_after_itself) and recent_calls is not None
                and self.tool not in recent_calls):
            return None  # every failure came after this tool had run (made it, moved it) in the session; here it has not
        if known is not None and self.of_a_state and self._moved_on(params, recent_calls):
            return None  # this tool acted on the same thing since, in another way (`pay` before `ship`): its state moved on
        if known is not None and self.state_tables is not None and self._state_touched(recent_calls):
            return None  # the child rows deleted, the parent row inserted: a recent call acted on the other table
        return known

    def _why_missing(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        """A required parameter the message named is absent again; with no name, the call gives
        nothing that the failing calls lacked (so it cannot hold what they were missing)."""
        if self.alternatives and any(gives_parameter(params, name) for name in self.alternatives):
            return None  # what the message offered instead (`--fill` for `--title and --body`)
        if self.binds is not None:  # the statement's placeholders against the values given for them
            statement, values = self.binds
            if values == NAMED_BINDS:
                unbound = unbound_names(params, statement)
                return f"{statement} takes :{unbound[0]} and this call gives no value for it" if unbound else None
            given = params.get(values)
            needed, have = placeholders(params.get(statement)), len(given) if isinstance(given, (list, tuple)) else 0
            return (f"{statement} takes {needed} value(s) and {values} gives {have}" if have < needed else None)
        if self.lengths and not self.required and any(isinstance(params.get(k), (list, tuple)) and len(params[k]) > n
                                                      for k, n in self.lengths.items()):
            return None  # a longer list than any failing call's gives a value they lacked (unless the message named it)
        params = {k: v for k, v in params.items() if v not in EMPTY}  # an empty value gives nothing
        if self.bare_flags and any(params.get(k) not in (None, True, False) for k in self.bare_flags):
            return None  # `-o out.zst` where every failing call ended on a bare `-o`: the value it lacked is given
        if self.situation and not all(_situated(params.get(k), v) if k != ANY_PARAMETER else _gives_word(params, v)
                                      for k, v in self.situation):
            return None  # another model, another subcommand: the message named the case it was about
        if self.required and self.configurable and any(str(k).lower() in _PLACES and k not in (self.keys or ()) for k in params):
            return None  # run in a place no failing call named: its configuration may give what they lacked
        if self.required:
            absent = [name for name in self.required if not gives_parameter(params, name) and not _names_word(params, name)
                      and not _in_a_document(params, name) and not _another_schemas(params, name)]
            if absent and (free_positionals(params) > self.free if self.free is not None else self.keys is not None
                           and any(key not in self.keys and _POSITIONAL.match(key) for key in params)):
                return None  # a command line's positional the failing calls lacked may be the one required (argv has no names)
            if absent and self._one_more_positional(params):
                return None  # `dvc add --no-commit data.csv` after `dvc add --no-commit`: the flag took nothing there
            if absent and self.placeholders.issuperset(absent) and self._gives_a_new_path(params):
                return None  # `SRC` of `black [OPTIONS] SRC ...` given as `paths: [app.py]`: a slot under a name of the call's
            return f"{', '.join(_spoken([name]) for name in absent)} is required and this call does not give it" if absent else None
        # more values than any failing call gave (`-u a b` after `a` and `-u b`): one may be the missing one
        given = sum(1 for value in params.values() if value is not True)
        if self.keys is not None and self.keys.issuperset(params) and given <= self.most_given:
            return "this call gives no parameter that the calls missing a required one lacked"
        if (self.keys is not None and self.max_positionals is not None and given <= self.most_given
                and all(params[key] is True for key in params if key not in self.keys)
                and sum(1 for key in params if _POSITIONAL.match(key)) <= self.max_positionals):
            # what it adds are bare flags, and a flag holds no value: the missing one is still missing
            return "this call adds only flags to the calls missing a required value, and no value"
        return None

    def _one_more_positional(self, params: dict[str, Any]) -> bool:
        """More positionals than any failing call had, and every switch the call turns on was turned on by a failing
        call too: a failing call that gave the switch with nothing taken after it shows it takes no value, so the
        positional after it here is free (`free_positionals` counts one after a switch as the switch's maybe-value)."""
        if self.max_positionals is None or self.keys is None:
            return False
        positionals = sum(1 for key in params if _POSITIONAL.match(key))
        return positionals > self.max_positionals and all(key in self.keys for key, value in params.items()
                                                          if value is True and not _POSITIONAL.match(key))

    def _gives_a_new_path(self, params: dict[str, Any]) -> bool:
        """The call gives, under a name no failing call had, a value that is a path (`app.py`, `src/`, a list of them)."""
        return self.keys is not None and any(
            key not in self.keys and any(isinstance(v, str) and (value_type(v) is not None or "/" in v) for v in leaves(value))
            for key, value in params.items())

    def _why_wrong_tool(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        """A value like the ones this tool was wrongly given: the same value, the path kind the message
        named (a directory to a file reader), or the same suffix (`.zip` to tar). A pattern without a
        call shape (imported from elsewhere) or without a parameter matches nothing."""
        if self.bad_options:
            bad = self._bad_option(params)
            if bad is not None:
                return bad
        if self.shapes is None or self.parameter is None:
            return None
        parameter = self.parameter if self.parameter in params else _moved_positional(self.parameter, params)
        if parameter is None:
            return None
        value = params[parameter]
        if recent_calls.__class__ is RecentCalls and value.__class__ is str and self._touched_since(recent_calls, value, params):
            return None  # another tool acted on this very file since (`mke2fs disk/a.img` before `tune2fs … disk/a.img`)
        if str(value) in self.known:
            return f"{parameter}={value!r} was given to this tool wrongly before"
        switches = {c for k in params if _SWITCHES.match(str(k)) for c in str(k)} if self.mode_letters else set()
        if switches and not self.mode_letters <= switches:
            return None  # switches, but not one every failing call had (`bzip2 -k` compresses; `-d` decompressed): another mode
        why = self._why_wrong_kind(params, parameter, value)
        if why is not None and self._reads_it_as_its_type(params, value):
            return None  # `--format=lzma` beside a .lzma: told the type it is to read
        return why

    def _why_wrong_kind(self, params: dict[str, Any], parameter: str, value: Any) -> str | None:
        """The value is of a kind this tool was wrongly given (see `_why_wrong_tool`)."""
        if self.validator is not None:
            # a rule scoped to one shape of value (a file's suffix) tests any positional of that shape: a command
            # line's positional moves (`tar -xzf a.zip` is arg1, `tar xzf a.zip` arg2)
            values = ([value] + [v for k, v in params.items() if isinstance(v, str) and _POSITIONAL.match(k) and path_kind(v) == "file"]
                      if self.validator.scope is not None and _POSITIONAL.match(parameter) else [value])
            bad = next((v for v in values if self.validator.fails(v) is not None), None)
            if bad is not None:
                return f"{parameter}={bad!r} is not {self.validator.expected}"
        if self.leads and value.__class__ is str:
            lead = next((w for w in self.leads if begins_with(value, w)), None)
            if lead is not None:
                return f"{parameter} begins with {lead!r}, as the calls this tool refused did"
        if self.suffixes and isinstance(value, str):
            # a command line's positional moves (`tar -xzf a.zip` is arg1, `tar xzf a.zip` arg2): any positional path,
            # but the last when the failing calls had one after theirs (`opusenc in.mkv out.opus`: the output is no input)
            values = self._positionals_like_it(params) if _POSITIONAL.match(parameter) else [(parameter, value)]
            hit = next(((k, v, s) for k, v in values for s in path_suffixes(v) if s in self.suffixes), None)
            if hit is not None:  # named as the positional that has it (`-L czech a.txt`: a.txt, not czech)
                return f"{hit[0]}={hit[1]!r} is a .{hit[2]} file, which this tool failed on before"
        if self.unreadable:
            return self._unreadable(params, parameter, value)
        return None

    def _positionals_like_it(self, params: dict[str, Any]) -> list[tuple[str, str]]:
        """The call's positional strings that may be the one the failing calls had wrong (see `_why_wrong_kind`)."""
        found = [(k, v) for k, v in params.items() if isinstance(v, str) and _POSITIONAL.match(k)]
        if found and self.before_last:
            found = found[:-1]
        return found

    def _bad_option(self, params: dict[str, Any]) -> str | None:
        for key in params:
            if str(key).lstrip("-").replace("-", "_").lower() in self.bad_options:
                return f"--{key} is an option this tool did not recognize before"
        return None

    def _why_value(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        if self.bad_options:
            bad = self._bad_option(params)
            if bad is not None:
                return bad
        parameter = self.parameter
        if self.anchor is not None:  # the value of an option, wherever the command line put it
            value = _option_value(params, self.anchor)
            for alias in self.aliases:  # or under another of its names (`-m 2gg` for `--memory`)
                if value is None:
                    value = _option_value(params, alias)
            if value is None:
                return None
        elif parameter is None:
            return None  # a pattern without a parameter never matches on values
        elif parameter not in params:
            # `-Tmermaid` for the option `T`, when what T takes is a list of names: argv cannot tell `-Tmermaid` from a
            # long `--tmermaid`, and a long flag's name (`--overwrite` for `-o`) is no value to test against a rule
            value = _attached(params, parameter) if self._takes_a_name() else None
            if value is None:
                return None
        else:
            value = params[parameter]
            if self.format_of is not None:  # the data against the call's own format: nothing else tells
                return _format_mismatch(value, params.get(self.format_of), parameter)
            if self.item_after is not None:  # the item after its keyword, wherever the list puts it
                value = list_item_after(value, self.item_after)
                if value is None:
                    return None
        if self.about_dates and self.keys is not None and len(params) > 1 and self._told_its_format(params):
            return None  # the call now says how to read the value (`format: jd`, `-i %d.%m.%Y`): no failing call did
        if self.only_regex is not None and value.__class__ is str and len(value) <= MAX_VALUE_CHARS:
            if self.only_regex.search(value) is None:  # the common case, inline: a check has microseconds
                return f"{parameter}={value!r} is not {self.validator.expected}"  # type: ignore[union-attr]
        elif self.validator is not None:
            reason = self.validator.fails(value)
            if reason is not None:
                return f"{parameter}={value!r} is {reason}" if reason.startswith("not ") else f"{parameter}={value!r}: {reason}"
        if (self.known or self.content_suffixes) and self._reads_it_as_its_type(params, value):
            return None  # a switch no failing call had names the value's file type (`yaml_input` for conf.yaml)
        if str(value) in self.known:
            if self.said_absent and self._made_its_place(recent_calls, str(value)):
                return None  # `mkdocs new handbook` since `handbook/mkdocs.yml` was not there: it may be now
            if self.state_tables is not None and self._state_touched(recent_calls):
                return None  # a recent call acted on the foreign key's other table: the row may be there (or gone) now
            if self.category == "INCORRECT_PARAMETER" and (self._set_up_since(recent_calls)
                                                           or self._set_up_by_name(recent_calls, str(value))):
                return None  # something was declared or created since: the value may exist now
            if self.category in _STATEFUL and self._touched_since(recent_calls, str(value), params):
                return None  # another tool acted on that very value since (`gpg_delete_secret_key key=x`)
            if self.part_names and any(isinstance(given, dict) and not self.part_names.isdisjoint(given)
                                       for key, given in params.items() if key != parameter):
                return None  # what the message named in it is given now, as a key (`KeyError: 'env'`, then `values.env`)
            if self.gone_after_itself and recent_calls is not None and self.tool not in recent_calls:
                return None  # it was gone only after this tool had run (moved it): here the tool has not run
            if self.of_a_state and self._moved_on(params, recent_calls):
                return None  # this tool acted on the same thing since in another way: its state moved on
            if self.unquoted_format:
                return None
            return f"{parameter}={value!r} is a value that failed before"
        if not self.value_shapes or value.__class__ is not str:
            return None  # neither parts, beginnings nor file types learned: the common case ends here
        if self.parts is not None:
            hit = self.parts.search(value[:MAX_VALUE_CHARS * 8])
            if hit is not None:
                return f"{parameter} names {hit.group(0)!r}, which did not exist before"
        if self.leads:
            lead = next((w for w in self.leads if begins_with(value, w)), None)
            if lead is not None:
                return f"{parameter} begins with {lead!r}, which the tool refused before"
        if self.content_suffixes:
            kind = next((s for s in path_suffixes(value) if s in self.content_suffixes), None)
            if kind is not None:
                return f"{parameter}={value!r} is a .{kind} file, and .{kind} files failed this way before"
        if self.unreadable:
            return self._unreadable(params, parameter, value)
        return None

    def _unreadable(self, params: dict[str, Any], parameter: str | None, value: Any) -> str | None:
        """The value is a file of a type the tool could not read before (or of its kind), and the call does not
        tell the tool how to read it (`yaml_input: true`)."""
        kind = value_type(value)
        if kind is None or kind not in self.unreadable or self._reads_it_as_its_type(params, value):
            return None
        return f"{parameter}={value!r} is a {kind} file, a kind of file this tool could not read before"


def _suggestion(pattern: Pattern) -> str | None:
    mistake = pattern.get("mistake_pattern") or {}
    validation = mistake.get("validation") or {}
    if validation.get("suggestion") and mistake.get("parameter"):
        return f"use {mistake['parameter']}={validation['suggestion']!r}"
    for step in pattern.get("prevention_steps") or []:
        if step.get("tool") and step.get("action") in ("suggest_tool", "call_tool_first", "call_tool_if_invalid"):
            return f"{step['action']}: {step['tool']}"
    return f"use {validation['expected']}" if validation.get("expected") else None


class PatternCache:
    """Confident patterns by tool, kept in memory; reads the live store, else the snapshot.

    A tool's patterns are loaded on its first check, so a hook process that checks one
    tool reads one tool's patterns. When the store's version moves, every tool reloads.
    """

    def __init__(self, storage: Any | None = None, snapshot_path: Any | None = None,
                 min_confidence: float = conf.WARN_THRESHOLD, poll_seconds: float = 1.0) -> None:
        self.storage = storage
        self.snapshot_path = snapshot_path
        self.min_confidence = min_confidence
        self.poll_seconds = poll_seconds
        self._by_tool: dict[str, list[CompiledPattern]] = {}
        self._version: int | None = None
        self._checked_at = float("-inf")
        self._complete = False  # True when _by_tool holds every tool (snapshot or fixed set)

    @classmethod
    def from_patterns(cls, patterns: Iterable[Pattern], min_confidence: float = conf.WARN_THRESHOLD) -> PatternCache:
        cache = cls(min_confidence=min_confidence)
        cache._fill(patterns)
        cache._checked_at = float("inf")
        return cache

    def _fill(self, patterns: Iterable[Pattern]) -> None:
        by_tool: dict[str, list[CompiledPattern]] = {}
        for pattern in patterns:
            if pattern["confidence"] >= self.min_confidence:
                by_tool.setdefault(pattern["tool"], []).append(CompiledPattern(pattern))
        self._by_tool, self._complete = by_tool, True

    def _use_snapshot(self) -> None:
        from worker.snapshot import SnapshotError, load_snapshot  # YAML only when Redis is away

        try:
            self._fill(load_snapshot(self.snapshot_path) if self.snapshot_path else [])
        except (SnapshotError, InvalidPattern, OSError):
            self._fill([])
        self._version = None

    def _refresh(self) -> None:
        now = time.monotonic()
        if now - self._checked_at < self.poll_seconds:
            return
        self._checked_at = now
        if self.storage is None:
            if not self._complete:
                self._use_snapshot()
            return
        try:
            version = self.storage.version()
        except Exception:  # Redis away: the snapshot is the next best truth
            if self._version is not None or not self._complete:
                self._use_snapshot()
            return
        if version != self._version:
            self._by_tool, self._complete, self._version = {}, False, version

    def patterns_for(self, tool: str) -> list[CompiledPattern]:
        self._refresh()
        if tool not in self._by_tool and not self._complete and self.storage is not None:
            try:
                self._by_tool[tool] = [CompiledPattern(p) for p in self.storage.get_patterns_for_tool(tool, self.min_confidence)]
            except Exception:
                self._use_snapshot()
        return self._by_tool.get(tool, [])


class UsagePatternChecker:
    def __init__(self, cache: PatternCache) -> None:
        self.cache = cache

    def check_before_call(self, tool_name: str, params: dict[str, Any] | None,
                          context: dict[str, Any] | list[str] | None = None) -> CheckResult:
        """{decision: allow|warn|block, should_block, warnings, preventions, patterns_matched, suggestions}"""
        params = params or {}
        recent = context if isinstance(context, list) else (context or {}).get("recent_calls")
        recent = _recent_set(recent) if recent is not None else None
        warnings: list[str] = []
        preventions: list[dict[str, Any]] = []
        matched: list[str] = []
        suggestions: list[str] = []
        should_block = False
        shape = tuple(sorted(params))
        family = family_of(tool_name)
        kin = self.cache.patterns_for(family_key(family)) if family is not None else []
        for compiled in self.cache.patterns_for(tool_name) + kin if kin else self.cache.patterns_for(tool_name):
            own = compiled.own
            if own is None:
                why = compiled.other(tool_name, params, recent)
            else:
                gate = compiled.gate
                if gate is not None and gate not in params:
                    continue
                why = own(params, recent, shape)
            if why is None:
                continue
            should_block = should_block or compiled.blocks
            matched.append(compiled.id)
            warnings.append(compiled.head + why + compiled.tail)
            preventions.extend(compiled.steps)
            if compiled.suggestion and compiled.suggestion not in suggestions:
                suggestions.append(compiled.suggestion)
        decision: Decision = "block" if should_block else "warn" if matched else "allow"
        return {"decision": decision, "should_block": should_block, "warnings": warnings,
                "preventions": preventions, "patterns_matched": matched, "suggestions": suggestions}


def check_call(checker: Any, call: ToolCall, context: dict[str, Any] | list[str] | None = None) -> CheckResult:
    """A call as a host made it, asked of anything with `check_before_call`: a shell line that pipes into other
    commands is checked as each of them too (the mistake learned may be `cpio`'s in `find | cpio -o`)."""
    result = checker.check_before_call(call.tool, call.params, context)
    piped = piped_commands(call)
    if not piped:
        return result  # type: ignore[no-any-return]
    return _merged([result] + [checker.check_before_call(c.tool, c.params, context) for c in piped])


def _merged(results: list[CheckResult]) -> CheckResult:
    """One verdict for a line's commands: the strongest decision, every warning once."""
    merged: CheckResult = {"decision": "allow", "should_block": False, "warnings": [], "preventions": [],
                           "patterns_matched": [], "suggestions": []}
    for result in results:
        for at, pattern_id in enumerate(result["patterns_matched"]):
            if pattern_id not in merged["patterns_matched"]:
                merged["patterns_matched"].append(pattern_id)
                merged["warnings"].append(result["warnings"][at])
        merged["preventions"].extend(p for p in result["preventions"] if p not in merged["preventions"])
        merged["suggestions"].extend(s for s in result["suggestions"] if s not in merged["suggestions"])
        merged["should_block"] = merged["should_block"] or result["should_block"]
    merged["decision"] = "block" if merged["should_block"] else "warn" if merged["patterns_matched"] else "allow"
    return merged


_default: dict[tuple[str, str], UsagePatternChecker] = {}


def default_checker() -> UsagePatternChecker:
    """The checker for the configured store (REDIS_URL, key prefix), snapshot as fallback; one per process."""
    from worker.config import load_settings
    from worker.storage import UsagePatternStorage

    from .recorder import connect

    settings = load_settings()
    key = (settings.redis_url, settings.key_prefix)
    if key not in _default:
        storage = UsagePatternStorage(connect(settings.redis_url, 0.5), settings.key_prefix)
        _default[key] = UsagePatternChecker(PatternCache(storage, settings.snapshot_path))
    return _default[key]
