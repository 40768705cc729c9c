"""The MCP proxy in front of an unmodified SDK server, driven by the SDK's own stdio client,
against a real Redis and a real `rq worker` started from the Procfile: the same mistake is
made until learned, then warned, then blocked; the override and the fixed call go through."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import anyio
from mcp import Client, StdioServerParameters

from producers.record import get_recorder, record_tool_result
from tests.conftest import REPO
from tests.integration.learning import until
from worker.storage import UsagePatternStorage

SERVER = REPO / "tests" / "fixtures" / "mcp_deploy_server.py"
SHORT, FULL = "74ec56e", "74ec56e0c4b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9"
WARNING = "⚠ usage-patterns:"


def proxy_params(env: dict[str, str], *server: str) -> StdioServerParameters:
    """The proxy as a user configures it in an MCP client: the console script, then the server's command."""
    script = Path(sys.executable).parent / "usage-patterns"
    assert script.exists(), "the package is not installed (pip install -e '.[test]')"
    command = [str(script), "mcp-proxy", "--"]
    return StdioServerParameters(command=command[0], args=[*command[1:], *server], env=dict(env), cwd=str(REPO))


def texts(result: Any) -> list[str]:
    return [item.text for item in result.content]


def test_the_proxy_learns_a_third_party_servers_mistake_then_warns_then_blocks(env, processes, redis):
    processes.start("worker")
    store = UsagePatternStorage(redis, env["USAGE_PATTERNS_KEY_PREFIX"])

    def learned() -> int:
        return store.counters().get("events", 0)

    async def scenario() -> None:
        async with Client(proxy_params(env, sys.executable, str(SERVER))) as client:
            listed = {tool.name: tool.input_schema for tool in (await client.list_tools()).tools}
            assert listed["deploy"]["properties"]["ignore_usage_warning"]["type"] == "boolean"
            assert listed["deploy"]["required"] == ["image_tag"]  # the server's own schema is kept

            # Learn: the same short-SHA mistake, each failure recorded and learned before the next call.
            calls, first_warned = 0, None
            while first_warned is None:
                calls += 1
                assert calls <= 30, "never warned"
                result = await client.call_tool("deploy", {"image_tag": SHORT})
                assert result.is_error and texts(result)[-1].endswith(f"manifest unknown: quay.io/app:{SHORT}")
                if texts(result)[0].startswith(WARNING):
                    first_warned = calls
                    warning = texts(result)[0]
                await until(lambda: _at_least(learned, calls), f"{calls} events learned")
            assert first_warned > 10  # nothing before ten observations (confidence 0.75)
            assert "40-character full git SHA" in warning and "image_tag='74ec56e'" in warning
            [pattern] = store.list_patterns()
            assert pattern["tool"] == "deploy" and pattern["mistake_pattern"]["parameter"] == "image_tag"
            # The template is the tool's own error, not the SDK's "Error executing tool deploy:" wrapper.
            assert pattern["mistake_pattern"]["error_template"].startswith("manifest unknown")

            # Evidence piles up (the same failing event, through the same queue) until the block threshold.
            seen = learned()
            for _ in range(100 - calls):
                record_tool_result("deploy", {"image_tag": SHORT}, error=f"manifest unknown: quay.io/app:{SHORT}")
            get_recorder().flush()
            await until(lambda: _at_least(learned, seen + 100 - calls), "100 observations learned")
            assert store.get_pattern(pattern["id"])["confidence"] >= 0.95

            async def blocked() -> Any:
                result = await client.call_tool("deploy", {"image_tag": SHORT})
                return result if "usage-patterns blocked deploy" in texts(result)[0] else None

            result = await until(blocked, "a block")
            assert result.is_error and len(result.content) == 1
            assert "40-character full git SHA" in texts(result)[0] and "ignore_usage_warning=true" in texts(result)[0]
            assert "manifest unknown" not in texts(result)[0]  # the server never ran the call

            # The override is forwarded (the server answers, with its own error), the proxy's parameter stripped.
            overridden = await client.call_tool("deploy", {"image_tag": SHORT, "ignore_usage_warning": True})
            assert overridden.is_error and texts(overridden)[-1].endswith(f"manifest unknown: quay.io/app:{SHORT}")

            # The fixed call passes, unwarned, and counts as a prevention of the pattern that blocked.
            fixed = await client.call_tool("deploy", {"image_tag": FULL})
            assert not fixed.is_error and texts(fixed) == [f"deployed quay.io/app:{FULL} to default"]
            await until(lambda: _prevented(store, pattern["id"]), "the prevention counted")

    anyio.run(scenario)


async def _at_least(count: Callable[[], int], target: int) -> bool:
    return count() >= target


async def _prevented(store: UsagePatternStorage, pattern_id: str) -> bool:
    return store.get_pattern(pattern_id)["success_after_prevention"] >= 1


def test_the_proxy_is_transparent_for_a_legacy_client_and_passes_the_servers_exit_code(env):
    async def scenario() -> None:
        async with Client(proxy_params(env, sys.executable, str(SERVER)), mode="legacy") as client:
            assert client.protocol_version < "2026"
            assert texts(await client.call_tool("ping", {})) == ["pong"]
            assert (await client.call_tool("deploy", {"image_tag": FULL})).is_error is False

    anyio.run(scenario)
    done = subprocess.run([str(Path(sys.executable).parent / "usage-patterns"), "mcp-proxy", "--", sys.executable, "-c",
                           "raise SystemExit(3)"],
                          stdin=subprocess.DEVNULL, capture_output=True, cwd=REPO, timeout=60)
    assert done.returncode == 3
