"""One canonical tool identity for every agent path. Pure, no I/O.

An agent calls the same tool under several names: a wrapper's own name (`git_checkout`),
an MCP host's qualified name (`mcp__git__git_checkout`), or a shell command
(`Bash` with `{"command": "cd /repo && sudo git checkout nope"}`). Patterns, prerequisites,
checks and session windows must all see *one* name, or one mistake is learned twice and a
prerequisite named `git_commit` never matches the call that satisfies it.

- `mcp__<server>__<tool>` → `<tool>`
- a shell command → `<program>_<subcommand>` for programs that have subcommands
  (`git_checkout`, `kubectl_apply`, `docker_run`, `terraform_init`), else `<program>`;
  wrappers (`sudo`, `env`, `time`, `nohup`, `npx`, `uv run`, `poetry run`, `bash -c` …) are
  skipped, chains and pipes are split and the segment that matters is kept, and argv
  becomes params: positionals as `arg1`, `arg2` …, `--flag value` / `--flag=value` /
  `-f value` by the option's name (`set_upstream`, `namespace`), bare flags as `true`.
- anything else keeps its name, unless `USAGE_PATTERNS_TOOL_ALIASES` (`from=to,from=to`) maps it.

`command_tool("terraform init -upgrade")` is the same mapping for a step named in an error
message, so a prerequisite learned from text is checked against the names calls really have.
"""
from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass, field
from typing import Any, Mapping

from .call_values import in_quotes

SHELL_TOOLS = frozenset({"Bash", "bash", "shell", "run_shell_command", "run_command", "execute_command", "terminal"})
MAX_COMMAND_CHARS = 4096
MAX_ARGS = 32
WRITTEN_TO = "stdout"  # the key of the file a command line's `>` redirection writes (its reader never read it)

# Programs whose first word after the options is a subcommand worth its own identity.
SUBCOMMAND_PROGRAMS = frozenset({
    "git", "gh", "glab", "kubectl", "oc", "helm", "docker", "podman", "docker-compose", "terraform", "tofu",
    "npm", "pnpm", "yarn", "bun", "pip", "pip3", "uv", "poetry", "pipenv", "conda", "cargo", "rustup", "go",
    "aws", "gcloud", "az", "gsutil", "systemctl", "brew", "apt", "apt-get", "dnf", "yum", "bonfire", "jira",
    "alembic", "django-admin", "flask", "rails", "bundle", "gem", "mvn", "gradle", "dotnet", "deno", "nx",
    "make", "just", "redis-cli", "openssl", "gpg", "ssh-keygen", "skopeo", "buildah", "vault", "consul", "nomad",
    "pulumi", "ansible-galaxy", "kind", "minikube", "k3d", "argocd", "flux", "istioctl", "stripe", "heroku",
    "fly", "flyctl", "vercel", "netlify", "firebase", "supabase", "wrangler", "hg", "svn", "svnadmin", "fossil",
})
# `make` and `just` take a target, `redis-cli` a command: a target is still the step's name.

# A program's own other names for one subcommand (npm's documented aliases): one identity for each.
_NPM_ALIASES = {**dict.fromkeys("add i in ins inst insta instal isnt isnta isntal isntall".split(), "install"),
                **dict.fromkeys("unlink remove rm r un".split(), "uninstall"),
                **dict.fromkeys("tst t".split(), "test"), **dict.fromkeys("run-script rum urn".split(), "run")}
_SUBCOMMAND_ALIASES: dict[str, dict[str, str]] = {"npm": _NPM_ALIASES}
# Host tools that edit a file: one kind of step for what a session did before a call.
EDIT_TOOLS = frozenset({"Write", "Edit", "MultiEdit", "NotebookEdit", "write_file", "edit_file", "str_replace_editor",
                        "str_replace_based_edit_tool", "apply_patch", "create_file"})

# Leading words that only run the real command: skipped, with how many arguments they take.
_WRAPPERS: dict[str, int] = {"sudo": 0, "doas": 0, "env": 0, "time": 0, "nohup": 0, "nice": 0, "exec": 0,
                             "command": 0, "builtin": 0, "stdbuf": 0, "timeout": 1, "npx": 0, "pnpx": 0,
                             "bunx": 0, "xargs": 0, "watch": 0, "caffeinate": 0, "ionice": 0, "chronic": 0}
