"""`usage-patterns`: a click group, one function per verb, in RQ's CLI style.

Exit codes: 0 success, 2 bad input (one line on stderr), 1 when a needed service (Redis) is
unreachable. Shared options are declared once and bound to the environment; the Redis
connection opens only when a command first asks for it, and nothing heavier than click and
the stdlib is imported before a command runs (`--help` never imports redis or rq).
"""
from __future__ import annotations

import json
import os
import re
import sys
from functools import cached_property, update_wrapper
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

import click

from . import inputs
from .hook_entry import HOOK_EVENTS
from .inputs import CommandError

if TYPE_CHECKING:
    from redis import Redis

    from worker.config import Settings
    from worker.storage import UsagePatternStorage

PROG = "usage-patterns"
F = TypeVar("F", bound=Callable[..., Any])


# ---------------------------------------------------------------------------- shared options
class CliConfig:
    """What every command shares: settings from options/environment, a connection opened on first use."""

    def __init__(self, redis_url: str | None = None, memory_dir: str | None = None, queue: str | None = None,
                 key_prefix: str | None = None) -> None:
        # Given options win over the environment; they are written back to it so that the code a
        # command calls (recorder, jobs) reads the same settings as the command itself.
        for name, value in (("REDIS_URL", redis_url), ("USAGE_PATTERNS_MEMORY_DIR", memory_dir),
                            ("USAGE_PATTERNS_QUEUE", queue), ("USAGE_PATTERNS_KEY_PREFIX", key_prefix)):
            if value is not None:
                os.environ[name] = value

    @cached_property
    def settings(self) -> Settings:
        from worker.config import load_settings

        return load_settings()

    @cached_property
    def redis(self) -> Redis:
        """A connection that answered a PING, else CommandError exit 1."""
        from . import services

        redis = services.connect(self.settings)
        services.require_redis(redis, self.settings)
        return redis

    @cached_property
    def store(self) -> UsagePatternStorage:
        from . import services

        return services.storage(self.settings, self.redis)


SHARED_OPTIONS = [
    click.option("--redis-url", envvar="REDIS_URL", show_envvar=True, metavar="URL",
                 help="Redis holding the queues and the live pattern store [default: redis://localhost:6379/0]."),
    click.option("--memory-dir", envvar="USAGE_PATTERNS_MEMORY_DIR", show_envvar=True, metavar="DIR",
                 help="Directory of learned/usage_patterns.yaml (snapshot) and rules/*.yaml [default: ./memory]."),
    click.option("--queue", envvar="USAGE_PATTERNS_QUEUE", show_envvar=True, metavar="NAME",
                 help="Events queue; maintenance uses NAME-maintenance [default: usage-events]."),
    click.option("--key-prefix", envvar="USAGE_PATTERNS_KEY_PREFIX", show_envvar=True, metavar="PREFIX",
                 help="Prefix of every key of the live store [default: usage:]."),
]


def _quiet_logging() -> None:
    """Warnings and errors on stderr as text: stdout is for results only (configured when a command runs)."""
    import logging

    from worker.logs import configure_logging

    configure_logging(json_lines=False, level=logging.WARNING)


def _plain_logging() -> None:
    """The same, stdlib only, for commands that run no worker code (`record`): no structlog import."""
    import logging

    root = logging.getLogger()
    if not any(getattr(handler, "usage_patterns_plain", False) for handler in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler.usage_patterns_plain = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.WARNING)


def _with_config(setup_logging: Callable[[], None]) -> Callable[[F], F]:
    """Add the shared options to a command and hand it a CliConfig built from them (rq's pass_cli_config)."""
    def decorate(func: F) -> F:
        def wrapper(*args: Any, redis_url: str | None, memory_dir: str | None, queue: str | None,
                    key_prefix: str | None, **kwargs: Any) -> Any:
            setup_logging()
            return func(CliConfig(redis_url, memory_dir, queue, key_prefix), *args, **kwargs)

        wrapped: Any = update_wrapper(wrapper, func)
        for option in reversed(SHARED_OPTIONS):
            wrapped = option(wrapped)
        return wrapped  # type: ignore[no-any-return]
    return decorate


