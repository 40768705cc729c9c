"""The one scenario every agent path must pass, against a real Redis and a real worker:
the same mistake made until learned, then warned, then blocked (the reason in what the
caller reads), the override running the call anyway, and the fixed call passing."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Awaitable, Callable

import anyio

from producers.record import get_recorder, record_tool_result
from worker.storage import UsagePatternStorage

SHORT, FULL = "74ec56e", "74ec56e0c4b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9"
MISTAKE = f"manifest unknown: quay.io/app:{SHORT}"  # what the tool says when given the short SHA
REASON = "is not 40-character full git SHA"  # what the learned pattern says about that call
BLOCKED = "usage-patterns blocked deploy"


@dataclass
class Reply:
    """What the caller (the model) reads back from one tool call."""
    text: str
    error: bool


Call = Callable[[str, bool], Awaitable[Reply]]  # (image_tag, ignore_usage_warning) -> Reply


async def until(predicate: Callable[[], Awaitable[Any]], what: str, attempts: int = 300) -> Any:
    for _ in range(attempts):
        value = await predicate()
        if value:
            return value
        await anyio.sleep(0.1)
    raise AssertionError(f"gave up waiting for {what}")


async def learn_warn_block(call: Call, store: UsagePatternStorage, seed_error: str) -> dict[str, Any]:
    """Drive `call` through the whole progression; returns the learned pattern.

    `seed_error` is the error text the tool's failure is recorded with: the evidence between
    warn (10 observations) and block (100) is that same event, sent through the same queue."""
    def learned() -> int:
        return store.counters().get("events", 0)

    async def learned_at_least(count: int) -> bool:
        return learned() >= count

    calls, warned = 0, None
    while warned is None:
        calls += 1
        assert calls <= 30, "never warned"
        reply = await call(SHORT, False)
        assert reply.error and MISTAKE in reply.text, reply.text  # the call ran and failed
        if REASON in reply.text:
            warned = reply
        await until(lambda: learned_at_least(calls), f"{calls} events learned")
    assert calls > 10, f"warned at call {calls}, before ten observations"
    [pattern] = store.list_patterns()
    assert pattern["tool"] == "deploy" and pattern["mistake_pattern"]["parameter"] == "image_tag"

    seen = learned()
    for _ in range(100 - calls):
        record_tool_result("deploy", {"image_tag": SHORT}, error=seed_error)
    get_recorder().flush()
    await until(lambda: learned_at_least(seen + 100 - calls), "100 observations learned")
    assert [p["id"] for p in store.list_patterns()] == [pattern["id"]]
    assert store.get_pattern(pattern["id"])["confidence"] >= 0.95

    async def blocked() -> Reply | None:
        reply = await call(SHORT, False)
        return reply if BLOCKED in reply.text else None

    reply = await until(blocked, "a block")
    assert reply.error and REASON in reply.text and "ignore_usage_warning" in reply.text
    assert MISTAKE not in reply.text  # the tool never ran

    overridden = await call(SHORT, True)
    assert overridden.error and MISTAKE in overridden.text and BLOCKED not in overridden.text

    fixed = await call(FULL, False)
    assert not fixed.error and f"deployed quay.io/app:{FULL}" in fixed.text and REASON not in fixed.text

    async def prevented() -> bool:
        return store.get_pattern(pattern["id"])["success_after_prevention"] >= 1

    await until(prevented, "the fixed call counted as a prevention")
    return pattern
