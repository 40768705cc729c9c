"""Batch "twelfth": a twelfth blind batch on tool families and tool names the corpus had not used.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch twelfth -o tests/corpus/twelfth_errors.jsonl``

What is run (every row is a real call made wrongly on this machine; nothing is hand-written):

- ``source: mcp`` -- MCP servers over stdio with the ``mcp`` Python client, tools named the way an
  agent host names them (``mcp__<server>__<tool>``): the npm ``@modelcontextprotocol/server-filesystem``,
  ``server-memory``, ``server-everything``, ``server-sequential-thinking``; the PyPI ``mcp-server-fetch``
  (against local HTTP helpers), ``mcp-server-time``, ``mcp-server-sqlite``; and a fleet-operations
  server written here on ``fastmcp`` with pydantic-typed tools (its validation and ``ToolError``
  messages are fastmcp's own; its tools reach real local services, closed ports, a read-only mount,
  a tiny tmpfs and uid 65534).  The message is the tool result's text when ``isError`` is set, else
  ``MCP error <code>: <message>`` for a JSON-RPC error.  A session that dies is reopened for the
  calls after it, and exception groups are unwrapped to the exception inside them.
- ``source: sdk`` -- boto3 against a local ``moto`` server (S3, DynamoDB, SQS, SNS, IAM, SSM, KMS,
  Secrets Manager, CloudWatch Logs, Kinesis, Step Functions, EventBridge) and against closed, hanging,
  TLS and throttling endpoints; DuckDB, polars, pandas IO, SQLAlchemy ORM sessions, celery/kombu
  against RabbitMQ and closed ports, asyncpg and aiomysql against PostgreSQL/MariaDB, grpcio against a
  local generic gRPC server and closed/hanging ports, websockets against a local server, redis-py
  streams.  The message is ``Error: <ExcClass>: <str(exc)>``.
- ``source: cli`` -- git plumbing, npm/npx, pip, uv, cargo/rustc, mvn, docker (no daemon),
  systemctl/journalctl, openssl, curl against local helpers, tar, ssh-keygen, rabbitmqctl, alembic.

Local helpers on 127.0.0.1: 28100 HTTP (REST statuses), 28101 the same behind TLS (self-signed),
28102 a listener that never accepts, 28103 one that accepts and never answers, 28104 one that resets
every connection, 28105 moto, 28106 an HTTP server whose robots.txt forbids, 28107 websockets,
28108 gRPC, 28109 a closed port.  Services: PostgreSQL 127.0.0.1:5432 (db ``test``), MariaDB (root),
Redis (keys ``corpus12:*`` only, deleted at exit), RabbitMQ (guest); only ``c12_``-prefixed objects are
created, dropped after.

The tools live outside the project: ``CORPUS_TWELFTH_TOOLS`` (default ``.corpus-tools/twelfth`` under
the checkout) holding ``venv/`` (pip install -r tests/corpus/batches/twelfth_requirements.txt) and
``node_modules/`` (npm install from twelfth_package.json), plus ``venv-sqlite/`` for mcp-server-sqlite, which
needs the 1.x ``mcp`` SDK (see the requirements file).  A family whose tools are missing is
skipped with a note.  ``CORPUS_TWELFTH_ONLY=<group,...>`` runs some groups only.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import textwrap
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, make_row
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import NOBODY, Sandbox, can_setpriv, can_unshare, ro_bind, tiny_fs, tool_env
from tests.corpus.harness.servers import (Helpers, J, NGINX_502, Reply, Request, delete_redis_keys, port_open,
                                          self_signed)

NAME = "twelfth"
ALIAS = "/tmp/corpus12"
PORT_BASE = int(os.environ.get("CORPUS_TWELFTH_PORT_BASE", "28100"))
(HTTP_PORT, TLS_PORT, SILENT_PORT, HANG_PORT, RESET_PORT, MOTO_PORT, ROBOTS_PORT, WS_PORT,
 GRPC_PORT, CLOSED_PORT) = range(PORT_BASE, PORT_BASE + 10)  # below the ephemeral range (32768-60999): no client port collides
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
MOTO = f"http://127.0.0.1:{MOTO_PORT}"
TOOLS = os.environ.get("CORPUS_TWELFTH_TOOLS", str(Path(__file__).resolve().parents[3] / ".corpus-tools" / "twelfth"))
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
SDK_PY = os.path.join(VENV_BIN, "python")
NODE_BIN = os.path.join(TOOLS, "node_modules", ".bin")
NOHOST = "svc.corpus12-internal.example"
C = CLOSED_PORT
MARK = "@@CORPUS12@@"


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
        (re.compile(r"\bpid[ =]\d+"), "pid 4242"),
        (re.compile(r"\b\d+\.\d+m?s\b"), "12ms"),
        (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\.\d+(?:\+00:00|Z)?"), "2026-12-02 00:00:00.000000"),
        (re.compile(r"RequestId: [0-9a-f-]{20,}"), "RequestId: 00000000-0000-0000-0000-000000000000"),
        (re.compile(r"\b[0-9A-Z]{52}\b"), "REQUESTIDREQUESTIDREQUESTIDREQUESTIDREQUESTIDREQUESTI"),
        (re.compile(r"\(Background on this error at: [^)]*\)"), "(Background on this error at: https://sqlalche.me/e/20/e3q8)"),
        (re.compile(r"/tmp/tmp[a-z0-9_]{6,}"), "/tmp/tmpcorpus12"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780,
                      drop_containing=("Location 'file:", "npm notice", "A complete log of this run"))


def base_env(box: Sandbox) -> dict[str, str]:
    return {
        **tool_env(box, "agent@corpus12.example", path_prefix=VENV_BIN),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "UV_NO_PROGRESS": "1",
    }


STATUS = {
    "/s/401": (401, {"error": "unauthorized", "message": "bearer token expired"}),
    "/s/403": (403, {"error": "forbidden", "message": "missing scope fleet:write"}),
    "/s/404": (404, {"error": "not_found", "message": "endpoint /v2/fleet-status not found"}),
    "/s/408": (408, {"error": "request_timeout", "message": "upstream took too long"}),
    "/s/429": (429, {"error": "too_many_requests", "message": "slow down: 120 requests per minute"}),
    "/s/500": (500, {"error": "internal", "message": "unexpected error"}),
    "/s/503": (503, {"error": "unavailable", "message": "maintenance in progress"}),
    "/s/504": (504, {"error": "gateway_timeout", "message": "upstream timed out"}),
    "/s/507": (507, {"error": "insufficient_storage", "message": "quota of 10 GiB reached"}),
}


def route(req: Request) -> Reply:
    p = req.path
    if p.startswith("/s/502"):
        return Reply(502, NGINX_502, "text/html")
    if p == "/robots.txt":
        return Reply(404, "no robots", "text/plain")
    if p == "/docs/page.html":
        return Reply(200, "<html><body><h1>Runbook</h1><p>Restart the worker.</p></body></html>", "text/html")
    if p.startswith("/api/items") and req.method == "POST":
        try:
            body = json.loads(req.body or b"{}")
        except ValueError:
            return Reply(400, J({"error": "bad_request", "message": "body is not valid JSON"}))
        if "name" not in body:
            return Reply(422, J({"detail": [{"loc": ["body", "name"], "msg": "Field required", "type": "missing"}]}))
        return Reply(409, J({"error": "conflict", "message": f"item '{body['name']}' already exists"}))
    if p.startswith("/api/items/"):
        return Reply(404, J({"error": "not_found", "message": f"item {p.rsplit('/', 1)[1]} not found"}))
    if p.startswith("/aws-throttle"):
        return Reply(400, "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>c12</RequestId></ErrorResponse>", "text/xml")
    if p.startswith("/aws-503") or req.headers.get("Host", "").startswith("127.0.0.1") and p.startswith("/c12-bucket-503"):
        return Reply(503, "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>", "application/xml")
    for key, (code, body) in STATUS.items():
        if p.startswith(key):
            return Reply(code, J(body))
    return Reply(404, J({"error": "not_found", "message": f"no route {p}"}))


def robots_route(req: Request) -> Reply:
    if req.path == "/robots.txt":
        return Reply(403, "forbidden", "text/plain")
    return Reply(200, "<html><body>ok</body></html>", "text/html")


def s3_503_route(req: Request) -> Reply:
    return Reply(503, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>ServiceUnavailable</Code><Message>Service is unable to handle request.</Message></Error>", "application/xml")


def throttle_route(req: Request) -> Reply:
    return Reply(400, J({"__type": "com.amazonaws.dynamodb.v20120810#ThrottlingException", "message": "Rate of requests exceeds the allowed throughput."}), "application/x-amz-json-1.0")


# ---------------------------------------------------------------------------
# drivers: many calls in one interpreter (each call in its own try; one message per call)
# ---------------------------------------------------------------------------

PY_DRIVER = r'''
import asyncio, json, signal, sys, textwrap, traceback
spec = json.load(sys.stdin)
def _alarm(*a):
    raise TimeoutError("CORPUS12 DRIVER TIMEOUT")
signal.signal(signal.SIGALRM, _alarm)
g = {"__name__": "__corpus__"}
exec(spec.get("pre", ""), g)
def leaf(exc):
    while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        exc = exc.exceptions[0]
    return exc
out = []
for c in spec["calls"]:
    ns = dict(g)
    try:
        if spec.get("aio"):
            exec("async def __call():\n" + textwrap.indent(c["code"], "    ") + "\n    return locals().get('result')", ns)
            res = asyncio.run(asyncio.wait_for(ns["__call"](), c.get("timeout", 25)))
        else:
            signal.alarm(int(c.get("timeout", 12)))
            try:
                exec(c["code"], ns)
            finally:
                signal.alarm(0)
            res = ns.get("result")
        out.append(None if res is None else str(res))
    except BaseException as exc:
        exc = leaf(exc)
        out.append(traceback.format_exc() if c.get("tb") else f"Error: {type(exc).__name__}: {exc}")
    ns.clear()
    sys.stdout.flush()
post = spec.get("post")
if post:
    try:
        exec(post, g)
    except BaseException:
        pass
print("\n@@CORPUS12@@" + json.dumps(out), flush=True)
import os
os._exit(0)
'''

Call = tuple  # (tool, params, code, label) or (tool, params, code, label, options)


def drive(run: Run, box: Sandbox, family: str, calls: Sequence[Call], *, pre: str = "", post: str = "",
          aio: bool = False, timeout: float = 200, env: Mapping[str, str] | None = None) -> None:
    """Runs every call of one family in one interpreter; one row per call that failed."""
    if not os.path.exists(SDK_PY):
        run.note(f"skip {family}: {SDK_PY} not installed")
        return
    driver = box.write(f"drivers/corpus12_{family}.py", PY_DRIVER)
    items = [c if len(c) == 5 else (*c, {}) for c in calls]
    spec = {"pre": textwrap.dedent(pre).strip(), "post": textwrap.dedent(post).strip(), "aio": aio,
            "calls": [{"code": textwrap.dedent(code).strip(), **opts} for _, _, code, _, opts in items]}
    try:
        cp = subprocess.run([SDK_PY, driver], input=json.dumps(spec), capture_output=True, text=True,
                            timeout=timeout, env={**run.env, "PYTHONWARNINGS": "ignore", **(env or {})},
                            cwd=box.mkdir("work-" + family))
        results = json.loads(cp.stdout.rsplit(MARK, 1)[1])
    except Exception as exc:  # one broken family must not lose the rest
        run.note(f"{family} failed: {exc!r} {cp.stderr[-800:] if 'cp' in locals() else ''}"[:1200])
        return
    n = run.normaliser
    for (tool, params, code, label, opts), res in zip(items, results):
        shown = "python -c " + shlex.quote(n.path(textwrap.dedent(code).strip()))
        if res is None or not res.strip():
            run.note(f"skip {tool}: no error ({shown[:160]})")
            continue
        if "CORPUS12 DRIVER TIMEOUT" in res:
            run.note(f"skip {tool}: {res[:200]}")
            continue
        run.rows.append(make_row(tool, n.value(dict(params)), n(res), label, source="sdk", command=shown))


def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    kw.setdefault("timeout", 40)
    return run.case(tool, params, command, label, **kw)


# ---------------------------------------------------------------------------
# MCP over stdio
# ---------------------------------------------------------------------------

MCP_DRIVER = r'''
import asyncio, json, os, sys
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
spec = json.load(sys.stdin)

def leaf(exc):
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc

def text_of(res):
    parts = []
    for c in getattr(res, "content", None) or []:
        parts.append(getattr(c, "text", None) or str(c))
    return "\n".join(parts) or "tool returned isError with no content"

def describe(exc):
    exc = leaf(exc)
    err = getattr(exc, "error", None)
    code = getattr(err, "code", None) if err is not None else getattr(exc, "code", None)
    if isinstance(code, int):
        msg = getattr(err, "message", None) if err is not None else None
        return f"MCP error {code}: {msg or getattr(exc, 'message', None) or exc}"
    return f"Error: {type(exc).__name__}: {exc}"

class Dead(Exception):
    pass

async def session_run(server, todo, out):
    """Runs calls until one kills the session; returns the calls not run yet."""
    params = StdioServerParameters(command=server["command"], args=server.get("args", []),
                                   env={**os.environ, **server.get("env", {})}, cwd=server.get("cwd"))
    left = list(todo)
    with open(os.devnull, "w") as devnull:
        try:
            async with stdio_client(params, errlog=devnull) as (r, w):
                async with ClientSession(r, w) as s:
                    await asyncio.wait_for(s.initialize(), 60)
                    while left:
                        idx, c = left[0]
                        try:
                            res = await asyncio.wait_for(s.call_tool(c["tool"], c.get("args", {})), c.get("timeout", 25))
                            err = getattr(res, "isError", None)
                            if err is None:
                                err = getattr(res, "is_error", False)
                            text = text_of(res)
                            # some servers (mcp-server-sqlite) report errors as plain text without isError
                            if not err and server.get("text_errors") and text.startswith(tuple(server["text_errors"])):
                                err = True
                            out[idx] = text if err else None
                            left.pop(0)
                        except asyncio.TimeoutError:
                            out[idx] = "SKIP: client timeout"
                            left.pop(0)
                            raise Dead()
                        except Exception as exc:
                            out[idx] = describe(exc)
                            left.pop(0)
                            if type(leaf(exc)).__name__ not in ("McpError", "MCPError"):
                                raise Dead()
        except BaseException as exc:
            if not isinstance(leaf(exc), Dead):
                for i, _ in left[:1]:
                    if out[i] is None:
                        out[i] = "SERVER FAILED: " + describe(exc)
                left = left[1:]
    return left

async def main():
    out = [None] * len(spec["calls"])
    for name, server in spec["servers"].items():
        todo = [(i, c) for i, c in enumerate(spec["calls"]) if c["server"] == name]
        tries = 0
        while todo and tries < 12:
            tries += 1
            try:
                todo = await asyncio.wait_for(session_run(server, todo, out), 240)
            except BaseException as exc:
                for i, _ in todo:
                    if out[i] is None:
                        out[i] = "SERVER FAILED: " + describe(exc)
                break
    return out

out = asyncio.run(main())
print("\n@@CORPUS12@@" + json.dumps(out), flush=True)
os._exit(0)
'''

McpCall = tuple  # (server, tool, args, label)


def mcp_drive(run: Run, box: Sandbox, family: str, servers: Mapping[str, Mapping[str, Any]],
              calls: Sequence[McpCall], timeout: float = 400) -> None:
    """Runs the calls against their stdio servers with the ``mcp`` client; one row per failed call.

    A server key ``name@variant`` (a read-only mount, uid 65534 ...) is shown and named as ``name``."""
    if not os.path.exists(SDK_PY):
        run.note(f"skip {family}: {SDK_PY} not installed")
        return
    servers = {k: s for k, s in servers.items() if os.path.exists(s["command"]) or shutil.which(s["command"])}
    wanted = [c for c in calls if c[0] in servers]
    for c in calls:
        if c[0] not in servers:
            run.note(f"skip {c[1]}: server {c[0]} not available")
    driver = box.write(f"drivers/corpus12_{family}_mcp.py", MCP_DRIVER)
    spec = {"servers": servers, "calls": [{"server": s, "tool": t, "args": a} for s, t, a, _ in wanted]}
    try:
        cp = subprocess.run([SDK_PY, driver], input=json.dumps(spec), capture_output=True, text=True, timeout=timeout,
                            env={**run.env, "PYTHONWARNINGS": "ignore"}, cwd=box.mkdir("work-" + family))
        results = json.loads(cp.stdout.rsplit(MARK, 1)[1])
    except Exception as exc:
        run.note(f"{family} failed: {exc!r} {cp.stderr[-800:] if 'cp' in locals() else ''}"[:1200])
        return
    n = run.normaliser
    for (server, tool, args, label), res in zip(wanted, results):
        logical = server.split("@")[0]
        shown = f"mcp {logical} tools/call {tool} {json.dumps(args, sort_keys=True)}"
        if label is None:  # a set-up step for the calls after it
            continue
        if res is None or not res.strip():
            run.note(f"skip {tool}: no error ({shown[:160]})")
            continue
        if res.startswith(("SERVER FAILED", "SKIP:")):
            run.note(f"skip {tool}: {res[:300]}")
            continue
        name = f"mcp__{logical}__{tool}".replace("-", "_").lower()
        run.rows.append(make_row(name, n.value(dict(args)), n(res), label, source="mcp", command=n.path(shown)))


FLEET_SERVER = r'''
"""c12-fleet: a fleet-operations MCP server (hosts, maintenance, DNS, volumes, webhooks, backups)."""
import datetime, ipaddress, json, os, socket, ssl, urllib.request, uuid
from typing import Annotated, Literal
from pydantic import BaseModel, ConfigDict, Field, HttpUrl
from fastmcp import FastMCP
from fastmcp.exceptions import ToolError

mcp = FastMCP("c12-fleet")
HOSTS = {"web-01": {"role": "web", "drained": False}, "web-02": {"role": "web", "drained": True},
         "db-01": {"role": "db", "drained": False}}
ZONES = {"corp.example.com": {"www": "A"}}
VOLUMES = {"3f2b6c1e-8a4d-4e0b-9c55-6d7e8f901234": None}
SERVICES = json.loads(os.environ.get("C12_SERVICES", "{}"))


class Host(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hostname: Annotated[str, Field(pattern=r"^[a-z0-9-]+$", max_length=63)]
    ip: ipaddress.IPv4Address
    role: Literal["web", "db", "cache", "worker"]


class Window(BaseModel):
    start: datetime.datetime
    duration_minutes: Annotated[int, Field(gt=0, le=480)]


@mcp.tool
def register_host(host: Host) -> str:
    """Add a host to the fleet inventory."""
    if host.hostname in HOSTS:
        raise ToolError(f"host '{host.hostname}' is already registered")
    HOSTS[host.hostname] = {"role": host.role, "drained": False}
    return "registered"


@mcp.tool
def drain_host(hostname: str, grace_seconds: Annotated[int, Field(ge=0, le=3600)] = 30) -> str:
    """Stop routing traffic to a host."""
    if hostname not in HOSTS:
        raise ToolError(f"host '{hostname}' not found in inventory")
    if HOSTS[hostname]["drained"]:
        raise ToolError(f"host '{hostname}' is already drained")
    HOSTS[hostname]["drained"] = True
    return "drained"


@mcp.tool
def reboot_host(hostname: str, force: bool = False) -> str:
    """Reboot a drained host."""
    if hostname not in HOSTS:
        raise ToolError(f"host '{hostname}' not found in inventory")
    if not HOSTS[hostname]["drained"] and not force:
        raise ToolError(f"host '{hostname}' is still serving traffic: drain it first (drain_host)")
    return "rebooting"


@mcp.tool
def schedule_maintenance(hostname: str, window: Window,
                         change_ticket: Annotated[str, Field(pattern=r"^CHG-\d{4,}$")]) -> str:
    """Book a maintenance window for a host."""
    if hostname not in HOSTS:
        raise ToolError(f"host '{hostname}' not found in inventory")
    if window.start.replace(tzinfo=None) < datetime.datetime(2026, 1, 1):
        raise ToolError(f"maintenance window starts in the past ({window.start.isoformat()})")
    return "scheduled"


@mcp.tool
def set_dns_record(zone: str, name: str, type: Literal["A", "AAAA", "CNAME", "TXT"], value: str,
                   ttl: Annotated[int, Field(ge=60, le=86400)] = 300) -> str:
    """Create a DNS record in a managed zone."""
    if zone not in ZONES:
        raise ToolError(f"zone '{zone}' is not managed here; managed zones: {', '.join(ZONES)}")
    if name in ZONES[zone]:
        raise ToolError(f"record {name}.{zone} already exists (type {ZONES[zone][name]})")
    if type == "A":
        try:
            ipaddress.IPv4Address(value)
        except ValueError:
            raise ToolError(f"value '{value}' is not a valid IPv4 address for an A record")
    ZONES[zone][name] = type
    return "created"


@mcp.tool
def attach_volume(volume_id: uuid.UUID, hostname: str, device: Annotated[str, Field(pattern=r"^/dev/sd[b-z]$")] = "/dev/sdb") -> str:
    """Attach a block volume to a host."""
    if str(volume_id) not in VOLUMES:
        raise ToolError(f"volume {volume_id} does not exist")
    if hostname not in HOSTS:
        raise ToolError(f"host '{hostname}' not found in inventory")
    if VOLUMES[str(volume_id)] is not None:
        raise ToolError(f"volume {volume_id} is already attached to {VOLUMES[str(volume_id)]}")
    VOLUMES[str(volume_id)] = hostname
    return "attached"


@mcp.tool
def register_webhook(url: HttpUrl, events: list[Literal["deploy", "incident", "alert"]],
                     secret: Annotated[str, Field(min_length=16)]) -> str:
    """Register a webhook receiver."""
    return "registered"


@mcp.tool
def query_metrics(hostname: str, metric: Literal["cpu", "memory", "disk", "net_in", "net_out"],
                  since: datetime.date, limit: Annotated[int, Field(ge=1, le=1000)] = 100) -> str:
    """Read a host's metric samples."""
    if hostname not in HOSTS:
        raise ToolError(f"host '{hostname}' not found in inventory")
    return "[]"


