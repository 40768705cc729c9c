"""The row schema of ``tests/corpus/*.jsonl`` and the case type that produces a row.

One argument order everywhere: ``case(tool, params, command, label, **options)``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Literal, Mapping, Sequence, TypedDict

from .labels import INFRA_LABELS, USAGE_LABELS, is_usage

SOURCES = frozenset({"cli", "api", "cli_documented", "documented", "mcp", "sdk"})  # mcp: a real MCP server over stdio; sdk: a real SDK
FIELDS = ("tool", "params", "message", "usage", "category", "infra_kind", "source", "command")
Stream = Literal["auto", "both", "stdout"]


class Row(TypedDict):
    """One labelled message, as documented in tests/corpus/README.md ("Row schema")."""

    tool: str
    params: dict[str, Any]
    message: str
    usage: bool
    category: str | None
    infra_kind: str | None
    source: str
    command: str


def make_row(tool: str, params: Mapping[str, Any], message: str, label: str, *, source: str,
             command: str) -> Row:
    """A row whose usage/category/infra_kind are derived from one label."""
    usage = is_usage(label)
    return Row(tool=tool, params=dict(params), message=message, usage=usage,
               category=label if usage else None, infra_kind=None if usage else label,
               source=source, command=command)


def documented(tool: str, params: Mapping[str, Any], message: str, label: str, command: str) -> Row:
    """A hand-written row (``source: documented``) for a tool or API that is not run here."""
    return make_row(tool, params, message, label, source="documented", command=command)


def row_errors(row: Mapping[str, Any]) -> list[str]:
    """What is wrong with a row against the README schema (empty when it is valid)."""
    errors = []
    if set(row) != set(FIELDS):
        errors.append(f"fields {sorted(row)} != {sorted(FIELDS)}")
    for name in ("tool", "message", "source", "command"):
        if not isinstance(row.get(name), str) or not row.get(name):
            errors.append(f"{name} must be a non-empty string")
    if not isinstance(row.get("params"), dict):
        errors.append("params must be an object")
    message = row.get("message")
    if isinstance(message, str) and message != message.rstrip():
        errors.append("message has trailing whitespace")
    if row.get("source") not in SOURCES:
        errors.append(f"source {row.get('source')!r} not in {sorted(SOURCES)}")
    usage, category, infra = row.get("usage"), row.get("category"), row.get("infra_kind")
    if usage is True:
        if category not in USAGE_LABELS or infra is not None:
            errors.append(f"usage row needs a category and no infra_kind (got {category!r}, {infra!r})")
    elif usage is False:
        if infra not in INFRA_LABELS or category is not None:
            errors.append(f"infrastructure row needs an infra_kind and no category (got {category!r}, {infra!r})")
    else:
        errors.append("usage must be true or false")
    return errors


@dataclass(frozen=True)
class Case:
    """One real run with a wrong usage (or against a broken environment) and its label.

    ``command`` is a bash command line (str) or an argv list. Options:
    ``setup`` (bash run first in a fresh per-case work dir), ``cwd``, ``env`` (None unsets),
    ``stdin``, ``needs`` (executables; default: the argv's first word), ``service``
    (redis | postgres | mariadb must be reachable), ``nobody`` (run as uid 65534), ``ro_mount``
    (a dir made read-only with ``unshare -m``), ``limits`` ({"as": bytes, "nofile": n}),
    ``stream`` (auto: stderr, else stdout; both; stdout), ``ok`` (a zero exit still makes a row),
    ``display`` (the command shown in the row), ``wrap`` (how an agent's tool wrapper reports
    the failure: ``wrap(exit_code, message)``), ``timeout`` (seconds).
    """

    tool: str
    params: Mapping[str, Any]
    command: str | Sequence[str]
    label: str
    setup: str = ""
    cwd: str | None = None
    env: Mapping[str, str | None] = field(default_factory=dict)
    stdin: str | bytes | None = None
    needs: Sequence[str] = ()
    service: str | None = None
    nobody: bool = False
    ro_mount: str | None = None
    limits: Mapping[str, int] | None = None
    stream: Stream = "auto"
    ok: bool = False
    display: str | None = None
    wrap: Callable[[int, str], str] | None = None
    timeout: float = 10

    def __post_init__(self) -> None:
        is_usage(self.label)  # fail at definition time, not after a long run
        if self.stream not in ("auto", "both", "stdout"):
            raise ValueError(f"stream {self.stream!r}")


class Cases(list[Case]):
    """A batch's case registry, in run order (the order fixes the per-case directory names).

    ``needs_first_word``: a shell-line case needs its first word installed unless it says otherwise;
    ``defaults``: options (such as ``timeout``) for every case that does not set them.
    """

    def __init__(self, *, needs_first_word: bool = False, **defaults: Any) -> None:
        super().__init__()
        self.needs_first_word = needs_first_word
        self.defaults = defaults  # options every case of this registry gets unless it says otherwise

    def case(self, tool: str, params: Mapping[str, Any], command: str | Sequence[str], label: str,
             **options: Any) -> Case:
        """Register one case (the same signature as ``Run.case``)."""
        if self.needs_first_word and isinstance(command, str) and not options.get("needs"):
            options["needs"] = (command.split()[0],)
        c = Case(tool, params, command, label, **{**self.defaults, **options})
        self.append(c)
        return c
