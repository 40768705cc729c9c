"""Every CLI entry point answers bad input with one line on stderr and exit 2 (hooks: exit 0, fail
open) — never a traceback. Run in-process through the console script's own entry function."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from usage_patterns.__main__ import main

DEEP_ARG = "[" * 60_000 + "]" * 60_000  # the longest a single argv string may be is 128 KiB
DEEP_OBJECT_ARG = '{"a":' * 20_000 + "1" + "}" * 20_000
DEEP_100K = "[" * 100_000 + "]" * 100_000

FILES = {
    "deep.jsonl": ('{"tool": "t", "ok": false, "params": {"a": ' + DEEP_100K + "}}\n").encode(),
    "latin1.jsonl": b'{"tool": "t\xe9", "ok": true}\n',
    "bad-line.jsonl": b'{"tool": "git_push", "ok": true}\n{"tool": 5}\n',
    "latin1.yaml": b'usage_patterns: [{id: "\xe9\xff", tool: t, error_category: PARAMETER_FORMAT}]\n',
    "deep.yaml": DEEP_100K.encode(),
    "obs-text.yaml": b"usage_patterns:\n  - {id: a, tool: t, error_category: PARAMETER_FORMAT, observations: lots}\n",
    "mistake-list.yaml": b"usage_patterns:\n  - {id: a, tool: t, error_category: PARAMETER_FORMAT, mistake_pattern: [1, 2]}\n",
    "id-list.yaml": b"usage_patterns:\n  - {id: [1], tool: t, error_category: PARAMETER_FORMAT}\n",
    "conf-5.yaml": b"usage_patterns:\n  - {id: a, tool: t, error_category: PARAMETER_FORMAT, confidence: 5}\n",
    "steps-text.yaml": b"usage_patterns:\n  - {id: a, tool: t, error_category: PARAMETER_FORMAT, prevention_steps: run}\n",
    "bad-regex.yaml": b"usage_patterns:\n  - {id: a, tool: t, error_category: PARAMETER_FORMAT, mistake_pattern: {error_regex: '(['}}\n",
    "mapping.yaml": b"usage_patterns: {a: 1}\n",
    "dup.yaml": b"usage_patterns:\n  - {id: a, tool: t, error_category: PARAMETER_FORMAT}\n  - {id: a, tool: t, error_category: PARAMETER_FORMAT}\n",
    "not-yaml.yaml": b"usage_patterns: [unclosed\n",
}

# (argv, stdin bytes or None, expected exit code, a phrase the one line must contain)
CASES = [
    (["classify", "--tool", "t", "--params", DEEP_ARG, "--error", "x"], None, 2, "nests deeper"),
    (["classify", "--tool", "t", "--params", DEEP_OBJECT_ARG, "--error", "x"], None, 2, "nests deeper"),
    (["classify", "--tool", "t", "--params", "[1]", "--error", "x"], None, 2, "must be a JSON object"),
    (["check", "--tool", "t", "--params", DEEP_ARG], None, 2, "nests deeper"),
    (["check", "--tool", "t", "--recent", DEEP_ARG], None, 2, "nests deeper"),
    (["check", "--tool", "t", "--recent", '[1,{"x":2}]'], None, 2, "array of tool names"),
    (["check", "--tool", "t", "--params", '{"a": NaN}'], None, 2, "not valid JSON"),
    (["record", "--tool", "t", "--params", DEEP_ARG, "--error", "x"], None, 2, "nests deeper"),
    (["record", "--tool", "t", "--recent", '[1,{"x":2}]', "--error", "x"], None, 2, "array of tool names"),
    (["record", "--tool", "t", "--params", '{"a": "\\ud800"}', "--error", "x"], None, 2, "surrogate"),
    (["record", "--tool", "t", "--error", "x", "--result", "y"], None, 2, "exactly one of"),
    (["replay", "{dir}/deep.jsonl"], None, 2, "nests deeper"),
    (["replay", "{dir}/latin1.jsonl"], None, 2, "not UTF-8"),
    (["replay", "{dir}/bad-line.jsonl"], None, 2, "bad-line.jsonl:2"),
    (["replay", "{dir}"], None, 2, "not a regular file"),
    (["templates"], b"\xff\xfe not utf-8\n", 2, "not UTF-8"),
    (["patterns", "import", "{dir}/latin1.yaml"], None, 2, "not UTF-8"),
    (["patterns", "import", "{dir}/deep.yaml"], None, 2, "nested too deeply"),
    (["patterns", "import", "{dir}/obs-text.yaml"], None, 2, "observations must be an integer"),
    (["patterns", "import", "{dir}/mistake-list.yaml"], None, 2, "mistake_pattern must be a mapping"),
    (["patterns", "import", "{dir}/id-list.yaml"], None, 2, "id must be a string"),
    (["patterns", "import", "{dir}/conf-5.yaml"], None, 2, "confidence must be a number in [0, 1]"),
    (["patterns", "import", "{dir}/steps-text.yaml"], None, 2, "prevention_steps must be a list"),
    (["patterns", "import", "{dir}/bad-regex.yaml"], None, 2, "does not compile"),
    (["patterns", "import", "{dir}/mapping.yaml"], None, 2, "must be a list"),
    (["patterns", "import", "{dir}/dup.yaml"], None, 2, "appears twice"),
    (["patterns", "import", "{dir}/not-yaml.yaml"], None, 2, "not valid YAML"),
    (["patterns", "import", "{dir}/missing.yaml"], None, 2, "no such file"),
    (["patterns", "export", "-o", "/missing/dir/x.yaml"], None, 2, "cannot write"),
    (["patterns", "list", "--min-confidence", "abc"], None, 2, "not a valid float"),
    (["patterns", "list", "--min-confidence", "1.5"], None, 2, "between 0 and 1"),
    (["patterns", "export", "--min-confidence", "nan"], None, 2, "between 0 and 1"),
    (["context", "--min-confidence", "-0.1"], None, 2, "between 0 and 1"),
    (["context", "--top", "-3"], None, 2, "--top"),
    (["maintain", "--dry-run", "--now", "yesterday-ish"], None, 2, "not an ISO 8601 time"),
    (["maintain", "--dry-run", "--now", "2027-13-45T99:00:00"], None, 2, "not an ISO 8601 time"),
    (["patterns", "frobnicate"], None, 2, "No such command"),
    (["status", "--no-such-flag"], None, 2, "No such option"),
    (["hook", "claude-code", "pre-tool-use"], DEEP_100K.encode(), 0, "hook ignored"),
    (["hook", "claude-code", "post-tool-use"], b"\xff\xfe", 0, "hook ignored"),
    (["hook", "claude-code"], b"[1, 2]", 0, "JSON object"),
]


@pytest.fixture
def bad_files(tmp_path: Path) -> Path:
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("argv, stdin, code, phrase", CASES, ids=lambda v: None if isinstance(v, list) else "")
def test_bad_input_is_one_line_never_a_traceback(argv, stdin, code, phrase, env, bad_files, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8"))
    argv = [arg.replace("{dir}", str(bad_files)) for arg in argv]
    assert main(argv) == code
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    prefix = "usage-patterns: error: " if code else "usage-patterns: "  # a hook's own trouble is a note, exit 0
    assert err.count("\n") == 1 and err.startswith(prefix) and "usage-patterns: usage-patterns" not in err
    assert phrase in err
    assert out == ""


def test_a_rejected_import_changed_nothing(env, redis, bad_files, capsys):
    """Wrong-typed YAML used to import the entries before the bad one; now the whole file is refused."""
    good = b"  - {id: first, tool: t, error_category: PARAMETER_FORMAT}\n"
    (bad_files / "half.yaml").write_bytes(b"usage_patterns:\n" + good + FILES["obs-text.yaml"].split(b"\n", 1)[1])
    assert main(["patterns", "import", str(bad_files / "half.yaml")]) == 2
    assert main(["patterns", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