pass_config = _with_config(_quiet_logging)
pass_light_config = _with_config(_plain_logging)  # one-shot commands: every tool call may pay for them


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def show_command(group: click.Group, id_argument: str) -> Callable[[F], F]:
    """`GROUP show ID [--json]`: the command showing one item of a listing."""
    def decorate(func: F) -> F:
        return group.command("show")(click.argument(id_argument, metavar="ID")(json_option(pass_config(func))))  # type: ignore[return-value]
    return decorate


def emit(data: Any, as_json: bool, text: str | None = None) -> None:
    if as_json or text is None:
        click.echo(json.dumps(data, indent=2, default=str, ensure_ascii=False))
    elif text:
        click.echo(text)


def emit_rows(rows: list[dict[str, Any]], as_json: bool, line: Callable[[dict[str, Any]], str], none: str) -> None:
    """A listing: JSON, or one line a row (`none` when there is no row)."""
    emit(rows, as_json, "\n".join(map(line, rows)) or none)


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("usage-patterns")
        except PackageNotFoundError:  # running from a checkout that was never installed
            number = "unknown"
        click.echo(f"{PROG} {number}")
        ctx.exit(0)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Print the version and exit.")
def cli() -> None:
    """Learns from AI agents' tool-call mistakes and stops them repeating them.

    Exit codes: 0 success, 1 Redis (or another needed service) unreachable, 2 bad input.
    """


# ---------------------------------------------------------------------------- learning side
@cli.command()
@click.option("--tool", required=True, help="Tool name as the agent called it (e.g. git_checkout).")
@click.option("--params", default="{}", show_default=True, metavar="JSON", help="The call's parameters, a JSON object.")
@click.option("--error", required=True, help="The error message the tool returned.")
@click.option("--result", default="", help="The tool's result text, when it has one beside the error.")
@click.option("--explain", "show_why", is_flag=True, help="Also show which rules and signals fired and why.")
@json_option
@pass_config
def classify(config: CliConfig, tool: str, params: str, error: str, result: str, show_why: bool,
             as_json: bool) -> None:
    """Classify one error: usage mistake (with category) or infrastructure fault."""
    from worker.classifier import classify_error_type
    from worker.rules import load_rules

    parsed = inputs.json_object(params, "--params")
    if show_why:
        _explain(config, tool, parsed, error, result, as_json)
        return
    rules = load_rules(config.settings.rules_dir)  # a refused pack is left out (see `status`, `rules test`)
    found = classify_error_type(tool, parsed, error, result, rules=rules)
    from worker.records import label
    emit(found, as_json, f"{label(found)} (confidence {found['confidence']:.2f}, learnable={found['learnable']}) "
                         f"rule={found['evidence'].get('rule')} parameter={found['evidence'].get('parameter')}")


def _explain(config: CliConfig, tool: str, params: dict[str, Any] | None, error: str, result: str, as_json: bool) -> None:
    from worker.explain import explain, explain_text
    from worker.rules import load_rules

    found = explain(tool, params, error, result, rules=load_rules(config.settings.rules_dir))
    emit(found, as_json, explain_text(found))


@cli.group()
def rules() -> None:
    """Explain a classification; run the examples rule packs carry."""


@rules.command("explain")
@click.option("--tool", required=True, help="Tool name as the agent called it.")
@click.option("--params", default="{}", show_default=True, metavar="JSON", help="The call's parameters, a JSON object.")
@click.option("--error", required=True, help="The error message the tool returned.")
@click.option("--result", default="", help="The tool's result text, when it has one beside the error.")
@json_option
@pass_config
def rules_explain(config: CliConfig, tool: str, params: str, error: str, result: str, as_json: bool) -> None:
    """Which rules and general signals fired for a message, which one decided, and why."""
    _explain(config, tool, inputs.json_object(params, "--params"), error, result, as_json)


