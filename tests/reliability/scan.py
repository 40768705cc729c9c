"""Read every byte a deployment keeps: all Redis keys of every type, the AOF command stream, files.

RQ zlib-compresses job data and exc_info, so every blob is also scanned decompressed; the AOF is
parsed as RESP so the compressed arguments of its HSETs are opened too.
"""
from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterable, Iterator

from redis import Redis


def _opened(blob: bytes) -> Iterator[bytes]:
    yield blob
    try:
        yield zlib.decompress(blob)
    except (zlib.error, ValueError):
        pass


def redis_values(client: Redis, match: str = "*") -> Iterator[bytes]:
    """Key names and values of every type, decompressed where RQ compressed them."""
    for key in client.scan_iter(match=match, count=1000):
        yield key
        kind = client.type(key).decode()
        parts: Iterable[bytes]
        if kind == "string":
            parts = [client.get(key) or b""]
        elif kind == "hash":
            parts = [b for pair in client.hgetall(key).items() for b in pair]
        elif kind == "list":
            parts = client.lrange(key, 0, -1)
        elif kind == "set":
            parts = list(client.smembers(key))
        elif kind == "zset":
            parts = [member for member, _ in client.zrange(key, 0, -1, withscores=True)]
        elif kind == "stream":
            parts = [b for _, fields in client.xrange(key) for pair in fields.items() for b in pair]
        else:
            parts = []
        for part in parts:
            yield from _opened(part)


def resp_arguments(data: bytes) -> Iterator[bytes]:
    """Every bulk string of an AOF written without an RDB preamble (`*N` / `$len` framing)."""
    at = 0
    while at < len(data):
        if data[at:at + 1] == b"$":
            end = data.index(b"\r\n", at)
            length = int(data[at + 1:end])
            yield from _opened(data[end + 2:end + 2 + length])
            at = end + 2 + length + 2
        else:
            end = data.find(b"\r\n", at)
            at = len(data) if end < 0 else end + 2


def file_blobs(paths: Iterable[Path]) -> Iterator[tuple[str, bytes]]:
    for path in paths:
        if not path.is_file():
            continue
        data = path.read_bytes()
        yield str(path), data
        if "appendonly" in path.name or path.suffix == ".aof":
            yield f"{path} (RESP arguments)", b"\n".join(resp_arguments(data))


def find(needles: list[bytes], blobs: dict[str, bytes]) -> list[str]:
    """Where any needle occurs."""
    return [where for where, blob in blobs.items() if any(needle in blob for needle in needles)]
