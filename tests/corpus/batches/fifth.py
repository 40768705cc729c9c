"""Batch "fifth": a fifth blind batch of errors as agent tool wrappers see them.

Written without looking at the classifier's rules or at the earlier corpus files.  It favours
wordings earlier batches are unlikely to have: other tools' versions of the same mistake, less
common subcommands and flags, messages as agent tool wrappers return them ("Command failed with
exit code 128: ...", "Tool error: ...", ``subprocess.CalledProcessError`` tracebacks, Node
``execSync``/``fetch`` errors, ``requests``/``urllib`` exceptions) and tricky negatives (usage
errors whose text contains 401/403/503/timeout/eof/ssl/refused/denied in a name, path or SHA).
``python -m tests.corpus.generate --batch fifth -o tests/corpus/fifth_errors.jsonl`` (the
hand-written ``DOCUMENTED`` rows are appended: MCP servers, LangChain/OpenAI-agents tool
wrappers, python-gitlab, PyGithub, jira-python, kubernetes-client, httpx, aiohttp, axios, Go
clients, gh/glab).

Local helpers on 127.0.0.1: 47881 HTTP with REST-like JSON error routes, a fake git smart-HTTP
endpoint and a fake npm registry; 47882 the same behind TLS (self-signed); 47883 a listener that
never accepts (timeouts); 47884 a listener that resets every connection; 47885 a RESP server
answering READONLY/LOADING/NOAUTH/NOPERM/OOM/...; 47889 a closed port.  Redis keys ``corpus5:*``
only (deleted afterwards); PostgreSQL with read-only or failing statements only.  ``requests``
cases run with an interpreter that has ``requests`` (skipped if none has it).
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from typing import Any

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, documented
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import (Sandbox, as_nobody, can_setpriv, can_unshare, have, python_with,
                                          ro_bind, tiny_fs, tool_env)
from tests.corpus.harness.servers import Helpers, J, Reply, Request, self_signed

NAME = "fifth"
ALIAS = "/tmp/corpus5"
HTTP_PORT, TLS_PORT, SILENT_PORT, RESET_PORT, RESP_PORT, CLOSED_PORT = 47881, 47882, 47883, 47884, 47885, 47889
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
TIMEOUT = 10
PY = sys.executable


def normaliser(root: str) -> Normaliser:
    return Normaliser(root, ALIAS, subs=((re.compile(r"^npm (?:error|ERR!) A complete log of this run can be found in:.*$\n?", re.M), ""),),
                      head=700, tail=700)


def base_env(box: Sandbox) -> dict[str, str]:
    """A clean environment (not this process's): a private HOME with a fixed git identity."""
    return tool_env(box, "agent@corpus5.example")


def wrap_exit(rc: int, msg: str) -> str:
    return f"Command failed with exit code {rc}: {msg}"


def wrap_tool(rc: int, msg: str) -> str:
    return f"Tool error: {msg}"


def wrap_stderr(rc: int, msg: str) -> str:
    return f"Error: process exited with status {rc}\nstderr:\n{msg}"


# ---------------------------------------------------------------------------
# local helpers
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------


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




def route(req: Request) -> Reply:
    path = req.target.split("?")[0]
    if path == "/slow":
        time.sleep(6)
    status, headers, body = ROUTES.get(path, (404, {}, J({"message": "404 Not Found"})))
    ctype = headers.get("Content-Type") or ("application/json" if body[:1] in "{[" else "text/plain")
    return Reply(status, body, ctype, {k: v for k, v in headers.items() if k != "Content-Type"})


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




def resp_answer(args: list[str]) -> str:
    reply = "+OK"
    if args and args[0].upper() == "COMMAND":
        reply = "*0"
    for prefix, rep in RESP_REPLIES:
        if any(a.startswith(prefix) for a in args[1:]):
            reply = rep
    return reply


def start_helpers(helpers: Helpers, box: Sandbox) -> bool:
    """Starts the helpers; True when the TLS one runs (needs openssl)."""
    helpers.http(HTTP_PORT, route)
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.reset(RESET_PORT)
    helpers.resp(RESP_PORT, resp_answer)
    return tls


# ---------------------------------------------------------------------------
# interpreters, repositories
# ---------------------------------------------------------------------------

def pycase(r: Run, tool: str, code: str, label: str, *, params: dict[str, Any] | None = None, py: str | None = None,
           **kw: Any) -> None:
    r.case(tool, params or {"code": code}, [py or PY, "-c", code], label, display="python -c " + shlex.quote(code), **kw)


def nodecase(r: Run, tool: str, code: str, label: str, *, params: dict[str, Any] | None = None, **kw: Any) -> None:
    r.case(tool, params or {"code": code}, ["node", "-e", code], label, display="node -e " + shlex.quote(code), **kw)


def fresh_dir(box: Sandbox, name: str) -> str:
    return box.mkdir("clones", name)


def mkrepo(box: Sandbox, name: str, files: dict[str, str] | None = None) -> str:
    return box.git_repo(name, files or {"README.md": "# demo\n"})


def git_cases(r: Run, box: Sandbox) -> None:
    if not have("git"):
        return
    # 1 push before any commit, wrapped
    bare = box.path("fresh.git")
    box.sh(["git", "init", "-q", "--bare", bare])
    fresh = box.path("fresh")
    box.sh(["git", "init", "-q", fresh])
    box.sh(["git", "remote", "add", "origin", bare], fresh)
    r.case("git_push", {"remote": "origin", "branch": "main", "set_upstream": True}, ["git", "push", "-u", "origin", "main"],
         "WORKFLOW_SEQUENCE", cwd=fresh, wrap=wrap_exit)
    # 2 non-fast-forward
    svc_bare = box.path("svc.git")
    box.sh(["git", "init", "-q", "--bare", svc_bare])
    svc = mkrepo(box, "svc", {"app.py": "print('v1')\n"})
    box.sh(["git", "remote", "add", "origin", svc_bare], svc)
    box.sh(["git", "push", "-q", "-u", "origin", "main"], svc)
    other = box.path("svc-other")
    box.sh(["git", "clone", "-q", svc_bare, other])
    box.write(os.path.join(other, "app.py"), "print('v2')\n")
    box.sh(["git", "commit", "-qam", "v2 from teammate"], other)
    box.sh(["git", "push", "-q"], other)
    box.write(os.path.join(svc, "app.py"), "print('v1.1')\n")
    box.sh(["git", "commit", "-qam", "local fix"], svc)
    r.case("git_push", {"remote": "origin", "branch": "main"}, ["git", "push", "origin", "main"],
         "WORKFLOW_SEQUENCE", cwd=svc)
    # 3 no remote configured
    lone = mkrepo(box, "lone")
    r.case("git_push", {"remote": "origin", "branch": "main"}, ["git", "push", "origin", "main"],
         "MISSING_PREREQUISITE", cwd=lone, wrap=wrap_exit)
    r.case("git_fetch", {"remote": "upstream"}, ["git", "fetch", "upstream", "--prune"],
         "MISSING_PREREQUISITE", cwd=svc)
    # 4/5 no upstream
    box.sh(["git", "switch", "-q", "-c", "feature/ssl-timeout-retry"], svc)
    box.write(os.path.join(svc, "retry.py"), "RETRIES = 3\n")
    box.sh(["git", "add", "retry.py"], svc)
    box.sh(["git", "commit", "-qm", "retry"], svc)
    r.case("git_push", {}, ["git", "push"], "MISSING_PREREQUISITE", cwd=svc)
    r.case("git_pull", {"rebase": True}, ["git", "pull", "--rebase"], "MISSING_PREREQUISITE", cwd=svc)
    r.case("git_branch", {"branch": "feature/ssl-timeout-retry", "upstream": "origin/feature/ssl-timeout-retry"},
         ["git", "branch", "--set-upstream-to=origin/feature/ssl-timeout-retry"],
         "WORKFLOW_SEQUENCE", cwd=svc)
    # 6 merge blocked by local changes
    m = mkrepo(box, "mergy", {"settings.ini": "[net]\ntimeout=5\n"})
    box.sh(["git", "switch", "-q", "-c", "fix/eof-handling"], m)
    box.write(os.path.join(m, "settings.ini"), "[net]\ntimeout=30\n")
    box.sh(["git", "commit", "-qam", "raise timeout"], m)
    box.sh(["git", "switch", "-q", "main"], m)
    box.write(os.path.join(m, "settings.ini"), "[net]\ntimeout=10\n")
    r.case("git_merge", {"branch": "fix/eof-handling"}, ["git", "merge", "--no-ff", "fix/eof-handling"],
         "WORKFLOW_SEQUENCE", cwd=m)
    r.case("git_rebase", {"upstream": "fix/eof-handling"}, ["git", "rebase", "fix/eof-handling"],
         "WORKFLOW_SEQUENCE", cwd=m)
    box.sh(["git", "checkout", "--", "settings.ini"], m)
    r.case("git_branch", {"delete": "fix/eof-handling"}, ["git", "branch", "-d", "fix/eof-handling"],
         "WORKFLOW_SEQUENCE", cwd=m)
    r.case("git_branch", {"delete": "main"}, ["git", "branch", "-d", "main"], "WORKFLOW_SEQUENCE", cwd=m)
    # misc on repo r
    web = mkrepo(box, "web", {"README.md": "# web\n", "src/app.js": "console.log(1)\n"})
    sha = "4c7e9a1f0b2d3e4f5a6b7c8d9e0f1a2b3c4d5401"
    r.case("git_cherry_pick", {"commit": sha}, ["git", "cherry-pick", sha], "INCORRECT_PARAMETER", cwd=web)
    r.case("git_rebase", {"action": "continue"}, ["git", "rebase", "--continue"], "WORKFLOW_SEQUENCE", cwd=web)
    r.case("git_merge", {"action": "abort"}, ["git", "merge", "--abort"], "WORKFLOW_SEQUENCE", cwd=web)
    r.case("git_stash", {"action": "apply", "ref": "stash@{3}"}, ["git", "stash", "apply", "stash@{3}"],
         "INCORRECT_PARAMETER", cwd=web)
    os.makedirs(box.path("wt-existing"), exist_ok=True)
    box.write(box.path("wt-existing", "notes.txt"), "x\n")
    r.case("git_worktree_add", {"path": box.path("wt-existing"), "branch": "hotfix"}, ["git", "worktree", "add", box.path("wt-existing"), "-b", "hotfix"],
         "WORKFLOW_SEQUENCE", cwd=web)
    box.sh(["git", "remote", "add", "origin", svc_bare], web)
    r.case("git_remote_add", {"name": "origin", "url": "git@gitlab.example.com:acme/web.git"}, ["git", "remote", "add", "origin", "git@gitlab.example.com:acme/web.git"],
         "WORKFLOW_SEQUENCE", cwd=web)
    r.case("git_log", {"grep": "ssl"}, ["git", "log", "--grepp=ssl", "--oneline"], "PARAMETER_FORMAT", cwd=web)
    r.case("git_commit", {"amend": True, "no_edit": True}, ["git", "commit", "--amend", "--no-edt"],
         "PARAMETER_FORMAT", cwd=web)
    r.case("git_config", {"key": "user", "value": "Corpus Agent"}, ["git", "config", "user", "Corpus Agent"],
         "PARAMETER_FORMAT", cwd=web)
    r.case("git_blame", {"path": "src/ssl_timeout.py"}, ["git", "blame", "src/ssl_timeout.py"],
         "INCORRECT_PARAMETER", cwd=web)
    r.case("git_show", {"ref": "HEAD", "path": "docs/403.md"}, ["git", "show", "HEAD:docs/403.md"],
         "INCORRECT_PARAMETER", cwd=web)
    r.case("git_diff", {"range": "main..feature/refused-conn"}, ["git", "diff", "--stat", "main..feature/refused-conn"],
         "INCORRECT_PARAMETER", cwd=web)
    r.case("git_rm", {"path": "config/timeout.yaml"}, ["git", "rm", "config/timeout.yaml"],
         "INCORRECT_PARAMETER", cwd=web)
    r.case("git_commit", {"message_file": ".git/COMMIT_EDITMSG_503"}, ["git", "commit", "-F", ".git/COMMIT_EDITMSG_503"],
         "INCORRECT_PARAMETER", cwd=web)
    box.write(os.path.join(web, "src/app.js"), "console.log(2)\n")
    r.case("git_commit", {"message": "fix: handle 503 from registry"}, ["git", "commit", "-m", "fix: handle 503 from registry"],
         "WORKFLOW_SEQUENCE", cwd=web)
    box.write(os.path.join(web, "src/main.js"), "x\n")
    r.case("git_mv", {"source": "src/app.js", "destination": "src/main.js"}, ["git", "mv", "src/app.js", "src/main.js"],
         "WORKFLOW_SEQUENCE", cwd=web)
    r.case("git_clone", {"url": svc_bare, "directory": "web"}, ["git", "clone", svc_bare, "web"],
         "WORKFLOW_SEQUENCE", cwd=box.root)
    r.case("git_clone", {"url": box.path("platform-denied.git")}, ["git", "clone", box.path("platform-denied.git")],
         "INCORRECT_PARAMETER", cwd=box.root, wrap=wrap_exit)
    r.case("git_clone", {"url": svc_bare, "depth": "abc"}, ["git", "clone", "--depth=abc", svc_bare, "svc-shallow"],
         "PARAMETER_FORMAT", cwd=box.root)
    r.case("git_describe", {"tags": True}, ["git", "describe", "--tags"], "MISSING_PREREQUISITE", cwd=web)
    box.sh(["git", "tag", "-a", "v1.4.0", "-m", "release"], web)
    r.case("git_tag", {"tag": "v1.4.0", "annotate": True, "message": "release 1.4.0"}, ["git", "tag", "-a", "v1.4.0", "-m", "release 1.4.0"],
         "WORKFLOW_SEQUENCE", cwd=web)
    r.case("git_bisect", {"action": "bad"}, ["git", "bisect", "bad"], "WORKFLOW_SEQUENCE", cwd=web)
    r.case("git_merge_request", {"action": "create", "target": "main"}, ["git", "merge-request", "create", "--target", "main"],
         "WRONG_TOOL_SELECTION", cwd=web)
    r.case("git_push", {"remote": "origin", "delete": "hotfix-401"}, ["git", "push", "origin", "--delete", "hotfix-401"],
         "INCORRECT_PARAMETER", cwd=svc)
    # merge commit revert without -m
    mm = mkrepo(box, "mm", {"a.txt": "a\n"})
    box.sh(["git", "switch", "-q", "-c", "topic"], mm)
    box.write(os.path.join(mm, "b.txt"), "b\n")
    box.sh(["git", "add", "b.txt"], mm)
    box.sh(["git", "commit", "-qm", "topic"], mm)
    box.sh(["git", "switch", "-q", "main"], mm)
    box.write(os.path.join(mm, "c.txt"), "c\n")
    box.sh(["git", "add", "c.txt"], mm)
    box.sh(["git", "commit", "-qm", "main work"], mm)
    box.sh(["git", "merge", "-q", "--no-edit", "topic"], mm)
    r.case("git_revert", {"commit": "HEAD"}, ["git", "revert", "--no-edit", "HEAD"], "MISSING_PARAMETER", cwd=mm)
    # tag push rejected (already exists on remote)
    tb = box.path("tags.git")
    box.sh(["git", "init", "-q", "--bare", tb])
    tr = mkrepo(box, "tagrepo")
    box.sh(["git", "remote", "add", "origin", tb], tr)
    box.sh(["git", "tag", "v2.0.0"], tr)
    box.sh(["git", "push", "-q", "origin", "main", "v2.0.0"], tr)
    box.sh(["git", "commit", "-q", "--allow-empty", "-m", "more"], tr)
    box.sh(["git", "tag", "-f", "v2.0.0"], tr)
    r.case("git_push", {"remote": "origin", "tag": "v2.0.0"}, ["git", "push", "origin", "v2.0.0"],
         "WORKFLOW_SEQUENCE", cwd=tr)
    # not a git repo, seen through subprocess.CalledProcessError
    os.makedirs(box.path("plain-dir"), exist_ok=True)
    code = ("import subprocess\n"
            "subprocess.run(['git', 'log', '--oneline', '-5'], check=True)")
    r.case("python_run", {"code": code}, [PY, "-c", code], "MISSING_PREREQUISITE",
         display="python -c " + shlex.quote(code), cwd=box.path("plain-dir"))
    code = ("import subprocess\n"
            "subprocess.run(['git', 'push', '-u', 'origin', 'main'], check=True)")
    r.case("python_run", {"code": code}, [PY, "-c", code], "WORKFLOW_SEQUENCE",
         display="python -c " + shlex.quote(code), cwd=fresh)
    code = ("const { execSync } = require('child_process');\n"
            "execSync('git checkout release/2025.03-denied', { stdio: 'pipe' });")
    r.case("node_run", {"code": code}, ["node", "-e", code], "INCORRECT_PARAMETER",
         display="node -e " + shlex.quote(code), cwd=web)
    # identity missing
    ident = box.path("ident")
    box.sh(["git", "init", "-q", ident])
    box.write(os.path.join(ident, "x.txt"), "x\n")
    box.sh(["git", "add", "x.txt"], ident)
    r.case("git_commit", {"message": "add x"}, ["git", "-c", "user.useConfigOnly=true", "commit", "-m", "add x"],
         "MISSING_PREREQUISITE", cwd=ident,
         env={"HOME": box.path("empty-home"), "GIT_AUTHOR_NAME": "", "GIT_COMMITTER_NAME": "", "EMAIL": ""},
         display="git commit -m 'add x'")
    # protected branch via pre-receive hook
    pb = box.path("protected.git")
    box.sh(["git", "init", "-q", "--bare", pb])
    pr = mkrepo(box, "protrepo")
    box.sh(["git", "remote", "add", "origin", pb], pr)
    box.sh(["git", "push", "-q", "origin", "main"], pr)
    box.write(os.path.join(pb, "hooks", "pre-receive"),
          "#!/bin/sh\necho 'error: GH006: Protected branch update failed for refs/heads/main.' >&2\n"
          "echo 'error: Changes must be made through a pull request.' >&2\nexit 1\n", 0o755)
    box.sh(["git", "commit", "-q", "--allow-empty", "-m", "direct"], pr)
    r.case("git_push", {"remote": "origin", "branch": "main"}, ["git", "push", "origin", "main"],
         "permission", cwd=pr)
    # permission: push into a root-owned bare repo as nobody
    if r.caps["setpriv"]:
        nb = box.path("rootonly.git")
        box.sh(["git", "init", "-q", "--bare", nb])
        nr = box.path("nobody-work")
        box.sh(["git", "init", "-q", nr])
        box.write(os.path.join(nr, "f.txt"), "x\n")
        box.sh(["git", "add", "f.txt"], nr)
        box.sh(["git", "commit", "-qm", "f"], nr)
        box.sh(["chmod", "-R", "a+rwX", nr])
        nh = box.write("nobody-home/.gitconfig", "[safe]\n\tdirectory = *\n")
        os.chmod(os.path.dirname(nh), 0o755)
        r.case("git_push", {"remote": nb, "branch": "main"}, as_nobody(["git", "push", nb, "main"]),
             "permission", cwd=nr, env={"HOME": os.path.dirname(nh)},
             display=f"git push {nb} main")
    # git over HTTP
    r.case("git_clone", {"url": f"{H}/git/private.git"}, ["git", "clone", f"{H}/git/private.git"], "auth")
    r.case("git_fetch", {"remote": f"{H}/git/locked.git"}, ["git", "fetch", f"{H}/git/locked.git", "main"],
         "permission", cwd=web)
    r.case("git_clone", {"url": f"{H}/git/acme/web-503.git"}, ["git", "clone", f"{H}/git/acme/web-503.git"],
         "INCORRECT_PARAMETER")
    r.case("git_pull", {"remote": f"{H}/git/maint.git"}, ["git", "pull", f"{H}/git/maint.git", "main"],
         "server_error", cwd=web, wrap=wrap_exit)
    r.case("git_ls_remote", {"url": f"{H}/git/throttle.git"}, ["git", "ls-remote", f"{H}/git/throttle.git"],
         "rate_limit")
    r.case("git_clone", {"url": f"http://127.0.0.1:{CLOSED_PORT}/acme/web.git"}, ["git", "clone", f"http://127.0.0.1:{CLOSED_PORT}/acme/web.git"],
         "network", wrap=wrap_exit, cwd=fresh_dir(box, "c1"))
    r.case("git_ls_remote", {"url": "https://gitlab.corpus5.invalid/acme/web.git"}, ["git", "ls-remote", "https://gitlab.corpus5.invalid/acme/web.git"],
         "dns")
    if r.caps["tls"]:
        r.case("git_clone", {"url": f"{HS}/git/acme/web.git"}, ["git", "clone", f"{HS}/git/acme/web.git"], "tls", cwd=fresh_dir(box, "c2"))
    r.case("git_fetch", {"remote": f"http://127.0.0.1:{SILENT_PORT}/acme/web.git"}, ["git", "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=2", "fetch",
          f"http://127.0.0.1:{SILENT_PORT}/acme/web.git"],
         "timeout", cwd=web,
         display=f"git fetch http://127.0.0.1:{SILENT_PORT}/acme/web.git")
    r.case("git_clone", {"url": f"http://127.0.0.1:{RESET_PORT}/acme/web.git"}, ["git", "clone", f"http://127.0.0.1:{RESET_PORT}/acme/web.git"],
         "network", cwd=fresh_dir(box, "c3"))
    # read-only and full file systems
    if r.caps["unshare"]:
        ro = mkrepo(box, "ro-repo")
        box.write(os.path.join(ro, "CHANGELOG.md"), "- fix\n")
        r.case("git_add", {"paths": ["CHANGELOG.md"]}, ro_bind(ro, "git add CHANGELOG.md"),
             "read_only", cwd=ro, display="git add CHANGELOG.md")
        full = box.path("full-fs")
        os.makedirs(full)
        r.case("git_add", {"paths": ["data.bin"]}, tiny_fs(full, f"cd {shlex.quote(full)} && git init -q --template= . && "
                           "head -c 300000 /dev/urandom > data.bin && git add data.bin", size="512k"),
             "resource",
             cwd=full, display="git add data.bin")


# ---------------------------------------------------------------------------
# python
# ---------------------------------------------------------------------------

def python_cases(r: Run, box: Sandbox) -> None:
    box.write("reports/summary.csv", "id,total\n1,3\n")
    box.write("config/app.json", J({"service": "billing", "retries": 3, "endpoints": {"primary": "http://127.0.0.1:8080"}}))
    pycase(r, "python_run", "import json\ncfg = json.loads(\"{'retries': 3}\")", "PARAMETER_FORMAT")
    pycase(r, "python_run", "from datetime import datetime\ndatetime.strptime('2024-13-45', '%Y-%m-%d')", "PARAMETER_FORMAT")
    pycase(r, "python_run", "print(int('0x1F'))", "PARAMETER_FORMAT")
    pycase(r, "python_run", "import re\nre.compile(r'(?P<id>[0-9+')", "PARAMETER_FORMAT")
    pycase(r, "python_run", "open('reports/eof_summary.csv').read()", "INCORRECT_PARAMETER")
    pycase(r, "python_run", "import json\ncfg = json.load(open('config/app.json'))\nprint(cfg['timeout_ms'])", "INCORRECT_PARAMETER")
    pycase(r, "python_run", "import json\ncfg = json.load(open('config/app.json'))\nprint(cfg.endpoints.primary)", "INCORRECT_PARAMETER")
    pycase(r, "python_run", "import pandas as pd\ndf = pd.read_csv('reports/summary.csv')", "MISSING_PREREQUISITE")
    pycase(r, "python_run", "import os\nprint(os.environ['GITLAB_TOKEN'])", "MISSING_PREREQUISITE")
    pycase(r, "python_run", "import uuid\nuuid.UUID('3f2a-401')", "PARAMETER_FORMAT")
    pycase(r, "python_run", "import ipaddress\nipaddress.ip_address('10.0.0.256')", "PARAMETER_FORMAT")
    pycase(r, "python_run", "import base64\nbase64.b64decode('dG9rZW4', validate=True)", "PARAMETER_FORMAT")
    pycase(r, "python_run", "import shutil\nshutil.copy('reports', 'backup/')", "WRONG_TOOL_SELECTION")
    pycase(r, "python_run", "import tarfile\ntarfile.open('config/app.json').extractall('out')", "WRONG_TOOL_SELECTION")
    pycase(r, "python_run", "import os\nos.mkdir('reports')", "WORKFLOW_SEQUENCE")
    pycase(r, "python_run", "import os\nos.rmdir('config')", "WRONG_TOOL_SELECTION")
    pycase(r, "python_run", "import sqlite3\ncon = sqlite3.connect('missing_dir/app.db')", "MISSING_PREREQUISITE")
    pycase(r, "python_run", "import zoneinfo\nzoneinfo.ZoneInfo('Europe/Prag')", "INCORRECT_PARAMETER")
    pycase(r, "python_run", "import subprocess\nsubprocess.run(['kubectl-neat', 'get', 'pods'], check=True)", "MISSING_PREREQUISITE")
    pycase(r, "python_run", "def total(items, *, tax):\n    return sum(items) * (1 + tax)\nprint(total([1, 2]))", "MISSING_PARAMETER")
    pycase(r, "python_run", "import json\njson.dumps({'at': __import__('datetime').datetime(2024, 5, 1)})", "PARAMETER_FORMAT")
    box.write("deploy.sh", "#!/bin/bash\nset -euo pipefail\nkubectl rollout restart deploy/web\n")
    r.case("python_run", {"script": "deploy.sh"}, [PY, "deploy.sh"], "WRONG_TOOL_SELECTION", display="python deploy.sh")
    box.write("tool.bin", bytes(range(256)) * 4)
    r.case("python_run", {"script": "tool.bin"}, [PY, "tool.bin"], "WRONG_TOOL_SELECTION", display="python tool.bin")
    r.case("python_module", {"module": "black", "args": ["--check", "."]}, [PY, "-m", "black", "--check", "."],
         "MISSING_PREREQUISITE", display="python -m black --check .")
    box.write("cli.py", "import argparse\np = argparse.ArgumentParser()\np.add_argument('--project', required=True)\n"
          "p.add_argument('--env', choices=['dev', 'staging', 'prod'], default='dev')\n"
          "p.add_argument('--retries', type=int, default=3)\np.add_argument('--since')\nargs = p.parse_args()\n")
    r.case("python_script", {"script": "cli.py"}, [PY, "cli.py", "--env", "dev"], "MISSING_PARAMETER",
         display="python cli.py --env dev")
    r.case("python_script", {"script": "cli.py", "project": "acme/web", "env": "prod-503"}, [PY, "cli.py", "--project", "acme/web", "--env", "prod-503"],
         "INCORRECT_PARAMETER", display="python cli.py --project acme/web --env prod-503")
    r.case("python_script", {"script": "cli.py", "project": "acme/web", "retries": "three"}, [PY, "cli.py", "--project", "acme/web", "--retries", "three"],
         "PARAMETER_FORMAT", display="python cli.py --project acme/web --retries three")
    r.case("python_script", {"script": "cli.py", "project": "acme/web", "dry_run": True}, [PY, "cli.py", "--project", "acme/web", "--dry-run"],
         "PARAMETER_FORMAT", display="python cli.py --project acme/web --dry-run")
    r.case("python_script", {"script": "cli.py", "project": None}, [PY, "cli.py", "--project"],
         "MISSING_PARAMETER", display="python cli.py --project")
    # resources (real)
    pycase(r, "python_run", "with open('/dev/full', 'w') as fh:\n    fh.write('x' * 65536)", "resource")
    pycase(r, "python_run", "import resource\nresource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))\n"
           "handles = [open('config/app.json') for _ in range(64)]", "resource")
    r.case("python_run", {"code": "blob = bytearray(2 * 1024 ** 3)"}, "ulimit -v 400000; " + shlex.quote(PY) + " -c 'blob = bytearray(2 * 1024 ** 3)'",
         "resource",
         display="python -c 'blob = bytearray(2 * 1024 ** 3)'")
    box.write("ro.db", b"")
    if shutil.which("sqlite3"):
        box.sh(["sqlite3", box.path("ro.db"), "CREATE TABLE deploys(id INTEGER PRIMARY KEY, env TEXT);"])
    pycase(r, "python_run", "import sqlite3\ncon = sqlite3.connect('file:ro.db?mode=ro', uri=True)\n"
           "con.execute(\"INSERT INTO deploys(env) VALUES ('prod')\")", "read_only")
    if r.caps["setpriv"]:
        secret = box.write("secrets/vault-token", "s.xxxx\n", 0o600)
        os.chmod(box.path("secrets"), 0o700)
        code = "print(open('secrets/vault-token').read())"
        r.case("python_run", {"code": code}, as_nobody([PY, "-c", code]), "permission",
             display="python -c " + shlex.quote(code))
        code = "import pathlib\npathlib.Path('/var/log/corpus5-agent.log').write_text('started\\n')"
        r.case("python_run", {"code": code}, as_nobody([PY, "-c", code]), "permission",
             display="python -c " + shlex.quote(code))
    if r.caps["unshare"]:
        rod = box.path("ro-out")
        os.makedirs(rod)
        code = f"import json\njson.dump({{'ok': True}}, open('{rod}/result.json', 'w'))"
        r.case("python_run", {"code": code}, ro_bind(rod, f"{shlex.quote(PY)} -c {shlex.quote(code)}"), "read_only",
             display="python -c " + shlex.quote(code))


def python_net_cases(r: Run, box: Sandbox) -> None:
    pre = "import urllib.request\n"
    def ur(url, method="GET", data=None, timeout=5):
        d = f", data={data!r}" if data else ""
        m = f", method='{method}'" if method != "GET" else ""
        return (pre + f"req = urllib.request.Request('{url}'{d}{m})\n"
                f"urllib.request.urlopen(req, timeout={timeout}).read()")
    pycase(r, "http_get", ur(f"{H}/api/v4/projects/acme%2Fssl-gateway"), "INCORRECT_PARAMETER",
           params={"url": f"{H}/api/v4/projects/acme%2Fssl-gateway"})
    pycase(r, "http_get", ur(f"{H}/api/v4/projects/77/variables"), "auth",
           params={"url": f"{H}/api/v4/projects/77/variables"})
    pycase(r, "http_post", ur(f"{H}/v1/tokens/rotate", "POST", b"{}"), "permission",
           params={"url": f"{H}/v1/tokens/rotate", "body": {}})
    pycase(r, "http_get", ur(f"{H}/search/code?q=timeout"), "rate_limit",
           params={"url": f"{H}/search/code?q=timeout"})
    pycase(r, "http_get", ur(f"{H}/v1/jobs"), "server_error", params={"url": f"{H}/v1/jobs"})
    pycase(r, "http_get", ur(f"{H}/v1/metrics/query?q=up"), "timeout", params={"url": f"{H}/v1/metrics/query?q=up"})
    pycase(r, "http_get", ur(f"http://127.0.0.1:{CLOSED_PORT}/healthz"), "network",
           params={"url": f"http://127.0.0.1:{CLOSED_PORT}/healthz"})
    pycase(r, "http_get", ur("https://registry.corpus5.invalid/v2/"), "dns",
           params={"url": "https://registry.corpus5.invalid/v2/"})
    if r.caps["tls"]:
        pycase(r, "http_get", ur(f"{HS}/api/v4/version"), "tls", params={"url": f"{HS}/api/v4/version"})
    pycase(r, "http_get", ur(f"{H}/slow", timeout=1), "timeout", params={"url": f"{H}/slow", "timeout": 1})
    pycase(r, "http_get", ur("127.0.0.1:47881/api/v4/projects"), "PARAMETER_FORMAT",
           params={"url": "127.0.0.1:47881/api/v4/projects"})
    pycase(r, "http_get", ur("htps://gitlab.example.com/api/v4/projects"), "PARAMETER_FORMAT",
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
        ("gitlab_mr_get", {"project_id": 77, "mr_iid": 503}, f"{H}/api/v4/projects/77/merge_requests/503", "GET", None, "INCORRECT_PARAMETER"),
        ("gitlab_pipeline_create", {"project_id": 77}, f"{H}/api/v4/projects/77/pipelines", "POST", {}, "MISSING_PARAMETER"),
        ("gitlab_branch_create", {"project_id": 77, "branch": "release/1.9", "ref": "main"}, f"{H}/api/v4/projects/77/repository/branches", "POST", {"branch": "release/1.9", "ref": "main"}, "WORKFLOW_SEQUENCE"),
        ("gitlab_issue_create", {"project_id": 77, "title": "Flaky test", "due_date": "next friday"}, f"{H}/api/v4/projects/77/issues", "POST", {"title": "Flaky test", "due_date": "next friday"}, "PARAMETER_FORMAT"),
        ("gitlab_file_get", {"project_id": 77, "file_path": "config/timeout.yml", "ref": "main"}, f"{H}/api/v4/projects/77/repository/files/config%2Ftimeout.yml?ref=main", "GET", None, "INCORRECT_PARAMETER"),
        ("gitlab_protected_branch_create", {"project_id": 77, "name": "main"}, f"{H}/api/v4/projects/77/protected_branches", "POST", {"name": "main"}, "permission"),
        ("gitlab_group_projects_list", {"group": "platform"}, f"{H}/api/v4/groups/platform/projects", "GET", None, "server_error"),
        ("gitlab_mr_create", {"project_id": 77, "source_branch": "feature/eof", "target_branch": "main"}, f"{H}/api/v4/projects/77/merge_requests", "POST", {"source_branch": "feature/eof", "target_branch": "main", "title": "EOF fix"}, "WORKFLOW_SEQUENCE"),
        ("gitlab_commit_get", {"project_id": 77, "sha": "9f3c2b7d1e0a4f5b6c7d8e9f0a1b2c3d4e5f6503"}, f"{H}/api/v4/projects/77/repository/commits/9f3c2b7d1e0a4f5b6c7d8e9f0a1b2c3d4e5f6503", "GET", None, "INCORRECT_PARAMETER"),
        ("github_pr_create", {"repo": "acme/widgets", "head": "acme:feature/x y", "base": "main"}, f"{H}/repos/acme/widgets/pulls", "POST", {"head": "acme:feature/x y", "base": "main", "title": "x"}, "PARAMETER_FORMAT"),
        ("github_issue_get", {"repo": "acme/widgets", "number": 4031}, f"{H}/repos/acme/widgets/issues/4031", "GET", None, "INCORRECT_PARAMETER"),
        ("github_actions_runs_list", {"repo": "acme/widgets"}, f"{H}/repos/acme/widgets/actions/runs", "GET", None, "rate_limit"),
        ("github_file_get", {"repo": "acme/widgets", "path": ".github/workflows/ci.yml"}, f"{H}/repos/acme/widgets/contents/.github/workflows/ci.yml", "GET", None, "auth"),
        ("github_ref_create", {"repo": "acme/widgets", "ref": "refs/heads/release-2.1", "sha": "b7e1c0d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8"}, f"{H}/repos/acme/widgets/git/refs", "POST", {"ref": "refs/heads/release-2.1", "sha": "b7e1c0d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8"}, "WORKFLOW_SEQUENCE"),
        ("jira_issue_transition", {"issue": "OPS-4031", "transition_id": "91"}, f"{H}/rest/api/2/issue/OPS-4031/transitions", "POST", {"transition": {"id": "91"}}, "INCORRECT_PARAMETER"),
        ("jira_search", {"jql": "project = OPS status closed"}, f"{H}/rest/api/2/search", "POST", {"jql": "project = OPS status closed"}, "PARAMETER_FORMAT"),
        ("jira_issue_create", {"project": "OPS"}, f"{H}/rest/api/2/issue", "POST", {"fields": {"project": {"key": "OPS"}}}, "MISSING_PARAMETER"),
        ("jira_worklog_add", {"issue": "OPS-77", "time_spent": "2 hours-ish"}, f"{H}/rest/api/2/issue/OPS-77/worklog", "POST", {"timeSpent": "2 hours-ish"}, "PARAMETER_FORMAT"),
        ("http_get", {"url": f"{H}/v1/deployments/timeout-503-handler"}, f"{H}/v1/deployments/timeout-503-handler", "GET", None, "INCORRECT_PARAMETER"),
        ("http_get", {"url": f"{H}/v1/search?limit=ten"}, f"{H}/v1/search?limit=ten", "GET", None, "PARAMETER_FORMAT"),
        ("http_post", {"url": f"{H}/v1/users", "body": {"name": "ops-bot"}}, f"{H}/v1/users", "POST", {"name": "ops-bot"}, "MISSING_PARAMETER"),
        ("http_post", {"url": f"{H}/v1/quota"}, f"{H}/v1/quota", "POST", {"size": 1}, "resource"),
        ("http_get", {"url": f"{H}/v1/reports/export"}, f"{H}/v1/reports/export", "GET", None, "server_error"),
    ]
    for tool, params, url, method, body, label in rows:
        pycase(r, tool, wr(url, method, body), label, params=params)
    # raw sockets / http.client / asyncio / smtplib
    pycase(r, "tcp_check", f"import socket\nsocket.create_connection(('127.0.0.1', {CLOSED_PORT}), timeout=3)", "network",
           params={"host": "127.0.0.1", "port": CLOSED_PORT})
    pycase(r, "http_get", f"import http.client\nc = http.client.HTTPConnection('127.0.0.1', {RESET_PORT}, timeout=5)\n"
           "c.request('GET', '/api/v1/health')\nc.getresponse()", "network",
           params={"url": f"http://127.0.0.1:{RESET_PORT}/api/v1/health"})
    pycase(r, "tcp_read", "import asyncio\nasync def main():\n"
           f"    r, w = await asyncio.open_connection('127.0.0.1', {SILENT_PORT})\n"
           "    await asyncio.wait_for(r.readline(), 2)\nasyncio.run(main())",
           "timeout", params={"host": "127.0.0.1", "port": SILENT_PORT})
    pycase(r, "dns_lookup", "import socket\nsocket.getaddrinfo('db.corpus5.invalid', 5432)", "dns",
           params={"host": "db.corpus5.invalid"})
    if r.caps["tls"]:
        pycase(r, "tls_check", f"import socket, ssl\nctx = ssl.create_default_context()\n"
               f"s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', {TLS_PORT})), server_hostname='gitlab.example.com')",
               "tls", params={"host": "127.0.0.1", "port": TLS_PORT})
    # requests
    rp = python_with("requests")
    if not rp:
        r.note("no interpreter with requests: requests cases skipped")
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
         f"requests.get('http://127.0.0.1:{CLOSED_PORT}/api/v4/projects', timeout=5)", "network", True),
        ("http_get", {"url": f"http://127.0.0.1:{SILENT_PORT}/api/v4/projects", "timeout": 2},
         f"requests.get('http://127.0.0.1:{SILENT_PORT}/api/v4/projects', timeout=2)", "timeout", True),
        ("http_get", {"url": "https://jira.corpus5.invalid/rest/api/2/myself"},
         "requests.get('https://jira.corpus5.invalid/rest/api/2/myself', timeout=5)", "dns", False),
        ("http_get", {"url": f"{H}/rest/api/2/myself"},
         f"r = requests.get('{H}/rest/api/2/myself', timeout=5)\nr.raise_for_status()", "auth", True),
        ("http_get", {"url": f"{H}/api/v4/projects/acme%2Fssl-gateway"},
         f"r = requests.get('{H}/api/v4/projects/acme%2Fssl-gateway', timeout=5)\nr.raise_for_status()", "INCORRECT_PARAMETER", False),
        ("http_post", {"url": f"{H}/v1/reports/export"},
         f"r = requests.post('{H}/v1/reports/export', json={{}}, timeout=5)\nr.raise_for_status()", "server_error", True),
        ("http_get", {"url": f"http://127.0.0.1:{RESET_PORT}/v1/jobs"},
         f"requests.get('http://127.0.0.1:{RESET_PORT}/v1/jobs', timeout=5)", "network", True),
        ("http_get", {"url": "gitlab.example.com/api/v4/projects"},
         "requests.get('gitlab.example.com/api/v4/projects', timeout=5)", "PARAMETER_FORMAT", True),
        ("http_get", {"url": f"{H}/v1/jobs", "timeout": "5s"},
         f"requests.get('{H}/v1/jobs', timeout='5s')", "PARAMETER_FORMAT", False),
    ]
    if r.caps["tls"]:
        items.append(("http_get", {"url": f"{HS}/api/v4/projects"},
                      f"requests.get('{HS}/api/v4/projects', timeout=5)", "tls", True))
        items.append(("http_get", {"url": f"{HS}/api/v4/projects", "verify": "/etc/ssl/corpus5-ca.pem"},
                      f"requests.get('{HS}/api/v4/projects', verify='/etc/ssl/corpus5-ca.pem', timeout=5)",
                      "INCORRECT_PARAMETER", True))
    for it in items:
        if it is None:
            continue
        tool, params, call, label, wrapped = it
        code = rq(call, wrapped)
        pycase(r, tool, code, label, params=params, py=rp)


