"""The one session-and-outcome model, against both places a session's state can live."""
from __future__ import annotations

import pytest

from producers.checker import PatternCache, UsagePatternChecker
from producers.session import (WINDOW, MemorySessionState, Sessions, UnknownSessionState, session_key, settle)
from tests.unit.test_checker import format_pattern, workflow_pattern
from worker import session_store
from worker.session_store import RedisSessionState


class Recorded(list):
    def __call__(self, tool, params, **kwargs):
        self.append({"tool": tool, "params": params, **kwargs})


@pytest.fixture(params=["memory", "redis"])
def state(request, fake_redis):
    return MemorySessionState() if request.param == "memory" else RedisSessionState(fake_redis, "t:")


def sessions(state, confidence: float = 0.80) -> tuple[Sessions, Recorded]:
    checker = UsagePatternChecker(PatternCache.from_patterns([format_pattern(confidence), workflow_pattern()]))
    recorded = Recorded()
    return Sessions(state, checker, recorded), recorded


def test_the_outcome_rule():
    assert settle(["p"], ["q"]) == (["p"], True)  # matched and ran anyway: an override
    assert settle([], ["q"]) == (["q"], False)  # a later call that no longer matches: a prevention
    assert settle([], []) == ([], False)


def test_a_warning_carries_to_the_next_call_of_that_tool_once(state):
    model, recorded = sessions(state)
    warned = model.before("s", "bonfire_deploy", {"image_tag": "74ec56e"})
    assert warned.matched == ["deploy-sha"]
    model.blocked(warned)
    fixed = model.before("s", "bonfire_deploy", {"image_tag": "f" * 40})
    model.after(fixed, ok=True, result="ok")
    assert recorded[-1]["warned_patterns"] == ["deploy-sha"] and recorded[-1]["override"] is False
    again = model.before("s", "bonfire_deploy", {"image_tag": "f" * 40})
    model.after(again, ok=True)
    assert recorded[-1]["warned_patterns"] == []


def test_pre_and_post_in_different_processes_pair_by_call_id(state):
    model, recorded = sessions(state)
    model.before("s", "bonfire_deploy", {"image_tag": "74ec56e"}, call_id="toolu_1")
    other_process = Sessions(state, model.checker(), recorded)
    ticket = other_process.resume("s", "bonfire_deploy", {"image_tag": "74ec56e"}, "toolu_1")
    other_process.after(ticket, ok=True)
    assert recorded[-1]["override"] is True and recorded[-1]["warned_patterns"] == ["deploy-sha"]
    unpaired = other_process.resume("s", "bonfire_deploy", {"image_tag": "74ec56e"}, "toolu_2")
    assert unpaired.matched == []


def test_windows_are_per_session_and_subagent_and_capped(state):
    model, recorded = sessions(state)
    parent, child = session_key("s"), session_key("s", "agent-1")
    for i in range(WINDOW + 3):
        model.after(model.before(parent, f"tool_{i}", {}), ok=True)
    model.after(model.before(child, "git_push", {}), ok=True)
    assert state.recent(parent) == [f"tool_{i}" for i in range(3, WINDOW + 3)]
    assert state.recent(child) == ["git_push"]


def test_shell_calls_are_checked_and_recorded_under_their_canonical_identity(state):
    model, recorded = sessions(state)
    ticket = model.before("s", "Bash", {"command": "cd /repo && git push origin main"})
    model.after(ticket, ok=True)
    assert recorded[-1]["tool"] == "git_push" and recorded[-1]["params"] == {"arg1": "origin", "arg2": "main"}
    assert state.recent("s") == ["git_push"]


def test_with_no_reachable_state_there_is_no_sequence_warning():
    model, _ = sessions(UnknownSessionState())
    assert model.before("s", "gitlab_mr_create", {"title": "t"}).check["decision"] == "allow"
    assert sessions(MemorySessionState())[0].before("s", "gitlab_mr_create", {}).check["decision"] == "warn"


def test_the_store_keeps_the_same_window():
    assert session_store.WINDOW == WINDOW


class Seen:
    """A checker that allows everything and keeps the context each check was given."""

    def __init__(self) -> None:
        self.contexts: list = []

    def check_before_call(self, tool, params, context=None):
        self.contexts.append(context)
        return {"decision": "allow", "should_block": False, "warnings": [], "preventions": [],
                "patterns_matched": [], "suggestions": []}


