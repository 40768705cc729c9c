"""Call one tool on a stdio MCP server; print the result text (error or not) as JSON."""
import asyncio, json, sys
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

async def call(command, args, tool, arguments, list_tools=False):
    params = StdioServerParameters(command=command, args=args)
    async with stdio_client(params) as (r, w):
        async with ClientSession(r, w) as s:
            await s.initialize()
            if list_tools:
                tools = await s.list_tools()
                return {"tools": [t.name for t in tools.tools]}
            try:
                res = await s.call_tool(tool, arguments)
            except Exception as e:  # protocol-level error
                return {"isError": True, "text": f"{e}"}
            text = "\n".join(getattr(c, "text", "") for c in res.content)
            return {"isError": bool(getattr(res, "is_error", getattr(res, "isError", False))), "text": text}

if __name__ == "__main__":
    spec = json.loads(sys.argv[1])
    print(json.dumps(asyncio.run(call(spec["command"], spec["args"], spec.get("tool"), spec.get("arguments", {}), spec.get("list", False)))))
