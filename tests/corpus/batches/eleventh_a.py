"""Batch "eleventh_a": the second eleventh blind batch (written at the same time as "eleventh", by another writer) on tool families the corpus had not covered yet.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch eleventh_a -o eleventh_a_errors.jsonl``

What is run (every row is a real call made wrongly on this machine; nothing is hand-written):

- ``source: mcp`` -- MCP servers over stdio with the ``mcp`` Python client: npm
  @modelcontextprotocol/server-everything, server-memory, server-filesystem, server-sequential-thinking,
  PyPI mcp-server-git and mcp-server-time; tool names are the servers' own. A ``tools/call`` result with
  ``isError`` gives its text content; a JSON-RPC error gives ``MCP error <code>: <message>``.
- ``source: sdk`` (Python) -- psycopg 3, PyMySQL, SQLAlchemy core, paho-mqtt, pika, nats-py,
  kafka-python, elasticsearch, opensearch-py, paramiko, ldap3, docker, kubernetes, httpx, aiohttp
  (local services and closed ports), PyJWT, cryptography, jsonschema, Cerberus, pydantic,
  marshmallow as a tool wrapper would call them. The message is ``Error: <ExcClass>: <str(exc)>``.
- ``source: cli`` -- make, cmake, gcc/g++, javac/java, perl, erl, tclsh, gpg, rsync, zip/unzip, xargs,
  awk, sed, find, bc, patch, diff, xz, bzip2, lz4, jq, yq, socat, mosquitto_pub/sub, rabbitmqctl,
  pg_dump/pg_restore/createdb/dropdb/pg_isready, mariadb-dump, mysqladmin, sqlite3 dot-commands, gdb,
  valgrind, readelf/objdump, strace, redis-cli (keys ``corpus11:*`` only).

Services: PostgreSQL (127.0.0.1:5432, db test), MariaDB (root), Redis (``corpus11:*`` keys, deleted at
exit), RabbitMQ (guest/guest), Mosquitto 1883, NATS 4222; only objects named ``c11_*`` are created, and
dropped at exit. Local helpers on 127.0.0.1: 48000 HTTP (REST-like error bodies, Elasticsearch-,
Docker- and Kubernetes-style errors), 48001 the same behind TLS (self-signed), 48002 a listener that never
accepts, 48003 one that accepts and never answers, 48004 one that resets every connection, 48009 a
closed port.

The tools live outside the project: ``CORPUS_ELEVENTH_TOOLS`` (default ``.corpus-tools/eleventh``
under the checkout) holding ``venv/`` (pip install -r
tests/corpus/batches/eleventh_a_requirements.txt) and ``node_modules/`` (npm install from
eleventh_a_package.json). A family whose tools are missing is skipped with a note.
``CORPUS_ELEVENTH_ONLY=<group,...>`` runs some groups only.
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
from tests.corpus.harness.sandbox import Sandbox, can_setpriv, can_unshare, ro_bind, tiny_fs, tool_env
from tests.corpus.harness.servers import Helpers, J, NGINX_502, Reply, Request, self_signed, delete_redis_keys

NAME = "eleventh_a"
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
PG = "host=127.0.0.1 port=5432 user=postgres dbname=test"


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
        (re.compile(r"\bpid[ =]\d+"), "pid 4242"),
        (re.compile(r"==\d+=="), "==4242=="),
        (re.compile(r"\b\d+\.\d+m?s\b"), "12ms"),
        (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?"), "2026-12-02 00:00:00"),
        (re.compile(r"(?m)^Date: .*GMT$"), "Date: Wed, 02 Dec 2026 00:00:00 GMT"),
        (re.compile(r"\b[0-9A-F]{16}:error:"), "40E7F1A2B37F0000:error:"),
        (re.compile(r"<0\.\d+\.\d+>"), "<0.42.0>"),
        (re.compile(r"(?<=/tmp/)tmp[a-z0-9_]{8}"), "tmpcorpus11"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780)


def base_env(box: Sandbox) -> dict[str, str]:
    env = tool_env(box, "agent@corpus11.example", path_prefix=VENV_BIN)
    env["PATH"] = NODE_BIN + os.pathsep + env["PATH"]
    return {**env, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0", "GNUPGHOME": box.path("gnupg"),
            "KUBECONFIG": box.path("kube", "config"), "DOCKER_HOST": "unix://" + box.path("run", "docker.sock")}


# ---------------------------------------------------------------------------
# local fake services
# ---------------------------------------------------------------------------

ES_404 = {"error": {"root_cause": [{"type": "index_not_found_exception", "reason": "no such index [c11_logs]",
          "index": "c11_logs"}], "type": "index_not_found_exception", "reason": "no such index [c11_logs]",
          "index": "c11_logs"}, "status": 404}
ES_400 = {"error": {"root_cause": [{"type": "parsing_exception", "reason": "unknown query [mach]", "line": 1, "col": 19}],
          "type": "parsing_exception", "reason": "unknown query [mach]", "line": 1, "col": 19}, "status": 400}
ES_401 = {"error": {"root_cause": [{"type": "security_exception", "reason": "unable to authenticate user [elastic] for REST request [/]"}],
          "type": "security_exception", "reason": "unable to authenticate user [elastic] for REST request [/]"}, "status": 401}
ES_403 = {"error": {"root_cause": [{"type": "cluster_block_exception", "reason": "index [c11_logs] blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];"}],
          "type": "cluster_block_exception", "reason": "index [c11_logs] blocked by: [FORBIDDEN/12/index read-only / allow delete (api)];"}, "status": 403}
ES_409 = {"error": {"root_cause": [{"type": "resource_already_exists_exception", "reason": "index [c11_logs/abc] already exists", "index": "c11_logs"}],
          "type": "resource_already_exists_exception", "reason": "index [c11_logs/abc] already exists", "index": "c11_logs"}, "status": 400}
ES_429 = {"error": {"root_cause": [{"type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation"}],
          "type": "es_rejected_execution_exception", "reason": "rejected execution of coordinating operation"}, "status": 429}
ES_503 = {"error": {"root_cause": [], "type": "search_phase_execution_exception", "reason": "all shards failed", "phase": "query",
          "grouped": True, "failed_shards": []}, "status": 503}
ES_INFO = {"name": "corpus11", "cluster_name": "corpus11", "version": {"number": "8.15.0", "build_flavor": "default"},
           "tagline": "You Know, for Search"}


def route(req: Request) -> Reply:
    p, m = req.path, req.method
    es_hdr = {"X-elastic-product": "Elasticsearch"}
    if p.startswith("/es"):
        q = p[3:] or "/"
        if q == "/":
            return Reply(200, J(ES_INFO), headers=es_hdr)
        if q.startswith("/c11_locked"):
            return Reply(403, J(ES_403), headers=es_hdr)
        if q.startswith("/c11_exists") and m == "PUT":
            return Reply(400, J(ES_409), headers=es_hdr)
        if q.startswith("/c11_busy"):
            return Reply(429, J(ES_429), headers=es_hdr)
        if q.startswith("/c11_broken"):
            return Reply(503, J(ES_503), headers=es_hdr)
        if q.startswith("/c11_search") and "_search" in q:
            return Reply(400, J(ES_400), headers=es_hdr)
        return Reply(404, J(ES_404), headers=es_hdr)
    if p.startswith("/es-auth"):
        return Reply(401, J(ES_401), headers=es_hdr)
    if p.startswith("/k8s"):
        q = p[4:]
        if q in ("/version", "/version/"):
            return Reply(200, J({"major": "1", "minor": "31", "gitVersion": "v1.31.0"}))
        name = q.rstrip("/").rsplit("/", 1)[-1]
        if "forbidden" in q:
            return Reply(403, J({"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "Forbidden", "code": 403,
                                 "message": f"pods is forbidden: User \"system:serviceaccount:c11:agent\" cannot list resource \"pods\" in API group \"\" in the namespace \"forbidden\""}))
        if m == "POST":
            return Reply(409, J({"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "AlreadyExists", "code": 409,
                                 "message": "configmaps \"c11-settings\" already exists"}))
        return Reply(404, J({"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "NotFound", "code": 404,
                             "message": f"pods \"{name}\" not found", "details": {"name": name, "kind": "pods"}}))
    table = {"/s/400": (400, {"error": "bad_request", "message": "field 'limit' must be an integer"}),
             "/s/401": (401, {"error": "unauthorized", "message": "invalid bearer token"}),
             "/s/403": (403, {"error": "forbidden", "message": "token lacks scope deploy:write"}),
             "/s/404": (404, {"error": "not_found", "message": "pipeline 'c11-nightly' not found"}),
             "/s/409": (409, {"error": "conflict", "message": "pipeline 'c11-nightly' already exists"}),
             "/s/422": (422, {"detail": [{"loc": ["body", "retries"], "msg": "value is not a valid integer", "type": "type_error.integer"}]}),
             "/s/429": (429, {"error": "rate_limited", "message": "rate limit exceeded, retry in 60s"}),
             "/s/500": (500, {"error": "internal", "message": "unexpected error"}),
             "/s/503": (503, {"error": "unavailable", "message": "upstream is under maintenance"})}
    if p == "/s/502":
        return Reply(502, NGINX_502, "text/html")
    for key, (code, body) in table.items():
        if p.startswith(key):
            return Reply(code, J(body))
    return Reply(404, J({"error": "not_found", "message": f"no route {p}"}))


PY_DRIVER = r'''
import asyncio, json, sys, textwrap, traceback
spec = json.load(sys.stdin)
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
            exec(c["code"], ns)
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
          aio: bool = False, wrap: Callable[[str], str] | None = None, timeout: float = 300, needs: Sequence[str] = (),
          env: Mapping[str, str] | None = None, source: str = "sdk",
          show: Callable[[str], str] | None = None) -> None:
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
        shown = n.path(show(code)) if show else shown_prog + shlex.quote(n.path(textwrap.dedent(code).strip()))
        if res is None or not res.strip():
            run.note(f"skip {tool}: no error ({shown[:160]})")
            continue
        if res.startswith("PRE FAILED") or "CORPUS11 DRIVER TIMEOUT" in res:
            run.note(f"skip {tool}: {res[:200]}")
            continue
        run.rows.append(make_row(tool, n.value(dict(params)), n(res), label, source=source, command=shown))






def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    kw.setdefault("timeout", 30)
    return run.case(tool, params, command, label, **kw)


MCP_PRE = """
import os, json
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError as McpError
async def mcp_call(argv, name, args, env=None):
    p = StdioServerParameters(command=argv[0], args=list(argv[1:]), env={**os.environ, **(env or {})})
    async with stdio_client(p, errlog=open(os.devnull, 'w')) as (r, w):
        async with ClientSession(r, w) as s:
            await s.initialize()
            try:
                res = await s.call_tool(name, args)
            except McpError as e:
                return f"MCP error {e.error.code}: {e.error.message}"
            if res.isError:
                return "\\n".join(getattr(c, 'text', '') for c in res.content)
            return None
