"""The proxy's message handling, pump by pump, with in-memory pipes (the real client and server
are in tests/integration/test_mcp_proxy.py)."""
from __future__ import annotations

import io
import json
from typing import Any

from producers import mcp_proxy
from producers.checker import PatternCache, UsagePatternChecker
from producers.mcp_proxy import Calls, Proxy, outcome, publish_override, with_warnings

PATTERN = {"id": "deploy-sha", "tool": "deploy", "error_category": "PARAMETER_FORMAT", "observations": 50,
           "root_cause": "short SHA", "mistake_pattern": {"parameter": "image_tag",
                                                          "validation": {"expected": "a full SHA", "regex": "^[0-9a-f]{40}$"}}}


def line(message: Any) -> bytes:
    return json.dumps(message).encode() + b"\n"


def call(request_id: Any, tool: str = "deploy", **arguments: Any) -> bytes:
    return line({"jsonrpc": "2.0", "id": request_id, "method": "tools/call", "params": {"name": tool, "arguments": arguments}})


class Recorded(list):
    def __call__(self, tool: str, params: dict, **fields: Any) -> None:
        self.append({"tool": tool, "params": params, **fields})


def proxy(confidence: float | None = None) -> tuple[Proxy, io.BytesIO, io.BytesIO, Recorded]:
    patterns = [] if confidence is None else [{**PATTERN, "confidence": confidence}]
    recorded = Recorded()
    checker = UsagePatternChecker(PatternCache.from_patterns(patterns))
    server_in, client_out = io.BytesIO(), io.BytesIO()
    return Proxy(server_in, client_out, Calls(checker, recorded)), server_in, client_out, recorded


def sent(stream: io.BytesIO) -> list[dict]:
    return [json.loads(part) for part in stream.getvalue().splitlines()]


def answer(request_id: Any, text: str, is_error: bool = False) -> bytes:
    return line({"jsonrpc": "2.0", "id": request_id, "result": {"content": [{"type": "text", "text": text}], "isError": is_error}})


def test_a_blocked_call_is_answered_by_the_proxy_and_never_reaches_the_server():
    p, server_in, client_out, recorded = proxy(0.97)
    p.from_client(call(7, image_tag="74ec56e"))
    assert server_in.getvalue() == b""
    [reply] = sent(client_out)
    assert reply["id"] == 7 and reply["result"]["isError"] is True
    text = reply["result"]["content"][0]["text"]
    assert text.startswith("usage-patterns blocked deploy:") and "a full SHA" in text and "ignore_usage_warning=true" in text
    [event] = recorded  # an outcome (blocked), not a failure of the tool
    assert event["blocked"] is True and event["warned_patterns"] == ["deploy-sha"] and event["params"] == {"image_tag": "74ec56e"}


def test_a_warned_call_is_forwarded_and_its_result_carries_the_warning_first():
    p, server_in, client_out, recorded = proxy(0.80)
    request = call("a", image_tag="74ec56e")
    p.from_client(request)
    assert server_in.getvalue() == request  # byte for byte
    p.from_server(answer("a", "Error executing tool deploy: manifest unknown", is_error=True))
    [reply] = sent(client_out)
    first, second = reply["result"]["content"]
    assert first["text"].startswith("⚠ usage-patterns: [MEDIUM 80%") and "a full SHA" in first["text"]
    assert second["text"] == "Error executing tool deploy: manifest unknown"
    [event] = recorded
    assert event["ok"] is False and event["error"] == "manifest unknown"  # the SDK's wrapper is not the tool's error
    assert event["warned_patterns"] == ["deploy-sha"] and event["override"] is True


def test_an_override_is_forwarded_without_the_proxys_parameter():
    p, server_in, client_out, recorded = proxy(0.97)
    p.from_client(call(1, image_tag="74ec56e", ignore_usage_warning=True))
    [forwarded] = sent(server_in)
    assert forwarded["params"]["arguments"] == {"image_tag": "74ec56e"}
    p.from_server(answer(1, "deployed"))
    [reply] = sent(client_out)
    assert [item["text"] for item in reply["result"]["content"]] == ["deployed"]  # no warning: the caller chose
    assert recorded[0]["ok"] is True and recorded[0]["override"] is True and recorded[0]["result"] == "deployed"


