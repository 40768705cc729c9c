"""The rules' prefilter never hides a match: over every corpus message (whole, key lines, other
lines, cut short, words shuffled) and every rule-pack example, each rule with its prefilter (the
trigger literals found by one scan of the text) finds exactly what its regex finds with none. The
literals are derived when a pack loads, so this holds for rules added later."""
from __future__ import annotations

import random

from tests.corpus.score import load_rows
from worker.classifier import key_text
from worker.rules import builtin_packs, default_rules, parse_pack, triggers_in

RULES = default_rules()


def _texts() -> list[str]:
    rng = random.Random(7)
    texts: list[str] = []
    for row in load_rows():
        message = row["message"]
        text = key_text(message)
        texts += [text.key, text.rest, text.full]
        words = message.split()
        if len(words) > 3:  # literals split or joined anew
            texts.append(" ".join(words[: rng.randrange(1, len(words))]))
            texts.append(" ".join(rng.sample(words, len(words))))
    texts += [example.message for pack in builtin_packs() for example in pack.examples]
    return [t for t in dict.fromkeys(texts) if t]


TEXTS = _texts()


def _differences(rules: tuple, texts: list[str]) -> list[str]:
    wrong = []
    for text in texts:
        lowered = text.lower()
        present = triggers_in(rules, lowered)
        anywhere = triggers_in(rules, lowered, anywhere_only=True)
        for rule in rules:
            if rule.regex is None:
                continue
            whole = rule.regex.search(text, lowered)  # no `present`: the regex alone, no prefilter
            if rule.regex.search(text, lowered, present) != whole:
                wrong.append(f"{rule.id}: {text[:120]!r}")
            if rule.anywhere and rule.regex.search(text, lowered, anywhere) != whole:
                wrong.append(f"{rule.id} (anywhere): {text[:120]!r}")
    return wrong


def test_no_rule_prefilter_hides_or_changes_a_match_over_the_corpus():
    assert len(TEXTS) > 5_000
    assert _differences(RULES, TEXTS) == []


def test_the_scan_finds_each_trigger_literal_that_occurs_and_no_other():
    literals = {t for r in RULES if r.regex and r.regex.triggers for t in r.regex.triggers}
    anywhere = {t for r in RULES if r.anywhere and r.regex and r.regex.triggers for t in r.regex.triggers}
    assert len(literals) > 500
    found = 0
    for text in TEXTS:
        lowered = text.lower()
        present = triggers_in(RULES, lowered)
        assert triggers_in(RULES, lowered) is present  # remembered per text (asked before another text can fill the memory)
        assert present == frozenset(t for t in literals if t in lowered)
        assert triggers_in(RULES, lowered, anywhere_only=True) == frozenset(t for t in anywhere if t in lowered)
        found += len(present)
    assert found > len(TEXTS)  # not vacuous: most texts hold several


def test_overlapping_and_nested_literals_are_all_found():
    rules = tuple(parse_pack("rules: [{id: a, infra: auth, regex: 'abcd|bcx|abc'}, {id: b, infra: auth, regex: 'bc\\d'}, "
                             "{id: c, infra: auth, regex: 'cdef'}]", "t.yaml"))
    assert rules[0].regex.triggers == ("abc", "abcd", "bcx")
    assert triggers_in(rules, "xxabcdefxx") == frozenset({"abc", "abcd", "cdef"})
    assert triggers_in(rules, "abcx") == frozenset({"abc", "bcx"})
    assert triggers_in(rules, "nothing here") == frozenset()


def test_a_rule_added_later_gets_its_prefilter_derived_and_never_loses_a_match():
    rules = tuple(parse_pack(
        "rules:\n  - id: zork\n    category: INCORRECT_PARAMETER\n"
        "    regex: \"\\\\b(zork (?P<value>\\\\d+) is gone|blorp (?P<param>\\\\w+) refused)\\\\b\"\n",
        "ops.yaml")) + RULES
    assert rules[0].regex is not None and rules[0].regex.triggers == ("blorp ", "zork ")
    texts = ["error: Zork 12 is gone", "Blorp Size refused", "zork x is gone; blorp y refused"] + TEXTS[:500]
    assert _differences(rules, texts) == []
    text = "Blorp Size refused"
    assert rules[0].regex.search(text, text.lower(), triggers_in(rules, text.lower())) == {"param": "Size"}


def test_a_cue_searched_part_by_part_finds_exactly_what_its_whole_regex_finds():
    """The category cues (`signals._STRONG_CUES`) run as `Alternation`s: over every corpus text, lowered as
    `strong_cue` reads it, each finds the same span as its whole alternation, and parts were really skipped."""
    import re

    from worker.rules import Alternation, alternatives
    from worker.signals import _STRONG_CUES

    texts = [t.lower() for t in _texts()]
    for cue, _ in _STRONG_CUES:
        whole = re.compile(cue.pattern)
        assert len(cue.parts) > 1 and [(m.span() if m else None) for m in map(cue.search, texts)] == \
            [(m.span() if m else None) for m in map(whole.search, texts)], cue.pattern[:60]
    assert alternatives(r"\bx(a|b[|)])y") == [r"\bx(?:a)y", r"\bx(?:b[|)])y"]
    assert alternatives(r"(?<!a|b)c") == [r"(?<!a|b)c"] and Alternation(r"ab|cd").search("xxcd").span() == (2, 4)
