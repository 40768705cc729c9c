"""The secret scan can see: a needle planted in each Redis key type (and zlib-compressed, as RQ
stores job data) is found in the live keys and in every part of the Redis 7 multi-part AOF, before
and after a rewrite; a target that is missing or empty fails the scan instead of passing it."""
from __future__ import annotations

import base64
import zlib

import pytest
from redis import Redis

from tests.conftest import wait_for
from tests.reliability.scan import KEY_TYPES, aof_parts, file_blobs, find, redis_blobs, require
from tests.reliability.servers import RedisServer


def _plant(client: Redis) -> dict[str, bytes]:
    needles = {kind: f"needle-{kind}-7Qx9".encode() for kind in KEY_TYPES}
    needles["compressed"] = b"needle-compressed-7Qx9"
    needles["base64 of zlib"] = b"needle-b64zlib-7Qx9"  # how rq 3 keeps exc_string in rq:results:<id>
    client.set("s", b"a " + needles["string"])
    client.hset("h", mapping={"f": needles["hash"], "data": zlib.compress(b"{" + needles["compressed"] + b"}")})
    client.rpush("l", b"x", needles["list"])
    client.sadd("st", needles["set"])
    client.zadd("z", {needles["zset"]: 1.5})
    client.xadd("x", {"k": needles["stream"], "exc_string": base64.b64encode(zlib.compress(needles["base64 of zlib"]))})
    return needles


def test_a_needle_in_every_key_type_is_found_live_and_in_every_aof_part(tmp_path):
    server = RedisServer(tmp_path / "redis", "--appendonly", "yes", "--appendfsync", "always",
                         "--aof-use-rdb-preamble", "no").start()
    try:
        client = Redis(port=server.port)
        needles = _plant(client)
        live = redis_blobs(client, "redis")
        assert {where.split()[1] for where in live} == set(KEY_TYPES)
        for kind, needle in needles.items():
            assert find([needle], live), f"the scan misses a needle in a {kind}"
        incremental = dict(file_blobs(aof_parts(server.directory)))
        for kind, needle in needles.items():
            assert any(".incr." in where for where in find([needle], incremental)), kind
        client.bgrewriteaof()
        wait_for(lambda: client.info("persistence")["aof_rewrite_in_progress"] == 0
                 and client.info("persistence")["aof_rewrite_scheduled"] == 0, message="the AOF rewrite")
        rewritten = dict(file_blobs(aof_parts(server.directory)))
        for kind, needle in needles.items():
            assert any(".base." in where for where in find([needle], rewritten)), kind
    finally:
        server.stop()


def test_a_missing_or_empty_target_fails_the_scan():
    blobs = {"snapshot /x.yaml": b"", "redis hash k": b"leak_01 data"}
    with pytest.raises(AssertionError, match="missing"):
        require(blobs, "export", b"leak_01")
    with pytest.raises(AssertionError, match="empty"):
        require(blobs, "snapshot", b"leak_01")
    with pytest.raises(AssertionError, match="expected >= 2"):
        require(blobs, "redis", b"leak_01", at_least=2)
    require(blobs, "redis", b"leak_01")


def test_an_aof_with_an_rdb_preamble_is_refused_not_skipped(tmp_path):
    server = RedisServer(tmp_path / "redis", "--appendonly", "yes", "--aof-use-rdb-preamble", "yes").start()
    try:
        Redis(port=server.port).set("k", "v")
        with pytest.raises(AssertionError, match="RDB preamble"):
            dict(file_blobs(aof_parts(server.directory)))
    finally:
        server.stop()
