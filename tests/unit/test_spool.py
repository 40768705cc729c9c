"""The spool: no event lost or doubled while processes and threads append and drains run at once."""
from __future__ import annotations

import fcntl
import multiprocessing
import os
import random
import threading
import time
from pathlib import Path

from producers.spool import Spool

PROCESSES, THREADS, PER_THREAD = 4, 3, 400
DRAINERS = 3


def _append_events(directory: str, writer: int) -> None:
    """One process: THREADS threads, each appending PER_THREAD events one or a few at a time."""
    spool = Spool(Path(directory))

    def run(thread: int) -> None:
        rng = random.Random(writer * 100 + thread)
        n = 0
        while n < PER_THREAD:
            size = min(rng.choice([1, 1, 1, 3, 7]), PER_THREAD - n)
            spool.append([{"event_id": f"w{writer}-t{thread}-{n + i}", "pad": "x" * rng.randint(0, 3000)}
                          for i in range(size)], sync=rng.random() < 0.05)
            n += size
    threads = [threading.Thread(target=run, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _drain_until(directory: str, sink: str, stop, flaky: bool) -> None:
    """One drain process: drains in a loop; what it sends goes to its own sink file. A flaky one
    fails some sends (after part of a segment went, or before any did)."""
    spool = Spool(Path(directory))
    rng = random.Random(sink)

    def send(batch: list[dict]) -> None:
        if flaky and rng.random() < 0.3:
            raise ConnectionError("Redis went away")
        with open(sink, "a") as out:
            out.write("".join(event["event_id"] + "\n" for event in batch))
    while True:
        finished = stop.is_set()
        try:
            spool.drain(send, batch_size=rng.choice([5, 50, 500]))
        except ConnectionError:
            continue
        if finished:
            return
        time.sleep(0.002)


def test_concurrent_appends_and_drains_lose_nothing_and_double_nothing(tmp_path):
    directory, context = str(tmp_path / "spool"), multiprocessing.get_context("fork")
    stop = context.Event()
    sinks = [str(tmp_path / f"sink-{n}.txt") for n in range(DRAINERS)]
    drainers = [context.Process(target=_drain_until, args=(directory, sink, stop, n == 0))
                for n, sink in enumerate(sinks)]
    writers = [context.Process(target=_append_events, args=(directory, w)) for w in range(PROCESSES)]
    for process in drainers + writers:
        process.start()
    for process in writers:
        process.join(120)
        assert process.exitcode == 0
    stop.set()
    for process in drainers:
        process.join(120)
        assert process.exitcode == 0
    Spool(Path(directory)).drain(lambda batch: _sink_write(sinks[1], batch))  # whatever is left
    sent = [line for sink in sinks if Path(sink).exists() for line in Path(sink).read_text().split()]
    expected = {f"w{w}-t{t}-{n}" for w in range(PROCESSES) for t in range(THREADS) for n in range(PER_THREAD)}
    assert len(sent) == len(expected) == PROCESSES * THREADS * PER_THREAD  # 0 doubled
    assert set(sent) == expected  # 0 lost
    assert Spool(Path(directory)).pending() == 0
    assert sum(Path(sink).exists() and Path(sink).stat().st_size > 0 for sink in sinks) >= 2  # drains really ran


def _sink_write(sink: str, batch: list[dict]) -> None:
    with open(sink, "a") as out:
        out.write("".join(event["event_id"] + "\n" for event in batch))


def test_a_failed_drain_keeps_what_it_did_not_send_without_rewriting(tmp_path):
    spool = Spool(tmp_path)
    spool.append([{"event_id": str(n)} for n in range(10)])
    sent: list[str] = []

    def fail_after_first(batch: list[dict]) -> None:
        if sent:
            raise ConnectionError("down")
        sent.extend(e["event_id"] for e in batch)
    try:
        spool.drain(fail_after_first, batch_size=4)
    except ConnectionError:
        pass
    assert sent == ["0", "1", "2", "3"] and spool.pending() == 6

    def refuse(batch: list[dict]) -> None:
        raise ConnectionError("still down")
    try:
        spool.drain(refuse)
    except ConnectionError:
        pass
    assert spool.pending() == 6  # nothing sent: the claimed segment is left as it is, not rewritten
    later: list[str] = []
    spool.drain(lambda batch: later.extend(e["event_id"] for e in batch))
    assert later == ["4", "5", "6", "7", "8", "9"] and spool.pending() == 0


def test_a_segment_of_a_dead_drain_is_taken_and_one_of_a_live_drain_is_left(tmp_path):
    spool = Spool(tmp_path)
    (tmp_path / "events.dead.jsonl.sending").write_text('{"event_id": "a"}\n')
    (tmp_path / "events.busy.jsonl.sending").write_text('{"event_id": "b"}\n')
    busy = os.open(tmp_path / "events.busy.jsonl.sending", os.O_RDONLY)
    fcntl.flock(busy, fcntl.LOCK_EX)  # another drain is sending this one right now
    got: list[str] = []
    spool.drain(lambda batch: got.extend(e["event_id"] for e in batch))
    assert got == ["a"] and spool.pending() == 1
    os.close(busy)  # that drain died: its lock is gone with it
    spool.drain(lambda batch: got.extend(e["event_id"] for e in batch))
    assert got == ["a", "b"] and spool.pending() == 0


def test_an_append_after_a_torn_line_keeps_its_own_line(tmp_path):
    spool = Spool(tmp_path)
    spool.append([{"event_id": "1"}])
    with open(spool.path, "a") as handle:
        handle.write('{"event_id": "tor')  # a crash mid-append
    spool.append([{"event_id": "2"}])
    got: list[str] = []
    spool.drain(lambda batch: got.extend(e["event_id"] for e in batch))
    assert got == ["1", "2"]


def test_a_limited_drain_sends_whole_batches_up_to_the_limit_and_keeps_the_rest(tmp_path):
    spool = Spool(tmp_path)
    spool.append([{"event_id": str(n)} for n in range(1200)])
    got: list[str] = []
    assert spool.drain(lambda batch: got.extend(e["event_id"] for e in batch), batch_size=200, limit=500) == 600
    assert spool.pending() == 600
    assert spool.drain(lambda batch: got.extend(e["event_id"] for e in batch)) == 600
    assert sorted(got, key=int) == [str(n) for n in range(1200)] and spool.pending() == 0
