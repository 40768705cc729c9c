"""The prevention benchmark runs the blind scenarios through the real learning path and scores them.

It asserts what the benchmark itself must guarantee: every category is scored, every repeat and
good call is checked, and the scores are the counts they claim; and that the figure reached
after tuning on these scenarios (a grown-on figure, see the README) does not slip back.
"""
from __future__ import annotations

from tests.corpus.prevention import load, run

CATEGORIES = {"INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE",
              "WRONG_TOOL_SELECTION", "MISSING_PARAMETER"}


def test_the_blind_scenarios_cover_every_category_and_every_call_is_scored():
    scenarios = load()
    report = run(scenarios)
    assert set(report["by_category"]) == CATEGORIES
    totals = report["totals"]
    assert totals["scenarios"] == len(scenarios)
    assert totals["repeats"] == sum(len(s["repeats"]) for s in scenarios)
    assert totals["good"] == sum(len(s["good"]) for s in scenarios)
    assert report["recall"] == round(totals["caught"] / totals["repeats"], 3)
    missed = sum(1 for m in report["misses"] if m["kind"] == "missed repeat")
    flagged = sum(1 for m in report["misses"] if m["kind"] == "flagged good call")
    assert (missed, flagged) == (totals["repeats"] - totals["caught"], totals["flagged"])


def test_the_tuned_figure_does_not_slip_back():
    report = run(load())
    assert report["recall"] >= 0.9 and report["false_flag_rate"] <= 0.02, {k: report[k] for k in ("recall", "false_flag_rate")}


def test_a_recent_call_written_as_tool_and_params_counts_as_its_tool_name():
    from tests.corpus.prevention import _recent
    as_objects = _recent([{"tool": "terraform_init", "params": {"dir": "infra"}}, {"tool": "git add -A", "params": {}}])
    assert as_objects == _recent(["terraform_init", "git add -A"]) == ["terraform_init", "git_add"]
    assert _recent([{"tool": "Bash", "params": {"command": "createdb -h 127.0.0.1 shop"}}]) == ["createdb"]  # as a session records it
    assert _recent(None) is None


def test_a_scenario_window_reaches_the_check_as_a_session_keeps_it():
    from tests.corpus.prevention import _window
    calls = [{"tool": "Bash", "params": {"command": "jobs add nightly --token tok-55aa"}}, "list_dir"]
    kept = _window(calls)
    assert kept[0]["tool"] == "jobs" and kept[0]["params"]["arg2"] == "nightly" and "tok-55aa" not in repr(kept)
    assert kept[1] == "list_dir"  # a bare name stays a name
    assert _window(calls, names_only=True) == ["jobs", "list_dir"]
