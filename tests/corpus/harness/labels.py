"""The label vocabulary of the corpus: the classifier's own category and infra-kind names.

Imported from ``worker.rules`` so a renamed category cannot drift between the rules and the data.
"""
from __future__ import annotations

from worker.rules import CATEGORIES, INFRA_KINDS

USAGE_LABELS: frozenset[str] = frozenset(CATEGORIES)
INFRA_LABELS: frozenset[str] = frozenset(INFRA_KINDS)


def is_usage(label: str) -> bool:
    """True for a usage category, False for an infrastructure kind; ValueError for anything else."""
    if label in USAGE_LABELS:
        return True
    if label in INFRA_LABELS:
        return False
    raise ValueError(f"unknown corpus label {label!r} (not in worker.rules CATEGORIES or INFRA_KINDS)")
