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
from re import _parser as sre  # type: ignore[attr-defined]

from worker.literals import Gated, first_char_gated, first_chars, found_in, gated_regex, literals_of, lowered, scanner
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


# ---------------------------------------------------------------- the first-character gate (`first_char_gated`)
TRICKY = [
    r"\b(?P<neg>must not|cannot)?\s*(?P<op>>=|<=|at least)\s*(?P<n>\d+)",  # an optional group first: what follows may begin
    r"(?<!invalid )(?<!bad )\b(?:argument|option)\s+['\"](?P<n>\w+)['\"]",  # lookbehinds begin nothing
    r"(?:x|y)*z|\bfoo",  # a repeat that may be skipped
    r"(?=ab)a\w+|c(?!d)",  # a lookahead first
    r"\b(?:Use|use) one of|\bvalid (?:values|options)",
    r"(?i)\b(?:from|in|to) (?:the )?state\b|\binvalid state\b",  # a global flag, kept first
    r"(?:[A-F0-9]{2}:){5}[A-F0-9]{2}|\bmac\b",
    r"\b(?:is not|isn't)\s+an?\s+(?P<t>zip|tar)\b|\bcorrupt (?P<t2>jar)\b",
    r"(?:^|\n)\s*usage:",  # a class of categories (`\s`): no gate
    r"(?i:abc)|d",  # a group that changes case: no gate
]
TRICKY_TEXTS = ["you must not give >= 3 here", "Argument 'x' bad argument 'y' INVALID OPTION \"z\"", "xxyxz foo zz",
                "abc cd ce", "Use one of: a; valid options", "moved FROM THE STATE in state; Invalid State",
                "mac 00:1A:2B:3C:4D:5E", "it isn't a ZIP; is not an tar; corrupt jar", "x\n  usage: y", "ABC d"]


@pytest.mark.parametrize("pattern", TRICKY)
@pytest.mark.parametrize("flags", [0, re.I])
def test_a_regex_with_its_first_character_gate_finds_exactly_what_it_finds(pattern, flags):
    rng = random.Random(3)
    plain = re.compile(pattern, flags)
    fast = first_char_gated(plain)
    texts = TRICKY_TEXTS + TEXTS[:1500] + ["".join(rng.sample(t, len(t))) for t in TRICKY_TEXTS]
    for text in texts:
        assert _spans(fast.finditer(text)) == _spans(plain.finditer(text)), (pattern, text[:80])
        for start in (0, 3, len(text) // 2):
            found, expected = fast.search(text, start), plain.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), (pattern, text[:80], start)


def test_the_gate_is_the_characters_a_match_can_begin_with():
    assert first_chars(list(sre.parse(r"\b(?:must|should) be|\buse"))) == {"m", "s", "u"}
    assert first_chars(list(sre.parse(r"(?:ab)?c"))) == {"a", "c"}  # the optional group, or what follows it
    assert first_chars(list(sre.parse(r"\w+"))) is None  # a category: any word character
    assert first_chars(list(sre.parse(r"a?"))) is None  # may match empty
    assert first_chars(list(sre.parse(r"[^a]b"))) is None  # a negated class
    assert first_chars(list(sre.parse(r"(?i:a)b"))) is None  # case flags changed inside


def test_a_regex_re_scans_fast_itself_is_left_as_it_is():
    for regex in (re.compile(r"Traceback \(most"), re.compile(r"[0-9]+ms"), re.compile(r"'x'", re.I), re.compile(r"\w+ failed")):
        assert first_char_gated(regex) is regex
    gated = first_char_gated(re.compile(r"(?i)\bfoo|\bbar"))  # a global flag stays first
    assert gated.pattern.startswith("(?i)(?=[") and gated.search("x BAR").span() == (2, 5)
    assert gated_regex(r"\bfoo|\bbar").pattern.startswith("(?=[bf])")


def test_the_worker_hot_regexes_find_with_the_gate_what_they_find_without():
    from worker import attribution, extractor, required, steps, templates
    from worker.signals import infra, values
    regexes = [attribution._AS_NAME, attribution._SAYS_EXISTS, extractor._OF_A_STATE, values._VALIDATOR,
               steps._CALLED_BEFORE, required._SAYS_ABSENT] + [regex for regex, _ in infra._INFRA_WORDS]
    assert sum(r.pattern.startswith(("(?=[", "(?i)(?=[")) for r in regexes) >= 8  # most got a gate
    for regex in regexes:
        lead = "(?i)" if regex.pattern.startswith("(?i)") else ""
        gated = regex.pattern[len(lead):]
        assert gated.startswith("(?=[") or first_char_gated(re.compile(regex.pattern, regex.flags)).pattern == regex.pattern
        body = gated[gated.find("])(?:") + 5:-1] if gated.startswith("(?=[") else gated
        plain = re.compile(lead + body, regex.flags)
        for text in TEXTS[::3]:
            assert _spans(regex.finditer(text)) == _spans(plain.finditer(text)), (regex.pattern[:60], text[:80])
    masked = templates.mask_variables("HTTP 404 for 'x' at /a/b.txt 2026-12-01")  # its alternatives, gated
    assert "HTTP 404" in masked and "/a/b.txt" not in masked and "2026" not in masked  # a status is meaning, kept


def test_the_automaton_and_the_regex_scanner_find_the_same_literals():
    from worker.rules import load_rules, triggers_in, _TRIGGERS
    rules = load_rules(None)
    triggers_in(rules, "x")
    literals = set(next(iter(_TRIGGERS.values()))[1][1]) or {t for r in rules if r.regex and r.regex.triggers
                                                             for t in r.regex.triggers}
    literals |= {"ab", "abc", "b", "bcd"}  # literals inside one another, and one that begins another
    automaton, regex = scanner(literals), scanner(literals, automaton=False)
    assert automaton[0].__class__.__name__ == "Automaton"  # pyahocorasick is a dependency: the fast path is the one run
    for text in TEXTS[::2] + ["abcd", "xbcdx", ""]:
        low = text.lower()
        assert found_in(automaton, low) == found_in(regex, low), low[:80]
