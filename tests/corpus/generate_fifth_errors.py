#!/usr/bin/env python3
"""Fifth blind batch of labelled tool errors (held-out check of the classifier).

Usage:

    python tests/corpus/generate_fifth_errors.py > tests/corpus/fifth_errors.jsonl

Written without looking at the classifier's rules or at the earlier corpus files.
It favours wordings earlier batches are unlikely to have: other tools' versions of
the same mistake, less common subcommands and flags, messages as agent tool
wrappers return them ("Command failed with exit code 128: ...", "Tool error: ...",
``subprocess.CalledProcessError`` tracebacks, Node ``execSync``/``fetch`` errors,
``requests``/``urllib`` exceptions) and tricky negatives (usage errors whose text
contains 401/403/503/timeout/eof/ssl/refused/denied in a name, path or SHA).

Stdlib only. Every real row comes from a real run (10 s timeout each) in a
scratch directory (normalised to ``/tmp/corpus5``; ANSI codes and npm's
"complete log of this run" lines are dropped) against local helpers that
are started here and stopped at exit:

- 127.0.0.1:47881  HTTP server with REST-like JSON error routes, a fake git
  smart-HTTP endpoint and a fake npm registry;
- 127.0.0.1:47882  the same server behind TLS with a self-signed certificate;
- 127.0.0.1:47883  a listener that accepts nothing and never answers (timeouts);
- 127.0.0.1:47884  a listener that resets every connection;
- 127.0.0.1:47885  a tiny RESP server answering READONLY/LOADING/NOAUTH/NOPERM/OOM/...;
- 127.0.0.1:47889  a closed port.

It also uses the local Redis on 127.0.0.1:6379 (keys ``corpus5:*`` only, deleted
afterwards, never FLUSH) and PostgreSQL on 127.0.0.1:5432 (``-U postgres -d test``,
read-only or failing statements only). ``setpriv`` (uid 65534) gives real
permission errors, ``unshare -m`` with a read-only bind mount or a tiny tmpfs gives
real EROFS/ENOSPC. Cases whose tool, service or capability is missing are
skipped with a note on stderr; a case that unexpectedly succeeds is skipped too.

``requests`` cases run with an interpreter that has ``requests`` (this one, or
the base interpreter of a venv); they are skipped if none has it.

The ``source: documented`` rows at the end are hand-written from documented or
commonly seen formats (MCP servers, LangChain/OpenAI-agents tool wrappers,
python-gitlab, PyGithub, jira-python, kubernetes-client, httpx, aiohttp, axios,
Go clients, gh/glab).
"""
from __future__ import annotations

import atexit
import json
import os
import re
import shlex
import shutil
import socket
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTTP_PORT, TLS_PORT, SILENT_PORT, RESET_PORT, RESP_PORT, CLOSED_PORT = 47881, 47882, 47883, 47884, 47885, 47889
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
NORM = "/tmp/corpus5"
TIMEOUT = 10
LIMIT = 1500

SCR = os.path.realpath(tempfile.mkdtemp(prefix="corpus5-"))
os.chmod(SCR, 0o755)
atexit.register(shutil.rmtree, SCR, True)
ROWS: list[dict] = []
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
NPM_LOG = re.compile(r"^npm (?:error|ERR!) A complete log of this run can be found in:.*$\n?", re.M)

ORIG_HOME = os.path.expanduser("~")
HOME = os.path.join(SCR, "home")
os.makedirs(HOME)
ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": HOME,
    "LC_ALL": "C.UTF-8",
    "LANG": "C.UTF-8",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_TERMINAL_PROMPT": "0",
    "NO_COLOR": "1",
    "TERM": "dumb",
    "npm_config_update_notifier": "false",
    "npm_config_fund": "false",
    "npm_config_audit": "false",
    "npm_config_cache": os.path.join(SCR, "npm-cache"),
    "RUSTUP_HOME": os.environ.get("RUSTUP_HOME", os.path.join(ORIG_HOME, ".rustup")),
    "CARGO_HOME": os.environ.get("CARGO_HOME", os.path.join(ORIG_HOME, ".cargo")),
    "CARGO_NET_OFFLINE": "true",
    "PGCONNECT_TIMEOUT": "5",
}
with open(os.path.join(HOME, ".gitconfig"), "w") as f:
    f.write("[user]\n\tname = Corpus Agent\n\temail = agent@corpus5.example\n"
            "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n")


def note(msg: str) -> None:
    print(f"[generate_fifth_errors] {msg}", file=sys.stderr)


def P(*parts: str) -> str:
    return os.path.join(SCR, *parts)


