"""Logging set-up: one stream per process, JSON lines in workers, `job_id` on every line of a job.

structlog's own lines and the stdlib's (RQ's `rq.worker`, `rq.job`, `rq.cron`, the producers'
`usage_patterns.*`, redis …) go through one root handler whose structlog `ProcessorFormatter`
renders both alike: `{"event", "level", "logger", "timestamp", ...}` plus whatever is bound in
contextvars. RQ's `setup_loghandlers` adds its own plain-text handlers only to a logger with no
effective handler, so with this root handler in place RQ's lines come here too.

`bound_job(job_id)` binds the id for everything logged while a job runs and restores the previous
bindings in `finally` (structlog's bound_contextvars), so a failing job cannot leak its id.
"""
from __future__ import annotations

import logging
import re
import sys
from contextlib import AbstractContextManager
from typing import Any

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class _CurrentStderr:
    """Writes to whatever sys.stderr is now (test runners and daemons swap it)."""

    def write(self, text: str) -> Any:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Ours, so that configuring again replaces it instead of adding a second."""


def _plain_text(_logger: WrappedLogger, _name: str, event_dict: EventDict) -> EventDict:
    """RQ colours queue names and job ids when stdout is a terminal: keep the text, drop the codes."""
    event = event_dict.get("event")
    if isinstance(event, str) and "\x1b" in event:
        event_dict["event"] = _ANSI.sub("", event)
    return event_dict


# RQ announces a dequeued job just before the job starts (so before bound_job): these are its two
# formats (rq 3's BaseWorker.dequeue_job_and_maintain_ttl), the job id their last argument.
_RQ_DEQUEUED = frozenset({"Worker %s: %s: %s (%s)", "Worker %s: %s: %s"})


def _rq_dequeued_job(_logger: WrappedLogger, _name: str, event_dict: EventDict) -> EventDict:
    args, record = event_dict.pop("positional_args", None), event_dict.get("_record")  # pass_foreign_args
    if ("job_id" not in event_dict and record is not None and record.name == "rq.worker"
            and record.msg in _RQ_DEQUEUED and isinstance(args, tuple) and args):
        event_dict["job_id"] = str(args[-1])
    return event_dict


def _cli_line(_logger: WrappedLogger, _name: str, event_dict: EventDict) -> str:
    """A CLI's stderr: `usage-patterns: what happened key=value`, the one prefix its errors carry."""
    for name in ("timestamp", "level", "logger"):
        event_dict.pop(name, None)
    event, trace = str(event_dict.pop("event", "")), event_dict.pop("exception", None)
    line = event if event.startswith("usage-patterns:") else f"usage-patterns: {event}"
    line += "".join(f" {key}={value}" for key, value in event_dict.items())
    return f"{line}\n{trace}" if trace else line


def bound_job(job_id: str | None) -> AbstractContextManager[None]:
    """`with bound_job(job.id):` every line logged inside carries job_id; restored in finally."""
    return structlog.contextvars.bound_contextvars(job_id=job_id)


def configure_logging(json_lines: bool = True, level: int = logging.INFO) -> None:
    """JSON lines (workers, snapshot writer) or a CLI's plain `usage-patterns: …` lines, on stderr."""
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Processor = structlog.processors.JSONRenderer() if json_lines else _cli_line
    handler = _Handler(_CurrentStderr())
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*shared, _rq_dequeued_job, _plain_text], pass_foreign_args=True,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.format_exc_info, renderer],
    ))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=False,
    )
