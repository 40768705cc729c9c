"""Batch "eleventh": an eleventh blind batch on tool families the corpus had not covered yet.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch eleventh -o eleventh_errors.jsonl``

What is run (every row is a real call made wrongly on this machine; nothing is hand-written):

- ``source: mcp`` -- MCP servers over stdio with the ``mcp`` Python client: the npm
  ``@modelcontextprotocol/server-everything`` / ``server-memory`` and PyPI ``mcp-server-git`` tools the
  corpus had not named yet, and a small ops server written here on the ``mcp`` SDK's ``MCPServer``
  (pydantic-validated inputs; its tools reach real local services, closed ports, a read-only mount,
  uid 65534).  The message is the tool result's text when ``isError`` is set, else
  ``MCP error <code>: <message>`` for a JSON-RPC error.
- ``source: sdk`` -- psycopg 3 (sync), PyMySQL, SQLAlchemy 2 Core/ORM, paho-mqtt against Mosquitto,
  pika against RabbitMQ, jsonschema, pydantic, PyJWT, cryptography, bcrypt, PyNaCl, paramiko,
  ldap3, elasticsearch / opensearch / kafka-python / kubernetes / docker clients against closed ports
  and local fakes, GitPython.  The message is ``Error: <ExcClass>: <str(exc)>``.
- ``source: cli`` -- make, cmake, gcc, javac/java, mvn, perl, gpg, rsync, zip/unzip, xz, mosquitto
  clients, pg_dump / pg_restore / createdb / dropdb, mariadb-dump, sqlite3 dot-commands, with
  subcommand-level tool names the corpus had not used.

Local helpers on 127.0.0.1: 48000 HTTP (REST statuses), 48001 the same behind TLS (self-signed),
48002 a listener that never accepts, 48003 one that accepts and never answers, 48004 one that resets
every connection, 48009 a closed port.  Services: PostgreSQL 127.0.0.1:5432 (db ``test``), MariaDB
(root), RabbitMQ (guest), Mosquitto 1883; only ``c11_``-prefixed objects are created, dropped after.

The tools live outside the project: ``CORPUS_ELEVENTH_TOOLS`` (default ``.corpus-tools/eleventh`` under
the checkout) holding ``venv/`` (pip install -r tests/corpus/batches/eleventh_requirements.txt) and
``node_modules/`` (npm install from eleventh_package.json).  A family whose tools are missing is
skipped with a note.  ``CORPUS_ELEVENTH_ONLY=<group,...>`` runs some groups only.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, make_row
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import NOBODY, Sandbox, can_setpriv, can_unshare, ro_bind, tiny_fs, tool_env
from tests.corpus.harness.servers import Helpers, J, NGINX_502, Reply, Request, port_open, self_signed

NAME = "eleventh"
ALIAS = "/tmp/corpus11"
PORT_BASE = int(os.environ.get("CORPUS_ELEVENTH_PORT_BASE", "48000"))
HTTP_PORT, TLS_PORT, SILENT_PORT, HANG_PORT, RESET_PORT = range(PORT_BASE, PORT_BASE + 5)
CLOSED_PORT = PORT_BASE + 9
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
TOOLS = os.environ.get("CORPUS_ELEVENTH_TOOLS", str(Path(__file__).resolve().parents[3] / ".corpus-tools" / "eleventh"))
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
SDK_PY = os.path.join(VENV_BIN, "python")
NODE_BIN = os.path.join(TOOLS, "node_modules", ".bin")
NOHOST = "db.corpus11-internal.example"
C = CLOSED_PORT
PG = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=5"


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
        (re.compile(r"\bpid[ =]\d+"), "pid 4242"),
        (re.compile(r"\b\d+\.\d+m?s\b"), "12ms"),
        (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?"), "2026-12-01 00:00:00"),
        (re.compile(r"\(Background on this error at: [^)]*\)"), "(Background on this error at: https://sqlalche.me/e/21/e3q8)"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780)


def base_env(box: Sandbox) -> dict[str, str]:
    return {
        **tool_env(box, "agent@corpus11.example", path_prefix=VENV_BIN),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "GNUPGHOME": box.path("gnupg"),
    }


def route(req: Request) -> Reply:
    p = req.path
    table = {"/s/401": (401, {"error": "unauthorized", "message": "invalid api key"}),
             "/s/403": (403, {"error": "forbidden", "message": "token lacks scope reports:write"}),
             "/s/404": (404, {"error": "not_found", "message": "index 'c11-logs' not found"}),
             "/s/429": (429, {"error": "rate_limited", "message": "too many requests, retry after 30s"}),
             "/s/500": (500, {"error": "internal", "message": "unexpected error"}),
             "/s/503": (503, {"error": "unavailable", "message": "cluster is recovering"})}
    if p == "/s/502":
        return Reply(502, NGINX_502, "text/html")
    for key, (code, body) in table.items():
        if p.startswith(key):
            return Reply(code, J(body))
    return Reply(404, J({"error": "not_found", "message": f"no route {p}"}))


# ---------------------------------------------------------------------------
# drivers: many calls in one interpreter (each call in its own try; one message per call)
# ---------------------------------------------------------------------------

PY_DRIVER = r'''
import asyncio, json, signal, sys, textwrap, traceback
spec = json.load(sys.stdin)
def _alarm(*a):
    raise TimeoutError("CORPUS11 DRIVER TIMEOUT")
signal.signal(signal.SIGALRM, _alarm)
g = {"__name__": "__corpus__"}
exec(spec.get("pre", ""), g)
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
        out.append(traceback.format_exc() if c.get("tb") else f"Error: {type(exc).__name__}: {exc}")
    ns.clear()
    sys.stdout.flush()
post = spec.get("post")
if post:
    try:
        exec(post, g)
    except BaseException:
        pass
print("\n@@CORPUS11@@" + json.dumps(out), flush=True)
import os
os._exit(0)  # a library's non-daemon thread (aiosqlite) must not keep the interpreter alive
'''

JS_DRIVER = r'''
const spec = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const AsyncFunction = (async () => {}).constructor;
function fmt(e) {
  if (e === null || typeof e !== 'object') return 'Error: ' + String(e);
  let s = String(e);
  if (e.errors && Array.isArray(e.errors) && e.errors.length && (!e.message || s.endsWith('Error'))) s = String(e.errors[0]);
  if (e.response && e.response.data !== undefined) {
    const d = e.response.data;
    s += '\n' + (typeof d === 'string' ? d : JSON.stringify(d));
  }
  if (e.cause) s += '\ncause: ' + String(e.cause);
  return s;
}
(async () => {
  const out = [];
  const ctx = {};
  try { if (spec.pre) await new AsyncFunction('require', 'ctx', spec.pre)(require, ctx); }
  catch (e) { console.log('\n@@CORPUS11@@' + JSON.stringify(spec.calls.map(() => 'PRE FAILED: ' + fmt(e)))); process.exit(0); }
  for (const c of spec.calls) {
    let timer;
    try {
      const f = new AsyncFunction('require', 'ctx', c.code);
      const r = await Promise.race([f(require, ctx), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error('CORPUS11 DRIVER TIMEOUT')), (c.timeout || 20) * 1000); })]);
      out.push(r === undefined || r === null ? null : String(r));
    } catch (e) { out.push(fmt(e)); }
    clearTimeout(timer);
  }
  try { if (spec.post) await new AsyncFunction('require', 'ctx', spec.post)(require, ctx); } catch (e) {}
  console.log('\n@@CORPUS11@@' + JSON.stringify(out));
  process.exit(0);
})();
'''

Call = tuple  # (tool, params, code, label) or (tool, params, code, label, options)


def drive(run: Run, box: Sandbox, family: str, lang: str, calls: Sequence[Call], *, pre: str = "", post: str = "",
          aio: bool = False, wrap: Callable[[str], str] | None = None, timeout: float = 150, needs: Sequence[str] = (),
          env: Mapping[str, str] | None = None) -> None:
    """Runs every call of one family in one interpreter; one row per call that failed."""
    exe = SDK_PY if lang == "py" else shutil.which("node")
    missing = [p for p in (exe or "", *needs) if not os.path.exists(p)]
    if missing:
        run.note(f"skip {family}: {missing} not installed")
        return
    assert exe is not None
    driver = box.write(f"drivers/corpus11_{family}.{lang}", PY_DRIVER if lang == "py" else JS_DRIVER)
    items = [c if len(c) == 5 else (*c, {}) for c in calls]
    spec = {"pre": textwrap.dedent(pre).strip(), "post": textwrap.dedent(post).strip(), "aio": aio,
            "calls": [{"code": textwrap.dedent(code).strip(), **opts} for _, _, code, _, opts in items]}
    argv = [exe, driver]
    cmd = wrap(shlex.join(argv)) if wrap else None
    try:
        cp = subprocess.run(["bash", "-c", cmd] if cmd else argv, input=json.dumps(spec), capture_output=True, text=True,
                            timeout=timeout, env={**run.env, "PYTHONWARNINGS": "ignore", **(env or {})}, cwd=box.mkdir("work-" + family))
        results = json.loads(cp.stdout.rsplit("@@CORPUS11@@", 1)[1])
    except Exception as exc:  # one broken family must not lose the rest
        run.note(f"{family} failed: {exc!r} {cp.stderr[-600:] if 'cp' in locals() else ''}"[:900])
        return
    n = run.normaliser
    shown_prog = "python -c " if lang == "py" else "node -e "
    for (tool, params, code, label, opts), res in zip(items, results):
        shown = shown_prog + shlex.quote(n.path(textwrap.dedent(code).strip()))
        if res is None or not res.strip():
            run.note(f"skip {tool}: no error ({shown[:160]})")
            continue
        if res.startswith("PRE FAILED") or "CORPUS11 DRIVER TIMEOUT" in res:
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

def text_of(res):
    parts = []
    for c in getattr(res, "content", None) or []:
        parts.append(getattr(c, "text", None) or str(c))
    return "\n".join(parts) or "tool returned isError with no content"

async def one_server(server, calls, out):
    params = StdioServerParameters(command=server["command"], args=server.get("args", []),
                                   env={**os.environ, **server.get("env", {})}, cwd=server.get("cwd"))
    with open(os.devnull, "w") as devnull:
        async with stdio_client(params, errlog=devnull) as (r, w):
            async with ClientSession(r, w) as s:
                await s.initialize()
                for idx, c in calls:
                    try:
                        res = await asyncio.wait_for(s.call_tool(c["tool"], c.get("args", {})), c.get("timeout", 20))
                        err = getattr(res, "is_error", None)
                        if err is None:
                            err = getattr(res, "isError", False)
                        out[idx] = text_of(res) if err else None
                    except Exception as exc:
                        code = getattr(exc, "code", None)
                        if isinstance(code, int):
                            out[idx] = f"MCP error {code}: {getattr(exc, 'message', str(exc))}"
                        else:
                            out[idx] = f"Error: {type(exc).__name__}: {exc}"

async def main():
    out = [None] * len(spec["calls"])
    for name, server in spec["servers"].items():
        calls = [(i, c) for i, c in enumerate(spec["calls"]) if c["server"] == name]
        if not calls:
            continue
        try:
            await asyncio.wait_for(one_server(server, calls, out), 120)
        except BaseException as exc:
            for i, _ in calls:
                if out[i] is None:
                    out[i] = f"SERVER FAILED: {type(exc).__name__}: {exc}"
    return out

out = asyncio.run(main())
print("\n@@CORPUS11@@" + json.dumps(out), flush=True)
os._exit(0)
'''

OPS_SERVER = r'''
"""c11-ops: a small operations MCP server (tickets, releases, warehouse queries, events)."""
import datetime, json, os, socket, sqlite3, ssl, urllib.request
from typing import Annotated, Literal
from pydantic import Field
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

app = MCPServer("c11-ops")
TICKETS = {1: {"title": "Rotate staging certificates", "status": "closed"},
           2: {"title": "Upgrade queue workers", "status": "open"}}
MRS = {12: {"approved": False, "merged": False}, 14: {"approved": True, "merged": True}}
INDEXES = {"products"}
PORTS = json.loads(os.environ.get("C11_PORTS", "{}"))
DB = sqlite3.connect(":memory:")
DB.executescript("create table orders (id integer primary key, customer text, total real);"
                 "insert into orders values (1, 'acme', 12.5);")

@app.tool()
def create_ticket(title: Annotated[str, Field(min_length=5, max_length=80)],
                  priority: Literal["low", "normal", "high", "urgent"],
                  due_date: datetime.date | None = None) -> str:
    """Open a ticket in the ops tracker."""
    for t in TICKETS.values():
        if t["title"].lower() == title.lower():
            raise ToolError(f"ticket with title '{title}' already exists (use update_ticket)")
    TICKETS[max(TICKETS) + 1] = {"title": title, "status": "open"}
    return "created"

@app.tool()
def close_ticket(ticket_id: int, resolution: Literal["fixed", "wontfix", "duplicate"]) -> str:
    """Close a ticket."""
    if ticket_id not in TICKETS:
        raise ToolError(f"ticket #{ticket_id} not found")
    if TICKETS[ticket_id]["status"] == "closed":
        raise ToolError(f"ticket #{ticket_id} is already closed")
    TICKETS[ticket_id]["status"] = "closed"
    return "closed"

@app.tool()
def deploy_release(version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")],
                   environment: Literal["staging", "production"],
                   replicas: Annotated[int, Field(ge=1, le=12)] = 2) -> str:
    """Deploy a tagged release."""
    if version not in ("1.4.0", "1.4.1"):
        raise ToolError(f"release {version} has no build artifact; known releases: 1.4.0, 1.4.1")
    return "deployed"

@app.tool()
def merge_request_merge(mr_iid: int) -> str:
    """Merge a merge request."""
    mr = MRS.get(mr_iid)
    if mr is None:
        raise ToolError(f"merge request !{mr_iid} not found in project ops/platform")
    if mr["merged"]:
        raise ToolError(f"merge request !{mr_iid} is already merged")
    if not mr["approved"]:
        raise ToolError(f"merge request !{mr_iid} needs 1 approval before it can be merged")
    return "merged"

@app.tool()
def vector_index_query(index: str, text: str, top_k: Annotated[int, Field(ge=1, le=50)] = 5) -> str:
    """Query a vector index."""
    if index not in INDEXES:
        raise ToolError(f"index '{index}' has not been created yet; call vector_index_create first")
    return "[]"

@app.tool()
def vector_index_create(index: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")], dimensions: int) -> str:
    """Create a vector index."""
    if index in INDEXES:
        raise ToolError(f"index '{index}' already exists")
    INDEXES.add(index)
    return "created"

@app.tool()
def warehouse_query(sql: str) -> str:
    """Run a read-only SQL query against the warehouse."""
    try:
        return json.dumps(DB.execute(sql).fetchall())
    except sqlite3.Error as exc:
        raise ToolError(f"{type(exc).__name__}: {exc}")

@app.tool()
def schedule_report(report: Literal["weekly_sales", "churn", "inventory"], cron: str) -> str:
    """Schedule a report with a 5-field cron expression."""
    fields = cron.split()
    if len(fields) != 5:
        raise ToolError(f"invalid cron expression '{cron}': expected 5 fields, got {len(fields)}")
    return "scheduled"

@app.tool()
def publish_event(topic: str, payload: dict) -> str:
    """Publish an event to the local event gateway."""
    host, port = os.environ.get("C11_EVENTS", "127.0.0.1:1883").rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=3).close()
    except OSError as exc:
        raise ToolError(f"event gateway {host}:{port} unreachable: {exc}")
    return "published"

@app.tool()
def fetch_status_page(url: str) -> str:
    """Fetch a service status endpoint."""
    try:
        with urllib.request.urlopen(url, timeout=3) as resp:
            return resp.read().decode()[:200]
    except Exception as exc:
        raise ToolError(f"GET {url} failed: {type(exc).__name__}: {exc}")

@app.tool()
def export_report(path: str, content: str) -> str:
    """Write a report file."""
    try:
        with open(path, "w") as fh:
            fh.write(content)
    except OSError as exc:
        raise ToolError(f"cannot write report: {exc}")
    return "written"

@app.tool()
def read_runbook(path: str) -> str:
    """Read a runbook file."""
    try:
        with open(path) as fh:
            return fh.read()
    except OSError as exc:
        raise ToolError(f"cannot read runbook: {exc}")

@app.tool()
def cache_stats(socket_path: str = "/run/c11-cache.sock") -> str:
    """Ask the local cache daemon for its stats over its unix socket."""
    s = socket.socket(socket.AF_UNIX)
    try:
        s.connect(socket_path)
    except OSError as exc:
        raise ToolError(f"cache daemon not reachable at {socket_path}: {exc}")
    return "ok"

if __name__ == "__main__":
    app.run()
'''

McpCall = tuple  # (server, tool, args, label)


def mcp_drive(run: Run, box: Sandbox, family: str, servers: Mapping[str, Mapping[str, Any]],
              calls: Sequence[McpCall], timeout: float = 240) -> None:
    """Runs the calls against their stdio servers with the ``mcp`` client; one row per failed call."""
    missing = [s["command"] for s in servers.values() if not os.path.exists(s["command"]) and not shutil.which(s["command"])]
    if not os.path.exists(SDK_PY) or missing:
        run.note(f"skip {family}: {missing or SDK_PY} not installed")
        return
    driver = box.write(f"drivers/corpus11_{family}_mcp.py", MCP_DRIVER)
    spec = {"servers": servers, "calls": [{"server": s, "tool": t, "args": a} for s, t, a, _ in calls]}
    try:
        cp = subprocess.run([SDK_PY, driver], input=json.dumps(spec), capture_output=True, text=True, timeout=timeout,
                            env={**run.env, "PYTHONWARNINGS": "ignore"}, cwd=box.mkdir("work-" + family))
        results = json.loads(cp.stdout.rsplit("@@CORPUS11@@", 1)[1])
    except Exception as exc:
        run.note(f"{family} failed: {exc!r} {cp.stderr[-600:] if 'cp' in locals() else ''}"[:900])
        return
    n = run.normaliser
    for (server, tool, args, label), res in zip(calls, results):
        shown = f"mcp {server} tools/call {tool} {json.dumps(args, sort_keys=True)}"
        if res is None or not res.strip():
            run.note(f"skip {tool}: no error ({shown[:160]})")
            continue
        if res.startswith("SERVER FAILED"):
            run.note(f"skip {tool}: {res[:300]}")
            continue
        run.rows.append(make_row(tool, n.value(dict(args)), n(res), label, source="mcp", command=n.path(shown)))


def mcp_servers(run: Run, box: Sandbox) -> None:
    repo = box.git_repo("mcp/repo", {"app.py": "print(1)\n"})
    box.write("mcp/repo/app.py", "print(2)\n")
    plain = box.mkdir("mcp", "plain")
    box.write("mcp/memory.json", "")
    node = lambda name: {"command": os.path.join(NODE_BIN, name)}
    servers = {
        "everything": node("mcp-server-everything"),
        "memory": {**node("mcp-server-memory"), "env": {"MEMORY_FILE_PATH": box.path("mcp", "memory.json")}},
        "git": {"command": os.path.join(VENV_BIN, "mcp-server-git")},
    }
    mcp_drive(run, box, "npm_py_servers", servers, [
        ("everything", "get-sum", {"a": "five", "b": 2}, "PARAMETER_FORMAT"),
        ("everything", "get-sum", {"a": 1}, "MISSING_PARAMETER"),
        ("everything", "get-annotated-message", {"messageType": "fatal", "includeImage": False}, "INCORRECT_PARAMETER"),
        ("everything", "get-annotated-message", {}, "MISSING_PARAMETER"),
        ("everything", "get-resource-reference", {"resourceType": "Text", "resourceId": 9999}, "INCORRECT_PARAMETER"),
        ("everything", "get-resource-reference", {"resourceType": "Text", "resourceId": "one"}, "PARAMETER_FORMAT"),
        ("everything", "get-resource-reference", {"resourceType": "Video", "resourceId": 1}, "INCORRECT_PARAMETER"),
        ("everything", "get-resource-links", {"count": 99}, "INCORRECT_PARAMETER"),
        ("everything", "get-resource-links", {"count": "three"}, "PARAMETER_FORMAT"),
        ("everything", "trigger-long-running-operation", {"duration": "ten", "steps": 2}, "PARAMETER_FORMAT"),
        ("everything", "gzip-file-as-resource", {"name": "x.gz", "data": f"http://127.0.0.1:{C}/data.txt", "outputType": "resource"}, "network"),
        ("everything", "gzip-file-as-resource", {"name": "x.gz", "data": "not a url or data uri", "outputType": "resource"}, "PARAMETER_FORMAT"),
        ("everything", "gzip-file-as-resource", {"name": "x.gz", "data": "data:text/plain;base64,aGk=", "outputType": "zip"}, "INCORRECT_PARAMETER"),
        ("everything", "simulate-research-query", {}, "MISSING_PREREQUISITE"),
        ("everything", "simulate-research-query", {"topic": "x", "ambiguous": "maybe"}, "MISSING_PREREQUISITE"),
        ("everything", "get-sum-numbers", {"a": 1, "b": 2}, "WRONG_TOOL_SELECTION"),
        ("everything", "get-structured-content", {"location": "Atlantis"}, "INCORRECT_PARAMETER"),
        ("memory", "delete_relations", {"relations": "alice->bob"}, "PARAMETER_FORMAT"),
        ("memory", "delete_relations", {}, "MISSING_PARAMETER"),
        ("memory", "delete_relations", {"relations": [{"from": "alice", "to": "bob"}]}, "MISSING_PARAMETER"),
        ("memory", "read_graph_summary", {}, "WRONG_TOOL_SELECTION"),
        ("git", "git_diff_staged", {"repo_path": box.path("mcp", "nope")}, "INCORRECT_PARAMETER"),
        ("git", "git_diff_staged", {"repo_path": plain}, "MISSING_PREREQUISITE"),
        ("git", "git_diff_staged", {}, "MISSING_PARAMETER"),
        ("git", "git_diff_staged", {"repo_path": repo, "context_lines": "three"}, "PARAMETER_FORMAT"),
        ("git", "git_stash_pop", {"repo_path": repo}, "WRONG_TOOL_SELECTION"),
    ])
    ops = box.write("mcp/c11_ops_server.py", OPS_SERVER)
    ro = box.mkdir("mcp", "ro")
    locked = box.mkdir("mcp", "locked")
    box.write("mcp/locked/oncall.md", "page the on-call\n")
    os.chmod(locked, 0o700)
    env = {"C11_EVENTS": f"127.0.0.1:{C}"}
    base = {"command": SDK_PY, "args": [ops], "env": env}
    servers = {"ops": base}
    if run.caps.get("setpriv"):
        servers["ops_nobody"] = {"command": NOBODY[0], "args": [*NOBODY[1:], "--", SDK_PY, ops], "env": env}
    if run.caps.get("unshare"):
        q = shlex.quote(ro)
        servers["ops_ro"] = {"command": "unshare", "args": ["-m", "sh", "-c", f"mount --bind {q} {q} && mount -o remount,bind,ro {q} {q} && exec {shlex.quote(SDK_PY)} {shlex.quote(ops)}"], "env": env}
    servers["ops_dns"] = {"command": SDK_PY, "args": [ops], "env": {"C11_EVENTS": f"{NOHOST}:1883"}}
    servers["ops_hang"] = {"command": SDK_PY, "args": [ops], "env": {"C11_EVENTS": f"127.0.0.1:{SILENT_PORT}"}}
    mcp_drive(run, box, "ops_server", servers, [
        ("ops", "create_ticket", {"title": "Fix", "priority": "high"}, "PARAMETER_FORMAT"),
        ("ops", "create_ticket", {"title": "Rotate staging certificates", "priority": "normal"}, "WORKFLOW_SEQUENCE"),
        ("ops", "create_ticket", {"title": "Patch openssl on bastion", "priority": "critical"}, "INCORRECT_PARAMETER"),
        ("ops", "create_ticket", {"title": "Patch openssl on bastion", "priority": "high", "due_date": "next friday"}, "PARAMETER_FORMAT"),
        ("ops", "create_ticket", {"title": "Patch openssl on bastion"}, "MISSING_PARAMETER"),
        ("ops", "create_ticket", {"title": "Patch openssl on bastion", "priority": "high", "due_date": "2026-02-30"}, "PARAMETER_FORMAT"),
        ("ops", "close_ticket", {"ticket_id": 4242, "resolution": "fixed"}, "INCORRECT_PARAMETER"),
        ("ops", "close_ticket", {"ticket_id": 1, "resolution": "fixed"}, "WORKFLOW_SEQUENCE"),
        ("ops", "close_ticket", {"ticket_id": "OPS-2", "resolution": "fixed"}, "PARAMETER_FORMAT"),
        ("ops", "close_ticket", {"ticket_id": 2}, "MISSING_PARAMETER"),
        ("ops", "close_ticket", {"ticket_id": 2, "resolution": "done"}, "INCORRECT_PARAMETER"),
        ("ops", "deploy_release", {"version": "v1.4", "environment": "staging"}, "PARAMETER_FORMAT"),
        ("ops", "deploy_release", {"version": "1.9.0", "environment": "staging"}, "INCORRECT_PARAMETER"),
        ("ops", "deploy_release", {"version": "1.4.1", "environment": "prod"}, "INCORRECT_PARAMETER"),
        ("ops", "deploy_release", {"version": "1.4.1", "environment": "staging", "replicas": 40}, "INCORRECT_PARAMETER"),
        ("ops", "deploy_release", {"version": "1.4.1", "environment": "staging", "replicas": "two"}, "PARAMETER_FORMAT"),
        ("ops", "deploy_release", {"environment": "staging"}, "MISSING_PARAMETER"),
        ("ops", "merge_request_merge", {"mr_iid": 12}, "WORKFLOW_SEQUENCE"),
        ("ops", "merge_request_merge", {"mr_iid": 14}, "WORKFLOW_SEQUENCE"),
        ("ops", "merge_request_merge", {"mr_iid": 99}, "INCORRECT_PARAMETER"),
        ("ops", "vector_index_query", {"index": "docs", "text": "refund policy"}, "MISSING_PREREQUISITE"),
        ("ops", "vector_index_query", {"index": "products", "text": "red shoes", "top_k": 0}, "INCORRECT_PARAMETER"),
        ("ops", "vector_index_query", {"index": "products"}, "MISSING_PARAMETER"),
        ("ops", "vector_index_create", {"index": "products", "dimensions": 768}, "WORKFLOW_SEQUENCE"),
        ("ops", "vector_index_create", {"index": "Docs Index", "dimensions": 768}, "PARAMETER_FORMAT"),
        ("ops", "vector_index_create", {"index": "docs", "dimensions": "768d"}, "PARAMETER_FORMAT"),
        ("ops", "warehouse_query", {}, "MISSING_PARAMETER"),
        ("ops", "schedule_report", {"report": "weekly_sales", "cron": "every monday 9am"}, "PARAMETER_FORMAT"),
        ("ops", "schedule_report", {"report": "revenue", "cron": "0 9 * * 1"}, "INCORRECT_PARAMETER"),
        ("ops", "schedule_report", {"cron": "0 9 * * 1"}, "MISSING_PARAMETER"),
        ("ops", "publish_event", {"topic": "orders/created", "payload": "{'id': 1}"}, "PARAMETER_FORMAT"),
        ("ops", "publish_event", {"topic": "orders/created", "payload": {"id": 1}}, "network"),
        ("ops_dns", "publish_event", {"topic": "orders/created", "payload": {"id": 2}}, "dns"),
        ("ops_hang", "publish_event", {"topic": "orders/created", "payload": {"id": 3}}, "timeout"),
        ("ops", "fetch_status_page", {"url": f"{H}/s/503"}, "server_error"),
        ("ops", "fetch_status_page", {"url": f"{H}/s/502"}, "server_error"),
        ("ops", "fetch_status_page", {"url": f"{H}/s/401"}, "auth"),
        ("ops", "fetch_status_page", {"url": f"{H}/s/403"}, "permission"),
        ("ops", "fetch_status_page", {"url": f"{H}/s/429"}, "rate_limit"),
        ("ops", "fetch_status_page", {"url": f"{H}/s/404"}, "INCORRECT_PARAMETER"),
        ("ops", "fetch_status_page", {"url": f"{HS}/health"}, "tls"),
        ("ops", "fetch_status_page", {"url": f"http://127.0.0.1:{HANG_PORT}/health"}, "timeout"),
        ("ops", "fetch_status_page", {"url": f"http://127.0.0.1:{RESET_PORT}/health"}, "network"),
        ("ops", "fetch_status_page", {"url": "127.0.0.1/health"}, "PARAMETER_FORMAT"),
        ("ops", "read_runbook", {"path": box.path("mcp", "runbooks", "db-failover.md")}, "INCORRECT_PARAMETER"),
        ("ops", "read_runbook", {"path": box.path("mcp")}, "WRONG_TOOL_SELECTION"),
        ("ops", "export_report", {"path": box.path("mcp", "reports", "2026", "q4.md"), "content": "# Q4"}, "MISSING_PREREQUISITE"),
        ("ops", "cache_stats", {"socket_path": box.path("mcp", "run", "cache.sock")}, "daemon_down"),
        ("ops_nobody", "read_runbook", {"path": box.path("mcp", "locked", "oncall.md")}, "permission"),
        ("ops_nobody", "export_report", {"path": box.path("mcp", "locked", "q4.md"), "content": "# Q4"}, "permission"),
        ("ops_ro", "export_report", {"path": os.path.join(ro, "q4.md"), "content": "# Q4"}, "read_only"),
        ("ops", "rollback_release", {"version": "1.4.0"}, "WRONG_TOOL_SELECTION"),
    ])


# ---------------------------------------------------------------------------
# SDKs against local services, closed ports and local fakes
# ---------------------------------------------------------------------------

PG_PRE = f"""
import psycopg
DSN = {PG!r}
"""


def sql_sdks(run: Run, box: Sandbox) -> None:
    if run.caps.get("postgres"):
        box.sh(f"psql -h 127.0.0.1 -U postgres -d test -qc 'create table if not exists c11_orders (id int primary key, customer text not null, total numeric(8,2) check (total >= 0), placed date)'", check=False)
        box.sh("psql -h 127.0.0.1 -U postgres -d test -qc \"insert into c11_orders values (1, 'acme', 12.50, '2026-11-30') on conflict do nothing\"", check=False)
        drive(run, box, "psycopg", "py", [
            ("psycopg_connect", {"dbname": "c11_reporting"}, "psycopg.connect('host=127.0.0.1 user=postgres dbname=c11_reporting connect_timeout=5')", "MISSING_PREREQUISITE"),
            ("psycopg_connect", {"user": "c11_ghost"}, "psycopg.connect('host=127.0.0.1 user=c11_ghost dbname=test connect_timeout=5')", "auth"),
            ("psycopg_connect", {"port": C}, f"psycopg.connect('host=127.0.0.1 port={C} user=postgres dbname=test connect_timeout=5')", "network"),
            ("psycopg_connect", {"host": NOHOST}, f"psycopg.connect('host={NOHOST} user=postgres dbname=test connect_timeout=5')", "dns"),
            ("psycopg_connect", {"host": box.path("pgsock")}, f"psycopg.connect('host={box.path('pgsock')} user=postgres dbname=test')", "daemon_down"),
            ("psycopg_connect", {"conninfo": "host=127.0.0.1 user=postgres dbname"}, "psycopg.connect('host=127.0.0.1 user=postgres dbname')", "PARAMETER_FORMAT"),
            ("psycopg_connect", {"conninfo": "host=127.0.0.1 sslmode=always"}, "psycopg.connect('host=127.0.0.1 user=postgres dbname=test sslmode=always')", "INCORRECT_PARAMETER"),
            ("psycopg_connect", {"sslmode": "require"}, "psycopg.connect('host=127.0.0.1 user=postgres dbname=test sslmode=require connect_timeout=5')", "tls"),
            ("psycopg_connect", {"port": SILENT_PORT, "connect_timeout": 2}, f"psycopg.connect('host=127.0.0.1 port={SILENT_PORT} user=postgres dbname=test connect_timeout=2')", "timeout"),
            ("psycopg_cursor_execute", {"query": "select * from c11_invoices"}, "with psycopg.connect(DSN) as c: c.execute('select * from c11_invoices')", "INCORRECT_PARAMETER"),
            ("psycopg_cursor_execute", {"query": "select totl from c11_orders"}, "with psycopg.connect(DSN) as c: c.execute('select totl from c11_orders')", "INCORRECT_PARAMETER"),
            ("psycopg_cursor_execute", {"query": "selct * from c11_orders"}, "with psycopg.connect(DSN) as c: c.execute('selct * from c11_orders')", "PARAMETER_FORMAT"),
            ("psycopg_cursor_execute", {"query": "insert ... values (%s, %s)", "params": [2]}, "with psycopg.connect(DSN) as c: c.execute('insert into c11_orders (id, customer) values (%s, %s)', [2])", "MISSING_PARAMETER"),
            ("psycopg_cursor_execute", {"query": "insert into c11_orders (id, customer) values (1, 'dup')"}, "with psycopg.connect(DSN) as c: c.execute(\"insert into c11_orders (id, customer) values (1, 'dup')\")", "WORKFLOW_SEQUENCE"),
            ("psycopg_cursor_execute", {"query": "insert into c11_orders (id) values (3)"}, "with psycopg.connect(DSN) as c: c.execute('insert into c11_orders (id) values (3)')", "MISSING_PARAMETER"),
            ("psycopg_cursor_execute", {"params": {"total": -5}}, "with psycopg.connect(DSN) as c: c.execute(\"insert into c11_orders values (4, 'x', %s)\", [-5])", "INCORRECT_PARAMETER"),
            ("psycopg_cursor_execute", {"params": {"placed": "30/11/2026"}}, "with psycopg.connect(DSN) as c: c.execute(\"insert into c11_orders values (5, 'x', 1, %s)\", ['30/11/2026'])", "PARAMETER_FORMAT"),
            ("psycopg_cursor_execute", {"params": {"id": "five"}}, "with psycopg.connect(DSN) as c: c.execute('select * from c11_orders where id = %s', ['five'])", "PARAMETER_FORMAT"),
            ("psycopg_cursor_execute", {"read_only": True}, "with psycopg.connect(DSN) as c:\n    c.read_only = True\n    c.execute(\"delete from c11_orders where id = 1\")", "read_only"),
            ("psycopg_cursor_execute", {"statement_timeout": "100ms"}, "with psycopg.connect(DSN) as c:\n    c.execute(\"set statement_timeout = '100ms'\")\n    c.execute('select pg_sleep(2)')", "timeout"),
            ("psycopg_cursor_fetchone", {"query": "update c11_orders set total = total"}, "with psycopg.connect(DSN) as c: c.execute('update c11_orders set total = total where id = 0').fetchone()", "WORKFLOW_SEQUENCE"),
            ("psycopg_cursor_execute", {"closed": True}, "c = psycopg.connect(DSN); c.close(); c.execute('select 1')", "WORKFLOW_SEQUENCE"),
            ("psycopg_transaction_execute", {"after_error": True}, "with psycopg.connect(DSN) as c:\n    try: c.execute('select 1/0')\n    except Exception: pass\n    c.execute('select 1')", "WORKFLOW_SEQUENCE"),
            ("psycopg_copy_from", {"statement": "copy c11_orders from stdin", "row": "x,y"}, "with psycopg.connect(DSN) as c:\n    with c.cursor().copy('copy c11_orders (id, customer) from stdin') as cp: cp.write('x\\ty\\n')", "PARAMETER_FORMAT"),
            ("psycopg_copy_from", {"statement": "copy c11_orders from '/srv/orders.csv'"}, "with psycopg.connect(DSN) as c: c.execute(\"copy c11_orders from '/srv/c11/orders.csv' csv\")", "INCORRECT_PARAMETER"),
        ], pre=PG_PRE)
    if run.caps.get("mariadb"):
        box.sh("mariadb -uroot -e 'create database if not exists c11_shop; create table if not exists c11_shop.c11_items (id int primary key, sku varchar(8) not null unique, qty int unsigned)'", check=False)
        box.sh("mariadb -uroot -e \"insert ignore into c11_shop.c11_items values (1, 'SKU-1', 5)\"", check=False)
        drive(run, box, "pymysql", "py", [
            ("pymysql_connect", {"database": "c11_missing"}, "pymysql.connect(host='127.0.0.1', user='root', database='c11_missing')", "MISSING_PREREQUISITE"),
            ("pymysql_connect", {"user": "c11_ghost", "password": "pw"}, "pymysql.connect(host='127.0.0.1', user='c11_ghost', password='pw')", "auth"),
            ("pymysql_connect", {"port": C}, f"pymysql.connect(host='127.0.0.1', port={C}, user='root', connect_timeout=3)", "network"),
            ("pymysql_connect", {"host": NOHOST}, f"pymysql.connect(host='{NOHOST}', user='root', connect_timeout=3)", "dns"),
            ("pymysql_connect", {"unix_socket": box.path("mysqld.sock")}, f"pymysql.connect(unix_socket='{box.path('mysqld.sock')}', user='root')", "daemon_down"),
            ("pymysql_connect", {"port": "3306"}, "pymysql.connect(host='127.0.0.1', port='3306', user='root')", "PARAMETER_FORMAT"),
            ("pymysql_connect", {"port": SILENT_PORT, "connect_timeout": 2}, f"pymysql.connect(host='127.0.0.1', port={SILENT_PORT}, user='root', connect_timeout=2)", "timeout"),
            ("pymysql_cursor_execute", {"query": "select * from c11_orders"}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute('select * from c11_orders')", "INCORRECT_PARAMETER"),
            ("pymysql_cursor_execute", {"query": "select quantity from c11_items"}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute('select quantity from c11_items')", "INCORRECT_PARAMETER"),
            ("pymysql_cursor_execute", {"query": "select * c11_items"}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute('select * c11_items')", "PARAMETER_FORMAT"),
            ("pymysql_cursor_execute", {"query": "insert ... (1, 'SKU-9', 1)"}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute(\"insert into c11_items values (1, 'SKU-9', 1)\")", "WORKFLOW_SEQUENCE"),
            ("pymysql_cursor_execute", {"sku": "SKU-000000042"}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute(\"set sql_mode='STRICT_ALL_TABLES'\"); c.cursor().execute(\"insert into c11_items values (2, 'SKU-000000042', 1)\")", "PARAMETER_FORMAT"),
            ("pymysql_cursor_execute", {"qty": -1}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute(\"set sql_mode='STRICT_ALL_TABLES'\"); c.cursor().execute(\"insert into c11_items values (3, 'SKU-3', -1)\")", "INCORRECT_PARAMETER"),
            ("pymysql_cursor_execute", {"query": "insert ... (%s, %s, %s)", "args": [4, "SKU-4"]}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute('insert into c11_items values (%s, %s, %s)', (4, 'SKU-4'))", "MISSING_PARAMETER"),
            ("pymysql_cursor_execute", {"query": "insert into c11_items (id) values (5)"}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); c.cursor().execute(\"set sql_mode='STRICT_ALL_TABLES'\"); c.cursor().execute('insert into c11_items (id) values (5)')", "MISSING_PARAMETER"),
            ("pymysql_cursor_execute", {"read_only_tx": True}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); cur = c.cursor(); cur.execute('start transaction read only'); cur.execute('delete from c11_items')", "read_only"),
            ("pymysql_cursor_execute", {"max_statement_time": 0.2}, "c = pymysql.connect(host='127.0.0.1', user='root', database='c11_shop'); cur = c.cursor(); cur.execute('set max_statement_time = 0.2'); cur.execute('select sleep(2) from c11_items')", "timeout"),
            ("pymysql_select_db", {"db": "c11_archive"}, "c = pymysql.connect(host='127.0.0.1', user='root'); c.select_db('c11_archive')", "INCORRECT_PARAMETER"),
            ("pymysql_cursor_execute", {"closed": True}, "c = pymysql.connect(host='127.0.0.1', user='root'); c.close(); c.cursor().execute('select 1')", "WORKFLOW_SEQUENCE"),
        ], pre="import pymysql")
    pg_url = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    drive(run, box, "sqlalchemy", "py", [
        ("sqlalchemy_create_engine", {"url": "postgres://postgres@127.0.0.1/test"}, "sa.create_engine('postgres://postgres@127.0.0.1/test')", "INCORRECT_PARAMETER"),
        ("sqlalchemy_create_engine", {"url": "postgresql+psycopg2://postgres@127.0.0.1/test"}, "sa.create_engine('postgresql+psycopg2://postgres@127.0.0.1/test')", "MISSING_PREREQUISITE"),
        ("sqlalchemy_create_engine", {"url": "127.0.0.1:5432/test"}, "sa.create_engine('127.0.0.1:5432/test')", "PARAMETER_FORMAT"),
        ("sqlalchemy_create_engine", {"pool_size": "ten"}, f"sa.create_engine('{pg_url}', pool_size='ten').connect()", "PARAMETER_FORMAT"),
        ("sqlalchemy_engine_connect", {"url": f"postgresql+psycopg://postgres@127.0.0.1:{C}/test"}, f"sa.create_engine('postgresql+psycopg://postgres@127.0.0.1:{C}/test').connect()", "network"),
        ("sqlalchemy_engine_connect", {"url": "mysql+pymysql://root@127.0.0.1/c11_nope"}, "sa.create_engine('mysql+pymysql://root@127.0.0.1/c11_nope').connect()", "MISSING_PREREQUISITE"),
        ("sqlalchemy_engine_connect", {"url": "sqlite:////var/lib/c11/none/app.db"}, "sa.create_engine('sqlite:////var/lib/c11/none/app.db').connect()", "MISSING_PREREQUISITE"),
        ("sqlalchemy_text_execute", {"sql": "select * from c11_refunds"}, f"with sa.create_engine('{pg_url}').connect() as c: c.execute(sa.text('select * from c11_refunds'))", "INCORRECT_PARAMETER"),
        ("sqlalchemy_text_execute", {"sql": "select * from c11_orders where id = :id", "params": {}}, f"with sa.create_engine('{pg_url}').connect() as c: c.execute(sa.text('select * from c11_orders where id = :id'))", "MISSING_PARAMETER"),
        ("sqlalchemy_text_execute", {"sql": "select * from c11_orders where id = :id", "params": {"id": "x"}}, f"with sa.create_engine('{pg_url}').connect() as c: c.execute(sa.text('select * from c11_orders where id = :id'), {{'id': 'x'}})", "PARAMETER_FORMAT"),
        ("sqlalchemy_text_execute", {"sql": "select 1", "raw_string": True}, f"with sa.create_engine('{pg_url}').connect() as c: c.execute('select 1')", "PARAMETER_FORMAT"),
        ("sqlalchemy_table_reflect", {"table": "c11_customers"}, f"sa.Table('c11_customers', sa.MetaData(), autoload_with=sa.create_engine('{pg_url}'))", "INCORRECT_PARAMETER"),
        ("sqlalchemy_select_column", {"column": "totl"}, f"t = sa.Table('c11_orders', sa.MetaData(), autoload_with=sa.create_engine('{pg_url}'))\nt.c.totl", "INCORRECT_PARAMETER"),
        ("sqlalchemy_insert_values", {"values": {"id": 1, "customer": "dup"}}, f"e = sa.create_engine('{pg_url}')\nt = sa.Table('c11_orders', sa.MetaData(), autoload_with=e)\nwith e.begin() as c: c.execute(sa.insert(t).values(id=1, customer='dup'))", "WORKFLOW_SEQUENCE"),
        ("sqlalchemy_insert_values", {"values": {"id": 7, "colour": "red"}}, f"e = sa.create_engine('{pg_url}')\nt = sa.Table('c11_orders', sa.MetaData(), autoload_with=e)\nwith e.begin() as c: c.execute(sa.insert(t).values(id=7, colour='red'))", "INCORRECT_PARAMETER"),
        ("sqlalchemy_orm_session_get", {"entity": "Order", "ident": None}, "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session\nclass B(DeclarativeBase): pass\nclass Order(B):\n    __tablename__ = 'c11_orders'\n    id: Mapped[int] = mapped_column(primary_key=True)\nSession(sa.create_engine('" + pg_url + "')).get(Order, (1, 2))", "PARAMETER_FORMAT"),
        ("sqlalchemy_orm_mapper", {"model": "Ticket", "primary_key": None}, "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\nclass B(DeclarativeBase): pass\nclass Ticket(B):\n    __tablename__ = 'c11_tickets'\n    title: Mapped[str] = mapped_column()", "MISSING_PARAMETER"),
        ("sqlalchemy_orm_query_one", {"filter": "id == 999"}, "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session\nclass B(DeclarativeBase): pass\nclass Order(B):\n    __tablename__ = 'c11_orders'\n    id: Mapped[int] = mapped_column(primary_key=True)\nSession(sa.create_engine('" + pg_url + "')).execute(sa.select(Order).where(Order.id == 999)).scalar_one()", "INCORRECT_PARAMETER"),
        ("sqlalchemy_orm_session_refresh", {"detached": True}, "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session\nclass B(DeclarativeBase): pass\nclass Order(B):\n    __tablename__ = 'c11_orders'\n    id: Mapped[int] = mapped_column(primary_key=True)\nSession(sa.create_engine('" + pg_url + "')).refresh(Order(id=1))", "WORKFLOW_SEQUENCE"),
    ], pre="import sqlalchemy as sa")


def broker_sdks(run: Run, box: Sandbox) -> None:
    drive(run, box, "paho", "py", [
        ("paho_mqtt_connect", {"port": C}, f"mqtt.Client(mqtt.CallbackAPIVersion.VERSION2).connect('127.0.0.1', {C})", "network"),
        ("paho_mqtt_connect", {"host": NOHOST}, f"mqtt.Client(mqtt.CallbackAPIVersion.VERSION2).connect('{NOHOST}', 1883)", "dns"),
        ("paho_mqtt_connect", {"port": "1883"}, "mqtt.Client(mqtt.CallbackAPIVersion.VERSION2).connect('127.0.0.1', '1883')", "PARAMETER_FORMAT"),
        ("paho_mqtt_connect", {"host": "mqtt://127.0.0.1"}, "mqtt.Client(mqtt.CallbackAPIVersion.VERSION2).connect('mqtt://127.0.0.1', 1883)", "PARAMETER_FORMAT"),
        ("paho_mqtt_connect", {"keepalive": -1}, "mqtt.Client(mqtt.CallbackAPIVersion.VERSION2).connect('127.0.0.1', 1883, keepalive=-1)", "INCORRECT_PARAMETER"),
        ("paho_mqtt_connect", {"port": SILENT_PORT, "timeout": 2}, f"c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.connect_timeout = 2.0; c.connect('127.0.0.1', {SILENT_PORT})", "timeout"),
        ("paho_mqtt_publish", {"topic": "c11/orders/#"}, "c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.connect('127.0.0.1', 1883); c.publish('c11/orders/#', 'x')", "PARAMETER_FORMAT"),
        ("paho_mqtt_publish", {"qos": 3}, "c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.connect('127.0.0.1', 1883); c.publish('c11/orders', 'x', qos=3)", "INCORRECT_PARAMETER"),
        ("paho_mqtt_publish", {"payload": {"id": 1}}, "c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.connect('127.0.0.1', 1883); c.publish('c11/orders', {'id': 1})", "PARAMETER_FORMAT"),
        ("paho_mqtt_publish", {"topic": ""}, "c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.connect('127.0.0.1', 1883); c.publish('', 'x')", "MISSING_PARAMETER"),
        ("paho_mqtt_subscribe", {"topic": "c11/#/orders"}, "c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.connect('127.0.0.1', 1883); c.subscribe('c11/#/orders')", "PARAMETER_FORMAT"),
        ("paho_mqtt_subscribe", {"qos": 5}, "c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.connect('127.0.0.1', 1883); c.subscribe('c11/orders', qos=5)", "INCORRECT_PARAMETER"),
        ("paho_mqtt_publish_wait", {"connected": False}, "c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2); c.publish('c11/orders', 'x').wait_for_publish(1)", "WORKFLOW_SEQUENCE"),
        ("paho_mqtt_tls_set", {"ca_certs": "/etc/c11/ca.pem"}, "mqtt.Client(mqtt.CallbackAPIVersion.VERSION2).tls_set(ca_certs='/etc/c11/ca.pem')", "INCORRECT_PARAMETER"),
        ("paho_mqtt_single", {"hostname": "127.0.0.1", "port": C}, f"import paho.mqtt.publish as pub\npub.single('c11/x', 'y', hostname='127.0.0.1', port={C})", "network"),
    ], pre="import paho.mqtt.client as mqtt")
    drive(run, box, "pika", "py", [
        ("pika_blocking_connection", {"port": C}, f"pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', {C}, connection_attempts=1))", "network"),
        ("pika_blocking_connection", {"credentials": "guest:wrong"}, "pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', credentials=pika.PlainCredentials('guest', 'wrong')))", "auth"),
        ("pika_blocking_connection", {"virtual_host": "c11-missing"}, "pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', virtual_host='c11-missing'))", "MISSING_PREREQUISITE"),
        ("pika_blocking_connection", {"host": NOHOST}, f"pika.BlockingConnection(pika.ConnectionParameters('{NOHOST}', connection_attempts=1))", "dns"),
        ("pika_connection_parameters", {"port": "5672"}, "pika.ConnectionParameters('127.0.0.1', port='5672')", "PARAMETER_FORMAT"),
        ("pika_connection_parameters", {"heartbeat": -5}, "pika.ConnectionParameters('127.0.0.1', heartbeat=-5)", "INCORRECT_PARAMETER"),
        ("pika_url_parameters", {"url": "amqp://guest:guest@127.0.0.1:5672/%2F?heartbeat=abc"}, "pika.BlockingConnection(pika.URLParameters('amqp://guest:guest@127.0.0.1:5672/%2F?heartbeat=abc'))", "PARAMETER_FORMAT"),
        ("pika_queue_declare_passive", {"queue": "c11-orders-missing"}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.queue_declare('c11-orders-missing', passive=True)", "INCORRECT_PARAMETER"),
        ("pika_exchange_declare", {"exchange": "c11-events", "exchange_type": "broadcast"}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.exchange_declare('c11-events', exchange_type='broadcast')", "INCORRECT_PARAMETER"),
        ("pika_exchange_declare", {"exchange": "amq.direct", "exchange_type": "fanout"}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.exchange_declare('amq.direct', exchange_type='fanout')", "INCORRECT_PARAMETER"),
        ("pika_queue_bind", {"queue": "c11-q", "exchange": "c11-nope"}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.queue_declare('c11-q', auto_delete=True); ch.queue_bind('c11-q', 'c11-nope')", "INCORRECT_PARAMETER"),
        ("pika_basic_publish", {"exchange": "c11-nope", "routing_key": "x"}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.basic_publish('c11-nope', 'x', b'1'); ch.queue_declare('', exclusive=True)", "INCORRECT_PARAMETER"),
        ("pika_basic_publish", {"body": {"id": 1}}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.basic_publish('', 'c11-q', {'id': 1})", "PARAMETER_FORMAT"),
        ("pika_basic_ack", {"delivery_tag": 42}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.basic_ack(42); ch.queue_declare('', exclusive=True)", "WORKFLOW_SEQUENCE"),
        ("pika_queue_declare", {"queue": "c11-dur", "durable": "mismatch"}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.queue_declare('c11-dur', durable=False, auto_delete=True); ch.queue_declare('c11-dur', durable=True)", "WORKFLOW_SEQUENCE"),
        ("pika_basic_consume", {"queue": "c11-absent"}, "ch = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')).channel(); ch.basic_consume('c11-absent', lambda *a: None)", "INCORRECT_PARAMETER"),
        ("pika_channel_closed_publish", {"closed": True}, "conn = pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1')); ch = conn.channel(); conn.close(); ch.basic_publish('', 'c11-q', b'1')", "WORKFLOW_SEQUENCE"),
    ], pre="import pika")


def crypto_sdks(run: Run, box: Sandbox) -> None:
    box.write("data/notes.txt", "not a key\n")
    d = box.path("data")
    drive(run, box, "validation", "py", [
        ("jsonschema_validate", {"instance": {"replicas": "3"}}, "jsonschema.validate({'replicas': '3'}, {'type': 'object', 'properties': {'replicas': {'type': 'integer'}}})", "PARAMETER_FORMAT"),
        ("jsonschema_validate", {"instance": {"name": "api"}}, "jsonschema.validate({'name': 'api'}, {'type': 'object', 'required': ['name', 'image']})", "MISSING_PARAMETER"),
        ("jsonschema_validate", {"instance": {"replicas": 50}}, "jsonschema.validate({'replicas': 50}, {'properties': {'replicas': {'type': 'integer', 'maximum': 10}}})", "INCORRECT_PARAMETER"),
        ("jsonschema_validate", {"instance": {"env": "qa"}}, "jsonschema.validate({'env': 'qa'}, {'properties': {'env': {'enum': ['dev', 'staging', 'prod']}}})", "INCORRECT_PARAMETER"),
        ("jsonschema_validate", {"instance": {"name": "api", "colour": "red"}}, "jsonschema.validate({'name': 'api', 'colour': 'red'}, {'type': 'object', 'properties': {'name': {}}, 'additionalProperties': False})", "INCORRECT_PARAMETER"),
        ("jsonschema_validate", {"instance": {"tag": "Release 1"}}, "jsonschema.validate({'tag': 'Release 1'}, {'properties': {'tag': {'type': 'string', 'pattern': '^v[0-9]+'}}})", "PARAMETER_FORMAT"),
        ("jsonschema_validate", {"instance": {"name": ""}}, "jsonschema.validate({'name': ''}, {'properties': {'name': {'type': 'string', 'minLength': 1}}})", "PARAMETER_FORMAT"),
        ("jsonschema_validate", {"schema": {"type": "integr"}}, "jsonschema.validate(3, {'type': 'integr'})", "INCORRECT_PARAMETER"),
        ("jsonschema_check_schema", {"schema": {"required": "name"}}, "jsonschema.Draft202012Validator.check_schema({'required': 'name'})", "PARAMETER_FORMAT"),
        ("jsonschema_ref_resolve", {"ref": "#/$defs/Port"}, "jsonschema.validate(1, {'$ref': '#/$defs/Port'})", "INCORRECT_PARAMETER"),
        ("pydantic_model_validate", {"port": "eighty"}, "Svc.model_validate({'name': 'api', 'port': 'eighty'})", "PARAMETER_FORMAT"),
        ("pydantic_model_validate", {"name": "api"}, "Svc.model_validate({'name': 'api'})", "MISSING_PARAMETER"),
        ("pydantic_model_validate", {"port": 70000}, "Svc.model_validate({'name': 'api', 'port': 70000})", "INCORRECT_PARAMETER"),
        ("pydantic_model_validate", {"tier": "gold"}, "Svc.model_validate({'name': 'api', 'port': 80, 'tier': 'gold'})", "INCORRECT_PARAMETER"),
        ("pydantic_model_validate", {"extra": "owner"}, "Svc.model_validate({'name': 'api', 'port': 80, 'owner': 'me'})", "INCORRECT_PARAMETER"),
        ("pydantic_model_validate", {"name": "a"}, "Svc.model_validate({'name': 'a', 'port': 80})", "PARAMETER_FORMAT"),
        ("pydantic_model_validate", {"created": "yesterday"}, "Svc.model_validate({'name': 'api', 'port': 80, 'created': 'yesterday'})", "PARAMETER_FORMAT"),
        ("pydantic_model_validate_json", {"json": "{'name': 'api'}"}, "Svc.model_validate_json(\"{'name': 'api'}\")", "PARAMETER_FORMAT"),
        ("pydantic_type_adapter_validate", {"type": "list[int]", "value": "1,2,3"}, "pydantic.TypeAdapter(list[int]).validate_python('1,2,3')", "PARAMETER_FORMAT"),
        ("pydantic_email_validate", {"email": "ops@"}, "pydantic.TypeAdapter(pydantic.EmailStr).validate_python('ops@')", "MISSING_PREREQUISITE"),
        ("pydantic_http_url_validate", {"url": "htp//example"}, "pydantic.TypeAdapter(pydantic.HttpUrl).validate_python('htp//example')", "PARAMETER_FORMAT"),
    ], pre="""
