"""Behaviour of worker.templates that callers rely on."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from worker.templates import (
    WILDCARD, TemplateMiner, mask_variables, merge_templates, mine_templates,
    template_similarity, template_to_regex, tokenize,
)


def test_same_event_gets_same_template():
    msgs = [f"Failed password for user{i} from 10.0.0.{i} port {4000 + i} ssh2" for i in range(6)]
    out = mine_templates(msgs)
    assert len(set(out)) == 1
    assert "Failed password for" in out[0] and WILDCARD in out[0]


def test_different_events_stay_apart():
    msgs = ["VM Started (Lifecycle Event)", "VM Stopped (Lifecycle Event)",
            "Connection closed by 10.0.0.1", "Connection reset by peer"] * 3
    out = mine_templates(msgs)
    assert out[0] != out[1]
    assert out[2] != out[3]


def test_mine_templates_order_and_length():
    msgs = ["a b 1", "x y z", "a b 2", "x y z"]
    out = mine_templates(msgs)
    assert len(out) == len(msgs)
    assert out[0] == out[2] and out[1] == out[3] == "x y z"
    assert mine_templates([]) == []


def test_streaming_ids_and_templates():
    m = TemplateMiner()
    a = m.add("took 5 ms")
    assert m.template(a) == "took 5 ms"
    b = m.add("took 7 ms")
    assert m.template(a) == m.template(b) == "took <*> ms"
    m.add("something else entirely")
    assert len(m) == 2


def test_different_lengths_do_not_crash():
    m = TemplateMiner()
    for msg in ["", " ", "a", "a b", "a b c d e f", "x=1, y=(2)", "((", "<*> <*>", "a " * 200]:
        cid = m.add(msg)
        assert isinstance(m.template(cid), str)


def test_miner_keeps_status_codes_and_options():
    msgs = ["GET /api/v1/items/%d HTTP 404 Not Found --retry" % i for i in range(5)]
    tpl = mine_templates(msgs)[0]
    assert "404 Not Found" in tpl and "--retry" in tpl


def test_mask_variables_masks_variable_parts():
    sha = "3f786850e387550fdab836ed7e6dc881de23001b"
    out = mask_variables(f"fatal: bad object {sha} in /home/u/repo/.git at 'main.py' id "
                         "123e4567-e89b-12d3-a456-426614174000")
    assert sha not in out and "/home/u/repo" not in out and "main.py" not in out
    assert "123e4567" not in out
    assert out == "fatal: bad object <sha> in <path> at <*> id <uuid>"  # named masks say what stood there


def test_mask_variables_known_values():
    out = mask_variables("repository myproject not found for owner acme", ["myproject", "acme", "a"])
    assert out == "repository <*> not found for owner <*>"
    # whole-token only: a value inside a longer word is left alone
    assert mask_variables("acmeinc failed", ["acme"]) == "acmeinc failed"


def test_mask_variables_keeps_meaningful_tokens():
    assert "404 Not Found" in mask_variables("request failed: 404 Not Found")
    assert "HTTP 500" in mask_variables("server said HTTP 500 after 3 retries")
    assert "status code 503" in mask_variables("got status code 503")
    assert "ENOENT" in mask_variables("ENOENT: no such file or directory, open '/tmp/x'")
    assert "E404" in mask_variables("npm ERR! code E404")
    assert "(22)" in mask_variables("curl: (22) The requested URL returned error: 404")
    out = mask_variables("unknown option --force-with-lease and -n 5")
    assert "--force-with-lease" in out and "-n" in out


def test_mask_variables_collapses_adjacent_wildcards():
    assert mask_variables("timeout after 10 20 30 ms") == "timeout after <num> ms"
    assert mask_variables("moved 10 files to /tmp/a from 10.0.0.1") == "moved <num> files to <path> from <ip>"
    assert mask_variables("got 7 deadbeef1") == "got <*>"  # masks of different kinds collapse to the wildcard


def test_merge_and_regex_round_trip():
    a = "Deleted file /tmp/a.txt in 5 ms"
    b = "Deleted file /var/log/b.log in 12 ms"
    merged = merge_templates(a, b)
    assert merged == "Deleted file <*> in <*> ms"
    rx = re.compile(template_to_regex(merged))
    assert rx.search(a) and rx.search(b)


def test_merge_different_lengths_round_trip():
    a = "close, 12 bytes sent, lifetime 00:01"
    b = "close, 12 bytes (1 KB) sent, lifetime <1 sec"
    merged = merge_templates(a, b)
    assert merged.startswith("close, 12 bytes")
    rx = re.compile(template_to_regex(merged))
    assert rx.search(a) and rx.search(b)


def test_similarity_bounds_and_wildcards():
    assert template_similarity("a b c", "a b c") == 1.0
    assert template_similarity("a b c", "x y z") == 0.0
    assert 0.5 < template_similarity("a b <*>", "a b c") < 1.0
    assert 0 < template_similarity("a b c d", "a c") < 1


def test_tokenize_splits_structural_punctuation():
    assert tokenize("user=root, uid:(0) [x]") == ["user", "root", "uid", "0", "x"]


def test_miner_does_not_merge_different_status_codes():
    msgs = [f"GET /items/{i} HTTP 404 Not Found" for i in range(5)] + \
           [f"GET /items/{i} HTTP 500 Internal Server Error" for i in range(5)]
    out = mine_templates(msgs)
    assert "404" in out[0] and "500" in out[-1] and out[0] != out[-1]


@settings(deadline=None)
@given(st.text(alphabet="ab_-. é1\n", max_size=40), st.text(alphabet="ab_-. é1", min_size=1, max_size=5),
       st.sampled_from(["<*>", "<sha>", "<num>"]))
def test_replacing_a_whole_value_does_what_the_bounded_regex_did(text, value, mask):
    import re

    from worker.templates import _replace_whole

    pattern = ("(?<![\\w])" if value[0].isalnum() or value[0] == "_" else "") + re.escape(value)
    pattern += "(?![\\w])" if value[-1].isalnum() or value[-1] == "_" else ""
    assert _replace_whole(text, value, mask) == re.sub(pattern, mask, text)


@settings(deadline=None)
@given(st.text(alphabet="ab_ :='\"`-x", max_size=30), st.sampled_from(["ab", "name", "a_b", "labels"]),
       st.text(alphabet="abx-'", min_size=2, max_size=4))
def test_finding_a_name_before_its_quoted_value_does_what_the_per_value_regex_did(message, key, leaf):
    from worker.attribution import _name_quotes, _word_pattern

    regex = rf"{_word_pattern(key).pattern}\s*[:=]?\s*['\"`]{re.escape(leaf)}['\"`]"
    for text in (message, leaf + message):  # also a value at the very start, quoted again later
        assert _name_quotes(key, leaf, text) == (re.search(regex, text, re.I) is not None)