@rules.command("test")
@click.argument("pack", required=False, type=click.Path(path_type=Path))
@click.option("--builtin", is_flag=True, help="Also run the built-in packs' examples.")
@json_option
@pass_config
def rules_test(config: CliConfig, pack: Path | None, builtin: bool, as_json: bool) -> None:
    """Run the examples of PACK (a file or directory; default: memory/rules/). Exit 1 if one fails."""
    from worker.explain import run_pack_examples

    target = pack if pack is not None else config.settings.rules_dir
    if pack is not None and not pack.exists():
        raise CommandError(f"no such rule pack: {pack}")
    reports = run_pack_examples(target, builtin=builtin)
    lines = [f"{r['file']}: " + (f"REFUSED {r['refused']}" if r.get("refused") else
                                 f"{r['passed']}/{r['examples']} examples hold")
             + "".join(f"\n  FAIL {f}" for f in r["failures"]) for r in reports]
    emit(reports, as_json, "\n".join(lines) or f"no rule packs in {target}")
    if any(r.get("refused") or r["failures"] for r in reports):
        raise SystemExit(1)


@cli.command()
@click.option("--tool", required=True, help="Tool name as the agent called it.")
@click.option("--params", default="{}", show_default=True, metavar="JSON", help="The call's parameters, a JSON object.")
@click.option("--error", help="The error message (a failed call). Give --error or --result.")
@click.option("--result", help="The result text (a successful call). Give --error or --result.")
@click.option("--user", help="Who made the call (per-user success rates).")
@click.option("--session", help="Agent session id (sequence checks look at its recent calls).")
@click.option("--recent", metavar="JSON", help="The session's recent tool names, a JSON array, oldest first.")
@json_option
@pass_light_config
def record(config: CliConfig, tool: str, params: str, error: str | None, result: str | None, user: str | None,
           session: str | None, recent: str | None, as_json: bool) -> None:
    """Record one call result (synchronous: spooled when Redis is away)."""
    from producers.oneshot import send
    from producers.record import build_event
    from worker.events import InvalidEvent

    if (error is None) == (result is None):
        raise CommandError("give exactly one of --error or --result")
    parsed, recent_calls = inputs.json_object(params, "--params"), inputs.tool_names(recent, "--recent")
    try:
        event = build_event(tool, parsed, result=result, error=error, user=user, session=session,
                            recent_calls=recent_calls)
    except InvalidEvent as exc:
        raise CommandError(str(exc)) from None
    sent = send([event.to_dict()])  # onto the inbox, no RQ job per event (spooled when Redis is away)
    emit({"event_id": event.event_id, "queued": sent, "spooled": not sent}, as_json,
         f"{event.event_id} {'queued' if sent else 'spooled (Redis unavailable)'}")


def _parse_events(lines: list[str], source: str) -> list[dict[str, Any]]:
    """Every line checked before any is sent: one bad line is the whole command's bad input."""
    from worker.events import Event, InvalidEvent

    events = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            events.append(Event.from_dict(inputs.parse_json(line, "the line")).to_dict())
        except (CommandError, InvalidEvent) as exc:
            raise CommandError(f"{source}:{number}: {exc}") from None
    return events


@cli.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--dead-letters", is_flag=True, help="Re-send the events the learner failed on instead of a FILE.")
@json_option
@pass_config
def replay(config: CliConfig, file: Path | None, dead_letters: bool, as_json: bool) -> None:
    """Enqueue each line of FILE (JSON lines, one event each), or the dead letters."""
    from producers.record import get_recorder

    if dead_letters == (file is not None):
        raise CommandError("replay needs a FILE or --dead-letters (one of them)")
    if dead_letters:
        source, lines = "dead letters", config.store.dead_letters()
    else:
        assert file is not None
        source, lines = str(file), inputs.read_text_file(file).splitlines()
    events = _parse_events(lines, source)
    recorder = get_recorder()
    queued = spooled = 0
    for start in range(0, len(events), recorder.batch_size):
        batch = events[start:start + recorder.batch_size]
        if recorder.send(batch):
            queued += len(batch)
        else:
            spooled += len(batch)
    if dead_letters:
        config.store.drop_dead_letters(len(lines))  # what was re-sent; newer dead letters stay
    emit({"events": len(events), "queued": queued, "spooled": spooled}, as_json,
         f"{len(events)} events: {queued} queued, {spooled} spooled")


