"""What the session's recent calls did since the failures: set up, wrote, moved or made what was missing."""
from __future__ import annotations

import re
from typing import Any

from worker.call_values import leaves
from worker.modules import install_requirements, installs_module
from worker.safe_regex import MAX_VALUE_CHARS
from worker.steps import family_setup, looks_only, makes_something, removes, sets_up
from .call_facts import (RecentCalls, _DRY_RUN, _OUTPUT, _POSITIONAL, _names_another, _suffixed, _words_in_order,
                         wrote_file)
from .evidence import CallEvidence


_OPERATION_WORD = re.compile(r"[a-z][a-z0-9-]{1,30}")


def _removal_word(params: dict[str, Any]) -> bool:
    """A command line of a program whose identity names no subcommand gives a removal as one of its words
    (`aptly repo drop x`): the words `worker.steps.removes` knows."""
    return any(_POSITIONAL.match(str(k)) and v.__class__ is str and _OPERATION_WORD.fullmatch(v) is not None and removes(v)
               for k, v in params.items())


def _operation(params: dict[str, Any], value: str) -> tuple[str, str] | None:
    """(key, word) of the first positional that is a plain word and not the value in question: the operation of a
    program whose identity names no subcommand (`parted -s disk.img mklabel gpt`: mklabel; `scrapy check books`: check)."""
    return next(((str(k), v) for k, v in params.items() if _POSITIONAL.match(str(k)) and v.__class__ is str and v != value
                 and _OPERATION_WORD.fullmatch(v)), None)


class SessionEvidence(CallEvidence):
    """Predicates over the session's window (names, and params where it gave them)."""

    __slots__ = ()

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
        first, mine = params.get("arg1"), _operation(params, value)

        def acted(tool: str, given: dict[str, Any]) -> str | None:
            """The key under which the call may have named this value (None: it changed nothing)."""
            if tool != self.tool:
                return "" if not looks_only(tool) else None
            if first is not None and given.get("arg1") not in (None, first) and not looks_only(f"{tool}_{given['arg1']}"):
                return "arg1"  # another first argument: its subcommand, or the input it made this value from
            theirs = _operation(given, value)  # another operation word (`parted … mklabel` before `parted … mkpart`)
            return theirs[0] if mine is not None and theirs is not None and theirs[1] != mine[1] and not looks_only(
                f"{tool}_{theirs[1]}") else None
        return any((skip := acted(tool, given)) is not None and any(str(leaf) == value for key, item in given.items()
                                                                     if key != skip for leaf in leaves(item))
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
            if (removes(tool) or (tool == self.tool and _removal_word(earlier))) and any(
                    str(leaf) == name for v in earlier.values() for leaf in leaves(v)):
                made = False  # `rm .env` since `ln -s a .env`, `aptly repo drop x` since `aptly repo create x`: removed
                continue
            if given != value and self.named_after is None and (_POSITIONAL.match(self.parameter) or len(self.parameter) == 1):
                # argv cannot tell a switch from an option that takes the file: `mkfs.fat -C out/a.img 8192` reads C=out/a.img
                given = next((v for k, v in earlier.items() if v == value and (len(str(k)) == 1 or _POSITIONAL.match(str(k)))), given)
            if given.__class__ is not str:
                continue
            if (removes(tool) or re.search(rf"(?i)\b(?:drop|delete|remove|rm|del)\b.*(?<![\w$]){re.escape(name)}(?![\w$])",
                                                    given[:MAX_VALUE_CHARS])):
                made = False  # removed since (a removal before any create made nothing either)
            elif tool == self.tool and not _names_another(params, earlier, _OUTPUT) and (given == value if self.named_after is None else
                                        (m := self.named_after.search(given[:MAX_VALUE_CHARS])) is not None and m.group(1) == name):
                made = True
        return f"{self.tool} made {name!r} earlier in this session, and it already existed when this failed before" if made else None