def test_every_result_is_recorded_with_its_outcome_and_the_sessions_recent_calls():
    p, _, client_out, recorded = proxy()
    p.from_client(call(1, "ping"))
    p.from_server(answer(1, "pong"))
    p.from_client(call(2, "deploy", image_tag="x"))
    p.from_server(line({"jsonrpc": "2.0", "id": 2, "error": {"code": -32602, "message": "Unknown tool", "data": "deploy"}}))
    assert [(e["tool"], e["ok"], e.get("error"), e["recent_calls"]) for e in recorded] == [
        ("ping", True, None, []), ("deploy", False, "Unknown tool: deploy", ["ping"])]
    assert len(sent(client_out)) == 2


def test_requests_from_the_server_and_unknown_ids_pass_untouched():
    p, _, client_out, recorded = proxy(0.80)
    p.from_client(call(1, image_tag="74ec56e"))
    sampling = line({"jsonrpc": "2.0", "id": 1, "method": "sampling/createMessage", "params": {}})
    p.from_server(sampling)  # same id, but a request of the server's: not the call's answer
    p.from_server(answer(99, "not ours"))
    assert client_out.getvalue() == sampling + answer(99, "not ours") and recorded == []


def test_the_override_is_published_in_every_listed_tools_schema():
    p, _, client_out, _ = proxy()
    p.from_client(line({"jsonrpc": "2.0", "id": 3, "method": "tools/list"}))
    tools = [{"name": "deploy", "inputSchema": {"type": "object", "properties": {"image_tag": {"type": "string"}},
                                                "required": ["image_tag"]}},
             {"name": "own", "inputSchema": {"type": "object", "properties": {"ignore_usage_warning": {"type": "string"}}}}]
    p.from_server(line({"jsonrpc": "2.0", "id": 3, "result": {"tools": tools}}))
    [reply] = sent(client_out)
    deploy, own = reply["result"]["tools"]
    assert deploy["inputSchema"]["properties"]["ignore_usage_warning"]["type"] == "boolean"
    assert deploy["inputSchema"]["required"] == ["image_tag"]
    assert own["inputSchema"]["properties"]["ignore_usage_warning"] == {"type": "string"}  # the server's own wins


def test_the_proxy_fails_open_on_garbage_batches_and_its_own_errors():
    p, server_in, client_out, _ = proxy()
    for raw in (b"not json\n", b'[{"jsonrpc":"2.0","id":1,"method":"tools/call"}]\n'):
        p.from_client(raw)
    assert server_in.getvalue() == b'not json\n[{"jsonrpc":"2.0","id":1,"method":"tools/call"}]\n'

    class Broken(Calls):
        def before(self, tool: str, arguments: dict) -> Any:
            raise RuntimeError("bug")

        def after(self, *args: Any) -> None:
            raise RuntimeError("bug")

    broken = Proxy(io.BytesIO(), io.BytesIO(), Broken(UsagePatternChecker(PatternCache.from_patterns([])), Recorded()))
    request = call(5, image_tag="x")
    broken.from_client(request)
    assert broken.server_in.getvalue() == request  # type: ignore[attr-defined]
    broken.pending["5"] = mcp_proxy.Pending("call", None, [])
    broken.from_server(answer(5, "ok"))
    assert broken.client_out.getvalue() == answer(5, "ok")  # type: ignore[attr-defined]


def test_a_cancelled_or_unfinished_call_is_not_recorded():
    p, _, _, recorded = proxy()
    p.from_client(call(1, "ping"))
    p.from_client(line({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1}}))
    p.from_server(answer(1, "late"))
    p.from_client(call(2, "ping"))
    p.from_server(line({"jsonrpc": "2.0", "id": 2, "result": {"resultType": "input_required", "inputRequests": {}}}))
    assert recorded == [] and "2" in p.pending


def test_outcomes_of_results():
    assert outcome({"result": {"content": [], "structuredContent": {"n": 1}}}) == (True, None, '{"n": 1}')
    assert outcome({"result": {"content": [{"type": "image", "data": "..."}], "isError": True}}) == (False, "tool error", None)
    assert outcome({"error": "boom"}) == (False, "boom", None)
    assert with_warnings({"error": {"message": "x"}}, ["w"]) == {"error": {"message": "x"}}
    assert publish_override({"result": {}}) == {"result": {}}


def test_main_says_what_is_wrong_with_its_command(capsys):
    assert mcp_proxy.main([]) == 2
    assert mcp_proxy.main(["/no/such/server"]) == 2
    assert "cannot start /no/such/server" in capsys.readouterr().err
