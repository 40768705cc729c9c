"""The tool decorator on sync and async functions: check, block/warn, override, record outcomes."""
from __future__ import annotations

import asyncio

import pytest

from producers.checker import PatternCache, UsagePatternChecker
from producers.decorator import UsageBlocked, usage_tool
from producers.session import Session
from tests.unit.test_checker import format_pattern, workflow_pattern


class Recorded(list):
    def __call__(self, tool, params, **kwargs):
        self.append({"tool": tool, "params": params, **kwargs})


@pytest.fixture
def recorded() -> Recorded:
    return Recorded()


def make_tools(recorded: Recorded, confidence: float, session: Session | None = None, **options):
    checker = UsagePatternChecker(PatternCache.from_patterns([format_pattern(confidence), workflow_pattern()]))
    session = session or Session(user="alice")

    @usage_tool("bonfire_deploy", checker=checker, session=session, record=recorded, **options)
    def deploy(namespace: str, image_tag: str) -> str:
        return f"deployed {image_tag}"

    @usage_tool("gitlab_mr_create", checker=checker, session=session, record=recorded)
    async def mr_create(title: str) -> str:
        return "created"

    @usage_tool("git_push", checker=checker, session=session, record=recorded)
    def git_push() -> str:
        raise RuntimeError("fatal: Authentication failed")

    return deploy, mr_create, git_push


def test_a_blocked_call_raises_does_not_run_and_the_fixed_call_counts_as_a_prevention(recorded):
    deploy, _, _ = make_tools(recorded, 0.97)
    with pytest.raises(UsageBlocked, match="ignore_usage_warning=True") as blocked:
        deploy("ns", "74ec56e")
    assert blocked.value.check["patterns_matched"] == ["deploy-sha"]
    [denied] = recorded  # the block itself is an outcome: counted, never learned as a failure
    assert denied["blocked"] is True and denied["ok"] is False and denied["warned_patterns"] == ["deploy-sha"]
    assert deploy("ns", "f" * 40) == "deployed " + "f" * 40
    event = recorded[-1]
    assert event["warned_patterns"] == ["deploy-sha"] and event["override"] is False and event["error"] is None
    assert event["params"] == {"namespace": "ns", "image_tag": "f" * 40} and event["user"] == "alice"


def test_an_override_runs_the_call_and_is_recorded_as_one(recorded):
    deploy, _, _ = make_tools(recorded, 0.97)
    assert deploy("ns", "74ec56e", ignore_usage_warning=True) == "deployed 74ec56e"
    assert recorded[-1]["override"] is True and recorded[-1]["warned_patterns"] == ["deploy-sha"]


def test_a_warning_can_be_prepended_to_the_result(recorded):
    deploy, _, _ = make_tools(recorded, 0.80, warn_in_result=True)
    result = deploy("ns", "74ec56e")
    assert result.startswith("⚠ [MEDIUM 80%") and result.endswith("deployed 74ec56e")


def test_async_tools_get_sequence_context_from_the_session(recorded):
    session = Session()
    deploy, mr_create, git_push = make_tools(recorded, 0.80, session=session)
    assert asyncio.run(mr_create("t")) == "created"
    assert recorded[-1]["warned_patterns"] == ["mr-push"] and recorded[-1]["override"] is True  # went ahead
    with pytest.raises(RuntimeError):
        git_push()
    assert recorded[-1]["error"].args == ("fatal: Authentication failed",)
    # That warning was settled (a false positive) by the call that went ahead: the next good
    # call does not count it again as a prevention.
    asyncio.run(mr_create("t"))
    assert recorded[-1]["warned_patterns"] == [] and recorded[-1]["override"] is False
    assert recorded[-1]["recent_calls"] == ["gitlab_mr_create", "git_push"]


def test_a_warned_call_that_fails_as_predicted_makes_the_fixed_call_a_prevention(recorded):
    deploy, _, _ = make_tools(recorded, 0.80, error_of=lambda r: None if "f" * 40 in r else "manifest unknown")
    deploy("ns", "74ec56e")  # warned, went ahead, failed as predicted
    assert recorded[-1]["override"] is True and recorded[-1]["ok"] is False
    deploy("ns", "f" * 40)
    assert recorded[-1]["warned_patterns"] == ["deploy-sha"] and recorded[-1]["override"] is False
    assert recorded[-1]["ok"] is True


def test_sessions_are_kept_apart_by_id(recorded):
    from producers.session import usage_session

    checker = UsagePatternChecker(PatternCache.from_patterns([workflow_pattern()]))

    @usage_tool("gitlab_mr_create", checker=checker, record=recorded)  # the current usage_session
    async def mr_create(title: str) -> str:
        return "created"

    with usage_session("a"):
        asyncio.run(mr_create("t"))
    with usage_session("b"):
        asyncio.run(mr_create("t"))
        assert recorded[-1]["session"] == "b" and recorded[-1]["recent_calls"] == []


def test_the_override_is_a_published_parameter_and_framework_plumbing_is_not_recorded(recorded):
    import inspect
    from dataclasses import dataclass

    class FakeContext:  # what MCP frameworks inject; its class name ends in Context
        pass

    @dataclass
    class Spec:
        image: str

    checker = UsagePatternChecker(PatternCache.from_patterns([]))

    @usage_tool("deploy", checker=checker, session=Session(), record=recorded)
    def deploy(spec: Spec, ctx: FakeContext, **extra: int) -> str:
        return "ok"

    assert "ignore_usage_warning" in inspect.signature(deploy).parameters
    assert deploy(Spec("a"), FakeContext(), retries=2, ignore_usage_warning=True) == "ok"
    assert recorded[-1]["params"] == {"spec": {"image": "a"}, "retries": 2}


def test_decorated_functions_keep_their_name_for_tool_registration(recorded):
    deploy, mr_create, _ = make_tools(recorded, 0.5)
    assert deploy.__name__ == "deploy" and mr_create.__name__ == "mr_create"
    assert asyncio.iscoroutinefunction(mr_create)


def test_a_broken_check_never_breaks_the_tool_call(recorded):
    class Broken:
        def check_before_call(self, *args):
            raise RuntimeError("cache exploded")

    @usage_tool("t", checker=Broken(), session=Session(), record=recorded)  # type: ignore[arg-type]
    def tool(x: int) -> int:
        return x * 2

    assert tool(21) == 42 and recorded[-1]["warned_patterns"] == []
