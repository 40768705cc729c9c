"""The agent side: record results, check calls before they run, tell a session its pitfalls."""
from .decorator import UsageBlocked, usage_tool
from .record import record_tool_result

__all__ = ["UsageBlocked", "record_tool_result", "usage_tool"]