@cli.command()
@json_option
def templates(as_json: bool) -> None:
    """Read messages on stdin, one per line; print each one's template, in the same order."""
    from worker.templates import mine_templates

    stream = getattr(sys.stdin, "buffer", None)
    text = inputs.decode_utf8(stream.read(), "stdin") if stream is not None else sys.stdin.read()
    lines = text.splitlines()
    found = mine_templates(lines)
    if as_json:
        emit([{"message": line, "template": template} for line, template in zip(lines, found)], True)
    else:
        for template in found:
            click.echo(template)


# ---------------------------------------------------------------------------- patterns
def _pattern_line(p: dict[str, Any]) -> str:
    return (f"{p['confidence']:.2f}  {p['observations']:>5}x  {p['tool']:<28} {p['error_category']:<22} "
            f"{p['id']}\n      {p['root_cause']}")


min_confidence_option = click.option("--min-confidence", type=float, default=0.0, show_default=True, metavar="X",
                                     help="Only patterns at or above this confidence (0..1).")


@cli.group()
def patterns() -> None:
    """List, show, delete, export or import learned patterns."""


@patterns.command("list")
@min_confidence_option
@click.option("--tool", help="Only this tool's patterns.")
@json_option
@pass_config
def patterns_list(config: CliConfig, min_confidence: float, tool: str | None, as_json: bool) -> None:
    """Patterns, most confident first."""
    floor = inputs.confidence(min_confidence, "--min-confidence")
    found = [p for p in config.store.list_patterns() if p["confidence"] >= floor and (tool is None or p["tool"] == tool)]
    emit_rows(found, as_json, _pattern_line, "no patterns")


@show_command(patterns, "pattern_id")
def patterns_show(config: CliConfig, pattern_id: str, as_json: bool) -> None:
    """Show pattern ID with its prevention success rate."""
    import yaml

    from worker.learner import prevention_rate

    pattern = config.store.get_pattern(pattern_id)
    if pattern is None:
        raise CommandError(f"no pattern with id {pattern_id!r}")
    pattern["prevention_success_rate"] = prevention_rate(pattern)
    emit(pattern, as_json, yaml.safe_dump(pattern, sort_keys=False, allow_unicode=True).rstrip())


actor_option = click.option("--actor", metavar="NAME",
                            help="Who makes the change, for the audit trail [default: $USER].")


@patterns.command("delete")
@click.argument("pattern_id", metavar="ID")
@actor_option
@click.option("--reason", metavar="TEXT", help="Why, for the audit trail.")
@json_option
@pass_config
def patterns_delete(config: CliConfig, pattern_id: str, actor: str | None, reason: str | None, as_json: bool) -> None:
    """Delete pattern ID: recorded in the audit trail (who, when, the pattern as it was), snapshot refreshed."""
    from . import pattern_ops

    who = pattern_ops.actor(actor)  # bad input is found before Redis is asked
    done = pattern_ops.delete(config.store, config.settings, pattern_id, who, reason)
    if not done["snapshot_refreshed"]:
        click.echo(f"{PROG}: warning: snapshot not refreshed yet (another writer holds it); "
                   "agents without Redis may still see the pattern", err=True)
    emit(done, as_json, f"deleted {pattern_id}")


@patterns.command("audit")
@click.option("--id", "pattern_id", metavar="ID", help="Only entries about this pattern.")
@click.option("--action", type=click.Choice(["delete", "import"]), help="Only this kind of change.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many entries.")
@json_option
@pass_config
def patterns_audit(config: CliConfig, pattern_id: str | None, action: str | None, limit: int, as_json: bool) -> None:
    """The audit trail of deletions (admin and pruning) and imports, newest first."""
    from . import pattern_ops

    found = pattern_ops.audit(config.store, limit, pattern_id, action)
    emit_rows(found, as_json, pattern_ops.audit_line, "no audit entries")


@patterns.command("export")
@click.option("--min-confidence", type=float, default=0.0, show_default=True, metavar="X",
              help="Only patterns at or above this confidence (0..1); the quarterly review uses 0.95.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json", "markdown"]), default="yaml", show_default=True,
              help="yaml and json can be imported again; markdown is a review table for people.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@pass_config
