"""Validations read from the message: stated regexes (compiled safely), formats, enumerations, ranges."""
from __future__ import annotations

import pytest

from worker.safe_regex import MAX_PATTERN_CHARS, UnsafeRegex, anchored, compile_stated, safe_compile
from worker.validation import Validator, message_kind, stated_validation

K8S = ('The Namespace "Team_Billing" is invalid: metadata.name: Invalid value: "Team_Billing": a lowercase RFC 1123 '
       "label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric "
       "character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")


def fails(validation: dict, value: object) -> bool:
    return Validator(validation).fails(value) is not None


@pytest.mark.parametrize("pattern", ["(a+)+$", r"(\w+\s?)*$", "(a|aa)+$", "(x+x+)+y", "([a-z]+)*", "(.*a){12}",
                                     r"(\d+)\1", "a" * (MAX_PATTERN_CHARS + 1), ""])
def test_catastrophic_backreferencing_or_oversized_patterns_are_refused(pattern):
    with pytest.raises(UnsafeRegex):
        compile_stated(pattern)
    assert safe_compile(pattern) is None


@pytest.mark.parametrize("pattern", ["[a-z0-9]([-a-z0-9]*[a-z0-9])?",
                                     r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*",
                                     r"^v?\d+(\.\d+)*$", r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$"])
def test_real_validation_regexes_compile(pattern):
    assert compile_stated(pattern).pattern == pattern


def test_an_unanchored_stated_regex_is_anchored_when_the_message_means_the_whole_value():
    assert anchored("[a-z]+", whole=True) == "^(?:[a-z]+)$"
    assert anchored("^[a-z]+$", whole=True) == "^[a-z]+$"
    assert anchored("[a-z]+", whole=False) == "[a-z]+"


def test_the_kubernetes_regex_is_read_as_a_whole_value_rule():
    validation = stated_validation(K8S)
    assert validation["kind"] == "regex" and validation["regex"] == "^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?)$"
    assert fails(validation, "Team_Billing") and fails(validation, "Web_Frontend") and fails(validation, "-web")
    assert not fails(validation, "web-frontend") and not fails(validation, "a1")


def test_a_json_schema_pattern_keeps_search_semantics():
    validation = stated_validation("'Foo Bar' does not match '^[a-z-]+$'")
    assert validation["regex"] == "^[a-z-]+$" and fails(validation, "Foo Bar") and not fails(validation, "foo-bar")
    unanchored = stated_validation("'x1' does not match 'a[bc]'")
    assert unanchored["regex"] == "a[bc]" and not fails(unanchored, "xaby") and fails(unanchored, "x1")
    assert "regex" not in stated_validation("'x1' does not match 'main'")  # a plain word is no stated regex


def test_a_stated_catastrophic_regex_is_not_learned():
    assert "regex" not in stated_validation("value must match '(a+)+$'")


@pytest.mark.parametrize("message, good, bad", [
    ("Error: invalid date '2024/01/05': expected YYYY-MM-DD", "2024-01-05", "2024/01/05"),
    ('parsing time "05/01/2024" as "2006-01-02": cannot parse "05/01/2024" as "2006"', "2024-01-05", "05/01/2024"),
    ("start must be in the format DD/MM/YYYY", "05/01/2024", "2024-01-05"),
])
def test_date_layouts_become_regexes(message, good, bad):
    validation = stated_validation(message)
    assert validation["kind"] == "date" and fails(validation, bad) and not fails(validation, good)


@pytest.mark.parametrize("message, items", [
    ("error: argument --format: invalid choice: 'yml' (choose from 'json', 'yaml', 'text')", ["json", "yaml", "text"]),
    ("Error: Invalid value for '--level': 'loud' is not one of 'debug', 'info', 'warn'.", ["debug", "info", "warn"]),
    ('spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
     ["Always", "OnFailure", "Never"]),
    ("expected type to be one of [gp2 gp3 io1], got st9", ["gp2", "gp3", "io1"]),
    ('"state" must be one of: open, closed, all', ["open", "closed", "all"]),
    ("Input should be 'red', 'green' or 'blue'", ["red", "green", "blue"]),
    ('invalid argument "opened" for "-s, --state" flag: valid values are {open|closed|all}', ["open", "closed", "all"]),
])
def test_enumerations_are_read_and_enforced(message, items):
    validation = stated_validation(message)
    assert validation["enum"] == items
    assert not fails(validation, items[0]) and fails(validation, items[0] + "x")


@pytest.mark.parametrize("message, good, bad", [
    ("per_page must be between 1 and 100", [1, "100", 50], [0, 101, "abc"]),
    ("replicas: Invalid value: -1: must be greater than or equal to 0", [0, 3], [-1]),
    ("0 is less than the minimum of 1", [1], [0]),
    ("timeout must be a positive integer", [1], [0, -5]),
    ("port out of range [1, 65535]", [22], [0, 70000]),
    ("limit must be less than 50", [49], [50]),
])
def test_numeric_ranges_are_read_and_enforced(message, good, bad):
    validation = stated_validation(message)
    assert all(not fails(validation, v) for v in good) and all(fails(validation, v) for v in bad)


def test_length_limits_are_not_numeric_ranges():
    validation = stated_validation("name must be no more than 63 characters")
    assert validation["max_length"] == 63 and "max" not in validation
    assert fails(validation, "a" * 64) and not fails(validation, "a" * 63)


def test_did_you_mean_is_a_suggestion_not_a_rule():
    assert stated_validation("Unknown region 'us-east1'. Did you mean 'us-east-1'?") == {"suggestion": "us-east-1"}
    assert stated_validation("git: 'comit' is not a git command.\n\nThe most similar command is\n\tcommit") == {"suggestion": "commit"}


@pytest.mark.parametrize("message, kind", [
    ("json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes", "json"),
    ("badly formed hexadecimal UUID string", "uuid"),
    ("invalid literal for int() with base 10: 'abc'", "integer"),
    ("Invalid URL 'x': No scheme supplied", "url"),
    ("the connection is fine", None),
])
def test_the_kind_of_value_a_message_is_about(message, kind):
    found = message_kind(message)
    assert (found.name if found else None) == kind


def test_a_scoped_validation_judges_only_values_like_the_mistaken_ones():
    scoped = {"kind": "sha", "regex": "^[0-9a-f]{40}$", "applies_to": "(?:^|:)[0-9a-fA-F]{4,39}$"}
    assert fails(scoped, "74ec56e") and not fails(scoped, "a" * 40)
    assert not fails(scoped, "latest") and not fails(scoped, "v1.2.3")
    assert fails({"kind": "sha", "regex": "^[0-9a-f]{40}$"}, "latest")  # stated by the message: every value


def test_values_are_capped_and_lists_checked_item_by_item():
    validation = {"enum": ["a", "b"]}
    assert fails(validation, ["a", "c"]) and not fails(validation, ["a", "b"])
    assert Validator({"regex": "^a+$"}).fails("a" * 100_000) is None  # capped before the regex runs
    assert not fails(validation, None) and not fails(validation, True)
    # a map's values are values too (kubectl labels, terraform variables)
    assert fails(validation, {"app": "c"}) and not fails(validation, {"app": "a", "tier": "b"})


def test_nested_values_are_checked_two_levels_deep_and_no_deeper():
    validator = Validator({"enum": ["a", "b"]})
    assert validator.fails([{"app": "c"}]) is not None  # a list of maps is still values
    deep: list = ["c"]
    for _ in range(5000):
        deep = [deep]
    assert validator.fails(deep) is None  # a document, not a parameter: no recursion to the bottom


def test_a_bare_list_the_message_says_the_value_must_be_is_an_enumeration():
    # Python's array: `bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)`; no quotes, no "one of"
    from worker.stated import stated_validation
    found = stated_validation("ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    assert found["enum"] == ["b", "B", "u", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d"]
    assert stated_validation("error: --proto must be tcp, udp or sctp")["enum"] == ["tcp", "udp", "sctp"]
    # a description of the value, not values to choose from
    assert "enum" not in stated_validation("the weight must be positive, finite or zero")
    assert "enum" not in stated_validation("port must be an integer, got 'x'")