# ---------------------------------------------------------------------------
# node
# ---------------------------------------------------------------------------

def node_cases(r: Run, box: Sandbox) -> None:
    if not have("node"):
        return
    f = "fetch"
    nodecase(r, "http_fetch", f"fetch('http://127.0.0.1:{CLOSED_PORT}/api/v1/status').catch(e => {{ console.error(e); process.exit(1); }})",
             "network", params={"url": f"http://127.0.0.1:{CLOSED_PORT}/api/v1/status"})
    nodecase(r, "http_fetch", "fetch('https://quay.corpus5.invalid/api/v1/repository/acme/web').catch(e => { console.error(e); process.exit(1); })",
             "dns", params={"url": "https://quay.corpus5.invalid/api/v1/repository/acme/web"})
    if r.caps["tls"]:
        nodecase(r, "http_fetch", f"fetch('{HS}/api/v4/projects').catch(e => {{ console.error(e); process.exit(1); }})",
                 "tls", params={"url": f"{HS}/api/v4/projects"})
        nodecase(r, "http_request", f"require('https').get('{HS}/healthz', r => r.resume()).on('error', e => {{ console.error(`Error: ${{e.message}} (${{e.code}})`); process.exit(1); }})",
                 "tls", params={"url": f"{HS}/healthz"})
    nodecase(r, "http_fetch", f"fetch('http://127.0.0.1:{SILENT_PORT}/v1/jobs', {{ signal: AbortSignal.timeout(1500) }}).catch(e => {{ console.error(e); process.exit(1); }})",
             "timeout", params={"url": f"http://127.0.0.1:{SILENT_PORT}/v1/jobs", "timeout_ms": 1500})
    nodecase(r, "http_request", f"require('http').get('http://127.0.0.1:{RESET_PORT}/v1/jobs', r => r.resume()).on('error', e => {{ console.error(e.stack); process.exit(1); }})",
             "network", params={"url": f"http://127.0.0.1:{RESET_PORT}/v1/jobs"})
    # axios-like wrappers around real responses
    def ax(url, method="GET"):
        return (f"fetch('{url}', {{ method: '{method}' }}).then(async r => {{ if (!r.ok) {{ "
                "console.error(`AxiosError: Request failed with status code ${r.status}\\n  response.data: ${await r.text()}`); process.exit(1); } })")
    nodecase(r, "http_fetch", ax(f"{H}/repos/acme/widgets/issues/4031"), "INCORRECT_PARAMETER",
             params={"url": f"{H}/repos/acme/widgets/issues/4031"})
    nodecase(r, "http_fetch", ax(f"{H}/v1/metrics/query?q=rate(http_503_total[5m])"), "timeout",
             params={"url": f"{H}/v1/metrics/query?q=rate(http_503_total[5m])"})
    nodecase(r, "http_fetch", ax(f"{H}/npm-auth/lodash"), "auth", params={"url": f"{H}/npm-auth/lodash"})
    nodecase(r, "http_fetch", "fetch('htp://127.0.0.1:47881/v1/jobs').catch(e => { console.error(e); process.exit(1); })",
             "PARAMETER_FORMAT", params={"url": "htp://127.0.0.1:47881/v1/jobs"})
    nodecase(r, "node_run", "new URL('gitlab.example.com/api/v4/projects')", "PARAMETER_FORMAT")
    nodecase(r, "node_run", "JSON.parse(\"{'name': 'web', 'replicas': 3}\")", "PARAMETER_FORMAT")
    nodecase(r, "node_run", "const _ = require('lodash'); console.log(_.chunk([1,2,3], 2))", "MISSING_PREREQUISITE")
    nodecase(r, "node_run", "require('fs').readFileSync('logs/eof-errors.log', 'utf8')", "INCORRECT_PARAMETER")
    nodecase(r, "node_run", "require('fs').readFileSync('config', 'utf8')", "WRONG_TOOL_SELECTION")
    nodecase(r, "node_run", "require('fs').mkdirSync('reports')", "WORKFLOW_SEQUENCE")
    nodecase(r, "node_run", "require('fs').writeFileSync('out/tmp/result.json', '{}')", "MISSING_PREREQUISITE")
    nodecase(r, "node_run", "require('fs').writeFileSync('/dev/full', 'x'.repeat(100000))", "resource")
    nodecase(r, "node_run", "Buffer.alloc(-1)", "INCORRECT_PARAMETER")
    nodecase(r, "node_run", "const cfg = require('./config/app.json'); console.log(cfg.endpoints.secondary.url)", "INCORRECT_PARAMETER")
    if not shutil.which("helm"):
        nodecase(r, "node_run", "require('child_process').execFileSync('helm', ['version'], { stdio: 'pipe' })", "MISSING_PREREQUISITE")
    box.write("scripts/report.py", "import sys\nprint(f'{sys.argv}')\n")
    r.case("node_run", {"script": "scripts/report.py"}, ["node", "scripts/report.py"], "WRONG_TOOL_SELECTION")
    r.case("node_run", {"script": "scripts/migrate-401.mjs"}, ["node", "scripts/migrate-401.mjs"], "INCORRECT_PARAMETER")
    r.case("node_run", {"flags": ["--max-old-space-size"], "script": "scripts/report.js"}, ["node", "--max-old-space-sizee=512", "scripts/report.js"],
         "PARAMETER_FORMAT")
    if r.caps["setpriv"]:
        code = "require('fs').readFileSync('secrets/vault-token', 'utf8')"
        r.case("node_run", {"code": code}, as_nobody(["node", "-e", code]), "permission",
             display="node -e " + shlex.quote(code))
    # npm / npx
    if have("npm"):
        os.makedirs(box.path("npm-empty"), exist_ok=True)
        r.case("npm_run", {"script": "build"}, ["npm", "run", "build"], "MISSING_PREREQUISITE", cwd=box.path("npm-empty"))
        box.write("npm-proj/package.json", J({"name": "web", "version": "1.0.0", "scripts": {"test": "node -e 1", "lint": "node -e 1"}}))
        r.case("npm_run", {"script": "test:ssl"}, ["npm", "run", "test:ssl"], "INCORRECT_PARAMETER", cwd=box.path("npm-proj"))
        r.case("npm_command", {"command": "tset"}, ["npm", "tset"], "WRONG_TOOL_SELECTION", cwd=box.path("npm-proj"))
        r.case("npm_version", {"bump": "1.2"}, ["npm", "version", "1.2", "--no-git-tag-version"], "PARAMETER_FORMAT", cwd=box.path("npm-proj"))
        r.case("npm_view", {"package": "left-padd"}, ["npm", "view", "left-padd", "version", f"--registry={H}/npm/", "--fetch-retries=0"],
             "INCORRECT_PARAMETER", cwd=box.path("npm-proj"))
        r.case("npm_view", {"package": "lodash", "registry": f"{H}/npm-auth/"}, ["npm", "view", "lodash", "version", f"--registry={H}/npm-auth/", "--fetch-retries=0"],
             "auth", cwd=box.path("npm-proj"))
        r.case("npm_install", {"package": "lodash", "registry": f"{H}/npm-down/"}, ["npm", "install", "lodash", f"--registry={H}/npm-down/", "--fetch-retries=0"],
             "server_error", cwd=box.path("npm-proj"))
        r.case("npm_install", {"package": "express", "registry": f"http://127.0.0.1:{CLOSED_PORT}/"}, ["npm", "install", "express", f"--registry=http://127.0.0.1:{CLOSED_PORT}/", "--fetch-retries=0"],
             "network", cwd=box.path("npm-proj"))
        r.case("npm_install", {"package": "express", "registry": "https://npm.corpus5.invalid/"}, ["npm", "install", "express", "--registry=https://npm.corpus5.invalid/", "--fetch-retries=0"],
             "dns", cwd=box.path("npm-proj"))
        if r.caps["tls"]:
            r.case("npm_view", {"package": "react", "registry": f"{HS}/npm/"}, ["npm", "view", "react", "version", f"--registry={HS}/npm/", "--fetch-retries=0"],
                 "tls", cwd=box.path("npm-proj"))
        r.case("npm_install", {"package": "express", "offline": True}, ["npm", "install", "--offline", "express@4.19.2"],
             "MISSING_PREREQUISITE", cwd=box.path("npm-proj"))
        r.case("npx_run", {"package": "eslint-plugin-ssl-eof"}, ["npx", "--offline", "--yes", "eslint-plugin-ssl-eof"],
             "MISSING_PREREQUISITE", cwd=box.path("npm-proj"))
        box.write("npm-bad/package.json", '{\n  "name": "web",\n  "version": "1.0.0",\n  "scripts": {\n    "build": "tsc",\n  }\n}\n')
        r.case("npm_run", {"script": "build"}, ["npm", "run", "build"], "PARAMETER_FORMAT", cwd=box.path("npm-bad"))


