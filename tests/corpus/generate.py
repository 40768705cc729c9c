"""Regenerate one batch of the error corpus: ``python -m tests.corpus.generate --batch NAME [-o FILE]``.

A batch is a module ``tests/corpus/batches/<NAME>.py`` with a ``generate()`` returning its rows
(generated ones first, then its documented rows). Notes about skipped cases go to stderr.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from typing import Sequence

BATCHES = ("cli", "extra", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "eleventh_a", "twelfth")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.generate", description=__doc__)
    parser.add_argument("--batch", required=True, choices=BATCHES)
    parser.add_argument("-o", "--output", help="write the rows here (default: stdout)")
    parser.add_argument("--no-documented", action="store_true", help="leave out the hand-written rows")
    args = parser.parse_args(argv)
    batch = importlib.import_module(f"tests.corpus.batches.{args.batch}")
    rows = batch.generate()
    if not args.no_documented:
        rows = rows + list(getattr(batch, "DOCUMENTED", ()))
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.output:
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, args.output)
    else:
        sys.stdout.write(text)
    print(f"[{args.batch}] {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
