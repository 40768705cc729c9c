"""Batch "seventh": a seventh blind batch on tool families the corpus had not covered yet.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch seventh -o tests/corpus/seventh_errors.jsonl``

What is run (every row is a real call made wrongly on this machine; nothing is hand-written):

- ``source: mcp`` -- MCP servers over stdio driven with the ``mcp`` Python client (run by a small
  driver in the tools venv): a FastMCP-built server (``fastmcp``) whose tools validate their
  arguments and raise ``ToolError`` / plain exceptions, and the npm servers
  ``@modelcontextprotocol/server-github``, ``-slack`` and ``-brave-search`` (their own argument
  validation; with no internet here their API calls fail for real: DNS).
- ``source: sdk`` -- Python libraries and SDKs run in a subprocess with the tools venv's
  interpreter; the message is what a tool wrapper returns (``Error: <ExcClass>: <str(exc)>``, or
  the traceback): pandas, numpy, polars, duckdb, pyarrow, sqlite3, requests and httpx against the
  local fake API, grpcio against a local gRPC server answering real status codes, minio against a
  fake S3, celery/kombu against the local Redis (keys ``corpus7:*`` only) and RabbitMQ,
  langchain-core tools, PyJWT, cryptography, paramiko, jinja2, PyYAML, openpyxl, marshmallow,
  msgpack, tomllib.
- ``source: cli`` -- go (Debian golang), php, ruby/gem/rake/erb, lua, tclsh, bc, erlang (erlc,
  escript), tsc, eslint, prettier, esbuild, js-yaml, ajv, markdownlint, vitest, gh, ansible-core
  tools, pre-commit, tox, nox, sqlite-utils, celery, xmllint, shellcheck, yamllint, wget, dig/host,
  socat, openssl subcommands, ssh-keyscan/sftp, zipinfo, gdb/strace/valgrind, systemd-analyze and
  the systemd clients, PostgreSQL/MariaDB/Redis/RabbitMQ/Mosquitto side tools.
- infrastructure variants: uid 65534 in root-owned dirs, read-only bind mounts and tiny tmpfs
  (``unshare -m``), fake servers answering 401/403/429/5xx, never-answering listeners, closed ports,
  a self-signed TLS server, names that do not resolve (no DNS for the internet here).

Local helpers on 127.0.0.1: 47871 HTTP (fake REST API), 47872 the same behind TLS (self-signed),
47873 a listener that never accepts, 47874 one that accepts and never answers, 47875 one that resets
every connection, 47876 a gRPC server (subprocess), 47877 a fake S3, 47879 a closed port.

The tools live outside the project: ``CORPUS_SEVENTH_TOOLS`` (default ``.corpus-tools/seventh`` under the checkout, as sixth)
holding ``venv/`` (pip install -r tests/corpus/batches/seventh_requirements.txt) and ``node/``
(npm install with seventh_package.json).  A family whose tools are missing is skipped with a note.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
import re
import shlex
import shutil
import subprocess
import textwrap
import time
from typing import Any, Callable, Mapping

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, make_row
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import Sandbox, can_setpriv, can_unshare, tool_env
from tests.corpus.harness.servers import Helpers, J, NGINX_502, Reply, Request, delete_redis_keys, port_open, self_signed

NAME = "seventh"
ALIAS = "/tmp/corpus7"
(HTTP_PORT, TLS_PORT, SILENT_PORT, HANG_PORT, RESET_PORT, GRPC_PORT, S3_PORT, _SPARE, CLOSED_PORT) = range(47871, 47880)
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
TOOLS = os.environ.get("CORPUS_SEVENTH_TOOLS", str(Path(__file__).resolve().parents[3] / ".corpus-tools" / "seventh"))
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
NODE_BIN = os.path.join(TOOLS, "node", "node_modules", ".bin")
SDK_PY = os.path.join(VENV_BIN, "python")
PREFIX = "corpus7"


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(r"^npm (?:error|ERR!) A complete log of this run can be found in:.*$\n?", re.M), ""),
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(r"created_time:\"[^\"]*\""), 'created_time:"2026-12-01T00:00:00+00:00"'),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
        (re.compile(r"\bpid[ =]\d+"), "pid 4242"),
        (re.compile(r"^\d{10}: ", re.M), "1733050000: "),
        (re.compile(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d socat\[\d+\]", re.M), "2026/12/01 00:00:00 socat[4242]"),
        (re.compile(r"--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--"), "--2026-12-01 00:00:00--"),
        (re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ERROR", re.M), "2026-12-01 00:00:00 ERROR"),
        (re.compile(r"/tmp/go-build\d+/"), "/tmp/go-build0000000000/"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780)


def base_env(box: Sandbox) -> dict[str, str]:
    return {
        **tool_env(box, "agent@corpus7.example", path_prefix=f"{VENV_BIN}:{NODE_BIN}"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "GOFLAGS": "-mod=mod",
        "GOPATH": box.path("gopath"),
        "GOCACHE": box.path("gocache"),
        "GOTOOLCHAIN": "local",
        "GOPROXY": "off",
        "GH_NO_UPDATE_NOTIFIER": "1",
        "GH_PROMPT_DISABLED": "1",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_LOCALHOST_WARNING": "False",
        "ANSIBLE_INVENTORY_UNPARSED_WARNING": "False",
        "PRE_COMMIT_HOME": box.path("pre-commit-home"),
        "VITEST_SEGFAULT_RETRY": "0",
        "CI": "1",
        "GRPC_VERBOSITY": "NONE",
    }



# ---------------------------------------------------------------------------
# local fake services
# ---------------------------------------------------------------------------


# path -> (status, headers, body); a prefix match for keys ending in "/"
ROUTES: dict[str, tuple[int, dict[str, str], str]] = {
    "/api/v2/items/": (404, {}, J({"detail": "Item not found"})),
    "/api/v2/me": (401, {"WWW-Authenticate": 'Bearer error="invalid_token", error_description="The access token expired"'},
                   J({"error": "invalid_token", "error_description": "The access token expired"})),
    "/api/v2/admin/users": (403, {}, J({"detail": "You do not have permission to perform this action."})),
    "/api/v2/search": (429, {"Retry-After": "30", "X-RateLimit-Remaining": "0"},
                       J({"message": "API rate limit exceeded for 127.0.0.1. Try again in 30 seconds."})),
    "/api/v2/reports/daily": (500, {}, J({"error": "Internal Server Error", "trace_id": "7f3a9c"})),
    "/api/v2/gateway": (502, {"Content-Type": "text/html"}, NGINX_502),
    "/api/v2/status": (503, {"Retry-After": "120"}, J({"status": "unavailable", "message": "Service Unavailable: scheduled maintenance"})),
    "/api/v2/orders": (422, {}, J({"detail": [{"type": "missing", "loc": ["body", "quantity"], "msg": "Field required",
                                               "input": {"sku": "SKU-7"}}]})),
    "/api/v2/shipments": (400, {}, J({"error": "invalid_date", "message": "ship_date must be an ISO 8601 date (YYYY-MM-DD), got '12/24/2026'"})),
    "/api/v2/users": (409, {}, J({"error": "conflict", "message": "A user with email ada@example.com already exists"})),
    "/api/v2/exports": (403, {}, J({"error": {"code": 403, "message": "Quota exceeded for quota metric 'Export requests' and limit 'Export requests per day' of service 'api.corpus7.example'.", "status": "RESOURCE_EXHAUSTED"}})),
    "/api/v2/legacy": (410, {}, J({"message": "This endpoint was removed in API v2; use /api/v3/records"})),
    "/api/v2/upload": (413, {"Content-Type": "text/html"}, "<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>"),
    "/files/": (404, {"Content-Type": "text/html"}, "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>"),
    "/private/": (401, {"WWW-Authenticate": 'Basic realm="corpus7 downloads"'}, "Unauthorized"),
    "/forbidden/": (403, {"Content-Type": "text/html"}, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>"),
    "/boom/": (500, {"Content-Type": "text/html"}, "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>"),
    "/maint/": (503, {"Content-Type": "text/html"}, "<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>"),
    "/big.bin": (200, {"Content-Type": "application/octet-stream"}, "x" * 300000),
    "/html/page": (200, {"Content-Type": "text/html"}, "<!doctype html><html><body><h1>Welcome</h1></body></html>"),
}


def route(req: Request) -> Reply:
    path = req.path
    if path.startswith("/slow"):
        time.sleep(6)
    hit = ROUTES.get(path)
    if hit is None:
        prefixes = [p for p in ROUTES if p.endswith("/") and path.startswith(p)]
        hit = ROUTES[max(prefixes, key=len)] if prefixes else None
    if hit is None:
        return Reply(404, J({"detail": "Not Found"}), "application/json")
    status, headers, body = hit
    ctype = headers.get("Content-Type") or ("application/json" if body[:1] in "{[" else "text/plain")
    return Reply(status, body, ctype, {k: v for k, v in headers.items() if k != "Content-Type"})


def s3_xml(code: str, message: str, resource: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>%s</Code><Message>%s</Message><Resource>%s</Resource>'
            '<RequestId>17E3C0A1B2C3D4E5</RequestId><HostId>dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8</HostId></Error>'
            % (code, message, resource))


S3_BUCKETS: dict[str, tuple[int, str, str]] = {
    "missing-bucket": (404, "NoSuchBucket", "The specified bucket does not exist"),
    "locked": (403, "AccessDenied", "Access Denied."),
    "busy": (503, "SlowDown", "Please reduce your request rate."),
    "broken": (500, "InternalError", "We encountered an internal error, please try again."),
    "quota": (507, "XMinioStorageFull", "Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed."),
}


def s3_route(req: Request) -> Reply:
    parts = req.path.lstrip("/").split("/", 1)
    bucket, key = parts[0], (parts[1] if len(parts) > 1 else "")
    auth = req.headers.get("Authorization") or ""
    xml = "application/xml"
    if "Credential=BADKEY" in auth:
        return Reply(403, s3_xml("InvalidAccessKeyId", "The Access Key Id you provided does not exist in our records.", req.path), xml)
    if "Credential=WRONGSECRET" in auth:
        return Reply(403, s3_xml("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.", req.path), xml)
    if "location" in req.query and req.method == "GET" and bucket not in S3_BUCKETS:
        return Reply(200, '<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"></LocationConstraint>', xml)
    if bucket in S3_BUCKETS:
        status, code, msg = S3_BUCKETS[bucket]
        return Reply(status, s3_xml(code, msg, req.path), xml)
    if req.method == "PUT" and not key and bucket == "reports":
        return Reply(409, s3_xml("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", req.path), xml)
    if req.method == "DELETE" and not key and bucket == "reports":
        return Reply(409, s3_xml("BucketNotEmpty", "The bucket you tried to delete is not empty", req.path), xml)
    if key:
        return Reply(404, s3_xml("NoSuchKey", "The specified key does not exist.", req.path), xml)
    return Reply(200, '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>%s</Name></ListBucketResult>' % bucket, xml)


GRPC_SERVER = r'''
import sys, time
from concurrent import futures
import grpc
S = grpc.StatusCode
METHODS = {
    "GetUser": (S.NOT_FOUND, "user 'u-4821' not found"),
    "CreateUser": (S.INVALID_ARGUMENT, "invalid email address: 'ada@'"),
    "RegisterUser": (S.ALREADY_EXISTS, "user with email 'ada@example.com' already exists"),
    "ShipOrder": (S.FAILED_PRECONDITION, "order 'o-77' must be paid before it can be shipped (state: PENDING_PAYMENT)"),
    "ListOrders": (S.OUT_OF_RANGE, "page_token points past the last page (page 40 of 3)"),
    "UpdateUser": (S.INVALID_ARGUMENT, "field_mask contains unknown path 'profile.nickname'"),
    "DeleteUser": (S.PERMISSION_DENIED, "caller 'svc-reporting' lacks permission 'users.delete' on resource 'users/u-12'"),
    "Whoami": (S.UNAUTHENTICATED, "Request had invalid authentication credentials. Expected OAuth 2 access token."),
    "Export": (S.RESOURCE_EXHAUSTED, "Quota exceeded for 'exports per day' (limit 100)"),
    "Search": (S.RESOURCE_EXHAUSTED, "rate limit exceeded: 50 requests per second, retry after 1s"),
    "Report": (S.INTERNAL, "internal error: panic in report builder"),
    "Health": (S.UNAVAILABLE, "upstream connect error or disconnect/reset before headers. reset reason: connection termination"),
    "Charge": (S.INVALID_ARGUMENT, "amount_cents is required"),
    "Archive": (S.ABORTED, "concurrent modification of 'projects/p-9': etag mismatch, re-read and retry"),
}
class H(grpc.GenericRpcHandler):
    def service(self, details):
        name = details.method.rsplit("/", 1)[-1]
        if name == "Slow":
            def slow(req, ctx):
                time.sleep(5)
                return b""
            return grpc.unary_unary_rpc_method_handler(slow)
        if name not in METHODS:
            return None
        code, msg = METHODS[name]
        def abort(req, ctx):
            ctx.abort(code, msg)
        return grpc.unary_unary_rpc_method_handler(abort)
srv = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
srv.add_generic_rpc_handlers((H(),))
srv.add_insecure_port("127.0.0.1:%s" % sys.argv[1])
srv.start()
print("ready", flush=True)
srv.wait_for_termination()
'''


def start_helpers(helpers: Helpers, box: Sandbox) -> bool:
    helpers.http(HTTP_PORT, route, server_version="corpus7")
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.hang(HANG_PORT, accept=True)
    helpers.reset(RESET_PORT)
    helpers.http(S3_PORT, s3_route, server_version="MinIO")
    return tls


def start_grpc(box: Sandbox) -> subprocess.Popen[bytes] | None:
    if not os.path.exists(SDK_PY):
        return None
    path = box.write("grpc_server.py", GRPC_SERVER)
    proc = subprocess.Popen([SDK_PY, path, str(GRPC_PORT)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc


# ---------------------------------------------------------------------------
# SDK calls (a subprocess per call, with the tools venv's interpreter)
# ---------------------------------------------------------------------------

SDK_TEMPLATE = """import sys, traceback
try:
{body}
except Exception as exc:
    {report}
    sys.exit(1)
