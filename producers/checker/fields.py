"""A pattern's fields as a check reads them, each prepared once from the stored pattern."""
from __future__ import annotations

import re
from typing import Any, Callable

from worker import confidence as conf
from worker.call_values import path_kind, path_suffixes
from worker.identity import EDIT_TOOLS, family_members
from worker.op_lists import ENDING_OPS, ending_kind, later_kind
from worker.records import Pattern
from worker.steps import family_setup, options_in, tool_refs
from worker.kinds import is_file_rule
from worker.validation import Validator
from .call_facts import (_BY_NUMBER, _DATE_LIKE, _POSITIONAL, _REPLACING_STATEMENT, _SAID_ABSENT, _SAYS_EXISTS,
                         _SEQUENCE, _SWITCHES, _position, _unslashed)


_TELLING_ONLY = frozenset("qv")  # quiet and verbose: switches of what a tool prints, never of what it does


class PatternFields:
    """What a stored pattern says, read once into plain fields (a check reads them on every call)."""

    __slots__ = ("pattern", "id", "tool", "category", "parameter", "validator", "only_regex", "known", "about_dates",
                 "needed", "needed_set", "options", "bare_options", "modes", "anchor", "free", "shapes", "keys",
                 "required", "context", "parts", "suffixes", "head", "tail", "suggestion", "blocks", "why",
                 "stateful", "fix_names", "members", "suggested", "aliases", "content_suffixes", "max_positionals",
                 "repeats_itself", "window", "exists", "named_after", "module_runtime", "place_of_it",
                 "missing_file", "alternatives", "leads", "item_after", "binds", "lengths", "file_of_it", "offered",
                 "given", "value_shapes", "bad_options", "needed_words", "said_words", "of_state", "unreadable",
                 "unquoted_format", "format_of", "placeholders", "situation", "state_tables", "parts_gate",
                 "modules", "after_ending", "steps", "own", "other", "said_absent", "sql_slips", "missing_config",
                 "own_endings", "step_file_types", "own_switches", "operation_flags", "shared_keys", "mode_letters", "switch_letters", "known_replaces", "by_number", "most_given",
                 "gone_after_itself", "of_a_state", "part_names", "closed_by", "inside_steps", "bare_flags", "gate",
                 "verbs", "configurable", "before_last", "file_rule")

    why: Callable[..., str | None]
    own: Callable[..., str | None] | None
    other: Callable[..., str | None]
    gate: object | None

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
        # a positional file of the wrong type: on a command line it may come where an option's value is read
        # (`jhead -v x.png` gives v=x.png where `jhead x.gif` gave arg1), and an option's file may come as a positional
        parameter = self.parameter or ""
        self.file_rule = (self.validator is not None and is_file_rule(validation)
                          and (bool(_POSITIONAL.match(parameter)) or len(parameter) == 1))
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
        # the file types a named step prepares, when the message named the failing call's file (HMMER `Failed to open
        # binary auxfiles for hmm/a.hmm: use hmmpress first`): a call's own file of such a type must be the step's
        self.step_file_types = frozenset(
            path_suffixes(v)[-1] for v in self.known if path_kind(v) == "file" and path_suffixes(v)
        ) if self.needed and self.parameter is not None and "<path>" in str(mistake.get("error_template") or "") else frozenset()
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
        # the long switches every failing call turned on, by their first word (`generate` of `--generate-self-signed`):
        # the operation it was asked for, among others of its family
        self.shared_keys = frozenset.intersection(*(frozenset(shape) for shape in self.shapes)) if self.shapes else frozenset()
        self.operation_flags = {k.split("_", 1)[0]: k for k in self.shared_keys if "_" in k and not _POSITIONAL.match(k)}
        # the short switches every failing call turned on (`-C` of `mkfs.fat -C`), but those of what a tool prints
        self.own_switches = frozenset(c for c in self.mode_letters if f"{c.lower()}=true" in self.given) - _TELLING_ONLY
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
        # a list of operations that went on after one that ended it: the order within the call is the mistake, so a
        # call is a repeat by its own list alone (the session's state and the other values say nothing)
        ended = mistake.get("after_ending")
        self.after_ending = {str(k): frozenset((ending_kind(str(p[0])), later_kind(str(p[0]), str(p[1])))
                                               for p in v if isinstance(p, list) and len(p) == 2)
                             for k, v in ended.items() if isinstance(v, list)} if isinstance(ended, dict) else {}
        # the operations that ended something for this tool only, as its messages said (wave's `writeframes`)
        self.own_endings = frozenset(e.split("(", 1)[0] for pairs in self.after_ending.values() for e, _ in pairs) - ENDING_OPS
        # per SQL script parameter, the transaction slips the failing scripts made: the order inside the script is the mistake
        slipped = mistake.get("sql_slips")
        self.sql_slips = {str(k): frozenset(map(str, v)) for k, v in slipped.items() if isinstance(v, list)} if isinstance(slipped, dict) else {}
        # the steps the message said this call cannot come after (`graphlib_prepare`)
        self.closed_by = frozenset(str(t) for t in mistake.get("closed_by") or [])
        self.steps: tuple[dict[str, Any], ...] = tuple(pattern.get("prevention_steps") or ())

    def _setup_failed(self, mistake: dict[str, Any]) -> bool:
        """A call of the tool's own family that changes something preceded a failure (`terraform init` before `No
        state file was found!`): the session's state, not the call's shape, is what failed — one shape is enough."""
        return family_setup(self.tool, frozenset(str(t) for t in mistake.get("window_tools") or [])) is not None


def _suggestion(pattern: Pattern) -> str | None:
    mistake = pattern.get("mistake_pattern") or {}
    validation = mistake.get("validation") or {}
    if validation.get("suggestion") and mistake.get("parameter"):
        return f"use {mistake['parameter']}={validation['suggestion']!r}"
    for step in pattern.get("prevention_steps") or []:
        if step.get("tool") and step.get("action") in ("suggest_tool", "call_tool_first", "call_tool_if_invalid"):
            return f"{step['action']}: {step['tool']}"
    return f"use {validation['expected']}" if validation.get("expected") else None
