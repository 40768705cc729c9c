"""Prerequisite steps as tool references: what a message or a rule hint says must run first.

Pure. A message that names the step as a command (`please run "terraform init"`, `run npm
install first`, `use git push --set-upstream`) gives the agent's tool name for it through the
canonical tool identity (`terraform_init`, `npm_install`, `git_push`). A rule hint is a list
of alternatives (`git_remote_add or git_push --set-upstream`); only the alternatives that
are tool names count — flags (`--abort`) and free text (`cd into the repository`) never do.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .call_values import gives_as_a_value
from .identity import FAMILY_WILDCARD, SUBCOMMAND_PROGRAMS, family_of, parse_command, step_name
from .literals import gated_regex

# a configuration file a message names no name of (`No configuration provided for x.css`): any file written may be it
ANY_CONFIG = "*"

# A tool reference: lower_snake (or a wrapper's dotted/namespaced name), never a flag.
_TOOL_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[_.:-][A-Za-z0-9]+)*$")
_ARG_LIKE = re.compile(r"^(?:--?[\w-]+(?:=\S*)?|\S*[./=@:<>]\S*|[A-Z_]+|\S*\d\S*)$")
_ALTERNATIVES = re.compile(r"\s+or\s+|\s*[,;|]\s*")

_Q = r"""["'`\u2018\u2019\u201c\u201d]"""
_VERB = r"(?:please\s+)?(?:(?:by\s+)?run(?:ning)?|execute|invoke|try(?:\s+running)?|did you (?:run|forget to run)|you (?:need|have|must|may need) to run|use|call|type)"
_QUOTED_COMMAND = re.compile(rf"\b{_VERB}\b\s*:?\s*(?:\n\s*)*(?:\$\s+)?{_Q}(?:\$\s+)?(?P<cmd>[^\"'`\u2019\u201d\n]{{2,100}}?){_Q}", re.I)
_BARE_COMMAND = re.compile(
    rf"\b{_VERB}\b\s*:?[ \t]*(?:\n[ \t\n]*)?(?:\$[ \t]+)?(?P<cmd>[a-z][\w.+-]*(?:[ \t]+(?:[a-z][\w.+/-]*|--?[\w-]+(?:=\S+)?))+?)"
    r"(?=[ \t]+(?:first|before|to|and|then|or|again|in|from|with|if|when|instead|after|so|for|on)\b|[ \t]*(?:[.,;:!?)\n]|$))", re.I)
# Words that follow "run"/"use" in prose and are not programs.
_NOT_PROGRAMS = frozenset(
    "a an the it this that these those them your you with again something one following command commands below above "
    "instead all any some each another same other out into up down in on of for to as is are be by at me us more less "
    "only either both or and but nor not no there then when where which who what how first".split())
# `use hmmpress first`, `run make first`: one program, named bare, that is to run before
_FIRST_COMMAND = re.compile(r"\b(?i:use|run)\s+(?P<cmd>[a-z][\w.+-]{2,30})\s+first\b")


def tool_refs(missing_step: str | None) -> list[str]:
    """'git_remote_add or git_push --set-upstream' → ['git_remote_add', 'git_push'];
    'git_merge --continue or --abort' → ['git_merge']; free text → []."""
    if not missing_step:
        return []
    tools: list[str] = []
    for alternative in _ALTERNATIVES.split(str(missing_step)):
        words = alternative.split()
        if not words or not _TOOL_NAME.match(words[0]) or words[0].lower() in _NOT_PROGRAMS:
            continue
        # A tool name and its arguments/flags; several plain words make it a sentence.
        plain = [w for w in words[1:] if not _ARG_LIKE.match(w)]
        if plain and not ("_" in words[0] and len(plain) <= 1):
            continue
        if len(words) == 1 and "_" not in words[0] and not words[0].islower():
            continue
        if words[0] not in tools:
            tools.append(words[0])
    return tools


_HELP_START = re.compile(r"^\W*(?:\w+\s+(?:error|ERR!)\s+)?(?:usage|options|flags|commands|available commands):"
                         # or a bare synopsis (ldns `ldns-signzone [OPTIONS] zonefile key [key [key]]`)
                         r"|^[ \t]*[\w.-]+(?: [a-z][\w-]*)? \[(?:OPTIONS?|options?|FLAGS?|flags?)\](?:[ \t]|$)", re.I | re.M)
_FOR_MORE = re.compile(r"^\W{0,3}\s*(?:for (?:more )?(?:info|information|details|help|usage)|to see (?:more|help|all|(?:the )?usage|"
                       r"(?:the |all )?(?:available )?options)"
                       r"|to (?:list|show|view|inspect) (?:the |them|it|your )?)\b", re.I)  # hg `(use 'hg status' to list changes)`
# `mosquitto_sub --help`, `git help push`: a command that only shows help documents the tool, it is no step. `--help`,
# `--usage` and `-?` say so anywhere; `help` only as the first argument (`git help push`) and `-h` only standing alone:
# `df -h /var` (human-readable), `docker run -h db postgres` (a hostname) are steps.
_HELP_ANYWHERE = frozenset({"--help", "--usage", "-?"})


def _help_only(args: list[str]) -> bool:
    """The arguments of a command that only shows help."""
    lowered = [a.lower() for a in args]
    return bool(_HELP_ANYWHERE.intersection(lowered)) or lowered[:1] == ["help"] or lowered == ["-h"]
# "Run an install with npm@5": the step as prose, a subcommand done with a program
_PROSE_COMMAND = re.compile(r"\brun an? (?P<sub>[a-z][\w-]{1,30}) (?:with|using) (?P<prog>[a-z][\w.-]{0,30})(?:@[\w.]+)?", re.I)
_SLASHED = re.compile(r"^(?P<head>\S+\s+)(?P<alts>[a-z][\w-]*(?:/[a-z][\w-]*)+)(?P<rest>(?:\s.*)?)$")


def without_help(message: str) -> str:
    """The message before its help text (a usage line, an option list): that documents every option."""
    help_start = _HELP_START.search(message)
    return message[:help_start.start()] if help_start else message


# a help text's line that documents one option (ldns `  -n\t\tuse NSEC3 instead of NSEC.`, `  -f, --file <f>  read f`)
_OPTION_DOC_LINE = re.compile(r"^[ \t]*--?[A-Za-z][\w-]*(?:[ =]<?[\w.-]+>?)?(?:,[ \t]*--?[\w-]+(?:[ =]<?[\w.-]+>?)?)?"
                             r"(?:\t|[ ]{2,})[^\n]*$\n?", re.M)


def without_option_docs(text: str) -> str:
    """The text without the lines that document one option each: such a line speaks of that option (`use NSEC3
    instead`), not of this failure, so no verdict on the call is read from it."""
    return _OPTION_DOC_LINE.sub("", text) if "-" in text else text


def commands_in(message: str) -> list[str]:
    """The command lines a message tells the agent to run, in order of appearance. A help text's
    usage and option list is documentation, not a step; `run "npm help ci" for more info` is no
    step either; `git add/rm <file>` is two alternatives, `git add` and `git rm`."""
    help_start = _HELP_START.search(message)
    if help_start:
        message = message[:help_start.start()]
    found: list[tuple[int, str]] = []
    for match in _PROSE_COMMAND.finditer(message):
        found.append((match.start(), f"{match.group('prog')} {match.group('sub')}"))
    for match in _FIRST_COMMAND.finditer(message) if " first" in message else ():
        if match.group("cmd") not in _NOT_PROGRAMS:
            found.append((match.start("cmd"), match.group("cmd")))
    for pattern, quoted in ((_QUOTED_COMMAND, True), (_BARE_COMMAND, False)):
        for match in pattern.finditer(message):
            command = match.group("cmd").strip()
            if _FOR_MORE.match(message[match.end():match.end() + 40]):
                continue
            slashed = _SLASHED.match(command)
            if slashed:
                for alt in slashed.group("alts").split("/"):
                    found.append((match.start("cmd"), slashed.group("head") + alt))
                continue
            words = command.split()
            if not words or words[0].lower() in _NOT_PROGRAMS or words[0].startswith("-"):
                continue
            if _help_only(words[1:]):
                continue
            if not re.match(r"^[A-Za-z][\w.+-]*$", words[0]) or (len(words) > 1 and "/" in words[1] and not words[1].startswith("-")):
                continue
            if not quoted and (len(words) < 2 or words[1].lower() in _NOT_PROGRAMS or not words[0].islower()):
                continue  # an unquoted program is typed in lowercase: "Re-run Maven using the -X switch" is prose
            if quoted and len(words) == 1 and not match.group(0).lower().lstrip().startswith(("run", "please run", "execute")):
                continue
            found.append((match.start("cmd"), command))
    seen: list[str] = []
    for _, command in sorted(found):
        if command not in seen and not any(command in other or other.split() == command.split()[:len(other.split())]
                                           for other in seen):
            seen.append(command)
    return seen


_IN_PROGRESS = re.compile(r"\b(?:there is )?no (?P<ops>[a-z][\w-]{1,30}(?:\s+or\s+[a-z][\w-]{1,30})?)\s+"
                          r"(?:(?:is\s+)?in progress\b|to (?:abort|continue|skip|quit|resume)\b|entries (?:found|exist)\b)", re.I)
# Options that continue or end an operation already under way: `git merge --continue` is not the
# `git merge` that started it, so a session's tool names cannot show it ran.
MODE_OPTIONS = frozenset({"--continue", "--abort", "--skip", "--quit", "--resolved"})


def in_progress_tools(message: str, failing_tool: str) -> list[str]:
    """'No rebase in progress?' (or 'There is no merge to abort', 'No stash entries found') from `git_rebase --continue` → ['git_rebase']: the call that starts
    the operation must come first (the failing tool itself, in its starting form, may be it)."""
    family = failing_tool.split("_", 1)[0]
    tools: list[str] = []
    for match in _IN_PROGRESS.finditer(message):
        for op in re.split(r"\s+or\s+", match.group("ops")):
            name = f"{family}_{op.lower().replace('-', '_')}"
            if op.lower() not in _NOT_PROGRAMS and name not in tools:
                tools.append(name)
    return tools


# "Please commit your changes or stash them before you switch branches": the steps as verbs of
# the failing tool's own program (`git_commit`, `git_stash`).
_YOUR_CHANGES = re.compile(r"\bplease (?P<a>[a-z]{2,20}) your (?:local )?changes(?: or (?P<b>[a-z]{2,20}) them)?\b", re.I)


# "prepare() must be called first", "you must call open() before": a method of the failing tool's own object
_CALL_FIRST = re.compile(r"\b(?P<a>[a-z_][a-z0-9_]{1,40})\(\) (?:must|should|has to|needs to) be called (?:first|before)\b"
                         r"|\b(?:must|should|need to|forgot to) call (?P<b>[a-z_][a-z0-9_]{1,40})\(\) (?:first|before)\b"
                         # scikit-learn `Call 'fit' with appropriate arguments before using this estimator`
                         r"|\bcall ['\"`](?P<c>[a-z_][a-z0-9_]{1,40})['\"`](?: with [^.\n]{1,60}?)? (?:first|before)\b", re.I)
# "Nodes cannot be added after a call to prepare()": a method after which the failing call cannot come
_CALLED_BEFORE = gated_regex(r"\b(?:cannot|can't|can not|may not|must not) be \w+ (?:after|once) (?:a )?(?:call(?:ing)? (?:to )?)?"
                            r"(?P<name>[a-z_][a-z0-9_]{1,40})\(\)", re.I)


def _own_method(family: str, name: str, failing_tool: str) -> str | None:
    tool = f"{family}_{name.lower()}"
    return tool if "_" in failing_tool and tool != failing_tool else None


def method_steps(message: str, failing_tool: str, params: Any = None) -> list[str]:
    """The methods a message says must be called first, as tools of the failing tool's family (`graphlib_get_ready`
    told `prepare() must be called first`: `graphlib_prepare`; scikit-learn's `Call 'fit' … before`: `sklearn_fit`).
    A method the call itself names as an operation (fpdf's `add_page` in its op list) is a step inside it, no tool."""
    methods = [m.group("a") or m.group("b") or m.group("c") for m in _CALL_FIRST.finditer(message)]
    if not methods:
        return []  # the common case: no method named, and nothing of the call read
    family = failing_tool.split("_", 1)[0]
    found = (_own_method(family, name, failing_tool) for name in methods if not gives_as_a_value(params, frozenset({name})))
    return list(dict.fromkeys(name for name in found if name))


def prerequisite_tools(message: str, failing_tool: str, params: Any = None) -> list[str]:
    """Tool names of the steps the message says must run first (never the failing tool itself)."""
    tools: list[str] = []
    family = failing_tool.split("_", 1)[0]
    if "_" in failing_tool:
        for match in _YOUR_CHANGES.finditer(message):
            for verb in (match.group("a"), match.group("b")):
                name = f"{family}_{verb.lower()}" if verb else None
                if name and name != failing_tool and name not in tools:
                    tools.append(name)
        tools += [name for name in method_steps(message, failing_tool, params) if name not in tools]
    for command in commands_in(message):
        parsed = parse_command(command)
        tool = parsed and (step_name(*parsed) or parsed[0])  # `pdm init`: the step is pdm's `init`, not any pdm call
        if not tool or tool == failing_tool:
            continue
        program = command.split()[0].lower()
        # The agent's own family for the same step: `tf_plan` failing on "run terraform init" → tf_init too.
        same_family = (f"{family}_{tool[len(program) + 1:]}" if tool.startswith(program + "_") and family != program
                       and family not in SUBCOMMAND_PROGRAMS and family != failing_tool else None)
        for name in (tool, same_family):
            if name and name != failing_tool and name not in tools:
                tools.append(name)
    return tools


def closing_tools(message: str, failing_tool: str) -> list[str]:
    """Tool names of the steps the message says this call cannot come after (`graphlib_add` after a call to
    prepare(): `graphlib_prepare`), of the failing tool's own family."""
    family = failing_tool.split("_", 1)[0]
    found = (_own_method(family, match.group("name"), failing_tool) for match in _CALLED_BEFORE.finditer(message))
    return list(dict.fromkeys(name for name in found if name))


def options_in(missing_step: str | None, failing_tool: str) -> list[str]:
    """Flags of the alternatives that are the failing tool itself ('git_push --set-upstream'):
    the same call with that option is the fix, not an earlier step."""
    options: list[str] = []
    tool = None
    for alternative in _ALTERNATIVES.split(str(missing_step or "")):
        words = alternative.split()
        if not words:
            continue
        if not words[0].startswith("-"):
            tool, words = words[0], words[1:]
        # a bare flag ("… --continue or --abort") belongs to the tool named before it
        if tool == failing_tool:
            options.extend(w.split("=")[0] for w in words if w.startswith("--") and w.split("=")[0] not in options)
    return options


# Calls that only look (`git_status`, `kubectl_get`, `read_file`) change nothing, so they cannot be
# what put a session in the state where a call fails for its order, nor what set a prerequisite up.
_LOOKS = frozenset("status diff log show list ls get describe read view cat search find grep help version info "
                   "inspect explain history blame query top events logs watch print".split())


def looks_only(tool: str) -> bool:
    return not _LOOKS.isdisjoint(tool.lower().split("_"))


def family_setup(failing_tool: str, recent_calls: "frozenset[str] | set[str]") -> str | None:
    """A call of the failing tool's own family that changes something (`cargo_new`, `npm_init` for
    `cargo_build`, `npm_test`): when a prerequisite names no step, such a call may have been it."""
    if failing_tool.endswith(FAMILY_WILDCARD):  # a family's pattern (`git_*`)
        family: str | None = failing_tool[:-len(FAMILY_WILDCARD)]
    else:
        head, sep, _ = failing_tool.partition("_")
        family = family_of(failing_tool) or (head if sep else None)
    if not family:
        return None
    prefix = family + "_"
    return next((t for t in recent_calls if t != failing_tool and t.startswith(prefix) and not looks_only(t)), None)


# Subcommands that set something up (`git init`, `npm install`, `aws configure`): a prerequisite learned for
# a whole family never flags them, since such a call may be the very step that was missing.
_SETS_UP = frozenset("init new create install clone setup configure config login auth bootstrap generate "
                     "scaffold declare define import register restore".split())  # `gpg_import`: the key is there now
# Steps that make something from what is there (`javac`, `cargo build`, `migrate`): not a family's setting-up
# subcommand (`cargo build` in no project fails like the rest), but what was missing may exist after one ran.
_PRODUCES = frozenset("build compile migrate mkdir makedirs".split())  # `mkdir`: the directory is there now


def _verb_in(name: str, verbs: frozenset[str]) -> bool:
    """One of the name's words is one of the verbs, or starts with one of four letters or more before a short object
    (`createdb`, `dropdb`, `createuser`; `mkdir` is its own word). A longer rest is a name of its own: `dropbearkey`
    drops nothing."""
    words = name.lower().split("_")
    return not verbs.isdisjoint(words) or any(word.startswith(verb) and len(word) - len(verb) <= _VERB_OBJECT_CHARS
                                              for word in words for verb in verbs if len(verb) >= 4)


_VERB_OBJECT_CHARS = 4  # `db`, `user`, `repo`: what a verb-led program name acts on


def sets_up(subcommand: str) -> bool:
    return _verb_in(subcommand, _SETS_UP)


_MAKES = _SETS_UP | _PRODUCES


@lru_cache(maxsize=4096)  # asked for every recent call of every check: tool names repeat
def makes_something(tool: str) -> bool:
    """A call that sets something up or produces it (`*_create`, `javac_compile`): what was missing may exist now;
    one that only looks (`kubectl_config_view`: a `config` that views) makes nothing."""
    return _verb_in(tool, _MAKES) and not looks_only(tool)


def near_miss(word: str, name: str) -> bool:
    """`word` is a slip of `name` (one edit for short names, two for longer; a swap of two letters is one)."""
    if word == name or abs(len(word) - len(name)) > 2 or min(len(word), len(name)) < 3:
        return False
    limit = 1 if min(len(word), len(name)) <= 4 else 2
    previous2: list[int] = []
    previous = list(range(len(name) + 1))
    for i, a in enumerate(word, 1):
        row = [i] + [0] * len(name)
        for j, b in enumerate(name, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == name[j - 2] and word[i - 2] == b:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
        if min(row) > limit:
            return False
    return previous[-1] <= limit


# Calls that take something away (`drop_table`, `docker_rm`, `kubectl_delete`): after one, what "already
# existed" may be gone.
_REMOVES = frozenset("drop delete remove rm rmi destroy uninstall prune purge clean reset".split())


def removes(tool: str) -> bool:
    return _verb_in(tool, _REMOVES)
