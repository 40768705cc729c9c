"""A stdio MCP proxy: learning and prevention for any MCP server, without touching its code.

    usage-patterns mcp-proxy -- npx -y @modelcontextprotocol/server-github

The client talks to the proxy as it would to the server; the proxy spawns the server and
forwards every newline-delimited JSON-RPC message both ways, unchanged, except:
- `tools/call`: checked first. A block is answered here with an `isError` result carrying
  the reason (the server never sees the call); a warning is prepended to the server's
  result as a text item. Every result is recorded (isError or a JSON-RPC error → failure).
- `tools/list`: each tool's input schema gains `ignore_usage_warning` (boolean), so the
  override the block message offers is a published parameter; the proxy strips it from
  the arguments before forwarding.
It fails open: a message it cannot read, or an error of its own, forwards the message as it
came. JSON-RPC batches (dropped from MCP in 2025-06-18) pass through unchecked.
"""
from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from typing import IO, Any, Callable

from .session import MemorySessionState, Sessions, Ticket, current_session

OVERRIDE = "ignore_usage_warning"
OVERRIDE_SCHEMA = {"type": "boolean", "default": False,
                   "description": "Set true only if you are sure: runs a call that usage-patterns blocked "
                                  "as a repeat of a known mistake."}
log = logging.getLogger("usage_patterns.mcp_proxy")
Message = dict[str, Any]
_SDK_PREFIX = re.compile(r"^Error executing tool [^:\s]+: ")  # the MCP SDK's wrapper around a tool's own error


# ------------------------------------------------------------------ pure core: messages in, messages out
def parse(line: bytes) -> Message | None:
    """A single JSON-RPC message, or None (a batch, a blank or broken line: forwarded as is)."""
    try:
        message = json.loads(line)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def encode(message: Message) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def tool_call(message: Message) -> tuple[str, dict[str, Any], bool] | None:
    """(tool, arguments without the override, override) of a `tools/call` request, else None."""
    if message.get("method") != "tools/call" or "id" not in message:
        return None
    params: dict[str, Any] = message["params"] if isinstance(message.get("params"), dict) else {}
    arguments: dict[str, Any] = params["arguments"] if isinstance(params.get("arguments"), dict) else {}
    override = arguments.get(OVERRIDE) is True
    return str(params.get("name")), {k: v for k, v in arguments.items() if k != OVERRIDE}, override


def without_override(message: Message) -> Message:
    """The request as the server should see it: the proxy's own parameter removed."""
    params = dict(message.get("params") or {})
    if isinstance(params.get("arguments"), dict) and OVERRIDE in params["arguments"]:
        params["arguments"] = {k: v for k, v in params["arguments"].items() if k != OVERRIDE}
        return {**message, "params": params}
    return message


def blocked_response(request_id: Any, reason: str) -> Message:
    """An isError CallToolResult: what the model reads instead of the call's result."""
    return {"jsonrpc": "2.0", "id": request_id,
            "result": {"content": [{"type": "text", "text": reason}], "isError": True, "resultType": "complete"}}


def block_reason(tool: str, warnings: list[str]) -> str:
    return (f"usage-patterns blocked {tool}: {'; '.join(warnings)}. Fix the call, or pass "
            f"{OVERRIDE}=true if you are sure.")


def with_warnings(response: Message, warnings: list[str]) -> Message:
    """The server's result with the warnings first, as one text item."""
    result = response.get("result")
    if not warnings or not isinstance(result, dict) or not isinstance(result.get("content"), list):
        return response
    note = {"type": "text", "text": "\n".join(f"⚠ usage-patterns: {w}" for w in warnings)}
    return {**response, "result": {**result, "content": [note, *result["content"]]}}


def _text(result: dict[str, Any]) -> str:
    parts = [str(item.get("text", "")) for item in result.get("content") or [] if isinstance(item, dict)
             and item.get("type") == "text"]
    return "\n".join(part for part in parts if part)