"""


def mcp_calls(server: str, argv: Sequence[str], calls: Sequence[tuple[str, dict[str, Any], str]], env: Mapping[str, str] | None = None) -> list[Call]:
    return [(name, args, f"result = await mcp_call({list(argv)!r}, {name!r}, {args!r}, {dict(env or {})!r})", label,
             {"server": server}) for name, args, label in calls]


def mcp_servers(run: Run, box: Sandbox) -> None:
    repo = box.path("repo")
    box.git_repo(repo, identity=("Agent", "agent@corpus11.example"))
    allowed = box.mkdir("allowed")
    box.write("allowed/notes.txt", "hello\n")
    nb = NODE_BIN
    groups = [
        ("everything", [os.path.join(nb, "mcp-server-everything"), "stdio"], None, [
            ("echo", {}, "MISSING_PARAMETER"), ("get-sum", {"a": "two", "b": 3}, "PARAMETER_FORMAT"),
            ("get-sum", {"a": 1}, "MISSING_PARAMETER"), ("printEnv", {}, "INCORRECT_PARAMETER"),
            ("get-resource-reference", {"resourceType": "video", "resourceId": 1}, "INCORRECT_PARAMETER"),
            ("get-resource-reference", {"resourceType": "Text", "resourceId": 999}, "INCORRECT_PARAMETER"),
            ("trigger-long-running-operation", {"duration": "ten", "steps": 2}, "PARAMETER_FORMAT"),
            ("get-annotated-message", {"messageType": "warning"}, "INCORRECT_PARAMETER"),
            ("gzip-file-as-resource", {"name": "x.gz", "data": "not-a-url"}, "PARAMETER_FORMAT"),
            ("gzip-file-as-resource", {"name": "x.gz", "data": f"http://127.0.0.1:{C}/x"}, "network"),
            ("trigger-sampling-request", {"prompt": "hi"}, "MISSING_PREREQUISITE"),
            ("trigger-elicitation-request", {}, "MISSING_PREREQUISITE"),
            ("toggle-simulated-logging", {"level": "loud"}, "INCORRECT_PARAMETER"),
        ]),
        ("memory", [os.path.join(nb, "mcp-server-memory")], {"MEMORY_FILE_PATH": box.path("memory.jsonl")}, [
            ("delete_relations", {"relations": [{"from": "a"}]}, "MISSING_PARAMETER"),
            ("delete_relations", {"relations": "a->b"}, "PARAMETER_FORMAT"),
            ("read_graph", {"depth": "x"}, "PARAMETER_FORMAT"),
        ]),
        ("filesystem", [os.path.join(nb, "mcp-server-filesystem"), allowed], None, [
            ("list_allowed_directories", {"path": 3}, "PARAMETER_FORMAT"),
            ("get_file_info", {"path": "/etc/passwd"}, "permission"),
            ("write_file", {"path": os.path.join(allowed, "sub", "new.txt")}, "MISSING_PARAMETER"),
        ]),
        ("git", [os.path.join(VENV_BIN, "mcp-server-git"), "--repository", repo], None, [
            ("git_diff_staged", {}, "MISSING_PARAMETER"),
            ("git_diff_staged", {"repo_path": box.path("nowhere")}, "MISSING_PREREQUISITE"),
            ("git_diff_staged", {"repo_path": repo, "context_lines": "three"}, "PARAMETER_FORMAT"),
            ("git_show_commit", {"repo_path": repo, "revision": "deadbeef"}, "INCORRECT_PARAMETER"),
            ("git_create_branch_from", {"repo_path": repo, "branch_name": "x"}, "WRONG_TOOL_SELECTION"),
        ]),
    ]
    for server, argv, env, calls in groups:
        if not os.path.exists(argv[0]):
            run.note(f"skip mcp {server}: {argv[0]} not installed")
            continue
        items = mcp_calls(server, argv, calls, env)
        drive(run, box, "mcp_" + server.replace("-", "_"), "py", items, pre=MCP_PRE, aio=True, source="mcp",
              show=lambda code, s=server: "mcp tools/call " + s + " " + code.split("await mcp_call(", 1)[1].split(", ", 1)[1].rsplit(", {", 1)[0])


def pg_group(run: Run, box: Sandbox) -> None:
    pre = f"import psycopg\nPG = {PG!r}"
    k = "psycopg3_"
    drive(run, box, "psycopg", "py", [
        (k + "connect", {"dbname": "c11_missing"}, "psycopg.connect('host=127.0.0.1 user=postgres dbname=c11_missing')", "MISSING_PREREQUISITE"),
        (k + "connect", {"user": "c11_ghost"}, "psycopg.connect('host=127.0.0.1 user=c11_ghost dbname=test')", "auth"),
        (k + "connect", {"port": C}, f"psycopg.connect('host=127.0.0.1 port={C} user=postgres dbname=test', connect_timeout=3)", "network"),
        (k + "connect", {"host": NOHOST}, f"psycopg.connect('host={NOHOST} user=postgres dbname=test', connect_timeout=3)", "dns"),
        (k + "connect", {"port": "abc"}, "psycopg.connect('host=127.0.0.1 port=abc user=postgres')", "PARAMETER_FORMAT"),
        (k + "connect", {"host": box.path("run")}, f"psycopg.connect('host={box.path('run')} user=postgres dbname=test')", "daemon_down"),
        (k + "connect", {"sslmode": "require"}, "psycopg.connect('host=127.0.0.1 user=postgres dbname=test sslmode=require')", "tls"),
        (k + "connect", {"conninfo": "host=127.0.0.1 dbnme=test"}, "psycopg.connect('host=127.0.0.1 dbnme=test')", "PARAMETER_FORMAT"),
        (k + "execute", {"query": "SELEC 1"}, "psycopg.connect(PG).execute('SELEC 1')", "PARAMETER_FORMAT"),
        (k + "execute", {"query": "select * from c11_orders"}, "psycopg.connect(PG).execute('select * from c11_orders')", "INCORRECT_PARAMETER"),
        (k + "execute", {"query": "select relnme from pg_class"}, "psycopg.connect(PG).execute('select relnme from pg_class')", "INCORRECT_PARAMETER"),
        (k + "execute", {"query": "select %s, %s", "params": [1]}, "psycopg.connect(PG).execute('select %s, %s', (1,))", "MISSING_PARAMETER"),
        (k + "execute", {"query": "select %(id)s", "params": {}}, "psycopg.connect(PG).execute('select %(id)s', {})", "MISSING_PARAMETER"),
        (k + "execute", {"query": "select 'abc'::int"}, "psycopg.connect(PG).execute(\"select 'abc'::int\")", "PARAMETER_FORMAT"),
        (k + "execute", {"query": "select '2026-13-45'::date"}, "psycopg.connect(PG).execute(\"select '2026-13-45'::date\")", "PARAMETER_FORMAT"),
        (k + "execute", {"query": "select c11_total(1)"}, "psycopg.connect(PG).execute('select c11_total(1)')", "INCORRECT_PARAMETER"),
        (k + "execute", {"query": "create extension c11_vector"}, "psycopg.connect(PG).execute('create extension c11_vector')", "MISSING_PREREQUISITE"),
        (k + "insert_row", {"table": "c11_t", "id": 1}, "c = psycopg.connect(PG)\nc.execute('create temp table c11_t (id int primary key)')\nc.execute('insert into c11_t values (1)')\nc.execute('insert into c11_t values (1)')", "WORKFLOW_SEQUENCE"),
        (k + "execute", {"state": "closed"}, "c = psycopg.connect(PG); c.close()\nc.execute('select 1')", "WORKFLOW_SEQUENCE"),
        (k + "fetchone", {"query": "set search_path to public"}, "cur = psycopg.connect(PG).cursor()\ncur.execute('set search_path to public')\ncur.fetchone()", "WORKFLOW_SEQUENCE"),
        (k + "execute", {"query": "select 1", "after": "failed statement"}, "c = psycopg.connect(PG)\ntry:\n    c.execute('select 1/0')\nexcept Exception:\n    pass\nc.execute('select 1')", "WORKFLOW_SEQUENCE"),
        (k + "execute", {"query": "create table c11_ro (id int)", "read_only": True}, "c = psycopg.connect(PG); c.read_only = True\nc.execute('create table c11_ro (id int)')", "read_only"),
        (k + "execute", {"query": "select pg_sleep(3)", "statement_timeout": "200ms"}, "c = psycopg.connect(PG, options='-c statement_timeout=200')\nc.execute('select pg_sleep(3)')", "timeout"),
        (k + "execute", {"query": "create table c11_x (id int)", "role": "pg_read_all_stats"}, "c = psycopg.connect(PG)\nc.execute('set role pg_read_all_stats')\nc.execute('create table c11_x (id int)')", "permission"),
        (k + "execute", {"query": "select * from pg_authid", "role": "pg_read_all_stats"}, "c = psycopg.connect(PG)\nc.execute('set role pg_read_all_stats')\nc.execute('select * from pg_authid')", "permission"),
        (k + "copy_from", {"data": "1\tx\n"}, "c = psycopg.connect(PG)\nc.execute('create temp table c11_c (id int, n int)')\nwith c.cursor().copy('copy c11_c from stdin') as cp:\n    cp.write('1\\tx\\n')", "PARAMETER_FORMAT"),
    ], pre=pre)


def mysql_group(run: Run, box: Sandbox) -> None:
    pre = "import pymysql\nkw = dict(host='127.0.0.1', user='root', connect_timeout=3)"
    post = "pymysql.connect(**kw).cursor().execute('drop database if exists c11_db')"
    k = "pymysql_"
    setup = "c = pymysql.connect(**kw); cur = c.cursor()\ncur.execute('create database if not exists c11_db'); cur.execute('create table if not exists c11_db.c11_t (id int primary key, n int)')\ncur.execute('insert ignore into c11_db.c11_t values (1, 1)'); c.commit()\n"
    drive(run, box, "pymysql", "py", [
        (k + "connect", {"database": "c11_missing"}, "pymysql.connect(database='c11_missing', **kw)", "MISSING_PREREQUISITE"),
        (k + "connect", {"user": "c11_ghost"}, "pymysql.connect(host='127.0.0.1', user='c11_ghost', password='x')", "auth"),
        (k + "connect", {"port": C}, f"pymysql.connect(host='127.0.0.1', port={C}, user='root', connect_timeout=3)", "network"),
        (k + "connect", {"host": NOHOST}, f"pymysql.connect(host='{NOHOST}', user='root', connect_timeout=3)", "dns"),
        (k + "connect", {"unix_socket": box.path("run", "mysqld.sock")}, f"pymysql.connect(unix_socket='{box.path('run', 'mysqld.sock')}', user='root')", "daemon_down"),
        (k + "connect", {"port": "3306"}, "pymysql.connect(host='127.0.0.1', port='3306', user='root')", "PARAMETER_FORMAT"),
        (k + "execute", {"query": "SELEC 1"}, "pymysql.connect(**kw).cursor().execute('SELEC 1')", "PARAMETER_FORMAT"),
        (k + "execute", {"query": "select * from c11_db.c11_orders"}, setup + "cur.execute('select * from c11_db.c11_orders')", "INCORRECT_PARAMETER"),
        (k + "execute", {"query": "select total from c11_db.c11_t"}, setup + "cur.execute('select total from c11_db.c11_t')", "INCORRECT_PARAMETER"),
        (k + "execute", {"query": "select %s, %s", "args": [1]}, "pymysql.connect(**kw).cursor().execute('select %s, %s', (1,))", "MISSING_PARAMETER"),
        (k + "execute", {"query": "select * from c11_t", "database": None}, "pymysql.connect(**kw).cursor().execute('select * from c11_t')", "MISSING_PREREQUISITE"),
        (k + "execute", {"query": "create database c11_db"}, setup + "cur.execute('create database c11_db')", "WORKFLOW_SEQUENCE"),
        (k + "execute", {"query": "insert into c11_db.c11_t values (1, 2)"}, setup + "cur.execute('insert into c11_db.c11_t values (1, 2)')", "WORKFLOW_SEQUENCE"),
        (k + "execute", {"query": "insert into c11_db.c11_t values (2, 'many')"}, setup + "cur.execute(\"insert into c11_db.c11_t values (2, 'many')\")", "PARAMETER_FORMAT"),
        (k + "execute", {"query": "select sleep(3)", "max_statement_time": 0.2}, "pymysql.connect(**kw).cursor().execute('SET STATEMENT max_statement_time=0.2 FOR select sleep(3)')", "timeout"),
        (k + "execute", {"query": "insert into c11_db.c11_t values (3, 3)", "transaction": "read only"}, setup + "cur.execute('start transaction read only')\ncur.execute('insert into c11_db.c11_t values (3, 3)')", "read_only"),
        (k + "execute", {"state": "closed"}, "c = pymysql.connect(**kw); c.close()\nc.cursor().execute('select 1')", "WORKFLOW_SEQUENCE"),
        (k + "select_db", {"db": "c11_nope"}, "pymysql.connect(**kw).select_db('c11_nope')", "INCORRECT_PARAMETER"),
    ], pre=pre, post=post)


def sqlalchemy_group(run: Run, box: Sandbox) -> None:
    pre = "import sqlalchemy as sa\nE = sa.create_engine('postgresql+psycopg://postgres@127.0.0.1/test')"
    k = "sqlalchemy_core_"
    drive(run, box, "sqlalchemy", "py", [
        (k + "create_engine", {"url": "postgresq://postgres@127.0.0.1/test"}, "sa.create_engine('postgresq://postgres@127.0.0.1/test')", "INCORRECT_PARAMETER"),
        (k + "create_engine", {"url": "postgres at 127.0.0.1"}, "sa.create_engine('postgres at 127.0.0.1')", "PARAMETER_FORMAT"),
        (k + "create_engine", {"url": "mssql+pyodbc://sa@127.0.0.1/c11"}, "sa.create_engine('mssql+pyodbc://sa@127.0.0.1/c11')", "MISSING_PREREQUISITE"),
        (k + "connect", {"url": f"postgresql+psycopg://postgres@127.0.0.1:{C}/test"}, f"sa.create_engine('postgresql+psycopg://postgres@127.0.0.1:{C}/test').connect()", "network"),
        (k + "execute_text", {"sql": "select * from c11_orders"}, "with E.connect() as c: c.execute(sa.text('select * from c11_orders'))", "INCORRECT_PARAMETER"),
        (k + "execute_text", {"sql": "select :id", "params": {}}, "with E.connect() as c: c.execute(sa.text('select :id'))", "MISSING_PARAMETER"),
        (k + "reflect_table", {"table": "c11_orders"}, "sa.Table('c11_orders', sa.MetaData(), autoload_with=E)", "INCORRECT_PARAMETER"),
        (k + "inspect_columns", {"table": "c11_orders"}, "sa.inspect(E).get_columns('c11_orders')", "INCORRECT_PARAMETER"),
        (k + "table_column", {"column": "totl"}, "t = sa.Table('c11_t', sa.MetaData(), sa.Column('id', sa.Integer), sa.Column('total', sa.Integer))\nsa.select(t.c['totl'])", "INCORRECT_PARAMETER"),
        (k + "insert_values", {"values": {"colour": "red"}}, "t = sa.Table('c11_t', sa.MetaData(), sa.Column('id', sa.Integer))\nstr(t.insert().values(colour='red').compile())", "INCORRECT_PARAMETER"),
        (k + "connect", {"url": "sqlite:///reports/2026/app.db"}, "sa.create_engine('sqlite:///reports/2026/app.db').connect()", "MISSING_PREREQUISITE"),
        (k + "execute_text", {"state": "closed"}, "c = E.connect(); c.close()\nc.execute(sa.text('select 1'))", "WORKFLOW_SEQUENCE"),
        (k + "result_one", {"rows": 0}, "with E.connect() as c: c.execute(sa.text('select 1 where false')).one()", "INCORRECT_PARAMETER"),
        (k + "execute_text", {"sql": "selct 1"}, "with E.connect() as c: c.execute(sa.text('selct 1'))", "PARAMETER_FORMAT"),
    ], pre=pre)


def messaging_group(run: Run, box: Sandbox) -> None:
    pre = "import paho.mqtt.client as mqtt\ndef cl():\n    return mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id='c11-agent')"
    k = "paho_mqtt_client_"
    drive(run, box, "paho", "py", [
        (k + "connect", {"port": C}, f"cl().connect('127.0.0.1', {C})", "network"),
        (k + "connect", {"host": NOHOST}, f"cl().connect('{NOHOST}', 1883)", "dns"),
        (k + "connect", {"port": RESET_PORT}, f"c = cl(); c.connect('127.0.0.1', {RESET_PORT}); r = c.loop(timeout=2)\nif r: raise RuntimeError(mqtt.error_string(r))", "network"),
        (k + "connect", {"keepalive": -5}, "cl().connect('127.0.0.1', 1883, keepalive=-5)", "INCORRECT_PARAMETER"),
        (k + "connect", {"port": "1883"}, "cl().connect('127.0.0.1', '1883')", "PARAMETER_FORMAT"),
        (k + "connect_tls", {"port": 1883}, "c = cl(); c.tls_set(); c.connect('127.0.0.1', 1883)", "tls"),
        (k + "tls_set", {"ca_certs": "certs/c11-ca.pem"}, "cl().tls_set(ca_certs='certs/c11-ca.pem')", "INCORRECT_PARAMETER"),
        (k + "publish", {"topic": "c11/+/state"}, "c = cl(); c.connect('127.0.0.1', 1883); c.publish('c11/+/state', 'on')", "PARAMETER_FORMAT"),
        (k + "publish", {"topic": "c11/state", "payload": {"on": True}}, "c = cl(); c.connect('127.0.0.1', 1883); c.publish('c11/state', {'on': True})", "PARAMETER_FORMAT"),
        (k + "publish", {"topic": "c11/state", "qos": 3}, "c = cl(); c.connect('127.0.0.1', 1883); c.publish('c11/state', 'on', qos=3)", "INCORRECT_PARAMETER"),
        (k + "publish", {"topic": ""}, "c = cl(); c.connect('127.0.0.1', 1883); c.publish('', 'on')", "MISSING_PARAMETER"),
        (k + "publish", {"topic": "c11/state", "connected": False}, "info = cl().publish('c11/state', 'on')\nif info.rc: raise RuntimeError(mqtt.error_string(info.rc))", "WORKFLOW_SEQUENCE"),
        (k + "subscribe", {"topic": "c11/#/x"}, "c = cl(); c.connect('127.0.0.1', 1883); c.subscribe('c11/#/x')", "PARAMETER_FORMAT"),
        (k + "subscribe", {"topic": "c11/state", "qos": 7}, "c = cl(); c.connect('127.0.0.1', 1883); c.subscribe('c11/state', qos=7)", "INCORRECT_PARAMETER"),
        (k + "will_set", {"qos": 5}, "cl().will_set('c11/will', 'bye', qos=5)", "INCORRECT_PARAMETER"),
    ], pre=pre)
    pre = "import pika\nP = pika.ConnectionParameters('127.0.0.1', 5672, credentials=pika.PlainCredentials('guest', 'guest'), connection_attempts=1, socket_timeout=3)\ndef ch():\n    return pika.BlockingConnection(P).channel()"
    post = "c = ch(); c.queue_delete('c11_jobs')"
    k = "pika_blocking_"
    drive(run, box, "pika", "py", [
        (k + "connect", {"port": C}, f"pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', {C}, connection_attempts=1))", "network"),
        (k + "connect", {"host": NOHOST}, f"pika.BlockingConnection(pika.ConnectionParameters('{NOHOST}', connection_attempts=1))", "dns"),
        (k + "connect", {"user": "guest", "password": "wrong"}, "pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', credentials=pika.PlainCredentials('guest', 'wrong'), connection_attempts=1))", "auth"),
        (k + "connect", {"virtual_host": "c11_vhost"}, "pika.BlockingConnection(pika.ConnectionParameters('127.0.0.1', virtual_host='c11_vhost', connection_attempts=1))", "MISSING_PREREQUISITE"),
        (k + "connect", {"port": "5672"}, "pika.ConnectionParameters('127.0.0.1', '5672')", "PARAMETER_FORMAT"),
        (k + "queue_declare", {"queue": "c11_missing", "passive": True}, "ch().queue_declare('c11_missing', passive=True)", "INCORRECT_PARAMETER"),
        (k + "exchange_declare", {"exchange": "amq.direct", "exchange_type": "fanout"}, "ch().exchange_declare('amq.direct', exchange_type='fanout')", "INCORRECT_PARAMETER"),
        (k + "exchange_declare", {"exchange": "c11_events", "exchange_type": "fanut"}, "ch().exchange_declare('c11_events', exchange_type='fanut')", "INCORRECT_PARAMETER"),
        (k + "basic_publish", {"exchange": "c11_none", "routing_key": "jobs"}, "c = ch(); c.confirm_delivery(); c.basic_publish('c11_none', 'jobs', b'x')", "INCORRECT_PARAMETER"),
        (k + "queue_declare", {"queue": "amq.c11"}, "ch().queue_declare('amq.c11')", "INCORRECT_PARAMETER"),
        (k + "queue_declare", {"queue": "c11_jobs", "durable": True}, "c = ch(); c.queue_declare('c11_jobs', durable=False)\nc.queue_declare('c11_jobs', durable=True)", "WORKFLOW_SEQUENCE"),
        (k + "basic_ack", {"delivery_tag": 42}, "c = ch(); c.basic_ack(42); c.queue_declare('c11_jobs', passive=True)", "INCORRECT_PARAMETER"),
        (k + "queue_bind", {"queue": "c11_jobs", "exchange": "c11_none"}, "c = ch(); c.queue_declare('c11_jobs'); c.queue_bind('c11_jobs', 'c11_none')", "INCORRECT_PARAMETER"),
        (k + "basic_publish", {"state": "channel closed"}, "c = ch(); c.close(); c.basic_publish('', 'c11_jobs', b'x')", "WORKFLOW_SEQUENCE"),
        (k + "basic_consume", {"queue": "c11_missing"}, "c = ch(); c.basic_consume('c11_missing', lambda *a: None)", "INCORRECT_PARAMETER"),
    ], pre=pre, post=post)
    pre = f"import asyncio, nats\nfrom nats.errors import *\nasync def nc():\n    return await nats.connect('nats://127.0.0.1:4222', max_reconnect_attempts=0, connect_timeout=2)"
    k = "nats_py_"
    drive(run, box, "nats", "py", [
        (k + "connect", {"servers": f"nats://127.0.0.1:{C}"}, f"await nats.connect('nats://127.0.0.1:{C}', max_reconnect_attempts=0, connect_timeout=2, allow_reconnect=False)", "network"),
        (k + "publish", {"subject": ""}, "c = await nc(); await c.publish('', b'x')", "MISSING_PARAMETER"),
        (k + "request", {"subject": "c11.billing.quote"}, "c = await nc(); await c.request('c11.billing.quote', b'{}', timeout=1)", "MISSING_PREREQUISITE"),
        (k + "request", {"subject": "c11.slow", "timeout": 0.5}, "c = await nc(); await c.subscribe('c11.slow', cb=lambda m: asyncio.sleep(0))\nawait c.request('c11.slow', b'{}', timeout=0.5)", "timeout"),
        (k + "publish", {"state": "closed"}, "c = await nc(); await c.close(); await c.publish('c11.x', b'x')", "WORKFLOW_SEQUENCE"),
        (k + "jetstream_stream_info", {"stream": "C11_MISSING"}, "c = await nc(); await c.jetstream().stream_info('C11_MISSING')", "INCORRECT_PARAMETER"),
        (k + "jetstream_add_stream", {"name": "C11.ORDERS"}, "c = await nc(); await c.jetstream().add_stream(name='C11.ORDERS', subjects=['c11.orders'])", "PARAMETER_FORMAT"),
        (k + "publish", {"payload": "text"}, "c = await nc(); await c.publish('c11.x', 'text')", "PARAMETER_FORMAT"),
    ], pre=pre, aio=True)
    k = "kafka_python_"
    drive(run, box, "kafka", "py", [
        (k + "producer", {"bootstrap_servers": f"127.0.0.1:{C}"}, f"from kafka import KafkaProducer\nKafkaProducer(bootstrap_servers='127.0.0.1:{C}', api_version_auto_timeout_ms=1500)", "INCORRECT_PARAMETER"),
        (k + "consumer", {"bootstrap_servers": f"127.0.0.1:{C}"}, f"from kafka import KafkaConsumer\nKafkaConsumer('c11-events', bootstrap_servers='127.0.0.1:{C}', api_version_auto_timeout_ms=1500)", "INCORRECT_PARAMETER"),
        (k + "admin_client", {"bootstrap_servers": f"127.0.0.1:{C}"}, f"from kafka.admin import KafkaAdminClient\nKafkaAdminClient(bootstrap_servers='127.0.0.1:{C}', api_version_auto_timeout_ms=1500)", "INCORRECT_PARAMETER"),
        (k + "producer", {"compression_type": "zstdx"}, "from kafka import KafkaProducer\nKafkaProducer(bootstrap_servers='127.0.0.1:1', compression_type='zstdx')", "INCORRECT_PARAMETER"),
        (k + "producer", {"acks": "most"}, "from kafka import KafkaProducer\nKafkaProducer(bootstrap_servers='127.0.0.1:1', acks='most')", "INCORRECT_PARAMETER"),
        (k + "consumer", {"auto_offset_reset": "begin"}, "from kafka import KafkaConsumer\nKafkaConsumer(bootstrap_servers='127.0.0.1:1', auto_offset_reset='begin')", "INCORRECT_PARAMETER"),
        (k + "consumer", {"unknown_option": "group"}, "from kafka import KafkaConsumer\nKafkaConsumer(bootstrap_servers='127.0.0.1:1', group='c11')", "INCORRECT_PARAMETER"),
    ], timeout=120)


HTTP_STATUSES = (("400", "PARAMETER_FORMAT"), ("401", "auth"), ("403", "permission"), ("404", "INCORRECT_PARAMETER"),
                 ("409", "WORKFLOW_SEQUENCE"), ("422", "PARAMETER_FORMAT"), ("429", "rate_limit"), ("500", "server_error"),
                 ("502", "server_error"), ("503", "server_error"))
NET = ((f"http://127.0.0.1:{C}/v1/pipelines", "network"), (f"http://{NOHOST}/v1/pipelines", "dns"),
       (f"{HS}/v1/pipelines", "tls"), (f"http://127.0.0.1:{HANG_PORT}/v1/pipelines", "timeout"),
       (f"http://127.0.0.1:{RESET_PORT}/v1/pipelines", "network"))


def http_group(run: Run, box: Sandbox) -> None:
    calls: list[Call] = []
    for code, label in HTTP_STATUSES:
        url = f"{H}/s/{code}"
        calls.append(("httpx_client_request", {"method": "POST", "url": url}, f"import httpx\nhttpx.Client(timeout=2).post('{url}', json={{}}).raise_for_status()", label))
    for url, label in NET:
        calls.append(("httpx_client_request", {"method": "GET", "url": url}, f"import httpx\nhttpx.Client(timeout=2).get('{url}').raise_for_status()", label))
    calls.append(("httpx_client_request", {"url": "127.0.0.1:48000/v1"}, "import httpx\nhttpx.get('127.0.0.1:48000/v1')", "PARAMETER_FORMAT"))
    calls.append(("httpx_client_request", {"method": "FETCH", "url": f"{H}/v1"}, f"import httpx\nhttpx.request('GET', 'http://[::1')", "PARAMETER_FORMAT"))
    drive(run, box, "httpx", "py", calls)
    acalls: list[Call] = []
    for code, label in HTTP_STATUSES[:7]:
        url = f"{H}/s/{code}"
        acalls.append(("aiohttp_session_request", {"method": "GET", "url": url}, f"import aiohttp\nasync with aiohttp.ClientSession(raise_for_status=True) as s:\n    async with s.get('{url}') as r: pass", label))
    for url, label in NET:
        acalls.append(("aiohttp_session_request", {"method": "GET", "url": url}, f"import aiohttp\nasync with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as s:\n    async with s.get('{url}') as r: r.raise_for_status()", label))
    acalls.append(("aiohttp_session_request", {"url": "/v1/pipelines"}, "import aiohttp\nasync with aiohttp.ClientSession() as s:\n    async with s.get('/v1/pipelines') as r: pass", "PARAMETER_FORMAT"))
    drive(run, box, "aiohttp", "py", acalls, aio=True)
    es = f"{H}/es"
    pre = f"from elasticsearch import Elasticsearch\nes = Elasticsearch('{es}', request_timeout=2, max_retries=0)"
    k = "elasticsearch_py_"
    drive(run, box, "elasticsearch", "py", [
        (k + "indices_get", {"index": "c11_logs"}, "es.indices.get(index='c11_logs')", "INCORRECT_PARAMETER"),
        (k + "search", {"index": "c11_search", "query": {"mach": {"msg": "x"}}}, "es.search(index='c11_search', query={'mach': {'msg': 'x'}})", "PARAMETER_FORMAT"),
        (k + "indices_create", {"index": "c11_exists"}, "es.indices.create(index='c11_exists')", "WORKFLOW_SEQUENCE"),
        (k + "index_document", {"index": "c11_locked"}, "es.index(index='c11_locked', document={'a': 1})", "read_only"),
        (k + "search", {"index": "c11_busy"}, "es.search(index='c11_busy')", "rate_limit"),
        (k + "search", {"index": "c11_broken"}, "es.search(index='c11_broken')", "server_error"),
        (k + "info", {"url": f"{H}/es-auth"}, f"Elasticsearch('{H}/es-auth', max_retries=0).info()", "MISSING_PREREQUISITE"),
        (k + "info", {"url": f"http://127.0.0.1:{C}"}, f"Elasticsearch('http://127.0.0.1:{C}', max_retries=0).info()", "network"),
        (k + "info", {"url": f"https://{NOHOST}:9200"}, f"Elasticsearch('https://{NOHOST}:9200', max_retries=0).info()", "dns"),
        (k + "info", {"url": f"{HS}/es"}, f"Elasticsearch('{HS}/es', max_retries=0).info()", "tls"),
        (k + "info", {"url": f"http://127.0.0.1:{HANG_PORT}"}, f"Elasticsearch('http://127.0.0.1:{HANG_PORT}', request_timeout=1, max_retries=0).info()", "timeout"),
        (k + "index_document", {"index": "c11_logs", "document": None}, "es.index(index='c11_logs')", "MISSING_PARAMETER"),
        (k + "get_document", {"index": "c11_logs", "id": None}, "es.get(index='c11_logs')", "MISSING_PARAMETER"),
        (k + "client", {"hosts": "127.0.0.1:9200"}, "Elasticsearch('127.0.0.1:9200')", "PARAMETER_FORMAT"),
    ], pre=pre)
    pre = f"from opensearchpy import OpenSearch\nos_ = OpenSearch(hosts=[{{'host': '127.0.0.1', 'port': {HTTP_PORT}}}], url_prefix='es', timeout=2, max_retries=0)"
    k = "opensearch_py_"
    drive(run, box, "opensearch", "py", [
        (k + "indices_get", {"index": "c11_logs"}, "os_.indices.get(index='c11_logs')", "INCORRECT_PARAMETER"),
        (k + "indices_create", {"index": "c11_exists"}, "os_.indices.create(index='c11_exists')", "WORKFLOW_SEQUENCE"),
        (k + "search", {"index": "c11_search", "body": {"query": {"mach": {}}}}, "os_.search(index='c11_search', body={'query': {'mach': {}}})", "PARAMETER_FORMAT"),
        (k + "index_document", {"index": "c11_locked"}, "os_.index(index='c11_locked', body={'a': 1})", "read_only"),
        (k + "search", {"index": "c11_broken"}, "os_.search(index='c11_broken')", "server_error"),
        (k + "info", {"port": C}, f"OpenSearch(hosts=[{{'host': '127.0.0.1', 'port': {C}}}], max_retries=0).info()", "network"),
        (k + "info", {"url_prefix": "es-auth"}, f"OpenSearch(hosts=[{{'host': '127.0.0.1', 'port': {HTTP_PORT}}}], url_prefix='es-auth').info()", "MISSING_PREREQUISITE"),
    ], pre=pre)
    sock = box.path("run", "docker.sock")
    pre = f"import docker\nD = docker.DockerClient(base_url='tcp://127.0.0.1:{HTTP_PORT}', version='1.45', timeout=3)"
    k = "docker_py_sdk_"
    drive(run, box, "docker", "py", [
        (k + "from_env", {"DOCKER_HOST": f"unix://{sock}"}, "docker.from_env()", "daemon_down"),
        (k + "client", {"base_url": f"tcp://127.0.0.1:{C}"}, f"docker.DockerClient(base_url='tcp://127.0.0.1:{C}')", "network"),
        (k + "client", {"base_url": "htp://127.0.0.1:2375"}, "docker.DockerClient(base_url='htp://127.0.0.1:2375', version='1.45')", "PARAMETER_FORMAT"),
        (k + "containers_get", {"container": "c11_missing"}, "D.containers.get('c11_missing')", "INCORRECT_PARAMETER"),
        (k + "containers_create", {"image": "nginx", "name": "c11_web"}, "D.containers.create('nginx', name='c11_web')", "WORKFLOW_SEQUENCE"),
        (k + "containers_create", {"image": "c11/none", "name": "c11_new"}, "D.containers.create('c11/none', name='c11_new')", "INCORRECT_PARAMETER"),
        (k + "images_pull", {"repository": "c11/app"}, "D.images.pull('c11/app', tag='latest')", "INCORRECT_PARAMETER"),
        (k + "api_exec_create", {"container": "c11_stopped", "cmd": "ls"}, "D.api.exec_create('c11_stopped', 'ls')", "WORKFLOW_SEQUENCE"),
        (k + "api_remove_container", {"container": "c11_web"}, "D.api.remove_container('c11_web')", "WORKFLOW_SEQUENCE"),
        (k + "networks_create", {"name": "c11_net"}, "D.networks.create('c11_net')", "WORKFLOW_SEQUENCE"),
        (k + "volumes_get", {"volume": "c11_data"}, "D.volumes.get('c11_data')", "INCORRECT_PARAMETER"),
        (k + "containers_run", {"image": "nginx", "ports": {"80/tcp": "eighty"}}, "D.containers.run('nginx', ports={'80/tcp': 'eighty'}, detach=True)", "PARAMETER_FORMAT"),
    ], pre=pre, env={"DOCKER_HOST": f"unix://{sock}"})
    pre = (f"from kubernetes import client, config\ncfg = client.Configuration(); cfg.host = '{H}/k8s'\n"
           "v1 = client.CoreV1Api(client.ApiClient(cfg))")
    k = "kubernetes_client_"
    drive(run, box, "kubernetes", "py", [
        (k + "load_kube_config", {"config_file": box.path("kube", "config")}, "config.load_kube_config()", "MISSING_PREREQUISITE"),
        (k + "load_incluster_config", {}, "config.load_incluster_config()", "MISSING_PREREQUISITE"),
        (k + "read_namespaced_pod", {"name": "c11-web", "namespace": "default"}, "v1.read_namespaced_pod('c11-web', 'default')", "INCORRECT_PARAMETER"),
        (k + "list_namespaced_pod", {"namespace": "forbidden"}, "v1.list_namespaced_pod('forbidden')", "permission"),
        (k + "create_namespaced_config_map", {"name": "c11-settings"}, "v1.create_namespaced_config_map('default', client.V1ConfigMap(metadata=client.V1ObjectMeta(name='c11-settings')))", "WORKFLOW_SEQUENCE"),
        (k + "read_namespaced_pod", {"name": None, "namespace": "default"}, "v1.read_namespaced_pod(None, 'default')", "MISSING_PARAMETER"),
        (k + "v1_container", {"name": None, "image": "nginx"}, "client.V1Container(name=None, image='nginx')", "MISSING_PARAMETER"),
        (k + "list_namespaced_pod", {"host": f"http://127.0.0.1:{C}"}, f"c = client.Configuration(); c.host = 'http://127.0.0.1:{C}'; c.retries = 0\nclient.CoreV1Api(client.ApiClient(c)).list_namespaced_pod('default')", "network"),
        (k + "list_namespaced_pod", {"host": HS}, f"c = client.Configuration(); c.host = '{HS}/k8s'; c.retries = 0\nclient.CoreV1Api(client.ApiClient(c)).list_namespaced_pod('default')", "tls"),
        (k + "read_namespaced_pod", {"unknown_kwarg": "watch_timeout"}, "v1.read_namespaced_pod('c11-web', 'default', watch_timeout=3)", "INCORRECT_PARAMETER"),
    ], pre=pre, env={"KUBECONFIG": box.path("kube", "config")})


def security_group(run: Run, box: Sandbox) -> None:
    box.sh(f"openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out {box.path('rsa.pem')} 2>/dev/null; "
           f"openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -aes256 -pass pass:s3cret -out {box.path('enc.pem')} 2>/dev/null; "
           f"openssl genpkey -algorithm ed25519 -out {box.path('ed.pem')} 2>/dev/null; echo notes > {box.path('notes.txt')}", check=False)
    rsa, enc, ed, notes = (box.path(p) for p in ("rsa.pem", "enc.pem", "ed.pem", "notes.txt"))
    pre = "import jwt, time\nTOK = jwt.encode({'sub': 'agent', 'aud': 'c11-web', 'iss': 'c11-idp', 'exp': 1000}, 'k' * 32, algorithm='HS256')\nOK = jwt.encode({'sub': 'agent', 'aud': 'c11-web', 'iss': 'c11-idp'}, 'k' * 32, algorithm='HS256')"
    k = "pyjwt_"
    drive(run, box, "pyjwt", "py", [
        (k + "decode", {"token": "expired", "algorithms": ["HS256"]}, "jwt.decode(TOK, 'k' * 32, algorithms=['HS256'], audience='c11-web')", "auth"),
        (k + "decode", {"key": "wrong"}, "jwt.decode(OK, 'w' * 32, algorithms=['HS256'], audience='c11-web')", "auth"),
        (k + "decode", {"token": "not.a.token"}, "jwt.decode('not.a.token', 'k' * 32, algorithms=['HS256'])", "PARAMETER_FORMAT"),
        (k + "decode", {"token": "abc"}, "jwt.decode('abc', 'k' * 32, algorithms=['HS256'])", "PARAMETER_FORMAT"),
        (k + "decode", {"algorithms": None}, "jwt.decode(OK, 'k' * 32)", "MISSING_PARAMETER"),
        (k + "encode", {"algorithm": "HS257"}, "jwt.encode({'sub': 'a'}, 'k' * 32, algorithm='HS257')", "INCORRECT_PARAMETER"),
        (k + "decode", {"audience": "c11-api"}, "jwt.decode(OK, 'k' * 32, algorithms=['HS256'], audience='c11-api')", "INCORRECT_PARAMETER"),
        (k + "decode", {"issuer": "c11-other"}, "jwt.decode(OK, 'k' * 32, algorithms=['HS256'], audience='c11-web', issuer='c11-other')", "INCORRECT_PARAMETER"),
        (k + "decode", {"require": ["exp"]}, "jwt.decode(OK, 'k' * 32, algorithms=['HS256'], audience='c11-web', options={'require': ['exp']})", "MISSING_PARAMETER"),
        (k + "encode", {"algorithm": "RS256", "key": "a shared secret"}, "jwt.encode({'sub': 'a'}, 'a shared secret', algorithm='RS256')", "PARAMETER_FORMAT"),
        (k + "encode", {"algorithm": "HS256", "key": rsa}, f"jwt.encode({{'sub': 'a'}}, open('{rsa}').read(), algorithm='HS256')", "INCORRECT_PARAMETER"),
        (k + "encode", {"iat": "today"}, "t = jwt.encode({'sub': 'a', 'iat': 'today'}, 'k' * 32)\njwt.decode(t, 'k' * 32, algorithms=['HS256'])", "PARAMETER_FORMAT"),
        (k + "jwk_client_get_signing_key", {"uri": f"http://127.0.0.1:{C}/.well-known/jwks.json"}, f"jwt.PyJWKClient('http://127.0.0.1:{C}/.well-known/jwks.json', timeout=2).get_signing_key_from_jwt(OK)", "network"),
        (k + "jwk_client_get_signing_key", {"uri": f"{H}/s/404/jwks.json"}, f"jwt.PyJWKClient('{H}/s/404/jwks.json', timeout=2).get_signing_key_from_jwt(OK)", "INCORRECT_PARAMETER"),
    ], pre=pre)
    pre = "from cryptography.fernet import Fernet\nfrom cryptography.hazmat.primitives import serialization, hashes\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\nfrom cryptography.hazmat.primitives.asymmetric import rsa\nfrom cryptography import x509"
    k = "cryptography_"
    drive(run, box, "cryptography", "py", [
        (k + "fernet_key", {"key": "short"}, "Fernet(b'short')", "PARAMETER_FORMAT"),
        (k + "load_pem_private_key", {"path": notes}, f"serialization.load_pem_private_key(open('{notes}', 'rb').read(), None)", "WRONG_TOOL_SELECTION"),
        (k + "load_pem_private_key", {"path": enc, "password": None}, f"serialization.load_pem_private_key(open('{enc}', 'rb').read(), None)", "MISSING_PARAMETER"),
        (k + "load_pem_private_key", {"path": enc, "password": "wrong"}, f"serialization.load_pem_private_key(open('{enc}', 'rb').read(), b'wrong')", "auth"),
        (k + "load_pem_private_key", {"path": rsa, "password": "s3cret"}, f"serialization.load_pem_private_key(open('{rsa}', 'rb').read(), b's3cret')", "INCORRECT_PARAMETER"),
        (k + "load_pem_x509_certificate", {"path": rsa}, f"x509.load_pem_x509_certificate(open('{rsa}', 'rb').read())", "WRONG_TOOL_SELECTION"),
        (k + "rsa_generate_private_key", {"key_size": 512}, "rsa.generate_private_key(public_exponent=65537, key_size=512)", "INCORRECT_PARAMETER"),
        (k + "aesgcm_key", {"key_bytes": 10}, "AESGCM(b'x' * 10)", "PARAMETER_FORMAT"),
        (k + "hash", {"algorithm": "sha256"}, "hashes.Hash('sha256')", "PARAMETER_FORMAT"),
        (k + "cipher_cbc", {"iv_bytes": 8}, "Cipher(algorithms.AES(b'k' * 32), modes.CBC(b'i' * 8)).encryptor()", "PARAMETER_FORMAT"),
        (k + "hash_finalize", {"calls": 2}, "h = hashes.Hash(hashes.SHA256()); h.finalize(); h.finalize()", "WORKFLOW_SEQUENCE"),
        (k + "certificate_builder_sign", {"subject": None}, f"k = serialization.load_pem_private_key(open('{rsa}', 'rb').read(), None)\nx509.CertificateBuilder().sign(k, hashes.SHA256())", "MISSING_PARAMETER"),
        (k + "load_pem_private_key", {"path": "keys/c11-deploy.pem"}, "serialization.load_pem_private_key(open('keys/c11-deploy.pem', 'rb').read(), None)", "INCORRECT_PARAMETER"),
    ], pre=pre)
    pre = "import paramiko\nS = paramiko.SSHClient(); S.set_missing_host_key_policy(paramiko.AutoAddPolicy())"
    k = "paramiko_"
    drive(run, box, "paramiko", "py", [
        (k + "ssh_connect", {"port": C}, f"S.connect('127.0.0.1', port={C}, username='agent', timeout=2)", "network"),
        (k + "ssh_connect", {"host": NOHOST}, f"S.connect('{NOHOST}', username='agent', timeout=2)", "dns"),
        (k + "ssh_connect", {"port": RESET_PORT}, f"S.connect('127.0.0.1', port={RESET_PORT}, username='agent', timeout=2)", "network"),
        (k + "ssh_connect", {"port": HANG_PORT}, f"S.connect('127.0.0.1', port={HANG_PORT}, username='agent', timeout=2, banner_timeout=2)", "timeout"),
        (k + "ssh_connect", {"port": HTTP_PORT}, f"S.connect('127.0.0.1', port={HTTP_PORT}, username='agent', timeout=2, banner_timeout=2)", "WRONG_TOOL_SELECTION"),
        (k + "rsa_key_from_file", {"path": "keys/id_c11"}, "paramiko.RSAKey.from_private_key_file('keys/id_c11')", "INCORRECT_PARAMETER"),
        (k + "rsa_key_from_file", {"path": ed}, f"paramiko.RSAKey.from_private_key_file('{ed}')", "WRONG_TOOL_SELECTION"),
        (k + "rsa_key_from_file", {"path": enc, "password": None}, f"paramiko.RSAKey.from_private_key_file('{enc}')", "MISSING_PARAMETER"),
        (k + "sftp_open", {"connected": False}, "S.open_sftp()", "WORKFLOW_SEQUENCE"),
    ], pre=pre)
    pre = ("from ldap3 import Server, Connection, MOCK_SYNC, ALL, BASE, MODIFY_REPLACE\n"
           "srv = Server('c11-ldap')\nL = Connection(srv, user='cn=admin,dc=c11,dc=example', password='s3cret', client_strategy=MOCK_SYNC, raise_exceptions=True)\n"
           "L.strategy.add_entry('cn=admin,dc=c11,dc=example', {'userPassword': 's3cret', 'sn': 'admin'})\n"
           "L.strategy.add_entry('ou=people,dc=c11,dc=example', {'objectClass': 'organizationalUnit'})\nL.bind()")
    k = "ldap3_"
    drive(run, box, "ldap3", "py", [
        (k + "connect", {"host": "127.0.0.1", "port": C}, f"Connection(Server('127.0.0.1', port={C}, connect_timeout=2), auto_bind=True)", "network"),
        (k + "connect", {"host": NOHOST}, f"Connection(Server('{NOHOST}', connect_timeout=2), auto_bind=True)", "dns"),
        (k + "bind", {"user": "cn=admin,dc=c11,dc=example", "password": "wrong"}, "Connection(srv, user='cn=admin,dc=c11,dc=example', password='wrong', client_strategy=MOCK_SYNC, raise_exceptions=True).bind()", "auth"),
        (k + "search", {"filter": "objectClass=*"}, "L.search('dc=c11,dc=example', 'objectClass=*')", "PARAMETER_FORMAT"),
        (k + "search", {"search_scope": "TREE"}, "L.search('dc=c11,dc=example', '(objectClass=*)', search_scope='TREE')", "INCORRECT_PARAMETER"),
        (k + "search", {"search_base": "ou=groups,dc=c11,dc=example"}, "L.search('ou=groups,dc=c11,dc=example', '(objectClass=*)')", "INCORRECT_PARAMETER"),
        (k + "add", {"dn": "ou=people,dc=c11,dc=example"}, "L.add('ou=people,dc=c11,dc=example', 'organizationalUnit')", "WORKFLOW_SEQUENCE"),
        (k + "add", {"dn": "people at c11"}, "L.add('people at c11', 'organizationalUnit')", "PARAMETER_FORMAT"),
        (k + "modify", {"changes": {"sn": "x"}}, "L.modify('cn=admin,dc=c11,dc=example', {'sn': 'x'})", "PARAMETER_FORMAT"),
        (k + "delete", {"dn": "cn=ghost,dc=c11,dc=example"}, "L.delete('cn=ghost,dc=c11,dc=example')", "INCORRECT_PARAMETER"),
    ], pre=pre)


def validation_group(run: Run, box: Sandbox) -> None:
    pre = "import jsonschema\nfrom jsonschema import validate, FormatChecker\nS = {'type': 'object', 'required': ['name'], 'additionalProperties': False, 'properties': {'name': {'type': 'string', 'maxLength': 8, 'pattern': '^[a-z-]+$'}, 'port': {'type': 'integer', 'minimum': 1}, 'env': {'enum': ['dev', 'prod']}, 'day': {'type': 'string', 'format': 'date'}, 'tags': {'type': 'array', 'minItems': 1}}}"
    k = "jsonschema_validate_"
    drive(run, box, "jsonschema", "py", [
        (k + "config", {"instance": {"name": "web", "port": "80"}}, "validate({'name': 'web', 'port': '80'}, S)", "PARAMETER_FORMAT"),
        (k + "config", {"instance": {"port": 80}}, "validate({'port': 80}, S)", "MISSING_PARAMETER"),
        (k + "config", {"instance": {"name": "web", "env": "prod2"}}, "validate({'name': 'web', 'env': 'prod2'}, S)", "INCORRECT_PARAMETER"),
        (k + "config", {"instance": {"name": "web", "colour": "red"}}, "validate({'name': 'web', 'colour': 'red'}, S)", "INCORRECT_PARAMETER"),
        (k + "config", {"instance": {"name": "Web_App"}}, "validate({'name': 'Web_App'}, S)", "PARAMETER_FORMAT"),
        (k + "config", {"instance": {"name": "web", "port": 0}}, "validate({'name': 'web', 'port': 0}, S)", "INCORRECT_PARAMETER"),
        (k + "config", {"instance": {"name": "web-frontend-x"}}, "validate({'name': 'web-frontend-x'}, S)", "PARAMETER_FORMAT"),
        (k + "config", {"instance": {"name": "web", "day": "2026-13-01"}}, "validate({'name': 'web', 'day': '2026-13-01'}, S, format_checker=FormatChecker())", "PARAMETER_FORMAT"),
        (k + "config", {"instance": {"name": "web", "tags": []}}, "validate({'name': 'web', 'tags': []}, S)", "MISSING_PARAMETER"),
        (k + "schema", {"schema": {"type": "integr"}}, "validate(1, {'type': 'integr'})", "INCORRECT_PARAMETER"),
        (k + "schema", {"schema": {"$ref": "#/definitions/port"}}, "validate(1, {'$ref': '#/definitions/port'})", "INCORRECT_PARAMETER"),
    ], pre=pre)
    pre = "from cerberus import Validator\nSCH = {'name': {'type': 'string', 'required': True}, 'port': {'type': 'integer', 'min': 1}, 'env': {'allowed': ['dev', 'prod']}}\ndef check(doc, schema=SCH):\n    v = Validator(schema)\n    if not v.validate(doc):\n        raise ValueError(v.errors)"
    k = "cerberus_validator_"
    drive(run, box, "cerberus", "py", [
        (k + "validate", {"document": {"name": "web", "port": "80"}}, "check({'name': 'web', 'port': '80'})", "PARAMETER_FORMAT"),
        (k + "validate", {"document": {"port": 80}}, "check({'port': 80})", "MISSING_PARAMETER"),
        (k + "validate", {"document": {"name": "web", "env": "stage"}}, "check({'name': 'web', 'env': 'stage'})", "INCORRECT_PARAMETER"),
        (k + "validate", {"document": {"name": "web", "port": 0}}, "check({'name': 'web', 'port': 0})", "INCORRECT_PARAMETER"),
        (k + "validate", {"document": {"name": "web", "colour": "red"}}, "check({'name': 'web', 'colour': 'red'})", "INCORRECT_PARAMETER"),
        (k + "schema", {"schema": {"port": {"type": "integr"}}}, "check({'port': 1}, {'port': {'type': 'integr'}})", "INCORRECT_PARAMETER"),
        (k + "validate", {"document": [1, 2]}, "check([1, 2])", "PARAMETER_FORMAT"),
    ], pre=pre)
    pre = ("from typing import Literal\nfrom pydantic import BaseModel, ConfigDict, Field, HttpUrl, TypeAdapter\nfrom datetime import date\n"
           "class Deploy(BaseModel):\n    model_config = ConfigDict(extra='forbid')\n    service: str = Field(min_length=1)\n    replicas: int = Field(gt=0)\n    env: Literal['dev', 'prod'] = 'dev'\n    url: HttpUrl | None = None\n    on: date | None = None")
    k = "pydantic_model_validate_"
    drive(run, box, "pydantic", "py", [
        (k + "deploy", {"replicas": "three"}, "Deploy.model_validate({'service': 'web', 'replicas': 'three'})", "PARAMETER_FORMAT"),
        (k + "deploy", {"service": None}, "Deploy.model_validate({'replicas': 2})", "MISSING_PARAMETER"),
        (k + "deploy", {"region": "eu"}, "Deploy.model_validate({'service': 'web', 'replicas': 2, 'region': 'eu'})", "INCORRECT_PARAMETER"),
        (k + "deploy", {"env": "staging"}, "Deploy.model_validate({'service': 'web', 'replicas': 2, 'env': 'staging'})", "INCORRECT_PARAMETER"),
        (k + "deploy", {"replicas": 0}, "Deploy.model_validate({'service': 'web', 'replicas': 0})", "INCORRECT_PARAMETER"),
        (k + "deploy", {"url": "web.internal"}, "Deploy.model_validate({'service': 'web', 'replicas': 1, 'url': 'web.internal'})", "PARAMETER_FORMAT"),
        (k + "deploy", {"on": "next friday"}, "Deploy.model_validate({'service': 'web', 'replicas': 1, 'on': 'next friday'})", "PARAMETER_FORMAT"),
        (k + "deploy", {"service": ""}, "Deploy.model_validate({'service': '', 'replicas': 1})", "MISSING_PARAMETER"),
        (k + "json", {"json": "{'service': 'web'}"}, "Deploy.model_validate_json(\"{'service': 'web'}\")", "PARAMETER_FORMAT"),
        ("pydantic_type_adapter_validate", {"type": "list[int]", "value": "1,2"}, "TypeAdapter(list[int]).validate_python('1,2')", "PARAMETER_FORMAT"),
        ("pydantic_email_str_model", {"field": "EmailStr"}, "from pydantic import EmailStr\nclass U(BaseModel):\n    email: EmailStr", "MISSING_PREREQUISITE"),
    ], pre=pre)
    pre = ("from marshmallow import Schema, fields, validate\nclass Job(Schema):\n    name = fields.Str(required=True)\n    retries = fields.Int()\n"
           "    queue = fields.Str(validate=validate.OneOf(['default', 'high']))\n    owner = fields.Email()\n    priority = fields.Int(validate=validate.Range(min=1, max=10))\n    at = fields.DateTime()")
    k = "marshmallow_schema_load_"
    drive(run, box, "marshmallow", "py", [
        (k + "job", {"retries": "many"}, "Job().load({'name': 'x', 'retries': 'many'})", "PARAMETER_FORMAT"),
        (k + "job", {"name": None}, "Job().load({'retries': 1})", "MISSING_PARAMETER"),
        (k + "job", {"colour": "red"}, "Job().load({'name': 'x', 'colour': 'red'})", "INCORRECT_PARAMETER"),
        (k + "job", {"queue": "urgent"}, "Job().load({'name': 'x', 'queue': 'urgent'})", "INCORRECT_PARAMETER"),
        (k + "job", {"owner": "agent at c11"}, "Job().load({'name': 'x', 'owner': 'agent at c11'})", "PARAMETER_FORMAT"),
        (k + "job", {"priority": 11}, "Job().load({'name': 'x', 'priority': 11})", "INCORRECT_PARAMETER"),
        (k + "job", {"at": "tomorrow 9am"}, "Job().load({'name': 'x', 'at': 'tomorrow 9am'})", "PARAMETER_FORMAT"),
        (k + "job", {"many": True, "data": {"name": "x"}}, "Job(many=True).load({'name': 'x'})", "PARAMETER_FORMAT"),
    ], pre=pre)


def docker_route(req: Request) -> Reply | None:
    p, m = req.path, req.method
    if not p.startswith("/v1.45/"):
        return None
    q = p[6:]
    if q.startswith("/containers/create"):
        if "c11_web" in req.query:
            return Reply(409, J({"message": "Conflict. The container name \"/c11_web\" is already in use by container \"4f2a9c\". You have to remove (or rename) that container to be able to reuse that name."}))
        return Reply(404, J({"message": "No such image: c11/none:latest"}))
    if q.startswith("/images/create"):
        return Reply(404, J({"message": "pull access denied for c11/app, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"}))
    if q.endswith("/exec"):
        return Reply(409, J({"message": "container 4f2a9c is not running"}))
    if m == "DELETE" and q.startswith("/containers/"):
        return Reply(409, J({"message": "cannot remove container \"/c11_web\": container is running: stop the container before removing or force remove"}))
    if q.startswith("/networks/create"):
        return Reply(409, J({"message": "network with name c11_net already exists"}))
    if q.startswith("/volumes/"):
        return Reply(404, J({"message": "get c11_data: no such volume"}))
    if q.startswith("/containers/"):
        return Reply(404, J({"message": "No such container: " + q.split("/")[2]}))
    return Reply(404, J({"message": "page not found"}))


def clis(run: Run, box: Sandbox) -> None:
    d = box.mkdir("cli")
    box.write("cli/Makefile", "build:\n\techo build\n")
    box.write("cli/CMakeLists.txt", "cmake_minimum_required(VERSION 3.10)\nproject(c11 C)\nadd_executable(app main.c)\n")
    box.write("cli/main.c", "int main(void) { return undefined_fn(); }\n")
    box.write("cli/ok.c", "int main(void) { return 0; }\n")
    box.write("cli/App.java", "public class App { public static void main(String[] a) { int x = \"s\"; } }\n")
    box.write("cli/data.json", '{"items": [{"id": 1}]}\n')
    box.write("cli/notes.txt", "alpha\nbeta\n")
    box.write("cli/fix.patch", "--- a/other.txt\n+++ b/other.txt\n@@ -1 +1 @@\n-x\n+y\n")
    box.write("cli/script.pl", "my $x = ;\n")
    box.write("cli/script.tcl", "puts [expr {1 +}]\n")
    box.sh(f"cd {d} && zip -q bundle.zip notes.txt && tar czf bundle.tgz notes.txt && gcc -o okbin ok.c", check=False)
    os.makedirs(box.path("cli", "ro"), exist_ok=True)
    c = [
        ("make_target", {"target": "deploy"}, "make deploy", "INCORRECT_PARAMETER", {}),
        ("make_target", {"file": "Build.mk"}, "make -f Build.mk", "INCORRECT_PARAMETER", {}),
        ("make_target", {"jobs": "many"}, "make -j many build", "PARAMETER_FORMAT", {}),
        ("make_target", {"dir": "sub"}, "make -C sub build", "INCORRECT_PARAMETER", {}),
        ("cmake_configure_project", {"source": "src"}, "cmake -S src -B build", "INCORRECT_PARAMETER", {}),
        ("cmake_configure_project", {"generator": "Ninja Fast"}, "cmake -S . -B build -G 'Ninja Fast'", "INCORRECT_PARAMETER", {}),
        ("cmake_build_dir", {"dir": "out"}, "cmake --build out", "MISSING_PREREQUISITE", {}),
        ("gcc_compile_source", {"file": "main.c"}, "gcc main.c -o app", "INCORRECT_PARAMETER", {}),
        ("gcc_compile_source", {"std": "c33"}, "gcc -std=c33 ok.c -o app", "INCORRECT_PARAMETER", {}),
        ("gcc_compile_source", {"file": "mian.c"}, "gcc mian.c -o app", "INCORRECT_PARAMETER", {}),
        ("gcc_compile_source", {"option": "--optimise"}, "gcc --optimise ok.c -o app", "PARAMETER_FORMAT", {}),
        ("gcc_compile_source", {"lib": "c11missing"}, "gcc ok.c -lc11missing -o app", "MISSING_PREREQUISITE", {}),
        ("gpp_compile", {"file": "notes.txt"}, "g++ notes.txt -o app", "WRONG_TOOL_SELECTION", {"needs": ("g++",)}),
        ("javac_compile_class", {"file": "App.java"}, "javac App.java", "PARAMETER_FORMAT", {"timeout": 60}),
        ("java_run_class", {"class": "Main"}, "java -cp . Main", "INCORRECT_PARAMETER", {"timeout": 60}),
        ("java_run_jar", {"jar": "notes.txt"}, "java -jar notes.txt", "WRONG_TOOL_SELECTION", {"timeout": 60}),
        ("perl_run_script", {"script": "script.pl"}, "perl script.pl", "PARAMETER_FORMAT", {}),
        ("perl_run_module", {"module": "C11::Missing"}, "perl -MC11::Missing -e 1", "MISSING_PREREQUISITE", {}),
        ("tclsh_run_script", {"script": "script.tcl"}, "tclsh script.tcl", "PARAMETER_FORMAT", {}),
        ("erl_eval", {"expr": "lists:c11_nope([])"}, "erl -noshell -eval 'lists:c11_nope([]), halt().'", "INCORRECT_PARAMETER", {"timeout": 40}),
        ("gpg_decrypt_file", {"file": "secret.gpg"}, "gpg --batch --decrypt secret.gpg", "INCORRECT_PARAMETER", {}),
        ("gpg_encrypt_recipient", {"recipient": "ops@c11.example"}, "gpg --batch --encrypt -r ops@c11.example notes.txt", "INCORRECT_PARAMETER", {}),
        ("gpg_verify_file", {"file": "notes.txt"}, "gpg --batch --verify notes.txt", "WRONG_TOOL_SELECTION", {}),
        ("gpg_option", {"option": "--armour-out"}, "gpg --armour-out notes.txt", "PARAMETER_FORMAT", {}),
        ("rsync_copy_tree", {"src": "site/", "dest": "backup/"}, "rsync -a site/ backup/", "INCORRECT_PARAMETER", {}),
        ("rsync_copy_tree", {"dest": f"rsync://127.0.0.1:{C}/c11"}, f"rsync -a notes.txt rsync://127.0.0.1:{C}/c11", "network", {}),
        ("rsync_copy_tree", {"option": "--archiv"}, "rsync --archiv notes.txt /tmp/", "PARAMETER_FORMAT", {}),
        ("zip_add_files", {"files": ["missing.txt"]}, "zip out.zip missing.txt", "INCORRECT_PARAMETER", {}),
        ("unzip_extract", {"archive": "bundle.tgz"}, "unzip bundle.tgz", "WRONG_TOOL_SELECTION", {}),
        ("unzip_extract_member", {"member": "other.txt"}, "unzip bundle.zip other.txt", "INCORRECT_PARAMETER", {}),
        ("xargs_run", {"max_args": "x"}, "echo a | xargs -n x echo", "PARAMETER_FORMAT", {}),
        ("awk_program", {"program": "{print $1"}, "awk '{print $1' notes.txt", "PARAMETER_FORMAT", {}),
        ("sed_expression", {"expr": "s/alpha/beta"}, "sed 's/alpha/beta' notes.txt", "PARAMETER_FORMAT", {}),
        ("find_files_by_mtime", {"mtime": "yesterday"}, "find . -mtime yesterday", "PARAMETER_FORMAT", {}),
        ("find_files_by_type", {"type": "q"}, "find . -type q", "INCORRECT_PARAMETER", {}),
        ("bc_evaluate", {"expr": "2 +* 3"}, "echo '2 +* 3' | bc", "PARAMETER_FORMAT", {"ok": True}),
        ("patch_apply", {"patch": "fix.patch"}, "patch -p1 --batch < fix.patch", "INCORRECT_PARAMETER", {}),
        ("diff_files", {"files": ["notes.txt", "notes2.txt"]}, "diff notes.txt notes2.txt", "INCORRECT_PARAMETER", {}),
        ("xz_decompress_keep", {"file": "notes.txt"}, "xz -d -k -S .txt notes.txt", "WRONG_TOOL_SELECTION", {}),
        ("bzip2_decompress_stdout", {"file": "bundle.zip"}, "bzip2 -dc bundle.zip", "WRONG_TOOL_SELECTION", {}),
        ("lz4_decompress", {"file": "dump.lz4"}, "lz4 -d dump.lz4 out", "INCORRECT_PARAMETER", {}),
        ("jq_filter_file", {"filter": ".items[] | .id |"}, "jq '.items[] | .id |' data.json", "PARAMETER_FORMAT", {}),
        ("jq_filter_file", {"filter": ".items.id"}, "jq '.items.id' data.json", "INCORRECT_PARAMETER", {}),
        ("yq_eval", {"expr": ".a[", "file": "data.json"}, "yq '.a[' data.json", "PARAMETER_FORMAT", {}),
        ("socat_connect", {"address": f"TCP:127.0.0.1:{C}"}, f"socat - TCP:127.0.0.1:{C}", "network", {}),
        ("socat_connect", {"address": "TPC:127.0.0.1:80"}, "socat - TPC:127.0.0.1:80", "PARAMETER_FORMAT", {}),
        ("mosquitto_pub_message", {"topic": "c11/+/x"}, "mosquitto_pub -h 127.0.0.1 -t 'c11/+/x' -m on", "PARAMETER_FORMAT", {}),
        ("mosquitto_pub_message", {"port": C}, f"mosquitto_pub -h 127.0.0.1 -p {C} -t c11/x -m on", "network", {}),
        ("mosquitto_pub_message", {"message": None}, "mosquitto_pub -h 127.0.0.1 -t c11/x", "MISSING_PARAMETER", {}),
        ("mosquitto_sub_topic", {"qos": 4}, "mosquitto_sub -h 127.0.0.1 -t c11/x -q 4 -C 1 -W 1", "INCORRECT_PARAMETER", {}),
        ("mosquitto_sub_topic", {"host": NOHOST}, f"mosquitto_sub -h {NOHOST} -t c11/x -C 1 -W 2", "dns", {}),
        ("rabbitmqctl_list_queues", {"vhost": "c11_vhost"}, "rabbitmqctl list_queues -p c11_vhost", "MISSING_PREREQUISITE", {"timeout": 60}),
        ("rabbitmqctl_delete_queue", {"queue": "c11_missing"}, "rabbitmqctl delete_queue c11_missing", "INCORRECT_PARAMETER", {"timeout": 60}),
        ("rabbitmqctl_command", {"command": "list_queue"}, "rabbitmqctl list_queue", "WRONG_TOOL_SELECTION", {"timeout": 60}),
        ("rabbitmqadmin_list", {"port": C}, f"rabbitmqadmin -P {C} list queues", "network", {"timeout": 30}),
        ("rabbitmqadmin_declare_queue", {"durable": "yes"}, "rabbitmqadmin declare queue name=c11_q durable=yes", "PARAMETER_FORMAT", {"timeout": 30}),
        ("pg_dump_database", {"dbname": "c11_missing"}, "pg_dump -h 127.0.0.1 -U postgres c11_missing", "MISSING_PREREQUISITE", {}),
        ("pg_dump_database", {"table": "c11_orders"}, "pg_dump -h 127.0.0.1 -U postgres -t c11_orders --strict-names test", "INCORRECT_PARAMETER", {}),
        ("pg_dump_database", {"port": C}, f"pg_dump -h 127.0.0.1 -p {C} -U postgres test", "network", {}),
        ("pg_dump_database", {"format": "zip"}, "pg_dump -h 127.0.0.1 -U postgres -F zip test", "INCORRECT_PARAMETER", {}),
        ("pg_restore_archive", {"file": "notes.txt"}, "pg_restore -h 127.0.0.1 -U postgres -d test notes.txt", "WRONG_TOOL_SELECTION", {}),
        ("pg_restore_archive", {"file": "test.dump", "dbname": None}, "pg_restore test.dump", "INCORRECT_PARAMETER", {}),
        ("createdb_new", {"dbname": "test"}, "createdb -h 127.0.0.1 -U postgres test", "WORKFLOW_SEQUENCE", {}),
        ("createdb_new", {"template": "c11_tpl"}, "createdb -h 127.0.0.1 -U postgres -T c11_tpl c11_new", "INCORRECT_PARAMETER", {}),
        ("dropdb_database", {"dbname": "c11_missing"}, "dropdb -h 127.0.0.1 -U postgres c11_missing", "INCORRECT_PARAMETER", {}),
        ("pg_isready_check", {"port": C}, f"pg_isready -h 127.0.0.1 -p {C}", "network", {}),
        ("mariadb_dump_database", {"database": "c11_missing"}, "mariadb-dump -h 127.0.0.1 -u root c11_missing", "MISSING_PREREQUISITE", {}),
        ("mariadb_dump_database", {"user": "c11_ghost"}, "mariadb-dump -h 127.0.0.1 -u c11_ghost -pwrong mysql", "auth", {}),
        ("mariadb_dump_database", {"tables": ["c11_orders"]}, "mariadb-dump -h 127.0.0.1 -u root mysql c11_orders", "INCORRECT_PARAMETER", {}),
        ("mysqladmin_create_db", {"database": "mysql"}, "mysqladmin -h 127.0.0.1 -u root create mysql", "WORKFLOW_SEQUENCE", {}),
        ("mysqladmin_ping", {"socket": box.path("run", "mysqld.sock")}, f"mysqladmin --socket={box.path('run', 'mysqld.sock')} -u root ping", "daemon_down", {}),
        ("sqlite3_dot_command", {"command": ".import missing.csv t"}, "sqlite3 app.db '.import missing.csv t'", "INCORRECT_PARAMETER", {}),
        ("sqlite3_dot_command", {"command": ".tabels"}, "sqlite3 app.db '.tabels'", "WRONG_TOOL_SELECTION", {}),
        ("sqlite3_dot_command", {"command": ".mode jsonl"}, "sqlite3 app.db '.mode jsonl'", "INCORRECT_PARAMETER", {}),
        ("sqlite3_dot_command", {"command": ".read setup.sql"}, "sqlite3 app.db '.read setup.sql'", "INCORRECT_PARAMETER", {}),
        ("gdb_batch_run", {"program": "notes.txt"}, "gdb -batch -ex run notes.txt", "WRONG_TOOL_SELECTION", {"stream": "both"}),
        ("gdb_batch_run", {"program": "app"}, "gdb -batch -ex run ./app", "INCORRECT_PARAMETER", {"stream": "both"}),
        ("valgrind_memcheck", {"program": "./app"}, "valgrind --error-exitcode=1 ./app", "INCORRECT_PARAMETER", {}),
        ("valgrind_memcheck", {"tool": "memchek"}, "valgrind --tool=memchek ./okbin", "INCORRECT_PARAMETER", {}),
        ("readelf_headers", {"file": "notes.txt"}, "readelf -h notes.txt", "WRONG_TOOL_SELECTION", {}),
        ("objdump_disassemble", {"file": "notes.txt"}, "objdump -d notes.txt", "WRONG_TOOL_SELECTION", {}),
        ("strace_trace", {"program": "c11-missing-bin"}, "strace -f c11-missing-bin", "INCORRECT_PARAMETER", {}),
        ("redis_cli_command", {"command": "HGET corpus11:str f"}, "redis-cli -h 127.0.0.1 SET corpus11:str v >/dev/null; redis-cli -h 127.0.0.1 HGET corpus11:str f", "WRONG_TOOL_SELECTION", {"stream": "stdout", "ok": True}),
        ("redis_cli_command", {"command": "INCR corpus11:str"}, "redis-cli -h 127.0.0.1 INCR corpus11:str", "PARAMETER_FORMAT", {"stream": "stdout", "ok": True}),
        ("redis_cli_command", {"command": "EXPIRE corpus11:str soon"}, "redis-cli -h 127.0.0.1 EXPIRE corpus11:str soon", "PARAMETER_FORMAT", {"stream": "stdout", "ok": True}),
        ("zip_add_files", {"out": f"{d}/ro/out.zip"}, f"zip {d}/ro/out.zip notes.txt", "read_only", {"ro_mount": f"{d}/ro"}),
        ("gcc_compile_output", {"out": f"{d}/ro/app"}, f"gcc ok.c -o {d}/ro/app", "read_only", {"ro_mount": f"{d}/ro"}),
        ("make_target_output", {"dir": "/etc"}, "touch /etc/c11-probe", "permission", {"nobody": True}),
        ("rsync_copy_tree", {"dest": "/etc/c11/"}, "rsync -a notes.txt /etc/c11/", "permission", {"nobody": True}),
    ]
    for tool, params, command, label, kw in c:
        cli(run, tool, params, command, label, cwd=d, **kw)


def full_route(req: Request) -> Reply:
    return docker_route(req) or route(req)


GROUPS: list[Callable[[Run, Sandbox], None]] = [mcp_servers, pg_group, mysql_group, sqlalchemy_group, messaging_group,
                                                http_group, security_group, validation_group, clis]


def generate() -> list[Row]:
    with Sandbox("corpus11-") as box, Helpers() as helpers:
        box.env = base_env(box)
        box.mkdir("run")
        box.mkdir("gnupg")
        os.chmod(box.path("gnupg"), 0o700)
        helpers.http(HTTP_PORT, full_route, server_version="corpus11")
        tls = shutil.which("openssl") is not None
        if tls:
            t = box.mkdir("tls")
            helpers.http(TLS_PORT, full_route, tls=self_signed(f"{t}/cert.pem", f"{t}/key.pem", "localhost", 2))
        helpers.hang(SILENT_PORT, accept=False)
        helpers.hang(HANG_PORT, accept=True)
        helpers.reset(RESET_PORT)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro"))}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        try:
            run.groups(GROUPS, os.environ.get("CORPUS_ELEVENTH_ONLY"))
        finally:
            try:
                delete_redis_keys("corpus11")
            except Exception as exc:
                run.note(f"redis clean-up: {exc!r}")
        return run.rows
