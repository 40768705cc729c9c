"""The unit of evidence: a `Signal` says which side it points at (usage or infrastructure), which
category or kind, how strongly, and why."""
from __future__ import annotations

from dataclasses import dataclass

USAGE = "usage"
INFRA = "infra"


@dataclass(frozen=True)
class Signal:
    """One piece of evidence: `points` is a usage category or an infrastructure kind."""
    name: str
    side: str  # USAGE or INFRA
    points: str | None
    weight: float
    detail: str
    param: str | None = None