@mcp.tool
def backup_inventory(target_dir: str) -> str:
    """Write the inventory as JSON into a directory."""
    data = json.dumps({"hosts": HOSTS, "pad": "x" * 200000})
    path = os.path.join(target_dir, "inventory.json")
    with open(path, "w") as fh:
        fh.write(data)
    return path


@mcp.tool
def probe_endpoint(url: str, timeout_seconds: float = 3) -> str:
    """GET a health endpoint and return its body."""
    try:
        with urllib.request.urlopen(url, timeout=timeout_seconds) as resp:
            return resp.read().decode()[:200]
    except Exception as exc:
        raise ToolError(f"probe of {url} failed: {type(exc).__name__}: {exc}")


@mcp.tool
def check_service(service: Literal["redis", "postgres", "rabbitmq", "nats"]) -> str:
    """Open a TCP connection to one of the fleet's backing services."""
    host, port = SERVICES.get(service, "127.0.0.1:1").rsplit(":", 1)
    s = socket.create_connection((host, int(port)), timeout=3)
    s.close()
    return "ok"


@mcp.tool
def read_host_facts(hostname: str) -> dict:
    """Return the facts file of a host."""
    return json.load(open(os.path.join(os.environ.get("C12_FACTS", "/nonexistent"), hostname + ".json")))


if __name__ == "__main__":
    mcp.run()
