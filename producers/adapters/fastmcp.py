"""fastmcp servers (`fastmcp>=4`; pip extra `usage-patterns[fastmcp]`).

    from fastmcp import FastMCP
    from producers.adapters.fastmcp import usage_tool

    server = FastMCP("deploy")

    @server.tool
    @usage_tool()
    def deploy(image_tag: str) -> str: ...

A block is fastmcp's `ToolError`, which reaches the model even with `mask_error_details=True`;
`ignore_usage_warning` is in the published schema (fastmcp rejects arguments it does not
publish). Warnings, params and sessions as in `producers.adapters.mcp`.
"""
from __future__ import annotations

from typing import Any, Callable, TypeVar

from fastmcp.exceptions import ToolError

from ._wrap import framework_tool

F = TypeVar("F", bound=Callable[..., Any])


def usage_tool(tool_name: str | None = None, **options: Any) -> Callable[[F], F]:
    """`producers.usage_tool` for fastmcp tools (same options)."""
    return framework_tool(ToolError, tool_name, options)
