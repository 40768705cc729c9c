"""MCP servers written with the MCP SDK and with fastmcp, their tools wrapped by the adapters,
run as real stdio servers and called by the MCP SDK's own stdio client, against a real Redis
and a real `rq worker`: learn → warn → block with the reason in the client's result; the
override (a published parameter) runs the call; params are recorded JSON-normalised."""
from __future__ import annotations

import sys
from typing import Any

import anyio
import pytest
from mcp import Client, StdioServerParameters

from tests.conftest import REPO
from tests.integration.learning import SHORT, Reply, learn_warn_block
from worker.storage import UsagePatternStorage

SERVERS = {
    # server script, the error text its failing tool is recorded with
    "mcp": ("mcp_sdk_server.py", f"ToolError: manifest unknown: quay.io/app:{SHORT}"),
    "fastmcp": ("fastmcp_server.py", f"ToolError: manifest unknown: quay.io/app:{SHORT}"),
}


def texts(result: Any) -> str:
    return "\n".join(item.text for item in result.content)


@pytest.mark.parametrize("framework", sorted(SERVERS))
def test_an_mcp_servers_wrapped_tool_learns_warns_and_blocks_over_stdio(framework, env, processes, redis):
    script, seed_error = SERVERS[framework]
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])
    server = StdioServerParameters(command=sys.executable, args=[str(REPO / "tests" / "fixtures" / script)],
                                   env=dict(env), cwd=str(REPO))

    async def scenario() -> None:
        async with Client(server) as client:
            [tool] = (await client.list_tools()).tools
            assert tool.input_schema["properties"]["ignore_usage_warning"]["type"] == "boolean"
            assert "ctx" not in tool.input_schema["properties"]

            async def call(image_tag: str, override: bool) -> Reply:
                arguments: dict[str, Any] = {"image_tag": image_tag}
                if override:
                    arguments["ignore_usage_warning"] = True
                result = await client.call_tool("deploy", arguments)
                return Reply(texts(result), bool(result.is_error))

            pattern = await learn_warn_block(call, store, seed_error)
            assert pattern["mistake_pattern"]["common_mistakes"] == [SHORT]

    anyio.run(scenario)
