"""The corpus generators' shared harness: normalisation, the case registry, the row schema, the runner.

Whole-batch regeneration is not run here (minutes, and it needs the real tools); these are the
pure parts every batch relies on, plus one real process and one real HTTP helper (milliseconds).
"""
from __future__ import annotations

import importlib
import inspect
import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.corpus import generate
from tests.corpus.harness.labels import INFRA_LABELS, USAGE_LABELS, is_usage
from tests.corpus.harness.normalise import MARK, Normaliser, clip, noise
from tests.corpus.harness.rows import FIELDS, Case, Cases, documented, make_row, row_errors
from tests.corpus.harness.runner import Run, pick_message, substitute
from tests.corpus.harness.sandbox import Sandbox, have
from tests.corpus.harness.servers import Helpers, Reply, free_port, reply
from worker.rules import CATEGORIES, INFRA_KINDS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


# --------------------------------------------------------------------------- labels

def test_the_label_vocabulary_is_the_classifiers_own():
    assert USAGE_LABELS == set(CATEGORIES) and INFRA_LABELS == set(INFRA_KINDS)
    assert all(is_usage(c) for c in CATEGORIES) and not any(is_usage(k) for k in INFRA_KINDS)
    with pytest.raises(ValueError, match="unknown corpus label"):
        is_usage("INCORRECT_PARAM")


def test_a_case_with_an_unknown_label_fails_when_it_is_defined_not_after_the_run():
    with pytest.raises(ValueError):
        Case("git", {}, "git push", "timout")
    with pytest.raises(ValueError):
        Case("git", {}, "git push", "auth", stream="stderr")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- normalisation

def test_clip_keeps_head_and_tail_joined_by_the_mark_and_bounds_the_length():
    assert clip("short") == "short"
    text = "".join(f"line {i}\n" for i in range(400))
    out = clip(text, limit=1500, head=600, tail=890)
    head, tail = out.split(MARK)
    assert text.startswith(head) and text.rstrip().endswith(tail.rstrip())
    assert len(head) <= 600 and len(tail) <= 890 and len(out) <= 1500
    assert tail.rstrip().endswith("line 399")


def test_the_normaliser_strips_colour_aliases_the_scratch_dir_and_drops_noise():
    norm = Normaliser("/tmp/corpusX-ab12", "/tmp/corpusX", subs=noise(r"^npm warn Unknown .*\n?"),
                      drop_prefixes=("[notice]",), drop_containing=("complete log",), collapse_blank_lines=True)
    raw = ("\x1b[31merror:\x1b[0m cannot open /tmp/corpusX-ab12/work/app.py   \n"
           "npm warn Unknown user config \"always-auth\"\n"
           "[notice] A new release of pip is available\n"
           "see /tmp/corpusX-zz99/other\n\n\n\n"
           "npm error A complete log of this run can be found in: /root/.npm/_logs/x.log\n"
           "last line  \n")
    assert norm(raw) == ("error: cannot open /tmp/corpusX/work/app.py\n"
                         "see /tmp/corpusX/other\n\nlast line")


def test_the_normaliser_applies_its_batch_clip_sizes():
    norm = Normaliser("/s", "/tmp/c", head=700, tail=700)
    out = norm("x" * 800 + "y" * 800)
    assert out == "x" * 700 + MARK + "y" * 700


def test_params_are_aliased_deeply_so_no_random_temp_path_reaches_a_row():
    norm = Normaliser("/tmp/c4-q1w2", "/tmp/c4")
    assert norm.value({"remote": "/tmp/c4-q1w2/remote.git", "args": ["-C", "/tmp/c4-q1w2/app"], "n": 3}) == \
        {"remote": "/tmp/c4/remote.git", "args": ["-C", "/tmp/c4/app"], "n": 3}


def test_placeholders_are_substituted_in_strings_dicts_and_lists():
    ports = {"HTTP": 47801, "WORK": "/w"}
    assert substitute({"url": "http://127.0.0.1:{HTTP}/x", "p": ["{WORK}/a", 1]}, ports) == \
        {"url": "http://127.0.0.1:47801/x", "p": ["/w/a", 1]}