def patterns_export(config: CliConfig, min_confidence: float, fmt: str, output: Path | None, as_json: bool) -> None:
    """Export patterns with their evidence by origin (the quarterly review: --min-confidence 0.95)."""
    from worker.jobs import write_current_snapshot

    from . import pattern_ops

    given = click.get_current_context().get_parameter_source("fmt") is not click.core.ParameterSource.DEFAULT
    if as_json and given and fmt != "json":
        raise CommandError(f"--json means --format json; it cannot be combined with --format {fmt}")
    floor = inputs.confidence(min_confidence, "--min-confidence")
    document, count = pattern_ops.export(config.store, floor, "json" if as_json else fmt)
    if output:
        inputs.write_text_file(output, document)
        click.echo(f"exported {count} patterns to {output}", err=True)
    else:
        click.echo(document, nl=False)
    write_current_snapshot(config.store, config.settings, force=True)


@patterns.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--replace", is_flag=True,
              help="Take the file's patterns as they are (same ids replaced) instead of merging their evidence.")
@actor_option
@json_option
@pass_config
def patterns_import(config: CliConfig, file: Path, replace: bool, actor: str | None, as_json: bool) -> None:
    """Merge FILE (a YAML or JSON export) into the store by id: counts this store does not hold yet are added, confidence
    follows the evidence. Every pattern is checked first; one bad pattern and nothing changes (exit 2)."""
    from . import pattern_ops

    who = pattern_ops.actor(actor)
    done = pattern_ops.import_file(config.store, config.settings, inputs.read_text_file(file), str(file), who, replace)
    emit(done, as_json, f"imported {done['imported']} patterns: {len(done['created'])} new, {len(done['merged'])} "
                        f"merged, {len(done['unchanged'])} unchanged" + (f", {len(done['replaced'])} replaced"
                                                                         if replace else ""))


# ---------------------------------------------------------------------------- agent side
@cli.command()
@click.option("--tool", required=True, help="Tool name the agent is about to call.")
@click.option("--params", default="{}", show_default=True, metavar="JSON", help="The call's parameters, a JSON object.")
@click.option("--recent", metavar="JSON", help="The session's recent tool names, a JSON array, oldest first.")
@json_option
@pass_config
def check(config: CliConfig, tool: str, params: str, recent: str | None, as_json: bool) -> None:
    """Would this call be allowed, warned about or blocked?"""
    from . import services

    from producers.checker import check_call
    from worker.identity import canonical_recent, canonical_tool

    parsed, recent_calls = inputs.json_object(params, "--params"), inputs.tool_names(recent, "--recent")
    call = canonical_tool(tool, parsed)  # `--tool Bash --params '{"command": "git checkout x"}'` is git_checkout
    found = check_call(services.checker(config.settings), call,
                       {"recent_calls": canonical_recent(recent_calls)} if recent_calls is not None else None)
    emit(found, as_json, found["decision"] + "".join(f"\n  {w}" for w in found["warnings"]))


@cli.command()
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True, help="At most this many patterns.")
@click.option("--min-confidence", type=float, default=0.80, show_default=True, metavar="X",
              help="Only patterns at or above this confidence (0..1).")
@click.option("--format", "fmt", type=click.Choice(["markdown", "text"]), default="markdown", show_default=True,
              help="Text layout.")
@click.option("--max-chars", type=click.IntRange(min=1), default=4000, show_default=True,
              help="Cut at a whole pattern to stay within this size.")
@json_option
@pass_config
def context(config: CliConfig, top: int, min_confidence: float, fmt: str, max_chars: int, as_json: bool) -> None:
    """Known pitfalls for a session start (live store, or the snapshot when Redis is away)."""
    from producers.context import rank, session_context

    from . import services

    floor = inputs.confidence(min_confidence, "--min-confidence")
    known = services.all_patterns()
    text = session_context(known, top, floor, fmt, max_chars)
    if as_json:
        emit({"text": text, "patterns": [p["id"] for p in rank(known, top, floor)]}, True)
    elif text:
        click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@click.argument("host", type=click.Choice(["claude-code"]))
@click.argument("event", required=False, metavar=f"[{'|'.join(HOOK_EVENTS)}]")
@click.pass_context
def hook(ctx: click.Context, host: str, event: str | None) -> None:
    """Agent host hooks (HOST: claude-code): hook JSON on stdin, the answer on stdout; fails open (exit 0).

    EVENT is optional: without it the payload's hook_event_name decides.
    """
    from .hook_entry import run

    ctx.exit(run(event))


