"""Local fake services on 127.0.0.1 that give real clients real failures.

``Helpers`` starts them and stops them all at exit: HTTP(S) servers answering through a batch's
route function, RESP (Redis protocol) servers answering through a batch's reply function, a
listener that never answers (timeouts) and one that resets every connection.
"""
from __future__ import annotations

import json
import socket
import socketserver
import shutil
import ssl
import struct
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

HOST = "127.0.0.1"
JSON = "application/json"
TEXT = "text/plain; charset=utf-8"
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Request:
    """What a route function sees."""

    method: str
    target: str  # path with query, as sent
    body: bytes
    headers: Message
    port: int

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> str:
        return urlsplit(self.target).query


@dataclass(frozen=True)
class Reply:
    status: int
    body: str | bytes = ""
    content_type: str = JSON
    headers: Mapping[str, str] = field(default_factory=dict)


def reply(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Reply:
    """A dict/list body as JSON, a str as text; a ``Content-Type`` in headers wins."""
    extra = dict(headers or {})
    if isinstance(body, (dict, list)):
        data, ctype = json.dumps(body), JSON
    else:
        data, ctype = body or "", TEXT
    return Reply(status, data, extra.pop("Content-Type", ctype), extra)


Route = Callable[[Request], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_HTTPServer"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        answer = self.server.route(Request(self.command, self.path, body, self.headers, self.server.server_address[1]))
        data = answer.body if isinstance(answer.body, bytes) else answer.body.encode()
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in answer.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    route: Route

    def handle_error(self, request: Any, client_address: Any) -> None:  # clients hang up on purpose
        pass


class _RespServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    answer: Callable[[list[str]], str]


class _RespHandler(socketserver.StreamRequestHandler):
    server: _RespServer

    def handle(self) -> None:
        while True:
            try:
                line = self.rfile.readline()
            except OSError:
                return
            if not line:
                return
            if line.startswith(b"*"):
                args = []
                for _ in range(int(line[1:])):
                    size = int(self.rfile.readline()[1:])
                    args.append(self.rfile.read(size + 2)[:-2].decode(errors="replace"))
            else:
                args = line.decode(errors="replace").split()
            try:
                self.wfile.write((self.server.answer(args) + "\r\n").encode())
                self.wfile.flush()
            except OSError:
                return


def free_port(preferred: int) -> int:
    """``preferred`` when it is free (reproducible rows), else any free port."""
    for port in (preferred, 0):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
            return int(s.getsockname()[1])
        except OSError:
            continue
        finally:
            s.close()
    raise RuntimeError("no free port")


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def self_signed(cert: str, key: str, cn: str, days: int = 30) -> ssl.SSLContext:
    """A server context with a fresh self-signed certificate for ``cn`` (needs openssl)."""
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", str(days), "-subj", f"/CN={cn}"], check=True, capture_output=True, timeout=30)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


class Helpers:
    """Starts local helpers and stops every one of them on ``close`` (or leaving ``with``)."""

    def __init__(self) -> None:
        self._stops: list[Callable[[], None]] = []
        self._held: list[socket.socket] = []

    def __enter__(self) -> "Helpers":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for stop in reversed(self._stops):
            try:
                stop()
            except Exception:
                pass
        for conn in self._held:
            conn.close()
        self._stops.clear()
        self._held.clear()

    def _serve(self, server: socketserver.BaseServer) -> None:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self._stops.append(server.server_close)
        self._stops.append(server.shutdown)

    def http(self, port: int, route: Route, *, tls: ssl.SSLContext | None = None,
             server_version: str | None = None) -> None:
        """An HTTP server (HTTPS with ``tls``) answering every method through ``route``."""
        attrs = {} if server_version is None else {"server_version": server_version, "sys_version": ""}
        srv = _HTTPServer((HOST, port), type("Handler", (_Handler,), attrs))
        srv.route = route
        if tls is not None:
            srv.socket = tls.wrap_socket(srv.socket, server_side=True)
        self._serve(srv)

    def resp(self, port: int, answer: Callable[[list[str]], str]) -> None:
        """A Redis-protocol server: ``answer(args)`` gives the raw reply line (``-ERR ...``, ``+OK``)."""
        srv = _RespServer((HOST, port), _RespHandler)
        srv.answer = answer
        self._serve(srv)

    def _listener(self, port: int, on_accept: Callable[[socket.socket], None] | None) -> None:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
        sock.listen(64)
        self._stops.append(sock.close)
        if on_accept is None:
            return

        def loop() -> None:
            while True:
                try:
                    conn, _ = sock.accept()
                except OSError:
                    return
                on_accept(conn)
        threading.Thread(target=loop, daemon=True).start()

    def hang(self, port: int, *, accept: bool = True) -> None:
        """A listener that never says anything (``accept=False``: never even accepts)."""
        self._listener(port, self._held.append if accept else None)

    def reset(self, port: int) -> None:
        """A listener that reads a little and then resets the connection (RST)."""
        def rst(conn: socket.socket) -> None:
            try:
                conn.recv(1024)
            except OSError:
                pass
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
        self._listener(port, rst)


def J(obj: Any) -> str:
    """A compact JSON body (or argument) as the services send it."""
    return json.dumps(obj, separators=(",", ":"))


NGINX_502 = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
             "</center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n")


def delete_redis_keys(prefix: str, url: str = "redis://127.0.0.1:6379/0") -> None:
    """Deletes the ``<prefix>:*`` keys a batch left on a Redis (the local one by default), in chunks;
    never FLUSH: the server is shared."""
    host, port = (urlsplit(url).hostname or "127.0.0.1"), (urlsplit(url).port or 6379)
    if shutil.which("redis-cli") and port_open(host, port):
        cli = ["redis-cli", "-u", url]
        keys = subprocess.run([*cli, "--scan", "--pattern", f"{prefix}:*"], capture_output=True, text=True).stdout.split()
        for i in range(0, len(keys), 200):
            subprocess.run([*cli, "DEL", *keys[i:i + 200]], capture_output=True)