'''


def mcp_npm(run: Run, box: Sandbox) -> None:
    root = box.mkdir("fs")
    box.write("fs/notes/todo.md", "- rotate keys\n- patch kernel\n")
    box.write("fs/config/app.yaml", "port: 8080\nworkers: 4\n")
    box.write("fs/config/app.prod.yaml", "port: 80\n")
    box.mkdir("fs", "archive")
    box.write("fs/secret/keys.txt", "k=1\n")
    os.chmod(box.path("fs", "secret"), 0o700)
    os.chmod(box.path("fs", "secret", "keys.txt"), 0o600)
    ro = box.mkdir("fs_ro")
    box.write("fs_ro/readme.md", "read-only share\n")
    outside = box.mkdir("outside")
    box.write("outside/passwd.txt", "nope\n")
    fsbin = os.path.join(NODE_BIN, "mcp-server-filesystem")
    servers: dict[str, dict[str, Any]] = {"filesystem": {"command": fsbin, "args": [root]}}
    if run.caps.get("setpriv"):
        servers["filesystem@nobody"] = {"command": NOBODY[0], "args": [*NOBODY[1:], "--", fsbin, root]}
    if run.caps.get("unshare"):
        q = shlex.quote(ro)
        servers["filesystem@ro"] = {"command": "unshare", "args": ["-m", "sh", "-c", f"mount --bind {q} {q} && mount -o remount,bind,ro {q} {q} && exec {shlex.quote(fsbin)} {q}"]}
    f = lambda *p: os.path.join(root, *p)
    mcp_drive(run, box, "filesystem", servers, [
        ("filesystem", "read_text_file", {"path": f("notes", "todo.txt")}, "INCORRECT_PARAMETER"),
        ("filesystem", "read_text_file", {"path": f("notes")}, "WRONG_TOOL_SELECTION"),
        ("filesystem", "read_text_file", {"path": f("notes", "todo.md"), "head": 1, "tail": 1}, "INCORRECT_PARAMETER"),
        ("filesystem", "read_text_file", {"path": f("notes", "todo.md"), "head": "first"}, "PARAMETER_FORMAT"),
        ("filesystem", "read_text_file", {}, "MISSING_PARAMETER"),
        ("filesystem", "read_text_file", {"path": os.path.join(outside, "passwd.txt")}, "INCORRECT_PARAMETER"),
        ("filesystem", "read_multiple_files", {"paths": f("notes", "todo.md")}, "PARAMETER_FORMAT"),
        ("filesystem", "write_file", {"path": f("reports", "2026", "q4.md"), "content": "# Q4\n"}, "MISSING_PREREQUISITE"),
        ("filesystem", "write_file", {"path": f("config"), "content": "x"}, "WRONG_TOOL_SELECTION"),
        ("filesystem", "edit_file", {"path": f("config", "app.yaml"), "edits": [{"oldText": "port: 9090", "newText": "port: 9091"}]}, "INCORRECT_PARAMETER"),
        ("filesystem", "edit_file", {"path": f("config", "app.yaml"), "edits": [{"old": "port: 8080", "new": "port: 8081"}]}, "MISSING_PARAMETER"),
        ("filesystem", "edit_file", {"path": f("config", "app.yaml"), "edits": "port: 8080 -> 8081"}, "PARAMETER_FORMAT"),
        ("filesystem", "create_directory", {"path": f("notes", "todo.md")}, "WORKFLOW_SEQUENCE"),
        ("filesystem", "list_directory", {"path": f("config", "app.yaml")}, "WRONG_TOOL_SELECTION"),
        ("filesystem", "list_directory_with_sizes", {"path": f("config"), "sortBy": "date"}, "INCORRECT_PARAMETER"),
        ("filesystem", "directory_tree", {"path": f("config", "app.yaml")}, "WRONG_TOOL_SELECTION"),
        ("filesystem", "move_file", {"source": f("config", "app.yaml"), "destination": f("config", "app.prod.yaml")}, "WORKFLOW_SEQUENCE"),
        ("filesystem", "move_file", {"source": f("config", "app.dev.yaml"), "destination": f("archive", "app.dev.yaml")}, "INCORRECT_PARAMETER"),
        ("filesystem", "search_files", {"path": f("."), "pattern": "*.yaml", "excludePatterns": "*.prod.yaml"}, "PARAMETER_FORMAT"),
        ("filesystem", "read_file_lines", {"path": f("notes", "todo.md")}, "WRONG_TOOL_SELECTION"),
        ("filesystem@nobody", "read_text_file", {"path": f("secret", "keys.txt")}, "permission"),
        ("filesystem@nobody", "write_file", {"path": f("notes", "todo.md"), "content": "- done\n"}, "permission"),
        ("filesystem@ro", "write_file", {"path": os.path.join(ro, "readme.md"), "content": "changed\n"}, "read_only"),
        ("filesystem@ro", "edit_file", {"path": os.path.join(ro, "readme.md"), "edits": [{"oldText": "read-only", "newText": "shared"}]}, "read_only"),
    ])
    memfile = box.path("mem", "memory.jsonl")
    box.mkdir("mem")
    box.write(memfile, J({"type": "entity", "name": "billing-api", "entityType": "service", "observations": ["owned by payments"]}) + "\n")
    robox = box.mkdir("mem_ro")
    box.write("mem_ro/memory.jsonl", J({"type": "entity", "name": "edge-proxy", "entityType": "service", "observations": []}) + "\n")
    membin = os.path.join(NODE_BIN, "mcp-server-memory")
    servers = {"memory": {"command": membin, "env": {"MEMORY_FILE_PATH": memfile}},
               "memory@dir": {"command": membin, "env": {"MEMORY_FILE_PATH": box.mkdir("mem", "asdir.jsonl")}}}
    if run.caps.get("unshare"):
        q = shlex.quote(robox)
        servers["memory@ro"] = {"command": "unshare", "args": ["-m", "sh", "-c", f"mount --bind {q} {q} && mount -o remount,bind,ro {q} {q} && exec {shlex.quote(membin)}"],
                                "env": {"MEMORY_FILE_PATH": os.path.join(robox, "memory.jsonl")}}
    seq = os.path.join(NODE_BIN, "mcp-server-sequential-thinking")
    every = os.path.join(NODE_BIN, "mcp-server-everything")
    servers["sequential_thinking"] = {"command": seq}
    servers["everything"] = {"command": every}
    mcp_drive(run, box, "memory_seq_everything", servers, [
        ("memory", "add_observations", {"observations": [{"entityName": "billing-service", "contents": ["p99 240ms"]}]}, "INCORRECT_PARAMETER"),
        ("memory", "add_observations", {"observations": {"entityName": "billing-api", "contents": ["p99 240ms"]}}, "PARAMETER_FORMAT"),
        ("memory", "add_observations", {"observations": [{"entityName": "billing-api"}]}, "MISSING_PARAMETER"),
        ("memory", "create_entities", {"entities": [{"name": "ledger-db", "observations": []}]}, "MISSING_PARAMETER"),
        ("memory", "create_entities", {"entities": [{"name": "ledger-db", "entityType": "database", "observations": "primary in eu-west"}]}, "PARAMETER_FORMAT"),
        ("memory", "update_entity", {"name": "billing-api", "entityType": "api"}, "WRONG_TOOL_SELECTION"),
        ("memory@ro", "create_entities", {"entities": [{"name": "cdn", "entityType": "service", "observations": []}]}, "read_only"),
        ("sequential_thinking", "sequentialthinking", {"thought": "check the queue depth first", "thoughtNumber": 1, "totalThoughts": 3}, "MISSING_PARAMETER"),
        ("sequential_thinking", "sequentialthinking", {"thought": "revise", "thoughtNumber": 2, "totalThoughts": 3, "nextThoughtNeeded": True, "isRevision": "yes"}, "PARAMETER_FORMAT"),
        ("sequential_thinking", "sequentialthinking", {"thoughtNumber": 1, "totalThoughts": 3, "nextThoughtNeeded": False}, "MISSING_PARAMETER"),
        ("sequential_thinking", "sequentialthinking", {"thought": "", "thoughtNumber": 1, "totalThoughts": 0, "nextThoughtNeeded": True}, "INCORRECT_PARAMETER"),
        ("sequential_thinking", "think_step", {"thought": "x"}, "WRONG_TOOL_SELECTION"),
        ("everything", "echo", {}, "MISSING_PARAMETER"),
        ("everything", "echo", {"message": {"text": "hi"}}, "PARAMETER_FORMAT"),
        ("everything", "get-env-var", {"name": "HOME"}, "WRONG_TOOL_SELECTION"),
        ("everything", "get-structured-content", {"location": "Boston"}, "INCORRECT_PARAMETER"),
        ("everything", "gzip-file-as-resource", {"name": "report.gz", "data": f"http://{NOHOST}/report.txt"}, "dns"),
    ])


def mcp_pypi(run: Run, box: Sandbox) -> None:
    fetch = os.path.join(VENV_BIN, "mcp-server-fetch")
    timebin = os.path.join(VENV_BIN, "mcp-server-time")
    # mcp-server-sqlite needs the 1.x mcp SDK: its own venv (venv-sqlite/, see twelfth_requirements.txt)
    sqlitebin = os.path.join(TOOLS, "venv-sqlite", "bin", "mcp-server-sqlite")
    db = box.path("sqlite", "shop.db")
    box.mkdir("sqlite")
    box.sh(["sqlite3", db, "create table orders (id integer primary key, customer text not null, total real);"
            "insert into orders values (1, 'acme', 12.5);"], check=False)
    rodir = box.mkdir("sqlite_ro")
    rodb = os.path.join(rodir, "ro.db")
    box.sh(["sqlite3", rodb, "create table audit (id integer primary key, note text);"], check=False)
    servers: dict[str, dict[str, Any]] = {
        "fetch": {"command": fetch, "args": ["--allow-private-ips"]},
        "fetch@robots": {"command": fetch, "args": ["--allow-private-ips"]},
        "time": {"command": timebin, "args": ["--local-timezone", "UTC"]},
        "sqlite": {"command": sqlitebin, "args": ["--db-path", db], "text_errors": ["Error:", "Database error"]},
    }
    if run.caps.get("unshare"):
        q = shlex.quote(rodir)
        servers["sqlite@ro"] = {"command": "unshare", "args": ["-m", "sh", "-c", f"mount --bind {q} {q} && mount -o remount,bind,ro {q} {q} && exec {shlex.quote(sqlitebin)} --db-path {shlex.quote(rodb)}"], "text_errors": ["Error:", "Database error"]}
    R = f"http://127.0.0.1:{ROBOTS_PORT}"
    mcp_drive(run, box, "pypi_servers", servers, [
        ("fetch", "fetch", {"url": f"{H}/s/404/status"}, "INCORRECT_PARAMETER"),
        ("fetch", "fetch", {"url": f"{H}/s/500/status"}, "server_error"),
        ("fetch", "fetch", {"url": f"{H}/s/503/status"}, "server_error"),
        ("fetch", "fetch", {"url": f"{H}/s/502/status"}, "server_error"),
        ("fetch", "fetch", {"url": f"{H}/s/401/status"}, "auth"),
        ("fetch", "fetch", {"url": f"{H}/s/403/status"}, "permission"),
        ("fetch", "fetch", {"url": f"{H}/s/429/status"}, "rate_limit"),
        ("fetch", "fetch", {"url": f"http://127.0.0.1:{C}/status"}, "network"),
        ("fetch", "fetch", {"url": f"http://{NOHOST}/status"}, "dns"),
        ("fetch", "fetch", {"url": f"{HS}/status"}, "tls"),
        ("fetch", "fetch", {"url": "runbook/page.html"}, "PARAMETER_FORMAT"),
        ("fetch", "fetch", {}, "MISSING_PARAMETER"),
        ("fetch", "fetch", {"url": f"{H}/docs/page.html", "max_length": "all"}, "PARAMETER_FORMAT"),
        ("fetch", "fetch", {"url": f"{H}/docs/page.html", "max_length": 2000000}, "INCORRECT_PARAMETER"),
        ("fetch", "fetch", {"url": f"{H}/docs/page.html", "start_index": 500}, "INCORRECT_PARAMETER"),
        ("fetch@robots", "fetch", {"url": f"{R}/page"}, "permission"),
        ("time", "get_current_time", {"timezone": "Europe/Paris "}, "INCORRECT_PARAMETER"),
        ("time", "get_current_time", {}, "MISSING_PARAMETER"),
        ("time", "convert_time", {"source_timezone": "America/New_York", "time": "9:30pm", "target_timezone": "Asia/Tokyo"}, "PARAMETER_FORMAT"),
        ("time", "convert_time", {"source_timezone": "America/New_York", "time": "09:30", "target_timezone": "Asia/Tokio"}, "INCORRECT_PARAMETER"),
        ("time", "convert_time", {"source_timezone": "America/New_York", "time": "09:30"}, "MISSING_PARAMETER"),
        ("time", "list_timezones", {}, "WRONG_TOOL_SELECTION"),
        ("sqlite", "read_query", {"query": "delete from orders where id = 1"}, "WRONG_TOOL_SELECTION"),
        ("sqlite", "write_query", {"query": "select * from orders"}, "WRONG_TOOL_SELECTION"),
        ("sqlite", "read_query", {"query": "select * from order_items"}, "INCORRECT_PARAMETER"),
        ("sqlite", "read_query", {"query": "select customr from orders"}, "INCORRECT_PARAMETER"),
        ("sqlite", "read_query", {"query": "select * form orders"}, "PARAMETER_FORMAT"),
        ("sqlite", "read_query", {}, "MISSING_PARAMETER"),
        ("sqlite", "write_query", {"query": "insert into orders (id, total) values (2, 3.0)"}, "MISSING_PARAMETER"),
        ("sqlite", "write_query", {"query": "insert into orders values (1, 'globex', 9.0)"}, "WORKFLOW_SEQUENCE"),
        ("sqlite", "create_table", {"query": "create table orders (id integer primary key)"}, "WORKFLOW_SEQUENCE"),
        ("sqlite", "create_table", {"query": "select 1"}, "WRONG_TOOL_SELECTION"),
        ("sqlite", "describe_table", {"tablename": "orders"}, "MISSING_PARAMETER"),
        ("sqlite", "append_insight", {}, "MISSING_PARAMETER"),
        ("sqlite@ro", "write_query", {"query": "insert into audit (note) values ('rotated keys')"}, "read_only"),
    ])


def mcp_fleet(run: Run, box: Sandbox) -> None:
    server = box.write("mcp/c12_fleet_server.py", FLEET_SERVER)
    facts = box.mkdir("mcp", "facts")
    box.write("mcp/facts/web-01.json", "{\"kernel\": \"6.1\", }\n")
    ro = box.mkdir("mcp", "ro_backups")
    locked = box.mkdir("mcp", "locked_backups")
    os.chmod(locked, 0o700)
    tiny = box.mkdir("mcp", "tiny_backups")
    services = {"redis": f"127.0.0.1:{C}", "postgres": f"127.0.0.1:{SILENT_PORT}", "rabbitmq": f"127.0.0.1:{RESET_PORT}",
                "nats": f"{NOHOST}:4222"}
    env = {"C12_SERVICES": json.dumps(services), "C12_FACTS": facts, "FASTMCP_SHOW_CLI_BANNER": "false",
           "FASTMCP_LOG_LEVEL": "ERROR"}
    base = {"command": SDK_PY, "args": [server], "env": env}
    servers: dict[str, dict[str, Any]] = {"fleet": base}
    if run.caps.get("setpriv"):
        servers["fleet@nobody"] = {"command": NOBODY[0], "args": [*NOBODY[1:], "--", SDK_PY, server], "env": env}
    if run.caps.get("unshare"):
        q, t = shlex.quote(ro), shlex.quote(tiny)
        py, sv = shlex.quote(SDK_PY), shlex.quote(server)
        servers["fleet@ro"] = {"command": "unshare", "args": ["-m", "sh", "-c", f"mount --bind {q} {q} && mount -o remount,bind,ro {q} {q} && exec {py} {sv}"], "env": env}
        servers["fleet@tiny"] = {"command": "unshare", "args": ["-m", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs {t} && exec {py} {sv}"], "env": env}
    host = {"hostname": "cache-01", "ip": "10.0.4.17", "role": "cache"}
    win = {"start": "2026-12-20T02:00:00", "duration_minutes": 60}
    vol = "3f2b6c1e-8a4d-4e0b-9c55-6d7e8f901234"
    mcp_drive(run, box, "fleet", servers, [
        ("fleet", "register_host", {"host": {**host, "hostname": "web-01"}}, "WORKFLOW_SEQUENCE"),
        ("fleet", "register_host", {"host": {**host, "hostname": "Cache_01"}}, "PARAMETER_FORMAT"),
        ("fleet", "register_host", {"host": {**host, "ip": "10.0.4.300"}}, "PARAMETER_FORMAT"),
        ("fleet", "register_host", {"host": {**host, "role": "loadbalancer"}}, "INCORRECT_PARAMETER"),
        ("fleet", "register_host", {"host": {**host, "datacenter": "fra1"}}, "INCORRECT_PARAMETER"),
        ("fleet", "register_host", {"host": {"hostname": "cache-01", "role": "cache"}}, "MISSING_PARAMETER"),
        ("fleet", "register_host", {"hostname": "cache-01", "ip": "10.0.4.17", "role": "cache"}, "MISSING_PARAMETER"),
        ("fleet", "drain_host", {"hostname": "web-09"}, "INCORRECT_PARAMETER"),
        ("fleet", "drain_host", {"hostname": "web-02"}, "WORKFLOW_SEQUENCE"),
        ("fleet", "drain_host", {"hostname": "web-01", "grace_seconds": 7200}, "INCORRECT_PARAMETER"),
        ("fleet", "reboot_host", {"hostname": "db-01"}, "WORKFLOW_SEQUENCE"),
        ("fleet", "reboot_host", {}, "MISSING_PARAMETER"),
        ("fleet", "schedule_maintenance", {"hostname": "web-01", "window": {**win, "start": "20/12/2026 02:00"}, "change_ticket": "CHG-10422"}, "PARAMETER_FORMAT"),
        ("fleet", "schedule_maintenance", {"hostname": "web-01", "window": {**win, "duration_minutes": 720}, "change_ticket": "CHG-10422"}, "INCORRECT_PARAMETER"),
        ("fleet", "schedule_maintenance", {"hostname": "web-01", "window": {"start": "2026-12-20T02:00:00"}, "change_ticket": "CHG-10422"}, "MISSING_PARAMETER"),
        ("fleet", "set_dns_record", {"zone": "corp.example.org", "name": "api", "type": "A", "value": "10.0.0.5"}, "INCORRECT_PARAMETER"),
        ("fleet", "set_dns_record", {"zone": "corp.example.com", "name": "www", "type": "A", "value": "10.0.0.5"}, "WORKFLOW_SEQUENCE"),
        ("fleet", "set_dns_record", {"zone": "corp.example.com", "name": "api", "type": "A", "value": "api.internal"}, "PARAMETER_FORMAT"),
        ("fleet", "attach_volume", {"volume_id": "vol-0a1b2c3d", "hostname": "db-01"}, "PARAMETER_FORMAT"),
        ("fleet", "attach_volume", {"volume_id": "9c1d2e3f-0000-4000-8000-000000000001", "hostname": "db-01"}, "INCORRECT_PARAMETER"),
        ("fleet", "attach_volume", {"volume_id": vol, "hostname": "db-01"}, None),
        ("fleet", "attach_volume", {"volume_id": vol, "hostname": "web-01"}, "WORKFLOW_SEQUENCE"),
        ("fleet", "register_webhook", {"url": "hooks.corp.example.com/deploy", "events": ["deploy"], "secret": "s3cr3t-value-0123456"}, "PARAMETER_FORMAT"),
        ("fleet", "register_webhook", {"url": "https://hooks.corp.example.com/deploy", "events": ["deploy", "rollback"], "secret": "s3cr3t-value-0123456"}, "INCORRECT_PARAMETER"),
        ("fleet", "register_webhook", {"url": "https://hooks.corp.example.com/deploy", "events": ["deploy"]}, "MISSING_PARAMETER"),
        ("fleet", "query_metrics", {"hostname": "web-01", "metric": "cpu", "since": "last week"}, "PARAMETER_FORMAT"),
        ("fleet", "query_metrics", {"hostname": "web-01", "metric": "load", "since": "2026-11-01"}, "INCORRECT_PARAMETER"),
        ("fleet", "query_metrics", {"hostname": "web-01", "metric": "cpu", "since": "2026-11-01", "granularity": "5m"}, "INCORRECT_PARAMETER"),
        ("fleet", "read_host_facts", {"hostname": "web-01"}, "MISSING_PREREQUISITE"),
        ("fleet", "decommission_host", {"hostname": "web-02"}, "WRONG_TOOL_SELECTION"),
        ("fleet", "backup_inventory", {"target_dir": box.path("mcp", "backups", "nightly")}, "MISSING_PREREQUISITE"),
        ("fleet", "backup_inventory", {"target_dir": os.path.join(facts, "web-01.json")}, "WRONG_TOOL_SELECTION"),
        ("fleet@ro", "backup_inventory", {"target_dir": ro}, "read_only"),
        ("fleet@nobody", "backup_inventory", {"target_dir": locked}, "permission"),
        ("fleet@tiny", "backup_inventory", {"target_dir": tiny}, "resource"),
        ("fleet", "check_service", {"service": "redis"}, "daemon_down"),
        ("fleet", "check_service", {"service": "nats"}, "dns"),
        ("fleet", "check_service", {"service": "kafka"}, "INCORRECT_PARAMETER"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/503/health"}, "server_error"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/504/health"}, "timeout"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/500/health"}, "server_error"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/502/health"}, "server_error"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/403/health"}, "permission"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/408/health"}, "timeout"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/401/health"}, "auth"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/429/health"}, "rate_limit"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/507/health"}, "resource"),
        ("fleet", "probe_endpoint", {"url": f"{HS}/health"}, "tls"),
        ("fleet", "probe_endpoint", {"url": f"http://127.0.0.1:{HANG_PORT}/health", "timeout_seconds": 2}, "timeout"),
        ("fleet", "probe_endpoint", {"url": f"http://127.0.0.1:{RESET_PORT}/health"}, "network"),
        ("fleet", "probe_endpoint", {"url": f"{H}/s/404/health"}, "INCORRECT_PARAMETER"),
        ("fleet", "probe_endpoint", {"url": "http//127.0.0.1/health"}, "PARAMETER_FORMAT"),
    ])


# ---------------------------------------------------------------------------
# boto3 against moto
# ---------------------------------------------------------------------------

AWS_PRE = f'''
import boto3, json, botocore
from botocore.config import Config
CFG = Config(retries={{"max_attempts": 1, "mode": "standard"}}, connect_timeout=3, read_timeout=3)
def c(name, url="{MOTO}"):
    return boto3.client(name, endpoint_url=url, region_name="us-east-1", config=CFG)
