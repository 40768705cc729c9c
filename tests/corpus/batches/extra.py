"""Batch "extra": a second, independent batch of real tool errors (held-out check).

Written without looking at the classifier or its rules; mostly tools and error families the
"cli" batch does not cover: node/npx, rustc, gcc/g++, cmake, java/javac/mvn, perl, more git
subcommands, gzip/xz/zip/zstd, openssl s_client/dgst, ssh-keygen/ssh-add, systemctl/loginctl, ip,
ps, timeout, xargs, awk, diff/patch, base64, python exceptions, psql/mariadb/redis-cli failures of
other kinds, curl against a local REST helper with other error-body wordings.

``python -m tests.corpus.generate --batch extra -o tests/corpus/extra_errors.jsonl``; the
hand-written rows (``source: documented``, CLIs and APIs not installed here) are read from the
current ``extra_errors.jsonl`` and appended again, so a regeneration keeps them.

Local helpers (ports 47821-47829 when free): a REST-like HTTP server, the same behind TLS
(self-signed), a listener that never answers, a RESP server (WRONGPASS / MASTERDOWN / BUSY / max
clients) and a closed port.  Redis keys ``corpus2:*`` only (deleted at exit); PostgreSQL and
MariaDB with failing or read-only statements only.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.corpus.harness.normalise import Normaliser, noise
from tests.corpus.harness.rows import Cases, Row, row_errors
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import Sandbox, capabilities, interpreter_bin
from tests.corpus.harness.servers import Helpers, Reply, Request, free_port, reply, self_signed

NAME = "extra"
ALIAS = "/tmp/corpus2"
NOISE = noise(
    r"^npm warn Unknown (user|env|project|builtin) config.*\n?",
    r"^npm (error|ERR!) Log files were not written due to the config logs-max=0\n?",
    r"^npm (error|ERR!) A complete log of this run can be found in:.*\n?",
    r"^Looking in (indexes|links): .*\n?",
)
REDIS_KEYS = ("corpus2:counter", "corpus2:events", "corpus2:rate_limit:503", "corpus2:rate_limit:old")
COMMITTED = Path(__file__).resolve().parent.parent / "extra_errors.jsonl"
RQ_PATH = interpreter_bin() + os.pathsep + os.environ.get("PATH", "")  # rq comes with the project's venv

# --------------------------------------------------------------------------- HTTP helper routes

J = "application/json"
ROUTES = {
    ("GET", "/v2/deployments/web-canary"): (
        404, {"error": {"code": "ResourceNotFound",
                        "message": "The specified deployment 'web-canary' was not found."}}, {}),
    ("GET", "/v2/tickets/OPS-401"): (404, {"detail": "Ticket OPS-401 not found."}, {}),
    ("GET", "/v2/alerts/timeout-monitor"): (
        404, {"timestamp": "2024-05-01T12:00:00.000+00:00", "status": 404, "error": "Not Found",
              "message": "No alert rule named 'timeout-monitor'", "path": "/v2/alerts/timeout-monitor"}, {}),
    ("GET", "/v2/me"): (
        401, {"error": "invalid_token", "error_description": "The access token expired"},
        {"WWW-Authenticate": 'Bearer error="invalid_token", error_description="The access token expired"'}),
    ("GET", "/v2/registry/acme/billing/manifests/latest"): (
        401, {"errors": [{"code": "UNAUTHORIZED", "message": "authentication required", "detail": None}]},
        {"WWW-Authenticate": 'Bearer realm="https://auth.example.com/token",service="registry"'}),
    ("DELETE", "/v2/registry/acme/base/manifests/latest"): (
        403, {"errors": [{"code": "DENIED", "message": "requested access to the resource is denied"}]}, {}),
    ("POST", "/v2/projects/acme/environments/prod/variables"): (
        403, {"message": "You are not allowed to modify variables of the protected environment 'prod'."}, {}),
    ("GET", "/v2/translate"): (
        403, {"error": {"code": 403,
                        "message": "Quota exceeded for quota metric 'Read requests' and limit 'Read requests "
                                   "per day' of service 'translate.example.com' for consumer "
                                   "'project_number:880412'.",
                        "status": "PERMISSION_DENIED"}}, {}),
    ("GET", "/v2/search/code"): (
        403, {"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you "
                         "try again.",
              "documentation_url": "https://docs.example.com/rest/rate-limits#secondary-rate-limits"}, {}),
    ("POST", "/v2/completions"): (
        429, {"error": "too_many_requests", "message": "Slow down: at most 120 requests per minute are "
                                                        "allowed for this key", "retry_after": 17},
        {"Retry-After": "17"}),
    ("GET", "/v2/reports"): (
        400, {"error": "invalid_request", "message": "'start_date' must be in ISO 8601 format (YYYY-MM-DD)"}, {}),
    ("POST", "/v2/messages"): (400, {"error": "missing required parameter: channel"}, {}),
    ("POST", "/v2/webhooks"): (
        409, {"code": "conflict",
              "message": "A webhook with URL https://ci.example.com/hook already exists for this project"}, {}),
    ("POST", "/v2/users"): (422, {"errors": {"email": ["is not a valid email address"]}}, {}),
    ("POST", "/v2/tickets"): (
        400, {"error": "validation_error",
              "details": [{"field": "priority",
                           "message": "unknown value 'urgent', expected one of: low, normal, high"}]}, {}),
    ("GET", "/v2/metrics/summary"): (
        500, {"error": "internal", "message": "unexpected error while processing the request",
              "request_id": "5f0c2e9a-77d4-4c1e-9a51-1b2f0c3d4e5f"}, {}),
    ("GET", "/v2/inventory"): (
        502, "upstream connect error or disconnect/reset before headers. reset reason: connection failure",
        {"Content-Type": "text/plain", "Server": "envoy"}),
    ("GET", "/v2/status"): (
        503, {"status": "unavailable",
              "message": "Scheduled maintenance in progress, please retry after 02:00 UTC"},
        {"Retry-After": "3600"}),
    ("GET", "/v2/exports/full"): (504, "upstream request timeout", {"Content-Type": "text/plain"}),
    ("POST", "/v2/uploads"): (
        408, {"error": "request_timeout", "message": "Client did not send the complete request body in time"},
        {"Connection": "close"}),
    ("PUT", "/v2/artifacts/build-1187.tar.gz"): (
        507, {"error": "insufficient_storage", "message": "Artifact storage is full (quota of 10 GiB reached)"}, {}),
    ("GET", "/v2/feeds/releases"): (429, "Too Many Requests: retry in 30s", {"Retry-After": "30",
                                                                           "Content-Type": "text/plain"}),
    ("POST", "/v2/repos/acme/api/branches"): (
        403, {"message": "You cannot perform write operations on a read-only instance"}, {}),
}



def route(req: Request) -> Reply:
    p = req.target.split("?")[0]
    if (req.method, p) == ("POST", "/v2/events"):
        try:
            json.loads(req.body or b"")
        except ValueError as e:
            return reply(400, {"error": f"Invalid JSON body: {e}"})
        return reply(202, {"accepted": True})
    if p == "/v2/ok":
        return reply(200, {"ok": True})
    known = ROUTES.get((req.method, p))
    if known:
        return reply(*known)
    return reply(404, {"error": "not_found"})


RESP_ERRORS = {
    "AUTH": "-WRONGPASS invalid username-password pair or user is disabled.",
    "GET": "-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
    "SET": "-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.",
    "HSET": "-ERR max number of clients reached",
}


def resp_answer(args: list[str]) -> str:
    cmd = args[0].upper() if args else ""
    if cmd == "COMMAND":
        return "*0"
    if cmd in ("HELLO", "CLIENT", "SELECT"):
        return "+OK"
    if cmd == "PING":
        return "+PONG"
    return RESP_ERRORS.get(cmd, "-ERR unknown command")


# --------------------------------------------------------------------------- cases

CASES = Cases(needs_first_word=True, timeout=15)
case = CASES.case


def wfile(name, text):
    return f"mkdir -p $(dirname {name}) && cat > {name} <<'CORPUS2_EOF'\n{text}CORPUS2_EOF\n"


REPO = ("git init -q -b main . && printf 'hello\\n' > README.md && git add README.md "
        "&& git commit -qm 'initial commit'")
REPO2 = REPO + " && printf 'v2\\n' >> README.md && git commit -qam 'second commit'"

# ---- git (subcommands not in the first batch)
case("git_revert", {"commit": "HEAD~5"}, "git revert --no-edit HEAD~5", "INCORRECT_PARAMETER", setup=REPO2)
case("git_tag", {"action": "delete", "tag": "v2.0.1"}, "git tag -d v2.0.1", "INCORRECT_PARAMETER", setup=REPO)
case("git_tag", {"tag": "v1.0 beta"}, "git tag 'v1.0 beta'", "PARAMETER_FORMAT", setup=REPO)
case("git_remote", {"action": "remove", "name": "upstream"}, "git remote remove upstream", "INCORRECT_PARAMETER",
     setup=REPO)
case("git_submodule", {"action": "add"}, "git submodule add", "MISSING_PARAMETER", setup=REPO)
case("git_stash", {"action": "apply", "stash": "stash@{3}"}, "git stash apply 'stash@{3}'", "INCORRECT_PARAMETER",
     setup=REPO + " && printf 'wip\\n' >> README.md && git stash -q")
case("git_reset", {"mode": "soft", "ref": "HEAD~1"}, "git reset --soft HEAD~1", "INCORRECT_PARAMETER", setup=REPO)
case("git_restore", {"path": "src/handler_401.py"}, "git restore src/handler_401.py", "INCORRECT_PARAMETER",
     setup=REPO)
case("git_switch", {"create": "feature/auth"}, "git switch -c feature/auth", "WORKFLOW_SEQUENCE",
     setup=REPO + " && git branch feature/auth")
case("git_config", {"action": "get"}, "git config --get", "MISSING_PARAMETER", setup=REPO)
case("git_apply", {"patch": "fix.patch"}, "git apply fix.patch", "PARAMETER_FORMAT",
     setup=REPO + " && printf 'diff --git a/README.md b/README.md\\n--- a/README.md\\n+++ b/README.md\\n"
     "@@ -1 +1 @@\\n-hello\\n' > fix.patch")
case("git_apply", {"patch": "fix.patch"}, "git apply fix.patch", "INCORRECT_PARAMETER",
     setup=REPO + " && printf 'diff --git a/README.md b/README.md\\n--- a/README.md\\n+++ b/README.md\\n"
     "@@ -1 +1 @@\\n-hallo\\n+hello world\\n' > fix.patch")
case("git_am", {"mbox": "fix.diff"}, "git am fix.diff", "WRONG_TOOL_SELECTION",
     setup=REPO + " && printf 'diff --git a/README.md b/README.md\\n--- a/README.md\\n+++ b/README.md\\n"
     "@@ -1 +1 @@\\n-hello\\n+hi\\n' > fix.diff")
case("git_branch", {"action": "delete", "name": "topic"}, "git branch -d topic", "WORKFLOW_SEQUENCE",
     setup=REPO + " && git checkout -qb topic && printf 't\\n' > t.txt && git add t.txt && git commit -qm t "
     "&& git checkout -q main")
case("git_branch", {"action": "delete", "name": "main"}, "git branch -d main", "WORKFLOW_SEQUENCE", setup=REPO)
case("git_describe", {}, "git describe", "MISSING_PREREQUISITE", setup=REPO)
case("git_blame", {"path": "src/eof_parser.c"}, "git blame src/eof_parser.c", "INCORRECT_PARAMETER", setup=REPO)
case("git_cherry_pick", {"continue": True}, "git cherry-pick --continue", "WORKFLOW_SEQUENCE", setup=REPO)
case("git_cherry_pick", {"commit": "7c1e9a0b3d5f2e4c6a8b0d1f3e5a7c9b1d3f5429"},
     "git cherry-pick 7c1e9a0b3d5f2e4c6a8b0d1f3e5a7c9b1d3f5429", "INCORRECT_PARAMETER", setup=REPO)
case("git_commit", {"amend": True, "message": "fix"}, "git commit --amend -m fix", "WORKFLOW_SEQUENCE",
     setup="git init -q -b main .")
case("git_clean", {}, "git clean", "MISSING_PARAMETER", setup=REPO + " && touch junk.tmp")
case("git_mv", {"source": "docs/setup.md", "destination": "docs/install.md"}, "git mv docs/setup.md docs/install.md",
     "INCORRECT_PARAMETER", setup=REPO)
case("git_pull", {"remote": "origin", "branch": "main"}, "git pull origin main", "WORKFLOW_SEQUENCE",
     setup=REPO + " && git init -q --bare -b main ../remote.git && git remote add origin ../remote.git "
     "&& git push -q origin main && git clone -q ../remote.git ../other "
     "&& (cd ../other && printf 'theirs\\n' > README.md && git commit -qam theirs && git push -q) "
     "&& printf 'mine\\n' > README.md")
case("git_worktree", {"action": "remove", "path": "../wt-old"}, "git worktree remove ../wt-old",
     "INCORRECT_PARAMETER", setup=REPO)
case("git_init", {"directory": "vendor/lib"}, "git init vendor/lib", "read_only", setup="mkdir vendor",
     ro_mount="vendor")

# ---- pip (offline)
PIPENV = {"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
PIPNET = dict(PIPENV, PIP_CONFIG_FILE="/dev/null", PIP_FIND_LINKS=None)
case("pip_download", {"package": "./dist/acme_utils-0.3.0.tar.gz"},
     "python3 -m pip download --no-deps -d wheels ./dist/acme_utils-0.3.0.tar.gz", "INCORRECT_PARAMETER",
     env=PIPENV, needs=["python3"])
case("pip_install", {"requirements": "requirements.txt"}, "python3 -m pip install -r requirements.txt",
     "PARAMETER_FORMAT", setup="printf 'flask>=2.0,,<3\\n' > requirements.txt", env=PIPENV, needs=["python3"])
case("pip_uninstall", {}, "python3 -m pip uninstall -y", "MISSING_PARAMETER", env=PIPENV, needs=["python3"])
case("pip_show", {"package": "acme-internal-sdk"}, "python3 -m pip show acme-internal-sdk", "INCORRECT_PARAMETER",
     env=PIPENV, needs=["python3"])
case("pip_install", {"editable": "libs/core"}, "python3 -m pip install -e libs/core", "MISSING_PREREQUISITE",
     setup="mkdir -p libs/core/core && touch libs/core/core/__init__.py", env=PIPENV, needs=["python3"])
case("pip_install", {"package": "acme-toolbelt==1.0.0", "index_url": "https://pypi.corp.invalid/simple"},
     "python3 -m pip install --no-cache-dir --retries 1 --timeout 3 --index-url https://pypi.corp.invalid/simple "
     "acme-toolbelt==1.0.0", "dns", env=PIPNET, needs=["python3"], timeout=40)
case("pip_install", {"package": "acme-toolbelt==1.0.0", "index_url": "http://127.0.0.1:{CLOSED}/simple"},
     "python3 -m pip install --no-cache-dir --retries 1 --timeout 3 --index-url http://127.0.0.1:{CLOSED}/simple "
     "acme-toolbelt==1.0.0", "network", env=PIPNET, needs=["python3"], timeout=40)

# ---- npm / npx / node
NPMENV = {"npm_config_update_notifier": "false", "npm_config_fund": "false", "npm_config_audit": "false",
          "npm_config_fetch_retries": "0", "npm_config_logs_max": "0", "npm_config_offline": "true"}
PKG = "printf '{\"name\":\"dashboard\",\"version\":\"1.2.0\",\"scripts\":{\"build\":\"vite build\"}}\\n' > package.json"
case("npm_version", {"bump": "banana"}, "npm version banana --no-git-tag-version", "PARAMETER_FORMAT", setup=PKG,
     env=NPMENV)
case("npx", {"command": "tsc", "no_install": True}, "npx --no-install tsc --noEmit", "MISSING_PREREQUISITE",
     setup=PKG, env=NPMENV)
case("npm_pkg", {"action": "set", "args": ["version"]}, "npm pkg set version", "MISSING_PARAMETER", setup=PKG,
     env=NPMENV)
case("node_run", {"script": "scripts/retry_429.js"}, "node scripts/retry_429.js", "INCORRECT_PARAMETER")
case("node_run", {"code": "require('express')"}, "node -e \"require('express')\"", "MISSING_PREREQUISITE")
case("node_run", {"script": "build.sh"}, "node build.sh", "WRONG_TOOL_SELECTION",
     setup="printf '#!/usr/bin/env bash\\nset -e\\nrm -rf dist && mkdir dist\\ncp -r public/* dist/\\n' > build.sh")
case("node_run", {"script": "src/index.ts"}, "node src/index.ts", "WRONG_TOOL_SELECTION",
     setup=wfile("src/index.ts", "interface Config { port: number }\nconst cfg: Config = { port: 8080 };\n"
                                 "console.log(cfg.port);\n"))
case("node_run", {"flags": ["--experimental-fetchh"], "script": "app.js"}, "node --experimental-fetchh app.js",
     "PARAMETER_FORMAT", setup="echo 'console.log(1)' > app.js")
case("node_run", {"code": "JSON.parse(process.argv[1])", "arg": "{id: 7}"},
     "node -e 'JSON.parse(process.argv[1])' '{id: 7}'", "PARAMETER_FORMAT")
case("node_run", {"code": "require('fs').readFileSync(process.argv[1])", "arg": "config"},
     "node -e \"require('fs').readFileSync(process.argv[1])\" config", "WRONG_TOOL_SELECTION", setup="mkdir config")

NODE_FETCH = r'''const url = process.argv[2];
(async () => {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  if (!res.ok) {
    throw new Error(`GET ${url} failed: ${res.status} ${res.statusText} ${await res.text()}`);
  }
  console.log(await res.text());
})();
'''
NF = wfile("fetch.js", NODE_FETCH)
case("node_run", {"script": "fetch.js", "url": "http://127.0.0.1:{CLOSED}/v2/status"},
     "node fetch.js http://127.0.0.1:{CLOSED}/v2/status", "network", setup=NF)
case("node_run", {"script": "fetch.js", "url": "https://grafana.corp.invalid/api/health"},
     "node fetch.js https://grafana.corp.invalid/api/health", "dns", setup=NF)
case("node_run", {"script": "fetch.js", "url": "https://127.0.0.1:{HTTPS}/v2/ok"},
     "node fetch.js https://127.0.0.1:{HTTPS}/v2/ok", "tls", setup=NF)
case("node_run", {"script": "fetch.js", "url": "http://127.0.0.1:{HANG}/v2/status"},
     "node fetch.js http://127.0.0.1:{HANG}/v2/status", "timeout", setup=NF)
case("node_run", {"script": "fetch.js", "url": "http://127.0.0.1:{HTTP}/v2/metrics/summary"},
     "node fetch.js http://127.0.0.1:{HTTP}/v2/metrics/summary", "server_error", setup=NF)
case("node_run", {"script": "fetch.js", "url": "http://127.0.0.1:{HTTP}/v2/registry/acme/billing/manifests/latest"},
     "node fetch.js http://127.0.0.1:{HTTP}/v2/registry/acme/billing/manifests/latest", "auth", setup=NF)
case("node_run", {"script": "fetch.js", "url": "http://127.0.0.1:{HTTP}/v2/deployments/web-canary"},
     "node fetch.js http://127.0.0.1:{HTTP}/v2/deployments/web-canary", "INCORRECT_PARAMETER", setup=NF)
case("node_run", {"code": "require('fs').writeFileSync('dist/bundle.js', 'x')"},
     "node -e \"require('fs').writeFileSync('dist/bundle.js', 'x')\"", "read_only", setup="mkdir dist",
     ro_mount="dist")
case("node_run", {"code": "require('http').createServer().listen(80)"},
     "node -e \"require('http').createServer().listen(80)\"", "permission", nobody=True, needs=["node"])
case("node_run", {"script": "load.js", "max_old_space_size": 32},
     "node --max-old-space-size=32 load.js", "resource",
     setup="echo 'const a = []; for (;;) a.push(new Array(100000).fill(Math.random()));' > load.js", timeout=60)

# ---- rust
CARGO = ("printf '[package]\\nname = \"svc\"\\nversion = \"0.1.0\"\\nedition = \"2021\"\\n' > Cargo.toml "
         "&& mkdir -p src/bin && echo 'fn main(){}' > src/main.rs")
case("rustc", {"path": "main.rs"}, "rustc main.rs", "INCORRECT_PARAMETER")
case("rustc", {"path": "main.rs", "edition": "2019"}, "rustc --edition 2019 main.rs", "INCORRECT_PARAMETER",
     setup="echo 'fn main(){}' > main.rs")
case("rustc", {"path": "main.rs"}, "rustc main.rs", "PARAMETER_FORMAT",
     setup="printf 'fn main() {\\n    let port: u16 = \"8080\";\\n}\\n' > main.rs")
case("cargo_init", {}, "cargo init --offline", "WORKFLOW_SEQUENCE", setup=CARGO)
case("cargo_run", {}, "cargo run --offline", "MISSING_PARAMETER",
     setup=CARGO + " && echo 'fn main(){}' > src/bin/worker.rs", timeout=60)
case("cargo_test", {"test": "integration"}, "cargo test --offline --test integration", "INCORRECT_PARAMETER",
     setup=CARGO, timeout=60)
case("cargo_add", {"crate": "serde", "version": "not-a-version"}, "cargo add --offline serde@not-a-version",
     "PARAMETER_FORMAT", setup=CARGO)

# ---- C/C++ toolchain
case("gcc", {"sources": ["main.c"]}, "gcc -o app main.c", "INCORRECT_PARAMETER")
case("gcc", {}, "gcc -Wall -O2", "MISSING_PARAMETER")
case("gcc", {"std": "c23x", "sources": ["main.c"]}, "gcc -std=c23x -c main.c", "PARAMETER_FORMAT",
     setup="echo 'int main(void){return 0;}' > main.c")
case("gcc", {"sources": ["fetch.c"]}, "gcc -c fetch.c", "MISSING_PREREQUISITE",
     setup="printf '#include <curl/curl.h>\\nint main(void){return 0;}\\n' > fetch.c")
case("gcc", {"sources": ["main.c"], "libs": ["yaml-cpp"]}, "gcc main.c -lyaml-cpp -o app", "MISSING_PREREQUISITE",
     setup="echo 'int main(void){return 0;}' > main.c")
case("g++", {"sources": ["train.py"]}, "g++ train.py -o train", "WRONG_TOOL_SELECTION",
     setup="printf 'import torch\\nprint(torch.__version__)\\n' > train.py", needs=["g++"])
case("g++", {"sources": ["server.cpp"]}, "g++ -c server.cpp", "PARAMETER_FORMAT",
     setup="printf 'int main() {\\n    int port = 8080\\n    return port;\\n}\\n' > server.cpp", needs=["g++"])
case("gcc", {"sources": ["main.c"], "output": "out/app"}, "gcc main.c -o out/app", "read_only",
     setup="mkdir out && echo 'int main(void){return 0;}' > main.c", ro_mount="out")
case("cmake", {"source": "services/api", "build": "build"}, "cmake -S services/api -B build", "MISSING_PREREQUISITE",
     setup="mkdir -p services/api/src && touch services/api/src/main.c")
case("cmake_build", {"dir": "build"}, "cmake --build build", "WORKFLOW_SEQUENCE",
     setup="mkdir build && printf 'cmake_minimum_required(VERSION 3.16)\\nproject(app C)\\nadd_executable(app main.c)\\n' > CMakeLists.txt")
case("cmake", {"generator": "Ninja Build"}, "cmake -G 'Ninja Build' -S . -B build", "INCORRECT_PARAMETER",
     setup="printf 'cmake_minimum_required(VERSION 3.16)\\nproject(app C)\\n' > CMakeLists.txt")

# ---- Java
case("javac", {"sources": ["Main.java"]}, "javac Main.java", "INCORRECT_PARAMETER")
case("java", {"jar": "target/app.jar"}, "java -jar target/app.jar", "INCORRECT_PARAMETER")
case("java", {"xmx": "4q", "class": "Main"}, "java -Xmx4q Main", "PARAMETER_FORMAT")
case("java", {"class": "com.acme.App"}, "java -cp . com.acme.App", "INCORRECT_PARAMETER",
     setup="printf 'public class Main { public static void main(String[] a) {} }\\n' > Main.java && javac Main.java",
     timeout=60)
case("java", {"class": "Load", "xmx": "16m"}, "java -Xmx16m Load.java", "resource",
     setup="printf 'public class Load { public static void main(String[] a) { long[] big = new long[200_000_000]; "
     "System.out.println(big.length); } }\\n' > Load.java", timeout=60)
case("mvn", {"goal": "package", "offline": True}, "mvn -o -B package", "MISSING_PREREQUISITE")
case("mvn", {"phase": "compil", "offline": True}, "mvn -o -B compil", "INCORRECT_PARAMETER",
     setup="printf '<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
     "<groupId>com.acme</groupId><artifactId>svc</artifactId><version>1.0</version></project>\\n' > pom.xml",
     timeout=60)
case("mvn", {"goal": "validate", "offline": True}, "mvn -o -B validate", "PARAMETER_FORMAT",
     setup="printf '<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId>\\n"
     "<artifactId>svc</artifactId><version>1.0</version>\\n</projec>\\n' > pom.xml", timeout=60)

# ---- perl / awk / misc interpreters
case("perl", {"code": "my $total = ;"}, "perl -e 'my $total = ;'", "PARAMETER_FORMAT")
case("perl", {"module": "JSON::XS"}, "perl -MJSON::XS -e 'print encode_json([1])'", "MISSING_PREREQUISITE")
case("perl", {"script": "tools/rotate_logs.pl"}, "perl tools/rotate_logs.pl", "INCORRECT_PARAMETER")
case("awk", {"program": "{print $1", "path": "access.log"}, "awk '{print $1' access.log", "PARAMETER_FORMAT",
     setup="echo '10.0.0.1 GET /' > access.log")
case("awk", {"script_file": "report.awk", "path": "access.log"}, "awk -f report.awk access.log",
     "INCORRECT_PARAMETER", setup="echo x > access.log")
case("bc", {"expression": "scale=2; 10 / (3"}, "echo 'scale=2; 10 / (3' | bc", "PARAMETER_FORMAT", needs=["bc"])

# ---- archives / compression
case("gzip_decompress", {"path": "backup.tar.xz"}, "gzip -d backup.tar.xz", "WRONG_TOOL_SELECTION",
     setup="mkdir d && echo x > d/a && tar -cJf backup.tar.xz d", needs=["gzip"])
case("gunzip", {"path": "export.csv.gz"}, "gunzip export.csv.gz", "WRONG_TOOL_SELECTION",
     setup="printf 'id,name\\n1,a\\n' > export.csv.gz")
case("xz_decompress", {"path": "db-dump.sql.xz"}, "xz -d db-dump.sql.xz", "INCORRECT_PARAMETER", needs=["xz"])
case("zip", {"archive": "out.zip"}, "zip -r out.zip", "MISSING_PARAMETER")
case("zip", {"archive": "site.zip", "paths": ["public_html"]}, "zip -r site.zip public_html", "INCORRECT_PARAMETER")
case("unzip", {"archive": "bundle.zip", "directory": "dist"}, "unzip -q bundle.zip -d dist", "INCORRECT_PARAMETER")
case("tar_extract", {"archive": "bundle.tar.gz", "directory": "out"}, "tar -xzf bundle.tar.gz -C out",
     "MISSING_PREREQUISITE", setup="mkdir d && echo x > d/a && tar -czf bundle.tar.gz d")
case("tar_list", {"archive": "bundle.tar.gz", "flags": ["-j"]}, "tar -tjf bundle.tar.gz", "INCORRECT_PARAMETER",
     setup="mkdir d && echo x > d/a && tar -czf bundle.tar.gz d")
case("zstd", {"path": "logs.tar.zst", "decompress": True}, "zstd -d logs.tar.zst", "INCORRECT_PARAMETER")
case("dd", {"if": "/dev/zero", "of": "/dev/full", "bs": "1M", "count": 4}, "dd if=/dev/zero of=/dev/full bs=1M count=4",
     "resource")
case("bash", {"command": "head -c 200000 /dev/zero > snapshot.img", "ulimit_f": 16},
     "ulimit -f 16; head -c 200000 /dev/zero > snapshot.img", "resource", needs=["bash"])

# ---- openssl / ssh
case("openssl_s_client", {"connect": "127.0.0.1:{CLOSED}"},
     "openssl s_client -connect 127.0.0.1:{CLOSED} -brief </dev/null", "network", needs=["openssl"])
case("openssl_s_client", {"connect": "vault.corp.invalid:8200"},
     "openssl s_client -connect vault.corp.invalid:8200 -brief </dev/null", "dns", needs=["openssl"])
case("openssl_s_client", {"connect": "127.0.0.1:{HTTPS}", "verify_return_error": True},
     "openssl s_client -connect 127.0.0.1:{HTTPS} -verify_return_error -brief </dev/null", "tls", needs=["openssl"])
case("openssl_dgst", {"digest": "sha265", "path": "release.tar.gz"}, "openssl dgst -sha265 release.tar.gz",
     "INCORRECT_PARAMETER", setup="echo x > release.tar.gz", needs=["openssl"])
case("openssl_x509", {"path": "certs/ssl_proxy.pem"}, "openssl x509 -noout -enddate -in certs/ssl_proxy.pem",
     "INCORRECT_PARAMETER", needs=["openssl"])
case("openssl_req", {"key": "server.key"}, "openssl req -new -key server.key -subj /CN=api -out server.csr",
     "PARAMETER_FORMAT", setup="echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ci@host' > server.key",
     needs=["openssl"])
case("ssh_keygen", {"type": "ed25519", "file": "deploy_key"}, "ssh-keygen -q -t ed25519 -N '' -f deploy_key",
     "WORKFLOW_SEQUENCE", setup="ssh-keygen -q -t ed25519 -N '' -f deploy_key", needs=["ssh-keygen"])
case("ssh_keygen", {"type": "rsa", "bits": 512}, "ssh-keygen -q -t rsa -b 512 -N '' -f id_rsa", "PARAMETER_FORMAT",
     needs=["ssh-keygen"])
case("ssh_keygen", {"type": "ed448"}, "ssh-keygen -q -t ed448 -N '' -f id_ed448", "INCORRECT_PARAMETER",
     needs=["ssh-keygen"])
case("ssh_keygen", {"fingerprint": "authorized_keys.txt"}, "ssh-keygen -l -f authorized_keys.txt",
     "PARAMETER_FORMAT", setup="echo 'not a key' > authorized_keys.txt", needs=["ssh-keygen"])
case("ssh_add", {"list": True}, "ssh-add -l", "daemon_down", env={"SSH_AUTH_SOCK": None}, needs=["ssh-add"])
case("rsync", {"source": "dist/", "destination": "rsync://127.0.0.1:{CLOSED}/site/"},
     "rsync -a dist/ rsync://127.0.0.1:{CLOSED}/site/", "network", setup="mkdir dist")
case("rsync", {"source": "build/", "destination": "deploy@web01.corp.invalid:/srv/app/"},
     "rsync -a -e 'ssh -o BatchMode=yes' build/ deploy@web01.corp.invalid:/srv/app/", "dns", setup="mkdir build")

# ---- system tools
case("systemctl", {"action": "status", "unit": "nginx"}, "systemctl status nginx", "daemon_down")
case("systemctl", {"action": "restrat", "unit": "nginx"}, "systemctl restrat nginx", "WRONG_TOOL_SELECTION")
case("ip_link", {"device": "eth9", "state": "up"}, "ip link set dev eth9 up", "INCORRECT_PARAMETER",
     nobody=True, needs=["ip"])
case("ip_addr", {"address": "10.0.0.300/24", "device": "lo"}, "ip addr add 10.0.0.300/24 dev lo", "PARAMETER_FORMAT",
     nobody=True, needs=["ip"])
case("ip_route", {"prefix": "10.99.0.0/16", "via": "127.0.0.1"}, "ip route add 10.99.0.0/16 via 127.0.0.1",
     "permission", nobody=True, needs=["ip"])
case("ps", {"pid": "abc"}, "ps -p abc", "PARAMETER_FORMAT")
case("kill", {"signal": "SIGFOO", "pid": 1}, "kill -s SIGFOO 1", "INCORRECT_PARAMETER", needs=["bash"])
case("kill", {"signal": "TERM", "pid": 1}, "kill -TERM 1", "permission", nobody=True, needs=["bash"])
case("chmod", {"mode": "755"}, "chmod 755", "MISSING_PARAMETER")
case("chmod", {"mode": "644", "path": "/etc/hosts"}, "chmod 644 /etc/hosts", "permission", nobody=True)
case("mv", {"source": "reports/q3_401k_summary.csv", "destination": "archive/"},
     "mv reports/q3_401k_summary.csv archive/", "INCORRECT_PARAMETER", setup="mkdir reports archive")
case("mkdir", {"path": "build"}, "mkdir build", "WORKFLOW_SEQUENCE", setup="mkdir build")
case("touch", {"date": "yesterday noon-ish", "path": "stamp"}, "touch -d 'yesterday noon-ish' stamp",
     "PARAMETER_FORMAT")
case("touch", {"path": "/sys/kernel/corpus2"}, "touch /sys/kernel/corpus2", "permission")
case("touch", {"path": "assets/.keep"}, "touch assets/.keep", "read_only", setup="mkdir assets", ro_mount="assets")
case("du", {"flags": ["--max-depht=1"], "path": "."}, "du -h --max-depht=1 .", "PARAMETER_FORMAT")
case("df", {"path": "/mnt/data"}, "df -h /mnt/data", "INCORRECT_PARAMETER")
case("env", {"vars": {"NODE_ENV": "production"}, "command": "nodemon"}, "env NODE_ENV=production nodemon server.js",
     "MISSING_PREREQUISITE")
case("timeout", {"duration": "5s"}, "timeout 5s", "MISSING_PARAMETER")
case("timeout", {"duration": "10x", "command": "make test"}, "timeout 10x make test", "PARAMETER_FORMAT")
case("xargs", {"max_args": "abc"}, "printf 'a\\nb\\n' | xargs -n abc echo", "PARAMETER_FORMAT", needs=["xargs"])
case("diff", {"paths": ["old.conf"]}, "diff old.conf", "MISSING_PARAMETER", setup="touch old.conf")
case("diff", {"paths": ["nginx.conf", "nginx.conf.new"]}, "diff nginx.conf nginx.conf.new", "INCORRECT_PARAMETER",
     setup="touch nginx.conf")
case("patch", {"patch": "fix.patch", "strip": 1}, "patch -p1 < fix.patch", "PARAMETER_FORMAT",
     setup="printf 'this is not a patch\\njust notes\\n' > fix.patch")
case("patch", {"patch": "fix.patch", "strip": 1, "forward": True}, "patch -p1 --forward < fix.patch", "WORKFLOW_SEQUENCE",
     setup="printf 'port=80\\n' > app.conf && printf -- '--- a/app.conf\\n+++ b/app.conf\\n@@ -1 +1 @@\\n"
     "-port=80\\n+port=8080\\n' > fix.patch && patch -s -p1 < fix.patch", stream="stdout")
case("patch", {"patch": "fix.patch", "strip": 0}, "patch -p0 --batch < fix.patch", "INCORRECT_PARAMETER",
     setup="mkdir -p src && printf 'port=80\\n' > src/app.conf && printf -- '--- a/src/app.conf\\n+++ b/src/app.conf\\n"
     "@@ -1 +1 @@\\n-port=80\\n+port=8080\\n' > fix.patch", stream="stdout")
case("base64_decode", {"input": "eyJhbGciOi%%JIUzI1NiJ9"}, "echo 'eyJhbGciOi%%JIUzI1NiJ9' | base64 -d",
     "PARAMETER_FORMAT", needs=["base64"])
case("sqlite3", {"db": "notes.txt", "query": "SELECT 1"}, "sqlite3 notes.txt 'SELECT count(*) FROM notes'",
     "WRONG_TOOL_SELECTION", setup="printf 'meeting notes\\n- ship v2\\n- fix login\\n%.0s' $(seq 1 40) > notes.txt")
case("sqlite3", {"db": "app.db", "query": "INSERT INTO users(email) VALUES ('ops@example.com')"},
     "sqlite3 app.db \"INSERT INTO users(email) VALUES ('ops@example.com')\"", "WORKFLOW_SEQUENCE",
     setup="sqlite3 app.db \"CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT UNIQUE); "
     "INSERT INTO users(email) VALUES ('ops@example.com')\"")
case("sqlite3", {"db": "app.db", "query": "UPDATE users SET active = 0", "readonly": True},
     "sqlite3 -readonly app.db 'UPDATE users SET active = 0'", "read_only",
     setup="sqlite3 app.db 'CREATE TABLE users(id INTEGER PRIMARY KEY, active INT)'")
case("sqlite3", {"db": "app.db", "query": "SELECT * FROM users WHERE permission_denied = 1"},
     "sqlite3 app.db 'SELECT * FROM users WHERE permission_denied = 1'", "INCORRECT_PARAMETER",
     setup="sqlite3 app.db 'CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT)'")

# ---- python: json.tool and common exceptions
case("python_json_tool", {"path": "payload.json"}, "python3 -m json.tool payload.json", "PARAMETER_FORMAT",
     setup="printf \"{'name': 'api', 'replicas': 2}\\n\" > payload.json")
case("python_run", {"code": "open('data/eof_markers.csv')"}, "python3 -c \"open('data/eof_markers.csv')\"",
     "INCORRECT_PARAMETER")
case("python_run", {"code": "import os; os.makedirs('/opt/app/cache')"},
     "python3 -c \"import os; os.makedirs('/opt/app/cache')\"", "permission", nobody=True)
case("python_run", {"code": "import math; math.sqrt('16')"}, "python3 -c \"import math; math.sqrt('16')\"",
     "PARAMETER_FORMAT")
case("python_run", {"code": "import json; json.parse('{}')"}, "python3 -c \"import json; json.parse('{}')\"",
     "INCORRECT_PARAMETER")
case("python_run", {"script": "rotate.py"}, "python3 rotate.py", "MISSING_PARAMETER",
     setup=wfile("rotate.py", "import sys\nkeep = int(sys.argv[1])\nprint(f'keeping {keep} backups')\n"))
case("python_run", {"script": "rate.py", "args": ["--window", "0"]}, "python3 rate.py --window 0",
     "INCORRECT_PARAMETER",
     setup=wfile("rate.py", "import argparse\np = argparse.ArgumentParser()\np.add_argument('--window', type=int)\n"
                            "a = p.parse_args()\nprint(1200 / a.window)\n"))
case("python_run", {"script": "load_csv.py", "path": "export.csv"}, "python3 load_csv.py export.csv",
     "PARAMETER_FORMAT",
     setup=wfile("load_csv.py", "import csv, sys\nwith open(sys.argv[1], encoding='utf-8') as f:\n"
                                "    rows = list(csv.reader(f))\nprint(len(rows))\n")
     + "printf 'id,city\\n1,M\\xfcnchen\\n2,K\\xf6ln\\n' > export.csv")
case("python_run", {"module": "pytest_cov"}, "python3 -m pytest_cov", "MISSING_PREREQUISITE")

PYSOCK = r'''import socket, sys
host, port = sys.argv[1], int(sys.argv[2])
s = socket.create_connection((host, port), timeout=2)
s.sendall(b"PING\r\n")
print(s.recv(64))
'''
PS = wfile("probe.py", PYSOCK)
case("python_run", {"script": "probe.py", "host": "127.0.0.1", "port": "{CLOSED}"},
     "python3 probe.py 127.0.0.1 {CLOSED}", "network", setup=PS)
case("python_run", {"script": "probe.py", "host": "queue.corp.invalid", "port": 5672},
     "python3 probe.py queue.corp.invalid 5672", "dns", setup=PS)
case("python_run", {"script": "probe.py", "host": "127.0.0.1", "port": "{HANG}"},
     "python3 probe.py 127.0.0.1 {HANG}", "timeout", setup=PS)
PYTLS = r'''import socket, ssl, sys
ctx = ssl.create_default_context(cafile=sys.argv[3])
with socket.create_connection(("127.0.0.1", int(sys.argv[2]))) as raw:
    with ctx.wrap_socket(raw, server_hostname=sys.argv[1]) as s:
        print(s.version())
'''
case("python_run", {"script": "tls_check.py", "server_hostname": "api.internal.example.com"},
     "python3 tls_check.py api.internal.example.com {HTTPS} ca.pem", "tls",
     setup=wfile("tls_check.py", PYTLS) + "cp {CERT} ca.pem")
PYGET = r'''import sys, urllib.request
print(urllib.request.urlopen(sys.argv[1], timeout=3).read().decode())
'''
PG = wfile("get.py", PYGET)
case("python_run", {"script": "get.py", "url": "http://127.0.0.1:{HTTP}/v2/me"},
     "python3 get.py http://127.0.0.1:{HTTP}/v2/me", "auth", setup=PG)
case("python_run", {"script": "get.py", "url": "http://127.0.0.1:{HTTP}/v2/status"},
     "python3 get.py http://127.0.0.1:{HTTP}/v2/status", "server_error", setup=PG)
case("python_run", {"script": "get.py", "url": "http://127.0.0.1:{HTTP}/v2/feeds/releases"},
     "python3 get.py http://127.0.0.1:{HTTP}/v2/feeds/releases", "rate_limit", setup=PG)
case("node_run", {"script": "fetch.js", "url": "http://127.0.0.1:{HTTP}/v2/search/code?q=timeout"},
     "node fetch.js 'http://127.0.0.1:{HTTP}/v2/search/code?q=timeout'", "rate_limit", setup=NF)
case("python_run", {"script": "get.py", "url": "http://127.0.0.1:{HTTP}/v2/tickets/OPS-401"},
     "python3 get.py http://127.0.0.1:{HTTP}/v2/tickets/OPS-401", "INCORRECT_PARAMETER", setup=PG)
case("python_run", {"code": "import sqlite3; sqlite3.connect('state/app.db').execute(\"insert into runs values ('x')\")"},
     "python3 -c \"import sqlite3; sqlite3.connect('state/app.db').execute(\\\"insert into runs values ('x')\\\")\"",
     "read_only", setup="mkdir state && sqlite3 state/app.db 'create table runs(id text)'", ro_mount="state",
     needs=["python3", "sqlite3"])

# ---- curl against the local REST helper
H = "http://127.0.0.1:{HTTP}"
FB = "curl -sS --fail-with-body "


def curl(params, cmd, label, stream="both", setup=""):
    case("curl", params, cmd, label, stream=stream, setup=setup)


curl({"url": H + "/v2/deployments/web-canary"}, FB + H + "/v2/deployments/web-canary", "INCORRECT_PARAMETER")
curl({"url": H + "/v2/tickets/OPS-401"}, FB + H + "/v2/tickets/OPS-401", "INCORRECT_PARAMETER")
curl({"url": H + "/v2/alerts/timeout-monitor"}, FB + H + "/v2/alerts/timeout-monitor", "INCORRECT_PARAMETER")
curl({"url": H + "/v2/me", "headers": {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"}},
     FB + "-H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' " + H + "/v2/me", "auth")
curl({"url": H + "/v2/registry/acme/billing/manifests/latest"},
     FB + "-H 'Accept: application/vnd.oci.image.manifest.v1+json' " + H + "/v2/registry/acme/billing/manifests/latest",
     "auth")
curl({"method": "DELETE", "url": H + "/v2/registry/acme/base/manifests/latest"},
     FB + "-X DELETE " + H + "/v2/registry/acme/base/manifests/latest", "permission")
curl({"method": "POST", "url": H + "/v2/projects/acme/environments/prod/variables",
      "data": '{"key":"API_KEY","value":"x"}'},
     FB + "-X POST -d '{\"key\":\"API_KEY\",\"value\":\"x\"}' " + H + "/v2/projects/acme/environments/prod/variables",
     "permission")
curl({"url": H + "/v2/translate?q=hello&target=de"}, FB + "'" + H + "/v2/translate?q=hello&target=de'", "resource")
curl({"url": H + "/v2/search/code?q=retry"}, FB + "'" + H + "/v2/search/code?q=retry'", "rate_limit")
curl({"method": "POST", "url": H + "/v2/completions", "data": '{"prompt":"hi"}'},
     FB + "-X POST -d '{\"prompt\":\"hi\"}' " + H + "/v2/completions", "rate_limit")
curl({"url": H + "/v2/reports?start_date=03/15/2024"}, FB + "'" + H + "/v2/reports?start_date=03/15/2024'",
     "PARAMETER_FORMAT")
curl({"method": "POST", "url": H + "/v2/messages", "data": '{"text":"deploy done"}'},
     FB + "-X POST -d '{\"text\":\"deploy done\"}' " + H + "/v2/messages", "MISSING_PARAMETER")
curl({"method": "POST", "url": H + "/v2/webhooks", "data": '{"url":"https://ci.example.com/hook"}'},
     FB + "-X POST -d '{\"url\":\"https://ci.example.com/hook\"}' " + H + "/v2/webhooks", "WORKFLOW_SEQUENCE")
curl({"method": "POST", "url": H + "/v2/users", "data": '{"email":"ops-at-example.com"}'},
     FB + "-X POST -d '{\"email\":\"ops-at-example.com\"}' " + H + "/v2/users", "PARAMETER_FORMAT")
curl({"method": "POST", "url": H + "/v2/tickets", "data": '{"title":"Disk full","priority":"urgent"}'},
     FB + "-X POST -d '{\"title\":\"Disk full\",\"priority\":\"urgent\"}' " + H + "/v2/tickets", "INCORRECT_PARAMETER")
curl({"method": "POST", "url": H + "/v2/events", "data": '{"type": "deploy", "ok": true,}'},
     FB + "-X POST -H 'Content-Type: application/json' -d '{\"type\": \"deploy\", \"ok\": true,}' " + H + "/v2/events",
     "PARAMETER_FORMAT")
curl({"url": H + "/v2/metrics/summary"}, FB + H + "/v2/metrics/summary", "server_error")
curl({"url": H + "/v2/inventory"}, FB + H + "/v2/inventory", "server_error")
curl({"url": H + "/v2/status"}, FB + H + "/v2/status", "server_error")
curl({"url": H + "/v2/exports/full"}, FB + H + "/v2/exports/full", "timeout")
curl({"method": "POST", "url": H + "/v2/uploads"}, FB + "-X POST -d @/dev/null " + H + "/v2/uploads", "timeout")
curl({"method": "PUT", "url": H + "/v2/artifacts/build-1187.tar.gz", "upload": "build.tar.gz"},
     FB + "-T build.tar.gz " + H + "/v2/artifacts/build-1187.tar.gz", "resource",
     setup="head -c 2048 /dev/urandom > build.tar.gz")
curl({"method": "POST", "url": H + "/v2/repos/acme/api/branches", "data": '{"name":"hotfix"}'},
     FB + "-X POST -d '{\"name\":\"hotfix\"}' " + H + "/v2/repos/acme/api/branches", "read_only")
curl({"url": H + "/v2/ok", "connect_timeout": "abc"}, "curl -sS --connect-timeout abc " + H + "/v2/ok",
     "PARAMETER_FORMAT", stream="auto")
curl({"url": H + "/v2/ok", "header": None}, "curl -sS " + H + "/v2/ok -H", "MISSING_PARAMETER", stream="auto")
curl({"url": "https://127.0.0.1:{HTTPS}/v2/ok", "tls_max": "1.1"},
     "curl -sS -k --tls-max 1.1 https://127.0.0.1:{HTTPS}/v2/ok", "tls", stream="auto")
curl({"url": "http://127.0.0.1:{HANG}/v2/ok", "max_time": 2},
     "curl -sS --max-time 2 http://127.0.0.1:{HANG}/v2/ok", "timeout", stream="auto")

# ---- redis-cli (real local Redis; keys corpus2:*)
R = "redis-cli -h 127.0.0.1 -p 6379 "
case("redis_cli", {"command": "INCRBYFLOAT", "key": "corpus2:counter", "increment": "one"},
     R + "INCRBYFLOAT corpus2:counter one", "PARAMETER_FORMAT", service="redis")
case("redis_cli", {"command": "XADD", "key": "corpus2:events", "id": "last"},
     R + "XADD corpus2:events last type deploy", "PARAMETER_FORMAT", service="redis")
case("redis_cli", {"command": "RENAME", "key": "corpus2:rate_limit:503", "newkey": "corpus2:rate_limit:old"},
     R + "RENAME corpus2:rate_limit:503 corpus2:rate_limit:old", "INCORRECT_PARAMETER", service="redis")
case("redis_cli", {"command": "CONFIG", "args": ["GET"]}, R + "CONFIG GET", "MISSING_PARAMETER", service="redis")
case("redis_cli", {"command": "SCRIPT", "args": ["LOADD"]}, R + "SCRIPT LOADD 'return 1'", "INCORRECT_PARAMETER",
     service="redis")
case("redis_cli", {"command": "EVALSHA", "sha": "e0e1f9fabfc9d4800c877a703b823ac0578ff831"},
     R + "EVALSHA e0e1f9fabfc9d4800c877a703b823ac0578ff831 0", "WORKFLOW_SEQUENCE", service="redis")
case("redis_cli", {"user": "ci", "command": "PING"}, "redis-cli -h 127.0.0.1 -p {RESP} --user ci --pass hunter2 PING",
     "auth")
case("redis_cli", {"command": "GET", "key": "corpus2:feature_flags"},
     "redis-cli -h 127.0.0.1 -p {RESP} GET corpus2:feature_flags", "server_error")
case("redis_cli", {"command": "SET", "key": "corpus2:lock", "value": "1"},
     "redis-cli -h 127.0.0.1 -p {RESP} SET corpus2:lock 1", "server_error")
case("redis_cli", {"command": "HSET", "key": "corpus2:user:9", "field": "name", "value": "ana"},
     "redis-cli -h 127.0.0.1 -p {RESP} HSET corpus2:user:9 name ana", "resource")
case("rq_info", {"url": "redis://127.0.0.1:{CLOSED}"}, "rq info --url redis://127.0.0.1:{CLOSED}",
     "daemon_down", env={"PATH": RQ_PATH})

# ---- psql (real local PostgreSQL; failing/read-only statements only)
P = "psql -h 127.0.0.1 -U postgres -d test -X -v ON_ERROR_STOP=1 "
case("psql", {"query": "SELECT lenght('abc')"}, P + "-c \"SELECT lenght('abc')\"", "INCORRECT_PARAMETER",
     service="postgres")
case("psql", {"file": "sql/fix_ssl_timeout.sql"}, P + "-f sql/fix_ssl_timeout.sql", "INCORRECT_PARAMETER",
     service="postgres")
case("psql", {"query": "SELECT pg_sleep(3)", "statement_timeout": "1s"},
     P + "-c \"SET statement_timeout = '1s'\" -c 'SELECT pg_sleep(3)'", "timeout", service="postgres")
case("psql", {"sslmode": "require"}, "psql 'host=127.0.0.1 user=postgres dbname=test sslmode=require' -X -c 'SELECT 1'",
     "tls", service="postgres")
case("psql", {"flags": ["--csvv"]}, P + "--csvv -c 'SELECT 1'", "PARAMETER_FORMAT", service="postgres")
case("psql", {"query": "SELECT rolpassword FROM pg_authid", "role": "pg_monitor"},
     P + "-c 'SELECT rolpassword FROM pg_authid LIMIT 1'", "permission", env={"PGOPTIONS": "-c role=pg_monitor"},
     service="postgres")
case("psql", {"query": "SELECT * FROM generate_series(1, 'ten')"},
     P + "-c \"SELECT * FROM generate_series(1, 'ten')\"", "PARAMETER_FORMAT", service="postgres")
case("psql", {"query": "SELECT datname, usename FROM pg_stat_activity GROUP BY datname"},
     P + "-c 'SELECT datname, usename FROM pg_stat_activity GROUP BY datname'", "PARAMETER_FORMAT",
     service="postgres")
case("psql", {"port": 5433}, "psql -p 5433 -U postgres -d test -X -c 'SELECT 1'", "daemon_down", needs=["psql"],
     env={"PGHOST": None})
case("psql", {"database": "app_production"}, "psql -h 127.0.0.1 -U postgres -d app_production -X -c '\\dt'",
     "MISSING_PREREQUISITE", service="postgres")

# ---- mariadb (real local MariaDB; failing/read-only statements only)
M = "mariadb -h 127.0.0.1 -u root "
case("mysql", {"query": "CALL mysql.refresh_stats()"}, M + "-e 'CALL mysql.refresh_stats()'", "INCORRECT_PARAMETER",
     service="mariadb", needs=["mariadb"])
case("mysql", {"query": "SHOW GRANTS FOR 'ci_bot'@'%'"}, M + "-e \"SHOW GRANTS FOR 'ci_bot'@'%'\"",
     "INCORRECT_PARAMETER", service="mariadb", needs=["mariadb"])
case("mysql", {"query": "CREATE DATABASE mysql"}, M + "-e 'CREATE DATABASE mysql'", "WORKFLOW_SEQUENCE",
     service="mariadb", needs=["mariadb"])
case("mysql", {"flags": ["--batchh"]}, M + "--batchh -e 'SELECT 1'", "PARAMETER_FORMAT", service="mariadb",
     needs=["mariadb"])
case("mysql", {"query": "SELECT COUNT(*) FROM information_schema.columns a, information_schema.columns b",
               "max_statement_time": 0.2},
     M + "-e 'SET STATEMENT max_statement_time=0.2 FOR SELECT COUNT(*) FROM information_schema.columns a, "
         "information_schema.columns b, information_schema.columns c'", "timeout", service="mariadb",
     needs=["mariadb"], timeout=40)
case("mysql", {"ssl_verify_server_cert": True}, M + "--ssl --ssl-verify-server-cert -e 'SELECT 1'", "tls",
     service="mariadb", needs=["mariadb"])
case("mysql", {"host": "mysql-primary.corp.invalid"}, "mariadb -h mysql-primary.corp.invalid -u root -e 'SELECT 1'",
     "dns", needs=["mariadb"])
case("mysql", {"port": "{HANG}"}, "mariadb -h 127.0.0.1 -P {HANG} --connect-timeout=2 -u root -e 'SELECT 1'",
     "timeout", needs=["mariadb"])
case("mysql", {"query": "SELECT 1 INTO OUTFILE '/etc/corpus2_never_written.csv' FROM mysql.user WHERE 1 = 0"},
     M + "-e \"SELECT 1 INTO OUTFILE '/etc/corpus2_never_written.csv' FROM mysql.user WHERE 1 = 0\"",
     "permission", service="mariadb", needs=["mariadb"])
case("mysql", {"query": "SELECT DATE_ADD('2024-01-01', INTERVAL 1 FORTNIGHT)"},
     M + "-e \"SELECT DATE_ADD('2024-01-01', INTERVAL 1 FORTNIGHT)\"", "PARAMETER_FORMAT", service="mariadb",
     needs=["mariadb"])

# ---- docker (daemon not running here, different subcommands than batch 1)
case("docker_build", {"tag": "api:dev", "context": "."}, "docker build -t api:dev .", "daemon_down",
     setup="printf 'FROM alpine\\n' > Dockerfile")
case("docker_volume", {"action": "rm"}, "docker volume rm", "MISSING_PARAMETER")
case("docker_run", {"image": "alpine", "publish": "80:80:80"}, "docker run -p 80:80:80 alpine", "PARAMETER_FORMAT")



# --------------------------------------------------------------------------- run

def base_env(root: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb",
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CEILING_DIRECTORIES": root,
        "GIT_AUTHOR_NAME": "Agent", "GIT_AUTHOR_EMAIL": "agent@example.com",
        "GIT_COMMITTER_NAME": "Agent", "GIT_COMMITTER_EMAIL": "agent@example.com",
        "GIT_AUTHOR_DATE": "2024-05-01T12:00:00Z", "GIT_COMMITTER_DATE": "2024-05-01T12:00:00Z",
        "GIT_TERMINAL_PROMPT": "0", "GIT_EDITOR": "true", "PYTHONDONTWRITEBYTECODE": "1",
        "CARGO_TERM_COLOR": "never", "MAVEN_OPTS": "-Djansi.force=false",
    })
    return env


def documented_rows(path: Path = COMMITTED) -> list[Row]:
    """The hand-written rows live in the committed file only; a regeneration carries them over."""
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = [r for r in rows if r.get("source") == "documented"]
    bad = [e for r in kept for e in row_errors(r)]
    if bad:
        raise ValueError(f"{path}: {bad[0]}")
    return kept


DOCUMENTED = documented_rows()


def generate() -> list[Row]:
    with Sandbox("corpus2-") as box, Helpers() as helpers:
        ports = {"HTTP": free_port(47821), "HTTPS": free_port(47822), "HANG": free_port(47824),
                 "RESP": free_port(47825), "CLOSED": free_port(47829)}
        values: dict[str, object] = dict(ports)
        helpers.http(ports["HTTP"], route, server_version="api-gateway")
        if shutil.which("openssl"):
            tls = box.mkdir("_helpers")
            values["CERT"] = cert = f"{tls}/gateway.local.crt"
            helpers.http(ports["HTTPS"], route, server_version="api-gateway",
                         tls=self_signed(cert, f"{tls}/gateway.local.key", "gateway.local"))
        helpers.hang(ports["HANG"])
        helpers.resp(ports["RESP"], resp_answer)
        caps = capabilities(box.path("probe"))
        run = Run(box, Normaliser(box.root, ALIAS, subs=NOISE, collapse_blank_lines=True), base_env(box.root),
                  caps, NAME, keep_success=True, values=values)
        try:
            return run.run_all(CASES)
        finally:
            if caps.get("redis"):
                subprocess.run(["redis-cli", "-h", "127.0.0.1", "-p", "6379", "DEL", *REDIS_KEYS], capture_output=True)
