"""The report page as pure data → HTML: every section even for an empty store, nothing from the data
becomes markup, nothing points outside the file."""
from __future__ import annotations

from html.parser import HTMLParser

from datetime import datetime, timezone

from usage_patterns.report import SECTIONS, bar_chart, column_chart, confidence_bins, days_between, render, timeline
from worker.learner import event_day

VOID = {"meta", "br", "img", "link", "input", "hr", "rect", "line"}
EVIL = '"><script>alert(1)</script><b onclick="x">'


class Tags(HTMLParser):
    """Tags in order, attributes, and whether every element closed where it opened."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.seen: list[tuple[str, dict[str, str | None]]] = []
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.open or self.open.pop() != tag:
            self.balanced = False


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    tags.close()
    assert tags.balanced and not tags.open, tags.open
    return tags


def status(**overrides) -> dict:
    base = {"redis": "ok", "redis_url": "redis://localhost:6379/0",
            "queues": {"usage-events": {"role": "events", "depth": 0, "started": 0, "failed": 0, "scheduled": 0,
                                        "workers": [], "unserved": True}},
            "workers": [], "schedulers": {"count": 0, "running": [], "others": 0, "warning": EVIL},
            "spool": {"dir": "/s", "pending": 0, "inbox": 0}, "dead_letters": 0,
            "maintenance": {"last": None, "runs": []}, "rules": {"dir": "/r", "loaded": [], "refused": []},
            "patterns": {"total": 0, "observations": 0, "by_band": {}, "by_category": {}, "by_tool": {},
                         "prevention": {"successes": 0, "false_positives": 0, "success_rate": None}, "events": {}}}
    base.update(overrides)
    return base


def test_an_empty_store_still_has_every_section_and_says_so():
    html = render({"generated_at": "2026-12-01T00:00:00+00:00", "status": status(), "patterns": []})
    tags = parse(html)
    ids = [attrs.get("id") for tag, attrs in tags.seen if tag == "section"]
    assert ids == [anchor for anchor, _ in SECTIONS]
    assert "maintenance never ran" in html and "no warned call has run yet" in html and "NOBODY SERVES IT" in html


def test_data_never_becomes_markup_and_nothing_points_outside_the_file():
    hostile = {"id": "p1", "tool": "git_push", "error_category": "WRONG_TOOL_SELECTION", "confidence": 0.96,
               "observations": 120, "root_cause": EVIL, "first_seen": "2026-11-01T00:00:00+00:00",
               "last_seen": "2026-11-02T00:00:00+00:00", "success_after_prevention": 1, "false_positives": 1,
               "prevention_steps": [{"action": EVIL, "tool": EVIL, "validation": {"regex": EVIL}}]}
    summary = {**status()["patterns"], "total": 1, "by_tool": {EVIL: 1}, "by_category": {EVIL: 1}}
    html = render({"generated_at": EVIL, "patterns": [hostile],
                   "status": status(redis_url=EVIL, patterns=summary,
                                    queues={EVIL: {"role": "events", "depth": 1, "started": 0, "failed": 0,
                                                   "scheduled": 0, "workers": [EVIL], "unserved": False}},
                                    maintenance={"last": None, "runs": [{"ran_at": EVIL, "decayed": 0, "pruned": 0}]})})
    tags = parse(html)
    assert {tag for tag, _ in tags.seen}.isdisjoint({"script", "img", "iframe", "object", "link", "b"})
    for tag, attrs in tags.seen:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert all(not value or value.startswith("#") for name, value in attrs.items() if name in ("href", "src")), attrs
    assert html.count("&lt;script&gt;") >= 8  # shown, as text, wherever it was given


def test_charts_escape_their_labels_and_draw_nothing_from_nothing():
    assert "<script" not in bar_chart([(EVIL, 3.0)], EVIL) and "&lt;script&gt;" in bar_chart([(EVIL, 3.0)], "t")
    assert "<svg" not in bar_chart([], "Patterns per tool") and "nothing yet" in bar_chart([], "Patterns per tool")
    assert "<svg" not in column_chart([], "t")
    parse(column_chart([(EVIL, 0.0, "#000"), ("b", 2.0, "#000")], EVIL, [(1, EVIL)]))


def test_confidence_bins_cover_floor_to_one_and_colour_by_what_the_check_does():
    bins = confidence_bins([{"confidence": c} for c in (0.30, 0.5, 0.749, 0.75, 0.949, 0.95, 0.99)])
    assert [label for label, _, _ in bins][0] == "0.30" and bins[-1][0] == "0.95" and sum(n for _, n, _ in bins) == 7
    colour = {label: c for label, _, c in bins}
    assert colour["0.70"] != colour["0.75"] != colour["0.95"]  # silent, warns, blocks
    assert dict((label, n) for label, n, _ in bins)["0.95"] == 2


def test_days_between_fills_the_gaps_and_keeps_the_last_days():
    assert days_between(["2026-11-28", "2026-11-30"]) == ["2026-11-28", "2026-11-29", "2026-11-30"]
    assert days_between(["2026-01-01", "2026-12-01"], most=3) == ["2026-11-29", "2026-11-30", "2026-12-01"]
    assert days_between([]) == []


def test_the_timeline_counts_each_event_on_its_own_utc_day():
    assert event_day("2026-11-30T23:30:00-02:00") == "2026-12-01"  # a call's local evening is the UTC next day
    assert event_day("2026-11-30T10:00:00") == "2026-11-30"
    assert event_day("not a time", datetime(2026, 12, 1, tzinfo=timezone.utc)) == "2026-12-01"
    events, mistakes, new = timeline({"2026-11-28": {"events": 5, "usage_errors": 2}},
                                     [{"first_seen": "2026-11-30T01:00:00+00:00"}])
    assert [(d, n) for d, n, _ in events] == [("2026-11-28", 5), ("2026-11-29", 0), ("2026-11-30", 0)]
    assert [n for _, n, _ in mistakes] == [2, 0, 0] and [n for _, n, _ in new] == [0, 0, 1]