def outcome(response: Message) -> tuple[bool, str | None, str | None] | None:
    """(ok, error, result text) of a tools/call response; None while it is not final (input_required)."""
    if "error" in response:
        error = response.get("error") or {}
        text = str(error.get("message", "")) if isinstance(error, dict) else str(error)
        if isinstance(error, dict) and error.get("data") not in (None, ""):
            text += f": {error['data']}"
        return False, text or "JSON-RPC error", None
    result = response.get("result")
    if not isinstance(result, dict) or result.get("resultType", "complete") != "complete":
        return None
    text = _text(result)
    if result.get("isError"):
        return False, _SDK_PREFIX.sub("", text) or "tool error", None
    if not text and result.get("structuredContent") is not None:
        text = json.dumps(result["structuredContent"], ensure_ascii=False)[:500]
    return True, None, text[:500] or None


def publish_override(response: Message) -> Message:
    """A tools/list result whose tools offer `ignore_usage_warning` (unless a tool has its own)."""
    result = response.get("result")
    if not isinstance(result, dict) or not isinstance(result.get("tools"), list):
        return response
    tools = []
    for tool in result["tools"]:
        schema = tool.get("inputSchema") if isinstance(tool, dict) else None
        if isinstance(schema, dict) and OVERRIDE not in (schema.get("properties") or {}):
            tool = {**tool, "inputSchema": {**schema, "properties": {**(schema.get("properties") or {}),
                                                                     OVERRIDE: OVERRIDE_SCHEMA}}}
        tools.append(tool)
    return {**response, "result": {**result, "tools": tools}}


# ------------------------------------------------------------------ the session (the shared model)
@dataclass
class Pending:
    """A forwarded request the proxy waits to see answered."""
    kind: str  # "call" or "list"
    ticket: Ticket | None = None
    warnings: list[str] = field(default_factory=list)


class Calls:
    """This MCP session's calls through the one session model: check before, outcome after.
    One proxy process serves one MCP session, so the process's session is the MCP session."""

    def __init__(self, checker: Any = None, record: Callable[..., Any] | None = None,
                 session_id: str | None = None, user: str | None = None) -> None:
        self.sessions = Sessions(MemorySessionState(), checker, record)
        self.session_id, self.user = (session_id, user) if session_id else current_session()

    def before(self, tool: str, arguments: dict[str, Any]) -> Ticket:
        return self.sessions.before(self.session_id, tool, arguments)

    def blocked(self, ticket: Ticket) -> None:
        self.sessions.blocked(ticket, self.user)

    def after(self, ticket: Ticket, ok: bool, error: str | None, result: str | None) -> None:
        self.sessions.after(ticket, ok=ok, error=error, result=result, user=self.user)


