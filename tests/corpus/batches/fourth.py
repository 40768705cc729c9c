"""Batch "fourth": a fourth blind batch of labelled tool errors (held-out check of the classifier).

Written without looking at the classifier's rules or at the other corpus files' messages.  It
concentrates on the tools the product's users call most: git (scratch repos and local bare
remotes, incl. GitLab-worded hook rejections), GitLab / GitHub (REST and GraphQL) / Jira / Quay-style
REST errors served by a local helper and fetched with curl, kubectl against a fake Kubernetes API
server, docker without a daemon, pip / npm / cargo offline, make, psql, redis-cli and shell
utilities.  Cases share set-up state, so they run in order as they are defined.
``python -m tests.corpus.generate --batch fourth -o tests/corpus/fourth_errors.jsonl`` (the
hand-written ``DOCUMENTED`` rows are appended; ``--no-documented`` leaves them out).

Local helpers on 127.0.0.1: 47861 HTTP (REST error bodies, git smart-HTTP statuses, npm
registry), 47862 a fake Kubernetes API server, 47863 the HTTP helper behind TLS (self-signed),
47864 a listener that never answers, 47865-47867 RESP servers answering LOADING / READONLY /
NOAUTH+OOM, 47868 a listener that resets connections, 47869 a closed port.  Redis keys
``corpus4:*`` only (deleted at the end); PostgreSQL with failing or read-only statements only.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

from tests.corpus.harness.normalise import Normaliser
from tests.corpus.harness.rows import Row, documented
from tests.corpus.harness.runner import Run
from tests.corpus.harness.sandbox import Sandbox, can_setpriv, have
from tests.corpus.harness.servers import Helpers, Reply, Request, self_signed

NAME = "fourth"
ALIAS = "/tmp/corpus4"
IP, PF, MP, MPR, WS, WT = ("INCORRECT_PARAMETER", "PARAMETER_FORMAT", "MISSING_PARAMETER",
                           "MISSING_PREREQUISITE", "WORKFLOW_SEQUENCE", "WRONG_TOOL_SELECTION")
HTTP_PORT, KUBE_PORT, HTTPS_PORT, HANG_PORT = 47861, 47862, 47863, 47864
RESP_LOADING, RESP_READONLY, RESP_AUTH, RESET_PORT, CLOSED_PORT = 47865, 47866, 47867, 47868, 47869
H = f"http://127.0.0.1:{HTTP_PORT}"


def normaliser(root: str) -> Normaliser:
    return Normaliser(
        root, ALIAS,
        subs=((re.compile(r"^[EIW]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ ", re.M), "E0101 00:00:00.000000       1 "),),
        drop_containing=("Unknown user config", "A complete log of this run"),
        drop_prefixes=("npm notice", "Looking in indexes", "Looking in links", "[notice]"),
        head=600, tail=900)


def base_env(box: Sandbox) -> dict[str, str]:
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", NO_COLOR="1", GIT_TERMINAL_PROMPT="0",
               HOME=box.path("home"), GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="Dev", GIT_AUTHOR_EMAIL="dev@example.com",
               GIT_COMMITTER_NAME="Dev", GIT_COMMITTER_EMAIL="dev@example.com",
               KUBECONFIG=box.path("kube", "config"), DOCKER_CONFIG=box.path("home", ".docker"),
               npm_config_update_notifier="false", npm_config_fund="false", npm_config_audit="false",
               npm_config_cache=box.path("home", ".npm"), PIP_CONFIG_FILE="/dev/null",
               PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1", GIT_SSH_COMMAND=(
                   "ssh -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                   "-o ConnectTimeout=4"))
    env.setdefault("CARGO_HOME", os.path.expanduser("~/.cargo"))
    env.setdefault("RUSTUP_HOME", os.path.expanduser("~/.rustup"))
    for var in ("PYTHONPATH", "GITHUB_TOKEN", "GITLAB_TOKEN", "VIRTUAL_ENV", "SSH_AUTH_SOCK"):
        env.pop(var, None)
    return env


# --------------------------------------------------------------------------- HTTP helper routes

J = "application/json"
T = "text/plain; charset=utf-8"
HT = "text/html; charset=utf-8"


def js(obj) -> str:
    return json.dumps(obj, separators=(",", ":"))


GITLAB_502 = ("<!DOCTYPE html>\n<html>\n<head>\n  <title>GitLab is not responding (502)</title>\n</head>\n<body>\n"
              "  <h1>502</h1>\n  <h3>Whoops, GitLab is taking too much time to respond.</h3>\n"
              "  <p>Try refreshing the page, or going back and attempting the action again.</p>\n</body>\n</html>")
JIRA_503 = ("<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1>"
            "<p>Jira is currently unavailable. Our team is working to restore service.</p></body></html>")
GH_DOC = "https://docs.github.com/rest"

# (method, path-with-query) -> (status, content-type, body, extra headers)
ROUTES: dict[tuple[str, str], tuple] = {
    # ---- GitLab v4
    ("GET", "/api/v4/projects/platform%2Fbilling-svc"): (404, J, js({"message": "404 Project Not Found"})),
    ("GET", "/api/v4/projects/118/repository/commits/5e1a3c9"): (404, J, js({"message": "404 Commit Not Found"})),
    ("GET", "/api/v4/projects/118/merge_requests/4012"): (404, J, js({"message": "404 Not found"})),
    ("POST", "/api/v4/projects/118/merge_requests"): None,  # decided from the body
    ("GET", "/api/v4/projects/118/pipelines/latest-503"): (400, J, js({"error": "pipeline_id is invalid"})),
    ("GET", "/api/v4/projects/118/jobs?scope=flaky"): (400, J, js({"error": "scope does not have a valid value"})),
    ("POST", "/api/v4/projects/118/repository/branches?branch=release-503&ref=main"):
        (400, J, js({"message": "Branch already exists"})),
    ("POST", "/api/v4/projects/118/repository/branches?branch=hotfix%2Feof&ref=mian"):
        (400, J, js({"message": "Invalid reference name: mian"})),
    ("POST", "/api/v4/projects/118/repository/tags?tag_name=v2.4.0&ref=main"):
        (400, J, js({"message": "Tag v2.4.0 already exists"})),
    ("PUT", "/api/v4/projects/118/merge_requests/77/merge"): (405, J, js({"message": "405 Method Not Allowed"})),
    ("PUT", "/api/v4/projects/118/merge_requests/78/merge"): (422, J, js({"message": "Branch cannot be merged"})),
    ("POST", "/api/v4/projects/118/issues"): (400, J, js({"error": "title is missing"})),
    ("POST", "/api/v4/projects/118/issues?title=Flaky+test&due_date=31%2F12%2F2024"):
        (400, J, js({"error": "due_date is invalid"})),
    ("GET", "/api/v4/projects/118/pipelines?per_page=20"): (401, J, js({"message": "401 Unauthorized"})),
    ("POST", "/api/v4/projects/118/pipeline?ref=main"): (403, J, js({"message": "403 Forbidden"})),
    ("GET", "/api/v4/projects/118/merge_requests?state=opened"): (429, T, "Retry later\n", {"Retry-After": "60"}),
    ("GET", "/api/v4/projects/118/repository/tree?ref=main"): (502, HT, GITLAB_502),
    ("POST", "/api/v4/projects/118/variables"):
        (400, J, js({"message": {"key": ["(DEPLOY_TOKEN) has already been taken"]}})),
    ("POST", "/api/v4/projects/118/merge_requests/77/notes"): (400, J, js({"error": "body is missing"})),
    ("GET", "/api/v4/projects/118/repository/files/config%2Ftimeout_401.yaml?ref=main"):
        (404, J, js({"message": "404 File Not Found"})),
    ("POST", "/api/v4/projects/118/pipeline?ref=feature%2Fssl-handshake"):
        (400, J, js({"message": {"base": ["Reference not found"]}})),
    ("GET", "/api/v4/projects/118/jobs/88123/trace"): (403, J, js({"message": "403 Forbidden  - Your account has been blocked."})),
    # ---- GitHub REST + GraphQL
    ("GET", "/repos/acme/deploy-tools/pulls/9999"):
        (404, J, js({"message": "Not Found", "documentation_url": f"{GH_DOC}/pulls/pulls#get-a-pull-request",
                     "status": "404"})),
    ("POST", "/repos/acme/deploy-tools/pulls"): None,  # decided from the body
    ("POST", "/repos/acme/deploy-tools/issues"):
        (422, J, js({"message": "Invalid request.\n\n\"title\" wasn't supplied.",
                     "documentation_url": f"{GH_DOC}/issues/issues#create-an-issue", "status": "422"})),
    ("POST", "/repos/acme/deploy-tools/labels"):
        (422, J, js({"message": "Validation Failed", "errors": [{"resource": "Label", "code": "already_exists",
                                                                "field": "name"}],
                     "documentation_url": f"{GH_DOC}/issues/labels#create-a-label", "status": "422"})),
    ("GET", "/repos/acme/deploy-tools/actions/runs?per_page=50"):
        (401, J, js({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest",
                     "status": "401"})),
    ("GET", "/repos/acme/deploy-tools/commits?sha=main"):
        (403, J, js({"message": "API rate limit exceeded for user ID 4012345. If you reach out to GitHub Support "
                                "for help, please include the request ID 9C1E:3A2F:1B2C4D:1C3D5E:66F1A2B3.",
                     "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
                     "status": "403"}), {"X-RateLimit-Remaining": "0"}),
    ("POST", "/repos/acme/deploy-tools/issues/12/comments"):
        (403, J, js({"message": "Resource not accessible by integration",
                     "documentation_url": f"{GH_DOC}/issues/comments#create-an-issue-comment", "status": "403"})),
    ("PUT", "/repos/acme/deploy-tools/pulls/31/merge"):
        (405, J, js({"message": "Pull Request is not mergeable",
                     "documentation_url": f"{GH_DOC}/pulls/pulls#merge-a-pull-request", "status": "405"})),
    ("PUT", "/repos/acme/deploy-tools/pulls/32/merge"):
        (409, J, js({"message": "Head branch was modified. Review and try the merge again.",
                     "documentation_url": f"{GH_DOC}/pulls/pulls#merge-a-pull-request", "status": "409"})),
    ("GET", "/repos/acme/deploy-tools/contents/deploy/ssl_401.yaml?ref=main"):
        (404, J, js({"message": "Not Found", "documentation_url": f"{GH_DOC}/repos/contents#get-repository-content",
                     "status": "404"})),
    ("GET", "/repos/acme/deploy-tools/releases/tags/v3.1.0"):
        (502, J, js({"message": "Server Error"})),
    ("POST", "/repos/acme/deploy-tools/git/refs"):
        (422, J, js({"message": "Reference already exists",
                     "documentation_url": f"{GH_DOC}/git/refs#create-a-reference", "status": "422"})),
    ("GET", "/repos/acme/deploy-tools/commits/a1b2c3d4e5f60718293a4b5c6d7e8f9012345401"):
        (422, J, js({"message": "No commit found for SHA: a1b2c3d4e5f60718293a4b5c6d7e8f9012345401",
                     "documentation_url": f"{GH_DOC}/commits/commits#get-a-commit", "status": "422"})),
    ("GET", "/repos/acme/deploy-tools/pulls?state=opne"):
        (422, J, js({"message": "Validation Failed", "errors": [{"message": "state must be one of open, closed, all",
                                                                "resource": "Search", "field": "state",
                                                                "code": "invalid"}],
                     "documentation_url": f"{GH_DOC}/pulls/pulls#list-pull-requests", "status": "422"})),
    ("POST", "/graphql"): None,  # decided from the body
    # ---- Jira v2 / v3 / agile
    ("GET", "/rest/api/2/issue/OPS-503"):
        (404, J, js({"errorMessages": ["Issue does not exist or you do not have permission to see it."], "errors": {}})),
    ("POST", "/rest/api/2/issue/OPS-4012/transitions"):
        (400, J, js({"errorMessages": ["Transition id '99' is not valid for this issue."], "errors": {}})),
    ("POST", "/rest/api/3/issue"):
        (400, J, js({"errorMessages": [], "errors": {"description": "Operation value must be an Atlassian Document "
                                                                    "(see the Atlassian Document Format)"}})),
    ("POST", "/rest/api/2/issue"): None,  # decided from the body
    ("GET", "/rest/api/2/search?jql=project%3DOPS+AND+stauts%3DDone"):
        (400, J, js({"errorMessages": ["Field 'stauts' does not exist or you do not have permission to view it."],
                     "warningMessages": []})),
    ("GET", "/rest/api/2/search?jql=project%3DOPS+AND+summary+~+%22timeout"):
        (400, J, js({"errorMessages": ["Error in the JQL Query: The quoted string 'timeout' has not been completed. "
                                       "(line 1, character 30)"], "errors": {}})),
    ("GET", "/rest/agile/1.0/board/77/sprint?state=active"):
        (404, J, js({"errorMessages": ["Board does not exist or you do not have permission to see it."], "errors": {}})),
    ("POST", "/rest/agile/1.0/sprint/451/issue"):
        (400, J, js({"errorMessages": ["Cannot move issues to a sprint that is closed."], "errors": {}})),
    ("POST", "/rest/agile/1.0/sprint"):
        (400, J, js({"errorMessages": [], "errors": {"originBoardId": "Board ID is required."}})),
    ("PUT", "/rest/api/2/issue/OPS-12"):
        (400, J, js({"errorMessages": [], "errors": {"customfield_10016": "Operation value must be a number."}})),
    ("PUT", "/rest/api/2/issue/OPS-13/assignee"):
        (400, J, js({"errorMessages": [], "errors": {"assignee": "User 'jdoe.eof' cannot be assigned issues."}})),
    ("GET", "/rest/api/3/myself"):
        (401, T, "Client must be authenticated to access this resource.\n"),
    ("GET", "/rest/api/3/issue/OPS-77/comment"):
        (429, J, js({"code": 429, "message": "Rate limit exceeded."}), {"Retry-After": "12"}),
    ("GET", "/rest/api/2/project/OPS/versions"): (503, HT, JIRA_503),
    ("POST", "/rest/api/2/issue/OPS-14/comment"):
        (403, J, js({"errorMessages": ["You do not have permission to comment on this issue."], "errors": {}})),
    ("POST", "/rest/api/3/issueLink"):
        (404, J, js({"errorMessages": ["No issue link type with name 'Blockz' found."], "errors": {}})),
    ("GET", "/rest/api/2/issue/ops-12x"):
        (404, J, js({"errorMessages": ["Issue does not exist or you do not have permission to see it."], "errors": {}})),
    # ---- Quay API and registry v2
    ("GET", "/v2/cloudservices/notifications-backend/manifests/a1b2c3d"):
        (404, J, js({"errors": [{"code": "MANIFEST_UNKNOWN", "message": "manifest unknown", "detail": {}}]})),
    ("GET", "/v2/cloudservices/rbac/manifests/latest"):
        (401, J, js({"errors": [{"code": "UNAUTHORIZED", "message": "access to the requested resource is not authorized",
                                 "detail": []}]}), {"WWW-Authenticate": 'Bearer realm="https://quay.io/v2/auth",'
                                                                      'service="quay.io",scope="repository:cloudservices/rbac:pull"'}),
    ("GET", "/api/v1/repository/cloudservices/entitlements-api/tag/?specificTag=pr-4012-503abcd"):
        (404, J, js({"detail": "Not Found", "error_message": "Not Found", "error_type": "not_found",
                     "title": "not_found", "type": "https://quay.io/api/v1/error/not_found", "status": 404})),
    ("DELETE", "/api/v1/repository/cloudservices/rbac/tag/latest"):
        (403, J, js({"detail": "Unauthorized", "error_message": "Unauthorized", "error_type": "insufficient_scope",
                     "title": "insufficient_scope", "type": "https://quay.io/api/v1/error/insufficient_scope",
                     "status": 403})),
    ("GET", "/api/v1/repository/cloudservices/rbac/tag/?limit=500"):
        (400, J, js({"detail": "Invalid value for limit: must be at most 100", "error_message":
                     "Invalid value for limit: must be at most 100", "error_type": "invalid_request",
                     "title": "invalid_request", "type": "https://quay.io/api/v1/error/invalid_request",
                     "status": 400})),
    ("GET", "/api/v1/repository/cloudservices/rbac/tag/?page=2"): (502, HT, "<html><body><h1>502 Bad Gateway</h1>\n"
                                                                     "The server returned an invalid or incomplete "
                                                                     "response.\n</body></html>"),
    # ---- Kubernetes-style status through curl
    ("GET", "/api/v1/namespaces/ephemeral-503/configmaps/app-config"):
        (404, J, js({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                     "message": "configmaps \"app-config\" not found", "reason": "NotFound",
                     "details": {"name": "app-config", "kind": "configmaps"}, "code": 404})),
    # ---- npm registry
    ("GET", "/npm/left-padz"): (404, J, js({"error": "Not found"})),
    ("GET", "/npm/@acme%2fui-kit"): (401, J, js({"error": "authentication token not provided"})),
    ("GET", "/npm/lodash"): (503, HT, "<html><body><h1>503 Service Unavailable</h1>No server is available to "
                                      "handle this request.</body></html>"),
    ("GET", "/npm/@acme%2fprivate-lib"): (403, J, js({"error": "You do not have permission to access this package"})),
}


def dynamic(method: str, path: str, body: bytes):
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        return 400, J, js({"message": "Problems parsing JSON",
                           "documentation_url": f"{GH_DOC}/pulls/pulls#create-a-pull-request", "status": "400"})
    if path == "/api/v4/projects/118/merge_requests":
        if "title" not in data:
            return 400, J, js({"error": "title is missing"})
        if data.get("source_branch") == "fix/ssl-eof-retry":
            return 409, J, js({"message": ["Another open merge request already exists for this source branch: !482"]})
        if data.get("source_branch") == data.get("target_branch"):
            return 422, J, js({"message": ["You can't use same project/branch for source and target"]})
        return 400, J, js({"message": [f"Source branch \"{data.get('source_branch')}\" does not exist"]})
    if path == "/repos/acme/deploy-tools/pulls":
        head = data.get("head", "")
        if head == "feature/eof-handling":
            return 422, J, js({"message": "Validation Failed", "errors": [
                {"resource": "PullRequest", "code": "custom", "message": f"No commits between main and {head}"}],
                "documentation_url": f"{GH_DOC}/pulls/pulls#create-a-pull-request", "status": "422"})
        if "base" not in data:
            return 422, J, js({"message": "Validation Failed", "errors": [
                {"resource": "PullRequest", "field": "base", "code": "missing_field"}],
                "documentation_url": f"{GH_DOC}/pulls/pulls#create-a-pull-request", "status": "422"})
        if head == "feature/retry-401":
            return 422, J, js({"message": "Validation Failed", "errors": [
                {"resource": "PullRequest", "code": "custom",
                 "message": "A pull request already exists for acme:feature/retry-401."}],
                "documentation_url": f"{GH_DOC}/pulls/pulls#create-a-pull-request", "status": "422"})
        return 422, J, js({"message": "Validation Failed", "errors": [
            {"resource": "PullRequest", "field": "head", "code": "invalid"}],
            "documentation_url": f"{GH_DOC}/pulls/pulls#create-a-pull-request", "status": "422"})
    if path == "/graphql":
        query = data.get("query", "")
        if "pullRequestz" in query:
            return 200, J, js({"errors": [{"path": ["query", "repository", "pullRequestz"], "extensions": {
                "code": "undefinedField", "typeName": "Repository", "fieldName": "pullRequestz"},
                "locations": [{"line": 1, "column": 44}],
                "message": "Field 'pullRequestz' doesn't exist on type 'Repository'"}]})
        if query.count("{") != query.count("}"):
            return 200, J, js({"errors": [{"message": "Parse error on end of query (end of input) at [1, 58]",
                                           "locations": [{"line": 1, "column": 58}]}]})
        if "infra-401" in query:
            return 200, J, js({"data": {"repository": None}, "errors": [{"type": "NOT_FOUND", "path": ["repository"],
                               "locations": [{"line": 1, "column": 3}],
                               "message": "Could not resolve to a Repository with the name 'acme/infra-401'."}]})
        if "$number" in query and "variables" not in data:
            return 200, J, js({"errors": [{"extensions": {"value": None, "problems": [
                {"path": [], "explanation": "Expected value to not be null"}]},
                "locations": [{"line": 1, "column": 7}],
                "message": "Variable $number of type Int! was provided invalid value"}]})
        return 200, J, js({"errors": [{"type": "RATE_LIMITED", "message": "API rate limit exceeded for user ID 4012345."}]})
    if path == "/rest/api/2/issue":
        fields = data.get("fields", {})
        if "summary" not in fields:
            return 400, J, js({"errorMessages": [], "errors": {"summary": "You must specify a summary of the issue."}})
        if fields.get("project", {}).get("key") == "OPSX":
            return 400, J, js({"errorMessages": [], "errors": {"project": "valid project is required"}})
        return 400, J, js({"errorMessages": [], "errors": {
            "issuetype": "The issue type selected is invalid."}})
    return 404, J, js({"message": "Not Found"})


GIT_HTTP = {
    "401": (401, T, "HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA "
                    "enabled and you must use a personal access token instead of a password.\n",
            {"WWW-Authenticate": 'Basic realm="GitLab"'}),
    "403": (403, T, "You are not allowed to download code from this project.\n"),
    "404": (404, T, "The project you were looking for could not be found or you don't have permission to view it.\n"),
    "429": (429, T, "Retry later\n"),
    "500": (500, T, "An error occurred while processing your request.\n"),
    "503": (503, HT, "<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this "
                     "request.\n</body></html>"),
}


# --------------------------------------------------------------------------- fake Kubernetes API

def k8s_status(code: int, reason: str, message: str, details: dict | None = None) -> tuple:
    body = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": message,
            "reason": reason, "code": code}
    if details:
        body["details"] = details
    return code, J, js(body)


def _res(name, singular, kind, namespaced=True, short=()):
    return {"name": name, "singularName": singular, "namespaced": namespaced, "kind": kind,
            "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"], "shortNames": list(short)}


CORE = [_res("pods", "pod", "Pod", short=("po",)), _res("services", "service", "Service", short=("svc",)),
        _res("configmaps", "configmap", "ConfigMap", short=("cm",)), _res("secrets", "secret", "Secret"),
        _res("namespaces", "namespace", "Namespace", False, ("ns",)),
        _res("serviceaccounts", "serviceaccount", "ServiceAccount", short=("sa",)),
        {"name": "pods/log", "singularName": "", "namespaced": True, "kind": "Pod", "verbs": ["get"]},
        {"name": "pods/exec", "singularName": "", "namespaced": True, "kind": "PodExecOptions", "verbs": ["create", "get"]},
        {"name": "pods/portforward", "singularName": "", "namespaced": True, "kind": "PodPortForwardOptions",
         "verbs": ["create", "get"]}]
APPS = [_res("deployments", "deployment", "Deployment", short=("deploy",)),
        _res("statefulsets", "statefulset", "StatefulSet", short=("sts",)),
        _res("replicasets", "replicaset", "ReplicaSet", short=("rs",)),
        {"name": "deployments/scale", "singularName": "", "namespaced": True, "kind": "Scale",
         "group": "autoscaling", "version": "v1", "verbs": ["get", "patch", "update"]}]


def pod(name: str, phase: str = "Running") -> dict:
    return {"kind": "Pod", "apiVersion": "v1",
            "metadata": {"name": name, "namespace": "team-a", "uid": "6f1c2d3e-0000-4000-8000-000000000001",
                         "resourceVersion": "4012", "labels": {"app": "web"}, "creationTimestamp": "2024-05-01T10:00:00Z"},
            "spec": {"containers": [{"name": "app", "image": "quay.io/acme/web:1.4.2"},
                                    {"name": "sidecar", "image": "quay.io/acme/proxy:0.9"}]},
            "status": {"phase": phase, "containerStatuses": []}}


def kube(method: str, path: str, query: dict, body: bytes, headers) -> tuple:
    if headers.get("Authorization", "") == "Bearer expired-token":
        return k8s_status(401, "Unauthorized", "Unauthorized")
    if path == "/version":
        return 200, J, js({"major": "1", "minor": "29", "gitVersion": "v1.29.4", "platform": "linux/amd64"})
    if path == "/api":
        return 200, J, js({"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [
            {"clientCIDR": "0.0.0.0/0", "serverAddress": f"127.0.0.1:{KUBE_PORT}"}]})
    if path == "/apis":
        return 200, J, js({"kind": "APIGroupList", "apiVersion": "v1", "groups": [
            {"name": "apps", "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
             "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}}]})
    if path == "/api/v1":
        return 200, J, js({"kind": "APIResourceList", "groupVersion": "v1", "resources": CORE})
    if path == "/apis/apps/v1":
        return 200, J, js({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "apps/v1", "resources": APPS})
    if path.startswith("/openapi"):
        return 404, T, "404 page not found\n"
    parts = path.strip("/").split("/")
    group = "" if parts[0] == "api" else parts[1]
    rest = parts[2:] if parts[0] == "api" else parts[3:]
    ns = None
    if len(rest) >= 2 and rest[0] == "namespaces" and len(rest) > 2:
        ns, rest = rest[1], rest[2:]
    res = rest[0] if rest else ""
    name = rest[1] if len(rest) > 1 else ""
    sub = rest[2] if len(rest) > 2 else ""
    qual = f"{res}.{group}" if group else res
    if method == "POST" and not name:
        try:
            name = json.loads(body or b"{}").get("metadata", {}).get("name", "")
        except ValueError:
            name = ""
    if ns == "slow":
        return k8s_status(504, "Timeout", "Timeout: request did not complete within requested timeout - "
                                          "context deadline exceeded", {"causes": [{"message": "context deadline exceeded"}]})
    if ns == "busy":
        return k8s_status(429, "TooManyRequests", "Too many requests, please try again later.",
                          {"causes": [{"message": "client rate limiter Wait returned an error"}]})
    if ns == "down":
        return k8s_status(503, "ServiceUnavailable", "the server is currently unable to handle the request")
    if ns == "restricted":
        verb = {"GET": "get" if name else "list", "POST": "create", "DELETE": "delete"}.get(method, "patch")
        what = f'{qual} "{name}" is forbidden' if name else f"{qual} is forbidden"
        return k8s_status(403, "Forbidden", f'{what}: User "dev@example.com" cannot {verb} resource "{res}" in API '
                                            f'group "{group}" in the namespace "restricted"',
                          {"name": name, "group": group, "kind": res} if name else {"group": group, "kind": res})
    if ns == "quota" and method == "POST":
        return k8s_status(403, "Forbidden", f'{qual} "{name}" is forbidden: exceeded quota: compute-resources, '
                                            'requested: limits.memory=4Gi, used: limits.memory=14Gi, limited: '
                                            'limits.memory=16Gi', {"name": name, "kind": res})
    if ns == "ghost-ns" and method == "POST":
        return k8s_status(404, "NotFound", 'namespaces "ghost-ns" not found', {"name": "ghost-ns", "kind": "namespaces"})
    if method == "GET" and res == "namespaces" and name and name != "ghost-ns" and not sub:
        return 200, J, js({"kind": "Namespace", "apiVersion": "v1", "metadata": {"name": name},
                           "status": {"phase": "Active"}})
    if method == "GET" and res == "deployments" and name == "api-gateway":
        return 200, J, js({"kind": "Deployment", "apiVersion": "apps/v1",
                           "metadata": {"name": name, "namespace": ns, "resourceVersion": "4012"},
                           "spec": {"replicas": 2, "selector": {"matchLabels": {"app": name}}}})
    if method == "GET" and res and not name:
        kind = next((r["kind"] for r in CORE + APPS if r["name"] == res), "Object")
        return 200, J, js({"kind": f"{kind}List", "apiVersion": f"{group}/v1" if group else "v1",
                           "metadata": {"resourceVersion": "4012"}, "items": []})
    if method == "POST" and sub:
        container = query.get("container", ["api"])[0]
        return k8s_status(400, "BadRequest", f"container {container} is not valid for pod {name}")
    if method == "POST":
        if re.search(r"[A-Z_]", name):
            kind = {"deployments": "Deployment.apps", "configmaps": "ConfigMap", "services": "Service"}.get(res, res)
            return k8s_status(422, "Invalid", f'{kind} "{name}" is invalid: metadata.name: Invalid value: "{name}": a '
                                              "lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                                              "characters, '-' or '.', and must start and end with an alphanumeric "
                                              "character (e.g. 'example.com', regex used for validation is "
                                              "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                              {"name": name, "group": group, "kind": kind.split(".")[0],
                               "causes": [{"reason": "FieldValueInvalid", "field": "metadata.name",
                                          "message": f'Invalid value: "{name}": a lowercase RFC 1123 subdomain must '
                                                     "consist of lower case alphanumeric characters, '-' or '.'"}]})
        return k8s_status(409, "AlreadyExists", f'{qual} "{name}" already exists',
                          {"name": name, "group": group, "kind": res})
    if res == "pods" and ns == "team-a":
        if not name:
            return 200, J, js({"kind": "PodList", "apiVersion": "v1", "metadata": {"resourceVersion": "4012"},
                               "items": [pod("web-0")]})
        if name in ("web-0", "db-migrate-7xk2p"):
            if sub == "log":
                container = query.get("container", [""])[0]
                return k8s_status(400, "BadRequest", f"container {container} is not valid for pod {name}")
            if sub:
                return k8s_status(400, "BadRequest", "Upgrade request required")
            return 200, J, js(pod(name, "Succeeded" if name.startswith("db-") else "Running"))
    if method == "PATCH" and res == "deployments" and name == "api-gateway":
        return k8s_status(409, "Conflict", 'Operation cannot be fulfilled on deployments.apps "api-gateway": the '
                                           'object has been modified; please apply your changes to the latest version '
                                           'and try again', {"name": name, "group": "apps", "kind": "deployments"})
    return k8s_status(404, "NotFound", f'{qual} "{name}" not found', {"name": name, "group": group, "kind": res})



def route(req: Request) -> Reply:
    url = urllib.parse.urlsplit(req.target)
    method = req.method
    if req.port == KUBE_PORT:
        spec = kube(method, url.path, urllib.parse.parse_qs(url.query), req.body, req.headers)
    elif url.path.startswith("/git/"):
        spec = GIT_HTTP.get(url.path.split("/")[2], (404, T, "Not Found\n"))
    else:
        known = ROUTES.get((method, req.target), ROUTES.get((method, url.path), "missing"))
        if known is None:
            spec = dynamic(method, url.path, req.body)
        elif known == "missing":
            spec = (404, J, js({"message": "Not Found"}))
        else:
            spec = known
    status, ctype, text, *extra = spec
    return Reply(status, text, ctype, extra[0] if extra else {})


def resp_answer(mode: str):  # type: ignore[no-untyped-def]
    """A fake Redis in one failure mode: loading, readonly, or auth (NOAUTH, WRONGPASS, OOM)."""
    def answer(args: list[str]) -> str:
        cmd = (args[0] if args else "").upper()
        if cmd == "COMMAND":
            return "*0"
        if cmd == "HELLO":
            return "-ERR unknown command 'HELLO'"
        if mode == "loading":
            return "-LOADING Redis is loading the dataset in memory"
        if mode == "readonly":
            return "$-1" if cmd in ("GET", "TTL", "EXISTS") else "-READONLY You can't write against a read only replica."
        if cmd == "AUTH":
            return "-WRONGPASS invalid username-password pair or user is disabled."
        if cmd in ("SET", "LPUSH", "HSET", "XADD", "RPUSH"):
            return "-OOM command not allowed when used memory > 'maxmemory'."
        return "-NOAUTH Authentication required."
    return answer


def start_helpers(helpers: Helpers, box: Sandbox) -> None:
    for port in (HTTP_PORT, KUBE_PORT):
        helpers.http(port, route, server_version="nginx")
    if have("openssl"):
        tls = box.mkdir("tls")
        helpers.http(HTTPS_PORT, route, server_version="nginx",
                     tls=self_signed(f"{tls}/cert.pem", f"{tls}/key.pem", "gitlab.internal.test", 2))
    for port, mode in ((RESP_LOADING, "loading"), (RESP_READONLY, "readonly"), (RESP_AUTH, "auth")):
        helpers.resp(port, resp_answer(mode))
    helpers.hang(HANG_PORT)
    helpers.reset(RESET_PORT)


# --------------------------------------------------------------------------- fixtures

def git_repo(box: Sandbox, path: str, files: dict[str, str] | None = None) -> str:
    return box.git_repo(path, files)


def fixtures(r: Run, box: Sandbox) -> None:
    os.makedirs(box.path("home"), exist_ok=True)
    os.makedirs(box.path("work"), exist_ok=True)
    # a bare remote, a clone of it that is up to date, and a second clone that is behind
    git_repo(box, box.path("seed"), {"app.py": "def main():\n    return 1\n", "README.md": "# billing\n",
                         "config/settings.yaml": "timeout: 30\n"})
    box.sh(f"git clone -q --bare {box.path('seed')} {box.path('remote.git')}")
    box.sh(f"git clone -q {box.path('remote.git')} {box.path('app')}")
    box.sh(f"git clone -q {box.path('remote.git')} {box.path('behind')}")
    box.sh("git checkout -q -b develop && git checkout -q main && git tag v1.0.0 && git remote add upstream-mirror "
       f"{box.path('remote.git')}", cwd=box.path("app"))
    box.sh("echo 'x = 2' >> app.py && git commit -qam 'bump' && git push -q origin main", cwd=box.path("app"))
    box.sh("echo 'y = 3' >> README.md && git commit -qam 'local work'", cwd=box.path("behind"))
    # protected and over-quota remotes (pre-receive hooks in the GitLab wording)
    for name, text in (("protected.git", "GitLab: You are not allowed to push code to protected branches on this "
                                         "project."),
                       ("quota.git", "GitLab: Your push has been rejected, because this repository has exceeded its "
                                     "size limit of 10 GiB by 312 MiB. Please contact your GitLab administrator "
                                     "for more information.")):
        box.sh(f"git clone -q --bare {box.path('seed')} {box.path(name)}")
        box.write(box.path(name, "hooks", "pre-receive"), f"#!/bin/sh\necho '{text}' >&2\nexit 1\n", 0o755)
    # a repo with a merge conflict in progress and one with a merge commit
    conflict = git_repo(box, box.path("conflict"), {"settings.py": "DEBUG = False\n"})
    box.sh("git checkout -q -b feature/eof-401 && echo 'DEBUG = True' > settings.py && git commit -qam feature && "
       "git checkout -q main && echo 'DEBUG = None' > settings.py && git commit -qam main && "
       "git merge feature/eof-401", cwd=conflict)
    merged = git_repo(box, box.path("merged"), {"a.txt": "a\n"})
    box.sh("git checkout -q -b topic && echo b > b.txt && git add b.txt && git commit -qm topic && git checkout -q main && "
       "echo c > c.txt && git add c.txt && git commit -qm main2 && git merge -q --no-ff -m 'Merge topic' topic && "
       "git checkout -q -b feature/unmerged-503 && echo d > d.txt && git add d.txt && git commit -qm wip && "
       "git checkout -q main", cwd=merged)
    dirty = git_repo(box, box.path("dirty"), {"app.py": "print('v1')\n", "notes.md": "notes\n"})
    box.sh("git checkout -q -b other && echo \"print('v2')\" > app.py && git commit -qam v2 && git checkout -q main && "
       "echo \"print('local')\" > app.py && git branch --set-upstream-to=other 2>/dev/null; true", cwd=dirty)
    git_repo(box, box.path("fresh"), {"a.txt": "a\n"})
    box.sh("git checkout -q -b topic-401", cwd=box.path("fresh"))
    os.makedirs(box.path("empty-repo"), exist_ok=True)
    box.sh("git init -q -b main", cwd=box.path("empty-repo"))
    box.sh(f"git remote add origin {box.path('remote.git')}", cwd=box.path("empty-repo"))
    box.write(box.path("empty-repo", "main.go"), "package main\n")
    box.write(box.path("patches", "broken.patch"), "diff --git a/app.py b/app.py\n--- a/app.py\n+++ b/app.py\n@@ -1,2 +1,2 @@\n"
                                        "-def main():\n+def main(argv):\n garbage line without prefix\n")
    os.makedirs(box.path("work", "not-a-repo"), exist_ok=True)


# --------------------------------------------------------------------------- git

def git_cases(r: Run, box: Sandbox) -> None:
    app, beh, conf, merged, dirty, fresh = box.path("app"), box.path("behind"), box.path("conflict"), box.path("merged"), box.path("dirty"), box.path("fresh")
    r.case("git_checkout", {"ref": "feature/ssl-eof-fix"}, ["git", "checkout", "feature/ssl-eof-fix"], IP, cwd=app)
    r.case("git_switch", {"branch": "develop", "create": True}, ["git", "switch", "-c", "develop"], WS, cwd=app)
    r.case("git_commit", {"message": "wip"}, ["git", "commit", "-m", "wip"], WS, cwd=app)
    box.write(os.path.join(app, "scratch_notes.txt"), "todo\n")
    r.case("git_commit", {"message": "Add notes"}, ["git", "commit", "-m", "Add notes"], WS, cwd=app)
    os.remove(os.path.join(app, "scratch_notes.txt"))
    box.sh("echo 'z = 1' >> app.py && git add app.py", cwd=app)
    r.case("git_commit", {"message": ""}, ["git", "commit", "-m", ""], MP, cwd=app)
    r.case("git_commit", {"message": "fix", "author": "jdoe"}, ["git", "commit", "-m", "fix", "--author", "jdoe"], PF, cwd=app)
    r.case("git_commit", {"message": "Fix retry"}, ["git", "-c", "user.useConfigOnly=true", "commit", "-m", "Fix retry"],
         MPR, cwd=app, env={"GIT_AUTHOR_NAME": "", "GIT_AUTHOR_EMAIL": "", "GIT_COMMITTER_NAME": "",
                            "GIT_COMMITTER_EMAIL": "", "EMAIL": ""})
    box.sh("git reset -q --hard", cwd=app)
    r.case("git_push", {"remote": "origin", "branch": "main"}, ["git", "push", "origin", "main"], WS, cwd=beh)
    r.case("git_push", {"branch": "topic-401"}, ["git", "push"], MPR, cwd=fresh)
    r.case("git_push", {"remote": "origin", "branch": "main"}, ["git", "push", "origin", "main"], MPR, cwd=fresh)
    r.case("git_push", {"remote": "origin", "branch": "main"}, ["git", "push", "-u", "origin", "main"], WS, cwd=box.path("empty-repo"))
    r.case("git_push", {"remote": "origin", "delete": "feature/gone"}, ["git", "push", "origin", "--delete", "feature/gone"],
         IP, cwd=app)
    r.case("git_push", {"remote": "origin", "branch": "main", "force": "yes"}, ["git", "push", "--force=yes", "origin", "main"],
         PF, cwd=app)
    r.case("git_push", {"remote": box.path("protected.git"), "branch": "main"},
         ["git", "push", box.path("protected.git"), "HEAD:main"], "permission", cwd=app)
    r.case("git_push", {"remote": box.path("quota.git"), "branch": "release/2024.09"},
         ["git", "push", box.path("quota.git"), "HEAD:refs/heads/release/2024.09"], "resource", cwd=app)
    r.case("git_pull", {}, ["git", "pull"], MPR, cwd=fresh)
    r.case("git_pull", {"remote": "origin", "branch": "release-2024.09"}, ["git", "pull", "origin", "release-2024.09"],
         IP, cwd=app)
    r.case("git_pull", {"rebase": True}, ["git", "pull", "--rebase"], WS, cwd=dirty)
    r.case("git_merge", {"branch": "origin/hotfix-503"}, ["git", "merge", "origin/hotfix-503"], IP, cwd=app)
    r.case("git_merge", {"branch": "main"}, ["git", "merge", "main"], WS, cwd=conf)
    r.case("git_checkout", {"ref": "feature/eof-401"}, ["git", "checkout", "feature/eof-401"], WS, cwd=conf)
    r.case("git_rebase", {"action": "continue"}, ["git", "rebase", "--continue"], WS, cwd=app)
    r.case("git_rebase", {"upstream": "other"}, ["git", "rebase", "other"], WS, cwd=dirty)
    r.case("git_rebase", {"upstream": "origin/mainn"}, ["git", "rebase", "origin/mainn"], IP, cwd=app)
    r.case("git_cherry_pick", {"action": "abort"}, ["git", "cherry-pick", "--abort"], WS, cwd=app)
    r.case("git_stash", {"action": "pop"}, ["git", "stash", "pop"], WS, cwd=app)
    r.case("git_stash", {"action": "apply", "ref": "stash@{3}"}, ["git", "stash", "apply", "stash@{3}"], IP, cwd=dirty,
         display="git stash apply 'stash@{3}'")
    r.case("git_checkout", {"ref": "other"}, ["git", "checkout", "other"], WS, cwd=dirty)
    r.case("git_tag", {"tag": "v1.0.0"}, ["git", "tag", "v1.0.0"], WS, cwd=app)
    r.case("git_tag", {"tag": "v2.0..rc1"}, ["git", "tag", "v2.0..rc1"], PF, cwd=app)
    r.case("git_remote_add", {"name": "upstream-mirror", "url": "https://gitlab.example.com/acme/billing.git"},
         ["git", "remote", "add", "upstream-mirror", "https://gitlab.example.com/acme/billing.git"], WS, cwd=app)
    r.case("git_remote_remove", {"name": "upstream"}, ["git", "remote", "remove", "upstream"], IP, cwd=app)
    r.case("git_fetch", {"remote": "upstreem"}, ["git", "fetch", "upstreem"], IP, cwd=app)
    r.case("git_fetch", {"remote": "origin", "ref": "refs/heads/feature/ssl-timeout"},
         ["git", "fetch", "origin", "feature/ssl-timeout"], IP, cwd=app)
    r.case("git_log", {"range": "v9.9.0..HEAD"}, ["git", "log", "--oneline", "v9.9.0..HEAD"], IP, cwd=app)
    r.case("git_log", {"since": "yesterday", "format": "%h"}, ["git", "log", "--sinse=yesterday"], PF, cwd=app)
    r.case("git_show", {"commit": "0f3c9a2e8b7d6c5f4a3b2c1d0e9f8a7b6c5d4401"},
         ["git", "show", "0f3c9a2e8b7d6c5f4a3b2c1d0e9f8a7b6c5d4401"], IP, cwd=app)
    r.case("git_cherry_pick", {"commit": "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1503"},
         ["git", "cherry-pick", "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1503"], IP, cwd=app)
    r.case("git_reset", {"mode": "hard", "ref": "HEAD~25"}, ["git", "reset", "--hard", "HEAD~25"], IP, cwd=app)
    r.case("git_reset", {"mode": "hardd"}, ["git", "reset", "--hardd"], PF, cwd=app)
    r.case("git_branch_delete", {"branch": "feature/unmerged-503"}, ["git", "branch", "-d", "feature/unmerged-503"], WS,
         cwd=merged)
    r.case("git_branch_delete", {"branch": "main"}, ["git", "branch", "-D", "main"], WS, cwd=merged)
    r.case("git_branch_delete", {"branch": "feature/timeout-handling"}, ["git", "branch", "-d", "feature/timeout-handling"],
         IP, cwd=merged)
    r.case("git_revert", {"commit": "HEAD"}, ["git", "revert", "--no-edit", "HEAD"], MP, cwd=merged)
    r.case("git_branch", {"name": "feature..login"}, ["git", "branch", "feature..login"], PF, cwd=app)
    r.case("git_branch", {"set_upstream_to": "origin/release"}, ["git", "branch", "--set-upstream-to=origin/release"],
         IP, cwd=app)
    r.case("git_clone", {"url": box.path("remote.git"), "dest": "app"}, ["git", "clone", box.path("remote.git"), "app"], WS, cwd=box.root)
    r.case("git_clone", {"url": box.path("billing-svc.git")}, ["git", "clone", box.path("billing-svc.git")], IP)
    r.case("git_clone", {"url": "https://gitlab.corp-build.invalid/platform/billing.git"},
         ["git", "clone", "https://gitlab.corp-build.invalid/platform/billing.git"], "dns")
    r.case("git_clone", {"url": f"ssh://git@127.0.0.1:{CLOSED_PORT}/platform/billing.git"},
         ["git", "clone", f"ssh://git@127.0.0.1:{CLOSED_PORT}/platform/billing.git"], "network")
    r.case("git_clone", {"url": f"https://127.0.0.1:{HTTPS_PORT}/platform/billing.git"},
         ["git", "clone", f"https://127.0.0.1:{HTTPS_PORT}/platform/billing.git"], "tls")
    r.case("git_clone", {"url": f"{H}/git/401/platform/billing.git"}, ["git", "clone", f"{H}/git/401/platform/billing.git"],
         "auth")
    r.case("git_clone", {"url": f"http://ci-bot:glpat-expired@127.0.0.1:{HTTP_PORT}/git/401/platform/billing.git"},
         ["git", "clone", f"http://ci-bot:glpat-expired@127.0.0.1:{HTTP_PORT}/git/401/platform/billing.git"], "auth")
    r.case("git_fetch", {"url": f"{H}/git/403/platform/billing.git"}, ["git", "fetch", f"{H}/git/403/platform/billing.git"],
         "permission", cwd=app)
    r.case("git_clone", {"url": f"{H}/git/404/platform/biling.git"}, ["git", "clone", f"{H}/git/404/platform/biling.git"], IP)
    r.case("git_ls_remote", {"url": f"{H}/git/429/platform/billing.git"},
         ["git", "ls-remote", f"{H}/git/429/platform/billing.git"], "rate_limit")
    r.case("git_clone", {"url": f"{H}/git/500/platform/billing.git"}, ["git", "clone", f"{H}/git/500/platform/billing.git"],
         "server_error")
    r.case("git_pull", {"url": f"{H}/git/503/platform/billing.git"}, ["git", "pull", f"{H}/git/503/platform/billing.git"],
         "server_error", cwd=app)
    r.case("git_clone", {"url": f"http://127.0.0.1:{HANG_PORT}/platform/billing.git"},
         ["git", "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=2", "clone",
          f"http://127.0.0.1:{HANG_PORT}/platform/billing.git"], "timeout")
    r.case("git_fetch", {"url": f"http://127.0.0.1:{RESET_PORT}/platform/billing.git"},
         ["git", "fetch", f"http://127.0.0.1:{RESET_PORT}/platform/billing.git"], "network", cwd=app)
    r.case("git_status", {}, ["git", "status"], MPR, cwd=box.path("work", "not-a-repo"))
    r.case("git_config", {"key": "timeout", "value": "30"}, ["git", "config", "timeout", "30"], PF, cwd=app)
    r.case("git_pushh", {"remote": "origin"}, ["git", "pushh", "origin"], WT, cwd=app)
    r.case("git_apply", {"patch": "patches/broken.patch"}, ["git", "apply", box.path("patches", "broken.patch")], IP, cwd=app)
    r.case("git_blame", {"file": "src/timeout_401.py"}, ["git", "blame", "src/timeout_401.py"], IP, cwd=app)
    r.case("git_rm", {"path": "docs/ssl-setup.md"}, ["git", "rm", "docs/ssl-setup.md"], IP, cwd=app)
    r.case("git_mv", {"source": "app.py", "dest": "README.md"}, ["git", "mv", "app.py", "README.md"], WS, cwd=app)
    r.case("git_worktree_add", {"path": "../behind", "branch": "develop"}, ["git", "worktree", "add", "../behind", "develop"],
         WS, cwd=app)
    r.case("git_bisect", {"action": "bad"}, ["git", "bisect", "bad"], WS, cwd=app)
    r.case("git_rev_parse", {"ref": "abc12"}, ["git", "rev-parse", "--verify", "abc12"], IP, cwd=app)
    r.case("git_restore", {"path": "app.py", "source": "release/1.x"}, ["git", "restore", "--source", "release/1.x", "app.py"],
         IP, cwd=app)
    r.case("git_submodule_add", {"url": box.path("remote.git"), "path": "README.md"},
         ["git", "submodule", "add", box.path("remote.git"), "README.md"], WS, cwd=app)
    r.case("git_clone", {"url": "https://gitlab.example.com/platform/billing", "depth": "-1"},
         ["git", "clone", "--depth", "-1", "https://gitlab.example.com/platform/billing"], PF)
    r.case("git_tag", {"action": "push", "tag": "v9.1.0"}, ["git", "push", "origin", "v9.1.0"], IP, cwd=app)
    r.case("git_commit", {"amend": True, "message": "Fix"}, ["git", "commit", "--amend", "-m", "Fix"], WS, cwd=box.path("empty-repo"))
    r.case("git_log", {}, ["git", "log"], WS, cwd=box.path("empty-repo"))
    r.case("git_switch", {"branch": "origin/main"}, ["git", "switch", "origin/main"], IP, cwd=app)


# --------------------------------------------------------------------------- REST APIs through curl

def api(r: Run, tool: str, params: dict, method: str, path: str, label: str, data: dict | None = None,
        headers: tuple = (), base: str = H, extra: tuple = ()) -> None:
    """GraphQL answers errors with HTTP 200, so those runs count even when curl exits 0."""
    argv = ["curl", "-sS", "--fail-with-body", "-X", method]
    for header in headers:
        argv += ["-H", header]
    if data is not None:
        argv += ["-H", "Content-Type: application/json", "--data", json.dumps(data)]
    argv += list(extra) + [base + path]
    r.case(tool, params, argv, label, stream="both", ok=path == "/graphql")


GL, GH_H, JIRA_H = ("PRIVATE-TOKEN: glpat-xxxxxxxxxxxxxxxxxxxx",), \
    ("Authorization: Bearer ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Accept: application/vnd.github+json"), \
    ("Authorization: Basic ZGV2QGV4YW1wbGUuY29tOmFwaXRva2Vu", "Accept: application/json")


def api_cases(r: Run, box: Sandbox) -> None:
    p = "/api/v4/projects/118"
    api(r, "gitlab_project_get", {"project": "platform/billing-svc"}, "GET", "/api/v4/projects/platform%2Fbilling-svc", IP, headers=GL)
    api(r, "gitlab_commit_get", {"project_id": 118, "sha": "5e1a3c9"}, "GET", f"{p}/repository/commits/5e1a3c9", IP, headers=GL)
    api(r, "gitlab_mr_get", {"project_id": 118, "mr_iid": 4012}, "GET", f"{p}/merge_requests/4012", IP, headers=GL)
    api(r, "gitlab_mr_create", {"project_id": 118, "source_branch": "fix/ssl-eof-retry", "target_branch": "main",
                             "title": "Retry on EOF"}, "POST", f"{p}/merge_requests", WS,
        {"source_branch": "fix/ssl-eof-retry", "target_branch": "main", "title": "Retry on EOF"}, GL)
    api(r, "gitlab_mr_create", {"project_id": 118, "source_branch": "feature/quota-503", "target_branch": "main"},
        "POST", f"{p}/merge_requests", MP, {"source_branch": "feature/quota-503", "target_branch": "main"}, GL)
    api(r, "gitlab_mr_create", {"project_id": 118, "source_branch": "main", "target_branch": "main", "title": "Sync"},
        "POST", f"{p}/merge_requests", IP, {"source_branch": "main", "target_branch": "main", "title": "Sync"}, GL)
    api(r, "gitlab_mr_create", {"project_id": 118, "source_branch": "feature/rate-limit-429", "target_branch": "main",
                             "title": "Handle 429"}, "POST", f"{p}/merge_requests", WS,
        {"source_branch": "feature/rate-limit-429", "target_branch": "main", "title": "Handle 429"}, GL)
    api(r, "gitlab_pipeline_get", {"project_id": 118, "pipeline_id": "latest-503"}, "GET", f"{p}/pipelines/latest-503", PF,
        headers=GL)
    api(r, "gitlab_jobs_list", {"project_id": 118, "scope": "flaky"}, "GET", f"{p}/jobs?scope=flaky", IP, headers=GL)
    api(r, "gitlab_branch_create", {"project_id": 118, "branch": "release-503", "ref": "main"}, "POST",
        f"{p}/repository/branches?branch=release-503&ref=main", WS, headers=GL)
    api(r, "gitlab_branch_create", {"project_id": 118, "branch": "hotfix/eof", "ref": "mian"}, "POST",
        f"{p}/repository/branches?branch=hotfix%2Feof&ref=mian", IP, headers=GL)
    api(r, "gitlab_tag_create", {"project_id": 118, "tag_name": "v2.4.0", "ref": "main"}, "POST",
        f"{p}/repository/tags?tag_name=v2.4.0&ref=main", WS, headers=GL)
    api(r, "gitlab_mr_merge", {"project_id": 118, "mr_iid": 77}, "PUT", f"{p}/merge_requests/77/merge", WS, headers=GL)
    api(r, "gitlab_mr_merge", {"project_id": 118, "mr_iid": 78}, "PUT", f"{p}/merge_requests/78/merge", WS, headers=GL)
    api(r, "gitlab_issue_create", {"project_id": 118, "title": "Flaky test", "due_date": "31/12/2024"}, "POST",
        f"{p}/issues?title=Flaky+test&due_date=31%2F12%2F2024", PF, headers=GL)
    api(r, "gitlab_pipelines_list", {"project_id": 118}, "GET", f"{p}/pipelines?per_page=20", "auth",
        headers=("PRIVATE-TOKEN: glpat-revoked000000000000",))
    api(r, "gitlab_pipeline_create", {"project_id": 118, "ref": "main"}, "POST", f"{p}/pipeline?ref=main", "permission", headers=GL)
    api(r, "gitlab_mr_list", {"project_id": 118, "state": "opened"}, "GET", f"{p}/merge_requests?state=opened", "rate_limit",
        headers=GL)
    api(r, "gitlab_repository_tree", {"project_id": 118, "ref": "main"}, "GET", f"{p}/repository/tree?ref=main",
        "server_error", headers=GL)
    api(r, "gitlab_variable_create", {"project_id": 118, "key": "DEPLOY_TOKEN"}, "POST", f"{p}/variables", WS,
        {"key": "DEPLOY_TOKEN", "value": "xxxx"}, GL)
    api(r, "gitlab_mr_note_create", {"project_id": 118, "mr_iid": 77}, "POST", f"{p}/merge_requests/77/notes", MP, {}, GL)
    api(r, "gitlab_file_get", {"project_id": 118, "file_path": "config/timeout_401.yaml", "ref": "main"}, "GET",
        f"{p}/repository/files/config%2Ftimeout_401.yaml?ref=main", IP, headers=GL)
    api(r, "gitlab_pipeline_create", {"project_id": 118, "ref": "feature/ssl-handshake"}, "POST",
        f"{p}/pipeline?ref=feature%2Fssl-handshake", IP, headers=GL)
    api(r, "gitlab_job_trace", {"project_id": 118, "job_id": 88123}, "GET", f"{p}/jobs/88123/trace", "permission", headers=GL)
    api(r, "gitlab_project_get", {"project": "platform/billing-svc"}, "GET", "/api/v4/projects/platform%2Fbilling-svc",
        "tls", headers=GL, base=f"https://127.0.0.1:{HTTPS_PORT}")
    api(r, "gitlab_mr_list", {"project_id": 118}, "GET", f"{p}/merge_requests", "network", headers=GL,
        base=f"http://127.0.0.1:{CLOSED_PORT}")
    api(r, "gitlab_pipeline_get", {"project_id": 118, "pipeline_id": 90211}, "GET", f"{p}/pipelines/90211", "timeout",
        headers=GL, base=f"http://127.0.0.1:{HANG_PORT}", extra=("--max-time", "2"))
    api(r, "gitlab_issue_get", {"project_id": 118, "issue_iid": 15}, "GET", f"{p}/issues/15", "dns", headers=GL,
        base="https://gitlab.cee-internal.invalid")
    # GitHub
    g = "/repos/acme/deploy-tools"
    api(r, "github_pr_get", {"repo": "acme/deploy-tools", "number": 9999}, "GET", f"{g}/pulls/9999", IP, headers=GH_H)
    api(r, "github_pr_create", {"repo": "acme/deploy-tools", "head": "feature/eof-handling", "base": "main",
                             "title": "Handle EOF"}, "POST", f"{g}/pulls", WS,
        {"head": "feature/eof-handling", "base": "main", "title": "Handle EOF"}, GH_H)
    api(r, "github_pr_create", {"repo": "acme/deploy-tools", "head": "feature/ci-cache", "title": "CI cache"}, "POST",
        f"{g}/pulls", MP, {"head": "feature/ci-cache", "title": "CI cache"}, GH_H)
    api(r, "github_pr_create", {"repo": "acme/deploy-tools", "head": "feature/retry-401", "base": "main", "title": "Retry"},
        "POST", f"{g}/pulls", WS, {"head": "feature/retry-401", "base": "main", "title": "Retry"}, GH_H)
    api(r, "github_pr_create", {"repo": "acme/deploy-tools", "head": "featrue/login", "base": "main", "title": "Login"},
        "POST", f"{g}/pulls", IP, {"head": "featrue/login", "base": "main", "title": "Login"}, GH_H)
    r.case("github_pr_create", {"repo": "acme/deploy-tools", "body": "{head: feature/x}"},
         ["curl", "-sS", "--fail-with-body", "-X", "POST", "-H", GH_H[0], "--data", "{head: feature/x}", f"{H}{g}/pulls"],
         PF, stream="both")
    api(r, "github_issue_create", {"repo": "acme/deploy-tools", "body": "Steps to reproduce"}, "POST", f"{g}/issues", MP,
        {"body": "Steps to reproduce"}, GH_H)
    api(r, "github_label_create", {"repo": "acme/deploy-tools", "name": "bug"}, "POST", f"{g}/labels", WS,
        {"name": "bug", "color": "d73a4a"}, GH_H)
    api(r, "github_actions_runs_list", {"repo": "acme/deploy-tools"}, "GET", f"{g}/actions/runs?per_page=50", "auth",
        headers=("Authorization: Bearer ghp_expired",))
    api(r, "github_commits_list", {"repo": "acme/deploy-tools", "sha": "main"}, "GET", f"{g}/commits?sha=main", "rate_limit",
        headers=GH_H)
    api(r, "github_issue_comment", {"repo": "acme/deploy-tools", "issue": 12}, "POST", f"{g}/issues/12/comments",
        "permission", {"body": "LGTM"}, GH_H)
    api(r, "github_pr_merge", {"repo": "acme/deploy-tools", "number": 31}, "PUT", f"{g}/pulls/31/merge", WS, headers=GH_H)
    api(r, "github_pr_merge", {"repo": "acme/deploy-tools", "number": 32, "sha": "4c1d"}, "PUT", f"{g}/pulls/32/merge", WS,
        {"sha": "4c1d"}, GH_H)
    api(r, "github_content_get", {"repo": "acme/deploy-tools", "path": "deploy/ssl_401.yaml"}, "GET",
        f"{g}/contents/deploy/ssl_401.yaml?ref=main", IP, headers=GH_H)
    api(r, "github_release_get", {"repo": "acme/deploy-tools", "tag": "v3.1.0"}, "GET", f"{g}/releases/tags/v3.1.0",
        "server_error", headers=GH_H)
    api(r, "github_ref_create", {"repo": "acme/deploy-tools", "ref": "refs/heads/release-2.0"}, "POST", f"{g}/git/refs", WS,
        {"ref": "refs/heads/release-2.0", "sha": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345401"}, GH_H)
    api(r, "github_commit_get", {"repo": "acme/deploy-tools", "sha": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345401"}, "GET",
        f"{g}/commits/a1b2c3d4e5f60718293a4b5c6d7e8f9012345401", IP, headers=GH_H)
    api(r, "github_pr_list", {"repo": "acme/deploy-tools", "state": "opne"}, "GET", f"{g}/pulls?state=opne", PF, headers=GH_H)
    api(r, "github_graphql", {"query": "{ repository(owner:\"acme\", name:\"deploy-tools\") { pullRequestz(first:5) { nodes { title } } } }"},
        "POST", "/graphql", IP, {"query": "{ repository(owner:\"acme\", name:\"deploy-tools\") { pullRequestz(first:5) "
                                          "{ nodes { title } } } }"}, GH_H)
    api(r, "github_graphql", {"query": "{ viewer { login repositories(first: 5) { nodes { name } }"}, "POST", "/graphql", PF,
        {"query": "{ viewer { login repositories(first: 5) { nodes { name } }"}, GH_H)
    api(r, "github_graphql", {"query": "{ repository(owner:\"acme\", name:\"infra-401\") { id } }"}, "POST", "/graphql", IP,
        {"query": "{ repository(owner:\"acme\", name:\"infra-401\") { id } }"}, GH_H)
    api(r, "github_graphql", {"query": "query($number: Int!) { repository(owner:\"acme\", name:\"deploy-tools\") "
                                    "{ pullRequest(number: $number) { title } } }"}, "POST", "/graphql", MP,
        {"query": "query($number: Int!) { repository(owner:\"acme\", name:\"deploy-tools\") { pullRequest(number: "
                  "$number) { title } } }"}, GH_H)
    # Jira
    api(r, "jira_issue_get", {"issue_key": "OPS-503"}, "GET", "/rest/api/2/issue/OPS-503", IP, headers=JIRA_H)
    api(r, "jira_issue_transition", {"issue_key": "OPS-4012", "transition_id": "99"}, "POST",
        "/rest/api/2/issue/OPS-4012/transitions", IP, {"transition": {"id": "99"}}, JIRA_H)
    api(r, "jira_issue_create", {"project": "OPS", "summary": "Timeouts in billing", "description": "See logs"}, "POST",
        "/rest/api/3/issue", PF, {"fields": {"project": {"key": "OPS"}, "summary": "Timeouts in billing",
                                             "issuetype": {"name": "Bug"}, "description": "See logs"}}, JIRA_H)
    api(r, "jira_issue_create", {"project": "OPS", "issuetype": "Task"}, "POST", "/rest/api/2/issue", MP,
        {"fields": {"project": {"key": "OPS"}, "issuetype": {"name": "Task"}}}, JIRA_H)
    api(r, "jira_issue_create", {"project": "OPSX", "summary": "SSL renew", "issuetype": "Task"}, "POST",
        "/rest/api/2/issue", IP, {"fields": {"project": {"key": "OPSX"}, "summary": "SSL renew",
                                             "issuetype": {"name": "Task"}}}, JIRA_H)
    api(r, "jira_issue_create", {"project": "OPS", "summary": "Upgrade", "issuetype": "Stroy"}, "POST",
        "/rest/api/2/issue", IP, {"fields": {"project": {"key": "OPS"}, "summary": "Upgrade",
                                             "issuetype": {"name": "Stroy"}}}, JIRA_H)
    api(r, "jira_search", {"jql": "project=OPS AND stauts=Done"}, "GET",
        "/rest/api/2/search?jql=project%3DOPS+AND+stauts%3DDone", IP, headers=JIRA_H)
    api(r, "jira_search", {"jql": "project=OPS AND summary ~ \"timeout"}, "GET",
        "/rest/api/2/search?jql=project%3DOPS+AND+summary+~+%22timeout", PF, headers=JIRA_H)
    api(r, "jira_board_sprints", {"board_id": 77, "state": "active"}, "GET", "/rest/agile/1.0/board/77/sprint?state=active",
        IP, headers=JIRA_H)
    api(r, "jira_sprint_add_issues", {"sprint_id": 451, "issues": ["OPS-7"]}, "POST", "/rest/agile/1.0/sprint/451/issue",
        WS, {"issues": ["OPS-7"]}, JIRA_H)
    api(r, "jira_sprint_create", {"name": "Sprint 42"}, "POST", "/rest/agile/1.0/sprint", MP, {"name": "Sprint 42"}, JIRA_H)
    api(r, "jira_issue_update", {"issue_key": "OPS-12", "story_points": "five"}, "PUT", "/rest/api/2/issue/OPS-12", PF,
        {"fields": {"customfield_10016": "five"}}, JIRA_H)
    api(r, "jira_issue_assign", {"issue_key": "OPS-13", "assignee": "jdoe.eof"}, "PUT", "/rest/api/2/issue/OPS-13/assignee",
        IP, {"name": "jdoe.eof"}, JIRA_H)
    api(r, "jira_myself", {}, "GET", "/rest/api/3/myself", "auth", headers=("Accept: application/json",))
    api(r, "jira_comments_list", {"issue_key": "OPS-77"}, "GET", "/rest/api/3/issue/OPS-77/comment", "rate_limit",
        headers=JIRA_H)
    api(r, "jira_versions_list", {"project": "OPS"}, "GET", "/rest/api/2/project/OPS/versions", "server_error", headers=JIRA_H)
    api(r, "jira_comment_add", {"issue_key": "OPS-14", "body": "Deployed"}, "POST", "/rest/api/2/issue/OPS-14/comment",
        "permission", {"body": "Deployed"}, JIRA_H)
    api(r, "jira_issue_link", {"type": "Blockz", "inward": "OPS-1", "outward": "OPS-2"}, "POST", "/rest/api/3/issueLink", IP,
        {"type": {"name": "Blockz"}, "inwardIssue": {"key": "OPS-1"}, "outwardIssue": {"key": "OPS-2"}}, JIRA_H)
    api(r, "jira_issue_get", {"issue_key": "OPS-88"}, "GET", "/rest/api/2/issue/OPS-88", "network", headers=JIRA_H,
        base=f"http://127.0.0.1:{RESET_PORT}")
    # Quay / registry
    api(r, "quay_manifest_get", {"repository": "cloudservices/notifications-backend", "tag": "a1b2c3d"}, "GET",
        "/v2/cloudservices/notifications-backend/manifests/a1b2c3d", IP,
        headers=("Accept: application/vnd.oci.image.manifest.v1+json",))
    api(r, "quay_manifest_get", {"repository": "cloudservices/rbac", "tag": "latest"}, "GET",
        "/v2/cloudservices/rbac/manifests/latest", "auth")
    api(r, "quay_tag_get", {"repository": "cloudservices/entitlements-api", "tag": "pr-4012-503abcd"}, "GET",
        "/api/v1/repository/cloudservices/entitlements-api/tag/?specificTag=pr-4012-503abcd", IP,
        headers=("Authorization: Bearer quay-token",))
    api(r, "quay_tag_delete", {"repository": "cloudservices/rbac", "tag": "latest"}, "DELETE",
        "/api/v1/repository/cloudservices/rbac/tag/latest", "permission", headers=("Authorization: Bearer quay-token",))
    api(r, "quay_tags_list", {"repository": "cloudservices/rbac", "limit": 500}, "GET",
        "/api/v1/repository/cloudservices/rbac/tag/?limit=500", "INCORRECT_PARAMETER", headers=("Authorization: Bearer quay-token",))
    api(r, "quay_tags_list", {"repository": "cloudservices/rbac", "page": 2}, "GET",
        "/api/v1/repository/cloudservices/rbac/tag/?page=2", "server_error", headers=("Authorization: Bearer quay-token",))
    api(r, "kubernetes_configmap_get", {"namespace": "ephemeral-503", "name": "app-config"}, "GET",
        "/api/v1/namespaces/ephemeral-503/configmaps/app-config", IP, headers=("Authorization: Bearer sha256~xxxx",))
    r.case("curl", {"url": "htp://gitlab.example.com/api/v4/projects"}, ["curl", "-sS", "htp://gitlab.example.com/api/v4/projects"], PF)
    r.case("curl", {"url": f"{H}/api/v4/projects", "header": "PRIVATE-TOKEN"},
         ["curl", "-sS", "-H", "PRIVATE-TOKEN", "--max-time", "abc", f"{H}/api/v4/projects"], PF)
    r.case("curl", {"url": f"{H}/rest/api/2/issue", "data_file": "payload_timeout.json"},
         ["curl", "-sS", "-X", "POST", "--data", "@payload_timeout.json", f"{H}/rest/api/2/issue"], IP, ok=True)
    r.case("curl", {"url": f"{H}/api/v4/projects", "cacert": "certs/ssl-ca.pem"},
         ["curl", "-sS", "--cacert", "certs/ssl-ca.pem", f"https://127.0.0.1:{HTTPS_PORT}/api/v4/projects"], IP)


# --------------------------------------------------------------------------- kubectl against the fake API server

KUBECONFIG = f"""apiVersion: v1
kind: Config
clusters:
- name: dev
  cluster: {{server: "http://127.0.0.1:{KUBE_PORT}"}}