def test_the_message_is_stderr_else_stdout_or_both_for_fail_with_body():
    assert pick_message("auto", "out", "err\n") == "err\n"
    assert pick_message("auto", "out", "  \n") == "out"
    assert pick_message("both", "body \n", "curl: (22) 404\n") == "body\ncurl: (22) 404"
    assert pick_message("stdout", "out", "err") == "out"


# --------------------------------------------------------------------------- case registry

def test_one_argument_order_for_registering_and_for_running_a_case():
    reg = inspect.signature(Cases.case).parameters
    run = inspect.signature(Run.case).parameters
    assert list(reg)[:5] == list(run)[:5] == ["self", "tool", "params", "command", "label"]


def test_the_registry_keeps_run_order_and_applies_its_defaults():
    cases = Cases(needs_first_word=True, timeout=15)
    first = cases.case("git_push", {"remote": "origin"}, "git push origin", "WORKFLOW_SEQUENCE")
    second = cases.case("kill", {"pid": 1}, "kill 1", "permission", needs=["bash"], timeout=3)
    argv = cases.case("make", {}, ["make", "x"], "INCORRECT_PARAMETER")
    assert list(cases) == [first, second, argv]
    assert first.needs == ("git",) and first.timeout == 15
    assert second.needs == ["bash"] and second.timeout == 3
    assert argv.needs == ()


# --------------------------------------------------------------------------- rows

def test_a_label_decides_usage_category_and_infra_kind():
    usage = make_row("git_push", {}, "msg", "WORKFLOW_SEQUENCE", source="cli", command="git push")
    infra = documented("gh_api", {}, "HTTP 403", "permission", "gh api x")
    assert (usage["usage"], usage["category"], usage["infra_kind"]) == (True, "WORKFLOW_SEQUENCE", None)
    assert (infra["usage"], infra["category"], infra["infra_kind"], infra["source"]) == \
        (False, None, "permission", "documented")
    assert list(usage) == list(FIELDS) and row_errors(usage) == row_errors(infra) == []


@pytest.mark.parametrize("change, complaint", [
    ({"category": "auth"}, "usage row"),
    ({"usage": False}, "infrastructure row"),
    ({"source": "made-up"}, "source"),
    ({"message": "trailing \n"}, "trailing whitespace"),
    ({"params": ["a"]}, "params"),
    ({"command": ""}, "command"),
])
def test_schema_violations_are_reported(change, complaint):
    row = dict(make_row("ls", {"path": "x"}, "ls: x: No such file", "INCORRECT_PARAMETER", source="cli",
                        command="ls x"), **change)
    assert any(complaint in e for e in row_errors(row))
    missing = {k: v for k, v in row.items() if k != "tool"}
    assert any("fields" in e for e in row_errors(missing))


def test_every_committed_corpus_row_follows_the_readme_schema():
    files = sorted(CORPUS.glob("*.jsonl"))
    assert len(files) >= 6
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            errors = row_errors(json.loads(line))
            assert not errors, f"{path.name}:{n}: {errors}"


# --------------------------------------------------------------------------- batches

def test_every_batch_defines_valid_cases_and_documented_rows():
    assert set(generate.BATCHES) == {p.stem for p in (CORPUS / "batches").glob("*.py")} - {"__init__"}
    for name in generate.BATCHES:
        batch = importlib.import_module(f"tests.corpus.batches.{name}")
        assert callable(batch.generate)
        for row in getattr(batch, "DOCUMENTED", ()):
            assert not row_errors(row), (name, row)
    cli = importlib.import_module("tests.corpus.batches.cli")
    assert len(cli.CASES) >= 250 and all(isinstance(c, Case) for c in cli.CASES)


def test_no_generator_source_names_a_machine_specific_path():
    sources = [*CORPUS.glob("batches/*.py"), *CORPUS.glob("harness/*.py"), CORPUS / "generate.py"]
    pattern = re.compile(r"/work/|/home/\w+/|/opt/pypi|/usr/local/bin/python")
    hits = [f"{p.name}: {m.group(0)}" for p in sources for m in pattern.finditer(p.read_text())]
    assert not hits


