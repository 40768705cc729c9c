"""The `usage-patterns` process entry (console script and `python -m usage_patterns`).

`hook claude-code [EVENT]` runs on every tool call of an agent, so it is dispatched here,
before click and the command group are imported; everything else goes to `cli.main`.
"""
from __future__ import annotations

import sys

from .hook_entry import HOOK_EVENTS


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:2] == ["hook", "claude-code"] and (len(args) == 2 or (len(args) == 3 and args[2] in HOOK_EVENTS)):
        from .hook_entry import run

        return run(args[2] if len(args) == 3 else None)
    from .cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
