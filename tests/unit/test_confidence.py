from worker import confidence as conf


def test_curve_passes_through_the_seed_anchors_and_never_exceeds_the_cap():
    assert [conf.curve(n) for n in (1, 3, 10, 45, 100)] == [0.50, 0.50, 0.75, 0.92, 0.95]
    values = [conf.curve(n) for n in range(1, 5000)]
    assert values == sorted(values) and max(values) <= conf.CAP


def test_observations_move_confidence_by_the_curve_and_keep_earlier_penalties():
    penalised = conf.after_false_positive(conf.curve(10))
    assert penalised == 0.70
    assert conf.after_observations(penalised, 10, 45) == round(0.92 - 0.05, 4)


def test_outcomes_raise_and_lower_within_bounds():
    assert conf.after_prevention_success(0.75) > 0.75
    assert conf.after_prevention_success(0.99) == 0.99
    assert conf.after_false_positive(0.32) == conf.FLOOR


def test_decay_counts_full_periods_and_stops_at_its_floor():
    from datetime import datetime, timedelta, timezone

    now = datetime(2026, 11, 24, tzinfo=timezone.utc)
    assert conf.decay_periods_due(now - timedelta(days=29), now) == 0
    assert conf.decay_periods_due(now - timedelta(days=95), now) == 3
    assert conf.decayed(0.90, 3) == 0.75
    assert conf.decayed(0.55, 3) == conf.DECAY_FLOOR
    assert conf.band(0.95) == "CRITICAL" and conf.band(0.8) == "MEDIUM" and conf.band(0.5) == "LOW"
