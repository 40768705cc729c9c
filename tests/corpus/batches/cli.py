"""Batch "cli": real commands run with wrong usage on a real machine (git, pip, npm, make, python,
jq, tar, curl, redis-cli, psql, mariadb, sqlite3, coreutils, sed, find, grep, ssh, cargo, docker,
kubectl, ...).  ``python -m tests.corpus.generate --batch cli -o tests/corpus/cli_errors.jsonl``

Every case runs ``bash -c COMMAND`` in a fresh ``caseNNN/work`` directory after its ``setup``.
Local helpers (ports 47801-47809 when free): an HTTP server with REST-like routes, a fake git
smart-HTTP endpoint, a fake npm registry and a fake Kubernetes API server; the same behind TLS
(self-signed, and with a wrong-CN certificate); a listener that never answers; a RESP server
answering READONLY / OOM / NOAUTH / NOPERM / LOADING; a closed port.  Services used if present:
Redis (keys ``corpusgen:*``, deleted afterwards), PostgreSQL (``-U postgres -d test``), MariaDB
(root); nothing is written to them except the Redis keys.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time

from tests.corpus.harness.normalise import Normaliser, noise
from tests.corpus.harness.rows import Cases, Row
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import Sandbox, capabilities
from tests.corpus.harness.servers import Helpers, Reply, Request, free_port, reply, self_signed

NAME = "cli"
ALIAS = "/tmp/corpusgen"
NOISE = noise(
    r"^npm warn Unknown (user|env|project|builtin) config.*$",
    r"^npm (error|ERR!) Log files were not written due to the config logs-max=0\n?",
    r"^npm (error|ERR!) A complete log of this run can be found in:.*\n?",
    r"^WARNING: Location '[^']*' is ignored: it is neither a file nor a directory\.\n?",
    r"^Looking in indexes: .*\n?",
    r"^Looking in links: .*\n?",
)
REDIS_KEYS = ("corpusgen:session:42", "corpusgen:lock", "corpusgen:flag", "corpusgen:queue")

# --------------------------------------------------------------------------- HTTP helper routes

REST_ROUTES = {
    # (method, path) -> (status, body, extra headers)
    ("GET", "/api/v4/projects/999999"): (404, {"message": "404 Project Not Found"}, {}),
    ("GET", "/api/v4/user"): (401, {"message": "401 Unauthorized"},
                              {"WWW-Authenticate": 'Bearer realm="gitlab"'}),
    ("DELETE", "/api/v4/projects/42/repository/branches/main"): (
        403, {"message": "403 Forbidden"}, {}),
    ("POST", "/api/v4/projects/42/issues"): (400, {"error": "title is missing"}, {}),
    ("POST", "/api/v4/projects/42/merge_requests"): (
        409, {"message": ["Another open merge request already exists for this source branch: !12"]}, {}),
    ("POST", "/api/v4/projects/42/pipeline"): (
        400, {"message": {"base": ["Reference not found"]}}, {}),
    ("GET", "/api/v4/projects/42/pipelines"): (400, {"error": "updated_after is invalid"}, {}),
    ("POST", "/api/v4/projects/42/labels"): (
        400, {"message": {"color": ["must be a valid color code"]}}, {}),
    ("POST", "/repos/acme/api/issues"): (
        422, {"message": "Validation Failed",
              "errors": [{"resource": "Issue", "code": "missing_field", "field": "title"}],
              "documentation_url": "https://docs.github.com/rest/issues/issues#create-an-issue",
              "status": "422"}, {}),
    ("GET", "/repos/acme/api/commits"): (
        429, {"message": "API rate limit exceeded for 203.0.113.7. (But here's the good news: "
                         "Authenticated requests get a higher rate limit.)",
              "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"},
        {"Retry-After": "60", "X-RateLimit-Remaining": "0"}),
    ("GET", "/api/v4/projects/42/jobs"): (500, {"message": "500 Internal Server Error"}, {}),
    ("GET", "/api/v4/projects/42/repository/tree"): (
        502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
             "</body>\r\n</html>\r\n", {"Content-Type": "text/html"}),
    ("GET", "/rest/api/2/serverInfo"): (
        503, {"errorMessages": ["Service Unavailable"], "errors": {}}, {"Retry-After": "30"}),
    ("GET", "/api/v4/search"): (
        504, "<html><body><h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n</body></html>\n",
        {"Content-Type": "text/html"}),
    ("GET", "/rest/api/2/issue/PROJ-99999"): (
        404, {"errorMessages": ["Issue does not exist or you do not have permission to see it."],
              "errors": {}}, {}),
    ("GET", "/api/v4/version"): (200, {"version": "16.11.2-ee", "revision": "a1b2c3d4e5f"}, {}),
}

GIT_REPOS = {  # repo path prefix -> status
    "/acme/private-tools.git": (401, {"WWW-Authenticate": 'Basic realm="GitLab"'}),
    "/acme/infra-secrets.git": (403, {}),
    "/acme/widgets-old.git": (404, {}),
    "/acme/monorepo.git": (500, {}),
    "/acme/payments.git": (429, {"Retry-After": "120"}),
    "/acme/frontend.git": (503, {}),
}

NPM_REGISTRIES = {  # registry base path -> (status, body)
    "/api/npm/npm-internal/": (401, {"error": "Unauthorized"}),
    "/api/npm/npm-restricted/": (403, {"error": "Forbidden"}),
    "/api/npm/npm-mirror/": (500, {"error": "Internal Server Error"}),
    "/api/npm/npm-public/": (429, {"error": "Too Many Requests"}),
    "/api/npm/npm-edge/": (503, {"error": "Service Unavailable"}),
}


def k8s_status(code, reason, message, details=None):
    body = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": message, "reason": reason, "code": code}
    if details:
        body["details"] = details
    return code, body


K8S_RESOURCES = [
    ("pods", "Pod", True, ["po"]), ("services", "Service", True, ["svc"]),
    ("configmaps", "ConfigMap", True, ["cm"]), ("secrets", "Secret", True, []),
    ("namespaces", "Namespace", False, ["ns"]), ("nodes", "Node", False, ["no"]),
]


def k8s_discovery(path):
    if path == "/api":
        return 200, {"kind": "APIVersions", "versions": ["v1"],
                     "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]}
    if path == "/apis":
        return 200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": []}
    if path == "/api/v1":
        res = [{"name": n, "singularName": k.lower(), "namespaced": ns, "kind": k, "shortNames": sn,
                "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]}
               for n, k, ns, sn in K8S_RESOURCES]
        return 200, {"kind": "APIResourceList", "groupVersion": "v1", "resources": res}
    if path == "/version":
        return 200, {"major": "1", "minor": "30", "gitVersion": "v1.30.2"}
    return None


def k8s_route(mode, method, path, body):
    disc = k8s_discovery(path.split("?")[0])
    if mode == "unauth":
        return k8s_status(401, "Unauthorized", "Unauthorized")
    if disc:
        return disc
    p = path.split("?")[0]
    if mode == "broken":
        return k8s_status(500, "InternalError", 'Internal error occurred: etcdserver: request timed out')
    if mode == "throttled":
        return k8s_status(429, "TooManyRequests", "the server has received too many requests and has asked us to try again later")
    if mode == "unavail":
        return k8s_status(503, "ServiceUnavailable", "the server is currently unable to handle the request")
    m = re.match(r"^/api/v1/namespaces/([^/]+)/(\w+)(?:/([^/]+))?$", p)
    if m:
        ns, kind, name = m.groups()
        if ns not in ("default", "prod", "kube-system"):
            return k8s_status(404, "NotFound", f'namespaces "{ns}" not found',
                              {"name": ns, "kind": "namespaces"})
        if kind == "secrets" and ns == "prod":
            return k8s_status(403, "Forbidden",
                              'secrets is forbidden: User "system:serviceaccount:ci:agent" cannot list resource '
                              f'"secrets" in API group "" in the namespace "{ns}"',
                              {"kind": "secrets"})
        if method == "POST":
            try:
                obj = json.loads(body or b"{}")
            except ValueError:
                obj = {}
            oname = obj.get("metadata", {}).get("name", "")
            if not re.match(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", oname):
                kindname = obj.get("kind", "ConfigMap")
                return k8s_status(
                    422, "Invalid",
                    f'{kindname} "{oname}" is invalid: metadata.name: Invalid value: "{oname}": a lowercase RFC 1123 '
                    "subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and "
                    "end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
                    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                    {"name": oname, "kind": kind.rstrip("s"),
                     "causes": [{"reason": "FieldValueInvalid", "field": "metadata.name"}]})
            return 201, obj
        if name:
            return k8s_status(404, "NotFound", f'{kind} "{name}" not found', {"name": name, "kind": kind})
        return 200, {"kind": "List", "apiVersion": "v1", "metadata": {}, "items": []}
    m = re.match(r"^/api/v1/namespaces(?:/([^/]+))?$", p)
    if m:
        name = m.group(1)
        if method == "POST":
            try:
                obj = json.loads(body or b"{}")
            except ValueError:
                obj = {}
            oname = obj.get("metadata", {}).get("name", "")
            if oname in ("default", "prod", "kube-system"):
                return k8s_status(409, "AlreadyExists", f'namespaces "{oname}" already exists',
                                  {"name": oname, "kind": "namespaces"})
            return 201, obj
        if name and name not in ("default", "prod", "kube-system"):
            return k8s_status(404, "NotFound", f'namespaces "{name}" not found', {"name": name, "kind": "namespaces"})
    return k8s_status(404, "NotFound", "the server could not find the requested resource")


def route(req: Request) -> Reply:
    path = req.target
    p = path.split("?")[0]
    if p.startswith("/slow"):
        time.sleep(4)
        return reply(200, {"ok": True})
    if p.startswith("/k8s-"):
        mode, _, rest = p[len("/k8s-"):].partition("/")
        if mode == "slow":
            time.sleep(4)
        rest = "/" + rest
        if "?" in path:
            rest += "?" + path.split("?", 1)[1]
        return reply(*k8s_route(mode, req.method, rest, req.body))
    for prefix, (status, hdrs) in GIT_REPOS.items():
        if p.startswith(prefix):
            return reply(status, f"{status} error\n", hdrs)
    for prefix, (status, obj) in NPM_REGISTRIES.items():
        if p.startswith(prefix):
            return reply(status, obj)
    known = REST_ROUTES.get((req.method, p))
    if known:
        return reply(*known)
    return reply(404, {"message": "404 Not Found"})


RESP_ERRORS = {
    "SET": "-READONLY You can't write against a read only replica.",
    "LPUSH": "-OOM command not allowed when used memory > 'maxmemory'.",
    "GET": "-NOAUTH Authentication required.",
    "FLUSHALL": "-NOPERM User agent has no permissions to run the 'flushall' command",
    "HGETALL": "-LOADING Redis is loading the dataset in memory",
}


def resp_answer(args: list[str]) -> str:
    """A fake Redis answering a fixed error per command name."""
    cmd = args[0].upper() if args else ""
    if cmd in ("COMMAND", "HELLO", "CLIENT"):
        return "*0" if cmd == "COMMAND" else "+OK"
    if cmd == "PING":
        return "+PONG"
    return RESP_ERRORS.get(cmd, "-ERR unknown command")


# --------------------------------------------------------------------------- cases

CASES = Cases(needs_first_word=True)
case = CASES.case

REPO = ("git init -q -b main . && printf 'hello\\n' > README.md && git add README.md "
        "&& git commit -qm 'initial commit'")
REMOTE = "git init -q --bare -b main ../remote.git && git remote add origin ../remote.git"
CONFLICT = (REPO + " && git checkout -qb feature && printf 'feature\\n' > README.md && git commit -qam feat "
            "&& git checkout -q main && printf 'main\\n' > README.md && git commit -qam main "
            "&& (git merge feature >/dev/null 2>&1 || true)")

# ---- git
case("git_checkout", {"ref": "feature-x"}, "git checkout feature-x", "INCORRECT_PARAMETER", setup=REPO)
case("git_switch", {"branch": "release/2.4"}, "git switch release/2.4", "INCORRECT_PARAMETER", setup=REPO)
case("git_push", {"remote": "origin", "branch": "main"}, "git push origin main", "WORKFLOW_SEQUENCE",
     setup="git init -q -b main . && " + REMOTE)
case("git_push", {}, "git push", "MISSING_PREREQUISITE", setup=REPO)
case("git_push", {"remote": "origin", "branch": "main"}, "git push origin main", "MISSING_PREREQUISITE",
     setup=REPO)
case("git_push", {}, "git push", "MISSING_PREREQUISITE",
     setup=REPO + " && " + REMOTE + " && git checkout -qb feature/login-form")
case("git_push", {"remote": "origin", "branch": "main"}, "git push origin main", "WORKFLOW_SEQUENCE",
     setup=REPO + " && " + REMOTE + " && git push -q origin main && git clone -q ../remote.git ../other "
     "&& (cd ../other && printf 'x\\n' > other.txt && git add other.txt && git commit -qm other && git push -q) "
     "&& printf 'y\\n' > mine.txt && git add mine.txt && git commit -qm mine")
case("git_pull", {}, "git pull", "MISSING_PREREQUISITE",
     setup=REPO + " && " + REMOTE + " && git push -q origin main && git checkout -qb feature/api")
case("git_commit", {"message": "Update docs"}, "git commit -m 'Update docs'", "WORKFLOW_SEQUENCE", setup=REPO)
case("git_commit", {"message": "Fix typo"}, "git commit -m 'Fix typo'", "WORKFLOW_SEQUENCE",
     setup=REPO + " && printf 'changed\\n' >> README.md", stream="stdout")
case("git_commit", {}, "git commit -m", "MISSING_PARAMETER", setup=REPO + " && printf 'c\\n' >> README.md && git add -A")
case("git_commit", {"all": True}, "git commit -a", "MISSING_PARAMETER",
     setup=REPO + " && printf 'c\\n' >> README.md", env={"GIT_EDITOR": "false"})
case("git_commit", {"message": "first"}, "git commit -m first", "MISSING_PREREQUISITE",
     setup="git init -q -b main . && printf 'a\\n' > a.txt && git add a.txt",
     env={"GIT_AUTHOR_NAME": None, "GIT_AUTHOR_EMAIL": None, "GIT_COMMITTER_NAME": None,
          "GIT_COMMITTER_EMAIL": None, "EMAIL": None})
case("git_commit", {"message": "wip"}, "git commit -m wip", "WORKFLOW_SEQUENCE", setup=CONFLICT)
case("git_checkout", {"ref": "feature"}, "git checkout feature", "WORKFLOW_SEQUENCE", setup=CONFLICT)
case("git_merge", {"branch": "feature"}, "git merge feature", "WORKFLOW_SEQUENCE", setup=CONFLICT)
case("git_checkout", {"ref": "develop"}, "git checkout develop", "WORKFLOW_SEQUENCE",
     setup=REPO + " && git checkout -qb develop && printf 'dev\\n' > README.md && git commit -qam dev "
     "&& git checkout -q main && printf 'local edit\\n' > README.md")
case("git_merge", {"branch": "develop"}, "git merge develop", "WORKFLOW_SEQUENCE",
     setup=REPO + " && git checkout -qb develop && printf 'dev\\n' > README.md && git commit -qam dev "
     "&& git checkout -q main && printf 'local edit\\n' > README.md")
case("git_rebase", {"upstream": "main"}, "git rebase main", "WORKFLOW_SEQUENCE",
     setup=REPO + " && git checkout -qb topic && printf 'topic\\n' > README.md && git commit -qam topic "
     "&& git checkout -q main && printf 'main2\\n' > README.md && git commit -qam m2 && git checkout -q topic "
     "&& (git rebase main >/dev/null 2>&1 || true)")
case("git_rebase", {"continue": True}, "git rebase --continue", "WORKFLOW_SEQUENCE", setup=REPO)
case("git_merge", {"abort": True}, "git merge --abort", "WORKFLOW_SEQUENCE", setup=REPO)
case("git_stash", {"action": "pop"}, "git stash pop", "WORKFLOW_SEQUENCE", setup=REPO)
case("git_rev_parse", {"ref": "origin/develop"}, "git rev-parse origin/develop", "INCORRECT_PARAMETER", setup=REPO)
case("git_branch", {"name": "feature"}, "git branch feature", "WORKFLOW_SEQUENCE",
     setup=REPO + " && git branch feature")
case("git_branch", {"name": "fix..login"}, "git branch 'fix..login'", "PARAMETER_FORMAT", setup=REPO)
case("git_tag", {"tag": "v1.0.0"}, "git tag v1.0.0", "WORKFLOW_SEQUENCE", setup=REPO + " && git tag v1.0.0")
case("git_remote", {"name": "origin", "url": "../remote.git"}, "git remote add origin ../remote.git",
     "WORKFLOW_SEQUENCE", setup=REPO + " && " + REMOTE)
case("git_status", {}, "git status", "MISSING_PREREQUISITE")
case("git_diff", {"path": "src/app.py"}, "git diff src/app.py", "MISSING_PREREQUISITE",
     setup="mkdir -p src && touch src/app.py")
case("git_log", {"range": "main..release-2.0"}, "git log --oneline main..release-2.0", "INCORRECT_PARAMETER",
     setup=REPO)
case("git_log", {"flags": ["--graphh"]}, "git log --graphh", "PARAMETER_FORMAT", setup=REPO)
case("git_show", {"commit": "4010de5ab1c2f3e4d5c6b7a8901234567890abcd"},
     "git show 4010de5ab1c2f3e4d5c6b7a8901234567890abcd", "INCORRECT_PARAMETER", setup=REPO)
case("git_add", {"path": "config/timeout_config.yaml"}, "git add config/timeout_config.yaml",
     "INCORRECT_PARAMETER", setup=REPO)
case("git_cherry_pick", {"commit": "4291abc"}, "git cherry-pick 4291abc", "INCORRECT_PARAMETER", setup=REPO)
case("git_worktree", {"path": "../wt-main", "branch": "main"}, "git worktree add ../wt-main main", "WORKFLOW_SEQUENCE",
     setup=REPO)
case("git_bisect", {"verdict": "good"}, "git bisect good", "WORKFLOW_SEQUENCE", setup=REPO)
case("git", {"subcommand": "chekout", "args": ["main"]}, "git chekout main", "WRONG_TOOL_SELECTION", setup=REPO)
case("git", {"subcommand": "upload", "args": []}, "git upload", "WRONG_TOOL_SELECTION", setup=REPO)
case("git_clone", {"url": "../service-templates"}, "git clone ../service-templates", "INCORRECT_PARAMETER")
case("git_clone", {"url": "../remote.git", "directory": "app"}, "git clone -q ../remote.git app",
     "WORKFLOW_SEQUENCE", setup="git init -q --bare ../remote.git && mkdir app && touch app/main.py")
case("git_clone", {"url": "http://127.0.0.1:{HTTP}/acme/private-tools.git"},
     "git clone http://127.0.0.1:{HTTP}/acme/private-tools.git", "auth", env={"GIT_TERMINAL_PROMPT": "0"})
case("git_clone", {"url": "http://127.0.0.1:{HTTP}/acme/infra-secrets.git"},
     "git clone http://127.0.0.1:{HTTP}/acme/infra-secrets.git", "permission")
case("git_clone", {"url": "http://127.0.0.1:{HTTP}/acme/widgets-old.git"},
     "git clone http://127.0.0.1:{HTTP}/acme/widgets-old.git", "INCORRECT_PARAMETER")
case("git_fetch", {"url": "http://127.0.0.1:{HTTP}/acme/monorepo.git"},
     "git fetch http://127.0.0.1:{HTTP}/acme/monorepo.git main", "server_error", setup=REPO)
case("git_clone", {"url": "http://127.0.0.1:{HTTP}/acme/payments.git"},
     "git clone http://127.0.0.1:{HTTP}/acme/payments.git", "rate_limit")
case("git_clone", {"url": "https://127.0.0.1:{HTTPS}/acme/frontend.git"},
     "git clone https://127.0.0.1:{HTTPS}/acme/frontend.git", "tls")
case("git_clone", {"url": "https://git.corp.invalid/acme/frontend.git"},
     "git clone https://git.corp.invalid/acme/frontend.git", "dns")
case("git_clone", {"url": "http://127.0.0.1:{CLOSED}/acme/frontend.git"},
     "git clone http://127.0.0.1:{CLOSED}/acme/frontend.git", "network")
case("git_clone", {"url": "../remote.git", "directory": "checkout/app"}, "git clone ../remote.git checkout/app",
     "read_only", setup="git init -q --bare ../remote.git && mkdir checkout", ro_mount="checkout")
case("git_clone", {"url": "../remote.git", "directory": "shared/app"}, "git clone ../remote.git shared/app",
     "permission", setup="git init -q --bare ../remote.git && mkdir shared && chmod 755 shared "
     "&& chmod 755 .. . && chmod -R a+rX ../remote.git", nobody=True)
case("git_push", {"remote": "origin", "branch": "main"}, "git push origin main", "permission",
     setup=REPO + " && git init -q --bare ../remote.git && git remote add origin ../remote.git "
     "&& chmod -R a+rX ../remote.git && chmod -R a+rwX . && chmod 755 .. "
     "&& printf '[safe]\\n\\tdirectory = *\\n' > ../gitconfig && chmod 644 ../gitconfig", nobody=True,
     env={"HOME": "/tmp", "GIT_CONFIG_GLOBAL": "{WORK}/../gitconfig"})

# ---- pip
PIPENV = {"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
case("pip_install", {"package": "nonexistent-pkg-xyz", "version": "1.0"},
     "python3 -m pip install nonexistent-pkg-xyz==1.0", "INCORRECT_PARAMETER", env=PIPENV, needs=["python3"],
     timeout=60)
case("pip_install", {"package": "requests=>2.0"}, "python3 -m pip install 'requests=>2.0'", "PARAMETER_FORMAT",
     env=PIPENV, needs=["python3"])
case("pip_install", {"requirements": "requirements-dev.txt"}, "python3 -m pip install -r requirements-dev.txt",
     "INCORRECT_PARAMETER", env=PIPENV, needs=["python3"])
case("pip_install", {}, "python3 -m pip install", "MISSING_PARAMETER", env=PIPENV, needs=["python3"])
case("pip_install", {"editable": "."}, "python3 -m pip install -e .", "MISSING_PREREQUISITE", env=PIPENV,
     needs=["python3"])
case("pip", {"subcommand": "instal", "package": "requests"}, "python3 -m pip instal requests",
     "WRONG_TOOL_SELECTION", env=PIPENV, needs=["python3"])
case("pip_install", {"package": "requests", "flags": ["--upgrade-all"]},
     "python3 -m pip install --upgrade-all requests", "PARAMETER_FORMAT", env=PIPENV, needs=["python3"])

# ---- npm
NPMENV = {"npm_config_update_notifier": "false", "npm_config_fund": "false", "npm_config_audit": "false",
          "npm_config_fetch_retries": "0", "npm_config_logs_max": "0"}
PKG = "printf '{\"name\":\"web\",\"version\":\"1.0.0\",\"scripts\":{\"build\":\"tsc\",\"test\":\"jest\"}}\\n' > package.json"
case("npm_install", {}, "npm install", "MISSING_PREREQUISITE", env=NPMENV)
case("npm_run", {"script": "start"}, "npm run start", "INCORRECT_PARAMETER", setup=PKG, env=NPMENV)
case("npm_run", {"script": "build"}, "npm run build", "MISSING_PREREQUISITE", env=NPMENV)
case("npm_view", {"package": "left-pad", "version": "99.99.99"}, "npm view left-pad@99.99.99 version",
     "INCORRECT_PARAMETER", env=NPMENV, timeout=30)
case("npm_install", {"package": "@acme-corpus/nonexistent-ui-kit"}, "npm install @acme-corpus/nonexistent-ui-kit",
     "INCORRECT_PARAMETER", setup=PKG, env=NPMENV, timeout=30)
case("npm_install", {"package": "react@>>18"}, "npm install 'react@>>18'", "PARAMETER_FORMAT", setup=PKG, env=NPMENV)
case("npm_install", {}, "npm install", "PARAMETER_FORMAT",
     setup="printf '{\"name\": \"web\", \"version\": \"1.0.0\",}\\n' > package.json", env=NPMENV)
case("npm_ci", {}, "npm ci", "MISSING_PREREQUISITE", setup=PKG, env=NPMENV)
case("npm", {"subcommand": "frobnicate"}, "npm frobnicate", "WRONG_TOOL_SELECTION", env=NPMENV)
case("npm_install", {"package": "lodash", "registry": "http://127.0.0.1:{HTTP}/api/npm/npm-internal/"},
     "npm install lodash --registry http://127.0.0.1:{HTTP}/api/npm/npm-internal/", "auth", setup=PKG, env=NPMENV)
case("npm_install", {"package": "@acme/billing-sdk", "registry": "http://127.0.0.1:{HTTP}/api/npm/npm-restricted/"},
     "npm install @acme/billing-sdk --registry http://127.0.0.1:{HTTP}/api/npm/npm-restricted/", "permission",
     setup=PKG, env=NPMENV)
case("npm_install", {"package": "express", "registry": "http://127.0.0.1:{HTTP}/api/npm/npm-mirror/"},
     "npm install express --registry http://127.0.0.1:{HTTP}/api/npm/npm-mirror/", "server_error", setup=PKG,
     env=NPMENV)
case("npm_install", {"package": "axios", "registry": "http://127.0.0.1:{HTTP}/api/npm/npm-public/"},
     "npm install axios --registry http://127.0.0.1:{HTTP}/api/npm/npm-public/", "rate_limit", setup=PKG,
     env=NPMENV)
case("npm_install", {"package": "express", "registry": "http://127.0.0.1:{CLOSED}/"},
     "npm install express --registry http://127.0.0.1:{CLOSED}/", "network", setup=PKG, env=NPMENV)
case("npm_install", {"package": "express", "registry": "https://registry.corp.invalid/"},
     "npm install express --registry https://registry.corp.invalid/", "dns", setup=PKG, env=NPMENV)
case("npm_install", {"package": "express", "registry": "http://127.0.0.1:{HANG}/"},
     "npm install express --registry http://127.0.0.1:{HANG}/ --fetch-timeout=2000", "timeout", setup=PKG,
     env=NPMENV, timeout=20)
case("npm_install", {"package": "express", "registry": "https://127.0.0.1:{HTTPS}/"},
     "npm install express --registry https://127.0.0.1:{HTTPS}/", "tls", setup=PKG, env=NPMENV)

# ---- make
MK = "printf 'build:\\n\\t@echo building\\ntest: build\\n\\t@echo testing\\n' > Makefile"
case("make", {"target": "deploy"}, "make deploy", "INCORRECT_PARAMETER", setup=MK)
case("make", {}, "make", "MISSING_PREREQUISITE")
case("make", {"target": "build"}, "make build", "PARAMETER_FORMAT",
     setup="printf 'build:\\n    gcc -o app main.c\\n' > Makefile")
case("make", {"target": "test", "jobs": "auto"}, "make --jobs=auto test", "PARAMETER_FORMAT", setup=MK)
case("make", {"target": "app"}, "make app", "MISSING_PREREQUISITE",
     setup="printf 'app: src/main.c\\n\\tgcc -o app src/main.c\\n' > Makefile")
case("make", {"makefile": "build.mk", "target": "all"}, "make -f build.mk all", "INCORRECT_PARAMETER", setup=MK)

# ---- python
ARGCLI = r'''import argparse
p = argparse.ArgumentParser(prog="deploy.py")
p.add_argument("--name", required=True)
p.add_argument("--env", choices=["dev", "staging", "prod"], default="dev")
p.add_argument("--replicas", type=int, default=1)
a = p.parse_args()
print(a)
'''
SETTINGS = r'''import json, sys
settings = json.load(open("settings.json"))
print(settings[sys.argv[1]])
'''
PARSE = r'''import json, sys
payload = json.loads(sys.argv[1])
print(payload["id"])
'''
FETCH = r'''import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    print(r.read()[:200])
'''
SQLITE = r'''import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
con.execute("INSERT INTO jobs(name) VALUES ('nightly')")
con.commit()
'''
SQLITE_Q = r'''import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
print(con.execute(sys.argv[2]).fetchall())
'''
OPENMANY = r'''import glob
handles = [open(p) for p in sorted(glob.glob("logs/*.log"))]
print(len(handles))
'''


def wfile(name, text):
    return f"cat > {name} <<'CORPUS_EOF'\n{text}CORPUS_EOF\n"


case("python_run", {"script": "migrate.py"}, "python3 migrate.py", "INCORRECT_PARAMETER")
case("python_run", {"script": "deploy.py", "args": ["--env", "prod"]}, "python3 deploy.py --env prod",
     "MISSING_PARAMETER", setup=wfile("deploy.py", ARGCLI))
case("python_run", {"script": "deploy.py", "args": ["--name", "api", "--env", "production"]},
     "python3 deploy.py --name api --env production", "INCORRECT_PARAMETER", setup=wfile("deploy.py", ARGCLI))
case("python_run", {"script": "deploy.py", "args": ["--name", "api", "--replicas", "three"]},
     "python3 deploy.py --name api --replicas three", "PARAMETER_FORMAT", setup=wfile("deploy.py", ARGCLI))
case("python_run", {"script": "deploy.py", "args": ["--name", "api", "--dry-run"]},
     "python3 deploy.py --name api --dry-run", "PARAMETER_FORMAT", setup=wfile("deploy.py", ARGCLI))
case("python_run", {"script": "get_setting.py", "key": "db_hosst"}, "python3 get_setting.py db_hosst",
     "INCORRECT_PARAMETER",
     setup=wfile("get_setting.py", SETTINGS) + "printf '{\"db_host\": \"localhost\", \"db_port\": 5432}' > settings.json")
case("python_run", {"script": "parse.py", "payload": "{'id': 7}"}, "python3 parse.py \"{'id': 7}\"",
     "PARAMETER_FORMAT", setup=wfile("parse.py", PARSE))
case("python_run", {"script": "parse.py", "payload": '{"name": "x"}'}, "python3 parse.py '{\"name\": \"x\"}'",
     "MISSING_PARAMETER", setup=wfile("parse.py", PARSE))
case("python_run", {"code": "int('12.5')"}, "python3 -c \"int('12.5')\"", "PARAMETER_FORMAT")
case("python_run", {"code": "import polars as pl; print(pl.__version__)"},
     "python3 -c 'import polars as pl; print(pl.__version__)'", "MISSING_PREREQUISITE")
case("python_run", {"code": "from datetime import datetime; datetime.strptime('2024-31-12', '%Y-%m-%d')"},
     "python3 -c \"from datetime import datetime; datetime.strptime('2024-31-12', '%Y-%m-%d')\"", "PARAMETER_FORMAT")
case("python_run", {"code": "print('total:' total)"}, "python3 -c \"print('total:' total)\"", "PARAMETER_FORMAT")
case("python_run", {"script": "model.bin"}, "python3 model.bin", "WRONG_TOOL_SELECTION",
     setup="printf '\\x00\\x01\\x02binary\\x00' > model.bin")
case("python_run", {"script": "setup.sh"}, "python3 setup.sh", "WRONG_TOOL_SELECTION",
     setup="printf '#!/bin/bash\\nset -euo pipefail\\nexport PATH=$HOME/bin:$PATH\\nif [ -f .env ]; then source .env; fi\\n' > setup.sh")
case("python_run", {"module": "src"}, "python3 -m src", "WRONG_TOOL_SELECTION",
     setup="mkdir -p src && touch src/__init__.py")
case("python_run", {"code": "data = bytearray(8 * 1024**3)"}, "python3 -c 'data = bytearray(8 * 1024**3)'",
     "resource", limits={"as": 1024 ** 3})
case("python_run", {"script": "tail_logs.py"}, "python3 tail_logs.py", "resource",
     setup=wfile("tail_logs.py", OPENMANY) + "mkdir logs && for i in $(seq 1 40); do touch logs/app-$i.log; done",
     limits={"nofile": 24})
case("python_run", {"code": "open('/dev/full', 'w').write('x' * 65536)"},
     "python3 -c \"open('/dev/full', 'w').write('x' * 65536)\"", "resource")
case("python_run", {"script": "fetch.py", "url": "http://127.0.0.1:{HTTP}/api/v4/projects/42/jobs"},
     "python3 fetch.py http://127.0.0.1:{HTTP}/api/v4/projects/42/jobs", "server_error", setup=wfile("fetch.py", FETCH))
case("python_run", {"script": "fetch.py", "url": "http://127.0.0.1:{HTTP}/slow/report"},
     "python3 fetch.py http://127.0.0.1:{HTTP}/slow/report", "timeout", setup=wfile("fetch.py", FETCH))
case("python_run", {"script": "fetch.py", "url": "https://metrics.corp.invalid/api/v1/query"},
     "python3 fetch.py https://metrics.corp.invalid/api/v1/query", "dns", setup=wfile("fetch.py", FETCH))
case("python_run", {"script": "fetch.py", "url": "http://127.0.0.1:{CLOSED}/healthz"},
     "python3 fetch.py http://127.0.0.1:{CLOSED}/healthz", "network", setup=wfile("fetch.py", FETCH))
case("python_run", {"script": "fetch.py", "url": "https://127.0.0.1:{HTTPS}/api/v4/version"},
     "python3 fetch.py https://127.0.0.1:{HTTPS}/api/v4/version", "tls", setup=wfile("fetch.py", FETCH))
case("python_run", {"script": "fetch.py", "url": "http://127.0.0.1:{HTTP}/rest/api/2/issue/PROJ-99999"},
     "python3 fetch.py http://127.0.0.1:{HTTP}/rest/api/2/issue/PROJ-99999", "INCORRECT_PARAMETER",
     setup=wfile("fetch.py", FETCH))
case("python_run", {"script": "record_job.py", "db": "jobs.db"}, "python3 record_job.py jobs.db", "read_only",
     setup=wfile("record_job.py", SQLITE) + "python3 -c \"import sqlite3; c=sqlite3.connect('jobs.db'); "
     "c.execute('create table jobs(name text)'); c.commit()\"")
case("python_run", {"script": "query.py", "db": "app.db", "sql": "SELECT * FROM users"},
     "python3 query.py app.db 'SELECT * FROM users'", "MISSING_PREREQUISITE", setup=wfile("query.py", SQLITE_Q))
case("python_run", {"code": "print(open('/root/.ssh/deploy_key').read())"},
     "python3 -c \"print(open('/root/.ssh/deploy_key').read())\"", "permission", nobody=True)
case("sqlite3", {"db": "app.db", "query": "SELEC * FROM users"}, "sqlite3 app.db 'SELEC * FROM users'",
     "PARAMETER_FORMAT")
case("sqlite3", {"db": "app.db", "query": "SELECT emial FROM users"}, "sqlite3 app.db 'SELECT emial FROM users'",
     "INCORRECT_PARAMETER", setup="sqlite3 app.db 'CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT)'")

# ---- jq / yq
case("jq", {"filter": ".items[] | .name", "path": "response.json"}, "jq '.items[] | .name' response.json",
     "PARAMETER_FORMAT", setup="printf '{\"items\": [{\"name\": \"a\"}, {\"name\": \"b\",}]}\\n' > response.json")
case("jq", {"filter": ".items[", "path": "response.json"}, "jq '.items[' response.json", "PARAMETER_FORMAT",
     setup="printf '{\"items\": []}\\n' > response.json")
case("jq", {"filter": ".metadata.labels.app", "path": "pod.json"}, "jq '.metadata.labels.app' pod.json",
     "INCORRECT_PARAMETER", setup="printf '{\"metadata\": {\"labels\": \"app=web\"}}\\n' > pod.json")
case("jq", {"filter": ".", "path": "eof_handler_output.json"}, "jq . eof_handler_output.json",
     "INCORRECT_PARAMETER")
case("jq", {"filter": "$name", "args": ["--arg", "name"]}, "jq -n --arg name", "MISSING_PARAMETER")
case("jq", {"filter": ".[:$n]", "argjson": {"n": "five"}, "path": "data.json"},
     "jq --argjson n five '.[:$n]' data.json", "PARAMETER_FORMAT", setup="echo '[1,2,3]' > data.json")
case("jq", {"filter": "map(select(.x)) | uniq_by_key(.id)", "path": "data.json"},
     "jq 'map(select(.x)) | uniq_by_key(.id)' data.json", "INCORRECT_PARAMETER", setup="echo '[]' > data.json")
case("jq", {"filter": ".spec.replicas", "path": "deployment.yaml"}, "jq '.spec.replicas' deployment.yaml",
     "WRONG_TOOL_SELECTION",
     setup="printf 'apiVersion: apps/v1\\nkind: Deployment\\nspec:\\n  replicas: 3\\n' > deployment.yaml")
case("jq", {"filter": ".[0]", "path": "release.tar.gz"}, "jq '.[0]' release.tar.gz", "WRONG_TOOL_SELECTION",
     setup="mkdir d && echo x > d/a && tar -czf release.tar.gz d")
case("yq", {"expression": ".spec.replicas |", "path": "deployment.yaml"}, "yq '.spec.replicas |' deployment.yaml",
     "PARAMETER_FORMAT",
     setup="printf 'apiVersion: apps/v1\\nkind: Deployment\\nspec:\\n  replicas: 3\\n' > deployment.yaml")

# ---- tar / unzip
case("tar_extract", {"archive": "release-1.4.2.tar.gz"}, "tar -xzf release-1.4.2.tar.gz", "INCORRECT_PARAMETER")
case("tar_extract", {"archive": "bundle.zip"}, "tar -xf bundle.zip", "WRONG_TOOL_SELECTION",
     setup="echo hi > a.txt && zip -q bundle.zip a.txt")
case("tar_create", {"archive": "logs.tar.gz", "paths": ["eof_logs/"]}, "tar -czf logs.tar.gz eof_logs/",
     "INCORRECT_PARAMETER")
case("tar_extract", {"archive": None}, "tar -xf", "MISSING_PARAMETER")
case("tar_create", {"archive": "backup.tar"}, "tar -cf backup.tar", "MISSING_PARAMETER")
case("tar_extract", {"archive": "site.tar", "members": ["site/index.htm"]}, "tar -xf site.tar site/index.htm",
     "INCORRECT_PARAMETER", setup="mkdir site && echo x > site/index.html && tar -cf site.tar site && rm -r site")
case("tar_create", {"archive": "backup.tar", "flags": ["--exclude-vsc"]}, "tar --exclude-vsc -cf backup.tar .",
     "PARAMETER_FORMAT")
case("tar_create", {"archive": "/dev/full", "paths": ["data"]}, "tar -cf /dev/full data", "resource",
     setup="mkdir data && head -c 200000 /dev/urandom > data/blob.bin")
case("tar_extract", {"archive": "site.tar", "directory": "public"}, "tar -xf site.tar -C public", "read_only",
     setup="mkdir site public && echo x > site/index.html && tar -cf site.tar site", ro_mount="public")
case("unzip", {"archive": "release.tar.gz"}, "unzip release.tar.gz", "WRONG_TOOL_SELECTION",
     setup="mkdir d && echo x > d/a && tar -czf release.tar.gz d")

# ---- curl (local HTTP server routes)
H = "http://127.0.0.1:{HTTP}"
case("curl", {"url": H + "/api/v4/projects/999999"}, "curl -sS -f " + H + "/api/v4/projects/999999",
     "INCORRECT_PARAMETER")
case("curl", {"url": H + "/rest/api/2/issue/PROJ-99999"},
     "curl -sS --fail-with-body " + H + "/rest/api/2/issue/PROJ-99999", "INCORRECT_PARAMETER", stream="both")
case("curl", {"url": H + "/api/v4/user"}, "curl -sS -f " + H + "/api/v4/user", "auth")
case("curl", {"url": H + "/api/v4/user", "headers": {"PRIVATE-TOKEN": "glpat-expired"}},
     "curl -sS --fail-with-body -H 'PRIVATE-TOKEN: glpat-expired' " + H + "/api/v4/user", "auth", stream="both")
case("curl", {"method": "DELETE", "url": H + "/api/v4/projects/42/repository/branches/main"},
     "curl -sS --fail-with-body -X DELETE " + H + "/api/v4/projects/42/repository/branches/main", "permission",
     stream="both")
case("curl", {"method": "POST", "url": H + "/api/v4/projects/42/issues", "data": '{"labels": "bug"}'},
     "curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' -d '{\"labels\": \"bug\"}' "
     + H + "/api/v4/projects/42/issues", "MISSING_PARAMETER", stream="both")
case("curl", {"method": "POST", "url": H + "/repos/acme/api/issues", "data": '{"body": "Crash on login"}'},
     "curl -sS --fail-with-body -X POST -d '{\"body\": \"Crash on login\"}' " + H + "/repos/acme/api/issues",
     "MISSING_PARAMETER", stream="both")
case("curl", {"method": "POST", "url": H + "/api/v4/projects/42/merge_requests",
              "data": "source_branch=feature/login&target_branch=main&title=Login"},
     "curl -sS --fail-with-body -X POST -d 'source_branch=feature/login&target_branch=main&title=Login' "
     + H + "/api/v4/projects/42/merge_requests", "WORKFLOW_SEQUENCE", stream="both")
case("curl", {"method": "POST", "url": H + "/api/v4/projects/42/pipeline?ref=relase-2.0"},
     "curl -sS --fail-with-body -X POST '" + H + "/api/v4/projects/42/pipeline?ref=relase-2.0'",
     "INCORRECT_PARAMETER", stream="both")
case("curl", {"url": H + "/api/v4/projects/42/pipelines?updated_after=yesterday"},
     "curl -sS --fail-with-body '" + H + "/api/v4/projects/42/pipelines?updated_after=yesterday'",
     "PARAMETER_FORMAT", stream="both")
case("curl", {"method": "POST", "url": H + "/api/v4/projects/42/labels", "data": "name=urgent&color=reddish"},
     "curl -sS -f -X POST -d 'name=urgent&color=reddish' " + H + "/api/v4/projects/42/labels",
     "PARAMETER_FORMAT")
case("curl", {"url": H + "/repos/acme/api/commits"},
     "curl -sS --fail-with-body " + H + "/repos/acme/api/commits", "rate_limit", stream="both")
case("curl", {"url": H + "/repos/acme/api/commits"}, "curl -sS -f " + H + "/repos/acme/api/commits", "rate_limit")
case("curl", {"url": H + "/api/v4/projects/42/jobs"}, "curl -sS -f " + H + "/api/v4/projects/42/jobs",
     "server_error")
case("curl", {"url": H + "/api/v4/projects/42/repository/tree"},
     "curl -sS --fail-with-body " + H + "/api/v4/projects/42/repository/tree", "server_error", stream="both")
case("curl", {"url": H + "/rest/api/2/serverInfo"}, "curl -sS -f " + H + "/rest/api/2/serverInfo", "server_error")
case("curl", {"url": H + "/api/v4/search?scope=blobs&search=timeout"},
     "curl -sS -f '" + H + "/api/v4/search?scope=blobs&search=timeout'", "timeout")
case("curl", {"url": "http://127.0.0.1:{CLOSED}/healthz"}, "curl -sS http://127.0.0.1:{CLOSED}/healthz", "network")
case("curl", {"url": "https://api.staging.invalid/v1/status"}, "curl -sS https://api.staging.invalid/v1/status", "dns")
case("curl", {"url": H + "/slow/export", "max_time": 1}, "curl -sS --max-time 1 " + H + "/slow/export", "timeout")
case("curl", {"url": "http://127.0.0.1:{HANG}/", "connect_timeout": 1},
     "curl -sS --max-time 2 http://127.0.0.1:{HANG}/", "timeout")
case("curl", {"url": "https://127.0.0.1:{HTTP}/api/v4/version"}, "curl -sS https://127.0.0.1:{HTTP}/api/v4/version",
     "tls")
case("curl", {"url": "https://127.0.0.1:{HTTPS}/api/v4/version"}, "curl -sS https://127.0.0.1:{HTTPS}/api/v4/version",
     "tls")
case("curl", {"url": "https://127.0.0.1:{HTTPS_WRONGCN}/api/v4/version", "cacert": "ca.pem"},
     "curl -sS --cacert ca.pem https://127.0.0.1:{HTTPS_WRONGCN}/api/v4/version", "tls", setup="cp {WRONGCN_CERT} ca.pem")
case("curl", {"url": "http://api.example.com/v1/items?q=a b"}, "curl -sS 'http://api.example.com/v1/items?q=a b'",
     "PARAMETER_FORMAT")
case("curl", {"url": "htps://api.example.com/v1/items"}, "curl -sS htps://api.example.com/v1/items",
     "PARAMETER_FORMAT")
case("curl", {}, "curl -sS", "MISSING_PARAMETER")
case("curl", {"method": "POST", "url": H + "/api/v4/projects/42/issues", "data_file": "issue.json"},
     "curl --no-progress-meter -X POST -H 'Content-Type: application/json' -d @issue.json " + H + "/api/v4/projects/42/issues",
     "INCORRECT_PARAMETER", stream="both")
case("curl", {"url": H + "/api/v4/projects/42/jobs", "flags": ["--retry-on-error"]},
     "curl -sS --retry-on-error " + H + "/api/v4/projects/42/jobs", "PARAMETER_FORMAT")
case("curl", {"url": H + "/api/v4/version", "output": "out/version.json"},
     "curl -sS -o out/version.json " + H + "/api/v4/version", "read_only", setup="mkdir out", ro_mount="out")

# ---- redis-cli
R = "redis-cli -h 127.0.0.1 -p 6379 "
RSET = R + "SET corpusgen:session:42 active >/dev/null"
case("redis_cli", {"command": "LPUSH", "key": "corpusgen:session:42", "value": "x"},
     R + "LPUSH corpusgen:session:42 x", "INCORRECT_PARAMETER", setup=RSET, service="redis")
case("redis_cli", {"command": "GETALL", "key": "corpusgen:session:42"}, R + "GETALL corpusgen:session:42",
     "WRONG_TOOL_SELECTION", service="redis")
case("redis_cli", {"command": "GET"}, R + "GET", "MISSING_PARAMETER", service="redis")
case("redis_cli", {"command": "SET", "key": "corpusgen:lock", "value": "1", "args": ["NX", "XX"]},
     R + "SET corpusgen:lock 1 NX XX", "PARAMETER_FORMAT", service="redis")
case("redis_cli", {"command": "EXPIRE", "key": "corpusgen:session:42", "seconds": "1h"},
     R + "EXPIRE corpusgen:session:42 1h", "PARAMETER_FORMAT", setup=RSET, service="redis")
case("redis_cli", {"db": 99, "command": "PING"}, "redis-cli -h 127.0.0.1 -p 6379 -n 99 PING", "INCORRECT_PARAMETER",
     service="redis")
case("redis_cli", {"port": "{CLOSED}", "command": "PING"}, "redis-cli -h 127.0.0.1 -p {CLOSED} PING", "daemon_down")
case("redis_cli", {"socket": "/run/redis/redis-server.sock", "command": "PING"},
     "redis-cli -s /run/redis/redis-server.sock PING", "daemon_down")
case("redis_cli", {"host": "cache.prod.invalid", "command": "PING"}, "redis-cli -h cache.prod.invalid PING", "dns")
case("redis_cli", {"command": "SET", "key": "corpusgen:flag", "value": "on"},
     "redis-cli -h 127.0.0.1 -p {RESP} SET corpusgen:flag on", "read_only")
case("redis_cli", {"command": "LPUSH", "key": "corpusgen:queue", "value": "job-1"},
     "redis-cli -h 127.0.0.1 -p {RESP} LPUSH corpusgen:queue job-1", "resource")
case("redis_cli", {"command": "GET", "key": "corpusgen:config"}, "redis-cli -h 127.0.0.1 -p {RESP} GET corpusgen:config",
     "auth")
case("redis_cli", {"command": "FLUSHALL"}, "redis-cli -h 127.0.0.1 -p {RESP} FLUSHALL", "permission")
case("redis_cli", {"command": "HGETALL", "key": "corpusgen:user:7"}, "redis-cli -h 127.0.0.1 -p {RESP} HGETALL corpusgen:user:7",
     "server_error")

# ---- psql
P = "psql -h 127.0.0.1 -U postgres -d test -X -v ON_ERROR_STOP=1 "
case("psql", {"query": "SELEC count(*) FROM pg_tables"}, P + "-c 'SELEC count(*) FROM pg_tables'",
     "PARAMETER_FORMAT", service="postgres")
case("psql", {"query": "SELECT * FROM orders LIMIT 5"}, P + "-c 'SELECT * FROM orders LIMIT 5'",
     "MISSING_PREREQUISITE", service="postgres")
case("psql", {"query": "SELECT datnme FROM pg_database"}, P + "-c 'SELECT datnme FROM pg_database'",
     "INCORRECT_PARAMETER", service="postgres")
case("psql", {"database": "analytics", "query": "SELECT 1"},
     "psql -h 127.0.0.1 -U postgres -d analytics -X -c 'SELECT 1'", "MISSING_PREREQUISITE", service="postgres")
case("psql", {"query": "SELECT datname FROM pg_database WHERE oid = 'template1'"},
     P + "-c \"SELECT datname FROM pg_database WHERE oid = 'template-1'::oid\"", "PARAMETER_FORMAT",
     service="postgres")
case("psql", {"query": "SELECT '2024-02-30'::date"}, P + "-c \"SELECT '2024-02-30'::date\"", "PARAMETER_FORMAT",
     service="postgres")
case("psql", {"user": "deploy_bot", "query": "SELECT 1"},
     "psql -h 127.0.0.1 -U deploy_bot -d test -X -c 'SELECT 1'", "auth", service="postgres")
case("psql", {"query": "CREATE TABLE corpusgen_audit(id int)"}, P + "-c 'CREATE TABLE corpusgen_audit(id int)'",
     "read_only", env={"PGOPTIONS": "-c default_transaction_read_only=on"}, service="postgres")
case("psql", {"query": "CREATE TABLE corpusgen_audit(id int)", "role": "pg_read_all_data"},
     P + "-c 'CREATE TABLE corpusgen_audit(id int)'", "permission",
     env={"PGOPTIONS": "-c role=pg_read_all_data"}, service="postgres")
case("psql", {"query": "SELECT pg_read_file('/etc/hostname')", "role": "pg_read_all_data"},
     P + "-c \"SELECT pg_read_file('/etc/hostname')\"", "permission",
     env={"PGOPTIONS": "-c role=pg_read_all_data"}, service="postgres")
case("psql", {"describe": "invoices"}, P + "-c '\\d invoices'", "INCORRECT_PARAMETER", service="postgres")
case("psql", {"query": None}, P + "-c", "MISSING_PARAMETER", service="postgres")
case("psql", {"port": "{CLOSED}"}, "psql -h 127.0.0.1 -p {CLOSED} -U postgres -d test -c 'SELECT 1'", "network",
     needs=["psql"])
case("psql", {"host": "db.internal.invalid"}, "psql -h db.internal.invalid -U postgres -d test -c 'SELECT 1'", "dns",
     needs=["psql"])
case("psql", {"port": "{HANG}"}, "psql 'host=127.0.0.1 port={HANG} user=postgres dbname=test connect_timeout=2' -c 'SELECT 1'",
     "timeout", needs=["psql"])
case("psql", {"host": "/var/run/postgresql-old"}, "psql -h /var/run/postgresql-old -U postgres -d test -c 'SELECT 1'",
     "daemon_down", needs=["psql"])

# ---- mariadb
M = "mariadb -h 127.0.0.1 -u root "
case("mysql", {"database": "inventory", "query": "SELECT 1"}, M + "inventory -e 'SELECT 1'", "MISSING_PREREQUISITE",
     service="mariadb", needs=["mariadb"])
case("mysql", {"query": "SELECT * FROM mysql.audit_log"}, M + "-e 'SELECT * FROM mysql.audit_log'",
     "MISSING_PREREQUISITE", service="mariadb", needs=["mariadb"])
case("mysql", {"query": "SELECT usr FROM mysql.user"}, M + "-e 'SELECT usr FROM mysql.user'", "INCORRECT_PARAMETER",
     service="mariadb", needs=["mariadb"])
case("mysql", {"query": "SELECT * FORM mysql.user"}, M + "-e 'SELECT * FORM mysql.user'", "PARAMETER_FORMAT",
     service="mariadb", needs=["mariadb"])
case("mysql", {"user": "report_ro", "query": "SELECT 1"}, "mariadb -h 127.0.0.1 -u report_ro -pWrongPass1 -e 'SELECT 1'",
     "auth", service="mariadb", needs=["mariadb"])
case("mysql", {"port": "{CLOSED}"}, "mariadb -h 127.0.0.1 -P {CLOSED} -u root -e 'SELECT 1'", "network",
     needs=["mariadb"])
case("mysql", {"socket": "/run/mysqld/mysqld-replica.sock"},
     "mariadb --socket=/run/mysqld/mysqld-replica.sock -u root -e 'SELECT 1'", "daemon_down", needs=["mariadb"])
case("mysql", {"query": "DELETE FROM mysql.help_topic WHERE 1 = 0", "transaction": "READ ONLY"},
     M + "-e 'START TRANSACTION READ ONLY; DELETE FROM mysql.help_topic WHERE 1 = 0; ROLLBACK'",
     "read_only", service="mariadb", needs=["mariadb"])

# ---- coreutils & friends
case("ls", {"path": "deploy/k8s"}, "ls deploy/k8s", "INCORRECT_PARAMETER")
case("ls", {"path": ".", "flags": ["--long"]}, "ls --long .", "PARAMETER_FORMAT")
case("ls", {"path": "/root/.kube"}, "ls /root/.kube", "permission", nobody=True)
case("cat", {"path": "config/timeout_config.yaml"}, "cat config/timeout_config.yaml", "INCORRECT_PARAMETER",
     setup="mkdir config")
case("cat", {"path": "src"}, "cat src", "WRONG_TOOL_SELECTION", setup="mkdir src")
case("cat", {"path": "secrets.env"}, "cat secrets.env", "permission",
     setup="echo TOKEN=x > secrets.env && chmod 600 secrets.env && chmod 755 . ..", nobody=True)
case("cp", {}, "cp", "MISSING_PARAMETER")
case("cp", {"source": "config.yaml"}, "cp config.yaml", "MISSING_PARAMETER", setup="touch config.yaml")
case("cp", {"source": "dump.sql", "destination": "/dev/full"}, "cp dump.sql /dev/full", "resource",
     setup="head -c 100000 /dev/zero > dump.sql")
case("cp", {"source": "templates", "destination": "build/"}, "cp templates build/", "WRONG_TOOL_SELECTION",
     setup="mkdir -p templates build && touch templates/a.html")
case("cp", {"source": "app.conf", "destination": "etc/app.conf"}, "cp app.conf etc/app.conf", "read_only",
     setup="touch app.conf && mkdir etc", ro_mount="etc")
case("mkdir", {}, "mkdir", "MISSING_PARAMETER")
case("mkdir", {"path": "build/reports/junit"}, "mkdir build/reports/junit", "MISSING_PREREQUISITE")
case("mkdir", {"path": "/sys/corpusgen"}, "mkdir /sys/corpusgen", "permission")
case("mkdir", {"path": "cache/pip"}, "mkdir cache/pip", "read_only", setup="mkdir cache", ro_mount="cache")
case("ln", {"target": "releases/v2", "link": "current", "symbolic": True}, "ln -sn releases/v2 current",
     "WORKFLOW_SEQUENCE", setup="mkdir -p releases/v1 releases/v2 && ln -s releases/v1 current")
case("wc", {"path": "logs/eof_errors.log", "lines": True}, "wc -l logs/eof_errors.log", "INCORRECT_PARAMETER",
     setup="mkdir logs")
case("date", {"date": "next blursday"}, "date -d 'next blursday'", "PARAMETER_FORMAT")
case("date", {"date": "2024-13-45", "format": "+%s"}, "date -d 2024-13-45 +%s", "PARAMETER_FORMAT")
case("sort", {"key": "abc", "path": "data.csv"}, "sort -k abc data.csv", "PARAMETER_FORMAT", setup="echo a > data.csv")
case("sort", {"path": "users.csv"}, "sort users.csv", "INCORRECT_PARAMETER")
case("head", {"lines": "x", "path": "app.log"}, "head -n x app.log", "PARAMETER_FORMAT", setup="echo a > app.log")
case("tail", {"lines": "100", "path": "logs/timeout.log"}, "tail -n 100 logs/timeout.log", "INCORRECT_PARAMETER",
     setup="mkdir logs")
case("rm", {"path": "build"}, "rm build", "WRONG_TOOL_SELECTION", setup="mkdir build && touch build/a.o")
case("rm", {"path": "dist/bundle.js"}, "rm dist/bundle.js", "INCORRECT_PARAMETER")
case("chmod", {"mode": "u+rwz", "path": "run.sh"}, "chmod u+rwz run.sh", "PARAMETER_FORMAT", setup="touch run.sh")
case("chown", {"owner": "deploy", "path": "run.sh"}, "chown deploy run.sh", "INCORRECT_PARAMETER", setup="touch run.sh")
case("kill", {"pid": 4999999}, "kill 4999999", "INCORRECT_PARAMETER", needs=["bash"])
case("sed", {"script": "s/foo/bar", "path": "app.conf"}, "sed -i 's/foo/bar' app.conf", "PARAMETER_FORMAT",
     setup="echo foo > app.conf")
case("sed", {"script": "s/(v[0-9]+/v2/", "path": "VERSION", "extended": True}, "sed -E 's/(v[0-9]+/v2/' VERSION",
     "PARAMETER_FORMAT", setup="echo v1 > VERSION")
case("sed", {"script": "s/localhost/db/", "path": "config/database.yml"}, "sed -i 's/localhost/db/' config/database.yml",
     "INCORRECT_PARAMETER")
case("sed", {"script": "s/a/b/", "path": "src"}, "sed -i 's/a/b/' src", "WRONG_TOOL_SELECTION", setup="mkdir src")
case("sed", {"script": "s/x/y/", "path": "etc/hosts.conf"}, "sed -i 's/x/y/' etc/hosts.conf", "read_only",
     setup="mkdir etc && echo x > etc/hosts.conf", ro_mount="etc")
case("find", {"path": "services/", "name": "*.yaml"}, "find services/ -name '*.yaml'", "INCORRECT_PARAMETER")
case("find", {"path": ".", "name": None}, "find . -name", "MISSING_PARAMETER")
case("find", {"path": ".", "mtime": "2d"}, "find . -mtime 2d", "PARAMETER_FORMAT")
case("find", {"path": ".", "type": "x"}, "find . -type x", "INCORRECT_PARAMETER")
case("find", {"path": ".", "predicate": "-filename"}, "find . -filename '*.py'", "PARAMETER_FORMAT")
case("grep", {"pattern": "(?<=id=\\d+)x", "path": "app.log", "perl": True}, "grep -P '(?<=id=\\d+)x' app.log",
     "PARAMETER_FORMAT", setup="echo id=1x > app.log")
case("grep", {"pattern": "ERROR[", "path": "app.log"}, "grep 'ERROR[' app.log", "PARAMETER_FORMAT",
     setup="echo x > app.log")
case("grep", {"pattern": "TODO", "path": "src/main.py"}, "grep TODO src/main.py", "INCORRECT_PARAMETER")
case("grep", {"pattern": "import", "path": "src"}, "grep import src", "WRONG_TOOL_SELECTION", setup="mkdir src")
case("grep", {"pattern": "TODO", "flags": ["-r", "--exclude-dirs=node_modules"]},
     "grep -r --exclude-dirs=node_modules TODO .", "PARAMETER_FORMAT")
case("grep", {}, "grep", "MISSING_PARAMETER")
case("openssl_x509", {"path": "cert.pem"}, "openssl x509 -noout -subject -in cert.pem", "PARAMETER_FORMAT",
     setup="echo 'not a certificate' > cert.pem", needs=["openssl"])
case("ssh", {"host": "bastion.corp.invalid"}, "ssh -o BatchMode=yes bastion.corp.invalid true", "dns")
case("ssh", {"host": "127.0.0.1", "port": "{CLOSED}"}, "ssh -o BatchMode=yes -p {CLOSED} 127.0.0.1 true", "network")
case("ssh", {"host": "127.0.0.1", "port": "{HANG}"},
     "ssh -o BatchMode=yes -o ConnectTimeout=2 -p {HANG} 127.0.0.1 true", "timeout")

# ---- cargo
case("cargo_build", {}, "cargo build --offline", "MISSING_PREREQUISITE")
case("cargo", {"subcommand": "biuld"}, "cargo biuld", "WRONG_TOOL_SELECTION")
case("cargo_build", {}, "cargo build --offline", "PARAMETER_FORMAT",
     setup="printf '[package]\\nname = \"svc\"\\nversion = 0.1.0\\n' > Cargo.toml && mkdir src && echo 'fn main(){}' > src/main.rs")
case("cargo_run", {"bin": "server"}, "cargo run --offline --bin server", "INCORRECT_PARAMETER",
     setup="printf '[package]\\nname = \"svc\"\\nversion = \"0.1.0\"\\nedition = \"2021\"\\n' > Cargo.toml "
     "&& mkdir src && echo 'fn main(){}' > src/main.rs")
case("cargo_new", {"name": "svc"}, "cargo new svc", "WORKFLOW_SEQUENCE",
     setup="mkdir svc && echo 'fn main(){}' > svc/main.rs")
case("cargo_test", {"flags": ["--all-targetz"]}, "cargo test --all-targetz", "PARAMETER_FORMAT")

# ---- docker
case("docker_ps", {}, "docker ps", "daemon_down")
case("docker_images", {"host": "tcp://127.0.0.1:{CLOSED}"}, "docker -H tcp://127.0.0.1:{CLOSED} images",
     "daemon_down")
case("docker_run", {}, "docker run", "MISSING_PARAMETER")
case("docker_run", {"image": "Registry.local/API:latest"}, "docker run Registry.local/API:latest",
     "PARAMETER_FORMAT")
case("docker", {"subcommand": "deploy"}, "docker deploy", "WRONG_TOOL_SELECTION")
case("docker_run", {"image": "alpine", "flags": ["--detatch"]}, "docker run --detatch alpine", "PARAMETER_FORMAT")

# ---- kubectl (fake API server; kubeconfig written in setup)
KCFG = (
    "cat > kubeconfig <<CORPUS_EOF\n"
    "apiVersion: v1\nkind: Config\ncurrent-context: dev\n"
    "clusters:\n"
    "- name: dev\n  cluster:\n    server: SERVER\n"
    "contexts:\n- name: dev\n  context:\n    cluster: dev\n    user: agent\n    namespace: default\n"
    "users:\n- name: agent\n  user:\n    token: sha256~corpusgen\n"
    "CORPUS_EOF\n"
)
KENV = {"KUBECONFIG": "kubeconfig", "KUBECACHEDIR": "kcache"}


def kcfg(server):
    return KCFG.replace("SERVER", server)


K_OK = kcfg("http://127.0.0.1:{HTTP}/k8s-ok")
case("kubectl_get", {"resource": "pod", "name": "api-7d9f8b6c5-x2x9z"}, "kubectl get pod api-7d9f8b6c5-x2x9z",
     "INCORRECT_PARAMETER", setup=K_OK, env=KENV)
case("kubectl_get", {"resource": "pod2"}, "kubectl get pod2", "INCORRECT_PARAMETER", setup=K_OK, env=KENV)
case("kubectl_get", {"resource": "namespace", "name": "payments-stage"}, "kubectl get namespace payments-stage",
     "INCORRECT_PARAMETER", setup=K_OK, env=KENV)
case("kubectl_create", {"resource": "configmap", "name": "app-config", "namespace": "payments-stage"},
     "kubectl create configmap app-config --from-literal=LOG_LEVEL=debug -n payments-stage", "MISSING_PREREQUISITE",
     setup=K_OK, env=KENV)
case("kubectl_create", {"resource": "configmap", "name": "App_Config"},
     "kubectl create configmap App_Config --from-literal=LOG_LEVEL=debug", "PARAMETER_FORMAT", setup=K_OK, env=KENV)
case("kubectl_create", {"resource": "namespace", "name": "prod"}, "kubectl create namespace prod", "WORKFLOW_SEQUENCE",
     setup=K_OK, env=KENV)
case("kubectl_get", {"resource": "secrets", "namespace": "prod"}, "kubectl get secrets -n prod", "permission",
     setup=K_OK, env=KENV)
case("kubectl_get", {"resource": "pods", "output": "yml"}, "kubectl get pods -o yml", "INCORRECT_PARAMETER",
     setup=K_OK, env=KENV)
case("kubectl_get", {"resource": "pods", "namespace": None}, "kubectl get pods -n", "MISSING_PARAMETER",
     setup=K_OK, env=KENV)
case("kubectl", {"subcommand": "status"}, "kubectl status", "WRONG_TOOL_SELECTION", setup=K_OK, env=KENV)
case("kubectl_logs", {}, "kubectl logs", "MISSING_PARAMETER", setup=K_OK, env=KENV)
case("kubectl_config", {"context": "prod-eu"}, "kubectl config use-context prod-eu", "INCORRECT_PARAMETER",
     setup=K_OK, env=KENV)
case("kubectl_config", {}, "kubectl config current-context", "MISSING_PREREQUISITE",
     setup="printf 'apiVersion: v1\\nkind: Config\\nclusters: []\\ncontexts: []\\nusers: []\\n' > kubeconfig",
     env=KENV)
case("kubectl_apply", {"file": "k8s/deployment.yaml"}, "kubectl apply -f k8s/deployment.yaml",
     "INCORRECT_PARAMETER", setup=K_OK, env=KENV)
case("kubectl_apply", {"file": "deployment.yaml"}, "kubectl apply -f deployment.yaml", "PARAMETER_FORMAT",
     setup=K_OK + "printf 'apiVersion: apps/v1\\nkind: Deployment\\nmetadata:\\n  name: api\\n labels: x: y\\n' > deployment.yaml",
     env=KENV)
case("kubectl_scale", {"resource": "deployment/api", "replicas": "three"},
     "kubectl scale deployment/api --replicas=three", "PARAMETER_FORMAT", setup=K_OK, env=KENV)
case("kubectl_get", {"resource": "pods"}, "kubectl get pods", "auth",
     setup=kcfg("http://127.0.0.1:{HTTP}/k8s-unauth"), env=KENV)
case("kubectl_get", {"resource": "pods"}, "kubectl get pods", "server_error",
     setup=kcfg("http://127.0.0.1:{HTTP}/k8s-broken"), env=KENV)
case("kubectl_get", {"resource": "services", "namespace": "kube-system"}, "kubectl get services -n kube-system",
     "rate_limit", setup=kcfg("http://127.0.0.1:{HTTP}/k8s-throttled"), env=KENV)
case("kubectl_get", {"resource": "configmaps"}, "kubectl get configmaps", "server_error",
     setup=kcfg("http://127.0.0.1:{HTTP}/k8s-unavail"), env=KENV)
case("kubectl_get", {"resource": "nodes"}, "kubectl get nodes --request-timeout=2s", "timeout",
     setup=kcfg("http://127.0.0.1:{HTTP}/k8s-slow"), env=KENV, timeout=40)
case("kubectl_get", {"resource": "pods"}, "kubectl get pods", "tls",
     setup=kcfg("https://127.0.0.1:{HTTPS}/k8s-ok"), env=KENV)
case("kubectl_get", {"resource": "pods"}, "kubectl get pods", "dns",
     setup=kcfg("https://api.cluster.corp.invalid:6443"), env=KENV)
case("kubectl_get", {"resource": "pods"}, "kubectl get pods", "network",
     setup=kcfg("https://127.0.0.1:{CLOSED}"), env=KENV)



# --------------------------------------------------------------------------- run

def base_env(root: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb",
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CEILING_DIRECTORIES": root,
        "GIT_AUTHOR_NAME": "Agent", "GIT_AUTHOR_EMAIL": "agent@example.com",
        "GIT_COMMITTER_NAME": "Agent", "GIT_COMMITTER_EMAIL": "agent@example.com",
        "GIT_AUTHOR_DATE": "2024-05-01T12:00:00Z", "GIT_COMMITTER_DATE": "2024-05-01T12:00:00Z",
        "GIT_TERMINAL_PROMPT": "0", "PYTHONDONTWRITEBYTECODE": "1",
    })
    return env


def generate() -> list[Row]:
    with Sandbox("corpusgen-") as box, Helpers() as helpers:
        ports = {"HTTP": free_port(47801), "HTTPS": free_port(47802), "HTTPS_WRONGCN": free_port(47803),
                 "HANG": free_port(47804), "RESP": free_port(47805), "CLOSED": free_port(47809)}
        values: dict[str, object] = dict(ports)
        helpers.http(ports["HTTP"], route, server_version="nginx")
        if shutil.which("openssl"):
            tls = box.mkdir("_helpers")
            helpers.http(ports["HTTPS"], route, server_version="nginx",
                         tls=self_signed(f"{tls}/127.0.0.1-cert.pem", f"{tls}/127.0.0.1-key.pem", "127.0.0.1"))
            values["WRONGCN_CERT"] = wrong = f"{tls}/api.example.com-cert.pem"
            helpers.http(ports["HTTPS_WRONGCN"], route, server_version="nginx",
                         tls=self_signed(wrong, f"{tls}/api.example.com-key.pem", "api.example.com"))
        helpers.hang(ports["HANG"])
        helpers.resp(ports["RESP"], resp_answer)
        caps = capabilities(box.path("unshare-probe"))
        run = Run(box, Normaliser(box.root, ALIAS, subs=NOISE, collapse_blank_lines=True), base_env(box.root),
                  caps, NAME, keep_success=True, values=values)
        try:
            return run.run_all(CASES)
        finally:
            if caps.get("redis"):
                subprocess.run(["redis-cli", "-h", "127.0.0.1", "-p", "6379", "DEL", *REDIS_KEYS], capture_output=True)
