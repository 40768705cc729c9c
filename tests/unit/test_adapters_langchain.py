"""The LangChain adapter with real langchain-core tools, invoked as an agent invokes them
(a tool call in, a ToolMessage out); the real-worker progression is in tests/integration."""
from __future__ import annotations

import uuid
from typing import Any

import anyio
import pytest
from langchain_core.messages import ToolMessage
from langchain_core.tools import ToolException, tool
from pydantic import BaseModel

from producers.adapters.langchain import UsageCallbackHandler, usage_tool
from producers.checker import PatternCache, UsagePatternChecker

PATTERN = {"id": "deploy-sha", "tool": "deploy", "error_category": "PARAMETER_FORMAT", "observations": 50,
           "root_cause": "short SHA", "mistake_pattern": {"parameter": "image_tag",
                                                          "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"}}}


class Recorded(list):
    def __call__(self, tool: str, params: dict, **fields: Any) -> None:
        self.append({"tool": tool, "params": params, **fields})


class Target(BaseModel):
    namespace: str


def checker(confidence: float) -> UsagePatternChecker:
    return UsagePatternChecker(PatternCache.from_patterns([{**PATTERN, "confidence": confidence}]))


def deploy_tool(confidence: float, recorded: Recorded) -> Any:
    @usage_tool(checker=checker(confidence), record=recorded)
    def deploy(image_tag: str, target: Target | None = None) -> str:
        """Deploy the app image with this tag."""
        if len(image_tag) != 40:
            raise ToolException(f"manifest unknown: {image_tag}")
        return f"deployed {image_tag}"
    return deploy


def tool_call(args: dict, name: str = "deploy") -> dict:
    return {"name": name, "args": args, "id": f"call-{uuid.uuid4().hex[:6]}", "type": "tool_call"}


def test_a_block_is_the_tools_answer_not_an_exception():
    recorded = Recorded()
    deploy = deploy_tool(0.97, recorded)
    message = deploy.invoke(tool_call({"image_tag": "74ec56e", "target": {"namespace": "prod"}}))
    assert isinstance(message, ToolMessage) and message.status == "error"
    assert message.content.startswith("usage-patterns blocked deploy:") and "is not a full SHA" in message.content
    assert deploy.invoke({"image_tag": "74ec56e"}).startswith("usage-patterns blocked deploy:")  # plain invoke too
    assert recorded[0]["blocked"] is True and recorded[0]["params"] == {"image_tag": "74ec56e",
                                                                        "target": {"namespace": "prod"}}


def test_the_override_is_in_the_args_schema_and_runs_the_call():
    recorded = Recorded()
    deploy = deploy_tool(0.97, recorded)
    assert deploy.args["ignore_usage_warning"]["type"] == "boolean"
    assert "ignore_usage_warning" in deploy.tool_call_schema.model_json_schema()["properties"]
    message = deploy.invoke(tool_call({"image_tag": "74ec56e", "ignore_usage_warning": True}))
    assert message.status == "error" and message.content.endswith("\n\nmanifest unknown: 74ec56e")
    assert recorded[0]["override"] is True and recorded[0]["ok"] is False


def test_a_warning_comes_before_the_error_or_the_result():
    deploy = deploy_tool(0.80, Recorded())
    message = deploy.invoke(tool_call({"image_tag": "74ec56e"}))
    assert message.status == "error" and message.content.startswith("⚠ [MEDIUM 80%")
    assert message.content.endswith("\n\nmanifest unknown: 74ec56e")
    not_hex = "g" * 40
    message = deploy.invoke(tool_call({"image_tag": not_hex}))
    assert message.status == "success" and message.content.endswith(f"\n\ndeployed {not_hex}")


def test_an_async_tool_is_checked_on_ainvoke():
    recorded = Recorded()

    @usage_tool(checker=checker(0.97), record=recorded)
    async def deploy(image_tag: str) -> str:
        """Deploy."""
        return "deployed"

    message = anyio.run(deploy.ainvoke, tool_call({"image_tag": "74ec56e"}))
    assert message.status == "error" and "usage-patterns blocked deploy" in message.content
    assert recorded[0]["blocked"] is True


@tool
def lookup(key: str) -> str:
    """Look a key up."""
    if key == "missing":
        raise ToolException(f"key not found: {key}")
    if key == "boom":
        raise RuntimeError("boom")
    return f"value of {key}"


lookup.handle_tool_error = True


def test_the_callback_handler_records_each_runs_outcome_by_run_id():
    recorded = Recorded()
    handler = UsageCallbackHandler("s1", "ana", checker=checker(0.97), record=recorded)
    config = {"callbacks": [handler]}
    assert lookup.invoke(tool_call({"key": "a"}, "lookup"), config=config).content == "value of a"
    assert lookup.invoke(tool_call({"key": "missing"}, "lookup"), config=config).status == "error"
    with pytest.raises(RuntimeError):
        lookup.invoke(tool_call({"key": "boom"}, "lookup"), config=config)
    lookup.invoke(tool_call({"key": "b"}, "lookup"), config={**config, "metadata": {"thread_id": "t9"}})
    assert [(e["tool"], e["params"], e["ok"], e["session"]) for e in recorded] == [
        ("lookup", {"key": "a"}, True, "s1"), ("lookup", {"key": "missing"}, False, "s1"),
        ("lookup", {"key": "boom"}, False, "s1"), ("lookup", {"key": "b"}, True, "t9")]
    assert recorded[1]["error"] == "key not found: missing" and recorded[0]["result"] == "value of a"
    assert recorded[1]["recent_calls"] == ["lookup"] and recorded[0]["user"] == "ana"
    assert handler.calls_in_flight == 0  # every run paired and finished


def test_the_handler_leaves_usage_tools_to_record_themselves():
    by_tool, by_handler = Recorded(), Recorded()
    deploy = deploy_tool(0.97, by_tool)
    deploy.invoke(tool_call({"image_tag": "f" * 40}), config={"callbacks": [UsageCallbackHandler(record=by_handler)]})
    assert len(by_tool) == 1 and by_tool[0]["ok"] is True and by_handler == []