_RUNNERS = {("uv", "run"), ("poetry", "run"), ("pipenv", "run"), ("pdm", "run"), ("hatch", "run"),
            ("bundle", "exec"), ("npm", "exec"), ("pnpm", "exec"), ("yarn", "exec"), ("conda", "run"),
            ("python", "-m"), ("python3", "-m")}
_SHELLS = frozenset({"bash", "sh", "zsh", "dash"})
# Segments that set the scene rather than do the work: `cd x && git push` is a `git push`.
_SETUP = frozenset({"cd", "pushd", "popd", "export", "source", ".", "set", "unset", "true", ":", "echo",
                    "printf", "sleep", "mkdir", "alias", "ulimit", "umask", "trap", "eval"})
# Options that take a value in the next word (per program; "*" for all). Unknown options are flags.
_VALUE_OPTIONS: dict[str, frozenset[str]] = {
    "*": frozenset({"-o", "--output", "-f", "--file", "--filename", "-n", "--namespace", "--context", "-c",
                    "--config", "-C", "--directory", "-e", "--env", "-p", "--project", "--profile", "--region",
                    "-m", "--message", "-t", "--tag", "-l", "--selector", "--name", "-i", "--image",
                    "--set", "--values", "-v", "--version", "--branch", "-b", "--target", "-u", "--user"}),
    "git": frozenset({"-C", "-c", "--git-dir", "--work-tree", "-m", "-b", "-B", "--branch", "-F", "--author",
                      "--onto", "-s", "--strategy", "-X", "--depth", "--format", "--since", "--until", "-n"}),
    "docker": frozenset({"-t", "--tag", "-p", "--publish", "-v", "--volume", "-e", "--env", "--name", "-f",
                         "--file", "-w", "--workdir", "--network", "--platform", "--entrypoint", "-u", "--user"}),
    "terraform": frozenset({"-var", "-var-file", "-target", "-chdir", "-out", "-state"}),
}
# Flags that never take a value even where the generic table says so.
_FLAGS: dict[str, frozenset[str]] = {
    "git": frozenset({"-u", "-f", "-p", "-v", "-e", "-i", "-l", "-t", "-o", "--set-upstream", "--force"}),
    "npm": frozenset({"-g", "-D", "-E", "-f"}),
    "pip": frozenset({"-U", "-q", "-v", "--user", "--upgrade"}),
}
_CHAIN = frozenset({"&&", "||", ";", "|", "|&", "&", ";;", "\n"})
_ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_ENV_MARK = "\x00env:"
_NAME = re.compile(r"[^a-z0-9_]+")
_MCP = re.compile(r"^mcp__(?P<server>[^_].*?)__(?P<tool>.+)$")


@dataclass(frozen=True)
class ToolCall:
    """A call under its canonical name, with the params patterns see."""
    tool: str
    params: dict[str, Any] = field(default_factory=dict)
    host_tool: str = ""  # the name the host used (`Bash`, `mcp__git__git_checkout`)
    command: str | None = None  # the shell command line, when there was one


def canonical_name(name: str, aliases: Mapping[str, str] | None = None) -> str:
    """The identity of a tool name alone (no command line to read)."""
    table = _aliases() if aliases is None else aliases
    if name in table:
        return table[name]
    match = _MCP.match(name)
    if match:
        name = match.group("tool")
    return table.get(name, name)


# A host's shell by another name (`shell_run`, `run_terminal_cmd`, `execute_bash`, an MCP server's `shell_exec`): a word
# of its name says it runs commands, and the command is all it is given (besides where and how long).
_SHELL_WORDS = frozenset("shell bash sh zsh terminal console subprocess".split())
# `run_command`, `exec_cmd`, `cli_exec`, `process_run`: to run what a command line says
_COMMAND_WORDS = frozenset({"command", "cmd", "cli", "cmdline", "commandline", "process", "system", "os"})
_RUN_WORDS = frozenset({"run", "exec", "execute"})
_SHELL_PARAMS = frozenset("command cwd workdir working_dir working_directory directory timeout timeout_ms description env "
                          "restart shell".split())