"""
REPORT_SHORT = 'print(f"Error: {type(exc).__name__}: {exc}", file=sys.stderr)'
REPORT_TB = "traceback.print_exc()"


def sdk(run: Run, tool: str, params: Mapping[str, Any], body: str, label: str, *, tb: bool = False,
        timeout: float = 40, pre: str = "", **kw: Any) -> Row | None:
    """Runs ``pre + body`` (an SDK call made wrongly); the shown command is ``python -c <body>``."""
    body = textwrap.dedent(body).strip()
    full = (textwrap.dedent(pre).strip() + "\n" + body).strip()
    code = SDK_TEMPLATE.format(body=textwrap.indent(full, "    "), report=REPORT_TB if tb else REPORT_SHORT)
    env = {"PYTHONWARNINGS": "ignore", **kw.pop("env", {})}
    row = run.case(tool, params, [SDK_PY, "-c", code], label, display="python -c " + shlex.quote(run.normaliser.path(full)),
                   timeout=timeout, env=env, **kw)
    if row is not None:
        row["source"] = "sdk"
    return row


def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    return run.case(tool, params, command, label, **kw)


# ---------------------------------------------------------------------------
# data stack: pandas, numpy, polars, duckdb, pyarrow, sqlite3
# ---------------------------------------------------------------------------

def data_files(box: Sandbox) -> str:
    d = box.mkdir("data")
    box.write(f"{d}/sales.csv", "order_id,region,total,order_date\n1,eu,10.50,2026-01-03\n2,us,ten,2026-13-01\n3,apac,7.25,2026-02-11\n")
    box.write(f"{d}/ragged.csv", "id,name\n1,ada\n2,grace,extra\n3,linus\n")
    box.write(f"{d}/customers.json", '[{"id": 1, "name": "ada"}, {"id": 2, "name": "grace"}\n')
    box.write(f"{d}/events.jsonl", '{"id": 1}\n{"id": 2}\n')
    box.write(f"{d}/config.yaml", "service: checkout\nreplicas: 3\n")
    box.write(f"{d}/notes.txt", "just some text\n")
    box.write(f"{d}/archive.tar.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 60)
    box.sh(f"cd {d} && printf 'id,total\\n1,5\\n' > a.csv && zip -q bundle.zip a.csv")
    os.makedirs(f"{d}/exports", exist_ok=True)
    box.write(f"{d}/secret.csv", "id\n1\n", mode=0o600)
    box.sh(f"chmod 700 {d}/exports")
    return d


def data_sdk_cases(run: Run, box: Sandbox) -> None:
    d = data_files(box)
    a = ALIAS + "/data"
    pd = "import pandas as pd\n"
    df = pd + f"df = pd.read_csv('{d}/sales.csv')\n"
    s = lambda tool, params, body, label, **kw: sdk(run, tool, params, body, label, **kw)  # noqa: E731
    s("pandas_read_csv", {"path": f"{a}/sale.csv"}, pd + f"pd.read_csv('{d}/sale.csv')", "INCORRECT_PARAMETER")
    s("pandas_read_csv", {"path": f"{a}/ragged.csv"}, pd + f"pd.read_csv('{d}/ragged.csv')", "PARAMETER_FORMAT")
    s("pandas_read_csv", {"path": f"{a}/sales.csv", "usecols": ["order_id", "amount"]},
      pd + f"pd.read_csv('{d}/sales.csv', usecols=['order_id', 'amount'])", "INCORRECT_PARAMETER")
    s("pandas_read_csv", {"path": f"{a}/sales.csv", "dtype": {"total": "float64"}},
      pd + f"pd.read_csv('{d}/sales.csv', dtype={{'total': 'float64'}})", "PARAMETER_FORMAT")
    s("pandas_read_csv", {"path": f"{a}/archive.tar.gz"}, pd + f"pd.read_csv('{d}/archive.tar.gz')", "WRONG_TOOL_SELECTION")
    s("pandas_read_csv", {"path": f"{a}/sales.csv", "sep": ";", "index_col": "order_id"},
      pd + f"pd.read_csv('{d}/sales.csv', sep=';', index_col='order_id')", "INCORRECT_PARAMETER")
    s("pandas_read_csv", {"path": f"{a}/sales.csv", "on_bad_lines": "ignore"},
      pd + f"pd.read_csv('{d}/sales.csv', on_bad_lines='ignore')", "INCORRECT_PARAMETER")
    s("pandas_read_json", {"path": f"{a}/customers.json"}, pd + f"pd.read_json('{d}/customers.json')", "PARAMETER_FORMAT")
    s("pandas_read_json", {"path": f"{a}/events.jsonl"}, pd + f"pd.read_json('{d}/events.jsonl')", "PARAMETER_FORMAT")
    s("pandas_read_excel", {"path": f"{a}/sales.csv"}, pd + f"pd.read_excel('{d}/sales.csv')", "WRONG_TOOL_SELECTION")
    s("pandas_read_parquet", {"path": f"{a}/sales.csv"}, pd + f"pd.read_parquet('{d}/sales.csv')", "WRONG_TOOL_SELECTION")
    s("pandas_column", {"column": "amount"}, df + "df['amount']", "INCORRECT_PARAMETER", tb=True)
    s("pandas_groupby", {"by": "country"}, df + "df.groupby('country').sum()", "INCORRECT_PARAMETER")
    s("pandas_sort_values", {"by": "date"}, df + "df.sort_values('date')", "INCORRECT_PARAMETER")
    s("pandas_merge", {"on": "customer_id"}, df + "df.merge(df.copy(), on='customer_id')", "INCORRECT_PARAMETER")
    s("pandas_merge", {"how": "outer_join"}, df + "df.merge(df.copy(), on='order_id', how='outer_join')", "INCORRECT_PARAMETER")
    s("pandas_to_datetime", {"column": "order_date", "format": "%Y-%m-%d"},
      df + "pd.to_datetime(df['order_date'], format='%Y-%m-%d')", "PARAMETER_FORMAT")
    s("pandas_to_datetime", {"value": "next friday"}, pd + "pd.to_datetime('next friday')", "PARAMETER_FORMAT")
    s("pandas_astype", {"column": "total", "dtype": "float"}, df + "df['total'].astype(float)", "PARAMETER_FORMAT")
    s("pandas_astype", {"column": "region", "dtype": "integer32"}, df + "df['region'].astype('integer32')", "INCORRECT_PARAMETER")
    s("pandas_query", {"expr": "total >> 5"}, df + "df.query('total >> 5 and')", "PARAMETER_FORMAT")
    s("pandas_query", {"expr": "amount > 5"}, df + "df.query('amount > 5')", "INCORRECT_PARAMETER")
    s("pandas_loc", {"label": 10}, df + "df.loc[10]", "INCORRECT_PARAMETER")
    s("pandas_iloc", {"index": 10}, df + "df.iloc[10]", "INCORRECT_PARAMETER")
    s("pandas_drop", {"columns": ["discount"]}, df + "df.drop(columns=['discount'])", "INCORRECT_PARAMETER")
    s("pandas_rename", {"columns": {"amount": "total_eur"}, "errors": "raise"},
      df + "df.rename(columns={'amount': 'total_eur'}, errors='raise')", "INCORRECT_PARAMETER")
    s("pandas_set_index", {"keys": "id"}, df + "df.set_index('id')", "INCORRECT_PARAMETER")
    s("pandas_pivot", {"index": "region", "columns": "order_date", "values": "total"},
      df + "pd.concat([df, df]).pivot(index='region', columns='order_date', values='total')", "INCORRECT_PARAMETER")
    s("pandas_concat", {"objs": "df, df"}, df + "pd.concat(df, df)", "PARAMETER_FORMAT")
    s("pandas_resample", {"rule": "M"}, df + "df.resample('M').sum()", "INCORRECT_PARAMETER")
    s("pandas_dataframe", {"data": {"a": [1, 2, 3], "b": [1, 2]}}, pd + "pd.DataFrame({'a': [1, 2, 3], 'b': [1, 2]})", "PARAMETER_FORMAT")
    s("pandas_to_csv", {"path": f"{a}/out/2026/sales.csv"}, df + f"df.to_csv('{d}/out/2026/sales.csv')", "MISSING_PREREQUISITE")
    s("pandas_to_excel", {"path": f"{a}/sales.xlsx", "engine": "xlsxwriter"},
      df + f"df.to_excel('{d}/sales.xlsx', engine='xlsxwriter')", "MISSING_PREREQUISITE")
    s("pandas_read_sql", {"sql": "SELECT * FROM orders", "con": "sqlite3 :memory:"},
      pd + "import sqlite3\npd.read_sql('SELECT * FROM orders', sqlite3.connect(':memory:'))", "INCORRECT_PARAMETER")
    s("pandas_read_sql", {"sql": "SELECT 1", "con": "postgresql://postgres@127.0.0.1/test"},
      pd + "pd.read_sql('SELECT 1', 'postgresql://postgres@127.0.0.1/test')", "MISSING_PREREQUISITE")
    s("pandas_read_html", {"url": f"{H}/html/page"}, pd + f"pd.read_html('{H}/html/page')", "MISSING_PREREQUISITE")
    s("pandas_read_csv", {"path": f"{H}/files/sales-2026.csv"}, pd + f"pd.read_csv('{H}/files/sales-2026.csv')", "INCORRECT_PARAMETER")
    s("pandas_read_csv", {"path": f"{H}/private/sales.csv"}, pd + f"pd.read_csv('{H}/private/sales.csv')", "auth")
    s("pandas_read_csv", {"path": f"{H}/maint/sales.csv"}, pd + f"pd.read_csv('{H}/maint/sales.csv')", "server_error")

    np = "import numpy as np\n"
    s("numpy_reshape", {"shape": [4, 2]}, np + "np.arange(6).reshape(4, 2)", "INCORRECT_PARAMETER")
    s("numpy_dot", {"a_shape": [2, 3], "b_shape": [2, 3]}, np + "np.ones((2, 3)) @ np.ones((2, 3))", "INCORRECT_PARAMETER")
    s("numpy_concatenate", {"axis": 2}, np + "np.concatenate([np.ones((2, 2)), np.ones((2, 2))], axis=2)", "INCORRECT_PARAMETER")
    s("numpy_array", {"object": [[1, 2], [3]], "dtype": "float"}, np + "np.array([[1, 2], [3]], dtype=float)", "PARAMETER_FORMAT")
    s("numpy_loadtxt", {"fname": f"{a}/sales.csv", "delimiter": ","},
      np + f"np.loadtxt('{d}/sales.csv', delimiter=',')", "PARAMETER_FORMAT")
    s("numpy_load", {"file": f"{a}/sales.csv"}, np + f"np.load('{d}/sales.csv')", "WRONG_TOOL_SELECTION")
    s("numpy_astype", {"dtype": "int"}, np + "np.array(['1', '2', 'x']).astype(int)", "PARAMETER_FORMAT")
    s("numpy_random_choice", {"a": [], "size": 3}, np + "np.random.default_rng(0).choice([], size=3)", "INCORRECT_PARAMETER")
    s("numpy_linalg_inv", {"matrix": [[1, 2], [2, 4]]}, np + "np.linalg.inv(np.array([[1, 2], [2, 4]]))", "INCORRECT_PARAMETER")
    s("numpy_index", {"index": 5}, np + "np.zeros(3)[5]", "INCORRECT_PARAMETER")
    s("numpy_zeros", {"shape": "3,4"}, np + "np.zeros('3,4')", "PARAMETER_FORMAT")
    s("numpy_arange", {"dtype": "float128x"}, np + "np.arange(3, dtype='float128x')", "INCORRECT_PARAMETER")

    pl = "import polars as pl\n"
    pdf = pl + f"df = pl.read_csv('{d}/sales.csv')\n"
    s("polars_read_csv", {"path": f"{a}/sales.csv", "schema_overrides": {"total": "Float64"}},
      pl + f"pl.read_csv('{d}/sales.csv', schema_overrides={{'total': pl.Float64}})", "PARAMETER_FORMAT")
    s("polars_read_csv", {"path": f"{a}/ragged.csv"}, pl + f"pl.read_csv('{d}/ragged.csv')", "PARAMETER_FORMAT")
    s("polars_read_csv", {"path": f"{a}/missing.csv"}, pl + f"pl.read_csv('{d}/missing.csv')", "INCORRECT_PARAMETER")
    s("polars_select", {"columns": ["amount"]}, pdf + "df.select('amount')", "INCORRECT_PARAMETER")
    s("polars_filter", {"predicate": "pl.col('total') > 5"}, pdf + "df.filter(pl.col('total') > 5)", "PARAMETER_FORMAT")
    s("polars_with_columns", {"expr": "pl.col('order_date').str.to_date('%d/%m/%Y')"},
      pdf + "df.with_columns(pl.col('order_date').str.to_date('%d/%m/%Y'))", "PARAMETER_FORMAT")
    s("polars_group_by", {"by": "country", "agg": "sum"}, pdf + "df.group_by('country').agg(pl.col('order_id').sum())", "INCORRECT_PARAMETER")
    s("polars_join", {"on": "customer_id"}, pdf + "df.join(df, on='customer_id')", "INCORRECT_PARAMETER")
    s("polars_join", {"how": "outer_join"}, pdf + "df.join(df, on='order_id', how='outer_join')", "INCORRECT_PARAMETER")
    s("polars_cast", {"column": "region", "dtype": "Int64"}, pdf + "df.with_columns(pl.col('region').cast(pl.Int64))", "PARAMETER_FORMAT")
    s("polars_dataframe", {"data": {"a": [1, 2, 3], "b": [1]}}, pl + "pl.DataFrame({'a': [1, 2, 3], 'b': [1]})", "PARAMETER_FORMAT")
    s("polars_sql", {"query": "SELECT region, SUM(total) FROM orders GROUP BY region"},
      pdf + "pl.SQLContext(sales=df).execute('SELECT region, SUM(total) FROM orders GROUP BY region', eager=True)", "INCORRECT_PARAMETER")
    s("polars_read_parquet", {"path": f"{a}/sales.csv"}, pl + f"pl.read_parquet('{d}/sales.csv')", "WRONG_TOOL_SELECTION")
    s("polars_read_json", {"path": f"{a}/events.jsonl"}, pl + f"pl.read_json('{d}/events.jsonl')", "PARAMETER_FORMAT")
    s("polars_vstack", {"other_columns": ["order_id"]}, pdf + "df.vstack(df.select('order_id'))", "PARAMETER_FORMAT")
    s("polars_sort", {"by": "date"}, pdf + "df.sort('date')", "INCORRECT_PARAMETER")

    dk = "import duckdb\ncon = duckdb.connect()\n"
    s("duckdb_sql", {"query": "SELECT * FROM orders"}, dk + "con.sql('SELECT * FROM orders')", "INCORRECT_PARAMETER")
    s("duckdb_sql", {"query": "SELEC 1"}, dk + "con.sql('SELEC 1')", "PARAMETER_FORMAT")
    s("duckdb_sql", {"query": f"SELECT amount FROM '{a}/sales.csv'"},
      dk + f"con.sql(\"SELECT amount FROM '{d}/sales.csv'\").fetchall()", "INCORRECT_PARAMETER")
    s("duckdb_sql", {"query": f"SELECT * FROM read_csv('{a}/sale.csv')"},
      dk + f"con.sql(\"SELECT * FROM read_csv('{d}/sale.csv')\").fetchall()", "INCORRECT_PARAMETER")
    s("duckdb_sql", {"query": "SELECT CAST('n/a' AS DOUBLE)"}, dk + "con.sql(\"SELECT CAST('n/a' AS DOUBLE)\").fetchall()", "PARAMETER_FORMAT")
    s("duckdb_sql", {"query": "SELECT DATE '2026-13-01'"}, dk + "con.sql(\"SELECT DATE '2026-13-01'\").fetchall()", "PARAMETER_FORMAT")
    s("duckdb_execute", {"query": "SELECT ? + ?", "parameters": [1]}, dk + "con.execute('SELECT ? + ?', [1]).fetchall()", "MISSING_PARAMETER")
    s("duckdb_execute", {"query": "CREATE TABLE t (id INTEGER)", "repeat": 2},
      dk + "con.execute('CREATE TABLE t (id INTEGER)')\ncon.execute('CREATE TABLE t (id INTEGER)')", "WORKFLOW_SEQUENCE")
    s("duckdb_execute", {"query": "INSERT INTO t VALUES (1)", "constraint": "PRIMARY KEY"},
      dk + "con.execute('CREATE TABLE t (id INTEGER PRIMARY KEY)')\ncon.execute('INSERT INTO t VALUES (1)')\ncon.execute('INSERT INTO t VALUES (1)')",
      "WORKFLOW_SEQUENCE")
    s("duckdb_execute", {"query": "INSERT INTO t (id) VALUES (NULL)"},
      dk + "con.execute('CREATE TABLE t (id INTEGER NOT NULL, name TEXT)')\ncon.execute('INSERT INTO t (name) VALUES (?)', ['ada'])",
      "MISSING_PARAMETER")
    s("duckdb_sql", {"query": "SELECT * FROM read_parquet('data/sales.csv')"},
      dk + f"con.sql(\"SELECT * FROM read_parquet('{d}/sales.csv')\").fetchall()", "WRONG_TOOL_SELECTION")
    s("duckdb_sql", {"query": "INSTALL httpfs"}, dk + "con.sql('INSTALL httpfs')", "dns", tb=False)
    s("duckdb_sql", {"query": "SELECT * FROM pg.public.orders"}, dk + "con.sql('SELECT * FROM pg.public.orders')", "MISSING_PREREQUISITE")
    ro_db = box.path("data", "ro.duckdb")
    box.sh([SDK_PY, "-c", f"import duckdb; duckdb.connect('{ro_db}').execute('CREATE TABLE t (id INT)')"], check=False)
    s("duckdb_execute", {"database": f"{a}/ro.duckdb", "read_only": True, "query": "INSERT INTO t VALUES (1)"},
      f"import duckdb\nduckdb.connect('{ro_db}', read_only=True).execute('INSERT INTO t VALUES (1)')", "read_only")
    s("duckdb_connect", {"database": f"{a}/nope/app.duckdb"}, f"import duckdb\nduckdb.connect('{d}/nope/app.duckdb')", "MISSING_PREREQUISITE")

    pa = "import pyarrow as pa\n"
    s("pyarrow_read_table", {"path": f"{a}/sales.csv"}, "import pyarrow.parquet as pq\n" + f"pq.read_table('{d}/sales.csv')", "WRONG_TOOL_SELECTION")
    s("pyarrow_read_csv", {"path": f"{a}/ragged.csv"}, "import pyarrow.csv as pc\n" + f"pc.read_csv('{d}/ragged.csv')", "PARAMETER_FORMAT")
    s("pyarrow_array", {"values": [1, "two", 3]}, pa + "pa.array([1, 'two', 3])", "PARAMETER_FORMAT")
    s("pyarrow_cast", {"values": ["1", "x"], "target": "int64"}, pa + "pa.array(['1', 'x']).cast(pa.int64())", "PARAMETER_FORMAT")
    s("pyarrow_table_column", {"column": "amount"}, pa + "pa.table({'total': [1, 2]}).column('amount')", "INCORRECT_PARAMETER")
    s("pyarrow_table", {"columns": {"a": [1, 2], "b": [1]}}, pa + "pa.table({'a': [1, 2], 'b': [1]})", "PARAMETER_FORMAT")
    s("pyarrow_schema", {"type": "varchar"}, pa + "pa.schema([('name', 'varchar')])", "INCORRECT_PARAMETER")

    sq = "import sqlite3\ncon = sqlite3.connect(':memory:')\ncon.execute('CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL)')\n"
    s("sqlite3_execute", {"sql": "SELECT * FROM customers"}, sq + "con.execute('SELECT * FROM customers')", "INCORRECT_PARAMETER")
    s("sqlite3_execute", {"sql": "SELECT name FROM users"}, sq + "con.execute('SELECT name FROM users')", "INCORRECT_PARAMETER")
    s("sqlite3_execute", {"sql": "SELECT * FORM users"}, sq + "con.execute('SELECT * FORM users')", "PARAMETER_FORMAT")
    s("sqlite3_execute", {"sql": "INSERT INTO users (email) VALUES (?)", "parameters": []},
      sq + "con.execute('INSERT INTO users (email) VALUES (?)', [])", "MISSING_PARAMETER")
    s("sqlite3_execute", {"sql": "INSERT INTO users (email) VALUES (?)", "parameters": "ada@example.com"},
      sq + "con.execute('INSERT INTO users (email) VALUES (?)', 'ada@example.com')", "PARAMETER_FORMAT")
    s("sqlite3_execute", {"sql": "INSERT INTO users (id) VALUES (1)"}, sq + "con.execute('INSERT INTO users (id) VALUES (1)')", "MISSING_PARAMETER")
    s("sqlite3_execute", {"sql": "INSERT INTO users (email) VALUES ('ada@example.com')", "repeat": 2},
      sq + "con.execute(\"INSERT INTO users (email) VALUES ('ada@example.com')\")\ncon.execute(\"INSERT INTO users (email) VALUES ('ada@example.com')\")",
      "WORKFLOW_SEQUENCE")
    s("sqlite3_execute", {"sql": "CREATE TABLE users (id INTEGER)"}, sq + "con.execute('CREATE TABLE users (id INTEGER)')", "WORKFLOW_SEQUENCE")
    s("sqlite3_executescript", {"script": "SELECT 1; SELECT 2;", "method": "execute"},
      sq + "con.execute('SELECT 1; SELECT 2;')", "WRONG_TOOL_SELECTION")
    s("sqlite3_connect", {"database": f"{a}/sales.csv"}, f"import sqlite3\nsqlite3.connect('{d}/sales.csv').execute('SELECT 1 FROM sqlite_master')",
      "WRONG_TOOL_SELECTION")
    s("sqlite3_connect", {"database": f"{a}/db/app.sqlite"}, f"import sqlite3\nsqlite3.connect('{d}/db/app.sqlite')", "MISSING_PREREQUISITE")
    box.sh([SDK_PY, "-c", f"import sqlite3; c = sqlite3.connect('{d}/app.db'); c.execute('CREATE TABLE t (id INT)'); c.commit()"], check=False)
    s("sqlite3_execute", {"database": f"file:{a}/app.db?mode=ro", "sql": "INSERT INTO t VALUES (1)"},
      f"import sqlite3\nsqlite3.connect('file:{d}/app.db?mode=ro', uri=True).execute('INSERT INTO t VALUES (1)')", "read_only")
    s("sqlite3_execute", {"sql": "SELECT :id", "parameters": {"user_id": 1}},
      "import sqlite3\nsqlite3.connect(':memory:').execute('SELECT :id', {'user_id': 1})", "INCORRECT_PARAMETER")
    s("sqlite3_execute", {"sql": "SELECT json_extract(?, '$.a')", "parameters": ["{a:1}"]},
      "import sqlite3\nsqlite3.connect(':memory:').execute(\"SELECT json_extract(?, '$.a')\", ['{a:1}']).fetchall()", "PARAMETER_FORMAT")
    s("sqlite3_commit", {"after": "close"}, "import sqlite3\nc = sqlite3.connect(':memory:')\nc.close()\nc.commit()", "WORKFLOW_SEQUENCE")


# ---------------------------------------------------------------------------
# network SDKs: requests, httpx, grpcio, minio, paramiko
# ---------------------------------------------------------------------------

def net_sdk_cases(run: Run, box: Sandbox) -> None:
    s = lambda tool, params, body, label, **kw: sdk(run, tool, params, body, label, **kw)  # noqa: E731
    rq = "import requests\n"
    rs = lambda path, method="get", extra="": rq + f"r = requests.{method}('{H}{path}', timeout=3{extra})\nr.raise_for_status()"  # noqa: E731
    s("requests_get", {"url": f"{H}/api/v2/items/9912"}, rs("/api/v2/items/9912"), "INCORRECT_PARAMETER")
    s("requests_get", {"url": f"{H}/api/v2/me", "headers": {"Authorization": "Bearer sk-test-expired"}},
      rs("/api/v2/me", extra=", headers={'Authorization': 'Bearer sk-test-expired'}"), "auth")
    s("requests_get", {"url": f"{H}/api/v2/admin/users"}, rs("/api/v2/admin/users"), "permission")
    s("requests_get", {"url": f"{H}/api/v2/search", "params": {"q": "widgets"}}, rs("/api/v2/search", extra=", params={'q': 'widgets'}"),
      "rate_limit")
    s("requests_get", {"url": f"{H}/api/v2/reports/daily"}, rs("/api/v2/reports/daily"), "server_error")
    s("requests_get", {"url": f"{H}/api/v2/gateway"}, rs("/api/v2/gateway"), "server_error")
    s("requests_get", {"url": f"{H}/api/v2/status"}, rs("/api/v2/status"), "server_error")
    s("requests_post", {"url": f"{H}/api/v2/orders", "json": {"sku": "SKU-7"}},
      rq + f"r = requests.post('{H}/api/v2/orders', json={{'sku': 'SKU-7'}}, timeout=3)\nr.raise_for_status()", "MISSING_PARAMETER")
    s("requests_post", {"url": f"{H}/api/v2/users", "json": {"email": "ada@example.com"}},
      rq + f"r = requests.post('{H}/api/v2/users', json={{'email': 'ada@example.com'}}, timeout=3)\nr.raise_for_status()", "WORKFLOW_SEQUENCE")
    s("requests_post", {"url": f"{H}/api/v2/exports"}, rs("/api/v2/exports", "post"), "resource")
    s("requests_get", {"url": f"{H}/api/v2/legacy"}, rs("/api/v2/legacy"), "INCORRECT_PARAMETER")
    s("requests_get", {"url": f"http://127.0.0.1:{CLOSED_PORT}/api/v2/items"},
      rq + f"requests.get('http://127.0.0.1:{CLOSED_PORT}/api/v2/items', timeout=3)", "network")
    s("requests_get", {"url": f"http://127.0.0.1:{HANG_PORT}/api/v2/items", "timeout": 2},
      rq + f"requests.get('http://127.0.0.1:{HANG_PORT}/api/v2/items', timeout=2)", "timeout")
    s("requests_get", {"url": f"http://127.0.0.1:{RESET_PORT}/api/v2/items"},
      rq + f"requests.get('http://127.0.0.1:{RESET_PORT}/api/v2/items', timeout=3)", "network")
    s("requests_get", {"url": f"{HS}/api/v2/items"}, rq + f"requests.get('{HS}/api/v2/items', timeout=3)", "tls")
    s("requests_get", {"url": "https://api.corpus7-nowhere.example/v1/items"},
      rq + "requests.get('https://api.corpus7-nowhere.example/v1/items', timeout=3)", "dns")
    s("requests_get", {"url": "api.corpus7.example/v1/items"}, rq + "requests.get('api.corpus7.example/v1/items')", "PARAMETER_FORMAT")
    s("requests_get", {"url": "http://"}, rq + "requests.get('http://')", "PARAMETER_FORMAT")
    s("requests_get", {"url": "ftp://127.0.0.1/pub/data.csv"}, rq + "requests.get('ftp://127.0.0.1/pub/data.csv')", "WRONG_TOOL_SELECTION")
    s("requests_get", {"url": f"{H}/api/v2/items", "params": "q=1", "timeout": "5"},
      rq + f"requests.get('{H}/api/v2/items', timeout='5')", "PARAMETER_FORMAT")
    s("requests_json", {"url": f"{H}/html/page"}, rq + f"requests.get('{H}/html/page', timeout=3).json()", "WRONG_TOOL_SELECTION")
    s("requests_get", {"url": f"{H}/slow/report", "timeout": 1}, rq + f"requests.get('{H}/slow/report', timeout=1)", "timeout")
    hx = "import httpx\n"
    s("httpx_put", {"url": f"{H}/api/v2/shipments", "json": {"ship_date": "12/24/2026"}},
      hx + f"httpx.put('{H}/api/v2/shipments', json={{'ship_date': '12/24/2026'}}).raise_for_status()", "PARAMETER_FORMAT")
    s("httpx_delete", {"url": f"{H}/api/v2/items/77"}, hx + f"httpx.delete('{H}/api/v2/items/77').raise_for_status()", "INCORRECT_PARAMETER")
    s("httpx_post", {"url": f"{H}/api/v2/upload", "file": "dump.sql"},
      hx + f"httpx.post('{H}/api/v2/upload', content=b'x' * 1000).raise_for_status()", "PARAMETER_FORMAT")
    s("httpx_get", {"url": f"http://127.0.0.1:{SILENT_PORT}/", "timeout": 2},
      hx + f"httpx.get('http://127.0.0.1:{HANG_PORT}/', timeout=2)", "timeout")
    s("httpx_client_get", {"base_url": H, "url": "/api/v2/items", "after": "close"},
      hx + f"c = httpx.Client(base_url='{H}')\nc.close()\nc.get('/api/v2/items')", "WORKFLOW_SEQUENCE")

    if port_open("127.0.0.1", GRPC_PORT):
        g = "import grpc\nch = grpc.insecure_channel('127.0.0.1:%d')\n" % GRPC_PORT
        call = lambda m, t=3: f"ch.unary_unary('/corpus.v1.{m}')(b'', timeout={t})"  # noqa: E731
        for tool, method, params, label in (
            ("grpc_get_user", "UserService/GetUser", {"user_id": "u-4821"}, "INCORRECT_PARAMETER"),
            ("grpc_create_user", "UserService/CreateUser", {"email": "ada@"}, "PARAMETER_FORMAT"),
            ("grpc_register_user", "UserService/RegisterUser", {"email": "ada@example.com"}, "WORKFLOW_SEQUENCE"),
            ("grpc_ship_order", "OrderService/ShipOrder", {"order_id": "o-77"}, "WORKFLOW_SEQUENCE"),
            ("grpc_list_orders", "OrderService/ListOrders", {"page_token": "cGFnZT00MA=="}, "INCORRECT_PARAMETER"),
            ("grpc_update_user", "UserService/UpdateUser", {"field_mask": "profile.nickname"}, "INCORRECT_PARAMETER"),
            ("grpc_delete_user", "UserService/DeleteUser", {"user_id": "u-12"}, "permission"),
            ("grpc_whoami", "AuthService/Whoami", {"token": "sk-test-bad"}, "auth"),
            ("grpc_export", "ReportService/Export", {"format": "csv"}, "resource"),
            ("grpc_search", "SearchService/Search", {"q": "widgets"}, "rate_limit"),
            ("grpc_report", "ReportService/Report", {"day": "2026-11-30"}, "server_error"),
            ("grpc_health_check", "HealthService/Health", {}, "server_error"),
            ("grpc_charge", "BillingService/Charge", {"currency": "eur"}, "MISSING_PARAMETER"),
            ("grpc_archive_project", "ProjectService/Archive", {"project": "p-9", "etag": "W/3"}, "WORKFLOW_SEQUENCE"),
            ("grpc_get_usr", "UserService/GetUsr", {"user_id": "u-1"}, "WRONG_TOOL_SELECTION"),
        ):
            s(tool, params, g + call(method), label)
        s("grpc_slow_query", {"timeout": 1}, g + call("QueryService/Slow", 1), "timeout")
        s("grpc_get_user", {"target": f"127.0.0.1:{CLOSED_PORT}"},
          f"import grpc\ngrpc.insecure_channel('127.0.0.1:{CLOSED_PORT}').unary_unary('/corpus.v1.UserService/GetUser')(b'', timeout=3)",
          "network")
        s("grpc_get_user", {"target": "127.0.0.1:grpc"},
          "import grpc\ngrpc.insecure_channel('127.0.0.1:grpc').unary_unary('/corpus.v1.UserService/GetUser')(b'', timeout=3)",
          "PARAMETER_FORMAT")
        s("grpc_get_user", {"target": f"127.0.0.1:{GRPC_PORT}", "tls": True},
          f"import grpc\ngrpc.secure_channel('127.0.0.1:{TLS_PORT}', grpc.ssl_channel_credentials()).unary_unary('/corpus.v1.UserService/GetUser')(b'', timeout=3)",
          "tls")
        s("grpc_get_user", {"request": {"user_id": "u-1"}}, g + "ch.unary_unary('/corpus.v1.UserService/GetUser')({'user_id': 'u-1'}, timeout=3)",
          "PARAMETER_FORMAT")
        s("grpc_get_user", {"metadata": [["Authorization", "Bearer x"]]},
          g + "ch.unary_unary('/corpus.v1.UserService/GetUser')(b'', timeout=3, metadata=[('Authorization', 'Bearer x')])",
          "PARAMETER_FORMAT")

    env = {"PYTHONWARNINGS": "ignore"}
    mi = f"from minio import Minio\nm = Minio('127.0.0.1:{S3_PORT}', access_key='corpus7', secret_key='corpus7-not-a-secret', secure=False)\n"
    for tool, params, call, label in (
        ("minio_stat_object", {"bucket": "reports", "object": "2026/11/missing.csv"}, "m.stat_object('reports', '2026/11/missing.csv')", "INCORRECT_PARAMETER"),
        ("minio_get_object", {"bucket": "reports", "object": "2026/11/sales.csv"}, "m.get_object('reports', '2026/11/sales.csv')", "INCORRECT_PARAMETER"),
        ("minio_list_objects", {"bucket": "missing-bucket"}, "list(m.list_objects('missing-bucket'))", "INCORRECT_PARAMETER"),
        ("minio_fput_object", {"bucket": "locked", "object": "a.txt", "file": "/etc/hostname"}, "m.fput_object('locked', 'a.txt', '/etc/hostname')", "permission"),
        ("minio_make_bucket", {"bucket": "reports"}, "m.make_bucket('reports')", "WORKFLOW_SEQUENCE"),
        ("minio_remove_bucket", {"bucket": "reports"}, "m.remove_bucket('reports')", "WORKFLOW_SEQUENCE"),
        ("minio_put_object", {"bucket": "busy", "object": "m.json"}, "import io\nm.put_object('busy', 'm.json', io.BytesIO(b'{}'), 2)", "server_error"),
        ("minio_list_objects", {"bucket": "broken"}, "list(m.list_objects('broken'))", "server_error"),
        ("minio_put_object", {"bucket": "quota", "object": "big.bin"}, "import io\nm.put_object('quota', 'big.bin', io.BytesIO(b'0'), 1)", "resource"),
        ("minio_make_bucket", {"bucket": "Monthly_Reports"}, "m.make_bucket('Monthly_Reports')", "PARAMETER_FORMAT"),
        ("minio_fput_object", {"bucket": "reports", "object": "a.csv", "file": f"{ALIAS}/data/none.csv"},
         f"m.fput_object('reports', 'a.csv', '{box.path('data', 'none.csv')}')", "INCORRECT_PARAMETER"),
        ("minio_put_object", {"bucket": "reports", "object": "a.txt", "data": "hello"}, "m.put_object('reports', 'a.txt', b'hello', 5)", "PARAMETER_FORMAT"),
        ("minio_presigned_get_object", {"bucket": "reports", "object": "a.csv", "expires": 3600},
         "m.presigned_get_object('reports', 'a.csv', expires=3600)", "PARAMETER_FORMAT"),
    ):
        s(tool, params, mi + call, label, env=env)
    s("minio_list_buckets", {"access_key": "BADKEY"},
      f"from minio import Minio\nMinio('127.0.0.1:{S3_PORT}', access_key='BADKEY', secret_key='x', secure=False).list_buckets()", "auth")
    s("minio_list_buckets", {"access_key": "WRONGSECRET"},
      f"from minio import Minio\nMinio('127.0.0.1:{S3_PORT}', access_key='WRONGSECRET', secret_key='x', secure=False).list_buckets()", "auth")
    s("minio_client", {"endpoint": f"http://127.0.0.1:{S3_PORT}/data"},
      f"from minio import Minio\nMinio('http://127.0.0.1:{S3_PORT}/data', access_key='a', secret_key='b')", "PARAMETER_FORMAT")
    s("minio_list_buckets", {"endpoint": f"127.0.0.1:{CLOSED_PORT}"},
      "import urllib3\nfrom minio import Minio\n"
      f"Minio('127.0.0.1:{CLOSED_PORT}', access_key='a', secret_key='b', secure=False, http_client=urllib3.PoolManager(retries=urllib3.Retry(total=0))).list_buckets()",
      "network")
    s("minio_list_buckets", {"endpoint": f"127.0.0.1:{S3_PORT}", "secure": True},
      "import urllib3\nfrom minio import Minio\n"
      f"Minio('127.0.0.1:{TLS_PORT}', access_key='a', secret_key='b', secure=True, http_client=urllib3.PoolManager(retries=urllib3.Retry(total=0))).list_buckets()",
      "tls")

    pk = "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n"
    s("paramiko_connect", {"host": "127.0.0.1", "port": CLOSED_PORT}, pk + f"c.connect('127.0.0.1', port={CLOSED_PORT}, username='deploy', timeout=3)", "network")
    s("paramiko_connect", {"host": "127.0.0.1", "port": HANG_PORT, "timeout": 2},
      pk + f"c.connect('127.0.0.1', port={HANG_PORT}, username='deploy', timeout=2, banner_timeout=2)", "timeout")
    s("paramiko_connect", {"host": "127.0.0.1", "port": HTTP_PORT},
      pk + f"c.connect('127.0.0.1', port={HTTP_PORT}, username='deploy', timeout=3, banner_timeout=3)", "INCORRECT_PARAMETER")
    s("paramiko_connect", {"host": "build.corpus7-nowhere.example"},
      pk + "c.connect('build.corpus7-nowhere.example', username='deploy', timeout=3)", "dns")
    s("paramiko_exec_command", {"command": "uptime", "connected": False}, pk + "c.exec_command('uptime')", "WORKFLOW_SEQUENCE")
    box.write("keys/not_a_key", "hello\n")
    s("paramiko_load_key", {"filename": f"{ALIAS}/keys/not_a_key"},
      f"import paramiko\nparamiko.RSAKey.from_private_key_file('{box.path('keys', 'not_a_key')}')", "PARAMETER_FORMAT")
    s("paramiko_load_key", {"filename": f"{ALIAS}/keys/id_ed25519"},
      f"import paramiko\nparamiko.Ed25519Key.from_private_key_file('{box.path('keys', 'id_ed25519')}')", "INCORRECT_PARAMETER")


# ---------------------------------------------------------------------------
# task queues and agent frameworks: celery, kombu, langchain-core
# ---------------------------------------------------------------------------

CELERY_APP = f'''
from celery import Celery
app = Celery("tasks", broker="redis://127.0.0.1:6379/0", backend="redis://127.0.0.1:6379/0")
app.conf.broker_transport_options = {{"global_keyprefix": "{PREFIX}:"}}
app.conf.result_backend_transport_options = {{"global_keyprefix": "{PREFIX}:"}}
app.conf.task_default_queue = "{PREFIX}-default"
app.conf.broker_connection_retry_on_startup = False
app.conf.broker_connection_max_retries = 0

@app.task
def add(x, y):
    return x + y
'''


def queue_sdk_cases(run: Run, box: Sandbox) -> None:
    s = lambda tool, params, body, label, **kw: sdk(run, tool, params, body, label, **kw)  # noqa: E731
    cdir = box.mkdir("celeryapp")
    box.write(f"{cdir}/tasks.py", CELERY_APP)
    if port_open("127.0.0.1", 6379):
        cel = f"import sys\nsys.path.insert(0, '{cdir}')\nfrom tasks import add, app\n"
        s("celery_delay", {"task": "tasks.add", "args": [1]}, cel + "add.delay(1)", "MISSING_PARAMETER")
        s("celery_apply_async", {"task": "tasks.add", "args": "1,2"}, cel + "add.apply_async(args='1,2')", "PARAMETER_FORMAT")
        s("celery_apply_async", {"task": "tasks.add", "kwargs": {"a": 1, "b": 2}}, cel + "add.apply_async(kwargs={'a': 1, 'b': 2})",
          "INCORRECT_PARAMETER")
        s("celery_result_get", {"task": "tasks.add", "timeout": 1}, cel + "add.delay(1, 2).get(timeout=1)", "timeout", timeout=40)
        s("celery_send_task", {"name": "tasks.add", "countdown": "soon"}, cel + "app.send_task('tasks.add', args=[1, 2], countdown='soon')",
          "PARAMETER_FORMAT")
        cli(run, "celery_inspect_ping", {"app": "tasks", "timeout": 1}, "celery -A tasks inspect ping --timeout 1", "daemon_down",
            cwd=cdir, timeout=40)
        cli(run, "celery_inspect", {"app": "tasks", "command": "workers"}, "celery -A tasks inspect workers", "WRONG_TOOL_SELECTION", cwd=cdir, timeout=40)
        cli(run, "celery_worker", {"app": "tasks", "pool": "gevent2"}, "celery -A tasks worker --pool gevent2", "INCORRECT_PARAMETER", cwd=cdir, timeout=40)
        cli(run, "celery_worker", {"app": "tasks", "concurrency": "four"}, "celery -A tasks worker --concurrency four", "PARAMETER_FORMAT", cwd=cdir, timeout=40)
        cli(run, "celery_worker", {"app": "tasks", "loglevel": "verbose"}, "celery -A tasks worker --loglevel verbose", "INCORRECT_PARAMETER", cwd=cdir, timeout=40)
        cli(run, "celery_result", {"app": "tasks"}, "celery -A tasks result", "MISSING_PARAMETER", cwd=cdir, timeout=40)
        cli(run, "celery_call", {"app": "tasks", "task": "tasks.add", "args": "[1, 2"}, "celery -A tasks call tasks.add --args '[1, 2'",
            "PARAMETER_FORMAT", cwd=cdir, timeout=40)
        cli(run, "celery_purge", {"app": "tasks", "queues": "corpus7-default"}, f"celery -A tasks purge -f -Q {PREFIX}-default --exclude-queues x --bogus",
            "PARAMETER_FORMAT", cwd=cdir, timeout=40)
    cli(run, "celery_inspect_ping", {"app": "worker.tasks"}, "celery -A worker.tasks inspect ping", "INCORRECT_PARAMETER", cwd=cdir, timeout=40)
    cli(run, "celery_status", {"app": "tasks", "broker": f"redis://127.0.0.1:{CLOSED_PORT}/0"},
        f"celery -A tasks -b redis://127.0.0.1:{CLOSED_PORT}/0 status", "daemon_down", cwd=cdir, timeout=40)
    cli(run, "celery_worker", {"app": "tasks", "broker": "rediss//127.0.0.1:6379/0"},
        "celery -A tasks -b rediss//127.0.0.1:6379/0 status", "PARAMETER_FORMAT", cwd=cdir, timeout=40)
    if port_open("127.0.0.1", 5672):
        ko = "import kombu\n"
        s("kombu_connect", {"url": "amqp://guest:wrong@127.0.0.1:5672//"},
          ko + "kombu.Connection('amqp://guest:wrong@127.0.0.1:5672//', connect_timeout=3).connect()", "auth")
        s("kombu_connect", {"url": "amqp://guest:guest@127.0.0.1:5672/corpus7-nope"},
          ko + "kombu.Connection('amqp://guest:guest@127.0.0.1:5672/corpus7-nope', connect_timeout=3).connect()", "INCORRECT_PARAMETER")
        s("kombu_queue_declare", {"queue": "corpus7.orders.missing", "passive": True},
          ko + "c = kombu.Connection('amqp://guest:guest@127.0.0.1:5672//', connect_timeout=3)\n"
          "kombu.Queue('corpus7.orders.missing', channel=c.channel()).queue_declare(passive=True)", "INCORRECT_PARAMETER")
        s("kombu_exchange_declare", {"exchange": "corpus7.events", "type": "fanoutt"},
          ko + "c = kombu.Connection('amqp://guest:guest@127.0.0.1:5672//', connect_timeout=3)\n"
          "kombu.Exchange('corpus7.events', type='fanoutt', channel=c.channel(), auto_delete=True).declare()", "INCORRECT_PARAMETER")
        s("kombu_publish", {"exchange": "corpus7.nope", "routing_key": "orders"},
          ko + "c = kombu.Connection('amqp://guest:guest@127.0.0.1:5672//', connect_timeout=3)\nch = c.channel()\n"
          "kombu.Producer(ch, exchange='corpus7.nope').publish({'a': 1}, routing_key='orders')\n"
          "kombu.Queue('corpus7.tmp', channel=ch, exclusive=True).declare()", "PARAMETER_FORMAT")
    s("kombu_connect", {"url": f"amqp://guest:guest@127.0.0.1:{CLOSED_PORT}//"},
      "import kombu\nkombu.Connection('amqp://guest:guest@127.0.0.1:%d//', connect_timeout=3).connect()" % CLOSED_PORT, "network")
    s("kombu_connect", {"url": "amqps://guest:guest@127.0.0.1:5672//"},
      "import kombu\nkombu.Connection('amqp://guest:guest@127.0.0.1:5672//', ssl=True, connect_timeout=3).connect()", "tls")

    lc = "from langchain_core.tools import tool, StructuredTool, ToolException\n"
    deftool = lc + ("@tool\ndef create_ticket(title: str, priority: int, labels: list[str] | None = None) -> str:\n"
                    "    \"\"\"Create a ticket.\"\"\"\n    return title\n")
    s("langchain_tool_invoke", {"tool": "create_ticket", "input": {"title": "Fix login"}},
      deftool + "create_ticket.invoke({'title': 'Fix login'})", "MISSING_PARAMETER")
    s("langchain_tool_invoke", {"tool": "create_ticket", "input": {"title": "Fix login", "priority": "high"}},
      deftool + "create_ticket.invoke({'title': 'Fix login', 'priority': 'high'})", "PARAMETER_FORMAT")
    s("langchain_tool_invoke", {"tool": "create_ticket", "input": {"title": "Fix", "priority": 1, "labels": "bug"}},
      deftool + "create_ticket.invoke({'title': 'Fix', 'priority': 1, 'labels': 'bug'})", "PARAMETER_FORMAT")
    s("langchain_tool_invoke", {"tool": "create_ticket", "input": "Fix login"},
      deftool + "create_ticket.invoke('Fix login')", "MISSING_PARAMETER")
    s("langchain_tool_run", {"tool": "lookup_order", "input": {"order_id": "o-404"}},
      lc + "def lookup(order_id: str) -> str:\n    raise ToolException(f'No order with id {order_id}')\n"
      "t = StructuredTool.from_function(lookup, name='lookup_order', description='x')\nt.invoke({'order_id': 'o-404'})", "INCORRECT_PARAMETER")
    s("langchain_tool_run", {"tool": "deploy", "input": {"env": "prod"}},
      lc + "def deploy(env: str) -> str:\n    raise ToolException(f'Deploy to {env} requires a build; run build first')\n"
      "t = StructuredTool.from_function(deploy, name='deploy', description='x', handle_tool_error=True)\nprint(t.invoke({'env': 'prod'}))\nsys.exit(1)",
      "WORKFLOW_SEQUENCE", stream="stdout")
    s("langchain_prompt_format", {"template": "Summarise {text} for {audience}", "given": ["text"]},
      "from langchain_core.prompts import PromptTemplate\nPromptTemplate.from_template('Summarise {text} for {audience}').format(text='x')",
      "MISSING_PARAMETER")
    s("langchain_chat_prompt", {"messages": [["bot", "hi"]]},
      "from langchain_core.prompts import ChatPromptTemplate\nChatPromptTemplate.from_messages([('bot', 'hi')])", "INCORRECT_PARAMETER")
    s("langchain_json_parser", {"text": "Sure! Here is the JSON: {a: 1}"},
      "from langchain_core.output_parsers import JsonOutputParser\nJsonOutputParser().parse('Sure! Here is the JSON: {a: 1')", "PARAMETER_FORMAT")
    s("langchain_messages", {"type": "assistant_msg"},
      "from langchain_core.messages import convert_to_messages\nconvert_to_messages([{'role': 'robot', 'content': 'hi'}])", "INCORRECT_PARAMETER")


# ---------------------------------------------------------------------------
# small Python libraries agents call directly
# ---------------------------------------------------------------------------

def lib_sdk_cases(run: Run, box: Sandbox) -> None:
    s = lambda tool, params, body, label, **kw: sdk(run, tool, params, body, label, **kw)  # noqa: E731
    jw = "import jwt, time\n"
    good = "tok = jwt.encode({'sub': 'u-1', 'exp': int(time.time()) - 60}, 'corpus7-signing-key', algorithm='HS256')\n"
    s("jwt_decode", {"token": "<expired>", "algorithms": ["HS256"]}, jw + good + "jwt.decode(tok, 'corpus7-signing-key', algorithms=['HS256'])", "auth")
    s("jwt_decode", {"token": "<HS256>", "key": "other-key"},
      jw + "tok = jwt.encode({'sub': 'u-1'}, 'corpus7-signing-key', algorithm='HS256')\njwt.decode(tok, 'other-key', algorithms=['HS256'])", "auth")
    s("jwt_decode", {"token": "eyJhbGciOiJIUzI1NiJ9.abc"}, jw + "jwt.decode('eyJhbGciOiJIUzI1NiJ9.abc', 'k', algorithms=['HS256'])", "PARAMETER_FORMAT")
    s("jwt_decode", {"token": "<HS256>", "algorithms": ["RS256"]},
      jw + "tok = jwt.encode({'sub': 'u-1'}, 'corpus7-signing-key', algorithm='HS256')\njwt.decode(tok, 'corpus7-signing-key', algorithms=['RS256'])",
      "INCORRECT_PARAMETER")
    s("jwt_decode", {"token": "<HS256>"},
      jw + "tok = jwt.encode({'sub': 'u-1'}, 'corpus7-signing-key', algorithm='HS256')\njwt.decode(tok, 'corpus7-signing-key')", "MISSING_PARAMETER")
    s("jwt_decode", {"token": "<no aud>", "audience": "billing"},
      jw + "tok = jwt.encode({'sub': 'u-1', 'aud': 'reports'}, 'corpus7-signing-key', algorithm='HS256')\njwt.decode(tok, 'corpus7-signing-key', algorithms=['HS256'], audience='billing')",
      "INCORRECT_PARAMETER")
    s("jwt_decode", {"token": "<no exp>", "require": ["exp"]},
      jw + "tok = jwt.encode({'sub': 'u-1'}, 'corpus7-signing-key', algorithm='HS256')\njwt.decode(tok, 'corpus7-signing-key', algorithms=['HS256'], options={'require': ['exp']})",
      "MISSING_PARAMETER")
    s("jwt_encode", {"algorithm": "HS257"}, jw + "jwt.encode({'sub': 'u-1'}, 'k', algorithm='HS257')", "INCORRECT_PARAMETER")
    s("jwt_encode", {"algorithm": "RS256", "key": "corpus7-signing-key"}, jw + "jwt.encode({'sub': 'u-1'}, 'corpus7-signing-key', algorithm='RS256')",
      "PARAMETER_FORMAT")
    fe = "from cryptography.fernet import Fernet\n"
    s("fernet_decrypt", {"token": "<from another key>"}, fe + "tok = Fernet(Fernet.generate_key()).encrypt(b'x')\nFernet(Fernet.generate_key()).decrypt(tok)", "auth")
    s("fernet_init", {"key": "corpus7-key"}, fe + "Fernet(b'corpus7-key')", "PARAMETER_FORMAT")
    s("crypto_load_pem", {"path": f"{ALIAS}/keys/not_a_key"},
      f"from cryptography.hazmat.primitives.serialization import load_pem_private_key\nload_pem_private_key(open('{box.path('keys', 'not_a_key')}', 'rb').read(), None)",
      "PARAMETER_FORMAT")
    s("crypto_load_certificate", {"data": "MIIB..."}, "from cryptography import x509\nx509.load_pem_x509_certificate(b'-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n')",
      "PARAMETER_FORMAT")
    jj = "import jinja2\n"
    box.write("templates/base.html", "<h1>{{ title }}</h1>\n")
    s("jinja2_render", {"template": "Hello {{ user.name }"}, jj + "jinja2.Template('Hello {{ user.name }')", "PARAMETER_FORMAT")
    s("jinja2_render", {"template": "{% for x in items %}{{ x }}", "items": [1]}, jj + "jinja2.Template('{% for x in items %}{{ x }}').render(items=[1])",
      "PARAMETER_FORMAT")
    s("jinja2_render", {"template": "{{ user.name }}", "undefined": "StrictUndefined", "given": {}},
      jj + "jinja2.Environment(undefined=jinja2.StrictUndefined).from_string('{{ user.name }}').render()", "MISSING_PARAMETER")
    s("jinja2_get_template", {"name": "index.html", "searchpath": f"{ALIAS}/templates"},
      jj + f"jinja2.Environment(loader=jinja2.FileSystemLoader('{box.path('templates')}')).get_template('index.html')", "INCORRECT_PARAMETER")
    s("jinja2_render", {"template": "{{ price | currency }}"}, jj + "jinja2.Template('{{ price | currency }}')", "INCORRECT_PARAMETER")
    y = "import yaml\n"
    s("yaml_safe_load", {"text": "key: [1, 2"}, y + "yaml.safe_load('key: [1, 2')", "PARAMETER_FORMAT")
    s("yaml_safe_load", {"text": "a: 1\n\tb: 2"}, y + "yaml.safe_load('a: 1\\n\\tb: 2')", "PARAMETER_FORMAT")
    s("yaml_safe_load", {"text": "!!python/object:os.system ls"}, y + "yaml.safe_load('!!python/object/apply:os.system [ls]')", "WRONG_TOOL_SELECTION")
    s("yaml_load", {"stream": "config.yaml"}, y + "yaml.load(open('/nonexistent/config.yaml'))", "INCORRECT_PARAMETER")
    s("yaml_load", {"text": "a: 1", "Loader": None}, y + "yaml.load('a: 1')", "MISSING_PARAMETER")
    s("tomllib_loads", {"text": "name = corpus7"}, "import tomllib\ntomllib.loads('name = corpus7')", "PARAMETER_FORMAT")
    s("tomllib_loads", {"text": "[tool.ruff]\nline-length = 100\n[tool.ruff]\n"},
      "import tomllib\ntomllib.loads('[tool.ruff]\\nline-length = 100\\n[tool.ruff]\\n')", "PARAMETER_FORMAT")
    s("tomllib_load", {"path": "pyproject.toml", "mode": "r"}, "import tomllib\ntomllib.load(open('/etc/hostname'))", "PARAMETER_FORMAT")
    d = box.path("data")
    ox = "import openpyxl\n"
    box.sh([SDK_PY, "-c", f"import openpyxl; wb = openpyxl.Workbook(); wb.active.title = 'Sales'; wb.save('{d}/book.xlsx')"], check=False)
    s("openpyxl_load_workbook", {"filename": f"{ALIAS}/data/sales.csv"}, ox + f"openpyxl.load_workbook('{d}/sales.csv')", "WRONG_TOOL_SELECTION")
    s("openpyxl_worksheet", {"filename": f"{ALIAS}/data/book.xlsx", "sheet": "Sheet2"},
      ox + f"openpyxl.load_workbook('{d}/book.xlsx')['Sheet2']", "INCORRECT_PARAMETER")
    s("openpyxl_load_workbook", {"filename": f"{ALIAS}/data/archive.tar.gz.xlsx"},
      ox + f"import shutil\nshutil.copy('{d}/archive.tar.gz', '{d}/fake.xlsx')\nopenpyxl.load_workbook('{d}/fake.xlsx')", "PARAMETER_FORMAT")
    s("openpyxl_cell", {"coordinate": "A0"}, ox + f"openpyxl.load_workbook('{d}/book.xlsx').active['A0']", "INCORRECT_PARAMETER")
    s("openpyxl_save", {"filename": f"{ALIAS}/data/book.xlsx", "read_only": True},
      ox + f"wb = openpyxl.load_workbook('{d}/book.xlsx', read_only=True)\nwb.active['A1'] = 1", "INCORRECT_PARAMETER")
    ma = ("from marshmallow import Schema, fields, validate\nclass User(Schema):\n    name = fields.Str(required=True)\n"
          "    email = fields.Email(required=True)\n    role = fields.Str(validate=validate.OneOf(['admin', 'viewer']))\n    age = fields.Int()\n")
    s("marshmallow_load", {"data": {"email": "ada@example.com"}}, ma + "User().load({'email': 'ada@example.com'})", "MISSING_PARAMETER")
    s("marshmallow_load", {"data": {"name": "Ada", "email": "ada-at-example"}}, ma + "User().load({'name': 'Ada', 'email': 'ada-at-example'})",
      "PARAMETER_FORMAT")
    s("marshmallow_load", {"data": {"name": "Ada", "email": "a@b.io", "role": "owner"}},
      ma + "User().load({'name': 'Ada', 'email': 'a@b.io', 'role': 'owner'})", "INCORRECT_PARAMETER")
    s("marshmallow_load", {"data": {"name": "Ada", "email": "a@b.io", "team": "core"}},
      ma + "User().load({'name': 'Ada', 'email': 'a@b.io', 'team': 'core'})", "INCORRECT_PARAMETER")
    s("marshmallow_load", {"data": {"name": "Ada", "email": "a@b.io", "age": "forty"}},
      ma + "User().load({'name': 'Ada', 'email': 'a@b.io', 'age': 'forty'})", "PARAMETER_FORMAT")
    s("msgpack_unpackb", {"data": "json text"}, "import msgpack\nmsgpack.unpackb(b'{\"a\": 1}')", "WRONG_TOOL_SELECTION")
    s("msgpack_packb", {"obj": "datetime"}, "import msgpack, datetime\nmsgpack.packb({'at': datetime.date.today()})", "PARAMETER_FORMAT")


# ---------------------------------------------------------------------------
# MCP servers over stdio (the mcp client runs in the tools venv: a small driver)
# ---------------------------------------------------------------------------

MCP_DRIVER = r'''
import asyncio, json, os, sys
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.shared.exceptions import MCPError
spec = json.load(sys.stdin)

async def main():
    out = []
    params = StdioServerParameters(command=spec["command"][0], args=spec["command"][1:], env=spec["env"], cwd=spec.get("cwd"))
    with open(os.devnull, "w") as errlog:
        async with stdio_client(params, errlog=errlog) as (r, w):
            async with ClientSession(r, w) as s:
                await s.initialize()
                for c in spec["calls"]:
                    try:
                        res = await s.call_tool(c["tool"], c["args"], read_timeout_seconds=c.get("timeout", 20))
                    except MCPError as exc:
                        out.append({"message": f"MCP error {exc.error.code}: {exc.error.message}", "is_error": True})
                    except Exception as exc:
                        out.append({"message": f"{type(exc).__name__}: {exc}", "is_error": True})
                    else:
                        text = "\n".join(getattr(x, "text", "") for x in res.content if getattr(x, "text", None))
                        out.append({"message": text, "is_error": bool(res.is_error)})
    print(json.dumps(out))

asyncio.run(main())
'''

FASTMCP_SERVER = r'''
import datetime, socket
from typing import Annotated, Literal
from pydantic import Field
from fastmcp import FastMCP
from fastmcp.exceptions import ToolError

mcp = FastMCP("inventory")
ITEMS = {101: "widget", 102: "gadget"}
CART = {"open": False}

@mcp.tool
def get_item(item_id: int) -> str:
    """Get an item by id."""
    if item_id not in ITEMS:
        raise ToolError(f"No item with id {item_id}")
    return ITEMS[item_id]

@mcp.tool
def create_order(sku: str, quantity: Annotated[int, Field(ge=1, le=100)], ship_date: datetime.date) -> str:
    """Create an order."""
    if sku == "SKU-1":
        raise ToolError("An order for SKU-1 already exists (order o-1); update it instead")
    return "ok"

@mcp.tool
def set_order_status(order_id: int, status: Literal["open", "shipped", "cancelled"]) -> str:
    """Set an order's status."""
    return "ok"