def write(path: str, text: str | bytes, mode: int | None = None) -> str:
    path = path if os.path.isabs(path) else P(path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb" if isinstance(text, bytes) else "w") as fh:
        fh.write(text)
    if mode is not None:
        os.chmod(path, mode)
    return path


def have(*tools: str) -> bool:
    missing = [t for t in tools if shutil.which(t, path=ENV["PATH"]) is None]
    if missing:
        note(f"skipping: tool(s) not found: {', '.join(missing)}")
    return not missing


def clean(text: str) -> str:
    text = NPM_LOG.sub("", ANSI.sub("", text)).replace(SCR, NORM)
    text = "\n".join(line.rstrip() for line in text.splitlines()).strip()
    if len(text) > LIMIT:
        text = text[:700].rstrip() + "\n[...]\n" + text[-700:].lstrip()
    return text


def sh(argv, cwd=None, env=None, check=True, input=None) -> subprocess.CompletedProcess:
    """Set-up helper: run quietly and fail loudly."""
    e = dict(ENV, **(env or {}))
    cp = subprocess.run(argv, cwd=cwd, env=e, capture_output=True, text=True, timeout=30,
                        shell=isinstance(argv, str), input=input)
    if check and cp.returncode != 0:
        raise RuntimeError(f"setup failed: {argv}: {cp.stderr or cp.stdout}")
    return cp


def wrap_exit(rc: int, msg: str) -> str:
    return f"Command failed with exit code {rc}: {msg}"


def wrap_tool(rc: int, msg: str) -> str:
    return f"Tool error: {msg}"


def wrap_stderr(rc: int, msg: str) -> str:
    return f"Error: process exited with status {rc}\nstderr:\n{msg}"


def U(cat: str):
    return (True, cat, None)


def I(kind: str):
    return (False, None, kind)


def case(tool, params, label, argv, *, cmd=None, cwd=None, env=None, stdin=None,
         wrap=None, allow_ok=False, both=False, timeout=TIMEOUT):
    """Run argv (a list, or a str for sh -c) and record one row."""
    shell = isinstance(argv, str)
    first = "sh" if shell else argv[0]
    if not have(first):
        return
    e = dict(ENV, **(env or {}))
    try:
        cp = subprocess.run(argv, cwd=cwd or SCR, env=e, capture_output=True, timeout=timeout,
                            shell=shell, input=stdin.encode() if isinstance(stdin, str) else stdin,
                            executable="/bin/bash" if shell else None)
    except subprocess.TimeoutExpired:
        note(f"skipping (timed out): {tool} {argv}")
        return
    out = cp.stdout.decode("utf-8", "replace")
    err = cp.stderr.decode("utf-8", "replace")
    if both:
        msg = (out.rstrip() + "\n" + err).strip()
    else:
        msg = err if err.strip() else out
    msg = clean(msg)
    if cp.returncode == 0 and not allow_ok:
        note(f"skipping (succeeded): {tool} {cmd or argv}")
        return
    if not msg:
        note(f"skipping (no message): {tool} {cmd or argv}")
        return
    if wrap:
        msg = clean(wrap(cp.returncode, msg))
    usage, cat, kind = label
    if cmd is None:
        cmd = argv if shell else shlex.join(argv)
    ROWS.append({"tool": tool, "params": params, "message": msg, "usage": usage,
                 "category": cat, "infra_kind": kind, "source": "cli",
                 "command": clean(cmd)})


# ---------------------------------------------------------------------------
# local helpers
# ---------------------------------------------------------------------------

def J(obj) -> str:
    return json.dumps(obj, separators=(",", ":"))


ROUTES: dict[str, tuple[int, dict, str]] = {
    # GitLab-like
    "/api/v4/projects/acme%2Fssl-gateway": (404, {}, J({"message": "404 Project Not Found"})),
    "/api/v4/projects/77/merge_requests/503": (404, {}, J({"message": "404 Not found"})),
    "/api/v4/projects/77/pipelines": (400, {}, J({"message": "400 Bad request - ref is missing"})),
    "/api/v4/projects/77/repository/branches": (400, {}, J({"message": "Branch already exists"})),
    "/api/v4/projects/77/issues": (400, {}, J({"message": {"due_date": ["is not a valid date"]}})),
    "/api/v4/projects/77/repository/files/config%2Ftimeout.yml": (404, {}, J({"message": "404 File Not Found"})),
    "/api/v4/projects/77/variables": (401, {}, J({"message": "401 Unauthorized"})),
    "/api/v4/projects/77/protected_branches": (403, {}, J({"message": "403 Forbidden"})),
    "/api/v4/projects/77/jobs/8812/retry": (403, {}, J({"message": "403 Forbidden - Job is not retryable"})),
    "/api/v4/groups/platform/projects": (502, {"Content-Type": "text/html"},
                                         "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
    "/api/v4/projects/77/merge_requests": (409, {}, J({"message": ["Another open merge request already exists for this source branch: !41"]})),
    "/api/v4/projects/77/repository/commits/9f3c2b7d1e0a4f5b6c7d8e9f0a1b2c3d4e5f6503": (404, {}, J({"message": "404 Commit Not Found"})),
    # GitHub-like
    "/repos/acme/widgets/pulls": (422, {}, J({"message": "Validation Failed", "errors": [{"resource": "PullRequest", "field": "head", "code": "invalid"}], "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request", "status": "422"})),
    "/repos/acme/widgets/issues/4031": (410, {}, J({"message": "This issue was deleted", "documentation_url": "https://docs.github.com/v3/issues/#get-an-issue", "status": "410"})),
    "/repos/acme/widgets/actions/runs": (403, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1767225600"},
                                          J({"message": "API rate limit exceeded for installation ID 4403.", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting", "status": "403"})),
    "/repos/acme/widgets/contents/.github/workflows/ci.yml": (401, {}, J({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"})),
    "/repos/acme/widgets/git/refs": (422, {}, J({"message": "Reference already exists", "documentation_url": "https://docs.github.com/rest/git/refs#create-a-reference", "status": "422"})),
    "/search/code": (429, {"Retry-After": "30"}, J({"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", "status": "429"})),
    # Jira-like
    "/rest/api/2/issue/OPS-4031/transitions": (400, {}, J({"errorMessages": ["Transition id '91' is not valid for this issue."], "errors": {}})),
    "/rest/api/2/search": (400, {}, J({"errorMessages": ["Error in the JQL Query: Expecting operator but got 'closed'. The query was: project = OPS status closed"], "errors": {}})),
    "/rest/api/2/issue": (400, {}, J({"errorMessages": [], "errors": {"summary": "You must specify a summary of the issue.", "issuetype": "valid issue type is required"}})),
    "/rest/api/2/issue/OPS-77/worklog": (400, {}, J({"errorMessages": [], "errors": {"timeLogged": "Invalid time duration entered."}})),
    "/rest/api/2/myself": (401, {"WWW-Authenticate": "OAuth realm=\"https%3A%2F%2Fjira.example.com\""}, "<!DOCTYPE html><html><head><title>Unauthorized (401)</title></head><body><h1>Unauthorized (401)</h1></body></html>"),
    # generic
    "/v1/reports/export": (503, {"Retry-After": "120"}, J({"error": "service_unavailable", "detail": "report backend is in maintenance"})),
    "/v1/metrics/query": (504, {"Content-Type": "text/html"}, "<html><body><h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n</body></html>"),
    "/v1/jobs": (500, {}, J({"error": {"code": "internal", "message": "unexpected error, request id 7c1f0e"}})),
    "/v1/uploads": (413, {}, J({"error": "payload too large", "max_bytes": 1048576})),
    "/v1/deployments/timeout-503-handler": (404, {}, J({"detail": "Not found."})),
    "/v1/tokens/rotate": (403, {}, J({"detail": "You do not have permission to perform this action."})),
    "/v1/quota": (403, {}, J({"error": "quota_exceeded", "message": "Project storage quota of 10 GiB exceeded"})),
    "/v1/search": (422, {}, J({"detail": [{"type": "int_parsing", "loc": ["query", "limit"], "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "ten"}]})),
    "/v1/users": (422, {}, J({"detail": [{"type": "missing", "loc": ["body", "email"], "msg": "Field required", "input": {"name": "ops-bot"}}]})),
    # git smart HTTP
    "/git/private.git/info/refs": (401, {"WWW-Authenticate": "Basic realm=\"corpus5\""}, "Unauthorized\n"),
    "/git/locked.git/info/refs": (403, {}, "Forbidden\n"),
    "/git/maint.git/info/refs": (503, {}, "Service Unavailable\n"),
    "/git/throttle.git/info/refs": (429, {"Retry-After": "60"}, "Too Many Requests\n"),
    # npm registry
    "/npm/left-padd": (404, {}, J({"error": "Not found"})),
    "/npm-auth/lodash": (401, {"WWW-Authenticate": "Bearer"}, J({"error": "authentication required"})),
    "/npm-down/lodash": (503, {}, "<html><body>503 Service Unavailable</body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def _serve(self):
        n = int(self.headers.get("Content-Length") or 0)
        if n:
            self.rfile.read(n)
        path = self.path.split("?")[0]
        if path == "/slow":
            time.sleep(6)
        status, headers, body = ROUTES.get(path, (404, {}, J({"message": "404 Not Found"})))
        data = body.encode()
        self.send_response(status)
        if "Content-Type" not in headers:
            self.send_header("Content-Type", "application/json" if body[:1] in "{[" else "text/plain")
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass


SERVERS: list = []
SOCKS: list = []
TLS_OK = False


def port_free(port: int) -> bool:
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        s.close()


def start_helpers() -> None:
    global TLS_OK
    for p in (HTTP_PORT, TLS_PORT, SILENT_PORT, RESET_PORT, RESP_PORT, CLOSED_PORT):
        if not port_free(p):
            note(f"port {p} is in use; rows using it may differ")
    srv = QuietServer(("127.0.0.1", HTTP_PORT), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    SERVERS.append(srv)
    if shutil.which("openssl"):
        key, crt = P("tls", "key.pem"), P("tls", "cert.pem")
        os.makedirs(P("tls"))
        sh(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt,
            "-days", "2", "-subj", "/CN=localhost"])
        tsrv = QuietServer(("127.0.0.1", TLS_PORT), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        tsrv.socket = ctx.wrap_socket(tsrv.socket, server_side=True)
        threading.Thread(target=tsrv.serve_forever, daemon=True).start()
        SERVERS.append(tsrv)
        TLS_OK = True
    else:
        note("openssl missing: TLS cases skipped")
    # silent: listen, never accept
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", SILENT_PORT))
    s.listen(64)
    SOCKS.append(s)
    # reset: accept and RST
    r = socket.socket()
    r.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    r.bind(("127.0.0.1", RESET_PORT))
    r.listen(64)
    SOCKS.append(r)

    def resetter():
        import struct
        while True:
            try:
                c, _ = r.accept()
            except OSError:
                return
            try:
                c.recv(1024)
            except OSError:
                pass
            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            c.close()
    threading.Thread(target=resetter, daemon=True).start()
    # RESP
    rs = socketserver.ThreadingTCPServer(("127.0.0.1", RESP_PORT), RespHandler, bind_and_activate=False)
    rs.allow_reuse_address = True
    rs.daemon_threads = True
    rs.server_bind()
    rs.server_activate()
    threading.Thread(target=rs.serve_forever, daemon=True).start()
    SERVERS.append(rs)


RESP_REPLIES = [
    ("corpus5:replica:", "-READONLY You can't write against a read only replica."),
    ("corpus5:loading:", "-LOADING Redis is loading the dataset in memory"),
    ("corpus5:acl:", "-NOPERM No permissions to access a key"),
    ("corpus5:full:", "-OOM command not allowed when used memory > 'maxmemory'."),
    ("corpus5:locked:", "-NOAUTH Authentication required."),
    ("corpus5:stale:", "-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'."),
    ("corpus5:lua:", "-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSCRIPT."),
    ("corpus5:clients:", "-ERR max number of clients reached"),
]


class RespHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            line = self.rfile.readline()
            if not line:
                return
            if not line.startswith(b"*"):
                continue
            args = []
            for _ in range(int(line[1:])):
                ln = int(self.rfile.readline()[1:])
                args.append(self.rfile.read(ln + 2)[:-2].decode())
            reply = "+OK"
            if args and args[0].upper() == "COMMAND":
                reply = "*0"
            for prefix, rep in RESP_REPLIES:
                if any(a.startswith(prefix) for a in args[1:]):
                    reply = rep
            self.wfile.write((reply + "\r\n").encode())


# ---------------------------------------------------------------------------
# interpreters
# ---------------------------------------------------------------------------

PY = sys.executable


def find_requests_python() -> str | None:
    cands = [sys.executable, os.path.join(sys.base_prefix, "bin", "python3"), shutil.which("python3") or ""]
    for c in cands:
        if c and os.path.exists(c):
            cp = subprocess.run([c, "-c", "import requests"], capture_output=True)
            if cp.returncode == 0:
                return c
    return None


def pycase(tool, code, label, *, params=None, py=None, **kw):
    case(tool, params or {"code": code}, label, [py or PY, "-c", code],
         cmd="python -c " + shlex.quote(code), **kw)


def nodecase(tool, code, label, *, params=None, **kw):
    case(tool, params or {"code": code}, label, ["node", "-e", code],
         cmd="node -e " + shlex.quote(code), **kw)


def as_nobody(argv):
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *argv]


def ro_mount(path: str, inner: str) -> str:
    q = shlex.quote(path)
    return f"unshare -m sh -c {shlex.quote(f'mount --bind {q} {q} && mount -o remount,bind,ro {q} {q} && {inner}')}"


def tiny_fs(path: str, inner: str, size="64k") -> str:
    q = shlex.quote(path)
    return f"unshare -m sh -c {shlex.quote(f'mount -t tmpfs -o size={size} tmpfs {q} && {inner}')}"


def can_unshare() -> bool:
    d = P("probe-ro")
    os.makedirs(d, exist_ok=True)
    cp = subprocess.run(ro_mount(d, "true"), shell=True, capture_output=True)
    if cp.returncode != 0:
        note("unshare/mount not permitted: read-only and ENOSPC cases skipped")
    return cp.returncode == 0


def can_setpriv() -> bool:
    ok = shutil.which("setpriv") and os.geteuid() == 0
    if not ok:
        note("setpriv or root missing: permission cases skipped")
    return bool(ok)


# ---------------------------------------------------------------------------
# git
# ---------------------------------------------------------------------------

def fresh_dir(name: str) -> str:
    d = P("clones", name)
    os.makedirs(d, exist_ok=True)
    return d


def mkrepo(name: str, files: dict | None = None) -> str:
    d = P(name)
    sh(["git", "init", "-q", d])
    for fn, txt in (files or {"README.md": "# demo\n"}).items():
        write(os.path.join(d, fn), txt)
    sh(["git", "add", "-A"], d)
    sh(["git", "commit", "-qm", "initial import"], d)
    return d


def git_cases():
    if not have("git"):
        return
    # 1 push before any commit, wrapped
    bare = P("fresh.git")
    sh(["git", "init", "-q", "--bare", bare])
    fresh = P("fresh")
    sh(["git", "init", "-q", fresh])
    sh(["git", "remote", "add", "origin", bare], fresh)
    case("git_push", {"remote": "origin", "branch": "main", "set_upstream": True}, U("WORKFLOW_SEQUENCE"),
         ["git", "push", "-u", "origin", "main"], cwd=fresh, wrap=wrap_exit)
    # 2 non-fast-forward
    svc_bare = P("svc.git")
    sh(["git", "init", "-q", "--bare", svc_bare])
    svc = mkrepo("svc", {"app.py": "print('v1')\n"})
    sh(["git", "remote", "add", "origin", svc_bare], svc)
    sh(["git", "push", "-q", "-u", "origin", "main"], svc)
    other = P("svc-other")
    sh(["git", "clone", "-q", svc_bare, other])
    write(os.path.join(other, "app.py"), "print('v2')\n")
    sh(["git", "commit", "-qam", "v2 from teammate"], other)
    sh(["git", "push", "-q"], other)
    write(os.path.join(svc, "app.py"), "print('v1.1')\n")
    sh(["git", "commit", "-qam", "local fix"], svc)
    case("git_push", {"remote": "origin", "branch": "main"}, U("WORKFLOW_SEQUENCE"),
         ["git", "push", "origin", "main"], cwd=svc)
    # 3 no remote configured
    lone = mkrepo("lone")
    case("git_push", {"remote": "origin", "branch": "main"}, U("MISSING_PREREQUISITE"),
         ["git", "push", "origin", "main"], cwd=lone, wrap=wrap_exit)
    case("git_fetch", {"remote": "upstream"}, U("MISSING_PREREQUISITE"),
         ["git", "fetch", "upstream", "--prune"], cwd=svc)
    # 4/5 no upstream
    sh(["git", "switch", "-q", "-c", "feature/ssl-timeout-retry"], svc)
    write(os.path.join(svc, "retry.py"), "RETRIES = 3\n")
    sh(["git", "add", "retry.py"], svc)
    sh(["git", "commit", "-qm", "retry"], svc)
    case("git_push", {}, U("MISSING_PREREQUISITE"), ["git", "push"], cwd=svc)
    case("git_pull", {"rebase": True}, U("MISSING_PREREQUISITE"), ["git", "pull", "--rebase"], cwd=svc)
    case("git_branch", {"branch": "feature/ssl-timeout-retry", "upstream": "origin/feature/ssl-timeout-retry"},
         U("WORKFLOW_SEQUENCE"),
         ["git", "branch", "--set-upstream-to=origin/feature/ssl-timeout-retry"], cwd=svc)
    # 6 merge blocked by local changes
    m = mkrepo("mergy", {"settings.ini": "[net]\ntimeout=5\n"})
    sh(["git", "switch", "-q", "-c", "fix/eof-handling"], m)
    write(os.path.join(m, "settings.ini"), "[net]\ntimeout=30\n")
    sh(["git", "commit", "-qam", "raise timeout"], m)
    sh(["git", "switch", "-q", "main"], m)
    write(os.path.join(m, "settings.ini"), "[net]\ntimeout=10\n")
    case("git_merge", {"branch": "fix/eof-handling"}, U("WORKFLOW_SEQUENCE"),
         ["git", "merge", "--no-ff", "fix/eof-handling"], cwd=m)
    case("git_rebase", {"upstream": "fix/eof-handling"}, U("WORKFLOW_SEQUENCE"),
         ["git", "rebase", "fix/eof-handling"], cwd=m)
    sh(["git", "checkout", "--", "settings.ini"], m)
    case("git_branch", {"delete": "fix/eof-handling"}, U("WORKFLOW_SEQUENCE"),
         ["git", "branch", "-d", "fix/eof-handling"], cwd=m)
    case("git_branch", {"delete": "main"}, U("WORKFLOW_SEQUENCE"), ["git", "branch", "-d", "main"], cwd=m)
    # misc on repo r
    r = mkrepo("web", {"README.md": "# web\n", "src/app.js": "console.log(1)\n"})
    sha = "4c7e9a1f0b2d3e4f5a6b7c8d9e0f1a2b3c4d5401"
    case("git_cherry_pick", {"commit": sha}, U("INCORRECT_PARAMETER"), ["git", "cherry-pick", sha], cwd=r)
    case("git_rebase", {"action": "continue"}, U("WORKFLOW_SEQUENCE"), ["git", "rebase", "--continue"], cwd=r)
    case("git_merge", {"action": "abort"}, U("WORKFLOW_SEQUENCE"), ["git", "merge", "--abort"], cwd=r)
    case("git_stash", {"action": "apply", "ref": "stash@{3}"}, U("INCORRECT_PARAMETER"),
         ["git", "stash", "apply", "stash@{3}"], cwd=r)
    os.makedirs(P("wt-existing"), exist_ok=True)
    write(P("wt-existing", "notes.txt"), "x\n")
    case("git_worktree_add", {"path": P("wt-existing"), "branch": "hotfix"}, U("WORKFLOW_SEQUENCE"),
         ["git", "worktree", "add", P("wt-existing"), "-b", "hotfix"], cwd=r)
    sh(["git", "remote", "add", "origin", svc_bare], r)
    case("git_remote_add", {"name": "origin", "url": "git@gitlab.example.com:acme/web.git"}, U("WORKFLOW_SEQUENCE"),
         ["git", "remote", "add", "origin", "git@gitlab.example.com:acme/web.git"], cwd=r)
    case("git_log", {"grep": "ssl"}, U("PARAMETER_FORMAT"), ["git", "log", "--grepp=ssl", "--oneline"], cwd=r)
    case("git_commit", {"amend": True, "no_edit": True}, U("PARAMETER_FORMAT"),
         ["git", "commit", "--amend", "--no-edt"], cwd=r)
    case("git_config", {"key": "user", "value": "Corpus Agent"}, U("PARAMETER_FORMAT"),
         ["git", "config", "user", "Corpus Agent"], cwd=r)
    case("git_blame", {"path": "src/ssl_timeout.py"}, U("INCORRECT_PARAMETER"),
         ["git", "blame", "src/ssl_timeout.py"], cwd=r)
    case("git_show", {"ref": "HEAD", "path": "docs/403.md"}, U("INCORRECT_PARAMETER"),
         ["git", "show", "HEAD:docs/403.md"], cwd=r)
    case("git_diff", {"range": "main..feature/refused-conn"}, U("INCORRECT_PARAMETER"),
         ["git", "diff", "--stat", "main..feature/refused-conn"], cwd=r)
    case("git_rm", {"path": "config/timeout.yaml"}, U("INCORRECT_PARAMETER"),
         ["git", "rm", "config/timeout.yaml"], cwd=r)
    case("git_commit", {"message_file": ".git/COMMIT_EDITMSG_503"}, U("INCORRECT_PARAMETER"),
         ["git", "commit", "-F", ".git/COMMIT_EDITMSG_503"], cwd=r)
    write(os.path.join(r, "src/app.js"), "console.log(2)\n")
    case("git_commit", {"message": "fix: handle 503 from registry"}, U("WORKFLOW_SEQUENCE"),
         ["git", "commit", "-m", "fix: handle 503 from registry"], cwd=r)
    write(os.path.join(r, "src/main.js"), "x\n")
    case("git_mv", {"source": "src/app.js", "destination": "src/main.js"}, U("WORKFLOW_SEQUENCE"),
         ["git", "mv", "src/app.js", "src/main.js"], cwd=r)
    case("git_clone", {"url": svc_bare, "directory": "web"}, U("WORKFLOW_SEQUENCE"),
         ["git", "clone", svc_bare, "web"], cwd=SCR)
    case("git_clone", {"url": P("platform-denied.git")}, U("INCORRECT_PARAMETER"),
         ["git", "clone", P("platform-denied.git")], cwd=SCR, wrap=wrap_exit)
    case("git_clone", {"url": svc_bare, "depth": "abc"}, U("PARAMETER_FORMAT"),
         ["git", "clone", "--depth=abc", svc_bare, "svc-shallow"], cwd=SCR)
    case("git_describe", {"tags": True}, U("MISSING_PREREQUISITE"), ["git", "describe", "--tags"], cwd=r)
    sh(["git", "tag", "-a", "v1.4.0", "-m", "release"], r)
    case("git_tag", {"tag": "v1.4.0", "annotate": True, "message": "release 1.4.0"}, U("WORKFLOW_SEQUENCE"),
         ["git", "tag", "-a", "v1.4.0", "-m", "release 1.4.0"], cwd=r)
    case("git_bisect", {"action": "bad"}, U("WORKFLOW_SEQUENCE"), ["git", "bisect", "bad"], cwd=r)
    case("git_merge_request", {"action": "create", "target": "main"}, U("WRONG_TOOL_SELECTION"),
         ["git", "merge-request", "create", "--target", "main"], cwd=r)
    case("git_push", {"remote": "origin", "delete": "hotfix-401"}, U("INCORRECT_PARAMETER"),
         ["git", "push", "origin", "--delete", "hotfix-401"], cwd=svc)
    # merge commit revert without -m
    mm = mkrepo("mm", {"a.txt": "a\n"})
    sh(["git", "switch", "-q", "-c", "topic"], mm)
    write(os.path.join(mm, "b.txt"), "b\n")
    sh(["git", "add", "b.txt"], mm)
    sh(["git", "commit", "-qm", "topic"], mm)
    sh(["git", "switch", "-q", "main"], mm)
    write(os.path.join(mm, "c.txt"), "c\n")
    sh(["git", "add", "c.txt"], mm)
    sh(["git", "commit", "-qm", "main work"], mm)
    sh(["git", "merge", "-q", "--no-edit", "topic"], mm)
    case("git_revert", {"commit": "HEAD"}, U("MISSING_PARAMETER"), ["git", "revert", "--no-edit", "HEAD"], cwd=mm)
    # tag push rejected (already exists on remote)
    tb = P("tags.git")
    sh(["git", "init", "-q", "--bare", tb])
    tr = mkrepo("tagrepo")
    sh(["git", "remote", "add", "origin", tb], tr)
    sh(["git", "tag", "v2.0.0"], tr)
    sh(["git", "push", "-q", "origin", "main", "v2.0.0"], tr)
    sh(["git", "commit", "-q", "--allow-empty", "-m", "more"], tr)
    sh(["git", "tag", "-f", "v2.0.0"], tr)
    case("git_push", {"remote": "origin", "tag": "v2.0.0"}, U("WORKFLOW_SEQUENCE"),
         ["git", "push", "origin", "v2.0.0"], cwd=tr)
    # not a git repo, seen through subprocess.CalledProcessError
    os.makedirs(P("plain-dir"), exist_ok=True)
    code = ("import subprocess\n"
            "subprocess.run(['git', 'log', '--oneline', '-5'], check=True)")
    case("python_run", {"code": code}, U("MISSING_PREREQUISITE"), [PY, "-c", code],
         cmd="python -c " + shlex.quote(code), cwd=P("plain-dir"))
    code = ("import subprocess\n"
            "subprocess.run(['git', 'push', '-u', 'origin', 'main'], check=True)")
    case("python_run", {"code": code}, U("WORKFLOW_SEQUENCE"), [PY, "-c", code],
         cmd="python -c " + shlex.quote(code), cwd=fresh)
    code = ("const { execSync } = require('child_process');\n"
            "execSync('git checkout release/2025.03-denied', { stdio: 'pipe' });")
    case("node_run", {"code": code}, U("INCORRECT_PARAMETER"), ["node", "-e", code],
         cmd="node -e " + shlex.quote(code), cwd=r)
    # identity missing
    ident = P("ident")
    sh(["git", "init", "-q", ident])
    write(os.path.join(ident, "x.txt"), "x\n")
    sh(["git", "add", "x.txt"], ident)
    case("git_commit", {"message": "add x"}, U("MISSING_PREREQUISITE"),
         ["git", "-c", "user.useConfigOnly=true", "commit", "-m", "add x"], cwd=ident,
         env={"HOME": P("empty-home"), "GIT_AUTHOR_NAME": "", "GIT_COMMITTER_NAME": "", "EMAIL": ""},
         cmd="git commit -m 'add x'")
    # protected branch via pre-receive hook
    pb = P("protected.git")
    sh(["git", "init", "-q", "--bare", pb])
    pr = mkrepo("protrepo")
    sh(["git", "remote", "add", "origin", pb], pr)
    sh(["git", "push", "-q", "origin", "main"], pr)
    write(os.path.join(pb, "hooks", "pre-receive"),
          "#!/bin/sh\necho 'error: GH006: Protected branch update failed for refs/heads/main.' >&2\n"
          "echo 'error: Changes must be made through a pull request.' >&2\nexit 1\n", 0o755)
    sh(["git", "commit", "-q", "--allow-empty", "-m", "direct"], pr)
    case("git_push", {"remote": "origin", "branch": "main"}, I("permission"),
         ["git", "push", "origin", "main"], cwd=pr)
    # permission: push into a root-owned bare repo as nobody
    if can_setpriv():
        nb = P("rootonly.git")
        sh(["git", "init", "-q", "--bare", nb])
        nr = P("nobody-work")
        sh(["git", "init", "-q", nr])
        write(os.path.join(nr, "f.txt"), "x\n")
        sh(["git", "add", "f.txt"], nr)
        sh(["git", "commit", "-qm", "f"], nr)
        sh(["chmod", "-R", "a+rwX", nr])
        nh = write("nobody-home/.gitconfig", "[safe]\n\tdirectory = *\n")
        os.chmod(os.path.dirname(nh), 0o755)
        case("git_push", {"remote": nb, "branch": "main"}, I("permission"),
             as_nobody(["git", "push", nb, "main"]), cwd=nr, env={"HOME": os.path.dirname(nh)},
             cmd=f"git push {nb} main")
    # git over HTTP
    case("git_clone", {"url": f"{H}/git/private.git"}, I("auth"), ["git", "clone", f"{H}/git/private.git"])
    case("git_fetch", {"remote": f"{H}/git/locked.git"}, I("permission"),
         ["git", "fetch", f"{H}/git/locked.git", "main"], cwd=r)
    case("git_clone", {"url": f"{H}/git/acme/web-503.git"}, U("INCORRECT_PARAMETER"),
         ["git", "clone", f"{H}/git/acme/web-503.git"])
    case("git_pull", {"remote": f"{H}/git/maint.git"}, I("server_error"),
         ["git", "pull", f"{H}/git/maint.git", "main"], cwd=r, wrap=wrap_exit)
    case("git_ls_remote", {"url": f"{H}/git/throttle.git"}, I("rate_limit"),
         ["git", "ls-remote", f"{H}/git/throttle.git"])
    case("git_clone", {"url": f"http://127.0.0.1:{CLOSED_PORT}/acme/web.git"}, I("network"),
         ["git", "clone", f"http://127.0.0.1:{CLOSED_PORT}/acme/web.git"], wrap=wrap_exit, cwd=fresh_dir("c1"))
    case("git_ls_remote", {"url": "https://gitlab.corpus5.invalid/acme/web.git"}, I("dns"),
         ["git", "ls-remote", "https://gitlab.corpus5.invalid/acme/web.git"])
    if TLS_OK:
        case("git_clone", {"url": f"{HS}/git/acme/web.git"}, I("tls"), ["git", "clone", f"{HS}/git/acme/web.git"], cwd=fresh_dir("c2"))
    case("git_fetch", {"remote": f"http://127.0.0.1:{SILENT_PORT}/acme/web.git"}, I("timeout"),
         ["git", "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=2", "fetch",
          f"http://127.0.0.1:{SILENT_PORT}/acme/web.git"], cwd=r,
         cmd=f"git fetch http://127.0.0.1:{SILENT_PORT}/acme/web.git")
    case("git_clone", {"url": f"http://127.0.0.1:{RESET_PORT}/acme/web.git"}, I("network"),
         ["git", "clone", f"http://127.0.0.1:{RESET_PORT}/acme/web.git"], cwd=fresh_dir("c3"))
    # read-only and full file systems
    if can_unshare():
        ro = mkrepo("ro-repo")
        write(os.path.join(ro, "CHANGELOG.md"), "- fix\n")
        case("git_add", {"paths": ["CHANGELOG.md"]}, I("read_only"),
             ro_mount(ro, "git add CHANGELOG.md"), cwd=ro, cmd="git add CHANGELOG.md")
        full = P("full-fs")
        os.makedirs(full)
        case("git_add", {"paths": ["data.bin"]}, I("resource"),
             tiny_fs(full, f"cd {shlex.quote(full)} && git init -q --template= . && "
                           "head -c 300000 /dev/urandom > data.bin && git add data.bin", size="512k"),
             cwd=full, cmd="git add data.bin")


# ---------------------------------------------------------------------------
# python
# ---------------------------------------------------------------------------

def python_cases():
    write("reports/summary.csv", "id,total\n1,3\n")
    write("config/app.json", J({"service": "billing", "retries": 3, "endpoints": {"primary": "http://127.0.0.1:8080"}}))
    pycase("python_run", "import json\ncfg = json.loads(\"{'retries': 3}\")", U("PARAMETER_FORMAT"))
    pycase("python_run", "from datetime import datetime\ndatetime.strptime('2024-13-45', '%Y-%m-%d')", U("PARAMETER_FORMAT"))
    pycase("python_run", "print(int('0x1F'))", U("PARAMETER_FORMAT"))
    pycase("python_run", "import re\nre.compile(r'(?P<id>[0-9+')", U("PARAMETER_FORMAT"))
    pycase("python_run", "open('reports/eof_summary.csv').read()", U("INCORRECT_PARAMETER"))
    pycase("python_run", "import json\ncfg = json.load(open('config/app.json'))\nprint(cfg['timeout_ms'])", U("INCORRECT_PARAMETER"))
    pycase("python_run", "import json\ncfg = json.load(open('config/app.json'))\nprint(cfg.endpoints.primary)", U("INCORRECT_PARAMETER"))
    pycase("python_run", "import pandas as pd\ndf = pd.read_csv('reports/summary.csv')", U("MISSING_PREREQUISITE"))
    pycase("python_run", "import os\nprint(os.environ['GITLAB_TOKEN'])", U("MISSING_PREREQUISITE"))
    pycase("python_run", "import uuid\nuuid.UUID('3f2a-401')", U("PARAMETER_FORMAT"))
    pycase("python_run", "import ipaddress\nipaddress.ip_address('10.0.0.256')", U("PARAMETER_FORMAT"))
    pycase("python_run", "import base64\nbase64.b64decode('dG9rZW4', validate=True)", U("PARAMETER_FORMAT"))
    pycase("python_run", "import shutil\nshutil.copy('reports', 'backup/')", U("WRONG_TOOL_SELECTION"))
    pycase("python_run", "import tarfile\ntarfile.open('config/app.json').extractall('out')", U("WRONG_TOOL_SELECTION"))
    pycase("python_run", "import os\nos.mkdir('reports')", U("WORKFLOW_SEQUENCE"))
    pycase("python_run", "import os\nos.rmdir('config')", U("WRONG_TOOL_SELECTION"))
    pycase("python_run", "import sqlite3\ncon = sqlite3.connect('missing_dir/app.db')", U("MISSING_PREREQUISITE"))
    pycase("python_run", "import zoneinfo\nzoneinfo.ZoneInfo('Europe/Prag')", U("INCORRECT_PARAMETER"))
    pycase("python_run", "import subprocess\nsubprocess.run(['kubectl-neat', 'get', 'pods'], check=True)", U("MISSING_PREREQUISITE"))
    pycase("python_run", "def total(items, *, tax):\n    return sum(items) * (1 + tax)\nprint(total([1, 2]))", U("MISSING_PARAMETER"))
    pycase("python_run", "import json\njson.dumps({'at': __import__('datetime').datetime(2024, 5, 1)})", U("PARAMETER_FORMAT"))
    write("deploy.sh", "#!/bin/bash\nset -euo pipefail\nkubectl rollout restart deploy/web\n")
    case("python_run", {"script": "deploy.sh"}, U("WRONG_TOOL_SELECTION"), [PY, "deploy.sh"], cmd="python deploy.sh")
    write("tool.bin", bytes(range(256)) * 4)
    case("python_run", {"script": "tool.bin"}, U("WRONG_TOOL_SELECTION"), [PY, "tool.bin"], cmd="python tool.bin")
    case("python_module", {"module": "black", "args": ["--check", "."]}, U("MISSING_PREREQUISITE"),
         [PY, "-m", "black", "--check", "."], cmd="python -m black --check .")
    write("cli.py", "import argparse\np = argparse.ArgumentParser()\np.add_argument('--project', required=True)\n"
          "p.add_argument('--env', choices=['dev', 'staging', 'prod'], default='dev')\n"
          "p.add_argument('--retries', type=int, default=3)\np.add_argument('--since')\nargs = p.parse_args()\n")
    case("python_script", {"script": "cli.py"}, U("MISSING_PARAMETER"), [PY, "cli.py", "--env", "dev"],
         cmd="python cli.py --env dev")
    case("python_script", {"script": "cli.py", "project": "acme/web", "env": "prod-503"}, U("INCORRECT_PARAMETER"),
         [PY, "cli.py", "--project", "acme/web", "--env", "prod-503"], cmd="python cli.py --project acme/web --env prod-503")
    case("python_script", {"script": "cli.py", "project": "acme/web", "retries": "three"}, U("PARAMETER_FORMAT"),
         [PY, "cli.py", "--project", "acme/web", "--retries", "three"], cmd="python cli.py --project acme/web --retries three")
    case("python_script", {"script": "cli.py", "project": "acme/web", "dry_run": True}, U("PARAMETER_FORMAT"),
         [PY, "cli.py", "--project", "acme/web", "--dry-run"], cmd="python cli.py --project acme/web --dry-run")
    case("python_script", {"script": "cli.py", "project": None}, U("MISSING_PARAMETER"),
         [PY, "cli.py", "--project"], cmd="python cli.py --project")
    # resources (real)
    pycase("python_run", "with open('/dev/full', 'w') as fh:\n    fh.write('x' * 65536)", I("resource"))
    pycase("python_run", "import resource\nresource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))\n"
           "handles = [open('config/app.json') for _ in range(64)]", I("resource"))
    case("python_run", {"code": "blob = bytearray(2 * 1024 ** 3)"}, I("resource"),
         "ulimit -v 400000; " + shlex.quote(PY) + " -c 'blob = bytearray(2 * 1024 ** 3)'",
         cmd="python -c 'blob = bytearray(2 * 1024 ** 3)'")
    write("ro.db", b"")
    if shutil.which("sqlite3"):
        sh(["sqlite3", P("ro.db"), "CREATE TABLE deploys(id INTEGER PRIMARY KEY, env TEXT);"])
    pycase("python_run", "import sqlite3\ncon = sqlite3.connect('file:ro.db?mode=ro', uri=True)\n"
           "con.execute(\"INSERT INTO deploys(env) VALUES ('prod')\")", I("read_only"))
    if can_setpriv():
        secret = write("secrets/vault-token", "s.xxxx\n", 0o600)
        os.chmod(P("secrets"), 0o700)
        code = "print(open('secrets/vault-token').read())"
        case("python_run", {"code": code}, I("permission"), as_nobody([PY, "-c", code]),
             cmd="python -c " + shlex.quote(code))
        code = "import pathlib\npathlib.Path('/var/log/corpus5-agent.log').write_text('started\\n')"
        case("python_run", {"code": code}, I("permission"), as_nobody([PY, "-c", code]),
             cmd="python -c " + shlex.quote(code))
    if can_unshare():
        rod = P("ro-out")
        os.makedirs(rod)
        code = f"import json\njson.dump({{'ok': True}}, open('{rod}/result.json', 'w'))"
        case("python_run", {"code": code}, I("read_only"), ro_mount(rod, f"{shlex.quote(PY)} -c {shlex.quote(code)}"),
             cmd="python -c " + shlex.quote(code))


def python_net_cases():
    pre = "import urllib.request\n"
    def ur(url, method="GET", data=None, timeout=5):
        d = f", data={data!r}" if data else ""
        m = f", method='{method}'" if method != "GET" else ""
        return (pre + f"req = urllib.request.Request('{url}'{d}{m})\n"
                f"urllib.request.urlopen(req, timeout={timeout}).read()")
    pycase("http_get", ur(f"{H}/api/v4/projects/acme%2Fssl-gateway"), U("INCORRECT_PARAMETER"),
           params={"url": f"{H}/api/v4/projects/acme%2Fssl-gateway"})
    pycase("http_get", ur(f"{H}/api/v4/projects/77/variables"), I("auth"),
           params={"url": f"{H}/api/v4/projects/77/variables"})
    pycase("http_post", ur(f"{H}/v1/tokens/rotate", "POST", b"{}"), I("permission"),
           params={"url": f"{H}/v1/tokens/rotate", "body": {}})
    pycase("http_get", ur(f"{H}/search/code?q=timeout"), I("rate_limit"),
           params={"url": f"{H}/search/code?q=timeout"})
    pycase("http_get", ur(f"{H}/v1/jobs"), I("server_error"), params={"url": f"{H}/v1/jobs"})
    pycase("http_get", ur(f"{H}/v1/metrics/query?q=up"), I("timeout"), params={"url": f"{H}/v1/metrics/query?q=up"})
    pycase("http_get", ur(f"http://127.0.0.1:{CLOSED_PORT}/healthz"), I("network"),
           params={"url": f"http://127.0.0.1:{CLOSED_PORT}/healthz"})
    pycase("http_get", ur("https://registry.corpus5.invalid/v2/"), I("dns"),
           params={"url": "https://registry.corpus5.invalid/v2/"})
    if TLS_OK:
        pycase("http_get", ur(f"{HS}/api/v4/version"), I("tls"), params={"url": f"{HS}/api/v4/version"})
    pycase("http_get", ur(f"{H}/slow", timeout=1), I("timeout"), params={"url": f"{H}/slow", "timeout": 1})
    pycase("http_get", ur("127.0.0.1:47881/api/v4/projects"), U("PARAMETER_FORMAT"),
           params={"url": "127.0.0.1:47881/api/v4/projects"})
    pycase("http_get", ur("htps://gitlab.example.com/api/v4/projects"), U("PARAMETER_FORMAT"),
           params={"url": "htps://gitlab.example.com/api/v4/projects"})
    # wrapper that includes the body
    def wr(url, method="GET", body=None):
        data = f", data=json.dumps({body!r}).encode(), headers={{'Content-Type': 'application/json'}}" if body is not None else ""
        return ("import json, sys, urllib.request, urllib.error\n"
                f"req = urllib.request.Request('{url}', method='{method}'{data})\n"
                "try:\n    urllib.request.urlopen(req, timeout=5)\n"
                "except urllib.error.HTTPError as e:\n"
                "    sys.exit(f'Tool error: HTTP {e.code} {e.reason}: {e.read().decode()}')")
    rows = [
        ("gitlab_mr_get", {"project_id": 77, "mr_iid": 503}, f"{H}/api/v4/projects/77/merge_requests/503", "GET", None, U("INCORRECT_PARAMETER")),
        ("gitlab_pipeline_create", {"project_id": 77}, f"{H}/api/v4/projects/77/pipelines", "POST", {}, U("MISSING_PARAMETER")),
        ("gitlab_branch_create", {"project_id": 77, "branch": "release/1.9", "ref": "main"}, f"{H}/api/v4/projects/77/repository/branches", "POST", {"branch": "release/1.9", "ref": "main"}, U("WORKFLOW_SEQUENCE")),
        ("gitlab_issue_create", {"project_id": 77, "title": "Flaky test", "due_date": "next friday"}, f"{H}/api/v4/projects/77/issues", "POST", {"title": "Flaky test", "due_date": "next friday"}, U("PARAMETER_FORMAT")),
        ("gitlab_file_get", {"project_id": 77, "file_path": "config/timeout.yml", "ref": "main"}, f"{H}/api/v4/projects/77/repository/files/config%2Ftimeout.yml?ref=main", "GET", None, U("INCORRECT_PARAMETER")),
        ("gitlab_protected_branch_create", {"project_id": 77, "name": "main"}, f"{H}/api/v4/projects/77/protected_branches", "POST", {"name": "main"}, I("permission")),
        ("gitlab_group_projects_list", {"group": "platform"}, f"{H}/api/v4/groups/platform/projects", "GET", None, I("server_error")),
        ("gitlab_mr_create", {"project_id": 77, "source_branch": "feature/eof", "target_branch": "main"}, f"{H}/api/v4/projects/77/merge_requests", "POST", {"source_branch": "feature/eof", "target_branch": "main", "title": "EOF fix"}, U("WORKFLOW_SEQUENCE")),
        ("gitlab_commit_get", {"project_id": 77, "sha": "9f3c2b7d1e0a4f5b6c7d8e9f0a1b2c3d4e5f6503"}, f"{H}/api/v4/projects/77/repository/commits/9f3c2b7d1e0a4f5b6c7d8e9f0a1b2c3d4e5f6503", "GET", None, U("INCORRECT_PARAMETER")),
        ("github_pr_create", {"repo": "acme/widgets", "head": "acme:feature/x y", "base": "main"}, f"{H}/repos/acme/widgets/pulls", "POST", {"head": "acme:feature/x y", "base": "main", "title": "x"}, U("PARAMETER_FORMAT")),
        ("github_issue_get", {"repo": "acme/widgets", "number": 4031}, f"{H}/repos/acme/widgets/issues/4031", "GET", None, U("INCORRECT_PARAMETER")),
        ("github_actions_runs_list", {"repo": "acme/widgets"}, f"{H}/repos/acme/widgets/actions/runs", "GET", None, I("rate_limit")),
        ("github_file_get", {"repo": "acme/widgets", "path": ".github/workflows/ci.yml"}, f"{H}/repos/acme/widgets/contents/.github/workflows/ci.yml", "GET", None, I("auth")),
        ("github_ref_create", {"repo": "acme/widgets", "ref": "refs/heads/release-2.1", "sha": "b7e1c0d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8"}, f"{H}/repos/acme/widgets/git/refs", "POST", {"ref": "refs/heads/release-2.1", "sha": "b7e1c0d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8"}, U("WORKFLOW_SEQUENCE")),
        ("jira_issue_transition", {"issue": "OPS-4031", "transition_id": "91"}, f"{H}/rest/api/2/issue/OPS-4031/transitions", "POST", {"transition": {"id": "91"}}, U("INCORRECT_PARAMETER")),
        ("jira_search", {"jql": "project = OPS status closed"}, f"{H}/rest/api/2/search", "POST", {"jql": "project = OPS status closed"}, U("PARAMETER_FORMAT")),
        ("jira_issue_create", {"project": "OPS"}, f"{H}/rest/api/2/issue", "POST", {"fields": {"project": {"key": "OPS"}}}, U("MISSING_PARAMETER")),
        ("jira_worklog_add", {"issue": "OPS-77", "time_spent": "2 hours-ish"}, f"{H}/rest/api/2/issue/OPS-77/worklog", "POST", {"timeSpent": "2 hours-ish"}, U("PARAMETER_FORMAT")),
        ("http_get", {"url": f"{H}/v1/deployments/timeout-503-handler"}, f"{H}/v1/deployments/timeout-503-handler", "GET", None, U("INCORRECT_PARAMETER")),
        ("http_get", {"url": f"{H}/v1/search?limit=ten"}, f"{H}/v1/search?limit=ten", "GET", None, U("PARAMETER_FORMAT")),
        ("http_post", {"url": f"{H}/v1/users", "body": {"name": "ops-bot"}}, f"{H}/v1/users", "POST", {"name": "ops-bot"}, U("MISSING_PARAMETER")),
        ("http_post", {"url": f"{H}/v1/quota"}, f"{H}/v1/quota", "POST", {"size": 1}, I("resource")),
        ("http_get", {"url": f"{H}/v1/reports/export"}, f"{H}/v1/reports/export", "GET", None, I("server_error")),
    ]
    for tool, params, url, method, body, label in rows:
        pycase(tool, wr(url, method, body), label, params=params)
    # raw sockets / http.client / asyncio / smtplib
    pycase("tcp_check", f"import socket\nsocket.create_connection(('127.0.0.1', {CLOSED_PORT}), timeout=3)", I("network"),
           params={"host": "127.0.0.1", "port": CLOSED_PORT})
    pycase("http_get", f"import http.client\nc = http.client.HTTPConnection('127.0.0.1', {RESET_PORT}, timeout=5)\n"
           "c.request('GET', '/api/v1/health')\nc.getresponse()", I("network"),
           params={"url": f"http://127.0.0.1:{RESET_PORT}/api/v1/health"})
    pycase("tcp_read", "import asyncio\nasync def main():\n"
           f"    r, w = await asyncio.open_connection('127.0.0.1', {SILENT_PORT})\n"
           "    await asyncio.wait_for(r.readline(), 2)\nasyncio.run(main())",
           I("timeout"), params={"host": "127.0.0.1", "port": SILENT_PORT})
    pycase("dns_lookup", "import socket\nsocket.getaddrinfo('db.corpus5.invalid', 5432)", I("dns"),
           params={"host": "db.corpus5.invalid"})
    if TLS_OK:
        pycase("tls_check", f"import socket, ssl\nctx = ssl.create_default_context()\n"
               f"s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', {TLS_PORT})), server_hostname='gitlab.example.com')",
               I("tls"), params={"host": "127.0.0.1", "port": TLS_PORT})
    # requests
    rp = find_requests_python()
    if not rp:
        note("no interpreter with requests: requests cases skipped")
        return
    def rq(call, wrap=True):
        body = f"import requests\n{call}"
        if not wrap:
            return body
        return ("import sys, requests\ntry:\n    " + call.replace("\n", "\n    ") +
                "\nexcept requests.RequestException as e:\n"
                "    sys.exit(f'{type(e).__module__}.{type(e).__name__}: {e}')")
    items = [
        ("http_get", {"url": f"http://127.0.0.1:{CLOSED_PORT}/api/v4/projects"},
         f"requests.get('http://127.0.0.1:{CLOSED_PORT}/api/v4/projects', timeout=5)", I("network"), True),
        ("http_get", {"url": f"http://127.0.0.1:{SILENT_PORT}/api/v4/projects", "timeout": 2},
         f"requests.get('http://127.0.0.1:{SILENT_PORT}/api/v4/projects', timeout=2)", I("timeout"), True),
        ("http_get", {"url": "https://jira.corpus5.invalid/rest/api/2/myself"},
         "requests.get('https://jira.corpus5.invalid/rest/api/2/myself', timeout=5)", I("dns"), False),
        ("http_get", {"url": f"{H}/rest/api/2/myself"},
         f"r = requests.get('{H}/rest/api/2/myself', timeout=5)\nr.raise_for_status()", I("auth"), True),
        ("http_get", {"url": f"{H}/api/v4/projects/acme%2Fssl-gateway"},
         f"r = requests.get('{H}/api/v4/projects/acme%2Fssl-gateway', timeout=5)\nr.raise_for_status()", U("INCORRECT_PARAMETER"), False),
        ("http_post", {"url": f"{H}/v1/reports/export"},
         f"r = requests.post('{H}/v1/reports/export', json={{}}, timeout=5)\nr.raise_for_status()", I("server_error"), True),
        ("http_get", {"url": f"http://127.0.0.1:{RESET_PORT}/v1/jobs"},
         f"requests.get('http://127.0.0.1:{RESET_PORT}/v1/jobs', timeout=5)", I("network"), True),
        ("http_get", {"url": "gitlab.example.com/api/v4/projects"},
         "requests.get('gitlab.example.com/api/v4/projects', timeout=5)", U("PARAMETER_FORMAT"), True),
        ("http_get", {"url": f"{H}/v1/jobs", "timeout": "5s"},
         f"requests.get('{H}/v1/jobs', timeout='5s')", U("PARAMETER_FORMAT"), False),
    ]
    if TLS_OK:
        items.append(("http_get", {"url": f"{HS}/api/v4/projects"},
                      f"requests.get('{HS}/api/v4/projects', timeout=5)", I("tls"), True))
        items.append(("http_get", {"url": f"{HS}/api/v4/projects", "verify": "/etc/ssl/corpus5-ca.pem"},
                      f"requests.get('{HS}/api/v4/projects', verify='/etc/ssl/corpus5-ca.pem', timeout=5)",
                      U("INCORRECT_PARAMETER"), True))
    for it in items:
        if it is None:
            continue
        tool, params, call, label, wrapped = it
        code = rq(call, wrapped)
        pycase(tool, code, label, params=params, py=rp)


# ---------------------------------------------------------------------------
# node
# ---------------------------------------------------------------------------

def node_cases():
    if not have("node"):
        return
    f = "fetch"
    nodecase("http_fetch", f"fetch('http://127.0.0.1:{CLOSED_PORT}/api/v1/status').catch(e => {{ console.error(e); process.exit(1); }})",
             I("network"), params={"url": f"http://127.0.0.1:{CLOSED_PORT}/api/v1/status"})
    nodecase("http_fetch", "fetch('https://quay.corpus5.invalid/api/v1/repository/acme/web').catch(e => { console.error(e); process.exit(1); })",
             I("dns"), params={"url": "https://quay.corpus5.invalid/api/v1/repository/acme/web"})
    if TLS_OK:
        nodecase("http_fetch", f"fetch('{HS}/api/v4/projects').catch(e => {{ console.error(e); process.exit(1); }})",
                 I("tls"), params={"url": f"{HS}/api/v4/projects"})
        nodecase("http_request", f"require('https').get('{HS}/healthz', r => r.resume()).on('error', e => {{ console.error(`Error: ${{e.message}} (${{e.code}})`); process.exit(1); }})",
                 I("tls"), params={"url": f"{HS}/healthz"})
    nodecase("http_fetch", f"fetch('http://127.0.0.1:{SILENT_PORT}/v1/jobs', {{ signal: AbortSignal.timeout(1500) }}).catch(e => {{ console.error(e); process.exit(1); }})",
             I("timeout"), params={"url": f"http://127.0.0.1:{SILENT_PORT}/v1/jobs", "timeout_ms": 1500})
    nodecase("http_request", f"require('http').get('http://127.0.0.1:{RESET_PORT}/v1/jobs', r => r.resume()).on('error', e => {{ console.error(e.stack); process.exit(1); }})",
             I("network"), params={"url": f"http://127.0.0.1:{RESET_PORT}/v1/jobs"})
    # axios-like wrappers around real responses
    def ax(url, method="GET"):
        return (f"fetch('{url}', {{ method: '{method}' }}).then(async r => {{ if (!r.ok) {{ "
                "console.error(`AxiosError: Request failed with status code ${r.status}\\n  response.data: ${await r.text()}`); process.exit(1); } })")
    nodecase("http_fetch", ax(f"{H}/repos/acme/widgets/issues/4031"), U("INCORRECT_PARAMETER"),
             params={"url": f"{H}/repos/acme/widgets/issues/4031"})
    nodecase("http_fetch", ax(f"{H}/v1/metrics/query?q=rate(http_503_total[5m])"), I("timeout"),
             params={"url": f"{H}/v1/metrics/query?q=rate(http_503_total[5m])"})
    nodecase("http_fetch", ax(f"{H}/npm-auth/lodash"), I("auth"), params={"url": f"{H}/npm-auth/lodash"})
    nodecase("http_fetch", "fetch('htp://127.0.0.1:47881/v1/jobs').catch(e => { console.error(e); process.exit(1); })",
             U("PARAMETER_FORMAT"), params={"url": "htp://127.0.0.1:47881/v1/jobs"})
    nodecase("node_run", "new URL('gitlab.example.com/api/v4/projects')", U("PARAMETER_FORMAT"))
    nodecase("node_run", "JSON.parse(\"{'name': 'web', 'replicas': 3}\")", U("PARAMETER_FORMAT"))
    nodecase("node_run", "const _ = require('lodash'); console.log(_.chunk([1,2,3], 2))", U("MISSING_PREREQUISITE"))
    nodecase("node_run", "require('fs').readFileSync('logs/eof-errors.log', 'utf8')", U("INCORRECT_PARAMETER"))
    nodecase("node_run", "require('fs').readFileSync('config', 'utf8')", U("WRONG_TOOL_SELECTION"))
    nodecase("node_run", "require('fs').mkdirSync('reports')", U("WORKFLOW_SEQUENCE"))
    nodecase("node_run", "require('fs').writeFileSync('out/tmp/result.json', '{}')", U("MISSING_PREREQUISITE"))
    nodecase("node_run", "require('fs').writeFileSync('/dev/full', 'x'.repeat(100000))", I("resource"))
    nodecase("node_run", "Buffer.alloc(-1)", U("PARAMETER_FORMAT"))
    nodecase("node_run", "const cfg = require('./config/app.json'); console.log(cfg.endpoints.secondary.url)", U("INCORRECT_PARAMETER"))
    if not shutil.which("helm"):
        nodecase("node_run", "require('child_process').execFileSync('helm', ['version'], { stdio: 'pipe' })", U("MISSING_PREREQUISITE"))
    write("scripts/report.py", "import sys\nprint(f'{sys.argv}')\n")
    case("node_run", {"script": "scripts/report.py"}, U("WRONG_TOOL_SELECTION"), ["node", "scripts/report.py"])
    case("node_run", {"script": "scripts/migrate-401.mjs"}, U("INCORRECT_PARAMETER"), ["node", "scripts/migrate-401.mjs"])
    case("node_run", {"flags": ["--max-old-space-size"], "script": "scripts/report.js"}, U("PARAMETER_FORMAT"),
         ["node", "--max-old-space-sizee=512", "scripts/report.js"])
    if can_setpriv():
        code = "require('fs').readFileSync('secrets/vault-token', 'utf8')"
        case("node_run", {"code": code}, I("permission"), as_nobody(["node", "-e", code]),
             cmd="node -e " + shlex.quote(code))
    # npm / npx
    if have("npm"):
        os.makedirs(P("npm-empty"), exist_ok=True)
        case("npm_run", {"script": "build"}, U("MISSING_PREREQUISITE"), ["npm", "run", "build"], cwd=P("npm-empty"))
        write("npm-proj/package.json", J({"name": "web", "version": "1.0.0", "scripts": {"test": "node -e 1", "lint": "node -e 1"}}))
        case("npm_run", {"script": "test:ssl"}, U("INCORRECT_PARAMETER"), ["npm", "run", "test:ssl"], cwd=P("npm-proj"))
        case("npm_command", {"command": "tset"}, U("WRONG_TOOL_SELECTION"), ["npm", "tset"], cwd=P("npm-proj"))
        case("npm_version", {"bump": "1.2"}, U("PARAMETER_FORMAT"), ["npm", "version", "1.2", "--no-git-tag-version"], cwd=P("npm-proj"))
        case("npm_view", {"package": "left-padd"}, U("INCORRECT_PARAMETER"),
             ["npm", "view", "left-padd", "version", f"--registry={H}/npm/", "--fetch-retries=0"], cwd=P("npm-proj"))
        case("npm_view", {"package": "lodash", "registry": f"{H}/npm-auth/"}, I("auth"),
             ["npm", "view", "lodash", "version", f"--registry={H}/npm-auth/", "--fetch-retries=0"], cwd=P("npm-proj"))
        case("npm_install", {"package": "lodash", "registry": f"{H}/npm-down/"}, I("server_error"),
             ["npm", "install", "lodash", f"--registry={H}/npm-down/", "--fetch-retries=0"], cwd=P("npm-proj"))
        case("npm_install", {"package": "express", "registry": f"http://127.0.0.1:{CLOSED_PORT}/"}, I("network"),
             ["npm", "install", "express", f"--registry=http://127.0.0.1:{CLOSED_PORT}/", "--fetch-retries=0"], cwd=P("npm-proj"))
        case("npm_install", {"package": "express", "registry": "https://npm.corpus5.invalid/"}, I("dns"),
             ["npm", "install", "express", "--registry=https://npm.corpus5.invalid/", "--fetch-retries=0"], cwd=P("npm-proj"))
        if TLS_OK:
            case("npm_view", {"package": "react", "registry": f"{HS}/npm/"}, I("tls"),
                 ["npm", "view", "react", "version", f"--registry={HS}/npm/", "--fetch-retries=0"], cwd=P("npm-proj"))
        case("npm_install", {"package": "express", "offline": True}, U("MISSING_PREREQUISITE"),
             ["npm", "install", "--offline", "express@4.19.2"], cwd=P("npm-proj"))
        case("npx_run", {"package": "eslint-plugin-ssl-eof"}, U("MISSING_PREREQUISITE"),
             ["npx", "--offline", "--yes", "eslint-plugin-ssl-eof"], cwd=P("npm-proj"))
        write("npm-bad/package.json", '{\n  "name": "web",\n  "version": "1.0.0",\n  "scripts": {\n    "build": "tsc",\n  }\n}\n')
        case("npm_run", {"script": "build"}, U("PARAMETER_FORMAT"), ["npm", "run", "build"], cwd=P("npm-bad"))


# ---------------------------------------------------------------------------
# curl
# ---------------------------------------------------------------------------

def curl_cases():
    if not have("curl"):
        return
    c = ["curl", "-sS", "--fail-with-body"]
    def cu(tool, params, label, args, **kw):
        case(tool, params, label, [*c, *args], both=True, **kw)
    cu("curl", {"url": f"{H}/api/v4/projects/77/jobs/8812/retry", "method": "POST"}, I("permission"),
       ["-X", "POST", f"{H}/api/v4/projects/77/jobs/8812/retry"])
    cu("curl", {"url": f"{H}/repos/acme/widgets/git/refs", "method": "POST"}, U("WORKFLOW_SEQUENCE"),
       ["-X", "POST", "-d", '{"ref":"refs/heads/release-2.1","sha":"b7e1c0d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8"}', f"{H}/repos/acme/widgets/git/refs"])
    cu("curl", {"url": f"{H}/v1/quota", "method": "PUT"}, I("resource"), ["-X", "PUT", "-d", "{}", f"{H}/v1/quota"])
    cu("curl", {"url": f"{H}/search/code?q=eof"}, I("rate_limit"), [f"{H}/search/code?q=eof"])
    cu("curl", {"url": f"{H}/v1/jobs"}, I("server_error"), [f"{H}/v1/jobs"])
    cu("curl", {"url": f"{H}/rest/api/2/issue", "method": "POST"}, U("MISSING_PARAMETER"),
       ["-H", "Content-Type: application/json", "-d", '{"fields":{"project":{"key":"OPS"}}}', f"{H}/rest/api/2/issue"])
    case("curl", {"url": f"http://127.0.0.1:{RESET_PORT}/v1/jobs"}, I("network"), ["curl", "-sS", f"http://127.0.0.1:{RESET_PORT}/v1/jobs"])
    case("curl", {"url": f"http://127.0.0.1:{SILENT_PORT}/v1/jobs", "max_time": 2}, I("timeout"),
         ["curl", "-sS", "-m", "2", f"http://127.0.0.1:{SILENT_PORT}/v1/jobs"])
    case("curl", {"url": f"http://127.0.0.1:{CLOSED_PORT}/v1/jobs"}, I("network"),
         ["curl", "-sS", "--retry", "0", f"http://127.0.0.1:{CLOSED_PORT}/v1/jobs"], wrap=wrap_exit)
    case("curl", {"url": "https://vault.corpus5.invalid/v1/sys/health"}, I("dns"),
         ["curl", "-sS", "https://vault.corpus5.invalid/v1/sys/health"], wrap=wrap_stderr)
    if TLS_OK:
        case("curl", {"url": f"{HS}/api/v4/version"}, I("tls"), ["curl", "-sS", f"{HS}/api/v4/version"])
        case("curl", {"url": f"{HS}/api/v4/version", "cacert": "certs/corp-ca-401.pem"}, U("INCORRECT_PARAMETER"),
             ["curl", "-sS", "--cacert", "certs/corp-ca-401.pem", f"{HS}/api/v4/version"])
    case("curl", {"url": f"{H}/v1/jobs?name=nightly build"}, U("PARAMETER_FORMAT"),
         ["curl", "-sS", f"{H}/v1/jobs?name=nightly build"])
    case("curl", {"url": "hxxp://127.0.0.1:47881/v1/jobs"}, U("PARAMETER_FORMAT"), ["curl", "-sS", "hxxp://127.0.0.1:47881/v1/jobs"])
    case("curl", {"method": None, "url": f"{H}/v1/jobs"}, U("MISSING_PARAMETER"), ["curl", "-sS", f"{H}/v1/jobs", "-X"])
    case("curl", {"url": f"{H}/v1/jobs", "max_time": "30s"}, U("PARAMETER_FORMAT"), ["curl", "-sS", "--max-time", "30s", f"{H}/v1/jobs"])


# ---------------------------------------------------------------------------
# databases
# ---------------------------------------------------------------------------

def pg_alive() -> bool:
    if not shutil.which("psql"):
        note("psql missing: PostgreSQL cases skipped")
        return False
    cp = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-Atc", "select 1"],
                        capture_output=True, env=ENV, timeout=10)
    if cp.returncode != 0:
        note("PostgreSQL on 127.0.0.1:5432 not reachable: its cases skipped")
    return cp.returncode == 0


def psql_cases():
    if not pg_alive():
        return
    base = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v", "ON_ERROR_STOP=1", "-X", "-q"]
    # safety net: every session is read-only, nothing can be written even by mistake
    ro = {"PGOPTIONS": "-c default_transaction_read_only=on"}
    def q(tool, params, label, sql, **kw):
        case(tool, params or {"sql": sql}, label, [*base, "-c", sql], env=ro,
             cmd="psql -h 127.0.0.1 -U postgres -d test -c " + shlex.quote(sql), **kw)
    q("psql_query", None, U("INCORRECT_PARAMETER"), "SELECT count(*) FROM timeout_events WHERE created_at > now() - interval '1 day'")
    q("psql_query", None, U("INCORRECT_PARAMETER"), "SELECT pid, refused_at FROM pg_stat_activity")
    q("psql_query", None, U("PARAMETER_FORMAT"), "SELECT * FROM pg_class WHERE oid = 'abc'::int")
    q("psql_query", None, U("PARAMETER_FORMAT"), "SELECT '2024-02-30'::date")
    q("psql_query", None, U("INCORRECT_PARAMETER"), "SELECT jsonb_path_exist('{}'::jsonb, '$.a')")
    q("psql_query", None, U("PARAMETER_FORMAT"), "SELECT name FROM pg_settings WHERE name = 'statement_timeout' ORDER")
    q("psql_query", None, U("PARAMETER_FORMAT"), "SELECT '{\"ssl\": true,}'::jsonb")
    q("psql_query", None, U("INCORRECT_PARAMETER"), "SELECT * FROM pg_catalog.pg_stat_replicaton")
    q("psql_query", None, U("PARAMETER_FORMAT"), "SELECT regexp_matches('a', '(unclosed')")
    q("psql_query", None, U("PARAMETER_FORMAT"), "SELECT interval '3 fortnights ago'")
    q("psql_query", None, I("read_only"), "BEGIN READ ONLY; CREATE TEMP TABLE corpus5_probe(id int); ROLLBACK;")
    q("psql_query", None, I("read_only"), "CREATE SEQUENCE corpus5_seq")
    q("psql_query", None, I("timeout"), "SET statement_timeout = '200ms'; SELECT pg_sleep(2);")
    q("psql_query", None, I("permission"), "SET ROLE pg_read_all_stats; SELECT rolpassword FROM pg_authid LIMIT 1;")
    case("psql_query", {"sql": "select 1", "user": "ci_reader"}, I("auth"),
         ["psql", "-h", "127.0.0.1", "-U", "ci_reader", "-d", "test", "-c", "select 1"])
    case("psql_query", {"sql": "select 1", "database": "billing_503"}, U("MISSING_PREREQUISITE"),
         ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "billing_503", "-c", "select 1"])
    case("psql_query", {"sql": "select 1", "port": CLOSED_PORT}, I("network"),
         ["psql", "-h", "127.0.0.1", "-p", str(CLOSED_PORT), "-U", "postgres", "-d", "test", "-c", "select 1"], wrap=wrap_exit)
    case("psql_query", {"sql": "select 1", "host": "pg.corpus5.invalid"}, I("dns"),
         ["psql", "-h", "pg.corpus5.invalid", "-U", "postgres", "-d", "test", "-c", "select 1"])
    case("psql_query", {"sql": "select 1", "host": P("pgsock")}, I("daemon_down"),
         ["psql", "-h", P("pgsock"), "-U", "postgres", "-d", "test", "-c", "select 1"])
    case("psql_query", {"sql": "select 1", "port": SILENT_PORT, "connect_timeout": 2}, I("timeout"),
         ["psql", f"host=127.0.0.1 port={SILENT_PORT} user=postgres dbname=test connect_timeout=2", "-c", "select 1"])
    case("psql_query", {"sql": "select 1", "port": "54x2"}, U("PARAMETER_FORMAT"),
         ["psql", "-h", "127.0.0.1", "-p", "54x2", "-U", "postgres", "-d", "test", "-c", "select 1"])
    case("psql_file", {"file": "migrations/0401_add_index.sql"}, U("INCORRECT_PARAMETER"),
         [*base, "-f", "migrations/0401_add_index.sql"], cmd="psql -h 127.0.0.1 -U postgres -d test -f migrations/0401_add_index.sql")
    case("psql_query", {"sql": "select 1", "flag": "--csv-header"}, U("PARAMETER_FORMAT"),
         ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "--csv-header", "-c", "select 1"])


def redis_cases():
    if not have("redis-cli"):
        return
    base = ["redis-cli", "-h", "127.0.0.1", "-p", "6379"]
    cp = subprocess.run([*base, "PING"], capture_output=True, text=True, env=ENV, timeout=10)
    live = cp.stdout.strip() == "PONG"
    if not live:
        note("Redis on 127.0.0.1:6379 not reachable: its cases skipped")
    def rc(tool, params, label, args, b=base, **kw):
        case(tool, params, label, [*b, *args], cmd=shlex.join(["redis-cli", *args]) if b is base else None,
             allow_ok=True, **kw)
    if live:
        try:
            sh([*base, "SET", "corpus5:session:eof-7781", "active"])
            sh([*base, "RPUSH", "corpus5:queue:denied-jobs", "j1", "j2"])
            sh([*base, "XADD", "corpus5:events", "*", "type", "deploy"])
            sh([*base, "XGROUP", "CREATE", "corpus5:events", "workers", "$"])
            rc("redis_command", {"command": "HGETALL", "key": "corpus5:session:eof-7781"}, U("WRONG_TOOL_SELECTION"),
               ["HGETALL", "corpus5:session:eof-7781"])
            rc("redis_command", {"command": "EXPIRE", "key": "corpus5:session:eof-7781", "seconds": "1h"},
               U("PARAMETER_FORMAT"), ["EXPIRE", "corpus5:session:eof-7781", "1h"])
            rc("redis_command", {"command": "HSET", "key": "corpus5:cfg:timeout"}, U("MISSING_PARAMETER"),
               ["HSET", "corpus5:cfg:timeout", "read_ms"])
            rc("redis_command", {"command": "HSETT", "key": "corpus5:cfg"}, U("WRONG_TOOL_SELECTION"),
               ["HSETT", "corpus5:cfg", "ttl", "30"])
            rc("redis_command", {"command": "SET", "key": "corpus5:lock", "ex": -5}, U("PARAMETER_FORMAT"),
               ["SET", "corpus5:lock", "1", "EX", "-5"])
            rc("redis_command", {"command": "XGROUP CREATE", "key": "corpus5:events", "group": "workers"},
               U("WORKFLOW_SEQUENCE"), ["XGROUP", "CREATE", "corpus5:events", "workers", "$"])
            rc("redis_command", {"command": "XREADGROUP", "group": "billing", "key": "corpus5:events"},
               U("MISSING_PREREQUISITE"), ["XREADGROUP", "GROUP", "billing", "c1", "COUNT", "1", "STREAMS", "corpus5:events", ">"])
            rc("redis_command", {"command": "SELECT", "db": 401}, U("INCORRECT_PARAMETER"), ["SELECT", "401"])
            rc("redis_command", {"command": "EVAL", "script": "return redis.call('GET')"}, U("MISSING_PARAMETER"),
               ["EVAL", "return redis.call('GET')", "0"])
            rc("redis_command", {"command": "AUTH", "user": "deploy-bot"}, I("auth"),
               ["--user", "deploy-bot", "--pass", "hunter2", "--no-auth-warning", "PING"])
        finally:
            keys = subprocess.run([*base, "--scan", "--pattern", "corpus5:*"], capture_output=True, text=True,
                                  env=ENV, timeout=10).stdout.split()
            if keys:
                subprocess.run([*base, "DEL", *keys], capture_output=True, env=ENV, timeout=10)
    fb = ["redis-cli", "-h", "127.0.0.1", "-p", str(RESP_PORT)]
    rc("redis_command", {"command": "SET", "key": "corpus5:replica:cart-1"}, I("read_only"),
       ["SET", "corpus5:replica:cart-1", "x"], b=fb)
    rc("redis_command", {"command": "GET", "key": "corpus5:loading:feature-flags"}, I("server_error"),
       ["GET", "corpus5:loading:feature-flags"], b=fb)
    rc("redis_command", {"command": "DEL", "key": "corpus5:acl:sessions"}, I("permission"),
       ["DEL", "corpus5:acl:sessions"], b=fb)
    rc("redis_command", {"command": "LPUSH", "key": "corpus5:full:jobs"}, I("resource"),
       ["LPUSH", "corpus5:full:jobs", "job-1"], b=fb)
    rc("redis_command", {"command": "HGETALL", "key": "corpus5:locked:cfg"}, I("auth"),
       ["HGETALL", "corpus5:locked:cfg"], b=fb)
    rc("redis_command", {"command": "GET", "key": "corpus5:stale:leader"}, I("server_error"),
       ["GET", "corpus5:stale:leader"], b=fb)
    rc("redis_command", {"command": "EVALSHA", "key": "corpus5:lua:counter"}, I("server_error"),
       ["INCR", "corpus5:lua:counter"], b=fb)
    rc("redis_command", {"command": "GET", "key": "corpus5:clients:x"}, I("resource"),
       ["GET", "corpus5:clients:x"], b=fb)
    case("redis_command", {"command": "PING", "port": CLOSED_PORT}, I("daemon_down"),
         ["redis-cli", "-p", str(CLOSED_PORT), "PING"], allow_ok=True)
    case("redis_command", {"command": "INFO", "host": "cache.corpus5.invalid"}, I("dns"),
         ["redis-cli", "-h", "cache.corpus5.invalid", "INFO", "server"], allow_ok=True)
    case("redis_command", {"command": "PING", "port": RESET_PORT}, I("network"),
         ["redis-cli", "-p", str(RESET_PORT), "PING"], allow_ok=True)


def sqlite_cases():
    if not have("sqlite3"):
        return
    db = P("app.db")
    sh(["sqlite3", db, "CREATE TABLE deploys(id INTEGER PRIMARY KEY, env TEXT NOT NULL, sha TEXT UNIQUE);"
        "INSERT INTO deploys(env, sha) VALUES ('prod', 'a1b2c3');"])
    def s(label, sql, params=None, args=(), dbp=db, **kw):
        case("sqlite_query", params or {"db": "app.db", "sql": sql}, label, ["sqlite3", *args, dbp, sql],
             cmd=shlex.join(["sqlite3", *args, dbp.replace(SCR + "/", ""), sql]), **kw)
    s(U("INCORRECT_PARAMETER"), "SELECT * FROM users_503")
    s(U("INCORRECT_PARAMETER"), "SELECT deployed_by FROM deploys")
    s(U("PARAMETER_FORMAT"), "SELECT env, FROM deploys")
    s(U("WORKFLOW_SEQUENCE"), "INSERT INTO deploys(env, sha) VALUES ('staging', 'a1b2c3')")
    s(U("MISSING_PARAMETER"), "INSERT INTO deploys(sha) VALUES ('d4e5f6')")
    s(U("WORKFLOW_SEQUENCE"), "CREATE TABLE deploys(id INTEGER PRIMARY KEY)")
    s(I("read_only"), "DELETE FROM deploys WHERE env = 'prod'", args=("-readonly",))
    write("notes.txt", "this is not a database, just release notes for v2\n" * 20)
    case("sqlite_query", {"db": "notes.txt", "sql": ".tables"}, U("WRONG_TOOL_SELECTION"),
         ["sqlite3", P("notes.txt"), ".tables"], cmd="sqlite3 notes.txt .tables")
    case("sqlite_query", {"db": "data/run/app.db", "sql": "SELECT 1"}, U("MISSING_PREREQUISITE"),
         ["sqlite3", P("data/run/app.db"), "SELECT 1"], cmd="sqlite3 data/run/app.db 'SELECT 1'")
    case("sqlite_import", {"db": "app.db", "file": "exports/deploys-eof.csv"}, U("INCORRECT_PARAMETER"),
         ["sqlite3", db, ".import --csv exports/deploys-eof.csv deploys"], cmd="sqlite3 app.db '.import --csv exports/deploys-eof.csv deploys'")
    case("sqlite_query", {"db": "app.db", "flag": "-jsonl"}, U("PARAMETER_FORMAT"),
         ["sqlite3", "-jsonl", db, "SELECT 1"], cmd="sqlite3 -jsonl app.db 'SELECT 1'")


# ---------------------------------------------------------------------------
# build tools and compilers
# ---------------------------------------------------------------------------

def build_cases():
    if have("make"):
        os.makedirs(P("mk-none"), exist_ok=True)
        case("make", {"makefile": "build/Makefile.ssl"}, U("INCORRECT_PARAMETER"),
             ["make", "-f", "build/Makefile.ssl"], cwd=P("mk-none"))
        write("mk/Makefile", "VERSION ?=\n.PHONY: build release\nbuild:\n\t@echo build\n"
              "release:\n\t$(if $(VERSION),,$(error VERSION is required, e.g. make release VERSION=1.2.3))\n\t@echo $(VERSION)\n")
        case("make", {"target": "deploy-503-page"}, U("INCORRECT_PARAMETER"), ["make", "deploy-503-page"], cwd=P("mk"))
        case("make", {"target": "release"}, U("MISSING_PARAMETER"), ["make", "release"], cwd=P("mk"))
        case("make", {"target": "build", "jobs": "auto"}, U("PARAMETER_FORMAT"), ["make", "--jobs=auto", "build"], cwd=P("mk"))
        write("mk-bad/Makefile", "test:\n    pytest -q\n")
        case("make", {"target": "test"}, U("PARAMETER_FORMAT"), ["make", "test"], cwd=P("mk-bad"))
        write("mk-dep/Makefile", "dist/app.tar.gz: build/app\n\ttar czf $@ $<\n")
        case("make", {"target": "dist/app.tar.gz"}, U("MISSING_PREREQUISITE"), ["make", "dist/app.tar.gz"], cwd=P("mk-dep"))
        write("mk-cmd/Makefile", "lint:\n\truff check src/\n")
        if not shutil.which("ruff"):
            case("make", {"target": "lint"}, U("MISSING_PREREQUISITE"), ["make", "lint"], cwd=P("mk-cmd"), wrap=wrap_exit)
    if have("cargo"):
        os.makedirs(P("rs-none"), exist_ok=True)
        case("cargo_build", {"release": True}, U("MISSING_PREREQUISITE"), ["cargo", "build", "--release", "--offline"], cwd=P("rs-none"))
        write("rs/Cargo.toml", '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n')
        write("rs/src/main.rs", "fn main() {\n    println!(\"hi\");\n}\n")
        case("cargo_run", {"bin": "migrate"}, U("INCORRECT_PARAMETER"), ["cargo", "run", "--offline", "--bin", "migrate"], cwd=P("rs"))
        case("cargo_test", {"test": "ssl_timeout"}, U("INCORRECT_PARAMETER"), ["cargo", "test", "--offline", "--test", "ssl_timeout"], cwd=P("rs"))
        case("cargo_command", {"subcommand": "biuld"}, U("WRONG_TOOL_SELECTION"), ["cargo", "biuld"], cwd=P("rs"))
        case("cargo_new", {"name": "rs"}, U("WORKFLOW_SEQUENCE"), ["cargo", "new", "rs"], cwd=SCR)
        case("cargo_build", {"features": ["tls-rustls"]}, U("INCORRECT_PARAMETER"),
             ["cargo", "build", "--offline", "--features", "tls-rustls"], cwd=P("rs"))
        case("cargo_build", {"jobs": "max"}, U("PARAMETER_FORMAT"), ["cargo", "build", "--offline", "-j", "max"], cwd=P("rs"))
        write("rs2/Cargo.toml", '[package]\nname = "demo2"\nversion = "0.1.0"\nedition = "2021"\n')
        write("rs2/src/main.rs", "use serde::Deserialize;\nfn main() {}\n")
        case("cargo_check", {}, U("MISSING_PREREQUISITE"), ["cargo", "check", "--offline", "-q"], cwd=P("rs2"))
        write("rs3/Cargo.toml", '[package]\nname = "demo3"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nreqwest = { version = "0.12", features = ["rustls-tls"] }\n')
        write("rs3/src/main.rs", "fn main() {}\n")
        write("rs4/Cargo.toml", '[package]\nname = "demo4"\nversion = "0.1.0"\nedition = "2021"\n[dependencies\nserde = "1"\n')
        case("cargo_build", {}, U("PARAMETER_FORMAT"), ["cargo", "build", "--offline"], cwd=P("rs4"))
    if have("javac", "java"):
        write("java/Hello.java", "public class Hello {\n  public static void main(String[] a) {\n    System.out.println(\"hi\");\n  }\n}\n")
        case("javac", {"file": "src/TimeoutRetry.java"}, U("INCORRECT_PARAMETER"), ["javac", "src/TimeoutRetry.java"], cwd=P("java"))
        case("java_run", {"class": "Hello"}, U("WORKFLOW_SEQUENCE"), ["java", "-cp", ".", "Hello"], cwd=P("java"))
        case("java_run", {"jar": "notes.txt"}, U("WRONG_TOOL_SELECTION"), ["java", "-jar", P("notes.txt")], cmd="java -jar notes.txt")
        case("java_run", {"xmx": "=512m", "class": "Hello"}, U("PARAMETER_FORMAT"), ["java", "-Xmx=512m", "Hello.java"], cwd=P("java"))
        write("java/Grow.java", "public class Grow {\n  public static void main(String[] a) {\n    long[][] x = new long[64][];\n"
              "    for (int i = 0; i < 64; i++) x[i] = new long[1 << 22];\n  }\n}\n")
        case("java_run", {"file": "Grow.java", "xmx": "64m"}, I("resource"), ["java", "-Xmx64m", "Grow.java"], cwd=P("java"))
        write("java/Bad.java", "public class Bad {\n  public static void main(String[] a) {\n    int port = \"8080\";\n  }\n}\n")
        case("javac", {"file": "Bad.java"}, U("PARAMETER_FORMAT"), ["javac", "Bad.java"], cwd=P("java"))
        case("javac", {"release": "1.7x", "file": "Hello.java"}, U("PARAMETER_FORMAT"), ["javac", "--release", "7x", "Hello.java"], cwd=P("java"))
    if have("gcc"):
        write("c/tls.c", "#include <stdio.h>\n#include <librdkafka/rdkafka.h>\nint main(void){return 0;}\n")
        case("gcc_compile", {"file": "tls.c"}, U("MISSING_PREREQUISITE"), ["gcc", "tls.c", "-o", "tls"], cwd=P("c"))
        write("c/main.c", "int main(void){return 0;}\n")
        case("gcc_compile", {"file": "main.c", "libs": ["curll"]}, U("INCORRECT_PARAMETER"), ["gcc", "main.c", "-lcurll", "-o", "main"], cwd=P("c"))
        case("gcc_compile", {"file": "main.c", "std": "c99x"}, U("PARAMETER_FORMAT"), ["gcc", "-std=c99x", "main.c"], cwd=P("c"))
        case("gcc_compile", {"files": []}, U("MISSING_PARAMETER"), ["gcc", "-O2", "-o", "app"], cwd=P("c"))


# ---------------------------------------------------------------------------
# files: jq, archives, coreutils, sed/awk/grep, find/xargs, ssh-keygen, openssl
# ---------------------------------------------------------------------------

def file_cases():
    write("data/deploy.json", J({"name": "web", "port": "8080", "items": {"a": 1}, "tags": ["x"]}))
    write("data/values.yaml", "replicaCount: 2\nimage:\n  tag: v1.4.0\n")
    os.makedirs(P("logs/app"), exist_ok=True)
    write("logs/app/eof.log", "ok\n")
    if have("jq"):
        case("jq", {"filter": ".image.tag", "file": "data/values.yaml"}, U("WRONG_TOOL_SELECTION"),
             ["jq", ".image.tag", "data/values.yaml"])
        case("jq", {"filter": ".items[] | .name", "file": "data/deploy.json"}, U("INCORRECT_PARAMETER"),
             ["jq", ".items[] | .name", "data/deploy.json"])
        case("jq", {"filter": ".name |", "file": "data/deploy.json"}, U("PARAMETER_FORMAT"),
             ["jq", ".name |", "data/deploy.json"])
        case("jq", {"argjson": {"limit": "ten"}}, U("PARAMETER_FORMAT"),
             ["jq", "--argjson", "limit", "ten", ".tags[:$limit]", "data/deploy.json"])
        case("jq", {"filter": ".port + 1", "file": "data/deploy.json"}, U("PARAMETER_FORMAT"),
             ["jq", ".port + 1", "data/deploy.json"])
        case("jq", {"arg": "env"}, U("MISSING_PARAMETER"), ["jq", "-n", "--arg", "env"])
        case("jq", {"filter": ".retry_503", "file": "data/deploy-503.json"}, U("INCORRECT_PARAMETER"),
             ["jq", ".retry_503", "data/deploy-503.json"])
        case("jq", {"filter": ".tags | test(\"[\")", "file": "data/deploy.json"}, U("PARAMETER_FORMAT"),
             ["jq", '.tags[] | test("[")', "data/deploy.json"])
        case("jq", {"filter": ".name", "flag": "--raw"}, U("PARAMETER_FORMAT"), ["jq", "--raw", ".name", "data/deploy.json"])
    # archives
    if have("tar", "zip"):
        write("pkg/app/main.py", "print(1)\n")
        sh(["zip", "-qr", P("bundle.zip"), "app"], cwd=P("pkg"))
        sh(["tar", "czf", P("release.tar.gz"), "app"], cwd=P("pkg"))
        case("tar_extract", {"archive": "bundle.zip"}, U("WRONG_TOOL_SELECTION"), ["tar", "-xzf", "bundle.zip"])
        case("tar_extract", {"archive": "release.tar.gz", "members": ["app/ssl/ca.pem"]}, U("INCORRECT_PARAMETER"),
             ["tar", "-xzf", "release.tar.gz", "app/ssl/ca.pem"])
        case("tar_create", {"archive": "backup.tar"}, U("MISSING_PARAMETER"), ["tar", "-cf", "backup.tar"])
        case("tar_extract", {"archive": "release.tar.gz", "directory": "out/release"}, U("MISSING_PREREQUISITE"),
             ["tar", "-xzf", "release.tar.gz", "-C", "out/release"])
        case("tar_create", {"archive": "logs.tar.xz", "compression": "zstd"}, U("PARAMETER_FORMAT"),
             ["tar", "--zstdd", "-cf", "logs.tar.zst", "logs"])
        case("unzip", {"archive": "release.tar.gz"}, U("WRONG_TOOL_SELECTION"), ["unzip", "-o", "release.tar.gz"])
        case("unzip", {"archive": "bundle.zip", "members": ["app/timeout.py"]}, U("INCORRECT_PARAMETER"),
             ["unzip", "-o", "bundle.zip", "app/timeout.py", "-d", "x"])
        case("zip_create", {"archive": "out.zip", "paths": ["build/refused"]}, U("INCORRECT_PARAMETER"),
             ["zip", "-r", "out.zip", "build/refused"])
        if can_setpriv():
            case("tar_extract", {"archive": "release.tar.gz", "directory": "/opt/app"}, I("permission"),
                 as_nobody(["tar", "-xzf", P("release.tar.gz"), "-C", "/usr/local"]), cmd="tar -xzf release.tar.gz -C /usr/local")
    if have("gzip"):
        case("gzip_decompress", {"file": "notes.txt"}, U("WRONG_TOOL_SELECTION"), ["gunzip", "notes.txt"])
        write("dump.sql.gz", "CREATE TABLE x(id int);\n")
        case("gzip_decompress", {"file": "dump.sql.gz"}, U("WRONG_TOOL_SELECTION"), ["gzip", "-d", "-k", "dump.sql.gz"])
        case("gzip_compress", {"file": "notes.txt", "level": 9}, U("PARAMETER_FORMAT"), ["gzip", "--level=9", "-k", "notes.txt"])
        case("gzip_compress", {"file": "notes.txt", "output": "/dev/full"}, I("resource"), "gzip -c notes.txt > /dev/full",
             cmd="gzip -c notes.txt > /dev/full")
    if have("xz"):
        case("xz_decompress", {"file": "notes.txt"}, U("WRONG_TOOL_SELECTION"), ["xz", "-d", "notes.txt"])
        case("xz_compress", {"file": "notes.txt", "threads": "all"}, U("PARAMETER_FORMAT"), ["xz", "-T", "all", "-k", "notes.txt"])
    # coreutils
    os.makedirs(P("src"), exist_ok=True)
    write("src/app.py", "print('x')\n")
    os.makedirs(P("reports"), exist_ok=True)
    write("current-target", "x")
    cc = [
        ("cp", {"source": "src"}, U("MISSING_PARAMETER"), ["cp", "-r", "src"]),
        ("mv", {"source": "src/app.py", "destination": "archive/2024/q3/"}, U("MISSING_PREREQUISITE"), ["mv", "src/app.py", "archive/2024/q3/"]),
        ("mkdir", {"path": "reports"}, U("WORKFLOW_SEQUENCE"), ["mkdir", "reports"]),
        ("ln", {"target": "releases/v2", "link": "current-target"}, U("WORKFLOW_SEQUENCE"), ["ln", "-s", "releases/v2", "current-target"]),
        ("head", {"file": "notes.txt", "lines": "ten"}, U("PARAMETER_FORMAT"), ["head", "-n", "ten", "notes.txt"]),
        ("date", {"date": "next blursday"}, U("PARAMETER_FORMAT"), ["date", "-d", "next blursday"]),
        ("sort", {"key": "x", "file": "notes.txt"}, U("PARAMETER_FORMAT"), ["sort", "-k", "x", "notes.txt"]),
        ("chmod", {"mode": "9755", "path": "deploy.sh"}, U("PARAMETER_FORMAT"), ["chmod", "9755", "deploy.sh"]),
        ("chown", {"owner": "deploy-bot", "path": "deploy.sh"}, U("INCORRECT_PARAMETER"), ["chown", "deploy-bot:deploy-bot", "deploy.sh"]),
        ("wc", {"path": "logs/app"}, U("WRONG_TOOL_SELECTION"), ["wc", "-l", "logs/app"]),
        ("touch", {"path": "var/run/agent/eof.pid"}, U("MISSING_PREREQUISITE"), ["touch", "var/run/agent/eof.pid"]),
        ("ls", {"path": ".", "sort": "date"}, U("INCORRECT_PARAMETER"), ["ls", "--sort=date", "."]),
        ("cut", {"file": "notes.txt", "fields": None}, U("MISSING_PARAMETER"), ["cut", "-d", ",", "-f"]),
        ("cut", {"file": "notes.txt", "delimiter": ", "}, U("PARAMETER_FORMAT"), ["cut", "-d", ", ", "-f1", "notes.txt"]),
        ("base64", {"decode": True, "input": "dG9rZW4@@"}, U("PARAMETER_FORMAT"), "printf 'dG9rZW4@@' | base64 -d"),
        ("timeout", {"duration": "30 seconds", "command": "make test"}, U("PARAMETER_FORMAT"), ["timeout", "30 seconds", "make", "test"]),
        ("kill", {"pid": 4031999}, U("INCORRECT_PARAMETER"), ["/bin/kill", "-TERM", "4031999"]),
        ("rm", {"path": "logs"}, U("WRONG_TOOL_SELECTION"), ["rm", "logs"]),
        ("rmdir", {"path": "logs"}, U("WRONG_TOOL_SELECTION"), ["rmdir", "logs"]),
        ("tee", {"file": "/dev/full"}, I("resource"), "echo 'run finished' | tee /dev/full"),
        ("cp", {"source": "notes.txt", "destination": "/dev/full"}, I("resource"), ["cp", "notes.txt", "/dev/full"]),
        ("split", {"file": "notes.txt", "lines": "0"}, U("PARAMETER_FORMAT"), ["split", "-l", "0", "notes.txt", "part-"]),
        ("stat", {"path": "certs/ssl-denied.crt"}, U("INCORRECT_PARAMETER"), ["stat", "-c", "%s", "certs/ssl-denied.crt"]),
        ("df", {"path": "/mnt/build-cache"}, U("INCORRECT_PARAMETER"), ["df", "-h", "/mnt/build-cache"]),
        ("sha256sum", {"check": "SHA256SUMS"}, U("INCORRECT_PARAMETER"), ["sha256sum", "-c", "SHA256SUMS"]),
        ("install", {"mode": "0755", "source": "deploy.sh"}, U("MISSING_PARAMETER"), ["install", "-m", "0755", "deploy.sh"]),
        ("seq", {"last": "1e"}, U("PARAMETER_FORMAT"), ["seq", "1", "1e"]),
    ]
    for tool, params, label, argv in cc:
        case(tool, params, label, argv)
    if can_setpriv():
        case("cat", {"path": "/etc/shadow"}, I("permission"), as_nobody(["cat", "/etc/shadow"]), cmd="cat /etc/shadow")
        case("mkdir", {"path": "/srv/releases"}, I("permission"), as_nobody(["mkdir", "-p", "/srv/corpus5-releases/v2"]),
             cmd="mkdir -p /srv/corpus5-releases/v2")
        case("find", {"path": "/root", "name": "*.pem"}, I("permission"), as_nobody(["find", "/root", "-maxdepth", "2", "-name", "*.pem"]),
             cmd="find /root -maxdepth 2 -name '*.pem'")
    if can_unshare():
        rod = P("ro-logs")
        os.makedirs(rod)
        write(os.path.join(rod, "old.log"), "x\n")
        case("rm", {"path": "ro-logs/old.log"}, I("read_only"), ro_mount(rod, f"rm -f {shlex.quote(rod)}/old.log"),
             cmd="rm -f ro-logs/old.log")
        case("sed", {"in_place": True, "file": "ro-logs/old.log"}, I("read_only"),
             ro_mount(rod, f"sed -i s/x/y/ {shlex.quote(rod)}/old.log"), cmd="sed -i s/x/y/ ro-logs/old.log")
        fd = P("tiny")
        os.makedirs(fd)
        case("cp", {"source": "release.tar.gz", "destination": "tiny/"}, I("resource"),
             tiny_fs(fd, f"head -c 400000 /dev/urandom > {shlex.quote(P('big.bin'))} && cp {shlex.quote(P('big.bin'))} {shlex.quote(fd)}/"),
             cmd="cp big.bin tiny/")
    # sed / awk / grep
    if have("sed"):
        case("sed", {"expression": "s/timeout=5/timeout=30", "file": "settings.ini"}, U("PARAMETER_FORMAT"),
             ["sed", "-i", "s/timeout=5/timeout=30", "notes.txt"], cmd="sed -i s/timeout=5/timeout=30 notes.txt")
        case("sed", {"expression": "s/a/b/", "file": "conf/nginx-503.conf"}, U("INCORRECT_PARAMETER"),
             ["sed", "-i", "s/a/b/", "conf/nginx-503.conf"])
        case("sed", {"expression": "/x/p", "file": "logs"}, U("WRONG_TOOL_SELECTION"), ["sed", "-n", "/x/p", "logs"])
        case("sed", {"expression": "s/\\(foo/bar/"}, U("PARAMETER_FORMAT"), ["sed", "s/\\(foo/bar/", "notes.txt"])
        case("sed", {"expression": "3q5x"}, U("PARAMETER_FORMAT"), ["sed", "-n", "3q5x", "notes.txt"])
    if have("awk"):
        case("awk", {"program": "{print $1", "file": "notes.txt"}, U("PARAMETER_FORMAT"), ["awk", "{print $1", "notes.txt"])
        case("awk", {"program_file": "scripts/eof.awk"}, U("INCORRECT_PARAMETER"), ["awk", "-f", "scripts/eof.awk", "notes.txt"])
    if have("grep"):
        case("grep", {"pattern": "(timeout|refused", "extended": True}, U("PARAMETER_FORMAT"), ["grep", "-E", "(timeout|refused", "notes.txt"])
        case("grep", {"pattern": "(?<=a+)b", "perl": True}, U("PARAMETER_FORMAT"), ["grep", "-P", "(?<=a+)b", "notes.txt"])
        case("grep", {"pattern": "ERROR", "path": "logs/denied"}, U("INCORRECT_PARAMETER"), ["grep", "-rn", "ERROR", "logs/denied"])
        case("grep", {"pattern": "ERROR", "context": "three"}, U("PARAMETER_FORMAT"), ["grep", "-C", "three", "ERROR", "notes.txt"])
    if have("find", "xargs"):
        case("find", {"path": ".", "name": None}, U("MISSING_PARAMETER"), ["find", ".", "-name"])
        case("find", {"path": ".", "mtime": "7d"}, U("PARAMETER_FORMAT"), ["find", ".", "-mtime", "7d"])
        case("find", {"path": "build/eof-cache", "type": "f"}, U("INCORRECT_PARAMETER"), ["find", "build/eof-cache", "-type", "f"])
        case("find", {"path": ".", "type": "file"}, U("PARAMETER_FORMAT"), ["find", ".", "-type", "file"])
        case("find", {"path": ".", "exec": "rm {}"}, U("MISSING_PARAMETER"), ["find", ".", "-name", "*.tmp", "-exec", "rm", "{}"])
        case("find", {"path": ".", "maxdepth": "-1"}, U("PARAMETER_FORMAT"), ["find", ".", "-maxdepth", "-1"])
        case("xargs", {"max_args": 0, "command": "echo"}, U("PARAMETER_FORMAT"), "echo a b | xargs -n 0 echo")
        if not shutil.which("shellcheck"):
            case("xargs", {"command": "shellcheck"}, U("MISSING_PREREQUISITE"), "find . -name 'deploy.sh' | xargs shellcheck")
        case("xargs", {"input": "it's"}, U("PARAMETER_FORMAT"), "printf \"release notes it's fine\\n\" | xargs echo")
    if have("ssh-keygen"):
        case("ssh_keygen", {"type": "rsa", "bits": "4k"}, U("PARAMETER_FORMAT"),
             ["ssh-keygen", "-q", "-t", "rsa", "-b", "4k", "-N", "", "-f", P("k1")], cmd="ssh-keygen -t rsa -b 4k -N '' -f k1")
        case("ssh_keygen", {"type": "ed25519-sk2"}, U("INCORRECT_PARAMETER"),
             ["ssh-keygen", "-q", "-t", "ed25519-sk2", "-N", "", "-f", P("k2")], cmd="ssh-keygen -t ed25519-sk2 -N '' -f k2")
        case("ssh_keygen", {"fingerprint": "keys/deploy_401.pub"}, U("INCORRECT_PARAMETER"), ["ssh-keygen", "-l", "-f", "keys/deploy_401.pub"])
        case("ssh_keygen", {"fingerprint": "notes.txt"}, U("WRONG_TOOL_SELECTION"), ["ssh-keygen", "-l", "-f", "notes.txt"])
        sh(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", P("id_ed")])
        case("ssh_keygen", {"known_hosts_remove": None}, U("MISSING_PARAMETER"), ["ssh-keygen", "-R"])
        if shutil.which("ssh"):
            so = ["-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=2"]
            case("ssh_exec", {"host": "127.0.0.1", "port": CLOSED_PORT, "command": "uptime"}, I("network"),
                 ["ssh", *so, "-p", str(CLOSED_PORT), "deploy@127.0.0.1", "uptime"], cmd=f"ssh -p {CLOSED_PORT} deploy@127.0.0.1 uptime")
            case("ssh_exec", {"host": "bastion.corpus5.invalid", "command": "uptime"}, I("dns"),
                 ["ssh", *so, "deploy@bastion.corpus5.invalid", "uptime"], cmd="ssh deploy@bastion.corpus5.invalid uptime")
            case("ssh_exec", {"host": "127.0.0.1", "port": SILENT_PORT, "command": "uptime"}, I("timeout"),
                 ["ssh", *so, "-p", str(SILENT_PORT), "deploy@127.0.0.1", "uptime"], cmd=f"ssh -o ConnectTimeout=2 -p {SILENT_PORT} deploy@127.0.0.1 uptime")
            case("ssh_exec", {"host": "127.0.0.1", "port": RESET_PORT, "command": "uptime"}, I("network"),
                 ["ssh", *so, "-p", str(RESET_PORT), "deploy@127.0.0.1", "uptime"], cmd=f"ssh -p {RESET_PORT} deploy@127.0.0.1 uptime")
    if have("openssl"):
        case("openssl_x509", {"file": "notes.txt"}, U("PARAMETER_FORMAT"), ["openssl", "x509", "-in", "notes.txt", "-noout", "-subject"])
        case("openssl_genrsa", {"bits": "big"}, U("PARAMETER_FORMAT"), ["openssl", "genrsa", "-out", P("k.pem"), "big"], cmd="openssl genrsa -out k.pem big")
        case("openssl_dgst", {"algorithm": "sha257", "file": "notes.txt"}, U("INCORRECT_PARAMETER"), ["openssl", "dgst", "-sha257", "notes.txt"])
        case("openssl_command", {"command": "certificate"}, U("WRONG_TOOL_SELECTION"), ["openssl", "certificate", "-in", "cert.pem"])
        case("openssl_s_client", {"connect": f"127.0.0.1:{CLOSED_PORT}"}, I("network"),
             "openssl s_client -connect 127.0.0.1:47889 -brief </dev/null")
        if TLS_OK:
            case("openssl_s_client", {"connect": f"127.0.0.1:{TLS_PORT}", "verify_return_error": True}, I("tls"),
                 f"openssl s_client -connect 127.0.0.1:{TLS_PORT} -verify_return_error -brief </dev/null")
            case("openssl_verify", {"cert": "tls/cert.pem"}, I("tls"), ["openssl", "verify", "tls/cert.pem"])
        case("openssl_enc", {"decrypt": True, "file": "notes.txt"}, U("WRONG_TOOL_SELECTION"),
             ["openssl", "enc", "-d", "-aes-256-cbc", "-pbkdf2", "-pass", "pass:x", "-in", "notes.txt"])
    if have("docker"):
        case("docker_ps", {"all": True}, I("daemon_down"), ["docker", "ps", "-a"], wrap=wrap_exit)
        case("docker_run", {"image": "alpine:3.20", "flag": "--rmm"}, U("PARAMETER_FORMAT"), ["docker", "run", "--rmm", "alpine:3.20"])
    if have("kubectl"):
        kt = ["--token=corpus5-token", "--request-timeout=3s"]
        case("kubectl_get", {"resource": "pods", "namespace": "ci", "server": f"https://127.0.0.1:{CLOSED_PORT}"}, I("network"),
             ["kubectl", "get", "pods", "-n", "ci", f"--server=https://127.0.0.1:{CLOSED_PORT}", "--insecure-skip-tls-verify", *kt])
        if TLS_OK:
            case("kubectl_get", {"resource": "nodes", "server": HS}, I("tls"), ["kubectl", "get", "nodes", f"--server={HS}", *kt])
        case("kubectl_get", {"resource": "nodes", "server": "https://api.ocp.corpus5.invalid:6443"}, I("dns"),
             ["kubectl", "get", "nodes", "--server=https://api.ocp.corpus5.invalid:6443", *kt])


# ---------------------------------------------------------------------------
# documented rows (hand-written from documented or commonly seen formats)
# ---------------------------------------------------------------------------

def D(tool, params, message, label, command):
    usage, cat, kind = label
    return {"tool": tool, "params": params, "message": message, "usage": usage, "category": cat,
            "infra_kind": kind, "source": "documented", "command": command}


GL = "https://gitlab.example.com/api/v4"
K8S_HDRS = ("HTTP response headers: HTTPHeaderDict({'Audit-Id': 'b4f6c1de-2a7e-4c0e-9a51-0e7f2a1c9d43', "
            "'Cache-Control': 'no-cache, private', 'Content-Type': 'application/json', "
            "'X-Kubernetes-Pf-Flowschema-Uid': '5c0c9ef0-8d3f-4f55-a3e6-1d6b1d3e3b8e', "
            "'Date': 'Tue, 04 Mar 2025 10:12:31 GMT', 'Content-Length': '%d'})")


def k8s(code, reason, body):
    b = J(body)
    return (f"kubernetes.client.exceptions.ApiException: ({code})\nReason: {reason}\n" + (K8S_HDRS % len(b)) +
            f"\nHTTP response body: {b}")


def jira(code, url, text, body):
    return (f"jira.exceptions.JIRAError: JiraError HTTP {code} url: {url}\n\ttext: {text}\n\t\n"
            f"\tresponse headers = {{'Content-Type': 'application/json;charset=UTF-8', 'X-AREQUESTID': '612x4031x1'}}\n"
            f"\tresponse text = {J(body)}")


DOCUMENTED = [
    # python-gitlab
    D("gitlab_project_get", {"project": "acme/ssl-proxy"}, "gitlab.exceptions.GitlabGetError: 404: 404 Project Not Found",
      U("INCORRECT_PARAMETER"), f"GET {GL}/projects/acme%2Fssl-proxy"),
    D("gitlab_issue_create", {"project_id": 77, "title": ""},
      "gitlab.exceptions.GitlabCreateError: 400: {'title': [\"can't be blank\"]}", U("MISSING_PARAMETER"),
      f"POST {GL}/projects/77/issues"),
    D("gitlab_branch_create", {"project_id": 77, "branch": "hotfix/eof", "ref": "main"},
      "gitlab.exceptions.GitlabCreateError: 400: Branch already exists", U("WORKFLOW_SEQUENCE"),
      f"POST {GL}/projects/77/repository/branches"),
    D("gitlab_mr_merge", {"project_id": 77, "mr_iid": 41},
      "gitlab.exceptions.GitlabMRClosedError: 405: 405 Method Not Allowed", U("WORKFLOW_SEQUENCE"),
      f"PUT {GL}/projects/77/merge_requests/41/merge"),
    D("gitlab_pipeline_list", {"project_id": 77},
      "gitlab.exceptions.GitlabAuthenticationError: 401: 401 Unauthorized", I("auth"), f"GET {GL}/projects/77/pipelines"),
    D("gitlab_variable_create", {"project_id": 77, "key": "DEPLOY_TOKEN"},
      "gitlab.exceptions.GitlabCreateError: 403: 403 Forbidden", I("permission"), f"POST {GL}/projects/77/variables"),
    D("gitlab_file_update", {"project_id": 77, "file_path": "ci/timeout.yml", "branch": "main"},
      "gitlab.exceptions.GitlabUpdateError: 400: A file with this name doesn't exist", U("INCORRECT_PARAMETER"),
      f"PUT {GL}/projects/77/repository/files/ci%2Ftimeout.yml"),
    D("gitlab_project_list", {"group": "platform"},
      "gitlab.exceptions.GitlabListError: 502: <html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>",
      I("server_error"), f"GET {GL}/groups/platform/projects"),
    D("gitlab_mr_create", {"project_id": 77, "source_branch": "feature/tls-retry", "target_branch": "main"},
      "gitlab.exceptions.GitlabCreateError: 409: ['Another open merge request already exists for this source branch: !52']",
      U("WORKFLOW_SEQUENCE"), f"POST {GL}/projects/77/merge_requests"),
    D("gitlab_project_get", {"project": "acme/web"},
      "gitlab.exceptions.GitlabHttpError: 429: Retry later", I("rate_limit"), f"GET {GL}/projects/acme%2Fweb"),
    # PyGithub
    D("github_repo_get", {"repo": "acme/widgets-403"},
      'github.GithubException.UnknownObjectException: 404 {"message": "Not Found", "documentation_url": "https://docs.github.com/rest/repos/repos#get-a-repository", "status": "404"}',
      U("INCORRECT_PARAMETER"), "GET https://api.github.com/repos/acme/widgets-403"),
    D("github_pr_create", {"repo": "acme/widgets", "head": "feature/login", "base": "main"},
      'github.GithubException.GithubException: 422 {"message": "Validation Failed", "errors": [{"resource": "PullRequest", "code": "custom", "message": "A pull request already exists for acme:feature/login."}], "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request", "status": "422"}',
      U("WORKFLOW_SEQUENCE"), "POST https://api.github.com/repos/acme/widgets/pulls"),
    D("github_pr_create", {"repo": "acme/widgets", "head": "feature/empty", "base": "main"},
      'github.GithubException.GithubException: 422 {"message": "Validation Failed", "errors": [{"resource": "PullRequest", "code": "custom", "message": "No commits between main and feature/empty"}], "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request", "status": "422"}',
      U("WORKFLOW_SEQUENCE"), "POST https://api.github.com/repos/acme/widgets/pulls"),
    D("github_issues_list", {"repo": "acme/widgets"},
      'github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"}',
      I("auth"), "GET https://api.github.com/repos/acme/widgets/issues"),
    D("github_search_code", {"query": "ssl_verify repo:acme/widgets"},
      'github.GithubException.RateLimitExceededException: 403 {"message": "API rate limit exceeded for user ID 5512345. (But here\'s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}',
      I("rate_limit"), "GET https://api.github.com/search/code"),
    D("github_branch_protection_update", {"repo": "acme/widgets", "branch": "main"},
      'github.GithubException.GithubException: 403 {"message": "Resource not accessible by integration", "documentation_url": "https://docs.github.com/rest/branches/branch-protection#update-branch-protection", "status": "403"}',
      I("permission"), "PUT https://api.github.com/repos/acme/widgets/branches/main/protection"),
    # jira-python
    D("jira_issue_get", {"issue": "OPS-4031"},
      jira(404, "https://jira.example.com/rest/api/2/issue/OPS-4031", "Issue Does Not Exist",
           {"errorMessages": ["Issue does not exist or you do not have permission to see it."], "errors": {}}),
      U("INCORRECT_PARAMETER"), "GET https://jira.example.com/rest/api/2/issue/OPS-4031"),
    D("jira_issue_create", {"project": "OPS", "summary": "Timeout in 503 handler", "duedate": "tomorrow"},
      jira(400, "https://jira.example.com/rest/api/2/issue", "Error parsing date string: tomorrow",
           {"errorMessages": [], "errors": {"duedate": "Error parsing date string: tomorrow"}}),
      U("PARAMETER_FORMAT"), "POST https://jira.example.com/rest/api/2/issue"),
    D("jira_issue_update", {"issue": "OPS-77", "fields": {"customfield_10401": 5}},
      jira(400, "https://jira.example.com/rest/api/2/issue/OPS-77",
           "Field 'customfield_10401' cannot be set. It is not on the appropriate screen, or unknown.",
           {"errorMessages": [], "errors": {"customfield_10401": "Field 'customfield_10401' cannot be set. It is not on the appropriate screen, or unknown."}}),
      U("INCORRECT_PARAMETER"), "PUT https://jira.example.com/rest/api/2/issue/OPS-77"),
    D("jira_issue_create", {"project": "OPS", "summary": "Rotate certs"},
      jira(400, "https://jira.example.com/rest/api/2/issue", "issue type is required",
           {"errorMessages": [], "errors": {"issuetype": "issue type is required"}}),
      U("MISSING_PARAMETER"), "POST https://jira.example.com/rest/api/2/issue"),
    D("jira_myself", {}, jira(401, "https://jira.example.com/rest/api/2/myself", "Unauthorized (401)",
                             {"errorMessages": ["You are not authenticated. Authentication required to perform this operation."], "errors": {}}),
      I("auth"), "GET https://jira.example.com/rest/api/2/myself"),
    D("jira_search", {"jql": "project = OPS"},
      jira(503, "https://jira.example.com/rest/api/2/search", "Service Unavailable",
           {"errorMessages": ["Jira is temporarily unavailable. Please try again later."], "errors": {}}),
      I("server_error"), "POST https://jira.example.com/rest/api/2/search"),
    # kubernetes-client
    D("k8s_pod_get", {"name": "web-7f9c", "namespace": "prod"},
      k8s(404, "Not Found", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "pods \"web-7f9c\" not found", "reason": "NotFound", "details": {"name": "web-7f9c", "kind": "pods"}, "code": 404}),
      U("INCORRECT_PARAMETER"), "GET /api/v1/namespaces/prod/pods/web-7f9c"),
    D("k8s_configmap_create", {"name": "app-config", "namespace": "preview-401"},
      k8s(404, "Not Found", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "namespaces \"preview-401\" not found", "reason": "NotFound", "details": {"name": "preview-401", "kind": "namespaces"}, "code": 404}),
      U("MISSING_PREREQUISITE"), "POST /api/v1/namespaces/preview-401/configmaps"),
    D("k8s_secret_create", {"name": "registry-creds", "namespace": "ci"},
      k8s(409, "Conflict", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "secrets \"registry-creds\" already exists", "reason": "AlreadyExists", "details": {"name": "registry-creds", "kind": "secrets"}, "code": 409}),
      U("WORKFLOW_SEQUENCE"), "POST /api/v1/namespaces/ci/secrets"),
    D("k8s_pod_list", {"namespace": "prod"},
      k8s(403, "Forbidden", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "pods is forbidden: User \"system:serviceaccount:ci:agent\" cannot list resource \"pods\" in API group \"\" in the namespace \"prod\"", "reason": "Forbidden", "details": {"kind": "pods"}, "code": 403}),
      I("permission"), "GET /api/v1/namespaces/prod/pods"),
    D("k8s_deployment_create", {"name": "Web_App", "namespace": "dev"},
      k8s(422, "Unprocessable Entity", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "Deployment.apps \"Web_App\" is invalid: metadata.name: Invalid value: \"Web_App\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')", "reason": "Invalid", "details": {"name": "Web_App", "group": "apps", "kind": "Deployment", "causes": [{"reason": "FieldValueInvalid", "message": "Invalid value: \"Web_App\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters", "field": "metadata.name"}]}, "code": 422}),
      U("PARAMETER_FORMAT"), "POST /apis/apps/v1/namespaces/dev/deployments"),
    D("k8s_pod_list", {"namespace": "default"},
      "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.ocp.example.com', port=6443): Max retries exceeded with url: /api/v1/namespaces/default/pods (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))",
      I("network"), "GET /api/v1/namespaces/default/pods"),
    D("k8s_node_list", {},
      k8s(401, "Unauthorized", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "Unauthorized", "reason": "Unauthorized", "code": 401}),
      I("auth"), "GET /api/v1/nodes"),
    # MCP servers / agent wrappers
    D("gitlab_issue_create", {"project_id": "acme/web"},
      'MCP error -32602: Invalid arguments for tool create_issue: [\n  {\n    "code": "invalid_type",\n    "expected": "string",\n    "received": "undefined",\n    "path": [\n      "title"\n    ],\n    "message": "Required"\n  }\n]',
      U("MISSING_PARAMETER"), "tools/call create_issue"),
    D("gitlab_mr_list", {"project_id": "acme/web"}, "MCP error -32601: Tool list_merge_request not found",
      U("WRONG_TOOL_SELECTION"), "tools/call list_merge_request"),
    D("jira_search", {"jql": "assignee = currentUser()"}, "MCP error -32001: Request timed out",
      I("timeout"), "tools/call jira_search"),
    D("github_file_get", {"owner": "acme", "repo": "widgets", "path": "src/eof_reader.py"},
      'Error executing tool get_file_contents: Not Found: Resource not found: {"message":"Not Found","documentation_url":"https://docs.github.com/rest/repos/contents#get-repository-content","status":"404"}',
      U("INCORRECT_PARAMETER"), "tools/call get_file_contents"),
    D("gitlab_issue_create", {"project": "acme/web"},
      "Error: 1 validation error for gitlab_issue_create\ntitle\n  Field required [type=missing, input_value={'project': 'acme/web'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.9/v/missing\n Please fix your mistakes.",
      U("MISSING_PARAMETER"), "gitlab_issue_create(project='acme/web')"),
    D("gitlab_mr_create", {"source_branch": "x"}, "create_merge_request is not a valid tool, try one of [gitlab_mr_create, gitlab_issue_create, git_push].",
      U("WRONG_TOOL_SELECTION"), "create_merge_request(source_branch='x')"),
    D("jira_issue_transition", {"issue": "OPS-12", "transition": "Done"},
      "Error: ToolException('Transition \"Done\" is not available for OPS-12. Available transitions: Start Progress, Resolve Issue')\n Please fix your mistakes.",
      U("INCORRECT_PARAMETER"), "jira_issue_transition(issue='OPS-12', transition='Done')"),
    D("gitlab_issue_create", {}, 'Invalid JSON input for tool gitlab_issue_create: {"project_id": 77, "title": "Flaky test", "labels": [bug]}',
      U("PARAMETER_FORMAT"), "gitlab_issue_create"),
    D("http_get", {"url": "https://quay.io/api/v1/repository/acme/web"},
      "An error occurred while running the tool. Please try again. Error: HTTPSConnectionPool(host='quay.io', port=443): Max retries exceeded with url: /api/v1/repository/acme/web (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))",
      I("tls"), "GET https://quay.io/api/v1/repository/acme/web"),
    D("openai_chat", {"model": "gpt-4o"},
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29500, Requested 1200. Please try again in 1.4s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}",
      I("rate_limit"), "POST https://api.openai.com/v1/chat/completions"),
    D("openai_chat", {"model": "gpt-4o-mini"},
      "openai.InternalServerError: Error code: 503 - {'error': {'message': 'The engine is currently overloaded, please try again later', 'type': 'server_error', 'param': None, 'code': None}}",
      I("server_error"), "POST https://api.openai.com/v1/chat/completions"),
    # httpx / aiohttp / axios
    D("http_get", {"url": "https://gitlab.example.com/api/v4/projects/99"},
      "httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://gitlab.example.com/api/v4/projects/99'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404",
      U("INCORRECT_PARAMETER"), "GET https://gitlab.example.com/api/v4/projects/99"),
    D("http_get", {"url": "https://registry.example.com/v2/_catalog"},
      "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://registry.example.com/v2/_catalog'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503",
      I("server_error"), "GET https://registry.example.com/v2/_catalog"),
    D("http_get", {"url": "https://vault.example.com/v1/secret/data/ci"}, "httpx.ReadTimeout: The read operation timed out",
      I("timeout"), "GET https://vault.example.com/v1/secret/data/ci"),
    D("http_get", {"url": "http://127.0.0.1:47889/healthz"},
      "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host 127.0.0.1:47889 ssl:default [Connect call failed ('127.0.0.1', 47889)]",
      I("network"), "GET http://127.0.0.1:47889/healthz"),
    D("http_get", {"url": "https://gitlab.internal.example.com/api/v4/version"},
      "aiohttp.client_exceptions.ClientConnectorCertificateError: Cannot connect to host gitlab.internal.example.com:443 ssl:True [SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')]",
      I("tls"), "GET https://gitlab.internal.example.com/api/v4/version"),
    D("http_post", {"url": "https://api.example.com/v1/jobs"},
      "aiohttp.client_exceptions.ClientResponseError: 422, message='Unprocessable Entity', url='https://api.example.com/v1/jobs'",
      U("PARAMETER_FORMAT"), "POST https://api.example.com/v1/jobs"),
    D("http_fetch", {"url": "https://api.example.com/v1/reports?from=2024-01-01"},
      "AxiosError: timeout of 5000ms exceeded\n    at RedirectableRequest.handleRequestTimeout (node_modules/axios/lib/adapters/http.js:647:16)\n  code: 'ECONNABORTED'",
      I("timeout"), "GET https://api.example.com/v1/reports?from=2024-01-01"),
    # Go clients / gh / glab
    D("skopeo_inspect", {"image": "docker://quay.corpus5.invalid/acme/web:1.4"},
      'time="2025-03-04T10:12:31Z" level=fatal msg="Error parsing image name \\"docker://quay.corpus5.invalid/acme/web:1.4\\": pinging container registry quay.corpus5.invalid: Get \\"https://quay.corpus5.invalid/v2/\\": dial tcp: lookup quay.corpus5.invalid: no such host"',
      I("dns"), "skopeo inspect docker://quay.corpus5.invalid/acme/web:1.4"),
    D("oc_login", {"server": "https://api.ocp.example.com:6443"},
      "error: tls: failed to verify certificate: x509: certificate signed by unknown authority",
      I("tls"), "oc login https://api.ocp.example.com:6443"),
    D("helm_install", {"release": "web", "chart": "oci://registry.example.com/charts/web"},
      'Error: INSTALLATION FAILED: failed to do request: Head "https://registry.example.com/v2/charts/web/manifests/1.2.0": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      I("timeout"), "helm install web oci://registry.example.com/charts/web --version 1.2.0"),
    D("terraform_plan", {},
      'Error: Get "http://127.0.0.1:47889/v1/state": dial tcp 127.0.0.1:47889: connect: connection refused',
      I("network"), "terraform plan"),
    D("gh_pr_view", {"number": 4031}, "GraphQL: Could not resolve to a PullRequest with the number of 4031. (repository.pullRequest)",
      U("INCORRECT_PARAMETER"), "gh pr view 4031"),
    D("glab_mr_create", {"source_branch": "feature/x"},
      "POST https://gitlab.example.com/api/v4/projects/acme%2Fweb/merge_requests: 409 {message: [Another open merge request already exists for this source branch: !61]}",
      U("WORKFLOW_SEQUENCE"), "glab mr create --source-branch feature/x --fill"),
    D("gh_api", {"endpoint": "repos/acme/widgets/actions/secrets"}, "gh: Resource not accessible by integration (HTTP 403)",
      I("permission"), "gh api repos/acme/widgets/actions/secrets"),
    D("docker_push", {"image": "registry.example.com/acme/web:1.4"},
      "denied: requested access to the resource is denied", I("permission"), "docker push registry.example.com/acme/web:1.4"),
    D("docker_build", {"tag": "web:dev"},
      "ERROR: failed to solve: failed to copy files: copy file range failed: no space left on device", I("resource"),
      "docker build -t web:dev ."),
]


def main() -> None:
    start_helpers()
    for fn in (git_cases, python_cases, python_net_cases, node_cases, curl_cases, psql_cases, redis_cases,
               sqlite_cases, build_cases, file_cases):
        try:
            fn()
        except Exception as exc:  # keep going: one broken family must not lose the rest
            note(f"{fn.__name__} aborted: {exc!r}")
    for row in ROWS + DOCUMENTED:
        print(json.dumps(row, ensure_ascii=False))
    note(f"{len(ROWS)} generated rows, {len(DOCUMENTED)} documented rows")


if __name__ == "__main__":
    main()
