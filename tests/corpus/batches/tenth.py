"""Batch "tenth": a tenth blind batch on tool families the corpus had not covered yet.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch tenth -o tenth_errors.jsonl``

What is run (every row is a real call made wrongly on this machine; nothing is hand-written):

- ``source: sdk`` (Python) -- data / document libraries (scikit-learn, scipy, matplotlib, Pillow,
  openpyxl, python-docx, pypdf, lxml, beautifulsoup4, jinja2, arrow, pendulum, ruamel.yaml, tomlkit,
  networkx, sympy, sqlite-utils' Python API) and protocol clients (websockets, httpcore, the standard
  library's ftplib, smtplib, imaplib, poplib and xmlrpc.client) against local fakes and closed ports.
  The message is ``Error: <ExcClass>: <str(exc)>``.
- ``source: sdk`` (Node) -- node's own modules (fs, child_process, net, dns, zlib, url, JSON).
- ``source: sdk`` (Python standard library) -- zipfile, gzip, shutil, os, configparser, datetime,
  zoneinfo, re, base64, uuid, ipaddress, decimal, struct, json, csv, importlib, socket, ssl,
  subprocess, urllib.parse, email.
- ``source: cli`` -- csvkit, sqlite-utils subcommands not covered before, openssl subcommands not
  covered before, iconv, file, envsubst, zstd, ssh-keygen, wget against the local fake HTTP server,
  systemctl / journalctl / timedatectl in a container without systemd.
- infra: a full disk (64 KiB tmpfs) and a read-only bind mount (``unshare -m``), uid 65534
  (``setpriv``), a missing unix socket, ``ulimit -n`` / ``ulimit -v``.

Local helpers on 127.0.0.1: 47900 HTTP (generic REST statuses, a WebSocket-refusing endpoint and an
XML-RPC endpoint), 47901 the same behind TLS (self-signed), 47902 a listener that never accepts,
47903 one that accepts and never answers, 47904 one that resets every connection, 47905 a fake SMTP
server, 47906 a fake IMAP server, 47907 a fake FTP server, 47908 a fake POP3 server, 47909 a closed port.

The tools live outside the project: ``CORPUS_TENTH_TOOLS`` (default ``.corpus-tools/tenth`` under the
checkout) holding ``venv/`` (pip install -r tests/corpus/batches/tenth_requirements.txt).  A family
whose tools are missing is skipped with a note.  ``CORPUS_TENTH_ONLY=<group,...>`` runs some groups only.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socketserver
import subprocess
import textwrap
import threading
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, make_row
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import NOBODY, Sandbox, can_setpriv, can_unshare, ro_bind, tiny_fs, tool_env
from tests.corpus.harness.servers import Helpers, J, NGINX_502, Reply, Request, self_signed

NAME = "tenth"
ALIAS = "/tmp/corpus10"
PORT_BASE = int(os.environ.get("CORPUS_TENTH_PORT_BASE", "47900"))
(HTTP_PORT, TLS_PORT, SILENT_PORT, HANG_PORT, RESET_PORT, SMTP_PORT, IMAP_PORT, FTP_PORT, POP_PORT,
 CLOSED_PORT) = range(PORT_BASE, PORT_BASE + 10)
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
TOOLS = os.environ.get("CORPUS_TENTH_TOOLS", str(Path(__file__).resolve().parents[3] / ".corpus-tools" / "tenth"))
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
SDK_PY = os.path.join(VENV_BIN, "python")
NOHOST = "api.corpus10-internal.example"
C = CLOSED_PORT


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
        (re.compile(r"\bpid[ =]\d+"), "pid 4242"),
        (re.compile(r"\b\d+\.\d+m?s\b"), "12ms"),
        (re.compile(r"(?m)^Date: .*GMT$"), "Date: Tue, 01 Dec 2026 00:00:00 GMT"),
        (re.compile(r"node:internal[^\n]*\n"), ""),
        (re.compile(r"timed out after 0\.\d+ seconds"), "timed out after 0.5 seconds"),
        (re.compile(r"\b[0-9A-F]{16}:error:"), "40E7F1A2B37F0000:error:"),
        (re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"), "2026-12-01 00:00:00"),
        (re.compile(r"--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--"), "--2026-12-01 00:00:00--"),
        (re.compile(r"\d+(?:\.\d+)?[KM]=\d+(?:\.\d+)?s"), "18.0M=0s"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780)


def base_env(box: Sandbox) -> dict[str, str]:
    return {
        **tool_env(box, "agent@corpus10.example", path_prefix=VENV_BIN),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",  # set reprs in messages (scikit-learn's allowed values) in a fixed order
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": box.path("mplconfig"),
    }


# ---------------------------------------------------------------------------
# local fake services
# ---------------------------------------------------------------------------

def route(req: Request) -> Reply:
    p = req.path
    table = {"/s/401": (401, {"error": "unauthorized", "message": "invalid api key"}),
             "/s/403": (403, {"error": "forbidden", "message": "token lacks scope files:write"}),
             "/s/404": (404, {"error": "not_found", "message": "report 'q4-summary' not found"}),
             "/s/409": (409, {"error": "conflict", "message": "report 'q4-summary' already exists"}),
             "/s/422": (422, {"error": "validation_failed", "message": "field 'start' must be an ISO-8601 date"}),
             "/s/429": (429, {"error": "rate_limited", "message": "too many requests, retry after 30s"}),
             "/s/500": (500, {"error": "internal", "message": "unexpected error"}),
             "/s/503": (503, {"error": "unavailable", "message": "service is under maintenance"})}
    if p.startswith("/ws/"):
        code = int(p.rsplit("/", 1)[1]) if p.rsplit("/", 1)[1].isdigit() else 404
        return Reply(code, J({"error": "websocket upgrade refused"}))
    if p.startswith("/RPC2"):
        m = re.search(rb"<methodName>([^<]+)</methodName>", req.body or b"")
        name = m.group(1).decode() if m else ""
        faults = {"reports.get": (404, "report 'q4' not found"), "reports.create": (409, "report 'q4' already exists"),
                  "auth.check": (401, "authentication required"), "jobs.run": (503, "worker pool exhausted")}
        if name in faults:
            code, text = faults[name]
            body = ("<?xml version='1.0'?><methodResponse><fault><value><struct><member><name>faultCode</name>"
                    f"<value><int>{code}</int></value></member><member><name>faultString</name><value><string>{text}"
                    "</string></value></member></struct></value></fault></methodResponse>")
            return Reply(200, body, "text/xml")
        body = ("<?xml version='1.0'?><methodResponse><fault><value><struct><member><name>faultCode</name>"
                f"<value><int>1</int></value></member><member><name>faultString</name><value><string>&lt;class 'Exception'&gt;:method \"{name}\" is not supported"
                "</string></value></member></struct></value></fault></methodResponse>")
        return Reply(200, body, "text/xml")
    if p.startswith("/RPCX"):
        return Reply(404, "Not Found", "text/plain")
    if p == "/s/502":
        return Reply(502, NGINX_502, "text/html")
    for key, (code, body) in table.items():
        if p.startswith(key):
            return Reply(code, J(body))
    return Reply(404, J({"error": "not_found", "message": f"no route {p}"}))


class LineServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def line_server(greeting: str, answer: Callable[[str, dict[str, Any]], str | None]) -> type[socketserver.StreamRequestHandler]:
    class Handler(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            state: dict[str, Any] = {}
            self.wfile.write(greeting.encode())
            while True:
                line = self.rfile.readline()
                if not line:
                    return
                text = line.decode("utf-8", "replace").rstrip("\r\n")
                reply = answer(text, state)
                if reply is None:
                    return
                self.wfile.write(reply.encode())
    return Handler


def smtp_answer(line: str, st: dict[str, Any]) -> str | None:
    up = line.upper()
    if st.get("data"):
        if line == ".":
            st["data"] = False
            return "552 5.3.4 Message size exceeds fixed maximum message size\r\n" if st.get("big") else "250 2.0.0 Ok: queued as 4242\r\n"
        if "X-BIG" in up:
            st["big"] = True
        return ""
    if st.get("auth") == "user":
        st["auth"] = "pass"
        return "334 UGFzc3dvcmQ6\r\n"
    if st.get("auth") == "pass":
        st["auth"] = None
        return "535 5.7.8 Username and Password not accepted. Learn more at https://support.example/mail/auth\r\n"
    if up.startswith(("EHLO", "HELO")):
        return "250-mail.corpus10.example\r\n250-SIZE 1048576\r\n250-AUTH LOGIN PLAIN\r\n250 8BITMIME\r\n"
    if up.startswith("AUTH"):
        if " PLAIN " in up + " ":
            return "535 5.7.8 Authentication credentials invalid\r\n"
        st["auth"] = "user"
        return "334 VXNlcm5hbWU6\r\n"
    if up.startswith("MAIL FROM"):
        if "throttled" in line:
            return "421 4.7.0 Try again later, closing connection. (rate limited)\r\n"
        if "quota" in line:
            return "452 4.3.1 Insufficient system storage\r\n"
        if "<>" not in line and "@" not in line:
            return "501 5.1.7 Bad sender address syntax\r\n"
        if "unauth" in line:
            return "530 5.7.0 Authentication Required\r\n"
        return "250 2.1.0 Ok\r\n"
    if up.startswith("RCPT TO"):
        if "nobody@" in line:
            return "550 5.1.1 <nobody@corpus10.example>: Recipient address rejected: User unknown in local recipient table\r\n"
        if "relay" in line:
            return "554 5.7.1 <x@elsewhere.example>: Relay access denied\r\n"
        if "full@" in line:
            return "552 5.2.2 <full@corpus10.example>: Mailbox full\r\n"
        if "@" not in line:
            return "501 5.1.3 Bad recipient address syntax\r\n"
        return "250 2.1.5 Ok\r\n"
    if up == "DATA":
        st["data"] = True
        return "354 End data with <CR><LF>.<CR><LF>\r\n"
    if up == "QUIT":
        return None
    if up in ("RSET", "NOOP"):
        return "250 2.0.0 Ok\r\n"
    return "502 5.5.2 Error: command not recognized\r\n"


def imap_answer(line: str, st: dict[str, Any]) -> str | None:
    parts = line.split(" ", 2)
    if len(parts) < 2:
        return "* BAD Missing tag\r\n"
    tag, cmd = parts[0], parts[1].upper()
    rest = parts[2] if len(parts) > 2 else ""
    if cmd == "CAPABILITY":
        return f"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK CAPABILITY completed\r\n"
    if cmd == "LOGIN":
        if "wrong" in rest:
            return f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n"
        if "locked" in rest:
            return f"{tag} NO [UNAVAILABLE] Temporary authentication failure, server is busy\r\n"
        return f"{tag} OK [CAPABILITY IMAP4rev1] Logged in\r\n"
    if cmd in ("SELECT", "EXAMINE", "STATUS", "DELETE", "RENAME"):
        if "Nope" in rest or "Archive/2019" in rest:
            return f"{tag} NO [NONEXISTENT] Mailbox doesn't exist: {rest.split()[0]}\r\n"
        if cmd == "SELECT":
            return f"* 3 EXISTS\r\n* FLAGS (\\Seen)\r\n{tag} OK [READ-WRITE] Select completed\r\n"
        return f"{tag} NO [CANNOT] Operation not allowed on INBOX\r\n"
    if cmd == "CREATE":
        return f"{tag} NO [ALREADYEXISTS] Mailbox already exists\r\n"
    if cmd in ("FETCH", "STORE", "SEARCH", "COPY"):
        if "999" in rest:
            return f"{tag} BAD Error in IMAP command FETCH: Invalid messageset (0.001 + 0.000 secs).\r\n"
        if "FOO" in rest.upper():
            return f"{tag} BAD Error in IMAP command {cmd}: Unknown argument FOO\r\n"
        return f"{tag} NO [OVERQUOTA] Quota exceeded (mailbox for user is full)\r\n"
    if cmd == "APPEND":
        return f"{tag} NO [OVERQUOTA] Quota exceeded (mailbox for user is full)\r\n"
    if cmd == "LOGOUT":
        return f"* BYE\r\n{tag} OK Logout completed\r\n"
    return f"{tag} BAD Error in IMAP command received by server.\r\n"


def ftp_answer(line: str, st: dict[str, Any]) -> str | None:
    cmd, _, arg = line.partition(" ")
    cmd = cmd.upper()
    if cmd == "USER":
        st["user"] = arg
        return "331 Please specify the password.\r\n"
    if cmd == "PASS":
        if st.get("user") == "anonymous" or arg == "wrong":
            return "530 Login incorrect.\r\n"
        if st.get("user") == "crowd":
            return "421 There are too many connected users, please try later.\r\n"
        return "230 Login successful.\r\n"
    if cmd in ("CWD", "SIZE", "MDTM", "DELE", "RMD"):
        if "locked" in arg:
            return "550 Permission denied.\r\n"
        if cmd == "RMD" and "full" in arg:
            return "550 Remove directory operation failed.\r\n"
        return "550 Failed to change directory.\r\n" if cmd == "CWD" else "550 Could not get file size.\r\n" if cmd == "SIZE" else "550 File not found.\r\n"
    if cmd == "MKD":
        return "550 Create directory operation failed.\r\n"
    if cmd == "TYPE":
        return "200 Switching to Binary mode.\r\n"
    if cmd in ("PASV", "EPSV"):
        return "425 Security: Bad IP connecting.\r\n"
    if cmd == "PWD":
        return '257 "/" is the current directory\r\n'
    if cmd == "QUIT":
        return None
    return "500 Unknown command.\r\n"


def pop_answer(line: str, st: dict[str, Any]) -> str | None:
    cmd, _, arg = line.partition(" ")
    cmd = cmd.upper()
    if cmd == "USER":
        st["user"] = arg
        return "+OK\r\n"
    if cmd == "PASS":
        if st.get("user") == "busy":
            return "-ERR [IN-USE] Unable to lock maildrop: mailbox is locked by another session\r\n"
        if arg == "wrong":
            return "-ERR [AUTH] Authentication failed.\r\n"
        return "+OK Logged in.\r\n"
    if cmd in ("RETR", "DELE", "TOP", "LIST"):
        return "-ERR There's no message 99.\r\n" if arg.startswith("99") else "-ERR Noise after message number: x\r\n"
    if cmd == "STAT":
        return "-ERR Unknown command: STAT\r\n" if not st.get("user") else "+OK 2 320\r\n"
    if cmd == "QUIT":
        return None
    return "-ERR Unknown command.\r\n"


class LineServers:
    """The fake mail / FTP servers of this batch (threads, shut down at exit)."""

    def __init__(self) -> None:
        self.servers: list[LineServer] = []

    def start(self, port: int, greeting: str, answer: Callable[[str, dict[str, Any]], str | None]) -> None:
        srv = LineServer(("127.0.0.1", port), line_server(greeting, answer))
        self.servers.append(srv)
        threading.Thread(target=srv.serve_forever, daemon=True).start()

    def close(self) -> None:
        for srv in self.servers:
            srv.shutdown()
            srv.server_close()


# ---------------------------------------------------------------------------
# drivers: many calls in one interpreter (each call in its own try; one message per call)
# ---------------------------------------------------------------------------

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
print("\n@@CORPUS10@@" + json.dumps(out), flush=True)
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
  catch (e) { console.log('\n@@CORPUS10@@' + JSON.stringify(spec.calls.map(() => 'PRE FAILED: ' + fmt(e)))); process.exit(0); }
  for (const c of spec.calls) {
    let timer;
    try {
      const f = new AsyncFunction('require', 'ctx', c.code);
      const r = await Promise.race([f(require, ctx), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error('CORPUS10 DRIVER TIMEOUT')), (c.timeout || 20) * 1000); })]);
      out.push(r === undefined || r === null ? null : String(r));
    } catch (e) { out.push(fmt(e)); }
    clearTimeout(timer);
  }
  try { if (spec.post) await new AsyncFunction('require', 'ctx', spec.post)(require, ctx); } catch (e) {}
  console.log('\n@@CORPUS10@@' + JSON.stringify(out));
  process.exit(0);
})();
'''

Call = tuple  # (tool, params, code, label) or (tool, params, code, label, options)


def drive(run: Run, box: Sandbox, family: str, lang: str, calls: Sequence[Call], *, pre: str = "", post: str = "",
          aio: bool = False, wrap: Callable[[str], str] | None = None, timeout: float = 300, needs: Sequence[str] = (),
          env: Mapping[str, str] | None = None) -> None:
    """Runs every call of one family in one interpreter; one row per call that failed."""
    exe = SDK_PY if lang == "py" else shutil.which("node")
    missing = [p for p in (exe or "", *needs) if not os.path.exists(p)]
    if missing:
        run.note(f"skip {family}: {missing} not installed")
        return
    assert exe is not None
    driver = box.write(f"drivers/corpus10_{family}.{lang}", PY_DRIVER if lang == "py" else JS_DRIVER)
    items = [c if len(c) == 5 else (*c, {}) for c in calls]
    spec = {"pre": textwrap.dedent(pre).strip(), "post": textwrap.dedent(post).strip(), "aio": aio,
            "calls": [{"code": textwrap.dedent(code).strip(), **opts} for _, _, code, _, opts in items]}
    argv = [exe, driver]
    cmd = wrap(shlex.join(argv)) if wrap else None
    try:
        cp = subprocess.run(["bash", "-c", cmd] if cmd else argv, input=json.dumps(spec), capture_output=True, text=True,
                            timeout=timeout, env={**run.env, "PYTHONWARNINGS": "ignore", **(env or {})}, cwd=box.mkdir("work-" + family))
        results = json.loads(cp.stdout.rsplit("@@CORPUS10@@", 1)[1])
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
        if res.startswith("PRE FAILED") or "CORPUS10 DRIVER TIMEOUT" in res:
            run.note(f"skip {tool}: {res[:200]}")
            continue
        run.rows.append(make_row(tool, n.value(dict(params)), n(res), label, source="sdk", command=shown))




def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    kw.setdefault("timeout", 40)
    return run.case(tool, params, command, label, **kw)


def data_files(box: Sandbox) -> None:
    box.write("data/notes.txt", "just some text, not an image or a workbook\n")
    box.write("data/sales.csv", "region,amount,day\nnorth,10,2026-01-02\nsouth,x,2026-01-03\n")
    box.write("data/page.html", "<html><body><div class='a'>hi</div></body></html>")
    box.write("data/cfg.yaml", "name: app\nport: 80\nport: 81\n")
    box.write("data/cfg.toml", "[tool]\nname = 'app'\n")
    box.write("data/templates/base.html", "Hello {{ user.name }}")
    box.mkdir("data/outdir")


SK_PRE = """
import numpy as np
X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]); y = np.array([0, 1, 1, 0])
"""


def py_data(run: Run, box: Sandbox) -> None:
    d = box.path("data")
    drive(run, box, "sklearn", "py", [
        ("sklearn_logistic_regression_fit", {"X_rows": 4, "y_rows": 3}, "from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, y[:3])", "PARAMETER_FORMAT"),
        ("sklearn_random_forest_predict", {"fitted": False}, "from sklearn.ensemble import RandomForestClassifier\nRandomForestClassifier().predict(X)", "WORKFLOW_SEQUENCE"),
        ("sklearn_random_forest_fit", {"n_estimators": "ten"}, "from sklearn.ensemble import RandomForestClassifier\nRandomForestClassifier(n_estimators='ten').fit(X, y)", "PARAMETER_FORMAT"),
        ("sklearn_decision_tree_fit", {"criterion": "accuracy"}, "from sklearn.tree import DecisionTreeClassifier\nDecisionTreeClassifier(criterion='accuracy').fit(X, y)", "INCORRECT_PARAMETER"),
        ("sklearn_linear_regression_fit", {"X": "contains NaN"}, "from sklearn.linear_model import LinearRegression\nLinearRegression().fit(np.array([[1.0], [np.nan]]), [1, 2])", "PARAMETER_FORMAT"),
        ("sklearn_get_scorer", {"scoring": "acuracy"}, "from sklearn.metrics import get_scorer\nget_scorer('acuracy')", "INCORRECT_PARAMETER"),
        ("sklearn_train_test_split", {"test_size": 1.5}, "from sklearn.model_selection import train_test_split\ntrain_test_split(X, y, test_size=1.5)", "INCORRECT_PARAMETER"),
        ("sklearn_kmeans_fit", {"n_clusters": 10, "n_samples": 4}, "from sklearn.cluster import KMeans\nKMeans(n_clusters=10, n_init=1).fit(X)", "INCORRECT_PARAMETER"),
        ("sklearn_label_encoder_transform", {"labels": ["cat", "zebra"]}, "from sklearn.preprocessing import LabelEncoder\nLabelEncoder().fit(['cat', 'dog']).transform(['cat', 'zebra'])", "INCORRECT_PARAMETER"),
        ("sklearn_standard_scaler_transform", {"n_features": 3}, "from sklearn.preprocessing import StandardScaler\nStandardScaler().fit(X).transform(np.ones((2, 3)))", "PARAMETER_FORMAT"),
        ("sklearn_cross_val_score", {"cv": 1}, "from sklearn.model_selection import cross_val_score\nfrom sklearn.linear_model import LogisticRegression\ncross_val_score(LogisticRegression(), X, y, cv=1)", "INCORRECT_PARAMETER"),
        ("sklearn_svc_fit", {"kernel": "gaussian"}, "from sklearn.svm import SVC\nSVC(kernel='gaussian').fit(X, y)", "INCORRECT_PARAMETER"),
        ("sklearn_pipeline_set_params", {"param": "clf__C"}, "from sklearn.pipeline import Pipeline\nfrom sklearn.linear_model import LogisticRegression\nPipeline([('model', LogisticRegression())]).set_params(clf__C=2)", "INCORRECT_PARAMETER"),
        ("sklearn_one_hot_encoder_transform", {"value": "purple"}, "from sklearn.preprocessing import OneHotEncoder\nOneHotEncoder().fit([['red'], ['blue']]).transform([['purple']])", "INCORRECT_PARAMETER"),
        ("sklearn_fit_1d_input", {"X_shape": [4]}, "from sklearn.linear_model import LinearRegression\nLinearRegression().fit(np.array([1.0, 2.0, 3.0, 4.0]), y)", "PARAMETER_FORMAT"),
        ("sklearn_classifier_fit_continuous_y", {"y": [0.5, 1.2, 3.3, 0.1]}, "from sklearn.linear_model import LogisticRegression\nLogisticRegression().fit(X, [0.5, 1.2, 3.3, 0.1])", "PARAMETER_FORMAT"),
        ("sklearn_grid_search_fit", {"param_grid": {"alpha": [1]}}, "from sklearn.model_selection import GridSearchCV\nfrom sklearn.svm import SVC\nGridSearchCV(SVC(), {'alpha': [1]}, cv=2).fit(X, y)", "INCORRECT_PARAMETER"),
        ("sklearn_accuracy_score", {"y_true_len": 4, "y_pred_len": 2}, "from sklearn.metrics import accuracy_score\naccuracy_score(y, [0, 1])", "PARAMETER_FORMAT"),
        ("sklearn_joblib_load", {"path": "model.pkl"}, "import joblib\njoblib.load('model.pkl')", "INCORRECT_PARAMETER"),
        ("sklearn_pca_fit", {"n_components": 5}, "from sklearn.decomposition import PCA\nPCA(n_components=5).fit(X)", "INCORRECT_PARAMETER"),
    ], pre=SK_PRE)
    drive(run, box, "scipy", "py", [
        ("scipy_optimize_minimize", {"method": "gradient-descent"}, "from scipy.optimize import minimize\nminimize(lambda x: (x[0]-1)**2, [0.0], method='gradient-descent')", "INCORRECT_PARAMETER"),
        ("scipy_interp1d_call", {"x_new": 10}, "from scipy.interpolate import interp1d\ninterp1d([0, 1, 2], [0, 1, 4])(10)", "INCORRECT_PARAMETER"),
        ("scipy_linalg_inv", {"matrix": [[1, 2], [2, 4]]}, "from scipy import linalg\nlinalg.inv([[1, 2], [2, 4]])", "INCORRECT_PARAMETER"),
        ("scipy_linalg_solve", {"a_shape": [2, 2], "b_len": 3}, "from scipy import linalg\nlinalg.solve([[1, 0], [0, 1]], [1, 2, 3])", "PARAMETER_FORMAT"),
        ("scipy_io_loadmat", {"file": "weights.mat"}, "from scipy.io import loadmat\nloadmat('weights.mat')", "INCORRECT_PARAMETER"),
        ("scipy_io_loadmat", {"file": f"{d}/notes.txt"}, f"from scipy.io import loadmat\nloadmat('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("scipy_sparse_csr_matmul", {"shapes": [[2, 3], [2, 3]]}, "from scipy.sparse import csr_matrix\ncsr_matrix((2, 3)) @ csr_matrix((2, 3))", "PARAMETER_FORMAT"),
        ("scipy_stats_norm_ppf_dist", {"dist": "gaussian"}, "from scipy import stats\ngetattr(stats, 'gaussian').ppf(0.5)", "INCORRECT_PARAMETER"),
        ("scipy_integrate_quad", {"func": "x**2"}, "from scipy.integrate import quad\nquad('x**2', 0, 1)", "PARAMETER_FORMAT"),
        ("scipy_curve_fit", {"p0_len": 3, "params": 2}, "from scipy.optimize import curve_fit\ncurve_fit(lambda x, a, b: a*x+b, [0, 1, 2], [1, 2, 3], p0=[1, 1, 1])", "PARAMETER_FORMAT"),
        ("scipy_signal_butter", {"btype": "midpass"}, "from scipy import signal\nsignal.butter(4, 0.2, btype='midpass')", "INCORRECT_PARAMETER"),
        ("scipy_fft_fft", {"n": 0}, "from scipy import fft\nfft.fft([1, 2, 3], n=0)", "INCORRECT_PARAMETER"),
    ])
    drive(run, box, "matplotlib", "py", [
        ("matplotlib_plot", {"x_len": 3, "y_len": 2}, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 2])", "PARAMETER_FORMAT"),
        ("matplotlib_savefig", {"fname": "chart.pngx"}, "import matplotlib.pyplot as plt\nplt.plot([1, 2]); plt.savefig('chart.pngx')", "INCORRECT_PARAMETER"),
        ("matplotlib_savefig", {"fname": "reports/2026/chart.png"}, "import matplotlib.pyplot as plt\nplt.plot([1, 2]); plt.savefig('reports/2026/chart.png')", "MISSING_PREREQUISITE"),
        ("matplotlib_plot_color", {"color": "blurple"}, "import matplotlib.pyplot as plt\nplt.plot([1, 2], color='blurple')", "INCORRECT_PARAMETER"),
        ("matplotlib_use_backend", {"backend": "webgl"}, "import matplotlib\nmatplotlib.use('webgl')", "INCORRECT_PARAMETER"),
        ("matplotlib_style_use", {"style": "darkmode"}, "import matplotlib.pyplot as plt\nplt.style.use('darkmode')", "INCORRECT_PARAMETER"),
        ("matplotlib_subplots", {"nrows": 0}, "import matplotlib.pyplot as plt\nplt.subplots(nrows=0)", "INCORRECT_PARAMETER"),
        ("matplotlib_plot_fmt", {"fmt": "q--"}, "import matplotlib.pyplot as plt\nplt.plot([1, 2], 'q--')", "PARAMETER_FORMAT"),
        ("matplotlib_imread", {"fname": "plot.png"}, "import matplotlib.pyplot as plt\nplt.imread('plot.png')", "INCORRECT_PARAMETER"),
        ("matplotlib_rcparams_set", {"key": "figure.dpii"}, "import matplotlib\nmatplotlib.rcParams['figure.dpii'] = 100", "INCORRECT_PARAMETER"),
        ("matplotlib_rcparams_set", {"key": "figure.dpi", "value": "high"}, "import matplotlib\nmatplotlib.rcParams['figure.dpi'] = 'high'", "PARAMETER_FORMAT"),
        ("matplotlib_set_xscale", {"scale": "logarithmic"}, "import matplotlib.pyplot as plt\nplt.gca().set_xscale('logarithmic')", "INCORRECT_PARAMETER"),
        ("matplotlib_colormap_get", {"cmap": "virdis"}, "import matplotlib\nmatplotlib.colormaps['virdis']", "INCORRECT_PARAMETER"),
    ])
    drive(run, box, "matplotlib_nobody", "py", [
        ("matplotlib_savefig", {"fname": f"{d}/outdir/chart.png"}, f"import matplotlib.pyplot as plt\nplt.plot([1, 2]); plt.savefig('{d}/outdir/chart.png')", "permission"),
    ], wrap=lambda argv: shlex.join(NOBODY) + " -- " + argv)
    drive(run, box, "pillow", "py", [
        ("pil_image_open", {"fp": "logo.png"}, "from PIL import Image\nImage.open('logo.png')", "INCORRECT_PARAMETER"),
        ("pil_image_open", {"fp": f"{d}/notes.txt"}, f"from PIL import Image\nImage.open('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("pil_image_resize", {"size": "200x100"}, "from PIL import Image\nImage.new('RGB', (10, 10)).resize('200x100')", "PARAMETER_FORMAT"),
        ("pil_image_save", {"fp": "out.imgx"}, "from PIL import Image\nImage.new('RGB', (10, 10)).save('out.imgx')", "INCORRECT_PARAMETER"),
        ("pil_image_convert", {"mode": "RGBX8"}, "from PIL import Image\nImage.new('RGB', (10, 10)).convert('RGBX8')", "INCORRECT_PARAMETER"),
        ("pil_image_new", {"mode": "RBG"}, "from PIL import Image\nImage.new('RBG', (10, 10))", "INCORRECT_PARAMETER"),
        ("pil_image_save", {"fp": "photo.jpg", "mode": "RGBA"}, "from PIL import Image\nImage.new('RGBA', (10, 10)).save('photo.jpg')", "INCORRECT_PARAMETER"),
        ("pil_image_save", {"fp": "thumbs/photo.png"}, "from PIL import Image\nImage.new('RGB', (10, 10)).save('thumbs/photo.png')", "MISSING_PREREQUISITE"),
        ("pil_image_new", {"size": [-5, 10]}, "from PIL import Image\nImage.new('RGB', (-5, 10))", "INCORRECT_PARAMETER"),
        ("pil_image_getpixel", {"xy": [50, 50]}, "from PIL import Image\nImage.new('RGB', (10, 10)).getpixel((50, 50))", "INCORRECT_PARAMETER"),
        ("pil_imagefont_truetype", {"font": "Helvetica-Neue.ttf"}, "from PIL import ImageFont\nImageFont.truetype('Helvetica-Neue.ttf', 12)", "INCORRECT_PARAMETER"),
        ("pil_imagecolor_getrgb", {"color": "#12345"}, "from PIL import ImageColor\nImageColor.getrgb('#12345')", "PARAMETER_FORMAT"),
        ("pil_image_save", {"format": None, "fp": "buffer"}, "import io\nfrom PIL import Image\nImage.new('RGB', (4, 4)).save(io.BytesIO())", "MISSING_PARAMETER"),
        ("pil_image_rotate", {"angle": "90deg"}, "from PIL import Image\nImage.new('RGB', (4, 4)).rotate('90deg')", "PARAMETER_FORMAT"),
    ])
    drive(run, box, "pillow_nobody", "py", [
        ("pil_image_save", {"fp": f"{d}/outdir/thumb.png"}, f"from PIL import Image\nImage.new('RGB', (4, 4)).save('{d}/outdir/thumb.png')", "permission"),
        ("openpyxl_workbook_save", {"filename": f"{d}/outdir/report.xlsx"}, f"import openpyxl\nopenpyxl.Workbook().save('{d}/outdir/report.xlsx')", "permission"),
        ("docx_document_save", {"path": f"{d}/outdir/letter.docx"}, f"import docx\ndocx.Document().save('{d}/outdir/letter.docx')", "permission"),
        ("pypdf_writer_write", {"path": f"{d}/outdir/merged.pdf"}, f"import pypdf\nw = pypdf.PdfWriter(); w.add_blank_page(72, 72); w.write('{d}/outdir/merged.pdf')", "permission"),
    ], wrap=lambda argv: shlex.join(NOBODY) + " -- " + argv)
    drive(run, box, "documents", "py", [
        ("openpyxl_workbook_open", {"filename": "budget.xlsx"}, "import openpyxl\nopenpyxl.load_workbook('budget.xlsx')", "INCORRECT_PARAMETER"),
        ("openpyxl_workbook_open", {"filename": f"{d}/sales.csv"}, f"import openpyxl\nopenpyxl.load_workbook('{d}/sales.csv')", "WRONG_TOOL_SELECTION"),
        ("openpyxl_get_sheet", {"sheet": "Summary"}, "import openpyxl\nopenpyxl.Workbook()['Summary']", "INCORRECT_PARAMETER"),
        ("openpyxl_ws_cell", {"row": 0, "column": 1}, "import openpyxl\nopenpyxl.Workbook().active.cell(row=0, column=1)", "INCORRECT_PARAMETER"),
        ("openpyxl_ws_cell", {"row": "A", "column": 1}, "import openpyxl\nopenpyxl.Workbook().active.cell(row='A', column=1)", "PARAMETER_FORMAT"),
        ("openpyxl_ws_getitem", {"coordinate": "A1:B"}, "import openpyxl\nopenpyxl.Workbook().active['1A']", "PARAMETER_FORMAT"),
        ("openpyxl_workbook_save", {"filename": "exports/q4.xlsx"}, "import openpyxl\nopenpyxl.Workbook().save('exports/q4.xlsx')", "MISSING_PREREQUISITE"),
        ("openpyxl_create_sheet_title", {"title": "Q4/2026"}, "import openpyxl\nopenpyxl.Workbook().create_sheet('Q4/2026')", "PARAMETER_FORMAT"),
        ("openpyxl_column_index_from_string", {"column": "A1"}, "from openpyxl.utils import column_index_from_string\ncolumn_index_from_string('A1')", "PARAMETER_FORMAT"),
        ("openpyxl_merge_cells", {"range": "B2:A"}, "import openpyxl\nopenpyxl.Workbook().active.merge_cells('B2:A')", "PARAMETER_FORMAT"),
        ("openpyxl_ws_append", {"row": 42}, "import openpyxl\nopenpyxl.Workbook().active.append(42)", "PARAMETER_FORMAT"),
        ("openpyxl_remove_sheet", {"sheet": "Sheet9"}, "import openpyxl\nwb = openpyxl.Workbook(); wb.remove(wb['Sheet9'])", "INCORRECT_PARAMETER"),
        ("docx_document_open", {"docx": "contract.docx"}, "import docx\ndocx.Document('contract.docx')", "INCORRECT_PARAMETER"),
        ("docx_document_open", {"docx": f"{d}/notes.txt"}, f"import docx\ndocx.Document('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("docx_add_heading", {"level": 12}, "import docx\ndocx.Document().add_heading('Intro', level=12)", "INCORRECT_PARAMETER"),
        ("docx_add_paragraph_style", {"style": "Fancy Quote"}, "import docx\ndocx.Document().add_paragraph('x', style='Fancy Quote')", "INCORRECT_PARAMETER"),
        ("docx_table_cell", {"row": 5, "col": 0}, "import docx\ndocx.Document().add_table(rows=2, cols=2).cell(5, 0)", "INCORRECT_PARAMETER"),
        ("docx_add_picture", {"image": "chart.png"}, "import docx\ndocx.Document().add_picture('chart.png')", "INCORRECT_PARAMETER"),
        ("docx_add_picture", {"image": f"{d}/notes.txt"}, f"import docx\ndocx.Document().add_picture('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("docx_document_save", {"path": "letters/out.docx"}, "import docx\ndocx.Document().save('letters/out.docx')", "MISSING_PREREQUISITE"),
        ("docx_add_table", {"rows": "two"}, "import docx\ndocx.Document().add_table(rows='two', cols=2)", "PARAMETER_FORMAT"),
        ("pypdf_reader_open", {"stream": "invoice.pdf"}, "import pypdf\npypdf.PdfReader('invoice.pdf')", "INCORRECT_PARAMETER"),
        ("pypdf_reader_open", {"stream": f"{d}/notes.txt"}, f"import pypdf\npypdf.PdfReader('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("pypdf_get_page", {"page": 7}, "import io, pypdf\nw = pypdf.PdfWriter(); w.add_blank_page(72, 72); b = io.BytesIO(); w.write(b); pypdf.PdfReader(b).pages[7]", "INCORRECT_PARAMETER"),
        ("pypdf_extract_text_encrypted", {"password": None}, "import io, pypdf\nw = pypdf.PdfWriter(); w.add_blank_page(72, 72); w.encrypt('s3cret'); b = io.BytesIO(); w.write(b); pypdf.PdfReader(b).pages[0].extract_text()", "WORKFLOW_SEQUENCE"),
        ("pypdf_writer_add_blank_page", {"width": None}, "import pypdf\npypdf.PdfWriter().add_blank_page()", "MISSING_PARAMETER"),
        ("pypdf_merger_append", {"fileobj": "part2.pdf"}, "import pypdf\npypdf.PdfWriter().append('part2.pdf')", "INCORRECT_PARAMETER"),
        ("pypdf_writer_rotate", {"angle": 45}, "import pypdf\nw = pypdf.PdfWriter(); w.add_blank_page(72, 72).rotate(45)", "INCORRECT_PARAMETER"),
    ])
    drive(run, box, "markup", "py", [
        ("lxml_etree_fromstring", {"xml": "<a><b></a>"}, "from lxml import etree\netree.fromstring('<a><b></a>')", "PARAMETER_FORMAT"),
        ("lxml_xpath", {"expr": "//div[@class='a'"}, "from lxml import etree\netree.fromstring('<a/>').xpath(\"//div[@class='a'\")", "PARAMETER_FORMAT"),
        ("lxml_etree_parse", {"source": "feed.xml"}, "from lxml import etree\netree.parse('feed.xml')", "INCORRECT_PARAMETER"),
        ("lxml_etree_fromstring", {"xml": "<?xml version='1.0' encoding='utf-8'?><a/>", "type": "str"}, "from lxml import etree\netree.fromstring(\"<?xml version='1.0' encoding='utf-8'?><a/>\")", "PARAMETER_FORMAT"),
        ("lxml_xmlschema_assert", {"doc": "<n>abc</n>"}, "from lxml import etree\ns = etree.XMLSchema(etree.fromstring('<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"n\" type=\"xs:integer\"/></xs:schema>'))\ns.assertValid(etree.fromstring('<n>abc</n>'))", "PARAMETER_FORMAT"),
        ("lxml_xpath_namespace", {"expr": "//atom:entry"}, "from lxml import etree\netree.fromstring('<feed/>').xpath('//atom:entry')", "MISSING_PARAMETER"),
        ("lxml_etree_parse", {"source": f"{d}/cfg.yaml"}, f"from lxml import etree\netree.parse('{d}/cfg.yaml')", "WRONG_TOOL_SELECTION"),
        ("lxml_cssselect", {"selector": "div >> p"}, "from lxml import html\nhtml.fromstring('<div><p>x</p></div>').cssselect('div >> p')", "MISSING_PREREQUISITE"),
        ("bs4_soup_parser", {"features": "lxml-xmlx"}, "from bs4 import BeautifulSoup\nBeautifulSoup('<a/>', 'lxml-xmlx')", "INCORRECT_PARAMETER"),
        ("bs4_soup_parser", {"features": "html5lib"}, "from bs4 import BeautifulSoup\nBeautifulSoup('<a/>', 'html5lib')", "MISSING_PREREQUISITE"),
        ("bs4_select", {"selector": "div[class="}, "from bs4 import BeautifulSoup\nBeautifulSoup('<div/>', 'html.parser').select('div[class=')", "PARAMETER_FORMAT"),
        ("bs4_find_text", {"tag": "table"}, f"from bs4 import BeautifulSoup\nBeautifulSoup(open('{d}/page.html').read(), 'html.parser').find('table').get_text()", "INCORRECT_PARAMETER"),
        ("bs4_select_one_attr", {"selector": "div.a", "attr": "href"}, f"from bs4 import BeautifulSoup\nBeautifulSoup(open('{d}/page.html').read(), 'html.parser').select_one('div.a')['href']", "INCORRECT_PARAMETER"),
        ("jinja_template_render", {"template": "{% for x in items %}{{ x }}"}, "import jinja2\njinja2.Template('{% for x in items %}{{ x }}')", "PARAMETER_FORMAT"),
        ("jinja_template_render", {"template": "{{ user.name }}", "undefined": "StrictUndefined"}, "import jinja2\njinja2.Environment(undefined=jinja2.StrictUndefined).from_string('Hi {{ user.name }}').render()", "MISSING_PARAMETER"),
        ("jinja_loader_get_template", {"name": "email.html"}, f"import jinja2\njinja2.Environment(loader=jinja2.FileSystemLoader('{d}/templates')).get_template('email.html')", "INCORRECT_PARAMETER"),
        ("jinja_filter", {"filter": "titlecase"}, "import jinja2\njinja2.Template('{{ name|titlecase }}')", "INCORRECT_PARAMETER"),
        ("jinja_template_render", {"template": "{{ 'a' + 1 }}"}, "import jinja2\njinja2.Template(\"{{ 'a' + 1 }}\").render()", "PARAMETER_FORMAT"),
        ("jinja_template_render", {"template": "{% include 'footer.html' %}"}, f"import jinja2\njinja2.Environment(loader=jinja2.FileSystemLoader('{d}/templates')).from_string(\"{{% include 'footer.html' %}}\").render()", "INCORRECT_PARAMETER"),
        ("jinja_template_render", {"template": "{% endif %}"}, "import jinja2\njinja2.Template('{% endif %}')", "PARAMETER_FORMAT"),
    ])
    drive(run, box, "dates_config", "py", [
        ("arrow_get", {"value": "next tuesday"}, "import arrow\narrow.get('next tuesday')", "PARAMETER_FORMAT"),
        ("arrow_get", {"value": "2026-13-01"}, "import arrow\narrow.get('2026-13-01')", "PARAMETER_FORMAT"),
        ("arrow_to_timezone", {"tz": "Europe/Prag"}, "import arrow\narrow.utcnow().to('Europe/Prag')", "INCORRECT_PARAMETER"),
        ("arrow_shift", {"fortnights": 1}, "import arrow\narrow.utcnow().shift(fortnights=1)", "INCORRECT_PARAMETER"),
        ("arrow_range", {"frame": "decade"}, "import arrow\nlist(arrow.Arrow.range('decade', arrow.get('2026-01-01'), arrow.get('2026-02-01')))", "INCORRECT_PARAMETER"),
        ("arrow_get_format", {"value": "01/12/2026", "fmt": "YYYY-MM-DD"}, "import arrow\narrow.get('01/12/2026', 'YYYY-MM-DD')", "PARAMETER_FORMAT"),
        ("arrow_humanize_locale", {"locale": "xx_YY"}, "import arrow\narrow.utcnow().humanize(locale='xx_YY')", "INCORRECT_PARAMETER"),
        ("pendulum_parse", {"text": "31/12/2026 25:00"}, "import pendulum\npendulum.parse('31/12/2026 25:00')", "PARAMETER_FORMAT"),
        ("pendulum_timezone", {"name": "America/Sao_Polo"}, "import pendulum\npendulum.timezone('America/Sao_Polo')", "INCORRECT_PARAMETER"),
        ("pendulum_datetime", {"year": 2026, "month": 2, "day": 30}, "import pendulum\npendulum.datetime(2026, 2, 30)", "PARAMETER_FORMAT"),
        ("pendulum_from_format", {"string": "2026-12-01", "fmt": "DD/MM/YYYY"}, "import pendulum\npendulum.from_format('2026-12-01', 'DD/MM/YYYY')", "PARAMETER_FORMAT"),
        ("pendulum_duration", {"weeks": "two"}, "import pendulum\npendulum.duration(weeks='two')", "PARAMETER_FORMAT"),
        ("ruamel_yaml_load", {"file": "cfg.yaml (duplicate key)"}, f"from ruamel.yaml import YAML\nYAML().load(open('{d}/cfg.yaml'))", "PARAMETER_FORMAT"),
        ("ruamel_yaml_load", {"text": "a: [1, 2\nb: 3"}, "from ruamel.yaml import YAML\nYAML().load('a: [1, 2\\nb: 3')", "PARAMETER_FORMAT"),
        ("ruamel_yaml_dump", {"data": "object()"}, "import sys\nfrom ruamel.yaml import YAML\nYAML().dump({'when': object()}, sys.stdout)", "PARAMETER_FORMAT"),
        ("ruamel_yaml_load", {"text": "key: value\n\tindented: tab"}, "from ruamel.yaml import YAML\nYAML().load('key: value\\n\\tindented: tab')", "PARAMETER_FORMAT"),
        ("ruamel_yaml_load_typ", {"typ": "strict"}, "from ruamel.yaml import YAML\nYAML(typ='strict').load('a: 1')", "INCORRECT_PARAMETER"),
        ("tomlkit_parse", {"text": "name = app"}, "import tomlkit\ntomlkit.parse('name = app')", "PARAMETER_FORMAT"),
        ("tomlkit_get_key", {"key": "project"}, f"import tomlkit\ntomlkit.parse(open('{d}/cfg.toml').read())['project']", "INCORRECT_PARAMETER"),
        ("tomlkit_add_key", {"key": "tool"}, f"import tomlkit\ntomlkit.parse(open('{d}/cfg.toml').read()).add('tool', tomlkit.table())", "WORKFLOW_SEQUENCE"),
        ("tomlkit_parse", {"text": "[tool]\na = 1\n[tool]\nb = 2"}, "import tomlkit\ntomlkit.parse('[tool]\\na = 1\\n[tool]\\nb = 2')", "PARAMETER_FORMAT"),
        ("tomlkit_dumps", {"data": "set"}, "import tomlkit\ntomlkit.dumps({'tags': {1, 2}})", "PARAMETER_FORMAT"),
        ("tomlkit_parse", {"text": "when = 2026-13-45"}, "import tomlkit\ntomlkit.parse('when = 2026-13-45')", "PARAMETER_FORMAT"),
    ])
    drive(run, box, "graph_math", "py", [
        ("networkx_shortest_path", {"source": "a", "target": "z"}, "import networkx as nx\nnx.shortest_path(nx.Graph([('a', 'b')]), 'a', 'z')", "INCORRECT_PARAMETER"),
        ("networkx_shortest_path", {"source": "a", "target": "c"}, "import networkx as nx\ng = nx.Graph([('a', 'b')]); g.add_node('c'); nx.shortest_path(g, 'a', 'c')", "INCORRECT_PARAMETER"),
        ("networkx_topological_sort", {"edges": "cycle"}, "import networkx as nx\nlist(nx.topological_sort(nx.DiGraph([('a', 'b'), ('b', 'a')])))", "INCORRECT_PARAMETER"),
        ("networkx_read_graphml", {"path": "deps.graphml"}, "import networkx as nx\nnx.read_graphml('deps.graphml')", "INCORRECT_PARAMETER"),
        ("networkx_remove_node", {"node": "x"}, "import networkx as nx\nnx.Graph([('a', 'b')]).remove_node('x')", "INCORRECT_PARAMETER"),
        ("networkx_diameter", {"graph": "disconnected"}, "import networkx as nx\ng = nx.Graph([('a', 'b'), ('c', 'd')]); nx.diameter(g)", "INCORRECT_PARAMETER"),
        ("networkx_find_cycle", {"graph": "tree"}, "import networkx as nx\nnx.find_cycle(nx.DiGraph([('a', 'b')]))", "INCORRECT_PARAMETER"),
        ("sympy_sympify", {"expr": "2*x +* 3"}, "import sympy\nsympy.sympify('2*x +* 3')", "PARAMETER_FORMAT"),
        ("sympy_matrix_inv", {"matrix": [[1, 2], [2, 4]]}, "import sympy\nsympy.Matrix([[1, 2], [2, 4]]).inv()", "INCORRECT_PARAMETER"),
        ("sympy_parse_expr", {"expr": "sin(x"}, "from sympy.parsing.sympy_parser import parse_expr\nparse_expr('sin(x')", "PARAMETER_FORMAT"),
        ("sqlite_utils_api_insert", {"table": "events", "pk": "uid"}, "import sqlite_utils\ndb = sqlite_utils.Database(memory=True); db['events'].insert({'id': 1}, pk='id'); db['events'].insert({'id': 1}, pk='id')", "WORKFLOW_SEQUENCE"),
        ("sqlite_utils_api_get", {"table": "events", "pk": 99}, "import sqlite_utils\ndb = sqlite_utils.Database(memory=True); db['events'].insert({'id': 1}, pk='id'); db['events'].get(99)", "INCORRECT_PARAMETER"),
        ("sqlite_utils_api_query", {"sql": "select * from evnts"}, "import sqlite_utils\ndb = sqlite_utils.Database(memory=True); db['events'].insert({'id': 1}); list(db.query('select * from evnts'))", "INCORRECT_PARAMETER"),
    ])


def py_protocols(run: Run, box: Sandbox) -> None:
    ws = "import asyncio, websockets\n"
    drive(run, box, "websockets", "py", [
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{C}/feed"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{C}/feed'): pass\nasyncio.run(m())", "network"),
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{RESET_PORT}/feed"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{RESET_PORT}/feed'): pass\nasyncio.run(m())", "network"),
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{HANG_PORT}/feed", "open_timeout": 2}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{HANG_PORT}/feed', open_timeout=2): pass\nasyncio.run(m())", "timeout"),
        ("websocket_connect", {"uri": f"http://127.0.0.1:{HTTP_PORT}/feed"}, f"{ws}async def m():\n    async with websockets.connect('http://127.0.0.1:{HTTP_PORT}/feed'): pass\nasyncio.run(m())", "PARAMETER_FORMAT"),
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{HTTP_PORT}/ws/404"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{HTTP_PORT}/ws/404'): pass\nasyncio.run(m())", "INCORRECT_PARAMETER"),
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{HTTP_PORT}/ws/401"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{HTTP_PORT}/ws/401'): pass\nasyncio.run(m())", "auth"),
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{HTTP_PORT}/ws/403"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{HTTP_PORT}/ws/403'): pass\nasyncio.run(m())", "permission"),
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{HTTP_PORT}/ws/503"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{HTTP_PORT}/ws/503'): pass\nasyncio.run(m())", "server_error"),
        ("websocket_connect", {"uri": f"ws://127.0.0.1:{HTTP_PORT}/ws/429"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:{HTTP_PORT}/ws/429'): pass\nasyncio.run(m())", "rate_limit"),
        ("websocket_connect", {"uri": f"wss://127.0.0.1:{TLS_PORT}/feed"}, f"{ws}async def m():\n    async with websockets.connect('wss://127.0.0.1:{TLS_PORT}/feed'): pass\nasyncio.run(m())", "tls"),
        ("websocket_connect", {"uri": f"wss://{NOHOST}/feed"}, f"{ws}async def m():\n    async with websockets.connect('wss://{NOHOST}/feed'): pass\nasyncio.run(m())", "dns"),
        ("websocket_connect", {"uri": "ws://127.0.0.1:notaport/feed"}, f"{ws}async def m():\n    async with websockets.connect('ws://127.0.0.1:notaport/feed'): pass\nasyncio.run(m())", "PARAMETER_FORMAT"),
    ])
    hc = "import httpcore\n"
    drive(run, box, "httpcore", "py", [
        ("httpcore_request", {"url": f"http://127.0.0.1:{C}/v1/items"}, f"{hc}httpcore.request('GET', 'http://127.0.0.1:{C}/v1/items')", "network"),
        ("httpcore_request", {"url": f"http://127.0.0.1:{RESET_PORT}/v1/items"}, f"{hc}httpcore.request('GET', 'http://127.0.0.1:{RESET_PORT}/v1/items')", "network"),
        ("httpcore_request", {"url": f"http://127.0.0.1:{HANG_PORT}/v1/items", "timeout": 2}, f"{hc}httpcore.request('GET', 'http://127.0.0.1:{HANG_PORT}/v1/items', extensions={{'timeout': {{'read': 2, 'connect': 2}}}})", "timeout"),
        ("httpcore_request", {"url": f"http://127.0.0.1:{SILENT_PORT}/v1/items", "timeout": 2}, f"{hc}httpcore.request('GET', 'http://127.0.0.1:{SILENT_PORT}/v1/items', extensions={{'timeout': {{'read': 2, 'connect': 2}}}})", "timeout"),
        ("httpcore_request", {"url": f"{HS}/v1/items"}, f"{hc}httpcore.request('GET', '{HS}/v1/items')", "tls"),
        ("httpcore_request", {"url": f"https://{NOHOST}/v1/items"}, f"{hc}httpcore.request('GET', 'https://{NOHOST}/v1/items')", "dns"),
        ("httpcore_request", {"url": f"ftp://127.0.0.1:{HTTP_PORT}/file"}, f"{hc}httpcore.request('GET', 'ftp://127.0.0.1:{HTTP_PORT}/file')", "PARAMETER_FORMAT"),
        ("httpcore_request", {"url": "127.0.0.1/v1/items"}, f"{hc}httpcore.request('GET', '127.0.0.1/v1/items')", "PARAMETER_FORMAT"),
    ])
    mail = "import smtplib\n"
    s = f"smtplib.SMTP('127.0.0.1', {SMTP_PORT}, timeout=5)"
    drive(run, box, "smtplib", "py", [
        ("smtp_connect", {"host": "127.0.0.1", "port": C}, f"{mail}smtplib.SMTP('127.0.0.1', {C}, timeout=5)", "network"),
        ("smtp_connect", {"host": "127.0.0.1", "port": HANG_PORT}, f"{mail}smtplib.SMTP('127.0.0.1', {HANG_PORT}, timeout=2)", "timeout"),
        ("smtp_connect", {"host": NOHOST, "port": 587}, f"{mail}smtplib.SMTP('{NOHOST}', 587, timeout=5)", "dns"),
        ("smtp_connect_ssl", {"host": "127.0.0.1", "port": TLS_PORT}, f"import ssl\n{mail}smtplib.SMTP_SSL('127.0.0.1', {TLS_PORT}, timeout=5, context=ssl.create_default_context())", "tls"),
        ("smtp_login", {"user": "agent", "password": "wrong"}, f"{mail}{s}.login('agent', 'wrong')", "auth"),
        ("smtp_sendmail", {"to": "nobody@corpus10.example"}, f"{mail}{s}.sendmail('agent@corpus10.example', ['nobody@corpus10.example'], 'Subject: hi\\n\\nhello')", "INCORRECT_PARAMETER"),
        ("smtp_sendmail", {"to": "x@elsewhere.example", "relay": True}, f"{mail}{s}.sendmail('agent@corpus10.example', ['relay@elsewhere.example'], 'Subject: hi\\n\\nhello')", "permission"),
        ("smtp_sendmail", {"from": "agent-at-corpus10"}, f"{mail}{s}.sendmail('agent-at-corpus10', ['ops@corpus10.example'], 'Subject: hi\\n\\nhello')", "PARAMETER_FORMAT"),
        ("smtp_sendmail", {"from": "throttled@corpus10.example"}, f"{mail}{s}.sendmail('throttled@corpus10.example', ['ops@corpus10.example'], 'Subject: hi\\n\\nhello')", "rate_limit"),
        ("smtp_sendmail", {"from": "quota@corpus10.example"}, f"{mail}{s}.sendmail('quota@corpus10.example', ['ops@corpus10.example'], 'Subject: hi\\n\\nhello')", "resource"),
        ("smtp_sendmail", {"to": "full@corpus10.example"}, f"{mail}{s}.sendmail('agent@corpus10.example', ['full@corpus10.example'], 'Subject: hi\\n\\nhello')", "resource"),
        ("smtp_sendmail", {"from": "unauth@corpus10.example"}, f"{mail}{s}.sendmail('unauth@corpus10.example', ['ops@corpus10.example'], 'Subject: hi\\n\\nhello')", "WORKFLOW_SEQUENCE"),
        ("smtp_starttls", {"host": "127.0.0.1"}, f"{mail}{s}.starttls()", "INCORRECT_PARAMETER"),
        ("smtp_sendmail", {"to": []}, f"{mail}{s}.sendmail('agent@corpus10.example', [], 'Subject: hi\\n\\nhello')", "MISSING_PARAMETER"),
        ("smtp_send_message", {"msg": "no From header"}, f"{mail}from email.message import EmailMessage\nm = EmailMessage(); m['Subject'] = 'hi'\n{s}.send_message(m)", "MISSING_PARAMETER"),
    ])
    im = f"import imaplib\nc = imaplib.IMAP4('127.0.0.1', {IMAP_PORT}, timeout=5)\n"
    drive(run, box, "imaplib", "py", [
        ("imap_login", {"user": "agent", "password": "wrong"}, f"{im}c.login('agent', 'wrong')", "auth"),
        ("imap_login", {"user": "locked", "password": "pw"}, f"{im}c.login('locked', 'pw')", "server_error"),
        ("imap_select", {"mailbox": "Archive/2019"}, f"{im}c.login('agent', 'pw'); typ, data = c.select('Archive/2019')\nif typ != 'OK': raise imaplib.IMAP4.error(data[0].decode())", "INCORRECT_PARAMETER"),
        ("imap_fetch", {"message_set": "1", "selected": False}, f"{im}c.login('agent', 'pw'); c.fetch('1', '(RFC822)')", "WORKFLOW_SEQUENCE"),
        ("imap_select", {"logged_in": False}, f"{im}c.select('INBOX')", "WORKFLOW_SEQUENCE"),
        ("imap_fetch", {"message_set": "999"}, f"{im}c.login('agent', 'pw'); c.select('INBOX'); typ, data = c.fetch('999', '(RFC822)')\nif typ != 'OK': raise imaplib.IMAP4.error(data[0].decode())", "INCORRECT_PARAMETER"),
        ("imap_search", {"criteria": "FOO bar"}, f"{im}c.login('agent', 'pw'); c.select('INBOX'); c.search(None, 'FOO', 'bar')", "PARAMETER_FORMAT"),
        ("imap_create", {"mailbox": "Receipts"}, f"{im}c.login('agent', 'pw'); typ, data = c.create('Receipts')\nif typ != 'OK': raise imaplib.IMAP4.error(data[0].decode())", "WORKFLOW_SEQUENCE"),
        ("imap_append", {"mailbox": "INBOX"}, f"{im}c.login('agent', 'pw'); typ, data = c.append('INBOX', None, None, b'Subject: x\\r\\n\\r\\nbody')\nif typ != 'OK': raise imaplib.IMAP4.error(data[0].decode())", "resource"),
        ("imap_connect", {"host": "127.0.0.1", "port": C}, f"import imaplib\nimaplib.IMAP4('127.0.0.1', {C}, timeout=5)", "network"),
        ("imap_connect_ssl", {"host": "127.0.0.1", "port": TLS_PORT}, f"import imaplib, ssl\nimaplib.IMAP4_SSL('127.0.0.1', {TLS_PORT}, timeout=5, ssl_context=ssl.create_default_context())", "tls"),
        ("imap_connect", {"host": "127.0.0.1", "port": HANG_PORT}, f"import imaplib\nimaplib.IMAP4('127.0.0.1', {HANG_PORT}, timeout=2)", "timeout"),
    ])
    ft = f"import ftplib\nf = ftplib.FTP(timeout=5); f.connect('127.0.0.1', {FTP_PORT})\n"
    drive(run, box, "ftplib", "py", [
        ("ftp_login", {"user": "agent", "passwd": "wrong"}, f"{ft}f.login('agent', 'wrong')", "auth"),
        ("ftp_login", {"user": "crowd", "passwd": "pw"}, f"{ft}f.login('crowd', 'pw')", "server_error"),
        ("ftp_cwd", {"dirname": "/releases/v9"}, f"{ft}f.login('agent', 'pw'); f.cwd('/releases/v9')", "INCORRECT_PARAMETER"),
        ("ftp_cwd", {"dirname": "/locked"}, f"{ft}f.login('agent', 'pw'); f.cwd('/locked')", "permission"),
        ("ftp_size", {"filename": "build.tar.gz"}, f"{ft}f.login('agent', 'pw'); f.size('build.tar.gz')", "INCORRECT_PARAMETER"),
        ("ftp_delete", {"filename": "old.log"}, f"{ft}f.login('agent', 'pw'); f.delete('old.log')", "INCORRECT_PARAMETER"),
        ("ftp_nlst", {"passive": True}, f"{ft}f.login('agent', 'pw'); f.nlst()", "network"),
        ("ftp_sendcmd", {"cmd": "LSTX"}, f"{ft}f.login('agent', 'pw'); f.sendcmd('LSTX')", "WRONG_TOOL_SELECTION"),
        ("ftp_connect", {"host": "127.0.0.1", "port": C}, f"import ftplib\nftplib.FTP(timeout=5).connect('127.0.0.1', {C})", "network"),
        ("ftp_connect", {"host": NOHOST}, f"import ftplib\nftplib.FTP('{NOHOST}', timeout=5)", "dns"),
        ("ftp_connect", {"host": "127.0.0.1", "port": HANG_PORT}, f"import ftplib\nftplib.FTP(timeout=2).connect('127.0.0.1', {HANG_PORT})", "timeout"),
    ])
    po = f"import poplib\np = poplib.POP3('127.0.0.1', {POP_PORT}, timeout=5)\n"
    drive(run, box, "poplib", "py", [
        ("pop3_pass", {"user": "agent", "password": "wrong"}, f"{po}p.user('agent'); p.pass_('wrong')", "auth"),
        ("pop3_pass", {"user": "busy", "password": "pw"}, f"{po}p.user('busy'); p.pass_('pw')", "server_error"),
        ("pop3_retr", {"which": 99}, f"{po}p.user('agent'); p.pass_('pw'); p.retr(99)", "INCORRECT_PARAMETER"),
        ("pop3_dele", {"which": "x"}, f"{po}p.user('agent'); p.pass_('pw'); p.dele('x')", "PARAMETER_FORMAT"),
        ("pop3_connect", {"port": C}, f"import poplib\npoplib.POP3('127.0.0.1', {C}, timeout=5)", "network"),
        ("pop3_connect_ssl", {"port": TLS_PORT}, f"import poplib, ssl\npoplib.POP3_SSL('127.0.0.1', {TLS_PORT}, timeout=5, context=ssl.create_default_context())", "tls"),
    ])
    xr = f"import xmlrpc.client\np = xmlrpc.client.ServerProxy('{H}/RPC2')\n"
    drive(run, box, "xmlrpc", "py", [
        ("xmlrpc_call", {"method": "reports.get", "id": "q4"}, f"{xr}p.reports.get('q4')", "INCORRECT_PARAMETER"),
        ("xmlrpc_call", {"method": "reports.create", "id": "q4"}, f"{xr}p.reports.create('q4')", "WORKFLOW_SEQUENCE"),
        ("xmlrpc_call", {"method": "auth.check"}, f"{xr}p.auth.check()", "auth"),
        ("xmlrpc_call", {"method": "jobs.run"}, f"{xr}p.jobs.run('nightly')", "server_error"),
        ("xmlrpc_call", {"method": "reports.lst"}, f"{xr}p.reports.lst()", "INCORRECT_PARAMETER"),
        ("xmlrpc_call", {"url": f"{H}/RPCX"}, f"import xmlrpc.client\nxmlrpc.client.ServerProxy('{H}/RPCX').reports.get('q4')", "INCORRECT_PARAMETER"),
        ("xmlrpc_call", {"url": f"http://127.0.0.1:{C}/RPC2"}, f"import xmlrpc.client\nxmlrpc.client.ServerProxy('http://127.0.0.1:{C}/RPC2').reports.get('q4')", "network"),
        ("xmlrpc_call", {"url": f"{H}/s/502"}, f"import xmlrpc.client\nxmlrpc.client.ServerProxy('{H}/s/502').reports.get('q4')", "server_error"),
        ("xmlrpc_call", {"url": "ftp://127.0.0.1/RPC2"}, "import xmlrpc.client\nxmlrpc.client.ServerProxy('ftp://127.0.0.1/RPC2')", "PARAMETER_FORMAT"),
        ("xmlrpc_call", {"params": "set"}, f"{xr}p.reports.get({{1, 2}})", "PARAMETER_FORMAT"),
    ])


def py_stdlib(run: Run, box: Sandbox) -> None:
    d = box.path("data")
    drive(run, box, "stdlib", "py", [
        ("py_zipfile_open", {"file": f"{d}/sales.csv"}, f"import zipfile\nzipfile.ZipFile('{d}/sales.csv')", "WRONG_TOOL_SELECTION"),
        ("py_zipfile_open", {"file": "bundle.zip"}, "import zipfile\nzipfile.ZipFile('bundle.zip')", "INCORRECT_PARAMETER"),
        ("py_zipfile_extract_member", {"member": "README.md"}, f"import io, zipfile\nb = io.BytesIO(); zipfile.ZipFile(b, 'w').writestr('a.txt', 'x'); zipfile.ZipFile(b).extract('README.md', '{d}/outdir')", "INCORRECT_PARAMETER"),
        ("py_zipfile_open_mode", {"mode": "rw"}, "import zipfile\nzipfile.ZipFile('x.zip', 'rw')", "INCORRECT_PARAMETER"),
        ("py_gzip_decompress", {"file": "notes.txt"}, f"import gzip\ngzip.open('{d}/notes.txt').read()", "WRONG_TOOL_SELECTION"),
        ("py_shutil_copytree", {"dst": d}, f"import shutil\nshutil.copytree('{d}/templates', '{d}')", "WORKFLOW_SEQUENCE"),
        ("py_shutil_rmtree", {"path": "build/cache"}, "import shutil\nshutil.rmtree('build/cache')", "INCORRECT_PARAMETER"),
        ("py_shutil_rmtree", {"path": f"{d}/notes.txt"}, f"import shutil\nshutil.rmtree('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("py_shutil_make_archive", {"format": "rar"}, f"import shutil\nshutil.make_archive('out', 'rar', '{d}')", "INCORRECT_PARAMETER"),
        ("py_shutil_unpack_archive", {"filename": f"{d}/notes.txt"}, f"import shutil\nshutil.unpack_archive('{d}/notes.txt', 'out')", "WRONG_TOOL_SELECTION"),
        ("py_os_makedirs", {"path": d}, f"import os\nos.makedirs('{d}')", "WORKFLOW_SEQUENCE"),
        ("py_os_rmdir", {"path": d}, f"import os\nos.rmdir('{d}')", "WRONG_TOOL_SELECTION"),
        ("py_os_chdir", {"path": "/srv/app-corpus10"}, "import os\nos.chdir('/srv/app-corpus10')", "INCORRECT_PARAMETER"),
        ("py_os_listdir", {"path": f"{d}/notes.txt"}, f"import os\nos.listdir('{d}/notes.txt')", "WRONG_TOOL_SELECTION"),
        ("py_configparser_read", {"text": "name = app"}, "import configparser\nconfigparser.ConfigParser().read_string('name = app')", "PARAMETER_FORMAT"),
        ("py_configparser_get", {"section": "database", "option": "host"}, "import configparser\nc = configparser.ConfigParser(); c.read_string('[db]\\nhost = x'); c.get('database', 'host')", "INCORRECT_PARAMETER"),
        ("py_configparser_get", {"section": "db", "option": "port"}, "import configparser\nc = configparser.ConfigParser(); c.read_string('[db]\\nhost = x'); c.get('db', 'port')", "INCORRECT_PARAMETER"),
        ("py_configparser_add_section", {"section": "db"}, "import configparser\nc = configparser.ConfigParser(); c.read_string('[db]\\nhost = x'); c.add_section('db')", "WORKFLOW_SEQUENCE"),
        ("py_configparser_getint", {"option": "port", "value": "eighty"}, "import configparser\nc = configparser.ConfigParser(); c.read_string('[db]\\nport = eighty'); c.getint('db', 'port')", "PARAMETER_FORMAT"),
        ("py_datetime_strptime", {"value": "2026/12/01", "format": "%Y-%m-%d"}, "import datetime\ndatetime.datetime.strptime('2026/12/01', '%Y-%m-%d')", "PARAMETER_FORMAT"),
        ("py_datetime_fromisoformat", {"value": "1st of December"}, "import datetime\ndatetime.date.fromisoformat('1st of December')", "PARAMETER_FORMAT"),
        ("py_zoneinfo", {"key": "Asia/Bombay2"}, "import zoneinfo\nzoneinfo.ZoneInfo('Asia/Bombay2')", "INCORRECT_PARAMETER"),
        ("py_re_compile", {"pattern": "(?P<id>\\d+"}, "import re\nre.compile(r'(?P<id>\\d+')", "PARAMETER_FORMAT"),
        ("py_base64_decode", {"data": "abc"}, "import base64\nbase64.b64decode('abc', validate=True)", "PARAMETER_FORMAT"),
        ("py_uuid_parse", {"value": "1234-abcd"}, "import uuid\nuuid.UUID('1234-abcd')", "PARAMETER_FORMAT"),
        ("py_ipaddress_network", {"value": "10.0.0.1/24"}, "import ipaddress\nipaddress.ip_network('10.0.0.1/24')", "PARAMETER_FORMAT"),
        ("py_ipaddress_address", {"value": "300.1.1.1"}, "import ipaddress\nipaddress.ip_address('300.1.1.1')", "PARAMETER_FORMAT"),
        ("py_decimal_parse", {"value": "1,5"}, "import decimal\ndecimal.Decimal('1,5')", "PARAMETER_FORMAT"),
        ("py_struct_unpack", {"format": ">I", "bytes": 2}, "import struct\nstruct.unpack('>I', b'ab')", "PARAMETER_FORMAT"),
        ("py_json_loads", {"text": "{'a': 1}"}, "import json\njson.loads(\"{'a': 1}\")", "PARAMETER_FORMAT"),
        ("py_json_dumps", {"value": "datetime"}, "import json, datetime\njson.dumps({'at': datetime.datetime(2026, 12, 1)})", "PARAMETER_FORMAT"),
        ("py_csv_reader_strict", {"file": "sales.csv"}, "import csv, io\nlist(csv.reader(io.StringIO('a,\"b\\n'), strict=True))", "PARAMETER_FORMAT"),
        ("py_importlib_import", {"module": "yaml_corpus10"}, "import importlib\nimportlib.import_module('yaml_corpus10')", "MISSING_PREREQUISITE"),
        ("py_socket_connect", {"port": C}, f"import socket\nsocket.create_connection(('127.0.0.1', {C}), timeout=3)", "network"),
        ("py_socket_connect", {"host": "10.255.255.1", "port": SILENT_PORT}, f"import socket\nsocket.create_connection(('10.255.255.1', {SILENT_PORT}), timeout=2)", "network"),
        ("py_socket_connect", {"host": NOHOST}, f"import socket\nsocket.create_connection(('{NOHOST}', 443), timeout=3)", "dns"),
        ("py_ssl_get_server_certificate", {"port": C}, f"import ssl\nssl.get_server_certificate(('127.0.0.1', {C}), timeout=3)", "network"),
        ("py_ssl_wrap_socket_verify", {"port": TLS_PORT}, f"import socket, ssl\nssl.create_default_context().wrap_socket(socket.create_connection(('127.0.0.1', {TLS_PORT}), timeout=3), server_hostname='127.0.0.1')", "tls"),
        ("py_subprocess_run_check", {"args": ["git-corpus10", "status"]}, "import subprocess\nsubprocess.run(['git-corpus10', 'status'], check=True)", "INCORRECT_PARAMETER"),
        ("py_subprocess_run_timeout", {"timeout": 0.5}, "import subprocess\nsubprocess.run(['sleep', '3'], timeout=0.5)", "timeout"),
        ("py_urllib_parse_port", {"url": "http://example.com:80a/"}, "import urllib.parse\nurllib.parse.urlsplit('http://example.com:80a/').port", "PARAMETER_FORMAT"),
        ("py_email_parseaddr_policy", {"header": "To"}, "from email.message import EmailMessage\nm = EmailMessage(); m['To'] = 'a@b.example'; m['To'] = 'c@d.example'", "WORKFLOW_SEQUENCE"),
    ])
    drive(run, box, "stdlib_nobody", "py", [
        ("py_os_makedirs", {"path": f"{d}/outdir/cache"}, f"import os\nos.makedirs('{d}/outdir/cache')", "permission"),
        ("py_open_write", {"file": "/etc/corpus10.conf"}, "open('/etc/corpus10.conf', 'w')", "permission"),
        ("py_socket_bind", {"port": 443}, "import socket\nsocket.socket().bind(('127.0.0.1', 443))", "permission"),
        ("py_shutil_copy", {"dst": f"{d}/outdir/notes.txt"}, f"import shutil\nshutil.copy('{d}/notes.txt', '{d}/outdir/notes.txt')", "permission"),
    ], wrap=lambda argv: shlex.join(NOBODY) + " -- " + argv)


def node_core(run: Run, box: Sandbox) -> None:
    d = box.path("data")
    drive(run, box, "node_core", "js", [
        ("node_fs_read_file_sync", {"path": "config/app.json"}, "require('fs').readFileSync('config/app.json', 'utf8');", "INCORRECT_PARAMETER"),
        ("node_fs_read_file_sync", {"path": d}, f"require('fs').readFileSync('{d}', 'utf8');", "WRONG_TOOL_SELECTION"),
        ("node_fs_write_file_sync", {"path": "build/out/app.js"}, "require('fs').writeFileSync('build/out/app.js', 'x');", "MISSING_PREREQUISITE"),
        ("node_fs_mkdir_sync", {"path": d}, f"require('fs').mkdirSync('{d}');", "WORKFLOW_SEQUENCE"),
        ("node_fs_rmdir_sync", {"path": d}, f"require('fs').rmdirSync('{d}');", "WRONG_TOOL_SELECTION"),
        ("node_fs_unlink_sync", {"path": d}, f"require('fs').unlinkSync('{d}');", "WRONG_TOOL_SELECTION"),
        ("node_fs_readdir_sync", {"path": f"{d}/notes.txt"}, f"require('fs').readdirSync('{d}/notes.txt');", "WRONG_TOOL_SELECTION"),
        ("node_fs_copy_file_sync", {"src": "missing.txt", "dest": "copy.txt"}, "require('fs').copyFileSync('missing.txt', 'copy.txt');", "INCORRECT_PARAMETER"),
        ("node_fs_read_file_sync", {"path": 42.5}, "require('fs').readFileSync(42.5);", "PARAMETER_FORMAT"),
        ("node_fs_read_file_sync", {"encoding": "utf-9"}, f"require('fs').readFileSync('{d}/notes.txt', 'utf-9');", "INCORRECT_PARAMETER"),
        ("node_fs_write_file_sync", {"data": None}, "require('fs').writeFileSync('out.txt');", "MISSING_PARAMETER"),
        ("node_fs_rename_sync", {"src": "draft.md", "dest": "final.md"}, "require('fs').renameSync('draft.md', 'final.md');", "INCORRECT_PARAMETER"),
        ("node_fs_promises_access", {"path": "/root/.ssh/id_rsa"}, "await require('fs').promises.access('/nonexistent-corpus10/key.pem');", "INCORRECT_PARAMETER"),
        ("node_child_process_exec_sync", {"command": "pnpx-corpus10 build"}, "require('child_process').execSync('pnpx-corpus10 build', { stdio: 'pipe' });", "INCORRECT_PARAMETER"),
        ("node_child_process_exec_file_sync", {"file": "deploy.sh"}, "require('child_process').execFileSync('deploy.sh', [], { stdio: 'pipe' });", "INCORRECT_PARAMETER"),
        ("node_child_process_exec_file_sync", {"file": f"{d}/notes.txt"}, f"require('child_process').execFileSync('{d}/notes.txt', [], {{ stdio: 'pipe' }});", "WRONG_TOOL_SELECTION"),
        ("node_child_process_spawn_sync", {"cwd": "/srv/app-corpus10"}, "const r = require('child_process').spawnSync('ls', [], { cwd: '/srv/app-corpus10' }); if (r.error) throw r.error;", "INCORRECT_PARAMETER"),
        ("node_child_process_exec_sync", {"command": "sleep 5", "timeout": 500}, "require('child_process').execSync('sleep 5', { timeout: 500, stdio: 'pipe' });", "timeout"),
        ("node_json_parse", {"text": "{name: 'app'}"}, "JSON.parse(\"{name: 'app'}\");", "PARAMETER_FORMAT"),
        ("node_json_parse", {"text": ""}, "JSON.parse('');", "MISSING_PARAMETER"),
        ("node_url_parse", {"url": "localhost:3000/api"}, "new URL('//localhost:3000/api');", "PARAMETER_FORMAT"),
        ("node_net_connect", {"port": C}, f"await new Promise((res, rej) => {{ const s = require('net').connect({C}, '127.0.0.1'); s.on('error', rej); s.on('connect', res); }});", "network"),
        ("node_net_connect", {"port": RESET_PORT}, f"await new Promise((res, rej) => {{ const s = require('net').connect({RESET_PORT}, '127.0.0.1'); s.on('error', rej); s.on('data', res); s.on('connect', () => s.write('hi')); }});", "network"),
        ("node_net_connect", {"port": 70000}, "require('net').connect(70000, '127.0.0.1');", "PARAMETER_FORMAT"),
        ("node_dns_lookup", {"hostname": NOHOST}, f"await require('dns').promises.lookup('{NOHOST}');", "dns"),
        ("node_zlib_gunzip_sync", {"file": "notes.txt"}, f"require('zlib').gunzipSync(require('fs').readFileSync('{d}/notes.txt'));", "WRONG_TOOL_SELECTION"),
        ("node_buffer_alloc", {"size": -1}, "Buffer.alloc(-1);", "PARAMETER_FORMAT"),
        ("node_crypto_create_cipheriv", {"key_len": 8}, "require('crypto').createCipheriv('aes-256-cbc', Buffer.alloc(8), Buffer.alloc(16));", "PARAMETER_FORMAT"),
        ("node_require", {"module": "left-pad-corpus10"}, "require('left-pad-corpus10');", "MISSING_PREREQUISITE"),
        ("node_http_get", {"url": f"http://127.0.0.1:{HANG_PORT}/", "timeout": 1000}, f"await new Promise((res, rej) => {{ const r = require('http').get('http://127.0.0.1:{HANG_PORT}/', {{ timeout: 1000 }}, res); r.on('timeout', () => r.destroy(new Error('socket hang up: request timed out after 1000ms'))); r.on('error', rej); }});", "timeout"),
        ("node_https_get", {"url": f"{HS}/"}, f"await new Promise((res, rej) => {{ const r = require('https').get('{HS}/', res); r.on('error', rej); }});", "tls"),
        ("node_fetch_status", {"url": f"{H}/s/503"}, f"const r = await fetch('{H}/s/503'); if (!r.ok) throw new Error(`HTTP ${{r.status}} ${{r.statusText}}: ${{await r.text()}}`);", "server_error"),
        ("node_fetch_status", {"url": f"{H}/s/429"}, f"const r = await fetch('{H}/s/429'); if (!r.ok) throw new Error(`HTTP ${{r.status}} ${{r.statusText}}: ${{await r.text()}}`);", "rate_limit"),
        ("node_fetch_status", {"url": f"{H}/s/422"}, f"const r = await fetch('{H}/s/422'); if (!r.ok) throw new Error(`HTTP ${{r.status}} ${{r.statusText}}: ${{await r.text()}}`);", "PARAMETER_FORMAT"),
        ("node_fetch_status", {"url": f"{H}/s/409"}, f"const r = await fetch('{H}/s/409'); if (!r.ok) throw new Error(`HTTP ${{r.status}} ${{r.statusText}}: ${{await r.text()}}`);", "WORKFLOW_SEQUENCE"),
    ])
    drive(run, box, "node_core_nobody", "js", [
        ("node_fs_write_file_sync", {"path": f"{d}/outdir/report.json"}, f"require('fs').writeFileSync('{d}/outdir/report.json', '{{}}');", "permission"),
        ("node_fs_read_file_sync", {"path": "/root/.bashrc"}, "require('fs').readFileSync('/root/.bashrc', 'utf8');", "permission"),
        ("node_net_listen", {"port": 80}, "await new Promise((res, rej) => { const s = require('net').createServer(); s.on('error', rej); s.listen(80, '127.0.0.1', res); });", "permission"),
    ], wrap=lambda argv: shlex.join(NOBODY) + " -- " + argv)


def clis(run: Run, box: Sandbox) -> None:
    d = box.path("data")
    box.sh(f"printf 'P3\\n2 2\\n255\\n0 0 0 255 255 255 0 0 0 255 255 255\\n' > {d}/img.ppm", check=False)
    box.sh(f"printf 'caf\\351\\n' > {d}/latin1.txt; printf 'hello\\n' > {d}/plain.txt; zstd -q -f {d}/plain.txt -o {d}/plain.txt.zst", check=False)
    box.sh(f"openssl genpkey -algorithm ed25519 -out {d}/ed.pem 2>/dev/null; openssl req -x509 -key {d}/ed.pem -subj /CN=corpus10 -days 1 -out {d}/cert.pem 2>/dev/null", check=False)
    box.mkdir("data/ro")
    # csvkit
    cs = f"{d}/sales.csv"
    cli(run, "csvkit_csvcut", {"columns": "revenue", "file": cs}, f"csvcut -c revenue {cs}", "INCORRECT_PARAMETER")
    cli(run, "csvkit_csvcut", {"columns": "9", "file": cs}, f"csvcut -c 9 {cs}", "INCORRECT_PARAMETER")
    cli(run, "csvkit_csvcut", {"file": "orders.csv"}, "csvcut -n orders.csv", "INCORRECT_PARAMETER")
    cli(run, "csvkit_csvcut", {"option": "--cols"}, f"csvcut --cols region {cs}", "PARAMETER_FORMAT")
    cli(run, "csvkit_csvsql", {"query": "select sum(amount) form sales"}, f"csvsql --query 'select sum(amount) form sales' {cs}", "PARAMETER_FORMAT")
    cli(run, "csvkit_csvsql", {"query": "select * from orders"}, f"csvsql --query 'select * from orders' {cs}", "INCORRECT_PARAMETER")
    cli(run, "csvkit_csvsql", {"query": "select revenue from sales"}, f"csvsql --query 'select revenue from sales' {cs}", "INCORRECT_PARAMETER")
    cli(run, "csvkit_csvsql", {"db": f"postgresql://postgres@127.0.0.1:{C}/test"}, f"csvsql --db postgresql://postgres@127.0.0.1:{C}/test --insert {cs}", "MISSING_PREREQUISITE")
    cli(run, "csvkit_in2csv", {"format": "xlsm"}, f"in2csv -f xlsm {cs}", "INCORRECT_PARAMETER", needs=("in2csv",))
    cli(run, "csvkit_in2csv", {"file": f"{d}/notes.txt"}, f"in2csv {d}/notes.txt", "MISSING_PARAMETER", needs=("in2csv",))
    cli(run, "csvkit_csvjson", {"key": "id"}, f"csvjson -k id {cs}", "INCORRECT_PARAMETER", needs=("csvjson",))
    cli(run, "csvkit_csvgrep", {"column": "region"}, f"csvgrep -c region {cs}", "MISSING_PARAMETER", needs=("csvgrep",))
    cli(run, "csvkit_csvgrep", {"regex": "(north"}, f"csvgrep -c region -r '(north' {cs}", "PARAMETER_FORMAT", needs=("csvgrep",))
    cli(run, "csvkit_csvsort", {"columns": "amout"}, f"csvsort -c amout {cs}", "INCORRECT_PARAMETER", needs=("csvsort",))
    cli(run, "csvkit_csvstat", {"file": f"{d}/plain.txt.zst"}, f"csvstat {d}/plain.txt.zst", "WRONG_TOOL_SELECTION", needs=("csvstat",))
    cli(run, "csvkit_csvjoin", {"columns": "id"}, f"csvjoin -c id {cs} {cs}", "INCORRECT_PARAMETER", needs=("csvjoin",))
    cli(run, "csvkit_csvformat", {"delimiter": "tab"}, f"csvformat -D tab {cs}", "PARAMETER_FORMAT", needs=("csvformat",))
    cli(run, "csvkit_csvlook", {"max_rows": "ten"}, f"csvlook --max-rows ten {cs}", "PARAMETER_FORMAT", needs=("csvlook",))
    # sqlite-utils CLI subcommands not seen before
    db = box.path("data/app.db")
    box.sh(f"sqlite-utils insert {db} events - --pk id", input='[{"id": 1, "kind": "a"}]', check=False)
    cli(run, "sqlite_utils_cli_drop_table", {"table": "evnts"}, f"sqlite-utils drop-table {db} evnts", "INCORRECT_PARAMETER", needs=("sqlite-utils",))
    cli(run, "sqlite_utils_cli_create_table", {"table": "events"}, f"sqlite-utils create-table {db} events id integer --pk id", "WORKFLOW_SEQUENCE", needs=("sqlite-utils",))
    cli(run, "sqlite_utils_cli_create_table", {"type": "uuid"}, f"sqlite-utils create-table {db} sessions id uuid", "INCORRECT_PARAMETER", needs=("sqlite-utils",))
    cli(run, "sqlite_utils_cli_insert", {"input": "not json"}, f"echo 'id,kind' | sqlite-utils insert {db} events -", "PARAMETER_FORMAT", needs=("sqlite-utils",))
    cli(run, "sqlite_utils_cli_schema", {"db": f"{d}/notes.txt"}, f"sqlite-utils schema {d}/notes.txt", "WRONG_TOOL_SELECTION", needs=("sqlite-utils",))
    cli(run, "sqlite_utils_cli_insert", {"db": f"{d}/ro/app.db"}, f"echo '[{{\"id\": 7}}]' | sqlite-utils insert {d}/ro/app.db events -", "read_only", ro_mount=f"{d}/ro", setup=f"cp {db} {d}/ro/app.db", needs=("sqlite-utils",))
    # openssl subcommands not covered before
    cli(run, "openssl_genpkey", {"algorithm": "rsa4096"}, "openssl genpkey -algorithm rsa4096", "INCORRECT_PARAMETER")
    cli(run, "openssl_genpkey", {"pkeyopt": "rsa_keygen_bits:many"}, "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:many", "PARAMETER_FORMAT")
    cli(run, "openssl_pkeyutl_sign", {"inkey": "signing.key"}, "echo hi | openssl pkeyutl -sign -inkey signing.key", "INCORRECT_PARAMETER")
    cli(run, "openssl_pkeyutl_sign", {"inkey": f"{d}/cert.pem"}, f"echo hi | openssl pkeyutl -sign -inkey {d}/cert.pem", "WRONG_TOOL_SELECTION")
    cli(run, "openssl_crl_inspect", {"in": f"{d}/cert.pem"}, f"openssl crl -in {d}/cert.pem -noout -text", "WRONG_TOOL_SELECTION")
    cli(run, "openssl_base64_decode", {"in": f"{d}/latin1.txt"}, f"openssl base64 -d -in missing.b64", "INCORRECT_PARAMETER")
    cli(run, "openssl_kdf_derive", {"kdf": "HKDF", "digest": None}, "openssl kdf -keylen 32 HKDF", "MISSING_PARAMETER")
    cli(run, "openssl_mac_compute", {"mac": "HMAC", "key": None}, f"openssl mac -digest SHA256 -in {d}/plain.txt HMAC", "MISSING_PARAMETER")
    cli(run, "openssl_list_digest", {"option": "-digests-all"}, "openssl list -digests-all", "PARAMETER_FORMAT")
    cli(run, "openssl_x509_days", {"days": "thirty"}, f"openssl req -x509 -key {d}/ed.pem -subj /CN=a -days thirty", "PARAMETER_FORMAT")
    cli(run, "openssl_req_subj", {"subj": "CN=corpus10"}, f"openssl req -new -key {d}/ed.pem -subj CN=corpus10", "PARAMETER_FORMAT")
    cli(run, "openssl_s_client_connect", {"connect": f"127.0.0.1:{C}"}, f"openssl s_client -connect 127.0.0.1:{C} -brief </dev/null", "network")
    cli(run, "openssl_s_client_connect", {"connect": f"{NOHOST}:443"}, f"openssl s_client -connect {NOHOST}:443 -brief </dev/null", "dns")
    cli(run, "openssl_s_client_verify", {"connect": f"127.0.0.1:{TLS_PORT}"}, f"openssl s_client -connect 127.0.0.1:{TLS_PORT} -verify_return_error -brief </dev/null", "tls")
    cli(run, "openssl_genpkey_out", {"out": f"{d}/outdir/key.pem"}, f"openssl genpkey -algorithm ed25519 -out {d}/outdir/key.pem", "permission", nobody=True)
    # iconv / file / envsubst / zstd / ssh-keygen
    cli(run, "iconv_convert", {"from": "LATIN-9X", "to": "UTF-8"}, f"iconv -f LATIN-9X -t UTF-8 {d}/latin1.txt", "INCORRECT_PARAMETER")
    cli(run, "iconv_convert", {"from": "UTF-8", "file": "latin1.txt"}, f"iconv -f UTF-8 -t ASCII {d}/latin1.txt", "PARAMETER_FORMAT")
    cli(run, "iconv_convert", {"file": "legacy.txt"}, "iconv -f LATIN1 -t UTF-8 legacy.txt", "INCORRECT_PARAMETER")
    cli(run, "file_magic", {"magic_file": "custom.mgc"}, f"file -m custom.mgc {d}/plain.txt", "INCORRECT_PARAMETER")
    cli(run, "envsubst_render", {"shell_format": "$"}, "envsubst --variables", "MISSING_PARAMETER", stdin="x")
    cli(run, "envsubst_render", {"option": "-x"}, "envsubst -x", "PARAMETER_FORMAT", stdin="x")
    cli(run, "zstd_decompress_file", {"file": f"{d}/plain.txt"}, f"zstd -d -f {d}/plain.txt -o out.txt", "WRONG_TOOL_SELECTION")
    cli(run, "zstd_decompress_file", {"file": "dump.sql.zst"}, "zstd -d dump.sql.zst", "INCORRECT_PARAMETER")
    cli(run, "zstd_compress_level", {"option": "--fastest"}, f"zstd --fastest {d}/plain.txt", "PARAMETER_FORMAT")
    cli(run, "zstd_compress_out", {"out": f"{d}/ro/plain.zst"}, f"zstd -q -f {d}/plain.txt -o {d}/ro/plain.zst", "read_only", ro_mount=f"{d}/ro")
    cli(run, "ssh_keygen_generate", {"type": "rsa5"}, "ssh-keygen -q -t rsa5 -N '' -f k", "INCORRECT_PARAMETER", needs=("ssh-keygen",))
    cli(run, "ssh_keygen_generate", {"bits": "big"}, "ssh-keygen -q -t rsa -b big -N '' -f k", "PARAMETER_FORMAT", needs=("ssh-keygen",))
    cli(run, "ssh_keygen_fingerprint_file", {"file": f"{d}/notes.txt"}, f"ssh-keygen -l -f {d}/notes.txt", "WRONG_TOOL_SELECTION", needs=("ssh-keygen",))
    cli(run, "ssh_keygen_fingerprint_file", {"file": "id_deploy.pub"}, "ssh-keygen -l -f id_deploy.pub", "INCORRECT_PARAMETER", needs=("ssh-keygen",))
    cli(run, "ssh_keygen_known_hosts_remove", {"host": "git.corpus10.example", "file": "known_hosts"}, "ssh-keygen -R git.corpus10.example -f known_hosts", "MISSING_PREREQUISITE", needs=("ssh-keygen",))
    cli(run, "ssh_keygen_generate", {"file": f"{d}/outdir/id"}, f"ssh-keygen -q -t ed25519 -N '' -f {d}/outdir/id", "permission", nobody=True, needs=("ssh-keygen",))
    # wget against the fakes
    for path, label in (("/s/401", "auth"), ("/s/403", "permission"), ("/s/404", "INCORRECT_PARAMETER"), ("/s/429", "rate_limit"),
                        ("/s/500", "server_error"), ("/s/502", "server_error"), ("/s/503", "server_error"), ("/s/409", "WORKFLOW_SEQUENCE")):
        cli(run, "wget_fetch", {"url": H + path}, f"wget --tries=1 --content-on-error -O - {H}{path}", label, stream="both", wrap=lambda code, msg: f"wget exited with code {code}\n{msg}" if msg else f"wget exited with code {code}")
    cli(run, "wget_fetch", {"url": f"http://127.0.0.1:{C}/file"}, f"wget --tries=1 -O - http://127.0.0.1:{C}/file", "network")
    cli(run, "wget_fetch", {"url": f"https://{NOHOST}/file"}, f"wget --tries=1 -O - https://{NOHOST}/file", "dns")
    cli(run, "wget_fetch", {"url": f"{HS}/file"}, f"wget --tries=1 -O - {HS}/file", "tls")
    cli(run, "wget_fetch", {"url": f"http://127.0.0.1:{HANG_PORT}/file", "timeout": 2}, f"wget --tries=1 --timeout=2 -O - http://127.0.0.1:{HANG_PORT}/file", "timeout")
    cli(run, "wget_fetch", {"url": "htp://127.0.0.1/file"}, "wget --tries=1 htp://127.0.0.1/file", "PARAMETER_FORMAT")
    cli(run, "wget_fetch", {"option": "--retry"}, f"wget --retry 3 {H}/s/404", "PARAMETER_FORMAT")
    cli(run, "wget_fetch", {"output": f"{d}/ro/file"}, f"wget -q --tries=1 -O {d}/ro/file {H}/s/x", "read_only", ro_mount=f"{d}/ro")
    # systemd-style tools in a container without systemd
    cli(run, "systemctl_status_unit", {"unit": "nginx-corpus10"}, "systemctl status nginx-corpus10", "daemon_down")
    cli(run, "journalctl_unit_logs", {"unit": "nginx-corpus10", "since": "yesterday-ish"}, "journalctl -u nginx-corpus10 --since yesterday-ish", "PARAMETER_FORMAT")
    cli(run, "timedatectl_set_timezone", {"tz": "Europe/Berln"}, "timedatectl set-timezone Europe/Berln", "daemon_down")


FS_CALLS = [
    ("pil_image_save", "{t}/noise.png", "from PIL import Image\nimport os\nImage.frombytes('RGB', (600, 600), os.urandom(600 * 600 * 3)).save('{t}/noise.png')"),
    ("openpyxl_workbook_save", "{t}/big.xlsx", "import openpyxl, os\nwb = openpyxl.Workbook(); ws = wb.active\nfor i in range(3000): ws.append([os.urandom(16).hex(), i, os.urandom(16).hex()])\nwb.save('{t}/big.xlsx')"),
    ("matplotlib_savefig", "{t}/chart.svg", "import matplotlib.pyplot as plt, numpy as np\nplt.plot(np.random.rand(20000)); plt.savefig('{t}/chart.svg')"),
    ("docx_document_save", "{t}/report.docx", "import docx, os\ndoc = docx.Document()\nfor i in range(3000): doc.add_paragraph(os.urandom(32).hex())\ndoc.save('{t}/report.docx')"),
    ("pypdf_writer_write", "{t}/pages.pdf", "import pypdf\nw = pypdf.PdfWriter()\nfor i in range(400): w.add_blank_page(612, 792)\nw.write('{t}/pages.pdf')"),
    ("py_zipfile_write", "{t}/bundle.zip", "import zipfile, os\nwith zipfile.ZipFile('{t}/bundle.zip', 'w') as z: z.writestr('blob.bin', os.urandom(300000))"),
    ("sqlite_utils_api_insert_all", "{t}/app.db", "import sqlite_utils, os\nsqlite_utils.Database('{t}/app.db')['blobs'].insert_all({{'id': i, 'b': os.urandom(512)}} for i in range(2000))"),
    ("tomlkit_dump_file", "{t}/pyproject.toml", "import tomlkit, os\nopen('{t}/pyproject.toml', 'w').write(tomlkit.dumps({{'data': {{'k%d' % i: os.urandom(16).hex() for i in range(5000)}}}}))"),
]


def infra_more(run: Run, box: Sandbox) -> None:
    if not run.caps.get("unshare"):
        run.note("skip infra_more: unshare not available")
        return
    full = box.mkdir("data", "full")
    ro = box.mkdir("data", "rofs")
    drive(run, box, "enospc", "py", [(tool, {"path": path.format(t=full)}, code.format(t=full), "resource") for tool, path, code in FS_CALLS],
          wrap=lambda argv: tiny_fs(full, argv, "64k"))
    drive(run, box, "erofs", "py", [(tool, {"path": path.format(t=ro)}, code.format(t=ro), "read_only") for tool, path, code in FS_CALLS
                                  if not tool.startswith("sqlite")],
          wrap=lambda argv: ro_bind(ro, argv))
    drive(run, box, "node_erofs", "js", [
        ("node_fs_write_file_sync", {"path": f"{ro}/report.json"}, f"require('fs').writeFileSync('{ro}/report.json', '{{}}');", "read_only"),
        ("node_fs_mkdir_sync", {"path": f"{ro}/cache"}, f"require('fs').mkdirSync('{ro}/cache');", "read_only"),
    ], wrap=lambda argv: ro_bind(ro, argv))
    drive(run, box, "node_enospc", "js", [
        ("node_fs_write_file_sync", {"path": f"{full}/dump.bin"}, f"require('fs').writeFileSync('{full}/dump.bin', require('crypto').randomBytes(300000));", "resource"),
    ], wrap=lambda argv: tiny_fs(full, argv, "64k"))
    sock = box.path("run", "docker.sock")
    drive(run, box, "unix_sockets", "py", [
        ("py_socket_connect_unix", {"path": sock}, f"import socket\ns = socket.socket(socket.AF_UNIX); s.connect('{sock}')", "daemon_down"),
        ("websocket_unix_connect", {"path": sock}, f"import asyncio, websockets\nasync def m():\n    async with websockets.unix_connect('{sock}', 'ws://localhost/events'): pass\nasyncio.run(m())", "daemon_down"),
        ("httpcore_request_uds", {"uds": sock}, f"import httpcore\nhttpcore.ConnectionPool(uds='{sock}').request('GET', 'http://localhost/v1.45/containers/json')", "daemon_down"),
    ])
    drive(run, box, "node_unix", "js", [
        ("node_net_connect_unix", {"path": sock}, f"await new Promise((res, rej) => {{ const s = require('net').connect({{ path: '{sock}' }}); s.on('error', rej); s.on('connect', res); }});", "daemon_down"),
    ])
    drive(run, box, "limits", "py", [
        ("py_open_many_files", {"count": 200}, f"fs = [open('{box.path('data', 'notes.txt')}') for _ in range(200)]", "resource"),
        ("numpy_zeros_alloc", {"shape": [20000000, 50]}, "import numpy as np\nnp.zeros((20000000, 50))", "resource"),
    ], wrap=lambda argv: f"bash -c {shlex.quote(f'ulimit -n 64; ulimit -v 1500000; exec {argv}')}")


GROUPS: list[Callable[[Run, Sandbox], None]] = [py_data, py_protocols, py_stdlib, node_core, clis, infra_more]


def start_helpers(helpers: Helpers, lines: LineServers, box: Sandbox) -> bool:
    helpers.http(HTTP_PORT, route, server_version="corpus10")
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.hang(HANG_PORT, accept=True)
    helpers.reset(RESET_PORT)
    lines.start(SMTP_PORT, "220 mail.corpus10.example ESMTP Postfix\r\n", smtp_answer)
    lines.start(IMAP_PORT, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.\r\n", imap_answer)
    lines.start(FTP_PORT, "220 (vsFTPd 3.0.5)\r\n", ftp_answer)
    lines.start(POP_PORT, "+OK Dovecot ready.\r\n", pop_answer)
    return tls


def generate() -> list[Row]:
    lines = LineServers()
    with Sandbox("corpus10-") as box, Helpers() as helpers:
        box.env = base_env(box)
        try:
            tls = start_helpers(helpers, lines, box)
            data_files(box)
            os.chmod(box.mkdir("data", "outdir"), 0o755)
            caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro"))}
            run = Run(box, normaliser(box.root), box.env, caps, NAME)
            run.groups(GROUPS, os.environ.get("CORPUS_TENTH_ONLY"))
        finally:
            lines.close()
        return run.rows