def test_generate_rejects_an_unknown_batch(capsys):
    with pytest.raises(SystemExit) as exc:
        generate.main(["--batch", "nope"])
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err


# --------------------------------------------------------------------------- runner and helpers (real, fast)

def test_a_case_runs_for_real_and_becomes_a_normalised_labelled_row():
    with Sandbox("corpusunit-") as box:
        run = Run(box, Normaliser(box.root, "/tmp/corpusunit"), dict(box.env), {}, "unit")
        row = run.case("cat", {"path": f"{box.root}/missing.txt"}, f"cat {box.root}/missing.txt",
                       "INCORRECT_PARAMETER")
        skipped = run.case("true", {}, "true", "INCORRECT_PARAMETER")
        wrapped = run.case("ls", {"path": "nope"}, ["ls", "nope"], "INCORRECT_PARAMETER",
                           wrap=lambda rc, msg: f"Command failed with exit code {rc}: {msg}")
        absent = run.case("tool", {}, ["no-such-tool-corpus"], "MISSING_PREREQUISITE")
    assert row == {"tool": "cat", "params": {"path": "/tmp/corpusunit/missing.txt"},
                   "message": "cat: /tmp/corpusunit/missing.txt: No such file or directory",
                   "usage": True, "category": "INCORRECT_PARAMETER", "infra_kind": None,
                   "source": "cli", "command": "cat /tmp/corpusunit/missing.txt"}
    assert skipped is None and absent is None  # a zero exit and a missing tool make no row
    assert wrapped is not None and wrapped["message"].startswith("Command failed with exit code 2: ls:")
    assert run.rows == [row, wrapped]


def test_have_needs_every_tool_it_is_given():
    assert have("bash", "sh") and not have("bash", "no-such-tool-corpus")


def test_the_http_helper_answers_through_the_batch_route():
    port = free_port(0)

    def route(req):
        if req.path == "/teapot":
            return reply(418, {"error": "short and stout", "q": req.query}, {"Retry-After": "5"})
        return Reply(200, "plain", "text/plain")
    with Helpers() as helpers:
        helpers.http(port, route, server_version="nginx")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/teapot?x=1", timeout=5)
        body = json.loads(err.value.read())
        ok = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
        assert ok.read() == b"plain"
    assert err.value.code == 418 and body == {"error": "short and stout", "q": "x=1"}
    assert err.value.headers["Retry-After"] == "5" and err.value.headers["Server"].strip() == "nginx"


def test_a_batch_runs_its_groups_and_one_broken_family_loses_no_other(capsys):
    from tests.corpus.harness.runner import Run

    seen = []

    def first(run, box):
        seen.append(("first", box))
        run.rows.append({"tool": "a"})

    def broken(run, box):
        raise RuntimeError("server would not start")

    def last(run, box):
        seen.append(("last", box))

    run = Run(sandbox="the-box", normaliser=None, env={}, caps={}, name="t")
    assert run.groups([first, broken, last]) == [{"tool": "a"}]
    assert seen == [("first", "the-box"), ("last", "the-box")]
    assert "broken aborted: RuntimeError('server would not start')" in capsys.readouterr().err
    seen.clear()
    run.groups([first, broken, last], only="last,broken")
    assert seen == [("last", "the-box")]


def test_a_batch_deletes_only_its_own_redis_keys(redis_server_url):
    import uuid

    import redis

    from tests.corpus.harness.servers import delete_redis_keys

    client = redis.Redis.from_url(redis_server_url)
    prefix, other = f"harness-{uuid.uuid4().hex[:8]}", f"harness-other-{uuid.uuid4().hex[:8]}"
    client.mset({f"{prefix}:{n}": n for n in range(250)} | {f"{other}:kept": 1})
    try:
        delete_redis_keys(prefix, redis_server_url)
        assert not list(client.scan_iter(f"{prefix}:*")) and client.get(f"{other}:kept") == b"1"
    finally:
        client.delete(f"{other}:kept", *[f"{prefix}:{n}" for n in range(250)])
