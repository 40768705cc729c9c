"""LangChain and OpenAI Agents SDK tools, driven through each framework's own tool-invocation
path (no model calls), against a real Redis and a real `rq worker`: learn → warn → block with
the reason in what the model reads, the override running the call, the fixed call passing."""
from __future__ import annotations

import re
import uuid

import anyio
from agents import Agent, Runner, set_tracing_disabled
from agents.testing import ScriptedModel, assistant_message, function_call
from langchain_core.tools import ToolException

from producers.adapters.langchain import UsageCallbackHandler, usage_tool
from producers.adapters.openai_agents import UsageGuard
from producers.session import usage_session
from tests.conftest import wait_for
from tests.integration.learning import SHORT, Reply, learn_warn_block
from worker.storage import UsagePatternStorage


def registry_says(image_tag: str) -> str | None:
    """The registry's answer to a deploy of this tag: None when the image exists."""
    return None if re.fullmatch(r"[0-9a-f]{40}", image_tag) else f"manifest unknown: quay.io/app:{image_tag}"


def test_a_langchain_tool_learns_warns_and_blocks_through_invoke(env, processes, redis):
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])

    @usage_tool()
    def deploy(image_tag: str, namespace: str = "default") -> str:
        """Deploy the app image with this tag."""
        error = registry_says(image_tag)
        if error:
            raise ToolException(error)
        return f"deployed quay.io/app:{image_tag} to {namespace}"

    async def call(image_tag: str, override: bool) -> Reply:
        args: dict = {"image_tag": image_tag, **({"ignore_usage_warning": True} if override else {})}
        message = deploy.invoke({"name": "deploy", "args": args, "id": uuid.uuid4().hex, "type": "tool_call"})
        return Reply(str(message.content), message.status == "error")

    with usage_session(f"lc-{uuid.uuid4().hex[:8]}"):
        anyio.run(learn_warn_block, call, store, f"ToolException: manifest unknown: quay.io/app:{SHORT}")


def test_the_langchain_callback_handler_feeds_the_learner(env, processes, redis):
    """A tool nobody wrapped: its handled failures, seen only by the handler, are learned."""
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    from langchain_core.tools import tool

    @tool
    def deploy(image_tag: str) -> str:
        """Deploy the app image with this tag."""
        raise ToolException(registry_says(image_tag))

    deploy.handle_tool_error = True
    handler = UsageCallbackHandler("lc-handler")
    for _ in range(3):
        deploy.invoke({"name": "deploy", "args": {"image_tag": SHORT}, "id": uuid.uuid4().hex, "type": "tool_call"},
                      config={"callbacks": [handler]})
    wait_for(lambda: store.counters().get("events", 0) >= 3, message="3 events learned")
    [pattern] = store.list_patterns()
    assert pattern["tool"] == "deploy" and pattern["observations"] == 3
    assert pattern["mistake_pattern"]["parameter"] == "image_tag"


def test_an_openai_agents_tool_learns_warns_and_blocks_through_the_runner(env, processes, redis):
    """Each call is one agent turn of the SDK's Runner with its ScriptedModel: the guardrails,
    the failure function and the run hooks all run on the SDK's own tool path; the reply is
    the tool output the model receives in its next call."""
    set_tracing_disabled(True)
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    guard = UsageGuard(f"oa-{uuid.uuid4().hex[:8]}")

    @guard.function_tool
    def deploy(image_tag: str, namespace: str) -> str:
        """Deploy the app image with this tag."""
        error = registry_says(image_tag)
        if error:
            raise ValueError(error)
        return f"deployed quay.io/app:{image_tag} to {namespace}"

    async def call(image_tag: str, override: bool) -> Reply:
        arguments = {"image_tag": image_tag, "namespace": "prod", "ignore_usage_warning": override}
        model = ScriptedModel([[function_call("deploy", arguments, call_id=uuid.uuid4().hex)], [assistant_message("ok")]])
        await Runner.run(Agent(name="ops", model=model, tools=[deploy]), "deploy it", hooks=guard.hooks)
        [output] = [item["output"] for item in model.last_call.input
                    if isinstance(item, dict) and item.get("type") == "function_call_output"]
        # The Responses API has no error flag on a tool output: the model reads text, so does the test.
        return Reply(output, "deployed quay.io/app:" not in output)

    anyio.run(learn_warn_block, call, store, f"ValueError: manifest unknown: quay.io/app:{SHORT}")
