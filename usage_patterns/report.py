"""`usage-patterns report --html FILE`: one self-contained HTML page (no network, no script, no server).

`collect` is the shell (status.collect_status and the store's patterns, read once); `render` is a
pure function from that data to the page, and the charts are pure functions from rows to inline
SVG. Everything that comes from data (tool names, pattern text, steps) is escaped.
"""
from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta, timezone
from html import escape
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from worker.confidence import BLOCK_THRESHOLD, FLOOR, WARN_THRESHOLD

from .metrics import action

if TYPE_CHECKING:
    from worker.config import Settings
    from worker.storage import UsagePatternStorage

SECTIONS = (("overview", "Overview"), ("confidence", "Confidence distribution"),
            ("tools", "Patterns per tool and category"), ("timeline", "Observations over time"),
            ("prevention", "Prevention"), ("maintenance", "Maintenance runs"), ("queues", "Queue health"),
            ("top-patterns", "Top patterns"))
COLOURS = {"block": "#c0392b", "warn": "#d68910", "none": "#7f8c8d", "bar": "#2e86c1", "second": "#28b463"}
TOP_PATTERNS = 25
BARS_SHOWN = 15
TIMELINE_DAYS = 90


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


# ---------------------------------------------------------------------------- charts (pure)
def bar_chart(rows: Sequence[tuple[str, float]], title: str, colour: str = COLOURS["bar"], width: int = 640,
              label_width: int = 220, bar_height: int = 22) -> str:
    """Horizontal bars, one per (label, value), the value written beside its bar."""
    if not rows:
        return f'<p class="empty">{_e(title)}: nothing yet</p>'
    top = max(value for _, value in rows) or 1
    span = width - label_width - 60
    height = bar_height * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}"><title>{_e(title)}</title>']
    for index, (label, value) in enumerate(rows):
        y = 5 + index * bar_height
        length = max(1.0, span * value / top) if value else 0.0
        shown = label if len(label) <= 32 else label[:31] + "…"
        parts.append(f'<text x="{label_width - 8}" y="{y + bar_height * 0.65:.1f}" text-anchor="end" '
                     f'class="label">{_e(shown)}<title>{_e(label)}</title></text>'
                     f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{bar_height - 6}" '
                     f'fill="{colour}"/>'
                     f'<text x="{label_width + length + 6:.1f}" y="{y + bar_height * 0.65:.1f}" '
                     f'class="value">{_e(_number(value))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart(rows: Sequence[tuple[str, float, str]], title: str, markers: Sequence[tuple[int, str]] = (),
                 width: int = 640, height: int = 220) -> str:
    """Vertical columns (label, value, colour); `markers` draw a dashed line before column i."""
    if not rows:
        return f'<p class="empty">{_e(title)}: nothing yet</p>'
    top = max(value for _, value, _ in rows) or 1
    left, bottom, plot_top = 40, height - 40, 36 if markers else 20
    step = (width - left - 10) / len(rows)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}"><title>{_e(title)}</title>',
             f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" class="axis"/>',
             f'<text x="{left - 6}" y="{plot_top + 4}" text-anchor="end" class="value">{_e(_number(top))}</text>',
             f'<text x="{left - 6}" y="{bottom}" text-anchor="end" class="value">0</text>']
    label_every = max(1, math.ceil(max(len(label) for label, _, _ in rows) * 6.5 / step))  # labels never overlap
    for index, (label, value, colour) in enumerate(rows):
        x = left + index * step
        bar = (bottom - plot_top) * value / top
        parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{bottom - bar:.1f}" width="{step * 0.8:.1f}" '
                     f'height="{bar:.1f}" fill="{colour}"><title>{_e(label)}: {_e(_number(value))}</title></rect>')
        if value:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{bottom - bar - 4:.1f}" text-anchor="middle" '
                         f'class="value">{_e(_number(value))}</text>')
        if index % label_every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{bottom + 16}" text-anchor="middle" '
                         f'class="label small">{_e(label)}</text>')
    for index, text in markers:
        x = left + index * step
        anchor = "end" if x > width * 0.75 else "start"  # near the right edge the label goes left of its line
        parts.append(f'<line x1="{x:.1f}" y1="{plot_top - 22}" x2="{x:.1f}" y2="{bottom}" class="marker"/>'
                     f'<text x="{x + (-4 if anchor == "end" else 4):.1f}" y="{plot_top - 14}" text-anchor="{anchor}" '
                     f'class="label small">{_e(text)}</text>')
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------------------- data → rows (pure)
def confidence_bins(patterns: Iterable[dict[str, Any]], width: float = 0.05) -> list[tuple[str, float, str]]:
    """Patterns per confidence bin from the floor to 1.0, coloured by what the check does."""
    low = round(FLOOR, 2)
    count = round((1.0 - low) / width)
    bins = [0] * count
    for pattern in patterns:
        bins[min(count - 1, max(0, int((float(pattern["confidence"]) - low + 1e-9) / width)))] += 1
    return [(f"{low + i * width:.2f}", float(n), COLOURS[action(low + i * width + 1e-9)]) for i, n in enumerate(bins)]


