"""The newest blind batches scored with today's rules but without their own family pack.

    python -m tests.corpus.leave_pack_out [-v BATCH]

A batch's family pack (`95-seventh-families.yaml` for the seventh, …) holds the rules written
for that batch's tool-specific families after its before score. Scoring the batch with every
other built-in pack (today's generic rules, structured shapes and general signals) is a
leave-one-out proxy for a batch nobody has written rules for yet: what the general evidence
carries on its own. Not blind (the generic packs and signals were tuned with these batches
seen), so it is an upper bound on an unseen batch; `generality.py` scores each batch with the
packs of the commit it was scored blind at. `-v BATCH` lists that batch's misses.
"""
from __future__ import annotations

import sys

from tests.corpus.generality import batch_rows, score
from worker.rules import Rule, builtin_packs

OWN_PACK = {"seventh": "95-seventh-families.yaml", "eighth": "97-eighth-families.yaml",
            "ninth": "98-ninth-families.yaml"}


def rules_without(file: str) -> tuple[Rule, ...]:
    """Every built-in rule except those of the pack file `file`."""
    packs = builtin_packs()
    if file not in {pack.file for pack in packs}:
        raise SystemExit(f"no built-in pack {file}")
    return tuple(rule for pack in packs if pack.file != file for rule in pack.rules)


def main(argv: list[str]) -> None:
    show = argv[argv.index("-v") + 1] if "-v" in argv else None
    total = [0, 0.0, 0.0, 0]
    for name, file in OWN_PACK.items():
        rows = batch_rows(name)
        result = score(rows, rules_without(file))
        total[0] += len(rows)
        total[1] += result["usage"] * len(rows)
        total[2] += result["category"] * len(rows)
        total[3] += result["learnable"]
        print(f"{name:8} rows={len(rows):4}  without {file:28} {result['usage']:.3f} / {result['category']:.3f}"
              f"  learnable={result['learnable']}  by evidence {result['by_evidence']:3} ({result['evidence_right']} right)")
        if name == show:
            for want, got, rule, row in sorted(result["misses"], key=lambda m: (m[0], m[1], m[2])):
                print(f"    want {want:22} got {got:22} {rule:28} {row['tool']:24} {row['message'][:150]!r}")
    print(f"together   rows={total[0]:4}  {total[1] / total[0]:.3f} / {total[2] / total[0]:.3f}  learnable={total[3]}")


if __name__ == "__main__":
    main(sys.argv[1:])
