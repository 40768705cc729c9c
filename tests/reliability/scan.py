"""Read every byte a deployment keeps: all Redis keys of every type, the AOF command stream, files.

RQ zlib-compresses job data and exc_info, and rq 3 keeps results (exc_string, return_value) in
a stream as base64 of zlib or of the serializer's bytes, so every blob is also scanned decompressed
and base64-decoded; the AOF is
parsed as RESP so the compressed arguments of its HSETs are opened too. Redis 7 keeps a
multi-part AOF (`appendonlydir/`: a base file, incremental files, a manifest); each part is read.

A scan of nothing finds nothing: `require` fails when a target the scan claims to cover is
missing, empty, or holds no trace of the events planted in it.
"""
from __future__ import annotations

import base64
import re
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from redis import Redis

_B64 = re.compile(rb"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
KEY_TYPES = ("string", "hash", "list", "set", "zset", "stream")


def _inflated(blob: bytes) -> Iterator[bytes]:
    try:
        yield zlib.decompress(blob)
    except (zlib.error, ValueError):
        pass


def _opened(blob: bytes) -> Iterator[bytes]:
    yield blob
    yield from _inflated(blob)
    if len(blob) >= 8 and _B64.fullmatch(blob):
        decoded = base64.b64decode(blob)
        yield decoded
        yield from _inflated(decoded)


def _parts(client: Redis, key: bytes, kind: str) -> Iterable[bytes]:
    if kind == "string":
        return [client.get(key) or b""]
    if kind == "hash":
        return [b for pair in client.hgetall(key).items() for b in pair]
    if kind == "list":
        return client.lrange(key, 0, -1)
    if kind == "set":
        return list(client.smembers(key))
    if kind == "zset":
        return [member for member, _ in client.zrange(key, 0, -1, withscores=True)]
    if kind == "stream":
        return [b for _, fields in client.xrange(key) for pair in fields.items() for b in pair]
    raise AssertionError(f"key {key!r} has a type the scan cannot read: {kind}")


def redis_blobs(client: Redis, label: str, match: str = "*") -> dict[str, bytes]:
    """One blob per key (its name and every value, decompressed where RQ compressed them),
    labelled `<label> <type> <key>`."""
    blobs: dict[str, bytes] = {}
    for key in client.scan_iter(match=match, count=1000):
        kind = client.type(key).decode()
        if kind == "none":  # expired between SCAN and TYPE
            continue
        opened = [key] + [piece for part in _parts(client, key, kind) for piece in _opened(part)]
        blobs[f"{label} {kind} {key.decode(errors='replace')}"] = b"\n".join(opened)
    return blobs


def redis_values(client: Redis, match: str = "*") -> Iterator[bytes]:
    """Key names and values of every type, decompressed where RQ compressed them."""
    yield from redis_blobs(client, "redis", match).values()


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


def is_aof(path: Path) -> bool:
    return path.suffix == ".aof" or (path.name.startswith("appendonly") and not path.name.endswith(".manifest"))


def file_blobs(paths: Iterable[Path]) -> Iterator[tuple[str, bytes]]:
    for path in paths:
        if not path.is_file():
            continue
        data = path.read_bytes()
        yield str(path), data
        if is_aof(path):
            if data.startswith(b"REDIS"):
                raise AssertionError(f"{path} starts with an RDB preamble the scan cannot read: run the "
                                     "server with --aof-use-rdb-preamble no")
            yield f"{path} (RESP arguments)", b"\n".join(resp_arguments(data))


def aof_parts(directory: Path) -> list[Path]:
    """The AOF files of a Redis 7 server (`appenddirname`, default appendonlydir), as its manifest
    lists them; fails when there is no AOF or a listed part is missing."""
    manifests = list(directory.rglob("*.manifest"))
    assert manifests, f"no AOF manifest under {directory}: is the server running with appendonly yes?"
    parts = []
    for manifest in manifests:
        for line in manifest.read_text().splitlines():
            fields = line.split()
            name = fields[fields.index("file") + 1]
            part = manifest.parent / name
            assert part.is_file(), f"{manifest} lists {name}, which is missing"
            parts.append(part)
    assert any(".incr." in p.name for p in parts) and any(".base." in p.name for p in parts), parts
    return parts


def find(needles: list[bytes], blobs: dict[str, bytes]) -> list[str]:
    """Where any needle occurs."""
    return [where for where, blob in blobs.items() if any(needle in blob for needle in needles)]


def require(blobs: dict[str, bytes], label: str, evidence: bytes, at_least: int = 1) -> None:
    """The scan really read `label`: blobs whose name starts with it exist, are not empty, and
    `evidence` (a trace of what was planted there, e.g. a tool name) occurs in at least
    `at_least` of them. A missing or empty target fails the test instead of passing it."""
    matching = {where: blob for where, blob in blobs.items() if where.startswith(label)}
    assert matching, f"scan target {label!r} is missing: nothing of it was read"
    assert any(matching.values()), f"scan target {label!r} is empty"
    holding = [where for where, blob in matching.items() if evidence in blob]
    assert len(holding) >= at_least, (
        f"scan target {label!r}: {len(holding)} of {len(matching)} blobs hold {evidence!r}, expected >= {at_least}")