def threshold_markers(width: float = 0.05) -> list[tuple[int, str]]:
    low = round(FLOOR, 2)
    return [(round((WARN_THRESHOLD - low) / width), f"warn ≥ {WARN_THRESHOLD}"),
            (round((BLOCK_THRESHOLD - low) / width), f"block ≥ {BLOCK_THRESHOLD}")]


def by_day(patterns: Iterable[dict[str, Any]], field: str) -> dict[str, int]:
    days: dict[str, int] = {}
    for pattern in patterns:
        stamp = str(pattern.get(field) or "")[:10]
        if stamp:
            days[stamp] = days.get(stamp, 0) + 1
    return days


def days_between(days: Iterable[str], most: int = TIMELINE_DAYS) -> list[str]:
    """Every day from the first to the last given (ISO dates), at most the last `most` of them."""
    known = sorted(days)
    if not known:
        return []
    try:
        first, last = date.fromisoformat(known[0]), date.fromisoformat(known[-1])
    except ValueError:
        return known[-most:]
    first = max(first, last - timedelta(days=most - 1))
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


Series = list[tuple[str, float, str]]


def timeline(per_day: dict[str, dict[str, int]], patterns: Sequence[dict[str, Any]]) -> tuple[Series, Series, Series]:
    """Per UTC day: events learned from, usage mistakes among them (the learner's day counters),
    and patterns first seen; one day axis for the three."""
    first = by_day(patterns, "first_seen")
    days = days_between(set(per_day) | set(first))
    return ([(day, float(per_day.get(day, {}).get("events", 0)), COLOURS["bar"]) for day in days],
            [(day, float(per_day.get(day, {}).get("usage_errors", 0)), COLOURS["warn"]) for day in days],
            [(day, float(first.get(day, 0)), COLOURS["second"]) for day in days])


def warned_patterns(patterns: Iterable[dict[str, Any]], most: int = BARS_SHOWN) -> list[tuple[dict[str, Any], int, int]]:
    """Patterns whose warnings were acted on, most outcomes first: (pattern, prevented, false positives)."""
    found = [(p, int(p.get("success_after_prevention", 0)), int(p.get("false_positives", 0))) for p in patterns]
    return sorted((f for f in found if f[1] + f[2]), key=lambda f: (-(f[1] + f[2]), f[0]["id"]))[:most]


def step_text(step: dict[str, Any]) -> str:
    details = ", ".join(f"{k}: {v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)}"
                        for k, v in step.items() if k != "action")
    return f"{step.get('action', '?')}" + (f" — {details}" if details else "")


# ---------------------------------------------------------------------------- page (pure)
def _table(header: Sequence[str], rows: Iterable[Sequence[Any]], raw_columns: frozenset[int] = frozenset(),
           empty: str = "none") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell if i in raw_columns else _e(cell)}</td>" for i, cell in enumerate(row))
                   + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>" if body else f'<p class="empty">{_e(empty)}</p>'


def _figures(items: Iterable[tuple[str, Any]]) -> str:
    return '<dl class="figures">' + "".join(f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in items) + "</dl>"


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{_e(title)}</h2>{body}</section>'


