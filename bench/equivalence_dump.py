"""Dump everything the worker decides for the corpus, raw and value-varied, as JSON lines: the event as parsed
(Event.from_dict), classification, learnable, the extracted pattern, message_kind, stated_validation, strong_cue, the
plan item, then the learn results, patterns and counters after learning it all twice in batches of 500. Run it
before and after a change meant to be pure speed and `cmp` the two files (how bench/README.md's "identical" was checked).

    python bench/equivalence_dump.py OUT.jsonl
"""
import sys, os, json, random, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # bench/_patterns
from datetime import datetime, timezone
from _patterns import corpus_events, vary, successes
from tests.corpus.score import load_rows
from worker.events import Event, InvalidEvent
from worker.classifier import classify_error_type, key_text
from worker.required import learnable
from worker.extractor import extract_usage_pattern
from worker.learner import plan, UsagePatternLearner, Observe, Outcome
from worker.memory_store import InMemoryStore
from worker.rules import load_rules
from worker import signals, validation
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
rules = load_rules(None)
out = open(sys.argv[1], "w")
def dump(obj):
    out.write(json.dumps(obj, sort_keys=True, default=repr) + "\n")
rows = load_rows()
raws = []
rng = random.Random(5)
for i, row in enumerate(rows):
    raw = {"event_id": f"e{i}", "ts": "2026-12-01T10:00:00+00:00", "tool": row["tool"], "params": row.get("params") or {},
           "ok": False, "error": row["message"]}
    raws.append(raw)
    for k in range(2):
        v = vary(raw, rng); v = dict(v, event_id=f"e{i}v{k}")
        if v != raw: raws.append(v)
    if i % 7 == 0:
        raws.append({"event_id": f"e{i}u", "ts": "2026-12-01T10:00:00+00:00", "tool": row["tool"], "params": row.get("params") or {},
                     "ok": False, "error": row["message"], "user": f"user{i % 5}", "session": "s1",
                     "recent_calls": ["git_status", "Bash"]})
    if i % 3 == 0:
        raws.append({"event_id": f"e{i}s", "tool": row["tool"], "params": row.get("params") or {}, "ok": True, "result": "ok",
                     "ts": "2026-12-01T10:00:00+00:00", "warned_patterns": ["x_y_1"] if i % 6 == 0 else []})
# odd inputs: secrets, bad shapes
raws += [{"tool": "curl", "params": {"password": "hunter2", "url": "https://u:p@h/x", "h": "Authorization: Bearer abcdefgh12345678"}, "ok": False,
          "error": "401 token=sk-abcdefghijklmnopqrstuvwx denied", "event_id": "sec1", "ts": "2026-12-01T10:00:00+00:00"},
         {"tool": "bad tool", "params": {}}, {"tool": "x", "params": [1]}, "notadict", {"tool": "x", "params": {"a": "b" * 9000}, "event_id": "big", "ts": "2026-12-01T10:00:00+00:00"},
         {"tool": "x", "params": {"n": 1.5, "l": [1, "a", None, True], "d": {"k": {"z": "y"}}}, "ok": False, "error": {"msg": "bad value 1.5"},
          "event_id": "odd", "ts": "2026-12-01T10:00:00+00:00"}]
events = []
for raw in raws:
    try:
        e = Event.from_dict(copy.deepcopy(raw))
    except InvalidEvent as exc:
        dump({"raw": raw, "invalid": str(exc)}); continue
    events.append(e)
    rec = {"event": e.to_dict()}
    if not e.ok:
        c = classify_error_type(e.tool, e.params, e.error or "", e.result or "", rules=rules)
        rec["class"] = c
        u = bool(c["is_usage_error"]) and learnable(e.params, e.error or e.result or "", c, e.tool)
        rec["learnable"] = u
        if c["is_usage_error"]:
            rec["extract"] = extract_usage_pattern(e.tool, e.params, e.error or e.result or "", c, NOW, e.user, e.recent_calls)
            rec["kind"] = getattr(validation.message_kind(e.error or ""), "name", None)
            rec["stated"] = validation.stated_validation(e.error or "")
        rec["cue"] = signals.strong_cue(key_text(e.error or "").key, e.params)
    item, fixed = plan(e, rules, NOW)
    rec["plan"] = [repr(item), fixed]
    dump(rec)
# twice: the second pass hits the plan memo
for rep in range(2):
    store = InMemoryStore()
    learner = UsagePatternLearner(store, rules=rules)
    results = []
    for s in range(0, len(events), 500):
        results += learner.learn_batch(events[s:s + 500], NOW)
    dump({"pass": rep, "results": results})
    for p in sorted(store.list_patterns(), key=lambda p: p["id"]):
        dump(p)
    dump({"counters": store.counters()})
out.close()
