"""Why a call repeats a prerequisite or order mistake: what the session has (not) done before it."""
from __future__ import annotations

from typing import Any

from worker.call_values import gives_as_a_value, gives_parameter, leaves, path_kind, path_suffixes
from worker.identity import step_name
from worker.modules import packages_imported
from worker.op_lists import after_ending, ending_kind, later_kind
from worker.safe_regex import MAX_VALUE_CHARS
from worker.sql_order import slips as sql_slips
from worker.steps import ANY_CONFIG, family_setup, removes
from .call_facts import (RecentCalls, _DRY_RUN, _OUTPUT, _OVERWRITE, _POSITIONAL, _SLIP_SAID, _has_option, _installs,
                         _names_another, _names_file, _position, _same_name, _shares_a_number, _shares_a_value,
                         _spoken, wrote_file)
from .session_state import SessionEvidence


class SequenceChecks(SessionEvidence):
    """The `why` of MISSING_PREREQUISITE and WORKFLOW_SEQUENCE patterns, and of orders inside one call."""

    __slots__ = ()

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
        if (self.exists or self.repeats_itself) and (self._another_mode(params) or self._lacks_their_switch(params)):
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
        of_its_file = self._file_the_step_is_for(params) if self.step_file_types else None
        if (self.needed or self.options) and recent_calls is not None and (
                (self.stateful and self.needed and self._adds_no_fix(params)) or self._same_shape(params, shape)
                or of_its_file is not None):
            if (self._needed_ran(recent_calls) and (of_its_file is None or self._ran_on(recent_calls, of_its_file))
                    or gives_as_a_value(params, self.inside_steps)):
                return None
            if self.modes and self.modes.isdisjoint(f"{k}={v}" for k, v in params.items()):
                return None  # the tool in its starting form (`git stash push`), not the failing mode (`pop`)
            if self.context is not None and self.context.isdisjoint(recent_calls):
                return None  # none of what preceded every failure happened in this session
            if self.options and (_has_option(params, self.options + self.bare_options) or self.tool in recent_calls):
                return None  # the option is on this call, or on an earlier call of this tool (what it set stays set)
            if self.needed and len(self.modules) == 1 and not self.needed_set.isdisjoint(recent_calls):
                return f"the install in this session's recent calls named no package that provides {self.modules[0]}"
            if self.needed and of_its_file is not None and self._needed_ran(recent_calls):
                return f"{' or '.join(self.needed)} ran in this session on other files, not on {of_its_file}"
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

    def _file_the_step_is_for(self, params: dict[str, Any]) -> str | None:
        """The call's one file of a type the named step prepares (`step_file_types`), wherever argv put it (`--tblout
        x.tbl` shifts the positionals): the step must have run on it (`hmmpress hmm/b.hmm` prepared another)."""
        files = [v for v in params.values() if v.__class__ is str and path_kind(v) == "file"
                 and path_suffixes(v)[-1:] and path_suffixes(v)[-1] in self.step_file_types]
        return files[0] if len(files) == 1 else None

    def _ran_on(self, recent_calls: Any, file: str) -> bool:
        """The named step ran on this file; or the window does not say what it ran on."""
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        steps = [given for tool, given in calls if tool in self.needed_set]
        if not steps:
            return True  # a step known by its name only: it may have been on this file
        return any(file in map(str, leaves(given)) for given in steps)

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
        verbs = frozenset(self.verbs)  # the subcommand every failure gave (`init` of `darcs init notes`) names nothing made

        def named(given: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in given.items() if (k, str(v)) not in verbs} if verbs else given
        mine = named(params)
        if earlier and not any(shares(mine, named(given)) or not mine and not named(given) for given in earlier):
            return None  # it ran before on other names (`hg_tag v2.0`, then `hg_tag v3.0`; `darcs init notes`, then `… recipes`)
        if earlier and all(_names_another(params, given) for given in earlier):
            return None  # `project_slug=api` after a call without it: what it makes is named otherwise
        return f"{self.tool} already ran in this session, and every failure of this kind came after it had"

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

    def _why_closed(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        """A step the message said this call cannot come after ran in this session, on the same thing when the window
        says what it ran on (`graphlib_prepare graph=build` before `graphlib_add graph=build`)."""
        if not recent_calls:
            return None
        calls: tuple[tuple[str, dict[str, Any]], ...] = getattr(recent_calls, "calls", ())
        ran = next((tool for tool, given in calls if tool in self.closed_by and (not given or _shares_a_value(params, given))),
                   None) if calls else next((tool for tool in recent_calls if tool in self.closed_by), None)
        return f"{ran} ran in this session, and {self.tool} cannot come after it" if ran else None

    def _why_after_ending(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        for key, learned in self.after_ending.items():
            for ending, later in after_ending(params.get(key), self.own_endings):
                if (ending_kind(ending), later_kind(ending, later)) in learned:
                    return (f"{key} goes on with {later.split('(', 1)[0]!r} after {ending.split('(', 1)[0]!r}, "
                            f"which ended it, as the failing calls did")
        return None

    def _why_sql_slip(self, params: dict[str, Any], recent_calls: Any, shape: tuple[str, ...] | None = None) -> str | None:
        for key, learned in self.sql_slips.items():
            slip = next((s for s in sql_slips(params.get(key)) if s in learned), None)
            if slip is not None:
                return f"{key} {_SLIP_SAID[slip]}, as the failing scripts did"
        return None