- name: gone
  cluster: {{server: "http://127.0.0.1:{CLOSED_PORT}"}}
- name: hung
  cluster: {{server: "http://127.0.0.1:{HANG_PORT}"}}
- name: selfsigned
  cluster: {{server: "https://127.0.0.1:{HTTPS_PORT}"}}
- name: nxdomain
  cluster: {{server: "https://api.crc-eph.corp-nonexistent.invalid:6443"}}
users:
- name: dev
  user: {{token: good-token}}
- name: stale
  user: {{token: expired-token}}
contexts:
- name: dev
  context: {{cluster: dev, user: dev, namespace: team-a}}
- name: stale
  context: {{cluster: dev, user: stale, namespace: team-a}}
- name: gone
  context: {{cluster: gone, user: dev, namespace: team-a}}
- name: hung
  context: {{cluster: hung, user: dev, namespace: team-a}}
- name: selfsigned
  context: {{cluster: selfsigned, user: dev, namespace: team-a}}
- name: nxdomain
  context: {{cluster: nxdomain, user: dev, namespace: team-a}}
current-context: dev
"""


def manifest(box: Sandbox, name: str, text: str) -> str:
    return box.write(box.path("work", "k8s", name), text)


def kubectl_cases(r: Run, box: Sandbox) -> None:
    if not have("kubectl"):
        r.note("skip kubectl cases: kubectl missing")
        return
    box.write(box.path("kube", "config"), KUBECONFIG)
    os.makedirs(box.path("home", ".kube", "cache"), exist_ok=True)
    k = "kubectl"
    manifest(box, "configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: info\n")
    manifest(box, "bad-name.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: Billing_API\nspec:\n  selector:\n"
                              "    matchLabels: {app: billing}\n  template:\n    metadata:\n      labels: {app: billing}\n"
                              "    spec:\n      containers:\n      - name: api\n        image: quay.io/acme/billing:1.2\n")
    manifest(box, "svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: billing-api\nspec:\n  ports:\n  - port: 80\n")
    manifest(box, "broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\n data:\n  key: value\n")
    manifest(box, "typo-kind.yaml", "apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: web\n")
    manifest(box, "clowdapp.yaml", "apiVersion: cloud.redhat.com/v1alpha1\nkind: ClowdApp\nmetadata:\n  name: notifications\n"
                              "spec:\n  envName: env-ephemeral-503\n")
    manifest(box, "no-kind.yaml", "apiVersion: v1\nmetadata:\n  name: settings\ndata:\n  a: b\n")
    r.case("kubectl_get", {"resource": "pod", "name": "api-7f9c4d-x2k8p"}, [k, "get", "pod", "api-7f9c4d-x2k8p"], IP)
    r.case("kubectl_describe", {"resource": "deployment", "name": "notifications-engine"},
         [k, "describe", "deployment", "notifications-engine"], IP)
    r.case("kubectl_delete", {"resource": "svc", "name": "payments-503"}, [k, "delete", "svc", "payments-503"], IP)
    r.case("kubectl_get", {"resource": "secret", "name": "ssl-certs-401", "namespace": "team-a"},
         [k, "get", "secret", "ssl-certs-401", "-n", "team-a", "-o", "yaml"], IP)
    r.case("kubectl_get", {"resource": "pods", "namespace": "restricted"}, [k, "get", "pods", "-n", "restricted"], "permission")
    r.case("kubectl_delete", {"resource": "deployment", "name": "web", "namespace": "restricted"},
         [k, "delete", "deployment", "web", "-n", "restricted"], "permission")
    r.case("kubectl_create", {"file": "k8s/configmap.yaml"}, [k, "create", "-f", "k8s/configmap.yaml", "--validate=false"], WS)
    r.case("kubectl_create", {"file": "k8s/bad-name.yaml"}, [k, "create", "-f", "k8s/bad-name.yaml", "--validate=false"], PF)
    r.case("kubectl_create", {"file": "k8s/svc.yaml", "namespace": "ghost-ns"},
         [k, "create", "-f", "k8s/svc.yaml", "--validate=false", "-n", "ghost-ns"], MPR)
    r.case("kubectl_create", {"file": "k8s/configmap.yaml", "namespace": "quota"},
         [k, "create", "-f", "k8s/configmap.yaml", "--validate=false", "-n", "quota"], "resource")
    r.case("kubectl_create_namespace", {"name": "team-b"}, [k, "create", "namespace", "team-b"], WS)
    r.case("kubectl_get", {"resource": "deployments", "namespace": "slow"}, [k, "get", "deployments", "-n", "slow"], "timeout")
    r.case("kubectl_get", {"resource": "pods", "namespace": "busy"}, [k, "get", "pods", "-n", "busy"], "rate_limit")
    r.case("kubectl_get", {"resource": "configmaps", "namespace": "down"}, [k, "get", "configmaps", "-n", "down"],
         "server_error")
    r.case("kubectl_get", {"resource": "pods", "context": "gone"}, [k, "--context", "gone", "get", "pods"], "network")
    r.case("kubectl_get", {"resource": "pods", "context": "selfsigned"}, [k, "--context", "selfsigned", "get", "pods"], "tls")
    r.case("kubectl_get", {"resource": "pods", "context": "nxdomain"}, [k, "--context", "nxdomain", "get", "pods"], "dns")
    r.case("kubectl_get", {"resource": "podz"}, [k, "get", "podz"], IP)
    r.case("kubectl_get", {}, [k, "get"], MP)
    r.case("kubectl_get", {"resource": "pods", "selector": "app=web"}, [k, "get", "pods", "--selectr", "app=web"], PF)
    r.case("kubectl_scale", {"deployment": "web", "replicas": "three"},
         [k, "scale", "deployment/web", "--replicas=three"], PF)
    r.case("kubectl_scale", {"deployment": "web"}, [k, "scale", "deployment/web"], MP)
    r.case("kubectl_apply", {"file": "k8s/deployment-timeout.yaml"}, [k, "apply", "-f", "k8s/deployment-timeout.yaml"], IP)
    r.case("kubectl_apply", {"file": "k8s/broken.yaml"}, [k, "apply", "-f", "k8s/broken.yaml", "--validate=false"], PF)
    r.case("kubectl_apply", {"file": "k8s/typo-kind.yaml"}, [k, "apply", "-f", "k8s/typo-kind.yaml", "--validate=false"], IP)
    r.case("kubectl_apply", {"file": "k8s/clowdapp.yaml"}, [k, "apply", "-f", "k8s/clowdapp.yaml", "--validate=false"], MPR)
    r.case("kubectl_apply", {"file": "k8s/no-kind.yaml"}, [k, "apply", "-f", "k8s/no-kind.yaml", "--validate=false"], MP)
    r.case("kubectl_apply", {}, [k, "apply"], MP)
    r.case("kubectl_create_deployment", {"name": "web"}, [k, "create", "deployment", "web"], MP)
    r.case("kubectl_logs", {"pod": "web-0", "container": "nginx"}, [k, "logs", "web-0", "-c", "nginx"], IP)
    r.case("kubectl_logs", {"pod": "worker-6c8f9-503zq"}, [k, "logs", "worker-6c8f9-503zq", "--tail=50"], IP)
    r.case("kubectl_logs", {"pod": "web-0", "since": "1hour"}, [k, "logs", "web-0", "--since=1hour"], PF)
    r.case("kubectl_exec", {"pod": "web-0"}, [k, "exec", "web-0"], MP)
    r.case("kubectl_exec", {"pod": "db-migrate-7xk2p", "command": "sh"}, [k, "exec", "db-migrate-7xk2p", "--", "sh"], IP)
    r.case("kubectl_exec", {"pod": "api-0", "command": "env"}, [k, "exec", "api-0", "--", "env"], IP)
    r.case("kubectl_port_forward", {"pod": "web-0", "ports": "http:80"}, [k, "port-forward", "pod/web-0", "http:80"], PF)
    r.case("kubectl_port_forward", {"service": "redis-eof", "ports": "6379:6379"},
         [k, "port-forward", "svc/redis-eof", "6379:6379"], IP)
    r.case("kubectl_rollout_status", {"deployment": "billing-worker"},
         [k, "rollout", "status", "deployment/billing-worker", "--timeout=5s"], IP)
    r.case("kubectl_rollout_restart", {"resource": "pod/web-0"}, [k, "rollout", "restart", "pod/web-0"], WT)
    r.case("kubectl_rollout_undo", {"deployment": "web", "to_revision": "v3"},
         [k, "rollout", "undo", "deployment/web", "--to-revision=v3"], PF)
    shutil.copy(box.path("kube", "config"), box.path("kube", "config-copy"))
    r.case("kubectl_config_use_context", {"context": "crc-staging"}, [k, "config", "use-context", "crc-staging"], IP,
         env={"KUBECONFIG": box.path("kube", "config-copy")}, display="kubectl config use-context crc-staging")
    r.case("kubectl_label", {"pod": "web-0", "label": "app=api"}, [k, "label", "pod", "web-0", "app=api"], WS)
    r.case("kubectl_patch", {"deployment": "api-gateway", "patch": '{"spec":{"replicas":3}}'},
         [k, "patch", "deployment", "api-gateway", "--type=merge", "-p", '{"spec":{"replicas":3}}'], WS)
    r.case("kubectl_get", {"resource": "pods", "output": "jsonpath={.items[*].metadata.name"},
         [k, "get", "pods", "-o", "jsonpath={.items[*].metadata.name"], PF)
    r.case("kubectl_get", {"resource": "pods", "output": "yml"}, [k, "get", "pods", "-o", "yml"], PF)
    r.case("kubectl_top", {"resource": "pod"}, [k, "top", "pod"], MPR)
    r.case("kubectl_cp", {"src": "web-0:/var/log/app.log", "dest": "app.log", "container": "api"},
         [k, "cp", "web-0:/var/log/app.log", "app.log", "-c", "api"], IP)
    r.case("kubectl_deploy", {"file": "k8s/svc.yaml"}, [k, "deploy", "-f", "k8s/svc.yaml"], WT)
    r.case("kubectl_get", {"resource": "pods", "namespace": "team-a", "all_namespaces": True},
         [k, "get", "pods", "web-0", "--all-namespaces"], IP)


# --------------------------------------------------------------------------- docker, pip, npm, cargo, make

def docker_cases(r: Run, box: Sandbox) -> None:
    dk = "docker"
    box.write(box.path("work", "Dockerfile"), "FROM registry.access.redhat.com/ubi9/ubi-minimal\nCOPY . /app\n")
    r.case("docker_push", {"image": "quay.io/cloudservices/rbac:pr-4012-a1b2c3d"},
         [dk, "push", "quay.io/cloudservices/rbac:pr-4012-a1b2c3d"], "daemon_down")
    r.case("docker_build", {"tag": "quay.io/acme/web:dev", "context": "."}, [dk, "build", "-t", "quay.io/acme/web:dev", "."],
         "daemon_down")
    r.case("docker_ps", {"all": True}, [dk, "ps", "-a"], "daemon_down", env={"DOCKER_HOST": "unix:///run/user/1000/docker.sock"})
    r.case("docker_run", {}, [dk, "run"], MP)
    r.case("docker_build", {}, [dk, "build"], MP)
    r.case("docker_run", {"image": "nginx", "publish": "8080"}, [dk, "run", "--publsh", "8080:80", "nginx"], PF)
    r.case("docker_tag", {"source": "web:dev", "target": "quay.io/Acme/Web:dev"},
         [dk, "tag", "web:dev", "quay.io/Acme/Web:dev"], PF)
    r.case("docker_pusj", {"image": "web:dev"}, [dk, "pusj", "web:dev"], WT)
    r.case("docker_login", {"registry": "quay.io", "username": "robot$ci"},
         [dk, "login", "quay.io", "-u", "robot$ci", "-p"], MP)
    r.case("docker_run", {"image": "quay.io/acme/web:dev", "memory": "2gigs"},
         [dk, "run", "--memory", "2gigs", "quay.io/acme/web:dev"], PF)


def pip_cases(r: Run, box: Sandbox) -> None:
    pip = [sys.executable, "-m", "pip"]
    base = ["install", "--isolated", "--dry-run", "--no-cache-dir"]
    disp = "pip " + " ".join(base)
    r.case("pip_install", {"package": "requets"}, pip + base + ["--no-index", "requets"], IP, display=f"{disp} --no-index requets")
    r.case("pip_install", {"requirements": "requirements-ssl.txt"}, pip + base + ["-r", "requirements-ssl.txt"], IP,
         display=f"{disp} -r requirements-ssl.txt")
    r.case("pip_install", {"editable": "."}, pip + base + ["-e", "."], MPR, cwd=box.path("work", "not-a-repo"),
         display=f"{disp} -e .")
    r.case("pip_show", {"package": "ocviapy"}, pip + ["show", "ocviapy"], IP, display="pip show ocviapy")
    r.case("pip_instal", {"package": "requests"}, pip + ["instal", "requests"], WT, display="pip instal requests")


def npm_cases(r: Run, box: Sandbox) -> None:
    if not have("npm"):
        r.note("skip npm cases: npm missing")
        return
    proj = box.write(box.path("npmproj", "package.json"), json.dumps({"name": "portal-ui", "version": "1.0.0",
                                                           "scripts": {"build": "echo build", "test": "echo test"}},
                                                          indent=2))
    proj = os.path.dirname(proj)
    reg = ["--registry", f"{H}/npm/", "--fetch-retries", "0"]
    r.case("npm_install", {"package": "left-padz"}, ["npm", "install", "left-padz"] + reg, IP, cwd=proj)
    r.case("npm_install", {"package": "@acme/ui-kit"}, ["npm", "install", "@acme/ui-kit"] + reg, "auth", cwd=proj)
    r.case("npm_install", {"package": "lodash"}, ["npm", "install", "lodash"] + reg, "server_error", cwd=proj)
    r.case("npm_install", {"package": "@acme/private-lib"}, ["npm", "install", "@acme/private-lib"] + reg, "permission", cwd=proj)
    r.case("npm_install", {"package": "react"}, ["npm", "install", "react", "--registry", f"http://127.0.0.1:{CLOSED_PORT}/",
                                               "--fetch-retries", "0"], "network", cwd=proj)
    r.case("npm_install", {"package": "react"}, ["npm", "install", "react", "--registry", f"https://127.0.0.1:{HTTPS_PORT}/",
                                               "--fetch-retries", "0"], "tls", cwd=proj)
    r.case("npm_run", {"script": "buld"}, ["npm", "run", "buld"], IP, cwd=proj)
    r.case("npm_run", {"script": "build"}, ["npm", "run", "build"], MPR, cwd=box.path("work", "not-a-repo"))
    r.case("npm_install", {"package": "react@^^18"}, ["npm", "install", "react@^^18"] + reg, PF, cwd=proj)


def cargo_cases(r: Run, box: Sandbox) -> None:
    if not have("cargo"):
        r.note("skip cargo cases: cargo missing")
        return
    crate = box.path("ratelimit-svc")
    box.sh(f"cargo new -q --vcs none {crate}")
    r.case("cargo_build", {}, ["cargo", "build", "--offline"], MPR, cwd=box.path("work", "not-a-repo"))
    r.case("cargo_buidl", {}, ["cargo", "buidl"], WT, cwd=crate)
    r.case("cargo_run", {"bin": "migrate-503"}, ["cargo", "run", "--offline", "--bin", "migrate-503"], IP, cwd=crate)
    r.case("cargo_build", {"jobs": "max"}, ["cargo", "build", "--offline", "--jobs", "max"], PF, cwd=crate)
    r.case("cargo_new", {"name": "crate"}, ["cargo", "new", crate], WS, cwd=box.root)
    r.case("cargo_test", {"package": "billing-core"}, ["cargo", "test", "--offline", "-p", "billing-core"], IP, cwd=crate)


def make_cases(r: Run, box: Sandbox) -> None:
    mk = box.write(box.path("mk", "Makefile"), "build:\n\techo building\n\ndeploy: build\n\t./scripts/deploy.sh $(ENV)\n"
                                    "check-env:\nifndef NAMESPACE\n\t$(error NAMESPACE is required, e.g. make deploy "
                                    "NAMESPACE=ephemeral-abc123)\nendif\n")
    mk = os.path.dirname(mk)
    box.write(box.path("mk2", "Makefile"), "test:\n    pytest -q\n")
    r.case("make", {"target": "deploy-ephemeral"}, ["make", "deploy-ephemeral"], IP, cwd=mk)
    r.case("make", {"target": "build"}, ["make", "build"], MPR, cwd=box.path("work", "not-a-repo"))
    r.case("make", {"target": "test"}, ["make", "test"], PF, cwd=box.path("mk2"))
    r.case("make", {"target": "deploy"}, ["make", "deploy", "ENV=stage"], IP, cwd=mk)
    r.case("make", {"target": "check-env"}, ["make", "check-env"], MP, cwd=mk)
    r.case("make", {"target": "build", "makefile": "Makefile.ssl"}, ["make", "-f", "Makefile.ssl", "build"], IP, cwd=mk)


# --------------------------------------------------------------------------- psql and redis-cli

def psql_cases(r: Run, box: Sandbox) -> None:
    if not have("psql"):
        r.note("skip psql cases: psql missing")
        return
    ok = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-Atc", "select 1"],
                        capture_output=True, text=True, timeout=10, env=dict(r.env, PGCONNECT_TIMEOUT="3"))
    base = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1"]
    if ok.returncode != 0:
        r.note("skip psql server cases: PostgreSQL on 127.0.0.1:5432 not reachable")
    else:
        q = base + ["-d", "test", "-c"]
        r.case("psql_query", {"sql": "SELECT id, status FROM deploy_events_eof LIMIT 5"},
             q + ["SELECT id, status FROM deploy_events_eof LIMIT 5"], MPR)
        r.case("psql_query", {"sql": "SELECT relname, n_live_tupp FROM pg_stat_user_tables"},
             q + ["SELECT relname, n_live_tupp FROM pg_stat_user_tables"], IP)
        r.case("psql_query", {"sql": "SELEC count(*) FROM pg_class"}, q + ["SELEC count(*) FROM pg_class"], PF)
        r.case("psql_query", {"sql": "SELECT * FROM pg_class WHERE oid = 'abc401'::oid"},
             q + ["SELECT * FROM pg_class WHERE oid = 'abc401'::oid"], PF)
        r.case("psql_query", {"sql": "SELECT '2024-13-45'::date"}, q + ["SELECT '2024-13-45'::date"], PF)
        r.case("psql_query", {"sql": "SELECT pg_sleep(3)", "statement_timeout": "500ms"},
             q + ["SET statement_timeout = '500ms'; SELECT pg_sleep(3)"], "timeout")
        r.case("psql_query", {"sql": "CREATE TABLE corpus4_tmp (id int)", "read_only": True},
             q + ["BEGIN READ ONLY; CREATE TABLE corpus4_tmp (id int); ROLLBACK"], "read_only")
        r.case("psql_query", {"sql": "SELECT rolpassword FROM pg_authid", "role": "pg_monitor"},
             q + ["BEGIN; SET LOCAL ROLE pg_monitor; SELECT rolpassword FROM pg_authid; ROLLBACK"], "permission")
        r.case("psql_query", {"database": "analytics_503", "sql": "SELECT 1"},
             base + ["-d", "analytics_503", "-c", "SELECT 1"], MPR)
        r.case("psql_query", {"user": "deploy_bot", "sql": "SELECT 1"},
             ["psql", "-h", "127.0.0.1", "-U", "deploy_bot", "-d", "test", "-c", "SELECT 1"], "auth")
        r.case("psql_query", {"sql": "SELECT 1", "sslmode": "require"},
             ["psql", "host=127.0.0.1 user=postgres dbname=test sslmode=require", "-c", "SELECT 1"], "tls")
        r.case("psql_query", {"sql": "SELECT count(*) FROM pg_class GROUP BY"}, q + ["SELECT count(*) FROM pg_class GROUP BY"], PF)
        r.case("psql_query", {"file": "migrations/0042_timeout.sql"}, base + ["-d", "test", "-f", "migrations/0042_timeout.sql"], IP)
        r.case("psql_query", {"sql": "SELECT * FROM pg_catalog.pg_statio_user_tablez"},
             q + ["SELECT * FROM pg_catalog.pg_statio_user_tablez"], IP)
        r.case("psql_query", {"sql": "SELECT pg_terminate_backendd(1)"},
             q + ["SELECT pg_terminate_backendd(1)"], IP)
    r.case("psql_query", {"host": "127.0.0.1", "port": CLOSED_PORT, "sql": "SELECT 1"},
         ["psql", "-h", "127.0.0.1", "-p", str(CLOSED_PORT), "-U", "postgres", "-d", "test", "-c", "SELECT 1"], "network")
    r.case("psql_query", {"host": box.path("pgsock"), "sql": "SELECT 1"},
         ["psql", "-h", box.path("pgsock"), "-U", "postgres", "-d", "test", "-c", "SELECT 1"], "daemon_down")
    r.case("psql_query", {"host": "127.0.0.1", "port": HANG_PORT, "sql": "SELECT 1"},
         ["psql", f"host=127.0.0.1 port={HANG_PORT} user=postgres dbname=test connect_timeout=2", "-c", "SELECT 1"],
         "timeout")
    r.case("psql_query", {"host": "pg-billing.corp-db.invalid", "sql": "SELECT 1"},
         ["psql", "-h", "pg-billing.corp-db.invalid", "-U", "postgres", "-d", "test", "-c", "SELECT 1"], "dns")
    r.case("psql_query", {"sql": "SELECT 1", "port": "5432x"}, ["psql", "-h", "127.0.0.1", "-p", "5432x", "-c", "SELECT 1"], PF)


def rcase(r: Run, *args, **kw) -> None:
    """redis-cli prints server errors on stdout and may still exit 0."""
    r.case(*args, ok=True, **kw)


def redis_cases(r: Run, box: Sandbox) -> None:
    if not have("redis-cli"):
        r.note("skip redis cases: redis-cli missing")
        return
    rc = ["redis-cli", "-h", "127.0.0.1", "-p", "6379"]
    up = subprocess.run(rc + ["PING"], capture_output=True, text=True, timeout=5).stdout.strip() == "PONG"
    if up:
        subprocess.run(rc + ["SET", "corpus4:session:401", "abc"], capture_output=True, timeout=5)
        subprocess.run(rc + ["HSET", "corpus4:deploy:eof", "status", "ok"], capture_output=True, timeout=5)
        try:
            rcase(r, "redis_command", {"command": "LPUSH", "key": "corpus4:session:401"},
                 rc + ["LPUSH", "corpus4:session:401", "x"], IP)
            rcase(r, "redis_command", {"command": "EXPIRE", "key": "corpus4:deploy:eof", "seconds": "1h"},
                 rc + ["EXPIRE", "corpus4:deploy:eof", "1h"], PF)
            rcase(r, "redis_command", {"command": "HGETALLL", "key": "corpus4:deploy:eof"},
                 rc + ["HGETALLL", "corpus4:deploy:eof"], WT)
            rcase(r, "redis_command", {"command": "HSET", "key": "corpus4:deploy:eof"}, rc + ["HSET", "corpus4:deploy:eof", "status"], MP)
            rcase(r, "redis_command", {"command": "SET", "key": "corpus4:lock", "ttl": 0},
                 rc + ["SET", "corpus4:lock", "1", "EX", "0"], PF)
            rcase(r, "redis_command", {"command": "XADD", "key": "corpus4:events", "id": "12-abc"},
                 rc + ["XADD", "corpus4:events", "12-abc", "f", "v"], PF)
            rcase(r, "redis_command", {"command": "ZADD", "key": "corpus4:queue", "score": "high"},
                 rc + ["ZADD", "corpus4:queue", "high", "job-1"], PF)
            rcase(r, "redis_command", {"command": "CONFIG GET", "parameter": "timeout"}, rc + ["CONFIG", "GETT", "timeout"], WT)
            rcase(r, "redis_command", {"command": "GET", "key": "corpus4:session:401", "db": 99},
                 rc + ["-n", "99", "GET", "corpus4:session:401"], IP)
        finally:
            subprocess.run(rc + ["DEL", "corpus4:session:401", "corpus4:deploy:eof", "corpus4:lock", "corpus4:events",
                                 "corpus4:queue"], capture_output=True, timeout=5)
    else:
        r.note("skip local redis cases: redis on 127.0.0.1:6379 not reachable")
    rcase(r, "redis_command", {"command": "GET", "key": "sessions:active", "port": CLOSED_PORT},
         ["redis-cli", "-h", "127.0.0.1", "-p", str(CLOSED_PORT), "GET", "sessions:active"], "daemon_down")
    rcase(r, "redis_command", {"command": "GET", "key": "sessions:active", "socket": "/run/redis/redis.sock"},
         ["redis-cli", "-s", box.path("redis.sock"), "GET", "sessions:active"], "daemon_down")
    rcase(r, "redis_command", {"command": "GET", "key": "feature:flags"},
         ["redis-cli", "-h", "127.0.0.1", "-p", str(RESP_LOADING), "GET", "feature:flags"], "server_error")
    rcase(r, "redis_command", {"command": "SET", "key": "deploy:lock"},
         ["redis-cli", "-h", "127.0.0.1", "-p", str(RESP_READONLY), "SET", "deploy:lock", "1"], "read_only")
    rcase(r, "redis_command", {"command": "KEYS", "pattern": "jobs:*"},
         ["redis-cli", "-h", "127.0.0.1", "-p", str(RESP_AUTH), "KEYS", "jobs:*"], "auth")
    rcase(r, "redis_command", {"command": "LPUSH", "key": "jobs:pending"},
         ["redis-cli", "-h", "127.0.0.1", "-p", str(RESP_AUTH), "LPUSH", "jobs:pending", "job-77"], "resource")
    rcase(r, "redis_command", {"command": "PING", "host": "redis.cache-ns.invalid"},
         ["redis-cli", "-h", "redis.cache-ns.invalid", "PING"], "dns")


# --------------------------------------------------------------------------- shell utilities and system faults

def shell_cases(r: Run, box: Sandbox) -> None:
    w = box.path("work")
    box.write(box.path("work", "deploy", "values.yaml"), "image:\n  tag: a1b2c3d\nreplicas: 2\n")
    box.write(box.path("work", "deploy", "app.json"), '{"name": "billing", "replicas": 2, "tags": ["eof", "ssl"]}\n')
    box.write(box.path("work", "logs", "eof_logs", "app.log"), "ERROR timeout after 30s\n")
    box.write(box.path("work", "bundle.zip"), b"PK\x03\x04" + b"\x00" * 60)
    box.sh("cd deploy && zip -q ../release.zip values.yaml", cwd=w)
    box.write(box.path("work", "scripts", "deploy.sh"), "#!/bin/sh\necho deploy\n", 0o644)
    r.case("find", {"path": "deploy", "name": "*.yaml", "predicate": "-nmae"}, ["find", "deploy", "-nmae", "*.yaml"], PF)
    r.case("find", {"path": "manifests/ssl", "name": "*.yaml"}, ["find", "manifests/ssl", "-name", "*.yaml"], IP)
    r.case("find", {"path": ".", "mtime": "two"}, ["find", ".", "-mtime", "two"], PF)
    r.case("find", {"path": ".", "type": "file"}, ["find", ".", "-type", "file"], PF)
    r.case("grep", {"pattern": "timeout(", "path": "logs"}, ["grep", "-rE", "timeout(", "logs"], PF)
    r.case("grep", {"pattern": "ERROR", "path": "logs/eof_logs"}, ["grep", "ERROR", "logs/eof_logs"], WT)
    r.case("grep", {"pattern": "ERROR", "path": "logs/app-503.log"}, ["grep", "ERROR", "logs/app-503.log"], IP)
    r.case("sed", {"expression": "s/tag: .*/tag: b2c3d4e", "file": "deploy/values.yaml"},
         ["sed", "-i", "s/tag: .*/tag: b2c3d4e", "deploy/values.yaml"], PF)
    r.case("sed", {"expression": "s/replicas: 2/replicas: 3/", "file": "deploy"}, ["sed", "-i", "s/replicas: 2/replicas: 3/", "deploy"],
         WT)
    r.case("sed", {"expression": "s/a/b/", "file": "deploy/values-timeout.yaml"},
         ["sed", "-i", "s/a/b/", "deploy/values-timeout.yaml"], IP)
    r.case("awk", {"program": "{print $2", "file": "logs/eof_logs/app.log"}, ["awk", "{print $2", "logs/eof_logs/app.log"], PF)
    r.case("awk", {"program": "{print $1}", "file": "logs/missing.log"}, ["awk", "{print $1}", "logs/missing.log"], IP)
    r.case("jq", {"filter": ".replicas", "file": "deploy/values.yaml"}, ["jq", ".replicas", "deploy/values.yaml"], WT)
    r.case("jq", {"filter": ".tags[", "file": "deploy/app.json"}, ["jq", ".tags[", "deploy/app.json"], PF)
    r.case("jq", {"filter": ".name | tonumber", "file": "deploy/app.json"}, ["jq", ".name | tonumber", "deploy/app.json"], IP)
    r.case("jq", {"filter": ".replicas + \"1\"", "file": "deploy/app.json"}, ["jq", '.replicas + "1"', "deploy/app.json"], PF)
    r.case("jq", {"filter": ".", "file": "deploy/app-401.json"}, ["jq", ".", "deploy/app-401.json"], IP)
    r.case("jq", {"filter": ".", "file": "release.zip"}, ["jq", ".", "release.zip"], WT)
    r.case("yq", {"expression": ".image.tag |", "file": "deploy/values.yaml"}, ["yq", ".image.tag |", "deploy/values.yaml"], PF,
         needs=("jq",))
    r.case("yq", {"expression": ".image.tag", "file": "deploy/values-ssl.yaml"}, ["yq", ".image.tag", "deploy/values-ssl.yaml"],
         IP)
    r.case("xargs", {"command": "rm", "max_args": "many"}, "printf 'a\\nb\\n' | xargs -n many rm", PF)
    r.case("xargs", {"command": "kubectl-neat"}, "printf 'deploy/values.yaml\\n' | xargs kubectl-neat", IP)
    r.case("tar", {"action": "extract", "file": "artifacts/build-503.tar.gz"}, ["tar", "-xzf", "artifacts/build-503.tar.gz"], IP)
    r.case("tar", {"action": "create", "file": "out.tar"}, ["tar", "-cf", "out.tar"], MP)
    r.case("cp", {"source": "deploy/values.yaml"}, ["cp", "deploy/values.yaml"], MP)
    r.case("cp", {"source": "deploy/values-prod.yaml", "dest": "deploy/values.yaml"},
         ["cp", "deploy/values-prod.yaml", "deploy/values.yaml"], IP)
    r.case("mv", {"source": "deploy/ssl.pem", "dest": "certs/"}, ["mv", "deploy/ssl.pem", "certs/"], IP)
    r.case("rm", {"path": "logs"}, ["rm", "logs"], WT)
    r.case("rm", {"path": "build/eof-cache"}, ["rm", "build/eof-cache"], IP)
    r.case("chmod", {"mode": "+z", "path": "scripts/deploy.sh"}, ["chmod", "+z", "scripts/deploy.sh"], PF)
    r.case("chmod", {"mode": "755"}, ["chmod", "755"], MP)
    r.case("bash", {"script": "scripts/deploy.sh"}, "./scripts/deploy.sh", MPR)
    r.case("cat", {"path": "deploy"}, ["cat", "deploy"], WT)
    r.case("mkdir", {"path": "deploy"}, ["mkdir", "deploy"], WS)
    r.case("ln", {"target": "deploy/values.yaml", "link": "deploy/app.json"}, ["ln", "-s", "values.yaml", "deploy/app.json"], WS)
    r.case("unzip", {"file": "deploy/values.yaml"}, ["unzip", "deploy/values.yaml"], WT)
    r.case("ssh", {"host": "deploy@127.0.0.1", "port": CLOSED_PORT},
         ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=3", "-p", str(CLOSED_PORT), "deploy@127.0.0.1", "uptime"],
         "network")
    r.case("ssh", {"host": "bastion.crc-eph.invalid"},
         ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=3", "ops@bastion.crc-eph.invalid", "uptime"], "dns")
    r.case("ssh", {"host": "127.0.0.1", "port": HANG_PORT},
         ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=2", "-p", str(HANG_PORT), "ops@127.0.0.1", "uptime"], "timeout")
    r.case("ssh", {"host": "127.0.0.1", "port": RESET_PORT},
         ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=3", "-p", str(RESET_PORT), "ops@127.0.0.1", "uptime"], "network")
    r.case("ssh", {"host": "bastion", "option": "ConectTimeout=5"}, ["ssh", "-o", "ConectTimeout=5", "bastion", "uptime"], PF)
    r.case("scp", {"source": "dist/app-timeout.tar.gz", "dest": "deploy@bastion:/srv"},
         ["scp", "dist/app-timeout.tar.gz", box.path("work", "srv-copy.tar.gz")], IP)
    r.case("scp", {"source": "deploy/values.yaml"}, ["scp", "deploy/values.yaml"], MP)


def system_cases(r: Run, box: Sandbox) -> None:
    w = box.path("work")
    ro_dir = box.path("ro")
    os.makedirs(ro_dir, exist_ok=True)
    box.write(os.path.join(ro_dir, "values.yaml"), "replicas: 2\n")
    locked = box.path("locked")
    os.makedirs(locked, exist_ok=True)
    box.write(os.path.join(locked, "kubeconfig"), "apiVersion: v1\n", 0o600)
    os.chmod(locked, 0o755)
    os.chmod(box.path("remote.git"), 0o755)
    box.sh(f"chmod -R go-w {box.path('remote.git')}")
    os.chmod(box.root, 0o755)
    os.chmod(w, 0o755)
    r.case("cat", {"path": f"{locked}/kubeconfig"}, ["cat", os.path.join(locked, "kubeconfig")], "permission", nobody=True)
    r.case("cp", {"source": "deploy/values.yaml", "dest": locked},
         ["cp", "deploy/values.yaml", locked + "/"], "permission", nobody=True)
    r.case("kubectl_config_view", {"kubeconfig": f"{locked}/kubeconfig"},
         ["kubectl", "config", "view", "--kubeconfig", os.path.join(locked, "kubeconfig")], "permission", nobody=True)
    if have("unshare"):
        ro = f"mount --bind {ro_dir} {ro_dir} && mount -o remount,bind,ro {ro_dir} && "
        r.case("sed", {"expression": "s/2/3/", "file": f"{ro_dir}/values.yaml"},
             ["unshare", "-m", "sh", "-c", ro + f"sed -i 's/2/3/' {ro_dir}/values.yaml"], "read_only",
             display=f"sed -i 's/2/3/' {ro_dir}/values.yaml")
        r.case("git_init", {"path": ro_dir}, ["unshare", "-m", "sh", "-c", ro + f"git init {ro_dir}"], "read_only",
             display=f"git init {ro_dir}")
        r.case("touch", {"path": f"{ro_dir}/.deploy.lock"}, ["unshare", "-m", "sh", "-c", ro + f"touch {ro_dir}/.deploy.lock"],
             "read_only", display=f"touch {ro_dir}/.deploy.lock")
        full = box.path("full")
        os.makedirs(full, exist_ok=True)
        tmpfs = f"mount -t tmpfs -o size=64k tmpfs {full} && "
        r.case("git_clone", {"url": box.path("remote.git"), "dest": f"{full}/billing"},
             ["unshare", "-m", "sh", "-c", tmpfs + f"git clone -q {box.path('remote.git')} {full}/billing"], "resource",
             display=f"git clone {box.path('remote.git')} {full}/billing")
        r.case("tar", {"action": "extract", "file": "bundle.tar", "dest": full},
             ["unshare", "-m", "sh", "-c", tmpfs + f"head -c 200000 /dev/urandom > {w}/blob.bin && tar -cf {w}/bundle.tar "
              f"-C {w} blob.bin && tar -xf {w}/bundle.tar -C {full}"], "resource",
             display=f"tar -xf bundle.tar -C {full}")
    r.case("cp", {"source": "deploy/values.yaml", "dest": "/dev/full"}, ["cp", "deploy/values.yaml", "/dev/full"], "resource")
    r.case("python_exec", {"code": "files = [open('deploy/values.yaml') for _ in range(100)]"},
         ["bash", "-c", "ulimit -n 20 && python3 -c \"files = [open('deploy/values.yaml') for _ in range(100)]\""],
         "resource", display="python -c \"files = [open('deploy/values.yaml') for _ in range(100)]\"")
    r.case("bash", {"command": "cat /proc/1/environ"}, ["cat", "/proc/1/environ"], "permission", nobody=True)

# --------------------------------------------------------------------------- documented rows
# (tool, params, message, label, command).  Written by hand from the documented or commonly seen
# formats of GitLab, GitHub, Jira, Kubernetes/oc, bonfire, Quay and docker.

GLA = "https://gitlab.cee.example.com/api/v4/projects/4401"
GHA = "https://api.github.com/repos/RedHatInsights/notifications-backend"
JRA = "https://issues.example.com/rest"
_DOCUMENTED: list[tuple] = [
    # ---- GitLab
    ("gitlab_mr_create", {"project_id": 4401, "source_branch": "bump-ssl-lib", "target_branch": "master", "title": "Bump"},
     'HTTP 409: {"message":["Another open merge request already exists for this source branch: !1503"]}', WS,
     f"POST {GLA}/merge_requests"),
    ("gitlab_mr_update", {"project_id": 4401, "mr_iid": 212, "assignee_id": "jdoe"},
     'HTTP 400: {"error":"assignee_id is invalid"}', PF, f"PUT {GLA}/merge_requests/212"),
    ("gitlab_mr_approve", {"project_id": 4401, "mr_iid": 212},
     'HTTP 401: {"message":"401 Unauthorized"}', "auth", f"POST {GLA}/merge_requests/212/approve"),
    ("gitlab_mr_approve", {"project_id": 4401, "mr_iid": 213},
     'HTTP 403: {"message":"403 Forbidden"}', "permission", f"POST {GLA}/merge_requests/213/approve"),
    ("gitlab_mr_get", {"project_id": 4401, "mr_iid": "!212"},
     'HTTP 404: {"error":"404 Not Found"}', PF, f"GET {GLA}/merge_requests/!212"),
    ("gitlab_pipeline_retry", {"project_id": 4401, "pipeline_id": 550401},
     'HTTP 404: {"message":"404 Not found"}', IP, f"POST {GLA}/pipelines/550401/retry"),
    ("gitlab_job_play", {"project_id": 4401, "job_id": 88124},
     'HTTP 400: {"message":"400 Bad request - Unplayable Job"}', WS, f"POST {GLA}/jobs/88124/play"),
    ("gitlab_file_update", {"project_id": 4401, "file_path": "deploy/clowdapp.yaml", "branch": "main"},
     'HTTP 400: {"message":"You can only create or edit files when you are on a branch"}', IP,
     f"PUT {GLA}/repository/files/deploy%2Fclowdapp.yaml"),
    ("gitlab_file_create", {"project_id": 4401, "file_path": "README.md", "branch": "main"},
     'HTTP 400: {"message":"A file with this name already exists"}', WS, f"POST {GLA}/repository/files/README.md"),
    ("gitlab_file_update", {"project_id": 4401, "file_path": "deploy/values.yaml", "branch": "main", "content": "..."},
     'HTTP 400: {"error":"commit_message is missing"}', MP, f"PUT {GLA}/repository/files/deploy%2Fvalues.yaml"),
    ("gitlab_compare", {"project_id": 4401, "from": "v1.2", "to": "v1.3"},
     "GitLab API request failed: 500 Internal Server Error: {\"message\":\"500 Internal Server Error\"}", "server_error",
     f"GET {GLA}/repository/compare?from=v1.2&to=v1.3"),
    ("gitlab_project_search", {"search": "billing"},
     "HTTP 503: <html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>",
     "server_error", "GET https://gitlab.cee.example.com/api/v4/projects?search=billing"),
    ("gitlab_mr_list", {"project_id": 4401},
     "requests.exceptions.SSLError: HTTPSConnectionPool(host='gitlab.cee.example.com', port=443): Max retries exceeded with "
     "url: /api/v4/projects/4401/merge_requests (Caused by SSLError(SSLCertVerificationError(1, '[SSL: "
     "CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))",
     "tls", f"GET {GLA}/merge_requests"),
    ("gitlab_mr_list", {"project_id": 4401, "labels": "ssl,timeout"},
     "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='gitlab.cee.example.com', port=443): Read timed out. "
     "(read timeout=30)", "timeout", f"GET {GLA}/merge_requests?labels=ssl,timeout"),
    ("gitlab_issue_create", {"project_id": 4401, "title": "Quota 503 alerts", "milestone_id": "v2"},
     'HTTP 400: {"error":"milestone_id is invalid"}', PF, f"POST {GLA}/issues"),
    ("gitlab_pipeline_create", {"project_id": 4401, "ref": "main", "variables": {"DEPLOY": "true"}},
     'HTTP 400: {"message":{"base":["Pipeline will not run for the selected trigger. The rules configuration prevented '
     'any jobs from being added to the pipeline."]}}', IP, f"POST {GLA}/pipeline"),
    ("gitlab_branch_delete", {"project_id": 4401, "branch": "main"},
     'HTTP 403: {"message":"403 Forbidden - Protected branch cant be removed"}', IP,
     f"DELETE {GLA}/repository/branches/main"),
    ("gitlab_mr_create", {"project_id": 4401, "source_branch": "feat", "target_branch": "main", "title": "x"},
     'HTTP 403: {"message":"403 Forbidden - Project storage quota exceeded (10 GiB)"}', "resource",
     f"POST {GLA}/merge_requests"),
    # ---- GitHub
    ("github_pr_review", {"repo": "RedHatInsights/notifications-backend", "number": 2401, "event": "APPROVE"},
     'HTTP 422: {"message":"Unprocessable Entity","errors":["Can not approve your own pull request"],'
     '"documentation_url":"https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request","status":"422"}',
     IP, f"POST {GHA}/pulls/2401/reviews"),
    ("github_pr_create", {"repo": "RedHatInsights/notifications-backend", "head": "fix-timeouts", "base": "master"},
     'HTTP 422: {"message":"Validation Failed","errors":[{"resource":"PullRequest","field":"base","code":"invalid"}],'
     '"documentation_url":"https://docs.github.com/rest/pulls/pulls#create-a-pull-request","status":"422"}', IP,
     f"POST {GHA}/pulls"),
    ("github_workflow_dispatch", {"repo": "RedHatInsights/notifications-backend", "workflow": "deploy.yml", "ref": "main"},
     'HTTP 422: {"message":"Workflow does not have \'workflow_dispatch\' trigger","documentation_url":'
     '"https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event","status":"422"}', MPR,
     f"POST {GHA}/actions/workflows/deploy.yml/dispatches"),
    ("github_workflow_dispatch", {"repo": "RedHatInsights/notifications-backend", "workflow": "deploy.yml"},
     'HTTP 422: {"message":"Invalid request.\\n\\n\\"ref\\" wasn\'t supplied.","status":"422"}', MP,
     f"POST {GHA}/actions/workflows/deploy.yml/dispatches"),
    ("github_issue_update", {"repo": "RedHatInsights/notifications-backend", "number": 77, "labels": "bug"},
     'HTTP 422: {"message":"Invalid request.\\n\\nFor \'properties/labels\', \\"bug\\" is not an array.",'
     '"documentation_url":"https://docs.github.com/rest/issues/issues#update-an-issue","status":"422"}', PF,
     f"PATCH {GHA}/issues/77"),
    ("github_repo_get", {"repo": "RedHatInsights/notifications-backend"},
     'HTTP 403: {"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",'
     '"documentation_url":"https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api",'
     '"status":"403"}', "rate_limit", f"GET {GHA}"),
    ("github_graphql", {"query": "mutation { addComment(input:{subjectId:\"I_kwDO401\", body:\"hi\"}) { clientMutationId } }"},
     '{"data":{"addComment":null},"errors":[{"type":"FORBIDDEN","path":["addComment"],"locations":[{"line":1,"column":12}],'
     '"message":"Resource not accessible by personal access token"}]}', "permission",
     "POST https://api.github.com/graphql"),
    ("github_graphql", {"query": "{ search(query:\"is:pr\", type: PR, first: 10) { issueCount } }"},
     '{"errors":[{"path":["query","search","type"],"extensions":{"code":"argumentLiteralsIncompatible","typeName":'
     '"Field","argumentName":"type"},"locations":[{"line":1,"column":31}],"message":"Argument \'type\' on Field '
     '\'search\' has an invalid value (PR). Expected type \'SearchType!\'."}]}', PF, "POST https://api.github.com/graphql"),
    ("github_graphql", {"query": "{ viewer { login } }"},
     '{"errors":[{"type":"RATE_LIMITED","message":"API rate limit already exceeded for user ID 5030112."}]}',
     "rate_limit", "POST https://api.github.com/graphql"),
    ("github_graphql", {"query": "{ repository(owner:\"acme\", name:\"x\") { pullRequest(number: 1) { title } } }"},
     "HTTP 502: {\"data\":null,\"errors\":[{\"message\":\"Something went wrong while executing your query. This may be "
     "the result of a timeout, or it could be a GitHub bug. Please include `C0D4:1E2F:3A4B5C:6D7E8F:66F1A2B3` when "
     "reporting this issue.\"}]}", "server_error", "POST https://api.github.com/graphql"),
    ("github_release_create", {"repo": "RedHatInsights/notifications-backend", "tag_name": "v1.4.0"},
     'HTTP 422: {"message":"Validation Failed","errors":[{"resource":"Release","code":"already_exists","field":'
     '"tag_name"}],"documentation_url":"https://docs.github.com/rest/releases/releases#create-a-release","status":"422"}',
     WS, f"POST {GHA}/releases"),
    ("github_branch_protection_get", {"repo": "RedHatInsights/notifications-backend", "branch": "master"},
     'HTTP 404: {"message":"Branch not protected","documentation_url":'
     '"https://docs.github.com/rest/branches/branch-protection#get-branch-protection","status":"404"}', MPR,
     f"GET {GHA}/branches/master/protection"),
    ("github_pr_list", {"repo": "RedHatInsights/notifications-backend"},
     "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.github.com', port=443): Max retries exceeded with "
     "url: /repos/RedHatInsights/notifications-backend/pulls (Caused by NameResolutionError(\"<urllib3.connection."
     "HTTPSConnection object at 0x7f1c2d3e4f50>: Failed to resolve 'api.github.com' ([Errno -3] Temporary failure in "
     "name resolution)\"))", "dns", f"GET {GHA}/pulls"),
    # ---- Jira
    ("jira_issue_transition", {"issue_key": "RHCLOUD-401", "transition": "Done"},
     'HTTP 400: {"errorMessages":[],"errors":{"resolution":"Field \'resolution\' cannot be set. It is not on the '
     'appropriate screen, or unknown."}}', IP, f"POST {JRA}/api/2/issue/RHCLOUD-401/transitions"),
    ("jira_issue_transition", {"issue_key": "RHCLOUD-402"},
     'HTTP 400: {"errorMessages":["Missing \'transition\' identifier"],"errors":{}}', MP,
     f"POST {JRA}/api/2/issue/RHCLOUD-402/transitions"),
    ("jira_issue_transition", {"issue_key": "RHCLOUD-403", "transition_id": "31"},
     'HTTP 400: {"errorMessages":[],"errors":{"customfield_12310220":"Git Pull Request is required."}}', MP,
     f"POST {JRA}/api/2/issue/RHCLOUD-403/transitions"),
    ("jira_issue_create", {"project": "RHCLOUD", "summary": "SSL expiry", "duedate": "next friday"},
     'HTTP 400: {"errorMessages":[],"errors":{"duedate":"Error parsing date string: next friday"}}', PF,
     f"POST {JRA}/api/2/issue"),
    ("jira_issue_create", {"project": "RHCLOUD", "summary": "Flaky", "components": ["Notificatons"]},
     'HTTP 400: {"errorMessages":[],"errors":{"components":"Component name \'Notificatons\' is not valid"}}', IP,
     f"POST {JRA}/api/2/issue"),
    ("jira_issue_create", {"project": "RHCLOUD", "summary": "x", "priority": "Urgentest"},
     'HTTP 400: {"errorMessages":[],"errors":{"priority":"Specify the Priority (id or name) in the string format"}}', IP,
     f"POST {JRA}/api/2/issue"),
    ("jira_issue_update", {"issue_key": "RHCLOUD-404", "labels": "ssl timeout"},
     'HTTP 400: {"errorMessages":[],"errors":{"labels":"The label \'ssl timeout\' contains spaces which is invalid."}}',
     PF, f"PUT {JRA}/api/2/issue/RHCLOUD-404"),
    ("jira_search", {"jql": "project = RHCLOUD AND sprint in openSprints() ORDER BY rankk"},
     "HTTP 400: {\"errorMessages\":[\"Not able to sort using field 'rankk'.\"],\"warningMessages\":[]}", IP,
     f"GET {JRA}/api/2/search"),
    ("jira_search", {"jql": "assignee = currentUser() AND updated >= -7x"},
     'HTTP 400: {"errorMessages":["Date value \'-7x\' for field \'updated\' is invalid. Valid formats include: '
     '\'yyyy/MM/dd HH:mm\', \'yyyy-MM-dd HH:mm\', \'yyyy/MM/dd\', \'yyyy-MM-dd\', or a period format e.g. \'-5d\', '
     '\'4w 2d\'."],"warningMessages":[]}', PF, f"GET {JRA}/api/3/search"),
    ("jira_search", {"jql": "project = RHCLOUD", "maxResults": 50},
     "HTTP 401: {\"errorMessages\":[\"You are not authenticated. Authentication required to perform this operation.\"],"
     "\"errors\":{}}", "auth", f"GET {JRA}/api/2/search"),
    ("jira_worklog_add", {"issue_key": "RHCLOUD-405", "timeSpent": "2 hours"},
     'HTTP 400: {"errorMessages":[],"errors":{"timeLogged":"Invalid time duration entered."}}', PF,
     f"POST {JRA}/api/2/issue/RHCLOUD-405/worklog"),
    ("jira_sprint_start", {"sprint_id": 812, "state": "active"},
     'HTTP 400: {"errorMessages":["Sprint cannot be started because another sprint is already active on board 77"],'
     '"errors":{}}', WS, f"POST {JRA}/agile/1.0/sprint/812"),
    ("jira_sprint_update", {"sprint_id": 813, "startDate": "2024-09-01"},
     'HTTP 400: {"errorMessages":[],"errors":{"startDate":"Invalid date format. Expected: \'yyyy-MM-dd\'T\'HH:mm:ss.SSSZ\'"}}',
     PF, f"POST {JRA}/agile/1.0/sprint/813"),
    ("jira_epic_issues", {"epic_key": "RHCLOUD-EPIC-1"},
     'HTTP 404: {"errorMessages":["The requested epic cannot be found."],"errors":{}}', IP,
     f"GET {JRA}/agile/1.0/epic/RHCLOUD-EPIC-1/issue"),
    ("jira_board_issues", {"board_id": 77},
     'HTTP 403: {"errorMessages":["The user does not have permission to view this board."],"errors":{}}', "permission",
     f"GET {JRA}/agile/1.0/board/77/issue"),
    ("jira_issue_get", {"issue_key": "RHCLOUD-406"},
     "HTTP 504: <html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1>"
     "</center></body></html>", "timeout", f"GET {JRA}/api/2/issue/RHCLOUD-406"),
    ("jira_issue_get", {"issue_key": "RHCLOUD-407"},
     "HTTP 429: {\"errorMessages\":[\"Rate limit exceeded. Please retry after 30 seconds.\"]}", "rate_limit",
     f"GET {JRA}/api/3/issue/RHCLOUD-407"),
    ("jira_attachment_add", {"issue_key": "RHCLOUD-408", "file": "must-gather.tar.gz"},
     "HTTP 413: {\"errorMessages\":[\"The file must-gather.tar.gz is too large to attach. Maximum attachment size is "
     "10.00 MB.\"]}", "resource", f"POST {JRA}/api/2/issue/RHCLOUD-408/attachments"),
    # ---- kubectl
    ("kubectl_apply", {"file": "deploy/clowdapp.yaml", "namespace": "ephemeral-x4k2p1"},
     'Error from server (Conflict): error when applying patch:\n{"metadata":{"annotations":{}}}\nto:\nResource: '
     '"cloud.redhat.com/v1alpha1, Resource=clowdapps", GroupVersionKind: "cloud.redhat.com/v1alpha1, Kind=ClowdApp"\n'
     'Name: "notifications", Namespace: "ephemeral-x4k2p1"\nfor: "deploy/clowdapp.yaml": error when patching '
     '"deploy/clowdapp.yaml": Operation cannot be fulfilled on clowdapps.cloud.redhat.com "notifications": the object has '
     "been modified; please apply your changes to the latest version and try again", WS,
     "kubectl apply -f deploy/clowdapp.yaml -n ephemeral-x4k2p1"),
    ("kubectl_apply", {"file": "deploy/deployment.yaml"},
     'error: error validating "deploy/deployment.yaml": error validating data: ValidationError(Deployment.spec.template.'
     'spec.containers[0].ports[0].containerPort): invalid type for io.k8s.api.core.v1.ContainerPort.containerPort: got '
     '"string", expected "integer"; if you choose to ignore these errors, turn validation off with --validate=false', PF,
     "kubectl apply -f deploy/deployment.yaml"),
    ("kubectl_apply", {"file": "deploy/service.yaml"},
     'Error from server (BadRequest): error when creating "deploy/service.yaml": Service in version "v1" cannot be '
     'handled as a Service: strict decoding error: unknown field "spec.ports[0].targetport"', "INCORRECT_PARAMETER",
     "kubectl apply -f deploy/service.yaml"),
    ("kubectl_apply", {"file": "deploy/job.yaml"},
     'The Job "db-migrate" is invalid: spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable', WS,
     "kubectl apply -f deploy/job.yaml"),
    ("kubectl_apply", {"file": "deploy/hpa.yaml"},
     'error: unable to recognize "deploy/hpa.yaml": no matches for kind "HorizontalPodAutoscaler" in version '
     '"autoscaling/v2beta1"', IP, "kubectl apply -f deploy/hpa.yaml"),
    ("kubectl_get", {"resource": "clowdenvironments"},
     'error: the server doesn\'t have a resource type "clowdenvironments"', MPR, "kubectl get clowdenvironments"),
    ("kubectl_get", {"resource": "pods", "namespace": "ephemeral-503"},
     "Error from server (Forbidden): pods is forbidden: User \"system:serviceaccount:ci:bonfire\" cannot list resource "
     "\"pods\" in API group \"\" in the namespace \"ephemeral-503\"", "permission", "kubectl get pods -n ephemeral-503"),
    ("kubectl_get", {"resource": "pods"},
     "error: You must be logged in to the server (the server has asked for the client to provide credentials)", "auth",
     "kubectl get pods"),
    ("kubectl_get", {"resource": "nodes"},
     "Unable to connect to the server: dial tcp: lookup api.crc-eph.r9lp.p1.openshiftapps.com on 10.0.0.2:53: no such "
     "host", "dns", "kubectl get nodes"),
    ("kubectl_get", {"resource": "pods"},
     "Unable to connect to the server: net/http: TLS handshake timeout", "timeout", "kubectl get pods"),
    ("kubectl_get", {"resource": "pods"},
     "Unable to connect to the server: x509: certificate has expired or is not yet valid: current time "
     "2024-09-03T10:00:00Z is after 2024-09-01T00:00:00Z", "tls", "kubectl get pods"),
    ("kubectl_logs", {"pod": "notifications-engine-7d9f-401ab", "previous": True},
     'Error from server (BadRequest): previous terminated container "notifications-engine" in pod '
     '"notifications-engine-7d9f-401ab" not found', WS, "kubectl logs notifications-engine-7d9f-401ab --previous"),
    ("kubectl_logs", {"pod": "api-5f6d"},
     'Error from server (BadRequest): container "api" in pod "api-5f6d" is waiting to start: ContainerCreating', WS,
     "kubectl logs api-5f6d"),
    ("kubectl_logs", {"pod": "api-5f6e"},
     "Error from server (BadRequest): container \"api\" in pod \"api-5f6e\" is waiting to start: trying and failing to "
     "pull image", WS, "kubectl logs api-5f6e"),
    ("kubectl_exec", {"pod": "api-5f6f", "command": "bash"},
     'error: Internal error occurred: error executing command in container: failed to exec in container: '
     'exec: "bash": executable file not found in $PATH: unknown', IP, "kubectl exec -it api-5f6f -- bash"),
    ("kubectl_exec", {"pod": "api-5f70", "command": "sh"},
     "error: unable to upgrade connection: container not found (\"api\")", IP, "kubectl exec api-5f70 -- sh"),
    ("kubectl_port_forward", {"pod": "postgres-0", "ports": "5432:5432"},
     "Unable to listen on port 5432: Listeners failed to create with the following errors: [unable to create listener: "
     "Error listen tcp4 127.0.0.1:5432: bind: address already in use unable to create listener: Error listen tcp6 "
     "[::1]:5432: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{5432 5432}]",
     WS, "kubectl port-forward postgres-0 5432:5432"),
    ("kubectl_rollout_status", {"deployment": "notifications-gw"},
     'error: deployment "notifications-gw" exceeded its progress deadline', "timeout",
     "kubectl rollout status deployment/notifications-gw"),
    ("kubectl_wait", {"resource": "pod/db-migrate-x1", "condition": "Ready", "timeout": "60s"},
     "error: timed out waiting for the condition on pods/db-migrate-x1", "timeout",
     "kubectl wait --for=condition=Ready pod/db-migrate-x1 --timeout=60s"),
    ("kubectl_create_secret", {"name": "quay-pull"},
     "error: exactly one NAME is required, got 0", MP, "kubectl create secret docker-registry"),
    ("kubectl_get", {"resource": "pods", "namespace": "ephemeral-abc"},
     "Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods)",
     "server_error", "kubectl get pods -n ephemeral-abc"),
    ("kubectl_get", {"resource": "clowdapps"},
     "Error from server (InternalError): an error on the server (\"Internal Server Error: \\\"/apis/cloud.redhat.com/"
     "v1alpha1/namespaces/ephemeral-abc/clowdapps?limit=500\\\": the server has received too many requests and has asked "
     "us to try again later\") has prevented the request from succeeding (get clowdapps.cloud.redhat.com)", "rate_limit",
     "kubectl get clowdapps -n ephemeral-abc"),
    ("kubectl_debug", {"pod": "api-5f71", "image": "busybox"},
     "error: ephemeral containers are disabled for this cluster (error from server: \"the server could not find the "
     "requested resource\").", MPR, "kubectl debug -it api-5f71 --image=busybox"),
    # ---- oc
    ("oc_login", {"server": "https://api.crc-eph.r9lp.p1.openshiftapps.com:6443", "token": "sha256~xxxx"},
     "error: The token provided is invalid or expired.", "auth",
     "oc login --token=sha256~xxxx --server=https://api.crc-eph.r9lp.p1.openshiftapps.com:6443"),
    ("oc_login", {"server": "https://api.crc-eph.r9lp.p1.openshiftapps.com:6443"},
     "error: tls: failed to verify certificate: x509: certificate signed by unknown authority", "tls",
     "oc login --server=https://api.crc-eph.r9lp.p1.openshiftapps.com:6443"),
    ("oc_login", {"server": "api.crc-eph:6443"},
     "error: Must specify a token or a username/password when the server is not a browser-capable OAuth server "
     "(use --token or -u)", MP, "oc login api.crc-eph:6443"),
    ("oc_project", {"project": "ephemeral-9x7k2"},
     'error: A project named "ephemeral-9x7k2" does not exist on "https://api.crc-eph.r9lp.p1.openshiftapps.com:6443".\n'
     "Your projects are:\n* ephemeral-4d2x1\n* ephemeral-base\nTo see projects on another server, pass '--server=<server>'.",
     IP, "oc project ephemeral-9x7k2"),
    ("oc_whoami", {}, "error: Missing or incomplete configuration info.  Please point to an existing, complete config "
     "file:\n\n\n  1. Via the command-line flag --kubeconfig\n  2. Via the KUBECONFIG environment variable\n  3. In your "
     "home directory as ~/.kube/config\n\nTo view or setup config directly use the 'config' command.", MPR, "oc whoami"),
    ("oc_new_app", {"image": "quay.io/cloudservices/rbac:503eb1c"},
     'error: unable to locate any images in image streams, templates loaded in accessible projects, template files, local '
     'docker images with name "quay.io/cloudservices/rbac:503eb1c"\n\nArgument \'quay.io/cloudservices/rbac:503eb1c\' was '
     'classified as an image, image~source, or loaded template reference.', IP, "oc new-app quay.io/cloudservices/rbac:503eb1c"),
    ("oc_new_project", {"name": "team-ssl"},
     'Error from server (AlreadyExists): project.project.openshift.io "team-ssl" already exists', WS, "oc new-project team-ssl"),
    ("oc_new_project", {"name": "Team_SSL"},
     'The ProjectRequest "Team_SSL" is invalid: metadata.name: Invalid value: "Team_SSL": a lowercase RFC 1123 label must '
     "consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", PF,
     "oc new-project Team_SSL"),
    ("oc_new_project", {"name": "team-db"},
     'Error from server (Forbidden): You may not request a new project via this API.', "permission",
     "oc new-project team-db"),
    ("oc_process", {"template": "deploy/template.yaml"},
     "error: unable to process template\n  parameter IMAGE_TAG is required and must be specified", MP,
     "oc process -f deploy/template.yaml"),
    ("oc_rsh", {"pod": "rbac-service-5c9d"},
     "error: cannot exec into a container in a completed pod; current phase is Failed", IP, "oc rsh rbac-service-5c9d"),
    ("oc_start_build", {"buildconfig": "web"},
     'Error from server (NotFound): buildconfigs.build.openshift.io "web" not found', IP, "oc start-build web"),
    ("oc_get", {"resource": "routes"},
     "error: the server doesn't have a resource type \"routes\"", WT, "oc get routes"),
    ("oc_adm", {"command": "top"},
     "error: unknown command \"tops\" for \"oc adm\"\n\nDid you mean this?\n\ttop", WT, "oc adm tops"),
    ("oc_get", {"resource": "pods", "namespace": "ephemeral-4d2x1"},
     "Error from server (TooManyRequests): the server has received too many requests and has asked us to try again later "
     "(get pods)", "rate_limit", "oc get pods -n ephemeral-4d2x1"),
    # ---- bonfire
    ("bonfire_namespace_reserve", {"duration": "1h", "pool": "default"},
     "ERROR: no namespaces available in pool 'default', waiting... timed out after 600 sec waiting for a namespace to be "
     "reserved", "resource", "bonfire namespace reserve --duration 1h --pool default"),
    ("bonfire_namespace_reserve", {"duration": "90"},
     "Usage: bonfire namespace reserve [OPTIONS]\nTry 'bonfire namespace reserve -h' for help.\n\nError: Invalid value "
     "for '--duration' / '-d': invalid duration '90', use format like '1h', '45m', '1h30m'", PF,
     "bonfire namespace reserve --duration 90"),
    ("bonfire_namespace_reserve", {"pool": "real-managed-kafka"},
     "ERROR: pool 'real-managed-kafka' not found, valid pools: default, minimal, managed-kafka, real-managed-kafka-503",
     IP, "bonfire namespace reserve --pool real-managed-kafka"),
    ("bonfire_namespace_release", {"namespace": "ephemeral-x4k2p1"},
     "ERROR: You are not the requester of namespace ephemeral-x4k2p1, it is reserved by 'jdoe'. Use --force to release it "
     "anyway", IP, "bonfire namespace release ephemeral-x4k2p1"),
    ("bonfire_namespace_release", {"namespace": "ephemeral-401xyz"},
     "ERROR: namespace 'ephemeral-401xyz' not found or not managed by the reservation operator", IP,
     "bonfire namespace release ephemeral-401xyz"),
    ("bonfire_namespace_extend", {"namespace": "ephemeral-q8w2e1", "duration": "2h"},
     "ERROR: reservation for namespace 'ephemeral-q8w2e1' has expired; reserve a new namespace instead", WS,
     "bonfire namespace extend ephemeral-q8w2e1 --duration 2h"),
    ("bonfire_namespace_extend", {"namespace": "ephemeral-q8w2e2"},
     "Error: Missing option '--duration' / '-d'.", MP, "bonfire namespace extend ephemeral-q8w2e2"),
    ("bonfire_namespace_describe", {"namespace": "ephemeral-q8w2e3"},
     "ERROR: namespace 'ephemeral-q8w2e3' is not reserved", WS, "bonfire namespace describe ephemeral-q8w2e3"),
    ("bonfire_namespace_list", {},
     "ERROR: unable to list namespace reservations: 'oc get namespacereservation -o json' failed: error: You must be logged "
     "in to the server (Unauthorized)", "auth", "bonfire namespace list --mine"),
    ("bonfire_deploy", {"app": "notifcations"},
     "ERROR: app 'notifcations' not found in app-interface (apps available: advisor, notifications, rbac, sources, ...)",
     IP, "bonfire deploy notifcations"),
    ("bonfire_deploy", {"app": "rbac", "set_image_tag": "quay.io/cloudservices/rbac=503eb1c"},
     "ERROR: image tag '503eb1c' not found for image 'quay.io/cloudservices/rbac': manifest unknown. Note that tags built "
     "from git commits use the first 7 characters of the commit SHA", IP,
     "bonfire deploy rbac --set-image-tag quay.io/cloudservices/rbac=503eb1c"),
    ("bonfire_deploy", {"app": "rbac", "set_template_ref": "rbac=a1b2"},
     "ERROR: invalid git ref 'a1b2' for component 'rbac': a short SHA is ambiguous, use the full 40-character commit SHA "
     "or a branch name", PF, "bonfire deploy rbac --set-template-ref rbac=a1b2"),
    ("bonfire_deploy", {"app": "notifications", "component": "notifications-engin"},
     "ERROR: component 'notifications-engin' not found in app 'notifications' (components: notifications-backend, "
     "notifications-engine, notifications-gw)", IP, "bonfire deploy notifications --component notifications-engin"),
    ("bonfire_deploy", {"app": "notifications", "namespace": "ephemeral-x4k2p1"},
     "ERROR: Timed out waiting for resources; exiting\nresources not ready: deployment/notifications-engine (0/1 ready), "
     "clowdapp/notifications (ReconciliationFailed)", "timeout",
     "bonfire deploy notifications -n ephemeral-x4k2p1 --timeout 900"),
    ("bonfire_deploy", {"app": "notifications", "namespace": "ephemeral-x4k2p2"},
     "ERROR: namespace 'ephemeral-x4k2p2' is not reserved by you; reserve one first with 'bonfire namespace reserve'",
     MPR, "bonfire deploy notifications -n ephemeral-x4k2p2"),
    ("bonfire_deploy", {"app": "notifications", "source": "appsre"},
     "ERROR: failed to fetch app-interface data: 502 Server Error: Bad Gateway for url: https://app-interface.apps."
     "example.com/graphql", "server_error", "bonfire deploy notifications --source appsre"),
    ("bonfire_deploy", {"app": "rbac", "local_config_path": "bonfire-config-timeout.yaml"},
     "ERROR: local config file 'bonfire-config-timeout.yaml' does not exist", IP,
     "bonfire deploy rbac --local-config-path bonfire-config-timeout.yaml"),
    ("bonfire_process", {"app": "rbac", "set_parameter": "rbac/MIN_REPLICAS"},
     "Error: Invalid value for '--set-parameter' / '-p': invalid format for 'rbac/MIN_REPLICAS', expected "
     "'<component>/<param>=<value>'", PF, "bonfire process rbac -p rbac/MIN_REPLICAS"),
    ("bonfire_process", {"app": "rbac", "clowd_env": "env-ephemeral-401"},
     "ERROR: ClowdEnvironment 'env-ephemeral-401' not found; create it first or deploy into a reserved namespace",
     MPR, "bonfire process rbac --clowd-env env-ephemeral-401"),
    ("bonfire_process", {"app": "rbac"},
     "ERROR: GitHub API rate limit exceeded while fetching template for component 'rbac' (403). Set GITHUB_TOKEN to raise "
     "the limit", "rate_limit", "bonfire process rbac"),
    ("bonfire_deploy_env", {"namespace": "ephemeral-z1"},
     "Usage: bonfire deploy-env [OPTIONS]\nTry 'bonfire deploy-env -h' for help.\n\nError: No such option: --namespace-name"
     " Did you mean --namespace?", PF, "bonfire deploy-env --namespace-name ephemeral-z1"),
    ("bonfire_namespace_reserve", {},
     "Usage: bonfire namespace [OPTIONS] COMMAND [ARGS]...\nTry 'bonfire namespace -h' for help.\n\nError: No such command "
     "'reservee'.", WT, "bonfire namespace reservee"),
    # ---- Quay / registries / docker / podman
    ("quay_tag_get", {"repository": "cloudservices/rbac", "tag": "pr-77"},
     'HTTP 401: {"error": "Invalid bearer token format"}', "auth",
     "GET https://quay.io/api/v1/repository/cloudservices/rbac/tag/?specificTag=pr-77"),
    ("quay_repo_get", {"repository": "cloudservice/rbac"},
     'HTTP 404: {"detail": "Not Found", "error_message": "Not Found", "error_type": "not_found", "title": "not_found", '
     '"type": "https://quay.io/api/v1/error/not_found", "status": 404}', IP,
     "GET https://quay.io/api/v1/repository/cloudservice/rbac"),
    ("quay_tag_create", {"repository": "cloudservices/rbac", "tag": "latest", "manifest_digest": "sha256:503"},
     'HTTP 400: {"detail": "Invalid manifest digest", "error_message": "Invalid manifest digest", "error_type": '
     '"invalid_request", "status": 400}', PF, "PUT https://quay.io/api/v1/repository/cloudservices/rbac/tag/latest"),
    ("quay_robot_create", {"org": "cloudservices", "robot": "ci"},
     'HTTP 400: {"message": "Existing robot with name: cloudservices+ci"}', WS,
     "PUT https://quay.io/api/v1/organization/cloudservices/robots/ci"),
    ("docker_pull", {"image": "quay.io/cloudservices/notifications-backend:503eb1c"},
     "Error response from daemon: manifest for quay.io/cloudservices/notifications-backend:503eb1c not found: manifest "
     "unknown: manifest unknown", IP, "docker pull quay.io/cloudservices/notifications-backend:503eb1c"),
    ("docker_pull", {"image": "quay.io/cloudservices/private-api:latest"},
     "Error response from daemon: unauthorized: access to the requested resource is not authorized", "auth",
     "docker pull quay.io/cloudservices/private-api:latest"),
    ("docker_pull", {"image": "nginx:1.27"},
     "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by "
     "authenticating and upgrading: https://www.docker.com/increase-rate-limit", "rate_limit", "docker pull nginx:1.27"),
    ("docker_push", {"image": "quay.io/acme/web:dev"},
     "denied: requested access to the resource is denied", "permission", "docker push quay.io/acme/web:dev"),
    ("docker_push", {"image": "quay.io/acme/web:dev"},
     "unknown: Quota has been exceeded on namespace acme", "resource", "docker push quay.io/acme/web:dev"),
    ("docker_build", {"tag": "web:dev"},
     "ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 4f1d::x3k: \"/config/"
     "ssl_eof.yaml\": not found", IP, "docker build -t web:dev ."),
    ("docker_build", {"tag": "web:dev"},
     "ERROR: failed to solve: write /var/lib/docker/tmp/buildkit-mount2034/app/node_modules/.cache: no space left on "
     "device", "resource", "docker build -t web:dev ."),
    ("docker_run", {"image": "web:dev", "publish": "8080:80"},
     "docker: Error response from daemon: driver failed programming external connectivity on endpoint web (4f1c): Bind "
     "for 0.0.0.0:8080 failed: port is already allocated.", WS, "docker run -p 8080:80 web:dev"),
    ("docker_run", {"image": "web:dev", "name": "web"},
     'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container '
     '"8f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4401". You have to remove (or rename) that container '
     "to be able to reuse that name.", WS, "docker run --name web web:dev"),
    ("docker_exec", {"container": "web", "command": "sh"},
     "Error response from daemon: container 3f1c2d is not running", WS, "docker exec -it web sh"),
    ("podman_pull", {"image": "registry.redhat.io/ubi9/ubi:latest"},
     "Error: initializing source docker://registry.redhat.io/ubi9/ubi:latest: unable to retrieve auth token: invalid "
     "username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials.",
     "auth", "podman pull registry.redhat.io/ubi9/ubi:latest"),
    ("podman_pull", {"image": "quay.io/acme/web:v1"},
     "Error: initializing source docker://quay.io/acme/web:v1: pinging container registry quay.io: Get "
     "\"https://quay.io/v2/\": dial tcp: lookup quay.io: no such host", "dns", "podman pull quay.io/acme/web:v1"),
    ("podman_run", {"image": "web:dev"},
     "Error: short-name \"web:dev\" did not resolve to an alias and no unqualified-search registries are defined in "
     "\"/etc/containers/registries.conf\"", PF, "podman run web:dev"),
    ("podman_build", {"tag": "web:dev"},
     "Error: creating build container: copying system image from manifest list: writing blob: adding layer with blob "
     "\"sha256:2f1c\": processing tar file(potentially insufficient UIDs or GIDs available in user namespace (requested "
     "0:42 for /etc/shadow): Check /etc/subuid and /etc/subgid if configured locally): lchown /etc/shadow: invalid "
     "argument", "permission", "podman build -t web:dev ."),
    ("podman_ps", {}, "Cannot connect to Podman. Please verify your connection to the Linux system using `podman system "
     "connection list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM\nError: unable "
     "to connect to Podman socket: dial unix /run/user/1000/podman/podman.sock: connect: no such file or directory",
     "daemon_down", "podman ps"),
]



DOCUMENTED = [documented(*row) for row in _DOCUMENTED]

GROUPS = (git_cases, api_cases, kubectl_cases, docker_cases, pip_cases, npm_cases, cargo_cases, make_cases,
          psql_cases, redis_cases, shell_cases, system_cases)


def generate() -> list[Row]:
    with Sandbox("corpus4-") as box, Helpers() as helpers:
        box.env = base_env(box)
        start_helpers(helpers, box)
        run = Run(box, normaliser(box.root), box.env, {"setpriv": can_setpriv()}, NAME, cwd=box.path("work"))
        fixtures(run, box)
        for group in GROUPS:
            try:
                group(run, box)
            except Exception as exc:  # a broken section must not lose the others
                run.note(f"section {group.__name__} failed: {exc!r}")
        return run.rows
