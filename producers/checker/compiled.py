"""A stored pattern compiled for checks: its fields, its evidence predicates and the one `why` it asks."""
from __future__ import annotations

from typing import Any, Callable

from worker.identity import FAMILY_WILDCARD
from worker.records import Pattern
from worker.steps import family_setup, near_miss, sets_up
from .call_facts import _NEVER, _POSITIONAL, _SEQUENCE, _never, _spoken
from .sequence import SequenceChecks
from .values import ValueChecks


class CompiledPattern(SequenceChecks, ValueChecks):
    """A pattern prepared once for fast checks: what to look at in a call, and what to say."""

    __slots__ = ()

    def __init__(self, pattern: Pattern) -> None:
        super().__init__(pattern)
        # why(params, recent_calls[, shape]) -> the reason this call repeats the mistake, or None
        # (shape: the call's sorted parameter names, computed once per check by the caller)
        self.why = self._why()
        # How a check asks this pattern, chosen once: `own(params, recent_calls, shape)` for a tool's own pattern, else
        # `other(tool, params, recent_calls)` (a family's pattern speaks for its other subcommands, a wildcard without
        # members for none)
        plain = self.members is None and not self.tool.endswith(FAMILY_WILDCARD)
        self.own = self.why if plain else None
        self.other = self.why_family if self.members is not None else _never
        self.gate = self._gate() if plain else None

    def _why(self) -> Callable[..., str | None]:
        """The check this pattern makes: an order the message said (a step it cannot come after, a transaction
        slip in a script, operations after one that ended it), else its category's."""
        if self.closed_by:
            return self._why_closed
        if self.sql_slips:
            return self._why_sql_slip
        if self.after_ending:
            return self._why_after_ending
        return (self._why_sequence if self.category in _SEQUENCE
                else self._why_wrong_tool if self.category == "WRONG_TOOL_SELECTION"
                else self._why_missing if self.category == "MISSING_PARAMETER" else self._why_value)

    def _gate(self) -> object | None:
        """The one parameter a call must give for this pattern to speak at all, so that a check can skip it unasked
        (a tool has tens of patterns and a check microseconds): a value pattern's parameter, a wrong tool's that a
        command line cannot move; `_NEVER` for one that speaks on no call (no parameter, no shape); None: any call."""
        if self.bad_options:
            return None  # an unknown option is spoken of on any call that gives it
        if self.why == self._why_value and self.anchor is None:
            if self.file_rule:
                return None  # its file may come as an option's value (`_moved_positional`)
            if self.parameter is not None and len(self.parameter) == 1 and self._takes_a_name():
                return None  # a short option's value may come attached (`-Tpng`), under another key
            return self.parameter if self.parameter is not None else _NEVER
        if self.why == self._why_wrong_tool:
            if self.shapes is None or self.parameter is None:
                return _NEVER
            return None if _POSITIONAL.match(self.parameter) else self.parameter
        return None

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
