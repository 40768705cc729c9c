"""Hostile input at every entry point the issue lists, through the real console process (`python -m
usage_patterns`, as a shell or an agent host runs it): deep JSON in every command and every hook
event, non-UTF-8 files, stdin and argv, wrong-typed YAML, `check --recent '[1,{"x":2}]'`,
`export -o /missing/dir/x.yaml`, a YAML alias bomb. Never a traceback: commands answer one line
and exit 2, hooks fail open (exit 0); a refused import imports nothing.

`python -m tests.reliability.test_hostile_input TREE` counts the tracebacks of another checkout
(the before figure: the tree before the bounds work, `git archive d379faa`).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEEP = "[" * 60_000 + "]" * 60_000  # under the 128 KiB a single argv string may be
DEEP_OBJECT = '{"a":' * 20_000 + "1" + "}" * 20_000
DEEP_STDIN = '{"hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": ' + "[" * 200_000 + "]" * 200_000 + "}"
ALIAS_BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
              "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
              "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
              "usage_patterns:\n  - {id: bomb, tool: t, error_category: PARAMETER_FORMAT,"
              " mistake_pattern: {common_mistakes: [*f, *f, *f, *f, *f, *f, *f, *f, *f]}}\n").encode()
FILES = {
    "deep.jsonl": ('{"tool": "t", "ok": false, "params": {"a": ' + "[" * 100_000 + "]" * 100_000 + "}}\n").encode(),
    "latin1.jsonl": b'{"tool": "t\xe9", "ok": true}\n',
    "latin1.yaml": b'usage_patterns: [{id: "\xe9\xff", tool: t, error_category: PARAMETER_FORMAT}]\n',
    "deep.yaml": ("[" * 100_000 + "]" * 100_000).encode(),
    "wrong-typed.yaml": b"usage_patterns:\n  - {id: first, tool: t, error_category: PARAMETER_FORMAT}\n"
                        b"  - {id: second, tool: t, error_category: PARAMETER_FORMAT}\n"
                        b"  - {id: third, tool: t, error_category: PARAMETER_FORMAT, observations: lots}\n",
    "alias-bomb.yaml": ALIAS_BOMB,
    "deep-pack.yaml": ("rules: " + "[" * 100_000 + "]" * 100_000).encode(),
}
HOOK_EVENTS = ["pre-tool-use", "post-tool-use", "post-tool-use-failure", "session-start"]

# (name, argv, stdin, expected exit code)
CASES: list[tuple[str, list[str | bytes], bytes, int]] = [
    ("classify deep params", ["classify", "--tool", "t", "--params", DEEP_OBJECT, "--error", "x"], b"", 2),
    ("classify non-UTF-8 error", ["classify", "--tool", "t", "--params", "{}", "--error", b"bad \xff\xfe"], b"", 2),
    ("record deep params", ["record", "--tool", "t", "--params", DEEP, "--error", "x"], b"", 2),
    ("record deep recent", ["record", "--tool", "t", "--recent", DEEP, "--error", "x"], b"", 2),
    ("record non-UTF-8 tool", ["record", "--tool", b"t\xff", "--params", "{}", "--error", "x"], b"", 2),
    ("check deep params", ["check", "--tool", "t", "--params", DEEP], b"", 2),
    ("check deep recent", ["check", "--tool", "t", "--recent", DEEP], b"", 2),
    ("check --recent [1,{x:2}]", ["check", "--tool", "t", "--recent", '[1,{"x":2}]'], b"", 2),
    ("replay deep JSON line", ["replay", "{dir}/deep.jsonl"], b"", 2),
    ("replay non-UTF-8 file", ["replay", "{dir}/latin1.jsonl"], b"", 2),
    ("templates non-UTF-8 stdin", ["templates"], b"\xff\xfe not utf-8\n", 2),
    ("import non-UTF-8 YAML", ["patterns", "import", "{dir}/latin1.yaml"], b"", 2),
    ("import deep YAML", ["patterns", "import", "{dir}/deep.yaml"], b"", 2),
    ("import wrong-typed YAML", ["patterns", "import", "{dir}/wrong-typed.yaml"], b"", 2),
    ("import YAML alias bomb", ["patterns", "import", "{dir}/alias-bomb.yaml"], b"", 2),
    ("export -o /missing/dir", ["patterns", "export", "-o", "/missing/dir/x.yaml"], b"", 2),
    ("report --html /missing/dir", ["report", "--html", "/missing/dir/x.html"], b"", 2),
    ("rules test deep pack", ["rules", "test", "{dir}/deep-pack.yaml"], b"", 1),  # a pack that fails its test
    ("patterns show non-UTF-8 id", ["patterns", "show", b"id\xff"], b"", 2),
] + [(f"hook {event} deep stdin", ["hook", "claude-code", event], DEEP_STDIN.encode(), 0) for event in HOOK_EVENTS] \
  + [(f"hook {event} non-UTF-8 stdin", ["hook", "claude-code", event], b'{"x": "\xff\xfe"}', 0) for event in HOOK_EVENTS] \
  + [("hook dispatch deep stdin", ["hook", "claude-code"], DEEP_STDIN.encode(), 0),
     ("hook dispatch JSON array", ["hook", "claude-code"], b"[1, 2]", 0)]


def write_files(directory: Path) -> None:
    for name, data in FILES.items():
        (directory / name).write_bytes(data)


def run(tree: Path, argv: list[str | bytes], stdin: bytes, env: dict[str, str], files: Path,
        timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    args = [a.replace("{dir}", str(files)) if isinstance(a, str) else a for a in argv]
    module = "usage_patterns" if (tree / "usage_patterns" / "__main__.py").exists() else "usage_patterns.cli"  # older trees
    return subprocess.run([sys.executable, "-m", module, *args], input=stdin, capture_output=True, cwd=tree,
                          env={**os.environ, **env, "PYTHONPATH": str(tree)}, timeout=timeout)


def has_traceback(done: subprocess.CompletedProcess[bytes]) -> bool:
    return b"Traceback (most recent call last)" in done.stderr + done.stdout


@pytest.mark.parametrize("name, argv, stdin, code", CASES, ids=[c[0] for c in CASES])
def test_hostile_input_never_raises_a_traceback(name, argv, stdin, code, env, tmp_path):
    write_files(tmp_path)
    done = run(REPO, argv, stdin, env, tmp_path)
    assert not has_traceback(done), done.stderr.decode(errors="replace")[-2000:]
    assert done.returncode == code, (done.returncode, done.stderr.decode(errors="replace")[-500:])
    if code == 2:
        err = done.stderr.decode(errors="replace")
        assert err.count("\n") == 1 and err.startswith("usage-patterns: "), err[:500]


def test_a_refused_import_imports_nothing_not_even_the_good_entries_before_the_bad_one(env, tmp_path):
    write_files(tmp_path)
    for name in ("wrong-typed.yaml", "alias-bomb.yaml"):
        assert run(REPO, ["patterns", "import", str(tmp_path / name)], b"", env, tmp_path).returncode == 2
    listed = run(REPO, ["patterns", "list", "--json"], b"", env, tmp_path)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def main(tree: Path) -> None:
    """Tracebacks of TREE on these cases, beside this checkout's (REDIS_URL and a key prefix of
    your own in the environment)."""
    import tempfile

    env = {"USAGE_PATTERNS_KEY_PREFIX": os.environ.get("USAGE_PATTERNS_KEY_PREFIX", "hostile-count:"),
           "USAGE_PATTERNS_QUEUE": "hostile-count-events"}
    with tempfile.TemporaryDirectory() as files:
        write_files(Path(files))
        for label, where in (("before", tree), ("now", REPO)):
            crashed = []
            for name, argv, stdin, _ in CASES:
                try:
                    done = run(where, argv, stdin, {**env, "USAGE_PATTERNS_MEMORY_DIR": files,
                                                    "USAGE_PATTERNS_SPOOL_DIR": files}, Path(files))
                except subprocess.TimeoutExpired:
                    crashed.append(f"{name} (no answer within 60 s)")
                    continue
                if has_traceback(done):
                    crashed.append(name)
            print(f"{label} ({where}): {len(crashed)} of {len(CASES)} cases end in a traceback or hang")
            for name in crashed:
                print(f"  {name}")

if __name__ == "__main__":
    main(Path(sys.argv[1]))
