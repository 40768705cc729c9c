"""Why a call repeats a value, format, missing-parameter or wrong-tool mistake: what it gives."""
from __future__ import annotations

from typing import Any

from worker.call_values import (ANY_PARAMETER, EMPTY, begins_with, gives_parameter, list_item_after, path_kind,
                                path_suffixes)
from worker.identity import free_positionals
from worker.required import NAMED_BINDS, placeholders, unbound_names
from worker.safe_regex import MAX_VALUE_CHARS
from .call_facts import (RecentCalls, _PLACES, _POSITIONAL, _STATEFUL, _SWITCHES, _another_schemas, _attached,
                         _format_mismatch, _gives_word, _in_a_document, _moved_positional, _names_word,
                         _option_value, _situated, _spoken)
from .session_state import SessionEvidence


class ValueChecks(SessionEvidence):
    """The `why` of INCORRECT_PARAMETER, PARAMETER_FORMAT, MISSING_PARAMETER and WRONG_TOOL_SELECTION patterns."""

    __slots__ = ()

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
            moved = _moved_positional(parameter, params) if self.file_rule and value is None else None
            parameter, value = (moved, params[moved]) if moved is not None else (parameter, value)
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
        if self.required and self._another_operation_flag(params):
            return None  # `certtool --generate-crl` where `--generate-self-signed` lacked a key: another operation's needs
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
            why = "this call gives no parameter that the calls missing a required one lacked"
        elif (self.keys is not None and self.max_positionals is not None and given <= self.most_given
                and all(params[key] is True for key in params if key not in self.keys)
                and sum(1 for key in params if _POSITIONAL.match(key)) <= self.max_positionals):
            # what it adds are bare flags, and a flag holds no value: the missing one is still missing
            why = "this call adds only flags to the calls missing a required value, and no value"
        else:
            return None
        if self.free is not None and free_positionals(params) > self.free:
            return None  # `iverilog -o a.vvp top.v`: an argument after no switch, more than any failing call had, may be it
        return why
