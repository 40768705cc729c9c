"""The hooks' minimal Redis client answers like redis-py against a real server."""
from __future__ import annotations

import pytest

from tests.conftest import free_port, start_redis_server
from worker.resp import MiniRedis, ResponseError


def test_the_commands_hooks_use_answer_as_redis_py_does(env, redis):
    prefix = env["USAGE_PATTERNS_KEY_PREFIX"]
    mini = MiniRedis(env["REDIS_URL"])
    assert mini.ping() is True
    assert mini.set(prefix + "a", "1", ex=60) is True and mini.set(prefix + "a", "2", nx=True) is None
    assert mini.get(prefix + "a") == redis.get(prefix + "a") == b"1"
    assert mini.getdel(prefix + "a") == b"1" and mini.get(prefix + "a") is None
    redis.sadd(prefix + "s", "x", "y")
    redis.hset(prefix + "h", mapping={"k1": "v1", "k2": "v2"})
    assert mini.smembers(prefix + "s") == redis.smembers(prefix + "s")
    assert sorted(mini.hkeys(prefix + "h")) == sorted(redis.hkeys(prefix + "h"))
    with mini.pipeline() as pipe:
        pipe.rpush(prefix + "l", "a", "b", "c")
        pipe.ltrim(prefix + "l", -2, -1)
        pipe.expire(prefix + "l", 60)
        assert pipe.execute() == [3, True, 1]
    assert mini.lrange(prefix + "l", 0, -1) == redis.lrange(prefix + "l", 0, -1) == [b"b", b"c"]
    with mini.pipeline(transaction=False) as pipe:
        pipe.get(prefix + "missing")
        pipe.smembers(prefix + "s")
        none, members = pipe.execute()
    assert none is None and members == {b"x", b"y"}
    with pytest.raises(ResponseError, match="WRONGTYPE"):
        mini.lrange(prefix + "h", 0, -1)
    assert mini.ping()  # an error reply leaves the connection usable
    mini.close()


def test_passwords_databases_and_unreachable_servers(tmp_path):
    port = free_port()
    process = start_redis_server(port, tmp_path)
    try:
        from redis import Redis

        Redis(port=port).config_set("requirepass", "s3cret")
        mini = MiniRedis(f"redis://:s3cret@127.0.0.1:{port}/3")
        assert mini.set("k", "v") is True
        assert Redis(port=port, password="s3cret", db=3).get("k") == b"v"
        with pytest.raises(ResponseError, match="WRONGPASS|invalid password"):
            MiniRedis(f"redis://:wrong@127.0.0.1:{port}/0").ping()
    finally:
        process.terminate()
        process.wait(10)
    with pytest.raises(ConnectionError):
        MiniRedis(f"redis://127.0.0.1:{free_port()}/0", timeout=0.2).ping()
    with pytest.raises(ValueError):
        MiniRedis("unix:///tmp/redis.sock")
