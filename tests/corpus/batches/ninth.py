"""Batch "ninth": a ninth blind batch on tool families the corpus had not covered yet.

Written blind (issue 15): without opening the classifier, its rules, the earlier corpus files or
any score output; the labels follow tests/corpus/README.md's labelling rules only.

``python -m tests.corpus.generate --batch ninth -o ninth_errors.jsonl``

What is run (every row is a real call made wrongly on this machine; nothing is hand-written):

- ``source: mcp`` -- MCP servers over stdio with the ``mcp`` Python client, one session per
  server and many calls in it: @playwright/mcp (Debian's chromium), @modelcontextprotocol/
  server-puppeteer, @benborla29/mcp-server-mysql (local MariaDB), mongodb-mcp-server (closed
  port), mcp-server-kubernetes (a fake API server), server-google-maps / everart /
  aws-kb-retrieval (no DNS for the internet here), awslabs memcached (closed port) and
  aws-documentation MCP servers.  The message is the tool result's text when ``isError`` is set, or
  ``MCP error <code>: <message>`` for a JSON-RPC error.
- ``source: sdk`` (Python) -- graphql-core, marshmallow, cerberus, msgspec, cattrs, voluptuous,
  the kubernetes client (fake API server), docker SDK (no daemon; a fake Engine API), hvac (a fake
  Vault), neo4j (closed port), clickhouse-connect (a fake ClickHouse HTTP interface),
  influxdb-client (a fake InfluxDB v2 API).  The message is ``Error: <ExcClass>: <str(exc)>``.
- ``source: sdk`` (Node) -- graphql-js, ajv, express + supertest, fastify.inject,
  koa + supertest, @octokit/rest, @slack/web-api, stripe, openai, @aws-sdk/client-s3 and
  client-dynamodb against local fakes.  The message is ``String(err)`` (or the tool's result
  string ``<status>: <body>`` for the web test injects).
- ``source: cli`` -- tsc, eslint, prettier, esbuild, jest, tox, nox, twine,
  ``python -m build``, ansible-inventory / ansible-doc / ansible-playbook / ansible, javac/java/mvn,
  rustc, terraform, kubectl (new subcommands only) against the fake API server; a full disk (tiny
  tmpfs), read-only bind mounts and uid 65534 (``unshare -m``, ``setpriv``) for some of them.

Local helpers on 127.0.0.1: 47890 fake Stripe, 47891 HTTP (fake GitHub / Slack / OpenAI / InfluxDB /
Docker Engine / S3 / DynamoDB / generic REST), 47892 the same behind TLS (self-signed), 47893 a
listener that never accepts, 47894 one that accepts and never answers, 47895 one that resets every
connection, 47896 a fake Kubernetes API server, 47897 a fake Vault, 47898 a fake ClickHouse HTTP
interface, 47899 a closed port.

The tools live outside the project: ``CORPUS_NINTH_TOOLS`` (default ``.corpus-tools/ninth`` under the
checkout) holding ``venv/`` (pip install -r tests/corpus/batches/ninth_requirements.txt) and
``node/`` (npm install --ignore-scripts with ninth_package.json).  A family whose tools are missing
is skipped with a note.  ``CORPUS_NINTH_ONLY=<group,...>`` runs some groups only.
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
from tests.corpus.harness.sandbox import NOBODY, Sandbox, can_setpriv, can_unshare, ro_bind, tool_env
from tests.corpus.harness.servers import Helpers, J, NGINX_502, Reply, Request, delete_redis_keys, self_signed

NAME = "ninth"
ALIAS = "/tmp/corpus9"
PORT_BASE = int(os.environ.get("CORPUS_NINTH_PORT_BASE", "47890"))  # another base only to try groups side by side
(STRIPE_PORT, HTTP_PORT, TLS_PORT, SILENT_PORT, HANG_PORT, RESET_PORT, K8S_PORT, VAULT_PORT, CH_PORT,
 CLOSED_PORT) = range(PORT_BASE, PORT_BASE + 10)
H = f"http://127.0.0.1:{HTTP_PORT}"
HS = f"https://127.0.0.1:{TLS_PORT}"
K8S = f"http://127.0.0.1:{K8S_PORT}"
TOOLS = os.environ.get("CORPUS_NINTH_TOOLS", str(Path(__file__).resolve().parents[3] / ".corpus-tools" / "ninth"))
VENV_BIN = os.path.join(TOOLS, "venv", "bin")
NODE_MODULES = os.path.join(TOOLS, "node", "node_modules")
NODE_BIN = os.path.join(NODE_MODULES, ".bin")
SDK_PY = os.path.join(VENV_BIN, "python")
PREFIX = "corpus9"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NOHOST = "api.corpus9-internal.example"
C = CLOSED_PORT


def normaliser(root: str) -> Normaliser:
    subs = (
        (re.compile(r"^npm (?:error|ERR!) A complete log of this run can be found in:.*$\n?", re.M), ""),
        (re.compile(re.escape(TOOLS)), "/opt/corpus-tools"),
        (re.compile(r"\b0x[0-9a-f]{8,16}\b"), "0x7f0000000000"),
        (re.compile(r"\bpid[ =]\d+"), "pid 4242"),
        (re.compile(r"\b\d+\.\d+m?s\b"), "12ms"),
        (re.compile(r"'Date': '[^']*'"), "'Date': 'Tue, 01 Dec 2026 00:00:00 GMT'"),
        (re.compile(r"(?m)^Date: .*GMT$"), "Date: Tue, 01 Dec 2026 00:00:00 GMT"),
        (re.compile(r"read timeout=\d+\.\d+"), "read timeout=3"),
        (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"), "00000000-0000-0000-0000-000000000000"),
    )
    return Normaliser(root, ALIAS, subs=subs, head=700, tail=780)


def base_env(box: Sandbox) -> dict[str, str]:
    return {
        **tool_env(box, "agent@corpus9.example", path_prefix=f"{VENV_BIN}:{NODE_BIN}"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "NODE_PATH": NODE_MODULES,
        "CI": "1",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_LOCAL_TEMP": box.path("ansible-tmp"),
        "PRE_COMMIT_HOME": box.path("pre-commit-home"),
        "PLAYWRIGHT_BROWSERS_PATH": box.path("ms-playwright"),
        "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "DOCKER_HOST": "unix://" + box.path("docker.sock"),
    }


# ---------------------------------------------------------------------------
# local fake services
# ---------------------------------------------------------------------------

GH_DOC = "https://docs.github.com/rest"


def gh(status: int, message: str, **extra: Any) -> Reply:
    return Reply(status, J({"message": message, **extra, "documentation_url": GH_DOC, "status": str(status)}))


def github_route(req: Request) -> Reply:
    path, method = req.path[3:], req.method
    auth = req.headers.get("Authorization") or ""
    body = json.loads(req.body or b"{}") if req.body[:1] in (b"{", b"[") else {}
    if "ghp_expired" in auth:
        return gh(401, "Bad credentials")
    if "/locked" in path:
        return gh(403, "Resource not accessible by integration")
    if path.startswith("/search/"):
        return Reply(403, J({"message": "API rate limit exceeded for user ID 4242. If you reach out to GitHub Support for help, please include the request ID 0C8E:1F2A.", "documentation_url": GH_DOC}),
                     headers={"x-ratelimit-remaining": "0", "x-ratelimit-limit": "30"})
    if "/flaky" in path:
        return Reply(502, NGINX_502, "text/html")
    if "/archived" in path and method != "GET":
        return gh(403, "Repository was archived so is read-only.")
    if method == "POST" and path.endswith("/issues"):
        if not body.get("title"):
            return gh(422, "Validation Failed", errors=[{"resource": "Issue", "code": "missing_field", "field": "title"}])
        if body.get("labels") and "nonexistent" in body["labels"]:
            return gh(422, "Validation Failed", errors=[{"value": "nonexistent", "resource": "Label", "field": "name", "code": "invalid"}])
        return gh(410, "Issues are disabled for this repo")
    if method == "POST" and path.endswith("/pulls"):
        if body.get("head") == "feature-x":
            return gh(422, "Validation Failed", errors=[{"resource": "PullRequest", "code": "custom", "message": "No commits between main and feature-x"}])
        if body.get("head") == "feature-dup":
            return gh(422, "Validation Failed", errors=[{"resource": "PullRequest", "code": "custom", "message": "A pull request already exists for corpus9:feature-dup."}])
        return gh(422, "Validation Failed", errors=[{"resource": "PullRequest", "field": "head", "code": "invalid"}])
    if method == "POST" and path.endswith("/git/refs"):
        if not str(body.get("ref", "")).startswith("refs/"):
            return gh(422, "Reference name must start with 'refs/'.")
        if len(str(body.get("sha", ""))) != 40:
            return gh(422, "Invalid request.\n\nFor 'properties/sha', \"%s\" is not a valid SHA." % body.get("sha"))
        return gh(422, "Reference already exists")
    if method == "PUT" and path.endswith("/merge"):
        return gh(405, "Pull Request is not mergeable")
    if method == "POST" and path.endswith("/merges"):
        return gh(409, "Merge conflict")
    if method == "POST" and path.endswith("/labels"):
        return gh(422, "Validation Failed", errors=[{"resource": "Label", "code": "already_exists", "field": "name"}])
    if method == "POST" and path.endswith("/dispatches"):
        return gh(422, "No ref found for: release-9")
    if method == "POST" and "/actions/workflows/" in path:
        return gh(422, "Workflow does not have 'workflow_dispatch' trigger")
    if method == "DELETE" and "/git/refs/" in path:
        return gh(422, "Reference does not exist")
    if method == "PUT" and "/contents/" in path:
        if "sha" not in body:
            return gh(422, "Invalid request.\n\n\"sha\" wasn't supplied.")
        return gh(409, "README.md does not match 3f1c2a0d9b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b")
    if path == "/user" and method == "GET":
        return Reply(200, J({"login": "agent"}))
    if path.startswith("/orgs/") and path.endswith("/repos") and method == "POST":
        return gh(422, "Repository creation failed.", errors=[{"resource": "Repository", "code": "custom", "field": "name", "message": "name already exists on this account"}])
    return gh(404, "Not Found")


SLACK_ERRORS = {
    "C0MISSING": "channel_not_found", "C0ARCHIVED": "is_archived", "C0NOTIN": "not_in_channel",
    "C0RESTRICT": "restricted_action", "U0MISSING": "user_not_found", "taken": "name_taken",
    "Bad Name!": "invalid_name_specials", "F0MISSING": "file_not_found", "ts-missing": "message_not_found",
    "ts-other": "cant_update_message", "1700000000.bad": "invalid_ts_latest",
}


def slack_route(req: Request) -> Reply:
    method = req.path.rsplit("/", 1)[-1]
    auth = req.headers.get("Authorization") or ""
    raw = req.body.decode(errors="replace")
    try:
        data = json.loads(raw) if raw[:1] == "{" else {k: v[0] for k, v in __import__("urllib.parse").parse.parse_qs(raw).items()}
    except ValueError:
        data = {}
    values = [str(v) for v in data.values()]
    if "xoxb-revoked" in auth:
        return Reply(200, J({"ok": False, "error": "token_revoked"}))
    if "xoxb-invalid" in auth:
        return Reply(200, J({"ok": False, "error": "invalid_auth"}))
    if "xoxb-noscope" in auth:
        return Reply(200, J({"ok": False, "error": "missing_scope", "needed": "chat:write", "provided": "channels:read"}))
    if "C0BUSY" in values:
        return Reply(429, J({"ok": False, "error": "ratelimited"}), headers={"Retry-After": "30"})
    if "C0BROKEN" in values:
        return Reply(500, "Internal Server Error", "text/plain")
    if "C0DOWN" in values:
        return Reply(503, J({"ok": False, "error": "service_unavailable"}))
    for key, err in SLACK_ERRORS.items():
        if key in values:
            return Reply(200, J({"ok": False, "error": err}))
    if method == "chat.postMessage" and not (data.get("text") or data.get("blocks") or data.get("attachments")):
        return Reply(200, J({"ok": False, "error": "no_text"}))
    if "blocks" in data:
        return Reply(200, J({"ok": False, "error": "invalid_blocks", "errors": ["must provide an object [json-pointer:/blocks/0]"]}))
    if method == "chat.postMessage" and len(str(data.get("text", ""))) > 4000:
        return Reply(200, J({"ok": False, "error": "msg_too_long"}))
    if method == "reactions.add":
        return Reply(200, J({"ok": False, "error": "already_reacted"}))
    if method == "conversations.invite":
        return Reply(200, J({"ok": False, "error": "already_in_channel"}))
    if method == "chat.scheduleMessage":
        return Reply(200, J({"ok": False, "error": "time_in_past"}))
    if method == "files.completeUploadExternal":
        return Reply(200, J({"ok": False, "error": "invalid_arguments", "response_metadata": {"messages": ["[ERROR] missing required field: files"]}}))
    return Reply(200, J({"ok": False, "error": "unknown_method"}))


def openai_error(status: int, message: str, etype: str, code: str | None, param: str | None = None) -> Reply:
    return Reply(status, J({"error": {"message": message, "type": etype, "param": param, "code": code}}))


def openai_route(req: Request) -> Reply:
    auth = req.headers.get("Authorization") or ""
    body = json.loads(req.body or b"{}") if req.body[:1] == b"{" else {}
    model = str(body.get("model", ""))
    if "sk-expired" in auth:
        return openai_error(401, "Incorrect API key provided: sk-expir************1234. You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key")
    if "sk-noquota" in auth:
        return openai_error(429, "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", "insufficient_quota")
    if "sk-proj-noorg" in auth:
        return openai_error(403, "You are not allowed to sample from this model", "invalid_request_error", None)
    if model == "gpt-busy":
        return openai_error(429, "Rate limit reached for gpt-busy in organization org-corpus9 on tokens per min (TPM): Limit 30000, Used 29800, Requested 900. Please try again in 1.4s.", "tokens", "rate_limit_exceeded")
    if model == "gpt-broken":
        return openai_error(500, "The server had an error while processing your request. Sorry about that!", "server_error", None)
    if model == "gpt-overloaded":
        return openai_error(503, "The engine is currently overloaded, please try again later", "server_error", None)
    if req.path.endswith("/chat/completions"):
        if "messages" not in body:
            return openai_error(400, "Missing required parameter: 'messages'.", "invalid_request_error", "missing_required_parameter", "messages")
        if not isinstance(body.get("temperature", 1), (int, float)) or body.get("temperature", 1) > 2:
            return openai_error(400, f"Invalid value for 'temperature': expected a number less than or equal to 2, but got {body.get('temperature')!r} instead.", "invalid_request_error", "invalid_value", "temperature")
        msgs = body.get("messages")
        if isinstance(msgs, list) and msgs and isinstance(msgs[0], dict) and msgs[0].get("role") not in ("system", "user", "assistant", "tool", "developer"):
            return openai_error(400, f"Invalid value: '{msgs[0].get('role')}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.", "invalid_request_error", "invalid_value", "messages[0].role")
        if isinstance(msgs, str):
            return openai_error(400, "Invalid type for 'messages': expected an array of objects, but got a string instead.", "invalid_request_error", "invalid_type", "messages")
        if body.get("response_format", {}).get("type") == "json_schema" and "json_schema" not in body["response_format"]:
            return openai_error(400, "Missing required parameter: 'response_format.json_schema'.", "invalid_request_error", "missing_required_parameter", "response_format.json_schema")
        return openai_error(404, f"The model `{model}` does not exist or you do not have access to it.", "invalid_request_error", "model_not_found")
    if req.path.endswith("/embeddings"):
        return openai_error(400, "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", "invalid_request_error", None)
    if "/files/" in req.path:
        return openai_error(404, "No such File object: file-corpus9missing", "invalid_request_error", None, "id")
    if "/fine_tuning/jobs" in req.path:
        return openai_error(400, "File 'file-corpus9train' is still being processed and is not ready to be used for fine-tuning. Please try again later.", "invalid_request_error", "file_not_ready")
    return openai_error(404, f"Invalid URL ({req.method} {req.path})", "invalid_request_error", None)


def influx_route(req: Request) -> Reply:
    auth = req.headers.get("Authorization") or ""
    q = req.query
    body = req.body.decode(errors="replace")
    err = lambda s, c, m: Reply(s, J({"code": c, "message": m}))  # noqa: E731
    if "expired" in auth:
        return err(401, "unauthorized", "unauthorized access")
    if "readonly" in auth:
        return err(403, "forbidden", "insufficient permissions for write")
    if "bucket=missing" in q:
        return err(404, "not found", 'bucket "missing" not found')
    if "org=nope" in q:
        return err(404, "not found", 'organization name "nope" not found')
    if "bucket=full" in q:
        return err(413, "request too large", "unable to write points: org corpus9 has exceeded its storage quota")
    if "bucket=busy" in q:
        return Reply(429, J({"code": "too many requests", "message": "org 0123abcd has exceeded limited_write plan limit"}), headers={"Retry-After": "30"})
    if "bucket=down" in q:
        return err(503, "unavailable", "service unavailable: the storage engine is not ready")
    if req.path.endswith("/write"):
        return err(400, "invalid", f"unable to parse '{body.splitlines()[0] if body else ''}': missing field value")
    if req.path.endswith("/query"):
        return err(400, "invalid", "compilation failed: error @1:1-1:6: undefined identifier fromm")
    if req.path.endswith("/buckets") and req.method == "POST":
        return err(422, "conflict", "bucket with name metrics already exists")
    return err(404, "not found", "path not found")


def docker_route(req: Request) -> Reply:
    p, m = re.sub(r"^/v1\.\d+", "", req.path), req.method
    msg = lambda s, t: Reply(s, J({"message": t}))  # noqa: E731
    if p == "/_ping" or p == "/version":
        return Reply(200, J({"ApiVersion": "1.45", "Version": "27.0.0"}) if p == "/version" else "OK", "application/json" if p == "/version" else "text/plain")
    if p.startswith("/images/create"):
        if "fromImage=corpus9%2Fprivate" in req.query or "fromImage=corpus9/private" in req.query:
            return msg(401, "Head \"https://registry-1.docker.io/v2/corpus9/private/manifests/latest\": unauthorized: incorrect username or password")
        return msg(404, "pull access denied for corpus9/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied")
    if p == "/containers/create":
        if "name=web" in req.query:
            return msg(409, 'Conflict. The container name "/web" is already in use by container "4f2b1c0d9e8a". You have to remove (or rename) that container to be able to reuse that name.')
        return msg(404, "No such image: corpus9/app:missing")
    if p.startswith("/containers/") and p.endswith("/exec"):
        return msg(409, "container 4f2b1c0d9e8a7b6c is not running")
    if p.startswith("/containers/") and p.endswith("/start"):
        return msg(500, "failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/app/run.sh\": permission denied: unknown")
    if p.startswith("/containers/") and m == "DELETE":
        return msg(409, "cannot remove container \"/db\": container is running: stop the container before removing or force remove")
    if p.startswith("/containers/"):
        return msg(404, f"No such container: {p.split('/')[2]}")
    if p == "/networks/create":
        return msg(409, "network with name backend already exists")
    if p.startswith("/networks/"):
        return msg(404, f"network {p.split('/')[2]} not found")
    if p.startswith("/volumes/") and m == "DELETE":
        return msg(409, "remove pgdata: volume is in use - [4f2b1c0d9e8a7b6c]")
    if p.startswith("/volumes/"):
        return msg(404, f"get {p.split('/')[2]}: no such volume")
    if p.startswith("/images/") and m == "DELETE":
        return msg(409, "conflict: unable to delete 9c7a54a9a43c (must be forced) - image is being used by stopped container 4f2b1c0d9e8a")
    if p.startswith("/images/") and p.endswith("/push"):
        return msg(404, "An image does not exist locally with the tag: corpus9/app")
    if p.startswith("/images/"):
        return msg(404, f"No such image: {p[8:].rsplit('/json', 1)[0]}")
    return msg(404, "page not found")


def s3_error(status: int, code: str, message: str, extra: str = "") -> Reply:
    return Reply(status, f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message>{extra}<RequestId>4442587FB7D0A2F9</RequestId></Error>', "application/xml")


def s3_route(req: Request) -> Reply:
    parts = req.path.lstrip("/").split("/", 1)
    bucket, key = parts[0], (parts[1] if len(parts) > 1 else "")
    auth = req.headers.get("Authorization") or ""
    if "ASIAEXPIRED" in auth:
        return s3_error(400, "ExpiredToken", "The provided token has expired.")
    if "AKIADENIED" in auth or bucket.endswith("-locked"):
        return s3_error(403, "AccessDenied", "Access Denied")
    if bucket.endswith("-busy"):
        return s3_error(503, "SlowDown", "Please reduce your request rate.")
    if bucket.endswith("-broken"):
        return s3_error(500, "InternalError", "We encountered an internal error. Please try again.")
    if bucket.endswith("-missing"):
        return s3_error(404, "NoSuchBucket", "The specified bucket does not exist", f"<BucketName>{bucket}</BucketName>")
    if req.method == "PUT" and not key and "?" not in req.target:
        return s3_error(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.")
    if req.method == "DELETE" and not key:
        return s3_error(409, "BucketNotEmpty", "The bucket you tried to delete is not empty")
    if "uploadId=" in req.query:
        return s3_error(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.")
    if req.method == "GET" and "versionId=" in req.query:
        return s3_error(400, "InvalidArgument", "Invalid version id specified")
    if req.method == "HEAD":
        return Reply(404, "")
    if req.method == "PUT" and req.headers.get("x-amz-copy-source"):
        return s3_error(404, "NoSuchKey", "The specified key does not exist.", "<Key>src/missing.csv</Key>")
    return s3_error(404, "NoSuchKey", "The specified key does not exist.", f"<Key>{key}</Key>")


def dynamo_route(req: Request) -> Reply:
    op = (req.headers.get("X-Amz-Target") or "").split(".", 1)[-1]
    data = json.loads(req.body or b"{}")
    auth = req.headers.get("Authorization") or ""
    table = str(data.get("TableName", ""))
    err = lambda t, m, s=400: Reply(s, J({"__type": "com.amazonaws.dynamodb.v20120810#" + t, "message": m}), "application/x-amz-json-1.0")  # noqa: E731
    if "ASIAEXPIRED" in auth:
        return err("ExpiredTokenException", "The security token included in the request is expired")
    if "AKIADENIED" in auth:
        return err("AccessDeniedException", f"User: arn:aws:iam::123456789012:user/agent is not authorized to perform: dynamodb:{op} on resource: arn:aws:dynamodb:us-east-1:123456789012:table/{table} because no identity-based policy allows the dynamodb:{op} action")
    if table.endswith("-hot"):
        return err("ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.")
    if table.endswith("-throttled"):
        return err("ThrottlingException", "Rate of requests exceeds the allowed throughput.")
    if table.endswith("-broken"):
        return err("InternalServerError", "Internal server error", 500)
    if op == "ListTables":
        return Reply(200, J({"TableNames": ["corpus9-orders", "corpus9-users"]}), "application/x-amz-json-1.0")
    if table.endswith("-missing") or not table.startswith("corpus9-"):
        return err("ResourceNotFoundException", "Requested resource not found" + ("" if op != "DescribeTable" else f": Table: {table} not found"))
    if op == "CreateTable":
        return err("ResourceInUseException", f"Table already exists: {table}")
    if op == "DeleteTable":
        return err("ResourceInUseException", f"Attempt to change a resource which is still in use: Table is being created: {table}")
    if op == "PutItem" and data.get("ConditionExpression"):
        return err("ConditionalCheckFailedException", "The conditional request failed")
    if op == "PutItem":
        return err("ValidationException", "One or more parameter values were invalid: Missing the key id in the item")
    if op in ("GetItem", "DeleteItem"):
        return err("ValidationException", "The provided key element does not match the schema")
    if op == "UpdateItem":
        return err("ValidationException", "Invalid UpdateExpression: Syntax error; token: \"=\", near: \"SET = :v\"")
    if op in ("Query", "Scan"):
        if "KeyConditionExpression" not in data and op == "Query":
            return err("ValidationException", "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.")
        return err("ValidationException", "Value provided in ExpressionAttributeValues unused in expressions: keys: {:status}")
    if op == "TransactWriteItems":
        return err("TransactionCanceledException", "Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]")
    return err("UnknownOperationException", "")


def route(req: Request) -> Reply:
    path = req.path
    if path.startswith("/gh/"):
        return github_route(req)
    if path.startswith("/slack/api/"):
        return slack_route(req)
    if path.startswith("/openai/"):
        return openai_route(req)
    if path.startswith("/api/v2/"):
        return influx_route(req)
    if re.match(r"^/(v1\.\d+/)?(_ping|version|containers|images|networks|volumes)", path.lstrip("/") and path) or re.match(r"^/v1\.\d+/", path):
        return docker_route(req)
    if path.startswith("/corpus9-") or path.startswith("/Corpus9"):
        return s3_route(req)
    if (req.headers.get("X-Amz-Target") or "").startswith("DynamoDB_"):
        return dynamo_route(req)
    if path.startswith("/pypi/"):
        return pypi_route(req)
    if path.startswith("/page/"):
        return Reply(200, "<!doctype html><html><head><title>Orders</title></head><body><h1>Orders</h1><button id='save'>Save</button>"
                          "<input id='q' name='q'></body></html>", "text/html")
    if path.startswith("/flaky"):
        return Reply(502, NGINX_502, "text/html")
    return Reply(404, J({"error": {"code": "not_found", "message": f"No route for {req.method} {path}"}}))


def stripe_route(req: Request) -> Reply:
    auth = req.headers.get("Authorization") or ""
    form = {k: v[0] for k, v in __import__("urllib.parse").parse.parse_qs(req.body.decode(errors="replace")).items()}
    p = req.path

    def err(status: int, message: str, etype: str = "invalid_request_error", code: str | None = None, param: str | None = None) -> Reply:
        e: dict[str, Any] = {"message": message, "type": etype}
        if code:
            e["code"] = code
            e["doc_url"] = f"https://stripe.com/docs/error-codes/{code.replace('_', '-')}"
        if param:
            e["param"] = param
        return Reply(status, J({"error": e}), headers={"Request-Id": "req_corpus9"})
    if "sk_test_expired" in auth:
        return err(401, "Invalid API Key provided: sk_test_********ired")
    if "rk_test_limited" in auth:
        return err(403, "The provided key 'rk_test_*****ited' does not have the required permissions for this endpoint on account 'acct_1Corpus9'. Having the 'rak_charge_write' permission would allow this request to continue.")
    if "cus_busy" in p:
        return err(429, "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.", code="rate_limit")
    if "cus_broken" in p:
        return err(500, "An unknown error occurred", "api_error")
    m = re.match(r"^/v1/(\w+)/([\w-]+)", p)
    if m and req.method in ("GET", "DELETE") or (m and req.method == "POST" and not p.endswith("/refunds")):
        kind = {"customers": "customer", "charges": "charge", "prices": "price", "invoices": "invoice", "payment_intents": "payment_intent", "subscriptions": "subscription"}.get(m.group(1), m.group(1))
        if m.group(2).startswith("in_") and p.endswith("/finalize"):
            return err(400, f"This invoice is already finalized, you can't re-finalize a non-draft invoice.", code="invoice_not_editable")
        if m.group(2).startswith("pi_") and p.endswith("/confirm"):
            return err(400, "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent with cus_corpus9, specify a payment method attached to this customer along with the customer ID.", code="payment_intent_unexpected_state")
        return err(404, f"No such {kind}: '{m.group(2)}'", code="resource_missing", param="id")
    if p == "/v1/charges" or p == "/v1/payment_intents":
        if "amount" not in form:
            return err(400, "Missing required param: amount.", code="parameter_missing", param="amount")
        if not form["amount"].isdigit():
            return err(400, f"Invalid integer: {form['amount']}", code="parameter_invalid_integer", param="amount")
        if form.get("currency") and len(form["currency"]) != 3:
            return err(400, f"Invalid currency: {form['currency']}. Stripe currently supports these currencies: usd, aed, afn, all, amd, ...", code="parameter_invalid_string" if False else None, param="currency")
        if int(form["amount"]) < 50:
            return err(400, "Amount must be at least $0.50 usd", code="amount_too_small", param="amount")
    if p == "/v1/refunds":
        return err(400, "Charge ch_3Corpus9 has already been refunded.", code="charge_already_refunded")
    if p == "/v1/subscriptions":
        if "customer" not in form:
            return err(400, "Missing required param: customer.", code="parameter_missing", param="customer")
        return err(400, f"No such price: '{form.get('items[0][price]', '')}'", code="resource_missing", param="items[0][price]")
    if p == "/v1/customers":
        if "email" in form and "@" not in form["email"]:
            return err(400, "Invalid email address: " + form["email"], code="email_invalid", param="email")
        return err(400, "Received unknown parameter: emial", param="emial")
    if p.startswith("/v1/webhook_endpoints"):
        return err(400, "Invalid URL: http://localhost/hook. URLs must be publicly accessible.", code="url_invalid", param="url")
    return err(404, f"Unrecognized request URL ({req.method}: {p}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.")


def k8s_status(code: int, reason: str, message: str, details: Mapping[str, Any] | None = None) -> Reply:
    return Reply(code, J({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": message,
                          "reason": reason, "details": dict(details or {}), "code": code}))


K8S_RESOURCES = {
    "": [("pods", "Pod", True), ("services", "Service", True), ("configmaps", "ConfigMap", True), ("secrets", "Secret", True),
         ("namespaces", "Namespace", False), ("nodes", "Node", False), ("serviceaccounts", "ServiceAccount", True),
         ("persistentvolumeclaims", "PersistentVolumeClaim", True), ("events", "Event", True)],
    "apps": [("deployments", "Deployment", True), ("statefulsets", "StatefulSet", True), ("daemonsets", "DaemonSet", True),
             ("replicasets", "ReplicaSet", True)],
    "batch": [("jobs", "Job", True), ("cronjobs", "CronJob", True)],
}


def k8s_route(req: Request) -> Reply:
    p, m = req.path, req.method
    auth = req.headers.get("Authorization") or ""
    if "expired" in auth:
        return k8s_status(401, "Unauthorized", "Unauthorized")
    if p == "/version":
        return Reply(200, J({"major": "1", "minor": "30", "gitVersion": "v1.30.2", "platform": "linux/amd64"}))
    if p == "/api":
        return Reply(200, J({"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}]}))
    if p == "/apis":
        groups = [{"name": g, "versions": [{"groupVersion": f"{g}/v1", "version": "v1"}], "preferredVersion": {"groupVersion": f"{g}/v1", "version": "v1"}} for g in ("apps", "batch")]
        return Reply(200, J({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}))
    if p in ("/api/v1", "/apis/apps/v1", "/apis/batch/v1"):
        group = "" if p == "/api/v1" else p.split("/")[2]
        res = [{"name": n, "singularName": k.lower(), "namespaced": ns, "kind": k, "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]}
               for n, k, ns in K8S_RESOURCES[group]]
        return Reply(200, J({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": (group + "/v1").lstrip("/"), "resources": res}))
    if p.startswith("/openapi"):
        return k8s_status(404, "NotFound", "the server could not find the requested resource")
    mm = re.match(r"^/(?:api/v1|apis/(\w+)/v1)(?:/namespaces/([^/]+))?/(\w+)(?:/([^/]+))?(?:/(\w+))?$", p)
    if not mm:
        return k8s_status(404, "NotFound", "the server could not find the requested resource")
    group, ns, kind, name, sub = mm.groups()
    gk = kind + (f".{group}" if group else "")
    if kind == "namespaces" and name and not sub and m == "GET" and name.startswith("corpus9-nope"):
        return k8s_status(404, "NotFound", f'namespaces "{name}" not found', {"name": name, "kind": "namespaces"})
    if ns and "forbidden" in ns:
        verb = {"GET": "get" if name else "list", "POST": "create", "DELETE": "delete", "PATCH": "patch", "PUT": "update"}[m]
        return k8s_status(403, "Forbidden", f'{gk} is forbidden: User "system:serviceaccount:corpus9:agent" cannot {verb} resource "{kind}" in API group "{group or ""}" in the namespace "{ns}"', {"kind": kind})
    if (ns and "flaky" in ns) or (name and "flaky" in name):
        return k8s_status(500, "InternalError", "Internal error occurred: etcdserver: request timed out")
    if ns and ns.startswith("corpus9-nope"):
        if m == "POST":
            return k8s_status(404, "NotFound", f'namespaces "{ns}" not found', {"name": ns, "kind": "namespaces"})
        if not name:
            return Reply(200, J({"kind": "List", "apiVersion": "v1", "items": [], "metadata": {"resourceVersion": "1"}}))
    if m == "POST":
        body = json.loads(req.body or b"{}") if req.body[:1] == b"{" else {}
        obj = str((body.get("metadata") or {}).get("name", ""))
        okind = body.get("kind", kind[:-1].title())
        if not obj:
            return k8s_status(422, "Invalid", f'{okind} "" is invalid: metadata.name: Required value: name or generateName is required', {"kind": kind})
        if not re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*", obj):
            return k8s_status(422, "Invalid", f'{okind}{"." + group if group else ""} "{obj}" is invalid: metadata.name: Invalid value: "{obj}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\')', {"name": obj, "kind": kind})
        if okind == "Deployment" and not (body.get("spec") or {}).get("selector"):
            return k8s_status(422, "Invalid", f'Deployment.apps "{obj}" is invalid: spec.selector: Required value', {"name": obj, "kind": "Deployment"})
        return k8s_status(409, "AlreadyExists", f'{gk} "{obj}" already exists', {"name": obj, "group": group or "", "kind": kind})
    if name and m == "PATCH":
        if "missing" in name:
            return k8s_status(404, "NotFound", f'{gk} "{name}" not found', {"name": name, "kind": kind})
        return k8s_status(422, "Invalid", f'{kind[:-1].title()} "{name}" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0', {"name": name})
    if name and sub == "log":
        return k8s_status(400, "BadRequest", f'container "app" in pod "{name}" is waiting to start: ContainerCreating')
    if name and sub == "eviction":
        return k8s_status(429, "TooManyRequests", "Cannot evict pod as it would violate the pod's disruption budget.", {"causes": [{"reason": "DisruptionBudget", "message": "The disruption budget web-pdb needs 2 healthy pods and has 2 currently"}]})
    if name:
        return k8s_status(404, "NotFound", f'{gk} "{name}" not found', {"name": name, "group": group or "", "kind": kind})
    if "labelSelector" in req.query and "%3D%3D%3D" in req.query:
        return k8s_status(400, "BadRequest", "unable to parse requirement: found '=', expected: identifier")
    return Reply(200, J({"kind": "List", "apiVersion": "v1", "items": [], "metadata": {"resourceVersion": "1"}}))


def vault_route(req: Request) -> Reply:
    token = req.headers.get("X-Vault-Token") or ""
    p, m = req.path, req.method
    body = json.loads(req.body or b"{}") if req.body[:1] == b"{" else {}
    err = lambda s, *msgs: Reply(s, J({"errors": list(msgs)}))  # noqa: E731
    if p == "/v1/sys/health":
        return Reply(200, J({"initialized": True, "sealed": False}))
    if token == "s.sealed":
        return err(503, "Vault is sealed")
    if not token:
        return err(400, "missing client token")
    if token == "s.expired":
        return err(403, "permission denied", "invalid token")
    if "/denied" in p or token == "s.readonly" and m in ("POST", "PUT", "DELETE"):
        return err(403, "1 error occurred:\n\t* permission denied\n\n")
    if "/busy" in p:
        return err(429, f'request path "{p[4:]}": rate limit quota exceeded')
    if "/flaky" in p:
        return err(500, "internal error")
    if p.startswith("/v1/sys/mounts/"):
        return err(400, f"path is already in use at {p.rsplit('/', 1)[-1]}/")
    if p == "/v1/auth/token/create":
        return err(400, f"error parsing ttl: time: unknown unit \"x\" in duration \"{body.get('ttl')}\"")
    if p.startswith("/v1/secret/data/"):
        if m in ("POST", "PUT"):
            if not body.get("data"):
                return err(400, "no data provided")
            if "options" in body and "cas" in body["options"]:
                return err(400, "check-and-set parameter did not match the current version")
        return err(404)
    if p.startswith("/v1/secret/metadata/"):
        return err(404)
    if p.startswith("/v1/transit/encrypt/"):
        return err(400, "invalid request: plaintext must be base64 encoded" if "plaintext" in body else "missing plaintext to encrypt")
    if p.startswith("/v1/transit/keys/"):
        return err(400, "deletion is not allowed for this key")
    if p.startswith("/v1/database/creds/"):
        return err(400, f"unknown role: {p.rsplit('/', 1)[-1]}")
    return err(404, f"no handler for route \"{p[4:]}\". route entry not found.")


def clickhouse_route(req: Request) -> Reply:
    import base64
    basic = (req.headers.get("Authorization") or "").split(" ", 1)[-1]
    try:
        user = base64.b64decode(basic).decode().split(":", 1)[0]
    except ValueError:
        user = ""
    user = req.headers.get("X-ClickHouse-User") or user
    q = req.query + " " + req.body.decode(errors="replace")
    exc = lambda s, code, text, name: Reply(s, f"Code: {code}. DB::Exception: {text}. ({name}) (version 24.8.4.13 (official build))\n", "text/plain", {"X-ClickHouse-Exception-Code": str(code)})  # noqa: E731
    if user == "agent_bad":
        return exc(516, 516, "agent_bad: Authentication failed: password is incorrect, or there is no user with such name", "AUTHENTICATION_FAILED")
    if "database=nope" in req.query or req.headers.get("X-ClickHouse-Database") == "nope" or "'nope'" in q or "`nope`" in q or " nope" in q:
        return exc(404, 81, "Database nope does not exist", "UNKNOWN_DATABASE")
    if user == "agent_busy":
        return exc(503, 202, "Too many simultaneous queries. Maximum: 100", "TOO_MANY_SIMULTANEOUS_QUERIES")
    if user == "agent_mem":
        return exc(500, 241, "Memory limit (total) exceeded: would use 3.73 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 3.60 GiB", "MEMORY_LIMIT_EXCEEDED")
    if user == "agent_ro":
        return exc(500, 164, "agent_ro: Cannot execute query in readonly mode", "READONLY")
    return exc(500, 999, "Keeper session expired", "KEEPER_EXCEPTION")


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
print("\n@@CORPUS9@@" + json.dumps(out), flush=True)
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
  catch (e) { console.log('\n@@CORPUS9@@' + JSON.stringify(spec.calls.map(() => 'PRE FAILED: ' + fmt(e)))); process.exit(0); }
  for (const c of spec.calls) {
    let timer;
    try {
      const f = new AsyncFunction('require', 'ctx', c.code);
      const r = await Promise.race([f(require, ctx), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error('CORPUS9 DRIVER TIMEOUT')), (c.timeout || 20) * 1000); })]);
      out.push(r === undefined || r === null ? null : String(r));
    } catch (e) { out.push(fmt(e)); }
    clearTimeout(timer);
  }
  try { if (spec.post) await new AsyncFunction('require', 'ctx', spec.post)(require, ctx); } catch (e) {}
  console.log('\n@@CORPUS9@@' + JSON.stringify(out));
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
    driver = box.write(f"drivers/{family}.{lang}", PY_DRIVER if lang == "py" else JS_DRIVER)
    items = [c if len(c) == 5 else (*c, {}) for c in calls]
    spec = {"pre": textwrap.dedent(pre).strip(), "post": textwrap.dedent(post).strip(), "aio": aio,
            "calls": [{"code": textwrap.dedent(code).strip(), **opts} for _, _, code, _, opts in items]}
    argv = [exe, driver]
    cmd = wrap(shlex.join(argv)) if wrap else None
    try:
        cp = subprocess.run(["bash", "-c", cmd] if cmd else argv, input=json.dumps(spec), capture_output=True, text=True,
                            timeout=timeout, env={**run.env, "PYTHONWARNINGS": "ignore", **(env or {})}, cwd=box.mkdir("work-" + family))
        results = json.loads(cp.stdout.rsplit("@@CORPUS9@@", 1)[1])
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
        if res.startswith("PRE FAILED") or "CORPUS9 DRIVER TIMEOUT" in res:
            run.note(f"skip {tool}: {res[:200]}")
            continue
        run.rows.append(make_row(tool, n.value(dict(params)), n(res), label, source="sdk", command=shown))


def cli(run: Run, tool: str, params: Mapping[str, Any], command: str, label: str, **kw: Any) -> Row | None:
    if "needs" not in kw:
        kw["needs"] = (command.split()[0],)
    kw.setdefault("timeout", 40)
    return run.case(tool, params, command, label, **kw)




# ---------------------------------------------------------------------------
# MCP servers over stdio (the mcp Python client; one session per server)
# ---------------------------------------------------------------------------

MCP_DRIVER = r'''
import asyncio, json, os, sys
from datetime import timedelta
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
try:
    from mcp.shared.exceptions import MCPError as McpError
except ImportError:
    from mcp.shared.exceptions import McpError
spec = json.load(sys.stdin)
async def main():
    out = []
    params = StdioServerParameters(command=spec["command"], args=spec["args"], env={**os.environ, **spec.get("env", {})}, cwd=spec.get("cwd"))
    with open(spec["errlog"], "w") as errlog:
        async with stdio_client(params, errlog=errlog) as (r, w):
            async with ClientSession(r, w) as s:
                await asyncio.wait_for(s.initialize(), spec.get("init_timeout", 60))
                for c in spec["calls"]:
                    try:
                        res = await s.call_tool(c["tool"], c["args"], read_timeout_seconds=float(c.get("timeout", 30)))
                        text = "\n".join(getattr(x, "text", "") for x in res.content if getattr(x, "type", "") == "text")
                        out.append({"error": bool(getattr(res, "is_error", None) or getattr(res, "isError", False)), "text": text})
                    except McpError as e:
                        out.append({"error": True, "text": f"MCP error {e.error.code}: {e.error.message}", "timeout": "Timed out while waiting" in e.error.message})
                    except Exception as e:
                        out.append({"error": False, "text": "DRIVER " + repr(e)})
                    print(json.dumps(out[-1])[:300], file=sys.stderr, flush=True)
    return out
try:
    res = asyncio.run(main())
except BaseException as e:
    res = None
    print("DRIVER FAILED " + repr(e), file=sys.stderr)
print("\n@@CORPUS9@@" + json.dumps(res), flush=True)
os._exit(0)
'''

McpCall = tuple  # (row tool, mcp tool, args, label) or (..., options: {"soft": bool, "timeout": s})


def mcp_session(run: Run, box: Sandbox, server: str, argv: Sequence[str], calls: Sequence[McpCall], *,
                env: Mapping[str, str] | None = None, timeout: float = 240, shown_server: str | None = None) -> None:
    """One stdio session with ``argv``; a row per call whose result is an error (``isError`` or a
    JSON-RPC error). ``soft``: a result without ``isError`` whose text reports the failure counts too."""
    if not os.path.exists(SDK_PY) or not os.path.exists(argv[0]):
        run.note(f"skip mcp {server}: not installed")
        return
    items = [c if len(c) == 5 else (*c, {}) for c in calls]
    driver = box.write("drivers/mcp_session_driver.py", MCP_DRIVER)
    spec = {"command": argv[0], "args": list(argv[1:]), "env": dict(env or {}), "errlog": box.path(f"mcp-{server}.log"),
            "cwd": box.mkdir("work-mcp-" + server),
            "calls": [{"tool": t, "args": a, **({"timeout": o["timeout"]} if "timeout" in o else {})} for _, t, a, _, o in items]}
    try:
        cp = subprocess.run([SDK_PY, driver], input=json.dumps(spec), capture_output=True, text=True, timeout=timeout,
                            env={**run.env, "PYTHONWARNINGS": "ignore"}, cwd=spec["cwd"])
        results = json.loads(cp.stdout.rsplit("@@CORPUS9@@", 1)[1])
    except Exception as exc:
        run.note(f"mcp {server} failed: {exc!r} {cp.stderr[-600:] if 'cp' in locals() else ''}"[:900])
        return
    if results is None:
        run.note(f"mcp {server} failed: {cp.stderr[-600:]}")
        return
    n = run.normaliser
    label_server = shown_server or server
    for (tool, mtool, args, label, opts), res in zip(items, results):
        text = (res.get("text") or "").strip()
        shown = f"mcp {label_server} tools/call {mtool} {J(args)}"
        if opts.get("setup"):
            continue
        if not text or text.startswith("DRIVER "):
            run.note(f"skip {tool}: {text[:200] or 'empty'}")
            continue
        if not res.get("error") and not (opts.get("soft") and re.search(r"(?i)error|fail|not found|invalid|denied|refused", text)):
            run.note(f"skip {tool}: no error ({text[:160]!r})")
            continue
        run.rows.append(make_row(tool, n.value(dict(args)), n(text), label, source="mcp", command=n.path(shown)))


def mcp_servers(run: Run, box: Sandbox) -> None:
    nb = NODE_BIN
    page = f"{H}/page/orders"
    # --- @playwright/mcp with Debian's chromium
    pw = [
        ("browser_navigate", "browser_navigate", {"url": f"http://127.0.0.1:{C}/orders"}, "network"),
        ("browser_navigate", "browser_navigate", {"url": f"http://{NOHOST}/orders"}, "dns"),
        ("browser_navigate", "browser_navigate", {"url": f"https://127.0.0.1:{TLS_PORT}/page/orders"}, "tls"),
        ("browser_navigate", "browser_navigate", {"url": f"http://127.0.0.1:{RESET_PORT}/"}, "network"),
        ("browser_navigate", "browser_navigate", {"url": "localhost:3000/orders"}, "network"),
        ("browser_navigate", "browser_navigate", {}, "MISSING_PARAMETER"),
        ("browser_navigate", "browser_navigate", {"url": page}, "INCORRECT_PARAMETER", {"setup": True}),  # opens the page: never a row
        ("browser_click", "browser_click", {"element": "Save button", "target": "e999"}, "INCORRECT_PARAMETER"),
        ("browser_click", "browser_click", {"element": "Save button"}, "MISSING_PARAMETER"),
        ("browser_type", "browser_type", {"element": "search box", "target": "e12345", "text": "refund"}, "INCORRECT_PARAMETER"),
        ("browser_type", "browser_type", {"element": "search box", "target": "e3"}, "MISSING_PARAMETER"),
        ("browser_hover", "browser_hover", {"element": "menu", "target": "#menu"}, "INCORRECT_PARAMETER"),
        ("browser_select_option", "browser_select_option", {"element": "country", "target": "e2", "values": "DE"}, "PARAMETER_FORMAT"),
        ("browser_press_key", "browser_press_key", {"key": "Enterr"}, "INCORRECT_PARAMETER"),
        ("browser_press_key", "browser_press_key", {"key": 13}, "PARAMETER_FORMAT"),
        ("browser_resize", "browser_resize", {"width": "wide", "height": 800}, "PARAMETER_FORMAT"),
        ("browser_resize", "browser_resize", {"width": 1280}, "MISSING_PARAMETER"),
        ("browser_tabs", "browser_tabs", {"action": "select", "index": 7}, "INCORRECT_PARAMETER"),
        ("browser_tabs", "browser_tabs", {"action": "switch", "index": 1}, "INCORRECT_PARAMETER"),
        ("browser_tabs", "browser_tabs", {"action": "close", "index": 5}, "INCORRECT_PARAMETER"),
        ("browser_handle_dialog", "browser_handle_dialog", {"accept": True}, "WORKFLOW_SEQUENCE"),
        ("browser_file_upload", "browser_file_upload", {"paths": ["/tmp/corpus9-report.csv"]}, "WORKFLOW_SEQUENCE"),
        ("browser_evaluate", "browser_evaluate", {"function": "() => document.querySelector('#missing').value"}, "INCORRECT_PARAMETER"),
        ("browser_evaluate", "browser_evaluate", {"function": "() => { return ("}, "PARAMETER_FORMAT"),
        ("browser_evaluate", "browser_evaluate", {"function": "() => fetch('http://127.0.0.1:%d/').then(r => r.text())" % C}, "network"),
        ("browser_wait_for", "browser_wait_for", {"text": "Order shipped", "time": "soon"}, "PARAMETER_FORMAT"),
        ("browser_take_screenshot", "browser_take_screenshot", {"type": "gif", "scale": "css"}, "INCORRECT_PARAMETER"),
        ("browser_take_screenshot", "browser_take_screenshot", {"element": "chart", "target": "e77", "scale": "css"}, "INCORRECT_PARAMETER"),
        ("browser_network_request", "browser_network_request", {"index": 99}, "INCORRECT_PARAMETER"),
        ("browser_console_messages", "browser_console_messages", {"level": "verbose"}, "INCORRECT_PARAMETER"),
        ("browser_fill_form", "browser_fill_form", {"fields": [{"name": "q", "type": "textbox", "target": "e404", "value": "x"}]}, "INCORRECT_PARAMETER"),
        ("browser_fill_form", "browser_fill_form", {"fields": "q=refund"}, "PARAMETER_FORMAT"),
        ("browser_drag", "browser_drag", {"startElement": "card", "startTarget": "e1"}, "MISSING_PARAMETER"),
        ("browser_install", "browser_install", {}, "WRONG_TOOL_SELECTION"),
        ("browser_pdf_save", "browser_pdf_save", {"filename": "orders.pdf"}, "WRONG_TOOL_SELECTION"),
        ("browser_navigate_forward", "browser_navigate_forward", {}, "WRONG_TOOL_SELECTION"),
        ("browser_run_code_unsafe", "browser_run_code_unsafe", {"code": "await page.click('#nope', { timeout: 1500 })"}, "INCORRECT_PARAMETER"),
        ("browser_emulate_media", "browser_emulate_media", {"colorScheme": "sepia"}, "INCORRECT_PARAMETER"),
        ("browser_navigate", "browser_navigate", {"url": f"http://127.0.0.1:{HANG_PORT}/"}, "timeout", {"timeout": 90}),
    ]
    # the page must be open for most of them: navigate first (a successful call makes no row)
    pw.insert(7, ("browser_navigate", "browser_navigate", {"url": page}, "INCORRECT_PARAMETER", {"setup": True}))
    mcp_session(run, box, "playwright", [f"{nb}/playwright-mcp", "--headless", "--isolated", "--executable-path", CHROMIUM,
                                         "--no-sandbox", "--timeout-navigation", "8000", "--timeout-action", "2000"], pw, shown_server="@playwright/mcp", timeout=300)
    # --- @modelcontextprotocol/server-puppeteer (launch options point at Debian's chromium)
    launch = J({"headless": True, "executablePath": CHROMIUM, "args": ["--no-sandbox"]})
    pp = [
        ("puppeteer_mcp_navigate", "puppeteer_navigate", {"url": f"http://127.0.0.1:{C}/"}, "network"),
        ("puppeteer_mcp_navigate", "puppeteer_navigate", {"url": f"http://{NOHOST}/"}, "dns"),
        ("puppeteer_mcp_navigate", "puppeteer_navigate", {"url": f"https://127.0.0.1:{TLS_PORT}/page/x"}, "tls"),
        ("puppeteer_mcp_navigate", "puppeteer_navigate", {"url": "orders.html"}, "PARAMETER_FORMAT"),
        ("puppeteer_mcp_navigate", "puppeteer_navigate", {"url": page}, "INCORRECT_PARAMETER", {"setup": True}),
        ("puppeteer_mcp_click", "puppeteer_click", {"selector": "#submit-order"}, "INCORRECT_PARAMETER"),
        ("puppeteer_mcp_click", "puppeteer_click", {"selector": "button[[type=submit]"}, "PARAMETER_FORMAT"),
        ("puppeteer_mcp_fill", "puppeteer_fill", {"selector": "#email", "value": "a@b.c"}, "INCORRECT_PARAMETER", {"timeout": 45}),
        ("puppeteer_mcp_select", "puppeteer_select", {"selector": "#country", "value": "DE"}, "INCORRECT_PARAMETER", {"timeout": 45}),
        ("puppeteer_mcp_screenshot", "puppeteer_screenshot", {"name": "chart", "selector": "#chart"}, "INCORRECT_PARAMETER"),
        ("puppeteer_mcp_evaluate", "puppeteer_evaluate", {"script": "document.querySelector('#total').innerText"}, "INCORRECT_PARAMETER"),
        ("puppeteer_mcp_evaluate", "puppeteer_evaluate", {"script": "return document.title"}, "PARAMETER_FORMAT"),
        ("puppeteer_mcp_evaluate", "puppeteer_evaluate", {"script": "JSON.parse('{bad')"}, "PARAMETER_FORMAT"),
        ("puppeteer_mcp_navigate", "puppeteer_navigate", {"url": page, "launchOptions": {"executablePath": "/usr/bin/chrome-nope", "headless": True}, "allowDangerous": True}, "MISSING_PREREQUISITE"),
        ("puppeteer_mcp_scroll", "puppeteer_scroll", {"y": 800}, "WRONG_TOOL_SELECTION"),
    ]
    mcp_session(run, box, "puppeteer", [f"{nb}/mcp-server-puppeteer"], pp, env={"PUPPETEER_LAUNCH_OPTIONS": launch, "ALLOW_DANGEROUS": "true"},
                shown_server="@modelcontextprotocol/server-puppeteer")
    # --- @benborla29/mcp-server-mysql against the local MariaDB (read-only by default)
    my = [
        ("mysql_mcp_query", "mysql_query", {"sql": "SELECT * FROM corpus9_orders"}, "INCORRECT_PARAMETER"),
        ("mysql_mcp_query", "mysql_query", {"sql": "SELECT id, totl FROM information_schema.tables LIMIT 1"}, "INCORRECT_PARAMETER"),
        ("mysql_mcp_query", "mysql_query", {"sql": "SELEC 1"}, "PARAMETER_FORMAT"),
        ("mysql_mcp_query", "mysql_query", {"sql": "SELECT * FROM nope_db.t"}, "INCORRECT_PARAMETER"),
        ("mysql_mcp_query", "mysql_query", {"sql": "INSERT INTO corpus9_orders VALUES (1)"}, "permission"),
        ("mysql_mcp_query", "mysql_query", {"sql": "DROP TABLE corpus9_orders"}, "permission"),
        ("mysql_mcp_query", "mysql_query", {"sql": "CREATE TABLE corpus9_t (id int)"}, "permission"),
        ("mysql_mcp_query", "mysql_query", {}, "MISSING_PARAMETER"),
        ("mysql_mcp_query", "mysql_query", {"sql": ["SELECT 1"]}, "PARAMETER_FORMAT"),
        ("mysql_mcp_query", "mysql_query", {"sql": "SELECT COUNT(*) FROM mysql.user WHERE"}, "PARAMETER_FORMAT"),
        ("mysql_mcp_query", "mysql_query", {"sql": "SELECT 1 FROM DUAL WHERE id = 1"}, "INCORRECT_PARAMETER"),
        ("mysql_mcp_query", "mysql_query", {"sql": "SELECT SLEEP('x') + ;"}, "PARAMETER_FORMAT"),
        ("mysql_mcp_list_tables", "mysql_list_tables", {"database": "test"}, "WRONG_TOOL_SELECTION"),
    ]
    mcp_session(run, box, "mysql", [f"{nb}/mcp-server-mysql"], my, shown_server="@benborla29/mcp-server-mysql",
                env={"MYSQL_HOST": "127.0.0.1", "MYSQL_PORT": "3306", "MYSQL_USER": "root", "MYSQL_PASS": "", "MYSQL_DB": "test"})
    # --- mongodb-mcp-server: no MongoDB here (closed port, names that do not resolve, bad strings)
    mg = lambda t: "mongodb_mcp_" + t.replace("-", "_")  # noqa: E731
    mo = [
        (mg("find"), "find", {"connectionId": "default", "database": "shop", "collection": "orders"}, "MISSING_PREREQUISITE"),
        (mg("list-databases"), "list-databases", {"connectionId": "default"}, "MISSING_PREREQUISITE"),
        (mg("connect"), "connect", {"connectionString": f"mongodb://127.0.0.1:{C}/shop?serverSelectionTimeoutMS=2000"}, "network", {"timeout": 60}),
        (mg("connect"), "connect", {"connectionString": "mongo://127.0.0.1:27017/shop"}, "PARAMETER_FORMAT"),
        (mg("connect"), "connect", {}, "MISSING_PARAMETER"),
        (mg("find"), "find", {"connectionId": "default", "database": "shop", "collection": "orders", "limit": "ten"}, "PARAMETER_FORMAT"),
        (mg("insert-many"), "insert-many", {"connectionId": "default", "database": "shop", "collection": "orders", "documents": "{\"a\": 1}"}, "PARAMETER_FORMAT"),
        (mg("aggregate"), "aggregate", {"connectionId": "default", "database": "shop", "collection": "orders"}, "MISSING_PARAMETER"),
        (mg("drop-index"), "drop-index", {"connectionId": "default", "database": "shop", "collection": "orders", "indexName": "sku_1", "type": "btree"}, "INCORRECT_PARAMETER"),
        (mg("disconnect"), "disconnect", {"connectionId": "corpus9-prod"}, "INCORRECT_PARAMETER"),
        (mg("switch-connection"), "switch-connection", {"connectionString": "mongodb://127.0.0.1:27017"}, "WRONG_TOOL_SELECTION"),
        (mg("atlas-list-clusters"), "atlas-list-clusters", {"projectId": "64f0c0ffee"}, "WRONG_TOOL_SELECTION"),
        (mg("explain"), "explain", {"connectionId": "default", "database": "shop", "collection": "orders", "method": [{"name": "scan"}]}, "INCORRECT_PARAMETER"),
    ]
    mcp_session(run, box, "mongodb", [f"{nb}/mongodb-mcp-server"], mo, shown_server="mongodb-mcp-server",
                env={"MDB_MCP_TELEMETRY": "disabled", "DO_NOT_TRACK": "1", "MDB_MCP_LOG_PATH": box.mkdir("mongo-logs")}, timeout=300)
    # --- mcp-server-kubernetes (kubectl under the hood) against the fake API server
    kc = write_kubeconfig(box, "mcp", token="corpus9-token")
    kx = lambda t: "k8s_mcp_" + t  # noqa: E731
    ku = [
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "pods", "name": "missing-pod", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "deployments", "name": "web", "namespace": "corpus9-forbidden"}, "permission"),
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "pods", "namespace": "corpus9-flaky"}, "server_error"),
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "widgets", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_get"), "kubectl_get", {"namespace": "default"}, "MISSING_PARAMETER"),
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "pods", "namespace": "default", "output": "yml"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_describe"), "kubectl_describe", {"resourceType": "deployment", "name": "missing-api", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_describe"), "kubectl_describe", {"resourceType": "pod"}, "MISSING_PARAMETER"),
        (kx("kubectl_logs"), "kubectl_logs", {"resourceType": "pod", "name": "missing-worker", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_logs"), "kubectl_logs", {"resourceType": "pod", "name": "api-7d9f", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_logs"), "kubectl_logs", {"resourceType": "cronjob", "name": "nightly", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_delete"), "kubectl_delete", {"resourceType": "configmap", "name": "missing-config", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_delete"), "kubectl_delete", {"namespace": "default"}, "MISSING_PARAMETER"),
        (kx("kubectl_apply"), "kubectl_apply", {"manifest": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n data:\n  a: 1"}, "PARAMETER_FORMAT"),
        (kx("kubectl_apply"), "kubectl_apply", {"manifest": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n  namespace: corpus9-nope\ndata:\n  a: \"1\""}, "MISSING_PREREQUISITE"),
        (kx("kubectl_apply"), "kubectl_apply", {"manifest": "apiVersion: v9\nkind: Widget\nmetadata:\n  name: w"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_apply"), "kubectl_apply", {"filename": "k8s/deploy.yaml"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_create"), "kubectl_create", {"manifest": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx}]"}, "WORKFLOW_SEQUENCE"),
        (kx("kubectl_create"), "kubectl_create", {"manifest": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: App_Config\ndata: {}"}, "PARAMETER_FORMAT"),
        (kx("kubectl_scale"), "kubectl_scale", {"name": "missing-web", "replicas": 3, "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_scale"), "kubectl_scale", {"name": "web", "replicas": "three", "namespace": "default"}, "PARAMETER_FORMAT"),
        (kx("kubectl_patch"), "kubectl_patch", {"resourceType": "deployment", "name": "web", "namespace": "default", "patchData": "{spec: replicas: 2"}, "PARAMETER_FORMAT"),
        (kx("kubectl_patch"), "kubectl_patch", {"resourceType": "deployment", "name": "missing-web", "namespace": "default", "patchData": {"spec": {"replicas": 2}}}, "INCORRECT_PARAMETER"),
        (kx("kubectl_rollout"), "kubectl_rollout", {"subCommand": "restart", "resourceType": "deployment", "name": "missing-web", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_rollout"), "kubectl_rollout", {"subCommand": "rewind", "resourceType": "deployment", "name": "web", "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_context"), "kubectl_context", {"operation": "set", "name": "prod-eu"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_context"), "kubectl_context", {"operation": "rename"}, "INCORRECT_PARAMETER"),
        (kx("explain_resource"), "explain_resource", {"resource": "pods.spec.containerz"}, "INCORRECT_PARAMETER"),
        (kx("install_helm_chart"), "install_helm_chart", {"name": "redis", "chart": "bitnami/redis", "namespace": "default"}, "MISSING_PREREQUISITE"),
        (kx("uninstall_helm_chart"), "uninstall_helm_chart", {"name": "redis", "namespace": "default"}, "MISSING_PREREQUISITE"),
        (kx("exec_in_pod"), "exec_in_pod", {"name": "missing-api", "command": ["ls", "/"], "namespace": "default"}, "INCORRECT_PARAMETER"),
        (kx("exec_in_pod"), "exec_in_pod", {"name": "api", "command": "ls /", "namespace": "default"}, "PARAMETER_FORMAT", {"soft": True}),
        (kx("node_management"), "node_management", {"operation": "cordon", "nodeName": "missing-node-1"}, "INCORRECT_PARAMETER"),
        (kx("node_management"), "node_management", {"operation": "reboot", "nodeName": "node-1"}, "INCORRECT_PARAMETER"),
        (kx("port_forward"), "port_forward", {"resourceType": "pod", "resourceName": "missing-db", "localPort": 15432, "targetPort": 5432, "namespace": "default"}, "INCORRECT_PARAMETER", {"soft": True}),
        (kx("stop_port_forward"), "stop_port_forward", {"id": "pf-404"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_generic"), "kubectl_generic", {"command": "rollout", "subCommand": "undo", "resourceType": "deployment", "name": "missing-web"}, "INCORRECT_PARAMETER"),
        (kx("kubectl_generic"), "kubectl_generic", {"command": "deploy", "resourceType": "app"}, "WRONG_TOOL_SELECTION"),
        (kx("list_api_resources"), "list_api_resources", {"apiGroup": "networking.k8s.io", "output": "table"}, "INCORRECT_PARAMETER", {"soft": True}),
        (kx("kubectl_top"), "kubectl_top", {"resourceType": "pods"}, "WRONG_TOOL_SELECTION"),
    ]
    ku = [c if len(c) == 5 else (*c, {"soft": True}) for c in ku]
    mcp_session(run, box, "kubernetes", [f"{nb}/mcp-server-kubernetes"], ku, shown_server="mcp-server-kubernetes",
                env={"KUBECONFIG": kc}, timeout=300)
    kc_exp = write_kubeconfig(box, "mcp-expired", token="expired")
    mcp_session(run, box, "kubernetes-expired", [f"{nb}/mcp-server-kubernetes"], [
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "pods", "namespace": "default"}, "auth"),
        (kx("kubectl_describe"), "kubectl_describe", {"resourceType": "node", "name": "node-1"}, "auth"),
    ], shown_server="mcp-server-kubernetes", env={"KUBECONFIG": kc_exp})
    kc_down = write_kubeconfig(box, "mcp-down", token="corpus9-token", server=f"http://127.0.0.1:{C}")
    mcp_session(run, box, "kubernetes-down", [f"{nb}/mcp-server-kubernetes"], [
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "pods", "namespace": "default"}, "network"),
        (kx("kubectl_logs"), "kubectl_logs", {"resourceType": "pod", "name": "api", "namespace": "default"}, "network"),
    ], shown_server="mcp-server-kubernetes", env={"KUBECONFIG": kc_down})
    kc_tls = write_kubeconfig(box, "mcp-tls", token="corpus9-token", server=f"https://127.0.0.1:{TLS_PORT}")
    mcp_session(run, box, "kubernetes-tls", [f"{nb}/mcp-server-kubernetes"], [
        (kx("kubectl_get"), "kubectl_get", {"resourceType": "pods", "namespace": "default"}, "tls"),
    ], shown_server="mcp-server-kubernetes", env={"KUBECONFIG": kc_tls})
    # --- remote-API servers: no DNS for the internet here, or no key given
    mcp_session(run, box, "google-maps", [f"{nb}/mcp-server-google-maps"], [
        ("maps_geocode", "maps_geocode", {"address": "1600 Amphitheatre Parkway"}, "dns"),
        ("maps_directions", "maps_directions", {"origin": "Berlin", "destination": "Hamburg", "mode": "driving"}, "dns"),
        ("maps_distance_matrix", "maps_distance_matrix", {"origins": "Berlin", "destinations": ["Hamburg"]}, "PARAMETER_FORMAT"),
        ("maps_reverse_geocode", "maps_reverse_geocode", {"latitude": "52.52N", "longitude": 13.4}, "dns"),
        ("maps_elevation", "maps_elevation", {}, "MISSING_PARAMETER"),
        ("maps_place_details", "maps_place_details", {"place_id": "ChIJ-corpus9"}, "dns"),
        ("maps_autocomplete", "maps_autocomplete", {"input": "Alexanderpl"}, "WRONG_TOOL_SELECTION"),
    ], env={"GOOGLE_MAPS_API_KEY": "AIzaCorpus9FakeKey"})
    mcp_session(run, box, "everart", [f"{nb}/mcp-server-everart"], [
        ("everart_generate_image", "generate_image", {"prompt": "a lighthouse", "model": "5000"}, "dns"),
    ], env={"EVERART_API_KEY": "corpus9-fake"})
    mcp_session(run, box, "aws-kb", [f"{nb}/mcp-server-aws-kb-retrieval"], [
        ("retrieve_from_aws_kb", "retrieve_from_aws_kb", {"query": "refund policy", "knowledgeBaseId": "KB12345678"}, "network", {"soft": True}),
    ], env={"AWS_ENDPOINT_URL": f"http://127.0.0.1:{C}", "AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME": f"http://127.0.0.1:{C}"})
    # --- awslabs MCP servers (PyPI) against a closed port / the fake DynamoDB endpoint
    py_bin = VENV_BIN
    mcp_session(run, box, "memcached", [f"{py_bin}/awslabs.memcached-mcp-server"], [
        ("cache_get", "cache_get", {"key": "corpus9:session:42"}, "network"),
        ("cache_set", "cache_set", {"key": "corpus9:session:42", "value": "x", "expire": 60}, "network"),
        ("cache_set", "cache_set", {"key": "corpus9:session:42", "value": "x", "expire": "one hour"}, "PARAMETER_FORMAT"),
        ("cache_get", "cache_get", {}, "MISSING_PARAMETER"),
    ], env={"MEMCACHED_HOST": "127.0.0.1", "MEMCACHED_PORT": str(C), "MEMCACHED_TIMEOUT": "2", "MEMCACHED_CONNECT_TIMEOUT": "2", "FASTMCP_LOG_LEVEL": "ERROR"},
        shown_server="awslabs.memcached-mcp-server")
    mcp_session(run, box, "aws-docs", [f"{py_bin}/awslabs.aws-documentation-mcp-server"], [
        ("read_documentation", "read_documentation", {"url": "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html"}, "dns"),
        ("read_documentation", "read_documentation", {"url": "https://example.com/s3.html"}, "INCORRECT_PARAMETER"),
        ("read_documentation", "read_documentation", {"url": "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.pdf"}, "INCORRECT_PARAMETER"),
        ("read_documentation", "read_documentation", {"url": "https://docs.aws.amazon.com/s3.html", "max_length": "lots"}, "PARAMETER_FORMAT"),
        ("search_documentation", "search_documentation", {"search_phrase": "S3 bucket naming"}, "dns", {"soft": True}),
        ("recommend", "recommend", {"url": "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html"}, "dns", {"soft": True}),
    ], env={"FASTMCP_LOG_LEVEL": "ERROR", "AWS_DOCUMENTATION_PARTITION": "aws"}, shown_server="awslabs.aws-documentation-mcp-server")


def write_kubeconfig(box: Sandbox, name: str, *, token: str, server: str = K8S, namespace: str = "default") -> str:
    text = textwrap.dedent(f"""\
        apiVersion: v1
        kind: Config
        clusters:
        - name: corpus9
          cluster:
            server: {server}
        users:
        - name: agent
          user:
            token: {token}
        contexts:
        - name: corpus9
          context:
            cluster: corpus9
            user: agent
            namespace: {namespace}
        current-context: corpus9
        """)
    return box.write(f"kube/{name}.yaml", text)


# ---------------------------------------------------------------------------
# Python SDKs
# ---------------------------------------------------------------------------

GQL_PRE = '''
import json
from graphql import build_schema, graphql_sync
schema = build_schema("""
type Order { id: ID! sku: String! qty: Int! status: Status! createdAt: String }
enum Status { PENDING SHIPPED CANCELLED }
input OrderInput { sku: String! qty: Int! }
type Query { order(id: ID!): Order  orders(limit: Int, status: Status): [Order!]! }
type Mutation { createOrder(input: OrderInput!): Order  cancelOrder(id: ID!): Order }
""")
def boom(*a, **k):
    raise ValueError("order 42 not found")
root = {"order": boom, "cancelOrder": lambda *a, **k: (_ for _ in ()).throw(RuntimeError("order 42 is already shipped; cannot cancel"))}
def gq(q, v=None):
    r = graphql_sync(schema, q, root_value=root, variable_values=v)
    if r.errors:
        return json.dumps({"errors": [e.formatted for e in r.errors]})
'''


def gql(q: str, v: Any = None) -> str:
    return f"result = gq({q!r}, {v!r})"


def py_sdks(run: Run, box: Sandbox) -> None:
    gcalls = [
        ("graphql_execute", {"query": "{ order(id: 1) { id total } }"}, gql("{ order(id: 1) { id total } }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "{ orders { id sku "}, gql("{ orders { id sku "), "PARAMETER_FORMAT"),
        ("graphql_execute", {"query": "{ order { id } }"}, gql("{ order { id } }"), "MISSING_PARAMETER"),
        ("graphql_execute", {"query": "{ orders(limit: \"ten\") { id } }"}, gql('{ orders(limit: "ten") { id } }'), "PARAMETER_FORMAT"),
        ("graphql_execute", {"query": "{ orders(status: DELIVERED) { id } }"}, gql("{ orders(status: DELIVERED) { id } }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "{ orders }"}, gql("{ orders }"), "MISSING_PARAMETER"),
        ("graphql_execute", {"query": "{ orders(page: 2) { id } }"}, gql("{ orders(page: 2) { id } }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "{ customer(id: 1) { name } }"}, gql("{ customer(id: 1) { name } }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "query($id: ID!) { order(id: $id) { id } }", "variables": {}}, gql("query($id: ID!) { order(id: $id) { id } }", {}), "MISSING_PARAMETER"),
        ("graphql_execute", {"query": "query($n: Int) { orders(limit: $n) { id } }", "variables": {"n": "5"}}, gql("query($n: Int) { orders(limit: $n) { id } }", {"n": "5"}), "PARAMETER_FORMAT"),
        ("graphql_execute", {"query": "mutation { createOrder(input: {sku: \"A1\"}) { id } }"}, gql('mutation { createOrder(input: {sku: "A1"}) { id } }'), "MISSING_PARAMETER"),
        ("graphql_execute", {"query": "mutation { createOrder(input: {sku: \"A1\", qty: 1, price: 3}) { id } }"}, gql('mutation { createOrder(input: {sku: "A1", qty: 1, price: 3}) { id } }'), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "{ order(id: 42) { id } }"}, gql("{ order(id: 42) { id } }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "mutation { cancelOrder(id: 42) { id } }"}, gql("mutation { cancelOrder(id: 42) { id } }"), "WORKFLOW_SEQUENCE"),
        ("graphql_execute", {"query": "subscription { orderShipped { id } }"}, gql("subscription { orderShipped { id } }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "query A { orders { id } } query B { orders { sku } }"}, gql("query A { orders { id } } query B { orders { sku } }"), "MISSING_PARAMETER"),
        ("graphql_execute", {"query": "{ ...F } fragment F on Customer { id }"}, gql("{ ...F } fragment F on Customer { id }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "query($s: Stat) { orders(status: $s) { id } }"}, gql("query($s: Stat) { orders(status: $s) { id } }"), "INCORRECT_PARAMETER"),
        ("graphql_execute", {"query": "{ orders { id @skip } }"}, gql("{ orders { id @skip } }"), "MISSING_PARAMETER"),
        ("graphql_execute", {"query": "{ orders { id @cached } }"}, gql("{ orders { id @cached } }"), "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "graphql_core", "py", gcalls, pre=GQL_PRE)
    # validators
    vpre = '''
import datetime, enum, json
from marshmallow import Schema, fields, validate, ValidationError
class OrderSchema(Schema):
    sku = fields.Str(required=True, validate=validate.Length(min=3))
    qty = fields.Int(required=True, validate=validate.Range(min=1))
    email = fields.Email()
    due = fields.Date()
    status = fields.Str(validate=validate.OneOf(["pending", "shipped"]))
    url = fields.Url()
import cerberus
cv = cerberus.Validator({"sku": {"type": "string", "required": True}, "qty": {"type": "integer", "min": 1}, "tags": {"type": "list", "schema": {"type": "string"}}, "env": {"allowed": ["dev", "prod"]}, "code": {"regex": "^[A-Z]{3}$"}})
import msgspec
class Order(msgspec.Struct):
    sku: str
    qty: int
    created: datetime.datetime | None = None
import attrs, cattrs
@attrs.define
class Item:
    sku: str
    qty: int
class Color(enum.Enum):
    RED = "red"
@attrs.define
class Paint:
    color: Color
conv = cattrs.Converter()
import voluptuous as vol
vs = vol.Schema({vol.Required("host"): str, vol.Required("port"): vol.All(int, vol.Range(min=1, max=65535)), vol.Optional("mode"): vol.In(["ro", "rw"]), vol.Optional("email"): vol.Email()})
'''
    vcalls = [
        ("marshmallow_schema_load", {"data": {"qty": 2}}, "OrderSchema().load({'qty': 2})", "MISSING_PARAMETER"),
        ("marshmallow_schema_load", {"data": {"sku": "AB1", "qty": "two"}}, "OrderSchema().load({'sku': 'AB1', 'qty': 'two'})", "PARAMETER_FORMAT"),
        ("marshmallow_schema_load", {"data": {"sku": "AB1", "qty": 1, "email": "agent-at-example"}}, "OrderSchema().load({'sku': 'AB1', 'qty': 1, 'email': 'agent-at-example'})", "PARAMETER_FORMAT"),
        ("marshmallow_schema_load", {"data": {"sku": "AB1", "qty": 1, "due": "31/12/2026"}}, "OrderSchema().load({'sku': 'AB1', 'qty': 1, 'due': '31/12/2026'})", "PARAMETER_FORMAT"),
        ("marshmallow_schema_load", {"data": {"sku": "AB1", "qty": 1, "status": "delivered"}}, "OrderSchema().load({'sku': 'AB1', 'qty': 1, 'status': 'delivered'})", "INCORRECT_PARAMETER"),
        ("marshmallow_schema_load", {"data": {"sku": "AB1", "qty": 0}}, "OrderSchema().load({'sku': 'AB1', 'qty': 0})", "INCORRECT_PARAMETER"),
        ("marshmallow_schema_load", {"data": {"sku": "AB1", "qty": 1, "colour": "red"}}, "OrderSchema().load({'sku': 'AB1', 'qty': 1, 'colour': 'red'})", "INCORRECT_PARAMETER"),
        ("marshmallow_schema_load", {"data": {"sku": "AB1", "qty": 1, "url": "www.example.com"}}, "OrderSchema().load({'sku': 'AB1', 'qty': 1, 'url': 'www.example.com'})", "PARAMETER_FORMAT"),
        ("marshmallow_loads", {"json": "{'sku': 'AB1'}"}, "OrderSchema().loads(\"{'sku': 'AB1'}\")", "PARAMETER_FORMAT"),
        ("marshmallow_schema_load", {"data": [{"sku": "AB1", "qty": 1}]}, "OrderSchema().load([{'sku': 'AB1', 'qty': 1}])", "PARAMETER_FORMAT"),
        ("cerberus_validate", {"doc": {"qty": 3}}, "cv.validate({'qty': 3}) or (_ for _ in ()).throw(ValueError(cv.errors))", "MISSING_PARAMETER"),
        ("cerberus_validate", {"doc": {"sku": "A", "qty": "3"}}, "cv.validate({'sku': 'A', 'qty': '3'}) or (_ for _ in ()).throw(ValueError(cv.errors))", "PARAMETER_FORMAT"),
        ("cerberus_validate", {"doc": {"sku": "A", "env": "staging"}}, "cv.validate({'sku': 'A', 'env': 'staging'}) or (_ for _ in ()).throw(ValueError(cv.errors))", "INCORRECT_PARAMETER"),
        ("cerberus_validate", {"doc": {"sku": "A", "code": "eur"}}, "cv.validate({'sku': 'A', 'code': 'eur'}) or (_ for _ in ()).throw(ValueError(cv.errors))", "PARAMETER_FORMAT"),
        ("cerberus_validate", {"doc": {"sku": "A", "owner": "me"}}, "cv.validate({'sku': 'A', 'owner': 'me'}) or (_ for _ in ()).throw(ValueError(cv.errors))", "INCORRECT_PARAMETER"),
        ("cerberus_validate", {"doc": {"sku": "A", "qty": 0}}, "cv.validate({'sku': 'A', 'qty': 0}) or (_ for _ in ()).throw(ValueError(cv.errors))", "INCORRECT_PARAMETER"),
        ("cerberus_validator", {"schema": {"sku": {"type": "str"}}}, "cerberus.Validator({'sku': {'type': 'str'}})", "INCORRECT_PARAMETER"),
        ("cerberus_validate", {"doc": "sku=A"}, "cv.validate('sku=A')", "PARAMETER_FORMAT"),
        ("msgspec_json_decode", {"data": '{"sku": "A1"}'}, "msgspec.json.decode(b'{\"sku\": \"A1\"}', type=Order)", "MISSING_PARAMETER"),
        ("msgspec_json_decode", {"data": '{"sku": "A1", "qty": "2"}'}, "msgspec.json.decode(b'{\"sku\": \"A1\", \"qty\": \"2\"}', type=Order)", "PARAMETER_FORMAT"),
        ("msgspec_json_decode", {"data": '{"sku": "A1", "qty": 2,}'}, "msgspec.json.decode(b'{\"sku\": \"A1\", \"qty\": 2,}', type=Order)", "PARAMETER_FORMAT"),
        ("msgspec_json_decode", {"data": '{"sku": "A1", "qty": 2, "created": "yesterday"}'}, "msgspec.json.decode(b'{\"sku\": \"A1\", \"qty\": 2, \"created\": \"yesterday\"}', type=Order)", "PARAMETER_FORMAT"),
        ("msgspec_convert", {"obj": ["A1", 2]}, "msgspec.convert(['A1', 2], Order)", "PARAMETER_FORMAT"),
        ("msgspec_yaml_decode", {"data": "sku: A1"}, "msgspec.yaml.decode(b'sku: A1', type=Order)", "MISSING_PARAMETER"),
        ("msgspec_msgpack_decode", {"data": "not msgpack"}, "msgspec.msgpack.decode(b'\\xc1', type=Order)", "PARAMETER_FORMAT"),
        ("cattrs_structure", {"obj": {"sku": "A1"}, "cl": "Item"}, "try:\n    conv.structure({'sku': 'A1'}, Item)\nexcept Exception as e:\n    raise ValueError(cattrs.transform_error(e)) from None", "MISSING_PARAMETER"),
        ("cattrs_structure", {"obj": {"sku": "A1", "qty": "many"}, "cl": "Item"}, "try:\n    conv.structure({'sku': 'A1', 'qty': 'many'}, Item)\nexcept Exception as e:\n    raise ValueError(cattrs.transform_error(e)) from None", "PARAMETER_FORMAT"),
        ("cattrs_structure", {"obj": {"color": "blue"}, "cl": "Paint"}, "try:\n    conv.structure({'color': 'blue'}, Paint)\nexcept Exception as e:\n    raise ValueError(cattrs.transform_error(e)) from None", "INCORRECT_PARAMETER"),
        ("cattrs_structure", {"obj": "A1", "cl": "Item"}, "try:\n    conv.structure('A1', Item)\nexcept Exception as e:\n    raise ValueError(cattrs.transform_error(e)) from None", "PARAMETER_FORMAT"),
        ("voluptuous_validate", {"data": {"port": 80}}, "vs({'port': 80})", "MISSING_PARAMETER"),
        ("voluptuous_validate", {"data": {"host": "db", "port": "5432"}}, "vs({'host': 'db', 'port': '5432'})", "PARAMETER_FORMAT"),
        ("voluptuous_validate", {"data": {"host": "db", "port": 70000}}, "vs({'host': 'db', 'port': 70000})", "INCORRECT_PARAMETER"),
        ("voluptuous_validate", {"data": {"host": "db", "port": 5432, "mode": "rx"}}, "vs({'host': 'db', 'port': 5432, 'mode': 'rx'})", "INCORRECT_PARAMETER"),
        ("voluptuous_validate", {"data": {"host": "db", "port": 5432, "timeout": 3}}, "vs({'host': 'db', 'port': 5432, 'timeout': 3})", "INCORRECT_PARAMETER"),
        ("voluptuous_validate", {"data": {"host": "db", "port": 5432, "email": "ops@"}}, "vs({'host': 'db', 'port': 5432, 'email': 'ops@'})", "PARAMETER_FORMAT"),
    ]
    drive(run, box, "validators", "py", vcalls, pre=vpre)
    # kubernetes client against the fake API server
    kpre = f'''
from kubernetes import client
def api(token="corpus9-token", host="{K8S}", **kw):
    cfg = client.Configuration()
    cfg.host = host
    cfg.api_key = {{"authorization": "Bearer " + token}}
    cfg.retries = 0
    for k, v in kw.items():
        setattr(cfg, k, v)
    return client.ApiClient(cfg)
core = client.CoreV1Api(api())
apps = client.AppsV1Api(api())
batch = client.BatchV1Api(api())
def dep(name, selector=True):
    spec = client.V1DeploymentSpec(selector=client.V1LabelSelector(match_labels={{"app": name}}) if selector else None,
        template=client.V1PodTemplateSpec(metadata=client.V1ObjectMeta(labels={{"app": name}}), spec=client.V1PodSpec(containers=[client.V1Container(name="app", image="nginx")])))
    return client.V1Deployment(api_version="apps/v1", kind="Deployment", metadata=client.V1ObjectMeta(name=name), spec=spec)
'''
    kcalls = [
        ("k8s_read_namespaced_pod", {"name": "missing-api-0", "namespace": "default"}, "core.read_namespaced_pod('missing-api-0', 'default')", "INCORRECT_PARAMETER"),
        ("k8s_read_namespaced_deployment", {"name": "missing-web", "namespace": "default"}, "apps.read_namespaced_deployment('missing-web', 'default')", "INCORRECT_PARAMETER"),
        ("k8s_list_namespaced_pod", {"namespace": "corpus9-forbidden"}, "core.list_namespaced_pod('corpus9-forbidden')", "permission"),
        ("k8s_list_namespaced_pod", {"namespace": "default", "token": "expired"}, "client.CoreV1Api(api('expired')).list_namespaced_pod('default')", "auth"),
        ("k8s_list_namespaced_pod", {"namespace": "corpus9-flaky"}, "core.list_namespaced_pod('corpus9-flaky')", "server_error"),
        ("k8s_create_namespaced_deployment", {"name": "web", "namespace": "default"}, "apps.create_namespaced_deployment('default', dep('web'))", "WORKFLOW_SEQUENCE"),
        ("k8s_create_namespaced_deployment", {"name": "Web_App", "namespace": "default"}, "apps.create_namespaced_deployment('default', dep('Web_App'))", "PARAMETER_FORMAT"),
        ("k8s_create_namespaced_deployment", {"name": "web2", "namespace": "corpus9-nope"}, "apps.create_namespaced_deployment('corpus9-nope', dep('web2'))", "MISSING_PREREQUISITE"),
        ("k8s_create_namespaced_deployment", {"name": "web3", "namespace": "default", "selector": None}, "apps.create_namespaced_deployment('default', dep('web3', selector=False))", "MISSING_PARAMETER"),
        ("k8s_create_namespaced_config_map", {"name": "", "namespace": "default"}, "core.create_namespaced_config_map('default', client.V1ConfigMap(metadata=client.V1ObjectMeta(), data={'a': '1'}))", "MISSING_PARAMETER"),
        ("k8s_patch_namespaced_deployment_scale", {"name": "web", "replicas": -1}, "apps.patch_namespaced_deployment_scale('web', 'default', {'spec': {'replicas': -1}})", "INCORRECT_PARAMETER"),
        ("k8s_delete_namespaced_job", {"name": "missing-migrate", "namespace": "default"}, "batch.delete_namespaced_job('missing-migrate', 'default')", "INCORRECT_PARAMETER"),
        ("k8s_read_namespaced_pod_log", {"name": "api-7d9f", "namespace": "default"}, "core.read_namespaced_pod_log('api-7d9f', 'default')", "WORKFLOW_SEQUENCE"),
        ("k8s_read_namespace", {"name": "corpus9-nope"}, "core.read_namespace('corpus9-nope')", "INCORRECT_PARAMETER"),
        ("k8s_create_namespaced_pod_eviction", {"name": "web-1", "namespace": "default"}, "core.create_namespaced_pod_eviction('web-1', 'default', client.V1Eviction(metadata=client.V1ObjectMeta(name='web-1', namespace='default')))", "WORKFLOW_SEQUENCE"),
        ("k8s_list_namespaced_pod", {"namespace": "default", "label_selector": "app===web"}, "core.list_namespaced_pod('default', label_selector='app===web')", "PARAMETER_FORMAT"),
        ("k8s_list_namespaced_pod", {"namespace": "default", "limit": "ten"}, "core.list_namespaced_pod('default', limit='ten', _preload_content=True) and core.list_namespaced_pod('default', watchh=True)", "INCORRECT_PARAMETER"),
        ("k8s_read_namespaced_pod", {"namespace": "default"}, "core.read_namespaced_pod(namespace='default')", "MISSING_PARAMETER"),
        ("k8s_list_namespaced_pod", {"namespace": "default", "host": f"http://127.0.0.1:{C}"}, f"client.CoreV1Api(api(host='http://127.0.0.1:{C}')).list_namespaced_pod('default')", "network"),
        ("k8s_list_namespaced_pod", {"namespace": "default", "host": f"https://kube.{NOHOST}:6443"}, f"client.CoreV1Api(api(host='https://kube.{NOHOST}:6443')).list_namespaced_pod('default')", "dns"),
        ("k8s_list_namespaced_pod", {"namespace": "default", "host": HS}, f"client.CoreV1Api(api(host='{HS}')).list_namespaced_pod('default')", "tls"),
        ("k8s_list_namespaced_pod", {"namespace": "default", "host": f"http://127.0.0.1:{HANG_PORT}"}, f"client.CoreV1Api(api(host='http://127.0.0.1:{HANG_PORT}')).list_namespaced_pod('default', _request_timeout=3)", "timeout"),
        ("k8s_load_kube_config", {"config_file": "~/.kube/config"}, "from kubernetes import config; config.load_kube_config()", "MISSING_PREREQUISITE"),
        ("k8s_load_incluster_config", {}, "from kubernetes import config; config.load_incluster_config()", "MISSING_PREREQUISITE"),
        ("k8s_load_kube_config", {"context": "prod-eu"}, f"from kubernetes import config; config.load_kube_config(config_file={box.path('kube', 'py.yaml')!r}, context='prod-eu')", "INCORRECT_PARAMETER"),
    ]
    write_kubeconfig(box, "py", token="corpus9-token")
    drive(run, box, "kubernetes_client", "py", kcalls, pre=kpre)
    # docker SDK: no daemon socket, then a fake Engine API over TCP
    dpre = f'''
import docker
d = docker.DockerClient(base_url="tcp://127.0.0.1:{HTTP_PORT}", version="1.45", timeout=5)
'''
    dcalls = [
        ("docker_sdk_from_env", {}, "docker.from_env().containers.list()", "daemon_down"),
        ("docker_sdk_containers_get", {"container_id": "web-9"}, "d.containers.get('web-9')", "INCORRECT_PARAMETER"),
        ("docker_sdk_images_pull", {"repository": "corpus9/nope", "tag": "latest"}, "d.images.pull('corpus9/nope', tag='latest')", "INCORRECT_PARAMETER"),
        ("docker_sdk_images_pull", {"repository": "corpus9/private", "tag": "latest"}, "d.images.pull('corpus9/private', tag='latest')", "auth"),
        ("docker_sdk_containers_create", {"image": "nginx", "name": "web"}, "d.api.create_container('nginx', name='web')", "WORKFLOW_SEQUENCE"),
        ("docker_sdk_containers_create", {"image": "corpus9/app:missing"}, "d.api.create_container('corpus9/app:missing')", "INCORRECT_PARAMETER"),
        ("docker_sdk_exec_create", {"container": "4f2b1c0d9e8a", "cmd": "ls"}, "d.api.exec_create('4f2b1c0d9e8a', 'ls')", "WORKFLOW_SEQUENCE"),
        ("docker_sdk_container_start", {"container": "4f2b1c0d9e8a"}, "d.api.start('4f2b1c0d9e8a')", "permission"),
        ("docker_sdk_container_remove", {"container": "db"}, "d.api.remove_container('db')", "WORKFLOW_SEQUENCE"),
        ("docker_sdk_networks_create", {"name": "backend"}, "d.networks.create('backend')", "WORKFLOW_SEQUENCE"),
        ("docker_sdk_networks_get", {"network_id": "frontnet"}, "d.networks.get('frontnet')", "INCORRECT_PARAMETER"),
        ("docker_sdk_volume_remove", {"name": "pgdata"}, "d.api.remove_volume('pgdata')", "WORKFLOW_SEQUENCE"),
        ("docker_sdk_volumes_get", {"volume_id": "cache9"}, "d.volumes.get('cache9')", "INCORRECT_PARAMETER"),
        ("docker_sdk_image_remove", {"image": "9c7a54a9a43c"}, "d.api.remove_image('9c7a54a9a43c')", "WORKFLOW_SEQUENCE"),
        ("docker_sdk_images_push", {"repository": "corpus9/app"}, "r = d.api.push('corpus9/app'); import json as _j; e = [_j.loads(x) for x in r.splitlines() if x.strip()]; result = next((x.get('message') or x.get('error') for x in e if 'message' in x or 'error' in x), None) if isinstance(r, str) else None", "MISSING_PREREQUISITE"),
        ("docker_sdk_images_get", {"name": "corpus9/app:v9"}, "d.images.get('corpus9/app:v9')", "INCORRECT_PARAMETER"),
        ("docker_sdk_client", {"base_url": "tcp//127.0.0.1:2375"}, "docker.DockerClient(base_url='tcp//127.0.0.1:2375').ping()", "PARAMETER_FORMAT"),
        ("docker_sdk_client", {"base_url": f"tcp://127.0.0.1:{C}"}, f"docker.DockerClient(base_url='tcp://127.0.0.1:{C}', version='1.45').containers.list()", "network"),
        ("docker_sdk_client", {"base_url": f"tcp://127.0.0.1:{HANG_PORT}"}, f"docker.DockerClient(base_url='tcp://127.0.0.1:{HANG_PORT}', version='1.45', timeout=2).containers.list()", "timeout"),
        ("docker_sdk_containers_run", {"image": "nginx", "ports": "8080:80"}, "d.containers.run('nginx', ports='8080:80', detach=True)", "PARAMETER_FORMAT"),
    ]
    drive(run, box, "docker_sdk", "py", dcalls, pre=dpre)
    # hvac against a fake Vault
    vpre2 = f'''
import hvac
def v(token="s.corpus9", url="http://127.0.0.1:{VAULT_PORT}", **kw):
    return hvac.Client(url=url, token=token, **kw)
'''
    hv = [
        ("vault_kv_read_secret", {"path": "app/missing"}, "v().secrets.kv.v2.read_secret_version(path='app/missing', raise_on_deleted_version=True)", "INCORRECT_PARAMETER"),
        ("vault_kv_read_secret", {"path": "app/db", "token": "sealed"}, "v('s.sealed').secrets.kv.v2.read_secret_version(path='app/db', raise_on_deleted_version=True)", "server_error"),
        ("vault_kv_read_secret", {"path": "app/db", "token": None}, "v(None).secrets.kv.v2.read_secret_version(path='app/db', raise_on_deleted_version=True)", "auth"),
        ("vault_kv_read_secret", {"path": "app/db", "token": "s.expired"}, "v('s.expired').secrets.kv.v2.read_secret_version(path='app/db', raise_on_deleted_version=True)", "auth"),
        ("vault_kv_read_secret", {"path": "denied/prod-db"}, "v().secrets.kv.v2.read_secret_version(path='denied/prod-db', raise_on_deleted_version=True)", "permission"),
        ("vault_kv_read_secret", {"path": "busy/cfg"}, "v().secrets.kv.v2.read_secret_version(path='busy/cfg', raise_on_deleted_version=True)", "rate_limit"),
        ("vault_kv_read_secret", {"path": "flaky/cfg"}, "v().secrets.kv.v2.read_secret_version(path='flaky/cfg', raise_on_deleted_version=True)", "server_error"),
        ("vault_kv_read_secret", {"path": "app/db", "mount_point": "kv2"}, "v().secrets.kv.v2.read_secret_version(path='app/db', mount_point='kv2', raise_on_deleted_version=True)", "INCORRECT_PARAMETER"),
        ("vault_kv_create_or_update", {"path": "app/db", "secret": {}}, "v().secrets.kv.v2.create_or_update_secret(path='app/db', secret={})", "MISSING_PARAMETER"),
        ("vault_kv_create_or_update", {"path": "app/db", "cas": 3}, "v().secrets.kv.v2.create_or_update_secret(path='app/db', secret={'pw': 'x'}, cas=3)", "WORKFLOW_SEQUENCE"),
        ("vault_enable_secrets_engine", {"backend_type": "kv", "path": "secret"}, "v().sys.enable_secrets_engine('kv', path='secret')", "WORKFLOW_SEQUENCE"),
        ("vault_token_create", {"ttl": "5x"}, "v().auth.token.create(ttl='5x')", "PARAMETER_FORMAT"),
        ("vault_transit_encrypt", {"name": "orders", "plaintext": "hello"}, "v().secrets.transit.encrypt_data(name='orders', plaintext='hello')", "PARAMETER_FORMAT"),
        ("vault_transit_delete_key", {"name": "orders"}, "v().secrets.transit.delete_key(name='orders')", "MISSING_PREREQUISITE"),
        ("vault_database_generate_credentials", {"name": "readonly-9"}, "v().secrets.database.generate_credentials(name='readonly-9')", "INCORRECT_PARAMETER"),
        ("vault_read", {"path": "pki/issue/web"}, "v().read('pki/issue/web')", "INCORRECT_PARAMETER"),
        ("vault_is_authenticated", {"url": f"http://127.0.0.1:{C}"}, f"v(url='http://127.0.0.1:{C}').secrets.kv.v2.read_secret_version(path='app/db')", "network"),
        ("vault_kv_read_secret", {"url": f"https://vault.{NOHOST}:8200"}, f"v(url='https://vault.{NOHOST}:8200').secrets.kv.v2.read_secret_version(path='app/db')", "dns"),
        ("vault_kv_read_secret", {"url": f"https://127.0.0.1:{TLS_PORT}"}, f"v(url='https://127.0.0.1:{TLS_PORT}').secrets.kv.v2.read_secret_version(path='app/db')", "tls"),
        ("vault_kv_read_secret", {"url": f"http://127.0.0.1:{HANG_PORT}"}, f"v(url='http://127.0.0.1:{HANG_PORT}', timeout=2).secrets.kv.v2.read_secret_version(path='app/db')", "timeout"),
    ]
    drive(run, box, "vault_hvac", "py", hv, pre=vpre2)
    # neo4j, clickhouse-connect, influxdb-client
    npre = "import neo4j\nfrom neo4j import GraphDatabase\n"
    nc = [
        ("neo4j_verify_connectivity", {"uri": f"neo4j://127.0.0.1:{C}"}, f"GraphDatabase.driver('neo4j://127.0.0.1:{C}', auth=('neo4j', 'pw'), connection_timeout=3, max_transaction_retry_time=1).verify_connectivity()", "network"),
        ("neo4j_verify_connectivity", {"uri": f"bolt://graph.{NOHOST}:7687"}, f"GraphDatabase.driver('bolt://graph.{NOHOST}:7687', auth=('neo4j', 'pw'), connection_timeout=3).verify_connectivity()", "dns"),
        ("neo4j_verify_connectivity", {"uri": "neo4j+x://127.0.0.1:7687"}, "GraphDatabase.driver('neo4j+x://127.0.0.1:7687', auth=('neo4j', 'pw'))", "PARAMETER_FORMAT"),
        ("neo4j_verify_connectivity", {"uri": f"bolt://127.0.0.1:{HANG_PORT}"}, f"GraphDatabase.driver('bolt://127.0.0.1:{HANG_PORT}', auth=('neo4j', 'pw'), connection_timeout=2, connection_acquisition_timeout=3).verify_connectivity()", "timeout"),
        ("neo4j_verify_connectivity", {"uri": f"bolt://127.0.0.1:{RESET_PORT}"}, f"GraphDatabase.driver('bolt://127.0.0.1:{RESET_PORT}', auth=('neo4j', 'pw'), connection_timeout=2).verify_connectivity()", "network"),
        ("neo4j_verify_connectivity", {"uri": f"bolt+s://127.0.0.1:{TLS_PORT}"}, f"GraphDatabase.driver('bolt+s://127.0.0.1:{TLS_PORT}', auth=('neo4j', 'pw'), connection_timeout=3).verify_connectivity()", "tls"),
        ("neo4j_driver", {"uri": "127.0.0.1:7687"}, "GraphDatabase.driver('127.0.0.1:7687', auth=('neo4j', 'pw'))", "PARAMETER_FORMAT"),
        ("neo4j_driver", {"uri": "bolt://127.0.0.1:7687", "auth": "neo4j/pw"}, "GraphDatabase.driver('bolt://127.0.0.1:7687', auth='neo4j/pw', max_pool_size=5)", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "neo4j_bolt", "py", nc, pre=npre)
    cpre = "import clickhouse_connect\n"
    cc = [
        ("clickhouse_get_client", {"host": "127.0.0.1", "port": CH_PORT, "username": "agent_bad"}, f"clickhouse_connect.get_client(host='127.0.0.1', port={CH_PORT}, username='agent_bad', password='x')", "auth"),
        ("clickhouse_get_client", {"host": "127.0.0.1", "port": CH_PORT, "username": "agent_busy"}, f"clickhouse_connect.get_client(host='127.0.0.1', port={CH_PORT}, username='agent_busy')", "rate_limit"),
        ("clickhouse_get_client", {"host": "127.0.0.1", "port": CH_PORT, "username": "agent_mem"}, f"clickhouse_connect.get_client(host='127.0.0.1', port={CH_PORT}, username='agent_mem')", "resource"),
        ("clickhouse_get_client", {"host": "127.0.0.1", "port": CH_PORT, "username": "agent_ro"}, f"clickhouse_connect.get_client(host='127.0.0.1', port={CH_PORT}, username='agent_ro')", "read_only"),
        ("clickhouse_get_client", {"host": "127.0.0.1", "port": C}, f"clickhouse_connect.get_client(host='127.0.0.1', port={C}, connect_timeout=2)", "network"),
        ("clickhouse_get_client", {"host": f"ch.{NOHOST}"}, f"clickhouse_connect.get_client(host='ch.{NOHOST}', port=8123, connect_timeout=2)", "dns"),
        ("clickhouse_get_client", {"host": "127.0.0.1", "port": HANG_PORT}, f"clickhouse_connect.get_client(host='127.0.0.1', port={HANG_PORT}, connect_timeout=2, send_receive_timeout=2)", "timeout"),
        ("clickhouse_get_client", {"host": "127.0.0.1", "port": TLS_PORT, "secure": True}, f"clickhouse_connect.get_client(host='127.0.0.1', port={TLS_PORT}, secure=True, connect_timeout=2)", "tls"),
        ("clickhouse_get_client", {"interface": "grpc"}, "clickhouse_connect.get_client(host='127.0.0.1', interface='grpc')", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "clickhouse", "py", cc, pre=cpre)
    ipre = f'''
from influxdb_client import InfluxDBClient
from influxdb_client.client.write_api import SYNCHRONOUS
def ic(token="corpus9-token", url="{H}", **kw):
    return InfluxDBClient(url=url, token=token, org="corpus9", timeout=3000, **kw)
def w(bucket, line="cpu,host=a usage=0.5", token="corpus9-token", org="corpus9"):
    ic(token).write_api(write_options=SYNCHRONOUS).write(bucket=bucket, org=org, record=line)
'''
    ic = [
        ("influxdb_write", {"bucket": "missing"}, "w('missing')", "INCORRECT_PARAMETER"),
        ("influxdb_write", {"bucket": "metrics", "token": "expired"}, "w('metrics', token='expired')", "auth"),
        ("influxdb_write", {"bucket": "metrics", "token": "readonly"}, "w('metrics', token='readonly')", "permission"),
        ("influxdb_write", {"bucket": "metrics", "org": "nope"}, "w('metrics', org='nope')", "INCORRECT_PARAMETER"),
        ("influxdb_write", {"bucket": "full"}, "w('full')", "resource"),
        ("influxdb_write", {"bucket": "busy"}, "w('busy')", "rate_limit"),
        ("influxdb_write", {"bucket": "down"}, "w('down')", "server_error"),
        ("influxdb_write", {"bucket": "metrics", "record": "cpu,host=a usage="}, "w('metrics', 'cpu,host=a usage=')", "PARAMETER_FORMAT"),
        ("influxdb_query", {"query": "fromm(bucket: \"metrics\")"}, "ic().query_api().query('fromm(bucket: \"metrics\")')", "PARAMETER_FORMAT"),
        ("influxdb_create_bucket", {"bucket_name": "metrics"}, "ic().buckets_api().create_bucket(bucket_name='metrics', org='corpus9')", "INCORRECT_PARAMETER"),
        ("influxdb_write", {"url": f"http://127.0.0.1:{C}"}, f"ic(url='http://127.0.0.1:{C}').write_api(write_options=SYNCHRONOUS).write(bucket='metrics', record='cpu usage=1')", "network"),
        ("influxdb_query", {"url": f"http://127.0.0.1:{HANG_PORT}"}, f"ic(url='http://127.0.0.1:{HANG_PORT}').query_api().query('from(bucket: \"m\")')", "timeout"),
    ]
    drive(run, box, "influxdb", "py", ic, pre=ipre)


# ---------------------------------------------------------------------------
# Node SDKs and web-framework test injects
# ---------------------------------------------------------------------------

GQLJS_PRE = r'''
const { buildSchema, graphql } = require('graphql');
ctx.schema = buildSchema(`
  type Ticket { id: ID! title: String! priority: Priority! assignee: User }
  type User { login: String! }
  enum Priority { LOW HIGH URGENT }
  input TicketInput { title: String! priority: Priority! }
  type Query { ticket(id: ID!): Ticket  tickets(first: Int, priority: Priority): [Ticket!]! }
  type Mutation { openTicket(input: TicketInput!): Ticket  closeTicket(id: ID!): Ticket }
`);
ctx.root = { ticket: () => { throw new Error('Ticket OPS-503 not found'); }, closeTicket: () => { throw new Error('Ticket OPS-77 is already closed'); } };
ctx.gq = async (source, variableValues) => { const r = await graphql({ schema: ctx.schema, source, rootValue: ctx.root, variableValues }); if (r.errors) return JSON.stringify({ errors: r.errors.map(e => e.toJSON ? e.toJSON() : { message: e.message }) }); return null; };
'''

AJV_PRE = r'''
const Ajv = require('ajv');
ctx.ajv = new Ajv({ allErrors: false });
ctx.schema = { type: 'object', required: ['name', 'replicas'], additionalProperties: false,
  properties: { name: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' }, replicas: { type: 'integer', minimum: 1, maximum: 10 },
                env: { enum: ['dev', 'staging', 'prod'] }, image: { type: 'string', minLength: 3 }, ports: { type: 'array', items: { type: 'integer' } } } };
ctx.check = (data) => { const v = ctx.ajv.compile(ctx.schema); if (!v(data)) throw new Ajv.ValidationError(v.errors); };
ctx.text = (data) => { const v = ctx.ajv.compile(ctx.schema); if (!v(data)) return 'validation failed: ' + ctx.ajv.errorsText(v.errors); return null; };
'''

WEB_PRE = r'''
const request = require('supertest');
const express = require('express');
const app = express();
app.use(express.json({ limit: '1kb' }));
app.get('/api/orders/:id', (req, res) => { if (!/^\d+$/.test(req.params.id)) return res.status(400).json({ error: 'id must be numeric' }); res.status(404).json({ error: `order ${req.params.id} not found` }); });
app.post('/api/orders', (req, res) => { if (!req.body.sku) return res.status(422).json({ errors: [{ field: 'sku', message: 'sku is required' }] }); res.status(409).json({ error: `order for ${req.body.sku} already exists` }); });
app.delete('/api/orders/:id', (req, res) => res.status(403).json({ error: 'forbidden: role viewer cannot delete orders' }));
app.get('/api/admin', (req, res) => res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'missing or invalid bearer token' }));
app.get('/api/reports', (req, res) => { throw new Error('reports backend unavailable'); });
app.get('/api/slow', (req, res) => res.status(504).json({ error: 'upstream timed out after 30s' }));
app.get('/api/search', (req, res) => res.status(429).set('Retry-After', '10').json({ error: 'too many requests' }));
ctx.ex = async (method, path, body) => { let r = request(app)[method](path); if (body !== undefined) r = r.set('Content-Type', 'application/json').send(body); const res = await r; return res.status >= 400 ? `${res.status}: ${res.text}` : null; };
const Fastify = require('fastify');
const f = Fastify({ logger: false });
f.post('/v1/jobs', { schema: { body: { type: 'object', required: ['name', 'cron'], additionalProperties: false, properties: { name: { type: 'string', minLength: 3 }, cron: { type: 'string', pattern: '^[0-9*/ ,-]+$' }, retries: { type: 'integer', maximum: 5 }, queue: { enum: ['default', 'high'] } } } } }, async () => ({ ok: true }));
f.get('/v1/jobs', { schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 50 } } } } }, async () => []);
f.get('/v1/jobs/:id', { schema: { params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } } }, async (req, reply) => reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `job ${req.params.id} not found` }));
f.delete('/v1/jobs/:id', async (req, reply) => reply.code(409).send({ statusCode: 409, error: 'Conflict', message: 'job is running; stop it before deleting' }));
f.get('/v1/boom', async () => { throw new Error('database pool exhausted'); });
ctx.fi = async (opts) => { const res = await f.inject(opts); return res.statusCode >= 400 ? `${res.statusCode}: ${res.body}` : null; };
const Koa = require('koa');
const k = new Koa();
k.use(async (kctx) => {
  if (kctx.path === '/files/report.pdf') kctx.throw(404, 'file report.pdf not found');
  if (kctx.path === '/private') kctx.throw(401, 'Login required');
  if (kctx.path === '/quota') kctx.throw(507, 'Insufficient storage: quota of 10 GB reached');
  if (kctx.path === '/upstream') kctx.throw(502, 'Bad gateway from billing service');
  if (kctx.path === '/lock') kctx.throw(423, 'document is locked by another editor');
  kctx.throw(405, `Method ${kctx.method} not allowed on ${kctx.path}`);
});
ctx.ko = async (method, path) => { const res = await request(k.callback())[method](path); return res.status >= 400 ? `${res.status}: ${res.text}` : null; };
'''

CLIENTS_PRE = f'''
const {{ Octokit }} = require('@octokit/rest');
ctx.gh = (auth = 'ghp_corpus9') => new Octokit({{ auth, baseUrl: '{H}/gh', request: {{ retries: 0 }} }});
const {{ WebClient }} = require('@slack/web-api');
ctx.slack = (token = 'xoxb-corpus9') => new WebClient(token, {{ slackApiUrl: '{H}/slack/api/', retryConfig: {{ retries: 0 }}, rejectRateLimitedCalls: true, logLevel: 'error' }});
const Stripe = require('stripe');
ctx.stripe = (key = 'sk_test_corpus9') => new Stripe(key, {{ host: '127.0.0.1', port: {STRIPE_PORT}, protocol: 'http', maxNetworkRetries: 0, timeout: 5000 }});
const OpenAI = require('openai');
ctx.oa = (apiKey = 'sk-corpus9', baseURL = '{H}/openai/v1', extra = {{}}) => new OpenAI({{ apiKey, baseURL, maxRetries: 0, timeout: 4000, ...extra }});
const s3 = require('@aws-sdk/client-s3');
ctx.s3m = s3;
ctx.s3 = (extra = {{}}) => new s3.S3Client({{ region: 'us-east-1', endpoint: '{H}', forcePathStyle: true, maxAttempts: 1, ...extra }});
const ddb = require('@aws-sdk/client-dynamodb');
ctx.ddbm = ddb;
ctx.ddb = (extra = {{}}) => new ddb.DynamoDBClient({{ region: 'us-east-1', endpoint: '{H}', maxAttempts: 1, ...extra }});
'''


def node_sdks(run: Run, box: Sandbox) -> None:
    need = (os.path.join(NODE_MODULES, "graphql"),)
    gq = lambda q, v=None: f"return await ctx.gq({J(q)}, {J(v) if v is not None else 'undefined'});"  # noqa: E731
    g = [
        ("graphql_js_query", {"query": "{ ticket(id: 1) { id owner } }"}, gq("{ ticket(id: 1) { id owner } }"), "INCORRECT_PARAMETER"),
        ("graphql_js_query", {"query": "{ tickets(first: 5) { id title }"}, gq("{ tickets(first: 5) { id title }"), "PARAMETER_FORMAT"),
        ("graphql_js_query", {"query": "{ ticket { id } }"}, gq("{ ticket { id } }"), "MISSING_PARAMETER"),
        ("graphql_js_query", {"query": "{ tickets(priority: CRITICAL) { id } }"}, gq("{ tickets(priority: CRITICAL) { id } }"), "INCORRECT_PARAMETER"),
        ("graphql_js_query", {"query": "{ tickets(first: \"5\") { id } }"}, gq('{ tickets(first: "5") { id } }'), "PARAMETER_FORMAT"),
        ("graphql_js_query", {"query": "{ tickets { assignee } }"}, gq("{ tickets { assignee } }"), "MISSING_PARAMETER"),
        ("graphql_js_query", {"query": "{ ticket(id: \"OPS-503\") { id } }"}, gq('{ ticket(id: "OPS-503") { id } }'), "INCORRECT_PARAMETER"),
        ("graphql_js_mutation", {"query": "mutation { openTicket(input: {title: \"Disk full\"}) { id } }"}, gq('mutation { openTicket(input: {title: "Disk full"}) { id } }'), "MISSING_PARAMETER"),
        ("graphql_js_mutation", {"query": "mutation { closeTicket(id: 77) { id } }"}, gq("mutation { closeTicket(id: 77) { id } }"), "WORKFLOW_SEQUENCE"),
        ("graphql_js_mutation", {"query": "mutation { deleteTicket(id: 77) }"}, gq("mutation { deleteTicket(id: 77) }"), "INCORRECT_PARAMETER"),
        ("graphql_js_query", {"query": "query ($p: Priority!) { tickets(priority: $p) { id } }", "variables": {"p": "high"}}, gq("query ($p: Priority!) { tickets(priority: $p) { id } }", {"p": "high"}), "INCORRECT_PARAMETER"),
        ("graphql_js_query", {"query": "query ($n: Int!) { tickets(first: $n) { id } }", "variables": {}}, gq("query ($n: Int!) { tickets(first: $n) { id } }", {}), "MISSING_PARAMETER"),
        ("graphql_js_query", {"query": "query ($n: Int) { tickets(first: $n) { id } }", "variables": {"n": 2.5}}, gq("query ($n: Int) { tickets(first: $n) { id } }", {"n": 2.5}), "PARAMETER_FORMAT"),
        ("graphql_js_query", {"query": "{ tickets { id } tickets { title } __typo }"}, gq("{ tickets { id } __typo }"), "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "graphql_js", "js", g, pre=GQLJS_PRE, needs=need)
    aj = lambda d: f"return ctx.text({J(d)});"  # noqa: E731
    a = [
        ("ajv_schema_check", {"data": {"name": "web"}}, aj({"name": "web"}), "MISSING_PARAMETER"),
        ("ajv_schema_check", {"data": {"name": "web", "replicas": "3"}}, aj({"name": "web", "replicas": "3"}), "PARAMETER_FORMAT"),
        ("ajv_schema_check", {"data": {"name": "web", "replicas": 30}}, aj({"name": "web", "replicas": 30}), "INCORRECT_PARAMETER"),
        ("ajv_schema_check", {"data": {"name": "Web_1", "replicas": 1}}, aj({"name": "Web_1", "replicas": 1}), "PARAMETER_FORMAT"),
        ("ajv_schema_check", {"data": {"name": "web", "replicas": 1, "env": "qa"}}, aj({"name": "web", "replicas": 1, "env": "qa"}), "INCORRECT_PARAMETER"),
        ("ajv_schema_check", {"data": {"name": "web", "replicas": 1, "region": "eu"}}, aj({"name": "web", "replicas": 1, "region": "eu"}), "INCORRECT_PARAMETER"),
        ("ajv_schema_check", {"data": {"name": "web", "replicas": 1, "ports": "80,443"}}, aj({"name": "web", "replicas": 1, "ports": "80,443"}), "PARAMETER_FORMAT"),
        ("ajv_validate_or_throw", {"data": {"replicas": 2}}, "ctx.check({ replicas: 2 });", "MISSING_PARAMETER"),
        ("ajv_validate_or_throw", {"data": {"name": "web", "replicas": 0}}, "ctx.check({ name: 'web', replicas: 0 });", "INCORRECT_PARAMETER"),
        ("ajv_add_schema", {"schema": {"type": "strng"}}, "ctx.ajv.compile({ type: 'strng' });", "INCORRECT_PARAMETER"),
        ("ajv_add_schema", {"schema": {"type": "object", "required": "name"}}, "ctx.ajv.compile({ type: 'object', required: 'name' });", "PARAMETER_FORMAT"),
        ("ajv_add_schema", {"schema": {"$ref": "defs.json#/Pod"}}, "ctx.ajv.compile({ $ref: 'defs.json#/Pod' });", "MISSING_PREREQUISITE"),
        ("ajv_add_schema", {"schema": {"type": "string", "format": "email"}}, "ctx.ajv.compile({ type: 'string', format: 'email' });", "MISSING_PREREQUISITE"),
        ("ajv_add_schema", {"id": "pod"}, "ctx.ajv.addSchema({ $id: 'pod', type: 'object' }); ctx.ajv.addSchema({ $id: 'pod', type: 'object' });", "WORKFLOW_SEQUENCE"),
        ("ajv_get_schema", {"ref": "deployment"}, "const v = ctx.ajv.getSchema('deployment'); v({});", "INCORRECT_PARAMETER"),
        ("ajv_add_schema", {"schema": {"type": "object", "propertiez": {}}}, "new (require('ajv'))({ strict: true }).compile({ type: 'object', propertiez: {} });", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "ajv", "js", a, pre=AJV_PRE, needs=(os.path.join(NODE_MODULES, "ajv"),))
    w = [
        ("express_request", {"method": "GET", "path": "/api/orderz/42"}, "return await ctx.ex('get', '/api/orderz/42');", "INCORRECT_PARAMETER"),
        ("express_request", {"method": "GET", "path": "/api/orders/abc"}, "return await ctx.ex('get', '/api/orders/abc');", "PARAMETER_FORMAT"),
        ("express_request", {"method": "GET", "path": "/api/orders/9999"}, "return await ctx.ex('get', '/api/orders/9999');", "INCORRECT_PARAMETER"),
        ("express_request", {"method": "POST", "path": "/api/orders", "body": "{sku: 'A1'}"}, "return await ctx.ex('post', '/api/orders', \"{sku: 'A1'}\");", "PARAMETER_FORMAT"),
        ("express_request", {"method": "POST", "path": "/api/orders", "body": {}}, "return await ctx.ex('post', '/api/orders', {});", "MISSING_PARAMETER"),
        ("express_request", {"method": "POST", "path": "/api/orders", "body": {"sku": "A1"}}, "return await ctx.ex('post', '/api/orders', { sku: 'A1' });", "WORKFLOW_SEQUENCE"),
        ("express_request", {"method": "POST", "path": "/api/orders", "body": "x" * 3000}, "return await ctx.ex('post', '/api/orders', JSON.stringify({ sku: 'A1', note: 'x'.repeat(3000) }));", "PARAMETER_FORMAT"),
        ("express_request", {"method": "DELETE", "path": "/api/orders/42"}, "return await ctx.ex('delete', '/api/orders/42');", "permission"),
        ("express_request", {"method": "GET", "path": "/api/admin"}, "return await ctx.ex('get', '/api/admin');", "auth"),
        ("express_request", {"method": "GET", "path": "/api/reports"}, "return await ctx.ex('get', '/api/reports');", "server_error"),
        ("express_request", {"method": "GET", "path": "/api/slow"}, "return await ctx.ex('get', '/api/slow');", "timeout"),
        ("express_request", {"method": "GET", "path": "/api/search"}, "return await ctx.ex('get', '/api/search');", "rate_limit"),
        ("express_request", {"method": "PUT", "path": "/api/orders/42"}, "return await ctx.ex('put', '/api/orders/42', { qty: 2 });", "INCORRECT_PARAMETER"),
        ("fastify_inject", {"method": "POST", "url": "/v1/jobs", "payload": {"cron": "0 * * * *"}}, "return await ctx.fi({ method: 'POST', url: '/v1/jobs', payload: { cron: '0 * * * *' } });", "MISSING_PARAMETER"),
        ("fastify_inject", {"method": "POST", "url": "/v1/jobs", "payload": {"name": "nightly", "cron": "every night"}}, "return await ctx.fi({ method: 'POST', url: '/v1/jobs', payload: { name: 'nightly', cron: 'every night' } });", "PARAMETER_FORMAT"),
        ("fastify_inject", {"method": "POST", "url": "/v1/jobs", "payload": {"name": "nightly", "cron": "0 2 * * *", "retries": "three"}}, "return await ctx.fi({ method: 'POST', url: '/v1/jobs', payload: { name: 'nightly', cron: '0 2 * * *', retries: 'three' } });", "PARAMETER_FORMAT"),
        ("fastify_inject", {"method": "POST", "url": "/v1/jobs", "payload": {"name": "nightly", "cron": "0 2 * * *", "queue": "urgent"}}, "return await ctx.fi({ method: 'POST', url: '/v1/jobs', payload: { name: 'nightly', cron: '0 2 * * *', queue: 'urgent' } });", "INCORRECT_PARAMETER"),
        ("fastify_inject", {"method": "POST", "url": "/v1/jobs", "payload": "name=nightly"}, "return await ctx.fi({ method: 'POST', url: '/v1/jobs', payload: 'name=nightly', headers: { 'content-type': 'application/x-www-form-urlencoded' } });", "PARAMETER_FORMAT"),
        ("fastify_inject", {"method": "POST", "url": "/v1/jobs", "payload": "{\"name\": \"nightly\","}, "return await ctx.fi({ method: 'POST', url: '/v1/jobs', payload: '{\"name\": \"nightly\",', headers: { 'content-type': 'application/json' } });", "PARAMETER_FORMAT"),
        ("fastify_inject", {"method": "GET", "url": "/v1/jobs?limit=500"}, "return await ctx.fi({ method: 'GET', url: '/v1/jobs?limit=500' });", "INCORRECT_PARAMETER"),
        ("fastify_inject", {"method": "GET", "url": "/v1/job"}, "return await ctx.fi({ method: 'GET', url: '/v1/job' });", "INCORRECT_PARAMETER"),
        ("fastify_inject", {"method": "GET", "url": "/v1/jobs/00000000-0000-4000-8000-000000000000"}, "return await ctx.fi({ method: 'GET', url: '/v1/jobs/00000000-0000-4000-8000-000000000000' });", "INCORRECT_PARAMETER"),
        ("fastify_inject", {"method": "DELETE", "url": "/v1/jobs/7"}, "return await ctx.fi({ method: 'DELETE', url: '/v1/jobs/7' });", "WORKFLOW_SEQUENCE"),
        ("fastify_inject", {"method": "GET", "url": "/v1/boom"}, "return await ctx.fi({ method: 'GET', url: '/v1/boom' });", "server_error"),
        ("koa_request", {"method": "GET", "path": "/files/report.pdf"}, "return await ctx.ko('get', '/files/report.pdf');", "INCORRECT_PARAMETER"),
        ("koa_request", {"method": "GET", "path": "/private"}, "return await ctx.ko('get', '/private');", "auth"),
        ("koa_request", {"method": "PUT", "path": "/quota"}, "return await ctx.ko('put', '/quota');", "resource"),
        ("koa_request", {"method": "GET", "path": "/upstream"}, "return await ctx.ko('get', '/upstream');", "server_error"),
        ("koa_request", {"method": "PATCH", "path": "/lock"}, "return await ctx.ko('patch', '/lock');", "WORKFLOW_SEQUENCE"),
        ("koa_request", {"method": "DELETE", "path": "/orders"}, "return await ctx.ko('delete', '/orders');", "INCORRECT_PARAMETER"),
    ]
    drive(run, box, "web_injects", "js", w, pre=WEB_PRE, needs=(os.path.join(NODE_MODULES, "fastify"),))
    cl = [
        ("octokit_repos_get", {"owner": "corpus9", "repo": "missing"}, "await ctx.gh().rest.repos.get({ owner: 'corpus9', repo: 'missing' });", "INCORRECT_PARAMETER"),
        ("octokit_repos_get", {"owner": "corpus9", "repo": "app", "auth": "ghp_expired"}, "await ctx.gh('ghp_expired').rest.repos.get({ owner: 'corpus9', repo: 'app' });", "auth"),
        ("octokit_repos_get", {"owner": "corpus9", "repo": "locked"}, "await ctx.gh().rest.repos.get({ owner: 'corpus9', repo: 'locked' });", "permission"),
        ("octokit_search_code", {"q": "TODO repo:corpus9/app"}, "await ctx.gh().rest.search.code({ q: 'TODO repo:corpus9/app' });", "rate_limit"),
        ("octokit_repos_get", {"owner": "corpus9", "repo": "flaky"}, "await ctx.gh().rest.repos.get({ owner: 'corpus9', repo: 'flaky' });", "server_error"),
        ("octokit_issues_create", {"owner": "corpus9", "repo": "app", "title": ""}, "await ctx.gh().rest.issues.create({ owner: 'corpus9', repo: 'app', title: '' });", "MISSING_PARAMETER"),
        ("octokit_issues_create", {"owner": "corpus9", "repo": "app", "title": "Bug", "labels": ["nonexistent"]}, "await ctx.gh().rest.issues.create({ owner: 'corpus9', repo: 'app', title: 'Bug', labels: ['nonexistent'] });", "INCORRECT_PARAMETER"),
        ("octokit_issues_create", {"owner": "corpus9", "repo": "app", "title": "Bug"}, "await ctx.gh().rest.issues.create({ owner: 'corpus9', repo: 'app', title: 'Bug' });", "MISSING_PREREQUISITE"),
        ("octokit_issues_create", {"owner": "corpus9", "repo": "archived", "title": "Bug"}, "await ctx.gh().rest.issues.create({ owner: 'corpus9', repo: 'archived', title: 'Bug' });", "read_only"),
        ("octokit_pulls_create", {"head": "feature-x", "base": "main"}, "await ctx.gh().rest.pulls.create({ owner: 'corpus9', repo: 'app', head: 'feature-x', base: 'main', title: 'X' });", "WORKFLOW_SEQUENCE"),
        ("octokit_pulls_create", {"head": "feature-dup", "base": "main"}, "await ctx.gh().rest.pulls.create({ owner: 'corpus9', repo: 'app', head: 'feature-dup', base: 'main', title: 'X' });", "WORKFLOW_SEQUENCE"),
        ("octokit_pulls_create", {"head": "feture-y", "base": "main"}, "await ctx.gh().rest.pulls.create({ owner: 'corpus9', repo: 'app', head: 'feture-y', base: 'main', title: 'Y' });", "INCORRECT_PARAMETER"),
        ("octokit_pulls_merge", {"pull_number": 7}, "await ctx.gh().rest.pulls.merge({ owner: 'corpus9', repo: 'app', pull_number: 7 });", "WORKFLOW_SEQUENCE"),
        ("octokit_pulls_get", {"pull_number": 9999}, "await ctx.gh().rest.pulls.get({ owner: 'corpus9', repo: 'app', pull_number: 9999 });", "INCORRECT_PARAMETER"),
        ("octokit_git_create_ref", {"ref": "release-9", "sha": "abc1234"}, "await ctx.gh().rest.git.createRef({ owner: 'corpus9', repo: 'app', ref: 'release-9', sha: 'abc1234' });", "PARAMETER_FORMAT"),
        ("octokit_git_create_ref", {"ref": "refs/heads/release-9", "sha": "abc1234"}, "await ctx.gh().rest.git.createRef({ owner: 'corpus9', repo: 'app', ref: 'refs/heads/release-9', sha: 'abc1234' });", "PARAMETER_FORMAT"),
        ("octokit_git_create_ref", {"ref": "refs/heads/main", "sha": "3f1c2a0d9b8e7f6a5c4d3e2f1a0b9c8d7e6f5401"}, "await ctx.gh().rest.git.createRef({ owner: 'corpus9', repo: 'app', ref: 'refs/heads/main', sha: '3f1c2a0d9b8e7f6a5c4d3e2f1a0b9c8d7e6f5401' });", "WORKFLOW_SEQUENCE"),
        ("octokit_git_delete_ref", {"ref": "heads/old-branch"}, "await ctx.gh().rest.git.deleteRef({ owner: 'corpus9', repo: 'app', ref: 'heads/old-branch' });", "INCORRECT_PARAMETER"),
        ("octokit_repos_merge", {"base": "main", "head": "feature-z"}, "await ctx.gh().rest.repos.merge({ owner: 'corpus9', repo: 'app', base: 'main', head: 'feature-z' });", "WORKFLOW_SEQUENCE"),
        ("octokit_issues_create_label", {"name": "bug"}, "await ctx.gh().rest.issues.createLabel({ owner: 'corpus9', repo: 'app', name: 'bug' });", "WORKFLOW_SEQUENCE"),
        ("octokit_actions_create_workflow_dispatch", {"workflow_id": "ci.yml", "ref": "release-9"}, "await ctx.gh().rest.actions.createWorkflowDispatch({ owner: 'corpus9', repo: 'app', workflow_id: 'ci.yml', ref: 'release-9' });", "INCORRECT_PARAMETER"),
        ("octokit_repos_create_or_update_file_contents", {"path": "README.md", "sha": None}, "await ctx.gh().rest.repos.createOrUpdateFileContents({ owner: 'corpus9', repo: 'app', path: 'README.md', message: 'docs', content: 'aGk=' });", "MISSING_PARAMETER"),
        ("octokit_repos_create_or_update_file_contents", {"path": "README.md", "sha": "0d1e2f"}, "await ctx.gh().rest.repos.createOrUpdateFileContents({ owner: 'corpus9', repo: 'app', path: 'README.md', message: 'docs', content: 'aGk=', sha: '0d1e2f' });", "WORKFLOW_SEQUENCE"),
        ("octokit_repos_create_in_org", {"org": "corpus9", "name": "app"}, "await ctx.gh().rest.repos.createInOrg({ org: 'corpus9', name: 'app' });", "WORKFLOW_SEQUENCE"),
        ("octokit_repos_get", {"owner": "corpus9"}, "await ctx.gh().rest.repos.get({ owner: 'corpus9' });", "MISSING_PARAMETER"),
        ("octokit_repos_get", {"baseUrl": f"http://127.0.0.1:{C}"}, f"await new (require('@octokit/rest').Octokit)({{ baseUrl: 'http://127.0.0.1:{C}' }}).rest.repos.get({{ owner: 'corpus9', repo: 'app' }});", "network"),
        ("octokit_repos_get", {"baseUrl": f"https://ghe.{NOHOST}/api/v3"}, f"await new (require('@octokit/rest').Octokit)({{ baseUrl: 'https://ghe.{NOHOST}/api/v3' }}).rest.repos.get({{ owner: 'corpus9', repo: 'app' }});", "dns"),
        ("octokit_repos_get", {"baseUrl": f"{HS}/gh"}, f"await new (require('@octokit/rest').Octokit)({{ baseUrl: '{HS}/gh' }}).rest.repos.get({{ owner: 'corpus9', repo: 'app' }});", "tls"),
        ("slack_web_chat_post_message", {"channel": "C0MISSING", "text": "deploy done"}, "await ctx.slack().chat.postMessage({ channel: 'C0MISSING', text: 'deploy done' });", "INCORRECT_PARAMETER"),
        ("slack_web_chat_post_message", {"channel": "C0ARCHIVED", "text": "deploy done"}, "await ctx.slack().chat.postMessage({ channel: 'C0ARCHIVED', text: 'deploy done' });", "INCORRECT_PARAMETER"),
        ("slack_web_chat_post_message", {"channel": "C0NOTIN", "text": "deploy done"}, "await ctx.slack().chat.postMessage({ channel: 'C0NOTIN', text: 'deploy done' });", "MISSING_PREREQUISITE"),
        ("slack_web_chat_post_message", {"channel": "C0GENERAL"}, "await ctx.slack().chat.postMessage({ channel: 'C0GENERAL' });", "MISSING_PARAMETER"),
        ("slack_web_chat_post_message", {"channel": "C0GENERAL", "blocks": [{"type": "section"}]}, "await ctx.slack().chat.postMessage({ channel: 'C0GENERAL', text: 'x', blocks: [{ type: 'section' }] });", "PARAMETER_FORMAT"),
        ("slack_web_chat_post_message", {"channel": "C0GENERAL", "text": "x" * 4001}, "await ctx.slack().chat.postMessage({ channel: 'C0GENERAL', text: 'x'.repeat(4001) });", "PARAMETER_FORMAT"),
        ("slack_web_chat_post_message", {"channel": "C0GENERAL", "token": "xoxb-invalid"}, "await ctx.slack('xoxb-invalid').chat.postMessage({ channel: 'C0GENERAL', text: 'hi' });", "auth"),
        ("slack_web_chat_post_message", {"channel": "C0GENERAL", "token": "xoxb-revoked"}, "await ctx.slack('xoxb-revoked').chat.postMessage({ channel: 'C0GENERAL', text: 'hi' });", "auth"),
        ("slack_web_chat_post_message", {"channel": "C0GENERAL", "token": "xoxb-noscope"}, "await ctx.slack('xoxb-noscope').chat.postMessage({ channel: 'C0GENERAL', text: 'hi' });", "permission"),
        ("slack_web_chat_post_message", {"channel": "C0BUSY", "text": "hi"}, "await ctx.slack().chat.postMessage({ channel: 'C0BUSY', text: 'hi' });", "rate_limit"),
        ("slack_web_chat_post_message", {"channel": "C0BROKEN", "text": "hi"}, "await ctx.slack().chat.postMessage({ channel: 'C0BROKEN', text: 'hi' });", "server_error"),
        ("slack_web_chat_post_message", {"channel": "C0DOWN", "text": "hi"}, "await ctx.slack().chat.postMessage({ channel: 'C0DOWN', text: 'hi' });", "server_error"),
        ("slack_web_chat_post_message", {"channel": "C0RESTRICT", "text": "hi"}, "await ctx.slack().chat.postMessage({ channel: 'C0RESTRICT', text: 'hi' });", "permission"),
        ("slack_web_users_info", {"user": "U0MISSING"}, "await ctx.slack().users.info({ user: 'U0MISSING' });", "INCORRECT_PARAMETER"),
        ("slack_web_conversations_create", {"name": "taken"}, "await ctx.slack().conversations.create({ name: 'taken' });", "WORKFLOW_SEQUENCE"),
        ("slack_web_conversations_create", {"name": "Bad Name!"}, "await ctx.slack().conversations.create({ name: 'Bad Name!' });", "PARAMETER_FORMAT"),
        ("slack_web_reactions_add", {"channel": "C0GENERAL", "name": "thumbsup", "timestamp": "1700000000.000100"}, "await ctx.slack().reactions.add({ channel: 'C0GENERAL', name: 'thumbsup', timestamp: '1700000000.000100' });", "WORKFLOW_SEQUENCE"),
        ("slack_web_conversations_invite", {"channel": "C0GENERAL", "users": "U0AGENT"}, "await ctx.slack().conversations.invite({ channel: 'C0GENERAL', users: 'U0AGENT' });", "WORKFLOW_SEQUENCE"),
        ("slack_web_chat_update", {"channel": "C0GENERAL", "ts": "ts-missing"}, "await ctx.slack().chat.update({ channel: 'C0GENERAL', ts: 'ts-missing', text: 'edit' });", "INCORRECT_PARAMETER"),
        ("slack_web_chat_update", {"channel": "C0GENERAL", "ts": "ts-other"}, "await ctx.slack().chat.update({ channel: 'C0GENERAL', ts: 'ts-other', text: 'edit' });", "permission"),
        ("slack_web_chat_schedule_message", {"channel": "C0GENERAL", "post_at": 1600000000}, "await ctx.slack().chat.scheduleMessage({ channel: 'C0GENERAL', text: 'later', post_at: 1600000000 });", "INCORRECT_PARAMETER"),
        ("slack_web_files_info", {"file": "F0MISSING"}, "await ctx.slack().files.info({ file: 'F0MISSING' });", "INCORRECT_PARAMETER"),
        ("slack_web_chat_post_message", {"slackApiUrl": f"http://127.0.0.1:{C}/api/"}, f"await new (require('@slack/web-api').WebClient)('xoxb-corpus9', {{ slackApiUrl: 'http://127.0.0.1:{C}/api/', retryConfig: {{ retries: 0 }}, logLevel: 'error' }}).chat.postMessage({{ channel: 'C0GENERAL', text: 'hi' }});", "network"),
        ("stripe_customers_retrieve", {"id": "cus_missing"}, "await ctx.stripe().customers.retrieve('cus_missing');", "INCORRECT_PARAMETER"),
        ("stripe_customers_retrieve", {"id": "cus_42", "key": "sk_test_expired"}, "await ctx.stripe('sk_test_expired').customers.retrieve('cus_42');", "auth"),
        ("stripe_charges_create", {"key": "rk_test_limited"}, "await ctx.stripe('rk_test_limited').charges.create({ amount: 500, currency: 'usd', source: 'tok_visa' });", "permission"),
        ("stripe_customers_retrieve", {"id": "cus_busy"}, "await ctx.stripe().customers.retrieve('cus_busy');", "rate_limit"),
        ("stripe_customers_retrieve", {"id": "cus_broken"}, "await ctx.stripe().customers.retrieve('cus_broken');", "server_error"),
        ("stripe_charges_create", {"currency": "usd"}, "await ctx.stripe().charges.create({ currency: 'usd', source: 'tok_visa' });", "MISSING_PARAMETER"),
        ("stripe_charges_create", {"amount": "5.00", "currency": "usd"}, "await ctx.stripe().charges.create({ amount: '5.00', currency: 'usd' });", "PARAMETER_FORMAT"),
        ("stripe_payment_intents_create", {"amount": 20, "currency": "usd"}, "await ctx.stripe().paymentIntents.create({ amount: 20, currency: 'usd' });", "INCORRECT_PARAMETER"),
        ("stripe_payment_intents_create", {"amount": 500, "currency": "dollars"}, "await ctx.stripe().paymentIntents.create({ amount: 500, currency: 'dollars' });", "INCORRECT_PARAMETER"),
        ("stripe_payment_intents_confirm", {"id": "pi_3Corpus9"}, "await ctx.stripe().paymentIntents.confirm('pi_3Corpus9');", "WORKFLOW_SEQUENCE"),
        ("stripe_refunds_create", {"charge": "ch_3Corpus9"}, "await ctx.stripe().refunds.create({ charge: 'ch_3Corpus9' });", "WORKFLOW_SEQUENCE"),
        ("stripe_invoices_finalize", {"id": "in_1Corpus9"}, "await ctx.stripe().invoices.finalizeInvoice('in_1Corpus9');", "WORKFLOW_SEQUENCE"),
        ("stripe_subscriptions_create", {"items": [{"price": "price_nope"}]}, "await ctx.stripe().subscriptions.create({ items: [{ price: 'price_nope' }] });", "MISSING_PARAMETER"),
        ("stripe_subscriptions_create", {"customer": "cus_42", "items": [{"price": "price_nope"}]}, "await ctx.stripe().subscriptions.create({ customer: 'cus_42', items: [{ price: 'price_nope' }] });", "INCORRECT_PARAMETER"),
        ("stripe_customers_create", {"email": "agent-at-example"}, "await ctx.stripe().customers.create({ email: 'agent-at-example' });", "PARAMETER_FORMAT"),
        ("stripe_customers_create", {"emial": "a@b.c"}, "await ctx.stripe().customers.create({ emial: 'a@b.c' });", "INCORRECT_PARAMETER"),
        ("stripe_webhook_endpoints_create", {"url": "http://localhost/hook"}, "await ctx.stripe().webhookEndpoints.create({ url: 'http://localhost/hook', enabled_events: ['charge.succeeded'] });", "INCORRECT_PARAMETER"),
        ("stripe_customers_retrieve", {"host": f"127.0.0.1:{C}"}, f"await new (require('stripe'))('sk_test_corpus9', {{ host: '127.0.0.1', port: {C}, protocol: 'http', maxNetworkRetries: 0 }}).customers.retrieve('cus_42');", "network"),
        ("stripe_customers_retrieve", {"host": f"127.0.0.1:{HANG_PORT}"}, f"await new (require('stripe'))('sk_test_corpus9', {{ host: '127.0.0.1', port: {HANG_PORT}, protocol: 'http', maxNetworkRetries: 0, timeout: 2000 }}).customers.retrieve('cus_42');", "timeout"),
        ("openai_chat_completions_create", {"model": "gpt-9"}, "await ctx.oa().chat.completions.create({ model: 'gpt-9', messages: [{ role: 'user', content: 'hi' }] });", "INCORRECT_PARAMETER"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini", "apiKey": "sk-expired"}, "await ctx.oa('sk-expired').chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });", "auth"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini", "apiKey": "sk-noquota"}, "await ctx.oa('sk-noquota').chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });", "resource"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini", "apiKey": "sk-proj-noorg"}, "await ctx.oa('sk-proj-noorg').chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });", "permission"),
        ("openai_chat_completions_create", {"model": "gpt-busy"}, "await ctx.oa().chat.completions.create({ model: 'gpt-busy', messages: [{ role: 'user', content: 'hi' }] });", "rate_limit"),
        ("openai_chat_completions_create", {"model": "gpt-broken"}, "await ctx.oa().chat.completions.create({ model: 'gpt-broken', messages: [{ role: 'user', content: 'hi' }] });", "server_error"),
        ("openai_chat_completions_create", {"model": "gpt-overloaded"}, "await ctx.oa().chat.completions.create({ model: 'gpt-overloaded', messages: [{ role: 'user', content: 'hi' }] });", "server_error"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini"}, "await ctx.oa().chat.completions.create({ model: 'gpt-4o-mini' });", "MISSING_PARAMETER"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini", "temperature": 3}, "await ctx.oa().chat.completions.create({ model: 'gpt-4o-mini', temperature: 3, messages: [{ role: 'user', content: 'hi' }] });", "INCORRECT_PARAMETER"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini", "messages": [{"role": "human"}]}, "await ctx.oa().chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'human', content: 'hi' }] });", "INCORRECT_PARAMETER"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini", "messages": "hi"}, "await ctx.oa().chat.completions.create({ model: 'gpt-4o-mini', messages: 'hi' });", "PARAMETER_FORMAT"),
        ("openai_chat_completions_create", {"model": "gpt-4o-mini", "response_format": {"type": "json_schema"}}, "await ctx.oa().chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], response_format: { type: 'json_schema' } });", "MISSING_PARAMETER"),
        ("openai_node_embeddings_create", {"model": "text-embedding-3-small", "input": None}, "await ctx.oa().embeddings.create({ model: 'text-embedding-3-small', input: null });", "MISSING_PARAMETER"),
        ("openai_files_retrieve", {"file_id": "file-corpus9missing"}, "await ctx.oa().files.retrieve('file-corpus9missing');", "INCORRECT_PARAMETER"),
        ("openai_fine_tuning_jobs_create", {"training_file": "file-corpus9train"}, "await ctx.oa().fineTuning.jobs.create({ model: 'gpt-4o-mini', training_file: 'file-corpus9train' });", "WORKFLOW_SEQUENCE"),
        ("openai_client", {"apiKey": None}, "delete process.env.OPENAI_API_KEY; new (require('openai'))({});", "MISSING_PREREQUISITE"),
        ("openai_chat_completions_create", {"baseURL": f"http://127.0.0.1:{C}/v1"}, f"await ctx.oa('sk-corpus9', 'http://127.0.0.1:{C}/v1').chat.completions.create({{ model: 'gpt-4o-mini', messages: [{{ role: 'user', content: 'hi' }}] }});", "network"),
        ("openai_chat_completions_create", {"baseURL": f"http://127.0.0.1:{HANG_PORT}/v1"}, f"await ctx.oa('sk-corpus9', 'http://127.0.0.1:{HANG_PORT}/v1', {{ timeout: 2000 }}).chat.completions.create({{ model: 'gpt-4o-mini', messages: [{{ role: 'user', content: 'hi' }}] }});", "timeout"),
        ("openai_chat_completions_create", {"baseURL": f"https://llm.{NOHOST}/v1"}, f"await ctx.oa('sk-corpus9', 'https://llm.{NOHOST}/v1').chat.completions.create({{ model: 'gpt-4o-mini', messages: [{{ role: 'user', content: 'hi' }}] }});", "dns"),
        ("s3_client_get_object", {"Bucket": "corpus9-missing", "Key": "a.csv"}, "await ctx.s3().send(new ctx.s3m.GetObjectCommand({ Bucket: 'corpus9-missing', Key: 'a.csv' }));", "INCORRECT_PARAMETER"),
        ("s3_client_get_object", {"Bucket": "corpus9-data", "Key": "reports/2026-13.csv"}, "await ctx.s3().send(new ctx.s3m.GetObjectCommand({ Bucket: 'corpus9-data', Key: 'reports/2026-13.csv' }));", "INCORRECT_PARAMETER"),
        ("s3_client_put_object", {"Bucket": "corpus9-locked", "Key": "a.csv"}, "await ctx.s3().send(new ctx.s3m.PutObjectCommand({ Bucket: 'corpus9-locked', Key: 'a.csv', Body: 'x' }));", "permission"),
        ("s3_client_list_objects_v2", {"Bucket": "corpus9-busy"}, "await ctx.s3().send(new ctx.s3m.ListObjectsV2Command({ Bucket: 'corpus9-busy' }));", "rate_limit"),
        ("s3_client_list_objects_v2", {"Bucket": "corpus9-broken"}, "await ctx.s3().send(new ctx.s3m.ListObjectsV2Command({ Bucket: 'corpus9-broken' }));", "server_error"),
        ("s3_client_create_bucket", {"Bucket": "corpus9-data"}, "await ctx.s3().send(new ctx.s3m.CreateBucketCommand({ Bucket: 'corpus9-data' }));", "WORKFLOW_SEQUENCE"),
        ("s3_client_delete_bucket", {"Bucket": "corpus9-data"}, "await ctx.s3().send(new ctx.s3m.DeleteBucketCommand({ Bucket: 'corpus9-data' }));", "WORKFLOW_SEQUENCE"),
        ("s3_client_head_object", {"Bucket": "corpus9-data", "Key": "missing.bin"}, "await ctx.s3().send(new ctx.s3m.HeadObjectCommand({ Bucket: 'corpus9-data', Key: 'missing.bin' }));", "INCORRECT_PARAMETER"),
        ("s3_client_complete_multipart_upload", {"UploadId": "corpus9-upload-1"}, "await ctx.s3().send(new ctx.s3m.CompleteMultipartUploadCommand({ Bucket: 'corpus9-data', Key: 'big.bin', UploadId: 'corpus9-upload-1', MultipartUpload: { Parts: [{ ETag: 'x', PartNumber: 1 }] } }));", "INCORRECT_PARAMETER"),
        ("s3_client_copy_object", {"CopySource": "corpus9-data/src/missing.csv"}, "await ctx.s3().send(new ctx.s3m.CopyObjectCommand({ Bucket: 'corpus9-data', Key: 'dst.csv', CopySource: 'corpus9-data/src/missing.csv' }));", "INCORRECT_PARAMETER"),
        ("s3_client_get_object", {"Bucket": "corpus9-data"}, "await ctx.s3().send(new ctx.s3m.GetObjectCommand({ Bucket: 'corpus9-data' }));", "MISSING_PARAMETER"),
        ("s3_client_get_object", {"Bucket": "corpus9-data", "Key": "a.csv", "credentials": "expired"}, "await ctx.s3({ credentials: { accessKeyId: 'ASIAEXPIRED', secretAccessKey: 'x', sessionToken: 't' } }).send(new ctx.s3m.GetObjectCommand({ Bucket: 'corpus9-data', Key: 'a.csv' }));", "auth"),
        ("s3_client_get_object", {"Bucket": "corpus9-data", "Key": "a.csv", "VersionId": "v-9"}, "await ctx.s3().send(new ctx.s3m.GetObjectCommand({ Bucket: 'corpus9-data', Key: 'a.csv', VersionId: 'v-9' }));", "PARAMETER_FORMAT"),
        ("s3_client_get_object", {"endpoint": f"http://127.0.0.1:{C}"}, f"await ctx.s3({{ endpoint: 'http://127.0.0.1:{C}' }}).send(new ctx.s3m.GetObjectCommand({{ Bucket: 'corpus9-data', Key: 'a.csv' }}));", "network"),
        ("s3_client_get_object", {"endpoint": f"https://s3.{NOHOST}"}, f"await ctx.s3({{ endpoint: 'https://s3.{NOHOST}' }}).send(new ctx.s3m.GetObjectCommand({{ Bucket: 'corpus9-data', Key: 'a.csv' }}));", "dns"),
        ("s3_client_get_object", {"region": None}, "await new ctx.s3m.S3Client({ region: undefined, maxAttempts: 1 }).send(new ctx.s3m.GetObjectCommand({ Bucket: 'corpus9-data', Key: 'a.csv' }));", "dns"),
        ("dynamodb_client_get_item", {"TableName": "corpus9-missing"}, "await ctx.ddb().send(new ctx.ddbm.GetItemCommand({ TableName: 'corpus9-missing', Key: { id: { S: '1' } } }));", "INCORRECT_PARAMETER"),
        ("dynamodb_client_get_item", {"TableName": "corpus9-orders", "Key": {"order_id": {"S": "1"}}}, "await ctx.ddb().send(new ctx.ddbm.GetItemCommand({ TableName: 'corpus9-orders', Key: { order_id: { S: '1' } } }));", "PARAMETER_FORMAT"),
        ("dynamodb_client_put_item", {"TableName": "corpus9-orders", "Item": {"sku": {"S": "A1"}}}, "await ctx.ddb().send(new ctx.ddbm.PutItemCommand({ TableName: 'corpus9-orders', Item: { sku: { S: 'A1' } } }));", "MISSING_PARAMETER"),
        ("dynamodb_client_put_item", {"TableName": "corpus9-orders", "ConditionExpression": "attribute_not_exists(id)"}, "await ctx.ddb().send(new ctx.ddbm.PutItemCommand({ TableName: 'corpus9-orders', Item: { id: { S: '1' } }, ConditionExpression: 'attribute_not_exists(id)' }));", "WORKFLOW_SEQUENCE"),
        ("dynamodb_client_create_table", {"TableName": "corpus9-orders"}, "await ctx.ddb().send(new ctx.ddbm.CreateTableCommand({ TableName: 'corpus9-orders', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));", "WORKFLOW_SEQUENCE"),
        ("dynamodb_client_delete_table", {"TableName": "corpus9-orders"}, "await ctx.ddb().send(new ctx.ddbm.DeleteTableCommand({ TableName: 'corpus9-orders' }));", "WORKFLOW_SEQUENCE"),
        ("dynamodb_client_update_item", {"UpdateExpression": "SET = :v"}, "await ctx.ddb().send(new ctx.ddbm.UpdateItemCommand({ TableName: 'corpus9-orders', Key: { id: { S: '1' } }, UpdateExpression: 'SET = :v', ExpressionAttributeValues: { ':v': { S: 'x' } } }));", "PARAMETER_FORMAT"),
        ("dynamodb_client_query", {"TableName": "corpus9-orders"}, "await ctx.ddb().send(new ctx.ddbm.QueryCommand({ TableName: 'corpus9-orders' }));", "MISSING_PARAMETER"),
        ("dynamodb_client_scan", {"TableName": "corpus9-orders", "ExpressionAttributeValues": {":status": {"S": "open"}}}, "await ctx.ddb().send(new ctx.ddbm.ScanCommand({ TableName: 'corpus9-orders', ExpressionAttributeValues: { ':status': { S: 'open' } } }));", "INCORRECT_PARAMETER"),
        ("dynamodb_client_scan", {"TableName": "corpus9-hot"}, "await ctx.ddb().send(new ctx.ddbm.ScanCommand({ TableName: 'corpus9-hot' }));", "rate_limit"),
        ("dynamodb_client_scan", {"TableName": "corpus9-throttled"}, "await ctx.ddb().send(new ctx.ddbm.ScanCommand({ TableName: 'corpus9-throttled' }));", "rate_limit"),
        ("dynamodb_client_scan", {"TableName": "corpus9-broken"}, "await ctx.ddb().send(new ctx.ddbm.ScanCommand({ TableName: 'corpus9-broken' }));", "server_error"),
        ("dynamodb_client_scan", {"TableName": "corpus9-orders", "credentials": "denied"}, "await ctx.ddb({ credentials: { accessKeyId: 'AKIADENIED', secretAccessKey: 'x' } }).send(new ctx.ddbm.ScanCommand({ TableName: 'corpus9-orders' }));", "permission"),
        ("dynamodb_client_scan", {"TableName": "corpus9-orders", "credentials": "expired"}, "await ctx.ddb({ credentials: { accessKeyId: 'ASIAEXPIRED', secretAccessKey: 'x', sessionToken: 't' } }).send(new ctx.ddbm.ScanCommand({ TableName: 'corpus9-orders' }));", "auth"),
        ("dynamodb_client_scan", {"endpoint": f"http://127.0.0.1:{RESET_PORT}"}, f"await ctx.ddb({{ endpoint: 'http://127.0.0.1:{RESET_PORT}' }}).send(new ctx.ddbm.ScanCommand({{ TableName: 'corpus9-orders' }}));", "network"),
    ]
    drive(run, box, "api_clients", "js", cl, pre=CLIENTS_PRE, needs=(os.path.join(NODE_MODULES, "@octokit", "rest"),))


def pypi_route(req: Request) -> Reply:
    """A fake upload endpoint (the legacy upload API twine speaks)."""
    if "/dup/" in req.path:
        return Reply(400, "File already exists ('corpus9_pkg-0.1.0-py3-none-any.whl', with blake2_256 hash '4f2b'). See https://pypi.org/help/#file-name-reuse for more information.", "text/plain")
    if "/denied/" in req.path:
        return Reply(403, "The user 'agent' isn't allowed to upload to project 'corpus9-pkg'. See https://pypi.org/help/#project-name for more information.", "text/plain")
    if "/auth/" in req.path:
        return Reply(403, "Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.", "text/plain")
    if "/busy/" in req.path:
        return Reply(429, "Too many new projects created", "text/plain")
    return Reply(503, "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>", "text/html")


def cli_setup(box: Sandbox) -> str:
    d = box.mkdir("cli")
    w = lambda rel, text: box.write(os.path.join(d, rel), text)  # noqa: E731
    w("web/tsconfig.json", J({"compilerOptions": {"strict": True, "noEmit": True, "target": "es2020", "module": "commonjs"}, "include": ["src"]}))
    w("web/src/index.ts", "interface User { name: string }\nconst u: User = { name: 'a' };\nconsole.log(u.naem);\n")
    w("web2/tsconfig.json", J({"compilerOptions": {"strict": True, "noEmit": True}, "include": ["src"]}))
    w("web2/src/index.ts", "import { pad } from 'left-pad-ts';\nconsole.log(pad);\n")
    w("web/src/ok.ts", "export const x: number = 1;\n")
    w("web/src/app.js", "const a = 1\nconsole.log(a)\n")
    w("web/src/broken.js", "function f( {\n  return 1\n")
    w("web/eslint.config.js", "module.exports = [{ files: ['**/*.js'], rules: { semi: 'error' } }];\n")
    w("web/plugin-cfg/eslint.config.js", "const react = require('eslint-plugin-react');\nmodule.exports = [react.configs.flat.recommended];\n")
    w("web/plugin-cfg/a.js", "var x = 1;\n")
    w("badts/tsconfig.json", '{ "compilerOptions": { "strict": true, } "include": ["src"] }\n')
    w("badts/src/a.ts", "export const a = 1;\n")
    w("bundle/src/main.ts", "import pad from 'left-pad';\nimport { helper } from './util';\nconsole.log(pad, helper);\n")
    w("bundle/src/util.ts", "export const helper = 1;\n")
    w("bundle/src/other.ts", "export const other = 2;\n")
    w("jestp/package.json", J({"name": "jestp", "version": "1.0.0", "jest": {"testEnvironment": "node"}}))
    w("jestp/sum.test.js", "test('adds', () => { expect(1 + 1).toBe(2); });\n")
    w("toxp/tox.ini", "[tox]\nenvlist = py311, lint\nskipsdist = true\n\n[testenv]\ncommands = python -c 'print(1)'\n\n[testenv:lint]\ncommands = ruff check .\n")
    w("toxbad/tox.ini", "[tox\nenvlist = py311\n")
    w("noxp/noxfile.py", "import nox\n\n@nox.session(python=False)\ndef tests(session):\n    session.run('python', '-c', 'print(1)')\n\n@nox.session(python='3.7')\ndef legacy(session):\n    session.run('pytest')\n")
    w("noxbad/noxfile.py", "import nox\n\n@nox.session(python=False\ndef tests(session):\n    pass\n")
    w("pkg/pyproject.toml", '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "corpus9-pkg"\nversion = "0.1.0"\n')
    w("pkg/corpus9_pkg/__init__.py", "")
    w("badpkg/pyproject.toml", '[project\nname = "corpus9-bad"\n')
    w("dist/corpus9_pkg-0.1.0-py3-none-any.whl", "this is not a zip archive\n")
    w("dist/README.md", "not a distribution\n")
    w("ans/inventory.ini", "[web]\nlocalhost ansible_connection=local\n[db]\ndb1 ansible_host=127.0.0.1 ansible_port=%d ansible_user=agent\n" % C)
    w("ans/broken.yml", "- hosts: web\n  tasks:\n    - name: copy\n      ansible.builtin.copy:\n        src: a\n       dest: b\n")
    w("ans/badmodule.yml", "- hosts: web\n  gather_facts: false\n  tasks:\n    - name: copy config\n      ansible.builtin.cpy:\n        src: app.conf\n        dest: /tmp/app.conf\n")
    w("ans/missingvar.yml", "- hosts: web\n  gather_facts: false\n  tasks:\n    - name: show\n      ansible.builtin.debug:\n        msg: \"{{ release_version }}\"\n")
    w("ans/fail.yml", "- hosts: web\n  gather_facts: false\n  tasks:\n    - name: read config\n      ansible.builtin.slurp:\n        src: /etc/corpus9/app.conf\n")
    w("ans/role.yml", "- hosts: web\n  gather_facts: false\n  roles:\n    - corpus9.webserver\n")
    w("java/Main.java", "public class Main { public static void main(String[] a) { System.out.println(1); } }\n")
    w("java/Uses.java", "import org.apache.commons.lang3.StringUtils;\npublic class Uses { }\n")
    w("java/Wrong.java", "public class Right { }\n")
    w("java/manifest.txt", "Created-By: corpus9\n")
    w("mvn/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>c9</groupId><artifactId>app</artifactId><version>1</version></project>\n")
    w("mvnbad/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>c9</groupId>\n")
    w("rs/main.rs", "use serde::Serialize;\nfn main() {}\n")
    w("rs/ok.rs", "fn main() {}\n")
    w("tf/main.tf", 'resource "terraform_data" "web" {\n  input = "x"\n}\noutput "ip" {\n  value = "1.2.3.4"\n}\n')
    w("tfbad/main.tf", 'resource "terraform_data" "web" {\n  input = \n}\n')
    w("empty/.keep", "")
    return d


def clis(run: Run, box: Sandbox) -> None:
    d = cli_setup(box)
    a = ALIAS + "/cli"
    c = lambda *args, **kw: cli(run, *args, **kw)  # noqa: E731
    py = SDK_PY
    # TypeScript compiler
    c("tsc_noemit", {"project": "web"}, f"cd {d}/web && tsc --noEmit -p .", "INCORRECT_PARAMETER", stream="stdout", needs=("tsc",))
    c("tsc_noemit", {"project": "web2"}, f"cd {d}/web2 && tsc --noEmit -p .", "MISSING_PREREQUISITE", stream="stdout", needs=("tsc",))
    c("tsc_project", {"project": "tsconfig.build.json"}, f"cd {d}/web && tsc -p tsconfig.build.json", "INCORRECT_PARAMETER", stream="stdout", needs=("tsc",))
    c("tsc_project", {"project": "badts"}, f"cd {d}/badts && tsc -p .", "PARAMETER_FORMAT", stream="stdout", needs=("tsc",))
    c("tsc_build", {"target": "es2099"}, f"cd {d}/web && tsc --target es2099 src/ok.ts", "INCORRECT_PARAMETER", stream="stdout", needs=("tsc",))
    c("tsc_build", {"flag": "--strictt"}, f"cd {d}/web && tsc --strictt src/ok.ts", "PARAMETER_FORMAT", stream="stdout", needs=("tsc",))
    c("tsc_build", {"file": "src/mian.ts"}, f"cd {d}/web && tsc --noEmit src/mian.ts", "INCORRECT_PARAMETER", stream="stdout", needs=("tsc",))
    c("tsc_build", {"module": "amd2"}, f"cd {d}/web && tsc --module amd2 src/ok.ts", "INCORRECT_PARAMETER", stream="stdout", needs=("tsc",))
    c("tsc_build", {"cwd": f"{a}/empty"}, f"cd {d}/empty && tsc", "MISSING_PREREQUISITE", stream="stdout", needs=("tsc",))
    c("tsc_build", {"outDir": "dist", "mount": "read-only"}, ro_bind(f"{d}/web", f"cd {d}/web && tsc --outDir dist src/ok.ts"), "read_only", stream="stdout", needs=("tsc",), display="tsc --outDir dist src/ok.ts")
    # eslint (flat config), prettier, esbuild, jest
    c("eslint_lint", {"cwd": f"{a}/empty", "path": "."}, f"cd {d}/empty && eslint .", "MISSING_PREREQUISITE", needs=("eslint",))
    c("eslint_lint", {"path": "lib/"}, f"cd {d}/web && eslint lib/", "INCORRECT_PARAMETER", needs=("eslint",))
    c("eslint_lint", {"rule": "semi: [bad"}, f"cd {d}/web && eslint --rule 'semi: [bad' src/app.js", "PARAMETER_FORMAT", needs=("eslint",))
    c("eslint_lint", {"format": "checkstyle2"}, f"cd {d}/web && eslint --format checkstyle2 src/app.js", "INCORRECT_PARAMETER", needs=("eslint",))
    c("eslint_lint", {"config": "plugin-cfg"}, f"cd {d}/web/plugin-cfg && eslint a.js", "MISSING_PREREQUISITE", needs=("eslint",))
    c("eslint_lint", {"config": ".eslintrc.json"}, f"cd {d}/web && eslint -c .eslintrc.json src/app.js", "INCORRECT_PARAMETER", needs=("eslint",))
    c("eslint_fix", {"rule": "no-such-rule: error"}, f"cd {d}/web && eslint --fix --rule 'no-such-rule: error' src/app.js", "INCORRECT_PARAMETER", stream="both", needs=("eslint",))
    c("prettier_format", {"path": "src/missing.js"}, f"cd {d}/web && prettier --check src/missing.js", "INCORRECT_PARAMETER", needs=("prettier",))
    c("prettier_format", {"parser": "typescrypt"}, f"cd {d}/web && prettier --parser typescrypt src/app.js", "INCORRECT_PARAMETER", needs=("prettier",))
    c("prettier_format", {"path": "src/broken.js"}, f"cd {d}/web && prettier src/broken.js", "PARAMETER_FORMAT", needs=("prettier",))
    c("prettier_format", {"tab_width": "four"}, f"cd {d}/web && prettier --tab-width four src/app.js", "PARAMETER_FORMAT", needs=("prettier",))
    c("prettier_format", {"config": "prettier.config.json"}, f"cd {d}/web && prettier --config prettier.config.json src/app.js", "INCORRECT_PARAMETER", needs=("prettier",))
    c("prettier_format", {"write": True, "mount": "read-only"}, ro_bind(f"{d}/web", f"cd {d}/web && prettier --write src/app.js"), "read_only", needs=("prettier",), display="prettier --write src/app.js")
    c("esbuild_bundle", {"entry": "src/mian.ts"}, f"cd {d}/bundle && esbuild src/mian.ts --bundle --outfile=out.js", "INCORRECT_PARAMETER", needs=("esbuild",))
    c("esbuild_bundle", {"entry": "src/main.ts"}, f"cd {d}/bundle && esbuild src/main.ts --bundle --outfile=out.js", "MISSING_PREREQUISITE", needs=("esbuild",))
    c("esbuild_bundle", {"format": "umd"}, f"cd {d}/bundle && esbuild src/util.ts --format=umd", "INCORRECT_PARAMETER", needs=("esbuild",))
    c("esbuild_bundle", {"target": "es2099"}, f"cd {d}/bundle && esbuild src/util.ts --target=es2099", "INCORRECT_PARAMETER", needs=("esbuild",))
    c("esbuild_bundle", {"flag": "--minifyy"}, f"cd {d}/bundle && esbuild src/util.ts --minifyy", "PARAMETER_FORMAT", needs=("esbuild",))
    c("esbuild_bundle", {"entries": ["src/util.ts", "src/other.ts"], "outfile": "out.js"}, f"cd {d}/bundle && esbuild src/util.ts src/other.ts --outfile=out.js", "MISSING_PARAMETER", needs=("esbuild",))
    c("esbuild_bundle", {"loader": ".ts=tsx2"}, f"cd {d}/bundle && esbuild src/util.ts --loader:.ts=tsx2", "INCORRECT_PARAMETER", needs=("esbuild",))
    c("esbuild_bundle", {"platform": "deno"}, f"cd {d}/bundle && esbuild src/util.ts --platform=deno", "INCORRECT_PARAMETER", needs=("esbuild",))
    c("esbuild_bundle", {"outfile": "out.js", "mount": "read-only"}, ro_bind(f"{d}/bundle", f"cd {d}/bundle && esbuild src/util.ts --outfile=out.js"), "read_only", needs=("esbuild",), display="esbuild src/util.ts --outfile=out.js")
    c("jest_run", {"pattern": "checkout"}, f"cd {d}/jestp && jest checkout", "INCORRECT_PARAMETER", stream="both", needs=("jest",), timeout=60)
    c("jest_run", {"config": "jest.config.ts"}, f"cd {d}/jestp && jest --config jest.config.ts", "INCORRECT_PARAMETER", needs=("jest",), timeout=60)
    c("jest_run", {"testEnvironment": "jsdom"}, f"cd {d}/jestp && jest --testEnvironment jsdom", "MISSING_PREREQUISITE", needs=("jest",), timeout=60)
    c("jest_run", {"flag": "--watchh"}, f"cd {d}/jestp && jest --watchh", "PARAMETER_FORMAT", needs=("jest",), timeout=60)
    c("jest_run", {"coverageThreshold": "{bad"}, f"cd {d}/jestp && jest --coverageThreshold '{{bad'", "PARAMETER_FORMAT", needs=("jest",), timeout=60)
    c("jest_run", {"cwd": f"{a}/empty"}, f"cd {d}/empty && jest", "MISSING_PREREQUISITE", stream="both", needs=("jest",), timeout=60)
    # tox, nox, build, twine
    c("tox_env_run", {"env": "py39-django"}, f"cd {d}/toxp && tox -e py39-django", "INCORRECT_PARAMETER", stream="both", needs=("tox",), timeout=60)
    c("tox_env_run", {"cwd": f"{a}/empty"}, f"cd {d}/empty && tox -e py311", "MISSING_PREREQUISITE", stream="both", needs=("tox",), timeout=60)
    c("tox_env_run", {"cwd": f"{a}/toxbad"}, f"cd {d}/toxbad && tox -e py311", "PARAMETER_FORMAT", stream="both", needs=("tox",), timeout=60)
    c("tox_env_run", {"env": "lint"}, f"cd {d}/toxp && tox -e lint", "MISSING_PREREQUISITE", stream="both", needs=("tox",), timeout=90)
    c("tox_list_envs", {"flag": "--list-envs"}, f"cd {d}/toxp && tox --list-envs", "PARAMETER_FORMAT", needs=("tox",), timeout=60)
    c("tox_config", {"key": "commands", "env": "docs"}, f"cd {d}/toxp && tox config -e docs -k commandz", "INCORRECT_PARAMETER", stream="both", needs=("tox",), timeout=60)
    c("nox_session", {"session": "lint"}, f"cd {d}/noxp && nox -s lint", "INCORRECT_PARAMETER", needs=("nox",), timeout=60)
    c("nox_session", {"cwd": f"{a}/empty"}, f"cd {d}/empty && nox -s tests", "MISSING_PREREQUISITE", needs=("nox",), timeout=60)
    c("nox_session", {"cwd": f"{a}/noxbad"}, f"cd {d}/noxbad && nox -s tests", "PARAMETER_FORMAT", needs=("nox",), timeout=60)
    c("nox_session", {"session": "legacy"}, f"cd {d}/noxp && nox -s legacy --error-on-missing-interpreters", "MISSING_PREREQUISITE", needs=("nox",), timeout=60)
    c("nox_session", {"flag": "--pythn"}, f"cd {d}/noxp && nox --pythn 3.11", "PARAMETER_FORMAT", needs=("nox",), timeout=60)
    c("python_build", {"cwd": f"{a}/empty"}, f"cd {d}/empty && {py} -m build --no-isolation .", "MISSING_PREREQUISITE", display="python -m build --no-isolation .", needs=(SDK_PY,), timeout=90)
    c("python_build", {"srcdir": "pakg"}, f"cd {d} && {py} -m build --no-isolation pakg", "INCORRECT_PARAMETER", display="python -m build --no-isolation pakg", needs=(SDK_PY,), timeout=90)
    c("python_build", {"cwd": f"{a}/badpkg"}, f"cd {d}/badpkg && {py} -m build --no-isolation .", "PARAMETER_FORMAT", display="python -m build --no-isolation .", needs=(SDK_PY,), timeout=90)
    c("python_build", {"flag": "--wheell"}, f"cd {d}/pkg && {py} -m build --wheell", "PARAMETER_FORMAT", display="python -m build --wheell", needs=(SDK_PY,), timeout=90)
    c("python_build", {"outdir": "dist", "mount": "read-only"}, ro_bind(f"{d}/pkg", f"cd {d}/pkg && {py} -m build --no-isolation --wheel ."), "read_only", display="python -m build --no-isolation --wheel .", needs=(SDK_PY,), timeout=120)
    c("twine_check", {"dist": "dist/*.tar.gz"}, f"cd {d} && twine check dist/*.tar.gz", "INCORRECT_PARAMETER", needs=("twine",), timeout=60)
    c("twine_check", {"dist": "dist/corpus9_pkg-0.1.0-py3-none-any.whl"}, f"cd {d} && twine check dist/corpus9_pkg-0.1.0-py3-none-any.whl", "PARAMETER_FORMAT", needs=("twine",), timeout=60)
    c("twine_check", {"dist": "dist/README.md"}, f"cd {d} && twine check dist/README.md", "PARAMETER_FORMAT", needs=("twine",), timeout=60)
    up = lambda repo: f"cd {d} && twine upload --non-interactive --disable-progress-bar -u __token__ -p pypi-corpus9 --repository-url {repo} dist/corpus9_pkg-0.1.0-py3-none-any.whl"  # noqa: E731
    c("twine_upload_dist", {"repository": "testpypi"}, f"cd {d} && twine upload --non-interactive -r testpypy dist/corpus9_pkg-0.1.0-py3-none-any.whl", "INCORRECT_PARAMETER", needs=("twine",), timeout=60)
    # ansible
    inv = f"-i {d}/ans/inventory.ini"
    c("ansible_doc", {"module": "ansible.builtin.cpy"}, "ansible-doc ansible.builtin.cpy", "INCORRECT_PARAMETER", needs=("ansible-doc",), timeout=60)
    c("ansible_doc", {"type": "modul", "plugin": "copy"}, "ansible-doc -t modul copy", "INCORRECT_PARAMETER", needs=("ansible-doc",), timeout=60)
    c("ansible_playbook_syntax_check", {"playbook": "broken.yml"}, f"cd {d}/ans && ansible-playbook {inv} --syntax-check broken.yml", "PARAMETER_FORMAT", needs=("ansible-playbook",), timeout=60)
    c("ansible_playbook_run", {"playbook": "badmodule.yml"}, f"cd {d}/ans && ansible-playbook {inv} badmodule.yml", "INCORRECT_PARAMETER", needs=("ansible-playbook",), timeout=60)
    c("ansible_playbook_run", {"playbook": "deploy.yml"}, f"cd {d}/ans && ansible-playbook {inv} deploy.yml", "INCORRECT_PARAMETER", needs=("ansible-playbook",), timeout=60)
    c("ansible_playbook_run", {"playbook": "missingvar.yml"}, f"cd {d}/ans && ansible-playbook {inv} missingvar.yml", "MISSING_PARAMETER", stream="stdout", needs=("ansible-playbook",), timeout=60)
    c("ansible_playbook_run", {"playbook": "fail.yml"}, f"cd {d}/ans && ansible-playbook {inv} fail.yml", "INCORRECT_PARAMETER", stream="stdout", needs=("ansible-playbook",), timeout=60)
    c("ansible_playbook_run", {"playbook": "role.yml"}, f"cd {d}/ans && ansible-playbook {inv} role.yml", "MISSING_PREREQUISITE", needs=("ansible-playbook",), timeout=60)
    c("ansible_playbook_run", {"playbook": "fail.yml", "limit": "staging"}, f"cd {d}/ans && ansible-playbook {inv} --limit staging fail.yml", "INCORRECT_PARAMETER", stream="both", needs=("ansible-playbook",), timeout=60)
    c("ansible_adhoc", {"hosts": "db", "module": "ping"}, f"cd {d}/ans && ansible {inv} db -m ping -T 3", "network", stream="stdout", needs=("ansible",), timeout=60)
    c("ansible_adhoc", {"hosts": "web", "module": "ansible.builtin.shel", "args": "uptime"}, f"cd {d}/ans && ansible {inv} web -m ansible.builtin.shel -a uptime", "INCORRECT_PARAMETER", stream="both", needs=("ansible",), timeout=60)
    c("ansible_adhoc", {"hosts": "web", "module": "copy", "args": "src=/nope/app.conf dest=/tmp/x"}, f"cd {d}/ans && ansible {inv} web -m copy -a 'src=/nope/app.conf dest=/tmp/x'", "INCORRECT_PARAMETER", stream="stdout", needs=("ansible",), timeout=60)
    c("ansible_inventory_list", {"inventory": "hosts.yml"}, f"cd {d}/ans && ansible-inventory -i hosts.yml --list", "INCORRECT_PARAMETER", stream="both", needs=("ansible-inventory",), ok=True, timeout=60)
    c("ansible_inventory_list", {"host": "web9"}, f"cd {d}/ans && ansible-inventory {inv} --host web9", "INCORRECT_PARAMETER", needs=("ansible-inventory",), timeout=60)
    # JVM
    c("javac_compile", {"file": "Mian.java"}, f"cd {d}/java && javac Mian.java", "INCORRECT_PARAMETER", needs=("javac",), timeout=60)
    c("javac_compile", {"file": "Uses.java"}, f"cd {d}/java && javac Uses.java", "MISSING_PREREQUISITE", needs=("javac",), timeout=60)
    c("javac_compile", {"file": "Wrong.java"}, f"cd {d}/java && javac Wrong.java", "INCORRECT_PARAMETER", needs=("javac",), timeout=60)
    c("javac_compile", {"release": "99"}, f"cd {d}/java && javac --release 99 Main.java", "INCORRECT_PARAMETER", needs=("javac",), timeout=60)
    c("javac_compile", {"flag": "-Xlint:everything"}, f"cd {d}/java && javac -Xlintt Main.java", "PARAMETER_FORMAT", needs=("javac",), timeout=60)
    c("javac_compile", {"outdir": "build", "mount": "read-only"}, ro_bind(f"{d}/java", f"cd {d}/java && javac -d build Main.java"), "read_only", needs=("javac",), display="javac -d build Main.java", timeout=60)
    c("java_jar", {"jar": "build/app.jar"}, f"cd {d}/java && java -jar build/app.jar", "INCORRECT_PARAMETER", needs=("java",), timeout=60)
    c("java_jar", {"jar": "nomain.jar"}, f"cd {d}/java && jar cfm nomain.jar manifest.txt Main.java && java -jar nomain.jar", "MISSING_PREREQUISITE", needs=("java", "jar"), timeout=60)
    c("java_main_class", {"class": "Mian"}, f"cd {d}/java && javac -d out Main.java && java -cp out Mian", "INCORRECT_PARAMETER", needs=("java",), timeout=60)
    c("java_main_class", {"Xmx": "1z"}, f"cd {d}/java && java -Xmx1z -cp out Main", "PARAMETER_FORMAT", needs=("java",), timeout=60)
    c("java_main_class", {"Xmx": "2m"}, f"cd {d}/java && java -Xmx2m -cp out Main", "INCORRECT_PARAMETER", needs=("java",), timeout=60)
    c("mvn_validate", {"cwd": f"{a}/empty"}, f"cd {d}/empty && mvn -o -q -B validate", "MISSING_PREREQUISITE", stream="stdout", needs=("mvn",), timeout=90)
    c("mvn_validate", {"phase": "complie"}, f"cd {d}/mvn && mvn -o -q -B complie", "INCORRECT_PARAMETER", stream="stdout", needs=("mvn",), timeout=90)
    c("mvn_validate", {"cwd": f"{a}/mvnbad"}, f"cd {d}/mvnbad && mvn -o -q -B validate", "PARAMETER_FORMAT", stream="stdout", needs=("mvn",), timeout=90)
    c("mvn_validate", {"file": "service/pom.xml"}, f"cd {d}/mvn && mvn -o -q -B -f service/pom.xml validate", "INCORRECT_PARAMETER", stream="stdout", needs=("mvn",), timeout=90)
    c("mvn_dependency_tree", {"offline": True}, f"cd {d}/mvn && mvn -o -q -B dependency:tree", "MISSING_PREREQUISITE", stream="stdout", needs=("mvn",), timeout=90)
    c("mvn_test", {"projects": "api"}, f"cd {d}/mvn && mvn -o -q -B -pl api test", "INCORRECT_PARAMETER", stream="stdout", needs=("mvn",), timeout=90)
    # rustc
    c("rustc_compile", {"file": "mian.rs"}, f"cd {d}/rs && rustc mian.rs", "INCORRECT_PARAMETER", needs=("rustc",), timeout=60)
    c("rustc_compile", {"file": "main.rs"}, f"cd {d}/rs && rustc --edition 2021 main.rs", "MISSING_PREREQUISITE", needs=("rustc",), timeout=60)
    c("rustc_compile", {"edition": "2099"}, f"cd {d}/rs && rustc --edition 2099 ok.rs", "INCORRECT_PARAMETER", needs=("rustc",), timeout=60)
    c("rustc_compile", {"crate_type": "binary"}, f"cd {d}/rs && rustc --crate-type binary ok.rs", "INCORRECT_PARAMETER", needs=("rustc",), timeout=60)
    c("rustc_compile", {"opt_level": "9"}, f"cd {d}/rs && rustc -C opt-level=9 ok.rs", "INCORRECT_PARAMETER", needs=("rustc",), timeout=60)
    c("rustc_compile", {"emit": "wasm"}, f"cd {d}/rs && rustc --emit=wasm ok.rs", "INCORRECT_PARAMETER", needs=("rustc",), timeout=60)
    c("rustc_compile", {"target": "x86_64-unknown-linux-musl"}, f"cd {d}/rs && rustc --target x86_64-unknown-linux-musl ok.rs", "MISSING_PREREQUISITE", needs=("rustc",), timeout=60)
    # terraform (no providers needed: terraform_data is built in)
    c("terraform_output", {"name": "ip"}, f"cd {d}/tf && terraform output ip", "WORKFLOW_SEQUENCE", needs=("terraform",), timeout=60)
    c("terraform_state_rm", {"address": "terraform_data.web"}, f"cd {d}/tf && terraform state rm terraform_data.web", "WORKFLOW_SEQUENCE", needs=("terraform",), timeout=60)
    c("terraform_state_mv", {"src": "terraform_data.web", "dst": "terraform_data.api"}, f"cd {d}/tf && terraform state mv terraform_data.web terraform_data.api", "WORKFLOW_SEQUENCE", needs=("terraform",), timeout=60)
    c("terraform_taint", {"address": "terraform_data.web"}, f"cd {d}/tf && terraform taint terraform_data.web", "WORKFLOW_SEQUENCE", needs=("terraform",), timeout=60)
    c("terraform_force_unlock", {"lock_id": "3f1c2a0d"}, f"cd {d}/tf && terraform force-unlock -force 3f1c2a0d", "WORKFLOW_SEQUENCE", needs=("terraform",), timeout=60)
    c("terraform_providers", {"cwd": f"{a}/tfbad"}, f"cd {d}/tfbad && terraform providers", "PARAMETER_FORMAT", needs=("terraform",), timeout=60)
    c("terraform_graph", {"type": "deploy"}, f"cd {d}/tf && terraform graph -type=deploy", "INCORRECT_PARAMETER", needs=("terraform",), timeout=60)
    c("terraform_test", {"filter": "tests/web.tftest.hcl"}, f"cd {d}/tf && terraform test -filter=tests/web.tftest.hcl", "INCORRECT_PARAMETER", needs=("terraform",), timeout=60)
    c("terraform_get", {"cwd": f"{a}/tfbad"}, f"cd {d}/tfbad && terraform get", "PARAMETER_FORMAT", needs=("terraform",), timeout=60)
    c("terraform_untaint", {"address": "terraform_data.web"}, f"cd {d}/tf && terraform untaint terraform_data.web", "WORKFLOW_SEQUENCE", needs=("terraform",), timeout=60)
    # kubectl: subcommands the corpus did not have yet, against the fake API server
    kc = write_kubeconfig(box, "cli", token="corpus9-token")
    kexp = write_kubeconfig(box, "cli-expired", token="expired")
    kdown = write_kubeconfig(box, "cli-down", token="corpus9-token", server=f"http://127.0.0.1:{C}")
    ktls = write_kubeconfig(box, "cli-tls", token="corpus9-token", server=HS)
    k = lambda tool, params, args, label, cfg=kc, **kw: c(tool, params, f"kubectl --kubeconfig {cfg} --request-timeout=5s {args}", label, needs=("kubectl",), display=f"kubectl {args}", timeout=40, **kw)  # noqa: E731
    k("kubectl_annotate", {"resource": "pod/missing-api", "annotation": "owner=agent"}, "annotate pod missing-api owner=agent", "INCORRECT_PARAMETER")
    k("kubectl_annotate", {"resource": "pod/api", "annotation": "owner"}, "annotate pod api owner", "PARAMETER_FORMAT")
    k("kubectl_set_image", {"deployment": "missing-web", "image": "web=nginx:1.27"}, "set image deployment/missing-web web=nginx:1.27", "INCORRECT_PARAMETER")
    k("kubectl_expose", {"deployment": "missing-web", "port": 80}, "expose deployment missing-web --port=80", "INCORRECT_PARAMETER")
    k("kubectl_run", {"name": "web", "image": "nginx"}, "run web --image=nginx", "WORKFLOW_SEQUENCE")
    k("kubectl_run", {"name": "Web_Debug", "image": "busybox"}, "run Web_Debug --image=busybox", "PARAMETER_FORMAT")
    k("kubectl_run", {"name": "debug"}, "run debug", "MISSING_PARAMETER")
    k("kubectl_create_configmap", {"name": "web", "from_literal": "a=1"}, "create configmap web --from-literal=a=1", "WORKFLOW_SEQUENCE")
    k("kubectl_create_configmap", {"name": "cfg", "from_literal": "a"}, "create configmap cfg --from-literal=a", "PARAMETER_FORMAT")
    k("kubectl_create_configmap", {"name": "cfg", "from_file": "app.properties"}, "create configmap cfg --from-file=app.properties", "INCORRECT_PARAMETER")
    k("kubectl_create_configmap", {"name": "cfg", "namespace": "corpus9-nope"}, "create configmap cfg --from-literal=a=1 -n corpus9-nope", "MISSING_PREREQUISITE")
    k("kubectl_taint", {"node": "missing-node-1", "taint": "dedicated=db:NoSchedule"}, "taint nodes missing-node-1 dedicated=db:NoSchedule", "INCORRECT_PARAMETER")
    k("kubectl_taint", {"node": "node-1", "taint": "dedicated=db:Sometimes"}, "taint nodes node-1 dedicated=db:Sometimes", "INCORRECT_PARAMETER")
    k("kubectl_cordon", {"node": "missing-node-2"}, "cordon missing-node-2", "INCORRECT_PARAMETER")
    k("kubectl_uncordon", {"node": "missing-node-2"}, "uncordon missing-node-2", "INCORRECT_PARAMETER")
    k("kubectl_drain", {"node": "missing-node-3"}, "drain missing-node-3 --ignore-daemonsets", "INCORRECT_PARAMETER")
    k("kubectl_autoscale", {"deployment": "missing-web", "max": 5}, "autoscale deployment missing-web --max=5", "INCORRECT_PARAMETER")
    k("kubectl_autoscale", {"deployment": "web"}, "autoscale deployment web", "MISSING_PARAMETER")
    k("kubectl_get_raw", {"path": "/apis/metrics.k8s.io/v1beta1/nodes"}, "get --raw /apis/metrics.k8s.io/v1beta1/nodes", "MISSING_PREREQUISITE")
    k("kubectl_rollout_history", {"deployment": "missing-web"}, "rollout history deployment/missing-web", "INCORRECT_PARAMETER")
    k("kubectl_rollout_pause", {"deployment": "missing-web"}, "rollout pause deployment/missing-web", "INCORRECT_PARAMETER")
    k("kubectl_attach", {"pod": "missing-api"}, "attach missing-api", "INCORRECT_PARAMETER")
    k("kubectl_set_env", {"deployment": "missing-web", "env": "LOG_LEVEL=debug"}, "set env deployment/missing-web LOG_LEVEL=debug", "INCORRECT_PARAMETER")
    k("kubectl_get_pods", {"namespace": "corpus9-forbidden"}, "get pods -n corpus9-forbidden", "permission")
    k("kubectl_get_pods", {"namespace": "corpus9-flaky"}, "get pods -n corpus9-flaky", "server_error")
    k("kubectl_get_pods", {"selector": "app===web"}, "get pods -l app===web", "PARAMETER_FORMAT")
    k("kubectl_cluster_info", {"server": f"http://127.0.0.1:{C}"}, "cluster-info", "network", cfg=kdown)
    k("kubectl_version", {"server": HS}, "version", "tls", cfg=ktls)
    k("kubectl_api_resources", {"api_group": "apps", "verbs": "get", "output": "json"}, "api-resources --api-group=apps -o json", "INCORRECT_PARAMETER")
    k("kubectl_wait_for", {"for": "condition=Ready", "pod": "missing-api"}, "wait --for=condition=Ready pod/missing-api --timeout=5s", "INCORRECT_PARAMETER")
    k("kubectl_events", {"for": "pod/api", "types": "Critical"}, "events --types=Critical", "INCORRECT_PARAMETER")


def infra_more(run: Run, box: Sandbox) -> None:
    """More infrastructure faults for the same tools: a full disk (tiny tmpfs), uid 65534, dead and
    silent endpoints, a real wheel uploaded to fake package indexes."""
    d = box.path("cli")
    if not os.path.isdir(d):
        d = cli_setup(box)
    py = SDK_PY
    c = lambda *args, **kw: cli(run, *args, **kw)  # noqa: E731
    # a full disk: a 64 KiB tmpfs over the output directory
    big = "x" * 200000
    box.write(os.path.join(d, "web", "src", "big.ts"), f"export const blob = '{big}';\n")
    box.write(os.path.join(d, "bundle", "src", "big.ts"), f"export const blob = '{big}';\n")
    box.mkdir("cli", "web", "dist")
    box.mkdir("cli", "bundle", "out")
    box.mkdir("cli", "java", "classes")
    box.mkdir("cli", "rs", "bin")
    tiny = lambda path, inner: f"unshare -m sh -c {shlex.quote(f'mount -t tmpfs -o size=64k tmpfs {path} && {inner}')}"  # noqa: E731
    c("tsc_build", {"outDir": "dist", "disk": "full"}, tiny(f"{d}/web/dist", f"cd {d}/web && tsc --outDir dist src/big.ts"), "resource", stream="stdout", needs=("tsc", "unshare"), display="tsc --outDir dist src/big.ts")
    c("esbuild_bundle", {"outdir": "out", "disk": "full"}, tiny(f"{d}/bundle/out", f"cd {d}/bundle && esbuild src/big.ts --outdir=out"), "resource", needs=("esbuild", "unshare"), display="esbuild src/big.ts --outdir=out")
    c("prettier_format", {"write": True, "disk": "full"}, tiny(f"{d}/web/dist", f"cd {d}/web && cp src/big.ts dist/ 2>/dev/null; head -c 60000 src/big.ts > dist/b.ts; prettier --write dist/b.ts"), "resource", needs=("prettier", "unshare"), display="prettier --write dist/b.ts")
    c("rustc_compile", {"out": "bin/ok", "disk": "full"}, tiny(f"{d}/rs/bin", f"cd {d}/rs && rustc -o bin/ok ok.rs"), "resource", needs=("rustc", "unshare"), display="rustc -o bin/ok ok.rs", timeout=60)
    c("javac_compile", {"outdir": "classes", "disk": "full"}, tiny(f"{d}/java/classes", f"cd {d}/java && head -c 65536 /dev/zero > classes/pad 2>/dev/null; javac -d classes Main.java"), "resource", needs=("javac", "unshare"), display="javac -d classes Main.java", timeout=60)
    c("python_build", {"outdir": "dist", "disk": "full"}, tiny(f"{d}/web/dist", f"cd {d}/pkg && {py} -m build --no-isolation --wheel -o {d}/web/dist ."), "resource", needs=(SDK_PY, "unshare"), display="python -m build --no-isolation --wheel -o dist .", timeout=120)
    # uid 65534 on root-owned trees
    nb = lambda inner: f"{shlex.join(list(NOBODY))} -- sh -c {shlex.quote(inner)}"  # noqa: E731
    env = {"HOME": "/tmp/corpus9-nobody-home"}
    c("tsc_build", {"outDir": "dist", "user": "nobody"}, nb(f"cd {d}/web && {NODE_BIN}/tsc --outDir dist2 src/ok.ts"), "permission", stream="stdout", needs=("setpriv",), display="tsc --outDir dist2 src/ok.ts", env=env)
    c("prettier_format", {"write": True, "user": "nobody"}, nb(f"cd {d}/web && {NODE_BIN}/prettier --write src/app.js"), "permission", needs=("setpriv",), display="prettier --write src/app.js", env=env)
    c("esbuild_bundle", {"outfile": "out.js", "user": "nobody"}, nb(f"cd {d}/bundle && {NODE_BIN}/esbuild src/util.ts --outfile=out2.js"), "permission", needs=("setpriv",), display="esbuild src/util.ts --outfile=out2.js", env=env)
    c("javac_compile", {"outdir": "build", "user": "nobody"}, nb(f"cd {d}/java && javac -d build2 Main.java"), "permission", needs=("setpriv", "javac"), display="javac -d build2 Main.java", env=env, timeout=60)
    c("rustc_compile", {"out": "ok2", "user": "nobody"}, nb(f"cd {d}/rs && rustc -o ok2 ok.rs"), "permission", needs=("setpriv",), display="rustc -o ok2 ok.rs", env={**env, "RUSTUP_HOME": run.env.get("RUSTUP_HOME", ""), "CARGO_HOME": run.env.get("CARGO_HOME", "")}, timeout=60)
    c("terraform_init_offline", {"user": "nobody"}, nb(f"cd {d}/tf && terraform init -backend=false -input=false"), "permission", needs=("setpriv", "terraform"), display="terraform init -backend=false -input=false", env=env, timeout=60)
    c("mvn_validate", {"user": "nobody"}, nb(f"cd {d}/mvn && mvn -o -q -B -Dmaven.repo.local={d}/mvn/.m2 validate"), "permission", stream="stdout", needs=("setpriv", "mvn"), display="mvn -o -q -B validate", env=env, timeout=90)
    c("ansible_playbook_run", {"playbook": "fail.yml", "user": "nobody"}, nb(f"cd {d}/ans && ansible-playbook -i inventory.ini fail.yml"), "permission", stream="both", needs=("setpriv",), display="ansible-playbook -i inventory.ini fail.yml", env={**env, "ANSIBLE_LOCAL_TEMP": "/tmp/corpus9-nobody-ansible", "PATH": run.env["PATH"]}, timeout=60)
    # kubectl against a dead, a silent and a resetting API server
    kdown = write_kubeconfig(box, "cli-down2", token="corpus9-token", server=f"http://127.0.0.1:{C}")
    khang = write_kubeconfig(box, "cli-hang", token="corpus9-token", server=f"http://127.0.0.1:{HANG_PORT}")
    krst = write_kubeconfig(box, "cli-reset", token="corpus9-token", server=f"http://127.0.0.1:{RESET_PORT}")
    kdns = write_kubeconfig(box, "cli-dns", token="corpus9-token", server=f"https://kube.{NOHOST}:6443")
    k = lambda tool, params, args, label, cfg: c(tool, params, f"kubectl --kubeconfig {cfg} --request-timeout=3s {args}", label, needs=("kubectl",), display=f"kubectl {args}", timeout=40)  # noqa: E731
    k("kubectl_annotate", {"resource": "pod/api", "server": f"127.0.0.1:{C}"}, "annotate pod api owner=agent", "network", kdown)
    k("kubectl_cordon", {"node": "node-1", "server": f"127.0.0.1:{C}"}, "cordon node-1", "network", kdown)
    k("kubectl_run", {"name": "debug", "server": f"127.0.0.1:{HANG_PORT}"}, "run debug --image=busybox", "timeout", khang)
    k("kubectl_rollout_history", {"deployment": "web", "server": f"127.0.0.1:{HANG_PORT}"}, "rollout history deployment/web", "timeout", khang)
    k("kubectl_taint", {"node": "node-1", "server": f"127.0.0.1:{RESET_PORT}"}, "taint nodes node-1 dedicated=db:NoSchedule", "network", krst)
    k("kubectl_cluster_info", {"server": f"kube.{NOHOST}:6443"}, "cluster-info", "dns", kdns)
    k("kubectl_set_env", {"deployment": "web", "server": f"kube.{NOHOST}:6443"}, "set env deployment/web LOG_LEVEL=debug", "dns", kdns)
    # a real wheel uploaded to fake indexes
    wheel_dir = box.mkdir("cli", "wheel-dist")
    box.sh([py, "-m", "build", "--no-isolation", "--wheel", "-o", wheel_dir, os.path.join(d, "pkg")], check=False)
    wheels = sorted(p for p in os.listdir(wheel_dir) if p.endswith(".whl"))
    if not wheels:
        run.note("skip twine uploads: no wheel was built")
        return
    whl = os.path.join(wheel_dir, wheels[0])
    up = lambda repo: f"twine upload --non-interactive --disable-progress-bar -u __token__ -p pypi-corpus9 --repository-url {repo} {whl}"  # noqa: E731
    for kind, label in (("auth", "auth"), ("denied", "permission"), ("dup", "WORKFLOW_SEQUENCE"), ("busy", "rate_limit"), ("down", "server_error")):
        url = f"{H}/pypi/{kind}/legacy/"
        c("twine_upload_dist", {"repository_url": url, "dist": os.path.basename(whl)}, up(url), label, needs=("twine",), timeout=60)
    c("twine_upload_dist", {"repository_url": f"https://upload.{NOHOST}/legacy/", "dist": os.path.basename(whl)}, up(f"https://upload.{NOHOST}/legacy/"), "dns", needs=("twine",), timeout=60)
    c("twine_upload_dist", {"repository_url": f"http://127.0.0.1:{C}/legacy/", "dist": os.path.basename(whl)}, up(f"http://127.0.0.1:{C}/legacy/"), "network", needs=("twine",), timeout=60)
    c("twine_upload_dist", {"repository_url": f"{H}/pypi/auth/legacy/", "username": None}, f"twine upload --non-interactive --disable-progress-bar --repository-url {H}/pypi/auth/legacy/ {whl}", "MISSING_PARAMETER", needs=("twine",), timeout=60)
    c("twine_upload_dist", {"repository_url": f"{HS}/pypi/legacy/", "dist": os.path.basename(whl)}, up(f"{HS}/pypi/legacy/"), "tls", needs=("twine",), timeout=60)
    c("twine_upload_dist", {"repository_url": f"http://127.0.0.1:{RESET_PORT}/legacy/", "dist": os.path.basename(whl)}, up(f"http://127.0.0.1:{RESET_PORT}/legacy/"), "network", needs=("twine",), timeout=60)
    # the docker SDK and hvac once more with the daemon / server gone
    drive(run, box, "docker_sdk_down", "py", [
        ("docker_sdk_images_list", {"DOCKER_HOST": "unix:///var/run/docker.sock"}, "docker.DockerClient(base_url='unix:///var/run/docker.sock', version='1.45').images.list()", "daemon_down"),
        ("docker_sdk_ping", {"DOCKER_HOST": "unix:///run/user/0/docker.sock"}, "docker.DockerClient(base_url='unix:///run/user/0/docker.sock').ping()", "daemon_down"),
        ("docker_sdk_version", {}, "docker.from_env().version()", "daemon_down"),
    ], pre="import docker\n")
    drive(run, box, "openai_node_down", "js", [
        ("openai_chat_completions_create", {"baseURL": f"http://127.0.0.1:{RESET_PORT}/v1"}, f"await ctx.oa('sk-corpus9', 'http://127.0.0.1:{RESET_PORT}/v1').chat.completions.create({{ model: 'gpt-4o-mini', messages: [{{ role: 'user', content: 'hi' }}] }});", "network"),
        ("openai_chat_completions_create", {"baseURL": f"{HS}/openai/v1"}, f"await ctx.oa('sk-corpus9', '{HS}/openai/v1').chat.completions.create({{ model: 'gpt-4o-mini', messages: [{{ role: 'user', content: 'hi' }}] }});", "tls"),
        ("stripe_customers_retrieve", {"host": f"127.0.0.1:{TLS_PORT}", "protocol": "https"}, f"await new (require('stripe'))('sk_test_corpus9', {{ host: '127.0.0.1', port: {TLS_PORT}, protocol: 'https', maxNetworkRetries: 0 }}).customers.retrieve('cus_42');", "tls"),
        ("octokit_repos_get", {"baseUrl": f"http://127.0.0.1:{HANG_PORT}"}, f"await new (require('@octokit/rest').Octokit)({{ baseUrl: 'http://127.0.0.1:{HANG_PORT}', request: {{ signal: AbortSignal.timeout(2000) }} }}).rest.repos.get({{ owner: 'corpus9', repo: 'app' }});", "timeout"),
        ("slack_web_chat_post_message", {"slackApiUrl": f"http://127.0.0.1:{HANG_PORT}/api/"}, f"await new (require('@slack/web-api').WebClient)('xoxb-corpus9', {{ slackApiUrl: 'http://127.0.0.1:{HANG_PORT}/api/', timeout: 2000, retryConfig: {{ retries: 0 }}, logLevel: 'error' }}).chat.postMessage({{ channel: 'C0GENERAL', text: 'hi' }});", "timeout"),
        ("s3_client_get_object", {"endpoint": f"http://127.0.0.1:{HANG_PORT}"}, f"const {{ NodeHttpHandler }} = require('@smithy/node-http-handler'); await ctx.s3({{ endpoint: 'http://127.0.0.1:{HANG_PORT}', requestHandler: new NodeHttpHandler({{ requestTimeout: 2000, connectionTimeout: 2000 }}) }}).send(new ctx.s3m.GetObjectCommand({{ Bucket: 'corpus9-data', Key: 'a.csv' }}));", "timeout"),
        ("dynamodb_client_scan", {"endpoint": f"{HS}"}, f"await ctx.ddb({{ endpoint: '{HS}' }}).send(new ctx.ddbm.ScanCommand({{ TableName: 'corpus9-orders' }}));", "tls"),
    ], pre=CLIENTS_PRE, needs=(os.path.join(NODE_MODULES, "openai"),))


def start_helpers(helpers: Helpers, box: Sandbox) -> bool:
    helpers.http(STRIPE_PORT, stripe_route, server_version="nginx")
    helpers.http(HTTP_PORT, route, server_version="corpus9")
    tls = shutil.which("openssl") is not None
    if tls:
        d = box.mkdir("tls")
        helpers.http(TLS_PORT, route, tls=self_signed(f"{d}/cert.pem", f"{d}/key.pem", "localhost", 2))
    helpers.hang(SILENT_PORT, accept=False)
    helpers.hang(HANG_PORT, accept=True)
    helpers.reset(RESET_PORT)
    helpers.http(K8S_PORT, k8s_route, server_version="kube")
    helpers.http(VAULT_PORT, vault_route, server_version="vault")
    helpers.http(CH_PORT, clickhouse_route, server_version="clickhouse")
    return tls


GROUPS: list[Callable[[Run, Sandbox], None]] = [
    mcp_servers, py_sdks, node_sdks, clis, infra_more,
]


def generate() -> list[Row]:
    with Sandbox("corpus9-") as box, Helpers() as helpers:
        box.env = base_env(box)
        tls = start_helpers(helpers, box)
        caps = {"tls": tls, "setpriv": can_setpriv(), "unshare": can_unshare(box.path("probe-ro"))}
        run = Run(box, normaliser(box.root), box.env, caps, NAME)
        try:
            run.groups(GROUPS, os.environ.get("CORPUS_NINTH_ONLY"))
        finally:
            delete_redis_keys(PREFIX)
        return run.rows
