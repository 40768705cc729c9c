"""Framework adapters: each puts the one decorator and session model (`producers.decorator`,
`producers.session`) into the shape its framework expects, and needs its framework's extra:

- `producers.adapters.mcp` — MCP Python SDK servers (`mcp`, MCPServer): blocks as `ToolError`
- `producers.adapters.fastmcp` — fastmcp servers: blocks as fastmcp's `ToolError`
- `producers.adapters.langchain` — langchain-core tools (`ToolException`) and a callback handler
- `producers.adapters.openai_agents` — OpenAI Agents SDK tool guardrails and run hooks

For an MCP server whose code you do not own, use the proxy (`usage-patterns mcp-proxy`).
Nothing here is imported by `producers` itself: a framework loads only when its adapter does.
"""