def is_shell_tool(name: str, params: Mapping[str, Any]) -> bool:
    """A tool that runs the command line it is given: its name says a shell (or to run a command: `exec_cmd`), it is
    given a `command` string and nothing that names what to run it on (`docker_exec` with a `container` is no shell,
    nor `ioredis_exec`'s Redis `EXEC`)."""
    words = set(re.split(r"[_\-.]+", name.lower()))
    says_shell = not _SHELL_WORDS.isdisjoint(words) or (not _COMMAND_WORDS.isdisjoint(words) and not _RUN_WORDS.isdisjoint(words))
    return isinstance(params.get("command"), str) and says_shell and _SHELL_PARAMS.issuperset(str(k).lower() for k in params)


def canonical_tool(name: str, params: Mapping[str, Any] | None = None, error: str | None = None,
                   aliases: Mapping[str, str] | None = None) -> ToolCall:
    """Map a host's tool call to one identity; a shell command becomes program_subcommand + argv params.

    `error`, when known, picks the failing segment of a chain (the one whose program it names)."""
    params = dict(params or {})
    command = params.get("command")
    if isinstance(command, str) and (name in SHELL_TOOLS or is_shell_tool(name, params)):
        parsed = parse_command(command, error)
        if parsed is not None:
            tool, argv_params = parsed
            return ToolCall(canonical_name(tool, aliases), argv_params, name, command)
        return ToolCall(name, {"command": command[:MAX_COMMAND_CHARS]}, name, command)
    return ToolCall(canonical_name(name, aliases), params, name)


def canonical_recent(names: list[str]) -> list[str]:
    """A session window given by hand: tool names, host names (`mcp__git__git_add`) or command lines."""
    return [(command_tool(name) or name) if " " in name.strip() else canonical_name(name) for name in names]


_BARE_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def step_name(tool: str, params: Mapping[str, Any]) -> str | None:
    """A bare program's call named by its first word too (`pdm init` → `pdm_init`). A program whose subcommands the
    identity does not know stays one tool (`pdm`, its words arguments), but a message that names a step (`run pdm
    init`) and the window that shows it both speak of that word; None when the first argument is no bare word."""
    if "_" in tool or not tool:
        return None
    first = params.get("arg1")
    if first.__class__ is str and len(first) <= 24 and _BARE_WORD.fullmatch(first):
        return f"{tool}_{first.replace('-', '_')}"
    keys = list(params)[:MAX_ARGS]
    at = keys.index("arg1") if "arg1" in keys else 0
    if at and params[keys[at - 1]] is True and len(keys[at - 1]) == 1:
        # `bup -d backups/site.bup index site`: argv cannot tell that `-d` took the path, but a bare word right after a
        # switch's possible value is the subcommand (`bup_index`) that a message asking "have you run bup index?" means
        second = params.get("arg2")
        if second.__class__ is str and len(second) <= 24 and _BARE_WORD.fullmatch(second) and keys[at + 1:at + 2] == ["arg2"]:
            return f"{tool}_{second.replace('-', '_')}"
    return None


def command_tool(step: str) -> str | None:
    """The tool name of a step written as a command (`terraform init -upgrade` → `terraform_init`)."""
    parsed = parse_command(step)
    return parsed[0] if parsed else None


def parse_command(command: str, error: str | None = None) -> tuple[str, dict[str, Any]] | None:
    """(tool, params) of the segment of a shell command line that matters, or None if unparseable."""
    line = command[:MAX_COMMAND_CHARS]
    segments = _segments(line)
    if segments is None:
        return None
    every = [words for words in map(_unwrap, segments) if words]
    named = _named_by(every, error)
    if named is not None:
        return _identity(named, error)
    leaders = [words for words in map(_unwrap, _segments(line, pipes=False) or []) if words]
    if not leaders:
        return None
    picked = _pick(leaders, None)
    tool, params = _identity(picked, error)
    if "||" in line and _GUARDED.search(line) and _program(picked[0]) not in _TESTS:
        params = {**params, "unless_exists": True}  # `test -p x || mkfifo x`: it runs only where x is not there yet
    return tool, params


def piped_commands(call: ToolCall, aliases: Mapping[str, str] | None = None) -> list[ToolCall]:
    """The commands a shell line pipes into (`find docs | cpio -o -F a.cpio` → `cpio`), each under its own
    identity. The identity names a pipeline by its first command, but learning takes the command its error
    names, so a check asks about these too."""
    if call.command is None or "|" not in call.command:
        return []
    line = call.command[:MAX_COMMAND_CHARS]
    every, leaders = _segments(line) or [], _segments(line, pipes=False) or []
    leading = {tuple(words) for words in leaders}
    commands: list[ToolCall] = []
    for words in every[:_MAX_LINE_COMMANDS]:
        if tuple(words) in leading:
            continue
        words = _unwrap(words)
        if words and _program(words[0]) not in _SETUP:
            tool, params = _identity(words)
            command = ToolCall(canonical_name(tool, aliases), params, call.host_tool, call.command)
            if command not in commands and command.tool != call.tool:
                commands.append(command)
    return commands


