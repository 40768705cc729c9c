import json, subprocess, sys
def mcp_call(argv, calls, cwd=None, env=None):
    """Start an MCP stdio server, initialize, run tools/call for each (name, args); return list of results."""
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=cwd, env=env)
    def send(m): p.stdin.write(json.dumps(m) + "\n"); p.stdin.flush()
    def recv(i):
        while True:
            line = p.stdout.readline()
            if not line: return None
            try: m = json.loads(line)
            except ValueError: continue
            if m.get("id") == i: return m
    send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bp8", "version": "1"}}})
    recv(0); send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    out = []
    for i, (name, args) in enumerate(calls, 1):
        send({"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {"name": name, "arguments": args}})
        out.append(recv(i))
    p.stdin.close(); p.terminate(); p.wait()
    return out
if __name__ == "__main__":
    print(json.dumps(mcp_call(json.loads(sys.argv[1]), json.loads(sys.argv[2])), indent=1))