@cli.command("mcp-proxy", context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
@pass_config
@click.pass_context
def mcp_proxy(ctx: click.Context, config: CliConfig, command: tuple[str, ...]) -> None:
    """Stdio MCP proxy in front of any MCP server: checks each tools/call, records every result.

    Usage: usage-patterns mcp-proxy -- COMMAND [ARGS]...  (the server's own command line)
    """
    from producers.mcp_proxy import main as run_proxy

    ctx.exit(run_proxy(list(command)))


# ---------------------------------------------------------------------------- operations
@cli.command()
@click.option("--dry-run", is_flag=True, help="Report what would change; change nothing.")
@click.option("--now", metavar="ISO_TIME",
              help="Run as if it were this time (decays and prunes for real unless --dry-run) [default: now].")
@json_option
@pass_config
def maintain(config: CliConfig, dry_run: bool, now: str | None, as_json: bool) -> None:
    """Decay, prune and snapshot now (what cron runs daily)."""
    from worker.jobs import run_maintenance

    moment = inputs.iso_time(now, "--now").isoformat() if now else None
    report = run_maintenance(dry_run=dry_run, now=moment, redis=config.redis)
    totals = report["totals"]
    emit(report, as_json, f"{'dry run: ' if dry_run else ''}{totals['decayed']} decayed, "
                          f"{totals['pruned']} pruned, {totals['patterns_after']} patterns left"
                          + "".join(f"\n  decayed {d['id']}: {d['from']} -> {d['to']}" for d in report["decayed"])
                          + "".join(f"\n  pruned {p['id']}: {p['why']}" for p in report["pruned"]))


@cli.command()
@json_option
@pass_config
def status(config: CliConfig, as_json: bool) -> None:
    """Queues, workers, schedulers, spool, dead letters, maintenance, rule packs, pattern stats.

    Exits 1 when Redis is unreachable, after printing what can be known without it.
    """
    from .status import collect_status, format_status, offline_status

    try:
        redis = config.redis
    except CommandError as exc:
        found = offline_status(config.settings, str(exc))
        emit(found, as_json, format_status(found))
        raise
    found = collect_status(config.settings, redis, config.store)
    emit(found, as_json, format_status(found))


@cli.group()
def failed() -> None:
    """Failed jobs (RQ's FailedJobRegistry of both queues) and dead letters, each with its reason."""


def _failed_line(entry: dict[str, Any]) -> str:
    where = entry["queue"] or "dead letters"
    return f"{entry['id']}  [{where}] {entry['description']}\n      {entry['failed_at'] or ''} {entry['reason']}"


@failed.command("list")
@json_option
@pass_config
def failed_list(config: CliConfig, as_json: bool) -> None:
    """Every failed job and dead letter, with the reason."""
    from . import failed as failures

    found = failures.everything(config.settings, config.redis, config.store)
    for entry in found:
        entry.pop("raw", None)
    emit_rows(found, as_json, _failed_line, "nothing failed")


@show_command(failed, "entry_id")
def failed_show(config: CliConfig, entry_id: str, as_json: bool) -> None:
    """Show failed job or dead letter ID (a job with its traceback, a dead letter with its event)."""
    from . import failed as failures

    entry = failures.find(config.settings, config.redis, config.store, entry_id)
    entry.pop("raw", None)
    detail = entry.get("traceback") or json.dumps(entry.get("event"), indent=2, default=str)
    emit(entry, as_json, f"{_failed_line(entry)}\n{detail}")


@failed.command("requeue")
@click.argument("entry_id", metavar="ID", required=False)
@click.option("--all", "everything", is_flag=True, help="Requeue every failed job and re-send every dead letter.")
@json_option
@pass_config
def failed_requeue(config: CliConfig, entry_id: str | None, everything: bool, as_json: bool) -> None:
    """Hand a failed job back to its queue, or re-send a dead letter's event (ID or --all)."""
    from . import failed as failures

    if everything == (entry_id is not None):
        raise CommandError("failed requeue needs an ID or --all (one of them)")
    settings, redis, store = config.settings, config.redis, config.store
    chosen = failures.everything(settings, redis, store) if everything else [failures.find(settings, redis, store, entry_id or "")]
    done = failures.requeue(settings, redis, store, chosen)
    emit(done, as_json, f"requeued {done['jobs']} job(s), re-sent {done['dead_letters']} dead letter(s)"
                        + (f" ({done['spooled']} spooled: Redis unavailable)" if done["spooled"] else ""))


@cli.command()
@click.option("--memory-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the demo writes its snapshot [default: a temporary directory].")
def demo(memory_dir: Path | None) -> None:
    """Run the whole flow on an embedded Redis (no server needed)."""
    from .demo import run_demo

    run_demo(str(memory_dir) if memory_dir else None)


# ---------------------------------------------------------------------------- observability (usage_patterns/metrics.py, report.py)
@cli.command()
@click.option("--serve", "port", type=click.IntRange(0, 65535), metavar="PORT",
              help="Serve /metrics on this port (0: any free port) until interrupted, instead of printing once.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on (0.0.0.0: every interface).")
@pass_config
def metrics(config: CliConfig, port: int | None, host: str) -> None:
    """Prometheus exposition text: queues, failures, backlog, events, patterns, maintenance.

    Printing once exits 1 when Redis is unreachable (after printing what is known without it).
    """
    from . import metrics as exporter, services

    read = exporter.reader(config.settings, services.storage(config.settings, services.connect(config.settings)))
    if port is not None:
        exporter.serve(read, port, host, lambda url: click.echo(f"serving {url}", err=True))
        return
    reading = read()
    click.echo(exporter.exposition(lambda: reading), nl=False)
    if reading[0]["redis"] != "ok":
        raise CommandError(reading[0]["error"], code=1)


@cli.command()
@click.option("--html", "html_file", required=True, type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write the report here: one self-contained HTML file (no network, no script).")
@pass_config
def report(config: CliConfig, html_file: Path) -> None:
    """Overview, confidence, tools and categories, timeline, prevention, maintenance, queues, top patterns."""
    from .report import collect, render

    inputs.write_text_file(html_file, render(collect(config.settings, config.store)))
    click.echo(f"wrote {html_file}", err=True)


# ---------------------------------------------------------------------------- entry
ERROR_PREFIX = f"{PROG}: error: "


def _fail(message: str, code: int) -> int:
    """One line on stderr, one prefix (`usage-patterns: error: …`), whoever wrote the message."""
    line = " ".join(message.split())
    while True:
        stripped = line.removeprefix(f"{PROG}:").lstrip().removeprefix("error:").lstrip()
        if stripped == line:
            break
        line = stripped
    click.echo(ERROR_PREFIX + line, err=True)
    return code


def _usage_message(exc: click.UsageError) -> str:
    where = exc.ctx.command_path.split(" ", 1)[1] if exc.ctx and " " in exc.ctx.command_path else ""
    return f"{where}: {exc.format_message()}" if where else exc.format_message()


_UNDECODABLE = re.compile("[\udc80-\udcff]")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    undecodable = next((arg for arg in args if _UNDECODABLE.search(arg)), None)
    if undecodable is not None:  # bytes Python could not decode (surrogateescape): Redis and stdout cannot take them
        return _fail(f"argument {ascii(undecodable)[:60]} is not valid UTF-8", 2)
    try:
        if not args:
            click.echo(cli.get_help(click.Context(cli, info_name=PROG)))
            return 0
        rv = cli.main(args=args, prog_name=PROG, standalone_mode=False)
        return rv if isinstance(rv, int) else 0
    except click.UsageError as exc:
        return _fail(_usage_message(exc), 2)
    except click.ClickException as exc:
        return _fail(exc.format_message(), exc.exit_code)
    except CommandError as exc:
        return _fail(str(exc), exc.code)
    except (click.Abort, KeyboardInterrupt):
        return _fail("aborted", 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug of ours: still one line, never a traceback (USAGE_PATTERNS_DEBUG=1 shows it)
        if os.environ.get("USAGE_PATTERNS_DEBUG"):
            raise
        return _fail(f"internal error ({type(exc).__name__}: {exc}); USAGE_PATTERNS_DEBUG=1 shows the traceback", 1)


if __name__ == "__main__":
    sys.exit(main())