# ---------------------------------------------------------------------------
# curl
# ---------------------------------------------------------------------------

def curl_cases(r: Run, box: Sandbox) -> None:
    if not have("curl"):
        return
    c = ["curl", "-sS", "--fail-with-body"]
    def cu(tool, params, label, args, **kw):
        r.case(tool, params, [*c, *args], label, stream="both", **kw)
    cu("curl", {"url": f"{H}/api/v4/projects/77/jobs/8812/retry", "method": "POST"}, "permission",
       ["-X", "POST", f"{H}/api/v4/projects/77/jobs/8812/retry"])
    cu("curl", {"url": f"{H}/repos/acme/widgets/git/refs", "method": "POST"}, "WORKFLOW_SEQUENCE",
       ["-X", "POST", "-d", '{"ref":"refs/heads/release-2.1","sha":"b7e1c0d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8"}', f"{H}/repos/acme/widgets/git/refs"])
    cu("curl", {"url": f"{H}/v1/quota", "method": "PUT"}, "resource", ["-X", "PUT", "-d", "{}", f"{H}/v1/quota"])
    cu("curl", {"url": f"{H}/search/code?q=eof"}, "rate_limit", [f"{H}/search/code?q=eof"])
    cu("curl", {"url": f"{H}/v1/jobs"}, "server_error", [f"{H}/v1/jobs"])
    cu("curl", {"url": f"{H}/rest/api/2/issue", "method": "POST"}, "MISSING_PARAMETER",
       ["-H", "Content-Type: application/json", "-d", '{"fields":{"project":{"key":"OPS"}}}', f"{H}/rest/api/2/issue"])
    r.case("curl", {"url": f"http://127.0.0.1:{RESET_PORT}/v1/jobs"}, ["curl", "-sS", f"http://127.0.0.1:{RESET_PORT}/v1/jobs"], "network")
    r.case("curl", {"url": f"http://127.0.0.1:{SILENT_PORT}/v1/jobs", "max_time": 2}, ["curl", "-sS", "-m", "2", f"http://127.0.0.1:{SILENT_PORT}/v1/jobs"],
         "timeout")
    r.case("curl", {"url": f"http://127.0.0.1:{CLOSED_PORT}/v1/jobs"}, ["curl", "-sS", "--retry", "0", f"http://127.0.0.1:{CLOSED_PORT}/v1/jobs"],
         "network", wrap=wrap_exit)
    r.case("curl", {"url": "https://vault.corpus5.invalid/v1/sys/health"}, ["curl", "-sS", "https://vault.corpus5.invalid/v1/sys/health"],
         "dns", wrap=wrap_stderr)
    if r.caps["tls"]:
        r.case("curl", {"url": f"{HS}/api/v4/version"}, ["curl", "-sS", f"{HS}/api/v4/version"], "tls")
        r.case("curl", {"url": f"{HS}/api/v4/version", "cacert": "certs/corp-ca-401.pem"}, ["curl", "-sS", "--cacert", "certs/corp-ca-401.pem", f"{HS}/api/v4/version"],
             "INCORRECT_PARAMETER")
    r.case("curl", {"url": f"{H}/v1/jobs?name=nightly build"}, ["curl", "-sS", f"{H}/v1/jobs?name=nightly build"],
         "PARAMETER_FORMAT")
    r.case("curl", {"url": "hxxp://127.0.0.1:47881/v1/jobs"}, ["curl", "-sS", "hxxp://127.0.0.1:47881/v1/jobs"], "PARAMETER_FORMAT")
    r.case("curl", {"method": None, "url": f"{H}/v1/jobs"}, ["curl", "-sS", f"{H}/v1/jobs", "-X"], "MISSING_PARAMETER")
    r.case("curl", {"url": f"{H}/v1/jobs", "max_time": "30s"}, ["curl", "-sS", "--max-time", "30s", f"{H}/v1/jobs"], "PARAMETER_FORMAT")


