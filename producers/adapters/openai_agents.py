"""OpenAI Agents SDK (`openai-agents>=0.24`; pip extra `usage-patterns[openai-agents]`).

    from agents import Agent, Runner
    from producers.adapters.openai_agents import UsageGuard

    guard = UsageGuard()

    @guard.function_tool
    def deploy(image_tag: str) -> str: ...

    agent = Agent(name="ops", tools=[deploy])
    await Runner.run(agent, "...", hooks=guard.hooks)

`guard.function_tool` is the SDK's `function_tool` with the guard's pieces attached:
- a `tool_input_guardrail` that checks the call: a block rejects it with the reason as the
  tool's output (what the model reads), never "An error occurred… Please try again";
- a `tool_output_guardrail` that puts a warning before the tool's output;
- a `failure_error_function` that hands the model the tool's own error and marks the
  call failed for the hooks;
- `ignore_usage_warning` in the published parameters (a block the model overrides runs).
`guard.hooks` (RunHooks) records each call's outcome through the one session model; tools
without the guard's pieces are recorded too. The session is the guard's, else the current
`producers.session.usage_session`.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from agents import (FunctionTool, RunContextWrapper, RunHooks, ToolGuardrailFunctionOutput, ToolInputGuardrail,
                    ToolOutputGuardrail, function_tool)
from agents.tool_guardrails import ToolInputGuardrailData, ToolOutputGuardrailData

from ..decorator import OVERRIDE_KWARG, UsageBlocked
from ..session import Ticket, current_session
from ._wrap import CallsInFlight, with_warnings

SDK_FAILURE = "An error occurred while running the tool."  # the SDK's default failure text
OVERRIDE_SCHEMA = {"type": "boolean", "description": "Set true only if you are sure: runs a call that "
                                                     "usage-patterns blocked as a repeat of a known mistake."}
log = logging.getLogger("usage_patterns.openai_agents")


@dataclass
class _Call:
    ticket: Ticket
    warnings: list[str] = field(default_factory=list)
    error: Any = None
    output: str | None = None  # the tool's own output, before a warning is put in front of it


def publish_override(tool: FunctionTool) -> FunctionTool:
    """Offer `ignore_usage_warning` in the tool's JSON schema (strict schemas list it as required)."""
    schema = tool.params_json_schema
    properties = schema.setdefault("properties", {})
    if OVERRIDE_KWARG not in properties:
        properties[OVERRIDE_KWARG] = dict(OVERRIDE_SCHEMA)
        if tool.strict_json_schema:
            schema.setdefault("required", []).append(OVERRIDE_KWARG)
    return tool


def _arguments(context: Any) -> dict[str, Any]:
    try:
        parsed = json.loads(getattr(context, "tool_arguments", "") or "{}")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {"input": parsed}


def _call_id(context: Any) -> str:
    return str(getattr(context, "tool_call_id", id(context)))


class UsageGuard(CallsInFlight[str, _Call]):
    """The guardrails, failure function and run hooks of one app, sharing calls by tool call id."""

    def __init__(self, session_id: str | None = None, user: str | None = None, *, checker: Any = None,
                 record: Callable[..., Any] | None = None) -> None:
        super().__init__(session_id, user, checker=checker, record=record)
        self.input_guardrail: ToolInputGuardrail[Any] = ToolInputGuardrail(self._check, name="usage_patterns_check")
        self.output_guardrail: ToolOutputGuardrail[Any] = ToolOutputGuardrail(self._warn, name="usage_patterns_warn")
        self.hooks = _Hooks(self)

    # ------------------------------------------------------------------ one call's life
    def _session(self) -> tuple[str, str | None]:
        session, user = current_session()
        return self.session_id or session, self.user or user

    def _begin(self, context: Any, tool_name: str) -> _Call:
        arguments = _arguments(context)
        arguments.pop(OVERRIDE_KWARG, None)
        call = _Call(self.sessions.before(self._session()[0], tool_name, arguments))
        self.hold(_call_id(context), call)
        return call

    def _call(self, context: Any) -> _Call | None:
        return self.peek(_call_id(context))

    def _check(self, data: ToolInputGuardrailData) -> ToolGuardrailFunctionOutput:
        try:
            context = data.context
            call = self._begin(context, context.tool_name)
            check = call.ticket.check
            if call.ticket.blocked and _arguments(context).get(OVERRIDE_KWARG) is not True:
                self.release(_call_id(context))
                self.sessions.blocked(call.ticket, self._session()[1])
                return ToolGuardrailFunctionOutput.reject_content(str(UsageBlocked(context.tool_name, check)),
                                                                  output_info=check)
            if call.ticket.blocked:
                log.warning("usage-patterns: block of %s overridden by the model: %s", context.tool_name, check["warnings"])
            call.warnings = list(check["warnings"])
            return ToolGuardrailFunctionOutput.allow(output_info=check)
        except Exception:  # a broken check allows the call
            log.exception("usage-patterns: tool input guardrail failed; allowing the call")
            return ToolGuardrailFunctionOutput.allow()

    def _warn(self, data: ToolOutputGuardrailData) -> ToolGuardrailFunctionOutput:
        call = self._call(data.context)
        if call is not None:
            call.output = None if data.output is None else str(data.output)
        if call is None or not call.warnings:
            return ToolGuardrailFunctionOutput.allow()
        return ToolGuardrailFunctionOutput.reject_content(with_warnings(str(data.output), call.warnings))

    def tool_error(self, context: RunContextWrapper[Any], error: Exception) -> str:
        """The SDK's `failure_error_function`: the model reads the tool's own error."""
        call = self._call(context)
        if call is not None:
            call.error = error
        return f"{type(error).__name__}: {error}"

    def finish(self, context: Any, tool_name: str, result: Any) -> None:
        call = self.release(_call_id(context))
        if call is None:
            return
        text = call.output if call.output is not None else "" if result is None else str(result)
        error = call.error if call.error is not None else (text if SDK_FAILURE in text else None)
        self.sessions.after(call.ticket, ok=error is None, error=error, result=None if error is not None else text,
                            user=self._session()[1])

    # ------------------------------------------------------------------ building tools
    def function_tool(self, func: Callable[..., Any] | None = None, **options: Any) -> Any:
        """`agents.function_tool` with this guard attached (as `@guard.function_tool` or with options)."""
        def build(function: Callable[..., Any]) -> FunctionTool:
            options.setdefault("failure_error_function", self.tool_error)
            options["tool_input_guardrails"] = [*options.get("tool_input_guardrails", []), self.input_guardrail]
            options["tool_output_guardrails"] = [*options.get("tool_output_guardrails", []), self.output_guardrail]
            return publish_override(function_tool(function, **options))
        return build(func) if func is not None else build


class _Hooks(RunHooks[Any]):
    """Run hooks: a call the guardrail did not see is checked at start; every call is recorded at its end."""

    def __init__(self, guard: UsageGuard) -> None:
        self.guard = guard

    async def on_tool_start(self, context: RunContextWrapper[Any], agent: Any, tool: Any) -> None:
        try:
            if self.guard._call(context) is None:
                self.guard._begin(context, getattr(tool, "name", "tool"))
        except Exception:
            log.exception("usage-patterns: could not check an agent tool call")

    async def on_tool_end(self, context: RunContextWrapper[Any], agent: Any, tool: Any, result: Any) -> None:
        try:
            self.guard.finish(context, getattr(tool, "name", "tool"), result)
        except Exception:
            log.exception("usage-patterns: could not record an agent tool call")
