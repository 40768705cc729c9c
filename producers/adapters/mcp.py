"""MCP Python SDK (`mcp>=2`, `MCPServer`; pip extra `usage-patterns[mcp]`).

    from mcp.server.mcpserver import MCPServer
    from producers.adapters.mcp import usage_tool

    server = MCPServer("deploy")

    @server.tool()
    @usage_tool()
    def deploy(image_tag: str) -> str: ...

A block is a `ToolError`, so the model reads the reason in an `isError` result (any other
exception reaches it as "Error executing tool deploy"). `ignore_usage_warning` is in the
published input schema. A warning comes before a str result, or before the message of a
`ToolError` the warned call raised. Params are JSON-normalised (pydantic models dumped,
`Context` dropped). One stdio server process is one session; an HTTP server serving many
clients sets the session per request with `producers.session.usage_session`.
"""
from __future__ import annotations

from typing import Any, Callable, TypeVar

from mcp.server.mcpserver.exceptions import ToolError

from ._wrap import framework_tool

F = TypeVar("F", bound=Callable[..., Any])


def usage_tool(tool_name: str | None = None, **options: Any) -> Callable[[F], F]:
    """`producers.usage_tool` for MCPServer tools (same options)."""
    return framework_tool(ToolError, tool_name, options)