# ---------------------------------------------------------------------------
# databases
# ---------------------------------------------------------------------------

def pg_alive(r: Run) -> bool:
    if not shutil.which("psql"):
        r.note("psql missing: PostgreSQL cases skipped")
        return False
    cp = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-Atc", "select 1"],
                        capture_output=True, env=r.env, timeout=10)
    if cp.returncode != 0:
        r.note("PostgreSQL on 127.0.0.1:5432 not reachable: its cases skipped")
    return cp.returncode == 0


def psql_cases(r: Run, box: Sandbox) -> None:
    if not pg_alive(r):
        return
    base = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-v", "ON_ERROR_STOP=1", "-X", "-q"]
    # safety net: every session is read-only, nothing can be written even by mistake
    ro = {"PGOPTIONS": "-c default_transaction_read_only=on"}
    def q(tool, params, label, sql, **kw):
        r.case(tool, params or {"sql": sql}, [*base, "-c", sql], label, env=ro,
             display="psql -h 127.0.0.1 -U postgres -d test -c " + shlex.quote(sql), **kw)
    q("psql_query", None, "MISSING_PREREQUISITE", "SELECT count(*) FROM timeout_events WHERE created_at > now() - interval '1 day'")
    q("psql_query", None, "INCORRECT_PARAMETER", "SELECT pid, refused_at FROM pg_stat_activity")
    q("psql_query", None, "PARAMETER_FORMAT", "SELECT * FROM pg_class WHERE oid = 'abc'::int")
    q("psql_query", None, "PARAMETER_FORMAT", "SELECT '2024-02-30'::date")
    q("psql_query", None, "INCORRECT_PARAMETER", "SELECT jsonb_path_exist('{}'::jsonb, '$.a')")
    q("psql_query", None, "PARAMETER_FORMAT", "SELECT name FROM pg_settings WHERE name = 'statement_timeout' ORDER")
    q("psql_query", None, "PARAMETER_FORMAT", "SELECT '{\"ssl\": true,}'::jsonb")
    q("psql_query", None, "INCORRECT_PARAMETER", "SELECT * FROM pg_catalog.pg_stat_replicaton")
    q("psql_query", None, "PARAMETER_FORMAT", "SELECT regexp_matches('a', '(unclosed')")
    q("psql_query", None, "PARAMETER_FORMAT", "SELECT interval '3 fortnights ago'")
    q("psql_query", None, "read_only", "BEGIN READ ONLY; CREATE TEMP TABLE corpus5_probe(id int); ROLLBACK;")
    q("psql_query", None, "read_only", "CREATE SEQUENCE corpus5_seq")
    q("psql_query", None, "timeout", "SET statement_timeout = '200ms'; SELECT pg_sleep(2);")
    q("psql_query", None, "permission", "SET ROLE pg_read_all_stats; SELECT rolpassword FROM pg_authid LIMIT 1;")
    r.case("psql_query", {"sql": "select 1", "user": "ci_reader"}, ["psql", "-h", "127.0.0.1", "-U", "ci_reader", "-d", "test", "-c", "select 1"],
         "auth")
    r.case("psql_query", {"sql": "select 1", "database": "billing_503"}, ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "billing_503", "-c", "select 1"],
         "MISSING_PREREQUISITE")
    r.case("psql_query", {"sql": "select 1", "port": CLOSED_PORT}, ["psql", "-h", "127.0.0.1", "-p", str(CLOSED_PORT), "-U", "postgres", "-d", "test", "-c", "select 1"],
         "network", wrap=wrap_exit)
    r.case("psql_query", {"sql": "select 1", "host": "pg.corpus5.invalid"}, ["psql", "-h", "pg.corpus5.invalid", "-U", "postgres", "-d", "test", "-c", "select 1"],
         "dns")
    r.case("psql_query", {"sql": "select 1", "host": box.path("pgsock")}, ["psql", "-h", box.path("pgsock"), "-U", "postgres", "-d", "test", "-c", "select 1"],
         "daemon_down")
    r.case("psql_query", {"sql": "select 1", "port": SILENT_PORT, "connect_timeout": 2}, ["psql", f"host=127.0.0.1 port={SILENT_PORT} user=postgres dbname=test connect_timeout=2", "-c", "select 1"],
         "timeout")
    r.case("psql_query", {"sql": "select 1", "port": "54x2"}, ["psql", "-h", "127.0.0.1", "-p", "54x2", "-U", "postgres", "-d", "test", "-c", "select 1"],
         "PARAMETER_FORMAT")
    r.case("psql_file", {"file": "migrations/0401_add_index.sql"}, [*base, "-f", "migrations/0401_add_index.sql"],
         "INCORRECT_PARAMETER", display="psql -h 127.0.0.1 -U postgres -d test -f migrations/0401_add_index.sql")
    r.case("psql_query", {"sql": "select 1", "flag": "--csv-header"}, ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "--csv-header", "-c", "select 1"],
         "PARAMETER_FORMAT")