_MAX_LINE_COMMANDS = 8


# A command run only when a test failed (`test -e x || touch x`, `[ -d out ] || cmake …`): it cannot collide with what exists.
_TESTS = frozenset({"test", "[", "[["})
_GUARDED = re.compile(r"(?:^|[;&(]\s*)(?:test|\[\[?)\s+-[a-zA-Z]\s+[^|&;]{1,200}?\s*\|\|")


def _segments(command: str, pipes: bool = True) -> list[list[str]] | None:
    """The simple commands of a line; with pipes=False, only the first command of each pipeline
    (in `git log | head -5` the work, and the failure, is git's)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=";&|")
    lexer.whitespace_split = True
    lexer.commenters = ""  # `#` inside arguments (URLs, refs) is data
    try:
        tokens = list(lexer)
    except ValueError:  # unbalanced quotes: not a command line we can read
        return None
    segments: list[list[str]] = [[]]
    piped = False
    redirect: str | None = None  # a redirection whose target is the next word
    for token in _joined_redirects(tokens):
        if redirect is not None:
            if redirect and (pipes or not piped):
                segments[-1].append(f"--{redirect}={token}")
            redirect = None
        elif token in _CHAIN or (token and set(token) <= set(";&|")):
            piped = token in ("|", "|&")
            if segments[-1]:
                segments.append([])
        elif (found := _REDIRECT.match(token)) is not None:
            stream = _redirected(found.group("fd"), found.group("op"))
            if not found.group("to"):
                redirect = stream
            elif stream and not found.group("to").startswith("&") and (pipes or not piped):
                segments[-1].append(f"--{stream}={found.group('to')}")
        elif pipes or not piped:
            segments[-1].append(token)
    return [s for s in segments if s]


# A redirection (`> out.log`, `2>/dev/null`, `>>log`, `< in.csv`, `2>&1`): no argument of the program. What it reads
# or writes stays known as `--stdin=…` / `--stdout=…` (a write of that file); stderr and here-documents are dropped.
_REDIRECT = re.compile(r"^(?P<fd>\d?|&)(?P<op>>>?|<<?<?|>\|)(?P<to>.*)$")


def _joined_redirects(tokens: list[str]) -> list[str]:
    """The lexer splits at `&`: `2>&1` comes as `2>`, `&`, `1` and `&> log` as `&`, `>`: joined again."""
    out: list[str] = []
    at = 0
    while at < len(tokens):
        token, after = tokens[at], tokens[at + 1] if at + 1 < len(tokens) else ""
        if token == "&" and out and out[-1].endswith(">") and _REDIRECT.match(out[-1]) and after.isdigit():
            out[-1] += "&" + after
            at += 2
        elif token == "&" and after in (">", ">>"):
            out.append("&" + after)
            at += 2
        else:
            out.append(token)
            at += 1
    return out


def _redirected(fd: str, op: str) -> str:
    if op.startswith("<"):
        return "stdin" if op == "<" and fd in ("", "0") else ""
    return WRITTEN_TO if fd in ("", "1") else ""


def _unwrap(words: list[str]) -> list[str]:
    """Skip wrappers; `bash -c "…"` is the command inside. Env assignments (`AWS_DEFAULT_REGION=x aws …`)
    go to the end, marked, so that the program stays first and `argv_params` gives them as `env_<name>`."""
    words, env = list(words), []
    for _ in range(8):  # wrappers nest (`sudo env X=1 time git …`), but not forever
        while words and _ENV_ASSIGNMENT.match(words[0]):
            env.append(_ENV_MARK + words.pop(0))
        if not words:
            return []
        head = _program(words[0])
        if head in _WRAPPERS:
            rest = words[1:]
            while rest and rest[0].startswith("-"):  # wrapper options (`sudo -u x`, `env -i`)
                option = rest.pop(0)
                if head == "sudo" and option in ("-u", "-g", "-C") and rest:
                    rest.pop(0)
            del rest[:_WRAPPERS[head]]
            words = rest
            continue
        if len(words) > 1 and (head, words[1]) in _RUNNERS:
            words = words[2:]
            continue
        if head in _SHELLS and len(words) > 2 and words[1] in ("-c", "-lc", "-ec"):
            inner = _segments(words[2])
            if inner:
                unwrapped = [_unwrap(s) for s in inner]
                candidates = [w for w in unwrapped if w]
                return _pick(candidates, None) if candidates else []
        return words + env if words else []
    return words + env if words else []


def _named_by(commands: list[list[str]], error: str | None) -> list[str] | None:
    """The segment whose program the error's first line names (`npm ERR!`, `git: …`), if one is."""
    head = error.strip().splitlines()[0].lower() if error and error.strip() else ""
    if not head:
        return None
    for words in commands:
        program = _program(words[0])
        if program not in _SETUP and re.search(rf"(^|[\s'\"(]){re.escape(program)}(:|\s|$)", head):
            return words
    return None


