"""What a call, an earlier call and the session's window say: plain predicates over their params."""
from __future__ import annotations

import fnmatch
import json
import re
from typing import Any, Iterable

from worker.call_values import LOCATION_KEYS, leaves, path_kind
from worker.events import MAX_RECENT_CALLS
from worker.identity import EDIT_TOOLS, canonical_name, step_name
from worker.kinds import is_token_layout, token_layout_regex
from worker.safe_regex import MAX_VALUE_CHARS
from worker.sql_order import END_WITHOUT_BEGIN, UNKNOWN_SAVEPOINT, VACUUM_IN_TRANSACTION
from worker.steps import tool_refs


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
_OVERWRITE = frozenset({"force", "f", "overwrite", "replace", "exist_ok", "if_not_exists", "upsert", "clobber", "update",
                        "y", "yes", "assume_yes"})  # (`-y`: yes to the prompt to overwrite, as ffmpeg and wavpack ask)


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
    `lzip -d a.gz` gave arg1), or the other way round (`unsquashfs -s a.iso` gives arg1 where `-l a.iso` gave l): argv
    alone cannot tell a switch from an option that takes the file. The key of the one such file, when the learned
    one is not there."""
    if not (_POSITIONAL.match(parameter) or len(parameter) == 1):
        return None
    moved = [k for k, v in params.items() if (len(str(k)) == 1 or _POSITIONAL.match(str(k))) and isinstance(v, str)
             and path_kind(v) == "file"]
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