def redis_cases(r: Run, box: Sandbox) -> None:
    if not have("redis-cli"):
        return
    base = ["redis-cli", "-h", "127.0.0.1", "-p", "6379"]
    cp = subprocess.run([*base, "PING"], capture_output=True, text=True, env=r.env, timeout=10)
    live = cp.stdout.strip() == "PONG"
    if not live:
        r.note("Redis on 127.0.0.1:6379 not reachable: its cases skipped")
    def rc(tool, params, label, args, b=base, **kw):
        r.case(tool, params, [*b, *args], label, display=shlex.join(["redis-cli", *args]) if b is base else None,
             ok=True, **kw)
    if live:
        try:
            box.sh([*base, "SET", "corpus5:session:eof-7781", "active"])
            box.sh([*base, "RPUSH", "corpus5:queue:denied-jobs", "j1", "j2"])
            box.sh([*base, "XADD", "corpus5:events", "*", "type", "deploy"])
            box.sh([*base, "XGROUP", "CREATE", "corpus5:events", "workers", "$"])
            rc("redis_command", {"command": "HGETALL", "key": "corpus5:session:eof-7781"}, "WRONG_TOOL_SELECTION",
               ["HGETALL", "corpus5:session:eof-7781"])
            rc("redis_command", {"command": "EXPIRE", "key": "corpus5:session:eof-7781", "seconds": "1h"},
               "PARAMETER_FORMAT", ["EXPIRE", "corpus5:session:eof-7781", "1h"])
            rc("redis_command", {"command": "HSET", "key": "corpus5:cfg:timeout"}, "MISSING_PARAMETER",
               ["HSET", "corpus5:cfg:timeout", "read_ms"])
            rc("redis_command", {"command": "HSETT", "key": "corpus5:cfg"}, "WRONG_TOOL_SELECTION",
               ["HSETT", "corpus5:cfg", "ttl", "30"])
            rc("redis_command", {"command": "SET", "key": "corpus5:lock", "ex": -5}, "PARAMETER_FORMAT",
               ["SET", "corpus5:lock", "1", "EX", "-5"])
            rc("redis_command", {"command": "XGROUP CREATE", "key": "corpus5:events", "group": "workers"},
               "WORKFLOW_SEQUENCE", ["XGROUP", "CREATE", "corpus5:events", "workers", "$"])
            rc("redis_command", {"command": "XREADGROUP", "group": "billing", "key": "corpus5:events"},
               "MISSING_PREREQUISITE", ["XREADGROUP", "GROUP", "billing", "c1", "COUNT", "1", "STREAMS", "corpus5:events", ">"])
            rc("redis_command", {"command": "SELECT", "db": 401}, "INCORRECT_PARAMETER", ["SELECT", "401"])
            rc("redis_command", {"command": "EVAL", "script": "return redis.call('GET')"}, "MISSING_PARAMETER",
               ["EVAL", "return redis.call('GET')", "0"])
            rc("redis_command", {"command": "AUTH", "user": "deploy-bot"}, "auth",
               ["--user", "deploy-bot", "--pass", "hunter2", "--no-auth-warning", "PING"])
        finally:
            keys = subprocess.run([*base, "--scan", "--pattern", "corpus5:*"], capture_output=True, text=True,
                                  env=r.env, timeout=10).stdout.split()
            if keys:
                subprocess.run([*base, "DEL", *keys], capture_output=True, env=r.env, timeout=10)
    fb = ["redis-cli", "-h", "127.0.0.1", "-p", str(RESP_PORT)]
    rc("redis_command", {"command": "SET", "key": "corpus5:replica:cart-1"}, "read_only",
       ["SET", "corpus5:replica:cart-1", "x"], b=fb)
    rc("redis_command", {"command": "GET", "key": "corpus5:loading:feature-flags"}, "server_error",
       ["GET", "corpus5:loading:feature-flags"], b=fb)
    rc("redis_command", {"command": "DEL", "key": "corpus5:acl:sessions"}, "permission",
       ["DEL", "corpus5:acl:sessions"], b=fb)
    rc("redis_command", {"command": "LPUSH", "key": "corpus5:full:jobs"}, "resource",
       ["LPUSH", "corpus5:full:jobs", "job-1"], b=fb)
    rc("redis_command", {"command": "HGETALL", "key": "corpus5:locked:cfg"}, "auth",
       ["HGETALL", "corpus5:locked:cfg"], b=fb)
    rc("redis_command", {"command": "GET", "key": "corpus5:stale:leader"}, "server_error",
       ["GET", "corpus5:stale:leader"], b=fb)
    rc("redis_command", {"command": "EVALSHA", "key": "corpus5:lua:counter"}, "server_error",
       ["INCR", "corpus5:lua:counter"], b=fb)
    rc("redis_command", {"command": "GET", "key": "corpus5:clients:x"}, "resource",
       ["GET", "corpus5:clients:x"], b=fb)
    r.case("redis_command", {"command": "PING", "port": CLOSED_PORT}, ["redis-cli", "-p", str(CLOSED_PORT), "PING"],
         "daemon_down", ok=True)
    r.case("redis_command", {"command": "INFO", "host": "cache.corpus5.invalid"}, ["redis-cli", "-h", "cache.corpus5.invalid", "INFO", "server"],
         "dns", ok=True)
    r.case("redis_command", {"command": "PING", "port": RESET_PORT}, ["redis-cli", "-p", str(RESET_PORT), "PING"],
         "network", ok=True)


def sqlite_cases(r: Run, box: Sandbox) -> None:
    if not have("sqlite3"):
        return
    db = box.path("app.db")
    box.sh(["sqlite3", db, "CREATE TABLE deploys(id INTEGER PRIMARY KEY, env TEXT NOT NULL, sha TEXT UNIQUE);"
        "INSERT INTO deploys(env, sha) VALUES ('prod', 'a1b2c3');"])
    def s(label, sql, params=None, args=(), dbp=db, **kw):
        r.case("sqlite_query", params or {"db": "app.db", "sql": sql}, ["sqlite3", *args, dbp, sql], label,
             display=shlex.join(["sqlite3", *args, dbp.replace(box.root + "/", ""), sql]), **kw)
    s("MISSING_PREREQUISITE", "SELECT * FROM users_503")
    s("INCORRECT_PARAMETER", "SELECT deployed_by FROM deploys")
    s("PARAMETER_FORMAT", "SELECT env, FROM deploys")
    s("WORKFLOW_SEQUENCE", "INSERT INTO deploys(env, sha) VALUES ('staging', 'a1b2c3')")
    s("MISSING_PARAMETER", "INSERT INTO deploys(sha) VALUES ('d4e5f6')")
    s("WORKFLOW_SEQUENCE", "CREATE TABLE deploys(id INTEGER PRIMARY KEY)")
    s("read_only", "DELETE FROM deploys WHERE env = 'prod'", args=("-readonly",))
    box.write("notes.txt", "this is not a database, just release notes for v2\n" * 20)
    r.case("sqlite_query", {"db": "notes.txt", "sql": ".tables"}, ["sqlite3", box.path("notes.txt"), ".tables"],
         "WRONG_TOOL_SELECTION", display="sqlite3 notes.txt .tables")
    r.case("sqlite_query", {"db": "data/run/app.db", "sql": "SELECT 1"}, ["sqlite3", box.path("data/run/app.db"), "SELECT 1"],
         "MISSING_PREREQUISITE", display="sqlite3 data/run/app.db 'SELECT 1'")
    r.case("sqlite_import", {"db": "app.db", "file": "exports/deploys-eof.csv"}, ["sqlite3", db, ".import --csv exports/deploys-eof.csv deploys"],
         "INCORRECT_PARAMETER", display="sqlite3 app.db '.import --csv exports/deploys-eof.csv deploys'")
    r.case("sqlite_query", {"db": "app.db", "flag": "-jsonl"}, ["sqlite3", "-jsonl", db, "SELECT 1"],
         "PARAMETER_FORMAT", display="sqlite3 -jsonl app.db 'SELECT 1'")


# ---------------------------------------------------------------------------
# build tools and compilers
# ---------------------------------------------------------------------------