def _pick(commands: list[list[str]], error: str | None) -> list[str]:
    """The failing segment when the error names its program, else the last one that does work."""
    named = _named_by(commands, error)
    if named is not None:
        return named
    working = [c for c in commands if _program(c[0]) not in _SETUP] or commands
    return working[-1]


def _program(word: str) -> str:
    return word.rsplit("/", 1)[-1]


def _identity(words: list[str], error: str | None = None) -> tuple[str, dict[str, Any]]:
    program = _program(words[0])
    args = words[1:]
    subcommand, rest = None, args
    if program in SUBCOMMAND_PROGRAMS:
        leading: list[str] = []
        i = 0
        while i < len(args) and args[i].startswith("-"):
            leading.append(args[i])
            if "=" not in args[i] and _takes_value(program, args[i]) and i + 1 < len(args):
                leading.append(args[i + 1])
                i += 1
            i += 1
        if i < len(args) and re.fullmatch(r"[A-Za-z][A-Za-z0-9_.:-]*", args[i]):
            subcommand = args[i]
            rest = leading + args[i + 1:]
        else:
            rest = args
    if subcommand is not None:
        subcommand = _SUBCOMMAND_ALIASES.get(program, {}).get(subcommand, subcommand)
    tool = _slug(program) + (f"_{_slug(subcommand)}" if subcommand else "")
    return tool or "unknown", argv_params(program, rest, error)


def _takes_value(program: str, option: str) -> bool:
    if option in _FLAGS.get(program, frozenset()):
        return False
    return option in _VALUE_OPTIONS.get(program, _VALUE_OPTIONS["*"]) or (
        program not in _VALUE_OPTIONS and option in _VALUE_OPTIONS["*"])


# A short option whose value is attached and starts with a digit (`-x9`, `-O2`, `-ds2024:03:01`): letters and digits
# in one word are no cluster of switches (a digit is a switch only alone, as `gzip -9`)
_OPTION_WORD = re.compile(r"--?[A-Za-z]")  # the next word is another option, no value of this one (`-f -x10`)
_ATTACHED_NUMBER = re.compile(r"([A-Za-z]{1,2})(\d[\w.:/+-]*)")


def argv_params(program: str, args: list[str], error: str | None = None) -> dict[str, Any]:
    """`checkout -b feat origin/main` → {b: feat, arg1: origin/main}; `--dry-run` → {dry_run: True}; `-9` (a level, as
    `gzip -9`, `comm -12`) → {9: True}, `-1.5` a negative number, `-x9` (letters, then a number) {x: '9'}.

    A short option's value may be attached (`dot -Tpgn`, getopt's `-Xvalue`), which argv alone cannot tell from a
    cluster of switches (`-xzf`): with the failure's message at hand, a word whose tail the message quotes
    (`Format: "pgn" not recognized`) is that option's value, {T: pgn}; otherwise it stays a switch, `tpgn`."""
    params: dict[str, Any] = {}
    positional = 0
    i = 0
    while i < len(args) and len(params) < MAX_ARGS:
        word = args[i]
        if word == "--":
            for value in args[i + 1:]:
                positional += 1
                params[f"arg{positional}"] = value
            break
        if word.startswith(_ENV_MARK):  # an env assignment before the program: a setting it is given
            name, _, value = word[len(_ENV_MARK):].partition("=")
            params[f"env_{_slug(name)}"] = value
            i += 1
            continue
        if word.startswith("-") and len(word) > 1 and not re.fullmatch(r"-\d+\.\d+", word):
            name, has_value, value = word.partition("=")
            bare = name.lstrip("-")
            key = bare if len(bare) == 1 and bare.isalnum() else (_slug(bare) or "flag")  # -c and -C differ
            attached = None if has_value or name[1] == "-" else _ATTACHED_NUMBER.fullmatch(bare)
            if (not has_value and len(bare) > 2 and name[1] != "-" and bare[0].isalpha() and error is not None
                    and in_quotes(bare[1:], error)):
                params[bare[0]] = bare[1:]  # an attached value the message quotes
            elif attached is not None:  # `-x9`, `-j4`, jhead's `-ds2024:03:01`: a switch's letters, then its number
                letters = attached.group(1)
                params[letters if len(letters) == 1 else _slug(letters)] = attached.group(2)
            elif has_value:
                params[key] = value
            elif _takes_value(program, name) and i + 1 < len(args) and not _OPTION_WORD.match(args[i + 1]):
                params[key] = args[i + 1]
                i += 1
            else:
                params[key] = True
        else:
            positional += 1
            params[f"arg{positional}"] = word
        i += 1
    return params


