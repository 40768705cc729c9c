"""LangChain (`langchain-core>=1.8`; pip extra `usage-patterns[langchain]`).

Your own tools — checked, blocked, recorded:

    from producers.adapters.langchain import usage_tool

    @usage_tool()
    def deploy(image_tag: str) -> str:
        "Deploy the app image with this tag."

`usage_tool` returns a `StructuredTool` with `handle_tool_error=True`: a block is a
`ToolException`, so the model gets the reason as the tool's answer (a `ToolMessage` with
`status="error"`) instead of an exception escaping `invoke()`. `ignore_usage_warning` is in
the tool's args schema; a warning comes before the result, or before the message of a
`ToolException` the warned call raised.

Any other tool — recorded (and checked, for the outcome accounting) by a callback handler:

    agent.invoke(inputs, config={"callbacks": [UsageCallbackHandler()]})

Runs are paired by `run_id`; the session is the run's `session_id` or `thread_id` metadata
(LangGraph sets `thread_id`), else the handler's, else the current `usage_session`. A tool built by `usage_tool` records
itself and is skipped. Outcomes are exact for tool calls (what agents send): a handled
`ToolException` then ends as a `ToolMessage` with `status="error"`.
"""
from __future__ import annotations

import inspect
import logging
from typing import Any, Callable
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import ToolMessage
from langchain_core.tools import StructuredTool, ToolException

from ..decorator import json_value
from ..session import Ticket, current_session
from ._wrap import CallsInFlight, framework_tool

MARK = "usage_patterns"  # tool metadata: this tool checks and records itself
log = logging.getLogger("usage_patterns.langchain")


def usage_tool(tool_name: str | None = None, *, tool_options: dict[str, Any] | None = None,
               **options: Any) -> Callable[[Callable[..., Any]], StructuredTool]:
    """A `StructuredTool` from a function, checked and recorded; `tool_options` go to
    `StructuredTool.from_function` (description, return_direct, response_format, ...)."""

    def build(func: Callable[..., Any]) -> StructuredTool:
        name = tool_name or func.__name__
        checked = framework_tool(ToolException, name, options)(func)
        kwargs: dict[str, Any] = {"name": name, "handle_tool_error": True, **(tool_options or {})}
        kwargs["metadata"] = {**(kwargs.get("metadata") or {}), MARK: True}
        if inspect.iscoroutinefunction(func):
            return StructuredTool.from_function(coroutine=checked, **kwargs)
        return StructuredTool.from_function(func=checked, **kwargs)

    return build


def outcome(output: Any) -> tuple[bool, str | None, str | None]:
    """(ok, error, result) of a finished tool run, from what the tool returned to the model."""
    if isinstance(output, ToolMessage):
        text = output.content if isinstance(output.content, str) else str(json_value(output.content))
        return (False, text, None) if output.status == "error" else (True, None, text)
    return True, None, None if output is None else str(output)


class UsageCallbackHandler(BaseCallbackHandler, CallsInFlight[UUID, Ticket]):
    """Records every tool run's outcome through the one session model (runs paired by `run_id`)."""

    def _session(self, metadata: dict[str, Any] | None) -> str:
        metadata = metadata or {}
        found = metadata.get("session_id") or metadata.get("thread_id")
        return str(found) if found else self.session_id or current_session()[0]

    def on_tool_start(self, serialized: dict[str, Any], input_str: str, *, run_id: UUID,
                      metadata: dict[str, Any] | None = None, inputs: dict[str, Any] | None = None,
                      **kwargs: Any) -> None:
        if (metadata or {}).get(MARK):
            return
        try:
            params = json_value(inputs) if isinstance(inputs, dict) else {"input": input_str}
            ticket = self.sessions.before(self._session(metadata), str((serialized or {}).get("name") or "tool"), params)
            self.hold(run_id, ticket)
        except Exception:  # a callback must never break the run
            log.exception("usage-patterns: could not check a LangChain tool run")

    def _finish(self, run_id: UUID, ok: bool, error: Any, result: str | None) -> None:
        ticket = self.release(run_id)
        if ticket is None:
            return
        try:
            self.sessions.after(ticket, ok=ok, error=error, result=result, user=self.user or current_session()[1])
        except Exception:
            log.exception("usage-patterns: could not record a LangChain tool run")

    def on_tool_end(self, output: Any, *, run_id: UUID, **kwargs: Any) -> None:
        self._finish(run_id, *outcome(output))

    def on_tool_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        self._finish(run_id, False, error, None)