s3, ddb, sqs, sns, iam, ssm, kms, sm, logs, kin, sfn, ev = (c(n) for n in ("s3", "dynamodb", "sqs", "sns", "iam", "ssm", "kms", "secretsmanager", "logs", "kinesis", "stepfunctions", "events"))
s3.create_bucket(Bucket="c12-artifacts")
s3.put_object(Bucket="c12-artifacts", Key="builds/app-1.4.0.tar.gz", Body=b"x")
ddb.create_table(TableName="c12_sessions", KeySchema=[{{"AttributeName": "sid", "KeyType": "HASH"}}],
                 AttributeDefinitions=[{{"AttributeName": "sid", "AttributeType": "S"}}], BillingMode="PAY_PER_REQUEST")
QURL = sqs.create_queue(QueueName="c12-jobs")["QueueUrl"]
FIFO = sqs.create_queue(QueueName="c12-orders.fifo", Attributes={{"FifoQueue": "true"}})["QueueUrl"]
TOPIC = sns.create_topic(Name="c12-alerts")["TopicArn"]
ASSUME = json.dumps({{"Version": "2012-10-17", "Statement": [{{"Effect": "Allow", "Principal": {{"Service": "lambda.amazonaws.com"}}, "Action": "sts:AssumeRole"}}]}})
iam.create_role(RoleName="c12-worker", AssumeRolePolicyDocument=ASSUME)
iam.create_user(UserName="c12-deployer")
POL = iam.create_policy(PolicyName="c12-read", PolicyDocument=json.dumps({{"Version": "2012-10-17", "Statement": [{{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}]}}))["Policy"]["Arn"]
iam.attach_user_policy(UserName="c12-deployer", PolicyArn=POL)
ssm.put_parameter(Name="/c12/db/url", Value="postgres://db", Type="String")
KEY = kms.create_key(Description="c12")["KeyMetadata"]["KeyId"]
DKEY = kms.create_key(Description="c12 disabled")["KeyMetadata"]["KeyId"]
kms.disable_key(KeyId=DKEY)
sm.create_secret(Name="c12/api-token", SecretString="t0k3n")
sm.create_secret(Name="c12/old-token", SecretString="old")
sm.delete_secret(SecretId="c12/old-token", RecoveryWindowInDays=7)
logs.create_log_group(logGroupName="/c12/app")
kin.create_stream(StreamName="c12-clicks", ShardCount=1)
ev.put_rule(Name="c12-nightly", ScheduleExpression="rate(1 day)")
'''


def aws_sdk(run: Run, box: Sandbox) -> None:
    if not port_open("127.0.0.1", MOTO_PORT):
        run.note("skip aws_sdk: moto server not running")
        return
    def_ok = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}'
    drive(run, box, "aws_moto", [
        ("s3_put_bucket_versioning", {"Bucket": "c12-artefacts", "Status": "Enabled"},
         's3.put_bucket_versioning(Bucket="c12-artefacts", VersioningConfiguration={"Status": "Enabled"})', "INCORRECT_PARAMETER"),
        ("s3_put_bucket_versioning", {"Bucket": "c12-artifacts", "Status": "On"},
         's3.put_bucket_versioning(Bucket="c12-artifacts", VersioningConfiguration={"Status": "On"})', "INCORRECT_PARAMETER"),
        ("s3_create_bucket_configured", {"Bucket": "C12_Artifacts"},
         's3.create_bucket(Bucket="C12_Artifacts")', "PARAMETER_FORMAT"),
        ("s3_create_bucket_configured", {"Bucket": "c12-artifacts"},
         's3.create_bucket(Bucket="c12-artifacts")', "WORKFLOW_SEQUENCE"),
        ("s3_delete_bucket_nonempty", {"Bucket": "c12-artifacts"},
         's3.delete_bucket(Bucket="c12-artifacts")', "WORKFLOW_SEQUENCE"),
        ("s3_get_object_range", {"Bucket": "c12-artifacts", "Key": "builds/app-1.4.0.tar.gz", "Range": "bytes=500-900"},
         's3.get_object(Bucket="c12-artifacts", Key="builds/app-1.4.0.tar.gz", Range="bytes=500-900")', "INCORRECT_PARAMETER"),
        ("s3_get_bucket_tagging", {"Bucket": "c12-artifacts"},
         's3.get_bucket_tagging(Bucket="c12-artifacts")', "MISSING_PREREQUISITE"),
        ("s3_get_bucket_policy", {"Bucket": "c12-artifacts"},
         's3.get_bucket_policy(Bucket="c12-artifacts")', "MISSING_PREREQUISITE"),
        ("s3_put_bucket_policy", {"Bucket": "c12-artifacts", "Policy": "{Version: 2012-10-17}"},
         's3.put_bucket_policy(Bucket="c12-artifacts", Policy="{Version: 2012-10-17}")', "PARAMETER_FORMAT"),
        ("s3_delete_objects", {"Bucket": "c12-artifacts", "Delete": ["builds/app-1.4.0.tar.gz"]},
         's3.delete_objects(Bucket="c12-artifacts", Delete=["builds/app-1.4.0.tar.gz"])', "PARAMETER_FORMAT"),
        ("s3_list_object_versions", {"Bucket": "c12-artifacts", "MaxKeys": "ten"},
         's3.list_object_versions(Bucket="c12-artifacts", MaxKeys="ten")', "PARAMETER_FORMAT"),
        ("dynamodb_delete_item", {"TableName": "c12_session"},
         'ddb.delete_item(TableName="c12_session", Key={"sid": {"S": "a"}})', "INCORRECT_PARAMETER"),
        ("dynamodb_delete_item", {"TableName": "c12_sessions", "Key": {"sid": "a"}},
         'ddb.delete_item(TableName="c12_sessions", Key={"sid": "a"})', "PARAMETER_FORMAT"),
        ("dynamodb_batch_write_item", {"RequestItems": {"c12_sessions": []}},
         'ddb.batch_write_item(RequestItems={"c12_sessions": []})', "PARAMETER_FORMAT"),
        ("dynamodb_create_table_ondemand", {"TableName": "c12_sessions"},
         'ddb.create_table(TableName="c12_sessions", KeySchema=[{"AttributeName": "sid", "KeyType": "HASH"}], AttributeDefinitions=[{"AttributeName": "sid", "AttributeType": "S"}], BillingMode="PAY_PER_REQUEST")', "WORKFLOW_SEQUENCE"),
        ("sqs_send_message_fifo", {"QueueUrl": "c12-orders.fifo", "MessageBody": "o-1"},
         'sqs.send_message(QueueUrl=FIFO, MessageBody="o-1")', "MISSING_PARAMETER"),
        ("sqs_send_message_batch", {"QueueUrl": "c12-jobs", "Entries": [{"Id": "1", "MessageBody": "a"}, {"Id": "1", "MessageBody": "b"}]},
         'sqs.send_message_batch(QueueUrl=QURL, Entries=[{"Id": "1", "MessageBody": "a"}, {"Id": "1", "MessageBody": "b"}])', "INCORRECT_PARAMETER"),
        ("sqs_get_queue_attributes", {"QueueUrl": f"{MOTO}/123456789012/c12-jobz"},
         f'sqs.get_queue_attributes(QueueUrl="{MOTO}/123456789012/c12-jobz", AttributeNames=["All"])', "INCORRECT_PARAMETER"),
        ("sns_set_subscription_attributes", {"SubscriptionArn": "arn:aws:sns:us-east-1:123456789012:c12-alerts:0000"},
         'sns.set_subscription_attributes(SubscriptionArn="arn:aws:sns:us-east-1:123456789012:c12-alerts:0000", AttributeName="RawMessageDelivery", AttributeValue="true")', "INCORRECT_PARAMETER"),
        ("sns_publish_message", {"TopicArn": "c12-alerts"},
         'sns.publish(TopicArn="c12-alerts", Message="disk full")', "PARAMETER_FORMAT"),
        ("sns_subscribe_endpoint", {"Protocol": "slack"},
         'sns.subscribe(TopicArn=TOPIC, Protocol="slack", Endpoint="#ops")', "INCORRECT_PARAMETER"),
        ("iam_create_role", {"RoleName": "c12-worker"},
         'iam.create_role(RoleName="c12-worker", AssumeRolePolicyDocument=ASSUME)', "WORKFLOW_SEQUENCE"),
        ("iam_create_role", {"RoleName": "c12-reader", "AssumeRolePolicyDocument": "allow lambda"},
         'iam.create_role(RoleName="c12-reader", AssumeRolePolicyDocument="allow lambda")', "PARAMETER_FORMAT"),
        ("iam_create_role", {"RoleName": "c12-reader"},
         'iam.create_role(RoleName="c12-reader")', "MISSING_PARAMETER"),
        ("iam_attach_role_policy", {"RoleName": "c12-worker", "PolicyArn": "arn:aws:iam::123456789012:policy/c12-write"},
         'iam.attach_role_policy(RoleName="c12-worker", PolicyArn="arn:aws:iam::123456789012:policy/c12-write")', "INCORRECT_PARAMETER"),
        ("iam_attach_role_policy", {"RoleName": "c12-worker", "PolicyArn": "c12-read"},
         'iam.attach_role_policy(RoleName="c12-worker", PolicyArn="c12-read")', "PARAMETER_FORMAT"),
        ("iam_delete_user", {"UserName": "c12-deployer"},
         'iam.delete_user(UserName="c12-deployer")', "WORKFLOW_SEQUENCE"),
        ("iam_get_user", {"UserName": "c12-deploy"},
         'iam.get_user(UserName="c12-deploy")', "INCORRECT_PARAMETER"),
        ("ssm_get_parameter", {"Name": "/c12/db/uri"},
         'ssm.get_parameter(Name="/c12/db/uri")', "INCORRECT_PARAMETER"),
        ("ssm_put_parameter", {"Name": "/c12/db/url", "Value": "postgres://db2", "Type": "String"},
         'ssm.put_parameter(Name="/c12/db/url", Value="postgres://db2", Type="String")', "WORKFLOW_SEQUENCE"),
        ("ssm_get_parameters_by_path", {"Path": "c12/db"},
         'ssm.get_parameters_by_path(Path="c12/db")', "PARAMETER_FORMAT"),
        ("kms_encrypt", {"KeyId": "alias/c12-missing"},
         'kms.encrypt(KeyId="alias/c12-missing", Plaintext=b"hello")', "INCORRECT_PARAMETER"),
        ("kms_encrypt", {"KeyId": "disabled key"},
         'kms.encrypt(KeyId=DKEY, Plaintext=b"hello")', "MISSING_PREREQUISITE"),
        ("kms_encrypt", {"KeyId": "key", "Plaintext": "hello"},
         'kms.encrypt(KeyId=KEY, Plaintext=12345)', "PARAMETER_FORMAT"),
        ("kms_decrypt", {"CiphertextBlob": "not-a-ciphertext"},
         'kms.decrypt(CiphertextBlob=b"not-a-ciphertext")', "PARAMETER_FORMAT"),
        ("secretsmanager_describe_secret", {"SecretId": "c12/api-tokn"},
         'sm.describe_secret(SecretId="c12/api-tokn")', "INCORRECT_PARAMETER"),
        ("secretsmanager_update_secret", {"SecretId": "c12/old-token"},
         'sm.update_secret(SecretId="c12/old-token", SecretString="new")', "WORKFLOW_SEQUENCE"),
        ("secretsmanager_tag_resource", {"SecretId": "c12/api-token", "Tags": {"team": "ops"}},
         'sm.tag_resource(SecretId="c12/api-token", Tags={"team": "ops"})', "PARAMETER_FORMAT"),
        ("logs_create_log_group", {"logGroupName": "/c12/app"},
         'logs.create_log_group(logGroupName="/c12/app")', "WORKFLOW_SEQUENCE"),
        ("logs_put_log_events", {"logGroupName": "/c12/app", "logStreamName": "web-01"},
         'logs.put_log_events(logGroupName="/c12/app", logStreamName="web-01", logEvents=[{"timestamp": 1764633600000, "message": "boot"}])', "MISSING_PREREQUISITE"),
        ("logs_put_retention_policy", {"logGroupName": "/c12/app", "retentionInDays": 45},
         'logs.put_retention_policy(logGroupName="/c12/app", retentionInDays=45)', "INCORRECT_PARAMETER"),
        ("kinesis_put_record", {"StreamName": "c12-click"},
         'kin.put_record(StreamName="c12-click", Data=b"{}", PartitionKey="u1")', "INCORRECT_PARAMETER"),
        ("kinesis_put_record", {"StreamName": "c12-clicks"},
         'kin.put_record(StreamName="c12-clicks", Data=b"{}")', "MISSING_PARAMETER"),
        ("sfn_create_state_machine", {"name": "c12-flow", "definition": "{StartAt: A}"},
         f'sfn.create_state_machine(name="c12-flow", definition="{{StartAt: A}}", roleArn="arn:aws:iam::123456789012:role/c12-worker")', "PARAMETER_FORMAT"),
        ("sfn_start_execution", {"stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:c12-none"},
         'sfn.start_execution(stateMachineArn="arn:aws:states:us-east-1:123456789012:stateMachine:c12-none")', "INCORRECT_PARAMETER"),
        ("sfn_describe_execution", {"executionArn": "c12-run-1"},
         'sfn.describe_execution(executionArn="c12-run-1")', "PARAMETER_FORMAT"),
        ("events_put_rule", {"Name": "c12-hourly", "ScheduleExpression": "every hour"},
         'ev.put_rule(Name="c12-hourly", ScheduleExpression="every hour")', "PARAMETER_FORMAT"),
        ("events_put_targets", {"Rule": "c12-weekly"},
         'ev.put_targets(Rule="c12-weekly", Targets=[{"Id": "1", "Arn": TOPIC}])', "INCORRECT_PARAMETER"),
        ("events_put_targets", {"Rule": "c12-nightly", "Targets": [{"Arn": "topic"}]},
         'ev.put_targets(Rule="c12-nightly", Targets=[{"Arn": TOPIC}])', "MISSING_PARAMETER"),
        ("ec2_describe_instances_filtered", {"InstanceIds": ["i-c12"]},
         'c("ec2").describe_instances(InstanceIds=["i-c12"])', "INCORRECT_PARAMETER"),
        ("ec2_run_instances_typed", {"ImageId": "ami-12345678", "InstanceType": "t9.huge"},
         'c("ec2").run_instances(ImageId="ami-12345678", InstanceType="t9.huge", MinCount=1, MaxCount=1)', "INCORRECT_PARAMETER"),
        # infrastructure
        ("s3_head_object_remote", {"endpoint": f"http://127.0.0.1:{C}"},
         f'c("s3", "http://127.0.0.1:{C}").head_object(Bucket="c12-artifacts", Key="builds/app-1.4.0.tar.gz")', "network"),
        ("s3_head_object_remote", {"endpoint": f"http://127.0.0.1:{HANG_PORT}"},
         f'c("s3", "http://127.0.0.1:{HANG_PORT}").head_object(Bucket="c12-artifacts", Key="builds/app-1.4.0.tar.gz")', "timeout"),
        ("s3_head_object_remote", {"endpoint": f"https://127.0.0.1:{TLS_PORT}"},
         f'c("s3", "https://127.0.0.1:{TLS_PORT}").head_object(Bucket="c12-artifacts", Key="builds/app-1.4.0.tar.gz")', "tls"),
        ("s3_head_object_remote", {"endpoint": f"http://127.0.0.1:{RESET_PORT}"},
         f'c("s3", "http://127.0.0.1:{RESET_PORT}").head_object(Bucket="c12-artifacts", Key="builds/app-1.4.0.tar.gz")', "network"),
        ("s3_list_buckets_remote", {"endpoint": f"https://{NOHOST}"},
         f'c("s3", "https://{NOHOST}").list_buckets()', "dns"),
        ("s3_get_object_remote", {"endpoint": f"{H}/aws-503"},
         f'c("s3", "{H}/aws-503").get_object(Bucket="c12-artifacts", Key="k")', "server_error"),
        ("sqs_receive_remote", {"endpoint": f"{H}/aws-throttle"},
         f'c("sqs", "{H}/aws-throttle").list_queues()', "rate_limit"),
        ("sts_get_caller_identity_nocreds", {"profile": None},
         'import os; [os.environ.pop(k, None) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")]; os.environ["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent"; os.environ["AWS_CONFIG_FILE"] = "/nonexistent"; boto3.session.Session().client("sts", endpoint_url="http://127.0.0.1:{MOTO}".replace("http://127.0.0.1:http://", "http://"), region_name="us-east-1").get_caller_identity()'.replace("{MOTO}", MOTO), "auth"),
    ], pre=AWS_PRE)


# ---------------------------------------------------------------------------
# data and database SDKs
# ---------------------------------------------------------------------------

def data_sdks(run: Run, box: Sandbox) -> None:
    d = box.mkdir("data")
    box.write("data/sales.csv", "region,amount,day\nnorth,10,2026-11-01\nsouth,x7,2026-11-02\n")
    box.write("data/events.ndjson", '{"id": 1, "kind": "click"}\n{"id": 2, "kind": \n')
    box.write("data/readme.txt", "not a parquet file\n")
    box.write("data/schema.yaml", "columns:\n  - id\n")
    pre = f'''
    import duckdb, polars as pl, pandas as pd, os
    D = {d!r}
    os.chdir(D)
    con = duckdb.connect()
    con.execute("create table c12_orders (id integer primary key, region varchar not null, amount decimal(10,2))")
    con.execute("insert into c12_orders values (1, 'north', 10)")
    '''
    drive(run, box, "data", [
        ("duckdb_read_csv_auto", {"path": "sales.csv", "columns": {"amount": "INTEGER"}},
         'con.sql("select * from read_csv(\'sales.csv\', columns={\'region\': \'VARCHAR\', \'amount\': \'INTEGER\', \'day\': \'DATE\'}, header=true)").fetchall()', "PARAMETER_FORMAT"),
        ("duckdb_read_parquet_file", {"path": "readme.txt"},
         'con.sql("select * from read_parquet(\'readme.txt\')").fetchall()', "WRONG_TOOL_SELECTION"),
        ("duckdb_read_json_auto", {"path": "events.ndjson"},
         'con.sql("select * from read_json_auto(\'events.ndjson\')").fetchall()', "PARAMETER_FORMAT"),
        ("duckdb_insert_row", {"table": "c12_orders", "id": 1},
         'con.execute("insert into c12_orders values (1, \'south\', 5)")', "WORKFLOW_SEQUENCE"),
        ("duckdb_insert_row", {"table": "c12_orders", "region": None},
         'con.execute("insert into c12_orders values (2, NULL, 5)")', "MISSING_PARAMETER"),
        ("duckdb_prepared_query", {"sql": "select * from c12_orders where id = ?", "params": []},
         'con.execute("select * from c12_orders where id = ?", []).fetchall()', "MISSING_PARAMETER"),
        ("duckdb_attach_database", {"path": "warehouse/main.duckdb"},
         'con.execute("attach \'warehouse/main.duckdb\' as wh")', "MISSING_PREREQUISITE"),
        ("duckdb_copy_to_file", {"path": "out/orders.parquet"},
         'con.execute("copy c12_orders to \'out/orders.parquet\' (format parquet)")', "MISSING_PREREQUISITE"),
        ("duckdb_copy_to_file", {"format": "xlsx"},
         'con.execute("copy c12_orders to \'orders.xlsx\' (format xlsx2)")', "INCORRECT_PARAMETER"),
        ("duckdb_query_column", {"column": "regoin"},
         'con.sql("select regoin from c12_orders").fetchall()', "INCORRECT_PARAMETER"),
        ("duckdb_install_extension", {"extension": "httpfs"},
         'con.execute("set custom_extension_repository = \'http://127.0.0.1:{C}\'"); con.execute("force install httpfs")'.replace("{C}", str(C)), "network"),
        ("duckdb_install_extension", {"extension": "spatiall"},
         'con.execute("load spatiall")', "INCORRECT_PARAMETER"),
        ("polars_str_to_date", {"column": "day", "format": "%d/%m/%Y"},
         'pl.DataFrame({"day": ["2026-11-01"]}).with_columns(pl.col("day").str.to_date("%d/%m/%Y"))', "PARAMETER_FORMAT"),
        ("polars_read_csv_schema", {"path": "sales.csv", "schema_overrides": {"amount": "Int64"}},
         'pl.read_csv("sales.csv", schema_overrides={"amount": pl.Int64})', "PARAMETER_FORMAT"),
        ("polars_lazy_collect", {"column": "amt"},
         'pl.LazyFrame({"amount": [1, 2]}).select(pl.col("amt").sum()).collect()', "INCORRECT_PARAMETER"),
        ("polars_unpivot_frame", {"index": ["id"], "on": 5},
         'pl.DataFrame({"id": [1], "a": [2]}).unpivot(index=["id"], on=5)', "PARAMETER_FORMAT"),
        ("polars_join_frames", {"how": "outer_left"},
         'pl.DataFrame({"k": [1]}).join(pl.DataFrame({"k": [1]}), on="k", how="outer_left")', "INCORRECT_PARAMETER"),
        ("polars_read_ndjson", {"path": "events.ndjson"},
         'pl.read_ndjson("events.ndjson")', "PARAMETER_FORMAT"),
        ("polars_read_excel", {"path": "schema.yaml"},
         'pl.read_excel("schema.yaml")', "MISSING_PREREQUISITE"),
        ("polars_write_database", {"connection": f"postgresql://postgres@127.0.0.1:{C}/test"},
         f'pl.DataFrame({{"a": [1]}}).write_database("c12_pl", connection="postgresql://postgres@127.0.0.1:{C}/test")', "MISSING_PREREQUISITE"),
        ("pandas_to_parquet_engine", {"path": "out.parquet", "engine": "fastparquet"},
         'pd.DataFrame({"a": [1]}).to_parquet("out.parquet", engine="fastparquet")', "MISSING_PREREQUISITE"),
        ("pandas_read_feather", {"path": "sales.csv"},
         'pd.read_feather("sales.csv")', "WRONG_TOOL_SELECTION"),
        ("pandas_read_fwf", {"path": "sales.csv", "widths": "5,3"},
         'pd.read_fwf("sales.csv", widths="5,3")', "PARAMETER_FORMAT"),
        ("pandas_read_xml", {"path": "sales.csv"},
         'pd.read_xml("sales.csv")', "WRONG_TOOL_SELECTION"),
        ("pandas_to_sql_table", {"name": "c12_orders", "if_exists": "fail"},
         'import sqlite3; cx = sqlite3.connect(":memory:"); pd.DataFrame({"a": [1]}).to_sql("c12_orders", cx); pd.DataFrame({"a": [1]}).to_sql("c12_orders", cx)', "WORKFLOW_SEQUENCE"),
        ("pandas_read_csv_usecols", {"usecols": ["region", "total"]},
         'pd.read_csv("sales.csv", usecols=["region", "total"])', "INCORRECT_PARAMETER"),
    ], pre=pre)


SA_PRE = '''
from sqlalchemy import create_engine, String, Integer, ForeignKey, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship
import sqlalchemy.exc
class Base(DeclarativeBase):
    pass
class Team(Base):
    __tablename__ = "c12_teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(20), unique=True)
class Member(Base):
    __tablename__ = "c12_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(80))
    team_id: Mapped[int] = mapped_column(ForeignKey("c12_teams.id"))
    team = relationship(Team)
class Audit(Base):
    __tablename__ = "c12_audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
PG = create_engine("postgresql+asyncpg://x", future=True) if False else None
eng = create_engine("sqlite:///orm.db")
Base.metadata.create_all(eng, tables=[Team.__table__, Member.__table__])
with Session(eng) as s:
    s.execute(text("pragma foreign_keys=on"))
    s.add(Team(id=1, slug="payments")); s.commit()
'''


def orm_sdks(run: Run, box: Sandbox) -> None:
    drive(run, box, "sqlalchemy_orm", [
        ("sqlalchemy_orm_session_add", {"model": "Team", "slug": "payments"},
         'with Session(eng) as s:\n    s.add(Team(slug="payments")); s.commit()', "WORKFLOW_SEQUENCE"),
        ("sqlalchemy_orm_session_add", {"model": "Member", "email": None},
         'with Session(eng) as s:\n    s.add(Member(team_id=1)); s.commit()', "MISSING_PARAMETER"),
        ("sqlalchemy_orm_session_add", {"model": "Member", "nickname": "ana"},
         'with Session(eng) as s:\n    s.add(Member(email="a@x.io", team_id=1, nickname="ana"))', "INCORRECT_PARAMETER"),
        ("sqlalchemy_orm_session_add", {"model": "Audit"},
         'with Session(eng) as s:\n    s.add(Audit()); s.commit()', "MISSING_PREREQUISITE"),
        ("sqlalchemy_orm_scalars_one", {"slug": "growth"},
         'with Session(eng) as s:\n    s.scalars(select(Team).where(Team.slug == "growth")).one()', "INCORRECT_PARAMETER"),
        ("sqlalchemy_orm_lazy_load_detached", {"attribute": "team"},
         'with Session(eng) as s:\n    s.add(Member(id=5, email="b@x.io", team_id=1)); s.commit()\n    m = s.get(Member, 5)\ns2 = m.team', "WORKFLOW_SEQUENCE"),
        ("sqlalchemy_orm_session_commit_rolledback", {"step": "commit after failed flush"},
         'with Session(eng) as s:\n    s.add(Team(slug="payments"))\n    try:\n        s.flush()\n    except Exception:\n        pass\n    s.add(Team(slug="growth")); s.flush()', "WORKFLOW_SEQUENCE"),
        ("sqlalchemy_orm_select_where", {"where": "slug = payments"},
         'with Session(eng) as s:\n    s.execute(select(Team).where(text("slug = payments"))).all()', "INCORRECT_PARAMETER"),
        ("sqlalchemy_orm_session_get_pk", {"ident": "one"},
         'with Session(eng) as s:\n    s.get(Team, {"uuid": 1})', "INCORRECT_PARAMETER"),
        ("sqlalchemy_create_engine_url", {"url": "postgres://postgres@127.0.0.1/test"},
         'create_engine("postgres://postgres@127.0.0.1/test")', "PARAMETER_FORMAT"),
        ("sqlalchemy_engine_pg_connect", {"url": f"postgresql+pg8000://postgres@127.0.0.1:{C}/test"},
         f'create_engine("postgresql+pg8000://postgres@127.0.0.1:{C}/test").connect()', "MISSING_PREREQUISITE"),
    ], pre=SA_PRE)
    # asyncpg / aiomysql against the local PostgreSQL / MariaDB
    if run.caps.get("postgres"):
        drive(run, box, "asyncpg", [
            ("asyncpg_executemany", {"sql": "insert into c12_ledger values ($1, $2)", "args": [[1, "x"]]},
             'cx = await asyncpg.connect(PG)\nawait cx.executemany("insert into c12_ledger (id, amount) values ($1, $2)", [(1, "x")])', "PARAMETER_FORMAT"),
            ("asyncpg_executemany", {"args": [[1]]},
             'cx = await asyncpg.connect(PG)\nawait cx.executemany("insert into c12_ledger (id, amount) values ($1, $2)", [(1,)])', "MISSING_PARAMETER"),
            ("asyncpg_prepare", {"sql": "select amont from c12_ledger"},
             'cx = await asyncpg.connect(PG)\nawait cx.prepare("select amont from c12_ledger")', "INCORRECT_PARAMETER"),
            ("asyncpg_copy_to_table", {"table": "c12_ledgers"},
             'cx = await asyncpg.connect(PG)\nawait cx.copy_records_to_table("c12_ledgers", records=[(2, 5)])', "INCORRECT_PARAMETER"),
            ("asyncpg_insert_unique", {"id": 1},
             'cx = await asyncpg.connect(PG)\nawait cx.execute("insert into c12_ledger (id, amount) values (1, 3)")', "WORKFLOW_SEQUENCE"),
            ("asyncpg_create_pool", {"dsn": "postgresql://postgres@127.0.0.1/c12_missing_db"},
             'p = await asyncpg.create_pool("postgresql://postgres@127.0.0.1/c12_missing_db", min_size=1)', "MISSING_PREREQUISITE"),
            ("asyncpg_create_pool", {"dsn": "postgresql://c12_ghost@127.0.0.1/test"},
             'p = await asyncpg.create_pool("postgresql://c12_ghost@127.0.0.1/test", min_size=1)', "auth"),
            ("asyncpg_create_pool", {"dsn": f"postgresql://postgres@127.0.0.1:{C}/test"},
             f'p = await asyncpg.create_pool("postgresql://postgres@127.0.0.1:{C}/test", min_size=1)', "network"),
            ("asyncpg_create_pool", {"dsn": f"postgresql://postgres@127.0.0.1:{SILENT_PORT}/test", "timeout": 2},
             f'p = await asyncpg.create_pool("postgresql://postgres@127.0.0.1:{SILENT_PORT}/test", min_size=1, timeout=2)', "timeout"),
            ("asyncpg_create_pool", {"dsn": "postgresql://postgres@/test?host=/tmp/c12-nosock"},
             'p = await asyncpg.create_pool("postgresql://postgres@/test?host=/tmp/c12-nosock", min_size=1)', "daemon_down"),
            ("asyncpg_read_only_tx", {"isolation": "read_only"},
             'cx = await asyncpg.connect(PG)\nasync with cx.transaction(readonly=True):\n    await cx.execute("update c12_ledger set amount = 0")', "read_only"),
            ("asyncpg_transaction_nested", {"step": "commit twice"},
             'cx = await asyncpg.connect(PG)\ntr = cx.transaction(); await tr.start(); await tr.commit(); await tr.commit()', "WORKFLOW_SEQUENCE"),
        ], pre='import asyncpg\nPG = "postgresql://postgres@127.0.0.1:5432/test"', aio=True)
    if run.caps.get("mariadb"):
        drive(run, box, "aiomysql", [
            ("aiomysql_executemany", {"sql": "insert into c12_stock values (%s, %s)", "args": [[1]]},
             'cx = await aiomysql.connect(**M)\ncur = await cx.cursor()\nawait cur.executemany("insert into c12_stock (sku, qty) values (%s, %s)", [("a",)])', "MISSING_PARAMETER"),
            ("aiomysql_execute_insert", {"sku": "A-1"},
             'cx = await aiomysql.connect(**M)\ncur = await cx.cursor()\nawait cur.execute("insert into c12_stock (sku, qty) values (\'A-1\', 1)")', "WORKFLOW_SEQUENCE"),
            ("aiomysql_execute_insert", {"qty": "many"},
             'cx = await aiomysql.connect(**M)\ncur = await cx.cursor()\nawait cur.execute("insert into c12_stock (sku, qty) values (\'B-2\', \'many\')")', "PARAMETER_FORMAT"),
            ("aiomysql_create_pool", {"db": "c12_nodb"},
             'p = await aiomysql.create_pool(host="127.0.0.1", user="root", password="", db="c12_nodb")', "MISSING_PREREQUISITE"),
            ("aiomysql_create_pool", {"user": "c12_ghost"},
             'p = await aiomysql.create_pool(host="127.0.0.1", user="c12_ghost", password="pw", db="test")', "auth"),
            ("aiomysql_create_pool", {"port": C},
             f'p = await aiomysql.create_pool(host="127.0.0.1", port={C}, user="root", password="", db="test")', "network"),
            ("aiomysql_create_pool", {"port": SILENT_PORT, "connect_timeout": 2},
             f'p = await aiomysql.create_pool(host="127.0.0.1", port={SILENT_PORT}, user="root", password="", db="test", connect_timeout=2)', "timeout"),
            ("aiomysql_select_for_update_ro", {"tx": "read only"},
             'cx = await aiomysql.connect(**M)\ncur = await cx.cursor()\nawait cur.execute("start transaction read only")\nawait cur.execute("update c12_stock set qty = 0")', "read_only"),
        ], pre='import aiomysql\nM = dict(host="127.0.0.1", user="root", password="", db="c12_shop12")', aio=True)


# ---------------------------------------------------------------------------
# brokers, RPC, websockets, redis streams
# ---------------------------------------------------------------------------

GRPC_PRE = f'''
import grpc, threading, time
from concurrent import futures
def handler(code, detail):
    def h(req, ctx):
        ctx.abort(code, detail)
    return grpc.unary_unary_rpc_method_handler(h)
methods = {{
    "GetSku": handler(grpc.StatusCode.NOT_FOUND, "sku 'SKU-9999' not found"),
    "Reserve": handler(grpc.StatusCode.INVALID_ARGUMENT, "quantity must be a positive integer, got '-3'"),
    "CreateWarehouse": handler(grpc.StatusCode.ALREADY_EXISTS, "warehouse 'fra-1' already exists"),
    "Ship": handler(grpc.StatusCode.FAILED_PRECONDITION, "order 77 must be packed before it can be shipped"),
    "Audit": handler(grpc.StatusCode.UNAUTHENTICATED, "missing or invalid bearer token"),
    "Purge": handler(grpc.StatusCode.PERMISSION_DENIED, "caller lacks inventory.admin"),
    "Sync": handler(grpc.StatusCode.RESOURCE_EXHAUSTED, "per-client quota of 100 calls/min exhausted"),
    "Rebalance": handler(grpc.StatusCode.UNAVAILABLE, "inventory shard 3 is restarting"),
    "Export": handler(grpc.StatusCode.INTERNAL, "panic: nil pointer in exporter"),
    "Slow": grpc.unary_unary_rpc_method_handler(lambda req, ctx: time.sleep(5) or b""),
}}
srv = grpc.server(futures.ThreadPoolExecutor(4))
srv.add_generic_rpc_handlers((grpc.method_handlers_generic_handler("c12.inventory.v1.Inventory", methods),))
srv.add_insecure_port("127.0.0.1:{GRPC_PORT}")
srv.start()
ch = grpc.insecure_channel("127.0.0.1:{GRPC_PORT}")
def call(method, timeout=5, channel=None, service="c12.inventory.v1.Inventory"):
    return (channel or ch).unary_unary(f"/{{service}}/{{method}}")(b"", timeout=timeout)
'''


def rpc_sdks(run: Run, box: Sandbox) -> None:
    drive(run, box, "grpc", [
        ("inventory_grpc_get_sku", {"sku": "SKU-9999"}, 'call("GetSku")', "INCORRECT_PARAMETER"),
        ("inventory_grpc_reserve", {"sku": "SKU-1", "quantity": -3}, 'call("Reserve")', "INCORRECT_PARAMETER"),
        ("inventory_grpc_create_warehouse", {"code": "fra-1"}, 'call("CreateWarehouse")', "WORKFLOW_SEQUENCE"),
        ("inventory_grpc_ship", {"order_id": 77}, 'call("Ship")', "WORKFLOW_SEQUENCE"),
        ("inventory_grpc_audit", {"token": None}, 'call("Audit")', "auth"),
        ("inventory_grpc_purge", {"warehouse": "fra-1"}, 'call("Purge")', "permission"),
        ("inventory_grpc_sync", {"full": True}, 'call("Sync")', "rate_limit"),
        ("inventory_grpc_rebalance", {"shard": 3}, 'call("Rebalance")', "server_error"),
        ("inventory_grpc_export", {"format": "csv"}, 'call("Export")', "server_error"),
        ("inventory_grpc_slow_report", {"deadline": 1}, 'call("Slow", timeout=1)', "timeout"),
        ("inventory_grpc_list_skus", {"page": 1}, 'call("ListSkus")', "WRONG_TOOL_SELECTION"),
        ("inventory_grpc_get_sku", {"target": f"127.0.0.1:{C}"}, f'call("GetSku", channel=grpc.insecure_channel("127.0.0.1:{C}"))', "network"),
        ("inventory_grpc_get_sku", {"target": f"127.0.0.1:{HANG_PORT}"}, f'call("GetSku", timeout=2, channel=grpc.insecure_channel("127.0.0.1:{HANG_PORT}"))', "timeout"),
        ("inventory_grpc_get_sku", {"target": f"{NOHOST}:443"}, f'call("GetSku", channel=grpc.insecure_channel("{NOHOST}:443"))', "dns"),
        ("inventory_grpc_get_sku", {"target": f"127.0.0.1:{GRPC_PORT}", "tls": True}, f'call("GetSku", timeout=3, channel=grpc.secure_channel("127.0.0.1:{GRPC_PORT}", grpc.ssl_channel_credentials()))', "tls"),
        ("inventory_grpc_get_sku", {"target": "127.0.0.1:grpc"}, 'call("GetSku", timeout=2, channel=grpc.insecure_channel("127.0.0.1:grpc"))', "PARAMETER_FORMAT"),
    ], pre=GRPC_PRE, post="srv.stop(0)")
    ws_pre = f'''
    import threading, asyncio, websockets
    from websockets.sync.server import serve
    from websockets.sync.client import connect
    from websockets.datastructures import Headers
    from websockets.http11 import Response
    def process_request(conn, request):
        if request.path == "/private":
            return conn.respond(401, "token required\\n")
        if request.path == "/admin":
            return conn.respond(403, "forbidden\\n")
        if request.path == "/busy":
            return conn.respond(503, "server overloaded\\n")
        if request.path != "/feed":
            return conn.respond(404, "no such channel\\n")
    def echo(ws):
        for msg in ws:
            if msg == "close-now":
                ws.close(1008, "policy violation: unknown command")
                return
            ws.send(msg)
    srv = serve(echo, "127.0.0.1", {WS_PORT}, process_request=process_request)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    W = "ws://127.0.0.1:{WS_PORT}"
    '''
    drive(run, box, "websockets", [
        ("websockets_client_connect", {"uri": f"ws://127.0.0.1:{WS_PORT}/feeds"}, 'connect(W + "/feeds", open_timeout=3)', "INCORRECT_PARAMETER"),
        ("websockets_client_connect", {"uri": f"ws://127.0.0.1:{WS_PORT}/private"}, 'connect(W + "/private", open_timeout=3)', "auth"),
        ("websockets_client_connect", {"uri": f"ws://127.0.0.1:{WS_PORT}/admin"}, 'connect(W + "/admin", open_timeout=3)', "permission"),
        ("websockets_client_connect", {"uri": f"ws://127.0.0.1:{WS_PORT}/busy"}, 'connect(W + "/busy", open_timeout=3)', "server_error"),
        ("websockets_client_connect", {"uri": f"http://127.0.0.1:{WS_PORT}/feed"}, f'connect("http://127.0.0.1:{WS_PORT}/feed", open_timeout=3)', "PARAMETER_FORMAT"),
        ("websockets_client_connect", {"uri": f"ws://127.0.0.1:{C}/feed"}, f'connect("ws://127.0.0.1:{C}/feed", open_timeout=3)', "network"),
        ("websockets_client_connect", {"uri": f"ws://127.0.0.1:{HANG_PORT}/feed"}, f'connect("ws://127.0.0.1:{HANG_PORT}/feed", open_timeout=2)', "timeout"),
        ("websockets_client_connect", {"uri": f"wss://127.0.0.1:{TLS_PORT}/feed"}, f'connect("wss://127.0.0.1:{TLS_PORT}/feed", open_timeout=3)', "tls"),
        ("websockets_client_connect", {"uri": f"ws://{NOHOST}/feed"}, f'connect("ws://{NOHOST}/feed", open_timeout=3)', "dns"),
        ("websockets_client_send", {"message": "close-now"}, 'ws = connect(W + "/feed", open_timeout=3)\nws.send("close-now")\nws.recv(timeout=3)', "INCORRECT_PARAMETER"),
        ("websockets_client_send", {"step": "send after close"}, 'ws = connect(W + "/feed", open_timeout=3)\nws.close()\nws.send("hello")', "WORKFLOW_SEQUENCE"),
    ], pre=ws_pre)
    celery_pre = f'''
    from celery import Celery
    from kombu import Connection, Exchange, Queue
    import kombu.exceptions
    def app(broker, backend=None):
        a = Celery("c12", broker=broker, backend=backend)
        a.conf.broker_connection_retry_on_startup = False
        a.conf.broker_connection_max_retries = 0
        a.conf.broker_connection_timeout = 3
        return a
    '''
    drive(run, box, "celery_kombu", [
        ("celery_send_task_broker", {"broker": f"amqp://guest:guest@127.0.0.1:{C}//"},
         f'app("amqp://guest:guest@127.0.0.1:{C}//").send_task("c12.reindex", retry=False)', "network"),
        ("celery_send_task_broker", {"broker": "amqp://c12_ghost:nope@127.0.0.1:5672//"},
         'app("amqp://c12_ghost:nope@127.0.0.1:5672//").send_task("c12.reindex", retry=False)', "auth"),
        ("celery_send_task_broker", {"broker": "amqp://guest:guest@127.0.0.1:5672/c12_vhost"},
         'app("amqp://guest:guest@127.0.0.1:5672/c12_vhost").send_task("c12.reindex", retry=False)', "MISSING_PREREQUISITE"),
        ("celery_send_task_broker", {"broker": "rabbitmq://127.0.0.1"},
         'app("rabbitmq://127.0.0.1").send_task("c12.reindex", retry=False)', "INCORRECT_PARAMETER"),
        ("celery_async_result_get", {"backend": None},
         'app("memory://").AsyncResult("c12-task-id").get(timeout=1)', "MISSING_PREREQUISITE"),
        ("celery_async_result_get", {"backend": f"redis://127.0.0.1:{C}/0"},
         f'app("memory://", f"redis://127.0.0.1:{C}/0").AsyncResult("c12-task-id").get(timeout=2)', "daemon_down"),
        ("celery_signature_apply", {"args": "1,2"},
         'a = app("memory://")\n@a.task\ndef add(x, y): return x + y\nadd.s(1).apply()', "MISSING_PARAMETER"),
        ("celery_signature_apply", {"kwargs": {"z": 3}},
         'a = app("memory://")\n@a.task\ndef add(x, y): return x + y\nadd.s(1, 2, z=3).apply()', "INCORRECT_PARAMETER"),
        ("celery_task_apply_async", {"countdown": "soon"},
         'a = app("memory://")\n@a.task\ndef ping(): return 1\nping.apply_async(countdown="soon")', "PARAMETER_FORMAT"),
        ("kombu_queue_declare_passive", {"queue": "c12_missing_queue"},
         'with Connection("amqp://guest:guest@127.0.0.1:5672//", connect_timeout=3) as cx:\n    cx.default_channel.queue_declare("c12_missing_queue", passive=True)', "INCORRECT_PARAMETER"),
        ("kombu_exchange_declare_type", {"exchange": "amq.topic", "type": "direct"},
         'with Connection("amqp://guest:guest@127.0.0.1:5672//", connect_timeout=3) as cx:\n    Exchange("amq.topic", type="direct")(cx.default_channel).declare()', "INCORRECT_PARAMETER"),
        ("kombu_exchange_declare_type", {"exchange": "c12.events", "type": "fanout-ish"},
         'with Connection("amqp://guest:guest@127.0.0.1:5672//", connect_timeout=3) as cx:\n    Exchange("c12.events", type="fanout-ish")(cx.default_channel).declare()', "INCORRECT_PARAMETER"),
        ("kombu_connection_ensure", {"url": f"amqp://guest:guest@127.0.0.1:{RESET_PORT}//"},
         f'with Connection("amqp://guest:guest@127.0.0.1:{RESET_PORT}//", connect_timeout=3) as cx:\n    cx.connect()', "network"),
        ("kombu_connection_ensure", {"url": f"amqp://guest:guest@127.0.0.1:{HANG_PORT}//"},
         f'with Connection("amqp://guest:guest@127.0.0.1:{HANG_PORT}//", connect_timeout=2) as cx:\n    cx.connect()', "timeout"),
    ], pre=celery_pre)
    if port_open("127.0.0.1", 6379):
        drive(run, box, "redis_streams", [
            ("redis_stream_group_create", {"stream": "corpus12:events", "group": "workers"},
             'r.xgroup_create("corpus12:events", "workers", id="0")', "WORKFLOW_SEQUENCE"),
            ("redis_stream_group_create", {"stream": "corpus12:nostream", "group": "workers"},
             'r.xgroup_create("corpus12:nostream", "workers", id="0")', "MISSING_PREREQUISITE"),
            ("redis_stream_read_group", {"stream": "corpus12:events", "group": "billing"},
             'r.xreadgroup("billing", "c1", {"corpus12:events": ">"}, count=1)', "MISSING_PREREQUISITE"),
            ("redis_xadd_entry", {"stream": "corpus12:events", "id": "5-x"},
             'r.xadd("corpus12:events", {"k": "v"}, id="5-x")', "PARAMETER_FORMAT"),
            ("redis_xadd_entry", {"stream": "corpus12:events", "id": "1-1"},
             'r.xadd("corpus12:events", {"k": "v"}, id="1-1")', "INCORRECT_PARAMETER"),
            ("redis_xadd_entry", {"stream": "corpus12:plain"},
             'r.xadd("corpus12:plain", {"k": "v"})', "WRONG_TOOL_SELECTION"),
            ("redis_xtrim_stream", {"maxlen": -1},
             'r.xtrim("corpus12:events", maxlen=-1)', "INCORRECT_PARAMETER"),
            ("redis_xinfo_groups", {"stream": "corpus12:events", "url": f"redis://127.0.0.1:{C}"},
             f'redis.Redis(port={C}, socket_connect_timeout=2).xinfo_groups("corpus12:events")', "daemon_down"),
        ], pre='import redis\nr = redis.Redis()\nr.delete("corpus12:events", "corpus12:plain")\nr.xadd("corpus12:events", {"k": "v"}, id="2-0")\nr.xgroup_create("corpus12:events", "workers", id="0")\nr.set("corpus12:plain", "x")',
              post='r.delete("corpus12:events", "corpus12:plain")')


# ---------------------------------------------------------------------------
# CLIs
# ---------------------------------------------------------------------------

def clis(run: Run, box: Sandbox) -> None:
    repo = box.git_repo("cli/repo", {"app.py": "print(1)\n", "README.md": "# app\n"})
    box.sh("git tag v1.0 && git checkout -q -b feature && echo x >> app.py && git commit -qam feat && git checkout -q main", cwd=repo)
    plain = box.mkdir("cli", "plain")
    k = {"cwd": repo}
    head = box.sh("git rev-parse HEAD", cwd=repo).stdout.strip()
    tree = box.sh("git rev-parse HEAD^{tree}", cwd=repo).stdout.strip()
    cli(run, "git_read_tree", {"tree": "nosuchtree"}, "git read-tree nosuchtree", "INCORRECT_PARAMETER", **k)
    cli(run, "git_write_tree", {"cwd": "plain"}, "git write-tree", "MISSING_PREREQUISITE", cwd=plain)
    cli(run, "git_mktree", {"stdin": "100644 blob deadbeef\tfile"}, "printf '100644 blob deadbeef\\tfile\\n' | git mktree", "PARAMETER_FORMAT", **k)
    cli(run, "git_interpret_trailers", {"trailer": "Signed-off-by"}, "git interpret-trailers --trailer 'Signed-off-by' --in-place MSG.txt", "INCORRECT_PARAMETER", **k)
    cli(run, "git_reflog_expire", {"expire": "sometime"}, "git reflog expire --expire=sometime --all", "PARAMETER_FORMAT", **k)
    cli(run, "git_cherry_upstream", {"upstream": "origin/main"}, "git cherry -v origin/main", "MISSING_PREREQUISITE", **k)
    cli(run, "git_pack_refs", {"option": "--everything"}, "git pack-refs --everything", "PARAMETER_FORMAT", **k)
    cli(run, "git_verify_commit", {"commit": "HEAD"}, "git verify-commit HEAD", "MISSING_PREREQUISITE", **k)
    cli(run, "git_maintenance_run", {"task": "compaction"}, "git maintenance run --task=compaction", "INCORRECT_PARAMETER", **k)
    cli(run, "git_name_rev", {"rev": "0123456"}, "git name-rev 0123456", "INCORRECT_PARAMETER", **k)
    cli(run, "git_ls_files_error_unmatch", {"path": "src/main.py"}, "git ls-files --error-unmatch src/main.py", "INCORRECT_PARAMETER", **k)
    cli(run, "git_diff_tree", {"tree": tree[:7] + "zz"}, f"git diff-tree {tree[:7]}zz HEAD", "PARAMETER_FORMAT", **k)
    cli(run, "git_notes_add", {"object": "HEAD"}, "git notes add -m reviewed HEAD && git notes add -m again HEAD", "WORKFLOW_SEQUENCE", **k)
    cli(run, "git_worktree_add_branch", {"branch": "main"}, "git worktree add ../wt-main main", "WORKFLOW_SEQUENCE", **k)
    cli(run, "git_archive_format", {"format": "rar"}, "git archive --format=rar HEAD -o ../app.rar", "INCORRECT_PARAMETER", **k)
    cli(run, "git_stash_apply", {"stash": "stash@{0}"}, "git stash apply stash@{0}", "WORKFLOW_SEQUENCE", **k)
    cli(run, "git_cherry_pick_continue", {}, "git cherry-pick --continue", "WORKFLOW_SEQUENCE", **k)
    cli(run, "git_bisect_good", {"rev": "v1.0"}, "git bisect good v1.0 && git bisect bad HEAD && git bisect good HEAD", "WORKFLOW_SEQUENCE", ok=False, **k)
    cli(run, "git_push_upstream", {"remote": "origin", "branch": "main"}, "git push -u origin main", "MISSING_PREREQUISITE", **k)
    cli(run, "git_fetch_remote", {"url": f"http://127.0.0.1:{C}/app.git"}, f"git fetch http://127.0.0.1:{C}/app.git", "network", **k)
    cli(run, "git_fetch_remote", {"url": f"https://{NOHOST}/app.git"}, f"git fetch https://{NOHOST}/app.git", "dns", **k)
    cli(run, "git_fetch_remote", {"url": f"{HS}/app.git"}, f"git fetch {HS}/app.git", "tls", **k)
    cli(run, "git_fetch_remote", {"url": f"{H}/s/503/app.git"}, f"git fetch {H}/s/503/app.git", "server_error", **k)
    cli(run, "git_fetch_remote", {"url": f"{H}/s/401/app.git"}, f"git fetch {H}/s/401/app.git", "auth", **k)
    cli(run, "git_fetch_remote", {"url": f"{H}/s/403/app.git"}, f"git fetch {H}/s/403/app.git", "permission", **k)
    cli(run, "git_fetch_remote", {"url": f"{H}/s/502/app.git"}, f"git fetch {H}/s/502/app.git", "server_error", **k)
    if run.caps.get("unshare"):
        full = box.mkdir("cli", "full")
        cli(run, "git_clone_local", {"dest": "full/clone"}, tiny_fs(full, f"git clone -q {shlex.quote(repo)} {shlex.quote(full)}/clone", "16k"), "resource", needs=("unshare",), **k)
        cli(run, "curl_download_file", {"output": "full/page.html"}, tiny_fs(full, f"head -c 200000 /dev/zero > {shlex.quote(full)}/pad; curl -sS -o {shlex.quote(full)}/page.html {H}/docs/page.html", "64k"), "resource", needs=("unshare",), **k)
        cli(run, "tar_create_into", {"archive": "full/site.tar"}, tiny_fs(full, f"tar -cf {shlex.quote(full)}/site.tar /usr/share/doc", "64k"), "resource", needs=("unshare",), **k)
        cli(run, "git_commit_readonly", {"message": "wip"}, ro_bind(repo, "git -C " + shlex.quote(repo) + " commit --allow-empty -m wip"), "read_only", needs=("unshare",), **k)
    # npm / npx
    pkg = box.mkdir("cli", "node")
    box.write("cli/node/package.json", J({"name": "c12-app", "version": "1.0.0", "scripts": {"build": "node build.js"}}))
    nk = {"cwd": pkg, "timeout": 60}
    cli(run, "npm_run_script", {"script": "biuld"}, "npm run biuld", "INCORRECT_PARAMETER", **nk)
    cli(run, "npm_run_script", {"script": "build"}, "npm run build", "MISSING_PREREQUISITE", **nk)
    cli(run, "npm_version_bump", {"bump": "bigger"}, "npm version bigger --no-git-tag-version", "INCORRECT_PARAMETER", **nk)
    cli(run, "npm_pkg_set", {"expr": "scripts.test"}, "npm pkg set scripts.test", "MISSING_PARAMETER", **nk)
    cli(run, "npm_cache_verify", {"option": "--deep"}, "npm cache cleen", "WRONG_TOOL_SELECTION", **nk)
    cli(run, "npm_install_registry", {"registry": f"http://127.0.0.1:{C}/"}, f"npm install left-pad --registry http://127.0.0.1:{C}/ --fetch-retries=0", "network", **nk)
    cli(run, "npm_install_registry", {"registry": f"{H}/s/503/"}, f"npm install left-pad --registry {H}/s/503/ --fetch-retries=0", "server_error", **nk)
    cli(run, "npm_install_registry", {"registry": f"{H}/s/401/"}, f"npm install left-pad --registry {H}/s/401/ --fetch-retries=0", "auth", **nk)
    cli(run, "npm_install_registry", {"registry": f"{HS}/"}, f"npm install left-pad --registry {HS}/ --fetch-retries=0", "tls", **nk)
    cli(run, "npm_install_registry", {"registry": f"http://{NOHOST}/"}, f"npm install left-pad --registry http://{NOHOST}/ --fetch-retries=0", "dns", **nk)
    cli(run, "npm_install_registry", {"registry": f"{H}/s/429/"}, f"npm install left-pad --registry {H}/s/429/ --fetch-retries=0", "rate_limit", **nk)
    cli(run, "npm_install_spec", {"spec": "left-pad@^^1"}, "npm install 'left-pad@^^1' --offline", "PARAMETER_FORMAT", **nk)
    cli(run, "npx_run_bin", {"bin": "tsc"}, "npx --offline --no-install tsc --version", "MISSING_PREREQUISITE", **nk)
    box.write("cli/node_bad/package.json", "{\"name\": \"c12-bad\", \"version\": \"1.0.0\",}\n")
    cli(run, "npm_install_local", {"cwd": "node_bad"}, "npm install --offline", "PARAMETER_FORMAT", cwd=box.path("cli", "node_bad"), timeout=60)
    # pip / uv
    pk = {"timeout": 90}
    cli(run, "pip_install_index", {"index_url": f"http://127.0.0.1:{C}/simple"}, f"python -m pip --isolated install --no-cache-dir --retries 1 --timeout 3 --index-url http://127.0.0.1:{C}/simple c12-nothing", "network", **pk)
    cli(run, "pip_install_index", {"index_url": f"{HS}/simple"}, f"python -m pip --isolated install --no-cache-dir --retries 1 --timeout 3 --index-url {HS}/simple c12-nothing", "tls", **pk)
    cli(run, "pip_install_index", {"index_url": f"https://{NOHOST}/simple"}, f"python -m pip --isolated install --no-cache-dir --retries 1 --timeout 3 --index-url https://{NOHOST}/simple c12-nothing", "dns", **pk)
    cli(run, "pip_install_spec", {"spec": "requests=2.31"}, "python -m pip install --no-index 'requests=2.31'", "PARAMETER_FORMAT", **pk)
    cli(run, "pip_install_requirements", {"file": "requirement.txt"}, "python -m pip install --no-index -r requirement.txt", "INCORRECT_PARAMETER", **pk)
    cli(run, "pip_install_editable", {"path": "."}, "python -m pip install --no-index -e .", "MISSING_PREREQUISITE", cwd=plain, **pk)
    cli(run, "pip_hash_file", {"file": "dist/app-1.0.whl"}, "python -m pip hash dist/app-1.0.whl", "INCORRECT_PARAMETER", **pk)
    cli(run, "pip_config_set", {"key": "timeout"}, "python -m pip config set timeout 60", "PARAMETER_FORMAT", **pk)
    cli(run, "pip_cache_purge", {"subcommand": "clear"}, "python -m pip cache clear", "WRONG_TOOL_SELECTION", **pk)
    cli(run, "uv_pip_show", {"package": "c12-not-installed"}, "uv pip show c12-not-installed --python python3", "INCORRECT_PARAMETER", **pk)
    cli(run, "uv_tree_deps", {"cwd": "plain"}, "uv tree --offline", "MISSING_PREREQUISITE", cwd=plain, **pk)
    cli(run, "uv_python_pin", {"version": "three.eleven"}, "uv python pin three.eleven --no-project", "PARAMETER_FORMAT", cwd=plain, **pk)
    cli(run, "uv_tool_run", {"tool": "c12-nonexistent-tool"}, "uv tool run --offline c12-nonexistent-tool", "MISSING_PREREQUISITE", **pk)
    cli(run, "uv_pip_sync", {"file": "requirements.lock"}, "uv pip sync requirements.lock --python python3", "INCORRECT_PARAMETER", cwd=plain, **pk)
    cli(run, "uv_pip_install_index", {"index": f"http://127.0.0.1:{C}/simple"}, f"uv pip install --python python3 --no-cache --index-url http://127.0.0.1:{C}/simple c12-nothing", "network", env={"UV_HTTP_RETRIES": "0"}, **pk)
    # cargo / rustc
    crate = box.mkdir("cli", "crate")
    box.write("cli/crate/Cargo.toml", "[package]\nname = \"c12crate\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n")
    box.write("cli/crate/src/main.rs", "fn main() {\n    let x: i32 = \"five\";\n    println!(\"{}\", x);\n}\n")
    ck = {"cwd": crate, "timeout": 120}
    cli(run, "cargo_pkgid_spec", {"spec": "serde"}, "cargo pkgid serde --offline", "MISSING_PREREQUISITE", **ck)
    cli(run, "cargo_locate_project", {"cwd": "plain"}, "cargo locate-project", "MISSING_PREREQUISITE", cwd=plain, timeout=60)
    cli(run, "cargo_build_bin", {"bin": "server"}, "cargo build --offline --bin server", "INCORRECT_PARAMETER", **ck)
    cli(run, "cargo_build_bin", {"profile": "fast"}, "cargo build --offline --profile fast", "INCORRECT_PARAMETER", **ck)
    cli(run, "cargo_build_bin", {"jobs": "all"}, "cargo build --offline --jobs all", "PARAMETER_FORMAT", **ck)
    cli(run, "cargo_add_offline", {"crate": "serde"}, "cargo add serde --offline", "MISSING_PREREQUISITE", **ck)
    cli(run, "rustc_edition", {"edition": "2020"}, "rustc --edition 2020 src/main.rs", "INCORRECT_PARAMETER", **ck)
    cli(run, "rustc_target_triple", {"target": "x86_64-unknown-linux-gnuu"}, "rustc --target x86_64-unknown-linux-gnuu src/main.rs", "INCORRECT_PARAMETER", **ck)
    cli(run, "rustc_compile_file", {"file": "Cargo.toml"}, "rustc Cargo.toml", "WRONG_TOOL_SELECTION", **ck)
    # mvn (no remote repository reachable)
    mvnp = box.mkdir("cli", "mvn")
    box.write("cli/mvn/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>c12</groupId><artifactId>app</artifactId><version>1.0</version></project>\n")
    mk = {"cwd": mvnp, "timeout": 120}
    cli(run, "mvn_lifecycle_phase", {"phase": "compiel"}, "mvn -B -o -q compiel", "INCORRECT_PARAMETER", **mk)
    cli(run, "mvn_lifecycle_phase", {"cwd": "plain"}, "mvn -B -o -q package", "MISSING_PREREQUISITE", cwd=plain, timeout=120)
    box.write("cli/mvn_bad/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>c12</groupId>\n")
    cli(run, "mvn_lifecycle_phase", {"pom": "truncated"}, "mvn -B -o -q validate", "PARAMETER_FORMAT", cwd=box.path("cli", "mvn_bad"), timeout=120)
    cli(run, "mvn_define_property", {"option": "-Dmaven.test.skip"}, "mvn -B -o --thread 0x validate", "PARAMETER_FORMAT", **mk)
    # docker (no daemon), systemctl/journalctl
    dk = {"env": {"DOCKER_HOST": "unix:///tmp/c12-no-docker.sock"}, "timeout": 30}
    cli(run, "docker_system_df", {}, "docker system df", "daemon_down", **dk)
    box.write("cli/compose/compose.yaml", "services:\n  web:\n    image: nginx\n    ports: 8080:80\n")
    cli(run, "docker_compose_config", {"file": "compose.yaml"}, "docker compose config", "MISSING_PREREQUISITE", cwd=box.path("cli", "compose"), **dk)
    cli(run, "docker_context_use", {"context": "c12-prod"}, "docker context use c12-prod", "INCORRECT_PARAMETER", **dk)
    cli(run, "docker_container_prune", {"filter": "until=forever"}, "docker container prune -f --filter until=forever", "daemon_down", **dk)
    cli(run, "docker_run_detached", {"option": "--restrt"}, "docker run --restrt always nginx", "PARAMETER_FORMAT", **dk)
    cli(run, "docker_buildx_ls", {}, "docker buildx ls", "MISSING_PREREQUISITE", **dk)
    cli(run, "systemctl_is_active", {"unit": "nginx"}, "systemctl is-active --quiet nginx; systemctl status nginx", "daemon_down", timeout=15)
    cli(run, "systemctl_enable_now", {"unit": "c12-worker"}, "systemctl enable --now c12-worker", "INCORRECT_PARAMETER", timeout=15)
    cli(run, "systemctl_list_units_state", {"state": "broken"}, "systemctl list-units --state=broken", "daemon_down", timeout=15)
    cli(run, "journalctl_since_until", {"since": "yesterday 25:00"}, "journalctl --no-pager --since 'yesterday 25:00'", "PARAMETER_FORMAT", timeout=15)
    cli(run, "journalctl_priority", {"priority": "verbose"}, "journalctl --no-pager -p verbose", "INCORRECT_PARAMETER", timeout=15)
    cli(run, "journalctl_output_format", {"output": "yaml"}, "journalctl --no-pager -o yaml", "INCORRECT_PARAMETER", timeout=15)
    cli(run, "journalctl_vacuum_size", {"size": "lots"}, "journalctl --vacuum-size=lots", "PARAMETER_FORMAT", timeout=15)
    # openssl
    ok = {"cwd": box.mkdir("cli", "pki")}
    box.sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 1 -subj /CN=c12.local", cwd=box.path("cli", "pki"), check=False)
    box.sh("openssl genpkey -algorithm ed25519 -out other.pem", cwd=box.path("cli", "pki"), check=False)
    cli(run, "openssl_x509_fingerprint", {"digest": "-sha999"}, "openssl x509 -in cert.pem -noout -fingerprint -sha999", "PARAMETER_FORMAT", **ok)
    cli(run, "openssl_x509_inform", {"inform": "DER"}, "openssl x509 -inform DER -in cert.pem -noout -subject", "PARAMETER_FORMAT", **ok)
    cli(run, "openssl_cms_sign", {"signer": "cert.pem"}, "openssl cms -sign -in cert.pem -signer cert.pem -out /dev/null", "MISSING_PARAMETER", **ok)
    cli(run, "openssl_ca_sign", {"config": "ca.cnf"}, "openssl ca -config ca.cnf -in req.csr -out signed.pem -batch", "MISSING_PREREQUISITE", **ok)
    cli(run, "openssl_s_client_local", {"connect": f"127.0.0.1:{C}"}, f"openssl s_client -connect 127.0.0.1:{C} -brief </dev/null", "network", **ok)
    cli(run, "openssl_s_client_local", {"connect": f"127.0.0.1:{HTTP_PORT}"}, f"openssl s_client -connect 127.0.0.1:{HTTP_PORT} -brief </dev/null", "tls", **ok)
    cli(run, "openssl_s_client_local", {"connect": f"{NOHOST}:443"}, f"openssl s_client -connect {NOHOST}:443 -brief </dev/null", "dns", **ok)
    cli(run, "openssl_s_client_local", {"connect": f"127.0.0.1:{TLS_PORT}", "verify": "strict"}, f"openssl s_client -connect 127.0.0.1:{TLS_PORT} -verify_return_error -brief </dev/null", "tls", **ok)
    # curl against local helpers
    cu = {"timeout": 20}
    cli(run, "curl_post_json_api", {"url": f"{H}/api/items", "data": "{name: widget}"}, f"curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' -d '{{name: widget}}' {H}/api/items", "PARAMETER_FORMAT", stream="both", **cu)
    cli(run, "curl_post_json_api", {"url": f"{H}/api/items", "data": {"name": "widget"}}, f"curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' -d '{{\"name\": \"widget\"}}' {H}/api/items", "WORKFLOW_SEQUENCE", stream="both", **cu)
    cli(run, "curl_get_item", {"url": f"{H}/api/items/4711"}, f"curl -sS --fail-with-body {H}/api/items/4711", "INCORRECT_PARAMETER", stream="both", **cu)
    cli(run, "curl_get_item", {"url": f"{H}/s/408/items"}, f"curl -sS --fail-with-body {H}/s/408/items", "timeout", stream="both", **cu)
    cli(run, "curl_get_item", {"url": f"{H}/s/504/items"}, f"curl -sS --fail-with-body {H}/s/504/items", "timeout", stream="both", **cu)
    for code, kind in (("401", "auth"), ("403", "permission"), ("429", "rate_limit"), ("503", "server_error"), ("502", "server_error")):
        cli(run, "curl_get_item", {"url": f"{H}/s/{code}/items"}, f"curl -sS --fail-with-body {H}/s/{code}/items", kind, stream="both", **cu)
    cli(run, "curl_get_item", {"url": f"{H}/s/500/items"}, f"curl -sS --fail-with-body {H}/s/500/items", "server_error", stream="both", **cu)
    cli(run, "curl_get_item", {"url": f"http://127.0.0.1:{HANG_PORT}/items", "max_time": 2}, f"curl -sS --max-time 2 http://127.0.0.1:{HANG_PORT}/items", "timeout", **cu)
    cli(run, "curl_get_item", {"url": f"http://127.0.0.1:{RESET_PORT}/items"}, f"curl -sS http://127.0.0.1:{RESET_PORT}/items", "network", **cu)
    cli(run, "curl_upload_file", {"file": "report.pdf"}, f"curl -sS --fail-with-body -F file=@report.pdf {H}/api/upload", "INCORRECT_PARAMETER", cwd=plain, **cu)
    cli(run, "curl_head_request", {"url": "http://[::1:80/"}, "curl -sS -I 'http://[::1:80/'", "PARAMETER_FORMAT", **cu)
    cli(run, "curl_head_request", {"option": "--max-time"}, f"curl -sS -I --max-time {H}/health", "PARAMETER_FORMAT", **cu)
    cli(run, "curl_head_request", {"url": f"{H}/health", "output": "out/health.txt"}, f"curl -sS -o out/health.txt {H}/health", "MISSING_PREREQUISITE", cwd=plain, **cu)
    # tar / ssh-keygen
    tk = {"cwd": repo}
    box.sh("tar -cf ../site.tar app.py README.md && gzip -c app.py > ../app.py.gz", cwd=repo, check=False)
    cli(run, "tar_append_members", {"archive": "../app.py.gz"}, "tar -rf ../app.py.gz README.md", "WRONG_TOOL_SELECTION", **tk)
    cli(run, "tar_extract_member", {"member": "src/app.py"}, "tar -xf ../site.tar src/app.py", "INCORRECT_PARAMETER", **tk)
    cli(run, "tar_create_compress", {"option": "--zstd"}, "tar --create --file", "MISSING_PARAMETER", **tk)
    sk = {"cwd": box.mkdir("cli", "ssh")}
    box.sh("ssh-keygen -q -t ed25519 -N 'c12-pass' -f id_c12 && ssh-keygen -q -t ed25519 -N '' -f ca_c12", cwd=box.path("cli", "ssh"), check=False)
    cli(run, "ssh_keygen_change_passphrase", {"old": "wrong"}, "ssh-keygen -p -P wrong -N new -f id_c12", "auth", **sk)
    cli(run, "ssh_keygen_extract_public", {"file": "id_c12"}, "ssh-keygen -y -P wrong -f id_c12", "auth", **sk)
    cli(run, "ssh_keygen_sign_cert", {"validity": "+1week"}, "ssh-keygen -s ca_c12 -I c12 -n deploy -V +1week id_c12.pub", "PARAMETER_FORMAT", **sk)
    cli(run, "ssh_keygen_sign_cert", {"ca": "ca_missing"}, "ssh-keygen -s ca_missing -I c12 -n deploy id_c12.pub", "INCORRECT_PARAMETER", **sk)
    cli(run, "ssh_keygen_type", {"type": "ed448"}, "ssh-keygen -q -t ed448 -N '' -f id_new", "INCORRECT_PARAMETER", **sk)
    cli(run, "ssh_keygen_bits", {"bits": 512}, "ssh-keygen -q -t rsa -b 512 -N '' -f id_small", "INCORRECT_PARAMETER", **sk)
    # rabbitmqctl
    rk = {"timeout": 40}
    cli(run, "rabbitmqctl_add_user", {"user": "guest"}, "rabbitmqctl add_user guest guest", "WORKFLOW_SEQUENCE", **rk)
    cli(run, "rabbitmqctl_delete_user", {"user": "c12_nobody"}, "rabbitmqctl delete_user c12_nobody", "INCORRECT_PARAMETER", **rk)
    cli(run, "rabbitmqctl_set_permissions", {"user": "guest"}, "rabbitmqctl set_permissions guest '.*'", "MISSING_PARAMETER", **rk)
    cli(run, "rabbitmqctl_purge", {"subcommand": "purge_queues"}, "rabbitmqctl purge_queues c12", "WRONG_TOOL_SELECTION", **rk)
    # alembic (new subcommands)
    al = box.mkdir("cli", "alembic")
    ak = {"cwd": al, "timeout": 60}
    cli(run, "alembic_history_range", {"range": "base:head"}, "alembic history -r base:head", "MISSING_PREREQUISITE", **ak)
    box.sh("alembic init -q migrations >/dev/null 2>&1 || alembic init migrations", cwd=al, check=False)
    box.sh("sed -i 's#^sqlalchemy.url = .*#sqlalchemy.url = sqlite:///c12.db#' alembic.ini", cwd=al, check=False)
    cli(run, "alembic_history_range", {"range": "abc123:head"}, "alembic history -r abc123:head", "INCORRECT_PARAMETER", **ak)
    cli(run, "alembic_merge_heads", {"revisions": []}, "alembic merge -m 'merge heads'", "MISSING_PARAMETER", **ak)
    cli(run, "alembic_downgrade_relative", {"target": "-1"}, "alembic downgrade -1", "WORKFLOW_SEQUENCE", **ak)
    cli(run, "alembic_upgrade_sql", {"range": "1a2b:3c4d"}, "alembic upgrade 1a2b:3c4d --sql", "INCORRECT_PARAMETER", **ak)


# ---------------------------------------------------------------------------
# set-up, clean-up, entry point
# ---------------------------------------------------------------------------

def prepare_services(box: Sandbox) -> None:
    if shutil.which("psql"):
        box.sh("psql -h 127.0.0.1 -U postgres -d test -qc 'drop table if exists c12_ledger; create table c12_ledger (id integer primary key, amount numeric not null); insert into c12_ledger values (1, 10)'", check=False)
    if shutil.which("mariadb"):
        box.sh("mariadb -uroot -e 'create database if not exists c12_shop12; create table if not exists c12_shop12.c12_stock (sku varchar(20) primary key, qty int not null); insert ignore into c12_shop12.c12_stock values (\"A-1\", 5)'", check=False)


def cleanup(box: Sandbox) -> None:
    """Drops every c12_ object this batch may have created on the shared services."""
    if shutil.which("psql"):
        box.sh("psql -h 127.0.0.1 -U postgres -d test -qc 'drop table if exists c12_ledger, c12_pl cascade'", check=False)
    if shutil.which("mariadb"):
        box.sh("mariadb -uroot -e 'drop database if exists c12_shop12'", check=False)
    delete_redis_keys("corpus12")


GROUPS: list[Callable[[Run, Sandbox], None]] = [mcp_npm, mcp_pypi, mcp_fleet, aws_sdk, data_sdks, orm_sdks, rpc_sdks, clis]


def start_helpers(helpers: Helpers, box: Sandbox) -> bool:
    helpers.http(HTTP_PORT, route, server_version="corpus12")
    helpers.http(ROBOTS_PORT, robots_route, server_version="corpus12")
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.hang(HANG_PORT, accept=True)
    helpers.reset(RESET_PORT)
    return tls


def start_moto(box: Sandbox) -> subprocess.Popen[bytes] | None:
    exe = os.path.join(VENV_BIN, "moto_server")
    if not os.path.exists(exe):
        return None
    proc = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(MOTO_PORT)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=box.root)
    for _ in range(60):
        if port_open("127.0.0.1", MOTO_PORT):
            break
        time.sleep(0.5)
    return proc


def generate() -> list[Row]:
    with Sandbox("corpus12-") as box, Helpers() as helpers:
        box.env = base_env(box)
        tls = start_helpers(helpers, box)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro")),
                "postgres": port_open("127.0.0.1", 5432), "mariadb": port_open("127.0.0.1", 3306)}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        moto = start_moto(box)
        try:
            prepare_services(box)
            run.groups(GROUPS, os.environ.get("CORPUS_TWELFTH_ONLY"))
        finally:
            cleanup(box)
            if moto is not None:
                moto.terminate()
                try:
                    moto.wait(10)
                except subprocess.TimeoutExpired:
                    moto.kill()
        return run.rows
