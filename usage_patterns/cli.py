"""`usage-patterns`: exit 0 on success, 2 with a one-line error on bad input, 1 when a service is away."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

import yaml

from . import services
from .services import CommandError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2
        raise CommandError(f"{self.prog}: {message}")


def _json_arg(text: str | None, name: str, kind: type = dict) -> Any:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise CommandError(f"{name} is not valid JSON ({exc})") from None
    if not isinstance(value, kind):
        raise CommandError(f"{name} must be a JSON {'object' if kind is dict else 'array'}")
    return value


def _print(data: Any, as_json: bool, text: str | None = None) -> None:
    if as_json or text is None:
        print(json.dumps(data, indent=2, default=str))
    else:
        print(text)


# ---------------------------------------------------------------------------- commands
def cmd_classify(args: argparse.Namespace) -> None:
    from worker.classifier import classify_error_type
    from worker.config import load_settings
    from worker.rules import RulePackError, load_rules

    params = _json_arg(args.params, "--params")
    try:
        rules = load_rules(load_settings().rules_dir)
    except RulePackError as exc:
        raise CommandError(str(exc)) from None
    result = classify_error_type(args.tool, params, args.error, args.result or "", rules=rules)
    label = result["error_category"] or (f"infrastructure/{result['infra_kind']}" if result["infra_kind"] else "unknown")
    _print(result, args.json, f"{label} (confidence {result['confidence']:.2f}, learnable={result['learnable']}) "
                              f"rule={result['evidence'].get('rule')} parameter={result['evidence'].get('parameter')}")


def cmd_record(args: argparse.Namespace) -> None:
    from producers.record import build_event, get_recorder
    from worker.events import InvalidEvent

    params = _json_arg(args.params, "--params")
    try:
        event = build_event(args.tool, params, result=args.result, error=args.error, user=args.user,
                            session=args.session, recent_calls=_json_arg(args.recent, "--recent", list))
    except InvalidEvent as exc:
        raise CommandError(str(exc)) from None
    sent = get_recorder().send([event.to_dict()])
    _print({"event_id": event.event_id, "queued": sent, "spooled": not sent}, args.json,
           f"{event.event_id} {'queued' if sent else 'spooled (Redis unavailable)'}")


def cmd_replay(args: argparse.Namespace) -> None:
    from producers.record import get_recorder
    from worker.events import Event, InvalidEvent

    if args.dead_letters == bool(args.file):
        raise CommandError("replay needs a FILE or --dead-letters (one of them)")
    settings = services.load_settings()
    if args.dead_letters:
        redis = services.connect(settings)
        services.require_redis(redis, settings)
        dead_key = services.storage(settings, redis).keys.dead_letters
        source, lines = "dead letters", [raw.decode() if isinstance(raw, bytes) else raw
                                         for raw in reversed(redis.lrange(dead_key, 0, -1))]
    else:
        path = Path(args.file)
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        source, lines = str(path), path.read_text(encoding="utf-8").splitlines()
    events = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            events.append(Event.from_dict(json.loads(line)).to_dict())
        except (ValueError, InvalidEvent) as exc:
            raise CommandError(f"{source}:{number}: {exc}") from None
    recorder = get_recorder()
    queued = spooled = 0
    for start in range(0, len(events), recorder.batch_size):
        batch = events[start:start + recorder.batch_size]
        if recorder.send(batch):
            queued += len(batch)
        else:
            spooled += len(batch)
    if args.dead_letters and lines:
        redis.ltrim(dead_key, 0, -(len(lines) + 1))  # drop what was re-sent; newer dead letters stay
    _print({"events": len(events), "queued": queued, "spooled": spooled}, args.json,
           f"{len(events)} events: {queued} queued, {spooled} spooled")


def cmd_templates(args: argparse.Namespace) -> None:
    from worker.templates import mine_templates

    lines = sys.stdin.read().splitlines()
    for template in mine_templates(lines):
        print(template)


def _pattern_line(p: dict[str, Any]) -> str:
    return (f"{p['confidence']:.2f}  {p['observations']:>5}x  {p['tool']:<28} {p['error_category']:<22} "
            f"{p['id']}\n      {p['root_cause']}")


def cmd_patterns(args: argparse.Namespace) -> None:
    from worker.jobs import write_current_snapshot
    from worker.learner import prevention_rate
    from worker.snapshot import SnapshotError, parse_patterns, render

    settings = services.load_settings()
    redis = services.connect(settings)
    services.require_redis(redis, settings)
    store = services.storage(settings, redis)
    if args.action == "list":
        patterns = [p for p in store.list_patterns() if p["confidence"] >= args.min_confidence
                    and (args.tool is None or p["tool"] == args.tool)]
        _print(patterns, args.json, "\n".join(map(_pattern_line, patterns)) or "no patterns")
    elif args.action == "show":
        pattern = store.get_pattern(args.id)
        if pattern is None:
            raise CommandError(f"no pattern with id {args.id!r}")
        pattern["prevention_success_rate"] = prevention_rate(pattern)
        _print(pattern, args.json, yaml.safe_dump(pattern, sort_keys=False, allow_unicode=True).rstrip())
    elif args.action == "delete":
        if not store.delete_pattern(args.id):
            raise CommandError(f"no pattern with id {args.id!r}")
        _print({"deleted": args.id}, args.json, f"deleted {args.id}")
    elif args.action == "export":
        patterns = [p for p in store.list_patterns() if p["confidence"] >= args.min_confidence]
        document = render(patterns, store.stats())
        if args.output:
            Path(args.output).write_text(document, encoding="utf-8")
            print(f"exported {len(patterns)} patterns to {args.output}", file=sys.stderr)
        else:
            sys.stdout.write(document)
        write_current_snapshot(store, settings, force=True)
    elif args.action == "import":
        path = Path(args.file)
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            patterns = parse_patterns(path.read_text(encoding="utf-8"), str(path))
        except SnapshotError as exc:
            raise CommandError(str(exc)) from None
        for pattern in patterns:
            store.add_pattern(pattern)
        _print({"imported": len(patterns)}, args.json, f"imported {len(patterns)} patterns")


def cmd_check(args: argparse.Namespace) -> None:
    params = _json_arg(args.params, "--params")
    recent = _json_arg(args.recent, "--recent", list)
    result = services.checker().check_before_call(args.tool, params, {"recent_calls": recent} if recent is not None else None)
    _print(result, args.json, result["decision"] + "".join(f"\n  {w}" for w in result["warnings"]))


def cmd_context(args: argparse.Namespace) -> None:
    from producers.context import session_context

    text = session_context(services.all_patterns(), args.top, args.min_confidence, args.format, args.max_chars)
    sys.stdout.write(text or "")


def cmd_maintain(args: argparse.Namespace) -> None:
    from worker.jobs import run_maintenance

    settings = services.load_settings()
    redis = services.connect(settings)
    services.require_redis(redis, settings)
    try:
        report = run_maintenance(dry_run=args.dry_run, now=args.now, redis=redis)
    except ValueError as exc:
        raise CommandError(f"--now: {exc}") from None
    totals = report["totals"]
    _print(report, args.json, f"{'dry run: ' if args.dry_run else ''}{totals['decayed']} decayed, "
                              f"{totals['pruned']} pruned, {totals['patterns_after']} patterns left"
                              + "".join(f"\n  decayed {d['id']}: {d['from']} -> {d['to']}" for d in report["decayed"])
                              + "".join(f"\n  pruned {p['id']}: {p['why']}" for p in report["pruned"]))


def cmd_status(args: argparse.Namespace) -> None:
    from .status import collect_status, format_status

    status = collect_status()
    _print(status, args.json, format_status(status))


def cmd_hook(args: argparse.Namespace) -> None:
    from .hook import run_hook_cli

    try:
        stdin_text = sys.stdin.read()
    except (OSError, UnicodeDecodeError) as exc:
        stdin_text = ""
        print(f"usage-patterns: hook ignored: unreadable input ({type(exc).__name__})", file=sys.stderr)
    output, code = run_hook_cli(args.event, stdin_text)
    if output:
        print(output)
    if code:
        raise CommandError("hook failed", code=code)


def cmd_demo(args: argparse.Namespace) -> None:
    from .demo import run_demo

    run_demo(args.memory_dir)


# ---------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="usage-patterns", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, handler: Any, help_text: str, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON")
        return p

    p = command("demo", cmd_demo, "run the whole flow on an embedded Redis (no server needed)", json_flag=False)
    p.add_argument("--memory-dir", help="where the demo writes its snapshot (default: a temp dir)")
    p = command("classify", cmd_classify, "classify one error")
    p.add_argument("--tool", required=True)
    p.add_argument("--params", default="{}")
    p.add_argument("--error", required=True)
    p.add_argument("--result")
    p = command("record", cmd_record, "record one call result (synchronous: one process per call)")
    p.add_argument("--tool", required=True)
    p.add_argument("--params", default="{}")
    outcome = p.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--error")
    outcome.add_argument("--result")
    p.add_argument("--user")
    p.add_argument("--session")
    p.add_argument("--recent", help="JSON list of the session's recent tool names")
    p = command("replay", cmd_replay, "enqueue each line of a JSONL file (one event per line), or the dead letters")
    p.add_argument("file", nargs="?")
    p.add_argument("--dead-letters", action="store_true", help="re-send the events the learner failed on")
    command("templates", cmd_templates, "messages on stdin → each one's template, same order", json_flag=False)
    p = command("patterns", cmd_patterns, "list, show, delete, export or import patterns")
    p.add_argument("action", choices=["list", "show", "delete", "export", "import"])
    p.add_argument("id", nargs="?", help="pattern id (show, delete)")
    p.add_argument("--file", help="YAML file (import)")
    p.add_argument("--tool")
    p.add_argument("--min-confidence", type=float, default=0.0)
    p.add_argument("--output", "-o", help="export to this file instead of stdout")
    p = command("check", cmd_check, "would this call be allowed, warned about or blocked?")
    p.add_argument("--tool", required=True)
    p.add_argument("--params", default="{}")
    p.add_argument("--recent", help="JSON list of the session's recent tool names (oldest first)")
    p = command("context", cmd_context, "known pitfalls for a session start", json_flag=False)
    p.add_argument("--top", type=int, default=15)
    p.add_argument("--min-confidence", type=float, default=0.80)
    p.add_argument("--format", choices=["markdown", "text"], default="markdown")
    p.add_argument("--max-chars", type=int, default=4000)
    p = command("maintain", cmd_maintain, "decay, prune and snapshot now (what cron runs)")
    p.add_argument("--dry-run", action="store_true", help="report only; change nothing")
    p.add_argument("--now", help="ISO time to run as (what-if); default: now")
    command("status", cmd_status, "queues, workers, failures, backlog, maintenance, pattern stats")
    p = command("hook", cmd_hook, "agent host hooks (JSON on stdin/stdout)", json_flag=False)
    p.add_argument("host", choices=["claude-code"])
    p.add_argument("event", nargs="?", help="optional: the payload's hook_event_name decides",
                   choices=["pre-tool-use", "post-tool-use", "post-tool-use-failure", "session-start"])
    return parser


def main(argv: list[str] | None = None) -> int:
    import logging

    from worker.logs import configure_logging

    configure_logging(json_lines=False, level=logging.WARNING)  # stdout is for results only
    try:
        args = build_parser().parse_args(argv)
        if args.command == "patterns":
            if args.action in ("show", "delete") and not args.id:
                raise CommandError(f"patterns {args.action} needs a pattern id")
            if args.action == "import":
                args.file = args.file or args.id
                if not args.file:
                    raise CommandError("patterns import needs a FILE")
        args.handler(args)
        return 0
    except CommandError as exc:
        print(f"usage-patterns: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
