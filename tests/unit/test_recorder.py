"""record(): never raises, never loses events, spools when Redis is away, never stores secrets."""
from __future__ import annotations

import json
import time

from rq import Queue
from rq.serializers import JSONSerializer

from producers.record import record_tool_result
from producers.recorder import Recorder, connect
from producers.spool import Spool
from worker.config import load_settings


def settings_for(tmp_path, monkeypatch):
    monkeypatch.setenv("USAGE_PATTERNS_SPOOL_DIR", str(tmp_path / "spool"))
    monkeypatch.setenv("USAGE_PATTERNS_QUEUE", "q-test")
    return load_settings()


def queued_events(redis) -> list[dict]:
    queue = Queue("q-test", connection=redis, serializer=JSONSerializer)
    return [event for job in queue.jobs for event in job.args[0]]


def test_buffered_events_are_sent_in_batches_as_json_jobs(fake_redis, tmp_path, monkeypatch):
    recorder = Recorder(settings_for(tmp_path, monkeypatch), redis=fake_redis, batch_size=3)
    ids = [record_tool_result("git_push", {"branch": f"b{i}"}, error="boom", recorder=recorder) for i in range(7)]
    recorder.close()
    queue = Queue("q-test", connection=fake_redis, serializer=JSONSerializer)
    sizes = [len(job.args[0]) for job in queue.jobs]
    assert sum(sizes) == 7 and max(sizes) <= 3
    assert [e["event_id"] for e in queued_events(fake_redis)] == ids
    job = queue.jobs[0]
    assert job.func_name == "worker.jobs.process_events" and job.result_ttl == 0 and job.failure_ttl > 0


def test_when_redis_is_away_events_are_spooled_and_resent_later(fake_redis, tmp_path, monkeypatch):
    settings = settings_for(tmp_path, monkeypatch)
    down = Recorder(settings, redis=connect("redis://127.0.0.1:1/0", 0.1))
    started = time.monotonic()
    for i in range(5):
        record_tool_result("git_push", {"n": i}, error="x", recorder=down, sync=True)
    assert time.monotonic() - started < 2
    assert Spool(settings.spool_dir).pending() == 5
    up = Recorder(settings, redis=fake_redis)
    record_tool_result("git_push", {"n": 5}, error="x", recorder=up, sync=True)
    assert [e["params"]["n"] for e in queued_events(fake_redis)] == [0, 1, 2, 3, 4, 5]
    assert Spool(settings.spool_dir).pending() == 0


def test_a_torn_spool_line_is_dropped_not_fatal(fake_redis, tmp_path, monkeypatch):
    settings = settings_for(tmp_path, monkeypatch)
    spool = Spool(settings.spool_dir)
    spool.append([{"tool": "a", "params": {}, "ok": True}])
    with open(spool.path, "a") as handle:
        handle.write('{"tool": "b", "par')
    Recorder(settings, redis=fake_redis).send([])
    assert [e["tool"] for e in queued_events(fake_redis)] == ["a"]


def test_a_full_buffer_spills_to_the_spool_instead_of_dropping(tmp_path, monkeypatch):
    settings = settings_for(tmp_path, monkeypatch)
    recorder = Recorder(settings, redis=connect("redis://127.0.0.1:1/0", 0.1), max_buffer=2, flush_interval=60)
    for i in range(5):
        recorder.record({"tool": "t", "params": {"n": i}, "ok": True})
    assert recorder.pending()["spooled"] == 3
    recorder.close()
    assert recorder.pending() == {"buffered": 0, "spooled": 5}


def test_record_never_raises_and_never_keeps_secrets(fake_redis, tmp_path, monkeypatch):
    recorder = Recorder(settings_for(tmp_path, monkeypatch), redis=fake_redis)
    assert record_tool_result("bad tool name!", {}, error="x", recorder=recorder) is None
    record_tool_result("gitlab_api", {"token": "glpat-abcdefghijklmnop1234", "url": "https://bob:hunter2@gitlab.example.com/x"},
                       error="401 for Authorization: Bearer abcdefghijklmnopqrstuvwxyz", recorder=recorder, sync=True)
    text = json.dumps(queued_events(fake_redis))
    for secret in ("glpat-abcdefghijklmnop1234", "hunter2", "abcdefghijklmnopqrstuvwxyz"):
        assert secret not in text
    assert "<redacted>" in text


