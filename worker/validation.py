"""A validation compiled for checks (`Validator`), and the names the pattern schema's validation is built from.

Pure. A validation is a plain dict (the pattern schema's `mistake_pattern.validation`: `expected`, `regex`,
plus `kind`, `enum`, `min`/`max`, `min_length`/`max_length`, `suggestion`, `applies_to`, and `also`: the words
a numeric rule takes beside its numbers). Where its parts come from:
- `worker.stated`: the rule a message states (a regex, a layout, an enumeration, a range, a suggestion);
- `worker.kinds`: the kinds of value (JSON, URL, date, SHA, size …) and which one a message is about;
- `worker.call_values`: what a call's values give (the parameters given, paths, suffixes, settings).
Those names are re-exported here, so callers may keep importing them from this module.
"""
from __future__ import annotations

from typing import Any, Callable

from .call_values import (EMPTY, begins_with, given_keys, gives_parameter, list_item_after, path_kind,  # noqa: F401
                          path_suffixes, setting_pairs)
from .kinds import (KIND_BY_NAME, KINDS, TIGHTER_KIND, TOKEN_KINDS, _TEXT_KINDS, Kind, Validation,  # noqa: F401
                    is_statement, kind_accepts, message_kind, own_file_types, statement_literals, suffix_rule)
from .safe_regex import MAX_VALUE_CHARS, safe_compile
from .stated import stated_validation  # noqa: F401


def _type_ok(json_type: str, value: Any) -> bool:
    if json_type == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if json_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if json_type == "boolean":
        return isinstance(value, bool)
    if json_type == "array":
        return isinstance(value, (list, tuple))
    return isinstance(value, dict) if json_type == "object" else isinstance(value, str)


# ---------------------------------------------------------------- checks
_NUMBER_KINDS = frozenset({"port", "integer", "number"})  # kinds a JSON number can break