def build_cases(r: Run, box: Sandbox) -> None:
    if have("make"):
        os.makedirs(box.path("mk-none"), exist_ok=True)
        r.case("make", {"makefile": "build/Makefile.ssl"}, ["make", "-f", "build/Makefile.ssl"],
             "INCORRECT_PARAMETER", cwd=box.path("mk-none"))
        box.write("mk/Makefile", "VERSION ?=\n.PHONY: build release\nbuild:\n\t@echo build\n"
              "release:\n\t$(if $(VERSION),,$(error VERSION is required, e.g. make release VERSION=1.2.3))\n\t@echo $(VERSION)\n")
        r.case("make", {"target": "deploy-503-page"}, ["make", "deploy-503-page"], "INCORRECT_PARAMETER", cwd=box.path("mk"))
        r.case("make", {"target": "release"}, ["make", "release"], "MISSING_PARAMETER", cwd=box.path("mk"))
        r.case("make", {"target": "build", "jobs": "auto"}, ["make", "--jobs=auto", "build"], "PARAMETER_FORMAT", cwd=box.path("mk"))
        box.write("mk-bad/Makefile", "test:\n    pytest -q\n")
        r.case("make", {"target": "test"}, ["make", "test"], "PARAMETER_FORMAT", cwd=box.path("mk-bad"))
        box.write("mk-dep/Makefile", "dist/app.tar.gz: build/app\n\ttar czf $@ $<\n")
        r.case("make", {"target": "dist/app.tar.gz"}, ["make", "dist/app.tar.gz"], "MISSING_PREREQUISITE", cwd=box.path("mk-dep"))
        box.write("mk-cmd/Makefile", "lint:\n\truff check src/\n")
        if not shutil.which("ruff"):
            r.case("make", {"target": "lint"}, ["make", "lint"], "MISSING_PREREQUISITE", cwd=box.path("mk-cmd"), wrap=wrap_exit)
    if have("cargo"):
        os.makedirs(box.path("rs-none"), exist_ok=True)
        r.case("cargo_build", {"release": True}, ["cargo", "build", "--release", "--offline"], "MISSING_PREREQUISITE", cwd=box.path("rs-none"))
        box.write("rs/Cargo.toml", '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n')
        box.write("rs/src/main.rs", "fn main() {\n    println!(\"hi\");\n}\n")
        r.case("cargo_run", {"bin": "migrate"}, ["cargo", "run", "--offline", "--bin", "migrate"], "INCORRECT_PARAMETER", cwd=box.path("rs"))
        r.case("cargo_test", {"test": "ssl_timeout"}, ["cargo", "test", "--offline", "--test", "ssl_timeout"], "INCORRECT_PARAMETER", cwd=box.path("rs"))
        r.case("cargo_command", {"subcommand": "biuld"}, ["cargo", "biuld"], "WRONG_TOOL_SELECTION", cwd=box.path("rs"))
        r.case("cargo_new", {"name": "rs"}, ["cargo", "new", "rs"], "WORKFLOW_SEQUENCE", cwd=box.root)
        r.case("cargo_build", {"features": ["tls-rustls"]}, ["cargo", "build", "--offline", "--features", "tls-rustls"],
             "INCORRECT_PARAMETER", cwd=box.path("rs"))
        r.case("cargo_build", {"jobs": "max"}, ["cargo", "build", "--offline", "-j", "max"], "PARAMETER_FORMAT", cwd=box.path("rs"))
        box.write("rs2/Cargo.toml", '[package]\nname = "demo2"\nversion = "0.1.0"\nedition = "2021"\n')
        box.write("rs2/src/main.rs", "use serde::Deserialize;\nfn main() {}\n")
        r.case("cargo_check", {}, ["cargo", "check", "--offline", "-q"], "MISSING_PREREQUISITE", cwd=box.path("rs2"))
        box.write("rs3/Cargo.toml", '[package]\nname = "demo3"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nreqwest = { version = "0.12", features = ["rustls-tls"] }\n')
        box.write("rs3/src/main.rs", "fn main() {}\n")
        box.write("rs4/Cargo.toml", '[package]\nname = "demo4"\nversion = "0.1.0"\nedition = "2021"\n[dependencies\nserde = "1"\n')
        r.case("cargo_build", {}, ["cargo", "build", "--offline"], "PARAMETER_FORMAT", cwd=box.path("rs4"))
    if have("javac", "java"):
        box.write("java/Hello.java", "public class Hello {\n  public static void main(String[] a) {\n    System.out.println(\"hi\");\n  }\n}\n")
        r.case("javac", {"file": "src/TimeoutRetry.java"}, ["javac", "src/TimeoutRetry.java"], "INCORRECT_PARAMETER", cwd=box.path("java"))
        r.case("java_run", {"class": "Hello"}, ["java", "-cp", ".", "Hello"], "WORKFLOW_SEQUENCE", cwd=box.path("java"))
        r.case("java_run", {"jar": "notes.txt"}, ["java", "-jar", box.path("notes.txt")], "WRONG_TOOL_SELECTION", display="java -jar notes.txt")
        r.case("java_run", {"xmx": "=512m", "class": "Hello"}, ["java", "-Xmx=512m", "Hello.java"], "PARAMETER_FORMAT", cwd=box.path("java"))
        box.write("java/Grow.java", "public class Grow {\n  public static void main(String[] a) {\n    long[][] x = new long[64][];\n"
              "    for (int i = 0; i < 64; i++) x[i] = new long[1 << 22];\n  }\n}\n")
        r.case("java_run", {"file": "Grow.java", "xmx": "64m"}, ["java", "-Xmx64m", "Grow.java"], "resource", cwd=box.path("java"))
        box.write("java/Bad.java", "public class Bad {\n  public static void main(String[] a) {\n    int port = \"8080\";\n  }\n}\n")
        r.case("javac", {"file": "Bad.java"}, ["javac", "Bad.java"], "PARAMETER_FORMAT", cwd=box.path("java"))
        r.case("javac", {"release": "1.7x", "file": "Hello.java"}, ["javac", "--release", "7x", "Hello.java"], "PARAMETER_FORMAT", cwd=box.path("java"))
    if have("gcc"):
        box.write("c/tls.c", "#include <stdio.h>\n#include <librdkafka/rdkafka.h>\nint main(void){return 0;}\n")
        r.case("gcc_compile", {"file": "tls.c"}, ["gcc", "tls.c", "-o", "tls"], "MISSING_PREREQUISITE", cwd=box.path("c"))
        box.write("c/main.c", "int main(void){return 0;}\n")
        r.case("gcc_compile", {"file": "main.c", "libs": ["curll"]}, ["gcc", "main.c", "-lcurll", "-o", "main"], "INCORRECT_PARAMETER", cwd=box.path("c"))
        r.case("gcc_compile", {"file": "main.c", "std": "c99x"}, ["gcc", "-std=c99x", "main.c"], "PARAMETER_FORMAT", cwd=box.path("c"))
        r.case("gcc_compile", {"files": []}, ["gcc", "-O2", "-o", "app"], "MISSING_PARAMETER", cwd=box.path("c"))


# ---------------------------------------------------------------------------
# files: jq, archives, coreutils, sed/awk/grep, find/xargs, ssh-keygen, openssl
# ---------------------------------------------------------------------------

