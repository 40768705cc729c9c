"""Bounded, total input handling: nothing a wrapper passes costs the event, or another event."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from producers.record import build_event, record_tool_result
from producers.recorder import Recorder
from worker.bounds import MAX_DEPTH, TOO_DEEP, TRUNCATED, json_safe
from worker.config import load_settings
from worker.events import Event, InvalidEvent


def _nested(depth: int) -> dict:
    root: dict = {}
    node = root
    for _ in range(depth):
        node["a"] = {}
        node = node["a"]
    return root


def _depth(value) -> int:
    depth = 0
    while isinstance(value, dict) and value:
        value, depth = next(iter(value.values())), depth + 1
    return depth


class Model:
    """Stands in for a pydantic model: what `model_dump` returns is what we keep."""

    def model_dump(self, mode: str = "python") -> dict:
        return {"when": "2026-12-01T00:00:00Z", "mode": mode}


class Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("no")


@pytest.mark.parametrize("depth", [975, 985, 5000])
def test_deep_params_are_cut_at_build_event_without_recursion_error(depth):
    event = build_event("deep_tool", _nested(depth), error="boom")
    assert _depth(event.params) == MAX_DEPTH
    assert TOO_DEEP in json.dumps(event.params)


def test_a_cycle_is_cut_too():
    params: dict = {"x": 1}
    params["self"] = params
    assert TOO_DEEP in json.dumps(build_event("t", params, error="e").params)


def test_non_json_values_are_normalised():
    params = {"model": Model(), "at": datetime(2026, 12, 1, tzinfo=timezone.utc), "raw": b"\xff\xfeabc",
              "tags": {"b"}, "obj": Unprintable(), "price": Decimal("1.5"), "big": 10 ** 400, "nan": float("nan"),
              "surrogate": "a\ud800b", 3: "int key"}
    clean = build_event("t", params, error="e").params
    json.dumps(clean)  # plain JSON now
    assert clean["model"] == {"when": "2026-12-01T00:00:00Z", "mode": "json"}
    assert clean["at"] == "2026-12-01T00:00:00+00:00"
    assert clean["tags"] == ["b"] and clean["obj"] == "<Unprintable>" and clean["price"] == "1.5"
    assert clean["big"].startswith("<int of") and clean["nan"] == "nan" and clean["3"] == "int key"
    assert clean["surrogate"].encode("utf-8")


def test_node_budget_truncates_wide_params_then_size_rejects_cleanly():
    wide = json_safe({str(i): i for i in range(10_000)})
    assert len(wide) <= 2001 and TRUNCATED in wide
    with pytest.raises(InvalidEvent, match="params larger than"):
        build_event("t", {str(i): "x" * 20 for i in range(1000)}, error="e")


def test_an_exception_whose_str_raises_is_still_recorded():
    class Weird(Exception):
        def __str__(self) -> str:
            raise ValueError("no")

    assert build_event("t", {}, error=Weird()).error == "Weird: <Weird>"


@pytest.mark.parametrize("raw", [None, [], "x", {"tool": None}, {"tool": "t", "params": [1]},
                                 {"tool": "t", "recent_calls": "x"}, {"tool": "x" * 500}])
def test_the_wire_parser_answers_bad_input_with_invalid_event_only(raw):
    with pytest.raises(InvalidEvent):
        Event.from_dict(raw)


def test_one_bad_event_never_costs_another(fake_redis, tmp_path, monkeypatch):
    monkeypatch.setenv("USAGE_PATTERNS_SPOOL_DIR", str(tmp_path / "spool"))
    recorder = Recorder(load_settings(), redis=fake_redis)
    ids = [record_tool_result("t", {"n": i}, error="e", recorder=recorder) for i in range(3)]
    ids.insert(1, record_tool_result("t", _nested(2000), error="deep", recorder=recorder))
    ids.insert(2, record_tool_result("t", {"m": Model(), "u": Unprintable()}, error="odd", recorder=recorder))
    recorder.close()
    assert all(ids)
    assert recorder.pending() == {"buffered": 0, "spooled": 0}  # none of them read as "Redis down"