class Validator:
    """A validation prepared once; `fails(value)` is the reason a value breaks it, or None.

    Only the checks the validation has are run (a pre-call check has a budget of microseconds)."""

    __slots__ = ("regex", "kind_test", "enum", "min", "max", "exclusive_min", "exclusive_max", "min_length",
                 "max_length", "scope", "numeric", "expected", "_checks", "only_regex", "json_type", "assigned", "embedded",
                 "token_kind", "also")

    def __init__(self, validation: Validation) -> None:
        kind = KIND_BY_NAME.get(str(validation.get("kind") or ""))
        self.expected = str(validation.get("expected") or (kind.expected if kind else "in the expected format"))
        self.regex = safe_compile(validation.get("regex"))
        # a kind's own test, unless the validation states its own regex (`DD/MM/YYYY` is a date too)
        stated_own = bool(validation.get("regex")) and kind is not None and bool(kind.regex) and validation.get("regex") != kind.regex
        self.kind_test = kind.test if kind is not None and kind.test is not None and not stated_own else None
        # the kind of one short token (a date, an integer): a whole statement or a list's other-typed items are not of it
        self.token_kind = kind.name if kind is not None and kind.name in TOKEN_KINDS else None
        enum = validation.get("enum")
        self.enum = frozenset(str(item) for item in enum) if enum else None
        self.min, self.max = validation.get("min"), validation.get("max")
        self.exclusive_min, self.exclusive_max = bool(validation.get("exclusive_min")), bool(validation.get("exclusive_max"))
        self.min_length, self.max_length = validation.get("min_length"), validation.get("max_length")
        self.numeric = self.min is not None or self.max is not None
        self.also = frozenset(str(word) for word in validation.get("also") or ())
        self.scope = safe_compile(validation.get("applies_to"))
        assigned = validation.get("assigned")
        operator = str(validation.get("assign_op") or "=")
        self.assigned = f"{assigned}{operator}" if isinstance(assigned, str) and assigned else None
        # tokens of one shape inside a longer value (the date literals of a query), each tested
        self.embedded = safe_compile(validation.get("embedded"))
        json_type = validation.get("json_type")
        self.json_type = json_type if json_type in ("number", "integer", "boolean", "array", "object", "string") else None
        checks: list[Callable[[str, Any], str | None]] = []
        if self.enum is not None:
            checks.append(self._enum)
        if self.regex is not None:
            checks.append(self._regex)
        if self.kind_test is not None:
            checks.append(self._kind)
        if self.numeric:
            checks.append(self._range)
        if self.min_length is not None or self.max_length is not None:
            checks.append(self._length)
        self._checks = tuple(checks)
        # A regex and nothing else (the usual learned validation): callers may run it inline.
        self.only_regex = (self.regex if checks == [self._regex] and self.scope is None and self.assigned is None
                           and self.embedded is None and not self.also else None)

    @property
    def empty(self) -> bool:
        return not self._checks and self.json_type is None

    def _enum(self, text: str, value: Any) -> str | None:
        if text in self.enum:  # type: ignore[operator]
            return None
        if "," in text and all(item.strip() in self.enum for item in text.split(",")[:50]):  # type: ignore[operator]
            return None  # a comma list of accepted items (`--json name,url`)
        if "=" in text:
            name, _, listed = text.partition("=")
            if name in self.enum:  # type: ignore[operator]
                return None  # an accepted value with its argument (`jsonpath={.items[*].name}`, `custom-columns=…`)
            if listed and "=" not in listed and all(item.strip() in self.enum for item in listed.split(",")[:50]):  # type: ignore[operator]
                return None  # a name given accepted items (`.data=alloc,load`: a section's flags)
        return "not one of the accepted values"

    def _regex(self, text: str, value: Any) -> str | None:
        return None if self.regex.search(text) is not None else f"not {self.expected}"  # type: ignore[union-attr]

    def _kind(self, text: str, value: Any) -> str | None:
        # a JSON number is no date or name, but it is a port or an integer: `port: 99999` breaks a port number
        if not isinstance(value, str) and self.token_kind not in _NUMBER_KINDS:
            return None
        return None if self.kind_test(text) else f"not {self.expected}"  # type: ignore[misc]

    def _range(self, text: str, value: Any) -> str | None:
        try:
            number = float(text)
        except ValueError:
            return "not a number"
        if self.min is not None and (number < self.min or (self.exclusive_min and number == self.min)):
            return f"below the minimum {self.min}"
        if self.max is not None and (number > self.max or (self.exclusive_max and number == self.max)):
            return f"above the maximum {self.max}"
        return None

    def _length(self, text: str, value: Any) -> str | None:
        if self.min_length is not None and len(text) < self.min_length:
            return f"shorter than {self.min_length} characters"
        if self.max_length is not None and len(text) > self.max_length:
            return f"longer than {self.max_length} characters"
        return None

    def fails(self, value: Any, _depth: int = 0) -> str | None:
        if self.json_type is not None:  # the type is the test, the value as given (not its text)
            return None if value is None or _type_ok(self.json_type, value) else f"not {self.expected}"
        if value.__class__ is str:
            text = value if len(value) <= MAX_VALUE_CHARS else value[:MAX_VALUE_CHARS]
        elif isinstance(value, (list, tuple, dict)):
            if _depth >= 2:  # a list of maps is still values; deeper is a document, not a parameter
                return None
            items = list(value.values())[:50] if isinstance(value, dict) else value[:50]  # a map's values are values
            if self.token_kind in _TEXT_KINDS and any(item.__class__ is str for item in items):
                items = [item for item in items if item.__class__ is str]  # `[20, '2026-02-28']`: 20 is the id, not a date
            return next((reason for item in items if (reason := self.fails(item, _depth + 1))), None)
        elif value is None or isinstance(value, bool):
            return None
        else:
            text = str(value)[:MAX_VALUE_CHARS]
        if self.assigned is not None:  # the value of one `name=value` argument (`-var instance_count=two`)
            if not text.startswith(self.assigned):
                return None
            text = value = text[len(self.assigned):]
        if self.scope is not None and self.scope.search(text) is None:
            return None  # learned on another kind of value: no evidence about this one
        if text in self.also:
            return None
        if self.embedded is not None:
            for token in self.embedded.findall(text)[:20]:
                reason = next((r for check in self._checks if (r := check(token, token)) is not None), None)
                if reason is not None:
                    return f"{token!r} {reason}" if reason.startswith("not ") else reason
            return None
        if self.token_kind is not None and is_statement(text):
            return None  # `SELECT * FROM events WHERE day >= ?::DATE` is a statement, not a date
        for check in self._checks:
            reason = check(text, value)
            if reason is not None:
                return reason
        return None


def validation_fails(validation: Validation, value: Any) -> bool:
    """Does this value break the validation? (Extraction-time helper; checks compile once.)"""
    validator = Validator(validation)
    return not validator.empty and validator.fails(value) is not None
