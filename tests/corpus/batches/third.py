"""Batch "third": a third blind batch of labelled tool errors (held-out check of the classifier).

Written without looking at the classifier's rules or at the other corpus files' messages: Python
exceptions and tooling, git, make, sqlite3/psql/mariadb, redis-cli, curl against
FastAPI/DRF/Rails/Spring/nginx/Cloudflare-style error pages, node, javac/java, gcc/g++, rustc/cargo.
Cases share set-up state (one scratch tree, repositories changed between cases), so they run in
order as they are defined.  ``python -m tests.corpus.generate --batch third -o tests/corpus/third_errors.jsonl``
(the hand-written ``DOCUMENTED`` rows are appended; ``--no-documented`` leaves them out).

Local helpers on 127.0.0.1: HTTP with realistic JSON/HTML error bodies (47841), the same behind
TLS with a self-signed certificate (47842), a listener that never answers (47843), a closed port
(47844) and a listener that resets connections (47845).  Redis (keys ``corpus3:*`` only, deleted
at the end), PostgreSQL (``-U postgres -d test``) and MariaDB (root, db ``test``) get failing or
read-only statements only.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys

from tests.corpus.harness.normalise import Normaliser, noise
from tests.corpus.harness.rows import Row, documented
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import Sandbox, can_setpriv, have, python_with
from tests.corpus.harness.servers import Helpers, Reply, Request, self_signed

NAME = "third"
ALIAS = "/tmp/corpus3"
HTTP_PORT, HTTPS_PORT, HANG_PORT, CLOSED_PORT, RESET_PORT = 47841, 47842, 47843, 47844, 47845
PY = sys.executable


def normaliser(root: str) -> Normaliser:
    return Normaliser(
        root, ALIAS,
        subs=((re.compile(r"pip-req-build-[a-z0-9_]+"), "pip-req-build-xxxxxxxx"),
              (re.compile(r"/tmp/cc[A-Za-z0-9]{6}\.o"), "/tmp/ccXXXXXX.o"))
        + noise(r"^WARNING: Location '[^']*' is ignored: it is neither a file nor a directory\.\n?"),
        drop_containing=("Unknown user config", "A complete log of this run"),
        drop_prefixes=("npm notice", "Looking in indexes", "Looking in links", "[notice]"),
        head=600, tail=900)


def base_env() -> dict[str, str]:
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", NO_COLOR="1", GIT_TERMINAL_PROMPT="0",
               npm_config_update_notifier="false", npm_config_fund="false", npm_config_audit="false",
               PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    return env


# --------------------------------------------------------------------------- local helpers

def html(title: str, body: str) -> str:
    return f"<!DOCTYPE html>\n<html>\n<head><title>{title}</title></head>\n<body>\n{body}\n</body>\n</html>\n"


NGINX_FOOT = "<hr><center>nginx/1.24.0</center>"
CF_PAGE = ('<!DOCTYPE html>\n<html lang="en-US">\n<head><title>{host} | {code}: {title}</title></head>\n<body>\n'
           '<div id="cf-error-details"><h1><span class="inline-block">{title}</span>'
           '<span class="code-label">Error code {code}</span></h1>\n<p>Visit <a href="https://www.cloudflare.com/5xx-error-landing">'
           'cloudflare.com</a> for more information.</p>\n<div class="cf-error-footer">Cloudflare Ray ID: <strong>8a1f2c3d4e5f6a7b</strong>'
           ' &bull; Your IP: 203.0.113.7 &bull; Performance &amp; security by Cloudflare</div>\n<p>{text}</p></div>\n</body>\n</html>\n')
HEROKU_PAGE = ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>Application Error</title></head>\n<body>\n'
               '<iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe>\n</body>\n</html>\n')
HEROKU_NOAPP = ('<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>Heroku | No such app</title></head>\n<body>\n'
                '<iframe src="//www.herokucdn.com/error-pages/no-such-app.html"></iframe>\n</body>\n</html>\n')

J = "application/json"
H = "text/html; charset=utf-8"
# path -> (status, content type, body, extra headers)
ROUTES: dict[str, tuple] = {
    "/fastapi/users": (422, J, {"detail": [{"type": "missing", "loc": ["body", "email"], "msg": "Field required",
                                            "input": {"name": "Ada", "role": "admin"}}]}, {}),
    "/fastapi/items": (422, J, {"detail": [{"type": "int_parsing", "loc": ["query", "limit"],
                                            "msg": "Input should be a valid integer, unable to parse string as an integer",
                                            "input": "ten"}]}, {}),
    "/fastapi/reports": (422, J, {"detail": [{"type": "enum", "loc": ["query", "order"],
                                              "msg": "Input should be 'asc' or 'desc'", "input": "ascending",
                                              "ctx": {"expected": "'asc' or 'desc'"}}]}, {}),
    "/fastapi/events": (422, J, {"detail": [{"type": "datetime_from_date_parsing", "loc": ["body", "starts_at"],
                                             "msg": "Input should be a valid datetime or date, invalid character in year",
                                             "input": "tomorrow 9am"}]}, {}),
    "/drf/accounts": (400, J, {"email": ["Enter a valid email address."], "phone": ["Ensure this field has no more than 15 characters."]}, {}),
    "/drf/projects": (400, J, {"name": ["This field is required."], "owner": ["This field may not be null."]}, {}),
    "/drf/projects/9137": (404, J, {"detail": "Not found."}, {}),
    "/drf/admin/audit": (403, J, {"detail": "You do not have permission to perform this action."}, {}),
    "/drf/me": (401, J, {"detail": "Authentication credentials were not provided."}, {"WWW-Authenticate": 'Token'}),
    "/drf/search": (429, J, {"detail": "Request was throttled. Expected available in 37 seconds."}, {"Retry-After": "37"}),
    "/drf/tags": (400, J, {"slug": ["tag with this slug already exists."]}, {}),
    "/rails/posts": (422, J, {"errors": {"title": ["can't be blank"], "body": ["is too short (minimum is 10 characters)"]}}, {}),
    "/rails/users": (422, J, {"errors": ["Username has already been taken"]}, {}),
    "/rails/orders/77/ship": (422, J, {"error": "Order must be paid before it can be shipped", "status": 422}, {}),
    "/rails/dashboard": (500, H, html("We're sorry, but something went wrong (500)",
                                      "<div class=\"dialog\"><h1>We're sorry, but something went wrong.</h1></div>\n"
                                      "<p>If you are the application owner check the logs for more information.</p>"), {}),
    "/spring/orders/abc": (400, J, {"timestamp": "2024-05-14T09:12:44.512+00:00", "status": 400, "error": "Bad Request",
                                    "message": "Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long'; For input string: \"abc\"",
                                    "path": "/api/orders/abc"}, {}),
    "/spring/orders": (415, J, {"timestamp": "2024-05-14T09:13:02.101+00:00", "status": 415, "error": "Unsupported Media Type",
                                "message": "Content-Type 'application/x-www-form-urlencoded;charset=UTF-8' is not supported.",
                                "path": "/api/orders"}, {}),
    "/spring/invoices/12": (500, J, {"timestamp": "2024-05-14T09:14:55.873+00:00", "status": 500, "error": "Internal Server Error",
                                     "trace": "org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection",
                                     "path": "/api/invoices/12"}, {}),
    "/spring/customers": (400, J, {"timestamp": "2024-05-14T09:15:31.007+00:00", "status": 400, "error": "Bad Request",
                                   "message": "Required request parameter 'customerId' for method parameter type Long is not present",
                                   "path": "/api/customers"}, {}),
    "/express/api/v2/widgets": (404, H, html("Error", "<pre>Cannot GET /api/v2/widgets</pre>"), {}),
    "/express/api/login": (400, H, html("Error", "<pre>SyntaxError: Unexpected token } in JSON at position 27<br> &nbsp; &nbsp;at JSON.parse (&lt;anonymous&gt;)<br> &nbsp; &nbsp;at parse (/app/node_modules/body-parser/lib/types/json.js:89:19)</pre>"), {}),
    "/nginx/502": (502, H, html("502 Bad Gateway", "<center><h1>502 Bad Gateway</h1></center>\n" + NGINX_FOOT), {}),
    "/nginx/504": (504, H, html("504 Gateway Time-out", "<center><h1>504 Gateway Time-out</h1></center>\n" + NGINX_FOOT), {}),
    "/nginx/503": (503, H, html("503 Service Temporarily Unavailable", "<center><h1>503 Service Temporarily Unavailable</h1></center>\n" + NGINX_FOOT), {}),
    "/nginx/413": (413, H, html("413 Request Entity Too Large", "<center><h1>413 Request Entity Too Large</h1></center>\n" + NGINX_FOOT), {}),
    "/cf/520": (520, H, CF_PAGE.format(host="api.example.com", code=520, title="Web server is returning an unknown error",
                                      text="There is an unknown connection issue between Cloudflare and the origin web server."), {}),
    "/cf/522": (522, H, CF_PAGE.format(host="api.example.com", code=522, title="Connection timed out",
                                      text="The initial connection between Cloudflare's network and the origin web server timed out."), {}),
    "/cf/524": (524, H, CF_PAGE.format(host="api.example.com", code=524, title="A timeout occurred",
                                      text="The origin web server timed out responding to this request."), {}),
    "/cf/1015": (429, H, CF_PAGE.format(host="api.example.com", code=1015, title="You are being rate limited",
                                       text="The owner of this website (api.example.com) has banned you temporarily from accessing this website."), {}),
    "/cf/1020": (403, H, CF_PAGE.format(host="api.example.com", code=1020, title="Access denied",
                                       text="This website is using a security service to protect itself from online attacks."), {}),
    "/heroku/app": (503, H, HEROKU_PAGE, {"Server": "Cowboy", "Via": "1.1 vegur"}),
    "/heroku/noapp": (404, H, HEROKU_NOAPP, {"Server": "Cowboy"}),
    "/api/v1/timeout_policies/401": (404, J, {"error": {"code": "not_found", "message": "No timeout policy with id 401"}}, {}),
    "/api/v1/certs": (400, J, {"error": "invalid_request", "error_description": "ssl_mode must be one of: disable, allow, require, verify-full; got 'strict'"}, {}),
    "/api/v1/uploads": (403, J, {"error": {"code": "QuotaExceeded", "message": "Storage quota exceeded for organization acme (10.0 GiB of 10.0 GiB used)"}}, {}),
    "/api/v1/token": (401, J, {"error": "invalid_token", "error_description": "The access token expired"},
                      {"WWW-Authenticate": 'Bearer error="invalid_token", error_description="The access token expired"'}),
    "/api/v1/exports": (408, J, {"error": "Request Timeout", "message": "Client did not complete the request body within 30s"}, {}),
    "/api/v1/maintenance": (503, J, {"status": "maintenance", "message": "Scheduled maintenance in progress, retry after 02:00 UTC"}, {"Retry-After": "3600"}),
    "/api/v1/repos": (409, J, {"code": "conflict", "message": "Repository 'infra-tools' already exists in workspace 'acme'"}, {}),
    "/api/v1/graphql": (200, J, {"errors": [{"message": "Cannot query field \"titel\" on type \"Issue\". Did you mean \"title\"?",
                                             "locations": [{"line": 1, "column": 18}], "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}}]}, {}),
    # fake npm registry and git smart-http endpoints
    "/npm401/left-pad": (401, J, {"error": "unauthorized: authentication required"}, {"WWW-Authenticate": 'Basic realm="npm"'}),
    "/npm403/left-pad": (403, J, {"error": "forbidden: user ci-bot is not allowed to access package left-pad"}, {}),
    "/npm500/left-pad": (500, J, {"error": "internal server error"}, {}),
    "/git401/app.git/info/refs": (401, "text/plain", "Unauthorized\n", {"WWW-Authenticate": 'Basic realm="git"'}),
    "/git403/app.git/info/refs": (403, "text/plain", "Forbidden\n", {}),
    "/git500/app.git/info/refs": (500, "text/plain", "Internal Server Error\n", {}),
}



def route(req: Request) -> Reply:
    path = req.target.split("?")[0]
    status, ctype, body, extra = ROUTES.get(path, (404, J, {"error": "not found", "path": path}, {}))
    return Reply(status, body if isinstance(body, str) else json.dumps(body), ctype, extra)


def start_helpers(helpers: Helpers, box: Sandbox) -> None:
    helpers.http(HTTP_PORT, route)
    if have("openssl"):
        tls = box.mkdir("tls")
        helpers.http(HTTPS_PORT, route, tls=self_signed(f"{tls}/cert.pem", f"{tls}/key.pem", "internal.example.test", 2))
    helpers.hang(HANG_PORT)
    helpers.reset(RESET_PORT)


# --------------------------------------------------------------------------- fixtures

def git_repo(box: Sandbox, name: str, files: dict[str, str] | None = None) -> str:
    return box.git_repo(name, files, message="initial", identity=("Dev", "dev@example.com"))


def fixtures(r: Run, box: Sandbox) -> None:
    os.makedirs(box.path("work"), exist_ok=True)
    box.write("work/data.csv", "id,name,city\n1,ada,london\n2,linus,helsinki\n")
    box.write("work/README.md", "# demo\n")
    box.write("work/config.json", "")
    box.write("work/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256)))
    box.write("work/build.sh", "#!/bin/bash\nset -e\necho building\n", 0o644)
    box.write("work/deploy.sh", "#!/bin/bash\necho deploying\n", 0o644)
    os.makedirs(box.path("work", "src"), exist_ok=True)
    box.write("work/src/main.c", "#include <stdio.h>\nint helper(int);\nint main(void){ printf(\"%d\\n\", helper(2)); return 0; }\n")
    box.write("work/notes/todo.txt", "x\n")
    box.write("work/cli.py", '''import argparse
p = argparse.ArgumentParser(prog="deploy_ssl.py", description="Rotate TLS certificates")
sub = p.add_subparsers(dest="cmd", required=True)
r = sub.add_parser("rotate")
r.add_argument("--env", required=True, choices=["dev", "staging", "prod"])
r.add_argument("--timeout", type=float, default=30.0)
r.add_argument("--replicas", type=int, default=1)
g = r.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--yaml", action="store_true")
r.add_argument("-o", "--output")
sub.add_parser("status").add_argument("cluster")
p.parse_args()
''')


# --------------------------------------------------------------------------- cases

def python_cases(r: Run, box: Sandbox) -> None:
    py = [PY, "-c"]

    def pyc(tool, code, label, params=None, **kw):
        r.case(tool, params if params is not None else {"code": code}, py + [code], label,
             display=kw.pop("display", None) or "python -c " + shlex.quote(code), **kw)

    pyc("python_exec", "print('total:', sum([1, 2, 3])", "PARAMETER_FORMAT")
    pyc("python_exec", "import json\nrows = lodas(open('data.csv').read())", "INCORRECT_PARAMETER")
    pyc("python_exec", "from json import loadz", "INCORRECT_PARAMETER")
    pyc("python_exec", "import timeout_decorator\n@timeout_decorator.timeout(5)\ndef f(): pass", "MISSING_PREREQUISITE")
    pyc("python_exec", "def fetch(url, retries):\n    pass\nfetch('https://example.com', 3, True)", "PARAMETER_FORMAT")
    pyc("python_exec", "def connect(host, port, eof_marker):\n    pass\nconnect('db.internal', 5432)", "MISSING_PARAMETER")
    pyc("python_exec", "total = 'count: ' + 42", "PARAMETER_FORMAT")
    pyc("python_exec", "name, version = 'requests==2.31.0==x'.split('==')", "PARAMETER_FORMAT")
    pyc("python_exec", "port = int('80a0')", "PARAMETER_FORMAT")
    pyc("python_exec", "import json\njson.loads(\"{'ssl': true}\")", "PARAMETER_FORMAT")
    pyc("python_exec", "import json\ncfg = json.load(open('config.json'))", "PARAMETER_FORMAT")
    pyc("python_exec", "import os\nos.mkdir('src')", "WORKFLOW_SEQUENCE")
    pyc("python_exec", "print(open('notes').read())", "WRONG_TOOL_SELECTION")
    pyc("python_exec", "open('README.md/sections.txt').read()", "INCORRECT_PARAMETER")
    pyc("python_exec", "import pandas_timeout_utils", "MISSING_PREREQUISITE")
    pyc("python_exec", "with open('reports/2024/q1.csv') as f:\n    print(f.read())", "INCORRECT_PARAMETER")
    pyc("python_exec", "with open('/dev/full', 'w') as f:\n    f.write('x' * 100000)", "resource")
    pyc("python_exec", "open('x' * 300 + '.log', 'w')", "PARAMETER_FORMAT")
    pyc("python_exec", "import os\nos.rename('data.csv', '/dev/shm/data.csv')", "WRONG_TOOL_SELECTION")
    pyc("python_exec", "import socket\nsocket.create_connection(('127.0.0.1', %d), timeout=3)" % CLOSED_PORT, "network")
    pyc("python_exec", "import socket\nsocket.create_connection(('127.0.0.1', %d), timeout=1).recv(10)" % HANG_PORT, "timeout")
    pyc("python_exec", "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:%d/', timeout=3).read()" % RESET_PORT, "network")
    pyc("python_exec", "import urllib.request\nurllib.request.urlopen('https://127.0.0.1:%d/health', timeout=3)" % HTTPS_PORT, "tls")
    pyc("python_exec", "import urllib.request\nurllib.request.urlopen('http://metrics.corpus3.invalid/api', timeout=3)", "dns")
    pyc("python_exec", "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:%d/drf/search?q=x')" % HTTP_PORT, "rate_limit")
    pyc("python_exec", "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:%d/nginx/502')" % HTTP_PORT, "server_error")
    pyc("python_exec", "import subprocess\nsubprocess.run(['kustomize', 'build', 'overlays/prod'], check=True)", "MISSING_PREREQUISITE")
    pyc("python_exec", "import subprocess\nsubprocess.run(['git', 'diff', '--exit-code', 'HEAD~3'], check=True)", "INCORRECT_PARAMETER",
        cwd=git_repo(box, "py_git_repo"))
    pyc("python_exec", "def walk(n):\n    return walk(n + 1)\nwalk(0)", "INCORRECT_PARAMETER")
    pyc("python_exec", "print('naïve café ✓')", "PARAMETER_FORMAT", env={"PYTHONIOENCODING": "ascii"})
    pyc("python_exec", "print(open('image.png').read())", "WRONG_TOOL_SELECTION")
    pyc("python_exec", "settings = {'timeout': 30}\nprint(settings['ssl_verify'])", "INCORRECT_PARAMETER")
    pyc("python_exec", "import os\nprint(os.getcwdu())", "INCORRECT_PARAMETER")
    pyc("python_exec", "args = []\nprint(args[0])", "MISSING_PARAMETER")
    pyc("python_exec", "import datetime\ndatetime.datetime.strptime('2024-31-12', '%Y-%m-%d')", "PARAMETER_FORMAT")
    pyc("python_exec", "import re\nre.compile('(?P<year>\\d{4}')", "PARAMETER_FORMAT")
    pyc("python_exec", "import resource\nresource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))\nfiles = [open('data.csv') for _ in range(64)]", "resource")
    pyc("python_exec", "import resource\nresource.setrlimit(resource.RLIMIT_AS, (300 << 20, 300 << 20))\nbuf = bytearray(1 << 30)", "resource")
    pyc("python_exec", "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', %d))" % HTTP_PORT, "WORKFLOW_SEQUENCE")
    pyc("python_exec", "open('/root/.bash_history').read()", "permission", nobody=True, cwd="/tmp")
    pyc("python_exec", "import os\nos.makedirs('/var/lib/app/cache')", "permission", nobody=True, cwd="/tmp")
    ro = box.path("ro")
    os.makedirs(ro, exist_ok=True)
    code = "open('%s/out.json', 'w').write('{}')" % ro
    r.case("python_exec", {"code": code}, ["unshare", "-m", "sh", "-c", f"mount --bind -o ro {ro} {ro} && exec {PY} -c \"$0\"", code],
         "read_only", display="python -c " + shlex.quote(code), needs=("unshare",))

    # scripts
    r.case("python_run", {"script": "build.sh"}, [PY, "build.sh"], "WRONG_TOOL_SELECTION")
    box.write("work/bin/tool", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64)
    r.case("python_run", {"script": "bin/tool"}, [PY, "bin/tool"], "WRONG_TOOL_SELECTION")
    r.case("python_run", {"script": "scripts/migrate.py"}, [PY, "scripts/migrate.py"], "INCORRECT_PARAMETER")
    r.case("python_module", {"module": "black", "args": ["."]}, [PY, "-m", "black", "."], "MISSING_PREREQUISITE")
    r.case("python_run", {"script": "cli.py", "args": ["rotate"]}, [PY, "cli.py", "rotate"], "MISSING_PARAMETER")
    r.case("python_run", {"script": "cli.py", "args": ["rotate", "--env", "production"]}, [PY, "cli.py", "rotate", "--env", "production"], "INCORRECT_PARAMETER")
    r.case("python_run", {"script": "cli.py", "args": ["rotate", "--env", "dev", "--timeout", "ten"]},
         [PY, "cli.py", "rotate", "--env", "dev", "--timeout", "ten"], "PARAMETER_FORMAT")
    r.case("python_run", {"script": "cli.py", "args": ["rotate", "--env", "dev", "--replicas", "2.5"]},
         [PY, "cli.py", "rotate", "--env", "dev", "--replicas", "2.5"], "PARAMETER_FORMAT")
    r.case("python_run", {"script": "cli.py", "args": ["rotate", "--env", "dev", "--json", "--yaml"]},
         [PY, "cli.py", "rotate", "--env", "dev", "--json", "--yaml"], "PARAMETER_FORMAT")
    r.case("python_run", {"script": "cli.py", "args": ["rotate", "--env", "dev", "-o"]},
         [PY, "cli.py", "rotate", "--env", "dev", "-o"], "MISSING_PARAMETER")
    r.case("python_run", {"script": "cli.py", "args": ["status", "--verbose", "eu-1"]},
         [PY, "cli.py", "status", "--verbose", "eu-1"], "PARAMETER_FORMAT")
    r.case("python_run", {"script": "cli.py", "args": ["renew"]}, [PY, "cli.py", "renew"], "WRONG_TOOL_SELECTION")

    # venv
    r.case("python_venv", {"path": "/dev/null/venv"}, [PY, "-m", "venv", "/dev/null/venv"], "INCORRECT_PARAMETER")
    r.case("python_venv", {}, [PY, "-m", "venv"], "MISSING_PARAMETER")
    r.case("python_venv", {"path": "/opt/venvs/app"}, [PY, "-m", "venv", "/opt/venvs/app"], "permission", nobody=True, cwd="/tmp")

    # pytest
    tdir = box.path("ptest")
    box.write(os.path.join(tdir, "tests", "test_api.py"), "def test_ok():\n    assert 1\n\ndef test_db(db_session):\n    assert db_session\n")
    box.write(os.path.join(tdir, "tests", "test_client.py"), "import httpx_mock_corpus\n\ndef test_x():\n    pass\n")
    vpy = (python_with("pytest") or PY)

    def pt(args, label, params):
        r.case("pytest", params, [vpy, "-m", "pytest", "-q", "-p", "no:cacheprovider"] + args, label, cwd=tdir,
             display="python -m pytest -q " + shlex.join(args))
    pt(["tests/test_models.py"], "INCORRECT_PARAMETER", {"path": "tests/test_models.py"})
    pt(["--timeout=30", "tests/test_api.py"], "PARAMETER_FORMAT", {"path": "tests/test_api.py", "args": ["--timeout=30"]})
    pt(["-k", "api and or db", "tests/test_api.py"], "PARAMETER_FORMAT", {"path": "tests/test_api.py", "keyword": "api and or db"})
    pt(["tests/test_api.py::test_login"], "INCORRECT_PARAMETER", {"path": "tests/test_api.py::test_login"})
    pt(["--maxfail=few", "tests/test_api.py"], "PARAMETER_FORMAT", {"path": "tests/test_api.py", "args": ["--maxfail=few"]})
    pt(["tests/test_api.py::test_db"], "INCORRECT_PARAMETER", {"path": "tests/test_api.py::test_db"})
    pt(["tests/test_client.py"], "MISSING_PREREQUISITE", {"path": "tests/test_client.py"})


def pip_cases(r: Run, box: Sandbox) -> None:
    pip = [PY, "-m", "pip"]
    # never let a case install anything: no config (extra indexes, find-links), and --dry-run on the index cases
    env = {"PIP_NO_INPUT": "1", "PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": "", "PIP_EXTRA_INDEX_URL": "", "PIP_INDEX_URL": ""}
    safe = ["--isolated", "--disable-pip-version-check", "--dry-run", "--no-deps", "--retries", "1", "--timeout", "2"]

    def p(args, label, params, **kw):
        r.case(kw.pop("tool", "pip_install"), params, pip + args, label, env=env, display="pip " + shlex.join(args), **kw)
    p(["install", "--no-index", "fastapi-ssl-redirectz"], "INCORRECT_PARAMETER", {"package": "fastapi-ssl-redirectz"})
    p(["install", "requests[security"], "PARAMETER_FORMAT", {"package": "requests[security"})
    p(["install", "flask=2.3.2"], "PARAMETER_FORMAT", {"package": "flask=2.3.2"})
    p(["uninstall", "-y", "django-timeout-middleware"], "INCORRECT_PARAMETER", {"package": "django-timeout-middleware"},
      tool="pip_uninstall", ok=True)
    box.write("work/requirements.txt", "requests==2.31.0\nclick>=8\nuvicorn[standard] (>=0.23\n")
    p(["install", "--no-index", "-r", "requirements.txt"], "PARAMETER_FORMAT", {"requirements": "requirements.txt"})
    p(["install", "-r", "requirements-dev.txt"], "INCORRECT_PARAMETER", {"requirements": "requirements-dev.txt"})
    os.makedirs(box.path("emptyproj"), exist_ok=True)
    p(["install", "--no-index", "-e", "."], "MISSING_PREREQUISITE", {"editable": "."}, cwd=box.path("emptyproj"))
    p(["install", "--upgrade-all"], "PARAMETER_FORMAT", {"args": ["--upgrade-all"]})
    p(["show", "pyyaml-include-eof"], "INCORRECT_PARAMETER", {"package": "pyyaml-include-eof"}, tool="pip_show")
    p(["instal", "requests"], "WRONG_TOOL_SELECTION", {"subcommand": "instal"}, tool="pip")
    p(["install", "--no-index", "--find-links", "wheels/", "httpx"], "INCORRECT_PARAMETER", {"package": "httpx", "find_links": "wheels/"})
    for port, scheme, label in ((CLOSED_PORT, "http", "network"), (HTTPS_PORT, "https", "tls"), (HANG_PORT, "http", "timeout")):
        index = f"{scheme}://127.0.0.1:{port}/simple"
        p(["install"] + safe + ["--index-url", index, "tabulate"], label, {"package": "tabulate", "index_url": index})
    p(["install", "--dry-run", "--no-deps", "git+https://git.corpus3.invalid/acme/sdk.git"], "dns", {"package": "git+https://git.corpus3.invalid/acme/sdk.git"})


def git_cases(r: Run, box: Sandbox) -> None:
    g = git_repo(box, "g1", {"app.py": "def main():\n    return 1\n", "README.md": "# app\n"})
    box.sh("git branch feature/login && git tag v1.0", cwd=g)

    def git(args, label, params, tool=None, cwd=g, **kw):
        r.case(tool or "git_" + args[0].replace("-", "_"), params, ["git"] + args, label, cwd=cwd, **kw)
    git(["checkout", "-b", "feature/login"], "WORKFLOW_SEQUENCE", {"branch": "feature/login", "create": True})
    other = git_repo(box, "g_other", {"LICENSE": "MIT\n"})
    box.sh(f"git fetch -q {other} main:unrelated", cwd=g)
    git(["merge", "unrelated"], "WORKFLOW_SEQUENCE", {"branch": "unrelated"})
    git(["rebase"], "MISSING_PREREQUISITE", {})
    git(["pull"], "MISSING_PREREQUISITE", {}, tool="git_pull")
    # non-fast-forward push to a local bare repo
    bare = box.path("origin.git")
    box.sh(f"git init -q --bare -b main {bare} && git push -q {bare} main", cwd=g)
    other_clone = box.path("g_clone2")
    box.sh(f"git clone -q {bare} {other_clone} && cd {other_clone} && git -c user.email=a@b -c user.name=A commit -q --allow-empty -m other && git push -q origin main")
    box.sh(f"git remote add origin {bare} && git commit -q --allow-empty -m mine", cwd=g)
    git(["push", "origin", "main"], "WORKFLOW_SEQUENCE", {"remote": "origin", "branch": "main"})
    git(["fetch", box.path("mirrors", "app.git")], "INCORRECT_PARAMETER", {"remote": box.path("mirrors", "app.git").replace(box.root, ALIAS)})
    git(["log", "-L", "10,40:app.py"], "INCORRECT_PARAMETER", {"range": "10,40", "file": "app.py"})
    git(["log", "-L", "main:app.py:2"], "PARAMETER_FORMAT", {"range": "main:app.py:2"})
    git(["show", "4f0c2d9e81a7b3c5d6e7f8091a2b3c4d5e6f7401"], "INCORRECT_PARAMETER", {"ref": "4f0c2d9e81a7b3c5d6e7f8091a2b3c4d5e6f7401"})
    git(["grep", "-E", "def (main|run"], "PARAMETER_FORMAT", {"pattern": "def (main|run"})
    # stash pop conflict
    box.write(os.path.join(g, "app.py"), "def main():\n    return 2\n")
    box.sh("git stash -q && printf 'def main():\\n    return 3\\n' > app.py && git commit -qam three", cwd=g)
    git(["stash", "pop"], "WORKFLOW_SEQUENCE", {"action": "pop"})
    box.sh("git reset -q --hard; git stash drop -q", cwd=g)
    git(["commit", "--allow-empty", "-m", ""], "MISSING_PARAMETER", {"message": ""})
    git(["tag", "v1.0"], "WORKFLOW_SEQUENCE", {"tag": "v1.0"})
    git(["tag", "v1.1", "HEAD~9"], "INCORRECT_PARAMETER", {"tag": "v1.1", "ref": "HEAD~9"})
    git(["tag", "release/2024..1"], "PARAMETER_FORMAT", {"tag": "release/2024..1"})
    git(["reset", "--hard", "origin/mian"], "INCORRECT_PARAMETER", {"ref": "origin/mian", "mode": "hard"})
    box.sh("git checkout -q feature/login && printf 'def main():\\n    return 9\\n' > app.py && git commit -qam f9 && git checkout -q main", cwd=g)
    box.write(os.path.join(g, "app.py"), "def main():\n    return 5  # local edit\n")
    git(["checkout", "feature/login"], "WORKFLOW_SEQUENCE", {"ref": "feature/login"})
    box.sh("git reset -q --hard", cwd=g)
    git(["bisect", "log"], "WORKFLOW_SEQUENCE", {"action": "log"})
    git(["bisect", "start", "HEAD", "v0.9", "--"], "INCORRECT_PARAMETER", {"action": "start", "bad": "HEAD", "good": "v0.9"})
    git(["bisect", "skipp"], "WRONG_TOOL_SELECTION", {"action": "skipp"})
    box.sh("git bisect reset -q", cwd=g)
    git(["sparse-checkout", "add", "services/api"], "MISSING_PREREQUISITE", {"action": "add", "path": "services/api"})
    git(["switch", "v1.0"], "INCORRECT_PARAMETER", {"branch": "v1.0"})
    git(["config", "timeout"], "PARAMETER_FORMAT", {"key": "timeout"})
    os.makedirs(box.path("work", "svc"), exist_ok=True)
    box.write("work/svc/main.go", "package main\n")
    git(["clone", bare, "svc"], "WORKFLOW_SEQUENCE", {"url": bare.replace(box.root, ALIAS), "dest": "svc"}, cwd=box.path("work"))
    box.write(os.path.join(g, "fix.patch"), "diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n@@ -1,2 +1,2 @@\n def main():\n-    return 1\n+    return 4\n@@ -9,1 +9,1 @@\n-x\n")
    git(["apply", "fix.patch"], "PARAMETER_FORMAT", {"patch": "fix.patch"})
    git(["worktree", "add", "../g1-wt", "main"], "WORKFLOW_SEQUENCE", {"path": "../g1-wt", "branch": "main"})
    git(["cherry-pick", "feature/signup"], "INCORRECT_PARAMETER", {"commit": "feature/signup"})
    git(["branch", "-d", "feature/login"], "WORKFLOW_SEQUENCE", {"branch": "feature/login", "delete": True})
    git(["describe", "--tags", "--match", "v9*"], "INCORRECT_PARAMETER", {"match": "v9*"})
    git(["rev-parse", "--verify", "eof-handling"], "INCORRECT_PARAMETER", {"ref": "eof-handling"})
    git(["remote", "add", "origin", "git@github.com:acme/app.git"], "WORKFLOW_SEQUENCE", {"name": "origin", "url": "git@github.com:acme/app.git"})
    git(["blame", "services/ssl_timeout.py"], "INCORRECT_PARAMETER", {"file": "services/ssl_timeout.py"})
    # merge in progress
    m = git_repo(box, "g_merge", {"a.txt": "one\n"})
    box.sh("git checkout -qb side && echo side > a.txt && git commit -qam side && git checkout -q main && echo main > a.txt && git commit -qam main && git merge side", cwd=m)
    git(["checkout", "side"], "WORKFLOW_SEQUENCE", {"ref": "side"}, cwd=m)
    git(["pull", "--no-rebase", bare, "main"], "WORKFLOW_SEQUENCE", {"remote": bare.replace(box.root, ALIAS), "branch": "main"}, cwd=m, tool="git_pull")
    git(["rebase", "--continue"], "WORKFLOW_SEQUENCE", {"action": "continue"}, cwd=m)
    # remotes: network failures
    git(["ls-remote", f"http://127.0.0.1:{HTTP_PORT}/git401/app.git"], "auth", {"remote": f"http://127.0.0.1:{HTTP_PORT}/git401/app.git"})
    git(["clone", f"http://127.0.0.1:{HTTP_PORT}/git403/app.git", "app403"], "permission", {"url": f"http://127.0.0.1:{HTTP_PORT}/git403/app.git"}, cwd=box.path("work"))
    git(["fetch", f"http://127.0.0.1:{HTTP_PORT}/git500/app.git"], "server_error", {"remote": f"http://127.0.0.1:{HTTP_PORT}/git500/app.git"})
    git(["clone", f"http://127.0.0.1:{CLOSED_PORT}/acme/app.git", "app-closed"], "network", {"url": f"http://127.0.0.1:{CLOSED_PORT}/acme/app.git"}, cwd=box.path("work"))
    git(["ls-remote", f"https://127.0.0.1:{HTTPS_PORT}/acme/app.git"], "tls", {"remote": f"https://127.0.0.1:{HTTPS_PORT}/acme/app.git"})
    git(["ls-remote", "https://git.corpus3.invalid/acme/app.git"], "dns", {"remote": "https://git.corpus3.invalid/acme/app.git"})
    git(["ls-remote", f"http://127.0.0.1:{HANG_PORT}/acme/app.git"], "timeout", {"remote": f"http://127.0.0.1:{HANG_PORT}/acme/app.git"},
        env={"GIT_HTTP_LOW_SPEED_LIMIT": "1000", "GIT_HTTP_LOW_SPEED_TIME": "2"})
    git(["ls-remote", f"ssh://git@127.0.0.1:{CLOSED_PORT}/acme/app.git"], "network", {"remote": f"ssh://git@127.0.0.1:{CLOSED_PORT}/acme/app.git"},
        env={"GIT_SSH_COMMAND": "ssh -o BatchMode=yes -o StrictHostKeyChecking=no"})
    # permission: push as nobody into a root-owned bare repo
    nb = box.path("nobody_clone")
    nb_home = box.path("nobody_home")
    box.write(os.path.join(nb_home, ".gitconfig"), "[safe]\n\tdirectory = *\n[user]\n\temail = n@example.com\n\tname = N\n")
    box.sh(f"git clone -q {bare} {nb} && chown -R 65534:65534 {nb} {nb_home} && chmod 755 {box.root}")
    r.case("git_push", {"remote": "origin", "branch": "hotfix"}, ["git", "push", "origin", "HEAD:refs/heads/hotfix"],
         "permission", cwd=nb, nobody=True, env={"HOME": nb_home})
    # read-only .git
    rg = git_repo(box, "g_ro")
    box.write(os.path.join(rg, "new.txt"), "x\n")
    r.case("git_add", {"paths": ["new.txt"]}, ["unshare", "-m", "sh", "-c", f"mount --bind -o ro {rg} {rg} && exec git add new.txt"],
         "read_only", cwd=rg, display="git add new.txt", needs=("unshare",))


def make_cases(r: Run, box: Sandbox) -> None:
    def mk(dirname, makefile, args, label, params, extra=None):
        path = box.path("mk", dirname)
        box.write(os.path.join(path, "Makefile"), makefile)
        for rel, text in (extra or {}).items():
            box.write(os.path.join(path, rel), text)
        r.case("make", params, ["make"] + args, label, cwd=path)
    mk("recur", "all:\n\t$(MAKE) -C lib install\n", [], "INCORRECT_PARAMETER", {"target": "all"},
       {"lib/Makefile": "build:\n\t@echo build\n"})
    mk("recur2", "all:\n\t$(MAKE) -C plugins/ssl\n", [], "INCORRECT_PARAMETER", {"target": "all"})
    mk("incl", "include config.mk\nall:\n\t@echo $(PREFIX)\n", [], "MISSING_PREREQUISITE", {"target": "all"})
    mk("circ", "all: dist\ndist: build\n\tcp build/out.txt dist/\nbuild: dist\n\t@true\n", [], "INCORRECT_PARAMETER", {"target": "all"})
    mk("tabs", "build:\n    gcc -o app main.c\n", ["build"], "PARAMETER_FORMAT", {"target": "build"})
    mk("jobs", "all:\n\t@true\n", ["--jobs=auto"], "PARAMETER_FORMAT", {"target": "all", "jobs": "auto"})
    mk("err", "ifndef DEPLOY_ENV\n$(error DEPLOY_ENV is not set, run make deploy DEPLOY_ENV=staging)\nendif\ndeploy:\n\t@echo $(DEPLOY_ENV)\n",
       ["deploy"], "MISSING_PARAMETER", {"target": "deploy"})
    mk("cmd", "lint:\n\truff-timeout check src\n", ["lint"], "MISSING_PREREQUISITE", {"target": "lint"})
    mk("target", "build:\n\t@true\ntest:\n\t@true\n", ["tset"], "INCORRECT_PARAMETER", {"target": "tset"})
    r.case("make", {"makefile": "build/ci.mk"}, ["make", "-f", "build/ci.mk"], "INCORRECT_PARAMETER")
    os.makedirs(box.path("mk", "none"), exist_ok=True)
    r.case("make", {"target": "test"}, ["make", "test"], "MISSING_PREREQUISITE", cwd=box.path("mk", "none"))
    mk("dep", "app: main.o util.o\n\tcc -o app $^\n", [], "INCORRECT_PARAMETER", {"target": "app"}, {"main.c": "int main(){return 0;}\n"})


def sqlite_cases(r: Run, box: Sandbox) -> None:
    db = box.path("work", "app.db")
    box.sh(f"sqlite3 {db} \"CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, age INTEGER CHECK(age >= 0));"
       "CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id));"
       "CREATE TABLE metrics(n INTEGER) STRICT; INSERT INTO users(email, age) VALUES('ada@example.com', 36);\"")

    def sq(sql, label, params=None, args=None, dbp="app.db"):
        r.case("sqlite_query", params or {"db": dbp, "sql": sql}, ["sqlite3"] + (args or []) + [dbp, sql], label)
    sq("INSERT INTO users(email, age) VALUES('ada@example.com', 40)", "WORKFLOW_SEQUENCE")
    sq("INSERT INTO users(age) VALUES(20)", "MISSING_PARAMETER")
    sq("INSERT INTO users(email, age) VALUES('bob@example.com', -3)", "INCORRECT_PARAMETER")
    sq("PRAGMA foreign_keys=ON; INSERT INTO orders(user_id) VALUES(999)", "INCORRECT_PARAMETER")
    sq("INSERT INTO metrics VALUES('many')", "PARAMETER_FORMAT")
    sq("SELECT * FROM sessions", "MISSING_PREREQUISITE")
    sq("SELECT email, timeout_sec FROM users", "INCORRECT_PARAMETER")
    sq("SELECT * FORM users", "PARAMETER_FORMAT")
    sq("CREATE TABLE users(id INTEGER PRIMARY KEY)", "WORKFLOW_SEQUENCE")
    sq("UPDATE users SET age = 37", "read_only", args=["-readonly"])
    r.case("sqlite_query", {"db": "app.db", "command": ".import"}, ["sqlite3", "app.db", ".import --csv exports/users.csv users"], "INCORRECT_PARAMETER")
    r.case("sqlite_query", {"db": "app.db", "command": ".mode"}, ["sqlite3", "app.db", ".mode yaml"], "INCORRECT_PARAMETER")
    r.case("sqlite_query", {"db": "app.db", "command": ".describe"}, ["sqlite3", "app.db", ".describe users"], "WRONG_TOOL_SELECTION")
    r.case("sqlite_query", {"db": "data.csv", "sql": "SELECT 1"}, ["sqlite3", "data.csv", "SELECT count(*) FROM sqlite_master"], "WRONG_TOOL_SELECTION")
    r.case("sqlite_query", {"db": "var/db/prod.sqlite3", "sql": "SELECT 1"}, ["sqlite3", "var/db/prod.sqlite3", "SELECT 1"], "INCORRECT_PARAMETER")
    # locked database: another process holds an exclusive lock
    locker = subprocess.Popen([PY, "-c", "import sqlite3,time,sys\nc=sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                               "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(8)", db],
                              stdout=subprocess.PIPE, text=True)
    locker.stdout.readline()
    r.case("sqlite_query", {"db": "app.db", "sql": "UPDATE users SET age = 37"}, ["sqlite3", "-cmd", ".timeout 500", "app.db", "UPDATE users SET age = 37"],
         "timeout")
    locker.kill()
    locker.wait()


PSQL = ["psql", "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d", "test"]


def psql_cases(r: Run, box: Sandbox) -> None:
    if subprocess.run(PSQL + ["-c", "select 1"], capture_output=True, timeout=10).returncode != 0:
        r.note("skip psql: server not reachable")
        return

    def pq(sql, label, params=None, pre=None):
        argv = PSQL + (["-c", pre] if pre else []) + ["-c", sql]
        shown = "psql -h 127.0.0.1 -U postgres -d test " + (f"-c {shlex.quote(pre)} " if pre else "") + f"-c {shlex.quote(sql)}"
        r.case("psql_query", params or {"sql": sql}, argv, label, display=shown, ok=sql.startswith("\\"))
    pq("SELEC id FROM pg_class LIMIT 1", "PARAMETER_FORMAT")
    pq("SELECT 'forty'::integer + 1", "PARAMETER_FORMAT")
    pq("SELECT count(*) / 0 FROM pg_database", "INCORRECT_PARAMETER")
    pq("SELECT * FROM pg_authid", "permission", pre="SET ROLE pg_monitor")
    pq("SELECT pg_read_file('/etc/hostname')", "permission", pre="SET ROLE pg_read_all_settings")
    pq("SELECT jsonb_pretty_print('{\"a\": 1}'::jsonb)", "INCORRECT_PARAMETER")
    pq("SELECT oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace", "PARAMETER_FORMAT")
    pq("SELECT id, issued_at FROM ssl_certificates", "MISSING_PREREQUISITE")
    pq("SELECT name, timeout_ms FROM pg_settings", "INCORRECT_PARAMETER")
    pq("SELECT '2024-02-30'::date", "PARAMETER_FORMAT")
    pq("SELECT relname FROM pg_class LIMIT -5", "INCORRECT_PARAMETER")
    pq("SELECT relkind, relname, count(*) FROM pg_class GROUP BY relkind", "PARAMETER_FORMAT")
    pq("SELECT pg_sleep(3)", "timeout", pre="SET statement_timeout = '300ms'")
    pq("CREATE TABLE corpus3_probe(id int)", "read_only", pre="SET default_transaction_read_only = on")
    pq("SELECT * FROM pg_stat_activity WHERE pid = 'abc'", "PARAMETER_FORMAT")
    pq("\\d billing_accounts", "INCORRECT_PARAMETER", params={"command": "\\d billing_accounts"})
    pq("\\describe pg_class", "WRONG_TOOL_SELECTION", params={"command": "\\describe pg_class"})
    r.case("psql_query", {"database": "analytics"}, ["psql", "-X", "-h", "127.0.0.1", "-U", "postgres", "-d", "analytics", "-c", "select 1"], "MISSING_PREREQUISITE")
    r.case("psql_query", {"user": "app_readonly"}, ["psql", "-X", "-h", "127.0.0.1", "-U", "app_readonly", "-d", "test", "-c", "select 1"], "auth")
    r.case("psql_query", {"port": CLOSED_PORT}, ["psql", "-X", "-h", "127.0.0.1", "-p", str(CLOSED_PORT), "-U", "postgres", "-d", "test", "-c", "select 1"], "network")
    r.case("psql_query", {"host": "/run/pg-missing"}, ["psql", "-X", "-h", "/run/pg-missing", "-U", "postgres", "-d", "test", "-c", "select 1"], "daemon_down")
    r.case("psql_query", {"sslmode": "require"}, ["psql", "-X", "host=127.0.0.1 user=postgres dbname=test sslmode=require", "-c", "select 1"], "tls")
    r.case("psql_query", {}, ["psql", "-X", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c"], "MISSING_PARAMETER")
    r.case("psql_query", {"host": "db.corpus3.invalid"}, ["psql", "-X", "-h", "db.corpus3.invalid", "-U", "postgres", "-d", "test", "-c", "select 1"], "dns")


MARIA = ["mariadb", "-uroot", "test"]


def mariadb_cases(r: Run, box: Sandbox) -> None:
    if not have("mariadb") or subprocess.run(MARIA + ["-e", "select 1"], capture_output=True, timeout=10).returncode != 0:
        r.note("skip mariadb: server not reachable")
        return

    def mq(sql, label, params=None):
        r.case("mysql_query", params or {"sql": sql}, MARIA + ["-e", sql], label, display=f"mariadb -uroot test -e {shlex.quote(sql)}")
    mq("SELECT table_name FROM information_schema.tables WHERE table_schema = 'test' ORDER table_name", "PARAMETER_FORMAT")
    mq("SELECT * FROM orders LIMIT 5", "MISSING_PREREQUISITE")
    mq("SELECT table_name, ssl_cipher FROM information_schema.tables LIMIT 1", "INCORRECT_PARAMETER")
    mq("SELECT STRFTIME('%Y', NOW())", "INCORRECT_PARAMETER")
    mq("SELECT table_name FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema) WHERE table_name = 'x'", "PARAMETER_FORMAT")
    mq("SHOW GRANTS FOR 'deploy'@'%'", "INCORRECT_PARAMETER")
    mq("SET STATEMENT max_statement_time=0.2 FOR SELECT COUNT(*) FROM information_schema.columns a, information_schema.columns b, information_schema.columns c", "timeout")
    mq("START TRANSACTION READ ONLY; UPDATE mysql.proxies_priv SET Host = Host WHERE 1 = 0; ROLLBACK", "read_only")
    mq("SELECT CAST('2024-05-01 10:00:00' AS DATETIME(9))", "PARAMETER_FORMAT")
    r.case("mysql_query", {"database": "inventory"}, ["mariadb", "-uroot", "inventory", "-e", "select 1"], "MISSING_PREREQUISITE")
    r.case("mysql_query", {"user": "reporting"}, ["mariadb", "-ureporting", "-psecret", "-h", "127.0.0.1", "test", "-e", "select 1"], "auth",
         display="mariadb -ureporting -p*** -h 127.0.0.1 test -e 'select 1'")
    r.case("mysql_query", {"port": CLOSED_PORT}, ["mariadb", "-uroot", "-h", "127.0.0.1", "-P", str(CLOSED_PORT), "test", "-e", "select 1"], "network")
    r.case("mysql_query", {"socket": "/run/mysqld/missing.sock"}, ["mariadb", "-uroot", "--socket=/run/mysqld/missing.sock", "test", "-e", "select 1"], "daemon_down")
    r.case("mysql_query", {"args": ["--batchmode"]}, ["mariadb", "-uroot", "--batchmode", "test", "-e", "select 1"], "PARAMETER_FORMAT")


def redis_cases(r: Run, box: Sandbox) -> None:
    base = ["redis-cli", "-h", "127.0.0.1", "-p", "6379"]
    if not have("redis-cli") or subprocess.run(base + ["ping"], capture_output=True, timeout=5).stdout.strip() != b"PONG":
        r.note("skip redis: server not reachable")
        return
    subprocess.run(base + ["SET", "corpus3:greeting", "hello"], capture_output=True, timeout=5)
    subprocess.run(base + ["RPUSH", "corpus3:queue", "a", "b"], capture_output=True, timeout=5)

    def rc(args, label, params=None):
        argv = base + args
        r.case("redis_command", params or {"command": " ".join(args)}, argv, label, display="redis-cli " + shlex.join(args), ok=True)
    rc(["LPUSH", "corpus3:greeting", "x"], "WRONG_TOOL_SELECTION")
    rc(["INCRBYFLOAT", "corpus3:ratio", "1,5"], "PARAMETER_FORMAT")
    rc(["INCR", "corpus3:greeting"], "PARAMETER_FORMAT")
    rc(["SET", "corpus3:lock", "1", "NX", "XX"], "PARAMETER_FORMAT")
    rc(["SET", "corpus3:session", "abc", "EX", "0"], "INCORRECT_PARAMETER")
    rc(["LSET", "corpus3:queue", "9", "z"], "INCORRECT_PARAMETER")
    rc(["LSET", "corpus3:missing", "0", "z"], "INCORRECT_PARAMETER")
    rc(["EXEC"], "WORKFLOW_SEQUENCE")
    rc(["HGETALLL", "corpus3:queue"], "WRONG_TOOL_SELECTION")
    rc(["CLIENT", "KILL", "127.0.0.1:1"], "INCORRECT_PARAMETER")
    rc(["GET"], "MISSING_PARAMETER")
    rc(["SELECT", "42"], "INCORRECT_PARAMETER")
    rc(["XADD", "corpus3:stream", "0-0", "f", "v"], "INCORRECT_PARAMETER")
    rc(["EVAL", "return redis.call('GET', KEYS[1]", "1", "corpus3:greeting"], "PARAMETER_FORMAT")
    r.case("redis_command", {"port": CLOSED_PORT}, ["redis-cli", "-p", str(CLOSED_PORT), "ping"], "daemon_down")
    r.case("redis_command", {"host": "cache.corpus3.invalid"}, ["redis-cli", "-h", "cache.corpus3.invalid", "ping"], "dns")
    r.case("redis_command", {"port": HTTP_PORT}, ["redis-cli", "-p", str(HTTP_PORT), "GET", "corpus3:greeting"], "INCORRECT_PARAMETER")
    r.case("redis_command", {"args": ["--pipe-timeout"]}, ["redis-cli", "--pipe-timeout"], "MISSING_PARAMETER")
    subprocess.run(base + ["DEL", "corpus3:greeting", "corpus3:queue", "corpus3:ratio", "corpus3:lock", "corpus3:session",
                           "corpus3:missing", "corpus3:stream"], capture_output=True, timeout=5)


def curl_cases(r: Run, box: Sandbox) -> None:
    u = f"http://127.0.0.1:{HTTP_PORT}"

    def cu(method, path, label, data=None, params=None, tool="http_request"):
        args = ["curl", "-sS", "--fail-with-body", "-X", method, u + path]
        if data is not None:
            args[6:6] = ["-H", "Content-Type: application/json", "-d", json.dumps(data)]
        r.case(tool, params or {"method": method, "url": u + path, **({"json": data} if data else {})}, args, label, stream="both")
    cu("POST", "/fastapi/users", "MISSING_PARAMETER", {"name": "Ada", "role": "admin"})
    cu("GET", "/fastapi/items?limit=ten", "PARAMETER_FORMAT")
    cu("GET", "/fastapi/reports?order=ascending", "INCORRECT_PARAMETER")
    cu("POST", "/fastapi/events", "PARAMETER_FORMAT", {"title": "standup", "starts_at": "tomorrow 9am"})
    cu("POST", "/drf/accounts", "PARAMETER_FORMAT", {"email": "ada-at-example", "phone": "+44 20 7946 0958 ext 12"})
    cu("POST", "/drf/projects", "MISSING_PARAMETER", {"description": "x", "owner": None})
    cu("GET", "/drf/projects/9137", "INCORRECT_PARAMETER")
    cu("GET", "/drf/admin/audit", "permission")
    cu("GET", "/drf/me", "auth")
    cu("GET", "/drf/search?q=timeout", "rate_limit")
    cu("POST", "/drf/tags", "WORKFLOW_SEQUENCE", {"slug": "ssl-401"})
    cu("POST", "/rails/posts", "MISSING_PARAMETER", {"post": {"body": "short"}})
    cu("POST", "/rails/users", "WORKFLOW_SEQUENCE", {"user": {"username": "ada"}})
    cu("POST", "/rails/orders/77/ship", "WORKFLOW_SEQUENCE", {})
    cu("GET", "/rails/dashboard", "server_error")
    cu("GET", "/spring/orders/abc", "PARAMETER_FORMAT")
    r.case("http_request", {"method": "POST", "url": u + "/spring/orders", "data": "item=42&qty=1"},
         ["curl", "-sS", "--fail-with-body", "-X", "POST", "-d", "item=42&qty=1", u + "/spring/orders"], "PARAMETER_FORMAT", stream="both")
    cu("GET", "/spring/invoices/12", "server_error")
    cu("GET", "/spring/customers", "MISSING_PARAMETER")
    cu("GET", "/express/api/v2/widgets", "INCORRECT_PARAMETER")
    r.case("http_request", {"method": "POST", "url": u + "/express/api/login", "data": "{\"user\": \"ada\", \"password\": }"},
         ["curl", "-sS", "--fail-with-body", "-H", "Content-Type: application/json", "-d", "{\"user\": \"ada\", \"password\": }", u + "/express/api/login"],
         "PARAMETER_FORMAT", stream="both")
    cu("GET", "/nginx/502", "server_error")
    cu("GET", "/nginx/504", "timeout")
    cu("GET", "/nginx/503", "server_error")
    cu("GET", "/cf/520", "server_error")
    cu("GET", "/cf/522", "timeout")
    cu("GET", "/cf/524", "timeout")
    cu("GET", "/cf/1015", "rate_limit")
    cu("GET", "/cf/1020", "permission")
    cu("GET", "/heroku/app", "server_error")
    cu("GET", "/heroku/noapp", "INCORRECT_PARAMETER")
    cu("GET", "/api/v1/timeout_policies/401", "INCORRECT_PARAMETER")
    cu("POST", "/api/v1/certs", "INCORRECT_PARAMETER", {"ssl_mode": "strict"})
    cu("POST", "/api/v1/uploads", "resource", {"name": "backup.tar.gz"})
    cu("GET", "/api/v1/token", "auth")
    cu("POST", "/api/v1/exports", "timeout", {"format": "csv"})
    cu("GET", "/api/v1/maintenance", "server_error")
    cu("POST", "/api/v1/repos", "WORKFLOW_SEQUENCE", {"name": "infra-tools"})
    # curl itself
    r.case("curl", {"args": ["--retry-timeout"]}, ["curl", "--retry-timeout", "5", u + "/"], "PARAMETER_FORMAT")
    r.case("curl", {}, ["curl", "-sS"], "MISSING_PARAMETER")
    r.case("curl", {"args": ["-H"]}, ["curl", "-sS", u + "/", "-H"], "MISSING_PARAMETER")
    r.case("curl", {"url": "http://127.0.0.1:80a/health"}, ["curl", "-sS", "http://127.0.0.1:80a/health"], "PARAMETER_FORMAT")
    r.case("curl", {"url": "htps://api.example.com/v1"}, ["curl", "-sS", "htps://api.example.com/v1"], "PARAMETER_FORMAT")
    r.case("curl", {"max_time": "5s"}, ["curl", "-sS", "--max-time", "5s", u + "/"], "PARAMETER_FORMAT")
    r.case("curl", {"url": u + "/nginx/503", "output": "out/dir/resp.html"}, ["curl", "-sS", "-o", "out/dir/resp.html", u + "/nginx/503"],
         "INCORRECT_PARAMETER")
    r.case("curl", {"url": "file:///etc/app/settings.ini"}, ["curl", "-sS", "file:///etc/app/settings.ini"], "INCORRECT_PARAMETER")
    r.case("curl", {"data": "@payload.json"}, ["curl", "--no-progress-meter", "--fail", "-d", "@payload.json", u + "/fastapi/users"], "INCORRECT_PARAMETER")
    r.case("curl", {"url": f"http://127.0.0.1:{CLOSED_PORT}/health"}, ["curl", "-sS", f"http://127.0.0.1:{CLOSED_PORT}/health"], "network")
    r.case("curl", {"url": f"http://127.0.0.1:{RESET_PORT}/api"}, ["curl", "-sS", f"http://127.0.0.1:{RESET_PORT}/api"], "network")
    r.case("curl", {"url": f"http://127.0.0.1:{HANG_PORT}/slow", "max_time": 2}, ["curl", "-sS", "--max-time", "2", f"http://127.0.0.1:{HANG_PORT}/slow"], "timeout")
    r.case("curl", {"url": f"https://127.0.0.1:{HTTPS_PORT}/health"}, ["curl", "-sS", f"https://127.0.0.1:{HTTPS_PORT}/health"], "tls")
    r.case("curl", {"url": f"https://127.0.0.1:{HTTP_PORT}/health"}, ["curl", "-sS", f"https://127.0.0.1:{HTTP_PORT}/health"], "tls")
    r.case("curl", {"url": "https://status.corpus3.invalid/api"}, ["curl", "-sS", "https://status.corpus3.invalid/api"], "dns")
    r.case("curl", {"url": u + "/api/v1/graphql"}, ["curl", "-sS", "--fail-with-body", "-H", "Content-Type: application/json", "-d",
         '{"query": "{ issue(id: 1) { titel } }"}', u + "/api/v1/graphql"], "INCORRECT_PARAMETER", stream="both", ok=True)


def shell_cases(r: Run, box: Sandbox) -> None:
    def b(cmd, label, params=None, tool="bash", **kw):
        r.case(tool, params or {"command": cmd}, cmd, label, **kw)
    b("cut -d, -f0 data.csv", "INCORRECT_PARAMETER")
    b("cut -d, -f2-a data.csv", "PARAMETER_FORMAT")
    b("cut -d, data.csv", "MISSING_PARAMETER")
    b("sort -t, -k 2,x data.csv", "PARAMETER_FORMAT")
    b("sort --parallel=0 data.csv", "INCORRECT_PARAMETER")
    b("seq 1 x 10", "PARAMETER_FORMAT")
    b("seq", "MISSING_PARAMETER")
    b("date -d 'next blursday' +%F", "PARAMETER_FORMAT")
    b("date +%s -d @17e9x", "PARAMETER_FORMAT")
    b("stat -c %s dist/app.tar.gz", "INCORRECT_PARAMETER")
    b("ln -s src/main.c README.md", "WORKFLOW_SEQUENCE")
    b("ln src src-link", "WRONG_TOOL_SELECTION")
    b("ln -s", "MISSING_PARAMETER")
    b("cd cli.py && ls", "WRONG_TOOL_SELECTION")
    b("source .venv/bin/activate && pip list", "MISSING_PREREQUISITE")
    b("source", "MISSING_PARAMETER")
    b("if [ -f data.csv ]; then echo found", "PARAMETER_FORMAT")
    b("echo $(( 10 / 0 ))", "INCORRECT_PARAMETER")
    b("arr=(a b c); echo ${arr[x+]}", "PARAMETER_FORMAT")
    b("set -u; echo \"deploying to $DEPLOY_TARGET\"", "MISSING_PARAMETER")
    b("set -u; curl --cacert \"$SSL_CA_BUNDLE\" https://example.com", "MISSING_PARAMETER")
    b("kubectx staging", "MISSING_PREREQUISITE")
    b("pyhton3 cli.py status eu-1", "INCORRECT_PARAMETER")
    b("./deploy.sh", "permission")
    b("./src", "WRONG_TOOL_SELECTION")
    b("export 2FA_SECRET=abc", "PARAMETER_FORMAT")
    b("mkdir logs/2024/05", "MISSING_PREREQUISITE")
    b("rmdir notes", "WRONG_TOOL_SELECTION")
    b("chmod 0898 deploy.sh", "PARAMETER_FORMAT")
    b("chown deployer:www-data deploy.sh", "INCORRECT_PARAMETER")
    b("head -n ten data.csv", "PARAMETER_FORMAT")
    b("mv src src/old", "INCORRECT_PARAMETER")
    b("cp data.csv /dev/full", "resource")
    b("find . -mmin -ten", "PARAMETER_FORMAT")
    b("find . -nmae '*.py'", "PARAMETER_FORMAT")
    b("awk -F, '{ print $2 ' data.csv", "PARAMETER_FORMAT")
    b("sed -e 's/london/London' data.csv", "PARAMETER_FORMAT")
    b("grep -P '(?<=id=\\d+)x' data.csv", "PARAMETER_FORMAT")
    b("wc -l src", "WRONG_TOOL_SELECTION", ok=True)
    b("diff data.csv data_expected.csv", "INCORRECT_PARAMETER")
    b("timeout 5m30 sleep 1", "PARAMETER_FORMAT")
    b("kill -TERM 4194301", "INCORRECT_PARAMETER")
    b("kill -HUP 1", "permission", nobody=True, cwd="/tmp")
    b("ls /root/.ssh", "permission", nobody=True, cwd="/tmp")
    b("touch /var/log/eof_reader.log", "permission", nobody=True, cwd="/tmp")
    b("ulimit -f 1; head -c 100000 /dev/zero > big.bin", "resource")
    b("xargs -n abc echo < data.csv", "PARAMETER_FORMAT")
    b("readlink -ev config/timeout.yaml", "INCORRECT_PARAMETER")
    b("env -u", "MISSING_PARAMETER")
    b("printf '%d\\n' 12abc", "PARAMETER_FORMAT")
    ro = box.path("ro2")
    os.makedirs(ro, exist_ok=True)
    r.case("bash", {"command": "mkdir build && cp data.csv build/"}, ["unshare", "-m", "sh", "-c", f"mount --bind -o ro {ro} {ro} && cd {ro} && mkdir build"],
         "read_only", display="mkdir build", needs=("unshare",))


def archive_cases(r: Run, box: Sandbox) -> None:
    box.sh("tar -cf bundle.tar data.csv README.md && zip -q site.zip README.md && printf 'hello\\n' > notes.gz", cwd=box.path("work"))

    def b(cmd, label, params=None, tool="bash", **kw):
        r.case(tool, params or {"command": cmd}, cmd, label, needs=(cmd.split()[0],), **kw)
    b("tar -xzf bundle.tar", "WRONG_TOOL_SELECTION", tool="tar")
    b("tar -czf backup.tgz migrations/", "INCORRECT_PARAMETER", tool="tar")
    b("tar -xf bundle.tar config/app.yaml", "INCORRECT_PARAMETER", tool="tar")
    b("tar -cf empty.tar", "MISSING_PARAMETER", tool="tar")
    b("tar -xf bundle.tar -C release/", "MISSING_PREREQUISITE", tool="tar")
    b("tar -xJf bundle.tar", "WRONG_TOOL_SELECTION", tool="tar")
    b("tar --exclud='*.log' -cf a.tar src", "PARAMETER_FORMAT", tool="tar")
    b("tar -xf bundle.tar -C /etc/ssl/private", "permission", tool="tar", nobody=True, cwd=box.path("work"))
    b("zip out.zip dist/app.js", "INCORRECT_PARAMETER", tool="zip")
    b("unzip -l bundle.tar", "WRONG_TOOL_SELECTION", tool="unzip")
    b("unzip -o site.zip docs/index.html", "INCORRECT_PARAMETER", tool="unzip")
    b("gzip -d notes.gz", "WRONG_TOOL_SELECTION", tool="gzip")
    b("gzip -d data.csv", "WRONG_TOOL_SELECTION", tool="gzip")
    b("xz -d logs/eof_trace.xz", "INCORRECT_PARAMETER", tool="xz")


def openssl_ssh_cases(r: Run, box: Sandbox) -> None:
    key, crt = box.path("tls", "key.pem"), box.path("tls", "cert.pem")
    box.sh(f"cp {key} {box.path('work', 'server.key')} && cp {crt} {box.path('work', 'server.crt')} && printf 'plain text\\n' > plain.txt", cwd=box.path("work"))

    def o(cmd, label, params=None, tool="openssl", **kw):
        r.case(tool, params or {"command": cmd}, cmd, label, needs=(cmd.split()[0],), **kw)
    o("openssl x509 -in server.key -noout -subject", "WRONG_TOOL_SELECTION")
    o("openssl req -new -key certs/app.key -subj /CN=app -out app.csr", "INCORRECT_PARAMETER")
    o("openssl genkey -out new.key", "WRONG_TOOL_SELECTION")
    o("openssl genrsa -out new.key 2048bits", "PARAMETER_FORMAT")
    o("openssl enc -d -aes-256-cbc -in plain.txt -pass pass:x -pbkdf2", "INCORRECT_PARAMETER")
    o("openssl dgst -sha257 README.md", "INCORRECT_PARAMETER")
    o("openssl req -x509 -key server.key -subj /CN=x -days ninety -out x.crt", "PARAMETER_FORMAT")
    o("openssl verify server.crt", "tls")
    o(f"openssl s_client -connect 127.0.0.1:{CLOSED_PORT} -brief < /dev/null", "network")
    o(f"openssl s_client -connect 127.0.0.1:{HTTPS_PORT} -verify_return_error -brief < /dev/null", "tls")
    o("ssh -o BatchMode=yes -o ConnectTimout=5 deploy@127.0.0.1 true", "PARAMETER_FORMAT", tool="ssh")
    o("ssh -p 22x deploy@127.0.0.1 true", "PARAMETER_FORMAT", tool="ssh")
    o(f"ssh -o BatchMode=yes -o ConnectTimeout=2 -p {HANG_PORT} deploy@127.0.0.1 true", "timeout", tool="ssh")
    o(f"ssh -o BatchMode=yes -p {CLOSED_PORT} deploy@127.0.0.1 uptime", "network", tool="ssh")
    o("ssh -o BatchMode=yes deploy@bastion.corpus3.invalid uptime", "dns", tool="ssh")
    o("ssh-keygen -t rsa9 -N '' -f id_new", "INCORRECT_PARAMETER", tool="ssh_keygen")
    o("ssh-keygen -l -f README.md", "WRONG_TOOL_SELECTION", tool="ssh_keygen")
    box.sh("cp server.key loose.key && chmod 644 loose.key", cwd=box.path("work"))
    o("ssh-keygen -y -f loose.key", "MISSING_PREREQUISITE", tool="ssh_keygen", nobody=False)


def docker_cases(r: Run, box: Sandbox) -> None:
    if not have("docker"):
        r.note("skip docker: missing")
        return
    env = {"DOCKER_HOST": "unix:///run/docker-corpus3-missing.sock"}
    r.case("docker_ps", {}, ["docker", "ps"], "daemon_down", env=env)
    r.case("docker_build", {"tag": "api:dev", "context": "."}, ["docker", "build", "-t", "api:dev", "."], "MISSING_PREREQUISITE", env=env)
    r.case("docker_run", {"image": "redis:7", "args": ["--detatch"]}, ["docker", "run", "--detatch", "redis:7"], "PARAMETER_FORMAT", env=env)
    r.case("docker", {"subcommand": "biuld"}, ["docker", "biuld", "."], "WRONG_TOOL_SELECTION", env=env)
    r.case("docker_run", {"image": "node:20", "publish": "3000"}, ["docker", "run", "-p", "3000:abc", "node:20"], "PARAMETER_FORMAT", env=env)


def node_cases(r: Run, box: Sandbox) -> None:
    if not have("node"):
        r.note("skip node: missing")
        return

    def n(code, label, params=None, **kw):
        r.case("node_exec", params or {"code": code}, ["node", "-e", code], label, display="node -e " + shlex.quote(code), **kw)
    n("const express = require('express'); express().listen(3000)", "MISSING_PREREQUISITE")
    n("const h = require('./lib/ssl_helpers'); h.load()", "INCORRECT_PARAMETER")
    n("const cfg = { retries: 3, ; console.log(cfg)", "PARAMETER_FORMAT")
    n("const fs = require('fs'); fs.readFileAsync('data.csv')", "INCORRECT_PARAMETER")
    n("const users = undefined; console.log(users.map(u => u.email))", "INCORRECT_PARAMETER")
    n("JSON.parse(\"{timeout: 30}\")", "PARAMETER_FORMAT")
    n("require('fs').readFileSync('config/timeout.json', 'utf8')", "INCORRECT_PARAMETER")
    n("require('http').createServer(() => {}).listen(%d, '127.0.0.1')" % HTTP_PORT, "WORKFLOW_SEQUENCE")
    n("fetch('http://127.0.0.1:%d/health').then(r => r.text()).catch(e => { console.error(e); process.exit(1) })" % CLOSED_PORT, "network")
    n("fetch('http://api.corpus3.invalid/health').catch(e => { console.error(e); process.exit(1) })", "dns")
    n("fetch('https://127.0.0.1:%d/health').catch(e => { console.error(e); process.exit(1) })" % HTTPS_PORT, "tls")
    n("fetch('http://127.0.0.1:%d/slow', {signal: AbortSignal.timeout(500)}).catch(e => { console.error(e); process.exit(1) })" % HANG_PORT, "timeout")
    r.case("node_exec", {"code": "heap growth", "max_old_space_size": 24},
         ["node", "--max-old-space-size=24", "-e", "const a = []; while (true) a.push(new Array(10000).fill(Math.random()))"], "resource",
         display="node --max-old-space-size=24 -e 'const a = []; while (true) a.push(new Array(10000).fill(Math.random()))'")
    n("require('fs').writeFileSync('/etc/app.conf', 'x')", "permission", nobody=True, cwd="/tmp")
    box.write("work/esm/index.mjs", "const path = require('node:path');\nconsole.log(path.sep);\n")
    r.case("node_run", {"script": "esm/index.mjs"}, ["node", "esm/index.mjs"], "PARAMETER_FORMAT")
    r.case("node_run", {"script": "server.js"}, ["node", "server.js"], "INCORRECT_PARAMETER")
    r.case("node_run", {"args": ["--experimental-eof"]}, ["node", "--experimental-eof", "-e", "1"], "PARAMETER_FORMAT")
    n("const n = BigInt('12.5')", "PARAMETER_FORMAT")
    n("const u = new URL('/api/v1/users'); console.log(u.host)", "PARAMETER_FORMAT")


def npm_cases(r: Run, box: Sandbox) -> None:
    if not have("npm"):
        r.note("skip npm: missing")
        return
    env = {"npm_config_cache": box.path("npmcache"), "HOME": box.path("home")}
    os.makedirs(box.path("home"), exist_ok=True)
    os.makedirs(box.path("npm_empty"), exist_ok=True)
    proj = box.path("npm_proj")
    box.write(os.path.join(proj, "package.json"), json.dumps({"name": "web", "version": "1.0.0", "scripts": {"build": "tsc", "test": "jest"}}, indent=2))
    bad = box.path("npm_bad")
    box.write(os.path.join(bad, "package.json"), '{\n  "name": "api",\n  "version": "0.1.0",\n  "dependencies": {\n    "express": "^4.18.0",\n  }\n}\n')

    def npm(args, label, params, cwd=proj, tool="npm", **kw):
        r.case(tool, params, ["npm"] + args, label, cwd=cwd, env={**env, **kw.pop("env", {})}, **kw)
    npm(["run", "build"], "MISSING_PREREQUISITE", {"script": "build"}, cwd=box.path("npm_empty"), tool="npm_run")
    npm(["run", "lint"], "INCORRECT_PARAMETER", {"script": "lint"}, tool="npm_run")
    npm(["install"], "PARAMETER_FORMAT", {}, cwd=bad, tool="npm_install")
    npm(["ci", "--offline"], "MISSING_PREREQUISITE", {}, tool="npm_install")
    npm(["install", "--offline", "left-pad"], "MISSING_PREREQUISITE", {"package": "left-pad"}, tool="npm_install")
    npm(["install", "../shared-ui"], "INCORRECT_PARAMETER", {"package": "../shared-ui"}, tool="npm_install")
    npm(["deploy"], "WRONG_TOOL_SELECTION", {"subcommand": "deploy"})
    npm(["version", "banana"], "PARAMETER_FORMAT", {"version": "banana"})
    npm(["install", "--fetch-retries=0", f"--registry=http://127.0.0.1:{HTTP_PORT}/npm401/", "left-pad"], "auth",
        {"package": "left-pad", "registry": f"http://127.0.0.1:{HTTP_PORT}/npm401/"}, tool="npm_install")
    npm(["install", "--fetch-retries=0", f"--registry=http://127.0.0.1:{HTTP_PORT}/npm403/", "left-pad"], "permission",
        {"package": "left-pad", "registry": f"http://127.0.0.1:{HTTP_PORT}/npm403/"}, tool="npm_install")
    npm(["install", "--fetch-retries=0", f"--registry=http://127.0.0.1:{HTTP_PORT}/npm500/", "left-pad"], "server_error",
        {"package": "left-pad", "registry": f"http://127.0.0.1:{HTTP_PORT}/npm500/"}, tool="npm_install")
    npm(["install", "--fetch-retries=0", f"--registry=http://127.0.0.1:{HTTP_PORT}/npm/", "left-pad-ssl-eof"], "INCORRECT_PARAMETER",
        {"package": "left-pad-ssl-eof", "registry": f"http://127.0.0.1:{HTTP_PORT}/npm/"}, tool="npm_install")
    npm(["install", "--fetch-retries=0", f"--registry=http://127.0.0.1:{CLOSED_PORT}/", "left-pad"], "network",
        {"package": "left-pad", "registry": f"http://127.0.0.1:{CLOSED_PORT}/"}, tool="npm_install")
    npm(["install", "--fetch-retries=0", "--fetch-timeout=1500", f"--registry=http://127.0.0.1:{HANG_PORT}/", "left-pad"], "timeout",
        {"package": "left-pad", "registry": f"http://127.0.0.1:{HANG_PORT}/"}, tool="npm_install", timeout=15)
    npm(["install", "--fetch-retries=0", f"--registry=https://127.0.0.1:{HTTPS_PORT}/", "left-pad"], "tls",
        {"package": "left-pad", "registry": f"https://127.0.0.1:{HTTPS_PORT}/"}, tool="npm_install")
    r.case("npx", {"package": "tsc"}, ["npx", "--no", "tsc"], "MISSING_PREREQUISITE", cwd=proj, env=env)
    os.makedirs(box.path("npm_root"), exist_ok=True)
    r.case("npm", {"subcommand": "init"}, ["npm", "init", "-y"], "permission", cwd=box.path("npm_root"), nobody=True,
         env={"HOME": "/tmp", "npm_config_cache": "/tmp/.npm-corpus3"})


def java_cases(r: Run, box: Sandbox) -> None:
    if not (have("javac") and have("java")):
        r.note("skip java: missing")
        return
    jd = box.path("java")

    def jc(name, src, label, params=None):
        path = box.write(os.path.join(jd, name, f"{name.split('_')[0]}.java"), src)
        r.case("javac", params or {"file": os.path.basename(path)}, ["javac", "-d", "out", os.path.basename(path)], label, cwd=os.path.dirname(path))
    jc("App_semi", "public class App {\n    public static void main(String[] args) {\n        System.out.println(\"hi\")\n    }\n}\n", "PARAMETER_FORMAT")
    jc("App_sym", "public class App {\n    public static void main(String[] args) {\n        System.out.println(greting);\n    }\n}\n", "INCORRECT_PARAMETER")
    jc("App_types", "public class App {\n    public static void main(String[] args) {\n        int port = \"8080\";\n    }\n}\n", "PARAMETER_FORMAT")
    jc("Main_name", "public class Application {\n    public static void main(String[] args) {}\n}\n", "INCORRECT_PARAMETER")
    jc("AppTest_junit", "import org.junit.jupiter.api.Test;\npublic class AppTest {\n    @Test void ok() {}\n}\n", "MISSING_PREREQUISITE")
    jc("Svc_args", "public class Svc {\n    static int add(int a, int b) { return a + b; }\n    public static void main(String[] args) {\n        add(1);\n    }\n}\n", "MISSING_PARAMETER")
    os.makedirs(os.path.join(jd, "empty"), exist_ok=True)
    r.case("javac", {"file": "src/main/java/com/acme/TimeoutConfig.java"}, ["javac", "src/main/java/com/acme/TimeoutConfig.java"], "INCORRECT_PARAMETER",
         cwd=os.path.join(jd, "empty"))
    r.case("javac", {"args": ["--relase", "17"]}, ["javac", "--relase", "17", "App.java"], "PARAMETER_FORMAT", cwd=os.path.join(jd, "empty"))
    rt = os.path.join(jd, "rt")
    box.write(os.path.join(rt, "Main.java"), "public class Main {\n    public static void main(String[] args) {\n"
          "        String mode = args.length > 1 ? args[1] : null;\n        if (args.length > 0 && args[0].equals(\"npe\")) System.out.println(mode.length());\n"
          "        if (args.length > 0 && args[0].equals(\"num\")) System.out.println(Integer.parseInt(args[1]));\n"
          "        if (args.length > 0 && args[0].equals(\"oom\")) { java.util.List<long[]> l = new java.util.ArrayList<>(); while (true) l.add(new long[1 << 20]); }\n"
          "        System.out.println(args[0].toUpperCase());\n    }\n}\n")
    box.write(os.path.join(rt, "Report.java"), "public class Report { public static void main(String[] a) {} }\n")
    box.sh("javac -d . Main.java", cwd=rt)
    r.case("java_run", {"class": "Main", "args": []}, ["java", "-cp", ".", "Main"], "MISSING_PARAMETER", cwd=rt)
    r.case("java_run", {"class": "Main", "args": ["npe"]}, ["java", "-cp", ".", "Main", "npe"], "MISSING_PARAMETER", cwd=rt)
    r.case("java_run", {"class": "Main", "args": ["num", "8o8o"]}, ["java", "-cp", ".", "Main", "num", "8o8o"], "PARAMETER_FORMAT", cwd=rt)
    r.case("java_run", {"class": "Main", "args": ["oom"], "jvm_args": ["-Xmx16m"]}, ["java", "-Xmx16m", "-cp", ".", "Main", "oom"], "resource", cwd=rt)
    r.case("java_run", {"class": "Report"}, ["java", "-cp", ".", "Report"], "WORKFLOW_SEQUENCE", cwd=rt)
    r.case("java_run", {"jar": "target/app-1.0.jar"}, ["java", "-jar", "target/app-1.0.jar"], "INCORRECT_PARAMETER", cwd=rt)
    r.case("java_run", {"jvm_args": ["-Xmx2gb"]}, ["java", "-Xmx2gb", "-cp", ".", "Main", "x"], "PARAMETER_FORMAT", cwd=rt)


def cc_cases(r: Run, box: Sandbox) -> None:
    c = box.path("cc")
    box.write(os.path.join(c, "main.c"), "#include <stdio.h>\nint helper(int);\nint main(void){ printf(\"%d\\n\", helper(2)); return 0; }\n")
    box.write(os.path.join(c, "helper.c"), "int helper(int x){ return x * 2; }\n")
    box.write(os.path.join(c, "zmain.c"), "#include <zstd.h>\nint main(void){ return (int)ZSTD_versionNumber(); }\n")
    box.write(os.path.join(c, "semi.c"), "#include <stdio.h>\nint main(void) {\n    int n = 3\n    printf(\"%d\\n\", n);\n    return 0;\n}\n")
    box.write(os.path.join(c, "inc.c"), "#include \"ssl_timeouts.h\"\nint main(void){ return 0; }\n")
    box.write(os.path.join(c, "types.c"), "struct point { int x, y; };\nint main(void) {\n    struct point p = {1, 2};\n    return p.z;\n}\n")
    box.write(os.path.join(c, "vec.cpp"), "#include <string>\nvoid f(int n) {}\nint main() { std::string s = \"a\"; f(s); return 0; }\n")
    box.write(os.path.join(c, "tmpl.cpp"), "#include <vector>\nint main() { std::vector<int> v; v.push_bak(1); return 0; }\n")
    box.write(os.path.join(c, "run.py"), "print('hello')\n")

    def cc(argv, label, params=None, tool="gcc"):
        r.case(tool, params or {"args": argv[1:]}, argv, label, cwd=c)
    cc(["gcc", "-o", "app", "main.c"], "MISSING_PARAMETER")
    cc(["gcc", "-o", "app", "main.c", "helper.c", "-lyaml_timeout"], "MISSING_PREREQUISITE")
    cc(["gcc", "-c", "zmain.c"], "MISSING_PREREQUISITE")
    cc(["gcc", "-c", "semi.c"], "PARAMETER_FORMAT")
    cc(["gcc", "-c", "inc.c"], "INCORRECT_PARAMETER")
    cc(["gcc", "-c", "types.c"], "INCORRECT_PARAMETER")
    cc(["gcc", "-std=c17x", "-c", "helper.c"], "PARAMETER_FORMAT")
    cc(["gcc", "-Wl,--no-such-flag", "-o", "app", "main.c", "helper.c"], "PARAMETER_FORMAT")
    cc(["gcc"], "MISSING_PARAMETER")
    cc(["gcc", "-c", "src/server.c"], "INCORRECT_PARAMETER")
    cc(["gcc", "-o", "run", "run.py"], "WRONG_TOOL_SELECTION")
    cc(["g++", "-c", "vec.cpp"], "PARAMETER_FORMAT", tool="gxx")
    cc(["g++", "-c", "tmpl.cpp"], "INCORRECT_PARAMETER", tool="gxx")
    cc(["gcc", "-o", "app", "main.c", "helper.c", "main.c"], "INCORRECT_PARAMETER")


def rust_cases(r: Run, box: Sandbox) -> None:
    if not have("cargo"):
        r.note("skip cargo: missing")
        return
    rs_dir = box.path("rs")
    box.write(os.path.join(rs_dir, "mismatch.rs"), "fn main() {\n    let port: u16 = \"8080\";\n    println!(\"{}\", port);\n}\n")
    box.write(os.path.join(rs_dir, "unknown.rs"), "fn main() {\n    println!(\"{}\", conifg);\n}\n")
    box.write(os.path.join(rs_dir, "import.rs"), "use reqwest::blocking::get;\nfn main() { get(\"http://x\").unwrap(); }\n")
    for name, label in (("mismatch.rs", "PARAMETER_FORMAT"), ("unknown.rs", "INCORRECT_PARAMETER"), ("import.rs", "MISSING_PREREQUISITE")):
        r.case("rustc", {"file": name}, ["rustc", "--edition", "2021", "-o", box.path("rs", "bin_" + name[:-3]), name], label, cwd=rs_dir,
             display=f"rustc --edition 2021 {name}")
    r.case("rustc", {"args": ["--edition", "2022"]}, ["rustc", "--edition", "2022", "unknown.rs"], "INCORRECT_PARAMETER", cwd=rs_dir)
    env = {"CARGO_HOME": box.path("cargo_home"), "CARGO_NET_OFFLINE": "true"}
    os.makedirs(box.path("cargo_none"), exist_ok=True)
    r.case("cargo_build", {}, ["cargo", "build"], "MISSING_PREREQUISITE", cwd=box.path("cargo_none"), env=env)
    proj = box.path("cargo_proj")
    box.write(os.path.join(proj, "Cargo.toml"), '[package]\nname = "svc"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = { version = "1", features = ["derive"] }\n')
    box.write(os.path.join(proj, "src", "main.rs"), "fn main() {}\n")
    r.case("cargo_build", {"offline": True}, ["cargo", "build", "--offline"], "MISSING_PREREQUISITE", cwd=proj, env=env)
    plain = box.path("cargo_plain")
    box.write(os.path.join(plain, "Cargo.toml"), '[package]\nname = "tool"\nversion = "0.1.0"\nedition = "2021"\n')
    box.write(os.path.join(plain, "src", "main.rs"), "fn main() {}\n")
    r.case("cargo_run", {"bin": "migrate"}, ["cargo", "run", "--offline", "--bin", "migrate"], "INCORRECT_PARAMETER", cwd=plain, env=env)
    r.case("cargo_test", {"args": ["--nocapture"]}, ["cargo", "test", "--offline", "--nocapture"], "PARAMETER_FORMAT", cwd=plain, env=env)
    r.case("cargo", {"subcommand": "fmtt"}, ["cargo", "fmtt"], "WRONG_TOOL_SELECTION", cwd=plain, env=env)
    os.makedirs(box.path("cargo_new_parent", "api"), exist_ok=True)
    r.case("cargo_new", {"name": "api"}, ["cargo", "new", "api"], "WORKFLOW_SEQUENCE", cwd=box.path("cargo_new_parent"), env=env)
    badt = box.path("cargo_badtoml")
    box.write(os.path.join(badt, "Cargo.toml"), '[package]\nname = "svc"\nversion = 0.1.0\nedition = "2021"\n')
    r.case("cargo_build", {}, ["cargo", "build", "--offline"], "PARAMETER_FORMAT", cwd=badt, env=env)

# --------------------------------------------------------------------------- documented rows


DOCUMENTED = [
    documented("kubectl_apply", {"file": "deploy/api.yaml"},
        'Error from server (Forbidden): error when creating "deploy/api.yaml": admission webhook "validation.gatekeeper.sh" denied the request: '
        '[psp-pods-allowed-user-ranges] Container api is attempting to run as disallowed user 0. Allowed runAsUser: {"ranges": [{"max": 65535, "min": 1000}], "rule": "MustRunAs"}',
        "INCORRECT_PARAMETER", "kubectl apply -f deploy/api.yaml"),
    documented("kubectl_apply", {"file": "k8s/ingress.yaml"},
        'Error from server (InternalError): error when creating "k8s/ingress.yaml": Internal error occurred: failed calling webhook '
        '"validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": '
        'context deadline exceeded', "timeout", "kubectl apply -f k8s/ingress.yaml"),
    documented("kubectl_apply", {"file": "k8s/worker.yaml"},
        'The Deployment "worker" is invalid: spec.template.spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit',
        "INCORRECT_PARAMETER", "kubectl apply -f k8s/worker.yaml"),
    documented("kubectl_apply", {"file": "k8s/cronjob.yaml"},
        'error: error validating "k8s/cronjob.yaml": error validating data: ValidationError(CronJob.spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort): '
        'invalid type for io.k8s.api.core.v1.ContainerPort.containerPort: got "string", expected "integer"; if you choose to ignore these errors, turn validation off with --validate=false',
        "PARAMETER_FORMAT", "kubectl apply -f k8s/cronjob.yaml"),
    documented("kubectl_apply", {"file": "k8s/svc.yaml"},
        'Error from server (BadRequest): error when creating "k8s/svc.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.selctor"',
        "INCORRECT_PARAMETER", "kubectl apply -f k8s/svc.yaml"),
    documented("argocd_app_sync", {"app": "payments"},
        'FATA[0003] rpc error: code = FailedPrecondition desc = authentication required', "auth", "argocd app sync payments"),
    documented("argocd_app_sync", {"app": "payments-ssl-401"},
        'FATA[0001] rpc error: code = NotFound desc = applications.argoproj.io "payments-ssl-401" not found', "INCORRECT_PARAMETER",
        "argocd app sync payments-ssl-401"),
    documented("argocd_app_get", {"app": "billing"},
        "ComparisonError: Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = "
        "Manifest generation error (cached): `kustomize build .` failed exit status 1: Error: accumulating resources: accumulation err='accumulating resources from "
        "'../base': evalsymlink failure on '/tmp/_argocd-repo/apps/base' : lstat /tmp/_argocd-repo/apps/base: no such file or directory'",
        "INCORRECT_PARAMETER", "argocd app get billing"),
    documented("tkn_pipeline_start", {"pipeline": "build-and-push"},
        'Error: Pipeline.tekton.dev "build-and-push" is invalid: missing parameter values for params "image-tag", "git-revision"',
        "MISSING_PARAMETER", "tkn pipeline start build-and-push -n ci"),
    documented("tkn_taskrun_logs", {"taskrun": "build-and-push-run-x7k2p"},
        'TaskRun build-and-push-run-x7k2p failed: "step-push" exited with code 1: error pushing image: '
        'PUT https://registry.example.com/v2/acme/api/manifests/1.4.2: UNAUTHORIZED: authentication required',
        "auth", "tkn taskrun logs build-and-push-run-x7k2p -n ci"),
    documented("github_actions_run", {"workflow": "ci.yml"},
        "Error: The template is not valid. .github/workflows/ci.yml (Line: 27, Col: 14): Unrecognized named-value: 'secret'. Located at position 1 within expression: secret.NPM_TOKEN",
        "PARAMETER_FORMAT", "gh workflow run ci.yml"),
    documented("github_actions_run", {"workflow": "deploy.yml", "ref": "main"},
        "HTTP 422: Workflow does not have 'workflow_dispatch' trigger (https://api.github.com/repos/acme/api/actions/workflows/deploy.yml/dispatches)",
        "MISSING_PREREQUISITE", "gh workflow run deploy.yml --ref main"),
    documented("github_actions_job_logs", {"run_id": 9182736455},
        "The job running on runner GitHub Actions 17 has exceeded the maximum execution time of 360 minutes.", "timeout",
        "gh run view 9182736455 --log-failed"),
    documented("gitlab_ci_lint", {"file": ".gitlab-ci.yml"},
        "jobs:deploy_eof401 config contains unknown keys: enviroment", "INCORRECT_PARAMETER", "POST https://gitlab.example.com/api/v4/projects/42/ci/lint"),
    documented("gitlab_ci_job_logs", {"job_id": 5512},
        "ERROR: Job failed (system failure): prepare environment: setting up credentials: secrets \"runner-abcd-project-42-concurrent-0\" is forbidden: exceeded quota: compute-resources, requested: limits.memory=4Gi, used: limits.memory=14Gi, limited: limits.memory=16Gi",
        "resource", "GET https://gitlab.example.com/api/v4/projects/42/jobs/5512/trace"),
    documented("docker_pull", {"image": "ghcr.io/acme/internal-api:1.4.2"},
        "Error response from daemon: Head \"https://ghcr.io/v2/acme/internal-api/manifests/1.4.2\": denied: denied", "permission",
        "docker pull ghcr.io/acme/internal-api:1.4.2"),
    documented("docker_pull", {"image": "acme/api:1.4.2"},
        "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit",
        "rate_limit", "docker pull acme/api:1.4.2"),
    documented("docker_login", {"registry": "registry.example.com"},
        "Error response from daemon: Get \"https://registry.example.com/v2/\": unauthorized: incorrect username or password", "auth",
        "docker login registry.example.com -u ci-bot --password-stdin"),
    documented("docker_pull", {"image": "registry.example.com/acme/api:latset"},
        "Error response from daemon: manifest for registry.example.com/acme/api:latset not found: manifest unknown: manifest unknown",
        "INCORRECT_PARAMETER", "docker pull registry.example.com/acme/api:latset"),
    documented("twine_upload", {"dist": "dist/*"},
        "ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/\n         File already exists ('acme_sdk-1.2.0-py3-none-any.whl', with blake2_256 hash 'a1b2c3'). "
        "See https://pypi.org/help/#file-name-reuse for more information.", "WORKFLOW_SEQUENCE", "twine upload dist/*"),
    documented("twine_upload", {"dist": "dist/*"},
        "ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n         Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.",
        "auth", "twine upload dist/*"),
    documented("twine_upload", {"dist": "dist/*"},
        "ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/\n         '2024.13.01-final' is an invalid value for Version. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. "
        "See https://packaging.python.org/specifications/core-metadata for more information.", "PARAMETER_FORMAT", "twine upload dist/*"),
    documented("jira_issue_transition", {"issue": "OPS-503", "transition": "Done"},
        'HTTP 400: {"errorMessages":[],"errors":{"resolution":"Field \'resolution\' is required"}}', "MISSING_PARAMETER",
        "POST https://acme.atlassian.net/rest/api/3/issue/OPS-503/transitions"),
    documented("jira_issue_get", {"issue": "PLAT-1401"},
        'HTTP 404: {"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}', "INCORRECT_PARAMETER",
        "GET https://acme.atlassian.net/rest/api/3/issue/PLAT-1401"),
    documented("confluence_page_update", {"page_id": 884736, "version": 7},
        'HTTP 409: {"statusCode":409,"data":{"authorized":false,"valid":true,"errors":[],"successful":false},"message":"Version must be incremented on update. Current version is: 8"}',
        "WORKFLOW_SEQUENCE", "PUT https://acme.atlassian.net/wiki/rest/api/content/884736"),
    documented("confluence_page_create", {"space": "ENGG", "title": "Runbook"},
        'HTTP 400: {"statusCode":400,"data":{"authorized":false,"valid":false,"errors":[],"successful":false},"message":"No space with key : ENGG"}',
        "INCORRECT_PARAMETER", "POST https://acme.atlassian.net/wiki/rest/api/content"),
    documented("python_exec", {"code": "psycopg.connect(dsn)"},
        'psycopg.OperationalError: connection failed: connection to server at "10.0.4.12", port 5432 failed: FATAL:  password authentication failed for user "app"',
        "auth", "python app/db.py"),
    documented("python_exec", {"code": "cur.execute(sql, params)"},
        'psycopg2.errors.UndefinedColumn: column "created_at_eof" of relation "events" does not exist\nLINE 1: INSERT INTO events (name, created_at_eof) VALUES (\'x\', now())\n                                 ^',
        "INCORRECT_PARAMETER", "python scripts/backfill.py"),
    documented("python_exec", {"code": "session.commit()"},
        'sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "users_email_key"\n'
        'DETAIL:  Key (email)=(ada@example.com) already exists.\n[SQL: INSERT INTO users (email) VALUES (%(email)s) RETURNING users.id]\n'
        '(Background on this error at: https://sqlalche.me/e/20/gkpj)', "WORKFLOW_SEQUENCE", "python scripts/seed.py"),
    documented("python_exec", {"code": "engine.connect()"},
        'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" (10.0.4.12), port 5432 failed: Connection refused\n'
        '\tIs the server running on that host and accepting TCP/IP connections?\n(Background on this error at: https://sqlalche.me/e/20/e3q8)', "network", "python -m app.migrate"),
    documented("python_exec", {"code": "session.query(User).one()"},
        "sqlalchemy.exc.NoResultFound: No row was found when one was required", "INCORRECT_PARAMETER", "python scripts/report.py"),
    documented("python_exec", {"code": "sqlalchemy.create_engine(url)"},
        "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'postgres//app:secret@db:5432/app'", "PARAMETER_FORMAT", "python app/db.py"),
    documented("python_exec", {"code": "requests.get(url, timeout=5)"},
        "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.partner.example', port=443): Max retries exceeded with url: /v2/orders "
        "(Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f2a1c3b5d50>, 'Connection to api.partner.example timed out. (connect timeout=5)'))",
        "timeout", "python sync_orders.py"),
    documented("python_exec", {"code": "httpx.get(url)"},
        "httpx.ReadTimeout: The read operation timed out", "timeout", "python sync_orders.py"),
    documented("python_exec", {"code": "requests.get(url)"},
        "requests.exceptions.SSLError: HTTPSConnectionPool(host='intranet.acme.local', port=443): Max retries exceeded with url: /api/health "
        "(Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))",
        "tls", "python healthcheck.py"),
    documented("python_exec", {"code": "requests.post(url, json=payload)"},
        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: /api/jobs "
        "(Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f91e2a4c950>: Failed to establish a new connection: [Errno 111] Connection refused'))",
        "network", "python submit_job.py"),
    documented("python_exec", {"code": "resp.raise_for_status()"},
        "requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://api.example.com/v1/invoices?due_date=31-12-2024",
        "PARAMETER_FORMAT", "python create_invoice.py"),
    documented("python_exec", {"code": "resp.raise_for_status()"},
        "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://api.example.com/v1/reports'\n"
        "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503", "server_error", "python fetch_reports.py"),
    documented("python_exec", {"code": "s3.get_object(Bucket='acme-ssl-certs', Key='prod/eof401.pem')"},
        "botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
        "INCORRECT_PARAMETER", "python fetch_cert.py"),
    documented("python_exec", {"code": "s3.put_object(Bucket='acme-prod-backups', Key='db.dump', Body=data)"},
        "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/ci-runner/i-0abc "
        "is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme-prod-backups/db.dump\" because no identity-based policy allows the s3:PutObject action",
        "permission", "python backup.py"),
    documented("python_exec", {"code": "dynamodb.put_item(TableName='events', Item=item)"},
        "botocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation "
        "(reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.",
        "rate_limit", "python ingest.py"),
    documented("python_exec", {"code": "ec2.run_instances(ImageId='ami-0abc', InstanceType='t3.large', MinCount=1, MaxCount=1)"},
        "botocore.exceptions.ClientError: An error occurred (InvalidParameterValue) when calling the RunInstances operation: Invalid value 't3.larg' for InstanceType.",
        "INCORRECT_PARAMETER", "python provision.py"),
    documented("python_exec", {"code": "sts.get_caller_identity()"},
        "botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired",
        "auth", "python whoami.py"),
]



GROUPS = (python_cases, pip_cases, git_cases, make_cases, sqlite_cases, psql_cases, mariadb_cases, redis_cases,
          curl_cases, shell_cases, archive_cases, openssl_ssh_cases, docker_cases, node_cases, npm_cases, java_cases,
          cc_cases, rust_cases)


def generate() -> list[Row]:
    with Sandbox("corpus3-") as box, Helpers() as helpers:
        start_helpers(helpers, box)
        run = Run(box, normaliser(box.root), base_env(), {"setpriv": can_setpriv()}, NAME, cwd=box.path("work"))
        fixtures(run, box)
        for group in GROUPS:
            try:
                group(run, box)
            except Exception as exc:  # keep the other groups
                run.note(f"group {group.__name__} failed: {exc!r}")
        return run.rows