import jsonschema, pydantic, datetime
from typing import Literal
class Svc(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra='forbid')
    name: pydantic.constr(min_length=2)
    port: pydantic.conint(ge=1, le=65535)
    tier: Literal['free', 'pro', 'enterprise'] = 'free'
    created: datetime.date | None = None
""")
    drive(run, box, "crypto", "py", [
        ("pyjwt_decode", {"token": "expired"}, "jwt.decode(jwt.encode({'sub': 'a', 'exp': 1}, 's' * 32, algorithm='HS256'), 's' * 32, algorithms=['HS256'])", "auth"),
        ("pyjwt_decode", {"key": "wrong"}, "jwt.decode(jwt.encode({'sub': 'a'}, 's' * 32, algorithm='HS256'), 't' * 32, algorithms=['HS256'])", "auth"),
        ("pyjwt_decode", {"token": "abc.def"}, "jwt.decode('abc.def', 's' * 32, algorithms=['HS256'])", "PARAMETER_FORMAT"),
        ("pyjwt_decode", {"algorithms": None}, "jwt.decode(jwt.encode({'sub': 'a'}, 's' * 32, algorithm='HS256'), 's' * 32)", "MISSING_PARAMETER"),
        ("pyjwt_decode", {"audience": "c11-api"}, "jwt.decode(jwt.encode({'sub': 'a', 'aud': 'other'}, 's' * 32, algorithm='HS256'), 's' * 32, algorithms=['HS256'], audience='c11-api')", "INCORRECT_PARAMETER"),
        ("pyjwt_decode", {"options": {"require": ["exp"]}}, "jwt.decode(jwt.encode({'sub': 'a'}, 's' * 32, algorithm='HS256'), 's' * 32, algorithms=['HS256'], options={'require': ['exp']})", "MISSING_PARAMETER"),
        ("pyjwt_encode", {"algorithm": "HS257"}, "jwt.encode({'sub': 'a'}, 's' * 32, algorithm='HS257')", "INCORRECT_PARAMETER"),
        ("pyjwt_encode", {"algorithm": "RS256", "key": "shared-secret"}, "jwt.encode({'sub': 'a'}, 'shared-secret', algorithm='RS256')", "PARAMETER_FORMAT"),
        ("pyjwt_encode", {"payload": "sub=a"}, "jwt.encode('sub=a', 's' * 32, algorithm='HS256')", "PARAMETER_FORMAT"),
        ("pyjwt_get_unverified_header", {"token": "not-a-token"}, "jwt.get_unverified_header('not-a-token')", "PARAMETER_FORMAT"),
        ("pyjwks_client_get_signing_key", {"uri": f"http://127.0.0.1:{C}/.well-known/jwks.json"}, f"jwt.PyJWKClient('http://127.0.0.1:{C}/.well-known/jwks.json').get_signing_key('kid1')", "network"),
        ("pyjwks_client_get_signing_key", {"uri": f"{H}/s/503"}, f"jwt.PyJWKClient('{H}/s/503').get_signing_key('kid1')", "server_error"),
        ("cryptography_fernet_decrypt", {"token": "gAAAA-tampered"}, "from cryptography.fernet import Fernet\nFernet(Fernet.generate_key()).decrypt(Fernet(Fernet.generate_key()).encrypt(b'x'))", "auth"),
        ("cryptography_fernet_key", {"key": "short"}, "from cryptography.fernet import Fernet\nFernet('short')", "PARAMETER_FORMAT"),
        ("cryptography_load_pem_private_key", {"path": "notes.txt"}, f"from cryptography.hazmat.primitives import serialization\nserialization.load_pem_private_key(open('{d}/notes.txt', 'rb').read(), None)", "WRONG_TOOL_SELECTION"),
        ("cryptography_load_pem_private_key", {"password": None, "encrypted": True}, "from cryptography.hazmat.primitives import serialization\nfrom cryptography.hazmat.primitives.asymmetric import ec\nk = ec.generate_private_key(ec.SECP256R1()).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b'pw'))\nserialization.load_pem_private_key(k, None)", "MISSING_PARAMETER"),
        ("cryptography_load_pem_private_key", {"password": "wrong"}, "from cryptography.hazmat.primitives import serialization\nfrom cryptography.hazmat.primitives.asymmetric import ec\nk = ec.generate_private_key(ec.SECP256R1()).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b'pw'))\nserialization.load_pem_private_key(k, b'wrong')", "auth"),
        ("cryptography_x509_load_pem", {"data": "-----BEGIN CERTIFICATE-----garbage"}, "from cryptography import x509\nx509.load_pem_x509_certificate(b'-----BEGIN CERTIFICATE-----\\ngarbage\\n-----END CERTIFICATE-----\\n')", "PARAMETER_FORMAT"),
        ("cryptography_aesgcm_key", {"key_bytes": 20}, "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nAESGCM(b'k' * 20)", "PARAMETER_FORMAT"),
        ("cryptography_aesgcm_decrypt", {"nonce": "different"}, "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\na = AESGCM(AESGCM.generate_key(128)); a.decrypt(os.urandom(12), a.encrypt(os.urandom(12), b'x', None), None)", "auth"),
        ("cryptography_rsa_generate", {"key_size": 512}, "from cryptography.hazmat.primitives.asymmetric import rsa\nrsa.generate_private_key(65537, 512)", "INCORRECT_PARAMETER"),
        ("bcrypt_checkpw", {"hashed": "plain-text"}, "import bcrypt\nbcrypt.checkpw(b'pw', b'plain-text')", "PARAMETER_FORMAT"),
        ("bcrypt_hashpw", {"password": "str"}, "import bcrypt\nbcrypt.hashpw('pw', bcrypt.gensalt())", "PARAMETER_FORMAT"),
        ("bcrypt_gensalt", {"rounds": 40}, "import bcrypt\nbcrypt.gensalt(40)", "INCORRECT_PARAMETER"),
        ("nacl_secretbox_decrypt", {"key": "other"}, "import nacl.secret, nacl.utils\nnacl.secret.SecretBox(nacl.utils.random(32)).decrypt(nacl.secret.SecretBox(nacl.utils.random(32)).encrypt(b'x'))", "auth"),
        ("nacl_signing_verify", {"signature": "tampered"}, "import nacl.signing\nk = nacl.signing.SigningKey.generate(); s = k.sign(b'msg'); k.verify_key.verify(b'msh' + s.signature[3:] if False else b'x' + s[1:])", "auth"),
        ("nacl_secretbox_key", {"key_bytes": 16}, "import nacl.secret\nnacl.secret.SecretBox(b'k' * 16)", "PARAMETER_FORMAT"),
    ], pre="import jwt")


def net_sdks(run: Run, box: Sandbox) -> None:
    d = box.path("data")
    box.write("data/notes.txt", "not a key\n")
    sock = box.path("run", "docker.sock")
    drive(run, box, "netclients", "py", [
        ("paramiko_sshclient_connect", {"port": C}, f"import paramiko\nc = paramiko.SSHClient(); c.set_missing_host_key_policy(paramiko.AutoAddPolicy()); c.connect('127.0.0.1', port={C}, username='deploy', timeout=3)", "network"),
        ("paramiko_sshclient_connect", {"hostname": NOHOST}, f"import paramiko\nc = paramiko.SSHClient(); c.connect('{NOHOST}', username='deploy', timeout=3)", "dns"),
        ("paramiko_sshclient_connect", {"port": HANG_PORT}, f"import paramiko\nc = paramiko.SSHClient(); c.connect('127.0.0.1', port={HANG_PORT}, username='deploy', timeout=2, banner_timeout=2)", "timeout"),
        ("paramiko_sshclient_connect", {"port": HTTP_PORT}, f"import paramiko\nc = paramiko.SSHClient(); c.connect('127.0.0.1', port={HTTP_PORT}, username='deploy', timeout=3, banner_timeout=3)", "INCORRECT_PARAMETER"),
        ("paramiko_sshclient_connect", {"key_filename": "~/.ssh/id_c11"}, "import paramiko\nc = paramiko.SSHClient(); c.connect('127.0.0.1', username='deploy', key_filename='/root/.ssh/id_c11_missing', timeout=3)", "INCORRECT_PARAMETER"),
        ("paramiko_rsakey_from_file", {"filename": "notes.txt"}, f"import paramiko\nparamiko.RSAKey.from_private_key_file('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("paramiko_sshclient_exec_command", {"connected": False}, "import paramiko\nparamiko.SSHClient().exec_command('uptime')", "WORKFLOW_SEQUENCE"),
        ("paramiko_sshclient_connect", {"port": "twenty-two"}, "import paramiko\nparamiko.SSHClient().connect('127.0.0.1', port='twenty-two')", "PARAMETER_FORMAT"),
        ("ldap3_connection_bind", {"port": C}, f"import ldap3\nldap3.Connection(ldap3.Server('127.0.0.1', port={C}, connect_timeout=3), 'cn=admin,dc=c11', 'pw', auto_bind=True)", "network"),
        ("ldap3_server_init", {"host": "ldap//127.0.0.1"}, "import ldap3\nldap3.Server('ldap//127.0.0.1:389:x')", "PARAMETER_FORMAT"),
        ("ldap3_connection_search", {"bound": False, "filter": "uid=alice"}, "import ldap3\nldap3.Connection(ldap3.Server('127.0.0.1', port=1)).search('dc=c11', 'uid=alice')", "PARAMETER_FORMAT"),
        ("elasticsearch_search", {"hosts": f"http://127.0.0.1:{C}"}, f"from elasticsearch import Elasticsearch\nElasticsearch('http://127.0.0.1:{C}', max_retries=0, request_timeout=3).search(index='c11-logs', query={{'match_all': {{}}}})", "network"),
        ("elasticsearch_search", {"hosts": f"{H}/s/404"}, f"from elasticsearch import Elasticsearch\nElasticsearch('{H}/s/404', max_retries=0, request_timeout=3).search(index='c11-logs')", "MISSING_PREREQUISITE"),
        ("elasticsearch_client_init", {"hosts": "127.0.0.1:9200"}, "from elasticsearch import Elasticsearch\nElasticsearch('127.0.0.1:9200')", "PARAMETER_FORMAT"),
        ("opensearch_index_document", {"port": C}, f"from opensearchpy import OpenSearch\nOpenSearch([{{'host': '127.0.0.1', 'port': {C}}}], max_retries=0, timeout=3).index(index='c11-logs', body={{'a': 1}})", "network"),
        ("opensearch_index_document", {"url": f"{H}/s/401"}, f"from opensearchpy import OpenSearch\nOpenSearch(['{H}/s/401'], max_retries=0, timeout=3).index(index='c11-logs', body={{'a': 1}})", "auth"),
        ("opensearch_index_document", {"url": f"{H}/s/429"}, f"from opensearchpy import OpenSearch\nOpenSearch(['{H}/s/429'], max_retries=0, timeout=3).index(index='c11-logs', body={{'a': 1}})", "rate_limit"),
        ("kafka_producer_init", {"bootstrap_servers": f"127.0.0.1:{C}"}, f"from kafka import KafkaProducer\nKafkaProducer(bootstrap_servers='127.0.0.1:{C}', request_timeout_ms=2000, max_block_ms=2000, api_version_auto_timeout_ms=2000)", "INCORRECT_PARAMETER"),
        ("kafka_producer_init", {"acks": "some"}, f"from kafka import KafkaProducer\nKafkaProducer(bootstrap_servers='127.0.0.1:{C}', acks='some')", "INCORRECT_PARAMETER"),
        ("kafka_consumer_init", {"auto_offset_reset": "start"}, f"from kafka import KafkaConsumer\nKafkaConsumer('c11', bootstrap_servers='127.0.0.1:{C}', auto_offset_reset='start')", "INCORRECT_PARAMETER"),
        ("kafka_consumer_init", {"bogus_option": True}, "from kafka import KafkaConsumer\nKafkaConsumer('c11', group_idd='x')", "INCORRECT_PARAMETER"),
        ("kubernetes_list_namespaced_pod", {"host": f"https://127.0.0.1:{C}"}, f"from kubernetes import client\ncfg = client.Configuration(); cfg.host = 'https://127.0.0.1:{C}'; cfg.retries = 0\nclient.CoreV1Api(client.ApiClient(cfg)).list_namespaced_pod('c11')", "network"),
        ("kubernetes_list_namespaced_pod", {"host": HS}, f"from kubernetes import client\ncfg = client.Configuration(); cfg.host = '{HS}'; cfg.retries = 0\nclient.CoreV1Api(client.ApiClient(cfg)).list_namespaced_pod('c11')", "tls"),
        ("kubernetes_load_kube_config", {"config_file": "~/.kube/config"}, "from kubernetes import config\nconfig.load_kube_config()", "MISSING_PREREQUISITE"),
        ("kubernetes_load_incluster_config", {}, "from kubernetes import config\nconfig.load_incluster_config()", "MISSING_PREREQUISITE"),
        ("docker_sdk_from_env", {"DOCKER_HOST": f"unix://{sock}"}, f"import docker\ndocker.DockerClient(base_url='unix://{sock}').ping()", "daemon_down"),
        ("docker_sdk_from_env", {"DOCKER_HOST": "tcp//127.0.0.1:2375"}, "import docker\ndocker.DockerClient(base_url='tcp//127.0.0.1:2375:x')", "PARAMETER_FORMAT"),
        ("gitpython_repo_open", {"path": d}, f"import git\ngit.Repo('{d}')", "MISSING_PREREQUISITE"),
        ("gitpython_repo_open", {"path": "/srv/c11/absent"}, "import git\ngit.Repo('/srv/c11/absent')", "INCORRECT_PARAMETER"),
        ("gitpython_clone_from", {"url": f"http://127.0.0.1:{C}/ops/app.git"}, f"import git\ngit.Repo.clone_from('http://127.0.0.1:{C}/ops/app.git', '{box.path('clone1')}')", "network"),
        ("natspy_connect", {"servers": f"nats://127.0.0.1:{C}"}, f"import asyncio, nats\nasync def m():\n    await nats.connect('nats://127.0.0.1:{C}', connect_timeout=2, max_reconnect_attempts=0, allow_reconnect=False)\nasyncio.run(m())", "network"),
        ("natspy_request", {"subject": "c11.nobody.home"}, "import asyncio, nats\nasync def m():\n    nc = await nats.connect('nats://127.0.0.1:4222')\n    await nc.request('c11.nobody.home', b'x', timeout=1)\nasyncio.run(m())", "INCORRECT_PARAMETER"),
        ("natspy_jetstream_stream_info", {"stream": "C11_ORDERS"}, "import asyncio, nats\nasync def m():\n    nc = await nats.connect('nats://127.0.0.1:4222')\n    await nc.jetstream().stream_info('C11_ORDERS')\nasyncio.run(m())", "INCORRECT_PARAMETER"),
        ("natspy_publish", {"subject": "c11 orders"}, "import asyncio, nats\nasync def m():\n    nc = await nats.connect('nats://127.0.0.1:4222')\n    await nc.publish('c11 orders', b'x')\n    await nc.flush()\nasyncio.run(m())", "PARAMETER_FORMAT"),
    ])


# ---------------------------------------------------------------------------
# CLIs agents call, with subcommand-level tool names
# ---------------------------------------------------------------------------

def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    kw.setdefault("timeout", 40)
    return run.case(tool, params, command, label, **kw)


def cli_files(box: Sandbox) -> str:
    d = box.mkdir("cli")
    box.write("cli/Makefile", "build:\n\tgcc -o app main.c\ntest: build\n\t./app\nlint:\n    echo spaces-not-tab\n")
    box.write("cli/main.c", "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", undefined_var); return 0 }\n")
    box.write("cli/util.c", "int helper(void);\nint main(void) { return helper(); }\n")
    box.write("cli/ok.c", "int main(void) { return 0; }\n")
    box.write("cli/CMakeLists.txt", "cmake_minimum_required(VERSION 3.10)\nproject(c11 C)\nadd_executable(app main.c)\ntarget_link_libraries(app c11_missing_lib)\nfind_package(C11Widgets REQUIRED)\n")
    box.write("cli/Hello.java", "public class Hello { public static void main(String[] a) { System.out.println(undefinedName); } }\n")
    box.write("cli/Greeter.java", "public class Greeter { public static void main(String[] a) { } }\n")
    box.write("cli/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>c11</groupId><artifactId>app</artifactId><version>1</version>\n<dependencies><dependency><groupId>org.c11.none</groupId><artifactId>ghost</artifactId></dependency></dependencies></project>\n")
    box.write("cli/tool.pl", "use strict;\nuse C11::Missing::Module;\nprint 1;\n")
    box.write("cli/syntax.pl", "use strict;\nmy $x = ;\n")
    box.write("cli/strict.pl", "use strict;\n$total = 5;\nprint $total;\n")
    box.write("cli/notes.txt", "plain text, not an archive\n")
    box.write("cli/app.sql", "create table c11_t (id int);\n")
    box.write("cli/data.csv", "id,name\n1,a\n2,b\n")
    box.write("cli/dump.sql", "-- plain SQL dump\ncreate table c11_x (id int);\n")
    box.mkdir("cli", "srcdir")
    box.write("cli/srcdir/a.txt", "a\n")
    return d


def clis(run: Run, box: Sandbox) -> None:
    d = cli_files(box)
    os.chmod(box.mkdir("cli", "outdir"), 0o755)
    ro = box.mkdir("cli", "ro")
    k = {"cwd": d}
    # make / gcc / cmake
    cli(run, "make_run_target", {"target": "deploy"}, "make deploy", "PARAMETER_FORMAT", **k)
    cli(run, "make_run_target", {"target": "lint"}, "make lint", "PARAMETER_FORMAT", **k)
    cli(run, "make_run_target", {"target": "test"}, "make test", "PARAMETER_FORMAT", **k)
    cli(run, "make_run_target", {"makefile": "build.mk"}, "make -f build.mk all", "INCORRECT_PARAMETER", **k)
    cli(run, "make_run_target", {"directory": "services/api"}, "make -C services/api build", "INCORRECT_PARAMETER", **k)
    cli(run, "make_run_target", {"jobs": "many"}, "make -j many build", "PARAMETER_FORMAT", **k)
    cli(run, "make_run_target", {"dir": "srcdir"}, "make -C srcdir", "MISSING_PREREQUISITE", **k)
    cli(run, "gcc_compile_object", {"source": "main.c"}, "gcc -c main.c -o main.o", "INCORRECT_PARAMETER", **k)
    cli(run, "gcc_compile_object", {"source": "server.c"}, "gcc -c server.c", "INCORRECT_PARAMETER", **k)
    cli(run, "gcc_link_executable", {"sources": ["util.c"]}, "gcc util.c -o util", "MISSING_PARAMETER", **k)
    cli(run, "gcc_link_executable", {"libs": ["-lc11widgets"]}, "gcc ok.c -lc11widgets -o ok", "MISSING_PREREQUISITE", **k)
    cli(run, "gcc_compile_object", {"std": "c27"}, "gcc -std=c27 -c ok.c", "INCORRECT_PARAMETER", **k)
    cli(run, "gcc_compile_object", {"optimise": "-Ofastest"}, "gcc -Ofastest -c ok.c", "PARAMETER_FORMAT", **k)
    cli(run, "gcc_compile_object", {"source": "notes.txt"}, "gcc -x c -c notes.txt", "WRONG_TOOL_SELECTION", **k)
    cli(run, "gcc_compile_object", {"output": f"{d}/outdir/ok.o"}, f"gcc -c ok.c -o {d}/outdir/ok.o", "permission", nobody=True, **k)
    cli(run, "gcc_compile_object", {"output": f"{ro}/ok.o"}, f"gcc -c ok.c -o {ro}/ok.o", "read_only", ro_mount=ro, **k)
    cli(run, "cmake_configure_project", {"source_dir": "."}, "cmake -S . -B build-c11", "MISSING_PREREQUISITE", **k)
    cli(run, "cmake_configure_project", {"source_dir": "srcdir"}, "cmake -S srcdir -B build-c11b", "MISSING_PREREQUISITE", **k)
    cli(run, "cmake_configure_project", {"generator": "Ninja Turbo"}, "cmake -G 'Ninja Turbo' -S . -B build-c11c", "INCORRECT_PARAMETER", **k)
    cli(run, "cmake_build_dir", {"dir": "build-none"}, "cmake --build build-none", "MISSING_PREREQUISITE", **k)
    cli(run, "cmake_install_prefix", {"option": "--prefixx"}, "cmake --install . --prefixx /opt/c11", "PARAMETER_FORMAT", **k)
    # java / maven
    cli(run, "javac_compile_class", {"source": "Hello.java"}, "javac -d out Hello.java", "INCORRECT_PARAMETER", **k)
    cli(run, "javac_compile_class", {"source": "Missing.java"}, "javac Missing.java", "INCORRECT_PARAMETER", **k)
    cli(run, "javac_compile_class", {"release": "99"}, "javac --release 99 Greeter.java", "INCORRECT_PARAMETER", **k)
    cli(run, "javac_compile_class", {"option": "-sourcepathx"}, "javac -sourcepathx src Greeter.java", "PARAMETER_FORMAT", **k)
    cli(run, "java_run_class", {"class": "Greeter"}, "java -cp out Greeter", "WORKFLOW_SEQUENCE", **k)
    cli(run, "java_run_jar", {"jar": "notes.txt"}, "java -jar notes.txt", "WRONG_TOOL_SELECTION", **k)
    cli(run, "java_run_class", {"Xmx": "lots"}, "java -Xmxlots -version", "PARAMETER_FORMAT", **k)
    cli(run, "mvn_run_goal", {"goal": "complie"}, "mvn -q -o complie", "INCORRECT_PARAMETER", cwd=d, timeout=45)
    cli(run, "mvn_run_goal", {"goal": "validate", "pom": "pom.xml"}, "mvn -q -o validate", "MISSING_PARAMETER", cwd=d, timeout=45)
    cli(run, "mvn_run_goal", {"goal": "package", "dir": "srcdir"}, "mvn -q -o package", "MISSING_PREREQUISITE", cwd=box.path("cli", "srcdir"), timeout=45)
    # perl
    cli(run, "perl_run_script", {"script": "tool.pl"}, "perl tool.pl", "MISSING_PREREQUISITE", **k)
    cli(run, "perl_run_script", {"script": "syntax.pl"}, "perl syntax.pl", "PARAMETER_FORMAT", **k)
    cli(run, "perl_run_script", {"script": "strict.pl"}, "perl strict.pl", "PARAMETER_FORMAT", **k)
    cli(run, "perl_run_script", {"script": "deploy.pl"}, "perl deploy.pl", "INCORRECT_PARAMETER", **k)
    cli(run, "perl_run_script", {"script": "cli/"}, f"perl {d}", "WRONG_TOOL_SELECTION", **k)
    cli(run, "perl_one_liner", {"module": "JSON::C11"}, "perl -MJSON::C11 -e 1", "MISSING_PREREQUISITE", **k)
    # gpg
    box.mkdir("gnupg")
    os.chmod(box.path("gnupg"), 0o700)
    cli(run, "gpg_sign_detached", {"local_user": "release@c11.example"}, "gpg --batch -u release@c11.example --detach-sign notes.txt", "INCORRECT_PARAMETER", **k)
    cli(run, "gpg_encrypt_recipient", {"recipient": "ops@c11.example"}, "gpg --batch -e -r ops@c11.example notes.txt", "INCORRECT_PARAMETER", **k)
    cli(run, "gpg_verify_signature", {"sig": "notes.txt"}, "gpg --batch --verify notes.txt", "WRONG_TOOL_SELECTION", **k)
    cli(run, "gpg_import_key", {"file": "release.asc"}, "gpg --batch --import release.asc", "INCORRECT_PARAMETER", **k)
    cli(run, "gpg_quick_gen_key", {"algo": "rsa1024x"}, "gpg --batch --passphrase '' --quick-gen-key c11@example rsa1024x", "INCORRECT_PARAMETER", **k)
    cli(run, "gpg_recv_keys", {"keyserver": f"hkp://127.0.0.1:{C}"}, f"gpg --batch --keyserver hkp://127.0.0.1:{C} --recv-keys 0x1234567890ABCDEF", "network", **k)
    # rsync / zip / unzip / xz
    cli(run, "rsync_sync_dir", {"src": "srcdir/", "dest": "deploy@127.0.0.1:/srv/c11", "port": C}, f"rsync -az -e 'ssh -p {C} -o BatchMode=yes -o StrictHostKeyChecking=no' srcdir/ deploy@127.0.0.1:/srv/c11/", "network", **k)
    cli(run, "rsync_sync_dir", {"src": "build/", "dest": "outdir/"}, "rsync -a build/ outdir/", "INCORRECT_PARAMETER", **k)
    cli(run, "rsync_sync_dir", {"option": "--exclued"}, "rsync -a --exclued=.git srcdir/ outdir/", "PARAMETER_FORMAT", **k)
    cli(run, "rsync_sync_dir", {"dest": f"rsync://127.0.0.1:{C}/c11/"}, f"rsync -a srcdir/ rsync://127.0.0.1:{C}/c11/", "network", **k)
    cli(run, "rsync_sync_dir", {"dest": f"{d}/outdir/"}, f"rsync -a srcdir/ {d}/outdir/", "permission", nobody=True, **k)
    cli(run, "zip_create_archive", {"files": ["report.pdf"]}, "zip -q out.zip report.pdf", "INCORRECT_PARAMETER", **k)
    cli(run, "zip_create_archive", {"level": "-10"}, "zip -10 out.zip notes.txt", "PARAMETER_FORMAT", **k)
    cli(run, "zip_create_archive", {"archive": None}, "zip", "MISSING_PARAMETER", stdin="", **k)
    cli(run, "unzip_extract_archive", {"archive": "notes.txt"}, "unzip -o notes.txt", "WRONG_TOOL_SELECTION", **k)
    cli(run, "unzip_extract_archive", {"archive": "bundle.zip"}, "unzip bundle.zip", "INCORRECT_PARAMETER", **k)
    cli(run, "xz_decompress_file", {"file": "notes.txt"}, "xz -dk notes.txt", "WRONG_TOOL_SELECTION", **k)
    cli(run, "xz_decompress_file", {"file": "notes.txt.xz"}, "xz -d notes.txt.xz", "INCORRECT_PARAMETER", **k)
    cli(run, "xz_compress_level", {"level": "-12"}, "xz -12 -k notes.txt", "PARAMETER_FORMAT", **k)
    # mosquitto clients
    cli(run, "mosquitto_pub_message", {"topic": "c11/orders", "port": C}, f"mosquitto_pub -h 127.0.0.1 -p {C} -t c11/orders -m x", "network", **k)
    cli(run, "mosquitto_pub_message", {"topic": "c11/#"}, "mosquitto_pub -h 127.0.0.1 -t 'c11/#' -m x", "PARAMETER_FORMAT", **k)
    cli(run, "mosquitto_pub_message", {"topic": None}, "mosquitto_pub -h 127.0.0.1 -m x", "MISSING_PARAMETER", **k)
    cli(run, "mosquitto_pub_message", {"qos": 4}, "mosquitto_pub -h 127.0.0.1 -t c11/x -q 4 -m x", "INCORRECT_PARAMETER", **k)
    cli(run, "mosquitto_pub_message", {"host": NOHOST}, f"mosquitto_pub -h {NOHOST} -t c11/x -m x", "dns", **k)
    cli(run, "mosquitto_sub_topic", {"topic": "c11/+x/y"}, "mosquitto_sub -h 127.0.0.1 -t 'c11/+x/y' -C 1 -W 2", "PARAMETER_FORMAT", **k)
    # PostgreSQL / MariaDB tools
    pg = {"service": "postgres"}
    cli(run, "pg_dump_database", {"dbname": "c11_absent"}, "pg_dump -h 127.0.0.1 -U postgres c11_absent", "MISSING_PREREQUISITE", **pg, **k)
    cli(run, "pg_dump_database", {"table": "c11_nosuch"}, "pg_dump -h 127.0.0.1 -U postgres -t c11_nosuch test", "INCORRECT_PARAMETER", **pg, **k)
    cli(run, "pg_dump_database", {"format": "zip"}, "pg_dump -h 127.0.0.1 -U postgres -F zip test", "INCORRECT_PARAMETER", **pg, **k)
    cli(run, "pg_dump_database", {"port": C}, f"pg_dump -h 127.0.0.1 -p {C} -U postgres test", "network", **k)
    cli(run, "pg_dump_database", {"host": box.path("pgsock")}, f"pg_dump -h {box.path('pgsock')} -U postgres test", "daemon_down", **k)
    cli(run, "pg_dump_database", {"file": f"{ro}/test.sql"}, f"pg_dump -h 127.0.0.1 -U postgres -f {ro}/test.sql -t c11_orders test", "read_only", ro_mount=ro, **pg, **k)
    cli(run, "pg_restore_archive", {"file": "dump.sql"}, "pg_restore -h 127.0.0.1 -U postgres -d test dump.sql", "WRONG_TOOL_SELECTION", **pg, **k)
    cli(run, "pg_restore_archive", {"file": "backup.dump"}, "pg_restore -h 127.0.0.1 -U postgres -d test backup.dump", "INCORRECT_PARAMETER", **pg, **k)
    cli(run, "pg_restore_archive", {"dbname": None}, "pg_restore -h 127.0.0.1 -U postgres", "MISSING_PARAMETER", stdin="", **pg, **k)
    cli(run, "createdb_new", {"dbname": "test"}, "createdb -h 127.0.0.1 -U postgres test", "WORKFLOW_SEQUENCE", **pg, **k)
    cli(run, "createdb_new", {"template": "c11_tpl_missing"}, "createdb -h 127.0.0.1 -U postgres -T c11_tpl_missing c11_restore", "INCORRECT_PARAMETER", **pg, **k)
    cli(run, "createdb_new", {"encoding": "UTF-9"}, "createdb -h 127.0.0.1 -U postgres -E UTF-9 c11_restore", "INCORRECT_PARAMETER", **pg, **k)
    cli(run, "createdb_new", {"user": "c11_ghost"}, "createdb -h 127.0.0.1 -U c11_ghost c11_restore", "auth", **pg, **k)
    cli(run, "dropdb_existing", {"dbname": "c11_never_made"}, "dropdb -h 127.0.0.1 -U postgres c11_never_made", "INCORRECT_PARAMETER", **pg, **k)
    cli(run, "mariadb_dump_database", {"database": "c11_absent"}, "mariadb-dump -uroot c11_absent", "MISSING_PREREQUISITE", needs=("mariadb-dump",), service="mariadb", **k)
    cli(run, "mariadb_dump_database", {"tables": ["c11_nosuch"]}, "mariadb-dump -uroot c11_shop c11_nosuch", "INCORRECT_PARAMETER", needs=("mariadb-dump",), service="mariadb", **k)
    cli(run, "mariadb_dump_database", {"port": C}, f"mariadb-dump -uroot -h 127.0.0.1 -P {C} c11_shop", "network", needs=("mariadb-dump",), **k)
    cli(run, "mariadb_dump_database", {"user": "c11_ghost"}, "mariadb-dump -uc11_ghost -h 127.0.0.1 c11_shop", "auth", needs=("mariadb-dump",), service="mariadb", **k)
    cli(run, "mariadb_dump_database", {"socket": box.path("mysqld.sock")}, f"mariadb-dump -uroot --socket={box.path('mysqld.sock')} c11_shop", "daemon_down", needs=("mariadb-dump",), **k)
    cli(run, "mariadb_dump_database", {"option": "--single-transactoin"}, "mariadb-dump -uroot --single-transactoin c11_shop", "PARAMETER_FORMAT", needs=("mariadb-dump",), **k)
    # sqlite3 dot-commands
    db = box.path("cli", "app.db")
    box.sh(f"sqlite3 {shlex.quote(db)} 'create table items (id integer primary key, name text not null)'", check=False)
    cli(run, "sqlite3_dot_import", {"file": "data.csv", "table": "items"}, f"sqlite3 -bail {db} '.import --csv data.csv items'", "INCORRECT_PARAMETER", **k)
    cli(run, "sqlite3_dot_import", {"file": "missing.csv"}, f"sqlite3 -bail {db} '.import --csv missing.csv items2'", "INCORRECT_PARAMETER", **k)
    cli(run, "sqlite3_dot_import", {"table": None}, f"sqlite3 -bail {db} '.import data.csv'", "MISSING_PARAMETER", **k)
    cli(run, "sqlite3_dot_read", {"file": "schema.sql"}, f"sqlite3 -bail {db} '.read schema.sql'", "INCORRECT_PARAMETER", **k)
    cli(run, "sqlite3_dot_mode", {"mode": "yaml"}, f"sqlite3 -bail {db} '.mode yaml' 'select 1'", "INCORRECT_PARAMETER", **k)
    cli(run, "sqlite3_dot_schema", {"command": ".schemas"}, f"sqlite3 -bail {db} '.schemas'", "WRONG_TOOL_SELECTION", **k)
    cli(run, "sqlite3_dot_backup", {"dest": f"{ro}/backup.db"}, f"sqlite3 -bail {db} '.backup {ro}/backup.db'", "read_only", ro_mount=ro, **k)
    cli(run, "sqlite3_dot_open", {"file": "notes.txt"}, "sqlite3 -bail notes.txt 'select * from sqlite_master'", "WRONG_TOOL_SELECTION", **k)
    cli(run, "sqlite3_dot_output", {"file": "reports/2026/out.txt"}, f"sqlite3 -bail {db} '.output reports/2026/out.txt' 'select 1'", "MISSING_PREREQUISITE", **k)
    cli(run, "sqlite3_dot_import", {"db": "readonly"}, f"sqlite3 -bail -readonly {db} '.import --csv --skip 1 data.csv items'", "read_only", **k)


def cleanup(box: Sandbox) -> None:
    """Drops every c11_ object this batch may have created on the shared services."""
    if shutil.which("psql"):
        box.sh("psql -h 127.0.0.1 -U postgres -d test -qc 'drop table if exists c11_orders, c11_events cascade'", check=False)
        box.sh("dropdb -h 127.0.0.1 -U postgres --if-exists c11_restore", check=False)
    if shutil.which("mariadb"):
        box.sh("mariadb -uroot -e 'drop database if exists c11_shop'", check=False)


GROUPS: list[Callable[[Run, Sandbox], None]] = [mcp_servers, sql_sdks, broker_sdks, crypto_sdks, net_sdks, clis]


def start_helpers(helpers: Helpers, box: Sandbox) -> bool:
    helpers.http(HTTP_PORT, route, server_version="corpus11")
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.hang(HANG_PORT, accept=True)
    helpers.reset(RESET_PORT)
    return tls


def generate() -> list[Row]:
    with Sandbox("corpus11-") as box, Helpers() as helpers:
        box.env = base_env(box)
        tls = start_helpers(helpers, box)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro")),
                "postgres": port_open("127.0.0.1", 5432), "mariadb": port_open("127.0.0.1", 3306)}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        try:
            run.groups(GROUPS, os.environ.get("CORPUS_ELEVENTH_ONLY"))
        finally:
            cleanup(box)
        return run.rows