def test_the_window_keeps_each_calls_params_redacted_and_events_keep_names_only(state, fake_redis):
    seen, recorded = Seen(), Recorded()
    model = Sessions(state, seen, recorded)
    model.after(model.before("s", "Bash", {"command": "cd shop && scrapy genspider books books.toscrape.com"}), ok=True)
    model.after(model.before("s", "deploy_app", {"target": "prod", "api_token": "tok-7f3a9c", "notes": "x" * 2000}), ok=True)
    model.after(model.before("s", "Bash", {"command": "jobs add nightly --token tok-7f3a9c"}), ok=True)  # a secret no key names
    ticket = model.before("s", "Bash", {"command": "scrapy check books"})
    window = seen.contexts[-1]["recent_calls"]
    assert window[0] == {"tool": "scrapy", "params": {"arg1": "genspider", "arg2": "books", "arg3": "books.toscrape.com"}}
    assert window[1]["tool"] == "deploy_app" and window[1]["params"]["target"] == "prod"
    assert "tok-7f3a9c" not in repr(window) and len(window[1]["params"]["notes"]) < 2000  # redacted, bounded
    model.after(ticket, ok=True)
    assert window[2]["tool"] == "jobs" and window[2]["params"]["arg2"] == "nightly"
    assert recorded[-1]["recent_calls"] == ["scrapy", "deploy_app", "jobs"]  # the event: names only (DESIGN)
    assert state.recent("s") == ["scrapy", "deploy_app", "jobs", "scrapy"]
    if isinstance(state, RedisSessionState):  # nothing secret in what the store holds
        assert not any(b"tok-7f3a9c" in raw for raw in fake_redis.lrange(state.keys.session_calls("s"), 0, -1))


def test_a_window_kept_as_names_reads_as_names(fake_redis):
    fake_redis.rpush(RedisSessionState(fake_redis, "t:").keys.session_calls("old"), "git_add", "{not json", '{"tool": "git_commit", "params": {"m": "x"}}')
    assert RedisSessionState(fake_redis, "t:").window("old") == ["git_add", {"tool": "git_commit", "params": {"m": "x"}}]


def test_what_an_earlier_call_of_the_session_gave_reaches_the_check(state, fake_redis):
    # learned: `jobs run X` fails for a job not made yet; `jobs add X` made it
    from producers.record import build_event
    from worker.learner import UsagePatternLearner
    from worker.storage import UsagePatternStorage
    store = UsagePatternStorage(fake_redis, "win:")
    learner = UsagePatternLearner(store)
    for name in ("nightly", "weekly") * 5:
        learner.analyze_result(build_event("Bash", {"command": f"jobs run {name}"}, error=f"KeyError: 'Job not found: {name}'"))
    model = Sessions(state, UsagePatternChecker(PatternCache(store, poll_seconds=0)), Recorded())
    assert model.before("a", "Bash", {"command": "jobs run nightly"}).check["decision"] == "warn"
    model.after(model.before("b", "Bash", {"command": "jobs add nightly --every 24h"}), ok=True)
    assert model.before("b", "Bash", {"command": "jobs run nightly"}).check["decision"] == "allow"


def test_a_shell_line_is_checked_as_every_command_it_pipes_into(state, fake_redis):
    # learned from `… | frobsum -a crc64`, whose error names frobsum; the session's check of a new pipeline asks it
    from producers.record import build_event
    from worker.learner import UsagePatternLearner
    from worker.storage import UsagePatternStorage
    store = UsagePatternStorage(fake_redis, "pipe:")
    learner = UsagePatternLearner(store)
    for algo in ("crc64", "md4") * 5:
        learner.analyze_result(build_event("Bash", {"command": f"cat a.bin | frobsum -a {algo}"}, error=(
            f"frobsum: unknown algorithm '{algo}'; must be one of: crc32, sha1, sha256")))
    model = Sessions(state, UsagePatternChecker(PatternCache(store, poll_seconds=0)), Recorded())
    ticket = model.before("p", "Bash", {"command": "tar -cf - docs | frobsum -a blake3"})
    assert ticket.call.tool == "tar" and ticket.check["decision"] == "warn"
    assert model.before("p", "Bash", {"command": "tar -cf - docs | frobsum -a sha256"}).check["decision"] == "allow"