def test_an_idle_recorder_resends_its_spool_when_redis_comes_back(fake_redis, tmp_path, monkeypatch):
    import producers.recorder as recorder_module

    monkeypatch.setattr(recorder_module, "SPOOL_RETRY_SECONDS", 0.05)
    recorder = Recorder(settings_for(tmp_path, monkeypatch), redis=fake_redis, flush_interval=0.02)
    monkeypatch.setattr(recorder, "_enqueue", lambda events: (_ for _ in ()).throw(ConnectionError("down")))
    recorder.record({"tool": "t", "params": {}, "ok": True})
    deadline = time.monotonic() + 5
    while recorder.pending()["spooled"] != 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert recorder.pending() == {"buffered": 0, "spooled": 1}
    monkeypatch.delattr(recorder, "_enqueue")  # Redis is back; no new event is recorded
    deadline = time.monotonic() + 5
    while (not queued_events(fake_redis) or recorder.pending()["spooled"]) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(queued_events(fake_redis)) == 1 and recorder.pending()["spooled"] == 0
    recorder.close()


def test_an_event_that_is_not_json_is_dropped_alone_and_redis_is_not_taken_for_down(fake_redis, tmp_path, monkeypatch, caplog):
    recorder = Recorder(settings_for(tmp_path, monkeypatch), redis=fake_redis, batch_size=10)
    recorder.record({"event_id": "good-1", "tool": "t", "params": {}, "ok": True})
    recorder.record({"event_id": "bad", "tool": "t", "params": {"model": object()}, "ok": True})
    recorder.record({"event_id": "good-2", "tool": "t", "params": {}, "ok": True})
    recorder.flush()
    recorder.record({"event_id": "later", "tool": "t", "params": {}, "ok": True})
    recorder.close()
    assert [e["event_id"] for e in queued_events(fake_redis)] == ["good-1", "good-2", "later"]
    assert recorder.pending() == {"buffered": 0, "spooled": 0} and not recorder._down
    assert "event bad not recorded: not JSON" in caplog.text


def test_a_server_error_reply_spools_that_batch_only_and_the_next_one_goes_to_redis(fake_redis, tmp_path, monkeypatch):
    from worker.resp import ResponseError

    recorder = Recorder(settings_for(tmp_path, monkeypatch), redis=fake_redis)
    real, calls = recorder._enqueue, []

    def refuse_once(events):
        calls.append(len(events))
        if len(calls) == 1:
            raise ResponseError("OOM command not allowed when used memory > 'maxmemory'")
        real(events)
    monkeypatch.setattr(recorder, "_enqueue", refuse_once)
    assert recorder.send([{"event_id": "a", "tool": "t", "params": {}, "ok": True}]) is False
    assert recorder.pending()["spooled"] == 1 and not recorder._down  # kept, but Redis is not "down"
    assert recorder.send([{"event_id": "b", "tool": "t", "params": {}, "ok": True}]) is True
    assert sorted(e["event_id"] for e in queued_events(fake_redis)) == ["a", "b"] and recorder.pending()["spooled"] == 0


def test_the_callers_thread_never_waits_on_the_disk_even_with_the_buffer_full(tmp_path, monkeypatch):
    import os
    import threading

    synced_by = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced_by.append(threading.current_thread().name), real_fsync(fd)))
    settings = settings_for(tmp_path, monkeypatch)
    recorder = Recorder(settings, redis=connect("redis://127.0.0.1:1/0", 0.1), max_buffer=5, batch_size=5)
    for i in range(200):  # Redis refused: the sender spools batches, the caller spills what the buffer cannot hold
        recorder.record({"event_id": f"e{i}", "tool": "t", "params": {"n": i}, "ok": True})
    caller_syncs = [name for name in synced_by if name == threading.current_thread().name]
    recorder.close()
    assert caller_syncs == [] and recorder.pending() == {"buffered": 0, "spooled": 200}


def test_close_waits_for_a_batch_the_sender_holds_in_a_hung_send_so_none_is_left_in_flight(tmp_path, monkeypatch):
    import socket

    from worker.resp import MiniRedis

    hung = socket.socket()  # accepts connections (the kernel's backlog) and never answers
    hung.bind(("127.0.0.1", 0))
    hung.listen(8)
    try:
        url = f"redis://127.0.0.1:{hung.getsockname()[1]}/0"
        # the send outlives close()'s 5 s join of the sender thread
        recorder = Recorder(settings_for(tmp_path, monkeypatch), redis=MiniRedis(url, timeout=6.0), batch_size=5)
        for i in range(5):
            recorder.record({"event_id": f"e{i}", "tool": "t", "params": {"n": i}, "ok": True})
        deadline = time.monotonic() + 5
        while recorder.pending()["buffered"] and time.monotonic() < deadline:
            time.sleep(0.01)  # the sender has taken the batch and is stuck sending it
        recorder.close()  # the buffer is empty: only the sender holds the batch
        assert recorder.pending() == {"buffered": 0, "spooled": 5}
    finally:
        hung.close()
