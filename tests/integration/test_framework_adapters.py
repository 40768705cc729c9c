"""LangChain and OpenAI Agents SDK tools, driven through each framework's own tool-invocation
path (no model calls), against a real Redis and a real `rq worker`: learn → warn → block with
the reason in what the model reads, the override running the call, the fixed call passing."""
from __future__ import annotations

import re
import uuid

import anyio
from langchain_core.tools import ToolException

from producers.adapters.langchain import UsageCallbackHandler, usage_tool
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
