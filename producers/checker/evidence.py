"""What the call itself shows against a pattern: its shape, its modes, the values it gives."""
from __future__ import annotations

from typing import Any

from worker.call_values import (EMPTY, file_type, given_keys, gives_parameter, leaves, path_suffixes, setting_pairs,
                                value_type)
from worker.safe_regex import MAX_VALUE_CHARS
from .call_facts import (_FORMAT_KEY, _NAME_WORDS, _OVERWRITE, _POSITIONAL, _REPLACING_STATEMENT, _STRFTIME_LAYOUT,
                         _SWITCHES)
from .fields import PatternFields


class CallEvidence(PatternFields):
    """Predicates over the call alone."""

    __slots__ = ()

    def _takes_a_name(self) -> bool:
        """What the parameter takes is one of the names the message listed (`Use one of: canon cmap …`)."""
        return self.validator is not None and self.validator.enum is not None

    def _same_shape(self, params: dict[str, Any], shape: tuple[str, ...] | None) -> bool:
        """The call adds no parameter that the failing calls lacked (`{dir}` repeats `{dir, auto_approve}`;
        `{message, all}` is not `{message}`: the added `all` may be the fix); an empty value (`args: []`) adds nothing."""
        return self.keys is None or self.keys.issuperset(params) or self.keys.issuperset(given_keys(params))

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

    def _another_operation_flag(self, params: dict[str, Any]) -> bool:
        """The call turns on a long switch of the same family as one every failing call had, but another
        (`--generate-crl` for `--generate-self-signed`, `--list-keys` for `--list-secret-keys`), and not that one: a
        tool's operations chosen by switches need different things."""
        theirs = self.operation_flags
        return bool(theirs) and any(value is True and "_" in key and key not in self.shared_keys
                                    and theirs.get(key.split("_", 1)[0]) not in (None, key)
                                    and theirs[key.split("_", 1)[0]] not in params for key, value in params.items())

    def _lacks_their_switch(self, params: dict[str, Any]) -> bool:
        """The call does not turn on a short switch that every failing call turned on (`mkfs.fat -C` creates the image
        file; without it, it formats the file that is there): it does something else. Unless it turns on a long switch
        no failing call had: that may be the short one's other name (`patch --forward` for `-N`)."""
        wanted = self.own_switches
        if not wanted:
            return False
        turned_on = {c for k, v in params.items() if v is True and _SWITCHES.match(str(k)) for c in str(k)}
        if wanted <= turned_on:
            return False
        return not any(v is True and not _SWITCHES.match(str(k)) and k not in (self.keys or ()) for k, v in params.items())

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

    def _does_the_same(self, params: dict[str, Any]) -> bool:
        return all(params.get(key) == word for key, word in self.verbs)

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

    def _unreadable(self, params: dict[str, Any], parameter: str | None, value: Any) -> str | None:
        """The value is a file of a type the tool could not read before (or of its kind), and the call does not
        tell the tool how to read it (`yaml_input: true`)."""
        kind = value_type(value)
        if kind is None or kind not in self.unreadable or self._reads_it_as_its_type(params, value):
            return None
        return f"{parameter}={value!r} is a {kind} file, a kind of file this tool could not read before"
