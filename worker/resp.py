"""A minimal Redis client for one-shot processes (hooks, `usage-patterns record`).

A Claude Code hook runs on every tool call; importing redis-py (and the asyncio machinery
it pulls in) costs such a process several times Python's own start-up. The hook needs a
handful of commands over one connection, so this speaks RESP2 over a socket itself:
`redis://` and `rediss://` URLs, `user:password@`, `/db`, and TLS options in the query
(`ssl_cert_reqs`, `ssl_ca_certs`, `ssl_certfile`, `ssl_keyfile`), like redis-py's `from_url`.
It answers the redis-py method names the store uses (any other name is sent as that command),
returns bytes like redis-py without `decode_responses`, and raises `ConnectionError`
(an `OSError`) when the server cannot be reached — never anything else for a network fault.
Long-running processes (workers, the CLI's admin commands) keep using redis-py.
"""
from __future__ import annotations

import socket
from typing import Any, Iterator
from urllib.parse import parse_qs, unquote, urlparse

from contextlib import contextmanager

Reply = Any


class ResponseError(Exception):
    """The server answered with an error (`-ERR …`, `-WRONGPASS …`)."""


class MiniRedis:
    def __init__(self, url: str, timeout: float = 0.5) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("redis", "rediss"):
            raise ValueError(f"unsupported Redis URL scheme {parsed.scheme!r}")
        self.host = parsed.hostname or "localhost"
        self.port = parsed.port or 6379
        self.username = unquote(parsed.username) if parsed.username else None
        self.password = unquote(parsed.password) if parsed.password else None
        path = parsed.path.strip("/")
        self.db = int(path) if path.isdigit() else 0
        self.tls = parsed.scheme == "rediss"
        self.options = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
        if "db" in self.options and self.options["db"].isdigit():
            self.db = int(self.options["db"])
        self.timeout = timeout
        self._sock: socket.socket | None = None
        self._file: Any = None

    # ------------------------------------------------------------------ connection
    def _connect(self) -> None:
        try:
            # an ASCII host as bytes: getaddrinfo then skips the idna codec (and its imports)
            host = self.host.encode() if self.host.isascii() else self.host
            sock = socket.create_connection((host, self.port), timeout=self.timeout)  # type: ignore[arg-type]
            if self.tls:
                sock = self._wrap(sock)
        except OSError as exc:
            raise ConnectionError(f"cannot reach Redis at {self.host}:{self.port} ({exc})") from None
        self._sock, self._file = sock, sock.makefile("rb")
        if self.password is not None:
            self._call(["AUTH", self.username, self.password] if self.username else ["AUTH", self.password])
        if self.db:
            self._call(["SELECT", self.db])

    def _wrap(self, sock: socket.socket) -> socket.socket:
        import ssl

        context = ssl.create_default_context(cafile=self.options.get("ssl_ca_certs"))
        if self.options.get("ssl_cert_reqs", "required").lower() in ("none", "cert_none"):
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        if self.options.get("ssl_certfile"):
            context.load_cert_chain(self.options["ssl_certfile"], self.options.get("ssl_keyfile"))
        return context.wrap_socket(sock, server_hostname=self.host)

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
        self._sock = self._file = None

    # ------------------------------------------------------------------ protocol
    @staticmethod
    def _encode(args: list[Any]) -> bytes:
        out = [b"*%d\r\n" % len(args)]
        for arg in args:
            data = arg if isinstance(arg, bytes) else str(arg).encode()
            out.append(b"$%d\r\n%s\r\n" % (len(data), data))
        return b"".join(out)

    def _read(self) -> Reply:
        line = self._file.readline()
        if not line:
            raise ConnectionError("Redis closed the connection")
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return True if rest == b"OK" else rest
        if kind == b"-":
            return ResponseError(rest.decode(errors="replace"))
        if kind == b":":
            return int(rest)
        if kind == b"$":
            size = int(rest)
            if size < 0:
                return None
            data = self._file.read(size + 2)
            return data[:-2]
        if kind == b"*":
            count = int(rest)
            return None if count < 0 else [self._read() for _ in range(count)]
        raise ConnectionError(f"unexpected reply from Redis: {line[:40]!r}")

    def _send(self, commands: list[list[Any]]) -> list[Reply]:
        if self._sock is None:
            self._connect()
        assert self._sock is not None
        try:
            self._sock.sendall(b"".join(self._encode(c) for c in commands))
            return [self._read() for _ in commands]
        except OSError as exc:
            self.close()
            raise ConnectionError(f"Redis connection failed ({exc})") from None

    def _call(self, command: list[Any]) -> Reply:
        [reply] = self._send([command])
        if isinstance(reply, ResponseError):
            raise reply
        return reply

    def execute_command(self, *args: Any) -> Reply:
        return self._call([a for a in args if a is not None])

    # ------------------------------------------------------------------ commands
    def ping(self) -> bool:
        return self._call(["PING"]) in (True, b"PONG")

    def set(self, name: str, value: Any, ex: int | None = None, nx: bool = False) -> Reply:
        return self._call(_set_args(name, value, ex, nx))

    def smembers(self, name: str) -> frozenset[bytes]:
        return frozenset(self._call(["SMEMBERS", name]))

    def pipeline(self, transaction: bool = True) -> Pipeline:
        return Pipeline(self, transaction)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        command = name.upper()
        return lambda *args: self._call([command, *args])

    def __enter__(self) -> MiniRedis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Pipeline:
    """Commands queued, sent in one round trip; in MULTI/EXEC when `transaction`."""

    def __init__(self, client: MiniRedis, transaction: bool) -> None:
        self.client = client
        self.transaction = transaction
        self.commands: list[list[Any]] = []
        self._sets: list[int] = []  # positions whose reply is a SMEMBERS set

    def set(self, name: str, value: Any, ex: int | None = None, nx: bool = False) -> Pipeline:
        self.commands.append(_set_args(name, value, ex, nx))
        return self

    def smembers(self, name: str) -> Pipeline:
        self._sets.append(len(self.commands))
        self.commands.append(["SMEMBERS", name])
        return self

    def execute_command(self, *args: Any) -> Pipeline:
        self.commands.append([a for a in args if a is not None])
        return self

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        command = name.upper()

        def queue(*args: Any) -> Pipeline:
            self.commands.append([command, *args])
            return self
        return queue

    def execute(self) -> list[Reply]:
        commands, self.commands = self.commands, []
        if not commands:
            return []
        if self.transaction:
            replies = self.client._send([["MULTI"], *commands, ["EXEC"]])
            errors = [r for r in replies[:-1] if isinstance(r, ResponseError)]
            if errors:
                raise errors[0]
            results = replies[-1]
            if results is None:
                raise ResponseError("transaction aborted")
        else:
            results = self.client._send(commands)
        for position in self._sets:
            if isinstance(results[position], list):
                results[position] = set(results[position])
        self._sets = []
        for reply in results:
            if isinstance(reply, ResponseError):
                raise reply
        return list(results)

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.commands = []


def _set_args(name: str, value: Any, ex: int | None, nx: bool) -> list[Any]:
    args: list[Any] = ["SET", name, value]
    if ex is not None:
        args += ["EX", int(ex)]
    if nx:
        args.append("NX")
    return args


@contextmanager
def connection(url: str, timeout: float = 0.5) -> Iterator[MiniRedis]:
    client = MiniRedis(url, timeout)
    try:
        yield client
    finally:
        client.close()