# ------------------------------------------------------------------ the shell: two pumps
class Proxy:
    def __init__(self, server_in: IO[bytes], client_out: IO[bytes], calls: Calls) -> None:
        self.server_in = server_in
        self.client_out = client_out
        self.calls = calls
        self.pending: dict[Any, Pending] = {}
        self._lock = threading.Lock()  # both pumps write to the client

    def _to_client(self, data: bytes) -> None:
        with self._lock:
            self.client_out.write(data)
            self.client_out.flush()

    def _to_server(self, data: bytes) -> None:
        self.server_in.write(data)
        self.server_in.flush()

    def from_client(self, line: bytes) -> None:
        """One line from the client: checked if it is a tool call, then forwarded (or answered)."""
        try:
            forward = self._client_message(line)
        except Exception:  # fail open: our bug must not cost the session its message
            log.exception("usage-patterns: mcp-proxy could not inspect a client message; forwarded as is")
            forward = line
        if forward is not None:
            self._to_server(forward)

    def _client_message(self, line: bytes) -> bytes | None:
        message = parse(line)
        if message is None:
            return line
        method = message.get("method")
        if method == "tools/list" and "id" in message:
            self.pending[_key(message["id"])] = Pending("list")
        elif method == "notifications/cancelled":
            self.pending.pop(_key((message.get("params") or {}).get("requestId")), None)
        call = tool_call(message)
        if call is None:
            return line
        tool, arguments, override = call
        ticket = self.calls.before(tool, arguments)
        check = ticket.check
        if check["decision"] == "block" and not override:
            self.calls.blocked(ticket)
            self._to_client(encode(blocked_response(message["id"], block_reason(tool, check["warnings"]))))
            return None
        if check["decision"] == "block":
            log.warning("usage-patterns: block of %s overridden by the caller: %s", tool, check["warnings"])
        self.pending[_key(message["id"])] = Pending("call", ticket, [] if override else list(check["warnings"]))
        return encode(without_override(message)) if override else line

    def from_server(self, line: bytes) -> None:
        """One line from the server: a response to a call is recorded (and warned), then passed on."""
        try:
            forward = self._server_message(line)
        except Exception:
            log.exception("usage-patterns: mcp-proxy could not inspect a server message; forwarded as is")
            forward = line
        self._to_client(forward)

    def _server_message(self, line: bytes) -> bytes:
        message = parse(line)
        if message is None or "method" in message or "id" not in message:
            return line  # not a response: a server request or notification
        pending = self.pending.get(_key(message["id"]))
        if pending is None:
            return line
        if pending.kind == "list":
            del self.pending[_key(message["id"])]
            return encode(publish_override(message))
        done = outcome(message)
        if done is None:
            return line  # input_required: the client asks again with a new request
        del self.pending[_key(message["id"])]
        ok, error, result = done
        assert pending.ticket is not None
        try:
            self.calls.after(pending.ticket, ok, error, result)
        except Exception:
            log.exception("usage-patterns: mcp-proxy could not record a result")
        return encode(with_warnings(message, pending.warnings)) if pending.warnings else line


def _key(request_id: Any) -> str:
    """JSON-RPC ids are strings or numbers; 1 and "1" are different requests."""
    return json.dumps(request_id)


def _pump(source: IO[bytes], handle: Callable[[bytes], None], done: Callable[[], None]) -> None:
    try:
        for line in iter(source.readline, b""):
            handle(line)
    except (BrokenPipeError, ValueError, OSError):
        pass
    finally:
        done()


def _close(stream: IO[bytes] | None) -> None:
    try:
        if stream is not None:
            stream.close()
    except OSError:
        pass


def main(command: list[str], calls: Calls | None = None) -> int:
    """Run `command` as the MCP server behind this process's stdin/stdout; its exit code is ours."""
    if not command:
        print("usage-patterns: mcp-proxy: give the MCP server's command after --", file=sys.stderr)
        return 2
    try:
        server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    except OSError as exc:
        print(f"usage-patterns: mcp-proxy: cannot start {command[0]}: {exc}", file=sys.stderr)
        return 2
    assert server.stdin is not None and server.stdout is not None
    server_in, server_out = server.stdin, server.stdout
    try:
        proxy = Proxy(server_in, sys.stdout.buffer, calls or Calls())
        forward_in: Callable[[bytes], None] = proxy.from_client
        forward_out: Callable[[bytes], None] = proxy.from_server
    except Exception:  # no checker or recorder: still a working MCP session, just not a learning one
        log.exception("usage-patterns: mcp-proxy cannot check or record; forwarding only")
        forward_in, forward_out = _writer(server_in), _writer(sys.stdout.buffer)
    upstream = threading.Thread(target=_pump, args=(sys.stdin.buffer, forward_in, lambda: _close(server_in)),
                                daemon=True, name="mcp-proxy-client")
    upstream.start()
    _pump(server_out, forward_out, lambda: None)
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        return server.wait()


def _writer(stream: IO[bytes]) -> Callable[[bytes], None]:
    def write(line: bytes) -> None:
        stream.write(line)
        stream.flush()
    return write


if __name__ == "__main__":  # python -m producers.mcp_proxy -- COMMAND...
    args = sys.argv[1:]
    sys.exit(main(args[1:] if args[:1] == ["--"] else args))