@mcp.tool
def cancel_order(order_id: int) -> str:
    """Cancel an order."""
    raise ToolError(f"Order {order_id} has already shipped and can no longer be cancelled")

@mcp.tool
def restock(sku: str, warehouse: str) -> str:
    """Restock a SKU."""
    raise ValueError(f"Unknown warehouse '{warehouse}'. Known warehouses: ams-1, fra-2")

@mcp.tool
def tag_item(item_id: int, tags: list[str]) -> str:
    """Tag an item."""
    return "ok"

@mcp.tool
def export_report(path: str) -> str:
    """Write a report."""
    with open(path, "w") as fh:
        fh.write("report\n")
    return "ok"

@mcp.tool
def sync_upstream(host: str = "127.0.0.1", port: int = CLOSED) -> str:
    """Sync with the upstream inventory service."""
    socket.create_connection((host, port), timeout=3)
    return "ok"

@mcp.tool
def fetch_price(sku: str) -> str:
    """Fetch a price from the pricing service."""
    s = socket.create_connection(("127.0.0.1", HANG), timeout=2)
    s.recv(10)
    return "ok"

@mcp.tool
def checkout() -> str:
    """Check out the open cart."""
    if not CART["open"]:
        raise ToolError("No open cart: call open_cart before checkout")
    return "ok"