def render(data: dict[str, Any]) -> str:
    """The whole page from collect()'s data: {"generated_at", "status", "patterns"}."""
    status, patterns = data["status"], sorted(data["patterns"], key=lambda p: (-float(p["confidence"]),
                                                                                -int(p.get("observations", 0)), p["id"]))
    summary, counters = status["patterns"], status["patterns"]["events"]
    actions = {name: 0 for name in ("block", "warn", "none")}
    for pattern in patterns:
        actions[action(float(pattern["confidence"]))] += 1
    prevention = summary["prevention"]
    rate = prevention["success_rate"]
    sections = {
        "overview": _figures([
            ("patterns", summary["total"]), (f"blocking (≥ {BLOCK_THRESHOLD})", actions["block"]),
            (f"warning (≥ {WARN_THRESHOLD})", actions["warn"]), ("observations", summary["observations"]),
            ("events learned from", counters.get("events", 0)), ("usage mistakes", counters.get("usage_errors", 0)),
            ("infrastructure faults", counters.get("infra_errors", 0)), ("successful calls", counters.get("successes", 0)),
        ]),
        "confidence": column_chart(confidence_bins(patterns), "Patterns per confidence bin", threshold_markers())
        + '<p class="note">grey: silent, amber: warns, red: blocks.</p>',
        "tools": '<div class="pair"><div><h3>per tool</h3>'
        + bar_chart(list(summary["by_tool"].items())[:BARS_SHOWN], "Patterns per tool")
        + "</div><div><h3>per category</h3>"
        + bar_chart(sorted(summary["by_category"].items(), key=lambda kv: -kv[1])[:BARS_SHOWN],
                    "Patterns per category", COLOURS["second"]) + "</div></div>",
        "timeline": '<div class="pair">' + "".join(
            f"<div><h3>{_e(title)}</h3>{column_chart(rows, title, width=460)}</div>" for rows, title in
            zip(timeline(summary.get("per_day") or {}, patterns),
                ("events learned from", "usage mistakes among them", "new patterns (first seen)"))) + "</div>"
        + f'<p class="note">Per UTC day of the call, the last {TIMELINE_DAYS} days at most.</p>',
        "prevention": bar_chart([("prevented", float(counters.get("prevention_successes", 0))),
                                 ("false positives", float(counters.get("false_positives", 0)))],
                                "Warned calls that then ran", COLOURS["second"])
        + _figures([("success rate (patterns now held)", f"{rate:.0%}" if rate is not None else "no warned call yet"),
                    ("prevented (patterns now held)", prevention["successes"]),
                    ("false positives (patterns now held)", prevention["false_positives"])])
        + _table(["tool", "category", "prevented", "false positives", "success rate", "root cause"],
                 [(p["tool"], p["error_category"], ok, bad, f"{ok / (ok + bad):.0%}", p.get("root_cause", ""))
                  for p, ok, bad in warned_patterns(patterns)], empty="no warned call has run yet"),
        "maintenance": _table(["ran at", "decayed", "pruned", "patterns before", "after", "duration ms"],
                              [(r["ran_at"], r.get("decayed", 0), r.get("pruned", 0), r.get("patterns_before", ""),
                                r.get("patterns_after", ""), r.get("duration_ms", ""))
                               for r in status["maintenance"]["runs"] if not r.get("dry_run")],
                              empty="maintenance never ran (the Procfile's scheduler runs it daily; `usage-patterns maintain` now)"),
        "queues": _table(["queue", "role", "queued", "started", "failed", "scheduled", "workers"],
                         [(name, q["role"], q["depth"], q["started"], q["failed"], q["scheduled"],
                           ", ".join(q["workers"]) or "NOBODY SERVES IT") for name, q in status["queues"].items()])
        + _figures([("dead letters", status["dead_letters"]), ("spooled on this host", status["spool"]["pending"]),
                    ("inbox", status["spool"].get("inbox", 0)), ("schedulers", status["schedulers"]["count"])])
        + (f'<p class="warning">{_e(status["schedulers"]["warning"])}</p>' if status["schedulers"]["warning"] else ""),
        "top-patterns": _table(
            ["confidence", "check", "tool", "category", "observations", "root cause", "prevention steps"],
            [(f"{float(p['confidence']):.2f}", action(float(p["confidence"])), p["tool"], p["error_category"],
              p.get("observations", 0), p.get("root_cause", ""),
              "<ol>" + "".join(f"<li>{_e(step_text(s))}</li>" for s in p.get("prevention_steps") or []) + "</ol>")
             for p in patterns[:TOP_PATTERNS]], raw_columns=frozenset({6})),
    }
    nav = "".join(f'<a href="#{anchor}">{_e(title)}</a>' for anchor, title in SECTIONS)
    body = "".join(_section(anchor, title, sections[anchor]) for anchor, title in SECTIONS)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>usage-patterns report {_e(data['generated_at'])}</title><style>{CSS}</style></head><body>"
            f"<header><h1>usage-patterns report</h1><p>{_e(data['generated_at'])} · Redis {_e(status['redis_url'])}"
            f"</p><nav>{nav}</nav></header><main>{body}</main></body></html>\n")


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1c2833;background:#f4f6f7}
header{background:#1b2631;color:#fff;padding:16px 28px}header h1{margin:0 0 4px;font-size:22px}
header p{margin:0 0 8px;color:#d5d8dc}nav a{color:#aed6f1;margin-right:14px;text-decoration:none}
main{padding:8px 28px 40px;max-width:1400px}
section{background:#fff;border-radius:6px;padding:12px 20px 18px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h2{font-size:17px;margin:4px 0 12px}h3{font-size:14px;margin:4px 0}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.figures div{background:#ebf5fb;border-radius:4px;padding:6px 12px}
dt{font-size:12px;color:#566573}dd{margin:0;font-size:20px;font-weight:600}
.pair{display:flex;flex-wrap:wrap;gap:24px}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #e5e8e8;padding:5px 8px;text-align:left;vertical-align:top}th{background:#f2f3f4}
td ol{margin:0;padding-left:18px}svg text{font:12px system-ui,sans-serif;fill:#1c2833}svg .small{font-size:10px}
svg .axis{stroke:#99a3a4}svg .marker{stroke:#1c2833;stroke-dasharray:4 3}
.empty,.note{color:#707b7c}.warning{color:#c0392b;font-weight:600}
"""


# ---------------------------------------------------------------------------- shell
def collect(settings: Settings, store: UsagePatternStorage) -> dict[str, Any]:
    from .status import collect_status

    patterns = store.list_patterns()
    return {"generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "status": collect_status(settings, store.redis, store, patterns), "patterns": patterns}