_POSITIONAL = re.compile(r"^arg\d+$")


def free_positionals(params: Mapping[str, Any]) -> int:
    """A command line's positionals that are not an option's value read as one (`--zone X` → zone=true, argN=X)."""
    keys = list(params)
    return sum(1 for at, key in enumerate(keys) if _POSITIONAL.match(key)
               and not (at > 0 and params[keys[at - 1]] is True and not _POSITIONAL.match(keys[at - 1])))


def _slug(text: str | None) -> str:
    return _NAME.sub("_", (text or "").lower()).strip("_")


_alias_cache: tuple[str, dict[str, str]] = ("", {})


def _aliases() -> dict[str, str]:
    """USAGE_PATTERNS_TOOL_ALIASES=`from=to,from=to`, parsed once per value."""
    global _alias_cache
    raw = os.environ.get("USAGE_PATTERNS_TOOL_ALIASES", "")
    if raw != _alias_cache[0]:
        table = {}
        for pair in raw.split(","):
            source, _, target = pair.partition("=")
            if source.strip() and target.strip():
                table[source.strip()] = target.strip()
        _alias_cache = (raw, table)
    return _alias_cache[1]


# ---------------------------------------------------------------- tool families
# The canonical names of a subcommand program's calls share its slug: `git_status`, `git_log` → family `git`.
_PROGRAM_SLUGS = frozenset(_slug(program) for program in SUBCOMMAND_PROGRAMS)
FAMILY_WILDCARD = "_*"


def family_of(tool: str) -> str | None:
    """The subcommand program a canonical tool name belongs to (`redis_cli_config` → `redis_cli`), or None."""
    head, sep, rest = tool.partition("_")
    if not sep or not rest or rest == "*":
        return None
    second = rest.partition("_")[0]
    if rest.partition("_")[1] and f"{head}_{second}" in _PROGRAM_SLUGS:
        return f"{head}_{second}"
    return head if head in _PROGRAM_SLUGS else None


def family_key(family: str) -> str:
    """The tool name a family's patterns are kept under (`git_*`): any subcommand of the program."""
    return family + FAMILY_WILDCARD


def family_members(pattern: dict[str, Any]) -> frozenset[str] | None:
    """The tools a family pattern (`git_*`) was seen failing on, once it speaks: only when two different
    tools of the family showed the mistake. None for a tool's own pattern and for a silent family one."""
    if not str(pattern.get("tool", "")).endswith(FAMILY_WILDCARD):
        return None
    mistake = pattern.get("mistake_pattern") or {}
    members = frozenset(str(m) for m in mistake.get("family_members") or [])
    # the kind of one named input (`-var instance_count=…`) is not the subcommand's: it speaks at once
    assigned = bool((mistake.get("validation") or {}).get("assigned"))
    return members if len(members) > 1 or (assigned and members) else None


def silent_family(pattern: dict[str, Any]) -> bool:
    """A family pattern only one tool has shown yet: it neither warns nor tells a session anything."""
    return str(pattern.get("tool", "")).endswith(FAMILY_WILDCARD) and family_members(pattern) is None


def subcommand_of(tool: str) -> str | None:
    family = family_of(tool)
    return tool[len(family) + 1:] if family else None