def file_cases(r: Run, box: Sandbox) -> None:
    box.write("data/deploy.json", J({"name": "web", "port": "8080", "items": {"a": 1}, "tags": ["x"]}))
    box.write("data/values.yaml", "replicaCount: 2\nimage:\n  tag: v1.4.0\n")
    os.makedirs(box.path("logs/app"), exist_ok=True)
    box.write("logs/app/eof.log", "ok\n")
    if have("jq"):
        r.case("jq", {"filter": ".image.tag", "file": "data/values.yaml"}, ["jq", ".image.tag", "data/values.yaml"],
             "WRONG_TOOL_SELECTION")
        r.case("jq", {"filter": ".items[] | .name", "file": "data/deploy.json"}, ["jq", ".items[] | .name", "data/deploy.json"],
             "INCORRECT_PARAMETER")
        r.case("jq", {"filter": ".name |", "file": "data/deploy.json"}, ["jq", ".name |", "data/deploy.json"],
             "PARAMETER_FORMAT")
        r.case("jq", {"argjson": {"limit": "ten"}}, ["jq", "--argjson", "limit", "ten", ".tags[:$limit]", "data/deploy.json"],
             "PARAMETER_FORMAT")
        r.case("jq", {"filter": ".port + 1", "file": "data/deploy.json"}, ["jq", ".port + 1", "data/deploy.json"],
             "PARAMETER_FORMAT")
        r.case("jq", {"arg": "env"}, ["jq", "-n", "--arg", "env"], "MISSING_PARAMETER")
        r.case("jq", {"filter": ".retry_503", "file": "data/deploy-503.json"}, ["jq", ".retry_503", "data/deploy-503.json"],
             "INCORRECT_PARAMETER")
        r.case("jq", {"filter": ".tags | test(\"[\")", "file": "data/deploy.json"}, ["jq", '.tags[] | test("[")', "data/deploy.json"],
             "PARAMETER_FORMAT")
        r.case("jq", {"filter": ".name", "flag": "--raw"}, ["jq", "--raw", ".name", "data/deploy.json"], "PARAMETER_FORMAT")
    # archives
    if have("tar", "zip"):
        box.write("pkg/app/main.py", "print(1)\n")
        box.sh(["zip", "-qr", box.path("bundle.zip"), "app"], cwd=box.path("pkg"))
        box.sh(["tar", "czf", box.path("release.tar.gz"), "app"], cwd=box.path("pkg"))
        r.case("tar_extract", {"archive": "bundle.zip"}, ["tar", "-xzf", "bundle.zip"], "WRONG_TOOL_SELECTION")
        r.case("tar_extract", {"archive": "release.tar.gz", "members": ["app/ssl/ca.pem"]}, ["tar", "-xzf", "release.tar.gz", "app/ssl/ca.pem"],
             "INCORRECT_PARAMETER")
        r.case("tar_create", {"archive": "backup.tar"}, ["tar", "-cf", "backup.tar"], "MISSING_PARAMETER")
        r.case("tar_extract", {"archive": "release.tar.gz", "directory": "out/release"}, ["tar", "-xzf", "release.tar.gz", "-C", "out/release"],
             "MISSING_PREREQUISITE")
        r.case("tar_create", {"archive": "logs.tar.xz", "compression": "zstd"}, ["tar", "--zstdd", "-cf", "logs.tar.zst", "logs"],
             "PARAMETER_FORMAT")
        r.case("unzip", {"archive": "release.tar.gz"}, ["unzip", "-o", "release.tar.gz"], "WRONG_TOOL_SELECTION")
        r.case("unzip", {"archive": "bundle.zip", "members": ["app/timeout.py"]}, ["unzip", "-o", "bundle.zip", "app/timeout.py", "-d", "x"],
             "INCORRECT_PARAMETER")
        r.case("zip_create", {"archive": "out.zip", "paths": ["build/refused"]}, ["zip", "-r", "out.zip", "build/refused"],
             "INCORRECT_PARAMETER")
        if r.caps["setpriv"]:
            r.case("tar_extract", {"archive": "release.tar.gz", "directory": "/opt/app"}, as_nobody(["tar", "-xzf", box.path("release.tar.gz"), "-C", "/usr/local"]),
                 "permission", display="tar -xzf release.tar.gz -C /usr/local")
    if have("gzip"):
        r.case("gzip_decompress", {"file": "notes.txt"}, ["gunzip", "notes.txt"], "WRONG_TOOL_SELECTION")
        box.write("dump.sql.gz", "CREATE TABLE x(id int);\n")
        r.case("gzip_decompress", {"file": "dump.sql.gz"}, ["gzip", "-d", "-k", "dump.sql.gz"], "WRONG_TOOL_SELECTION")
        r.case("gzip_compress", {"file": "notes.txt", "level": 9}, ["gzip", "--level=9", "-k", "notes.txt"], "PARAMETER_FORMAT")
        r.case("gzip_compress", {"file": "notes.txt", "output": "/dev/full"}, "gzip -c notes.txt > /dev/full", "resource",
             display="gzip -c notes.txt > /dev/full")
    if have("xz"):
        r.case("xz_decompress", {"file": "notes.txt"}, ["xz", "-d", "notes.txt"], "WRONG_TOOL_SELECTION")
        r.case("xz_compress", {"file": "notes.txt", "threads": "all"}, ["xz", "-T", "all", "-k", "notes.txt"], "PARAMETER_FORMAT")
    # coreutils
    os.makedirs(box.path("src"), exist_ok=True)
    box.write("src/app.py", "print('x')\n")
    os.makedirs(box.path("reports"), exist_ok=True)
    box.write("current-target", "x")
    cc = [
        ("cp", {"source": "src"}, "MISSING_PARAMETER", ["cp", "-r", "src"]),
        ("mv", {"source": "src/app.py", "destination": "archive/2024/q3/"}, "MISSING_PREREQUISITE", ["mv", "src/app.py", "archive/2024/q3/"]),
        ("mkdir", {"path": "reports"}, "WORKFLOW_SEQUENCE", ["mkdir", "reports"]),
        ("ln", {"target": "releases/v2", "link": "current-target"}, "WORKFLOW_SEQUENCE", ["ln", "-s", "releases/v2", "current-target"]),
        ("head", {"file": "notes.txt", "lines": "ten"}, "PARAMETER_FORMAT", ["head", "-n", "ten", "notes.txt"]),
        ("date", {"date": "next blursday"}, "PARAMETER_FORMAT", ["date", "-d", "next blursday"]),
        ("sort", {"key": "x", "file": "notes.txt"}, "PARAMETER_FORMAT", ["sort", "-k", "x", "notes.txt"]),
        ("chmod", {"mode": "9755", "path": "deploy.sh"}, "PARAMETER_FORMAT", ["chmod", "9755", "deploy.sh"]),
        ("chown", {"owner": "deploy-bot", "path": "deploy.sh"}, "INCORRECT_PARAMETER", ["chown", "deploy-bot:deploy-bot", "deploy.sh"]),
        ("wc", {"path": "logs/app"}, "WRONG_TOOL_SELECTION", ["wc", "-l", "logs/app"]),
        ("touch", {"path": "var/run/agent/eof.pid"}, "MISSING_PREREQUISITE", ["touch", "var/run/agent/eof.pid"]),
        ("ls", {"path": ".", "sort": "date"}, "INCORRECT_PARAMETER", ["ls", "--sort=date", "."]),
        ("cut", {"file": "notes.txt", "fields": None}, "MISSING_PARAMETER", ["cut", "-d", ",", "-f"]),
        ("cut", {"file": "notes.txt", "delimiter": ", "}, "PARAMETER_FORMAT", ["cut", "-d", ", ", "-f1", "notes.txt"]),
        ("base64", {"decode": True, "input": "dG9rZW4@@"}, "PARAMETER_FORMAT", "printf 'dG9rZW4@@' | base64 -d"),
        ("timeout", {"duration": "30 seconds", "command": "make test"}, "PARAMETER_FORMAT", ["timeout", "30 seconds", "make", "test"]),
        ("kill", {"pid": 4031999}, "INCORRECT_PARAMETER", ["/bin/kill", "-TERM", "4031999"]),
        ("rm", {"path": "logs"}, "WRONG_TOOL_SELECTION", ["rm", "logs"]),
        ("rmdir", {"path": "logs"}, "WRONG_TOOL_SELECTION", ["rmdir", "logs"]),
        ("tee", {"file": "/dev/full"}, "resource", "echo 'run finished' | tee /dev/full"),
        ("cp", {"source": "notes.txt", "destination": "/dev/full"}, "resource", ["cp", "notes.txt", "/dev/full"]),
        ("split", {"file": "notes.txt", "lines": "0"}, "PARAMETER_FORMAT", ["split", "-l", "0", "notes.txt", "part-"]),
        ("stat", {"path": "certs/ssl-denied.crt"}, "INCORRECT_PARAMETER", ["stat", "-c", "%s", "certs/ssl-denied.crt"]),
        ("df", {"path": "/mnt/build-cache"}, "INCORRECT_PARAMETER", ["df", "-h", "/mnt/build-cache"]),
        ("sha256sum", {"check": "SHA256SUMS"}, "INCORRECT_PARAMETER", ["sha256sum", "-c", "SHA256SUMS"]),
        ("install", {"mode": "0755", "source": "deploy.sh"}, "MISSING_PARAMETER", ["install", "-m", "0755", "deploy.sh"]),
        ("seq", {"last": "1e"}, "PARAMETER_FORMAT", ["seq", "1", "1e"]),
    ]
    for tool, params, label, argv in cc:
        r.case(tool, params, argv, label)
    if r.caps["setpriv"]:
        r.case("cat", {"path": "/etc/shadow"}, as_nobody(["cat", "/etc/shadow"]), "permission", display="cat /etc/shadow")
        r.case("mkdir", {"path": "/srv/releases"}, as_nobody(["mkdir", "-p", "/srv/corpus5-releases/v2"]), "permission",
             display="mkdir -p /srv/corpus5-releases/v2")
        r.case("find", {"path": "/root", "name": "*.pem"}, as_nobody(["find", "/root", "-maxdepth", "2", "-name", "*.pem"]), "permission",
             display="find /root -maxdepth 2 -name '*.pem'")
    if r.caps["unshare"]:
        rod = box.path("ro-logs")
        os.makedirs(rod)
        box.write(os.path.join(rod, "old.log"), "x\n")
        r.case("rm", {"path": "ro-logs/old.log"}, ro_bind(rod, f"rm -f {shlex.quote(rod)}/old.log"), "read_only",
             display="rm -f ro-logs/old.log")
        r.case("sed", {"in_place": True, "file": "ro-logs/old.log"}, ro_bind(rod, f"sed -i s/x/y/ {shlex.quote(rod)}/old.log"),
             "read_only", display="sed -i s/x/y/ ro-logs/old.log")
        fd = box.path("tiny")
        os.makedirs(fd)
        r.case("cp", {"source": "release.tar.gz", "destination": "tiny/"}, tiny_fs(fd, f"head -c 400000 /dev/urandom > {shlex.quote(box.path('big.bin'))} && cp {shlex.quote(box.path('big.bin'))} {shlex.quote(fd)}/"),
             "resource",
             display="cp big.bin tiny/")
    # sed / awk / grep
    if have("sed"):
        r.case("sed", {"expression": "s/timeout=5/timeout=30", "file": "settings.ini"}, ["sed", "-i", "s/timeout=5/timeout=30", "notes.txt"],
             "PARAMETER_FORMAT", display="sed -i s/timeout=5/timeout=30 notes.txt")
        r.case("sed", {"expression": "s/a/b/", "file": "conf/nginx-503.conf"}, ["sed", "-i", "s/a/b/", "conf/nginx-503.conf"],
             "INCORRECT_PARAMETER")
        r.case("sed", {"expression": "/x/p", "file": "logs"}, ["sed", "-n", "/x/p", "logs"], "WRONG_TOOL_SELECTION")
        r.case("sed", {"expression": "s/\\(foo/bar/"}, ["sed", "s/\\(foo/bar/", "notes.txt"], "PARAMETER_FORMAT")
        r.case("sed", {"expression": "3q5x"}, ["sed", "-n", "3q5x", "notes.txt"], "PARAMETER_FORMAT")
    if have("awk"):
        r.case("awk", {"program": "{print $1", "file": "notes.txt"}, ["awk", "{print $1", "notes.txt"], "PARAMETER_FORMAT")
        r.case("awk", {"program_file": "scripts/eof.awk"}, ["awk", "-f", "scripts/eof.awk", "notes.txt"], "INCORRECT_PARAMETER")
    if have("grep"):
        r.case("grep", {"pattern": "(timeout|refused", "extended": True}, ["grep", "-E", "(timeout|refused", "notes.txt"], "PARAMETER_FORMAT")
        r.case("grep", {"pattern": "(?<=a+)b", "perl": True}, ["grep", "-P", "(?<=a+)b", "notes.txt"], "PARAMETER_FORMAT")
        r.case("grep", {"pattern": "ERROR", "path": "logs/denied"}, ["grep", "-rn", "ERROR", "logs/denied"], "INCORRECT_PARAMETER")
        r.case("grep", {"pattern": "ERROR", "context": "three"}, ["grep", "-C", "three", "ERROR", "notes.txt"], "PARAMETER_FORMAT")
    if have("find", "xargs"):
        r.case("find", {"path": ".", "name": None}, ["find", ".", "-name"], "MISSING_PARAMETER")
        r.case("find", {"path": ".", "mtime": "7d"}, ["find", ".", "-mtime", "7d"], "PARAMETER_FORMAT")
        r.case("find", {"path": "build/eof-cache", "type": "f"}, ["find", "build/eof-cache", "-type", "f"], "INCORRECT_PARAMETER")
        r.case("find", {"path": ".", "type": "file"}, ["find", ".", "-type", "file"], "PARAMETER_FORMAT")
        r.case("find", {"path": ".", "exec": "rm {}"}, ["find", ".", "-name", "*.tmp", "-exec", "rm", "{}"], "MISSING_PARAMETER")
        r.case("find", {"path": ".", "maxdepth": "-1"}, ["find", ".", "-maxdepth", "-1"], "PARAMETER_FORMAT")
        r.case("xargs", {"max_args": 0, "command": "echo"}, "echo a b | xargs -n 0 echo", "INCORRECT_PARAMETER")
        if not shutil.which("shellcheck"):
            r.case("xargs", {"command": "shellcheck"}, "find . -name 'deploy.sh' | xargs shellcheck", "MISSING_PREREQUISITE")
        r.case("xargs", {"input": "it's"}, "printf \"release notes it's fine\\n\" | xargs echo", "PARAMETER_FORMAT")
    if have("ssh-keygen"):
        r.case("ssh_keygen", {"type": "rsa", "bits": "4k"}, ["ssh-keygen", "-q", "-t", "rsa", "-b", "4k", "-N", "", "-f", box.path("k1")],
             "PARAMETER_FORMAT", display="ssh-keygen -t rsa -b 4k -N '' -f k1")
        r.case("ssh_keygen", {"type": "ed25519-sk2"}, ["ssh-keygen", "-q", "-t", "ed25519-sk2", "-N", "", "-f", box.path("k2")],
             "INCORRECT_PARAMETER", display="ssh-keygen -t ed25519-sk2 -N '' -f k2")
        r.case("ssh_keygen", {"fingerprint": "keys/deploy_401.pub"}, ["ssh-keygen", "-l", "-f", "keys/deploy_401.pub"], "INCORRECT_PARAMETER")
        r.case("ssh_keygen", {"fingerprint": "notes.txt"}, ["ssh-keygen", "-l", "-f", "notes.txt"], "WRONG_TOOL_SELECTION")
        box.sh(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", box.path("id_ed")])
        r.case("ssh_keygen", {"known_hosts_remove": None}, ["ssh-keygen", "-R"], "MISSING_PARAMETER")
        if shutil.which("ssh"):
            so = ["-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=2"]
            r.case("ssh_exec", {"host": "127.0.0.1", "port": CLOSED_PORT, "command": "uptime"}, ["ssh", *so, "-p", str(CLOSED_PORT), "deploy@127.0.0.1", "uptime"],
                 "network", display=f"ssh -p {CLOSED_PORT} deploy@127.0.0.1 uptime")
            r.case("ssh_exec", {"host": "bastion.corpus5.invalid", "command": "uptime"}, ["ssh", *so, "deploy@bastion.corpus5.invalid", "uptime"],
                 "dns", display="ssh deploy@bastion.corpus5.invalid uptime")
            r.case("ssh_exec", {"host": "127.0.0.1", "port": SILENT_PORT, "command": "uptime"}, ["ssh", *so, "-p", str(SILENT_PORT), "deploy@127.0.0.1", "uptime"],
                 "timeout", display=f"ssh -o ConnectTimeout=2 -p {SILENT_PORT} deploy@127.0.0.1 uptime")
            r.case("ssh_exec", {"host": "127.0.0.1", "port": RESET_PORT, "command": "uptime"}, ["ssh", *so, "-p", str(RESET_PORT), "deploy@127.0.0.1", "uptime"],
                 "network", display=f"ssh -p {RESET_PORT} deploy@127.0.0.1 uptime")
    if have("openssl"):
        r.case("openssl_x509", {"file": "notes.txt"}, ["openssl", "x509", "-in", "notes.txt", "-noout", "-subject"], "PARAMETER_FORMAT")
        r.case("openssl_genrsa", {"bits": "big"}, ["openssl", "genrsa", "-out", box.path("k.pem"), "big"], "PARAMETER_FORMAT", display="openssl genrsa -out k.pem big")
        r.case("openssl_dgst", {"algorithm": "sha257", "file": "notes.txt"}, ["openssl", "dgst", "-sha257", "notes.txt"], "INCORRECT_PARAMETER")
        r.case("openssl_command", {"command": "certificate"}, ["openssl", "certificate", "-in", "cert.pem"], "WRONG_TOOL_SELECTION")
        r.case("openssl_s_client", {"connect": f"127.0.0.1:{CLOSED_PORT}"}, "openssl s_client -connect 127.0.0.1:47889 -brief </dev/null",
             "network")
        if r.caps["tls"]:
            r.case("openssl_s_client", {"connect": f"127.0.0.1:{TLS_PORT}", "verify_return_error": True}, f"openssl s_client -connect 127.0.0.1:{TLS_PORT} -verify_return_error -brief </dev/null",
                 "tls")
            r.case("openssl_verify", {"cert": "tls/cert.pem"}, ["openssl", "verify", "tls/cert.pem"], "tls")
        r.case("openssl_enc", {"decrypt": True, "file": "notes.txt"}, ["openssl", "enc", "-d", "-aes-256-cbc", "-pbkdf2", "-pass", "pass:x", "-in", "notes.txt"],
             "WRONG_TOOL_SELECTION")
    if have("docker"):
        r.case("docker_ps", {"all": True}, ["docker", "ps", "-a"], "daemon_down", wrap=wrap_exit)
        r.case("docker_run", {"image": "alpine:3.20", "flag": "--rmm"}, ["docker", "run", "--rmm", "alpine:3.20"], "PARAMETER_FORMAT")
    if have("kubectl"):
        kt = ["--token=corpus5-token", "--request-timeout=3s"]
        r.case("kubectl_get", {"resource": "pods", "namespace": "ci", "server": f"https://127.0.0.1:{CLOSED_PORT}"}, ["kubectl", "get", "pods", "-n", "ci", f"--server=https://127.0.0.1:{CLOSED_PORT}", "--insecure-skip-tls-verify", *kt],
             "network")
        if r.caps["tls"]:
            r.case("kubectl_get", {"resource": "nodes", "server": HS}, ["kubectl", "get", "nodes", f"--server={HS}", *kt], "tls")
        r.case("kubectl_get", {"resource": "nodes", "server": "https://api.ocp.corpus5.invalid:6443"}, ["kubectl", "get", "nodes", "--server=https://api.ocp.corpus5.invalid:6443", *kt],
             "dns")

# ---------------------------------------------------------------------------
# documented rows (hand-written from documented or commonly seen formats)
# ---------------------------------------------------------------------------

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


DOCUMENTED: list[Row] = [
    # python-gitlab
    documented("gitlab_project_get", {"project": "acme/ssl-proxy"}, "gitlab.exceptions.GitlabGetError: 404: 404 Project Not Found",
      "INCORRECT_PARAMETER", f"GET {GL}/projects/acme%2Fssl-proxy"),
    documented("gitlab_issue_create", {"project_id": 77, "title": ""},
      "gitlab.exceptions.GitlabCreateError: 400: {'title': [\"can't be blank\"]}", "MISSING_PARAMETER",
      f"POST {GL}/projects/77/issues"),
    documented("gitlab_branch_create", {"project_id": 77, "branch": "hotfix/eof", "ref": "main"},
      "gitlab.exceptions.GitlabCreateError: 400: Branch already exists", "WORKFLOW_SEQUENCE",
      f"POST {GL}/projects/77/repository/branches"),
    documented("gitlab_mr_merge", {"project_id": 77, "mr_iid": 41},
      "gitlab.exceptions.GitlabMRClosedError: 405: 405 Method Not Allowed", "WORKFLOW_SEQUENCE",
      f"PUT {GL}/projects/77/merge_requests/41/merge"),
    documented("gitlab_pipeline_list", {"project_id": 77},
      "gitlab.exceptions.GitlabAuthenticationError: 401: 401 Unauthorized", "auth", f"GET {GL}/projects/77/pipelines"),
    documented("gitlab_variable_create", {"project_id": 77, "key": "DEPLOY_TOKEN"},
      "gitlab.exceptions.GitlabCreateError: 403: 403 Forbidden", "permission", f"POST {GL}/projects/77/variables"),
    documented("gitlab_file_update", {"project_id": 77, "file_path": "ci/timeout.yml", "branch": "main"},
      "gitlab.exceptions.GitlabUpdateError: 400: A file with this name doesn't exist", "INCORRECT_PARAMETER",
      f"PUT {GL}/projects/77/repository/files/ci%2Ftimeout.yml"),
    documented("gitlab_project_list", {"group": "platform"},
      "gitlab.exceptions.GitlabListError: 502: <html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>",
      "server_error", f"GET {GL}/groups/platform/projects"),
    documented("gitlab_mr_create", {"project_id": 77, "source_branch": "feature/tls-retry", "target_branch": "main"},
      "gitlab.exceptions.GitlabCreateError: 409: ['Another open merge request already exists for this source branch: !52']",
      "WORKFLOW_SEQUENCE", f"POST {GL}/projects/77/merge_requests"),
    documented("gitlab_project_get", {"project": "acme/web"},
      "gitlab.exceptions.GitlabHttpError: 429: Retry later", "rate_limit", f"GET {GL}/projects/acme%2Fweb"),
    # PyGithub
    documented("github_repo_get", {"repo": "acme/widgets-403"},
      'github.GithubException.UnknownObjectException: 404 {"message": "Not Found", "documentation_url": "https://docs.github.com/rest/repos/repos#get-a-repository", "status": "404"}',
      "INCORRECT_PARAMETER", "GET https://api.github.com/repos/acme/widgets-403"),
    documented("github_pr_create", {"repo": "acme/widgets", "head": "feature/login", "base": "main"},
      'github.GithubException.GithubException: 422 {"message": "Validation Failed", "errors": [{"resource": "PullRequest", "code": "custom", "message": "A pull request already exists for acme:feature/login."}], "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request", "status": "422"}',
      "WORKFLOW_SEQUENCE", "POST https://api.github.com/repos/acme/widgets/pulls"),
    documented("github_pr_create", {"repo": "acme/widgets", "head": "feature/empty", "base": "main"},
      'github.GithubException.GithubException: 422 {"message": "Validation Failed", "errors": [{"resource": "PullRequest", "code": "custom", "message": "No commits between main and feature/empty"}], "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request", "status": "422"}',
      "WORKFLOW_SEQUENCE", "POST https://api.github.com/repos/acme/widgets/pulls"),
    documented("github_issues_list", {"repo": "acme/widgets"},
      'github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest", "status": "401"}',
      "auth", "GET https://api.github.com/repos/acme/widgets/issues"),
    documented("github_search_code", {"query": "ssl_verify repo:acme/widgets"},
      'github.GithubException.RateLimitExceededException: 403 {"message": "API rate limit exceeded for user ID 5512345. (But here\'s the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}',
      "rate_limit", "GET https://api.github.com/search/code"),
    documented("github_branch_protection_update", {"repo": "acme/widgets", "branch": "main"},
      'github.GithubException.GithubException: 403 {"message": "Resource not accessible by integration", "documentation_url": "https://docs.github.com/rest/branches/branch-protection#update-branch-protection", "status": "403"}',
      "permission", "PUT https://api.github.com/repos/acme/widgets/branches/main/protection"),
    # jira-python
    documented("jira_issue_get", {"issue": "OPS-4031"},
      jira(404, "https://jira.example.com/rest/api/2/issue/OPS-4031", "Issue Does Not Exist",
           {"errorMessages": ["Issue does not exist or you do not have permission to see it."], "errors": {}}),
      "INCORRECT_PARAMETER", "GET https://jira.example.com/rest/api/2/issue/OPS-4031"),
    documented("jira_issue_create", {"project": "OPS", "summary": "Timeout in 503 handler", "duedate": "tomorrow"},
      jira(400, "https://jira.example.com/rest/api/2/issue", "Error parsing date string: tomorrow",
           {"errorMessages": [], "errors": {"duedate": "Error parsing date string: tomorrow"}}),
      "PARAMETER_FORMAT", "POST https://jira.example.com/rest/api/2/issue"),
    documented("jira_issue_update", {"issue": "OPS-77", "fields": {"customfield_10401": 5}},
      jira(400, "https://jira.example.com/rest/api/2/issue/OPS-77",
           "Field 'customfield_10401' cannot be set. It is not on the appropriate screen, or unknown.",
           {"errorMessages": [], "errors": {"customfield_10401": "Field 'customfield_10401' cannot be set. It is not on the appropriate screen, or unknown."}}),
      "INCORRECT_PARAMETER", "PUT https://jira.example.com/rest/api/2/issue/OPS-77"),
    documented("jira_issue_create", {"project": "OPS", "summary": "Rotate certs"},
      jira(400, "https://jira.example.com/rest/api/2/issue", "issue type is required",
           {"errorMessages": [], "errors": {"issuetype": "issue type is required"}}),
      "MISSING_PARAMETER", "POST https://jira.example.com/rest/api/2/issue"),
    documented("jira_myself", {}, jira(401, "https://jira.example.com/rest/api/2/myself", "Unauthorized (401)",
                             {"errorMessages": ["You are not authenticated. Authentication required to perform this operation."], "errors": {}}),
      "auth", "GET https://jira.example.com/rest/api/2/myself"),
    documented("jira_search", {"jql": "project = OPS"},
      jira(503, "https://jira.example.com/rest/api/2/search", "Service Unavailable",
           {"errorMessages": ["Jira is temporarily unavailable. Please try again later."], "errors": {}}),
      "server_error", "POST https://jira.example.com/rest/api/2/search"),
    # kubernetes-client
    documented("k8s_pod_get", {"name": "web-7f9c", "namespace": "prod"},
      k8s(404, "Not Found", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "pods \"web-7f9c\" not found", "reason": "NotFound", "details": {"name": "web-7f9c", "kind": "pods"}, "code": 404}),
      "INCORRECT_PARAMETER", "GET /api/v1/namespaces/prod/pods/web-7f9c"),
    documented("k8s_configmap_create", {"name": "app-config", "namespace": "preview-401"},
      k8s(404, "Not Found", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "namespaces \"preview-401\" not found", "reason": "NotFound", "details": {"name": "preview-401", "kind": "namespaces"}, "code": 404}),
      "MISSING_PREREQUISITE", "POST /api/v1/namespaces/preview-401/configmaps"),
    documented("k8s_secret_create", {"name": "registry-creds", "namespace": "ci"},
      k8s(409, "Conflict", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "secrets \"registry-creds\" already exists", "reason": "AlreadyExists", "details": {"name": "registry-creds", "kind": "secrets"}, "code": 409}),
      "WORKFLOW_SEQUENCE", "POST /api/v1/namespaces/ci/secrets"),
    documented("k8s_pod_list", {"namespace": "prod"},
      k8s(403, "Forbidden", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "pods is forbidden: User \"system:serviceaccount:ci:agent\" cannot list resource \"pods\" in API group \"\" in the namespace \"prod\"", "reason": "Forbidden", "details": {"kind": "pods"}, "code": 403}),
      "permission", "GET /api/v1/namespaces/prod/pods"),
    documented("k8s_deployment_create", {"name": "Web_App", "namespace": "dev"},
      k8s(422, "Unprocessable Entity", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "Deployment.apps \"Web_App\" is invalid: metadata.name: Invalid value: \"Web_App\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')", "reason": "Invalid", "details": {"name": "Web_App", "group": "apps", "kind": "Deployment", "causes": [{"reason": "FieldValueInvalid", "message": "Invalid value: \"Web_App\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters", "field": "metadata.name"}]}, "code": 422}),
      "PARAMETER_FORMAT", "POST /apis/apps/v1/namespaces/dev/deployments"),
    documented("k8s_pod_list", {"namespace": "default"},
      "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.ocp.example.com', port=6443): Max retries exceeded with url: /api/v1/namespaces/default/pods (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1b9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))",
      "network", "GET /api/v1/namespaces/default/pods"),
    documented("k8s_node_list", {},
      k8s(401, "Unauthorized", {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": "Unauthorized", "reason": "Unauthorized", "code": 401}),
      "auth", "GET /api/v1/nodes"),
    # MCP servers / agent wrappers
    documented("gitlab_issue_create", {"project_id": "acme/web"},
      'MCP error -32602: Invalid arguments for tool create_issue: [\n  {\n    "code": "invalid_type",\n    "expected": "string",\n    "received": "undefined",\n    "path": [\n      "title"\n    ],\n    "message": "Required"\n  }\n]',
      "MISSING_PARAMETER", "tools/call create_issue"),
    documented("gitlab_mr_list", {"project_id": "acme/web"}, "MCP error -32601: Tool list_merge_request not found",
      "WRONG_TOOL_SELECTION", "tools/call list_merge_request"),
    documented("jira_search", {"jql": "assignee = currentUser()"}, "MCP error -32001: Request timed out",
      "timeout", "tools/call jira_search"),
    documented("github_file_get", {"owner": "acme", "repo": "widgets", "path": "src/eof_reader.py"},
      'Error executing tool get_file_contents: Not Found: Resource not found: {"message":"Not Found","documentation_url":"https://docs.github.com/rest/repos/contents#get-repository-content","status":"404"}',
      "INCORRECT_PARAMETER", "tools/call get_file_contents"),
    documented("gitlab_issue_create", {"project": "acme/web"},
      "Error: 1 validation error for gitlab_issue_create\ntitle\n  Field required [type=missing, input_value={'project': 'acme/web'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.9/v/missing\n Please fix your mistakes.",
      "MISSING_PARAMETER", "gitlab_issue_create(project='acme/web')"),
    documented("gitlab_mr_create", {"source_branch": "x"}, "create_merge_request is not a valid tool, try one of [gitlab_mr_create, gitlab_issue_create, git_push].",
      "WRONG_TOOL_SELECTION", "create_merge_request(source_branch='x')"),
    documented("jira_issue_transition", {"issue": "OPS-12", "transition": "Done"},
      "Error: ToolException('Transition \"Done\" is not available for OPS-12. Available transitions: Start Progress, Resolve Issue')\n Please fix your mistakes.",
      "INCORRECT_PARAMETER", "jira_issue_transition(issue='OPS-12', transition='Done')"),
    documented("gitlab_issue_create", {}, 'Invalid JSON input for tool gitlab_issue_create: {"project_id": 77, "title": "Flaky test", "labels": [bug]}',
      "PARAMETER_FORMAT", "gitlab_issue_create"),
    documented("http_get", {"url": "https://quay.io/api/v1/repository/acme/web"},
      "An error occurred while running the tool. Please try again. Error: HTTPSConnectionPool(host='quay.io', port=443): Max retries exceeded with url: /api/v1/repository/acme/web (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))",
      "tls", "GET https://quay.io/api/v1/repository/acme/web"),
    documented("openai_chat", {"model": "gpt-4o"},
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29500, Requested 1200. Please try again in 1.4s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}",
      "rate_limit", "POST https://api.openai.com/v1/chat/completions"),
    documented("openai_chat", {"model": "gpt-4o-mini"},
      "openai.InternalServerError: Error code: 503 - {'error': {'message': 'The engine is currently overloaded, please try again later', 'type': 'server_error', 'param': None, 'code': None}}",
      "server_error", "POST https://api.openai.com/v1/chat/completions"),
    # httpx / aiohttp / axios
    documented("http_get", {"url": "https://gitlab.example.com/api/v4/projects/99"},
      "httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://gitlab.example.com/api/v4/projects/99'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404",
      "INCORRECT_PARAMETER", "GET https://gitlab.example.com/api/v4/projects/99"),
    documented("http_get", {"url": "https://registry.example.com/v2/_catalog"},
      "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://registry.example.com/v2/_catalog'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503",
      "server_error", "GET https://registry.example.com/v2/_catalog"),
    documented("http_get", {"url": "https://vault.example.com/v1/secret/data/ci"}, "httpx.ReadTimeout: The read operation timed out",
      "timeout", "GET https://vault.example.com/v1/secret/data/ci"),
    documented("http_get", {"url": "http://127.0.0.1:47889/healthz"},
      "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host 127.0.0.1:47889 ssl:default [Connect call failed ('127.0.0.1', 47889)]",
      "network", "GET http://127.0.0.1:47889/healthz"),
    documented("http_get", {"url": "https://gitlab.internal.example.com/api/v4/version"},
      "aiohttp.client_exceptions.ClientConnectorCertificateError: Cannot connect to host gitlab.internal.example.com:443 ssl:True [SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')]",
      "tls", "GET https://gitlab.internal.example.com/api/v4/version"),
    documented("http_post", {"url": "https://api.example.com/v1/jobs"},
      "aiohttp.client_exceptions.ClientResponseError: 422, message='Unprocessable Entity', url='https://api.example.com/v1/jobs'",
      "PARAMETER_FORMAT", "POST https://api.example.com/v1/jobs"),
    documented("http_fetch", {"url": "https://api.example.com/v1/reports?from=2024-01-01"},
      "AxiosError: timeout of 5000ms exceeded\n    at RedirectableRequest.handleRequestTimeout (node_modules/axios/lib/adapters/http.js:647:16)\n  code: 'ECONNABORTED'",
      "timeout", "GET https://api.example.com/v1/reports?from=2024-01-01"),
    # Go clients / gh / glab
    documented("skopeo_inspect", {"image": "docker://quay.corpus5.invalid/acme/web:1.4"},
      'time="2025-03-04T10:12:31Z" level=fatal msg="Error parsing image name \\"docker://quay.corpus5.invalid/acme/web:1.4\\": pinging container registry quay.corpus5.invalid: Get \\"https://quay.corpus5.invalid/v2/\\": dial tcp: lookup quay.corpus5.invalid: no such host"',
      "dns", "skopeo inspect docker://quay.corpus5.invalid/acme/web:1.4"),
    documented("oc_login", {"server": "https://api.ocp.example.com:6443"},
      "error: tls: failed to verify certificate: x509: certificate signed by unknown authority",
      "tls", "oc login https://api.ocp.example.com:6443"),
    documented("helm_install", {"release": "web", "chart": "oci://registry.example.com/charts/web"},
      'Error: INSTALLATION FAILED: failed to do request: Head "https://registry.example.com/v2/charts/web/manifests/1.2.0": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      "timeout", "helm install web oci://registry.example.com/charts/web --version 1.2.0"),
    documented("terraform_plan", {},
      'Error: Get "http://127.0.0.1:47889/v1/state": dial tcp 127.0.0.1:47889: connect: connection refused',
      "network", "terraform plan"),
    documented("gh_pr_view", {"number": 4031}, "GraphQL: Could not resolve to a PullRequest with the number of 4031. (repository.pullRequest)",
      "INCORRECT_PARAMETER", "gh pr view 4031"),
    documented("glab_mr_create", {"source_branch": "feature/x"},
      "POST https://gitlab.example.com/api/v4/projects/acme%2Fweb/merge_requests: 409 {message: [Another open merge request already exists for this source branch: !61]}",
      "WORKFLOW_SEQUENCE", "glab mr create --source-branch feature/x --fill"),
    documented("gh_api", {"endpoint": "repos/acme/widgets/actions/secrets"}, "gh: Resource not accessible by integration (HTTP 403)",
      "permission", "gh api repos/acme/widgets/actions/secrets"),
    documented("docker_push", {"image": "registry.example.com/acme/web:1.4"},
      "denied: requested access to the resource is denied", "permission", "docker push registry.example.com/acme/web:1.4"),
    documented("docker_build", {"tag": "web:dev"},
      "ERROR: failed to solve: failed to copy files: copy file range failed: no space left on device", "resource",
      "docker build -t web:dev ."),
]



GROUPS = (git_cases, python_cases, python_net_cases, node_cases, curl_cases, psql_cases, redis_cases,
          sqlite_cases, build_cases, file_cases)


def generate() -> list[Row]:
    with Sandbox("corpus5-") as box, Helpers() as helpers:
        box.env = base_env(box)
        box.strict = True
        tls = start_helpers(helpers, box)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro"))}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        for group in GROUPS:
            try:
                group(run, box)
            except Exception as exc:  # keep going: one broken family must not lose the rest
                run.note(f"{group.__name__} aborted: {exc!r}")
        return run.rows
