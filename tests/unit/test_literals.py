"""A regex skipped when none of its literals occurs (`worker.literals`) answers exactly as the regex
does: over every corpus text (whole, key lines, other lines, cut short, words shuffled, upper-cased),
each gated regex of `worker.kinds` and `worker.stated` finds the same matches, `message_kind` and
`stated_validation` give the same answers with and without the prefilter, and the category cues
find the same span with their triggers looked up as with each part tested. Non-ASCII text is never
prefiltered (`re.I` matches `ſ` for `s`)."""
from __future__ import annotations

import random
import re

import pytest

from tests.corpus.score import load_rows
from worker import kinds, stated
from worker.classifier import key_text
from worker.literals import Gated, found_in, literals_of, lowered, scanner
from worker.signals import _CUE_SCAN, _STRONG_CUES


def _texts() -> list[str]:
    rng = random.Random(11)
    texts: list[str] = []
    for row in load_rows():
        message = row["message"]
        text = key_text(message)
        texts += [message, text.key, text.rest, message.upper()]
        words = message.split()
        if len(words) > 3 and len(texts) % 3 == 0:
            texts.append(" ".join(words[: rng.randrange(1, len(words))]))
            texts.append(" ".join(rng.sample(words, len(words))))
    return [t for t in dict.fromkeys(texts) if t]


TEXTS = _texts()
GATED = [(name, value) for module in (kinds, stated) for name, value in vars(module).items() if isinstance(value, Gated)] + \
    [(f"_STATED_REGEX[{i}]", gate) for i, (gate, _) in enumerate(stated._STATED_REGEX)] + \
    [(f"kind {kind.name}", gate) for kind, gate in kinds._KIND_SIGNALS]


def _spans(matches) -> list:
    return [(m.span(), m.groupdict(), m.groups()) for m in matches]


def test_each_gated_regex_finds_what_its_regex_finds_over_the_corpus():
    assert len(TEXTS) > 8_000 and len(GATED) > 40
    skipped = 0
    for name, gate in GATED:
        for text in TEXTS:
            low = lowered(text)
            whole = gate.regex.search(text)
            found = gate.search(text, low)
            assert (found and (found.span(), found.groups())) == (whole and (whole.span(), whole.groups())), (name, text[:120])
            if name in ("_BETWEEN", "_COMPARE"):  # the ones read with finditer
                assert _spans(gate.finditer(text, low)) == _spans(gate.regex.finditer(text)), (name, text[:120])
            skipped += gate.absent(low)
    assert skipped > len(TEXTS) * 10  # not vacuous: most regexes are skipped on most texts


def test_message_kind_and_stated_validation_answer_as_without_the_prefilter(monkeypatch):
    kind_of = kinds.message_kind.__wrapped__  # not the remembered answers
    texts = TEXTS[::3]
    gated = [(kind_of(t), stated.stated_validation(t)) for t in texts]
    for module in (kinds, stated):  # no text prefiltered: every regex runs
        monkeypatch.setattr(module, "lowered", lambda text: None)
    assert [(kind_of(t), stated.stated_validation(t)) for t in texts] == gated
    assert sum(kind is not None for kind, _ in gated) > 500 and sum(bool(s) for _, s in gated) > 250


def test_a_range_needs_a_digit():
    """`_bounds` skips both range regexes on a text without a digit: each has one it cannot do without."""
    for text in TEXTS:
        if not re.search(r"\d", text):
            assert stated._BETWEEN.regex.search(text) is None and stated._COMPARE.regex.search(text) is None


def test_strong_cues_with_their_triggers_looked_up_find_the_same_span():
    for text in (t.lower() for t in TEXTS):
        present = found_in(_CUE_SCAN, text)
        for cue, _ in _STRONG_CUES:
            with_present, alone = cue.search(text, present), cue.search(text)
            assert (with_present and with_present.span()) == (alone and alone.span()), (cue.pattern[:40], text[:120])


def test_non_ascii_text_is_never_prefiltered():
    gate = Gated(re.compile(r"\bstrasse\b", re.I))
    assert gate.triggers == ("strasse",)
    assert lowered("STRAſSE") is None and gate.search("die ſtraſſe", lowered("die ſtraſſe")) is not None
    assert gate.search("no street here", lowered("no street here")) is None and gate.absent("no street here")
    long_s = Gated(re.compile("\u017ftop", re.I))  # its literal lowered is not ASCII, yet it matches ASCII "stop"
    assert long_s.triggers is None and long_s.search("stop", lowered("stop")) is not None


@pytest.mark.parametrize("pattern, literals", [
    (r"\b(?:not a directory|ENOTDIR)\b", {"not a directory", "ENOTDIR"}),
    (r"ab?cde", {"cde"}),
    (r"(?:x|yy)zzz", {"xzzz", "yyzzz"}),
    (r"foo(bar|qux)", {"foo"}),
    (r"ab|cd", None),  # too short to be sure of: no prefilter
    (r"gr[ae]y", {"gray", "grey"}),  # a small class of characters is a branch per character
    (r"\b(?:url|uri)s?\b", {"url", "uri"}),  # as the parser writes it: `ur[li]`
    (r"[^a]bcd", {"bcd"}),  # a negated class names no character: the literals after it
    (r"x[a-z]yz", None),  # nor does a range
])
def test_literals_every_match_holds(pattern, literals):
    assert literals_of(pattern, 0) == literals


def test_the_scanner_finds_exactly_the_literals_that_occur():
    scan = scanner({"abc", "abcd", "bcx", "cdef"})
    assert found_in(scan, "xxabcdefxx") == {"abc", "abcd", "cdef"}
    assert found_in(scan, "abcx") == {"abc", "bcx"} and found_in(scan, "nothing") == frozenset()


def test_one_scan_of_a_lowered_text_serves_every_gated_regex_and_a_later_one_falls_back():
    text = "error: the value must be between 1 and 5"
    low = lowered(text)
    assert low == text and low is lowered(text)  # lowered once, remembered for the next regex that reads it
    late = Gated(re.compile(r"\bbetween \d+ and (?P<n>\d+)", re.I))  # made after `low` was scanned: not in its scan
    assert late.triggers == ("between ",) and late.serial >= low.covers
    assert late.search(text, low).group("n") == "5"  # its own substring test, as before any scan
    other = lowered("count must be between 2 and 9")  # scanned with `late` among the regexes now
    assert other.covers > late.serial and "between " in other.present() and late.search(str(other), other).group("n") == "9"
    none = lowered("no range in this one")
    assert late.absent(none) and none.present().isdisjoint(late.triggers)
