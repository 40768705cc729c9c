"""The `usage-patterns` process entry (console script and `python -m usage_patterns`).

`hook claude-code [EVENT]` runs on every tool call of an agent, so it is dispatched here,
before click and the command group are imported; everything else goes to `cli.main`.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:1] == ["hook"] and not {"-h", "--help"} & set(args):
        # A hook's own misuse (a mistyped event or host) must not exit 2: Claude Code reads
        # exit 2 as "block this call". The payload's hook_event_name decides; see hook_entry.
        from .hook_entry import run_args

        return run_args(args[1:])
    from .cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
