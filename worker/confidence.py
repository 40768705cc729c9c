"""Confidence: how sure we are that a pattern is a real, repeatable mistake.

Confidence is kept as a running value and changed by deltas, never recomputed from
counts, so that decay and false-positive penalties survive later merges:

    start                      0.50 (one observation)
    each new observation       + curve(n + 1) - curve(n)
    prevention success         + SUCCESS_STEP * (CAP - confidence)   (warned, not overridden, then succeeded)
    false positive             - FALSE_POSITIVE_PENALTY              (warned, overridden, then succeeded)
    decay                      - DECAY_STEP per full DECAY_PERIOD_DAYS unobserved (floor DECAY_FLOOR)
    always clamped to          [FLOOR, CAP]

`curve` is the seed's anchor points joined linearly (1 → 0.50, 3 → 0.50, 10 → 0.75,
45 → 0.92, 100 → 0.95) and then approaching the cap of 0.99, so a pattern observed
n times and never penalised has exactly curve(n).
"""
from __future__ import annotations

import math
from datetime import datetime

ANCHORS: tuple[tuple[int, float], ...] = ((1, 0.50), (3, 0.50), (10, 0.75), (45, 0.92), (100, 0.95))
CAP = 0.99
FLOOR = 0.30
SUCCESS_STEP = 0.10
FALSE_POSITIVE_PENALTY = 0.05
DECAY_STEP = 0.05
DECAY_PERIOD_DAYS = 30
DECAY_FLOOR = 0.50
WARN_THRESHOLD = 0.75
HIGH_THRESHOLD = 0.85  # the seed's HIGH band; also the storage's 'high confidence' default
BLOCK_THRESHOLD = 0.95


def curve(observations: int) -> float:
    """Confidence earned by evidence alone: monotone, through the seed's anchors, below CAP."""
    if observations <= ANCHORS[0][0]:
        return ANCHORS[0][1]
    for (n0, c0), (n1, c1) in zip(ANCHORS, ANCHORS[1:]):
        if observations <= n1:
            return round(c0 + (c1 - c0) * (observations - n0) / (n1 - n0), 4)
    last_n, last_c = ANCHORS[-1]
    return round(CAP - (CAP - last_c) * math.exp(-(observations - last_n) / 200), 4)


def clamp(value: float) -> float:
    return round(min(CAP, max(FLOOR, value)), 4)


def after_observations(confidence: float, before: int, after: int) -> float:
    return clamp(confidence + curve(after) - curve(before))


def after_prevention_success(confidence: float) -> float:
    return clamp(confidence + SUCCESS_STEP * (CAP - confidence))


def after_false_positive(confidence: float) -> float:
    return clamp(confidence - FALSE_POSITIVE_PENALTY)


def decay_periods_due(last_seen: datetime, now: datetime) -> int:
    """Full decay periods since the pattern was last observed."""
    return max(0, (now - last_seen).days // DECAY_PERIOD_DAYS)


def decayed(confidence: float, periods: int) -> float:
    if periods <= 0 or confidence <= DECAY_FLOOR:
        return confidence
    return round(max(DECAY_FLOOR, confidence - DECAY_STEP * periods), 4)


def band(confidence: float) -> str:
    """The seed's bands, as the checker and the context speak of them."""
    if confidence >= BLOCK_THRESHOLD:
        return "CRITICAL"
    if confidence >= HIGH_THRESHOLD:
        return "HIGH"
    if confidence >= WARN_THRESHOLD:
        return "MEDIUM"
    return "LOW"
