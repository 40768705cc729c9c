"""The OpenAI Agents SDK adapter through the SDK's own runner and tool execution, with the
SDK's ScriptedModel (no model calls): what the model reads back is what the next model call
receives as the tool's output."""
from __future__ import annotations

from typing import Any

import anyio
import pytest
from agents import Agent, Runner, function_tool, set_tracing_disabled
from agents.testing import ScriptedModel, assistant_message, function_call

from producers.adapters.openai_agents import UsageGuard
from producers.checker import PatternCache, UsagePatternChecker

PATTERN = {"id": "deploy-sha", "tool": "deploy", "error_category": "PARAMETER_FORMAT", "observations": 50,
           "root_cause": "short SHA", "mistake_pattern": {"parameter": "image_tag",
                                                          "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"}}}


@pytest.fixture(autouse=True)
def no_tracing() -> None:
    set_tracing_disabled(True)


class Recorded(list):
    def __call__(self, tool: str, params: dict, **fields: Any) -> None:
        self.append({"tool": tool, "params": params, **fields})


def guard(confidence: float) -> tuple[UsageGuard, Recorded]:
    recorded = Recorded()
    checker = UsagePatternChecker(PatternCache.from_patterns([{**PATTERN, "confidence": confidence}]))
    return UsageGuard("s1", "ana", checker=checker, record=recorded), recorded


def deploy(image_tag: str, namespace: str = "default") -> str:
    """Deploy the app image with this tag."""
    if len(image_tag) != 40:
        raise ValueError(f"manifest unknown: {image_tag}")
    return f"deployed {image_tag}"


def run_call(tools: list, hooks: Any, tool: str, arguments: dict) -> str:
    """One agent turn: the scripted model calls the tool; returns the output the model reads next."""
    model = ScriptedModel([[function_call(tool, arguments, call_id="call-1")], [assistant_message("done")]])
    anyio.run(lambda: Runner.run(Agent(name="ops", model=model, tools=tools), "deploy it", hooks=hooks))
    [output] = [item["output"] for item in model.last_call.input
                if isinstance(item, dict) and item.get("type") == "function_call_output"]
    return output


def test_a_block_is_rejected_with_the_reason_the_model_reads():
    g, recorded = guard(0.97)
    tool = g.function_tool(deploy)
    output = run_call([tool], g.hooks, "deploy", {"image_tag": "74ec56e", "namespace": "prod",
                                                  "ignore_usage_warning": False})
    assert output.startswith("usage-patterns blocked deploy:") and "is not a full SHA" in output
    assert "Please try again" not in output
    assert recorded == [{"tool": "deploy", "params": {"image_tag": "74ec56e", "namespace": "prod"}, "ok": False,
                         "blocked": True, "user": "ana", "session": "s1", "recent_calls": [],
                         "warned_patterns": ["deploy-sha"]}]


def test_the_override_is_published_and_runs_the_call_whose_error_the_model_reads():
    g, recorded = guard(0.97)
    tool = g.function_tool(deploy)
    assert tool.params_json_schema["properties"]["ignore_usage_warning"]["type"] == "boolean"
    assert "ignore_usage_warning" in tool.params_json_schema["required"]  # strict schema
    output = run_call([tool], g.hooks, "deploy", {"image_tag": "74ec56e", "namespace": "prod",
                                                  "ignore_usage_warning": True})
    assert output.endswith("\n\nValueError: manifest unknown: 74ec56e")  # warned, ran, failed
    [event] = recorded
    assert event["ok"] is False and event["override"] is True and "manifest unknown" in str(event["error"])


def test_a_warning_comes_before_the_output():
    g, recorded = guard(0.80)
    tool = g.function_tool(deploy)
    not_hex = "g" * 40
    output = run_call([tool], g.hooks, "deploy", {"image_tag": not_hex, "namespace": "x", "ignore_usage_warning": False})
    assert output.startswith("⚠ [MEDIUM 80%") and output.endswith(f"\n\ndeployed {not_hex}")
    assert recorded[0]["ok"] is True and recorded[0]["result"] == f"deployed {not_hex}"


def test_hooks_record_a_tool_built_without_the_guard_including_the_sdks_own_failure_text():
    g, recorded = guard(0.50)
    plain = function_tool(deploy)
    assert "Please try again" in run_call([plain], g.hooks, "deploy", {"image_tag": "x", "namespace": "n"})
    run_call([plain], g.hooks, "deploy", {"image_tag": "f" * 40, "namespace": "n"})
    assert [(e["tool"], e["ok"]) for e in recorded] == [("deploy", False), ("deploy", True)]
    assert recorded[1]["recent_calls"] == ["deploy"] and g.calls_in_flight == 0
