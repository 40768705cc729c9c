"""General capabilities of prevention, each shown on documented wordings of real tools other than the
prevention sets' rows: learned from the message through classifier → extractor → learner, then the
checker must catch a repeat with new values and let the good calls beside it pass."""
from __future__ import annotations

from typing import Any

import pytest

from producers.checker import PatternCache, UsagePatternChecker
from producers.record import build_event
from worker.learner import UsagePatternLearner
from worker.required import required_names, synopsis_slots
from worker.storage import UsagePatternStorage


@pytest.fixture
def store(fake_redis) -> UsagePatternStorage:
    return UsagePatternStorage(fake_redis, "cap:")


def learn(store: UsagePatternStorage, tool: str, items: list[tuple[dict[str, Any], str, list[Any] | None]]) -> None:
    learner = UsagePatternLearner(store)
    for _ in range(10):
        for params, error, recent in items:
            outcome = learner.analyze_result(build_event(tool, params, error=error, recent_calls=recent))
            assert outcome.startswith(("learned:", "merged:")), outcome


def decision(store: UsagePatternStorage, tool: str, params: dict[str, Any], recent: list[Any] | None = None) -> str:
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    return checker.check_before_call(tool, params, {"recent_calls": recent} if recent is not None else None)["decision"]


# ---------------------------------------------------------------- a usage synopsis names the missing slot
def test_a_synopsis_names_its_required_slots_outside_the_optional_groups():
    assert synopsis_slots("usage: git remote set-url [--push] <name> <newurl> [<oldurl>]") == ["name", "newurl"]
    assert synopsis_slots("Usage:\n  kubectl config use-context CONTEXT_NAME [options]") == ["context_name"]
    assert synopsis_slots("Usage: cp [OPTION]... [-T] SOURCE DEST") == ["source", "dest"]  # GNU cp --help
    assert synopsis_slots("Usage:  gh repo clone <repository> [<directory>] [-- <gitflags>...]") == ["repository"]
    assert synopsis_slots("usage: yq [-h] [--width WIDTH] [jq_filter] [files ...]") == []  # all optional
    assert synopsis_slots("error: unknown revision") == []


def test_the_slot_a_call_lacked_is_required_by_its_name_or_what_it_holds_or_a_positional():
    usage = "usage: git tag [-a | -s | -u <key-id>] [-f] [-m <msg> | -F <file>] <tagname> [<commit> | <object>]"
    assert required_names({"repo": "/r"}, usage) == ["tagname_or_tag"]
    assert required_names({"repo": "/r", "tag": "v1.0"}, usage) == []  # `tag` holds the tag name
    assert required_names({"arg0": "v1.0"}, usage) == []  # a command line's positional fills the slot
    clone = "Usage:  gh repo clone <repository> [<directory>] [-- <gitflags>...]"
    assert required_names({"directory": "x"}, clone) == ["repository"]


def test_git_remote_set_url_without_its_url_warns_on_any_remote_and_passes_with_a_url(store):
    usage = ("usage: git remote set-url [--push] <name> <newurl> [<oldurl>]\n   or: git remote set-url --add <name> <newurl>\n"
             "   or: git remote set-url --delete <name> <url>\n\n    --push                manipulate push URLs")
    learn(store, "git_remote_set_url", [({"repo": "/src/app", "name": "origin"}, usage, None)])
    assert decision(store, "git_remote_set_url", {"repo": "/src/lib", "name": "upstream"}) == "warn"
    assert decision(store, "git_remote_set_url", {"repo": "/src/lib", "name": "upstream", "url": "git@h:x.git"}) == "allow"
    assert decision(store, "git_remote_set_url", {"repo": "/src/lib", "name": "up", "newurl": "https://h/x.git"}) == "allow"


def test_a_wrapped_synopsis_is_read_whole_and_git_worktree_add_without_a_path_warns(store):
    usage = ("usage: git worktree add [-f] [--detach] [--checkout] [--lock [--reason <string>]]\n"
             "                        [--orphan] [(-b | -B) <new-branch>] <path> [<commit-ish>]\n"
             "\n    -f, --[no-]force      checkout <branch> even if already checked out in other worktree")
    assert synopsis_slots(usage) == ["path"]
    learn(store, "git_worktree_add", [({"repo": "/src/app", "new_branch": "hotfix"}, usage, None)])
    assert decision(store, "git_worktree_add", {"repo": "/src/lib", "new_branch": "fix-2"}) == "warn"
    assert decision(store, "git_worktree_add", {"repo": "/src/lib", "new_branch": "fix-2", "path": "../wt"}) == "allow"


# ---------------------------------------------------------------- an empty value is where the missing one belonged
def test_an_empty_value_beside_a_message_that_names_nothing_is_the_missing_parameter(store):
    assert required_names({"files": [], "no_create": True}, "touch: missing file operand") == ["files"]
    assert required_names({"files": [], "mode": ""}, "touch: missing file operand") == []  # two empty: which one?
    assert required_names({"files": []}, "touch: cannot touch 'x': Permission denied") == []  # says nothing missing
    learn(store, "touch_files", [({"files": []}, "touch: missing file operand\nTry 'touch --help' for more information.", None)])
    assert decision(store, "touch_files", {"no_create": True}) == "warn"
    assert decision(store, "touch_files", {"files": [], "no_create": True}) == "warn"
    assert decision(store, "touch_files", {"files": ["a.txt"]}) == "allow"