@mcp.tool
def search_items(query: Annotated[str, Field(min_length=3)], limit: Annotated[int, Field(le=50)] = 10) -> str:
    """Search items."""
    return "ok"

@mcp.tool
def schedule_delivery(order_id: int, window: dict[str, datetime.datetime]) -> str:
    """Schedule a delivery window {start, end}."""
    if window["end"] <= window["start"]:
        raise ToolError("window.end must be after window.start")
    return "ok"

@mcp.tool
def read_manifest(path: str) -> str:
    """Read a shipping manifest (JSON)."""
    import json
    with open(path) as fh:
        return json.dumps(json.load(fh))

if __name__ == "__main__":
    mcp.run(show_banner=False)
'''


def mcp_session(run: Run, box: Sandbox, label: str, command: list[str], calls: list[tuple[str, str, dict[str, Any] | None, str]],
                env: Mapping[str, str] | None = None) -> None:
    """Runs one server with the driver; ``calls`` are (row tool, mcp tool, args, label)."""
    if not os.path.exists(SDK_PY) or not (os.path.exists(command[0]) or shutil.which(command[0])):
        run.note(f"skip MCP {label}: not installed")
        return
    driver = box.write("mcp_driver.py", MCP_DRIVER)
    spec = {"command": command, "env": {**run.env, **(env or {})},
            "calls": [{"tool": t, "args": a} for _, t, a, _ in calls]}
    try:
        cp = subprocess.run([SDK_PY, driver], input=json.dumps(spec), capture_output=True, text=True, timeout=240)
        results = json.loads(cp.stdout)
    except Exception as exc:  # one broken server must not lose the rest
        run.note(f"MCP {label} failed: {exc!r} {cp.stderr[-300:] if 'cp' in locals() else ''}"[:500])
        return
    n = run.normaliser
    for (row_tool, tool, args, lab), res in zip(calls, results):
        shown = n.path(f"mcp {label} tools/call {tool} {J(args) if args is not None else '{}'}")
        message = n(res["message"])
        text_error = res["message"].startswith('{"error"')  # the Slack server answers errors as plain text results
        if not (res["is_error"] or text_error) or not message:
            run.note(f"skip {row_tool}: no error ({shown}) {message[:100]!r}")
            continue
        run.rows.append(make_row(row_tool, n.value(dict(args or {})), message, lab, source="mcp", command=shown))


def mcp_cases(run: Run, box: Sandbox) -> None:
    srv = box.write("mcp/inventory_server.py", FASTMCP_SERVER.replace("CLOSED", str(CLOSED_PORT)).replace("HANG", str(HANG_PORT)))
    box.write("mcp/manifest.yaml", "items:\n  - sku: SKU-7\n")
    box.mkdir("mcp", "readonly")
    m = ALIAS + "/mcp"
    inv = [
        ("get_item", "get_item", {"item_id": "widget-101"}, "PARAMETER_FORMAT"),
        ("get_item", "get_item", {}, "MISSING_PARAMETER"),
        ("get_item", "get_item", {"item_id": 999}, "INCORRECT_PARAMETER"),
        ("get_item", "get_item", {"id": 101}, "MISSING_PARAMETER"),
        ("create_order", "create_order", {"sku": "SKU-7", "quantity": 0, "ship_date": "2026-12-24"}, "INCORRECT_PARAMETER"),
        ("create_order", "create_order", {"sku": "SKU-7", "quantity": 2, "ship_date": "next tuesday"}, "PARAMETER_FORMAT"),
        ("create_order", "create_order", {"quantity": 2, "ship_date": "2026-12-24"}, "MISSING_PARAMETER"),
        ("create_order", "create_order", {"sku": "SKU-1", "quantity": 2, "ship_date": "2026-12-24"}, "WORKFLOW_SEQUENCE"),
        ("create_order", "create_order", {"sku": "SKU-7", "quantity": "two", "ship_date": "2026-12-24"}, "PARAMETER_FORMAT"),
        ("set_order_status", "set_order_status", {"order_id": 5, "status": "closed"}, "INCORRECT_PARAMETER"),
        ("cancel_order", "cancel_order", {"order_id": 5}, "WORKFLOW_SEQUENCE"),
        ("restock", "restock", {"sku": "SKU-7", "warehouse": "lon-3"}, "INCORRECT_PARAMETER"),
        ("tag_item", "tag_item", {"item_id": 101, "tags": "fragile,heavy"}, "PARAMETER_FORMAT"),
        ("export_report", "export_report", {"path": f"{box.path('mcp')}/out/2026/report.txt"}, "MISSING_PREREQUISITE"),
        ("export_report", "export_report", {"path": box.path("mcp")}, "WRONG_TOOL_SELECTION"),
        ("sync_upstream", "sync_upstream", {}, "network"),
        ("fetch_price", "fetch_price", {"sku": "SKU-7"}, "timeout"),
        ("checkout", "checkout", {}, "WORKFLOW_SEQUENCE"),
        ("search_items", "search_items", {"query": "ab"}, "PARAMETER_FORMAT"),
        ("search_items", "search_items", {"query": "widget", "limit": 500}, "INCORRECT_PARAMETER"),
        ("schedule_delivery", "schedule_delivery", {"order_id": 5, "window": {"start": "2026-12-24T10:00", "end": "2026-12-24T08:00"}},
         "INCORRECT_PARAMETER"),
        ("schedule_delivery", "schedule_delivery", {"order_id": 5, "window": "tomorrow 9-11"}, "PARAMETER_FORMAT"),
        ("read_manifest", "read_manifest", {"path": f"{box.path('mcp')}/manifest.yaml"}, "WRONG_TOOL_SELECTION"),
        ("read_manifest", "read_manifest", {"path": f"{box.path('mcp')}/manifest.json"}, "INCORRECT_PARAMETER"),
        ("delete_item", "delete_item", {"item_id": 101}, "WRONG_TOOL_SELECTION"),
    ]
    mcp_session(run, box, "inventory", [SDK_PY, srv], inv)
    del m
    gh = os.path.join(NODE_BIN, "mcp-server-github")
    ghenv = {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_corpus7notarealtoken000000000000000"}
    mcp_session(run, box, "github", [gh], [
        ("github_create_issue", "create_issue", {"owner": "acme", "repo": "api"}, "MISSING_PARAMETER"),
        ("github_create_issue", "create_issue", {"owner": "acme", "repo": "api", "title": "Login fails", "labels": "bug"}, "PARAMETER_FORMAT"),
        ("github_get_file_contents", "get_file_contents", {"owner": "acme", "repo": "api", "path": "README.md"}, "dns"),
        ("github_search_repositories", "search_repositories", {"query": "corpus7 language:go"}, "dns"),
        ("github_create_pull_request", "create_pull_request", {"owner": "acme", "repo": "api", "title": "Fix", "head": "fix-login"},
         "MISSING_PARAMETER"),
        ("github_list_commits", "list_commits", {"owner": "acme", "repo": "api", "page": "2"}, "PARAMETER_FORMAT"),
        ("github_merge_pull_request", "merge_pull_request", {"owner": "acme", "repo": "api", "pull_number": 12, "merge_method": "fast-forward"},
         "INCORRECT_PARAMETER"),
        ("github_create_branch", "create_branch", {"owner": "acme", "repo": "api", "branch": "fix-login"}, "dns"),
        ("github_list_issues", "list_issues", {"owner": "acme", "repo": "api", "state": "opened"}, "INCORRECT_PARAMETER"),
        ("github_get_issue", "get_issue", {"owner": "acme", "repo": "api", "issue_number": "#42"}, "PARAMETER_FORMAT"),
        ("github_push_files", "push_files", {"owner": "acme", "repo": "api", "branch": "main", "files": [{"path": "a.txt"}], "message": "x"},
         "MISSING_PARAMETER"),
        ("github_delete_repository", "delete_repository", {"owner": "acme", "repo": "api"}, "WRONG_TOOL_SELECTION"),
        ("github_update_pull_request_branch", "update_pull_request_branch", {"owner": "acme", "repo": "api", "pull_number": 12}, "dns"),
    ], env=ghenv)
    sl = os.path.join(NODE_BIN, "mcp-server-slack")
    slenv = {"SLACK_BOT_TOKEN": "xoxb-corpus7-not-a-token", "SLACK_TEAM_ID": "T0CORPUS7"}
    mcp_session(run, box, "slack", [sl], [
        ("slack_post_message", "slack_post_message", {"channel_id": "C0123456"}, "MISSING_PARAMETER"),
        ("slack_post_message", "slack_post_message", {"channel_id": "C0123456", "text": "deploy done"}, "dns"),
        ("slack_reply_to_thread", "slack_reply_to_thread", {"channel_id": "C0123456", "text": "ok"}, "MISSING_PARAMETER"),
        ("slack_get_channel_history", "slack_get_channel_history", {"channel_id": "C0123456", "limit": "ten"}, "dns"),
        ("slack_list_channels", "slack_list_channels", {"limit": 10}, "dns"),
        ("slack_add_reaction", "slack_add_reaction", {"channel_id": "C0123456", "timestamp": "1733050000.000100"}, "MISSING_PARAMETER"),
        ("slack_get_user_profile", "slack_get_user_profile", {"user_id": "U0CORPUS7"}, "dns"),
        ("slack_send_dm", "slack_send_dm", {"user_id": "U0CORPUS7", "text": "hi"}, "WRONG_TOOL_SELECTION"),
    ], env=slenv)
    br = os.path.join(NODE_BIN, "mcp-server-brave-search")
    mcp_session(run, box, "brave-search", [br], [
        ("brave_web_search", "brave_web_search", {"query": "corpus7 mcp", "count": 50}, "dns"),
        ("brave_web_search", "brave_web_search", {}, "MISSING_PARAMETER"),
        ("brave_web_search", "brave_web_search", {"query": "corpus7", "count": "ten"}, "rate_limit"),
        ("brave_local_search", "brave_local_search", {"query": "pizza near Amsterdam Centraal"}, "rate_limit"),
        ("brave_news_search", "brave_news_search", {"query": "mcp"}, "WRONG_TOOL_SELECTION"),
    ], env={"BRAVE_API_KEY": "BSA-corpus7-not-a-key"})


# ---------------------------------------------------------------------------
# CLIs: languages and their toolchains
# ---------------------------------------------------------------------------

GO_MAIN = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n'


def go_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 90, **kw})  # noqa: E731
    nomod = box.mkdir("go", "nomod")
    box.write(f"{nomod}/main.go", GO_MAIN)
    mod = box.mkdir("go", "svc")
    box.write(f"{mod}/go.mod", "module example.com/svc\n\ngo 1.19\n")
    box.write(f"{mod}/main.go", GO_MAIN)
    box.write(f"{mod}/util/util.go", "package util\n\nfunc Add(a, b int) int { return a + b }\n")
    box.write(f"{mod}/util/util_test.go", 'package util\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 4 {\n\t\tt.Fatalf("Add(1, 2) = %d, want 4", Add(1, 2))\n\t}\n}\n')
    bad = box.mkdir("go", "bad")
    box.write(f"{bad}/go.mod", "module example.com/bad\n\ngo 1.19\n")
    box.write(f"{bad}/main.go", 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(count)\n}\n')
    syn = box.mkdir("go", "syn")
    box.write(f"{syn}/go.mod", "module example.com/syn\n\ngo 1.19\n")
    box.write(f"{syn}/main.go", 'package main\n\nfunc main() {\n\tx := 1 +\n}\n')
    typ = box.mkdir("go", "typ")
    box.write(f"{typ}/go.mod", "module example.com/typ\n\ngo 1.19\n")
    box.write(f"{typ}/main.go", 'package main\n\nimport "strconv"\n\nfunc main() {\n\tvar n int = strconv.Itoa(3)\n\t_ = n\n}\n')
    imp = box.mkdir("go", "imp")
    box.write(f"{imp}/go.mod", "module example.com/imp\n\ngo 1.19\n")
    box.write(f"{imp}/main.go", 'package main\n\nimport "github.com/google/uuid"\n\nfunc main() { _ = uuid.New() }\n')
    newer = box.mkdir("go", "newer")
    box.write(f"{newer}/go.mod", "module example.com/newer\n\ngo 1.22\n")
    box.write(f"{newer}/main.go", GO_MAIN)
    c("go_build", {"dir": "go/nomod"}, "go build ./...", "MISSING_PREREQUISITE", cwd=nomod)
    c("go_mod_tidy", {"dir": "go/nomod"}, "go mod tidy", "MISSING_PREREQUISITE", cwd=nomod)
    c("go_mod_init", {}, "go mod init", "MISSING_PARAMETER", cwd=nomod)
    c("go_mod_init", {"module": "example.com/svc"}, "go mod init example.com/svc", "WORKFLOW_SEQUENCE", cwd=mod)
    c("go_mod_init", {"module": "example com/svc"}, "go mod init 'example com/svc'", "PARAMETER_FORMAT", cwd=box.mkdir("go", "init2"))
    c("go_run", {"file": "server.go"}, "go run server.go", "INCORRECT_PARAMETER", cwd=mod)
    c("go_run", {"package": "./cmd/api"}, "go run ./cmd/api", "INCORRECT_PARAMETER", cwd=mod)
    c("go_build", {"dir": "go/bad"}, "go build .", "INCORRECT_PARAMETER", cwd=bad)
    c("go_build", {"dir": "go/syn"}, "go build .", "PARAMETER_FORMAT", cwd=syn)
    c("go_build", {"dir": "go/typ"}, "go build .", "PARAMETER_FORMAT", cwd=typ)
    c("go_build", {"dir": "go/imp", "GOPROXY": "off"}, "go build .", "MISSING_PREREQUISITE", cwd=imp)
    c("go_build", {"flags": "-o"}, "go build -o", "MISSING_PARAMETER", cwd=mod)
    c("go_build", {"flags": "--release"}, "go build --release .", "PARAMETER_FORMAT", cwd=mod)
    c("go_build", {"GOOS": "macos"}, "go build .", "INCORRECT_PARAMETER", cwd=mod, env={"GOOS": "macos"})
    c("go_test", {"run": "TestAdd["}, "go test -run 'TestAdd[' ./util", "PARAMETER_FORMAT", cwd=mod)
    c("go_test", {"package": "./api/..."}, "go test ./api/...", "INCORRECT_PARAMETER", cwd=mod)
    c("go_test", {"count": "many"}, "go test -count many ./util", "PARAMETER_FORMAT", cwd=mod)
    c("go_test", {"timeout": "30"}, "go test -timeout 30 ./util", "PARAMETER_FORMAT", cwd=mod)
    c("go_vet", {"dir": "go/bad"}, "go vet .", "INCORRECT_PARAMETER", cwd=bad)
    c("go_get", {"module": "github.com/google/uuid@v1.6.0", "GOPROXY": "off"}, "go get github.com/google/uuid@v1.6.0", "MISSING_PREREQUISITE", cwd=mod)
    c("go_get", {"module": "github.com/google/uuid", "GOPROXY": f"http://127.0.0.1:{CLOSED_PORT}"}, "go get github.com/google/uuid",
      "network", cwd=mod, env={"GOPROXY": f"http://127.0.0.1:{CLOSED_PORT}", "GOSUMDB": "off"})
    c("go_get", {"module": "github.com/google/uuid", "GOPROXY": "direct"}, "go get github.com/google/uuid",
      "dns", cwd=mod, env={"GOPROXY": "direct", "GOSUMDB": "off"})
    c("go_get", {"module": "github.com/google/uuid", "GOPROXY": f"{H}/maint/goproxy"}, "go get github.com/google/uuid",
      "server_error", cwd=mod, env={"GOPROXY": f"{H}/maint/goproxy", "GOSUMDB": "off"})
    c("go_get", {"module": "github.com/google/uuid", "GOPROXY": f"{HS}/goproxy"}, "go get github.com/google/uuid",
      "tls", cwd=mod, env={"GOPROXY": f"{HS}/goproxy", "GOSUMDB": "off"})
    c("go_install", {"package": "golang.org/x/tools/gopls"}, "go install golang.org/x/tools/gopls", "MISSING_PARAMETER", cwd=nomod)
    c("go_env", {"set": "GOFOO=1"}, "go env -w GOFOO=1", "INCORRECT_PARAMETER", cwd=mod)
    c("go_env", {"set": "GOPATH"}, "go env -w GOPATH", "PARAMETER_FORMAT", cwd=mod)
    c("go_work_use", {"dir": "./svc"}, "go work use ./svc", "MISSING_PREREQUISITE", cwd=box.mkdir("go", "ws"))
    c("go_command", {"command": "bulid"}, "go bulid .", "WRONG_TOOL_SELECTION", cwd=mod)
    c("go_mod_edit", {"require": "github.com/google/uuid"}, "go mod edit -require github.com/google/uuid", "PARAMETER_FORMAT", cwd=mod)
    c("go_fmt", {"file": "go/syn/main.go"}, "gofmt -l main.go", "PARAMETER_FORMAT", cwd=syn, needs=("gofmt",))
    c("go_fmt", {"file": "main.py"}, "gofmt -l main.py", "INCORRECT_PARAMETER", cwd=mod, needs=("gofmt",))
    c("go_run", {"file": "go/nomod/main.go", "HOME": None}, "go run main.go", "MISSING_PREREQUISITE", cwd=nomod,
      env={"HOME": None, "GOCACHE": None, "XDG_CACHE_HOME": None})
    c("go_doc", {"symbol": "strings.Reverse"}, "go doc strings.Reverse", "INCORRECT_PARAMETER", cwd=mod)
    c("go_clean", {"flags": "-modcache", "GOMODCACHE": "(read-only)"}, "go build -o /usr/bin/corpus7svc .", "permission", cwd=mod,
      nobody=True, env={"HOME": "/tmp", "GOCACHE": "/tmp/corpus7-gocache-nobody", "GOPATH": "/tmp/corpus7-gopath-nobody"})


def script_lang_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **kw)  # noqa: E731
    d = box.mkdir("scripts")
    box.write(f"{d}/app.php", "<?php\nfunction total($xs) { return array_sum($xs); }\necho totl([1, 2]);\n")
    box.write(f"{d}/syntax.php", "<?php\n$x = [1, 2;\n")
    box.write(f"{d}/deploy.sh", "#!/bin/sh\necho deploying\n")
    box.write(f"{d}/app.rb", "require 'json'\nputs JSON.parse(ARGV[0])['name']\n")
    box.write(f"{d}/lib.rb", "def greet(name)\n  \"hi #{name}\"\nend\nputs greet\n")
    box.write(f"{d}/main.lua", "local cfg = require('config')\nprint(cfg.port)\n")
    box.write(f"{d}/calc.lua", "local t = nil\nprint(t.x)\n")
    box.write(f"{d}/bad.erl", "-module(bad).\n-export([f/0]).\nf() -> ok\n")
    box.write(f"{d}/hello.escript", "#!/usr/bin/env escript\nmain(_) -> io:format(\"~p~n\", [lists:nth(5, [1,2])]).\n")
    c("php_run", {"script": "app.php"}, "php app.php", "INCORRECT_PARAMETER", cwd=d)
    c("php_run", {"script": "index.php"}, "php index.php", "INCORRECT_PARAMETER", cwd=d)
    c("php_lint", {"file": "syntax.php"}, "php -l syntax.php", "PARAMETER_FORMAT", cwd=d, stream="both")
    c("php_eval", {"code": "echo json_decode('{a:1}', flags: JSON_THROW_ON_ERROR);"},
      "php -r \"echo json_decode('{a:1}', flags: JSON_THROW_ON_ERROR);\"", "PARAMETER_FORMAT", cwd=d)
    c("php_eval", {"code": "new PDO('pgsql:host=127.0.0.1;dbname=test', 'postgres');"},
      "php -r \"new PDO('pgsql:host=127.0.0.1;dbname=test', 'postgres');\"", "MISSING_PREREQUISITE", cwd=d)
    c("php_eval", {"code": "echo mb_strtoupper('x');"}, "php -r \"echo mb_strtoupper('x');\"", "MISSING_PREREQUISITE", cwd=d)
    c("php_eval", {"code": "echo intdiv(1, 0);"}, "php -r 'echo intdiv(1, 0);'", "INCORRECT_PARAMETER", cwd=d)
    c("php_eval", {"code": "echo strlen();"}, "php -r 'echo strlen();'", "MISSING_PARAMETER", cwd=d)
    c("php_eval", {"code": "echo str_repeat('a', 'x');"}, "php -r \"echo str_repeat('a', 'x');\"", "PARAMETER_FORMAT", cwd=d)
    c("php_eval", {"code": "$f = fopen('/var/log/corpus7/app.log', 'r');"}, "php -r \"fopen('/var/log/corpus7/app.log', 'r') or exit(1);\"",
      "INCORRECT_PARAMETER", cwd=d)
    c("php_option", {"flag": "--strict"}, "php --strict app.php", "PARAMETER_FORMAT", cwd=d)
    c("ruby_run", {"script": "app.rb", "args": ["{name: ada}"]}, "ruby app.rb '{name: ada}'", "PARAMETER_FORMAT", cwd=d)
    c("ruby_run", {"script": "lib.rb"}, "ruby lib.rb", "MISSING_PARAMETER", cwd=d)
    c("ruby_run", {"script": "main.rb"}, "ruby main.rb", "INCORRECT_PARAMETER", cwd=d)
    c("ruby_eval", {"code": "require 'nokogiri'"}, "ruby -e \"require 'nokogiri'\"", "MISSING_PREREQUISITE", cwd=d)
    c("ruby_eval", {"code": "puts [1, 2].sumx"}, "ruby -e 'puts [1, 2].sumx'", "INCORRECT_PARAMETER", cwd=d)
    c("ruby_eval", {"code": "puts Integer('12a')"}, "ruby -e \"puts Integer('12a')\"", "PARAMETER_FORMAT", cwd=d)
    c("ruby_eval", {"code": "def f(\nputs 1"}, "ruby -e 'def f(' -e 'puts 1'", "PARAMETER_FORMAT", cwd=d)
    c("ruby_eval", {"code": "File.read('config/database.yml')"}, "ruby -e \"File.read('config/database.yml')\"", "INCORRECT_PARAMETER", cwd=d)
    c("ruby_run", {"script": "deploy.sh"}, "ruby deploy.sh", "WRONG_TOOL_SELECTION", cwd=d)
    c("gem_install", {"gem": "rails"}, "gem install rails --no-document", "dns", cwd=d, timeout=60)
    c("gem_install", {"gem": "rails", "source": f"http://127.0.0.1:{CLOSED_PORT}"},
      f"gem install rails --no-document --clear-sources --source http://127.0.0.1:{CLOSED_PORT}/", "network", cwd=d, timeout=60)
    c("gem_install", {"gem": "rails", "source": f"{H}/maint/"}, f"gem install rails --no-document --clear-sources --source {H}/maint/",
      "server_error", cwd=d, timeout=60)
    c("gem_install", {"gem": "rake", "version": "~> abc"}, "gem install rake -v '~> abc' --local", "PARAMETER_FORMAT", cwd=d)
    c("gem_install", {"gem": "nokogiri", "local": True}, "gem install nokogiri --local", "INCORRECT_PARAMETER", cwd=d)
    c("gem_command", {"command": "instal"}, "gem instal rake", "dns", cwd=d)
    c("rake", {"task": "db:migrate"}, "rake db:migrate", "MISSING_PREREQUISITE", cwd=d)
    box.write(f"{d}/rk/Rakefile", "task :build do\n  puts 'build'\nend\n")
    c("rake", {"task": "deploy"}, "rake deploy", "INCORRECT_PARAMETER", cwd=f"{d}/rk")
    box.write(f"{d}/tpl.erb", "Hello <%= name %>\n")
    c("erb_render", {"template": "tpl.erb"}, "erb tpl.erb", "MISSING_PARAMETER", cwd=d)
    c("lua_run", {"script": "main.lua"}, "lua5.4 main.lua", "MISSING_PREREQUISITE", cwd=d)
    c("lua_run", {"script": "calc.lua"}, "lua5.4 calc.lua", "INCORRECT_PARAMETER", cwd=d)
    c("lua_eval", {"code": "print(1 +)"}, "lua5.4 -e 'print(1 +)'", "PARAMETER_FORMAT", cwd=d)
    c("lua_eval", {"code": "print(('x'):rep('n'))"}, "lua5.4 -e \"print(('x'):rep('n'))\"", "PARAMETER_FORMAT", cwd=d)
    c("lua_run", {"script": "app.lua"}, "lua5.4 app.lua", "INCORRECT_PARAMETER", cwd=d)
    box.write(f"{d}/a.tcl", "puts $undefined_var\n")
    box.write(f"{d}/b.tcl", "puts [expr {1 +}]\n")
    c("tclsh_run", {"script": "a.tcl"}, "tclsh a.tcl", "INCORRECT_PARAMETER", cwd=d)
    c("tclsh_run", {"script": "b.tcl"}, "tclsh b.tcl", "PARAMETER_FORMAT", cwd=d)
    c("bc_eval", {"expr": "1 / 0"}, "echo '1 / 0' | bc", "INCORRECT_PARAMETER", cwd=d, ok=True)
    c("bc_eval", {"expr": "2 ** 8"}, "echo '2 ** 8' | bc", "PARAMETER_FORMAT", cwd=d, ok=True)
    c("bc_eval", {"expr": "sqrtt(2)"}, "echo 'sqrtt(2)' | bc -l", "INCORRECT_PARAMETER", cwd=d, ok=True)
    c("erlc_compile", {"file": "bad.erl"}, "erlc bad.erl", "PARAMETER_FORMAT", cwd=d)
    c("erlc_compile", {"file": "good.erl"}, "erlc good.erl", "INCORRECT_PARAMETER", cwd=d)
    c("escript_run", {"script": "hello.escript"}, "escript hello.escript", "INCORRECT_PARAMETER", cwd=d)
    c("perl_eval", {"code": "use JSON::XS; print 1"}, "perl -e 'use JSON::XS; print 1'", "MISSING_PREREQUISITE", cwd=d)
    c("perl_eval", {"code": "my $x = ; print $x"}, "perl -e 'my $x = ; print $x'", "PARAMETER_FORMAT", cwd=d)
    c("perl_eval", {"code": "use strict; $total = 1;"}, "perl -e 'use strict; $total = 1;'", "INCORRECT_PARAMETER", cwd=d)


def node_tool_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 90, **kw})  # noqa: E731
    p = box.mkdir("web")
    box.write(f"{p}/package.json", J({"name": "corpus7-web", "version": "1.0.0", "type": "module"}) + "\n")
    box.write(f"{p}/tsconfig.json", J({"compilerOptions": {"strict": True, "target": "ES2020", "module": "ESNext", "noEmit": True},
                                       "include": ["src"]}) + "\n")
    box.write(f"{p}/src/index.ts", "import { readConfig } from './config';\nconst port: number = '8080';\nconsole.log(prot, readConfig);\n")
    box.write(f"{p}/src/app.js", "const x = {a: 1,,};\nexport default x;\n")
    box.write(f"{p}/src/ok.js", "export const a = 1;\n")
    box.write(f"{p}/src/util.test.js", "import { test, expect } from 'vitest';\ntest('adds', () => { expect(1 + 1).toBe(3); });\n")
    box.write(f"{p}/src/data.yaml", "name: web\n  port: 80\n")
    box.write(f"{p}/src/data.json", '{"port": 80}\n')
    box.write(f"{p}/schema.json", J({"type": "object", "required": ["port", "host"], "properties": {"port": {"type": "integer"}}}) + "\n")
    box.write(f"{p}/bad.json", '{"port": "80"}\n')
    box.write(f"{p}/README.md", "#Title\nSome text\n")
    c("tsc", {"project": "."}, "tsc -p .", "INCORRECT_PARAMETER", cwd=p, stream="stdout")
    c("tsc", {"project": "tsconfig.build.json"}, "tsc -p tsconfig.build.json", "INCORRECT_PARAMETER", cwd=p, stream="stdout")
    c("tsc", {"target": "es2099"}, "tsc --target es2099 src/index.ts", "INCORRECT_PARAMETER", cwd=p, stream="stdout")
    c("tsc", {"flag": "--strictt"}, "tsc --strictt", "PARAMETER_FORMAT", cwd=p, stream="stdout")
    c("tsc", {"file": "src/app.js", "allowJs": False}, "tsc --noEmit src/app.js", "INCORRECT_PARAMETER", cwd=p, stream="stdout")
    c("tsc", {"dir": "empty"}, "tsc", "MISSING_PREREQUISITE", cwd=box.mkdir("web-empty"), stream="stdout")
    c("eslint", {"files": ["src/"]}, "eslint src/", "MISSING_PREREQUISITE", cwd=p)
    box.write(f"{p}/lint/eslint.config.js", "export default [{ rules: { 'no-unused-vars': 'error' } }];\n")
    box.write(f"{p}/lint2/eslint.config.js", "export default [{ rules: { 'no-unused-varz': 'error' } }];\n")
    box.write(f"{p}/lint2/package.json", J({"type": "module"}))
    box.write(f"{p}/lint2/a.js", "export const a = 1;\n")
    box.write(f"{p}/lint/package.json", J({"type": "module"}))
    box.write(f"{p}/lint/a.js", "const a = 1;\n")
    c("eslint", {"files": ["a.js"], "config": "eslint.config.js"}, "eslint a.js", "INCORRECT_PARAMETER", cwd=f"{p}/lint2")
    c("eslint", {"files": ["lib/"]}, "eslint lib/", "INCORRECT_PARAMETER", cwd=f"{p}/lint")
    c("eslint", {"flag": "--no-eslintrc"}, "eslint --no-eslintrc a.js", "PARAMETER_FORMAT", cwd=f"{p}/lint")
    c("eslint", {"rule": "no-console: errror"}, "eslint --rule 'no-console: errror' a.js", "INCORRECT_PARAMETER", cwd=f"{p}/lint")
    c("eslint", {"format": "junit"}, "eslint --format junitt a.js", "INCORRECT_PARAMETER", cwd=f"{p}/lint")
    c("prettier_check", {"files": ["src/app.js"]}, "prettier --check src/app.js", "PARAMETER_FORMAT", cwd=p)
    c("prettier_check", {"files": ["lib/**/*.js"]}, "prettier --check 'lib/**/*.js'", "INCORRECT_PARAMETER", cwd=p)
    c("prettier_write", {"files": ["src/ok.js"], "parser": "typescriptx"}, "prettier --parser typescriptx src/ok.js", "INCORRECT_PARAMETER", cwd=p)
    c("prettier_write", {"files": ["src/data.yaml"]}, "prettier --write src/data.yaml", "PARAMETER_FORMAT", cwd=p)
    c("prettier_write", {"tab_width": "four"}, "prettier --tab-width four src/ok.js", "PARAMETER_FORMAT", cwd=p)
    c("prettier_write", {"files": []}, "prettier --write", "MISSING_PARAMETER", cwd=p)
    c("esbuild", {"entry": "src/index.ts", "bundle": True}, "esbuild src/index.ts --bundle --outfile=dist/out.js", "MISSING_PREREQUISITE", cwd=p)
    c("esbuild", {"entry": "src/app.js"}, "esbuild src/app.js --outfile=dist/app.js", "PARAMETER_FORMAT", cwd=p)
    c("esbuild", {"entry": "src/main.ts"}, "esbuild src/main.ts --bundle", "INCORRECT_PARAMETER", cwd=p)
    c("esbuild", {"target": "es2099"}, "esbuild src/ok.js --target=es2099", "INCORRECT_PARAMETER", cwd=p)
    c("esbuild", {"flag": "--minfy"}, "esbuild src/ok.js --minfy", "PARAMETER_FORMAT", cwd=p)
    c("esbuild", {"entry": "src/ok.js", "outfile": "dist/a.js", "outdir": "dist"}, "esbuild src/ok.js src/app.js --outfile=dist/a.js",
      "INCORRECT_PARAMETER", cwd=p)
    c("js_yaml", {"file": "src/data.yaml"}, "js-yaml src/data.yaml", "PARAMETER_FORMAT", cwd=p)
    c("js_yaml", {"file": "src/data.yml"}, "js-yaml src/data.yml", "INCORRECT_PARAMETER", cwd=p)
    c("ajv_validate", {"schema": "schema.json", "data": "bad.json"}, "ajv validate -s schema.json -d bad.json", "MISSING_PARAMETER", cwd=p)
    c("ajv_validate", {"schema": "schemas/user.json", "data": "bad.json"}, "ajv validate -s schemas/user.json -d bad.json", "INCORRECT_PARAMETER", cwd=p)
    c("ajv_validate", {"schema": "schema.json"}, "ajv validate -s schema.json", "MISSING_PARAMETER", cwd=p)
    c("ajv_compile", {"schema": "src/data.yaml"}, "ajv compile -s src/app.js", "WRONG_TOOL_SELECTION", cwd=p)
    c("markdownlint", {"config": "missing.json"}, "markdownlint -c .markdownlint.json README.md", "INCORRECT_PARAMETER", cwd=p)
    c("vitest_run", {"filter": "checkout"}, "vitest run checkout", "INCORRECT_PARAMETER", cwd=p, env={"NO_COLOR": "1", "FORCE_COLOR": "0"})
    c("vitest_run", {"reporter": "junitx"}, "vitest run --reporter junitx", "INCORRECT_PARAMETER", cwd=p, env={"NO_COLOR": "1", "FORCE_COLOR": "0"})
    c("node_eval", {"code": "require('lodash')"}, "node -e \"require('lodash')\"", "MISSING_PREREQUISITE", cwd=p)
    c("node_eval", {"code": "JSON.parse(\"{'a': 1}\")"}, "node -e \"JSON.parse(\\\"{'a': 1}\\\")\"", "PARAMETER_FORMAT", cwd=p)
    c("node_eval", {"code": "import fs from 'fs'"}, "node --input-type=commonjs -e \"import fs from 'fs'\"", "WRONG_TOOL_SELECTION", cwd=p)


def gh_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 30, "needs": ("gh",), **kw})  # noqa: E731
    repo = box.git_repo("ghrepo", {"README.md": "# r\n"})
    noremote = repo
    tok = {"GH_TOKEN": "ghp_corpus7notarealtoken000000000000000"}
    c("gh_auth_status", {}, "gh auth status", "auth", cwd=repo)
    c("gh_pr_list", {"state": "opened"}, "gh pr list --state opened", "INCORRECT_PARAMETER", cwd=repo, env=tok)
    c("gh_pr_list", {"limit": "all"}, "gh pr list --limit all", "PARAMETER_FORMAT", cwd=repo, env=tok)
    c("gh_pr_list", {}, "gh pr list", "MISSING_PREREQUISITE", cwd=noremote, env=tok)
    c("gh_pr_list", {"repo": "acme"}, "gh pr list -R acme", "PARAMETER_FORMAT", cwd=repo, env=tok)
    c("gh_pr_list", {"repo": "acme/api"}, "gh pr list -R acme/api", "dns", cwd=repo, env=tok)
    c("gh_issue_list", {"repo": "acme/api"}, "gh issue list -R acme/api", "auth", cwd=repo)
    c("gh_issue_create", {"repo": "acme/api", "title": "Login fails"}, "gh issue create -R acme/api --title 'Login fails'", "MISSING_PARAMETER",
      cwd=repo, env=tok)
    c("gh_issue_create", {"repo": "acme/api", "title": "x", "body": "y", "flag": "--labels"},
      "gh issue create -R acme/api --title x --body y --labels bug", "PARAMETER_FORMAT", cwd=repo, env=tok)
    c("gh_release_create", {"repo": "acme/api"}, "gh release create -R acme/api", "MISSING_PARAMETER", cwd=repo, env=tok)
    c("gh_workflow_run", {"repo": "acme/api"}, "gh workflow run -R acme/api", "MISSING_PARAMETER", cwd=repo, env=tok)
    c("gh_secret_set", {"name": "DEPLOY_KEY", "repo": "acme/api"}, "gh secret set DEPLOY_KEY -R acme/api", "dns", cwd=repo, env=tok)
    c("gh_repo_clone", {"repo": "acme/api"}, "gh repo clone acme/api", "dns", cwd=box.mkdir("ghclone"), env=tok)
    c("gh_search_repos", {"query": "corpus7", "sort": "popularity"}, "gh search repos corpus7 --sort popularity", "INCORRECT_PARAMETER", cwd=repo, env=tok)
    c("gh_label_create", {"name": "bug", "color": "red"}, "gh label create bug --color red -R acme/api", "dns", cwd=repo, env=tok)
    c("gh_command", {"command": "pull-request"}, "gh pull-request list", "WRONG_TOOL_SELECTION", cwd=repo, env=tok)
    c("gh_pr_checkout", {}, "gh pr checkout", "MISSING_PARAMETER", cwd=repo, env=tok)
    c("gh_pr_merge", {"number": 12, "method": "--fast-forward"}, "gh pr merge 12 --fast-forward -R acme/api", "PARAMETER_FORMAT", cwd=repo, env=tok)
    c("gh_run_list", {"repo": "acme/api", "status": "failed"}, "gh run list -R acme/api --status failed", "PARAMETER_FORMAT", cwd=repo, env=tok)
    c("gh_gist_create", {"files": ["notes.md"]}, "gh gist create notes.md", "INCORRECT_PARAMETER", cwd=repo, env=tok)
    c("gh_repo_view", {"repo": "acme/api", "host": "127.0.0.1:47872"}, "gh repo view acme/api", "tls", cwd=repo,
      env={"GH_HOST": f"127.0.0.1:{TLS_PORT}", "GH_ENTERPRISE_TOKEN": "corpus7-not-a-token"})
    c("gh_api_get", {"endpoint": "repos/acme/api", "host": f"127.0.0.1:{CLOSED_PORT}"}, "gh api repos/acme/api", "network", cwd=repo,
      env={"GH_HOST": f"127.0.0.1:{CLOSED_PORT}", "GH_ENTERPRISE_TOKEN": "corpus7-not-a-token"})
    c("gh_cache_list", {"repo": "acme/api", "sort": "size"}, "gh cache list -R acme/api --sort size", "WRONG_TOOL_SELECTION", cwd=repo, env=tok)


def ansible_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 90, **kw})  # noqa: E731
    d = box.mkdir("ansible")
    box.write(f"{d}/site.yml", "- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: say\n      debug:\n        msg: \"{{ release_version }}\"\n")
    box.write(f"{d}/broken.yml", "- hosts: localhost\n  tasks:\n    - name: x\n      debug: msg=hi\n     - name: y\n")
    box.write(f"{d}/badmod.yml", "- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: x\n      copyy:\n        src: a\n        dest: b\n")
    box.write(f"{d}/badarg.yml", "- hosts: localhost\n  gather_facts: false\n  tasks:\n    - name: x\n      ansible.builtin.file:\n        path: /tmp/corpus7-x\n        state: folder\n")
    box.write(f"{d}/inv.ini", "[web]\nweb1 ansible_host=127.0.0.1 ansible_port=%d ansible_user=deploy\n" % CLOSED_PORT)
    box.write(f"{d}/secret.txt", "plain text\n")
    box.write(f"{d}/vault_pass", "corpus7-vault-pass\n")
    env = {"ANSIBLE_HOME": box.path("ansible-home"), "ANSIBLE_LOCAL_TEMP": box.path("ansible-tmp"), "ANSIBLE_HOST_KEY_CHECKING": "False"}
    c("ansible_playbook", {"playbook": "site.yml"}, "ansible-playbook site.yml", "MISSING_PARAMETER", cwd=d, env=env, stream="stdout")
    c("ansible_playbook", {"playbook": "deploy.yml"}, "ansible-playbook deploy.yml", "INCORRECT_PARAMETER", cwd=d, env=env)
    c("ansible_playbook", {"playbook": "broken.yml"}, "ansible-playbook broken.yml", "PARAMETER_FORMAT", cwd=d, env=env)
    c("ansible_playbook", {"playbook": "badmod.yml"}, "ansible-playbook badmod.yml", "INCORRECT_PARAMETER", cwd=d, env=env)
    c("ansible_playbook", {"playbook": "badarg.yml"}, "ansible-playbook badarg.yml", "INCORRECT_PARAMETER", cwd=d, env=env, stream="stdout")
    c("ansible_playbook", {"playbook": "site.yml", "tags": "deploy", "flag": "--tag"}, "ansible-playbook site.yml --tagz deploy",
      "PARAMETER_FORMAT", cwd=d, env=env)
    c("ansible_playbook", {"playbook": "site.yml", "inventory": "web", "limit": "db"}, "ansible-playbook -i inv.ini site.yml --limit db",
      "INCORRECT_PARAMETER", cwd=d, env=env)
    c("ansible_ping", {"inventory": "inv.ini", "pattern": "web"}, "ansible -i inv.ini web -m ping", "network", cwd=d, env=env, stream="stdout")
    c("ansible_module", {"module": "ansible.builtin.shel", "args": "uptime"}, "ansible localhost -m ansible.builtin.shel -a uptime",
      "INCORRECT_PARAMETER", cwd=d, env=env)
    c("ansible_module", {"module": "copy", "args": "dest=/tmp/corpus7-a"}, "ansible localhost -m copy -a dest=/tmp/corpus7-a",
      "MISSING_PARAMETER", cwd=d, env=env, stream="stdout")
    c("ansible_module", {"module": "apt", "args": "name=nginx state=latest update_cache=maybe"},
      "ansible localhost -m apt -a 'name=nginx state=latest update_cache=maybe'", "PARAMETER_FORMAT", cwd=d, env=env, stream="stdout")
    c("ansible_vault_view", {"file": "secret.txt"}, "ansible-vault view --vault-password-file vault_pass secret.txt", "WRONG_TOOL_SELECTION", cwd=d, env=env)
    box.sh(f"cd {d} && {VENV_BIN}/ansible-vault encrypt --vault-password-file vault_pass --output vaulted.yml secret.txt", check=False, env=env)
    box.write(f"{d}/wrong_pass", "not-the-pass\n")
    c("ansible_vault_view", {"file": "vaulted.yml", "password_file": "wrong_pass"}, "ansible-vault view --vault-password-file wrong_pass vaulted.yml",
      "auth", cwd=d, env=env)
    c("ansible_vault_encrypt", {"file": "vaulted.yml"}, "ansible-vault encrypt --vault-password-file vault_pass vaulted.yml", "WORKFLOW_SEQUENCE", cwd=d, env=env)
    c("ansible_vault_view", {"file": "vaulted.yml"}, "ansible-vault view vaulted.yml", "MISSING_PARAMETER", cwd=d, env=env)
    c("ansible_galaxy_install", {"collection": "community.general"}, "ansible-galaxy collection install community.general", "dns", cwd=d, env=env)
    c("ansible_galaxy_install", {"requirements": "requirements.yml"}, "ansible-galaxy install -r requirements.yml", "INCORRECT_PARAMETER", cwd=d, env=env)
    c("ansible_config", {"command": "dump", "flag": "--only-changes"}, "ansible-config dmp", "WRONG_TOOL_SELECTION", cwd=d, env=env)


def python_tool_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 90, **kw})  # noqa: E731
    plain = box.mkdir("pytools", "plain")
    repo = box.git_repo("pytools/repo", {"app.py": "x = 1\n", "tests/test_app.py": "def test_a():\n    assert 1 == 2\n"})
    box.write(f"{repo}/.pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks:\n      - id: no-todo\n        name: no todo\n"
                                                  "        entry: 'TODO'\n        language: pygrep\n")
    box.sh("git add -A && git commit -qm cfg", cwd=repo)
    badcfg = box.git_repo("pytools/badcfg", {"a.py": "x = 1\n"})
    box.write(f"{badcfg}/.pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks:\n      - id: x\n")
    remote = box.git_repo("pytools/remote", {"a.py": "x = 1\n"})
    box.write(f"{remote}/.pre-commit-config.yaml", "repos:\n  - repo: https://github.com/psf/black\n    rev: 24.1.0\n    hooks:\n      - id: black\n")
    c("pre_commit_run", {"all_files": True}, "pre-commit run --all-files", "MISSING_PREREQUISITE", cwd=plain)
    c("pre_commit_run", {"hook": "no-todo"}, "pre-commit run no-todo --all-files", "MISSING_PREREQUISITE", cwd=box.git_repo("pytools/nocfg"),
      stream="stdout")
    c("pre_commit_run", {"hook": "flake8"}, "pre-commit run flake8 --all-files", "INCORRECT_PARAMETER", cwd=repo)
    c("pre_commit_run", {"config": "badcfg"}, "pre-commit run --all-files", "PARAMETER_FORMAT", cwd=badcfg)
    c("pre_commit_install_hooks", {"config": "remote"}, "pre-commit install-hooks", "dns", cwd=remote, stream="stdout")
    c("pre_commit_autoupdate", {"repo": "local"}, "pre-commit autoupdate --repo https://github.com/psf/blackk", "INCORRECT_PARAMETER", cwd=repo,
      stream="stdout")
    c("pre_commit_run", {"from_ref": "HEAD~5", "to_ref": "HEAD"}, "pre-commit run --from-ref HEAD~5 --to-ref HEAD", "INCORRECT_PARAMETER", cwd=repo,
      stream="both")
    c("pre_commit_command", {"command": "check"}, "pre-commit check", "WRONG_TOOL_SELECTION", cwd=repo)
    tox = box.mkdir("pytools", "tox")
    box.write(f"{tox}/tox.ini", "[tox]\nenv_list = py311\nskipsdist = true\n[testenv]\ncommands = python -c 'print(1)'\n")
    c("tox_run", {"env": "py39-lint"}, "tox -e lint", "INCORRECT_PARAMETER", cwd=tox, stream="both")
    c("tox_run", {"config": "tox.ini"}, "tox -c missing.ini -e py311", "INCORRECT_PARAMETER", cwd=tox, stream="both")
    box.write(f"{tox}/bad/tox.ini", "[tox\nenv_list = py311\n")
    c("tox_run", {"config": "bad/tox.ini"}, "tox -c bad/tox.ini", "PARAMETER_FORMAT", cwd=tox, stream="both")
    c("tox_run", {"parallel": "many"}, "tox -p many", "PARAMETER_FORMAT", cwd=tox, stream="both")
    nox = box.mkdir("pytools", "nox")
    box.write(f"{nox}/noxfile.py", "import nox\n\n@nox.session(python=False)\ndef lint(session):\n    session.run('true')\n")
    c("nox_run", {"session": "tests"}, "nox -s tests", "INCORRECT_PARAMETER", cwd=nox)
    c("nox_run", {"session": "lint"}, "nox -s lint", "MISSING_PREREQUISITE", cwd=plain)
    c("nox_run", {"python": "3.7"}, "nox -p 3.7 -s lint", "INCORRECT_PARAMETER", cwd=nox)
    c("pytest", {"path": "tests/test_api.py"}, "python -m pytest -q tests/test_api.py", "INCORRECT_PARAMETER", cwd=repo,
      needs=(), stream="both", display="python -m pytest -q tests/test_api.py")
    c("pytest", {"marker": "slow and"}, "python -m pytest -q -m 'slow and'", "PARAMETER_FORMAT", cwd=repo, needs=(), stream="both")
    c("pytest", {"node_id": "tests/test_app.py::test_b"}, "python -m pytest -q tests/test_app.py::test_b", "INCORRECT_PARAMETER", cwd=repo,
      needs=(), stream="both")
    c("pytest", {"flag": "--cov"}, "python -m pytest --cov=app", "MISSING_PREREQUISITE", cwd=repo, needs=())
    c("pytest", {"fixture": "db_session"}, "python -m pytest -q --fixtures-per-test --setup-plan -p no:cacheprovider -k x -x --maxfail=abc",
      "PARAMETER_FORMAT", cwd=repo, needs=())
    sqlu = box.mkdir("pytools", "sqlu")
    box.write(f"{sqlu}/people.json", '[{"id": 1, "name": "ada"}]\n')
    box.write(f"{sqlu}/people.csv", "id,name\n1,ada\n")
    box.sh(f"{VENV_BIN}/sqlite-utils insert app.db people people.json --pk id", cwd=sqlu, check=False)
    c("sqlite_utils_query", {"db": "app.db", "sql": "select * from customers"}, "sqlite-utils query app.db 'select * from customers'",
      "INCORRECT_PARAMETER", cwd=sqlu)
    c("sqlite_utils_query", {"db": "app.db", "sql": "selec * from people"}, "sqlite-utils query app.db 'selec * from people'", "PARAMETER_FORMAT", cwd=sqlu)
    c("sqlite_utils_insert", {"db": "app.db", "table": "people", "file": "people.csv"}, "sqlite-utils insert app.db people people.csv",
      "PARAMETER_FORMAT", cwd=sqlu)
    c("sqlite_utils_insert", {"db": "app.db", "table": "people", "file": "people.json", "pk": "id"},
      "sqlite-utils insert app.db people people.json --pk id", "WORKFLOW_SEQUENCE", cwd=sqlu)
    c("sqlite_utils_insert", {"db": "app.db", "table": "people"}, "sqlite-utils insert app.db people", "MISSING_PARAMETER", cwd=sqlu)
    c("sqlite_utils_add_column", {"db": "app.db", "table": "people", "column": "age", "type": "number"},
      "sqlite-utils add-column app.db people age number", "INCORRECT_PARAMETER", cwd=sqlu)
    c("sqlite_utils_add_column", {"db": "app.db", "table": "people", "column": "name"}, "sqlite-utils add-column app.db people name",
      "WORKFLOW_SEQUENCE", cwd=sqlu)
    c("sqlite_utils_transform", {"db": "app.db", "table": "users", "drop": "name"}, "sqlite-utils transform app.db users --drop name",
      "INCORRECT_PARAMETER", cwd=sqlu)
    c("sqlite_utils_rows", {"db": "app.db", "table": "people", "limit": "ten"}, "sqlite-utils rows app.db people --limit ten",
      "PARAMETER_FORMAT", cwd=sqlu)
    c("sqlite_utils_tables", {"db": "people.csv"}, "sqlite-utils tables people.csv", "WRONG_TOOL_SELECTION", cwd=sqlu)
    c("sqlite_utils_command", {"command": "list-tables"}, "sqlite-utils list-tables app.db", "WRONG_TOOL_SELECTION", cwd=sqlu)


def lint_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **kw)  # noqa: E731
    d = box.mkdir("lint")
    box.write(f"{d}/feed.xml", "<feed><entry><title>a</title></feed>\n")
    box.write(f"{d}/ok.xml", "<feed><entry id='1'><title>a</title></entry></feed>\n")
    box.write(f"{d}/feed.xsd", '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="feed"><xs:complexType><xs:sequence>'
                               '<xs:element name="item" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element></xs:schema>\n')
    box.write(f"{d}/data.json", '{"a": 1}\n')
    box.write(f"{d}/deploy.sh", "#!/bin/bash\nfor f in $(ls *.txt)\ndo\n  echo $f\n")
    box.write(f"{d}/app.py", "print('hi')\n")
    box.write(f"{d}/ci.yml", "jobs:\n  build:\n    steps: [a, b\n")
    box.write(f"{d}/dup.yml", "name: a\nname: b\n")
    box.write(f"{d}/.yamllint-bad", "extends: defaultt\n")
    c("xmllint", {"file": "feed.xml"}, "xmllint --noout feed.xml", "PARAMETER_FORMAT", cwd=d)
    c("xmllint", {"file": "feed.xm"}, "xmllint --noout feed.xm", "INCORRECT_PARAMETER", cwd=d)
    c("xmllint_xpath", {"file": "ok.xml", "xpath": "//entry[@id='1'"}, "xmllint --xpath \"//entry[@id='1'\" ok.xml", "PARAMETER_FORMAT", cwd=d)
    c("xmllint_xpath", {"file": "ok.xml", "xpath": "//item"}, "xmllint --xpath //item ok.xml", "INCORRECT_PARAMETER", cwd=d)
    c("xmllint_schema", {"file": "ok.xml", "schema": "feed.xsd"}, "xmllint --noout --schema feed.xsd ok.xml", "PARAMETER_FORMAT", cwd=d)
    c("xmllint_schema", {"file": "ok.xml", "schema": "atom.xsd"}, "xmllint --noout --schema atom.xsd ok.xml", "INCORRECT_PARAMETER", cwd=d)
    c("xmllint", {"file": "data.json"}, "xmllint --noout data.json", "WRONG_TOOL_SELECTION", cwd=d)
    c("xmllint", {"flag": "--pretty"}, "xmllint --pretty ok.xml", "MISSING_PARAMETER", cwd=d, stream="both")
    c("shellcheck", {"file": "deploy.sh"}, "shellcheck deploy.sh", "PARAMETER_FORMAT", cwd=d, stream="stdout")
    c("shellcheck", {"file": "deploy.bash"}, "shellcheck deploy.bash", "INCORRECT_PARAMETER", cwd=d)
    c("shellcheck", {"file": "app.py"}, "shellcheck app.py", "WRONG_TOOL_SELECTION", cwd=d, stream="stdout")
    c("shellcheck", {"shell": "zsh"}, "shellcheck -s zsh deploy.sh", "INCORRECT_PARAMETER", cwd=d)
    c("shellcheck", {"severity": "fatal"}, "shellcheck -S fatal deploy.sh", "INCORRECT_PARAMETER", cwd=d)
    c("yamllint", {"file": "ci.yml"}, "yamllint ci.yml", "PARAMETER_FORMAT", cwd=d, stream="stdout")
    c("yamllint", {"file": "dup.yml"}, "yamllint dup.yml", "PARAMETER_FORMAT", cwd=d, stream="stdout")
    c("yamllint", {"file": "ci.yaml"}, "yamllint ci.yaml", "INCORRECT_PARAMETER", cwd=d)
    c("yamllint", {"config": ".yamllint-bad"}, "yamllint -c .yamllint-bad dup.yml", "INCORRECT_PARAMETER", cwd=d)
    c("yamllint", {"format": "json"}, "yamllint -f json dup.yml", "INCORRECT_PARAMETER", cwd=d)


def net_cli_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 30, **kw})  # noqa: E731
    d = box.mkdir("net")
    w = "wget -q --tries=1 --timeout=3 -O /dev/null"
    c("wget", {"url": f"{H}/files/release-2.4.tar.gz"}, f"wget --tries=1 -O /dev/null {H}/files/release-2.4.tar.gz", "INCORRECT_PARAMETER", cwd=d)
    c("wget", {"url": f"{H}/private/build.zip"}, f"wget --tries=1 -O /dev/null {H}/private/build.zip", "auth", cwd=d)
    c("wget", {"url": f"{H}/private/build.zip", "user": "ci", "password": "wrong"},
      f"wget --tries=1 --user ci --password wrong -O /dev/null {H}/private/build.zip", "auth", cwd=d)
    c("wget", {"url": f"{H}/forbidden/db.sql"}, f"wget --tries=1 -O /dev/null {H}/forbidden/db.sql", "permission", cwd=d)
    c("wget", {"url": f"{H}/boom/export"}, f"wget --tries=1 -O /dev/null {H}/boom/export", "server_error", cwd=d)
    c("wget", {"url": f"{H}/maint/index.html"}, f"wget --tries=1 -O /dev/null {H}/maint/index.html", "server_error", cwd=d)
    c("wget", {"url": f"{H}/api/v2/search"}, f"wget --tries=1 -O /dev/null {H}/api/v2/search", "rate_limit", cwd=d)
    c("wget", {"url": f"http://127.0.0.1:{CLOSED_PORT}/a"}, f"wget --tries=1 -O /dev/null http://127.0.0.1:{CLOSED_PORT}/a", "network", cwd=d)
    c("wget", {"url": f"http://127.0.0.1:{HANG_PORT}/a", "timeout": 2}, f"wget --tries=1 --timeout=2 -O /dev/null http://127.0.0.1:{HANG_PORT}/a",
      "timeout", cwd=d)
    c("wget", {"url": f"{HS}/files/a"}, f"wget --tries=1 -O /dev/null {HS}/files/a", "tls", cwd=d)
    c("wget", {"url": "https://downloads.corpus7-nowhere.example/a.tgz"}, "wget --tries=1 -O /dev/null https://downloads.corpus7-nowhere.example/a.tgz",
      "dns", cwd=d)
    c("wget", {"url": "htps://example.com/a"}, "wget --tries=1 -O /dev/null htps://example.com/a", "PARAMETER_FORMAT", cwd=d)
    c("wget", {"url": f"{H}/files/a", "flag": "--retry"}, f"wget --retry 3 {H}/files/a", "PARAMETER_FORMAT", cwd=d)
    c("wget", {}, "wget", "MISSING_PARAMETER", cwd=d)
    c("wget", {"url": f"{H}/html/page", "output": "downloads/page.html"}, f"{w} {H}/html/page -O downloads/page.html", "MISSING_PREREQUISITE", cwd=d)
    c("dig", {"name": "db.internal", "server": f"127.0.0.1#{CLOSED_PORT}"}, f"dig @127.0.0.1 -p {CLOSED_PORT} +tries=1 +time=2 db.internal",
      "network", cwd=d, stream="stdout", needs=("dig",))
    c("dig", {"name": "db.internal", "server": f"127.0.0.1#{HANG_PORT}"}, f"dig @127.0.0.1 -p {HANG_PORT} +tcp +tries=1 +time=2 db.internal",
      "timeout", cwd=d, stream="stdout", needs=("dig",))
    c("dig", {"name": "corpus7.example", "type": "AAAAA"}, "dig @127.0.0.1 -p 1 +time=1 +tries=1 corpus7.example -t AAAAA", "INCORRECT_PARAMETER",
      cwd=d, needs=("dig",))
    c("dig", {"option": "+shorts"}, "dig +shorts corpus7.example", "PARAMETER_FORMAT", cwd=d, needs=("dig",))
    c("host", {"name": "corpus7.example", "server": "127.0.0.1"}, f"host -W 2 -p {CLOSED_PORT} corpus7.example 127.0.0.1", "network", cwd=d,
      stream="stdout", needs=("host",))
    c("host", {"type": "MXX"}, "host -t MXX corpus7.example 127.0.0.1", "INCORRECT_PARAMETER", cwd=d, needs=("host",))
    c("nslookup", {"name": "corpus7.example", "server": "127.0.0.1", "port": CLOSED_PORT},
      f"nslookup -port={CLOSED_PORT} -timeout=2 corpus7.example 127.0.0.1", "network", cwd=d, stream="stdout", needs=("nslookup",))
    c("socat", {"address": f"TCP:127.0.0.1:{CLOSED_PORT}"}, f"socat - TCP:127.0.0.1:{CLOSED_PORT}", "network", cwd=d)
    c("socat", {"address": "TCP:127.0.0.1"}, "socat - TCP:127.0.0.1", "MISSING_PARAMETER", cwd=d)
    c("socat", {"address": "TCPP:127.0.0.1:80"}, "socat - TCPP:127.0.0.1:80", "PARAMETER_FORMAT", cwd=d)
    c("sftp_batch", {"host": "127.0.0.1", "port": CLOSED_PORT}, f"sftp -b /dev/null -P {CLOSED_PORT} -o BatchMode=yes deploy@127.0.0.1",
      "network", cwd=d)
    c("sftp_batch", {"host": "files.corpus7-nowhere.example"}, "sftp -b /dev/null -o BatchMode=yes deploy@files.corpus7-nowhere.example",
      "dns", cwd=d)
    c("sftp_batch", {"host": "127.0.0.1", "port": HANG_PORT}, f"sftp -b /dev/null -P {HANG_PORT} -o BatchMode=yes -o ConnectTimeout=2 deploy@127.0.0.1",
      "timeout", cwd=d)
    c("rsync_daemon", {"src": "a", "dest": f"rsync://127.0.0.1:{CLOSED_PORT}/backup/"}, f"rsync -a /etc/hostname rsync://127.0.0.1:{CLOSED_PORT}/backup/",
      "network", cwd=d)
    c("rsync_copy", {"src": "build/", "dest": "deploy/"}, "rsync -a build/ deploy/", "INCORRECT_PARAMETER", cwd=d)
    c("rsync_copy", {"flag": "--exclude-from"}, "rsync -a --exclude-from=.rsyncignore /etc/hostname out/", "INCORRECT_PARAMETER", cwd=d)
    c("redis_check_aof", {"file": "appendonly.aof"}, "redis-check-aof appendonly.aof", "INCORRECT_PARAMETER", cwd=d)
    box.write(f"{d}/dump.aof", "*2\r\n$3\r\nSET\r\n")
    c("redis_check_aof", {"file": "dump.aof"}, "redis-check-aof dump.aof", "PARAMETER_FORMAT", cwd=d, stream="stdout")


def sys_cli_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 30, **kw})  # noqa: E731
    d = box.mkdir("sys")
    box.sh("openssl genrsa -out key.pem 2048 && openssl req -x509 -key key.pem -out cert.pem -days 1 -subj /CN=corpus7", cwd=d, check=False)
    box.sh("openssl genrsa -aes256 -passout pass:corpus7pass -out enc_key.pem 2048", cwd=d, check=False)
    box.write(f"{d}/notes.txt", "hello\n")
    box.sh("printf 'a\\n' > a.txt && zip -q bundle.zip a.txt && tar czf bundle.tgz a.txt", cwd=d, check=False)
    c("openssl_pkcs12", {"in": "cert.pem", "inkey": "key.pem"}, "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:x -name",
      "MISSING_PARAMETER", cwd=d)
    c("openssl_pkcs12", {"in": "bundle.p12", "password": "wrong"}, "openssl pkcs12 -export -in cert.pem -inkey key.pem -out b.p12 -passout pass:x && openssl pkcs12 -in b.p12 -passin pass:wrong -nokeys",
      "auth", cwd=d)
    c("openssl_rsa", {"in": "enc_key.pem", "passin": "pass:guess"}, "openssl rsa -in enc_key.pem -passin pass:guess -noout", "auth", cwd=d)
    c("openssl_rsa", {"in": "cert.pem"}, "openssl rsa -in cert.pem -noout", "WRONG_TOOL_SELECTION", cwd=d)
    c("openssl_pkey", {"in": "notes.txt"}, "openssl pkey -in notes.txt -noout", "PARAMETER_FORMAT", cwd=d)
    c("openssl_ec", {"name": "prime256v2"}, "openssl ecparam -name prime256v2 -genkey", "INCORRECT_PARAMETER", cwd=d)
    c("openssl_rand", {"bytes": "32b"}, "openssl rand -hex 32b", "PARAMETER_FORMAT", cwd=d)
    c("openssl_asn1parse", {"in": "notes.txt"}, "openssl asn1parse -in notes.txt", "PARAMETER_FORMAT", cwd=d)
    c("openssl_x509_checkend", {"in": "cert.pem", "seconds": "1d"}, "openssl x509 -in cert.pem -noout -checkend 1d", "PARAMETER_FORMAT", cwd=d)
    c("openssl_req_verify", {"in": "cert.pem"}, "openssl req -in cert.pem -noout -verify", "WRONG_TOOL_SELECTION", cwd=d)
    c("openssl_cipher", {"cipher": "aes-256-gcmm"}, "openssl enc -aes-256-gcmm -in notes.txt -pass pass:x", "INCORRECT_PARAMETER", cwd=d)
    c("openssl_passwd", {"algo": "-7"}, "openssl passwd -7 secret", "PARAMETER_FORMAT", cwd=d)
    c("openssl_command", {"command": "x590"}, "openssl x590 -in cert.pem", "WRONG_TOOL_SELECTION", cwd=d)
    c("openssl_smime", {"in": "notes.txt"}, "openssl cms -verify -in notes.txt -noverify", "PARAMETER_FORMAT", cwd=d)
    c("zipinfo", {"file": "bundle.tgz"}, "zipinfo bundle.tgz", "WRONG_TOOL_SELECTION", cwd=d, stream="both")
    c("zipinfo", {"file": "release.zip"}, "zipinfo release.zip", "INCORRECT_PARAMETER", cwd=d, stream="both")
    c("zip_test", {"file": "bundle.zip", "member": "b.txt"}, "unzip -p bundle.zip b.txt", "INCORRECT_PARAMETER", cwd=d, stream="both")
    c("zip_update", {"file": "bundle.zip", "add": "missing.txt"}, "zip bundle.zip missing.txt", "INCORRECT_PARAMETER", cwd=d, stream="both")
    c("bzip2_decompress", {"file": "bundle.tgz"}, "bzip2 -dc bundle.tgz > /dev/null", "WRONG_TOOL_SELECTION", cwd=d)
    c("xz_test", {"file": "notes.txt"}, "xz -t notes.txt", "WRONG_TOOL_SELECTION", cwd=d)
    c("zstd_decompress", {"file": "notes.txt.zst"}, "zstd -d notes.txt.zst", "INCORRECT_PARAMETER", cwd=d)
    c("gdb_batch", {"program": "./server"}, "gdb -batch -ex run ./server", "INCORRECT_PARAMETER", cwd=d, stream="both")
    c("gdb_attach", {"pid": 999999}, "gdb -batch -p 999999", "INCORRECT_PARAMETER", cwd=d, stream="both", ok=True)
    c("strace", {"pid": 999999}, "strace -p 999999", "INCORRECT_PARAMETER", cwd=d)
    c("strace", {"program": "serve"}, "strace -f serve", "INCORRECT_PARAMETER", cwd=d)
    c("strace", {"trace": "opn"}, "strace -e trace=opn true", "INCORRECT_PARAMETER", cwd=d)
    c("valgrind", {"program": "notes.txt"}, "valgrind -q ./notes.txt", "WRONG_TOOL_SELECTION", cwd=d)
    c("valgrind", {"tool": "memchek"}, "valgrind --tool=memchek true", "INCORRECT_PARAMETER", cwd=d)
    c("systemctl_restart", {"unit": "nginx"}, "systemctl restart nginx", "daemon_down", cwd=d, needs=("systemctl",))
    c("journalctl", {"unit": "nginx", "since": "yesterdayy"}, "journalctl -u nginx --since yesterdayy", "PARAMETER_FORMAT", cwd=d)
    c("journalctl", {"priority": "critical"}, "journalctl -p critical", "INCORRECT_PARAMETER", cwd=d)
    c("journalctl", {"flag": "--tail"}, "journalctl --tial", "PARAMETER_FORMAT", cwd=d)
    c("timedatectl", {"command": "set-timezone", "tz": "Europe/Amsterdam"}, "timedatectl set-timezone Europe/Amsterdam", "daemon_down", cwd=d)
    c("hostnamectl", {"command": "set-hostname", "name": "web1"}, "hostnamectl set-hostname web1", "daemon_down", cwd=d)
    c("loginctl", {"command": "list-sessions"}, "loginctl list-sessions", "daemon_down", cwd=d)
    c("busctl", {"command": "list"}, "busctl list", "daemon_down", cwd=d)
    c("systemd_analyze_calendar", {"spec": "every monday 9am"}, "systemd-analyze calendar 'every monday 9am'", "PARAMETER_FORMAT", cwd=d)
    c("systemd_analyze_timespan", {"span": "5 minuts"}, "systemd-analyze timespan '5 minuts'", "PARAMETER_FORMAT", cwd=d)
    box.write(f"{d}/app.service", "[Unit]\nDescription=app\n[Service]\nExecStart=app --port 80\nRestart=sometimes\n")
    c("systemd_analyze_verify", {"unit": "app.service"}, "systemd-analyze verify ./app.service", "PARAMETER_FORMAT", cwd=d)
    c("systemd_analyze_verify", {"unit": "web.service"}, "systemd-analyze verify ./web.service", "INCORRECT_PARAMETER", cwd=d)


def service_cli_cases(run: Run, box: Sandbox) -> None:
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 30, **kw})  # noqa: E731
    d = box.mkdir("svc")
    pg = "-h 127.0.0.1 -U postgres"
    if port_open("127.0.0.1", 5432):
        c("pgbench", {"dbname": "test"}, f"pgbench {pg} -n -t 1 test", "MISSING_PREREQUISITE", cwd=d)
        c("pgbench", {"dbname": "test", "clients": "ten"}, f"pgbench {pg} -c ten test", "PARAMETER_FORMAT", cwd=d)
        c("pgbench", {"dbname": "shop_prod"}, f"pgbench {pg} -n -t 1 shop_prod", "MISSING_PREREQUISITE", cwd=d)
        c("pgbench", {"user": "bench"}, "pgbench -h 127.0.0.1 -U bench -n -t 1 test", "auth", cwd=d)
        c("createuser", {"name": "postgres"}, f"createuser {pg} postgres", "WORKFLOW_SEQUENCE", cwd=d)
        c("dropuser", {"name": "corpus7_ghost"}, f"dropuser {pg} corpus7_ghost", "INCORRECT_PARAMETER", cwd=d)
        c("createuser", {"name": "corpus7-bad", "conn_limit": "many"}, f"createuser {pg} -c many corpus7_x", "PARAMETER_FORMAT", cwd=d)
        c("pg_dumpall", {"roles_only": True, "port": CLOSED_PORT}, f"pg_dumpall -h 127.0.0.1 -p {CLOSED_PORT} -U postgres --roles-only",
          "network", cwd=d)
        c("pg_isready", {"port": CLOSED_PORT}, f"pg_isready -h 127.0.0.1 -p {CLOSED_PORT}", "network", cwd=d, stream="stdout")
        c("pg_isready", {"socket_dir": f"{ALIAS}/svc"}, f"pg_isready -h {d}", "daemon_down", cwd=d, stream="stdout")
        c("clusterdb", {"dbname": "test", "table": "orders"}, f"clusterdb {pg} -d test -t orders", "INCORRECT_PARAMETER", cwd=d)
        c("pg_amcheck", {"dbname": "test", "table": "orders"}, f"pg_amcheck {pg} -d test -t orders", "INCORRECT_PARAMETER", cwd=d, stream="both")
    if port_open("127.0.0.1", 3306):
        my = "-h 127.0.0.1 -u root"
        c("mariadb_show", {"user": "root", "password": "wrong"}, "mariadb-show -h 127.0.0.1 -u root -pwrong", "auth", cwd=d)
        c("mariadb_binlog", {"file": "mysql-bin.000042"}, "mariadb-binlog mysql-bin.000042", "INCORRECT_PARAMETER", cwd=d)
        c("mariadb_show", {"port": CLOSED_PORT}, f"mariadb-show -h 127.0.0.1 -P {CLOSED_PORT} -u root", "network", cwd=d)
    if port_open("127.0.0.1", 5672):
        c("rabbitmq_plugins_enable", {"plugin": "rabbitmq_managment"}, "rabbitmq-plugins enable rabbitmq_managment", "INCORRECT_PARAMETER", cwd=d,
          needs=("rabbitmq-plugins",), timeout=60)
        c("rabbitmq_diagnostics", {"command": "check_port_listener", "port": "amqp"}, "rabbitmq-diagnostics check_port_listener amqp",
          "PARAMETER_FORMAT", cwd=d, needs=("rabbitmq-diagnostics",), timeout=60)
        c("rabbitmq_diagnostics", {"command": "statuss"}, "rabbitmq-diagnostics statuss", "WRONG_TOOL_SELECTION", cwd=d,
          needs=("rabbitmq-diagnostics",), timeout=60)
        c("rabbitmq_diagnostics", {"node": "rabbit@nowhere"}, "rabbitmq-diagnostics -n rabbit@corpus7-nowhere ping", "INCORRECT_PARAMETER", cwd=d,
          needs=("rabbitmq-diagnostics",), timeout=60)
    c("mosquitto_rr", {"topic": "corpus7/rpc/req", "response_topic": "corpus7/rpc/resp", "timeout": 2},
      "mosquitto_rr -h 127.0.0.1 -t corpus7/rpc/req -e corpus7/rpc/resp -m ping -W 2", "timeout", cwd=d, ok=False)
    c("mosquitto_rr", {"topic": "corpus7/rpc/req"}, "mosquitto_rr -h 127.0.0.1 -t corpus7/rpc/req -m ping", "MISSING_PARAMETER", cwd=d)
    c("mosquitto_rr", {"port": CLOSED_PORT}, f"mosquitto_rr -h 127.0.0.1 -p {CLOSED_PORT} -t a -e b -m ping -W 2", "network", cwd=d)
    c("mosquitto_passwd", {"file": "passwd/users", "user": "ci"}, "mosquitto_passwd -b passwd/users ci secret", "MISSING_PREREQUISITE", cwd=d)
    c("mosquitto_passwd", {"file": "users", "user": "ci"}, "mosquitto_passwd -b users ci", "MISSING_PARAMETER", cwd=d)
    box.write(f"{d}/bad.conf", "listener 1883\nallow_anonymus true\n")
    c("mosquitto_config_test", {"config": "bad.conf"}, "timeout 3 mosquitto -c bad.conf",
      "INCORRECT_PARAMETER", cwd=d, needs=("mosquitto",))


def infra_cli_cases(run: Run, box: Sandbox) -> None:
    """The same tools in a broken environment: unwritable, read-only or full directories."""
    c = lambda tool, params, command, label, **kw: cli(run, tool, params, command, label, **{"timeout": 60, **kw})  # noqa: E731
    if run.caps.get("setpriv"):
        perm = box.mkdir("perm")
        for sub in ("web", "lint", "go", "data", "sql"):
            box.mkdir("perm", sub)
        box.write(f"{perm}/web/app.js", "const a = 1\n")
        box.write(f"{perm}/lint/ci.yml", "a: 1\n", mode=0o600)
        box.write(f"{perm}/lint/feed.xml", "<a/>\n", mode=0o600)
        box.write(f"{perm}/lint/index.php", "<?php echo 1;\n", mode=0o600)
        box.write(f"{perm}/lint/task.rb", "puts 1\n", mode=0o600)
        box.write(f"{perm}/data/sales.csv", "id\n1\n", mode=0o600)
        box.write(f"{perm}/go/go.mod", "module example.com/p\n\ngo 1.19\n")
        box.write(f"{perm}/go/main.go", GO_MAIN)
        box.sh(["git", "init", "-q", f"{perm}/repo"])
        nb = dict(nobody=True, env={"HOME": "/tmp", "npm_config_cache": "/tmp/corpus7-npm-nobody", "GOCACHE": "/tmp/corpus7-gocache-nobody",
                                     "GOPATH": "/tmp/corpus7-gopath-nobody", "XDG_CACHE_HOME": "/tmp/corpus7-cache-nobody"})
        c("prettier_write", {"files": ["app.js"]}, "prettier --write app.js", "permission", cwd=f"{perm}/web", **nb)
        c("yamllint", {"file": "ci.yml"}, "yamllint ci.yml", "permission", cwd=f"{perm}/lint", **nb)
        c("xmllint", {"file": "feed.xml"}, "xmllint --noout feed.xml", "permission", cwd=f"{perm}/lint", **nb)
        c("php_run", {"script": "index.php"}, "php index.php", "permission", cwd=f"{perm}/lint", **nb)
        c("ruby_run", {"script": "task.rb"}, "ruby task.rb", "permission", cwd=f"{perm}/lint", **nb)
        c("go_build", {"dir": "perm/go"}, "go build -o svc .", "permission", cwd=f"{perm}/go", **nb)
        c("go_mod_init", {"module": "example.com/x"}, "go mod init example.com/x", "permission", cwd=f"{perm}/data", **nb)
        c("esbuild", {"entry": "app.js", "outfile": "dist/app.js"}, "esbuild app.js --outfile=dist/app.js", "permission", cwd=f"{perm}/web", **nb)
        c("wget", {"url": f"{H}/html/page", "dir": "perm"}, f"wget -nv --tries=1 {H}/html/page", "permission", cwd=f"{perm}/data", **nb)
        c("openssl_genrsa_out", {"out": "perm/key.pem"}, "openssl genpkey -algorithm ed25519 -out key.pem", "permission", cwd=f"{perm}/data", **nb)
        c("pre_commit_install", {}, "pre-commit install", "permission", cwd=f"{perm}/repo", **nb)
    if run.caps.get("unshare"):
        ro = box.mkdir("ro")
        for sub in ("web", "go", "data", "lint", "sql"):
            box.mkdir("ro", sub)
        box.write(f"{ro}/web/app.js", "const a = 1\n")
        box.write(f"{ro}/go/go.mod", "module example.com/ro\n\ngo 1.19\n")
        box.write(f"{ro}/go/main.go", GO_MAIN)
        box.write(f"{ro}/data/sales.csv", "id\n1\n")
        box.write(f"{ro}/lint/ci.yml", "a: 1\n")
        box.sh([SDK_PY, "-c", f"import sqlite3; c = sqlite3.connect('{ro}/sql/app.db'); c.execute('CREATE TABLE t (id INT)'); c.commit()"], check=False)
        box.git_repo("ro/repo", {"a.py": "x = 1\n"})
        rc = lambda tool, params, command, label, sub, **kw: c(tool, params, 'cd "$PWD" && ' + command, label, cwd=f"{ro}/{sub}", ro_mount=ro, **{"display": command, "needs": (command.split()[0],), **kw})  # noqa: E731
        rc("prettier_write", {"files": ["app.js"]}, "prettier --write app.js", "read_only", "web")
        rc("esbuild", {"entry": "app.js", "outfile": "dist/app.js"}, "esbuild app.js --outfile=dist/app.js", "read_only", "web")
        rc("go_build", {"dir": "ro/go"}, "go build -o svc .", "read_only", "go")
        rc("go_mod_tidy", {"dir": "ro/go"}, "go mod init example.com/ro2", "read_only", "data")
        rc("sqlite_utils_insert", {"db": "ro/sql/app.db", "table": "t"}, "sqlite-utils insert app.db t - --pk id", "read_only", "sql",
           stdin='[{"id": 1}]')
        rc("sqlite3_execute", {"db": "ro/sql/app.db", "sql": "INSERT INTO t VALUES (1)"},
           f"{SDK_PY} -c \"import sqlite3; c = sqlite3.connect('app.db'); c.execute('INSERT INTO t VALUES (1)'); c.commit()\"", "read_only", "sql",
           display="python -c \"import sqlite3; c = sqlite3.connect('app.db'); c.execute('INSERT INTO t VALUES (1)'); c.commit()\"", needs=())
        rc("pandas_to_csv", {"path": "ro/data/out.csv"}, f"{SDK_PY} -c \"import pandas as pd; pd.read_csv('sales.csv').to_csv('out.csv')\"",
           "read_only", "data", display="python -c \"import pandas as pd; pd.read_csv('sales.csv').to_csv('out.csv')\"", needs=())
        rc("duckdb_connect", {"database": "ro/data/app.duckdb"}, f"{SDK_PY} -c \"import duckdb; duckdb.connect('app.duckdb')\"", "read_only", "data",
           display="python -c \"import duckdb; duckdb.connect('app.duckdb')\"", needs=())
        rc("pre_commit_install", {}, "pre-commit install", "read_only", "repo")
        rc("wget", {"url": f"{H}/html/page"}, f"wget -nv --tries=1 {H}/html/page", "read_only", "data")
        rc("openssl_genrsa_out", {"out": "key.pem"}, "openssl genpkey -algorithm ed25519 -out key.pem", "read_only", "data")
        rc("php_eval", {"code": "file_put_contents('out.txt', 'x')"}, "php -r \"file_put_contents('out.txt', 'x') or exit(1);\"", "read_only", "data")
        rc("ruby_eval", {"code": "File.write('out.txt', 'x')"}, "ruby -e \"File.write('out.txt', 'x')\"", "read_only", "data")
        rc("zip_create", {"file": "out.zip"}, "zip out.zip sales.csv", "read_only", "data", stream="both")
        full = box.mkdir("full")
        tf = lambda tool, params, inner, label, **kw: c(tool, params, f"unshare -m sh -c {shlex.quote(f'mount -t tmpfs -o size=64k tmpfs {full} && cd {full} && {inner}')}",  # noqa: E731
                                                         label, needs=("unshare",), display=inner, **kw)
        tf("wget", {"url": f"{H}/big", "dir": "full"}, f"wget -nv --tries=1 -O big.bin {H}/big.bin", "resource")
        tf("pandas_to_csv", {"path": "full/big.csv"},
           f"{SDK_PY} -c \"import pandas as pd; pd.DataFrame({{'a': range(100000)}}).to_csv('big.csv')\"", "resource")
        tf("go_mod_init", {"module": "example.com/full"}, "head -c 65536 /dev/zero > pad; go mod init example.com/full", "resource")
        tf("sqlite_utils_insert", {"db": "full/app.db"}, f"{VENV_BIN}/python -c \"import json; print(json.dumps([{{'id': i, 'v': 'x' * 200}} for i in range(2000)]))\" > /dev/shm/corpus7-rows.json; sqlite-utils insert app.db t /dev/shm/corpus7-rows.json; rc=$?; rm -f /dev/shm/corpus7-rows.json; exit $rc",
           "resource")
        tf("zip_create", {"file": "full/big.zip"}, "head -c 200000 /dev/urandom > /dev/shm/corpus7-rand && zip -q big.zip /dev/shm/corpus7-rand; rc=$?; rm -f /dev/shm/corpus7-rand; exit $rc",
           "resource", stream="both")
        tf("openssl_enc", {"out": "full/blob.enc"}, "head -c 200000 /dev/urandom | openssl enc -aes-256-cbc -pbkdf2 -pass pass:x -out blob.enc", "resource")


# ---------------------------------------------------------------------------

DOCUMENTED: list[Row] = []

GROUPS: list[Callable[[Run, Sandbox], None]] = [
    mcp_cases, data_sdk_cases, net_sdk_cases, queue_sdk_cases, lib_sdk_cases, go_cases, script_lang_cases, node_tool_cases, gh_cases,
    ansible_cases, python_tool_cases, lint_cases, net_cli_cases, sys_cli_cases, service_cli_cases, infra_cli_cases,
]




def generate() -> list[Row]:
    with Sandbox("corpus7-") as box, Helpers() as helpers:
        box.env = base_env(box)
        tls = start_helpers(helpers, box)
        grpc_proc = start_grpc(box)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro"))}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        try:
            run.groups(GROUPS, os.environ.get("CORPUS_SEVENTH_ONLY"))
        finally:
            if grpc_proc is not None:
                grpc_proc.kill()
                grpc_proc.wait()
            delete_redis_keys(PREFIX)
        return run.rows
