"""The MCP adapters inside real MCPServer / fastmcp servers, called in-process by each
framework's own client (the stdio path with a real worker is in tests/integration)."""
from __future__ import annotations

from typing import Any

import anyio
import fastmcp
import pytest
from fastmcp.exceptions import ToolError as FastToolError
from mcp import Client
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import BaseModel

from producers.adapters import fastmcp as fastmcp_adapter
from producers.adapters import mcp as mcp_adapter
from producers.checker import PatternCache, UsagePatternChecker

PATTERN = {"id": "deploy-sha", "tool": "deploy", "error_category": "PARAMETER_FORMAT", "observations": 50,
           "root_cause": "short SHA", "mistake_pattern": {"parameter": "image_tag",
                                                          "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"}}}


class Target(BaseModel):
    namespace: str
    replicas: int = 1


class Recorded(list):
    def __call__(self, tool: str, params: dict, **fields: Any) -> None:
        self.append({"tool": tool, "params": params, **fields})


def options(confidence: float) -> dict[str, Any]:
    return {"checker": UsagePatternChecker(PatternCache.from_patterns([{**PATTERN, "confidence": confidence}])),
            "record": Recorded()}


def sdk_server(confidence: float) -> tuple[MCPServer, Recorded]:
    opts = options(confidence)
    server = MCPServer("t")

    @server.tool()
    @mcp_adapter.usage_tool(**opts)
    def deploy(image_tag: str, target: Target, ctx: Context) -> str:
        """Deploy."""
        if image_tag == "crash":
            raise RuntimeError("secret internals")
        if len(image_tag) != 40:
            raise ToolError(f"manifest unknown: {image_tag}")
        return f"deployed {image_tag} to {target.namespace}"

    return server, opts["record"]


async def sdk_call(server: MCPServer, **arguments: Any) -> tuple[str, bool]:
    async with Client(server) as client:
        result = await client.call_tool("deploy", {"target": {"namespace": "prod"}, **arguments})
        return "\n".join(item.text for item in result.content), bool(result.is_error)


def test_mcp_sdk_block_reaches_the_model_as_an_error_result_with_the_reason():
    server, recorded = sdk_server(0.97)
    text, error = anyio.run(lambda: sdk_call(server, image_tag="74ec56e"))
    assert error and text.startswith("Error executing tool deploy: usage-patterns blocked deploy:")
    assert "image_tag='74ec56e' is not a full SHA" in text and "ignore_usage_warning=True" in text
    assert recorded[0]["blocked"] is True
    # Recorded params are data: the pydantic model dumped, the Context left out.
    assert recorded[0]["params"] == {"image_tag": "74ec56e", "target": {"namespace": "prod", "replicas": 1}}


def test_mcp_sdk_override_is_published_and_runs_the_call():
    server, recorded = sdk_server(0.97)

    async def scenario() -> tuple[dict, tuple[str, bool]]:
        async with Client(server) as client:
            [tool] = (await client.list_tools()).tools
        return tool.input_schema, await sdk_call(server, image_tag="74ec56e", ignore_usage_warning=True)

    schema, (text, error) = anyio.run(scenario)
    assert schema["properties"]["ignore_usage_warning"] == {"default": False, "title": "Ignore Usage Warning",
                                                            "type": "boolean"}
    assert "ctx" not in schema["properties"]
    assert error and text.endswith("\n\nmanifest unknown: 74ec56e") and "blocked" not in text  # the tool ran
    assert recorded[0]["override"] is True and recorded[0]["ok"] is False


def test_mcp_sdk_warning_comes_before_the_result_and_before_a_tool_error():
    server, _ = sdk_server(0.80)
    text, error = anyio.run(lambda: sdk_call(server, image_tag="74ec56e"))
    assert error and text.startswith("Error executing tool deploy: ⚠ [MEDIUM 80%")
    assert text.endswith("\n\nmanifest unknown: 74ec56e")
    text, error = anyio.run(lambda: sdk_call(server, image_tag="crash"))  # not a pattern match: no warning
    assert error and text == "Error executing tool deploy"  # a crash stays masked


def test_mcp_sdk_a_warned_crash_stays_masked():
    crash = {**PATTERN, "confidence": 0.8, "mistake_pattern": {"parameter": "image_tag", "common_mistakes": ["crash"]}}
    server2 = MCPServer("t2")
    opts = {"checker": UsagePatternChecker(PatternCache.from_patterns([crash])), "record": Recorded()}

    @server2.tool()
    @mcp_adapter.usage_tool(**opts)
    def deploy(image_tag: str, target: Target) -> str:
        raise RuntimeError("secret internals")

    text, error = anyio.run(lambda: sdk_call(server2, image_tag="crash"))
    assert error and text == "Error executing tool deploy" and "secret" not in text
    assert opts["record"][0]["error"].args == ("secret internals",)  # recorded with its real cause


def fast_server(confidence: float) -> tuple[fastmcp.FastMCP, Recorded]:
    opts = options(confidence)
    server = fastmcp.FastMCP("t", mask_error_details=True)

    @server.tool
    @fastmcp_adapter.usage_tool(**opts)
    async def deploy(image_tag: str, ctx: fastmcp.Context, target: Target | None = None) -> str:
        """Deploy."""
        if len(image_tag) != 40:
            raise FastToolError(f"manifest unknown: {image_tag}")
        return f"deployed {image_tag}"

    return server, opts["record"]


async def fast_call(server: fastmcp.FastMCP, **arguments: Any) -> tuple[str, bool, dict]:
    async with fastmcp.Client(server) as client:
        [tool] = await client.list_tools()
        result = await client.call_tool("deploy", arguments, raise_on_error=False)
        return "\n".join(item.text for item in result.content), bool(result.is_error), tool.input_schema


@pytest.mark.parametrize("confidence,starts", [(0.97, "usage-patterns blocked deploy:"), (0.80, "⚠ [MEDIUM 80%")])
def test_fastmcp_block_and_warning_reach_the_model_with_error_details_masked(confidence, starts):
    server, recorded = fast_server(confidence)
    text, error, schema = anyio.run(lambda: fast_call(server, image_tag="74ec56e"))
    assert error and text.startswith(starts) and "is not a full SHA" in text
    assert schema["properties"]["ignore_usage_warning"]["type"] == "boolean" and "ctx" not in schema["properties"]
    assert recorded[0]["params"] == {"image_tag": "74ec56e", "target": None}


def test_fastmcp_override_is_accepted_and_a_warned_success_carries_the_warning():
    server, recorded = fast_server(0.97)
    text, error, _ = anyio.run(lambda: fast_call(server, image_tag="74ec56e", ignore_usage_warning=True))
    assert error and text.endswith("\n\nmanifest unknown: 74ec56e") and recorded[0]["override"] is True
    warned, _ = fast_server(0.80)
    warned_pattern_full = "f" * 39 + "g"  # 40 chars (the tool accepts it) but not hex: the pattern warns
    text, error, _ = anyio.run(lambda: fast_call(warned, image_tag=warned_pattern_full))
    assert not error and text.startswith("⚠ [MEDIUM 80%") and text.endswith(f"\n\ndeployed {warned_pattern_full}")
