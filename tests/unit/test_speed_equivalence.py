"""Speed changes that must answer exactly as the code they replaced: a template's masks come from only the
alternatives of `_PROTECT` / `_VARIABLE` a text can match (`templates._gated`), and they give the same text
as the whole regexes over every corpus message (whole, key lines, upper-cased, shuffled) and over random
texts made of the characters those alternatives turn on (digits, quotes, slashes, colons, dashes, `@`, `E`)."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.corpus.score import load_rows
from worker import templates
from worker.classifier import key_text


def _texts() -> list[str]:
    rng = random.Random(7)
    texts: list[str] = []
    for row in load_rows():
        message = row["message"]
        words = message.split()
        texts += [message, key_text(message).key, message.upper(), " ".join(rng.sample(words, len(words)))]
    return [t for t in dict.fromkeys(texts) if t]


TEXTS = _texts()
_PIECES = ["a", "E", "ERR_X", "0", "7", "12", "404", "1a2b3c4d", "0x1f", "2026-12-01", "T10:00:00Z", "-", "--force",
           "-n", ":", "::", "/", "./", "~/", "a/b/c", "x.py", "C:\\", "\\", "@", "a@b.c", "'", '"', "`", ".", ",", " ",
           "\n", "http", "://", "HTTP", "code", "exit code", "curl: (", ")", "(", "Not Found", "\u0663", "ſ", "é", "[", "]", "abcdefab-abcd-abcd-abcd-abcdefabcdef"]


def _same(text: str) -> None:
    for parts, whole in ((templates._PROTECT_PARTS, templates._PROTECT), (templates._VARIABLE_PARTS, templates._VARIABLE)):
        gated = templates._gated(parts, text)
        assert [(m.span(), m.lastgroup) for m in gated.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in whole.finditer(text)], text


def test_gated_alternatives_match_as_the_whole_regex_on_the_corpus() -> None:
    for text in TEXTS:
        _same(text)


def test_a_uuid_of_letters_alone_is_masked_whatever_else_the_text_holds() -> None:
    for text in ("job abcdefab-abcd-abcd-abcd-abcdefabcdef not found", "job abcdefab-abcd-abcd-abcd-abcdefabcdef: exit 3"):
        _same(text)
        assert "abcdefab" not in templates.mask_variables(text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_gated_alternatives_match_as_the_whole_regex_on_random_texts(pieces: list[str]) -> None:
    _same("".join(pieces))


def test_mask_variables_keeps_its_answers() -> None:
    # the gated regexes are what mask_variables runs; the whole ones are what it ran before
    def reference(message: str) -> str:
        kept: list[str] = []

        def keep(m):  # type: ignore[no-untyped-def]
            kept.append(m.group(0))
            return f"\x00{chr(0xE000 + len(kept) - 1)}\x00"
        text = templates._PROTECT.sub(keep, message)
        text = templates._collapse(templates._VARIABLE.sub(templates._named_mask, text))
        import re
        return re.sub("\x00(.)\x00", lambda m: kept[ord(m.group(1)) - 0xE000], text) if kept else text

    for text in TEXTS:
        assert templates.mask_variables(text) == reference(text)


def _typed(value):  # type: ignore[no-untyped-def]
    """The value with every node's exact type beside it, so == also compares types (1 vs 1.0 vs True, list vs tuple)."""
    if isinstance(value, dict):
        return ("dict", [(type(k).__name__, k, _typed(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_typed(v) for v in value])
    return (type(value).__name__, repr(value))


def test_a_remembered_pattern_is_its_json_round_trip() -> None:
    import json
    import math
    from worker.learner import _as_json
    samples = [{"a": (1, 2.5, True, None, "x"), "b": {"c": [float("inf"), -0.0, "\u00e9\ud800"]}},
               {1: "int key", "k": "v"}, {"nan": math.nan}, {"t": ({"x": ()},)}, [1, 2], "s", 3, None]
    for row in load_rows()[:400]:
        samples.append({"tool": row["tool"], "params": row.get("params") or {}, "message": row["message"]})
    for value in samples:
        assert _typed(_as_json(value)) == _typed(json.loads(json.dumps(value)))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["<*>", "<num>", "<path>"]), max_size=30),
       st.lists(st.sampled_from(_PIECES + ["<*>", "<num>", "<path>"]), max_size=30))
def test_may_reach_never_says_no_to_a_pair_that_reaches(a: list[str], b: list[str]) -> None:
    ta, tb = " ".join(a), " ".join(b)
    for floor in (0.4, 0.7):
        if not templates.may_reach(ta, tb, floor):
            assert templates.template_similarity(ta, tb) < floor
